//! Hostile inputs of issue 15 built in the tests: Word files (a stored zip, so their size is
//! what they weigh) with numbering bombs, many list ids, spanning cells or line breaks.
#![allow(dead_code)]

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A zip with its parts stored (not deflated).
pub fn stored_zip(parts: &[(&str, &str)]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in parts {
        let crc = rawzip::crc32(data.as_bytes());
        let offset = out.len() as u32;
        let head = |sig: u32, out: &mut Vec<u8>, central: bool| {
            out.extend(sig.to_le_bytes());
            if central {
                out.extend(20u16.to_le_bytes()); // made by
            }
            out.extend(20u16.to_le_bytes()); // needed
            out.extend([0u8; 6]); // flags, method (stored), time
            out.extend(0u16.to_le_bytes()); // date
            out.extend(crc.to_le_bytes());
            out.extend((data.len() as u32).to_le_bytes());
            out.extend((data.len() as u32).to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend(0u16.to_le_bytes()); // extra
            if central {
                out.extend([0u8; 6]); // comment, disk, internal attributes
                out.extend(0u32.to_le_bytes()); // external attributes
                out.extend(offset.to_le_bytes());
            }
            out.extend(name.as_bytes());
        };
        head(0x0403_4b50, &mut out, false);
        out.extend(data.as_bytes());
        head(0x0201_4b50, &mut central, true);
    }
    let (cd_offset, cd_len, n) = (out.len() as u32, central.len() as u32, parts.len() as u16);
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend(n.to_le_bytes());
    out.extend(n.to_le_bytes());
    out.extend(cd_len.to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

pub fn docx(body: &str, numbering: &str) -> Vec<u8> {
    let document = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
    let numbering = format!("<w:numbering {W}>{numbering}</w:numbering>");
    stored_zip(&[("word/document.xml", &document), ("word/numbering.xml", &numbering)])
}

pub fn numbered(text: &str, num: usize) -> String {
    format!(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
}

/// `n` paragraphs, each in a list of its own (numIds 1..=n over one abstract list).
pub fn many_list_ids(n: usize) -> Vec<u8> {
    let abstract_num = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>"#;
    let nums: String = (1..=n).map(|i| format!(r#"<w:num w:numId="{i}"><w:abstractNumId w:val="0"/></w:num>"#)).collect();
    let body: String = (1..=n).map(|i| numbered("Nhiệm vụ", i)).collect();
    docx(&body, &format!("{abstract_num}{nums}"))
}

/// Many targets on one line: a target with its subject and figure, `; ` × n, under `II. MỤC
/// TIÊU` of a whole plan (a bare `Tỷ lệ 50%` is no target, and a draft that is not a plan has
/// none: the shape used to be both, and read one target).
pub fn targets_on_one_line(n: usize) -> String {
    let plan = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tinh-day-du.txt")).unwrap_or_default();
    let line = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 90%; ".repeat(n);
    plan.replacen("II. MỤC TIÊU\n", &format!("II. MỤC TIÊU\n{line}\n"), 1)
}

/// Many appendix references on one line.
pub fn appendix_refs_on_one_line(n: usize) -> String {
    format!("Phần II. NỘI DUNG KẾ HOẠCH NĂM 2024\nII. MỤC TIÊU\n{}\n", "Chi tiết tại Phụ lục 3; ".repeat(n))
}

/// Heading-like lines outside a plan: numbered items that each look like a section title.
pub fn heading_like_lines(n: usize) -> String {
    "1. Mục tiêu\n2. Nhiệm vụ\n3. Giải pháp\n".repeat(n / 3 + 1)
}
