//! A finding: what a rule reports (DOMAIN.md §4). Rules build findings from a [`Span`] of the
//! document; the report collects them.

use crate::vn::Bytewise;
use serde::Serialize;

use crate::document::Span;
use crate::kinds::{Range, Severity};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

/// `out.push(f)`, out of line: one copy of a finding's move into the list in the wasm, not one
/// per rule's call site (a finding is 128 bytes).
#[inline(never)]
pub fn push(out: &mut Vec<Finding>, f: Finding) {
    out.push(f);
}

impl Finding {
    // one copy of the construction, not one per call site in the rules (findings are few)
    #[inline(never)]
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

    #[inline(never)]
    pub fn section(mut self, id: &str) -> Finding {
        self.section = Some(id.owned());
        self
    }

    /// The section of a role ([`crate::rules::Context::role_id`]): none when the profile has none.
    #[inline(never)]
    pub fn in_section(mut self, id: Option<&str>) -> Finding {
        self.section = id.map(str::to_string);
        self
    }

    /// The figures a reviewer compares (DATA Act Broker style): expected, actual, difference.
    #[inline(never)]
    pub fn figures(&mut self, expected: String, actual: String, difference: Option<String>) {
        self.expected = Some(expected);
        self.actual = Some(actual);
        self.difference = difference;
    }

    pub fn suggestion(self, text: impl Into<String>) -> Finding {
        self.with_suggestion(text.into())
    }

    // (the generic `suggestion` stays a conversion: one copy of the rest)
    #[inline(never)]
    fn with_suggestion(mut self, text: String) -> Finding {
        self.suggestion = (!text.is_empty()).then_some(text);
        self
    }
}

/// A difference with its sign, as `format!("{:+}")` writes it (`+2`, `-1`, `+0`), without i64's
/// copy of the integer printer.
pub(crate) fn signed(n: i64) -> String {
    let mut out = String::from(if n < 0 { "-" } else { "+" });
    push_unsigned(&mut out, n.unsigned_abs());
    out
}

pub(crate) use crate::message::push_unsigned;
