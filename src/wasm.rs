//! JavaScript bindings, and nothing else: options in, the Report out as a plain object.
//! Everything that crosses to JS goes through one serializer setting ([`to_js`]: JSON, so maps
//! are plain objects and `None` is `null`).
//!
//! Built twice (scripts/build-wasm.sh): with the cargo feature `files` as pkg/dxcheck.js (every
//! export), and without it as the core, pkg/dxcheck_text.js: text only (`check`, `summarize`,
//! `profiles`, `rules`, `version`, `summaryCsv`), no `checkFile`, `checkPlan` or `profileJson`,
//! so the page fetches no zip, XML or JSON reader before a pasted draft is checked.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(feature = "files")]
use crate::Profile;
use crate::{Input, Level, Options, ProfileChoice, SummaryRow};

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
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // (no error text: serialising these types cannot fail, and serde_json::Error's Display would
    // bring all its parse-error messages into the core module)
    let json = serde_json::to_string(value).map_err(|_| JsError::new("to_js: JSON"))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("JSON.parse"))
}

/// The options object read field by field: `serde_wasm_bindgen` did the same with ~10 KB of
/// deserialiser in the wasm (and the crate is no longer a dependency). Unknown fields and wrong types are refused; `null` and `undefined`
/// mean "not given".
fn read_options(js: &JsValue) -> Result<JsOptions, JsError> {
    let mut o = JsOptions::default();
    if js.is_undefined() || js.is_null() {
        return Ok(o);
    }
    let bad = |what: String| JsError::new(&format!("Tùy chọn không hợp lệ / invalid options: {what}"));
    let Some(object) = js.dyn_ref::<js_sys::Object>() else { return Err(bad("không phải đối tượng / not an object".into())) };
    for key in js_sys::Object::keys(object).iter() {
        let name = key.as_string().unwrap_or_default();
        let value = js_sys::Reflect::get(js, &key).map_err(|_| bad(format!("`{name}`")))?;
        if value.is_undefined() || value.is_null() {
            continue;
        }
        let text = || value.as_string().ok_or_else(|| bad(format!("`{name}` phải là chuỗi / must be a string")));
        match name.as_str() {
            "profile" => o.profile = Some(text()?),
            "level" => o.level = Some(text()?),
            "fileName" => o.file_name = Some(text()?),
            "profileJson" => o.profile_json = Some(text()?),
            "planYear" => {
                let year = value.as_f64().filter(|y| y.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(y));
                o.plan_year = Some(year.ok_or_else(|| bad("`planYear` phải là một năm / must be a year".into()))? as u16);
            }
            _ => {
                return Err(bad(format!(
                    "không có trường `{name}` / unknown field `{name}`, expected one of `profile`, `level`, `planYear`, `fileName`, `profileJson`"
                )))
            }
        }
    }
    Ok(o)
}

/// Options from JS, with the custom profile when `profileJson` is given. Unknown values are
/// refused here, with a message in both languages, before anything is checked.
pub(crate) fn options(js: JsValue, file_name: Option<String>) -> Result<Options, JsError> {
    let o = read_options(&js)?;
    let profile =
        match (o.profile_json, o.profile) {
            #[cfg(feature = "files")]
            (Some(json), _) => Some(ProfileChoice::Custom(Box::new(
                Profile::from_json(&json).map_err(|e| JsError::new(&format!("{} / {}", e.message, e.message_en)))?,
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

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("wasm_types.d.ts");

/// Check a draft given as text. Returns the Report as a plain object.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn check(text: &str, #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::check(Input::Text(text), &self::options(options, None)?))
}

/// For the page's worker: [`check`]'s report as JSON text without what [`catalog`] gives once per
/// profile (outline entries keep status, line and heading; indicator matches figure, id and year);
/// `expandReport` in `www/render.js` turns it back into the Report. Not a stable format: use `check`.
#[wasm_bindgen(js_name = checkCompact)]
pub fn check_compact(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<String, JsError> {
    let report = crate::check(Input::Text(text), &self::options(options, None)?);
    crate::report::compact::compact(&report).map_err(|_| JsError::new("to_js: JSON"))
}

/// For the page's worker: what every report of the built-in profile `profile` shares (section
/// titles in both languages, the national indicators), as JSON text, fetched once per profile.
#[wasm_bindgen]
pub fn catalog(profile: &str) -> Result<String, JsError> {
    let profile =
        crate::builtin_profile(profile).ok_or_else(|| JsError::new(&crate::unknown_profile_message(profile).unwrap_or_default()))?;
    serde_json::to_string(&crate::report::compact::catalog(profile)).map_err(|_| JsError::new("to_js: JSON"))
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
    to_js(&crate::check(Input::File(bytes), &self::options(options, file_name)?))
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
    let json = match plan.as_string() {
        Some(s) => s,
        None => js_sys::JSON::stringify(&plan)
            .map(String::from)
            .map_err(|_| JsError::new("checkPlan: không đọc được đối tượng / cannot read the object"))?,
    };
    to_js(&crate::check(Input::PlanJson(&json), &opts))
}

/// Only the counts by severity (`{ error, warning, info }`): for dashboards that check many
/// drafts and need no details (and the benchmark, to time the checker without the report).
#[wasm_bindgen(unchecked_return_type = "{ error: number; warning: number; info: number }")]
pub fn summarize(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    to_js(&crate::check(Input::Text(text), &self::options(options, None)?).summary)
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}

#[derive(Serialize)]
struct ProfileInfo {
    id: String,
    name: String,
    name_en: String,
    plan_year: u16,
}

/// The built-in template profiles: `[{ id, name, name_en, plan_year }]`.
#[wasm_bindgen(unchecked_return_type = "ProfileInfo[]")]
pub fn profiles() -> Result<JsValue, JsError> {
    let list: Vec<ProfileInfo> = crate::builtin_profile_ids()
        .into_iter()
        .filter_map(crate::builtin_profile)
        .map(|p| ProfileInfo { id: p.id.clone(), name: p.name.clone(), name_en: p.name_en.clone(), plan_year: p.plan_year })
        .collect();
    to_js(&list)
}

/// The rule table: `[{ id, severity, summary, summary_en }]`.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&crate::RULES)
}

/// The reviewers' summary table as CSV, from each report's `row`: the same columns, quoting and
/// formula guard as `dxcheck --format csv`. `separator` is `","` (default) or `";"`.
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
fn read_rows(rows: &JsValue) -> Result<Vec<SummaryRow>, JsError> {
    let Some(list) = rows.dyn_ref::<js_sys::Array>() else {
        return Err(JsError::new("summaryCsv: rows phải là một mảng / must be an array"));
    };
    let mut out = Vec::with_capacity(list.length() as usize);
    for (i, row) in list.iter().enumerate() {
        let bad = std::cell::Cell::new("");
        out.push(read_row(&row, &bad).ok_or_else(|| {
            let name = bad.get();
            JsError::new(&format!(
                "summaryCsv: hàng {i}, trường `{name}` thiếu hoặc sai kiểu / row {i}: `{name}` missing or of the wrong type"
            ))
        })?);
    }
    Ok(out)
}

/// One row, or `None` with the name of the first field missing or of the wrong type in `bad`.
fn read_row(row: &JsValue, bad: &std::cell::Cell<&'static str>) -> Option<SummaryRow> {
    let get = |name: &'static str| {
        bad.set(name);
        js_sys::Reflect::get(row, &JsValue::from_str(name)).ok()
    };
    let text = |name| get(name)?.as_string();
    let whole = |name, max: u32| get(name)?.as_f64().filter(|n| n.fract() == 0.0 && (0.0..=f64::from(max)).contains(n)).map(|n| n as u32);
    let count = |name| whole(name, u32::MAX).map(|n| n as usize);
    Some(SummaryRow {
        file: text("file")?,
        level: text("level")?,
        plan_year: whole("plan_year", u16::MAX.into())? as u16,
        unreadable: get("unreadable")?.as_bool()?,
        errors: count("errors")?,
        warnings: count("warnings")?,
        infos: count("infos")?,
        section: count("section")?,
        target: count("target")?,
        budget: count("budget")?,
        input: count("input")?,
        missing: text("missing")?,
        note: text("note")?,
    })
}
