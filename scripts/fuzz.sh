#!/usr/bin/env bash
# Fuzz the text, file and figure parsers with libFuzzer (cargo-fuzz) for a bounded time each.
#   scripts/fuzz.sh [SECONDS per target, default 600] [target …]
# Not part of `make test`. The corpus starts from the fixtures; a crash is saved under
# fuzz/artifacts/<target>/ — fix it and add the input as a regression test (tests/robust.rs).
# cargo-fuzz needs nightly flags: RUSTC_BOOTSTRAP lets the machine's stable toolchain accept
# them, and `--sanitizer none` avoids the ASan runtime that only nightly toolchains ship.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text docx figures)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
for t in "${targets[@]}"; do
  corpus=fuzz/corpus/$t
  mkdir -p "$corpus"
  case $t in
    docx) cp -n tests/fixtures/docx/*.docx tests/fixtures/*.txt "$corpus"/ 2>/dev/null || true ;;
    *) cp -n tests/fixtures/*.txt "$corpus"/ 2>/dev/null || true ;;
  esac
  echo "== fuzz $t for ${secs}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none "$t" "$corpus" -- \
    -max_total_time="$secs" -rss_limit_mb=2048 -max_len=262144 -timeout=10
done
