// End-to-end: the real page in Debian's Chromium, driven by playwright-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, SHOTS, startServer, launch, openPage, renderedFindings } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const fixture = (name) => readFileSync(path.join(ROOT, "tests/fixtures", name), "utf8");

test("typing a draft without Part II's funding section shows section.missing for P2.V", async () => {
  const { page, requests, errors, context } = await openPage(browser, server.origin + "/");
  const draft = fixture("tinh-day-du.txt").replace(/^V\. KINH PHÍ THỰC HIỆN\n.*\n/m, "");
  await page.fill("#draft", draft.slice(0, -40));
  await page.type("#draft", draft.slice(-40)); // the last characters typed key by key
  const item = page.locator('#findings li[data-rule="section.missing"][data-section="P2.V"]');
  await item.waitFor();
  assert.equal(await item.getAttribute("data-severity"), "error");
  assert.match(await item.textContent(), /Thiếu mục bắt buộc «V\. Kinh phí thực hiện»/);
  // clicking the finding selects its line in the textarea
  await item.click();
  const selected = await page.$eval("#draft", (t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, "VI. TỔ CHỨC THỰC HIỆN");
  await page.screenshot({ path: path.join(SHOTS, "missing-section.png"), fullPage: true });
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(server.origin + "/"));
  assert.deepEqual(foreign, [], "the page requested something outside its own origin");
  await context.close();
});

test("the sample draft loads and the page gives the same findings as the CLI", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  await page.click("#sample");
  await page.waitForSelector("#findings li");
  const shown = await renderedFindings(page);
  const run = spawnSync(path.join(ROOT, "target/debug/dxcheck"), ["--format", "json", path.join(ROOT, "www/sample.txt")], { encoding: "utf8" });
  assert.equal(run.status, 1, "the CLI exits 1 when a file has an error finding");
  const cli = JSON.parse(run.stdout);
  const expected = cli[0].findings.map((f) => ({ rule: f.rule, severity: f.severity, section: f.section, line: f.line }));
  assert.ok(expected.length >= 2, "the sample draft is meant to show findings");
  assert.deepEqual(shown, expected);
  await context.close();
});

test("a draft's markup is shown as text and never runs", async () => {
  const { page, context, errors } = await openPage(browser, server.origin + "/");
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await page.fill("#draft", "<img src=x onerror=alert(1)>\n<script>alert(2)</script>\nPhần I");
  await page.waitForSelector("#findings li");
  assert.equal(await page.locator("#findings img, #findings script").count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await context.close();
});
