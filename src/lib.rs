//! DXCheck: checks a draft *Kế hoạch chuyển đổi số năm N* against the official template.
//!
//! One front door, [`check`]: the host hands it an [`Input`] (text, a file's bytes, or a
//! portal's plan JSON) and [`Options`], and gets a [`Report`]. The core never does I/O and knows
//! nothing of the browser; `wasm.rs` binds it for JavaScript and `main.rs` is the command line.
//! The layers and what may import what are in ARCHITECTURE.md.

// bottom: the shared vocabulary and text (`message` first: its `fill!` is for all below)
#[macro_use]
mod message;
mod document;
mod kinds;
mod label;
mod numerals;
mod vn;
// reading inputs into text
mod ingest;
// the template, as data
mod profile;
// analysis: document → outline → contents → tables, targets, budget
mod budget;
mod header;
mod indicators;
mod money;
mod outline;
mod quantity;
mod table;
mod targets;
// rules read only their Context and report findings
mod finding;
mod rules;
// top: the report and its building
mod report;
// the front door kept open while a draft is edited (the page's live re-check)
mod session;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "live"))]
pub mod wasm_session;

pub use finding::Finding;
pub use ingest::{file_too_large, Format, Unreadable, MAX_FILE_BYTES, MAX_LINE_BREAKS, MAX_TEXT_BYTES};
pub use kinds::{Level, ProfileSource, Range, Severity};
pub use outline::Status;
pub use profile::{builtin as builtin_profile, builtin_ids as builtin_profile_ids, Profile, ProfileError, DEFAULT_PROFILE};
pub use report::{
    csv::summary_csv, BudgetItem, BudgetReport, IndicatorMatch, Money, OutlineEntry, PastItem, ProfileText, Report, SourceAmount, Summary,
    SummaryRow, TargetEntry, YearSource,
};
pub use rules::{RuleInfo, RULES};
pub use session::Session;

use crate::vn::Bytewise;
use document::Document;
use report::build::Reading;

/// What to check.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A draft as text (pasted, or a plain-text file already decoded).
    Text(&'a str),
    /// A file's bytes: .docx, .odt or text in any encoding, told by the content.
    #[cfg(feature = "files")]
    File(&'a [u8]),
    /// A plan collected by a portal's own form (see `ingest::plan_json`): section texts by
    /// section ID, projects as rows.
    #[cfg(feature = "files")]
    PlanJson(&'a str),
}

/// Which template to check against.
#[derive(Debug, Clone)]
pub enum ProfileChoice {
    /// A built-in profile by ID (`khung-2024`).
    Builtin(String),
    /// A province's or ministry's own profile (the format of `data/profiles/*.json`).
    Custom(Box<Profile>),
}

impl From<&str> for ProfileChoice {
    /// A built-in profile by ID.
    fn from(id: &str) -> ProfileChoice {
        ProfileChoice::Builtin(id.owned())
    }
}

/// How to check. Absent values are detected from the draft (level, plan year) or defaulted.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The template; the default built-in one when absent.
    pub profile: Option<ProfileChoice>,
    pub level: Option<Level>,
    pub plan_year: Option<u16>,
    /// Shown in the report (the CLI passes the path).
    pub file: Option<String>,
}

/// Check a draft. Never panics: an input that cannot be read, or an unknown profile, gives a
/// report with one `input.unreadable` or `input.too-large` finding that says what to do.
pub fn check(input: Input, options: &Options) -> Report {
    check_with(input, options, None)
}

/// [`check`], with the document of a text input (when no legacy encoding converted it)
/// assembled from `scanned`, its lines as [`Session`] keeps them (and no legacy encoding looked
/// for when the session knows the text has none: [`session::text_is_unicode`]; what the test
/// finds is told to it).
fn check_with(input: Input, options: &Options, scanned: Option<&[document::ScannedLine]>) -> Report {
    let refused = |profile: Option<&Profile>, f: Finding| {
        report::build::without_analysis(profile, options.level, options.plan_year, options.file.clone(), vec![f])
    };
    // every input becomes text (with, for a document, where each line came from); a plan from a
    // portal's form is written out with the template it names
    #[cfg_attr(not(feature = "files"), allow(unused_mut))]
    let mut chosen = None;
    #[cfg_attr(not(feature = "files"), allow(unused_mut))]
    let mut replaced = 0;
    let (text, format, places, mut legacy, shown_text) = match input {
        Input::Text(text) if text.len() > MAX_TEXT_BYTES => {
            return refused(None, not_inlined::rare(|| rules::input::too_large_text(text.len())))
        }
        // borrowed, not copied: a copy of the input would stay alive through the whole check
        Input::Text(text) => (std::borrow::Cow::Borrowed(text), Format::Text, Vec::new(), Vec::new(), false),
        #[cfg(feature = "files")]
        Input::File(bytes) => match read_file(bytes) {
            Ok(i) => {
                replaced = i.replaced;
                let shown = i.format != Format::Text || !i.legacy.is_empty() || i.replaced > 0;
                (i.text.into(), i.format, i.places, i.legacy, shown)
            }
            Err(e) => return refused(None, rules::input::unreadable(e)),
        },
        #[cfg(feature = "files")]
        Input::PlanJson(json) => {
            let (profile, source) = match choose_profile(options, None) {
                Ok(c) => c,
                Err(id) => return refused(None, rules::input::unknown_profile(id)),
            };
            chosen = Some((profile, source));
            match plan_to_text(json, profile) {
                Ok(text) => (text.into(), Format::Text, Vec::new(), Vec::new(), true),
                Err((message, message_en)) => {
                    return refused(Some(profile), rules::input::unreadable(ingest::Unreadable { too_large: false, message, message_en }))
                }
            }
        }
    };
    if text.len() > MAX_TEXT_BYTES {
        return refused(None, not_inlined::rare(|| rules::input::too_large_text(text.len())));
    }
    // (a text shorter than the limit cannot have more breaks than it: most are not counted)
    if text.len() > MAX_LINE_BREAKS
        && memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).take(MAX_LINE_BREAKS + 1).count() > MAX_LINE_BREAKS
    {
        return refused(None, not_inlined::rare(rules::input::too_many_lines));
    }
    // text typed in TCVN3 or VNI (`Kª ho¹ch`): convert, check the converted text, and say so
    let (converted, in_text) = if document::SESSION_MEMORY && scanned.is_some() && session::text_is_unicode() {
        (std::borrow::Cow::Borrowed(&*text), Vec::new())
    } else {
        let (converted, in_text) = ingest::legacy::convert_text(&text);
        if document::SESSION_MEMORY && scanned.is_some() {
            session::found_unicode(in_text.is_empty());
        }
        (converted, in_text)
    };
    for e in in_text {
        if !legacy.contains(&e) {
            legacy.push(e);
        }
    }
    let doc = match (scanned, &input, &converted) {
        (Some(lines), Input::Text(_), std::borrow::Cow::Borrowed(_)) => Document::from_scanned(&converted, lines),
        _ => Document::from_text(&converted),
    };
    // the year the title says, read once: it picks the template when none is named, and is the
    // plan year when the options give none
    let title_year = header::detect_plan_year(&doc);
    let (profile, profile_source) = match chosen.map_or_else(|| choose_profile(options, title_year), Ok) {
        Ok(c) => c,
        Err(id) => return refused(None, not_inlined::rare(|| rules::input::unknown_profile(id))),
    };
    let reading = Reading {
        format,
        text: (shown_text || !legacy.is_empty()).then(|| converted.to_string()),
        places,
        file: options.file.clone(),
        plan_year_source: YearSource::Option,
        profile_source,
        checked_text: &converted,
    };
    let mut report = analyse(&doc, profile, options, title_year, reading, &legacy);
    if replaced > 0 {
        report.findings.push(rules::input::replaced_bytes(replaced));
        report.finish();
    }
    report
}

// The file and plan readers kept out of `check_with` (not inlined, here nor by wasm-opt:
// scripts/build-wasm.sh's `--no-inline=*::not_inlined::*`): V8 compiles a wasm function
// on its first call, all of it, so a text's first check compiled them too (full module: 304 →
// 251 KB of code compiled on the first check of the bench corpus).
mod not_inlined {
    /// `f()` in a function of its own (one per call site): the analysis's parts stay apart from
    /// `analyse` instead of making it one function of 30 KB, which V8 compiles on the main
    /// thread at the first check, more slowly per byte than smaller ones (scripts/build-wasm.sh).
    #[inline(never)]
    pub fn apart<T>(f: impl FnOnce() -> T) -> T {
        f()
    }

    /// `f()` out of line and cold: a finding few checks report (too large, a legacy encoding,
    /// no template for the plan's year), so its message building (two `format!`s each) is
    /// compiled only when one is, not with `check_with` at every page's first check.
    #[cold]
    #[inline(never)]
    pub fn rare<T>(f: impl FnOnce() -> T) -> T {
        f()
    }

    #[cfg(feature = "files")]
    #[inline(never)]
    pub fn read_file(bytes: &[u8]) -> Result<crate::ingest::Ingested, crate::ingest::Unreadable> {
        crate::ingest::read(bytes)
    }

    #[cfg(feature = "files")]
    #[inline(never)]
    pub fn plan_to_text(json: &str, profile: &crate::Profile) -> Result<String, (String, String)> {
        crate::ingest::plan_json::to_text(json, profile)
    }
}
#[cfg(feature = "files")]
use not_inlined::{plan_to_text, read_file};

/// The pipeline on text: document → header → outline → contents → tables → budget and targets
/// → rules → report.
fn analyse(
    doc: &Document,
    profile: &profile::Profile,
    options: &Options,
    title_year: Option<u16>,
    mut reading: Reading<'_>,
    legacy: &[ingest::legacy::Encoding],
) -> Report {
    let (plan_year, plan_year_source) = match options.plan_year {
        Some(y) => (y, YearSource::Option),
        None => match title_year {
            Some(y) => (y, YearSource::Title),
            None => (profile.plan_year, YearSource::Profile),
        },
    };
    reading.plan_year_source = plan_year_source;
    let level = options.level.or_else(|| header::detect_level(doc));
    let outline = not_inlined::apart(|| outline::recognise(doc, profile));
    let contents = not_inlined::apart(|| outline::content::analyse(doc, profile, &outline));
    let tables = not_inlined::apart(|| table::tables(doc, 0, doc.lines.len()));
    let budget = not_inlined::apart(|| budget::read(doc, profile, &outline, &contents, &tables));
    let targets = not_inlined::apart(|| targets::read(doc, profile, &outline, &contents, &tables, level, plan_year));
    // (the rules and the report read what budget and targets took from the tables; an editing
    // session keeps their rows for its next check)
    table::give_back(tables);
    let body = outline.headings.first().map_or(doc.lines.len(), |h| h.line);
    let plan_period =
        header::detect_plan_period(doc, body).filter(|&(a, b)| a <= plan_year && plan_year <= b).unwrap_or((plan_year, plan_year));
    let ctx = rules::Context {
        doc,
        profile,
        outline: &outline,
        contents: &contents,
        budget: &budget,
        targets: &targets,
        plan_period,
        plan_year,
        level,
    };
    let mut findings = Vec::new();
    not_inlined::apart(|| rules::run(&ctx, &mut findings));
    if !legacy.is_empty() {
        findings.push(not_inlined::rare(|| rules::input::legacy_encoding(legacy)));
    }
    if reading.profile_source == ProfileSource::Latest {
        findings.push(not_inlined::rare(|| rules::document_template_year::finding(plan_year, &profile.id)));
    }
    not_inlined::apart(|| report::build::build(&ctx, reading, findings))
}

/// The report of an input the host could not even hand over (a file that does not exist or cannot
/// be opened): one `input.unreadable` (or `input.too-large`) finding with the reason, so a batch
/// still has a row for it.
pub fn unreadable_report(reason: Unreadable, options: &Options) -> Report {
    let profile = choose_profile(options, None).ok().map(|c| c.0);
    report::build::without_analysis(profile, options.level, options.plan_year, options.file.clone(), vec![rules::input::unreadable(reason)])
}

/// The profile the options name, or the ID of a built-in profile that does not exist. With none
/// named, the built-in template of the plan's year (from the options, else the title).
fn choose_profile(options: &Options, title_year: Option<u16>) -> Result<(&Profile, ProfileSource), &str> {
    let (id, source) = match &options.profile {
        Some(ProfileChoice::Custom(p)) => return Ok((p, ProfileSource::Option)),
        Some(ProfileChoice::Builtin(id)) => (id.as_str(), ProfileSource::Option),
        None => profile::for_year(options.plan_year.or(title_year)),
    };
    profile::builtin(id).map(|p| (p, source)).ok_or(id)
}

/// Is `id` a built-in profile? Front ends (CLI, JS options) refuse unknown IDs with this message.
pub fn unknown_profile_message(id: &str) -> Option<String> {
    profile::builtin(id).is_none().then(|| {
        fill!(
            "Không có khung «{}» / unknown profile \"{}\"; có / available: {}",
            id,
            id,
            crate::message::join(&profile::builtin_ids(), ", ")
        )
    })
}

/// The crate version, for `dxcheck --version` and `version()` in JS.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The inner modules, for this crate's own tests, benchmarks, fuzz targets and examples only:
/// not part of the API, and free to change.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals {
    pub mod budget {
        pub use crate::budget::*;
    }
    pub mod document {
        pub use crate::document::*;
    }
    pub mod indicators {
        pub use crate::indicators::*;
    }
    pub mod ingest {
        pub use crate::ingest::*;
    }
    pub mod label {
        pub use crate::label::*;
    }
    pub mod money {
        pub use crate::money::*;
    }
    pub mod outline {
        pub use crate::outline::*;
    }
    pub mod profile {
        pub use crate::profile::*;
    }
    pub mod quantity {
        pub use crate::quantity::*;
    }
    pub mod table {
        pub use crate::table::*;
    }
    pub mod targets {
        pub use crate::targets::*;
    }
}
