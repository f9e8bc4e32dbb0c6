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
