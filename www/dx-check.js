// <dx-check profile="khung-2024" level="tinh" lang="vi">: the checker as a custom element for
// portals. Self-contained: it imports only the wasm glue beside it (scripts/build-wasm.sh copies
// this file into pkg/ as pkg/dx-check.js), renders into its own shadow DOM with default styles
// (a constructed stylesheet: no inline style, nothing for a CSP to block), themeable through CSS
// custom properties (--dx-font, --dx-fg, --dx-bg, --dx-border, --dx-error, --dx-warning, --dx-info,
// --dx-accent). Checks run in a module worker beside it (dx-check-worker.js) under a watchdog, or
// on the page's thread where no worker can start. It fires `report` (detail: the Report) after
// the text it refers to is in the element. Properties: `value`, `report`; method `checkBytes()`.
// Text is checked by the core module (dxcheck_text.js); the full one (dxcheck.js, which reads
// .docx and .odt) is fetched on the first checkBytes().
import init, { check } from "../pkg/dxcheck_text.js";

const WATCHDOG_MS = 20000;
const DEBOUNCE_MS = 120;

const STRINGS = {
  vi: {
    draft: "Dự thảo kế hoạch",
    placeholder: "Dán nội dung dự thảo Kế hoạch chuyển đổi số vào đây…",
    loading: "Đang tải bộ kiểm tra…",
    summary: (r) => `Kế hoạch năm ${r.plan_year} · ${r.summary.error} lỗi, ${r.summary.warning} cảnh báo, ${r.summary.info} thông tin`,
    clean: "Không có lỗi nào.",
    empty: "Chưa có nội dung để kiểm tra.",
    failed: (why) => `Không kiểm tra được: ${why}. Kết quả trước đã được xóa.`,
    timeout: "quá thời gian, bộ kiểm tra đã được khởi động lại",
    error: "Lỗi", warning: "Cảnh báo", info: "Thông tin", line: "Dòng",
  },
  en: {
    draft: "Draft plan",
    placeholder: "Paste the draft digital-transformation plan here…",
    loading: "Loading the checker…",
    summary: (r) => `Plan year ${r.plan_year} · ${r.summary.error} errors, ${r.summary.warning} warnings, ${r.summary.info} notes`,
    clean: "No errors.",
    empty: "Nothing to check yet.",
    failed: (why) => `Check failed: ${why}. The previous results were cleared.`,
    timeout: "time limit exceeded, the checker was restarted",
    error: "Error", warning: "Warning", info: "Note", line: "Line",
  },
};

const CSS = `
:host { display: block; font: var(--dx-font, 15px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif); color: var(--dx-fg, #1f2328); }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
textarea { box-sizing: border-box; width: 100%; min-height: 12rem; font: inherit; padding: .5rem; resize: vertical;
  color: var(--dx-fg, #1f2328); background: var(--dx-bg, #fff); border: 1px solid var(--dx-border, #6e7781); border-radius: 4px; }
textarea:focus-visible, button:focus-visible { outline: 3px solid var(--dx-accent, #0969da); outline-offset: 1px; }
.dx-status { font-weight: 600; margin: .5rem 0; }
ol { list-style: none; padding: 0; margin: 0; }
li { margin: 0 0 .4rem; }
button { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: .4rem .6rem;
  border: 1px solid var(--dx-border, #c6ccd2); border-left: 5px solid var(--dx-info, #1a56a0); border-radius: 4px; background: var(--dx-bg, #fff); }
li[data-severity="error"] button { border-left-color: var(--dx-error, #a1001a); }
li[data-severity="warning"] button { border-left-color: var(--dx-warning, #7a4a00); }
.sev { font-weight: 700; text-transform: uppercase; font-size: .75rem; margin-right: .4rem; }
li[data-severity="error"] .sev { color: var(--dx-error, #a1001a); }
li[data-severity="warning"] .sev { color: var(--dx-warning, #7a4a00); }
li[data-severity="info"] .sev { color: var(--dx-info, #1a56a0); }
.where { font-size: .85rem; opacity: .85; }
.msg { display: block; margin-top: .15rem; }
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

let ready;
const load = () => (ready ??= init());
let full;
const loadFull = () => (full ??= import("../pkg/dxcheck.js").then(async (m) => {
  await m.default();
  return m;
}).catch((e) => {
  full = undefined;
  throw e;
}));

/** One worker per page, shared by the elements; recreated after a time-out or a trap. */
let worker = null;
let seq = 0;
const pending = new Map();
function runCheck(kind, payload) {
  if (worker === null) {
    try {
      worker = new Worker(new URL("./dx-check-worker.js", import.meta.url), { type: "module" });
      worker.onmessage = ({ data }) => {
        const job = pending.get(data.id);
        if (!job) return;
        pending.delete(data.id);
        clearTimeout(job.timer);
        if (data.report) job.resolve(data.report);
        else {
          if (data.trap) restart();
          job.reject(new Error(data.error));
        }
      };
      worker.onerror = (e) => {
        e.preventDefault();
        restart();
        worker = false; // no worker here (not served beside this file): check on this thread
        for (const job of pending.values()) job.retry();
        pending.clear();
      };
    } catch {
      worker = false;
    }
  }
  if (worker === false) {
    return kind === "file" ? loadFull().then((m) => m.checkFile(payload.bytes, payload.name, payload.options)) : load().then(() => check(payload.text, payload.options));
  }
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      restart();
      reject(Object.assign(new Error("timeout"), { timeout: true }));
    }, WATCHDOG_MS);
    pending.set(id, { resolve, reject, timer, retry: () => { clearTimeout(timer); runCheck(kind, payload).then(resolve, reject); } });
    worker.postMessage({ id, kind, ...payload });
  });
}
function restart() {
  if (worker) worker.terminate();
  if (worker !== false) worker = null;
}

export class DxCheckElement extends HTMLElement {
  static observedAttributes = ["profile", "level", "lang"];

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styles()];
    this.labelEl = document.createElement("label");
    this.labelEl.htmlFor = "draft";
    this.textarea = document.createElement("textarea");
    this.textarea.id = "draft";
    this.textarea.className = "dx-draft";
    this.textarea.spellcheck = false;
    this.status = document.createElement("p");
    this.status.className = "dx-status";
    this.status.setAttribute("role", "status");
    this.list = document.createElement("ol");
    this.list.className = "dx-findings";
    root.append(this.labelEl, this.textarea, this.status, this.list);
    this.report = null;
    this.seq = 0;
    this.textarea.addEventListener("input", (e) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.run(), e.inputType === "insertFromPaste" ? 0 : DEBOUNCE_MS);
    });
  }

  connectedCallback() {
    this.applyLanguage();
    if (!this.started) {
      this.started = true;
      this.run();
    }
  }

  attributeChangedCallback(name) {
    if (!this.started) return;
    if (name === "lang") this.applyLanguage();
    else this.run();
  }

  get t() {
    return STRINGS[this.getAttribute("lang") === "en" ? "en" : "vi"];
  }

  applyLanguage() {
    this.labelEl.textContent = this.t.draft;
    this.textarea.placeholder = this.t.placeholder;
    if (this.report) this.paint();
    else if (!this.status.textContent) this.status.textContent = this.t.loading;
  }

  options() {
    const o = {};
    if (this.getAttribute("profile")) o.profile = this.getAttribute("profile");
    if (this.getAttribute("level")) o.level = this.getAttribute("level");
    return o;
  }

  get value() {
    return this.textarea.value;
  }

  /** Sets the text at once; the `report` event follows when it has been checked. */
  set value(text) {
    this.textarea.value = String(text ?? "");
    clearTimeout(this.timer);
    this.run();
  }

  /** Check a file's bytes (.docx, .odt, text): its text goes into the element, then `report`. */
  async checkBytes(bytes, name = "") {
    const mine = ++this.seq;
    try {
      const report = await runCheck("file", { bytes, name, options: { ...this.options(), fileName: name || undefined } });
      if (mine !== this.seq) return report;
      if (report.text !== null && report.text !== undefined) this.textarea.value = report.text;
      else if (!report.findings.some((f) => f.rule === "input.unreadable" || f.rule === "input.too-large")) this.textarea.value = new TextDecoder().decode(bytes);
      this.publish(report);
      return report;
    } catch (e) {
      this.fail(e);
      throw e;
    }
  }

  async run() {
    const mine = ++this.seq;
    const text = this.textarea.value;
    try {
      const report = await runCheck("text", { text, options: this.options() });
      if (mine === this.seq && text === this.textarea.value) this.publish(report);
    } catch (e) {
      if (mine === this.seq) this.fail(e);
    }
  }

  fail(e) {
    this.report = null;
    this.list.replaceChildren();
    this.status.textContent = this.t.failed(e?.timeout ? this.t.timeout : String(e?.message ?? e));
  }

  publish(report) {
    this.report = report;
    this.paint();
    this.dispatchEvent(new CustomEvent("report", { detail: report, bubbles: true, composed: true }));
  }

  paint() {
    const r = this.report;
    const t = this.t;
    const en = this.getAttribute("lang") === "en";
    this.status.textContent = this.textarea.value.trim() === "" && !r.text ? t.empty : r.summary.error === 0 ? `${t.summary(r)} — ${t.clean}` : t.summary(r);
    this.list.replaceChildren(...r.findings.map((f) => {
      const li = document.createElement("li");
      li.dataset.rule = f.rule;
      li.dataset.severity = f.severity;
      li.dataset.section = f.section ?? "";
      li.dataset.line = String(f.line);
      const button = document.createElement("button");
      button.type = "button";
      const sev = document.createElement("span");
      sev.className = "sev";
      sev.textContent = t[f.severity] ?? f.severity;
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = [`${t.line} ${f.line}`, f.section, f.rule].filter(Boolean).join(" · ");
      const msg = document.createElement("span");
      msg.className = "msg";
      msg.textContent = en ? f.message_en : f.message;
      button.append(sev, where, msg);
      button.addEventListener("click", () => {
        this.textarea.focus();
        this.textarea.setSelectionRange(f.range.start, Math.max(f.range.start, f.range.end));
      });
      li.append(button);
      return li;
    }));
  }
}

if (!customElements.get("dx-check")) customElements.define("dx-check", DxCheckElement);
