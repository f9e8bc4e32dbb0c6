//! What each recognised section holds: real content, only the template's own wording, or
//! nothing — and which appendices its text refers to.

use super::{Outline, Status};
use crate::document::Document;
use crate::profile::{pair_key, Profile};
use crate::vn;
use crate::vn::Bytewise;

/// A reference such as `chi tiết tại Phụ lục II kèm theo` in a section's text.
#[derive(Debug, Clone)]
pub struct AppendixRef {
    pub line: usize,
    /// Byte range of `Phụ lục II` in the line's text.
    pub from: usize,
    pub to: usize,
    pub number: u32,
    pub section: usize,
}

#[derive(Debug, Default)]
pub struct Contents {
    /// Per template section: present (with content), empty (heading only) or missing.
    pub status: Vec<Status>,
    /// Per template section: its heading has text of its own (not only its sub-items').
    pub own_content: Vec<bool>,
    pub appendix_refs: Vec<AppendixRef>,
    /// Per template section: its own text refers to a separate report (`Báo cáo số …/BC-…`);
    /// for the first part, also the text before the first heading.
    pub report_ref: Vec<bool>,
}

/// Share of a line's words found in the template's wording above which the line is a copy.
const COPY_SHARE: f32 = 0.85;

pub fn analyse(doc: &Document, profile: &Profile, outline: &Outline) -> Contents {
    let n = profile.sections.len();
    let mut own_content = vec![false; n];
    let mut appendix_refs = Vec::new();
    let mut report_ref = vec![false; n];
    let first = outline.headings.first().map_or(outline.body_end, |h| h.line);
    // references to forms (`Biểu số 01`) are looked for only in a plan that has forms: no search
    // on every line of the others
    let forms = outline.appendices.iter().any(|a| a.number.is_some_and(|n| n > super::FORMS));
    if let Some(r) = report_ref.first_mut() {
        *r = doc.lines.iter().take(first).any(|l| refers_to_report(&l.text));
    }
    // (an editing session's memo keeps what was read of each line alone: `memo::Facts`)
    super::memo::facts(|kept| {
        for (h_idx, h) in outline.headings.iter().enumerate() {
            // (`get`, not indexing, here and below: no panic paths in the wasm)
            let (Some(section), Some(line)) = (profile.sections.get(h.section), doc.lines.get(h.line)) else { continue };
            let end = outline.headings.get(h_idx + 1).map_or(outline.body_end, |next| next.line).max(h.last_line + 1);
            let mut has = is_content(&h.inline_text, &section.guidance_pairs);
            // (the heading's own lines too: `Phần I. … (đánh giá tại Báo cáo số 312/BC-UBND)`)
            if doc.lines.get(h.line..end.min(doc.lines.len())).is_some_and(|ls| ls.iter().any(|l| refers_to_report(&l.text))) {
                set(&mut report_ref, h.section);
            }
            // the heading's line, its title too: `VII. DANH MỤC NHIỆM VỤ, DỰ ÁN (Phụ lục II kèm
            // theo)` points to the section's content, as a line under it does
            let refs = appendix_refs.len();
            find_appendix_refs(&line.text, 0, h.line, h.section, forms, &mut appendix_refs);
            has |= appendix_refs.len() > refs;
            let after = doc.lines.get(h.last_line + 1..end.min(doc.lines.len())).unwrap_or_default();
            for (idx, l) in (h.last_line + 1..).zip(after) {
                let text = &l.text;
                // once the section has content, the rest needs no copy check (linear, and cheap)
                if has || kept.content(idx, &section.guidance_pairs, || is_content(text, &section.guidance_pairs)) {
                    has = true;
                    if !crate::document::SESSION_MEMORY {
                        // (the core module, without sessions: no copy through a memo)
                        find_appendix_refs(text, 0, idx, h.section, forms, &mut appendix_refs);
                        continue;
                    }
                    let refs = kept.refs(idx, forms, |forms| {
                        let mut refs = Vec::new();
                        find_appendix_refs(text, 0, 0, 0, forms, &mut refs);
                        refs
                    });
                    appendix_refs.extend(refs.into_iter().filter(|r| forms || r.number <= super::FORMS).map(|r| AppendixRef {
                        line: idx,
                        section: h.section,
                        ..r
                    }));
                }
            }
            if has {
                set(&mut own_content, h.section);
            }
        }
    });
    // a reference to a separate report counts as content, as an appendix reference does
    for (own, &report) in own_content.iter_mut().zip(&report_ref) {
        *own |= report;
    }
    // a section is filled when it or any descendant has content (children come after parents)
    let mut filled = own_content.clone();
    for (i, s) in profile.sections.iter().enumerate().rev() {
        if let (Some(p), true) = (s.parent, filled.get(i).copied().unwrap_or(false)) {
            set(&mut filled, p);
        }
    }
    let status = (0..n)
        .map(|i| match (outline.by_section.get(i).is_none_or(|h| h.is_empty()), filled.get(i).copied().unwrap_or(false)) {
            (true, _) => Status::Missing,
            (false, true) => Status::Present,
            (false, false) => Status::Empty,
        })
        .collect();
    Contents { status, own_content, appendix_refs, report_ref }
}

fn set(flags: &mut [bool], i: usize) {
    if let Some(f) = flags.get_mut(i) {
        *f = true;
    }
}

/// `… tại Báo cáo số 312/BC-UBND …`: a numbered report (`/BC-` is its sign in a document number).
fn refers_to_report(text: &str) -> bool {
    // (every line is asked: a `/` is rare, found word-at-a-time, then `BC-` looked for after it)
    let b = text.as_bytes();
    memchr::memchr_iter(b'/', b).any(|i| b.get(i + 1..i + 4) == Some(&b"BC-"[..]))
        && vn::find_any(text, &["Báo cáo", "báo cáo", "BÁO CÁO"]).is_some()
}

/// Real content: not blank, not a placeholder (`…`, `- ...`), not the template's own wording
/// (most of its word pairs found in the template's text for the section).
fn is_content(text: &str, guidance_pairs: &[u32]) -> bool {
    // (folded in a reused buffer: only read here)
    vn::with_folded(text, |folded| copies_share(folded, guidance_pairs))
}

/// [`is_content`] of a folded text.
fn copies_share(folded: &str, guidance_pairs: &[u32]) -> bool {
    let words = || vn::words(folded).filter(|w| crate::profile::is_title_word(w));
    // (none, or fewer than five: not counted further)
    let n = words().take(5).count();
    if n == 0 {
        return false; // blank, `…`, `- ...`, or only numbers
    }
    if n < 5 || guidance_pairs.is_empty() {
        return true;
    }
    let (mut copied, mut pairs) = (0usize, 0usize);
    let mut prev: Option<&str> = None;
    for w in words() {
        if let Some(p) = prev {
            pairs += 1;
            copied += usize::from(guidance_pairs.binary_search(&pair_key(p, w)).is_ok());
        }
        prev = Some(w);
    }
    // a short line (up to nine words) with a pair of its own is the drafter's sentence in the
    // template's words (`Đào tạo chuyên gia an toàn thông tin`), not a copy of it
    (copied as f32) < COPY_SHARE * pairs as f32 || (pairs < 9 && copied < pairs)
}

fn find_appendix_refs(text: &str, from: usize, line: usize, section: usize, forms: bool, out: &mut Vec<AppendixRef>) {
    let Some(rest) = text.get(from..) else { return };
    // (`Bieu so 01`: typed without diacritics)
    let bare = forms && vn::contains(rest, "ieu");
    if vn::find_any(rest, &["lục", "LỤC", "luc", "LUC", "Lục"]).is_none() && !(forms && vn::contains(rest, "iểu")) && !bare {
        return; // no `Phụ lục` nor `Biểu` here: skip the lower-case copy
    }
    let lower = vn::lowercase(rest);
    if lower.len() != rest.len() {
        return; // lowercasing changed byte lengths (rare letters): offsets would not map back
    }
    let mut search = 0;
    // the next hit of each needle, searched again only once passed: one pass per needle
    // (`Biểu số 01`: a form appended to the plan, numbered apart from the `Phụ lục`)
    let needles = ["phụ lục", "phu luc", "biểu ", "bieu "];
    let mut hits: [Option<usize>; 4] = [None; 4];
    // (a needle searched past the end is never looked for: forms' in a plan without them, the
    // unaccented form's on a line without `ieu`)
    let off = |on: bool| if on { 0 } else { usize::MAX };
    let mut searched = [0, 0, off(forms), off(bare)];
    let mut next = |from: usize| {
        for (k, n) in needles.iter().enumerate() {
            if hits[k].is_none_or(|h| h < from) && searched[k] <= from {
                hits[k] = lower.get(from..).and_then(|l| vn::find(l, n)).map(|p| p + from);
                searched[k] = hits[k].map_or(usize::MAX, |h| h + 1);
            }
        }
        (0..4).filter_map(|k| hits[k].filter(|&h| h >= from).map(|h| (h, k))).min()
    };
    while let Some((pos, k)) = next(search) {
        let after = pos + needles[k].len();
        let Some(mut tail) = rest.get(after..) else { break };
        let mut skipped = 0;
        // `Phụ lục số 02`: the number follows the word `số`
        if let Some(t) = lower.get(after..).map(crate::vn::trim_start).and_then(|t| t.strip_prefix("số ").or_else(|| t.strip_prefix("so ")))
        {
            skipped = lower.len() - after - t.len();
            tail = rest.get(after + skipped..).unwrap_or("");
        }
        // (ASCII letters and digits: a slice, not a String of chars)
        let word = tail.trim_start_ws();
        let word = word.get(..word.bytes().take_while(u8::is_ascii_alphanumeric).count()).unwrap_or("");
        let mut number = crate::outline::label::roman_value_any_case(word).or_else(|| vn::parse_u32(word).filter(|n| *n < 100));
        if k >= 2 {
            // `Biểu số 01`, `Biểu 01` (its capital: `tiêu biểu 10 mô hình` is a phrase)
            let named = skipped > 0 || rest.as_bytes().get(pos) == Some(&b'B');
            number = number.filter(|_| named).map(|n| n + super::FORMS);
        }
        if let Some(number) = number {
            let to = after + skipped + (tail.len() - tail.trim_start_ws().len()) + word.len();
            out.push(AppendixRef { line, from: from + pos, to: from + to, number, section });
        }
        search = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_wording_is_not_content() {
        let mut g =
            crate::profile::pair_keys(&crate::profile::title_words("Xác định nguồn kinh phí, dự kiến tổng kinh phí thực hiện Kế hoạch."));
        vn::sort_ids(&mut g);
        assert!(!is_content("Xác định nguồn kinh phí, dự kiến tổng kinh phí thực hiện Kế hoạch.", &g));
        assert!(!is_content("- …", &g));
        assert!(is_content("Tổng kinh phí dự kiến: 52.300 triệu đồng từ ngân sách tỉnh.", &g));
        assert!(is_content("Dự kiến tổng kinh phí thực hiện Kế hoạch là 52.300 triệu đồng.", &g));
        // a short task in the guidance's words, joined its own way, is content
        let mut g = crate::profile::pair_keys(&crate::profile::title_words(
            "tổ chức bộ máy, đào tạo, nâng cao nhận thức lãnh đạo các cấp; đào tạo chuyên gia chuyển đổi số; an toàn thông tin mạng",
        ));
        vn::sort_ids(&mut g);
        assert!(is_content("Đào tạo chuyên gia an toàn thông tin.", &g));
        assert!(!is_content("Đào tạo chuyên gia chuyển đổi số.", &g));
    }

    #[test]
    fn appendix_references() {
        let mut out = Vec::new();
        find_appendix_refs("(Chi tiết tại Phụ lục II và phụ lục 3 kèm theo)", 0, 4, 1, true, &mut out);
        let got: Vec<_> = out.iter().map(|r| r.number).collect();
        assert_eq!(got, [2, 3]);
        assert_eq!(&"(Chi tiết tại Phụ lục II và phụ lục 3 kèm theo)"[out[0].from..out[0].to], "Phụ lục II");
    }

    #[test]
    fn appendix_reference_with_the_word_so() {
        let text = "Chi tiết tại Phụ lục số 02 và Phụ lục số III kèm theo; phụ lục sổ tay";
        let mut out = Vec::new();
        find_appendix_refs(text, 0, 4, 1, true, &mut out);
        let got: Vec<_> = out.iter().map(|r| r.number).collect();
        assert_eq!(got, [2, 3]);
        assert_eq!(&text[out[0].from..out[0].to], "Phụ lục số 02");
        assert!(crate::outline::appendix_number("Phụ lục số 04").is_some_and(|n| n == Some(4)));
        assert!(crate::outline::appendix_number("PHỤ LỤC SỐ 01: CHỈ TIÊU NĂM 2024").is_some_and(|n| n == Some(1)));
        assert!(crate::outline::appendix_number("Phụ lục số liệu thống kê của các sở, ngành").is_none());
    }

    #[test]
    fn forms_are_appendices_numbered_apart() {
        let text = "Chi tiết tại Biểu số 01, Biểu 3 và Phụ lục I, phu luc 2 kèm theo; tiêu biểu 10 mô hình; đại biểu";
        let mut out = Vec::new();
        find_appendix_refs(text, 0, 4, 1, true, &mut out);
        let got: Vec<_> = out.iter().map(|r| r.number).collect();
        assert_eq!(got, [super::super::FORMS + 1, super::super::FORMS + 3, 1, 2]);
        assert_eq!(&text[out[0].from..out[0].to], "Biểu số 01");
        // typed without diacritics (`tieu bieu 5 mo hinh`: a phrase, as with them)
        let text = "Chi tiet tai Bieu so 01, Bieu 2 kem theo; tieu bieu 5 mo hinh";
        let mut out = Vec::new();
        find_appendix_refs(text, 0, 4, 1, true, &mut out);
        let got: Vec<_> = out.iter().map(|r| &text[r.from..r.to]).collect();
        assert_eq!(got, ["Bieu so 01", "Bieu 2"]);
        assert_eq!(out[0].number, super::super::FORMS + 1);
        let heading = |t: &str| crate::outline::appendix_number(t);
        assert_eq!(heading("Biểu số 02"), Some(Some(super::super::FORMS + 2)));
        assert_eq!(heading("BIỂU 01: DANH MỤC NHIỆM VỤ, DỰ ÁN"), Some(Some(super::super::FORMS + 1)));
        assert_eq!(heading("**Biểu mẫu số 03**"), Some(Some(super::super::FORMS + 3)));
        for no in ["Biểu dương, khen thưởng các tập thể có thành tích.", "Biểu số 02 kèm theo Kế hoạch này.", "Biên bản", "Biểu đồ 1"]
        {
            assert_eq!(heading(no), None, "{no}");
        }
    }
}
