//! `document.not-a-plan`
//!
//! **What it checks.** Whether the input is a plan at all: fewer than three of the template's
//! main sections (the parts and their Roman-numbered sections) recognised, or no text.
//!
//! **Why it matters.** A report, a decision or an empty paste would otherwise get dozens of
//! `section.missing` findings that hide the one thing to say: this is not the right document.
//!
//! **Example.** MIC's report on Decision 942 checked as a plan → one `document.not-a-plan`.

use super::{Check, Context, RuleInfo};
use crate::outline::Status;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "document.not-a-plan",
    severity: Severity::Error,
    summary: "Văn bản không phải kế hoạch theo khung (hoặc trống)",
    summary_en: "The input is not a plan following the template (or is empty)",
    check: Check::Gate(check),
};

const MIN_MAIN_SECTIONS: usize = 3;

/// Returns true when it fired: the other structure rules are then skipped.
pub fn check(ctx: &Context, out: &mut Vec<Finding>) -> bool {
    let main: Vec<usize> = (0..ctx.profile.sections.len()).filter(|&i| ctx.profile.sections[i].depth <= 1).collect();
    let found = main.iter().filter(|&&i| ctx.status(i) != Status::Missing).count();
    if found >= MIN_MAIN_SECTIONS.min(main.len()) {
        return false;
    }
    let blank = ctx.doc.lines.iter().all(|l| l.text.is_empty());
    let (message, message_en) = if blank {
        ("Chưa có nội dung: văn bản trống.".to_string(), "Nothing to check: the text is empty.".to_string())
    } else {
        (
            format!(
                "Văn bản không giống Kế hoạch chuyển đổi số theo khung «{}»: chỉ nhận ra {found}/{} mục chính (Phần I, Phần II và các mục La Mã).",
                ctx.profile.id,
                main.len()
            ),
            format!("This does not look like a plan following \"{}\": only {found} of {} main sections recognised.", ctx.profile.id, main.len()),
        )
    };
    let mut f = Finding::new(INFO.id, INFO.severity, ctx.doc.start_span(), message, message_en).suggestion(
        "Kiểm tra đã dán đúng dự thảo kế hoạch. Nếu đúng, đặt tiêu đề các phần, mục theo khung, ví dụ «Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023», «II. MỤC TIÊU», «V. KINH PHÍ THỰC HIỆN».",
    );
    f.figures(format!("≥ {MIN_MAIN_SECTIONS}/{} mục chính", main.len()), format!("{found}/{} mục chính", main.len()), None);
    out.push(f);
    true
}
