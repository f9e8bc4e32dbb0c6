// DXCheck host page: the editor, files, reports and exports around the wasm checker.
import init, { check, checkFile, profiles, rules, summaryCsv, version } from "../pkg/dxcheck.js";
import { STRINGS } from "./i18n.js";
import { el, renderBudget, renderChecklist, renderFindings, renderHighlights, renderTargets } from "./render.js";

const $ = (id) => document.getElementById(id);
const draft = $("draft");
const DEBOUNCE_MS = 120;
const SAVE_KEY = "dxcheck.draft";
let lang = localStorage.getItem("dxcheck.lang") === "en" ? "en" : "vi";
let report = null;
let batchRows = [];

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
}

function options() {
  const opts = {};
  if ($("profile").value) opts.profile = $("profile").value;
  if ($("level").value) opts.level = $("level").value;
  return opts;
}

function selectRange(f) {
  draft.focus();
  draft.setSelectionRange(f.range.start, Math.max(f.range.end, f.range.start));
  // scroll the place a third of the way down: the backdrop wraps lines exactly like the
  // textarea, so its mark tells where the place is (long lines wrap: line numbers do not)
  const mark = $("backdrop").querySelector(`mark[data-start="${f.range.start}"]`);
  const lineHeight = parseFloat(getComputedStyle(draft).lineHeight) || 20;
  const top = mark ? mark.offsetTop : (draft.value.slice(0, f.range.start).split("\n").length - 1) * lineHeight;
  draft.scrollTop = Math.max(0, top - draft.clientHeight / 3);
  syncScroll();
  for (const m of document.querySelectorAll("#findings li.current")) m.classList.remove("current");
}

function render() {
  const r = report;
  const text = draft.value;
  $("status").textContent = text.trim() === "" && !r.text ? t().empty : t().summary(r);
  const show = { error: $("show-error").checked, warning: $("show-warning").checked, info: $("show-info").checked };
  renderFindings($("findings"), r, { t: t(), lang, show, onSelect: selectRange });
  renderChecklist($("panel-checklist"), r, { t: t(), lang });
  renderTargets($("panel-targets"), r, { t: t(), lang });
  renderBudget($("panel-budget"), r, { t: t(), lang });
  renderHighlights($("backdrop"), text, r.findings);
}

function run() {
  try {
    report = check(draft.value, options());
    render();
  } catch (e) {
    $("status").textContent = `${t().failed}: ${e.message ?? e}`;
  }
}

let timer;
function onInput() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    run();
    try { localStorage.setItem(SAVE_KEY, draft.value); } catch { /* full or disabled: the draft stays in the page */ }
  }, DEBOUNCE_MS);
  renderHighlights($("backdrop"), draft.value, []); // stale marks would point at the wrong text
}

function syncScroll() {
  $("backdrop").scrollTop = draft.scrollTop;
  $("backdrop").scrollLeft = draft.scrollLeft;
}

function setNote(text) {
  $("note").hidden = !text;
  $("note").textContent = text ?? "";
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

async function openFiles(files) {
  if (files.length === 0) return;
  if (files.length === 1) {
    const bytes = await readWithProgress(files[0]);
    await new Promise((r) => setTimeout(r)); // let the progress bar go before the check runs
    report = checkFile(bytes, files[0].name, options());
    // the page shows the text the lines refer to: a document's text, or converted TCVN3/VNI
    draft.value = report.text ?? new TextDecoder().decode(bytes);
    setNote(report.text ? t().convertedNote : "");
    render();
    try { localStorage.setItem(SAVE_KEY, draft.value); } catch { /* ignore */ }
    return;
  }
  batchRows = [];
  for (const f of files) {
    const bytes = await readWithProgress(f);
    // the summary row is built by the checker (the same as `dxcheck --format csv`)
    batchRows.push(checkFile(bytes, f.name, options()).row);
  }
  renderBatch();
}

function renderBatch() {
  $("batch").hidden = batchRows.length === 0;
  const cols = ["file", "level", "plan_year", "errors", "warnings", "infos", "section", "target", "budget", "input", "missing", "note"];
  const head = el("tr", {}, ...cols.map((c) => el("th", { scope: "col" }, c)));
  const rows = batchRows.map((r) => el("tr", { "data-file": r.file }, ...cols.map((c) => el("td", {}, String(r[c])))));
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

function selectTab(id) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const on = tab.id === id;
    tab.setAttribute("aria-selected", String(on));
    $(tab.getAttribute("aria-controls")).hidden = !on;
  }
}

async function main() {
  // the single-file build hands the wasm bytes over; the served page fetches pkg/
  await init(globalThis.DXCHECK_WASM ? { module_or_path: globalThis.DXCHECK_WASM } : undefined);
  $("version").textContent = `DXCheck ${version()}`;
  // first choice: the template of the plan's year (the checker reads the year from the title)
  $("profile").replaceChildren(
    el("option", { value: "", "data-i18n": "profileAuto" }, t().profileAuto),
    ...profiles().map((p) => el("option", { value: p.id }, `${p.id} — ${p.name}`)),
  );
  draft.addEventListener("input", onInput);
  draft.addEventListener("scroll", syncScroll);
  for (const id of ["profile", "level"]) $(id).addEventListener("change", run);
  for (const id of ["show-error", "show-warning", "show-info"]) $(id).addEventListener("change", () => report && render());
  $("sample").addEventListener("click", async () => {
    // the single-file build carries the sample inline (no fetch from file://)
    draft.value = globalThis.DXCHECK_SAMPLE ?? (await (await fetch("sample.txt")).text());
    setNote("");
    run();
    try { localStorage.setItem(SAVE_KEY, draft.value); } catch { /* ignore */ }
  });
  $("file").addEventListener("change", (e) => openFiles([...(e.target.files ?? [])]));
  $("clear").addEventListener("click", () => {
    draft.value = "";
    localStorage.removeItem(SAVE_KEY);
    setNote("");
    batchRows = [];
    renderBatch();
    run();
  });
  $("export").addEventListener("click", () => report && download("dxcheck-report.json", "application/json", JSON.stringify([report], null, 2) + "\n"));
  $("csv").addEventListener("click", () => download("dxcheck-tong-hop.csv", "text/csv;charset=utf-8", summaryCsv(batchRows)));
  $("print").addEventListener("click", () => window.print());
  $("lang").addEventListener("click", () => {
    lang = lang === "vi" ? "en" : "vi";
    localStorage.setItem("dxcheck.lang", lang);
    applyLanguage();
  });
  for (const tab of document.querySelectorAll("[role=tab]")) tab.addEventListener("click", () => selectTab(tab.id));
  const editor = $("editor");
  editor.addEventListener("dragover", (e) => { e.preventDefault(); editor.classList.add("dragging"); });
  editor.addEventListener("dragleave", () => editor.classList.remove("dragging"));
  editor.addEventListener("drop", (e) => {
    e.preventDefault();
    editor.classList.remove("dragging");
    openFiles([...(e.dataTransfer?.files ?? [])]);
  });
  draft.value = localStorage.getItem(SAVE_KEY) ?? "";
  applyLanguage();
  run();
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    navigator.serviceWorker.register("sw.js").catch(() => { /* offline use is a bonus, not a requirement */ });
  }
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  $("status").textContent = `${STRINGS[lang].wasmFailed}: ${e.message ?? e}`;
});
