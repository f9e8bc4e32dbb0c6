//! The national trajectory: the indicators of the MIC action plan with their 2023 plan, 2024
//! plan and 2025 target values (`data/indicators.json`, embedded), and matching a plan's
//! paraphrased target to one of them.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::kinds::Level;
use crate::quantity::{self, Quantity};
use crate::vn;

#[derive(Debug, Clone, Deserialize)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `%` or `rank`.
    pub unit: String,
    /// Legal basis: `QĐ 942`, `QĐ 749`, …
    pub basis: String,
    /// Year → value as written (`60%`, `≥ 80%`, `Top 50`); `-` years are absent.
    pub values: BTreeMap<String, String>,
    /// Plan levels the indicator applies to (`tinh`, `bo`); empty for national-only ones.
    #[serde(default)]
    pub levels: Vec<String>,
    /// Levels whose every plan is expected to set a target for it.
    #[serde(default)]
    pub core: Vec<String>,
    /// What a target must say to be about this indicator: each entry is one way of saying it,
    /// phrases joined by ` + ` that must all stand in the target, in that order (`hộ gia đình +
    /// địa chỉ số`: who is counted, then what they have). A target that says none of them is
    /// not compared with it.
    #[serde(default)]
    pub subjects: Vec<String>,
    /// Phrases that make a target about something else even when it says the subject
    /// (`thu phí` for payment accounts: the toll account of 4.13).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// The administrative level the indicator is split by (`tinh`, `huyen`, `xa`, `bo`): the
    /// target's figure must be bound to one of them.
    #[serde(default)]
    pub scope: Vec<String>,
    /// `subjects` folded, each as its phrases
    #[serde(skip)]
    subject_phrases: Vec<Vec<String>>,
    #[serde(skip)]
    exclude_phrases: Vec<String>,
    #[serde(skip)]
    scope_mask: u8,
}

#[derive(Deserialize)]
struct File {
    indicators: Vec<Indicator>,
    /// Abbreviations drafts use (`tthc = thủ tục hành chính`), expanded before matching.
    #[serde(default)]
    abbreviations: Vec<String>,
}

/// Administrative levels a figure is bound to (a bit set).
pub const SCOPE_TINH: u8 = 1;
pub const SCOPE_HUYEN: u8 = 2;
pub const SCOPE_XA: u8 = 4;
pub const SCOPE_BO: u8 = 8;

fn scope_bit(name: &str) -> u8 {
    match name {
        "tinh" => SCOPE_TINH,
        "huyen" => SCOPE_HUYEN,
        "xa" => SCOPE_XA,
        "bo" => SCOPE_BO,
        _ => 0,
    }
}

struct Table {
    indicators: Vec<Indicator>,
    /// (abbreviation, its words), folded
    abbreviations: Vec<(String, String)>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let file: File = serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/indicators.json")))
            .unwrap_or(File { indicators: Vec::new(), abbreviations: Vec::new() });
        let mut abbreviations = Vec::new();
        for a in &file.abbreviations {
            if let Some((k, v)) = a.split_once('=') {
                abbreviations.push((vn::fold(k), vn::fold(v)));
            }
        }
        let mut indicators = file.indicators;
        for ind in &mut indicators {
            for subject in &ind.subjects {
                let mut phrases = Vec::new();
                for p in subject.split(" + ") {
                    let f = vn::fold(p);
                    if !f.is_empty() {
                        phrases.push(f);
                    }
                }
                if !phrases.is_empty() {
                    ind.subject_phrases.push(phrases);
                }
            }
            for e in &ind.exclude {
                ind.exclude_phrases.push(vn::fold(e));
            }
            for s in &ind.scope {
                ind.scope_mask |= scope_bit(s);
            }
        }
        Table { indicators, abbreviations }
    })
}

pub fn all() -> &'static [Indicator] {
    &table().indicators
}

/// A text folded for matching, its abbreviations spelled out (`TTHC` → `thu tuc hanh chinh`).
pub fn folded_for_matching(text: &str) -> String {
    let t = table();
    let f = vn::fold(text);
    let mut out = String::with_capacity(f.len() + 16);
    for w in vn::words(&f) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t.abbreviations.iter().find(|(k, _)| k == w).map_or(w, |(_, v)| v.as_str()));
    }
    out
}

impl Indicator {
    /// Every plan of this level is expected to set a target for it.
    pub fn is_core_for(&self, level: Option<Level>) -> bool {
        let l = if level == Some(Level::Bo) { "bo" } else { "tinh" };
        self.core.iter().any(|c| c == l)
    }

    pub fn applies_to(&self, level: Option<Level>) -> bool {
        match level {
            Some(Level::Bo) => self.levels.iter().any(|l| l == "bo"),
            Some(Level::Tinh) | None => self.levels.iter().any(|l| l == "tinh"),
        }
    }

    /// The value to compare a plan of `plan_year` with: that year's column, or the last year
    /// the table gives for a later plan. None when the table has no value for it (`-`).
    pub fn value_for(&self, plan_year: u16) -> Option<(u16, String, Quantity)> {
        let year = plan_year.min(2025);
        if year < 2023 {
            return None;
        }
        let raw = self.values.get(&year.to_string())?;
        let q = parse_value(raw)?;
        Some((year, raw.clone(), q))
    }
}

/// A value of the national table: `60%`, `≥ 80%`, `>50%`, `30.14%`, `Top 50`, `70` (a rank).
pub fn parse_value(raw: &str) -> Option<Quantity> {
    let t = raw.trim();
    if let Some(n) = vn::fold(t).strip_prefix("top ") {
        return n.trim().parse().ok().map(|value| Quantity::Rank { value });
    }
    if t.ends_with('%') {
        return quantity::figures(t).into_iter().next().map(|f| f.quantity);
    }
    t.parse().ok().map(|value| Quantity::Rank { value })
}

/// A target's figure matched to a national indicator, with the words that matched.
#[derive(Debug, Clone)]
pub struct Match {
    pub indicator: &'static Indicator,
    /// The subject as the indicator's data names it (`bệnh án điện tử`): what the target said.
    pub words: String,
}

/// Words around a figure that say nothing of what is measured (levels, verbs of reaching,
/// comparators): a figure whose own words are only these takes the subject of its statement
/// (`100% tại cấp huyện và 90% tại cấp xã` in a statement about work files).
pub fn is_filler(w: &str) -> bool {
    FILLER.contains(&w)
}

const FILLER: &[&str] = &[
    "tai", "o", "cap", "tinh", "huyen", "xa", "bo", "va", "dat", "tu", "tren", "duoi", "duoc", "ty", "le", "trong", "cua", "cac", "khoang",
    "toi", "thieu", "it", "nhat", "phan", "dau", "muc", "tieu", "nam", "xu", "ly", "thuc", "hien", "khong", "hon", "thap", "voi", "doi",
    "so", "con", "lai", "ubnd", "uy", "ban", "nhan", "dan", "thanh", "pho", "thi", "tran", "phuong", "dia",
];

/// The indicators a figure answers: those whose subject the figure's own words (`window`) say,
/// or, when those words say nothing else, that the whole statement says (`whole`: what
/// [`statement_candidates`] found in it, computed once per statement). Only the most specific
/// subject counts; two different indicators said alike match neither. `scopes` are the levels
/// the figure is bound to (`SCOPE_*`); an indicator split by level needs one of its own.
pub fn subject_matches(whole: &[Match], window: &str, unit: &str, level: Option<Level>, scopes: u8) -> Vec<Match> {
    let local = folded_for_matching(window);
    let found = candidates(&local, unit, level);
    let found = if !found.is_empty() {
        found
    } else {
        // the figure's own words must add nothing but filler to the statement's subject
        let own_words = |words: &str| {
            let subject = folded_for_matching(words);
            vn::words(&local)
                .filter(|w| !is_filler(w) && !w.bytes().all(|b| b.is_ascii_digit()) && !vn::words(&subject).any(|s| s == *w))
                .count()
        };
        match whole.first() {
            Some(m) if m.indicator.unit == unit && own_words(&m.words) <= 2 => whole.to_vec(),
            _ => Vec::new(),
        }
    };
    let scopes = if scopes == 0 && level == Some(Level::Bo) { SCOPE_BO } else { scopes };
    let mut out: Vec<Match> = Vec::new();
    for m in found {
        let mask = m.indicator.scope_mask;
        if mask != 0 && mask & scopes == 0 {
            continue;
        }
        if mask == 0 && out.iter().any(|o| o.indicator.scope_mask == 0 && o.indicator.id != m.indicator.id) {
            return Vec::new(); // two unrelated indicators said alike: no confident match
        }
        out.push(m);
    }
    out
}

/// The indicators a whole statement names (see [`subject_matches`]).
pub fn statement_candidates(statement: &str, unit: &str, level: Option<Level>) -> Vec<Match> {
    candidates(&folded_for_matching(statement), unit, level)
}

/// Indicators whose subject `folded` says (and no exclusion), the most specific only.
fn candidates(folded: &str, unit: &str, level: Option<Level>) -> Vec<Match> {
    let mut best: Vec<(usize, Match)> = Vec::new();
    for ind in all() {
        if ind.unit != unit || !ind.applies_to(level) || ind.exclude_phrases.iter().any(|e| vn::has_phrase(folded, e)) {
            continue;
        }
        let said = ind
            .subject_phrases
            .iter()
            .zip(&ind.subjects)
            .filter(|(phrases, _)| says_in_order(folded, phrases))
            .map(|(phrases, raw)| (phrases.iter().map(|p| vn::words(p).count()).sum::<usize>(), raw))
            .max_by_key(|&(n, _)| n);
        let Some((n, raw)) = said else { continue };
        let m = Match { indicator: ind, words: raw.replace(" + ", " … ") };
        match best.first().map(|(b, _)| *b) {
            Some(b) if n < b => {}
            Some(b) if n == b => best.push((n, m)),
            _ => best = vec![(n, m)],
        }
    }
    best.into_iter().map(|(_, m)| m).collect()
}

/// `folded` says each phrase, each after the one before it (`bệnh viện + bệnh án điện tử`: the
/// hospitals are counted; `bệnh án điện tử … giữa các bệnh viện` counts records).
fn says_in_order(folded: &str, phrases: &[String]) -> bool {
    let mut from = 0;
    for p in phrases {
        let Some(rest) = folded.get(from..) else { return false };
        let Some(at) = vn::phrase_positions(rest, p).next() else { return false };
        from += at + p.len();
    }
    true
}

/// Levels named in a statement (`cấp tỉnh`, `cấp huyện`, `cấp xã`, `cấp bộ`), each with its
/// byte offset in the text, in order.
pub fn level_mentions(text: &str) -> Vec<(usize, u8)> {
    // word by word (`cấp` then the level's name), in order: no substring search, no sort
    let mut out = Vec::new();
    let mut previous_was_cap: Option<usize> = None;
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        let Some(from) = start.take() else { continue };
        let word = vn::fold(&text[from..i]);
        let bit = match word.as_str() {
            "tinh" => SCOPE_TINH,
            "huyen" => SCOPE_HUYEN,
            "xa" => SCOPE_XA,
            "bo" => SCOPE_BO,
            _ => 0,
        };
        match previous_was_cap {
            Some(at) if bit != 0 => out.push((at, bit)),
            _ => {}
        }
        previous_was_cap = (word == "cap").then_some(from);
    }
    out
}

/// The levels each figure (given by byte ranges, in order) is bound to, in either order of
/// writing: `100% ở cấp tỉnh, 90% ở cấp xã` (the level follows its figure) or `cấp tỉnh 100%,
/// cấp xã 90%`, `cấp tỉnh đạt 100%` (it comes first). The statement's first level decides.
pub fn bind_levels(text: &str, figures: &[(usize, usize)]) -> Vec<u8> {
    let mentions = level_mentions(text);
    let mut out = vec![0u8; figures.len()];
    let (Some(&(first_level, _)), Some(&(first_figure, _))) = (mentions.first(), figures.first()) else { return out };
    let before = first_level < first_figure;
    // the windows follow one another: one pass over the mentions
    let mut m = 0;
    for (i, &(from, to)) in figures.iter().enumerate() {
        let (a, b) =
            if before { (if i == 0 { 0 } else { figures[i - 1].1 }, from) } else { (to, figures.get(i + 1).map_or(text.len(), |f| f.0)) };
        while m < mentions.len() && mentions[m].0 < a {
            m += 1;
        }
        while m < mentions.len() && mentions[m].0 < b {
            out[i] |= mentions[m].1;
            m += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::Comparator;

    #[test]
    fn every_value_of_the_national_table_parses() {
        assert!(all().len() >= 50, "{}", all().len());
        for ind in all() {
            for (year, raw) in &ind.values {
                let q = parse_value(raw).unwrap_or_else(|| panic!("{} {year}: {raw}", ind.id));
                match (ind.unit.as_str(), &q) {
                    ("%", Quantity::Percent { value, .. }) => assert!((0.0..=100.0).contains(value), "{} {raw}", ind.id),
                    ("rank", Quantity::Rank { .. }) => {}
                    _ => panic!("{} {year}: {raw} parsed as {q:?}", ind.id),
                }
            }
        }
        assert_eq!(parse_value("≥ 80%"), Some(Quantity::Percent { value: 80.0, comparator: Comparator::Ge }));
        assert_eq!(parse_value("> 80%"), Some(Quantity::Percent { value: 80.0, comparator: Comparator::Gt }));
        assert_eq!(parse_value(">50%"), Some(Quantity::Percent { value: 50.0, comparator: Comparator::Gt }));
        assert_eq!(parse_value("86,97%"), Some(Quantity::Percent { value: 86.97, comparator: Comparator::Eq }));
        assert_eq!(parse_value("30.14%"), Some(Quantity::Percent { value: 30.14, comparator: Comparator::Eq }));
        assert_eq!(parse_value("Top 50"), Some(Quantity::Rank { value: 50 }));
        assert_eq!(parse_value("70"), Some(Quantity::Rank { value: 70 }));
    }

    #[test]
    fn the_plan_year_picks_the_column() {
        let ind = all().iter().find(|i| i.id == "1.4").unwrap();
        assert_eq!(ind.value_for(2024).map(|v| (v.0, v.1)), Some((2024, "60%".to_string())));
        assert_eq!(ind.value_for(2023).map(|v| v.1), Some("30%".to_string()));
        assert_eq!(ind.value_for(2026).map(|v| (v.0, v.1)), Some((2025, "≥ 80%".to_string())));
        let ind = all().iter().find(|i| i.id == "1.1").unwrap();
        assert_eq!(ind.value_for(2024), None, "`-` in the table is not compared");
    }

    fn id(statement: &str) -> Option<&'static str> {
        let whole = statement_candidates(statement, "%", Some(Level::Tinh));
        let m = subject_matches(&whole, statement, "%", Some(Level::Tinh), 0);
        (m.len() == 1).then(|| m[0].indicator.id.as_str())
    }

    #[test]
    fn paraphrased_names_find_their_indicator() {
        assert_eq!(id("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%"), Some("1.4"));
        assert_eq!(id("100% dịch vụ công trực tuyến có phát sinh hồ sơ"), Some("1.5"));
        assert_eq!(id("90% người dân trưởng thành có điện thoại thông minh"), Some("1.6"));
        assert_eq!(id("80% dân số trưởng thành có tài khoản thanh toán điện tử"), Some("1.8"));
        assert_eq!(id("Kinh tế số chiếm 17,5% GRDP của tỉnh"), Some("4.19"));
        assert_eq!(id("Tỷ trọng kinh te so trong GRDP dat 17,5%"), Some("4.19"));
        assert_eq!(id("70% dân số có danh tính số"), Some("4.1"));
        assert_eq!(id("Phấn đấu 100% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử"), Some("3.4"));
        assert_eq!(id("60% hồ sơ TTHC được giải quyết hoàn toàn trực tuyến"), Some("1.4"));
    }

    #[test]
    fn look_alike_sentences_do_not_match() {
        assert_eq!(id("100% cán bộ được trang bị máy tính"), None);
        assert_eq!(id("Giảm 20% thời gian họp"), None);
        assert_eq!(id("100% trường học có kết nối Internet"), None);
        // the kinds the issue saw: shared common words, another subject
        assert_eq!(id("100% bệnh viện triển khai bệnh án điện tử, thanh toán viện phí không dùng tiền mặt"), Some("4.7"));
        assert_eq!(id("70% bệnh viện triển khai bệnh án điện tử"), Some("4.7"));
        assert_eq!(id("50% hoạt động chỉ đạo, điều hành, quản trị nội bộ thực hiện trên nền tảng số"), Some("3.3"));
        assert_eq!(id("100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa"), None);
    }

    #[test]
    fn the_figure_binds_its_level_in_either_order() {
        let levels = |s: &str| {
            let figs: Vec<(usize, usize)> = quantity::figures(s).iter().map(|f| (f.from, f.to)).collect();
            bind_levels(s, &figs)
        };
        let (t, h, x) = (SCOPE_TINH, SCOPE_HUYEN, SCOPE_XA);
        assert_eq!(levels("100% hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 70% tại cấp xã"), [t, h, x]);
        assert_eq!(levels("hồ sơ công việc: cấp tỉnh 100%, cấp huyện 100%, cấp xã 90%"), [t, h, x]);
        assert_eq!(levels("cấp tỉnh đạt 100%, cấp huyện đạt 95% và cấp xã đạt 85%"), [t, h, x]);
        assert_eq!(levels("100% hồ sơ công việc cấp tỉnh, cấp huyện"), [t | h]);
        assert_eq!(levels("100% hồ sơ công việc"), [0]);
        let s = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh 100%, cấp huyện 100%, cấp xã 90%";
        let ids: Vec<&str> = quantity::figures(s)
            .iter()
            .zip(levels(s))
            .flat_map(|(_, scope)| subject_matches(&statement_candidates(s, "%", Some(Level::Tinh)), "", "%", Some(Level::Tinh), scope))
            .map(|m| m.indicator.id.as_str())
            .collect();
        assert_eq!(ids, ["3.5.1", "3.5.2", "3.5.3"]);
    }
}
