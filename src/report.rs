//! The report: the public contract of DOMAIN.md §4, serialised as JSON for the CLI and as a plain
//! object for JavaScript.

use serde::Serialize;

use crate::document::Span;
use crate::outline::Status;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn label_vi(self) -> &'static str {
        match self {
            Severity::Error => "lỗi",
            Severity::Warning => "cảnh báo",
            Severity::Info => "thông tin",
        }
    }
}

/// Level of the issuing body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A province (Ủy ban nhân dân tỉnh/thành phố).
    Tinh,
    /// A ministry (Bộ, cơ quan ngang bộ).
    Bo,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "tinh" | "tỉnh" => Some(Level::Tinh),
            "bo" | "bộ" => Some(Level::Bo),
            _ => None,
        }
    }
}

/// UTF-16 code-unit offsets into the very string the caller passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub section: Option<String>,
    pub line: usize,
    pub column: usize,
    pub range: Range,
    pub message: String,
    pub message_en: String,
    pub suggestion: Option<String>,
    /// In a document: the paragraph or table row the line came from (`đoạn 57`, `bảng 2, hàng 3`).
    pub place: Option<String>,
    pub expected: Option<String>,
    pub actual: Option<String>,
    pub difference: Option<String>,
}

impl Finding {
    pub fn new(rule: &'static str, severity: Severity, span: Span, message: String, message_en: String) -> Finding {
        Finding {
            rule,
            severity,
            section: None,
            line: span.line,
            column: span.column,
            range: Range { start: span.start, end: span.end },
            message,
            message_en,
            suggestion: None,
            place: None,
            expected: None,
            actual: None,
            difference: None,
        }
    }

    pub fn section(mut self, id: &str) -> Finding {
        self.section = Some(id.to_string());
        self
    }

    /// The figures a reviewer compares (DATA Act Broker style): expected, actual, difference.
    pub fn figures(&mut self, expected: impl Into<String>, actual: impl Into<String>, difference: Option<String>) {
        self.expected = Some(expected.into());
        self.actual = Some(actual.into());
        self.difference = difference;
    }

    pub fn suggestion(mut self, text: impl Into<String>) -> Finding {
        let text = text.into();
        self.suggestion = (!text.is_empty()).then_some(text);
        self
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

/// One template section in the recognised outline (the page's checklist).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutlineEntry {
    pub id: String,
    pub number: String,
    pub title: String,
    pub title_en: String,
    pub depth: usize,
    pub required: bool,
    pub status: Status,
    /// Where its heading is (first one, if repeated); null when missing.
    pub line: Option<usize>,
    pub heading: Option<String>,
}

/// How the plan year was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum YearSource {
    Option,
    Title,
    Profile,
}

/// How the template profile was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfileSource {
    /// Named by the caller (`--profile`, `profileJson`).
    Option,
    /// The built-in template of the plan's year.
    Year,
    /// The plan's year has no built-in template: the latest one was used.
    Latest,
    /// The plan's year is older than every built-in template: the oldest was used.
    Oldest,
    /// No year in the draft: the default template.
    Default,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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
}

/// A target as the page shows it: the plan's figure next to the national one.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
pub struct IndicatorMatch {
    /// Index into the target's `figures`.
    pub figure: usize,
    pub id: String,
    pub name: String,
    pub basis: String,
    /// The year of the national column compared with (null when the table has none).
    pub year: Option<u16>,
    /// The national value for that year as written (`60%`, `≥ 80%`, `Top 50`).
    pub national: Option<String>,
    /// Every value the national table gives, by year (`2022` actual, `2023`/`2024` plan,
    /// `2025` target).
    pub values: std::collections::BTreeMap<String, String>,
}

/// An amount for display: đồng (a JS number) and the text in the plan's unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Money {
    pub dong: f64,
    pub text: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceAmount {
    pub source: crate::budget::Source,
    pub label: String,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetItem {
    pub line: usize,
    pub stt: String,
    pub name: String,
    pub owner: Option<String>,
    pub kind: Option<String>,
    pub time: Option<String>,
    pub source: Option<String>,
    pub amount: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PastItem {
    pub line: usize,
    pub name: String,
    pub approved: Option<Money>,
    pub spent: Option<Money>,
}

/// The budget for the page to draw: declared total against the sum of items, split by source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetReport {
    /// The plan's own unit (`triệu đồng`…), used in every `text`.
    pub unit: String,
    pub declared_total: Option<Money>,
    pub items_total: Option<Money>,
    pub by_source: Vec<SourceAmount>,
    pub items: Vec<BudgetItem>,
    pub past_items: Vec<PastItem>,
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
        self.findings.sort_by(|a, b| (a.line, a.column, a.severity, a.rule).cmp(&(b.line, b.column, b.severity, b.rule)));
        let mut s = Summary::default();
        for f in &self.findings {
            match f.severity {
                Severity::Error => s.error += 1,
                Severity::Warning => s.warning += 1,
                Severity::Info => s.info += 1,
            }
        }
        self.summary = s;
    }
}
