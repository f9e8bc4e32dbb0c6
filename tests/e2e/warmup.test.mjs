// End-to-end: the idle-time warm-up (www/warmup.js) never delays or replaces a real check, and
// leaves no trace: no findings of its sample on the page, the editor and the autosaved draft as
// they were.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, renderedFindings, useServerAndBrowser, fixture, paste } from "./harness.mjs";

let server, browser;
useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

const status = (page) => page.$eval("#status", (s) => s.textContent);

test("a draft pasted right after load is checked at once, during the warm-up, and the warm-up changes nothing", async () => {
  const text = fixture("thieu-kinh-phi.txt");
  // the reference: the same paste in a page whose warm-up is over
  const warm = await openPage(browser, server.origin + "/", "body[data-warm=true]");
  await paste(warm.page, text);
  await warm.page.waitForSelector("#findings li[data-rule]");
  const expected = await renderedFindings(warm.page);
  await warm.context.close();
  assert.ok(expected.length > 0);

  const { page, context, errors } = await openPage(browser, server.origin + "/");
  const warmBefore = await page.evaluate(() => document.body.dataset.warm === "true");
  const t0 = Date.now();
  await paste(page, text);
  await page.waitForSelector("#findings li[data-rule]");
  const waited = Date.now() - t0;
  assert.deepEqual(await renderedFindings(page), expected, "the findings are the pasted draft's");
  const shown = await status(page);
  // the warm-up ends (or had ended) without repainting anything
  await page.waitForSelector("body[data-warm=true]");
  await page.waitForTimeout(300);
  assert.deepEqual(await renderedFindings(page), expected);
  assert.equal(await status(page), shown);
  assert.equal(await page.$eval("#draft", (d) => d.value), text);
  assert.ok(waited < 5000, `paste to findings took ${waited} ms (warm-up over before the paste: ${warmBefore})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an untouched page stays empty through the warm-up, and so does its autosaved draft", async () => {
  const { page, context, errors } = await openPage(browser, server.origin + "/", "body[data-warm=true]");
  await page.waitForTimeout(300);
  assert.equal(await page.$eval("#draft", (d) => d.value), "");
  assert.deepEqual(await renderedFindings(page), []);
  assert.equal(await page.$$eval("#targets li, #panel-targets tr, #panel-budget tr", (xs) => xs.length), 0);
  // the autosave: a reload brings back this tab's draft, which must still be empty
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.$eval("#draft", (d) => d.value), "");
  assert.deepEqual(errors, []);
  await context.close();
});
