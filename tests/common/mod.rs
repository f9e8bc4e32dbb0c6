//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// One line per finding, `line:column severity rule [section]`: what the snapshots and the
/// exact-findings assertions compare.
pub fn findings(report: &dxcheck::Report) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| format!("{}:{} {:?} {} [{}]", f.line, f.column, f.severity, f.rule, f.section.as_deref().unwrap_or("-")))
        .collect()
}

pub fn check(text: &str) -> dxcheck::Report {
    dxcheck::check(dxcheck::Input::Text(text), &dxcheck::Options::default())
}

/// A draft of a labelled round of unseen drafts (`tests/unseen4.rs`, `tests/unseen5.rs`): its
/// findings as [`findings`] prints them.
pub struct Draft {
    pub name: &'static str,
    /// What a correct checker reports.
    pub expected: &'static [&'static str],
    /// Expected findings the checker does not give today (see the round's PENDING.md).
    pub missed: &'static [&'static str],
    /// Findings it gives today that a correct checker does not.
    pub extra: &'static [&'static str],
}

impl Draft {
    /// Today's result: the expected findings less those missed, plus the extra ones.
    pub fn today(&self) -> Vec<String> {
        let mut v: Vec<String> = self.expected.iter().filter(|f| !self.missed.contains(f)).map(|f| f.to_string()).collect();
        v.extend(self.extra.iter().map(|f| f.to_string()));
        v
    }
}

/// Precision and recall of a round, for errors and warnings (what a drafter must act on) and for
/// all findings, printed (`cargo test --test unseenN -- --nocapture`); returns (expected,
/// produced, both) for errors and warnings.
pub fn precision_recall(round: &str, drafts: &[Draft], produced: impl Fn(&Draft) -> Vec<String>) -> (usize, usize, usize) {
    let mut counts = [(0usize, 0usize, 0usize); 2]; // (expected, produced, both) for [acted on, all]
    for d in drafts {
        let got = produced(d);
        for (k, acted_only) in [(0, true), (1, false)] {
            let keep = |f: &&str| !acted_only || !f.contains(" Info ");
            let e: Vec<&str> = d.expected.iter().copied().filter(keep).collect();
            let p: Vec<&str> = got.iter().map(String::as_str).filter(keep).collect();
            counts[k].0 += e.len();
            counts[k].1 += p.len();
            counts[k].2 += p.iter().filter(|f| e.contains(f)).count();
        }
    }
    for (label, (e, p, both)) in ["errors and warnings", "all findings"].iter().zip(counts) {
        let precision = both as f64 / p.max(1) as f64;
        let recall = both as f64 / e.max(1) as f64;
        println!(
            "{round} ({} drafts), {label}: expected {e}, produced {p}, both {both}; precision {precision:.3} recall {recall:.3}",
            drafts.len()
        );
    }
    counts[0]
}

/// Each draft of a round gets exactly today's findings ([`Draft::today`]), in any order.
pub fn assert_today(drafts: &[Draft], produced: impl Fn(&Draft) -> Vec<String>) {
    for d in drafts {
        let mut got = produced(d);
        let mut want = d.today();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{}", d.name);
    }
}

/// The clean drafts of a round (names without `-loi`) get no error and no warning but those its
/// PENDING.md still lists as `extra` (a round's first run).
pub fn assert_clean_drafts_quiet(drafts: &[Draft], produced: impl Fn(&Draft) -> Vec<String>) {
    for d in drafts.iter().filter(|d| !d.name.contains("-loi")) {
        let acted: Vec<String> = produced(d).into_iter().filter(|f| !f.contains(" Info ") && !d.extra.contains(&f.as_str())).collect();
        assert!(acted.is_empty(), "{}: {acted:?}", d.name);
    }
}

/// A fixture as a file dropped on the page: its bytes (any encoding, `.docx`, `.odt`).
pub fn file_report(name: &str) -> dxcheck::Report {
    let bytes = std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    dxcheck::check(dxcheck::Input::File(&bytes), &dxcheck::Options::default())
}

/// What a round's precision and recall may fall short by.
pub enum Pending {
    /// Nothing: every error and warning expected is given, and no other.
    Nothing,
    /// Exactly the errors and warnings its drafts list as `missed` and `extra` (the round's
    /// PENDING.md).
    Listed,
}

/// Prints a round's precision and recall ([`precision_recall`]) and asserts that its errors and
/// warnings fall short by no more and no less than `pending` says.
pub fn assert_precision_recall(round: &str, drafts: &[Draft], produced: impl Fn(&Draft) -> Vec<String>, pending: Pending) {
    let (e, p, both) = precision_recall(round, drafts, produced);
    let acted = |findings: &[&str]| findings.iter().filter(|f| !f.contains(" Info ")).count();
    let (missed, extra) = match pending {
        Pending::Nothing => (0, 0),
        Pending::Listed => (drafts.iter().map(|d| acted(d.missed)).sum(), drafts.iter().map(|d| acted(d.extra)).sum()),
    };
    assert_eq!(p - both, extra, "a false error or warning");
    assert_eq!(e - both, missed, "a missed error or warning");
}

/// The text drafts of a round pasted into the page (the usual way) give the file's findings:
/// each draft `pasted` keeps (by name), read from `dir`.
pub fn assert_pasted_agrees(dir: &str, drafts: &[Draft], pasted: impl Fn(&str) -> bool, report: impl Fn(&str) -> dxcheck::Report) {
    for d in drafts.iter().filter(|d| pasted(d.name)) {
        let text = fixture(&format!("{dir}/{}", d.name));
        assert_eq!(findings(&check(&text)), findings(&report(d.name)), "{}", d.name);
    }
}

/// Prints every draft's findings, each under its name.
pub fn print_findings(drafts: &[Draft], report: impl Fn(&str) -> dxcheck::Report) {
    for d in drafts {
        println!("== {}", d.name);
        for f in findings(&report(d.name)) {
            println!("  {f}");
        }
    }
}

/// The tests of every round of unseen drafts (`tests/unseen4.rs` on): each draft gets exactly
/// today's findings, precision and recall as `pending` allows, clean drafts quiet. The round's
/// file states its drafts, how a draft is read and this. A draft is read by `report` (file name →
/// report), or as a file of `files` (its folder under `tests/fixtures`: `fn report` is then made,
/// as the page's file input reads it, and `print_findings`, ignored, prints every draft's
/// findings); with `files`, `pasted` (file name → bool) names the drafts that give the same
/// findings pasted:
///
/// ```ignore
/// unseen_round! {
///     precision_recall: round_9_precision_recall,
///     round: "round 9",
///     drafts: DRAFTS,
///     files: "unseen9",
///     pasted: |name: &str| name.ends_with(".txt"),
///     pending: Pending::Nothing,
/// }
/// ```
#[macro_export]
macro_rules! unseen_round {
    (precision_recall: $precision_recall:ident, round: $round:literal, drafts: $drafts:expr, files: $dir:literal, pasted: $pasted:expr, pending: $pending:expr $(,)?) => {
        $crate::unseen_round! { precision_recall: $precision_recall, round: $round, drafts: $drafts, files: $dir, pending: $pending }

        /// The text drafts pasted into the page (the usual way) give the file's findings.
        #[test]
        fn pasted_text_agrees_with_the_file() {
            $crate::common::assert_pasted_agrees($dir, $drafts, $pasted, report);
        }
    };
    (precision_recall: $precision_recall:ident, round: $round:literal, drafts: $drafts:expr, files: $dir:literal, pending: $pending:expr $(,)?) => {
        /// Read as a file (bytes), as the page's file input reads it.
        fn report(name: &str) -> dxcheck::Report {
            $crate::common::file_report(&format!("{}/{name}", $dir))
        }

        $crate::unseen_round! { precision_recall: $precision_recall, round: $round, drafts: $drafts, report: report, pending: $pending }

        /// Print every draft's findings (`cargo test --test unseenN -- --ignored --nocapture`).
        #[test]
        #[ignore]
        fn print_findings() {
            $crate::common::print_findings($drafts, report);
        }
    };
    (precision_recall: $precision_recall:ident, round: $round:literal, drafts: $drafts:expr, report: $report:expr, pending: $pending:expr $(,)?) => {
        /// Each draft gets exactly today's findings ([`Draft::today`]), in any order.
        #[test]
        fn each_draft_gets_exactly_its_findings() {
            $crate::common::assert_today($drafts, |d| $crate::common::findings(&$report(d.name)));
        }

        /// Precision and recall over the round's drafts, for errors and warnings (what a drafter
        /// must act on) and for all findings, printed (`cargo test --test unseenN -- --nocapture`).
        #[test]
        fn $precision_recall() {
            $crate::common::assert_precision_recall($round, $drafts, |d| $crate::common::findings(&$report(d.name)), $pending);
        }

        /// The clean drafts get no error and no warning.
        #[test]
        fn clean_drafts_get_no_error_and_no_warning() {
            $crate::common::assert_clean_drafts_quiet($drafts, |d| $crate::common::findings(&$report(d.name)));
        }
    };
}

/// This thread's CPU time in ns: the first field of Linux's `/proc/thread-self/schedstat`. That
/// field is brought up to date only at a scheduler tick (every 4 ms here) or a switch, so the
/// thread yields first: the switch updates it to the nanosecond. Reads allocate nothing. Where
/// there is no such file, wall time since the first call.
pub fn cpu_ns() -> u64 {
    std::thread::yield_now();
    let mut buf = [0u8; 128];
    let read = std::fs::File::open("/proc/thread-self/schedstat").and_then(|mut f| std::io::Read::read(&mut f, &mut buf));
    let field = read.ok().and_then(|n| std::str::from_utf8(&buf[..n]).ok()?.split(' ').next()?.parse().ok());
    field.unwrap_or_else(|| {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as u64
    })
}

/// A stopwatch of this thread's own CPU time ([`cpu_ns`]): the time limits of the robustness tests
/// hold on a loaded machine, where wall time would count the waits for a core.
pub struct CpuClock(u64);

impl CpuClock {
    pub fn now() -> CpuClock {
        CpuClock(cpu_ns())
    }

    pub fn elapsed(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(cpu_ns().saturating_sub(self.0))
    }
}
