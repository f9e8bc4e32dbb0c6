//! `budget.source-missing`
//!
//! **What it checks.** A funding source is named: in `V. Kinh phí thực hiện` (ngân sách trung
//! ương, ngân sách địa phương/tỉnh, vốn đầu tư công, chi thường xuyên, xã hội hóa, ODA, nguồn
//! hợp pháp khác), and for every item of the project list (its `Nguồn vốn` cell).
//!
//! **Why it matters.** Funds are allocated by source; an item without a source has no path to
//! being funded.
//!
//! **Example.** A project row whose `Nguồn vốn` cell is empty → `budget.source-missing` on it.

use crate::vn::Bytewise;
use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::finding::Finding;
use crate::kinds::Severity;
use crate::table::Column;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.source-missing",
    severity: Severity::Warning,
    summary: "Không nêu nguồn kinh phí (mục V hoặc một nhiệm vụ của danh mục)",
    summary_en: "No funding source named (section V or an item of the list)",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let b = ctx.budget;
    if let (Some((line, _)), true) = (b.p2v_lines, b.sources_named.is_empty()) {
        if b.declared.is_some() {
            crate::finding::push(out, 
                Finding::new(
                    INFO.id,
                    INFO.severity,
                    ctx.doc.line_span(line),
                    "Mục «V. Kinh phí thực hiện» (P2.V) không nêu nguồn kinh phí.".into(),
                    "Section \"V. Funding\" (P2.V) names no funding source.".into(),
                )
                .in_section(ctx.role_id(Role::Budget))
                .suggestion("Nêu cơ cấu nguồn: ngân sách trung ương, ngân sách địa phương, vốn đầu tư công, chi thường xuyên, xã hội hóa, ODA hoặc nguồn hợp pháp khác, kèm số tiền của từng nguồn."),
            );
        }
    }
    for t in &b.plan_tables {
        if !t.has(Column::Source) {
            crate::finding::push(out, 
                Finding::new(
                    INFO.id,
                    INFO.severity,
                    ctx.doc.line_span(t.header_line),
                    "Bảng danh mục nhiệm vụ, dự án không có cột «Nguồn vốn».".into(),
                    "The project list has no funding-source column.".into(),
                )
                .in_section(ctx.role_id(Role::Projects))
                .suggestion("Thêm cột «Nguồn vốn» và ghi nguồn cho từng nhiệm vụ, dự án."),
            );
            continue;
        }
        for item in t.items.iter().filter(|i| i.cell(Column::Source).is_none_or(|c| c.text.trim_ws().is_empty())) {
            let name = item.label();
            crate::finding::push(out, 
                Finding::new(
                    INFO.id,
                    INFO.severity,
                    ctx.doc.line_span(item.line),
                    fill!("Nhiệm vụ «{}» chưa ghi nguồn vốn.", name),
                    fill!("Item \"{}\" names no funding source.", name),
                )
                .in_section(ctx.role_id(Role::Projects))
                .suggestion("Ghi nguồn vốn trong cột «Nguồn vốn» (ví dụ: ngân sách tỉnh, vốn đầu tư công, chi thường xuyên, xã hội hóa)."),
            );
        }
    }
}
