#!/usr/bin/env node
// The full module's wasm memory through the browser bench's steps, in node (no browser, quiet
// enough to run beside other work): node scripts/wasm-memory.mjs [PKG_DIR] (default pkg/, as
// scripts/build-wasm.sh leaves it; a bare `cargo build --lib --target wasm32-unknown-unknown`
// passed through `wasm-bindgen --target web` gives the same figures). Prints
// `memory.buffer.byteLength` after each step, as scripts/bench-browser.mjs does its steps in one
// page before its "wasm memory over 2,000 checks" (before, after 1,000, after 2,000 summarize()
// calls): checks of the corpus and the 40-page plan, summarize, the compact hand-off, a live
// Session typed into (with full checks of the same keystrokes), the catalogs, checkFile of the
// plan's .docx. wasm memory only grows: the step that grows it is the one to look at (session
// 22: a Session's first report, its words memo, 3,080,192 → 2,424,832 B).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.resolve(process.argv[2] ?? path.join(ROOT, "pkg"));
const mod = await import(pathToFileURL(path.join(dir, "dxcheck.js")).href);
const wasm = mod.initSync({ module: readFileSync(path.join(dir, "dxcheck_bg.wasm")) });
const bench = (name) => path.join(ROOT, "tests/fixtures/bench", name);
const text = readFileSync(bench("ke-hoach-khac-nhau.txt"), "utf8");
const plan = readFileSync(bench("ke-hoach-40-trang.txt"), "utf8");
const bytes = new Uint8Array(readFileSync(bench("ke-hoach-40-trang.docx")));

const step = (name, times, f) => {
  for (let i = 0; i < times; i++) f();
  console.log(`${name.padEnd(28)} ${wasm.memory.buffer.byteLength} B`);
};
step("loaded", 0, () => {});
step("check corpus ×340", 340, () => mod.check(text));
step("check plan ×340", 340, () => mod.check(plan));
step("summarize corpus ×340", 340, () => mod.summarize(text));
step("compact hand-off ×300", 300, () => JSON.parse(mod.checkCompact(text)));
// a live re-check: one character typed somewhere new each time, as the bench's keystrokes
let typed = 0;
const edited = () => {
  typed = (typed + 7919) % text.length;
  return text.slice(0, typed) + "x" + text.slice(typed);
};
const live = new mod.Session(text);
let length = text.length;
let spot = 0;
step("session keystrokes ×300", 300, () => {
  spot = (spot + 7919) % length;
  live.edit(spot, 0, "x");
  length += 1;
  live.reportChanges();
  JSON.parse(mod.checkCompact(edited()));
  mod.check(edited());
});
live.free();
step("catalogs", 1, () => mod.profiles().forEach((p) => mod.catalog(p.id)));
step("checkFile docx ×130", 130, () => mod.checkFile(bytes, "plan.docx"));
step("summarize ×1000", 1000, () => mod.summarize(text));
step("summarize ×2000", 1000, () => mod.summarize(text));
