//! `section.duplicate`
//!
//! **What it checks.** The same template section headed twice (two `V. KINH PHÍ THỰC HIỆN`).
//!
//! **Why it matters.** Reviewers and the page read one place per section; a second copy is
//! usually a leftover of merging drafts from several departments, and one of them is stale.
//!
//! **Example.** `II. MỤC TIÊU` at line 70 and again at line 140 → `section.duplicate` for
//! `P2.II` at line 140, naming line 70.

use super::{Check, Context, RuleInfo};
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "section.duplicate",
    severity: Severity::Warning,
    summary: "Một mục của khung xuất hiện hai lần",
    summary_en: "A template section appears twice",
    check: Check::Structure(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (i, headings) in ctx.outline.by_section.iter().enumerate() {
        let Some((&first, rest)) = headings.split_first() else { continue };
        // (`get`, not indexing: no panic paths in the wasm)
        let Some(s) = ctx.profile.sections.get(i) else { continue };
        let Some(first_line) = ctx.outline.headings.get(first).and_then(|h| ctx.doc.lines.get(h.line)).map(|l| l.number()) else { continue };
        let (name, name_en) = ctx.name(s);
        for h in rest.iter().filter_map(|&h| ctx.outline.headings.get(h)) {
            crate::finding::push(out, 
                Finding::new(
                    INFO.id,
                    INFO.severity,
                    ctx.doc.line_span(h.line),
                    fill!("Mục «{}» ({}) lặp lại: đã có ở dòng {}.", name, s.id, first_line),
                    fill!("Section \"{}\" ({}) appears again; it is already at line {}.", name_en, s.id, first_line),
                )
                .section(&s.id)
                .suggestion(fill!("Gộp nội dung vào mục ở dòng {}, hoặc sửa tiêu đề nếu đây là mục khác.", first_line)),
            );
        }
    }
}
