//! Structure rules on realistic drafts: exact findings (line:column severity rule [section]) per
//! fixture, complete plans worded and typed in many ways with none, and seeds that are not plans.

mod common;

use common::{check, findings, fixture};
use dxcheck::Options;
use dxcheck::Status;

const NONE: [&str; 0] = [];

#[test]
fn complete_provincial_plan_has_no_finding() {
    let report = check(&fixture("tinh-day-du.txt"));
    assert_eq!(findings(&report), NONE);
    assert!(report.outline.iter().all(|s| s.status == Status::Present), "{:?}", report.outline);
    assert_eq!(report.level, Some(dxcheck::Level::Tinh));
    assert_eq!(report.plan_year, 2024);
}

#[test]
fn complete_ministry_plan_worded_differently_has_no_finding() {
    let report = check(&fixture("bo-day-du.txt"));
    assert_eq!(findings(&report), NONE);
    assert_eq!(report.level, Some(dxcheck::Level::Bo));
    let p2v = report.outline.iter().find(|s| s.id == "P2.V").unwrap();
    assert_eq!((p2v.line, p2v.heading.as_deref()), (Some(128), Some("V. KINH PHÍ")));
}

#[test]
fn missing_section_is_reported_once_before_the_next_heading() {
    let report = check(&fixture("thieu-kinh-phi.txt"));
    assert_eq!(findings(&report), ["101:1 Error section.missing [P2.V]"]);
    let f = &report.findings[0];
    assert_eq!(f.message, "Thiếu mục bắt buộc «V. Kinh phí thực hiện» (P2.V).");
    assert_eq!(f.message_en, "Required section \"V. Funding\" (P2.V) is missing; add it before line 101.");
    assert!(f
        .suggestion
        .as_deref()
        .unwrap()
        .starts_with("Thêm mục «V. Kinh phí thực hiện» trước dòng 101. Nội dung cần có: Xác định nguồn kinh phí"));
}

#[test]
fn missing_sub_item_names_its_parent_and_is_a_warning() {
    let text = fixture("tinh-day-du.txt").replace("b) Tồn tại, hạn chế: Còn 37 thôn chưa có sóng di động 4G.\n", "");
    let report = check(&text);
    assert_eq!(findings(&report), ["37:1 Warning section.missing [P1.II.3.b]"]);
    assert_eq!(report.findings[0].message, "Thiếu mục bắt buộc «b) Tồn tại, hạn chế» (P1.II.3.b) trong «3. Hạ tầng số».");
}

#[test]
fn a_whole_missing_branch_is_reported_at_its_top() {
    let text = fixture("tinh-day-du.txt");
    let start = text.find("3. Hạ tầng số\n").unwrap();
    let end = text.find("4. Dữ liệu số\n").unwrap();
    let report = check(&format!("{}{}", &text[..start], &text[end..]));
    assert_eq!(findings(&report), ["35:1 Error section.missing [P1.II.3]"]);
    assert!(report.findings[0].message.ends_with("(cùng các mục con)."));
}

#[test]
fn empty_sections_label_only_or_template_wording() {
    let report = check(&fixture("muc-trong.txt"));
    assert_eq!(findings(&report), ["40:1 Warning section.empty [P1.II.4.b]", "98:1 Error section.empty [P2.IV]"]);
    let status = |id: &str| report.outline.iter().find(|s| s.id == id).unwrap().status;
    assert_eq!(status("P2.IV"), Status::Empty);
    assert_eq!(status("P1.II.4"), Status::Present);
}

#[test]
fn sections_out_of_order() {
    let report = check(&fixture("sai-thu-tu.txt"));
    assert_eq!(findings(&report), ["98:1 Warning section.order [P2.V]"]);
    assert!(report.findings[0].message.contains("đứng sau «IV. Giải pháp» (dòng 101)"));
}

#[test]
fn duplicate_section() {
    let report = check(&fixture("trung-lap.txt"));
    assert_eq!(findings(&report), ["107:1 Warning section.duplicate [P2.II]"]);
    assert_eq!(report.findings[0].message, "Mục «II. Mục tiêu» (P2.II) lặp lại: đã có ở dòng 70.");
}

#[test]
fn numbering_that_skips() {
    let report = check(&fixture("so-thu-tu.txt"));
    assert_eq!(findings(&report), ["104:1 Warning section.numbering [P2.VI]"]);
    let f = &report.findings[0];
    assert_eq!((f.expected.as_deref(), f.actual.as_deref(), f.difference.as_deref()), (Some("VI"), Some("VII"), Some("+1")));
    assert_eq!(f.range.end - f.range.start, 3, "the range covers the typed number");
}

#[test]
fn part_one_titled_with_the_wrong_year() {
    let report = check(&fixture("sai-nam.txt"));
    assert_eq!(findings(&report), ["12:41 Warning section.year-mismatch [P1]", "17:42 Warning section.year-mismatch [P1.II]"]);
    let f = &report.findings[0];
    assert_eq!((f.expected.as_deref(), f.actual.as_deref(), f.difference.as_deref()), (Some("2023"), Some("2022"), Some("-1")));
}

#[test]
fn appendix_referred_to_but_not_attached() {
    let report = check(&fixture("thieu-phu-luc.txt"));
    assert_eq!(findings(&report), ["108:14 Warning appendix.missing [P2.VII]"]);
    let status = |id: &str| report.outline.iter().find(|s| s.id == id).unwrap().status;
    assert_eq!(status("P2.VII"), Status::Present, "a reference to an appendix is content");
}

#[test]
fn the_2024_template_itself_is_recognised_as_unfilled() {
    let report = check(&fixture("seeds/khung-2024-phu-luc-iii.txt"));
    assert_eq!(findings(&report), ["1:2 Error document.template-unfilled [-]"]);
    assert_eq!(report.plan_year, 2024);
}

#[test]
fn the_2023_template_under_its_own_profile() {
    let options = Options { profile: Some("khung-2023".into()), ..Options::default() };
    let report = dxcheck::check(dxcheck::Input::Text(&fixture("seeds/5406-khung-2023.txt")), &options);
    assert_eq!(findings(&report), ["1:2 Error document.template-unfilled [-]"]);
    assert_eq!(report.plan_year, 2023);
    // its own sections were found: the Zalo channel (1.3) and the security sub-items (III.7.x)
    let line = |id: &str| report.outline.iter().find(|s| s.id == id).unwrap().line;
    assert_eq!(line("P1.II.1.3"), Some(252));
    assert_eq!(line("P2.III.7.4"), Some(482));
    assert_eq!(line("P2.IV.5"), Some(569));
    assert_eq!(line("P2.VII"), Some(585));
}

#[test]
fn documents_that_are_not_plans_get_one_clear_finding() {
    for name in ["seeds/bao-cao-942-nam-2023.txt", "seeds/chi-tieu-quoc-gia.txt", "seeds/phu-luc-ii-nhiem-vu-bo.txt"] {
        let report = check(&fixture(name));
        assert_eq!(findings(&report), ["1:1 Error document.not-a-plan [-]"], "{name}");
    }
    let report = check("   \n\n");
    assert_eq!(findings(&report), ["1:1 Error document.not-a-plan [-]"]);
    assert_eq!(report.findings[0].message, "Chưa có nội dung: văn bản trống.");
}

// ---- the same complete plan, typed the many ways real drafts are typed: still no finding ----

fn assert_clean(variant: &str, text: &str) {
    let report = check(text);
    assert_eq!(findings(&report), NONE, "{variant}");
}

fn strip_diacritics(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| unicode_normalization::char::canonical_combining_class(*c) == 0)
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

#[test]
fn variant_all_capitals() {
    assert_clean("ALL CAPS", &fixture("tinh-day-du.txt").to_uppercase());
}

#[test]
fn variant_without_diacritics() {
    assert_clean("no diacritics", &strip_diacritics(&fixture("tinh-day-du.txt")));
}

#[test]
fn variant_phan_thu_nhat_and_same_line_titles() {
    let text = fixture("tinh-day-du.txt")
        .replace("Phần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023", "PHẦN THỨ NHẤT: ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023")
        .replace("Phần II\nNỘI DUNG KẾ HOẠCH NĂM 2024", "PHẦN THỨ HAI. NỘI DUNG KẾ HOẠCH NĂM 2024");
    assert_clean("Phần thứ nhất", &text);
}

#[test]
fn variant_arabic_numbers_for_the_roman_level() {
    let mut text = fixture("tinh-day-du.txt");
    for (roman, arabic) in
        [("I. ", "1. "), ("II. ", "2. "), ("III. ", "3. "), ("IV. ", "4. "), ("V. ", "5. "), ("VI. ", "6. "), ("VII. ", "7. ")]
    {
        text = text
            .lines()
            .map(|l| if let Some(rest) = l.strip_prefix(roman) { format!("{arabic}{rest}") } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n");
    }
    // the items below take their parent's number: `2.3.` under `2.`, `3.1.` under `3.`
    let mut parent = 0;
    let mut out = Vec::new();
    for line in text.lines() {
        let label: String = line.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        let is_part = line.starts_with("Phần");
        if is_part {
            parent = 0;
        }
        let upper = line.chars().nth(label.len() + 1).is_some_and(char::is_uppercase)
            && line[label.len()..].trim().chars().nth(1).is_some_and(char::is_uppercase);
        if !label.is_empty()
            && label.matches('.').count() == 1
            && upper
            && line.len() > label.len() + 4
            && line[label.len() + 1..].chars().take(4).all(|c| c.is_uppercase() || c == ' ')
        {
            parent = label.trim_end_matches('.').parse().unwrap_or(0);
            out.push(line.to_string());
        } else if !label.is_empty() && parent > 0 && line.chars().nth(label.len()) == Some(' ') {
            out.push(format!("{parent}.{label} {}", &line[label.len() + 1..]));
        } else {
            out.push(line.to_string());
        }
    }
    let text = out.join("\n");
    assert!(text.contains("\n2.3. Hạ tầng số\n") && text.contains("\n3.7. An toàn thông tin mạng\n"), "{text}");
    assert_clean("Arabic", &text);
}

#[test]
fn variant_without_any_numbering() {
    // as when Word's automatic numbering is lost on copy: `1.`, `II.`, `a)` all gone
    let text: String = fixture("tinh-day-du.txt")
        .lines()
        .map(|l| {
            let parsed = dxcheck::internals::label::parse(l);
            match parsed.label {
                Some(dxcheck::internals::label::Label::Part(_)) | None => l.to_string(),
                Some(_) => l[parsed.title_start..].to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("\nMỤC TIÊU\n") && text.contains("\nKết quả đạt được: Tỉnh tổ chức"));
    assert_clean("unnumbered", &text);
}

#[test]
fn variant_typos_and_extra_words() {
    let text = fixture("tinh-day-du.txt")
        .replace("II. MỤC TIÊU\n", "II. MỤC TIU CHUYỂN ĐỔI SỐ NĂM 2024 CỦA TỈNH\n")
        .replace("IV. GIẢI PHÁP\n", "IV. GIẢI PHAP THỰC HIỆN\n")
        .replace("6. Nhân lực số\n", "6. Nhân lục số\n")
        .replace("III. NHIỆM VỤ\n", "III. NHIÊM VỤ TRỌNG TÂM NĂM 2024\n");
    assert_clean("typos", &text);
}

#[test]
fn variant_markdown_headings() {
    let text: String = fixture("tinh-day-du.txt")
        .lines()
        .map(|l| match dxcheck::internals::label::parse(l).label {
            Some(dxcheck::internals::label::Label::Part(_)) => format!("# {l}"),
            Some(dxcheck::internals::label::Label::Roman(_)) => format!("## {l}"),
            Some(dxcheck::internals::label::Label::Arabic(_)) => format!("**{l}**"),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_clean("markdown", &text);
}

#[test]
fn variant_nfd_crlf_nbsp_and_blank_lines() {
    use unicode_normalization::UnicodeNormalization;
    let text: String = fixture("tinh-day-du.txt").nfd().collect::<String>().replace(' ', "\u{a0}").replace('\n', "\r\n\r\n");
    assert_clean("NFD + CRLF + NBSP + blank lines", &text);
}

#[test]
fn a_sentence_that_mentions_a_title_is_not_a_heading() {
    let text = fixture("tinh-day-du.txt").replace(
        "Sở Thông tin và Truyền thông chủ trì, theo dõi",
        "Kinh phí thực hiện các nhiệm vụ do ngân sách tỉnh bảo đảm.\nMục tiêu\u{a0}năm 2024 được giao cho từng sở.\nSở Thông tin và Truyền thông chủ trì, theo dõi",
    );
    assert_clean("sentence", &text);
}

#[test]
fn seeds_give_a_stable_report() {
    for name in [
        "seeds/khung-2024-phu-luc-iii.txt",
        "seeds/bao-cao-942-nam-2023.txt",
        "seeds/chi-tieu-quoc-gia.txt",
        "seeds/phu-luc-ii-nhiem-vu-bo.txt",
    ] {
        let report = check(&fixture(name));
        insta::assert_snapshot!(name.replace(['/', '.'], "_"), findings(&report).join("\n"));
    }
}

#[test]
fn variant_headings_wrapped_onto_the_next_line() {
    // as copied from a web page of the published plan: titles broken after two words
    let text: String = fixture("tinh-day-du.txt")
        .lines()
        .map(|l| {
            let parsed = dxcheck::internals::label::parse(l);
            let numbered = matches!(
                parsed.label,
                Some(dxcheck::internals::label::Label::Roman(_)) | Some(dxcheck::internals::label::Label::Arabic(_))
            );
            let words: Vec<&str> = l.split(' ').collect();
            if numbered && !l.contains(':') && words.len() >= 4 && !l.contains('\t') {
                format!("{}\n{}", words[..2].join(" "), words[2..].join(" "))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("\nI. TÌNH\nHÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2023\n"), "{text}");
    let report = check(&text);
    let statuses: Vec<_> = report.outline.iter().filter(|s| s.status != Status::Present).map(|s| s.id.as_str()).collect();
    assert_eq!(statuses, Vec::<&str>::new());
    assert_eq!(findings(&report), NONE);
}

#[test]
fn a_numbered_sub_item_named_like_another_section_is_not_that_section() {
    // `1. Kinh phí` inside `IV. GIẢI PHÁP` is a solution group, not `V. Kinh phí thực hiện`
    let text = fixture("tinh-day-du.txt").replace(
        "IV. GIẢI PHÁP\n",
        "IV. GIẢI PHÁP\n1. Kinh phí\nƯu tiên bố trí ngân sách tỉnh cho các dự án chuyển đổi số.\n2. Nhân lực\nThu hút chuyên gia công nghệ số.\n",
    );
    assert_clean("sub-items of IV", &text);
}

// ---- issue 13: drafts as provinces and ministries really write them ----

/// A fixture of tests/fixtures/styles without its leading `%%` note.
fn style(name: &str) -> String {
    fixture(&format!("styles/{name}")).split_inclusive('\n').skip_while(|l| l.starts_with("%%")).collect()
}

#[test]
fn hard_wrapped_draft_reads_like_the_original() {
    let wrapped = check(&style("ngat-dong.txt"));
    let plain = check(&fixture("tinh-day-du.txt"));
    assert_eq!(findings(&wrapped), NONE);
    // the same targets, each whole (a target cut over two lines is one target, not two)
    let targets = |r: &dxcheck::Report| r.targets.iter().map(|t| t.text.clone()).collect::<Vec<_>>();
    assert_eq!(targets(&wrapped), targets(&plain));
    // and positions in the wrapped text: `Phụ` / `lục IV` of II. MỤC TIÊU starts at 104:19
    let text = style("ngat-dong.txt");
    let cut = text.replace("Phụ lục IV kèm theo", "Phụ\nlục IV kèm theo").replace("Phụ lục IV\n", "");
    let report = check(&cut);
    let f: Vec<_> = findings(&report).into_iter().filter(|f| f.contains("appendix")).collect();
    assert_eq!(f, ["104:19 Warning appendix.missing [P2.II]"]);
}

#[test]
fn results_without_labels_are_said_once_as_information() {
    for name in ["khong-nhan-ab.txt", "gach-ket-qua.txt", "muc-chu.txt"] {
        let report = check(&style(name));
        assert_eq!(findings(&report), ["19:1 Info section.results-unlabelled [P1.II.1.1]"], "{name}");
    }
}

#[test]
fn a_draft_written_up_to_part_one_misses_part_two_once() {
    let text = fixture("tinh-day-du.txt");
    let report = check(&text[..text.find("Phần II").unwrap()]);
    let missing: Vec<_> = findings(&report).into_iter().filter(|f| f.contains("section.")).collect();
    // at the end of the draft: its trailing blank lines are one line (the first of them)
    assert_eq!(missing, ["61:1 Error section.missing [P2]"]);
    let f = report.findings.iter().find(|f| f.rule == "section.missing").unwrap();
    assert!(
        f.message.ends_with("(cùng các mục con). Dự thảo mới viết đến «11. Kinh phí thực hiện» (45/63 mục bắt buộc)."),
        "{}",
        f.message
    );
}

#[test]
fn template_by_year_and_said_when_the_latest_is_used() {
    let report = check(&fixture("real/thanh-hoa-281-2023.txt"));
    assert_eq!((report.profile.as_str(), report.profile_source), ("khung-2023", dxcheck::ProfileSource::Year));
    let report = check(&style("nam-2025.txt"));
    assert_eq!((report.profile.as_str(), report.profile_source), ("khung-2024", dxcheck::ProfileSource::Latest));
    let notes: Vec<_> = findings(&report).into_iter().filter(|f| f.contains(" document.") || f.contains(" section.")).collect();
    assert_eq!(notes, ["1:1 Info document.template-year [-]"]);
    assert!(report.findings[0].message.starts_with("Kế hoạch năm 2025: chưa có khung kế hoạch riêng"));
}

#[test]
fn numbered_items_under_an_undivided_section_are_its_own() {
    // targets grouped by pillar under I., and items under it named like the themes
    let text = fixture("tinh-day-du.txt").replace(
        "(chi tiết tại Phụ lục I kèm theo).\n",
        "(chi tiết tại Phụ lục I kèm theo).\n1. Chính quyền số\nHoàn thành 12/14 chỉ tiêu.\n2. Kinh tế số\nHoàn thành 8/9 chỉ tiêu.\n3. Kết quả thực hiện các chỉ tiêu về an toàn thông tin mạng\nHoàn thành 7/9 chỉ tiêu.\n",
    );
    let report = check(&text);
    assert_eq!(findings(&report), NONE);
}

#[test]
fn part_number_wrapped_onto_its_own_line() {
    // a web copy's narrow table cell cuts `Phần I` into `Phần` / `I` (Bình Dương 2071/KH-UBND)
    let text = "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH BÌNH DƯƠNG NĂM 2023\nPhần\nI\nĐÁNH GIÁ TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NĂM 2022\n1. Nhận thức số\n1.1. Ngày Chuyển đổi số\na) Kết quả đạt được\nTỉnh tổ chức 05 sự kiện.\n";
    let options = Options { profile: Some("khung-2023".into()), ..Options::default() };
    let report = dxcheck::check(dxcheck::Input::Text(text), &options);
    let line = |id: &str| report.outline.iter().find(|s| s.id == id).unwrap().line;
    assert_eq!((line("P1"), line("P1.II.1"), line("P1.II.1.1")), (Some(3), Some(6), Some(7)));
    assert!(!findings(&report).iter().any(|f| f.contains("not-a-plan")));
}

#[test]
fn decision_whose_kind_line_was_lost_still_issues_the_plan() {
    // `QUYẾT ĐỊNH` lost in the web copy: the number `…/QĐ-UBND` and the title in capitals remain
    let text = "ỦY BAN NHÂN DÂN |\nSố: 2808/QĐ-UBND |\nVĩnh Long, ngày 31 tháng 12 năm 2024 |\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015;\n";
    let report = check(text);
    assert!(!findings(&report).iter().any(|f| f.contains("not-a-plan")), "{:?}", findings(&report));
    assert_eq!((report.plan_year, report.level), (2025, Some(dxcheck::Level::Tinh)));
}

#[test]
fn a_portal_page_title_names_the_plan_and_its_year_of_issue_is_not_the_plan_year() {
    // the only title on the page is the portal's: `Quyết định 3133/QĐ-BTP năm 2023 về Kế hoạch … năm 2024`
    let report = check(&fixture("real/bo-tu-phap-3133-qd-2024.txt"));
    assert!(!findings(&report).iter().any(|f| f.contains("not-a-plan")), "{:?}", findings(&report));
    assert_eq!((report.plan_year, report.plan_year_source), (2024, dxcheck::YearSource::Title));
    assert_eq!(report.level, Some(dxcheck::Level::Bo));
}

#[test]
fn a_date_in_the_title_is_not_the_plan_year() {
    // `KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01 THÁNG 4 NĂM 2025 … CHUYỂN ĐỔI SỐ`:
    // a plan implementing a resolution, not the annual plan of 2025
    let report = check(&fixture("real/can-tho-46-2025.txt"));
    assert!(findings(&report).iter().any(|f| f.ends_with("Error document.not-a-plan [-]")), "{:?}", findings(&report));
}

// ---- targets numbered inside `II. Mục tiêu`, and hard-wrapped copies ----

/// The non-information findings of a report, and its targets' texts.
fn warnings_and_targets(report: &dxcheck::Report) -> (Vec<String>, Vec<String>) {
    let warnings = findings(report).into_iter().filter(|f| !f.contains(" Info ")).collect();
    (warnings, report.targets.iter().map(|t| t.text.clone()).collect())
}

#[test]
fn numbered_targets_and_their_group_headings_inside_the_targets_section_are_not_headings() {
    // `1.`…`12.` targets grouped under `1. Về chính quyền số:`…: none of them is a theme of
    // `III. NHIỆM VỤ` (`10. … nền tảng công nghệ số đạt 70%.` is not III.5, `Về chính phủ số:`
    // not III.8), and every target is read, on its line
    let base = fixture("targets/tinh-muc-tieu-danh-so.txt");
    let (warnings, targets) = warnings_and_targets(&check(&base));
    assert_eq!(warnings, NONE);
    assert_eq!(targets.len(), 14, "{targets:#?}");
    let report = check(&base);
    let target_lines: Vec<usize> = report.targets.iter().map(|t| t.line).collect();
    assert_eq!(target_lines, [73, 74, 74, 75, 76, 77, 79, 80, 81, 83, 83, 84, 86, 87]);
    let groups = ["chính quyền số:", "kinh tế số:", "xã hội số:", "hạ tầng số, nhân lực số"];
    let regroup = |f: &dyn Fn(usize, &str) -> String| {
        let mut text = base.clone();
        for (k, g) in groups.iter().enumerate() {
            text = text.replace(&format!("\n{}. Về {g}", k + 1), &format!("\n{}", f(k, g)));
        }
        text
    };
    let variants = [
        ("chính phủ số", base.replace("1. Về chính quyền số:", "1. Về chính phủ số:")),
        ("unnumbered groups", regroup(&|_, g| format!("Về {g}"))),
        ("unnumbered, chính phủ số", regroup(&|_, g| format!("Về {g}")).replace("Về chính quyền số:", "Về chính phủ số:")),
        ("lettered groups", regroup(&|k, g| format!("{}) Về {g}", ['a', 'b', 'c', 'd'][k]))),
        ("groups numbered 2.x", regroup(&|k, g| format!("2.{}. Về {g}", k + 1))),
        ("no groups", regroup(&|_, _| String::new()).replace("\n\n1. Tỷ lệ", "\n1. Tỷ lệ")),
    ];
    for (name, text) in &variants {
        assert_ne!(text, &base, "{name}");
        assert_eq!(warnings_and_targets(&check(text)), (Vec::new(), targets.clone()), "{name}");
    }
    // group lines in capitals are still not III's themes (their reading as targets is the
    // targets reader's business)
    let caps = regroup(&|_, g| g.trim_end_matches(':').to_uppercase());
    let sections: Vec<_> = findings(&check(&caps)).into_iter().filter(|f| f.contains(" section.")).collect();
    assert_eq!(sections, NONE);
}

#[test]
fn a_numbered_statement_with_a_figure_is_never_a_heading() {
    // tasks listed under `5. Nền tảng số` as `1.`, `2.`: sentences with figures, not a second
    // `5. Nền tảng số` (nor any other theme)
    let text = fixture("targets/tinh-muc-tieu-danh-so.txt").replace(
        "5. Nền tảng số\nTriển khai nền tảng giám sát, điều hành thông minh (IOC) giai đoạn 2.\n",
        "5. Nền tảng số\n1. Triển khai nền tảng giám sát, điều hành thông minh (IOC) giai đoạn 2 tại 100% huyện.\n2. Nâng cấp nền tảng số dùng chung của tỉnh, kết nối 12 hệ thống thông tin;\n",
    );
    assert!(text.contains("tại 100% huyện."));
    assert_eq!(warnings_and_targets(&check(&text)).0, NONE);
    // a heading that names a year or a date is still a heading
    let text = fixture("tinh-day-du.txt").replace("11. Kinh phí thực hiện\n", "11. Kinh phí thực hiện năm 2023.\n");
    assert!(text.contains("năm 2023.\n"));
    assert_eq!(findings(&check(&text)), NONE);
}

/// `text` as a web page or a PDF gives it: each paragraph cut into lines of at most `width`
/// characters at spaces (table rows, which those copies keep whole, are left as they are).
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        if line.contains(['\t', '|']) || line.chars().count() <= width {
            out.push(line.to_string());
            continue;
        }
        let mut cut = String::new();
        for word in line.split(' ') {
            if !cut.is_empty() && cut.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut cut));
            }
            if !cut.is_empty() {
                cut.push(' ');
            }
            cut.push_str(word);
        }
        out.push(cut);
    }
    out.join("\n")
}

#[test]
fn a_hard_wrapped_copy_reads_like_the_draft() {
    // cut near 80 columns, a line may end on `100%` before `DVCTT phát sinh hồ sơ`, on `Phụ lục`
    // before `IV kèm theo`, on `mạng:` before `cấp tỉnh 100%`, on `cấp tỉnh,` before `100% …`,
    // and `a) Kết quả đạt được` (a heading, not cut) stays apart from the `95% …` under it
    for name in ["targets/tinh-kieu-b.txt", "targets/tinh-muc-tieu-danh-so.txt", "tinh-day-du.txt", "bo-day-du.txt"] {
        let plain = fixture(name);
        let (warnings, targets) = warnings_and_targets(&check(&plain));
        assert_eq!(warnings, NONE, "{name}");
        for width in (40..=120).step_by(3) {
            let wrapped = hard_wrap(&plain, width);
            let report = check(&wrapped);
            let absent: Vec<_> = report.outline.iter().filter(|s| s.status != Status::Present).map(|s| s.id.as_str()).collect();
            assert_eq!(absent, NONE, "{name} cut at {width}");
            assert_eq!(warnings_and_targets(&report), (Vec::new(), targets.clone()), "{name} cut at {width}");
        }
    }
    let wrapped = hard_wrap(&fixture("targets/tinh-kieu-b.txt"), 76);
    assert!(wrapped.contains("đạt 60%; 100%\nDVCTT phát sinh hồ sơ."), "{wrapped}");
}

#[test]
fn tasks_and_solutions_under_one_heading_are_not_a_missing_section() {
    // `IV. GIẢI PHÁP` taken out, its paragraph left under III.
    let without_iv = fixture("tinh-day-du.txt").replace("\nIV. GIẢI PHÁP\n", "\n");
    let missing = |text: &str| -> Vec<String> { findings(&check(text)).into_iter().filter(|f| f.contains("section.missing")).collect() };
    assert_eq!(missing(&without_iv), ["100:1 Error section.missing [P2.IV]"]);
    // the drafter wrote both under one heading, as real plans do (`III. NHIỆM VỤ VÀ GIẢI PHÁP`,
    // `III. NHIỆM VỤ, CÁC GIẢI PHÁP NĂM 2024`)
    for heading in ["III. NHIỆM VỤ VÀ GIẢI PHÁP", "III. NHIỆM VỤ, CÁC GIẢI PHÁP NĂM 2024", "III. Nhiệm vụ và giải pháp chủ yếu"]
    {
        let merged = without_iv.replace("\nIII. NHIỆM VỤ\n", &format!("\n{heading}\n"));
        assert_eq!(missing(&merged), Vec::<String>::new(), "{heading}");
    }
    // solutions named as the tasks' object, not joined to them: IV. is still missing
    let named = without_iv.replace("\nIII. NHIỆM VỤ\n", "\nIII. NHIỆM VỤ TRIỂN KHAI GIẢI PHÁP\n");
    assert_eq!(missing(&named), ["100:1 Error section.missing [P2.IV]"]);
}

#[test]
fn part_one_written_as_a_table_has_its_items() {
    // lines 18–58 of the plan (the ten themes, their sub-items, a) and b)) as one table: `STT ⇥
    // Nhiệm vụ ⇥ Kết quả đạt được ⇥ Tồn tại, hạn chế`, a row a theme or sub-item
    let text = fixture("tinh-day-du.txt");
    let lines: Vec<&str> = text.lines().collect();
    let mut table = vec!["STT\tNhiệm vụ\tKết quả đạt được\tTồn tại, hạn chế".to_string()];
    for (k, line) in lines[17..58].iter().enumerate() {
        let Some((number, title)) = line.split_once(". ").filter(|(n, _)| n.bytes().all(|b| b.is_ascii_digit() || b == b'.')) else {
            continue;
        };
        match lines.get(17 + k + 1).and_then(|l| l.strip_prefix("a) Kết quả đạt được: ")) {
            Some(results) => table.push(format!("{number}\t{title}\t{results}\t{}", &lines[17 + k + 2]["b) Tồn tại, hạn chế: ".len()..])),
            None => table.push(format!("{number}\t{title}\t\t")),
        }
    }
    let tabled = [&lines[..17], &table.iter().map(String::as_str).collect::<Vec<_>>()[..], &lines[58..]].concat().join("\n");
    let report = check(&tabled);
    assert_eq!(findings(&report), NONE);
    // (each item's `a)`/`b)` stand in its row's cells: accepted, as results written under it)
    let absent: Vec<_> =
        report.outline.iter().filter(|s| s.status != Status::Present && !s.id.ends_with(['a', 'b'])).map(|s| &s.id).collect();
    assert!(absent.is_empty(), "{absent:?}");
    // the same table in Markdown (a plan written with an AI assistant): `| 1.1 | Ngày … | … | … |`
    let mut piped: Vec<String> = table.iter().map(|row| ["| ", &row.replace('\t', " | "), " |"].concat()).collect();
    piped.insert(1, "|---|---|---|---|".to_string());
    let piped = [&lines[..17], &piped.iter().map(String::as_str).collect::<Vec<_>>()[..], &lines[58..]].concat().join("\n");
    let report = check(&piped);
    assert_eq!(findings(&report), NONE);
    let absent: Vec<_> =
        report.outline.iter().filter(|s| s.status != Status::Present && !s.id.ends_with(['a', 'b'])).map(|s| &s.id).collect();
    assert!(absent.is_empty(), "{absent:?}");
    // a table of last year's targets under `I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU`, by theme: its
    // rows are not the themes of II. (I. has no items)
    let by_theme = text.replace(
        "\n\nII. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2023",
        "\nSTT\tLĩnh vực\tChỉ tiêu năm 2023\tKết quả\n1\tNhận thức số\tTổ chức sự kiện hưởng ứng Ngày Chuyển đổi số\tĐạt\n3\tHạ tầng số\tPhủ sóng 4G tới các thôn\tĐạt\n\nII. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2023",
    );
    assert_ne!(by_theme, text);
    assert_eq!(findings(&check(&by_theme)), NONE);
    // a row of the task table named as a theme with the theme's number, under VII., is no
    // heading (VII. has no such item)
    let plan = fixture("unseen19/lai-chau-nhiem-vu-kem-thoi-han-2027.txt");
    let named = plan.replace("\n3\tTrung tâm giám sát, điều hành thông minh\t", "\n3\tHạ tầng số\t");
    assert_ne!(named, plan);
    assert_eq!(findings(&check(&named)), findings(&check(&plan)));
}

/// Probe 20: headings as Word's plain text and drafters write them, each clean.
#[test]
fn headings_run_in_with_a_full_stop_after_a_list_tab_or_pointing_to_an_appendix_are_read() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    // the errors and warnings (the plan year's and the coverage's notes aside)
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    // a run-in title ended by a full stop
    let text = base
        .replace("V. KINH PHÍ THỰC HIỆN\nTổng", "V. Kinh phí thực hiện. Tổng")
        .replace("1.1. Ngày Chuyển đổi số\na) Kết quả đạt được: ", "1.1. Ngày Chuyển đổi số. ")
        .replace("6. Nhân lực số\na) Kết quả đạt được: ", "6. Nhân lực số. ")
        .replace("8. Chính phủ số\nCung", "8. Chính phủ số. Cung");
    assert_eq!(loud(&text), NONE);
    // Word's automatic numbering pasted as text: the number, a tab, the title
    let text = base.replace("\n1. Nhận thức số\n", "\n1.\tNhận thức số\n").replace("\nII. MỤC TIÊU\n", "\nII.\tMỤC TIÊU\n");
    assert_eq!(loud(&text), NONE);
    // the list in Phụ lục II, pointed to from VII's heading
    let (at, end) = (base.find("STT\tTên nhiệm vụ").unwrap(), base.find("\n\nNơi nhận").unwrap());
    let text = format!(
        "{}{}\n\nPhụ lục II\nDANH MỤC NHIỆM VỤ, DỰ ÁN\n{}\n",
        base[..at].replace("VII. DANH MỤC NHIỆM VỤ, DỰ ÁN\n", "VII. DANH MỤC NHIỆM VỤ, DỰ ÁN (Chi tiết tại Phụ lục II kèm theo)\n"),
        &base[end..],
        &base[at..end]
    );
    assert_eq!(loud(&text), NONE);
    // the appendix is read: its items are compared with V's total
    let text = text.replace("dự kiến 45.000 triệu", "dự kiến 46.000 triệu");
    assert_eq!(loud(&text), ["102:23 Error budget.total-mismatch [P2.V]", "102:73 Error budget.source-sum-mismatch [P2.V]"]);
}

/// Probe 20: an appendix put inline between two sections of Part I; the next section's heading
/// resumes the body (an appendix's own `II.` group, read as none of the part's, does not).
#[test]
fn an_appendix_inline_in_the_middle_of_a_part_ends_at_the_parts_next_section() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let appendix = "Phụ lục I\nKẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2026\nI. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ\nSTT\tChỉ tiêu\tKế hoạch năm 2026\tThực hiện\n1\tTỷ lệ hồ sơ trực tuyến toàn trình\t80%\t83%\nII. CHỈ TIÊU VỀ KINH TẾ SỐ, XÃ HỘI SỐ\nSTT\tChỉ tiêu\tKế hoạch năm 2026\tThực hiện\n1\tTỷ trọng kinh tế số\t12%\t12,4%\n";
    let text =
        base.replace("II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2026", &format!("{appendix}II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2026"));
    let report = check(&text);
    let loud: Vec<String> = findings(&report).into_iter().filter(|f| !f.contains(" Info ")).collect();
    assert_eq!(loud, NONE);
    let p1ii = report.outline.iter().find(|s| s.id == "P1.II").unwrap();
    assert_eq!(p1ii.line, Some(25));
}

/// Probe 21 (P9): Word's numbering lost on every heading of another draft: `Nghị quyết của cấp
/// ủy và kế hoạch của chính quyền`, its title said without `Ban hành` and `về chuyển đổi số`, is
/// still P1.II.2.1.
#[test]
fn a_heading_without_its_number_or_the_templates_subject_is_read() {
    let text: String = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt")
        .lines()
        .map(|l| {
            let parsed = dxcheck::internals::label::parse(l);
            match parsed.label {
                Some(dxcheck::internals::label::Label::Part(_)) | None => l.to_string(),
                Some(_) => l[parsed.title_start..].to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("\nNghị quyết của cấp ủy và kế hoạch của chính quyền\n"));
    let report = check(&text);
    let loud: Vec<String> = findings(&report).into_iter().filter(|f| !f.contains(" Info ")).collect();
    assert_eq!(loud, NONE);
    let s = report.outline.iter().find(|s| s.id == "P1.II.2.1").unwrap();
    assert_eq!(s.line, Some(29));
}
