//! Round 4 of the unseen drafts: styles the earlier rounds do not have (a ministry's 2026 plan
//! with `PHẦN THỨ NHẤT` headings, lettered sub-items and targets as ranges, floors, exceptions and
//! a multiple of last year; a PDF copy with `Trang 2/5` footers between targets and the project
//! table flattened one cell a line; an Excel paste with the unit in a row of the sheet and amounts
//! in tỷ and triệu đồng with decimals; a 2026 plan of a merged province with its projects in an
//! appendix under group rows `I`/`II`; run-in headings `1.1. Ngày Chuyển đổi số: …` with the
//! targets as one paragraph; a plan numbered in decimals throughout, `1.`, `1.2.1.1.`). Each clean draft must get no error and no warning; each `-loi` copy
//! has 2–3 planted defects that must be found on their lines, in their sections, and nothing
//! else. What the checker still gets wrong is in `fixtures/unseen4/PENDING.md`: there, `missed`
//! lists the findings a correct checker gives that it does not give today (`extra` the reverse),
//! and the test asserts today's result while precision and recall count them.

mod common;
use common::{check, fixture, Draft, Pending};

const DRAFTS: &[Draft] = &[
    // `PHẦN THỨ NHẤT`, `a) Ngày Chuyển đổi số` with `- Kết quả đạt được:` lines, `từ 85% đến
    // 90%`, `không dưới 92%`, `(trừ hồ sơ mật và …)`, `tăng gấp đôi so với năm 2025`
    Draft {
        name: "bo-xay-dung-2026.txt",
        expected: &["1:1 Info document.template-year [-]", "20:1 Info section.results-unlabelled [P1.II.1.1]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-xay-dung-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "74:78 Warning target.below-national [P2.II]",
            "83:75 Warning target.deadline-outside-plan-year [P2.II]",
            "111:39 Error budget.words-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // PDF copy: lines cut near 86 characters, `Trang 2/5` footers (one between two targets), a
    // heading wrapped over two lines, the project table flattened one cell a line (not read)
    Draft {
        name: "binh-dinh-ban-pdf-2025.txt",
        expected: &["1:1 Info document.template-year [-]", "91:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "binh-dinh-ban-pdf-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "80:45 Error budget.spent-exceeds-approved [P1.II.11]",
            "91:1 Info target.national-coverage [P2.II]",
            "93:3 Error target.out-of-range [P2.II]",
            "136:57 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // Excel paste: `Đơn vị tính: triệu đồng` in a row of the sheet above the header, trailing
    // tabs, `8.234,5`; the total in tỷ (`48,65 tỷ đồng`), its parts in triệu and tỷ; last year's
    // table in tỷ under `(Đơn vị tính: tỷ đồng)`
    Draft { name: "ben-tre-excel-2024.txt", expected: &["78:1 Info target.national-coverage [P2.II]"], missed: &[], extra: &[] },
    Draft {
        name: "ben-tre-excel-2024-loi.txt",
        expected: &[
            "78:1 Info target.national-coverage [P2.II]",
            "114:26 Error budget.total-mismatch [P2.V]",
            "114:41 Error budget.words-mismatch [P2.V]",
            "126:1 Warning budget.project-field-missing [P2.VII]",
            "129:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // 2026, a province merged on 1/7/2025 (`xã, phường, đặc khu`, targets `cấp tỉnh`/`cấp xã`),
    // last year's results in `Phụ lục I`, the projects in `Phụ lục II` under group rows
    Draft { name: "an-giang-phu-luc-2026.txt", expected: &["1:1 Info document.template-year [-]"], missed: &[], extra: &[] },
    Draft {
        name: "an-giang-phu-luc-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "83:3 Warning target.below-national [P2.II]",
            "108:53 Warning appendix.missing [P2.III.10]",
            "114:26 Error budget.total-mismatch [P2.V]",
            "154:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // run-in headings (`1.1. Ngày Chuyển đổi số: Tỉnh tổ chức …`, then `Tồn tại, hạn chế: …`),
    // `PHẦN THỨ NHẤT: …` on one line, the targets as two paragraphs of clauses, a `|` table
    Draft {
        name: "thai-nguyen-tieu-de-lien-2024.txt",
        expected: &["19:1 Info section.results-unlabelled [P1.II.1.1]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thai-nguyen-tieu-de-lien-2024-loi.txt",
        expected: &[
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "53:530 Warning target.unquantified [P2.II]",
            "60:1 Error section.missing [P2.III.4]",
            "69:84 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // numbered in decimals throughout: `1. ĐÁNH GIÁ KẾT QUẢ …` for Part I, `1.2.1.1. Ngày
    // Chuyển đổi số`, `2.2. Mục tiêu`; Word bullets `•`; a budget in tỷ đồng with `204,5`
    Draft { name: "quang-ninh-so-thap-phan-2025.txt", expected: &["1:1 Info document.template-year [-]"], missed: &[], extra: &[] },
    Draft {
        name: "quang-ninh-so-thap-phan-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:39 Warning section.year-mismatch [P1.II]",
            "67:69 Warning target.below-national [P2.II]",
            "101:70 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
];

/// Read as pasted text.
fn report(name: &str) -> dxcheck::Report {
    check(&fixture(&format!("unseen4/{name}")))
}

unseen_round! {
    precision_recall: round_4_precision_recall,
    round: "round 4",
    drafts: DRAFTS,
    report: report,
    pending: Pending::Nothing,
}

/// `tăng gấp đôi so với năm 2025` is a figure (a multiple of last year), not a target without one.
#[test]
fn a_multiple_of_last_year_is_a_figure() {
    let report = check(&fixture("unseen4/bo-xay-dung-2026.txt"));
    assert!(!report.findings.iter().any(|f| f.rule == "target.unquantified"));
}
