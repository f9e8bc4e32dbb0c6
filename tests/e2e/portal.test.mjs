// End-to-end: a portal on another origin uses nothing but a copy of pkg/ and the README's snippet,
// verbatim, under `script-src 'self' 'wasm-unsafe-eval'` (sent as a header too).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { once } from "node:events";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT, launch, startServer } from "./harness.mjs";

let browser, portal, page2;
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const block = (marker, lang) => {
  const at = readme.indexOf(`<!-- ${marker}:`);
  assert.ok(at >= 0, `README has the ${marker} snippet`);
  const m = readme.slice(at).match(new RegExp("```" + lang + "\\n([\\s\\S]*?)```"));
  return m[1];
};

before(async () => {
  browser = await launch();
  const html = `<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>Cổng thông tin</title>\n${block("embed-html", "html")}</html>\n`;
  const files = new Map([["/", ["text/html; charset=utf-8", html]], ["/portal.js", ["text/javascript", block("embed-js", "js")]]]);
  for (const f of readdirSync(path.join(ROOT, "pkg"))) {
    const type = f.endsWith(".wasm") ? "application/wasm" : f.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    files.set(`/vendor/dxcheck/${f}`, [type, readFileSync(path.join(ROOT, "pkg", f))]);
  }
  portal = createServer((req, res) => {
    const hit = files.get(req.url.split("?")[0]);
    if (!hit) {
      res.writeHead(req.url === "/favicon.ico" ? 204 : 404).end(); // the browser asks for an icon by itself
      return;
    }
    res.writeHead(200, { "Content-Type": hit[0], "Content-Security-Policy": "script-src 'self' 'wasm-unsafe-eval'" });
    res.end(hit[1]);
  });
  portal.listen(0, "127.0.0.1");
  await once(portal, "listening");
});
after(async () => {
  await browser?.close();
  portal?.close();
  page2?.stop();
});

test("the README's snippet works on another origin with only pkg/", async () => {
  const origin = `http://127.0.0.1:${portal.address().port}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(origin + "/");
  // the portal heard the report for the text it set (its one error: the missing sections…)
  await page.waitForFunction(() => document.getElementById("so-loi").textContent !== "–");
  const shown = await page.evaluate(() => {
    const el = document.querySelector("dx-check");
    return { value: el.value, errors: el.report.summary.error, items: el.shadowRoot.querySelectorAll("li[data-rule]").length, status: el.shadowRoot.querySelector(".dx-status").textContent };
  });
  assert.equal(shown.value, "KẾ HOẠCH\nChuyển đổi số năm 2024\nPhần I\n");
  assert.equal(await page.textContent("#so-loi"), String(shown.errors));
  assert.ok(shown.items > 0);
  assert.match(shown.status, /^Kế hoạch năm 2024/);
  // styled from its own shadow DOM: the textarea has the default border
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("dx-check").shadowRoot.querySelector("textarea")).borderTopStyle), "solid");
  // lang="en" switches everything: label, status and messages
  await page.evaluate(() => document.querySelector("dx-check").setAttribute("lang", "en"));
  const en = await page.evaluate(() => {
    const root = document.querySelector("dx-check").shadowRoot;
    return { label: root.querySelector("label").textContent, status: root.querySelector(".dx-status").textContent, msg: root.querySelector(".msg").textContent };
  });
  assert.equal(en.label, "Draft plan");
  assert.match(en.status, /^Plan year 2024/);
  assert.doesNotMatch(en.msg, /[ảạấầẩẫậắằẳẵặđ]/);
  // checkBytes: the file's text is in the element when `report` fires
  const docx = [...readFileSync(path.join(ROOT, "tests/fixtures/docx/lech-tong.docx"))];
  const seen = await page.evaluate(async (data) => {
    const el = document.querySelector("dx-check");
    const heard = new Promise((resolve) => el.addEventListener("report", () => resolve(el.value.slice(0, 15)), { once: true }));
    const report = await el.checkBytes(new Uint8Array(data), "lech-tong.docx");
    return { heard: await heard, file: report.file, mismatch: report.findings.some((f) => f.rule === "budget.total-mismatch") };
  }, docx);
  assert.deepEqual(seen, { heard: "ỦY BAN NHÂN DÂN", file: "lech-tong.docx", mismatch: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("blob:")), []);
  await context.close();
});

test("the `report` event of <dx-check> follows the text it is about (page origin)", async () => {
  page2 = await startServer();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(page2.origin + "/embed.html");
  await page.waitForFunction(() => customElements.get("dx-check"));
  const ok = await page.evaluate(async () => {
    const el = document.getElementById("checker");
    const heard = new Promise((resolve) => el.addEventListener("report", (e) => resolve(el.value === "Phần I\n" && e.detail.summary !== undefined), { once: true }));
    el.value = "Phần I\n";
    return heard;
  });
  assert.ok(ok);
  await context.close();
});
