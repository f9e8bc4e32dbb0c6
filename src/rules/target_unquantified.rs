//! `target.unquantified`
//!
//! **What it checks.** Each statement of `II. Mục tiêu` (and each row of a target table) carries
//! a measurable figure: a percentage (`≥ 80%`), a count with its unit (`05 chuyên gia`), a rank
//! (`Top 20`) or a completion bound to a date (`hoàn thành trước 30/6/2024`). Statements under
//! a `Mục tiêu chung` sub-heading are general aims and not checked. A multiple of a baseline
//! (`tăng gấp đôi so với năm 2025`, `gấp 1,5 lần`) and a fraction of a whole (`3/4 số xã`,
//! `ít nhất 2/3 số đơn vị`, `27/32 chỉ tiêu`) are measurable figures too.
//!
//! **Why it matters.** `Đẩy mạnh…`, `nâng cao…`, `tăng cường…` with no figure cannot be
//! followed up or assessed.
//!
//! **Example.** `- Nâng cao chất lượng dịch vụ công trực tuyến.` → `target.unquantified`.

use super::{Check, Context, RuleInfo};
use crate::finding::Finding;
use crate::kinds::Severity;
use crate::profile::Role;
use crate::vn;

pub const INFO: RuleInfo = RuleInfo {
    id: "target.unquantified",
    severity: Severity::Warning,
    summary: "Mục tiêu không có con số đo được",
    summary_en: "A target has no measurable figure",
    check: Check::Content(check),
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    // (the text folded once for both readers of its words, and only past the cheaper tests)
    let mut folded = String::new();
    for t in ctx.targets.items.iter().filter(|t| {
        !t.quantified() && !names_a_fraction(&t.text) && {
            vn::fold_into(&t.text, &mut folded);
            !names_a_multiple(&folded) && !names_a_percentage_in_words(&folded)
        }
    }) {
        // the first 90 characters, `…` when there are more
        let text = t.shown(ctx.doc);
        let cut = crate::vn::first_chars(text, 90).len();
        let short = crate::message::concat(&[text.get(..cut).unwrap_or_default(), if cut < text.len() { "…" } else { "" }]);
        crate::finding::push(out, 
            Finding::new(
                INFO.id,
                INFO.severity,
                ctx.doc.span(t.line, t.from, t.to),
                fill!("Mục tiêu «{}» chưa được lượng hóa: không có tỷ lệ %, số lượng, thứ hạng hay thời hạn hoàn thành.", short),
                fill!("Target \"{}\" is not quantified: no percentage, count, rank or deadline.", short),
            )
            .in_section(ctx.role_id(Role::Targets))
            .suggestion("Ghi con số đo được: «… đạt tối thiểu 80%», «01 cuộc diễn tập», «05 chuyên gia», «hoàn thành trước 30/6/…»; nếu là định hướng chung, chuyển vào phần «Mục tiêu chung»."),
        );
    }
}

/// `một trăm phần trăm`, `chín mươi lăm phần trăm`: a percentage in words, as solemn texts write it.
/// `folded`: the text folded ([`vn::fold`]).
fn names_a_percentage_in_words(folded: &str) -> bool {
    // (most texts have no `phan tram`: their words are not read)
    if !vn::has_phrase(folded, "phan tram") {
        return false;
    }
    let (mut words, mut number) = (vn::words(folded), false);
    while let Some(w) = words.next() {
        if number && w == "phan" && words.next() == Some("tram") {
            return true;
        }
        number = matches!(w, "mot" | "hai" | "ba" | "bon" | "tu" | "nam" | "lam" | "sau" | "bay" | "tam" | "chin" | "muoi" | "tram");
    }
    false
}

/// `gấp đôi`, `gấp ba`, `gấp rưỡi`, `gấp 2 lần`, `gấp 1,5 lần`: a multiple of a baseline.
/// `folded`: the text folded ([`vn::fold`]).
fn names_a_multiple(folded: &str) -> bool {
    // (most texts have no word `gap`: their words are not read)
    if !vn::has_phrase(folded, "gap") {
        return false;
    }
    let mut words = vn::words(folded);
    while words.by_ref().any(|w| w == "gap") {
        match words.next() {
            Some("doi" | "ba" | "bon" | "nam" | "muoi" | "ruoi") => return true,
            Some(w) if w.as_bytes().first().is_some_and(u8::is_ascii_digit) => return true,
            _ => {}
        }
    }
    false
}

/// `3/4 số xã`, `27/32 chỉ tiêu`: a share written as a fraction `N/M` (1 ≤ N ≤ M, M ≥ 2, up to
/// three digits each) followed by a word; not a date (`30/6`: N > M; `1/7/2025`: a second `/`;
/// `1/12 hằng năm`: M from 10 to 12 may be a month) nor a document number (`12/KH`).
fn names_a_fraction(text: &str) -> bool {
    let b = text.as_bytes();
    // the number of up to three digits at `i`: (value, where it ends)
    let number = |mut i: usize| {
        let (start, mut n) = (i, 0u32);
        while i < b.len() && i - start < 3 && b[i].is_ascii_digit() {
            n = n * 10 + u32::from(b[i] - b'0');
            i += 1;
        }
        (n, i)
    };
    // (a fraction's first number ends at a `/` at most three digits on: only the places just
    // before each `/` are read)
    let fraction_at = |i: usize| {
        let alone = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'/' | b'.' | b','));
        let (n, j) = number(i);
        if !alone || j == i || b.get(j) != Some(&b'/') {
            return false;
        }
        let (m, k) = number(j + 1);
        let word = b.get(k + 1).is_some_and(|&c| c.is_ascii_alphabetic() || c >= 0x80);
        k > j + 1 && b.get(k) == Some(&b' ') && word && 1 <= n && n <= m && m >= 2 && !(10..=12).contains(&m)
    };
    memchr::memchr_iter(b'/', b).any(|slash| (slash.saturating_sub(3)..slash).any(fraction_at))
}

#[cfg(test)]
mod tests {
    use super::{names_a_fraction, vn};

    fn names_a_multiple(text: &str) -> bool {
        super::names_a_multiple(&vn::fold(text))
    }

    fn names_a_percentage_in_words(text: &str) -> bool {
        super::names_a_percentage_in_words(&vn::fold(text))
    }

    #[test]
    fn a_fraction_of_a_whole_is_a_figure() {
        assert!(names_a_fraction("ít nhất 3/4 số đơn vị trực thuộc có cán bộ được đào tạo"));
        assert!(names_a_fraction("4/5 số xã ven biển có sóng 4G ổn định"));
        assert!(!names_a_fraction("Hoàn thiện hạ tầng trước 30/6 năm sau")); // a date
        assert!(!names_a_fraction("theo Kế hoạch 12/KH-UBND")); // a number
        assert!(!names_a_fraction("từ ngày 1/7/2025 các xã")); // a date with its year
        assert!(!names_a_fraction("Đẩy mạnh chuyển đổi số"));
        assert!(!names_a_fraction("1/0 đơn vị"));
        assert!(!names_a_fraction("9"));
        assert!(names_a_fraction("2/3 đơn vị") && !names_a_fraction("x2/3 đơn vị") && !names_a_fraction("4/3 đơn vị"));
        assert!(names_a_fraction("hoàn thành 27/32 chỉ tiêu của Chương trình"));
        assert!(names_a_fraction("45/50 xã có điểm phục vụ") && names_a_fraction("100/120 trường học"));
        assert!(!names_a_fraction("trước 1/12 hằng năm")); // may be a date
        assert!(!names_a_fraction("10/12 huyện") && !names_a_fraction("31/12/2025 các xã") && !names_a_fraction("2024/2025 xã"));
        assert!(!names_a_fraction("1234/32 xã") && !names_a_fraction("3/2025 xã") && !names_a_fraction("27/32"));
    }

    #[test]
    fn a_multiple_of_a_baseline_is_a_figure() {
        assert!(names_a_multiple("Số doanh nghiệp dùng sàn giao dịch tăng gấp đôi so với năm 2025"));
        assert!(names_a_multiple("Doanh thu thương mại điện tử tăng gấp 1,5 lần năm trước"));
        assert!(names_a_multiple("tăng gấp rưỡi"));
        assert!(!names_a_multiple("Khẩn trương, gấp rút hoàn thiện hạ tầng"));
        assert!(!names_a_multiple("Đẩy mạnh thanh toán không dùng tiền mặt"));
    }

    #[test]
    fn a_percentage_in_words_is_a_figure() {
        assert!(names_a_percentage_in_words("Bảo đảm một trăm phần trăm văn bản được ký số"));
        assert!(names_a_percentage_in_words("Chín mươi lăm phần trăm hồ sơ"));
        assert!(!names_a_percentage_in_words("Nâng cao tỷ lệ phần trăm hồ sơ trực tuyến"));
    }
}
