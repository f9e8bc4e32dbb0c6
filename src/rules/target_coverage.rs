//! `target.national-coverage`
//!
//! **What it checks.** Which of the national indicators every plan is expected to carry
//! (online public services, connectivity, digital payments, paperless work, digital skills,
//! digital economy) the plan sets a target for, and which it leaves out. Info only, and only
//! when something is left out.
//!
//! **Why it matters.** The Ministry aggregates plans indicator by indicator; an indicator no
//! target answers is a gap in the national picture.
//!
//! **Example.** A plan with targets for 1.4 and 3.4 only → an info finding naming the 14 other
//! core indicators. A target counts for every indicator it names (`… phê duyệt cấp độ và triển
//! khai đầy đủ phương án …`: B.7.1 and B.7.2). An indicator counted only at district level is not asked of a plan for 2026
//! or later (no district level since 1/7/2025). For a plan beyond the national table (2026 and
//! later) the finding says its targets were compared with the table's last column.

use super::{Check, Context, RuleInfo};
use crate::profile::Role;
use crate::indicators;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "target.national-coverage",
    severity: Severity::Info,
    summary: "Chỉ tiêu quốc gia chủ yếu mà kế hoạch chưa đặt mục tiêu",
    summary_en: "Core national indicators the plan sets no target for",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((line, _)) = ctx.targets.p2ii_lines else { return };
    let core: Vec<&indicators::Indicator> =
        indicators::all().iter().filter(|i| i.is_core_for(ctx.level) && i.applies_to(ctx.level) && i.exists_in(ctx.plan_year)).collect();
    let mut addressed: Vec<&str> = Vec::new();
    for t in &ctx.targets.items {
        addressed.extend(t.matches.iter().map(|(_, i, _)| i.id.as_str()));
        // a figure paired with an indicator makes the statement a target: every other indicator
        // it names counts as addressed too (pairing keeps only the most specific)
        for unit in ["%", "rank"] {
            if t.matches.iter().any(|(_, i, _)| i.unit == unit) {
                addressed.extend(indicators::named_in(&t.text, unit, ctx.level).into_iter().map(|i| i.id.as_str()));
            }
        }
    }
    let missing: Vec<&&indicators::Indicator> = core.iter().filter(|i| !addressed.contains(&i.id.as_str())).collect();
    if missing.is_empty() {
        return;
    }
    let covered = core.len() - missing.len();
    // a plan beyond the national table (2026, 2027…) is compared with its last column: say which
    let last = core.first().and_then(|i| i.value_for(ctx.plan_year)).map_or(ctx.plan_year, |v| v.0);
    let (note, note_en) = match last < ctx.plan_year {
        // (shown as u32: the messages' one integer printer, u16's would be another copy)
        true => (fill!(" Các mục tiêu được so với cột năm {}, năm cuối của bảng chỉ tiêu quốc gia.", u32::from(last)), fill!(" Targets are compared with {}, the national table's last year.", u32::from(last))),
        false => (String::new(), String::new()),
    };
    let names = missing.iter().map(|i| crate::message::concat(&[&i.id, " ", i.aliases.first().unwrap_or(&i.name)])).collect::<Vec<_>>();
    // (joined as `&str`s: the one join routine in the wasm, no copy for `[String]`)
    let names = crate::message::join(&names.iter().map(String::as_str).collect::<Vec<_>>(), "; ");
    crate::finding::push(out, 
        Finding::new(
            INFO.id,
            INFO.severity,
            ctx.doc.line_span(line),
            fill!("Kế hoạch đặt mục tiêu cho {}/{} chỉ tiêu quốc gia chủ yếu; chưa có: {}.{}", covered, core.len(), names, note),
            fill!("The plan sets targets for {} of {} core national indicators; missing: {}.{}", covered, core.len(), crate::message::join(&missing.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ", "), note_en),
        )
        .in_section(ctx.role_id(Role::Targets))
        .suggestion("Bổ sung mục tiêu năm kế hoạch cho các chỉ tiêu còn thiếu (hoặc ghi rõ chỉ tiêu không áp dụng với bộ, tỉnh)."),
    );
}
