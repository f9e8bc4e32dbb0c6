// <dx-check profile="khung-2024" level="tinh">: the checker as a custom element for portals.
// One module script plus pkg/; no inline script or style, so it runs under a strict CSP
// (`script-src 'self' 'wasm-unsafe-eval'`). It dispatches a `report` event (detail: the Report)
// after every check. Properties: `value` (the draft text), `report` (the last Report).
import init, { check, checkFile } from "../pkg/dxcheck.js";
import { STRINGS } from "./i18n.js";
import { el, renderFindings } from "./render.js";

let ready;
const load = () => (ready ??= init());

class DxCheck extends HTMLElement {
  static observedAttributes = ["profile", "level", "lang"];

  connectedCallback() {
    if (this.textarea) return;
    const id = `dx-${Math.random().toString(36).slice(2, 8)}`;
    const lang = this.lang_();
    this.textarea = el("textarea", { id, className: "dx-draft", rows: 12, spellcheck: false });
    this.status = el("p", { className: "dx-status", role: "status", "aria-live": "polite" });
    this.list = el("div", { className: "dx-findings" });
    this.append(el("label", { htmlFor: id }, STRINGS[lang].draft), this.textarea, this.status, this.list);
    let timer;
    this.textarea.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.run(), 120);
    });
    load().then(() => this.run());
  }

  attributeChangedCallback() {
    if (this.textarea) load().then(() => this.run());
  }

  lang_() {
    return this.getAttribute("lang") === "en" ? "en" : "vi";
  }

  options() {
    const o = {};
    if (this.getAttribute("profile")) o.profile = this.getAttribute("profile");
    if (this.getAttribute("level")) o.level = this.getAttribute("level");
    return o;
  }

  get value() {
    return this.textarea?.value ?? "";
  }

  set value(text) {
    load().then(() => {
      this.textarea.value = text;
      this.run();
    });
  }

  /** Check a file's bytes (.docx, .odt, text) and show its text. */
  async checkBytes(bytes, name) {
    await load();
    this.publish(checkFile(bytes, name, this.options()));
    if (this.report.text) this.textarea.value = this.report.text;
  }

  run() {
    try {
      this.publish(check(this.textarea.value, this.options()));
    } catch (e) {
      this.status.textContent = String(e.message ?? e);
    }
  }

  publish(report) {
    this.report = report;
    const lang = this.lang_();
    const t = STRINGS[lang];
    this.status.textContent = t.summary(report);
    renderFindings(this.list, report, {
      t,
      lang,
      show: { error: true, warning: true, info: true },
      onSelect: (f) => {
        this.textarea.focus();
        this.textarea.setSelectionRange(f.range.start, f.range.end);
      },
    });
    this.dispatchEvent(new CustomEvent("report", { detail: report, bubbles: true }));
  }
}

customElements.define("dx-check", DxCheck);
