//! Every path stays linear in the draft's size (issue 15): for each shape that was quadratic,
//! the time at 16× the size must stay under 40× the time at 1× (a linear path takes ~16×; a
//! quadratic one ~256×). Each size is timed as the best of a few runs, so a loaded machine
//! does not make the test flaky.

mod hostile;

use std::time::{Duration, Instant};

use dxcheck::Options;

fn best_of(runs: usize, f: &dyn Fn()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// One shape timed at a time: the tests of this file would otherwise share the cores.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Times `run(make(n))` at n, 4n, 16n and fails on super-linear growth.
fn assert_linear<T>(shape: &str, base: usize, make: impl Fn(usize) -> T, run: impl Fn(&T)) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    run(&make(base)); // warm up: built-in profiles are parsed on first use
    let times: Vec<Duration> = [1, 4, 16]
        .iter()
        .map(|&k| {
            let input = make(base * k);
            best_of(5, &|| run(&input))
        })
        .collect();
    let ratio = |k: usize| times[k].as_secs_f64() / times[0].as_secs_f64().max(1e-4);
    eprintln!("{shape}: 1× {:?}, 4× {:?} ({:.1}×), 16× {:?} ({:.1}×)", times[0], times[1], ratio(1), times[2], ratio(2));
    assert!(ratio(2) < 40.0, "{shape}: 16× the size took {:.1}× the time ({times:?})", ratio(2));
}

#[allow(clippy::ptr_arg)] // the shape of `assert_linear`'s runner: it takes the built input
fn check_text(text: &String) {
    let report = dxcheck::check(dxcheck::Input::Text(text), &Options::default());
    assert!(!report.unreadable());
}

#[test]
fn many_targets_on_one_line() {
    // each finding's span used to count the line's UTF-16 prefix again
    assert_linear("targets on one line", 1600, hostile::targets_on_one_line, check_text);
}

#[test]
fn many_appendix_references_on_one_line() {
    // each `Phụ lục` hit used to search again for the other spelling to the end of the line
    assert_linear("Phụ lục N on one line", 1000, hostile::appendix_refs_on_one_line, check_text);
}

#[test]
fn many_heading_like_lines_outside_a_plan() {
    // each candidate used to scan every heading found so far (`siblings_typed`)
    assert_linear("heading-like lines", 1500, hostile::heading_like_lines, check_text);
}

#[test]
fn many_list_ids_in_a_word_file() {
    // the list ids already used were a Vec searched at each numbered paragraph
    assert_linear("distinct list ids", 500, hostile::many_list_ids, |bytes: &Vec<u8>| {
        let report = dxcheck::check(dxcheck::Input::File(bytes), &Options::default());
        assert!(!report.unreadable());
    });
}

#[test]
fn many_amounts_with_unclosed_brackets_on_one_line() {
    // each amount's bracket is read for its words in brackets: a bounded stretch, not the line
    let make = |n: usize| format!("Kinh phí: {}\n", "1 triệu đồng (hai ".repeat(n));
    assert_linear("amounts with unclosed brackets", 1000, make, check_text);
}
