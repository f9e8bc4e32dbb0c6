//! Ingest: the bytes of a file (or a pasted text) into the plain text the checker reads.
//! Formats are told by their magic bytes, not their name: .docx and .odt (zip containers),
//! UTF-8 / UTF-16 text, and text in the legacy 8-bit Vietnamese encodings TCVN3 and VNI.
//! A file that cannot be read gives an [`Unreadable`] that says what to do, never a panic.

#[cfg(feature = "files")]
mod docx;
pub mod legacy;
#[cfg(feature = "files")]
mod odt;
#[cfg(feature = "files")]
pub mod plan_json;
#[cfg(feature = "files")]
mod zipfile;

use serde::Serialize;

/// Largest file accepted (a 40-page .docx with images is a few MB).
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;

/// Largest text accepted (bytes of UTF-8). A 40-page plan is about 100 KB.
pub const MAX_TEXT_BYTES: usize = 10 * 1024 * 1024;
/// Most line breaks accepted (CR and LF each count; a 40-page plan has about 2 000 lines).
/// Each non-blank line costs ~120 bytes of document model, so 10 MB of one-letter lines would
/// take 650 MB; this bounds that at ~50 MB.
pub const MAX_LINE_BREAKS: usize = 400_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Docx,
    Odt,
}

#[cfg(feature = "files")]
/// What a file turned into.
#[derive(Debug, Clone)]
pub struct Ingested {
    pub text: String,
    pub format: Format,
    /// Legacy encodings met and converted (`TCVN3`, `VNI`), for an `input.legacy-encoding` note.
    pub legacy: Vec<legacy::Encoding>,
    /// For a document: where each line of `text` came from (`đoạn 12`, `bảng 2, hàng 3`).
    pub places: Vec<String>,
    /// Bytes of an almost-UTF-8 text that were not UTF-8 and were replaced by `�`, for an
    /// `input.replaced-bytes` note.
    pub replaced: usize,
}

/// Why a file could not be read, in both languages, and whether it is too large or unreadable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub too_large: bool,
    pub message: String,
    pub message_en: String,
}

impl Unreadable {
    pub fn corrupt(what: String, what_en: String) -> Unreadable {
        Unreadable {
            too_large: false,
            message: fill!(
                "Không đọc được tệp: {}. Hãy mở tệp trong Word và lưu lại dưới dạng .docx, hoặc dán nội dung vào ô kiểm tra.",
                what
            ),
            message_en: fill!("Cannot read the file: {}. Open it in Word and save it again as .docx, or paste its text.", what_en),
        }
    }

    pub fn too_large(what: String, what_en: String) -> Unreadable {
        Unreadable {
            too_large: true,
            message: fill!("Tệp vượt giới hạn an toàn ({}); có thể là tệp nén độc hại. Hãy lưu lại kế hoạch dưới dạng .docx bình thường, bỏ ảnh và tệp nhúng.", what),
            message_en: fill!("The file exceeds the safety limits ({}); it may be a zip bomb. Save the plan as a plain .docx without images or embedded files.", what_en),
        }
    }

    pub fn encrypted() -> Unreadable {
        Unreadable {
            too_large: false,
            message: "Tệp được đặt mật khẩu. Hãy gỡ mật khẩu trong Word (Tệp › Thông tin › Bảo vệ tài liệu) rồi lưu lại dưới dạng .docx."
                .into(),
            message_en: "The file is password-protected. Remove the password in Word and save it again as .docx.".into(),
        }
    }

    #[cfg(feature = "files")]
    fn format(kind: &str, kind_en: &str) -> Unreadable {
        Unreadable {
            too_large: false,
            message: fill!("Không đọc được {}. Hãy lưu lại tệp dưới dạng .docx (Word: Tệp › Lưu thành › Tài liệu Word), hoặc dán nội dung vào ô kiểm tra.", kind),
            message_en: fill!("{} cannot be read. Save the file as .docx, or paste its text.", kind_en),
        }
    }
}

/// Megabytes with one decimal, Vietnamese style (`40,5`) and English style (`40.5`).
fn megabytes(bytes: u64) -> (String, String) {
    // integers only: float formatting would weigh kilobytes in wasm
    let tenths = bytes.saturating_mul(10).saturating_add(512 * 1024) / (1024 * 1024);
    (fill!("{},{}", tenths / 10, tenths % 10), fill!("{}.{}", tenths / 10, tenths % 10))
}

/// A file over [`MAX_FILE_BYTES`], saying its real size (`size` counts all of it, even when the
/// caller stopped reading at the limit).
pub fn file_too_large(size: u64) -> Unreadable {
    let ((vi, en), limit) = (megabytes(size), MAX_FILE_BYTES / (1024 * 1024));
    Unreadable::too_large(fill!("{} MB, giới hạn {} MB", vi, limit), fill!("{} MB, limit {} MB", en, limit))
}

#[cfg(feature = "files")]
/// A document whose text grows past the text limit while it is extracted (line breaks,
/// spanning cells, long labels): refused without its text.
pub(crate) fn text_too_large() -> Unreadable {
    let limit = MAX_TEXT_BYTES / (1024 * 1024);
    Unreadable::too_large(fill!("văn bản trích ra vượt {} MB", limit), fill!("the extracted text exceeds {} MB", limit))
}

#[cfg(feature = "files")]
/// Read a file's bytes into text (the format is told by the content).
pub fn read(bytes: &[u8]) -> Result<Ingested, Unreadable> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(file_too_large(bytes.len() as u64));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        let mut archive = zipfile::Archive::open(bytes)?;
        let main = docx::main_part(&mut archive);
        if archive.has(&main) {
            return docx::read(&mut archive, &main);
        }
        if archive.has("content.xml") {
            return odt::read(&mut archive);
        }
        if archive.has("EncryptedPackage") {
            return Err(Unreadable::encrypted());
        }
        return Err(Unreadable::format("tệp nén này (không phải .docx hay .odt)", "This zip file (not .docx or .odt)"));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(Unreadable::format("tệp PDF", "A PDF file"));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // an OLE container: Word 97–2003 .doc, or a password-protected .docx
        return Err(Unreadable::format("tệp Word cũ (.doc) hoặc tệp có mật khẩu", "A legacy Word .doc (or a password-protected) file"));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(Unreadable::format("tệp RTF", "An RTF file"));
    }
    text(bytes)
}

#[cfg(feature = "files")]
fn text(bytes: &[u8]) -> Result<Ingested, Unreadable> {
    let mut replaced = 0;
    let decoded = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else if let Some(little) = utf16_without_bom(bytes) {
        utf16(bytes, if little { u16::from_le_bytes } else { u16::from_be_bytes })?
    } else {
        let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(_) => match almost_utf8(b) {
                // a UTF-8 plan with a stray byte or a cut last letter stays UTF-8
                Some(bad) => {
                    replaced = bad;
                    String::from_utf8_lossy(b).into_owned()
                }
                // not UTF-8: an 8-bit file, read byte by byte (TCVN3 and VNI live in the upper
                // half), or Word's `Vietnamese (Windows)` plain text (code page 1258)
                None => match legacy::cp1258(b) {
                    Some(text) => text,
                    None => b.iter().map(|&c| legacy::cp1252(c)).collect(),
                },
            },
        }
    };
    if decoded.len() > MAX_TEXT_BYTES {
        // refused here, with its real size, and without carrying the text any further
        let ((vi, en), limit) = (megabytes(decoded.len() as u64), MAX_TEXT_BYTES / (1024 * 1024));
        return Err(Unreadable::too_large(
            fill!("văn bản {} MB, giới hạn {} MB", vi, limit),
            fill!("text of {} MB, limit {} MB", en, limit),
        ));
    }
    if binary_share(&decoded) > 0.02 {
        return Err(Unreadable::format("tệp nhị phân (không phải văn bản)", "A binary file (not text)"));
    }
    let (text, legacy) = legacy::convert_text(&decoded);
    Ok(Ingested { text: text.into_owned(), format: Format::Text, legacy, places: Vec::new(), replaced })
}

#[cfg(feature = "files")]
/// Bytes that are UTF-8 but for a few invalid ones (a stray byte, a letter cut at the end):
/// how many bytes are invalid, when valid multi-byte letters outnumber them ten to one. Text in
/// TCVN3 or VNI is the other way round: its upper-half bytes rarely form valid UTF-8.
fn almost_utf8(b: &[u8]) -> Option<usize> {
    let (mut letters, mut bad) = (0usize, 0usize);
    for chunk in b.utf8_chunks() {
        // (a character that is not ASCII starts with a byte 11xxxxxx)
        letters += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        bad += chunk.invalid().len();
    }
    (letters >= 10 * bad).then_some(bad)
}

#[cfg(feature = "files")]
/// UTF-16 without a byte-order mark: many NUL bytes, all on one side of the code units (the
/// high byte of ASCII and of U+00xx letters). UTF-8 and 8-bit text have no NUL at all. Returns
/// whether it is little-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(64 * 1024) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for p in sample.chunks_exact(2) {
        even += usize::from(p[0] == 0);
        odd += usize::from(p[1] == 0);
    }
    if odd * 10 >= pairs * 3 && even * 50 <= pairs {
        Some(true)
    } else if even * 10 >= pairs * 3 && odd * 50 <= pairs {
        Some(false)
    } else {
        None
    }
}

#[cfg(feature = "files")]
/// Share of control characters other than tab and line breaks: binary garbage has many.
fn binary_share(s: &str) -> f32 {
    let (mut bad, mut all) = (0usize, 0usize);
    for c in crate::vn::chars(s).take(64 * 1024) {
        all += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            bad += 1;
        }
    }
    if all == 0 {
        return 0.0;
    }
    bad as f32 / all as f32
}

#[cfg(feature = "files")]
fn utf16(bytes: &[u8], conv: fn([u8; 2]) -> u16) -> Result<String, Unreadable> {
    let units = bytes.chunks_exact(2).map(|c| conv([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| Unreadable::corrupt("tệp UTF-16 bị hỏng".into(), "corrupt UTF-16".into()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn megabytes_have_one_decimal_rounded() {
        assert_eq!(super::megabytes(50 * 1024 * 1024), ("50,0".to_string(), "50.0".to_string()));
        assert_eq!(super::megabytes(40 * 1024 * 1024 + 512 * 1024), ("40,5".to_string(), "40.5".to_string()));
        assert_eq!(super::megabytes(1024 * 1024 - 1), ("1,0".to_string(), "1.0".to_string()));
        assert_eq!(super::megabytes(0), ("0,0".to_string(), "0.0".to_string()));
        assert!(super::megabytes(u64::MAX).1.starts_with("1759218604441"));
    }
}
