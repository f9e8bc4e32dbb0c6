//! The hand-written TypeScript types (src/wasm_types.d.ts) must name every field the Report
//! really has: serialise a real report and look each key up in its interface.

mod common;

fn interface<'a>(ts: &'a str, name: &str) -> &'a str {
    let start = ts.find(&format!("export interface {name} {{")).unwrap_or_else(|| panic!("interface {name}"));
    let end = ts[start..].find("\n}").unwrap() + start;
    &ts[start..end]
}

fn assert_keys(ts: &str, name: &str, value: &serde_json::Value) {
    let body = interface(ts, name);
    for key in value.as_object().unwrap().keys() {
        assert!(body.contains(&format!("\n  {key}:")) || body.contains(&format!("\n  {key}?:")), "{name} lacks {key}");
    }
    let declared = body.lines().filter(|l| l.starts_with("  ") && !l.trim_start().starts_with(['/', '*']) && l.contains(':')).count();
    assert_eq!(declared, value.as_object().unwrap().len(), "{name} declares fields the report does not have");
}

#[test]
fn typescript_interfaces_match_the_serialised_report() {
    let ts = include_str!("../src/wasm_types.d.ts");
    let report = common::check(&common::fixture("thieu-kinh-phi.txt"));
    let v = serde_json::to_value(&report).unwrap();
    assert_keys(ts, "Report", &v);
    assert_keys(ts, "Finding", &v["findings"][0]);
    assert_keys(ts, "OutlineEntry", &v["outline"][0]);
    let full = serde_json::to_value(common::check(&common::fixture("tinh-day-du.txt"))).unwrap();
    let budget = &full["budget"];
    assert_keys(ts, "BudgetReport", budget);
    assert_keys(ts, "Money", &budget["declared_total"]);
    assert_keys(ts, "SourceAmount", &budget["by_source"][0]);
    assert_keys(ts, "BudgetItem", &budget["items"][0]);
    assert_keys(ts, "PastItem", &budget["past_items"][0]);
    let target = full["targets"].as_array().unwrap().iter().find(|t| !t["indicators"].as_array().unwrap().is_empty()).unwrap();
    assert_keys(ts, "TargetEntry", target);
    assert_keys(ts, "IndicatorMatch", &target["indicators"][0]);
}
