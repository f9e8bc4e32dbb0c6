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
  const go = () => onSelect?.(f, i);
  li.addEventListener("click", go);
  li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
  return li;
}

/**
 * The template's sections with their status: present / empty / missing, a count of those with
 * content, a "missing or empty only" filter, and a click on a present one goes to its heading.
 */
export function renderChecklist(container, report, { t, lang, onJump }) {
  const label = { present: t.present, empty: t.emptyStatus, missing: t.missing };
  const filled = report.outline.filter((s) => s.status === "present").length;
  const only = el("input", { type: "checkbox", id: "checklist-only", checked: container.dataset.only === "true" });
  const list = el("ul", { className: "checklist" });
  const fill = () => {
    container.dataset.only = String(only.checked);
    list.replaceChildren(...report.outline.filter((s) => !only.checked || s.status !== "present").map((s) => {
      const text = ` ${s.id} — ${lang === "en" ? s.title_en : s.title}${s.line ? ` (${t.line.toLowerCase()} ${s.line})` : ""}`;
      const li = el("li", { className: `d${Math.min(s.depth, 4)}`, "data-section": s.id, "data-status": s.status }, el("span", { className: "status" }, label[s.status]));
      if (s.line && onJump) {
        const go = el("button", { type: "button", className: "link" }, text.trim());
        go.addEventListener("click", () => onJump(s.line));
        li.append(" ", go);
      } else li.append(text);
      return li;
    }));
  };
  only.addEventListener("change", fill);
  fill();
  container.replaceChildren(
    el("p", { className: "count" }, t.checklistCount(filled, report.outline.length)),
    el("label", { className: "only" }, only, " ", t.onlyMissing),
    list,
  );
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

const WORST = { error: 3, warning: 2, info: 1 };
const percentOf = (text) => {
  const m = /^([\d.,]+)\s*%$/.exec(String(text ?? "").trim());
  return m ? Number(m[1].replace(/\./g, "").replace(",", ".")) : null;
};
const num = (v) => String(Math.round(v * 100) / 100).replace(".", ",");

/** The plan's targets coloured by verdict, each figure next to the national value and the gap. */
export function renderTargets(container, report, { t, lang }) {
  if (report.targets.length === 0) {
    container.replaceChildren(el("p", { className: "none" }, t.noTargets));
    return;
  }
  const head = el("tr", {}, ...[t.line, t.targetText, t.planFigure, t.indicator, t.national, t.verdict].map((h) => el("th", { scope: "col" }, h)));
  const rows = report.targets.map((tg) => {
    const figures = tg.figures.map(figureText).join("; ") || (tg.deadline ?? "—");
    const ind = tg.indicators.map((i) => `${i.id} ${i.name}`).join("; ");
    const nat = tg.indicators.map((i) => i.national ? `${i.national} (${i.year})` : "—").join("; ");
    const found = report.findings.filter((f) => f.rule.startsWith("target.") && f.line === tg.line);
    const worst = found.reduce((w, f) => (WORST[f.severity] > (WORST[w] ?? 0) ? f.severity : w), null);
    const verdict = worst ?? (tg.quantified ? "ok" : "warning");
    const gaps = tg.indicators.flatMap((i) => {
      const q = tg.figures[i.figure];
      const national = percentOf(i.national);
      if (!q || q.kind !== "percent" || national === null) return [];
      const gap = q.value - national;
      return [gap < 0 ? t.gapBelow(num(-gap)) : gap > 0 ? t.gapAbove(num(gap)) : t.gapEqual];
    });
    const words = found.length ? found.map((f) => (lang === "en" ? f.message_en : f.message)) : [tg.quantified ? t.verdictOk : t.verdictVague];
    return el("tr", { "data-quantified": String(tg.quantified), "data-verdict": verdict },
      el("td", {}, String(tg.line)), el("td", {}, tg.text), el("td", {}, figures), el("td", {}, ind || "—"), el("td", {}, nat || "—"),
      el("td", {}, [...gaps, ...words].join(" · ")));
  });
  container.replaceChildren(el("table", { className: "targets" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

/** An amount in đồng written in the plan's unit, Vietnamese style (`1.000 triệu đồng`). */
function inUnit(dong, unit) {
  const scale = /tỷ/.test(unit) ? 1e9 : /triệu|tr/.test(unit) ? 1e6 : /nghìn|ngàn/.test(unit) ? 1e3 : 1;
  const v = Math.round((dong / scale) * 100) / 100;
  const [int, frac] = String(Math.abs(v)).split(".");
  return `${v < 0 ? "−" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${frac ? `,${frac}` : ""} ${unit}`;
}

/**
 * Declared total, sum of the project list and sum of the sources as bars, with the differences
 * said and drawn. Labels are HTML beside the bars, so they stay readable on a phone.
 */
export function renderBudget(container, report, { t }) {
  const b = report.budget;
  if (!b || (!b.declared_total && !b.items_total)) {
    container.replaceChildren(el("p", { className: "none" }, t.noBudget));
    return;
  }
  const sources = b.by_source.reduce((sum, s) => sum + s.amount.dong, 0);
  const bars = [[t.declared, b.declared_total], [t.itemsSum, b.items_total]].filter(([, m]) => m);
  if (b.by_source.length > 1) bars.push([t.sourcesSum, { dong: sources, text: inUnit(sources, b.unit) }]);
  const max = Math.max(...bars.map(([, m]) => m.dong), ...b.by_source.map((s) => s.amount.dong), 1);
  const chart = (items, cls) => el("div", { className: `bars ${cls}`, role: "list" }, ...items.map(([label, m], i) => {
    const w = Math.max(0.5, (m.dong / max) * 100);
    const bar = svg("svg", { viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true" },
      svg("rect", { x: 0, y: 0, width: w.toFixed(2), height: 10, class: `bar bar${i}` }));
    return el("div", { className: "bar-row", role: "listitem" }, el("span", { className: "bar-label" }, `${label}: ${m.text}`), bar);
  }));
  const parts = [el("h3", {}, `${t.tabBudget} (${b.unit})`), chart(bars, "totals")];
  const diffs = [];
  if (b.declared_total && b.items_total && b.declared_total.dong !== b.items_total.dong) {
    diffs.push(t.diffItems(inUnit(b.items_total.dong - b.declared_total.dong, b.unit)));
  }
  if (b.declared_total && b.by_source.length > 1 && sources !== b.declared_total.dong) {
    diffs.push(t.diffSources(inUnit(sources - b.declared_total.dong, b.unit)));
  }
  if (diffs.length) parts.push(el("ul", { className: "diffs" }, ...diffs.map((d) => el("li", {}, d))));
  else if (bars.length > 1) parts.push(el("p", { className: "agree" }, t.budgetAgrees));
  if (b.by_source.length) parts.push(el("h3", {}, t.bySource), chart(b.by_source.map((s) => [s.label, s.amount]), "sources"));
  container.replaceChildren(...parts);
}

/**
 * One row per file for reviewers: the checker's own summary row (`report.row`, the same as
 * `dxcheck --format csv`) with the page's `state`: "ok", "unreadable" (with the reason) or
 * "failed" (the check itself did not finish, so there is no report: a row is made here with the
 * same fields).
 */
export function summaryRow(report, state = "ok", reason = "", name = "") {
  if (report) return { ...report.row, state, reason };
  return {
    file: name, level: "", plan_year: 0, unreadable: true, errors: 0, warnings: 0, infos: 0,
    section: 0, target: 0, budget: 0, input: 0, missing: "", note: reason, state, reason,
  };
}

/**
 * The Report from the worker's compact hand-off (`checkCompact`) and its profile's `catalog`
 * (src/report/compact.rs): the same object, key for key, as `check()` returns. The constant part
 * (section numbers and titles, indicator names and values) crosses from the worker once per profile.
 */
export function expandReport(r, catalog) {
  if (catalog && !catalog.byId) {
    catalog.byId = new Map(catalog.indicators.map((i) => [i.id, i]));
    catalog.years = new Map();
  }
  // the titles for the plan year, filled in once per year (`{N}`, `{N-1}`, as profile::with_year)
  let titles = catalog?.years.get(r.plan_year);
  if (!titles && r.outline.length) {
    const year = String(r.plan_year);
    const before = String(r.plan_year - 1);
    const withYear = (s) => s.replaceAll("{N-1}", before).replaceAll("{N}", year);
    titles = catalog.sections.map((s) => [withYear(s.title), withYear(s.title_en)]);
    catalog.years.set(r.plan_year, titles);
  }
  r.outline = r.outline.map(({ status, line, heading }, i) => {
    const s = catalog.sections[i];
    return { id: s.id, number: s.number, title: titles[i][0], title_en: titles[i][1], depth: s.depth, required: s.required, status, line, heading };
  });
  for (const t of r.targets) {
    t.indicators = t.indicators.map(({ figure, id, year: y }) => {
      const i = catalog.byId.get(id);
      return { figure, id, name: i.name, basis: i.basis, year: y, national: y === null ? null : i.values[y], values: { ...i.values } };
    });
  }
  return r;
}
