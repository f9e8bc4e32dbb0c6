//! Bad input never panics, and what must not change does not: property tests (proptest) over
//! money, outlines and arbitrary input, plus huge inputs through the public API.

mod common;
mod hostile;

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
    let started = common::CpuClock::now();
    let report = dxcheck::check(dxcheck::Input::Text(&swollen), &Options::default());
    assert_eq!(report.outline.iter().filter(|s| s.status == dxcheck::Status::Present).count(), report.outline.len());
    assert!(started.elapsed().as_secs() < 60, "took {:?}", started.elapsed());
}

// ---- issue 15: hostile shapes, each refused or read in bounded time and memory ----

fn hostile_file(name: &str) -> Vec<u8> {
    std::fs::read(common::fixture_path(&format!("hostile/{name}"))).unwrap()
}

#[test]
fn a_numbering_bomb_of_600_bytes_is_answered_at_once_with_short_labels() {
    for name in ["bom-danh-so.docx", "bom-chu-cai.docx"] {
        let bytes = hostile_file(name);
        assert!(bytes.len() < 700, "{name}: {}", bytes.len());
        let started = common::CpuClock::now();
        let report = dxcheck::check(dxcheck::Input::File(&bytes), &Options::default());
        assert!(started.elapsed().as_millis() < 1000, "{name} took {:?}", started.elapsed());
        let text = report.text.unwrap();
        // sixteen paragraphs, each with a label of at most 48 characters
        assert_eq!(text.lines().count(), 16, "{name}");
        assert!(text.lines().all(|l| l.chars().count() <= 48 + " Mục tiêu".chars().count()), "{name}: {text}");
        assert!(text.starts_with("32767.32767."), "{name}: {text}");
    }
}

#[test]
fn list_numbers_at_the_top_of_u32_do_not_overflow() {
    // `w:start` and `w:startOverride` of 4294967295, then two more items: no overflow panic
    let report = dxcheck::check(dxcheck::Input::File(&hostile_file("tran-so.docx")), &Options::default());
    assert_eq!(report.text.as_deref(), Some("32767. Một\n32767. Một\n32767. Một\n"));
}

#[test]
fn amounts_in_words_that_overflow_are_not_amounts() {
    let text = common::fixture("hostile/chu-so-tran.txt");
    let report = dxcheck::check(dxcheck::Input::Text(&text), &Options::default());
    assert!(report.findings.iter().all(|f| f.actual.as_ref().is_none_or(|a| !a.contains('-'))));
    assert_eq!(money::parse_words("một trăm năm mươi tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ nghìn"), None);
    // two groups near the top of i128: their sum used to overflow (a panic in debug, a
    // negative amount in release)
    assert_eq!(money::parse_words("Bằng chữ: một trăm tỷ tỷ tỷ tỷ một trăm triệu triệu triệu triệu triệu triệu đồng"), None);
    let report = dxcheck::check(
        dxcheck::Input::Text(&format!("{text}Bằng chữ: một trăm tỷ tỷ tỷ tỷ một trăm triệu triệu triệu triệu triệu triệu đồng.\n")),
        &Options::default(),
    );
    assert!(report.findings.iter().all(|f| f.actual.as_ref().is_none_or(|a| !a.contains('-'))));
}

#[test]
fn a_word_file_of_spanning_cells_or_line_breaks_stops_at_the_text_limit() {
    // 12 MB stored: under the file limit, but each cell spans 64 columns and each break is a line
    let cell = r#"<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr><w:p/></w:tc>"#;
    let cells = format!("<w:tbl><w:tr>{}</w:tr></w:tbl>", cell.repeat(12 * 1024 * 1024 / cell.len()));
    let breaks = format!("<w:p><w:r>{}</w:r></w:p>", "<w:br/>".repeat(12 * 1024 * 1024 / 7));
    for (what, body) in [("cells", cells), ("breaks", breaks)] {
        let started = common::CpuClock::now();
        let report = dxcheck::check(dxcheck::Input::File(&hostile::docx(&body, "")), &Options::default());
        assert_eq!(common::findings(&report), ["1:1 Error input.too-large [-]"], "{what}");
        assert!(report.findings[0].message.contains("văn bản trích ra vượt 10 MB"), "{}", report.findings[0].message);
        assert_eq!(report.text, None, "{what}: a too-large report never carries the text");
        assert!(started.elapsed().as_secs() < 20, "{what} took {:?}", started.elapsed());
    }
}

#[test]
fn an_opendocument_file_of_empty_paragraphs_stops_at_the_text_limit() {
    let content = format!(
        r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>{}</office:text></office:body></office:document-content>"#,
        "<text:p>a</text:p>".repeat(12 * 1024 * 1024 / 18)
    );
    let report = dxcheck::check(dxcheck::Input::File(&hostile::stored_zip(&[("content.xml", &content)])), &Options::default());
    assert_eq!(common::findings(&report), ["1:1 Error input.too-large [-]"]);
    assert_eq!(report.text, None);
    // a small one is still read
    let small = content.replace(&"<text:p>a</text:p>".repeat(12 * 1024 * 1024 / 18), "<text:p>Kế hoạch</text:p>");
    let report = dxcheck::check(dxcheck::Input::File(&hostile::stored_zip(&[("content.xml", &small)])), &Options::default());
    assert_eq!(report.text.as_deref(), Some("Kế hoạch\n"));
}

#[test]
fn a_plan_from_a_form_over_the_text_limit_is_refused_without_its_text() {
    let json = format!(r#"{{"sections": {{"P2.II": "{}"}}}}"#, "Tỷ lệ 50%. ".repeat(1024 * 1024));
    let report = dxcheck::check(dxcheck::Input::PlanJson(&json), &Options::default());
    assert_eq!(common::findings(&report), ["1:1 Error input.too-large [-]"]);
    assert_eq!(report.text, None);
}

#[test]
fn too_large_text_reports_never_carry_the_text() {
    // a legacy-encoded text (converted, so its text would be returned) over the text limit
    let tcvn3 = std::fs::read(common::fixture_path("tcvn3.txt")).unwrap();
    let big: Vec<u8> = tcvn3.iter().copied().cycle().take(11 * 1024 * 1024).collect();
    let report = dxcheck::check(dxcheck::Input::File(&big), &Options::default());
    assert_eq!(common::findings(&report), ["1:1 Error input.too-large [-]"]);
    assert!(report.findings[0].message.contains("MB, giới hạn 10 MB"), "{}", report.findings[0].message);
    assert_eq!(report.text, None);
}

#[test]
fn utf8_with_a_stray_byte_or_a_cut_last_letter_stays_utf8() {
    let plan = common::fixture("tinh-day-du.txt");
    let clean = common::findings(&dxcheck::check(dxcheck::Input::Text(&plan), &Options::default()));
    let at = plan.find("II. MỤC TIÊU").unwrap() - 1;
    let mut stray = plan.as_bytes().to_vec();
    stray.insert(at, 0xFF);
    let report = dxcheck::check(dxcheck::Input::File(&stray), &Options::default());
    assert_eq!(common::findings(&report), [&["1:1 Info input.replaced-bytes [-]".to_string()][..], &clean].concat());
    assert!(report.findings[0].message.contains("có 1 byte không hợp lệ"), "{}", report.findings[0].message);
    // cut inside the last letter (`…đồng` without the last byte of its `ồ`)
    let last = plan.trim_end().char_indices().rfind(|(_, c)| !c.is_ascii()).unwrap();
    let cut = &plan.as_bytes()[..last.0 + 1];
    let report = dxcheck::check(dxcheck::Input::File(cut), &Options::default());
    assert!(report.findings.iter().any(|f| f.rule == "input.replaced-bytes"), "{:?}", common::findings(&report));
    assert!(!report.findings.iter().any(|f| f.rule == "document.not-a-plan" || f.rule == "input.legacy-encoding"));
    // TCVN3 is still TCVN3
    let tcvn3 = dxcheck::check(dxcheck::Input::File(&std::fs::read(common::fixture_path("tcvn3.txt")).unwrap()), &Options::default());
    assert!(tcvn3.findings.iter().any(|f| f.rule == "input.legacy-encoding"));
    assert!(!tcvn3.findings.iter().any(|f| f.rule == "input.replaced-bytes"));
}

#[test]
fn utf16_without_a_byte_order_mark_is_read() {
    let plan = common::fixture("tinh-day-du.txt");
    let clean = common::findings(&dxcheck::check(dxcheck::Input::Text(&plan), &Options::default()));
    let le: Vec<u8> = plan.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = plan.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(common::findings(&dxcheck::check(dxcheck::Input::File(&le), &Options::default())), clean);
    assert_eq!(common::findings(&dxcheck::check(dxcheck::Input::File(&be), &Options::default())), clean);
}

#[test]
fn too_many_lines_are_refused_and_blank_runs_cost_one_line() {
    // 10 MB of line breaks, or of one-letter lines, would take ~90 (~120) bytes of model a line
    for text in ["\n".repeat(10 * 1024 * 1024 - 1), "a\n".repeat(5 * 1024 * 1024 - 1), "a\r".repeat(400_001)] {
        let started = common::CpuClock::now();
        let report = dxcheck::check(dxcheck::Input::Text(&text), &Options::default());
        assert_eq!(common::findings(&report), ["1:1 Error input.too-large [-]"]);
        assert!(report.findings[0].message.contains("quá nhiều dòng"), "{}", report.findings[0].message);
        assert!(started.elapsed().as_secs() < 5, "took {:?}", started.elapsed());
    }
    // under the limit, a run of blank lines is one line of the model: findings keep their lines
    let plan = common::fixture("thieu-kinh-phi.txt");
    let gap = plan.find("\nPhần II").unwrap();
    let spaced = format!("{}{}{}", &plan[..gap], "\n".repeat(300_000), &plan[gap..]);
    let shifted: Vec<String> = common::findings(&dxcheck::check(dxcheck::Input::Text(&plan), &Options::default()))
        .iter()
        .map(|f| {
            let (line, rest) = f.split_once(':').unwrap();
            let line: usize = line.parse().unwrap();
            format!("{}:{rest}", if line > plan[..gap].lines().count() { line + 300_000 } else { line })
        })
        .collect();
    assert_eq!(common::findings(&dxcheck::check(dxcheck::Input::Text(&spaced), &Options::default())), shifted);
}

/// Every input the fuzzers or the issue found to crash, hang or blow up, kept as a regression
/// corpus: each gives a report quickly.
#[test]
fn the_regression_corpus_gives_reports() {
    let dir = common::fixture_path("hostile");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let started = common::CpuClock::now();
        let report = dxcheck::check(dxcheck::Input::File(&bytes), &Options::default());
        assert!(report.findings.len() < 10_000, "{}", path.display());
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = dxcheck::check(dxcheck::Input::Text(text), &Options::default());
            let _ = money::figures(text);
            let _ = money::parse_words(text);
        }
        assert!(started.elapsed().as_secs() < 5, "{} took {:?}", path.display(), started.elapsed());
        n += 1;
    }
    assert!(n >= 4);
}
