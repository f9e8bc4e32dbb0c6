//! `budget.project-field-missing`
//!
//! **What it checks.** Every item of `VII. Danh mục nhiệm vụ, dự án` states what the template
//! asks of it: đơn vị chủ trì; mới hay chuyển tiếp; thời gian triển khai; dự kiến kinh phí (and
//! nguồn vốn, checked by `budget.source-missing`). A column the list lacks altogether is
//! reported once; an empty cell, per item. Mục tiêu, quy mô, nội dung are asked too: a list
//! without those columns gets one info finding.
//!
//! **Why it matters.** A project without a lead unit or a timeline cannot be followed up.
//!
//! **Example.** A row whose `Đơn vị chủ trì` cell is empty → `budget.project-field-missing`
//! naming the field and the row.

use crate::vn::Bytewise;
use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::finding::Finding;
use crate::kinds::Severity;
use crate::table::Column;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.project-field-missing",
    severity: Severity::Warning,
    summary: "Nhiệm vụ, dự án trong danh mục thiếu thông tin bắt buộc",
    summary_en: "An item of the project list lacks a required field",
    check: Check::Content(check),
};

const REQUIRED: &[Column] = &[Column::Owner, Column::Kind, Column::Time, Column::Cost];
const ASKED: &[Column] = &[Column::Goal, Column::Scale, Column::Content];

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for t in &ctx.budget.plan_tables {
        let header = ctx.doc.line_span(t.header_line);
        for &col in REQUIRED.iter().filter(|&&c| !t.has(c)) {
            crate::finding::push(out, 
                Finding::new(
                    INFO.id,
                    INFO.severity,
                    header,
                    fill!("Bảng danh mục nhiệm vụ, dự án không có cột «{}».", col.label()),
                    fill!("The project list has no \"{}\" column.", col.label_en()),
                )
                .in_section(ctx.role_id(Role::Projects))
                .suggestion(fill!("Thêm cột «{}» và điền cho từng nhiệm vụ, dự án (Phụ lục III, mục VII).", col.label())),
            );
        }
        let asked: Vec<&str> = ASKED.iter().filter(|&&c| !t.has(c)).map(|c| c.label()).collect();
        if !asked.is_empty() {
            crate::finding::push(out, 
                Finding::new(
                    INFO.id,
                    Severity::Info,
                    header,
                    fill!("Bảng danh mục chưa có cột {}; khung yêu cầu nêu rõ cho từng nhiệm vụ, dự án.", crate::message::join(&asked.iter().map(|a| fill!("«{}»", a)).collect::<Vec<_>>().iter().map(String::as_str).collect::<Vec<_>>(), ", ")),
                    fill!("The project list has no {} column(s), which the template asks for.", crate::message::join(&asked, ", ")),
                )
                .in_section(ctx.role_id(Role::Projects))
                .suggestion("Bổ sung các cột này, hoặc nêu trong thuyết minh của từng dự án."),
            );
        }
        for item in &t.items {
            for &col in REQUIRED {
                let Some(cell) = item.cell(col) else { continue };
                if !cell.text.trim_ws().is_empty() {
                    continue;
                }
                let name = item.label();
                crate::finding::push(out, 
                    Finding::new(
                        INFO.id,
                        INFO.severity,
                        ctx.doc.line_span(item.line),
                        fill!("Nhiệm vụ «{}» chưa ghi «{}».", name, col.label()),
                        fill!("Item \"{}\" has no {}.", name, col.label_en()),
                    )
                    .in_section(ctx.role_id(Role::Projects))
                    .suggestion(fill!("Điền «{}» cho nhiệm vụ này.", col.label())),
                );
            }
        }
    }
}
