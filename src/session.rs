//! A draft being edited: the page's live re-check. A [`Session`] owns the text and keeps what
//! reading each input line gave ([`ScannedLine`]); an edit rescans only the lines it touched, and
//! [`Session::report`] assembles the document from the kept lines. Between two reports it also
//! keeps readings keyed by what they read (two generations each: the last report's and this
//! one's): each line's heading candidate and the section a candidate matches in a given outline
//! state (`outline::memo`), each table's project-table reading (`budget`), each statement's and
//! target table's targets and each targets line's kind (`targets`), and what the header says
//! while its lines are the same (`header`). It keeps the assembled
//! document too (`document::Assembled`), which the one edit since the last report patches. Its
//! report is always the one [`crate::check`] gives for the same text and options
//! (`tests/session.rs`); [`Session::report_changes`] sends it as its changes since the last one.

use std::cell::{Cell, RefCell};

use crate::document::{scan_lines, scan_next_line, Assembled, Change, ScannedLine};
use crate::ingest::legacy::SAMPLE_CHARS;
use crate::outline::memo::{self, Memo};
use crate::{Input, Options, Report, MAX_TEXT_BYTES};

/// A draft being edited, with its options.
pub struct Session {
    text: String,
    options: Options,
    /// Every input line of `text`, in order (their lengths and breaks add up to `text.len()`);
    /// empty while the text is over the size limit (its report refuses it unread).
    lines: Vec<ScannedLine>,
    /// The outline's readings of the lines and the budget's of the tables at the last report,
    /// kept for the next.
    memo: RefCell<(Memo, crate::budget::Memo, crate::targets::Memo, crate::table::Memo, Assembled, crate::header::Memo)>,
    /// The edit since the last report, for the kept document ([`Assembled`]): no lines changed
    /// when there was none, `None` when unknown (more than one, or none kept).
    change: Cell<Option<Change>>,
    /// Where the text's first [`SAMPLE_CHARS`] characters end, when they are plainly Unicode: the
    /// legacy-encoding test reads only those, so until an edit reaches before there it need not
    /// run again.
    unicode: Cell<Option<usize>>,
    /// A line whose start the last edit left in place: its index, byte and UTF-16 offsets. The
    /// next edit's walk to its lines starts there when it is at or after it (typing goes on
    /// where it was).
    hint: (usize, usize, usize),
    /// What the last report [`Session::report_changes`] gave sent: the next one is sent as its
    /// changes.
    #[cfg(feature = "live")]
    sent: RefCell<crate::report::compact::Sent>,
}

impl Session {
    /// A session on `text`, checked with `options`. Linear in the text.
    pub fn new(text: String, options: Options) -> Session {
        let lines = if text.len() > MAX_TEXT_BYTES { Vec::new() } else { scan_lines(&text) };
        Session {
            text,
            options,
            lines,
            memo: RefCell::default(),
            unicode: Cell::new(None),
            change: Cell::new(None),
            hint: (0, 0, 0),
            #[cfg(feature = "live")]
            sent: RefCell::default(),
        }
    }

    /// The text as edited so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Replace `removed` UTF-16 units of the text at UTF-16 offset `start` (what a `textarea`
    /// counts) with `inserted`. Returns false, changing nothing, when the range is outside the
    /// text or cuts a character in two. Rescans the lines the edit touched and the one before
    /// it; the walk to them is one step per line, not per byte.
    pub fn edit(&mut self, start: usize, removed: usize, inserted: &str) -> bool {
        let Some(end) = start.checked_add(removed) else { return false };
        let Some((ka, a, line_a, unit_a)) = self.locate(start) else { return false };
        let Some((kb, b, line_b, _)) = self.locate(end) else { return false };
        self.hint = (0, 0, 0);
        if self.lines.is_empty() {
            self.unicode.set(None);
            self.change.set(None);
            // over the limit: no lines kept; the text is only spliced
            let (Some(a), Some(b)) = (utf16_to_byte(&self.text, 0, start), utf16_to_byte(&self.text, 0, end)) else { return false };
            splice(&mut self.text, a, b, inserted);
            if self.text.len() <= MAX_TEXT_BYTES {
                self.lines = scan_lines(&self.text);
            }
            return true;
        }
        if self.unicode.get().is_some_and(|sample_end| a < sample_end) {
            self.unicode.set(None);
        }
        if self.text.len() - (b - a) + inserted.len() > MAX_TEXT_BYTES {
            splice(&mut self.text, a, b, inserted);
            self.lines = Vec::new();
            self.change.set(None);
            return true;
        }
        splice(&mut self.text, a, b, inserted);
        // rescan from a line start the edit cannot move: the edited line's own, unless the edit
        // starts there (a `\n` typed after a `\r` joins the line to the one before)
        let (first, mut at) = if a > line_a || ka == 0 {
            self.hint = (ka, line_a, unit_a);
            (ka, line_a)
        } else {
            let before =
                self.lines.get(ka - 1).map_or((0, 0), |l| (l.len as usize + usize::from(l.brk), l.units as usize + usize::from(l.brk)));
            self.hint = (ka - 1, line_a - before.0, unit_a - before.1);
            (ka - 1, line_a - before.0)
        };
        // old lines from `kb` on, and the old start of line `old`, to resync with
        let new_end = a + inserted.len();
        // (an old offset `o` is `o + inserted.len() - (b - a)` now: compared without subtracting)
        let (grown, shrunk) = (inserted.len(), b - a);
        let mut old = kb;
        let mut old_start = line_b;
        let mut fresh = Vec::new();
        let last = loop {
            let (line, next) = scan_next_line(&self.text, at);
            fresh.push(line);
            let Some(next) = next else { break self.lines.len() };
            at = next;
            if at > new_end {
                // the old lines after the edit start where they did, shifted: once a new line
                // starts at one of their starts, the rest are as they were
                while let Some(line) = self.lines.get(old).filter(|_| old_start + grown < at + shrunk) {
                    old_start += line.len as usize + usize::from(line.brk);
                    old += 1;
                }
                if old < self.lines.len() && old_start + grown == at + shrunk {
                    break old;
                }
            }
        };
        // (one edit since the last report: the kept document is patched for it; two, assembled whole)
        let units = inserted.encode_utf16().count() as isize - removed as isize;
        let change = Change { first, old: last - first, new: fresh.len(), bytes: grown as isize - shrunk as isize, units };
        self.change.set(self.change.get().filter(|c| c.old == 0 && c.new == 0).map(|_| change));
        // as many lines as before (a keystroke inside a line): put in place, the lines after
        // them not moved
        if fresh.len() == last - first {
            if let Some(old) = self.lines.get_mut(first..last) {
                for (slot, line) in old.iter_mut().zip(fresh) {
                    *slot = line;
                }
                return true;
            }
        }
        // (not `splice`: its generic machinery weighs ~1.5 KB in the wasm)
        let mut tail = self.lines.split_off(last);
        self.lines.truncate(first);
        self.lines.append(&mut fresh);
        self.lines.append(&mut tail);
        true
    }

    /// The line holding UTF-16 offset `units` (a break belongs to the line before it), the byte
    /// offset, and the byte and UTF-16 offsets where that line starts; `None` outside the text or
    /// inside a character. (No lines: `(0, 0, 0, 0)`, the text is only spliced.)
    fn locate(&self, units: usize) -> Option<(usize, usize, usize, usize)> {
        if self.lines.is_empty() {
            return Some((0, 0, 0, 0));
        }
        // from the hint's line when `units` is at or after it, else from the first
        let (first, mut byte, mut unit) = if units >= self.hint.2 { self.hint } else { (0, 0, 0) };
        for (k, line) in self.lines.iter().enumerate().skip(first) {
            let whole = line.units as usize + usize::from(line.brk);
            if units < unit + whole || k + 1 == self.lines.len() {
                let in_line = units.checked_sub(unit)?;
                let offset = if in_line <= line.units as usize {
                    utf16_to_byte(self.text.get(byte..byte + line.len as usize)?, 0, in_line)?
                } else {
                    // inside the break: ASCII, a unit a byte
                    line.len as usize + (in_line - line.units as usize)
                };
                return (offset <= line.len as usize + usize::from(line.brk)).then_some((k, byte + offset, byte, unit));
            }
            byte += line.len as usize + usize::from(line.brk);
            unit += whole;
        }
        None
    }

    /// The report of the text as it is now: the same as [`crate::check`] of it, with the
    /// document assembled from the kept lines.
    pub fn report(&self) -> Report {
        if self.lines.is_empty() {
            return crate::check(Input::Text(&self.text), &self.options);
        }
        UNICODE.set(self.unicode.get().is_some());
        let mut kept = self.memo.take();
        let (outline, budget, targets, rows, assembled, header) = &mut kept;
        let check = || crate::check_with(Input::Text(&self.text), &self.options, Some(&self.lines));
        let change = self.change.replace(Some(Change { first: 0, old: 0, new: 0, bytes: 0, units: 0 }));
        let check = || crate::document::with_assembled(assembled, change, check);
        let check = || crate::table::with_memo(rows, check);
        let check = || crate::targets::with_memo(targets, check);
        let check = || crate::header::with_memo(header, check);
        let report = memo::with(outline, || crate::budget::with_memo(budget, check));
        self.memo.replace(kept);
        if self.unicode.get().is_none() && UNICODE.get() {
            // (a text of fewer characters than the sample is read whole: any edit changes it)
            self.unicode.set(chars_end(&self.text, SAMPLE_CHARS));
        }
        report
    }

    /// [`Session::report`] in the page's compact form, as what changed since the last report
    /// this gave (the whole compact report the first time): see `report::compact::changes`.
    #[doc(hidden)]
    #[cfg(feature = "live")]
    pub fn report_changes(&self) -> String {
        crate::report::compact::changes(self.report(), &mut self.sent.borrow_mut())
    }
}

thread_local! {
    /// Whether the text the session is checking is plainly Unicode: known before its check
    /// ([`Session::report`]), or found by it ([`found_unicode`]).
    static UNICODE: Cell<bool> = const { Cell::new(false) };
}

/// Whether the session's check under way may skip the legacy-encoding test.
pub(crate) fn text_is_unicode() -> bool {
    UNICODE.get()
}

/// What the legacy-encoding test found of the session's text: plainly Unicode or not.
pub(crate) fn found_unicode(unicode: bool) {
    UNICODE.set(unicode);
}

/// Where the first `n` characters of `text` end: the byte offset of its character `n` (from 0),
/// `None` when it has no more than `n` (`text.char_indices().nth(n)`, which decodes each
/// character); eight bytes at a time while the character is past them, their continuation bytes
/// (10xxxxxx: not characters) counted together.
fn chars_end(text: &str, n: usize) -> Option<usize> {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let b = text.as_bytes();
    let (mut at, mut chars) = (0, 0);
    while let Some(eight) = b.get(at..at + 8).and_then(|e| <[u8; 8]>::try_from(e).ok()).filter(|_| chars + 8 <= n) {
        let x = u64::from_le_bytes(eight);
        chars += 8 - (x & !(x << 1) & HIGHS).count_ones() as usize;
        at += 8;
    }
    let starts = b.get(at..)?.iter().enumerate().filter(|&(_, &c)| c & 0xC0 != 0x80);
    starts.map(|(i, _)| at + i).nth(n - chars)
}

/// `text[a..b]` replaced by `inserted` (char boundaries, checked by the caller). Not
/// `String::replace_range`: its `Vec::splice` machinery weighs ~1 KB in the wasm.
fn splice(text: &mut String, a: usize, b: usize, inserted: &str) {
    if a == b {
        // (typing: moved in place, the String grown by doubling, not copied out and back)
        text.insert_str(a, inserted);
        return;
    }
    let tail = text.split_off(b);
    text.truncate(a);
    text.push_str(inserted);
    text.push_str(&tail);
}

/// The byte offset of UTF-16 offset `units` in `text` counted from byte `from`; `None` past the
/// end or inside a character.
fn utf16_to_byte(text: &str, from: usize, units: usize) -> Option<usize> {
    let mut left = units;
    for (i, c) in crate::vn::char_indices(text.get(from..)?) {
        if left == 0 {
            return Some(from + i);
        }
        left = left.checked_sub(c.len_utf16())?;
    }
    (left == 0).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each of `edits` (from, to) made to `session`'s text, the session reported after each but
    /// the one at `unreported` (two edits between reports are read whole), and what the joining
    /// keeps of each line compared with reading every line.
    fn edit_and_agree(mut session: Session, edits: &[(&str, &str)], unreported: usize, what: &str) {
        let agree = |s: &Session| s.memo.borrow().4.pairs_agree(&s.lines);
        session.report();
        assert!(agree(&session), "{what}");
        for (k, (from, to)) in edits.iter().enumerate() {
            let text = session.text().to_string();
            let at = text.find(from).unwrap_or(0);
            let units = text[..at].encode_utf16().count();
            assert!(session.edit(units, from.encode_utf16().count(), to));
            if k != unreported {
                session.report();
                assert!(agree(&session), "{what}: after {from:?} → {to:?}");
            }
        }
    }

    #[test]
    fn where_the_first_characters_end_is_where_counting_them_one_by_one_ends() {
        let texts = ["", "abc", "Kế hoạch chuyển đổi số năm 2024 của Ủy ban nhân dân tỉnh 😀 đạt 80%", "ắắắắắắắắắắắắ\r\n1234567"];
        for text in texts {
            for n in 0..=text.chars().count() + 2 {
                assert_eq!(chars_end(text, n), text.char_indices().nth(n).map(|(at, _)| at), "{text:?}, {n}");
            }
        }
    }

    #[test]
    fn what_the_joining_keeps_of_each_line_is_what_reading_every_line_gives_after_each_edit() {
        // a draft edited where its joining reads: a wrap ended and restored, a `|` typed inside a
        // line gone on to (a table row: the pair before it no longer goes on) and deleted, a line
        // break typed and deleted, the widest line made wider, a page number typed, the last line
        // extended, two edits between reports; hard-wrapped, and with too few wraps to be joined
        // (its document patched around each edit: the pairs kept are not read again whole)
        let text = [
            "KẾ HOẠCH Chuyển đổi số năm 2024",
            "Năm 2024, tỉnh phấn đấu hoàn thành việc cung cấp dịch vụ công trực tuyến toàn trình",
            "cho người dân và doanh nghiệp, bảo đảm kết nối, chia sẻ dữ liệu giữa các hệ thống",
            "thông tin của tỉnh với các cơ sở dữ liệu quốc gia; tỷ lệ hồ sơ được số hóa kết quả",
            "giải quyết thủ tục hành chính đạt 80%; tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt",
            "100% trên Cổng thông tin điện tử của tỉnh.",
            "Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành triển khai kế hoạch",
            "này; định kỳ báo cáo kết quả thực hiện.",
        ]
        .join("\n");
        let edits = [
            ("toàn trình\n", "toàn trình.\n"),
            ("toàn trình.\n", "toàn trình\n"),
            ("người dân và", "người dân | và"),
            ("người dân | và", "người dân và"),
            ("bảo đảm kết nối", "bảo đảm\nkết nối"),
            ("bảo đảm\nkết nối", "bảo đảm kết nối"),
            ("điện tử đạt\n", "điện tử trên toàn địa bàn tỉnh đạt\n"),
            ("của tỉnh.\n", "của tỉnh.\n12\n"),
            ("thực hiện.", "thực hiện định kỳ"),
            ("KẾ HOẠCH", "\nKẾ HOẠCH"),
        ];
        edit_and_agree(Session::new(text.clone(), Options::default()), &edits, 5, "hard-wrapped");
        let few = text.replace("hệ thống\n", "hệ thống.\n").replace("kết quả\n", "kết quả.\n").replace("kế hoạch\n", "kế hoạch.\n");
        edit_and_agree(Session::new(few, Options::default()), &edits, 5, "two wraps");
    }
}
