//! An editing session's memory of each line's heading candidate ([`Candidate::read`], most of
//! the outline's work): kept from one check to the next, so a keystroke reads again only the
//! lines whose text changed. Used only inside [`with`] (by `crate::session`); a plain `check()`
//! reads every line. A remembered reading is used only for a line of the very same text and
//! profile, and only for a reading that looked at that line alone. The contents' readings of a
//! line (whether it is content for its section, its appendix references: [`Facts`]) are kept
//! with its candidate.

use crate::vn::Bytewise;
use std::cell::RefCell;

use super::content::AppendixRef;
use super::{Candidate, Label};
use crate::document::Document;
use crate::document::{Recall, SESSION_MEMORY};
use crate::profile::Profile;

/// Each line's text and readings, by line of the last check (boxed: a slot per line of the
/// draft is cleared and filled on every check, a pointer each, not a whole reading).
type Lines = Vec<Option<Box<Kept>>>;

/// What was read of one line alone: its candidate, and what the contents
/// (`super::content::analyse`) read of it, each made when first asked for.
struct Kept {
    text: Box<str>,
    candidate: Option<Candidate>,
    /// Whether it is content for a section's guidance (named by the address of its word pairs).
    content: Option<(usize, bool)>,
    /// Its appendix references.
    refs: Option<Vec<AppendixRef>>,
}

/// What [`with`] remembers between two checks of a session.
#[derive(Default)]
pub struct Memo {
    /// The profile the candidates were read against (its address: built-in profiles are static,
    /// a custom one lives in the session's options).
    profile: usize,
    /// The last check's lines (taken as they are used again) and this check's, each a slot per
    /// line; the lines put into each (in order) and how many lines its document had. (Only the
    /// slots put are emptied for the next check but one, not every line's: a keystroke in a long
    /// draft puts a line in tens.)
    old: Lines,
    new: Lines,
    old_put: Vec<usize>,
    new_put: Vec<usize>,
    old_lines: usize,
    new_lines: usize,
    /// The outline's states: what [`super::best_section`] reads of the outline read so far is
    /// a function of the headings found so far, each a section and a label; a state is named by
    /// a number, from the state before and the heading added (0: no heading yet). A number is
    /// never given twice.
    states: Recall<u64>,
    last_state: u64,
    /// [`super::best_section`]'s answer by state, candidate label and title (all it reads of
    /// the candidate: its words are its title's).
    best: Recall<Option<(f32, usize)>>,
    /// [`super::appendix_number`] of the last check's lines that may be one (a few a draft), by
    /// line then text, and this check's.
    appendix_old: Vec<(usize, Box<str>, Option<Option<u32>>)>,
    appendix_new: Vec<(usize, Box<str>, Option<Option<u32>>)>,
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Run `f` (a check) with the outline reading candidates through `memo`.
pub fn with<T>(memo: &mut Memo, f: impl FnOnce() -> T) -> T {
    // (the last check's lines become the old ones; the slots of the ones before are reused,
    // those put emptied)
    std::mem::swap(&mut memo.old, &mut memo.new);
    std::mem::swap(&mut memo.old_put, &mut memo.new_put);
    memo.old_lines = memo.new_lines;
    for &i in &memo.new_put {
        if let Some(slot) = memo.new.get_mut(i) {
            *slot = None;
        }
    }
    memo.new_put.clear();
    std::mem::swap(&mut memo.appendix_old, &mut memo.appendix_new);
    memo.appendix_new.clear();
    memo.states.next_check();
    memo.best.next_check();
    crate::document::lend(&MEMO, memo, f)
}

/// [`Candidate::read`], through the session's memo when one is set. (One call of it, so it
/// stays inlined into the outline's loop.)
pub(super) fn read(doc: &Document, profile: &Profile, i: usize) -> Option<Candidate> {
    let text = doc.lines.get(i).map_or("", |l| l.text.as_ref());
    // a line of 8 bytes or fewer that may fold to a `p` first may be `Phần` with its number on
    // the next line (`split_part` trims it first): read afresh (a page number, `4`, is kept)
    let memoised =
        SESSION_MEMORY && MEMO.with_borrow(Option::is_some) && (text.trim_ws().len() > 8 || !crate::vn::may_fold_to_start(text, b"p"));
    if memoised {
        if let Some(kept) = MEMO.with_borrow_mut(|m| m.as_mut().and_then(|m| m.recall(doc, profile, i))) {
            return kept;
        }
    }
    let candidate = Candidate::read(doc, profile, i);
    // `Phần I` takes its title from the lines after it: not a reading of this line alone
    if memoised && !candidate.as_ref().is_some_and(|c| matches!(c.label, Some(Label::Part(_)))) {
        MEMO.with_borrow_mut(|m| m.as_mut().map(|m| m.keep(doc, i, Box::from(text), candidate.clone())));
    }
    candidate
}

/// `read` (line `i`'s [`super::appendix_number`], a function of its text alone), kept for the
/// line when a session's memo is set (found as [`Memo::recall`] finds a candidate).
pub(super) fn appendix(doc: &Document, i: usize, read: impl FnOnce() -> Option<Option<u32>>) -> Option<Option<u32>> {
    if !SESSION_MEMORY {
        return read();
    }
    let text = doc.lines.get(i).map_or("", |l| l.text.as_ref());
    MEMO.with_borrow_mut(|m| {
        let Some(m) = m.as_mut() else { return read() };
        let from_end = (m.old_lines + i).checked_sub(doc.lines.len());
        let old = &mut m.appendix_old;
        let at = [Some(i), from_end].into_iter().flatten().find_map(|j| {
            let at = old.binary_search_by_key(&j, |e| e.0).ok()?;
            old.get(at).is_some_and(|e| *e.1 == *text).then_some(at)
        });
        // (the old entry's text taken, not copied: at most one line finds it)
        let (text, number) = match at.and_then(|at| old.get_mut(at)) {
            Some(e) => (std::mem::take(&mut e.1), e.2),
            None => (Box::from(text), read()),
        };
        m.appendix_new.push((i, text, number));
        number
    })
}

/// The contents' readings of single lines, through the session's memo (taken out of its slot
/// for the whole of [`facts`]); without one, each is read afresh.
pub(super) struct Facts(Option<Memo>);

/// Run `f` with the session's memo, when one is set, for the contents' readings.
pub(super) fn facts<T>(f: impl FnOnce(&mut Facts) -> T) -> T {
    let mut facts = Facts(if SESSION_MEMORY { MEMO.with_borrow_mut(Option::take) } else { None });
    let out = f(&mut facts);
    if let Some(m) = facts.0 {
        MEMO.with_borrow_mut(|slot| *slot = Some(m));
    }
    out
}

impl Facts {
    /// Line `i`'s entry, when the outline kept it this check (so its text is the line's).
    fn kept(&mut self, i: usize) -> Option<&mut Kept> {
        self.0.as_mut()?.new.get_mut(i)?.as_deref_mut()
    }

    /// `read` (whether line `i` is content for the section whose guidance's word pairs are
    /// `pairs`), kept for the line.
    pub(super) fn content(&mut self, i: usize, pairs: &[u32], read: impl FnOnce() -> bool) -> bool {
        let key = pairs.as_ptr() as usize;
        match self.kept(i) {
            Some(kept) => match kept.content {
                Some((k, is)) if k == key => is,
                _ => kept.content.insert((key, read())).1,
            },
            None => read(),
        }
    }

    /// `read` (line `i`'s appendix references, as of line 0 and section 0, to forms too when
    /// asked: kept ones always are, a plan may gain its forms later), kept for the line.
    pub(super) fn refs(&mut self, i: usize, forms: bool, read: impl Fn(bool) -> Vec<AppendixRef>) -> Vec<AppendixRef> {
        match self.kept(i) {
            Some(kept) => kept.refs.get_or_insert_with(|| read(true)).clone(),
            None => read(forms),
        }
    }
}

/// The outline's state after `state` with a heading of `section` and `label` added (0 when no
/// session's memo is set: nothing is remembered then).
pub(super) fn push_state(profile: &Profile, state: u64, section: usize, label: &Option<Label>) -> u64 {
    if !SESSION_MEMORY {
        return 0;
    }
    MEMO.with_borrow_mut(|m| {
        let Some(m) = m.as_mut() else { return 0 };
        m.same_profile(profile);
        let mut key = Vec::with_capacity(32);
        key.extend_from_slice(&state.to_le_bytes());
        key.extend_from_slice(&(section as u32).to_le_bytes());
        push_label(&mut key, label);
        let last = &mut m.last_state;
        let next = || {
            *last += 1;
            *last
        };
        m.states.get(key, 0, next, |_, _| {})
    })
}

/// [`super::best_section`] of candidate `c` in outline state `state`, through the session's
/// memo when one is set (`best` computes it).
pub(super) fn best(profile: &Profile, state: u64, c: &Candidate, best: impl FnOnce() -> Option<(f32, usize)>) -> Option<(f32, usize)> {
    if !SESSION_MEMORY {
        return best();
    }
    let Some(mut m) = MEMO.with_borrow_mut(Option::take) else { return best() };
    m.same_profile(profile);
    // (allocated once: grown piece by piece, a key cost three reallocations)
    let mut key = Vec::with_capacity(32 + c.title.len());
    key.extend_from_slice(&state.to_le_bytes());
    push_label(&mut key, &c.label);
    key.extend_from_slice(c.title.as_bytes());
    let out = m.best.get(key, 0, best, |_, _| {});
    MEMO.with_borrow_mut(|slot| *slot = Some(m));
    out
}

/// `label`, written into a key.
fn push_label(key: &mut Vec<u8>, label: &Option<Label>) {
    let (kind, numbers): (u8, &[u32]) = match label {
        None => (0, &[]),
        Some(Label::Part(n)) => (1, std::slice::from_ref(n)),
        Some(Label::Roman(n)) => (2, std::slice::from_ref(n)),
        Some(Label::Arabic(parts)) => (3, &parts[..]),
        Some(Label::Letter(c)) => {
            key.push(4);
            key.extend_from_slice(&u32::from(*c).to_le_bytes());
            return;
        }
    };
    key.push(kind);
    key.extend_from_slice(&(numbers.len() as u32).to_le_bytes());
    for n in numbers {
        key.extend_from_slice(&n.to_le_bytes());
    }
}

impl Memo {
    /// Forget everything read against another profile.
    fn same_profile(&mut self, profile: &Profile) {
        let here = profile as *const Profile as usize;
        if self.profile != here {
            *self = Memo { profile: here, last_state: self.last_state, ..Memo::default() };
        }
    }

    /// Line `i`'s candidate from the last check, when the line was there with the same text (its
    /// index, or its distance to the end: lines before an edit keep the one, lines after it the other).
    fn recall(&mut self, doc: &Document, profile: &Profile, i: usize) -> Option<Option<Candidate>> {
        self.same_profile(profile);
        let text = doc.lines.get(i).map_or("", |l| l.text.as_ref());
        let from_end = (self.old_lines + i).checked_sub(doc.lines.len());
        let j = [Some(i), from_end]
            .into_iter()
            .flatten()
            .find(|&j| self.old.get(j).is_some_and(|s| s.as_ref().is_some_and(|k| *k.text == *text)))?;
        let kept = self.old.get_mut(j)?.take()?;
        let out = kept.candidate.clone().map(|c| Candidate { last_line: i, ..c });
        self.put(doc, i, kept);
        Some(out)
    }

    fn keep(&mut self, doc: &Document, i: usize, text: Box<str>, candidate: Option<Candidate>) {
        self.put(doc, i, Box::new(Kept { text, candidate, content: None, refs: None }));
    }

    fn put(&mut self, doc: &Document, i: usize, kept: Box<Kept>) {
        if self.new.len() < doc.lines.len() {
            self.new.resize_with(doc.lines.len(), || None);
        }
        if let Some(slot) = self.new.get_mut(i) {
            *slot = Some(kept);
            self.new_put.push(i);
        }
        self.new_lines = doc.lines.len();
    }
}
