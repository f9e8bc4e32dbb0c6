#!/usr/bin/env bash
# Build the browser package into pkg/: the .wasm, its JS glue and the TypeScript .d.ts.
# cargo (release, size-tuned profile) → wasm-bindgen --target web → wasm-opt -Oz.
set -euo pipefail
cd "$(dirname "$0")/.."
# --lib: the `dxcheck` binary would also write dxcheck.wasm and overwrite the library's
cargo build --release --lib --target wasm32-unknown-unknown --quiet
raw=target/wasm32-unknown-unknown/release/dxcheck.wasm
wasm-bindgen --target web --out-dir pkg "$raw"
before=$(stat -c %s pkg/dxcheck_bg.wasm)
before_gz=$(gzip -9 -c pkg/dxcheck_bg.wasm | wc -c)
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/dxcheck_bg.wasm -o pkg/dxcheck_bg.wasm
after=$(stat -c %s pkg/dxcheck_bg.wasm)
after_gz=$(gzip -9 -c pkg/dxcheck_bg.wasm | wc -c)
printf '[build-wasm] pkg/dxcheck_bg.wasm: %s B (gzip %s B) after wasm-bindgen, %s B (gzip %s B) after wasm-opt -Oz\n' \
  "$before" "$before_gz" "$after" "$after_gz" >&2

# Options may be left out in JS (the Rust side takes undefined): say so in the types, so strict
# TypeScript accepts `check(text)` and `checkFile(bytes, name)`.
sed -i -E 's/(file_name): string \| null \| undefined, options: CheckOptions \| undefined\)/\1?: string | null, options?: CheckOptions)/; s/options: CheckOptions \| undefined\)/options?: CheckOptions)/' pkg/dxcheck.d.ts

# pkg/ as an npm package: the ES module, its types, and the <dx-check> element with its worker
# (copied from www/, importing the glue beside them instead of ../pkg/).
for f in dx-check.js dx-check-worker.js warmup.js; do
  sed 's#"\.\./pkg/dxcheck\.js"#"./dxcheck.js"#' "www/$f" > "pkg/$f"
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
    "./package.json": "./package.json"
  },
  "files": ["dxcheck.js", "dxcheck.d.ts", "dxcheck_bg.wasm", "dxcheck_bg.wasm.d.ts", "dx-check.js", "dx-check.d.ts", "dx-check-worker.js", "warmup.js"],
  "sideEffects": ["./dx-check.js"]
}
JSON
