//! `profile.role-missing`
//!
//! **What it checks.** The template profile names the section of each role the checks need:
//! the targets, the funding, the project list, last year's spending.
//!
//! **Why it matters.** A province's own profile without, say, a funding section would otherwise
//! switch the budget checks off in silence, and a clean report would mean nothing.
//!
//! **Example.** A custom profile with no `"roles": { "budget": … }` → one note naming the role
//! and the checks that did not run.

use super::{Check, Context, RuleInfo};
use crate::finding::Finding;
use crate::kinds::Severity;
use crate::profile::Role;

pub const INFO: RuleInfo = RuleInfo {
    id: "profile.role-missing",
    severity: Severity::Info,
    summary: "Khung kế hoạch không chỉ ra mục cho một vai trò, nên các kiểm tra tương ứng không chạy",
    summary_en: "The profile names no section for a role, so the checks that need it did not run",
    check: Check::Structure(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for role in Role::ALL.into_iter().filter(|&r| ctx.profile.role(r).is_none()) {
        let (what, what_en) = role.describe();
        crate::finding::push(out, 
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.start_span(),
                fill!("Khung «{}» không chỉ ra mục nào chứa {}: các kiểm tra đó không chạy.", ctx.profile.id, what),
                fill!("Profile \"{}\" names no section for {}: those checks did not run.", ctx.profile.id, what_en),
            )
            .suggestion(fill!("Thêm vào tệp khung: \"roles\": { \"{}\": \"<mã mục>\" }.", role.key())),
        );
    }
}
