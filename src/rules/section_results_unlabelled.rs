//! `section.results-unlabelled`
//!
//! **What it checks.** Items of Part I whose results are written straight under their heading
//! (`1.1. Ngày Chuyển đổi số` followed by text) or as `- Kết quả đạt được:` lines, without the
//! template's `a) Kết quả đạt được` / `b) Tồn tại, hạn chế` sub-headings. They are accepted
//! (`section.missing` does not report the labels); this says so once per plan, as information.
//!
//! **Why it matters.** Most published plans write results this way; the template asks for
//! results and shortcomings to be told apart, which a reviewer may want to check by eye.
//!
//! **Example.** A plan with no `a)`/`b)` anywhere → one information finding at the first item.

use super::section_missing::results_written_in_parent;
use super::{Check, Context, RuleInfo};
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "section.results-unlabelled",
    severity: Severity::Info,
    summary: "Kết quả viết không tách «a) Kết quả đạt được» / «b) Tồn tại, hạn chế» (chấp nhận)",
    summary_en: "Results written without the a)/b) sub-headings (accepted)",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let sections = &ctx.profile.sections;
    let mut items: Vec<usize> = sections
        .iter()
        .enumerate()
        .filter(|&(i, s)| s.required && results_written_in_parent(ctx, i))
        .filter_map(|(_, s)| s.parent)
        .filter(|&p| !split_in_cells(ctx, p))
        .collect();
    items.dedup();
    // (`get`, not indexing: no panic paths in the wasm)
    let Some((&first, s)) = items.first().and_then(|&i| Some((ctx.outline.by_section.get(i)?.first()?, sections.get(i)?))) else {
        return;
    };
    let Some(heading) = ctx.outline.headings.get(first) else { return };
    let (name, name_en) = ctx.name(s);
    let others = items.len() - 1;
    let (more, more_en) = if others > 0 {
        (fill!(" và {} mục khác", others), fill!(" and {} other items", others))
    } else {
        (String::new(), String::new())
    };
    crate::finding::push(out, 
        Finding::new(
            INFO.id,
            INFO.severity,
            ctx.doc.line_span(heading.line),
            // (said of results written straight under the heading and of `- Kết quả đạt được:` lines alike)
            fill!("Mục «{}»{} ghi kết quả không theo hai tiêu đề «a) Kết quả đạt được», «b) Tồn tại, hạn chế» của khung; cách ghi này vẫn được chấp nhận.", name, more),
            fill!("\"{}\"{} give their results without the template's sub-headings \"a) Results achieved\" and \"b) Shortcomings\"; this is accepted.", name_en, more_en),
        )
        .section(&s.id)
        .suggestion("Có thể giữ nguyên; nếu muốn theo sát khung, tách phần kết quả đạt được và phần tồn tại, hạn chế thành hai ý a), b)."),
    );
}

/// The item's heading is a row of a table (`1.1 ⇥ Ngày Chuyển đổi số ⇥ … ⇥ …`, `| 1.1 | Ngày
/// Chuyển đổi số | … | … |`) whose results and shortcomings stand in two cells after its title
/// (its text keeps the tab or the `|` between them): the table's columns tell them apart.
fn split_in_cells(ctx: &Context, item: usize) -> bool {
    let heading = ctx.outline.by_section.get(item).and_then(|h| h.first()).and_then(|&h| ctx.outline.headings.get(h));
    heading.is_some_and(|h| h.inline_text.bytes().any(|b| b == b'\t' || b == b'|'))
}
