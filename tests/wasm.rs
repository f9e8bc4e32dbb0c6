//! The wasm bindings, run in headless Chromium by wasm-bindgen-test-runner:
//! `cargo test --target wasm32-unknown-unknown --test wasm` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLETE: &str = include_str!("fixtures/tinh-day-du.txt");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn findings(report: &JsValue) -> Array {
    get(report, "findings").dyn_into::<Array>().unwrap()
}

#[wasm_bindgen_test]
fn complete_plan_has_no_findings_and_a_plain_object_report() {
    let report = dxcheck::wasm::check(COMPLETE, JsValue::UNDEFINED).unwrap();
    assert_eq!(findings(&report).length(), 0);
    assert_eq!(get(&report, "plan_year").as_f64(), Some(2024.0));
    assert_eq!(get(&report, "level").as_string().as_deref(), Some("tinh"));
    assert_eq!(get(&report, "profile").as_string().as_deref(), Some("khung-2024"));
    // json_compatible: a missing value is null, not undefined; the report is a plain object
    assert!(get(&report, "file").is_null());
    assert!(js_sys::Object::get_prototype_of(&report) == js_sys::Object::get_prototype_of(&js_sys::Object::new()));
}

#[wasm_bindgen_test]
fn missing_section_found_with_utf16_range_into_the_passed_string() {
    // NFD + CRLF: the range must still select the heading in the string as passed
    let nfd: String = unicode_nfd(COMPLETE).replace('\n', "\r\n");
    let cut = nfd.replace(&(unicode_nfd("V. KINH PHÍ THỰC HIỆN") + "\r\n"), "");
    assert!(cut.len() < nfd.len(), "fixture heading not found in NFD form");
    let report = dxcheck::wasm::check(&cut, JsValue::UNDEFINED).unwrap();
    let list = findings(&report);
    assert_eq!(list.length(), 1);
    let f = list.get(0);
    assert_eq!(get(&f, "rule").as_string().as_deref(), Some("section.missing"));
    assert_eq!(get(&f, "section").as_string().as_deref(), Some("P2.V"));
    let range = get(&f, "range");
    let (start, end) = (get(&range, "start").as_f64().unwrap() as u32, get(&range, "end").as_f64().unwrap() as u32);
    let js = js_sys::JsString::from(cut.as_str());
    let selected: String = js.substring(start, end).into();
    assert_eq!(selected, unicode_nfd("VI. TỔ CHỨC THỰC HIỆN"));
}

#[wasm_bindgen_test]
fn options_are_typed_and_checked() {
    let opts = js_sys::Object::new();
    Reflect::set(&opts, &"level".into(), &"bo".into()).unwrap();
    Reflect::set(&opts, &"planYear".into(), &JsValue::from_f64(2025.0)).unwrap();
    let report = dxcheck::wasm::check("", opts.into()).unwrap();
    assert_eq!(get(&report, "level").as_string().as_deref(), Some("bo"));
    assert_eq!(get(&report, "plan_year").as_f64(), Some(2025.0));

    let bad = js_sys::Object::new();
    Reflect::set(&bad, &"profile".into(), &"khung-1999".into()).unwrap();
    assert!(dxcheck::wasm::check("x", bad.into()).is_err());
    let bad = js_sys::Object::new();
    Reflect::set(&bad, &"level".into(), &"xa".into()).unwrap();
    assert!(dxcheck::wasm::check("x", bad.into()).is_err());
}

#[wasm_bindgen_test]
fn options_refuse_unknown_fields_and_wrong_types() {
    let message = |opts: js_sys::Object| -> String {
        let err = dxcheck::wasm::check("x", opts.into()).unwrap_err();
        js_sys::Error::from(JsValue::from(err)).message().into()
    };
    let unknown = js_sys::Object::new();
    Reflect::set(&unknown, &"planyear".into(), &JsValue::from_f64(2025.0)).unwrap();
    assert!(message(unknown).contains("unknown field `planyear`"));
    let text_year = js_sys::Object::new();
    Reflect::set(&text_year, &"planYear".into(), &"2025".into()).unwrap();
    assert!(message(text_year).contains("`planYear`"));
    let number_level = js_sys::Object::new();
    Reflect::set(&number_level, &"level".into(), &JsValue::from_f64(1.0)).unwrap();
    assert!(message(number_level).contains("`level`"));
    assert!(dxcheck::wasm::check("x", JsValue::from_f64(3.0)).is_err());
    // null and undefined fields are "not given"
    let nulls = js_sys::Object::new();
    Reflect::set(&nulls, &"level".into(), &JsValue::NULL).unwrap();
    Reflect::set(&nulls, &"profile".into(), &JsValue::UNDEFINED).unwrap();
    assert!(dxcheck::wasm::check("x", nulls.into()).is_ok());
    assert!(dxcheck::wasm::check("x", JsValue::NULL).is_ok());
}

#[wasm_bindgen_test]
fn summary_csv_reads_the_rows_of_reports() {
    let rows = Array::new();
    rows.push(&get(&dxcheck::wasm::check(COMPLETE, JsValue::UNDEFINED).unwrap(), "row"));
    rows.push(&get(&dxcheck::wasm::check("", JsValue::UNDEFINED).unwrap(), "row"));
    let csv = dxcheck::wasm::summary_csv(rows.into(), Some(";".into())).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.lines().next().is_some_and(|header| header.contains(';')), "{csv}");
    assert!(dxcheck::wasm::summary_csv(JsValue::from_f64(1.0), None).is_err());
}

#[wasm_bindgen_test]
fn version_and_profiles() {
    assert_eq!(dxcheck::wasm::version(), env!("CARGO_PKG_VERSION"));
    let profiles = dxcheck::wasm::profiles().unwrap().dyn_into::<Array>().unwrap();
    assert!(profiles.iter().any(|p| get(&p, "id").as_string().as_deref() == Some("khung-2024")));
}

#[wasm_bindgen_test]
fn hostile_input_gives_findings_not_a_panic() {
    let garbage: String = (0..20_000u32).map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('?')).collect();
    let report = dxcheck::wasm::check(&garbage, JsValue::UNDEFINED).unwrap();
    let f = findings(&report);
    assert_eq!(f.length(), 1);
    assert_eq!(get(&f.get(0), "rule").as_string().as_deref(), Some("document.not-a-plan"));
    // the validator still works afterwards
    assert!(dxcheck::wasm::check(COMPLETE, JsValue::UNDEFINED).is_ok());
}

fn unicode_nfd(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd().collect()
}

#[wasm_bindgen_test]
fn a_custom_profile_from_js() {
    let opts = js_sys::Object::new();
    let json = include_str!("fixtures/profiles/song-lam-2024.json");
    Reflect::set(&opts, &"profileJson".into(), &json.into()).unwrap();
    let report = dxcheck::wasm::check(COMPLETE, opts.into()).unwrap();
    assert_eq!(get(&report, "profile").as_string().as_deref(), Some("song-lam-2024"));
    let list = findings(&report);
    assert_eq!(list.length(), 1);
    assert_eq!(get(&list.get(0), "section").as_string().as_deref(), Some("P2.VIII"));

    let bad = js_sys::Object::new();
    Reflect::set(&bad, &"profileJson".into(), &include_str!("fixtures/profiles/khung-hong.json").into()).unwrap();
    let err = dxcheck::wasm::check(COMPLETE, bad.into()).unwrap_err();
    let msg: String = js_sys::Error::from(JsValue::from(err)).message().into();
    assert!(msg.contains("`title`"), "{msg}");
}

#[wasm_bindgen_test]
fn check_file_reads_word_documents_in_the_browser() {
    let docx = include_bytes!("fixtures/docx/lech-tong.docx");
    let report = dxcheck::wasm::check_file(docx, Some("lech-tong.docx".into()), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "format").as_string().as_deref(), Some("docx"));
    assert_eq!(get(&report, "file").as_string().as_deref(), Some("lech-tong.docx"));
    let list = findings(&report);
    assert_eq!(list.length(), 1);
    assert_eq!(get(&list.get(0), "rule").as_string().as_deref(), Some("budget.total-mismatch"));
    assert_eq!(get(&list.get(0), "place").as_string().as_deref(), Some("đoạn 102"));
    assert!(get(&report, "text").as_string().unwrap().starts_with("ỦY BAN NHÂN DÂN"));

    let bomb = include_bytes!("fixtures/docx/bom-nen.docx");
    let report = dxcheck::wasm::check_file(bomb, None, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&findings(&report).get(0), "rule").as_string().as_deref(), Some("input.too-large"));
}

#[wasm_bindgen_test]
fn check_plan_takes_a_plain_object_and_summarize_counts() {
    let plan = js_sys::JSON::parse(r#"{"plan_year": 2024, "sections": {"P2.II": "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%."}}"#).unwrap();
    let report = dxcheck::wasm::check_plan(plan, JsValue::UNDEFINED).unwrap();
    let text = get(&report, "text").as_string().unwrap();
    assert!(text.contains("II. MỤC TIÊU\n- Tỷ lệ hồ sơ"), "{text}");
    // a form titled as an annual plan with one section is a plan with the rest missing: each
    // missing branch once (Part I as a whole), never "not a plan"
    let rules: Vec<String> = findings(&report).iter().map(|f| get(&f, "rule").as_string().unwrap()).collect();
    assert!(!rules.iter().any(|r| r == "document.not-a-plan"), "{rules:?}");
    assert_eq!(rules.iter().filter(|r| *r == "section.missing").count(), 7, "{rules:?}");

    let summary = dxcheck::wasm::summarize(COMPLETE, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&summary, "error").as_f64(), Some(0.0));
    assert_eq!(get(&summary, "warning").as_f64(), Some(0.0));
}
