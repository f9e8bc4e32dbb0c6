//! The first check of a process against the next ones: built-in profiles and the national
//! indicator table are parsed on first use (`cargo run --release --example first_check`).
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/bench/ke-hoach-40-trang.txt".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let t0 = Instant::now();
    let _ = dxcheck::check(dxcheck::Input::Text(&text), &Default::default());
    let first = t0.elapsed();
    let t1 = Instant::now();
    let _ = dxcheck::check(dxcheck::Input::Text(&text), &Default::default());
    println!("first check {:.2} ms, second {:.2} ms", first.as_secs_f64() * 1e3, t1.elapsed().as_secs_f64() * 1e3);
}
