#!/usr/bin/env node
// Zero the static data only removed code read, and drop the name section:
//   node scripts/dead-data.mjs BEFORE.wasm AFTER.wasm   (AFTER in place)
// BEFORE: the module as wasm-opt got it (wasm-bindgen's output after panic-trap.mjs), AFTER: as
// wasm-opt left it, both with their function names. wasm-opt drops the code no one calls (std's
// panic runtime, `{:?}` of a char and the Unicode tests behind it, once panics trap: panic-trap.mjs)
// but cannot drop data: it does not know which bytes of memory a function reads. Those bytes stay
// in the module: core::unicode's `printable` and `grapheme_extend` tables (2.1 KB that gzip
// barely shrinks), the vtables of std's panic handler.
//
// An object of the data is what lies between two addresses the code or data of BEFORE names
// (every `i32.const` and load/store offset in the data's range, every 4 bytes of data, at any
// alignment, read as a pointer, every global's value; segment ends). Its bytes become zeros when
//   - BEFORE names its first address only in code (no data or global points to it),
//   - only the standard library's functions name it in BEFORE, and none of them is left in AFTER
//     (removed, or inlined into a caller): our own code may reach a table of its own through a
//     constant outside it (a first try, with our functions too, zeroed vn's range table after a
//     panic Location, read from an address beyond it: 250 of 938 reports changed),
//   - and nothing in AFTER names any address inside it (an inlined use keeps its constant).
// Zeros are what memory would hold there anyway: the bytes are no longer read. gzip sends a run of
// zeros almost free. Checked: every text fixture's check, checkCompact and summarize, the option
// errors, profiles, rules and version through the wasm byte-identical before and after.
import binaryen from "binaryen";
import { readFileSync, writeFileSync } from "node:fs";

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) throw new Error("usage: dead-data.mjs BEFORE.wasm AFTER.wasm");

/** The module's sections, its active data segments (address, bytes, where in the file). */
function sections(bytes) {
  let p = 8;
  const uleb = () => {
    let r = 0, s = 0, x;
    do {
      x = bytes[p++];
      r += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return r;
  };
  const list = [];
  const segments = [];
  while (p < bytes.length) {
    const start = p;
    const id = bytes[p++];
    const len = uleb();
    const body = p;
    let name = null;
    if (id === 0) {
      const nl = uleb();
      name = bytes.subarray(p, p + nl).toString();
    }
    if (id === 11) {
      const count = uleb();
      for (let i = 0; i < count; i++) {
        const kind = uleb();
        if (kind !== 0) throw new Error(`data segment ${i}: kind ${kind} not known here`);
        if (bytes[p++] !== 0x41) throw new Error(`data segment ${i}: offset not an i32.const`);
        let r = 0, s = 0, x;
        do {
          x = bytes[p++];
          r |= (x & 0x7f) << s;
          s += 7;
        } while (x & 0x80);
        if (bytes[p++] !== 0x0b) throw new Error(`data segment ${i}: offset not a constant`);
        const l = uleb();
        segments.push({ address: r, at: p, length: l });
        p += l;
      }
    }
    list.push({ id, name, start, end: body + len });
    p = body + len;
  }
  return { list, segments };
}

/** Every address the module names, with who names it: a function's name, "data" or "global". */
function anchors(path) {
  const bytes = readFileSync(path);
  const { segments } = sections(bytes);
  const lo = Math.min(...segments.map((s) => s.address));
  const hi = Math.max(...segments.map((s) => s.address + s.length));
  const named = new Map();
  const add = (a, who) => {
    if (a < lo || a > hi) return;
    if (!named.has(a)) named.set(a, new Set());
    named.get(a).add(who);
  };
  const module = binaryen.readBinary(bytes);
  const text = module.emitText();
  module.dispose();
  const functions = new Set();
  let fn = null;
  for (const line of text.split("\n")) {
    const head = line.match(/^ \(func (\$(?:"[^"]*"|[^\s)]+))/);
    if (head) {
      fn = head[1];
      functions.add(fn);
    } else if (/^ \((data|elem|export|import|type|memory|table)\b/.test(line)) fn = null;
    else if (line.startsWith(" (global")) fn = "global";
    if (!fn) continue;
    for (const m of line.matchAll(/i32\.const (-?\d+)|offset=(\d+)/g)) add(Number(m[1] ?? m[2]) >>> 0, fn);
  }
  for (const s of segments) {
    const d = bytes.subarray(s.at, s.at + s.length);
    for (let j = 0; j + 4 <= d.length; j++) add(d.readUInt32LE(j), "data");
  }
  return { bytes, segments, named, functions };
}

// only the standard library's own objects: its functions are compiled apart from ours (one codegen
// unit of tables each, behind a known reader); our code may reach a table of its own through a
// constant outside it (an index from a Location's address), so none of ours is judged here
const STD = /^\$"?(<?(core|alloc|std)\[[0-9a-f]+\]::|<char>::)/;
const before = anchors(beforePath);
const after = anchors(afterPath);
if (!after.segments.length) throw new Error("dead-data: no data found");
// both with names (wasm-bindgen's output has them; wasm-opt writes them with -g): a function of
// BEFORE is gone from AFTER only when AFTER names its functions
for (const [path, m] of [[beforePath, before], [afterPath, after]]) {
  if (!sections(m.bytes).list.some((s) => s.id === 0 && s.name === "name")) throw new Error(`dead-data: ${path} has no name section`);
}
const points = [...new Set([...before.named.keys(), ...before.segments.flatMap((s) => [s.address, s.address + s.length])])].sort((a, b) => a - b);
const afterPoints = [...after.named.keys()].sort((a, b) => a - b);
const dead = [];
let q = 0;
for (let k = 0; k + 1 < points.length; k++) {
  const [from, to] = [points[k], points[k + 1]];
  const who = before.named.get(from);
  if (!who || who.has("data") || who.has("global")) continue;
  if ([...who].some((f) => after.functions.has(f) || !STD.test(f))) continue;
  while (q < afterPoints.length && afterPoints[q] < from) q++;
  if (q < afterPoints.length && afterPoints[q] < to) continue;
  dead.push([from, to]);
}
// Panic locations (`core::panic::Location`: file as pointer and length, line, column; 16 bytes)
// of the code AFTER kept: panics trap (panic-trap.mjs), so nothing reads them, but the calls that
// passed them were ours, not std's, so the rule above keeps them (the core's 113 and their file
// names: −776 B gzip; the full module −1,796 B with the next two of panic-trap.mjs). A Location is
// zeroed when nothing in AFTER (code,
// global or data) names an address inside it; its file name when every pointer into it is a zeroed
// Location's and no other text runs into it (a longer string sharing its tail).
{
  const word = (m, a) => {
    for (const s of m.segments) if (a >= s.address && a + 4 <= s.address + s.length) return m.bytes.readUInt32LE(s.at + a - s.address);
    return null;
  };
  const byte = (m, a) => {
    for (const s of m.segments) if (a >= s.address && a < s.address + s.length) return m.bytes[s.at + a - s.address];
    return null;
  };
  const text = (m, a, l) => {
    for (const s of m.segments) if (a >= s.address && a + l <= s.address + s.length) return m.bytes.subarray(s.at + a - s.address, s.at + a - s.address + l).toString("latin1");
    return null;
  };
  const namedIn = (from, to) => {
    let lo = 0, hi = afterPoints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (afterPoints[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < afterPoints.length && afterPoints[lo] < to;
  };
  const locations = [];
  for (const s of after.segments) {
    for (let a = s.address + ((4 - (s.address % 4)) % 4); a + 16 <= s.address + s.length; a += 4) {
      const [ptr, len, line, col] = [0, 4, 8, 12].map((k) => word(after, a + k));
      if (!(len > 3 && len < 200 && line > 0 && line < 100000 && col > 0 && col < 1000)) continue;
      const file = text(after, ptr, len);
      if (!file || !/^[\x21-\x7e]+\.rs$/.test(file) || namedIn(a, a + 16)) continue;
      locations.push([a, ptr, len]);
    }
  }
  const deadField = new Set(locations.map(([a]) => a));
  // every data word of AFTER that points somewhere, but the zeroed Locations' file pointers
  const live = new Set([...after.named].filter(([, who]) => [...who].some((w) => w !== "data")).map(([a]) => a));
  for (const s of after.segments) {
    for (let j = 0; j + 4 <= s.length; j++) if (!deadField.has(s.address + j)) live.add(after.bytes.readUInt32LE(s.at + j));
  }
  const files = new Map();
  for (const [a, ptr, len] of locations) {
    dead.push([a, a + 16]);
    files.set(ptr, len);
  }
  const liveSorted = [...live].sort((x, y) => x - y);
  const liveIn = (from, to) => liveSorted.some((x) => x >= from && x < to);
  for (const [ptr, len] of files) {
    let from = ptr;
    while (from > 0 && (byte(after, from - 1) ?? 0) > 0x20 && (byte(after, from - 1) ?? 0) < 0x7f) from--;
    if (!liveIn(from, ptr + len)) dead.push([ptr, ptr + len]);
  }
}
// zero the dead bytes where AFTER's segments hold them
const out = Buffer.from(after.bytes);
let zeroed = 0;
for (const s of after.segments) {
  for (const [from, to] of dead) {
    const a = Math.max(from, s.address), b = Math.min(to, s.address + s.length);
    if (a >= b) continue;
    out.fill(0, s.at + a - s.address, s.at + b - s.address);
    zeroed += b - a;
  }
}
// the name section goes (build-wasm.sh ships none: wasm-opt kept it for this script)
const parts = [out.subarray(0, 8)];
for (const s of sections(out).list) if (!(s.id === 0 && s.name === "name")) parts.push(out.subarray(s.start, s.end));
const result = Buffer.concat(parts);
// DEAD_DATA_LIST=1: each object zeroed, with the function that read it
if (process.env.DEAD_DATA_LIST) for (const [f, t] of dead) console.error(f, t - f, [...(before.named.get(f) ?? ["panic location"])].join(" ").slice(0, 160));
writeFileSync(afterPath, result);
console.error(`[dead-data] ${afterPath}: ${zeroed} B of data only removed code read zeroed (${dead.length} objects), name section dropped`);
