//! `target.deadline-outside-plan-year`
//!
//! **What it checks.** A deadline in a target (`hoàn thành trước 30/6/2023`, `trong Quý II/2025`)
//! falls within the plan year, or within the period the plan's title names (`giai đoạn
//! 2024–2025`). A year mentioned as a baseline (`so với năm 2023`) is not a deadline.
//!
//! **Why it matters.** A deadline already past was copied from last year's plan; one after the
//! plan year is not a target of this plan.
//!
//! **Example.** In a 2024 plan, `hoàn thành trước 30/6/2023` → expected 2024, actual 2023.

use super::{Check, Context, RuleInfo};
use crate::vn::Bytewise;
use crate::profile::Role;
use crate::finding::Finding;
use crate::kinds::Severity;

pub const INFO: RuleInfo = RuleInfo {
    id: "target.deadline-outside-plan-year",
    severity: Severity::Warning,
    summary: "Thời hạn của mục tiêu nằm ngoài năm kế hoạch",
    summary_en: "A target's deadline is outside the plan year",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let (first, last) = ctx.plan_period;
    // years shown as u32: the messages' one integer printer (u16's would be another copy)
    let (first_year, last_year) = (u32::from(first), u32::from(last));
    for t in &ctx.targets.items {
        for (i, d) in t.dates.iter().enumerate().filter(|(_, d)| d.deadline && !d.invalid) {
            let line = t.date_line(i);
            if d.year >= first && d.until <= last {
                continue;
            }
            let text = ctx.doc.lines.get(line).map_or("", |l| &l.text[..]);
            if d.month.is_none() && quarters_year(text, d.from) {
                continue;
            }
            // a later year beside the plan year's own figure (`đạt 90%, phấn đấu đến năm 2030
            // đạt 100%`, `20% năm 2027, hướng tới 30% vào năm 2030`) is where the target heads,
            // not its deadline
            if d.year > last && d.month.is_none() && t.figures.len() > 1 {
                continue;
            }
            let shown = text.get(d.from..d.to).unwrap_or("").owned();
            let period = if first == last { fill!("năm {}", first_year) } else { fill!("giai đoạn {}–{}", first_year, last_year) };
            let period_en = if first == last { fill!("{}", first_year) } else { fill!("{}–{}", first_year, last_year) };
            let mut f = Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(line, d.from, d.to),
                fill!("Thời hạn «{}» nằm ngoài {} của kế hoạch.", shown, period),
                fill!("The deadline \"{}\" is outside the plan's {}.", shown, period_en),
            )
            .in_section(ctx.role_id(Role::Targets))
            .suggestion(if d.year < first {
                fill!("Thời hạn đã qua: có thể chép từ kế hoạch năm trước. Đặt thời hạn trong {}.", period)
            } else {
                fill!("Mục tiêu của năm sau không thuộc kế hoạch này: đặt mốc phải đạt trong {}.", period)
            });
            f.figures(
                period,
                crate::message::string(&d.year),
                Some(crate::finding::signed(if d.year < first { i64::from(d.year) - i64::from(first) } else { i64::from(d.until) - i64::from(last) }) + " năm"),
            );
            crate::finding::push(out, f);
        }
    }
}

/// Whether the year at byte `at` of `line` closes a quarter written in Roman numerals (`Quý
/// I/2026`): the quarter is a deadline of its own, read with its year, so the year alone is not
/// a second one. (Looks back a few bytes: linear.)
fn quarters_year(line: &str, at: usize) -> bool {
    let b = line.as_bytes();
    // `Quý I/2026`, `quý IV năm 2026`
    let slash = at.checked_sub(1).filter(|&k| b.get(k) == Some(&b'/'));
    let word = ["năm ", "NĂM ", "Năm "].iter().find_map(|n| b[..at.min(b.len())].strip_suffix(n.as_bytes())?.strip_suffix(b" ").map(<[u8]>::len));
    let Some(slash) = slash.or(word) else { return false };
    let roman = b[..slash].iter().rev().take_while(|&&c| c == b'I' || c == b'V').count();
    let before = &b[..slash - roman];
    roman > 0 && ["Quý ", "quý ", "QUÝ "].iter().any(|q| before.ends_with(q.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::quarters_year;

    #[test]
    fn the_year_of_a_roman_quarter_is_the_quarters() {
        let line = "hoàn thành trong Quý I/2026; vận hành trước tháng 10/2026 và trong năm 2026";
        let at = |s: &str| line.find(s).unwrap();
        assert!(quarters_year(line, at("2026;")));
        assert!(!quarters_year(line, at("2026 và")));
        assert!(!quarters_year(line, line.rfind("2026").unwrap()));
        assert!(quarters_year("QUÝ IV/2025", 8) && !quarters_year("Quý 4/2025", 7) && !quarters_year("/2025", 1));
        // `quý III năm 2027`: its year after the word `năm`; `trong năm 2027` alone is a year
        assert!(quarters_year("trong quý III năm 2027", 20) && !quarters_year("trong năm 2027", 11) && !quarters_year("năm 2027", 5));
    }
}
