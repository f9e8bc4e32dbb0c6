//! A plan collected by a portal's own form, as JSON: section texts keyed by section ID and the
//! project list as rows. It is written out as the text a drafter would have typed (the
//! template's headings, the rows as a table), so the same rules check it.
//!
//! ```json
//! { "issuer": "ỦY BAN NHÂN DÂN TỈNH SÔNG LAM", "plan_year": 2024,
//!   "sections": { "P1.I": "…", "P2.II": "- 100% …", "P2.V": "Tổng kinh phí …" },
//!   "projects": [ { "name": "…", "owner": "…", "kind": "Mới", "goal": "…", "scale": "…",
//!                   "content": "…", "time": "2024", "cost": "30.000", "source": "Ngân sách tỉnh" } ],
//!   "cost_unit": "triệu đồng" }
//! ```

use crate::profile::json::{self, Node};
use crate::profile::{with_year, Profile, Role};

/// What a portal's form sends.
#[derive(Debug, Default)]
pub struct PlanJson {
    pub issuer: Option<String>,
    pub plan_year: Option<u16>,
    /// Section ID → text, as written (a list: no BTreeMap code in the wasm; a key given twice
    /// keeps its last text).
    pub sections: Vec<(String, String)>,
    /// The rows of the task and project list: each field of [`PROJECT_FIELDS`], in its order
    /// (empty when not given).
    pub projects: Vec<Vec<String>>,
    /// Unit of the `cost` column (`triệu đồng` when absent).
    pub cost_unit: Option<String>,
}

/// A project's fields, in the order of the table's columns.
const PROJECT_FIELDS: &[&str] = &["name", "owner", "kind", "goal", "scale", "content", "time", "cost", "source"];

/// The plan's fields (errors name the field at fault).
fn read(node: &Node) -> Result<PlanJson, json::Error> {
    let f = node.fields("", &["issuer", "plan_year", "sections", "projects", "cost_unit"])?;
    let mut plan =
        PlanJson { issuer: f.string("issuer")?, plan_year: f.year("plan_year")?, cost_unit: f.string("cost_unit")?, ..Default::default() };
    for (id, text) in f.map("sections")?.unwrap_or_default() {
        plan.sections.push((id.clone(), text.string(id)?));
    }
    for row in f.list("projects")?.unwrap_or_default() {
        let p = row.fields("projects", PROJECT_FIELDS)?;
        let mut cells = Vec::with_capacity(PROJECT_FIELDS.len());
        for name in PROJECT_FIELDS {
            cells.push(p.string(name)?.unwrap_or_default());
        }
        plan.projects.push(cells);
    }
    Ok(plan)
}

/// Parse the JSON (errors name the field) and write the plan out as text.
pub fn to_text(json: &str, profile: &Profile) -> Result<String, (String, String)> {
    let plan = json::parse(json).and_then(|node| read(&node)).map_err(|e| {
        let (vi, en) = e.describe(json);
        (format!("Dữ liệu kế hoạch (JSON) không hợp lệ: {vi}"), format!("Invalid plan JSON: {en}"))
    })?;
    let year = plan.plan_year.unwrap_or(profile.plan_year);
    let known: Vec<&str> = profile.sections.iter().map(|s| s.id.as_str()).collect();
    // (the first unknown ID in sorted order, as a map would give it)
    if let Some(bad) = plan.sections.iter().map(|(k, _)| k).filter(|k| !known.contains(&k.as_str())).min() {
        return Err((
            format!("Dữ liệu kế hoạch có mã mục «{bad}» không có trong khung {} (trường sections).", profile.id),
            format!("The plan JSON has a section \"{bad}\" that profile {} does not (field sections).", profile.id),
        ));
    }
    // each section's text, by its index in the profile (all IDs are known now; the last one given)
    let mut texts: Vec<Option<&String>> = vec![None; known.len()];
    for (id, text) in &plan.sections {
        if let Some(slot) = known.iter().position(|k| k == id).and_then(|i| texts.get_mut(i)) {
            *slot = Some(text);
        }
    }
    let clean = |s: &str| s.replace(['\t', '\r'], " ");
    // a section is written when it or a section under it has text (children follow parents)
    // the projects are written as the table of the section that holds the project list
    let projects_in = profile.role(Role::Projects).filter(|_| !plan.projects.is_empty());
    let mut written: Vec<bool> = texts.iter().enumerate().map(|(i, t)| t.is_some() || projects_in == Some(i)).collect();
    for i in (0..profile.sections.len()).rev() {
        if let Some(p) = profile.sections[i].parent {
            written[p] |= written[i];
        }
    }
    let mut out = String::new();
    if let Some(issuer) = &plan.issuer {
        out.push_str(&clean(issuer));
        out.push('\n');
    }
    out.push_str("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM ");
    out.push_str(&year.to_string());
    out.push_str("\n\n");
    for (i, s) in profile.sections.iter().enumerate() {
        // a section the form left empty is not written at all: it is missing
        if !written[i] {
            continue;
        }
        let text = texts.get(i).copied().flatten();
        let has_projects = projects_in == Some(i);
        let title = with_year(&s.title, year);
        // `Phần I` and its title on the next line, `I. TITLE`, `1. Title`, `a) Title: text`
        let letter = s.number.bytes().all(|b| b.is_ascii_lowercase());
        let item = letter && s.depth > 1;
        if s.depth == 0 {
            out.push_str("Phần ");
        }
        out.push_str(&s.number);
        out.push_str(match s.depth {
            0 => "\n",
            _ if item => ") ",
            _ => ". ",
        });
        out.push_str(&if s.depth <= 1 { crate::vn::uppercase(&title) } else { title });
        out.push_str(if item { ":" } else { "\n" });
        if let Some(t) = text {
            if letter {
                out.push(' ');
                out.push_str(&clean(t).replace('\n', " "));
                out.push('\n');
            } else {
                for line in t.lines() {
                    out.push_str(&clean(line));
                    out.push('\n');
                }
            }
        } else if letter {
            out.push('\n');
        }
        if has_projects {
            let unit = plan.cost_unit.as_deref().unwrap_or("triệu đồng");
            out.push_str("STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu\tQuy mô\tNội dung\tThời gian\tKinh phí (");
            out.push_str(unit);
            out.push_str(")\tNguồn vốn\n");
            for (i, cells) in plan.projects.iter().enumerate() {
                out.push_str(&(i + 1).to_string());
                for cell in cells {
                    out.push('\t');
                    out.push_str(&clean(cell));
                }
                out.push('\n');
            }
        }
    }
    Ok(out)
}
