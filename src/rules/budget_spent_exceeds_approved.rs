//! `budget.spent-exceeds-approved`
//!
//! **What it checks.** In last year's funding (`11. Kinh phí thực hiện` or its appendix), no
//! project has spent more than its approved total or estimate, and the funds the section says in
//! a sentence (`Năm 2024, tỉnh bố trí 64.200 triệu đồng …; đã giải ngân 68.900 triệu đồng`) were
//! not spent beyond what was allocated.
//!
//! **Why it matters.** Spending above the approved amount is either a typo or a breach that
//! must be explained before the new plan is funded.
//!
//! **Example.** Approved 45.000, spent 46.200 triệu đồng → expected ≤ 45.000, actual 46.200,
//! difference +1.200 triệu đồng.

use super::budget_total_mismatch::signed;
use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::money::{format, Amount};
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.spent-exceeds-approved",
    severity: Severity::Error,
    summary: "Kinh phí đã chi vượt tổng mức được duyệt",
    summary_en: "Spent exceeds the approved amount",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for t in &ctx.budget.past_tables {
        for item in &t.items {
            if let (Some(approved), Some(spent)) = (&item.approved, &item.spent) {
                exceeds(ctx, out, item.line, &item.name, approved, spent);
            }
        }
    }
    // the funds said in a sentence (`bố trí …; đã giải ngân …`)
    for (line, approved, spent) in &ctx.budget.past_said {
        exceeds(ctx, out, *line, crate::budget::PAST_IN_SENTENCE, approved, spent);
    }
}

fn exceeds(ctx: &Context, out: &mut Vec<Finding>, line: usize, name: &str, approved: &Amount, spent: &Amount) {
    if spent.dong <= approved.dong + approved.tolerance.max(spent.tolerance) {
        return;
    }
    let unit = approved.unit;
    // each figure written once, for both messages and the figures
    let (spent_text, approved_text) = (format(spent.dong, unit), format(approved.dong, unit));
    let difference = signed(spent.dong - approved.dong, unit);
    let mut f = Finding::new(
        INFO.id,
        INFO.severity,
        ctx.doc.span(line, spent.from, spent.to),
        fill!("«{}»: đã chi {} vượt mức được duyệt {} ({}).", name, spent_text, approved_text, difference),
        fill!("\"{}\": spent {} exceeds the approved {} ({}).", name, spent_text, approved_text, difference),
    )
    .in_section(ctx.role_id(Role::PastSpending))
    .suggestion("Kiểm tra lại số đã chi và tổng mức được duyệt; nếu đúng, giải thích phần vượt và căn cứ điều chỉnh.");
    f.figures(fill!("≤ {}", approved_text), spent_text, Some(difference));
    crate::finding::push(out, f);
}
