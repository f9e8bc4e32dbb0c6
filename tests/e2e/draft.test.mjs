// End-to-end: a draft is never lost (bad files, replaced text, a stuck checker, a full disk, two
// tabs), and what the server and the service worker send.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { once } from "node:events";
import path from "node:path";
import { ROOT, openPage, useServerAndBrowser, fixture } from "./harness.mjs";

let server, browser;
useServerAndBrowser((s, b) => ([server, browser] = [s, b]));


/** Drop files (name → bytes) onto the editor as a user would. */
function drop(page, files) {
  return page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [name, data] of list) dt.items.add(new File([new Uint8Array(data)], name));
    document.getElementById("editor").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map(([n, b]) => [n, [...b]]));
}

test("an unreadable file leaves the draft and its results untouched, and a banner says what to do", async () => {
  const { page, context, errors } = await openPage(browser, server.origin + "/");
  const text = fixture("thieu-kinh-phi.txt");
  await page.fill("#draft", text);
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  const status = await page.textContent("#status");
  await drop(page, [["bao-cao.pdf", Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" + "\u0000\u0001\u0002".repeat(400), "latin1")]]);
  await page.waitForSelector("#banner:not([hidden])");
  assert.match(await page.textContent("#banner-text"), /Không đọc được tệp «bao-cao\.pdf»: .*Bản nháp trong ô soạn thảo vẫn giữ nguyên/s);
  assert.equal(await page.inputValue("#draft"), text);
  assert.equal(await page.textContent("#status"), status);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.inputValue("#draft"), text, "the autosave kept the draft, not the bytes");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file, «Xóa» or the sample replacing typed text can be undone", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  const text = fixture("thieu-kinh-phi.txt");
  await page.fill("#draft", text);
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  // a dropped .docx replaces it: the restore slot brings it back
  await drop(page, [["lech-tong.docx", readFileSync(path.join(ROOT, "tests/fixtures/docx/lech-tong.docx"))]]);
  await page.waitForSelector('#findings li[data-rule="budget.total-mismatch"]');
  assert.match(await page.textContent("#banner-text"), /Bản nháp trước đã được thay bằng tệp «lech-tong\.docx»/);
  await page.click("#banner-restore");
  assert.equal(await page.inputValue("#draft"), text);
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  // «Xóa»: Ctrl+Z in the editor brings the text back
  await page.click("#clear");
  assert.equal(await page.inputValue("#draft"), "");
  await page.focus("#draft");
  await page.keyboard.press("Control+z");
  assert.equal(await page.inputValue("#draft"), text);
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  // the sample: the restore slot again
  await page.click("#sample");
  await page.waitForFunction(() => document.getElementById("draft").value.startsWith("ỦY BAN") && !document.getElementById("banner").hidden);
  await page.click("#banner-restore");
  assert.equal(await page.inputValue("#draft"), text);
  await context.close();
});

test("a check over the time budget is stopped, the user told, old results cleared, and the next check works", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  const text = fixture("thieu-kinh-phi.txt");
  await page.fill("#draft", text);
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  await page.evaluate(() => { globalThis.DXCHECK_WATCHDOG_MS = 1; });
  // the worker kept busy, so the 1 ms watchdog surely fires before the file's answer comes (a
  // .docx checks in a few ms: on a loaded machine its answer could be handled before the timer)
  const worker = page.workers().find((w) => w.url().endsWith("dx-check-worker.js"));
  assert.ok(worker, "the checker's worker is running");
  const busy = worker.evaluate(() => { const t = Date.now(); while (Date.now() - t < 1000); }).catch(() => {});
  await page.setInputFiles("#file", path.join(ROOT, "tests/fixtures/docx/lech-tong.docx"));
  await page.waitForSelector("#banner:not([hidden])");
  assert.match(await page.textContent("#banner-text"), /Không kiểm tra được tệp «lech-tong\.docx»: quá 0 giây, bộ kiểm tra đã được khởi động lại/);
  assert.match(await page.textContent("#status"), /Không kiểm tra được tệp «lech-tong\.docx»/);
  assert.equal(await page.locator("#findings li").count(), 0, "the previous draft's results are not shown as the file's");
  assert.equal(await page.inputValue("#draft"), text);
  await busy; // (ends when the stopped worker is terminated)
  // a fresh worker answers the next check
  await page.evaluate(() => { delete globalThis.DXCHECK_WATCHDOG_MS; });
  await page.type("#draft", " ");
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  await context.close();
});

test("a failed autosave is said on the page, not swallowed", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException("quota", "QuotaExceededError"); };
  });
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  await page.fill("#draft", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector("#save-note:not([hidden])");
  assert.match(await page.textContent("#save-note"), /Không lưu được bản nháp vào trình duyệt \(hết dung lượng lưu trữ\)/);
  await context.close();
});

test("two tabs keep their own drafts; a new tab starts from the newest", async () => {
  const context = await browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    await page.goto(server.origin + "/");
    await page.waitForSelector("body[data-ready=true]");
    return page;
  };
  const a = await open();
  await a.fill("#draft", "Bản A\nPhần I");
  await a.waitForTimeout(400);
  const b = await open();
  assert.equal(await b.inputValue("#draft"), "Bản A\nPhần I", "a new tab starts from the newest draft");
  await b.fill("#draft", "Bản B\nPhần I");
  await a.waitForSelector("#banner:not([hidden])");
  assert.match(await a.textContent("#banner-text"), /Một thẻ khác vừa lưu bản nháp/);
  await b.waitForTimeout(400);
  await a.reload();
  await a.waitForSelector("body[data-ready=true]");
  assert.equal(await a.inputValue("#draft"), "Bản A\nPhần I");
  await b.reload();
  await b.waitForSelector("body[data-ready=true]");
  assert.equal(await b.inputValue("#draft"), "Bản B\nPhần I");
  await context.close();
});

test("CSV cells a spreadsheet would run as formulas are neutralised", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  await page.setInputFiles("#file", [
    { name: "=HYPERLINK(\"http://x\").txt", mimeType: "text/plain", buffer: Buffer.from(fixture("tinh-day-du.txt")) },
    { name: "+cmd.txt", mimeType: "text/plain", buffer: Buffer.from(fixture("thieu-kinh-phi.txt")) },
    { name: "@a.txt", mimeType: "text/plain", buffer: Buffer.from("x") },
  ]);
  await page.waitForSelector("#batch-table tbody tr:nth-child(3)");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
  const lines = readFileSync(await download.path(), "utf8").split("\r\n");
  assert.ok(lines[1].startsWith('"\'=HYPERLINK(""http://x"").txt",'));
  assert.ok(lines[2].startsWith("'+cmd.txt,"));
  assert.ok(lines[3].startsWith("'@a.txt,"));
  await context.close();
});

test("the server sends the CSP it documents; the benchmark page is no looser than the main one", async () => {
  const res = await fetch(server.origin + "/");
  const csp = res.headers.get("content-security-policy");
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  const meta = (html) => html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  const main = meta(readFileSync(path.join(ROOT, "www/index.html"), "utf8"));
  assert.equal(meta(readFileSync(path.join(ROOT, "www/bench.html"), "utf8")), main);
  assert.ok(csp.startsWith(main), "the header is the page's policy plus frame-ancestors");
});

test("the service worker revalidates and never caches an error response", async () => {
  const { page, context } = await openPage(browser, server.origin + "/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 15000 });
  const cached = await page.evaluate(async () => {
    const res = await fetch("/no-such-file.txt");
    await new Promise((r) => setTimeout(r, 300));
    const cache = await caches.open("dxcheck-v2");
    return { status: res.status, cached: Boolean(await cache.match("/no-such-file.txt")) };
  });
  assert.deepEqual(cached, { status: 404, cached: false });
  assert.match(readFileSync(path.join(ROOT, "www/sw.js"), "utf8"), /cache: "no-cache"/);
  await context.close();
});

test("a new version is announced with a reload button", async () => {
  // a proxy in front of serve.py that can "deploy" a changed sw.js
  let deployed = false;
  const proxy = createServer(async (req, res) => {
    const upstream = await fetch(server.origin + req.url);
    const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !["content-length", "content-encoding", "transfer-encoding"].includes(k)));
    let body = Buffer.from(await upstream.arrayBuffer());
    if (deployed && req.url.startsWith("/sw.js")) body = Buffer.concat([body, Buffer.from("\n// a new deployment\n")]);
    res.writeHead(upstream.status, headers).end(body);
  });
  proxy.listen(0, "127.0.0.1");
  await once(proxy, "listening");
  const { page, context } = await openPage(browser, `http://127.0.0.1:${proxy.address().port}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 15000 });
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  deployed = true;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector("#banner:not([hidden]) #banner-reload:not([hidden])", { timeout: 15000 });
  assert.match(await page.textContent("#banner-text"), /Đã có phiên bản mới của DXCheck/);
  await context.close();
  proxy.close();
});

test("a trap in the checker is said plainly, results cleared, and a fresh worker takes over", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let trapped = 0;
  // the first worker traps on every check (as an out-of-memory wasm would); the next one is real
  await page.route("**/dx-check-worker.js", (route) => {
    if (trapped++ > 0) return route.continue();
    return route.fulfill({ contentType: "text/javascript", body: "self.onmessage = ({ data }) => self.postMessage({ id: data.id, error: 'unreachable', trap: true });" });
  });
  await page.goto(server.origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  await page.waitForSelector("#banner:not([hidden])");
  assert.match(await page.textContent("#banner-text"), /Không kiểm tra được bản nháp: bộ kiểm tra gặp lỗi \(hết bộ nhớ\?\) và đã được khởi động lại/);
  assert.equal(await page.locator("#findings li").count(), 0);
  await page.fill("#draft", fixture("thieu-kinh-phi.txt"));
  await page.waitForSelector('#findings li[data-section="P2.V"]');
  assert.ok(trapped >= 1); // the fresh worker may come through the service worker, past this route
  await context.close();
});
