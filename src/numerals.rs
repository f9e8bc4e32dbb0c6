//! Roman numerals, as plans number their parts and sections (`Phần II`, `V.`) and Word numbers
//! its lists (`upperRoman`).

/// Value of an upper-case Roman numeral from 1 to 39, written canonically.
pub fn roman_value(s: &str) -> Option<u32> {
    roman_bytes(s.as_bytes())
}

/// [`roman_value`] of ASCII bytes (its any-case reading passes its upper-case copy without a
/// UTF-8 check: no `str::from_utf8` in the wasm for it)
fn roman_bytes(bytes: &[u8]) -> Option<u32> {
    // read it the usual way (a smaller numeral before a larger one subtracts), then accept it only
    // if it is how that number is written (`IIII`, `VX` are not); at most 7 letters (XXXVIII)
    // (no allocation: it runs on many a line's first word)
    if bytes.is_empty() || bytes.len() > 7 {
        return None;
    }
    let digit = |b: u8| match b {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        _ => None,
    };
    let mut n = 0i32;
    for (i, &b) in bytes.iter().enumerate() {
        let v = digit(b)?;
        if bytes.get(i + 1).and_then(|&next| digit(next)).is_some_and(|next| next > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    let n = u32::try_from(n).ok().filter(|n| (1..40).contains(n))?;
    // canonical: the text is `n`'s letters, piece by piece (no string made of them)
    let (mut rest, mut left) = (bytes, n);
    for (v, sym) in ROMAN {
        while left >= v {
            rest = rest.strip_prefix(sym.as_bytes())?;
            left -= v;
        }
    }
    rest.is_empty().then_some(n)
}

/// [`roman_value`] of `s` in any case (`iv`, `Iv`), without an upper-case copy on the heap; an
/// `l` beside upper-case numerals is an `I` a scan's OCR misread (`Il`, `lII`, `Vl`).
pub fn roman_value_any_case(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 7 {
        return None;
    }
    let ocr = b.iter().any(|x| matches!(x, b'I' | b'V' | b'X'));
    let mut upper = [0u8; 7];
    for (u, &x) in upper.iter_mut().zip(b) {
        *u = if ocr && x == b'l' { b'I' } else { x.to_ascii_uppercase() };
    }
    roman_bytes(upper.get(..b.len())?)
}

/// The value of `digits` written as `n.to_string()` writes it: ASCII digits, no leading zero
/// (but `0`), at most 10 of them.
pub fn decimal_value(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() || digits.len() > 10 || digits.len() > 1 && digits.first() == Some(&b'0') {
        return None;
    }
    digits.iter().try_fold(0u64, |n, &b| b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0')))
}

const ROMAN: [(u32, &str); 5] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

pub fn to_roman(n: u32) -> String {
    let (mut n, mut out) = (n, String::new());
    for (v, sym) in ROMAN {
        while n >= v {
            out.push_str(sym);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_value_is_the_number_whose_numeral_the_text_is() {
        assert_eq!([4, 9, 14, 39, 40].map(to_roman), ["IV", "IX", "XIV", "XXXIX", "XXXX"]);
        // every word of up to 7 letters from I, V, X and a foreign one
        let (mut words, mut layer) = (Vec::new(), vec![String::new()]);
        for _ in 0..7 {
            layer = layer.iter().flat_map(|w| ["I", "V", "X", "L"].map(|c| format!("{w}{c}"))).collect();
            words.extend(layer.iter().cloned());
        }
        for w in ["", "IIIIIIII"].iter().map(|w| w.to_string()).chain(words) {
            assert_eq!(roman_value(&w), (1..40).find(|&n| to_roman(n) == w), "{w}");
            assert_eq!(roman_value_any_case(&w.to_ascii_lowercase()), roman_value(&w), "{w}");
        }
    }
}
