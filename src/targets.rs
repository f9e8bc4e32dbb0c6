//! The targets of a plan: every statement of `II. Mục tiêu` (bullets, numbered lines,
//! paragraphs holding several targets separated by `;`) and every row of a target table in the
//! section or in an appendix it refers to — each with its figures, dates and, where its words
//! name one, the national indicator it answers.

use crate::document::Document;
use crate::indicators::{self, Indicator};
use crate::kinds::Level;
use crate::outline::content::Contents;
use crate::outline::Outline;
use crate::profile::Profile;
use crate::profile::Role;
use crate::quantity::{self, Figure, Quantity, When};
use crate::table::{self, Table};
use crate::vn;

/// A target statement.
#[derive(Debug, Clone)]
pub struct Target {
    pub line: usize,
    /// Byte range of the statement in the line's text.
    pub from: usize,
    pub to: usize,
    pub text: String,
    pub figures: Vec<Figure>,
    pub dates: Vec<When>,
    /// For each figure (by index), the national indicator it answers.
    pub matches: Vec<(usize, &'static Indicator)>,
    /// A row of a target table (the figure is in the value column).
    pub from_table: bool,
}

impl Target {
    /// Quantified: a percentage, a count with its unit, a rank, or a completion bound to a date.
    pub fn quantified(&self) -> bool {
        !self.figures.is_empty() || self.dates.iter().any(|d| d.deadline && d.day.or(d.month).is_some())
    }
}

#[derive(Debug, Default)]
pub struct Targets {
    /// Lines of `II. Mục tiêu`, heading included.
    pub p2ii_lines: Option<(usize, usize)>,
    pub items: Vec<Target>,
}

/// Sub-headings inside `II. Mục tiêu` that introduce general aims, not measurable targets.
const GENERAL: &[&str] = &["muc tieu chung", "muc tieu tong quat", "quan diem", "muc dich", "yeu cau"];

/// `tables`: every table of the document (read once per check, shared with the budget).
pub fn read(doc: &Document, profile: &Profile, outline: &Outline, contents: &Contents, tables: &[Table], level: Option<Level>) -> Targets {
    let mut targets = Targets::default();
    let Some(section) = profile.role(Role::Targets) else { return targets };
    let Some(&h) = outline.by_section[section].first() else { return targets };
    let heading = &outline.headings[h];
    let end = outline.headings.get(h + 1).map_or(outline.body_end, |n| n.line).max(heading.last_line + 1);
    targets.p2ii_lines = Some((heading.line, end));
    let mut general = false;
    // text after the heading on its own line (`II. MỤC TIÊU: …`)
    if !heading.inline_text.is_empty() {
        let line = &doc.lines[heading.line].text;
        let at = line.rfind(heading.inline_text.as_str()).unwrap_or(line.len());
        statements(doc, heading.line, at, &mut targets.items);
    }
    for idx in heading.last_line + 1..end.min(doc.lines.len()) {
        let text = &doc.lines[idx].text;
        if text.is_empty() || table::row_cells(text).is_some() {
            continue;
        }
        let parsed = crate::outline::label::parse(text);
        let f = vn::fold(text.get(parsed.title_start..).unwrap_or(text));
        let words = f.split(' ').count();
        let sub_heading = !parsed.bullet
            && (text.trim_end().ends_with(':')
                || GENERAL.iter().any(|g| f.starts_with(g))
                || f.starts_with("muc tieu cu the")
                || f.starts_with("chi tieu"));
        if words <= 10 && sub_heading {
            general = GENERAL.iter().any(|g| f.contains(g)); // a sub-heading: general aims or specific targets follow
            continue;
        }
        if !general {
            statements(doc, idx, 0, &mut targets.items);
        }
    }
    // target tables: in the section, or in an appendix it refers to
    let referred: Vec<u32> = contents.appendix_refs.iter().filter(|r| r.section == section).map(|r| r.number).collect();
    for t in tables {
        let first = t.first_line();
        let inside = first > heading.line && first < end;
        let in_appendix = first >= outline.body_end
            && outline.appendices.iter().rev().find(|a| a.line <= first).and_then(|a| a.number).is_some_and(|n| referred.contains(&n));
        if inside || in_appendix {
            table_targets(t, &mut targets.items);
        }
    }
    for t in &mut targets.items {
        match_indicators(t, level);
    }
    targets
}

/// The statements of one line: the line without its bullet, split at `;` when each part says
/// something on its own.
fn statements(doc: &Document, idx: usize, from: usize, out: &mut Vec<Target>) {
    let text = &doc.lines[idx].text;
    let body = &text[from..];
    let parsed = crate::outline::label::parse(body);
    let lead = if parsed.bullet {
        body.len() - body.trim_start_matches(['-', '+', '•', '◦', '▪', '*', '–', ' ']).len()
    } else if parsed.label.is_some() {
        parsed.title_start
    } else {
        0
    };
    let start = from + lead;
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = start;
    for (i, c) in text[start..].char_indices() {
        if c == ';' {
            parts.push((s, start + i));
            s = start + i + 1;
        }
    }
    parts.push((s, text.len()));
    // a part too short to stand alone stays with the one before it
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in parts {
        let words = text[a..b].split_whitespace().count();
        match merged.last_mut() {
            Some(last) if words < 3 => last.1 = b,
            _ => merged.push((a, b)),
        }
    }
    for (a, b) in merged {
        let raw = &text[a..b];
        let trimmed = raw.trim().trim_end_matches(['.', ',']).trim_end();
        if vn::fold(trimmed).is_empty() {
            continue;
        }
        let a = a + (raw.len() - raw.trim_start().len());
        let b = a + trimmed.len();
        out.push(target(idx, a, b, trimmed, false));
    }
}

/// A target at bytes `from..to` of its line; figure and date ranges are made line-relative.
fn target(line: usize, from: usize, to: usize, text: &str, from_table: bool) -> Target {
    let mut dates = quantity::dates(text);
    dates.extend(quantity::roman_quarters(text));
    let mut figures = quantity::figures(text);
    for f in &mut figures {
        f.from += from;
        f.to += from;
    }
    for d in &mut dates {
        d.from += from;
        d.to += from;
    }
    Target { line, from, to, text: text.to_string(), figures, dates, matches: Vec::new(), from_table }
}

/// Rows of a target table: `STT | Chỉ tiêu | Đơn vị | … | Kế hoạch 2024`.
fn table_targets(t: &Table, out: &mut Vec<Target>) {
    let Some((h, header)) = t.rows.iter().enumerate().take(3).find(|(_, r)| r.cells.iter().any(|c| is_name_header(&c.text))) else {
        return;
    };
    let name_col = header.cells.iter().position(|c| is_name_header(&c.text));
    let unit_col = header.cells.iter().position(|c| vn::fold(&c.text).starts_with("don vi"));
    // the value is the last column that speaks of a plan, a target or a year
    let value_col = header.cells.iter().rposition(|c| {
        let f = vn::fold(&c.text);
        f.contains("ke hoach")
            || f.contains("muc tieu")
            || f.contains("chi tieu nam")
            || f.split(' ').any(|w| w.len() == 4 && w.starts_with("20"))
    });
    let (Some(name_col), Some(value_col)) = (name_col, value_col) else { return };
    if name_col == value_col {
        return;
    }
    for row in &t.rows[h + 1..] {
        let Some(name) = row.cells.get(name_col) else { continue };
        let stt = row.cells.first().map(|c| c.text.as_str()).unwrap_or("");
        if name.text.is_empty() || crate::outline::label::roman_value(stt.trim_end_matches('.')).is_some() {
            continue; // a group row
        }
        let value = row.cells.get(value_col).map(|c| c.text.as_str()).unwrap_or("");
        let unit = unit_col.and_then(|u| row.cells.get(u)).map(|c| c.text.trim()).unwrap_or("");
        // `%` in its own column: the bare number is a percentage
        let value_text = if unit == "%" && !value.contains('%') && !value.is_empty() { format!("{value}%") } else { value.to_string() };
        let mut tg = target(row.line, name.from, name.to, &name.text, true);
        // the figures are in the value cell: point at it
        let (cf, ct) = row.cells.get(value_col).map_or((name.from, name.to), |c| (c.from, c.to));
        tg.figures = quantity::figures(&value_text);
        tg.figures.iter_mut().for_each(|f| (f.from, f.to) = (cf, ct));
        tg.dates.extend(quantity::dates(&value_text).into_iter().map(|mut d| {
            (d.from, d.to) = (cf, ct);
            d
        }));
        out.push(tg);
    }
}

fn is_name_header(text: &str) -> bool {
    let f = vn::fold(text);
    f.starts_with("chi tieu") || f.starts_with("ten chi tieu") || f.starts_with("noi dung") || f == "muc tieu"
}

fn match_indicators(t: &mut Target, level: Option<Level>) {
    let n = t.figures.len();
    if n == 0 {
        return;
    }
    let scores = indicators::StatementScores::new(&t.text);
    for i in 0..n {
        let unit = match t.figures[i].quantity {
            Quantity::Percent { .. } | Quantity::PercentRange { .. } => "%",
            Quantity::Rank { .. } => "rank",
            Quantity::Count { .. } => continue,
        };
        // the words around this figure: from it to the next figure (the last takes the tail)
        let (a, b) = if t.from_table {
            (0, t.text.len())
        } else {
            let start = t.figures[i].from.saturating_sub(t.from);
            let end = t.figures.get(i + 1).map_or(t.text.len(), |f| f.from.saturating_sub(t.from)).min(t.text.len());
            (start.min(end), end)
        };
        let window = t.text.get(a..b).unwrap_or(&t.text);
        if let Some((ind, _)) = scores.best(window, unit, level) {
            t.matches.push((i, ind));
        }
    }
}
