//! Any XML as the text part of a Word (`word/document.xml`) or OpenDocument (`content.xml`) file:
//! a report, never a panic. The zip is built here, stored and with a good CRC, so the fuzzer's
//! changes reach the XML readers (one-column tables, hidden styles, text boxes…) instead of
//! failing the zip's checks. The first byte picks the format.
#![no_main]
use libfuzzer_sys::fuzz_target;

fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &b| (0..8).fold(crc ^ u32::from(b), |c, _| if c & 1 == 1 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 }))
}

/// A zip of one stored part.
fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
    let crc = crc32(data);
    let mut out = Vec::with_capacity(data.len() + 2 * name.len() + 100);
    let head = |out: &mut Vec<u8>, central: bool| {
        out.extend(if central { 0x0201_4b50u32 } else { 0x0403_4b50 }.to_le_bytes());
        if central {
            out.extend(20u16.to_le_bytes());
        }
        out.extend(20u16.to_le_bytes());
        out.extend([0u8; 8]); // flags, method (stored), time, date
        out.extend(crc.to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes());
        if central {
            out.extend([0u8; 10]); // comment, disk, attributes
            out.extend(0u32.to_le_bytes()); // the local header's offset
        }
        out.extend(name.as_bytes());
    };
    head(&mut out, false);
    out.extend(data);
    let cd_offset = out.len() as u32;
    head(&mut out, true);
    let cd_len = out.len() as u32 - cd_offset;
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend(1u16.to_le_bytes());
    out.extend(1u16.to_le_bytes());
    out.extend(cd_len.to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, xml)) = data.split_first() else { return };
    let name = if kind & 1 == 0 { "word/document.xml" } else { "content.xml" };
    let report = dxcheck::check(dxcheck::Input::File(&stored_zip(name, xml)), &dxcheck::Options::default());
    assert!(report.findings.len() < 100_000);
});
