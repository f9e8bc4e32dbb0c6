//! `dxcheck`: the command line for drafters and reviewers, on the same core as the page.
//!
//! dxcheck [--profile ID | --profile-file F] [--level tinh|bo] [--year N] [--format text|json] FILE...
//! `-` reads standard input. Exit 0: no error finding; 1: some file has one; 2: a file could not
//! be read or the arguments are wrong.

use std::io::{Read, Write};
use std::process::ExitCode;

use dxcheck::{Input, Level, Options, Profile, ProfileChoice, Report};

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
    profile_file: Option<String>,
    format: Format,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&argv) {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dxcheck: {e}\n\n{USAGE}");
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
                eprintln!("dxcheck: {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let mut reports = Vec::new();
    let mut unreadable = false;
    for file in &args.files {
        let mut options = args.options.clone();
        options.file = Some(file.clone());
        let bytes = if file == "-" {
            let mut buf = Vec::new();
            std::io::stdin().take(dxcheck::MAX_FILE_BYTES as u64 + 1).read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(file)
        };
        let report = match bytes {
            Err(e) => {
                eprintln!("dxcheck: không đọc được / cannot read {file}: {e}");
                unreadable = true;
                continue;
            }
            // .docx, .odt or text, told by the content, not the extension
            Ok(bytes) => dxcheck::check(Input::File(&bytes), &options),
        };
        unreadable |= report.unreadable();
        reports.push(report);
    }
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &reports).map_err(std::io::Error::from).and_then(|_| writeln!(out)),
        Format::Text => reports.iter().try_for_each(|r| write_text(&mut out, r)),
        Format::Csv => write_csv(&mut out, &reports),
    };
    if written.is_err() {
        return ExitCode::from(2);
    }
    if unreadable {
        ExitCode::from(2)
    } else if reports.iter().any(Report::has_errors) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn parse_args(argv: &[String]) -> Result<Option<Args>, String> {
    let mut args = Args { options: Options::default(), profile_file: None, format: Format::Text, files: Vec::new() };
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("thiếu giá trị cho {name} / {name} needs a value"));
        match a.as_str() {
            "-h" | "--help" => {
                println!("dxcheck {} — kiểm tra dự thảo Kế hoạch chuyển đổi số\n\n{USAGE}", dxcheck::version());
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("dxcheck {}", dxcheck::version());
                return Ok(None);
            }
            "--rules" => {
                for r in dxcheck::RULES {
                    println!("{:<32} {:<8} {} / {}", r.id, r.severity.label_vi(), r.summary, r.summary_en);
                }
                return Ok(None);
            }
            "--profiles" => {
                for id in dxcheck::builtin_profile_ids() {
                    if let Some(p) = dxcheck::builtin_profile(id) {
                        println!("{id:<12} {}", p.name);
                    }
                }
                return Ok(None);
            }
            "--profile" => {
                let id = value("--profile")?;
                if let Some(message) = dxcheck::unknown_profile_message(&id) {
                    return Err(message);
                }
                args.options.profile = Some(ProfileChoice::Builtin(id));
            }
            "--profile-file" => args.profile_file = Some(value("--profile-file")?),
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
                    other => return Err(format!("--format phải là text, json hoặc csv / must be text, json or csv, không phải «{other}»")),
                }
            }
            s if s.starts_with("--") => return Err(format!("tham số không rõ / unknown option {s}")),
            _ => args.files.push(a.clone()),
        }
    }
    if args.files.is_empty() {
        return Err("chưa có tệp nào / no file given".into());
    }
    Ok(Some(args))
}

/// One row per file: the reviewers' summary table, the same CSV as the page's.
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
