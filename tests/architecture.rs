//! The invariants of ARCHITECTURE.md, checked on the source: the layers import only downwards,
//! the modules form no import cycle, role section IDs are data (not literals in the code), and
//! the README's rule table lists exactly `RULES`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of `src/` and its layer: a module may import from its own layer or a
/// lower one, never a higher one (ARCHITECTURE.md, "Layers").
const LAYERS: &[(&str, u8)] = &[
    ("kinds", 0),
    ("message", 0),
    ("vn", 0),
    ("numerals", 0),
    ("label", 0),
    ("document", 1),
    ("profile", 1),
    ("finding", 1),
    ("ingest", 2),
    ("header", 3),
    ("outline", 3),
    ("table", 3),
    ("money", 3),
    ("quantity", 3),
    ("indicators", 3),
    ("targets", 3),
    ("budget", 3),
    ("rules", 4),
    ("report", 5),
    ("lib", 6),
    ("session", 6),
    ("wasm", 7),
    ("wasm_session", 7),
    ("main", 7),
];

fn layer(module: &str) -> u8 {
    LAYERS.iter().find(|(m, _)| *m == module).unwrap_or_else(|| panic!("src/{module}: add it to LAYERS and ARCHITECTURE.md")).1
}

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src")).unwrap().to_string_lossy().into_owned();
            out.push((rel, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The top-level module a file of `src/` belongs to.
fn module_of(rel: &str) -> String {
    rel.split(['/', '.']).next().unwrap().to_string()
}

/// Code lines only: before the first test module, without comments.
fn code(text: &str) -> impl Iterator<Item = &str> {
    text.lines().take_while(|l| !l.starts_with("#[cfg(test)]")).filter(|l| !l.trim_start().starts_with("//"))
}

/// The top-level modules a file names through `crate::…` (in `use` lines and paths alike).
fn imports(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in code(text) {
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + 7..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if name.is_empty() {
                // `crate::{a, b}`
                if let Some(group) = rest.strip_prefix('{') {
                    let group = &group[..group.find('}').unwrap_or(group.len())];
                    out.extend(group.split(',').map(|p| p.trim().split("::").next().unwrap_or("").to_string()).filter(|p| !p.is_empty()));
                }
            } else {
                out.insert(name);
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let modules: BTreeSet<String> = files.iter().map(|(rel, _)| module_of(rel)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, text) in &files {
        let from = module_of(rel);
        // a name at the crate root that is not a module (`crate::check`, `crate::MAX_TEXT_BYTES`) is lib.rs's
        let to: Vec<String> =
            imports(text).into_iter().map(|m| if modules.contains(&m) { m } else { "lib".to_string() }).filter(|m| *m != from).collect();
        graph.entry(from).or_default().extend(to);
    }
    graph
}

#[test]
fn layers_import_only_downwards() {
    let mut wrong = Vec::new();
    for (from, tos) in graph() {
        for to in tos {
            if layer(&to) > layer(&from) {
                wrong.push(format!("{from} (layer {}) imports {to} (layer {})", layer(&from), layer(&to)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers of ARCHITECTURE.md:\n{}", wrong.join("\n"));
}

#[test]
fn modules_form_no_import_cycle() {
    let graph = graph();
    // the reader sees the imports it must (else this test could not fail)
    assert!(graph["report"].contains("rules") && graph["rules"].contains("outline") && graph["outline"].contains("profile"), "{graph:?}");
    // depth-first search with colours: grey = on the current path
    fn visit(m: &str, graph: &BTreeMap<String, BTreeSet<String>>, state: &mut BTreeMap<String, u8>, path: &mut Vec<String>) {
        match state.get(m) {
            Some(2) => return,
            Some(1) => panic!("import cycle: {} -> {m}", path.join(" -> ")),
            _ => {}
        }
        state.insert(m.to_string(), 1);
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, state, path);
        }
        path.pop();
        state.insert(m.to_string(), 2);
    }
    let mut state = BTreeMap::new();
    for m in graph.keys() {
        visit(m, &graph, &mut state, &mut Vec::new());
    }
}

#[test]
fn role_section_ids_are_data_not_code() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let with_literals: Vec<&str> = files
        .iter()
        .filter(|(_, text)| code(text).any(|l| ["\"P2.II\"", "\"P2.V\"", "\"P2.VII\"", "\"P1.II.11\""].iter().any(|id| l.contains(id))))
        .map(|(rel, _)| rel.as_str())
        .collect();
    assert!(with_literals.len() <= 1, "role section IDs written in code (use Role and the profile's roles): {with_literals:?}");
}

#[test]
fn readme_rule_table_lists_every_rule_in_order() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find("| rule | mức / severity |").expect("README: the rule table");
    let rows: Vec<(&str, &str)> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`'), cells[2])
        })
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r.0).collect();
    let expected: Vec<&str> = dxcheck::RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids, expected, "README's rule table must list RULES, in order");
    for ((id, severity), rule) in rows.iter().zip(dxcheck::RULES) {
        assert!(severity.starts_with(rule.severity.label_vi()), "README: {id} is «{severity}», RULES says {}", rule.severity.label_vi());
    }
}

/// The core wasm module has no std string searcher (StrSearcher, TwoWaySearcher: about 3 KB, 1.6 KB
/// gzip, session 19): a search for a string in the core goes through `vn::find`, `vn::rfind`,
/// `vn::contains` or `vn::split`. (Only literal needles are caught here; a `&str` variable as the
/// pattern brings the searcher back too. The file readers of the full module and the CLI are free.)
#[test]
fn core_searches_strings_without_std_searcher() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let methods = [
        "find",
        "rfind",
        "contains",
        "split",
        "rsplit",
        "replace",
        "replacen",
        "split_once",
        "rsplit_once",
        "match_indices",
        "matches",
        "splitn",
    ];
    let with_searcher: Vec<String> = files
        .iter()
        .filter(|(rel, _)| {
            rel != "main.rs" && (!rel.starts_with("ingest/") || matches!(rel.as_str(), "ingest/mod.rs" | "ingest/legacy.rs"))
        })
        .flat_map(|(rel, text)| {
            code(text).filter(|l| methods.iter().any(|m| l.contains(&format!(".{m}(\"")))).map(move |l| format!("src/{rel}: {}", l.trim()))
        })
        .collect();
    assert!(with_searcher.is_empty(), "a string searched with std's searcher (use vn::find & co.): {with_searcher:#?}");
}

/// The core trims and splits with `vn::Bytewise` (`trim_ws`, `split_ws`, `trim_end_of`, `split_str`
/// & co., by bytes), not std's Unicode `trim`, `split_whitespace`, `char::is_whitespace`, a
/// `trim_*_matches` (one generic copy per pattern type) nor a `split`, `rsplit` or `lines` by a
/// `char` (std's Split, SplitInclusive and core's memrchr): with none left, none of that is in
/// the core wasm module (−1,030 B and about −980 B gzip, session 21).
#[test]
fn core_trims_without_std() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let methods = [
        ".trim()",
        ".trim_start()",
        ".trim_end()",
        "split_whitespace()",
        "is_whitespace",
        "trim_matches(",
        "trim_start_matches(",
        "trim_end_matches(",
        "str::trim",
        ".split('",
        ".rsplit(",
        ".split_once('",
        ".rsplit_once(",
        ".lines()",
    ];
    let trimming: Vec<String> = files
        .iter()
        .filter(|(rel, _)| {
            rel != "main.rs" && (!rel.starts_with("ingest/") || matches!(rel.as_str(), "ingest/mod.rs" | "ingest/legacy.rs"))
        })
        .flat_map(|(rel, text)| {
            code(text).filter(|l| methods.iter().any(|m| l.contains(m))).map(move |l| format!("src/{rel}: {}", l.trim()))
        })
        .collect();
    assert!(trimming.is_empty(), "std's trimming in the core (use vn::Bytewise): {trimming:#?}");
}

/// The core writes its messages with `fill!` (src/message.rs), not core::fmt: with no `format!`
/// left, wasm-opt drops std's formatter and scripts/fmt-trap.mjs the Display functions the panic
/// messages kept in the function table (about 4 KB, 1.1 KB gzip, session 20). One `format!` (or
/// `to_string()` of an integer or a `Display` type) in the core brings it all back.
#[test]
fn core_messages_without_fmt() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let formatting: Vec<String> = files
        .iter()
        .filter(|(rel, _)| {
            rel != "main.rs" && (!rel.starts_with("ingest/") || matches!(rel.as_str(), "ingest/mod.rs" | "ingest/legacy.rs"))
        })
        .flat_map(|(rel, text)| {
            code(text)
                .filter(|l| ["format!(", "write!(", "writeln!(", "format_args!("].iter().any(|m| l.contains(m)))
                .map(move |l| format!("src/{rel}: {}", l.trim()))
        })
        .collect();
    assert!(formatting.is_empty(), "core::fmt in the core (use fill!): {formatting:#?}");
}
