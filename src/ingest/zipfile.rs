//! Reading parts of a zip container (.docx, .odt) with bounded memory: a part larger than the
//! limit, an archive with too many entries or a suspicious compression ratio is refused before
//! it is inflated in full.

use std::io::{Cursor, Read};

use super::Unreadable;

/// Largest part read (document.xml of a 300-page plan is a few MB).
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// More entries than any Word document has.
const MAX_ENTRIES: usize = 20_000;
/// A deflated XML part rarely compresses better than 1:30; zip bombs do 1:1000.
const MAX_RATIO: u64 = 200;

pub struct Archive<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, Unreadable> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            Unreadable::corrupt(format!("tệp nén bị hỏng hoặc không đầy đủ ({e})"), format!("the zip container is corrupt or truncated ({e})"))
        })?;
        if zip.len() > MAX_ENTRIES {
            return Err(Unreadable::too_large(format!("{} mục trong tệp nén", zip.len()), format!("{} entries in the archive", zip.len())));
        }
        Ok(Archive { zip })
    }

    pub fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// A part as text, or None when the archive has no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, Unreadable> {
        let Some(index) = self.zip.index_for_name(name) else { return Ok(None) };
        let mut file = self.zip.by_index(index).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(m) if m.contains("ncrypt") || m.contains("assword") => Unreadable::encrypted(),
            e => Unreadable::corrupt(format!("không đọc được phần {name} ({e})"), format!("cannot read part {name} ({e})")),
        })?;
        if file.encrypted() {
            return Err(Unreadable::encrypted());
        }
        let declared = file.size();
        let packed = file.compressed_size().max(1);
        if declared > MAX_PART_BYTES || (declared > 1024 * 1024 && declared / packed > MAX_RATIO) {
            return Err(Unreadable::too_large(
                format!("phần {name} giải nén ra {} MB (tỷ lệ nén {}:1)", declared / (1024 * 1024), declared / packed),
                format!("part {name} inflates to {} MB (ratio {}:1)", declared / (1024 * 1024), declared / packed),
            ));
        }
        // never trust the declared size: stop reading past the limit
        let mut buf = Vec::with_capacity(declared.min(MAX_PART_BYTES) as usize);
        (&mut file).take(MAX_PART_BYTES + 1).read_to_end(&mut buf).map_err(|e| {
            Unreadable::corrupt(format!("phần {name} bị hỏng ({e})"), format!("part {name} is corrupt ({e})"))
        })?;
        if buf.len() as u64 > MAX_PART_BYTES {
            return Err(Unreadable::too_large(format!("phần {name} vượt {} MB", MAX_PART_BYTES / (1024 * 1024)), format!("part {name} exceeds the limit")));
        }
        String::from_utf8(buf)
            .map(Some)
            .map_err(|_| Unreadable::corrupt(format!("phần {name} không phải UTF-8"), format!("part {name} is not UTF-8")))
    }
}
