//! Vietnamese text helpers: diacritic-insensitive folding and tolerant word comparison.
//! Matching headings on folded words lets `TINH HINH THUC HIEN`, `Tình hình thực hiện`
//! and `TÌNH HÌNH THỰC HIỆN` compare equal.

use std::sync::OnceLock;

/// Vietnamese letters and their decompositions (`data/vn-letters.tsv`): enough to compose
/// decomposed (NFD) Vietnamese and to fold diacritics, without the full Unicode tables.
struct Letters {
    /// `e` + U+0323 + U+0302 → `ệ` (as u32: `Vocab`'s map type)
    composed: WordMap,
    /// base letters (ASCII, lower case) of U+00C0..U+01FF and U+1EA0..U+1EFF, by offset (0 when
    /// none): folding runs on every line, so this is a direct lookup, not a hash
    latin: [u8; 0x140],
    extended: [u8; 0x60],
}

fn letters() -> &'static Letters {
    static L: OnceLock<Letters> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Letters { composed: WordMap::default(), latin: [0; 0x140], extended: [0; 0x60] };
        // (the file's lines: it has no `\r`; the empty piece after its last `\n` has no tab)
        for line in split(include_str!("../data/vn-letters.tsv"), "\n") {
            let Some((c, nfd)) = split_once(line, "\t") else { continue };
            let (Some(c), Some(&b)) = (c.chars().next(), nfd.as_bytes().first()) else { continue };
            l.composed.insert(nfd.to_string(), c as u32);
            // (the base letter: ASCII, as `fold_into` writes it)
            let b = if b.is_ascii() { b } else { 0 };
            match c as u32 {
                u @ 0xC0..=0x1FF => l.latin[(u - 0xC0) as usize] = b.to_ascii_lowercase(),
                u @ 0x1EA0..=0x1EFF => l.extended[(u - 0x1EA0) as usize] = b.to_ascii_lowercase(),
                _ => {}
            }
        }
        // `đ`, `Đ` (no decomposition: not in the file)
        l.latin[0x50] = b'd';
        l.latin[0x51] = b'd';
        l
    })
}

/// A combining diacritical mark (what NFD input puts after a base letter).
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// Compose a base letter and its marks (`e`, U+0323, U+0302) into one Vietnamese letter (`ệ`),
/// in any order of the marks; None when they do not make one.
pub fn compose(segment: &str) -> Option<char> {
    let l = letters();
    if let Some(c) = l.composed.get(segment).and_then(char::from_u32) {
        return Some(c);
    }
    // marks typed in another order than the canonical one: try the other order of two marks
    let mut chars = self::chars(segment);
    let (b, m1, m2) = (chars.next()?, chars.next()?, chars.next()?);
    if chars.next().is_some() {
        return None;
    }
    let swapped: String = [b, m2, m1].iter().collect();
    l.composed.get(swapped.as_str()).and_then(char::from_u32)
}

/// What [`fold`] makes of each ASCII byte: its lower case letter or digit, 0 for a word break.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut x = 0;
    while x < 128 {
        let b = x as u8;
        if b.is_ascii_alphanumeric() {
            t[x] = b.to_ascii_lowercase();
        }
        x += 1;
    }
    t
};

/// Lowercase, strip diacritics (`đ` → `d`), turn every non-alphanumeric run into one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `f` of `s` folded (see [`fold`]), in a buffer reused from call to call instead of a String
/// of its own: for a caller that only reads the folded text (a call inside `f` folds into a
/// buffer of its own).
pub fn with_folded<T>(s: &str, f: impl FnOnce(&str) -> T) -> T {
    let buffer = folded_buffer(s, None);
    let out = f(&buffer);
    folded_buffer("", Some(buffer));
    out
}

thread_local! {
    static FOLDED: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// [`with_folded`]'s buffer: taken with `s` folded into it (`back` None), or given back (`s`
/// unread). (Not inlined, nor generic: one copy for every caller of `with_folded`.)
#[inline(never)]
fn folded_buffer(s: &str, back: Option<String>) -> String {
    match back {
        Some(buffer) => {
            FOLDED.set(buffer);
            String::new()
        }
        None => {
            let mut buffer = FOLDED.take();
            fold_into(s, &mut buffer);
            buffer
        }
    }
}

/// [`fold`] into `out` (cleared first): a loop folding many short texts reuses one buffer.
#[inline(never)]
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    let l = letters();
    let b = s.as_bytes();
    // no space is to be written: none written yet, or a space last (taken back at the end)
    let mut spaced = true;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // what the character at `i` folds to: the ASCII letter or digit it stands for, or 0 for
        // a word break. ASCII, most of a Vietnamese text, is one look-up; so are the precomposed
        // Vietnamese letters, by their UTF-8 bytes (`s` is UTF-8, `i` at a lead byte):
        // U+00C0..U+01FF are C3..C7 and one byte, U+1EA0..U+1EFF E1 BA/BB and one byte.
        let f = if x < 0x80 {
            i += 1;
            ASCII_FOLD.get(usize::from(x)).copied().unwrap_or(0)
        } else {
            let next = |k: usize| usize::from(b.get(i + k).map_or(0, |&y| y & 0x3F));
            // (0 in a table: not a Vietnamese letter; 0xFF: another character, decoded below;
            // 0xFE: a character that folds to nothing)
            let known = |f: Option<&u8>| f.copied().filter(|&f| f != 0).unwrap_or(0xFF);
            let (f, len) = match x {
                0xC3..=0xC7 => (known(l.latin.get(usize::from(x - 0xC3) << 6 | next(1))), 2),
                // combining marks (U+0300..U+036F) of NFD input: dropped with the diacritics
                0xCC => (0xFE, 2),
                0xCD if next(1) < 0x30 => (0xFE, 2),
                0xE1 if b.get(i + 1).is_some_and(|&y| y & 0xFE == 0xBA) => {
                    (known(l.extended.get(((next(1) & 1) << 6 | next(2)).wrapping_sub(0x20))), 3)
                }
                0xE0..=0xEF => (0xFF, 3),
                0xF0.. => (0xFF, 4),
                _ => (0xFF, 2),
            };
            let at = i;
            i += len;
            match f {
                0xFE => continue,
                // another letter or digit (rare): its lower case, as it is; anything else a break
                0xFF => match char_at(s, at).filter(|&c| is_letter_or_digit(c)) {
                    Some(c) => {
                        out.push(to_lower(c));
                        spaced = false;
                        continue;
                    }
                    None => 0,
                },
                _ => f,
            }
        };
        if f != 0 {
            // (`& 0x7F`, a no-op on ASCII, tells the compiler that one byte is written)
            out.push(char::from(f & 0x7F));
            spaced = false;
        } else if !spaced {
            out.push(' ');
            spaced = true;
        }
    }
    if spaced && !out.is_empty() {
        out.pop();
    }
}

/// The character at `s[at..]`.
#[cold]
fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

/// `s.char_indices()`, decoded out of line in the wasm: std's iterator is inlined, its UTF-8
/// decoding with it, at each loop over characters (natively inlined: the same code as before).
pub fn char_indices(s: &str) -> CharIndices<'_> {
    CharIndices { s, at: 0 }
}

/// `s.chars()` (see [`char_indices`]).
pub fn chars(s: &str) -> Chars<'_> {
    Chars(char_indices(s))
}

#[derive(Clone)]
pub struct CharIndices<'a> {
    s: &'a str,
    at: usize,
}

impl Iterator for CharIndices<'_> {
    type Item = (usize, char);
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn next(&mut self) -> Option<(usize, char)> {
        let at = self.at;
        let c = self.s.get(at..)?.chars().next()?;
        self.at += c.len_utf8();
        Some((at, c))
    }
}

#[derive(Clone)]
pub struct Chars<'a>(CharIndices<'a>);

impl Iterator for Chars<'_> {
    type Item = char;
    #[inline(always)]
    fn next(&mut self) -> Option<char> {
        self.0.next().map(|(_, c)| c)
    }
}

/// Where the last `n + 1` characters of `s` start (`s.char_indices().rev().nth(n)`'s index), by
/// bytes: a character starts at each byte that is no UTF-8 continuation byte.
#[inline(never)]
pub fn last_chars_start(s: &str, n: usize) -> Option<usize> {
    let mut seen = 0;
    for (i, &x) in s.as_bytes().iter().enumerate().rev() {
        if x & 0xC0 != 0x80 {
            if seen == n {
                return Some(i);
            }
            seen += 1;
        }
    }
    None
}

/// `s`'s first character: `s.chars().next()` (and `s.starts_with(f)` as
/// `first_char(s).is_some_and(f)`), one copy of the decoding in the wasm for every reader.
#[inline(never)]
pub fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// `s`'s last character: `s.chars().next_back()` (see [`first_char`]).
#[inline(never)]
pub fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// `s` without the dash it starts with, `-` or `–`: `s.strip_prefix(&['-', '–'][..])`, without
/// std's code for a set of characters.
pub fn strip_dash(s: &str) -> Option<&str> {
    s.strip_prefix("-").or_else(|| s.strip_prefix("–"))
}

/// `s.parse::<u32>().ok()`, one copy of std's parsing in the wasm for every caller (it was
/// inlined at each).
#[inline(never)]
pub fn parse_u32(s: &str) -> Option<u32> {
    s.parse().ok()
}

/// `s.parse::<u16>().ok()` (see [`parse_u32`]).
pub fn parse_u16(s: &str) -> Option<u16> {
    parse_u32(s).and_then(|n| u16::try_from(n).ok())
}

/// Whether the ASCII byte `x` stands in `s`: `s.contains(x as char)` by `memchr`, without std's
/// char searcher (and core's own `memchr` with it).
pub fn has_byte(s: &str, x: u8) -> bool {
    find_byte(x, s.as_bytes()).is_some()
}

/// `memchr::memchr(x, b)`, out of line: the crate's is inlined at each caller.
#[inline(never)]
pub fn find_byte(x: u8, b: &[u8]) -> Option<usize> {
    memchr::memchr(x, b)
}

/// `s.chars().any(is_letter)`, one copy of the decoding loop for every caller.
#[inline(never)]
pub fn has_letter(s: &str) -> bool {
    chars(s).any(is_letter)
}

/// `s.chars().all(|c| to_upper(c) == c)`: nothing in `s` has a capital of its own.
#[inline(never)]
pub fn none_lower(s: &str) -> bool {
    chars(s).all(|c| to_upper(c) == c)
}

/// The first `n` characters of `t` (`t.char_indices().nth(n)`'s prefix), by bytes: a
/// character starts at each byte that is no UTF-8 continuation byte.
#[inline(never)]
pub fn first_chars(t: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, &x) in t.as_bytes().iter().enumerate() {
        if x & 0xC0 != 0x80 {
            if seen == n {
                return t.get(..i).unwrap_or(t);
            }
            seen += 1;
        }
    }
    t
}

/// Lower case of an ASCII or Vietnamese letter (`Ệ` → `ệ`, `Đ` → `đ`, `Ư` → `ư`); other
/// characters are returned unchanged. Drafts only need these, and the full Unicode case tables
/// would weigh about 10 KB of the wasm.
pub fn to_lower(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        // Ă Đ Ĩ Ũ (Latin Extended-A pairs), Ơ, Ư, and Ạ…Ỹ (Latin Extended Additional pairs)
        0x100..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EFF if u & 1 == 0 => u + 1,
        0x1A0 | 0x1AF => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Upper case of an ASCII or Vietnamese letter; other characters unchanged (see [`to_lower`]).
pub fn to_upper(c: char) -> char {
    let u = c as u32;
    let upper = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE => u - 0x20,
        0x101..=0x137 | 0x14B..=0x177 | 0x1EA1..=0x1EFF if u & 1 == 1 => u - 1,
        0x1A1 | 0x1B0 => u - 1,
        _ => u,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// `s` in lower case (see [`to_lower`]); byte lengths are kept, so offsets map back.
pub fn lowercase(s: &str) -> String {
    each_char(s, to_lower)
}

/// `s` in capitals (see [`to_upper`]).
pub fn uppercase(s: &str) -> String {
    each_char(s, to_upper)
}

/// `s` with `f` applied to each character (one copy of the loop in the wasm for both cases).
// (a loop into a String of the text's length: the cases keep byte lengths, so it never grows;
// `collect` brought `Extend<char>` and its reserve logic into the wasm)
pub fn each_char(s: &str, f: fn(char) -> char) -> String {
    let mut out = String::with_capacity(s.len());
    for c in chars(s) {
        out.push(f(c));
    }
    out
}

/// How many bytes of `b` are `x`, eight at a time (`memchr_iter(..).count()` goes byte by
/// byte in a wasm without SIMD, and this runs over every draft).
pub fn count_byte(b: &[u8], x: u8) -> usize {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let chunks = b.chunks_exact(8);
    let tail = chunks.remainder().iter().filter(|&&c| c == x).count();
    chunks.fold(tail, |n, c| {
        let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8])) ^ (ONES * u64::from(x));
        // a bit at the top of each byte of `v` that is zero (exactly: no borrow between bytes)
        n + (!(((v & LOWS) + LOWS) | v) & !LOWS).count_ones() as usize
    })
}

/// How many characters `s` has: `s.chars().count()`, whose std code weighs ~1 KB in the wasm
/// (−155 B gzip on the core without it). The wasm counts the bytes that continue a character,
/// eight at a time with `i64.popcnt`; natively std's count stays (x86-64's baseline has no
/// popcount instruction: this was 3× slower there).
// (natively inlined as std's count was at each caller: the same code as before)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn char_count(s: &str) -> usize {
    #[cfg(target_arch = "wasm32")]
    return char_count_by_words(s);
    #[cfg(not(target_arch = "wasm32"))]
    s.chars().count()
}

/// UTF-16 units in `s`: `s.encode_utf16().count()` without decoding each character (a unit per
/// character, two for a 4-byte one: its lead byte is 11110xxx). A finding's span counts them.
/// Eight bytes at a time: each byte's count (a continuation byte, 10xxxxxx, −1; a 4-byte lead,
/// 1111xxxx, +1) added up in its own lane, the lanes summed every 31 words (at most 248 in all:
/// no carry out of the top lane), so no popcount, which x86-64's baseline lacks.
pub fn utf16_len(s: &str) -> usize {
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let sum = |lanes: u64| (lanes.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
    let mut chunks = s.as_bytes().chunks_exact(8);
    let mut units = s.len();
    for &b in chunks.remainder() {
        units = units + usize::from(b >= 0xF0) - usize::from(b & 0xC0 == 0x80);
    }
    loop {
        let (mut continuing, mut astral) = (0u64, 0u64);
        let mut n = 0;
        for c in chunks.by_ref().take(31) {
            let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            continuing += (v & !(v << 1) & TOPS) >> 7;
            astral += (v & v << 1 & v << 2 & v << 3 & TOPS) >> 7;
            n += 1;
        }
        units = units + sum(astral) - sum(continuing);
        if n < 31 {
            return units;
        }
    }
}

/// (the wasm's [`char_count`]; native tests compare it with std's)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[inline(never)]
fn char_count_by_words(s: &str) -> usize {
    // the bytes that continue a character (`10xxxxxx`), eight at a time: a top bit set whose
    // next bit is clear
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let chunks = s.as_bytes().chunks_exact(8);
    let tail = chunks.remainder().iter().filter(|&&b| (b as i8) < -0x40).count();
    let continuing = chunks.fold(tail, |n, c| {
        let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        n + (v & !(v << 1) & TOPS).count_ones() as usize
    });
    s.len() - continuing
}

/// Whether `fold(s)` may start with one of `letters` (lower-case ASCII), without folding: false
/// when the first ASCII letter or digit comes before any other character and is none of them
/// (ASCII punctuation folds to nothing; a non-ASCII character may fold to anything).
pub fn may_fold_to_start(s: &str, letters: &[u8]) -> bool {
    let first = s.bytes().find(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    // (`iter().any`, not `contains`: a `memchr` call, std's own)
    #[allow(clippy::manual_contains)]
    first.is_some_and(|b| b >= 0x80 || letters.iter().any(|&l| l == b.to_ascii_lowercase()))
}

/// Does `text` contain `needle`? `str::contains` with a string builds a two-way searcher on each
/// call, which costs more than the search on the short texts and needles asked here (natively it
/// has a SIMD path instead; the wasm has none).
pub fn contains(text: &str, needle: &str) -> bool {
    find(text, needle).is_some()
}

/// Where `needle` first stands in `text`, as `str::find` with a string: no two-way searcher (see
/// [`contains`]), which also keeps std's (about 3 KB) out of the wasm.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return Some(0) };
    memchr::memchr_iter(first, t).find(|&i| t.get(i..).is_some_and(|r| r.starts_with(n)))
}

/// `text` as the changes left in a draft's text say it stands, when it has any: struck-out text
/// (`~~65%~~`, `~~cả câu~~ [bỏ]`) and the word or figure a correction replaces with the
/// correction's marks (`88% (sửa thành: 92%)` reads `92%`) blanked, a space a byte (every place
/// stays where it was). A `~~` without its closing pair on the line strikes nothing, nor anything
/// after it.
pub fn edits_undone(text: &str) -> Option<String> {
    const FIX: &[u8] = "ửa thành:".as_bytes();
    let b = text.as_bytes();
    // where the next `~~`, the next `(sửa thành:` / `(Sửa thành:` stand from `from` (each found
    // again only once passed: linear on any line)
    let tilde_at = |from: usize| find(text.get(from..)?, "~~").map(|k| from + k);
    let fix_at = |mut from: usize| loop {
        let i = from + memchr::memchr(b'(', b.get(from..)?)?;
        if matches!(b.get(i + 1), Some(b's' | b'S')) && b.get(i + 2..).is_some_and(|r| r.starts_with(FIX)) {
            return Some(i);
        }
        from = i + 1;
    };
    let (mut tilde, mut fix) = (tilde_at(0), fix_at(0));
    if tilde.is_none() && fix.is_none() {
        return None;
    }
    // text[..copied] is in `out`; `from..to` blanked (from ≥ copied; every end follows an ASCII
    // byte), a table row's tabs kept: a struck cell or row keeps the row's cells in place
    fn blank(out: &mut String, text: &str, copied: &mut usize, from: usize, to: usize) {
        out.push_str(text.get(*copied..from).unwrap_or(""));
        for i in from..to {
            out.push(if text.as_bytes().get(i) == Some(&b'\t') { '\t' } else { ' ' });
        }
        *copied = to;
    }
    let (mut out, mut copied, mut at) = (String::with_capacity(text.len()), 0, 0);
    loop {
        if tilde.is_some_and(|t| t < at) {
            tilde = tilde_at(at);
        }
        if fix.is_some_and(|f| f < at) {
            fix = fix_at(at);
        }
        if let Some(open) = tilde.filter(|&t| fix.is_none_or(|f| t < f)) {
            let Some(close) = tilde_at(open + 2) else { break };
            blank(&mut out, text, &mut copied, open, close + 2);
            at = close + 2;
            continue;
        }
        let Some(open) = fix else { break };
        // the correction, closed on the line (none later is when this one is not), and the word
        // or figure before it (back to the last place blanked at most)
        let end = open + 2 + FIX.len();
        let Some(close) = memchr::memchr(b')', b.get(end..).unwrap_or(&[])).map(|p| end + p) else { break };
        let mut word_end = open;
        while word_end > copied && b.get(word_end - 1) == Some(&b' ') {
            word_end -= 1;
        }
        let mut word = word_end;
        // (back to a space or a cell's tab)
        while word > copied && b.get(word - 1).is_some_and(|&c| c != b' ' && c != b'\t') {
            word -= 1;
        }
        blank(&mut out, text, &mut copied, word, word_end);
        blank(&mut out, text, &mut copied, open, end);
        blank(&mut out, text, &mut copied, close, close + 1);
        at = close + 1;
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    Some(out)
}

/// Where `needle` last stands in `text`, as `str::rfind` with a string (see [`find`]).
pub fn rfind(text: &str, needle: &str) -> Option<usize> {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    (0..=t.len().checked_sub(n.len())?).rev().find(|&i| t.get(i..).is_some_and(|r| r.starts_with(n)))
}

/// The pieces of `text` between the places `sep` (not empty) stands, as `str::split` with a
/// string (see [`find`]).
pub fn split<'a>(text: &'a str, sep: &'a str) -> Split<'a> {
    Split { rest: Some(text), sep, back: false }
}

/// The iterator of [`split`] and [`rsplit`] (one copy of each loop in the wasm for every caller).
pub struct Split<'a> {
    rest: Option<&'a str>,
    sep: &'a str,
    back: bool,
}

impl<'a> Iterator for Split<'a> {
    type Item = &'a str;

    #[inline(never)]
    fn next(&mut self) -> Option<&'a str> {
        let r = self.rest?;
        let (sep, back) = (self.sep, self.back);
        let Some(i) = (if back { rfind(r, sep) } else { find(r, sep) }) else { return self.rest.take() };
        let (before, after) = (r.get(..i), r.get(i + sep.len()..));
        self.rest = if back { before } else { after };
        if back {
            after
        } else {
            before
        }
    }
}

/// The pieces of `text` between the places `sep` stands, the last first: `str::rsplit` (see
/// [`split`]).
pub fn rsplit<'a>(text: &'a str, sep: &'a str) -> Split<'a> {
    Split { rest: Some(text), sep, back: true }
}

/// `text` before and after the first `sep`: `str::split_once` (see [`split`]).
#[inline(never)]
pub fn split_once<'a>(text: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let i = find(text, sep)?;
    Some((text.get(..i)?, text.get(i + sep.len()..)?))
}

/// `text` before and after the last `sep`: `str::rsplit_once` (see [`split`]).
#[inline(never)]
pub fn rsplit_once<'a>(text: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let i = rfind(text, sep)?;
    Some((text.get(..i)?, text.get(i + sep.len()..)?))
}

/// Words of a folded string (`split(' ')` less the empty pieces), by bytes: a word is a few
/// bytes, and `split`'s searcher, a `memchr` call per word, costs more than the loop of [`Words`].
pub fn words(folded: &str) -> Words<'_> {
    Words { text: folded, at: 0 }
}

/// The iterator of [`words`].
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    // (not inlined: one copy in the wasm for every reader of words)
    #[inline(never)]
    fn next(&mut self) -> Option<&'a str> {
        let b = self.text.as_bytes();
        // (a local index: the field is stored once, not at each byte)
        let mut at = self.at;
        while b.get(at) == Some(&b' ') {
            at += 1;
        }
        let start = at;
        while b.get(at).is_some_and(|&c| c != b' ') {
            at += 1;
        }
        self.at = at;
        // (a space is ASCII: both ends are character boundaries)
        (at > start).then(|| self.text.get(start..at).unwrap_or_default())
    }
}

/// `char::is_whitespace` (Unicode's White_Space) without std's table: the core asks only this
/// and the byte-wise [`trim`] & co. below, so none of std's Unicode trimming is in the wasm.
pub fn is_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | ' ' | '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// Bytes of the white space ([`is_space`]) `b` starts with, 0 when none. (Every such character
/// starts with a byte no other character's middle has: a scan may step one byte at a time.)
// (natively inlined: std's trimming was, and every line is trimmed; one copy in the wasm)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn space_at(b: &[u8]) -> usize {
    match *b {
        [b'\t'..=b'\r' | b' ', ..] => 1,
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// Bytes of the white space `b` ends with, 0 when none.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn space_before(b: &[u8]) -> usize {
    match *b {
        [.., b'\t'..=b'\r' | b' '] => 1,
        [.., 0xC2, 0x85 | 0xA0] => 2,
        [.., 0xE1, 0x9A, 0x80] | [.., 0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF] | [.., 0xE2, 0x81, 0x9F] | [.., 0xE3, 0x80, 0x80] => 3,
        _ => 0,
    }
}

/// Where the first white space of `s` starts: `s.find(char::is_whitespace)`, by bytes.
pub fn find_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).find(|&i| b.get(i..).is_some_and(|r| space_at(r) > 0))
}

/// `s.trim_start()`, by bytes (see [`is_space`]).
#[inline(never)]
pub fn trim_start(s: &str) -> &str {
    let b = s.as_bytes();
    let mut from = 0;
    // (most texts start with a byte no white space starts with: nothing decoded)
    while b.get(from).is_some_and(|&x| may_start_space(x)) {
        let n = b.get(from..).map_or(0, space_at);
        if n == 0 {
            break;
        }
        from += n;
    }
    s.get(from..).unwrap_or_default()
}

/// Does `s` have more than `n` words (as [`Bytewise::split_ws`] splits them)? Counted in one
/// pass over its bytes, stopped at word `n + 1` (no word sliced out and returned one by one).
pub fn more_words_than(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let (mut words, mut spaced, mut i) = (0, true, 0);
    while let Some(&x) = b.get(i) {
        let space = if may_start_space(x) { b.get(i..).map_or(0, space_at) } else { 0 };
        if space > 0 {
            (spaced, i) = (true, i + space);
            continue;
        }
        if spaced {
            words += 1;
            if words > n {
                return true;
            }
            spaced = false;
        }
        i += 1;
    }
    false
}

/// Whether a white space character may start with the byte `x` (most bytes: no).
#[inline(always)]
fn may_start_space(x: u8) -> bool {
    x <= b' ' || matches!(x, 0xC2 | 0xE1..=0xE3)
}

/// `s.trim_end()`, by bytes (see [`is_space`]).
#[inline(never)]
pub fn trim_end(s: &str) -> &str {
    let b = s.as_bytes();
    let mut to = b.len();
    // (an ASCII byte but a space or control character ends no white space)
    while to > 0 && !b.get(to - 1).is_some_and(|&x| x > b' ' && x < 0x80) {
        let n = b.get(..to).map_or(0, space_before);
        if n == 0 {
            break;
        }
        to -= n;
    }
    s.get(..to).unwrap_or_default()
}

/// `s.trim()`, by bytes (see [`is_space`]). (Not inlined: one call, not two, at its 38 callers.)
#[inline(never)]
pub fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// `s` without the ASCII bytes of `set` at its end: `s.trim_end_matches(&[…][..])` with ASCII
/// characters, one non-generic copy for every set.
#[inline(never)]
pub fn trim_end_of<'a>(s: &'a str, set: &[u8]) -> &'a str {
    let b = s.as_bytes();
    let mut to = b.len();
    // (`iter().any`, not `contains`: that is a `memchr` call for each byte)
    #[allow(clippy::manual_contains)]
    while to > 0 && set.iter().any(|&x| x == b[to - 1]) {
        to -= 1;
    }
    s.get(..to).unwrap_or_default()
}

/// `s` without the ASCII bytes of `set` at its start (see [`trim_end_of`]).
#[inline(never)]
pub fn trim_start_of<'a>(s: &'a str, set: &[u8]) -> &'a str {
    let b = s.as_bytes();
    let mut from = 0;
    #[allow(clippy::manual_contains)]
    while from < b.len() && set.iter().any(|&x| x == b[from]) {
        from += 1;
    }
    s.get(from..).unwrap_or_default()
}

/// `s` without the ASCII bytes of `set` at either end (see [`trim_end_of`]).
pub fn trim_of<'a>(s: &'a str, set: &[u8]) -> &'a str {
    trim_end_of(trim_start_of(s, set), set)
}

/// `s.split_whitespace()`, by bytes (see [`is_space`]).
pub fn split_whitespace(s: &str) -> SplitWhitespace<'_> {
    SplitWhitespace { text: s, at: 0 }
}

/// std's trimming and splitting (at white space, at a string), by bytes, as methods of `str` (the
/// functions above): the core calls these, never std's (`tests/architecture.rs`), so the wasm has no copy
/// of std's Unicode trimming (nor one per pattern type of `trim_*_matches`).
pub trait Bytewise {
    /// [`trim`]
    fn trim_ws(&self) -> &str;
    /// [`trim_start`]
    fn trim_start_ws(&self) -> &str;
    /// [`trim_end`]
    fn trim_end_ws(&self) -> &str;
    /// [`split_whitespace`]
    fn split_ws(&self) -> SplitWhitespace<'_>;
    /// [`trim_of`]: the ASCII bytes of `set` off both ends
    fn trim_of(&self, set: &[u8]) -> &str;
    /// [`trim_start_of`]
    fn trim_start_of(&self, set: &[u8]) -> &str;
    /// [`trim_end_of`]
    fn trim_end_of(&self, set: &[u8]) -> &str;
    /// [`split`]: `split` with a string, as std's with a `char` (`split(' ')` → `split_str(" ")`)
    fn split_str<'a>(&'a self, sep: &'a str) -> Split<'a>;
    /// [`rsplit`]
    fn rsplit_str<'a>(&'a self, sep: &'a str) -> Split<'a>;
    /// [`split_once`]
    fn split_once_str<'a>(&'a self, sep: &str) -> Option<(&'a str, &'a str)>;
    /// [`rsplit_once`]
    fn rsplit_once_str<'a>(&'a self, sep: &str) -> Option<(&'a str, &'a str)>;
    /// [`owned`]: `to_string`
    fn owned(&self) -> String;
}

impl Bytewise for str {
    fn trim_ws(&self) -> &str {
        trim(self)
    }
    fn trim_start_ws(&self) -> &str {
        trim_start(self)
    }
    fn trim_end_ws(&self) -> &str {
        trim_end(self)
    }
    fn split_ws(&self) -> SplitWhitespace<'_> {
        split_whitespace(self)
    }
    fn trim_of(&self, set: &[u8]) -> &str {
        trim_of(self, set)
    }
    fn trim_start_of(&self, set: &[u8]) -> &str {
        trim_start_of(self, set)
    }
    fn trim_end_of(&self, set: &[u8]) -> &str {
        trim_end_of(self, set)
    }
    fn split_str<'a>(&'a self, sep: &'a str) -> Split<'a> {
        split(self, sep)
    }
    fn rsplit_str<'a>(&'a self, sep: &'a str) -> Split<'a> {
        rsplit(self, sep)
    }
    fn split_once_str<'a>(&'a self, sep: &str) -> Option<(&'a str, &'a str)> {
        split_once(self, sep)
    }
    fn rsplit_once_str<'a>(&'a self, sep: &str) -> Option<(&'a str, &'a str)> {
        rsplit_once(self, sep)
    }
    fn owned(&self) -> String {
        owned(self)
    }
}

/// `s.to_string()`, out of line: std's is inlined at each caller (an allocation and a copy),
/// 75 places in the wasm.
#[inline(never)]
pub fn owned(s: &str) -> String {
    s.to_string()
}

/// The iterator of [`split_whitespace`].
pub struct SplitWhitespace<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;

    #[inline(never)]
    fn next(&mut self) -> Option<&'a str> {
        let b = self.text.as_bytes();
        let mut at = self.at;
        while b.get(at).is_some_and(|&x| may_start_space(x)) {
            let n = b.get(at..).map_or(0, space_at);
            if n == 0 {
                break;
            }
            at += n;
        }
        let start = at;
        while let Some(&x) = b.get(at) {
            if may_start_space(x) && b.get(at..).is_some_and(|r| space_at(r) > 0) {
                break;
            }
            at += 1;
        }
        self.at = at;
        // (white space starts and ends at character boundaries)
        (at > start).then(|| self.text.get(start..at).unwrap_or_default())
    }
}

/// Where `phrase` (folded words) stands as whole words in `folded`: byte offsets, in order.
/// A plain scan: the phrases are short and many, and building a substring searcher for each
/// would cost more than the search.
pub fn phrase_positions<'a>(folded: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (b, p) = (folded.as_bytes(), phrase.as_bytes());
    // where the phrase's first letter stands (found word-at-a-time), then the whole phrase there
    let first = p.first().map_or(memchr::memchr_iter(0, &[]), |&c| memchr::memchr_iter(c, b));
    first.filter(move |&i| {
        (i == 0 || b.get(i - 1) == Some(&b' '))
            && b.get(i..).is_some_and(|r| r.starts_with(p))
            && matches!(b.get(i + p.len()), None | Some(b' '))
    })
}

/// Does `folded` contain `phrase` as whole words?
pub fn has_phrase(folded: &str, phrase: &str) -> bool {
    phrase_positions(folded, phrase).next().is_some()
}

/// Does `folded` end with the whole words of `phrase`?
pub fn ends_with_phrase(folded: &str, phrase: &str) -> bool {
    folded.strip_suffix(phrase).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// The leftmost place in `text` where one of `needles` occurs (the first listed on a tie).
/// This runs on every line: the bytes that can start a needle are found word-at-a-time
/// (`memchr`), and needles are only compared there.
pub fn find_any<'n>(text: &str, needles: &[&'n str]) -> Option<(usize, &'n str)> {
    let b = text.as_bytes();
    // (the second byte first: most places a needle's first byte stands are not the needle)
    let hit = |i: usize| {
        let rest = b.get(i..).unwrap_or(&[]);
        needles
            .iter()
            .find(|n| n.as_bytes().get(1).is_none_or(|c| rest.get(1) == Some(c)) && rest.starts_with(n.as_bytes()))
            .map(|n| (i, *n))
    };
    let mut firsts = [0u8; 3];
    let mut count = 0;
    for n in needles {
        let Some(&c) = n.as_bytes().first() else { continue };
        if !firsts[..count.min(3)].contains(&c) {
            if count < 3 {
                firsts[count] = c;
            }
            count += 1;
        }
    }
    match (count, firsts) {
        (0, _) => None,
        (1, [a, ..]) => memchr::memchr_iter(a, b).find_map(hit),
        (2, [a, c, _]) => memchr::memchr2_iter(a, c, b).find_map(hit),
        (3, [a, c, d]) => memchr::memchr3_iter(a, c, d, b).find_map(hit),
        _ => (0..b.len()).find_map(hit),
    }
}

/// Two folded words are the same word, allowing one typo (edit or swap) when the longer word
/// has 4+ letters and both start alike (`tieu`/`tiu`, `nhiem`/`nhiêm` after folding).
/// (The rule, kept for the tests: [`Vocab`]'s buckets make its cheap tests, and
/// `within_one_edit` the rest.)
#[cfg(test)]
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
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
            // swap
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// The words a matcher looks for (template titles, indicator names), numbered, so that "does
/// this line say word 17, allowing a typo?" is a search among a few integers rather than string
/// comparisons: a line's words are resolved once into a [`Said`].
#[derive(Debug, Default, Clone)]
pub struct Vocab {
    ids: WordMap,
    words: Vec<String>,
    /// (length, [`letter_set`], id) of the words by their first byte, by length: the typo check
    /// only compares words starting alike, of a length one edit away and of letters alike
    by_first: Vec<Vec<(usize, u32, u32)>>,
    /// The known words one typo away from each (see `same_word`), found once as words are
    /// added: a line's known words, most of a heading's, are not compared again.
    near: Vec<Vec<u32>>,
}

impl Vocab {
    /// The id of `w`, added if new.
    pub fn intern(&mut self, w: &str) -> u32 {
        if let Some(id) = self.ids.get(w) {
            return id;
        }
        let id = self.words.len() as u32;
        let mut near = Vec::new();
        self.each_near(w, &mut |n| near.push(n));
        for &n in &near {
            if let Some(list) = self.near.get_mut(n as usize) {
                list.push(id);
            }
        }
        self.near.push(near);
        self.ids.insert(w.owned(), id);
        self.words.push(w.owned());
        if let Some(&first) = w.as_bytes().first() {
            if self.by_first.is_empty() {
                // (not `vec![Vec::new(); 256]`: its clone-each-but-the-last copy of `from_elem`)
                self.by_first.resize_with(256, Vec::new);
            }
            if let Some(bucket) = self.by_first.get_mut(usize::from(first)) {
                let at = bucket.partition_point(|&(len, ..)| len <= w.len());
                bucket.insert(at, (w.len(), letter_set(w.as_bytes()), id));
            }
        }
        id
    }

    pub fn id(&self, w: &str) -> Option<u32> {
        self.ids.get(w)
    }

    /// [`Vocab::id`] of `w` and its [`words_key`], from one hash of its bytes (a title's words
    /// are asked both).
    pub fn id_and_key(&self, w: &str) -> (Option<u32>, u32) {
        let h = fnv(w.as_bytes());
        (self.ids.get_hashed(w, h), (h ^ (h >> 32)) as u32)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// What a line's folded words say in this vocabulary: each known word exactly, and every
    /// known word one typo away from one of them (see `same_word`).
    pub fn said<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> Said {
        // (room for a title's words at once: grown push by push, the list was most of the
        // allocations of a heading candidate)
        let exact = Vec::with_capacity(16);
        let mut said = Said { exact, like: vec![(0, 0); self.words.len().div_ceil(64)] };
        for w in words {
            match self.id(w) {
                Some(id) => {
                    said.exact.push(id);
                    said.set_like(id);
                    if let Some(bits) = said.like.get_mut(id as usize / 64) {
                        bits.1 |= 1 << (id % 64);
                    }
                    for &n in self.near.get(id as usize).map_or(&[][..], Vec::as_slice) {
                        said.set_like(n);
                    }
                }
                None => self.each_near(w, &mut |n| said.set_like(n)),
            }
        }
        sort_ids(&mut said.exact);
        said
    }

    /// `f` of each known word one typo away from `w` (not `w` itself).
    fn each_near(&self, w: &str, f: &mut dyn FnMut(u32)) {
        let Some(&first) = w.as_bytes().first() else { return };
        // a typo is allowed only between words of 3+ letters, one of them 4+ (see
        // `same_word`): shorter words, about a third of a line's, have no bucket to scan
        if w.len() < 3 {
            return;
        }
        let shortest = if w.len() == 3 { 4 } else { w.len() - 1 };
        let bucket = self.by_first.get(usize::from(first)).map_or(&[][..], Vec::as_slice);
        let from = bucket.partition_point(|&(len, ..)| len < shortest);
        let letters = letter_set(w.as_bytes());
        for &(_, set, id) in bucket.get(from..).unwrap_or(&[]).iter().take_while(|&&(len, ..)| len <= w.len() + 1) {
            // (`same_word`'s cheap tests hold in the bucket: the same first letter, one letter
            // longer or shorter at most, 3+ letters each and 4+ in one; only the edit is left.
            // One edit adds a letter to the set, takes one away, or both: a word whose set
            // differs in three letters or more, most of the bucket, is not compared)
            if (set ^ letters).count_ones() > 2 {
                continue;
            }
            if self.words.get(id as usize).is_some_and(|v| v != w && within_one_edit(w.as_bytes(), v.as_bytes())) {
                f(id);
            }
        }
    }
}

/// The letters of a word as a set: a bit for each byte's low five bits (two bytes may share a
/// bit: the set of a word one edit away still differs in two bits at most).
fn letter_set(w: &[u8]) -> u32 {
    w.iter().fold(0, |set, &b| set | 1 << (b & 31))
}

/// A line's words resolved against a [`Vocab`].
#[derive(Debug, Default, Clone)]
pub struct Said {
    /// ids of the known words the line has, sorted
    exact: Vec<u32>,
    /// the known words the line has or has with one typo, and those it has exactly, as bit
    /// sets over the vocabulary (asked for every word of every candidate title: one bit test each)
    like: Vec<(u64, u64)>,
}

impl Said {
    pub fn has_exact(&self, id: u32) -> bool {
        self.like.get(id as usize / 64).is_some_and(|bits| bits.1 & (1 << (id % 64)) != 0)
    }

    pub fn has_like(&self, id: u32) -> bool {
        self.like.get(id as usize / 64).is_some_and(|bits| bits.0 & (1 << (id % 64)) != 0)
    }

    fn set_like(&mut self, id: u32) {
        if let Some(bits) = self.like.get_mut(id as usize / 64) {
            bits.0 |= 1 << (id % 64);
        }
    }

    /// The known words said exactly.
    pub fn exact(&self) -> &[u32] {
        &self.exact
    }
}

/// Sort and deduplicate ids (one sort routine for every id and key list keeps the wasm small).
/// The lists are a line's or a title's words (5 on average): an insertion sort, and a heap sort
/// for a long one, instead of `sort_unstable` (its quicksort weighs ~1.6 KB gzip in the wasm; the
/// heap sort is written here, not BinaryHeap's, whose sifting is generic: −0.2 KB).
pub fn sort_ids(ids: &mut Vec<u32>) {
    if ids.len() > 16 {
        // a max-heap in `ids[..end]`, its largest moved to `end - 1` until one is left
        let sift = |v: &mut [u32], mut root: usize| {
            while let Some(mut child) = (2 * root + 1..v.len()).next() {
                if v.get(child + 1) > v.get(child) {
                    child += 1;
                }
                if v.get(root) >= v.get(child) {
                    break;
                }
                v.swap(root, child);
                root = child;
            }
        };
        for root in (0..ids.len() / 2).rev() {
            sift(ids, root);
        }
        for end in (1..ids.len()).rev() {
            ids.swap(0, end);
            sift(ids.get_mut(..end).unwrap_or_default(), 0);
        }
    } else {
        for i in 1..ids.len() {
            let mut j = i;
            while j > 0 && ids[j - 1] > ids[j] {
                ids.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    ids.dedup();
}

/// A 32-bit key for a word sequence (`["nen", "tang"]` as `nen tang`; FNV-1a, folded to 32
/// bits): word pairs are compared by the thousand, so without building the strings. A collision
/// would only count one pair of a long sentence as copied from the template, or two words of a
/// title as one: about one chance in four billion per comparison.
pub fn words_key(words: &[&str]) -> u32 {
    use std::hash::Hasher;
    let mut h = FnvHasher::default();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            h.write(b" ");
        }
        h.write(w.as_bytes());
    }
    let h = h.finish();
    (h ^ (h >> 32)) as u32
}

/// Words to numbers: open addressing with linear probing on FNV-1a, at most half full. The
/// only map of the core module (hashbrown's code weighed ~3 KB of it); keys are never removed.
#[derive(Debug, Default, Clone)]
pub struct WordMap {
    /// (key, value), in the order added
    entries: Vec<(String, u32)>,
    /// 1 + an index into `entries`, 0 for an empty slot; a power of two long (or empty)
    slots: Vec<u32>,
}

/// FNV-1a of `bytes` (what [`FnvHasher`] writes).
fn fnv(bytes: &[u8]) -> u64 {
    let mut h = FnvHasher::default();
    std::hash::Hasher::write(&mut h, bytes);
    h.0
}

impl WordMap {
    /// The slot holding `key`, or the empty slot where it would go (None when there are no slots).
    /// (Not inlined: `insert` asks it three times, each would hash inline.)
    #[inline(never)]
    fn slot(&self, key: &str) -> Option<usize> {
        self.slot_hashed(key, fnv(key.as_bytes()))
    }

    /// [`WordMap::slot`], `h` being [`fnv`] of `key`. (Not inlined: one copy of the probing
    /// loop for `get`, `get_hashed` and `insert`.)
    #[inline(never)]
    fn slot_hashed(&self, key: &str, h: u64) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        // the high bits mixed in: FNV's low bits alone cluster on short keys
        let mut i = (h ^ (h >> 29)) as usize & mask;
        loop {
            let s = *self.slots.get(i)? as usize;
            if s == 0 || self.entries.get(s - 1).is_some_and(|(k, _)| k == key) {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    // (not inlined: one copy of the hashing and the lookup for every map reader)
    #[inline(never)]
    pub fn get(&self, key: &str) -> Option<u32> {
        self.get_hashed(key, fnv(key.as_bytes()))
    }

    /// [`WordMap::get`], `h` being [`fnv`] of `key`.
    fn get_hashed(&self, key: &str, h: u64) -> Option<u32> {
        let s = *self.slots.get(self.slot_hashed(key, h)?)? as usize;
        self.entries.get(s.checked_sub(1)?).map(|&(_, v)| v)
    }

    /// Adds `key` → `value`; returns the value it had (and keeps the new one).
    pub fn insert(&mut self, key: String, value: u32) -> Option<u32> {
        if let Some(s) = self.slot(&key).and_then(|i| self.slots.get(i)).map(|&s| s as usize).filter(|&s| s > 0) {
            return self.entries.get_mut(s - 1).map(|e| std::mem::replace(&mut e.1, value));
        }
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.slots = vec![0; (self.slots.len() * 2).max(16)];
            for n in 1..=self.entries.len() {
                let i = self.entries.get(n - 1).and_then(|(k, _)| self.slot(k));
                if let Some(slot) = i.and_then(|i| self.slots.get_mut(i)) {
                    *slot = n as u32;
                }
            }
        }
        self.entries.push((key, value));
        let n = self.entries.len() as u32;
        let i = self.entries.last().and_then(|(k, _)| self.slot(k));
        if let Some(slot) = i.and_then(|i| self.slots.get_mut(i)) {
            *slot = n;
        }
        None
    }
}

/// FNV-1a: the word maps are looked up for every word of a draft, and short keys hash faster
/// with it than with the default SipHash (no untrusted keys choose the table's layout here:
/// the vocabulary is fixed before the draft is read).
#[derive(Debug, Clone, Copy)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// True when the visible letters of `s` are all capitals (a typical heading in Vietnamese decrees).
pub fn is_all_caps(s: &str) -> bool {
    let l = letters();
    let mut letters = 0;
    for c in chars(s) {
        // ASCII and Vietnamese letters without the Unicode tables: this runs on every candidate
        // heading (a Vietnamese letter is lower case when it has a capital)
        let vietnamese = match c as u32 {
            0x110 | 0x111 => true,
            u @ 0xC0..=0x1FF => l.latin[(u - 0xC0) as usize] != 0,
            u @ 0x1EA0..=0x1EFF => l.extended[(u - 0x1EA0) as usize] != 0,
            _ => false,
        };
        let (letter, lower) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_lowercase())
        } else if vietnamese {
            (true, to_upper(c) != c)
        } else {
            (is_letter(c), is_lower(c))
        };
        if !letter {
            continue;
        }
        if lower {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

// `CLASS_WINDOWS: &[(u32, u32)]` and `CLASSES: &[u8]` (generated by build.rs): Unicode's
// alphabetic, numeric, lowercase and uppercase properties as this toolchain's std has them, one
// nibble per character, for the characters of Latin (Vietnamese among them), Greek, Cyrillic and
// Armenian text, superscripts, number forms, circled and fullwidth digits and letters. std's own
// tables (`char::is_alphabetic` & co.) cover every script and weigh ~3 KB gzip in the wasm.
include!(concat!(env!("OUT_DIR"), "/char_classes.rs"));

const LETTER: u8 = 1;
const NUMBER: u8 = 2;
const LOWER: u8 = 4;
const UPPER: u8 = 8;

/// The properties of `c` (`LETTER`, `NUMBER`, `LOWER`, `UPPER`): Unicode's inside the windows
/// of `CLASSES`; outside them a letter, without case, in the blocks of other scripts' letters
/// (Hebrew to Mongolian, CJK, Hangul, …), nothing in those of symbols, punctuation, private use
/// and emoji.
fn class(c: char) -> u8 {
    let u = c as u32;
    let mut at = 0;
    for &(from, to) in CLASS_WINDOWS {
        if u < from {
            break;
        }
        if u < to {
            let i = (at + u - from) as usize;
            return CLASSES.get(i / 2).map_or(0, |b| b >> (i % 2 * 4) & 0xF);
        }
        at += to - from;
    }
    let other_letter = matches!(u, 0x590..=0x1DBF | 0x1F00..=0x1FFF | 0x2C00..=0x2DFF | 0x3040..=0xD7FF | 0xF900..=0xFDFF | 0xFE70..=0xFEFC | 0xFF70..=0xFFDC | 0x10000..=0x1EFFF | 0x20000..=0x3FFFF);
    if other_letter {
        LETTER
    } else {
        0
    }
}

/// `char::is_alphabetic` for Latin, Vietnamese, Greek and Cyrillic letters (see [`class`]).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        class(c) & LETTER != 0
    }
}

/// `char::is_alphanumeric`, likewise.
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        class(c) & (LETTER | NUMBER) != 0
    }
}

/// `char::is_lowercase`, likewise (letters of other scripts have no case here).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        class(c) & LOWER != 0
    }
}

/// `char::is_uppercase`, likewise.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        class(c) & UPPER != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_left_in_the_text_are_blanked_in_place() {
        let undone = |t: &str| super::edits_undone(t).unwrap_or_default();
        assert_eq!(undone("đạt ~~75%~~ 86%;"), "đạt         86%;");
        assert_eq!(undone("đạt 88% (sửa thành: 92%);"), "đạt                    92% ;");
        assert_eq!(undone("đạt 88%  (Sửa thành: 92%)"), "đạt                     92% ");
        assert_eq!(undone("- ~~Bỏ câu này.~~ [bỏ]"), "-                     [bỏ]");
        // a `~~` without its pair, a correction not closed: nothing blanked
        assert_eq!(undone("a ~~b (sửa thành: c"), "a ~~b (sửa thành: c");
        // a table row: its tabs kept, a correction's word no further back than its cell
        assert_eq!(undone("1\t~~15.000\t3~~\t17.000"), "1\t        \t   \t17.000");
        assert_eq!(undone("%\t81\t86 (sửa thành: 87)"), "%\t81\t                  87 ");
        assert_eq!(super::edits_undone("đạt 88%; sửa chữa"), None);
    }

    #[test]
    fn white_space_is_stds_and_trimmed_and_split_as_std_does() {
        for u in 0..=0x10FFFF {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_space(c), c.is_whitespace(), "{u:X}");
            }
        }
        let spaces: Vec<char> = (0..=0x3000).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
        let mut texts: Vec<String> = [
            "",
            " ",
            "a",
            " a b ",
            "\tKế hoạch\r\n",
            "ắ\u{A0}ắ",
            "\u{1680}x\u{3000}",
            "x\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{85}y",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // every space beside letters whose bytes look like a space's (U+2080: E2 82 80; U+1E80: E1 BA 80)
        for &sp in &spaces {
            for other in ["\u{2080}", "\u{1E80}", "\u{3001}", "\u{C5}", "\u{2009}\u{200B}", "😀"] {
                texts.push(format!("{sp}{other}{sp}{other} {sp}"));
                texts.push(format!("{other}{sp}{sp}{other}"));
            }
        }
        for t in &texts {
            assert_eq!(trim(t), t.trim(), "{t:?}");
            assert_eq!(trim_start(t), t.trim_start(), "{t:?}");
            assert_eq!(trim_end(t), t.trim_end(), "{t:?}");
            assert_eq!(split_whitespace(t).collect::<Vec<_>>(), t.split_whitespace().collect::<Vec<_>>(), "{t:?}");
        }
        for t in ["", "\n", "a", "a\n", "a\r\n", "a\r", "a\n\n", "\r\n\r\nb\r\nc\r", "x\ny\r\n", "\r"] {
            assert_eq!(split(t, "\n").collect::<Vec<_>>(), t.split('\n').collect::<Vec<_>>(), "{t:?}");
            assert_eq!(rsplit(t, "\n").collect::<Vec<_>>(), t.rsplit('\n').collect::<Vec<_>>(), "{t:?}");
            assert_eq!(split_once(t, "\n"), t.split_once('\n'), "{t:?}");
            assert_eq!(rsplit_once(t, "\n"), t.rsplit_once('\n'), "{t:?}");
        }
        assert_eq!(trim_end_of("1.2..", b"."), "1.2");
        assert_eq!(trim_start_of("(*) Ghi chú", b"(* "), ") Ghi chú");
        assert_eq!(trim_of("(12)", b"()"), "12");
        assert_eq!(trim_of("..", b"."), "");
    }

    #[test]
    fn characters_counted_eight_bytes_at_a_time_are_those_std_counts() {
        let texts = [
            "",
            "a",
            "abcdefgh",
            "Kế hoạch chuyển đổi số năm 2024 😀 đạt 80%",
            "ắắắắắắắắắắắắ\r\n1234567",
            "\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}",
        ];
        for text in texts {
            for (at, _) in text.char_indices() {
                let t = &text[at..];
                assert_eq!(char_count_by_words(t), t.chars().count(), "{t:?}");
                assert_eq!(utf16_len(t), t.encode_utf16().count(), "{t:?}");
            }
            // (past the 31 words whose lanes are summed together)
            let long = text.repeat(40);
            assert_eq!(utf16_len(&long), long.encode_utf16().count(), "{text:?} × 40");
            assert_eq!(char_count_by_words(text), text.chars().count(), "{text:?}");
        }
    }

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
    fn ascii_folds_to_lower_case_letters_and_digits_between_single_spaces() {
        for x in 0u8..128 {
            let want = if x.is_ascii_alphanumeric() { char::from(x.to_ascii_lowercase()).to_string() } else { String::new() };
            assert_eq!(fold(&format!("{}", char::from(x))), want, "byte {x}");
            let joined = if want.is_empty() { "a b".to_string() } else { format!("a{want}b") };
            assert_eq!(fold(&format!("A{}B", char::from(x))), joined, "byte {x} between letters");
        }
        let mut buf = String::from("left over");
        fold_into("Kế hoạch  -- 2024", &mut buf);
        assert_eq!(buf, "ke hoach 2024");
        // the reused buffer: a longer text then a shorter one, and a fold inside a fold
        assert_eq!(with_folded("Nhiệm vụ, giải pháp chủ yếu", str::to_string), "nhiem vu giai phap chu yeu");
        assert_eq!(with_folded("Số", |f| (f.to_string(), with_folded("ĐÁNH GIÁ", str::to_string))), ("so".into(), "danh gia".into()));
    }

    #[test]
    fn folds_every_character_as_its_letter_says() {
        use unicode_normalization::UnicodeNormalization;
        let vietnamese: std::collections::HashMap<char, char> = include_str!("../data/vn-letters.tsv")
            .lines()
            .filter_map(|l| l.chars().next())
            .filter_map(|c| Some((c, c.to_string().nfd().next()?.to_ascii_lowercase())))
            .collect();
        let folded = |c: char| match c {
            'đ' | 'Đ' => Some("d".to_string()),
            _ if vietnamese.contains_key(&c) => vietnamese.get(&c).map(|b| b.to_string()),
            _ if c.is_ascii() => c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase().to_string()),
            '\u{2000}'..='\u{206F}' => None,
            _ => is_letter_or_digit(c).then(|| to_lower(c).to_string()),
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = match folded(c) {
                _ if is_mark(c) => "xy".to_string(),
                Some(f) => format!("x{f}y"),
                None => "x y".to_string(),
            };
            assert_eq!(fold(&format!("x{c}y")), want, "U+{:04X}", c as u32);
            // at the start, doubled, before a break
            let want = folded(c).filter(|_| !is_mark(c)).map_or("x".to_string(), |f| format!("{f}{f} x"));
            assert_eq!(fold(&format!("{c}{c} x")), want, "U+{:04X}", c as u32);
        }
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
    fn vocabulary_lookups_allow_one_typo() {
        let mut v = Vocab::default();
        let (muc, tieu, chung) = (v.intern("muc"), v.intern("tieu"), v.intern("chung"));
        let said = v.said(["muc", "tiu", "cu", "tiu", "nam"]);
        assert!(said.has_exact(muc) && said.has_like(muc));
        assert!(!said.has_exact(tieu) && said.has_like(tieu));
        assert!(!said.has_like(chung));
        assert_eq!(said.exact(), [muc]);
        // a known word's typo neighbours, whichever was added first
        let tinh = v.intern("tinh");
        let tin = v.intern("tin");
        assert!(v.said(["tinh"]).has_like(tin) && v.said(["tin"]).has_like(tinh));
        assert!(v.said(["tieu"]).has_like(tieu) && !v.said(["tieu"]).has_like(tinh));
    }

    /// The typo neighbours found in the buckets are those `same_word` finds among all words.
    #[test]
    fn typo_neighbours_are_those_of_same_word() {
        let mut v = Vocab::default();
        let text = include_str!("../tests/fixtures/bench/ke-hoach-khac-nhau.txt");
        let mut words: Vec<String> = words(&fold(text)).map(str::to_string).collect();
        words.sort();
        words.dedup();
        for w in words.iter().step_by(3) {
            v.intern(w);
        }
        for w in &words {
            let mut found = Vec::new();
            v.each_near(w, &mut |n| found.push(n));
            let all: Vec<u32> =
                (0..v.len() as u32).filter(|&id| v.words[id as usize] != *w && same_word(w, &v.words[id as usize])).collect();
            found.sort_unstable();
            assert_eq!(found, all, "{w}");
        }
    }

    #[test]
    fn case_mapping_matches_unicode_for_every_vietnamese_letter() {
        let all: String =
            include_str!("../data/vn-letters.tsv").lines().filter_map(|l| l.chars().next()).chain("ĐđAZaz09 -".chars()).collect();
        for c in all.chars() {
            assert_eq!(to_lower(c).to_string(), c.to_lowercase().to_string(), "{c}");
            assert_eq!(to_upper(c).to_string(), c.to_uppercase().to_string(), "{c}");
        }
        assert_eq!(lowercase("PHỤ LỤC II"), "phụ lục ii");
        assert_eq!(uppercase("Đánh giá kết quả"), "ĐÁNH GIÁ KẾT QUẢ");
    }

    #[test]
    fn phrases_are_found_as_whole_words() {
        assert_eq!(phrase_positions("von ngan sach tinh va ngan sach tinh", "ngan sach tinh").collect::<Vec<_>>(), [4, 22]);
        assert!(!has_phrase("ngan sach tinhx", "ngan sach tinh"));
        assert!(!has_phrase("xngan sach tinh", "ngan sach tinh"));
        assert!(ends_with_phrase("dat toi thieu", "toi thieu") && ends_with_phrase("tu", "tu"));
        assert!(!ends_with_phrase("dattu", "tu"));
        assert_eq!(find_any("Tổng (bằng chữ: năm tỷ)", &["Bằng chữ", "bằng chữ"]), Some((8, "bằng chữ")));
        assert_eq!(find_any("không có", &["Bằng chữ", "bằng chữ"]), None);
    }

    #[test]
    fn ids_and_keys_from_one_hash_are_ids_and_words_keys() {
        let mut v = Vocab::default();
        let text = include_str!("../tests/fixtures/bench/ke-hoach-khac-nhau.txt");
        let folded = fold(text);
        for w in words(&folded).step_by(5) {
            v.intern(w);
        }
        let mut known = 0;
        for w in words(&folded).chain(["", "x", "2024"]) {
            assert_eq!(v.id_and_key(w), (v.id(w), words_key(&[w])), "{w}");
            known += usize::from(v.id(w).is_some());
        }
        assert!(known > 1000, "{known}");
    }

    #[test]
    fn word_map_finds_every_word_it_was_given() {
        let mut m = WordMap::default();
        assert_eq!(m.get("a"), None);
        let words: Vec<String> = (0..3000u32).map(|i| format!("w{}", i.wrapping_mul(2_654_435_761) % 100_000)).collect();
        let mut expected = std::collections::HashMap::new();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.insert(w.clone(), i as u32), expected.insert(w.clone(), i as u32), "{w}");
        }
        for w in &words {
            assert_eq!(m.get(w), expected.get(w).copied(), "{w}");
        }
        for i in 0..1000 {
            let w = format!("x{i}");
            assert_eq!(m.get(&w), None);
        }
        assert_eq!(m.get(""), None);
        assert_eq!(m.insert(String::new(), 7), None);
        assert_eq!(m.get(""), Some(7));
    }

    #[test]
    fn all_caps() {
        assert!(is_all_caps("NỘI DUNG KẾ HOẠCH NĂM 2024"));
        assert!(!is_all_caps("Nội dung kế hoạch"));
        // as the letter and case tables say (Unicode's, see `letter_and_case_are_unicodes`), for every character of the BMP
        for c in (0..0x10000).filter_map(char::from_u32) {
            let unicode = !is_lower(c) && is_letter(c);
            assert_eq!(is_all_caps(&format!("AB{c}")), unicode, "{c} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letter_and_case_are_unicodes() {
        // exactly Unicode's for every character of Latin (Vietnamese among it), Greek, Cyrillic,
        // Armenian, superscripts, number forms, circled and fullwidth letters and digits
        let windows = [0..0x590, 0x1E00..0x1F00, 0x2070..0x2190, 0x2460..0x2500, 0xFF00..0xFF70];
        for c in windows.into_iter().flatten().filter_map(char::from_u32) {
            let u = c as u32;
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{u:04X}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "U+{u:04X}");
            assert_eq!(is_lower(c), c.is_lowercase(), "U+{u:04X}");
            assert_eq!(is_upper(c), c.is_uppercase(), "U+{u:04X}");
        }
        for c in "ĐđƯưỆệ²½Ⅱⅱ①ⓐＡａ０ΩωЖж".chars() {
            assert!(is_letter_or_digit(c), "{c}");
        }
        // elsewhere, other scripts' letters are letters without case; symbols, punctuation,
        // the BOM and emoji are not
        for c in "中한กא".chars() {
            assert!(is_letter(c) && !is_lower(c) && !is_upper(c), "{c}");
        }
        for c in "–…→≥€№、\u{FEFF}\u{E000}😀".chars() {
            assert!(!is_letter_or_digit(c), "{c}");
        }
    }

    #[test]
    fn chars_and_last_chars_are_stds_on_any_text() {
        let nfc = "Kế hoạch chuyển đổi số năm 2025: Đảng ủy, Ủy ban nhân dân tỉnh";
        let nfd = "Ke\u{302}\u{301} hoa\u{323}ch chuye\u{302}\u{309}n đo\u{302}\u{309}i";
        for t in ["", "a", "đ", "€", "😀", "a😀ậ\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}", nfc, nfd] {
            assert_eq!(char_indices(t).collect::<Vec<_>>(), t.char_indices().collect::<Vec<_>>(), "{t:?}");
            assert_eq!(chars(t).collect::<String>(), t, "{t:?}");
            for n in 0..t.len() + 2 {
                assert_eq!(last_chars_start(t, n), t.char_indices().rev().nth(n).map(|(i, _)| i), "{t:?} {n}");
            }
        }
    }

    #[test]
    fn sort_ids_sorts_and_dedups_short_and_long_lists() {
        for len in [0, 1, 2, 5, 16, 17, 40, 300] {
            let ids: Vec<u32> = (0..len).map(|i: u32| i.wrapping_mul(2_654_435_761) % 97).collect();
            let mut expected = ids.clone();
            expected.sort_unstable();
            expected.dedup();
            let mut got = ids;
            sort_ids(&mut got);
            assert_eq!(got, expected, "{len}");
        }
    }

    #[test]
    fn bytes_counted_eight_at_a_time_are_memchrs_count() {
        // (long enough for several sums of the lanes: 255 chunks of 8 bytes each)
        let text = "Kế hoạch\n\nnăm 2025\r\n|a|b|\t\u{0}\u{80}ÿ\n".repeat(9) + &"|".repeat(5000);
        for from in 0..12 {
            let b = &text.as_bytes()[from..];
            for x in [b'\n', b'|', b'\t', 0, 0x80, 0xFF, 0xBF] {
                assert_eq!(count_byte(b, x), memchr::memchr_iter(x, b).count(), "{from} {x}");
            }
        }
    }

    #[test]
    fn contains_is_strs() {
        let text = "chi tiet tai phu luc iv kem theo, ke hoach 2025 (%)";
        for needle in ["", "c", "chi tiet tai phu luc", "tai phu luc", "kem theo", "(%)", "20", "2026", "phu lục", "theo,", "x", text] {
            assert_eq!(contains(text, needle), text.contains(needle), "{needle}");
            assert_eq!(contains(needle, text), needle.contains(text), "{needle}");
            assert_eq!(find(text, needle), text.find(needle), "{needle}");
            assert_eq!(rfind(text, needle), text.rfind(needle), "{needle}");
            assert_eq!(find(needle, text), needle.find(text), "{needle}");
            assert_eq!(rfind(needle, text), needle.rfind(text), "{needle}");
        }
        for (t, sep) in
            [("a + b + c", " + "), (" + a + ", " + "), ("a", " + "), ("", " va "), ("x va va y va ", " va "), ("x va  va y", "va")]
        {
            assert_eq!(split(t, sep).collect::<Vec<_>>(), t.split(sep).collect::<Vec<_>>(), "{t:?}");
        }
    }

    #[test]
    fn words_are_splits_non_empty_pieces() {
        for f in ["", " ", "a", "  ke hoach  nam 2025 ", "so\u{1ec7}  x", "a  b", "chuyen doi so"] {
            assert_eq!(words(f).collect::<Vec<_>>(), f.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>(), "{f:?}");
        }
    }
}
