// Where steady check() spends its time in Chromium: the wasm itself under V8's sampling profiler.
// Native instruction counts (callgrind) stopped predicting the browser's time, so this profiles
// what the page runs: headless Chromium (playwright-core, Debian's chromium, the e2e harness's
// server), a module built like scripts/build-wasm.sh's but keeping the wasm name section, warmed
// up, then check() on the distinct-plan corpus in a loop under CDP's Profiler; prints self time
// per function (wasm and the JS glue: encodeInto, JSON.parse, the string decode), per part of the
// crate, and inclusive time. Nothing here changes what build-wasm.sh ships (pkg/).
//
//   node scripts/profile-browser.mjs --build   build target/profile-pkg/full/ (cargo release, the
//                                              same wasm-bindgen and wasm-opt flags as build-wasm.sh,
//                                              read from it, but -g instead of --strip-debug), then profile
//   node scripts/profile-browser.mjs           profile the last build (it says how old it is)
//   options: --core            the core module (`--no-default-features`, target/profile-pkg/core/)
//            --seconds=8       how long the profiled loop runs   --interval=50  sampling, µs
//            --top=45          rows printed                      --text=FILE    another input
//            --save=FILE       the raw profile (.cpuprofile, opens in DevTools' Performance panel)
//            --load=FILE       no run: analyse a profile saved by --save again
//            --js-flags=…      V8 flags, e.g. --js-flags=--no-wasm-inlining (finer attribution:
//                              with inlining, a small callee's time is its caller's)
//            --callers=REGEX   for each function whose name matches: its time (with what it calls)
//                              by caller, and by the functions it calls (to place an allocator's,
//                              memcpy's or a generic's time, or split a function LLVM inlined into)
//            --no-inline=PAT   (with --build) binaryen inlines no function matching PAT (a glob
//                              on names, e.g. '*document*'): with `#[inline(never)]` on a Rust
//                              function, its time shows apart (wasm-opt inlines a function called
//                              from one place, whatever its size); changes the code a little
//                              (binaryen keeps one pattern: it replaces build-wasm.sh's
//                              '*::not_inlined::*')
//            --first           instead of the loop: the first check() after instantiation, in
//                              --runs=8 fresh pages, samples summed (lazy compilation shows as the
//                              self time of the function calling one not compiled yet)
//            --glue            no profile: the JS side of check() timed apart in the page (the
//                              pkg/ module's): encodeInto of the text (and its alternatives),
//                              the report's UTF-8 decode and JSON.parse (and an all-ASCII copy of
//                              the JSON), beside check() itself; per call, median of rounds
//            --compare=DIR     no profile: time check() of pkg/ (the shipped build) against the
//                              module in DIR (a copy of an older pkg/, say), alternating batches
//                              in one page, so both see the same machine; prints medians, the
//                              fastest tenths and their ratios (--compare=NEW,OLD: two dirs);
//                              with --core the two core modules (dxcheck_text.js), else the full
// Times are the page's main-thread CPU time (CDP Performance.getMetrics `ThreadTime`) beside the
// wall time: on the shared machine the wall time waits for the CPU and moves by ±30 %, the CPU
// time by ±1 % (a build against itself: 0.99–1.01), so --compare tells a 1–2 % change.
// Before the profile it times the profiled build against pkg/'s: the name section does not
// change the speed (measured: within 1 %). Sampling every 50 µs slows a check by about half;
// shares, not absolute times, are the result.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { ROOT, startServer } from "../tests/e2e/harness.mjs";

const arg = (name, fallback) => {
  const a = process.argv.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (!a) return fallback;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : true;
};
const CORE = arg("core", false) === true;
const VARIANT = CORE ? "core" : "full";
const OUT = path.join(ROOT, "target/profile-pkg", VARIANT);
const SECONDS = Number(arg("seconds", 8));
const INTERVAL = Number(arg("interval", 50));
const TOP = Number(arg("top", 45));
const TEXT = arg("text", "tests/fixtures/bench/ke-hoach-khac-nhau.txt");
const COMPARE = arg("compare", null);
const JS_FLAGS = arg("js-flags", null);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The wasm-opt arguments build-wasm.sh ships with, so the profiled build is optimised the same. */
function shippedWasmOptArgs() {
  const script = readFileSync(path.join(ROOT, "scripts/build-wasm.sh"), "utf8").replace(/\\\n/g, " ");
  const line = script.split("\n").find((l) => l.trim().startsWith("node_modules/.bin/wasm-opt"));
  if (!line) throw new Error("scripts/build-wasm.sh: no wasm-opt line found");
  // `$rounds`: the module's relooping rounds, none for the core (build-wasm.sh's `full_rounds`)
  const rounds = CORE ? [] : (script.match(/^full_rounds="([^"]*)"/m)?.[1] ?? "").split(/\s+/).filter(Boolean);
  const args = line.trim().split(/\s+/).slice(1).flatMap((a) => (a === "$rounds" ? rounds : [a.replace(/^'(.*)'$/, "$1")]));
  // the input and output ("$wasm" -o "$wasm") are ours to give
  return args.filter((a, i) => !a.startsWith('"') && !(a === "-o" && args[i + 1]?.startsWith('"')));
}

function build() {
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  run("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown", "--quiet", ...(CORE ? ["--no-default-features"] : [])]);
  mkdirSync(OUT, { recursive: true });
  const input = path.join(OUT, "dxcheck.wasm");
  copyFileSync(path.join(ROOT, "target/wasm32-unknown-unknown/release/dxcheck.wasm"), input);
  run("wasm-bindgen", ["--target", "web", "--keep-debug", "--out-dir", OUT, input]);
  const wasm = path.join(OUT, "dxcheck_bg.wasm");
  run("node", [path.join(ROOT, "scripts/panic-trap.mjs"), wasm]); // as build-wasm.sh does (names kept)
  const noInline = arg("no-inline", null);
  // (binaryen keeps one --no-inline pattern: the one asked for replaces build-wasm.sh's)
  const args = shippedWasmOptArgs().filter((a) => a !== "--strip-debug" && !(noInline && a.startsWith("--no-inline=")));
  run(path.join(ROOT, "node_modules/.bin/wasm-opt"), ["-g", ...(noInline ? [`--no-inline=${noInline}`] : []), ...args, wasm, "-o", wasm]);
  console.error(`[profile] built ${path.relative(ROOT, wasm)} (${statSync(wasm).size} B, names kept)`);
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", ...(JS_FLAGS ? [`--js-flags=${JS_FLAGS}`] : [])],
  });
}

/** Serve a directory's files (a module's glue and its .wasm) at `/<prefix>/`. */
async function routeDir(page, prefix, dir) {
  await page.route(`**/${prefix}/**`, (route) => {
    const name = path.basename(new URL(route.request().url()).pathname);
    const file = path.join(dir, name);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    const type = name.endsWith(".wasm") ? "application/wasm" : "text/javascript";
    return route.fulfill({ contentType: type, body: readFileSync(file) });
  });
}

/** In the page: the modules imported and warmed up, kept on globalThis. */
async function loadModules(page, urls) {
  await page.evaluate(async ({ urls, text }) => {
    globalThis.mods = [];
    for (const url of urls) {
      const mod = await import(url);
      await mod.default();
      for (let i = 0; i < 300; i++) mod.check(text);
      globalThis.mods.push(mod);
    }
    globalThis.text = text;
  }, { urls, text: readFileSync(path.join(ROOT, TEXT), "utf8") });
}

/** Alternating batches of checks per module: per check, the medians (and fastest tenths) of the
 * wall time and of the page's main-thread CPU time (CDP's Performance.getMetrics `ThreadTime`:
 * on a machine shared with other work the wall time waits for the CPU, the thread time does not). */
async function timeModules(page, batches = 30, per = 10) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const threadTime = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value * 1000;
  const count = await page.evaluate(() => globalThis.mods.length);
  const wall = [...Array(count)].map(() => []);
  const cpu = [...Array(count)].map(() => []);
  for (let b = 0; b < batches; b++) {
    for (let k = 0; k < count; k++) {
      const t0 = await threadTime();
      const w = await page.evaluate(({ k, per }) => {
        const t0 = performance.now();
        for (let i = 0; i < per; i++) globalThis.mods[k].check(globalThis.text);
        return performance.now() - t0;
      }, { k, per });
      cpu[k].push((await threadTime() - t0) / per);
      wall[k].push(w / per);
    }
  }
  await cdp.detach();
  const fast = (x) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 10)];
  return wall.map((w, k) => ({ wall: median(w), wallFast: fast(w), cpu: median(cpu[k]), cpuFast: fast(cpu[k]) }));
}

const fmt = (t) => `CPU ${t.cpu.toFixed(3)} ms (fastest tenth ${t.cpuFast.toFixed(3)}), wall ${t.wall.toFixed(3)} (${t.wallFast.toFixed(3)})`;

/** A wasm function's name as the name section has it, less Rust's hash suffix. */
const clean = (name) => name.replace(/::h[0-9a-f]{16}$/, "").replace(/^\$/, "");

const isWasm = (frame) => frame.url.startsWith("wasm://") || frame.url.endsWith(".wasm");

/** The part of the program a frame belongs to, for the per-part totals. */
function partOf(frame) {
  const name = clean(frame.functionName);
  if (!isWasm(frame)) return frame.url ? `JS glue (${path.basename(frame.url)})` : `JS/V8: ${name || "(anonymous)"}`;
  if (/^(memcpy|memset|memmove|memcmp|bcmp)$|compiler_builtins::mem/.test(name)) return "wasm: memcpy/memset/memcmp";
  if (/dlmalloc|__rust_(alloc|dealloc|realloc)|alloc::alloc::|__rdl_|RawVec.*grow|finish_grow|reserve/.test(name)) return "wasm: allocator and Vec growth";
  const own = name.match(/dxcheck::(\w+)(?:::(\w+))?/);
  if (own) return `dxcheck::${own[1]}${own[1] === "outline" || own[1] === "rules" || own[1] === "report" ? `::${own[2]}` : ""}`;
  if (/wasm_bindgen|__wbindgen|__externref/.test(name)) return "wasm: wasm-bindgen glue";
  const crate = name.match(/^<?&?(?:mut )?([a-z_]+)::/);
  return `wasm: ${crate ? crate[1] : name}`;
}

function analyse(profile, checks) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (f) => `${clean(f.functionName) || "(anonymous)"}${isWasm(f) || !f.url ? "" : ` [${path.basename(f.url)}]`}`;
  const self = new Map();
  const total = new Map();
  const parts = new Map();
  // wasm-opt's --merge-similar-functions (and -Oz's inlining) make functions the name section
  // does not name (wasm-function[N]): each is shown with its callers
  const callers = new Map();
  const add = (m, k, dt) => m.set(k, (m.get(k) ?? 0) + dt);
  let all = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // the time until the next sample is this sample's
    const dt = (timeDeltas[i + 1] ?? INTERVAL) / 1000;
    let node = byId.get(samples[i]);
    const frame = node.callFrame;
    if (frame.functionName === "(idle)") continue;
    all += dt;
    add(self, key(frame), dt);
    add(parts, partOf(frame), dt);
    if (/^wasm-function\[/.test(frame.functionName)) {
      const by = callers.get(key(frame)) ?? new Map();
      callers.set(key(frame), by);
      add(by, key(byId.get(parent.get(node.id))?.callFrame ?? { functionName: "?", url: "" }), dt);
    }
    const seen = new Set();
    for (; node; node = byId.get(parent.get(node.id))) {
      const k = key(node.callFrame);
      if (!seen.has(k)) {
        seen.add(k);
        add(total, k, dt);
      }
    }
  }
  const pattern = arg("callers", null);
  if (pattern) {
    // a sample is a stack: each function on it matching the pattern (once per stack) gets the
    // sample's time, under its caller and under the callee the stack goes through
    const re = new RegExp(pattern);
    const by = new Map();
    for (let i = 0; i < samples.length; i++) {
      const dt = (timeDeltas[i + 1] ?? INTERVAL) / 1000;
      const stack = [];
      for (let node = byId.get(samples[i]); node; node = byId.get(parent.get(node.id))) stack.push(key(node.callFrame));
      if (stack[0] === "(idle)") continue;
      const seen = new Set();
      stack.forEach((k, d) => {
        if (!re.test(k) || seen.has(k)) return;
        seen.add(k);
        const e = by.get(k) ?? { total: 0, callers: new Map(), callees: new Map() };
        by.set(k, e);
        e.total += dt;
        add(e.callers, stack[d + 1] ?? "(root)", dt);
        add(e.callees, d > 0 ? stack[d - 1] : "(self)", dt);
      });
    }
    for (const [k, e] of [...by].sort((a, b) => b[1].total - a[1].total).slice(0, 12)) {
      console.log(`\n${k}: ${((100 * e.total) / all).toFixed(1)}% with what it calls`);
      const rows = (m, what) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([c, t]) => console.log(`    ${((100 * t) / all).toFixed(1).padStart(5)}%  ${what} ${c}`));
      rows(e.callers, "from");
      rows(e.callees, "  to");
    }
  }
  const pct = (x) => `${((100 * x) / all).toFixed(1).padStart(5)}%`;
  const per = (x) => (x / checks).toFixed(4).padStart(7);
  console.log(`\n${checks} checks in ${all.toFixed(0)} ms sampled (${(all / checks).toFixed(3)} ms a check, profiler on)`);
  console.log(`\nself time by part\n  share   ms/check  part`);
  for (const [k, v] of [...parts].sort((a, b) => b[1] - a[1])) if (v / all >= 0.002) console.log(`  ${pct(v)}  ${per(v)}  ${k}`);
  console.log(`\nself time by function (top ${TOP}; total = with what it calls)\n  self    ms/check  total   function`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    const by = callers.get(k);
    const from = by ? ` ← ${[...by].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, t]) => `${c} ${Math.round((100 * t) / v)}%`).join(", ")}` : "";
    console.log(`  ${pct(v)}  ${per(v)}  ${pct(total.get(k) ?? 0)}  ${k}${from}`);
  }
}

/** --first: the first check() after instantiation, profiled in fresh pages (RUNS of them, the
 * samples summed): where its time goes, lazy compilation and one-time set-up included. */
async function profileFirst(browser, server) {
  const runs = Number(arg("runs", 8));
  const merged = { nodes: [], samples: [], timeDeltas: [] };
  let offset = 0;
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/bench.html");
    await routeDir(page, "profile-pkg", OUT);
    await page.evaluate(async (text) => {
      globalThis.text = text;
      globalThis.mod = await import("/profile-pkg/dxcheck.js");
      await globalThis.mod.default();
    }, readFileSync(path.join(ROOT, TEXT), "utf8"));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: INTERVAL });
    await cdp.send("Profiler.start");
    await page.evaluate(() => { globalThis.mod.check(globalThis.text); });
    const { profile } = await cdp.send("Profiler.stop");
    // node ids made unique across runs; each run's first delta is the gap before it started
    for (const n of profile.nodes) merged.nodes.push({ ...n, id: n.id + offset, children: (n.children ?? []).map((c) => c + offset) });
    profile.samples.forEach((s, i) => { merged.samples.push(s + offset); merged.timeDeltas.push(i === 0 ? 0 : profile.timeDeltas[i]); });
    offset += Math.max(...profile.nodes.map((n) => n.id)) + 1;
    await context.close();
  }
  const save = arg("save", null);
  if (save) writeFileSync(save, JSON.stringify({ ...merged, checks: runs }));
  analyse(merged, runs);
}

if (arg("first", false)) {
  if (arg("build", false)) build();
  const server = await startServer();
  const browser = await launch();
  try {
    await profileFirst(browser, server);
  } finally {
    await browser.close();
    server.stop();
  }
  process.exit(0);
}

/** --glue: what the JS side of check() costs, each part timed apart on the same text. */
async function timeGlue(page) {
  const glue = CORE ? "/pkg/dxcheck_text.js" : "/pkg/dxcheck.js";
  const out = await page.evaluate(async ({ glue, text }) => {
    const mod = await import(glue);
    await mod.default();
    for (let i = 0; i < 50; i++) mod.check(text);
    const json = JSON.stringify(mod.check(text));
    const bytes = new TextEncoder().encode(json);
    // the same JSON with every non-ASCII character escaped (\uXXXX): the decode's ASCII path
    const ascii = json.replace(/[^\x00-\x7f]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
    const asciiBytes = new TextEncoder().encode(ascii);
    const encoder = new TextEncoder();
    // as wasm-bindgen's glue decodes
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
    const into = new Uint8Array(text.length * 3);
    const parts = {
      "check()": [() => mod.check(text), 10],
      "summarize() (no report)": [() => mod.summarize(text), 10],
      "encodeInto (as utf8() in wasm.rs)": [() => encoder.encodeInto(text, into), 50],
      "encode (a new array)": [() => encoder.encode(text), 50],
      "new TextEncoder()": [() => new TextEncoder(), 5000],
      "decode of the report's JSON": [() => decoder.decode(bytes), 200],
      "JSON.parse of it": [() => JSON.parse(json), 200],
      "decode + JSON.parse": [() => JSON.parse(decoder.decode(bytes)), 200],
      "decode + JSON.parse, all-ASCII JSON": [() => JSON.parse(decoder.decode(asciiBytes)), 200],
    };
    const times = Object.fromEntries(Object.keys(parts).map((k) => [k, []]));
    for (let r = 0; r < 15; r++) {
      for (const [k, [f, n]] of Object.entries(parts)) {
        const t = performance.now();
        for (let i = 0; i < n; i++) f();
        times[k].push((performance.now() - t) / n);
      }
    }
    const med = (x) => [...x].sort((a, b) => a - b)[x.length >> 1];
    return { units: text.length, utf8: encoder.encode(text).length, json: bytes.length, ascii: asciiBytes.length,
      times: Object.fromEntries(Object.entries(times).map(([k, x]) => [k, med(x)])) };
  }, { glue, text: readFileSync(path.join(ROOT, TEXT), "utf8") });
  const check = out.times["check()"];
  console.log(`${glue} on ${TEXT}: ${out.units} UTF-16 units, ${out.utf8} B of UTF-8; the report's JSON ${out.json} B (all-ASCII: ${out.ascii} B)`);
  console.log(`wall time per call, median of 15 rounds (a busy machine inflates all alike: read the shares)`);
  for (const [k, t] of Object.entries(out.times)) console.log(`  ${(t * 1000).toFixed(1).padStart(9)} µs  ${((100 * t) / check).toFixed(1).padStart(5)} % of check()  ${k}`);
}

if (arg("load", null)) {
  // a profile saved by --save, analysed again (other --callers, --top)
  const profile = JSON.parse(readFileSync(arg("load"), "utf8"));
  analyse(profile, profile.checks ?? 1);
  process.exit(0);
}
const server = await startServer();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.origin + "/bench.html");
  if (arg("glue", false)) {
    await timeGlue(page);
  } else if (COMPARE) {
    // DIR, or NEW,OLD: two builds' dxcheck.js + dxcheck_bg.wasm (pkg/ is the first when one is given)
    const [first, second] = COMPARE.includes(",") ? COMPARE.split(",") : ["pkg", COMPARE];
    await routeDir(page, "a-pkg", path.resolve(ROOT, first));
    await routeDir(page, "b-pkg", path.resolve(ROOT, second));
    // --core: both dirs' core modules (dxcheck_text.js + dxcheck_text_bg.wasm), else the full ones
    const glue = CORE ? "dxcheck_text.js" : "dxcheck.js";
    await loadModules(page, [`/a-pkg/${glue}`, `/b-pkg/${glue}`]);
    const rounds = [];
    for (let r = 0; r < 4; r++) rounds.push(await timeModules(page, 15));
    const [a, b] = await timeModules(page, 45);
    const ratios = rounds.map(([x, y]) => (x.cpu / y.cpu).toFixed(3)).join(", ");
    console.log(`check() on ${TEXT}, per check (median):\n  ${first}: ${fmt(a)}\n  ${second}: ${fmt(b)}\n  ${first} ÷ ${second}: CPU ${(a.cpu / b.cpu).toFixed(3)} (four shorter rounds before: ${ratios}), wall ${(a.wall / b.wall).toFixed(3)}`);
  } else {
    if (arg("build", false)) build();
    const wasm = path.join(OUT, "dxcheck_bg.wasm");
    if (!existsSync(wasm)) throw new Error(`no ${path.relative(ROOT, wasm)}: run with --build`);
    const age = (Date.now() - statSync(wasm).mtimeMs) / 60000;
    console.error(`[profile] ${path.relative(ROOT, wasm)}, built ${age.toFixed(0)} min ago`);
    await routeDir(page, "profile-pkg", OUT);
    const shipped = CORE ? "/pkg/dxcheck_text.js" : "/pkg/dxcheck.js";
    const haveShipped = existsSync(path.join(ROOT, "pkg", path.basename(shipped)));
    await loadModules(page, ["/profile-pkg/dxcheck.js", ...(haveShipped ? [shipped] : [])]);
    const times = await timeModules(page);
    console.log(`check() on ${TEXT}, per check (median): profiled build ${fmt(times[0])}` + (haveShipped ? `; shipped ${shipped}: ${fmt(times[1])}` : ""));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: INTERVAL });
    await cdp.send("Profiler.start");
    const checks = await page.evaluate((seconds) => {
      const mod = globalThis.mods[0];
      const end = performance.now() + seconds * 1000;
      let n = 0;
      while (performance.now() < end) {
        mod.check(globalThis.text);
        n++;
      }
      return n;
    }, SECONDS);
    const { profile } = await cdp.send("Profiler.stop");
    const save = arg("save", null);
    // (with the number of checks, for --load; DevTools reads the rest)
    if (save) writeFileSync(save, JSON.stringify({ ...profile, checks }));
    analyse(profile, checks);
  }
} finally {
  await browser.close();
  server.stop();
}
