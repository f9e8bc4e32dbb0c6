//! Round 14 of the unseen drafts: plans as they are written now, for 2026, after the 2025
//! reforms (a merged province's plan under two-level local government with the Sở Khoa học và
//! Công nghệ as the standing agency and targets phrased against the 2025 results; a plan whose
//! title joins digital transformation with science, technology and innovation, quoting the
//! national 2026 figure beside its own; digital transformation joined with Đề án 06; a ministry
//! after the 2025 mergers, its name on two header lines; a copy from a government web portal with
//! breadcrumbs, `Lượt xem`, footnote markers and `Tải về`; Markdown with `#` headings).
//! `fixtures/unseen14/make.py` writes each clean draft and its `-loi` copy (the planted defects
//! are its replacements). Each clean draft must get no error and no warning; each `-loi` copy's
//! defects must be found on their lines, in their sections, and nothing else. What the checker
//! got wrong and how it was fixed is in `fixtures/unseen14/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // a merged province (An Giang and Kiên Giang): communes, wards and a special zone; targets against 2025's results
    Draft {
        name: "an-giang-xa-phuong-so-khcn-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "21:1 Info section.results-unlabelled [P1.II.1.1]",
            "71:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "an-giang-xa-phuong-so-khcn-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "21:1 Info section.results-unlabelled [P1.II.1.1]",
            "62:121 Error budget.spent-exceeds-approved [P1.II.11]",
            "71:1 Info target.national-coverage [P2.II]",
            "74:84 Warning target.below-national [P2.II]",
            "103:73 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // science, technology, innovation and digital transformation (Nghị quyết 57-NQ/TW) in one plan
    Draft {
        name: "nghe-an-khcn-dmst-cds-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "nghe-an-khcn-dmst-cds-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "79:84 Error target.out-of-range [P2.II]",
            "106:23 Error budget.total-mismatch [P2.V]",
            "112:1 Warning budget.project-field-missing [P2.VII]",
            "115:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // digital transformation and Đề án 06 (Thái Nguyên and Bắc Kạn merged)
    Draft {
        name: "thai-nguyen-cds-de-an-06-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "70:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thai-nguyen-cds-de-an-06-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "60:167 Error budget.spent-exceeds-approved [P1.II.11]",
            "70:1 Info target.national-coverage [P2.II]",
            "74:72 Warning target.deadline-outside-plan-year [P2.II]",
            "76:3 Warning target.unquantified [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    // a merged ministry (Bộ Nông nghiệp và Môi trường), its name on two header lines, a)/b) labels
    Draft {
        name: "bo-nong-nghiep-moi-truong-2026.txt",
        expected: &["1:1 Info document.template-year [-]", "98:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-nong-nghiep-moi-truong-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "98:1 Info target.national-coverage [P2.II]",
            "101:72 Warning target.below-national [P2.II]",
            "129:42 Error budget.words-mismatch [P2.V]",
            "136:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // copied from a government web portal: breadcrumbs, `Lượt xem`, footnote markers, `Tải về`
    Draft {
        name: "dong-nai-cong-thong-tin-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "25:1 Info section.results-unlabelled [P1.II.1.1]",
            "75:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dong-nai-cong-thong-tin-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "25:1 Info section.results-unlabelled [P1.II.1.1]",
            "66:89 Error budget.spent-exceeds-approved [P1.II.11]",
            "75:1 Info target.national-coverage [P2.II]",
            "76:71 Warning target.below-national [P2.II]",
            "105:23 Error budget.total-mismatch [P2.V]",
            "114:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Markdown with `#` headings (Huế)
    Draft {
        name: "hue-markdown-tieu-de-thang-2026.md",
        expected: &[
            "1:1 Info document.template-year [-]",
            "23:1 Info section.results-unlabelled [P1.II.1.1]",
            "75:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "hue-markdown-tieu-de-thang-2026-loi.md",
        expected: &[
            "1:1 Info document.template-year [-]",
            "23:1 Info section.results-unlabelled [P1.II.1.1]",
            "75:1 Info target.national-coverage [P2.II]",
            "80:65 Warning target.deadline-outside-plan-year [P2.II]",
            "112:77 Error budget.source-sum-mismatch [P2.V]",
            "125:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // second batch: a target table with the national 2026 column beside the province's own
    Draft {
        name: "quang-ninh-chi-tieu-quoc-gia-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-ninh-chi-tieu-quoc-gia-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "74:88 Warning target.below-national [P2.II]",
            "102:73 Error budget.source-sum-mismatch [P2.V]",
            "109:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // three provinces merged: three money pairs, a figure per level, the local part split by level
    Draft {
        name: "lam-dong-ba-tinh-cap-xa-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "21:1 Info section.results-unlabelled [P1.II.1.1]",
            "71:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lam-dong-ba-tinh-cap-xa-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "21:1 Info section.results-unlabelled [P1.II.1.1]",
            "62:243 Error budget.spent-exceeds-approved [P1.II.11]",
            "71:1 Info target.national-coverage [P2.II]",
            "73:87 Warning target.below-national [P2.II]",
            "101:23 Error budget.total-mismatch [P2.V]",
            "111:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_14_precision_recall,
    round: "round 14",
    drafts: DRAFTS,
    files: "unseen14",
    pending: Pending::Nothing,
}
