//! Structure rules on realistic drafts: exact findings (rule, section, line) per fixture.

mod common;

use common::{check, findings, fixture};

#[test]
fn complete_provincial_plan_has_no_finding() {
    let report = check(&fixture("tinh-day-du.txt"));
    assert_eq!(findings(&report), Vec::<String>::new());
    assert!(report.outline.iter().all(|s| s.status == dxcheck::outline::Status::Present));
}

#[test]
fn missing_funding_section_is_reported_once_before_the_next_heading() {
    let report = check(&fixture("thieu-kinh-phi.txt"));
    assert_eq!(findings(&report), ["101:1 Error section.missing [P2.V]"]);
    let f = &report.findings[0];
    assert_eq!(f.message, "Thiếu mục bắt buộc «V. Kinh phí thực hiện» (P2.V).");
    assert_eq!(f.message_en, "Required section \"V. Funding\" (P2.V) is missing; add it before line 101.");
}

#[test]
fn seeds_do_not_crash_and_give_a_stable_report() {
    for name in ["seeds/khung-2024-phu-luc-iii.txt", "seeds/bao-cao-942-nam-2023.txt", "seeds/chi-tieu-quoc-gia.txt", "seeds/phu-luc-ii-nhiem-vu-bo.txt"] {
        let report = check(&fixture(name));
        insta::assert_snapshot!(name.replace(['/', '.'], "_"), findings(&report).join("\n"));
    }
}
