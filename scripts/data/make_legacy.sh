#!/usr/bin/env bash
# Regenerate data/vn-legacy.tsv (Unicode ↔ TCVN3 (ABC) ↔ VNI-Windows) from the character table of
# the npm package `vietnamese-conversion`. Run once; the TSV is committed and embedded.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
(cd "$tmp" && npm pack vietnamese-conversion@2.0.0 --silent >/dev/null && tar xzf ./*.tgz)
node -e "
const t = require('$tmp/package/dist/charsets.js').default;
const rows = ['unicode\ttcvn3\tvni'];
t.UNICODE.forEach((u, i) => rows.push([u, t.TCVN3[i], t.VNI[i]].join('\t')));
// the package gives ỹ/Ỹ the VNI codes of ì/Ì and ỷ/Ỷ those of the dot mark after ă; VNI writes
// them y/Y with the tilde (õ/Õ) and hook (û/Û) marks, as every other vowel
const fix = { 'ỹ': 'yõ', 'Ỹ': 'YÕ', 'ỷ': 'yû', 'Ỷ': 'YÛ' };
rows.forEach((r, i) => { const c = r.split('\t'); if (fix[c[0]]) rows[i] = [c[0], c[1], fix[c[0]]].join('\t'); });
require('fs').writeFileSync('data/vn-legacy.tsv', rows.join('\n') + '\n');
console.log(rows.length - 1, 'characters');
"
rm -rf "$tmp"
