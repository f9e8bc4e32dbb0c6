//! Vietnamese text helpers: diacritic-insensitive folding and tolerant word comparison.
//! Matching headings on folded words lets `TINH HINH THUC HIEN`, `Tình hình thực hiện`
//! and `TÌNH HÌNH THỰC HIỆN` compare equal.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Vietnamese letters and their decompositions (`data/vn-letters.tsv`): enough to compose
/// decomposed (NFD) Vietnamese and to fold diacritics, without the full Unicode tables.
struct Letters {
    /// `e` + U+0323 + U+0302 → `ệ`
    composed: HashMap<&'static str, char>,
    /// base letters of U+00C0..U+01FF and U+1EA0..U+1EFF, by offset (`\0` when none): folding
    /// runs on every line, so this is a direct lookup, not a hash
    latin: [char; 0x140],
    extended: [char; 0x60],
}

fn letters() -> &'static Letters {
    static L: OnceLock<Letters> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Letters { composed: HashMap::new(), latin: ['\0'; 0x140], extended: ['\0'; 0x60] };
        for line in include_str!("../data/vn-letters.tsv").lines() {
            let Some((c, nfd)) = line.split_once('\t') else { continue };
            let (Some(c), Some(b)) = (c.chars().next(), nfd.chars().next()) else { continue };
            l.composed.insert(nfd, c);
            match c as u32 {
                u @ 0xC0..=0x1FF => l.latin[(u - 0xC0) as usize] = b,
                u @ 0x1EA0..=0x1EFF => l.extended[(u - 0x1EA0) as usize] = b,
                _ => {}
            }
        }
        l
    })
}

/// The letter without its diacritics (`ệ` → `e`), for Vietnamese letters.
fn base_letter(c: char) -> Option<char> {
    let l = letters();
    let b = match c as u32 {
        u @ 0xC0..=0x1FF => l.latin[(u - 0xC0) as usize],
        u @ 0x1EA0..=0x1EFF => l.extended[(u - 0x1EA0) as usize],
        _ => '\0',
    };
    (b != '\0').then_some(b)
}

/// A combining diacritical mark (what NFD input puts after a base letter).
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// Compose a base letter and its marks (`e`, U+0323, U+0302) into one Vietnamese letter (`ệ`),
/// in any order of the marks; None when they do not make one.
pub fn compose(segment: &str) -> Option<char> {
    let l = letters();
    if let Some(&c) = l.composed.get(segment) {
        return Some(c);
    }
    // marks typed in another order than the canonical one: try the other order of two marks
    let mut chars = segment.chars();
    let (b, m1, m2) = (chars.next()?, chars.next()?, chars.next()?);
    if chars.next().is_some() {
        return None;
    }
    let swapped: String = [b, m2, m1].iter().collect();
    l.composed.get(swapped.as_str()).copied()
}

/// Lowercase, strip diacritics (`đ` → `d`), turn every non-alphanumeric run into one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        // ASCII and Vietnamese letters first: `is_alphanumeric` is slow outside ASCII
        let letter = c.is_ascii_alphanumeric() || (!c.is_ascii() && (base_letter(c).is_some() || matches!(c, 'đ' | 'Đ') || c.is_alphanumeric()));
        if letter {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            push_folded_char(c, &mut out);
        } else if is_mark(c) {
            // a combining mark of NFD input: dropped with the diacritics
        } else {
            pending_space = true;
        }
    }
    out
}

fn push_folded_char(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(base_letter(c).unwrap_or(c).to_lowercase()),
    }
}

/// Words of a folded string.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Two folded words are the same word, allowing one typo (edit or swap) when the longer word
/// has 4+ letters and both start alike (`tieu`/`tiu`, `nhiem`/`nhiêm` after folding).
pub fn same_word(a: &str, b: &str) -> bool {
    if a.len() == b.len() && a == b {
        return true;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // the cheapest tests first: this runs for every pair of words compared
    if a.first() != b.first() || a.len().abs_diff(b.len()) > 1 || a.len().max(b.len()) < 4 || a.len().min(b.len()) < 3 {
        return false;
    }
    within_one_edit(a, b)
}

fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..] // substitution
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]) // swap
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// Folded words, sorted, for "does it say this word (allowing a typo)?" asked many times:
/// exact by binary search, and the typo check only against words with the same first letter.
#[derive(Debug, Default, Clone)]
pub struct WordSet {
    words: Vec<String>,
}

impl WordSet {
    pub fn new(words: impl IntoIterator<Item = String>) -> WordSet {
        let mut words: Vec<String> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        WordSet { words }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    pub fn has_exact(&self, w: &str) -> bool {
        self.words.binary_search_by(|x| x.as_str().cmp(w)).is_ok()
    }

    /// Has `w`, or a word one typo away from it (see [`same_word`]).
    pub fn has_like(&self, w: &str) -> bool {
        if self.has_exact(w) {
            return true;
        }
        let Some(&first) = w.as_bytes().first() else { return false };
        let start = self.words.partition_point(|x| x.as_bytes().first() < Some(&first));
        self.words[start..].iter().take_while(|x| x.as_bytes().first() == Some(&first)).any(|x| same_word(w, x))
    }
}

/// True when the visible letters of `s` are all capitals (a typical heading in Vietnamese decrees).
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_every_vietnamese_letter_like_nfc() {
        use unicode_normalization::UnicodeNormalization;
        let all: String = include_str!("../data/vn-letters.tsv").lines().filter_map(|l| l.chars().next()).collect();
        assert_eq!(all.chars().count(), 132);
        for c in all.chars() {
            let nfd: String = c.to_string().nfd().collect();
            assert_eq!(compose(&nfd), Some(c), "{c}");
            assert_eq!(nfd.nfc().collect::<String>(), c.to_string());
        }
        // marks in the order people type them (tone last) compose too
        assert_eq!(compose("e\u{302}\u{323}"), Some('ệ'));
        assert_eq!(compose("q\u{301}"), None);
    }

    #[test]
    fn folds_precomposed_and_decomposed_alike() {
        assert_eq!(fold("ĐÁNH GIÁ KẾT QUẢ"), "danh gia ket qua");
        let nfd = "Nha\u{302}\u{323}n thu\u{31b}\u{301}c so\u{302}\u{301}";
        assert_eq!(fold(nfd), "nhan thuc so");
        assert_eq!(fold("  II.  Mục tiêu: "), "ii muc tieu");
    }

    #[test]
    fn one_typo_is_tolerated_in_long_words() {
        assert!(same_word("truyen", "truyen"));
        assert!(same_word("truyen", "tryuen"));
        assert!(same_word("chuyen", "chuyn"));
        assert!(same_word("tieu", "tiu"));
        assert!(!same_word("so", "se"));
        assert!(!same_word("an", "anh"));
        assert!(!same_word("thuc", "thuc2x"));
    }

    #[test]
    fn all_caps() {
        assert!(is_all_caps("NỘI DUNG KẾ HOẠCH NĂM 2024"));
        assert!(!is_all_caps("Nội dung kế hoạch"));
    }
}
