//! Roman numerals, as plans number their parts and sections (`Phần II`, `V.`) and Word numbers
//! its lists (`upperRoman`).

/// Value of an upper-case Roman numeral from 1 to 39, written canonically.
pub fn roman_value(s: &str) -> Option<u32> {
    // read it the usual way (a smaller numeral before a larger one subtracts), then accept it only
    // if it is how that number is written (`IIII`, `VX` are not); at most 7 letters (XXXVIII)
    if s.is_empty() || s.len() > 7 {
        return None;
    }
    let digit = |b: u8| match b {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        _ => None,
    };
    let values: Vec<u32> = s.bytes().map(digit).collect::<Option<_>>()?;
    let mut n = 0;
    for (i, &v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|&next| next > v) {
            n -= v as i32;
        } else {
            n += v as i32;
        }
    }
    let n = u32::try_from(n).ok().filter(|n| (1..40).contains(n))?;
    (to_roman(n) == s).then_some(n)
}

pub fn to_roman(n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let (mut n, mut out) = (n, String::new());
    for &(v, sym) in TABLE {
        while n >= v {
            out.push_str(sym);
            n -= v;
        }
    }
    out
}
