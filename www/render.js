// DOM builders shared by the page and <dx-check>. Everything from a draft or a report is set
// with textContent or createTextNode: nothing is ever parsed as HTML.

const SVG = "http://www.w3.org/2000/svg";

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    if (k.startsWith("data-") || k.startsWith("aria-") || k === "role" || k === "scope") node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const c of children) node.append(c);
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/** Findings grouped by section (in template order), filtered by severity. */
export function renderFindings(container, report, { t, lang, show, onSelect }) {
  const order = new Map(report.outline.map((s, i) => [s.id, i]));
  const index = new Map(report.findings.map((f, i) => [f, i]));
  const groups = new Map();
  for (const f of report.findings) {
    if (!show[f.severity]) continue;
    const key = f.section ?? "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const keys = [...groups.keys()].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
  if (keys.length === 0) {
    container.replaceChildren(el("p", { className: "none" }, t.noFindings));
    return;
  }
  container.replaceChildren(...keys.map((key) => {
    const entry = report.outline.find((s) => s.id === key);
    const title = key ? `${key} — ${entry ? (lang === "en" ? entry.title_en : entry.title) : ""}` : t.general;
    const list = el("ol", { className: "findings" }, ...groups.get(key).map((f) => findingItem(f, index.get(f), { t, lang, onSelect })));
    return el("section", { className: "group", "data-section": key }, el("h3", {}, title), list);
  }));
}

function findingItem(f, i, { t, lang, onSelect }) {
  const li = el("li", {
    tabIndex: 0,
    "data-i": String(i),
    "data-rule": f.rule,
    "data-severity": f.severity,
    "data-section": f.section ?? "",
    "data-line": String(f.line),
  });
  const where = [`${t.line} ${f.line}`, f.place, f.rule].filter(Boolean).join(" · ");
  li.append(
    el("span", { className: "sev" }, t[f.severity] ?? f.severity),
    el("span", { className: "where" }, where),
    el("p", { className: "msg" }, lang === "en" ? f.message_en : f.message),
  );
  if (f.expected || f.actual) {
    li.append(el("p", { className: "figures" }, [
      f.expected ? `expected: ${f.expected}` : "",
      f.actual ? `actual: ${f.actual}` : "",
      f.difference ? `difference: ${f.difference}` : "",
    ].filter(Boolean).join(" · ")));
  }
  if (f.suggestion && lang !== "en") li.append(el("p", { className: "hint" }, f.suggestion));
  const go = () => onSelect?.(f);
  li.addEventListener("click", go);
  li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
  return li;
}

/** The template's sections with their status: present / empty / missing. */
export function renderChecklist(container, report, { t, lang }) {
  const label = { present: t.present, empty: t.emptyStatus, missing: t.missing };
  container.replaceChildren(el("ul", { className: "checklist" }, ...report.outline.map((s) => el(
    "li",
    { className: `d${Math.min(s.depth, 4)}`, "data-section": s.id, "data-status": s.status },
    el("span", { className: "status" }, label[s.status]),
    ` ${s.id} — ${lang === "en" ? s.title_en : s.title}${s.line ? ` (${t.line.toLowerCase()} ${s.line})` : ""}`,
  ))));
}

function figureText(q) {
  const n = (v) => String(v).replace(".", ",");
  const cmp = { eq: "", ge: "≥ ", gt: "> ", le: "≤ ", lt: "< ", about: "~" };
  switch (q.kind) {
    case "percent": return `${cmp[q.comparator]}${n(q.value)}%`;
    case "percent_range": return `${n(q.low)}–${n(q.high)}%`;
    case "count": return `${cmp[q.comparator]}${n(q.value)} ${q.unit}`;
    case "rank": return `Top ${q.value}`;
    default: return "";
  }
}

/** The plan's targets, each figure next to the national value it answers. */
export function renderTargets(container, report, { t }) {
  if (report.targets.length === 0) {
    container.replaceChildren(el("p", { className: "none" }, t.noTargets));
    return;
  }
  const head = el("tr", {}, ...[t.line, t.targetText, t.planFigure, t.indicator, t.national].map((h) => el("th", { scope: "col" }, h)));
  const rows = report.targets.map((tg) => {
    const figures = tg.figures.map(figureText).join("; ") || (tg.deadline ?? "—");
    const ind = tg.indicators.map((i) => `${i.id} ${i.name}`).join("; ");
    const nat = tg.indicators.map((i) => i.national ? `${i.national} (${i.year})` : "—").join("; ");
    return el("tr", { "data-quantified": String(tg.quantified) },
      el("td", {}, String(tg.line)), el("td", {}, tg.text), el("td", {}, figures), el("td", {}, ind || "—"), el("td", {}, nat || "—"));
  });
  container.replaceChildren(el("table", { className: "targets" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

/** Declared total against the sum of the project list, and the split by source, as bars. */
export function renderBudget(container, report, { t }) {
  const b = report.budget;
  if (!b || (!b.declared_total && !b.items_total)) {
    container.replaceChildren(el("p", { className: "none" }, t.noBudget));
    return;
  }
  const bars = [[t.declared, b.declared_total], [t.itemsSum, b.items_total]].filter(([, m]) => m);
  const max = Math.max(...bars.map(([, m]) => m.dong), ...b.by_source.map((s) => s.amount.dong), 1);
  const width = 360, row = 28;
  const chart = (items, cls) => {
    const s = svg("svg", { viewBox: `0 0 ${width + 280} ${items.length * row + 6}`, role: "img", class: cls });
    items.forEach(([label, m], i) => {
      const w = Math.max(2, Math.round((m.dong / max) * width));
      s.append(
        svg("rect", { x: 0, y: i * row + 4, width: w, height: row - 10, class: `bar bar${i}` }),
        svg("text", { x: w + 6, y: i * row + row / 2 + 3 }, document.createTextNode(`${label}: ${m.text}`)),
      );
    });
    s.setAttribute("aria-label", items.map(([l, m]) => `${l}: ${m.text}`).join("; "));
    return s;
  };
  const parts = [el("h3", {}, `${t.tabBudget} (${b.unit})`), chart(bars, "totals")];
  if (b.by_source.length) parts.push(el("h3", {}, t.bySource), chart(b.by_source.map((s) => [s.label, s.amount]), "sources"));
  container.replaceChildren(...parts);
}

/**
 * One row per file for reviewers: counts by rule family and the missing sections (ID and title).
 * `state` is "ok", "unreadable" (with the reason) or "failed" (the check itself did not finish).
 */
export function summaryRow(report, state = "ok", reason = "", name = "") {
  if (!report) {
    return { file: name, state, reason, level: "", plan_year: "", errors: "", warnings: "", infos: "", section: "", target: "", budget: "", input: "", missing: "", missing_titles: "" };
  }
  const family = (p) => report.findings.filter((f) => f.rule.startsWith(p)).length;
  const missing = report.findings.filter((f) => f.rule === "section.missing" && f.section).map((f) => f.section);
  const title = (id) => report.outline.find((s) => s.id === id)?.title ?? "";
  return {
    file: report.file ?? name,
    state,
    reason,
    level: report.level ?? "",
    plan_year: report.plan_year,
    errors: report.summary.error,
    warnings: report.summary.warning,
    infos: report.summary.info,
    section: family("section."),
    target: family("target."),
    budget: family("budget."),
    input: family("input.") + family("document.") + family("appendix."),
    missing: missing.join(" "),
    missing_titles: missing.map((id) => `${id} ${title(id)}`.trim()).join("; "),
  };
}

/**
 * CSV for a spreadsheet: `,` or `;` (Excel in a Vietnamese locale) between cells. A cell that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first: a file named
 * `=HYPERLINK(…).docx`) gets a leading apostrophe.
 */
export function toCsv(rows, sep = ",") {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]);
  const cell = (v) => {
    let s = String(v ?? "");
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  // a BOM so Excel opens the Vietnamese text as UTF-8
  return "\ufeff" + [cols.join(sep), ...rows.map((r) => cols.map((c) => cell(r[c])).join(sep))].join("\r\n") + "\r\n";
}
