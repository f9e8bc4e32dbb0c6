//! The rules. One file per rule: its ID, severity and messages together with its checker.
//! `RULES` maps the stable IDs (never renamed once shipped) to what they mean.

use crate::document::Document;
use crate::finding::Finding;
use crate::kinds::{Level, Severity};
use crate::outline::content::Contents;
use crate::outline::{Outline, Status};
use crate::profile::{push_with_year, Profile, Role, Section};

/// Every rule module, in the order the page and the README list them. A new rule is its file
/// plus one name here: the module, its place in `RULES` and its run all come from this list.
macro_rules! rules {
    ($($rule:ident),* $(,)?) => {
        $(pub mod $rule;)*
        /// Every rule: the table behind execution ([`run`]), `dxcheck --rules`, the page's legend
        /// and the README's table (a test keeps that in step).
        pub const RULES: &[RuleInfo] = &[$($rule::INFO,)* input::LEGACY_ENCODING, input::REPLACED_BYTES, input::TOO_LARGE, input::UNREADABLE];
    };
}

pub mod input;

rules! {
    section_missing,
    section_empty,
    section_order,
    section_duplicate,
    section_numbering,
    section_results_unlabelled,
    section_year,
    appendix_missing,
    document_template_unfilled,
    document_not_a_plan,
    document_template_year,
    profile_role_missing,
    target_missing,
    target_unquantified,
    target_out_of_range,
    target_deadline,
    target_below_national,
    target_coverage,
    budget_total_missing,
    budget_source_missing,
    budget_total_mismatch,
    budget_source_sum_mismatch,
    budget_unit_missing,
    budget_words_mismatch,
    budget_project_field_missing,
    budget_spent_exceeds_approved,
}

type Checker = fn(&Context, &mut Vec<Finding>);

/// When a rule runs, and what its firing means for the others.
#[derive(Clone, Copy)]
pub enum Check {
    /// Decides whether the input is a plan at all; when it fires, no other rule runs.
    Gate(fn(&Context, &mut Vec<Finding>) -> bool),
    /// Decides whether the draft is the bare template; when it fires, content rules are skipped.
    Unfilled(fn(&Context, &mut Vec<Finding>) -> bool),
    /// About the structure: runs on every plan.
    Structure(Checker),
    /// About what sections say: runs on a filled-in plan.
    Content(Checker),
    /// Reported while reading the input, before any rule runs.
    Input,
}

/// What a rule is, for the README, the page's legend and `dxcheck --rules`, and how it runs.
#[derive(Clone, Copy, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleInfo {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub summary_en: &'static str,
    #[serde(skip)]
    pub check: Check,
}

impl std::fmt::Debug for RuleInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleInfo").field("id", &self.id).field("severity", &self.severity).finish()
    }
}

/// Everything a rule may look at. Rules never do I/O.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
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
    /// The ID of the section that plays `role` in this profile (a finding's `section`).
    pub fn role_id(&self, role: Role) -> Option<&str> {
        self.profile.role_id(role)
    }

    pub fn status(&self, section: usize) -> Status {
        self.contents.status.get(section).copied().unwrap_or(Status::Missing)
    }

    /// `«V. Kinh phí thực hiện»` as the template prints it, in Vietnamese and English.
    pub fn name(&self, s: &Section) -> (String, String) {
        // (each string written once, in room sized for it: `{N}` becomes a year, at most one
        // more byte each)
        let room = |title: &str| s.number.len() + title.len() + 16;
        let (mut vi, mut en) = (String::with_capacity(room(&s.title)), String::with_capacity(room(&s.title_en)));
        self.push_name(&mut vi, s, false);
        self.push_name(&mut en, s, true);
        (vi, en)
    }

    /// [`Context::name`] in one language written onto the end of `out` (a message joined from
    /// its pieces names a section without a string of its own).
    pub fn push_name(&self, out: &mut String, s: &Section, english: bool) {
        // in English a part is a "Part", and an English message carries no Vietnamese word
        // (joined, not `format!`: this runs for every section a message names)
        let number = match (english, s.depth) {
            (true, 0) => ["Part ", &s.number, "."],
            _ => number_parts(s.depth, &s.number),
        };
        number.iter().for_each(|p| out.push_str(p));
        out.push(' ');
        let title = if english { &s.title_en } else { &s.title };
        if s.dated {
            push_with_year(out, title, self.plan_year);
        } else {
            out.push_str(title);
        }
    }
}

/// `Phần II`, `V.`, `3.`, `1.2.`, `a)` — the number as the template prints it, in the pieces it
/// is joined from.
fn number_parts(depth: usize, number: &str) -> [&str; 3] {
    match depth {
        0 => ["Phần ", number, "."],
        _ if number.bytes().all(|c| c.is_ascii_lowercase()) => ["", number, ")"],
        _ => ["", number, "."],
    }
}

/// Run every rule of [`RULES`]. A draft that is not a plan, or is the bare template, gets that one
/// finding instead of dozens of per-section ones.
pub fn run(ctx: &Context, out: &mut Vec<Finding>) {
    // room for a draft's findings, most drafts' all of them, at once: a finding is ~250 bytes,
    // and growing the list from empty copied them at each doubling (4 copies for 33 findings)
    out.reserve(64);
    for rule in RULES {
        if let Check::Gate(gate) = rule.check {
            if gate(ctx, out) {
                return;
            }
        }
    }
    let mut unfilled = false;
    for rule in RULES {
        if let Check::Unfilled(check) = rule.check {
            unfilled |= check(ctx, out);
        }
    }
    for rule in RULES {
        match rule.check {
            Check::Structure(check) => check(ctx, out),
            Check::Content(check) if !unfilled => check(ctx, out),
            _ => {}
        }
    }
}
