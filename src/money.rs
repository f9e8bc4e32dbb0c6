//! Money in Vietnamese drafts, as exact integers of đồng (no floating point): digits in the
//! Vietnamese format (`1.250,5`), units (`đồng`, `nghìn đồng`, `triệu đồng`/`tr.đ`/`trđ`,
//! `tỷ đồng`), and amounts in words (`Bốn mươi lăm tỷ đồng`).

use crate::vn;
use crate::vn::Bytewise;

/// A unit of money as drafts write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Dong,
    Nghin,
    Trieu,
    Ty,
}

impl Unit {
    pub fn dong(self) -> i128 {
        match self {
            Unit::Dong => 1,
            Unit::Nghin => 1_000,
            Unit::Trieu => 1_000_000,
            Unit::Ty => 1_000_000_000,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Unit::Dong => "đồng",
            Unit::Nghin => "nghìn đồng",
            Unit::Trieu => "triệu đồng",
            Unit::Ty => "tỷ đồng",
        }
    }
}

/// A number as written: its value scaled to an integer, and how many decimals were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The value × 10^decimals.
    pub scaled: i128,
    pub decimals: u32,
}

impl Number {
    /// The value times `unit`, in đồng (decimals beyond the đồng are dropped).
    pub fn in_dong(self, unit: Unit) -> i128 {
        div_pow10(self.scaled.saturating_mul(unit.dong()), self.decimals)
    }

    /// Half of the last unit written, in đồng: `52.300 triệu` → 500.000 đồng; `1,5 tỷ` → 50 triệu.
    pub fn tolerance(self, unit: Unit) -> i128 {
        // (a unit is positive: halved by a shift, as an i128 division by 2 would be a call)
        div_pow10(unit.dong(), self.decimals) >> 1
    }
}

/// `n / 10^power`, rounded toward zero, as `/` does.
fn div_pow10(n: i128, power: u32) -> i128 {
    let mut abs = n.unsigned_abs();
    let mut left = power;
    while left > 0 {
        let step = left.min(9);
        abs = div_rem(abs, 10u32.pow(step)).0;
        left -= step;
    }
    if n < 0 {
        (abs as i128).wrapping_neg()
    } else {
        abs as i128
    }
}

/// `n / d` and `n % d`, a 32-bit piece at a time: dividing an i128 or u128 by a variable
/// brings compiler_builtins' 128-bit division (~1 KB) into the wasm.
fn div_rem(n: u128, d: u32) -> (u128, u32) {
    let d = u64::from(d.max(1));
    let (mut quotient, mut rest) = (0u128, 0u64);
    for shift in [96, 64, 32, 0] {
        // rest < d ≤ 2^32: the step fits a u64, its quotient a u32
        let step = rest << 32 | u64::from((n >> shift) as u32);
        quotient |= u128::from(step / d) << shift;
        rest = step % d;
    }
    (quotient, rest as u32)
}

/// Parse a number in Vietnamese format: `.` groups thousands, `,` marks decimals
/// (`1.250,5`, `52.300`, `59,38`, `45`). A `.` not followed by exactly three digits is read as
/// a decimal point (`1.5` → 1,5), as some drafts type it; anything else is refused.
pub fn parse_number(s: &str) -> Option<Number> {
    parse_bytes(s.trim_ws().as_bytes())
}

fn parse_bytes(b: &[u8]) -> Option<Number> {
    if b.len() > 40 || !b.first().is_some_and(u8::is_ascii_digit) || !b.last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // one pass over the bytes, without allocating (every figure of the draft comes through here):
    // the comma, the first point before it, how many points, whether every group after the first
    // point has three digits (`1.250.000`)
    let (mut comma, mut first_point, mut points, mut threes, mut group) = (None, None, 0, true, 0);
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => {}
            // the decimals after a comma have no point or comma: else typed English style
            // (not after a point: `1.234,5.6`, and the swapped text is never swapped again)
            b'.' | b',' if comma.is_some() => return if first_point.is_none() { english(b) } else { None },
            b',' => comma = Some(i),
            b'.' => {
                threes &= first_point.is_none() || i - group == 3;
                first_point = first_point.or(Some(i));
                points += 1;
                group = i + 1;
            }
            _ => return None,
        }
    }
    let int_end = comma.unwrap_or(b.len());
    threes &= first_point.is_none() || int_end - group == 3;
    let (all, after_comma) = (b.get(..int_end).unwrap_or_default(), b.get(int_end + 1..).unwrap_or_default());
    let (int_digits, frac) = match first_point {
        None => (all, after_comma),
        // `1.250.000`: points group thousands
        Some(p) if p <= 3 && threes => (all, after_comma),
        // `1.5` typed with a point
        Some(p) if points == 1 && comma.is_none() => {
            let second = b.get(p + 1..).unwrap_or_default();
            if second.is_empty() || second.len() == 3 {
                return None;
            }
            (b.get(..p).unwrap_or_default(), second)
        }
        _ => return None,
    };
    let int_len = int_digits.len() - if int_digits.len() == all.len() { points } else { 0 };
    if int_len == 0 || int_len + frac.len() > 30 {
        return None;
    }
    // at most 30 digits: no overflow
    Some(Number { scaled: digits_after(digits_after(0, int_digits), frac), decimals: frac.len() as u32 })
}

/// A number typed English style, as an Excel set to English pastes it (`15,000.00`, `1,234.5`,
/// `1,250,000`): read as [`parse_number`] reads it with `,` and `.` swapped. Vietnamese has no
/// point nor second comma after a comma, so nothing it writes is read this way.
#[inline(never)]
fn english(b: &[u8]) -> Option<Number> {
    let mut swapped = [0u8; 40];
    for (to, &x) in swapped.iter_mut().zip(b) {
        // (`,` and `.` differ by one bit)
        *to = if x == b',' || x == b'.' { x ^ 2 } else { x };
    }
    parse_bytes(swapped.get(..b.len())?)
}

/// `n` followed by the digits of `s` (its points skipped). (Not inlined: one copy of the
/// 128-bit arithmetic for its six callers.)
#[inline(never)]
fn digits_after(n: i128, s: &[u8]) -> i128 {
    s.iter().filter(|b| b.is_ascii_digit()).fold(n, |n, d| n * 10 + i128::from(d - b'0'))
}

/// The unit named at the start of `rest` (after a number), with the bytes it takes.
/// `triệu đồng`, `tr.đ`, `trđ`, `tỷ đồng`, `tỷ`, `nghìn đồng`, `ngàn đồng`, `đồng`, `VNĐ`.
pub fn unit_at(rest: &str) -> Option<(Unit, usize)> {
    let lead = rest.len() - rest.trim_start_ws().len();
    let t = rest.get(lead..).unwrap_or_default();
    if !vn::first_char(t).is_some_and(|c| matches!(c.to_ascii_lowercase(), 't' | 'n' | 'đ' | 'Đ' | 'v' | 'd' | 'T' | 'N' | 'V' | 'D')) {
        return None; // the common case, decided without looking further
    }
    const FORMS: &[(&str, Unit)] = &[
        ("triệu đồng", Unit::Trieu),
        ("triệu vnđ", Unit::Trieu),
        ("tr.đồng", Unit::Trieu),
        ("tr.đ", Unit::Trieu),
        ("trđ", Unit::Trieu),
        ("triệu", Unit::Trieu),
        ("tỷ đồng", Unit::Ty),
        ("tỉ đồng", Unit::Ty),
        ("tỷ vnđ", Unit::Ty),
        ("tỷ", Unit::Ty),
        ("tỉ", Unit::Ty),
        ("nghìn đồng", Unit::Nghin),
        ("ngàn đồng", Unit::Nghin),
        ("nghìn", Unit::Nghin),
        ("ngàn", Unit::Nghin),
        ("đồng", Unit::Dong),
        ("vnđ", Unit::Dong),
        ("vnd", Unit::Dong),
        ("đ", Unit::Dong),
        // typed without diacritics
        ("trieu dong", Unit::Trieu),
        ("tr.d", Unit::Trieu),
        ("trd", Unit::Trieu),
        ("trieu", Unit::Trieu),
        ("ty dong", Unit::Ty),
        ("ti dong", Unit::Ty),
        ("ty", Unit::Ty),
        ("nghin dong", Unit::Nghin),
        ("ngan dong", Unit::Nghin),
        ("nghin", Unit::Nghin),
        ("dong", Unit::Dong),
    ];
    // a form's first two letters must be the text's (most words starting with `t` or `n` go
    // on with a letter no form has: `thực`, `nhiệm`)
    let mut lower = vn::chars(t).map(vn::to_lower);
    let (c0, c1) = (lower.next(), lower.next());
    for (form, unit) in FORMS {
        let mut f = form.chars();
        if f.next() != c0 || f.next().is_some_and(|f1| Some(f1) != c1) {
            continue;
        }
        // compare ignoring case, letter by letter, without a lower-case copy (this runs for
        // every number); Vietnamese letters keep their length in lower case
        let Some(len) = prefix_len_ignoring_case(t, form) else { continue };
        let after = t.get(len..).unwrap_or_default();
        // the form must end a word: `tỷ lệ` is not a unit… but `tỷ` alone is
        if vn::first_char(after).is_some_and(vn::is_letter_or_digit) {
            continue;
        }
        if matches!(*form, "tỷ" | "ty") && vn::fold(after.get(..after.len().min(8)).unwrap_or(after)).trim_start_ws().starts_with("le") {
            continue;
        }
        return Some((*unit, lead + len));
    }
    None
}

/// Bytes of `t` that spell `form` (given in lower case) ignoring case, or None.
fn prefix_len_ignoring_case(t: &str, form: &str) -> Option<usize> {
    let mut chars = vn::char_indices(t);
    for f in vn::chars(form) {
        let (_, c) = chars.next()?;
        if c != f && crate::vn::to_lower(c) != f {
            return None;
        }
    }
    Some(chars.next().map_or(t.len(), |(i, _)| i))
}

/// A unit named anywhere in a table header cell: `Kinh phí (triệu đồng)`, `Dự toán (tỷ đồng)`.
pub fn unit_in_header(cell: &str) -> Option<Unit> {
    // units start a word: try only after `(`, a space or a `/`
    let at = crate::vn::find_byte(b'(', cell.as_bytes()).map(|i| i + 1).unwrap_or(0);
    let inner = cell.get(at..)?;
    std::iter::once(0)
        .chain(vn::char_indices(inner).filter(|&(_, c)| matches!(c, ' ' | '(' | '/')).map(|(i, c)| i + c.len_utf8()))
        .find_map(|i| inner.get(i..).and_then(unit_at).map(|(u, _)| u))
}

/// An amount found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    pub dong: i128,
    pub tolerance: i128,
    pub unit: Unit,
    pub number: Number,
    /// Byte range of the figure and its unit in the text searched.
    pub from: usize,
    pub to: usize,
}

/// A number found in text, with the unit after it if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub number: Number,
    pub unit: Option<Unit>,
    pub from: usize,
    pub to: usize,
}

impl Figure {
    pub fn amount(&self, default_unit: Option<Unit>) -> Option<Amount> {
        let unit = self.unit.or(default_unit)?;
        Some(Amount {
            dong: self.number.in_dong(unit),
            tolerance: self.number.tolerance(unit),
            unit,
            number: self.number,
            from: self.from,
            to: self.to,
        })
    }
}

/// Every number in `text` (not part of a date, a code like `749/QĐ-TTg`, or a percentage),
/// with the money unit that follows it. Linear in the text. (The readers go through
/// [`each_figure`]; this for the tests, the fuzz targets and the benchmarks.)
#[cfg(any(test, feature = "internals"))]
pub fn figures(text: &str) -> Vec<Figure> {
    each_figure(text).collect()
}

/// [`figures`] one by one, without a vector (a reader of the first, or of each in turn).
pub fn each_figure(text: &str) -> Figures<'_> {
    Figures { text, i: 0 }
}

/// The iterator of [`each_figure`].
pub struct Figures<'a> {
    text: &'a str,
    i: usize,
}

impl Iterator for Figures<'_> {
    type Item = Figure;

    fn next(&mut self) -> Option<Figure> {
        let (text, b) = (self.text, self.text.as_bytes());
        let mut i = self.i;
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                // (on to the next digit at once: most of a text is words)
                i = b.get(i..).and_then(|r| r.iter().position(u8::is_ascii_digit)).map_or(b.len(), |k| i + k);
                continue;
            }
            if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'/' || b[i - 1] == b'-' && i > 1 && b[i - 2].is_ascii_digit()) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && (b[i].is_ascii_digit() || ((b[i] == b'.' || b[i] == b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            let raw = text.get(start..i).unwrap_or_default();
            let next = b.get(i).copied();
            // dates (30/6/2024), codes (749/QĐ), ranges of years, percentages and counts glued to letters
            if matches!(next, Some(b'/') | Some(b'%')) || next.is_some_and(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let Some(mut number) = parse_number(raw) else { continue };
            // `38 600 triệu đồng`: thousands grouped by spaces make one amount when a unit follows
            let spaced = (raw.len() <= 3 && number.decimals == 0).then(|| spaced(b, i)).flatten();
            let (mut unit, mut end) = (None, i);
            for at in spaced.into_iter().chain([i]) {
                if let Some((u, len)) = unit_at(text.get(at..).unwrap_or_default()) {
                    if at > i {
                        number.scaled = digits_after(number.scaled, text.get(i..at).unwrap_or_default().as_bytes());
                    }
                    (unit, end) = (Some(u), at + len);
                    break;
                }
            }
            self.i = end.max(i);
            return Some(Figure { number, unit, from: start, to: end });
        }
        self.i = i;
        None
    }
}

/// Where the groups of three digits after a space (` 600`: the document's text has every space
/// plain) that go on a number at byte `i` of `b` end; None without one.
fn spaced(b: &[u8], mut i: usize) -> Option<usize> {
    let from = i;
    while i - from < 32
        && b.get(i) == Some(&b' ')
        && b.get(i + 1..i + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    {
        i += 4;
    }
    (i > from).then_some(i)
}

/// A table cell that is one number grouped by spaces (`13 500`, `10 249,5`, as spreadsheets
/// export it) read as `13.500`: only a whole cell (in a sentence `2024 500` is two numbers).
pub fn space_grouped(cell: &str) -> Option<Number> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut groups = cell.trim_ws().split_str(" ");
    let first = groups.next()?;
    if first.len() > 3 || !digits(first) {
        return None;
    }
    let (mut n, mut decimals, mut count) = (digits_after(0, first.as_bytes()), 0, 0);
    // each later group: three digits (at most eight groups: no overflow), the last may go on
    // with a decimal `,5`
    for g in groups {
        let (three, rest) = (g.get(..3)?, g.get(3..)?);
        if !digits(three) || decimals > 0 || count == 8 {
            return None;
        }
        n = digits_after(n, three.as_bytes());
        if let Some(frac) = rest.strip_prefix(',').filter(|f| digits(f) && f.len() <= 6) {
            (n, decimals) = (digits_after(n, frac.as_bytes()), frac.len() as u32);
        } else if !rest.is_empty() {
            return None;
        }
        count += 1;
    }
    (count > 0).then_some(Number { scaled: n, decimals })
}

/// How the figure at byte `at` of `text` writes a comma: 2 one group of three digits after 1–3
/// (`17,000`: Vietnamese decimals, or thousands as an Excel set to English copies them), 1
/// thousands English style already read so (`1,250,500`, `17,000.5`), -1 decimals (`2,5`,
/// `12,50`, `1.250,5`, `0,500`), 0 no comma.
pub fn comma_use(text: &str, at: usize) -> i8 {
    let b = text.as_bytes().get(at..).unwrap_or_default();
    let mut end = 0;
    while b.get(end).is_some_and(|c| c.is_ascii_digit() || matches!(c, b'.' | b',') && b.get(end + 1).is_some_and(u8::is_ascii_digit)) {
        end += 1;
    }
    let raw = b.get(..end).unwrap_or_default();
    let Some(c) = crate::vn::find_byte(b',', raw) else { return 0 };
    // groups of three digits after each comma (the last may go on with a decimal point)
    let three = |g: &[u8]| g.get(..3).is_some_and(|d| d.iter().all(u8::is_ascii_digit)) && matches!(g.get(3), None | Some(b'.'));
    let english = c <= 3
        && raw.first() != Some(&b'0')
        && crate::vn::find_byte(b'.', &raw[..c]).is_none()
        && raw[c + 1..].split(|&x| x == b',').all(three);
    match english {
        false => -1,
        true if raw.len() == c + 4 => 2,
        true => 1,
    }
}

/// `seen` ([`comma_use`] of the amounts before, -1 once any writes decimals, else 1 once any
/// groups thousands) with the figures of `text` that have a unit (or `unit`): a column or a list
/// of amounts is written one way, so `> 0` at its end says its commas group thousands.
#[inline(never)]
pub fn commas_in(seen: i8, text: &str, unit: Option<Unit>) -> i8 {
    // (prose has commas: only a text with one before a digit is read for its figures)
    let b = text.as_bytes();
    if seen < 0 || !memchr::memchr_iter(b',', b).any(|i| b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
        return seen;
    }
    each_figure(text).filter(|f| f.unit.or(unit).is_some()).fold(seen, |seen, f| match comma_use(text, f.from) {
        -1 => -1,
        x => seen.max(x.min(1)),
    })
}

/// `fig`, read from `text`, with its comma grouping thousands (`17,000` → 17.000) when
/// `grouping` ([`commas_in`]) and its unit (or `unit`) is below the tỷ (`2,500 tỷ`: decimals).
#[inline(never)]
pub fn regrouped(mut fig: Figure, text: &str, unit: Option<Unit>, grouping: bool) -> Figure {
    if grouping && fig.number.decimals == 3 && fig.unit.or(unit).is_some_and(|u| u < Unit::Ty) && comma_use(text, fig.from) == 2 {
        fig.number.decimals = 0;
    }
    fig
}

/// Parse an amount written in Vietnamese words, in đồng (`Bốn mươi lăm tỷ đồng chẵn` →
/// 45.000.000.000). Reads from the first number word to the last; None if there is none or
/// the words do not form a number.
pub fn parse_words(text: &str) -> Option<i128> {
    const MAX_WORDS_DONG: i128 = 1_000_000_000_000_000_000_000_000;
    let folded = vn::fold(text);
    let mut small: i128 = 0; // the part below one thousand being built
    let mut pending: Option<i128> = None; // a digit waiting for `mươi`/`trăm`/a scale
    let mut stack: Vec<(i128, i128)> = Vec::new(); // (value, scale) of completed groups
    let mut after_scale = false;
    let mut seen = false;
    for w in folded.split_str(" ") {
        let digit = match w {
            "khong" => Some(0),
            "mot" => Some(1), // also `mốt`
            "hai" => Some(2),
            "ba" => Some(3),
            "bon" | "tu" => Some(4),
            "nam" | "lam" => Some(5),
            "sau" => Some(6),
            "bay" => Some(7),
            "tam" => Some(8),
            "chin" => Some(9),
            _ => None,
        };
        if let Some(d) = digit {
            if pending.is_some() {
                return None; // two digits in a row is not a number
            }
            pending = Some(d);
            seen = true;
            after_scale = false;
            continue;
        }
        let scale = match w {
            "nghin" | "ngan" => Some(1_000),
            "trieu" => Some(1_000_000),
            "ty" | "ti" => Some(1_000_000_000),
            _ => None,
        };
        match (w, scale) {
            // checked everywhere: `trăm trăm trăm …` or `tỷ tỷ tỷ …` must not overflow
            ("tram", _) => small = small.checked_add(pending.take().unwrap_or(1) * 100)?,
            // `mươi` and `mười` fold alike: after a digit it is tens (`hai mươi`), else ten
            ("muoi", _) => small = small.checked_add(pending.take().map_or(10, |d| d * 10))?,
            ("linh" | "le", _) => {}
            (_, Some(scale)) => {
                let mut acc = small.checked_add(pending.take().unwrap_or(0))?;
                if acc == 0 && !after_scale && !seen {
                    acc = 1; // `nghìn tỷ` alone
                }
                small = 0;
                let repeat = acc == 0 && after_scale;
                while let Some(&(v, s)) = stack.last() {
                    if s < scale || (repeat && s <= scale) {
                        acc = acc.checked_add(v)?;
                        stack.pop();
                    } else {
                        break;
                    }
                }
                stack.push((acc.checked_mul(scale)?, scale));
                after_scale = true;
                seen = true;
                continue;
            }
            _ if !seen => continue, // `Bằng chữ:` before the number
            _ => {
                if matches!(w, "dong" | "chan" | "le" | "") {
                    continue;
                }
                break; // the number has ended
            }
        }
        after_scale = false;
    }
    if !seen {
        return None;
    }
    let total = stack.iter().try_fold(small.checked_add(pending.unwrap_or(0))?, |t, &(v, _)| t.checked_add(v))?;
    // more than a billion billion đồng is no budget: words that far are not an amount
    (total <= MAX_WORDS_DONG).then_some(total)
}

/// Format đồng in a unit, Vietnamese style: `52.300 triệu đồng`, `1.250,5 triệu đồng`.
pub fn format(dong: i128, unit: Unit) -> String {
    let scale = unit.dong().unsigned_abs();
    let (whole, frac) = div_rem(dong.unsigned_abs(), scale as u32);
    let digits = decimal(whole);
    // (written into one string sized for it: every amount a budget message names comes through
    // here)
    let mut out = String::with_capacity(digits.len() * 4 / 3 + 32);
    if dong < 0 {
        out.push('-');
    }
    // the thousands grouped with `.`
    for (i, c) in vn::chars(&digits).enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    // (the fraction is below the unit, at most 10^9: printed by the messages' one integer
    // printer, zero-padded by hand, so the wasm carries neither 128-bit nor u64 `fmt` printing)
    if frac != 0 {
        let width = decimal(scale).len() - 1;
        let mut digits = String::new();
        crate::finding::push_unsigned(&mut digits, u64::from(frac));
        out.push(',');
        for _ in digits.len()..width {
            out.push('0');
        }
        out.push_str(digits.trim_end_of(b"0"));
    }
    out.push(' ');
    out.push_str(unit.label());
    out
}

/// The decimal digits of `n`, printed in u64 pieces (amounts in words reach 10^24 đồng, past u64).
fn decimal(n: u128) -> String {
    match u64::try_from(n) {
        Ok(small) => {
            let mut digits = String::new();
            crate::finding::push_unsigned(&mut digits, small);
            digits
        }
        Err(_) => {
            let (high, low) = div_rem(n, 1_000_000_000);
            fill!("{}{}", decimal(high), crate::message::Padded(u64::from(low), 9))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`parse_number`] as it was written first (splitting strings): what the one-pass reader must
    /// answer on every input.
    fn parse_number_by_splitting(s: &str) -> Option<Number> {
        let s = s.trim();
        if s.is_empty() || s.len() > 40 || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
            return None;
        }
        if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) || !s.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let (int_part, frac) = match s.split_once(',') {
            Some((i, f)) => {
                if f.contains(&[',', '.'][..]) {
                    // typed English style: the marks swapped, unless a point came first
                    if i.contains('.') {
                        return None;
                    }
                    let swapped = vn::each_char(s, |c| match c {
                        ',' => '.',
                        '.' => ',',
                        c => c,
                    });
                    return parse_number_by_splitting(&swapped);
                }
                (i, f)
            }
            None => (s, ""),
        };
        let (first, rest) = int_part.split_once('.').map_or((int_part, None), |(f, r)| (f, Some(r)));
        let (int_digits, frac) = match rest {
            Some(r) if !first.is_empty() && first.len() <= 3 && r.split('.').all(|g| g.len() == 3) => (int_part, frac),
            Some(second) if !second.contains('.') && frac.is_empty() && !first.is_empty() => {
                if second.is_empty() || second.len() == 3 {
                    return None;
                }
                (first, second)
            }
            None => (first, frac),
            _ => return None,
        };
        let int_len = int_digits.bytes().filter(u8::is_ascii_digit).count();
        if int_len == 0 || int_len + frac.len() > 30 {
            return None;
        }
        Some(Number { scaled: digits_after(digits_after(0, int_digits.as_bytes()), frac.as_bytes()), decimals: frac.len() as u32 })
    }

    #[test]
    fn the_one_pass_number_reader_answers_as_the_splitting_one_on_every_short_input() {
        // every string of up to eight of `1`, `0`, `.`, `,` (and a space, a letter, a `-` in some)
        let alphabet = [b'1', b'0', b'.', b','];
        let mut checked = 0;
        for len in 0..=8u32 {
            for code in 0..4usize.pow(len) {
                let mut s: Vec<u8> = (0..len).map(|k| alphabet[code / 4usize.pow(k) % 4]).collect();
                let text = String::from_utf8(s.clone()).unwrap();
                assert_eq!(parse_number(&text), parse_number_by_splitting(&text), "{text}");
                s.insert(0, b' ');
                s.push(if code % 3 == 0 {
                    b'a'
                } else if code % 3 == 1 {
                    b' '
                } else {
                    b'-'
                });
                let text = String::from_utf8(s).unwrap();
                assert_eq!(parse_number(&text), parse_number_by_splitting(&text), "{text}");
                checked += 2;
            }
        }
        assert!(checked > 100_000);
        for text in
            ["1.250.000,5", "52.300", "59,38", "1.5", "1.2345", "1234.567", "12.345.6789", "9".repeat(31).as_str(), "9".repeat(41).as_str()]
        {
            assert_eq!(parse_number(text), parse_number_by_splitting(text), "{text}");
        }
        assert_eq!(parse_number("1.250,5"), Some(Number { scaled: 12505, decimals: 1 }));
    }

    #[test]
    fn division_by_pieces_is_rusts() {
        let mut x = 0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835u128;
        let mut numbers = vec![0, 1, 9, 10, u128::from(u64::MAX), u128::from(u64::MAX) + 1, u128::MAX, 1u128 << 127];
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            numbers.push(x >> (x % 128));
        }
        for &n in &numbers {
            for d in [1, 2, 3, 7, 10, 1_000, 1_000_000, 999_999_937, 1_000_000_000, u32::MAX] {
                assert_eq!(div_rem(n, d), (n / u128::from(d), (n % u128::from(d)) as u32), "{n} / {d}");
            }
            let i = n as i128;
            for power in 0..=29 {
                assert_eq!(div_pow10(i, power), i.wrapping_div(10i128.pow(power)), "{i} / 10^{power}");
            }
        }
    }

    fn n(s: &str) -> Option<(i128, u32)> {
        parse_number(s).map(|n| (n.scaled, n.decimals))
    }

    #[test]
    fn vietnamese_number_format() {
        assert_eq!(n("52.300"), Some((52300, 0)));
        assert_eq!(n("1.250,5"), Some((12505, 1)));
        assert_eq!(n("59,38"), Some((5938, 2)));
        assert_eq!(n("45"), Some((45, 0)));
        assert_eq!(n("1.000.000"), Some((1_000_000, 0)));
        assert_eq!(n("1.5"), Some((15, 1)), "a point before other than 3 digits is a decimal");
        assert_eq!(n("12.34.567"), None);
        assert_eq!(n("1,2,3"), None);
        assert_eq!(n(""), None);
        assert_eq!(n(",5"), None);
        assert_eq!(n("1234.567"), None);
    }

    #[test]
    fn a_number_typed_english_style_is_read_with_its_marks_swapped() {
        assert_eq!(n("15,000.00"), Some((1_500_000, 2)));
        assert_eq!(n("1,234.5"), Some((12345, 1)));
        assert_eq!(n("1,250,000"), Some((1_250_000, 0)));
        assert_eq!(n("58,500"), Some((58500, 3)), "one comma: Vietnamese decimals");
        assert_eq!(n("12,34.5"), None, "not grouped by three");
        assert_eq!(n("1,2.3.4"), None);
        assert_eq!(n("1,234.5,6"), None);
    }

    #[test]
    fn a_comma_grouping_thousands_or_marking_decimals() {
        let uses = |s: &str| comma_use(s, 0);
        assert_eq!([uses("17,000"), uses("1,250,500 đồng"), uses("17,000.5"), uses("45.000"), uses("45")], [2, 1, 1, 0, 0]);
        for decimal in ["2,5 tỷ", "12,50", "1.250,5", "0,500", "1234,000", "12,5%"] {
            assert_eq!(uses(decimal), -1, "{decimal}");
        }
        let group = |texts: &[&str]| texts.iter().fold(0, |seen, t| commas_in(seen, t, Some(Unit::Trieu))) > 0;
        assert!(group(&["17,000", "500", "45.000"]) && group(&["Tổng 1,250,500 triệu đồng, năm 2027"]));
        assert!(!group(&["17,000", "2,5"]) && !group(&["45.000"]) && commas_in(0, "17,000", None) == 0);
    }

    #[test]
    fn amounts_in_dong_with_tolerance() {
        let a = parse_number("52.300").unwrap();
        assert_eq!(a.in_dong(Unit::Trieu), 52_300_000_000);
        assert_eq!(a.tolerance(Unit::Trieu), 500_000);
        let b = parse_number("1.250,5").unwrap();
        assert_eq!(b.in_dong(Unit::Trieu), 1_250_500_000);
        assert_eq!(b.tolerance(Unit::Trieu), 50_000);
        assert_eq!(parse_number("1,5").unwrap().in_dong(Unit::Ty), 1_500_000_000);
    }

    #[test]
    fn units() {
        assert_eq!(unit_at(" triệu đồng, trong đó").map(|(u, _)| u), Some(Unit::Trieu));
        assert_eq!(unit_at(" tr.đ").map(|(u, _)| u), Some(Unit::Trieu));
        assert_eq!(unit_at(" trđ)").map(|(u, _)| u), Some(Unit::Trieu));
        assert_eq!(unit_at(" tỷ đồng").map(|(u, _)| u), Some(Unit::Ty));
        assert_eq!(unit_at(" Tỷ").map(|(u, _)| u), Some(Unit::Ty));
        assert_eq!(unit_at(" ngàn đồng").map(|(u, _)| u), Some(Unit::Nghin));
        assert_eq!(unit_at(" đồng.").map(|(u, _)| u), Some(Unit::Dong));
        assert_eq!(unit_at(" tỷ lệ"), None);
        assert_eq!(unit_at(" trieu dong"), Some((Unit::Trieu, 11)));
        assert_eq!(unit_at(" ty le"), None);
        assert_eq!(unit_at(" người"), None);
        assert_eq!(unit_in_header("Kinh phí (triệu đồng)"), Some(Unit::Trieu));
        assert_eq!(unit_in_header("Dự kiến kinh phí (tỷ đồng)"), Some(Unit::Ty));
        assert_eq!(unit_in_header("Kinh phí"), None);
    }

    #[test]
    fn an_amount_grouped_by_spaces_before_its_unit_is_one_number() {
        let amounts = |t: &str| figures(t).iter().map(|f| (f.number.scaled, f.unit.is_some())).collect::<Vec<_>>();
        assert_eq!(amounts("bố trí 38 600 triệu đồng; giải ngân 35 100 triệu đồng"), [(38_600, true), (35_100, true)]);
        assert_eq!(amounts("1 250 000 000 đồng"), [(1_250_000_000, true)]);
        // no unit after: the numbers as written
        assert_eq!(amounts("năm 2024 có 12 500 hộ"), [(2024, false), (12, false), (500, false)]);
    }

    #[test]
    fn a_cell_grouped_by_spaces_is_one_number() {
        let n = |s: &str| space_grouped(s).map(|n| (n.scaled, n.decimals));
        assert_eq!(n("13 500"), Some((13_500, 0)));
        assert_eq!(n(" 1 250 000 "), Some((1_250_000, 0)));
        assert_eq!(n("10 249,5"), Some((102_495, 1)));
        for no in ["13500", "2024 500", "13 50", "13 5000", "13 500 triệu", "30 6", "1 250,5 000", "a 500", ""] {
            assert_eq!(n(no), None, "{no}");
        }
    }

    #[test]
    fn figures_in_a_sentence() {
        let t = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 trđ theo Quyết định 749/QĐ-TTg ngày 30/6/2024, đạt 59,38%.";
        let f = figures(t);
        let got: Vec<_> = f.iter().map(|f| (&t[f.from..f.to], f.unit)).collect();
        assert_eq!(got, [("52.300 triệu đồng", Some(Unit::Trieu)), ("44.300 trđ", Some(Unit::Trieu))]);
    }

    #[test]
    fn amounts_in_words_never_overflow_nor_go_negative() {
        for n in 0..60 {
            for unit in [" tỷ", " nghìn", " triệu", " trăm", " mươi", " nghìn tỷ"] {
                let words = format!("Bằng chữ: một trăm năm mươi{} đồng", unit.repeat(n));
                assert!(parse_words(&words).is_none_or(|v| (0..=MAX).contains(&v)), "{words}");
            }
        }
        const MAX: i128 = 1_000_000_000_000_000_000_000_000;
        assert_eq!(parse_words("một trăm năm mươi tỷ tỷ tỷ tỷ tỷ đồng"), None);
        assert_eq!(parse_words("một trăm tỷ tỷ tỷ tỷ một trăm triệu triệu triệu triệu triệu triệu"), None);
        assert_eq!(parse_words("một trăm năm mươi tỷ tỷ đồng"), Some(150_000_000_000_000_000_000));
    }

    #[test]
    fn amounts_in_words() {
        assert_eq!(parse_words("Bằng chữ: Bốn mươi lăm tỷ đồng"), Some(45_000_000_000));
        assert_eq!(parse_words("một"), Some(1));
        assert_eq!(parse_words("mười lăm"), Some(15));
        assert_eq!(parse_words("hai mươi mốt"), Some(21));
        assert_eq!(parse_words("ba mươi tư"), Some(34));
        assert_eq!(parse_words("một trăm linh năm"), Some(105));
        assert_eq!(parse_words("hai trăm lẻ một nghìn"), Some(201_000));
        assert_eq!(parse_words("năm mươi hai tỷ ba trăm triệu đồng"), Some(52_300_000_000));
        assert_eq!(parse_words("một nghìn tỷ"), Some(1_000_000_000_000));
        assert_eq!(parse_words("ba nghìn hai trăm tỷ năm trăm triệu"), Some(3_200_500_000_000));
        assert_eq!(parse_words("một tỷ tỷ"), Some(1_000_000_000_000_000_000));
        assert_eq!(parse_words("Năm mươi hai tỷ, ba trăm triệu đồng chẵn./."), Some(52_300_000_000));
        assert_eq!(parse_words("không đồng"), Some(0));
        assert_eq!(parse_words("bằng chữ: theo dự toán"), None);
        assert_eq!(parse_words("năm năm"), None);
    }

    #[test]
    fn formatting() {
        assert_eq!(format(52_300_000_000, Unit::Trieu), "52.300 triệu đồng");
        assert_eq!(format(1_250_500_000, Unit::Trieu), "1.250,5 triệu đồng");
        assert_eq!(format(-500_000_000, Unit::Ty), "-0,5 tỷ đồng");
        assert_eq!(format(1_050_000_000, Unit::Ty), "1,05 tỷ đồng");
        assert_eq!(format(2_000_000_001, Unit::Ty), "2,000000001 tỷ đồng");
        assert_eq!(format(0, Unit::Dong), "0 đồng");
        // past u64 (amounts in words go to 10^24 đồng), and the most negative amount
        assert_eq!(format(1_000_000_000_000_000_000_000_000, Unit::Dong), "1.000.000.000.000.000.000.000.000 đồng");
        assert_eq!(format(123_456_789_012_345_678_901_234_567, Unit::Ty), "123.456.789.012.345.678,901234567 tỷ đồng");
        assert_eq!(format(i128::MIN, Unit::Dong), "-170.141.183.460.469.231.731.687.303.715.884.105.728 đồng");
    }
}
