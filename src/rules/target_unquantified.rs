//! `target.unquantified`
//!
//! **What it checks.** Each statement of `II. Mục tiêu` (and each row of a target table) carries
//! a measurable figure: a percentage (`≥ 80%`), a count with its unit (`05 chuyên gia`), a rank
//! (`Top 20`) or a completion bound to a date (`hoàn thành trước 30/6/2024`). Statements under
//! a `Mục tiêu chung` sub-heading are general aims and not checked.
//!
//! **Why it matters.** `Đẩy mạnh…`, `nâng cao…`, `tăng cường…` with no figure cannot be
//! followed up or assessed.
//!
//! **Example.** `- Nâng cao chất lượng dịch vụ công trực tuyến.` → `target.unquantified`.

use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "target.unquantified",
    severity: Severity::Warning,
    summary: "Mục tiêu không có con số đo được",
    summary_en: "A target has no measurable figure",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for t in ctx.targets.items.iter().filter(|t| !t.quantified()) {
        let short: String = t.text.chars().take(90).collect();
        let short = if short.len() < t.text.len() { format!("{short}…") } else { short };
        out.push(
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(t.line, t.from, t.to),
                format!("Mục tiêu «{short}» chưa được lượng hóa: không có tỷ lệ %, số lượng, thứ hạng hay thời hạn hoàn thành."),
                format!("Target \"{short}\" is not quantified: no percentage, count, rank or deadline."),
            )
            .in_section(ctx.role_id(Role::Targets))
            .suggestion("Ghi con số đo được: «… đạt tối thiểu 80%», «01 cuộc diễn tập», «05 chuyên gia», «hoàn thành trước 30/6/…»; nếu là định hướng chung, chuyển vào phần «Mục tiêu chung»."),
        );
    }
}
