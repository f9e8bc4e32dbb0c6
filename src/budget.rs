//! The budget of a plan as data: the total declared in `V. Kinh phí thực hiện` and its parts by
//! funding source, the items of `VII. Danh mục nhiệm vụ, dự án` (a table in the section or in an
//! appendix it refers to), and last year's projects of `11. Kinh phí thực hiện` (approved and
//! spent). Read once per check; the `budget.*` rules query it.

use crate::vn::Bytewise;
use serde::Serialize;

use crate::document::Document;
use crate::money::{self, Amount, Figure, Unit};
use crate::outline::content::Contents;
use crate::outline::Outline;
use crate::profile::Profile;
use crate::profile::Role;
use crate::table::{self, Cell, Column, Table};
use crate::vn;

/// A funding source as the Ministry's guidance names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "FundingSource"))]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Ngân sách trung ương (NSTW).
    Nstw,
    /// Ngân sách địa phương / ngân sách tỉnh (NSĐP).
    Nsdp,
    /// Ngân sách nhà nước, not split further (NSNN).
    Nsnn,
    /// Vốn đầu tư công.
    DauTuCong,
    /// Chi thường xuyên.
    ChiThuongXuyen,
    /// Xã hội hóa.
    XaHoiHoa,
    /// ODA, vốn vay.
    Oda,
    /// Nguồn vốn hợp pháp khác.
    Khac,
    /// Chương trình mục tiêu quốc gia (CTMTQG).
    Ctmtqg,
}

impl Source {
    pub fn label(self) -> &'static str {
        match self {
            Source::Nstw => "ngân sách trung ương",
            Source::Nsdp => "ngân sách địa phương",
            Source::Nsnn => "ngân sách nhà nước",
            Source::DauTuCong => "vốn đầu tư công",
            Source::ChiThuongXuyen => "chi thường xuyên",
            Source::XaHoiHoa => "xã hội hóa",
            Source::Oda => "ODA",
            Source::Khac => "nguồn hợp pháp khác",
            Source::Ctmtqg => "chương trình mục tiêu quốc gia",
        }
    }
}

/// (folded phrase, source); longer phrases first where one contains another.
const SOURCE_PHRASES: &[(&str, Source)] = &[
    ("ngan sach trung uong", Source::Nstw),
    ("nstw", Source::Nstw),
    ("ngan sach dia phuong", Source::Nsdp),
    ("ngan sach tinh", Source::Nsdp),
    ("ngan sach huyen", Source::Nsdp),
    ("ngan sach cap tinh", Source::Nsdp),
    ("ngan sach thanh pho", Source::Nsdp),
    ("nsdp", Source::Nsdp),
    ("ns tinh", Source::Nsdp),
    ("ngan sach nha nuoc", Source::Nsnn),
    ("nsnn", Source::Nsnn),
    ("von dau tu cong", Source::DauTuCong),
    ("dau tu cong", Source::DauTuCong),
    // `chi đầu tư phát triển`: the budget law's name for the spending public investment funds
    ("dau tu phat trien", Source::DauTuCong),
    ("dtc", Source::DauTuCong),
    ("chi thuong xuyen", Source::ChiThuongXuyen),
    ("kinh phi thuong xuyen", Source::ChiThuongXuyen),
    ("von su nghiep", Source::ChiThuongXuyen),
    ("su nghiep", Source::ChiThuongXuyen),
    ("ctx", Source::ChiThuongXuyen),
    ("xa hoi hoa", Source::XaHoiHoa),
    ("xhh", Source::XaHoiHoa),
    ("oda", Source::Oda),
    ("von vay", Source::Oda),
    ("hop phap khac", Source::Khac),
    ("nguon khac", Source::Khac),
    ("chuong trinh muc tieu quoc gia", Source::Ctmtqg),
    ("ctmtqg", Source::Ctmtqg),
    ("chuong trinh mtqg", Source::Ctmtqg),
    ("von doanh nghiep", Source::XaHoiHoa),
    ("doanh nghiep", Source::XaHoiHoa),
];

/// [`SOURCE_PHRASES`] by first letter `a`…`z`: their places in the list, `u8::MAX` past the
/// last (most words start with none of them, and are passed without comparing a phrase; the
/// others are compared with the phrases of their letter only).
const BY_FIRST: [[u8; 12]; 26] = {
    let mut t = [[u8::MAX; 12]; 26];
    let mut count = [0usize; 26];
    let mut k = 0;
    while k < SOURCE_PHRASES.len() {
        let letter = (SOURCE_PHRASES[k].0.as_bytes()[0] - b'a') as usize;
        t[letter][count[letter]] = k as u8;
        count[letter] += 1;
        k += 1;
    }
    t
};

/// The last funding source named in `text`.
pub fn last_source(text: &str) -> Option<Source> {
    last_source_in(text, &mut String::new())
}

/// [`last_source`], `text` folded into `f` (room kept from call to call: a table reads one per row).
fn last_source_in(text: &str, f: &mut String) -> Option<Source> {
    vn::fold_into(text, f);
    let b = f.as_bytes();
    // one pass over the words (this runs for every amount and item read): at each word's start,
    // the phrases starting with its letter; the phrase ending last wins, the longer on a tie
    let mut best: Option<(usize, usize, Source)> = None;
    for i in (0..b.len()).filter(|&i| i == 0 || b[i - 1] == b' ') {
        let Some(places) = b.get(i).and_then(|&c| BY_FIRST.get(usize::from(c.wrapping_sub(b'a')))) else { continue };
        for &(p, s) in places.iter().map_while(|&k| SOURCE_PHRASES.get(usize::from(k))) {
            let whole = b[i..].starts_with(p.as_bytes()) && matches!(b.get(i + p.len()), None | Some(b' '));
            if whole && best.is_none_or(|(end, len, _)| (i + p.len(), p.len()) >= (end, len)) {
                best = Some((i + p.len(), p.len(), s));
            }
        }
    }
    best.map(|(_, _, s)| s)
}

/// An amount with where it stands.
#[derive(Debug, Clone, Copy)]
pub struct Located {
    pub line: usize,
    pub amount: Amount,
}

/// One row of a project table.
#[derive(Debug, Clone)]
pub struct Item {
    pub line: usize,
    pub stt: String,
    pub name: String,
    /// The cell of each recognised column of the row.
    pub cells: Vec<(Column, Cell)>,
    pub cost: Option<Amount>,
    pub approved: Option<Amount>,
    pub spent: Option<Amount>,
    pub source: Option<Source>,
}

impl Item {
    /// How messages name the item: its name, or its number when the name cell is empty.
    pub fn label(&self) -> String {
        if self.name.is_empty() {
            fill!("STT {}", self.stt)
        } else {
            self.name.clone()
        }
    }

    #[inline(never)] // (eight callers)
    pub fn cell(&self, column: Column) -> Option<&Cell> {
        self.cells.iter().find(|(c, _)| *c == column).map(|(_, cell)| cell)
    }

    /// Its amount cell is the ditto mark `〃` the Word reader writes under an amount merged down
    /// over rows: the amount of the row above covers it.
    pub fn amount_in_row_above(&self) -> bool {
        self.cost.is_none() && self.cell(Column::Cost).is_some_and(|c| &*c.text == "〃")
    }
}

/// A project table: its header and its items (totals and group rows set apart).
#[derive(Debug, Clone)]
pub struct ProjectTable {
    pub header_line: usize,
    /// The column of each header cell.
    pub columns: Vec<(Column, Cell)>,
    /// The unit given once in the header (`Kinh phí (triệu đồng)`).
    pub unit: Option<Unit>,
    pub items: Vec<Item>,
    /// `Tổng cộng` rows and their amount.
    pub totals: Vec<Located>,
    /// Amount cells with neither a unit of their own nor one in the header: (line, cell).
    pub unitless: Vec<(usize, Cell)>,
    /// The total's parts by source, in rows of their own ([`breakdown`]): no items.
    pub parts: Vec<Part>,
    /// Each group's sub-total row (`Cộng I`, `Cộng`, `Tổng II` under a group row): its amount, the
    /// sum of the group's items, its own words and the group row's (or its number). One adding
    /// up the whole list may be the table's total, first in `totals`.
    pub subtotals: Vec<(Located, i128, String, String)>,
}

impl ProjectTable {
    pub fn has(&self, column: Column) -> bool {
        self.columns.iter().any(|(c, _)| *c == column)
    }

    /// The sum of the items' costs and the largest of their tolerances; None when no item has one.
    pub fn items_sum(&self) -> Option<(i128, i128)> {
        sum_and_tolerance(self.items.iter().filter_map(|i| i.cost.map(|a| (a.dong, a.tolerance))))
    }
}

/// The sum of amounts and the largest of their tolerances, None for none (a fold: no list of
/// them made, in the wasm no `collect` copy for it).
fn sum_and_tolerance(amounts: impl Iterator<Item = (i128, i128)>) -> Option<(i128, i128)> {
    let mut out = None;
    for (dong, tolerance) in amounts {
        out = Some(match out {
            Some((sum, most)) => (sum + dong, tolerance.max(most)),
            None => (dong, tolerance),
        });
    }
    out
}

/// A project table as a [`Budget`] holds it: in a build with the editing session (feature `live`)
/// shared with the session's memo, so a keystroke copies no table it read before (their cells'
/// texts, items and names were cloned on each keystroke); in the core module (no session) the
/// table itself.
#[cfg(feature = "live")]
pub type Held = std::rc::Rc<ProjectTable>;
#[cfg(not(feature = "live"))]
pub type Held = Plain<ProjectTable>;

/// A value held as it is ([`Held`] without the session): read through `Deref` like an `Rc`.
#[cfg(not(feature = "live"))]
#[derive(Debug, Clone)]
pub struct Plain<T>(T);

#[cfg(not(feature = "live"))]
impl<T> std::ops::Deref for Plain<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// `pt` as a [`Budget`] holds it.
fn held(pt: ProjectTable) -> Held {
    #[cfg(feature = "live")]
    return std::rc::Rc::new(pt);
    #[cfg(not(feature = "live"))]
    Plain(pt)
}

/// Everything the budget rules look at.
#[derive(Debug, Default)]
pub struct Budget {
    /// Lines of `V. Kinh phí thực hiện` (heading included), when the section is there.
    pub p2v_lines: Option<(usize, usize)>,
    pub declared: Option<Located>,
    /// Parts of the total by source, with their depth in parentheses: `ngân sách tỉnh 44.300
    /// (đầu tư công 30.000, chi thường xuyên 14.300)` breaks the first part down at depth 1.
    pub parts: Vec<Part>,
    /// Amounts after the total whose source was not recognised (`nguồn vốn chương trình mục
    /// tiêu quốc gia 6.000`): the parts may be these plus `parts`.
    pub unsourced: Vec<Part>,
    /// Sources named in P2.V at all (with or without a figure).
    pub sources_named: Vec<Source>,
    /// Figures that read as money but carry no unit, in the prose of P2.V or P1.II.11:
    /// (line, figure, the role of the section it is in).
    pub unitless: Vec<(usize, Figure, Role)>,
    /// `Bằng chữ: …` with the amount in digits before it: (line, words range, digits, words in đồng).
    pub in_words: Vec<InWords>,
    pub plan_tables: Vec<Held>,
    pub past_tables: Vec<Held>,
    /// Last year's funds said in a sentence of P1.II.11: (line, allocated, spent).
    pub past_said: Vec<(usize, Amount, Amount)>,
}

#[derive(Debug, Clone, Copy)]
pub struct Part {
    pub source: Source,
    pub at: Located,
    pub depth: usize,
}

impl Budget {
    /// The plan's project tables' items summed ([`ProjectTable::items_sum`] over the tables that
    /// have one): the sum and the largest tolerance.
    pub fn plan_items_sum(&self) -> Option<(i128, i128)> {
        sum_and_tolerance(self.plan_tables.iter().filter_map(|t| t.items_sum()))
    }

    /// The parts that split the total: those at the shallowest depth.
    pub fn top_parts(&self) -> Vec<Part> {
        let min = self.parts.iter().map(|p| p.depth).min().unwrap_or(0);
        self.parts.iter().filter(|p| p.depth == min).copied().collect()
    }
}

#[derive(Debug, Clone)]
pub struct InWords {
    pub line: usize,
    pub from: usize,
    pub to: usize,
    pub digits: Located,
    pub words_dong: i128,
}

impl Budget {
    /// The plan's own unit: the declared total's, else the project table's.
    pub fn unit(&self) -> Unit {
        self.declared
            .map(|d| d.amount.unit)
            .or_else(|| self.plan_tables.iter().find_map(|t| t.unit.or_else(|| t.items.iter().find_map(|i| i.cost.map(|c| c.unit)))))
            .unwrap_or(Unit::Trieu)
    }
}

/// `tables`: every table of the document (read once per check, shared with the targets).
pub fn read(doc: &Document, profile: &Profile, outline: &Outline, contents: &Contents, tables: &[Table]) -> Budget {
    let mut budget = Budget::default();
    let (p2v, p2vii, p1ii11) = (profile.role(Role::Budget), profile.role(Role::Projects), profile.role(Role::PastSpending));
    // P2.V: the total and its parts, from text (and from a small table, read as text)
    if let Some(range) = p2v.and_then(|s| section_lines(outline, s)) {
        budget.p2v_lines = Some(range);
        read_funding_text(doc, range, &mut budget);
    }
    // P1.II.11: last year's funds in prose (`Tổng kinh phí … năm 2023 là 27.400, chiếm …`)
    if let Some((start, end)) = p1ii11.and_then(|s| section_lines(outline, s)) {
        for idx in start..end.min(doc.lines.len()) {
            // (struck-out text and what a correction replaces read as blanks)
            let undone = vn::edits_undone(&doc.lines[idx].text);
            let text = undone.as_deref().unwrap_or(&doc.lines[idx].text);
            if !doc.lines[idx].has_cell_separator() || !table::is_row(text) {
                budget.unitless.extend(unitless_in_prose(text, None).into_iter().map(|f| (idx, f, Role::PastSpending)));
                past_in_sentence(text, idx, &mut budget.past_said);
            } else if idx == start {
                // the section's heading is a row of Part I's table (`11 ⇥ Kinh phí thực hiện ⇥
                // Năm 2026 bố trí …, đã giải ngân …`): its cells say last year's funds in prose
                past_in_sentence(text, idx, &mut budget.past_said);
            }
        }
    }
    // project tables: in P2.VII / P1.II.11, or in an appendix one of them refers to (`folds`:
    // room for a header row's cells folded, kept from table to table)
    let mut folds = Vec::new();
    for t in tables {
        let Some(pt) = remembered_project_table(doc, t, &mut folds) else { continue };
        let home = home_section(outline, contents, t.first_line());
        if home.is_some() && home == p1ii11 || (home.is_none() && pt.has(Column::Spent)) {
            budget.past_tables.push(pt);
        } else if home.is_some() && home == p2vii {
            budget.plan_tables.push(pt);
        }
    }
    read_in_words(doc, &mut budget);
    budget
}

/// An editing session's memory of the tables read at its last check ([`project_table`] is most
/// of the budget's work): by their rows' text, so a keystroke reads again only a table it
/// changed; and of each line's amount in words ([`line_words`]), by document line while its text
/// is the same (a list, as `table::Memo`: no map for it). Used only inside [`with_memo`] (by
/// `crate::session`); a plain `check()` reads every table and line.
#[derive(Default)]
pub struct Memo {
    tables: crate::document::Recall<Option<Held>>,
    words: Vec<KeptWords>,
}

thread_local! {
    static MEMO: std::cell::RefCell<Option<Memo>> = const { std::cell::RefCell::new(None) };
}

/// Run `f` (a check) with the project tables read through `memo`.
pub fn with_memo<T>(memo: &mut Memo, f: impl FnOnce() -> T) -> T {
    memo.tables.next_check();
    crate::document::lend(&MEMO, memo, f)
}

/// [`project_table`] of `t`, through the session's memo when one is set. What it reads is the
/// unit given above the table and each row's line (relative to the table's first) and text: the
/// key. A table read before on other lines has its lines moved.
fn remembered_project_table(doc: &Document, t: &Table, folds: &mut Folds) -> Option<Held> {
    let first = t.first_line();
    let above = unit_above(doc, first);
    let mut read = || project_table(t, above, folds).map(held);
    if !crate::document::SESSION_MEMORY {
        return read();
    }
    let Some(mut memo) = MEMO.with_borrow_mut(Option::take) else { return read() };
    let mut key = memo.tables.start_key();
    key.push(above.map_or(0, |u| u as u8 + 1));
    // (every line of the table: a row goes on over the lines its cells break)
    for line in first..=t.last {
        crate::document::Recall::<Option<Held>>::key(&mut key, doc, first, line);
    }
    let moved = |pt: &mut Option<Held>, was: usize| {
        let Some(pt) = pt else { return };
        // (the memo's is the only one: the last check's budget is gone, nothing is copied)
        #[cfg(feature = "live")]
        if std::rc::Rc::get_mut(pt).is_none() {
            *pt = std::rc::Rc::new(ProjectTable::clone(pt));
        }
        #[cfg(feature = "live")]
        let Some(pt) = std::rc::Rc::get_mut(pt) else {
            return;
        };
        #[cfg(not(feature = "live"))]
        let pt = &mut pt.0;
        let moved = |line: &mut usize| *line = line.wrapping_sub(was).wrapping_add(first);
        moved(&mut pt.header_line);
        pt.items.iter_mut().for_each(|i| moved(&mut i.line));
        pt.totals.iter_mut().for_each(|l| moved(&mut l.line));
        pt.unitless.iter_mut().for_each(|(line, _)| moved(line));
        pt.parts.iter_mut().for_each(|p| moved(&mut p.at.line));
        pt.subtotals.iter_mut().for_each(|s| moved(&mut s.0.line));
    };
    let pt = memo.tables.get(key, first, read, moved);
    MEMO.with_borrow_mut(|m| *m = Some(memo));
    pt
}

/// First and last line (exclusive) of a section's text, from its first heading.
fn section_lines(outline: &Outline, section: usize) -> Option<(usize, usize)> {
    let &h = outline.by_section.get(section)?.first()?;
    let start = outline.headings[h].line;
    let end = outline.headings.get(h + 1).map_or(outline.body_end, |n| n.line).max(start + 1);
    Some((start, end))
}

/// The template section a line belongs to: the heading above it in the body, or, in an
/// appendix, the section that refers to that appendix.
fn home_section(outline: &Outline, contents: &Contents, line: usize) -> Option<usize> {
    if line < outline.body_end {
        let i = outline.headings.partition_point(|h| h.line <= line);
        return i.checked_sub(1).map(|i| outline.headings[i].section);
    }
    let a = outline.appendices.iter().rev().find(|a| a.line <= line)?;
    let number = a.number?;
    contents.appendix_refs.iter().rev().find(|r| r.number == number).map(|r| r.section)
}

const MONEY_WORDS: &[&str] = &["kinh phi", "tong", "von", "ngan sach", "xa hoi hoa", "chi"];

#[inline(never)] // a function of its own in the wasm: V8 compiles large ones more slowly (lib.rs `not_inlined`)
fn read_funding_text(doc: &Document, (start, end): (usize, usize), budget: &mut Budget) {
    // a unit given once for the section (`Đơn vị: triệu đồng`, a table header)
    let default_unit = (start..end).find_map(|i| {
        let (line, t) = (&doc.lines[i], &doc.lines[i].text);
        let f = vn::fold(t);
        (vn::contains(&f, "don vi") || vn::has_byte(t, b'(') && line.has_cell_separator() && table::is_row(t))
            .then(|| money::unit_in_header(t))
            .flatten()
    });
    // the amounts of the section written as an Excel set to English writes them (`45,000 triệu
    // đồng`): [`money::commas_in`]
    let grouping = (start..end).fold(0, |seen, i| doc.lines.get(i).map_or(seen, |l| money::commas_in(seen, &l.text, default_unit))) > 0;
    for idx in start..end.min(doc.lines.len()) {
        let undone = vn::edits_undone(&doc.lines[idx].text);
        let text = undone.as_deref().unwrap_or(&doc.lines[idx].text);
        let folded = vn::fold(text);
        for &(p, src) in SOURCE_PHRASES {
            if !budget.sources_named.contains(&src) && vn::has_phrase(&folded, p) {
                budget.sources_named.push(src);
            }
        }
        let mut prev_end = 0;
        let mut depth = 0usize;
        // in a table of sources, the first cell numbers the row (`STT`): never an amount
        let row_number = table::row_cells(text)
            .and_then(|cells| cells.into_iter().next())
            .filter(|c| c.text.trim_end_of(b".)").bytes().all(|b| b.is_ascii_digit()))
            .map(|c| c.from);
        for fig in money::each_figure(text) {
            let fig = money::regrouped(fig, text, default_unit, grouping);
            // a year or a document's number is never an amount, even under `Đơn vị: triệu đồng`
            if fig.unit.is_none() && (is_label_number(text, &fig) || row_number == Some(fig.from)) {
                continue;
            }
            let prefix = &text[prev_end..fig.from];
            for c in vn::chars(prefix) {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            let after = &text[fig.to..];
            prev_end = fig.to;
            let folded_prefix = vn::fold(prefix);
            let Some(amount) = fig.amount(default_unit) else {
                if is_money_without_unit(text, &fig, says_money(&folded_prefix), after) {
                    budget.unitless.push((idx, fig, Role::Budget));
                }
                continue;
            };
            let located = Located { line: idx, amount };
            let is_total = folded_prefix.split_str(" ").any(|w| w == "tong") && budget.declared.is_none();
            match (is_total, last_source(prefix)) {
                (true, _) => budget.declared = Some(located),
                (false, Some(source)) => budget.parts.push(Part { source, at: located, depth }),
                (false, None) if budget.declared.is_none() && budget.parts.is_empty() => budget.declared = Some(located),
                (false, None) => budget.unsourced.push(Part { source: Source::Khac, at: located, depth }),
            }
        }
    }
}

/// How a past item read from a sentence is named (it has no table, no name of its own).
pub const PAST_IN_SENTENCE: &str = "Kinh phí được bố trí";

/// Last year's funds said in a sentence, as most plans do: `Năm 2024, tỉnh bố trí 64.200 triệu
/// đồng (ngân sách tỉnh …); đã giải ngân 68.900 triệu đồng.` Each pair of an amount allocated
/// (`bố trí`, `được giao`, `được duyệt` in its clause) and the next amount spent (`giải ngân`,
/// `đã chi`) is one past item without a table ([`Budget::past_said`]). Amounts in brackets split
/// the first by source and are skipped; a share (`giải ngân đạt 92%`) ends the verb's clause. When
/// another amount stands between the two without `trong đó`/`gồm` saying it is a part of the
/// first (`bố trí 36.000 triệu đồng và 22.700 triệu đồng cho 5 dự án; giải ngân 54.200`), which
/// figure was allocated is unclear and the pair is not read: a false error costs more; unless
/// every amount allocated names its source in its clause (`bố trí vốn đầu tư công 36.000 và chi
/// thường xuyên 22.700`): then they are the parts, and their sum was allocated.
#[inline(never)]
fn past_in_sentence(text: &str, line: usize, out: &mut Vec<(usize, Amount, Amount)>) {
    const ALLOCATED: u8 = 1;
    const SPENT: u8 = 2;
    const NOT_LAST_YEARS: u8 = 4; // expected, or cumulative over the years
    const PART: u8 = 8;
    const WORDS: &[(&str, u8)] = &[
        ("bo tri", ALLOCATED),
        ("duoc giao", ALLOCATED),
        ("duoc duyet", ALLOCATED),
        ("phe duyet", ALLOCATED),
        ("phan bo", ALLOCATED),
        ("duoc cap", ALLOCATED),
        ("giai ngan", SPENT),
        ("da chi", SPENT),
        ("thuc chi", SPENT),
        ("du kien", NOT_LAST_YEARS),
        ("luy ke", NOT_LAST_YEARS),
        ("trong do", PART),
        ("gom", PART),
    ];
    #[inline(never)]
    fn says(folded: &str) -> u8 {
        let mut kinds = 0;
        for &(w, kind) in WORDS {
            if vn::has_phrase(folded, w) {
                kinds |= kind;
            }
        }
        kinds
    }
    // both verbs must be on the line (most lines of the section have neither)
    if says(&vn::fold(text)) & (ALLOCATED | SPENT) != ALLOCATED | SPENT {
        return;
    }
    // (the allocated amount, whether a part of it was announced since, amounts seen since,
    // whether its clause names a source)
    let mut allocated: Option<(Amount, bool, usize, bool)> = None;
    let (mut prev_end, mut depth) = (0, 0usize);
    for fig in money::each_figure(text) {
        // a figure without a unit (a year, a count) is words of the next one's clause: `bố trí
        // cho chuyển đổi số năm 2023 là 38.600 triệu đồng`
        if fig.unit.is_none() {
            continue;
        }
        let prefix = text.get(prev_end..fig.from).unwrap_or("");
        // (a reviewer's note in square brackets is skipped as a bracket is: `[Sở Tài chính: năm
        // 2025 bố trí 38.000 triệu đồng, giải ngân 39.500 triệu đồng]` is no pair of this plan's)
        for b in prefix.bytes() {
            depth = match b {
                b'(' | b'[' => depth + 1,
                b')' | b']' => depth.saturating_sub(1),
                _ => depth,
            };
        }
        prev_end = fig.to;
        // the words of this amount: its own clause (a comma, a share or a bracket ends one;
        // folding would drop them)
        let cut = prefix.bytes().rposition(|b| matches!(b, b',' | b';' | b'%' | b'(' | b')' | b':')).map_or(0, |i| i + 1);
        let clause = prefix.get(cut..).unwrap_or("");
        let (verb, named) = (says(&vn::fold(clause)), last_source(clause).is_some());
        if let Some(a) = allocated.as_mut() {
            a.1 |= verb & PART != 0;
        }
        let Some(amount) = fig.amount(None).filter(|_| depth == 0) else { continue };
        match allocated {
            Some((approved, part_said, between, _)) if verb & (SPENT | NOT_LAST_YEARS) == SPENT => {
                if between == 0 || part_said {
                    out.push((line, approved, amount));
                }
                allocated = None;
            }
            // `bố trí vốn đầu tư công 36.000 và chi thường xuyên 22.700`: each amount names its
            // source, no `trong đó` says one is a part of another: together they were allocated
            Some(ref mut a) if a.3 && a.2 == 0 && !a.1 && named => {
                a.0.dong += amount.dong;
                a.0.tolerance += amount.tolerance;
            }
            Some(ref mut a) => a.2 += 1,
            None if verb & (ALLOCATED | NOT_LAST_YEARS) == ALLOCATED => allocated = Some((amount, false, 0, named)),
            None => {}
        }
    }
}

/// A bare number that reads as a sum of money without its unit: after a money word (`kinh phí`,
/// `tổng`, `vốn` … anywhere before it on the line), before punctuation, and not a year, a
/// document number or a small count.
fn is_money_without_unit(text: &str, fig: &Figure, money_context: bool, after: &str) -> bool {
    let after = after.trim_start_ws();
    let counts_something = vn::first_char(after).is_some_and(vn::is_letter);
    let percent = after.starts_with('%');
    money_context && !counts_something && !percent && !is_label_number(text, fig) && fig.number.scaled >= 10
}

fn says_money(folded: &str) -> bool {
    MONEY_WORDS.iter().any(|w| vn::contains(folded, w))
}

/// A number that names rather than counts: a year (`năm 2024`, `2021 - 2025`), a document or
/// item number (`Quyết định số 1234`, `Phụ lục 2`), a date part.
fn is_label_number(text: &str, fig: &Figure) -> bool {
    let raw = text.get(fig.from..fig.to).unwrap_or("");
    let digits = raw.trim_end_ws();
    let year = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) && (1990..=2100).contains(&fig.number.scaled);
    let before = folded_tail(text, fig.from);
    let last_word = before.rsplit_str(" ").next().unwrap_or("");
    // `số 1234`, `năm 2024`, `giai đoạn 2`, `phiên bản 3`, `mục 5`, `Phụ lục 2`, `Điều 4`
    let numbered = ["so", "nam", "thang", "ngay", "quy", "doan", "ban", "muc", "luc", "dieu", "khoan"].contains(&last_word);
    // …but `Tổng số | 46,5` (a table's total row, its unit in the header) is the total; in prose
    // `Tổng số 04 nhiệm vụ` counts
    let next_cell = || matches!(text[..fig.from].trim_end_of(b" ").as_bytes().last(), Some(b'\t' | b'|'));
    year || numbered && !(before.ends_with("tong so") && next_cell()) || names_an_item(text, fig.from, digits)
}

/// A small whole number after a word that numbers items: `nhiệm vụ 4`, `dự án 2`, `gói thầu 3`,
/// `nhóm 1`, each of `các dự án 1, 2 và 3`. It names the item, it is no amount; a larger or
/// grouped figure (`dự án 15.000`) still reads as money.
fn names_an_item(text: &str, from: usize, digits: &str) -> bool {
    // back over the numbers listed before this one (`1, 2 và `, `1 - `), 48 bytes at most: a
    // line listing thousands of numbers stays linear
    let (mut at, stop) = (from, from.saturating_sub(48));
    // (the bytes of `và` among them: a cut inside a letter folds to nothing, names no item)
    while at > stop && matches!(text.as_bytes().get(at - 1), Some(b'0'..=b'9' | b',' | b' ' | b'-' | b'v' | 0xC3 | 0xA0)) {
        at -= 1;
    }
    let before = folded_tail(text, at);
    let item = ["nhiem vu", "du an", "goi thau", "nhom"].iter().any(|w| before.ends_with(*w));
    // a document's number right after its name, no `số` between (`Nghị quyết 57`, `Quyết định
    // 749`, `Đề án 06`, `Chương trình 1719`): four digits at most, a space after a letter before
    let document = ["quyet", "dinh", "thong tu", "de an", "chi thi", "trinh", "hoach"].iter().any(|w| before.ends_with(*w))
        && text[..from].strip_suffix(' ').is_some_and(|h| h.bytes().last().is_some_and(|b| b.is_ascii_alphabetic() || b >= 0x80))
        && digits.len() < 5
        && digits.bytes().all(|b| b.is_ascii_digit());
    // (a figure of one or two bytes is one or two digits)
    item && digits.len() < 3 || document
}

/// The last few words before byte `at`, folded (bounded: this runs for every number).
#[inline(never)]
fn folded_tail(text: &str, at: usize) -> String {
    let head = text.get(..at).unwrap_or("");
    let start = vn::last_chars_start(head, 32).unwrap_or(0);
    vn::fold(head.get(start..).unwrap_or(head))
}

/// Amounts without a unit in a line of prose.
fn unitless_in_prose(text: &str, default_unit: Option<Unit>) -> Vec<Figure> {
    let mut out = Vec::new();
    // the money word may stand anywhere before the figure on its line: read piece by piece
    let (mut money_context, mut prev) = (false, 0);
    for fig in money::each_figure(text) {
        money_context = money_context || says_money(&vn::fold(text.get(prev..fig.from).unwrap_or("")));
        prev = fig.from;
        if fig.amount(default_unit).is_none() && is_money_without_unit(text, &fig, money_context, &text[fig.to..]) {
            out.push(fig);
        }
    }
    out
}

/// The template section a line is in (`P2.V`), for findings on lines the budget read.
pub fn section_at(profile: &Profile, outline: &Outline, contents: &Contents, line: usize) -> Option<String> {
    home_section(outline, contents, line).and_then(|s| profile.sections.get(s)).map(|s| s.id.clone())
}

/// What says an amount in words follows (`Bằng chữ: …`).
const MARKERS: [&str; 5] = ["bằng chữ", "Bằng chữ", "BẰNG CHỮ", "bang chu", "Bang chu"];

#[inline(never)] // a function of its own in the wasm: V8 compiles large ones more slowly (lib.rs `not_inlined`)
fn read_in_words(doc: &Document, budget: &mut Budget) {
    // room to fold a bracket's words in, kept from line to line
    let mut buf = String::new();
    // the session's memory of each line's words, when one is set (taken for the whole loop)
    let mut kept =
        if crate::document::SESSION_MEMORY { MEMO.with_borrow_mut(|m| m.as_mut().map(|m| std::mem::take(&mut m.words))) } else { None };
    for (idx, line) in doc.lines.iter().enumerate() {
        let text = &line.text;
        // every marker has `ng ch` or `NG CH`, and words in brackets need a `(`: one fast scan
        // for both says no for most lines
        let (may_mark, has_bracket) = line.spelling_marks();
        if !may_mark && !has_bracket {
            continue;
        }
        let words = match kept.as_mut() {
            Some(kept) => remembered_words(kept, idx, text, || line_words(text, may_mark, has_bracket, &mut buf)),
            None => line_words(text, may_mark, has_bracket, &mut buf),
        };
        let Some((at, spelled, words_dong)) = words else { continue };
        if let Some((to, amount)) = spelled {
            let digits = as_words_read(text, Located { line: idx, amount }, words_dong);
            budget.in_words.push(InWords { line: idx, from: at, to, digits, words_dong });
            continue;
        }
        // the words spell one of the amounts just before them, usually the total
        let mut recent: Vec<Located> = Vec::new();
        for back in idx.saturating_sub(2)..=idx {
            let t = &doc.lines[back].text;
            let upto = if back == idx { at } else { t.len() };
            for fig in money::each_figure(t.get(..upto).unwrap_or("")) {
                if let Some(amount) = fig.amount(None) {
                    recent.push(Located { line: back, amount });
                }
            }
        }
        // a total read from a table of sources (its unit in the header) just above the words
        if let Some(total) = budget.declared.filter(|d| d.line < idx && d.line + 3 >= idx && !recent.iter().any(|r| r.line == d.line)) {
            recent.push(total);
        }
        let Some(&digits) = recent.iter().min_by_key(|a| (a.amount.dong - words_dong).abs()) else { continue };
        let digits = as_words_read(&doc.lines[digits.line].text, digits, words_dong);
        let to = text.trim_end_of(b"./) ").len().max(at);
        budget.in_words.push(InWords { line: idx, from: at, to, digits, words_dong });
    }
    if let Some(mut words) = kept.filter(|_| crate::document::SESSION_MEMORY) {
        // (no slot past the draft's lines: the memo is as long as the draft at most)
        words.truncate(doc.lines.len());
        MEMO.with_borrow_mut(|m| {
            if let Some(m) = m {
                m.words = words;
            }
        });
    }
}

/// `digits` (in `text`) read as its words read it: `45,000 triệu đồng (Bằng chữ: Bốn mươi lăm tỷ
/// đồng)` groups thousands English style, as an Excel set to English writes it, and its words
/// say so; the reading nearer the words is the figure's ([`money::regrouped`]: one comma, three
/// digits, a unit below the tỷ).
fn as_words_read(text: &str, digits: Located, words_dong: i128) -> Located {
    let a = digits.amount;
    let fig = money::Figure { number: a.number, unit: Some(a.unit), from: a.from, to: a.to };
    match money::regrouped(fig, text, None, true).amount(None) {
        Some(amount) if (amount.dong - words_dong).abs() < (a.dong - words_dong).abs() => Located { amount, ..digits },
        _ => digits,
    }
}

/// What a line's text alone says of an amount in words: where the words start (at a marker, or
/// in a bracket: with its end and the amount in digits the bracket follows) and the amount they
/// spell. ([`read_in_words`] reads the amount in digits of a marker's words around it.)
type Words = Option<(usize, Option<(usize, Amount)>, i128)>;

/// [`Words`] of `text`, whose [`crate::document::Line::spelling_marks`] are `may_mark` and
/// `has_bracket`. `buf`: room to fold a bracket's words in. (Not inlined: the loop above stays
/// as fast as it was without a memo.)
#[inline(never)]
fn line_words(text: &str, may_mark: bool, has_bracket: bool, buf: &mut String) -> Words {
    let marked = || if may_mark { find_marker(text, &MARKERS) } else { None };
    let mut spelled = || if has_bracket { spelled_in_brackets(text, buf) } else { None };
    let bracket = || spelled().map(|(from, to, amount)| (from, 0, Some((to, amount))));
    let (at, len, spelled) = marked().map(|(at, m)| (at, m.len(), None)).or_else(bracket)?;
    let end = spelled.map_or(text.len(), |(to, _)| to);
    let words_dong = text.get(at + len..end).and_then(money::parse_words)?;
    Some((at, spelled, words_dong))
}

/// A line's [`Words`] as a session keeps them, with the text they were read from: boxed, so a
/// slot per document line costs a pointer, not the ~150 bytes of a reading (a 2,700-line draft's
/// list had grown to 640 KB, by doubling, in the first check of a session: +0.85 MB of wasm memory).
type KeptWords = Option<Box<(Box<str>, Words)>>;

/// [`line_words`] of line `idx`'s `text` (`read`), through the session's memory of each line's
/// (`kept`, by line): read again only when the line's text changed.
fn remembered_words(kept: &mut Vec<KeptWords>, idx: usize, text: &str, read: impl FnOnce() -> Words) -> Words {
    if let Some(Some(was)) = kept.get(idx) {
        if *was.0 == *text {
            return was.1;
        }
    }
    let words = read();
    while kept.len() <= idx {
        kept.push(None);
    }
    if let Some(slot) = kept.get_mut(idx) {
        *slot = Some(Box::new((text.into(), words)));
    }
    words
}

/// Where the first of `markers` stands in `text` ([`vn::find_any`] of them), each a `b` or a `B`
/// followed by an `a` or by the first byte of `ằ`, `Ằ` (`E1`): the other `b`s (`bộ`, `biết`) are
/// not compared with the markers, and the rest (`bản`, `bảo`) only by their first four bytes.
fn find_marker<'m>(text: &str, markers: &[&'m str]) -> Option<(usize, &'m str)> {
    let b = text.as_bytes();
    let head = |s: &[u8]| s.get(..4).and_then(|h| h.try_into().ok()).map(u32::from_le_bytes);
    memchr::memchr2_iter(b'b', b'B', b).find_map(|i| {
        let rest = b.get(i..).filter(|r| matches!(r.get(1), Some(b'a' | 0xE1)))?;
        let h = head(rest)?;
        markers.iter().find(|m| head(m.as_bytes()) == Some(h) && rest.starts_with(m.as_bytes())).map(|m| (i, *m))
    })
}

/// An amount spelled out without `Bằng chữ`, in the first bracket that opens right after an
/// amount in digits (`27.480 triệu đồng (Hai mươi bảy tỷ bốn trăm tám mươi triệu đồng)`): where
/// the words start and end, and that amount. Only a bracket whose every word is a number word,
/// with a scale word and ending in `đồng`: a breakdown (`(ngân sách tỉnh 19.480 triệu đồng, …)`)
/// or a note is not the amount in words.
fn spelled_in_brackets(text: &str, buf: &mut String) -> Option<(usize, usize, Amount)> {
    // the words stand in a bracket, whatever amount opens it: read the amounts only when one of
    // the line's brackets holds an amount in words (most brackets are notes or breakdowns)
    let b = text.as_bytes();
    // …and only a bracket that may follow an amount's unit: after spaces (all `trim_start` skips
    // that are ASCII), the last letter of a unit `money::unit_at` reads (`đồng`, `triệu`, `tỷ`,
    // `nghìn`, `vnd`, `VNĐ`: `g`, `u`, `n`, `d`, `y` in either case, or a byte of a non-ASCII
    // character), never a digit (an amount without a unit is none), a `)` or another letter
    let after_unit = |at: usize| {
        let before = b.get(..at).unwrap_or_default().iter().rev().find(|&&c| !matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'));
        before.is_some_and(|&c| c >= 0x80 || matches!(c | 0x20, b'g' | b'u' | b'n' | b'd' | b'y'))
    };
    if !memchr::memchr_iter(b'(', b).any(|at| after_unit(at) && is_spelled(bracket_words(&text[at + 1..]), buf)) {
        return None;
    }
    money::each_figure(text).find_map(|fig| {
        let amount = fig.amount(None)?;
        let inner = text.get(fig.to..)?.trim_start_ws().strip_prefix("(")?;
        let from = text.len() - inner.len();
        let inner = bracket_words(inner);
        is_spelled(inner, buf).then(|| (from, from + inner.trim_end_of(b"./ ").len(), amount))
    })
}

/// What a bracket opened just before `inner` holds: up to its `)`, bounded (the longest amount
/// in words is well under 240 characters).
fn bracket_words(inner: &str) -> &str {
    // 240 characters are at most 960 bytes: the `)` is looked for no further (a line of unclosed
    // brackets must not be scanned to its end from each of them)
    let mut window = inner.len().min(960);
    while !inner.is_char_boundary(window) {
        window -= 1;
    }
    let inner = &inner[..crate::vn::find_byte(b')', &inner.as_bytes()[..window]).unwrap_or(window)];
    if inner.len() <= 240 {
        return inner; // (no more bytes than characters)
    }
    vn::first_chars(inner, 240)
}

/// Only number words, with a scale word, ending in `đồng` (`chẵn` may follow). `f`: room to
/// fold them in.
fn is_spelled(words: &str, f: &mut String) -> bool {
    const NUMBER_WORDS: &[&str] = &[
        "khong", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "tram", "linh", "le", "nghin", "ngan",
        "trieu", "ty", "ti", "dong", "chan",
    ];
    // most brackets are notes: a first letter no number word starts with says no without folding
    if !vn::may_fold_to_start(words, b"kmhbtnlscd") {
        return false;
    }
    // …and so, on the bytes, does a digit (it folds to itself: a word with it is no number word),
    // or a last letter (ASCII, only ASCII that folds to nothing after it) other than the `g` of
    // `đồng` or the `n` of `chẵn`
    let b = words.as_bytes();
    let last = b.iter().rev().find(|&&c| c.is_ascii_alphanumeric() || c >= 0x80);
    if last.is_some_and(|&c| c < 0x80 && !matches!(c | 0x20, b'g' | b'n')) || b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    // …and a first word that is none (`theo`, `trong`, `bao gồm`): only the first word folded
    let first = words.trim_start_ws().split_str(" ").next().unwrap_or("");
    vn::fold_into(first, f);
    if vn::words(f).next().is_some_and(|w| !NUMBER_WORDS.contains(&w)) {
        return false;
    }
    vn::fold_into(words, f);
    let (mut scale, mut last) = (false, "");
    for w in vn::words(f) {
        if !NUMBER_WORDS.contains(&w) {
            return false;
        }
        scale |= matches!(w, "nghin" | "ngan" | "trieu" | "ty" | "ti");
        if w != "chan" {
            last = w;
        }
    }
    scale && last == "dong"
}

/// The unit a table's amounts are given in by a line just above it (`(Đơn vị tính: triệu
/// đồng)`, `Đơn vị: tỷ đồng`), as drafts do when the header cells carry none.
fn unit_above(doc: &Document, line: usize) -> Option<Unit> {
    let lines = doc.lines.get(line.saturating_sub(3)..line)?;
    let above = lines.iter().rev().map(|l| l.text.as_ref()).find(|t| !t.is_empty())?;
    unit_said(above)
}

/// The unit a short `Đơn vị tính: triệu đồng` (or `(Đơn vị: tỷ đồng)`) gives.
fn unit_said(text: &str) -> Option<Unit> {
    // the cheap tests first: most lines above a table are long (over 240 bytes: over 60
    // characters), or start with another letter
    if text.len() > 240 || !vn::may_fold_to_start(text, b"d") || vn::char_count(text) > 60 {
        return None;
    }
    let f = vn::fold(text.trim_start_of(b"(* "));
    f.starts_with("don vi").then(|| money::unit_in_header(text)).flatten()
}

/// A header row's cells folded, each with the column it names first ([`fold_header`]).
type Folds = Vec<(String, Option<Column>)>;

/// `cells` folded into the first `cells.len()` of `folds`, each with the column it names first.
fn fold_header(cells: &[Cell], folds: &mut Folds) {
    while folds.len() < cells.len() {
        folds.push(Default::default());
    }
    for (c, (f, first)) in cells.iter().zip(folds.iter_mut()) {
        // a cell without a letter (`1`, `30.000`, `-`) names no column: not folded
        if may_name(c) {
            vn::fold_into(&c.text, f);
        } else {
            f.clear();
        }
        *first = table::column_of_folded(f);
    }
}

/// A cell with a letter: one that may name a column.
fn may_name(c: &Cell) -> bool {
    c.text.bytes().any(|b| b.is_ascii_alphabetic() || b >= 0x80)
}

/// Read a table as a project table when its header names at least a name or cost column
/// and one more; None for other tables (indicator tables, for instance). `unit_above`: the
/// unit a line above the table gives, for columns whose header gives none. `folds`: room for
/// the header's cells folded.
#[inline(never)] // a function of its own in the wasm: V8 compiles large ones more slowly (lib.rs `not_inlined`)
fn project_table(t: &Table, unit_above: Option<Unit>, folds: &mut Folds) -> Option<ProjectTable> {
    // every table's first rows are read for a header: the header's cells stay folded, with the
    // column each names, for each way they are read below
    let mut buf = String::new();
    let (h, header) = t.rows.iter().enumerate().take(3).find(|(_, r)| {
        // three columns named at least: a row with fewer than three cells with a letter (an
        // item of an indicator table) folds none
        if r.cells.len() < 3 || r.cells.iter().filter(|c| may_name(c)).count() < 3 {
            return false;
        }
        fold_header(&r.cells, folds);
        let named = || folds.iter().take(r.cells.len()).filter_map(|(_, first)| *first);
        named().count() >= 3 && named().any(|col| matches!(col, Column::Cost | Column::Approved))
    })?;
    // a second header row under the first (`Kinh phí dự kiến` merged over `Số tiền (triệu
    // đồng)` and `Nguồn vốn`): each column is named by both rows together
    let merged;
    let (header, first_item) = match t.rows.get(h + 1).filter(|r| is_sub_header(r, &mut buf)) {
        Some(sub) => {
            merged = table::merge_header_rows(header, sub);
            fold_header(&merged.cells, folds);
            (&merged, h + 2)
        }
        None => (header, h + 1),
    };
    let folded = folds.get(..header.cells.len()).unwrap_or_default();
    let mut columns: Vec<(usize, Column, Cell)> = Vec::new();
    for (i, (c, (f, first))) in header.cells.iter().zip(folded).enumerate() {
        let Some(first) = *first else { continue };
        columns.extend(table::columns_of_folded(f, first).map(|col| (i, col, c.clone())));
    }
    // the cost split by source, one column each (`Tổng số | Ngân sách tỉnh | Xã hội hóa`): an
    // item's source is the column its amount stands in
    let by_source: Vec<(usize, Source)> = if columns.iter().any(|(_, c, _)| *c == Column::Source) {
        Vec::new()
    } else {
        header
            .cells
            .iter()
            .enumerate()
            .zip(folded)
            // (a cell naming a column has it first in `columns`: no other than Cost there says
            // the cell names none or Cost)
            .filter(|((i, _), _)| !columns.iter().any(|(j, col, _)| j == i && *col != Column::Cost))
            .filter_map(|((i, _), (f, _))| {
                // the cell names the source itself, not a cost `(nguồn …)` in passing
                SOURCE_PHRASES.iter().find(|(p, _)| starts_with_words(f, p)).map(|&(_, src)| (i, src))
            })
            .collect()
    };
    if let Some(&(i, _)) = by_source.first() {
        columns.push((i, Column::Source, header.cells[i].clone()));
    }
    // beside a project's total approved (`Tổng mức đầu tư`), what it has spent is the cumulative
    // column (`Lũy kế giải ngân`), not this year's (`Giải ngân năm 2023`)
    let says = |i: usize, words: &str| folded.get(i).is_some_and(|(f, _)| vn::contains(f, words));
    let total_approved = columns.iter().any(|&(i, c, _)| c == Column::Approved && says(i, "tong muc"));
    let first_spent = columns.iter().position(|(_, c, _)| *c == Column::Spent);
    let cumulative = columns.iter().position(|&(i, c, _)| c == Column::Spent && says(i, "luy ke"));
    if let (Some(j), Some(k), true) = (first_spent, cumulative, total_approved) {
        columns.swap(j, k); // the first Spent column is the one read
    }
    // beside a project's whole cost over its years (`Tổng mức đầu tư`), the plan's amount is
    // the other cost column (`Kế hoạch vốn năm 2027`): the first Cost column is the one read
    let cost = |x: &(usize, Column, Cell)| x.1 == Column::Cost;
    if let (Some(j), Some(k)) = (columns.iter().position(cost), columns.iter().rposition(cost)) {
        if j < k && columns.get(j).is_some_and(|x| says(x.0, "tong muc")) {
            columns.swap(j, k);
        }
    }
    // no `Tên …` column: `Nội dung nhiệm vụ` (`… dự án`) names the items
    if !columns.iter().any(|(_, c, _)| *c == Column::Name) {
        let content = columns.iter().find(|&&(i, c, _)| c == Column::Content && (says(i, "nhiem vu") || says(i, "du an")));
        if let Some((i, _, cell)) = content.cloned() {
            columns.push((i, Column::Name, cell));
        }
    }
    let col_at = |col: Column| columns.iter().find(|(_, c, _)| *c == col).map(|(i, _, _)| *i);
    // the unit of each column of amounts, read once from its header cell (the others' is never
    // asked for)
    let header_units: Vec<(Column, Option<Unit>)> = columns
        .iter()
        .filter(|(_, col, _)| matches!(col, Column::Cost | Column::Approved | Column::Spent))
        .map(|&(i, col, _)| (col, header.cells.get(i).and_then(|c| money::unit_in_header(&c.text))))
        .collect();
    let unit_of = |col: Column| header_units.iter().find(|(c, _)| *c == col).and_then(|(_, u)| *u);
    // a row above the header that gives the unit in a cell (`Đơn vị tính: triệu đồng`, as a
    // sheet pasted from Excel has it)
    let unit_in_rows_above = || t.rows.get(..h)?.iter().flat_map(|r| &r.cells).find_map(|c| unit_said(&c.text));
    let unit = unit_of(Column::Cost)
        .or_else(|| unit_of(Column::Approved))
        .or_else(|| unit_of(Column::Spent))
        .or_else(unit_in_rows_above)
        .or(unit_above);
    let mut pt = ProjectTable {
        header_line: header.line,
        columns: columns.iter().map(|(_, c, cell)| (*c, cell.clone())).collect(),
        unit,
        items: Vec::new(),
        totals: Vec::new(),
        unitless: Vec::new(),
        parts: Vec::new(),
        subtotals: Vec::new(),
    };
    // amounts copied from an Excel set to English (`17,000`, `45,000`): a comma groups thousands
    // in the columns of amounts when one is so written and none writes decimals with it
    let mut seen = 0;
    for row in t.rows.get(first_item..).unwrap_or_default() {
        for (i, _, _) in columns.iter().filter(|(_, c, _)| matches!(c, Column::Cost | Column::Approved | Column::Spent)) {
            // (every figure of a column of amounts: a unit given to those without)
            seen = money::commas_in(seen, row.cells.get(*i).map_or("", |c| &c.text), Some(Unit::Dong));
        }
    }
    let grouping = seen > 0;
    let amount_in = |row: &table::Row, col: Column, pt: &mut ProjectTable| -> Option<Amount> {
        let cell = row.cells.get(col_at(col)?)?;
        let spaced = money::space_grouped(&cell.text).map(|number| money::Figure { number, unit: None, from: 0, to: cell.text.len() });
        let own_unit = unit_of(col).or(unit);
        let fig = money::regrouped(spaced.or_else(|| money::each_figure(&cell.text).next())?, &cell.text, own_unit, grouping);
        match fig.amount(own_unit) {
            Some(mut a) => {
                a.from += cell.from;
                a.to += cell.from;
                Some(a)
            }
            None => {
                pt.unitless.push((row.line, cell.clone()));
                None
            }
        }
    };
    let (mut joined, mut head) = (String::new(), String::new());
    let mut said_above: Option<(&str, Option<Source>)> = None;
    // the items' costs since the last total or group row, and that sum at each total row with
    // whether its words close a group; the group row above them (`I. Nhiệm vụ chuyển tiếp`)
    let (mut since, mut partials, mut opened) = (0, Vec::new(), None);
    for row in t.rows.get(first_item..).unwrap_or(&[]) {
        // a table run into the signature block (Word's two-column `Nơi nhận: | TM. ỦY BAN NHÂN
        // DÂN`, pasted after a blank line) ends before it: the body ends there
        if row.cells.iter().find(|c| !c.text.is_empty()).is_some_and(|c| crate::outline::is_signature(&c.text)) {
            break;
        }
        // (the row's texts borrowed: only an item kept copies its number and name)
        let text_at = |col: Column| col_at(col).and_then(|i| row.cells.get(i)).map_or("", |c| &*c.text);
        let stt = col_at(Column::Stt).map(|_| text_at(Column::Stt)).unwrap_or_else(|| row.cells.first().map_or("", |c| &*c.text));
        let name = text_at(Column::Name);
        if is_column_numbers(row) {
            continue;
        }
        joined.clear();
        joined.push_str(stt);
        joined.push(' ');
        joined.push_str(name);
        // (a total's words start with `t` or `c`, a part's row has no number: most rows start
        // with a number, not folded)
        let unnumbered = !stt.bytes().any(|b| b.is_ascii_digit());
        let total_said = (unnumbered || vn::may_fold_to_start(&joined, b"tc")) && {
            vn::fold_into(&joined, &mut head);
            head.starts_with("tong") || head == "cong" || head.starts_with("cong ")
        };
        let cost = amount_in(row, Column::Cost, &mut pt);
        if total_said {
            if let Some(a) = cost.or_else(|| amount_in(row, Column::Approved, &mut pt)) {
                let at = Located { line: row.line, amount: a };
                pt.totals.push(at);
                // words closing a group (`Cộng I`, `Cộng`, `Tổng II`), under the group's row or
                // naming its number: that group's sub-total
                let number = head.split_str(" ").nth(1).and_then(crate::numerals::roman_value_any_case);
                let group = opened.take().or_else(|| number.map(crate::numerals::to_roman));
                let sub = group.filter(|_| head == "cong" || head.starts_with("cong ") || number.is_some());
                partials.push((since, sub.is_some()));
                if let Some(g) = sub {
                    pt.subtotals.push((at, since, joined.trim_ws().owned(), g));
                }
            }
            since = 0;
            continue;
        }
        let is_group = crate::outline::label::roman_value(stt.trim_end_of(b".")).is_some()
            || (stt.len() == 1 && stt.bytes().all(|b| b.is_ascii_uppercase()));
        if is_group {
            since = 0;
            opened = Some(crate::message::join(&[stt.trim_end_of(b"."), name], ". "));
            continue; // a group heading or its sub-total: never added to the items
        }
        // the total's parts by source (`Trong đó:`, `- Ngân sách trung ương … 14.000`, below the
        // total or above it): a row with no number, three cells filled at most (no lead unit,
        // kind or time), that names a source first, is none of the items
        if unnumbered && row.cells.iter().filter(|c| !c.text.is_empty()).count() < 4 {
            if let Some(source) = breakdown(&head) {
                if let Some(amount) = cost {
                    pt.parts.push(Part { source, at: Located { line: row.line, amount }, depth: 0 });
                }
                continue;
            }
        }
        if stt.is_empty() && cost.is_none() && !name.is_empty() {
            if let Some(prev) = pt.items.last_mut() {
                prev.name.push(' ');
                prev.name.push_str(name); // an item continued on the next line
                continue;
            }
        }
        if name.is_empty() && cost.is_none() {
            continue;
        }
        // a cell missing at the end of a row is an empty cell
        let cells: Vec<(Column, Cell)> = columns.iter().map(|&(i, c, _)| (c, row.cells.get(i).cloned().unwrap_or_default())).collect();
        let approved = amount_in(row, Column::Approved, &mut pt);
        let spent = amount_in(row, Column::Spent, &mut pt);
        let mut cells: Vec<(Column, Cell)> = cells;
        // (most rows name the source the row above names: read once)
        let said = text_at(Column::Source);
        let mut source = match said_above {
            Some((above, source)) if above == said => source,
            _ => last_source_in(said, &mut head),
        };
        said_above = Some((said, source));
        if let Some(&(i, src)) =
            by_source.iter().find(|&&(i, _)| row.cells.get(i).is_some_and(|c| money::each_figure(&c.text).next().is_some()))
        {
            source = Some(src);
            if let (Some(slot), Some(cell)) = (cells.iter_mut().find(|(c, _)| *c == Column::Source), row.cells.get(i)) {
                slot.1 = cell.clone();
            }
        }
        since += cost.map_or(0, |a| a.dong);
        pt.items.push(Item { line: row.line, stt: stt.owned(), name: name.owned(), cells, cost, approved, spent, source });
    }
    // `1` with `1.1`, `1.2` under it is a group: count the sub-items, not both
    // (the parents in a map: a table of many thousand items stays linear, not items × parents;
    // vn's WordMap, not a sort, whose code would be the wasm's second or third copy)
    let mut parents = crate::vn::WordMap::default();
    for p in pt.items.iter().filter_map(|i| i.stt.rsplit_once_str(".").map(|(p, _)| p)) {
        parents.insert(p.owned(), 0);
    }
    let group: Vec<bool> = pt.items.iter().map(|i| parents.get(i.stt.trim_end_of(b".")).is_some()).collect();
    // a sub-item left blank where its parent's row says it (`1.1`, `1.2` under `1 | Sở TT&TT |
    // Chuyển tiếp | 2024 | … | Ngân sách tỉnh`) has the parent's owner, kind, time and source
    // (the parent among the last four groups seen: linear)
    let mut seen: Vec<usize> = Vec::new();
    for (j, &is_group) in group.iter().enumerate() {
        if is_group {
            seen.push(j);
        }
        let prefix = pt.items[j].stt.rsplit_once_str(".").filter(|(_, n)| !n.is_empty()).map(|(p, _)| p);
        let Some(k) = prefix.and_then(|p| seen.iter().rev().take(4).copied().find(|&k| pt.items[k].stt.trim_end_of(b".") == p)) else {
            continue;
        };
        let (head, tail) = pt.items.split_at_mut(j);
        let (Some(parent), Some(item)) = (head.get(k), tail.first_mut()) else { continue };
        for ((col, mine), (_, theirs)) in item.cells.iter_mut().zip(&parent.cells) {
            if mine.text.trim_ws().is_empty() && matches!(col, Column::Owner | Column::Kind | Column::Time | Column::Source) {
                *mine = theirs.clone();
            }
        }
        item.source = item.source.or(parent.source);
    }
    let mut group = group.into_iter();
    pt.items.retain(|_| !group.next().unwrap_or(false));
    // a total row that adds up the items since the last total or group row, not all of them
    // (`Cộng I`, `Tổng II`, `Cộng` under each group), is a group's sub-total: not the table's
    // (the rules read the first total: the first that is no sub-total is put first, or none)
    if let Some((whole, _)) = pt.items_sum() {
        // (a row whose words close the group above it is that group's, whatever its amount,
        // unless it adds up the whole list and not the group)
        let table_total = |t: Amount, (part, sub): (i128, bool)| {
            let near = |a: i128, b: i128| (a - b).abs() <= t.tolerance;
            near(part, whole) || !near(t.dong, part) && (near(t.dong, whole) || !sub)
        };
        match (0..pt.totals.len()).find(|&i| table_total(pt.totals[i].amount, partials.get(i).copied().unwrap_or_default())) {
            Some(i) => pt.totals.swap(0, i),
            None => pt.totals.clear(),
        }
    }
    Some(pt)
}

/// A second header row: names a column, has no digit (no STT, no amount) and leaves a cell
/// empty under a cell of the first row (the merged cells of Word, or a tab-separated copy).
/// `buf`: room to fold a cell in.
fn is_sub_header(row: &table::Row, buf: &mut String) -> bool {
    // the byte tests first: most rows under a header are items, with digits
    row.cells.iter().all(|c| !c.text.bytes().any(|b| b.is_ascii_digit()))
        // a group row (`I | NHIỆM VỤ CHUYỂN TIẾP`, `A | …`) is numbered: no header cell is
        && !row.cells.first().is_some_and(|c| table::is_group_number(c.text.trim_ws()))
        && row.cells.iter().any(|c| c.text.is_empty())
        && row.cells.iter().any(|c| {
            vn::fold_into(&c.text, buf);
            // or a header cell that names a funding source (`Ngân sách tỉnh`, `Xã hội hóa`)
            table::column_of_folded(buf).is_some() || SOURCE_PHRASES.iter().any(|(p, _)| starts_with_words(buf, p))
        })
}

/// A row of a total's breakdown by source, from its number and name folded: the source of a
/// name that names one first (`- Ngân sách trung ương`, `+ NSTW`, `Nguồn vốn xã hội hóa`, `Trong
/// đó: ngân sách tỉnh`), [`Source::Khac`] for `Trong đó` naming none, None for anything else (an
/// item).
fn breakdown(folded: &str) -> Option<Source> {
    let said = starts_with_words(folded, "trong do");
    let mut rest = folded.get(if said { 9 } else { 0 }..).unwrap_or("");
    loop {
        if let Some(&(_, s)) = SOURCE_PHRASES.iter().find(|(p, _)| starts_with_words(rest, p)) {
            return Some(s);
        }
        match rest.strip_prefix("nguon ").or_else(|| rest.strip_prefix("von ")) {
            Some(r) => rest = r,
            None => return said.then_some(Source::Khac),
        }
    }
}

/// `folded` begins with the whole words of `phrase`.
fn starts_with_words(folded: &str, phrase: &str) -> bool {
    folded.strip_prefix(phrase).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// A row of column numbers under the header: `(1) (2) (3)` or `1 2 3 4`.
fn is_column_numbers(row: &table::Row) -> bool {
    // (each cell's digits compared with its column's number, without writing that number)
    let is_number = |i: usize, t: &str| crate::numerals::decimal_value(t.trim_of(b"()").as_bytes()) == Some(i as u64 + 1);
    row.cells.len() >= 3 && row.cells.iter().enumerate().all(|(i, c)| is_number(i, &c.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tong_so_is_a_tables_total_and_a_count_in_prose() {
        let names = |text: &str| money::each_figure(text).next().is_some_and(|fig| is_label_number(text, &fig));
        assert!(!names("Tổng số\t46,5"));
        assert!(!names("| Tổng số | 46,5 |"));
        assert!(names("Tổng số 04 nhiệm vụ, dự án."));
        assert!(names("Kế hoạch có tổng số 12 (mười hai) nhiệm vụ, dự án"));
    }

    #[test]
    fn a_small_number_after_a_word_that_numbers_items_names_the_item() {
        let named = |text: &str| money::each_figure(text).map(|fig| is_label_number(text, &fig)).collect::<Vec<_>>();
        // (`1,2,3` reads as no figure at all)
        assert_eq!(named("Các nhiệm vụ 1,2,3: ngân sách nhà nước; nhiệm vụ 4: xã hội hóa."), [true]);
        assert_eq!(named("Nhiệm vụ số 4: xã hội hóa; các dự án 1, 2 và 3: ngân sách tỉnh."), [true, true, true, true]);
        assert_eq!(named("Các dự án 1 - 3, nhiệm vụ 10"), [true, true, true]);
        assert_eq!(named("Gói thầu số 2, nhóm 1, hạng mục 5, giai đoạn 2"), [true, true, true, true]);
        // the number names the project, the amount after it is money
        assert_eq!(named("Dự án 2: 15.000 triệu đồng"), [true, false]);
        assert_eq!(named("Kinh phí dự án 15.000; dịch vụ 3; nhiệm vụ 120"), [false, false, false]);
    }

    #[test]
    fn the_byte_tests_before_a_bracket_is_read_drop_no_amount_in_words() {
        // the reader as it was before its byte tests (every bracket's words folded)
        fn is_spelled_folding(words: &str, f: &mut String) -> bool {
            const NUMBER_WORDS: &[&str] = &[
                "khong", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "tram", "linh", "le", "nghin",
                "ngan", "trieu", "ty", "ti", "dong", "chan",
            ];
            vn::fold_into(words, f);
            let (mut scale, mut last) = (false, "");
            for w in vn::words(f) {
                if !NUMBER_WORDS.contains(&w) {
                    return false;
                }
                scale |= matches!(w, "nghin" | "ngan" | "trieu" | "ty" | "ti");
                if w != "chan" {
                    last = w;
                }
            }
            scale && last == "dong"
        }
        fn spelled_folding(text: &str, buf: &mut String) -> Option<(usize, usize, Amount)> {
            money::each_figure(text).find_map(|fig| {
                let amount = fig.amount(None)?;
                let inner = text.get(fig.to..)?.trim_start().strip_prefix('(')?;
                let from = text.len() - inner.len();
                let inner = bracket_words(inner);
                is_spelled_folding(inner, buf).then(|| (from, from + inner.trim_end_matches(&['.', '/', ' '][..]).len(), amount))
            })
        }
        let corpus = include_str!("../tests/fixtures/bench/ke-hoach-khac-nhau.txt");
        let written = "27.480 triệu đồng (Hai mươi bảy tỷ bốn trăm tám mươi triệu đồng)\n\
            52.300 triệu đồng\t(năm mươi hai tỷ ba trăm triệu đồng chẵn).\n\
            30 tỷ VNĐ (ba mươi tỷ đồng)\n1.000 trđ (một tỷ đồng)\n5 tỷ (năm tỷ đồng).\n12.000 ngàn đồng (MƯỜI HAI TRIỆU ĐỒNG)\n\
            500 triệu\u{a0}(năm trăm triệu đồng)\n40 TRIỆU (bốn mươi triệu đồng)\n7 tỉ (bảy tỉ đồng)\n9 nghìn đồng (chín nghìn đồng/)\n\
            (ghi chú) 45.000 triệu đồng (bốn mươi lăm tỷ đồng) (ba tỷ đồng)\n30.000 (ba mươi tỷ đồng)\n2 ty dong (hai ty dong chan)";
        let (mut buf, mut reference) = (String::new(), String::new());
        let mut found = 0;
        for line in corpus.lines().chain(written.lines()) {
            let now = spelled_in_brackets(line, &mut buf);
            assert_eq!(now, spelled_folding(line, &mut reference), "{line}");
            found += usize::from(now.is_some());
        }
        assert!(found >= 11, "{found}");
    }

    #[test]
    fn the_marker_found_past_other_bs_is_the_one_find_any_finds_on_every_fixture_line() {
        let mut texts = vec!["bộ Bản BẰNG bằng chữ: một Bang chu".to_string(), "Ba bằng BẰNG CHỮ bang chu".to_string()];
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
        let mut found = 0;
        for line in texts.iter().flat_map(|t| t.lines()) {
            let theirs = vn::find_any(line, &MARKERS);
            assert_eq!(find_marker(line, &MARKERS), theirs, "{line}");
            found += usize::from(theirs.is_some());
        }
        assert!(found > 20, "{found}");
    }

    #[test]
    fn the_source_found_by_first_letter_is_the_source_every_phrase_finds_on_every_fixture_line() {
        // every phrase compared at every word (before the phrases were listed by first letter)
        let by_every_phrase = |text: &str| {
            let f = vn::fold(text);
            let b = f.as_bytes();
            let mut best: Option<(usize, usize, Source)> = None;
            for i in (0..b.len()).filter(|&i| i == 0 || b[i - 1] == b' ') {
                for &(p, s) in SOURCE_PHRASES {
                    let whole = b[i..].starts_with(p.as_bytes()) && matches!(b.get(i + p.len()), None | Some(b' '));
                    if whole && best.is_none_or(|(end, len, _)| (i + p.len(), p.len()) >= (end, len)) {
                        best = Some((i + p.len(), p.len(), s));
                    }
                }
            }
            best.map(|(_, _, s)| s)
        };
        let mut texts = vec!["NS tỉnh, NSTW và vốn vay ODA; nguồn khác".to_string()];
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
            let cells = table::row_cells(line).unwrap_or_default();
            for c in cells.iter().map(|c| &*c.text).chain([line]) {
                let theirs = by_every_phrase(c);
                assert_eq!(last_source(c), theirs, "{c}");
                named += usize::from(theirs.is_some());
            }
        }
        assert!(named > 500, "{named}");
    }

    #[test]
    fn the_source_named_last_wins_and_the_longer_phrase_on_a_tie() {
        assert_eq!(last_source("Ngân sách tỉnh 30.000, xã hội hóa"), Some(Source::XaHoiHoa));
        assert_eq!(last_source("từ vốn đầu tư công"), Some(Source::DauTuCong));
        assert_eq!(last_source("Nguồn vốn sự nghiệp"), Some(Source::ChiThuongXuyen));
        assert_eq!(last_source("NSTW hỗ trợ; ngân sách địa phương"), Some(Source::Nsdp));
        assert_eq!(last_source("vốn doanh nghiệp"), Some(Source::XaHoiHoa));
        // a spending type named after the source, in `trong đó`, is the part's own
        assert_eq!(last_source("triệu đồng từ ngân sách trung ương, trong đó: chi đầu tư phát triển"), Some(Source::DauTuCong));
        assert_eq!(last_source("Kinh phí thực hiện"), None);
        assert_eq!(last_source("odavn"), None); // whole words only
    }

    #[test]
    fn last_years_funds_are_read_from_a_sentence() {
        let pair = |t: &str| {
            let mut out = Vec::new();
            past_in_sentence(t, 0, &mut out);
            out.iter().map(|(_, a, s): &(usize, Amount, Amount)| (Some(a.dong / 1_000_000), Some(s.dong / 1_000_000))).collect::<Vec<_>>()
        };
        // the split by source in brackets is skipped
        assert_eq!(pair("Năm 2024, tỉnh bố trí 64.200 triệu đồng (ngân sách tỉnh 51.200 triệu đồng, ngân sách trung ương 13.000 triệu đồng); đã giải ngân 68.900 triệu đồng."), [(Some(64_200), Some(68_900))]);
        // a reviewer's note in square brackets, last year's figures in it, is skipped
        assert_eq!(
            pair("Năm 2026, bố trí 44.000 triệu đồng, đã giải ngân 41.700 triệu đồng [Góp ý của Sở Tài chính: năm 2025 bố trí 38.000 triệu đồng, giải ngân 39.500 triệu đồng]."),
            [(Some(44_000), Some(41_700))]
        );
        // parts after `trong đó` / `gồm` belong to the allocated amount
        assert_eq!(pair("Năm 2023 bố trí 215.000 triệu đồng, trong đó vốn đầu tư công 160.000 triệu đồng và chi thường xuyên 55.000 triệu đồng; đã giải ngân 198.300 triệu đồng, đạt 92,2%."), [(Some(215_000), Some(198_300))]);
        assert_eq!(pair("Năm 2025, Bộ được giao 286 tỷ đồng; đến 30/11 đã giải ngân 254 tỷ đồng."), [(Some(286_000), Some(254_000))]);
        // a share: the amount after it is not what was spent
        assert_eq!(pair("Tỉnh bố trí 64.200 triệu đồng; giải ngân đạt 92%, năm 2025 tiếp tục bố trí 80.000 triệu đồng."), []);
        assert_eq!(pair("Tỉnh bố trí 64.200 triệu đồng; giải ngân đạt 92%, bổ sung 80.000 triệu đồng."), []);
        assert_eq!(pair("Tỉnh bố trí 64.200 triệu đồng, giải ngân 59.000 triệu đồng (92%)."), [(Some(64_200), Some(59_000))]);
        // each allocated amount names its source: they are the parts, their sum was allocated
        assert_eq!(
            pair("Tỉnh bố trí vốn đầu tư công 36.000 triệu đồng và chi thường xuyên 22.700 triệu đồng; đã giải ngân 54.200 triệu đồng."),
            [(Some(58_700), Some(54_200))]
        );
        assert_eq!(
            pair("Năm 2024, tỉnh được giao ngân sách tỉnh 30.000 triệu đồng, ngân sách trung ương 12.000 triệu đồng; giải ngân 43.500 triệu đồng."),
            [(Some(42_000), Some(43_500))]
        );
        // which amount was allocated is unclear: not read
        assert_eq!(pair("Tỉnh bố trí 36.000 triệu đồng và 22.700 triệu đồng cho 5 dự án; đã giải ngân 54.200 triệu đồng."), []);
        assert_eq!(
            pair("Tỉnh bố trí vốn đầu tư công 36.000 triệu đồng và 22.700 triệu đồng cho 5 dự án; đã giải ngân 54.200 triệu đồng."),
            []
        );
        // a part named after `trong đó` is not added
        assert_eq!(
            pair("Bố trí vốn đầu tư công 36.000 triệu đồng, trong đó ngân sách trung ương 20.000 triệu đồng; giải ngân 30.000 triệu đồng."),
            [(Some(36_000), Some(30_000))]
        );
        // a year between the verb and its amount
        assert_eq!(
            pair("Tổng kinh phí bố trí cho chuyển đổi số năm 2023 là 38 600 triệu đồng; đã giải ngân 39 200 triệu đồng."),
            [(Some(38_600), Some(39_200))]
        );
        // a count between them is no amount in between either, and the pair stays unclear when
        // a second amount with a unit stands there
        assert_eq!(pair("Bố trí 36.000 triệu đồng cho 5 dự án và 22.700 triệu đồng cho 3 đề án; đã giải ngân 54.200 triệu đồng."), []);
        // cumulative or expected spending is not last year's
        assert_eq!(pair("Dự án được duyệt 40.000 triệu đồng; lũy kế giải ngân 52.000 triệu đồng."), []);
        assert_eq!(pair("Tỉnh bố trí 40.000 triệu đồng; không có giải ngân."), []);
        assert_eq!(pair(""), []);
    }

    #[test]
    fn beside_a_projects_whole_cost_the_plan_years_column_is_the_cost() {
        let plan = |cell: &str| {
            let text = format!(
                "Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2027\nV. KINH PHÍ THỰC HIỆN\nTổng kinh phí dự kiến năm 2027 là 28.000 triệu đồng.\nVII. DANH MỤC NHIỆM VỤ, DỰ ÁN\n\
                 STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tThời gian thực hiện\tTổng mức đầu tư (triệu đồng)\tLũy kế vốn đã bố trí đến hết năm 2026 (triệu đồng)\tKế hoạch vốn năm 2027 (triệu đồng)\tNguồn vốn\n\
                 1\tTrung tâm dữ liệu\tSở Khoa học và Công nghệ\t2025-2027\t45.000\t27.000\t{cell}\tNgân sách tỉnh\n\
                 2\tDu lịch số\tSở Văn hóa, Thể thao và Du lịch\t2027\t10.000\t-\t10.000\tXã hội hóa\n\
                 \tTổng cộng\t\t\t55.000\t27.000\t28.000\t\n"
            );
            let report = crate::check(crate::Input::Text(&text), &crate::Options::default());
            report.findings.iter().filter(|f| f.rule == "budget.total-mismatch").map(|f| f.line).collect::<Vec<_>>()
        };
        // the 2027 column adds up to V.'s total and to its own; `Tổng mức đầu tư` (55.000) is no cost of the year
        assert_eq!(plan("18.000"), Vec::<usize>::new());
        assert_eq!(plan("20.000"), [4, 9]);
    }

    #[test]
    fn marks_and_brackets_are_found_anywhere_in_a_line() {
        use crate::document::marks_and_brackets;
        for marker in ["bằng chữ", "Bằng chữ", "BẰNG CHỮ", "bang chu", "Bang chu"] {
            // at the start, in the first eight bytes, across a word boundary and in the last bytes
            for pad in 0..12 {
                let line = format!("{}{marker}: Hai tỷ đồng", "x".repeat(pad));
                assert_eq!(marks_and_brackets(line.as_bytes()), (true, false), "{line}");
                let line = format!("Tổng: 2.000 triệu đồng{} {marker}", "x".repeat(pad));
                assert_eq!(marks_and_brackets(line.as_bytes()), (true, false), "{line}");
            }
        }
        for pad in 0..10 {
            let line = format!("{}(hai", "a".repeat(pad));
            assert_eq!(marks_and_brackets(line.as_bytes()), (false, true), "{line}");
        }
        assert_eq!(marks_and_brackets("các cấp chưa có (ghi chú)".as_bytes()), (false, true));
        assert_eq!(marks_and_brackets("trong chương trình".as_bytes()), (true, false)); // a candidate only
        assert_eq!(marks_and_brackets(b"ng ch"), (true, false));
        assert_eq!(marks_and_brackets(b"ng c"), (false, false));
        assert_eq!(marks_and_brackets(b""), (false, false));
    }
}
