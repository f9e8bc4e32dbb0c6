#!/usr/bin/env bash
# Install what building and testing DXCheck needs. Idempotent: each step runs only when its tool
# is missing, so a second run takes a second. Nothing here downloads a prebuilt binary: the
# wasm-bindgen CLI is compiled from crates.io, wasm-opt comes from the npm package `binaryen`,
# Chromium and ChromeDriver from Debian.
#   scripts/setup.sh          build tools (wasm target, wasm-bindgen-cli, npm packages)
#   scripts/setup.sh --test   also Chromium + ChromeDriver for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must be the exact version of the wasm-bindgen crate in Cargo.lock (Cargo.toml pins it with =).
[ -f Cargo.lock ] || cargo generate-lockfile
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  log "cargo install wasm-bindgen-cli --version =$want (about 2 minutes, once)"
  # not --locked: the CLI's own lockfile pins a crate version this registry lacks
  cargo install wasm-bindgen-cli --version "=$want"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--test" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "apt-get install chromium chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
