//! JavaScript bindings, and nothing else: options in, the Report out as a plain object.
//! Everything that crosses to JS goes through one serializer setting ([`to_js`]: JSON, so maps
//! are plain objects and `None` is `null`).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::profile::Profile;
use crate::report::Level;

/// Options accepted from JS: `{ profile?, level?, planYear?, fileName? }`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
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
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("JSON.parse"))
}

/// Options from JS, and the custom profile when `profileJson` is given.
fn options(js: JsValue) -> Result<(crate::Options, Option<Profile>), JsError> {
    let o: JsOptions = if js.is_undefined() || js.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(js).map_err(|e| JsError::new(&format!("Tùy chọn không hợp lệ / invalid options: {e}")))?
    };
    let custom = match &o.profile_json {
        Some(json) => Some(Profile::from_json(json).map_err(|e| JsError::new(&format!("{} / {}", e.message, e.message_en)))?),
        None => None,
    };
    if let (Some(p), None) = (&o.profile, &custom) {
        if crate::profile::builtin(p).is_none() {
            return Err(JsError::new(&format!(
                "Không có khung «{p}» / unknown profile; có / available: {}",
                crate::profile::builtin_ids().join(", ")
            )));
        }
    }
    let level = match &o.level {
        None => None,
        Some(l) => {
            Some(Level::parse(l).ok_or_else(|| JsError::new("level phải là \"tinh\" hoặc \"bo\" / level must be \"tinh\" or \"bo\""))?)
        }
    };
    Ok((crate::Options { profile: o.profile, level, plan_year: o.plan_year, file: o.file_name }, custom))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("wasm_types.d.ts");

/// Check a draft given as text. Returns the Report as a plain object.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn check(text: &str, #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue) -> Result<JsValue, JsError> {
    let (opts, custom) = self::options(options)?;
    match custom {
        Some(profile) => to_js(&crate::check_with_profile(text, &profile, &opts)),
        None => to_js(&crate::check(text, &opts)),
    }
}

/// Check a file given as bytes (`.docx`, `.odt`, or text in UTF-8, UTF-16, TCVN3, VNI), told by
/// its content. The report's `text` is the extracted text the lines refer to.
#[wasm_bindgen(js_name = checkFile, unchecked_return_type = "Report")]
pub fn check_file(
    bytes: &[u8],
    file_name: Option<String>,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (mut opts, custom) = self::options(options)?;
    opts.file = opts.file.or(file_name);
    match custom {
        Some(profile) => to_js(&crate::check_file_with_profile(bytes, &profile, &opts)),
        None => to_js(&crate::check_file(bytes, &opts)),
    }
}

/// Check a plan collected by a portal's own form: `{ sections: { "P2.II": "…" }, projects: [ … ] }`
/// as a JSON string or a plain object. The report's `text` is the plan written out.
#[wasm_bindgen(js_name = checkPlan, unchecked_return_type = "Report")]
pub fn check_plan(
    #[wasm_bindgen(unchecked_param_type = "string | PlanInput")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (opts, custom) = self::options(options)?;
    let json = match plan.as_string() {
        Some(s) => s,
        None => js_sys::JSON::stringify(&plan)
            .map(String::from)
            .map_err(|_| JsError::new("checkPlan: không đọc được đối tượng / cannot read the object"))?,
    };
    match custom {
        Some(profile) => to_js(&crate::check_plan_with_profile(&json, &profile, &opts)),
        None => to_js(&crate::check_plan(&json, &opts)),
    }
}

/// Only the counts by severity (`{ error, warning, info }`): for dashboards that check many
/// drafts and need no details (and the benchmark, to time the checker without the report).
#[wasm_bindgen(unchecked_return_type = "{ error: number; warning: number; info: number }")]
pub fn summarize(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (opts, custom) = self::options(options)?;
    let report = match custom {
        Some(profile) => crate::check_with_profile(text, &profile, &opts),
        None => crate::check(text, &opts),
    };
    to_js(&report.summary)
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
    let list: Vec<ProfileInfo> = crate::profile::builtin_ids()
        .into_iter()
        .filter_map(crate::profile::builtin)
        .map(|p| ProfileInfo { id: p.id.clone(), name: p.name.clone(), name_en: p.name_en.clone(), plan_year: p.plan_year })
        .collect();
    to_js(&list)
}

/// The rule table: `[{ id, severity, summary, summary_en }]`.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&crate::rules::RULES)
}
