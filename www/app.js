// DXCheck host page: wires the textarea to the wasm checker. Findings are rendered with
// textContent only: nothing from the draft is ever parsed as HTML.
import init, { check, profiles, version } from "../pkg/dxcheck.js";

const $ = (id) => document.getElementById(id);
const draft = $("draft");
const SEVERITY_VI = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };
const DEBOUNCE_MS = 150;

function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith("data-")) node.setAttribute(k, v);
    else node[k] = v;
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

function options() {
  const opts = { profile: $("profile").value || undefined };
  if ($("level").value) opts.level = $("level").value;
  return opts;
}

function render(report) {
  const { error, warning, info } = report.summary;
  $("status").textContent = draft.value.trim() === ""
    ? "Chưa có nội dung để kiểm tra."
    : `Kế hoạch năm ${report.plan_year} · ${error} lỗi, ${warning} cảnh báo, ${info} thông tin`;
  const list = $("findings");
  list.replaceChildren(...report.findings.map((f) => {
    const li = el("li", {
      tabIndex: 0,
      "data-rule": f.rule,
      "data-severity": f.severity,
      "data-section": f.section ?? "",
      "data-line": String(f.line),
    });
    li.append(
      el("span", { className: "sev" }, SEVERITY_VI[f.severity] ?? f.severity),
      el("span", { className: "where" }, `Dòng ${f.line}${f.section ? " · " + f.section : ""} · ${f.rule}`),
      el("p", { className: "msg" }, f.message),
    );
    if (f.suggestion) li.append(el("p", { className: "hint" }, f.suggestion));
    li.append(el("p", { className: "en", lang: "en" }, f.message_en));
    const go = () => {
      draft.focus();
      draft.setSelectionRange(f.range.start, Math.max(f.range.end, f.range.start));
    };
    li.addEventListener("click", go);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
    return li;
  }));
  $("outline").replaceChildren(...report.outline.map((s) => el(
    "li",
    { className: `d${Math.min(s.depth, 4)}`, "data-section": s.id, "data-status": s.status },
    `${s.id} — ${s.title}${s.line ? ` (dòng ${s.line})` : ""}`,
  )));
}

function run() {
  try {
    render(check(draft.value, options()));
  } catch (e) {
    $("status").textContent = `Không kiểm tra được: ${e.message ?? e}`;
  }
}

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function main() {
  await init();
  $("version").textContent = `DXCheck ${version()}`;
  $("profile").replaceChildren(...profiles().map((p) => el("option", { value: p.id }, `${p.id} — ${p.name}`)));
  draft.addEventListener("input", schedule);
  $("profile").addEventListener("change", run);
  $("level").addEventListener("change", run);
  $("sample").addEventListener("click", async () => {
    const res = await fetch("sample.txt");
    draft.value = await res.text();
    run();
  });
  $("file").addEventListener("change", async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    draft.value = await file.text();
    run();
  });
  document.body.dataset.ready = "true";
  run();
}

main().catch((e) => {
  $("status").textContent = `Không tải được bộ kiểm tra (WebAssembly): ${e.message ?? e}`;
});
