//! LibreOffice drafts (.odt) numbered automatically: the headings `I.`, `1.`, `1.1.` by the
//! outline style, the tasks and the `a)`/`b)` items by list styles (none of them in the text
//! runs), with hidden text LibreOffice does not show (`tests/fixtures/odt/make.py`). Each reads
//! as the text plan it was made from, and gets its findings.

mod common;

use common::{check, findings, fixture, fixture_path};
use dxcheck::Options;

fn file(name: &str) -> dxcheck::Report {
    let bytes = std::fs::read(fixture_path(&format!("odt/{name}"))).unwrap_or_else(|e| panic!("{name}: {e}"));
    dxcheck::check(dxcheck::Input::File(&bytes), &Options::default())
}

#[test]
fn libreoffice_automatic_numbering_is_read_as_libreoffice_shows_it() {
    let report = file("ke-hoach-tinh-danh-so-tu-dong.odt");
    assert_eq!(report.format, dxcheck::Format::Odt);
    let text = report.text.expect("a document's text is in the report");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[13], "I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2023");
    assert_eq!(lines[17], "1. Nhận thức số");
    assert_eq!(lines[18], "1.1. Ngày Chuyển đổi số");
    assert_eq!(lines[19].split(':').next(), Some("a) Kết quả đạt được"));
    assert_eq!(lines[20].split(':').next(), Some("b) Tồn tại, hạn chế"));
    assert_eq!(lines[58], "11. Kinh phí thực hiện");
    assert_eq!(lines[64], "I. CĂN CỨ LẬP KẾ HOẠCH", "Part II's headings start again at I.");
    assert_eq!(lines[86], "6. Nhân lực số", "the second list of tasks continues the first");
    // hidden text is not read: the old total, the draft note, the draft figure
    assert!(!text.contains("99.000") && !text.contains("61.000") && !text.contains("120%"), "{text}");
    // the document reads back as the text it was made from, line for line
    assert_eq!(lines, fixture("tinh-day-du.txt").lines().collect::<Vec<_>>());
}

#[test]
fn the_same_plan_as_text_and_as_libreoffice_gives_the_same_findings() {
    for (odt, txt, expected) in [
        ("ke-hoach-tinh-danh-so-tu-dong.odt", "tinh-day-du.txt", &[][..]),
        ("lech-tong-danh-so-tu-dong.odt", "lech-tong.txt", &["102:24 Error budget.total-mismatch [P2.V]"][..]),
    ] {
        let (report, text) = (file(odt), check(&fixture(txt)));
        assert_eq!(findings(&report), expected, "{odt}");
        assert_eq!(findings(&report), findings(&text), "{odt}");
        assert_eq!(report.outline, text.outline, "{odt}");
        assert_eq!(report.budget, text.budget, "{odt}");
    }
    // the finding's place is LibreOffice's paragraph (empty paragraphs count)
    let report = file("lech-tong-danh-so-tu-dong.odt");
    assert_eq!(report.findings[0].place.as_deref(), Some("đoạn 102"));
}
