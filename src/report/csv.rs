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
    line(&mut out, &HEADER.map(String::from), separator);
    for r in rows {
        let cells = [
            r.file.clone(),
            r.level.clone(),
            r.plan_year.to_string(),
            if r.unreadable { "không / no".into() } else { "có / yes".into() },
            r.errors.to_string(),
            r.warnings.to_string(),
            r.infos.to_string(),
            r.section.to_string(),
            r.target.to_string(),
            r.budget.to_string(),
            r.input.to_string(),
            r.missing.clone(),
            r.note.clone(),
        ];
        line(&mut out, &cells, separator);
    }
    out
}

// (one copy for the header and the rows: a slice, not an iterator type each)
fn line(out: &mut String, cells: &[String], separator: char) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(separator);
        }
        out.push_str(&cell_text(cell, separator));
    }
    out.push_str("\r\n");
}

/// A cell as CSV: a text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
/// the start: a file named `=HYPERLINK(…).docx`) gets a leading `'`; quoted when it holds the
/// separator, a quote or a line break.
fn cell_text(cell: &str, separator: char) -> String {
    let number = cell.len() > 1 && cell.bytes().skip(1).all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number { format!("'{cell}") } else { cell.to_string() };
    if guarded.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
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

    #[test]
    fn negative_numbers_are_not_formulas() {
        assert_eq!(cell_text("-5", ','), "-5");
        assert_eq!(cell_text("-1.250,5", ';'), "-1.250,5");
        assert_eq!(cell_text("Đọc được", ','), "Đọc được");
        assert_eq!(cell_text("-Đ", ','), "'-Đ");
    }
}
