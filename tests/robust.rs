//! Bad input never panics, and what must not change does not: property tests (proptest) over
//! money, outlines and arbitrary input, plus huge inputs through the public API.

mod common;

use dxcheck::internals::money::{self, Unit};
use dxcheck::Options;
use proptest::prelude::*;

fn units() -> impl Strategy<Value = Unit> {
    prop_oneof![Just(Unit::Dong), Just(Unit::Nghin), Just(Unit::Trieu), Just(Unit::Ty)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Writing an amount the Vietnamese way and reading it back gives the same đồng.
    #[test]
    fn money_formats_and_parses_back(dong in 0i128..10_000_000_000_000_000, unit in units()) {
        let text = format!("Tổng kinh phí: {}.", money::format(dong, unit));
        let figs = money::figures(&text);
        prop_assert_eq!(figs.len(), 1, "{}", text);
        let amount = figs[0].amount(None).unwrap();
        prop_assert_eq!(amount.dong, dong, "{}", text);
    }

    /// Arbitrary text, with the characters drafts are made of, never panics.
    #[test]
    fn any_text_gives_a_report(text in "[ -~àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐƯƠ\u{0300}\u{0301}\u{0323}\u{00a0}\u{00ad}\t\r\n|%/.,;:()-]{0,400}") {
        let report = dxcheck::check(dxcheck::Input::Text(&text), &Options::default());
        prop_assert!(report.summary.error + report.summary.warning + report.summary.info == report.findings.len());
        for f in &report.findings {
            prop_assert!(f.range.start <= f.range.end && f.range.end <= text.encode_utf16().count());
        }
    }

    /// Arbitrary bytes as a file never panic: a report, or one clear finding.
    #[test]
    fn any_bytes_give_a_report(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let report = dxcheck::check(dxcheck::Input::File(&bytes), &Options::default());
        prop_assert!(report.findings.len() < 200);
    }

    /// Lines of a real plan spliced at random keep the checker calm.
    #[test]
    fn spliced_plans_give_a_report(cuts in proptest::collection::vec(0usize..130, 0..12)) {
        let text = common::fixture("tinh-day-du.txt");
        let lines: Vec<&str> = text.lines().collect();
        let spliced: Vec<&str> = cuts.iter().map(|&i| lines[i % lines.len()]).chain(lines.iter().copied()).collect();
        let _ = dxcheck::check(dxcheck::Input::Text(&spliced.join("\n")), &Options::default());
    }

}

proptest! {
    // a few cases: each checks two whole plans
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// The outline does not depend on case, NFD, CRLF or blank lines.
    #[test]
    fn outline_is_stable_under_typing_variants(upper in any::<bool>(), nfd in any::<bool>(), crlf in any::<bool>(), blanks in 0usize..3) {
        use unicode_normalization::UnicodeNormalization;
        let base = common::fixture("tinh-day-du.txt");
        let mut text = if upper { base.to_uppercase() } else { base.clone() };
        if nfd { text = text.nfd().collect(); }
        text = text.replace('\n', &"\n".repeat(blanks + 1));
        if crlf { text = text.replace('\n', "\r\n"); }
        let status = |t: &str| dxcheck::check(dxcheck::Input::Text(t), &Options::default()).outline.into_iter().map(|s| (s.id, s.status)).collect::<Vec<_>>();
        prop_assert_eq!(status(&text), status(&base));
    }
}

#[test]
fn twenty_megabytes_of_text_is_refused_clearly() {
    let big = "Nâng cao chất lượng dịch vụ công trực tuyến. ".repeat(20 * 1024 * 1024 / 48);
    let report = dxcheck::check(dxcheck::Input::Text(&big), &Options::default());
    assert_eq!(common::findings(&report), ["1:1 Error input.too-large [-]"]);
    let report = dxcheck::check(dxcheck::Input::File(big.as_bytes()), &Options::default());
    assert_eq!(common::findings(&report), ["1:1 Error input.too-large [-]"]);
}

#[test]
fn a_plan_swollen_to_eight_megabytes_is_checked_in_one_pass() {
    // every paragraph of every section repeated: the rules must stay linear in the draft's size
    let plan = common::fixture("tinh-day-du.txt");
    let body_end = plan.find("\nPhụ lục I\n").unwrap();
    let swells = |l: &str| l.len() > 60 && !l.starts_with("a)") && !l.starts_with("b)");
    let long: usize = plan[..body_end].lines().filter(|l| swells(l)).map(|l| l.len() + 1).sum();
    let times = 8 * 1024 * 1024 / long + 1;
    let swollen: String =
        plan[..body_end].lines().map(|l| if swells(l) { format!("{l}\n").repeat(times) } else { format!("{l}\n") }).collect::<String>()
            + &plan[body_end..];
    assert!(swollen.len() > 8 * 1024 * 1024);
    let started = std::time::Instant::now();
    let report = dxcheck::check(dxcheck::Input::Text(&swollen), &Options::default());
    assert_eq!(report.outline.iter().filter(|s| s.status == dxcheck::Status::Present).count(), report.outline.len());
    assert!(started.elapsed().as_secs() < 60, "took {:?}", started.elapsed());
}
