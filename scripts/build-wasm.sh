#!/usr/bin/env bash
# Build the browser package into pkg/: two wasm modules, their JS glue and TypeScript .d.ts.
#   pkg/dxcheck.js + dxcheck_bg.wasm            everything (checkFile, checkPlan, profileJson): the npm API
#   pkg/dxcheck_text.js + dxcheck_text_bg.wasm  the core, text only (cargo feature `files` off): what the
#                                               page fetches before a pasted draft is checked; the page
#                                               and <dx-check> fetch the full module on the first file
# Each: cargo (release, size-tuned profile) → wasm-bindgen --target web → wasm-opt -Oz (below).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/wasm32-unknown-unknown/release
module() { # name, wasm-opt's relooping rounds (below), cargo feature flags…
  local name=$1 rounds=$2
  shift 2
  # --lib: the `dxcheck` binary would also write dxcheck.wasm and overwrite the library's. One
  # target dir for both: switching features rebuilds only this crate.
  cargo build --release --lib --target wasm32-unknown-unknown --quiet "$@"
  if [ "$name" != dxcheck ]; then cp "$out/dxcheck.wasm" "$out/$name.wasm"; fi
  wasm-bindgen --target web --out-dir pkg "$out/$name.wasm"
  local wasm=pkg/${name}_bg.wasm before before_gz after after_gz
  before=$(stat -c %s "$wasm")
  before_gz=$(gzip -9 -n -c "$wasm" | wc -c)
  # every panic traps at once, without std's panic runtime and its message formatting (which
  # writes nowhere on this target): scripts/panic-trap.mjs, −2.6 KB gzip on the core
  node scripts/panic-trap.mjs "$wasm"
  # (what wasm-opt gets, names kept, for scripts/dead-data.mjs below)
  mkdir -p target/dead-data && cp "$wasm" "target/dead-data/${name}_bg.wasm"
  # --merge-similar-functions: one body for functions that differ only in constants (generic
  # copies), −540 B gzip on the core, no change in speed measured. --low-memory-unused lets
  # `load(p + C)` become `load offset=C (p)` (−660 B gzip): the two differ only when p + C wraps
  # past 4 GiB onto the first KiB of memory, and nothing lives there (rust-lld puts the 512 KiB
  # shadow stack (build.rs) below the data, its top at 512 KiB: only a stack 511 KiB deep reaches
  # the first KiB, and a pointer near 4 GiB is never formed). -Oz, the module's `$rounds`, -Oz
  # and --converge.
  # --one-caller-inline-max-function-size=1500: a function called from one place is inlined only
  # when under 1,500 B (binaryen's default: whatever its size). V8 compiles each function with
  # Liftoff on its first call, on the main thread, and a huge function compiles slower per byte
  # (its control flow merges carry more locals): `check_with` had the whole pipeline inlined,
  # 72 KB compiled in 5 ms of the first check's 11–12 (scripts/compile-hints.mjs lists what a
  # first check compiles). With the limit (and `analyse`'s and `budget::read`'s parts kept apart
  # in Rust), the first check costs 13.1 ms of main-thread CPU instead of 16.1 on the core, 14.5
  # instead of 15.8 on the full module (alternating fresh pages, medians of 16), steady check()
  # unchanged (A/B 0.975–1.002).
  # `$rounds`: the full module gets two `--flatten --rereloop -Oz` rounds (binaryen's relooper
  # rebuilds the control flow, then shrinks it: with the limit −1,474 B gzip, the first check
  # as fast); the core none (with the limit they cost +124 B gzip there and its first check
  # 0.7 ms more; one round −180 B in session 21, its first check's lazy compilation traced by
  # scripts/compile-hints.mjs 14.1 → 16.1 ms, medians of 5–6 on a shared machine).
  # '--no-inline=*::not_inlined::*': the functions Rust keeps out of line for V8's lazy
  # compilation (a function is compiled whole on its first call: code a first check does not run
  # stays out of the functions it runs, e.g. the file readers out of `check_with`) stay so here.
  # --generate-global-effects: each function's side effects computed once for the passes after it
  # (−50 B gzip on the core, −45 on the full module, session 18);
  # --ignore-implicit-traps: binaryen may assume no load, store or division traps by itself (a
  # load whose value goes unused is dropped, one moved out of a branch): Rust's safe code never
  # reads out of bounds nor divides by zero unchecked (its checks panic, and panics trap by
  # `unreachable`, which this does not touch): −373 B gzip, −1,456 B raw on the core (session 19);
  # --strip-target-features: the features section is for linkers, not browsers (−123 B gzip);
  # -g: the name section kept (the code is byte-identical with or without it), dropped by
  # dead-data.mjs, which reads it
  # shellcheck disable=SC2086 # $rounds: several arguments or none
  node_modules/.bin/wasm-opt -g '--no-inline=*::not_inlined::*' --one-caller-inline-max-function-size=1500 \
    --merge-similar-functions --low-memory-unused --generate-global-effects --ignore-implicit-traps -Oz $rounds -Oz --converge \
    --strip-producers --strip-target-features \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$wasm" -o "$wasm"
  # the data only code wasm-opt removed read (std's Unicode tables behind `{:?}` of a char:
  # printable, grapheme_extend) zeroed, and the panic Locations of the code kept (file, line,
  # column: panics trap, nothing reads them), then the name section (kept so far for it)
  # dropped: −2,332 B gzip on the core, −776 B more for the Locations
  # the formatting functions only std's formatter reached trap when wasm-opt removed the formatter:
  # the core writes its messages without core::fmt (src/message.rs), and `<u32 as Display>::fmt`,
  # `<&str as Display>::fmt` (with Formatter::pad and the integer printer) stayed only as
  # function-table entries for the panic messages (scripts/fmt-trap.mjs; the full module's file
  # readers still format: unchanged): −709 B gzip on the core
  node scripts/fmt-trap.mjs "$wasm"
  # (and wasm-opt's output with its names, for scripts/wasm-sizes.py: the size of each function)
  cp "$wasm" "target/dead-data/${name}_opt.wasm"
  node scripts/dead-data.mjs "target/dead-data/${name}_bg.wasm" "$wasm"
  # the imports' names as "w"."a", "w"."b", … in the wasm and its glue (wasm-bindgen's are
  # `__wbg_<name>_<hash>` under "./NAME_bg.js", the hashes incompressible): −575 B gzip on the core
  node scripts/short-imports.mjs "$wasm" "pkg/$name.js"
  after=$(stat -c %s "$wasm")
  after_gz=$(gzip -9 -n -c "$wasm" | wc -c)
  printf '[build-wasm] %s: %s B (gzip %s B) after wasm-bindgen, %s B (gzip %s B) after wasm-opt -Oz\n' \
    "$wasm" "$before" "$before_gz" "$after" "$after_gz" >&2
  # Options may be left out in JS (the Rust side takes undefined): say so in the types, so strict
  # TypeScript accepts `check(text)` and `checkFile(bytes, name)`.
  sed -i -E 's/(file_name): string \| null \| undefined, options: CheckOptions \| undefined\)/\1?: string | null, options?: CheckOptions)/; s/options: CheckOptions \| undefined\)/options?: CheckOptions)/' "pkg/$name.d.ts"
  # `Session` (a class) gets `[Symbol.dispose]()`, which TypeScript knows only with `lib: esnext`
  # (explicit resource management): left out of the types, so a portal's es2022/es2023 build
  # type-checks; `free()` is the way to release a session
  sed -i -E '/\[Symbol\.dispose\]\(\): void;/d' "pkg/$name.d.ts"
}
full_rounds="--flatten --rereloop -Oz --flatten --rereloop -Oz"
module dxcheck_text "" --no-default-features
# `build-wasm.sh core`: the core alone, to measure a change quickly (the package below unchanged)
[ "${1:-}" = core ] && exit 0
module dxcheck "$full_rounds"

# pkg/ as an npm package: the ES module, its types, and the <dx-check> element with its worker
# (copied from www/, importing the glue beside them instead of ../pkg/).
for f in dx-check.js dx-check-worker.js warmup.js; do
  sed -E 's#"\.\./pkg/(dxcheck(_text)?\.js)"#"./\1"#' "www/$f" > "pkg/$f"
done
cp www/dx-check.d.ts pkg/dx-check.d.ts
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cat > pkg/package.json <<JSON
{
  "name": "dxcheck",
  "version": "$version",
  "description": "Kiểm tra dự thảo Kế hoạch chuyển đổi số năm N trong trình duyệt (WebAssembly) — checks a draft Vietnamese digital-transformation plan in the browser; nothing leaves the machine.",
  "license": "MIT",
  "type": "module",
  "main": "./dxcheck.js",
  "types": "./dxcheck.d.ts",
  "exports": {
    ".": { "types": "./dxcheck.d.ts", "default": "./dxcheck.js" },
    "./dx-check.js": { "types": "./dx-check.d.ts", "default": "./dx-check.js" },
    "./dx-check-worker.js": "./dx-check-worker.js",
    "./dxcheck_bg.wasm": "./dxcheck_bg.wasm",
    "./dxcheck_text.js": { "types": "./dxcheck_text.d.ts", "default": "./dxcheck_text.js" },
    "./dxcheck_text_bg.wasm": "./dxcheck_text_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": ["dxcheck.js", "dxcheck.d.ts", "dxcheck_bg.wasm", "dxcheck_bg.wasm.d.ts", "dxcheck_text.js", "dxcheck_text.d.ts", "dxcheck_text_bg.wasm", "dxcheck_text_bg.wasm.d.ts", "dx-check.js", "dx-check.d.ts", "dx-check-worker.js", "warmup.js"],
  "sideEffects": ["./dx-check.js"]
}
JSON
