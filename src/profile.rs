//! Template profiles: the required sections of a plan, as data. The built-in profiles are JSON
//! files under `data/profiles/`, embedded at compile time; a province can hand its own JSON in
//! the same format to the CLI (`--profile-file`) or the JS API.

use serde::{Deserialize, Serialize};

use crate::vn;

/// A template section as written in a profile file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSpec {
    /// Stable ID, part of the public contract (`P2.VII`).
    pub id: String,
    /// The number the template gives it: `I`, `3`, `1.2`, `a`.
    pub number: String,
    /// Canonical title; `{N}` is the plan year, `{N-1}` the year before.
    pub title: String,
    pub title_en: String,
    /// Other wordings real drafts use for this heading.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default = "yes")]
    pub required: bool,
    /// What the template says the section must contain (shown as the suggestion).
    #[serde(default)]
    pub guidance: String,
    /// Severity of `section.missing` for it: `error` (default down to `1.`-level items) or
    /// `warning` (the default for deeper items such as `1.1.` and `a)`).
    #[serde(default)]
    pub severity: Option<crate::report::Severity>,
    #[serde(default)]
    pub children: Vec<SectionSpec>,
}

fn yes() -> bool {
    true
}

/// A profile file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSpec {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub name_en: String,
    /// The plan year the template was issued for (its default when the draft names none).
    pub plan_year: u16,
    pub sections: Vec<SectionSpec>,
}

/// A section of a loaded profile, flattened in template order.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub number: String,
    pub title: String,
    pub title_en: String,
    pub required: bool,
    pub guidance: String,
    /// Word pairs (`"nen tang"`) of `guidance`, hashed ([`pair_key`]) and sorted: to tell a
    /// copied template sentence from content that merely uses the same words.
    pub guidance_pairs: Vec<u32>,
    pub severity: crate::report::Severity,
    pub parent: Option<usize>,
    pub depth: usize,
    /// Folded, year-free word lists of the title and each alias, as ids in the profile's
    /// vocabulary.
    pub names: Vec<Vec<u32>>,
    /// Words in the shortest of `names`.
    pub shortest_name: usize,
}

/// A profile ready for matching.
#[derive(Debug, Clone)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub plan_year: u16,
    pub sections: Vec<Section>,
    /// The words of every section's title and aliases.
    pub vocab: vn::Vocab,
    /// Each title word (by id) → the sections whose title or alias has it: a line is only
    /// compared with the sections it shares a word with.
    pub word_index: Vec<Vec<usize>>,
}

/// The built-in profiles: (ID, JSON).
const BUILTIN: &[(&str, &str)] = &[
    // minified copies of data/profiles/*.json (build.rs)
    ("khung-2024", include_str!(concat!(env!("OUT_DIR"), "/profiles-khung-2024.json"))),
    ("khung-2023", include_str!(concat!(env!("OUT_DIR"), "/profiles-khung-2023.json"))),
];

pub const DEFAULT_PROFILE: &str = "khung-2024";

/// The built-in template of each plan year, oldest first.
const BY_YEAR: &[(u16, &str)] = &[(2023, "khung-2023"), (2024, "khung-2024")];

/// The built-in template for a plan year: that year's own, else the latest for a later year
/// (the oldest for an earlier one), else the default; and how it was chosen.
pub fn for_year(year: Option<u16>) -> (&'static str, crate::report::ProfileSource) {
    use crate::report::ProfileSource;
    let Some(year) = year else { return (DEFAULT_PROFILE, ProfileSource::Default) };
    match (BY_YEAR.iter().find(|(y, _)| *y == year), BY_YEAR.first(), BY_YEAR.last()) {
        (Some((_, id)), _, _) => (id, ProfileSource::Year),
        (None, Some((first, id)), _) if year < *first => (id, ProfileSource::Oldest),
        (None, _, Some((_, id))) => (id, ProfileSource::Latest),
        _ => (DEFAULT_PROFILE, ProfileSource::Default),
    }
}

/// IDs and names of the built-in profiles.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTIN.iter().map(|(id, _)| *id).collect()
}

/// A built-in profile by ID, parsed once (the check runs on every pause in typing).
/// Each is parsed only when first asked for: the first check of a page pays for one profile.
pub fn builtin(id: &str) -> Option<&'static Profile> {
    static LOADED: [std::sync::OnceLock<Option<Profile>>; BUILTIN.len()] = [const { std::sync::OnceLock::new() }; BUILTIN.len()];
    let i = BUILTIN.iter().position(|(b, _)| *b == id)?;
    // built-in JSON is checked by the test suite, so none fails at run time
    LOADED.get(i)?.get_or_init(|| BUILTIN.get(i).and_then(|(_, json)| Profile::from_json(json).ok())).as_ref()
}

/// A profile that could not be read, with the reason in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    pub message: String,
    pub message_en: String,
}

impl Profile {
    /// Parse and check a profile file. Errors name the field at fault.
    pub fn from_json(json: &str) -> Result<Profile, ProfileError> {
        let spec: ProfileSpec = serde_json::from_str(json).map_err(|e| ProfileError {
            message: format!("Tệp khung kế hoạch không hợp lệ: {e}"),
            message_en: format!("Invalid profile file: {e}"),
        })?;
        Profile::from_spec(spec)
    }

    pub fn from_spec(spec: ProfileSpec) -> Result<Profile, ProfileError> {
        let mut sections = Vec::new();
        let mut vocab = vn::Vocab::default();
        flatten(&spec.sections, None, 0, &mut vocab, &mut sections)?;
        let mut seen = std::collections::HashSet::new();
        for s in &sections {
            if !seen.insert(s.id.as_str()) {
                return Err(ProfileError {
                    message: format!("Khung kế hoạch có hai mục cùng mã \"{}\" (trường id).", s.id),
                    message_en: format!("The profile has two sections with id \"{}\".", s.id),
                });
            }
        }
        let mut word_index = vec![Vec::new(); vocab.len()];
        for (i, s) in sections.iter().enumerate() {
            for &w in s.names.iter().flatten() {
                if let Some(list) = word_index.get_mut(w as usize) {
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        Ok(Profile { id: spec.id, name: spec.name, name_en: spec.name_en, plan_year: spec.plan_year, sections, vocab, word_index })
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// The top-level section (part) that `idx` belongs to.
    pub fn root_of(&self, mut idx: usize) -> usize {
        while let Some(p) = self.sections.get(idx).and_then(|s| s.parent) {
            idx = p;
        }
        idx
    }

    /// Is `ancestor` a (strict) ancestor of `idx`?
    pub fn is_ancestor(&self, ancestor: usize, mut idx: usize) -> bool {
        while let Some(p) = self.sections.get(idx).and_then(|s| s.parent) {
            if p == ancestor {
                return true;
            }
            idx = p;
        }
        false
    }
}

const MAX_DEPTH: usize = 6;

fn flatten(
    specs: &[SectionSpec],
    parent: Option<usize>,
    depth: usize,
    vocab: &mut vn::Vocab,
    out: &mut Vec<Section>,
) -> Result<(), ProfileError> {
    if depth >= MAX_DEPTH {
        return Err(ProfileError {
            message: format!("Khung kế hoạch lồng quá {MAX_DEPTH} cấp (trường children)."),
            message_en: format!("The profile nests more than {MAX_DEPTH} levels (field children)."),
        });
    }
    for spec in specs {
        if spec.id.trim().is_empty() || spec.title.trim().is_empty() {
            return Err(ProfileError {
                message: "Mỗi mục của khung kế hoạch cần trường id và title khác rỗng.".into(),
                message_en: "Every profile section needs a non-empty id and title.".into(),
            });
        }
        let names: Vec<Vec<u32>> = std::iter::once(&spec.title)
            .chain(&spec.aliases)
            .map(|t| title_words(t).iter().map(|w| vocab.intern(w)).collect::<Vec<u32>>())
            .filter(|w| !w.is_empty())
            .collect();
        let idx = out.len();
        out.push(Section {
            id: spec.id.clone(),
            number: spec.number.clone(),
            title: spec.title.clone(),
            title_en: spec.title_en.clone(),
            required: spec.required,
            guidance: spec.guidance.clone(),
            guidance_pairs: {
                let mut pairs = pair_keys(&title_words(&spec.guidance));
                vn::sort_ids(&mut pairs);
                pairs
            },
            severity: spec.severity.unwrap_or(if depth >= 3 { crate::report::Severity::Warning } else { crate::report::Severity::Error }),
            parent,
            depth,
            shortest_name: names.iter().map(Vec::len).min().unwrap_or(0),
            names,
        });
        flatten(&spec.children, Some(idx), depth + 1, vocab, out)?;
    }
    Ok(())
}

/// The words of a title that identify it: folded, without year placeholders or numbers.
pub fn title_words(title: &str) -> Vec<String> {
    let folded = vn::fold(&title.replace("{N-1}", " ").replace("{N}", " "));
    vn::words(&folded).filter(|w| is_title_word(w)).map(str::to_string).collect()
}

/// A folded word that can tell titles apart: not a number, not the `N` of a year placeholder.
pub fn is_title_word(w: &str) -> bool {
    !w.bytes().all(|b| b.is_ascii_digit()) && w != "n"
}

/// Consecutive word pairs, hashed: `["nen", "tang", "so"]` → keys of `nen tang`, `tang so`.
pub fn pair_keys<S: AsRef<str>>(words: &[S]) -> Vec<u32> {
    words.windows(2).map(|w| pair_key(w[0].as_ref(), w[1].as_ref())).collect()
}

/// The key of the word pair `a b` (see [`vn::words_key`]).
pub fn pair_key(a: &str, b: &str) -> u32 {
    vn::words_key(&[a, b])
}

/// Put the plan year into a template text.
pub fn with_year(text: &str, plan_year: u16) -> String {
    text.replace("{N-1}", &(plan_year.saturating_sub(1)).to_string()).replace("{N}", &plan_year.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_profiles_load() {
        for id in builtin_ids() {
            let p = builtin(id).expect(id);
            assert!(p.sections.len() > 20);
            assert_eq!(p.sections[0].id, "P1");
        }
    }

    #[test]
    fn malformed_profile_names_the_field() {
        let err = Profile::from_json(r#"{"id":"x","name":"x","plan_year":2024,"sections":[{"id":"A","number":"I"}]}"#).unwrap_err();
        assert!(err.message.contains("title"), "{}", err.message);
        let err = Profile::from_json(
            r#"{"id":"x","name":"x","plan_year":2024,"sections":[{"id":"A","number":"I","title":"T","title_en":"T","colour":1}]}"#,
        )
        .unwrap_err();
        assert!(err.message_en.contains("colour"), "{}", err.message_en);
    }

    #[test]
    fn years_are_filled_in() {
        assert_eq!(with_year("Kinh phí năm {N-1} và {N}", 2025), "Kinh phí năm 2024 và 2025");
        assert_eq!(title_words("Đánh giá kết quả thực hiện năm {N-1}"), ["danh", "gia", "ket", "qua", "thuc", "hien", "nam"]);
    }
}
