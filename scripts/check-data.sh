#!/usr/bin/env bash
# The embedded data files are generated: regenerate them into a temporary folder and fail when
# the committed copies differ (a hand edit, or a generator changed without rerunning it).
#   scripts/check-data.sh          check
#   scripts/check-data.sh --write  regenerate data/ in place
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--write" ]; then
  python3 scripts/data/make_profiles.py
  python3 scripts/data/make_indicators.py
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/profiles"
DATA_OUT="$tmp" python3 scripts/data/make_profiles.py
DATA_OUT="$tmp" python3 scripts/data/make_indicators.py
status=0
for f in "$tmp"/profiles/*.json "$tmp"/indicators.json; do
  rel=${f#"$tmp"/}
  if ! cmp -s "$f" "data/$rel"; then
    echo "data/$rel differs from what its generator writes (scripts/check-data.sh --write to regenerate):" >&2
    diff -u "data/$rel" "$f" | head -20 >&2 || true
    status=1
  fi
done
exit $status
