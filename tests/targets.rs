//! Targets: extraction, quantification, the national trajectory. Exact findings per fixture,
//! and the indicator matcher's precision and recall on paraphrased and look-alike targets.

mod common;

use common::{check, findings, fixture};
use dxcheck::{Level, Options};

const NONE: [&str; 0] = [];

#[test]
fn complete_plans_have_no_target_finding_and_cover_the_core_indicators() {
    for name in ["tinh-day-du.txt", "bo-day-du.txt", "muc-tieu-chung.txt"] {
        let report = check(&fixture(name));
        assert_eq!(findings(&report), NONE, "{name}");
    }
    let report = check(&fixture("tinh-day-du.txt"));
    // 4 statements in II. Mục tiêu, 12 rows of the target table in Phụ lục IV
    assert_eq!(report.targets.len(), 16);
    assert!(report.targets.iter().all(|t| t.quantified));
    let mut ids: Vec<&str> = report.targets.iter().flat_map(|t| t.indicators.iter().map(|i| i.id.as_str())).collect();
    ids.sort();
    assert_eq!(
        ids,
        ["1.4", "1.5", "1.6", "1.7.1", "1.8", "1.9", "3.10", "3.2", "3.4", "3.5.1", "3.5.2", "3.5.3", "4.1", "4.16", "4.18", "4.19"]
    );
    let t = report.targets.iter().find(|t| t.text.starts_with("Tỷ lệ hồ sơ thủ tục")).unwrap();
    assert_eq!((t.indicators[0].national.as_deref(), t.indicators[0].year), (Some("60%"), Some(2024)));
}

#[test]
fn planted_target_defects_each_reported_on_their_line() {
    let report = check(&fixture("muc-tieu.txt"));
    assert_eq!(
        findings(&report),
        [
            "72:3 Warning target.unquantified [P2.II]",
            "73:71 Error target.out-of-range [P2.II]",
            "74:72 Warning target.deadline-outside-plan-year [P2.II]",
            "75:3 Warning target.below-national [P2.II]",
            "75:93 Error target.out-of-range [P2.II]",
        ]
    );
    let f = |rule: &str| report.findings.iter().find(|f| f.rule == rule).unwrap();
    let below = f("target.below-national");
    assert_eq!(
        (below.expected.as_deref(), below.actual.as_deref(), below.difference.as_deref()),
        (Some("100%"), Some("80%"), Some("-20 điểm %"))
    );
    assert!(below.message.contains("«Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ» (100%, QĐ 942)"), "{}", below.message);
    let late = f("target.deadline-outside-plan-year");
    assert_eq!((late.expected.as_deref(), late.actual.as_deref()), (Some("năm 2024"), Some("2023")));
    assert_eq!(f("target.out-of-range").actual.as_deref(), Some("120%"));
}

#[test]
fn no_measurable_target_at_all() {
    let report = check(&fixture("khong-muc-tieu.txt"));
    assert_eq!(
        findings(&report),
        [
            "70:1 Error target.missing [P2.II]",
            "70:1 Info target.national-coverage [P2.II]",
            "71:1 Warning target.unquantified [P2.II]",
            "71:74 Warning target.unquantified [P2.II]",
        ]
    );
    assert!(report.findings[1].message.starts_with("Kế hoạch đặt mục tiêu cho 0/16 chỉ tiêu quốc gia chủ yếu; chưa có: 1.4 "));
}

#[test]
fn a_later_plan_is_compared_with_the_last_year_given() {
    let text = fixture("muc-tieu.txt").replace("NĂM 2024", "NĂM 2026").replace("năm 2024", "năm 2026").replace("/2024", "/2026");
    let report = check(&text);
    assert_eq!(report.plan_year, 2026);
    let below = report.findings.iter().find(|f| f.rule == "target.below-national").unwrap();
    assert!(below.message.contains("chỉ tiêu quốc gia năm 2025 (bảng chỉ tiêu quốc gia chỉ có đến năm 2025)"), "{}", below.message);
}

#[test]
fn ministry_targets_apply_to_ministry_plans_only() {
    let text = fixture("bo-day-du.txt").replace(
        "- 100% hệ thống thông tin được phê duyệt cấp độ an toàn trước 30/6/2024.",
        "- 90% hệ thống thông tin được phê duyệt cấp độ an toàn trước 30/6/2024.",
    );
    let report = check(&text);
    let below: Vec<_> = report.findings.iter().filter(|f| f.rule == "target.below-national").collect();
    assert_eq!(below.len(), 1);
    assert!(below[0].message.contains("phê duyệt hồ sơ đề xuất cấp độ"), "{}", below[0].message);
    let as_province = dxcheck::check(dxcheck::Input::Text(&text), &Options { level: Some(Level::Tinh), ..Options::default() });
    assert!(as_province.findings.iter().all(|f| f.rule != "target.below-national"));
}

/// The labelled corpus `tests/fixtures/targets/statements.txt` (its header says the format):
/// each block becomes the `II. Mục tiêu` of a complete plan, which is checked whole; the
/// targets read on each line are compared with its label.
#[derive(Default, Debug)]
struct CorpusScore {
    statements: usize,
    structure_ok: usize,
    structure_total: usize,
    figures_ok: usize,
    figures_total: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    paired_ok: usize,
    paired_total: usize,
    misses: Vec<String>,
}

fn value_of(q: &dxcheck::internals::quantity::Quantity) -> String {
    use dxcheck::internals::quantity::{format_decimal, Quantity};
    match q {
        Quantity::Percent { value, .. } | Quantity::Count { value, .. } => format_decimal(*value),
        Quantity::PercentRange { low, .. } => format_decimal(*low),
        Quantity::Rank { value } => format!("top{value}"),
    }
}

/// Indicators split by level: their figure must be bound to the right level.
fn level_split(id: &str) -> bool {
    id.starts_with("3.5.")
}

fn score_corpus() -> CorpusScore {
    let corpus = fixture("targets/statements.txt");
    let mut score = CorpusScore::default();
    let mut blocks: Vec<(String, Vec<&str>)> = Vec::new();
    for line in corpus.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            blocks.push((name.to_string(), Vec::new()));
        } else if !line.starts_with('#') && !line.trim().is_empty() {
            if let Some(b) = blocks.last_mut() {
                b.1.push(line);
            }
        }
    }
    for (name, lines) in &blocks {
        let bo = name.ends_with("@bo");
        let base = fixture(if bo { "bo-day-du.txt" } else { "tinh-day-du.txt" });
        let base: Vec<&str> = base.lines().collect();
        let head = base.iter().position(|l| l.starts_with("II. MỤC TIÊU")).unwrap();
        let next = base.iter().position(|l| l.starts_with("III.")).unwrap();
        let mut doc: Vec<&str> = base[..=head].to_vec();
        let mut labels = Vec::new();
        for l in lines {
            let (text, label) = l.rsplit_once(" ⇒ ").unwrap_or_else(|| panic!("no label: {l}"));
            doc.push(text);
            labels.push((text, label.trim()));
        }
        doc.push("");
        doc.extend(&base[next..]);
        let report = dxcheck::check(
            dxcheck::Input::Text(&doc.join("\n")),
            &Options { level: Some(if bo { Level::Bo } else { Level::Tinh }), ..Options::default() },
        );
        for (k, (text, label)) in labels.iter().enumerate() {
            let line = head + 2 + k;
            let on_line: Vec<_> = report.targets.iter().filter(|t| t.line == line).collect();
            let mut miss = |what: String| score.misses.push(format!("[{name}] {text} ⇒ {label}: {what}"));
            if *label == "-" {
                score.structure_total += 1;
                if on_line.is_empty() {
                    score.structure_ok += 1;
                } else {
                    miss("read as a target".into());
                }
                continue;
            }
            score.statements += 1;
            score.structure_total += 1;
            if on_line.is_empty() {
                miss("no target read".into());
            } else {
                score.structure_ok += 1;
            }
            let mut values = Vec::new();
            let mut got: Vec<Vec<String>> = Vec::new();
            for t in &on_line {
                let base = got.len();
                values.extend(t.figures.iter().map(value_of));
                got.extend(t.figures.iter().map(|_| Vec::new()));
                for m in &t.indicators {
                    got[base + m.figure].push(m.id.clone());
                }
            }
            if *label == "unq" || *label == "date" {
                score.figures_total += 1;
                let quantified = on_line.iter().any(|t| t.quantified);
                if values.is_empty() && quantified == (*label == "date") {
                    score.figures_ok += 1;
                } else {
                    miss(format!("figures {values:?}, quantified {quantified}"));
                }
                continue;
            }
            let want: Vec<(String, Vec<String>)> = label
                .split_whitespace()
                .map(|p| {
                    let (v, ids) = p.split_once('=').unwrap_or_else(|| panic!("bad label {p}"));
                    (v.to_string(), ids.split(',').filter(|i| *i != "none").map(String::from).collect())
                })
                .collect();
            let want_values: Vec<&String> = want.iter().map(|(v, _)| v).collect();
            score.figures_total += 1;
            let aligned = values.iter().collect::<Vec<_>>() == want_values;
            if aligned {
                score.figures_ok += 1;
            } else {
                miss(format!("figures {values:?}"));
            }
            for (i, (_, ids)) in want.iter().enumerate() {
                let mut predicted = if aligned { got[i].clone() } else { Vec::new() };
                predicted.sort();
                predicted.dedup();
                let hit = predicted.iter().filter(|p| ids.contains(p)).count();
                score.tp += hit;
                score.fp += predicted.len() - hit;
                score.fn_ += ids.len() - hit;
                if predicted.len() != hit || ids.len() != hit {
                    miss(format!("figure {i}: indicators {predicted:?}"));
                }
                if ids.iter().any(|id| level_split(id)) {
                    score.paired_total += 1;
                    let mut want_ids = ids.clone();
                    want_ids.sort();
                    if predicted == want_ids {
                        score.paired_ok += 1;
                    }
                }
            }
            if !aligned {
                // predictions on a misread line still count against precision
                score.fp += got.iter().map(Vec::len).sum::<usize>();
            }
        }
    }
    score
}

#[test]
fn target_corpus_precision_recall_pairing() {
    let s = score_corpus();
    let precision = s.tp as f64 / (s.tp + s.fp).max(1) as f64;
    let recall = s.tp as f64 / (s.tp + s.fn_).max(1) as f64;
    let pairing = s.paired_ok as f64 / s.paired_total.max(1) as f64;
    let structure = s.structure_ok as f64 / s.structure_total.max(1) as f64;
    let figures = s.figures_ok as f64 / s.figures_total.max(1) as f64;
    println!(
        "target corpus: {} statements; indicator precision {precision:.3} recall {recall:.3} (tp {} fp {} fn {}); \
         level pairing {pairing:.3} ({}/{}); statements vs structure {structure:.3}; figures read {figures:.3}",
        s.statements, s.tp, s.fp, s.fn_, s.paired_ok, s.paired_total
    );
    for m in &s.misses {
        println!("  miss: {m}");
    }
    assert!(s.statements >= 200, "{} statements", s.statements);
    assert!(precision >= 0.99, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(pairing == 1.0, "pairing {pairing:.3}");
    assert!(structure == 1.0, "structure {structure:.3}");
    assert!(figures >= 0.99, "figures {figures:.3}");
}

/// Complete drafts written apart from the other fixtures, in other styles: a province's with a
/// lead-in, lettered sub-headings, levels written before their figures, a pointer to the target
/// appendix, a target table with a unit column and group rows, a project table with two header
/// rows and `Đơn vị tính: triệu đồng` over a sentence full of years; a ministry's with a
/// Markdown target table and a project table whose header is two `|` rows.
/// A third puts its targets in a table with one column per level followed by a paragraph of
/// `;`-separated targets, its funds by source in a table, and last year's funds in a table whose
/// `Được duyệt` / `Đã chi` stand under a merged `Kinh phí (triệu đồng)`.
const DRAFTS: [&str; 3] = ["targets/tinh-kieu-b.txt", "targets/bo-kieu-c.txt", "targets/tinh-kieu-d.txt"];

fn plant(name: &str, edits: &[(&str, &str)]) -> String {
    let mut text = fixture(name);
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replace(from, to);
    }
    text
}

#[test]
fn independent_clean_drafts_give_no_target_or_budget_finding() {
    for name in DRAFTS {
        let report = check(&fixture(name));
        // information notes (national coverage) are fine; no warning, no error
        let warnings: Vec<String> = findings(&report).into_iter().filter(|f| !f.contains(" Info ")).collect();
        assert_eq!(warnings, NONE, "{name}");
    }
    let report = check(&fixture("targets/tinh-kieu-b.txt"));
    let ids: Vec<String> = report.targets.iter().flat_map(|t| t.indicators.iter().map(|i| i.id.clone())).collect();
    assert!(["3.5.1", "3.5.2", "3.5.3", "4.7", "3.3", "1.8", "4.2"].iter().all(|id| ids.iter().any(|i| i == id)), "{ids:?}");
}

#[test]
fn planted_defects_in_independent_drafts_each_reported_on_their_line() {
    let report = check(&plant(
        "targets/tinh-kieu-b.txt",
        &[
            ("cấp huyện 100%, cấp xã 90%.", "cấp huyện 100%, cấp xã 80%."),
            ("- 100% bệnh viện công triển khai bệnh án điện tử", "- 50% bệnh viện công triển khai bệnh án điện tử"),
            (
                "- Tỷ trọng kinh tế số trong GRDP đạt 17,5%.",
                "- Tỷ trọng kinh tế số trong GRDP đạt 17,5%.\n- Nâng cao chất lượng dịch vụ công trực tuyến.",
            ),
            ("Năm mươi hai tỷ ba trăm triệu đồng", "Năm mươi hai tỷ ba mươi triệu đồng"),
            ("là 68.450 triệu đồng, trong đó", "là 68.450, trong đó"),
            ("2024\t8.000\tXã hội hóa", "2024\t9.000\tXã hội hóa"),
        ],
    ));
    assert_eq!(
        findings(&report),
        [
            "60:53 Warning budget.unit-missing [P1.II.11]",
            "76:96 Warning target.below-national [P2.II]",
            "78:3 Warning target.below-national [P2.II]",
            "84:3 Warning target.unquantified [P2.II]",
            "116:126 Error budget.total-mismatch [P2.V]",
            "116:145 Error budget.words-mismatch [P2.V]",
            "147:16 Error budget.total-mismatch [P2.VII]",
        ]
    );
    // the warning names the indicator it compared with and the words that made the match
    let below: Vec<_> = report.findings.iter().filter(|f| f.rule == "target.below-national").collect();
    assert!(
        below[0].message.contains("3.5.3 «Tỷ lệ hồ sơ công việc") && below[0].message.contains("«hồ sơ công việc … môi trường mạng»"),
        "{}",
        below[0].message
    );
    assert!(
        below[1].message.contains("4.7 «Tỷ lệ bệnh viện") && below[1].message.contains("«bệnh viện … viện phí … không dùng tiền mặt»"),
        "{}",
        below[1].message
    );
    assert_eq!(below[0].expected.as_deref(), Some("90%"));

    let report = check(&plant(
        "targets/bo-kieu-c.txt",
        &[
            ("giải quyết TTHC | % | 95 |", "giải quyết TTHC | % | 90 |"),
            ("| Quý IV/2024 | 85 |", "| Quý IV/2024 | 80 |"),
            ("Hai trăm tám mươi lăm tỷ đồng", "Hai trăm tám mươi tỷ đồng"),
            ("gồm vốn đầu tư công 200 tỷ đồng", "gồm vốn đầu tư công 190 tỷ đồng"),
            ("- 100% trang, cổng thông tin điện tử của Bộ", "- 90% trang, cổng thông tin điện tử của Bộ"),
        ],
    ));
    assert_eq!(
        findings(&report),
        [
            "101:76 Warning target.below-national [P2.II]",
            "106:3 Warning target.below-national [P2.II]",
            "139:66 Error budget.total-mismatch [P2.V]",
            "139:127 Error budget.source-sum-mismatch [P2.V]",
            "139:171 Error budget.words-mismatch [P2.V]",
            "149:25 Error budget.total-mismatch [P2.VII]",
        ]
    );

    let report = check(&plant(
        "targets/tinh-kieu-d.txt",
        &[
            ("| 45.000 | 41.000 |", "| 45.000 | 46.000 |"),
            ("môi trường mạng (%) | 100 | 100 | 90 |", "môi trường mạng (%) | 100 | 100 | 80 |"),
            ("| Ngân sách tỉnh | 44.300 |", "| Ngân sách tỉnh | 43.300 |"),
            ("kinh tế số chiếm 17,5% GRDP", "kinh tế số chiếm 15% GRDP"),
        ],
    ));
    assert_eq!(
        findings(&report),
        [
            "63:62 Error budget.spent-exceeds-approved [P1.II.11]",
            "73:1 Info target.national-coverage [P2.II]",
            "77:79 Warning target.below-national [P2.II]",
            "80:294 Warning target.below-national [P2.II]",
            "111:20 Error budget.source-sum-mismatch [P2.V]",
        ]
    );
    assert!(report.findings[3].message.contains("«kinh tế số … GRDP»"), "{}", report.findings[3].message);
}

/// Web and PDF copies are hard-wrapped near 80 characters: a target carried on over the next
/// line (starting in lower case, or only its figure) is one statement, its figure found and
/// reported on the line it stands in.
#[test]
fn a_hard_wrapped_target_reads_as_one_statement() {
    let text = plant(
        "tinh-day-du.txt",
        &[
            (
                "- 100% hồ sơ công việc tại cấp tỉnh, 100% tại cấp huyện và 90% tại cấp xã được xử lý trên môi trường mạng.",
                "- 100% hồ sơ công việc tại cấp tỉnh, 100% tại cấp huyện và 80% tại cấp xã được\nxử lý trên môi trường mạng.",
            ),
            (
                "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%.",
                "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu\n50%.",
            ),
        ],
    );
    let report = check(&text);
    assert_eq!(findings(&report), ["71:60 Warning target.below-national [P2.II]", "74:1 Warning target.below-national [P2.II]"]);
    assert_eq!(report.findings[1].actual.as_deref(), Some("≥ 50%"));
    let t = report.targets.iter().find(|t| t.line == 73).unwrap();
    assert_eq!(t.text, "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 50%");
}

/// Ministry drafts group their targets under bare lines in capitals (`CHÍNH QUYỀN SỐ`), with
/// no number or letter: a title, not a target without a figure. A target written in capitals
/// with its figure is still read and compared.
#[test]
fn group_titles_in_capitals_are_not_targets() {
    let text = plant(
        "tinh-day-du.txt",
        &[
            ("II. MỤC TIÊU\n- 100% hồ sơ công việc", "II. MỤC TIÊU\nHẠ TẦNG SỐ VÀ CHÍNH QUYỀN SỐ\n- 100% hồ sơ công việc"),
            (
                "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%.",
                "TỶ LỆ HỒ SƠ THỦ TỤC HÀNH CHÍNH ĐƯỢC XỬ LÝ TRỰC TUYẾN TOÀN TRÌNH ĐẠT 50%\nAN TOÀN THÔNG TIN MẠNG",
            ),
        ],
    );
    let report = check(&text);
    assert_eq!(findings(&report), ["73:69 Warning target.below-national [P2.II]"]);
    assert!(report.targets.iter().all(|t| !t.text.starts_with("HẠ TẦNG") && !t.text.starts_with("AN TOÀN")));
}

/// A quarter written in Roman numerals after the plan year (`trong Quý I/2025` in a 2024 plan)
/// is one late deadline, reported once at the quarter: its year is not a second deadline.
#[test]
fn a_late_roman_quarter_is_reported_once() {
    let text = plant(
        "tinh-day-du.txt",
        &[(
            "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%.",
            "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60% trong Quý I/2025.",
        )],
    );
    let report = check(&text);
    assert_eq!(findings(&report), ["72:91 Warning target.deadline-outside-plan-year [P2.II]"]);
    assert_eq!(report.findings[0].actual.as_deref(), Some("2025"));
    assert!(report.findings[0].message.contains("«Quý I/2025»"), "{}", report.findings[0].message);
}

/// Probe 20: last year's results in II, and targets as Word's plain text lists them, are read as
/// such (each variant clean but the one target below the national value).
#[test]
fn last_years_results_in_the_targets_section_are_no_targets() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let lead = "Năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 52%, tỷ lệ dân số trưởng thành có chữ ký số đạt 31%; tỉnh xếp thứ 45/63 về DTI. Trên cơ sở đó, năm 2027 tỉnh phấn đấu đạt các chỉ tiêu sau:\n";
    assert_eq!(loud(&base.replace("II. MỤC TIÊU\n", &format!("II. MỤC TIÊU\n{lead}"))), NONE);
    let text = base.replace(
        "II. MỤC TIÊU\n",
        "II. MỤC TIÊU\n1. Kết quả thực hiện năm 2026\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 52%;\n2. Mục tiêu năm 2027\n",
    );
    assert_eq!(loud(&text), NONE);
    // the plan year's own figure is a target, wherever the year stands
    let text = base.replace("- Hoàn thành hợp nhất", "- Năm 2027, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52%;\n- Hoàn thành hợp nhất");
    assert_eq!(loud(&text), ["72:51 Warning target.below-national [P2.II]"]);
    // bullets pasted from Word: the bullet, a tab, the target
    assert_eq!(loud(&base.replace("\n- ", "\n•\t")), NONE);
    assert_eq!(loud(&base.replace("\n- ", "\n-\t")), NONE);
}

/// Probe 21: targets and their lead-in indented by a tab (a paragraph's first-line indent typed
/// as a tab) are read as the same lines without it, not as table rows; a row's name going on
/// after a tab right under the row stays the row's.
#[test]
fn targets_indented_by_a_tab_are_no_table_rows() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    // the targets all in bullets (no table), as many drafts have them
    let (at, end) = (base.find("- Các chỉ tiêu khác").unwrap(), base.find("III. NHIỆM VỤ").unwrap());
    let plain = format!(
        "{}Năm 2027, tỉnh phấn đấu đạt các chỉ tiêu sau:\n- Tỷ lệ người dân có hồ sơ số về sức khỏe cá nhân đạt 100%;\n- Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử đạt 86%.\n{}",
        &base[..at],
        &base[end..]
    );
    let (from, to) = (plain.find("II. MỤC TIÊU\n").unwrap() + "II. MỤC TIÊU\n".len(), plain.find("\nIII. NHIỆM VỤ").unwrap());
    let indented = format!("{}{}{}", &plain[..from], plain[from..to].replace("\n", "\n\t").replacen("", "\t", 1), &plain[to..]);
    assert!(indented.contains("\n\t- Tỷ lệ người dân có hồ sơ số") && indented.contains("\tNăm 2027, tỉnh phấn đấu"));
    let (p, i) = (check(&plain), check(&indented));
    assert_eq!(findings(&i), findings(&p));
    assert_eq!(i.targets.len(), p.targets.len());
    assert_eq!(i.targets.len(), 5);
}

/// Probe 21 (P7): a bracket citing a list or a result reached qualifies the target and sets it no
/// deadline; a deadline copied from last year's plan, in the target or its bracket, still warns.
#[test]
fn a_bracket_citing_a_list_or_a_result_reached_is_no_deadline() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let with = |lines: &str| base.replace("- Các chỉ tiêu khác", &format!("{lines}\n- Các chỉ tiêu khác"));
    let cited = with(
        "- 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình (theo danh mục công bố đến hết năm 2026);\n\
         - 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng (giữ vững kết quả đạt được đến hết tháng 11/2026);",
    );
    assert_eq!(loud(&cited), NONE);
    let copied = with(
        "- Hoàn thành kết nối kho dữ liệu dùng chung với 20 hệ thống trước 31/12/2026;\n\
         - 100% xã kết nối mạng truyền số liệu chuyên dùng (theo kế hoạch, hoàn thành trước tháng 11/2026);",
    );
    assert_eq!(
        loud(&copied),
        ["73:67 Warning target.deadline-outside-plan-year [P2.II]", "74:90 Warning target.deadline-outside-plan-year [P2.II]"]
    );
}

/// Probe 22: the unlabelled paragraph at the top of II that says what the year is (`Năm 2027 là
/// năm đầu tiên thực hiện …`, `Đây là năm …`) is the targets' context, no unquantified target;
/// a sentence so opened with a figure is still read, and so is a vague target.
#[test]
fn a_sentence_on_what_the_plan_year_is_is_no_target() {
    let base = fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| findings(&check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    for context in [
        "Năm 2027 là năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030, là năm bản lề của giai đoạn phát triển mới.",
        "Đây là năm có ý nghĩa quan trọng trong việc hoàn thành các mục tiêu chuyển đổi số giai đoạn 2026-2030.",
        "Năm 2027 cũng là năm tỉnh tập trung hợp nhất hạ tầng số sau sắp xếp đơn vị hành chính.",
    ] {
        let text = base.replace("II. MỤC TIÊU\n", &format!("II. MỤC TIÊU\n{context}\nTiếp tục thực hiện hiệu quả Nghị quyết số 57-NQ/TW, phấn đấu đến hết năm 2027:\n"));
        assert_eq!(loud(&text), NONE, "{context}");
    }
    // a vague target, or the year's sentence with a figure: read
    let vague =
        base.replace("II. MỤC TIÊU\n", "II. MỤC TIÊU\n- Nâng cao chất lượng dịch vụ công trực tuyến, là nền tảng của chính quyền số;\n");
    assert_eq!(loud(&vague), ["70:3 Warning target.unquantified [P2.II]"]);
    let figure = base.replace("II. MỤC TIÊU\n", "II. MỤC TIÊU\nNăm 2027 là năm tỉnh phấn đấu 60% hộ gia đình có cáp quang.\n");
    assert!(check(&figure).targets.iter().any(|t| t.text.contains("60% hộ gia đình")));
}

/// Probe 25 (3): a completion bound to a time of the plan's year written without a full date —
/// `trước 30/6`, `6 tháng đầu năm`, `quý II`, `quý 2 năm 2027`, `hết năm 2027` — was
/// target.unquantified. Each is a deadline; a later year's end still is outside the plan year,
/// and a target with no time nor figure still is unquantified.
#[test]
fn a_deadline_written_without_a_full_date_quantifies_a_target() {
    let base = common::fixture("unseen18/quang-ngai-chi-tieu-quoc-gia-truoc-2027.txt");
    let loud = |text: &str| common::findings(&common::check(text)).into_iter().filter(|f| !f.contains(" Info ")).collect::<Vec<_>>();
    let when = |w: &str| {
        base.replace(
            "- Hoàn thành hợp nhất cổng dịch vụ công của hai tỉnh cũ trước ngày 30/6/2027;",
            &format!("- Hoàn thành hợp nhất cổng dịch vụ công của hai tỉnh cũ {w};"),
        )
    };
    for w in [
        "trước 30/6",
        "trước 30/6 năm 2027",
        "trong 6 tháng đầu năm",
        "trong quý II",
        "trong quý 2 năm 2027",
        "đến hết năm 2027",
        "vào cuối năm 2027",
    ] {
        assert_eq!(loud(&when(w)), Vec::<String>::new(), "{w}");
    }
    assert_eq!(loud(&when("đến hết năm 2028")), ["72:69 Warning target.deadline-outside-plan-year [P2.II]"]);
    assert_eq!(loud(&when("trong năm tới")), ["72:3 Warning target.unquantified [P2.II]"]);
}
