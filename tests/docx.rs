//! Word drafts and legacy encodings: the same plan as .txt, .docx (typed numbers, Word's
//! automatic numbering, a merged table header), .VnTime runs and a TCVN3 text file gives the
//! same findings; hostile files end in one clear finding.

mod common;

use common::{findings, fixture, fixture_path};
use dxcheck::Options;

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn file(name: &str) -> dxcheck::Report {
    dxcheck::check(dxcheck::Input::File(&bytes(name)), &Options::default())
}

#[test]
fn the_same_plan_as_text_and_as_word_gives_the_same_findings() {
    let txt = file("tinh-day-du.txt");
    for docx in ["docx/ke-hoach-tinh.docx", "docx/ke-hoach-tinh-danh-so-tu-dong.docx"] {
        let report = file(docx);
        assert_eq!(report.format, dxcheck::Format::Docx);
        assert_eq!(findings(&report), findings(&txt), "{docx}");
        assert_eq!(report.outline, txt.outline, "{docx}");
        let targets =
            |r: &dxcheck::Report| r.targets.iter().map(|t| (t.text.clone(), t.figures.clone(), t.indicators.clone())).collect::<Vec<_>>();
        assert_eq!(targets(&report), targets(&txt), "{docx}");
        let money = |r: &dxcheck::Report| {
            r.budget.as_ref().map(|b| {
                (
                    b.declared_total.clone(),
                    b.by_source.clone(),
                    b.items.iter().map(|i| i.amount.as_ref().map(|a| a.dong)).collect::<Vec<_>>(),
                )
            })
        };
        assert_eq!(money(&report), money(&txt), "{docx}");
    }
    // with typed numbers and a one-row header, the document is the text line for line
    assert_eq!(file("docx/ke-hoach-tinh-danh-so-tu-dong.docx").budget, txt.budget);
    let (txt, docx) = (file("lech-tong.txt"), file("docx/lech-tong.docx"));
    assert_eq!(findings(&docx), ["102:24 Error budget.total-mismatch [P2.V]"]);
    assert_eq!(findings(&docx), findings(&txt));
    assert_eq!(docx.findings[0].place.as_deref(), Some("đoạn 102"));
}

#[test]
fn word_automatic_numbering_is_rendered_as_word_shows_it() {
    let report = file("docx/ke-hoach-tinh-danh-so-tu-dong.docx");
    let text = report.text.expect("a document's text is in the report");
    let lines: Vec<&str> = text.lines().collect();
    // the labels are not in the runs: they come from numbering.xml
    assert_eq!(lines[13], "I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2023");
    assert_eq!(lines[18], "1.1. Ngày Chuyển đổi số");
    assert_eq!(lines[19].split(':').next(), Some("a) Kết quả đạt được"));
    assert_eq!(lines[58], "11. Kinh phí thực hiện");
    assert_eq!(lines[64], "I. CĂN CỨ LẬP KẾ HOẠCH", "Part II's list starts again at I.");
    // the document reads back as the text it was made from (a Word table pads short rows)
    let trimmed: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\t')).collect();
    assert_eq!(trimmed, fixture("tinh-day-du.txt").lines().collect::<Vec<_>>());
}

#[test]
fn a_word_table_with_a_merged_header_is_read_as_the_project_list() {
    let report = file("docx/ke-hoach-tinh.docx");
    let b = report.budget.unwrap();
    assert_eq!(b.items.len(), 3);
    assert_eq!(b.items_total.unwrap().text, "52.300 triệu đồng");
    let text = report.text.unwrap();
    assert!(
        text.contains("\nSTT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu, quy mô, nội dung\t\t\tThời gian"),
        "{text}"
    );
}

#[test]
fn legacy_encodings_are_converted_and_reported() {
    for name in ["docx/ke-hoach-vntime.docx", "tcvn3.txt"] {
        let report = file(name);
        assert_eq!(findings(&report), ["1:1 Info input.legacy-encoding [-]"], "{name}");
        assert!(report.findings[0].message.contains("TCVN3"));
        // in Word the `.VnTimeH` font says capitals; a text file has lost the font, but a line
        // with no small ASCII letter and capitals beside Vietnamese letters was typed in it
        let title = "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024";
        assert!(report.text.as_deref().unwrap().contains(title), "{name}");
    }
    // pasted TCVN3 text, through the text API
    let pasted = String::from_utf8(
        bytes("tcvn3.txt").iter().map(|&b| dxcheck::internals::ingest::legacy::cp1252(b)).collect::<String>().into_bytes(),
    )
    .unwrap();
    let report = dxcheck::check(dxcheck::Input::Text(&pasted), &Options::default());
    assert_eq!(findings(&report), ["1:1 Info input.legacy-encoding [-]"]);
}

#[test]
fn nfd_and_crlf_text_is_checked_like_the_original() {
    let report = file("nfd-crlf.txt");
    assert_eq!(findings(&report), findings(&file("tinh-day-du.txt")));
    assert_eq!(report.text, None, "a Unicode text is checked as passed");
}

#[test]
fn hostile_files_end_in_one_clear_finding() {
    let cases = [
        ("docx/bom-nen.docx", "1:1 Error input.too-large [-]", "tệp nén độc hại"),
        ("docx/cat-cut.docx", "1:1 Error input.unreadable [-]", "lưu lại dưới dạng .docx"),
        ("docx/rac.docx", "1:1 Error input.unreadable [-]", "Hãy lưu lại tệp dưới dạng .docx"),
        ("docx/pdf-doi-ten.docx", "1:1 Error input.unreadable [-]", "Không đọc được tệp PDF"),
        ("docx/mat-khau.docx", "1:1 Error input.unreadable [-]", "có mật khẩu"),
    ];
    for (name, finding, hint) in cases {
        let started = std::time::Instant::now();
        let report = file(name);
        assert_eq!(findings(&report), [finding], "{name}");
        assert!(report.findings[0].message.contains(hint), "{name}: {}", report.findings[0].message);
        assert!(report.unreadable());
        // refused before inflating 300 MB: well under a second even in a debug build
        assert!(started.elapsed().as_secs() < 5, "{name} took {:?}", started.elapsed());
    }
    assert_eq!(findings(&dxcheck::check(dxcheck::Input::File(b""), &Options::default())), ["1:1 Error document.not-a-plan [-]"]);
    let huge = vec![b'a'; dxcheck::MAX_FILE_BYTES + 1];
    assert_eq!(findings(&dxcheck::check(dxcheck::Input::File(&huge), &Options::default())), ["1:1 Error input.too-large [-]"]);
}

#[test]
fn every_truncation_of_a_docx_is_refused_cleanly() {
    let whole = bytes("docx/ke-hoach-tinh.docx");
    for cut in (0..whole.len()).step_by(997) {
        let report = dxcheck::check(dxcheck::Input::File(&whole[..cut]), &Options::default());
        assert!(report.findings.len() == 1, "cut at {cut}: {:?}", findings(&report));
    }
}

#[test]
fn a_finding_in_a_word_table_names_its_row_and_cell() {
    // the unit-less amount cell of the list in the section itself, as a Word table
    let text = fixture("chi-vuot.txt");
    let report = dxcheck::check(dxcheck::Input::Text(&text), &Options::default());
    assert_eq!(findings(&report), ["119:54 Error budget.spent-exceeds-approved [P1.II.11]"]);
    let docx = std::fs::read(fixture_path("docx/chi-vuot.docx")).unwrap();
    let report = dxcheck::check(dxcheck::Input::File(&docx), &Options::default());
    assert_eq!(findings(&report), ["119:54 Error budget.spent-exceeds-approved [P1.II.11]"]);
    assert_eq!(report.findings[0].place.as_deref(), Some("bảng 2, hàng 2, ô 4"));
}

/// Probe 25 (1a): text struck through in Word (`w:strike`, `w:dstrike`, a character style that
/// strikes) or LibreOffice (`style:text-line-through-style`) is the drafter's deletion left in
/// sight: an old figure before its new one in a target, V.'s total, a cost and the table's total,
/// a target struck whole, a project row struck whole. Read as text, each was a figure (three
/// errors, two warnings); dropped, the file reads as its text draft.
#[test]
fn struck_through_text_in_word_and_libreoffice_is_not_read() {
    let txt = file("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    for name in ["struck/quang-ngai-gach-xoa.docx", "struck/quang-ngai-gach-xoa.odt"] {
        let report = file(name);
        assert_eq!(findings(&report), findings(&txt), "{name}");
        let text = report.text.expect("a document's text is in the report");
        for old in ["91%", "84 86", "43.000", "15.000", "31/12/2028", "Cổng du lịch cũ"] {
            assert!(!text.contains(old), "{name}: {old}");
        }
        // (text a run says is not struck, `w:strike w:val="0"`, `none`, stays)
        assert!(text.contains("- Các chỉ tiêu khác năm 2027 như sau:"), "{name}");
        assert_eq!(report.budget.unwrap().items.len(), 4, "{name}");
    }
}
