//! Round 7 of the unseen drafts: styles the earlier rounds do not have (text copied out of a
//! signed PDF with each page's number at its top, a running footer `Kế hoạch số 298/KH-UBND
//! ngày …` beside `Trang 3/4` and a page break inside the task table; a ministry's 2026 plan
//! whose parts are lettered `A.`/`B.`/`C.`; targets given in a table with the unit in its own
//! column and last year's value beside the plan's; money in `tr.đ`, `trđ`, `triệu`, `Tr.đồng`
//! with cells grouped by spaces (`13 500`) and a decimal comma; a plan typed in VNI; a copy from
//! a law-library site with its properties table, the header flattened with `|` and `-------`, and
//! footnotes after the signature). `fixtures/unseen7/make.py` writes each clean draft and its
//! `-loi` copy (the planted defects are its replacements). Each clean draft must get no error and
//! no warning; each `-loi` copy's defects must be found on their lines, in their sections, and
//! nothing else. What the checker still gets wrong is in `fixtures/unseen7/PENDING.md`
//! (`missed`/`extra` below, as in `tests/unseen4.rs`).

mod common;
use common::{check, findings, fixture, Draft, Pending};

const DRAFTS: &[Draft] = &[
    // a PDF copy: the running footer beside `Trang 2/4` inside the targets (its date read as a
    // deadline before) and inside the task table (rows 3–5 and the total lost before)
    Draft {
        name: "thanh-hoa-ban-pdf-dau-trang-2025.txt",
        expected: &["1:1 Info document.template-year [-]", "95:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thanh-hoa-ban-pdf-dau-trang-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "86:61 Error budget.spent-exceeds-approved [P1.II.11]",
            "95:1 Info target.national-coverage [P2.II]",
            "96:71 Warning target.below-national [P2.II]",
            "141:23 Error budget.total-mismatch [P2.V]",
            "156:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a ministry's 2026 plan in parts `A.`, `B.`, `C. KIẾN NGHỊ, ĐỀ XUẤT`
    Draft {
        name: "bo-nong-nghiep-moi-truong-phan-abc-2026.txt",
        expected: &["1:1 Info document.template-year [-]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-nong-nghiep-moi-truong-phan-abc-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "68:85 Error target.out-of-range [P2.II]",
            "74:82 Warning target.deadline-outside-plan-year [P2.II]",
            "100:64 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // targets in a table: `Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025`
    Draft {
        name: "thai-binh-bang-chi-tieu-2025.txt",
        expected: &["1:1 Info document.template-year [-]", "62:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thai-binh-bang-chi-tieu-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "62:1 Info target.national-coverage [P2.II]",
            "65:72 Warning target.below-national [P2.II]",
            "71:39 Error target.out-of-range [P2.II]",
            "99:23 Error budget.total-mismatch [P2.V]",
            "108:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // `tr.đ`, `trđ`, `triệu`, `Tr.đồng`; cells `13 500`, `8 300` (read as 13 and 8 before: two
    // false budget.total-mismatch errors)
    Draft { name: "kien-giang-tr-dong-2024.txt", expected: &["62:1 Info target.national-coverage [P2.II]"], missed: &[], extra: &[] },
    Draft {
        name: "kien-giang-tr-dong-2024-loi.txt",
        expected: &[
            "56:68 Error budget.spent-exceeds-approved [P1.II.11]",
            "62:1 Info target.national-coverage [P2.II]",
            "94:24 Error budget.total-mismatch [P2.V]",
            "94:52 Error budget.source-sum-mismatch [P2.V]",
            "104:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // VNI bytes (read as TCVN3 before: a false document.not-a-plan error, nothing else checked)
    Draft {
        name: "son-la-vni-2024.txt",
        expected: &["1:1 Info input.legacy-encoding [-]", "62:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "son-la-vni-2024-loi.txt",
        expected: &[
            "1:1 Info input.legacy-encoding [-]",
            "62:1 Info target.national-coverage [P2.II]",
            "63:71 Warning target.below-national [P2.II]",
            "69:52 Warning target.deadline-outside-plan-year [P2.II]",
            "99:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a law-library copy: properties table, header flattened with `|` and `-------`, footnotes
    // (with a percentage and a past deadline) after the signature
    Draft {
        name: "phu-tho-ban-thu-vien-luat-2025.txt",
        expected: &["1:1 Info document.template-year [-]", "70:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "phu-tho-ban-thu-vien-luat-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "48:1 Warning section.empty [P1.II.5.b]",
            "70:1 Info target.national-coverage [P2.II]",
            "73:84 Warning target.below-national [P2.II]",
            "103:23 Error budget.total-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
];

// Read as a file (bytes): the VNI draft is not UTF-8.
unseen_round! {
    precision_recall: round_7_precision_recall,
    round: "round 7",
    drafts: DRAFTS,
    files: "unseen7",
    pending: Pending::Nothing,
}

/// The text drafts read as files and as pasted text give the same findings.
#[test]
fn pasted_and_dropped_text_agree() {
    for d in DRAFTS.iter().filter(|d| !d.name.contains("vni")) {
        assert_eq!(findings(&check(&fixture(&format!("unseen7/{}", d.name)))), findings(&report(d.name)), "{}", d.name);
    }
}

/// The PDF copy's page furniture is left out: no target holds the running footer, and the task
/// table runs on over the page break (five tasks, the total row).
#[test]
fn a_pdf_copys_running_footer_and_page_numbers_are_left_out() {
    let report = check(&fixture("unseen7/thanh-hoa-ban-pdf-dau-trang-2025.txt"));
    assert!(report.targets.iter().all(|t| !t.text.contains("298/KH-UBND")));
    let budget = report.budget.expect("a budget");
    assert_eq!(budget.items.len(), 5);
    assert_eq!(budget.items.iter().filter_map(|i| i.amount.as_ref().map(|a| a.dong)).sum::<f64>(), 94_500e6);
}

/// Cells grouped by spaces are whole amounts; the VNI draft reads as Vietnamese (`kỹ năng`).
#[test]
fn spaced_cells_and_vni_letters_are_read() {
    let budget = report("kien-giang-tr-dong-2024.txt").budget.expect("a budget");
    let amounts: Vec<f64> = budget.items.iter().filter_map(|i| i.amount.as_ref().map(|a| a.dong / 1e6)).collect();
    assert_eq!(amounts, [13_500.0, 8_300.0, 12_500.0, 10_249.5, 1_250.5]);
    let report = report("son-la-vni-2024.txt");
    assert!(report.targets.iter().any(|t| t.text.contains("bồi dưỡng kỹ năng số cơ bản")));
}

/// Round 6's pending items, on round 6's drafts: a fraction of two digits is a figure; last
/// year's funds allocated in two amounts each naming its source are read as their sum; a plan
/// beyond the national table is told which column its targets were compared with.
#[test]
fn round_6_pending_items() {
    let ca_mau = fixture("unseen6/ca-mau-tieu-de-thuong-2024.txt");
    let quiet = findings(&check(&ca_mau));
    let fraction = ca_mau.replace("- 4/5 số xã ven biển có sóng 4G ổn định;", "- 27/32 xã ven biển có sóng 4G ổn định;");
    assert_ne!(fraction, ca_mau);
    assert_eq!(findings(&check(&fraction)), quiet);
    let said = "Năm 2023, tỉnh bố trí 31.500 triệu đồng; đã giải ngân 29.800 triệu đồng.";
    let two =
        "Năm 2023, tỉnh bố trí ngân sách tỉnh 24.000 triệu đồng và ngân sách trung ương 7.500 triệu đồng; đã giải ngân 29.800 triệu đồng.";
    let two_amounts = ca_mau.replace(said, two);
    assert_ne!(two_amounts, ca_mau);
    assert_eq!(findings(&check(&two_amounts)), quiet);
    let overspent = findings(&check(&two_amounts.replace("giải ngân 29.800", "giải ngân 32.100")));
    assert_eq!(overspent.len(), quiet.len() + 1);
    assert!(overspent.contains(&"57:111 Error budget.spent-exceeds-approved [P1.II.11]".to_string()), "{overspent:?}");
    let report = check(&fixture("unseen6/an-giang-nam-2027.txt"));
    let coverage = report.findings.iter().find(|f| f.rule == "target.national-coverage").expect("coverage");
    assert!(coverage.message.ends_with("Các mục tiêu được so với cột năm 2025, năm cuối của bảng chỉ tiêu quốc gia."));
}
