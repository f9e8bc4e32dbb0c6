//! Messages put together without `core::fmt`: [`fill!`] takes a template whose `{}` are filled,
//! in order, by its arguments (strings, integers, characters: [`Piece`]). `format!` would bring
//! std's formatting machinery into the wasm (`Formatter::pad`, the integer printer, `fmt::write`,
//! a `fmt::Arguments` at every message: about 4 KB of code); what the messages need of it is
//! pushing strings and writing integers in decimal (session 20).

use std::borrow::Cow;

/// `format!` for the messages: `fill!("Mục «{}» ({})", name, s.id)`. Every `{}` of the template
/// is the next argument (there is no other placeholder, no escape, no width; a literal `{}` in a
/// message would be taken for one).
#[macro_export]
macro_rules! fill {
    ($template:expr $(, $piece:expr)* $(,)?) => {
        $crate::message::fill($template, &[$(&$piece as &dyn $crate::message::Piece),*])
    };
}

/// What a message is made of: something written as text.
pub trait Piece {
    fn put(&self, out: &mut String);
}

/// `template` with each `{}` replaced by the next of `pieces`.
#[inline(never)]
pub fn fill(template: &str, pieces: &[&dyn Piece]) -> String {
    // (room for the pieces too: a message names a section or quotes the draft, and a String
    // grown past its room is copied)
    let mut out = String::with_capacity(template.len() + 128);
    let mut pieces = pieces.iter();
    let b = template.as_bytes();
    let mut from = 0;
    // (`{` found word-at-a-time: most of a template is text; `{` and `}` are ASCII, so both ends
    // of each piece are character boundaries)
    for i in memchr::memchr_iter(b'{', b) {
        if i >= from && b.get(i + 1) == Some(&b'}') {
            out.push_str(template.get(from..i).unwrap_or_default());
            if let Some(p) = pieces.next() {
                p.put(&mut out);
            }
            from = i + 2;
        }
    }
    out.push_str(template.get(from..).unwrap_or_default());
    out
}

/// `parts.join(sep)`, not generic: std's `join` and `concat` are a generic copy of about 1 KB in
/// the wasm.
pub fn join(parts: &[&str], sep: &str) -> String {
    let mut len = sep.len() * parts.len().saturating_sub(1);
    for p in parts {
        len += p.len();
    }
    let mut out = String::with_capacity(len);
    if let Some((first, rest)) = parts.split_first() {
        out.push_str(first);
        for p in rest {
            // (no empty separator pushed: `concat`)
            if !sep.is_empty() {
                out.push_str(sep);
            }
            out.push_str(p);
        }
    }
    out
}

/// `parts.concat()` (see [`join`]).
pub fn concat(parts: &[&str]) -> String {
    join(parts, "")
}

/// `p` as a String (`to_string` of an integer, without `fmt`).
pub fn string(p: &dyn Piece) -> String {
    let mut out = String::new();
    p.put(&mut out);
    out
}

/// `n` in decimal, zero-padded to `width` digits (`format!("{n:0width$}")`).
pub struct Padded(pub u64, pub usize);

impl Piece for Padded {
    fn put(&self, out: &mut String) {
        let (mut digits, mut n) = (1, self.0);
        while n >= 10 {
            n /= 10;
            digits += 1;
        }
        for _ in digits..self.1 {
            out.push('0');
        }
        push_unsigned(out, self.0);
    }
}

/// `n` in decimal (for the messages, the hand-written JSON and the CSV).
#[inline(never)]
pub fn push_unsigned(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

impl Piece for str {
    fn put(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn put(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for Cow<'_, str> {
    fn put(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn put(&self, out: &mut String) {
        out.push(*self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn put(&self, out: &mut String) {
        (**self).put(out);
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn put(&self, out: &mut String) {
                push_unsigned(out, *self as u64);
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64, usize);

macro_rules! signed {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn put(&self, out: &mut String) {
                if *self < 0 {
                    out.push('-');
                }
                push_unsigned(out, (*self as i64).unsigned_abs());
            }
        }
    )*};
}
signed!(i32, i64);

#[cfg(test)]
mod tests {
    #[test]
    fn filled_as_format_writes() {
        let (name, n, year, c) = ("Mục tiêu", 3usize, 2026u16, 'b');
        assert_eq!(fill!("Mục «{}» ({}/{}) {}{}", name, n, year, c, -42i64), format!("Mục «{name}» ({n}/{year}) {c}{}", -42));
        assert_eq!(fill!("{}"), "");
        assert_eq!(fill!("x {} y", String::from("z")), "x z y");
        assert_eq!(fill!("{}{}", u64::MAX, 0u8), format!("{}{}", u64::MAX, 0));
        assert_eq!(fill!("{}/{}", super::Padded(7, 2), super::Padded(123, 2)), "07/123");
        assert_eq!(super::string(&4294967295u32), "4294967295");
        for parts in [&[][..], &["a"], &["Phụ", "lục", ""], &["", "", "x"]] {
            assert_eq!(super::join(parts, ", "), parts.join(", "));
            assert_eq!(super::concat(parts), parts.concat());
        }
    }
}
