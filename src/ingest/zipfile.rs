//! Reading parts of a zip container (.docx, .odt) with bounded memory: a part larger than the
//! limit, an archive with too many entries or a suspicious compression ratio is refused before
//! it is inflated in full.
//!
//! `rawzip` reads the archive's structure in place (no copy of the file, no allocation per
//! entry) and `miniz_oxide` inflates: together a fraction of the `zip` crate's weight in wasm,
//! which matters for a page embedded in portals.

use rawzip::{CompressionMethod, ZipArchiveEntryWayfinder, ZipSliceArchive};

use super::Unreadable;

/// Largest part read (document.xml of a 300-page plan is a few MB).
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// More entries than any Word document has.
const MAX_ENTRIES: usize = 20_000;
/// A deflated XML part rarely compresses better than 1:30; zip bombs do 1:1000.
const MAX_RATIO: u64 = 200;

pub struct Archive<'a> {
    zip: ZipSliceArchive<&'a [u8]>,
    entries: Vec<Entry>,
}

/// What the central directory says about one entry.
struct Entry {
    name: Vec<u8>,
    wayfinder: ZipArchiveEntryWayfinder,
    method: CompressionMethod,
    encrypted: bool,
    declared: u64,
    packed: u64,
}

fn corrupt(e: impl std::fmt::Display) -> Unreadable {
    Unreadable::corrupt(format!("tệp nén bị hỏng hoặc không đầy đủ ({e})"), format!("the zip container is corrupt or truncated ({e})"))
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, Unreadable> {
        let zip = rawzip::ZipArchive::from_slice(bytes).map_err(corrupt)?;
        let mut entries = Vec::new();
        let mut list = zip.entries();
        while let Some(e) = list.next_entry().map_err(corrupt)? {
            if entries.len() == MAX_ENTRIES {
                return Err(Unreadable::too_large(
                    format!("hơn {MAX_ENTRIES} mục trong tệp nén"),
                    format!("more than {MAX_ENTRIES} entries in the archive"),
                ));
            }
            entries.push(Entry {
                name: e.file_path().as_bytes().to_vec(),
                wayfinder: e.wayfinder(),
                method: e.compression_method(),
                encrypted: e.flags().is_encrypted(),
                declared: e.uncompressed_size_hint(),
                packed: e.compressed_size_hint(),
            });
        }
        Ok(Archive { zip, entries })
    }

    fn entry(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name.as_bytes())
    }

    pub fn has(&self, name: &str) -> bool {
        self.entry(name).is_some()
    }

    /// A part as text, or None when the archive has no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, Unreadable> {
        let Some(entry) = self.entry(name) else { return Ok(None) };
        if entry.encrypted {
            return Err(Unreadable::encrypted());
        }
        let (declared, packed) = (entry.declared, entry.packed.max(1));
        if declared > MAX_PART_BYTES || (declared > 1024 * 1024 && declared / packed > MAX_RATIO) {
            return Err(Unreadable::too_large(
                format!("phần {name} giải nén ra {} MB (tỷ lệ nén {}:1)", declared / (1024 * 1024), declared / packed),
                format!("part {name} inflates to {} MB (ratio {}:1)", declared / (1024 * 1024), declared / packed),
            ));
        }
        let part_corrupt =
            |e: &dyn std::fmt::Display| Unreadable::corrupt(format!("phần {name} bị hỏng ({e})"), format!("part {name} is corrupt ({e})"));
        let local = self.zip.get_entry(entry.wayfinder).map_err(|e| part_corrupt(&e))?;
        let data = local.data();
        let bytes = match entry.method {
            CompressionMethod::STORE => data.to_vec(),
            // never trust the declared size: inflating stops at the limit
            CompressionMethod::DEFLATE => {
                miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_PART_BYTES as usize).map_err(|e| {
                    if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                        Unreadable::too_large(
                            format!("phần {name} vượt {} MB", MAX_PART_BYTES / (1024 * 1024)),
                            format!("part {name} exceeds the limit"),
                        )
                    } else {
                        part_corrupt(&"deflate")
                    }
                })?
            }
            other => return Err(part_corrupt(&format_args!("cách nén {other} không được hỗ trợ / unsupported compression"))),
        };
        let actual = rawzip::ZipVerification { crc: crc32(&bytes), uncompressed_size: bytes.len() as u64 };
        local.claim_verifier().valid(actual).map_err(|e| part_corrupt(&e))?;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| Unreadable::corrupt(format!("phần {name} không phải UTF-8"), format!("part {name} is not UTF-8")))
    }
}

/// CRC-32 (IEEE) with one 256-entry table (1 KB): `rawzip::crc32` slices by 16 with a 16 KB table,
/// incompressible weight in the wasm for a check that runs once per file part. The table is
/// built on each call (2,048 steps, a few microseconds beside the part's inflating) rather than
/// stored: as data it was 1 KB of the full module that gzip cannot shrink.
pub(super) fn crc32(data: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (i, entry) in (0u32..).zip(table.iter_mut()) {
        let mut c = i;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
        *entry = c;
    }
    !data.iter().fold(!0u32, |crc, &b| (crc >> 8) ^ table[((crc ^ u32::from(b)) & 0xFF) as usize])
}

#[cfg(test)]
mod crc_tests {
    #[test]
    fn crc32_matches_rawzip() {
        for data in [&b""[..], b"a", b"Hello, world!", "Kế hoạch chuyển đổi số".as_bytes()] {
            assert_eq!(super::crc32(data), rawzip::crc32(data));
        }
    }
}
