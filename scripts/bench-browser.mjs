// Browser benchmark: DXCheck's wasm in headless Chromium (playwright-core, Debian's chromium),
// and peers on the same inputs in Node: markdownlint's lint (structure checking) on the same
// text, mammoth's extractRawText (.docx reading) on the same .docx.
//   node scripts/bench-browser.mjs        (after scripts/build-wasm.sh)
// Prints medians in milliseconds and the ratios; nothing here is a pass/fail test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT, startServer, launch } from "../tests/e2e/harness.mjs";

const PLAN = "tests/fixtures/bench/ke-hoach-40-trang.txt";
const DOCX = "tests/fixtures/bench/ke-hoach-40-trang.docx";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(x < 10 ? 2 : 1);

async function browserFigures() {
  const server = await startServer();
  const browser = await launch();
  try {
    // cold start: a fresh context each time, so nothing is cached
    const cold = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.origin + "/bench.html");
      cold.push(await page.evaluate(async () => {
        const t0 = performance.now();
        const mod = await import("/pkg/dxcheck.js");
        await mod.default();
        return performance.now() - t0;
      }));
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/bench.html");
    const figures = await page.evaluate(async ({ plan, docx }) => {
      const mod = await import("/pkg/dxcheck.js");
      const wasm = await mod.default();
      const text = await (await fetch(plan)).text();
      const bytes = new Uint8Array(await (await fetch(docx)).arrayBuffer());
      const time = (f, n) => {
        for (let i = 0; i < 5; i++) f();
        const xs = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          f();
          xs.push(performance.now() - t0);
        }
        return xs.sort((a, b) => a - b)[Math.floor(n / 2)];
      };
      const check = time(() => mod.check(text), 60);
      const summarize = time(() => mod.summarize(text), 60);
      const checkFile = time(() => mod.checkFile(bytes, "plan.docx"), 40);
      const before = wasm.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) mod.summarize(text);
      const after1000 = wasm.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) mod.summarize(text);
      const after2000 = wasm.memory.buffer.byteLength;
      return { check, summarize, checkFile, before, after1000, after2000, textBytes: text.length, docxBytes: bytes.length };
    }, { plan: "/" + "bench-plan.txt", docx: "/" + "bench-plan.docx" }).catch(async () => null);
    return { cold: median(cold), ...figures };
  } finally {
    await browser.close();
    server.stop();
  }
}

async function nodeFigures() {
  const text = readFileSync(path.join(ROOT, PLAN), "utf8");
  const bytes = readFileSync(path.join(ROOT, DOCX));
  const glue = await import(path.join(ROOT, "pkg/dxcheck.js"));
  glue.initSync({ module: readFileSync(path.join(ROOT, "pkg/dxcheck_bg.wasm")) });
  const { lint } = await import("markdownlint/sync");
  const mammoth = (await import("mammoth")).default;
  const time = async (f, n) => {
    for (let i = 0; i < 3; i++) await f();
    const xs = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await f();
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  return {
    check: await time(() => glue.check(text), 40),
    checkFile: await time(() => glue.checkFile(bytes, "plan.docx"), 30),
    markdownlint: await time(() => lint({ strings: { plan: text } }), 20),
    mammoth: await time(() => mammoth.extractRawText({ buffer: bytes }), 20),
  };
}

const b = await browserFigures();
const n = await nodeFigures();
const wasmBytes = readFileSync(path.join(ROOT, "pkg/dxcheck_bg.wasm"));
const { gzipSync } = await import("node:zlib");
console.log(`DXCheck benchmark — ${new Date().toISOString().slice(0, 10)}, ${PLAN} (${readFileSync(path.join(ROOT, PLAN)).length} B), ${DOCX}`);
console.log(`wasm: ${wasmBytes.length} B raw, ${gzipSync(wasmBytes, { level: 9 }).length} B gzipped`);
if (b.check !== undefined) {
  console.log(`Chromium: cold start (fetch + compile + instantiate) ${ms(b.cold)} ms`);
  console.log(`Chromium: check() ${ms(b.check)} ms · summarize() ${ms(b.summarize)} ms (report hand-off ≈ ${ms(b.check - b.summarize)} ms) · checkFile(.docx) ${ms(b.checkFile)} ms`);
  console.log(`Chromium: wasm memory ${b.before} B → ${b.after1000} B after 1000 checks → ${b.after2000} B after 2000`);
} else {
  console.log(`Chromium: cold start ${ms(b.cold)} ms (the in-page figures could not be taken)`);
}
console.log(`Node (same wasm): check() ${ms(n.check)} ms · checkFile(.docx) ${ms(n.checkFile)} ms`);
console.log(`Node peers: markdownlint lint() ${ms(n.markdownlint)} ms → DXCheck check() is ${(n.markdownlint / n.check).toFixed(1)}× ${n.markdownlint > n.check ? "faster" : "slower"}`);
console.log(`Node peers: mammoth extractRawText() ${ms(n.mammoth)} ms → DXCheck reads and checks the .docx ${(n.mammoth / n.checkFile).toFixed(1)}× ${n.mammoth > n.checkFile ? "faster" : "slower"}`);
