//! The report as JSON text, written by hand for the wasm: the same bytes as `serde_json` writing
//! the derived `Serialize` (the CLI still uses that; the tests below compare the two on every
//! fixture), without serde's per-field machinery, which weighed ~12 KB of the core module.
//! Floats are printed as serde_json prints them (see [`shortest`]).

use super::{
    BudgetItem, BudgetReport, IndicatorMatch, Money, OutlineEntry, PastItem, Report, SourceAmount, Summary, SummaryRow, TargetEntry,
    YearSource,
};
use crate::budget::Source;
use crate::finding::Finding;
use crate::indicators::Indicator;
use crate::ingest::Format;
use crate::kinds::{Level, ProfileSource, Range, Severity};
use crate::outline::Status;
use crate::profile::Profile;
use crate::quantity::{Comparator, Quantity};
use crate::rules::RuleInfo;

/// `report` as JSON; `compact` leaves out what the profile's catalog gives (see `compact.rs`).
pub(crate) fn report(report: &Report, compact: bool) -> String {
    let mut w = W { out: String::with_capacity(4096 + report.findings.len() * 512), compact };
    report.write(&mut w);
    w.out
}

/// What an editing session's last report sent (see [`changes`]): that report, kept whole (its
/// fields are compared with the next one's by value).
#[cfg(feature = "live")]
#[derive(Default)]
pub(crate) struct Sent {
    last: Option<Report>,
}

/// `report` in the compact form as its changes since `sent`, what an editing session's previous
/// report sent, for `compact::changes`: `{"delta":true, …}` with only the fields that differ
/// (compared by value, not written out to compare: equal values write the same JSON, as no
/// float in a report is `-0.0` or NaN, amounts and figures being read from digits), and every
/// finding, one whose text is the last report's finding `k`'s as
/// `{"same":k,"line":…,"column":…,"range":…}` (most of a report is its findings' messages, the
/// same after a keystroke; their places move). The whole compact report when nothing was sent
/// yet or the profile or plan year differ (the catalog expands a report by them). `sent` becomes
/// what this sends.
#[cfg(feature = "live")]
pub(crate) fn changes(report: Report, sent: &mut Sent) -> String {
    let Some(last) = sent.last.as_ref().filter(|l| l.profile == report.profile && l.plan_year == report.plan_year) else {
        // whole: `compact`'s bytes
        let out = self::report(&report, true);
        sent.last = Some(report);
        return out;
    };
    let mut w = W { out: String::with_capacity(1024 + report.findings.len() * 64), compact: true };
    w.key("{\"delta\":true");
    // each field but the findings, left out when it is what was sent
    let field = |w: &mut W, key: &str, value: &dyn Json, same: bool| {
        if !same {
            w.key(key);
            value.write(w);
        }
    };
    field(&mut w, ",\"file\":", &report.file, report.file == last.file);
    field(&mut w, ",\"format\":", &report.format, report.format == last.format);
    field(&mut w, ",\"text\":", &report.text, report.text == last.text);
    field(&mut w, ",\"level\":", &report.level, report.level == last.level);
    field(&mut w, ",\"plan_year_source\":", &report.plan_year_source, report.plan_year_source == last.plan_year_source);
    field(&mut w, ",\"profile_source\":", &report.profile_source, report.profile_source == last.profile_source);
    field(&mut w, ",\"summary\":", &report.summary, report.summary == last.summary);
    w.key(",\"findings\":[");
    // the findings sent in order, each matched once: a keystroke adds or drops a few, so each
    // is looked for among the next few not yet matched (linear in the findings)
    let mut next = 0;
    for (i, f) in report.findings.iter().enumerate() {
        if i > 0 {
            w.ch(',');
        }
        let mut window = last.findings.get(next..).unwrap_or_default().iter().take(8);
        match window.position(|l| same_text(f, l)) {
            Some(k) => {
                next += k + 1;
                w.key("{\"same\":");
                (next - 1).write(&mut w);
                w.key(",\"line\":");
                f.line.write(&mut w);
                w.key(",\"column\":");
                f.column.write(&mut w);
                w.key(",\"range\":");
                f.range.write(&mut w);
                w.ch('}');
            }
            None => f.write(&mut w),
        }
    }
    w.ch(']');
    field(&mut w, ",\"outline\":", &report.outline, report.outline == last.outline);
    field(&mut w, ",\"targets\":", &report.targets, report.targets == last.targets);
    field(&mut w, ",\"budget\":", &report.budget, report.budget == last.budget);
    field(&mut w, ",\"row\":", &report.row, report.row == last.row);
    w.ch('}');
    sent.last = Some(report);
    w.out
}

/// Do two findings say the same, wherever they are?
#[cfg(feature = "live")]
fn same_text(a: &Finding, b: &Finding) -> bool {
    a.rule == b.rule
        && a.severity == b.severity
        && a.message == b.message
        && a.section == b.section
        && a.message_en == b.message_en
        && a.suggestion == b.suggestion
        && a.place == b.place
        && a.expected == b.expected
        && a.actual == b.actual
        && a.difference == b.difference
}

/// `summarize`'s counts: `{"error":…,"warning":…,"info":…}`.
pub(crate) fn summary(summary: &Summary) -> String {
    let mut w = W { out: String::new(), compact: false };
    summary.write(&mut w);
    w.out
}

/// The catalog of `compact.rs`: `{"id":…,"sections":[…],"indicators":[…]}`, each section as
/// its outline entry (status `missing`, no line), each indicator as a match (no figure, year or
/// national value), nothing left out.
pub(crate) fn catalog(profile: &Profile, indicators: &[Indicator]) -> String {
    let mut w = W { out: String::new(), compact: false };
    w.key("{\"id\":");
    profile.id.write(&mut w);
    w.key(",\"sections\":[");
    for (i, s) in profile.sections.iter().enumerate() {
        w.key(if i == 0 { "{\"id\":" } else { ",{\"id\":" });
        s.id.write(&mut w);
        w.key(",\"number\":");
        s.number.write(&mut w);
        w.key(",\"title\":");
        s.title.write(&mut w);
        w.key(",\"title_en\":");
        s.title_en.write(&mut w);
        w.key(",\"depth\":");
        s.depth.write(&mut w);
        w.key(",\"required\":");
        s.required.write(&mut w);
        w.key(",\"status\":\"missing\",\"line\":null,\"heading\":null}");
    }
    w.key("],\"indicators\":[");
    for (i, ind) in indicators.iter().enumerate() {
        w.key(if i == 0 { "{\"figure\":0,\"id\":" } else { ",{\"figure\":0,\"id\":" });
        ind.id.write(&mut w);
        w.key(",\"name\":");
        ind.name.write(&mut w);
        w.key(",\"basis\":");
        ind.basis.write(&mut w);
        w.key(",\"year\":null,\"national\":null,\"values\":");
        ind.values.write(&mut w);
        w.ch('}');
    }
    w.key("]}");
    w.out
}

/// `json` handed to serde_json as it is, the way its `RawValue` is (feature `raw_value`): a
/// struct named by serde_json's private token, which its serializer writes verbatim. The test
/// `raw_json_passes_through_serde_json` fails if serde_json ever changes that token.
pub(crate) fn raw<S: serde::Serializer>(serializer: S, json: &str) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    const TOKEN: &str = "$serde_json::private::RawValue";
    let mut s = serializer.serialize_struct(TOKEN, 1)?;
    s.serialize_field(TOKEN, json)?;
    s.end()
}

struct W {
    out: String,
    /// Skip the fields the catalog gives.
    compact: bool,
}

impl W {
    // one copy of the push, not one per field
    #[inline(never)]
    fn key(&mut self, key: &str) {
        self.out.push_str(key);
    }

    // (likewise one push of a character: inlined, each of the many `,`, `}` and `]` would carry
    // its own capacity check and UTF-8 encoding)
    #[inline(never)]
    fn ch(&mut self, c: char) {
        self.out.push(c);
    }
}

trait Json {
    fn write(&self, w: &mut W);
}

/// `{"a":…,"b":…}` from the fields in order (the order of the struct, as serde derives it).
macro_rules! object {
    ($w:ident, $s:ident, $first:ident $(, $field:ident)*) => {{
        $w.key(concat!("{\"", stringify!($first), "\":"));
        $s.$first.write($w);
        $(
            $w.key(concat!(",\"", stringify!($field), "\":"));
            $s.$field.write($w);
        )*
        $w.ch('}');
    }};
}

/// A unit enum as its serde name.
macro_rules! names {
    ($ty:ty { $($variant:ident => $name:literal),* $(,)? }) => {
        impl Json for $ty {
            fn write(&self, w: &mut W) {
                w.key(match self { $(<$ty>::$variant => concat!("\"", $name, "\""),)* });
            }
        }
    };
}

impl Json for str {
    #[inline(never)]
    fn write(&self, w: &mut W) {
        // serde_json's escaping: `"`, `\`, and the control characters (short forms where JSON
        // has them, else `\u00XX` in lower-case hex); everything else as it is
        w.ch('"');
        let bytes = self.as_bytes();
        let (mut from, mut i) = (0, 0);
        while let Some(&b) = bytes.get(i) {
            // eight bytes at a time while none needs escaping (almost all of a report's text)
            if let Some(chunk) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
                if !needs_escape(u64::from_le_bytes(chunk)) {
                    i += 8;
                    continue;
                }
            }
            i += 1;
            let short = match b {
                b'"' => '"',
                b'\\' => '\\',
                b'\n' => 'n',
                b'\r' => 'r',
                b'\t' => 't',
                0x08 => 'b',
                0x0c => 'f',
                0..=0x1f => 'u',
                _ => continue,
            };
            // `i - 1` is an ASCII byte: a character boundary
            w.key(self.get(from..i - 1).unwrap_or_default());
            w.ch('\\');
            w.ch(short);
            if short == 'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                w.key("00");
                w.ch(char::from(HEX[usize::from(b >> 4)]));
                w.ch(char::from(HEX[usize::from(b & 15)]));
            }
            from = i;
        }
        w.key(self.get(from..).unwrap_or_default());
        w.ch('"');
    }
}

/// Whether any of the eight bytes of `x` is one [`str::write`](Json::write) escapes: below
/// 0x20, `"` or a backslash (exact: each test is the classic "has a byte below n" of bit hacks).
fn needs_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = ONES * 0x80;
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v & HIGHS;
    below(x, 0x20) | below(x ^ (ONES * u64::from(b'"')), 1) | below(x ^ (ONES * u64::from(b'\\')), 1) != 0
}

impl Json for String {
    fn write(&self, w: &mut W) {
        self.as_str().write(w);
    }
}

impl Json for super::ProfileText {
    fn write(&self, w: &mut W) {
        self.as_str().write(w);
    }
}

impl Json for &str {
    fn write(&self, w: &mut W) {
        (**self).write(w);
    }
}

fn unsigned(w: &mut W, n: u64) {
    super::push_unsigned(&mut w.out, n);
}

impl Json for usize {
    fn write(&self, w: &mut W) {
        unsigned(w, *self as u64);
    }
}

impl Json for u16 {
    fn write(&self, w: &mut W) {
        unsigned(w, u64::from(*self));
    }
}

impl Json for u32 {
    fn write(&self, w: &mut W) {
        unsigned(w, u64::from(*self));
    }
}

impl Json for bool {
    fn write(&self, w: &mut W) {
        w.key(if *self { "true" } else { "false" });
    }
}

impl Json for f64 {
    #[inline(never)]
    fn write(&self, w: &mut W) {
        if self.is_finite() {
            shortest(*self, &mut w.out);
        } else {
            w.key("null");
        }
    }
}

/// `x` as serde_json writes it (zmij's, and ryu's, output: the shortest digits that read back
/// as `x`, the nearer when two do; `1.0`, `0.00001`, `1e-6`, `1e+16`), by Burger and Dybvig's
/// free-format algorithm on small big integers: a few floats per report, and ~2 KB less wasm
/// than zmij's table-driven writer. Tested against serde_json below.
fn shortest(x: f64, out: &mut String) {
    if x.is_sign_negative() {
        out.push('-');
    }
    if x == 0.0 {
        return out.push_str("0.0");
    }
    // a whole number below 2^53 (every amount a draft states): its neighbours are at most 1 away,
    // so its shortest digits are its own; the big-integer loop (`fraction`) allocates a dozen times
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        let mut n = x.abs() as u64;
        let mut digits = [0u8; 16];
        let mut at = digits.len();
        while n > 0 {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        // (ASCII digits pushed one by one: no `str::from_utf8` check in the wasm)
        for &d in &digits[at..] {
            out.push(char::from(d));
        }
        return out.push_str(".0");
    }
    not_inlined::fraction(x, out);
}

mod not_inlined {
    use super::{add, big, mul_small, reaches, sub, times_ten};

    /// The digits of a float that is not a whole number below 2^53, out of line (wasm-opt
    /// inlines nothing under `not_inlined`): V8 compiles a function whole on its first call, and
    /// most reports' floats are whole amounts (the corpus's are all), so a page's first check
    /// compiles the whole-number path above (~0.3 KB) without these 2 KB.
    #[inline(never)]
    pub(super) fn fraction(x: f64, out: &mut String) {
        let bits = x.to_bits();
        let exponent = ((bits >> 52) & 0x7ff) as i32;
        let fraction = bits & ((1 << 52) - 1);
        let (f, e) = if exponent == 0 { (fraction, -1074) } else { (fraction | 1 << 52, exponent - 1075) };
        // x = r / s; its neighbours are half-way at (r + m_plus) / s and (r - m_minus) / s (the gap
        // below halves at a power of 2)
        let halves = u32::from(f == 1 << 52 && exponent > 1);
        let (up, down) = (e.max(0) as u32, (-e).max(0) as u32);
        let (mut r, mut s) = (big(f, up + 1 + halves), big(1, down + 1 + halves));
        let (mut m_plus, mut m_minus) = (big(1, up + halves), big(1, up));
        // a parser rounds ties to even: the bounds themselves read back as x when f is even
        let even = f % 2 == 0;
        let mut k: i32 = 0;
        while reaches(&add(&r, &m_plus), &s, even) {
            mul_small(&mut s, 10);
            k += 1;
        }
        loop {
            let mut sum = add(&r, &m_plus);
            mul_small(&mut sum, 10);
            if reaches(&sum, &s, even) {
                break;
            }
            times_ten(&mut r, &mut m_plus, &mut m_minus);
            k -= 1;
        }
        let mut digits = String::new();
        loop {
            times_ten(&mut r, &mut m_plus, &mut m_minus);
            let mut d = 0u8;
            while d < 9 && reaches(&r, &s, true) {
                sub(&mut r, &s);
                d += 1;
            }
            let low = reaches(&m_minus, &r, even);
            let high = reaches(&add(&r, &m_plus), &s, even);
            if !low && !high && digits.len() < 17 {
                digits.push(char::from(b'0' + d));
                continue;
            }
            let mut twice = r.clone();
            mul_small(&mut twice, 2);
            // the nearer digit when both read back as x; a tie goes to the even one
            let up = if low == high { reaches(&twice, &s, d % 2 == 1) } else { high };
            digits.push(char::from(b'0' + d + u8::from(up && d < 9)));
            break;
        }
        let n = digits.len() as i32;
        if 0 <= k - n && k <= 16 {
            out.push_str(&digits);
            for _ in n..k {
                out.push('0');
            }
            out.push_str(".0");
        } else if 0 < k && k <= 16 {
            let (int, frac) = digits.split_at(k as usize);
            out.push_str(int);
            out.push('.');
            out.push_str(frac);
        } else if -5 < k && k <= 0 {
            out.push_str("0.");
            for _ in k..0 {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let (first, rest) = digits.split_at(1);
            out.push_str(first);
            if !rest.is_empty() {
                out.push('.');
                out.push_str(rest);
            }
            out.push_str(if k > 0 { "e+" } else { "e-" });
            crate::message::Piece::put(&(k - 1).unsigned_abs(), out);
        }
    }
}

/// `a > b`, or `a ≥ b` when `inclusive`
#[inline(never)]
fn reaches(a: &Big, b: &Big, inclusive: bool) -> bool {
    let order = cmp(a, b);
    order.is_gt() || inclusive && order.is_eq()
}

#[inline(never)]
fn times_ten(r: &mut Big, m_plus: &mut Big, m_minus: &mut Big) {
    mul_small(r, 10);
    mul_small(m_plus, 10);
    mul_small(m_minus, 10);
}

/// A big unsigned integer, 32-bit limbs from the least significant, no zero limb on top.
type Big = Vec<u32>;

/// `v · 2^shift`
#[inline(never)]
fn big(v: u64, shift: u32) -> Big {
    let mut b = vec![0; (shift / 32) as usize];
    let wide = u128::from(v) << (shift % 32);
    b.extend([wide as u32, (wide >> 32) as u32, (wide >> 64) as u32]);
    trim(&mut b);
    b
}

fn trim(b: &mut Big) {
    while b.last() == Some(&0) {
        b.pop();
    }
}

#[inline(never)]
fn mul_small(b: &mut Big, m: u32) {
    let mut carry = 0u64;
    for limb in b.iter_mut() {
        let t = u64::from(*limb) * u64::from(m) + carry;
        *limb = t as u32;
        carry = t >> 32;
    }
    if carry > 0 {
        b.push(carry as u32);
    }
}

#[inline(never)]
fn add(a: &Big, b: &Big) -> Big {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    let mut carry = 0u64;
    for (i, &l) in long.iter().enumerate() {
        let t = u64::from(l) + u64::from(short.get(i).copied().unwrap_or(0)) + carry;
        out.push(t as u32);
        carry = t >> 32;
    }
    if carry > 0 {
        out.push(carry as u32);
    }
    out
}

/// `a -= b`, for `a ≥ b`
#[inline(never)]
fn sub(a: &mut Big, b: &Big) {
    let mut borrow = 0i64;
    for (i, limb) in a.iter_mut().enumerate() {
        let t = i64::from(*limb) - i64::from(b.get(i).copied().unwrap_or(0)) - borrow;
        borrow = i64::from(t < 0);
        *limb = t.rem_euclid(1 << 32) as u32;
    }
    trim(a);
}

fn cmp(a: &Big, b: &Big) -> std::cmp::Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    std::cmp::Ordering::Equal
}

impl<T: Json> Json for Option<T> {
    fn write(&self, w: &mut W) {
        match self {
            Some(v) => v.write(w),
            None => w.key("null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, w: &mut W) {
        w.ch('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                w.ch(',');
            }
            v.write(w);
        }
        w.ch(']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, w: &mut W) {
        self.as_slice().write(w);
    }
}

/// An indicator's values by year (`IndicatorMatch::values`): a JSON object. (Pairs are nothing
/// else in the report: no `Json` for tuples, so this is not the list impl above.)
impl Json for Vec<(String, String)> {
    fn write(&self, w: &mut W) {
        w.ch('{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                w.ch(',');
            }
            k.write(w);
            w.ch(':');
            v.write(w);
        }
        w.ch('}');
    }
}

names!(Severity { Error => "error", Warning => "warning", Info => "info" });
names!(Level { Tinh => "tinh", Bo => "bo" });
names!(Format { Text => "text", Docx => "docx", Odt => "odt" });
names!(YearSource { Option => "option", Title => "title", Profile => "profile" });
names!(ProfileSource { Option => "option", Year => "year", Latest => "latest", Oldest => "oldest", Default => "default" });
names!(Status { Present => "present", Empty => "empty", Missing => "missing" });
names!(Comparator { Eq => "eq", Ge => "ge", Gt => "gt", Le => "le", Lt => "lt", About => "about" });
names!(Source {
    Nstw => "nstw",
    Nsdp => "nsdp",
    Nsnn => "nsnn",
    DauTuCong => "dau_tu_cong",
    ChiThuongXuyen => "chi_thuong_xuyen",
    XaHoiHoa => "xa_hoi_hoa",
    Oda => "oda",
    Khac => "khac",
    Ctmtqg => "ctmtqg",
});

impl Json for Report {
    fn write(&self, w: &mut W) {
        object!(
            w,
            self,
            file,
            format,
            text,
            profile,
            level,
            plan_year,
            plan_year_source,
            profile_source,
            summary,
            findings,
            outline,
            targets,
            budget,
            row
        );
    }
}

impl Json for Summary {
    fn write(&self, w: &mut W) {
        object!(w, self, error, warning, info);
    }
}

impl Json for Range {
    fn write(&self, w: &mut W) {
        object!(w, self, start, end);
    }
}

impl Json for Finding {
    fn write(&self, w: &mut W) {
        object!(
            w, self, rule, severity, section, line, column, range, message, message_en, suggestion, place, expected, actual, difference
        );
    }
}

impl Json for OutlineEntry {
    fn write(&self, w: &mut W) {
        if w.compact {
            object!(w, self, status, line, heading);
        } else {
            object!(w, self, id, number, title, title_en, depth, required, status, line, heading);
        }
    }
}

impl Json for TargetEntry {
    fn write(&self, w: &mut W) {
        object!(w, self, line, column, text, quantified, figures, deadline, indicators);
    }
}

impl Json for Quantity {
    fn write(&self, w: &mut W) {
        // serde's internally tagged enum: the tag first, then the variant's fields
        match self {
            Quantity::Percent { value, comparator } => {
                w.key("{\"kind\":\"percent\",\"value\":");
                value.write(w);
                w.key(",\"comparator\":");
                comparator.write(w);
            }
            Quantity::PercentRange { low, high } => {
                w.key("{\"kind\":\"percent_range\",\"low\":");
                low.write(w);
                w.key(",\"high\":");
                high.write(w);
            }
            Quantity::Count { value, unit, comparator } => {
                w.key("{\"kind\":\"count\",\"value\":");
                value.write(w);
                w.key(",\"unit\":");
                unit.write(w);
                w.key(",\"comparator\":");
                comparator.write(w);
            }
            Quantity::Rank { value } => {
                w.key("{\"kind\":\"rank\",\"value\":");
                value.write(w);
            }
        }
        w.ch('}');
    }
}

impl Json for IndicatorMatch {
    fn write(&self, w: &mut W) {
        if w.compact {
            object!(w, self, figure, id, year);
        } else {
            object!(w, self, figure, id, name, basis, year, national, values);
        }
    }
}

impl Json for Money {
    fn write(&self, w: &mut W) {
        object!(w, self, dong, text, line);
    }
}

impl Json for SourceAmount {
    fn write(&self, w: &mut W) {
        object!(w, self, source, label, amount);
    }
}

impl Json for BudgetItem {
    fn write(&self, w: &mut W) {
        object!(w, self, line, stt, name, owner, kind, time, source, amount, amount_in_row_above);
    }
}

impl Json for PastItem {
    fn write(&self, w: &mut W) {
        object!(w, self, line, name, approved, spent);
    }
}

impl Json for BudgetReport {
    fn write(&self, w: &mut W) {
        object!(w, self, unit, declared_total, items_total, by_source, items, past_items);
    }
}

impl Json for SummaryRow {
    fn write(&self, w: &mut W) {
        object!(w, self, file, level, plan_year, unreadable, errors, warnings, infos, section, target, budget, input, missing, note);
    }
}

/// `profiles()` in JS: `[{"id":…,"name":…,"name_en":…,"plan_year":…}]`, one per built-in profile.
pub(crate) fn profiles<'a>(profiles: impl Iterator<Item = &'a Profile>) -> String {
    let mut w = W { out: String::from("["), compact: false };
    for (i, p) in profiles.enumerate() {
        w.key(if i == 0 { "{\"id\":" } else { ",{\"id\":" });
        p.id.write(&mut w);
        w.key(",\"name\":");
        p.name.write(&mut w);
        w.key(",\"name_en\":");
        p.name_en.write(&mut w);
        w.key(",\"plan_year\":");
        p.plan_year.write(&mut w);
        w.ch('}');
    }
    w.ch(']');
    w.out
}

/// `rules()` in JS: the rule table as `RuleInfo`'s derived `Serialize` writes it.
pub(crate) fn rules(rules: &[RuleInfo]) -> String {
    let mut out = W { out: String::from("["), compact: false };
    let w = &mut out;
    for (i, r) in rules.iter().enumerate() {
        if i > 0 {
            w.ch(',');
        }
        object!(w, r, id, severity, summary, summary_en);
    }
    w.ch(']');
    out.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check, Input, Options};

    /// The report of every fixture, as the draft says and as a ministry's plan.
    #[cfg(feature = "files")]
    fn reports() -> Vec<(String, Report)> {
        let mut files = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt" || e == "docx" || e == "md") {
                    files.push(path);
                }
            }
        }
        files.sort();
        assert!(files.len() > 100, "{}", files.len());
        let mut out = Vec::new();
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let name = path.display().to_string();
            for level in [None, Some(Level::Bo)] {
                let options = Options { level, file: Some(name.clone()), ..Default::default() };
                out.push((name.clone(), check(Input::File(&bytes), &options)));
            }
        }
        out
    }

    #[test]
    #[cfg(feature = "files")]
    fn the_hand_written_json_is_serde_jsons_on_every_fixture() {
        for (name, r) in reports() {
            assert_eq!(report(&r, false), serde_json::to_string(&r).unwrap(), "{name}");
            crate::report::compact::COMPACT.with(|c| c.set(true));
            let expected = serde_json::to_string(&r).unwrap();
            crate::report::compact::COMPACT.with(|c| c.set(false));
            assert_eq!(report(&r, true), expected, "{name}, compact");
            assert_eq!(summary(&r.summary), serde_json::to_string(&r.summary).unwrap(), "{name}, summary");
        }
    }

    #[test]
    fn strings_with_escapes_anywhere_as_serde_json_writes_them() {
        let pieces = ["a", "Đ", "ạ", "\"", "\\", "\n", "\u{1}", "\u{1f}", " ", "!", "\u{7f}", "😀", "0123456"];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let mut w = W { out: String::new(), compact: false };
            text.write(&mut w);
            assert_eq!(w.out, serde_json::to_string(&text).unwrap());
        }
    }

    #[test]
    fn floats_as_serde_json_writes_them() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut values = vec![
            f64::MIN_POSITIVE,
            f64::MAX,
            5e-324,
            1e-5,
            1e-6,
            1e16,
            9999999999999998.0,
            0.1,
            0.3,
            2.5,
            1e23,
            9007199254740993.0,
            9007199254740991.0,
            9007199254740992.0,
            1e15,
            123456789012345.0,
        ];
        for e in -1074..1024 {
            values.extend([2f64.powi(e), 2f64.powi(e) * 1.5]);
        }
        for e in -325..310 {
            values.push(format!("1e{e}").parse().unwrap());
        }
        for _ in 0..50_000 {
            // what the checker produces: whole amounts (i128 as f64) and figures read from a
            // draft (digits / 10^decimals), and any bit pattern
            let digits = next() % 31;
            let scaled = (u128::from(next()) << 64 | u128::from(next())) % 10u128.pow(digits as u32).max(1);
            let decimals = (next() % 30) as i32;
            values.push(scaled as f64 / 10f64.powi(decimals));
            values.push((scaled as i128 >> (next() % 100)) as f64);
            values.push((next() % 100_000) as f64 / 10f64.powi((next() % 4) as i32));
            values.push(f64::from_bits(next()));
        }
        for f in values.into_iter().filter(|f| f.is_finite()) {
            for f in [f, -f] {
                let mut out = String::new();
                shortest(f, &mut out);
                assert_eq!(out, serde_json::to_string(&f).unwrap(), "{f:e}");
            }
        }
    }

    #[test]
    fn strings_numbers_and_every_name_as_serde_json_writes_them() {
        let same = |v: &dyn Fn(&mut W), expected: String| {
            let mut w = W { out: String::new(), compact: false };
            v(&mut w);
            assert_eq!(w.out, expected);
        };
        let text: String = (0u8..=0x7f).map(char::from).chain("đ «»\u{2028}\u{feff}€𝄞".chars()).collect();
        same(&|w| text.write(w), serde_json::to_string(&text).unwrap());
        for n in [0usize, 7, 10, 99, 100, 65535, usize::MAX] {
            same(&|w| n.write(w), serde_json::to_string(&n).unwrap());
        }
        for f in [0.0, -0.0, 1.0, 17.5, 59.38, 1e21, 1e-7, 123456789012345680.0, f64::NAN, f64::INFINITY, 1.5e300] {
            same(&|w| f.write(w), serde_json::to_string(&f).unwrap());
        }
        for s in [Severity::Error, Severity::Warning, Severity::Info] {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        for s in [Level::Tinh, Level::Bo] {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        for s in [Format::Text, Format::Docx, Format::Odt] {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        for s in [YearSource::Option, YearSource::Title, YearSource::Profile] {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        for s in [ProfileSource::Option, ProfileSource::Year, ProfileSource::Latest, ProfileSource::Oldest, ProfileSource::Default] {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        for s in [Status::Present, Status::Empty, Status::Missing] {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        let comparators = [Comparator::Eq, Comparator::Ge, Comparator::Gt, Comparator::Le, Comparator::Lt, Comparator::About];
        for s in comparators {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        use Source::*;
        for s in [Nstw, Nsdp, Nsnn, DauTuCong, ChiThuongXuyen, XaHoiHoa, Oda, Khac, Ctmtqg] {
            same(&|w| s.write(w), serde_json::to_string(&s).unwrap());
        }
        let quantities = [
            Quantity::Percent { value: 80.0, comparator: Comparator::Ge },
            Quantity::PercentRange { low: 80.0, high: 90.5 },
            Quantity::Count { value: 5.0, unit: "chuyên gia".into(), comparator: Comparator::Eq },
            Quantity::Rank { value: 50 },
        ];
        for q in &quantities {
            same(&|w| q.write(w), serde_json::to_string(q).unwrap());
        }
    }

    #[test]
    fn profiles_and_rules_as_serde_json_writes_them() {
        #[derive(serde::Serialize)]
        struct ProfileInfo<'a> {
            id: &'a str,
            name: &'a str,
            name_en: &'a str,
            plan_year: u16,
        }
        let list: Vec<&Profile> = crate::builtin_profile_ids().into_iter().filter_map(crate::builtin_profile).collect();
        assert!(list.len() > 1);
        let infos: Vec<ProfileInfo> =
            list.iter().map(|p| ProfileInfo { id: &p.id, name: &p.name, name_en: &p.name_en, plan_year: p.plan_year }).collect();
        assert_eq!(profiles(list.into_iter()), serde_json::to_string(&infos).unwrap());
        assert_eq!(profiles(std::iter::empty()), "[]");
        assert_eq!(rules(crate::RULES), serde_json::to_string(&crate::RULES).unwrap());
    }

    #[test]
    fn raw_json_passes_through_serde_json() {
        struct Raw(&'static str);
        impl serde::Serialize for Raw {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                raw(s, self.0)
            }
        }
        let json = r#"{"a":[1,2.5,"x\n"],"b":null}"#;
        assert_eq!(serde_json::to_string(&Raw(json)).unwrap(), json);
        assert_eq!(serde_json::to_string(&vec![Raw(json), Raw("1")]).unwrap(), format!("[{json},1]"));
    }
}
