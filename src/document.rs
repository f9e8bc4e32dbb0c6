//! The document model every rule reads: the lines of the draft, normalised for matching, each
//! remembering where it stands in the original input so findings point at what the user sees.

use crate::vn::Bytewise;
use serde::Serialize;
use std::borrow::Cow;

/// One line (paragraph) of the draft. Offsets are `u32`: the input is at most
/// [`crate::ingest::MAX_TEXT_BYTES`] (wasm memory is 32-bit anyway).
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based line number in the original input (see [`Line::number`]), and in its top bit
    /// [`CELLS`] (a line number is below 2^31: [`crate::ingest::MAX_LINE_BREAKS`]).
    number: u32,
    /// The normalised text (NFC, plain spaces, no soft hyphens or zero-width characters), trimmed:
    /// borrowed from the input when normalisation only trimmed it (almost every line).
    pub text: Cow<'a, str>,
    /// Where `text` came from: the range of [`Document::maps`] holding (byte in `text`, byte in
    /// the original line) at each change point; empty when `text` is a plain trimmed copy
    /// starting at `lead` bytes into the line.
    map: (u32, u32),
    /// Byte offset of the line's first character in the original input.
    start: u32,
    /// Byte offset just past the line's last character (before its line break).
    end: u32,
    /// UTF-16 offset of `start` in the original input.
    start_utf16: u32,
}

/// The bit of [`Line::number`] saying the line has a tab or a `|` (see [`Facts::table_row`]): a
/// field of its own would make every line 8 bytes longer.
const CELLS: u32 = 1 << 31;
/// The bits of [`Line::number`] saying the text may have `ng ch` or `NG CH` (an amount in words'
/// `Bằng chữ`), and that it has a `(` ([`marks_and_brackets`], read with the line).
const MARK: u32 = 1 << 30;
const BRACKET: u32 = 1 << 29;

impl Line<'_> {
    /// Can this line be a table row: has it a tab or a `|`? (Known from reading it: most lines
    /// need not be split to see they are not rows.)
    pub fn has_cell_separator(&self) -> bool {
        self.number & CELLS != 0
    }

    /// 1-based line number in the original input.
    pub fn number(&self) -> usize {
        (self.number & !(CELLS | MARK | BRACKET)) as usize
    }

    /// May the text have `Bằng chữ` (any case), and has it a `(`? ([`marks_and_brackets`] of
    /// the text, read once with the line: most lines need no look for an amount in words.)
    pub fn spelling_marks(&self) -> (bool, bool) {
        (self.number & MARK != 0, self.number & BRACKET != 0)
    }

    /// Bytes before the text in its input line, when the text is the line trimmed: a borrowed
    /// text is a slice of the line in `source` (see [`normalise_line`]), so its place says it.
    fn lead(&self, source: &str) -> usize {
        match &self.text {
            Cow::Borrowed(t) => (t.as_ptr() as usize).saturating_sub(source.as_ptr() as usize + self.start as usize),
            Cow::Owned(_) => 0,
        }
    }

    fn has_map(&self) -> bool {
        self.map.0 < self.map.1
    }

    /// Original byte offset (absolute) of a byte offset inside `text`; `map` is the line's part of
    /// [`Document::maps`].
    fn original_offset(&self, source: &str, map: &[(u32, u32)], text_byte: usize) -> usize {
        let start = self.start as usize;
        if map.is_empty() {
            return start + self.lead(source) + text_byte;
        }
        let i = map.partition_point(|&(t, _)| t as usize <= text_byte);
        match i.checked_sub(1).and_then(|i| map.get(i)) {
            Some(&(t, o)) => {
                let delta = text_byte - t as usize;
                // inside a recomposed segment the mapping is to its start
                let next_o = map.get(i).map(|&(_, o)| o as usize);
                let o = o as usize + delta;
                start + next_o.map_or(o, |n| o.min(n))
            }
            None => start,
        }
        .min(self.end as usize)
    }
}

/// Where a finding points: 1-based line and column (in characters of the original line) and
/// a UTF-16 range into the original input, for `textarea.setSelectionRange`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
}

/// The draft as lines.
#[derive(Debug, Default)]
pub struct Document<'a> {
    pub lines: Vec<Line<'a>>,
    /// The input (borrowed: the caller keeps it for the whole check).
    source: &'a str,
    /// The maps of all lines, one after the other (see [`Line::map`]): one Vec, not one per line.
    maps: Vec<(u32, u32)>,
    /// For each input line longer than [`STRIDE`] (by line number, ascending): (byte offset into the line,
    /// characters before it, UTF-16 units before it) about every `STRIDE` bytes, so a span
    /// counts at most `STRIDE` bytes however many findings the line has.
    marks: Vec<(usize, Vec<Mark>)>,
}

/// A place in a long line: (byte offset into the line, characters before it, UTF-16 units before it).
type Mark = (u32, u32, u32);

/// Bytes between two marks of a long line.
const STRIDE: usize = 1024;

/// The marks of a long line (see [`Document::marks`]).
fn marks(raw: &str) -> Vec<Mark> {
    let (mut out, mut chars, mut units, mut next) = (Vec::new(), 0u32, 0u32, STRIDE);
    for (pos, c) in crate::vn::char_indices(raw) {
        if pos >= next {
            out.push((pos as u32, chars, units));
            next = pos + STRIDE;
        }
        chars += 1;
        units += c.len_utf16() as u32;
    }
    out
}

impl<'a> Document<'a> {
    /// Split `input` on LF, CRLF or CR and normalise each line. Linear in the input.
    pub fn from_text(input: &'a str) -> Document<'a> {
        // a long text's Vecs sized from the lines of its first [`SAMPLE`] bytes once they are read
        // (see [`lines_kept`]: no pass of its own over them)
        let short = input.len() <= SAMPLE;
        let mut build = Assembly::new(input, if short { lines_kept(input.as_bytes()).min(input.len() / 8 + 1) } else { SAMPLE / 32 });
        let mut sized = short;
        let mut at = Some(0);
        while let Some(start) = at {
            if !sized && start >= SAMPLE {
                sized = true;
                let lines = scaled(build.number - 1, start, input.len()).min(input.len() / 8 + 1);
                let more = lines.saturating_sub(build.lines.len());
                build.lines.reserve_exact(more);
                build.facts.reserve_exact(more);
            }
            // (the line's facts as values, not a [`ScannedLine`] built to be read once)
            let ((read, rebuilt, marks), text, next) = scan_text_line(input, start);
            build.push_read(read, rebuilt.as_deref(), marks.as_deref(), Some(text));
            at = next;
        }
        build.finish()
    }

    /// The same document as [`Document::from_text`] of `input`, assembled from `scanned`, the
    /// [`ScannedLine`]s of every input line of `input` in order (kept by an editing session, so a
    /// keystroke rescans only the lines it touched): no byte of a line is read again, only the
    /// hard-wrap joining runs over the whole text. Linear in the lines.
    pub fn from_scanned(input: &'a str, scanned: &[ScannedLine]) -> Document<'a> {
        // an editing session's document of its last check, patched where the edit since changed it
        if SESSION_MEMORY {
            if let Some(doc) = ASSEMBLED.with_borrow_mut(|a| a.as_mut().and_then(|a| a.patched(input, scanned))) {
                return doc;
            }
        }
        let mut build = Assembly::new(input, scanned.len());
        for line in scanned {
            build.push(line);
        }
        let doc = build.finish();
        if SESSION_MEMORY {
            ASSEMBLED.with_borrow_mut(|a| {
                if let Some(a) = a {
                    a.keep(&doc, scanned);
                }
            });
        }
        doc
    }

    /// The span of `text[from..to]` of line `idx` (byte offsets into the normalised text).
    pub fn span(&self, idx: usize, from: usize, to: usize) -> Span {
        let (idx, from, to) = self.place(idx, from, to);
        let Some(line) = self.lines.get(idx) else {
            return Span { line: 1, column: 1, start: 0, end: 0 };
        };
        let map = self.maps.get(line.map.0 as usize..line.map.1 as usize).unwrap_or(&[]);
        let a = line.original_offset(self.source, map, from);
        let b = line.original_offset(self.source, map, to).max(a);
        // count from the last mark before `a`, not from the line's start: linear in the findings
        let (mut from, mut chars, mut units) = (line.start as usize, 0, 0);
        if let Ok(k) = self.marks.binary_search_by_key(&line.number(), |(n, _)| *n) {
            let marks = &self.marks[k].1;
            let m = marks.partition_point(|&(pos, _, _)| from + pos as usize <= a);
            if let Some(&(pos, c, u)) = m.checked_sub(1).and_then(|m| marks.get(m)) {
                (from, chars, units) = (from + pos as usize, c as usize, u as usize);
            }
        }
        let prefix = self.source.get(from..a).unwrap_or("");
        let inner = self.source.get(a..b).unwrap_or("");
        let start = line.start_utf16 as usize + units + crate::vn::utf16_len(prefix);
        // a joined (hard-wrapped) line spans several lines of the input: the break before `a` says which
        let (number, column) = physical_position(line.number(), prefix);
        let column = if number == line.number() { chars + column } else { column };
        Span { line: number, column, start, end: start + crate::vn::utf16_len(inner) }
    }

    /// Bytes `from..to` of line `idx`, or, past its text, of the lines below it, read one after
    /// the other with one byte for each break (a table row going on over the lines a cell
    /// breaks, `table::tables`): the line they start on and their place in it.
    pub fn place(&self, mut idx: usize, mut from: usize, mut to: usize) -> (usize, usize, usize) {
        while let Some(len) = self.lines.get(idx).map(|l| l.text.len()).filter(|&len| from > len && idx + 1 < self.lines.len()) {
            (idx, from, to) = (idx + 1, from - len - 1, to.saturating_sub(len + 1));
        }
        (idx, from, to)
    }

    /// The span of a whole line's visible text.
    pub fn line_span(&self, idx: usize) -> Span {
        let len = self.lines.get(idx).map_or(0, |l| l.text.len());
        self.span(idx, 0, len)
    }

    /// A span at the very start of the input, for findings about the whole document.
    pub fn start_span(&self) -> Span {
        Span { line: 1, column: 1, start: 0, end: 0 }
    }
}

/// A document being put together from its input lines as read, in order (one code for both
/// readings: [`Document::from_text`] and [`Document::from_scanned`]).
struct Assembly<'a> {
    input: &'a str,
    lines: Vec<Line<'a>>,
    facts: Vec<Facts>,
    long: Vec<(usize, Vec<Mark>)>,
    maps: Vec<(u32, u32)>,
    /// Where the next input line starts: byte, UTF-16 unit, and its 1-based number.
    start: usize,
    utf16: usize,
    number: usize,
    /// What [`unwrap_hard_wrapped`] reads of the whole text, counted as the lines come (no pass of
    /// its own over them): the wraps of a line of at least [`MIN_WRAPPED_BYTES`], the width the
    /// text was cut at (its longest line that goes on), a page number seen; and the bytes of the
    /// last line's text. Each line's [`GOES_ON`] is set when the next comes.
    wraps: usize,
    width: usize,
    pages: bool,
    last_len: usize,
}

impl<'a> Assembly<'a> {
    fn new(input: &'a str, capacity: usize) -> Assembly<'a> {
        let (lines, facts) = (Vec::with_capacity(capacity), Vec::with_capacity(capacity));
        let (wraps, width, pages, last_len) = (0, 0, false, 0);
        Assembly { input, lines, facts, long: Vec::new(), maps: Vec::new(), start: 0, utf16: 0, number: 1, wraps, width, pages, last_len }
    }

    /// The next input line, as an editing session keeps it.
    fn push(&mut self, s: &ScannedLine) {
        self.push_read(s.read(), s.rebuilt.as_deref(), s.marks.as_deref(), None);
    }

    /// The next input line, as read (its facts, its rebuilt text and the marks of a long line
    /// apart: [`Document::from_text`] builds no [`ScannedLine`]); `text`, when known, its
    /// normalised text as a slice of the input when not rebuilt (else read again from its place).
    fn push_read(&mut self, s: Read, rebuilt: Option<&Rebuilt>, marks: Option<&[Mark]>, text: Option<&'a str>) {
        let (start, number, utf16) = (self.start, self.number, self.utf16);
        let end = start + s.len as usize;
        // UTF-16 length: one unit per character, two for the 4-byte ones, and the break's
        self.utf16 += s.units as usize + usize::from(s.brk);
        self.start = end + usize::from(s.brk);
        self.number += 1;
        if let Some(m) = marks {
            self.long.push((number, m.to_vec()));
        }
        // a run of blank lines is kept as its first: one blank separates paragraphs and
        // tables as well as a thousand, and 10 MB of line breaks would otherwise take
        // ~50 bytes of `Line` each (a text is empty exactly when it has no characters)
        if s.chars == 0 && self.facts.last().is_some_and(|f| f.chars == 0) {
            return;
        }
        let flag = |on: bool, bit: u32| if on { bit } else { 0 };
        let n = number as u32
            | flag(s.table_row, CELLS)
            | flag(s.wrap.flags & HAS_MARK != 0, MARK)
            | flag(s.wrap.flags & HAS_BRACKET != 0, BRACKET);
        let (st, en, u) = (start as u32, end as u32, utf16 as u32);
        let facts = Facts { table_row: s.table_row, chars: s.chars, wrap: s.wrap };
        // (a line starting with neither a lower-case letter nor a digit is gone on to by none, as
        // most are: [`goes_on`] not called)
        let may_go_on = s.wrap.flags & (STARTS_LOWER | STARTS_DIGIT) != 0;
        if let Some(prev) = self.facts.last_mut().filter(|prev| may_go_on && goes_on(**prev, facts)) {
            prev.wrap.flags |= GOES_ON;
            self.wraps += usize::from(self.last_len >= MIN_WRAPPED_BYTES);
            self.width = self.width.max(prev.chars as usize);
        }
        self.pages |= s.wrap.flags & PAGE != 0;
        let line = match rebuilt {
            None => {
                // (a slice of the input where its text starts: [`Line::lead`] reads that place)
                let from = start + s.lead as usize;
                let text = Cow::Borrowed(text.unwrap_or_else(|| self.input.get(from..from + s.kept as usize).unwrap_or("")));
                Line { number: n, start: st, end: en, start_utf16: u, text, map: (0, 0) }
            }
            Some((text, map)) => {
                let from = self.maps.len() as u32;
                self.maps.extend_from_slice(map);
                let text = Cow::Owned(text.clone());
                Line { number: n, start: st, end: en, start_utf16: u, text, map: (from, self.maps.len() as u32) }
            }
        };
        self.last_len = line.text.len();
        self.facts.push(facts);
        self.lines.push(line);
    }

    fn finish(self) -> Document<'a> {
        // (only lines of some length count as evidence: a list of short items is not a wrapped text)
        let (lines, maps) = if self.wraps >= MIN_WRAPS {
            unwrap_hard_wrapped(self.input, self.lines, self.facts, self.maps, self.width, self.pages)
        } else {
            (self.lines, self.maps)
        };
        Document { lines, source: self.input, maps, marks: self.long }
    }
}

/// An editing session's assembled document, kept from one check to the next without the borrow of
/// its text (line texts as places in it, joined and rebuilt texts owned), so that after an edit
/// [`Document::from_scanned`] assembles again only the lines around it: the input lines from the
/// one before the edit's first are read and joined again until a line starts a document line
/// where one started before the edit; the lines after are moved by the edit's lengths. The text
/// is joined ([`unwrap_hard_wrapped`]) by what it reads of the whole text (joined at all, the
/// width it was cut at, page numbers): read again on each check, and when it changed, or a page
/// number is left out, the whole document is assembled again. Used only inside [`with_assembled`]
/// (by `crate::session`), which says what the edit since the last check was.
#[derive(Default)]
pub struct Assembled {
    lines: Vec<KeptLine>,
    /// What the joining read of the whole text at the last check: joined at all, the width, a
    /// page number seen.
    joining: (bool, usize, bool),
    /// The edit since the last check (`None` after two, or none kept).
    change: Option<Change>,
    /// Whether the check under way assembled its document from scanned lines (else what is kept
    /// is not its document: a legacy-encoded text is converted and read whole).
    used: bool,
    /// Each input line's part in what the joining reads of the whole text ([`pair_of`]) at the
    /// last check, so that an edit reads again only its own lines' (not every pair of lines on
    /// each keystroke); empty when not known.
    pairs: Vec<u64>,
    /// What the joining reads of `pairs`, counted.
    tally: Tally,
    /// The input lines with marks ([`Document::marks`]: a line of over [`STRIDE`] bytes), in
    /// order, so that the document's are not looked for in every line at each check.
    long: Vec<usize>,
}

/// An edit of a session's text as its lines see it: input lines `first..first + old` became
/// `first..first + new`, `bytes` bytes and `units` UTF-16 units longer.
#[derive(Debug, Clone, Copy)]
pub struct Change {
    pub first: usize,
    pub old: usize,
    pub new: usize,
    pub bytes: isize,
    pub units: isize,
}

/// A document line kept by [`Assembled`]: a [`Line`] with its text as a place in its input line
/// (`lead`, `len`) or owned with its own map (`owned`: a rebuilt or joined text, a line in tens).
/// (Half a [`Line`]'s bytes beside it: the whole document is made of them again at each check.)
struct KeptLine {
    number: u32,
    start: u32,
    end: u32,
    start_utf16: u32,
    lead: u32,
    len: u32,
    owned: Option<Box<Rebuilt>>,
}

impl KeptLine {
    /// The document line this keeps, of `input`, its map (if any) put at the end of `maps`.
    fn line<'a>(&self, input: &'a str, maps: &mut Vec<(u32, u32)>) -> Line<'a> {
        let (text, map) = match &self.owned {
            None => {
                let from = (self.start + self.lead) as usize;
                (Cow::Borrowed(input.get(from..from + self.len as usize).unwrap_or("")), (0, 0))
            }
            Some(owned) => {
                let from = maps.len() as u32;
                maps.extend_from_slice(&owned.1);
                (Cow::Owned(owned.0.clone()), (from, maps.len() as u32))
            }
        };
        Line { number: self.number, text, map, start: self.start, end: self.end, start_utf16: self.start_utf16 }
    }
}

thread_local! {
    static ASSEMBLED: std::cell::RefCell<Option<Assembled>> = const { std::cell::RefCell::new(None) };
}

/// Run `f` (a check) with `assembled` lent to [`Document::from_scanned`], after `change` (the
/// session's one edit since the last check, `None` when unknown).
pub fn with_assembled<T>(assembled: &mut Assembled, change: Option<Change>, f: impl FnOnce() -> T) -> T {
    (assembled.change, assembled.used) = (change, false);
    let out = lend(&ASSEMBLED, assembled, f);
    if !assembled.used {
        assembled.lines.clear();
        assembled.pairs.clear();
    }
    out
}

impl Assembled {
    /// Keep `doc`, assembled whole from `scanned`.
    fn keep(&mut self, doc: &Document, scanned: &[ScannedLine]) {
        self.pairs.clear();
        self.pairs.extend(pairs_of(scanned, 0..scanned.len()));
        self.tally = Tally::of(&self.pairs);
        self.joining = self.tally.joining();
        self.lines.clear();
        self.long.clear();
        self.long.extend(doc.marks.iter().map(|(n, _)| n - 1));
        let map = |l: &Line| doc.maps.get(l.map.0 as usize..l.map.1 as usize).unwrap_or(&[]);
        self.lines.extend(doc.lines.iter().map(|l| kept_line(l, doc.source, map(l))));
    }

    /// The document of `input` (read as `scanned`) from the one kept, patched around the edit;
    /// `None` (and nothing kept) when it must be assembled whole.
    fn patched<'a>(&mut self, input: &'a str, scanned: &[ScannedLine]) -> Option<Document<'a>> {
        self.used = true;
        let change = self.change.take();
        let joining = self.rejoin(scanned, change);
        let patched =
            change.filter(|_| joining == self.joining && !joining.2 && !self.lines.is_empty()).and_then(|c| self.patch(input, scanned, c));
        if patched.is_none() {
            self.lines.clear();
            return None;
        }
        let mut maps = Vec::new();
        // (collected: sized once, no test of room per line)
        let lines = self.lines.iter().map(|k| k.line(input, &mut maps)).collect();
        // the long lines: those before the edit, its own read again, those after it moved
        if let Some(c) = change {
            let (a, b) = (self.long.partition_point(|&i| i < c.first), self.long.partition_point(|&i| i < c.first + c.old));
            let after: Vec<usize> = self.long.drain(a..).skip(b - a).map(|i| i + c.new - c.old).collect();
            self.long.extend((c.first..c.first + c.new).filter(|&i| scanned.get(i).is_some_and(|s| s.marks.is_some())));
            self.long.extend(after);
        }
        let marks = self.long.iter().filter_map(|&i| Some((i + 1, scanned.get(i)?.marks.clone()?))).collect();
        Some(Document { lines, source: input, maps, marks })
    }

    /// What the joining reads of the whole text now, [`Assembled::pairs`] read again only where
    /// `change` (the edit since the last check) changed them when it left as many lines (a
    /// keystroke inside a line): the pairs of its lines and the pair ending at its first line;
    /// else (a line break typed or deleted, less often, or the edit not known) all of them.
    fn rejoin(&mut self, scanned: &[ScannedLine], change: Option<Change>) -> (bool, usize, bool) {
        let pairs = &mut self.pairs;
        match change.filter(|c| c.old == c.new && c.first + c.new <= pairs.len() && pairs.len() == scanned.len()) {
            Some(c) => {
                let from = c.first.saturating_sub(1);
                for (slot, pair) in pairs.iter_mut().skip(from).zip(pairs_of(scanned, from..c.first + c.new)) {
                    self.tally.take_out(*slot);
                    self.tally.put(pair);
                    *slot = pair;
                }
                if self.tally.at_widest == 0 {
                    self.tally = Tally::of(pairs);
                }
            }
            None => {
                pairs.clear();
                pairs.extend(pairs_of(scanned, 0..scanned.len()));
                self.tally = Tally::of(pairs);
            }
        }
        self.tally.joining()
    }

    /// Whether [`Assembled::pairs`] are kept, and are those of `scanned` read whole.
    #[cfg(test)]
    pub(crate) fn pairs_agree(&self, scanned: &[ScannedLine]) -> bool {
        !self.pairs.is_empty() && self.pairs.iter().copied().eq(pairs_of(scanned, 0..scanned.len()))
    }

    /// Assemble the input lines around `change` again into the kept lines; `None` when that
    /// does not come back in step with the lines kept within a few lines.
    fn patch(&mut self, input: &str, scanned: &[ScannedLine], change: Change) -> Option<()> {
        if change.old == 0 && change.new == 0 {
            return Some(()); // no edit since
        }
        let (wrapped, width, _) = self.joining;
        // the document line holding the input line before the edit's first (its first input
        // line `s` and all before it are as they were, and so is whether `s` joins the line before)
        let before = change.first.saturating_sub(1);
        // (line numbers start at 1)
        let input_line = |k: &KeptLine| ((k.number & !FLAGS) as usize).saturating_sub(1);
        let p = self.lines.partition_point(|k| input_line(k) <= before).checked_sub(1)?;
        let s = input_line(self.lines.get(p)?);
        let (at, at_utf16) = (self.lines.get(p)?.start as usize, self.lines.get(p)?.start_utf16 as usize);
        let moved = change.new as isize - change.old as isize;
        // the kept document lines starting after the edit, each tried as the place the patch
        // comes back in step: assembled up to its first input line, which must start a line
        let after = self.lines.partition_point(|k| ((k.number & !FLAGS) as usize) <= change.first + change.old);
        for q in after..self.lines.len().min(after + 4) {
            let e = usize::try_from(input_line(self.lines.get(q)?) as isize + moved).ok()?;
            let count = (e + 1).checked_sub(s)?;
            let mut build = Assembly { start: at, utf16: at_utf16, number: s + 1, ..Assembly::new(input, count) };
            for line in scanned.get(s..=e)? {
                build.push(line);
            }
            let Assembly { lines, facts, maps, .. } = build;
            let (lines, maps) = if wrapped { join_wraps(input, lines, &facts, maps, width) } else { (lines, maps) };
            // in step: input line `e` starts the last document line
            if lines.last().is_none_or(|l| l.number() != e + 1) {
                continue;
            }
            let fresh = lines[..lines.len() - 1].iter().map(|l| {
                let map = maps.get(l.map.0 as usize..l.map.1 as usize).unwrap_or(&[]);
                kept_line(l, input, map)
            });
            let fresh: Vec<KeptLine> = fresh.collect();
            // as many document lines as before (a keystroke), put in place; else (a line break
            // typed or deleted, less often) assembled whole: moving the kept lines costs about as
            // much, and the code would weigh in the wasm
            if fresh.len() != q - p {
                return None;
            }
            for (slot, line) in self.lines.get_mut(p..q)?.iter_mut().zip(fresh) {
                *slot = line;
            }
            if moved != 0 || change.bytes != 0 || change.units != 0 {
                let shift = |x: u32, by: isize| (x as isize + by) as u32;
                for k in self.lines.get_mut(q..)? {
                    k.number = shift(k.number, moved);
                    k.start = shift(k.start, change.bytes);
                    k.end = shift(k.end, change.bytes);
                    k.start_utf16 = shift(k.start_utf16, change.units);
                }
            }
            return Some(());
        }
        None
    }
}

/// The bits of [`Line::number`] that are not the number.
const FLAGS: u32 = CELLS | MARK | BRACKET;

/// `line` as [`Assembled`] keeps it (`map`: its part of its document's maps).
fn kept_line(line: &Line, source: &str, map: &[(u32, u32)]) -> KeptLine {
    // (a text borrowed from the input has no map: it is the line trimmed)
    let (lead, len, owned) = match &line.text {
        Cow::Borrowed(t) if map.is_empty() => (line.lead(source) as u32, t.len() as u32, None),
        t => (0, 0, Some(Box::new((t.owned(), map.to_vec())))),
    };
    KeptLine { number: line.number, start: line.start, end: line.end, start_utf16: line.start_utf16, lead, len, owned }
}

/// What [`unwrap_hard_wrapped`] reads of the whole text to join its lines, counted from its
/// input lines' [`pair_of`]s (pairs of input lines: a blank line goes on and is gone on to by
/// nothing, so the runs of blank lines the document keeps as one change no pair): the wraps, the
/// pages, the widest line that goes on and how many are that wide. A pair is taken out or put in
/// as an edit changes it, so that a keystroke does not count every pair again (the widest is,
/// when the last that wide is taken out).
#[derive(Default, Clone, Copy, PartialEq)]
struct Tally {
    wraps: u64,
    pages: u64,
    widest: u64,
    at_widest: u64,
}

impl Tally {
    fn of(pairs: &[u64]) -> Tally {
        let mut t = Tally::default();
        for &pair in pairs {
            t.put(pair);
        }
        t
    }

    fn put(&mut self, pair: u64) {
        self.wraps += pair >> 1 & 1;
        self.pages += pair & 1;
        let width = pair >> 2;
        if width > self.widest {
            (self.widest, self.at_widest) = (width, 0);
        }
        self.at_widest += u64::from(width == self.widest);
    }

    fn take_out(&mut self, pair: u64) {
        self.wraps -= pair >> 1 & 1;
        self.pages -= pair & 1;
        self.at_widest -= u64::from(pair >> 2 == self.widest);
    }

    /// Whether the text is joined at all, the width it was cut at, whether a line is a page number.
    fn joining(self) -> (bool, usize, bool) {
        let wrapped = self.wraps >= MIN_WRAPS as u64;
        (wrapped, if wrapped { self.widest as usize } else { 0 }, wrapped && self.pages > 0)
    }
}

/// What [`Tally`] reads of input line `line` and the one after it, `next`: whether `line` is a
/// page number (bit 0), and when it goes on on `next` ([`goes_on`]), whether it is long enough to
/// count as a wrap (bit 1) and its characters (the bits above).
fn pair_of(line: &ScannedLine, next: Option<&ScannedLine>) -> u64 {
    let facts = |s: &ScannedLine| Facts { table_row: s.table_row, chars: s.chars, wrap: s.wrap };
    let page = u64::from(line.wrap.flags & PAGE != 0);
    if !next.is_some_and(|next| goes_on(facts(line), facts(next))) {
        return page;
    }
    let len = line.rebuilt.as_ref().map_or(line.kept as usize, |r| r.0.len());
    u64::from(line.chars) << 2 | u64::from(len >= MIN_WRAPPED_BYTES) << 1 | page
}

/// The [`pair_of`]s of the input lines `range` of `scanned`.
fn pairs_of(scanned: &[ScannedLine], range: std::ops::Range<usize>) -> impl Iterator<Item = u64> + '_ {
    range.filter_map(|i| Some(pair_of(scanned.get(i)?, scanned.get(i + 1))))
}

/// What [`Document::from_text`] reads of one input line, kept for [`Document::from_scanned`]: a
/// pure function of the line (and its line break), so an edit rescans only the lines it touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScannedLine {
    /// Bytes of the line, without its break.
    pub len: u32,
    /// Bytes of the break after it: 1 (LF or CR), 2 (CRLF), 0 for the input's last line.
    pub brk: u8,
    /// UTF-16 units of the line, without its break.
    pub units: u32,
    table_row: bool,
    /// Characters of the normalised text ([`Facts::chars`]).
    chars: u32,
    /// The normalised text as a slice of the line: bytes before it and its length (when not rebuilt).
    lead: u32,
    kept: u32,
    /// The rebuilt text and its map (relative to the line), when normalisation changed more than the edges.
    rebuilt: Option<Box<Rebuilt>>,
    /// The marks of a long line ([`Document::marks`]).
    marks: Option<Vec<Mark>>,
    /// What the wrap tests read of the normalised text.
    wrap: Wrap,
}

/// A line's normalised text when normalisation rebuilt it, and its map (see [`Line::map`]).
type Rebuilt = (String, Vec<(u32, u32)>);

/// The facts of a [`ScannedLine`] beside what it owns, as [`Assembly::push_read`] takes them
/// (values: a line read by [`Document::from_text`] is not put together in memory to be read back).
#[derive(Clone, Copy)]
struct Read {
    len: u32,
    brk: u8,
    units: u32,
    table_row: bool,
    chars: u32,
    lead: u32,
    kept: u32,
    wrap: Wrap,
}

impl ScannedLine {
    fn read(&self) -> Read {
        let ScannedLine { len, brk, units, table_row, chars, lead, kept, wrap, .. } = *self;
        Read { len, brk, units, table_row, chars, lead, kept, wrap }
    }
}

/// A line's [`Read`], its rebuilt text and the marks of a long line, what [`scan_line`] reads.
type Parts = (Read, Option<Box<Rebuilt>>, Option<Vec<Mark>>);

/// Split `text` into its input lines, each read as [`Document::from_text`] reads it. Linear.
pub fn scan_lines(text: &str) -> Vec<ScannedLine> {
    let mut out = Vec::with_capacity(lines_kept(text.as_bytes()).min(text.len() / 8 + 1));
    let mut start = 0;
    loop {
        let (line, next) = scan_next_line(text, start);
        out.push(line);
        match next {
            Some(n) => start = n,
            None => return out,
        }
    }
}

/// The input line of `text` starting at byte `start` (a line start), and where the next one
/// starts (`None` after the last line).
pub fn scan_next_line(text: &str, start: usize) -> (ScannedLine, Option<usize>) {
    let ((r, rebuilt, marks), _, next) = scan_text_line(text, start);
    let Read { len, brk, units, table_row, chars, lead, kept, wrap } = r;
    (ScannedLine { len, brk, units, table_row, chars, lead, kept, rebuilt, marks, wrap }, next)
}

/// [`scan_next_line`], and the line's normalised text as a slice of `text` when it is not rebuilt
/// (what [`Document::from_text`] borrows: not sliced again).
#[inline(always)]
fn scan_text_line(text: &str, start: usize) -> (Parts, &str, Option<usize>) {
    let bytes = text.as_bytes();
    let start = start.min(bytes.len());
    // (the scan finds the line's end: no pass of its own for the break)
    let (scan, end) = scan(text, start);
    let raw = text.get(start..end).unwrap_or("");
    let brk = match bytes.get(end) {
        None => 0,
        Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => 2,
        Some(_) => 1,
    };
    let (parts, kept) = scan_line(raw, scan, brk);
    (parts, kept, (brk > 0).then_some(end + usize::from(brk)))
}

/// The scan of the line `raw`, and its normalised text as a slice of it when not rebuilt (else empty).
#[inline(always)]
fn scan_line(raw: &str, scan: Scan, brk: u8) -> (Parts, &str) {
    let rebuilt = scan.rebuild.then(|| Box::new(rebuild_line(raw)));
    let (lead, text, chars, spelling, slice) = match &rebuilt {
        // (rare: the rebuilt text read again)
        Some(r) => (0, r.0.as_str(), crate::vn::char_count(&r.0), rebuilt_marks(r.0.as_bytes()), ""),
        // a slice of the line: its characters the line's less the spaces trimmed, its marks the
        // line's (no edge space is a letter of `ng ch` or a `(`)
        None => {
            let (lead, text) = trimmed(raw);
            let edges = |from: usize, to: usize| raw.get(from..to).map_or(0, crate::vn::char_count);
            let edges = if text.len() == raw.len() { 0 } else { edges(0, lead) + edges(lead + text.len(), raw.len()) };
            (lead, text, scan.chars - edges, scan.marks, text)
        }
    };
    let (kept, wrap) = (text.len() as u32, Wrap::of(text, spelling));
    let read = Read {
        len: raw.len() as u32,
        brk,
        units: (scan.chars + scan.astral) as u32,
        table_row: scan.table_row,
        chars: chars as u32,
        lead: lead as u32,
        kept,
        wrap,
    };
    ((read, rebuilt, (raw.len() > STRIDE).then(|| marks(raw))), slice)
}

/// About how many lines [`Document::from_text`] keeps, to size its Vecs once (no doubling and
/// copying on the way): one per LF, counted in the text's first 16 KiB only and scaled to its
/// length, a quarter more for slack (counting every LF of a long text cost ~1 % of a check in
/// the wasm, which has no SIMD; [`Document::from_text`] counts a long text's first lines as it
/// reads them, [`scaled`], and sizes its Vecs then: no pass of their own). A text whose lines get shorter after its start, or of CR-only
/// breaks, grows its Vecs instead; at most one line per 32 bytes is reserved, so a start of
/// short lines before long ones does not reserve many times the text's size.
fn lines_kept(b: &[u8]) -> usize {
    let head = b.get(..SAMPLE).unwrap_or(b);
    let lines = crate::vn::count_byte(head, b'\n') + 1;
    if head.len() == b.len() {
        return lines;
    }
    scaled(lines, SAMPLE, b.len())
}

/// The bytes [`lines_kept`] counts lines in.
const SAMPLE: usize = 16 * 1024;

/// [`lines_kept`] of a text of `len` bytes whose first `read` bytes (at least [`SAMPLE`]) hold `lines` lines.
fn scaled(lines: usize, read: usize, len: usize) -> usize {
    (lines * (len / 1024) / (read / 1024).max(1) * 5 / 4).min(len / 32)
}

/// Line and column in the original input of the end of `prefix`, which starts at line `first`
/// (an unwrapped line spans several lines of the input).
fn physical_position(first: usize, prefix: &str) -> (usize, usize) {
    // (the breaks are ASCII: looked for by their bytes, not character by character from the end)
    let Some(last_break) = prefix.as_bytes().iter().rposition(|&b| b == b'\n' || b == b'\r') else {
        return (first, crate::vn::char_count(prefix) + 1);
    };
    let b = prefix.as_bytes();
    let breaks = (0..=last_break).filter(|&i| b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n'))).count();
    (first + breaks, crate::vn::char_count(&prefix[last_break + 1..]) + 1)
}

/// Wraps (a line going on on the next one) that make a text hard-wrapped.
const MIN_WRAPS: usize = 3;
/// A wrapped line counted as evidence is at least this long (bytes).
const MIN_WRAPPED_BYTES: usize = 30;
/// Longest paragraph (bytes) built by joining wrapped lines.
const MAX_JOINED: usize = 20_000;

/// Text copied from a web page or a PDF is cut into lines near 80 characters: a sentence, a
/// target (`đạt` / `80% …`) or a reference (`Phụ` / `lục 1`) goes on on the next line. When a
/// text has such wraps, each is joined to its line, once, here, so every reader (outline,
/// targets, budget, appendix references) sees whole paragraphs; the joined line keeps a map
/// into the original lines, so positions stay exact. Run once the text is known to have such
/// wraps ([`Assembly`] counts them, and the width it was cut at, `width`: its longest line that
/// goes on in lower case; `pages`: a line is a page number); `facts` has each line's [`GOES_ON`].
fn unwrap_hard_wrapped<'a>(
    input: &str,
    mut lines: Vec<Line<'a>>,
    mut facts: Vec<Facts>,
    maps: Vec<(u32, u32)>,
    mut width: usize,
    pages: bool,
) -> (Vec<Line<'a>>, Vec<(u32, u32)>) {
    // a PDF copy's page number inside a sentence (`… có điện thoại` / `4` / `thông minh đạt
    // 90%`) is page furniture: left out, so the sentence is joined whole (its bytes fall outside
    // the joined line's map, so positions stay exact)
    // (most texts have no page number: no pass over their lines for it)
    let mut furniture: Vec<bool> = (0..if pages { lines.len() } else { 0 })
        .map(|i| {
            let seen = |i: usize| Seen { text: &lines[i].text, facts: facts[i] };
            i > 0
                && i + 1 < lines.len()
                && facts[i].wrap.flags & PAGE != 0
                // (`Trang 2/5` is page furniture wherever it stands; a bare `4` only inside a
                // sentence: elsewhere it may be a cell of a table copied one cell a line)
                && (matches!(lines[i].text.as_bytes().first(), Some(b'T' | b't'))
                    || !was_cut(facts[i].chars as usize, first_word_chars(&lines[i + 1].text) as usize, width)
                        && (goes_on(facts[i - 1], facts[i + 1]) || goes_on_when_cut(seen(i - 1), seen(i + 1), width)))
        })
        .collect();
    // (both mark lines beside a page number only: none without one)
    if pages {
        with_running_lines(&mut furniture, &lines, &facts);
        with_footnotes(&mut furniture, &lines, &facts);
    }
    if furniture.contains(&true) {
        let mut kept = furniture.iter().map(|&page| !page);
        lines.retain(|_| kept.next().unwrap_or(true));
        let mut kept = furniture.iter().map(|&page| !page);
        facts.retain(|_| kept.next().unwrap_or(true));
        width = wraps_between(&mut facts);
    }
    join_wraps(input, lines, &facts, maps, width)
}

/// Beside each `Trang 3/12` a PDF copy has the next page's bare number and the running footer
/// or header (`Kế hoạch số 298/KH-UBND ngày …`): page furniture too, or a footer lands in a
/// target (its date a deadline) and a page break splits a table. A neighbour of a `Trang` line
/// is furniture when it is a page number, or when its text stands beside at least half of the
/// `Trang` lines (two at least; the candidates are the first one's neighbours: linear).
fn with_running_lines(furniture: &mut [bool], lines: &[Line], facts: &[Facts]) {
    // (plain loops over bytes: this is in the core module, where every byte counts)
    let text = |i: usize| lines[i].text.as_bytes();
    // (a `Trang` line marked below, last of the text, is no anchor: it has no next line)
    let anchor =
        |f: &[bool], a: usize| a + 1 < f.len() && f[a] && facts[a].wrap.flags & PAGE != 0 && matches!(text(a).first(), Some(b'T' | b't'));
    let Some(first) = (1..furniture.len()).find(|&a| anchor(furniture, a)) else { return };
    let (before, after) = (text(first - 1), text(first + 1));
    let (mut anchors, mut with_before, mut with_after) = (0usize, 0usize, 0usize);
    for a in first..furniture.len() {
        if anchor(furniture, a) {
            anchors += 1;
            with_before += usize::from(text(a - 1) == before || text(a + 1) == before);
            with_after += usize::from(text(a - 1) == after || text(a + 1) == after);
        }
    }
    let running = |n: usize, t: &[u8]| n >= 2 && n * 2 >= anchors && !t.is_empty();
    let (before_runs, after_runs) = (running(with_before, before), running(with_after, after));
    let furniture_beside = |j: usize| facts[j].wrap.flags & PAGE != 0 || before_runs && text(j) == before || after_runs && text(j) == after;
    for a in first..furniture.len() {
        if anchor(furniture, a) {
            furniture[a - 1] |= furniture_beside(a - 1);
            furniture[a + 1] |= furniture_beside(a + 1);
        }
    }
}

/// A PDF copy keeps each page's footnotes at its foot (`² Năm 2023 tỉnh đạt 41%; … trước ngày
/// 31/12/2025.`, its mark a superscript digit) and the next page's number after them: page
/// furniture, or a note's figure and date land in the section the page ended in. A note is a
/// line starting with a superscript digit and a space, followed by notes and their wraps (lines
/// starting in lower case), then a page number.
#[inline(never)]
fn with_footnotes(furniture: &mut [bool], lines: &[Line], facts: &[Facts]) {
    let mut start = None;
    for (i, (line, f)) in lines.iter().zip(facts).enumerate() {
        // ¹ ² ³ (U+00B9, U+00B2, U+00B3), ⁰ ⁴…⁹ (U+2070, U+2074…U+2079), then a space
        if matches!(line.text.as_bytes(), [0xC2, 0xB2 | 0xB3 | 0xB9, b' ', ..] | [0xE2, 0x81, 0xB0 | 0xB4..=0xB9, b' ', ..]) {
            start = start.or(Some(i));
        } else if f.wrap.flags & PAGE != 0 {
            if let Some(notes) = start.and_then(|s| furniture.get_mut(s..=i)) {
                notes.fill(true);
            }
            start = None;
        } else if f.wrap.flags & (STARTS_LOWER | NUMBERED) != STARTS_LOWER {
            // (each line up to the page number a note or a note's wrap, in lower case)
            start = None;
        }
    }
}

/// The joining of [`unwrap_hard_wrapped`] once it knows the text is hard-wrapped, at `width`
/// (`facts` with each line's [`GOES_ON`]); also run by an editing session on the lines around an
/// edit ([`Assembled`]).
// (inlined where there is no session: the core module has only the one caller)
#[cfg_attr(not(feature = "live"), inline(always))]
fn join_wraps<'a>(
    input: &str,
    mut lines: Vec<Line<'a>>,
    facts: &[Facts],
    maps: Vec<(u32, u32)>,
    width: usize,
) -> (Vec<Line<'a>>, Vec<(u32, u32)>) {
    // joined in place: a line joined to the one before is left empty ([`Line::EMPTY`]: its number
    // 0) and the empty ones dropped at the end, once (a second Vec of lines would double the
    // document's peak; moving each line up as the joins leave gaps cost more)
    let mut joins = 0usize;
    // the last line kept, and the facts of its last input line (a joined line is never a table row)
    let mut last = None;
    let mut prev_facts = Facts { table_row: false, chars: 0, wrap: Wrap::default() };
    // the maps of the lines kept, in order (a joined line's grows at the end)
    let mut out_maps = Vec::with_capacity(maps.len());
    for (i, &facts) in facts.iter().enumerate().take(lines.len()) {
        // (the tests on the facts first: most pairs stop there, before a line's text is read; the
        // last line kept goes on on this one exactly when its last input line, `i - 1`, does)
        let join = last.is_some_and(|k: usize| {
            let text = |i: usize| lines.get(i).map_or("", |l: &Line| &l.text);
            let joined = if prev_facts.wrap.flags & GOES_ON != 0 {
                let (p, n) = (Seen { text: text(k), facts: prev_facts }, Seen { text: text(i), facts });
                !heading_then_figure(p, n, width) || goes_on_when_cut(p, n, width)
            } else {
                // (where it does not go on, the cut is tested once, before the texts are read)
                cut_here(prev_facts, facts, width) && cut_before(prev_facts, text(i), width) && goes_on_after_cut(text(k), text(i))
            };
            joined && text(k).len() + text(i).len() < MAX_JOINED
        });
        if let (true, Some(k)) = (join, last) {
            let (done, rest) = lines.split_at_mut(i);
            if let (Some(prev), Some(line)) = (done.get_mut(k), rest.first_mut()) {
                let line = std::mem::replace(line, Line::EMPTY);
                let map = maps.get(line.map.0 as usize..line.map.1 as usize).unwrap_or(&[]);
                // (`… bằng` / `chữ: …` joined makes a mark: read off the two texts here, at a join,
                // not off every line as it is read; the kept line ends as its last input line does)
                let (p, t) = (prev.text.as_bytes(), line.text.as_bytes());
                let lower = |b: &[u8], k: usize| b.get(k).map_or(0, |x| x | 0x20);
                let seam = p.len() >= 2
                    && lower(p, p.len() - 2) == b'n'
                    && lower(p, p.len() - 1) == b'g'
                    && lower(t, 0) == b'c'
                    && lower(t, 1) == b'h';
                prev.number |= line.number & (MARK | BRACKET) | if seam { MARK } else { 0 };
                prev.join(line, map, &mut out_maps, input);
                prev_facts = Facts { table_row: false, ..facts };
                joins += 1;
                continue;
            }
        }
        // (most lines have no map: theirs stays empty)
        if let Some(line) = lines.get_mut(i).filter(|l| l.has_map()) {
            let from = out_maps.len() as u32;
            out_maps.extend_from_slice(maps.get(line.map.0 as usize..line.map.1 as usize).unwrap_or(&[]));
            line.map = (from, out_maps.len() as u32);
        }
        last = Some(i);
        prev_facts = facts;
    }
    if joins > 0 {
        lines.retain(|l| l.number != 0);
    }
    (lines, out_maps)
}

/// Set each line's [`GOES_ON`] (whether it goes on on the next), and return the width the text
/// was cut at (see [`Assembly::width`]): a joined line ends as its last input line does, so it
/// goes on on the next line exactly when that input line does.
fn wraps_between(facts: &mut [Facts]) -> usize {
    let mut width = 0;
    for i in 0..facts.len() {
        let on = facts.get(i + 1).is_some_and(|&next| goes_on(facts[i], next));
        let f = &mut facts[i];
        f.wrap.flags = if on { f.wrap.flags | GOES_ON } else { f.wrap.flags & !GOES_ON };
        if on {
            width = width.max(f.chars as usize);
        }
    }
    width
}

/// A page number as PDF copies print it on a line of its own: `4`, `Trang 4`, `Trang 4/12`, `- 4 -`.
#[inline(never)]
fn is_page_number(text: &str) -> bool {
    // (most lines asked start with a letter or a bracket: a page number starts with a digit, the
    // `T` of `Trang`, a dash (`-`, `–`: E2) or a space (ASCII, or U+0085/U+00A0: C2, U+1680: E1 9A,
    // U+2000…U+205F: E2, U+3000: E3))
    if !matches!(text.as_bytes(), [b'0'..=b'9' | b'T' | b't' | b'-' | b'\t'..=b'\r' | b' ' | 0xC2 | 0xE2 | 0xE3, ..] | [0xE1, 0x9A, ..]) {
        return false;
    }
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // (a line in `T` that is not `Trang …`, as many are, `Tỷ lệ … năm 2025`, is no page number)
    let t = match text.as_bytes() {
        [b'T' | b't', ..] => match text.get(1..).and_then(|t| t.strip_prefix("rang ")) {
            Some(t) => t,
            None => return false,
        },
        _ => text,
    };
    let t = crate::vn::strip_dash(t).and_then(|t| t.strip_suffix("-").or_else(|| t.strip_suffix("–"))).map_or(t, crate::vn::trim);
    // (every line is asked: most fail here, at an ASCII byte that is none of a page number's
    // digits, spaces and `/`, before a search through them for a `/`)
    let other = |b: &u8| b.is_ascii() && !matches!(b, b'0'..=b'9' | b'/' | b'\t'..=b'\r' | b' ');
    if !t.trim_start_ws().as_bytes().first().is_some_and(u8::is_ascii_digit) || t.as_bytes().iter().any(other) {
        return false;
    }
    match t.split_once_str("/") {
        Some((page, of)) => digits(page.trim_ws()) && digits(of.trim_ws()),
        None => digits(t),
    }
}

/// What the wrap tests read of a line beside its text, from the scan of its input line.
#[derive(Clone, Copy)]
struct Facts {
    /// A row of a pasted table: cells separated by tabs or by `|`, with or without a `|` at its
    /// edges (`1 | Nâng cấp … | Sở TT&TT | NS tỉnh`). Prose has no `|`, so one is enough: joining
    /// two rows would lose the table, leaving a wrap unjoined only splits a sentence.
    table_row: bool,
    /// Characters of the (last input) line's normalised text.
    chars: u32,
    /// What the wrap tests read of the (last input) line's text: a joined line ends as its last
    /// input line does.
    wrap: Wrap,
}

/// What the wrap tests read of a line's normalised text, read once with the line (an editing
/// session keeps it with the line: not read again on a keystroke). The characters of its first
/// word ([`was_cut`]) are counted only where a cut is looked for, in a hard-wrapped text (most
/// drafts are not: their lines' first words are never counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Wrap {
    flags: u16,
}

/// [`Wrap::flags`]: the text starts with a lower-case letter, with an ASCII digit; it starts
/// with a number or bullet ([`crate::label::parse`], read only for a line starting with one of
/// those two); it ends a sentence (`.`, `;`, `:`, `!`, `?`, `…`); it ends with a lower-case letter.
const STARTS_LOWER: u16 = 1;
const STARTS_DIGIT: u16 = 2;
const NUMBERED: u16 = 4;
const ENDS_STOP: u16 = 8;
const ENDS_LOWER: u16 = 16;
/// [`Wrap::flags`] for [`Line::spelling_marks`]: [`marks_and_brackets`] of the text (joined lines
/// making `ng ch` across the join are seen by [`join_wraps`]).
const HAS_MARK: u16 = 32;
const HAS_BRACKET: u16 = 64;
/// [`Wrap::flags`]: the text is a page number ([`is_page_number`]); it ends a sentence for
/// [`goes_on_when_cut`] (`.`, `!`, `?`, `…`).
const PAGE: u16 = 512;
const ENDS_SENTENCE: u16 = 1024;
/// [`Facts::wrap`]'s flags only (never a scan's): the line goes on on the next one ([`goes_on`]),
/// set by [`Assembly::push`] when the next line comes, and by [`wraps_between`].
const GOES_ON: u16 = 2048;

impl Wrap {
    /// `marks` is [`marks_and_brackets`] of `text`.
    fn of(text: &str, marks: (bool, bool)) -> Wrap {
        let bit = |on: bool, bit: u16| if on { bit } else { 0 };
        let mut flags = bit(marks.0, HAS_MARK) | bit(marks.1, HAS_BRACKET);
        let b = text.as_bytes();
        let (Some(&first), Some(&end)) = (b.first(), b.last()) else { return Wrap { flags } };
        // (by bytes where a character is ASCII, as most first and last ones are: decoded only
        // where not)
        flags |= if first < 0x80 {
            bit(first.is_ascii_lowercase(), STARTS_LOWER) | bit(first.is_ascii_digit(), STARTS_DIGIT)
        } else {
            bit(crate::vn::first_char(text).is_some_and(crate::vn::is_lower), STARTS_LOWER)
        };
        // (a group's item `a.1) …` is numbered too: it does not carry on the group's title)
        if flags & (STARTS_LOWER | STARTS_DIGIT) != 0 && (crate::label::starts_labelled(text) || crate::label::sub_label_len(b) > 0) {
            flags |= NUMBERED;
        }
        // (`page`: every line is asked, and one that does not end in a digit, a dash or a space
        // is no page number)
        let (sentence, stop, lower, page) = if end < 0x80 {
            let sentence = matches!(end, b'.' | b'!' | b'?');
            let page = end.is_ascii_digit() || matches!(end, b'-' | b'\t'..=b'\r' | b' ');
            (sentence, sentence || matches!(end, b';' | b':'), end.is_ascii_lowercase(), page)
        } else {
            let last = crate::vn::last_char(text).unwrap_or(' ');
            (last == '…', last == '…', crate::vn::is_lower(last), last == '–' || crate::vn::is_space(last))
        };
        if page && is_page_number(text) {
            flags |= PAGE;
        }
        flags |= bit(stop, ENDS_STOP) | bit(lower, ENDS_LOWER) | bit(sentence, ENDS_SENTENCE);
        Wrap { flags }
    }
}

/// Characters of the first word of `text`, as `split_whitespace` finds it (0 without one), byte
/// by byte: a character is decoded only where a non-ASCII space can start.
fn first_word_chars(text: &str) -> u32 {
    let b = text.as_bytes();
    let mut chars = 0;
    for (i, &x) in b.iter().enumerate() {
        let space = match x {
            b'\t'..=b'\r' | b' ' => true,
            // U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000
            0xC2 | 0xE1..=0xE3 => {
                matches!((x, b.get(i + 1)), (0xC2, _) | (0xE1, Some(0x9A)) | (0xE2, Some(0x80 | 0x81)) | (0xE3, Some(0x80)))
                    && text.get(i..).and_then(crate::vn::first_char).is_some_and(crate::vn::is_space)
            }
            _ => false,
        };
        if space {
            if chars > 0 {
                break;
            }
            continue;
        }
        chars += u32::from(x & 0xC0 != 0x80);
    }
    chars
}

/// A line as the wrap tests see it.
#[derive(Clone, Copy)]
struct Seen<'a> {
    text: &'a str,
    facts: Facts,
}

/// Would the first word of the next line (`first` characters) have fitted on a line of `chars`
/// characters cut at `width`?
/// When it would not, the line was cut there (a greedy cut leaves a line at most a word short
/// of the width; 10% slack for the proportional fonts of PDF copies).
fn was_cut(chars: usize, first: usize, width: usize) -> bool {
    (chars + 1 + first).saturating_mul(10) > width.saturating_mul(9)
}

/// `a) Kết quả đạt được` / `95% hệ thống thông tin …`: a numbered or lettered line that was not
/// cut is a heading, and the figure opens its content.
fn heading_then_figure(line: Seen, next: Seen, width: usize) -> bool {
    next.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && crate::label::parse(line.text).label.is_some()
        && !was_cut(line.facts.chars as usize, first_word_chars(next.text) as usize, width)
}

/// Words that never end a sentence: a line ending in one goes on.
const CONNECTORS: [&str; 24] = [
    "của", "và", "với", "trên", "tại", "cho", "các", "những", "về", "theo", "từ", "đến", "được", "là", "đạt", "như", "trong", "thuộc",
    "qua", "bằng", "hoặc", "vào", "giữa", "để",
];

/// The wraps [`goes_on`] cannot see, where the next line starts in capitals: after a word that
/// never ends a sentence (`… trên` / `Cổng Dịch vụ công quốc gia`), with an abbreviation
/// (`… trên tổng số hồ sơ` / `TTHC đạt 60%`), or with the number of what the line ended by
/// naming (`… tại Phụ lục` / `IV kèm theo`); after a comma, or opening a bracket; and after a
/// colon or semicolon, in lower case or with a figure (`… môi trường mạng:` / `cấp tỉnh 100%, …`). Capitals also open paragraphs
/// and headings, and a colon or semicolon a list, so only when the line (of `chars`
/// characters) was cut there: the next word would not have fitted in the text's `width`.
fn goes_on_when_cut(line: Seen, next: Seen, width: usize) -> bool {
    cut_here(line.facts, next.facts, width) && cut_before(line.facts, next.text, width) && goes_on_after_cut(line.text, next.text)
}

/// [`goes_on_when_cut`] of the texts of two lines where the first was cut ([`cut_here`]).
fn goes_on_after_cut(line: &str, next: &str) -> bool {
    let mut words = next.split_ws();
    let Some(first) = words.next() else { return false };
    let goes_on = if matches!(line.as_bytes().last(), Some(b';' | b':')) {
        crate::vn::first_char(first).is_some_and(|c| crate::vn::is_lower(c) || c.is_ascii_digit())
    } else if line.ends_with(',') || first.starts_with('(') {
        // `… cấp tỉnh,` / `100% tại cấp huyện …`; `… môi trường mạng` / `(trừ hồ sơ mật)`
        true
    } else {
        let last = line.rsplit_str(" ").next().unwrap_or("");
        let word = first.trim_end_of(b",;.):");
        let capitals = || crate::vn::char_count(word) >= 2 && crate::vn::chars(word).all(crate::vn::is_upper);
        let mut abbreviation = || {
            capitals()
                && (word.len() < first.len() || words.next().and_then(crate::vn::first_char).is_some_and(crate::vn::is_lower))
                && crate::vn::last_char(line).is_some_and(|c| crate::vn::is_letter_or_digit(c) || c == '%' || c == ')')
        };
        let reference = || {
            (word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')) || word.bytes().all(|b| b.is_ascii_digit()))
                && matches!(crate::vn::fold(last).as_str(), "luc" | "muc")
        };
        let connector = || crate::vn::first_char(first).is_some_and(crate::vn::is_upper) && CONNECTORS.contains(&last);
        abbreviation() || reference() || connector()
    };
    goes_on && {
        let parsed = crate::label::parse(next);
        parsed.label.is_none() && !parsed.bullet
    }
}

/// The tests of [`goes_on_when_cut`] on the lines' facts first (most pairs stop there, before
/// either text is read): neither is a table row, `line` has text and does not end a sentence,
/// and it was cut before the first word of `next` (`next_text`: [`cut_before`]).
// (inlined: asked of almost every line of a hard-wrapped text, most answered by the facts)
#[inline(always)]
fn cut_here(line: Facts, next: Facts, width: usize) -> bool {
    // (a first word has at most its line's characters: when even those would have fitted, its
    // characters are not counted)
    !line.table_row
        && !next.table_row
        && line.chars != 0
        && line.wrap.flags & ENDS_SENTENCE == 0
        && was_cut(line.chars as usize, next.chars as usize, width)
}

/// The end of [`cut_here`]: `line` was cut before the first word of `next_text`.
fn cut_before(line: Facts, next_text: &str, width: usize) -> bool {
    let first_word = first_word_chars(next_text);
    first_word != 0 && was_cut(line.chars as usize, first_word as usize, width)
}

/// `next` is the rest of `line`'s sentence: `line` is not a table row and does not end a
/// sentence, and `next` starts in lower case, with no number or bullet of its own. (Read from
/// the lines' facts alone: a text is empty exactly when it has no characters.)
fn goes_on(line: Facts, next: Facts) -> bool {
    if line.table_row || next.table_row {
        return false;
    }
    let (a, b) = (line.wrap.flags, next.wrap.flags);
    if line.chars == 0 || next.chars == 0 || a & ENDS_STOP != 0 {
        return false;
    }
    // lower case goes on; so does a figure after a word (`… đạt` / `80% …`)
    let starts_word = b & STARTS_LOWER != 0;
    let starts_figure = b & STARTS_DIGIT != 0 && a & ENDS_LOWER != 0;
    (starts_word || starts_figure) && b & NUMBERED == 0
}

impl<'a> Line<'a> {
    /// A placeholder, for moving lines within their Vec.
    const EMPTY: Line<'static> = Line { number: 0, text: Cow::Borrowed(""), map: (0, 0), start: 0, end: 0, start_utf16: 0 };

    /// Append the next line of the input, read as the rest of this one (a space stands for the
    /// line break).
    /// `next_map` is `next`'s map; this line's is the end of `maps`, which the join extends.
    fn join(&mut self, next: Line<'a>, next_map: &[(u32, u32)], maps: &mut Vec<(u32, u32)>, input: &str) {
        let at = self.text.len();
        // (a line without a map has its own start at the end of `maps`)
        if !self.has_map() {
            self.map.0 = maps.len() as u32;
            maps.push((0, self.lead(input) as u32));
        }
        maps.push((at as u32, self.end - self.start));
        let delta = next.start - self.start;
        if next_map.is_empty() {
            maps.push(((at + 1) as u32, delta + next.lead(input) as u32));
        } else {
            maps.extend(next_map.iter().map(|&(t, o)| (t + at as u32 + 1, o + delta)));
        }
        self.map.1 = maps.len() as u32;
        match &mut self.text {
            // (pushed onto: a paragraph of many lines is not copied again at each)
            Cow::Owned(text) => {
                text.push(' ');
                text.push_str(&next.text);
            }
            Cow::Borrowed(text) => self.text = Cow::Owned(crate::message::concat(&[text, " ", &next.text])),
        }
        self.end = next.end;
    }
}

/// Whether `b` may have `ng ch` or `NG CH` (any case: a marker is then looked for exactly),
/// and whether it has a `(`: what [`scan`] finds of a line ([`Scan::marks`]).
#[cfg(test)]
pub fn marks_and_brackets(b: &[u8]) -> (bool, bool) {
    scan(std::str::from_utf8(b).unwrap_or_default(), 0).0.marks
}

/// [`marks_and_brackets`] of a rebuilt line's text (rare: byte by byte).
fn rebuilt_marks(b: &[u8]) -> (bool, bool) {
    let is = |x: u8, c: u8| x | 0x20 == c;
    let mark = b.windows(5).any(|w| is(w[0], b'n') && is(w[1], b'g') && w[2] == b' ' && is(w[3], b'c') && is(w[4], b'h'));
    (mark, crate::vn::find_byte(b'(', b).is_some())
}

/// A bit at the top of each byte of `x` that is a `(`, or a `c` or a `C` after `g ` and before
/// an `h` (either case) as far as the eight bytes tell (the bytes before and after them looked
/// at by [`look_marks`]) (exactly: no borrow between bytes): the `c`s inside and at the end of
/// words, and most starting one (`các`, `của`, `công`), are no `ng ch`.
fn chunk_hits(x: u64) -> u64 {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let zeros = |v: u64| !(((v & LOWS) + LOWS) | v) & !LOWS;
    let lower = x | (ONES * 0x20);
    // (a `c`, the space and `g` before it and the `h` after it tested as one byte: zero exactly
    // when all are; the first bytes' are zero for those before the eight, the last byte's for
    // the one after them: looked at by [`look_marks`])
    let c_after_g = lower ^ (ONES * u64::from(b'c')) | (x ^ (ONES * u64::from(b' '))) << 8 | (lower ^ (ONES * u64::from(b'g'))) << 16;
    let h_after = (lower ^ (ONES * u64::from(b'h'))) >> 8;
    zeros(c_after_g | h_after) | zeros(x ^ (ONES * u64::from(b'(')))
}

/// [`marks_and_brackets`] of the `hits` ([`chunk_hits`]) of the eight bytes of `b` at `base`, into
/// `found` (`b` may go on past the line: the byte after its last is its break or nothing).
fn look_marks(b: &[u8], mut hits: u64, base: usize, found: &mut (bool, bool)) {
    let lower = |k: usize| b.get(k).map_or(0, |x| x | 0x20);
    while hits != 0 {
        let at = base + (hits.trailing_zeros() / 8) as usize;
        hits &= hits - 1;
        if b.get(at) == Some(&b'(') {
            found.1 = true;
        } else {
            found.0 |= at >= 3
                && lower(at) == b'c'
                && lower(at - 3) == b'n'
                && lower(at - 2) == b'g'
                && b.get(at - 1) == Some(&b' ')
                && lower(at + 1) == b'h';
        }
    }
}

/// Characters that are layout noise in drafts pasted from Word or the web.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_space(c: char) -> bool {
    crate::vn::is_space(c) || matches!(c, '\u{A0}' | '\u{202F}' | '\u{2007}')
}

/// What one pass over a line's bytes tells (a pure function of the line): does it hold anything
/// normalisation changes (non-ASCII spaces, invisible characters, combining marks), how many
/// characters it has and how many of them are outside the BMP (two UTF-16 units each), and
/// whether it has a tab or a `|` (see [`Facts::table_row`]).
struct Scan {
    rebuild: bool,
    astral: usize,
    chars: usize,
    table_row: bool,
    /// [`marks_and_brackets`] of the line: of its text too when normalisation only trims it
    /// (no edge space is a letter of `ng ch` or a `(`).
    marks: (bool, bool),
}

/// Byte classes for [`scan`], each a one in a 4-bit field of its own, so that the classes of eight
/// bytes are added up, not ORed (at most eight in a field: no carry), and the continuation bytes of
/// eight (UTF-8 10xxxxxx: not characters) are counted by the same sum: a UTF-8 continuation byte;
/// a byte of a table row (a tab or a `|`) or a lead byte worth a look (below), looked at alike
/// ([`look`]); a `c`, `C` or `(` ([`marks_and_brackets`]); a line break (LF or CR: the line ends
/// there).
const CONTINUATION: u16 = 1;
const LOOK: u16 = 1 << 4;
const HIT: u16 = 1 << 8;
const BREAK: u16 = 1 << 12;
/// One class's field of [`CLASS`] (the low one: the continuation bytes).
const FIELD: u16 = 0xF;

/// Lead bytes worth a look: U+0085/U+00A0/U+00AD (C2), combining marks (CC, CD),
/// U+2000..U+206F (E2), U+3000 (E3), U+FEFF (EF), and 4-byte characters (F0..F4). Not E1: it
/// leads every other Vietnamese letter (U+1EA0..U+1EFF), and its one space, U+1680 (Ogham), is
/// not worth stopping for; it stays in the text as it is.
const CLASS: [u16; 256] = {
    let mut t = [0; 256];
    let mut i = 0x80;
    while i < 0xC0 {
        t[i] = CONTINUATION;
        i += 1;
    }
    t[b'\t' as usize] = LOOK;
    t[b'|' as usize] = LOOK;
    t[b'c' as usize] = HIT;
    t[b'C' as usize] = HIT;
    t[b'(' as usize] = HIT;
    t[b'\n' as usize] = BREAK;
    t[b'\r' as usize] = BREAK;
    let leads = [0xC2, 0xCC, 0xCD, 0xE2, 0xE3, 0xEF, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4];
    let mut i = 0;
    while i < leads.len() {
        t[leads[i]] = LOOK;
        i += 1;
    }
    t
};

/// The input line of `text` starting at byte `start`, and where it ends (at its break, or the
/// text's end). Eight bytes at a time: their continuation bytes counted together, and a
/// byte-by-byte look only at the rare eight with a tab, a `|` or a lead byte worth a look
/// (almost every line of a draft needs nothing); the `c`s and `(`s for [`Scan::marks`] and the
/// line's end in the same pass.
fn scan(text: &str, start: usize) -> (Scan, usize) {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let b = text.as_bytes();
    let mut out = Scan { rebuild: false, astral: 0, chars: 0, table_row: false, marks: (false, false) };
    // the continuation bytes of the chunks read whole
    let mut continuation = 0;
    let mut at = start;
    // (the eight bytes at `at`, each time: no bounds to test for each)
    let mut chunks = b.get(start..).unwrap_or_default().chunks_exact(8);
    loop {
        // (fewer than eight bytes left: read one by one below, as eight with a break)
        let chunk = chunks.next().and_then(|c| <&[u8; 8]>::try_from(c).ok());
        // (each byte's class read from memory, the eight as one word only past the test below: on
        // the way there a byte costs a load and an add, not a shift and a mask of the word too)
        let class = chunk.map_or(BREAK, |chunk| {
            let class = |k: usize| CLASS[usize::from(chunk[k])];
            class(0) + class(1) + class(2) + class(3) + class(4) + class(5) + class(6) + class(7)
        });
        // (most chunks hold only letters, spaces and punctuation: nothing to look at)
        if class & !FIELD == 0 {
            continuation += usize::from(class);
            at += 8;
            continue;
        }
        let x = chunk.map_or(0, |chunk| u64::from_le_bytes(*chunk));
        if class & (FIELD * BREAK) != 0 {
            // the line ends in these eight bytes: the ones before its break, as one more word
            // (zeros past them: no class)
            let (x, class, k) = match chunk {
                // its first LF or CR found in the word: the bytes after it masked off (the class
                // of all eight only says which looks to take, each exact within the line)
                Some(_) => {
                    let k = (line_breaks(x).trailing_zeros() / 8) as usize;
                    (if k == 0 { 0 } else { x & u64::MAX >> (64 - 8 * k) }, class, k)
                }
                None => {
                    let (mut x, mut class, mut k) = (0u64, 0u16, 0);
                    while let Some(&c) = b.get(at + k).filter(|&&c| k < 8 && c != b'\n' && c != b'\r') {
                        x |= u64::from(c) << (8 * k);
                        class |= CLASS[usize::from(c)];
                        k += 1;
                    }
                    (x, class, k)
                }
            };
            scan_word(text, x, class, at..at + k, &mut out);
            // (the continuation bytes before the break: 10xxxxxx, the high bit set, the next one clear)
            let lanes = (x & !(x << 1) & HIGHS) >> 7;
            let last = (lanes.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
            out.chars = (at + k - start) - continuation - last;
            return (out, at + k);
        }
        scan_word(text, x, class, at..at + 8, &mut out);
        continuation += usize::from(class & FIELD);
        at += 8;
    }
}

/// A bit at the top of each byte of `x` that is an LF or a CR (exactly: no borrow between bytes).
fn line_breaks(x: u64) -> u64 {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let zeros = |v: u64| !(((v & LOWS) + LOWS) | v) & !LOWS;
    zeros(x ^ (ONES * u64::from(b'\n'))) | zeros(x ^ (ONES * u64::from(b'\r')))
}

/// [`scan`] of the bytes `x` of `text[range]` (up to eight; zeros past them), whose classes
/// together are `class` (the looks it says to take: each exact).
#[inline(always)]
fn scan_word(text: &str, x: u64, class: u16, range: std::ops::Range<usize>, out: &mut Scan) {
    let at = range.start;
    if class & (FIELD * LOOK) != 0 {
        look(text, x, at, out);
    }
    // (a line's `ng ch` is never read across its break: the break is none of those bytes)
    // (most `c`s are inside or at the end of a word: no hit, no look)
    let hits = if class & (FIELD * HIT) != 0 { chunk_hits(x) } else { 0 };
    if hits != 0 {
        look_marks(text.as_bytes(), hits, at, &mut out.marks);
    }
}

/// The tabs, `|` and lead bytes worth a look in the bytes `x` of `raw` at `at` (zeros past the
/// line), into `out` (`raw` may go on past the line: a character never spans a line break). Only
/// the tabs, `|` and lead bytes (11xxxxxx) are looked at, found together by their bits.
fn look(raw: &str, x: u64, at: usize, out: &mut Scan) {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let zeros = |v: u64| !(((v & LOWS) + LOWS) | v) & !LOWS;
    let b = raw.as_bytes();
    let mut hits = x & x << 1 & !LOWS | zeros(x ^ (ONES * u64::from(b'\t'))) | zeros(x ^ (ONES * u64::from(b'|')));
    while hits != 0 {
        let i = at + (hits.trailing_zeros() / 8) as usize;
        hits &= hits - 1;
        let Some(&x) = b.get(i) else { break };
        out.table_row |= x == b'\t' || x == b'|';
        out.rebuild |= match (x, b.get(i + 1)) {
            (0xC2, Some(0x85 | 0xA0 | 0xAD)) | (0xCC | 0xCD, _) => true,
            // by bytes, as [`is_invisible`] and [`is_space`] read the characters: U+2000..U+200D,
            // U+2028, U+2029, U+202F, U+205F, U+2060, U+3000, U+FEFF (not `–`, `“`, `”`, `…`,
            // most of the E2s of a draft)
            (0xE2, Some(&y)) => matches!((y, b.get(i + 2)), (0x80, Some(0x80..=0x8D | 0xA8 | 0xA9 | 0xAF)) | (0x81, Some(0x9F | 0xA0))),
            (0xE3, Some(0x80)) => b.get(i + 2) == Some(&0x80),
            (0xEF, Some(0xBB)) => b.get(i + 2) == Some(&0xBF),
            (0xF0..=0xF4, _) => {
                out.astral += 1;
                false
            }
            _ => false,
        };
    }
}

/// The text of a line that needs no rebuilding (see [`Scan::rebuild`]): `raw` trimmed, and the
/// bytes before it.
fn trimmed(raw: &str) -> (usize, &str) {
    // (most lines start and end with a visible ASCII character: nothing to trim, no character
    // decoded)
    let plain = |x: Option<&u8>| x.is_some_and(|&x| x > b' ' && x < 0x80);
    let b = raw.as_bytes();
    if plain(b.first()) && plain(b.last()) {
        return (0, raw);
    }
    // the edge spaces of a line that needs no rebuilding are ASCII ones or U+1680 (the scan
    // rebuilds a line with any other: [`look`]): trimmed by bytes, no character decoded
    let (mut from, mut to) = (0, b.len());
    while let Some(rest) = b.get(from..to) {
        from += match rest {
            [b'\n'..=b'\r' | b' ', ..] => 1,
            [0xE1, 0x9A, 0x80, ..] => 3,
            _ => break,
        };
    }
    while let Some(rest) = b.get(from..to) {
        to -= match rest {
            [.., b'\n'..=b'\r' | b' '] => 1,
            [.., 0xE1, 0x9A, 0x80] => 3,
            _ => break,
        };
    }
    (from, raw.get(from..to).unwrap_or(""))
}

/// The normalised text of the line `raw` when it needs rebuilding (see [`Scan::rebuild`]), and
/// its map (see [`Line::map`], relative to the line).
fn rebuild_line(raw: &str) -> Rebuilt {
    // Segment by segment, a segment being a starter and the combining marks after it, so each
    // piece of `text` maps back to its original bytes.
    let mut text = String::with_capacity(raw.len());
    let mut map = Vec::new();
    let mut segment = String::new();
    let mut seg_start = 0usize;
    let flush = |segment: &mut String, seg_start: usize, text: &mut String, map: &mut Vec<(u32, u32)>| {
        if segment.is_empty() {
            return;
        }
        map.push((text.len() as u32, seg_start as u32));
        // a Vietnamese letter typed decomposed (NFD) becomes the one precomposed letter
        match crate::vn::compose(segment) {
            Some(c) => text.push(c),
            None => text.push_str(segment),
        }
        segment.clear();
    };
    for (pos, c) in crate::vn::char_indices(raw) {
        if is_invisible(c) {
            continue;
        }
        if is_space(c) {
            flush(&mut segment, seg_start, &mut text, &mut map);
            if !text.is_empty() || c == '\t' {
                // tabs separate table cells in pasted text: keep them
                map.push((text.len() as u32, pos as u32));
                text.push(if c == '\t' { '\t' } else { ' ' });
            }
            continue;
        }
        if !crate::vn::is_mark(c) {
            flush(&mut segment, seg_start, &mut text, &mut map);
            seg_start = pos;
        }
        segment.push(c);
    }
    flush(&mut segment, seg_start, &mut text, &mut map);
    // (its white space is spaces and tabs only, as written above; tabs are kept at the ends too:
    // an empty first or last cell of a pasted table row, as [`trimmed`] keeps them)
    let kept = text.trim_end_of(b" ").len();
    text.truncate(kept);
    (text, map)
}

/// Whether this build keeps an editing session's memories (cargo feature `live`). The core wasm
/// module has no `Session`: its checks never look for one, so none of that code is in it (each
/// lookup tests this constant first).
pub const SESSION_MEMORY: bool = cfg!(feature = "live");

/// Run `f` (a check) with `memo` lent to the thread-local `slot`, where the check's readers look
/// for it: a check has no parameter for a session's memories, and a plain `check()` runs with every
/// slot empty. The memo comes back afterwards.
pub fn lend<M: Default, T>(slot: &'static std::thread::LocalKey<std::cell::RefCell<Option<M>>>, memo: &mut M, f: impl FnOnce() -> T) -> T {
    slot.with_borrow_mut(|m| *m = Some(std::mem::take(memo)));
    let out = f();
    if let Some(m) = slot.with_borrow_mut(Option::take) {
        *memo = m;
    }
    out
}

/// An editing session's memory of readings of parts of the document (a table, a statement) from
/// one check to the next, by a key made of what the reading reads ([`Recall::key`]: lines
/// relative to the part's first and their text), so a keystroke reads again only the parts it
/// changed. Each reading is stamped with the last check that used it; when a check begins, what
/// the one before did not use is forgotten, so what it holds is bounded by two checks' readings. (One map, not one per generation: a reading used again is looked up once,
/// not moved from map to map.)
pub struct Recall<V> {
    /// Each key's line, the check that last used it, and its reading.
    kept: std::collections::HashMap<Box<[u8]>, (usize, u32, V), Hashing>,
    check: u32,
    /// The room keys are built in, lent by [`Recall::start_key`] and given back by [`Recall::get`]:
    /// a key (a table's whole text) is not grown from nothing, a line at a time, on each keystroke.
    room: Vec<u8>,
}

impl<V> Default for Recall<V> {
    fn default() -> Self {
        Recall { kept: Default::default(), check: 0, room: Vec::new() }
    }
}

impl<V: Clone> Recall<V> {
    /// A new check begins: what neither the last check nor the one before used is forgotten.
    pub fn next_check(&mut self) {
        let last = self.check;
        self.kept.retain(|_, (_, used, _)| *used == last);
        self.check = last.wrapping_add(1);
    }

    /// An empty key to build (see [`Recall::key`]) and give to [`Recall::get`].
    pub fn start_key(&mut self) -> Vec<u8> {
        let mut key = std::mem::take(&mut self.room);
        key.clear();
        key
    }

    /// Add line `line` (relative to `first`, the part's first line) and its text to `key`.
    pub fn key(key: &mut Vec<u8>, doc: &Document, first: usize, line: usize) {
        line_key(key, doc, first, line)
    }

    /// The reading kept under `key` (`read` makes it when there is none), for a part starting
    /// on line `first`: `moved(reading, was)` moves the lines of one made when it started on
    /// line `was`. Kept again for the next check; `key`'s room is kept for the next key.
    pub fn get(&mut self, key: Vec<u8>, first: usize, read: impl FnOnce() -> V, moved: impl FnOnce(&mut V, usize)) -> V {
        let value = match self.kept.get_mut(&key[..]) {
            Some((was, used, value)) => {
                if *was != first {
                    moved(value, *was);
                    *was = first;
                }
                *used = self.check;
                value.clone()
            }
            None => {
                let value = read();
                self.kept.insert(key[..].into(), (first, self.check, value.clone()));
                value
            }
        };
        self.room = key;
        value
    }
}

/// [`Recall::key`], one code for every kind of reading.
fn line_key(key: &mut Vec<u8>, doc: &Document, first: usize, line: usize) {
    let text = doc.lines.get(line).map_or("", |l| l.text.as_ref());
    // (grown once, not by each of the three pieces: a key is built a line at a time)
    key.reserve(8 + text.len());
    key.extend_from_slice(&(line.saturating_sub(first) as u32).to_le_bytes());
    key.extend_from_slice(&(text.len() as u32).to_le_bytes());
    key.extend_from_slice(text.as_bytes());
}

type Hashing = std::hash::BuildHasherDefault<WordHasher>;

/// A hash of a key's bytes eight at a time (a key holds a whole table's text: SipHash, a byte
/// or two a cycle, cost more than the reading it saves); fixed, as SipHash with the fixed keys
/// the wasm would have to use (it has no random seed) would be.
#[derive(Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
        let chunks = bytes.chunks_exact(8);
        let mut last = [0u8; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        let tail = u64::from_le_bytes(last) ^ (bytes.len() as u64) << 56;
        for chunk in chunks {
            self.0 = mix(self.0, u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        self.0 = mix(self.0, tail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recalled_reading_is_read_once_moved_with_its_part_and_forgotten_after_a_check_without_it() {
        let mut recall: Recall<Vec<usize>> = Recall::default();
        let reads = std::cell::Cell::new(0);
        let read = |first: usize| {
            reads.set(reads.get() + 1);
            vec![first, first + 1]
        };
        let moved = |v: &mut Vec<usize>, was: usize| v.iter_mut().for_each(|l| *l = *l + 10 - was);
        recall.next_check();
        assert_eq!(recall.get(b"a".to_vec(), 3, || read(3), |_, _| {}), [3, 4]);
        assert_eq!(recall.get(b"b".to_vec(), 5, || read(5), |_, _| {}), [5, 6]);
        // the next check: `a` moved to line 10, `b` not used
        recall.next_check();
        assert_eq!(recall.get(b"a".to_vec(), 10, || read(10), moved), [10, 11]);
        assert_eq!(recall.get(b"a".to_vec(), 10, || read(10), moved), [10, 11], "asked twice in a check");
        assert_eq!(reads.get(), 2);
        // the next: `b`, unused by the last check, is read again; `a` is kept where it moved
        recall.next_check();
        assert_eq!(recall.get(b"b".to_vec(), 5, || read(5), |_, _| {}), [5, 6]);
        assert_eq!(recall.get(b"a".to_vec(), 10, || read(10), |_, _| panic!("not moved")), [10, 11]);
        assert_eq!(reads.get(), 3);
        // two checks without `a`: forgotten
        recall.next_check();
        recall.next_check();
        assert_eq!(recall.get(b"a".to_vec(), 10, || read(10), |_, _| {}), [10, 11]);
        assert_eq!(reads.get(), 4);
        assert_eq!(recall.kept.len(), 1);
    }

    #[test]
    fn splits_on_every_kind_of_line_break() {
        let d = Document::from_text("a\r\nb\rc\nd");
        let texts: Vec<_> = d.lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
        assert_eq!(d.lines[3].number(), 4);
        assert_eq!(d.lines[3].start_utf16, 7);
    }

    #[test]
    fn nfd_is_composed_and_spans_point_into_the_original() {
        let input = "x\r\n  Mu\u{323}c tie\u{302}u\u{a0}2024";
        let d = Document::from_text(input);
        assert_eq!(d.lines[1].text, "Mục tiêu 2024");
        let at = d.lines[1].text.find("2024").unwrap();
        let span = d.span(1, at, at + 4);
        let utf16: Vec<u16> = input.encode_utf16().collect();
        assert_eq!(String::from_utf16(&utf16[span.start..span.end]).unwrap(), "2024");
        assert_eq!(span.line, 2);
        assert_eq!(span.column, 14);
    }

    #[test]
    fn the_byte_test_agrees_with_the_character_test() {
        for c in
            ['\u{85}', '\u{a0}', '\u{ad}', '\u{301}', '\u{2003}', '\u{200b}', '\u{2028}', '\u{202f}', '\u{2060}', '\u{3000}', '\u{feff}']
        {
            assert!(scan(&format!("a{c}b"), 0).0.rebuild, "{:x}", c as u32);
        }
        for s in ["Kế hoạch – năm 2024 “số”", "ệ ở ừ đ", "\tTổng\t52.300"] {
            assert!(!scan(s, 0).0.rebuild, "{s}");
            assert_eq!(scan(s, 0).0.astral, 0);
        }
        assert_eq!(scan("a😀b😀", 0).0.astral, 2);
        // eight bytes at a time and the tail: the same counts and finds wherever a piece falls
        let pieces = ["a", "ệ", "đ", "😀", "\t", "|", "\u{a0}", "“", "Ư", " ", "C", "(", "ng ch", "N"];
        let mut text = String::new();
        // (long lines too: the continuation bytes are counted chunk by chunk)
        for k in 0..400 {
            text.push_str(pieces[(k * 7 + k / 3) % pieces.len()]);
            for from in [0, 1, 2, 3] {
                let Some(t) = text.get(from..) else { continue };
                let (got, end) = scan(t, 0);
                assert_eq!(end, t.len());
                assert_eq!(got.chars, t.chars().count(), "{t:?}");
                assert_eq!(got.astral, t.chars().filter(|c| c.len_utf16() == 2).count(), "{t:?}");
                assert_eq!(got.table_row, t.contains(['\t', '|']), "{t:?}");
                assert_eq!(got.rebuild, t.contains('\u{a0}'), "{t:?}");
                assert_eq!(got.marks, (t.to_ascii_lowercase().contains("ng ch"), t.contains('(')), "{t:?}");
                assert_eq!(got.marks, rebuilt_marks(t.as_bytes()), "{t:?}");
                // the scan ends the line at its break, wherever it falls in eight bytes, and reads
                // nothing of the next line (here one with every class of byte)
                let facts = |s: &Scan| (s.chars, s.astral, s.table_row, s.rebuild, s.marks);
                for brk in ["\n", "\r\n", "\r"] {
                    let text = format!("x{t}{brk}h(|\t\u{a0}😀ng ch");
                    let (line, end) = scan(&text, 1);
                    assert_eq!((end, facts(&line)), (1 + t.len(), facts(&got)), "{text:?}");
                }
            }
        }
        let d = Document::from_text("a😀b\nc");
        assert_eq!(d.lines[1].start_utf16, 5);
    }

    #[test]
    fn the_scan_of_every_fixture_line_agrees_with_reading_it_character_by_character() {
        // (the classes of eight bytes added up in 4-bit fields: a field holding several of a class,
        // two breaks or tabs in eight bytes, is read as exactly as one)
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
        let (mut lines, mut files) = (0, 0);
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                if e.path().is_dir() {
                    dirs.push(e.path());
                    continue;
                }
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                files += 1;
                let mut start = 0;
                while start <= text.len() {
                    let (got, end) = scan(&text, start);
                    let line = &text[start..end];
                    assert_eq!(end, text[start..].find(['\n', '\r']).map_or(text.len(), |k| start + k), "{line}");
                    let rebuild = |c: char| {
                        ('\u{300}'..='\u{37f}').contains(&c) || (!c.is_ascii() && c != '\u{1680}' && (is_invisible(c) || is_space(c)))
                    };
                    assert_eq!(got.chars, line.chars().count(), "{line}");
                    assert_eq!(got.astral, line.chars().filter(|c| c.len_utf16() == 2).count(), "{line}");
                    assert_eq!(got.table_row, line.contains(['\t', '|']), "{line}");
                    assert_eq!(got.rebuild, line.chars().any(rebuild), "{line}");
                    assert_eq!(got.marks, rebuilt_marks(line.as_bytes()), "{line}");
                    lines += 1;
                    start = end + if text[end..].starts_with("\r\n") { 2 } else { 1 };
                }
            }
        }
        assert!(files > 300 && lines > 30_000, "{files} files, {lines} lines");
    }

    #[test]
    fn a_line_gone_on_to_starts_with_a_lower_case_letter_or_a_digit_on_every_fixture() {
        // the shortcut of [`Assembly::push`]: a line starting with neither is not asked [`goes_on`]
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
        let (mut pairs, mut gone_on) = (0, 0);
        let facts = |s: &ScannedLine| Facts { table_row: s.table_row, chars: s.chars, wrap: s.wrap };
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                if e.path().is_dir() {
                    dirs.push(e.path());
                    continue;
                }
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                for pair in scan_lines(&text).windows(2) {
                    if goes_on(facts(&pair[0]), facts(&pair[1])) {
                        assert!(pair[1].wrap.flags & (STARTS_LOWER | STARTS_DIGIT) != 0);
                        gone_on += 1;
                    }
                    pairs += 1;
                }
            }
        }
        assert!(pairs > 30_000 && gone_on > 1_000, "{pairs} pairs of lines, {gone_on} gone on to");
    }

    #[test]
    fn hard_wrapped_lines_are_joined_and_point_into_the_original() {
        let input = "Các cơ quan, đơn vị trên địa bàn tỉnh đã phấn đấu\nhoàn thành.\nĐạt và vượt 13/15 chỉ tiêu đề ra (chi\r\ntiết tại Phụ\nlục I kèm theo).\nTỷ lệ hồ sơ xử lý trực tuyến toàn trình\nđạt\n  80% trong năm 2024.\n1. Nhận thức\nsố";
        let d = Document::from_text(input);
        let texts: Vec<_> = d.lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(
            texts,
            [
                "Các cơ quan, đơn vị trên địa bàn tỉnh đã phấn đấu hoàn thành.",
                "Đạt và vượt 13/15 chỉ tiêu đề ra (chi tiết tại Phụ lục I kèm theo).",
                "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 80% trong năm 2024.",
                "1. Nhận thức số"
            ]
        );
        let utf16: Vec<u16> = input.encode_utf16().collect();
        let at = |idx: usize, word: &str| {
            let from = d.lines[idx].text.find(word).unwrap();
            let span = d.span(idx, from, from + word.len());
            (span.line, span.column, String::from_utf16(&utf16[span.start..span.end]).unwrap())
        };
        assert_eq!(at(1, "lục I"), (5, 1, "lục I".to_string()));
        assert_eq!(at(1, "Phụ lục"), (4, 10, "Phụ\nlục".to_string()));
        assert_eq!(at(2, "80%"), (8, 3, "80%".to_string()));
        assert_eq!(at(3, "số"), (10, 1, "số".to_string()));
        // a text with fewer wraps, or only table rows and sentences, stays as it is
        let d = Document::from_text("Một câu\nđi tiếp.\nCâu khác.");
        assert_eq!(d.lines.len(), 3);
    }

    #[test]
    fn a_page_number_inside_a_wrapped_sentence_is_left_out() {
        let text = [
            "Năm 2024, tỉnh phấn đấu hoàn thành việc cung cấp dịch vụ công trực tuyến toàn trình",
            "cho người dân và doanh nghiệp, bảo đảm kết nối, chia sẻ dữ liệu giữa các hệ thống",
            "thông tin của tỉnh với các cơ sở dữ liệu quốc gia; tỷ lệ hồ sơ được số hóa kết quả",
            "giải quyết thủ tục",
            "12",
            "hành chính đạt 80%; tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100% trên",
            "Trang 13/40",
            "Cổng thông tin điện tử của tỉnh, theo hướng dẫn của các bộ, ngành trung ương.",
            "14",
            "2. Chuyển đổi số trong doanh nghiệp",
        ]
        .join("\n");
        let d = Document::from_text(&text);
        let texts: Vec<_> = d.lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].contains("giải quyết thủ tục hành chính đạt 80%") && texts[0].contains("trên Cổng thông tin"), "{texts:?}");
        // a page number after a finished sentence stays a line of its own
        assert_eq!(&texts[1..], ["14", "2. Chuyển đổi số trong doanh nghiệp"]);
        // and positions still point into the original: `80%` is on input line 6
        let from = d.lines[0].text.find("80%").unwrap();
        assert_eq!((d.span(0, from, from + 3).line, d.span(0, from, from + 3).column), (6, 16));
    }

    #[test]
    fn a_running_footer_and_the_next_page_number_beside_trang_are_left_out() {
        let page = |n: usize| {
            [
                "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt trên 80%, bảo",
                "đảm kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của tỉnh với các cơ sở dữ",
                "liệu quốc gia, phục vụ người dân và doanh nghiệp trên địa bàn toàn tỉnh Thanh",
                "Kế hoạch số 298/KH-UBND ngày 27/12/2024 của UBND tỉnh",
            ]
            .join("\n")
                + &format!("\nTrang {n}/3\n{}\nHóa.", n + 1)
        };
        let text = [page(1), page(2), "Kết thúc.".into(), "Trang 3/3".into(), "Trang 3/3".into()].join("\n");
        let d = Document::from_text(&text);
        let texts: Vec<_> = d.lines.iter().map(|l| l.text.as_ref()).collect();
        assert!(texts.iter().all(|t| !t.contains("298/KH") && !t.starts_with(&['2', '3'][..])), "{texts:?}");
        assert_eq!(texts.len(), 5, "{texts:?}");
        // a footer beside one `Trang` line only is not a running one
        let once = [page(1), "Kết thúc.".into()].join("\n");
        assert!(Document::from_text(&once).lines.iter().any(|l| l.text.contains("298/KH")));
    }

    #[test]
    fn a_line_cut_before_capitals_goes_on_only_when_it_was_cut() {
        let text = [
            "Các cơ quan, đơn vị trên địa bàn tỉnh đã phấn đấu hoàn thành các chỉ tiêu đề",
            "ra trong năm, bảo đảm chất lượng, tiến độ theo kế hoạch của Ủy ban nhân dân",
            "tỉnh.",
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng, cấp tỉnh đạt",
            "100%; tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ TTHC đạt 60%; 100%",
            "DVCTT phát sinh hồ sơ; các chỉ tiêu khác chi tiết tại Phụ lục IV và Phụ lục",
            "V kèm theo; kết nối, chia sẻ dữ liệu với các hệ thống thông tin của bộ, ngành",
            "(trừ hồ sơ mật).",
            "a) Kết quả đạt được",
            "95% hệ thống thông tin được phê duyệt cấp độ.",
            "- Ngân sách tỉnh: 44.300 triệu đồng",
            "UBND tỉnh giao Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ trên địa bàn",
        ]
        .join("\n");
        let d = Document::from_text(&text);
        let texts: Vec<_> = d.lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts.len(), 6, "{texts:#?}");
        assert!(texts[1].contains("đạt 60%; 100% DVCTT phát sinh") && texts[1].ends_with("ngành (trừ hồ sơ mật)."));
        assert!(texts[1].contains("Phụ lục V kèm theo"));
        assert_eq!(
            texts[2..],
            [
                "a) Kết quả đạt được",
                "95% hệ thống thông tin được phê duyệt cấp độ.",
                "- Ngân sách tỉnh: 44.300 triệu đồng",
                "UBND tỉnh giao Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ trên địa bàn"
            ]
        );
    }

    #[test]
    fn table_rows_are_never_joined() {
        let wrapped = "Các cơ quan, đơn vị trên địa bàn tỉnh đã phấn đấu\nhoàn thành. Đạt và vượt các chỉ tiêu đề\nra trong năm, chi tiết tại Phụ\nlục I kèm theo.\n";
        for rows in [
            // pipe rows without edges: a row ends in lower case, the next starts with a figure
            "STT | Tên nhiệm vụ | Đơn vị chủ trì | Nguồn vốn\n1 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở TT&TT | NS tỉnh\n2 | Nền tảng IOC giai đoạn 2 | Sở TT&TT | NS tỉnh\n3 | Phủ sóng 4G vùng lõm | Viettel | xã hội hóa",
            // tab-separated rows, one going on in lower case
            "STT\tTên nhiệm vụ\tNguồn vốn\n1\tNâng cấp Trung tâm dữ liệu tỉnh\tngân sách tỉnh\n2\tnền tảng IOC giai đoạn 2\tngân sách tỉnh\n3\tphủ sóng 4G vùng lõm\txã hội hóa",
        ] {
            let input = format!("{wrapped}{rows}");
            let d = Document::from_text(&input);
            let texts: Vec<_> = d.lines.iter().map(|l| l.text.as_ref()).collect();
            // the text is hard-wrapped (its sentences are joined), but every row stays a line
            assert_eq!(texts.len(), 1 + 4, "{texts:#?}");
            assert_eq!(texts[1..], rows.lines().collect::<Vec<_>>()[..]);
        }
    }

    #[test]
    fn spans_on_a_long_line_agree_with_counting_from_its_start() {
        let line = "Tỷ lệ 50%; 😀 ".repeat(400);
        let input = format!("x\r\n{line}\nđ");
        let d = Document::from_text(&input);
        let text = &d.lines[1].text;
        for (at, _) in text.match_indices("50%").step_by(7) {
            let span = d.span(1, at, at + 3);
            let original = 3 + at; // the line is its own normalised text here
            let prefix = &input[3..original];
            assert_eq!(span.column, prefix.chars().count() + 1);
            assert_eq!(span.start, 3 + prefix.encode_utf16().count());
            assert_eq!(span.end, span.start + 3);
        }
    }

    #[test]
    fn a_run_of_blank_lines_is_kept_as_one() {
        let d = Document::from_text("a\n\n \n\u{a0}\n\nb\n\n");
        let got: Vec<_> = d.lines.iter().map(|l| (l.number(), l.text.as_ref())).collect();
        assert_eq!(got, [(1, "a"), (2, ""), (6, "b"), (7, "")]);
        assert_eq!(d.span(2, 0, 1), Span { line: 6, column: 1, start: 8, end: 9 });
    }

    #[test]
    fn page_numbers_start_with_a_digit_a_dash_trang_or_a_space() {
        for page in ["4", "12", "Trang 4", "trang 4/12", "- 4 -", "– 12 –", "\t4/5"] {
            assert!(is_page_number(page), "{page}");
        }
        for text in
            ["Ủy ban 4", "Điều 4", "Năm 2024", "Tháng 12", "4 nhiệm vụ", "1234", "", "– a –", "Đ 4/5", "Tại 4", "T 4", "trangs 4", "Trang"]
        {
            assert!(!is_page_number(text), "{text}");
        }
    }

    #[test]
    fn the_lines_are_counted_before_they_are_read() {
        for input in ["", "a", "a\n", "a\n\nb\r\n\r\nc\n", "Một dòng\r\n\r\nHai\nBa\n"] {
            let d = Document::from_text(input);
            assert_eq!(lines_kept(input.as_bytes()), d.lines.len(), "{input:?}");
        }
        // a run of blank lines is counted whole: at most one line per LF
        assert_eq!(Document::from_text("a\n\n\n\nb").lines.len(), 3);
        assert_eq!(lines_kept(b"a\n\n\n\nb"), 5);
        // a long text's lines are counted in its first 16 KiB, scaled, a quarter more
        let long = "Nâng cấp hạ tầng số của tỉnh năm 2024.\n".repeat(2000);
        let (kept, lines) = (lines_kept(long.as_bytes()), Document::from_text(&long).lines.len());
        assert!(lines <= kept && kept <= lines * 5 / 4, "{kept} for {lines}");
        // counted as read: sized as the count said, once its first 16 KiB are read
        let reserved = Document::from_text(&long).lines.capacity();
        assert!(lines <= reserved && reserved <= lines * 5 / 4 && reserved.abs_diff(kept) * 50 <= kept, "{reserved} for {lines}");
        // at most one line per 32 bytes reserved, however short the lines of its start
        let short_first = "\n".repeat(20_000) + &"x".repeat(1 << 20);
        assert_eq!(lines_kept(short_first.as_bytes()), short_first.len() / 32);
    }

    #[test]
    fn spelling_marks_hold_what_a_scan_of_each_line_finds_joined_lines_too() {
        let cut = "Tổng kinh phí thực hiện kế hoạch là 27.480 triệu đồng, được bố trí từ ngân sách tỉnh và bằng\nchữ: hai mươi bảy tỷ bốn trăm tám mươi triệu đồng, trong đó có các khoản chi cho\nviệc nâng cấp hạ tầng (trung tâm dữ liệu) của tỉnh và các nhiệm vụ khác của các sở\nngành trong năm kế hoạch theo quy định hiện hành của nhà nước về đầu tư công\nvà các nguồn vốn hợp pháp khác.\n";
        let mut texts = vec![cut.to_string()];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            texts.extend(std::fs::read_to_string(e.path()).ok().filter(|_| e.path().extension().is_some_and(|x| x == "txt")));
        }
        for text in &texts {
            let doc = Document::from_text(text);
            for line in &doc.lines {
                let (mark, bracket) = marks_and_brackets(line.text.as_bytes());
                assert!(line.spelling_marks().0 || !mark, "{}", line.text);
                assert_eq!(line.spelling_marks().1, bracket, "{}", line.text);
            }
        }
        let doc = Document::from_text(cut);
        assert!(doc.lines[0].text.contains("bằng chữ"), "{:?}", doc.lines[0].text);
        assert_eq!(doc.lines[0].spelling_marks(), (true, true));
    }

    #[test]
    fn the_wrap_facts_read_by_bytes_agree_with_the_character_tests() {
        let page = |text: &str| {
            let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
            let t = text.strip_prefix("Trang ").or_else(|| text.strip_prefix("trang ")).unwrap_or(text);
            let t = t.strip_prefix(['-', '–']).and_then(|t| t.strip_suffix(['-', '–'])).map_or(t, str::trim);
            t.trim_start().starts_with(|c: char| c.is_ascii_digit())
                && match t.split_once('/') {
                    Some((page, of)) => digits(page.trim()) && digits(of.trim()),
                    None => digits(t),
                }
        };
        let first_word = |t: &str| t.split_whitespace().next().map_or(0, |w| w.chars().count()) as u32;
        let mut texts: Vec<String> = [
            "",
            " ",
            "\t4/5\t",
            "4 / 12",
            "- 4 -",
            "– 12 –",
            "Trang 3",
            "trang 2/5 ",
            "12a",
            "\u{1680}từ khóa",
            "a\u{3000}b",
            "\u{a0}x y",
            "ệ\u{85}b",
            "ạ\u{1680}",
            "xin chào.",
            "Mục tiêu…",
            "đạt;",
            "Chương?",
            "x!",
        ]
        .map(String::from)
        .into();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(e.path()).unwrap_or_default().lines().map(String::from));
            }
        }
        for text in &texts {
            assert_eq!(first_word_chars(text), first_word(text), "{text:?}");
            assert_eq!(Wrap::of(text, (false, false)).flags & PAGE != 0, page(text), "{text:?}");
            let flags = Wrap::of(text, marks_and_brackets(text.as_bytes())).flags;
            assert_eq!(flags & ENDS_STOP != 0, text.ends_with(['.', ';', ':', '!', '?', '…']), "{text:?}");
            assert_eq!(flags & ENDS_SENTENCE != 0, text.ends_with(['.', '!', '?', '…']), "{text:?}");
        }
    }

    #[test]
    fn a_line_is_trimmed_by_bytes_as_by_characters() {
        let mut texts: Vec<String> =
            ["", " ", "\u{1680}", " \u{1680}a b\u{1680} \x0b", "\tx\t", "\x0cạ ", "ệ", "a\u{1680}\u{1680}"].map(String::from).into();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(e.path()).unwrap_or_default().lines().map(|l| format!(" {l}\u{1680}")));
            }
        }
        // (tabs are kept at the ends: an empty first or last cell of a pasted table row)
        let edge = |c: char| c.is_whitespace() && c != '\t';
        for text in &texts {
            // (a line the scan rebuilds is never trimmed this way)
            if scan(text, 0).0.rebuild {
                continue;
            }
            let start = text.trim_start_matches(edge);
            assert_eq!(trimmed(text), (text.len() - start.len(), start.trim_end_matches(edge)), "{text:?}");
        }
    }

    #[test]
    fn soft_hyphens_vanish() {
        let d = Document::from_text("chuyển\u{ad}đổi\u{200b} số");
        assert_eq!(d.lines[0].text, "chuyểnđổi số");
        let d = Document::from_text("\u{a0}a\tb\u{a0}");
        assert_eq!(d.lines[0].text, "a\tb");
        let d = Document::from_text("\tTổng cộng\t52.300\t\n  x  ");
        assert_eq!(d.lines[0].text, "\tTổng cộng\t52.300\t");
        assert_eq!(d.lines[1].text, "x");
    }
}
