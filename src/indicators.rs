//! The national trajectory: the indicators of the MIC action plan with their 2023 plan, 2024
//! plan and 2025 target values (`data/indicators.json`, embedded), and matching a plan's
//! paraphrased target to one of them.

use std::collections::{BTreeMap, HashMap};
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
    /// The name's and aliases' distinctive words with their weights (IDF), and each total.
    #[serde(skip)]
    phrases: Vec<(Vec<(u32, f32)>, f32)>,
    /// How many of its words a statement must share with it to be scored: two, or all of its
    /// shortest name (`địa chỉ số` says one distinctive word).
    #[serde(skip)]
    needed: usize,
}

#[derive(Deserialize)]
struct File {
    indicators: Vec<Indicator>,
}

/// Words that say nothing about which indicator is meant (a `match`: this runs on every word
/// of every target statement).
fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "ty" | "le"
            | "cua"
            | "cac"
            | "duoc"
            | "va"
            | "theo"
            | "tren"
            | "co"
            | "cho"
            | "trong"
            | "tai"
            | "the"
            | "hien"
            | "thuc"
            | "so"
            | "voi"
            | "dat"
            | "nguoi"
            | "dan"
            | "den"
            | "nam"
            | "muc"
            | "tieu"
            | "toi"
            | "thieu"
            | "it"
            | "nhat"
            | "phan"
            | "dau"
            | "dia"
            | "ban"
    )
}

struct Table {
    indicators: Vec<Indicator>,
    /// the words of the indicators' names and aliases
    vocab: vn::Vocab,
    /// word id → the indicators whose name or alias has it
    index: Vec<Vec<usize>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let file: File =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/indicators.json"))).unwrap_or(File { indicators: Vec::new() });
        let mut indicators = file.indicators;
        let words_of = |ind: &Indicator| {
            let mut phrases = vec![content_words(&ind.name)];
            phrases.extend(ind.aliases.iter().map(|a| content_words(a)));
            phrases
        };
        // how many indicators use a word: rare words say more about which one is meant
        let mut df: HashMap<String, usize> = HashMap::new();
        for ind in &indicators {
            let mut seen: Vec<String> = words_of(ind).into_iter().flatten().collect();
            seen.sort();
            seen.dedup();
            for w in seen {
                *df.entry(w).or_default() += 1;
            }
        }
        let n = indicators.len().max(1) as f32;
        let mut vocab = vn::Vocab::default();
        for ind in &mut indicators {
            ind.phrases = words_of(ind)
                .into_iter()
                .map(|p| {
                    let weighted: Vec<(u32, f32)> = p
                        .into_iter()
                        .map(|w| {
                            let idf = df.get(&w).map_or(0.1, |&d| (n / d as f32).ln() + 0.1);
                            (vocab.intern(&w), idf)
                        })
                        .collect();
                    let total = weighted.iter().map(|(_, w)| w).sum();
                    (weighted, total)
                })
                .collect();
        }
        for ind in &mut indicators {
            ind.needed = ind.phrases.iter().map(|(p, _)| p.len()).min().unwrap_or(0).clamp(1, 2);
        }
        let mut index = vec![Vec::new(); vocab.len()];
        for (i, ind) in indicators.iter().enumerate() {
            for &(w, _) in ind.phrases.iter().flat_map(|(p, _)| p) {
                if let Some(list) = index.get_mut(w as usize) {
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        Table { indicators, vocab, index }
    })
}

pub fn all() -> &'static [Indicator] {
    &table().indicators
}

fn content_words(text: &str) -> Vec<String> {
    let f = vn::fold(text);
    let mut words: Vec<String> = vn::words(&f).filter(|w| is_content_word(w)).map(String::from).collect();
    words.dedup();
    words
}

fn is_content_word(w: &str) -> bool {
    !is_stop_word(w) && !w.bytes().all(|b| b.is_ascii_digit())
}

/// A text's content words resolved against the indicators' vocabulary.
fn said(text: &str) -> vn::Said {
    let f = vn::fold(text);
    table().vocab.said(vn::words(&f).filter(|w| is_content_word(w)))
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

/// Share of each indicator's (weighted) words that a statement says: computed once per
/// statement, then reused for each of its figures.
pub struct StatementScores {
    full: Vec<f32>,
}

fn phrase_score((phrase, total): &(Vec<(u32, f32)>, f32), words: &vn::Said) -> f32 {
    if *total == 0.0 {
        return 0.0;
    }
    phrase.iter().filter(|(p, _)| words.has_like(*p)).map(|(_, w)| w).sum::<f32>() / total
}

impl StatementScores {
    pub fn new(statement: &str) -> StatementScores {
        let t = table();
        let words = said(statement);
        // only indicators sharing enough words with the statement are scored: two, or all of
        // their shortest name (`địa chỉ số` says one distinctive word)
        let mut shared = vec![0usize; t.indicators.len()];
        for &w in words.exact() {
            for &i in t.index.get(w as usize).map_or(&[][..], Vec::as_slice) {
                shared[i] += 1;
            }
        }
        let full = t
            .indicators
            .iter()
            .zip(&shared)
            .map(|(ind, &n)| if n >= ind.needed { ind.phrases.iter().map(|p| phrase_score(p, &words)).fold(0.0, f32::max) } else { 0.0 })
            .collect();
        StatementScores { full }
    }

    /// The indicator a figure of the statement answers, with the match score (0–1). `window` is
    /// the part of the statement around the figure (`90% tại cấp huyện`), which decides between
    /// indicators the whole statement names alike (`cấp tỉnh`, `cấp huyện`, `cấp xã`).
    pub fn best(&self, window: &str, unit: &str, level: Option<Level>) -> Option<(&'static Indicator, f32)> {
        let local = said(window);
        let mut best: Option<(&Indicator, f32)> = None;
        for (ind, &full) in table().indicators.iter().zip(&self.full) {
            if full + 0.25 < MIN_SCORE || ind.unit != unit || !ind.applies_to(level) {
                continue;
            }
            let near = ind.phrases.iter().map(|p| phrase_score(p, &local)).fold(0.0, f32::max);
            // between two indicators the statement names equally, the one whose whole name it
            // says more of (`… toàn trình phát sinh hồ sơ` is 1.5, not 1.1)
            let name_share = if full > 0.0 { ind.phrases.first().map_or(0.0, |p| phrase_score(p, &local).max(0.0)) } else { 0.0 };
            let score = full + 0.2 * near + 0.05 * name_share;
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((ind, score));
            }
        }
        best.filter(|&(_, s)| s >= MIN_SCORE)
    }
}

/// The indicator a target's words name (see [`StatementScores::best`]).
pub fn best_match(statement: &str, window: &str, unit: &str, level: Option<Level>) -> Option<(&'static Indicator, f32)> {
    StatementScores::new(statement).best(window, unit, level)
}

/// Share of an indicator's (weighted) words a target must say to be compared with it.
const MIN_SCORE: f32 = 0.7;

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
        best_match(statement, statement, "%", Some(Level::Tinh)).map(|(i, _)| i.id.as_str())
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
    }

    #[test]
    fn look_alike_sentences_do_not_match() {
        assert_eq!(id("100% cán bộ được trang bị máy tính"), None);
        assert_eq!(id("Giảm 20% thời gian họp"), None);
        assert_eq!(id("100% trường học có kết nối Internet"), None);
    }

    #[test]
    fn the_figure_window_decides_between_levels() {
        let s = "100% hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 70% tại cấp xã được xử lý trên môi trường mạng";
        let m = |w: &str| best_match(s, w, "%", Some(Level::Tinh)).map(|(i, _)| i.id.as_str());
        assert_eq!(m("100% hồ sơ công việc tại cấp tỉnh,"), Some("3.5.1"));
        assert_eq!(m("90% tại cấp huyện và"), Some("3.5.2"));
        assert_eq!(m("70% tại cấp xã được xử lý trên môi trường mạng"), Some("3.5.3"));
    }
}
