// Browser benchmark: DXCheck's wasm in headless Chromium (playwright-core, Debian's chromium),
// side by side in the same page with its peers on the same inputs: markdownlint's lint()
// (structure checking) on the same text, mammoth's extractRawText() (.docx reading) on the same
// .docx, and the floor (TextEncoder.encodeInto + one pass over the bytes). The peers are loaded
// from node_modules into the benchmark page (an import map for markdownlint's ES modules,
// mammoth's browser bundle).
//   node scripts/bench-browser.mjs        (after scripts/build-wasm.sh)
// The text is the distinct-plan corpus (tests/fixtures/bench/ke-hoach-khac-nhau.txt, made by
// scripts/make-bench-corpus.py: ~150 KB, no paragraph twice). Prints medians in milliseconds,
// each beside its goal (issue 17); nothing here is a pass/fail test.
//
// Two figures per call: the first call after instantiation (V8 runs wasm with its baseline
// compiler until a function is hot) and the steady state that live re-checking sees (after 300
// warm-up calls; timed in batches of 5, since Chromium coarsens performance.now() to 0.1 ms).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT, startServer, launch } from "../tests/e2e/harness.mjs";

const CORPUS = "tests/fixtures/bench/ke-hoach-khac-nhau.txt";
const PLAN = "tests/fixtures/bench/ke-hoach-40-trang.txt";
const DOCX = "tests/fixtures/bench/ke-hoach-40-trang.docx";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(x < 10 ? 2 : 1);

// ---- the peers in the page ----------------------------------------------------------------

/** The entry an `exports` field gives a browser's `import` (conditions browser, import, default). */
function entryOf(exp) {
  if (typeof exp === "string") return exp;
  if (!exp || typeof exp !== "object") return null;
  if ("." in exp) return entryOf(exp["."]);
  for (const condition of ["browser", "import", "default"]) {
    const found = condition in exp ? entryOf(exp[condition]) : null;
    if (found) return found;
  }
  return null;
}

/** An import map for every ES-module package in node_modules (markdownlint and its micromark tree). */
function importMap() {
  const modules = path.join(ROOT, "node_modules");
  const imports = { "#node-imports": "/node_modules/markdownlint/lib/node-imports-browser.mjs" };
  const names = readdirSync(modules).flatMap((d) => (d.startsWith("@") ? readdirSync(path.join(modules, d)).map((s) => `${d}/${s}`) : [d]));
  for (const name of names) {
    const file = path.join(modules, name, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    const entry = entryOf(pkg.exports) ?? pkg.module ?? (pkg.type === "module" ? pkg.main : null);
    if (!entry) continue;
    imports[name] = `/node_modules/${name}/${entry.replace(/^\.\//, "")}`;
    imports[`${name}/`] = `/node_modules/${name}/`;
  }
  return JSON.stringify({ imports });
}

/** The benchmark page with the peers: served by the test itself (playwright route), not by serve.py. */
function peerPage() {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>DXCheck — benchmark page</title>
<script type="importmap">${importMap()}</script>
<script src="/node_modules/mammoth/mammoth.browser.min.js"></script>
</head><body><p>Trang đo tốc độ / benchmark page (scripts/bench-browser.mjs)</p></body></html>`;
}

/** A CommonJS file of markdownlint's (its helpers) as an ES module the browser can import. */
function cjsAsModule(file) {
  const source = readFileSync(file, "utf8");
  const deps = [...new Set([...source.matchAll(/require\("(\.[^"]+)"\)/g)].map((m) => m[1]))];
  let names = [];
  try {
    names = Object.keys(createRequire(file)(file)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default");
  } catch { /* not loadable in Node: default export only */ }
  return [
    ...deps.map((d, i) => `import __dep${i} from ${JSON.stringify(d)};`),
    `const __deps = {${deps.map((d, i) => `${JSON.stringify(d)}: __dep${i}`).join(", ")}};`,
    "const module = { exports: {} };",
    "(function (module, exports, require) {",
    source,
    "})(module, module.exports, (p) => __deps[p]);",
    "export default module.exports;",
    names.length ? `export const { ${names.join(", ")} } = module.exports;` : "",
  ].join("\n");
}

const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".cjs": "text/javascript", ".json": "application/json" };

async function routePeers(page) {
  await page.route("**/peers.html", (route) => route.fulfill({ contentType: "text/html", body: peerPage() }));
  await page.route("**/node_modules/**", (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\/node_modules\//, "");
    const file = path.join(ROOT, "node_modules", path.normalize(rel));
    if (!file.startsWith(path.join(ROOT, "node_modules")) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
    const body = file.endsWith(".cjs") ? cjsAsModule(file) : readFileSync(file);
    return route.fulfill({ contentType: TYPES[path.extname(file)] ?? "application/octet-stream", body });
  });
}

// ---- figures ----------------------------------------------------------------------------------

async function browserFigures() {
  const server = await startServer();
  const browser = await launch();
  try {
    // cold start and first check: a fresh context each time, so nothing is cached
    const cold = [];
    const first = [];
    const peak = [];
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.origin + "/bench.html");
      const r = await page.evaluate(async () => {
        const text = await (await fetch("/bench-corpus.txt")).text();
        const t0 = performance.now();
        const mod = await import("/pkg/dxcheck.js");
        const wasm = await mod.default();
        const t1 = performance.now();
        const before = wasm.memory.buffer.byteLength;
        mod.check(text);
        const t2 = performance.now();
        // the memory the first check made the module grow by, against the input's UTF-8 size
        return { cold: t1 - t0, first: t2 - t1, grown: wasm.memory.buffer.byteLength - before, bytes: new TextEncoder().encode(text).length };
      });
      cold.push(r.cold);
      first.push(r.first);
      peak.push(r.grown / r.bytes);
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await routePeers(page);
    await page.goto(server.origin + "/peers.html");
    const figures = await page.evaluate(async () => {
      const mod = await import("/pkg/dxcheck.js");
      const wasm = await mod.default();
      const { lint } = await import("/node_modules/markdownlint/lib/exports-sync.mjs");
      const mammoth = globalThis.mammoth;
      const text = await (await fetch("/bench-corpus.txt")).text();
      const plan = await (await fetch("/bench-plan.txt")).text();
      const bytes = new Uint8Array(await (await fetch("/bench-plan.docx")).arrayBuffer());
      // the floor: what any checker pays to get the text into wasm and look at every byte once
      const buffer = new Uint8Array(text.length * 3);
      const floor = () => {
        const { written } = new TextEncoder().encodeInto(text, buffer);
        let lines = 0;
        for (let i = 0; i < written; i++) lines += buffer[i] === 10;
        return lines;
      };
      // a live re-check: the same draft with one character typed somewhere new each time
      let typed = 0;
      const edited = () => {
        typed = (typed + 7919) % text.length;
        return text.slice(0, typed) + "x" + text.slice(typed);
      };
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      // steady state: warm up, then batches of `per` calls (performance.now() is coarse here)
      const steady = async (f, { warm = 300, batches = 40, per = 5 } = {}) => {
        for (let i = 0; i < warm; i++) await f();
        const xs = [];
        for (let b = 0; b < batches; b++) {
          const t0 = performance.now();
          for (let i = 0; i < per; i++) await f();
          xs.push((performance.now() - t0) / per);
        }
        return median(xs);
      };
      const out = {};
      out.bytes = new TextEncoder().encode(text).length;
      out.check = await steady(() => mod.check(text));
      out.floor = await steady(floor, { warm: 300, batches: 40, per: 20 });
      out.keystroke = await steady(() => mod.check(edited()));
      out.plan = await steady(() => mod.check(plan));
      out.summarize = await steady(() => mod.summarize(text));
      out.checkFile = await steady(() => mod.checkFile(bytes, "plan.docx"), { warm: 100, batches: 30 });
      out.markdownlint = await steady(() => lint({ strings: { plan: text } }), { warm: 10, batches: 10, per: 2 });
      out.mammoth = await steady(() => mammoth.extractRawText({ arrayBuffer: bytes.buffer.slice(0) }), { warm: 10, batches: 20, per: 2 });
      out.before1 = wasm.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) mod.summarize(text);
      out.after1000 = wasm.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) mod.summarize(text);
      out.after2000 = wasm.memory.buffer.byteLength;
      return out;
    });
    return { cold: median(cold), coldRange: [Math.min(...cold), Math.max(...cold)], first: median(first), peak: median(peak), ...figures };
  } finally {
    await browser.close();
    server.stop();
  }
}

async function nodeFigures() {
  const text = readFileSync(path.join(ROOT, CORPUS), "utf8");
  const bytes = readFileSync(path.join(ROOT, DOCX));
  const glue = await import(path.join(ROOT, "pkg/dxcheck.js"));
  glue.initSync({ module: readFileSync(path.join(ROOT, "pkg/dxcheck_bg.wasm")) });
  const time = (f, n) => {
    for (let i = 0; i < 300; i++) f();
    const xs = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      f();
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  return { check: time(() => glue.check(text), 200), checkFile: time(() => glue.checkFile(bytes, "plan.docx"), 100) };
}

const b = await browserFigures();
const n = await nodeFigures();
const wasmBytes = readFileSync(path.join(ROOT, "pkg/dxcheck_bg.wasm"));
const { gzipSync } = await import("node:zlib");
const gz = gzipSync(wasmBytes, { level: 9 }).length;
const per100 = (x) => (x * 100_000) / b.bytes;
const times = (x) => `${x.toFixed(1)}×`;
const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
const flat = b.after2000 === b.before1 ? "flat" : "grows";
const rows = [
  ["steady check() per 100 KB of distinct plan text", `${ms(per100(b.check))} ms (${ms(b.check)} ms for ${kb(b.bytes)})`, "≤ 1 ms"],
  ["check() ÷ the floor (encodeInto + byte scan, " + ms(b.floor) + " ms)", times(b.check / b.floor), "≤ 5×"],
  ["markdownlint lint() ÷ check(), same text, same page", `${times(b.markdownlint / b.check)} (lint ${ms(b.markdownlint)} ms)`, "≥ 80×"],
  ["re-check after a keystroke (full check(), one character typed)", `${ms(b.keystroke)} ms`, "≤ 0.5 ms"],
  ["first check() after load (fresh page, compile + instantiate before it)", `${ms(b.first)} ms (load ${ms(b.cold)} ms, ${ms(b.coldRange[0])}–${ms(b.coldRange[1])})`, "≤ 10 ms"],
  ["wasm fetched before a pasted draft is checked (Node zlib -9)", `${kb(gz)} (${gz} B; raw ${kb(wasmBytes.length)})`, "≤ 150 KB"],
  ["memory the first check grows wasm by ÷ input size", times(b.peak), "≤ 3×"],
  ["wasm memory over 2,000 checks", `${flat}: ${b.before1} B → ${b.after1000} B → ${b.after2000} B`, "flat"],
  ["mammoth extractRawText() ÷ checkFile(.docx), same file", `${times(b.mammoth / b.checkFile)} (mammoth ${ms(b.mammoth)} ms, checkFile ${ms(b.checkFile)} ms)`, "≥ 10×"],
];
console.log(`DXCheck benchmark — ${new Date().toISOString().slice(0, 10)}, ${CORPUS} (${b.bytes} B), ${DOCX}`);
const w = Math.max(...rows.map((r) => r[0].length));
for (const [what, figure, goal] of rows) console.log(`${what.padEnd(w)}  ${figure}   (goal ${goal})`);
console.log(`for comparison: check() on ${PLAN} (repeated paragraphs) ${ms(b.plan)} ms · summarize() on the corpus ${ms(b.summarize)} ms (report hand-off ≈ ${ms(b.check - b.summarize)} ms)`);
console.log(`Node (same wasm, for reference): check() on the corpus ${ms(n.check)} ms · checkFile(.docx) ${ms(n.checkFile)} ms`);
