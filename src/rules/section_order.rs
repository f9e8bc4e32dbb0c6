//! `section.order`
//!
//! **What it checks.** Sections in the order of the template. The largest set of headings
//! already in order is kept (longest increasing subsequence, O(n log n)); each heading outside
//! it is reported, naming the section it should follow.
//!
//! **Why it matters.** The Ministry compiles plans side by side; a plan with `Giải pháp` after
//! `Kinh phí` is read wrongly or sent back.
//!
//! **Example.** `V. KINH PHÍ THỰC HIỆN` before `IV. GIẢI PHÁP` → `section.order` on one of them.

use super::{Check, Context, RuleInfo};
use crate::vn::Bytewise;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "section.order",
    severity: Severity::Warning,
    summary: "Mục không theo thứ tự của khung",
    summary_en: "A section is out of template order",
    check: Check::Structure(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    // first heading of each section, in document order: (section, heading)
    let firsts: Vec<(usize, usize)> = ctx
        .outline
        .headings
        .iter()
        .enumerate()
        .filter(|(h, head)| ctx.outline.by_section.get(head.section).and_then(|f| f.first()) == Some(h))
        .map(|(h, head)| (head.section, h))
        .collect();
    let keep = longest_increasing(&firsts.iter().map(|&(s, _)| s).collect::<Vec<_>>());
    // (`get`, not indexing, here and below: no panic paths in the wasm)
    for (&(section, h), &kept) in firsts.iter().zip(&keep) {
        let (false, Some(s), Some(heading)) = (kept, ctx.profile.sections.get(section), ctx.outline.headings.get(h)) else { continue };
        let (name, name_en) = ctx.name(s);
        // the section it should follow: the nearest earlier template section the draft has in order
        let after = firsts.iter().zip(&keep).filter(|&(&(t, _), &kept)| kept && t < section).max_by_key(|&(&(t, _), _)| t);
        let after = after.and_then(|(&(t, th), _)| {
            let line = ctx.outline.headings.get(th).and_then(|th| ctx.doc.lines.get(th.line))?.number();
            Some((ctx.profile.sections.get(t)?, line))
        });
        let (place, place_en) = match after {
            Some((t, line)) => {
                let (n, n_en) = ctx.name(t);
                (fill!("sau «{}» (dòng {})", n, line), fill!("after \"{}\" (line {})", n_en, line))
            }
            None => ("ở đầu phần nội dung".owned(), "at the start of the body".owned()),
        };
        crate::finding::push(out, 
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.line_span(heading.line),
                fill!("Mục «{}» ({}) không theo thứ tự của khung: theo khung, mục này đứng {}.", name, s.id, place),
                fill!("Section \"{}\" ({}) is out of template order; it belongs {}.", name_en, s.id, place_en),
            )
            .section(&s.id)
            .suggestion(fill!("Chuyển mục «{}» (cùng nội dung) đến {}.", name, place)),
        );
    }
}

/// Which elements belong to one longest strictly increasing subsequence (patience sorting).
fn longest_increasing(xs: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // indices into xs
    let mut prev: Vec<Option<usize>> = Vec::with_capacity(xs.len());
    for (i, &x) in xs.iter().enumerate() {
        let pos = tails.partition_point(|&t| xs.get(t).is_some_and(|&v| v < x));
        prev.push(pos.checked_sub(1).and_then(|p| tails.get(p).copied()));
        match tails.get_mut(pos) {
            Some(t) => *t = i,
            None => tails.push(i),
        }
    }
    let mut keep = vec![false; xs.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        if let Some(k) = keep.get_mut(i) {
            *k = true;
        }
        cur = prev.get(i).copied().flatten();
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::longest_increasing;

    #[test]
    fn keeps_the_longest_run_in_order() {
        assert_eq!(longest_increasing(&[0, 1, 2, 4, 3, 5]), [true, true, true, false, true, true]);
        assert_eq!(longest_increasing(&[]), Vec::<bool>::new());
        assert_eq!(longest_increasing(&[5, 0, 1, 2]), [false, true, true, true]);
    }
}
