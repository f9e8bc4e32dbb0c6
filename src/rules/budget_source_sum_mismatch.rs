//! `budget.source-sum-mismatch`
//!
//! **What it checks.** The parts of the total by funding source add up to the total declared
//! in `V. Kinh phí thực hiện`, and the rows of a project list that split its `Tổng cộng` by
//! source (`Trong đó:`, `- Ngân sách trung ương … 14.000`) add up to that total. A breakdown in
//! parentheses (`ngân sách tỉnh 44.300 triệu đồng (đầu tư công 30.000, chi thường xuyên
//! 14.300)`), or parts right after one that add up to it, split that part: no new parts.
//!
//! **Why it matters.** Each source is approved by a different body; parts that do not add up
//! leave one of them asked for the wrong amount.
//!
//! **Example.** `Tổng 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300, xã hội hóa 7.000` →
//! expected 52.300, actual 51.300, difference -1.000 triệu đồng.

use super::budget_total_mismatch::signed;
use super::{Check, Context, RuleInfo};
use crate::budget::{Located, Part, Source};
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
    // an amount of P2.V without its unit cannot be added up: `budget.unit-missing` says so
    if let (Some(total), false) = (b.declared, b.unitless.iter().any(|&(_, _, role)| role == Role::Budget)) {
        compare(ctx, total, &b.top_parts(), &b.unsourced, Role::Budget, out);
    }
    // a project list's total and its parts in rows of their own (`Trong đó:`, `- Ngân sách
    // trung ương … 14.000`; one part alone is a share named, no split)
    for t in b.plan_tables.iter().filter(|t| t.unitless.is_empty() && t.parts.len() > 1) {
        if let Some(&total) = t.totals.first() {
            compare(ctx, total, &t.parts, &[], Role::Projects, out);
        }
    }
}

/// `all` (the shallowest parts, in order) against `total`; `unsourced`: amounts among them whose
/// source was not recognised.
#[inline(never)] // (one copy for both callers)
fn compare(ctx: &Context, total: Located, all: &[Part], unsourced: &[Part], role: Role, out: &mut Vec<Finding>) {
    let Some(first_part) = all.first() else { return };
    // one part alone, no other amount beside it, is a share named (`trong đó ngân sách trung
    // ương hỗ trợ 10.000 triệu đồng`), no split of the total
    if all.len() < 2 && !unsourced.iter().any(|p| p.depth == first_part.depth) {
        return;
    }
    let tolerance = all.iter().map(|p| p.at.amount.tolerance).max().unwrap_or(0).max(total.amount.tolerance);
    let expected = total.amount.dong;
    // a part followed by parts that add up to it (`ngân sách nhà nước 50.000`, then `ngân sách
    // trung ương 14.000`, `ngân sách tỉnh 36.000`) is split by them: they are not added again
    // (at most 16 looked at from each part: linear)
    let mut parts: Vec<&Part> = Vec::new();
    let mut i = 0;
    while let Some(p) = all.get(i) {
        parts.push(p);
        let (mut sum, mut j) = (0, i + 1);
        while let Some(q) = all.get(j).filter(|_| sum < p.at.amount.dong && j <= i + 16) {
            sum += q.at.amount.dong;
            j += 1;
        }
        i = if j > i + 2 && near(sum, p.at.amount.dong, tolerance) { j } else { i + 1 };
    }
    // …and may split the total more than one way, one after the other (by origin, then by type
    // of spending): each way adds up to it
    let (mut sum, mut way) = (0, 0);
    for p in &parts {
        sum += p.at.amount.dong;
        way += p.at.amount.dong;
        if near(way, expected, tolerance) {
            way = 0;
        }
    }
    // a part whose source was not recognised makes up the difference: the split is consistent
    let min_depth = first_part.depth;
    let unsourced_sum: i128 = unsourced.iter().filter(|p| p.depth == min_depth).map(|p| p.at.amount.dong).sum();
    // a national target programme's funds come from the central and local budgets: drafts
    // name them beside those budgets and also count them inside
    let programmes: i128 = parts.iter().filter(|p| p.source == Source::Ctmtqg).map(|p| p.at.amount.dong).sum();
    if way == 0
        || unsourced_sum != 0 && near(sum + unsourced_sum, expected, tolerance)
        || programmes != 0 && near(sum - programmes, expected, tolerance)
    {
        return;
    }
    let unit = total.amount.unit;
    let mut list: Vec<String> = parts.iter().map(|p| fill!("{} {}", p.source.label(), format(p.at.amount.dong, unit))).collect();
    // the parts whose source was not recognised, listed among the others (`…; nguồn vốn
    // chương trình X 8.500 triệu đồng`), count in the figures reported
    for p in unsourced {
        if p.depth == min_depth && parts.binary_search_by_key(&p.at.line, |q| q.at.line).is_ok() {
            sum += p.at.amount.dong;
            list.push(fill!("nguồn khác {}", format(p.at.amount.dong, unit)));
        }
    }
    // (joined as `&str`s: the one join routine in the wasm, no copy for `[String]`)
    let list = crate::message::join(&list.iter().map(String::as_str).collect::<Vec<_>>(), " + ");
    let first = first_part.at;
    let (sum, total, difference) = (format(sum, unit), format(expected, unit), signed(sum - expected, unit));
    let mut f = Finding::new(
        INFO.id,
        INFO.severity,
        ctx.doc.span(
            first.line,
            first.amount.from,
            parts.last().map_or(first.amount.to, |p| if p.at.line == first.line { p.at.amount.to } else { first.amount.to }),
        ),
        fill!("Các nguồn kinh phí ({} = {}) khác tổng kinh phí {}: chênh lệch {}.", list, sum, total, difference),
        fill!("The parts by source add up to {}, not the total {}: difference {}.", sum, total, difference),
    )
    .in_section(ctx.role_id(role))
    .suggestion("Sửa số tiền của từng nguồn hoặc tổng kinh phí để các nguồn cộng lại bằng tổng.");
    f.figures(total, sum, Some(difference));
    crate::finding::push(out, f);
}

/// `a` and `b` differ by `tolerance` at most.
#[inline(never)]
pub(super) fn near(a: i128, b: i128, tolerance: i128) -> bool {
    (a - b).abs() <= tolerance
}
