//! Time each phase of a check: `cargo run --release --example phases [FILE]`.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/bench/ke-hoach-40-trang.txt".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let profile = dxcheck::internals::profile::builtin("khung-2024").expect("built-in profile");
    let names = ["legacy", "document", "outline", "content", "tables", "budget", "targets", "whole check", "report JSON"];
    let mut sums = [0f64; 9];
    let n = 50;
    for _ in 0..n {
        let mut marks = vec![Instant::now()];
        let (conv, _) = dxcheck::internals::ingest::legacy::convert_text(&text);
        marks.push(Instant::now());
        let doc = dxcheck::internals::document::Document::from_text(&conv);
        marks.push(Instant::now());
        let outline = dxcheck::internals::outline::recognise(&doc, profile);
        marks.push(Instant::now());
        let contents = dxcheck::internals::outline::content::analyse(&doc, profile, &outline);
        marks.push(Instant::now());
        let tables = dxcheck::internals::table::tables(&doc, 0, doc.lines.len());
        marks.push(Instant::now());
        let _budget = dxcheck::internals::budget::read(&doc, profile, &outline, &contents, &tables);
        marks.push(Instant::now());
        let _targets = dxcheck::internals::targets::read(&doc, profile, &outline, &contents, &tables, None, profile.plan_year);
        marks.push(Instant::now());
        let report = dxcheck::check(dxcheck::Input::Text(&text), &Default::default());
        marks.push(Instant::now());
        std::hint::black_box(serde_json::to_string(&report).unwrap_or_default());
        marks.push(Instant::now());
        for (i, w) in marks.windows(2).enumerate() {
            sums[i] += (w[1] - w[0]).as_secs_f64() * 1e3;
        }
    }
    for (name, s) in names.iter().zip(sums) {
        println!("{name:>12}: {:.2} ms", s / n as f64);
    }
}
