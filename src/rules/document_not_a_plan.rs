//! `document.not-a-plan`
//!
//! **What it checks.** Whether the input is an annual plan at all, on the evidence: its title
//! (`KẾ HOẠCH … CHUYỂN ĐỔI SỐ … NĂM N`, also inside a decision that issues it), the template
//! headings recognised at every depth, and the opposite signals (a report, a multi-year
//! programme `ĐẾN NĂM 2025` / `GIAI ĐOẠN 2021–2025`, a decision without the plan). A draft
//! with three main sections recognised is a plan, unless its title says it is something else
//! and it has no `Phần` of the template; so is one with an annual plan's title, or three
//! template headings at any depth.
//!
//! **Why it matters.** A report, a decision or an empty paste would otherwise get dozens of
//! `section.missing` findings that hide the one thing to say: this is not the right document.
//! A real plan rejected here loses every other finding, so the gate leans towards "plan".
//!
//! **Example.** MIC's report on Decision 942 checked as a plan → one `document.not-a-plan`.

use super::{Check, Context, RuleInfo};
use crate::vn::Bytewise;
use crate::header::Kind;
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
/// Template headings (any depth) that make a plan of a draft whose title says nothing.
const MIN_SECTIONS: usize = 3;

/// Returns true when it fired: the other structure rules are then skipped.
pub fn check(ctx: &Context, out: &mut Vec<Finding>) -> bool {
    let sections = &ctx.profile.sections;
    let main: Vec<usize> = sections.iter().enumerate().filter(|(_, s)| s.depth <= 1).map(|(i, _)| i).collect();
    let found = main.iter().filter(|&&i| ctx.status(i) != Status::Missing).count();
    let recognised = ctx.outline.by_section.iter().take(sections.len()).filter(|h| !h.is_empty()).count();
    let enough = found >= MIN_MAIN_SECTIONS.min(main.len());
    // a title that says otherwise needs the plan's own parts (`Phần I`, `Phần II`) as well: a
    // multi-year action plan has `II. CHỈ TIÊU …`, `IV. TỔ CHỨC THỰC HIỆN VÀ KINH PHÍ` too
    let parts = sections.iter().zip(&ctx.outline.by_section).any(|(s, h)| s.depth == 0 && !h.is_empty());
    let blank = ctx.doc.lines.iter().all(|l| l.text.is_empty());
    // enough main sections and a part make a plan whatever the title says: the title (read
    // again, ~29K instructions) only when they do not
    if enough && parts && !blank {
        return false;
    }
    let title = crate::header::title(ctx.doc);
    let kind = title.as_ref().map(|t| t.kind);
    let plan = match kind {
        Some(Kind::AnnualPlan) => true,
        Some(Kind::MultiYear | Kind::Report | Kind::Decision) => enough && parts,
        Some(Kind::Other) => enough || recognised >= MIN_SECTIONS,
        // no title: headings decide, unless the text opens as an annex of another document
        // (`Phụ lục II` / `CHUYỂN ĐỔI SỐ CẤP BỘ`: the Ministry's task list)
        None => enough || (recognised >= MIN_SECTIONS && !opens_as_annex(ctx)),
    };
    if plan && !blank {
        return false;
    }
    let (why, why_en) = match kind {
        Some(Kind::MultiYear) => {
            (" Tiêu đề nêu một giai đoạn nhiều năm, không phải kế hoạch năm.", " The title names a multi-year period, not one year.")
        }
        Some(Kind::Report) => (" Văn bản là một báo cáo.", " The document is a report."),
        Some(Kind::Decision) => {
            (" Văn bản là một quyết định không kèm kế hoạch năm.", " The document is a decision without an annual plan.")
        }
        _ => ("", ""),
    };
    let (message, message_en) = if blank {
        ("Chưa có nội dung: văn bản trống.".owned(), "Nothing to check: the text is empty.".owned())
    } else {
        (
            fill!("Văn bản không giống Kế hoạch chuyển đổi số theo khung «{}»: chỉ nhận ra {}/{} mục chính (Phần I, Phần II và các mục La Mã).{}", ctx.profile.id, found, main.len(), why),
            fill!("This does not look like a plan following \"{}\": only {} of {} main sections recognised.{}", ctx.profile.id, found, main.len(), why_en),
        )
    };
    let mut f = Finding::new(INFO.id, INFO.severity, ctx.doc.start_span(), message, message_en).suggestion(
        "Kiểm tra đã dán đúng dự thảo kế hoạch. Nếu đúng, đặt tiêu đề các phần, mục theo khung, ví dụ «Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023», «II. MỤC TIÊU», «V. KINH PHÍ THỰC HIỆN».",
    );
    f.figures(fill!("≥ {}/{} mục chính", MIN_MAIN_SECTIONS, main.len()), fill!("{}/{} mục chính", found, main.len()), None);
    crate::finding::push(out, f);
    true
}

/// The first words of the text are an annex heading (`Phụ lục II`).
fn opens_as_annex(ctx: &Context) -> bool {
    ctx.doc.lines.iter().find(|l| !l.text.is_empty()).is_some_and(|l| crate::outline::appendix_number(&l.text).is_some())
}
