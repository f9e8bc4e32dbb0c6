//! Figures in Vietnamese targets: percentages with comparators (`≥ 80%`, `trên 90%`, `59,38%`),
//! counts with their unit (`05 chuyên gia`, `01 cuộc diễn tập/năm`), ranks (`Top 50`), ranges
//! (`80 - 90%`), and dates and periods (`30/6/2024`, `tháng 6/2024`, `Quý II/2024`, `năm 2024`,
//! `2024 - 2025`, `6 tháng đầu năm`).

use crate::vn::Bytewise;
use serde::Serialize;

use crate::money;
use crate::vn;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// `đạt 80%`, `80%`
    Eq,
    /// `≥ 80%`, `tối thiểu 80%`, `từ 80% trở lên`, `ít nhất`, `không dưới`
    Ge,
    /// `> 80%`, `trên 80%`, `hơn 80%`
    Gt,
    /// `≤ 10%`, `tối đa 10%`, `không quá 10%`
    Le,
    /// `< 10%`, `dưới 10%`
    Lt,
    /// `khoảng 80%`
    About,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Eq => "",
            Comparator::Ge => "≥ ",
            Comparator::Gt => "> ",
            Comparator::Le => "≤ ",
            Comparator::Lt => "< ",
            Comparator::About => "~",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Quantity {
    Percent {
        value: f64,
        comparator: Comparator,
    },
    /// `80 - 90%`: the low end is what is promised.
    PercentRange {
        low: f64,
        high: f64,
    },
    Count {
        value: f64,
        unit: String,
        comparator: Comparator,
    },
    /// `Top 50`, `thứ 15`: lower is better.
    Rank {
        value: u32,
    },
}

/// A figure found in a target, with its byte range in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    #[serde(flatten)]
    pub quantity: Quantity,
    #[serde(skip)]
    pub from: usize,
    #[serde(skip)]
    pub to: usize,
}

/// A date or period named in a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct When {
    pub year: u16,
    /// Last year of a period (`2024 - 2025`), else the same as `year`.
    pub until: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// `trước 30/6/2024`, `hoàn thành trong Quý II/2024`: a deadline, not a mention.
    pub deadline: bool,
    /// The date names a day or month that does not exist (`31/6/2024`, `tháng 13`).
    pub invalid: bool,
    #[serde(skip)]
    pub from: usize,
    #[serde(skip)]
    pub to: usize,
}

/// A figure the Vietnamese way, without float formatting (which weighs ~10 KB in wasm):
/// `17.5` → `17,5`, `100.0` → `100`, `59.38` → `59,38`.
pub fn format_decimal(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let h = hundredths.unsigned_abs();
    // (digits pushed by hand: no `fmt` integer printer, no `format!`)
    let mut out = String::from(if hundredths < 0 { "-" } else { "" });
    crate::finding::push_unsigned(&mut out, h / 100);
    let f = h % 100;
    if f != 0 {
        out.push(',');
        out.push(char::from(b'0' + (f / 10) as u8));
        if !f.is_multiple_of(10) {
            out.push(char::from(b'0' + (f % 10) as u8));
        }
    }
    out
}

fn number_at(text: &str, from: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let mut i = from;
    let mut grouped = false;
    while i < b.len() && (b[i].is_ascii_digit() || ((b[i] == b'.' || b[i] == b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit))) {
        grouped |= !b[i].is_ascii_digit();
        i += 1;
    }
    // most numbers are digits only (`2024`, `05`): read here, as `money::parse_number` reads
    // them, without its 128-bit arithmetic (eighteen digits fit in 64 bits; both round the same
    // integer to the nearest `f64`)
    if !grouped && i > from && i - from <= 18 {
        let n = b.get(from..i).unwrap_or_default().iter().fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
        return Some((n as f64, i));
    }
    let n = money::parse_number(&text[from..i])?;
    Some((n.scaled as f64 / 10f64.powi(n.decimals as i32), i))
}

/// The comparator the words before a figure express.
fn comparator_before(before: &str) -> Comparator {
    let t = before.trim_end_ws();
    if t.ends_with('≥') || t.ends_with(">=") {
        return Comparator::Ge;
    }
    if t.ends_with('≤') || t.ends_with("<=") {
        return Comparator::Le;
    }
    if t.ends_with('>') {
        return Comparator::Gt;
    }
    if t.ends_with('<') {
        return Comparator::Lt;
    }
    let f = vn::fold(last_chars(t, 24));
    let ends = |k: &str| vn::ends_with_phrase(&f, k);
    if ends("toi thieu") || ends("it nhat") || ends("khong duoi") || ends("khong thap hon") || ends("tu") {
        Comparator::Ge
    } else if ends("tren") || ends("hon") || ends("vuot") {
        Comparator::Gt
    } else if ends("toi da") || ends("khong qua") || ends("khong vuot qua") {
        Comparator::Le
    } else if ends("duoi") {
        Comparator::Lt
    } else if ends("khoang") || ends("gan") || ends("xap xi") {
        Comparator::About
    } else {
        Comparator::Eq
    }
}

/// Words that follow a number without making it a count of something.
const NOT_COUNT_UNITS: &[&str] = &["nam", "thang", "quy", "ngay", "gio", "phut", "tuoi"];

const STOP_WORDS: &[&str] =
    &["cho", "tai", "cua", "duoc", "tren", "ve", "va", "trong", "de", "nham", "thuoc", "o", "co", "theo", "voi", "tu"];

/// Every figure in a target's text. Linear in the text.
pub fn figures(text: &str) -> Vec<Figure> {
    read_figures(text, false)
}

/// The text has a figure ([`figures`] is not empty): read up to the first one only (a lead-in
/// asked whether it states any, `… phấn đấu đạt các chỉ tiêu sau:`, is read to its end only
/// when it has none).
pub fn has_figure(text: &str) -> bool {
    !read_figures(text, true).is_empty()
}

/// [`figures`], or (`first`) at least the first one when there is any.
#[inline(never)]
fn read_figures(text: &str, first: bool) -> Vec<Figure> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // the words before a figure and after it, folded (one buffer for every figure of the text)
    let mut folded = String::new();
    let mut i = 0;
    while i < b.len() && (!first || out.is_empty()) {
        if !b[i].is_ascii_digit() {
            // (on to the next digit at once: most of a text is words)
            i = b.get(i..).and_then(|r| r.iter().position(u8::is_ascii_digit)).map_or(b.len(), |k| i + k);
            continue;
        }
        let starts = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'/' | b'.' | b','));
        if !starts {
            i += 1;
            continue;
        }
        let Some((value, end)) = number_at(text, i) else {
            i += 1;
            continue;
        };
        let rest = &text[end..];
        let rest_t = rest.trim_start_ws();
        let gap = rest.len() - rest_t.len();
        let before = &text[..i];
        // a date or code: `30/6/2024`, `749/QĐ-TTg`, `24/7`
        if rest.starts_with('/') || (before.ends_with('/') && !before.ends_with(" /")) {
            i = end;
            continue;
        }
        // a year on its own is a date, not a count (nor a percentage: `năm 2024 phần trăm hồ sơ`)
        let is_year = end - i == 4 && (1990.0..=2100.0).contains(&value);
        // `80%`, `80 %`, `80 phần trăm`
        if let Some(sign) =
            if rest_t.starts_with('%') { Some(1) } else { rest_t.starts_with(PER_CENT).then_some(PER_CENT.len()).filter(|_| !is_year) }
        {
            let to = end + gap + sign;
            if let Some((high, range_to)) = upper_end(text, to, before) {
                out.push(Figure { quantity: Quantity::PercentRange { low: value, high }, from: i, to: range_to });
                i = range_to;
                continue;
            }
            out.push(Figure { quantity: Quantity::Percent { value, comparator: comparator_before(before) }, from: i, to });
            i = to;
            continue;
        }
        if let Some((high, range_to)) = upper_end(text, end, before) {
            out.push(Figure { quantity: Quantity::PercentRange { low: value, high }, from: i, to: range_to });
            i = range_to;
            continue;
        }
        // `80-90%` / `80 – 90 %`
        if let Some(dash) = vn::strip_dash(rest_t) {
            let dash_t = dash.trim_start_ws();
            let at = text.len() - dash_t.len();
            if let Some((high, hend)) = number_at(text, at) {
                if text[hend..].trim_start_ws().starts_with('%') {
                    let to = hend + (text[hend..].len() - text[hend..].trim_start_ws().len()) + 1;
                    out.push(Figure { quantity: Quantity::PercentRange { low: value, high }, from: i, to });
                    i = to;
                    continue;
                }
            }
        }
        // the last eight characters folded first (the fold of a text's end is the end of its fold):
        // most numbers follow a word no version or rank word ends like, and twenty are not folded
        vn::fold_into(last_chars(before, 8), &mut folded);
        if may_end_in_rank_word(&folded) || may_end_in_document_name(&folded) {
            vn::fold_into(last_chars(before, 20), &mut folded);
            let fb = folded.as_str();
            // a version (`phiên bản 3.0`) measures nothing
            if fb.ends_with("phien ban") || fb.ends_with("version") {
                i = end;
                continue;
            }
            // a scheme's or a document's number names it (`Đề án 06`, `Chỉ thị số 05`, `Nghị
            // quyết 57`): it counts nothing
            let named = fb.strip_suffix(" so").unwrap_or(fb);
            if ["de an", "chi thi", "nghi quyet", "quyet dinh", "nghi dinh", "thong tu", "ket luan"]
                .iter()
                .any(|w| vn::ends_with_phrase(named, w))
            {
                i = end;
                continue;
            }
            if fb.ends_with("top") || fb.ends_with("thu") || fb.ends_with("thu hang") || fb.ends_with("nhom") || fb.ends_with("xep hang") {
                out.push(Figure { quantity: Quantity::Rank { value: value as u32 }, from: i, to: end });
                i = end;
                continue;
            }
        }
        let word = &rest_t[..rest_t.find(|c: char| !vn::is_letter(c)).unwrap_or(rest_t.len())];
        // (the word folded only when the cheaper tests let it count something; a unit of money,
        // the dearer test, last)
        if !is_year
            && gap > 0
            && !word.is_empty()
            && {
                vn::fold_into(word, &mut folded);
                !NOT_COUNT_UNITS.contains(&folded.as_str())
            }
            && money::unit_at(rest).is_none_or(|(_, n)| counts_in_scale(rest, n))
        {
            // `05 chuyên gia`, `01 cuộc diễn tập/năm`: the unit is the next words, up to three,
            // stopping at punctuation or a function word (`cho`, `tại`, `của` …)
            let mut words = Vec::new();
            for w in rest_t.split_ws().take(3) {
                let clean = w.trim_end_of(b",;.):");
                if STOP_WORDS.contains(&vn::fold(clean).as_str()) {
                    break;
                }
                words.push(clean);
                if clean.len() != w.len() {
                    break;
                }
            }
            let unit = crate::message::join(&words, " ");
            out.push(Figure {
                quantity: Quantity::Count { value, unit, comparator: comparator_before(before) },
                from: i,
                to: end + gap + word.len(),
            });
        }
        i = end;
    }
    if !first || out.is_empty() {
        percentages_in_words(text, &mut out);
    }
    out
}

/// A number's bare scale word (`triệu`, `tỷ`, `nghìn`: the `n` bytes of `rest` [`money::unit_at`]
/// read) before a noun counts that noun (`15 triệu người dùng`, `2 nghìn doanh nghiệp`), not
/// money: a scale word without `đồng` followed by a word in lower case that is no function word
/// (`cho`, `của` …) and no other unit of money.
fn counts_in_scale(rest: &str, n: usize) -> bool {
    let (scale, after) = rest.split_at(n.min(rest.len()));
    // (every form with `đồng` or `đ` ends in `g`, `d` or `đ`; the bare scale words otherwise)
    let bare = !matches!(scale.as_bytes().last(), Some(b'g' | b'G' | b'd' | b'D' | 0x90 | 0x91));
    let next = after.trim_start_ws();
    let word = next.get(..crate::vn::find_byte(b' ', next.as_bytes()).unwrap_or(next.len())).unwrap_or_default();
    bare && vn::first_char(word).is_some_and(vn::is_lower) && {
        let f = vn::fold(word);
        !STOP_WORDS.contains(&f.as_str()) && !SCALES.contains(&f.as_str())
    }
}

/// Scale words and units of money a number's scale word may be followed by (`2 nghìn tỷ đồng`).
const SCALES: &[&str] = &["ty", "ti", "trieu", "nghin", "ngan", "dong"];

/// `đạt từ 85% đến 90%`, `đạt từ 85 tới 90%`: the upper end of a range whose low end (what is
/// promised) ends at `at`, and where the range ends. Only after `đạt từ`: `tăng từ 60% đến 80%`
/// is a rise from last year's figure, not a range.
fn upper_end(text: &str, at: usize, before: &str) -> Option<(f64, usize)> {
    let rest = ["đến ", "tới "].iter().find_map(|w| text.get(at..)?.trim_start_ws().strip_prefix(*w))?.trim_start_ws();
    if !vn::fold(last_chars(before, 8)).trim_end_ws().ends_with("dat tu") {
        return None;
    }
    let (high, end) = number_at(text, text.len() - rest.len())?;
    let sign = text[end..].trim_start_ws();
    sign.starts_with('%').then(|| (high, text.len() - sign.len() + 1))
}

/// Could the fold of the twenty characters before a number end with a document's or scheme's
/// name (`de an`, `chi thi`, `nghi quyet`, `quyet dinh`, `nghi dinh`, `thong tu`, `ket luan`,
/// each maybe followed by `so`)? `short` as for [`may_end_in_rank_word`]: its last word.
fn may_end_in_document_name(short: &str) -> bool {
    matches!(short.rsplit_once_str(" ").map_or(short, |(_, w)| w), "an" | "thi" | "quyet" | "dinh" | "tu" | "luan" | "so")
}

/// Could the fold of the twenty characters before a number end with a version or rank word
/// (`phien ban`, `version`, `top`, `thu`, `thu hang`, `nhom`, `xep hang`)? `short`: the fold of
/// fewer of the last characters, an end of that fold: once it holds a space, its last word is that
/// fold's last word, which must then be `ban`, `hang`, or end like the one-word ones. Never false
/// when it could.
fn may_end_in_rank_word(short: &str) -> bool {
    short.rsplit_once_str(" ").is_none_or(|(_, w)| {
        w == "ban" || w == "hang" || w.ends_with("top") || w.ends_with("thu") || w.ends_with("nhom") || w.ends_with("version")
    })
}

const PER_CENT: &str = "phần trăm";

/// The words read before `phần trăm`, lower case as written: number words up to 999, first those
/// a number may start with (`một` … `trăm`), then (from 11) the others (`mốt` … `lẻ`); then (17)
/// `phần`; then (from 18) the words before number words that make them no percentage of a target:
/// a year (`trong năm phần trăm …`, `Việt Nam`), `mỗi một phần trăm tăng thêm`, `hàng trăm`,
/// `vài mươi`. (One string: an array of string constants is compared word by word in the wasm.)
const WORDS: &str = "một hai ba bốn năm sáu bảy tám chín mười trăm mốt tư lăm mươi linh lẻ phần \
    trong cuối đầu hàng mỗi giữa các việt từng vài";

/// Where `word` stands in [`WORDS`] (99: nowhere). Before `trăm` a number word must be spelled as
/// there, in any case (`tạm`, `làm`, `từ`, `Nam` are no numbers); before `tram` (typed without
/// accents: `ascii`) it is compared folded, as the other words always are.
fn word_index(word: &str, ascii: bool) -> usize {
    let (folded, lower) = (vn::fold(word), vn::lowercase(word));
    // (a number word is the whole of `word`: `hai,` is none)
    let same = |(i, w): (usize, &str)| if ascii || i > 16 { vn::fold(w) == folded && (i > 16 || lower == folded) } else { w == lower };
    vn::words(WORDS).enumerate().position(same).unwrap_or(99)
}

/// `bảy mươi phần trăm`, `Một trăm phần trăm`, `tam muoi lam phan tram`: percentages written in
/// words, put in `out` in the text's order. Found from each `trăm`/`tram` (a byte search, no
/// folding: most texts have none) and read backwards: `phần`, then up to five number words, each
/// parted from the next by one space; the longest run that is a number counts (`cuối năm tám
/// mươi phần trăm` is 80). Not a figure: beside the same figure in digits (`chín mươi phần trăm
/// (90%)`, `90% (chín mươi phần trăm)`: the digits are the figure), before a unit of money (`một
/// phần trăm triệu`: a hundred million). A word is read by at most the seven `trăm` after it.
#[inline(never)]
fn percentages_in_words(text: &str, out: &mut Vec<Figure>) {
    let b = text.as_bytes();
    // no target states more than a few: at most 64 in one text keeps the inserts (each moves the
    // figures after it) linear in the text
    let mut left = 64;
    let mut put = |out: &mut Vec<Figure>, from: usize, to: usize, value: f64| {
        let comparator = comparator_before(text.get(..from).unwrap_or_default());
        // (in the text's order)
        let f = Figure { quantity: Quantity::Percent { value, comparator }, from, to };
        out.insert(out.iter().rposition(|g| g.from < from).map_or(0, |p| p + 1), f);
        left -= 1;
        left == 0
    };
    for m in memchr::memchr2_iter(b'm', b'M', b) {
        // `Một nửa số doanh nghiệp …`, `hơn một nửa`: half, a measurable figure (50%)
        const HALF: &[u8] = "ột nửa".as_bytes();
        let to = m + 1 + HALF.len();
        if b.get(m + 1..to) == Some(HALF)
            && (m == 0 || b[m - 1] == b' ')
            && !text.get(to..).and_then(vn::first_char).is_some_and(vn::is_letter_or_digit)
        {
            if put(out, m, to, 50.0) {
                return;
            }
            continue;
        }
        // `tram` (then the words before are typed without accents too), or `trăm` (`ă`, `Ă`: C4 83, C4 82)
        let Some(&[c0, c1, c2, c3]) = b.get(m.wrapping_sub(4)..m) else { continue };
        let (start, ascii) = if [c1 | 0x20, c2 | 0x20, c3 | 0x20] == *b"tra" {
            (m - 3, true)
        } else if [c0 | 0x20, c1 | 0x20, c2, c3 | 1] == [b't', b'r', 0xC4, 0x83] {
            (m - 4, false)
        } else {
            continue;
        };
        let (Some(head), Some(tail)) = (text.get(..start), text.get(m + 1..)) else { continue };
        let index = |w: &str| word_index(w, ascii);
        // backwards: one space, `phần`, the number words (the last first), then the word before them
        let mut words = head.rsplit_str(" ");
        if vn::first_char(tail).is_some_and(vn::is_letter_or_digit) || words.next() != Some("") || words.next().map(index) != Some(17) {
            continue;
        }
        // where each number word a number may start with starts (the last at 4), where they end
        let (mut n, mut starts, mut end) = (5, [usize::MAX; 5], 0);
        let before = loop {
            let Some(w) = words.next() else { break 99 };
            match index(w) {
                v @ 0..=16 if n > 0 => {
                    n -= 1;
                    let at = w.as_ptr() as usize - b.as_ptr() as usize;
                    end = end.max(at + w.len());
                    if v < 11 {
                        starts[n] = at;
                    }
                }
                v => break v,
            }
        };
        // the longest run that is a number (`cuối năm tám mươi phần trăm` is 80)
        let Some((from, value)) = starts.iter().find_map(|&f| Some((f, money::parse_words(text.get(f..end)?)?))) else { continue };
        let next = |c: &&u8| **c != b' ' && **c != b'(';
        if (Some(&from) == starts.get(n) && (18..99).contains(&before))
            || tail.as_bytes().iter().find(next).is_some_and(u8::is_ascii_digit)
            || b.get(..from).unwrap_or_default().iter().rev().find(next) == Some(&b'%')
            || money::unit_at(tail).is_some()
        {
            continue;
        }
        if put(out, from, m + 1, f64::from(value as u32)) {
            return;
        }
    }
}

/// The last `n` characters of `text` (all of it when shorter), without copying them.
fn last_chars(text: &str, n: usize) -> &str {
    match n.checked_sub(1) {
        None => "",
        Some(k) => vn::last_chars_start(text, k).and_then(|i| text.get(i..)).unwrap_or(text),
    }
}

/// Dates and periods named in a target. Linear in the text.
pub fn dates(text: &str) -> Vec<When> {
    read_dates(text, false)
}

/// The text names a day or a month ([`dates`] has one): read up to the first only, without
/// telling deadlines (a day or month is read only from a figure followed by `/`: a text without
/// one is not read).
pub fn has_day_or_month(text: &str) -> bool {
    crate::vn::find_byte(b'/', text.as_bytes()).is_some() && read_dates(text, true).last().is_some_and(|d| d.month.is_some())
}

/// `trước ngày 30/6`, `trước 30/6`: a day and month after `ngày`, `trước` or `hạn` without a
/// year (a date of the plan's year, which a deadline of a target is bound to; [`dates`] reads
/// only dates with their year), or a part of the year named without one: a quarter (`quý II`,
/// `quý 2`), the first or last months (`6 tháng đầu năm`). Linear.
pub fn has_yearless_day(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'/', b).any(|s| {
        let (day, month) = (&b[..s], &b[s + 1..]);
        let d = day.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let m = month.iter().take_while(|c| c.is_ascii_digit()).count();
        // (one or two digits each: no overflow)
        let value = |digits: &[u8]| digits.iter().fold(0, |v, c| v * 10 + u32::from(c - b'0'));
        (1..=2).contains(&d)
            && (1..=2).contains(&m)
            && (1..=31).contains(&value(&day[s - d..]))
            && (1..=12).contains(&value(&month[..m]))
            && month.get(m) != Some(&b'/')
            && ["ngày ", "Ngày ", "NGÀY ", "trước ", "Trước ", "hạn "].iter().any(|n| day[..s - d].ends_with(n.as_bytes()))
    }) || vn::with_folded(text, |f| {
        // (the last three words before each)
        let (mut w3, mut w2, mut w1) = ("", "", "");
        vn::words(f).any(|w| {
            let part = w1 == "quy" && matches!(w, "i" | "ii" | "iii" | "iv" | "1" | "2" | "3" | "4")
                || w == "nam" && matches!(w1, "dau" | "cuoi") && w2 == "thang" && vn::parse_u32(w3).is_some_and(|n| (1..=12).contains(&n));
            (w3, w2, w1) = (w2, w1, w);
            part
        })
    })
}

/// [`dates`], or (`days`) up to the first with a month, with no year told a deadline.
#[inline(never)]
fn read_dates(text: &str, days: bool) -> Vec<When> {
    let b = text.as_bytes();
    let folded_before = |at: usize| vn::fold(last_chars(text.get(..at).unwrap_or(""), 40));
    let is_deadline = |at: usize| {
        // (the year's own clause: `GRDP đạt 17,5% (năm 2023: 11,2%)` is last year's figure, the
        // `trong` before the bracket is not its deadline)
        let before = last_chars(text.get(..at).unwrap_or(""), 40);
        let f = vn::fold(before.rsplit_once_str("(").map_or(before, |(_, clause)| clause));
        // whole words: `hạn` is no deadline inside `thành lập`, `Nhân rộng`, `xếp hạng`
        ["truoc", "den", "trong", "vao", "hoan thanh", "cham nhat", "han", "het", "thang", "quy", "ngay", "phan dau"]
            .iter()
            .any(|k| vn::has_phrase(&f, k))
            && !f.ends_with("so voi")
            && !f.ends_with("so voi nam")
            && !since_or_cited(text, at)
            && !qualifies(text, at)
    };
    let mut out: Vec<When> = Vec::new();
    let mut i = 0;
    while i < b.len() && !(days && out.last().is_some_and(|d| d.month.is_some())) {
        if !b[i].is_ascii_digit() {
            // (on to the next digit at once: most of a text is words)
            i = b.get(i..).and_then(|r| r.iter().position(u8::is_ascii_digit)).map_or(b.len(), |k| i + k);
            continue;
        }
        if i > 0 && b[i - 1].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let run = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        let n1 = run(i);
        let v1: u32 = vn::parse_u32(&text[i..i + n1]).unwrap_or(0);
        let mut j = i + n1;
        // d/m/yyyy, m/yyyy
        if b.get(j) == Some(&b'/') {
            let n2 = run(j + 1);
            if n2 > 0 {
                let v2: u32 = vn::parse_u32(&text[j + 1..j + 1 + n2]).unwrap_or(0);
                let k = j + 1 + n2;
                if b.get(k) == Some(&b'/') && run(k + 1) == 4 {
                    let year: u16 = vn::parse_u16(&text[k + 1..k + 5]).unwrap_or(0);
                    let invalid = !valid_day(v1, v2, year);
                    out.push(When {
                        year,
                        until: year,
                        month: Some(v2 as u8),
                        day: Some(v1 as u8),
                        deadline: !since_or_cited(text, i) && !qualifies(text, i),
                        invalid,
                        from: i,
                        to: k + 5,
                    });
                    i = k + 5;
                    continue;
                }
                if n2 == 4 && ((1..=12).contains(&v1) || is_month_context(&folded_before(i))) {
                    let year: u16 = vn::parse_u16(&text[j + 1..j + 5]).unwrap_or(0);
                    let quarter = folded_before(i).ends_with("quy");
                    let invalid = !quarter && !(1..=12).contains(&v1);
                    let month = if quarter { Some((v1 * 3).min(12) as u8) } else { Some(v1 as u8) };
                    out.push(When { year, until: year, month, day: None, deadline: !qualifies(text, i), invalid, from: i, to: j + 5 });
                    i = j + 5;
                    continue;
                }
            }
            i = j + 1;
            continue;
        }
        if n1 == 4 && (1990..=2100).contains(&v1) {
            let year = v1 as u16;
            // a period `2024 - 2025`, `2021-2025`
            let rest = &text[j..];
            let rt = vn::strip_dash(rest.trim_start_ws()).map(crate::vn::trim_start);
            if let Some(rt) = rt {
                let at = text.len() - rt.len();
                if run(at) == 4 {
                    let until: u16 = vn::parse_u16(&text[at..at + 4]).unwrap_or(year);
                    out.push(When { year, until, month: None, day: None, deadline: false, invalid: until < year, from: i, to: at + 4 });
                    i = at + 4;
                    continue;
                }
            }
            j = i + 4;
            // `ngày 30 tháng 6 năm 2027`, `tháng 10 năm 2027`: a day and month written out, as
            // a decision dates itself (a completion bound to them, as `30/6/2027` is)
            if let Some((from, month, day)) = written_out(text, i) {
                let invalid = !valid_day(day.map_or(1, u32::from), u32::from(month), year);
                out.push(When { year, until: year, month: Some(month), day, deadline: true, invalid, from, to: j });
                i = j;
                continue;
            }
            // `đến hết năm 2027`, `cuối năm 2027`: its last day, a completion bound to a date
            let last_day = !days && {
                let f = folded_before(i);
                let f = crate::vn::trim_end(&f);
                vn::ends_with_phrase(f, "het nam") || vn::ends_with_phrase(f, "cuoi nam")
            };
            let month = last_day.then_some(12);
            out.push(When { year, until: year, month, day: None, deadline: !days && is_deadline(i), invalid: false, from: i, to: j });
            i = j;
            continue;
        }
        i = j.max(i + 1);
    }
    out
}

/// The date at byte `at` stands in a bracket that qualifies the target, citing a list or a
/// document (`(theo danh mục công bố đến hết năm 2026)`) or a result reached (`(giữ vững kết quả
/// đạt được đến hết tháng 11/2026)`): no deadline, unless the bracket sets one (`hoàn thành`,
/// `trước`, `chậm nhất`, `phấn đấu`). (Looks back 60 characters: linear.)
fn qualifies(text: &str, at: usize) -> bool {
    let Some((_, clause)) = last_chars(text.get(..at).unwrap_or(""), 60).rsplit_once_str("(").filter(|(_, c)| !vn::has_byte(c, b')'))
    else {
        return false;
    };
    let c = vn::fold(clause);
    (c.starts_with("theo ") || vn::has_phrase(&c, "dat duoc"))
        && !["hoan thanh", "truoc", "cham nhat", "phan dau"].iter().any(|k| vn::has_phrase(&c, k))
}

/// The date at byte `at` says since when (`từ ngày 01/7/2025`, `từ năm 2022`), as of when (`tính
/// đến 31/12/2026`: a baseline), or when a document cited was issued (`Quyết định số 06/QĐ-TTg
/// ngày 06/01/2022`, `Nghị quyết 57-NQ/TW ngày …`: its number, with a `/` and capitals, before
/// `ngày`): no deadline. (Looks back 24 characters: linear.)
fn since_or_cited(text: &str, at: usize) -> bool {
    let before = last_chars(text.get(..at).unwrap_or(""), 24).trim_end_ws();
    let day = before.strip_suffix("ngày").or_else(|| before.strip_suffix("Ngày")).map(crate::vn::trim_end);
    // (the bytes of the word before `ngày`, read backwards)
    let number = || day.unwrap_or("").bytes().rev().take_while(|&b| b != b' ');
    let head = day.unwrap_or(before);
    let f = vn::fold(head.strip_suffix("năm").unwrap_or(head).trim_end_ws());
    vn::ends_with_phrase(&f, "tu") || f.ends_with("tinh den") || number().any(|b| b == b'/') && number().any(|b| b.is_ascii_uppercase())
}

/// The month (and day) written out before the year at `at`: `tháng M năm` (`ngày D tháng M
/// năm`), a number of one or two digits before each word: where the date starts (its first
/// number), its month and day.
fn written_out(text: &str, at: usize) -> Option<(usize, u8, Option<u8>)> {
    fn word<'a>(s: &'a str, w: [&str; 3]) -> Option<&'a str> {
        w.iter().find_map(|w| s.trim_end_ws().strip_suffix(*w)).map(crate::vn::trim_end)
    }
    // a number of one or two digits ending `s`: where it starts and its value
    let number = |s: &str| {
        let n = s.bytes().rev().take_while(u8::is_ascii_digit).count();
        let at = s.len() - n;
        // (one or two digits: no overflow; no `parse::<u8>`, a copy of its own in the wasm)
        let value = s.as_bytes()[at..].iter().fold(0u8, |v, c| v * 10 + (c - b'0'));
        ((1..=2).contains(&n) && !vn::last_char(&s[..at]).is_some_and(vn::is_letter_or_digit)).then_some((at, value))
    };
    let before = word(text.get(..at)?, ["năm", "Năm", "NĂM"])?;
    let (m_at, month) = number(before)?;
    let before = word(&before[..m_at], ["tháng", "Tháng", "THÁNG"])?;
    let day = number(before).and_then(|(d_at, d)| Some((d_at, d, word(&before[..d_at], ["ngày", "Ngày", "NGÀY"])?)));
    // only after a word of a deadline (`trước`, `đến`, `trong`, `vào`, `hạn`, `chậm nhất`, `hết`,
    // `hoàn thành`): a document's date (`Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024`, `Cần
    // Thơ, ngày 26 tháng 9 năm 2025`) is no completion, read as the year alone as before
    let lead = vn::fold(last_chars(day.map_or(before, |(_, _, lead)| lead), 10));
    if !["truoc", "den", "trong", "vao", "han", "nhat", "het", "thanh"].iter().any(|w| lead.ends_with(*w)) {
        return None;
    }
    Some(day.map_or((m_at, month, None), |(d_at, d, _)| (d_at, month, Some(d))))
}

fn is_month_context(folded_before: &str) -> bool {
    folded_before.ends_with("thang") || folded_before.ends_with("quy")
}

fn valid_day(day: u32, month: u32, year: u16) -> bool {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// `Quý II/2024` written with a Roman numeral: the year after it, as a deadline.
pub fn roman_quarters(text: &str) -> Vec<When> {
    let mut out = Vec::new();
    // `quý ` in lower case is `q`/`Q`, `u`/`U`, `ý`/`Ý` (C3 BD, C3 9D) and a space in the text: most
    // targets have none, and are not lowered (a copy of the whole text) to find so
    let b = text.as_bytes();
    if !memchr::memchr2_iter(b'q', b'Q', b).any(|i| matches!(b.get(i + 1..i + 5), Some([b'u' | b'U', 0xC3, 0xBD | 0x9D, b' ']))) {
        return out;
    }
    let lower = crate::vn::lowercase(text);
    if lower.len() != text.len() {
        return out;
    }
    let mut search = 0;
    while let Some(p) = vn::find(&lower[search..], "quý ").map(|p| p + search) {
        let after = p + "quý ".len();
        let Some(tail) = text.get(after..) else { break };
        let roman = tail.get(..tail.bytes().take_while(|c| matches!(c, b'I' | b'V')).count()).unwrap_or("");
        let q = crate::outline::label::roman_value(roman);
        let k = after + roman.len();
        // `Quý II/2024`, or `quý IV năm 2026`: the year after a slash or the word `năm`
        let year_at = text.get(k..).and_then(|t| {
            t.strip_prefix('/').or_else(|| ["năm ", "NĂM ", "Năm "].iter().find_map(|&n| t.strip_prefix(' ')?.strip_prefix(n)))
        });
        if let (Some(q), Some(rest)) = (q, year_at) {
            if let Some(digits) = rest.get(..4).filter(|d| d.bytes().all(|c| c.is_ascii_digit())) {
                let year: u16 = vn::parse_u16(digits).unwrap_or(0);
                out.push(When {
                    year,
                    until: year,
                    month: Some((q * 3).min(12) as u8),
                    day: None,
                    deadline: true,
                    invalid: q > 4,
                    from: p,
                    to: text.len() - rest.len() + 4,
                });
            }
        }
        search = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_digits_only_read_as_parse_number_reads_them_on_every_fixture_number() {
        let by_parse = |text: &str, from: usize| {
            let b = text.as_bytes();
            let mut i = from;
            while i < b.len() && (b[i].is_ascii_digit() || ((b[i] == b'.' || b[i] == b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            let n = money::parse_number(&text[from..i])?;
            Some((n.scaled as f64 / 10f64.powi(n.decimals as i32), i))
        };
        let mut texts = vec!["999999999999999999 1000000000000000000 9007199254740993 0007 12.500 1,5 x".to_string()];
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
        let mut read = 0;
        for line in texts.iter().flat_map(|t| t.lines()) {
            for from in (0..line.len()).filter(|&i| line.is_char_boundary(i)) {
                let theirs = by_parse(line, from);
                let ours = number_at(line, from);
                assert_eq!(ours.map(|(v, e)| (v.to_bits(), e)), theirs.map(|(v, e)| (v.to_bits(), e)), "{line} @{from}");
                read += usize::from(theirs.is_some());
            }
        }
        assert!(read > 10_000, "{read}");
    }

    #[test]
    fn the_short_fold_before_a_number_misses_no_rank_or_version_word() {
        // every number of the distinct-plan corpus, and of ranks and versions written many ways:
        // where the fold of the twenty characters before it ends with a rank or version word, the
        // fold of the last eight lets it be read
        let corpus = include_str!("../tests/fixtures/bench/ke-hoach-khac-nhau.txt");
        let ranks = "Top 50; top10; thứ 15; xếp hạng 3; Thứ hạng 10; nhóm 2; phiên bản 3.0; version 2; laptop 4; \
            THỨ HẠNG  7; Nhóm (A) 3; xếp   hạng: 5; PHIÊN BẢN 2; đứng thứ  9; thuộc nhóm 20";
        let ends = |f: &str| ["phien ban", "version", "top", "thu", "thu hang", "nhom", "xep hang"].iter().any(|k| f.ends_with(k));
        let (mut checked, mut ranked) = (0, 0);
        for text in [corpus, ranks] {
            for (i, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
                let before = &text[..i];
                let full = ends(&vn::fold(last_chars(before, 20)));
                assert!(!full || may_end_in_rank_word(&vn::fold(last_chars(before, 8))), "{}", last_chars(before, 20));
                checked += 1;
                ranked += usize::from(full);
            }
        }
        assert!(checked > 1000 && ranked >= 14, "{checked} {ranked}");
    }

    fn q(text: &str) -> Vec<Quantity> {
        figures(text).into_iter().map(|f| f.quantity).collect()
    }

    #[test]
    fn a_schemes_number_is_no_count() {
        assert!(q("Đẩy mạnh triển khai các mô hình điểm của Đề án 06 tại các xã, phường").is_empty());
        assert!(q("Thực hiện Chỉ thị số 05 về chuyển đổi số tại cơ sở").is_empty());
        assert!(q("Quán triệt Nghị quyết 57 trong toàn hệ thống chính trị").is_empty());
        // a count after the name is still one
        assert_eq!(q("Triển khai Đề án 06 tại 05 xã điểm").len(), 1);
        assert_eq!(q("Triển khai mô hình điểm tại 06 xã").len(), 1);
        // `dự án`, `bản án` are no scheme's name
        assert_eq!(q("Hoàn thành dự án 05 trạm quan trắc").len(), 1);
    }

    #[test]
    fn a_text_has_a_figure_when_it_reads_one() {
        for text in [
            "Phấn đấu đến năm 2025, tỉnh đạt các chỉ tiêu sau:",
            "Thực hiện Công văn số 3816/BTTTT-CĐSQG ngày 14/9/2024, phiên bản 3.0, thứ 5 trong 2021 - 2025:",
            "đạt bảy mươi phần trăm; 80-90%",
            "trên 05 chuyên gia, đạt 80% hồ sơ:",
            "cả năm 2025 phần trăm tăng thêm",
            "",
        ] {
            assert_eq!(has_figure(text), !figures(text).is_empty(), "{text}");
        }
        for text in [
            "Thực hiện Công văn số 3816/BTTTT-CĐSQG ngày 14/9/2024, giai đoạn 2021 - 2025:",
            "Kế hoạch 12/KH-UBND năm 2025, trong quý 3/2025",
            "hoàn thành trước năm 2025, mã 1/2",
            "trong tháng 13/2024",
        ] {
            assert_eq!(has_day_or_month(text), dates(text).iter().any(|d| d.day.or(d.month).is_some()), "{text}");
        }
        assert!(has_day_or_month("Công văn số 3816/BTTTT-CĐSQG ngày 14/9/2024"));
        assert!(!has_day_or_month("Kế hoạch số 12/KH-UBND giai đoạn 2021 - 2025"));
        assert!(!has_figure("Phấn đấu đến năm 2025, tỉnh đạt các chỉ tiêu sau:"));
        assert!(has_figure("Một trăm phần trăm dịch vụ công"));
    }

    #[test]
    fn percentages_after_a_space_and_in_words_after_digits() {
        assert_eq!(q("đạt 60 %;"), [pct(60.0, Comparator::Eq)]);
        assert_eq!(q("100 phần trăm dịch vụ công"), [pct(100.0, Comparator::Eq)]);
        assert_eq!(q("tỷ lệ phần trăm hồ sơ"), []);
    }

    #[test]
    fn percentages_in_words() {
        assert_eq!(q("đạt bảy mươi phần trăm;"), [pct(70.0, Comparator::Eq)]);
        assert_eq!(q("Một trăm phần trăm dịch vụ công"), [pct(100.0, Comparator::Eq)]);
        assert_eq!(q("tối thiểu tám mươi lăm phần trăm"), [pct(85.0, Comparator::Ge)]);
        assert_eq!(q("đạt hai mươi mốt phần trăm"), [pct(21.0, Comparator::Eq)]);
        assert_eq!(q("đạt ba mươi tư phần trăm"), [pct(34.0, Comparator::Eq)]);
        assert_eq!(q("đạt mười lăm phần trăm"), [pct(15.0, Comparator::Eq)]);
        assert_eq!(q("đạt năm phần trăm"), [pct(5.0, Comparator::Eq)]);
        assert_eq!(q("giảm một trăm linh năm phần trăm"), [pct(105.0, Comparator::Eq)]);
        assert_eq!(q("ĐẠT CHÍN MƯƠI PHẦN TRĂM"), [pct(90.0, Comparator::Eq)]);
        assert_eq!(q("dat tam muoi phan tram ho so"), [pct(80.0, Comparator::Eq)]);
        // a year before the number is not part of it
        assert_eq!(q("đến cuối năm tám mươi phần trăm hồ sơ"), [pct(80.0, Comparator::Eq)]);
        // the digits beside the words are the one figure
        let t = "đạt chín mươi phần trăm (90%); 90% hộ";
        assert_eq!(figures(t).iter().map(|f| &t[f.from..f.to]).collect::<Vec<_>>(), ["90%", "90%"]);
        assert_eq!(figures(t)[0].from, t.find('(').map_or(0, |b| b + 1));
        assert_eq!(q("đạt 90% (chín mươi phần trăm)"), [pct(90.0, Comparator::Eq)]);
        // no number before, or not a percentage of a target
        assert_eq!(q("phần trăm hồ sơ trực tuyến tăng"), []);
        assert_eq!(q("mỗi một phần trăm tăng thêm"), []);
        assert_eq!(q("hỗ trợ một phần trăm triệu đồng"), []);
        assert_eq!(q("trong năm phần trăm hồ sơ được số hóa tăng"), []);
        assert_eq!(q("hàng trăm phần trăm"), []);
        assert_eq!(q("dân số Việt Nam phần trăm"), []);
        assert_eq!(q("viet nam phan tram"), []);
        assert_eq!(q("năm 2024 phần trăm hồ sơ"), []);
        assert_eq!(q("năm, phần trăm hồ sơ"), []);
        // accented words must be numbers: `tạm`, `làm`, `từ` are not
        assert_eq!(q("tạm phần trăm"), []);
        assert_eq!(q("làm phần trăm"), []);
        assert_eq!(q("tăng từ phần trăm"), []);
        // `tư`, `lăm`, `mốt`, `mươi` start no number
        assert_eq!(q("tang tu phan tram"), []);
        assert_eq!(q("lam phan tram"), []);
        // words parted by more than one space are not read together
        assert_eq!(q("đạt bảy mươi  phần trăm"), []);
        // in the text's order among the digits
        let t = "90% cấp tỉnh, tám mươi phần trăm cấp huyện và 70% cấp xã";
        assert_eq!(figures(t).iter().map(|f| f.from).collect::<Vec<_>>(), [0, t.find("tám").unwrap_or(0), t.find("70").unwrap_or(0)]);
        let t = "bảy mươi phần trăm xã, 50% hộ, tám mươi phần trăm huyện, 60% và 65% doanh nghiệp";
        let values: Vec<_> =
            figures(t).iter().map(|f| if let Quantity::Percent { value, .. } = f.quantity { value } else { 0.0 }).collect();
        assert_eq!(values, [70.0, 50.0, 80.0, 60.0, 65.0]);
        // at most 64 in one text, however many it holds (each is inserted among the digits)
        let many = "bảy mươi phần trăm, 5%; ".repeat(100);
        assert_eq!(figures(&many).len(), 164);
        // linear: each `trăm` reads at most seven words back
        let long = "trăm phần ".repeat(20_000) + "trăm";
        assert!(figures(&long).len() <= 1);
    }

    #[test]
    fn half_in_words_is_a_percentage() {
        assert_eq!(q("Một nửa số doanh nghiệp nhỏ và vừa sử dụng nền tảng số"), [pct(50.0, Comparator::Eq)]);
        assert_eq!(q("hơn một nửa số hộ gia đình có cáp quang, 80% xã"), [pct(50.0, Comparator::Gt), pct(80.0, Comparator::Eq)]);
        assert_eq!(q("một nửanăm"), []);
        assert_eq!(q("thêm một nửa"), [pct(50.0, Comparator::Eq)]);
        assert_eq!(q("nửa đầu năm"), []);
    }

    fn pct(value: f64, comparator: Comparator) -> Quantity {
        Quantity::Percent { value, comparator }
    }

    #[test]
    fn decimals_the_vietnamese_way() {
        assert_eq!(format_decimal(17.5), "17,5");
        assert_eq!(format_decimal(100.0), "100");
        assert_eq!(format_decimal(59.38), "59,38");
        assert_eq!(format_decimal(0.05), "0,05");
        assert_eq!(format_decimal(-20.0), "-20");
    }

    #[test]
    fn percentages_and_comparators() {
        assert_eq!(q("đạt 80%"), [pct(80.0, Comparator::Eq)]);
        assert_eq!(q("≥ 80%"), [pct(80.0, Comparator::Ge)]);
        assert_eq!(q(">50%"), [pct(50.0, Comparator::Gt)]);
        assert_eq!(q("trên 90%"), [pct(90.0, Comparator::Gt)]);
        assert_eq!(q("tối thiểu 60%"), [pct(60.0, Comparator::Ge)]);
        assert_eq!(q("59,38%"), [pct(59.38, Comparator::Eq)]);
        assert_eq!(q("30.14%"), [pct(30.14, Comparator::Eq)]);
        assert_eq!(q("100 %"), [pct(100.0, Comparator::Eq)]);
        assert_eq!(q("không quá 5%"), [pct(5.0, Comparator::Le)]);
        assert_eq!(q("80 - 90%"), [Quantity::PercentRange { low: 80.0, high: 90.0 }]);
    }

    #[test]
    fn counts_and_ranks() {
        assert_eq!(q("05 chuyên gia"), [Quantity::Count { value: 5.0, unit: "chuyên gia".into(), comparator: Comparator::Eq }]);
        // a bare scale word before a noun counts it; with `đồng`, alone or before a function
        // word, it is money (no count)
        assert_eq!(
            q("đạt 15 triệu người dùng"),
            [Quantity::Count { value: 15.0, unit: "triệu người dùng".into(), comparator: Comparator::Eq }]
        );
        for money in
            ["đạt 15 triệu đồng", "bố trí 15 triệu cho dự án", "đạt 15 tỷ.", "khoảng 2 nghìn tỷ đồng", "15 triệu (mười lăm triệu đồng)"]
        {
            assert!(q(money).is_empty(), "{money}");
        }
        assert_eq!(
            q("tối thiểu 01 cuộc diễn tập/năm"),
            [Quantity::Count { value: 1.0, unit: "cuộc diễn tập/năm".into(), comparator: Comparator::Ge }]
        );
        assert_eq!(q("48 khoá học"), [Quantity::Count { value: 48.0, unit: "khoá học".into(), comparator: Comparator::Eq }]);
        assert_eq!(q("Top 50"), [Quantity::Rank { value: 50 }]);
        assert_eq!(q("năm 2024"), []);
        assert_eq!(q("Quyết định 749/QĐ-TTg ngày 30/6/2024"), []);
        assert_eq!(q("6 tháng đầu năm"), []);
    }

    #[test]
    fn dates_and_periods() {
        let d = |t: &str| dates(t).into_iter().map(|w| (w.year, w.until, w.month, w.day, w.deadline, w.invalid)).collect::<Vec<_>>();
        assert_eq!(d("hoàn thành trước 30/6/2024"), [(2024, 2024, Some(6), Some(30), true, false)]);
        assert_eq!(d("trong tháng 6/2024"), [(2024, 2024, Some(6), None, true, false)]);
        assert_eq!(d("giai đoạn 2024 - 2025"), [(2024, 2025, None, None, false, false)]);
        assert_eq!(d("trước ngày 31/6/2024"), [(2024, 2024, Some(6), Some(31), true, true)]);
        assert_eq!(d("tăng 10% so với năm 2023"), [(2023, 2023, None, None, false, false)]);
        assert_eq!(d("hoàn thành trong năm 2025"), [(2025, 2025, None, None, true, false)]);
        // last year's figure in brackets after the target: no deadline
        assert_eq!(d("Tỷ trọng kinh tế số trong GRDP đạt 17,5% (năm 2023: 11,2%)"), [(2023, 2023, None, None, false, false)]);
        assert_eq!(d("đạt 100% (hoàn thành trong năm 2025)"), [(2025, 2025, None, None, true, false)]);
        // a document's date, since when, as of when: no deadline; `hạn` inside other words
        // (`thành lập`, `Nhân rộng`, `xếp hạng`) is none either
        let none = |y: u16, m: Option<u8>, day: Option<u8>| [(y, y, m, day, false, false)];
        assert_eq!(d("Theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng"), none(2022, Some(1), Some(6)));
        assert_eq!(d("theo Nghị quyết số 57-NQ/TW Ngày 22/12/2024"), none(2024, Some(12), Some(22)));
        assert_eq!(d("Luật Dữ liệu (có hiệu lực từ ngày 01/7/2025)"), none(2025, Some(7), Some(1)));
        assert_eq!(d("85% (tính đến 31/12/2026 đạt 62%)"), none(2026, Some(12), Some(31)));
        assert_eq!(d("Tổ công nghệ số (thành lập từ năm 2022)"), none(2022, None, None));
        assert_eq!(d("Tổ công nghệ số (thành lập năm 2022)"), none(2022, None, None));
        assert_eq!(d("Nhân rộng mô hình thành công năm 2026"), none(2026, None, None));
        assert_eq!(d("Top 20 DTI (xếp hạng năm 2026)"), none(2026, None, None));
        assert_eq!(d("hoàn thành trước ngày 30/6/2027"), [(2027, 2027, Some(6), Some(30), true, false)]);
        assert_eq!(d("đến ngày 31/12/2027"), [(2027, 2027, Some(12), Some(31), true, false)]);
        assert_eq!(d("hết hạn năm 2028"), [(2028, 2028, None, None, true, false)]);
        assert_eq!(d("Phấn đấu năm 2024, tỉnh đạt"), [(2024, 2024, None, None, true, false)]);
        let r: Vec<_> = roman_quarters("hoàn thành trong Quý II/2024").into_iter().map(|w| (w.year, w.month)).collect();
        assert_eq!(r, [(2024, Some(6))]);
    }

    #[test]
    fn a_range_from_to_after_dat() {
        // `đạt từ 75% đến 85%` promises 75%: read as two figures, the best (85%) was compared
        let range = |low, high| Quantity::PercentRange { low, high };
        assert_eq!(q("toàn trình đạt từ 75% đến 85%;"), [range(75.0, 85.0)]);
        assert_eq!(q("đạt từ 75 tới 85 %"), [range(75.0, 85.0)]);
        let f = figures("đạt từ 75% đến 85%;");
        assert_eq!(&"đạt từ 75% đến 85%;"[f[0].from..f[0].to], "75% đến 85%");
        // a rise from last year's figure, or a year after `đến`, is no range
        assert_eq!(q("tăng từ 60% đến 80%"), [pct(60.0, Comparator::Ge), pct(80.0, Comparator::Eq)]);
        assert_eq!(q("đạt từ 80% đến năm 2027"), [pct(80.0, Comparator::Ge)]);
    }

    #[test]
    fn a_day_and_month_written_out() {
        // `trước ngày 30 tháng 6 năm 2027` (as a decision dates itself) was read as the year
        // alone: a completion without a day or month (`target.unquantified`), shown at the year
        let text = "trước ngày 30 tháng 6 năm 2027; trong tháng 10 Năm 2027; hạn ngày 31 tháng 6 năm 2027";
        let d: Vec<_> = dates(text).into_iter().map(|w| (w.year, w.month, w.day, w.deadline, w.invalid, &text[w.from..w.to])).collect();
        assert_eq!(
            d,
            [
                (2027, Some(6), Some(30), true, false, "30 tháng 6 năm 2027"),
                (2027, Some(10), None, true, false, "10 Năm 2027"),
                (2027, Some(6), Some(31), true, true, "31 tháng 6 năm 2027")
            ]
        );
        // a year after `năm` alone, after a number that is no month, or dating a document (no
        // word of a deadline before it) stays a year
        let documents =
            ["Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024", "Cần Thơ, ngày 26 tháng 9 năm 2025", "Văn bản 12/UBND tháng 3 năm 2025"];
        for (no, from) in [("hoàn thành trong năm 2027", "2027"), ("sau 12 năm 2027", "2027"), ("tháng 123 năm 2027", "2027")]
            .into_iter()
            .chain(documents.map(|d| (d, &d[d.len() - 4..])))
        {
            let d = dates(no);
            assert_eq!((d.len(), d[0].month, &no[d[0].from..d[0].to]), (1, None, from), "{no}");
        }
    }

    #[test]
    fn a_quarter_with_its_year_in_words_and_a_day_without_a_year() {
        // `quý IV năm 2026`: the quarter, its year after `năm` (shown from `quý` to the year)
        let text = "vận hành trong quý IV năm 2026; Quý II/2027";
        let r: Vec<_> = roman_quarters(text).into_iter().map(|w| (w.year, w.month, &text[w.from..w.to])).collect();
        assert_eq!(r, [(2026, Some(12), "quý IV năm 2026"), (2027, Some(6), "Quý II/2027")]);
        assert!(roman_quarters("quý IV tới").is_empty() && roman_quarters("quý IV năm nay").is_empty());
        // `trước ngày 30/6`: a day of the plan's year; not a document's number, a date with its
        // year, a fraction or a day that does not exist
        assert!(has_yearless_day("hoàn thành trước ngày 30/6;") && has_yearless_day("trước Ngày 1/10"));
        // `trước 30/6`; a quarter, the first months of the year without it
        for yes in ["hợp nhất trước 30/6;", "trong quý II;", "trong Quý 3", "trong 6 tháng đầu năm", "03 tháng cuối năm 2027"]
        {
            assert!(has_yearless_day(yes), "{yes}");
        }
        for no in [
            "trước ngày 30/6/2026",
            "Quyết định 30/6",
            "ngày 32/6",
            "ngày 30/13",
            "tỷ lệ 3/4 xã",
            "ngày 305/6",
            "ngày /6",
            "mỗi quý 01 lần",
            "quý V",
            "15 tháng đầu năm",
        ] {
            assert!(!has_yearless_day(no), "{no}");
        }
    }
}
