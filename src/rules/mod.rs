//! The rules. One file per rule: its ID, severity and messages together with its checker.
//! `RULES` maps the stable IDs (never renamed once shipped) to what they mean.

use crate::document::Document;
use crate::outline::content::Contents;
use crate::outline::{Outline, Status};
use crate::profile::{with_year, Profile, Section};
use crate::report::{Finding, Level, Severity};

pub mod appendix_missing;
pub mod budget_project_field_missing;
pub mod budget_source_missing;
pub mod budget_source_sum_mismatch;
pub mod budget_spent_exceeds_approved;
pub mod budget_total_mismatch;
pub mod budget_total_missing;
pub mod budget_unit_missing;
pub mod budget_words_mismatch;
pub mod document_not_a_plan;
pub mod document_template_unfilled;
pub mod section_duplicate;
pub mod section_empty;
pub mod section_missing;
pub mod section_numbering;
pub mod section_order;
pub mod section_year;
pub mod target_below_national;
pub mod target_coverage;
pub mod target_deadline;
pub mod target_missing;
pub mod target_out_of_range;
pub mod target_unquantified;

/// What a rule is, for the README, the page's legend and `dxcheck --rules`.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub summary_en: &'static str,
}

pub const INPUT_TOO_LARGE: RuleInfo = RuleInfo {
    id: "input.too-large",
    severity: Severity::Error,
    summary: "Dữ liệu vào vượt giới hạn kích thước",
    summary_en: "The input is over the size limit",
};

pub const INPUT_UNREADABLE: RuleInfo = RuleInfo {
    id: "input.unreadable",
    severity: Severity::Error,
    summary: "Không đọc được dữ liệu vào",
    summary_en: "The input could not be read",
};

pub const INPUT_LEGACY_ENCODING: RuleInfo = RuleInfo {
    id: "input.legacy-encoding",
    severity: Severity::Info,
    summary: "Văn bản dùng bảng mã cũ (TCVN3/VNI) và đã được chuyển sang Unicode",
    summary_en: "The text was in TCVN3/VNI and was converted",
};

pub const INPUT_REPLACED_BYTES: RuleInfo = RuleInfo {
    id: "input.replaced-bytes",
    severity: Severity::Info,
    summary: "Một vài byte không phải UTF-8 đã được thay bằng «�»",
    summary_en: "A few bytes that were not UTF-8 were replaced by \"�\"",
};

pub const RULES: &[RuleInfo] = &[
    section_missing::INFO,
    section_empty::INFO,
    section_order::INFO,
    section_duplicate::INFO,
    section_numbering::INFO,
    section_year::INFO,
    appendix_missing::INFO,
    document_template_unfilled::INFO,
    document_not_a_plan::INFO,
    target_missing::INFO,
    target_unquantified::INFO,
    target_out_of_range::INFO,
    target_deadline::INFO,
    target_below_national::INFO,
    target_coverage::INFO,
    budget_total_missing::INFO,
    budget_source_missing::INFO,
    budget_total_mismatch::INFO,
    budget_source_sum_mismatch::INFO,
    budget_unit_missing::INFO,
    budget_words_mismatch::INFO,
    budget_project_field_missing::INFO,
    budget_spent_exceeds_approved::INFO,
    INPUT_LEGACY_ENCODING,
    INPUT_REPLACED_BYTES,
    INPUT_TOO_LARGE,
    INPUT_UNREADABLE,
];

/// Everything a rule may look at. Rules never do I/O.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub profile: &'a Profile,
    pub outline: &'a Outline,
    pub contents: &'a Contents,
    pub budget: &'a crate::budget::Budget,
    pub targets: &'a crate::targets::Targets,
    /// The plan year, or the period the title names (`giai đoạn 2024–2025`).
    pub plan_period: (u16, u16),
    pub plan_year: u16,
    pub level: Option<Level>,
}

impl Context<'_> {
    pub fn status(&self, section: usize) -> Status {
        self.contents.status.get(section).copied().unwrap_or(Status::Missing)
    }

    /// `«V. Kinh phí thực hiện»` as the template prints it, in Vietnamese and English.
    pub fn name(&self, s: &Section) -> (String, String) {
        let number = display_number(s.depth, &s.number);
        (format!("{number} {}", with_year(&s.title, self.plan_year)), format!("{number} {}", with_year(&s.title_en, self.plan_year)))
    }
}

/// `Phần II`, `V.`, `3.`, `1.2.`, `a)` — the number as the template prints it.
pub fn display_number(depth: usize, number: &str) -> String {
    match depth {
        0 => format!("Phần {number}."),
        _ if number.chars().all(|c| c.is_ascii_lowercase()) => format!("{number})"),
        _ => format!("{number}."),
    }
}

/// Run every rule. A draft that is not a plan, or is the bare template, gets that one finding
/// instead of dozens of per-section ones.
pub fn run(ctx: &Context, out: &mut Vec<Finding>) {
    if document_not_a_plan::check(ctx, out) {
        return;
    }
    let unfilled = document_template_unfilled::check(ctx, out);
    section_missing::check(ctx, out);
    if !unfilled {
        section_empty::check(ctx, out);
    }
    section_order::check(ctx, out);
    section_duplicate::check(ctx, out);
    section_numbering::check(ctx, out);
    section_year::check(ctx, out);
    appendix_missing::check(ctx, out);
    if !unfilled {
        target_missing::check(ctx, out);
        target_unquantified::check(ctx, out);
        target_out_of_range::check(ctx, out);
        target_deadline::check(ctx, out);
        target_below_national::check(ctx, out);
        target_coverage::check(ctx, out);
        budget_total_missing::check(ctx, out);
        budget_source_missing::check(ctx, out);
        budget_total_mismatch::check(ctx, out);
        budget_source_sum_mismatch::check(ctx, out);
        budget_unit_missing::check(ctx, out);
        budget_words_mismatch::check(ctx, out);
        budget_project_field_missing::check(ctx, out);
        budget_spent_exceeds_approved::check(ctx, out);
    }
}
