//! Tables in pasted text: tab-separated lines (Word and Excel copy tables that way), `|`-separated
//! lines and Markdown tables, read into one model that the .docx reader fills too.

use crate::document::Document;
use crate::vn::Bytewise;
use std::rc::Rc;

/// A cell: its text and byte range in the line's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub text: CellText,
    pub from: usize,
    pub to: usize,
}

/// A cell's text (read as a `&str`): a slice of its row's text, which the row's cells share, so
/// a row costs one allocation, not one per cell, and a copy of a cell none.
#[derive(Clone, Default)]
pub struct CellText {
    row: Rc<str>,
    from: usize,
    to: usize,
}

impl CellText {
    // (not inlined: one copy of the slicing in the wasm, whatever the readers)
    #[inline(never)]
    pub fn as_str(&self) -> &str {
        self.row.get(self.from..self.to).unwrap_or_default()
    }
}

impl std::ops::Deref for CellText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for CellText {
    fn from(text: String) -> CellText {
        let to = text.len();
        CellText { row: Rc::from(text), from: 0, to }
    }
}

impl PartialEq for CellText {
    fn eq(&self, other: &CellText) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for CellText {}

impl std::fmt::Debug for CellText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl crate::message::Piece for CellText {
    fn put(&self, out: &mut String) {
        out.push_str(self.as_str());
    }
}

#[derive(Debug, Clone)]
pub struct Row {
    /// Index of the line in the document.
    pub line: usize,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub rows: Vec<Row>,
    /// The last line the table covers (its last row's, or the last a cell of that row goes on
    /// to: a row of a Word table copied as text goes on over the lines a cell breaks).
    pub last: usize,
}

impl Table {
    pub fn first_line(&self) -> usize {
        self.rows.first().map_or(0, |r| r.line)
    }
}

/// The cells of a table line, or None when the line is not a table row.
pub fn row_cells(text: &str) -> Option<Vec<Cell>> {
    row_separator(text).map(|sep| split(text, sep))
}

/// Is this line a table row (see [`row_cells`])? Without splitting it.
pub fn is_row(text: &str) -> bool {
    row_separator(text).is_some()
}

/// Is line `idx` a table row, a line whose one tab is its first byte (`⇥Năm 2027, …`, `⇥- Nâng
/// cấp …`: a paragraph indented by a tab) only right under a row not so indented (`⇥(giai đoạn
/// 2)`: a row with an empty first cell, its name going on)?
pub fn row_at(doc: &Document, idx: usize) -> bool {
    let row = |i: usize| doc.lines.get(i).is_some_and(|l| l.has_cell_separator() && is_row(&l.text));
    let indented = |i: usize| doc.lines.get(i).is_some_and(|l| indented(&l.text));
    row(idx) && (!indented(idx) || idx > 0 && row(idx - 1) && !indented(idx - 1))
}

/// A line whose one tab is its first byte.
fn indented(text: &str) -> bool {
    matches!(text.as_bytes(), [b'\t', rest @ ..] if crate::vn::find_byte(b'\t', rest).is_none())
}

/// The separator of a table line's cells, tabs, else `|` (three, or two at the line's start:
/// no more are counted).
fn row_separator(text: &str) -> Option<u8> {
    let b = text.as_bytes();
    if let Some(t) = crate::vn::find_byte(b'\t', b) {
        // a list item as Word's plain text gives it: its bullet or number, one tab, the text
        // (`•\tTỷ lệ …`, `1.\tNhận thức số`, `II.\tMỤC TIÊU`, `a)\tKết quả`): no cells
        let (marker, rest) = b.split_at(t);
        let listed = (1..=7).contains(&marker.len())
            && crate::vn::find_byte(b' ', marker).is_none()
            && (matches!(marker.last(), Some(b'.' | b')'))
                || crate::vn::char_count(text.get(..t).unwrap_or("")) == 1
                    // (no letter: `ô⇥ô`, a group's `Đ⇥…` are rows; Vietnamese letters' first
                    // bytes are `C3`–`C6`, or `E1 BA`/`E1 BB`)
                    && (!(marker[0].is_ascii_alphanumeric() || matches!(marker, [0xC3..=0xC6, _] | [0xE1, 0xBA | 0xBB, _]))
                        || marker == b"o"))
            && crate::vn::find_byte(b'\t', &rest[1..]).is_none();
        if !listed {
            return Some(b'\t');
        }
    }
    let n = memchr::memchr_iter(b'|', b).take(3).count();
    (n >= 3 || text.starts_with('|') && n >= 2).then_some(b'|')
}

fn split(text: &str, sep: u8) -> Vec<Cell> {
    // struck-out text and what a correction replaces read as blanks (`~~15.000~~ 17.000`, a row
    // struck whole: its cells empty)
    let undone = crate::vn::edits_undone(text);
    let text = undone.as_deref().unwrap_or(text);
    // the row's text, once, for all its cells (one allocation: `Rc<str>`)
    let row: Rc<str> = Rc::from(text);
    let b = text.as_bytes();
    // the separators' places, 16 at a time, and how many there are (the cells sized once: a
    // table's rows are kept until budget and targets have read them)
    let mut at = [0usize; 16];
    let mut n = places(b, 0, sep, &mut at, true);
    let mut cells = Vec::with_capacity(n + 1);
    let (mut start, mut k) = (0, 0);
    // (most cells start and end with a visible ASCII character: nothing to trim)
    let plain = |x: Option<&u8>| x.is_some_and(|&x| x > b' ' && x < 0x80);
    loop {
        let end = match at.get(k) {
            Some(&i) if k < n => i,
            None if n > at.len() => {
                (n, k) = (places(b, start, sep, &mut at, false), 0);
                continue;
            }
            _ => text.len(),
        };
        let raw = b.get(start..end).unwrap_or_default();
        let (from, to) = if plain(raw.first()) && plain(raw.last()) { (start, end) } else { trimmed(text, start, end) };
        cells.push(Cell { text: CellText { row: Rc::clone(&row), from, to }, from, to });
        if end >= text.len() {
            break;
        }
        (start, k) = (end + 1, k + 1);
    }
    if sep == b'|' {
        if cells.first().is_some_and(|c| c.text.is_empty()) && text.trim_start_ws().starts_with('|') {
            cells.remove(0);
        }
        if cells.last().is_some_and(|c| c.text.is_empty()) && text.trim_end_ws().ends_with('|') {
            cells.pop();
        }
    }
    cells
}

/// Where `sep` (ASCII) stands in `b` from `from` on: the first places into `at`, and how many
/// there are in all (`all`), or, past those `at` holds, at least one more (a row of many cells
/// is read 16 at a time, each scan stopping past them: linear in the row). Eight bytes at a
/// time: a row costs no call per cell.
fn places(b: &[u8], from: usize, sep: u8, at: &mut [usize; 16], all: bool) -> usize {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let note = |n: &mut usize, at: &mut [usize; 16], p: usize| {
        if let Some(slot) = at.get_mut(*n) {
            *slot = p;
        }
        *n += 1;
    };
    let mut n = 0;
    let rest = b.get(from..).unwrap_or_default();
    let chunks = rest.chunks_exact(8);
    let tail = chunks.remainder();
    for (k, c) in chunks.enumerate() {
        let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8])) ^ (ONES * u64::from(sep));
        // a bit at the top of each byte of `v` that is zero (exactly: no borrow between bytes)
        let mut hits = !(((v & LOWS) + LOWS) | v) & !LOWS;
        while hits != 0 {
            note(&mut n, at, from + k * 8 + (hits.trailing_zeros() / 8) as usize);
            hits &= hits - 1;
        }
        if !all && n > at.len() {
            return n;
        }
    }
    let base = from + rest.len() - tail.len();
    for (k, &c) in tail.iter().enumerate() {
        if c == sep {
            note(&mut n, at, base + k);
        }
    }
    n
}

/// The bytes `start..end` of `text` without the white space around them (`str::trim`): ASCII
/// white space is skipped on the bytes; only a cell with a character at either end that may be
/// other white space (U+0085, U+00A0: `C2`; U+1680: `E1 9A`; U+2000–U+205F: `E2`; U+3000: `E3`)
/// is trimmed by characters.
fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes().get(start..end).unwrap_or_default();
    let ws = |c: &u8| *c == b' ' || (b'\t'..=b'\r').contains(c);
    let lead = b.iter().position(|c| !ws(c)).unwrap_or(b.len());
    let tail = b.iter().rposition(|c| !ws(c)).map_or(lead, |k| k + 1);
    let byte = |k: usize| if k >= lead && k < tail { b.get(k).copied().unwrap_or(0) } else { 0 };
    let wide3 = |k: usize| matches!(byte(k), 0xE2 | 0xE3) || byte(k) == 0xE1 && byte(k + 1) == 0x9A;
    // (the last character, when not ASCII, starts two or three bytes back: a `C2` two bytes back,
    // or an `E_` three, is its first byte)
    let wide_first = byte(lead) == 0xC2 || wide3(lead);
    let wide_last = byte(tail.wrapping_sub(1)) >= 0x80 && (byte(tail.wrapping_sub(2)) == 0xC2 || wide3(tail.wrapping_sub(3)));
    if wide_first || wide_last {
        let raw = text.get(start..end).unwrap_or("");
        let trimmed_start = raw.trim_start_ws();
        let lead = raw.len() - trimmed_start.len();
        return (start + lead, start + lead + trimmed_start.trim_end_ws().len());
    }
    (start + lead, start + tail)
}

/// A Markdown separator row: `|---|:--:|`.
fn is_separator(cells: &[Cell]) -> bool {
    !cells.is_empty() && cells.iter().all(|c| !c.text.is_empty() && c.text.bytes().all(|b| matches!(b, b'-' | b':' | b' ')))
}

/// Every table in lines `from..to`, in order. Consecutive table lines form one table.
pub fn tables(doc: &Document, from: usize, to: usize) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    let mut current: Option<Table> = None;
    // in a grid table (pandoc's `+----+----+` borders), the lines between two borders are one
    // row, each cell's text wrapped over them: `Some(true)` past a border, `Some(false)` past
    // a row's first line
    let mut grid: Option<bool> = None;
    // the current table's widest row (its header's cells), and the lines a cell went on to
    // (taken into the row above: skipped)
    let (mut width, mut taken) = (0, from);
    let to = to.min(doc.lines.len());
    // (each line's text read once: this runs on every line of the draft at each check)
    for idx in from..to {
        if idx < taken {
            continue;
        }
        let line = &doc.lines[idx];
        let text: &str = &line.text;
        if matches!(text.as_bytes(), [b'+', b'-' | b'=', _, ..]) && text.bytes().all(|b| matches!(b, b'+' | b'-' | b'=' | b':')) {
            grid = Some(true);
            continue;
        }
        // (most lines are prose between tables: nothing more to look at)
        if current.is_none() && !line.has_cell_separator() {
            grid = None;
            continue;
        }
        // (a line indented by a tab is a row only right under one: [`row_at`])
        let after_row = current.as_ref().is_some_and(|t| t.last + 1 == idx);
        let row = line.has_cell_separator() && (after_row || !indented(text));
        match row.then(|| remembered_cells(idx, text)).flatten() {
            Some(cells) if is_separator(&cells) => {}
            Some(cells)
                if grid == Some(false) && current.as_ref().is_some_and(|t| t.rows.last().is_some_and(|r| r.cells.len() == cells.len())) =>
            {
                let Some(t) = current.as_mut() else { continue };
                t.last = idx;
                let Some(row) = t.rows.last_mut() else { continue };
                for (c, more) in row.cells.iter_mut().zip(cells).filter(|(_, m)| !m.text.is_empty()) {
                    let joined =
                        if c.text.is_empty() { more.text.owned() } else { crate::message::join(&[c.text.as_str(), &more.text], " ") };
                    c.text = joined.into();
                }
            }
            Some(mut cells) if cells.len() >= 2 => {
                grid = grid.map(|_| false);
                let t = current.get_or_insert_with(|| {
                    width = 0;
                    Table { rows: Vec::new(), last: idx }
                });
                // a row of a Word table copied as text, a cell's line break in it: the line
                // below goes on with that cell, then the row's other cells (as many as make the
                // header's, the next line's first cell no row's number)
                let past_blank = t.last + 2 == idx && completes_past_blank(doc, t, width, idx, idx);
                if grid.is_none()
                    && (after_row && t.rows.last().is_some_and(|r| r.cells.len() < width) && open(doc, t, width, idx) || past_blank)
                {
                    go_on(doc, t, idx);
                    continue;
                }
                // the header's own cell broken so (`Kinh phí` / `(triệu đồng)⇥Nguồn vốn`): the
                // two lines as wide together as the row under them
                if grid.is_none() && after_row && t.rows.len() == 1 && header_goes_on(doc, width, idx) {
                    go_on(doc, t, idx);
                    width = t.rows.first().map_or(width, |r| r.cells.len());
                    continue;
                }
                // in a table whose header has no Markdown border, a `|` at a row's start
                // separates an empty first cell (` | Tổng cộng | … | 44.000 | `: a web copy
                // joins the cells with ` | `)
                if text.starts_with('|') && t.rows.first().is_some_and(|h| !doc.lines[h.line].text.starts_with('|')) {
                    cells.insert(0, Cell::default());
                }
                width = width.max(cells.len());
                t.last = idx;
                t.rows.push(Row { line: idx, cells })
            }
            // a blank line between rows (double-spaced pastes) does not end the table
            _ if text.is_empty() && current.is_some() => {}
            _ => {
                // lines without a tab in a Word table copied as text: a cell's paragraphs, when
                // the line after them goes on with the row (or starts the next, numbered)
                // (past a blank line, only under a row left short)
                let short = |t: &Table| t.last + 2 == idx && t.rows.last().is_some_and(|r| r.cells.len() < width);
                let j = current.as_ref().filter(|t| after_row || short(t)).and_then(|t| {
                    let j = cell_lines(doc, t, width, idx, to)?;
                    (after_row || completes_past_blank(doc, t, width, idx, j)).then_some(j)
                });
                if let (Some(j), Some(t)) = (j, current.as_mut()) {
                    go_on(doc, t, j - 1);
                    taken = j;
                    continue;
                }
                grid = None;
                if let Some(t) = current.take() {
                    out.push(t);
                }
            }
        }
    }
    out.extend(current);
    out
}

/// The most lines one row of a pasted Word table is read over: [`go_on`] reads the row again
/// from its first line at each line joined, so a row of unbounded lines (a hostile paste of
/// thousands of tabs) would be quadratic.
const MAX_ROW_LINES: usize = 16;

/// Does line `at` go on with the last row of `t` (tab-separated, `width` its widest row), one
/// of the row's cells broken over two lines: the row has fewer cells than the widest, the two
/// lines together no more, and the line's first cell is no row's number (`2`, `1.1`, `II`, `B`)?
fn open(doc: &Document, t: &Table, width: usize, at: usize) -> bool {
    // (most rows are as wide as the widest: nothing read of the line)
    let Some(row) = t.rows.last().filter(|r| r.cells.len() < width && at.saturating_sub(r.line) <= MAX_ROW_LINES) else { return false };
    let (k, first) = tab_cells(doc, at);
    k > 1 && row.cells.len() + k <= width + 1 && !numbers_a_row(first) && tab_cells(doc, row.line).0 > 1
}

/// Does line `at` go on with a header of `width` cells (a tab-separated one), the line under it
/// as wide as the two together, its first cell no row's number?
#[inline(never)] // (rare: kept out of the tables' loop)
fn header_goes_on(doc: &Document, width: usize, at: usize) -> bool {
    let ((k, first), below) = (tab_cells(doc, at), tab_cells(doc, at + 1).0);
    k > 1 && width > 1 && below == width + k - 1 && !numbers_a_row(first) && tab_cells(doc, at.wrapping_sub(1)).0 == width
}

/// How many cells line `at` has by its tabs, and the first (trimmed): without splitting it.
fn tab_cells<'a>(doc: &'a Document, at: usize) -> (usize, &'a str) {
    let b = doc.lines.get(at).map_or(&b""[..], |l| l.text.as_bytes());
    let first = doc.lines.get(at).and_then(|l| l.text.get(..crate::vn::find_byte(b'\t', b).unwrap_or(b.len())));
    (memchr::memchr_iter(b'\t', b).count() + 1, first.unwrap_or("").trim_ws())
}

/// The end of the lines without a tab from `idx` on (six at most, none blank nor numbered as a
/// heading) that go on with the last cell of `t`'s last row: the line after them a row that
/// goes on with it ([`open`]), or, the row complete, one that starts the next row (as wide, its
/// first cell empty, a row's number or a total's `Tổng`, `Cộng`). None when they are no cell's.
#[inline(never)] // (rare: kept out of the tables' loop)
fn cell_lines(doc: &Document, t: &Table, width: usize, idx: usize, to: usize) -> Option<usize> {
    let j = (idx..to.min(idx + 7)).find(|&j| doc.lines[j].has_cell_separator() && is_row(&doc.lines[j].text))?;
    if (idx..j).any(|k| doc.lines[k].text.is_empty() || crate::label::parse(&doc.lines[k].text).label.is_some()) {
        return None;
    }
    let ((k, first), row) = (tab_cells(doc, j), t.rows.last().filter(|r| j.saturating_sub(r.line) <= MAX_ROW_LINES)?);
    let starts = row.cells.len() >= width
        && k >= width.max(2)
        && (first.is_empty() || numbers_a_row(first) || vn_total(first))
        && tab_cells(doc, row.line).0 > 1;
    (starts || open(doc, t, width, j)).then_some(j)
}

/// Does line `j` complete `t`'s last row exactly (its cells and the row's as many as the widest
/// row's, the row's last cell going on), one blank line right above line `idx` (the first after
/// the row's)? An empty paragraph in a Word table's cell (`Chuyển đổi dữ liệu;` / blank /
/// `Hợp nhất⇥2026-2027⇥…`); a double-spaced paste's blank lines part rows each whole.
#[inline(never)] // (rare: kept out of the tables' loop)
fn completes_past_blank(doc: &Document, t: &Table, width: usize, idx: usize, j: usize) -> bool {
    t.last + 2 == idx
        && doc.lines.get(t.last + 1).is_some_and(|l| l.text.is_empty())
        && t.rows.last().is_some_and(|r| r.cells.len() + tab_cells(doc, j).0 == width + 1)
        && open(doc, t, width, j)
}

/// A total's first words: `Tổng cộng`, `Cộng`, `TỔNG SỐ`.
fn vn_total(first: &str) -> bool {
    crate::vn::may_fold_to_start(first, b"tc") && matches!(crate::vn::fold(first).get(..4), Some("tong" | "cong"))
}

/// A row's number: `2`, `12.`, `1.1`, `II`, `B` (not an amount: `17.000`, three digits running).
fn numbers_a_row(s: &str) -> bool {
    let mut run = 0;
    let number = matches!(s.as_bytes().first(), Some(b'0'..=b'9'))
        && s.bytes().all(|c| {
            run = if c.is_ascii_digit() { run + 1 } else { 0 };
            run < 3 && (run > 0 || c == b'.' || c == b')')
        });
    number || is_group_number(s)
}

/// The number of a group row: a Roman numeral or one capital letter (`II`, `B`).
pub(crate) fn is_group_number(t: &str) -> bool {
    crate::numerals::roman_value(t).is_some() || matches!(t.as_bytes(), [b'A'..=b'Z'])
}

/// `t`'s last row read again from its line to line `idx`, the lines one after the other with a
/// space for each break: a cell broken over lines is whole again, and each cell's place counts
/// from the row's line on, as [`Document::span`] reads it (past a line's text, one byte for its
/// break, on the next).
fn go_on(doc: &Document, t: &mut Table, idx: usize) {
    t.last = idx;
    let Some(row) = t.rows.last_mut() else { return };
    let mut text = String::new();
    for k in row.line..=idx {
        if k > row.line {
            text.push(' ');
        }
        text.push_str(doc.lines.get(k).map_or("", |l| &l.text));
    }
    row.cells = split(&text, b'\t');
}

/// An editing session's memory of its table rows' cells from one check to the next, by document
/// line: a row's cells are taken again while the line's text is the same (their shared row text
/// says it), so a keystroke splits again only the row it changed (an edit that moves the lines
/// below it splits those again too). Taken, not copied: [`give_back`] puts the rows back when
/// the check is done with its tables (a copy of each row and its dropping cost more than the
/// rest of the tables' reading). A list, not a map: no map code for it in the wasm. Used only
/// inside [`with_memo`] (by `crate::session`); a plain `check()` splits every row.
#[derive(Default)]
pub struct Memo(Vec<Option<Vec<Cell>>>);

thread_local! {
    static MEMO: std::cell::RefCell<Option<Memo>> = const { std::cell::RefCell::new(None) };
}

/// Run `f` (a check) with the table rows read through `memo`.
pub fn with_memo<T>(memo: &mut Memo, f: impl FnOnce() -> T) -> T {
    crate::document::lend(&MEMO, memo, f)
}

/// [`row_cells`] of line `idx`'s text, taken from the session's memo when one is set.
fn remembered_cells(idx: usize, text: &str) -> Option<Vec<Cell>> {
    let same = |c: &Option<Vec<Cell>>| c.as_ref().and_then(|c| c.first()).is_some_and(|c| *c.text.row == *text);
    if crate::document::SESSION_MEMORY {
        if let Some(cells) = MEMO.with_borrow_mut(|m| m.as_mut().and_then(|Memo(rows)| rows.get_mut(idx).filter(|c| same(c))?.take())) {
            return Some(cells);
        }
    }
    row_cells(text)
}

/// The rows of `tables` (done with) put back into the session's memo, when one is set: each
/// row's cells as [`row_cells`] split them (all sharing the row text of the first, which is the
/// line's: a cell joined or put in by [`tables`] has a text of its own), by line.
pub fn give_back(tables: Vec<Table>) {
    if !crate::document::SESSION_MEMORY || MEMO.with_borrow(Option::is_none) {
        drop(tables);
        return;
    }
    MEMO.with_borrow_mut(|m| {
        let Some(Memo(kept)) = m else { return };
        for row in tables.into_iter().flat_map(|t| t.rows) {
            let Some(first) = row.cells.first() else { continue };
            if row.cells.iter().any(|c| !Rc::ptr_eq(&c.text.row, &first.text.row)) {
                continue;
            }
            while kept.len() <= row.line {
                kept.push(None);
            }
            if let Some(slot) = kept.get_mut(row.line) {
                *slot = Some(row.cells);
            }
        }
    });
}

/// The header as two rows name its columns (`Kinh phí dự kiến` merged over `Số tiền` and
/// `Nguồn vốn`; `Kế hoạch 2024` over `Cấp tỉnh`, `Cấp huyện`): each cell reads both rows
/// together (`Kinh phí dự kiến Nguồn vốn`), and an empty cell of either row (a merged cell, as
/// the .docx reader pads them, or a tab-separated copy) takes the other's text.
pub fn merge_header_rows(upper: &Row, sub: &Row) -> Row {
    let n = upper.cells.len().max(sub.cells.len());
    let cells = (0..n)
        .map(|i| {
            let up = upper.cells.get(i).filter(|c| !c.text.is_empty());
            let down = sub.cells.get(i).filter(|c| !c.text.is_empty());
            match (up, down) {
                (Some(u), Some(d)) => Cell { text: crate::message::join(&[u.text.as_str(), &d.text], " ").into(), from: u.from, to: u.to },
                (Some(c), None) | (None, Some(c)) => c.clone(),
                (None, None) => Cell::default(),
            }
        })
        .collect();
    Row { line: upper.line, cells }
}

/// What a column holds, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Stt,
    Name,
    Owner,
    Kind,
    Goal,
    Scale,
    Content,
    Time,
    Cost,
    Source,
    Approved,
    Spent,
    Status,
}

impl Column {
    /// The field's name as the template says it.
    pub fn label(self) -> &'static str {
        match self {
            Column::Stt => "STT",
            Column::Name => "tên nhiệm vụ, dự án",
            Column::Owner => "đơn vị chủ trì",
            Column::Kind => "mới/chuyển tiếp",
            Column::Goal => "mục tiêu",
            Column::Scale => "quy mô",
            Column::Content => "nội dung",
            Column::Time => "thời gian triển khai",
            Column::Cost => "dự kiến kinh phí",
            Column::Source => "nguồn vốn",
            Column::Approved => "tổng mức đầu tư/dự toán được duyệt",
            Column::Spent => "đã chi",
            Column::Status => "hiện trạng",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Column::Stt => "No.",
            Column::Name => "name",
            Column::Owner => "lead unit",
            Column::Kind => "new/continuing",
            Column::Goal => "goal",
            Column::Scale => "scale",
            Column::Content => "content",
            Column::Time => "timeline",
            Column::Cost => "expected cost",
            Column::Source => "funding source",
            Column::Approved => "approved budget",
            Column::Spent => "spent",
            Column::Status => "status",
        }
    }
}

/// The header words of each column, in order of precedence: `Nguồn vốn` before `vốn`,
/// `được duyệt` before `kinh phí`.
const COLUMN_WORDS: &[(&[&str], Column)] = &[
    (&["nguon von", "nguon kinh phi", "nguon"], Column::Source),
    (&["duoc duyet", "phe duyet", "duoc giao", "du toan giao"], Column::Approved),
    (&["da chi", "giai ngan", "da thuc hien", "luy ke", "da bo tri"], Column::Spent),
    (&["chu tri", "don vi thuc hien", "co quan thuc hien", "don vi"], Column::Owner),
    (&["moi chuyen tiep", "chuyen tiep", "moi hoac", "tinh chat"], Column::Kind),
    (&["thoi gian", "tien do"], Column::Time),
    (&["kinh phi", "du toan", "tong muc dau tu", "von", "so tien"], Column::Cost),
    (&["muc tieu"], Column::Goal),
    (&["quy mo"], Column::Scale),
    (&["noi dung"], Column::Content),
    (&["hien trang", "tinh trang"], Column::Status),
    (&["ten", "nhiem vu", "du an", "danh muc"], Column::Name),
];

/// [`COLUMN_WORDS`] by first letter: the column's place in the list times 8 plus the word's
/// place in its keys, `u8::MAX` past the last; beside it the word's second letter (most keys
/// starting alike differ there: compared first, without looking the key up).
const BY_LETTER: [[(u8, u8); 12]; 26] = {
    let mut t = [[(u8::MAX, 0); 12]; 26];
    let mut count = [0usize; 26];
    let mut i = 0;
    while i < COLUMN_WORDS.len() {
        let mut k = 0;
        while k < COLUMN_WORDS[i].0.len() {
            let key = COLUMN_WORDS[i].0[k].as_bytes();
            let letter = (key[0] - b'a') as usize;
            t[letter][count[letter]] = ((i * 8 + k) as u8, key[1]);
            count[letter] += 1;
            k += 1;
        }
        i += 1;
    }
    t
};

/// Recognise a header cell, folded ([`crate::vn::fold`]: a table's header cells are read several
/// ways, folded once): the first column of [`COLUMN_WORDS`] whose words it has.
pub fn column_of_folded(f: &str) -> Option<Column> {
    if f.is_empty() {
        return None;
    }
    if matches!(f, "stt" | "tt" | "so tt" | "so thu tu") {
        return Some(Column::Stt);
    }
    // one pass over the cell's words (it runs for every cell of a table's first rows, some of
    // them long): the columns whose words start at each word, the first in precedence kept
    let b = f.as_bytes();
    let mut best = COLUMN_WORDS.len();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let rest = b.get(i..).unwrap_or_default();
        // (the next word's start, found before the keys are compared)
        i += rest.iter().position(|&x| x == b' ').map_or(rest.len(), |k| k + 1);
        let Some(words) = BY_LETTER.get(usize::from(c.wrapping_sub(b'a'))) else { continue };
        let second = rest.get(1).copied();
        for &(w, _) in words.iter().take_while(|&&(w, _)| usize::from(w / 8) < best).filter(|&&(_, s)| Some(s) == second) {
            let (column, key) = (usize::from(w / 8), usize::from(w % 8));
            let Some(k) = COLUMN_WORDS.get(column).and_then(|(keys, _)| keys.get(key)).map(|k| k.as_bytes()) else { continue };
            if rest.starts_with(k) && matches!(rest.get(k.len()), None | Some(b' ')) {
                best = column;
                break;
            }
        }
    }
    COLUMN_WORDS.get(best).map(|&(_, c)| c)
}

/// Every column a header cell (folded) names, `first` its [`column_of_folded`] (known to the
/// caller) first: `Mục tiêu, quy mô, nội dung` covers three fields. (One pass over the cell for
/// the three words; no list allocated.)
pub fn columns_of_folded(f: &str, first: Column) -> impl Iterator<Item = Column> {
    const MORE: [(&str, Column); 3] = [("muc tieu", Column::Goal), ("quy mo", Column::Scale), ("noi dung", Column::Content)];
    let b = f.as_bytes();
    // (a header cell is short: a loop over its bytes costs less than a search restarted at each
    // `n`; a word is compared only when its first four bytes are the key's)
    let head = |s: &[u8]| s.get(..4).and_then(|h| h.try_into().ok()).map(u32::from_le_bytes);
    let mut has = [false; 3];
    for i in (0..b.len()).filter(|&i| matches!(b.get(i), Some(b'm' | b'q' | b'n'))) {
        let rest = b.get(i..).unwrap_or_default();
        let Some(h) = head(rest) else { break };
        for (found, (k, _)) in has.iter_mut().zip(MORE) {
            *found |= head(k.as_bytes()) == Some(h) && rest.starts_with(k.as_bytes());
        }
    }
    std::iter::once(first).chain(MORE.into_iter().zip(has).filter(move |&((_, c), h)| h && c != first).map(|((_, c), _)| c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vn;

    #[test]
    fn rows_of_every_kind() {
        let cells = |t: &str| row_cells(t).map(|c| c.into_iter().map(|c| c.text.to_string()).collect::<Vec<_>>());
        assert_eq!(cells("1\tNâng cấp\t30.000"), Some(vec!["1".into(), "Nâng cấp".into(), "30.000".into()]));
        assert_eq!(cells("| 1 | Nâng cấp | 30.000 |"), Some(vec!["1".into(), "Nâng cấp".into(), "30.000".into()]));
        // a list item as Word's plain text gives it is no row; a row numbered so is one
        for item in
            ["•\tTỷ lệ hồ sơ", "-\tTỷ lệ", "o\tTỷ lệ", "1.\tNhận thức số", "II.\tMỤC TIÊU", "1.1.\tNgày Chuyển đổi số", "a)\tKết quả"]
        {
            assert_eq!(cells(item), None, "{item}");
        }
        assert!(is_row("1\tNâng cấp") && is_row("1.\tNâng cấp\t30.000") && is_row("\tTổng cộng") && is_row("Ghi chú\tx"));
        // a letter alone is no bullet: a group's (`Đ`, after `D` in Vietnamese) or a cell's word
        assert!(is_row("Đ\tNhiệm vụ khác") && is_row("ô\tô") && !is_row("–\tTỷ lệ") && !is_row("\u{f0a7}\tTỷ lệ"));
        assert_eq!(cells("1 | Nâng cấp | 30.000 | NS tỉnh"), Some(vec!["1".into(), "Nâng cấp".into(), "30.000".into(), "NS tỉnh".into()]));
        assert_eq!(cells("Một câu có dấu | duy nhất"), None);
        assert_eq!(cells("1\t\t30.000"), Some(vec!["1".into(), "".into(), "30.000".into()]));
    }

    #[test]
    fn markdown_tables_skip_the_separator() {
        let d = Document::from_text("Đoạn\n| STT | Tên |\n|---|---|\n| 1 | A |\n\nSau");
        let t = tables(&d, 0, d.lines.len());
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].rows.len(), 2);
        assert_eq!(t[0].rows[1].line, 3);
    }

    #[test]
    fn a_grid_tables_row_is_the_lines_between_its_borders() {
        let d = Document::from_text(
            "+-----+-----------+----------+\n| STT | Tên nhiệm | Kinh phí |\n|     | vụ        | (triệu   |\n|     |           | đồng)    |\n+=====+===========+==========+\n| 1   | Trung tâm | 14.000   |\n|     | dữ liệu   |          |\n+-----+-----------+----------+\n|     | Tổng cộng | 14.000   |\n+-----+-----------+----------+\nSau",
        );
        let t = tables(&d, 0, d.lines.len());
        assert_eq!(t.len(), 1);
        let rows: Vec<(usize, Vec<String>)> =
            t[0].rows.iter().map(|r| (r.line, r.cells.iter().map(|c| c.text.to_string()).collect())).collect();
        let cells = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            rows,
            [
                (1, cells(&["STT", "Tên nhiệm vụ", "Kinh phí (triệu đồng)"])),
                (5, cells(&["1", "Trung tâm dữ liệu", "14.000"])),
                (8, cells(&["", "Tổng cộng", "14.000"]))
            ]
        );
        // the cell's place is its first line's
        assert_eq!(t[0].rows[1].cells[2].from, "| 1   | Trung tâm | ".len());
    }

    #[test]
    fn a_web_copys_empty_first_cell_stays_a_cell() {
        let d =
            Document::from_text("STT | Tên | Kinh phí | Nguồn\n1 | A | 5.500 | \n | Tổng cộng | 5.500 | \nSau\n| STT | Tên |\n| 1 | B |");
        let t = tables(&d, 0, d.lines.len());
        let texts = |t: &Table, r: usize| t.rows[r].cells.iter().map(|c| c.text.to_string()).collect::<Vec<_>>();
        assert_eq!(texts(&t[0], 1), ["1", "A", "5.500"]);
        assert_eq!(texts(&t[0], 2), ["", "Tổng cộng", "5.500"]);
        assert_eq!(texts(&t[1], 1), ["1", "B"]);
    }

    /// The split before rows were read eight bytes at a time (count, `memchr` per cell, `trim`).
    fn split_by_trim(text: &str, sep: u8) -> Vec<(usize, usize)> {
        let mut cells = Vec::new();
        let mut start = 0;
        for i in memchr::memchr_iter(sep, text.as_bytes()).chain(std::iter::once(text.len())) {
            let raw = &text[start..i];
            let trimmed_start = raw.trim_start();
            let lead = raw.len() - trimmed_start.len();
            cells.push((start + lead, start + lead + trimmed_start.trim_end().len()));
            start = i + 1;
        }
        cells
    }

    #[test]
    fn cells_split_by_bytes_are_the_cells_trim_finds_on_every_fixture_line() {
        let mut texts = vec![
            (0..70).map(|i| format!(" \u{a0}ô{i}\u{3000}")).collect::<Vec<_>>().join("\t"),
            "a\u{a0}|\u{2003}b|c\u{85}| \u{1680}\u{1ea0} |\u{1ea0}\u{a0}|đ\u{3000}|x\u{2028}y".to_string(),
            "| a\u{2003} |\u{85}b| \u{1680} | Ủy ban | mới\u{a0}| c\u{b} |".to_string(),
            "x|y|z|".repeat(40),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut dirs = vec![dir];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "txt" || x == "md") {
                    texts.extend(std::fs::read_to_string(&path).ok());
                }
            }
        }
        let mut rows = 0;
        for text in &texts {
            for line in text.lines() {
                // (as `split` reads it: edits left in the text blanked)
                let undone = crate::vn::edits_undone(line);
                let line = undone.as_deref().unwrap_or(line);
                for sep in [b'\t', b'|'] {
                    let cells = split(line, sep);
                    let ours: Vec<(usize, usize)> = cells.iter().map(|c| (c.from, c.to)).collect();
                    let mut theirs = split_by_trim(line, sep);
                    if sep == b'|' {
                        if theirs.first().is_some_and(|&(f, t)| f == t) && line.trim_start().starts_with('|') {
                            theirs.remove(0);
                        }
                        if theirs.last().is_some_and(|&(f, t)| f == t) && line.trim_end().ends_with('|') {
                            theirs.pop();
                        }
                    }
                    assert_eq!(ours, theirs, "{line}");
                    assert!(cells.iter().all(|c| *c.text == line[c.from..c.to]));
                    rows += usize::from(row_separator(line) == Some(sep));
                }
            }
        }
        assert!(rows > 1000, "{rows}");
    }

    /// [`column_of_folded`] by the list, key by key (no table by letter).
    fn column_by_keys(f: &str) -> Option<Column> {
        if f.is_empty() {
            return None;
        }
        if matches!(f, "stt" | "tt" | "so tt" | "so thu tu") {
            return Some(Column::Stt);
        }
        let has = |k: &str| {
            f.match_indices(k)
                .any(|(i, _)| (i == 0 || f.as_bytes()[i - 1] == b' ') && matches!(f.as_bytes().get(i + k.len()), None | Some(b' ')))
        };
        COLUMN_WORDS.iter().find(|(keys, _)| keys.iter().any(|k| has(k))).map(|&(_, c)| c)
    }

    #[test]
    fn the_column_found_by_letters_is_the_column_found_key_by_key_on_every_fixture_cell() {
        let mut texts = vec!["Tổng mức đầu tư được duyệt | Nguồn vốn | Lũy kế đã chi | Mới/chuyển tiếp | Tên | dự toán giao".to_string()];
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "txt" || x == "md") {
                    texts.extend(std::fs::read_to_string(&path).ok());
                }
            }
        }
        let mut named = 0;
        for line in texts.iter().flat_map(|t| t.lines()) {
            let cells = row_cells(line).unwrap_or_default();
            for c in cells.iter().map(|c| &*c.text).chain([line]) {
                let f = vn::fold(c);
                assert_eq!(column_of_folded(&f), column_by_keys(&f), "{c}");
                named += usize::from(column_by_keys(&f).is_some());
            }
        }
        assert!(named > 1000, "{named}");
    }

    #[test]
    fn the_columns_found_in_one_pass_are_those_three_searches_find_on_every_fixture_cell() {
        let by_search = |f: &str, first: Column| {
            let mut out = vec![first];
            for (k, c) in [("muc tieu", Column::Goal), ("quy mo", Column::Scale), ("noi dung", Column::Content)] {
                if vn::contains(f, k) && !out.contains(&c) {
                    out.push(c);
                }
            }
            out
        };
        let mut texts = vec!["Nội dung, mục tiêu | Quy mô và nội dung | mục tiêu mục tiêu quy mô".to_string()];
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "txt" || x == "md") {
                    texts.extend(std::fs::read_to_string(&path).ok());
                }
            }
        }
        let mut more = 0;
        for line in texts.iter().flat_map(|t| t.lines()) {
            let cells = row_cells(line).unwrap_or_default();
            for c in cells.iter().map(|c| &*c.text).chain([line]) {
                let f = vn::fold(c);
                for first in [Column::Goal, Column::Scale, Column::Content, Column::Cost] {
                    let theirs = by_search(&f, first);
                    assert_eq!(columns_of_folded(&f, first).collect::<Vec<_>>(), theirs, "{c}");
                    more += usize::from(theirs.len() > 1);
                }
            }
        }
        assert!(more > 100, "{more}");
    }

    fn column_of(header: &str) -> Option<Column> {
        column_of_folded(&vn::fold(header))
    }

    fn columns_of(header: &str) -> Vec<Column> {
        let f = vn::fold(header);
        column_of_folded(&f).map_or(Vec::new(), |first| columns_of_folded(&f, first).collect())
    }

    #[test]
    fn header_cells() {
        assert_eq!(column_of("STT"), Some(Column::Stt));
        assert_eq!(column_of("Tên nhiệm vụ, dự án"), Some(Column::Name));
        assert_eq!(column_of("Đơn vị chủ trì"), Some(Column::Owner));
        assert_eq!(column_of("Mới/Chuyển tiếp"), Some(Column::Kind));
        assert_eq!(column_of("Tính chất dự án"), Some(Column::Kind));
        assert_eq!(column_of("Thời gian thực hiện"), Some(Column::Time));
        assert_eq!(column_of("Kinh phí (triệu đồng)"), Some(Column::Cost));
        assert_eq!(column_of("Dự kiến kinh phí"), Some(Column::Cost));
        assert_eq!(column_of("Nguồn vốn"), Some(Column::Source));
        assert_eq!(column_of("Tổng mức đầu tư được duyệt (triệu đồng)"), Some(Column::Approved));
        assert_eq!(column_of("Đã chi (triệu đồng)"), Some(Column::Spent));
        assert_eq!(column_of("Hiện trạng"), Some(Column::Status));
        assert_eq!(column_of("Ghi chú"), None);
        assert_eq!(columns_of("Mục tiêu, quy mô, nội dung"), [Column::Goal, Column::Scale, Column::Content]);
    }
}
