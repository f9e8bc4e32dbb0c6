// The checker off the main thread, for the page and <dx-check>: a long or trapping check cannot
// freeze the page, and the watchdog can terminate this worker and start a fresh one (a trapped
// wasm instance is unusable).
import init, { check, checkFile } from "../pkg/dxcheck.js";

const ready = init();

self.onmessage = async ({ data }) => {
  const { id, kind, text, bytes, name, options } = data;
  try {
    await ready;
    const report = kind === "file" ? checkFile(bytes, name, options) : check(text, options);
    self.postMessage({ id, report });
  } catch (e) {
    // a RuntimeError is a trap: the page recreates the worker
    self.postMessage({ id, error: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError });
  }
};
