// The text handed to wasm (src/wasm.rs `utf8`: encodeInto straight into a buffer about the
// draft's size, encoded again into 3 bytes a unit when a denser text does not fit): every string
// arrives whole, whatever its bytes per UTF-16 unit, and checking a draft again and again leaves
// wasm memory where the first checks put it. Runs the core module in Node (no browser needed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, fixture } from "./harness.mjs";

const glue = await import(path.join(ROOT, "pkg/dxcheck_text.js"));
const wasm = glue.initSync({ module: readFileSync(path.join(ROOT, "pkg/dxcheck_text_bg.wasm")) });

const plan = fixture("tinh-day-du.txt");
const findings = (r) => r.findings.map((f) => `${f.rule} ${f.line} ${f.range.start}-${f.range.end}`);

test("a draft after any prefix is checked whole: ASCII, Vietnamese, CJK (3 bytes a unit), emoji, a lone surrogate", () => {
  const cut = plan.replace("V. KINH PHÍ THỰC HIỆN\n", "");
  const base = glue.check(cut);
  assert.ok(base.findings.some((f) => f.rule === "section.missing"));
  for (const prefix of ["", "abc", "Kế hoạch", "數位轉型計劃".repeat(200), "📄".repeat(300), "\ud800", "x\udfff"]) {
    // on a line of its own above the header: the same findings, each range moved by the prefix
    const r = glue.check(`${prefix}\n${cut}`);
    const moved = base.findings.map((f) => `${f.rule} ${f.line + 1} ${f.range.start + prefix.length + 1}-${f.range.end + prefix.length + 1}`);
    assert.deepEqual(findings(r).filter((f) => !f.startsWith("header.") && !f.startsWith("input.")), moved.filter((f) => !f.startsWith("header.") && !f.startsWith("input.")), JSON.stringify(prefix.slice(0, 8)));
  }
  // a text denser than 1.5 bytes a unit (the first reservation), from its first character
  const dense = glue.summarize("數".repeat(5000) + "\n" + cut);
  assert.deepEqual(Object.keys(dense), ["error", "warning", "info"]);
  assert.deepEqual(glue.check(""), glue.check(""));
});

test("check, checkCompact and summarize refuse what is not a string", () => {
  for (const f of [glue.check, glue.checkCompact, glue.summarize]) {
    for (const bad of [undefined, null, 42, {}, ["Phần I"]]) assert.throws(() => f(bad), /string/);
  }
});

test("wasm memory stays flat over repeated checks of the same draft (at most 3× the draft above the first checks)", () => {
  const corpus = readFileSync(path.join(ROOT, "tests/fixtures/bench/ke-hoach-khac-nhau.txt"), "utf8");
  const bytes = Buffer.byteLength(corpus);
  glue.checkCompact(plan);
  const before = wasm.memory.buffer.byteLength;
  // the first check of each kind: check() also writes the whole report's JSON, checkCompact less
  glue.checkCompact(corpus);
  glue.check(corpus);
  const first = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 20; i++) glue[i % 2 ? "checkCompact" : "check"](corpus);
  assert.equal(wasm.memory.buffer.byteLength, first, "a later check grew the memory");
  console.log(`wasm memory: ${first - before} B above the first checks for a ${bytes} B draft`);
  assert.ok(first - before <= 3 * bytes, `${first - before} B for a ${bytes} B draft`);
});
