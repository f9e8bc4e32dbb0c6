//! Round 13 of the unseen drafts: Word and LibreOffice files as drafters send them, with the
//! features a real 40-page plan carries: tracked changes left unaccepted (insertions kept,
//! deletions, moved-from text, deleted paragraphs and rows dropped), reviewers' comments and
//! footnotes holding figures of their own, a table of contents (Word's `TOC` field in its content
//! control, LibreOffice's field, an .odt `text:table-of-content`) listing every heading with a
//! page number, a text box written twice (`mc:AlternateContent`), content controls, smart tags,
//! hidden text, soft and no-break hyphens, a `w:sym` symbol, `w:fldSimple` and a formula field
//! giving the table's total, a header and a footer, numbering restarted by `w:startOverride`,
//! merged and nested cells in a landscape section, a file LibreOffice saved as .docx, a Strict
//! Open XML file. `fixtures/unseen13/make.py` writes each clean draft and its `-loi` copy (the
//! planted defects are its replacements), and each draft's reading (the lines a correct reader
//! gives) from which the expected lines were written. Each clean draft must get no error and no
//! warning; each `-loi` copy's defects must be found on their lines, in their sections, and
//! nothing else. What the checker still gets wrong is in `fixtures/unseen13/PENDING.md`.

mod common;
use common::{Draft, Pending};

const DRAFTS: &[Draft] = &[
    // tracked changes: figures corrected by a deletion beside an insertion, a moved paragraph,
    // a deleted paragraph and row, comments, a toggle written `off`
    Draft {
        name: "thai-binh-theo-doi-thay-doi-2025.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "63:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "thai-binh-theo-doi-thay-doi-2025-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "57:93 Error budget.spent-exceeds-approved [P1.II.11]",
            "63:1 Info target.national-coverage [P2.II]",
            "64:71 Warning target.below-national [P2.II]",
            "93:67 Error budget.source-sum-mismatch [P2.V]",
        ],
        missed: &[],
        extra: &[],
    },
    // a table of contents (field in its content control, PAGEREF page numbers), footnotes,
    // hyperlinks, a header and a footer
    Draft {
        name: "quang-ninh-muc-luc-chu-thich-2025.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "64:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "quang-ninh-muc-luc-chu-thich-2025-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "58:93 Error budget.spent-exceeds-approved [P1.II.11]",
            "64:1 Info target.national-coverage [P2.II]",
            "65:71 Warning target.below-national [P2.II]",
            "102:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // a text box, content controls, smart tags, `w:sym`, soft and no-break hyphens, hidden
    // text, `w:fldSimple`, a formula field's total
    Draft {
        name: "lao-cai-hop-van-ban-dieu-khien-2025.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "18:1 Info section.results-unlabelled [P1.II.1.1]",
            "65:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "lao-cai-hop-van-ban-dieu-khien-2025-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "18:1 Info section.results-unlabelled [P1.II.1.1]",
            "65:1 Info target.national-coverage [P2.II]",
            "66:73 Warning target.below-national [P2.II]",
            "95:23 Error budget.total-mismatch [P2.V]",
            "101:1 Warning budget.source-missing [P2.VII]",
            "104:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // numbering restarted by `w:startOverride`, merged and nested cells, a landscape section,
    // the header block a table
    Draft {
        name: "bac-giang-bang-ngang-o-gop-2025.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "11:1 Info section.results-unlabelled [P1.II.1.1]",
            "58:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "bac-giang-bang-ngang-o-gop-2025-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "11:1 Info section.results-unlabelled [P1.II.1.1]",
            "52:93 Error budget.spent-exceeds-approved [P1.II.11]",
            "58:1 Info target.national-coverage [P2.II]",
            "63:38 Warning target.below-national [P2.II]",
            "88:23 Error budget.total-mismatch [P2.V]",
            "100:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // saved by LibreOffice as .docx: its table of contents a field without a content control
    Draft {
        name: "ha-nam-libreoffice-luu-docx-2025.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "64:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ha-nam-libreoffice-luu-docx-2025-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "17:1 Info section.results-unlabelled [P1.II.1.1]",
            "64:1 Info target.national-coverage [P2.II]",
            "65:71 Warning target.below-national [P2.II]",
            "94:67 Error budget.source-sum-mismatch [P2.V]",
            "99:1 Warning budget.project-field-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // Strict Open XML
    Draft {
        name: "vinh-phuc-strict-ooxml-2025.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "63:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "vinh-phuc-strict-ooxml-2025-loi.docx",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "57:93 Error budget.spent-exceeds-approved [P1.II.11]",
            "63:1 Info target.national-coverage [P2.II]",
            "64:71 Warning target.below-national [P2.II]",
            "101:1 Warning budget.source-missing [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
    // LibreOffice .odt: a table of contents, tracked changes, footnotes, comments, hidden text
    Draft {
        name: "ben-tre-odt-muc-luc-theo-doi-2025.odt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "63:1 Info target.national-coverage [P2.II]",
        ],
        missed: &[],
        extra: &[],
    },
    Draft {
        name: "ben-tre-odt-muc-luc-theo-doi-2025-loi.odt",
        expected: &[
            "1:1 Info document.template-year [-]",
            "16:1 Info section.results-unlabelled [P1.II.1.1]",
            "57:93 Error budget.spent-exceeds-approved [P1.II.11]",
            "63:1 Info target.national-coverage [P2.II]",
            "64:71 Warning target.below-national [P2.II]",
            "93:23 Error budget.total-mismatch [P2.V]",
            "102:18 Error budget.total-mismatch [P2.VII]",
        ],
        missed: &[],
        extra: &[],
    },
];

unseen_round! {
    precision_recall: round_13_precision_recall,
    round: "round 13",
    drafts: DRAFTS,
    files: "unseen13",
    pending: Pending::Nothing,
}
