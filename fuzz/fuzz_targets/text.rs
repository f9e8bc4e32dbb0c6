//! Any text through the whole checker: a report, never a panic; ranges inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = dxcheck::check(dxcheck::Input::Text(&text), &dxcheck::Options::default());
    let units = text.encode_utf16().count();
    for f in &report.findings {
        assert!(f.range.start <= f.range.end && f.range.end <= units);
    }
});
