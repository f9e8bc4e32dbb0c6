//! The rules. One file per rule: its ID, severity and messages together with its checker.
//! `RULES` maps the stable IDs (never renamed once shipped) to what they mean.

use crate::document::Document;
use crate::outline::Outline;
use crate::profile::Profile;
use crate::report::{Finding, Level, Severity};

pub mod section_missing;

/// What a rule is, for the README, the page's legend and `dxcheck --rules`.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub summary_en: &'static str,
}

pub const RULES: &[RuleInfo] = &[
    section_missing::INFO,
    RuleInfo {
        id: "input.too-large",
        severity: Severity::Error,
        summary: "Dữ liệu vào vượt giới hạn kích thước",
        summary_en: "The input is over the size limit",
    },
    RuleInfo {
        id: "input.unreadable",
        severity: Severity::Error,
        summary: "Không đọc được dữ liệu vào",
        summary_en: "The input could not be read",
    },
];

/// Everything a rule may look at. Rules never do I/O.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub profile: &'a Profile,
    pub outline: &'a Outline,
    pub plan_year: u16,
    pub level: Option<Level>,
}

/// Run every rule, in table order.
pub fn run(ctx: &Context, out: &mut Vec<Finding>) {
    section_missing::check(ctx, out);
}
