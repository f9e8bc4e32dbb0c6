#!/usr/bin/env python3
"""Write tests/fixtures/bench/ke-hoach-khac-nhau.txt: about 150 KB of distinct realistic plan text
for the benchmarks (benches/check.rs, scripts/bench-browser.mjs), in place of a plan whose
paragraphs repeat (ke-hoach-40-trang.txt is 408 of its 553 lines made of four paragraphs).

It is the test fixtures' drafts one after another, whole and in a fixed order (real published
plans first, then the target, table and plain fixtures, then the heading-style variants), with
every paragraph of 30 characters or more that an earlier draft already had left out: no
paragraph appears twice. Rerun it after adding fixtures: python3 scripts/make-bench-corpus.py
"""
import glob
import os
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIX = os.path.join(ROOT, "tests", "fixtures")
OUT = os.path.join(FIX, "bench", "ke-hoach-khac-nhau.txt")
TARGET = 150_000
# legacy encodings and NFD are the input layer's business, not this corpus's
SKIP = {"tcvn3.txt", "nfd-crlf.txt"}


def sources():
    for pattern in ["real/*.txt", "targets/*.txt", "tables/*.txt", "*.txt", "styles/*.txt"]:
        for path in sorted(glob.glob(os.path.join(FIX, pattern))):
            if os.path.basename(path) not in SKIP:
                yield path


def main():
    seen, parts, size, used = set(), [], 0, 0
    for path in sources():
        if size >= TARGET:
            break
        try:
            text = open(path, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        lines = []
        for line in unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n"):
            key = " ".join(line.split())
            if len(key) >= 30:
                if key in seen:
                    continue
                seen.add(key)
            lines.append(line.rstrip())
        draft = "\n".join(lines).strip("\n") + "\n"
        parts.append(draft)
        size += len(draft.encode("utf-8")) + 1
        used += 1
    corpus = "\n".join(parts)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(corpus)
    print(f"{os.path.relpath(OUT, ROOT)}: {len(corpus.encode('utf-8'))} B from {used} drafts, {len(seen)} distinct paragraphs")


main()
