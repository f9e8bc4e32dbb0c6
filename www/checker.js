// Runs check()/checkFile() in a Web Worker with a watchdog. A check that takes longer than the
// budget, or traps, ends with the worker terminated and a fresh one started; the caller gets a
// rejected promise (CheckFailure) and must clear the results it showed. Where workers cannot be
// started (the single-file build opened from file://) the check runs on the page's thread.
// The worker starts at once and warms the checker up in idle time (warmup.js); `warmed` resolves
// when that is done, on either thread. `direct.check` is the core module's (text only); files
// need the full module (dxcheck.js), fetched on the first one, as the worker does.
import { expandReport } from "./render.js";
import { WARM_SAMPLE, warmUp } from "./warmup.js";

export const WATCHDOG_MS = 20000;

export class CheckFailure extends Error {
  constructor(reason, detail) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.reason = reason; // "timeout" | "trap" | "error"
  }
}

let full = null;
/** The full module on this thread: the single-file build carries it inline (DXCHECK_FULL). */
export const loadFull = () => (full ??= (globalThis.DXCHECK_FULL
  ? Promise.resolve(globalThis.DXCHECK_FULL)
  : import(new URL("../pkg/dxcheck.js", import.meta.url).href).then(async (m) => {
    await m.default();
    return m;
  })).catch((e) => {
  full = null;
  throw e;
}));

// the fields of a report, in its order (a report put together from changes has them in the same order)
const FIELDS = ["file", "format", "text", "profile", "level", "plan_year", "plan_year_source", "profile_source", "summary", "findings", "outline", "targets", "budget", "row"];

/**
 * The report a live session's changes describe (`reportChanges` in the worker: `{"delta":true, …}`,
 * parsed), put together from `last`, the report of the changes before (as expanded): the fields
 * the changes leave out are `last`'s, and a finding `{same: k, line, column, range}` is `last`'s
 * finding k where it now is. The same object expandReport makes of the whole compact report.
 */
export function applyChanges(last, changes, catalog) {
  const r = {};
  for (const k of FIELDS) r[k] = k in changes ? changes[k] : last[k];
  r.findings = changes.findings.map((f) => (f.same === undefined ? f : { ...last.findings[f.same], line: f.line, column: f.column, range: f.range }));
  if ("outline" in changes || "targets" in changes) {
    const fresh = expandReport({ plan_year: r.plan_year, outline: changes.outline ?? [], targets: changes.targets ?? [] }, catalog);
    if ("outline" in changes) r.outline = fresh.outline;
    if ("targets" in changes) r.targets = fresh.targets;
  }
  return r;
}

export function createChecker(workerUrl, direct) {
  let worker = null;
  let seq = 0;
  const pending = new Map();
  const catalogs = new Map(); // profile id → its catalog, sent once by the worker (compact reports)
  let onWarm, onLive;
  const warmed = new Promise((resolve) => { onWarm = resolve; });
  // the worker's live re-check (a Session in the full module) is ready: keystrokes are edits
  const live = new Promise((resolve) => { onLive = resolve; });
  let realText = 0; // checked on this thread: once a real check outweighs the warm-up, it stops
  let lastLive = null; // { seq, report }: the worker's live session's last report, which its next changes change

  const failAll = (failure) => {
    for (const { reject, timer } of pending.values()) {
      clearTimeout(timer);
      reject(failure);
    }
    pending.clear();
  };
  const restart = () => {
    worker?.terminate();
    worker = null;
  };
  const start = () => {
    if (worker || !workerUrl) return worker;
    try {
      worker = new Worker(workerUrl, { type: "module" });
    } catch {
      workerUrl = null; // no workers here: check on this thread
      return null;
    }
    worker.onmessage = ({ data }) => {
      if (data.catalog) {
        const c = JSON.parse(data.catalog);
        catalogs.set(c.id, c);
      }
      if (data.warm !== undefined) return onWarm(data.warm);
      if (data.live === true) return onLive();
      // (put together before the job is looked for: the next changes refer to it even if its job is gone)
      let report = null;
      if (data.compact) {
        const c = JSON.parse(data.compact);
        if (!c.delta) report = expandReport(c, catalogs.get(c.profile));
        else if (lastLive && lastLive.seq === data.base) report = applyChanges(lastLive.report, c, catalogs.get(lastLive.report.profile));
        else worker.postMessage({ liveReset: true }); // (never seen: messages arrive in order) the next report is whole
        lastLive = report && data.live ? { seq: data.live, report } : null;
      }
      const job = pending.get(data.id);
      if (!job) return;
      pending.delete(data.id);
      clearTimeout(job.timer);
      if (data.compact) {
        if (report) job.resolve(report);
        else job.reject(new CheckFailure("error", "live re-check: the report before is lost"));
      } else if (data.report) job.resolve(data.report);
      else {
        if (data.trap) restart();
        job.reject(new CheckFailure(data.trap ? "trap" : "error", data.error));
      }
    };
    // the constant part of compact reports, once (render.js expandReport)
    if (catalogs.size === 0) worker.postMessage({ catalogs: true });
    worker.onerror = (e) => {
      e.preventDefault?.();
      restart();
      failAll(new CheckFailure("error", e.message));
    };
    return worker;
  };

  /** kind "text" ({text, options}) or "file" ({bytes, name, options}). */
  function run(kind, payload) {
    const w = start();
    if (!w) {
      const failed = (e) => Promise.reject(new CheckFailure("error", String(e?.message ?? e)));
      if (kind === "file" || payload.options?.profileJson != null) {
        return loadFull().then((m) => (kind === "file" ? m.checkFile(payload.bytes, payload.name, payload.options) : m.check(payload.text, payload.options))).catch(failed);
      }
      realText += payload.text?.length ?? 0;
      try {
        return Promise.resolve(direct.check(payload.text, payload.options));
      } catch (e) {
        return failed(e);
      }
    }
    const id = ++seq;
    const budget = globalThis.DXCHECK_WATCHDOG_MS ?? WATCHDOG_MS; // tests shorten it
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        restart();
        failAll(new CheckFailure("timeout"));
        reject(new CheckFailure("timeout"));
      }, budget);
      pending.set(id, { resolve, reject, timer });
      w.postMessage({ id, kind, ...payload, compact: kind === "text" });
    });
  }

  // no worker: the page's thread warms up, in idle time
  if (!start()) warmUp(direct.check, () => realText >= WARM_SAMPLE.length).then(onWarm);

  return { run, warmed, live };
}
