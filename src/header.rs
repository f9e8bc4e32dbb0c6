//! What the draft's header says about itself: the issuing body's level (`ỦY BAN NHÂN DÂN TỈNH …`
//! or `BỘ …`) and the plan year (`KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024`).

use crate::document::Document;
use crate::kinds::Level;
use crate::vn;
use crate::vn::Bytewise;

/// The header and title sit in the first lines of a decree-style document.
pub const HEADER_LINES: usize = 40;
/// A portal's page title is among the first non-empty lines (after its menu words).
const PORTAL_TITLE_LINES: usize = 6;

pub fn detect_level(doc: &Document) -> Option<Level> {
    remembered(doc, |m| &mut m.level, 0, || read_level(doc))
}

fn read_level(doc: &Document) -> Option<Level> {
    let mut after_motto = false;
    for (k, line) in doc.lines.iter().take(HEADER_LINES).enumerate() {
        let f = vn::fold(&line.text);
        if f.starts_with("uy ban nhan dan") || f.starts_with("ubnd ") {
            return Some(Level::Tinh);
        }
        if f.starts_with("bo ") && !f.starts_with("bo chinh tri") {
            return Some(Level::Bo);
        }
        // an agency beside or under the Government (cơ quan ngang bộ, cơ quan thuộc Chính phủ)
        // names no `BỘ`: its name in capitals on the header's first lines ends with `VIỆT NAM`
        // or `CHÍNH PHỦ` (`THANH TRA CHÍNH PHỦ`, `BẢO HIỂM XÃ HỘI VIỆT NAM`, `NGÂN HÀNG NHÀ NƯỚC`
        // / `VIỆT NAM`); not the national motto (`… CHỦ NGHĨA VIỆT NAM`, or its `VIỆT NAM` on a
        // line of its own), the Party's name (`ĐẢNG CỘNG SẢN VIỆT NAM`) nor the Prime Minister
        // (`THỦ TƯỚNG CHÍNH PHỦ`: the Government's own decision is no ministry's)
        let name = f.trim_end_of(b"|").trim_ws();
        if k < 12
            && (name.ends_with(" viet nam") || name.ends_with(" chinh phu") || (name == "viet nam" && !after_motto))
            && !name.ends_with("chu nghia viet nam")
            && !name.starts_with("dang ")
            && !vn::contains(name, "thu tuong")
            && vn::is_all_caps(&line.text)
        {
            return Some(Level::Bo);
        }
        after_motto = name.ends_with("chu nghia");
    }
    // no national header (a draft pasted from its title on): the title's `… TỈNH HẬU GIANG`,
    // `… THÀNH PHỐ CẦN THƠ` or `… CỦA BỘ TƯ PHÁP`
    let title = vn::fold(&title(doc)?.text);
    let words: Vec<&str> = vn::words(&title).collect();
    // (`CẤP BỘ, CẤP TỈNH` in the template's own title names both)
    let after = |w: &[&str], word: &str| matches!(w, [before, next] if *next == word && *before != "cap");
    if words.windows(2).any(|w| after(w, "tinh") || w == ["thanh", "pho"]) {
        return Some(Level::Tinh);
    }
    if words.windows(2).any(|w| after(w, "bo")) && !words.windows(2).any(|w| w == ["bo", "chinh"]) {
        return Some(Level::Bo);
    }
    None
}

/// What kind of document the title says this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `KẾ HOẠCH … CHUYỂN ĐỔI SỐ … NĂM N` (or the template, `KHUNG KẾ HOẠCH …`).
    AnnualPlan,
    /// A plan over several years: `… ĐẾN NĂM 2025`, `… GIAI ĐOẠN 2021 – 2025`.
    MultiYear,
    /// `BÁO CÁO …`.
    Report,
    /// `QUYẾT ĐỊNH …` not issuing an annual plan.
    Decision,
    /// Another plan or document (`KẾ HOẠCH TRIỂN KHAI PHONG TRÀO THI ĐUA …`).
    Other,
}

/// The document's title: its kind word's line (`KẾ HOẠCH`, `QUYẾT ĐỊNH`, `BÁO CÁO`) and the
/// lines after it, up to the first line in sentence case.
pub struct Title {
    /// Folded words of the kind line and the title lines.
    pub text: String,
    pub kind: Kind,
    /// The title is a decision's (`QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH … NĂM 2023`).
    #[cfg_attr(not(test), allow(dead_code))] // read by the tests of title()
    pub decision: bool,
}

/// The title of a decree-style document, read from its first lines.
pub fn title(doc: &Document) -> Option<Title> {
    let lines: Vec<&str> = doc.lines.iter().take(HEADER_LINES).map(|l| l.text.trim_of(b"| ")).collect();
    let start = lines.iter().position(|l| {
        let f = vn::fold(l.get(..l.len().min(40)).unwrap_or(l));
        ["ke hoach", "khung ke hoach", "quyet dinh", "bao cao"].iter().any(|k| f == *k || (f.starts_with(*k) && vn::is_all_caps(l)))
    });
    // no kind line (lost in a web copy): a plan's number `Số: 0155/KH-UBND`, or a decision's
    // `Số: 2808/QĐ-UBND`, and its title in capitals (`VỀ VIỆC BAN HÀNH KẾ HOẠCH …`)
    let numbered = |kind: &str| {
        let n = lines.iter().position(|l| vn::fold(l).starts_with("so ") && vn::contains(l, kind))?;
        Some(lines.iter().skip(n + 1).position(|l| vn::is_all_caps(l) && vn::contains(&vn::fold(l), "chuyen doi so"))? + n + 1)
    };
    let (start, plan_number, decision_number) = match start {
        Some(s) => (s, false, false),
        None => match numbered("/KH") {
            Some(s) => (s, true, false),
            None => match numbered("/QĐ") {
                Some(s) => (s, false, true),
                // nothing of the document's own title: a legal portal's page title above it
                None => return portal_title(&lines),
            },
        },
    };
    let mut text = String::new();
    for (k, l) in lines.iter().enumerate().skip(start) {
        if l.is_empty() {
            continue;
        }
        // the title runs in capitals (a decision's issuer line `ỦY BAN NHÂN DÂN TỈNH …` ends it)
        let f = vn::fold(l);
        // the line after the kind word may be in sentence case (`Ban hành Kế hoạch …`)
        let first = text.split_str(" ").filter(|w| !w.is_empty()).count() <= 2
            && !f.starts_with("can cu")
            && !matches!(l.as_bytes().last(), Some(b';' | b':' | b'.'))
            && l.split_ws().count() <= 30;
        if k > start
            && !(first && crate::outline::label::parse(l).label.is_none())
            && (!vn::is_all_caps(l)
                || f.starts_with("uy ban nhan dan")
                || f.starts_with("chu tich")
                || crate::outline::label::parse(l).label.is_some())
        {
            break;
        }
        text.push_str(&f);
        text.push(' ');
    }
    Some(kind_of(text, plan_number, decision_number))
}

/// What a title's folded words say the document is.
fn kind_of(text: String, plan_number: bool, decision_number: bool) -> Title {
    let words: Vec<&str> = vn::words(&text).collect();
    let has = |a: &str, b: &str| words.windows(2).any(|w| w == [a, b]);
    let year_named = year_after_nam(&text).is_some();
    let multi = has("giai", "doan") || has("den", "nam") || has("dinh", "huong");
    let decision = decision_number || words.first() == Some(&"quyet");
    let plan = plan_number || words.windows(2).any(|w| w == ["ke", "hoach"]);
    let kind = if words.first() == Some(&"bao") {
        Kind::Report
    } else if multi {
        Kind::MultiYear
    } else if plan && year_named && has("doi", "so") && !has("hoat", "dong") {
        Kind::AnnualPlan
    } else if decision {
        Kind::Decision
    } else {
        Kind::Other
    };
    Title { text, kind, decision }
}

/// A legal portal's title of the page, above the document it shows: `Quyết định 3133/QĐ-BTP năm
/// 2023 về Kế hoạch … năm 2024`, `Kế hoạch 52/KH-UBND chuyển đổi số tỉnh Đồng Tháp năm 2024`.
/// The year right after the number is the year of issue, not the plan's: it is left out.
fn portal_title(lines: &[&str]) -> Option<Title> {
    lines.iter().filter(|l| !l.is_empty()).take(PORTAL_TITLE_LINES).find_map(|l| {
        let words: Vec<&str> = l.split_ws().collect();
        let kind = vn::fold(&crate::message::join(words.get(..2)?, " "));
        let number = words.get(2)?;
        if !(kind == "quyet dinh" || kind == "ke hoach")
            || !vn::has_byte(number, b'/')
            || !number.as_bytes().first().is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let year = |w: &&str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        // (`get`, not slicing: no panic paths in the wasm)
        let mut rest = words.get(3..).unwrap_or_default();
        if rest.first().is_some_and(|w| vn::fold(w) == "nam") && rest.get(1).is_some_and(year) {
            rest = rest.get(2..).unwrap_or_default();
        } else if rest.first().is_some_and(year) {
            rest = rest.get(1..).unwrap_or_default();
        }
        Some(kind_of(fill!("{} {}", kind, vn::fold(&crate::message::join(rest, " "))), false, false))
    })
}

/// The plan year named by the title: `năm YYYY` in the title line (`KẾ HOẠCH …`, `KHUNG KẾ
/// HOẠCH …`) or the two lines after it, or in a line saying `chuyển đổi số năm YYYY`.
pub fn detect_plan_year(doc: &Document) -> Option<u16> {
    remembered(doc, |m| &mut m.year, 0, || read_plan_year(doc))
}

fn read_plan_year(doc: &Document) -> Option<u16> {
    // a decision's or a plan's title (`QUYẾT ĐỊNH … BAN HÀNH KẾ HOẠCH … NĂM 2023`)
    if let Some(t) = title(doc).filter(|t| t.kind == Kind::AnnualPlan) {
        if let Some(y) = year_after_nam(&t.text) {
            return Some(y);
        }
    }
    let mut title_lines_left = 0u8;
    // (one buffer for every line folded)
    let mut f = String::new();
    for line in doc.lines.iter().take(HEADER_LINES) {
        vn::fold_into(&line.text, &mut f);
        let mut words = vn::words(&f);
        let (a, b, c) = (words.next(), words.next(), words.next());
        let ke_hoach = |x: Option<&str>, y: Option<&str>| x == Some("ke") && y == Some("hoach");
        if (ke_hoach(a, b) || ke_hoach(b, c)) && !f.starts_with("can cu") {
            title_lines_left = 3;
        }
        if title_lines_left > 0 || vn::contains(&f, "chuyen doi so nam") {
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

/// A period the title names: `… GIAI ĐOẠN 2024 - 2025`. Only the head of the document, above
/// line `body` (its first heading): the body and a preamble citing other plans (`Căn cứ …`,
/// `Thực hiện Kế hoạch … giai đoạn 2021-2025`) name periods that are not this plan's.
pub fn detect_plan_period(doc: &Document, body: usize) -> Option<(u16, u16)> {
    // (all it reads: the header's lines above `body`)
    let above = HEADER_LINES.min(body);
    remembered(doc, |m| &mut m.period, above, || read_plan_period(doc, above))
}

fn read_plan_period(doc: &Document, above: usize) -> Option<(u16, u16)> {
    doc.lines.iter().take(above).find_map(|line| {
        if !line.text.bytes().any(|b| b.is_ascii_digit()) {
            return None; // no year
        }
        let f = vn::fold(&line.text);
        if f.starts_with("can cu") || f.starts_with("thuc hien") {
            return None;
        }
        let words: Vec<&str> = vn::words(&f).collect();
        words.windows(4).find_map(|w| {
            let year = |s: &str| vn::parse_u16(s).filter(|y| (2000..=2100).contains(y));
            (w[0] == "giai" && w[1] == "doan").then(|| Some((year(w[2])?, year(w[3])?))).flatten()
        })
    })
}

/// An editing session's memory of what the header says (the plan year, the level, the period),
/// all read from the texts of the document's first [`HEADER_LINES`] lines: kept from one check
/// to the next while those are the same (a keystroke below them, almost every one, reads none
/// of them again: ~0.1M instructions a check). Used only inside [`with_memo`] (by
/// `crate::session`); a plain `check()` reads them each time.
#[derive(Default)]
pub struct Memo {
    /// The texts of the header's lines the readings were made of.
    head: Vec<Box<str>>,
    /// Whether `head` was compared with the lines of the check under way (once a check).
    compared: bool,
    /// Each reading, with what else it read (the lines above the body, for the period).
    year: Option<(usize, Option<u16>)>,
    level: Option<(usize, Option<Level>)>,
    period: Option<(usize, Option<(u16, u16)>)>,
}

thread_local! {
    static MEMO: std::cell::RefCell<Option<Memo>> = const { std::cell::RefCell::new(None) };
}

/// Run `f` (a check) with the header's readings kept in `memo`.
pub fn with_memo<T>(memo: &mut Memo, f: impl FnOnce() -> T) -> T {
    memo.compared = false;
    crate::document::lend(&MEMO, memo, f)
}

impl Memo {
    /// Forget the readings when the header's lines are not those they were made of.
    fn compare(&mut self, doc: &Document) {
        if std::mem::replace(&mut self.compared, true) {
            return;
        }
        let head = doc.lines.get(..HEADER_LINES.min(doc.lines.len())).unwrap_or_default();
        if head.len() == self.head.len() && head.iter().zip(&self.head).all(|(l, h)| *l.text == **h) {
            return;
        }
        self.head = head.iter().map(|l| Box::from(&*l.text)).collect();
        (self.year, self.level, self.period) = (None, None, None);
    }
}

/// `read()`, a reading of the header (with `key`, what else it read), through the session's
/// memo when one is set (`slot`: where it keeps it).
fn remembered<T: Copy>(doc: &Document, slot: impl Fn(&mut Memo) -> &mut Option<(usize, T)>, key: usize, read: impl FnOnce() -> T) -> T {
    if !crate::document::SESSION_MEMORY {
        return read();
    }
    let kept = MEMO.with_borrow_mut(|m| {
        let m = m.as_mut()?;
        m.compare(doc);
        (*slot(m)).filter(|&(k, _)| k == key).map(|(_, v)| v)
    });
    if let Some(v) = kept {
        return v;
    }
    let v = read();
    MEMO.with_borrow_mut(|m| {
        if let Some(m) = m {
            *slot(m) = Some((key, v));
        }
    });
    v
}

/// The first `năm YYYY` that is not the end of a date (`ngày 01 tháng 4 năm 2025` dates the
/// resolution a plan implements; it is not a plan year).
fn year_after_nam(folded: &str) -> Option<u16> {
    // (the words read as they come, the two before `nam` kept: no list of them)
    let (mut two_before, mut one_before, mut last) = (None, None, None);
    for w in vn::words(folded) {
        if last == Some("nam") && two_before != Some("thang") && w.len() == 4 {
            if let Some(y) = vn::parse_u16(w).filter(|y| (2000..=2100).contains(y)) {
                return Some(y);
            }
        }
        (two_before, one_before, last) = (one_before, last, Some(w));
    }
    None
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
    fn the_period_is_the_titles_not_one_the_body_or_preamble_cites() {
        let d = Document::from_text(
            "ỦY BAN NHÂN DÂN\nTỈNH A\nKẾ HOẠCH\nChuyển đổi số năm 2024 và giai đoạn 2024 - 2025\nPHẦN I\n1. Nghị quyết giai đoạn 2021-2030",
        );
        assert_eq!(detect_plan_period(&d, 4), Some((2024, 2025)));
        let d = Document::from_text("KẾ HOẠCH\nChuyển đổi số năm 2027\nThực hiện Kế hoạch giai đoạn 2026-2030, UBND tỉnh ban hành:\nPHẦN I\na) Kết quả đạt được: Nghị quyết giai đoạn 2026-2030.");
        assert_eq!(detect_plan_period(&d, 3), None);
        assert_eq!(detect_plan_period(&d, 9), Some((2026, 2030))); // (the body, were it read)
    }

    #[test]
    fn a_ministry_level_agency_header() {
        for header in ["NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"] {
            let text = format!("{header}\nSố: 312/KH-NHNN\n\nKẾ HOẠCH\nChuyển đổi số năm 2027");
            let d = Document::from_text(&text);
            assert_eq!(detect_level(&d), Some(Level::Bo), "{header}");
        }
        // a line of the body naming the bank is no header
        let d =
            Document::from_text("KẾ HOẠCH\nChuyển đổi số năm 2027\nNgân hàng Nhà nước chi nhánh tỉnh phối hợp triển khai thanh toán số.");
        assert_eq!(detect_level(&d), None);
        // agencies beside or under the Government: their name ends with VIỆT NAM or CHÍNH PHỦ
        for header in ["THANH TRA CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ |", "VIỆN HÀN LÂM\nKHOA HỌC XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI VIỆT NAM"]
        {
            let text = format!("{header}\nSố: 12/KH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\nChuyển đổi số năm 2027");
            assert_eq!(detect_level(&Document::from_text(&text)), Some(Level::Bo), "{header}");
        }
        // the national motto (on one line or two), the Party's name, a sentence: no agency
        for text in [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nChuyển đổi số năm 2027",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM |\nKẾ HOẠCH\nChuyển đổi số năm 2027",
            "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nKẾ HOẠCH\nChuyển đổi số năm 2027",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nKẾ HOẠCH\nChuyển đổi số năm 2027",
            "THỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH\nPhê duyệt Chương trình phát triển Chính phủ số",
            "KẾ HOẠCH\nChuyển đổi số năm 2027\nThực hiện chỉ đạo của Văn phòng Chính phủ",
        ] {
            assert_eq!(detect_level(&Document::from_text(text)), None, "{text}");
        }
    }

    #[test]
    fn ministry_header() {
        let d = Document::from_text("BỘ TÀI CHÍNH\n\nKế hoạch chuyển đổi số năm 2025 của Bộ Tài chính");
        assert_eq!(detect_level(&d), Some(Level::Bo));
        assert_eq!(detect_plan_year(&d), Some(2025));
    }

    #[test]
    fn decision_title_level_in_title_and_opposite_signals() {
        let d = Document::from_text(
            "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch chuyển đổi số năm 2023\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nĐiều 1. Ban hành kèm theo",
        );
        assert_eq!(detect_plan_year(&d), Some(2023));
        assert_eq!(title(&d).map(|t| (t.kind, t.decision)), Some((Kind::AnnualPlan, true)));
        let d = Document::from_text("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024 TRÊN ĐỊA BÀN TỈNH HẬU GIANG\nPhần I");
        assert_eq!(detect_level(&d), Some(Level::Tinh));
        let d = Document::from_text("Kế hoạch\nChuyển đổi số năm 2024 của Bộ Tư pháp");
        assert_eq!(detect_level(&d), Some(Level::Bo));
        let d = Document::from_text("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH X ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030");
        assert_eq!(title(&d).map(|t| t.kind), Some(Kind::MultiYear));
        let d = Document::from_text("BÁO CÁO\nKết quả chuyển đổi số năm 2023");
        assert_eq!(title(&d).map(|t| t.kind), Some(Kind::Report));
        // the template's own title names both levels: none is read from it
        let d = Document::from_text("KHUNG KẾ HOẠCH\nCHUYỂN ĐỔI SỐ CẤP BỘ, CẤP TỈNH NĂM 2024");
        assert_eq!(detect_level(&d), None);
    }

    #[test]
    fn title_lost_in_a_web_copy_from_the_number_line_or_the_portal_title() {
        // the decision's `QUYẾT ĐỊNH` line is lost: its number and its title in capitals remain
        let d = Document::from_text("ỦY BAN NHÂN DÂN |\nSố: 2808/QĐ-UBND |\nVĩnh Long, ngày 31 tháng 12 năm 2024 |\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG");
        assert_eq!(title(&d).map(|t| (t.kind, t.decision)), Some((Kind::AnnualPlan, true)));
        assert_eq!(detect_plan_year(&d), Some(2025));
        let d = Document::from_text(
            "Số: 2702/QĐ-UBND\nQUYẾT\nĐỊNH\nBAN HÀNH ĐỀ ÁN CHUYỂN ĐỔI SỐ TỈNH VĨNH LONG\nNĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030",
        );
        assert_eq!(title(&d).map(|t| t.kind), Some(Kind::MultiYear));
        // only the portal's page title names the document; its year of issue is not the plan's
        let d = Document::from_text("Quyết định 3133/QĐ-BTP năm 2023 về Kế hoạch Ứng dụng công nghệ thông tin, chuyển đổi số của Bộ, ngành Tư pháp năm 2024 do Bộ trưởng Bộ Tư pháp ban hành\nSố hiệu | 3133/QĐ-BTP |\nBỘ TƯ PHÁP |\nBỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Luật Công nghệ thông tin;");
        assert_eq!(title(&d).map(|t| (t.kind, t.decision)), Some((Kind::AnnualPlan, true)));
        assert_eq!(detect_plan_year(&d), Some(2024));
        let d = Document::from_text("Quyết định 2393/QĐ-UBND 2020 phê duyệt Chương trình chuyển đổi số Hồ Chí Minh\nSố hiệu: 2393/QĐ-UBND");
        assert_eq!(title(&d).map(|t| t.kind), Some(Kind::Decision));
        // the year of a date in the title (the resolution implemented) is not a plan year
        let d = Document::from_text("KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01 THÁNG 4 NĂM 2025 CỦA CHÍNH PHỦ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA\nThực hiện Nghị quyết số 71/NQ-CP;");
        assert_eq!(title(&d).map(|t| t.kind), Some(Kind::Other));
        // a sentence naming another plan is no title
        let d = Document::from_text("Thực hiện Kế hoạch số 99/KH-UBND ngày 16/3/2023 về Chuyển đổi số năm 2023;");
        assert!(title(&d).is_none());
    }

    #[test]
    fn template_title_and_not_the_dates_around_it() {
        let d = Document::from_text(" Phụ lục III\nKHUNG KẾ HOẠCH \nCHUYỂN ĐỔI SỐ CẤP BỘ, CẤP TỈNH NĂM 2024\n(Kèm theo Văn bản số /BTTTT-CĐSQG ngày / /2023)\nPhần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023");
        assert_eq!(detect_plan_year(&d), Some(2024));
        let d = Document::from_text("Phần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023");
        assert_eq!(detect_plan_year(&d), None);
    }
}
