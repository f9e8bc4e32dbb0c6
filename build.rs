//! Turn the data files into Rust: the built-in profiles and the national indicator table become
//! static data (`builtin_profiles.rs`, `builtin_indicators.rs` in OUT_DIR), one string of
//! separated fields per section or indicator, so the library parses no JSON for them at run time
//! and the wasm carries no deserialiser for the indicator table.
//! data/ stays the one source; a file that is missing or malformed stops the build.
//! Also `char_classes.rs`: the letter and case properties `vn::is_letter` & co. read, taken from
//! this toolchain's std, so the wasm carries no Unicode property table.
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

fn main() {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    println!("cargo:rerun-if-changed=data/profiles");
    // wasm: a 512 KiB shadow stack instead of rust-lld's 1 MiB. rust-lld puts the data right above
    // the stack, so every address of it stays under 1 MiB: a 3-byte LEB constant in the code instead
    // of 4 (−241 B gzip on the core). A check needs under 16 KiB of it (every fixture as text, file
    // and plan JSON runs with a 16 KiB stack; 4 KiB overflows); an overflow still traps (below 0).
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size=524288");
    }

    // every file in data/profiles/ is a built-in profile: the directory is the one list
    let mut names: Vec<String> = std::fs::read_dir("data/profiles")
        .expect("data/profiles/ must exist")
        .map(|e| e.expect("readable data/profiles/ entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    // newest template first: the default and the list the page shows
    names.sort_by(|a, b| b.cmp(a));
    let mut profiles = String::from("const BUILTIN: &[(&str, u16, &BuiltinProfile)] = &[\n");
    for name in &names {
        let value = read(&format!("profiles/{name}"));
        let id = value["id"].as_str().unwrap_or_else(|| panic!("data/profiles/{name}: no \"id\""));
        assert_eq!(format!("{id}.json"), *name, "data/profiles/{name}: the file name must be its id");
        let year = value["plan_year"].as_u64().unwrap_or_else(|| panic!("data/profiles/{name}: no \"plan_year\""));
        let year = u16::try_from(year).unwrap_or_else(|_| panic!("data/profiles/{name}: plan_year {year}"));
        known_keys(&value, &["id", "name", "name_en", "plan_year", "roles", "sections"], name);
        known_keys(&value["roles"], &["targets", "budget", "projects", "past_spending"], name);
        let mut roles = String::new();
        for role in ["targets", "budget", "projects", "past_spending"] {
            let r = value["roles"][role].as_str().unwrap_or_else(|| panic!("data/profiles/{name}: roles.{role} is missing"));
            write!(roles, "Some({r:?}), ").ok();
        }
        writeln!(
            profiles,
            "    ({id:?}, {year}, &BuiltinProfile {{ id: {id:?}, name: {}, name_en: {}, plan_year: {year}, roles: [{roles}], sections: {:?} }}),",
            lit(&value, "name", name),
            opt_lit(&value, "name_en"),
            {
                let mut records = Vec::new();
                sections(&value["sections"], 0, name, &mut records);
                records.join(SECTION)
            }
        )
        .ok();
    }
    profiles.push_str("];\n");
    std::fs::write(out.join("builtin_profiles.rs"), profiles).expect("write builtin_profiles.rs");

    let value = read("indicators.json");
    let all = value["indicators"].as_array().filter(|a| !a.is_empty()).expect("data/indicators.json: no indicators");
    let mut records = Vec::new();
    for ind in all {
        let at = "indicators.json";
        known_keys(
            ind,
            &["id", "name", "aliases", "unit", "basis", "values", "levels", "core", "subjects", "exclude", "scope", "deadline"],
            at,
        );
        let values = ind["values"].as_object().unwrap_or_else(|| panic!("data/indicators.json: {} has no values", ind["id"]));
        // in order of year (the report writes them as a JSON object, keys in order)
        let mut values: Vec<String> = values
            .iter()
            .map(|(year, v)| {
                format!("{year}={}", v.as_str().unwrap_or_else(|| panic!("data/indicators.json: {} {year} is not a string", ind["id"])))
            })
            .collect();
        values.sort();
        let record = record(&[
            text(ind, "id", at),
            text(ind, "name", at),
            list(ind, "aliases", at),
            text(ind, "unit", at),
            text(ind, "basis", at),
            values.join(ITEM),
            levels(ind, "levels", at),
            levels(ind, "core", at),
            list(ind, "subjects", at),
            list(ind, "exclude", at),
            levels(ind, "scope", at),
        ]);
        assert!(!record.contains(SECTION), "data/indicators.json: a text holds U+001D: {record}");
        records.push(record);
    }
    // one string each (records joined by U+001D), not a table of pointers to strings
    let mut code = format!("const BUILTIN_INDICATORS: &str = {:?};\n", records.join(SECTION));
    write!(
        code,
        "/// Abbreviations drafts use (`tthc = thủ tục hành chính`), expanded before matching.\nconst ABBREVIATIONS: &str = {:?};\n",
        strs(&value, "abbreviations", "indicators.json").join(SECTION)
    )
    .ok();
    std::fs::write(out.join("builtin_indicators.rs"), code).expect("write builtin_indicators.rs");

    // vn::is_letter & co.: this toolchain's Unicode properties in the windows of characters Latin
    // (Vietnamese), Greek, Cyrillic and Armenian text uses, one nibble per character (alphabetic 1,
    // numeric 2, lowercase 4, uppercase 8, as vn.rs reads them), two to a byte
    const CLASS_WINDOWS: &[(u32, u32)] = &[(0, 0x590), (0x1E00, 0x1F00), (0x2070, 0x2190), (0x2460, 0x2500), (0xFF00, 0xFF70)];
    let mut nibbles = Vec::new();
    for &(from, to) in CLASS_WINDOWS {
        for c in (from..to).map(|u| char::from_u32(u).expect("no surrogates in the windows")) {
            let bits = [c.is_alphabetic(), c.is_numeric(), c.is_lowercase(), c.is_uppercase()];
            nibbles.push(bits.iter().enumerate().map(|(i, &b)| u8::from(b) << i).sum::<u8>());
        }
    }
    let bytes: Vec<String> = nibbles.chunks(2).map(|p| (p[0] | p.get(1).map_or(0, |n| n << 4)).to_string()).collect();
    let code = format!(
        "const CLASS_WINDOWS: &[(u32, u32)] = &{CLASS_WINDOWS:?};\nstatic CLASSES: [u8; {}] = [{}];\n",
        bytes.len(),
        bytes.join(", ")
    );
    std::fs::write(out.join("char_classes.rs"), code).expect("write char_classes.rs");
}

fn read(name: &str) -> Value {
    let src = Path::new("data").join(name);
    println!("cargo:rerun-if-changed={}", src.display());
    let json = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", src.display()))
}

/// The section tree in template order (each section, then its children), one record per section:
/// its depth as one digit, then the same fields and defaults as `profile::SectionSpec` (which
/// reads custom profiles). `profile::BuiltinProfile` reads them back; the records of a profile are
/// joined by `SECTION` into one string (no table of 16 bytes of pointers per section).
fn sections(tree: &Value, depth: usize, at: &str, records: &mut Vec<String>) {
    let tree = tree.as_array().unwrap_or_else(|| panic!("data/profiles/{at}: sections must be a list"));
    assert!(depth < 6, "data/profiles/{at}: sections nest deeper than 6 levels");
    for s in tree {
        known_keys(s, &["id", "number", "title", "title_en", "aliases", "required", "guidance", "severity", "children"], at);
        // the letter `profile::BuiltinSection` reads back
        let severity = match s.get("severity").map(|v| v.as_str()) {
            None => "",
            Some(Some("error")) => "e",
            Some(Some("warning")) => "w",
            Some(Some("info")) => "i",
            Some(v) => panic!("data/profiles/{at}: severity {v:?}"),
        };
        let required = s.get("required").is_none_or(|v| v.as_bool().unwrap_or_else(|| panic!("data/profiles/{at}: required")));
        let record = record(&[
            text(s, "id", at),
            text(s, "number", at),
            text(s, "title", at),
            text(s, "title_en", at),
            list(s, "aliases", at),
            if required { "1" } else { "0" }.into(),
            s.get("guidance").and_then(Value::as_str).unwrap_or("").into(),
            severity.into(),
        ]);
        assert!(!record.contains(SECTION), "data/profiles/{at}: a text holds U+001D: {record}");
        records.push(format!("{depth}{record}"));
        if let Some(children) = s.get("children") {
            sections(children, depth + 1, at, records);
        }
    }
}

fn known_keys(v: &Value, keys: &[&str], at: &str) {
    let obj = v.as_object().unwrap_or_else(|| panic!("data/{at}: expected an object, found {v}"));
    for k in obj.keys() {
        assert!(keys.contains(&k.as_str()), "data/{at}: unknown field {k:?}");
    }
}

/// A required string field as a Rust literal.
fn lit(v: &Value, key: &str, at: &str) -> String {
    format!("{:?}", v[key].as_str().unwrap_or_else(|| panic!("data/{at}: {key:?} missing or not a string in {v}")))
}

/// An optional string field (empty when absent).
fn opt_lit(v: &Value, key: &str) -> String {
    format!("{:?}", v.get(key).and_then(Value::as_str).unwrap_or(""))
}

/// An optional list of strings.
fn strs(v: &Value, key: &str, at: &str) -> Vec<String> {
    let Some(list) = v.get(key) else { return Vec::new() };
    list.as_array()
        .unwrap_or_else(|| panic!("data/{at}: {key:?} must be a list"))
        .iter()
        .map(|s| s.as_str().unwrap_or_else(|| panic!("data/{at}: {key:?} holds a non-string")).to_string())
        .inspect(|s| assert!(!s.contains(SECTION), "data/{at}: a text holds U+001D: {s}"))
        .collect()
}

/// Between the fields of a record, and between the items of a list field (ASCII unit and record
/// separators: they never occur in the data, which `record` checks). One string per record
/// weighs less in the wasm than a struct of string slices (8 bytes of pointer each, which
/// compress badly).
const FIELD: &str = "\u{1f}";
/// Between the records of a built-in profile's sections, and of the indicator table.
const SECTION: &str = "\u{1d}";
const ITEM: &str = "\u{1e}";

fn record(fields: &[String]) -> String {
    for f in fields {
        assert!(!f.contains(FIELD), "data/: a text holds U+001F: {f}");
    }
    fields.join(FIELD)
}

fn text(v: &Value, key: &str, at: &str) -> String {
    v[key].as_str().unwrap_or_else(|| panic!("data/{at}: {key:?} missing or not a string in {v}")).to_string()
}

/// An optional list of administrative levels as one character, the bit set `'0' + mask` that
/// `indicators` reads (`tinh` 1, `huyen` 2, `xa` 4, `bo` 8: its `SCOPE_*`): no list of Strings
/// built at run time for three fields of every indicator, only to be compared with names.
fn levels(v: &Value, key: &str, at: &str) -> String {
    let mut mask = 0u8;
    for name in strs(v, key, at) {
        mask |= match name.as_str() {
            "tinh" => 1,
            "huyen" => 2,
            "xa" => 4,
            "bo" => 8,
            _ => panic!("data/{at}: {key:?} holds {name:?}, not tinh, huyen, xa or bo"),
        };
    }
    char::from(b'0' + mask).to_string()
}

/// An optional list of strings, its items joined by `ITEM`.
fn list(v: &Value, key: &str, at: &str) -> String {
    let Some(list) = v.get(key) else { return String::new() };
    let items: Vec<&str> = list
        .as_array()
        .unwrap_or_else(|| panic!("data/{at}: {key:?} must be a list"))
        .iter()
        .map(|s| s.as_str().unwrap_or_else(|| panic!("data/{at}: {key:?} holds a non-string")))
        .inspect(|s| assert!(!s.contains(ITEM), "data/{at}: a text holds U+001E: {s}"))
        .collect();
    items.join(ITEM)
}
