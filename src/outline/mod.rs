//! Outline recognition: which lines of a draft are the template's headings.
//!
//! A line is matched to a template section on the meaning of its title (folded words, one typo
//! per word allowed, extra words tolerated) together with its number and its place in the tree:
//! `1. Nhận thức số` under Part I is `P1.II.1`, under Part II it is `P2.III.1`. A line with no
//! number must match a title almost word for word and be short, so a sentence that happens to
//! mention `kinh phí thực hiện` is never taken for a heading.

pub mod label;

use serde::Serialize;

use crate::document::Document;
use crate::profile::{Profile, Section};
use crate::vn;
use label::Label;

/// A line recognised as a template heading.
#[derive(Debug, Clone)]
pub struct Heading {
    /// Index of the line in the document.
    pub line: usize,
    /// Index of the template section in the profile.
    pub section: usize,
    pub label: Option<Label>,
    pub label_text: String,
    /// The heading's title as written (for a two-line part heading, the second line).
    pub title: String,
    /// Text after the title on the same line (`a) Kết quả đạt được: đã tổ chức …`).
    pub inline_text: String,
    /// Index of the last line the heading occupies (a `Phần I` line followed by its title).
    pub last_line: usize,
}

/// All headings found, in document order.
#[derive(Debug, Default)]
pub struct Outline {
    pub headings: Vec<Heading>,
    /// For each template section, the indices into `headings` that matched it.
    pub by_section: Vec<Vec<usize>>,
}

/// A section's status in the report's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Present,
    Empty,
    Missing,
}

/// Longest title (in characters) that can still be a heading.
const MAX_HEADING_CHARS: usize = 180;
/// A line without a number is a heading only if it is this short (words).
const MAX_UNNUMBERED_WORDS: usize = 16;

pub fn recognise(doc: &Document, profile: &Profile) -> Outline {
    let mut outline = Outline { headings: Vec::new(), by_section: vec![Vec::new(); profile.sections.len()] };
    // The chain of sections we are in: the last heading's section and its ancestors.
    let mut context: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let text = doc.lines[i].text.as_str();
        let Some(candidate) = Candidate::read(doc, i) else {
            i += 1;
            continue;
        };
        if text.is_empty() {
            i += 1;
            continue;
        }
        let best = best_section(profile, &candidate, &context, &outline.by_section);
        if let Some(section) = best {
            context.clear();
            let mut s = Some(section);
            while let Some(idx) = s {
                context.push(idx);
                s = profile.sections[idx].parent;
            }
            outline.by_section[section].push(outline.headings.len());
            let next = candidate.last_line + 1;
            outline.headings.push(Heading {
                line: i,
                section,
                label: candidate.label,
                label_text: candidate.label_text,
                title: candidate.title,
                inline_text: candidate.inline_text,
                last_line: candidate.last_line,
            });
            i = next;
        } else {
            i += 1;
        }
    }
    outline
}

/// A line that might be a heading, split into its parts.
struct Candidate {
    label: Option<Label>,
    label_text: String,
    title: String,
    words: Vec<String>,
    inline_text: String,
    last_line: usize,
    all_caps: bool,
}

impl Candidate {
    fn read(doc: &Document, i: usize) -> Option<Candidate> {
        let text = doc.lines[i].text.as_str();
        if text.is_empty() || text.chars().count() > MAX_HEADING_CHARS * 3 {
            return None;
        }
        let parsed = label::parse(text);
        if parsed.bullet || text.contains('\t') || text.starts_with('|') {
            return None; // list items and table rows are never headings
        }
        let rest = text.get(parsed.title_start..).unwrap_or("");
        let rest = rest.trim_end_matches(['*', '_']).trim();
        // `a) Kết quả đạt được: nội dung…`: the title stops at the first colon
        let (title, inline_text) = match rest.split_once(':') {
            Some((t, after)) => (t.trim(), after.trim().trim_end_matches(['*', '_']).trim()),
            None => (rest, ""),
        };
        if title.chars().count() > MAX_HEADING_CHARS {
            return None;
        }
        let mut last_line = i;
        let mut title = title.to_string();
        // `Phần I` alone on its line: the title is the next line
        if matches!(parsed.label, Some(Label::Part(_))) && vn::fold(&title).is_empty() {
            if let Some(next) = doc.lines.get(i + 1).filter(|l| !l.text.is_empty()) {
                if label::parse(&next.text).label.is_none() && next.text.chars().count() <= MAX_HEADING_CHARS {
                    title = next.text.clone();
                    last_line = i + 1;
                }
            }
        }
        if parsed.label.is_none() {
            let words = vn::fold(&title).split(' ').filter(|w| !w.is_empty()).count();
            let sentence_end = title.ends_with(['.', ';', ',']) && !title.ends_with("..");
            if words == 0 || words > MAX_UNNUMBERED_WORDS || sentence_end || !inline_text.is_empty() {
                return None;
            }
        }
        Some(Candidate {
            words: crate::profile::title_words(&title),
            all_caps: vn::is_all_caps(&title),
            label: parsed.label,
            label_text: parsed.label_text.to_string(),
            title,
            inline_text: inline_text.to_string(),
            last_line,
        })
    }
}

/// How well a line's words say a section's title: mostly recall of the title's words,
/// some precision so a long sentence containing them scores lower.
fn similarity(name: &[String], words: &[String]) -> f32 {
    if name.is_empty() || words.is_empty() {
        return 0.0;
    }
    let found = name.iter().filter(|n| words.iter().any(|w| vn::same_word(n, w))).count();
    let used = words.iter().filter(|w| name.iter().any(|n| vn::same_word(n, w))).count();
    let recall = found as f32 / name.len() as f32;
    let precision = used as f32 / words.len() as f32;
    0.75 * recall + 0.25 * precision
}

fn best_section(profile: &Profile, c: &Candidate, context: &[usize], seen: &[Vec<usize>]) -> Option<usize> {
    let current_part = context.last().copied();
    let mut best: Option<(f32, usize)> = None;
    for (idx, s) in profile.sections.iter().enumerate() {
        let Some(score) = score(profile, idx, s, c, context, current_part) else { continue };
        // a second heading for a section already seen is a duplicate: prefer an unseen twin
        let score = if seen[idx].is_empty() { score } else { score - 0.05 };
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, idx));
        }
    }
    best.map(|(_, idx)| idx)
}

/// The score of section `idx` for this candidate, or None when it cannot be this section.
fn score(profile: &Profile, idx: usize, s: &Section, c: &Candidate, context: &[usize], part: Option<usize>) -> Option<f32> {
    let sim = s.names.iter().map(|n| similarity(n, &c.words)).fold(0.0f32, f32::max);
    let expected = expected_kind(s);
    let kind_bonus = match &c.label {
        Some(Label::Part(n)) => {
            // `Phần I` / `Phần thứ nhất` is decisive on its own
            return (expected == Kind::Part).then(|| if s.number == label::to_roman(*n) { 1.0 + sim } else { sim - 0.5 });
        }
        Some(l) if kind_of(l) == expected => {
            if l.number() == s.number { 0.3 } else { 0.1 }
        }
        Some(_) => -0.1,
        None => 0.0,
    };
    if expected == Kind::Part && c.label.is_none() && !c.all_caps {
        return None; // an unnumbered part title must at least stand out in capitals
    }
    let context_bonus = match s.parent {
        None => 0.0,
        Some(p) if context.contains(&p) => 0.2,
        Some(_) if context.iter().any(|&a| profile.is_ancestor(a, idx)) => 0.1,
        Some(_) if part.is_some() => -0.3,
        Some(_) => 0.0,
    };
    // a)/b) items repeat under every theme: only inside their own parent
    if expected == Kind::Letter && !s.parent.is_some_and(|p| context.contains(&p)) {
        return None;
    }
    let total = sim + kind_bonus + context_bonus;
    let (min_sim, min_total) = if c.label.is_some() { (0.55, 0.8) } else { (0.85, 0.9) };
    (sim >= min_sim && total >= min_total).then_some(total)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Part,
    Roman,
    Arabic(usize),
    Letter,
}

fn kind_of(l: &Label) -> Kind {
    match l {
        Label::Part(_) => Kind::Part,
        Label::Roman(_) => Kind::Roman,
        Label::Arabic(p) => Kind::Arabic(p.len()),
        Label::Letter(_) => Kind::Letter,
    }
}

fn expected_kind(s: &Section) -> Kind {
    if s.depth == 0 {
        Kind::Part
    } else if s.number.bytes().all(|b| b"IVXL".contains(&b)) && !s.number.is_empty() {
        Kind::Roman
    } else if s.number.bytes().all(|b| b.is_ascii_digit() || b == b'.') && !s.number.is_empty() {
        Kind::Arabic(s.number.split('.').count())
    } else {
        Kind::Letter
    }
}
