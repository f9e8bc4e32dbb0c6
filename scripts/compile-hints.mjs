// WebAssembly compilation hints for the first check: which functions V8 compiles on the main
// thread during the first check() after instantiation, and a copy of the module whose
// `metadata.code.compilation_priority` custom section (the compilation-hints proposal) asks V8 to
// compile them ahead, on background threads while the module streams in.
//
//   node scripts/compile-hints.mjs [--full] [--runs=3] [--out=target/hinted-pkg]
//     traces the first check() of the corpus in fresh pages of headless Chromium (trace events
//     wasm.CompileLazy / wasm.CompileBaseline: function index, body size, main-thread time) on
//     pkg/dxcheck_text_bg.wasm (--full: pkg/dxcheck_bg.wasm), prints where the lazy compilation
//     goes, and writes OUT/ (the glue and the hinted module) for scripts/bench-browser.mjs --first.
//
// Finding (Chromium 156, V8 15.6): V8 reads the section only with
// `--js-flags=--wasm-compilation-hints` (an experimental feature, off by default; without it the
// section is skipped, and Blink has no origin trial for it), so pkg/ ships without one: it would
// cost ~3 B gzip per function hinted (+907 B for the 319 the core's first check compiles) and
// change nothing in a user's browser. With the flag the first check compiles nothing on the main
// thread (4.4–4.7 ms CPU instead of 13). Measured by bench-browser.mjs --first (README,
// Performance). V8's older `compilationHints` section is no longer decoded at all.
//
// The section (the proposal's binary format, as V8 decodes it): vec of (function index, byte
// offset 0, hint length 1, compilation priority 0 = the most urgent), function indices
// increasing; it is placed before the code section, where streaming compilation reads it before
// it compiles the bodies.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { ROOT, startServer } from "../tests/e2e/harness.mjs";

const uleb = (x) => {
  const out = [];
  do {
    let b = x & 0x7f;
    x >>>= 7;
    if (x) b |= 0x80;
    out.push(b);
  } while (x);
  return out;
};

/** The sections of a wasm module ({id, start: its first byte, end}), the number of imported
 * functions and each defined function's index and body size. */
export function sections(bytes) {
  let p = 8;
  const u32 = () => {
    let r = 0, shift = 0, b;
    do {
      b = bytes[p++];
      r |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return r >>> 0;
  };
  const list = [];
  let imported = 0;
  const bodies = [];
  while (p < bytes.length) {
    const start = p;
    const id = bytes[p++];
    const size = u32();
    const end = p + size;
    list.push({ id, start, end });
    if (id === 2) {
      // imports: count the functions (kind 0) among them
      for (let n = u32(), i = 0; i < n; i++) {
        for (let k = 0; k < 2; k++) {
          const length = u32(); // (p += u32() would add to p's value before the read)
          p += length;
        }
        const kind = bytes[p++];
        if (kind === 0) { u32(); imported++; }
        else if (kind === 1) { p++; if (bytes[p++] & 1) { u32(); u32(); } else u32(); }
        else if (kind === 2) { if (bytes[p++] & 1) { u32(); u32(); } else u32(); }
        else if (kind === 3) p += 2;
        else throw new Error(`import kind ${kind}`);
      }
    }
    if (id === 10) for (let n = u32(), i = 0; i < n; i++) {
      const size = u32();
      bodies.push({ index: imported + i, size });
      p += size;
    }
    p = end;
  }
  return { list, imported, bodies };
}

/** The function names of a module's name section (index → name), empty without one. */
export function functionNames(bytes) {
  const names = new Map();
  const custom = sections(bytes).list.filter((s) => s.id === 0);
  for (const s of custom) {
    let p = s.start + 1;
    const u32 = () => {
      let r = 0, shift = 0, b;
      do {
        b = bytes[p++];
        r |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      return r >>> 0;
    };
    u32(); // the section's size
    const length = u32();
    if (Buffer.from(bytes.subarray(p, p + length)).toString() !== "name") continue;
    p += length;
    while (p < s.end) {
      const kind = bytes[p++];
      const size = u32();
      const end = p + size;
      if (kind === 1) for (let n = u32(), i = 0; i < n; i++) {
        const index = u32();
        const l = u32();
        names.set(index, Buffer.from(bytes.subarray(p, p + l)).toString());
        p += l;
      }
      p = end;
    }
  }
  return names;
}

/** `bytes` with a compilation-priority section asking for `functions` (indices) first. */
export function withHints(bytes, functions) {
  const name = Buffer.from("metadata.code.compilation_priority");
  const body = uleb(functions.length);
  for (const f of [...functions].sort((a, b) => a - b)) body.push(...uleb(f), 0, 1, 0);
  const payload = [...uleb(name.length), ...name, ...body];
  const section = Buffer.from([0, ...uleb(payload.length), ...payload]);
  const code = sections(bytes).list.find((s) => s.id === 10);
  if (!code) throw new Error("no code section");
  return Buffer.concat([bytes.subarray(0, code.start), section, bytes.subarray(code.start)]);
}

/** The functions the first check() of the corpus compiles on the main thread, in `runs` fresh
 * pages of `browser` loading `glue` (a URL on `origin`): index → {ms (main-thread time of
 * wasm.CompileLazy, a run's mean), bytes}. */
export async function firstCheckFunctions(browser, origin, glue, runs = 3, dir = null) {
  const found = new Map();
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    try {
      // `dir`: a build outside what the server serves, answered as /names-pkg/
      if (dir) await context.route("**/names-pkg/*", (route) => route.fulfill({ path: path.join(dir, new URL(route.request().url()).pathname.split("/").pop()) }));
      const page = await context.newPage();
      await page.goto(origin + "/bench.html");
      await page.evaluate(async (glue) => {
        globalThis.text = await (await fetch("/bench-corpus.txt")).text();
        globalThis.mod = await import(glue);
        await globalThis.mod.default();
      }, glue);
      const cdp = await context.newCDPSession(page);
      const events = [];
      cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.start", {
        transferMode: "ReportEvents",
        traceConfig: { includedCategories: ["v8.wasm", "disabled-by-default-v8.wasm.detailed"], excludedCategories: ["*"] },
      });
      await page.evaluate(() => { globalThis.mod.check(globalThis.text); });
      await cdp.send("Tracing.end");
      await done;
      const main = events.find((e) => e.name === "wasm.CompileLazy")?.tid;
      for (const e of events) {
        if (e.tid !== main || e.ph !== "X") continue;
        if (e.name === "wasm.CompileLazy") {
          const f = found.get(e.args.func_index) ?? { ms: 0, bytes: 0 };
          f.ms += (e.tdur ?? e.dur) / 1000 / runs;
          found.set(e.args.func_index, f);
        } else if (e.name === "wasm.CompileBaseline" && found.has(e.args.funcIndex)) {
          found.get(e.args.funcIndex).bytes = e.args.bodySize;
        }
      }
    } finally {
      await context.close();
    }
  }
  return found;
}

/** Trace pkg/'s module and write `out`/: its glue and a copy of the module hinted with what the
 * first check compiled. Returns the figures to print. */
export async function hintedCopy(browser, origin, { full = false, runs = 3, out = path.join(ROOT, "target/hinted-pkg") } = {}) {
  const name = full ? "dxcheck" : "dxcheck_text";
  const wasm = readFileSync(path.join(ROOT, "pkg", `${name}_bg.wasm`));
  const found = await firstCheckFunctions(browser, origin, `/pkg/${name}.js`, runs);
  const hinted = withHints(wasm, [...found.keys()]);
  mkdirSync(out, { recursive: true });
  copyFileSync(path.join(ROOT, "pkg", `${name}.js`), path.join(out, `${name}.js`));
  writeFileSync(path.join(out, `${name}_bg.wasm`), hinted);
  // measured as scripts/size-check.sh does: GNU gzip -9 -n
  const gzip = (bytes) => execFileSync("gzip", ["-9", "-n", "-c"], { input: bytes, maxBuffer: 1 << 26 }).length;
  const { bodies } = sections(wasm);
  return {
    name,
    functions: found.size,
    of: bodies.length,
    bytes: [...found.values()].reduce((s, f) => s + f.bytes, 0),
    code: bodies.reduce((s, b) => s + b.size, 0),
    ms: [...found.values()].reduce((s, f) => s + f.ms, 0),
    largest: [...found].sort((a, b) => b[1].ms - a[1].ms).slice(0, 5),
    sectionBytes: hinted.length - wasm.length,
    gzipCost: gzip(hinted) - gzip(wasm),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (n, d) => process.argv.find((a) => a.startsWith(`--${n}=`))?.split("=")[1] ?? d;
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    // --ab=DIR: the first check() of the corpus on a fresh page with pkg/'s core module against
    // DIR's (a copy of an older pkg/), alternating, --runs=N pages each: main-thread CPU
    // (ThreadTime) of the check alone, medians; < 1 means pkg/ is faster. Noisy on a loaded
    // machine: pkg/ against a copy of itself gave 0.960 (16 pages each, load 13), so a ratio
    // within ±5 % there says nothing; count instructions natively and bytes compiled instead
    const ab = arg("ab", null);
    if (ab) {
      const dirs = [path.join(ROOT, "pkg"), path.resolve(ROOT, ab)];
      const cpu = [[], []];
      for (let r = 0; r < Number(arg("runs", 20)); r++) {
        for (const k of r % 2 ? [1, 0] : [0, 1]) {
          const context = await browser.newContext();
          await context.route("**/ab-pkg/*", (route) => {
            const file = path.join(dirs[k], path.basename(new URL(route.request().url()).pathname));
            return route.fulfill({ contentType: file.endsWith(".wasm") ? "application/wasm" : "text/javascript", body: readFileSync(file) });
          });
          const page = await context.newPage();
          await page.goto(server.origin + "/bench.html");
          const cdp = await context.newCDPSession(page);
          await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
          const now = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value * 1000;
          await page.evaluate(async () => {
            globalThis.text = await (await fetch("/bench-corpus.txt")).text();
            globalThis.mod = await import("/ab-pkg/dxcheck_text.js");
            await globalThis.mod.default();
          });
          const e0 = await now();
          await page.evaluate(() => 0);
          const empty = (await now()) - e0;
          const c0 = await now();
          await page.evaluate(() => { globalThis.mod.check(globalThis.text); });
          cpu[k].push((await now()) - c0 - empty);
          await context.close();
        }
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(`first check() of the corpus, core module, main-thread CPU (medians of ${cpu[0].length}): pkg/ ${med(cpu[0]).toFixed(2)} ms, ` +
        `${ab} ${med(cpu[1]).toFixed(2)} ms, ratio ${(med(cpu[0]) / med(cpu[1])).toFixed(3)}`);
      await browser.close();
      server.stop();
      process.exit(0);
    }
    // --names=DIR: the functions a first check compiles, by name and size, in a build that keeps
    // the name section (`node scripts/profile-browser.mjs --core --build`: DIR =
    // target/profile-pkg/core), largest first; --names-all: every function, a first check's marked
    const names = arg("names", null);
    if (names) {
      const dir = path.resolve(ROOT, names);
      const wasm = readFileSync(path.join(dir, "dxcheck_bg.wasm"));
      const found = await firstCheckFunctions(browser, server.origin, "/names-pkg/dxcheck.js", Number(arg("runs", 2)), dir);
      const named = functionNames(wasm);
      const { bodies } = sections(wasm);
      const rows = bodies.map((b) => ({ ...b, name: named.get(b.index) ?? `#${b.index}`, first: found.has(b.index), ms: found.get(b.index)?.ms ?? 0 }));
      rows.sort((a, b) => b.size - a.size);
      const first = rows.filter((r) => r.first);
      console.log(`first check compiles ${first.length} of ${rows.length} functions, ${first.reduce((s, r) => s + r.size, 0)} of ${rows.reduce((s, r) => s + r.size, 0)} B`);
      for (const r of process.argv.includes("--names-all") ? rows : first) {
        console.log(`${r.first ? "*" : " "} ${String(r.size).padStart(7)} B ${r.ms.toFixed(3).padStart(6)} ms  #${r.index} ${r.name}`);
      }
      await browser.close();
      server.stop();
      process.exit(0);
    }
    const h = await hintedCopy(browser, server.origin, { full: process.argv.includes("--full"), runs: Number(arg("runs", 3)), out: path.resolve(ROOT, arg("out", "target/hinted-pkg")) });
    console.log(`pkg/${h.name}_bg.wasm, first check() of the corpus: ${h.functions} of ${h.of} functions compiled on the main thread, ` +
      `${h.bytes} of ${h.code} B of code, ${h.ms.toFixed(2)} ms (wasm.CompileLazy, traced)`);
    console.log(`largest: ${h.largest.map(([f, x]) => `#${f} ${x.bytes} B ${x.ms.toFixed(2)} ms`).join(", ")}`);
    console.log(`hinted copy in ${arg("out", "target/hinted-pkg")}/: section ${h.sectionBytes} B, +${h.gzipCost} B gzip -9 -n`);
  } finally {
    await browser.close();
    server.stop();
  }
}
