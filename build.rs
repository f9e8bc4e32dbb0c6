//! Embed the data files minified: whitespace outside strings in the JSON under data/ weighs
//! ~25 KB in the wasm and says nothing.
use std::path::Path;

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
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    for name in ["profiles/khung-2024.json", "profiles/khung-2023.json", "indicators.json"] {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let json = std::fs::read_to_string(&src).unwrap_or_default();
        let dest = Path::new(&out).join(name.replace('/', "-"));
        std::fs::write(dest, minify(&json)).unwrap_or_default();
    }
}
