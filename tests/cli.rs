//! The `dxcheck` command line: formats, standard input, exit codes.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::fixture_path;

fn dxcheck(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_dxcheck")).args(args).output().expect("run dxcheck");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn path(name: &str) -> String {
    fixture_path(name).to_string_lossy().into_owned()
}

#[test]
fn complete_plan_exits_zero_with_a_vietnamese_summary() {
    let (code, out, _) = dxcheck(&[&path("tinh-day-du.txt")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("kế hoạch năm 2024 · khung-2024 · cấp tỉnh — 0 lỗi, 0 cảnh báo, 0 thông tin"), "{out}");
}

#[test]
fn an_error_finding_exits_one_and_is_printed_with_its_line() {
    let (code, out, _) = dxcheck(&[&path("thieu-kinh-phi.txt")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("101:1 lỗi section.missing [P2.V] Thiếu mục bắt buộc «V. Kinh phí thực hiện» (P2.V)."), "{out}");
    assert!(out.contains("→ Thêm mục «V. Kinh phí thực hiện» trước dòng 101."), "{out}");
}

#[test]
fn json_is_an_array_with_one_report_per_file_even_for_one() {
    let (code, out, _) = dxcheck(&["--format", "json", &path("tinh-day-du.txt")]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let reports = v.as_array().expect("an array");
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["profile"], "khung-2024");
    assert_eq!(reports[0]["plan_year"], 2024);
    assert_eq!(reports[0]["level"], "tinh");
    assert_eq!(reports[0]["summary"], serde_json::json!({"error": 0, "warning": 0, "info": 0}));

    let (code, out, _) = dxcheck(&["--format", "json", &path("tinh-day-du.txt"), &path("thieu-kinh-phi.txt")]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    let f = &v[1]["findings"][0];
    assert_eq!(f["rule"], "section.missing");
    assert_eq!(f["section"], "P2.V");
    assert_eq!(f["line"], 101);
    assert_eq!(f["expected"], serde_json::Value::Null);
}

#[test]
fn dash_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dxcheck"))
        .args(["--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(common::fixture("tinh-day-du.txt").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["file"], "-");
}

#[test]
fn options_override_detection() {
    let (_, out, _) = dxcheck(&["--format", "json", "--level", "bo", "--year", "2025", &path("tinh-day-du.txt")]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["level"], "bo");
    assert_eq!(v[0]["plan_year"], 2025);
    assert_eq!(v[0]["plan_year_source"], "option");
}

#[test]
fn wrong_arguments_and_unreadable_files_exit_two() {
    assert_eq!(dxcheck(&[]).0, 2);
    assert_eq!(dxcheck(&["--level", "xa", &path("tinh-day-du.txt")]).0, 2);
    assert_eq!(dxcheck(&["--format", "xml", &path("tinh-day-du.txt")]).0, 2);
    assert_eq!(dxcheck(&["--profile", "khung-1999", &path("tinh-day-du.txt")]).0, 2);
    assert_eq!(dxcheck(&["--bogus", &path("tinh-day-du.txt")]).0, 2);
    let (code, _, err) = dxcheck(&[&path("khong-co-tep-nay.txt")]);
    assert_eq!(code, 2);
    assert!(err.contains("không đọc được"), "{err}");
}

#[test]
fn a_binary_file_gets_an_unreadable_finding_and_exit_two() {
    let dir = std::env::temp_dir().join(format!("dxcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("ke-hoach.docx");
    std::fs::write(&pdf, b"%PDF-1.7\n\x00\x01\x02 binary").unwrap();
    let (code, out, _) = dxcheck(&["--format", "json", pdf.to_str().unwrap()]);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["findings"][0]["rule"], "input.unreadable");
    assert!(v[0]["findings"][0]["message"].as_str().unwrap().contains("Hãy lưu lại tệp dưới dạng .docx"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_province_profile_adds_its_own_required_section() {
    let (code, out, _) = dxcheck(&["--profile-file", &path("profiles/song-lam-2024.json"), &path("tinh-day-du.txt")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("· song-lam-2024 ·"), "{out}");
    assert!(out.contains("lỗi section.missing [P2.VIII] Thiếu mục bắt buộc «VIII. Chuyển đổi số cấp xã» (P2.VIII)."), "{out}");
}

#[test]
fn a_malformed_profile_is_refused_naming_the_field() {
    let (code, _, err) = dxcheck(&["--profile-file", &path("profiles/khung-hong.json"), &path("tinh-day-du.txt")]);
    assert_eq!(code, 2);
    assert!(err.contains("Tệp khung kế hoạch không hợp lệ") && err.contains("`title`"), "{err}");
}

#[test]
fn word_files_are_read_by_content_and_bad_ones_exit_two() {
    let (code, out, _) = dxcheck(&[&path("docx/ke-hoach-tinh.docx")]);
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = dxcheck(&["--format", "json", &path("docx/lech-tong.docx")]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["format"], "docx");
    assert_eq!(v[0]["findings"][0]["place"], "đoạn 102");
    let (code, out, _) = dxcheck(&[&path("docx/bom-nen.docx")]);
    assert_eq!(code, 2);
    assert!(out.contains("input.too-large"), "{out}");
}

#[test]
fn csv_for_reviewers_has_a_row_per_file() {
    let (code, out, _) = dxcheck(&["--format", "csv", &path("tinh-day-du.txt"), &path("thieu-kinh-phi.txt"), &path("docx/rac.docx")]);
    assert_eq!(code, 2, "an unreadable file makes the run exit 2");
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(lines[0], "\u{feff}Tệp / file,Cấp / level,Năm / plan_year,Đọc được / readable,Lỗi / errors,Cảnh báo / warnings,Thông tin / infos,Cấu trúc / section,Mục tiêu / target,Kinh phí / budget,Đầu vào / input,Mục thiếu / missing,Ghi chú / note");
    assert!(lines[1].ends_with("tinh-day-du.txt,tinh,2024,có / yes,0,0,0,0,0,0,0,,"), "{}", lines[1]);
    assert!(lines[2].ends_with("thieu-kinh-phi.txt,tinh,2024,có / yes,1,0,0,1,0,0,0,P2.V Kinh phí thực hiện,"), "{}", lines[2]);
    assert!(lines[3].contains("rac.docx,,2024,không / no,1,0,0,0,0,0,1,,\"Không đọc được tệp"), "{}", lines[3]);
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dxcheck-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_input_has_its_csv_row_with_the_reason_even_a_missing_one() {
    let missing = path("khong-co-tep-nay.txt");
    let (code, out, err) = dxcheck(&["--format", "csv", &missing, &path("tinh-day-du.txt")]);
    assert_eq!(code, 2);
    assert!(err.contains("không đọc được"), "{err}");
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[1].contains("khong-co-tep-nay.txt,,2024,không / no,1,0,0,0,0,0,1,,Không mở được tệp"), "{}", lines[1]);
    assert!(lines[1].ends_with("không có tệp này. Kiểm tra lại tên và đường dẫn tệp."), "{}", lines[1]);
    assert!(lines[2].ends_with("tinh-day-du.txt,tinh,2024,có / yes,0,0,0,0,0,0,0,,"), "{}", lines[2]);
    // and in JSON: one report per input, the missing one with one input.unreadable finding
    let (_, out, _) = dxcheck(&["--format", "json", &missing, &path("tinh-day-du.txt")]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["findings"][0]["rule"], "input.unreadable");
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
    let dir = scratch("csv");
    let plan = std::fs::read(fixture_path("tinh-day-du.txt")).unwrap();
    let names = ["=HYPERLINK(\"http:x\",\"y\").txt", "+cmd.txt", "-2+3.txt", "@SUM(A1).txt", "\tTab.txt", "\rCr.txt"];
    let paths: Vec<String> = names
        .iter()
        .map(|n| {
            let p = dir.join(n);
            std::fs::write(&p, &plan).unwrap();
            p.to_string_lossy().into_owned()
        })
        .collect();
    // the cell is the path as given: run from the directory so it starts with the name
    let out = Command::new(env!("CARGO_BIN_EXE_dxcheck")).current_dir(&dir).arg("--format").arg("csv").args(names).output().unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = out.split("\r\n").skip(1).filter(|r| !r.is_empty()).collect();
    assert_eq!(
        rows,
        [
            "\"'=HYPERLINK(\"\"http:x\"\",\"\"y\"\").txt\",tinh,2024,có / yes,0,0,0,0,0,0,0,,",
            "'+cmd.txt,tinh,2024,có / yes,0,0,0,0,0,0,0,,",
            "'-2+3.txt,tinh,2024,có / yes,0,0,0,0,0,0,0,,",
            "'@SUM(A1).txt,tinh,2024,có / yes,0,0,0,0,0,0,0,,",
            "'\tTab.txt,tinh,2024,có / yes,0,0,0,0,0,0,0,,",
            "\"'\rCr.txt\",tinh,2024,có / yes,0,0,0,0,0,0,0,,",
        ]
    );
    assert_eq!(paths.len(), 6);
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read_and_does_not_stop_the_batch() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("os");
    let name = std::ffi::OsStr::from_bytes(b"k\xe9-hoach.txt");
    std::fs::copy(fixture_path("tinh-day-du.txt"), dir.join(name)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dxcheck"))
        .arg("--format")
        .arg("csv")
        .arg(dir.join(name))
        .arg(fixture_path("thieu-kinh-phi.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("k\u{fffd}-hoach.txt,tinh,2024,có / yes,0,0,0,0,0,0,0,,"), "{out}");
    assert!(out.contains("thieu-kinh-phi.txt,tinh,2024,có / yes,1,"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Run with standard output closed by the reader before anything is written.
fn closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dxcheck")).args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_reader_that_stops_early_gets_a_quiet_exit() {
    for args in [&["--rules"][..], &["--profiles"], &["--help"], &["--version"]] {
        let (code, err) = closed_pipe(args);
        assert_eq!(code, Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    // reports larger than the pipe's buffer: the write fails mid-way, the exit code still tells
    let plan = path("tinh-day-du.txt");
    let many: Vec<&str> =
        std::iter::once("--format").chain(std::iter::once("json")).chain(std::iter::repeat_n(plan.as_str(), 40)).collect();
    let (code, err) = closed_pipe(&many);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    let (code, err) = closed_pipe(&[&path("thieu-kinh-phi.txt")]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn fifty_megabytes_on_standard_input_is_reported_as_fifty() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dxcheck"))
        .args(["--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1024 * 1024];
        for _ in 0..50 {
            stdin.write_all(&chunk).unwrap();
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["findings"][0]["rule"], "input.too-large");
    let message = v[0]["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("50,0 MB, giới hạn 40 MB"), "{message}");
    assert!(v[0]["text"].is_null());
}
