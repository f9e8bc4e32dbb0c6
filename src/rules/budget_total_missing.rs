//! `budget.total-missing`
//!
//! **What it checks.** `V. Kinh phí thực hiện` states the expected total (`Tổng kinh phí dự
//! kiến: 52.300 triệu đồng`), as the template asks: "dự kiến tổng kinh phí thực hiện Kế hoạch".
//!
//! **Why it matters.** Without a total the plan cannot be funded or compared with its list of
//! projects.
//!
//! **Example.** `V. KINH PHÍ THỰC HIỆN — Từ nguồn ngân sách tỉnh và xã hội hóa.` →
//! `budget.total-missing` on the heading.

use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "budget.total-missing",
    severity: Severity::Error,
    summary: "Mục Kinh phí thực hiện không nêu tổng kinh phí",
    summary_en: "The funding section states no total",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((line, _)) = ctx.budget.p2v_lines else { return };
    if ctx.budget.declared.is_some() {
        return;
    }
    let Some(section) = ctx.profile.role(Role::Budget) else { return };
    if ctx.status(section) == crate::outline::Status::Empty {
        return; // `section.empty` already says it
    }
    crate::finding::push(out, 
        Finding::new(
            INFO.id,
            INFO.severity,
            ctx.doc.line_span(line),
            "Mục «V. Kinh phí thực hiện» (P2.V) chưa nêu tổng kinh phí dự kiến bằng con số có đơn vị.".into(),
            "Section \"V. Funding\" (P2.V) states no expected total with a unit.".into(),
        )
        .in_section(ctx.role_id(Role::Budget))
        .suggestion("Ghi rõ tổng và cơ cấu nguồn, ví dụ: «Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng»."),
    );
}
