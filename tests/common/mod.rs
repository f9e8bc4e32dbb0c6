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
