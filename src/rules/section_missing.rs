//! `section.missing`
//!
//! **What it checks.** Every required section of the template profile has a heading in the
//! draft. When a whole branch is absent only its top is reported, not each sub-item.
//!
//! **Why it matters.** The Ministry compiles 90+ plans section by section; a plan without
//! `V. Kinh phí thực hiện` cannot be compared, and is sent back.
//!
//! **Example.** A Part II that goes from `IV. GIẢI PHÁP` straight to `VI. TỔ CHỨC THỰC HIỆN`
//! gets `section.missing` for `P2.V`, pointing at the `VI.` heading (add it before that line).

use super::{Context, RuleInfo};
use crate::profile::with_year;
use crate::report::{Finding, Severity};

pub const INFO: RuleInfo = RuleInfo {
    id: "section.missing",
    severity: Severity::Error,
    summary: "Thiếu mục bắt buộc của khung kế hoạch",
    summary_en: "A required section of the template is absent",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let sections = &ctx.profile.sections;
    // present_below[i]: section i or one of its descendants has a heading
    let mut present_below: Vec<bool> = ctx.outline.by_section.iter().map(|h| !h.is_empty()).collect();
    for i in (0..sections.len()).rev() {
        if let Some(p) = sections[i].parent {
            present_below[p] |= present_below[i];
        }
    }
    for (i, s) in sections.iter().enumerate() {
        if !s.required || present_below[i] {
            continue;
        }
        // report a branch once, at its top: skip when the parent is itself wholly absent
        if s.parent.is_some_and(|p| !present_below[p]) {
            continue;
        }
        let title = with_year(&s.title, ctx.plan_year);
        let title_en = with_year(&s.title_en, ctx.plan_year);
        let (span, before) = match next_present_heading(ctx, i) {
            Some(h) => (ctx.doc.line_span(h.line), Some(ctx.doc.lines[h.line].number)),
            None => (ctx.doc.line_span(ctx.doc.lines.len().saturating_sub(1)), None),
        };
        let place = match before {
            Some(n) => format!("trước dòng {n}"),
            None => "ở cuối văn bản".to_string(),
        };
        let place_en = match before {
            Some(n) => format!("before line {n}"),
            None => "at the end".to_string(),
        };
        let number = display_number(s.depth, &s.number);
        let has_children = sections.get(i + 1).is_some_and(|n| n.parent == Some(i));
        let branch = if has_children { " (cùng các mục con)" } else { "" };
        let branch_en = if has_children { " (with its sub-sections)" } else { "" };
        let guidance = with_year(&s.guidance, ctx.plan_year);
        let severity = if s.depth >= 3 { Severity::Warning } else { Severity::Error };
        let mut suggestion = format!("Thêm mục «{number} {title}» {place}.");
        if !guidance.is_empty() {
            suggestion.push_str(&format!(" Nội dung cần có: {guidance}"));
        }
        out.push(
            Finding::new(
                INFO.id,
                severity,
                span,
                format!("Thiếu mục bắt buộc «{number} {title}» ({}){branch}.", s.id),
                format!("Required section \"{number} {title_en}\" ({}) is missing{branch_en}; add it {place_en}.", s.id),
            )
            .section(&s.id)
            .suggestion(suggestion),
        );
    }
}

/// The heading of the first section after `i` in template order (outside its branch) that the
/// draft has: the missing section belongs just before it.
fn next_present_heading<'a>(ctx: &'a Context, i: usize) -> Option<&'a crate::outline::Heading> {
    let profile = ctx.profile;
    (i + 1..profile.sections.len())
        .filter(|&j| !profile.is_ancestor(i, j))
        .find_map(|j| ctx.outline.by_section[j].first())
        .map(|&h| &ctx.outline.headings[h])
}

/// `Phần II`, `V.`, `3.`, `1.2.`, `a)` — the number as the template prints it.
pub fn display_number(depth: usize, number: &str) -> String {
    match depth {
        0 => format!("Phần {number}"),
        _ if number.chars().all(|c| c.is_ascii_lowercase()) => format!("{number})"),
        _ => format!("{number}."),
    }
}
