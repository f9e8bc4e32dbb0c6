//! `appendix.missing`
//!
//! **What it checks.** A section that refers to an appendix (`Chi tiết tại Phụ lục II kèm
//! theo`) when the document has no appendix with that number after its body.
//!
//! **Why it matters.** Drafts move the figures to appendices; when the appendix is not
//! attached the section is, in effect, empty.
//!
//! **Example.** `VII. DANH MỤC NHIỆM VỤ, DỰ ÁN — Chi tiết tại Phụ lục III` with no `Phụ lục
//! III` at the end → `appendix.missing` on `Phụ lục III`.

use super::{Check, Context, RuleInfo};
use crate::vn::Bytewise;
use crate::outline::label::to_roman;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "appendix.missing",
    severity: Severity::Warning,
    summary: "Dẫn chiếu tới phụ lục không có trong văn bản",
    summary_en: "A referenced appendix is not in the document",
    check: Check::Structure(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let have = |n: u32| ctx.outline.appendices.iter().any(|a| a.number == Some(n));
    for r in &ctx.contents.appendix_refs {
        if have(r.number) {
            continue;
        }
        // (`get`, not indexing: no panic paths in the wasm)
        let (Some(s), Some(line)) = (ctx.profile.sections.get(r.section), ctx.doc.lines.get(r.line)) else { continue };
        let (name, name_en) = ctx.name(s);
        let shown = line.text.get(r.from..r.to).unwrap_or("Phụ lục").owned();
        crate::finding::push(out, 
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(r.line, r.from, r.to),
                fill!("Mục «{}» ({}) dẫn chiếu «{}» nhưng văn bản không có phụ lục này.", name, s.id, shown),
                fill!("Section \"{}\" ({}) refers to \"{}\", which the document does not contain.", name_en, s.id, shown),
            )
            .section(&s.id)
            .suggestion(fill!("Đính kèm «{}» vào cuối văn bản (sau phần nội dung), hoặc đưa nội dung chi tiết vào ngay mục này.", if r.number > crate::outline::FORMS { shown.clone() } else { fill!("Phụ lục {}", to_roman(r.number)) })),
        );
    }
}
