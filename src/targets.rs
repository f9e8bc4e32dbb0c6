//! The targets of a plan: every statement of `II. Mục tiêu` (bullets, numbered lines,
//! paragraphs holding several targets separated by `;`) and every row of a target table in the
//! section or in an appendix it refers to — each with its figures, dates and, where its words
//! name one, the national indicator it answers.

use crate::document::Document;
use crate::indicators::{self, Indicator};
use crate::kinds::Level;
use crate::outline::content::Contents;
use crate::outline::Outline;
use crate::profile::Profile;
use crate::profile::Role;
use crate::quantity::{self, Comparator, Figure, Quantity, When};
use crate::table::{self, Table};
use crate::vn;
use crate::vn::Bytewise;

/// A target statement.
#[derive(Debug, Clone)]
pub struct Target {
    pub line: usize,
    /// Byte range of the statement in the line's text.
    pub from: usize,
    pub to: usize,
    /// The statement's text, a reviewer's note in `[…]` blanked (what is read and matched; the
    /// draft's own is [`Target::shown`]).
    pub text: String,
    /// Figures and dates with their byte ranges in the line they stand in (`figure_lines`,
    /// `date_lines`: a statement hard-wrapped over several lines has figures on each).
    pub figures: Vec<Figure>,
    pub figure_lines: Vec<usize>,
    pub dates: Vec<When>,
    pub date_lines: Vec<usize>,
    /// Each figure's byte range in `text`.
    pub spans: Vec<(usize, usize)>,
    /// For each figure (by index), the national indicator it answers and the words of the
    /// target that said its subject.
    pub matches: Vec<(usize, &'static Indicator, String)>,
    /// For each figure (by index), the levels it is bound to (`indicators::SCOPE_*` bits): a
    /// level column of a target table, or `cấp tỉnh` / `cấp xã` beside it in a statement.
    pub scopes: Vec<u8>,
    /// A row of a target table (the figure is in the value column).
    pub from_table: bool,
}

impl Target {
    /// The text as the draft writes it, notes included (what the report shows): the same bytes
    /// of its line, where the statement is all on that line (blanking keeps the length).
    pub fn shown<'a>(&'a self, doc: &'a Document) -> &'a str {
        let own = doc.lines.get(self.line).and_then(|l| l.text.get(self.from..self.to));
        own.filter(|o| !self.from_table && o.len() == self.text.len()).unwrap_or(&self.text)
    }

    /// The line figure `i` stands in.
    pub fn figure_line(&self, i: usize) -> usize {
        self.figure_lines.get(i).copied().unwrap_or(self.line)
    }

    /// The line date `i` stands in.
    pub fn date_line(&self, i: usize) -> usize {
        self.date_lines.get(i).copied().unwrap_or(self.line)
    }

    /// Quantified: a percentage, a count with its unit, a rank, or a completion bound to a date.
    pub fn quantified(&self) -> bool {
        !self.figures.is_empty()
            || self.dates.iter().any(|d| d.deadline && d.day.or(d.month).is_some())
            || quantity::has_yearless_day(&self.text)
    }
}

#[derive(Debug, Default)]
pub struct Targets {
    /// Lines of `II. Mục tiêu`, heading included.
    pub p2ii_lines: Option<(usize, usize)>,
    pub items: Vec<Target>,
}

/// Sub-headings inside `II. Mục tiêu` that introduce general aims, not measurable targets.
const GENERAL: &[&str] = &["muc tieu chung", "muc tieu tong quat", "quan diem", "muc dich", "yeu cau"];
/// The length of the longest phrase of [`GENERAL`].
const GENERAL_LONGEST: usize = 18;
/// Characters of a line's start folded to tell a sub-heading (twice the longest phrase above).
const SUB_HEADING_CHARS: usize = 40;

/// `tables`: every table of the document (read once per check, shared with the budget).
/// `plan_year`: which of a target table's year columns holds the plan's targets.
pub fn read(
    doc: &Document,
    profile: &Profile,
    outline: &Outline,
    contents: &Contents,
    tables: &[Table],
    level: Option<Level>,
    plan_year: u16,
) -> Targets {
    let mut targets = Targets::default();
    let Some(section) = profile.role(Role::Targets) else { return targets };
    let Some(&h) = outline.by_section[section].first() else { return targets };
    let heading = &outline.headings[h];
    let end = outline.headings.get(h + 1).map_or(outline.body_end, |n| n.line).max(heading.last_line + 1);
    targets.p2ii_lines = Some((heading.line, end));
    let (mut general, mut past) = (false, false);
    // statements under general aims (`1. Mục tiêu chung`), read apart: only those naming a
    // national indicator are kept (a ministry's common targets, as against its sector's)
    let (mut aims, mut pieces_general) = (Vec::new(), false);
    // text after the heading on its own line (`II. MỤC TIÊU: …`)
    // the pieces of the statement being read (more than one when it is hard-wrapped)
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    if !heading.inline_text.is_empty() {
        let line = &doc.lines[heading.line].text;
        let at = vn::rfind(line, &heading.inline_text).unwrap_or(line.len());
        pieces.push((heading.line, at));
    }
    // (a line without a tab or a `|` is not read for cells; one inside a table is a cell's
    // paragraph, a row going on over it)
    let inside = |idx: usize| tables.get(tables.partition_point(|t| t.first_line() < idx).wrapping_sub(1)).is_some_and(|t| idx < t.last);
    let is_row = |idx: usize| table::row_at(doc, idx) || inside(idx);
    for idx in heading.last_line + 1..end.min(doc.lines.len()) {
        let row = is_row(idx);
        // (a paragraph indented by a tab read from past it)
        let text = doc.lines[idx].text.strip_prefix('\t').filter(|_| !row).unwrap_or(&doc.lines[idx].text);
        let lead = doc.lines[idx].text.len() - text.len();
        if let Some(&(above, _)) = pieces.last() {
            if !text.is_empty() && !row && continues(&doc.lines[above].text, text) {
                pieces.push((idx, lead));
                continue;
            }
            let out = if pieces_general { &mut aims } else { &mut targets.items };
            remembered(doc, b"S", &pieces, out, &|out| statements(doc, &pieces, out));
            pieces.clear();
        }
        if text.is_empty() || row {
            continue;
        }
        let kind = remembered_kind(text);
        // `1. Kết quả thực hiện năm 2026`, `Kết quả năm 2026:`: last year's results follow, up
        // to the next sub-heading or lead-in
        if kind != STATEMENT {
            past = past_results(text, plan_year);
        }
        match kind {
            GENERAL_AIMS => general = true,
            SPECIFIC_TARGETS => general = false,
            LEAD_IN => {}
            _ => {
                let next = doc.lines.get(idx + 1).map(|l| &l.text[..]);
                // a line without a figure or date right above a table (`(Chi tiết tại bảng dưới
                // đây)`) is its caption: the table holds the targets
                let caption =
                    || idx + 1 < doc.lines.len() && is_row(idx + 1) && !quantity::has_figure(text) && !quantity::has_day_or_month(text);
                if !past && !heads_a_list(text, next) && !at_page_foot(text, next) && !caption() && !remembered_past(text, plan_year) {
                    pieces_general = general;
                    pieces.push((idx, lead));
                }
            }
        }
    }
    if !pieces.is_empty() {
        let out = if pieces_general { &mut aims } else { &mut targets.items };
        remembered(doc, b"S", &pieces, out, &|out| statements(doc, &pieces, out));
    }
    // target tables: in the section, or in an appendix it refers to
    let referred: Vec<u32> = contents.appendix_refs.iter().filter(|r| r.section == section).map(|r| r.number).collect();
    for t in tables {
        let first = t.first_line();
        let inside = first > heading.line && first < end;
        let in_appendix = first >= outline.body_end
            && outline.appendices.iter().rev().find(|a| a.line <= first).and_then(|a| a.number).is_some_and(|n| referred.contains(&n));
        if inside || in_appendix {
            let rows: Vec<(usize, usize)> = (first..=t.last).map(|line| (line, 0)).collect();
            let [y0, y1] = plan_year.to_le_bytes();
            remembered(doc, &[b'T', y0, y1], &rows, &mut targets.items, &|out| table_targets(t, plan_year, out));
        }
    }
    for t in &mut targets.items {
        match_indicators(t, level);
    }
    for mut t in aims {
        match_indicators(&mut t, level);
        if !t.matches.is_empty() {
            targets.items.push(t);
        }
    }
    // (not sorted back into place: the findings are sorted, and a sort of targets would be the
    // wasm's second sort routine)
    targets
}

/// What a line of the targets section (not empty, not a table row, not carrying on the
/// statement above) is: a statement, or one of these.
const STATEMENT: u8 = 0;
/// A sub-heading saying general aims follow, or specific targets (`Mục tiêu cụ thể:`).
const GENERAL_AIMS: u8 = 1;
const SPECIFIC_TARGETS: u8 = 2;
/// A lead-in or a lettered sub-heading ([`is_structure`]).
const LEAD_IN: u8 = 3;

/// [`line_kind`], through the session's memo when one is set.
fn remembered_kind(text: &str) -> u8 {
    if !crate::document::SESSION_MEMORY {
        return line_kind(text);
    }
    let Some(mut memo) = MEMO.with_borrow_mut(Option::take) else { return line_kind(text) };
    let mut key = memo.lines.start_key();
    key.extend_from_slice(text.as_bytes());
    let kind = memo.lines.get(key, 0, || line_kind(text), |_, _| {});
    MEMO.with_borrow_mut(|m| *m = Some(memo));
    kind
}

/// [`reports_past`], through the session's memo when one is set (it reads the line's dates).
fn remembered_past(text: &str, plan_year: u16) -> bool {
    // (a line without a digit in its first 40 bytes reports nothing: asked of no memo)
    if !crate::document::SESSION_MEMORY || !text.bytes().take(40).any(|b| b.is_ascii_digit()) {
        return reports_past(text, plan_year);
    }
    let Some(mut memo) = MEMO.with_borrow_mut(Option::take) else { return reports_past(text, plan_year) };
    let mut key = memo.past.start_key();
    key.extend_from_slice(&plan_year.to_le_bytes());
    key.extend_from_slice(text.as_bytes());
    let past = memo.past.get(key, 0, || reports_past(text, plan_year), |_, _| {});
    MEMO.with_borrow_mut(|m| *m = Some(memo));
    past
}

/// What a line of the targets section is (see [`STATEMENT`]): a function of its text alone.
fn line_kind(text: &str) -> u8 {
    if is_note(text) {
        return LEAD_IN;
    }
    let parsed = crate::outline::label::parse(text);
    let title = text.get(parsed.title_start..).unwrap_or(text);
    // most lines are statements: the folded start says so without folding the whole line
    // (the folding of a line's start is the start of the line's folding)
    // (`2. Mục tiêu của ngành` after `1. Mục tiêu chung`: a numbered `Mục tiêu …` without a
    // figure heads the next group)
    let group = parsed.label.is_some() && !title.bytes().any(|b| b.is_ascii_digit());
    let starts_like_sub_heading = |f: &str| {
        GENERAL.iter().any(|g| f.starts_with(*g))
            || f.starts_with(if group { "muc tieu" } else { "muc tieu cu the" })
            || f.starts_with("chi tieu")
    };
    // (every phrase above starts with one of these letters: most lines are ruled out unfolded)
    let sub_heading = !parsed.bullet
        && (text.trim_end_ws().ends_with(':')
            || vn::may_fold_to_start(title, b"mqyc") && {
                let head = vn::first_chars(title, SUB_HEADING_CHARS);
                let f = vn::fold(head);
                if head.len() == title.len() || f.len() >= SUB_HEADING_CHARS / 2 {
                    starts_like_sub_heading(&f)
                } else {
                    starts_like_sub_heading(&vn::fold(title))
                }
            });
    // (a word holding an ASCII letter or digit folds to a word at least: a lead-in of more than
    // ten such words is not folded to count its words)
    let long = || title.as_bytes().split(|&b| b == b' ').filter(|w| w.iter().any(u8::is_ascii_alphanumeric)).nth(10).is_some();
    // `1. Mục tiêu chung: phát triển y tế số, …`: the general aim written on its sub-heading's
    // line, however long, is no target
    // (each ASCII letter or digit folds to one letter: a head with more than the longest
    // phrase's is none of them, and is not folded)
    let aim_inline = || {
        crate::vn::find_byte(b':', title.as_bytes()).and_then(|c| title.get(..c)).is_some_and(|h| {
            h.bytes().filter(u8::is_ascii_alphanumeric).nth(GENERAL_LONGEST).is_none() && GENERAL.contains(&vn::fold(h).as_str())
        })
    };
    if sub_heading && aim_inline() {
        return GENERAL_AIMS;
    }
    if sub_heading && !long() {
        let f = vn::fold(title);
        if f.split_str(" ").count() <= 10 {
            // a sub-heading: general aims or specific targets follow
            return if GENERAL.iter().any(|g| vn::contains(&f, g)) { GENERAL_AIMS } else { SPECIFIC_TARGETS };
        }
    }
    if is_structure(text, parsed.label.is_some()) {
        return LEAD_IN; // a lead-in (`… phấn đấu đạt các chỉ tiêu sau:`) or a lettered sub-heading
    }
    STATEMENT
}

/// A note on the targets (`*Ghi chú: …`, pandoc's `\\*Ghi chú`, `(*) Lưu ý: …`), not one of
/// them. (The first letter after the marker rules out most lines before folding.)
#[inline(never)]
fn is_note(text: &str) -> bool {
    // a footnote to the targets marked `(*)` above (`(*) Chỉ tiêu Chính phủ giao tại Nghị quyết
    // số 01/NQ-CP …`)
    if text.starts_with("(*)") {
        return true;
    }
    // (ASCII punctuation, the markers included, folds to nothing)
    if !vn::may_fold_to_start(text, b"gl") {
        return false;
    }
    let head = vn::first_chars(text, 12);
    let f = vn::fold(head);
    let f = f.trim_start_ws();
    f.starts_with("ghi chu") || f.starts_with("luu y")
}

/// An editing session's memory of the targets read from each statement and table (see
/// [`crate::document::Recall`]), before they are matched to indicators. Used only inside
/// [`with_memo`] (by `crate::session`); a plain `check()` reads every statement.
#[derive(Default)]
pub struct Memo {
    targets: crate::document::Recall<Vec<Target>>,
    /// Each line's [`line_kind`], by its text.
    lines: crate::document::Recall<u8>,
    /// Each statement line's [`reports_past`], by the plan year and its text.
    past: crate::document::Recall<bool>,
}

thread_local! {
    static MEMO: std::cell::RefCell<Option<Memo>> = const { std::cell::RefCell::new(None) };
}

/// Run `f` (a check) with the targets read through `memo`.
pub fn with_memo<T>(memo: &mut Memo, f: impl FnOnce() -> T) -> T {
    memo.targets.next_check();
    memo.lines.next_check();
    memo.past.next_check();
    crate::document::lend(&MEMO, memo, f)
}

/// `read` (pushing onto `out` the targets of what it reads: the text of `lines` from their byte
/// given, nothing else) through the session's memo when one is set. `kind` tells a statement
/// from a table; targets read before on other lines have their lines moved.
fn remembered(doc: &Document, kind: &[u8], lines: &[(usize, usize)], out: &mut Vec<Target>, read: &dyn Fn(&mut Vec<Target>)) {
    if !crate::document::SESSION_MEMORY {
        return read(out);
    }
    let Some(mut memo) = MEMO.with_borrow_mut(Option::take) else { return read(out) };
    let first = lines.first().map_or(0, |l| l.0);
    let mut key = memo.targets.start_key();
    key.extend_from_slice(kind);
    for &(line, from) in lines {
        crate::document::Recall::<Vec<Target>>::key(&mut key, doc, first, line);
        key.extend_from_slice(&(from as u32).to_le_bytes());
    }
    let read = || {
        let mut v = Vec::new();
        read(&mut v);
        v
    };
    let moved = |targets: &mut Vec<Target>, was: usize| {
        let moved = |line: &mut usize| *line = line.wrapping_sub(was).wrapping_add(first);
        for t in targets {
            moved(&mut t.line);
            t.figure_lines.iter_mut().for_each(moved);
            t.date_lines.iter_mut().for_each(moved);
        }
    };
    let mut targets = memo.targets.get(key, first, read, moved);
    MEMO.with_borrow_mut(|m| *m = Some(memo));
    out.append(&mut targets);
}

/// A line that introduces targets rather than setting one: it ends with `:` and carries no
/// figure or date (`Năm 2024, tỉnh … phấn đấu đạt các chỉ tiêu sau:`, `d) Về hạ tầng số, nhân
/// lực số và an toàn thông tin mạng:`), or it is a short labelled title without a figure and
/// without a full stop (`a) Chính quyền số`), or such a title in capitals without a label
/// (`CHÍNH PHỦ SỐ`).
/// Bytes of the bullet `b` starts with (`-`, `+`, `*`, `•`, `◦`, `▪`, `–`), 0 for none.
fn bullet_len(b: &[u8]) -> usize {
    match b {
        [b'-' | b'+' | b'*', ..] => 1,
        // (pandoc's Markdown escapes a typed bullet: `\-`)
        [b'\\', b'-' | b'+' | b'*', ..] => 2,
        [0xE2, 0x80, 0xA2 | 0x93, ..] | [0xE2, 0x97, 0xA6, ..] | [0xE2, 0x96, 0xAA, ..] => 3,
        _ => 0,
    }
}

/// Could the fold of `t` hold `phu luc`? Tested on the bytes, without folding the line: `p`,
/// `h`, `l` and `c` fold only from themselves, and the vowel, the marks and the gap between the
/// two words are other bytes (ASCII `u`, non-ASCII, ASCII non-alphanumeric); never false when it does.
fn may_name_appendix(t: &[u8]) -> bool {
    let vowel = |x: &&u8| **x | 0x20 == b'u' || **x >= 0x80;
    memchr::memchr2_iter(b'l', b'L', t).any(|i| {
        let (before, after) = t.split_at(i);
        let u = after.iter().skip(1).take_while(vowel).count();
        let gap = before.iter().rev().take_while(|x| vowel(x) || !x.is_ascii_alphanumeric()).count();
        let head = before.iter().rev().skip(gap + 1).find(|x| **x < 0x80);
        u > 0
            && after.get(1 + u).is_some_and(|x| x | 0x20 == b'c')
            && gap >= 2
            && before.iter().rev().nth(gap).is_some_and(|x| x | 0x20 == b'h')
            && head.is_some_and(|x| x | 0x20 == b'p')
    })
}

fn is_structure(text: &str, labelled: bool) -> bool {
    let t = text.trim_end_ws();
    // a bare group line in capitals (`CHÍNH PHỦ SỐ`) is a title like a labelled one
    let capitals = || bullet_len(t.as_bytes()) == 0 && vn::has_letter(t) && vn::none_lower(t);
    let shape = t.ends_with(':') || ((labelled || capitals()) && !t.ends_with('.') && !t.ends_with(';') && t.split_ws().count() <= 8);
    // `Các chỉ tiêu khác chi tiết tại Phụ lục IV kèm theo`: a pointer to the target table
    let pointer = || {
        if !may_name_appendix(t.as_bytes()) {
            return false;
        }
        let f = vn::fold(t);
        let has = |words: &str| vn::contains(&f, words);
        has("chi tiet tai phu luc") || has("chi tiet theo phu luc") || has("tai phu luc") && has("kem theo")
    };
    // `Các chỉ tiêu trên là cơ sở để đánh giá …`, `Để đạt được các mục tiêu nêu trên, …`: a
    // remark on the targets above, none of them (`tre`, `trê`, `TRE`, `TRÊ` — what folds to
    // `tre` — rules out most lines unfolded: a long line is folded only when it may say `trên`)
    let remark = || {
        t.as_bytes()
            .windows(4)
            .any(|w| w[0] | 0x20 == b't' && w[1] | 0x20 == b'r' && (w[2] | 0x20 == b'e' || w[2] == 0xC3 && w[3] | 0x20 == 0xAA))
            && {
                let f = vn::fold(t);
                ["tieu tren", "neu tren", "noi tren"].iter().any(|w| vn::has_phrase(&f, w)) && !vn::has_phrase(&f, "tren dia ban")
            }
    };
    // `Năm 2027 là năm đầu tiên thực hiện …`, `Đây là năm …`: a sentence on the year (its
    // first five words say what the year is), the targets' context
    let context = || {
        t.split_once_str("là năm")
            .is_some_and(|(before, _)| (before.is_empty() || before.ends_with(' ')) && before.bytes().filter(|&b| b == b' ').count() <= 4)
    };
    // (the shape first: reading the figures of a line costs more)
    (shape || pointer() || remark() || context()) && !quantity::has_figure(t) && !quantity::has_day_or_month(t)
}

/// The statements of one line, or of one statement hard-wrapped over several (`pieces`: each
/// line and the byte it starts at): the text without its bullet, split at `;` when each part
/// says something on its own.
#[inline(never)] // (two callers: one copy in the wasm)
fn statements(doc: &Document, pieces: &[(usize, usize)], out: &mut Vec<Target>) {
    // the pieces joined by spaces, with where each starts in the joined text
    let mut text = String::new();
    let mut starts: Vec<(usize, usize, usize)> = Vec::new();
    for &(idx, from) in pieces {
        let Some(piece) = doc.lines.get(idx).and_then(|l| l.text.get(from..)) else { continue };
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push((text.len(), idx, from));
        text.push_str(piece);
    }
    if starts.is_empty() {
        return;
    }
    // struck-out text and what a correction replaces (`~~75%~~ 86%`, `88% (sửa thành: 92%)`)
    if let Some(undone) = vn::edits_undone(&text) {
        text = undone;
    }
    // text in square brackets is a reviewer's or editor's note (`[Sở Tài chính: năm 2025 mới
    // đạt 76%]`, a footnote's `[1]`), not the target's: blanked, its bytes kept in place
    if vn::has_byte(&text, b'[') {
        // (a space a byte, pushed: no `String::from_utf8` check in the wasm)
        let mut blanked = String::with_capacity(text.len());
        let mut open = false;
        for c in vn::chars(&text) {
            let was = open;
            open = (open || c == '[') && c != ']';
            if was || open {
                for _ in 0..c.len_utf8() {
                    blanked.push(' ');
                }
            } else {
                blanked.push(c);
            }
        }
        text = blanked;
    }
    let locate = |at: usize| {
        let k = starts.partition_point(|s| s.0 <= at).saturating_sub(1);
        let (start, idx, from) = starts[k];
        (idx, from + at.saturating_sub(start))
    };
    let parsed = crate::outline::label::parse(&text);
    let start = if parsed.bullet {
        let b = text.as_bytes();
        let mut at = 0;
        while let Some(rest) = b.get(at..) {
            match (bullet_len(rest), rest.first()) {
                (0, Some(b' ')) => at += 1,
                (0, _) => break,
                (n, _) => at += n,
            }
        }
        at
    } else if parsed.label.is_some() {
        parsed.title_start
    } else {
        crate::label::sub_label_len(text.as_bytes())
    };
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = start;
    // a `;` inside brackets (`85% (chỉ tiêu quốc gia: 90%; tỉnh miền núi)`) splits nothing
    let mut depth = 0u32;
    for (i, c) in vn::char_indices(&text[start..]) {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ';' if depth == 0 => {
                parts.push((s, start + i));
                s = start + i + 1;
            }
            _ => {}
        }
    }
    parts.push((s, text.len()));
    // a part too short to stand alone stays with the one before it
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in parts {
        // (fewer than three words: not counted past the third)
        let few = text[a..b].split_ws().nth(2).is_none();
        // `cấp huyện 100%` says no subject of its own: it continues the part before it (the
        // first word that is no filler says it has one)
        let says_own = || vn::words(&vn::fold(&text[a..b])).any(|w| !indicators::is_filler(w) && !w.bytes().all(|c| c.is_ascii_digit()));
        match merged.last_mut() {
            Some(last) if few || !says_own() => last.1 = b,
            _ => merged.push((a, b)),
        }
    }
    for (a, b) in merged {
        let raw = &text[a..b];
        let trimmed = raw.trim_ws().trim_end_of(b".,").trim_end_ws();
        // nothing that folds to a letter or digit (an ASCII one says so without folding)
        if !trimmed.bytes().any(|b| b.is_ascii_alphanumeric()) && vn::fold(trimmed).is_empty() {
            continue;
        }
        let a = a + (raw.len() - raw.trim_start_ws().len());
        let b = a + trimmed.len();
        // the statement is shown on its first line: from its start to its end or that line's
        let (line, from) = locate(a);
        let (end_line, end) = locate(b);
        let to = if end_line == line { end } else { doc.lines.get(line).map_or(from, |l| l.text.len()) };
        out.push(target_at(line, from, to, trimmed, false, &|at| locate(a + at)));
    }
}

/// A line that reports the year before the plan's, not a target: it opens with a date of an
/// earlier year (`Năm 2026, tỷ lệ … đạt 52%; …`, `Kết quả năm 2026: …`, `Tính đến hết năm
/// 2026, …`) and has no figure after a date of the plan's year (`… Năm 2027, tỉnh phấn đấu:`
/// ends it; `Năm 2026 đạt 52%, năm 2027 đạt 90%` is a target). (A date is in digits: a line
/// without one in its first 40 bytes is not read.)
fn reports_past(text: &str, plan_year: u16) -> bool {
    if !text.bytes().take(40).any(|b| b.is_ascii_digit()) {
        return false;
    }
    let dates = quantity::dates(text);
    let Some(first) = dates.first() else { return false };
    let opens = text.get(..first.from).is_some_and(|h| h.split_ws().filter(|w| vn::has_letter(w)).nth(4).is_none());
    let now = dates.iter().find(|d| d.until >= plan_year).map_or(text.len(), |d| d.from);
    first.until < plan_year && opens && !text.get(now..).is_some_and(quantity::has_figure)
}

/// A sub-heading over last year's results (`1. Kết quả thực hiện năm 2026`, `Kết quả năm 2026:`,
/// `Đánh giá kết quả năm 2026`): it starts so and names only years before the plan's.
fn past_results(text: &str, plan_year: u16) -> bool {
    let title = text.get(crate::outline::label::parse(text).title_start..).unwrap_or(text);
    // (the phrases fold from at most 12 characters: a long line's start alone is folded, once)
    let head = vn::first_chars(title, 12);
    vn::may_fold_to_start(title, b"kdt")
        && {
            let f = vn::fold(head);
            ["ket qua", "danh gia", "tinh hinh"].iter().any(|w| f.starts_with(*w))
        }
        && {
            let d = quantity::dates(text);
            !d.is_empty() && d.iter().all(|d| d.until < plan_year)
        }
}

/// A labelled line without a bullet, a figure, a date or a closing `.`/`;`, followed by a bullet
/// line or a sub-labelled one (`a.1) …`): the title of the list below it, however long (`a) Khoa
/// học, công nghệ và đổi mới sáng tạo` above `- Chi cho … đạt 3% …`), not a target. (The current line's bullet and the next
/// line's first byte rule out most lines before the label is parsed.)
fn heads_a_list(text: &str, next: Option<&str>) -> bool {
    let t = text.trim_end_ws();
    bullet_len(t.as_bytes()) == 0
        && next.is_some_and(|n| bullet_len(n.trim_start_ws().as_bytes()) > 0 || crate::label::sub_label_len(n.as_bytes()) > 0)
        && !t.ends_with('.')
        && !t.ends_with(';')
        && crate::outline::label::parse(t).label.is_some()
        && !quantity::has_figure(t)
        && !quantity::has_day_or_month(t)
}

/// A PDF copy's page foot between two lines of the body: its page number (`4`), or a footnote
/// run into the text (`3 Quyết định số 411/QĐ-TTg … 30% GDP đến năm 2030.`: its number, not
/// zero-padded as a count is, a space and a capital, on the line above the page number). Not a
/// target. (Tests the first bytes of the line and of the next one: O(1).)
fn at_page_foot(text: &str, next: Option<&str>) -> bool {
    let page = |t: &str| (1..=3).contains(&t.trim_ws().len()) && t.trim_ws().bytes().all(|b| b.is_ascii_digit());
    let b = text.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    page(text)
        || (1..=2).contains(&n)
            && b.first() != Some(&b'0')
            && b.get(n) == Some(&b' ')
            && text.get(n + 1..).and_then(vn::first_char).is_some_and(|c| vn::is_letter(c) && !vn::is_lower(c))
            && next.is_some_and(page)
}

/// A line that carries on the statement above it, hard-wrapped (web and PDF copies): the line
/// above ends without punctuation, and this one is no bullet or numbered item and starts in
/// lower case, or is only the figure (`60%.`). A PDF copy may break a line before the dash of a
/// compound (`… tăng trưởng kinh tế` / `- xã hội của tỉnh.`): a dash and a word in lower case
/// without a figure or a date, under a long line (cut at the page's width) left open, carry it on.
fn continues(above: &str, text: &str) -> bool {
    let open = !matches!(above.trim_end_ws().as_bytes().last(), Some(b'.' | b';' | b':' | b'!' | b'?'));
    // (a long line: 72 bytes, some 60 characters of Vietnamese)
    if open && text.as_bytes().starts_with(b"- ") && text.get(2..).and_then(vn::first_char).is_some_and(vn::is_lower) {
        return above.len() >= 72 && !quantity::has_figure(text) && !quantity::has_day_or_month(text);
    }
    let parsed = crate::outline::label::parse(text);
    let first = vn::first_char(text);
    let lower = first.is_some_and(|c| vn::is_letter(c) && vn::to_lower(c) == c);
    let bare_figure =
        text.trim_end_of(b".; ").trim_end_of(b"%").trim_end_ws().bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && first.is_some_and(|c| c.is_ascii_digit());
    open && !parsed.bullet && parsed.label.is_none() && (lower || bare_figure) && crate::label::sub_label_len(text.as_bytes()) == 0
}

/// A target at bytes `from..to` of its line; figure and date ranges are made line-relative.
fn target(line: usize, from: usize, to: usize, text: &str, from_table: bool) -> Target {
    target_at(line, from, to, text, from_table, &|at| (line, from + at))
}

/// A target whose text is `text`; `locate` maps a byte of the text to its line and its byte in
/// that line (a statement hard-wrapped over several lines reads as one).
fn target_at(line: usize, from: usize, to: usize, text: &str, from_table: bool, locate: &dyn Fn(usize) -> (usize, usize)) -> Target {
    let mut dates = quantity::dates(text);
    dates.extend(quantity::roman_quarters(text));
    let mut figures = quantity::figures(text);
    let spans: Vec<(usize, usize)> = figures.iter().map(|f| (f.from, f.to)).collect();
    let scopes = indicators::bind_levels(text, &spans);
    let place = |from: &mut usize, to: &mut usize| {
        let (l, a) = locate(*from);
        let (l2, b) = locate(*to);
        (*from, *to) = (a, if l2 == l { b } else { a });
        l
    };
    let figure_lines = figures.iter_mut().map(|f| place(&mut f.from, &mut f.to)).collect();
    let date_lines = dates.iter_mut().map(|d| place(&mut d.from, &mut d.to)).collect();
    Target { line, from, to, text: text.owned(), figures, figure_lines, dates, date_lines, spans, matches: Vec::new(), scopes, from_table }
}

/// Rows of a target table: `STT | Chỉ tiêu | Đơn vị | … | Kế hoạch 2024`, or one value column
/// per level (`Cấp tỉnh | Cấp huyện | Cấp xã`). The unit is the row's unit column, else a unit
/// the header or the name writes in brackets (`Mục tiêu năm 2024 (%)`, `… (%)`).
fn table_targets(t: &Table, plan_year: u16, out: &mut Vec<Target>) {
    let Some((h, header)) = t.rows.iter().enumerate().take(3).find(|(_, r)| r.cells.iter().any(|c| is_name_header(&c.text))) else {
        return;
    };
    // a second header row: one column per level under `Kế hoạch 2024`, or the units
    let merged;
    let (header, first_row) = match t.rows.get(h + 1).filter(|r| {
        r.cells.iter().any(|c| c.text.is_empty())
            && r.cells.iter().all(|c| !c.text.bytes().any(|b| b.is_ascii_digit()) || vn::contains(&c.text, "20"))
            && r.cells.iter().any(|c| !indicators::level_mentions(&c.text).is_empty())
    }) {
        Some(sub) => {
            merged = table::merge_header_rows(header, sub);
            (&merged, h + 2)
        }
        None => (header, h + 1),
    };
    let name_col = header.cells.iter().position(|c| is_name_header(&c.text));
    let unit_col = header.cells.iter().position(|c| vn::fold(&c.text).starts_with("don vi"));
    // one column per level, or the last column naming the plan year (`Thực hiện năm 2023 |
    // Kế hoạch năm 2024 | Mục tiêu năm 2025`), or the last that speaks of a plan, a target or a year
    let level_cols: Vec<(usize, u8)> = header
        .cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let m = indicators::level_mentions(&c.text);
            (m.len() == 1 && vn::fold(&c.text).split_str(" ").count() <= 7).then(|| (i, m[0].1))
        })
        .collect();
    let value_cols: Vec<(usize, u8)> = if level_cols.len() >= 2 {
        level_cols
    } else {
        let year = crate::message::string(&plan_year);
        let plan_col = header.cells.iter().enumerate().rposition(|(i, c)| Some(i) != name_col && vn::contains(&c.text, &year));
        plan_col
            .or_else(|| {
                header.cells.iter().rposition(|c| {
                    let f = vn::fold(&c.text);
                    vn::contains(&f, "ke hoach")
                        || vn::contains(&f, "muc tieu")
                        || vn::contains(&f, "chi tieu nam")
                        || f.split_str(" ").any(|w| w.len() == 4 && w.starts_with("20"))
                })
            })
            .map(|i| (i, 0))
            .into_iter()
            .collect()
    };
    let Some(name_col) = name_col else { return };
    if value_cols.is_empty() || value_cols.iter().any(|&(c, _)| c == name_col) {
        return;
    }
    let header_percent = value_cols.iter().any(|&(c, _)| header.cells.get(c).is_some_and(|x| vn::has_byte(&x.text, b'%')));
    // a column of deadlines (`Thời hạn hoàn thành`: `Quý III/2027`, `30/6/2027`, `Năm 2027`)
    let deadline_col = header.cells.iter().position(|c| {
        let f = vn::fold(&c.text);
        f.starts_with("thoi han") || f.starts_with("thoi gian hoan thanh")
    });
    for row in t.rows.get(first_row..).unwrap_or(&[]) {
        let Some(name) = row.cells.get(name_col) else { continue };
        let stt = row.cells.first().map(|c| c.text.as_str()).unwrap_or("");
        let values: Vec<&str> = value_cols.iter().map(|&(c, _)| row.cells.get(c).map_or("", |x| x.text.as_str())).collect();
        if name.text.is_empty() || is_group_row(stt, &name.text, &values) {
            continue;
        }
        let unit = unit_col.and_then(|u| row.cells.get(u)).map(|c| c.text.trim_ws()).unwrap_or("");
        let percent = unit == "%" || (unit.is_empty() && (header_percent || vn::contains(&name.text, "(%)")));
        let mut tg = target(row.line, name.from, name.to, &name.text, true);
        tg.figures.clear();
        tg.figure_lines.clear();
        tg.spans.clear();
        tg.scopes.clear();
        tg.dates.clear();
        tg.date_lines.clear();
        for (&(col, scope), value) in value_cols.iter().zip(&values) {
            let bare = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','));
            // a bare number takes the unit of its row or header: `%`, `Lớp`, `Doanh nghiệp`
            let value_text = if bare && percent {
                fill!("{}%", value)
            } else if bare && !unit.is_empty() && unit != "%" {
                fill!("{} {}", value, unit)
            } else {
                value.owned()
            };
            // the figures are in the value cell: point at it
            let (cf, ct) = row.cells.get(col).map_or((name.from, name.to), |c| (c.from, c.to));
            for mut f in quantity::figures(&value_text) {
                (f.from, f.to) = (cf, ct);
                tg.figures.push(f);
                tg.figure_lines.push(row.line);
                tg.scopes.push(scope);
            }
            for mut d in quantity::dates(&value_text) {
                (d.from, d.to) = (cf, ct);
                tg.dates.push(d);
                tg.date_lines.push(row.line);
            }
        }
        // (a period, `2026-2027`, is when the work runs, not a deadline)
        if let Some(c) = deadline_col.and_then(|c| row.cells.get(c)) {
            for mut d in quantity::dates(&c.text).into_iter().filter(|d| d.until == d.year) {
                (d.from, d.to, d.deadline) = (c.from, c.to, true);
                tg.dates.push(d);
                tg.date_lines.push(row.line);
            }
        }
        // a level named in the row's own name (`Tỷ lệ hồ sơ công việc cấp xã …`)
        let own = indicators::bind_levels(&name.text, &[(name.text.len(), name.text.len())]);
        for s in &mut tg.scopes {
            if *s == 0 {
                *s = own.first().copied().unwrap_or(0);
            }
        }
        out.push(tg);
    }
}

/// A group row of a target table (`A | CHÍNH QUYỀN SỐ`, `I | Kinh tế số`): no value, and a
/// letter or Roman numeral for its number, or a name in capitals.
fn is_group_row(stt: &str, name: &str, values: &[&str]) -> bool {
    let stt = stt.trim_ws().trim_end_of(b".");
    if crate::outline::label::roman_value(stt).is_some() {
        return true;
    }
    let letter = stt.len() == 1 && stt.bytes().all(|b| b.is_ascii_uppercase());
    let capitals = vn::has_letter(name) && vn::none_lower(name);
    values.iter().all(|v| v.trim_ws().is_empty()) && (letter || capitals || stt.is_empty())
}

fn is_name_header(text: &str) -> bool {
    let f = vn::fold(text);
    f.starts_with("chi tieu") || f.starts_with("ten chi tieu") || f.starts_with("noi dung") || f == "muc tieu"
}

fn match_indicators(t: &mut Target, level: Option<Level>) {
    let n = t.figures.len();
    // what the whole statement names, per unit, found once
    let mut whole: [Option<Vec<indicators::Match>>; 2] = [None, None];
    // where the words of a figure after a national one quoted start (see below)
    let mut carried = None;
    for i in 0..n {
        let unit = match t.figures[i].quantity {
            Quantity::Percent { .. } | Quantity::PercentRange { .. } => "%",
            Quantity::Rank { .. } => "rank",
            Quantity::Count { .. } => continue,
        };
        // the figure's own words: from the figure before it to the figure after it
        let (a, b) = if t.from_table {
            (0, t.text.len())
        } else {
            let start = if i == 0 { 0 } else { t.spans.get(i - 1).map_or(0, |s| s.1) };
            let end = t.spans.get(i + 1).map_or(t.text.len(), |s| s.0).min(t.text.len());
            (start.min(end), end)
        };
        let before = t.text.get(..t.spans.get(i).map_or(0, |s| s.0)).unwrap_or("");
        // `chỉ tiêu quốc gia năm 2027 là 92%, tỉnh phấn đấu đạt 94%`: the national figure quoted
        // is not the plan's; the indicator named before it is the next figure's
        if !t.from_table && is_national(before) {
            carried = carried.or(Some(a));
            continue;
        }
        let a = carried.take().unwrap_or(a).min(b);
        // `tăng ít nhất 20% …`: a rise, not the level an indicator measures (unless it measures a
        // rise: `năng suất lao động tăng 7%/năm`, `cắt giảm 10% thủ tục`)
        let change = is_change(before);
        let window = t.text.get(a..b).unwrap_or(&t.text);
        let scope = t.scopes.get(i).copied().unwrap_or(0);
        let slot = &mut whole[usize::from(unit == "rank")];
        let said = slot.get_or_insert_with(|| indicators::statement_candidates(&t.text, unit, level));
        for m in indicators::subject_matches(said, window, unit, level, scope) {
            if change && !measures_change(m.indicator) {
                continue;
            }
            t.matches.push((i, m.indicator, m.words));
        }
    }
    // `100% cơ quan cấp tỉnh và 90% UBND cấp xã sử dụng chữ ký số …`: a figure bound to a level
    // whose own few words name nothing shares what the next one measures (the words after the
    // last): it takes the next figure's indicators counted province-wide, where the best stands
    for i in (1..n).rev() {
        let short = || t.spans.get(i - 1..=i).is_some_and(|s| t.text.get(s[0].1..s[1].0).is_some_and(|w| w.split_ws().nth(8).is_none()));
        let same_unit = matches!(
            (&t.figures[i - 1].quantity, &t.figures[i].quantity),
            (Quantity::Percent { .. }, Quantity::Percent { .. }) | (Quantity::Rank { .. }, Quantity::Rank { .. })
        );
        if same_unit && t.scopes.get(i - 1).is_some_and(|&s| s != 0) && !t.matches.iter().any(|m| m.0 == i - 1) && short() {
            let shared: Vec<_> = t.matches.iter().filter(|m| m.0 == i && m.1.scope == 0).map(|m| (i - 1, m.1, m.2.clone())).collect();
            t.matches.extend(shared);
        }
    }
    keep_best_per_indicator(t);
}

/// Words that may stand between a verb and its figure (`tăng ít nhất 20%`, `giảm trên 30%`).
const BOUND_WORDS: &[&str] = &["it", "nhat", "toi", "thieu", "tren", "hon", "them", "khoang", "da", "len", "xuong", "den"];

/// The figure after `before` is a change (`tăng 20%`, `giảm ít nhất 30%`), not a level.
fn is_change(before: &str) -> bool {
    // the last few words only: bounded however long the statement
    let start = vn::last_chars_start(before, 48).unwrap_or(0);
    let f = vn::fold(before.get(start..).unwrap_or(before));
    let words: Vec<&str> = vn::words(&f).collect();
    let Some(k) = words.iter().rposition(|w| !BOUND_WORDS.contains(w)) else { return false };
    // folded, `nền tảng` and `hạ tầng` also end in `tang`
    let prev = k.checked_sub(1).and_then(|p| words.get(p)).copied();
    matches!(words[k], "tang" | "giam")
        && !matches!(prev, Some("nen" | "ha"))
        && !words.iter().rev().take(4).any(|&w| w == "len" || w == "xuong")
}

/// The figure after `before` is the national one quoted beside the plan's (`chỉ tiêu quốc gia
/// năm 2027 là 92%`), not a target of the plan.
fn is_national(before: &str) -> bool {
    // the last few words only: bounded however long the statement
    let start = vn::last_chars_start(before, 40).unwrap_or(0);
    let f = vn::fold(before.get(start..).unwrap_or(before));
    let Some(at) = vn::rfind(&f, "chi tieu quoc gia") else { return false };
    // the figure right after the phrase (only `năm 2027`, `là`, `:` or `(` between): `vượt chỉ
    // tiêu quốc gia, đạt 95%` and `chỉ tiêu quốc gia 90%, tỉnh đạt 95%` quote the plan's own
    // figure after it; `các chỉ tiêu quốc gia: 95% …` names the national targets, not one figure
    let between = f.as_bytes().get(at + "chi tieu quoc gia".len()..).unwrap_or_default().split(|b| matches!(b, b' ' | b':' | b'('));
    !f[..at].ends_with("cac ")
        && between.filter(|w| !w.is_empty()).all(|w| w == b"nam" || w == b"la" || w.len() == 4 && w.iter().all(u8::is_ascii_digit))
}

/// The indicator measures a rise or a cut (`Tỷ lệ tăng năng suất lao động`, `… được cắt giảm`);
/// the folded words also spell `nền tảng`, `tăng cường`, `giám sát`, which do not count.
fn measures_change(ind: &Indicator) -> bool {
    let f = vn::fold(&ind.name);
    let words: Vec<&str> = vn::words(&f).collect();
    words.iter().enumerate().any(|(k, &w)| {
        let (prev, next) = (k.checked_sub(1).and_then(|p| words.get(p)).copied(), words.get(k + 1).copied());
        (w == "tang" && prev != Some("nen") && next != Some("cuong")) || (w == "giam" && !matches!(next, Some("sat" | "doc" | "dinh")))
    })
}

/// A statement with several figures for one indicator (`từ 70% lên 80%`, `năm 2023 đạt 41,5%,
/// năm 2024 phấn đấu 60%`, `17,5% GRDP (năm 2023: 6,2%)`) aims at the best of them: the others
/// are where it starts from. Only that one is compared with the national value.
fn keep_best_per_indicator(t: &mut Target) {
    // figures bound to levels (`cấp tỉnh 100%, cấp xã 90%`) of an indicator split by level, or in
    // a table's columns, are each a target of their own
    if t.matches.len() < 2 || t.from_table {
        return;
    }
    let goal = |i: usize| -> Option<f64> {
        match t.figures.get(i)?.quantity {
            Quantity::Percent { value, comparator } if !matches!(comparator, Comparator::Le | Comparator::Lt) => Some(value),
            Quantity::PercentRange { low, .. } => Some(low),
            Quantity::Rank { value } => Some(-f64::from(value)),
            _ => None,
        }
    };
    // (only an indicator split by level: `…, riêng cấp xã đạt 85%` is an exception to a
    // statement's own target for an indicator counted province-wide, which its best stands for)
    let bound = |i: usize, ind: &Indicator| ind.scope != 0 && t.scopes.get(i).is_some_and(|&s| s != 0);
    // per indicator, its best figure: at most one entry per national indicator (a few dozen),
    // so linear in the statement's figures
    let mut best: Vec<(&str, f64, usize)> = Vec::new();
    for &(i, ind, _) in t.matches.iter().filter(|m| !bound(m.0, m.1)) {
        let value = goal(i).unwrap_or(f64::MIN);
        match best.iter_mut().find(|b| b.0 == ind.id) {
            Some(b) if value > b.1 => *b = (ind.id.as_str(), value, i),
            Some(_) => {}
            None => best.push((ind.id.as_str(), value, i)),
        }
    }
    t.matches.retain(|(i, ind, _)| bound(*i, ind) || best.iter().any(|b| b.0 == ind.id && b.2 == *i));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_national_figure_quoted_is_not_the_plans() {
        assert!(is_national("hài lòng: chỉ tiêu quốc gia năm 2027 là "));
        assert!(is_national("không thấp hơn 90% (chỉ tiêu quốc gia: "));
        assert!(is_national("thủ tục hành chính: chỉ tiêu quốc gia "));
        // the plan's own figure after the national phrase, and the national targets in general
        assert!(!is_national("hài lòng: chỉ tiêu quốc gia 90%, tỉnh đạt "));
        assert!(!is_national("hài lòng vượt chỉ tiêu quốc gia, đạt "));
        assert!(!is_national("(chỉ tiêu quốc gia 90%) đạt "));
        assert!(!is_national("hoàn thành các chỉ tiêu quốc gia: "));
        assert!(!is_national("trên hệ thống thông tin báo cáo quốc gia đạt "));
        assert!(!is_national("doanh nghiệp trên cả nước đạt "));
        assert!(!is_national("Tỷ lệ hồ sơ trực tuyến toàn trình đạt "));
    }

    #[test]
    fn a_rise_is_not_a_level() {
        assert!(is_change("Tăng ít nhất "));
        assert!(is_change("Giảm "));
        assert!(is_change("số doanh nghiệp tăng thêm "));
        assert!(!is_change("Nâng tỷ lệ người dân có tài khoản từ 70% lên "));
        assert!(!is_change("tăng tỷ lệ hồ sơ lên "));
        assert!(!is_change("Tăng cường sử dụng, đạt "));
        assert!(!is_change("100% nền tảng "));
        assert!(!is_change("doanh nghiệp hạ tầng "));
    }

    #[test]
    fn the_appendix_pre_test_never_misses_a_fold() {
        let nfd = "Chi tiết tại Phu\u{0323} lu\u{0323}c IV";
        for t in [
            "Các chỉ tiêu khác chi tiết tại Phụ lục IV kèm theo",
            "CHI TIẾT THEO PHỤ LỤC II",
            "(xem phụ-lục) và « PHỤ » LỤC",
            "tại Phu luc 2",
            nfd,
            "lllphụ  lục",
        ] {
            assert!(vn::contains(&vn::fold(t), "phu luc"), "{t}");
            assert!(may_name_appendix(t.as_bytes()), "{t}");
        }
        for t in ["nhân lực số phấn đấu đạt 80%", "phụ lục", "phu lục", "phụ lu", "phụ lụ c", "hụ lục"] {
            assert_eq!(may_name_appendix(t.as_bytes()), vn::contains(&vn::fold(t), "phu luc"), "{t}");
        }
    }

    #[test]
    fn a_general_aim_on_its_sub_headings_line_is_no_target() {
        assert_eq!(line_kind("1. Mục tiêu chung: phát triển y tế số, lấy người bệnh làm trung tâm, bảo đảm an toàn."), GENERAL_AIMS);
        assert_eq!(line_kind("a) Mục tiêu tổng quát: xây dựng chính quyền số."), GENERAL_AIMS);
        assert_eq!(line_kind("- Mục tiêu chung của tỉnh là 80% hồ sơ được xử lý trực tuyến toàn trình;"), STATEMENT);
        assert_eq!(line_kind("Mục tiêu chung đạt 80%: hồ sơ được xử lý trực tuyến toàn trình"), STATEMENT);
    }

    #[test]
    fn a_lead_in_states_no_figure_nor_day() {
        assert_eq!(GENERAL.iter().map(|g| g.len()).max(), Some(GENERAL_LONGEST));
        let long = "Thực hiện Nghị quyết số 71/NQ-CP của Chính phủ, phấn đấu đến năm 2025 tỉnh đạt các chỉ tiêu sau:";
        assert_eq!(line_kind(long), LEAD_IN);
        assert_eq!(line_kind("Trên cơ sở kết quả năm trước, tỉnh phấn đấu đến ngày 30/6/2025 đạt các chỉ tiêu sau:"), STATEMENT);
        assert_eq!(line_kind("Trên cơ sở kết quả năm trước, tỉnh phấn đấu đến 6/2025 đạt các chỉ tiêu sau:"), STATEMENT);
        assert_eq!(line_kind("Trên cơ sở kết quả năm trước, tỉnh phấn đấu đạt một trăm phần trăm các chỉ tiêu sau:"), STATEMENT);
        assert_eq!(line_kind("Trên cơ sở kết quả năm trước, tỉnh phấn đấu đạt 100% các chỉ tiêu sau:"), STATEMENT);
    }

    #[test]
    fn a_pdf_page_foot_is_no_target() {
        let note = "3 Quyết định số 411/QĐ-TTg ngày 31/3/2022 đặt mục tiêu kinh tế số chiếm 30% GDP đến năm 2030.";
        assert!(at_page_foot(note, Some("4")) && at_page_foot("4", Some("- Tỷ trọng kinh tế số đạt 21%.")) && at_page_foot("12", None));
        // a count at a line's start is zero-padded or lower case; a footnote not at a page's foot stays
        assert!(!at_page_foot("05 Trung tâm điều hành thông minh cấp xã đi vào hoạt động;", Some("4")));
        assert!(!at_page_foot("15 doanh nghiệp được hỗ trợ chuyển đổi số;", Some("4")));
        assert!(!at_page_foot(note, Some("- Tỷ trọng kinh tế số đạt 21%.")) && !at_page_foot(note, None));
        assert!(!at_page_foot("2026", None) && !at_page_foot("100%", None));
        // and in a plan: the targets around the page foot are read, the foot is not
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2026\nII. MỤC TIÊU\n- 100% xã có Tổ công nghệ số cộng đồng;\n{note}\n4\n- Tỷ trọng kinh tế số trong GRDP đạt 21%.\nIII. NHIỆM VỤ\nTriển khai.\n".replace("{note}", note);
        let report = crate::check(crate::Input::Text(&text), &crate::Options::default());
        let targets: Vec<&str> = report.targets.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(targets, ["100% xã có Tổ công nghệ số cộng đồng;", "Tỷ trọng kinh tế số trong GRDP đạt 21%"]);
    }

    #[test]
    fn a_pdf_line_broken_before_a_compounds_dash_goes_on() {
        let long = "- Tỷ trọng kinh tế số trong GRDP đạt 20%, góp phần thúc đẩy tăng trưởng kinh tế";
        assert!(continues(long, "- xã hội của tỉnh."));
        // a short item, an item closed by `;`, an item of its own with a figure: new items
        assert!(!continues("- tỷ lệ hài lòng đạt 90%", "- tỷ lệ hồ sơ trực tuyến toàn trình"));
        assert!(!continues(&[long, ";"].concat(), "- xã hội của tỉnh."));
        assert!(!continues(long, "- tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%;"));
        assert!(!continues(long, "- Xã hội số phát triển."));
    }

    #[test]
    fn a_reviewers_note_in_square_brackets_is_no_part_of_a_target() {
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2024\nII. MỤC TIÊU\n- Toàn trình đạt 85% [Sở Nội vụ: năm 2023 mới đạt 46%];\n- Số hóa sổ hộ tịch trước ngày 31/10/2024 [Sở Tư pháp: hạn cũ 30/6/2023];\n[Sở Khoa học và Công nghệ: đã tiếp thu ý kiến.]\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        // two targets, the notes' figure and day read in neither, the note's line none
        let read: Vec<(usize, Option<&str>)> = report.targets.iter().map(|t| (t.figures.len(), t.deadline.as_deref())).collect();
        assert_eq!(read, [(1, None), (0, Some("31/10/2024"))]);
        let rules = ["target.below-national", "target.deadline-outside-plan-year", "target.unquantified"];
        assert!(report.findings.iter().all(|f| !rules.contains(&f.rule)), "{:?}", report.findings);
    }

    #[test]
    fn the_changes_left_in_a_draft_are_read_as_they_leave_it() {
        // struck-out text (a figure, a whole target marked `[bỏ]`) and what a correction replaces
        let text = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nKẾ HOẠCH\nChuyển đổi số tỉnh Lào Cai năm 2027\nPhần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n- Toàn trình đạt ~~75%~~ 86%;\n- Hài lòng đạt 88% (sửa thành: 92%);\n- Hợp nhất hệ thống trước ngày 31/12/2026 (sửa thành: 30/9/2027);\n- ~~Phủ sóng 5G tới 100% ấp trước ngày 31/12/2028;~~ [bỏ]\n- Tỷ trọng kinh tế số trong GRDP đạt 21% (Sửa thành: 18%).\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let read: Vec<(usize, Option<&str>)> = report.targets.iter().map(|t| (t.figures.len(), t.deadline.as_deref())).collect();
        assert_eq!(read, [(1, None), (1, None), (0, Some("30/09/2027")), (1, None)]);
        let rules = ["target.below-national", "target.deadline-outside-plan-year", "target.unquantified"];
        let found: Vec<(&str, usize, usize)> =
            report.findings.iter().filter(|f| rules.contains(&f.rule)).map(|f| (f.rule, f.line, f.column)).collect();
        assert_eq!(found, [("target.below-national", 12, 54)], "{:?}", report.findings);
    }

    #[test]
    fn a_ministrys_common_targets_and_its_sectors_are_read() {
        // `1. Mục tiêu chung` holding the common (national) targets, `2. Mục tiêu của ngành` the
        // sector's: the first read where they name a national indicator, the second read all
        let text = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nKẾ HOẠCH\nChuyển đổi số năm 2027\nPhần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n1. Mục tiêu chung\nĐẩy mạnh chuyển đổi số toàn diện ngành.\n- Tỷ lệ hồ sơ công việc tại Bộ được xử lý trên môi trường mạng đạt 86%;\n2. Mục tiêu của ngành\n- Cơ sở dữ liệu đất đai có 95% thửa đất được số hóa;\n- Nâng cao chất lượng số liệu quan trắc;\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let mut targets: Vec<usize> = report.targets.iter().map(|t| t.line).collect();
        targets.sort_unstable();
        assert_eq!(targets, [9, 11, 12]);
        let rules = ["target.missing", "target.below-national", "target.unquantified"];
        let found: Vec<(&str, usize)> = report.findings.iter().filter(|f| rules.contains(&f.rule)).map(|f| (f.rule, f.line)).collect();
        assert_eq!(found, [("target.below-national", 9), ("target.unquantified", 12)], "{:?}", report.findings);
        assert_eq!(line_kind("2. Mục tiêu của ngành"), SPECIFIC_TARGETS);
        assert_eq!(line_kind("2. Mục tiêu đạt 80% hồ sơ toàn trình"), STATEMENT);
    }

    #[test]
    fn a_target_tables_deadline_column_is_read() {
        // the last column the deadline: a quarter, a day, a year; a period is no deadline
        let text = "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nKẾ HOẠCH\nChuyển đổi số tỉnh Đắk Lắk năm 2027\nPhần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\nSTT\tChỉ tiêu\tĐơn vị tính\tMục tiêu năm 2027\tThời hạn hoàn thành\n1\tTỷ trọng kinh tế số trong GRDP\t%\t21\tNăm 2027\n2\tHợp nhất Cổng dịch vụ công\tHệ thống\t01\tQuý I/2028\n3\tSố hóa hồ sơ\t%\t90\t30/6/2027\n4\tKho dữ liệu\tHệ thống\t01\t2026-2027\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let found: Vec<(&str, usize, usize)> =
            report.findings.iter().filter(|f| f.rule == "target.deadline-outside-plan-year").map(|f| (f.rule, f.line, f.column)).collect();
        assert_eq!(found, [("target.deadline-outside-plan-year", 10, 42)], "{:?}", report.findings);
    }

    #[test]
    fn a_note_under_the_targets_is_none_of_them() {
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n- Tỷ trọng kinh tế số trong GRDP đạt 21%;\n*Ghi chú: chỉ tiêu quốc gia theo Quyết định số 749/QĐ-TTg.\n\\*Ghi chú: theo Nghị quyết số 57-NQ/TW.\n(*) Lưu ý: số liệu ước đến hết năm 2026.\nGhi chú: các chỉ tiêu khác tại bảng dưới.\n- Lưu trữ điện tử 100% hồ sơ thủ tục hành chính.\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let targets: Vec<&str> = report.targets.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(targets, ["Tỷ trọng kinh tế số trong GRDP đạt 21%;", "Lưu trữ điện tử 100% hồ sơ thủ tục hành chính"]);
        assert!(report.findings.iter().all(|f| f.rule != "target.unquantified"), "{:?}", report.findings);
        assert!(
            is_note("* Ghi chú: …")
                && is_note("(*) Lưu ý")
                && is_note("(*) Chỉ tiêu Chính phủ giao tại Nghị quyết số 01/NQ-CP ngày 05/01/2024.")
                && !is_note("Ghi chép sổ sách")
                && !is_note("- Lưu trữ 100%")
                && !is_note("Ghi")
        );
    }

    #[test]
    fn a_tables_caption_and_a_later_years_aim_are_no_target_and_no_deadline() {
        // `(Chi tiết tại bảng dưới đây)` above the table captions it; `phấn đấu đến năm 2030
        // đạt 30%` beside the plan year's 20% is where the target heads; a later year alone
        // with one figure is still a deadline outside the plan year
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n- Tỷ trọng kinh tế số trong GRDP đạt 20%, phấn đấu đến năm 2030 đạt 30%;\n- Tỷ lệ người dân có danh tính số đạt 100% năm 2027, hướng tới 100% hộ gia đình có địa chỉ số vào năm 2030;\n- Hoàn thành Trung tâm dữ liệu tỉnh 100% trong năm 2028;\n(Chi tiết tại bảng dưới đây)\nSTT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2027\n1\tTỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình\t%\t85\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let found: Vec<(&str, usize)> = report
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("target.") && f.rule != "target.national-coverage")
            .map(|f| (f.rule, f.line))
            .collect();
        assert_eq!(found, [("target.deadline-outside-plan-year", 6)]);
    }

    #[test]
    fn a_levels_exception_is_compared_only_for_an_indicator_split_by_level() {
        // `hài lòng` (1.9, 90%) is counted province-wide: the statement's 95% stands for it;
        // `hồ sơ công việc` is split by level: the commune's 50% is its own target (3.5.3, 60%)
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n- Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính đạt 95%, riêng cấp xã đạt 85%;\n- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh đạt 100%, cấp xã đạt 50%.\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let below: Vec<(usize, usize)> =
            report.findings.iter().filter(|f| f.rule == "target.below-national").map(|f| (f.line, f.column)).collect();
        assert_eq!(below, [(5, 88)]);
    }

    #[test]
    fn figures_of_levels_written_one_after_another_share_what_the_last_measures() {
        // the 100% stands for 3.4 (counted province-wide) as the 90% does: the best is compared;
        // a lower best is still below
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n- 100% cơ quan nhà nước cấp tỉnh và 90% UBND cấp xã sử dụng chữ ký số trong văn bản điện tử;\n- 80% cơ quan cấp tỉnh và 70% UBND cấp xã sử dụng chữ ký số trong văn bản điện tử;\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let below: Vec<(usize, &str)> = report
            .findings
            .iter()
            .filter(|f| f.rule == "target.below-national")
            .map(|f| (f.line, f.actual.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(below, [(5, "80%")]);
    }

    #[test]
    fn a_remark_on_the_targets_above_is_none_of_them() {
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n- 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng;\nCác chỉ tiêu trên là cơ sở để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của các cơ quan, đơn vị.\nĐể đạt được các mục tiêu nêu trên, các sở, ngành phối hợp chặt chẽ.\n- Nâng cao chất lượng các mục tiêu trên địa bàn tỉnh;\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let vague: Vec<usize> = report.findings.iter().filter(|f| f.rule == "target.unquantified").map(|f| f.line).collect();
        assert_eq!(vague, [7]);
    }

    #[test]
    fn a_target_is_shown_as_the_draft_writes_it_notes_included() {
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2026\nII. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 76%[2];\n- Toàn trình đạt 85% [Sở Nội vụ: năm 2025 mới đạt 46%]; cấp xã đạt 80%;\n- Tỷ trọng kinh tế số đạt 20%[3].\n- Nâng cao nhận thức [Sở Nội vụ: chưa có số liệu];\nIII. NHIỆM VỤ\nTriển khai.\n";
        let report = crate::check(crate::Input::Text(text), &crate::Options::default());
        let shown: Vec<(&str, usize)> = report.targets.iter().map(|t| (t.text.as_str(), t.figures.len())).collect();
        // the notes' figures read in none (the same bytes, blanked, are what is read)
        assert_eq!(
            shown,
            [
                ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 76%[2];", 1),
                ("Toàn trình đạt 85% [Sở Nội vụ: năm 2025 mới đạt 46%]; cấp xã đạt 80%;", 2),
                ("Tỷ trọng kinh tế số đạt 20%", 1),
                ("Nâng cao nhận thức [Sở Nội vụ: chưa có số liệu];", 0),
            ]
        );
        // and a message quoting a target quotes the draft's text
        let f = report.findings.iter().find(|f| f.rule == "target.unquantified").expect("an unquantified target");
        assert!(f.message.contains("«Nâng cao nhận thức [Sở Nội vụ: chưa có số liệu];»"), "{}", f.message);
    }

    #[test]
    fn a_lettered_title_above_bullets_is_no_target() {
        let title = "a) Khoa học, công nghệ và đổi mới sáng tạo";
        assert_eq!(line_kind(title), STATEMENT); // too long for a title read alone
        assert!(heads_a_list(title, Some("- Chi cho khoa học, công nghệ đạt 3% tổng chi ngân sách;")));
        assert!(heads_a_list("2.1. Về hạ tầng số, nền tảng số và dữ liệu số phục vụ chính quyền hai cấp", Some("• 100% xã có cáp quang")));
        // a target, not a title: the next line is none of its items, or it states a figure, or it ends
        // a group's title above its items labelled `a.1)`, `a.2)`, which start items of their own
        let group = "a) Phục vụ chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ";
        assert!(heads_a_list(group, Some("a.1) 100% phiên họp của Chính phủ được tổ chức trên hệ thống;")));
        assert!(!continues(group, "a.1) 100% phiên họp của Chính phủ được tổ chức trên hệ thống;"));
        assert_eq!(crate::label::sub_label_len(b"b.12) T"), 6);
        assert_eq!(
            crate::label::sub_label_len(b"a.1.x") + crate::label::sub_label_len(b"a.123) x") + crate::label::sub_label_len(b"a) x"),
            0
        );
        // (three groups of long titles are no hard-wrapped text: each item read on its own)
        let text = "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nII. MỤC TIÊU\n{a}\na.1) 100% phiên họp được tổ chức trên hệ thống;\na.2) Đưa hệ thống báo cáo vào vận hành trước ngày 30/9/2027;\nb) Phục vụ người dân, doanh nghiệp trên môi trường số\nb.1) Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính đạt 92%;\nc) Chuyển đổi số nội bộ cơ quan và các đơn vị trực thuộc\nc.1) 100% công chức được bồi dưỡng kỹ năng số.\nIII. NHIỆM VỤ\nTriển khai.\n".replace("{a}", group);
        let report = crate::check(crate::Input::Text(&text), &crate::Options::default());
        let read: Vec<String> = report.targets.iter().map(|t| t.text.chars().take(6).collect()).collect();
        assert_eq!(read, ["100% p", "Đưa hệ", "Tỷ lệ ", "100% c"]);
        assert!(report.findings.iter().all(|f| f.rule != "target.unquantified"), "{:?}", report.findings);
        assert!(!heads_a_list(title, Some("b) Chuyển đổi số")));
        assert!(!heads_a_list(title, None));
        assert!(!heads_a_list("a) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%", Some("- cấp tỉnh: 90%;")));
        assert!(!heads_a_list("a) Nâng cao chất lượng dịch vụ công trực tuyến của các sở, ngành.", Some("- Cấp tỉnh")));
        assert!(!heads_a_list("a) Hoàn thành hợp nhất các hệ thống trước ngày 30/6/2026", Some("- Cấp tỉnh")));
        assert!(!heads_a_list("- Nâng cao chất lượng dịch vụ công trực tuyến của các sở, ngành", Some("- Cấp tỉnh")));
        assert!(!heads_a_list("Nâng cao chất lượng dịch vụ công trực tuyến của các sở, ngành", Some("- Cấp tỉnh")));
    }

    #[test]
    fn a_target_tables_figures_are_in_the_plan_years_column() {
        let read = |text: &str| {
            let doc = Document::from_text(text);
            let mut out = Vec::new();
            table_targets(&table::tables(&doc, 0, doc.lines.len())[0], 2024, &mut out);
            out.iter().flat_map(|t| t.figures.iter().map(|f| f.quantity.clone())).collect::<Vec<_>>()
        };
        let pct = |v: f64| quantity::Quantity::Percent { value: v, comparator: quantity::Comparator::Eq };
        let three = "STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tKế hoạch năm 2024\tMục tiêu năm 2025\n1\tTỷ lệ hồ sơ\t%\t46\t55\t80";
        assert_eq!(read(three), [pct(55.0)]);
        // (the name column naming the year is not the figures')
        assert_eq!(read("STT\tChỉ tiêu năm 2024\tĐơn vị\tKế hoạch\n1\tTỷ lệ hồ sơ\t%\t65"), [pct(65.0)]);
    }

    #[test]
    fn indicators_that_measure_a_change() {
        let by_id = |id: &str| indicators::all().iter().find(|i| i.id == id).unwrap();
        assert!(measures_change(by_id("4.21")));
        assert!(measures_change(by_id("1.10")));
        assert!(!measures_change(by_id("4.16"))); // `nền tảng`
        assert!(!measures_change(by_id("3.9"))); // `giám sát`
    }
}
