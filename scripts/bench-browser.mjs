// Browser benchmark: DXCheck's wasm in headless Chromium (playwright-core, Debian's chromium),
// side by side in the same page with its peers on the same inputs: markdownlint's lint()
// (structure checking) on the same text, mammoth's extractRawText() (.docx reading) on the same
// .docx. The peers are loaded from node_modules into the benchmark page (an import map for
// markdownlint's ES modules, mammoth's browser bundle).
//   node scripts/bench-browser.mjs        (after scripts/build-wasm.sh)
// Prints medians in milliseconds and the ratios; nothing here is a pass/fail test.
//
// Two figures per call: the first call after instantiation (V8 runs wasm with its baseline
// compiler until a function is hot) and the steady state that live re-checking sees (after 300
// warm-up calls; timed in batches of 5, since Chromium coarsens performance.now() to 0.1 ms).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT, startServer, launch } from "../tests/e2e/harness.mjs";

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
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.origin + "/bench.html");
      const r = await page.evaluate(async () => {
        const text = await (await fetch("/bench-plan.txt")).text();
        const t0 = performance.now();
        const mod = await import("/pkg/dxcheck.js");
        await mod.default();
        const t1 = performance.now();
        mod.check(text);
        return { cold: t1 - t0, first: performance.now() - t1 };
      });
      cold.push(r.cold);
      first.push(r.first);
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
      const text = await (await fetch("/bench-plan.txt")).text();
      const bytes = new Uint8Array(await (await fetch("/bench-plan.docx")).arrayBuffer());
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
      out.check = await steady(() => mod.check(text));
      out.summarize = await steady(() => mod.summarize(text));
      out.checkFile = await steady(() => mod.checkFile(bytes, "plan.docx"), { warm: 100, batches: 30 });
      out.markdownlint = await steady(() => lint({ strings: { plan: text } }), { warm: 20, batches: 20, per: 2 });
      out.mammoth = await steady(() => mammoth.extractRawText({ arrayBuffer: bytes.buffer.slice(0) }), { warm: 10, batches: 20, per: 2 });
      out.before = wasm.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) mod.summarize(text);
      out.after1000 = wasm.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) mod.summarize(text);
      out.after2000 = wasm.memory.buffer.byteLength;
      return out;
    });
    return { cold: median(cold), coldRange: [Math.min(...cold), Math.max(...cold)], first: median(first), ...figures };
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
const ratio = (peer, ours) => `${(peer / ours).toFixed(1)}× ${peer > ours ? "faster" : "slower"}`;
console.log(`DXCheck benchmark — ${new Date().toISOString().slice(0, 10)}, ${PLAN} (${readFileSync(path.join(ROOT, PLAN)).length} B), ${DOCX}`);
console.log(`wasm: ${wasmBytes.length} B raw, ${gzipSync(wasmBytes, { level: 9 }).length} B gzipped (Node zlib -9)`);
console.log(`Chromium: cold start (fetch + compile + instantiate) ${ms(b.cold)} ms (${ms(b.coldRange[0])}–${ms(b.coldRange[1])}) · first check() after it ${ms(b.first)} ms`);
console.log(`Chromium: check() ${ms(b.check)} ms · summarize() ${ms(b.summarize)} ms (report hand-off ≈ ${ms(b.check - b.summarize)} ms) · checkFile(.docx) ${ms(b.checkFile)} ms`);
console.log(`Chromium: wasm memory ${b.before} B → ${b.after1000} B after 1000 checks → ${b.after2000} B after 2000`);
console.log(`Chromium, same page: markdownlint lint() ${ms(b.markdownlint)} ms → DXCheck check() is ${ratio(b.markdownlint, b.check)}`);
console.log(`Chromium, same page: mammoth extractRawText() ${ms(b.mammoth)} ms → DXCheck checkFile() (reads and checks) is ${ratio(b.mammoth, b.checkFile)}`);
console.log(`Node (same wasm, for reference): check() ${ms(n.check)} ms · checkFile(.docx) ${ms(n.checkFile)} ms`);
