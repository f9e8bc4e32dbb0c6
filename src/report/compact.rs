//! The page's compact hand-off (`catalog` and `checkCompact` in JS, expanded by `www/render.js`'s
//! `expandReport`): what is the same for every draft of a profile (section numbers and titles in
//! both languages, the national indicators' names, bases and values) is sent once per profile by
//! [`catalog`]; each check then sends the [`Report`] without it ([`compact`]). Written by the
//! report's JSON writer (`json.rs`, which skips the constant fields when asked; the derived
//! serialisers skip them while [`COMPACT`] is set, which the tests compare with). Not a public
//! format: the page and its worker change together.

use std::cell::Cell;

#[cfg(test)]
use serde::Serialize;

use super::Report;
#[cfg(test)]
use crate::profile::Profile;

thread_local! {
    /// Set while the derived serialisers write a compact report: the fields the catalog gives
    /// are skipped.
    pub(crate) static COMPACT: Cell<bool> = const { Cell::new(false) };
}

/// `skip_serializing_if` of the report's constant fields.
pub(crate) fn in_catalog<T>(_: &T) -> bool {
    COMPACT.with(Cell::get)
}

/// The constant part of every report checked against `profile`: its sections as outline entries
/// (titles with `{N}` and `{N-1}` for the plan year, as in the profile; status `missing`, no line),
/// and every national indicator as a match (all its values; no figure, year or national value).
#[cfg(test)]
pub(crate) struct Catalog<'a> {
    profile: &'a Profile,
}

/// Written by `json.rs` straight from the profile and the indicator table (no outline entries
/// and matches built for it, no derived serialisers in the wasm); the test below compares it
/// with those entries and matches as serde_json writes them.
#[cfg(test)]
impl Serialize for Catalog<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::json::raw(serializer, &super::json::catalog(self.profile, crate::indicators::all()))
    }
}

#[cfg(test)]
pub(crate) fn catalog(profile: &Profile) -> Catalog<'_> {
    Catalog { profile }
}

/// `report` as JSON without what its profile's [`catalog`] gives: each outline entry keeps
/// `status`, `line` and `heading` (in the catalog's section order), each indicator match `figure`,
/// `id` and `year` (the national value is the indicator's value for that year).
pub(crate) fn compact(report: &Report) -> String {
    super::json::report(report, true)
}

/// An editing session's next compact report as what changed since `sent`, what its previous one
/// sent (`Session.reportChanges` in JS; the page's `checker.js` `applyChanges` puts the report
/// together again from the one it has): `{"delta":true, …}` with only the fields that differ and
/// each finding that says what a finding sent said by its place and that finding's index. The
/// whole compact report (`compact`'s bytes) when nothing was sent, or the profile or plan year
/// differ (the catalog expands a report by them).
#[cfg(feature = "live")]
pub(crate) fn changes(report: Report, sent: &mut Sent) -> String {
    super::json::changes(report, sent)
}

#[cfg(feature = "live")]
pub(crate) use super::json::Sent;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::Status;
    use crate::report::{IndicatorMatch, OutlineEntry};

    #[test]
    fn the_catalog_is_its_entries_and_matches_as_serde_json_writes_them() {
        for id in crate::profile::builtin_ids() {
            let profile = crate::profile::builtin(id).unwrap();
            let sections: Vec<OutlineEntry> = profile
                .sections
                .iter()
                .map(|s| OutlineEntry {
                    id: s.id.clone().into(),
                    number: s.number.clone().into(),
                    title: s.title.clone().into(),
                    title_en: s.title_en.clone().into(),
                    depth: s.depth,
                    required: s.required,
                    status: Status::Missing,
                    line: None,
                    heading: None,
                })
                .collect();
            let indicators: Vec<IndicatorMatch> = crate::indicators::all()
                .iter()
                .map(|i| IndicatorMatch {
                    figure: 0,
                    id: i.id.clone(),
                    name: i.name.clone(),
                    basis: i.basis.clone(),
                    year: None,
                    national: None,
                    values: i.values.clone(),
                })
                .collect();
            let expected = format!(
                "{{\"id\":{},\"sections\":{},\"indicators\":{}}}",
                serde_json::to_string(&profile.id).unwrap(),
                serde_json::to_string(&sections).unwrap(),
                serde_json::to_string(&indicators).unwrap()
            );
            assert_eq!(serde_json::to_string(&catalog(profile)).unwrap(), expected, "{id}");
        }
    }
}
