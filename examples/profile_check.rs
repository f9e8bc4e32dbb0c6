//! Profiling helper: `valgrind --tool=callgrind target/release/examples/profile_check`
//! (instruction counts are repeatable; see README, Performance).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/bench/ke-hoach-40-trang.txt".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    for _ in 0..30 {
        std::hint::black_box(dxcheck::check(dxcheck::Input::Text(&text), &Default::default()));
    }
}
