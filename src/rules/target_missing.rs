//! `target.missing`
//!
//! **What it checks.** `II. Mục tiêu` sets at least one measurable target (a percentage, a
//! count, a rank or a dated completion), itself or in a target table it refers to.
//!
//! **Why it matters.** The template requires targets that are "rõ ràng, định lượng, khả thi,
//! hiệu quả, dễ theo dõi, đánh giá"; a plan without any cannot be assessed at year end.
//!
//! **Example.** `II. MỤC TIÊU — Đẩy mạnh chuyển đổi số toàn diện trên địa bàn tỉnh.` →
//! `target.missing` (and `target.unquantified` on the sentence).

use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::outline::Status;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "target.missing",
    severity: Severity::Error,
    summary: "Mục Mục tiêu không có mục tiêu định lượng nào",
    summary_en: "The targets section sets no measurable target",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((line, _)) = ctx.targets.p2ii_lines else { return };
    if ctx.profile.role(Role::Targets).is_some_and(|s| ctx.status(s) == Status::Empty) {
        return; // `section.empty` says it
    }
    if ctx.targets.items.iter().any(|t| t.quantified()) {
        return;
    }
    let n = ctx.targets.items.len();
    crate::finding::push(out, 
        Finding::new(
            INFO.id,
            INFO.severity,
            ctx.doc.line_span(line),
            fill!("Mục «II. Mục tiêu» (P2.II) không có mục tiêu định lượng nào ({} nội dung, đều không có con số đo được).", n),
            fill!("Section \"II. Targets\" (P2.II) sets no measurable target ({} statements, none with a figure).", n),
        )
        .in_section(ctx.role_id(Role::Targets))
        .suggestion(fill!("Đặt mục tiêu có con số cho năm {}, bám chỉ tiêu quốc gia, ví dụ: «Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%», «Tổ chức 01 cuộc diễn tập thực chiến an toàn thông tin».", ctx.plan_year)),
    );
}
