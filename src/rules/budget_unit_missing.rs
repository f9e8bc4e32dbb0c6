//! `budget.unit-missing`
//!
//! **What it checks.** Every amount carries its unit (`đồng`, `nghìn đồng`, `triệu đồng`,
//! `tỷ đồng`), itself or once in the table's column header (`Kinh phí (triệu đồng)`).
//!
//! **Why it matters.** `52.300` may be 52.300 triệu or 52.300 đồng — a factor of a million.
//!
//! **Example.** `Tổng kinh phí dự kiến: 52.300, trong đó…` → `budget.unit-missing` on `52.300`
//! (once per line: on its first amount without unit).

use super::{Check, Context, RuleInfo};
use crate::vn::Bytewise;
use crate::profile::Role;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.unit-missing",
    severity: Severity::Warning,
    summary: "Số tiền không ghi đơn vị",
    summary_en: "An amount has no unit",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let b = ctx.budget;
    // one finding per line, on its first amount: the same omission repeated is one fix
    let mut last_line = None;
    for &(line, fig, section) in &b.unitless {
        if last_line == Some(line) {
            continue;
        }
        last_line = Some(line);
        let shown = ctx.doc.lines.get(line).and_then(|l| l.text.get(fig.from..fig.to)).unwrap_or("").owned();
        crate::finding::push(out, 
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(line, fig.from, fig.to),
                fill!("Số tiền «{}» không ghi đơn vị.", shown),
                fill!("The amount \"{}\" has no unit.", shown),
            )
            .in_section(ctx.role_id(section))
            .suggestion(fill!("Ghi đơn vị ngay sau số, ví dụ «{} triệu đồng».", shown)),
        );
    }
    for (t, section) in b.plan_tables.iter().map(|t| (t, ctx.role_id(Role::Projects))).chain(b.past_tables.iter().map(|t| (t, ctx.role_id(Role::PastSpending)))) {
        let Some((line, cell)) = t.unitless.first() else { continue };
        crate::finding::push(out, 
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(*line, cell.from, cell.to),
                fill!("Cột kinh phí của bảng không ghi đơn vị ({} ô, ví dụ «{}»).", t.unitless.len(), cell.text),
                fill!("The table's amount column has no unit ({} cells, e.g. \"{}\").", t.unitless.len(), cell.text),
            )
            .in_section(section)
            .suggestion("Ghi đơn vị một lần ở tiêu đề cột, ví dụ «Kinh phí (triệu đồng)»."),
        );
    }
}
