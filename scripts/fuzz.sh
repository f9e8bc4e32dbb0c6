#!/usr/bin/env bash
# Fuzz the text, file and figure parsers with libFuzzer (cargo-fuzz) for a bounded time each.
#   scripts/fuzz.sh [SECONDS per target, default 600] [target …]   (targets: text docx figures xml)
# Not part of `make test`. The corpus starts from the fixtures; a crash is saved under
# fuzz/artifacts/<target>/ — fix it and copy the input to tests/fixtures/hostile/, whose every
# file tests/robust.rs (the_regression_corpus_gives_reports) runs.
# cargo-fuzz needs nightly flags: RUSTC_BOOTSTRAP lets the machine's stable toolchain accept
# them, and `--sanitizer none` avoids the ASan runtime that only nightly toolchains ship.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text docx figures xml)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
# seeds of each hostile shape of issue 15 (numbering bombs, list numbers at the top of u32,
# amounts in words that overflow) next to the fixtures; a dictionary of Vietnamese number words,
# units, heading words and the WordprocessingML that built the bombs
for t in "${targets[@]}"; do
  corpus=fuzz/corpus/$t
  mkdir -p "$corpus"
  case $t in
    # the unseen rounds' files too: CP1258, UTF-16, VNI text, a one-column .docx box, .odt
    docx) cp -n tests/fixtures/docx/*.docx tests/fixtures/hostile/*.docx tests/fixtures/*.txt \
      tests/fixtures/unseen*/*.docx tests/fixtures/unseen*/*.odt tests/fixtures/unseen[78]/*.txt "$corpus"/ 2>/dev/null || true ;;
    # xml: the text part of each .docx/.odt fixture, after the byte that picks the format
    xml) python3 - "$corpus" tests/fixtures/docx/*.docx tests/fixtures/unseen*/*.docx tests/fixtures/unseen*/*.odt <<'PY'
import os, sys, zipfile
for path in sys.argv[2:]:
    part, kind = ("content.xml", b"\x01") if path.endswith(".odt") else ("word/document.xml", b"\x00")
    try:  # (some fixtures are broken on purpose)
        with zipfile.ZipFile(path) as z:
            xml = z.read(part)
    except (zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError):
        continue
    with open(os.path.join(sys.argv[1], os.path.basename(path) + ".xml"), "wb") as out:
        out.write(kind + xml)
PY
      ;;
    *) cp -n tests/fixtures/*.txt tests/fixtures/hostile/*.txt tests/fixtures/unseen8/*.txt "$corpus"/ 2>/dev/null || true ;;
  esac
  # short seeds of the quadratic and overflow shapes (the fuzzer grows them)
  printf 'II. MỤC TIÊU\n%s\n' "$(printf 'Tỷ lệ 50%%; %.0s' {1..50})" >"$corpus"/seed-targets-line.txt
  printf 'Chi tiết tại %s\n' "$(printf 'Phụ lục %s; ' {1..50})" >"$corpus"/seed-phu-luc-line.txt
  printf 'Bằng chữ: một trăm năm mươi%s đồng\n' "$(printf ' tỷ%.0s' {1..12})" >"$corpus"/seed-words.txt
  # whole plans are in the corpus: text and figures need no more than a few pages to find bugs,
  # and shorter inputs run many times faster
  case $t in docx | xml) max_len=262144 ;; text) max_len=32768 ;; *) max_len=4096 ;; esac
  echo "== fuzz $t for ${secs}s"
  # a run that finds nothing exits 0; a crash stops the script (set -e) with the input saved
  # built under the worktree's own target/ (no second target directory)
  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none --target-dir "$PWD/target/fuzz" "$t" "$corpus" -- \
    -dict=fuzz/vi.dict -max_total_time="$secs" -rss_limit_mb=2048 -max_len=$max_len -timeout=10 -print_final_stats=1
done
