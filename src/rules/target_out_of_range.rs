//! `target.out-of-range`
//!
//! **What it checks.** Figures that cannot be: a share above 100% (a growth rate — `tăng 150%
//! so với năm 2023` — may be), a range whose low end is above its high end, a date that does
//! not exist (`31/6/2024`, `tháng 13/2024`).
//!
//! **Why it matters.** Such a figure is a typo, and the target it belongs to cannot be assessed.
//!
//! **Example.** `120% hồ sơ được số hóa` → expected ≤ 100%, actual 120%.

use super::{Check, Context, RuleInfo};
use crate::vn::Bytewise;
use crate::profile::Role;
use crate::quantity::format_decimal;
use crate::quantity::Quantity;
use crate::finding::Finding;
use crate::kinds::Severity;
use crate::vn;

pub const INFO: RuleInfo = RuleInfo {
    id: "target.out-of-range",
    severity: Severity::Error,
    summary: "Con số của mục tiêu vượt giới hạn (trên 100%, ngày không có thật)",
    summary_en: "A target's figure is out of range (over 100%, an impossible date)",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for t in &ctx.targets.items {
        // (the text folded only for a share over 100%: most targets have none)
        let over = |q: &Quantity| matches!(*q, Quantity::Percent { value, .. } | Quantity::PercentRange { high: value, .. } if value > 100.0);
        let growth = t.figures.iter().any(|f| over(&f.quantity)) && {
            let f = vn::fold(&t.text);
            ["tang", "gap", "so voi", "vuot"].iter().any(|w| vn::contains(&f, w))
        };
        for (i, fig) in t.figures.iter().enumerate() {
            let bad = match fig.quantity {
                Quantity::Percent { value, .. } if value > 100.0 && !growth => Some(fill!("{}%", format_decimal(value))),
                Quantity::PercentRange { low, high } if low > high || (high > 100.0 && !growth) => {
                    Some(fill!("{}–{}%", format_decimal(low), format_decimal(high)))
                }
                _ => None,
            };
            let Some(actual) = bad else { continue };
            let mut finding = Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(t.figure_line(i), fig.from, fig.to),
                fill!("Tỷ lệ «{}» không hợp lệ: một tỷ lệ không thể vượt 100% (hoặc khoảng có cận dưới lớn hơn cận trên).", actual),
                fill!("The share \"{}\" is impossible: a share cannot exceed 100% (or the range is reversed).", actual),
            )
            .in_section(ctx.role_id(Role::Targets))
            .suggestion("Kiểm tra lại con số; nếu là mức tăng, ghi rõ «tăng …% so với năm …».");
            finding.figures("≤ 100%".into(), actual, None);
            crate::finding::push(out, finding);
        }
        for (i, d) in t.dates.iter().enumerate().filter(|(_, d)| d.invalid) {
            let line = t.date_line(i);
            let shown = ctx.doc.lines.get(line).and_then(|l| l.text.get(d.from..d.to)).unwrap_or("").owned();
            crate::finding::push(out, 
                Finding::new(
                    INFO.id,
                    INFO.severity,
                    ctx.doc.span(line, d.from, d.to),
                    fill!("Ngày «{}» không có thật.", shown),
                    fill!("The date \"{}\" does not exist.", shown),
                )
                .in_section(ctx.role_id(Role::Targets))
                .suggestion("Sửa lại ngày, tháng cho đúng (ví dụ 30/6, 31/12)."),
            );
        }
    }
}
