//! Round 11 of the unseen drafts: styles the earlier rounds do not have (a plan published inside
//! the chairman's decision, `Điều 1.`–`Điều 3.` before it; Markdown whose parts and sections are
//! bold ALL-CAPS lines without a number; a 2026 plan whose targets are ranges and bounds; money
//! in `tỷ đồng` and `triệu đồng` in one table, its grand total at the top, `Cộng` rows closing
//! each source's group; a Word file whose headings are numbered by a list style
//! (`w:numStyleLink`); a ministry's targets and tasks as `Biểu số 01`/`Biểu số 02` after the
//! signature). `fixtures/unseen11/make.py` writes each clean draft and its `-loi` copy (the
//! planted defects are its replacements). Each clean draft must get no error and no warning;
//! each `-loi` copy's defects must be found on their lines, in their sections, and nothing else.
//! What the checker still gets wrong is in `fixtures/unseen11/PENDING.md` (`missed`/`extra`).

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // the plan attached to a decision; V.'s province part split by spending type in brackets
    Draft {
        name: "hoa-binh-quyet-dinh-kem-theo-2025.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "44:1 Info section.results-unlabelled [P1.II.1.1]",
            "93:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "hoa-binh-quyet-dinh-kem-theo-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "44:1 Info section.results-unlabelled [P1.II.1.1]",
            "93:1 Info target.national-coverage [P2.II]",
            "94:71 Warning target.below-national [P2.II]",
            "124:67 Error budget.source-sum-mismatch [P2.V]",
            "131:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Markdown: bold ALL-CAPS headings without numbers, numbered bold themes, a Markdown table
    Draft {
        name: "bac-ninh-markdown-in-dam-2025.md",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "71:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bac-ninh-markdown-in-dam-2025-loi.md",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "61:95 Error budget.spent-exceeds-approved [P1.II.11]",
            "71:1 Info target.national-coverage [P2.II]",
            "77:38 Warning target.below-national [P2.II]",
            "121:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a 2026 plan: targets as ranges and bounds
    Draft {
        name: "khanh-hoa-khoang-chi-tieu-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "66:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "khanh-hoa-khoang-chi-tieu-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "66:1 Info target.national-coverage [P2.II]",
            "67:74 Warning target.below-national [P2.II]",
            "68:13 Error target.out-of-range [P2.II]",
            "73:95 Warning target.deadline-outside-plan-year [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    // tỷ and triệu in one table, the grand total first, `Cộng` rows per source
    Draft {
        name: "long-an-trieu-ty-tong-tren-dau-2025.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "66:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "long-an-trieu-ty-tong-tren-dau-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "58:88 Error budget.spent-exceeds-approved [P1.II.11]",
            "66:1 Info target.national-coverage [P2.II]",
            "96:62 Error budget.source-sum-mismatch [P2.V]",
            "104:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: headings numbered by a list style (`w:numStyleLink` → `w:styleLink`)
    Draft {
        name: "nam-dinh-word-kieu-danh-sach-2025.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "63:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "nam-dinh-word-kieu-danh-sach-2025-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "57:93 Error budget.spent-exceeds-approved [P1.II.11]",
            "63:1 Info target.national-coverage [P2.II]",
            "64:71 Warning target.below-national [P2.II]",
            "93:23 Error budget.total-mismatch [P2.V]",
            "102:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a ministry: targets in `Biểu số 02`, tasks in `Biểu số 01`, after the signature
    Draft {
        name: "bo-cong-thuong-bieu-so-2025.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "65:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-cong-thuong-bieu-so-2025-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "65:1 Info target.national-coverage [P2.II]",
            "92:23 Error budget.total-mismatch [P2.V]",
            "111:1 Warning budget.source-missing [P2.VII]",
            "112:18 Error budget.total-mismatch [P2.VII]",
            "120:82 Warning target.below-national [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_11_precision_recall,
    round: "round 11",
    drafts: DRAFTS,
    files: "unseen11",
    pasted: |name: &str| !name.ends_with(".docx"),
    pending: Pending::Listed,
}
