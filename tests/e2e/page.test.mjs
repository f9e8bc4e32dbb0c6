// End-to-end: the real page in Debian's Chromium, driven by playwright-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
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
const fixturePath = (name) => path.join(ROOT, "tests/fixtures", name);
const cli = (...args) => spawnSync(path.join(ROOT, "target/debug/dxcheck"), args, { encoding: "utf8" });
/** Requests that went somewhere other than the page's own origin (blob: and data: stay local). */
const foreign = (requests) => requests.filter((u) => !u.startsWith(server.origin + "/") && !u.startsWith("blob:") && !u.startsWith("data:"));

test("typing a draft shows section.missing, and clicking it selects its place", async () => {
  const { page, requests, errors, context } = await openPage(browser, server.origin + "/");
  const draft = fixture("tinh-day-du.txt").replace(/^V\. KINH PHÍ THỰC HIỆN\n.*\n/m, "");
  await page.fill("#draft", draft.slice(0, -40));
  await page.type("#draft", draft.slice(-40)); // the last characters typed key by key
  const item = page.locator('#findings li[data-rule="section.missing"][data-section="P2.V"]');
  await item.waitFor();
  assert.equal(await item.getAttribute("data-severity"), "error");
  assert.match(await item.textContent(), /Thiếu mục bắt buộc «V\. Kinh phí thực hiện»/);
  // the finding is marked in the draft and clicking it selects the place
  assert.equal(await page.locator('#backdrop mark[data-severity="error"]').count(), 1);
  await item.click();
  const selected = await page.$eval("#draft", (t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, "VI. TỔ CHỨC THỰC HIỆN");
  // …and scrolled into view
  const visible = await page.evaluate(() => {
    const mark = document.querySelector("#backdrop mark");
    const draft = document.getElementById("draft");
    return mark.offsetTop >= draft.scrollTop && mark.offsetTop < draft.scrollTop + draft.clientHeight;
  });
  assert.ok(visible, "the selected place is scrolled into view");
  await page.screenshot({ path: path.join(SHOTS, "1-go-truc-tiep.png"), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(requests), [], "the page requested something outside its own origin");
  await context.close();
});

test("the sample draft gives the same findings as the CLI, grouped by section", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  await page.click("#sample");
  // the empty draft's own finding is on the page before the sample is fetched and checked
  await page.waitForSelector('#findings li[data-rule="section.missing"]');
  const shown = await renderedFindings(page);
  const run = cli("--format", "json", path.join(ROOT, "www/sample.txt"));
  assert.equal(run.status, 1, "the CLI exits 1 when a file has an error finding");
  const expected = JSON.parse(run.stdout)[0].findings.map((f) => ({ rule: f.rule, severity: f.severity, section: f.section, line: f.line }));
  assert.ok(expected.length >= 4, "the sample draft is meant to show findings");
  const order = (a, b) => a.line - b.line || a.rule.localeCompare(b.rule);
  assert.deepEqual([...shown].sort(order), [...expected].sort(order));
  // grouped: one group per section, in template order
  const groups = await page.$$eval("#findings section.group", (g) => g.map((x) => x.dataset.section));
  assert.deepEqual(groups, ["P1", "P1.II.3.b", "P2.IV", "P2.V"]);
  // severity filter
  await page.uncheck("#show-warning");
  assert.equal(await page.locator('#findings li[data-severity="warning"]').count(), 0);
  await page.check("#show-warning");
  // the other tabs
  await page.click("#tab-checklist");
  assert.equal(await page.getAttribute('#panel-checklist li[data-section="P1.II.3.b"]', "data-status"), "missing");
  assert.equal(await page.getAttribute('#panel-checklist li[data-section="P2.IV"]', "data-status"), "empty");
  assert.match(await page.textContent("#panel-checklist .count"), /^\d+\/\d+ mục có nội dung$/);
  await page.check("#checklist-only");
  assert.equal(await page.locator('#panel-checklist li[data-status="present"]').count(), 0);
  assert.ok(await page.locator('#panel-checklist li[data-status="missing"]').count() >= 1);
  await page.uncheck("#checklist-only");
  await page.click('#panel-checklist li[data-section="P2.IV"] button');
  const line = await page.$eval("#draft", (t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.match(line, /GIẢI PHÁP/i);
  await page.click("#tab-targets");
  assert.ok(await page.locator("#panel-targets tr[data-verdict]").count() > 0);
  assert.match(await page.textContent("#panel-targets"), /1\.4 .*60% \(2024\)/s);
  await page.click("#tab-budget");
  // declared total, sum of the list, sum by source; then the two sources
  assert.equal(await page.locator("#panel-budget svg rect").count(), 5);
  assert.match(await page.textContent("#panel-budget"), /52\.300 triệu đồng.*53\.300 triệu đồng/s);
  assert.match(await page.textContent("#panel-budget .diffs"), /Danh mục \(mục VII\) chênh so với tổng mục V: 1\.000 triệu đồng/);
  await page.screenshot({ path: path.join(SHOTS, "2-kinh-phi.png"), fullPage: true });
  // every rule is listed on the page, in Vietnamese
  const listed = await page.$$eval("#rules-table tr[data-rule]", (trs) => trs.map((tr) => tr.dataset.rule));
  const fromCli = cli("--rules").stdout.trim().split("\n").map((l) => l.split(/\s+/)[0]);
  assert.deepEqual(listed, fromCli);
  await context.close();
});

test("a dropped .docx is read in the page; its exported JSON equals the CLI's", async () => {
  const { page, context, requests } = await openPage(browser, server.origin + "/");
  await page.setInputFiles("#file", fixturePath("docx/lech-tong.docx"));
  const item = page.locator('#findings li[data-rule="budget.total-mismatch"]');
  await item.waitFor();
  assert.match(await item.textContent(), /đoạn 102/);
  assert.ok((await page.inputValue("#draft")).startsWith("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG XANH"));
  await page.screenshot({ path: path.join(SHOTS, "3-tep-docx.png"), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  const fromCli = JSON.parse(cli("--format", "json", fixturePath("docx/lech-tong.docx")).stdout);
  fromCli[0].file = "lech-tong.docx"; // the page knows the file by its name, the CLI by its path
  fromCli[0].row.file = "lech-tong.docx";
  assert.deepEqual(exported, fromCli);
  assert.deepEqual(foreign(requests), []);
  await context.close();
});

test("a .docx dragged onto the editor is checked like one picked", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  const bytes = [...readFileSync(fixturePath("docx/lech-tong.docx"))];
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], "lech-tong.docx"));
    const editor = document.getElementById("editor");
    editor.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    editor.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await page.waitForSelector('#findings li[data-rule="budget.total-mismatch"]');
  assert.ok((await page.inputValue("#draft")).includes("VII. DANH MỤC NHIỆM VỤ, DỰ ÁN"));
  await context.close();
});

test("several files make one table for reviewers, downloadable as CSV", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  await page.setInputFiles("#file", ["tinh-day-du.txt", "thieu-kinh-phi.txt", "docx/lech-tong.docx", "docx/rac.docx"].map(fixturePath));
  await page.waitForSelector("#batch-table tbody tr:nth-child(4)");
  const rows = await page.$$eval("#batch-table tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  // file, state, …, errors (4), …, missing sections by title (11)
  assert.deepEqual(rows.map((r) => [r[0], r[4], r[11]]), [
    ["tinh-day-du.txt", "0", ""],
    ["thieu-kinh-phi.txt", "1", "P2.V Kinh phí thực hiện"],
    ["lech-tong.docx", "1", ""],
    ["rac.docx", "1", ""],
  ]);
  assert.equal(await page.getAttribute('#batch-table tr[data-file="rac.docx"]', "data-state"), "unreadable");
  assert.match(rows[3][1], /^không đọc được: /);
  const headers = await page.$$eval("#batch-table thead th", (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(headers.slice(0, 5), ["Tệp", "Tình trạng", "Cấp", "Năm KH", "Lỗi"]);
  // the table is announced and scrolled into view
  assert.match(await page.textContent("#status"), /Đã kiểm tra 4 tệp, 1 tệp không đọc được/);
  assert.ok(await page.evaluate(() => { const r = document.getElementById("batch").getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
  const csv = readFileSync(await download.path(), "utf8");
  // the checker's CSV (src/report/csv.rs), the same as `dxcheck --format csv`
  assert.ok(csv.startsWith("\ufeffTệp / file,Cấp / level,Năm / plan_year,Đọc được / readable,Lỗi / errors,"));
  assert.match(csv, /thieu-kinh-phi\.txt,tinh,2024,có \/ yes,1,0,0,1,0,0,0,P2\.V Kinh phí thực hiện,/);
  // `;` for Excel in a Vietnamese locale
  await page.check("#csv-semicolon");
  const [download2] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
  assert.match(readFileSync(await download2.path(), "utf8"), /^\ufeffTệp \/ file;Cấp \/ level;/);
  // JSON of the whole batch
  const [download3] = await Promise.all([page.waitForEvent("download"), page.click("#batch-json")]);
  const all = JSON.parse(readFileSync(await download3.path(), "utf8"));
  assert.deepEqual(all.map((r) => r.file), ["tinh-day-du.txt", "thieu-kinh-phi.txt", "lech-tong.docx", "rac.docx"]);
  // a row opens that file's text and findings
  await page.click('#batch-table tr[data-file="thieu-kinh-phi.txt"] button');
  await page.waitForSelector('#findings li[data-rule="section.missing"][data-section="P2.V"]');
  assert.equal(await page.inputValue("#draft"), fixture("thieu-kinh-phi.txt"));
  await page.screenshot({ path: path.join(SHOTS, "4-tong-hop.png"), fullPage: true });
  await context.close();
});

test("a draft's markup is shown as text and never runs", async () => {
  const { page, context, errors } = await openPage(browser, server.origin + "/");
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await page.fill("#draft", "<img src=x onerror=alert(1)>\n<script>alert(2)</script>\nPhần I");
  await page.waitForSelector("#findings li");
  assert.equal(await page.locator("#findings img, #findings script, #backdrop img, #backdrop script").count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the draft survives a reload, the page works offline, and English is one click away", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  await page.fill("#draft", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // the service worker has cached the page's files (install fills the cache)
  await page.waitForFunction(async () => {
    const cache = await caches.open("dxcheck-v2");
    return Boolean(await cache.match("/pkg/dxcheck_bg.wasm")) && Boolean(await cache.match("/app.js"));
  }, null, { polling: 100, timeout: 15000 });
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.inputValue("#draft"), fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  // the embedding example works offline too (its files are cached)
  await page.goto(server.origin + "/embed.html");
  await page.fill("dx-check textarea", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('dx-check li[data-rule="section.missing"][data-section="P2.V"]');
  await page.goto(server.origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  await context.setOffline(false);
  await page.click("#lang");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.textContent('#findings li[data-section="P2.V"]'), /Required section "V\. Funding"/);
  await page.screenshot({ path: path.join(SHOTS, "5-english.png"), fullPage: true });
  await page.click("#clear");
  assert.equal(await page.inputValue("#draft"), "");
  await context.close();
});

test("<dx-check> works inside a page with a strict CSP", async () => {
  const { page, context, errors, requests } = await openPage(browser, server.origin + "/embed.html", "dx-check .dx-status");
  const violations = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.fill("dx-check textarea", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('dx-check li[data-rule="section.missing"][data-section="P2.V"]');
  assert.equal(await page.locator("dx-check li[data-rule]").count(), 1);
  assert.equal(await page.textContent("#errors"), "1", "the portal heard the report event");
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(requests), []);
  await page.screenshot({ path: path.join(SHOTS, "6-nhung.png"), fullPage: true });
  await context.close();
});

test("an axe-core scan finds no serious or critical accessibility violation", async () => {
  const context = await browser.newContext({ bypassCSP: true }); // to inject axe itself
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#sample");
  // the empty draft's own finding is on the page before the sample is fetched and checked
  await page.waitForSelector('#findings li[data-rule="section.missing"]');
  await page.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`);
  assert.deepEqual(bad, []);
  await context.close();
});

test("the single-file build works from file://", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(path.join(ROOT, "dist/dxcheck.html")).href);
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#sample");
  await page.waitForSelector('#findings li[data-rule="budget.total-mismatch"]');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(SHOTS, "7-mot-tep.png"), fullPage: true });
  await context.close();
});
