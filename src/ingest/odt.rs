//! OpenDocument text (.odt, LibreOffice): `content.xml` into lines. Headings (`text:h`) and
//! paragraphs become lines, tables become tab-separated rows; the labels of automatic numbering
//! (a `text:list` of a numbered `text:list-style`, headings numbered by the `text:outline-style`)
//! are written before their paragraphs, as LibreOffice shows them. What the page does not show as
//! the document's text is not read: comments (`office:annotation`), footnotes (`text:note`), the
//! tracked changes' record of deleted text (`text:tracked-changes`), hidden text (a style or
//! a section with `text:display="none"`, `text:hidden-text`, `text:hidden-paragraph`), and text
//! struck through (a style with `style:text-line-through-style`: the drafter's deletion). A text
//! box's paragraphs (`draw:text-box` in a paragraph) are lines of their own, before the line of
//! the paragraph they stand in, which keeps its text.

use quick_xml::events::{BytesStart, Event};

use super::docx::{attr, is_toc_style};
use super::zipfile::Archive;
use super::{Format, Ingested, Unreadable};
use crate::vn::WordMap;

pub fn read(archive: &mut Archive) -> Result<Ingested, Unreadable> {
    let Some(xml) = archive.text("content.xml")? else {
        return Err(Unreadable::corrupt("thiếu content.xml".into(), "content.xml is missing".into()));
    };
    let mut styles = Styles::default();
    // (the outline style and the named styles live in styles.xml; a damaged one is read as far as it goes)
    if let Ok(Some(named)) = archive.text("styles.xml") {
        styles.read(&mut quick_xml::Reader::from_str(&named), None);
    }
    read_content(&xml, styles)
}

/// A level of a list style or of the outline style: `style:num-format` (`1`, `I`, `i`, `A`, `a`;
/// empty for a bullet or no number), the label's prefix and suffix, how many levels it shows
/// (`1.2.`), and the first number.
#[derive(Clone, Default)]
struct Level {
    format: String,
    prefix: String,
    suffix: String,
    shown: usize,
    start: u32,
}

/// Levels of a list style (or of the outline style) and the last number given at each.
#[derive(Default)]
struct List {
    levels: [Level; LEVELS],
    counts: [u32; LEVELS],
}

const LEVELS: usize = 10;
/// List styles read (a long LibreOffice document has a few hundred); later ones number nothing.
const MAX_LIST_STYLES: usize = 1024;

/// The styles that matter for the text: hidden ones (`text:display="none"`), list styles (the
/// outline style is `lists[0]`), and the entry styles of a table of contents (`contents`).
struct Styles {
    hidden: WordMap,
    names: WordMap,
    lists: Vec<List>,
    contents: WordMap,
}

impl Default for Styles {
    fn default() -> Styles {
        Styles { hidden: WordMap::default(), names: WordMap::default(), lists: vec![List::default()], contents: WordMap::default() }
    }
}

impl Styles {
    /// Read style definitions from `reader` until the end of the file or, in content.xml, the
    /// end of `office:automatic-styles` (`until`).
    fn read(&mut self, reader: &mut quick_xml::Reader<&[u8]>, until: Option<&[u8]>) {
        let (mut style, mut list): (Option<String>, Option<usize>) = (None, None);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.name().as_ref() {
                    b"style:style" => {
                        style = attr(&e, b"style:name");
                        // an entry style of a table of contents: `Contents 1` … `Contents 10`
                        // (the name `Contents_20_1` in every language: `_20_` is a space), or a
                        // style derived from one (Writer's automatic `P7` when an entry's tab
                        // stops or indent were touched)
                        let parent = attr(&e, b"style:parent-style-name");
                        if let Some(name) = style.as_ref().filter(|name| {
                            is_toc_style(&name.replace("_20_", " ")) || parent.is_some_and(|p| self.contents.get(&p).is_some())
                        }) {
                            self.contents.insert(name.clone(), 1);
                        }
                    }
                    // hidden, or struck through (`style:text-line-through-style` other than
                    // `none`: text the drafter deleted, left in sight, an old figure before its new one)
                    b"style:text-properties" | b"style:paragraph-properties"
                        if attr(&e, b"text:display").as_deref() == Some("none")
                            || attr(&e, b"style:text-line-through-style").is_some_and(|s| s != "none") =>
                    {
                        if let Some(name) = style.take() {
                            self.hidden.insert(name, 1);
                        }
                    }
                    // (bounded: each is about 1 KB here for a few dozen bytes of XML)
                    b"text:list-style" if self.lists.len() < MAX_LIST_STYLES => {
                        list = attr(&e, b"style:name").map(|name| {
                            self.lists.push(List::default());
                            self.names.insert(name, (self.lists.len() - 1) as u32);
                            self.lists.len() - 1
                        })
                    }
                    b"text:outline-style" => list = Some(0),
                    name @ (b"text:list-level-style-number" | b"text:list-level-style-bullet" | b"text:outline-level-style") => {
                        let at = attr(&e, b"text:level").and_then(|l| l.parse::<usize>().ok()).filter(|l| (1..=LEVELS).contains(l));
                        if let (Some(k), Some(at)) = (list, at) {
                            let numbered = name != b"text:list-level-style-bullet";
                            let get = |n: &[u8]| attr(&e, n).unwrap_or_default();
                            self.lists[k].levels[at - 1] = Level {
                                format: if numbered { get(b"style:num-format") } else { String::new() },
                                prefix: get(b"style:num-prefix"),
                                suffix: get(b"style:num-suffix"),
                                shown: get(b"text:display-levels").parse().unwrap_or(1),
                                start: get(b"text:start-value").parse().unwrap_or(1),
                            };
                        }
                    }
                    _ => {}
                },
                Ok(Event::End(e)) => match e.name().as_ref() {
                    b"style:style" => style = None,
                    b"text:list-style" | b"text:outline-style" => list = None,
                    name if Some(name) == until => return,
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => return,
                _ => {}
            }
        }
    }

    /// An entry of a table of contents turned to text (its paragraph style says so): Writer's
    /// index was removed or its entries pasted back, so no `text:index-body` holds them; the
    /// drafter did not write them, and each repeats a heading with its page.
    fn is_contents_entry(&self, e: &BytesStart) -> bool {
        attr(e, b"text:style-name").is_some_and(|s| self.contents.get(&s).is_some())
    }

    fn is_hidden(&self, e: &BytesStart) -> bool {
        let style = attr(e, b"text:style-name");
        style.is_some_and(|s| self.hidden.get(&s).is_some()) || attr(e, b"text:display").as_deref() == Some("none")
    }

    /// The label of the next item at `level` (0-based) of list `k`; its number is `start` when given.
    fn next_label(&mut self, k: usize, level: usize, start: Option<u32>) -> Option<String> {
        let list = self.lists.get_mut(k)?;
        let level = level.min(LEVELS - 1);
        let first = list.levels[level].start;
        list.counts[level] = start.unwrap_or(if list.counts[level] == 0 { first } else { list.counts[level].saturating_add(1) });
        list.counts[level + 1..].iter_mut().for_each(|c| *c = 0);
        let l = &list.levels[level];
        if l.format.is_empty() {
            return None;
        }
        let mut label = l.prefix.clone();
        let first_shown = (level + 1).saturating_sub(l.shown.max(1));
        for k in first_shown..=level {
            if k > first_shown {
                label.push('.');
            }
            let n = if list.counts[k] == 0 { list.levels[k].start } else { list.counts[k] };
            label.push_str(&super::docx::render(
                n,
                match list.levels[k].format.as_str() {
                    "I" => "upperRoman",
                    "i" => "lowerRoman",
                    "A" => "upperLetter",
                    "a" => "lowerLetter",
                    _ => "decimal",
                },
            ));
        }
        label.push_str(&l.suffix);
        Some(label)
    }
}

/// The lines of `content.xml`.
fn read_content(xml: &str, mut styles: Styles) -> Result<Ingested, Unreadable> {
    let mut reader = quick_xml::Reader::from_str(xml);
    // `<text:p/>` as a start and an end: LibreOffice writes an empty paragraph so, and it is a line
    reader.config_mut().expand_empty_elements = true;
    // the open lists: the list style each follows; the label of a list item or a numbered
    // heading, waiting for its paragraph; a paragraph hidden by a `text:hidden-paragraph`
    let mut lists: Vec<Option<usize>> = Vec::new();
    let mut label: Option<String> = None;
    let mut hidden_paragraph = false;
    let mut text = String::new();
    let mut places = Vec::new();
    let (mut paragraph, mut depth_table, mut cell_open) = (0usize, 0usize, false);
    let mut row: Vec<String> = Vec::new();
    let mut current = String::new();
    // elements inside a subtree not read (a comment, a footnote, deleted text): its depth
    let mut skip = 0usize;
    // the paragraphs a text box stands in, their text so far (bounded: deeper boxes are read into
    // the paragraph they stand in)
    let (mut open, mut outer) = (0usize, Vec::<String>::new());
    loop {
        let event = reader.read_event();
        if skip > 0 {
            match &event {
                Ok(Event::Start(_)) => skip += 1,
                Ok(Event::End(_)) => skip -= 1,
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
            continue;
        }
        match event {
            // (an index's body, the table of contents above all, repeats the headings with their
            // pages: Writer generates it, the drafter does not write it)
            Ok(Event::Start(e))
                if matches!(e.name().as_ref(), b"office:annotation" | b"text:note" | b"text:tracked-changes" | b"text:index-body") =>
            {
                skip = 1
            }
            // (a table of contents turned to text: not read, but counted for `đoạn N`)
            Ok(Event::Start(e)) if e.name().as_ref() == b"text:p" && depth_table == 0 && open == 0 && styles.is_contents_entry(&e) => {
                paragraph += 1;
                label = None;
                skip = 1
            }
            Ok(Event::Start(e)) if e.name().as_ref() == b"office:automatic-styles" => {
                styles.read(&mut reader, Some(b"office:automatic-styles"))
            }
            // hidden: a span, paragraph or section in a hidden style, a hidden section, hidden text
            Ok(Event::Start(e))
                if (matches!(e.name().as_ref(), b"text:span" | b"text:p" | b"text:h" | b"text:section") && styles.is_hidden(&e))
                    || (e.name().as_ref() == b"text:hidden-text" && attr(&e, b"text:is-hidden").as_deref() == Some("true")) =>
            {
                skip = 1
            }
            Ok(Event::Start(e)) if e.name().as_ref() == b"text:list" => {
                let style = attr(&e, b"text:style-name").and_then(|s| styles.names.get(&s)).map(|k| k as usize);
                let style = style.or_else(|| lists.last().copied().flatten());
                let continues =
                    attr(&e, b"text:continue-numbering").as_deref() == Some("true") || attr(&e, b"text:continue-list").is_some();
                if let (Some(k), true, false) = (style, lists.is_empty(), continues) {
                    if let Some(l) = styles.lists.get_mut(k) {
                        l.counts = [0; LEVELS];
                    }
                }
                lists.push(style);
            }
            Ok(Event::Start(e)) if e.name().as_ref() == b"text:list-item" => {
                let start = attr(&e, b"text:start-value").and_then(|v| v.parse().ok());
                label = lists.last().copied().flatten().and_then(|k| styles.next_label(k, lists.len().saturating_sub(1), start));
            }
            Ok(Event::Start(e))
                if e.name().as_ref() == b"text:h" && lists.is_empty() && attr(&e, b"text:is-list-header").as_deref() != Some("true") =>
            {
                let level = attr(&e, b"text:outline-level").and_then(|l| l.parse::<usize>().ok()).unwrap_or(1);
                let start = (attr(&e, b"text:restart-numbering").as_deref() == Some("true"))
                    .then(|| attr(&e, b"text:start-value").and_then(|v| v.parse().ok()).unwrap_or(1));
                label = styles.next_label(0, level.saturating_sub(1), start);
                open_paragraph(&mut open, &mut outer, &mut current, depth_table, &mut label);
            }
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"table:table-row" if depth_table == 1 => row.clear(),
                b"table:table" => depth_table += 1,
                b"table:table-cell" if depth_table == 1 => {
                    cell_open = true;
                    current.clear();
                }
                b"table:covered-table-cell" if depth_table == 1 => row.push(String::new()),
                b"text:p" | b"text:h" => open_paragraph(&mut open, &mut outer, &mut current, depth_table, &mut label),
                b"text:hidden-paragraph" => hidden_paragraph |= attr(&e, b"text:is-hidden").as_deref() == Some("true"),
                // a line break (Shift+Enter) splits a paragraph into lines, as Word's `w:br`
                // does, but not a table cell
                b"text:line-break" if depth_table == 0 => current.push('\n'),
                b"text:tab" | b"text:s" | b"text:line-break" => current.push(' '),
                _ => {}
            },
            Ok(Event::Text(t)) => current.push_str(&t.decode().unwrap_or_default()),
            Ok(Event::GeneralRef(r)) => current.push_str(&super::docx::resolve_ref(&r)),
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"text:p" | b"text:h" if depth_table == 0 => {
                    paragraph += 1;
                    if !std::mem::take(&mut hidden_paragraph) {
                        let lines = current.trim_end();
                        text.push_str(lines);
                        text.push('\n');
                        for _ in 0..=lines.matches('\n').count() {
                            places.push(format!("đoạn {paragraph}"));
                        }
                    }
                    current.clear();
                    // back in the paragraph a text box stands in
                    if open > 1 && open - 1 <= outer.len() {
                        current = outer.pop().unwrap_or_default();
                    }
                    open = open.saturating_sub(1);
                }
                b"text:p" | b"text:h" if cell_open => current.push(' '),
                b"table:table-cell" if depth_table == 1 => {
                    row.push(current.trim().to_string());
                    cell_open = false;
                    current.clear();
                }
                b"table:table-row" if depth_table == 1 => {
                    text.push_str(&row.join("\t"));
                    text.push('\n');
                    places.push(format!("bảng, hàng sau đoạn {paragraph}"));
                }
                b"table:table" => depth_table = depth_table.saturating_sub(1),
                b"text:list" => {
                    lists.pop();
                }
                _ => {}
            },
            Ok(Event::Eof) => break,
            Err(e) => return Err(Unreadable::corrupt(format!("content.xml hỏng ({e})"), format!("content.xml is malformed ({e})"))),
            _ => {}
        }
        // the text limit, counting places and the row being read (a covered cell is a String)
        if text.len() + current.len() + (row.len() + places.len()) * 32 > super::MAX_TEXT_BYTES {
            return Err(super::text_too_large());
        }
    }
    Ok(Ingested { text, format: Format::Odt, legacy: Vec::new(), places, replaced: 0 })
}

/// Text boxes inside text boxes kept apart from the paragraphs they stand in.
const MAX_NESTED_BOXES: usize = 8;

/// A paragraph starts (outside tables: a line of its own; a text box's inside another), its
/// numbering label first.
fn open_paragraph(open: &mut usize, outer: &mut Vec<String>, current: &mut String, depth_table: usize, label: &mut Option<String>) {
    if depth_table == 0 {
        *open += 1;
        if *open == 1 {
            current.clear(); // (text between paragraphs: the XML's own line breaks)
        } else if outer.len() < MAX_NESTED_BOXES {
            outer.push(std::mem::take(current));
        }
    }
    if let Some(l) = label.take() {
        current.push_str(&l);
        current.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::read_content;

    fn text_of(body: &str) -> String {
        with_styles("", body)
    }

    fn with_styles(styles: &str, body: &str) -> String {
        let xml = format!(
            r#"<?xml version="1.0"?>
<office:document-content xmlns:office="o" xmlns:text="t" xmlns:draw="d" xmlns:dc="dc" xmlns:style="s"><office:automatic-styles>{styles}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        );
        read_content(&xml, Default::default()).map(|i| i.text).unwrap_or_default()
    }

    #[test]
    fn list_and_outline_numbering_is_written_before_its_paragraphs() {
        let level = |n: u8, f: &str, suffix: &str, shown: u8| {
            format!(
                r#"<text:list-level-style-number text:level="{n}" style:num-format="{f}" style:num-suffix="{suffix}" text:display-levels="{shown}"/>"#
            )
        };
        let styles = format!(
            r#"<text:outline-style style:name="Outline">{}{}</text:outline-style><text:list-style style:name="L1">{}{}</text:list-style><text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>"#,
            level(1, "I", ".", 1),
            level(2, "1", ".", 1),
            level(1, "1", ".", 1),
            level(2, "1", ".", 2)
        );
        let item = |t: &str| format!("<text:list-item><text:p>{t}</text:p></text:list-item>");
        let body = format!(
            r#"<text:h text:outline-level="1">CĂN CỨ</text:h><text:h text:outline-level="1">MỤC TIÊU</text:h><text:list text:style-name="L2">{}</text:list><text:h text:outline-level="1">NHIỆM VỤ</text:h><text:list text:style-name="L1">{}<text:list-item><text:p>Thể chế số</text:p><text:list>{}{}</text:list></text:list-item></text:list><text:p>giữa hai danh sách</text:p><text:list text:style-name="L1" text:continue-numbering="true">{}</text:list><text:list text:style-name="L1">{}</text:list><text:h text:outline-level="2">Kinh phí</text:h>"#,
            item("Đạt 80%"),
            item("Nhận thức số"),
            item("Nghị quyết"),
            item("Ban Chỉ đạo"),
            item("Hạ tầng số"),
            item("lại từ đầu")
        );
        assert_eq!(
            with_styles(&styles, &body),
            "I. CĂN CỨ\nII. MỤC TIÊU\nĐạt 80%\nIII. NHIỆM VỤ\n1. Nhận thức số\n2. Thể chế số\n2.1. Nghị quyết\n2.2. Ban Chỉ đạo\ngiữa hai danh sách\n3. Hạ tầng số\n1. lại từ đầu\n1. Kinh phí\n"
        );
    }

    #[test]
    fn hidden_text_is_not_read() {
        let styles = r#"<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style><style:style style:name="P9" style:family="paragraph"><style:text-properties text:display="none"/></style:style><style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>"#;
        let body = r#"<text:p>Đạt <text:span text:style-name="T2">65%</text:span><text:span text:style-name="T1"> (dự thảo: 120%)</text:span>;</text:p><text:p text:style-name="P9">Tổng 99.000</text:p><text:section text:name="S" text:display="none"><text:p>cũ 48.500</text:p></text:section><text:p>Tổng 52.400<text:hidden-text text:condition="x" text:string-value="sai" text:is-hidden="true">sai</text:hidden-text></text:p><text:p><text:hidden-paragraph text:condition="x" text:is-hidden="true"/>ẩn 130%</text:p><text:p>hết</text:p>"#;
        assert_eq!(with_styles(styles, body), "Đạt 65%;\nTổng 52.400\nhết\n");
    }

    #[test]
    fn empty_paragraphs_are_lines_and_an_empty_item_keeps_its_number() {
        let styles = r#"<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style><style:style style:name="P3" style:family="paragraph"><style:text-properties text:display="none"/></style:style>"#;
        let body = r#"<text:p>KẾ HOẠCH</text:p><text:p text:style-name="Standard"/><text:p text:style-name="P3"/><text:list text:style-name="L1"><text:list-item><text:p/></text:list-item><text:list-item><text:p>Thể chế số</text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell/><table:covered-table-cell><text:p>x</text:p></table:covered-table-cell><table:table-cell><text:p>50%</text:p></table:table-cell></table:table-row></table:table>"#;
        assert_eq!(with_styles(styles, body), "KẾ HOẠCH\n\n1.\n2. Thể chế số\n\t\t50%\n");
    }

    #[test]
    fn comments_footnotes_and_deleted_text_are_not_read() {
        let tracked = r#"<text:tracked-changes><text:changed-region><text:deletion><text:p>120%</text:p></text:deletion></text:changed-region></text:tracked-changes>"#;
        let comment = r#"<office:annotation><dc:creator>A</dc:creator><text:p>xem lại 57%</text:p></office:annotation>"#;
        let note =
            r#"<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>48.500</text:p></text:note-body></text:note>"#;
        let body = format!("{tracked}<text:p>Đạt 65%{comment};</text:p><text:p>Tổng 52.400{note} triệu đồng</text:p>");
        assert_eq!(text_of(&body), "Đạt 65%;\nTổng 52.400 triệu đồng\n");
    }

    #[test]
    fn a_table_of_contents_is_not_read() {
        // Writer's index body lists every heading again with its page: a second `PHẦN I.` line
        // read as a heading would make every section a duplicate
        let toc = r##"<text:table-of-content text:name="Mục lục1"><text:table-of-content-source text:outline-level="2"><text:index-title-template>MỤC LỤC</text:index-title-template></text:table-of-content-source><text:index-body><text:index-title><text:p>MỤC LỤC</text:p></text:index-title><text:p><text:a xlink:href="#__RefHeading___Toc1">PHẦN I. ĐÁNH GIÁ<text:tab/>2</text:a></text:p><text:p>II. MỤC TIÊU<text:tab/>5</text:p></text:index-body></text:table-of-content>"##;
        let body = format!("<text:p>KẾ HOẠCH</text:p>{toc}<text:h text:outline-level=\"1\">PHẦN I. ĐÁNH GIÁ</text:h>");
        assert_eq!(text_of(&body), "KẾ HOẠCH\nPHẦN I. ĐÁNH GIÁ\n");
    }

    #[test]
    fn a_table_of_contents_turned_to_text_is_not_read() {
        // the index removed (or its entries pasted back): each entry a paragraph in the style
        // `Contents N` (named `Contents_20_N` in every language) or an automatic style derived
        // from it; read, `PHẦN I.` and `II.` came twice (every section a duplicate, Part II's
        // headings out of order). The title in `Contents Heading` is a line as any other.
        let named = r#"<office:document-styles xmlns:office="o" xmlns:style="s"><office:styles><style:style style:name="Standard" style:family="paragraph"/><style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph"/><style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"/><style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph"/><style:style style:name="Contents" style:family="paragraph"/></office:styles></office:document-styles>"#;
        let mut styles = super::Styles::default();
        styles.read(&mut quick_xml::Reader::from_str(named), None);
        let automatic = r#"<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Contents_20_2"/><style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"/>"#;
        let body = r#"<text:p text:style-name="Contents_20_Heading">MỤC LỤC</text:p><text:p text:style-name="Contents_20_1">PHẦN I. ĐÁNH GIÁ<text:tab/>2</text:p><text:p text:style-name="P2">II. MỤC TIÊU<text:tab/>5</text:p><text:p text:style-name="P2"/><text:h text:outline-level="1">PHẦN I. ĐÁNH GIÁ</text:h><text:p text:style-name="P3">II. MỤC TIÊU</text:p><text:p text:style-name="Contents">Mục lục riêng 3</text:p>"#;
        let xml = format!(
            r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:style="s"><office:automatic-styles>{automatic}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        );
        let read = read_content(&xml, styles).expect("read");
        assert_eq!(read.text, "MỤC LỤC\nPHẦN I. ĐÁNH GIÁ\nII. MỤC TIÊU\nMục lục riêng 3\n");
        // the entries still count as the document's paragraphs
        assert_eq!(read.places, ["đoạn 1", "đoạn 5", "đoạn 6", "đoạn 7"]);
    }

    #[test]
    fn a_text_box_is_a_line_before_its_paragraph_which_keeps_its_text() {
        let body = r#"<text:p>ỦY BAN <draw:frame><draw:text-box><text:p>DỰ THẢO</text:p></draw:text-box></draw:frame>NHÂN DÂN</text:p><text:p>TỈNH</text:p>"#;
        assert_eq!(text_of(body), "DỰ THẢO\nỦY BAN NHÂN DÂN\nTỈNH\n");
    }

    #[test]
    fn a_line_break_is_a_new_line_but_not_in_a_cell() {
        // Shift+Enter in Writer: `a) …` and `b) …` of a theme in one paragraph were read as one
        // line (`b)` missing); each line keeps its paragraph's place, and a cell stays one cell
        let xml = r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="t2"><office:body><office:text><text:p>a) Kết quả đạt được: 80%.<text:line-break/>b) Tồn tại, hạn chế: chậm.<text:line-break/></text:p><table:table><table:table-row><table:table-cell><text:p>Sở Khoa học<text:line-break/>và Công nghệ</text:p></table:table-cell></table:table-row></table:table><text:p>V. KINH PHÍ</text:p></office:text></office:body></office:document-content>"#;
        let read = read_content(xml, Default::default()).expect("read");
        assert_eq!(read.text, "a) Kết quả đạt được: 80%.\nb) Tồn tại, hạn chế: chậm.\nSở Khoa học và Công nghệ\nV. KINH PHÍ\n");
        assert_eq!(read.places, ["đoạn 1", "đoạn 1", "bảng, hàng sau đoạn 1", "đoạn 2"]);
    }
}
