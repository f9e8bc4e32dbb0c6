//! DXCheck: checks a draft *Kế hoạch chuyển đổi số năm N* against the official template.
//!
//! The core is pure: the host hands it the text (or, later, the bytes of a file) and gets a
//! [`Report`]. Nothing here does I/O or knows about the browser; `wasm.rs` binds it for
//! JavaScript and `main.rs` is the command line.

pub mod budget;
pub mod document;
pub mod header;
pub mod indicators;
pub mod money;
pub mod outline;
pub mod profile;
pub mod quantity;
pub mod report;
pub mod rules;
pub mod table;
pub mod targets;
pub mod vn;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use document::Document;
use profile::Profile;
pub use report::{Finding, Level, Report, Severity};

/// Largest text accepted (bytes of UTF-8). A 40-page plan is about 100 KB.
pub const MAX_TEXT_BYTES: usize = 10 * 1024 * 1024;

/// How to check. Absent values are detected from the draft (level, plan year) or defaulted.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Built-in profile ID (`khung-2024` when absent).
    pub profile: Option<String>,
    pub level: Option<Level>,
    pub plan_year: Option<u16>,
    /// Shown in the report (the CLI passes the path).
    pub file: Option<String>,
}

/// Check a draft given as text with a built-in profile. An unknown profile ID gives a report
/// with one `input.unreadable`-style finding rather than a panic; callers that take user
/// options (the CLI, the JS API) reject unknown IDs before calling.
pub fn check(input: &str, options: &Options) -> Report {
    let id = options.profile.as_deref().unwrap_or(profile::DEFAULT_PROFILE);
    match profile::builtin(id) {
        Some(p) => check_with_profile(input, &p, options),
        None => {
            let fallback = profile::builtin(profile::DEFAULT_PROFILE).unwrap_or_else(empty_profile);
            let mut report = empty_report(&fallback, options);
            report.profile = id.to_string();
            report.findings.push(Finding::new(
                "input.unreadable",
                Severity::Error,
                Document::default().start_span(),
                format!("Không có khung kế hoạch «{id}». Các khung có sẵn: {}.", profile::builtin_ids().join(", ")),
                format!("There is no profile \"{id}\". Available: {}.", profile::builtin_ids().join(", ")),
            ));
            report.finish();
            report
        }
    }
}

/// Check a draft against a given (built-in or user-supplied) profile.
pub fn check_with_profile(input: &str, profile: &Profile, options: &Options) -> Report {
    if input.len() > MAX_TEXT_BYTES {
        let mut report = empty_report(profile, options);
        report.findings.push(
            Finding::new(
                "input.too-large",
                Severity::Error,
                Document::default().start_span(),
                format!(
                    "Văn bản quá lớn ({} MB; giới hạn {} MB). Hãy kiểm tra từng phần, hoặc bỏ các phụ lục ảnh, bảng số liệu thô.",
                    input.len() / (1024 * 1024),
                    MAX_TEXT_BYTES / (1024 * 1024)
                ),
                format!("The text is too large ({} MB; the limit is {} MB).", input.len() / (1024 * 1024), MAX_TEXT_BYTES / (1024 * 1024)),
            )
            .suggestion("Một kế hoạch 40 trang chỉ khoảng 100 KB văn bản: hãy chỉ dán nội dung kế hoạch."),
        );
        report.finish();
        return report;
    }
    let doc = Document::from_text(input);
    let (plan_year, plan_year_source) = match options.plan_year {
        Some(y) => (y, report::YearSource::Option),
        None => match header::detect_plan_year(&doc) {
            Some(y) => (y, report::YearSource::Title),
            None => (profile.plan_year, report::YearSource::Profile),
        },
    };
    let level = options.level.or_else(|| header::detect_level(&doc));
    let outline = outline::recognise(&doc, profile);
    let contents = outline::content::analyse(&doc, profile, &outline);
    let budget = budget::read(&doc, profile, &outline, &contents);
    let targets = targets::read(&doc, profile, &outline, &contents, level);
    let plan_period = header::detect_plan_period(&doc).filter(|&(a, b)| a <= plan_year && plan_year <= b).unwrap_or((plan_year, plan_year));
    let ctx = rules::Context {
        doc: &doc,
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
    rules::run(&ctx, &mut findings);
    let mut report = Report {
        file: options.file.clone(),
        profile: profile.id.clone(),
        level,
        plan_year,
        plan_year_source,
        summary: Default::default(),
        findings,
        outline: outline_entries(&ctx),
        targets: targets.to_report(&doc, plan_year),
        budget: budget.to_report(&doc),
    };
    report.finish();
    report
}

fn outline_entries(ctx: &rules::Context) -> Vec<report::OutlineEntry> {
    ctx.profile
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let first = ctx.outline.by_section[i].first().map(|&h| &ctx.outline.headings[h]);
            report::OutlineEntry {
                id: s.id.clone(),
                number: s.number.clone(),
                title: profile::with_year(&s.title, ctx.plan_year),
                title_en: profile::with_year(&s.title_en, ctx.plan_year),
                depth: s.depth,
                required: s.required,
                status: ctx.status(i),
                line: first.map(|h| ctx.doc.lines[h.line].number),
                heading: first.map(|h| ctx.doc.lines[h.line].text.clone()),
            }
        })
        .collect()
}

fn empty_report(profile: &Profile, options: &Options) -> Report {
    Report {
        file: options.file.clone(),
        profile: profile.id.clone(),
        level: options.level,
        plan_year: options.plan_year.unwrap_or(profile.plan_year),
        plan_year_source: if options.plan_year.is_some() { report::YearSource::Option } else { report::YearSource::Profile },
        summary: Default::default(),
        findings: Vec::new(),
        outline: Vec::new(),
        targets: Vec::new(),
        budget: None,
    }
}

fn empty_profile() -> Profile {
    Profile { id: String::new(), name: String::new(), name_en: String::new(), plan_year: 2024, sections: Vec::new() }
}

/// The crate version, for `dxcheck --version` and `version()` in JS.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Decode file bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
/// Anything else is refused with a message saying what to do.
pub fn decode_text(bytes: &[u8]) -> Result<String, (String, String)> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err((
            "Đây là tệp nén (.docx/.odt). Phiên bản này chỉ đọc văn bản: hãy mở tệp trong Word, chọn toàn bộ (Ctrl+A), sao chép và dán vào ô kiểm tra.".into(),
            "This is a zip file (.docx/.odt); this version reads text only: copy the text from Word and paste it.".into(),
        ));
    }
    if bytes.starts_with(b"%PDF") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err((
            "Tệp PDF hoặc Word cũ (.doc) không đọc được. Hãy lưu lại tệp dưới dạng .docx hoặc dán văn bản.".into(),
            "PDF and legacy .doc files cannot be read; save as .docx or paste the text.".into(),
        ));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) if !s.contains('\0') => Ok(s.to_string()),
        _ => Err((
            "Không đọc được tệp: không phải văn bản UTF-8. Hãy lưu tệp dưới dạng văn bản Unicode (UTF-8) hoặc .docx.".into(),
            "Unreadable file: not UTF-8 text. Save it as Unicode (UTF-8) text or .docx.".into(),
        )),
    }
}

fn decode_utf16(bytes: &[u8], conv: fn([u8; 2]) -> u16) -> Result<String, (String, String)> {
    let units = bytes.chunks_exact(2).map(|c| conv([c[0], c[1]]));
    char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| {
        ("Tệp UTF-16 bị hỏng.".to_string(), "Corrupt UTF-16 file.".to_string())
    })
}

/// A report for an input that could not be read at all.
pub fn unreadable_report(message: (String, String), options: &Options) -> Report {
    let profile = profile::builtin(options.profile.as_deref().unwrap_or(profile::DEFAULT_PROFILE))
        .unwrap_or_else(empty_profile);
    let mut report = empty_report(&profile, options);
    report.findings.push(Finding::new("input.unreadable", Severity::Error, Document::default().start_span(), message.0, message.1));
    report.finish();
    report
}
