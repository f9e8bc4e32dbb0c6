//! Budget rules on realistic drafts: exact findings with the figures compared, consistent
//! budgets in mixed units with none, and the table layouts drafts use.

mod common;

use common::{check, findings, fixture};

const NONE: [&str; 0] = [];

fn figures(f: &dxcheck::Finding) -> (Option<&str>, Option<&str>, Option<&str>) {
    (f.expected.as_deref(), f.actual.as_deref(), f.difference.as_deref())
}

#[test]
fn complete_plans_have_a_consistent_budget() {
    for name in ["tinh-day-du.txt", "bo-day-du.txt"] {
        let report = check(&fixture(name));
        assert_eq!(findings(&report), NONE, "{name}");
        let b = report.budget.expect("budget read");
        assert_eq!(b.declared_total.as_ref().map(|m| m.dong), b.items_total.as_ref().map(|m| m.dong), "{name}");
    }
    let b = check(&fixture("tinh-day-du.txt")).budget.unwrap();
    assert_eq!(b.unit, "triệu đồng");
    assert_eq!(b.declared_total.unwrap().text, "52.300 triệu đồng");
    let sources: Vec<_> = b.by_source.iter().map(|s| (s.label.as_str(), s.amount.text.as_str())).collect();
    assert_eq!(sources, [("ngân sách địa phương", "44.300 triệu đồng"), ("xã hội hóa", "8.000 triệu đồng")]);
    assert_eq!(b.items.len(), 3);
    assert_eq!(b.items[2].owner.as_deref(), Some("Doanh nghiệp viễn thông"));
    assert_eq!(b.past_items.len(), 2);
    // the ministry's breakdown in parentheses is the split of its one source
    let b = check(&fixture("bo-day-du.txt")).budget.unwrap();
    assert_eq!(b.unit, "tỷ đồng");
    let sources: Vec<_> = b.by_source.iter().map(|s| s.amount.text.as_str()).collect();
    assert_eq!(sources, ["200 tỷ đồng", "85 tỷ đồng"]);
}

#[test]
fn total_differs_from_the_items() {
    let report = check(&fixture("lech-tong.txt"));
    assert_eq!(findings(&report), ["102:24 Error budget.total-mismatch [P2.V]"]);
    let f = &report.findings[0];
    assert_eq!(figures(f), (Some("53.300 triệu đồng"), Some("52.300 triệu đồng"), Some("-1.000 triệu đồng")));
    assert_eq!(f.message, "Tổng kinh phí ở mục V (52.300 triệu đồng) khác tổng 3 nhiệm vụ, dự án ở mục VII (53.300 triệu đồng): chênh lệch -1.000 triệu đồng.");
}

#[test]
fn parts_by_source_differ_from_the_total() {
    let report = check(&fixture("lech-nguon.txt"));
    assert_eq!(findings(&report), ["102:67 Error budget.source-sum-mismatch [P2.V]"]);
    assert_eq!(figures(&report.findings[0]), (Some("52.300 triệu đồng"), Some("51.300 triệu đồng"), Some("-1.000 triệu đồng")));
}

#[test]
fn no_total_and_no_unit() {
    assert_eq!(findings(&check(&fixture("thieu-tong.txt"))), ["101:1 Error budget.total-missing [P2.V]"]);
    assert_eq!(
        findings(&check(&fixture("thieu-don-vi.txt"))),
        ["101:1 Error budget.total-missing [P2.V]", "102:24 Warning budget.unit-missing [P2.V]"]
    );
}

#[test]
fn words_disagree_with_digits() {
    let report = check(&fixture("bang-chu.txt"));
    assert_eq!(findings(&report), ["103:1 Error budget.words-mismatch [P2.V]"]);
    assert_eq!(figures(&report.findings[0]), (Some("52.300 triệu đồng"), Some("52.030 triệu đồng"), Some("-270 triệu đồng")));
    // the same words spelled right: nothing to say
    let right = fixture("bang-chu.txt").replace("Năm mươi hai tỷ ba mươi triệu đồng", "Năm mươi hai tỷ ba trăm triệu đồng");
    assert_eq!(findings(&check(&right)), NONE);
}

#[test]
fn item_without_lead_unit_or_source() {
    let report = check(&fixture("thieu-truong.txt"));
    assert_eq!(findings(&report), ["126:1 Warning budget.project-field-missing [P2.VII]", "126:1 Warning budget.source-missing [P2.VII]"]);
    assert_eq!(report.findings[0].message, "Nhiệm vụ «Nền tảng IOC giai đoạn 2» chưa ghi «đơn vị chủ trì».");
}

#[test]
fn spent_more_than_approved_last_year() {
    let report = check(&fixture("chi-vuot.txt"));
    assert_eq!(findings(&report), ["119:54 Error budget.spent-exceeds-approved [P1.II.11]"]);
    assert_eq!(figures(&report.findings[0]), (Some("≤ 45.000 triệu đồng"), Some("46.200 triệu đồng"), Some("+1.200 triệu đồng")));
}

/// The complete plan with its project list (Phụ lục III) replaced.
fn with_list(list: &str) -> String {
    let base = fixture("tinh-day-du.txt");
    let (at, end) = (base.find("\nPhụ lục III\n").unwrap(), base.find("\nPhụ lục IV\n").unwrap());
    format!("{}\nPhụ lục III\nDANH MỤC NHIỆM VỤ, DỰ ÁN CHUYỂN ĐỔI SỐ NĂM 2024\n{list}\n{}", &base[..at], &base[end..])
}

/// The complete plan without its Phụ lục III.
fn without_list(text: &str) -> String {
    let (at, end) = (text.find("\nPhụ lục III\n").unwrap(), text.find("\nPhụ lục IV\n").unwrap());
    format!("{}{}", &text[..at], &text[end..])
}

#[test]
fn mixed_units_that_add_up_exactly() {
    let text = with_list(
        "| STT | Tên nhiệm vụ, dự án | Đơn vị chủ trì | Mới/Chuyển tiếp | Mục tiêu | Quy mô | Nội dung | Thời gian | Kinh phí | Nguồn vốn |\n\
         |---|---|---|---|---|---|---|---|---|---|\n\
         | 1 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở TT&TT | Chuyển tiếp | Hạ tầng dùng chung | Toàn tỉnh | Máy chủ, lưu trữ | 2024 | 30 tỷ đồng | Ngân sách tỉnh |\n\
         | 2 | Nền tảng IOC giai đoạn 2 | Sở TT&TT | Mới | Điều hành | 11 huyện | Kết nối camera | 2024 | 14.300 tr.đ | Ngân sách tỉnh |\n\
         | 3 | Phủ sóng 4G vùng lõm | Viettel Sông Lam | Mới | Xóa lõm sóng | 37 thôn | Trạm BTS | 2024 | 8.000.000.000 đồng | Xã hội hóa |",
    )
    .replace(
        "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.",
        "Tổng kinh phí dự kiến: 52,3 tỷ đồng, trong đó ngân sách tỉnh 44.300 trđ, xã hội hóa 8 tỷ đồng.\nBằng chữ: Năm mươi hai tỷ, ba trăm triệu đồng./.",
    );
    let report = check(&text);
    assert_eq!(findings(&report), NONE);
    let b = report.budget.unwrap();
    assert_eq!(b.unit, "tỷ đồng");
    assert_eq!(b.items_total.unwrap().text, "52,3 tỷ đồng");
}

#[test]
fn rounded_figures_match_within_half_their_last_unit() {
    // 52 tỷ declared, items 30.000 + 14.300 + 8.000 = 52.300 triệu: 300 triệu off, within 0,5 tỷ
    let text = fixture("tinh-day-du.txt").replace(
        "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.",
        "Tổng kinh phí dự kiến khoảng 52 tỷ đồng, trong đó ngân sách tỉnh 44 tỷ đồng, xã hội hóa 8 tỷ đồng.",
    );
    assert_eq!(findings(&check(&text)), NONE);
    // 51 tỷ is not 52,3 tỷ
    let text = text.replace("khoảng 52 tỷ đồng, trong đó ngân sách tỉnh 44 tỷ", "khoảng 51 tỷ đồng, trong đó ngân sách tỉnh 43 tỷ");
    let report = check(&text);
    assert_eq!(findings(&report), ["102:30 Error budget.total-mismatch [P2.V]"]);
    assert_eq!(figures(&report.findings[0]), (Some("52,3 tỷ đồng"), Some("51 tỷ đồng"), Some("-1,3 tỷ đồng")));
}

#[test]
fn groups_subtotals_sub_items_and_continued_rows_are_counted_once() {
    let text = with_list(
        "STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu, quy mô, nội dung\tThời gian\tKinh phí (triệu đồng)\tNguồn vốn\n\
         (1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\n\
         I\tNhiệm vụ sử dụng vốn đầu tư công\t\t\t\t\t30.000\t\n\
         1\tNâng cấp Trung tâm dữ liệu tỉnh\tSở TT&TT\tChuyển tiếp\tMở rộng lưu trữ\t2024\t30.000\tNgân sách tỉnh\n\
         II\tNhiệm vụ chi thường xuyên và xã hội hóa\t\t\t\t\t22.300\t\n\
         2\tNền tảng IOC giai đoạn 2\tSở TT&TT\tMới\tĐiều hành thông minh\t2024\t14.300\tNgân sách tỉnh\n\
         \t(gồm phần mềm và dịch vụ thuê ngoài)\t\t\t\t\t\t\n\
         3\tPhủ sóng 4G vùng lõm\t\t\t\t\t8.000\t\n\
         3.1\tTrạm BTS huyện Mường Xa\tViettel Sông Lam\tMới\t20 thôn\t2024\t5.000\tXã hội hóa\n\
         3.2\tTrạm BTS huyện Nậm Dông\tVNPT Sông Lam\tMới\t17 thôn\t2024\t3.000\tXã hội hóa\n\
         \tTổng cộng\t\t\t\t\t52.300\t",
    );
    let report = check(&text);
    assert_eq!(findings(&report), NONE);
    let b = report.budget.unwrap();
    let names: Vec<_> = b.items.iter().map(|i| (i.stt.as_str(), i.name.as_str())).collect();
    assert_eq!(
        names,
        [
            ("1", "Nâng cấp Trung tâm dữ liệu tỉnh"),
            ("2", "Nền tảng IOC giai đoạn 2 (gồm phần mềm và dịch vụ thuê ngoài)"),
            ("3.1", "Trạm BTS huyện Mường Xa"),
            ("3.2", "Trạm BTS huyện Nậm Dông"),
        ]
    );
    // the table's own total row is checked against its rows
    let wrong = text.replace("\tTổng cộng\t\t\t\t\t52.300\t", "\tTổng cộng\t\t\t\t\t53.300\t");
    let report = check(&wrong);
    assert_eq!(findings(&report), ["134:16 Error budget.total-mismatch [P2.VII]"]);
}

#[test]
fn a_list_without_required_columns() {
    let text = with_list("| STT | Tên nhiệm vụ, dự án | Kinh phí (triệu đồng) | Nguồn vốn |\n| 1 | Trung tâm dữ liệu | 30.000 | Ngân sách tỉnh |\n| 2 | IOC | 14.300 | Ngân sách tỉnh |\n| 3 | 4G | 8.000 | Xã hội hóa |");
    let report = check(&text);
    let got = findings(&report);
    assert_eq!(
        got,
        [
            "124:1 Warning budget.project-field-missing [P2.VII]",
            "124:1 Warning budget.project-field-missing [P2.VII]",
            "124:1 Warning budget.project-field-missing [P2.VII]",
            "124:1 Info budget.project-field-missing [P2.VII]",
        ]
    );
    let messages: Vec<_> = report.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(messages.contains(&"Bảng danh mục nhiệm vụ, dự án không có cột «đơn vị chủ trì»."));
    assert!(messages.contains(&"Bảng danh mục nhiệm vụ, dự án không có cột «thời gian triển khai»."));
}

#[test]
fn a_list_in_the_section_itself_without_units() {
    let base = fixture("tinh-day-du.txt");
    let text = base.replace(
        "VII. DANH MỤC NHIỆM VỤ, DỰ ÁN\nChi tiết tại Phụ lục III kèm theo.",
        "VII. DANH MỤC NHIỆM VỤ, DỰ ÁN\nSTT\tTên nhiệm vụ\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu, quy mô, nội dung\tThời gian\tKinh phí\tNguồn vốn\n1\tTrung tâm dữ liệu\tSở TT&TT\tChuyển tiếp\tLưu trữ\t2024\t30.000\tNgân sách tỉnh",
    );
    let report = check(&without_list(&text));
    assert_eq!(findings(&report), ["109:55 Warning budget.unit-missing [P2.VII]"]);
}

/// The labelled project tables of `tests/fixtures/tables/project-tables.txt` (its header says
/// the format), each put in place of the project list of a complete plan: items, their sum and
/// their fields read as labelled, and no budget finding but the template's missing columns.
#[test]
fn project_table_corpus() {
    let corpus = fixture("tables/project-tables.txt");
    let base = fixture("tinh-day-du.txt");
    let lines: Vec<&str> = base.lines().collect();
    let head = lines.iter().position(|l| l.starts_with("DANH MỤC NHIỆM VỤ, DỰ ÁN CHUYỂN ĐỔI SỐ")).unwrap() + 1;
    let end = head + lines[head..].iter().position(|l| l.is_empty()).unwrap();
    let mut blocks: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in corpus.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            blocks.push((name, Vec::new()));
        } else if !line.starts_with('#') && !line.trim().is_empty() {
            blocks.last_mut().unwrap().1.push(line);
        }
    }
    let (mut read_ok, mut misread): (usize, Vec<String>) = (0, Vec::new());
    for (name, table) in &blocks {
        let (title, label) = name.split_once(" ⇒ ").unwrap();
        let get = |k: &str| label.split_whitespace().find_map(|p| p.strip_prefix(k)).unwrap_or("");
        let items: usize = get("items=").parse().unwrap();
        let sum: f64 = get("sum=").parse::<f64>().unwrap() * 1e6;
        let fields: Vec<&str> = get("fields=").split(',').collect();
        let mut doc: Vec<&str> = lines[..head].to_vec();
        doc.extend(table);
        doc.extend(&lines[end..]);
        let report = check(&doc.join("\n"));
        let b = report.budget.as_ref().unwrap();
        let mut wrong = Vec::new();
        if b.items.len() != items {
            wrong.push(format!("{} items", b.items.len()));
        }
        if b.items_total.as_ref().map(|m| m.dong) != Some(sum) {
            wrong.push(format!("sum {:?}", b.items_total.as_ref().map(|m| &m.text)));
        }
        for i in &b.items {
            let has = |f: &str| match f {
                "owner" => i.owner.is_some(),
                "kind" => i.kind.is_some(),
                "time" => i.time.is_some(),
                "source" => i.source.is_some(),
                _ => true,
            };
            if let Some(f) = fields.iter().find(|f| !has(f)) {
                wrong.push(format!("line {}: no {f}", i.line));
            }
        }
        // the template's columns a layout leaves out are reported on the header, nothing else
        let absent = ["owner", "kind", "time"].iter().filter(|f| !fields.contains(f)).count();
        let budget: Vec<_> =
            report.findings.iter().filter(|f| f.rule.starts_with("budget.") && f.severity != dxcheck::Severity::Info).collect();
        let column_findings =
            budget.iter().filter(|f| f.rule == "budget.project-field-missing" && f.message.contains("không có cột")).count();
        if column_findings != absent || budget.len() != absent {
            wrong.push(format!("findings {:?}", budget.iter().map(|f| format!("{}:{} {}", f.line, f.rule, f.message)).collect::<Vec<_>>()));
        }
        if wrong.is_empty() {
            read_ok += 1;
        } else {
            misread.push(format!("{title}: {}", wrong.join("; ")));
        }
    }
    println!("project tables read as labelled: {read_ok}/{}", blocks.len());
    for m in &misread {
        println!("  misread: {m}");
    }
    assert!(blocks.len() >= 10);
    assert!(misread.is_empty(), "{misread:#?}");
}

#[test]
fn years_decisions_and_percentages_are_not_money() {
    let text = fixture("tinh-day-du.txt").replace(
        "Tổng kinh phí dự kiến: 52.300 triệu đồng,",
        "Căn cứ Quyết định số 1234 của UBND tỉnh, dự toán kinh phí năm 2024 giai đoạn 2024 - 2025 chiếm 1,5 % tổng chi; tổng kinh phí dự kiến: 52.300 triệu đồng,",
    );
    assert!(text.contains("dự toán kinh phí năm 2024"));
    assert_eq!(findings(&check(&text)), NONE);
}

#[test]
fn an_amount_without_unit_in_last_years_funds_is_reported_there() {
    let text = fixture("tinh-day-du.txt").replace(
        "tổng kinh phí bố trí cho chuyển đổi số là 68.450 triệu đồng,",
        "tổng kinh phí bố trí cho chuyển đổi số năm 2023 là 68.450, chiếm 0,9% tổng chi ngân sách;",
    );
    assert!(text.contains("năm 2023 là 68.450, chiếm"));
    let report = check(&text);
    assert_eq!(findings(&report), ["60:62 Warning budget.unit-missing [P1.II.11]"]);
    assert!(report.findings[0].message.contains("«68.450»"), "{}", report.findings[0].message);
}

/// The province draft of tests/fixtures/targets as Word stores it: its project list's header is
/// two rows of merged cells (`w:gridSpan` over `Số tiền (triệu đồng)` and `Nguồn vốn`, `w:vMerge`
/// down the other columns; `tables/make_merged_docx.py`).
#[test]
fn a_word_header_of_merged_cells_gives_each_column_its_role() {
    let bytes = std::fs::read(common::fixture_path("tables/tinh-kieu-b.docx")).unwrap();
    let report = dxcheck::check(dxcheck::Input::File(&bytes), &dxcheck::Options::default());
    assert_eq!(findings(&report), NONE);
    let b = report.budget.unwrap();
    assert_eq!(b.items.len(), 3);
    assert_eq!(b.items_total.unwrap().text, "52.300 triệu đồng");
    let sources: Vec<_> = b.items.iter().map(|i| i.source.as_deref().unwrap_or("")).collect();
    assert_eq!(sources, ["Ngân sách tỉnh", "Xã hội hóa", "Ngân sách tỉnh"]);
    // the same findings as the text it was made from
    assert_eq!(findings(&check(&fixture("targets/tinh-kieu-b.txt"))), NONE);
}

/// The total spelled out in the bracket right after its digits, without `Bằng chữ`, is
/// compared too; a breakdown by source in that bracket is not words of the amount.
#[test]
fn amount_spelled_out_in_brackets_after_its_digits() {
    let line = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.";
    let spelled = "Tổng kinh phí dự kiến: 52.300 triệu đồng (Năm mươi hai tỷ ba mươi triệu đồng), trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.";
    let report = check(&fixture("tinh-day-du.txt").replace(line, spelled));
    assert_eq!(findings(&report), ["102:43 Error budget.words-mismatch [P2.V]"]);
    assert_eq!(figures(&report.findings[0]), (Some("52.300 triệu đồng"), Some("52.030 triệu đồng"), Some("-270 triệu đồng")));
    let right = spelled.replace("ba mươi triệu", "ba trăm triệu");
    assert_eq!(findings(&check(&fixture("tinh-day-du.txt").replace(line, &right))), NONE);
    let breakdown = "Tổng kinh phí dự kiến: 52.300 triệu đồng (ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng).";
    assert_eq!(findings(&check(&fixture("tinh-day-du.txt").replace(line, breakdown))), NONE);
}

/// Funds of a national target programme (`Chương trình mục tiêu quốc gia`, `CTMTQG`) are a
/// source; programme funds merged into the budgets named beside them are not counted twice;
/// a part whose source is not recognised counts in the figures reported.
#[test]
fn national_target_programme_as_a_funding_source() {
    let line = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.";
    let base = fixture("tinh-day-du.txt");
    let programme = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, vốn CTMTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 8.000 triệu đồng.";
    let report = check(&base.replace(line, programme));
    assert_eq!(findings(&report), NONE);
    let sources: Vec<_> = report.budget.unwrap().by_source.iter().map(|s| (s.label.clone(), s.amount.text.clone())).collect();
    assert_eq!(
        sources,
        [
            ("ngân sách địa phương".into(), "44.300 triệu đồng".into()),
            ("chương trình mục tiêu quốc gia".to_string(), "8.000 triệu đồng".to_string())
        ]
    );
    let report = check(&base.replace(line, &programme.replace("44.300", "45.300")));
    assert_eq!(findings(&report), ["102:67 Error budget.source-sum-mismatch [P2.V]"]);
    assert_eq!(figures(&report.findings[0]), (Some("52.300 triệu đồng"), Some("53.300 triệu đồng"), Some("+1.000 triệu đồng")));
    let merged = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng; lồng ghép nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 3.000 triệu đồng.";
    assert_eq!(findings(&check(&base.replace(line, merged))), NONE);
    let fund = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, Quỹ phát triển khoa học và công nghệ 9.000 triệu đồng.";
    let report = check(&base.replace(line, fund));
    assert_eq!(findings(&report), ["102:67 Error budget.source-sum-mismatch [P2.V]"]);
    assert_eq!(figures(&report.findings[0]), (Some("52.300 triệu đồng"), Some("53.300 triệu đồng"), Some("+1.000 triệu đồng")));
    assert!(report.findings[0]
        .message
        .contains("ngân sách địa phương 44.300 triệu đồng + nguồn khác 9.000 triệu đồng = 53.300 triệu đồng"));
}

/// A source's total split by spending type after `trong đó` (`từ ngân sách trung ương, trong đó:
/// chi đầu tư phát triển 32.000; chi thường xuyên 12.000`): the parts are the spending types,
/// not the source named before them (the first part was shown as `ngân sách trung ương`).
#[test]
fn a_source_split_by_spending_type_names_the_types() {
    let line = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.";
    let split = "Tổng kinh phí dự kiến 52.300 triệu đồng từ ngân sách tỉnh, trong đó: chi đầu tư phát triển 40.300 triệu đồng; chi thường xuyên 12.000 triệu đồng.";
    let base = fixture("tinh-day-du.txt");
    assert!(base.contains(line));
    let report = check(&base.replace(line, split));
    assert_eq!(findings(&report), NONE);
    let sources: Vec<_> = report.budget.unwrap().by_source.iter().map(|s| (s.label.clone(), s.amount.text.clone())).collect();
    assert_eq!(
        sources,
        [
            ("vốn đầu tư công".to_string(), "40.300 triệu đồng".to_string()),
            ("chi thường xuyên".to_string(), "12.000 triệu đồng".to_string())
        ]
    );
}

/// The list's `Tổng cộng` split by source in rows of their own (`Trong đó:`, `- Ngân sách tỉnh
/// … 44.300`), in the layouts drafts use: below the total or above it, `-` or `+`, `Nguồn vốn …`,
/// `Trong đó:` on the first part's row, a source split again by spending type, the total split
/// two ways one after the other, the parts in one cell, one share named alone, the total and its
/// parts above the items: no row of them is an item (no missing field, no source missing, no
/// total off by their sum).
#[test]
fn a_totals_parts_by_source_in_rows_of_their_own_are_no_items() {
    let items = "STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu\tQuy mô\tNội dung\tThời gian\tKinh phí (triệu đồng)\tNguồn vốn\n\
        1\tNâng cấp Trung tâm dữ liệu tỉnh\tSở TT&TT\tChuyển tiếp\tHạ tầng dùng chung\tToàn tỉnh\tMáy chủ, lưu trữ\t2024\t30.000\tNgân sách tỉnh\n\
        2\tNền tảng IOC giai đoạn 2\tSở TT&TT\tMới\tĐiều hành thông minh\t11 huyện\tKết nối camera\t2024\t14.300\tNgân sách tỉnh\n\
        3\tPhủ sóng 4G vùng lõm\tDoanh nghiệp viễn thông\tMới\tXóa 37 thôn lõm sóng\t37 thôn\tTrạm BTS\t2024\t8.000\tXã hội hóa\n";
    let (header, rows) = items.split_once('\n').unwrap();
    let row = |name: &str, amount: &str| format!("\t{name}\t\t\t\t\t\t\t{amount}\t\n");
    let total = row("Tổng cộng", "52.300");
    let layouts = [
        format!("{items}{total}{}{}{}", row("Trong đó:", ""), row("- Ngân sách tỉnh", "44.300"), row("- Xã hội hóa", "8.000")),
        format!("{items}{total}{}{}", row("+ Nguồn vốn ngân sách tỉnh", "44.300"), row("+ Nguồn xã hội hóa", "8.000")),
        format!("{items}{}{}{total}", row("- NS tỉnh", "44.300"), row("- XHH", "8.000")),
        format!("{items}{total}{}{}", row("Trong đó: ngân sách tỉnh", "44.300"), row("xã hội hóa", "8.000")),
        format!(
            "{items}{total}{}{}{}{}",
            row("- Ngân sách tỉnh", "44.300"),
            row("+ Vốn đầu tư công", "30.000"),
            row("+ Chi thường xuyên", "14.300"),
            row("- Xã hội hóa", "8.000")
        ),
        format!(
            "{items}{total}{}{}{}{}",
            row("- Ngân sách tỉnh", "44.300"),
            row("- Xã hội hóa", "8.000"),
            row("- Vốn đầu tư công", "30.000"),
            row("- Chi thường xuyên", "22.300")
        ),
        format!("{items}{total}{}", row("Trong đó: ngân sách tỉnh 44.300 triệu đồng; xã hội hóa 8.000 triệu đồng", "")),
        format!("{items}{total}{}", row("Trong đó: ngân sách trung ương", "6.000")),
        format!("{header}\n{total}{}{}{rows}", row("- Ngân sách tỉnh", "44.300"), row("- Xã hội hóa", "8.000")),
    ];
    for list in &layouts {
        let report = check(&with_list(list));
        assert_eq!(findings(&report), NONE, "{list}");
        let b = report.budget.unwrap();
        assert_eq!(b.items.iter().map(|i| i.stt.as_str()).collect::<Vec<_>>(), ["1", "2", "3"], "{list}");
        assert_eq!(b.items[2].name, "Phủ sóng 4G vùng lõm", "{list}");
    }
}

/// Parts by source below the list's total that do not add up to it: reported on the first
/// part's amount, in VII., with the parts, their sum and the difference (Thanh Hóa's table).
#[test]
fn a_totals_parts_in_rows_that_do_not_add_up() {
    let items = "STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tThời gian\tKinh phí (triệu đồng)\tNguồn vốn\n\
        1\tNâng cấp Trung tâm dữ liệu tỉnh\tSở TT&TT\tChuyển tiếp\t2024\t30.000\tNgân sách tỉnh\n\
        2\tNền tảng IOC giai đoạn 2\tSở TT&TT\tMới\t2024\t14.300\tNgân sách tỉnh\n\
        3\tPhủ sóng 4G vùng lõm\tDoanh nghiệp viễn thông\tMới\t2024\t8.000\tXã hội hóa\n\
        \tTổng cộng\t\t\t\t52.300\t\n\
        \tTrong đó:\t\t\t\t\t\n\
        \t- Ngân sách tỉnh\t\t\t\t45.300\t\n\
        \t- Xã hội hóa\t\t\t\t8.000\t";
    let report = check(&with_list(items));
    let table_at = with_list(items).lines().position(|l| l.starts_with("STT\tTên nhiệm vụ")).unwrap() + 1;
    let part = format!("{}:22 Error budget.source-sum-mismatch [P2.VII]", table_at + 6);
    let info = format!("{table_at}:1 Info budget.project-field-missing [P2.VII]");
    assert_eq!(findings(&report), [info, part]);
    let f = report.findings.iter().find(|f| f.rule == "budget.source-sum-mismatch").unwrap();
    assert_eq!(figures(f), (Some("52.300 triệu đồng"), Some("53.300 triệu đồng"), Some("+1.000 triệu đồng")));
    assert_eq!(
        f.message,
        "Các nguồn kinh phí (ngân sách địa phương 45.300 triệu đồng + xã hội hóa 8.000 triệu đồng = 53.300 triệu đồng) khác tổng kinh phí 52.300 triệu đồng: chênh lệch +1.000 triệu đồng."
    );
    // right, the rows are no items either
    assert_eq!(
        findings(&check(&with_list(&items.replace("45.300", "44.300")))),
        [format!("{table_at}:1 Info budget.project-field-missing [P2.VII]")]
    );
}

/// `nhiệm vụ 4`, `dự án 2` under `(Đơn vị: triệu đồng)` name an item, they are no amount of the
/// source after them; a real amount after such a name (`dự án 2: xã hội hóa 8.000`) still reads.
#[test]
fn a_number_after_a_word_that_numbers_items_is_no_amount() {
    let said = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.";
    let base = fixture("tinh-day-du.txt");
    assert!(base.contains(said));
    let with = |lines: &str| base.replace(said, lines);
    let names = with(
        "(Đơn vị: triệu đồng)\nTổng kinh phí dự kiến 52.300, trong đó: ngân sách tỉnh 44.300; xã hội hóa 8.000.\nCác nhiệm vụ 1,2,3: ngân sách nhà nước; nhiệm vụ 4: xã hội hóa; các dự án 5, 6 và 7, nhiệm vụ số 8, gói thầu 9: ngân sách tỉnh.",
    );
    assert_eq!(findings(&check(&names)), NONE);
    let amount_after =
        with("(Đơn vị: triệu đồng)\nTổng kinh phí dự kiến 52.300, trong đó: ngân sách tỉnh 44.300; dự án 2: xã hội hóa 8.000.");
    assert_eq!(findings(&check(&amount_after)), NONE);
    // the amount after the name is read: a wrong one is reported
    let wrong = with("(Đơn vị: triệu đồng)\nTổng kinh phí dự kiến 52.300, trong đó: ngân sách tỉnh 44.300; dự án 2: xã hội hóa 9.000.");
    let report = check(&wrong);
    assert_eq!(findings(&report), ["103:56 Error budget.source-sum-mismatch [P2.V]"]);
    assert_eq!(report.findings[0].difference.as_deref(), Some("+1.000 triệu đồng"));
}

/// A list split in groups, each closed by its own sub-total (`Cộng I`, `Tổng II`, `Cộng` …),
/// with or without a grand total: the sub-totals add up the group above them, not the whole
/// list, and are not its total. A grand total that is off is still reported.
#[test]
fn a_groups_sub_total_is_not_the_lists_total() {
    let item = |n: &str, name: &str, amount: &str, source: &str| {
        format!("{n}\t{name}\tSở TT&TT\tMới\tHạ tầng dùng chung\tToàn tỉnh\tTriển khai\t2024\t{amount}\t{source}\n")
    };
    let row = |name: &str, amount: &str| format!("\t{name}\t\t\t\t\t\t\t{amount}\t\n");
    let header = "STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu\tQuy mô\tNội dung\tThời gian\tKinh phí (triệu đồng)\tNguồn vốn\n";
    let (one, two, three) = (
        item("1", "Nâng cấp Trung tâm dữ liệu tỉnh", "30.000", "Ngân sách tỉnh"),
        item("2", "Nền tảng IOC giai đoạn 2", "14.300", "Ngân sách tỉnh"),
        item("3", "Phủ sóng 4G vùng lõm", "8.000", "Xã hội hóa"),
    );
    for (first, second, grand) in [
        ("Cộng I", "Cộng II", Some("Tổng cộng (I+II)")),
        ("Cộng", "Cộng", Some("Tổng cộng")),
        ("Tổng I", "Tổng II", Some("Tổng cộng")),
        ("Cộng nhóm A", "Cộng nhóm B", None),
    ] {
        let list = |total: &str| {
            let grand = grand.map_or(String::new(), |g| row(g, total));
            format!("{header}{one}{two}{}{three}{}{grand}", row(first, "44.300"), row(second, "8.000"))
        };
        assert_eq!(findings(&check(&with_list(&list("52.300")))), NONE, "{first}");
        if grand.is_some() {
            let text = with_list(&list("53.300"));
            let (line, at) =
                text.lines().enumerate().find_map(|(i, l)| l.find("53.300").map(|c| (i + 1, l[..c].chars().count() + 1))).unwrap();
            let wrong = check(&text);
            assert_eq!(findings(&wrong), [format!("{line}:{at} Error budget.total-mismatch [P2.VII]")], "{first}");
            assert_eq!(figures(&wrong.findings[0]), (Some("52.300 triệu đồng"), Some("53.300 triệu đồng"), Some("+1.000 triệu đồng")));
        }
    }
}

/// `Nội dung nhiệm vụ` heads the items' names in many lists (no `Tên …` column): the `Tổng
/// cộng` row under it is the total, no item without owner, kind, time or source.
#[test]
fn a_list_whose_names_are_headed_noi_dung_nhiem_vu() {
    let list = "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu\tQuy mô\tNội dung chính\tThời gian\tKinh phí (triệu đồng)\tNguồn vốn\n\
        1\tNâng cấp Trung tâm dữ liệu tỉnh\tSở TT&TT\tChuyển tiếp\tHạ tầng dùng chung\tToàn tỉnh\tMáy chủ, lưu trữ\t2024\t30.000\tNgân sách tỉnh\n\
        2\tNền tảng IOC giai đoạn 2\tSở TT&TT\tMới\tĐiều hành thông minh\t11 huyện\tKết nối camera\t2024\t14.300\tNgân sách tỉnh\n\
        3\tPhủ sóng 4G vùng lõm\tDoanh nghiệp viễn thông\tMới\tXóa 37 thôn lõm sóng\t37 thôn\tTrạm BTS\t2024\t8.000\tXã hội hóa\n\
        \tTổng cộng\t\t\t\t\t\t\t52.300\t";
    let report = check(&with_list(list));
    assert_eq!(findings(&report), NONE);
    let b = report.budget.unwrap();
    assert_eq!(
        b.items.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(),
        ["Nâng cấp Trung tâm dữ liệu tỉnh", "Nền tảng IOC giai đoạn 2", "Phủ sóng 4G vùng lõm"]
    );
    assert_eq!(b.items_total.unwrap().text, "52.300 triệu đồng");
}

/// One source named alone beside the total (`trong đó ngân sách trung ương hỗ trợ …`, the others
/// given as shares) is a share, no split of the total; two parts that do not add up still are.
/// A document's number after its name (`Nghị quyết 57`) is no amount without a unit.
#[test]
fn one_source_named_alone_and_a_resolutions_number_in_section_v() {
    let said = "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.";
    let base = fixture("tinh-day-du.txt");
    assert!(base.contains(said));
    for alone in [
        "Tổng kinh phí dự kiến 52.300 triệu đồng, trong đó ngân sách trung ương hỗ trợ 8.000 triệu đồng.",
        "Tổng kinh phí dự kiến 52.300 triệu đồng; trong đó ngân sách tỉnh chiếm khoảng 85%, còn lại là nguồn xã hội hóa (8.000 triệu đồng).",
        "Tổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.\nBố trí tối thiểu 3% tổng chi ngân sách hằng năm cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Nghị quyết 57.",
        "Tổng kinh phí dự kiến 52.300 triệu đồng, bằng 1,5% tổng chi ngân sách tỉnh (theo Nghị quyết 57 và Quyết định 749), trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.",
    ] {
        assert_eq!(findings(&check(&base.replace(said, alone))), NONE, "{alone}");
    }
    let two = base.replace(said, "Tổng kinh phí dự kiến 52.300 triệu đồng, trong đó ngân sách tỉnh 43.300 triệu đồng, còn lại 8.000 triệu đồng từ nguồn hợp pháp khác.");
    assert_eq!(findings(&check(&two)), ["102:66 Error budget.source-sum-mismatch [P2.V]"]);
}

/// Sub-items (`1.1`, `1.2`) under a project whose row gives its owner, kind, time and source,
/// their own cells left blank: they have the project's (no field missing), and are counted once.
#[test]
fn sub_items_have_their_projects_owner_kind_time_and_source() {
    let list = "STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu\tQuy mô\tNội dung\tThời gian\tKinh phí (triệu đồng)\tNguồn vốn\n\
        1\tNâng cấp Trung tâm dữ liệu tỉnh\tSở TT&TT\tChuyển tiếp\tHạ tầng dùng chung\tToàn tỉnh\tMáy chủ, lưu trữ\t2024\t30.000\tNgân sách tỉnh\n\
        1.1\tMáy chủ, lưu trữ\t\t\t\t\t\t\t18.000\t\n\
        1.2\tPhần mềm ảo hóa\t\t\t\t\t\t\t12.000\t\n\
        2\tNền tảng IOC giai đoạn 2\tSở TT&TT\tMới\tĐiều hành thông minh\t11 huyện\tKết nối camera\t2024\t14.300\tNgân sách tỉnh\n\
        3\tPhủ sóng 4G vùng lõm\tDoanh nghiệp viễn thông\tMới\tXóa 37 thôn lõm sóng\t37 thôn\tTrạm BTS\t2024\t8.000\tXã hội hóa\n\
        \tTổng cộng\t\t\t\t\t\t\t52.300\t";
    let report = check(&with_list(list));
    assert_eq!(findings(&report), NONE);
    let b = report.budget.unwrap();
    assert_eq!(b.items.iter().map(|i| i.stt.as_str()).collect::<Vec<_>>(), ["1.1", "1.2", "2", "3"]);
    assert_eq!(b.items[1].owner.as_deref(), Some("Sở TT&TT"));
    // a sub-item of no project named before it has nothing to take
    let orphan = list.replace("1.2\tPhần mềm", "4.2\tPhần mềm");
    let orphan = check(&with_list(&orphan));
    assert!(orphan.findings.iter().any(|f| f.rule == "budget.source-missing"), "{:?}", findings(&orphan));
}

/// Probe 20: the signature block pasted from Word's two-column table, after the list and a
/// blank line, is no item of it.
#[test]
fn a_signature_block_pasted_as_a_table_ends_the_list() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let (at, _) = base.split_once("Nơi nhận:").unwrap();
    for block in [
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ (b/c);\tKT. CHỦ TỊCH\n- Lưu: VT, KGVX.\tPHÓ CHỦ TỊCH\n",
        "| Nơi nhận: | KT. CHỦ TỊCH |\n| - Bộ Khoa học và Công nghệ; | PHÓ CHỦ TỊCH |\n",
    ] {
        let report = check(&format!("{at}{block}"));
        let loud: Vec<String> = findings(&report).into_iter().filter(|f| !f.contains(" Info ")).collect();
        assert_eq!(loud, NONE, "{block}");
    }
}

/// Probe 21 (P8): a list pasted from Word as text, its cells with line breaks in them: a row
/// goes on over the lines a cell breaks (the line below carries on with that cell, then the
/// row's other cells), lines without a tab inside a cell stay in it, and the rows below are read.
#[test]
fn a_word_tables_cells_broken_over_lines_stay_in_their_row() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let broken = base
        .replace(
            "Toàn tỉnh\tChuyển đổi dữ liệu, hợp nhất\t2026-2027",
            "Toàn tỉnh\t- Chuyển đổi dữ liệu;\n- Hợp nhất giao diện\t2026-2027",
        )
        .replace("Cấp tỉnh, cấp xã\tNâng cấp, mở rộng\t2026-2027\t12.000\tNgân sách tỉnh", "Cấp tỉnh, cấp xã\t- Nâng cấp;\n- Mở rộng đến cấp xã;\n- Đào tạo người dùng\t2026-2027\t12.000\tNgân sách tỉnh:\n12.000 triệu đồng\n(vốn sự nghiệp)")
        .replace("\t6.000\tXã hội hóa\n", "\t6.000\tXã hội hóa:\nvốn doanh nghiệp\n");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    assert_eq!(loud(&broken), NONE);
    let b = check(&broken).budget.unwrap();
    let rows: Vec<_> = b.items.iter().map(|i| (i.line, i.source.clone().unwrap_or_default())).collect();
    assert_eq!(rows.len(), 4, "{rows:?}");
    // the total compared with all four items: one figure off is found, on its line
    let wrong = broken.replace("\t45.000\t", "\t46.000\t");
    assert_eq!(loud(&wrong), ["117:18 Error budget.total-mismatch [P2.VII]"]);
    // an amount on a row's second line is shown there (the column's example: «17.000»)
    let unitless = broken.replace("Kinh phí (triệu đồng)\tNguồn vốn", "Kinh phí\tNguồn vốn");
    assert_eq!(loud(&unitless), ["108:32 Warning budget.unit-missing [P2.VII]"]);
}

/// Probe 21: a group's sub-total that does not add up the group's items is reported on its row,
/// naming the row and the group, with the group's sum; the list's total is not reported again
/// for it (right, or adding up the sub-totals as written).
#[test]
fn a_wrong_group_sub_total_is_reported_as_the_groups() {
    let item = |n: &str, name: &str, amount: &str, source: &str| {
        format!("{n}\t{name}\tSở TT&TT\tMới\tHạ tầng dùng chung\tToàn tỉnh\tTriển khai\t2024\t{amount}\t{source}\n")
    };
    let row = |name: &str, amount: &str| format!("\t{name}\t\t\t\t\t\t\t{amount}\t\n");
    let header = "STT\tTên nhiệm vụ, dự án\tĐơn vị chủ trì\tMới/Chuyển tiếp\tMục tiêu\tQuy mô\tNội dung\tThời gian\tKinh phí (triệu đồng)\tNguồn vốn\n";
    let list = |groups: bool, sub: &str, grand: &str| {
        let group = |n: &str, name: &str| if groups { format!("{n}\t{name}\t\t\t\t\t\t\t\t\n") } else { String::new() };
        format!(
            "{header}{}{}{}{}{}{}{}{}",
            group("I", "Nhiệm vụ chuyển tiếp"),
            item("1", "Nâng cấp Trung tâm dữ liệu tỉnh", "30.000", "Ngân sách tỉnh"),
            item("2", "Nền tảng IOC giai đoạn 2", "14.300", "Ngân sách tỉnh"),
            row("Cộng I", sub),
            group("II", "Nhiệm vụ mới"),
            item("3", "Phủ sóng 4G vùng lõm", "8.000", "Xã hội hóa"),
            row("Cộng II", "8.000"),
            row("Tổng cộng", grand)
        )
    };
    for (groups, grand) in [(true, "52.300"), (true, "51.300"), (false, "52.300"), (false, "51.300")] {
        let text = with_list(&list(groups, "43.300", grand));
        let report = check(&text);
        let line = text.lines().position(|l| l.starts_with("\tCộng I\t")).unwrap() + 1;
        assert_eq!(findings(&report), [format!("{line}:15 Error budget.total-mismatch [P2.VII]")], "{groups} {grand}");
        let f = &report.findings[0];
        assert_eq!(figures(f), (Some("44.300 triệu đồng"), Some("43.300 triệu đồng"), Some("-1.000 triệu đồng")));
        let group = if groups { "«I. Nhiệm vụ chuyển tiếp»" } else { "«I»" };
        assert!(f.message.contains("«Cộng I»") && f.message.contains(group), "{}", f.message);
    }
    // a list's total off by more than its sub-total is still reported
    let text = with_list(&list(true, "43.300", "50.300"));
    assert_eq!(findings(&check(&text)).len(), 2);
}

/// Probe 21: the list's header with a cell broken over two lines (`Kinh phí` / `(triệu đồng)`)
/// is one header row: its columns are named, no item «Nguồn vốn».
#[test]
fn a_header_cell_broken_over_two_lines_is_one_header() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let broken = base.replace("Kinh phí (triệu đồng)\tNguồn vốn\n", "Kinh phí\n(triệu đồng)\tNguồn vốn\n");
    assert_ne!(broken, base);
    assert_eq!(loud(&broken), NONE);
    assert_eq!(check(&broken).budget.unwrap().items.len(), 4);
}

/// Probe 22 (F): amounts copied from an Excel set to English (`17,000`, `45,000`) were read as 17
/// and 45 triệu (`,` the decimal mark): the list's total then differed from V's. A column (or
/// V's list) of amounts written so, none with a decimal comma (`2,5`, `1.250,5`), groups
/// thousands with its commas, below the tỷ.
#[test]
fn amounts_copied_from_an_english_excel_group_thousands_by_commas() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let english = |text: &str| {
        ["17", "10", "12", "6", "45"].iter().fold(text.to_string(), |t, n| t.replace(&format!("\t{n}.000\t"), &format!("\t{n},000\t")))
    };
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let amounts = |text: &str| {
        let b = check(text).budget.unwrap();
        b.items.iter().map(|i| i.amount.as_ref().map_or(String::new(), |m| m.text.clone())).collect::<Vec<_>>()
    };
    let table = english(&base);
    assert_eq!(loud(&table), NONE);
    assert_eq!(amounts(&table), ["17.000 triệu đồng", "10.000 triệu đồng", "12.000 triệu đồng", "6.000 triệu đồng"]);
    // V's list written so too
    let both = table.replace(
        "45.000 triệu đồng, trong đó: ngân sách trung ương 10.000 triệu đồng; ngân sách tỉnh 29.000 triệu đồng; xã hội hóa 6.000",
        "45,000 triệu đồng, trong đó: ngân sách trung ương 10,000 triệu đồng; ngân sách tỉnh 29,000 triệu đồng; xã hội hóa 6,000",
    );
    assert_eq!(loud(&both), NONE);
    // an English decimal point beside them (`17,000.5`) says the same
    let pointed = table.replace("\t17,000\t", "\t17,000.5\t").replace("\t45,000\t", "\t45,000.5\t");
    assert_eq!(loud(&pointed), NONE);
    // a decimal comma in the column (`2,5`): its commas are decimals, the total off by 1.000×
    let decimal = table.replace("\t6,000\t", "\t5,5\t").replace("\t45,000\t", "\t44,5\t");
    assert_eq!(loud(&decimal), ["102:23 Error budget.total-mismatch [P2.V]"]);
    // in tỷ đồng a comma's three digits are decimals (`17,000 tỷ` is 17 tỷ)
    let ty = table.replace("Kinh phí (triệu đồng)", "Kinh phí (tỷ đồng)");
    assert_eq!(loud(&ty), NONE);
    assert_eq!(check(&ty).budget.unwrap().items[0].amount.as_ref().map(|m| m.dong), Some(17e9));
}

/// Probe 22 (G): an empty paragraph in a Word table's cell (`Chuyển đổi dữ liệu;` / blank /
/// `Hợp nhất giao diện⇥2026-2027⇥…`) split the row: its item lost its time, cost and source, the
/// line after the blank read as an item «2026-2027», the total off. The line after one blank
/// line goes on with a row left short when it completes it exactly; a double-spaced paste's
/// blank lines still part rows each whole.
#[test]
fn an_empty_paragraph_in_a_word_tables_cell_keeps_its_row() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let items = |text: &str| {
        let b = check(text).budget.unwrap();
        b.items.iter().map(|i| (i.line, i.amount.as_ref().map_or(String::new(), |m| m.text.clone()))).collect::<Vec<_>>()
    };
    let cell = "Toàn tỉnh\tChuyển đổi dữ liệu, hợp nhất\t2026-2027";
    let blank = base.replace(cell, "Toàn tỉnh\tChuyển đổi dữ liệu;\n\nHợp nhất giao diện\t2026-2027");
    assert_eq!(loud(&blank), NONE);
    assert_eq!(items(&blank)[0], (107, "17.000 triệu đồng".to_string()));
    assert_eq!(items(&blank).len(), 4);
    // the cell's paragraphs without a tab after the blank one
    let lines = base.replace(cell, "Toàn tỉnh\t- Chuyển đổi dữ liệu;\n\n- Làm sạch dữ liệu;\n- Hợp nhất giao diện\t2026-2027");
    assert_eq!(loud(&lines), NONE);
    // the amount on the row's third line is shown there
    let unitless = blank.replace("Kinh phí (triệu đồng)\tNguồn vốn", "Kinh phí\tNguồn vốn");
    assert_eq!(loud(&unitless), ["109:30 Warning budget.unit-missing [P2.VII]"]);
    // a double-spaced paste: every row whole, a blank line after each
    let mut spaced = String::new();
    for line in base.lines() {
        spaced.push_str(line);
        spaced.push('\n');
        if line.contains('\t') && !line.starts_with("STT\tChỉ tiêu") && line.contains("\t2026-2027\t") | line.contains("\t2027\t") {
            spaced.push('\n');
        }
    }
    assert_eq!(loud(&spaced), NONE);
    assert_eq!(items(&spaced).len(), 4);
    // a row left short, a blank line, a row numbered: two rows (the first's fields missing)
    let short =
        base.replace("Toàn tỉnh\tChuyển đổi dữ liệu, hợp nhất\t2026-2027\t17.000\tNgân sách tỉnh\n", "Toàn tỉnh\tChuyển đổi dữ liệu\n\n");
    assert_eq!(items(&short).len(), 4);
    assert_eq!(loud(&short).len(), 5, "{:?}", loud(&short));
}

/// Probe 25 (1b): edits left in a table's cells (`~~15.000~~ 17.000`, `86 (sửa thành: 87)`, a
/// row struck whole) were read as the row's figures: a struck old cost made two mismatches, a
/// target's value cell no figure. A row's struck text and what a correction replaces read as
/// blanks, its tabs kept; a row struck whole is a row of empty cells (no item).
#[test]
fn struck_cells_and_corrections_in_a_table_are_not_read() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let cost = base.replace("2026-2027\t17.000\tNgân sách tỉnh", "2026-2027\t~~15.000~~ 17.000\tNgân sách tỉnh");
    let total = base.replace("\t45.000\t", "\t~~43.000~~ 45.000\t");
    let target = base.replace("%\t85\t81\t86", "%\t85\t81\t~~84~~ 86");
    let corrected = base.replace("%\t85\t81\t86", "%\t85\t81\t84 (sửa thành: 86)");
    let row = base.replace(
        "\tXã hội hóa\n\tTổng cộng",
        "\tXã hội hóa\n~~5\tCổng du lịch cũ\tSở Du lịch\tMới\tx\tx\tx\t2027\t3.000\tNgân sách tỉnh~~\n\tTổng cộng",
    );
    for (name, text) in [("cost", &cost), ("total", &total), ("target", &target), ("corrected", &corrected), ("row", &row)] {
        assert_ne!(*text, base, "{name}");
        assert_eq!(loud(text), NONE, "{name}");
    }
    let b = check(&row).budget.unwrap();
    assert_eq!(b.items.len(), 4);
    assert_eq!(check(&corrected).targets.iter().find(|t| t.text.contains("thanh toán")).map(|t| t.figures.len()), Some(1));
}

/// Probe 25 (2; probe 22's LEFT): an English-style amount with its words (`45,000 triệu đồng
/// (Bằng chữ: Bốn mươi lăm tỷ đồng)`) was read per figure, 45 triệu: a false words-mismatch. The
/// words say how the comma groups; words that differ still do (naming 45.000 triệu).
#[test]
fn an_english_style_amount_agrees_with_its_words() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let english =
        ["17", "10", "12", "6", "45"].iter().fold(base.clone(), |t, n| t.replace(&format!("\t{n}.000\t"), &format!("\t{n},000\t")));
    let said = |text: &str, words: &str| text.replace("dự kiến 45.000 triệu đồng,", &format!("dự kiến 45,000 triệu đồng ({words}),"));
    for text in [&english, &base] {
        assert_eq!(loud(&said(text, "Bằng chữ: Bốn mươi lăm tỷ đồng")), NONE);
        assert_eq!(loud(&said(text, "Bốn mươi lăm tỷ đồng")), NONE);
    }
    let wrong = said(&english, "Bằng chữ: Bốn mươi tư tỷ đồng");
    assert_eq!(loud(&wrong), ["102:42 Error budget.words-mismatch [P2.V]"]);
    let f = check(&wrong).findings.into_iter().find(|f| f.rule == "budget.words-mismatch").unwrap();
    assert!(f.message.contains("(45.000 triệu đồng)"), "{}", f.message);
}
