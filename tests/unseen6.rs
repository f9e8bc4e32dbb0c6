//! Round 6 of the unseen drafts: styles the earlier rounds do not have (a ministry's 2025 plan
//! with its own indicators, floors `tối thiểu`/`không dưới`/`trên`, a fraction `3/4 số đơn vị`
//! and last year's funds in one sentence split by `trong đó`; a copy from a web page with the
//! portal's breadcrumb, non-breaking spaces, soft hyphens, zero-width spaces, `•`/`–` bullets and
//! smart quotes; a 2027 plan, beyond the national table, whose Part I cites a 2026-2030
//! resolution; a budget in `đồng` with every digit beside `tỷ đồng` with decimals; headings
//! typed in lowercase with stray spaces and dashes, `I .`, `II-`, `III -`, `phần ii:`; appendix
//! tables put inline, `Phụ lục I` inside Part I; a LibreOffice .odt with comments, a footnote,
//! a tracked deletion and a text box). `fixtures/unseen6/make.py` writes each clean
//! draft and its `-loi` copy (the planted defects are its replacements). Each clean draft must
//! get no error and no warning; each `-loi` copy's defects must be found on their lines, in their
//! sections, and nothing else. What the checker still gets wrong is in
//! `fixtures/unseen6/PENDING.md` (`missed`/`extra` below, as in `tests/unseen4.rs`).

mod common;
use common::{check, file_report, fixture, Draft, Pending};

const DRAFTS: &[Draft] = &[
    // a ministry: `tối thiểu 85%`, `không dưới 92%`, `trên 95% (trừ hồ sơ mật)`, `ít nhất 3/4
    // số đơn vị trực thuộc` (a false target.unquantified before), the total in words
    Draft { name: "bo-noi-vu-2025.txt", expected: &["1:1 Info document.template-year [-]"], missed: &[], extra: &[] },
    Draft {
        name: "bo-noi-vu-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "59:167 Error budget.spent-exceeds-approved [P1.II.11]",
            "67:78 Warning target.below-national [P2.II]",
            "101:44 Error budget.words-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // a web page's copy: breadcrumb and view count above the header, `\u{a0}` between figures
    // and units, `\u{ad}` and `\u{200b}` inside words, `•`/`–` bullets, `“…”`, `…`
    Draft {
        name: "vinh-phuc-ban-web-2025.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "64:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "vinh-phuc-ban-web-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "64:1 Info target.national-coverage [P2.II]",
            "67:84 Error target.out-of-range [P2.II]",
            "73:3 Warning target.unquantified [P2.II]",
            "99:74 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // 2027: no district level, targets compared with the last national column; Part I cites a
    // resolution `giai đoạn 2026-2030` (read as the plan's period before: a past deadline hidden)
    Draft {
        name: "an-giang-nam-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "64:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "an-giang-nam-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "64:1 Info target.national-coverage [P2.II]",
            "75:53 Warning target.deadline-outside-plan-year [P2.II]",
            "100:23 Error budget.total-mismatch [P2.V]",
            "112:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // `58.700.000.000 đồng` with its parts `43,2 tỷ đồng` and `15.500.000.000 đồng`, the task
    // list in `Kinh phí (đồng)`, last year's table in tỷ under `(Đơn vị tính: tỷ đồng)`
    Draft { name: "hung-yen-dong-ty-le-2024.txt", expected: &["66:1 Info target.national-coverage [P2.II]"], missed: &[], extra: &[] },
    Draft {
        name: "hung-yen-dong-ty-le-2024-loi.txt",
        expected: &[
            "60:57 Error budget.spent-exceeds-approved [P1.II.11]",
            "66:1 Info target.national-coverage [P2.II]",
            "101:26 Error budget.total-mismatch [P2.V]",
            "101:111 Error budget.source-sum-mismatch [P2.V]",
            "111:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // lowercase headings with stray spaces and dashes; `4/5 số xã ven biển` (a false
    // target.unquantified before)
    Draft { name: "ca-mau-tieu-de-thuong-2024.txt", expected: &["62:1 Info target.national-coverage [P2.II]"], missed: &[], extra: &[] },
    Draft {
        name: "ca-mau-tieu-de-thuong-2024-loi.txt",
        expected: &[
            "62:1 Info target.national-coverage [P2.II]",
            "69:3 Warning target.below-national [P2.II]",
            "79:1 Error section.missing [P2.III.4]",
        ],
        missed: &[],
        extra: &[],
    },
    // `Phụ lục I` with its table inline under `11. Kinh phí thực hiện`, then `Phần thứ hai`
    // (the whole of Part II was read as an appendix before: a false section.missing error)
    Draft { name: "lai-chau-phu-luc-xen-2024.txt", expected: &["71:1 Info target.national-coverage [P2.II]"], missed: &[], extra: &[] },
    Draft {
        name: "lai-chau-phu-luc-xen-2024-loi.txt",
        expected: &[
            "64:58 Error budget.spent-exceeds-approved [P1.II.11]",
            "71:1 Info target.national-coverage [P2.II]",
            "116:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // LibreOffice: a comment inside a target's paragraph, a footnote holding an old total, a
    // paragraph deleted with the change tracked, a `DỰ THẢO` text box in the issuer's line, the
    // targets as a list, a header spanning `Số tiền`/`Nguồn vốn` (2 false errors, and every
    // line one lower, before)
    Draft { name: "quang-nam-libreoffice-2024.odt", expected: &[], missed: &[], extra: &[] },
    Draft {
        name: "quang-nam-libreoffice-2024-loi.odt",
        expected: &[
            "56:55 Error budget.spent-exceeds-approved [P1.II.11]",
            "62:71 Warning target.below-national [P2.II]",
            "96:23 Error budget.total-mismatch [P2.V]",
            "106:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

/// The .odt as a file, the rest as pasted text.
fn report(name: &str) -> dxcheck::Report {
    if name.ends_with(".odt") {
        return file_report(&format!("unseen6/{name}"));
    }
    check(&fixture(&format!("unseen6/{name}")))
}

unseen_round! {
    precision_recall: round_6_precision_recall,
    round: "round 6",
    drafts: DRAFTS,
    report: report,
    pending: Pending::Nothing,
}

/// An appendix put inline in Part I does not end the body: Part II and its sections are read
/// after it, the appendix's table is last year's (its home is `11. Kinh phí thực hiện`), and the
/// task list in the appendix after `VII.` is the plan's.
#[test]
fn an_inline_appendix_does_not_end_the_body() {
    let report = check(&fixture("unseen6/lai-chau-phu-luc-xen-2024.txt"));
    let found: Vec<&str> = report.outline.iter().filter(|e| e.line.is_some()).map(|e| e.id.as_str()).collect();
    for id in ["P1.II.11", "P2", "P2.II", "P2.V", "P2.VII"] {
        assert!(found.contains(&id), "{id} not read: {found:?}");
    }
    let budget = report.budget.expect("a budget");
    assert_eq!(budget.past_items.len(), 3);
    assert_eq!(budget.items.len(), 4);
}

/// The web copy's figures are read through their non-breaking spaces, under the portal's
/// breadcrumb.
#[test]
fn what_the_copies_say_is_read() {
    let report = check(&fixture("unseen6/vinh-phuc-ban-web-2025.txt"));
    let budget = report.budget.expect("a budget");
    assert_eq!(budget.declared_total.map(|m| m.dong), Some(81_600e6));
    assert_eq!(budget.by_source.len(), 3);
    assert_eq!(report.plan_year, 2025);
}

/// What LibreOffice shows is what is read: no comment, footnote or deleted paragraph; the text
/// box once, before the issuer's line, which keeps its text.
#[test]
fn libreoffice_shows_what_is_read() {
    let text = report("quang-nam-libreoffice-2024.odt").text.unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[..3], ["DỰ THẢO", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM"]);
    assert!(!text.contains("120%") && !text.contains("48.500") && !text.contains("Đề nghị xem lại"));
    assert!(lines.contains(&"- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt 65%;"));
}
