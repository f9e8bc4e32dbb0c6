//! Embed the data files minified, and fail the build loudly when one is missing or malformed.
//! Embed the data files minified: whitespace outside strings in the JSON under data/ weighs
//! ~25 KB in the wasm and says nothing.
use std::path::{Path, PathBuf};

fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=data/profiles");

    // every file in data/profiles/ is a built-in profile: the directory is the one list
    let mut names: Vec<String> = std::fs::read_dir("data/profiles")
        .expect("data/profiles/ must exist")
        .map(|e| e.expect("readable data/profiles/ entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    // newest template first: the default and the list the page shows
    names.sort_by(|a, b| b.cmp(a));
    let mut list = String::from("const BUILTIN: &[(&str, u16, &str)] = &[\n");
    for name in &names {
        let json = embed(&out, &format!("profiles/{name}"));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("data/profiles/{name}: {e}"));
        let id = value["id"].as_str().unwrap_or_else(|| panic!("data/profiles/{name}: no \"id\""));
        assert_eq!(format!("{id}.json"), *name, "data/profiles/{name}: the file name must be its id");
        for role in ["targets", "budget", "projects", "past_spending"] {
            assert!(value["roles"][role].is_string(), "data/profiles/{name}: roles.{role} is missing");
        }
        let year = value["plan_year"].as_u64().unwrap_or_else(|| panic!("data/profiles/{name}: no \"plan_year\""));
        list.push_str(&format!("    ({id:?}, {year}, include_str!(concat!(env!(\"OUT_DIR\"), \"/profiles-{name}\"))),\n"));
    }
    list.push_str("];\n");
    std::fs::write(out.join("builtin_profiles.rs"), list).expect("write builtin_profiles.rs");

    let indicators = embed(&out, "indicators.json");
    let value: serde_json::Value = serde_json::from_str(&indicators).unwrap_or_else(|e| panic!("data/indicators.json: {e}"));
    assert!(value["indicators"].as_array().is_some_and(|a| !a.is_empty()), "data/indicators.json: no indicators");
}

/// Copy `data/<name>` minified into OUT_DIR (as `<dir>-<file>`); a data file that cannot be read
/// stops the build rather than turning a feature off.
fn embed(out: &Path, name: &str) -> String {
    let src = Path::new("data").join(name);
    println!("cargo:rerun-if-changed={}", src.display());
    let json = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
    let min = minify(&json);
    std::fs::write(out.join(name.replace('/', "-")), &min).unwrap_or_else(|e| panic!("write {name}: {e}"));
    min
}
