//! Round 19 of the unseen drafts: 2027 plans drafted in December 2026 (Part I evaluates 2026), in
//! styles and producers earlier rounds did not cover: a ministry's plan whose Part I.I rates each
//! 2026 target in a table (`Kế hoạch năm 2026` / `Thực hiện năm 2026` / `Đánh giá`, two `Không
//! đạt` under the national level), lead units Cục and Vụ; a LibreOffice file whose headings are
//! numbered by the outline style (no number typed) and whose paragraphs hold soft line breaks
//! (`text:line-break`); a Word file with soft line breaks (`w:br`) in the header, headings,
//! targets, V. and the task table's cells; a task table whose money is split into a column a
//! source (no `Nguồn vốn` column); dates written out (`trước ngày 30 tháng 6 năm 2027`) and the
//! targets a table `Năm 2026` / `Năm 2027`, V. in `tỷ đồng`; a Word file whose headings are
//! numbered by a list linked to the heading styles, with reviewers' comments in its targets, V.
//! and task table. `fixtures/unseen19/make.py` writes each clean draft and its `-loi` copy (the
//! planted defects are its replacements). Each clean draft must get no error and no warning; each
//! `-loi` copy's defects must be found on their lines, in their sections, and nothing else. What
//! the checker got wrong and how it was fixed is in `fixtures/unseen19/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // a ministry: Part I.I a table rating the 2026 targets, lead units Cục and Vụ
    Draft {
        name: "bo-cong-thuong-bang-danh-gia-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "103:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-cong-thuong-bang-danh-gia-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "103:1 Info target.national-coverage [P2.II]",
            "104:84 Warning target.below-national [P2.II]",
            "107:79 Warning target.deadline-outside-plan-year [P2.II]",
            "133:68 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // LibreOffice: headings numbered by the outline style, soft line breaks (`text:line-break`)
    Draft {
        name: "tay-ninh-odt-danh-so-de-muc-2027.odt",
        expected: &["1:1 Info document.template-year [-]", "67:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "tay-ninh-odt-danh-so-de-muc-2027-loi.odt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "59:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "67:1 Info target.national-coverage [P2.II]",
            "68:71 Warning target.below-national [P2.II]",
            "96:23 Error budget.total-mismatch [P2.V]",
            "108:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: soft line breaks (`w:br`) in the header, headings, targets, V. and the table's cells
    Draft {
        name: "cao-bang-word-xuong-dong-mem-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "cao-bang-word-xuong-dong-mem-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "71:84 Warning target.below-national [P2.II]",
            "72:53 Warning target.deadline-outside-plan-year [P2.II]",
            "99:25 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // the task table's money in a column a source, no `Nguồn vốn` column
    Draft {
        name: "dong-nai-von-chia-theo-nguon-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dong-nai-von-chia-theo-nguon-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "73:38 Warning target.below-national [P2.II]",
            "104:1 Warning budget.project-field-missing [P2.VII]",
            "107:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // dates written out, the targets a table `Năm 2026` / `Năm 2027`, V. in `tỷ đồng`
    Draft {
        name: "hung-yen-ngay-thang-viet-du-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "hung-yen-ngay-thang-viet-du-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:98 Warning target.deadline-outside-plan-year [P2.II]",
            "75:85 Warning target.below-national [P2.II]",
            "101:23 Error budget.total-mismatch [P2.V]",
            "110:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: headings numbered by a list linked to the heading styles; reviewers' comments
    Draft {
        name: "hue-word-de-muc-theo-kieu-binh-luan-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "67:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "hue-word-de-muc-theo-kieu-binh-luan-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "67:1 Info target.national-coverage [P2.II]",
            "69:84 Warning target.below-national [P2.II]",
            "96:23 Error budget.total-mismatch [P2.V]",
            "104:1 Warning budget.source-missing [P2.VII]",
            "105:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // written after the first six were read and the fixes made:
    // the parts' and sections' headings in capitals with no number
    Draft {
        name: "son-la-tieu-de-chu-hoa-khong-so-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "67:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "son-la-tieu-de-chu-hoa-khong-so-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "59:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "67:1 Info target.national-coverage [P2.II]",
            "69:84 Warning target.below-national [P2.II]",
            "96:23 Error budget.total-mismatch [P2.V]",
            "105:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // each task of III. with its own time in brackets (a task over 2027 - 2028, one to 2028)
    Draft {
        name: "lai-chau-nhiem-vu-kem-thoi-han-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lai-chau-nhiem-vu-kem-thoi-han-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:71 Warning target.below-national [P2.II]",
            "98:73 Error budget.source-sum-mismatch [P2.V]",
            "104:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // V.'s sources with their shares in brackets (`(chiếm 25%)`), Part I's share disbursed
    Draft {
        name: "lang-son-nguon-von-ty-le-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lang-son-nguon-von-ty-le-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "73:38 Warning target.below-national [P2.II]",
            "98:73 Error budget.source-sum-mismatch [P2.V]",
            "106:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // money in three units: triệu đồng, tỷ đồng (V.), nghìn đồng (the task table)
    Draft {
        name: "quang-ninh-ba-don-vi-tien-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-ninh-ba-don-vi-tien-2027-loi.txt",
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
    // targets as ranges (`từ 85% đến 90%`, `92 - 95%`), abbreviations (`TTHC`, `DVCTT`)
    Draft {
        name: "khanh-hoa-chi-tieu-khoang-viet-tat-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "khanh-hoa-chi-tieu-khoang-viet-tat-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:60 Warning target.below-national [P2.II]",
            "71:70 Warning target.below-national [P2.II]",
            "98:23 Error budget.total-mismatch [P2.V]",
            "107:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: the header a borderless table, targets and sources bulleted by Word's list
    Draft {
        name: "gia-lai-word-dau-dong-tu-dong-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "64:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "gia-lai-word-dau-dong-tu-dong-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "64:1 Info target.national-coverage [P2.II]",
            "66:84 Warning target.below-national [P2.II]",
            "94:25 Error budget.source-sum-mismatch [P2.V]",
            "102:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_19_precision_recall,
    round: "round 19",
    drafts: DRAFTS,
    files: "unseen19",
    pasted: |name: &str| name.ends_with(".txt"),
    pending: Pending::Nothing,
}
