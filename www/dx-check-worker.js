// The checker off the main thread, for the page and <dx-check>: a long or trapping check cannot
// freeze the page, and the watchdog can terminate this worker and start a fresh one (a trapped
// wasm instance is unusable). After loading it warms the checker up in idle time (warmup.js) and
// says so with a message without an id ({ warm: steps }); it warms `checkCompact`, the page's hand-off
// (the analysis, most of the work, is the same for `check`).
// Text is checked by the core module (dxcheck_text.js, text only: what is fetched before a pasted
// draft is checked); the full module (dxcheck.js: .docx, .odt, other files' bytes, `profileJson`,
// the live re-check's Session) is fetched and instantiated on the first check that needs it, or
// after the warm-up in idle time, then kept.
import init, { catalog, check, checkCompact, profiles } from "../pkg/dxcheck_text.js";
import { WARM_SAMPLE, warmUp } from "./warmup.js";

const ready = init();
let full = null;
const loadFull = () => (full ??= import("../pkg/dxcheck.js").then(async (m) => {
  await m.default();
  return m;
}).catch((e) => {
  full = null; // offline or a failed fetch: the next file tries again
  throw e;
}));
// a real check at least as long as the sample warms the code better: the warm-up then stops
// (<dx-check> checks its empty editor on connection, which warms nothing)
let realText = 0;
ready.then(() => warmUp(checkCompact, () => realText >= WARM_SAMPLE.length)).then((steps) => self.postMessage({ warm: steps }), () => {});

// The live re-check needs the full module (its Session). It is fetched (from the service worker's
// cache once installed) after the first draft the page checks has been answered, and warmed in
// idle time, so it never delays that check; until it is ready a keystroke is a full check by the
// core. It then says so ({ live: true }).
let liveModule = null;
let liveLoading = null;
const prepareLive = () =>
  (liveLoading ??= loadFull()
    .then(async (m) => {
      const session = new m.Session(WARM_SAMPLE);
      let at = 0;
      await warmUp((sample) => {
        m.checkCompact(sample); // a new session's first report is a whole check
        at = (at + 7919) % sample.length;
        session.edit(at, 0, " ");
        session.reportChanges();
      });
      session.free();
      liveModule = m;
      self.postMessage({ live: true });
    })
    .catch(() => {
      liveLoading = null; // offline without the service worker: the next draft tries again
    }));

// The edit that turns `old` into `text` (one typed, deleted or pasted stretch): the common prefix
// and suffix, found by comparing slices natively a chunk at a time, then smaller chunks. UTF-16
// offsets; never inside a surrogate pair (the session refuses a cut character). (Here, not in a
// module of its own: the worker must load offline from what the service worker stores.
// tests/e2e/session.test.mjs reads it from this file.)
// editBetween: begin
const STEPS = [4096, 256, 16, 1];
const high = (c) => c >= 0xd800 && c <= 0xdbff;
const low = (c) => c >= 0xdc00 && c <= 0xdfff;

/** { start, removed, inserted }: replace `removed` units of `old` at `start` with `inserted`. */
function editBetween(old, text) {
  const max = Math.min(old.length, text.length);
  let p = 0;
  for (const step of STEPS) {
    while (p + step <= max && old.slice(p, p + step) === text.slice(p, p + step)) p += step;
  }
  if (p > 0 && high(old.charCodeAt(p - 1))) p--;
  let s = 0;
  const room = max - p;
  for (const step of STEPS) {
    while (s + step <= room && old.slice(old.length - s - step, old.length - s) === text.slice(text.length - s - step, text.length - s)) s += step;
  }
  if (s > 0 && low(old.charCodeAt(old.length - s))) s--;
  return { start: p, removed: old.length - s - p, inserted: text.slice(p, text.length - s) };
}
// editBetween: end

// The draft being typed: a Session (full module) holding its text, so a keystroke crosses into wasm
// as the edit (editBetween) and only the lines it touched are read again. Its report comes as what
// changed since its last one (reportChanges: most of a report, its findings' messages, is the same
// after a keystroke), numbered: `live` is its number, `base` the number of the report it changes,
// which the page (checker.js applyChanges) keeps; 0 for a whole report. Another draft or other
// options start a new session; before the full module is ready, the core's checkCompact.
let live = null; // { session, text, key }
let liveSeq = 0;
const liveCompact = (text, options) => {
  if (!liveModule) return { json: checkCompact(text, options) };
  const key = JSON.stringify(options ?? null);
  const edit = live?.key === key ? editBetween(live.text, text) : null;
  if (edit && live.session.edit(edit.start, edit.removed, edit.inserted)) {
    live.text = text;
  } else {
    live?.session.free();
    live = null;
    live = { session: new liveModule.Session(text, options), text, key };
  }
  const json = live.session.reportChanges();
  const base = json.startsWith('{"delta":') ? liveSeq : 0;
  return { json, live: ++liveSeq, base };
};

// the profiles whose catalog this worker has sent (the page keeps them): a compact report refers to it
const sent = new Set();

self.onmessage = async ({ data }) => {
  const { id, kind, text, bytes, name, options, compact } = data;
  if (data.liveReset) {
    // the page lost the report the next changes would refer to: the next one is whole
    live?.session.free();
    live = null;
    return;
  }
  if (data.catalogs) {
    // the page asks ahead for every built-in profile's catalog, so no check has to carry one
    await ready;
    for (const { id: profile } of profiles()) {
      if (!sent.has(profile)) self.postMessage({ catalog: catalog(profile) });
      sent.add(profile);
    }
    return;
  }
  if (kind !== "file") realText += text?.length ?? 0; // a file warms the full module, not this one
  try {
    let report;
    if (kind === "file" || options?.profileJson != null) {
      const m = await loadFull();
      report = kind === "file" ? m.checkFile(bytes, name, options) : m.check(text, options);
    } else if (compact) {
      await ready;
      // only what depends on the draft, as JSON text; the page expands it (render.js expandReport)
      const { json, live: seq, base } = liveCompact(text, options);
      const profile = /"profile":"([^"\\]*)"/.exec(json)?.[1]; // the first unescaped one is the key (none in changes)
      const first = profile && !sent.has(profile) ? catalog(profile) : undefined;
      if (first) sent.add(profile);
      self.postMessage({ id, compact: json, catalog: first, live: seq, base });
      if (!liveModule) prepareLive();
      return;
    } else {
      await ready;
      report = check(text, options);
    }
    self.postMessage({ id, report });
  } catch (e) {
    // a RuntimeError is a trap: the page recreates the worker
    self.postMessage({ id, error: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError });
  }
};
