//! The report: the public contract of DOMAIN.md §4, serialised as JSON for the CLI and as a plain
//! object for JavaScript.

use serde::Serialize;

pub(crate) mod build;
// used by the wasm bindings only
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) mod compact;
pub mod csv;
// the wasm's report writer; natively only compared with serde_json's in its tests
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) mod json;

use crate::finding::Finding;
use crate::kinds::{Level, ProfileSource, Severity};
use crate::outline::Status;

// (in the wasm, `summarize` writes it by hand too: see `Report`'s `Serialize`)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

/// A text of the report that a built-in profile gives as it is (a section's ID, number and
/// titles): borrowed from that profile, which lives as long as the program, instead of copied
/// into every report (~290 strings a check, made and freed); owned when it is a custom
/// profile's or written for the plan year. Reads, compares and serialises as a string.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProfileText(std::borrow::Cow<'static, str>);

impl ProfileText {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text itself (a copy when it is borrowed).
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl std::ops::Deref for ProfileText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for ProfileText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for ProfileText {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<String> for ProfileText {
    fn from(s: String) -> ProfileText {
        ProfileText(std::borrow::Cow::Owned(s))
    }
}

impl From<&'static str> for ProfileText {
    fn from(s: &'static str) -> ProfileText {
        ProfileText(std::borrow::Cow::Borrowed(s))
    }
}

impl From<ProfileText> for String {
    fn from(s: ProfileText) -> String {
        s.into_string()
    }
}

impl PartialEq<str> for ProfileText {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for ProfileText {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for ProfileText {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<ProfileText> for str {
    fn eq(&self, other: &ProfileText) -> bool {
        *self == *other.0
    }
}

impl PartialEq<ProfileText> for &str {
    fn eq(&self, other: &ProfileText) -> bool {
        **self == *other.0
    }
}

impl PartialEq<ProfileText> for String {
    fn eq(&self, other: &ProfileText) -> bool {
        **self == *other.0
    }
}

// as a string, quoted: what `{:?}` of the `String` it was printed
impl std::fmt::Debug for ProfileText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for ProfileText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl crate::message::Piece for ProfileText {
    fn put(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

impl Serialize for ProfileText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// One template section in the recognised outline (the page's checklist).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OutlineEntry {
    #[serde(skip_serializing_if = "compact::in_catalog")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: ProfileText,
    #[serde(skip_serializing_if = "compact::in_catalog")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub number: ProfileText,
    #[serde(skip_serializing_if = "compact::in_catalog")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub title: ProfileText,
    #[serde(skip_serializing_if = "compact::in_catalog")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub title_en: ProfileText,
    #[serde(skip_serializing_if = "compact::in_catalog")]
    pub depth: usize,
    #[serde(skip_serializing_if = "compact::in_catalog")]
    pub required: bool,
    pub status: Status,
    /// Where its heading is (first one, if repeated); null when missing.
    pub line: Option<usize>,
    pub heading: Option<String>,
}

/// How the plan year was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum YearSource {
    Option,
    Title,
    Profile,
}

// derived for the CLI and the tests; the wasm writes the same JSON by hand (`json.rs`)
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    pub file: Option<String>,
    /// What the input was read as: `text`, `docx`, `odt`.
    pub format: crate::ingest::Format,
    /// The text that was checked, when it differs from the input passed (a document's extracted
    /// text, or a legacy-encoded text converted to Unicode); line, column and range refer to it.
    pub text: Option<String>,
    pub profile: String,
    /// Null when neither the options nor the header tell.
    pub level: Option<Level>,
    pub plan_year: u16,
    pub plan_year_source: YearSource,
    pub profile_source: ProfileSource,
    pub summary: Summary,
    pub findings: Vec<Finding>,
    pub outline: Vec<OutlineEntry>,
    /// Every target of `II. Mục tiêu` (and its target tables), with its figures and the
    /// national indicator it answers.
    pub targets: Vec<TargetEntry>,
    /// The budget as read: null when the draft has neither a funding section nor a project list.
    pub budget: Option<BudgetReport>,
    /// This report as a row of the reviewers' summary table (`summaryCsv` in JS).
    pub row: SummaryRow,
}

/// A target as the page shows it: the plan's figure next to the national one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TargetEntry {
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub quantified: bool,
    pub figures: Vec<crate::quantity::Quantity>,
    /// The first deadline the target names, as `dd/mm/yyyy`, `mm/yyyy` or `yyyy`.
    pub deadline: Option<String>,
    pub indicators: Vec<IndicatorMatch>,
}

/// A national indicator a target's figure answers, with the national value for the plan year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IndicatorMatch {
    /// Index into the target's `figures`.
    pub figure: usize,
    pub id: String,
    #[serde(skip_serializing_if = "compact::in_catalog")]
    pub name: String,
    #[serde(skip_serializing_if = "compact::in_catalog")]
    pub basis: String,
    /// The year of the national column compared with (null when the table has none).
    pub year: Option<u16>,
    /// The national value for that year as written (`60%`, `≥ 80%`, `Top 50`).
    #[serde(skip_serializing_if = "compact::in_catalog")]
    pub national: Option<String>,
    /// Every value the national table gives, by year (`2022` actual, `2023`/`2024` plan,
    /// `2025` target).
    // in order of year, written as a JSON object (a list: no BTreeMap code in the wasm)
    #[serde(skip_serializing_if = "compact::in_catalog", with = "year_values")]
    #[cfg_attr(feature = "ts", ts(type = "{ [key in string]: string }"))]
    pub values: Vec<(String, String)>,
}

// (in `finding.rs`: the rules' messages write numbers with it too)
pub(crate) use crate::finding::push_unsigned;

/// `values` as a JSON object (what it was as a BTreeMap; the list spares the wasm a BTreeMap).
mod year_values {
    pub fn serialize<S: serde::Serializer>(values: &[(String, String)], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(values.iter().map(|(k, v)| (k, v)))
    }
}

/// An amount for display: đồng (a JS number) and the text in the plan's unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Money {
    pub dong: f64,
    pub text: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SourceAmount {
    pub source: crate::budget::Source,
    pub label: String,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BudgetItem {
    pub line: usize,
    pub stt: String,
    pub name: String,
    pub owner: Option<String>,
    pub kind: Option<String>,
    pub time: Option<String>,
    pub source: Option<String>,
    pub amount: Option<Money>,
    /// The amount cell says `〃`: the item shares the amount merged over it from the row above
    /// (counted once, there), so `amount` is null without the amount being missing.
    pub amount_in_row_above: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PastItem {
    pub line: usize,
    pub name: String,
    pub approved: Option<Money>,
    pub spent: Option<Money>,
}

/// The budget for the page to draw: declared total against the sum of items, split by source.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BudgetReport {
    /// The plan's own unit (`triệu đồng`…), used in every `text`.
    pub unit: String,
    pub declared_total: Option<Money>,
    pub items_total: Option<Money>,
    pub by_source: Vec<SourceAmount>,
    pub items: Vec<BudgetItem>,
    pub past_items: Vec<PastItem>,
}

/// In the wasm, `to_js` hands serde_json the hand-written JSON to pass through: the same bytes
/// as the derived `Serialize` (compared on every fixture in `json.rs`), ~12 KB less code.
#[cfg(target_arch = "wasm32")]
impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::raw(serializer, &json::report(self, false))
    }
}

#[cfg(target_arch = "wasm32")]
impl Serialize for Summary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::raw(serializer, &json::summary(self))
    }
}

impl Report {
    /// The input could not be read at all (the CLI exits 2).
    pub fn unreadable(&self) -> bool {
        self.findings.iter().any(|f| f.rule == "input.unreadable" || f.rule == "input.too-large")
    }

    pub fn has_errors(&self) -> bool {
        self.summary.error > 0
    }

    /// Sort findings by position, then severity, and count them.
    pub fn finish(&mut self) {
        self.findings = sorted(std::mem::take(&mut self.findings));
        let mut s = Summary::default();
        for f in &self.findings {
            match f.severity {
                Severity::Error => s.error += 1,
                Severity::Warning => s.warning += 1,
                Severity::Info => s.info += 1,
            }
        }
        self.summary = s;
        self.row = self.summary_row();
    }
}

/// The findings by position, then severity and rule, in a stable merge sort of their own: the
/// standard library's stable sort (driftsort) would be the wasm's second sort routine, ~5 KB, for
/// a list of a few dozen findings. The findings' indices are sorted (bottom-up, one scratch
/// buffer), not the findings, which are moved once; a list already in order, as each rule's
/// findings are, is not sorted at all.
fn sorted(v: Vec<Finding>) -> Vec<Finding> {
    let key = |i: u32| v.get(i as usize).map(|f| (f.line, f.column, f.severity, f.rule));
    let n = v.len() as u32;
    if (1..n).all(|i| key(i - 1) <= key(i)) {
        return v;
    }
    let mut order: Vec<u32> = (0..n).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < n {
        // runs [start, mid) and [mid, end) of `order` merged into `merged`
        let mut start = 0;
        while start < n {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            let (mut a, mut b) = (start, mid);
            for k in start..end {
                let (x, y) = (order.get(a as usize).copied(), order.get(b as usize).copied());
                // equal keys keep their order: the left run first
                let right = a >= mid || (b < end && key(y.unwrap_or(0)) < key(x.unwrap_or(0)));
                if let Some(slot) = merged.get_mut(k as usize) {
                    *slot = if right { y } else { x }.unwrap_or(0);
                }
                if right {
                    b += 1;
                } else {
                    a += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    let mut taken: Vec<Option<Finding>> = v.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| taken.get_mut(i as usize)?.take()).collect()
}

/// One row of the reviewers' summary table (the CLI's `--format csv` and the page's batch CSV):
/// counts by severity and by rule family, and the missing sections by ID and title.
#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SummaryRow {
    pub file: String,
    /// `tinh`, `bo` or empty.
    pub level: String,
    pub plan_year: u16,
    /// The input could not be read (the reason is in `note`).
    pub unreadable: bool,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub section: usize,
    pub target: usize,
    pub budget: usize,
    pub input: usize,
    /// Missing sections: `P2.V Kinh phí thực hiện; …`.
    pub missing: String,
    /// Why the input could not be read, when it could not.
    pub note: String,
}

impl Report {
    /// This report as a row of the summary table.
    pub fn summary_row(&self) -> SummaryRow {
        // the findings by rule family, in one pass
        let (mut section, mut target, mut budget, mut input) = (0, 0, 0, 0);
        for f in &self.findings {
            match family(f.rule) {
                Family::Section => section += 1,
                Family::Target => target += 1,
                Family::Budget => budget += 1,
                Family::Input => input += 1,
            }
        }
        // `ID title; ID title…`, written in one string (no `format!` and join: a keystroke's
        // re-check builds this row too). The missing sections come in template order, mostly:
        // each is looked for from the entry after the last one found, round the outline once.
        let ids = self.findings.iter().filter(|f| f.rule == "section.missing").filter_map(|f| f.section.as_deref());
        // (room for a title of ~60 bytes each: the string is not grown a few bytes at a time)
        let mut missing = String::with_capacity(ids.clone().count() * 72);
        let mut from = 0;
        for (k, id) in ids.enumerate() {
            if k > 0 {
                missing.push_str("; ");
            }
            missing.push_str(id);
            let (after, before) = (self.outline.get(from..).unwrap_or_default(), self.outline.get(..from).unwrap_or_default());
            let found = after.iter().position(|e| e.id == id).map(|k| k + from).or_else(|| before.iter().position(|e| e.id == id));
            if let Some(e) = found.and_then(|k| self.outline.get(k)) {
                missing.push(' ');
                missing.push_str(&e.title);
                from = found.map_or(0, |k| k + 1);
            }
        }
        let unreadable = self.unreadable();
        SummaryRow {
            file: self.file.clone().unwrap_or_else(|| "-".into()),
            level: match self.level {
                Some(Level::Tinh) => "tinh",
                Some(Level::Bo) => "bo",
                None => "",
            }
            .into(),
            plan_year: self.plan_year,
            unreadable,
            errors: self.summary.error,
            warnings: self.summary.warning,
            infos: self.summary.info,
            section,
            target,
            budget,
            input,
            missing,
            note: if unreadable { self.findings.first().map(|f| f.message.clone()).unwrap_or_default() } else { String::new() },
        }
    }
}

/// The column of the summary table a rule's findings count in.
#[derive(Debug, PartialEq, Eq)]
enum Family {
    Section,
    Target,
    Budget,
    /// `input.`, `document.`, `appendix.` and `profile.`
    Input,
}

/// The family of a rule ID, by its first letter: the families' words (`section`, `target`,
/// `budget`; `input`, `document`, `appendix`, `profile`) each start with a letter of their own
/// (a test holds every rule of [`crate::rules::RULES`] to it). One comparison a finding, not a
/// prefix compared for each family.
fn family(rule: &str) -> Family {
    match rule.as_bytes().first() {
        Some(b's') => Family::Section,
        Some(b't') => Family::Target,
        Some(b'b') => Family::Budget,
        _ => Family::Input,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    #[test]
    fn a_rules_family_is_its_ids_first_word() {
        for rule in crate::rules::RULES {
            let word = rule.id.split('.').next().unwrap();
            let expected = match word {
                "section" => Family::Section,
                "target" => Family::Target,
                "budget" => Family::Budget,
                "input" | "document" | "appendix" | "profile" => Family::Input,
                _ => panic!("{}: a rule family the summary table has no column for", rule.id),
            };
            assert_eq!(family(rule.id), expected, "{}", rule.id);
        }
    }

    #[test]
    fn findings_are_sorted_as_a_stable_sort_sorts_them() {
        let rules = ["b.rule", "a.rule", "c.rule"];
        let severities = [Severity::Info, Severity::Error, Severity::Warning];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for len in 0..40 {
            for _ in 0..20 {
                let findings: Vec<Finding> = (0..len)
                    .map(|k| {
                        let span = Span { line: next(6), column: next(3), start: 0, end: 0 };
                        Finding::new(rules[next(3)], severities[next(3)], span, k.to_string(), String::new())
                    })
                    .collect();
                let mut keyed: Vec<(usize, usize, Severity, &str, String)> =
                    findings.iter().map(|f| (f.line, f.column, f.severity, f.rule, f.message.clone())).collect();
                keyed.sort_by(|a, b| (a.0, a.1, a.2, a.3).cmp(&(b.0, b.1, b.2, b.3)));
                let expected: Vec<String> = keyed.into_iter().map(|k| k.4).collect();
                let got: Vec<String> = sorted(findings).into_iter().map(|f| f.message).collect();
                assert_eq!(got, expected);
            }
        }
    }
}
