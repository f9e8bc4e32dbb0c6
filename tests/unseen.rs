//! Drafts written by an outside tester in styles the other fixtures do not have (a ministry's
//! phrasing, a city with Markdown tables, a Word paste without numbering, a 2025 plan, a budget
//! split over three sources in a table with an amount in words, a long Part II with numbered
//! tasks). Each clean draft must get no error and no warning; each `-loi` copy has 2–3 planted
//! defects that must be found on their lines, in their sections, and nothing else.

mod common;
use common::{check, findings, fixture};

fn assert_findings(name: &str, expected: &[&str]) {
    let report = check(&fixture(&format!("unseen/{name}")));
    assert_eq!(findings(&report), expected, "{name}");
}

#[test]
fn ministry_plan() {
    assert_findings("bo-van-hoa-2024.txt", &["71:1 Info target.national-coverage [P2.II]"]);
    assert_findings(
        "bo-van-hoa-2024-loi.txt",
        &[
            "45:1 Error section.missing [P1.II.6]",
            "68:1 Info target.national-coverage [P2.II]",
            "73:4 Warning target.below-national [P2.II]",
            "102:35 Error budget.total-mismatch [P2.V]",
        ],
    );
}

#[test]
fn city_plan_with_markdown_tables() {
    assert_findings("hai-phong-markdown-2024.txt", &["68:1 Info target.national-coverage [P2.II]"]);
    assert_findings(
        "hai-phong-markdown-2024-loi.txt",
        &[
            "68:1 Info target.national-coverage [P2.II]",
            "75:95 Warning target.below-national [P2.II]",
            "109:68 Error budget.source-sum-mismatch [P2.V]",
        ],
    );
}

#[test]
fn word_paste_without_numbering() {
    assert_findings("quang-tri-word-2024.txt", &["60:1 Info target.national-coverage [P2.II]"]);
    assert_findings(
        "quang-tri-word-2024-loi.txt",
        &["60:1 Info target.national-coverage [P2.II]", "64:1 Warning target.unquantified [P2.II]", "87:1 Error section.missing [P2.IV]"],
    );
}

#[test]
fn plan_for_2025() {
    let clean = [
        "1:1 Info document.template-year [-]",
        "19:1 Info section.results-unlabelled [P1.II.1.1]",
        "70:1 Info target.national-coverage [P2.II]",
    ];
    assert_findings("phu-yen-2025.txt", &clean);
    // the amount without its unit is reported once, not again as a sum of sources that differs
    assert_findings(
        "phu-yen-2025-loi.txt",
        &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "70:1 Info target.national-coverage [P2.II]",
            "71:81 Warning target.below-national [P2.II]",
            "104:106 Warning budget.unit-missing [P2.V]",
        ],
    );
}

#[test]
fn three_sources_in_a_table_with_words() {
    // the table's row numbers (STT) are not amounts; its total is what the words spell
    assert_findings("ninh-thuan-ba-nguon-2024.txt", &["69:1 Info target.national-coverage [P2.II]"]);
    assert_findings(
        "ninh-thuan-ba-nguon-2024-loi.txt",
        &[
            "69:1 Info target.national-coverage [P2.II]",
            "104:24 Error budget.source-sum-mismatch [P2.V]",
            "108:2 Error budget.words-mismatch [P2.V]",
        ],
    );
}

#[test]
fn long_part_two_with_numbered_tasks() {
    // `nguồn vốn chương trình mục tiêu quốc gia` is a source the reader does not name: the
    // named parts plus it make the total, so the split is not reported
    assert_findings("yen-bai-phan-ii-dai-2024.txt", &["71:1 Info target.national-coverage [P2.II]"]);
    assert_findings(
        "yen-bai-phan-ii-dai-2024-loi.txt",
        &[
            "71:1 Info target.national-coverage [P2.II]",
            "80:6 Warning target.unquantified [P2.II]",
            "99:1 Error section.missing [P2.III.5]",
        ],
    );
}
