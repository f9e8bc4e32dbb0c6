//! `document.template-unfilled`
//!
//! **What it checks.** The draft is the template itself, or nearly: most sections that have a
//! heading hold nothing but the template's labels and guidance.
//!
//! **Why it matters.** An unfilled template has every heading, so a headings-only check would
//! praise it. It must be recognised and said once, not as forty `section.empty` findings.
//!
//! **Example.** Phụ lục III of the Ministry's letter (the 2024 template) checked as a plan.

use super::{Check, Context, RuleInfo};
use crate::outline::Status;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "document.template-unfilled",
    severity: Severity::Error,
    summary: "Văn bản là khung kế hoạch chưa điền nội dung",
    summary_en: "The input is the bare template",
    check: Check::Unfilled(check),
};

/// Share of headed leaf sections that are empty from which the draft counts as unfilled.
const EMPTY_SHARE: f32 = 0.6;
/// Below this many headed leaf sections the draft is too short to judge.
const MIN_LEAVES: usize = 8;

/// Returns true when it fired (the per-section `section.empty` findings are then left out).
pub fn check(ctx: &Context, out: &mut Vec<Finding>) -> bool {
    let sections = &ctx.profile.sections;
    let is_leaf = |i: usize| sections.get(i + 1).is_none_or(|n| n.parent != Some(i));
    let (mut headed, mut empty) = (0usize, 0usize);
    for i in (0..sections.len()).filter(|&i| is_leaf(i)) {
        match ctx.status(i) {
            Status::Present => headed += 1,
            Status::Empty => {
                headed += 1;
                empty += 1;
            }
            Status::Missing => {}
        }
    }
    if headed < MIN_LEAVES || (empty as f32) < EMPTY_SHARE * headed as f32 {
        return false;
    }
    let mut f = Finding::new(
        INFO.id,
        INFO.severity,
        ctx.doc.line_span(0),
        fill!("Văn bản là khung kế hoạch chưa điền: {}/{} mục chỉ có tiêu đề hoặc lời hướng dẫn của khung.", empty, headed),
        fill!("This is the bare template: {} of {} sections hold only a heading or the template's guidance.", empty, headed),
    )
    .suggestion(
        "Điền nội dung thật cho từng mục: kết quả năm trước có số liệu, mục tiêu định lượng, nhiệm vụ, kinh phí và danh mục dự án — thay cho lời hướng dẫn của khung.",
    );
    f.figures(fill!("0/{} mục trống", headed), fill!("{}/{} mục trống", empty, headed), None);
    crate::finding::push(out, f);
    true
}
