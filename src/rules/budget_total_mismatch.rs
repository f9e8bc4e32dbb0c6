//! `budget.total-mismatch`
//!
//! **What it checks.** The total declared in `V. Kinh phí thực hiện` equals the sum of the
//! items of `VII. Danh mục nhiệm vụ, dự án`; and a `Tổng cộng` row of the list equals the sum of
//! the rows above it. Amounts are compared in đồng, with a tolerance of half the last unit
//! written (a figure rounded to the million matches within 500.000 đồng). Group rows (`I`, `A`)
//! and parents of numbered sub-items (`1` over `1.1`, `1.2`) are not counted twice.
//!
//! **Why it matters.** It is the first thing the Ministry's reviewers add up; a plan whose list
//! does not reach its total is sent back.
//!
//! **Example.** Declared 52.300 triệu đồng, items 30.000 + 14.300 + 9.000 = 53.300 → expected
//! 53.300 triệu đồng, actual 52.300, difference -1.000 triệu đồng.

use super::budget_source_sum_mismatch::near;
use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::budget::Located;
use crate::money::{format, Unit};
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.total-mismatch",
    severity: Severity::Error,
    summary: "Tổng kinh phí khác tổng các nhiệm vụ, dự án",
    summary_en: "The total differs from the sum of the items",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let b = ctx.budget;
    let unit = b.unit();
    if let (Some(declared), Some((sum, most))) = (b.declared, b.plan_items_sum()) {
        let tolerance = most.max(declared.amount.tolerance);
        if !near(declared.amount.dong, sum, tolerance) {
            let count: usize = b.plan_tables.iter().map(|t| t.items.iter().filter(|i| i.cost.is_some()).count()).sum();
            crate::finding::push(out, mismatch(
                ctx,
                declared,
                sum,
                unit,
                ctx.role_id(Role::Budget),
                fill!("Tổng kinh phí ở mục V ({}) khác tổng {} nhiệm vụ, dự án ở mục VII ({}): chênh lệch {}.", format(declared.amount.dong, unit), count, format(sum, unit), signed(declared.amount.dong - sum, unit)),
                fill!("The total in section V ({}) differs from the sum of the {} items in section VII ({}) by {}.", format(declared.amount.dong, unit), count, format(sum, unit), signed(declared.amount.dong - sum, unit)),
            ));
        }
    }
    for t in &b.plan_tables {
        let Some((sum, tol)) = t.items_sum() else { continue };
        // a group's sub-total that does not add up the group's items (`Cộng I`), reported on its
        // row; the list's total then too only where it does not add up the sub-totals as written
        let (mut off, mut written) = (false, 0);
        for (at, part, own, group) in &t.subtotals {
            let (a, part) = (at.amount.dong, *part);
            written += a;
            // (one adding up the whole list as its total is compared as such, below)
            if !near(a, part, tol.max(at.amount.tolerance)) && t.totals.first().is_none_or(|f| f.line != at.line) {
                off = true;
                crate::finding::push(out, mismatch(
                    ctx,
                    *at,
                    part,
                    unit,
                    ctx.role_id(Role::Projects),
                    fill!("Dòng «{}» ({}) khác tổng các nhiệm vụ của nhóm «{}» ({}): chênh lệch {}.", own, format(a, unit), group, format(part, unit), signed(a - part, unit)),
                    fill!("The row \"{}\" ({}) differs from the sum of the items of group \"{}\" ({}) by {}.", own, format(a, unit), group, format(part, unit), signed(a - part, unit)),
                ));
            }
        }
        let Some(total) = t.totals.first().copied() else { continue };
        if !(near(total.amount.dong, sum, tol.max(total.amount.tolerance)) || off && near(total.amount.dong, written, total.amount.tolerance)) {
            crate::finding::push(out, mismatch(
                ctx,
                total,
                sum,
                unit,
                ctx.role_id(Role::Projects),
                fill!("Dòng «Tổng cộng» của danh mục ({}) khác tổng các dòng nhiệm vụ ({}): chênh lệch {}.", format(total.amount.dong, unit), format(sum, unit), signed(total.amount.dong - sum, unit)),
                fill!("The list's total row ({}) differs from the sum of its rows ({}) by {}.", format(total.amount.dong, unit), format(sum, unit), signed(total.amount.dong - sum, unit)),
            ));
        }
    }
}

fn mismatch(ctx: &Context, at: Located, expected: i128, unit: Unit, section: Option<&str>, message: String, message_en: String) -> Finding {
    let mut f = Finding::new(INFO.id, INFO.severity, ctx.doc.span(at.line, at.amount.from, at.amount.to), message, message_en)
        .in_section(section)
        .suggestion("Đối chiếu từng dòng của danh mục với tổng kinh phí: sửa tổng, hoặc bổ sung/điều chỉnh kinh phí của nhiệm vụ.");
    f.figures(format(expected, unit), format(at.amount.dong, unit), Some(signed(at.amount.dong - expected, unit)));
    f
}

/// `+1.000 triệu đồng`, `-500 triệu đồng`.
pub fn signed(dong: i128, unit: Unit) -> String {
    if dong > 0 {
        fill!("+{}", format(dong, unit))
    } else {
        format(dong, unit)
    }
}
