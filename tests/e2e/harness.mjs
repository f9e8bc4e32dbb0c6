// Shared set-up for the end-to-end tests: serve www/ + pkg/ with scripts/serve.py on a free
// loopback port, launch Debian's Chromium through playwright-core, and record every request.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { mkdirSync, readFileSync } from "node:fs";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SHOTS = path.join(ROOT, "target", "e2e-screenshots");
export const fixturePath = (name) => path.join(ROOT, "tests/fixtures", name);
export const fixture = (name) => readFileSync(fixturePath(name), "utf8");

/** One server and one browser for a test file: started before its tests, stopped after. */
export function useServerAndBrowser(ready) {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
}

async function freePort() {
  const srv = createServer();
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const { port } = srv.address();
  srv.close();
  return port;
}

export async function startServer() {
  const port = await freePort();
  const proc = spawn("python3", [path.join(ROOT, "scripts/serve.py"), String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  // drained: serve.py logs every request to stderr, and a full pipe (64 KB, a few hundred
  // requests) blocks the server mid-request
  proc.stderr.resume();
  await new Promise((resolve, reject) => {
    proc.stdout.on("data", (d) => { if (String(d).includes("http://127.0.0.1")) resolve(); });
    proc.on("exit", (code) => reject(new Error(`serve.py exited with ${code}`)));
    setTimeout(() => reject(new Error("serve.py did not start")), 10_000);
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => proc.kill() };
}

export async function launch() {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A new page that records every URL it requests and every console error. */
export async function openPage(browser, url, readySelector = "body[data-ready=true]") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector(readySelector);
  return { context, page, requests, errors };
}

/** The findings the page rendered, as the data attributes portals test on. */
export function renderedFindings(page) {
  return page.$$eval("#findings li[data-rule]", (lis) => lis.map((li) => ({
    rule: li.dataset.rule, severity: li.dataset.severity, section: li.dataset.section || null, line: Number(li.dataset.line),
  })));
}

/** Paste text as a user would (one input event of type insertFromPaste). */
export function paste(page, text) {
  return page.evaluate((t) => {
    const d = document.getElementById("draft");
    d.focus();
    d.value = t;
    d.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }, text);
}
