#!/usr/bin/env bash
# Fail when the gzipped wasm passes the budget (portals embed the page: size is a feature).
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${DXCHECK_WASM_GZIP_BUDGET:-256000}
gz=$(gzip -9 -c pkg/dxcheck_bg.wasm | wc -c)
raw=$(stat -c %s pkg/dxcheck_bg.wasm)
if [ "$gz" -gt "$BUDGET" ]; then
  echo "[size-check] FAIL: pkg/dxcheck_bg.wasm is $gz B gzipped (raw $raw B), budget $BUDGET B" >&2
  exit 1
fi
echo "[size-check] ok: pkg/dxcheck_bg.wasm $gz B gzipped (raw $raw B), budget $BUDGET B"
