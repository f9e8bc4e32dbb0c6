// The checker off the main thread, for the page and <dx-check>: a long or trapping check cannot
// freeze the page, and the watchdog can terminate this worker and start a fresh one (a trapped
// wasm instance is unusable). After loading it warms the checker up in idle time (warmup.js) and
// says so with a message without an id ({ warm: steps }).
import init, { check, checkFile } from "../pkg/dxcheck.js";
import { WARM_SAMPLE, warmUp } from "./warmup.js";

const ready = init();
// a real check at least as long as the sample warms the code better: the warm-up then stops
// (<dx-check> checks its empty editor on connection, which warms nothing)
let realText = 0;
ready.then(() => warmUp(check, () => realText >= WARM_SAMPLE.length)).then((steps) => self.postMessage({ warm: steps }), () => {});

self.onmessage = async ({ data }) => {
  const { id, kind, text, bytes, name, options } = data;
  realText += (kind === "file" ? bytes?.length : text?.length) ?? 0;
  try {
    await ready;
    const report = kind === "file" ? checkFile(bytes, name, options) : check(text, options);
    self.postMessage({ id, report });
  } catch (e) {
    // a RuntimeError is a trap: the page recreates the worker
    self.postMessage({ id, error: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError });
  }
};
