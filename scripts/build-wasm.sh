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
