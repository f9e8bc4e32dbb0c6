//! OpenDocument text (.odt, LibreOffice): `content.xml` into lines. Headings (`text:h`) and
//! paragraphs become lines, tables become tab-separated rows; list numbering is not rendered.
//! What the page does not show as the document's text is not read: comments
//! (`office:annotation`), footnotes (`text:note`), the tracked changes' record of deleted text
//! (`text:tracked-changes`), and hidden text (a span, paragraph or section whose automatic style
//! says `text:display="none"`, a hidden section). A text box's paragraphs (`draw:text-box` in a paragraph) are
//! lines of their own, before the line of the paragraph they stand in, which keeps its text.

use quick_xml::events::Event;

use super::docx::attr;
use super::zipfile::Archive;
use super::{Format, Ingested, Unreadable};

pub fn read(archive: &mut Archive) -> Result<Ingested, Unreadable> {
    let Some(xml) = archive.text("content.xml")? else {
        return Err(Unreadable::corrupt("thiếu content.xml".into(), "content.xml is missing".into()));
    };
    read_content(&xml)
}

/// The lines of `content.xml`.
fn read_content(xml: &str) -> Result<Ingested, Unreadable> {
    let mut reader = quick_xml::Reader::from_str(xml);
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
    // the automatic styles that hide their text (bounded: a draft has a few), the style being read
    let (mut hiding, mut style) = (Vec::<String>::new(), None);
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
            Ok(Event::Start(e)) if matches!(e.name().as_ref(), b"office:annotation" | b"text:note" | b"text:tracked-changes") => skip = 1,
            // hidden: a span, paragraph or section in a hiding style, a hidden section
            Ok(Event::Start(e))
                if matches!(e.name().as_ref(), b"text:span" | b"text:p" | b"text:h" | b"text:section")
                    && (attr(&e, b"text:display").as_deref() == Some("none")
                        || attr(&e, b"text:style-name").is_some_and(|s| hiding.contains(&s))) =>
            {
                skip = 1
            }
            Ok(Event::Start(e)) if e.name().as_ref() == b"style:style" => style = attr(&e, b"style:name"),
            // (at most 64 remembered: a draft has a few)
            Ok(Event::Empty(e))
                if e.name().as_ref() == b"style:text-properties"
                    && hiding.len() < 64
                    && attr(&e, b"text:display").as_deref() == Some("none") =>
            {
                hiding.extend(style.take())
            }
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"table:table-row" if depth_table == 1 => row.clear(),
                b"table:table" => depth_table += 1,
                b"table:table-cell" if depth_table == 1 => {
                    cell_open = true;
                    current.clear();
                }
                b"text:p" | b"text:h" if depth_table == 0 => {
                    open += 1;
                    if open == 1 {
                        current.clear(); // (text between paragraphs: the XML's own line breaks)
                    } else if outer.len() < MAX_NESTED_BOXES {
                        outer.push(std::mem::take(&mut current));
                    }
                }
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"text:tab" | b"text:s" => current.push(' '),
                b"text:line-break" => current.push(' '),
                b"table:table-cell" | b"table:covered-table-cell" if depth_table == 1 => row.push(String::new()),
                _ => {}
            },
            Ok(Event::Text(t)) => current.push_str(&t.decode().unwrap_or_default()),
            Ok(Event::GeneralRef(r)) => current.push_str(&super::docx::resolve_ref(&r)),
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"text:p" | b"text:h" if depth_table == 0 => {
                    paragraph += 1;
                    text.push_str(current.trim_end());
                    text.push('\n');
                    places.push(format!("đoạn {paragraph}"));
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
        read_content(&xml).map(|i| i.text).unwrap_or_default()
    }

    #[test]
    fn hidden_text_is_not_read() {
        let styles = r#"<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style><style:style style:name="P9" style:family="paragraph"><style:text-properties text:display="none"/></style:style><style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>"#;
        let body = r#"<text:p>Đạt <text:span text:style-name="T2">65%</text:span><text:span text:style-name="T1"> (dự thảo: 120%)</text:span>;</text:p><text:p text:style-name="P9">Tổng 99.000</text:p><text:section text:name="S" text:display="none"><text:p>cũ 48.500</text:p></text:section><text:p>Tổng 52.400</text:p><text:p>hết</text:p>"#;
        assert_eq!(with_styles(styles, body), "Đạt 65%;\nTổng 52.400\nhết\n");
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
    fn a_text_box_is_a_line_before_its_paragraph_which_keeps_its_text() {
        let body = r#"<text:p>ỦY BAN <draw:frame><draw:text-box><text:p>DỰ THẢO</text:p></draw:text-box></draw:frame>NHÂN DÂN</text:p><text:p>TỈNH</text:p>"#;
        assert_eq!(text_of(body), "DỰ THẢO\nỦY BAN NHÂN DÂN\nTỈNH\n");
    }
}
