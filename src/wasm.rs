//! JavaScript bindings, and nothing else: options in, the Report out as a plain object.
//! Everything that crosses to JS is JSON text written by hand (`report/json.rs`: the bytes
//! `serde_json` writes, compared by its tests) and read by [`to_js`], so maps are plain objects
//! and `None` is `null`; the core module carries no serde serializer.
//!
//! Built twice (scripts/build-wasm.sh): with the cargo features `files` and `live` as
//! pkg/dxcheck.js (every export), and without them as the core, pkg/dxcheck_text.js: text only
//! (`check`, `checkCompact`, `summarize`, `profiles`, `rules`, `catalog`, `version`), no
//! `checkFile`, `checkPlan`, `profileJson`, batch `summaryCsv` or live `Session`, so the page
//! fetches no zip, XML or JSON reader before a pasted draft is checked.

use wasm_bindgen::prelude::*;

use crate::report::json;
#[cfg(feature = "files")]
use crate::Profile;
#[cfg(feature = "files")]
use crate::SummaryRow;
use crate::{Input, Level, Options, ProfileChoice};

/// Options accepted from JS: `{ profile?, level?, planYear?, fileName?, profileJson? }`.
#[derive(Debug, Default)]
struct JsOptions {
    profile: Option<String>,
    level: Option<String>,
    plan_year: Option<u16>,
    file_name: Option<String>,
    /// A whole profile in the format of `data/profiles/*.json`, for a province's own sections.
    profile_json: Option<String>,
}

/// Everything returned to JS crosses as JSON text read by the browser's `JSON.parse`: the same
/// plain objects as `serde_wasm_bindgen`'s `json_compatible` setting (maps as objects, `None` as
/// `null`), but one call across the boundary instead of one per field, which made the report
/// hand-off of a 40-page plan 1.4 ms instead of a fraction of that.
fn to_js(json: &str) -> Result<JsValue, JsError> {
    js::parse(json).map_err(|_| JsError::new("JSON.parse"))
}

/// The few JS built-ins the bindings call, declared here instead of through `js-sys`: that
/// crate's declarations of closure-taking functions put ~40 unused closure shims in the wasm's
/// function table, where nothing can remove them (wasm-bindgen issue 2535; −412 B gzip on the core).
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = JSON, catch)]
        pub fn parse(text: &str) -> Result<JsValue, JsValue>;
        #[cfg(feature = "files")]
        #[wasm_bindgen(js_namespace = JSON, catch)]
        pub fn stringify(value: &JsValue) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_namespace = Reflect, catch)]
        pub fn get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;

        /// Whatever is `instanceof Object`, as `js_sys::Object`.
        pub type Object;
        #[wasm_bindgen(js_namespace = Object)]
        pub fn keys(object: &Object) -> Array;

        /// An array (`Array.isArray`), as `js_sys::Array`.
        #[wasm_bindgen(is_type_of = Array::is_array)]
        pub type Array;
        #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
        pub fn is_array(value: &JsValue) -> bool;
        #[wasm_bindgen(method, getter, structural)]
        pub fn length(this: &Array) -> u32;
        #[wasm_bindgen(method, structural, indexing_getter)]
        pub fn at(this: &Array, index: u32) -> JsValue;

        /// A string primitive, as `js_sys::JsString`.
        #[wasm_bindgen(is_type_of = JsValue::is_string)]
        pub type JsString;
        #[wasm_bindgen(method, getter, structural, js_name = length)]
        pub fn units(this: &JsString) -> u32;

        pub type Uint8Array;
        #[wasm_bindgen(constructor)]
        pub fn new(buffer: &JsValue, offset: u32, length: u32) -> Uint8Array;
    }

    impl Array {
        pub fn items(&self) -> impl Iterator<Item = JsValue> + '_ {
            (0..self.length()).map(|i| self.at(i))
        }
    }

    /// A view of `length` bytes of wasm memory at `at` (as `js_sys::Uint8Array::view_mut_raw`).
    pub fn view(at: *mut u8, length: usize) -> Uint8Array {
        let buffer = get(&wasm_bindgen::memory(), &JsValue::from_str("buffer")).unwrap_or(JsValue::UNDEFINED);
        Uint8Array::new(&buffer, at as u32, length as u32)
    }
}

/// The options object read field by field: `serde_wasm_bindgen` did the same with ~10 KB of
/// deserialiser in the wasm (and the crate is no longer a dependency). Unknown fields and wrong types are refused; `null` and `undefined`
/// mean "not given".
fn read_options(js: &JsValue) -> Result<JsOptions, JsError> {
    let mut o = JsOptions::default();
    if js.is_undefined() || js.is_null() {
        return Ok(o);
    }
    let Some(object) = js.dyn_ref::<js::Object>() else { return Err(bad_option(&["không phải đối tượng / not an object"])) };
    for key in js::Object::keys(object).items() {
        let name = key.as_string().unwrap_or_default();
        let value = js::get(js, &key).map_err(|_| bad_option(&["`", &name, "`"]))?;
        if value.is_undefined() || value.is_null() {
            continue;
        }
        let text = match name.as_str() {
            "profile" => &mut o.profile,
            "level" => &mut o.level,
            "fileName" => &mut o.file_name,
            "profileJson" => &mut o.profile_json,
            "planYear" => {
                let year = value.as_f64().filter(|y| y.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(y));
                o.plan_year = Some(year.ok_or_else(|| bad_option(&["`planYear` phải là một năm / must be a year"]))? as u16);
                continue;
            }
            _ => {
                return Err(bad_option(&[
                    "không có trường `",
                    &name,
                    "` / unknown field `",
                    &name,
                    "`, expected one of `profile`, `level`, `planYear`, `fileName`, `profileJson`",
                ]))
            }
        };
        *text = Some(value.as_string().ok_or_else(|| bad_option(&["`", &name, "` phải là chuỗi / must be a string"]))?);
    }
    Ok(o)
}

/// "invalid options: " and `what`, pieces joined (one call, no `format!` per message).
#[inline(never)]
fn bad_option(what: &[&str]) -> JsError {
    let mut message = String::from("Tùy chọn không hợp lệ / invalid options: ");
    for piece in what {
        message.push_str(piece);
    }
    JsError::new(&message)
}

/// Options from JS, with the custom profile when `profileJson` is given. Unknown values are
/// refused here, with a message in both languages, before anything is checked.
pub(crate) fn options(js: JsValue, file_name: Option<String>) -> Result<Options, JsError> {
    // none given (the usual call): the code reading them, not inlined (here nor by wasm-opt:
    // build-wasm.sh's `--no-inline`), is not compiled by V8 until options come
    if js.is_undefined() || js.is_null() {
        return Ok(Options { file: file_name, ..Options::default() });
    }
    not_inlined::given_options(js, file_name)
}

mod not_inlined {
    use super::*;

    #[inline(never)]
    pub fn given_options(js: JsValue, file_name: Option<String>) -> Result<Options, JsError> {
        let o = read_options(&js)?;
        let profile = match (o.profile_json, o.profile) {
            #[cfg(feature = "files")]
            (Some(json), _) => Some(ProfileChoice::Custom(Box::new(
                Profile::from_json(&json).map_err(|e| JsError::new(&fill!("{} / {}", e.message, e.message_en)))?,
            ))),
            #[cfg(not(feature = "files"))]
            (Some(_), _) => return Err(JsError::new(
                "`profileJson` cần mô-đun đầy đủ dxcheck.js / `profileJson` needs the full module, dxcheck.js (this is dxcheck_text.js)",
            )),
            (None, Some(id)) => match crate::unknown_profile_message(&id) {
                Some(message) => return Err(JsError::new(&message)),
                None => Some(ProfileChoice::Builtin(id)),
            },
            (None, None) => None,
        };
        let level = match &o.level {
            None => None,
            Some(l) => {
                Some(Level::parse(l).ok_or_else(|| JsError::new("level phải là \"tinh\" hoặc \"bo\" / level must be \"tinh\" or \"bo\""))?)
            }
        };
        Ok(Options { profile, level, plan_year: o.plan_year, file: o.file_name.or(file_name) })
    }
}

/// Talc instead of Rust's default wasm allocator (dlmalloc): core module 2.8 KB gzip smaller, and
/// the memory 10 checks of the bench corpus grow wasm by after the page's warm-up 2.2× → 1.7× the
/// draft (bench-browser.mjs), at the same speed.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("wasm_types.d.ts");

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, text: &js::JsString, into: &js::Uint8Array) -> Encoded;
    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

/// A JS string as UTF-8, encoded straight into wasm memory with `encodeInto` (`encode` and a
/// copy take twice as long in Chromium), in a buffer about its size. wasm-bindgen's own `&str`
/// path grows its buffer to 3 bytes per UTF-16 unit at the first non-ASCII character (2.3× a
/// Vietnamese draft's UTF-8 size): on a heap with holes that reservation went to the top on
/// every check, and wasm memory never shrinks.
pub(crate) fn utf8(text: &JsValue) -> Result<String, JsError> {
    let Some(text) = text.dyn_ref::<js::JsString>() else {
        return Err(JsError::new("text: string"));
    };
    let units = text.units() as usize;
    // (one encoder kept for every check instead measured no faster in Chromium, 0.995 and
    // 1.001 of this, for 121–300 B more of the core)
    let encoder = TextEncoder::new();
    // Vietnamese takes 1.2–1.4 UTF-8 bytes per UTF-16 unit; a denser text is encoded again
    // into the bound, 3 bytes a unit
    for capacity in [units + units / 2, units.saturating_mul(3)] {
        let mut bytes: Vec<u8> = Vec::with_capacity(capacity);
        // SAFETY: the view covers the Vec's allocation and is gone before anything allocates
        // (which could grow the memory and detach it); `encodeInto` writes at most its length,
        // only whole characters, and says how much. TextEncoder writes UTF-8 (a lone surrogate
        // becomes U+FFFD): the guarantee wasm-bindgen relies on for `&str` arguments, so the
        // bytes are not checked again (a pass over every draft).
        unsafe {
            let view = js::view(bytes.as_mut_ptr(), capacity);
            let done = encoder.encode_into(text, &view);
            if done.read() as usize == units {
                bytes.set_len((done.written() as usize).min(capacity));
                // talc shrinks in place (frees the tail, copies nothing), so this costs a call
                bytes.shrink_to_fit();
                return Ok(String::from_utf8_unchecked(bytes));
            }
        }
    }
    Err(JsError::new("text: UTF-8"))
}

/// Check a draft given as text. Returns the Report as a plain object. (The export is
/// [`check_text`], which passes the text in at its exact size; this is its Rust side.)
pub fn check(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&json::report(&crate::check(Input::Text(text), &self::options(options, None)?), false))
}

/// `check(text, options)` in JS: see [`check`].
#[wasm_bindgen(js_name = check, unchecked_return_type = "Report")]
pub fn check_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    check(&utf8(&text)?, options)
}

/// For the page's worker: [`check`]'s report as JSON text without what [`catalog`] gives once per
/// profile (outline entries keep status, line and heading; indicator matches figure, id and year);
/// `expandReport` in `www/render.js` turns it back into the Report. Not a stable format: use `check`.
#[wasm_bindgen(js_name = checkCompact)]
pub fn check_compact(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<String, JsError> {
    let report = crate::check(Input::Text(&utf8(&text)?), &self::options(options, None)?);
    Ok(crate::report::compact::compact(&report))
}

/// For the page's worker: what every report of the built-in profile `profile` shares (section
/// titles in both languages, the national indicators), as JSON text, fetched once per profile.
#[wasm_bindgen]
pub fn catalog(profile: &str) -> Result<String, JsError> {
    let profile =
        crate::builtin_profile(profile).ok_or_else(|| JsError::new(&crate::unknown_profile_message(profile).unwrap_or_default()))?;
    Ok(json::catalog(profile, crate::indicators::all()))
}

/// Check a file given as bytes (`.docx`, `.odt`, or text in UTF-8, UTF-16, TCVN3, VNI), told by
/// its content. The report's `text` is the extracted text the lines refer to.
#[cfg(feature = "files")]
#[wasm_bindgen(js_name = checkFile, unchecked_return_type = "Report")]
pub fn check_file(
    bytes: &[u8],
    file_name: Option<String>,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    to_js(&json::report(&crate::check(Input::File(bytes), &self::options(options, file_name)?), false))
}

/// Check a plan collected by a portal's own form: `{ sections: { "P2.II": "…" }, projects: [ … ] }`
/// as a JSON string or a plain object. The report's `text` is the plan written out.
#[cfg(feature = "files")]
#[wasm_bindgen(js_name = checkPlan, unchecked_return_type = "Report")]
pub fn check_plan(
    #[wasm_bindgen(unchecked_param_type = "string | PlanInput")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let opts = self::options(options, None)?;
    let plan = match plan.as_string() {
        Some(s) => s,
        None => js::stringify(&plan)
            .map(|json| json.as_string().unwrap_throw())
            .map_err(|_| JsError::new("checkPlan: không đọc được đối tượng / cannot read the object"))?,
    };
    to_js(&json::report(&crate::check(Input::PlanJson(&plan), &opts), false))
}

/// Only the counts by severity (`{ error, warning, info }`): for dashboards that check many
/// drafts and need no details (and the benchmark, to time the checker without the report).
/// The export is [`summarize_text`]; this is its Rust side.
pub fn summarize(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&json::summary(&crate::check(Input::Text(text), &self::options(options, None)?).summary))
}

/// `summarize(text, options)` in JS: see [`summarize`].
#[wasm_bindgen(js_name = summarize, unchecked_return_type = "{ error: number; warning: number; info: number }")]
pub fn summarize_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    summarize(&utf8(&text)?, options)
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}

/// The built-in template profiles: `[{ id, name, name_en, plan_year }]`.
#[wasm_bindgen(unchecked_return_type = "ProfileInfo[]")]
pub fn profiles() -> Result<JsValue, JsError> {
    to_js(&json::profiles(crate::builtin_profile_ids().into_iter().filter_map(crate::builtin_profile)))
}

/// The rule table: `[{ id, severity, summary, summary_en }]`.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&json::rules(crate::RULES))
}

/// The reviewers' summary table as CSV, from each report's `row`: the same columns, quoting and
/// formula guard as `dxcheck --format csv`. `separator` is `","` (default) or `";"`.
#[cfg(feature = "files")]
#[wasm_bindgen(js_name = summaryCsv)]
pub fn summary_csv(
    #[wasm_bindgen(unchecked_param_type = "SummaryRow[]")] rows: JsValue,
    separator: Option<String>,
) -> Result<String, JsError> {
    let rows = read_rows(&rows)?;
    let separator = if separator.as_deref() == Some(";") { ';' } else { ',' };
    Ok(crate::summary_csv(&rows, separator))
}

/// The rows read field by field, as [`read_options`] does: the core module has no JSON reader
/// (`serde_json`'s deserialiser and the float formatting its errors pull in weigh ~20 KB gzip).
/// Every field must be there with its type, as the JSON reader required; others are ignored.
#[cfg(feature = "files")]
fn read_rows(rows: &JsValue) -> Result<Vec<SummaryRow>, JsError> {
    let Some(list) = rows.dyn_ref::<js::Array>() else {
        return Err(JsError::new("summaryCsv: rows phải là một mảng / must be an array"));
    };
    let mut out = Vec::with_capacity(list.length() as usize);
    for (i, row) in list.items().enumerate() {
        out.push(read_row(&row).map_err(|name| {
            JsError::new(&fill!(
                "summaryCsv: hàng {}, trường `{}` thiếu hoặc sai kiểu / row {}: `{}` missing or of the wrong type",
                i,
                name,
                i,
                name
            ))
        })?);
    }
    Ok(out)
}

/// One row, or the name of the first field (in the order of `SummaryRow`) missing or of the
/// wrong type. One loop over the fields, not a reading inlined per field.
#[cfg(feature = "files")]
fn read_row(row: &JsValue) -> Result<SummaryRow, &'static str> {
    // what each field is: a string, a whole number up to `u16::MAX` or `u32::MAX`, a boolean
    const TEXT: u8 = 0;
    const YEAR: u8 = 1;
    const COUNT: u8 = 2;
    const BOOL: u8 = 3;
    const FIELDS: [(&str, u8); 13] = [
        ("file", TEXT),
        ("level", TEXT),
        ("plan_year", YEAR),
        ("unreadable", BOOL),
        ("errors", COUNT),
        ("warnings", COUNT),
        ("infos", COUNT),
        ("section", COUNT),
        ("target", COUNT),
        ("budget", COUNT),
        ("input", COUNT),
        ("missing", TEXT),
        ("note", TEXT),
    ];
    let (mut texts, mut numbers, mut unreadable) = (Vec::with_capacity(4), Vec::with_capacity(8), false);
    for (name, kind) in FIELDS {
        let value = js::get(row, &JsValue::from_str(name)).map_err(|_| name)?;
        match kind {
            TEXT => texts.push(value.as_string().ok_or(name)?),
            BOOL => unreadable = value.as_bool().ok_or(name)?,
            _ => {
                let max = if kind == YEAR { f64::from(u16::MAX) } else { f64::from(u32::MAX) };
                let n = value.as_f64().filter(|n| n.fract() == 0.0 && (0.0..=max).contains(n)).ok_or(name)?;
                numbers.push(n as u32);
            }
        }
    }
    let mut texts = texts.into_iter();
    let mut text = || texts.next().unwrap_or_default();
    let n = |i: usize| numbers.get(i).copied().unwrap_or_default();
    Ok(SummaryRow {
        file: text(),
        level: text(),
        plan_year: n(0) as u16,
        unreadable,
        errors: n(1) as usize,
        warnings: n(2) as usize,
        infos: n(3) as usize,
        section: n(4) as usize,
        target: n(5) as usize,
        budget: n(6) as usize,
        input: n(7) as usize,
        missing: text(),
        note: text(),
    })
}
