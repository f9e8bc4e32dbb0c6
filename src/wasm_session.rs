//! The live re-check for JavaScript: `new Session(text, options)`, `edit(start, removed,
//! inserted)` with UTF-16 offsets (a `textarea`'s), `reportCompact()`. The page's worker keeps one
//! per draft and sends each keystroke as an edit, so the text crosses into wasm once, not on every
//! check. Kept apart from `wasm.rs` (whose option reading it shares).

use wasm_bindgen::prelude::*;

/// A draft being edited (see [`crate::Session`]).
#[wasm_bindgen(js_name = Session)]
pub struct JsSession(crate::Session);

#[wasm_bindgen(js_class = Session)]
impl JsSession {
    /// A session on `text`, checked with `options` (those of `check`; no `profileJson` in the core module).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
    ) -> Result<JsSession, JsError> {
        // (the text at its UTF-8 size, as `check` takes it: the session keeps it)
        Ok(JsSession(crate::Session::new(crate::wasm::utf8(&text)?, crate::wasm::options(options, None)?)))
    }

    /// Replace `removed` UTF-16 units at UTF-16 offset `start` with `inserted`. False (nothing
    /// changed) when the range is outside the text or cuts a character: start a new session.
    pub fn edit(&mut self, start: u32, removed: u32, inserted: &str) -> bool {
        self.0.edit(start as usize, removed as usize, inserted)
    }

    /// The report of the text as edited, in `checkCompact`'s form (expanded by `expandReport`):
    /// the same as `checkCompact` of the whole text.
    #[wasm_bindgen(js_name = reportCompact)]
    pub fn report_compact(&self) -> String {
        crate::report::compact::compact(&self.0.report())
    }

    /// The report of the text as edited, as what changed since the last `reportChanges` gave
    /// (`{"delta":true, …}`; the whole of `reportCompact` the first time, or when the profile or
    /// plan year changed): the page puts it together again (`checker.js` `applyChanges`).
    #[wasm_bindgen(js_name = reportChanges)]
    pub fn report_changes(&self) -> String {
        self.0.report_changes()
    }
}
