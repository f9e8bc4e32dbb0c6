// End-to-end: the two wasm modules (issue 17). A pasted or typed draft is checked by the core
// module (pkg/dxcheck_text_bg.wasm) alone; the full module (pkg/dxcheck_bg.wasm, which reads
// .docx and .odt) is fetched on the first file opened, and its findings are the CLI's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, fixture, fixturePath, openPage, paste, renderedFindings, useServerAndBrowser } from "./harness.mjs";

let server, browser;
useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

const CORE = "/pkg/dxcheck_text_bg.wasm";
const FULL = ["/pkg/dxcheck_bg.wasm", "/pkg/dxcheck.js"];

/** Paths the page and its workers requested (not the service worker, whose install stores both modules for offline use). */
function recordPaths(context) {
  const paths = [];
  context.on("request", (r) => {
    if (!r.serviceWorker()) paths.push(new URL(r.url()).pathname);
  });
  return paths;
}

const cli = (...args) => spawnSync(path.join(ROOT, "target/debug/dxcheck"), args, { encoding: "utf8" });

// the full module's two files (not dxcheck_text.js)
const FULL_URL = /\/pkg\/dxcheck(\.js|_bg\.wasm)$/;

test("a pasted draft is checked with only the core module; the first .docx fetches the full one, with the CLI's findings", async () => {
  const { page, context, errors } = await openPage(browser, "about:blank", "body");
  const paths = recordPaths(context);
  // the full module unavailable while text is pasted and typed (the worker asks for it once a
  // draft is answered, for the live re-check): text needs only the core
  const refused = [];
  const refuse = (route) => (refused.push(new URL(route.request().url()).pathname), route.abort());
  await context.route(FULL_URL, refuse);
  await page.goto(server.origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  await paste(page, fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('#findings li[data-rule="section.missing"][data-section="P2.V"]');
  await page.fill("#draft", fixture("tinh-day-du.txt")); // typed too
  await page.waitForFunction(() => !document.querySelector('#findings li[data-rule="section.missing"][data-section="P2.V"]'));
  assert.ok(paths.includes(CORE), `the core module was fetched: ${paths.join(", ")}`);
  assert.equal(await page.$("body[data-live=true]"), null, "no live re-check without the full module");
  await context.unroute(FULL_URL, refuse);

  await page.setInputFiles("#file", fixturePath("docx/lech-tong.docx"));
  await page.waitForSelector('#findings li[data-rule="budget.total-mismatch"]');
  assert.ok(FULL.every((p) => paths.includes(p)), `the full module was fetched for the file: ${paths.join(", ")}`);
  const fromCli = JSON.parse(cli("--format", "json", fixturePath("docx/lech-tong.docx")).stdout)[0];
  const shown = await renderedFindings(page);
  assert.deepEqual(shown, fromCli.findings.map((f) => ({ rule: f.rule, severity: f.severity, section: f.section ?? null, line: f.line })));
  assert.ok((await page.inputValue("#draft")).startsWith("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG XANH"));

  // a second file and more text: the modules are not fetched again
  const before = paths.filter((p) => p.endsWith(".wasm")).length;
  await page.setInputFiles("#file", fixturePath("thieu-kinh-phi.txt"));
  await page.waitForSelector('#findings li[data-rule="section.missing"][data-section="P2.V"]');
  await paste(page, fixture("tinh-day-du.txt"));
  await page.waitForFunction(() => !document.querySelector('#findings li[data-rule="section.missing"][data-section="P2.V"]'));
  assert.equal(paths.filter((p) => p.endsWith(".wasm")).length, before);
  // with the full module there, the worker's live re-check gets ready
  await page.waitForSelector("body[data-live=true]");
  assert.deepEqual(errors.filter((e) => !refused.some((p) => e.includes(p))), []);
  await context.close();
});

test("<dx-check>: typing fetches only the core module, checkBytes() the full one", async () => {
  const { page, context, errors } = await openPage(browser, "about:blank", "body");
  const paths = recordPaths(context);
  await page.goto(server.origin + "/embed.html");
  await page.waitForSelector("dx-check .dx-status");
  await page.fill("dx-check textarea", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('dx-check li[data-rule="section.missing"][data-section="P2.V"]');
  assert.ok(paths.includes(CORE));
  assert.deepEqual(paths.filter((p) => FULL.includes(p)), []);
  const bytes = [...readFileSync(fixturePath("docx/lech-tong.docx"))];
  const rules = await page.evaluate(async (data) => {
    const report = await document.querySelector("dx-check").checkBytes(new Uint8Array(data), "lech-tong.docx");
    return report.findings.map((f) => f.rule);
  }, bytes);
  assert.ok(rules.includes("budget.total-mismatch"), rules.join(", "));
  assert.ok(FULL.every((p) => paths.includes(p)), paths.join(", "));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the core module: same reports as the full one, profileJson refused with a message; the full module's summaryCsv refuses bad rows", async () => {
  const { page, context, errors } = await openPage(browser, server.origin + "/embed.html", "dx-check .dx-status");
  const text = fixture("thieu-kinh-phi.txt");
  const got = await page.evaluate(async (text) => {
    const core = await import("/pkg/dxcheck_text.js");
    const full = await import("/pkg/dxcheck.js");
    await core.default();
    await full.default();
    const refused = (f) => { try { f(); return null; } catch (e) { return String(e?.message ?? e); } };
    const rows = [core.check(text).row, core.check("").row];
    return {
      same: JSON.stringify(core.check(text, { level: "tinh" })) === JSON.stringify(full.check(text, { level: "tinh" })),
      exports: ["checkFile", "checkPlan", "summaryCsv", "Session"].filter((f) => f in core),
      csv: full.summaryCsv(rows, ";").split("\n").length,
      profileJson: refused(() => core.check(text, { profileJson: "{}" })),
      noArray: refused(() => full.summaryCsv(1)),
      badRow: refused(() => full.summaryCsv([{ ...rows[0], errors: "2" }])),
      missing: refused(() => full.summaryCsv([{ ...rows[0], note: undefined }])),
    };
  }, text);
  assert.equal(got.same, true, "the core's report is the full module's");
  assert.deepEqual(got.exports, [], "files, the batch CSV and the live Session are the full module's");
  assert.equal(got.csv, 4, "a header, two rows and the final line break");
  assert.match(got.profileJson, /profileJson.*dxcheck\.js/);
  assert.match(got.noArray, /summaryCsv: .*must be an array/);
  assert.match(got.badRow, /row 0: `errors` missing or of the wrong type/);
  assert.match(got.missing, /row 0: `note` missing/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the single-file build (one inline module, no worker) reads a .docx too", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(path.join(ROOT, "dist/dxcheck.html")).href);
  await page.waitForSelector("body[data-ready=true]");
  await page.setInputFiles("#file", fixturePath("docx/lech-tong.docx"));
  await page.waitForSelector('#findings li[data-rule="budget.total-mismatch"]');
  assert.ok((await page.inputValue("#draft")).startsWith("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG XANH"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline after one visit, a file still opens: the service worker stored the full module", async () => {
  const { page, context, errors } = await openPage(browser, server.origin + "/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const cache = await caches.open("dxcheck-v2");
    return Boolean(await cache.match("/pkg/dxcheck_bg.wasm")) && Boolean(await cache.match("/pkg/dxcheck.js")) && Boolean(await cache.match("/pkg/dxcheck_text_bg.wasm"));
  }, null, { polling: 100, timeout: 15000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  await page.setInputFiles("#file", fixturePath("docx/lech-tong.docx"));
  await page.waitForSelector('#findings li[data-rule="budget.total-mismatch"]');
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});
