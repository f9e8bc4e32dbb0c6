//! `section.numbering`
//!
//! **What it checks.** The typed numbers of sibling headings run on without skipping or
//! repeating (`I, II, III`; `1, 2, 3`; `a), b)`). A number that matches the template is never
//! flagged: when `IV.` follows `II.` because `III.` is missing, `section.missing` says so.
//! Numbers that Word generates (automatic numbering) are not in the text and not checked.
//!
//! **Why it matters.** Skipped or repeated numbers break cross-references (`tại mục III.2`)
//! and make reviewers look for a section that is not there.
//!
//! **Example.** `I. CĂN CỨ`, `II. MỤC TIÊU`, `II. NHIỆM VỤ` → `section.numbering` on the second
//! `II.`: expected `III`, actual `II`.

use crate::vn::Bytewise;
use super::{Check, Context, RuleInfo};
use crate::outline::label::{to_roman, Label};
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "section.numbering",
    severity: Severity::Warning,
    summary: "Số thứ tự mục bị nhảy cóc hoặc lặp",
    summary_en: "Section numbering skips or repeats",
    check: Check::Structure(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    // previous typed number per parent, by index: 0 = the top level, i + 1 = under section i (a
    // vector rather than a map: one hash map type fewer in the wasm)
    let mut previous: Vec<Option<u32>> = vec![None; ctx.profile.sections.len() + 1];
    for h in &ctx.outline.headings {
        // (`get`, not indexing: no panic paths in the wasm)
        let Some(s) = ctx.profile.sections.get(h.section) else { continue };
        let Some(typed) = h.label.as_ref().and_then(ordinal) else { continue };
        let Some(slot) = previous.get_mut(s.parent.map_or(0, |p| p + 1)) else { continue };
        let expected = slot.map_or(1, |p| p + 1);
        *slot = Some(typed);
        if typed == expected || Some(typed) == template_ordinal(&s.number) {
            continue;
        }
        let Some(label) = &h.label else { continue };
        let show = |n: u32| match label {
            Label::Part(_) | Label::Roman(_) => to_roman(n),
            Label::Letter(_) => char::from_u32('a' as u32 + n - 1).map_or(crate::message::string(&n), String::from),
            Label::Arabic(parts) => {
                let mut parts = *parts;
                if let Some(last) = parts.last_mut() {
                    *last = n;
                }
                crate::outline::label::dotted(&parts)
            }
        };
        let (name, name_en) = ctx.name(s);
        let from = h.label_start;
        let mut f = Finding::new(
            INFO.id,
            INFO.severity,
            ctx.doc.span(h.line, from, from + h.label_text.len()),
            fill!("Số thứ tự «{}» của mục «{}» không liền mạch: {} nên là «{}».", h.label_text, name, if typed < expected { "bị lặp lại," } else { "bị nhảy cóc," }, show(expected)),
            fill!("The number \"{}\" of \"{}\" {}; expected \"{}\".", h.label_text, name_en, if typed < expected { "repeats" } else { "skips" }, show(expected)),
        )
        .section(&s.id)
        .suggestion(fill!("Đánh lại số thứ tự: «{}» thay cho «{}», và các mục sau theo đó.", show(expected), h.label_text));
        f.figures(show(expected), show(typed), Some(crate::finding::signed(typed as i64 - expected as i64)));
        crate::finding::push(out, f);
    }
}

/// The position a label gives among its siblings: `III` → 3, `1.2` → 2, `b)` → 2.
fn ordinal(label: &Label) -> Option<u32> {
    match label {
        Label::Part(n) | Label::Roman(n) => Some(*n),
        Label::Arabic(parts) => parts.last().copied(),
        Label::Letter(c) => (*c as u32).checked_sub('a' as u32).map(|n| n + 1),
    }
}

fn template_ordinal(number: &str) -> Option<u32> {
    let last = number.rsplit_str(".").next()?;
    crate::outline::label::roman_value(last)
        .or_else(|| crate::vn::parse_u32(last))
        .or_else(|| crate::vn::first_char(last).filter(char::is_ascii_lowercase).map(|c| c as u32 - 'a' as u32 + 1))
}
