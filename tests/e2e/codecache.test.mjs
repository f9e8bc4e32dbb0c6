// End-to-end: what lets Chromium keep the wasm's compiled code for a returning visitor (README,
// "Code cache"): serve.py sends each module as `application/wasm` (streaming compilation, the only
// kind whose code is cached) with validators, and the page's service worker answers a module from
// its stored copy while the server says it is unchanged (the compiled code is kept beside that
// copy; storing it again would drop it), and replaces it as soon as a new one is deployed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { once } from "node:events";
import { openPage, useServerAndBrowser } from "./harness.mjs";

let server, browser;
useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

const WASM = "/pkg/dxcheck_text_bg.wasm";

test("serve.py sends the wasm as application/wasm with validators and answers a revalidation with 304", async () => {
  const res = await fetch(server.origin + WASM);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/wasm");
  assert.equal(res.headers.get("cache-control"), "no-cache");
  const etag = res.headers.get("etag");
  assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
  assert.ok(res.headers.get("last-modified"));
  await res.arrayBuffer();
  const again = await fetch(server.origin + WASM, { headers: { "if-none-match": etag } });
  assert.equal(again.status, 304);
  assert.equal(again.headers.get("etag"), etag);
  const other = await fetch(server.origin + WASM, { headers: { "if-none-match": '"0-0"' } });
  assert.equal(other.status, 200);
  await other.arrayBuffer();
});

test("the service worker answers an unchanged wasm module from its stored copy and a deployed one at once", async () => {
  // a proxy in front of serve.py that can "deploy" a changed core module (a custom section more)
  let deployed = false;
  const section = Buffer.from([0x00, 0x03, 0x02, 0x64, 0x78]); // custom section "dx", empty
  const proxy = createServer(async (req, res) => {
    const upstream = await fetch(server.origin + req.url);
    const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !["content-length", "content-encoding", "transfer-encoding"].includes(k)));
    let body = Buffer.from(await upstream.arrayBuffer());
    if (deployed && req.url.startsWith(WASM)) {
      body = Buffer.concat([body, section]);
      headers.etag = '"deployed"';
    }
    res.writeHead(upstream.status, { ...headers, "content-length": body.length }).end(body);
  });
  proxy.listen(0, "127.0.0.1");
  await once(proxy, "listening");
  const { page, context, errors } = await openPage(browser, `http://127.0.0.1:${proxy.address().port}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 15000 });
  await page.waitForFunction(async (url) => Boolean(await (await caches.open("dxcheck-v2")).match(url)), WASM, { polling: 100, timeout: 15000 });
  // a second later, a response from the network would carry a later Date than the stored copy
  await page.waitForTimeout(1100);
  const served = await page.evaluate(async (url) => {
    const stored = await (await caches.open("dxcheck-v2")).match(url);
    const res = await fetch(url);
    const bytes = (await res.clone().arrayBuffer()).byteLength;
    await WebAssembly.compileStreaming(res); // the stored copy keeps its content type: streaming works
    return { date: res.headers.get("date"), storedDate: stored.headers.get("date"), etag: res.headers.get("etag"), storedEtag: stored.headers.get("etag"), bytes };
  }, WASM);
  assert.equal(served.date, served.storedDate, "answered from the stored copy");
  assert.equal(served.etag, served.storedEtag);
  deployed = true;
  const fresh = await page.evaluate(async (url) => {
    const res = await fetch(url);
    const bytes = (await res.clone().arrayBuffer()).byteLength;
    await WebAssembly.compileStreaming(res);
    const stored = await (await caches.open("dxcheck-v2")).match(url);
    return { etag: res.headers.get("etag"), storedEtag: stored.headers.get("etag"), bytes };
  }, WASM);
  assert.deepEqual(fresh, { etag: '"deployed"', storedEtag: '"deployed"', bytes: served.bytes + section.length });
  assert.deepEqual(errors, []);
  await context.close();
  proxy.close();
});
