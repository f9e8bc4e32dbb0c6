//! `budget.source-sum-mismatch`
//!
//! **What it checks.** The parts of the total by funding source add up to the total declared
//! in `V. Kinh phí thực hiện`. A breakdown in parentheses (`ngân sách tỉnh 44.300 triệu đồng
//! (đầu tư công 30.000, chi thường xuyên 14.300)`) is a split of its part, not a new part.
//!
//! **Why it matters.** Each source is approved by a different body; parts that do not add up
//! leave one of them asked for the wrong amount.
//!
//! **Example.** `Tổng 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300, xã hội hóa 7.000` →
//! expected 52.300, actual 51.300, difference -1.000 triệu đồng.

use super::budget_total_mismatch::signed;
use super::{Check, Context, RuleInfo};
use crate::budget::Source;
use crate::profile::Role;
use crate::money::format;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.source-sum-mismatch",
    severity: Severity::Error,
    summary: "Các nguồn kinh phí cộng lại khác tổng kinh phí",
    summary_en: "The parts by source do not add up to the total",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let b = ctx.budget;
    let Some(total) = b.declared else { return };
    let parts = b.top_parts();
    let Some(&first_part) = parts.first() else { return };
    // an amount of P2.V without its unit cannot be added up: `budget.unit-missing` says so
    if b.unitless.iter().any(|&(_, _, role)| role == Role::Budget) {
        return;
    }
    let sum: i128 = parts.iter().map(|p| p.at.amount.dong).sum();
    let tolerance = parts.iter().map(|p| p.at.amount.tolerance).max().unwrap_or(0).max(total.amount.tolerance);
    if (sum - total.amount.dong).abs() <= tolerance {
        return;
    }
    // a part whose source was not recognised makes up the difference: the split is consistent
    let min_depth = first_part.depth;
    let unsourced: i128 = b.unsourced.iter().filter(|p| p.depth == min_depth).map(|p| p.at.amount.dong).sum();
    if unsourced != 0 && (sum + unsourced - total.amount.dong).abs() <= tolerance {
        return;
    }
    // a national target programme's funds come from the central and local budgets: drafts
    // name them beside those budgets and also count them inside
    let programmes: i128 = parts.iter().filter(|p| p.source == Source::Ctmtqg).map(|p| p.at.amount.dong).sum();
    if programmes != 0 && (sum - programmes - total.amount.dong).abs() <= tolerance {
        return;
    }
    let unit = total.amount.unit;
    let mut list: Vec<String> = parts.iter().map(|p| format!("{} {}", p.source.label(), format(p.at.amount.dong, unit))).collect();
    // the parts whose source was not recognised, listed among the others (`…; nguồn vốn
    // chương trình X 8.500 triệu đồng`), count in the figures reported
    let mut sum = sum;
    for p in &b.unsourced {
        if p.depth == min_depth && parts.binary_search_by_key(&p.at.line, |q| q.at.line).is_ok() {
            sum += p.at.amount.dong;
            list.push(format!("nguồn khác {}", format(p.at.amount.dong, unit)));
        }
    }
    // (joined as `&str`s: the one join routine in the wasm, no copy for `[String]`)
    let list = list.iter().map(String::as_str).collect::<Vec<_>>().join(" + ");
    let first = first_part.at;
    let mut f = Finding::new(
        INFO.id,
        INFO.severity,
        ctx.doc.span(
            first.line,
            first.amount.from,
            parts.last().map_or(first.amount.to, |p| if p.at.line == first.line { p.at.amount.to } else { first.amount.to }),
        ),
        format!(
            "Các nguồn kinh phí ({list} = {}) khác tổng kinh phí {}: chênh lệch {}.",
            format(sum, unit),
            format(total.amount.dong, unit),
            signed(sum - total.amount.dong, unit)
        ),
        format!(
            "The parts by source add up to {}, not the total {}: difference {}.",
            format(sum, unit),
            format(total.amount.dong, unit),
            signed(sum - total.amount.dong, unit)
        ),
    )
    .in_section(ctx.role_id(Role::Budget))
    .suggestion("Sửa số tiền của từng nguồn hoặc tổng kinh phí để các nguồn cộng lại bằng tổng.");
    f.figures(format(total.amount.dong, unit), format(sum, unit), Some(signed(sum - total.amount.dong, unit)));
    out.push(f);
}
