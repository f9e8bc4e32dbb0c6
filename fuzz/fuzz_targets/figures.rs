//! Money and quantity parsing on any text: never a panic, and amounts in words are bounded.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for f in dxcheck::internals::money::figures(&text) {
        let _ = f.amount(Some(dxcheck::internals::money::Unit::Trieu));
        assert!(f.from <= f.to && f.to <= text.len());
    }
    let _ = dxcheck::internals::money::parse_words(&text);
    let _ = dxcheck::internals::money::parse_number(&text);
    for f in dxcheck::internals::quantity::figures(&text) {
        assert!(f.from <= f.to && f.to <= text.len());
    }
    let _ = dxcheck::internals::quantity::dates(&text);
    let _ = dxcheck::internals::quantity::roman_quarters(&text);
});
