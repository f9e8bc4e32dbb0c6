//! The TypeScript declarations of the JS API (src/wasm_types.d.ts) are generated from the Rust
//! types of the report: this test writes them with ts-rs and fails when the committed file
//! differs. Rerun with `UPDATE_TS=1 cargo test --test typescript` after changing a report type.
//! The part above the marker (the options and inputs JS passes in) is written by hand.

use dxcheck::{
    BudgetItem, BudgetReport, Finding, Format, IndicatorMatch, Level, Money, OutlineEntry, PastItem, ProfileSource, Range, Report,
    RuleInfo, Severity, SourceAmount, Status, Summary, SummaryRow, TargetEntry, YearSource,
};
use ts_rs::{Config, TS};

mod common;

const MARKER: &str = "// ---- generated from the Rust types by tests/typescript.rs (UPDATE_TS=1): do not edit below ----\n";

fn generated() -> String {
    let cfg = Config::new();
    let decls = [
        Report::decl(&cfg),
        Summary::decl(&cfg),
        SummaryRow::decl(&cfg),
        Finding::decl(&cfg),
        Severity::decl(&cfg),
        Level::decl(&cfg),
        Range::decl(&cfg),
        YearSource::decl(&cfg),
        ProfileSource::decl(&cfg),
        Format::decl(&cfg),
        OutlineEntry::decl(&cfg),
        Status::decl(&cfg),
        TargetEntry::decl(&cfg),
        dxcheck::internals::quantity::Quantity::decl(&cfg),
        dxcheck::internals::quantity::Comparator::decl(&cfg),
        IndicatorMatch::decl(&cfg),
        Money::decl(&cfg),
        SourceAmount::decl(&cfg),
        dxcheck::internals::budget::Source::decl(&cfg),
        BudgetItem::decl(&cfg),
        PastItem::decl(&cfg),
        BudgetReport::decl(&cfg),
        RuleInfo::decl(&cfg),
    ];
    decls.iter().map(|d| format!("export {d}\n")).collect::<Vec<_>>().join("\n")
}

#[test]
fn typescript_declarations_are_generated_from_the_rust_types() {
    let path = common::fixture_path("../../src/wasm_types.d.ts");
    let committed = std::fs::read_to_string(&path).unwrap();
    let head = committed.split(MARKER).next().unwrap();
    let expected = format!("{head}{MARKER}{}", generated());
    if std::env::var_os("UPDATE_TS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert!(committed == expected, "src/wasm_types.d.ts is out of date: run UPDATE_TS=1 cargo test --test typescript");
}

/// Every key of a real report is declared (the generated types are the serialised shape).
#[test]
fn declarations_name_every_key_of_a_real_report() {
    let ts = generated();
    let report = serde_json::to_value(common::check(&common::fixture("tinh-day-du.txt"))).unwrap();
    for key in report.as_object().unwrap().keys() {
        assert!(ts.contains(&format!("{key}: ")), "Report lacks {key}");
    }
    for key in report["findings"].as_array().unwrap().iter().flat_map(|f| f.as_object().unwrap().keys()) {
        assert!(ts.contains(&format!("{key}: ")), "Finding lacks {key}");
    }
}
