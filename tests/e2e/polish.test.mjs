// End-to-end: first impressions, verdicts, a phone, print, English, and axe in each state.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, SHOTS, startServer, launch } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const fixturePath = (name) => path.join(ROOT, "tests/fixtures", name);
const fixture = (name) => readFileSync(fixturePath(name), "utf8");

async function open(options = {}) {
  const context = await browser.newContext({ bypassCSP: true, ...options }); // bypassCSP: to inject axe
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  return { context, page };
}

async function axe(page, state) {
  if (!(await page.evaluate(() => Boolean(globalThis.axe)))) await page.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), [], `axe violations in state: ${state}`);
}

test("first visit: a friendly empty state, not an error; a clean plan gets a success state", async () => {
  const { page, context } = await open();
  assert.equal(await page.locator("#findings li").count(), 0);
  assert.equal(await page.isVisible("#banner"), false, "no empty banner");
  assert.match(await page.textContent("#findings .empty-state"), /Dán nội dung dự thảo/);
  await axe(page, "empty");
  await page.fill("#draft", fixture("tinh-day-du.txt"));
  await page.waitForSelector("#findings .success");
  assert.match(await page.textContent("#findings .success"), /Không có lỗi nào/);
  await axe(page, "success");
  // Vietnamese mode has no English lines; English mode has no Vietnamese messages
  await page.fill("#draft", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  assert.equal(await page.locator("#findings .en").count(), 0);
  await page.click("#lang");
  assert.match(await page.textContent('#findings li[data-section="P2.V"] .msg'), /^Required section/);
  await axe(page, "english");
  await context.close();
});

test("on a phone: a pinned summary above the editor, nothing wider than the screen, batch included", async () => {
  const { page, context } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.fill("#draft", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector("#pinned #pinned-first");
  const box = await page.$eval("#pinned", (p) => { const r = p.getBoundingClientRect(); return { top: r.top, visible: getComputedStyle(p).display !== "none" }; });
  assert.ok(box.visible && box.top < 400, "the summary is on the first screen");
  assert.match(await page.textContent("#pinned"), /1 lỗi/);
  await page.click("#pinned-first");
  assert.match(await page.$eval("#draft", (t) => t.value.slice(t.selectionStart, t.selectionEnd)), /VI\. TỔ CHỨC THỰC HIỆN/);
  await page.setInputFiles("#file", ["tinh-day-du.txt", "thieu-kinh-phi.txt", "docx/lech-tong.docx", "docx/rac.docx"].map(fixturePath));
  await page.waitForSelector("#batch-table tbody tr:nth-child(4)");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no horizontal overflow on a phone");
  await page.screenshot({ path: path.join(SHOTS, "8-dien-thoai.png"), fullPage: false });
  await axe(page, "phone with batch");
  await context.close();
});

test("print: the file name and date, the current draft's results only", async () => {
  const { page, context } = await open();
  await page.setInputFiles("#file", ["tinh-day-du.txt", "thieu-kinh-phi.txt"].map(fixturePath));
  await page.waitForSelector("#batch-table tbody tr:nth-child(2)");
  await page.click('#batch-table tr[data-file="thieu-kinh-phi.txt"] button');
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  await axe(page, "batch row opened, banner shown");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  assert.match(await page.textContent("#print-meta"), /^Tệp: thieu-kinh-phi\.txt · Kiểm tra lúc /);
  const visible = await page.evaluate(() => ["print-meta", "batch", "banner", "findings"].map((id) => getComputedStyle(document.getElementById(id)).display !== "none"));
  assert.deepEqual(visible, [true, false, false, true]);
  await page.emulateMedia({ media: "screen" });
  await context.close();
});

test("targets carry their verdict and the gap to the national value", async () => {
  const { page, context } = await open();
  const text = fixture("tinh-day-du.txt").replace(/^(II\. MỤC TIÊU\n)/m, "$1- Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng đạt 70%.\n- Tỷ lệ người dân có chữ ký số đạt 120%.\n");
  await page.fill("#draft", text);
  await page.click("#tab-targets");
  await page.waitForSelector('#panel-targets tr[data-verdict="error"]');
  assert.match(await page.textContent('#panel-targets tr[data-verdict="error"]'), /120%/);
  const below = await page.$$eval("#panel-targets tr", (trs) => trs.map((tr) => tr.textContent).filter((x) => x.includes("70%")));
  assert.match(below[0], /thấp hơn quốc gia 20 điểm %/);
  await axe(page, "targets tab");
  await context.close();
});

test("the embedding example has no axe violation either", async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(server.origin + "/embed.html");
  await page.fill("dx-check textarea", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('dx-check li[data-rule="section.missing"]');
  await axe(page, "embed");
  await context.close();
});
