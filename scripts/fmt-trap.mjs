#!/usr/bin/env node
// Make the `Display`/`Debug` functions only std's formatter could call trap, in a module whose
// formatter wasm-opt removed:   node scripts/fmt-trap.mjs FILE.wasm   (in place, after wasm-opt -g)
// The core builds its messages without core::fmt (src/message.rs): once wasm-opt has dropped
// `core::fmt::write` (nothing calls it), the only code that reads an `Argument`'s function is
// gone, yet `<u32 as Display>::fmt` and `<&str as Display>::fmt` (and `Formatter::pad`, the
// integer printer and its digit table behind them) stay: rust-lld put them in the function table
// for the panic messages (panic-trap.mjs made those trap) and binaryen keeps every table entry.
// A function is judged unreachable, and its body becomes `unreachable`, when
//   - the module has no `core::fmt::write` (no `fmt::Arguments` is ever formatted),
//   - no function calls it directly (`to_string` of a Display type would),
//   - and no data word holds its table index, but as a panic Location's column (a `dyn Display`
//     vtable would: its words before are the drop function's index, size and alignment, small
//     numbers; a Location's are its file name's address, length and line) or as its file name's
//     length (the word before addresses a `.rs` path that long: an index of 76 is also the
//     length of `/rustc/<hash>/library/alloc/src/vec/mod.rs`).
// Then binaryen drops what only those bodies called. Does nothing in a module that still formats
// (the full module's file readers use `format!`). Core: −709 B gzip, −1,753 B raw (session 20).
import binaryen from "binaryen";
import { readFileSync, writeFileSync } from "node:fs";
import { activeDataSegments } from "./wasm-data.mjs";

const file = process.argv[2];
if (!file) throw new Error("usage: fmt-trap.mjs FILE.wasm");
const bytes = readFileSync(file);
const module = binaryen.readBinary(bytes);
// wasm-opt's features (scripts/build-wasm.sh)
const F = binaryen.Features;
module.setFeatures(F.MutableGlobals | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt | F.SignExt | F.ReferenceTypes | F.Multivalue);
const plain = (name) => name.replace(/\[[0-9a-f]+\]/g, "").replace(/::h[0-9a-f]{16}$/, "");

const names = [];
for (let i = 0; i < module.getNumFunctions(); i++) names.push(binaryen.getFunctionInfo(module.getFunctionByIndex(i)).name);
if (names.some((n) => plain(n) === "core::fmt::write")) {
  console.error(`[fmt-trap] ${file}: core::fmt::write is still called: nothing changed`);
  process.exit(0);
}

// the active data segments' aligned words: value → addresses
const words = new Map();
const segments = activeDataSegments(bytes, "fmt-trap");
const lo = Math.min(...segments.map(([a]) => a));
const word = (a) => {
  for (const [address, d] of segments) if (a >= address && a + 4 <= address + d.length) return d.readUInt32LE(a - address);
  return undefined;
};
// `n` bytes at `a` as text ("" when they are not all in one segment)
const text = (a, n) => {
  for (const [address, d] of segments) if (a >= address && a + n <= address + d.length) return d.toString("latin1", a - address, a - address + n);
  return "";
};
for (const [address, d] of segments) {
  for (let a = address + ((4 - (address % 4)) % 4); a + 4 <= address + d.length; a += 4) {
    const v = d.readUInt32LE(a - address);
    if (!words.has(v)) words.set(v, []);
    words.get(v).push(a);
  }
}

// direct callers
const called = new Set();
for (const line of module.emitText().split("\n")) {
  for (const c of line.matchAll(/call (\$(?:"[^"]*"|[^\s)]+))/g)) called.add(c[1].replace(/^\$"?|"$/g, ""));
}

if (module.getNumElementSegments() !== 1) throw new Error("fmt-trap: expected one element segment");
const segment = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(0));
const offset = binaryen.getExpressionInfo(segment.offset).value;
const trapped = [];
segment.data.forEach((name, k) => {
  if (!/ as core::fmt::(Display|Debug)>::fmt$/.test(plain(name)) || called.has(name)) return;
  const index = offset + k;
  // a Location: (file name's address, its length, line, column); the index may be its column,
  // or its file name's length (a `.rs` path of that many bytes at the word before)
  const asColumn = (a) => word(a - 12) >= lo && word(a - 8) < 4096;
  const asLength = (a) => word(a - 4) >= lo && text(word(a - 4), index).endsWith(".rs");
  if ((words.get(index) ?? []).some((a) => !asColumn(a) && !asLength(a))) return;
  const f = module.getFunction(name);
  if (binaryen._BinaryenExpressionGetId(binaryen.getFunctionInfo(f).body) === binaryen.UnreachableId) return;
  binaryen._BinaryenFunctionSetBody(f, module.unreachable());
  trapped.push(plain(name));
});
module.runPasses(["remove-unused-module-elements"]);
if (!module.validate()) throw new Error("fmt-trap: the module no longer validates");
binaryen.setDebugInfo(true);
writeFileSync(file, module.emitBinary());
module.dispose();
console.error(`[fmt-trap] ${file}: ${trapped.length} formatting functions no code reaches trap: ${trapped.join(", ")}`);
