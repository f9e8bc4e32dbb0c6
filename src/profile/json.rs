//! A small JSON reader for the two JSON inputs: a custom profile file ([`super::Profile::from_json`])
//! and a portal's plan (`ingest::plan_json`). Not serde_json's deserialiser: its generic code
//! and the float formatting its errors pull in weighed about 8 KB gzip in the full wasm module.
//! The text is read into a tree of [`Node`]s, then each reader takes the fields it knows.
//!
//! Bounded for hostile input: nesting at most [`MAX_NESTING`] deep, a number at most
//! [`MAX_NUMBER`] bytes, strings no longer than the input; one pass, no panic. Errors say what
//! and where (line and column), in Vietnamese and English.

/// Arrays and objects inside one another: a profile file needs about 15 (sections six deep).
const MAX_NESTING: usize = 32;
/// Bytes of one number (the only number read is a year).
const MAX_NUMBER: usize = 32;

#[derive(Debug)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    /// The number as written (checked as JSON's number syntax only where it is read).
    Number(&'a str),
    Str(String),
    Array(Vec<Node<'a>>),
    Object(Vec<(String, Node<'a>)>),
}

/// A value and the byte offset where it starts (for errors).
#[derive(Debug)]
pub(crate) struct Node<'a> {
    pub at: usize,
    pub value: Value<'a>,
}

/// What is wrong and the byte offset where, in both languages (without the place: see
/// [`Error::describe`]).
#[derive(Debug)]
pub(crate) struct Error {
    at: usize,
    vi: String,
    en: String,
}

impl Error {
    fn new(at: usize, vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error { at, vi: vi.into(), en: en.into() }
    }

    /// The error with its line and column in `text` (columns count characters), Vietnamese then English.
    pub fn describe(&self, text: &str) -> (String, String) {
        let before = text.as_bytes().get(..self.at).unwrap_or(text.as_bytes());
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let last = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = 1 + before[last..].iter().filter(|&&b| b & 0xC0 != 0x80).count();
        (fill!("{} (dòng {}, cột {})", self.vi, line, column), fill!("{} at line {} column {}", self.en, line, column))
    }
}

/// Read `text` as one JSON value.
pub(crate) fn parse(text: &str) -> Result<Node<'_>, Error> {
    let mut p = Parser { text, s: text.as_bytes(), i: 0 };
    let node = p.value(0)?;
    p.space();
    if p.i < p.s.len() {
        return Err(Error::new(p.i, "có ký tự thừa sau dữ liệu JSON", "trailing characters"));
    }
    Ok(node)
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn space(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// Skip `byte` (after white space) if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let next = self.s.get(self.i) == Some(&byte);
        self.i += next as usize;
        next
    }

    /// What was found instead of `expected` (a token, or a value: [`None`]).
    fn unexpected(&self, expected: Option<&str>) -> Error {
        match (self.i >= self.s.len(), expected) {
            (true, _) => Error::new(self.i, "dữ liệu JSON kết thúc giữa chừng", "EOF while parsing"),
            (_, Some(token)) => Error::new(self.i, fill!("cần {} ở đây", token), fill!("expected {}", token)),
            (_, None) => Error::new(self.i, "cần một giá trị JSON ở đây", "expected a value"),
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node<'a>, Error> {
        self.space();
        let at = self.i;
        if depth >= MAX_NESTING {
            return Err(Error::new(at, fill!("dữ liệu lồng quá {} cấp", MAX_NESTING), fill!("nested more than {} deep", MAX_NESTING)));
        }
        let value = match self.s.get(at) {
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        if self.s.get(self.i) != Some(&b'"') {
                            return Err(self.unexpected(Some("`\"`")));
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.unexpected(Some("`:`")));
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.unexpected(Some("`,` / `}`")));
                        }
                    }
                }
                Value::Object(fields)
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.unexpected(Some("`,` / `]`")));
                        }
                    }
                }
                Value::Array(items)
            }
            Some(b'"') => Value::Str(self.string()?),
            Some(b'-' | b'0'..=b'9') => {
                while matches!(self.s.get(self.i), Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')) {
                    self.i += 1;
                }
                if self.i - at > MAX_NUMBER {
                    return Err(Error::new(at, "số quá dài", "number too long"));
                }
                Value::Number(self.text.get(at..self.i).unwrap_or_default())
            }
            _ => {
                let rest = self.s.get(at..).unwrap_or_default();
                let (word, value): (&[u8], _) = match rest.first() {
                    Some(b't') => (b"true", Value::Bool(true)),
                    Some(b'f') => (b"false", Value::Bool(false)),
                    _ => (b"null", Value::Null),
                };
                if !rest.starts_with(word) {
                    return Err(self.unexpected(None));
                }
                self.i += word.len();
                value
            }
        };
        Ok(Node { at, value })
    }

    /// A string; `self.i` is at its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while matches!(self.s.get(self.i), Some(&b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            // (stopped at an ASCII byte or the end: a character boundary)
            out.push_str(self.text.get(start..self.i).unwrap_or_default());
            let at = self.i;
            self.i += 1;
            let escaped = match self.s.get(at) {
                Some(b'"') => return Ok(out),
                Some(b'\\') => {
                    self.i += 1;
                    match self.s.get(at + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let mut c = self.hex4();
                            // a surrogate pair: the high half, then `\u` and the low half
                            if (0xD800..0xDC00).contains(&c) && self.s.get(self.i..self.i + 2) == Some(b"\\u") {
                                self.i += 2;
                                let low = self.hex4();
                                c = if (0xDC00..0xE000).contains(&low) {
                                    0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00)
                                } else {
                                    u32::MAX
                                };
                            }
                            char::from_u32(c).ok_or_else(|| Error::new(at, "mã \\u không hợp lệ", "invalid \\u escape"))?
                        }
                        _ => return Err(Error::new(at, "chuỗi có mã thoát \\ không hợp lệ", "invalid escape")),
                    }
                }
                None => return Err(Error::new(at, "chuỗi thiếu dấu \" đóng", "EOF while parsing a string")),
                Some(_) => return Err(Error::new(at, "chuỗi có ký tự điều khiển", "control character in a string")),
            };
            out.push(escaped);
        }
    }

    /// Four hex digits after `\u` (`u32::MAX` when they are not).
    fn hex4(&mut self) -> u32 {
        let digits = self.text.get(self.i..self.i + 4).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        self.i += 4;
        digits.and_then(|h| u32::from_str_radix(h, 16).ok()).unwrap_or(u32::MAX)
    }
}

/// The fields of an object, looked up by name.
pub(crate) struct Fields<'n, 'a> {
    at: usize,
    names: &'static [&'static str],
    found: Vec<Option<&'n Node<'a>>>,
}

impl<'a> Node<'a> {
    // (not inlined, nor `Fields::missing`: one copy of each message's formatting)
    #[inline(never)]
    pub fn wrong(&self, field: &str, vi: &str, en: &str) -> Error {
        Error::new(self.at, fill!("trường `{}` phải là {}", field, vi), fill!("invalid type for `{}`, expected {}", field, en))
    }

    /// The fields of an object: an error for another value, a field not in `names` or one
    /// given twice. `field` names the object in errors.
    pub fn fields(&self, field: &str, names: &'static [&'static str]) -> Result<Fields<'_, 'a>, Error> {
        let Value::Object(entries) = &self.value else { return Err(self.wrong(field, "một đối tượng {…}", "an object")) };
        let mut found = vec![None; names.len()];
        for (key, node) in entries {
            let Some(k) = names.iter().position(|n| n == key) else {
                let expected = crate::message::join(names, "`, `");
                return Err(Error::new(
                    node.at,
                    fill!("không có trường `{}` (các trường: `{}`)", key, expected),
                    fill!("unknown field `{}`, expected one of `{}`", key, expected),
                ));
            };
            if found[k].replace(node).is_some() {
                return Err(Error::new(node.at, fill!("trường `{}` có hai lần", key), fill!("duplicate field `{}`", key)));
            }
        }
        Ok(Fields { at: self.at, names, found })
    }

    /// A string (`field` names it in errors).
    pub fn string(&self, field: &str) -> Result<String, Error> {
        match &self.value {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(self.wrong(field, "một chuỗi \"…\"", "a string")),
        }
    }
}

impl<'n, 'a> Fields<'n, 'a> {
    /// The field `name` (absent when null).
    pub fn get(&self, name: &str) -> Option<&'n Node<'a>> {
        let k = self.names.iter().position(|n| *n == name)?;
        self.found.get(k).copied().flatten().filter(|n| !matches!(n.value, Value::Null))
    }

    /// A field the format requires: an error naming it when it is absent.
    pub fn need<T>(&self, name: &str, value: Option<T>) -> Result<T, Error> {
        value.ok_or_else(|| self.missing(name))
    }

    #[inline(never)]
    fn missing(&self, name: &str) -> Error {
        Error::new(self.at, fill!("thiếu trường `{}`", name), fill!("missing field `{}`", name))
    }

    /// A string the format requires.
    pub fn text(&self, name: &str) -> Result<String, Error> {
        let value = self.string(name)?;
        self.need(name, value)
    }

    pub fn string(&self, name: &str) -> Result<Option<String>, Error> {
        self.get(name).map(|n| n.string(name)).transpose()
    }

    pub fn list(&self, name: &str) -> Result<Option<&'n [Node<'a>]>, Error> {
        self.get(name)
            .map(|n| match &n.value {
                Value::Array(items) => Ok(&items[..]),
                _ => Err(n.wrong(name, "một danh sách […]", "an array")),
            })
            .transpose()
    }

    /// An object whose keys are data (not field names), in the order written.
    #[cfg(feature = "files")]
    pub fn map(&self, name: &str) -> Result<Option<&'n [(String, Node<'a>)]>, Error> {
        self.get(name)
            .map(|n| match &n.value {
                Value::Object(entries) => Ok(&entries[..]),
                _ => Err(n.wrong(name, "một đối tượng {…}", "an object")),
            })
            .transpose()
    }

    pub fn boolean(&self, name: &str) -> Result<Option<bool>, Error> {
        self.get(name)
            .map(|n| match n.value {
                Value::Bool(b) => Ok(b),
                _ => Err(n.wrong(name, "true hoặc false", "a boolean")),
            })
            .transpose()
    }

    /// A year: an integer from 0 to 65535.
    pub fn year(&self, name: &str) -> Result<Option<u16>, Error> {
        self.get(name)
            .map(|n| {
                match n.value {
                    Value::Number(digits) if digits.bytes().all(|b| b.is_ascii_digit()) => digits.parse().ok(),
                    _ => None,
                }
                .ok_or_else(|| n.wrong(name, "một số nguyên từ 0 đến 65535", "an integer from 0 to 65535"))
            })
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        parse(text).map(|_| String::new()).unwrap_or_else(|e| e.describe(text).1)
    }

    #[test]
    fn values_are_read() {
        let node =
            parse(" {\"a\": [1, -2.5e3, true, false, null, \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00ế\"], \"b\": {}} ").unwrap();
        let Value::Object(fields) = &node.value else { panic!() };
        assert_eq!(fields[0].0, "a");
        let Value::Array(items) = &fields[0].1.value else { panic!() };
        assert!(matches!(items[1].value, Value::Number("-2.5e3")));
        assert!(matches!(&items[5].value, Value::Str(s) if s == "x\"\\/\u{8}\u{c}\n\r\té😀ế"));
        assert!(matches!(&fields[1].1.value, Value::Object(f) if f.is_empty()));
    }

    #[test]
    fn errors_say_what_and_where() {
        assert_eq!(error("{\"a\": 1,\n  \"b\" 2}"), "expected `:` at line 2 column 7");
        assert_eq!(error("{\"a\": [1, 2"), "EOF while parsing at line 1 column 12");
        assert_eq!(error("[1] x"), "trailing characters at line 1 column 5");
        assert_eq!(error("{\"ố\": tru}"), "expected a value at line 1 column 7");
        assert_eq!(error("\"a\tb\""), "control character in a string at line 1 column 3");
        assert_eq!(error("\"\\ud800\""), "invalid \\u escape at line 1 column 2");
        assert_eq!(error("\"\\u12g4\""), "invalid \\u escape at line 1 column 2");
        assert_eq!(error("\"\\x\""), "invalid escape at line 1 column 2");
        assert_eq!(error("\"abc"), "EOF while parsing a string at line 1 column 5");
        assert_eq!(error(""), "EOF while parsing at line 1 column 1");
        assert_eq!(error(&"1".repeat(33)), "number too long at line 1 column 1");
        let (vi, _) = parse("[").unwrap_err().describe("[");
        assert_eq!(vi, "dữ liệu JSON kết thúc giữa chừng (dòng 1, cột 2)");
    }

    #[test]
    fn hostile_input_is_refused_without_a_panic() {
        // deep nesting: an error, not a stack overflow
        assert_eq!(error(&"[".repeat(100_000)), "nested more than 32 deep at line 1 column 33");
        assert!(parse(&format!("{}{}", "[".repeat(31), "]".repeat(31))).is_ok());
        // every cut of a valid document, and every byte replaced
        let text = r#"{"id": "x", "s": ["ế\u00e9\ud83d\ude00", 2024, {"k": [true, null]}]}"#;
        for cut in 0..text.len() {
            if let Some(prefix) = text.get(..cut) {
                assert!(parse(prefix).is_err(), "{prefix}");
            }
        }
        for at in 0..text.len() {
            for b in [b'"', b'\\', b'{', b']', b',', 0, 0xC3] {
                let mut bytes = text.as_bytes().to_vec();
                bytes[at] = b;
                let _ = parse(&String::from_utf8_lossy(&bytes));
            }
        }
        // a big document takes one pass (the object of 200,000 keys below is read at once)
        let big = format!("{{{}\"z\": 1}}", "\"k\": \"v\", ".repeat(200_000));
        assert!(parse(&big).is_ok());
    }

    #[test]
    fn fields_are_named_in_errors() {
        const NAMES: &[&str] = &["id", "year", "list", "on"];
        type Read = (Option<String>, Option<u16>, usize, Option<bool>);
        let read = |text: &str| -> Result<Read, String> {
            let node = parse(text).map_err(|e| e.describe(text).1)?;
            let f = node.fields("root", NAMES).map_err(|e| e.describe(text).1)?;
            let out = (|| Ok((f.string("id")?, f.year("year")?, f.list("list")?.map_or(0, |l| l.len()), f.boolean("on")?)))();
            out.map_err(|e: Error| e.describe(text).1)
        };
        assert_eq!(read(r#"{"id": "a", "year": 2024, "list": [1], "on": true}"#), Ok((Some("a".into()), Some(2024), 1, Some(true))));
        assert_eq!(read(r#"{"id": null}"#), Ok((None, None, 0, None)));
        assert_eq!(
            read(r#"{"colour": 1}"#),
            Err("unknown field `colour`, expected one of `id`, `year`, `list`, `on` at line 1 column 12".into())
        );
        assert_eq!(read(r#"{"id": "a", "id": "b"}"#), Err("duplicate field `id` at line 1 column 19".into()));
        assert_eq!(read(r#"{"id": 1}"#), Err("invalid type for `id`, expected a string at line 1 column 8".into()));
        for year in ["70000", "-1", "2024.0", "2e3", "\"2024\""] {
            assert_eq!(
                read(&format!(r#"{{"year": {year}}}"#)),
                Err("invalid type for `year`, expected an integer from 0 to 65535 at line 1 column 10".into())
            );
        }
        assert_eq!(read("[]"), Err("invalid type for `root`, expected an object at line 1 column 1".into()));
        let node = parse("{}").unwrap();
        let f = node.fields("root", NAMES).unwrap();
        assert_eq!(f.need("id", None::<String>).unwrap_err().describe("{}").0, "thiếu trường `id` (dòng 1, cột 1)");
    }
}
