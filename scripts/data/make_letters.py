#!/usr/bin/env python3
"""Regenerate data/vn-letters.tsv: every letter with diacritics that Vietnamese uses (from
data/vn-legacy.tsv) with its canonical decomposition (NFD). The checker composes decomposed
input and folds diacritics with this table instead of the full Unicode normalization tables,
which would weigh about 60 KB (gzipped) in the wasm for letters Vietnamese never uses.
The test suite checks the table against a full NFC implementation."""
import os
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
letters = set()
for line in open(os.path.join(REPO, "data", "vn-legacy.tsv"), encoding="utf-8").read().splitlines()[1:]:
    c = line.split("\t")[0]
    if len(c) == 1:
        letters.update({c, c.lower(), c.upper()})
rows = []
for c in sorted(letters):
    d = unicodedata.normalize("NFD", c)
    if d != c:
        rows.append(f"{c}\t{d}")
with open(os.path.join(REPO, "data", "vn-letters.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(rows), "letters")
