//! OpenDocument text (.odt, LibreOffice): `content.xml` into lines. Headings (`text:h`) and
//! paragraphs become lines, tables become tab-separated rows; list numbering is not rendered.

use quick_xml::events::Event;

use super::zipfile::Archive;
use super::{Format, Ingested, Unreadable};

pub fn read(archive: &mut Archive) -> Result<Ingested, Unreadable> {
    let Some(xml) = archive.text("content.xml")? else {
        return Err(Unreadable::corrupt("thiếu content.xml".into(), "content.xml is missing".into()));
    };
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut text = String::new();
    let mut places = Vec::new();
    let (mut paragraph, mut depth_table, mut cell_open) = (0usize, 0usize, false);
    let mut row: Vec<String> = Vec::new();
    let mut current = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"table:table-row" if depth_table == 1 => row.clear(),
                b"table:table" => depth_table += 1,
                b"table:table-cell" if depth_table == 1 => {
                    cell_open = true;
                    current.clear();
                }
                b"text:p" | b"text:h" if depth_table == 0 => current.clear(),
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
