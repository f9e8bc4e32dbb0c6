//! Round 18 of the unseen drafts: 2027 plans drafted in December 2026 (Part I evaluates 2026), in
//! layouts and producers earlier rounds did not cover: targets relative to last year (`tăng 15%
//! so với năm 2026`, `giảm 20% thời gian`), bounds (`không thấp hơn 90%`, `từ 92% trở lên`) and
//! the national 2027 figure quoted beside the province's own (the national table has no 2027
//! value); a Word task table whose header row repeats on each page (`w:tblHeader`), broken in
//! two by a page break with the header typed again; a Word file whose header blocks are frames
//! (`w:framePr`) and whose Part I is a two-column section; a Google Docs export (`kix.`
//! bookmarks, `Title`, every property spelled out); Vietnamese Word's style IDs (`Tiu1` for
//! `heading 1`, `Tiu` for `Title`, `ThnVnbn` for `Body Text`) with numbers typed English style
//! (`58,500`, `20.5%`); a commune's own plan after the two-level reform, `Tổng số` first in V.,
//! amounts in `đ`, `VND` and `tỷ VNĐ`; then, written after those six were all read right: the
//! national 2027 figure written before the province's own, an increment, a target table with a
//! national column; a task table pasted from Excel set to English (`15,000.00`); a Word plan whose
//! V. is a table in `tỷ VNĐ` with `Tổng số` first and whose task table's second part has no
//! header. `fixtures/unseen18/make.py` writes each clean draft and its
//! `-loi` copy (the planted defects are its replacements). Each clean draft must get no error and
//! no warning; each `-loi` copy's defects must be found on their lines, in their sections, and
//! nothing else. What the checker got wrong and how it was fixed is in
//! `fixtures/unseen18/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // relative targets, bounds, the national 2027 figure quoted in brackets
    Draft {
        name: "ha-tinh-chi-tieu-tuong-doi-2027.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ha-tinh-chi-tieu-tuong-doi-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:82 Warning target.below-national [P2.II]",
            "74:67 Warning target.deadline-outside-plan-year [P2.II]",
            "100:23 Error budget.total-mismatch [P2.V]",
            "109:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: the task table's header row repeated (`w:tblHeader`), the table broken by a page break
    Draft {
        name: "thanh-hoa-word-bang-ngat-trang-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thanh-hoa-word-bang-ngat-trang-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "71:84 Warning target.below-national [P2.II]",
            "98:23 Error budget.total-mismatch [P2.V]",
            "104:1 Warning budget.source-missing [P2.VII]",
            "112:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: the header's blocks in frames (`w:framePr`), Part I a two-column section
    Draft {
        name: "dong-thap-word-khung-hai-cot-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dong-thap-word-khung-hai-cot-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:59 Warning target.deadline-outside-plan-year [P2.II]",
            "98:73 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // Google Docs' .docx export
    Draft {
        name: "lam-dong-google-docs-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lam-dong-google-docs-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:38 Warning target.below-national [P2.II]",
            "97:23 Error budget.total-mismatch [P2.V]",
            "104:1 Warning budget.project-field-missing [P2.VII]",
            "106:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Vietnamese Word's style IDs; numbers typed English style
    Draft {
        name: "nghe-an-word-kieu-tieng-viet-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "nghe-an-word-kieu-tieng-viet-2027-loi.docx",
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
    // a commune's plan: `Tổng số` first, amounts in `đ`, `VND`, `tỷ VNĐ`
    Draft {
        name: "xa-phu-loc-cap-xa-2027.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "xa-phu-loc-cap-xa-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "60:100 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "99:26 Error budget.source-sum-mismatch [P2.V]",
            "107:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // the national 2027 figure written before the province's; an increment; a table with a national column
    Draft {
        name: "quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-ngai-chi-tieu-quoc-gia-truoc-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "71:134 Warning target.below-national [P2.II]",
            "75:90 Warning target.below-national [P2.II]",
            "102:23 Error budget.total-mismatch [P2.V]",
            "111:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // the task table pasted from Excel set to English (United States): `15,000.00`
    Draft {
        name: "hai-phong-excel-dinh-dang-my-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "hai-phong-excel-dinh-dang-my-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:38 Warning target.below-national [P2.II]",
            "97:23 Error budget.total-mismatch [P2.V]",
            "104:1 Warning budget.project-field-missing [P2.VII]",
            "106:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: V. a table in `tỷ VNĐ`, `Tổng số` first; the task table split, its second part headerless
    Draft {
        name: "ca-mau-word-bang-tach-tong-so-truoc-2027.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ca-mau-word-bang-tach-tong-so-truoc-2027-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:99 Warning target.deadline-outside-plan-year [P2.II]",
            "100:10 Error budget.total-mismatch [P2.V]",
            "101:24 Error budget.source-sum-mismatch [P2.V]",
            "116:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_18_precision_recall,
    round: "round 18",
    drafts: DRAFTS,
    files: "unseen18",
    pending: Pending::Nothing,
}
