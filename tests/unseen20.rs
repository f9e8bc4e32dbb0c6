//! Round 20 of the unseen drafts: 2027 plans drafted in December 2026 (Part I evaluates 2026), in
//! styles and producers earlier rounds did not cover: a ministry-level agency whose header names
//! no `BỘ` (Ngân hàng Nhà nước Việt Nam) with its own indicators' wording and its own funds;
//! headings labelled with a slash (`I/`, `1/`, `1.1/`, `a/`) in text typed with the old tone
//! placement (`hoá`, `Uỷ ban`); Part I.II written as a table (`STT ⇥ Nhiệm vụ ⇥ Kết quả đạt được ⇥
//! Tồn tại, hạn chế`); a Word file whose headings, targets (`a)` …) and the task table's `STT`
//! cells are numbered by Word's lists; the targets a table `Chỉ tiêu ⇥ Đơn vị ⇥ Kế hoạch 2027 ⇥
//! Ghi chú` whose notes hold other figures; V.'s detail in an appendix table by source (`Vốn đầu
//! tư công` / `Vốn sự nghiệp` columns, a `Tổng cộng` row) and the tasks in another.
//! `fixtures/unseen20/make.py` writes each clean draft and its `-loi` copy (the planted defects are
//! its replacements). Each clean draft must get no error and no warning; each `-loi` copy's
//! defects must be found on their lines, in their sections, and nothing else. What the checker got
//! wrong and how it was fixed is in `fixtures/unseen20/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // a ministry-level agency: `NGÂN HÀNG NHÀ NƯỚC` / `VIỆT NAM`, its own indicators and funds
    Draft {
        name: "ngan-hang-nha-nuoc-co-quan-ngang-bo-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "98:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ngan-hang-nha-nuoc-co-quan-ngang-bo-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "98:1 Info target.national-coverage [P2.II]",
            "99:100 Warning target.below-national [P2.II]",
            "104:85 Warning target.deadline-outside-plan-year [P2.II]",
            "130:115 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // headings labelled `I/`, `1/`, `1.1/`, `a/`; the old tone placement (`hoá`, `Uỷ ban`)
    Draft {
        name: "ha-tinh-nhan-gach-cheo-dau-kieu-cu-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ha-tinh-nhan-gach-cheo-dau-kieu-cu-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:71 Warning target.below-national [P2.II]",
            "98:23 Error budget.total-mismatch [P2.V]",
            "107:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Part I.II a table: a row a theme or sub-item, its results and limits in two columns
    Draft {
        name: "lam-dong-phan-i-dang-bang-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "43:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lam-dong-phan-i-dang-bang-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "35:104 Error budget.spent-exceeds-approved [P1.II.11]",
            "43:1 Info target.national-coverage [P2.II]",
            "45:84 Warning target.below-national [P2.II]",
            "78:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: headings, targets (`a)`) and the task table's `STT` cells numbered by Word's lists
    Draft {
        name: "ha-noi-word-danh-so-muc-tieu-stt-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "67:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ha-noi-word-danh-so-muc-tieu-stt-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "67:1 Info target.national-coverage [P2.II]",
            "71:61 Warning target.deadline-outside-plan-year [P2.II]",
            "72:39 Warning target.below-national [P2.II]",
            "97:23 Error budget.total-mismatch [P2.V]",
            "106:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // the targets a table `Chỉ tiêu | Đơn vị | Kế hoạch 2027 | Ghi chú`, notes with other figures
    Draft {
        name: "quang-tri-bang-chi-tieu-ghi-chu-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-tri-bang-chi-tieu-ghi-chu-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:69 Warning target.below-national [P2.II]",
            "101:73 Error budget.source-sum-mismatch [P2.V]",
            "107:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // V.'s detail in `Phụ lục II` (columns by source, a `Tổng cộng` row), the tasks in `Phụ lục I`
    Draft {
        name: "can-tho-phu-luc-kinh-phi-theo-nguon-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "can-tho-phu-luc-kinh-phi-theo-nguon-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "71:84 Warning target.below-national [P2.II]",
            "98:63 Error budget.source-sum-mismatch [P2.V]",
            "119:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_20_precision_recall,
    round: "round 20",
    drafts: DRAFTS,
    files: "unseen20",
    pasted: |name: &str| name.ends_with(".txt"),
    pending: Pending::Nothing,
}
