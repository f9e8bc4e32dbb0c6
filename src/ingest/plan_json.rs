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

use std::collections::BTreeMap;

use crate::profile::json::{self, Node};
use crate::profile::{with_year, Profile, Role};

/// What a portal's form sends.
#[derive(Debug, Default)]
pub struct PlanJson {
    pub issuer: Option<String>,
    pub plan_year: Option<u16>,
    pub sections: BTreeMap<String, String>,
    pub projects: Vec<Project>,
    /// Unit of the `cost` column (`triệu đồng` when absent).
    pub cost_unit: Option<String>,
}

/// A row of the task and project list; every field optional (empty).
#[derive(Debug, Default)]
pub struct Project {
    pub name: String,
    pub owner: String,
    pub kind: String,
    pub goal: String,
    pub scale: String,
    pub content: String,
    pub time: String,
    pub cost: String,
    pub source: String,
}

const PROJECT_FIELDS: &[&str] = &["name", "owner", "kind", "goal", "scale", "content", "time", "cost", "source"];

/// The plan's fields (errors name the field at fault).
fn read(node: &Node) -> Result<PlanJson, json::Error> {
    let f = node.fields("", &["issuer", "plan_year", "sections", "projects", "cost_unit"])?;
    let mut plan =
        PlanJson { issuer: f.string("issuer")?, plan_year: f.year("plan_year")?, cost_unit: f.string("cost_unit")?, ..Default::default() };
    for (id, text) in f.map("sections")?.unwrap_or_default() {
        plan.sections.insert(id.clone(), text.string(id)?);
    }
    for row in f.list("projects")?.unwrap_or_default() {
        let p = row.fields("projects", PROJECT_FIELDS)?;
        let mut cells = Vec::with_capacity(PROJECT_FIELDS.len());
        for name in PROJECT_FIELDS {
            cells.push(p.string(name)?.unwrap_or_default());
        }
        let [name, owner, kind, goal, scale, content, time, cost, source]: [String; 9] = cells.try_into().unwrap_or_default();
        plan.projects.push(Project { name, owner, kind, goal, scale, content, time, cost, source });
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
    if let Some(bad) = plan.sections.keys().find(|k| !known.contains(&k.as_str())) {
        return Err((
            format!("Dữ liệu kế hoạch có mã mục «{bad}» không có trong khung {} (trường sections).", profile.id),
            format!("The plan JSON has a section \"{bad}\" that profile {} does not (field sections).", profile.id),
        ));
    }
    let clean = |s: &str| s.replace(['\t', '\r'], " ");
    // a section is written when it or a section under it has text (children follow parents)
    // the projects are written as the table of the section that holds the project list
    let projects_in = profile.role(Role::Projects).filter(|_| !plan.projects.is_empty());
    let mut written: Vec<bool> =
        profile.sections.iter().enumerate().map(|(i, s)| plan.sections.contains_key(&s.id) || projects_in == Some(i)).collect();
    for i in (0..profile.sections.len()).rev() {
        if let Some(p) = profile.sections[i].parent {
            written[p] |= written[i];
        }
    }
    let mut out = String::new();
    if let Some(issuer) = &plan.issuer {
        out.push_str(&format!("{}\n", clean(issuer)));
    }
    out.push_str(&format!("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM {year}\n\n"));
    for (i, s) in profile.sections.iter().enumerate() {
        // a section the form left empty is not written at all: it is missing
        if !written[i] {
            continue;
        }
        let text = plan.sections.get(&s.id);
        let has_projects = projects_in == Some(i);
        let title = with_year(&s.title, year);
        match s.depth {
            0 => out.push_str(&format!("Phần {}\n{}\n", s.number, crate::vn::uppercase(&title))),
            1 => out.push_str(&format!("{}. {}\n", s.number, crate::vn::uppercase(&title))),
            _ if s.number.chars().all(|c| c.is_ascii_lowercase()) => out.push_str(&format!("{}) {}:", s.number, title)),
            _ => out.push_str(&format!("{}. {}\n", s.number, title)),
        }
        let letter = s.number.chars().all(|c| c.is_ascii_lowercase());
        if let Some(t) = text {
            if letter {
                out.push_str(&format!(" {}\n", clean(t).replace('\n', " ")));
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
            out.push_str(&format!(
                "STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu\tQuy mô\tNội dung\tThời gian\tKinh phí ({unit})\tNguồn vốn\n"
            ));
            for (i, p) in plan.projects.iter().enumerate() {
                let cells = [&p.name, &p.owner, &p.kind, &p.goal, &p.scale, &p.content, &p.time, &p.cost, &p.source].map(|c| clean(c));
                out.push_str(&format!("{}\t{}\n", i + 1, cells.join("\t")));
            }
        }
    }
    Ok(out)
}
