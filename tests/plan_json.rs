//! Structured input from a portal's form: the same plan as JSON is checked like its text.

mod common;

use common::{check, findings, fixture};
use dxcheck::Options;

/// The complete plan as a portal would collect it: each section's text by ID, projects as rows.
fn plan_json(drop: &[&str]) -> String {
    let text = fixture("tinh-day-du.txt");
    let lines: Vec<&str> = text.lines().collect();
    let report = check(&text);
    let mut heads: Vec<(usize, &str)> = report.outline.iter().filter_map(|s| s.line.map(|l| (l, s.id.as_str()))).collect();
    heads.sort();
    let mut sections = serde_json::Map::new();
    for (k, &(line, id)) in heads.iter().enumerate() {
        let next =
            heads.get(k + 1).map_or(lines.len(), |h| h.0 - 1).min(lines.iter().position(|l| *l == "Phụ lục I").unwrap_or(lines.len()));
        let heading = lines[line - 1];
        let inline = heading.split_once(": ").map(|(_, t)| t.to_string()).unwrap_or_default();
        let body: Vec<&str> =
            lines[line..next].iter().copied().filter(|l| !l.is_empty() && !l.starts_with("Phần") && *l != l.to_uppercase()).collect();
        let value = [inline, body.join("\n")].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join("\n");
        if !value.is_empty() && !drop.contains(&id) && id != "P2.VII" {
            sections.insert(id.to_string(), value.into());
        }
    }
    // P2.II points at Phụ lục IV, which a form does not have: carry the targets inline
    sections.insert("P2.II".into(), "- 100% hồ sơ công việc tại cấp tỉnh, 100% tại cấp huyện và 90% tại cấp xã được xử lý trên môi trường mạng.\\n- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%.".replace("\\n", "\n").into());
    sections.insert("P1.I".into(), "Hoàn thành 27/32 chỉ tiêu năm 2023.".into());
    sections.insert("P1.II.11".into(), "Năm 2023 bố trí 68.450 triệu đồng cho chuyển đổi số.".into());
    serde_json::json!({
        "issuer": "ỦY BAN NHÂN DÂN TỈNH SÔNG LAM",
        "plan_year": 2024,
        "sections": sections,
        "projects": [
            {"name": "Nâng cấp Trung tâm dữ liệu tỉnh", "owner": "Sở TT&TT", "kind": "Chuyển tiếp", "goal": "Hạ tầng dùng chung", "scale": "Toàn tỉnh", "content": "Máy chủ", "time": "2024", "cost": "30.000", "source": "Ngân sách tỉnh"},
            {"name": "Nền tảng IOC giai đoạn 2", "owner": "Sở TT&TT", "kind": "Mới", "goal": "Điều hành", "scale": "11 huyện", "content": "Camera", "time": "2024", "cost": "14.300", "source": "Ngân sách tỉnh"},
            {"name": "Phủ sóng 4G vùng lõm", "owner": "Viettel", "kind": "Mới", "goal": "Xóa lõm sóng", "scale": "37 thôn", "content": "Trạm BTS", "time": "2024", "cost": "8.000", "source": "Xã hội hóa"}
        ]
    })
    .to_string()
}

#[test]
fn a_complete_plan_from_a_form_checks_like_its_text() {
    let report = dxcheck::check(dxcheck::Input::PlanJson(&plan_json(&[])), &Options::default());
    let got: Vec<String> = findings(&report).into_iter().filter(|f| !f.contains("target.national-coverage")).collect();
    assert_eq!(got, Vec::<String>::new(), "{}", report.text.as_deref().unwrap_or(""));
    assert_eq!(report.level, Some(dxcheck::Level::Tinh));
    let b = report.budget.unwrap();
    assert_eq!(b.items_total.unwrap().text, "52.300 triệu đồng");
    assert_eq!(b.declared_total.unwrap().text, "52.300 triệu đồng");
}

#[test]
fn a_section_left_empty_in_the_form_is_missing() {
    let report = dxcheck::check(dxcheck::Input::PlanJson(&plan_json(&["P2.IV"])), &Options::default());
    let got: Vec<String> = findings(&report).into_iter().filter(|f| f.contains("section.")).collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("Error section.missing [P2.IV]"), "{got:?}");
}

#[test]
fn malformed_plan_json_names_the_field() {
    let report = dxcheck::check(dxcheck::Input::PlanJson(r#"{"sections": {"P9.X": "?"}}"#), &Options::default());
    assert_eq!(findings(&report), ["1:1 Error input.unreadable [-]"]);
    assert!(report.findings[0].message.contains("«P9.X»"), "{}", report.findings[0].message);
    let report = dxcheck::check(dxcheck::Input::PlanJson(r#"{"projects": [{"nam": "x"}]}"#), &Options::default());
    assert!(report.findings[0].message.contains("`nam`"), "{}", report.findings[0].message);
}

/// A portal's mistakes are told with the field and the place, in Vietnamese and English.
#[test]
fn a_plan_json_error_says_what_and_where_in_both_languages() {
    let told = |json: &str| {
        let report = dxcheck::check(dxcheck::Input::PlanJson(json), &Options::default());
        assert_eq!(findings(&report), ["1:1 Error input.unreadable [-]"], "{json}");
        (report.findings[0].message.clone(), report.findings[0].message_en.clone())
    };
    let (vi, en) = told("{\"plan_year\": 2024,\n \"projects\": [{\"name\": \"Trung tâm dữ liệu\", \"cost\": 30000}]}");
    assert_eq!(vi, "Dữ liệu kế hoạch (JSON) không hợp lệ: trường `cost` phải là một chuỗi \"…\" (dòng 2, cột 53)");
    assert_eq!(en, "Invalid plan JSON: invalid type for `cost`, expected a string at line 2 column 53");
    let (vi, en) = told("{\"sections\": {\"P2.II\": \"- 100% hồ sơ");
    assert_eq!(vi, "Dữ liệu kế hoạch (JSON) không hợp lệ: chuỗi thiếu dấu \" đóng (dòng 1, cột 37)");
    assert_eq!(en, "Invalid plan JSON: EOF while parsing a string at line 1 column 37");
    let (vi, en) = told("{\"plan_year\": \"2024\"}");
    assert_eq!(vi, "Dữ liệu kế hoạch (JSON) không hợp lệ: trường `plan_year` phải là một số nguyên từ 0 đến 65535 (dòng 1, cột 15)");
    assert_eq!(en, "Invalid plan JSON: invalid type for `plan_year`, expected an integer from 0 to 65535 at line 1 column 15");
}

/// A cut or damaged plan JSON is refused with one finding, never a panic; a deep one too.
#[test]
fn a_cut_or_damaged_plan_json_is_refused_without_a_panic() {
    let json = plan_json(&[]);
    let mut cuts = 0;
    for cut in (0..json.len()).step_by(7).filter(|&c| json.is_char_boundary(c)) {
        let report = dxcheck::check(dxcheck::Input::PlanJson(&json[..cut]), &Options::default());
        assert_eq!(findings(&report), ["1:1 Error input.unreadable [-]"], "cut at {cut}");
        cuts += 1;
    }
    assert!(cuts > 500, "{cuts}");
    for (k, at) in (0..json.len()).step_by(json.len() / 97).enumerate() {
        let mut bytes = json.clone().into_bytes();
        bytes[at] = [b'"', b'\\', b'{', b']', b',', b'0'][k % 6];
        let _ = dxcheck::check(dxcheck::Input::PlanJson(&String::from_utf8_lossy(&bytes)), &Options::default());
    }
    let deep = format!("{{\"sections\": {}", "[".repeat(1 << 20));
    let report = dxcheck::check(dxcheck::Input::PlanJson(&deep), &Options::default());
    assert!(report.findings[0].message_en.ends_with("nested more than 32 deep at line 1 column 45"), "{}", report.findings[0].message_en);
}
