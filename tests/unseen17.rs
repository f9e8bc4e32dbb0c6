//! Round 17 of the unseen drafts: producers and layouts earlier rounds did not cover: a .docx
//! saved by WPS Office (headings plain paragraphs whose level is only their own `w:outlineLvl`,
//! a run per word or two with `w:hint="eastAsia"`, `w:lastRenderedPageBreak`, `_Toc` bookmarks
//! starting inside a word, WPS's `customXml` and namespaces); Word's Strict Open XML with heading
//! styles, measures in `cm`/`pt`/`%` and hyperlinked legal texts; a 2027 plan drafted in December
//! 2026 whose task table of multi-year projects has `Tổng mức đầu tư`, `Lũy kế vốn đã bố trí
//! đến hết năm 2026` and `Kế hoạch vốn năm 2027` (only the last adds up to V.'s total); a Word
//! budget table whose source column is merged down (`w:vMerge`) and whose group rows `A`/`B`
//! span columns (`w:gridSpan`), under a `DỰ THẢO` watermark and a running header and footer; a
//! reviewed draft with the reviewers' notes in brackets (last year's figures in them) and a `Ghi
//! chú:` block after the task table; a .docx converted by pandoc to Markdown (escaped `1\.`,
//! `a\)`, `\-`, `# PHẦN I`, `**II. MỤC TIÊU**`, grid tables whose cells wrap over several lines,
//! `\` line breaks). `fixtures/unseen17/make.py` writes each clean draft and its `-loi` copy (the
//! planted defects are its replacements). Each clean draft must get no error and no warning;
//! each `-loi` copy's defects must be found on their lines, in their sections, and nothing else.
//! What the checker got wrong and how it was fixed is in `fixtures/unseen17/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // WPS Office: headings by `w:outlineLvl` only, a run per word or two, bookmarks inside words
    Draft {
        name: "tuyen-quang-wps-office-2026.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "tuyen-quang-wps-office-2026-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "69:1 Info target.national-coverage [P2.II]",
            "70:71 Warning target.below-national [P2.II]",
            "97:73 Error budget.source-sum-mismatch [P2.V]",
            "103:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word's Strict Open XML: purl.oclc.org namespaces, heading styles, hyperlinks in the legal basis
    Draft {
        name: "ninh-binh-strict-open-xml-2026.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ninh-binh-strict-open-xml-2026-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "60:102 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:82 Warning target.deadline-outside-plan-year [P2.II]",
            "98:23 Error budget.total-mismatch [P2.V]",
            "107:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a 2027 plan: Part I evaluates 2026; multi-year projects, only the 2027 column adds up to V.
    Draft {
        name: "dak-lak-ke-hoach-2027-von-nhieu-nam.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "dak-lak-ke-hoach-2027-von-nhieu-nam-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "19:1 Info section.results-unlabelled [P1.II.1.1]",
            "69:1 Info target.national-coverage [P2.II]",
            "71:84 Warning target.below-national [P2.II]",
            "72:72 Warning target.deadline-outside-plan-year [P2.II]",
            "98:35 Error budget.total-mismatch [P2.V]",
            "108:33 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Word: the source merged down, group rows A/B spanning columns, a watermark, header and footer
    Draft {
        name: "khanh-hoa-word-gop-o-dau-trang-2026.docx",
        expected: &["1:1 Info document.template-year [-]", "69:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "khanh-hoa-word-gop-o-dau-trang-2026-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "60:103 Error budget.spent-exceeds-approved [P1.II.11]",
            "69:1 Info target.national-coverage [P2.II]",
            "72:38 Warning target.below-national [P2.II]",
            "97:23 Error budget.total-mismatch [P2.V]",
            "111:26 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a reviewed draft: notes in brackets with last year's figures, a `Ghi chú:` block after the table
    Draft {
        name: "phu-tho-gop-y-trong-ngoac-2026.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "70:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "phu-tho-gop-y-trong-ngoac-2026-loi.txt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "20:1 Info section.results-unlabelled [P1.II.1.1]",
            "61:102 Error budget.spent-exceeds-approved [P1.II.11]",
            "70:1 Info target.national-coverage [P2.II]",
            "72:84 Warning target.below-national [P2.II]",
            "107:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // pandoc's Markdown of a .docx: escaped numbers, `# PHẦN I`, bold sections, grid tables
    Draft {
        name: "quang-tri-pandoc-markdown-2026.md",
        expected: &["1:1 Info document.template-year [-]", "124:1 Info target.national-coverage [P2.II]"],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-tri-pandoc-markdown-2026-loi.md",
        expected: &[
            "1:1 Info document.template-year [-]",
            "124:1 Info target.national-coverage [P2.II]",
            "126:72 Warning target.below-national [P2.II]",
            "130:77 Warning target.deadline-outside-plan-year [P2.II]",
            "182:23 Error budget.total-mismatch [P2.V]",
            "213:117 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_17_precision_recall,
    round: "round 17",
    drafts: DRAFTS,
    files: "unseen17",
    pending: Pending::Nothing,
}
