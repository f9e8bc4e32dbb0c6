// DXCheck host page: the editor, files, reports and exports around the wasm checker.
// Checks run in a Web Worker under a watchdog (checker.js); drafts are saved per tab in IndexedDB
// (drafts.js); the highlights behind the editor are updated block by block (highlight.js).
import init, { check, profiles, rules, version } from "../pkg/dxcheck_text.js";
import { CheckFailure, WATCHDOG_MS, createChecker, loadFull } from "./checker.js";
import { createDrafts } from "./drafts.js";
import { Highlighter } from "./highlight.js";
import { STRINGS } from "./i18n.js";
import { el, renderBudget, renderChecklist, renderFindings, renderTargets, summaryRow } from "./render.js";

const $ = (id) => document.getElementById(id);
const draft = $("draft");
const DEBOUNCE_MS = 120;
const SAVE_MS = 120;
let lang = localStorage.getItem("dxcheck.lang") === "en" ? "en" : "vi";
let report = null; // the report shown, for the text `reportText`
let reportText = null;
let fileName = null; // the file the draft came from, for the report and the print header
let current = -1; // index in report.findings of the current finding
let batch = []; // { row, report, text }
let previous = null; // the restore slot
let replacing = false;
let checkSeq = 0;
let highlighter;
let checker;
let drafts = null;

const t = () => STRINGS[lang];

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const v = t()[node.dataset.i18n];
    if (typeof v === "string") node.textContent = v;
  }
  $("lang").textContent = t().lang;
  $("lang").lang = lang === "vi" ? "en" : "vi";
  renderRules();
  $("results-title").textContent = lang === "vi" ? "Kết quả kiểm tra" : "Results";
  draft.placeholder = t().placeholder;
  if (report) render();
  if (batch.length) renderBatch();
}

function options() {
  const opts = {};
  if ($("profile").value) opts.profile = $("profile").value;
  if ($("level").value) opts.level = $("level").value;
  if (fileName) opts.fileName = fileName;
  return opts;
}

const shown = () => ({ error: $("show-error").checked, warning: $("show-warning").checked, info: $("show-info").checked });

/** Marks for the findings shown (filters apply), the current one outlined. */
function updateMarks() {
  if (!report || reportText !== draft.value) return;
  const show = shown();
  highlighter.setMarks(report.findings.flatMap((f, i) => (show[f.severity] ? [{ start: f.range.start, end: f.range.end, severity: f.severity, i, current: i === current }] : [])));
}

function markCurrentItem(scroll) {
  for (const li of document.querySelectorAll("#findings li.current")) {
    li.classList.remove("current");
    li.removeAttribute("aria-current");
  }
  const li = document.querySelector(`#findings li[data-i="${current}"]`);
  if (li) {
    li.classList.add("current");
    li.setAttribute("aria-current", "true");
    if (scroll) li.scrollIntoView({ block: "nearest" });
  }
}

function setCurrent(i, scrollList) {
  current = i;
  updateMarks();
  markCurrentItem(scrollList);
}

function selectRange(f) {
  setCurrent(report.findings.indexOf(f), false);
  draft.focus();
  draft.setSelectionRange(f.range.start, Math.max(f.range.end, f.range.start));
  // scroll the place a third of the way down: the backdrop wraps lines exactly like the
  // textarea, so its mark tells where the place is (long lines wrap: line numbers do not)
  const mark = $("backdrop").querySelector(`mark[data-i="${current}"]`);
  const lineHeight = parseFloat(getComputedStyle(draft).lineHeight) || 20;
  const top = mark ? mark.offsetTop : (draft.value.slice(0, f.range.start).split("\n").length - 1) * lineHeight;
  draft.scrollTop = Math.max(0, top - draft.clientHeight / 3);
  syncScroll();
}

/** F8 / Shift+F8: the next / previous finding shown, in the draft's order. */
function step(dir) {
  if (!report || reportText !== draft.value) return;
  const show = shown();
  const list = report.findings.map((f, i) => ({ f, i })).filter(({ f }) => show[f.severity])
    .sort((a, b) => a.f.range.start - b.f.range.start || a.i - b.i);
  if (list.length === 0) return;
  const at = list.findIndex(({ i }) => i === current);
  let k;
  if (at >= 0) k = (at + dir + list.length) % list.length;
  else {
    const caret = draft.selectionStart;
    k = dir > 0 ? list.findIndex(({ f }) => f.range.start > caret) : list.findLastIndex(({ f }) => f.range.start < caret);
    if (k < 0) k = dir > 0 ? 0 : list.length - 1;
  }
  selectRange(list[k].f);
  markCurrentItem(true);
}

/** The caret moved in the draft: the finding under it becomes the current one. */
function caretMoved() {
  if (!report || reportText !== draft.value) return;
  const pos = draft.selectionStart;
  const show = shown();
  const i = report.findings.findIndex((f) => show[f.severity] && f.range.end > f.range.start && f.range.start <= pos && pos < f.range.end);
  if (i !== current && (i >= 0 || current >= 0)) setCurrent(i, true);
}

function clearResults(message) {
  report = null;
  reportText = null;
  current = -1;
  $("status").textContent = message;
  for (const id of ["findings", "panel-checklist", "panel-targets", "panel-budget"]) $(id).replaceChildren();
  highlighter.setMarks([]);
  $("pinned").replaceChildren(el("span", {}, message));
}

function render() {
  const r = report;
  const text = draft.value;
  const blank = text.trim() === "" && !r.text;
  $("status").textContent = blank ? t().empty : t().summary(r);
  const onJump = (line) => jumpToLine(line);
  if (blank) {
    // a first visit is not an error: say how to start
    $("findings").replaceChildren(el("p", { className: "empty-state" }, t().emptyState));
    for (const id of ["panel-checklist", "panel-targets", "panel-budget"]) $(id).replaceChildren(el("p", { className: "none" }, t().emptyState));
    highlighter.setMarks([]);
  } else {
    // the item's index, not the object: a report with the same findings elsewhere keeps the list
    renderFindings($("findings"), r, { t: t(), lang, show: shown(), onSelect: (f, i) => selectRange(report.findings[i] ?? f) });
    if (r.summary.error === 0) {
      $("findings").prepend(el("p", { className: "success" }, r.summary.warning ? t().successWarnings(r.summary.warning) : t().success));
    }
    renderChecklist($("panel-checklist"), r, { t: t(), lang, onJump });
    renderTargets($("panel-targets"), r, { t: t(), lang });
    renderBudget($("panel-budget"), r, { t: t(), lang });
    updateMarks();
    markCurrentItem(false);
  }
  renderPinned(blank ? null : r);
  performance.mark("dx:rendered");
}

/** On a phone: counts and a jump to the first error, pinned above the editor. */
function renderPinned(r) {
  const box = $("pinned");
  if (!r) {
    box.replaceChildren(el("span", {}, t().empty));
    return;
  }
  const parts = [el("span", { className: "counts" }, t().summary(r))];
  const first = r.findings.filter((f) => f.severity === "error").sort((a, b) => a.range.start - b.range.start)[0];
  if (first) {
    const go = el("button", { type: "button", id: "pinned-first" }, t().firstError);
    go.addEventListener("click", () => selectRange(first));
    parts.push(go);
  }
  box.replaceChildren(...parts);
}

function jumpToLine(line) {
  const text = draft.value;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) break;
    start = nl + 1;
  }
  const end = text.indexOf("\n", start);
  draft.focus();
  draft.setSelectionRange(start, end === -1 ? text.length : end);
  const lineHeight = parseFloat(getComputedStyle(draft).lineHeight) || 20;
  const block = highlighter.blocks.find((b) => b.end > start);
  const top = block ? block.node.offsetTop + (text.slice(block.start, start).split("\n").length - 1) * lineHeight : 0;
  draft.scrollTop = Math.max(0, top - draft.clientHeight / 3);
  syncScroll();
}

function failureText(e) {
  if (e instanceof CheckFailure && e.reason === "timeout") return t().timeout(Math.round((globalThis.DXCHECK_WATCHDOG_MS ?? WATCHDOG_MS) / 1000));
  if (e instanceof CheckFailure && e.reason === "trap") return t().trap;
  return String(e?.message ?? e);
}

/** Check the editor's text; a reply for an older text is dropped. */
async function run() {
  const seq = ++checkSeq;
  const text = draft.value;
  performance.mark("dx:check");
  try {
    const r = await checker.run("text", { text, options: options() });
    performance.mark("dx:checked");
    if (seq !== checkSeq) return;
    if (text !== draft.value) return; // typed meanwhile: the next check is on its way
    const same = report && shape(r) === shape(report);
    report = r;
    reportText = text;
    if (same) {
      // typing moved the findings' places but not what they say: only the marks change
      updateMarks();
      markCurrentItem(false);
    } else {
      current = -1;
      render();
    }
  } catch (e) {
    if (seq !== checkSeq) return;
    const why = failureText(e);
    clearResults(t().checkFailed(null, why));
    showBanner(t().checkFailed(null, why));
  }
}

/** What the panels show of a report, without the places that move as one types. */
const shape = (r) => JSON.stringify([r.summary, r.plan_year, r.findings.map((f) => [f.rule, f.severity, f.section, f.line, f.message, f.place]), r.outline, r.targets, r.budget, r.text === null]);

let checkTimer;
let saveTimer;
function onInput(e) {
  // a paste, a drop or a replaced draft is checked at once; typing waits for a pause
  const now = replacing || e?.inputType === "insertFromPaste" || e?.inputType === "insertFromDrop" || e?.inputType === "historyUndo";
  if (e?.inputType === "historyUndo" || e?.inputType === "historyRedo") fileName = null;
  highlighter.edit(draft.value);
  syncScroll();
  clearTimeout(checkTimer);
  if (!replacing) checkTimer = setTimeout(run, now ? 0 : DEBOUNCE_MS);
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, now ? 0 : SAVE_MS);
}

function save() {
  if (!drafts) return;
  drafts.save(draft.value).then(() => {
    $("save-note").hidden = true;
  }, (e) => {
    $("save-note").hidden = false;
    $("save-note").textContent = t().saveFailed(e?.name === "QuotaExceededError" ? (lang === "vi" ? "hết dung lượng lưu trữ" : "storage full") : String(e?.message ?? e));
  });
}

function syncScroll() {
  $("backdrop").scrollTop = draft.scrollTop;
  $("backdrop").scrollLeft = draft.scrollLeft;
}

function setNote(text) {
  $("note").hidden = !text;
  $("note").textContent = text ?? "";
}

function showBanner(text, { restore = false, reload = false, info = false } = {}) {
  $("banner").hidden = false;
  $("banner").classList.toggle("info", info);
  $("banner-text").textContent = text;
  $("banner-restore").hidden = !restore;
  $("banner-reload").hidden = !reload;
}

/**
 * Put new text in the editor. What was typed before is kept in the restore slot (and in the
 * textarea's own undo history: Ctrl+Z brings it back).
 */
function replaceDraft(text, what) {
  const old = draft.value;
  if (old === text) return;
  if (old.trim() !== "") {
    previous = old;
    drafts?.keepPrevious(old).catch(() => {});
  }
  replacing = true;
  try {
    draft.focus();
    draft.select();
    const done = text === "" ? document.execCommand("delete") : document.execCommand("insertText", false, text);
    if (!done || draft.value !== text) {
      draft.value = text;
      onInput();
    }
  } finally {
    replacing = false;
  }
  draft.setSelectionRange(0, 0);
  draft.scrollTop = 0;
  syncScroll();
  if (old.trim() !== "") showBanner(t().replaced(what), { restore: true, info: true });
}

async function readWithProgress(file) {
  const box = $("progress-box");
  box.hidden = false;
  $("progress-label").textContent = `${t().reading} ${file.name}…`;
  try {
    return await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onprogress = (e) => { if (e.lengthComputable) $("progress").value = Math.round((e.loaded / e.total) * 100); };
      reader.onload = () => resolve(new Uint8Array(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(file);
    });
  } finally {
    box.hidden = true;
  }
}

/** The error finding that says the file could not be read at all, if any. */
const unreadable = (r) => r.findings.find((f) => f.rule === "input.unreadable" || f.rule === "input.too-large");

/** The file's report and the text its lines refer to (null when the file could not be read). */
async function checkOneFile(file) {
  const bytes = await readWithProgress(file);
  const r = await checker.run("file", { bytes, name: file.name, options: { ...options(), fileName: file.name } });
  const bad = unreadable(r);
  // a document's text, or converted TCVN3/VNI; plain UTF-8 text is the file itself
  return { r, bad, text: bad ? null : r.text ?? new TextDecoder().decode(bytes) };
}

async function openFiles(files) {
  if (files.length === 0) return;
  if (files.length > 1) return openBatch(files);
  const file = files[0];
  const seq = ++checkSeq;
  let r, bad, text;
  try {
    ({ r, bad, text } = await checkOneFile(file));
  } catch (e) {
    const why = failureText(e);
    clearResults(t().checkFailed(file.name, why));
    showBanner(t().checkFailed(file.name, why));
    return;
  }
  if (seq !== checkSeq) return;
  if (bad) {
    // the draft and its results stay; only the banner speaks of the file
    showBanner(t().unreadable(file.name, lang === "en" ? bad.message_en : bad.message));
    return;
  }
  openReport(r, text, file.name);
}

function openReport(r, text, name) {
  ++checkSeq;
  fileName = name;
  clearTimeout(checkTimer);
  replaceDraft(text, t().replacedFile(name));
  clearTimeout(checkTimer);
  setNote(r.text ? t().convertedNote : "");
  report = r;
  reportText = draft.value;
  current = -1;
  render();
}

async function openBatch(files) {
  batch = [];
  for (const f of files) {
    try {
      const { r, bad, text } = await checkOneFile(f);
      batch.push({ row: summaryRow(r, bad ? "unreadable" : "ok", bad ? (lang === "en" ? bad.message_en : bad.message) : ""), report: r, text });
    } catch (e) {
      batch.push({ row: summaryRow(null, "failed", failureText(e), f.name), report: null, text: null });
    }
  }
  renderBatch();
  const bad = batch.filter((b) => b.row.state !== "ok").length;
  $("status").textContent = t().batchDone(batch.length, bad);
  $("batch").scrollIntoView({ block: "start" });
  $("batch-title").focus({ preventScroll: true });
}

const BATCH_COLS = ["file", "state", "level", "plan_year", "errors", "warnings", "infos", "section", "target", "budget", "input", "missing"];

function renderBatch() {
  $("batch").hidden = batch.length === 0;
  const names = t().batchCols;
  const stateText = { ok: t().stateOk, unreadable: t().stateUnreadable, failed: t().stateFailed };
  const head = el("tr", {}, ...BATCH_COLS.map((c) => el("th", { scope: "col" }, names[c])));
  const rows = batch.map((b, k) => {
    const r = b.row;
    const cells = BATCH_COLS.map((c) => {
      if (c === "file") {
        const cell = el("th", { scope: "row" });
        if (b.text !== null) {
          const open = el("button", { type: "button", className: "open-row", "data-k": String(k) }, r.file);
          open.title = `${t().openRow} ${r.file}`;
          open.addEventListener("click", () => openReport(b.report, b.text, r.file));
          cell.append(open);
        } else cell.append(r.file);
        return cell;
      }
      if (c === "state") return el("td", {}, r.state === "ok" ? stateText.ok : `${stateText[r.state]}: ${r.reason}`);
      return el("td", {}, String(r[c]));
    });
    return el("tr", { "data-file": r.file, "data-state": r.state }, ...cells);
  });
  $("batch-table").replaceChildren(el("table", { className: "batch-table" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every rule the checker has, with its severity and what it means (the README's table). */
function renderRules() {
  const head = el("tr", {}, ...[t().rule, t().severity, t().meaning].map((h) => el("th", { scope: "col" }, h)));
  const rows = rules().map((r) => el("tr", { "data-rule": r.id },
    el("td", {}, el("code", {}, r.id)), el("td", {}, t()[r.severity] ?? r.severity), el("td", {}, lang === "en" ? r.summary_en : r.summary)));
  $("rules-table").replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
}

/** ARIA tabs: one Tab stop for the tab list (roving tabindex), arrows move between tabs. */
function selectTab(id, focus = false) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const on = tab.id === id;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
    $(tab.getAttribute("aria-controls")).hidden = !on;
  }
}

function tabKeys(e) {
  const tabs = [...document.querySelectorAll("[role=tab]")];
  const at = tabs.indexOf(e.target);
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  selectTab(tabs[(to + tabs.length) % tabs.length].id, true);
}

function watchServiceWorker() {
  if (!("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.register("sw.js").then((reg) => {
    reg.addEventListener("updatefound", () => {
      const next = reg.installing;
      next?.addEventListener("statechange", () => {
        if (next.state === "activated" && hadController) showBanner(t().newVersion, { reload: true, info: true });
      });
    });
  }).catch(() => { /* offline use is a bonus, not a requirement */ });
}

async function main() {
  // the single-file build hands the wasm bytes over; the served page fetches pkg/
  await init(globalThis.DXCHECK_WASM ? { module_or_path: globalThis.DXCHECK_WASM } : undefined);
  const workerUrl = location.protocol.startsWith("http") && !globalThis.DXCHECK_WASM ? new URL("dx-check-worker.js", import.meta.url) : null;
  checker = createChecker(workerUrl, { check }); // files: the full module, fetched by checker.js on the first one
  checker.warmed.then(() => { document.body.dataset.warm = "true"; }); // benchmarks and tests wait on it
  checker.live.then(() => { document.body.dataset.live = "true"; }); // and on this
  highlighter = new Highlighter($("backdrop"));
  $("version").textContent = `DXCheck ${version()}`;
  // first choice: the template of the plan's year (the checker reads the year from the title)
  $("profile").replaceChildren(
    el("option", { value: "", "data-i18n": "profileAuto" }, t().profileAuto),
    ...profiles().map((p) => el("option", { value: p.id }, `${p.id} — ${p.name}`)),
  );
  draft.addEventListener("input", onInput);
  draft.addEventListener("scroll", syncScroll);
  addEventListener("pagehide", () => { clearTimeout(saveTimer); save(); });
  draft.addEventListener("click", caretMoved);
  draft.addEventListener("keyup", (e) => { if (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End") caretMoved(); });
  document.addEventListener("keydown", (e) => {
    if (e.key === "F8") {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    }
  });
  $("next-finding").addEventListener("click", () => step(1));
  // one Tab from the editor, then Enter: the current (or first) finding has the focus
  $("to-findings").addEventListener("click", () => {
    selectTab("tab-findings");
    (document.querySelector("#findings li.current") ?? document.querySelector("#findings li"))?.focus();
  });
  $("prev-finding").addEventListener("click", () => step(-1));
  for (const id of ["profile", "level"]) $(id).addEventListener("change", run);
  for (const id of ["show-error", "show-warning", "show-info"]) $(id).addEventListener("change", () => report && render());
  $("sample").addEventListener("click", async () => {
    // the single-file build carries the sample inline (no fetch from file://)
    const text = globalThis.DXCHECK_SAMPLE ?? (await (await fetch("sample.txt")).text());
    fileName = null;
    setNote("");
    replaceDraft(text, t().replacedSample);
    run();
  });
  $("file").addEventListener("change", (e) => {
    openFiles([...(e.target.files ?? [])]);
    e.target.value = ""; // the same file can be picked again
  });
  $("clear").addEventListener("click", () => {
    fileName = null;
    setNote("");
    replaceDraft("", t().replacedClear);
    batch = [];
    renderBatch();
    run();
  });
  $("banner-close").addEventListener("click", () => { $("banner").hidden = true; });
  $("banner-reload").addEventListener("click", () => location.reload());
  $("banner-restore").addEventListener("click", async () => {
    const text = previous ?? (await drafts?.previous().catch(() => null));
    if (text === null || text === undefined) return;
    fileName = null;
    setNote("");
    replaceDraft(text, lang === "vi" ? "bản trước" : "the previous draft");
    run();
  });
  $("export").addEventListener("click", () => report && download("dxcheck-report.json", "application/json", JSON.stringify([report], null, 2) + "\n"));
  $("batch-json").addEventListener("click", () => download("dxcheck-tong-hop.json", "application/json",
    JSON.stringify(batch.map((b) => b.report ?? { file: b.row.file, error: b.row.reason }), null, 2) + "\n"));
  $("csv").addEventListener("click", async () => download("dxcheck-tong-hop.csv", "text/csv;charset=utf-8",
    // one CSV for the page and the CLI: written by the checker (src/report/csv.rs), in the full
    // module (a batch is files: the worker has needed it already)
    (await loadFull()).summaryCsv(batch.map((b) => b.row), $("csv-semicolon").checked ? ";" : ",")));
  $("print").addEventListener("click", () => window.print());
  addEventListener("beforeprint", () => {
    $("print-meta").textContent = t().printed(fileName, new Date().toLocaleString(lang === "en" ? "en-GB" : "vi-VN"));
  });
  $("lang").addEventListener("click", () => {
    lang = lang === "vi" ? "en" : "vi";
    localStorage.setItem("dxcheck.lang", lang);
    applyLanguage();
  });
  for (const tab of document.querySelectorAll("[role=tab]")) {
    tab.addEventListener("click", () => selectTab(tab.id));
    tab.addEventListener("keydown", tabKeys);
  }
  selectTab("tab-findings");
  const editor = $("editor");
  editor.addEventListener("dragover", (e) => { e.preventDefault(); editor.classList.add("dragging"); });
  editor.addEventListener("dragleave", () => editor.classList.remove("dragging"));
  editor.addEventListener("drop", (e) => {
    e.preventDefault();
    editor.classList.remove("dragging");
    openFiles([...(e.dataTransfer?.files ?? [])]);
  });
  try {
    drafts = createDrafts({ onOtherTab: () => showBanner(t().otherTab, { info: true }) });
    draft.value = await drafts.load();
  } catch (e) {
    drafts = null;
    draft.value = localStorage.getItem("dxcheck.draft") ?? "";
    $("save-note").hidden = false;
    $("save-note").textContent = t().saveFailed(String(e?.message ?? e));
  }
  highlighter.reset(draft.value);
  applyLanguage();
  await run();
  watchServiceWorker();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  $("status").textContent = `${STRINGS[lang].wasmFailed}: ${e.message ?? e}`;
});
