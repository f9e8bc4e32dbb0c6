//! `section.year-mismatch`
//!
//! **What it checks.** Headings that name a year name the right one: Part I and its items
//! assess the year before the plan year, Part II plans the plan year.
//!
//! **Why it matters.** A 2024 plan whose Part I still reads `NĂM 2022` was copied from last
//! year's plan and, often, its figures too.
//!
//! **Example.** In a 2024 plan, `ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022` → expected `2023`,
//! actual `2022`.

use super::{Check, Context, RuleInfo};
use crate::finding::Finding;
use crate::kinds::Severity;
use crate::vn;

pub const INFO: RuleInfo = RuleInfo {
    id: "section.year-mismatch",
    severity: Severity::Warning,
    summary: "Tiêu đề mục ghi sai năm so với năm kế hoạch",
    summary_en: "A heading names the wrong year for the plan year",
    check: Check::Structure(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for h in &ctx.outline.headings {
        // (`get`, not indexing or slicing, here and below: no panic paths in the wasm)
        let (Some(s), Some(line)) = (ctx.profile.sections.get(h.section), ctx.doc.lines.get(h.last_line)) else { continue };
        let expected = if vn::contains(&s.title, "{N-1}") {
            ctx.plan_year.saturating_sub(1)
        } else if vn::contains(&s.title, "{N}") {
            ctx.plan_year
        } else {
            continue;
        };
        let years = years_in(&line.text);
        let Some(&(actual, at)) = years.first() else { continue };
        if years.iter().any(|&(y, _)| y == expected) {
            continue;
        }
        let (name, name_en) = ctx.name(s);
        // (u32: the one integer printer the messages share; u16's would be another copy)
        let (actual, expected, plan_year) = (u32::from(actual), u32::from(expected), u32::from(ctx.plan_year));
        let mut f = Finding::new(
            INFO.id,
            INFO.severity,
            ctx.doc.span(h.last_line, at, at + 4),
            fill!("Tiêu đề mục «{}» ({}) ghi năm {}, nhưng kế hoạch năm {} thì mục này là năm {}.", name, s.id, actual, plan_year, expected),
            fill!("The heading of \"{}\" ({}) says {}; for a {} plan it should say {}.", name_en, s.id, actual, plan_year, expected),
        )
        .section(&s.id)
        .suggestion(fill!("Sửa «{}» thành «{}» và kiểm tra lại số liệu của mục (có thể còn số liệu năm cũ).", actual, expected));
        f.figures(crate::message::string(&expected), crate::message::string(&actual), Some(crate::finding::signed(i64::from(actual) - i64::from(expected))));
        crate::finding::push(out, f);
    }
}

/// Four-digit years 2000–2100 standing as words, with their byte offsets.
fn years_in(text: &str) -> Vec<(u16, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= b.len() {
        let run = b.get(i..).unwrap_or_default().iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 {
            i += 1;
            continue;
        }
        let bounded = i.checked_sub(1).and_then(|p| b.get(p)).is_none_or(|c| !c.is_ascii_alphanumeric());
        if run == 4 && bounded {
            if let Some(y) = text.get(i..i + 4).and_then(vn::parse_u16).filter(|y| (2000..=2100).contains(y)) {
                out.push((y, i));
            }
        }
        i += run;
    }
    out
}
