//! `budget.words-mismatch`
//!
//! **What it checks.** An amount spelled out (`Bằng chữ: Năm mươi hai tỷ ba trăm triệu đồng`,
//! or in the bracket right after the digits: `52.300 triệu đồng (Năm mươi hai tỷ …)`) says the
//! same as the figure before it, within half of the figure's last unit.
//!
//! **Why it matters.** In an official document the words prevail; a mismatch is a typo in one
//! of them and the approved amount becomes disputable.
//!
//! **Example.** `52.300 triệu đồng (Bằng chữ: Năm mươi hai tỷ ba mươi triệu đồng)` → expected
//! 52.300 triệu đồng, actual 52.030 triệu đồng.

use super::budget_total_mismatch::signed;
use super::budget_source_sum_mismatch::near;
use super::{Check, Context, RuleInfo};
use crate::money::format;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.words-mismatch",
    severity: Severity::Error,
    summary: "Số tiền bằng chữ khác số tiền bằng số",
    summary_en: "The amount in words differs from the digits",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for w in &ctx.budget.in_words {
        let digits = w.digits.amount;
        if near(w.words_dong, digits.dong, digits.tolerance) {
            continue;
        }
        let unit = digits.unit;
        let mut f = Finding::new(
            INFO.id,
            INFO.severity,
            ctx.doc.span(w.line, w.from, w.to),
            fill!("Số tiền bằng chữ ({}) khác số tiền bằng số ({}).", format(w.words_dong, unit), format(digits.dong, unit)),
            fill!("The amount in words ({}) differs from the digits ({}).", format(w.words_dong, unit), format(digits.dong, unit)),
        )
        .suggestion("Đọc lại số tiền bằng số và viết lại số tiền bằng chữ cho khớp.");
        if let Some(section) = crate::budget::section_at(ctx.profile, ctx.outline, ctx.contents, w.line) {
            f = f.section(&section);
        }
        f.figures(format(digits.dong, unit), format(w.words_dong, unit), Some(signed(w.words_dong - digits.dong, unit)));
        crate::finding::push(out, f);
    }
}
