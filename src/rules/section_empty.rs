//! `section.empty`
//!
//! **What it checks.** A section whose heading is there but holds no content of its own or in
//! its sub-items: nothing, a placeholder (`…`), the template's bare label (`a) Kết quả đạt
//! được:`), or only the template's own guidance copied over. A whole empty branch is reported
//! once, at its top. A reference to an appendix (`Chi tiết tại Phụ lục II`) counts as content.
//!
//! **Why it matters.** A heading without content passes a glance at the table of contents but
//! tells the Ministry nothing; it is the "formalistic" submission the 942 report complains of.
//!
//! **Example.** `b) Tồn tại, hạn chế:` followed directly by `4. Dữ liệu số` → `section.empty`
//! for `P1.II.3.b`.

use super::{Check, Context, RuleInfo};
use crate::outline::Status;
use crate::profile::with_year;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "section.empty",
    severity: Severity::Error,
    summary: "Mục có tiêu đề nhưng chưa có nội dung",
    summary_en: "A section has a heading but no content",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (i, s) in ctx.profile.sections.iter().enumerate() {
        if !s.required || ctx.status(i) != Status::Empty {
            continue;
        }
        if s.parent.is_some_and(|p| ctx.status(p) == Status::Empty) {
            continue; // reported at the top of the empty branch
        }
        // (`get`, not indexing: no panic paths in the wasm)
        let Some(line) = ctx.outline.by_section.get(i).and_then(|h| ctx.outline.headings.get(*h.first()?)).map(|h| h.line) else {
            continue;
        };
        let (name, name_en) = ctx.name(s);
        let guidance = with_year(&s.guidance, ctx.plan_year);
        let suggestion = if guidance.is_empty() {
            fill!("Viết nội dung cho mục «{}» ngay dưới tiêu đề (có số liệu cụ thể), hoặc dẫn chiếu phụ lục kèm theo.", name)
        } else {
            fill!("Viết nội dung cho mục «{}» thay cho lời hướng dẫn của khung: {}", name, guidance)
        };
        crate::finding::push(out, 
            Finding::new(
                INFO.id,
                s.severity,
                ctx.doc.line_span(line),
                fill!("Mục «{}» ({}) chưa có nội dung: chỉ có tiêu đề hoặc lời hướng dẫn của khung.", name, s.id),
                fill!("Section \"{}\" ({}) has no content: only its heading or the template's guidance.", name_en, s.id),
            )
            .section(&s.id)
            .suggestion(suggestion),
        );
    }
}
