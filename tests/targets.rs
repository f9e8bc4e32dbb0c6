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

/// (target statement, the indicator it answers, or None for a look-alike that answers none)
const LABELLED: &[(&str, Option<&str>)] = &[
    ("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%", Some("1.4")),
    ("60% hồ sơ TTHC được giải quyết hoàn toàn trực tuyến", Some("1.4")),
    ("100% dịch vụ công trực tuyến có phát sinh hồ sơ", Some("1.5")),
    ("Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến đạt 100%", Some("1.5")),
    ("90% người trưởng thành có điện thoại thông minh", Some("1.6")),
    ("Phổ cập điện thoại thông minh cho 90% dân số trưởng thành", Some("1.6")),
    ("90% hộ gia đình có cáp quang băng rộng", Some("1.7.1")),
    ("80% dân số trưởng thành có tài khoản thanh toán điện tử", Some("1.8")),
    ("Mức độ hài lòng của người dân về giải quyết thủ tục hành chính đạt 95%", Some("1.9")),
    ("80% công chức được gắn định danh số", Some("3.2")),
    ("100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử", Some("3.4")),
    ("100% văn bản đi, đến được ký số và trao đổi dưới dạng điện tử giữa các cơ quan nhà nước", Some("3.4")),
    ("100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", Some("3.5.1")),
    ("90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", Some("3.5.3")),
    ("80% cán bộ, công chức, viên chức được tập huấn kỹ năng số cơ bản", Some("3.10")),
    ("70% người dân có danh tính số", Some("4.1")),
    ("70% doanh nghiệp nhỏ và vừa sử dụng nền tảng số", Some("4.16")),
    ("70% doanh nghiệp sử dụng hợp đồng điện tử", Some("4.18")),
    ("Kinh tế số chiếm 17,5% GRDP", Some("4.19")),
    ("Tỷ trọng kinh tế số đạt 17,5% GRDP của tỉnh", Some("4.19")),
    ("80% hộ gia đình có địa chỉ số", Some("4.2")),
    ("90% người dân có hồ sơ sức khỏe điện tử", Some("4.4")),
    ("Tỷ lệ báo cáo thực hiện trên hệ thống thông tin báo cáo đạt 90%", Some("3.6")),
    // look-alikes: same words, another measure
    ("100% cán bộ, công chức được trang bị máy tính", None),
    ("100% trường học có kết nối Internet băng rộng", None),
    ("Giảm 20% thời gian xử lý hồ sơ giấy", None),
    ("100% cơ quan nhà nước sử dụng phần mềm quản lý văn bản và hồ sơ công việc liên thông 4 cấp", None),
    ("100% xã, phường có Tổ công nghệ số cộng đồng hoạt động hiệu quả", None),
    ("Tỷ lệ che phủ rừng đạt 42%", None),
];

#[test]
fn indicator_matching_precision_and_recall() {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut wrong = Vec::new();
    for &(statement, want) in LABELLED {
        let got = dxcheck::internals::indicators::best_match(statement, statement, "%", Some(Level::Tinh)).map(|(i, _)| i.id.as_str());
        match (want, got) {
            (Some(w), Some(g)) if w == g => tp += 1,
            (Some(_), Some(_)) => {
                fp += 1;
                fn_ += 1;
                wrong.push((statement, want, got));
            }
            (Some(_), None) => {
                fn_ += 1;
                wrong.push((statement, want, got));
            }
            (None, Some(_)) => {
                fp += 1;
                wrong.push((statement, want, got));
            }
            (None, None) => {}
        }
    }
    let precision = tp as f32 / (tp + fp).max(1) as f32;
    let recall = tp as f32 / (tp + fn_).max(1) as f32;
    println!("indicator matching: precision {precision:.2}, recall {recall:.2} on {} labelled targets; misses: {wrong:?}", LABELLED.len());
    assert!(precision >= 0.95, "precision {precision:.2}: {wrong:?}");
    assert!(recall >= 0.85, "recall {recall:.2}: {wrong:?}");
}
