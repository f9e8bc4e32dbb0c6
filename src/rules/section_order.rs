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
        .filter(|(h, head)| ctx.outline.by_section[head.section].first() == Some(h))
        .map(|(h, head)| (head.section, h))
        .collect();
    let keep = longest_increasing(&firsts.iter().map(|&(s, _)| s).collect::<Vec<_>>());
    for (k, &(section, h)) in firsts.iter().enumerate() {
        if keep[k] {
            continue;
        }
        let s = &ctx.profile.sections[section];
        let (name, name_en) = ctx.name(s);
        // the section it should follow: the nearest earlier template section the draft has in order
        let after = firsts.iter().enumerate().filter(|&(j, &(t, _))| keep[j] && t < section).max_by_key(|&(_, &(t, _))| t);
        let (place, place_en) = match after {
            Some((_, &(t, th))) => {
                let (n, n_en) = ctx.name(&ctx.profile.sections[t]);
                let line = ctx.doc.lines[ctx.outline.headings[th].line].number();
                (format!("sau «{n}» (dòng {line})"), format!("after \"{n_en}\" (line {line})"))
            }
            None => ("ở đầu phần nội dung".to_string(), "at the start of the body".to_string()),
        };
        out.push(
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.line_span(ctx.outline.headings[h].line),
                format!("Mục «{name}» ({}) không theo thứ tự của khung: theo khung, mục này đứng {place}.", s.id),
                format!("Section \"{name_en}\" ({}) is out of template order; it belongs {place_en}.", s.id),
            )
            .section(&s.id)
            .suggestion(format!("Chuyển mục «{name}» (cùng nội dung) đến {place}.")),
        );
    }
}

/// Which elements belong to one longest strictly increasing subsequence (patience sorting).
fn longest_increasing(xs: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // indices into xs
    let mut prev: Vec<Option<usize>> = vec![None; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let pos = tails.partition_point(|&t| xs[t] < x);
        prev[i] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; xs.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
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
