//! The reviewers' summary table as CSV: one implementation for the CLI (`--format csv`) and the
//! page (through wasm), so both write the same columns, quoting and formula guard.

use super::SummaryRow;

/// The header row: Vietnamese column names, then the stable keys in English.
pub const HEADER: [&str; 13] = [
    "Tệp / file",
    "Cấp / level",
    "Năm / plan_year",
    "Đọc được / readable",
    "Lỗi / errors",
    "Cảnh báo / warnings",
    "Thông tin / infos",
    "Cấu trúc / section",
    "Mục tiêu / target",
    "Kinh phí / budget",
    "Đầu vào / input",
    "Mục thiếu / missing",
    "Ghi chú / note",
];

/// The summary table as CSV text (UTF-8 with BOM so Excel reads Vietnamese, CRLF line ends).
/// `separator` is `,` or `;` (Excel in a Vietnamese locale expects `;`).
pub fn summary_csv(rows: &[SummaryRow], separator: char) -> String {
    let mut out = String::from("\u{feff}");
    for (i, name) in HEADER.iter().enumerate() {
        cell(&mut out, i, name, separator);
    }
    // each cell written in place, numbers without `fmt` (the core module's summaryCsv weighed
    // ~3 KB gzip with a String per cell)
    for r in rows {
        out.push_str("\r\n");
        cell(&mut out, 0, &r.file, separator);
        cell(&mut out, 1, &r.level, separator);
        out.push(separator);
        super::push_unsigned(&mut out, u64::from(r.plan_year));
        cell(&mut out, 3, if r.unreadable { "không / no" } else { "có / yes" }, separator);
        for n in [r.errors, r.warnings, r.infos, r.section, r.target, r.budget, r.input] {
            out.push(separator);
            super::push_unsigned(&mut out, n as u64);
        }
        cell(&mut out, 11, &r.missing, separator);
        cell(&mut out, 12, &r.note, separator);
    }
    out.push_str("\r\n");
    out
}

/// Cell `i` of a line: the separator before it (not the first), then its text as CSV.
fn cell(out: &mut String, i: usize, text: &str, separator: char) {
    if i > 0 {
        out.push(separator);
    }
    push_cell_text(out, text, separator);
}

/// A cell as CSV: a text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
/// the start: a file named `=HYPERLINK(…).docx`) gets a leading `'`; quoted when it holds the
/// separator, a quote or a line break (doubling its quotes). (Numbers, digits only, need neither.)
fn push_cell_text(out: &mut String, cell: &str, separator: char) {
    // (on bytes: every character looked for is ASCII; `char` patterns cost ~1 KB of code here)
    let bytes = cell.as_bytes();
    let number = bytes.len() > 1 && bytes.iter().skip(1).all(|&b| b.is_ascii_digit() || b == b'.' || b == b',');
    let guarded = matches!(bytes.first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) && !number;
    // (the guard `'` is never the separator, a quote or a line break)
    let quoted = crate::vn::chars(cell).any(|c| matches!(c, '"' | '\n' | '\r') || c == separator);
    if quoted {
        out.push('"');
    }
    if guarded {
        out.push('\'');
    }
    if quoted {
        let mut from = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'"' {
                // `i` is an ASCII byte: a character boundary; the quote is written twice
                out.push_str(cell.get(from..=i).unwrap_or_default());
                from = i;
            }
        }
        out.push_str(cell.get(from..).unwrap_or_default());
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(file: &str) -> SummaryRow {
        SummaryRow {
            file: file.into(),
            level: "tinh".into(),
            plan_year: 2024,
            unreadable: false,
            errors: 1,
            warnings: 2,
            infos: 0,
            section: 1,
            target: 2,
            budget: 0,
            input: 0,
            missing: "P2.V Kinh phí thực hiện".into(),
            note: String::new(),
        }
    }

    #[test]
    fn formulas_are_neutralised_and_separators_quoted() {
        let csv = summary_csv(&[row("=HYPERLINK(\"x\").docx"), row("+cmd"), row("a;b.docx")], ';');
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[1].starts_with("\"'=HYPERLINK(\"\"x\"\").docx\";tinh;2024;"), "{}", lines[1]);
        assert!(lines[2].starts_with("'+cmd;"), "{}", lines[2]);
        assert!(lines[3].starts_with("\"a;b.docx\";"), "{}", lines[3]);
        // with `,` the `;` needs no quotes
        assert!(summary_csv(&[row("a;b.docx")], ',').lines().nth(1).is_some_and(|l| l.starts_with("a;b.docx,")));
    }

    fn cell_text(cell: &str, separator: char) -> String {
        let mut out = String::new();
        push_cell_text(&mut out, cell, separator);
        out
    }

    #[test]
    fn negative_numbers_are_not_formulas() {
        assert_eq!(cell_text("-5", ','), "-5");
        assert_eq!(cell_text("-1.250,5", ';'), "-1.250,5");
        assert_eq!(cell_text("Đọc được", ','), "Đọc được");
        assert_eq!(cell_text("-Đ", ','), "'-Đ");
    }
}
