//! Round 15 of the unseen drafts: what earlier rounds noticed but left alone, as drafters write
//! it: a table of contents kept in the draft (as text with dot leaders and page numbers; in Word,
//! entries in the styles `toc 1`/`toc 2` once the field is unlinked, with English and Vietnamese
//! Word's style IDs); deadlines by quarter (`Quý I/2026`, `quý IV năm 2026`), by month (`tháng
//! 6/2026`) and by a day and month without the year (`trước ngày 30/6`); `Biểu số 01` referred to
//! and attached, `Phụ lục 02` referred to and not; places typed without diacritics; a table whose
//! last column is left empty; a PDF copy with its footnotes run into the text; a task table with
//! its totals per source. `fixtures/unseen15/make.py` writes each clean draft and its `-loi` copy
//! (the planted defects are its replacements). Each clean draft must get no error and no warning;
//! each `-loi` copy's defects must be found on their lines, in their sections, and nothing else.
//! What the checker got wrong and how it was fixed is in `fixtures/unseen15/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // a table of contents as text (dot leaders, page numbers); targets bound to quarters
    Draft {
        name: "ha-tinh-muc-luc-quy-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "32:1 Info section.results-unlabelled [P1.II.1.1]",
            "82:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ha-tinh-muc-luc-quy-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "32:1 Info section.results-unlabelled [P1.II.1.1]",
            "82:1 Info target.national-coverage [P2.II]",
            "84:84 Warning target.below-national [P2.II]",
            "85:78 Warning target.deadline-outside-plan-year [P2.II]",
            "112:73 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: an unlinked table of contents (styles `toc 1`/`toc 2`), Biểu số 01 attached, a last column left empty
    Draft {
        name: "quang-tri-word-muc-luc-bieu-so-2026.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "70:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-tri-word-muc-luc-bieu-so-2026-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "61:169 Error budget.spent-exceeds-approved [P1.II.11]",
            "70:1 Info target.national-coverage [P2.II]",
            "99:55 Warning appendix.missing [P2.V]",
            "118:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // typed without diacritics in places (`Ke hoach`, `Bieu so 01`, `Tong kinh phi`), a day and month without the year
    Draft {
        name: "gia-lai-go-khong-dau-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "gia-lai-go-khong-dau-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:71 Warning target.below-national [P2.II]",
            "98:73 Error budget.source-sum-mismatch [P2.V]",
            "119:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a PDF copy: page numbers, footnote markers run into words, footnotes between the body's lines
    Draft {
        name: "dak-lak-pdf-chu-thich-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "72:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dak-lak-pdf-chu-thich-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "62:164 Error budget.spent-exceeds-approved [P1.II.11]",
            "72:1 Info target.national-coverage [P2.II]",
            "75:3 Warning target.unquantified [P2.II]",
            "104:23 Error budget.total-mismatch [P2.V]",
            "113:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Vietnamese Word: the table of contents in `Mclc1`/`Mclc2`; `trước ngày 30/6`, `tháng 6/2026`; totals per source
    Draft {
        name: "thanh-hoa-word-nguon-von-2026.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "70:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thanh-hoa-word-nguon-von-2026-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "70:1 Info target.national-coverage [P2.II]",
            "74:57 Warning target.deadline-outside-plan-year [P2.II]",
            "106:1 Warning budget.project-field-missing [P2.VII]",
            "111:31 Error budget.source-sum-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a merged ministry (Bộ Xây dựng): quarters in targets and the task table, the total in words
    Draft {
        name: "bo-xay-dung-quy-thang-2026.txt",
        expected: &["1:1 Info document.template-year [-]", "97:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-xay-dung-quy-thang-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "97:1 Info target.national-coverage [P2.II]",
            "100:72 Warning target.below-national [P2.II]",
            "101:65 Warning target.deadline-outside-plan-year [P2.II]",
            "128:42 Error budget.words-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_15_precision_recall,
    round: "round 15",
    drafts: DRAFTS,
    files: "unseen15",
    pending: Pending::Nothing,
}
