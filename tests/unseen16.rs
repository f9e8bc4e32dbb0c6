//! Round 16 of the unseen drafts: layouts earlier rounds did not cover, as drafters write them:
//! LibreOffice's table of contents turned to text (its entries paragraphs in the styles
//! `Contents 1`/`Contents 2`); a converter's .docx whose main part is `word/document2.xml`;
//! Roman headings numbered by Word's list (`w:numPr`) among typed numbers; a ministry's plan in
//! `Phần thứ nhất.` parts and `Mục 1.` sections; targets as `tối thiểu 82%`, `≥ 91%`, `đạt trên
//! 90 %`; money in `tỷ đồng` with decimals; a web portal's copy with non-breaking spaces, soft
//! hyphens and zero-width characters. `fixtures/unseen16/make.py` writes each clean draft and its
//! `-loi` copy (the planted defects are its replacements). Each clean draft must get no error and
//! no warning; each `-loi` copy's defects must be found on their lines, in their sections, and
//! nothing else. What the checker got wrong and how it was fixed is in
//! `fixtures/unseen16/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // LibreOffice .odt: its table of contents turned to text (paragraphs in `Contents 1`/`Contents 2`)
    Draft {
        name: "lao-cai-odt-muc-luc-van-ban-2026.odt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "21:1 Info section.results-unlabelled [P1.II.1.1]",
            "71:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lao-cai-odt-muc-luc-van-ban-2026-loi.odt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "21:1 Info section.results-unlabelled [P1.II.1.1]",
            "62:102 Error budget.spent-exceeds-approved [P1.II.11]",
            "71:1 Info target.national-coverage [P2.II]",
            "72:71 Warning target.below-national [P2.II]",
            "99:23 Error budget.total-mismatch [P2.V]",
            "108:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a converter's .docx: the main part `word/document2.xml`, named by `_rels/.rels`; `tối thiểu 85%`, `≥ 91%`
    Draft {
        name: "ca-mau-docx-phan-chinh-khac-2026.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ca-mau-docx-phan-chinh-khac-2026-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:101 Warning target.deadline-outside-plan-year [P2.II]",
            "98:73 Error budget.source-sum-mismatch [P2.V]",
            "105:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: the Roman headings numbered by a list (`w:numPr`), the themes' numbers typed; `đạt trên 85 %`
    Draft {
        name: "nghe-an-word-so-la-ma-tu-dong-2026.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "nghe-an-word-so-la-ma-tu-dong-2026-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:76 Warning target.below-national [P2.II]",
            "97:23 Error budget.total-mismatch [P2.V]",
            "105:1 Warning budget.source-missing [P2.VII]",
            "106:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a ministry: `Phần thứ nhất. ĐÁNH GIÁ …` parts, `Mục 1.` … `Mục 7.` sections, a)/b) on lines of their own
    Draft {
        name: "bo-tai-chinh-phan-thu-muc-2026.txt",
        expected: &["1:1 Info document.template-year [-]", "95:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-tai-chinh-phan-thu-muc-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "95:1 Info target.national-coverage [P2.II]",
            "98:72 Warning target.below-national [P2.II]",
            "124:68 Error budget.source-sum-mismatch [P2.V]",
            "126:111 Warning appendix.missing [P2.VI]",
        ],
        missed: &["126:111 Warning appendix.missing [P2.VI]"],
        extra: &[],
    },
    // comparators (`tối thiểu 82%`, `≥ 91%`, `đạt trên 20 %`), money in `tỷ đồng` with decimals
    Draft {
        name: "quang-ngai-ty-dong-so-sanh-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-ngai-ty-dong-so-sanh-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "60:97 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:77 Warning target.below-national [P2.II]",
            "97:68 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // a web portal's copy: non-breaking spaces, soft hyphens, zero-width spaces, a BOM inside the text
    Draft {
        name: "can-tho-sao-chep-web-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "can-tho-sao-chep-web-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "71:84 Warning target.below-national [P2.II]",
            "72:70 Warning target.deadline-outside-plan-year [P2.II]",
            "98:23 Error budget.total-mismatch [P2.V]",
            "107:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_16_precision_recall,
    round: "round 16",
    drafts: DRAFTS,
    files: "unseen16",
    pending: Pending::Listed,
}
