//! Tables in pasted text: tab-separated lines (Word and Excel copy tables that way), `|`-separated
//! lines and Markdown tables, read into one model that the .docx reader fills too.

use crate::document::Document;
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

impl std::fmt::Display for CellText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The separator of a table line's cells, tabs, else `|` (three, or two at the line's start:
/// no more are counted).
fn row_separator(text: &str) -> Option<u8> {
    let b = text.as_bytes();
    if memchr::memchr(b'\t', b).is_some() {
        return Some(b'\t');
    }
    let n = memchr::memchr_iter(b'|', b).take(3).count();
    (n >= 3 || text.starts_with('|') && n >= 2).then_some(b'|')
}

fn split(text: &str, sep: u8) -> Vec<Cell> {
    // the row's text, once, for all its cells (one allocation: `Rc<str>`)
    let row: Rc<str> = Rc::from(text);
    // sized once (the separators counted): a table's rows are kept until budget and targets
    // have read them
    let mut cells = Vec::with_capacity(crate::vn::count_byte(text.as_bytes(), sep) + 1);
    let mut start = 0;
    // (most cells start and end with a visible ASCII character: nothing to trim, no character decoded)
    let plain = |x: Option<&u8>| x.is_some_and(|&x| x > b' ' && x < 0x80);
    // the separator is ASCII (a tab or `|`): its bytes are found without decoding characters
    for i in memchr::memchr_iter(sep, text.as_bytes()).chain(std::iter::once(text.len())) {
        let raw = text.get(start..i).unwrap_or("");
        let (from, to) = if plain(raw.as_bytes().first()) && plain(raw.as_bytes().last()) {
            (start, i)
        } else {
            let trimmed_start = raw.trim_start();
            let lead = raw.len() - trimmed_start.len();
            (start + lead, start + lead + trimmed_start.trim_end().len())
        };
        cells.push(Cell { text: CellText { row: Rc::clone(&row), from, to }, from, to });
        start = i + 1;
    }
    if sep == b'|' {
        if cells.first().is_some_and(|c| c.text.is_empty()) && text.trim_start().starts_with('|') {
            cells.remove(0);
        }
        if cells.last().is_some_and(|c| c.text.is_empty()) && text.trim_end().ends_with('|') {
            cells.pop();
        }
    }
    cells
}

/// A Markdown separator row: `|---|:--:|`.
fn is_separator(cells: &[Cell]) -> bool {
    !cells.is_empty() && cells.iter().all(|c| !c.text.is_empty() && c.text.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// Every table in lines `from..to`, in order. Consecutive table lines form one table.
pub fn tables(doc: &Document, from: usize, to: usize) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    let mut current: Option<Table> = None;
    for idx in from..to.min(doc.lines.len()) {
        let line = &doc.lines[idx];
        match line.has_cell_separator().then(|| remembered_cells(idx, &line.text)).flatten() {
            Some(cells) if is_separator(&cells) => {}
            Some(mut cells) if cells.len() >= 2 => {
                let t = current.get_or_insert_with(|| Table { rows: Vec::new() });
                // in a table whose header has no Markdown border, a `|` at a row's start
                // separates an empty first cell (` | Tổng cộng | … | 44.000 | `: a web copy
                // joins the cells with ` | `)
                if line.text.starts_with('|') && t.rows.first().is_some_and(|h| !doc.lines[h.line].text.starts_with('|')) {
                    cells.insert(0, Cell::default());
                }
                t.rows.push(Row { line: idx, cells })
            }
            // a blank line between rows (double-spaced pastes) does not end the table
            _ if doc.lines[idx].text.is_empty() && current.is_some() => {}
            _ => {
                if let Some(t) = current.take() {
                    out.push(t);
                }
            }
        }
    }
    out.extend(current);
    out
}

/// An editing session's memory of its table rows' cells from one check to the next, by document
/// line: a row's cells are taken again while the line's text is the same (their shared row text
/// says it), so a keystroke splits again only the row it changed (an edit that moves the lines
/// below it splits those again too). A list, not a map: no map code for it in the wasm. Used
/// only inside [`with_memo`] (by `crate::session`); a plain `check()` splits every row.
#[derive(Default)]
pub struct Memo(Vec<Option<Vec<Cell>>>);

thread_local! {
    static MEMO: std::cell::RefCell<Option<Memo>> = const { std::cell::RefCell::new(None) };
}

/// Run `f` (a check) with the table rows read through `memo`.
pub fn with_memo<T>(memo: &mut Memo, f: impl FnOnce() -> T) -> T {
    crate::document::lend(&MEMO, memo, f)
}

/// [`row_cells`] of line `idx`'s text, through the session's memo when one is set.
fn remembered_cells(idx: usize, text: &str) -> Option<Vec<Cell>> {
    let same = |c: &Option<Vec<Cell>>| c.as_ref().and_then(|c| c.first()).is_some_and(|c| *c.text.row == *text);
    if crate::document::SESSION_MEMORY {
        let kept = MEMO.with_borrow(|m| m.as_ref().and_then(|Memo(rows)| rows.get(idx).filter(|c| same(c)).cloned()));
        if let Some(cells) = kept {
            return cells;
        }
    }
    let cells = row_cells(text);
    if crate::document::SESSION_MEMORY {
        MEMO.with_borrow_mut(|m| {
            if let Some(Memo(rows)) = m {
                while rows.len() <= idx {
                    rows.push(None);
                }
                if let Some(slot) = rows.get_mut(idx) {
                    *slot = cells.clone();
                }
            }
        });
    }
    cells
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
                (Some(u), Some(d)) => Cell { text: [u.text.as_str(), &d.text].join(" ").into(), from: u.from, to: u.to },
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
    (&["moi chuyen tiep", "chuyen tiep", "moi hoac"], Column::Kind),
    (&["thoi gian", "tien do"], Column::Time),
    (&["kinh phi", "du toan", "tong muc dau tu", "von", "so tien"], Column::Cost),
    (&["muc tieu"], Column::Goal),
    (&["quy mo"], Column::Scale),
    (&["noi dung"], Column::Content),
    (&["hien trang", "tinh trang"], Column::Status),
    (&["ten", "nhiem vu", "du an", "danh muc"], Column::Name),
];

/// [`COLUMN_WORDS`] by first letter: the column's place in the list times 8 plus the word's
/// place in its keys, `u8::MAX` past the last.
const BY_LETTER: [[u8; 12]; 26] = {
    let mut t = [[u8::MAX; 12]; 26];
    let mut count = [0usize; 26];
    let mut i = 0;
    while i < COLUMN_WORDS.len() {
        let mut k = 0;
        while k < COLUMN_WORDS[i].0.len() {
            let letter = (COLUMN_WORDS[i].0[k].as_bytes()[0] - b'a') as usize;
            t[letter][count[letter]] = (i * 8 + k) as u8;
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
        for (column, key) in words.iter().map(|&w| (usize::from(w / 8), usize::from(w % 8))).take_while(|&(column, _)| column < best) {
            let Some(k) = COLUMN_WORDS.get(column).and_then(|(keys, _)| keys.get(key)).map(|k| k.as_bytes()) else { continue };
            // (the second letter first: most keys starting alike differ there)
            if rest.get(1) == k.get(1) && rest.starts_with(k) && matches!(rest.get(k.len()), None | Some(b' ')) {
                best = column;
                break;
            }
        }
    }
    COLUMN_WORDS.get(best).map(|&(_, c)| c)
}

/// Every column a header cell (folded) names, `first` its [`column_of_folded`] (known to the
/// caller): `Mục tiêu, quy mô, nội dung` covers three fields.
pub fn columns_of_folded(f: &str, first: Column) -> Vec<Column> {
    let mut out = vec![first];
    for (k, c) in [("muc tieu", Column::Goal), ("quy mo", Column::Scale), ("noi dung", Column::Content)] {
        if crate::vn::contains(f, k) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
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
    fn a_web_copys_empty_first_cell_stays_a_cell() {
        let d =
            Document::from_text("STT | Tên | Kinh phí | Nguồn\n1 | A | 5.500 | \n | Tổng cộng | 5.500 | \nSau\n| STT | Tên |\n| 1 | B |");
        let t = tables(&d, 0, d.lines.len());
        let texts = |t: &Table, r: usize| t.rows[r].cells.iter().map(|c| c.text.to_string()).collect::<Vec<_>>();
        assert_eq!(texts(&t[0], 1), ["1", "A", "5.500"]);
        assert_eq!(texts(&t[0], 2), ["", "Tổng cộng", "5.500"]);
        assert_eq!(texts(&t[1], 1), ["1", "B"]);
    }

    fn column_of(header: &str) -> Option<Column> {
        column_of_folded(&vn::fold(header))
    }

    fn columns_of(header: &str) -> Vec<Column> {
        let f = vn::fold(header);
        column_of_folded(&f).map_or(Vec::new(), |first| columns_of_folded(&f, first))
    }

    #[test]
    fn header_cells() {
        assert_eq!(column_of("STT"), Some(Column::Stt));
        assert_eq!(column_of("Tên nhiệm vụ, dự án"), Some(Column::Name));
        assert_eq!(column_of("Đơn vị chủ trì"), Some(Column::Owner));
        assert_eq!(column_of("Mới/Chuyển tiếp"), Some(Column::Kind));
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
