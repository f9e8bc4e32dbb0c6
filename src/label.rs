//! Heading numbers as drafts type them: `Phần I`, `PHẦN THỨ HAI`, `II.`, `3.`, `1.2.`, `a)`.

pub use crate::numerals::{roman_value, roman_value_any_case, to_roman};
use crate::vn;
use crate::vn::Bytewise;

/// A heading number, by kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// `Phần I`, `Phần thứ nhất`, `PHẦN 2`.
    Part(u32),
    /// `II.`, `IV -`, `VII)` (upper case only: `i.` is a list item).
    Roman(u32),
    /// `3.`, `1.2.`, `1.2`, `3)`.
    Arabic(Parts),
    /// `a)`, `b.`.
    Letter(char),
}

impl Label {
    /// The template's way of writing this number (`I`, `3`, `1.2`, `a`), to compare with a profile.
    pub fn number(&self) -> String {
        match self {
            Label::Part(n) | Label::Roman(n) => to_roman(*n),
            Label::Arabic(parts) => dotted(parts),
            Label::Letter(c) => c.to_string(),
        }
    }
}

/// The numbers of an Arabic label (`1.2.` → 1, 2), at most four, kept in place: a label is read
/// on most lines of a draft, and a list of its own would be an allocation each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    // (the slots past `len` stay 0, so the derived comparison compares the numbers)
    numbers: [u32; 4],
    len: u8,
}

impl Parts {
    /// The first four of `numbers`.
    pub fn new(numbers: &[u32]) -> Parts {
        let mut parts = Parts { numbers: [0; 4], len: 0 };
        for (slot, &n) in parts.numbers.iter_mut().zip(numbers) {
            *slot = n;
            parts.len += 1;
        }
        parts
    }
}

impl std::ops::Deref for Parts {
    type Target = [u32];
    fn deref(&self) -> &[u32] {
        self.numbers.get(..usize::from(self.len)).unwrap_or_default()
    }
}

impl std::ops::DerefMut for Parts {
    fn deref_mut(&mut self) -> &mut [u32] {
        self.numbers.get_mut(..usize::from(self.len)).unwrap_or_default()
    }
}

/// A line split into its number and its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled<'a> {
    pub label: Option<Label>,
    /// The label as typed (`PHẦN THỨ NHẤT`, `1.2.`), empty without one.
    pub label_text: &'a str,
    /// Byte offset of the title in the line.
    pub title_start: usize,
    /// True for a bullet (`-`, `+`, `•`): never a heading.
    pub bullet: bool,
}

/// What separates a label from its title: `.`, `:`, `-`, `–`, `—`, `)`, `/` (`I/`, `1/`, `a/`),
/// a space or a tab (and the `\` of pandoc's Markdown escaping the `.` or `)`: `1\.`, `a\)`).
fn is_separator(x: u8) -> bool {
    matches!(x, b'.' | b':' | b'-' | b')' | b'/' | b' ' | b'\t' | b'\\')
}

/// `/` then a space or a tab: a label closed by a slash (`I/ MỤC TIÊU`, `1/ Nhận thức số`, `a/
/// Kết quả`), never a date or a fraction (`30/6`, `4/5 số xã`).
fn slash_ends(b: &[u8]) -> bool {
    matches!(b, [b'/', b' ' | b'\t', ..])
}

/// Split a (normalised) line into label and title. Markdown heading marks and bold are skipped.
pub fn parse(line: &str) -> Labelled<'_> {
    // (most lines are refused by their first bytes, without the readers)
    if !may_be_labelled(line) {
        return Labelled { label: None, label_text: "", title_start: 0, bullet: false };
    }
    read(line)
}

/// False only where [`read`] can find neither a label nor a bullet, by the first bytes: a
/// figure not followed within two digits by `.` or `)` (`2024`, `95%`), a lower-case letter not
/// followed by `.` or `)` (except `ph`, for `phần`), an upper-case letter that starts no Roman
/// numeral nor `Phần`, a non-ASCII letter other than `đ)` (no Markdown mark or bullet starts
/// any of them; `tests::the_pre_test_refuses_no_label` checks it on every fixture line). A `\`
/// before the `.` or `)` is pandoc's Markdown escaping it (`1\.`, `a\)`).
fn may_be_labelled(line: &str) -> bool {
    match line.as_bytes() {
        [] => false,
        [b'0'..=b'9', b'.' | b')' | b'\\', ..] | [b'0'..=b'9', b'0'..=b'9', b'.' | b')' | b'\\', ..] => true,
        [b'0'..=b'9', b'/', b' ' | b'\t', ..] | [b'0'..=b'9', b'0'..=b'9', b'/', b' ' | b'\t', ..] => true,
        [b'0'..=b'9', ..] => false,
        // `Phần`, `PHẦN`, `Phan` (a non-ASCII second letter may fold away)
        [b'p' | b'P', x, ..] if !x.is_ascii() || matches!(x, b'h' | b'H') => true,
        // `a)`, `b.`, `đ)`
        [b'a'..=b'z', b'.' | b')' | b'\\', ..] | [0xC4, 0x91, b'.' | b')' | b'\\', ..] => true,
        [b'a'..=b'z', b'/', b' ' | b'\t', ..] | [0xC4, 0x91, b'/', b' ' | b'\t', ..] => true,
        [b'I' | b'V' | b'X' | b'L', ..] | [b'l', b'I' | b'V' | b'X', ..] => true,
        [b'a'..=b'z' | b'A'..=b'Z', ..] => false,
        // `•`, `–` and the other bullets
        [0xE2, ..] => true,
        [0x80..=0xFF, ..] => false,
        _ => true,
    }
}

/// [`parse`] without its pre-test.
fn read(line: &str) -> Labelled<'_> {
    let (lead, found, bullet) = find(line);
    // (`get`, not slicing, here and below: every offset ends an ASCII run, and no panic path
    // goes into the wasm)
    let rest = line.get(lead..).unwrap_or_default();
    if let Some((label, len)) = found {
        let after = rest.get(len..).unwrap_or_default();
        let title_rel = after.len() - trim_separators_start(after).len();
        let title_start = lead + len + title_rel;
        let label_text = trim_separators_end(rest.get(..len).unwrap_or_default());
        return Labelled { label: Some(label), label_text, title_start, bullet: false };
    }
    Labelled { label: None, label_text: "", title_start: lead, bullet }
}

/// Bytes of the sub-label `b` starts with (`a.1) `, `b.12. `: an item of the lettered group
/// `a)`, `b)` above it, not read as a label of the outline), 0 for none.
pub fn sub_label_len(b: &[u8]) -> usize {
    let digits = b.iter().skip(2).take_while(|c| c.is_ascii_digit()).count();
    match (b.first(), b.get(1), b.get(2 + digits), b.get(3 + digits)) {
        (Some(b'a'..=b'z'), Some(b'.'), Some(b')' | b'.'), Some(b' ')) if (1..=2).contains(&digits) => 4 + digits,
        _ => 0,
    }
}

/// Whether [`parse`] finds a label or a bullet, without splitting off the title (the wrap tests
/// of every line ask only this).
pub fn starts_labelled(line: &str) -> bool {
    // (`3. `, `12) `: most numbered lines say so by their first bytes, an Arabic label ending
    // at a space or a tab; [`arabic`] reads the rest)
    if matches!(line.as_bytes(), [b'0'..=b'9', b'.' | b')', b' ' | b'\t', ..] | [b'0'..=b'9', b'0'..=b'9', b'.' | b')', b' ' | b'\t', ..]) {
        return true;
    }
    may_be_labelled(line) && {
        let (_, found, bullet) = find(line);
        found.is_some() || bullet
    }
}

/// The line's Markdown lead (bytes), the label after it with its length, and whether it is a
/// bullet instead.
fn find(line: &str) -> (usize, Option<(Label, usize)>, bool) {
    let lead = markdown_lead(line);
    let rest = line.get(lead..).unwrap_or_default();
    // (this runs on every line, several times: the first byte says which readers can apply)
    let Some(&first) = rest.as_bytes().first() else { return (lead, None, false) };
    // (`•`, `◦`, `▪`, `–`, `…` by bytes; `\-`: pandoc's Markdown escapes a typed bullet)
    let b = rest.as_bytes();
    if matches!(first, b'-' | b'+' | b'*')
        || matches!(
            b,
            [b'\\', b'-' | b'+' | b'*', ..] | [0xE2, 0x80, 0xA2 | 0x93 | 0xA6, ..] | [0xE2, 0x97, 0xA6, ..] | [0xE2, 0x96, 0xAA, ..]
        )
    {
        return (lead, None, true);
    }
    let found = match first {
        b'P' => part(rest),
        b'p' => part(rest).or_else(|| letter(rest)),
        b'I' | b'V' | b'X' | b'L' => roman(rest),
        b'l' => roman(rest).or_else(|| letter(rest)),
        b'0'..=b'9' => arabic(rest),
        _ => letter(rest),
    };
    (lead, found, false)
}

/// The en and em dashes (U+2013, U+2014), separators too.
fn is_dash(b: &[u8]) -> bool {
    matches!(b, [0xE2, 0x80, 0x93 | 0x94])
}

/// `s` without the separators it starts with (byte by byte: this runs on every label).
fn trim_separators_start(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if is_separator(x) {
            i += 1;
        } else if b.get(i..i + 3).is_some_and(is_dash) {
            i += 3;
        } else {
            break;
        }
    }
    s.get(i..).unwrap_or_default()
}

/// `s` without the separators it ends with.
fn trim_separators_end(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(&x) = end.checked_sub(1).and_then(|i| b.get(i)) {
        if is_separator(x) {
            end -= 1;
        } else if end.checked_sub(3).and_then(|i| b.get(i..end)).is_some_and(is_dash) {
            end -= 3;
        } else {
            break;
        }
    }
    s.get(..end).unwrap_or_default()
}

/// Bytes of Markdown decoration before the label: `## `, `**`, `__`, and the quote marks of an
/// e-mailed or Markdown quotation (`> `, `>> `, `> > `).
fn markdown_lead(line: &str) -> usize {
    let b = line.as_bytes();
    // a scan's margin rule read as one `|` before the text (`| 3. Hạ tầng số`): no table
    if b.starts_with(b"| ") && crate::vn::find_byte(b'|', b.get(1..).unwrap_or_default()).is_none() {
        return 2;
    }
    let mut quoted = 0;
    while b.get(quoted) == Some(&b'>') && matches!(b.get(quoted + 1), Some(b' ' | b'>') | None) {
        quoted += 1 + usize::from(b.get(quoted + 1) == Some(&b' '));
    }
    let line = line.get(quoted..).unwrap_or_default();
    if !matches!(line.as_bytes().first(), Some(b'#' | b'*' | b'_')) {
        return quoted;
    }
    let t = line.trim_start_of(b"#");
    let t = if t.len() < line.len() { t.trim_start_ws() } else { t };
    // (prefixes stripped by hand: `trim_start_matches` with a string builds a searcher per call,
    // and this runs on every line)
    let mut t = t;
    while let Some(rest) = t.strip_prefix("**") {
        t = rest;
    }
    while let Some(rest) = t.strip_prefix("__") {
        t = rest;
    }
    quoted + line.len() - t.len()
}

fn part(s: &str) -> Option<(Label, usize)> {
    let (first, after_first) = split_word(s);
    if vn::fold(first) != "phan" {
        return None;
    }
    let ws = after_first.len() - after_first.trim_start_ws().len();
    let rest = after_first.get(ws..).unwrap_or_default();
    let consumed = s.len() - rest.len();
    let (word, after) = split_word(rest);
    let word_clean = trim_separators_end(word);
    let folded = vn::fold(word_clean);
    if folded == "thu" {
        // Phần thứ nhất / thứ hai …
        let ws2 = after.len() - after.trim_start_ws().len();
        let (ord, _) = split_word(after.get(ws2..).unwrap_or_default());
        let ord_clean = trim_separators_end(ord);
        let n = match vn::fold(ord_clean).as_str() {
            "nhat" => 1,
            "hai" => 2,
            "ba" => 3,
            "tu" => 4,
            "nam" => 5,
            "sau" => 6,
            _ => return None,
        };
        let len = consumed + word.len() + ws2 + ord_clean.len();
        return Some((Label::Part(n), len));
    }
    let n = roman_value_any_case(word_clean).or_else(|| small_number(word_clean))?;
    Some((Label::Part(n), consumed + word_clean.len()))
}

fn roman(s: &str) -> Option<(Label, usize)> {
    let len = s.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'l')).count();
    if len == 0 {
        return None;
    }
    let after = s.get(len..).unwrap_or_default();
    // `I.`, `II -`, `IV:`, `V)`; a bare `I` followed by a word is a pronoun or initial, not a label
    let sep = usize::from(matches!(after.as_bytes().first(), Some(b'.' | b')' | b':')) || slash_ends(after.as_bytes()));
    if sep == 0 && !matches!(after.trim_start_ws().as_bytes(), [b'-', ..] | [0xE2, 0x80, 0x93 | 0x94, ..]) {
        return None;
    }
    // (`Il.`, `lII.`: a scan's OCR read `l` for `I`, which [`roman_value_any_case`] reads so)
    let n = roman_value_any_case(s.get(..len)?)?;
    Some((Label::Roman(n), len + sep))
}

fn arabic(s: &str) -> Option<(Label, usize)> {
    let bytes = s.as_bytes();
    // (read into an array: most lines starting with a figure are not labels, and are refused
    // without allocating)
    let mut parts = [0u32; 5];
    let mut count = 0;
    let mut i = 0;
    loop {
        let digits = bytes.get(i..).unwrap_or_default().iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 2 {
            return None;
        }
        let value = bytes.get(i..i + digits)?.iter().fold(0, |n, b| n * 10 + u32::from(b - b'0'));
        *parts.get_mut(count)? = value;
        count += 1;
        i += digits;
        match bytes.get(i) {
            Some(b'.') if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 1,
            Some(b'.') | Some(b')') => {
                i += 1;
                break;
            }
            Some(b'/') if slash_ends(bytes.get(i..).unwrap_or_default()) => {
                i += 1;
                break;
            }
            // (pandoc's Markdown: `1\.`, `3\)`)
            Some(b'\\') if matches!(bytes.get(i + 1), Some(b'.' | b')')) => {
                i += 2;
                break;
            }
            _ if count > 1 => break, // `1.2 Tên mục`
            _ => return None,        // `05 chuyên gia` is a count, not a label
        }
    }
    // the label must end the word: `1.2.3.4.5` ok, `3.5%` or `2)a` not
    match crate::vn::first_char(s.get(i..).unwrap_or_default()) {
        None => {}
        Some(c) if crate::vn::is_space(c) || c == '-' || c == '–' => {}
        _ => return None,
    }
    if count > 4 {
        return None;
    }
    Some((Label::Arabic(Parts::new(parts.get(..count)?)), i))
}

fn letter(s: &str) -> Option<(Label, usize)> {
    let c = crate::vn::first_char(s)?;
    if !(c.is_ascii_lowercase() || c == 'đ') {
        return None;
    }
    // `a)`, `b.`, and `a\)` (pandoc's Markdown escapes the `)`): the label's length
    let at = c.len_utf8();
    let len = at + usize::from(s.as_bytes().get(at) == Some(&b'\\')) + 1;
    let ends = matches!(s.as_bytes().get(len - 1), Some(b')' | b'.')) || slash_ends(s.as_bytes().get(len - 1..).unwrap_or_default());
    if !ends || !crate::vn::first_char(s.get(len..)?).is_none_or(crate::vn::is_space) {
        return None;
    }
    Some((Label::Letter(c), len))
}

/// `1.2.3`: the parts joined by hand (a `[String]::join` is a copy of the join code in the
/// wasm of its own; the other joins are of `&str`).
pub(crate) fn dotted(parts: &[u32]) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        crate::message::Piece::put(p, &mut out);
    }
    out
}

fn split_word(s: &str) -> (&str, &str) {
    let end = crate::vn::find_space(s).unwrap_or(s.len());
    (s.get(..end).unwrap_or(s), s.get(end..).unwrap_or_default())
}

fn small_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    crate::vn::parse_u32(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_are_read_only_when_written_canonically() {
        for n in 1..40 {
            assert_eq!(roman_value(&to_roman(n)), Some(n));
        }
        for s in ["", "IIII", "VX", "IL", "XXXX", "A", "IIV", "VV", "L"] {
            assert_eq!(roman_value(s), None, "{s}");
        }
    }

    fn label(s: &str) -> Option<Label> {
        parse(s).label
    }

    #[test]
    fn parts() {
        assert_eq!(label("Phần I"), Some(Label::Part(1)));
        assert_eq!(label("PHẦN II. NỘI DUNG"), Some(Label::Part(2)));
        assert_eq!(label("Phần thứ nhất"), Some(Label::Part(1)));
        assert_eq!(label("PHẦN THỨ HAI: KẾ HOẠCH"), Some(Label::Part(2)));
        assert_eq!(label("Phan 2 - Noi dung"), Some(Label::Part(2)));
        assert_eq!(label("Phần lớn các cơ quan"), None);
        let l = parse("PHẦN THỨ HAI: KẾ HOẠCH");
        assert_eq!(l.label_text, "PHẦN THỨ HAI");
        assert_eq!(&"PHẦN THỨ HAI: KẾ HOẠCH"[l.title_start..], "KẾ HOẠCH");
    }

    #[test]
    fn numbers() {
        assert_eq!(label("II. MỤC TIÊU"), Some(Label::Roman(2)));
        assert_eq!(label("IV - Giải pháp"), Some(Label::Roman(4)));
        assert_eq!(label("VII. DANH MỤC"), Some(Label::Roman(7)));
        assert_eq!(label("3. Hạ tầng số"), Some(Label::Arabic(Parts::new(&[3]))));
        assert_eq!(label("1.2. Chia sẻ"), Some(Label::Arabic(Parts::new(&[1, 2]))));
        assert_eq!(label("1.3 Truyền thông"), Some(Label::Arabic(Parts::new(&[1, 3]))));
        assert_eq!(label("a) Kết quả đạt được:"), Some(Label::Letter('a')));
        assert_eq!(label("## III. NHIỆM VỤ"), Some(Label::Roman(3)));
        assert_eq!(label("**1. Nhận thức số**"), Some(Label::Arabic(Parts::new(&[1]))));
        assert_eq!(label("p) Phát triển"), Some(Label::Letter('p')));
        assert_eq!(label("1.2.3.4 Mục"), Some(Label::Arabic(Parts::new(&[1, 2, 3, 4]))));
        assert_eq!(label("1.2.3.4.5 Mục"), None);
        // a label closed by a slash, never a date or a fraction
        assert_eq!(label("II/ MỤC TIÊU"), Some(Label::Roman(2)));
        assert_eq!(label("10/ Xã hội số"), Some(Label::Arabic(Parts::new(&[10]))));
        assert_eq!(label("1.1/ Ngày Chuyển đổi số"), Some(Label::Arabic(Parts::new(&[1, 1]))));
        assert_eq!(label("a/ Kết quả đạt được:"), Some(Label::Letter('a')));
        assert_eq!(label("đ/ Xã hội số"), Some(Label::Letter('đ')));
        for s in ["30/6/2027 là hạn", "4/5 số xã", "1/2 dân số", "I/O tốc độ cao", "a/b"] {
            assert_eq!(label(s), None, "{s}");
        }
        let l = parse("1.1/ Ngày Chuyển đổi số");
        assert_eq!((l.label_text, &"1.1/ Ngày Chuyển đổi số"[l.title_start..]), ("1.1", "Ngày Chuyển đổi số"));
        let l = parse("II – – Giải pháp");
        assert_eq!((l.label, l.label_text, l.title_start), (Some(Label::Roman(2)), "II", "II – – ".len()));
        let l = parse("Phần 2 — Nội dung");
        assert_eq!((l.label_text, l.title_start), ("Phần 2", "Phần 2 — ".len()));
    }

    #[test]
    fn a_scans_misread_numerals() {
        assert_eq!(label("Il. MỤC TIÊU"), Some(Label::Roman(2)));
        assert_eq!(label("lII. NHIỆM VỤ"), Some(Label::Roman(3)));
        assert_eq!(label("Vl. TỔ CHỨC THỰC HIỆN"), Some(Label::Roman(6)));
        assert_eq!(label("VIl. DANH MỤC"), Some(Label::Roman(7)));
        assert_eq!(label("Phần Il"), Some(Label::Part(2)));
        assert_eq!(label("l) Nội dung"), Some(Label::Letter('l')));
        assert_eq!(label("| 3. Hạ tầng số"), Some(Label::Arabic(Parts::new(&[3]))));
        assert_eq!(parse("| 3. Hạ tầng số").title_start, 5);
        assert_eq!(label("| STT | Tên"), None);
    }

    #[test]
    fn not_labels() {
        assert_eq!(label("05 chuyên gia"), None);
        assert_eq!(label("1.250 triệu đồng"), None);
        assert_eq!(label("2024 - 2025"), None);
        assert_eq!(label("3.5% dân số"), None);
        assert_eq!(label("In ấn tài liệu"), None);
        assert_eq!(label("I am"), None);
        assert!(parse("- Phấn đấu 100%").bullet);
    }

    /// The pre-test never refuses a line that the readers would take, on every line of every
    /// fixture and on lines made of the first characters that matter.
    #[test]
    fn the_pre_test_refuses_no_label() {
        let mut lines: Vec<String> = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests"))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    for line in text.lines() {
                        lines.push(line.to_string());
                        lines.push(line.trim().to_string());
                    }
                }
            }
        }
        assert!(lines.len() > 10_000, "{}", lines.len());
        let heads = [
            "",
            " ",
            "1",
            "12",
            "123",
            "1.",
            "12.",
            "1)",
            "12)",
            "1.2",
            "1.2.",
            "1 ",
            "a",
            "p",
            "P",
            "đ",
            "Đ",
            "I",
            "V",
            "X",
            "L",
            "i",
            "v",
            "A",
            "Z",
            "z",
            "ph",
            "Ph",
            "PH",
            "pH",
            "p\u{300}",
            "P\u{300}",
            "Pha",
            "Phần",
            "PHẦN",
            "phần",
            "Phan",
            "p\u{300}han",
            "-",
            "+",
            "*",
            "•",
            "◦",
            "▪",
            "–",
            "—",
            "…",
            "#",
            "##",
            "**",
            "__",
            ">",
            "> ",
            ">>",
            "> > ",
            "ư",
            "ó",
            "Ư",
            "\t",
            ".",
            ")",
            "(",
            "\u{a0}",
            "\u{200b}",
            "\\",
            "1\\",
            "a\\",
        ];
        let tails = ["", " ", ".", ")", ":", "-", " - ", " – ", "I", "II.", " thứ hai", " 2", " II", "1.", "a)", "x", "\\.", "\\)", "\\-"];
        for h in heads {
            for m in heads {
                for t in tails {
                    lines.push(format!("{h}{m}{t}"));
                    lines.push(format!("{h}{m}{t} Tên mục"));
                }
            }
        }
        for line in &lines {
            let full = read(line);
            if !may_be_labelled(line) {
                assert_eq!(full, Labelled { label: None, label_text: "", title_start: 0, bullet: false }, "{line:?}");
            }
            assert_eq!(parse(line), full, "{line:?}");
            assert_eq!(starts_labelled(line), full.label.is_some() || full.bullet, "{line:?}");
        }
    }

    #[test]
    fn pandocs_escaped_labels_and_bullets() {
        assert_eq!(label("1\\. Nhận thức số"), Some(Label::Arabic(Parts::new(&[1]))));
        assert_eq!(label("10\\. Xã hội số"), Some(Label::Arabic(Parts::new(&[10]))));
        assert_eq!(label("3\\) Hạ tầng số"), Some(Label::Arabic(Parts::new(&[3]))));
        assert_eq!(label("a\\) Kết quả đạt được:"), Some(Label::Letter('a')));
        assert_eq!(label("đ\\) Dữ liệu số"), Some(Label::Letter('đ')));
        let l = parse("b\\) Tồn tại, hạn chế");
        assert_eq!((l.label_text, &"b\\) Tồn tại, hạn chế"[l.title_start..]), ("b", "Tồn tại, hạn chế"));
        let l = parse("1\\. Nhận thức số");
        assert_eq!((l.label_text, l.title_start), ("1", 4));
        for b in ["\\- Tỷ lệ hồ sơ đạt 83%;", "\\* Tỷ lệ", "\\+ Tỷ lệ"] {
            assert!(parse(b).bullet, "{b}");
        }
        // an escape elsewhere is no label
        assert_eq!(label("1\\% dân số"), None);
        assert_eq!(label("a\\b"), None);
        assert_eq!(label("\\[1\\] Số liệu"), None);
    }

    #[test]
    fn quote_marks_of_an_emailed_copy_are_skipped() {
        assert_eq!(label("> 2.1. Nghị quyết của cấp ủy"), Some(Label::Arabic(Parts::new(&[2, 1]))));
        assert_eq!(label(">> II. MỤC TIÊU"), Some(Label::Roman(2)));
        assert_eq!(label("> > Phần thứ hai"), Some(Label::Part(2)));
        assert!(parse("> - Phấn đấu 100%").bullet);
        // a `>` that is not a quote mark stays
        assert_eq!(label(">80% hồ sơ"), None);
        assert_eq!(label("> 80% hồ sơ"), None);
    }
}
