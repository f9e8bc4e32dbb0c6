//! Round 21 of the unseen drafts: 2027 plans drafted in December 2026 (Part I evaluates 2026), in
//! styles earlier rounds did not cover: agencies under or beside the Government whose header
//! names neither a `BỘ` nor a province (`THANH TRA CHÍNH PHỦ`, `BẢO HIỂM XÃ HỘI VIỆT NAM`, `THÔNG
//! TẤN XÃ VIỆT NAM`, `VĂN PHÒNG CHÍNH PHỦ`, `VIỆN HÀN LÂM` / `KHOA HỌC XÃ HỘI VIỆT NAM`, `ĐÀI
//! TRUYỀN HÌNH VIỆT NAM`: ministry-level plans, their indicators split by level compared at `cấp
//! bộ`); Part I.II and the task table as Markdown pipe tables (a plan written with an AI
//! assistant); targets grouped `a)`, `b)`, `c)` (the three pillars) and labelled `a.1)`, `b.2)`;
//! V. in `triệu đồng` with the amounts in words in brackets and a `Trong đó:` breakdown one source
//! a line; a target table of two years (`Năm 2026 (ước)` ⇥ `Năm 2027 (kế hoạch)`); copies from a
//! PDF viewer (hard-wrapped, broken after a hyphen or before a dash, headings on two lines); a
//! law portal's page (its title line and data table, the motto broken over two lines, `Phần I.
//! ĐÁNH GIÁ …` on one line, footnote marks `[1]`). `fixtures/unseen21/make.py` writes each clean
//! draft and its `-loi` copy (the planted defects are its replacements). Each clean draft must
//! get no error and no warning; each `-loi` copy's defects must be found on their lines, in their
//! sections, and nothing else. What the checker got wrong and how it was fixed is in
//! `fixtures/unseen21/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // an agency beside the Government whose header names no `BỘ`: `THANH TRA CHÍNH PHỦ`
    Draft {
        name: "thanh-tra-chinh-phu-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "97:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thanh-tra-chinh-phu-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "97:1 Info target.national-coverage [P2.II]",
            "98:101 Warning target.below-national [P2.II]",
            "100:89 Warning target.deadline-outside-plan-year [P2.II]",
            "126:96 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // `BẢO HIỂM XÃ HỘI VIỆT NAM`; V. in `triệu đồng`, words in brackets, `Trong đó:` over several lines
    Draft {
        name: "bao-hiem-xa-hoi-kinh-phi-bang-chu-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "97:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bao-hiem-xa-hoi-kinh-phi-bang-chu-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "86:82 Error budget.spent-exceeds-approved [P1.II.11]",
            "97:1 Info target.national-coverage [P2.II]",
            "100:106 Warning target.below-national [P2.II]",
            "126:43 Error budget.words-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // `THÔNG TẤN XÃ VIỆT NAM`; Part I.II and the task table Markdown pipe tables
    Draft {
        name: "thong-tan-xa-phan-i-bang-markdown-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "44:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thong-tan-xa-phan-i-bang-markdown-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "35:110 Error budget.spent-exceeds-approved [P1.II.11]",
            "44:1 Info target.national-coverage [P2.II]",
            "45:103 Warning target.below-national [P2.II]",
            "80:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // `VĂN PHÒNG CHÍNH PHỦ`; targets in groups `a)` … `c)`, each labelled `a.1)`, `b.2)`
    Draft {
        name: "van-phong-chinh-phu-muc-tieu-nhom-a1-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "97:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "van-phong-chinh-phu-muc-tieu-nhom-a1-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "97:1 Info target.national-coverage [P2.II]",
            "100:84 Warning target.deadline-outside-plan-year [P2.II]",
            "105:104 Warning target.below-national [P2.II]",
            "131:23 Error budget.total-mismatch [P2.V]",
            "140:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // `VIỆN HÀN LÂM` / `KHOA HỌC XÃ HỘI VIỆT NAM`; targets a table `Năm 2026 (ước)` ⇥ `Năm 2027 (kế hoạch)`
    Draft {
        name: "vien-han-lam-khxh-bang-hai-nam-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "98:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "vien-han-lam-khxh-bang-hai-nam-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "98:1 Info target.national-coverage [P2.II]",
            "101:78 Warning target.below-national [P2.II]",
            "129:23 Error budget.total-mismatch [P2.V]",
            "137:1 Warning budget.project-field-missing [P2.VII]",
            "138:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // `ĐÀI TRUYỀN HÌNH VIỆT NAM`, copied from a PDF viewer: hard-wrapped, broken after hyphens, headings on two lines
    Draft {
        name: "dai-truyen-hinh-ban-chep-pdf-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "111:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dai-truyen-hinh-ban-chep-pdf-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "95:33 Error budget.spent-exceeds-approved [P1.II.11]",
            "111:1 Info target.national-coverage [P2.II]",
            "113:21 Warning target.below-national [P2.II]",
            "117:6 Warning target.deadline-outside-plan-year [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    // a province written with an AI assistant: Part I.II and the task table Markdown pipe tables
    Draft {
        name: "gia-lai-phan-i-bang-markdown-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "44:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "gia-lai-phan-i-bang-markdown-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "36:110 Error budget.spent-exceeds-approved [P1.II.11]",
            "44:1 Info target.national-coverage [P2.II]",
            "45:71 Warning target.below-national [P2.II]",
            "82:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // targets grouped by the three pillars (`a) Chính quyền số` …), each labelled `a.1)`, `b.1)`
    Draft {
        name: "nghe-an-muc-tieu-ba-tru-cot-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "nghe-an-muc-tieu-ba-tru-cot-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "74:93 Warning target.deadline-outside-plan-year [P2.II]",
            "76:41 Warning target.below-national [P2.II]",
            "105:73 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // V. in `triệu đồng` with words in brackets and `Trong đó:` one source a line; last year's funds the same way
    Draft {
        name: "thanh-hoa-kinh-phi-bang-chu-trong-do-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thanh-hoa-kinh-phi-bang-chu-trong-do-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:125 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "98:43 Error budget.words-mismatch [P2.V]",
            "100:25 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // targets a table of two years, `Năm 2026 (ước)` below the national values beside `Năm 2027 (kế hoạch)`
    Draft {
        name: "dong-thap-bang-chi-tieu-hai-nam-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dong-thap-bang-chi-tieu-hai-nam-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "73:85 Warning target.below-national [P2.II]",
            "101:23 Error budget.total-mismatch [P2.V]",
            "107:1 Warning budget.source-missing [P2.VII]",
            "110:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a PDF viewer's copy: hard-wrapped at 80, `2629/QĐ-` / `TTg`, `kinh tế` / `- xã hội`, headings on two lines
    Draft {
        name: "thai-nguyen-ban-chep-pdf-gach-noi-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "88:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thai-nguyen-ban-chep-pdf-gach-noi-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "88:1 Info target.national-coverage [P2.II]",
            "90:31 Warning target.below-national [P2.II]",
            "94:12 Warning target.deadline-outside-plan-year [P2.II]",
            "127:23 Error budget.total-mismatch [P2.V]",
            "139:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a law portal's page: title line, `| Số hiệu | … |`, the motto broken, `Phần I. ĐÁNH GIÁ …` on one line, footnotes `[1]`
    Draft {
        name: "tuyen-quang-trang-luat-phan-mot-dong-2027.txt",
        expected: &["1:1 Info document.template-year [-]", "73:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "tuyen-quang-trang-luat-phan-mot-dong-2027-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "65:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "73:1 Info target.national-coverage [P2.II]",
            "75:84 Warning target.below-national [P2.II]",
            "107:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_21_precision_recall,
    round: "round 21",
    drafts: DRAFTS,
    files: "unseen21",
    pasted: |name: &str| name.ends_with(".txt"),
    pending: Pending::Nothing,
}
