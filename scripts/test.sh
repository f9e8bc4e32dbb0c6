#!/usr/bin/env bash
# Every test DXCheck has, in order of speed: formatting, lints and generated data, native unit + integration tests (Vietnamese fixtures,
# snapshots), the wasm bindings in headless Chromium (wasm-bindgen-test), the size budget, and the
# page end to end (playwright-core driving Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format, lints and generated data (rustfmt, clippy -D warnings, data/ against its generators)"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
# the core wasm module is the library without `files` (ARCHITECTURE.md, two wasm modules)
cargo clippy --lib --no-default-features --target wasm32-unknown-unknown --quiet -- -D warnings
bash scripts/check-data.sh

step "cargo test (native)"
cargo test --all-targets

step "wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test wasm

step "wasm build and size budget"
bash scripts/build-wasm.sh
bash scripts/size-check.sh
node scripts/build-single.mjs

step "end-to-end tests of the page (playwright-core + /usr/bin/chromium)"
cargo build --quiet --bin dxcheck   # the CLI the page is compared with
node --test --test-concurrency=1 tests/e2e/
