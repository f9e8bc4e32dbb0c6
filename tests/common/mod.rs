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

/// The clean drafts of a round (names without `-loi`) get no error and no warning.
pub fn assert_clean_drafts_quiet(drafts: &[Draft], produced: impl Fn(&Draft) -> Vec<String>) {
    for d in drafts.iter().filter(|d| !d.name.contains("-loi")) {
        let acted: Vec<String> = produced(d).into_iter().filter(|f| !f.contains(" Info ")).collect();
        assert!(acted.is_empty(), "{}: {acted:?}", d.name);
    }
}
