//! `document.template-year`
//!
//! **What it checks.** Nothing in the draft: it says which template the draft was checked
//! against when no profile was named and the plan's year has no built-in template of its own
//! (a 2025 or 2026 plan is checked against the latest, `khung-2024`).
//!
//! **Why it matters.** Plans follow the guidance of their year; a drafter should know the
//! messages name the items of an older template, and can pass `--profile` / `profileJson`.
//!
//! **Example.** `KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026` with no profile → one information finding.

use super::{Check, RuleInfo};
use crate::document::Document;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "document.template-year",
    severity: Severity::Info,
    summary: "Năm kế hoạch chưa có khung riêng: đã kiểm tra theo khung mới nhất",
    summary_en: "No built-in template for the plan's year: the latest was used",
    check: Check::Input,
};

pub fn finding(plan_year: u16, profile_id: &str) -> Finding {
    let plan_year = u32::from(plan_year); // (u32: the messages' one integer printer)
    Finding::new(
        INFO.id,
        INFO.severity,
        Document::default().start_span(),
        fill!("Kế hoạch năm {}: chưa có khung kế hoạch riêng cho năm này, đã kiểm tra theo khung mới nhất «{}».", plan_year, profile_id),
        fill!("Plan for {}: there is no built-in template for that year; checked against the latest, \"{}\".", plan_year, profile_id),
    )
    .suggestion("Nếu năm nay có khung hướng dẫn mới, hãy dùng tệp khung tương ứng (dxcheck --profile-file, hoặc profileJson trên trang).")
}
