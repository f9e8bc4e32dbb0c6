//! An editing session's memory of each line's heading candidate ([`Candidate::read`], most of
//! the outline's work): kept from one check to the next, so a keystroke reads again only the
//! lines whose text changed. Used only inside [`with`] (by `crate::session`); a plain `check()`
//! reads every line. A remembered reading is used only for a line of the very same text and
//! profile, and only for a reading that looked at that line alone.

use std::cell::RefCell;

use super::{Candidate, Label};
use crate::document::Document;
use crate::profile::Profile;

/// Each line's text and candidate, by line of the last check.
type Lines = Vec<Option<(Box<str>, Option<Candidate>)>>;

/// What [`with`] remembers between two checks of a session.
#[derive(Default)]
pub struct Memo {
    /// The profile the candidates were read against (its address: built-in profiles are static,
    /// a custom one lives in the session's options).
    profile: usize,
    /// The last check's lines (taken as they are used again) and this check's.
    old: Lines,
    new: Lines,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Memo({} lines)", self.new.len())
    }
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Run `f` (a check) with the outline reading candidates through `memo`.
pub fn with<T>(memo: &mut Memo, f: impl FnOnce() -> T) -> T {
    memo.old = std::mem::take(&mut memo.new);
    MEMO.with_borrow_mut(|m| *m = Some(std::mem::take(memo)));
    let out = f();
    if let Some(m) = MEMO.with_borrow_mut(Option::take) {
        *memo = m;
    }
    out
}

/// [`Candidate::read`], through the session's memo when one is set.
pub(super) fn read(doc: &Document, profile: &Profile, i: usize) -> Option<Candidate> {
    MEMO.with_borrow_mut(|m| match m {
        Some(m) => m.read(doc, profile, i),
        None => Candidate::read(doc, profile, i),
    })
}

impl Memo {
    fn read(&mut self, doc: &Document, profile: &Profile, i: usize) -> Option<Candidate> {
        let text = doc.lines.get(i).map_or("", |l| l.text.as_ref());
        // a line of 8 bytes or fewer may be `Phần` with its number on the next line (`split_part`
        // trims it first): read afresh
        if text.trim().len() <= 8 {
            return Candidate::read(doc, profile, i);
        }
        let here = profile as *const Profile as usize;
        if self.profile != here {
            self.profile = here;
            self.old.clear();
            self.new.clear();
        }
        // the line was here in the last check, or as far from the end (lines before an edit
        // keep their index, lines after it their distance to the end)
        let from_end = (self.old.len() + i).checked_sub(doc.lines.len());
        let mut hit = None;
        for j in [Some(i), from_end].into_iter().flatten() {
            if let Some(slot) = self.old.get_mut(j) {
                if slot.as_ref().is_some_and(|(t, _)| **t == *text) {
                    hit = slot.take();
                    break;
                }
            }
        }
        let (text, candidate) = match hit {
            Some(kept) => kept,
            None => {
                let candidate = Candidate::read(doc, profile, i);
                // `Phần I` takes its title from the lines after it: not a reading of this line alone
                if candidate.as_ref().is_some_and(|c| matches!(c.label, Some(Label::Part(_)))) {
                    return candidate;
                }
                (Box::from(text), candidate)
            }
        };
        let out = candidate.clone().map(|c| Candidate { last_line: i, ..c });
        if self.new.len() < doc.lines.len() {
            self.new.resize_with(doc.lines.len(), || None);
        }
        if let Some(slot) = self.new.get_mut(i) {
            *slot = Some((text, candidate));
        }
        out
    }
}
