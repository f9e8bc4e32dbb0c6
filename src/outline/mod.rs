//! Outline recognition: which lines of a draft are the template's headings.
//!
//! A line is matched to a template section on the meaning of its title (folded words, one typo
//! per word allowed, extra words tolerated) together with its number and its place in the tree:
//! `1. Nhận thức số` under Part I is `P1.II.1`, under Part II it is `P2.III.1`. A line with no
//! number must match a title almost word for word and be short, so a sentence that happens to
//! mention `kinh phí thực hiện` is never taken for a heading.

pub mod content;
pub mod memo;
pub(crate) use crate::label;

use crate::vn::Bytewise;
use serde::Serialize;

use crate::document::Document;
use crate::profile::{Profile, Section};
use crate::vn;
use crate::vn::first_chars;
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
    /// Byte offset of the label in the line's text.
    pub label_start: usize,
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
    /// Appendices (`Phụ lục II`, `PHỤ LỤC 1`) after the body of the plan.
    pub appendices: Vec<Appendix>,
    /// Index of the first line after the plan's body (its first appendix or signature block).
    pub body_end: usize,
    /// (parent section, kind of number) of every heading so far, each pair once: what
    /// `siblings_typed` asks for every candidate, without a scan over all headings.
    typed: Vec<(Option<usize>, Kind)>,
}

/// An appendix heading: `Phụ lục III`, `PHỤ LỤC 2: DANH MỤC…`.
#[derive(Debug, Clone)]
pub struct Appendix {
    pub line: usize,
    /// Its number, normalised to an integer (`III` and `3` are the same appendix).
    pub number: Option<u32>,
}

/// A section's status in the report's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Present,
    Empty,
    Missing,
}

/// Longest title (in characters) that can still be a heading.
const MAX_HEADING_CHARS: usize = 180;
/// A line without a number is a heading only if it is this short (words).
const MAX_UNNUMBERED_WORDS: usize = 24;

pub fn recognise(doc: &Document, profile: &Profile) -> Outline {
    let mut outline = Outline {
        headings: Vec::new(),
        by_section: vec![Vec::new(); profile.sections.len()],
        appendices: Vec::new(),
        body_end: doc.lines.len(),
        typed: Vec::new(),
    };
    // The chain of sections we are in: the last heading's section and its ancestors.
    let mut context: Vec<usize> = Vec::new();
    // Headings start at the first `Phần …` line when the draft has one: what comes before is the
    // header, an intro, or (as in letter 5406) a covering letter with numbered paragraphs.
    let mut i = (0..doc.lines.len())
        .position(|k| matches!(label::parse(&doc.lines[k].text).label, Some(Label::Part(_))) || split_part(doc, k).is_some())
        .unwrap_or(0);
    let last_part = profile.sections.iter().rposition(|s| s.parent.is_none());
    // the outline's state for the session's memo (see `memo::push_state`)
    let mut state = 0u64;
    // the section of the last heading not a table row: a table's rows can be its items only
    let mut above_rows: Option<usize> = None;
    while i < doc.lines.len() {
        let text = doc.lines[i].text.as_ref();
        // The body ends at the first appendix, or at the signature block once Part II has begun;
        // an appendix's own title (`DANH MỤC NHIỆM VỤ, DỰ ÁN…`) is not the template's heading.
        // (`Phụ lục III` above everything is the document's own label, as on the template itself)
        let appendix = if outline.headings.is_empty() { None } else { line_appendix_number(doc, i, text) };
        if let Some(number) = appendix {
            outline.body_end = outline.body_end.min(i);
            outline.appendices.push(Appendix { line: i, number });
            i += 1;
            continue;
        }
        if outline.body_end < doc.lines.len() && !resumes_after_inline_appendix(doc, profile, i, &context, last_part, &outline) {
            i += 1;
            continue;
        }
        outline.body_end = doc.lines.len();
        if context.last().copied() == last_part && is_signature(text) {
            outline.body_end = i;
            i += 1;
            continue;
        }
        let Some(candidate) = memo::read(doc, profile, i) else {
            i += 1;
            continue;
        };
        if text.is_empty() {
            i += 1;
            continue;
        }
        let mut candidate = candidate;
        let mut best = memo::best(profile, state, &candidate, || best_section(profile, &candidate, &context, &outline));
        // a heading wrapped onto the next line (copied from a web page or a PDF:
        // `I. TÌNH HÌNH` / `THỰC HIỆN MỤC TIÊU NĂM 2023`): try it with that line joined, and
        // keep the joined reading when it says a title better (`I. TÌNH HÌNH` alone is as
        // close to `II. Tình hình thực hiện các nhiệm vụ` as to `I. Tình hình … mục tiêu`)
        if let Some(joined) = candidate.joined_with_next(doc, profile) {
            let with_next = memo::best(profile, state, &joined, || best_section(profile, &joined, &context, &outline));
            if with_next.is_some_and(|(j, _)| best.is_none_or(|(b, _)| j > b + 0.05)) {
                best = with_next;
                candidate = joined;
            }
        }
        // a table row is an item of the section above the table, with the item's own number (`1`,
        // `1.1` under `II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ`): never another section, nor a
        // task table's group row (`3 ⇥ Hạ tầng số` under `VII. DANH MỤC …`)
        if candidate.row {
            best = best.filter(|&(_, section)| {
                above_rows.is_some_and(|above| profile.is_ancestor(above, section))
                    && candidate.label_text == profile.sections[section].number
            });
        }
        if let Some((_, section)) = best {
            if !candidate.row {
                above_rows = Some(section);
            }
            context.clear();
            let mut s = Some(section);
            while let Some(idx) = s {
                context.push(idx);
                s = profile.sections[idx].parent;
            }
            state = memo::push_state(profile, state, section, &candidate.label);
            outline.by_section[section].push(outline.headings.len());
            if let Some(kind) = candidate.label.as_ref().map(kind_of) {
                let typed = (profile.sections[section].parent, kind);
                if !outline.typed.contains(&typed) {
                    outline.typed.push(typed);
                }
            }
            let next = candidate.last_line + 1;
            outline.headings.push(Heading {
                line: i,
                section,
                label: candidate.label,
                label_start: candidate.label_start,
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

/// An appendix put inline, inside a part (`Phụ lục I` with its table right under `11. Kinh phí
/// thực hiện`): the next part's heading (`Phần thứ hai`) on line `i` resumes the body. A later
/// part only: an appendix's own `Phần I`, or a part already read, does not. So does the part's
/// next section (`II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ` after an appendix put under `I. …`):
/// numbered one more than the section the appendix is in, and read as a later one of the part.
/// `last_part`: the profile's last part (this runs for every line after an appendix).
fn resumes_after_inline_appendix(
    doc: &Document,
    profile: &Profile,
    i: usize,
    context: &[usize],
    last_part: Option<usize>,
    outline: &Outline,
) -> bool {
    // (the last part's content is followed by the signature and appendices only)
    let Some(&part) = context.last().filter(|&&p| last_part.is_some_and(|last| p < last)) else {
        return false;
    };
    let ordinal = profile.sections.iter().take(part).filter(|s| s.parent.is_none()).count() as u32 + 1;
    match label::parse(&doc.lines[i].text).label {
        Some(Label::Part(n)) => n == ordinal + 1,
        Some(Label::Roman(n)) => {
            context.len() >= 2 && {
                let current = context[context.len() - 2];
                let numbered =
                    outline.by_section.get(current).and_then(|h| h.last()).and_then(|&h| outline.headings.get(h)?.label.as_ref());
                numbered == Some(&Label::Roman(n.wrapping_sub(1)))
                    && Candidate::read(doc, profile, i)
                        .and_then(|c| best_section(profile, &c, context, outline))
                        .is_some_and(|(_, s)| s > current && profile.sections.get(s).is_some_and(|s| s.parent == Some(part)))
            }
        }
        _ => false,
    }
}

/// `Phần` alone on line `i` and its number alone on the next (`Phần` / `I`, as a narrow table
/// cell of a web copy wraps it): the label, and the line of the number.
fn split_part(doc: &Document, i: usize) -> Option<(Label, usize)> {
    if !may_be_split_part(doc.lines.get(i)?.text.as_bytes()) {
        return None;
    }
    let text = doc.lines[i].text.trim_ws();
    if text.len() > 8 || vn::fold(text) != "phan" {
        return None;
    }
    let next = doc.lines.get(i + 1)?.text.trim_ws();
    if next.is_empty() || next.len() > 16 {
        return None;
    }
    let joined = fill!("{} {}", text, next);
    let parsed = label::parse(&joined);
    let rest = joined.get(parsed.title_start..).unwrap_or("");
    match parsed.label {
        Some(l @ Label::Part(_)) if vn::fold(rest).is_empty() => Some((l, i + 1)),
        _ => None,
    }
}

/// False only when the line, trimmed, is longer than 8 bytes (`PHẦN` is 6: [`split_part`] folds
/// nothing longer), said without trimming: this runs on every line, and most say so by a first
/// character other than a space (ASCII, a Latin-1 or Latin Extended letter such as `Đ` or `Ư`,
/// a Vietnamese letter of U+1E00..U+1EFF; U+0085, U+00A0 and U+1680 are spaces) and a visible
/// ASCII character from byte 8 on.
fn may_be_split_part(raw: &[u8]) -> bool {
    let visible_first =
        matches!(raw, [x, ..] if x.is_ascii_graphic() || (0xC3..=0xDF).contains(x)) || matches!(raw, [0xE1, 0xB8..=0xBB, ..]);
    !(visible_first && raw.get(8..).is_some_and(|r| r.iter().any(u8::is_ascii_graphic)))
}

/// More than `chars` characters? (Without counting them when the bytes already say no: this
/// runs on every line.)
/// `II. Mục tiêu ........ 6`: an entry of a table of contents kept as text (a PDF's or a web
/// copy's, or typed), a heading's title, a leader of dots and its page: no heading. (The
/// leader's dots may be spaced, `. . . 6`, or Word's `…`; a tab before the page makes a table
/// row, already no heading.)
fn is_contents_entry(text: &str) -> bool {
    let text = text.trim_end_ws();
    let page = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&page) {
        return false;
    }
    let rest = text[..text.len() - page].trim_end_ws();
    // (dots, `…` and spaces before it: 3 bytes at least)
    let mut t = rest.as_bytes();
    while let [r @ .., b'.' | b' '] | [r @ .., 0xE2, 0x80, 0xA6] = t {
        t = r;
    }
    t.len() + 3 <= rest.len()
}

fn longer_than(text: &str, chars: usize) -> bool {
    text.len() > chars && (text.len() > 4 * chars || crate::vn::char_count(text) > chars)
}

/// `text.split_whitespace().nth(n).is_some()`, without splitting a text too short to have
/// `n + 1` words (each word and space takes a byte at least)
fn more_words_than(text: &str, n: usize) -> bool {
    text.len() > 2 * n && vn::more_words_than(text, n)
}

/// A line that might be a heading, split into its parts.
#[derive(Clone)]
struct Candidate {
    label: Option<Label>,
    label_text: String,
    label_start: usize,
    title: String,
    words: vn::Said,
    /// How many different words the title has (known to the profile or not).
    word_count: usize,
    inline_text: String,
    last_line: usize,
    /// A table row: its number in the first cell, its title in the second ([`row_item`]).
    row: bool,
}

impl Candidate {
    fn read(doc: &Document, profile: &Profile, i: usize) -> Option<Candidate> {
        let text = doc.lines[i].text.as_ref();
        if text.is_empty() || longer_than(text, MAX_HEADING_CHARS * 3) || is_contents_entry(text) {
            return None;
        }
        let mut parsed = label::parse(text);
        // `Phần` / `I` on two lines (a web copy's narrow table cell): one label, ending there
        let mut number_line = i;
        if parsed.label.is_none() {
            if let Some((l, j)) = split_part(doc, i) {
                parsed = label::Labelled { label: Some(l), label_text: text.trim_ws(), title_start: text.len(), bullet: false };
                number_line = j;
            }
        }
        if parsed.bullet {
            return None; // list items are never headings
        }
        // (a line starting with one `|` and no other is no row: a scan's margin rule before a heading)
        if doc.lines[i].has_cell_separator() && crate::table::is_row(text) {
            return row_item(profile, text, i); // table rows are never headings, but an item's
        }
        let rest = text.get(parsed.title_start..).unwrap_or("");
        let rest = rest.trim_end_of(b"*_").trim_ws();
        // `a) Kết quả đạt được: nội dung…`: the title stops at the first colon
        // (`split_once(':')`, the colon found word-at-a-time: every candidate line is searched)
        let mut colon = crate::vn::find_byte(b':', rest.as_bytes()).and_then(|k| Some((rest.get(..k)?, rest.get(k + 1..)?)));
        // `8. Chính phủ số. Cung cấp …`, `V. Kinh phí thực hiện. Tổng …`: a numbered title of a few
        // words run in with its first sentence, ended by a full stop (before any colon)
        if parsed.label.is_some() {
            let before_colon = colon.map_or(rest, |(t, _)| t);
            let stop = memchr::memchr_iter(b'.', before_colon.as_bytes()).find(|&p| {
                let (t, after) = before_colon.split_at(p);
                after.strip_prefix(". ").and_then(vn::first_char).is_some_and(|c| vn::is_letter(c) && !vn::is_lower(c))
                    && (2..=12).contains(&t.split_ws().count())
            });
            if let Some(p) = stop {
                colon = rest.get(..p).zip(rest.get(p + 1..));
            }
        }
        let (title, inline_text) = match colon {
            Some((t, after)) => (t.trim_ws(), after.trim_ws().trim_end_of(b"*_").trim_ws()),
            None => (rest, ""),
        };
        // most lines of a draft are sentences: an unnumbered one is rejected on its text before
        // the title is copied or folded (it starts in lower case, has too many words, or ends
        // like a sentence: a line starting in lower case continues the previous one, as PDF
        // and e-mail wraps do); the cheapest tests first, before the table's and the article's
        if parsed.label.is_none()
            && (vn::first_char(title).is_some_and(vn::is_lower)
                || matches!(title.as_bytes().last(), Some(b'.' | b';' | b',')) && !title.ends_with(".."))
        {
            return None;
        }
        if parsed.label.is_none() && is_article(text) {
            return None; // `Điều 2. Tổ chức thực hiện` is an article of a decision, not P2.VI
        }
        if longer_than(title, MAX_HEADING_CHARS) {
            return None;
        }
        // `10. Tỷ lệ … sử dụng nền tảng công nghệ số đạt 70%.`: a numbered sentence with a
        // figure is a target or a task, never a heading
        if !matches!(parsed.label, None | Some(Label::Part(_)))
            && matches!(rest.as_bytes().last(), Some(b'.' | b';'))
            && is_statement(title)
        {
            return None;
        }
        if parsed.label.is_none() && more_words_than(title, MAX_UNNUMBERED_WORDS) {
            return None;
        }
        // the title folded once, for the word count here and the words below (an unnumbered
        // one before it is copied: most are refused here)
        let mut folded = None;
        if parsed.label.is_none() {
            // (in a reused buffer: copied only when kept)
            let kept = vn::with_folded(title, |f| {
                // (its words read once: counted, and resolved for `may_say_a_title`)
                let u = Unnumbered::read(profile, f);
                let words = u.words;
                // `Kết quả đạt được: …` without its `a)` is still the item; a longer title with
                // text after a colon is a sentence
                let inline_ok = inline_text.is_empty() || words <= 6;
                let refused = words == 0 || words > MAX_UNNUMBERED_WORDS || !inline_ok || !u.may_say_a_title(profile);
                (!refused).then(|| f.owned())
            });
            folded = Some(kept?);
        }
        let mut last_line = number_line;
        let mut title = title.owned();
        // `Phần I` alone on its line: the title is the next line
        if matches!(parsed.label, Some(Label::Part(_))) && vn::fold(&title).is_empty() {
            // (PDF and Word exports often leave a blank line or two between them)
            let next = (number_line + 1..doc.lines.len().min(number_line + 4)).find(|&j| !doc.lines[j].text.is_empty());
            if let Some(j) = next {
                let next = &doc.lines[j].text;
                if label::parse(next).label.is_none() && crate::vn::char_count(next) <= MAX_HEADING_CHARS {
                    title = next.owned();
                    last_line = j;
                }
            }
        }
        let (words, word_count) = said(profile, &folded.unwrap_or_else(|| vn::fold(&title)));
        Some(Candidate {
            words,
            word_count,
            label: parsed.label,
            label_text: parsed.label_text.owned(),
            label_start: vn::find(text, parsed.label_text).unwrap_or(0),
            title,
            inline_text: inline_text.owned(),
            last_line,
            row: false,
        })
    }
}

/// A row of a table written for a section's items (Part I.II as `STT ⇥ Nhiệm vụ ⇥ Kết quả đạt
/// được ⇥ Tồn tại, hạn chế`, or a Markdown table `| 1.1 | Ngày Chuyển đổi số | … | … |`): its first
/// cell a bare number (`1`, `1.1`), its second a short title, its other cells the item's text
/// (their tabs or `|` kept). Only a candidate: [`recognise`] keeps it only as a sub-section, with
/// that number, of the heading above the table.
#[inline(never)]
fn row_item(profile: &Profile, text: &str, i: usize) -> Option<Candidate> {
    // (a Markdown row's cells are split at `|`, its leading one dropped)
    let (sep, row) = match text.trim_start_ws().strip_prefix('|') {
        Some(row) => ("|", row),
        None => ("\t", text),
    };
    let (number, rest) = row.split_once_str(sep)?;
    let number = number.trim_ws().trim_end_of(b".");
    let (title, cells) = rest.split_once_str(sep).unwrap_or((rest, ""));
    let title = title.trim_ws();
    // (the number read as a label is: `1.1. x`; a cell of anything else is no label)
    let label = label::parse(&[number, ". x"].concat()).label.filter(|l| matches!(l, Label::Arabic(_)) && !vn::has_byte(number, b' '))?;
    if title.is_empty() || more_words_than(title, MAX_UNNUMBERED_WORDS) {
        return None;
    }
    let (words, word_count) = said(profile, &vn::fold(title));
    Some(Candidate {
        words,
        word_count,
        label: Some(label),
        label_text: number.owned(),
        label_start: 0,
        title: title.owned(),
        inline_text: cells.trim_of(b" \t|").owned(),
        last_line: i,
        row: true,
    })
}

impl Candidate {
    /// This numbered heading with the next line's words added, when that line can be the rest
    /// of its title: short, unnumbered, not a table row, and this title not ended by a colon.
    fn joined_with_next(&self, doc: &Document, profile: &Profile) -> Option<Candidate> {
        if self.label.is_none() || !self.inline_text.is_empty() || matches!(self.label, Some(Label::Part(_))) {
            return None;
        }
        let next = doc.lines.get(self.last_line + 1)?;
        let t = next.text.as_ref();
        if t.is_empty()
            || vn::has_byte(t, b'\t')
            || {
                let parsed = label::parse(t);
                parsed.label.is_some() || parsed.bullet
            }
            || more_words_than(t, 20)
        {
            return None;
        }
        let (rest, inline) = match t.split_once_str(":") {
            Some((a, b)) => (a.trim_ws(), b.trim_ws()),
            None => (t.trim_end_of(b".;"), ""),
        };
        let title = fill!("{} {}", self.title, rest);
        let (words, word_count) = said(profile, &vn::fold(&title));
        Some(Candidate {
            words,
            word_count,
            label: self.label.clone(),
            label_text: self.label_text.clone(),
            label_start: self.label_start,
            title,
            inline_text: inline.owned(),
            last_line: self.last_line + 1,
            row: false,
        })
    }
}

/// The words of a folded title that can say a section's (numbers dropped).
fn title_words(folded: &str) -> impl Iterator<Item = &str> {
    vn::words(folded).filter(|w| crate::profile::is_title_word(w))
}

/// [`Unnumbered::may_say_a_title`] of a folded title (the tests' entry: [`Candidate::read`]
/// reads the words once, for their count too).
#[cfg(test)]
fn may_say_a_title(profile: &Profile, folded: &str) -> bool {
    Unnumbered::read(profile, folded).may_say_a_title(profile)
}

/// An unnumbered title's words, read in one pass: how many (numbers too), how many different
/// title words (counted as [`said`] counts them), and the ids of its known words, each once.
struct Unnumbered {
    words: usize,
    distinct: usize,
    known: usize,
    ids: [u32; MAX_UNNUMBERED_WORDS],
    /// more than [`MAX_UNNUMBERED_WORDS`] different words: not read further
    overflow: bool,
}

impl Unnumbered {
    fn read(profile: &Profile, folded: &str) -> Unnumbered {
        let mut u = Unnumbered { words: 0, distinct: 0, known: 0, ids: [0; MAX_UNNUMBERED_WORDS], overflow: false };
        let mut hashes = [0u32; MAX_UNNUMBERED_WORDS];
        for w in vn::words(folded) {
            u.words += 1;
            if u.overflow || !crate::profile::is_title_word(w) {
                continue;
            }
            // (its id and its key from one hash of it)
            let (id, h) = profile.vocab.id_and_key(w);
            let new = !hashes.get(..u.distinct).unwrap_or_default().contains(&h);
            if new {
                let Some(slot) = hashes.get_mut(u.distinct) else {
                    u.overflow = true;
                    continue;
                };
                *slot = h;
                u.distinct += 1;
            }
            // (a word not seen before has an id not seen before: only a word seen again, or
            // one whose key another word has, is looked for among the ids)
            if let Some(id) = id.filter(|id| new || !u.ids.get(..u.known).unwrap_or_default().contains(id)) {
                let Some(slot) = u.ids.get_mut(u.known) else {
                    u.overflow = true;
                    continue;
                };
                *slot = id;
                u.known += 1;
            }
        }
        u
    }

    /// Can an unnumbered title (folded, at most [`MAX_UNNUMBERED_WORDS`] words) be any section's?
    /// [`best_section`] scores only the sections sharing two of its words (or one, for a one-word
    /// name), and without a number most of the line must be a name's words, said exactly
    /// (precision ≥ 0.6 in [`similarity`]): whether one of those sections has such a name. Most
    /// unnumbered candidates (a letterhead, a date line, a decision's title) have none, and are
    /// refused here before their words are resolved with typos and scored against the sections.
    fn may_say_a_title(&self, profile: &Profile) -> bool {
        if self.overflow {
            return true;
        }
        let (distinct, known) = (self.distinct, self.known);
        // (no known word: no section's name is said)
        if known == 0 {
            return false;
        }
        let ids = self.ids.get(..known).unwrap_or_default();
        let mut small = [(0u64, 0u64); 2];
        let mut large;
        let blocks = profile.sections.len().div_ceil(64);
        let shared: &mut [(u64, u64)] = match small.get_mut(..blocks) {
            Some(s) => s,
            None => {
                large = vec![(0u64, 0u64); blocks];
                &mut large
            }
        };
        mark_shared(profile, ids, shared);
        // what `overlap` and `similarity` ask of a name without a number, `used.min(distinct) as f32 /
        // distinct as f32 >= 0.6`, as the fewest of its words the title must say (the same division)
        let Some(need) = (1..=distinct).find(|&used| used as f32 / distinct as f32 >= 0.6) else { return false };
        // (a name's words looked for among the title's as bits over the vocabulary's first
        // 1,024 words, and in the list past them)
        let mut bits = [0u64; 16];
        for &id in ids {
            if let Some(b) = bits.get_mut(id as usize / 64) {
                *b |= 1 << (id % 64);
            }
        }
        let has = |n: u32| match bits.get(n as usize / 64) {
            Some(b) => b >> (n % 64) & 1 != 0,
            None => ids.contains(&n),
        };
        // (its words counted down to `need`, stopping there: a plain loop, not an iterator chain)
        let said_enough = |name: &Vec<u32>| {
            if name.len() < need {
                return false;
            }
            let mut left = need;
            for &n in name {
                if has(n) {
                    left -= 1;
                    if left == 0 {
                        return true;
                    }
                }
            }
            false
        };
        shared.iter().enumerate().any(|(k, &(once, twice))| {
            let mut rest = once;
            while rest != 0 {
                let i = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                let Some(s) = profile.sections.get(k * 64 + i) else { break };
                if (twice & (1 << i) != 0 || s.shortest_name <= 1) && s.names.iter().any(said_enough) {
                    return true;
                }
            }
            false
        })
    }
}

/// Mark in `shared` (bit sets over the sections, a block of 64 at a time: those sharing one of
/// the words `ids` or more, and those sharing two) the sections whose names have those words.
fn mark_shared(profile: &Profile, ids: &[u32], shared: &mut [(u64, u64)]) {
    for &w in ids {
        for &i in profile.word_index.get(w as usize).map_or(&[][..], Vec::as_slice) {
            if let Some((once, twice)) = shared.get_mut(i / 64) {
                let bit = 1 << (i % 64);
                *twice |= *once & bit;
                *once |= bit;
            }
        }
    }
}

/// A title's words resolved against the profile's vocabulary (folded, numbers dropped), and
/// how many different words it has.
fn said(profile: &Profile, folded: &str) -> (vn::Said, usize) {
    let words = || title_words(folded);
    // different words, counted on their hashes (a collision would count two words as one): a
    // title's few on the stack, each compared with those before it (this runs for every
    // candidate); a long title's sorted
    let mut hashes = words().map(|w| vn::words_key(&[w]));
    let mut seen = [0u32; 24];
    let mut distinct = 0;
    while let Some(h) = hashes.next() {
        if seen.get(..distinct).unwrap_or_default().contains(&h) {
            continue;
        }
        let Some(slot) = seen.get_mut(distinct) else {
            let mut all = seen.to_vec();
            all.push(h);
            all.extend(hashes);
            vn::sort_ids(&mut all);
            distinct = all.len();
            break;
        };
        *slot = h;
        distinct += 1;
    }
    (profile.vocab.said(words()), distinct)
}

/// How well a line's words say a section's title: (recall of the title's words, precision of
/// the line's words); the title's words may carry one typo each.
fn overlap(name: &[u32], words: &vn::Said, word_count: usize) -> (f32, f32) {
    if name.is_empty() || word_count == 0 {
        return (0.0, 0.0);
    }
    // precision counts exact words only: a typo allowance here would let `trên` pass for `triển`
    // (both counted in one pass over the name)
    let (mut found, mut used) = (0usize, 0usize);
    for &n in name {
        found += usize::from(words.has_like(n));
        used += usize::from(words.has_exact(n));
    }
    (found as f32 / name.len() as f32, used.min(word_count) as f32 / word_count as f32)
}

/// Mostly recall, some precision, so a long line that contains the title scores lower.
/// Without a number the line must be little more than the title (precision ≥ 0.6).
fn similarity(names: &[Vec<u32>], words: &vn::Said, word_count: usize, numbered: bool) -> f32 {
    names
        .iter()
        .map(|n| overlap(n, words, word_count))
        .filter(|&(_, precision)| numbered || precision >= 0.6)
        .map(|(recall, precision)| 0.65 * recall + 0.35 * precision)
        .fold(0.0, f32::max)
}

/// The best section for this candidate, with its score.
fn best_section(profile: &Profile, c: &Candidate, context: &[usize], outline: &Outline) -> Option<(f32, usize)> {
    let seen = &outline.by_section;
    let current_part = context.last().copied();
    // only the sections sharing enough words with the line can reach the similarity
    // threshold: two (`số` alone is in every theme), or one when the number is the section's
    // own (`II. MỤC TIU` with a typo); a `Phần …` label is decisive on its own
    // (as bit sets over the sections, a block of 64 at a time: the sections sharing one word
    // or more, and those sharing two; on the stack for a template of up to 128 sections: this
    // runs for every candidate)
    let mut small = [(0u64, 0u64); 2];
    let mut large;
    let blocks = profile.sections.len().div_ceil(64);
    let shared: &mut [(u64, u64)] = match small.get_mut(..blocks) {
        Some(s) => s,
        None => {
            large = vec![(0u64, 0u64); blocks];
            &mut large
        }
    };
    mark_shared(profile, c.words.exact(), shared);
    let part_label = matches!(c.label, Some(Label::Part(_)));
    if part_label {
        for (i, s) in profile.sections.iter().enumerate() {
            if let Some((once, _)) = shared.get_mut(i / 64).filter(|_| s.depth == 0) {
                *once |= 1 << (i % 64);
            }
        }
    }
    // the label's number as the template writes it (`I`, `1.2`), written once for every section
    let number = c.label.as_ref().map(Label::number);
    let number = number.as_deref();
    let mut best: Option<(f32, usize)> = None;
    // (only the sections sharing a word are looked at, in template order)
    for (k, &(once, twice)) in shared.iter().enumerate() {
        let mut rest = once;
        while rest != 0 {
            let i = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            let idx = k * 64 + i;
            let Some(s) = profile.sections.get(idx) else { break };
            // two words shared, or one with the section's own number or one-word name
            let part = s.depth == 0 && part_label;
            if !part && twice & (1 << i) == 0 && !(s.shortest_name <= 1 || number == Some(s.number.as_str())) {
                continue;
            }
            let Some(score) = score(profile, idx, c, number, context, current_part, outline) else { continue };
            // a second heading for a section already seen is a duplicate: prefer an unseen twin
            let score = if seen[idx].is_empty() { score } else { score - 0.05 };
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, idx));
            }
        }
    }
    best
}

/// The score of section `idx` for this candidate, or None when it cannot be this section.
fn score(
    profile: &Profile,
    idx: usize,
    c: &Candidate,
    number: Option<&str>,
    context: &[usize],
    part: Option<usize>,
    outline: &Outline,
) -> Option<f32> {
    // the cheap tests first: most sections are ruled out by number kind or place in the tree
    // before their titles are compared (this keeps recognition fast on 40-page drafts)
    let seen = &outline.by_section;
    let s = profile.sections.get(idx)?;
    // an unnumbered line saying the title of a section already headed is a phrase or a table
    // cell (`Mục tiêu` in a table copied from a PDF one cell a line), not the section again
    if c.label.is_none() && seen.get(idx).is_some_and(|h| !h.is_empty()) {
        return None;
    }
    let sim = || similarity(&s.names, &c.words, c.word_count, c.label.is_some());
    let expected = expected_kind(s);
    let kind_bonus = match &c.label {
        Some(Label::Part(_)) => {
            // `Phần I` / `Phần thứ nhất` is decisive on its own
            if expected != Kind::Part {
                return None;
            }
            let sim = sim();
            return Some(if number == Some(s.number.as_str()) { 1.0 + sim } else { sim - 0.5 });
        }
        Some(l) if kind_of(l) == expected => {
            if number == Some(s.number.as_str()) {
                0.3
            } else {
                0.1
            }
        }
        // `1.` for a Roman-numbered section is a common variant; `7.1.` is never `7.`, nor
        // `a)` a numbered section
        Some(l) => match (kind_of(l), expected) {
            // …unless the draft numbers this level the template's way: then `1. Kinh phí` inside
            // `IV. GIẢI PHÁP` is a sub-item, not `V. Kinh phí thực hiện`
            (Kind::Arabic(1), Kind::Roman) | (Kind::Roman, Kind::Arabic(1)) => {
                if siblings_typed(s, outline, expected) {
                    return None;
                }
                -0.1
            }
            // sub-items lettered instead of numbered: `a) Ngày Chuyển đổi số`, `b) Chia sẻ bài
            // toán…` under `1. Nhận thức số`, only inside their parent
            (Kind::Letter, Kind::Arabic(n)) if n >= 2 && s.parent.is_some_and(|p| context.contains(&p)) => {
                let ordinal = match l {
                    Label::Letter(c) => (*c as u32).checked_sub('a' as u32).map(|k| k + 1),
                    _ => None,
                };
                if ordinal.map(|k| crate::message::string(&k)).as_deref() == s.number.rsplit_str(".").next() {
                    0.2
                } else {
                    0.0
                }
            }
            // a draft numbered in decimals throughout: `1. ĐÁNH GIÁ KẾT QUẢ …` in capitals with
            // the part's own number, then `1.1.`, `1.2.` for its sections
            (Kind::Arabic(1), Kind::Part)
                if vn::is_all_caps(&c.title) && crate::numerals::roman_value(&s.number) == vn::parse_u32(&l.number()) =>
            {
                0.0
            }
            (Kind::Arabic(2), Kind::Roman) if extends_parent_number(l, s, outline) => 0.0,
            // a draft numbering its Roman level `1.`, `2.` numbers the level below `3.1.`:
            // fine when the prefix is the parent heading's own number
            (Kind::Arabic(_), Kind::Arabic(_)) if extends_parent_number(l, s, outline) => {
                if l.number().rsplit_str(".").next() == s.number.rsplit_str(".").next() {
                    0.3
                } else {
                    0.1
                }
            }
            _ => return None,
        },
        None => 0.0,
    };
    // `1. Mục tiêu chung` inside `II. MỤC TIÊU` is its sub-item, not the section again
    if context.contains(&idx) {
        let current = seen[idx].last().and_then(|&h| outline.headings[h].label.as_ref()).map(kind_of);
        if c.label.as_ref().map(kind_of) != current {
            return None;
        }
    }
    let context_bonus = match s.parent {
        None => 0.0,
        Some(p) if context.contains(&p) => 0.2,
        Some(p) if context.iter().any(|&a| profile.is_ancestor(a, idx)) => {
            // inside a sibling branch: `1. Đẩy mạnh truyền thông…` under `IV. GIẢI PHÁP` is not
            // `III.1 Nhận thức số`, whose parent heading came earlier
            if seen[p].is_empty() {
                0.0
            } else {
                -0.5
            }
        }
        // Another part: only forward, and only to a part's direct child (`I. CĂN CỨ LẬP KẾ
        // HOẠCH` right after Part I when the `Phần II` line was left out)
        Some(_) => match part {
            Some(current) if s.depth == 1 && profile.root_of(idx) > current => -0.3,
            Some(_) => return None,
            None => 0.0,
        },
    };
    // a)/b) items repeat under every theme: only inside their own parent
    if expected == Kind::Letter && !s.parent.is_some_and(|p| context.contains(&p)) {
        return None;
    }
    // Under a section the template does not divide (`I. Tình hình thực hiện mục tiêu`), a
    // heading numbered one level down is its own sub-item (`1. Kết quả thực hiện các chỉ tiêu
    // về … an toàn thông tin mạng`), not a theme of the next branch: position first, and only a
    // heading that says a deeper section's title almost word for word may leave (`1. Nhận thức
    // số` when the draft left out `II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ`).
    let under_leaf = inside_undivided(profile, c, context, outline);
    if under_leaf.is_some_and(|leaf_depth| s.depth <= leaf_depth) {
        return None;
    }
    // Nor may any heading inside such a section skip forward into the items of a branch whose
    // own heading has not come yet: `Về chính phủ số:` or `CHÍNH PHỦ SỐ` grouping targets inside
    // `II. MỤC TIÊU` is not `III.8 Chính phủ số` before `III. NHIỆM VỤ` (a part's direct child
    // may still follow a left-out `Phần II` line, above)
    let skips_branch = s.parent.is_some_and(|p| seen[p].is_empty() && !context.contains(&p) && profile.sections[p].parent.is_some())
        && open_leaf(profile, context, outline).is_some();
    // …and only with its own number: `1. Chính quyền số` under `I. Tình hình thực hiện mục
    // tiêu` groups targets by pillar, it is not `8. Chính phủ số`
    let own_number = number == Some(s.number.as_str());
    if (under_leaf.is_some() || skips_branch) && !own_number {
        return None;
    }
    let under_leaf = under_leaf.or(skips_branch.then_some(s.depth));
    let (min_sim, min_total) = if under_leaf.is_some() {
        (0.9, 0.9)
    } else if c.label.is_some() {
        (0.55, 0.8)
    } else {
        (0.85, 0.9)
    };
    if 1.0 + kind_bonus + context_bonus < min_total {
        return None; // even a perfect title could not make it
    }
    let sim = sim();
    let total = sim + kind_bonus + context_bonus;
    // an unnumbered part title must at least stand out in capitals (asked last: of the few lines
    // that say a part's title, not of every candidate compared with one)
    let caps = || !(expected == Kind::Part && c.label.is_none()) || vn::is_all_caps(&c.title);
    (sim >= min_sim && total >= min_total && caps()).then_some(total)
}

/// The depth of the section the last heading opened, when the template does not divide it and
/// this candidate is numbered one level further down than that heading.
fn inside_undivided(profile: &Profile, c: &Candidate, context: &[usize], outline: &Outline) -> Option<usize> {
    let last = open_leaf(profile, context, outline)?;
    let leaf = last.section;
    let rank = |l: &Label| match kind_of(l) {
        Kind::Part => 0,
        Kind::Roman => 1,
        Kind::Arabic(n) => 1 + n,
        Kind::Letter => 10,
    };
    (rank(c.label.as_ref()?) > rank(last.label.as_ref()?)).then_some(profile.sections[leaf].depth)
}

/// A sentence (five words or more) with a figure: a percentage, a count, an amount; not a year
/// (`… năm 2023`) nor a date (`10/10`), which headings carry too.
fn is_statement(title: &str) -> bool {
    if !more_words_than(title, 4) {
        return false;
    }
    // (runs of ASCII bytes: every byte of another character ends one)
    title.as_bytes().split(|b| !(b.is_ascii_digit() || matches!(b, b'.' | b',' | b'/'))).any(|mut run| {
        while let [b'.' | b',', r @ ..] | [r @ .., b'.' | b','] = run {
            run = r;
        }
        let digits = run.iter().all(u8::is_ascii_digit);
        let year = run.len() == 4 && digits && (1900..=2100).contains(&run.iter().fold(0, |y, d| y * 10 + u32::from(d - b'0')));
        run.iter().any(u8::is_ascii_digit) && !year && crate::vn::find_byte(b'/', run).is_none()
    })
}

/// The last heading, when it opened a section the template does not divide (`II. Mục tiêu`).
fn open_leaf<'a>(profile: &Profile, context: &[usize], outline: &'a Outline) -> Option<&'a Heading> {
    let &leaf = context.first()?;
    if profile.sections.get(leaf + 1).is_some_and(|n| n.parent == Some(leaf)) {
        return None; // the template divides it
    }
    outline.headings.last().filter(|h| h.section == leaf)
}

/// `Điều 2.`, `ĐIỀU 3:` opening a line: an article of the decision that issues the plan.
fn is_article(text: &str) -> bool {
    let t = text.trim_start_of(b"*# ");
    // (`D`, `d`, `Đ`, `đ`, by bytes)
    if !matches!(t.as_bytes(), [b'D' | b'd', ..] | [0xC4, 0x90 | 0x91, ..]) {
        return false;
    }
    let mut words = t.split_ws();
    let first = words.next().map(vn::fold);
    first.as_deref() == Some("dieu") && words.next().is_some_and(|w| w.trim_end_of(b".:").bytes().all(|b| b.is_ascii_digit()))
}

/// `Phụ lục II`, `PHỤ LỤC 3`, `Phụ lục I: DANH MỤC …` standing as a heading line.
#[inline]
pub fn appendix_number(text: &str) -> Option<Option<u32>> {
    if !may_be_appendix(text) {
        return None; // (most lines: a byte looked at, no trimming, no call)
    }
    appendix_heading_number(text)
}

/// [`appendix_number`] of line `i` (`text`), kept by an editing session's memo.
#[inline]
fn line_appendix_number(doc: &Document, i: usize, text: &str) -> Option<Option<u32>> {
    if !crate::document::SESSION_MEMORY {
        return appendix_number(text); // (the core module: the same code as without a memo)
    }
    if !may_be_appendix(text) {
        return None;
    }
    memo::appendix(doc, i, || appendix_heading_number(text))
}

#[inline]
fn may_be_appendix(text: &str) -> bool {
    let b = text.as_bytes();
    match b.first() {
        Some(b'P' | b'p' | b'#' | b'*' | b' ') => true,
        Some(b'B' | b'b') => b.get(1).is_some_and(|c| c | 0x20 == b'i'),
        _ => false,
    }
}

/// Added to the number of a form (`Biểu số 01`, `BIỂU 02: CHỈ TIÊU …`, `Biểu mẫu số 03`): forms
/// are appendices numbered apart from the `Phụ lục` (a plan may have both `Phụ lục I` and `Biểu 01`).
pub const FORMS: u32 = 100;

/// [`appendix_number`] of a line that may start with `Phụ lục`. (Not inlined: one copy for
/// the outline's lines and the rules asking; called only for a line [`may_be_appendix`].)
#[inline(never)]
fn appendix_heading_number(text: &str) -> Option<Option<u32>> {
    let t = text.trim_start_of(b"#* ");
    // (a form: `Bi…`; its number required, `Biểu dương …` is a sentence)
    let form = matches!(t.as_bytes().first(), Some(b'B' | b'b'));
    let name = if form { "bieu" } else { "phu luc" };
    if form && t.as_bytes().get(1).is_none_or(|&b| b | 0x20 != b'i') {
        return None;
    }
    // runs on every line: fold only what can be `Phụ lục` (a `P` then an ASCII byte other than
    // `h` folds to no `ph`: `Phần`, `Phát triển` are folded, `Page`, `P.` are not)
    if !form
        && (!matches!(t.as_bytes().first(), Some(b'P' | b'p')) || t.as_bytes().get(1).is_some_and(|&b| b.is_ascii() && b | 0x20 != b'h'))
    {
        return None;
    }
    // …nor a `Ph` whose next letter folds to no `u` (`Phát`, `Phần`, `Phối`)
    if t.as_bytes().get(1).is_some_and(|&b| b | 0x20 == b'h') && !may_fold_to_u(t.as_bytes().get(2..).unwrap_or_default()) {
        return None;
    }
    // (the folding of the first words is the start of the line's: enough to say no)
    // (one buffer for both foldings; the whole line folded again only when longer than the head)
    let head = first_chars(t, 16);
    let mut f = String::with_capacity(t.len());
    vn::fold_into(head, &mut f);
    if f.len() >= name.len() && !f.starts_with(name) {
        return None;
    }
    if head.len() < t.len() {
        vn::fold_into(t, &mut f);
    }
    let rest = f.strip_prefix(name)?;
    if !(rest.is_empty() || rest.starts_with(' ')) || crate::vn::char_count(t) > MAX_HEADING_CHARS {
        return None;
    }
    let mut words = rest.split_ws();
    let mut word = words.next().unwrap_or("");
    // `Phụ lục số 02`, `Biểu mẫu số 03`
    for skip in ["mau", "so"] {
        if word == skip {
            word = words.next().unwrap_or("");
        }
    }
    // `Phụ lục kèm theo`, or a sentence starting with the words, is not an appendix heading
    // (a Roman numeral starts with `i`, `v`, `x`, or an `l` read for an `I`: most numbers are
    // figures, not read as numerals)
    let roman = word.as_bytes().first().is_some_and(|b| matches!(b | 0x20, b'i' | b'v' | b'x' | b'l'));
    let mut number = roman.then(|| label::roman_value_any_case(word)).flatten().or_else(|| vn::parse_u32(word).filter(|n| *n < 100));
    if form {
        number = Some(FORMS + number?);
    }
    if number.is_none() && !(word.is_empty() || word == "kem" || word.len() == 1) {
        return None;
    }
    // (more than 20 words: 20 spaces between them, counted by bytes)
    if vn::count_byte(f.as_bytes(), b' ') >= 20 || matches!(text.trim_end_ws().as_bytes().last(), Some(b'.' | b';')) {
        return None;
    }
    Some(number)
}

/// False only when the character `b` starts with cannot fold to `u`, by its first bytes: ASCII
/// other than `u`, a Latin-1 letter other than ù ú û ü, a Vietnamese letter outside ụ…ự.
fn may_fold_to_u(b: &[u8]) -> bool {
    match b {
        [b'u' | b'U', ..] => true,
        [x, ..] if x.is_ascii() => false,
        [0xC3, y, ..] => matches!(y & !0x20, 0x99..=0x9C),
        [0xE1, 0xBA, ..] => false,
        [0xE1, 0xBB, y, ..] => (0xA4..=0xB1).contains(y),
        _ => true,
    }
}

/// The signature block that closes the plan: `Nơi nhận:`, `TM. ỦY BAN NHÂN DÂN`, `KT. BỘ TRƯỞNG`.
pub(crate) fn is_signature(text: &str) -> bool {
    if !matches!(text.as_bytes().first(), Some(b'N' | b'n' | b'T' | b'K')) {
        return false;
    }
    let f = vn::fold(text.get(..text.len().min(40)).unwrap_or(text));
    f.starts_with("noi nhan") || f.starts_with("tm uy ban") || f.starts_with("kt chu tich") || f.starts_with("kt bo truong")
}

/// Has a sibling of `s` already been headed with a number of the template's kind?
fn siblings_typed(s: &Section, outline: &Outline, kind: Kind) -> bool {
    outline.typed.contains(&(s.parent, kind))
}

/// `3.1.` under a parent headed `3.`: the label is the parent's typed number plus one level.
fn extends_parent_number(label: &Label, s: &Section, outline: &Outline) -> bool {
    let Label::Arabic(parts) = label else { return false };
    let parent_label = s.parent.and_then(|p| outline.by_section[p].last()).and_then(|&h| outline.headings[h].label.as_ref());
    match parent_label {
        Some(Label::Arabic(pp)) => parts.len() == pp.len() + 1 && parts.starts_with(pp),
        _ => false,
    }
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
    } else if s.number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')) && !s.number.is_empty() {
        Kind::Roman
    } else if s.number.bytes().all(|b| b.is_ascii_digit() || b == b'.') && !s.number.is_empty() {
        // (`split('.').count()`, by bytes)
        Kind::Arabic(1 + s.number.bytes().filter(|&b| b == b'.').count())
    } else {
        Kind::Letter
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_ph_pre_test_refuses_nothing_that_folds_to_phu() {
        // (every character the pre-test refuses lies below U+2000)
        for c in (0..0x2000).filter_map(char::from_u32) {
            for p in ["Ph", "PH", "ph"] {
                if crate::vn::fold(&format!("{p}{c}")).starts_with("phu") {
                    assert!(super::may_fold_to_u(c.to_string().as_bytes()), "{c:?}");
                }
            }
        }
        assert!(!super::may_fold_to_u("át".as_bytes()) && !super::may_fold_to_u("ần".as_bytes()) && super::may_fold_to_u("ụ".as_bytes()));
    }

    #[test]
    fn a_table_of_contents_kept_as_text_is_no_heading() {
        let profile = crate::profile::builtin(crate::profile::DEFAULT_PROFILE).expect("the default profile");
        let entries = "Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025 ........ 2\nII. Mục tiêu ......................... 6\nV. Kinh phí thực hiện . . . . . . . 12\nVII. Danh mục nhiệm vụ, dự án………… 9\n";
        let text = format!("{entries}II. MỤC TIÊU\nIII. NHIỆM VỤ 2026\n");
        let doc = crate::document::Document::from_text(&text);
        let read: Vec<bool> = (0..6).map(|i| super::Candidate::read(&doc, profile, i).is_some()).collect();
        assert_eq!(read, [false, false, false, false, true, true]);
        assert!(!super::is_contents_entry("1.2") && !super::is_contents_entry("Tổng.. 2026") && !super::is_contents_entry("Mục tiêu …"));
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let texts = [
            "",
            " ",
            "Một",
            "Một hai",
            "  Kế\thoạch \u{a0}chuyển\u{2003}đổi\u{3000}số\u{1680}năm\u{85}2024 ",
            "a\u{b}b\u{1c}c",
            "Tỉnh — “số” … «x»",
            "ẠẢẤ ỗ\u{202f}ờ",
            "x\u{2028}y\u{2029}z\u{205f}w\u{200a}v\u{200b}u\u{2010}t\u{1681}",
        ];
        for t in texts {
            for n in 0..12 {
                assert_eq!(super::more_words_than(t, n), t.split_whitespace().nth(n).is_some(), "{t:?} {n}");
            }
        }
        // every fixture line, as the outline asks (`is_statement`, `joined_with_next`, an
        // unnumbered title), and with each kind of space between its words
        let spaces = [" ", "\t", "\u{a0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{202f}", "\u{3000}", "\u{b}", " – "];
        let (mut more, mut fewer) = (0, 0);
        for line in fixture_lines() {
            for sp in spaces {
                let t = line.split(' ').collect::<Vec<_>>().join(sp);
                for n in [4, 20, super::MAX_UNNUMBERED_WORDS] {
                    let want = t.split_whitespace().nth(n).is_some();
                    assert_eq!(super::more_words_than(&t, n), want, "{t:?} {n}");
                    more += usize::from(want);
                    fewer += usize::from(!want);
                }
            }
        }
        assert!(more > 1000 && fewer > 1000, "{more} {fewer}");
    }

    #[test]
    fn a_template_of_more_than_128_sections_is_matched_past_the_stack() {
        use crate::profile::{Profile, ProfileSpec, SectionSpec};
        let section = |id: String, number: String, title: String, children| SectionSpec {
            id,
            number,
            title_en: title.clone(),
            title,
            aliases: Vec::new(),
            required: true,
            guidance: String::new(),
            severity: None,
            children,
        };
        let items = (1..=200).map(|k| section(format!("P1.{k}"), k.to_string(), format!("Chủ đề alpha{k} beta{k}"), Vec::new())).collect();
        let spec = ProfileSpec {
            id: "lon".into(),
            name: "Khung lớn".into(),
            name_en: "Large".into(),
            plan_year: 2024,
            roles: Default::default(),
            sections: vec![section("P1".into(), "I".into(), "Đánh giá".into(), items)],
        };
        let profile = Profile::from_spec(spec).expect("a valid profile");
        let text =
            "Phần I. ĐÁNH GIÁ\n7. Chủ đề alpha7 beta7\nNội dung.\n150. Chủ đề alpha150 beta150\nNội dung.\n199. Chủ đề alpha199 beta199\n";
        let doc = crate::document::Document::from_text(text);
        let outline = super::recognise(&doc, &profile);
        let ids: Vec<&str> = outline.headings.iter().map(|h| profile.sections[h.section].id.as_str()).collect();
        assert_eq!(ids, ["P1", "P1.7", "P1.150", "P1.199"]);
    }

    /// The fixtures' lines (`.txt` and `.md`, every folder), for tests that read every line.
    fn fixture_lines() -> Vec<String> {
        let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))];
        let mut lines = Vec::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    lines.extend(text.lines().map(|l| l.trim().to_string()));
                }
            }
        }
        lines
    }

    #[test]
    fn first_chars_are_char_indices_prefix() {
        for t in ["", "a", "Phụ lục", "PHỤ LỤC SỐ 01: CHỈ TIÊU NĂM 2024", "ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ", "x😀y€z"]
        {
            for n in 0..40 {
                assert_eq!(super::first_chars(t, n), t.char_indices().nth(n).map_or(t, |(i, _)| &t[..i]), "{t} {n}");
            }
        }
    }

    #[test]
    fn appendix_numbers_of_every_fixture_line_are_the_plain_readings() {
        // the Roman pre-test and the word count by bytes read what the numeral reader and
        // `split(' ')` read: every fixture line, and its numbers in both ways
        let reference = |text: &str| -> Option<Option<u32>> {
            let t = text.trim_start_matches(&['#', '*', ' '][..]);
            let form = t.starts_with(&['B', 'b'][..]);
            let name = if form { "bieu" } else { "phu luc" };
            if form && t.as_bytes().get(1).is_none_or(|&b| b | 0x20 != b'i') {
                return None;
            }
            let f = crate::vn::fold(t);
            let rest = f.strip_prefix(name)?;
            if !(rest.is_empty() || rest.starts_with(' ')) || crate::vn::char_count(t) > super::MAX_HEADING_CHARS {
                return None;
            }
            let mut words = rest.split_whitespace();
            let mut word = words.next().unwrap_or("");
            for skip in ["mau", "so"] {
                if word == skip {
                    word = words.next().unwrap_or("");
                }
            }
            let mut number = super::label::roman_value_any_case(word).or_else(|| word.parse().ok().filter(|n| *n < 100));
            if form {
                number = Some(super::FORMS + number?);
            }
            if number.is_none() && !(word.is_empty() || word == "kem" || word.len() == 1) {
                return None;
            }
            if f.split(' ').count() > 20 || text.trim_end().ends_with(&['.', ';'][..]) {
                return None;
            }
            Some(number)
        };
        let mut found = 0;
        let words = ["", "I", "IV", "iv", "Il", "lII", "XL", "L", "l", "x", "v", "3", "03", "12", "100", "số 2", "mẫu số IX", "kèm", "a"];
        let mut lines = fixture_lines();
        for w in words {
            for head in ["Phụ lục", "PHỤ LỤC", "Biểu", "BIỂU"] {
                lines.push(format!("{head} {w}"));
                lines.push(format!("{head} {w}: {}", "từ ".repeat(18)));
                lines.push(format!("{head} {w}: {}", "từ ".repeat(17)));
            }
        }
        for line in &lines {
            let got = super::appendix_number(line);
            assert_eq!(got, if super::may_be_appendix(line) { reference(line) } else { None }, "{line}");
            found += usize::from(got.is_some());
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn the_split_part_pre_test_refuses_only_lines_longer_than_8_bytes_trimmed() {
        // every fixture line as it is and with the spaces a line may start with, and the first
        // characters that are spaces and those that are not
        let heads = ["", " ", "\t", "\u{a0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{3000}", "Đ", "Ư", "ặ", "Ḁ", "ǿ", "€", "P"];
        let (mut refused, mut kept) = (0, 0);
        for line in fixture_lines() {
            for h in heads {
                for text in [format!("{h}{line}"), format!("{h}Phần"), format!("{h}PHẦN   {line}")] {
                    if super::may_be_split_part(text.as_bytes()) {
                        kept += 1;
                    } else {
                        refused += 1;
                        assert!(text.trim().len() > 8, "{text:?}");
                    }
                }
            }
        }
        assert!(refused > 10_000 && kept > 1000, "{refused} refused, {kept} kept");
    }

    #[test]
    fn the_unnumbered_pre_test_refuses_no_title_a_section_would_take() {
        use super::*;
        for id in crate::profile::builtin_ids() {
            let profile = crate::profile::builtin(id).expect("a built-in profile");
            let outline = Outline { by_section: vec![Vec::new(); profile.sections.len()], ..Outline::default() };
            // every section's own title, without its number, may be that section
            for s in &profile.sections {
                assert!(may_say_a_title(profile, &vn::fold(&s.title)), "{id} {}", s.id);
            }
            // every unnumbered line of the fixtures that a section takes, in any part, passes it
            let contexts: Vec<Vec<usize>> = std::iter::once(Vec::new())
                .chain((0..profile.sections.len()).filter(|&i| profile.sections[i].parent.is_none()).map(|i| vec![i]))
                .collect();
            let (mut taken, mut refused) = (0, 0);
            for line in fixture_lines() {
                let folded = vn::fold(&line);
                if label::parse(&line).label.is_some() || vn::words(&folded).count() > MAX_UNNUMBERED_WORDS {
                    continue;
                }
                let (words, word_count) = said(profile, &folded);
                let c = Candidate {
                    label: None,
                    label_text: String::new(),
                    label_start: 0,
                    title: line.clone(),
                    words,
                    word_count,
                    inline_text: String::new(),
                    last_line: 0,
                    row: false,
                };
                let may = may_say_a_title(profile, &folded);
                refused += usize::from(!may);
                for context in &contexts {
                    if best_section(profile, &c, context, &outline).is_some() {
                        taken += 1;
                        assert!(may, "{id}: {line}");
                    }
                }
            }
            // (the test would prove nothing if no line were taken, or none refused)
            assert!(taken > 50 && refused > 1000, "{id}: {taken} taken, {refused} refused");
        }
    }

    #[test]
    fn different_words_are_counted_on_the_stack_and_past_it() {
        let profile = crate::profile::builtin(crate::profile::builtin_ids()[0]).expect("a built-in profile");
        for len in [0, 1, 2, 23, 24, 25, 60] {
            for period in [1, 3, 24, 25, 100] {
                let words: Vec<String> = (0..len).map(|i| format!("w{}", i % period)).collect();
                let mut different = words.clone();
                different.sort_unstable();
                different.dedup();
                // (numbers are no title words)
                let folded = format!("{} 2024", words.join(" "));
                assert_eq!(super::said(profile, &folded).1, different.len(), "{len} {period}");
            }
        }
    }
}
