//! Round 25 of the unseen drafts: 2027 plans drafted in December 2026 (Part I evaluates 2026), in
//! styles earlier rounds did not cover: a signed PDF copied with `pdftotext -layout` (the
//! header's two blocks side by side, justified lines with runs of spaces, a heading split over two
//! lines, `e-` / `Cabinet` broken at a line's end, a `Trang N` footer and a form feed at each
//! page, the task table's columns aligned by spaces with a two-line header); II.'s targets in a
//! table whose last column is the deadline (`Năm 2027`, `Quý III/2027`, `30/6/2027`); a ministry
//! (Bộ Nông nghiệp và Môi trường) with its sector's targets beside the national ones; a commune's
//! own plan after the two-tier reform with small amounts in an English-locale Excel's style
//! (`1,250.5`); V.'s sources a line each with each project's money in `Phụ lục II` after the
//! signature (a column per source, a `Tổng cộng` row); a plan whose Word numbering was lost on
//! paste (no `Phần I`, `I.`, `1.`, `a)` left before any heading). `fixtures/unseen25/make.py`
//! writes each clean draft and its `-loi` copy (the planted defects are its replacements). Each
//! clean draft must get no error and no warning; each `-loi` copy's defects must be found on
//! their lines, in their sections, and nothing else. What the checker got wrong and how it was
//! fixed is in `fixtures/unseen25/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // a signed PDF through `pdftotext -layout`: justified lines, a two-line heading, `e-` / `Cabinet`, `Trang N` and form feeds, the task table aligned by spaces
    Draft {
        name: "gia-lai-pdftotext-layout-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "87:6 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "gia-lai-pdftotext-layout-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "75:25 Error budget.spent-exceeds-approved [P1.II.11]",
            "87:6 Info target.national-coverage [P2.II]",
            "89:59 Warning target.below-national [P2.II]",
            "93:35 Warning target.deadline-outside-plan-year [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    // II.'s targets in a table whose last column is the deadline (`Năm 2027`, `Quý III/2027`, `30/6/2027`)
    Draft {
        name: "dak-lak-bang-chi-tieu-thoi-han-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dak-lak-bang-chi-tieu-thoi-han-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "74:36 Warning target.below-national [P2.II]",
            "75:58 Warning target.deadline-outside-plan-year [P2.II]",
            "101:23 Error budget.total-mismatch [P2.V]",
            "110:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a ministry's plan with its sector's targets (land parcels, provinces connected, monitoring stations, traced farm products)
    Draft {
        name: "bo-nong-nghiep-moi-truong-chi-tieu-nganh-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "97:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-nong-nghiep-moi-truong-chi-tieu-nganh-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "97:1 Info target.national-coverage [P2.II]",
            "99:84 Warning target.below-national [P2.II]",
            "104:3 Warning target.unquantified [P2.II]",
            "130:98 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // a commune's own plan (`XÃ EA SÚP`), small amounts as an English-locale Excel writes them (`1,250.5`, `420.5`)
    Draft {
        name: "xa-ea-sup-cap-xa-excel-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "68:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "xa-ea-sup-cap-xa-excel-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:104 Error budget.spent-exceeds-approved [P1.II.11]",
            "68:1 Info target.national-coverage [P2.II]",
            "97:75 Error budget.source-sum-mismatch [P2.V]",
            "98:1 Error section.missing [P2.VI]",
        ],
        missed: &[],
        extra: &[],
    },
    // V.'s sources a line each and each project's money in `Phụ lục II` after the signature (a column per source, a `Tổng cộng` row)
    Draft {
        name: "nghe-an-phu-luc-ii-kinh-phi-2027.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "127:1 Info budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "nghe-an-phu-luc-ii-kinh-phi-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "98:23 Error budget.total-mismatch [P2.V]",
            "99:25 Error budget.source-sum-mismatch [P2.V]",
            "127:1 Info budget.project-field-missing [P2.VII]",
            "132:15 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word's automatic numbering lost on paste: no `Phần I`, `I.`, `1.`, `a)` before a heading, no bullets before the targets
    Draft {
        name: "hai-phong-mat-so-tu-dong-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "67:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "hai-phong-mat-so-tu-dong-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "67:1 Info target.national-coverage [P2.II]",
            "69:82 Warning target.below-national [P2.II]",
            "70:61 Warning target.deadline-outside-plan-year [P2.II]",
            "93:1 Error section.empty [P2.IV]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_25_precision_recall,
    round: "round 25",
    drafts: DRAFTS,
    files: "unseen25",
    pasted: |name: &str| name.ends_with(".txt"),
    pending: Pending::Nothing,
}
