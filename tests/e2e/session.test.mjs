// The live re-check: the page's worker sends each keystroke to a Session (src/wasm_session.rs) as
// the edit its editBetween finds between the old and new text. In Node: a session edited at random the
// way the worker does it reports exactly what checkCompact reports on the whole text. In the page:
// typing into a pasted draft shows the findings of a full check of what is in the editor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, fixture, openPage, paste, useServerAndBrowser } from "./harness.mjs";

const glue = await import(path.join(ROOT, "pkg/dxcheck.js"));
const { applyChanges } = await import(path.join(ROOT, "www/checker.js"));
const { expandReport } = await import(path.join(ROOT, "www/render.js"));
glue.initSync({ module: readFileSync(path.join(ROOT, "pkg/dxcheck_bg.wasm")) });
// the worker's own editBetween, read from its source (the worker module itself only runs in a worker)
const worker = readFileSync(path.join(ROOT, "www/dx-check-worker.js"), "utf8");
const source = worker.slice(worker.indexOf("// editBetween: begin"), worker.indexOf("// editBetween: end"));
const editBetween = new Function(`${source}\nreturn editBetween;`)();

test("editBetween finds the one changed stretch, never inside a surrogate pair", () => {
  const cases = [
    ["", "a"], ["a", ""], ["abc", "abc"], ["abc", "abxc"], ["x".repeat(10000), "x".repeat(9999)],
    ["a😀b", "a😁b"], ["a😀b", "a😀😀b"], ["😀", ""], ["ab\ncd", "ab\r\ncd"], ["Mục tiêu", "Mục tiêu cụ thể"],
  ];
  for (const [old, text] of cases) {
    const { start, removed, inserted } = editBetween(old, text);
    assert.equal(old.slice(0, start) + inserted + old.slice(start + removed), text, JSON.stringify([old, text]));
    for (const at of [start, start + removed]) {
      const c = old.charCodeAt(at - 1);
      assert.ok(!(c >= 0xd800 && c <= 0xdbff), `cut after a high surrogate at ${at}: ${JSON.stringify([old, text])}`);
    }
  }
});

test("a session typed into at random reports what checkCompact reports", () => {
  let seed = 2026;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % Math.max(n, 1);
  };
  const pieces = ["a", "ệ", " ", "5", ".000", "\n", "\n\nIII. KINH PHÍ THỰC HIỆN\n", "😀", "|", "\t", "đạt 80%"];
  const catalogs = new Map(glue.profiles().map((p) => [p.id, JSON.parse(glue.catalog(p.id))]));
  const expanded = (json) => {
    const r = JSON.parse(json);
    return expandReport(r, catalogs.get(r.profile));
  };
  for (const name of ["tinh-day-du.txt", "bo-day-du.txt", "lech-tong.txt", "nfd-crlf.txt"]) {
    let text = fixture(name);
    const session = new glue.Session(text);
    // the worker's way: a second session's changes, put together as the page does (checker.js)
    const changes = new glue.Session(text);
    const first = changes.reportChanges();
    assert.equal(first, glue.checkCompact(text), `${name}: the first changes are the whole compact report`);
    let shown = expanded(first);
    let kept = 0;
    try {
      for (let step = 0; step < 60; step++) {
        const at = rand(text.length + 1);
        const kind = rand(3);
        let next;
        if (kind === 0) next = text.slice(0, at) + pieces[rand(pieces.length)] + text.slice(at);
        else if (kind === 1) next = text.slice(0, at) + text.slice(at + 1 + rand(40));
        else next = text.slice(0, at) + pieces[rand(pieces.length)] + text.slice(at + rand(3));
        // a stray half of a surrogate pair is not text a textarea holds: keep pairs whole
        if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(next)) continue;
        const { start, removed, inserted } = editBetween(text, next);
        assert.ok(session.edit(start, removed, inserted), `${name}, step ${step}: edit refused`);
        text = next;
        const whole = glue.checkCompact(text);
        assert.equal(session.reportCompact(), whole, `${name}, step ${step}`);
        assert.ok(changes.edit(start, removed, inserted));
        const c = JSON.parse(changes.reportChanges());
        shown = c.delta ? applyChanges(shown, c, catalogs.get(shown.profile)) : expandReport(c, catalogs.get(c.profile));
        assert.deepEqual(shown, expanded(whole), `${name}, step ${step}: the changes put together`);
        kept += c.delta && c.findings.some((f) => f.same !== undefined) ? 1 : 0;
      }
      assert.ok(kept > 20, `${name}: ${kept} changes sent findings as the same`);
    } finally {
      session.free();
      changes.free();
    }
  }
});

let server, browser;
useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

test("typing into a pasted draft shows the findings of a full check of the editor's text", async () => {
  const { page, context, errors } = await openPage(browser, server.origin + "/");
  await paste(page, fixture("lech-tong.txt"));
  await page.waitForSelector("#findings li[data-rule]");
  // the worker's Session (full module, loaded and warmed after the first draft is answered)
  await page.waitForSelector("body[data-live=true]");
  // a heading typed at the end, a figure changed in the middle, a line deleted
  await page.evaluate(() => {
    const d = document.getElementById("draft");
    d.focus();
    d.setSelectionRange(d.value.length, d.value.length);
  });
  await page.keyboard.type("\nIV. TỔ CHỨC THỰC HIỆN\nSở Thông tin và Truyền thông chủ trì", { delay: 5 });
  for (const at of [0.5, 0.25]) {
    await page.evaluate((at) => {
      const d = document.getElementById("draft");
      const p = d.value.indexOf("\n", Math.floor(d.value.length * at)) + 1;
      d.setSelectionRange(p, p);
    }, at);
    await page.keyboard.type("Tổng kinh phí: 12.500 triệu đồng\n", { delay: 5 });
    await page.keyboard.press("Shift+ArrowUp");
    await page.keyboard.press("Backspace");
  }
  // what a full check of the editor's text finds, as the page shows it (the severities shown)
  const expected = await page.evaluate(async () => {
    const m = await import("/pkg/dxcheck_text.js");
    await m.default();
    const shown = (s) => document.getElementById(`show-${s}`).checked;
    return m.check(document.getElementById("draft").value).findings
      .filter((f) => shown(f.severity))
      .map((f) => `${f.rule}@${f.line}`).sort();
  });
  assert.ok(expected.length > 0);
  const rendered = () => page.$$eval("#findings li[data-rule]", (lis) => lis.map((li) => `${li.dataset.rule}@${li.dataset.line}`).sort());
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll("#findings li[data-rule]")].map((li) => `${li.dataset.rule}@${li.dataset.line}`).sort()) === JSON.stringify(want),
    expected,
    { timeout: 10_000 },
  ).catch(() => {});
  assert.deepEqual(await rendered(), expected);
  assert.deepEqual(errors, []);
  await context.close();
});
