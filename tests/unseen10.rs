//! Round 10 of the unseen drafts: styles the earlier rounds do not have (a web copy whose
//! footnotes became bracketed endnotes after the signature, Part I's themes titled `Về …`; a
//! scanned copy run through OCR, its Roman numerals misread `Il.`, `lII.`, `Vl.`, `V .`; a
//! ministry's targets as an appendix table with last year's, the plan year's and next year's
//! columns; money in `tỷ đồng` with decimals; a LibreOffice file whose targets and tasks are
//! tables; a Word file whose part headings are text boxes). `fixtures/unseen10/make.py` writes
//! each clean draft and its `-loi` copy (the planted defects are its replacements). Each clean
//! draft must get no error and no warning; each `-loi` copy's defects must be found on their
//! lines, in their sections, and nothing else. What the checker still gets wrong is in
//! `fixtures/unseen10/PENDING.md` (`missed`/`extra` below).

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // footnotes as bracketed endnotes after the signature; Part I's themes titled `Về …`
    Draft {
        name: "tuyen-quang-chu-thich-ngoac-vuong-2025.txt",
        expected: &["1:1 Info document.template-year [-]", "94:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "tuyen-quang-chu-thich-ngoac-vuong-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "85:73 Error budget.spent-exceeds-approved [P1.II.11]",
            "94:1 Info target.national-coverage [P2.II]",
            "96:71 Warning target.below-national [P2.II]",
            "97:71 Warning target.deadline-outside-plan-year [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    // a scan's OCR: `Il.`, `lII.`, `Vl.`, `VIl.`, `IV .`, a stray `|` before a heading
    Draft { name: "dak-nong-ban-quet-ocr-2024.txt", expected: &["65:1 Info target.national-coverage [P2.II]"], missed: &[], extra: &[] },
    Draft {
        name: "dak-nong-ban-quet-ocr-2024-loi.txt",
        expected: &[
            "65:1 Info target.national-coverage [P2.II]",
            "66:71 Warning target.below-national [P2.II]",
            "93:1 Error section.empty [P2.IV]",
            "95:67 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // a ministry: targets in `Phụ lục I` with three years' columns, tasks in `Phụ lục II`, `|` cells
    Draft {
        name: "bo-y-te-phu-luc-bang-chi-tieu-2024.txt",
        expected: &["64:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-y-te-phu-luc-bang-chi-tieu-2024-loi.txt",
        expected: &[
            "64:1 Info target.national-coverage [P2.II]",
            "91:23 Error budget.total-mismatch [P2.V]",
            "108:80 Warning target.below-national [P2.II]",
            "122:1 Warning budget.source-missing [P2.VII]",
            "123:28 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // money in `tỷ đồng` with decimals
    Draft {
        name: "ha-giang-ty-dong-thap-phan-2025.txt",
        expected: &["1:1 Info document.template-year [-]", "65:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ha-giang-ty-dong-thap-phan-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "58:68 Error budget.spent-exceeds-approved [P1.II.11]",
            "65:1 Info target.national-coverage [P2.II]",
            "95:24 Error budget.total-mismatch [P2.V]",
            "95:39 Error budget.words-mismatch [P2.V]",
            "106:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // LibreOffice: targets and tasks as tables (a spanned header, a spanned total row)
    Draft {
        name: "binh-thuan-odt-bang-chi-tieu-2025.odt",
        expected: &["1:1 Info document.template-year [-]", "60:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "binh-thuan-odt-bang-chi-tieu-2025-loi.odt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "55:73 Error budget.spent-exceeds-approved [P1.II.11]",
            "60:1 Info target.national-coverage [P2.II]",
            "65:85 Warning target.below-national [P2.II]",
            "101:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: the part headings and the title in text boxes (with their VML fallback)
    Draft { name: "thai-nguyen-hop-van-ban-2024.docx", expected: &["68:1 Info target.national-coverage [P2.II]"], missed: &[], extra: &[] },
    Draft {
        name: "thai-nguyen-hop-van-ban-2024-loi.docx",
        expected: &[
            "60:73 Error budget.spent-exceeds-approved [P1.II.11]",
            "68:1 Info target.national-coverage [P2.II]",
            "69:71 Warning target.below-national [P2.II]",
            "99:23 Error budget.total-mismatch [P2.V]",
            "108:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_10_precision_recall,
    round: "round 10",
    drafts: DRAFTS,
    files: "unseen10",
    pasted: |name: &str| name.ends_with(".txt"),
    pending: Pending::Nothing,
}

/// The Word file's text boxes are read once, without the drawing's place (`<wp:align>center`,
/// `<wp:posOffset>0`); a target table's figures are taken from the plan year's column, not last
/// year's result nor next year's goal; the OCR's numerals are the sections they number.
#[test]
fn what_is_read_of_the_boxes_the_tables_and_the_scan() {
    let word = report("thai-nguyen-hop-van-ban-2024.docx");
    let text = word.text.clone().unwrap_or_default();
    assert_eq!(text.matches("PHẦN II").count(), 1);
    assert!(!text.contains("center") && !text.lines().any(|l| l.trim() == "0"), "{text}");
    let ministry = report("bo-y-te-phu-luc-bang-chi-tieu-2024.txt");
    let toan_trinh = ministry.targets.iter().find(|t| t.line == 108).expect("the appendix's row 2");
    assert!(
        matches!(toan_trinh.figures[..], [dxcheck::internals::quantity::Quantity::Percent { value: 65.0, .. }]),
        "{:?}",
        toan_trinh.figures
    );
    let scan = report("dak-nong-ban-quet-ocr-2024.txt");
    let at = |id: &str| scan.outline.iter().find(|s| s.id == id).and_then(|s| s.line);
    assert_eq!([at("P1.II.3"), at("P2.III"), at("P2.VI"), at("P2.VII")], [Some(33), Some(72), Some(97), Some(99)]);
}
