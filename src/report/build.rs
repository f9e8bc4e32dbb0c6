//! Building the report from the analysis: the only place that turns outline, contents, targets
//! and budget into the public shapes of [`super`]. Nothing below the report imports it.

use super::{
    BudgetItem, BudgetReport, IndicatorMatch, Money, OutlineEntry, PastItem, ProfileText, Report, SourceAmount, TargetEntry, YearSource,
};
use crate::budget::{Budget, Item, Located};
use crate::document::Document;
use crate::finding::Finding;
use crate::ingest::Format;
use crate::kinds::{Level, ProfileSource};
use crate::money;
use crate::profile::{with_year, Profile, Section};
use crate::rules::Context;
use crate::table::Column;
use crate::targets::Targets;
use crate::vn::Bytewise;

/// What the pipeline hands over besides the analysis: how the input was read.
pub(crate) struct Reading<'a> {
    pub format: Format,
    /// The text checked, when it differs from what the caller passed.
    pub text: Option<String>,
    /// For a document: where each line came from (`đoạn 12`, `bảng 2, hàng 3`).
    pub places: Vec<String>,
    pub file: Option<String>,
    pub plan_year_source: YearSource,
    /// How the template was chosen.
    pub profile_source: ProfileSource,
    /// The text the document was built from (for the cell of a finding in a table row).
    pub checked_text: &'a str,
}

/// The report of a checked draft: findings placed and sorted, and what was recognised.
pub(crate) fn build(ctx: &Context, reading: Reading<'_>, mut findings: Vec<Finding>) -> Report {
    place_findings(&mut findings, &reading.places, reading.checked_text);
    let mut report = Report {
        format: reading.format,
        text: reading.text,
        file: reading.file,
        profile: ctx.profile.id.clone(),
        level: ctx.level,
        plan_year: ctx.plan_year,
        plan_year_source: reading.plan_year_source,
        profile_source: reading.profile_source,
        summary: Default::default(),
        findings,
        outline: outline_entries(ctx),
        targets: target_entries(ctx.targets, ctx.doc, ctx.plan_year),
        budget: budget_entry(ctx.budget, ctx.doc),
        row: Default::default(),
    };
    report.finish();
    report
}

/// A report with no analysis: the input could not be read, or the options were refused.
pub(crate) fn without_analysis(
    profile: Option<&Profile>,
    level: Option<Level>,
    plan_year: Option<u16>,
    file: Option<String>,
    findings: Vec<Finding>,
) -> Report {
    let mut report = Report {
        format: Format::Text,
        text: None,
        file,
        profile: profile.map(|p| p.id.clone()).unwrap_or_default(),
        level,
        plan_year: plan_year.or(profile.map(|p| p.plan_year)).unwrap_or(crate::profile::DEFAULT_YEAR),
        plan_year_source: if plan_year.is_some() { YearSource::Option } else { YearSource::Profile },
        profile_source: ProfileSource::Option,
        summary: Default::default(),
        findings,
        outline: Vec::new(),
        targets: Vec::new(),
        budget: None,
        row: Default::default(),
    };
    report.finish();
    report
}

/// In a document, each finding names the paragraph or table row its line came from, and in a
/// table row the cell too (the tabs before the finding's column).
fn place_findings(findings: &mut [Finding], places: &[String], text: &str) {
    if places.is_empty() {
        return;
    }
    let lines: Vec<&str> = text.split_str("\n").collect();
    for f in findings {
        let Some(place) = places.get(f.line.wrapping_sub(1)) else { continue };
        let cell = lines.get(f.line.wrapping_sub(1)).map(|l| tabs_before(l, f.column) + 1);
        f.place = Some(match cell {
            Some(cell) if place.starts_with("bảng") && f.column > 1 => fill!("{}, ô {}", place, cell),
            _ => place.clone(),
        });
    }
}

fn tabs_before(line: &str, column: usize) -> usize {
    crate::vn::count_byte(crate::vn::first_chars(line, column.saturating_sub(1)).as_bytes(), b'\t')
}

fn outline_entries(ctx: &Context) -> Vec<OutlineEntry> {
    // a built-in profile (the checked one itself, not a custom one of the same ID) lives as long
    // as the program: its texts are borrowed, not copied into every report
    let shared = crate::profile::builtin(&ctx.profile.id).filter(|p| std::ptr::eq(*p, ctx.profile));
    ctx.profile
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            // (`get`, not indexing: no panic paths in the wasm)
            let first = ctx.outline.by_section.get(i).and_then(|h| ctx.outline.headings.get(*h.first()?));
            let first = first.and_then(|h| ctx.doc.lines.get(h.line));
            let text = |own: &String, of: fn(&'static Section) -> &'static str| -> ProfileText {
                match shared.and_then(|p| p.sections.get(i)) {
                    Some(s) => of(s).into(),
                    None => own.clone().into(),
                }
            };
            let dated = |title: &str| ProfileText::from(with_year(title, ctx.plan_year));
            OutlineEntry {
                id: text(&s.id, |s| &s.id),
                number: text(&s.number, |s| &s.number),
                title: if s.dated { dated(&s.title) } else { text(&s.title, |s| &s.title) },
                title_en: if s.dated { dated(&s.title_en) } else { text(&s.title_en, |s| &s.title_en) },
                depth: s.depth,
                required: s.required,
                status: ctx.status(i),
                line: first.map(|l| l.number()),
                heading: first.map(|l| l.text.owned()),
            }
        })
        .collect()
}

/// The targets as the report shows them.
fn target_entries(targets: &Targets, doc: &Document, plan_year: u16) -> Vec<TargetEntry> {
    targets
        .items
        .iter()
        .map(|t| {
            let span = doc.span(t.line, t.from, t.to);
            // (u32: the one integer printer the report shares; u8's and u16's would be two more)
            let deadline = t.dates.iter().find(|d| d.deadline).map(|d| {
                let (day, month, year) = (d.day.map(u32::from), d.month.map(u32::from), u32::from(d.year));
                match (day, month) {
                    (Some(day), Some(m)) => {
                        fill!("{}/{}/{}", crate::message::Padded(u64::from(day), 2), crate::message::Padded(u64::from(m), 2), year)
                    }
                    (None, Some(m)) => fill!("{}/{}", crate::message::Padded(u64::from(m), 2), year),
                    _ => crate::message::string(&year),
                }
            });
            let indicators = t
                .matches
                .iter()
                .map(|&(figure, ind, _)| {
                    let national = ind.value_for(plan_year);
                    IndicatorMatch {
                        figure,
                        id: ind.id.clone(),
                        name: ind.name.clone(),
                        basis: ind.basis.clone(),
                        year: national.as_ref().map(|n| n.0),
                        national: national.map(|n| n.1),
                        values: ind.values.clone(),
                    }
                })
                .collect();
            TargetEntry {
                line: span.line,
                column: span.column,
                text: t.shown(doc).owned(),
                quantified: t.quantified(),
                figures: t.figures.iter().map(|f| f.quantity.clone()).collect(),
                deadline,
                indicators,
            }
        })
        .collect()
}

/// The budget as the report shows it (line numbers 1-based).
fn budget_entry(budget: &Budget, doc: &Document) -> Option<BudgetReport> {
    if budget.p2v_lines.is_none() && budget.plan_tables.is_empty() && budget.past_tables.is_empty() {
        return None;
    }
    let unit = budget.unit();
    let number = |line: usize| doc.lines.get(line).map_or(0, |l| l.number());
    let money = |dong: i128, line: usize| Money { dong: dong as f64, text: money::format(dong, unit), line: number(line) };
    let at = |l: &Located| money(l.amount.dong, l.line);
    let mut by_source: Vec<SourceAmount> =
        budget.top_parts().iter().map(|p| SourceAmount { source: p.source, label: p.source.label().into(), amount: at(&p.at) }).collect();
    if let ([only], true, Some(total)) = (budget.sources_named.as_slice(), by_source.is_empty(), &budget.declared) {
        by_source.push(SourceAmount { source: *only, label: only.label().into(), amount: at(total) });
    }
    let text = |i: &Item, c: Column| i.cell(c).map(|c| c.text.owned()).filter(|t| !t.is_empty());
    // (nested loops, not `flat_map().map().collect()`: no flattening iterator's state machine in
    // the wasm, ~2 KB raw for these two lists)
    let mut items = Vec::new();
    for t in &budget.plan_tables {
        for i in &t.items {
            items.push(BudgetItem {
                line: number(i.line),
                stt: i.stt.clone(),
                name: i.name.clone(),
                owner: text(i, Column::Owner),
                kind: text(i, Column::Kind),
                time: text(i, Column::Time),
                source: text(i, Column::Source),
                amount: i.cost.map(|a| money(a.dong, i.line)),
                amount_in_row_above: i.amount_in_row_above(),
            });
        }
    }
    let items_total = budget.plan_items_sum().map(|(sum, _)| {
        let line = budget.plan_tables.first().map_or(0, |t| t.header_line);
        money(sum, line)
    });
    let mut past_items = Vec::new();
    for t in &budget.past_tables {
        for i in &t.items {
            past_items.push(PastItem {
                line: number(i.line),
                name: i.name.clone(),
                approved: i.approved.map(|a| money(a.dong, i.line)),
                spent: i.spent.map(|a| money(a.dong, i.line)),
            });
        }
    }
    Some(BudgetReport {
        unit: unit.label().into(),
        declared_total: budget.declared.as_ref().map(at),
        items_total,
        by_source,
        items,
        past_items,
    })
}
