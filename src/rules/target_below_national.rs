//! `target.below-national`
//!
//! **What it checks.** A target that answers a national indicator (matched on the meaning of
//! its words: drafts shorten and reword the indicators' long names) is not below the national
//! value for the plan year: the `Kế hoạch 2023` / `Kế hoạch 2024` / `Mục tiêu 2025` column of
//! the MIC action plan; a later plan is compared with 2025, the last year the table gives.
//! Years the table leaves empty (`-`) are not compared. For ranks, lower is better.
//!
//! **Why it matters.** Every ministry and province carries the national trajectory; a target
//! below it must be raised or justified.
//!
//! **Example.** `80% dịch vụ công trực tuyến phát sinh hồ sơ` in a 2024 plan → national 100%
//! (QĐ 942): expected 100%, actual 80%, difference -20 điểm %.

use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::quantity::format_decimal;
use crate::quantity::{Comparator, Quantity};
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "target.below-national",
    severity: Severity::Warning,
    summary: "Mục tiêu thấp hơn chỉ tiêu quốc gia cùng năm",
    summary_en: "A target is below the national plan value",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for t in &ctx.targets.items {
        for (i, ind, words) in &t.matches {
            let (i, ind) = (*i, *ind);
            let Some(fig) = t.figures.get(i) else { continue };
            let Some((year, national_text, national)) = ind.value_for(ctx.plan_year) else { continue };
            let Some((actual, gap, unit)) = shortfall(&fig.quantity, &national) else { continue };
            let later = ctx.plan_year > year;
            let year = u32::from(year); // (u32: the messages' one integer printer)
            let note = if later { fill!(" (bảng chỉ tiêu quốc gia chỉ có đến năm {})", year) } else { String::new() };
            let note_en = if later { fill!(" (the national table ends in {})", year) } else { String::new() };
            let mut f = Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(t.figure_line(i), fig.from, fig.to),
                fill!("Mục tiêu {} thấp hơn chỉ tiêu quốc gia năm {}{} {} «{}» ({}, {}): thấp hơn {} {}. Mục tiêu được so với chỉ tiêu này vì có cụm từ «{}».", actual, year, note, ind.id, ind.name, national_text, ind.basis, gap, unit, words),
                fill!("The target {} is below the national {} value{} of indicator {} \"{}\" ({}, {}) by {} {}; matched on the words \"{}\".", actual, year, note_en, ind.id, ind.name, national_text, ind.basis, gap, if unit == "bậc" { "ranks" } else { "points" }, words),
            )
            .in_section(ctx.role_id(Role::Targets))
            .suggestion(fill!("Nâng mục tiêu lên tối thiểu {} (chỉ tiêu {} của Kế hoạch hành động quốc gia), hoặc thuyết minh lý do thấp hơn.", national_text, ind.id));
            f.figures(national_text.clone(), actual, Some(fill!("-{} {}", gap, unit)));
            crate::finding::push(out, f);
        }
    }
}

/// (the plan's figure as text, how far below, unit) when the plan's figure is below the national.
fn shortfall(plan: &Quantity, national: &Quantity) -> Option<(String, String, &'static str)> {
    let nat = match national {
        Quantity::Percent { value, .. } => *value,
        Quantity::Rank { value } => {
            let Quantity::Rank { value: r } = plan else { return None };
            return (r > value).then(|| (fill!("hạng {}", r), crate::message::string(&(r - value)), "bậc"));
        }
        _ => return None,
    };
    let (value, shown) = match plan {
        Quantity::Percent { comparator: Comparator::Le | Comparator::Lt, .. } => return None, // a ceiling, not a goal
        Quantity::Percent { value, comparator } => (*value, fill!("{}{}%", comparator.symbol(), format_decimal(*value))),
        Quantity::PercentRange { low, high } => (*low, fill!("{}–{}%", format_decimal(*low), format_decimal(*high))),
        _ => return None,
    };
    (value + 1e-9 < nat).then(|| (shown, format_decimal(nat - value), "điểm %"))
}
