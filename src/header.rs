//! What the draft's header says about itself: the issuing body's level (`ỦY BAN NHÂN DÂN TỈNH …`
//! or `BỘ …`) and the plan year (`KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024`).

use crate::document::Document;
use crate::kinds::Level;
use crate::vn;

/// The header and title sit in the first lines of a decree-style document.
const HEADER_LINES: usize = 40;

pub fn detect_level(doc: &Document) -> Option<Level> {
    for line in doc.lines.iter().take(HEADER_LINES) {
        let f = vn::fold(&line.text);
        if f.starts_with("uy ban nhan dan") || f.starts_with("ubnd ") {
            return Some(Level::Tinh);
        }
        if f.starts_with("bo ") && !f.starts_with("bo chinh tri") {
            return Some(Level::Bo);
        }
    }
    None
}

/// The plan year named by the title: `năm YYYY` in the title line (`KẾ HOẠCH …`, `KHUNG KẾ
/// HOẠCH …`) or the two lines after it, or in a line saying `chuyển đổi số năm YYYY`.
pub fn detect_plan_year(doc: &Document) -> Option<u16> {
    let mut title_lines_left = 0u8;
    for line in doc.lines.iter().take(HEADER_LINES) {
        let f = vn::fold(&line.text);
        let words: Vec<&str> = vn::words(&f).take(3).collect();
        if words.windows(2).any(|w| w == ["ke", "hoach"]) && !f.starts_with("can cu") {
            title_lines_left = 3;
        }
        if title_lines_left > 0 || f.contains("chuyen doi so nam") {
            if let Some(y) = year_after_nam(&f) {
                return Some(y);
            }
        }
        if !line.text.is_empty() {
            title_lines_left = title_lines_left.saturating_sub(1);
        }
    }
    None
}

/// A period the title names: `… GIAI ĐOẠN 2024 - 2025`.
pub fn detect_plan_period(doc: &Document) -> Option<(u16, u16)> {
    doc.lines.iter().take(HEADER_LINES).find_map(|line| {
        let f = vn::fold(&line.text);
        let words: Vec<&str> = vn::words(&f).collect();
        words.windows(4).find_map(|w| {
            let year = |s: &str| s.parse::<u16>().ok().filter(|y| (2000..=2100).contains(y));
            (w[0] == "giai" && w[1] == "doan").then(|| Some((year(w[2])?, year(w[3])?))).flatten()
        })
    })
}

fn year_after_nam(folded: &str) -> Option<u16> {
    let words: Vec<&str> = vn::words(folded).collect();
    words
        .windows(2)
        .find_map(|w| (w[0] == "nam" && w[1].len() == 4).then(|| w[1].parse::<u16>().ok()).flatten().filter(|y| (2000..=2100).contains(y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn province_header_and_title() {
        let d = Document::from_text("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 298/KH-UBND\nThanh Hóa, ngày 20 tháng 12 năm 2023\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024 TRÊN ĐỊA BÀN TỈNH THANH HÓA");
        assert_eq!(detect_level(&d), Some(Level::Tinh));
        assert_eq!(detect_plan_year(&d), Some(2024));
    }

    #[test]
    fn ministry_header() {
        let d = Document::from_text("BỘ TÀI CHÍNH\n\nKế hoạch chuyển đổi số năm 2025 của Bộ Tài chính");
        assert_eq!(detect_level(&d), Some(Level::Bo));
        assert_eq!(detect_plan_year(&d), Some(2025));
    }

    #[test]
    fn template_title_and_not_the_dates_around_it() {
        let d = Document::from_text(" Phụ lục III\nKHUNG KẾ HOẠCH \nCHUYỂN ĐỔI SỐ CẤP BỘ, CẤP TỈNH NĂM 2024\n(Kèm theo Văn bản số /BTTTT-CĐSQG ngày / /2023)\nPhần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023");
        assert_eq!(detect_plan_year(&d), Some(2024));
        let d = Document::from_text("Phần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023");
        assert_eq!(detect_plan_year(&d), None);
    }
}
