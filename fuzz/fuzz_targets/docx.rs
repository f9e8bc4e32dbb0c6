//! Any bytes as a file (zip containers, XML, legacy encodings): a report, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = dxcheck::check(dxcheck::Input::File(data), &dxcheck::Options::default());
    assert!(report.findings.len() < 100_000);
});
