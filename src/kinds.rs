//! The shared vocabulary at the bottom of the crate: kinds that every layer names (a finding's
//! severity, the issuing body's level, a UTF-16 range). It imports nothing of the crate.

use crate::vn::Bytewise;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A province (Ủy ban nhân dân tỉnh/thành phố).
    Tinh,
    /// A ministry (Bộ, cơ quan ngang bộ).
    Bo,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim_ws().to_ascii_lowercase().as_str() {
            "tinh" | "tỉnh" => Some(Level::Tinh),
            "bo" | "bộ" => Some(Level::Bo),
            _ => None,
        }
    }
}

/// UTF-16 code-unit offsets into the very string the caller passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

/// How the template profile was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
