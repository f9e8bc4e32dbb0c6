//! `section.missing`
//!
//! **What it checks.** Every required section of the template profile has a heading in the
//! draft. When a whole branch is absent only its top is reported, not each sub-item.
//!
//! **Why it matters.** The Ministry compiles 90+ plans section by section; a plan without
//! `V. Kinh phí thực hiện` cannot be compared, and is sent back.
//!
//! **Example.** A Part II that goes from `IV. GIẢI PHÁP` straight to `VI. TỔ CHỨC THỰC HIỆN`
//! gets `section.missing` for `P2.V`, pointing at the `VI.` heading (add it before that line).

use super::{Check, Context, RuleInfo};
use crate::profile::{is_title_word, push_with_year};
use crate::finding::Finding;
use crate::kinds::Severity;
use crate::vn;

pub const INFO: RuleInfo = RuleInfo {
    id: "section.missing",
    severity: Severity::Error,
    summary: "Thiếu mục bắt buộc của khung kế hoạch",
    summary_en: "A required section of the template is absent",
    check: Check::Structure(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let sections = &ctx.profile.sections;
    // present_below[i]: section i or one of its descendants has a heading
    let mut present_below: Vec<bool> = ctx.outline.by_section.iter().map(|h| !h.is_empty()).collect();
    for (i, s) in sections.iter().enumerate().rev() {
        if let (Some(p), true) = (s.parent, flag(&present_below, i)) {
            if let Some(below) = present_below.get_mut(p) {
                *below = true;
            }
        }
    }
    // the last parent named (` trong «II. Tình hình thực hiện …»`) and its words: the missing
    // sub-sections of one item, often ten, name it once
    let mut within_parent: Option<(usize, String, String)> = None;
    for (i, s) in sections.iter().enumerate() {
        if !s.required || has_heading(ctx, i) {
            continue;
        }
        // report a branch once, at its top: skip when the parent is itself wholly absent
        if s.parent.is_some_and(|p| !flag(&present_below, p)) {
            continue;
        }
        if results_written_in_parent(ctx, i)
            || part_shown_by_its_sections(ctx, i, &present_below)
            || assessed_in_a_report(ctx, i)
            || merged_into_previous(ctx, i)
        {
            continue;
        }
        let (span, before) = match next_present_heading(ctx, i) {
            Some(h) => (ctx.doc.line_span(h.line), ctx.doc.lines.get(h.line).map(|l| l.number())),
            None => (ctx.doc.line_span(ctx.doc.lines.len().saturating_sub(1)), None),
        };
        // (the messages written straight into their strings, each piece pushed, the section's
        // name too: this rule can report dozens of sections of a draft)
        // a branch absent as a whole is reported once, at its top
        let branch = !flag(&present_below, i) && sections.get(i + 1).is_some_and(|n| n.parent == Some(i));
        let (branch, branch_en) = if branch { (" (cùng các mục con)", " (with its sub-sections)") } else { ("", "") };
        let parent = s.parent.filter(|_| s.depth >= 2);
        if let Some((p, named)) = parent.zip(parent.and_then(|p| sections.get(p))) {
            if within_parent.as_ref().is_none_or(|w| w.0 != p) {
                let (name, name_en) = ctx.name(named);
                within_parent = Some((p, crate::message::concat(&[" trong «", &name, "»"]), crate::message::concat(&[" in \"", &name_en, "\""])));
            }
        }
        let (within, within_en) = match within_parent.as_ref().filter(|w| Some(w.0) == parent) {
            Some((_, w, w_en)) => (w.as_str(), w_en.as_str()),
            None => ("", ""),
        };
        // a whole part absent at the end: a draft written so far; say how far it goes
        let last = ctx.outline.headings.last().and_then(|h| sections.get(h.section));
        let (so_far, so_far_en) = match (s.depth, &before, last) {
            (0, None, Some(last)) if !flag(&present_below, i) => {
                let required = sections.iter().filter(|s| s.required).count();
                let written = sections.iter().enumerate().filter(|&(j, s)| s.required && has_heading(ctx, j)).count();
                let (last, last_en) = ctx.name(last);
                (
                    fill!(" Dự thảo mới viết đến «{}» ({}/{} mục bắt buộc).", last, written, required),
                    fill!(" The draft goes as far as \"{}\" ({} of {} required sections).", last_en, written, required),
                )
            }
            _ => (String::new(), String::new()),
        };
        // (each sized for what it holds: grown, it is copied)
        let name = s.number.len() + s.id.len() + 96;
        let mut suggestion = String::with_capacity(name + s.title.len() + s.guidance.len());
        suggestion.push_str("Thêm mục «");
        ctx.push_name(&mut suggestion, s, false);
        suggestion.push_str("» ");
        push_place(&mut suggestion, before, false);
        suggestion.push('.');
        if !s.guidance.is_empty() {
            suggestion.push_str(" Nội dung cần có: ");
            push_with_year(&mut suggestion, &s.guidance, ctx.plan_year);
        }
        let mut message = String::with_capacity(name + s.title.len() + within.len() + so_far.len());
        message.push_str("Thiếu mục bắt buộc «");
        ctx.push_name(&mut message, s, false);
        for piece in ["» (", &s.id, ")", within, branch, ".", &so_far] {
            message.push_str(piece);
        }
        let mut message_en = String::with_capacity(name + s.title_en.len() + within_en.len() + so_far_en.len());
        message_en.push_str("Required section \"");
        ctx.push_name(&mut message_en, s, true);
        for piece in ["\" (", &s.id, ")", within_en, " is missing", branch_en, "; add it "] {
            message_en.push_str(piece);
        }
        push_place(&mut message_en, before, true);
        message_en.push('.');
        message_en.push_str(&so_far_en);
        crate::finding::push(out, 
            Finding::new(INFO.id, s.severity, span, message, message_en)
            .section(&s.id)
            .suggestion(suggestion),
        );
    }
}

/// Where the missing section belongs, onto `out`: before line `before`, or at the end.
fn push_place(out: &mut String, before: Option<usize>, english: bool) {
    match before {
        Some(n) => {
            out.push_str(if english { "before line " } else { "trước dòng " });
            crate::message::push_unsigned(out, n as u64);
        }
        None => out.push_str(if english { "at the end" } else { "ở cuối văn bản" }),
    }
}

/// The heading of the first section after `i` in template order (outside its branch) that the
/// draft has: the missing section belongs just before it.
/// `III. NHIỆM VỤ VÀ GIẢI PHÁP` with no `IV. Giải pháp`: the drafter wrote the two sections
/// under one heading. The section before this one under the same parent is present and its
/// heading names this section's title or one of its aliases right after `và` or a comma
/// (`III. NHIỆM VỤ, CÁC GIẢI PHÁP NĂM 2025`). Never a part (`Phần I. ĐÁNH GIÁ … KẾ HOẠCH …`
/// names Part II's words without holding it). Heading-sized work for each absent section.
fn merged_into_previous(ctx: &Context, i: usize) -> bool {
    let sections = &ctx.profile.sections;
    let Some(s) = sections.get(i).filter(|s| s.depth >= 1) else { return false };
    // a sibling stands between the parent and this section (template order: each section, then its children)
    let after_parent = s.parent.map_or(0, |p| p + 1);
    let Some(previous) = (after_parent..i).rev().find(|&j| sections.get(j).is_some_and(|p| p.parent == s.parent)) else { return false };
    let Some(heading) = ctx.outline.by_section.get(previous).and_then(|h| h.first()).and_then(|&h| ctx.outline.headings.get(h)) else {
        return false;
    };
    // (`replace(',', " và ")` by pieces: no std char searcher in the wasm)
    let mut title = String::with_capacity(heading.title.len() + 8);
    for (k, piece) in vn::split(&heading.title, ",").enumerate() {
        if k > 0 {
            title.push_str(" và ");
        }
        title.push_str(piece);
    }
    let folded = vn::fold(&title);
    let words: Vec<&str> = vn::words(&folded).filter(|w| is_title_word(w)).collect();
    let ids: Vec<Option<u32>> = words.iter().map(|w| ctx.profile.vocab.id(w)).collect();
    s.names.iter().filter(|name| !name.is_empty()).any(|name| {
        (1..ids.len()).any(|k| {
            words.get(k - 1) == Some(&"va") && ids.get(k..).is_some_and(|run| run.len() >= name.len() && run.iter().zip(name).all(|(w, n)| *w == Some(*n)))
        })
    })
}

fn next_present_heading<'a>(ctx: &'a Context, i: usize) -> Option<&'a crate::outline::Heading> {
    let profile = ctx.profile;
    (i + 1..profile.sections.len())
        .filter(|&j| !profile.is_ancestor(i, j))
        .find_map(|j| ctx.outline.by_section.get(j)?.first())
        .and_then(|&h| ctx.outline.headings.get(h))
}

/// Section `j` has a heading in the draft. (`get`, not `[j]`: no panic path in the wasm.)
fn has_heading(ctx: &Context, j: usize) -> bool {
    ctx.outline.by_section.get(j).is_some_and(|h| !h.is_empty())
}

fn flag(flags: &[bool], i: usize) -> bool {
    flags.get(i).copied().unwrap_or(false)
}

/// `a) Kết quả đạt được` / `b) Tồn tại, hạn chế` with no label up to it in the draft, while
/// their item has text of its own: the results are written straight under `1.1. Ngày Chuyển đổi số`
/// or as `- Kết quả đạt được:` lines (`section.results-unlabelled` says so, once).
pub fn results_written_in_parent(ctx: &Context, i: usize) -> bool {
    let sections = &ctx.profile.sections;
    let Some(p) = sections.get(i).filter(|s| is_letter_item(&s.number)).and_then(|s| s.parent) else { return false };
    // (only the letters up to `i`: `1.1. Ngày Chuyển đổi số: đã tổ chức …` then `Tồn tại, hạn
    // chế: …` writes a) in the item and labels b) alone)
    let no_label = (p + 1..=i)
        .take_while(|&j| ctx.profile.is_ancestor(p, j))
        .filter(|&j| sections.get(j).is_some_and(|s| s.parent == Some(p) && is_letter_item(&s.number)))
        .all(|j| !has_heading(ctx, j));
    no_label && ctx.contents.own_content.get(p).copied().unwrap_or(false)
}

fn is_letter_item(number: &str) -> bool {
    !number.is_empty() && number.bytes().all(|b| b.is_ascii_lowercase())
}

/// A part whose sections are all there without its `Phần II` line: the draft goes on from
/// `11. Kinh phí thực hiện` to `I. CĂN CỨ LẬP KẾ HOẠCH`; its structure is complete.
fn part_shown_by_its_sections(ctx: &Context, i: usize, present_below: &[bool]) -> bool {
    ctx.profile.sections.get(i).is_some_and(|s| s.depth == 0) && flag(present_below, i)
}

/// The assessment part (the first) given as a reference to a separate report
/// (`… đã được đánh giá tại Báo cáo số 312/BC-UBND`): in the part's own text, or, when the
/// draft starts at `I. CĂN CỨ LẬP KẾ HOẠCH`, before its first heading.
fn assessed_in_a_report(ctx: &Context, i: usize) -> bool {
    let root = ctx.profile.root_of(i);
    if root != 0 || ctx.profile.sections.iter().position(|s| s.depth == 0) != Some(0) {
        return false;
    }
    let below = (root..ctx.profile.sections.len()).filter(|&j| j == root || ctx.profile.is_ancestor(root, j));
    let present = below.clone().filter(|&j| j != root).any(|j| has_heading(ctx, j));
    !present && ctx.contents.report_ref.get(root).copied().unwrap_or(false)
}
