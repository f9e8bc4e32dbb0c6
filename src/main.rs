//! `dxcheck`: the command line for drafters and reviewers, on the same core as the page.
//!
//! dxcheck [--profile ID | --profile-file F] [--level tinh|bo] [--year N] [--format text|json] FILE...
//! `-` reads standard input. Exit 0: no error finding; 1: some file has one; 2: a file could not
//! be read or the arguments are wrong.

use std::ffi::OsString;
use std::io::{ErrorKind, Read, Write};
use std::process::ExitCode;

use dxcheck::{Input, Level, Options, Profile, ProfileChoice, Report, Unreadable};

const USAGE: &str = "Cách dùng / usage:
  dxcheck [--profile ID | --profile-file TỆP] [--level tinh|bo] [--year NĂM] [--format text|json|csv] TỆP...
  dxcheck --rules | --profiles | --version
TỆP '-' đọc từ đầu vào chuẩn (stdin).
Mã thoát / exit: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp hoặc sai tham số.";

#[derive(PartialEq)]
enum Format {
    Text,
    Json,
    /// One row per file for reviewers (the page's summary table).
    Csv,
}

struct Args {
    options: Options,
    profile_file: Option<OsString>,
    format: Format,
    /// As the OS gave them: a name that is not UTF-8 is still read (and shown lossily).
    files: Vec<OsString>,
}

/// A message on standard error that never panics (a closed stderr is not worth dying for).
fn warn(message: std::fmt::Arguments) {
    let _ = writeln!(std::io::stderr(), "dxcheck: {message}");
}

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().skip(1).collect();
    // buffered: a JSON report is written in many small pieces, each a system call otherwise
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let args = match parse_args(&argv, &mut out).and_then(|a| out.flush().map(|_| a).map_err(Stop::Io)) {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        // `dxcheck --rules | head -1`: the reader has what it wanted
        Err(Stop::Io(e)) if e.kind() == ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(Stop::Io(e)) => {
            warn(format_args!("{e}"));
            return ExitCode::from(2);
        }
        Err(Stop::Usage(e)) => {
            warn(format_args!("{e}\n\n{USAGE}"));
            return ExitCode::from(2);
        }
    };
    let mut args = args;
    if let Some(path) = &args.profile_file {
        match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|j| Profile::from_json(&j).map_err(|e| format!("{} / {}", e.message, e.message_en)))
        {
            Ok(p) => args.options.profile = Some(ProfileChoice::Custom(Box::new(p))),
            Err(e) => {
                warn(format_args!("{}: {e}", path.to_string_lossy()));
                return ExitCode::from(2);
            }
        }
    }
    let mut reports = Vec::new();
    for file in &args.files {
        let name = file.to_string_lossy().into_owned();
        let mut options = args.options.clone();
        options.file = Some(name.clone());
        let report = match read_input(file) {
            // a file that cannot be opened still gets its report (and its CSV row), with the reason
            Err(e) => {
                warn(format_args!("không đọc được / cannot read {name}: {}", e.message_en));
                dxcheck::unreadable_report(e, &options)
            }
            // .docx, .odt or text, told by the content, not the extension
            Ok(bytes) => dxcheck::check(Input::File(&bytes), &options),
        };
        reports.push(report);
    }
    let written = match args.format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &reports).map_err(std::io::Error::from).and_then(|_| writeln!(out)),
        Format::Text => reports.iter().try_for_each(|r| write_text(&mut out, r)),
        Format::Csv => write_csv(&mut out, &reports),
    }
    .and_then(|_| out.flush());
    match written {
        // the reader stopped early (`| head`): not an error of ours, the exit code still tells
        Err(e) if e.kind() == ErrorKind::BrokenPipe => {}
        Err(e) => {
            warn(format_args!("{e}"));
            return ExitCode::from(2);
        }
        Ok(()) => {}
    }
    if reports.iter().any(Report::unreadable) {
        ExitCode::from(2)
    } else if reports.iter().any(Report::has_errors) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A file's bytes (`-`: standard input), reading no more than the file limit; a larger input
/// is measured to the end so the message gives its real size.
fn read_input(file: &OsString) -> Result<Vec<u8>, Unreadable> {
    let limit = dxcheck::MAX_FILE_BYTES as u64;
    let opened: std::io::Result<Box<dyn Read>> =
        if file == "-" { Ok(Box::new(std::io::stdin().lock())) } else { std::fs::File::open(file).map(|f| Box::new(f) as Box<dyn Read>) };
    let cannot = |e: std::io::Error| {
        let vi = match e.kind() {
            ErrorKind::NotFound => "không có tệp này".to_string(),
            ErrorKind::PermissionDenied => "không có quyền đọc tệp".to_string(),
            _ if std::path::Path::new(file).is_dir() => "đây là một thư mục".to_string(),
            _ => e.to_string(),
        };
        Unreadable {
            too_large: false,
            message: format!("Không mở được tệp «{}»: {vi}. Kiểm tra lại tên và đường dẫn tệp.", file.to_string_lossy()),
            message_en: format!("Cannot open \"{}\": {e}.", file.to_string_lossy()),
        }
    };
    let mut reader = opened.map_err(cannot)?;
    let mut buf = Vec::new();
    (&mut reader).take(limit + 1).read_to_end(&mut buf).map_err(cannot)?;
    if buf.len() as u64 > limit {
        let rest = std::io::copy(&mut reader, &mut std::io::sink()).unwrap_or(0);
        return Err(dxcheck::file_too_large(buf.len() as u64 + rest));
    }
    Ok(buf)
}

/// Why parsing the arguments stopped: a usage error, or output that could not be written.
enum Stop {
    Usage(String),
    Io(std::io::Error),
}

impl From<String> for Stop {
    fn from(s: String) -> Stop {
        Stop::Usage(s)
    }
}

impl From<std::io::Error> for Stop {
    fn from(e: std::io::Error) -> Stop {
        Stop::Io(e)
    }
}

fn parse_args(argv: &[OsString], out: &mut impl Write) -> Result<Option<Args>, Stop> {
    let mut args = Args { options: Options::default(), profile_file: None, format: Format::Text, files: Vec::new() };
    let mut it = argv.iter();
    while let Some(arg) = it.next() {
        let mut value_os = |name: &str| it.next().cloned().ok_or_else(|| format!("thiếu giá trị cho {name} / {name} needs a value"));
        // option values are words and numbers: they must be UTF-8 (file names need not be)
        let text = |v: OsString| v.into_string().map_err(|v| format!("tham số không hợp lệ / invalid argument «{}»", v.to_string_lossy()));
        let mut value = |name: &str| value_os(name).and_then(text);
        let Some(a) = arg.to_str() else {
            args.files.push(arg.clone());
            continue;
        };
        match a {
            "-h" | "--help" => {
                writeln!(out, "dxcheck {} — kiểm tra dự thảo Kế hoạch chuyển đổi số\n\n{USAGE}", dxcheck::version())?;
                return Ok(None);
            }
            "-V" | "--version" => {
                writeln!(out, "dxcheck {}", dxcheck::version())?;
                return Ok(None);
            }
            "--rules" => {
                for r in dxcheck::RULES {
                    writeln!(out, "{:<32} {:<8} {} / {}", r.id, r.severity.label_vi(), r.summary, r.summary_en)?;
                }
                return Ok(None);
            }
            "--profiles" => {
                for id in dxcheck::builtin_profile_ids() {
                    if let Some(p) = dxcheck::builtin_profile(id) {
                        writeln!(out, "{id:<12} {}", p.name)?;
                    }
                }
                return Ok(None);
            }
            "--profile" => {
                let id = value("--profile")?;
                if let Some(message) = dxcheck::unknown_profile_message(&id) {
                    return Err(Stop::Usage(message));
                }
                args.options.profile = Some(ProfileChoice::Builtin(id));
            }
            "--profile-file" => args.profile_file = Some(value_os("--profile-file")?),
            "--level" => {
                let v = value("--level")?;
                args.options.level =
                    Some(Level::parse(&v).ok_or_else(|| format!("--level phải là tinh hoặc bo / must be tinh or bo, không phải «{v}»"))?);
            }
            "--year" => {
                let v = value("--year")?;
                let y: u16 = v
                    .parse()
                    .ok()
                    .filter(|y| (2000..=2100).contains(y))
                    .ok_or_else(|| format!("--year: năm không hợp lệ / invalid year «{v}»"))?;
                args.options.plan_year = Some(y);
            }
            "--format" => {
                args.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => {
                        return Err(Stop::Usage(format!(
                            "--format phải là text, json hoặc csv / must be text, json or csv, không phải «{other}»"
                        )))
                    }
                }
            }
            s if s.starts_with("--") => return Err(Stop::Usage(format!("tham số không rõ / unknown option {s}"))),
            _ => args.files.push(arg.clone()),
        }
    }
    if args.files.is_empty() {
        return Err(Stop::Usage("chưa có tệp nào / no file given".into()));
    }
    Ok(Some(args))
}

/// One row per file (every input has its row, a missing one too): the reviewers' summary table,
/// the same CSV as the page's (`src/report/csv.rs`).
fn write_csv(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    let rows: Vec<_> = reports.iter().map(|r| r.row.clone()).collect();
    out.write_all(dxcheck::summary_csv(&rows, ',').as_bytes())
}

fn write_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let level = match r.level {
        Some(Level::Tinh) => "cấp tỉnh",
        Some(Level::Bo) => "cấp bộ",
        None => "chưa rõ cấp",
    };
    writeln!(
        out,
        "{}: kế hoạch năm {} · {} · {} — {} lỗi, {} cảnh báo, {} thông tin",
        r.file.as_deref().unwrap_or("-"),
        r.plan_year,
        r.profile,
        level,
        r.summary.error,
        r.summary.warning,
        r.summary.info
    )?;
    for f in &r.findings {
        let section = f.section.as_deref().map(|s| format!(" [{s}]")).unwrap_or_default();
        writeln!(out, "  {}:{} {} {}{} {}", f.line, f.column, f.severity.label_vi(), f.rule, section, f.message)?;
        if let Some(s) = &f.suggestion {
            writeln!(out, "      → {s}")?;
        }
    }
    Ok(())
}
