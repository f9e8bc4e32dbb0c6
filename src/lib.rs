//! DXCheck: checks a draft *Kế hoạch chuyển đổi số năm N* against the official template.
//!
//! The core is pure: the host hands it the text (or, later, the bytes of a file) and gets a
//! [`Report`]. Nothing here does I/O or knows about the browser; `wasm.rs` binds it for
//! JavaScript and `main.rs` is the command line.

pub mod budget;
pub mod document;
pub mod header;
pub mod indicators;
pub mod ingest;
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
/// Most line breaks accepted (CR and LF each count; a 40-page plan has about 2 000 lines).
/// Each non-blank line costs ~120 bytes of document model, so 10 MB of one-letter lines would
/// take 650 MB; this bounds that at ~50 MB.
pub const MAX_LINE_BREAKS: usize = 400_000;

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
        Some(p) => check_with_profile(input, p, options),
        None => {
            let fallback = profile::builtin(profile::DEFAULT_PROFILE).cloned().unwrap_or_else(empty_profile);
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
    let breaks = memchr::memchr2_iter(b'\n', b'\r', input.as_bytes()).take(MAX_LINE_BREAKS + 1).count();
    if breaks > MAX_LINE_BREAKS && input.len() <= MAX_TEXT_BYTES {
        let mut report = empty_report(profile, options);
        report.findings.push(
            Finding::new(
                "input.too-large",
                Severity::Error,
                Document::default().start_span(),
                format!("Văn bản có quá nhiều dòng (hơn {MAX_LINE_BREAKS} dấu xuống dòng). Hãy kiểm tra từng phần, hoặc chỉ dán nội dung kế hoạch."),
                format!("The text has too many lines (more than {MAX_LINE_BREAKS} line breaks)."),
            )
            .suggestion("Một kế hoạch 40 trang chỉ khoảng 2.000 dòng: hãy chỉ dán nội dung kế hoạch."),
        );
        report.finish();
        return report;
    }
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
    // text typed in TCVN3 or VNI (`Kª ho¹ch`): convert, check the converted text, and say so
    let (converted, legacy) = ingest::legacy::convert_text(input);
    let doc = Document::from_text(&converted);
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
    let tables = table::tables(&doc, 0, doc.lines.len());
    let budget = budget::read(&doc, profile, &outline, &contents, &tables);
    let targets = targets::read(&doc, profile, &outline, &contents, &tables, level);
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
    if !legacy.is_empty() {
        findings.push(legacy_finding(&legacy));
    }
    let mut report = Report {
        format: ingest::Format::Text,
        text: (!legacy.is_empty()).then(|| converted.to_string()),
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
        format: ingest::Format::Text,
        text: None,
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
    Profile {
        id: String::new(),
        name: String::new(),
        name_en: String::new(),
        plan_year: 2024,
        sections: Vec::new(),
        vocab: Default::default(),
        word_index: Vec::new(),
    }
}

/// The crate version, for `dxcheck --version` and `version()` in JS.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Check a file given as bytes: .docx, .odt or text (UTF-8, UTF-16, TCVN3, VNI), told by its
/// content. The report carries the extracted text (`text`) and, for each finding in a document,
/// where it is (`place`: paragraph or table row). A file that cannot be read gives a report
/// with one `input.unreadable` or `input.too-large` finding that says what to do.
pub fn check_file(bytes: &[u8], options: &Options) -> Report {
    check_file_by(bytes, options, |text| check(text, options))
}

/// [`check_file`] against a given (built-in or user-supplied) profile.
pub fn check_file_with_profile(bytes: &[u8], profile: &Profile, options: &Options) -> Report {
    check_file_by(bytes, options, |text| check_with_profile(text, profile, options))
}

fn check_file_by(bytes: &[u8], options: &Options, check_text: impl Fn(&str) -> Report) -> Report {
    let ingested = match ingest::read(bytes) {
        Ok(i) => i,
        Err(e) => return unreadable_report(e, options),
    };
    let mut report = check_text(&ingested.text);
    // `check` found the text already converted: only a file's own conversions count here
    report.findings.retain(|f| f.rule != "input.legacy-encoding");
    if !ingested.legacy.is_empty() {
        report.findings.push(legacy_finding(&ingested.legacy));
    }
    if ingested.replaced > 0 {
        let n = ingested.replaced;
        report.findings.push(
            Finding::new(
                rules::INPUT_REPLACED_BYTES.id,
                Severity::Info,
                Document::default().start_span(),
                format!("Tệp là văn bản UTF-8 nhưng có {n} byte không hợp lệ (có thể bị cắt hoặc lỗi khi sao chép); các byte này được thay bằng «�»."),
                format!("The file is UTF-8 text with {n} invalid byte(s) (cut or damaged in copying); they were replaced by \"�\"."),
            )
            .suggestion("Mở tệp, tìm ký tự «�» và gõ lại chữ bị hỏng, rồi lưu lại với bảng mã UTF-8."),
        );
    }
    report.format = ingested.format;
    // (only a document has places: a text of 10 MB of line breaks must not get a Vec of them)
    let lines: Vec<&str> = if ingested.places.is_empty() { Vec::new() } else { ingested.text.split('\n').collect() };
    for f in &mut report.findings {
        f.place = ingested.places.get(f.line.wrapping_sub(1)).map(|place| {
            if !place.starts_with("bảng") || f.column <= 1 {
                return place.clone();
            }
            // in a table row, the cell too: the tabs before the finding's column
            let line = lines.get(f.line.wrapping_sub(1)).copied().unwrap_or("");
            let cell = line.chars().take(f.column.saturating_sub(1)).filter(|&c| c == '\t').count() + 1;
            format!("{place}, ô {cell}")
        });
    }
    if ingested.format != ingest::Format::Text || !ingested.legacy.is_empty() || ingested.replaced > 0 {
        report.text = Some(ingested.text);
    }
    report.finish();
    report
}

/// Check a plan collected by a portal's form (JSON: section texts by section ID, projects as
/// rows; see [`ingest::plan_json`]). It is written out as text with the template's headings and
/// checked by the same rules; the report's `text` is that text. Malformed JSON gives one
/// `input.unreadable` finding naming the field.
pub fn check_plan(json: &str, options: &Options) -> Report {
    let id = options.profile.as_deref().unwrap_or(profile::DEFAULT_PROFILE);
    let Some(p) = profile::builtin(id) else { return check("", options) };
    check_plan_with_profile(json, p, options)
}

pub fn check_plan_with_profile(json: &str, profile: &Profile, options: &Options) -> Report {
    match ingest::plan_json::to_text(json, profile) {
        Ok(text) => {
            let mut report = check_with_profile(&text, profile, options);
            // a too-large report never carries the text
            if !report.unreadable() {
                report.text = Some(text);
            }
            report
        }
        Err((message, message_en)) => unreadable_report(ingest::Unreadable { too_large: false, message, message_en }, options),
    }
}

fn legacy_finding(encodings: &[ingest::legacy::Encoding]) -> Finding {
    let names = encodings.iter().map(|e| e.name()).collect::<Vec<_>>().join(", ");
    Finding::new(
        "input.legacy-encoding",
        Severity::Info,
        Document::default().start_span(),
        format!("Văn bản dùng bảng mã cũ {names} và đã được chuyển sang Unicode để kiểm tra."),
        format!("The text used the legacy {names} encoding and was converted to Unicode."),
    )
    .suggestion("Nên chuyển hẳn văn bản sang Unicode (phông Times New Roman) trước khi gửi: Unikey › Công cụ chuyển mã, hoặc dùng văn bản đã chuyển mà trang hiển thị.")
}

/// A report for an input that could not be read at all.
pub fn unreadable_report(e: ingest::Unreadable, options: &Options) -> Report {
    let profile = profile::builtin(options.profile.as_deref().unwrap_or(profile::DEFAULT_PROFILE)).cloned().unwrap_or_else(empty_profile);
    let mut report = empty_report(&profile, options);
    let rule = if e.too_large { rules::INPUT_TOO_LARGE.id } else { rules::INPUT_UNREADABLE.id };
    report.findings.push(Finding::new(rule, Severity::Error, Document::default().start_span(), e.message, e.message_en));
    report.finish();
    report
}
