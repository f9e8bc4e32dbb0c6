//! A keystroke's re-check, natively: `cargo run --release --example session_timing [FILE]`.
//! One character typed somewhere new each time into the draft (default: the distinct-plan
//! corpus), timed through a `Session` (edit + report) and as a full `check()` of the whole text.
use std::time::Instant;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/bench/ke-hoach-khac-nhau.txt".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let options = dxcheck::Options::default();
    let mut session = dxcheck::Session::new(text.clone(), options.clone());
    let mut mirror = text;
    let (mut full, mut incremental) = (Vec::new(), Vec::new());
    let mut at = 0usize;
    // SESSION_ONLY=1: the session alone, for a profiler
    let only = std::env::var_os("SESSION_ONLY").is_some();
    // CHANGES=1: the report as the page's worker takes it (its changes since the last, as JSON)
    let changes = std::env::var_os("CHANGES").is_some();
    // ITERATIONS=n: that many keystrokes (callgrind wants few)
    let iterations = std::env::var("ITERATIONS").ok().and_then(|n| n.parse().ok()).unwrap_or(if only { 4000 } else { 400 });
    let start = mirror.encode_utf16().count();
    for i in 0..iterations {
        // a place in the text, as a UTF-16 offset (what the page sends; one `x` more each time)
        at = (at + 7919) % (start + i).max(1);
        let t0 = Instant::now();
        session.edit(at, 0, "x");
        if changes {
            std::hint::black_box(session.report_changes());
        } else {
            std::hint::black_box(session.report());
        }
        let t1 = Instant::now();
        if only {
            incremental.push((t1 - t0).as_secs_f64() * 1e3);
            continue;
        }
        let byte = mirror
            .char_indices()
            .scan(0, |u, (b, c)| {
                let here = *u;
                *u += c.len_utf16();
                Some((b, here))
            })
            .find(|&(_, u)| u >= at)
            .map_or(mirror.len(), |(b, _)| b);
        mirror.insert(byte, 'x');
        let t2 = Instant::now();
        std::hint::black_box(dxcheck::check(dxcheck::Input::Text(&mirror), &options));
        let t3 = Instant::now();
        if i >= 50 {
            incremental.push((t1 - t0).as_secs_f64() * 1e3);
            full.push((t3 - t2).as_secs_f64() * 1e3);
        }
    }
    println!("{path}: {} bytes", mirror.len());
    println!("session edit + report: {:.3} ms (median of {})", median(incremental.clone()), incremental.len());
    if !full.is_empty() {
        println!("full check():          {:.3} ms", median(full));
    }
}
