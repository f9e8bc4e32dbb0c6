#!/usr/bin/env bash
# Build the page and serve it on http://127.0.0.1:8080 (PORT=… to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-wasm.sh
exec python3 scripts/serve.py "${PORT:-8080}"
