//! Round 22 of the unseen drafts: 2027 plans drafted in December 2026 (Part I evaluates 2026), in
//! styles earlier rounds did not cover: a .docx whose title is followed by `MỤC LỤC` and Word's
//! table of contents as a field without a content control (hyperlinked entries, `PAGEREF` as
//! `w:fldSimple`, levels 1 to 3), or as one `w:fldSimple` TOC per entry, with a running header
//! `Dự thảo lần 2` and a `Trang 1/14` footer; the Nghị quyết 57-NQ/TW style (`Kế hoạch phát triển
//! khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2027`) at a province and at a
//! ministry, science and innovation targets (R&D `% GRDP`, patents, innovation centres) beside
//! digital ones; a plan issued as the annex of a decision (`Điều 1. Ban hành kèm theo Quyết định
//! này …`), as text and in Word; a ward's own plan after the two-tier reform (`PHƯỜNG HẠC
//! THÀNH`); reviewers' comments typed inline (`[Góp ý của Sở Tài chính: …]`); changes left in the
//! text (`~~cũ~~`, `[bỏ]`, `(sửa thành: …)`); targets against last year (`tăng 10 % so với năm
//! 2026`, `gấp 1,5 lần`), ranges (`80–85 %`) and quarters (`Quý II/2027`); copies of two law
//! sites' pages (`-------` rules under the header, a blank line between paragraphs; the data
//! block a label a line, the title broken inside a word group). `fixtures/unseen22/make.py`
//! writes each clean draft and its `-loi` copy (the planted defects are its replacements). Each
//! clean draft must get no error and no warning; each `-loi` copy's defects must be found on
//! their lines, in their sections, and nothing else. What the checker got wrong and how it was
//! fixed is in `fixtures/unseen22/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // Word: `MỤC LỤC` and a TOC field without a content control, header `Dự thảo lần 2`, footer `Trang 1/14`
    Draft {
        name: "quang-ninh-word-muc-luc-truong-toc-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "71:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-ninh-word-muc-luc-truong-toc-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "62:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "71:1 Info target.national-coverage [P2.II]",
            "72:71 Warning target.below-national [P2.II]",
            "97:1 Error section.empty [P2.IV]",
        ],
        missed: &[],
        extra: &[],
    },
    // Nghị quyết 57-NQ/TW at a province: R&D `1,2% GRDP`, `17,5%` share of science and DX, patents, PII
    Draft {
        name: "bac-ninh-khcn-dmst-cds-nq57-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bac-ninh-khcn-dmst-cds-nq57-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "79:38 Warning target.below-national [P2.II]",
            "80:60 Warning target.deadline-outside-plan-year [P2.II]",
            "105:73 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // the plan as the annex of the chairman's decision (`Điều 1. Ban hành kèm theo …`), pasted as text
    Draft {
        name: "hung-yen-quyet-dinh-dieu-1-kem-theo-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "93:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "hung-yen-quyet-dinh-dieu-1-kem-theo-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "93:1 Info target.national-coverage [P2.II]",
            "95:84 Warning target.below-national [P2.II]",
            "96:88 Warning target.deadline-outside-plan-year [P2.II]",
            "122:23 Error budget.total-mismatch [P2.V]",
            "131:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a ward's own plan (`PHƯỜNG HẠC THÀNH`): its work files' 75% is a ward's (3.5.3, 60%)
    Draft {
        name: "phuong-hac-thanh-cap-phuong-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "68:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "phuong-hac-thanh-cap-phuong-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:102 Error budget.spent-exceeds-approved [P1.II.11]",
            "68:1 Info target.national-coverage [P2.II]",
            "69:71 Warning target.below-national [P2.II]",
            "97:73 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // reviewers' comments inline, `[Góp ý của Sở Tài chính: …]`, with figures of their own
    Draft {
        name: "quang-ngai-gop-y-so-tai-chinh-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-ngai-gop-y-so-tai-chinh-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "73:38 Warning target.below-national [P2.II]",
            "98:23 Error budget.total-mismatch [P2.V]",
            "108:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // changes left in the text: `~~cũ~~`, `[bỏ]`, `(sửa thành: …)`
    Draft {
        name: "ca-mau-sua-doi-gach-xoa-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ca-mau-sua-doi-gach-xoa-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:207 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:111 Warning target.deadline-outside-plan-year [P2.II]",
            "74:54 Warning target.below-national [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    // targets against last year: `tăng 10 % so với năm 2026 (đạt 86 %)`, `gấp 1,5 lần`, `tăng 2 điểm phần trăm`
    Draft {
        name: "lao-cai-chi-tieu-tang-gap-lan-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lao-cai-chi-tieu-tang-gap-lan-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "71:84 Warning target.below-national [P2.II]",
            "106:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // ranges `80–85 %`, `90–92%`, `20-22%`; deadlines by quarter `Quý II/2027`
    Draft {
        name: "son-la-khoang-quy-gach-noi-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "son-la-khoang-quy-gach-noi-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:71 Warning target.below-national [P2.II]",
            "73:67 Warning target.deadline-outside-plan-year [P2.II]",
            "99:23 Error budget.total-mismatch [P2.V]",
            "108:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: the decision and its annex in one file, the plan's TOC one `w:fldSimple` per entry
    Draft {
        name: "thai-nguyen-word-quyet-dinh-muc-luc-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "94:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thai-nguyen-word-quyet-dinh-muc-luc-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "94:1 Info target.national-coverage [P2.II]",
            "95:71 Warning target.below-national [P2.II]",
            "97:72 Warning target.deadline-outside-plan-year [P2.II]",
            "129:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a law site's page: `-------` rules under the header, a blank line between paragraphs
    Draft {
        name: "dong-thap-he-thong-phap-luat-gach-ngang-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "137:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dong-thap-he-thong-phap-luat-gach-ngang-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "121:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "137:1 Info target.national-coverage [P2.II]",
            "141:84 Warning target.below-national [P2.II]",
            "193:1 Error section.empty [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // thuvienphapluat.vn's page: its notice, the data a label a line, header and title broken
    Draft {
        name: "phu-tho-thu-vien-phap-luat-nhan-dong-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "88:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "phu-tho-thu-vien-phap-luat-nhan-dong-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "88:1 Info target.national-coverage [P2.II]",
            "89:71 Warning target.below-national [P2.II]",
            "117:73 Error budget.source-sum-mismatch [P2.V]",
            "125:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Nghị quyết 57-NQ/TW at a ministry: universities' innovation centres `30%` beside hồ sơ số học tập
    Draft {
        name: "bo-giao-duc-khcn-dmst-cds-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "97:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bo-giao-duc-khcn-dmst-cds-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "86:82 Error budget.spent-exceeds-approved [P1.II.11]",
            "97:1 Info target.national-coverage [P2.II]",
            "103:84 Warning target.below-national [P2.II]",
            "104:69 Warning target.below-national [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_22_precision_recall,
    round: "round 22",
    drafts: DRAFTS,
    files: "unseen22",
    pasted: |name: &str| name.ends_with(".txt"),
    pending: Pending::Nothing,
}
