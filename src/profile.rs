//! Template profiles: the required sections of a plan, as data. The built-in profiles are JSON
//! files under `data/profiles/`, embedded at compile time; a province can hand its own JSON in
//! the same format to the CLI (`--profile-file`) or the JS API.

use crate::vn::Bytewise;
use serde::Serialize;

use crate::kinds::ProfileSource;
use crate::vn;

pub(crate) mod json;

/// A template section as written in a profile file.
#[derive(Debug, Clone, Serialize)]
pub struct SectionSpec {
    /// Stable ID, part of the public contract (`P2.VII`).
    pub id: String,
    /// The number the template gives it: `I`, `3`, `1.2`, `a`.
    pub number: String,
    /// Canonical title; `{N}` is the plan year, `{N-1}` the year before.
    pub title: String,
    pub title_en: String,
    /// Other wordings real drafts use for this heading.
    pub aliases: Vec<String>,
    pub required: bool,
    /// What the template says the section must contain (shown as the suggestion).
    pub guidance: String,
    /// Severity of `section.missing` for it: `error` (default down to `1.`-level items) or
    /// `warning` (the default for deeper items such as `1.1.` and `a)`).
    pub severity: Option<crate::kinds::Severity>,
    pub children: Vec<SectionSpec>,
}

/// A profile file.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileSpec {
    pub id: String,
    pub name: String,
    pub name_en: String,
    /// The plan year the template was issued for (its default when the draft names none).
    pub plan_year: u16,
    /// Which section plays each role a rule needs (`"targets": "P2.II"`): rules ask for the
    /// role, never a literal section ID.
    pub roles: Roles,
    pub sections: Vec<SectionSpec>,
}

/// The `roles` of a profile file: the section ID of each role.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Roles {
    pub targets: Option<String>,
    pub budget: Option<String>,
    pub projects: Option<String>,
    pub past_spending: Option<String>,
}

impl Roles {
    fn get(&self, role: Role) -> Option<&String> {
        match role {
            Role::Targets => self.targets.as_ref(),
            Role::Budget => self.budget.as_ref(),
            Role::Projects => self.projects.as_ref(),
            Role::PastSpending => self.past_spending.as_ref(),
        }
    }
}

/// A part of the plan that rules look for by what it holds, whatever its ID in a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The plan's targets (`II. Mục tiêu`).
    Targets,
    /// Funding: sources and the expected total (`V. Kinh phí thực hiện`).
    Budget,
    /// The list of tasks and projects with their costs (`VII. Danh mục nhiệm vụ, dự án`).
    Projects,
    /// Last year's spending per project (`11. Kinh phí thực hiện` of Part I).
    PastSpending,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Targets, Role::Budget, Role::Projects, Role::PastSpending];

    pub fn key(self) -> &'static str {
        match self {
            Role::Targets => "targets",
            Role::Budget => "budget",
            Role::Projects => "projects",
            Role::PastSpending => "past_spending",
        }
    }

    /// What the role is, and which checks need it, in both languages.
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            Role::Targets => ("mục tiêu (các quy tắc target.*)", "targets (the target.* rules)"),
            Role::Budget => ("kinh phí thực hiện (các quy tắc budget.* về tổng và nguồn)", "funding (the budget.* total and source rules)"),
            Role::Projects => {
                ("danh mục nhiệm vụ, dự án (các quy tắc budget.* về danh mục)", "task and project list (the budget.* list rules)")
            }
            Role::PastSpending => {
                ("kinh phí năm trước (budget.spent-exceeds-approved)", "last year's spending (budget.spent-exceeds-approved)")
            }
        }
    }
}

/// A section of a loaded profile, flattened in template order.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub number: String,
    pub title: String,
    pub title_en: String,
    pub required: bool,
    pub guidance: String,
    /// Word pairs (`"nen tang"`) of `guidance`, hashed ([`pair_key`]) and sorted: to tell a
    /// copied template sentence from content that merely uses the same words.
    pub guidance_pairs: Vec<u32>,
    pub severity: crate::kinds::Severity,
    pub parent: Option<usize>,
    pub depth: usize,
    /// Folded, year-free word lists of the title and each alias, as ids in the profile's
    /// vocabulary.
    pub names: Vec<Vec<u32>>,
    /// Words in the shortest of `names`.
    pub shortest_name: usize,
    /// Whether `title` or `title_en` holds a `{` (a year placeholder): known once, not searched
    /// for in every check's outline and messages.
    pub dated: bool,
}

/// A profile ready for matching.
#[derive(Debug, Clone)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub plan_year: u16,
    pub sections: Vec<Section>,
    /// The words of every section's title and aliases.
    pub vocab: vn::Vocab,
    /// Each title word (by id) → the sections whose title or alias has it: a line is only
    /// compared with the sections it shares a word with.
    pub word_index: Vec<Vec<usize>>,
    /// The section of each [`Role`] (in `Role::ALL` order), when the profile names one.
    roles: [Option<usize>; Role::ALL.len()],
}

/// A built-in profile: [`ProfileSpec`] as static data (roles in [`Role::ALL`] order), generated
/// by build.rs from data/profiles/. `sections` is the section tree in template order (each
/// section, then its children), one record per section joined by U+001D: the section's depth as
/// one digit, then the fields of [`SectionSpec`] (`id`, `number`, `title`, `title_en`, aliases,
/// required `1`/`0`, guidance, severity `e`/`w`/`i` or empty), separated by U+001F, aliases by
/// U+001E. (One string, not a tree of records: 16 bytes of pointers per section that gzip
/// could not shrink.)
struct BuiltinProfile {
    id: &'static str,
    name: &'static str,
    name_en: &'static str,
    plan_year: u16,
    roles: [Option<&'static str>; Role::ALL.len()],
    sections: &'static str,
}

/// A built-in text as a String: one call, not the allocation and copy inlined at each of the
/// dozen places that prepare a built-in profile or the indicator table (run once per page).
#[inline(never)]
pub(crate) fn owned(text: &str) -> String {
    text.owned()
}

/// The items of a list field of a built-in record (build.rs joins them with U+001E).
// (one copy: it is called for six fields of every indicator and the aliases of every section;
// a loop, not `filter().map().collect()`: one generic copy less)
#[inline(never)]
pub(crate) fn items(field: &str) -> Vec<String> {
    let mut out = Vec::new();
    for item in field.split_str("\u{1e}") {
        if !item.is_empty() {
            out.push(owned(item));
        }
    }
    out
}

/// One section's fields as borrowed text, from a profile file's [`SectionSpec`] or a built-in
/// record: both are flattened by [`add_section`], so a built-in profile is prepared without a
/// [`ProfileSpec`] copy of its texts (and the core wasm carries no `SectionSpec` code).
struct Fields<'a> {
    id: &'a str,
    number: &'a str,
    title: &'a str,
    title_en: &'a str,
    aliases: Vec<&'a str>,
    required: bool,
    guidance: &'a str,
    severity: Option<crate::kinds::Severity>,
}

/// The depth and fields of one section record of [`BuiltinProfile::sections`].
fn builtin_section(record: &'static str) -> (usize, Fields<'static>) {
    let depth = record.bytes().next().map_or(0, |d| usize::from(d.wrapping_sub(b'0')));
    let mut f = record.get(1..).unwrap_or("").split_str("\u{1f}");
    let mut next = || f.next().unwrap_or("");
    let (id, number, title, title_en) = (next(), next(), next(), next());
    let mut aliases = Vec::new();
    for alias in next().split_str("\u{1e}") {
        if !alias.is_empty() {
            aliases.push(alias);
        }
    }
    let fields = Fields {
        id,
        number,
        title,
        title_en,
        aliases,
        required: next() != "0",
        guidance: next(),
        severity: match next() {
            "e" => Some(crate::kinds::Severity::Error),
            "w" => Some(crate::kinds::Severity::Warning),
            "i" => Some(crate::kinds::Severity::Info),
            _ => None,
        },
    };
    (depth, fields)
}

impl BuiltinProfile {
    /// The profile as a profile file would write it (the tests check built-ins as files).
    #[cfg(test)]
    fn spec(&self) -> ProfileSpec {
        // each record's section goes under the last one a level up
        let mut open: Vec<SectionSpec> = Vec::new();
        let close = |open: &mut Vec<SectionSpec>, depth: usize, top: &mut Vec<SectionSpec>| {
            while open.len() > depth {
                let s = open.pop().unwrap();
                match open.last_mut() {
                    Some(parent) => parent.children.push(s),
                    None => top.push(s),
                }
            }
        };
        let mut top = Vec::new();
        for record in self.sections.split_str("\u{1d}") {
            let (depth, f) = builtin_section(record);
            close(&mut open, depth, &mut top);
            open.push(SectionSpec {
                id: f.id.into(),
                number: f.number.into(),
                title: f.title.into(),
                title_en: f.title_en.into(),
                aliases: f.aliases.iter().map(|a| a.owned()).collect(),
                required: f.required,
                guidance: f.guidance.into(),
                severity: f.severity,
                children: Vec::new(),
            });
        }
        close(&mut open, 0, &mut top);
        let role = |r: Role| self.roles[r as usize].map(String::from);
        ProfileSpec {
            id: self.id.into(),
            name: self.name.into(),
            name_en: self.name_en.into(),
            plan_year: self.plan_year,
            roles: Roles {
                targets: role(Role::Targets),
                budget: role(Role::Budget),
                projects: role(Role::Projects),
                past_spending: role(Role::PastSpending),
            },
            sections: top,
        }
    }

    /// The profile ready for matching, straight from the static records ([`flatten`]'s work:
    /// each section's parent is the last section read a level up).
    fn prepare(&self) -> Profile {
        let mut sections = Vec::new();
        let mut vocab = vn::Vocab::default();
        let mut open: Vec<usize> = Vec::new();
        for record in self.sections.split_str("\u{1d}") {
            let (depth, fields) = builtin_section(record);
            open.truncate(depth);
            let idx = add_section(fields, open.last().copied(), depth, &mut vocab, &mut sections);
            open.push(idx);
        }
        Profile::finish(owned(self.id), owned(self.name), owned(self.name_en), self.plan_year, sections, vocab, self.roles)
    }
}

// The built-in profiles: `BUILTIN: &[(&str, u16, &BuiltinProfile)]`, (ID, plan year, profile) of
// every file in data/profiles/, listed, checked and turned into Rust by build.rs: adding a
// profile is adding its file.
include!(concat!(env!("OUT_DIR"), "/builtin_profiles.rs"));

pub const DEFAULT_PROFILE: &str = "khung-2024";
/// The plan year assumed when neither the options, the draft nor a profile tell.
pub const DEFAULT_YEAR: u16 = 2024;

/// The built-in template for a plan year: that year's own, else the latest for a later year
/// (the oldest for an earlier one), else the default; and how it was chosen.
pub fn for_year(year: Option<u16>) -> (&'static str, ProfileSource) {
    let Some(year) = year else { return (DEFAULT_PROFILE, ProfileSource::Default) };
    // BUILTIN is newest first (build.rs): the last is the oldest
    match (BUILTIN.iter().find(|b| b.1 == year), BUILTIN.last(), BUILTIN.first()) {
        (Some(&(id, _, _)), _, _) => (id, ProfileSource::Year),
        (None, Some(&(id, first, _)), _) if year < first => (id, ProfileSource::Oldest),
        (None, _, Some(&(id, _, _))) => (id, ProfileSource::Latest),
        _ => (DEFAULT_PROFILE, ProfileSource::Default),
    }
}

/// IDs and names of the built-in profiles.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTIN.iter().map(|b| b.0).collect()
}

/// A built-in profile by ID, prepared once (the check runs on every pause in typing).
/// Each is prepared only when first asked for: the first check of a page pays for one profile.
pub fn builtin(id: &str) -> Option<&'static Profile> {
    static LOADED: [std::sync::OnceLock<Option<Profile>>; BUILTIN.len()] = [const { std::sync::OnceLock::new() }; BUILTIN.len()];
    let i = BUILTIN.iter().position(|b| b.0 == id)?;
    // built-in profiles are checked by build.rs and the test suite, so none fails at run time
    // (not `from_spec`: the checks and their messages stay out of the core wasm)
    LOADED.get(i)?.get_or_init(|| BUILTIN.get(i).map(|b| b.2.prepare())).as_ref()
}

/// A profile that could not be read, with the reason in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    pub message: String,
    pub message_en: String,
}

impl Profile {
    /// Parse and check a profile file. Errors name the field at fault.
    pub fn from_json(json: &str) -> Result<Profile, ProfileError> {
        let spec = json::parse(json).and_then(|node| read_spec(&node)).map_err(|e| {
            let (vi, en) = e.describe(json);
            ProfileError {
                message: fill!("Tệp khung kế hoạch không hợp lệ: {}", vi), message_en: fill!("Invalid profile file: {}", en)
            }
        })?;
        Profile::from_spec(spec)
    }

    pub fn from_spec(spec: ProfileSpec) -> Result<Profile, ProfileError> {
        let mut ids = Vec::new();
        check_sections(&spec.sections, 0, &mut ids)?;
        // the map type of `vn::Vocab` (the core module carries no other)
        let mut seen = vn::WordMap::default();
        for id in ids {
            if seen.insert(id.owned(), 0).is_some() {
                return Err(ProfileError {
                    message: fill!("Khung kế hoạch có hai mục cùng mã \"{}\" (trường id).", id),
                    message_en: fill!("The profile has two sections with id \"{}\".", id),
                });
            }
        }
        for (role, id) in Role::ALL.into_iter().filter_map(|r| spec.roles.get(r).map(|id| (r, id))) {
            if seen.get(id).is_none() {
                return Err(ProfileError {
                    message: fill!("Khung kế hoạch gán vai trò «{}» cho mục «{}» không có trong khung (trường roles).", role.key(), id),
                    message_en: fill!(
                        "The profile gives role \"{}\" to section \"{}\", which it does not have (field roles).",
                        role.key(),
                        id
                    ),
                });
            }
        }
        Ok(Profile::build(spec))
    }

    /// A profile from a spec [`Profile::from_spec`] has checked.
    fn build(spec: ProfileSpec) -> Profile {
        let mut sections = Vec::new();
        let mut vocab = vn::Vocab::default();
        flatten(&spec.sections, None, 0, &mut vocab, &mut sections);
        let roles = Role::ALL.map(|r| spec.roles.get(r).map(String::as_str));
        Profile::finish(spec.id, spec.name, spec.name_en, spec.plan_year, sections, vocab, roles)
    }

    /// The word index and the roles' sections of flattened sections (one copy for profile files
    /// and built-in profiles).
    #[inline(never)]
    fn finish(
        id: String,
        name: String,
        name_en: String,
        plan_year: u16,
        sections: Vec<Section>,
        vocab: vn::Vocab,
        role_ids: [Option<&str>; Role::ALL.len()],
    ) -> Profile {
        let mut word_index = vec![Vec::new(); vocab.len()];
        for (i, s) in sections.iter().enumerate() {
            for &w in s.names.iter().flatten() {
                if let Some(list) = word_index.get_mut(w as usize) {
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        let roles = role_ids.map(|id| id.and_then(|id| sections.iter().position(|s| s.id == id)));
        Profile { id, name, name_en, plan_year, sections, vocab, word_index, roles }
    }

    /// The section that plays `role`, if the profile names one.
    pub fn role(&self, role: Role) -> Option<usize> {
        self.roles[role as usize]
    }

    /// The ID of the section that plays `role` (for a finding's `section`). (Not inlined: the
    /// rules ask it at 45 places.)
    #[inline(never)]
    pub fn role_id(&self, role: Role) -> Option<&str> {
        self.role(role).and_then(|i| self.sections.get(i)).map(|s| s.id.as_str())
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// The top-level section (part) that `idx` belongs to.
    pub fn root_of(&self, mut idx: usize) -> usize {
        while let Some(p) = self.sections.get(idx).and_then(|s| s.parent) {
            idx = p;
        }
        idx
    }

    /// Is `ancestor` a (strict) ancestor of `idx`?
    pub fn is_ancestor(&self, ancestor: usize, mut idx: usize) -> bool {
        while let Some(p) = self.sections.get(idx).and_then(|s| s.parent) {
            if p == ancestor {
                return true;
            }
            idx = p;
        }
        false
    }
}

/// A profile file's fields (as `ProfileSpec`'s, every field but `id`, `name`, `plan_year` and
/// `sections` optional).
fn read_spec(node: &json::Node) -> Result<ProfileSpec, json::Error> {
    let f = node.fields("", &["id", "name", "name_en", "plan_year", "roles", "sections"])?;
    let roles = match f.get("roles") {
        Some(r) => {
            let r = r.fields("roles", &["targets", "budget", "projects", "past_spending"])?;
            Roles {
                targets: r.string("targets")?,
                budget: r.string("budget")?,
                projects: r.string("projects")?,
                past_spending: r.string("past_spending")?,
            }
        }
        None => Roles::default(),
    };
    Ok(ProfileSpec {
        id: f.text("id")?,
        name: f.text("name")?,
        name_en: f.string("name_en")?.unwrap_or_default(),
        plan_year: f.need("plan_year", f.year("plan_year")?)?,
        roles,
        sections: read_sections(f.need("sections", f.list("sections")?)?)?,
    })
}

/// `sections` or `children` (as deep as the JSON reader allows: [`check_sections`] then bounds it).
fn read_sections(nodes: &[json::Node]) -> Result<Vec<SectionSpec>, json::Error> {
    let mut out = Vec::with_capacity(nodes.len());
    for node in nodes {
        let f =
            node.fields("sections", &["id", "number", "title", "title_en", "aliases", "required", "guidance", "severity", "children"])?;
        let severity = match f.get("severity") {
            Some(s) => Some(match s.string("severity")?.as_str() {
                "error" => crate::kinds::Severity::Error,
                "warning" => crate::kinds::Severity::Warning,
                "info" => crate::kinds::Severity::Info,
                _ => return Err(s.wrong("severity", "\"error\", \"warning\" hoặc \"info\"", "\"error\", \"warning\" or \"info\"")),
            }),
            None => None,
        };
        out.push(SectionSpec {
            id: f.text("id")?,
            number: f.text("number")?,
            title: f.text("title")?,
            title_en: f.text("title_en")?,
            aliases: f.list("aliases")?.unwrap_or_default().iter().map(|a| a.string("aliases")).collect::<Result<_, _>>()?,
            required: f.boolean("required")?.unwrap_or(true),
            guidance: f.string("guidance")?.unwrap_or_default(),
            severity,
            children: read_sections(f.list("children")?.unwrap_or_default())?,
        });
    }
    Ok(out)
}

const MAX_DEPTH: usize = 6;

/// The section tree is at most [`MAX_DEPTH`] deep and every section has an id and a title; the
/// ids in template order into `ids`.
fn check_sections<'a>(specs: &'a [SectionSpec], depth: usize, ids: &mut Vec<&'a str>) -> Result<(), ProfileError> {
    if depth >= MAX_DEPTH {
        return Err(ProfileError {
            message: fill!("Khung kế hoạch lồng quá {} cấp (trường children).", MAX_DEPTH),
            message_en: fill!("The profile nests more than {} levels (field children).", MAX_DEPTH),
        });
    }
    for spec in specs {
        if spec.id.trim_ws().is_empty() || spec.title.trim_ws().is_empty() {
            return Err(ProfileError {
                message: "Mỗi mục của khung kế hoạch cần trường id và title khác rỗng.".into(),
                message_en: "Every profile section needs a non-empty id and title.".into(),
            });
        }
        ids.push(&spec.id);
        check_sections(&spec.children, depth + 1, ids)?;
    }
    Ok(())
}

/// The checked section tree in template order (depth bounded by [`check_sections`]).
fn flatten(specs: &[SectionSpec], parent: Option<usize>, depth: usize, vocab: &mut vn::Vocab, out: &mut Vec<Section>) {
    for spec in specs {
        let fields = Fields {
            id: &spec.id,
            number: &spec.number,
            title: &spec.title,
            title_en: &spec.title_en,
            aliases: spec.aliases.iter().map(String::as_str).collect(),
            required: spec.required,
            guidance: &spec.guidance,
            severity: spec.severity,
        };
        let idx = add_section(fields, parent, depth, vocab, out);
        flatten(&spec.children, Some(idx), depth + 1, vocab, out);
    }
}

/// One section prepared for matching, appended to `out`; its index.
#[inline(never)]
fn add_section(f: Fields, parent: Option<usize>, depth: usize, vocab: &mut vn::Vocab, out: &mut Vec<Section>) -> usize {
    // the folded words of the title and of each alias (loops, not iterator chains: one generic
    // copy less for what runs once per profile), each text folded into one buffer and its words
    // interned from there: no String a word (a first check prepares its profile: 75 sections,
    // ~360 texts)
    let mut folded = String::new();
    let mut names: Vec<Vec<u32>> = Vec::new();
    for t in std::iter::once(f.title).chain(f.aliases) {
        vn::fold_into(t, &mut folded);
        let mut ids = Vec::new();
        for w in vn::words(&folded).filter(|w| is_title_word(w)) {
            ids.push(vocab.intern(w));
        }
        // a name ending `về chuyển đổi số`, the whole template's subject, is said without it too
        // (`Nghị quyết của cấp ủy và kế hoạch của chính quyền`, a heading with no number)
        if folded.ends_with(" ve chuyen doi so") && ids.len() > 5 {
            names.push(ids.get(..ids.len() - 4).unwrap_or_default().to_vec());
        }
        if !ids.is_empty() {
            names.push(ids);
        }
    }
    // `pair_keys(&title_words(guidance))`, from the folded guidance's words in place
    vn::fold_into(f.guidance, &mut folded);
    let mut guidance_pairs = Vec::new();
    let mut last = None;
    for w in vn::words(&folded).filter(|w| is_title_word(w)) {
        if let Some(before) = last {
            guidance_pairs.push(pair_key(before, w));
        }
        last = Some(w);
    }
    vn::sort_ids(&mut guidance_pairs);
    let idx = out.len();
    out.push(Section {
        id: owned(f.id),
        number: owned(f.number),
        title: owned(f.title),
        title_en: owned(f.title_en),
        required: f.required,
        guidance: owned(f.guidance),
        guidance_pairs,
        severity: f.severity.unwrap_or(if depth >= 3 { crate::kinds::Severity::Warning } else { crate::kinds::Severity::Error }),
        parent,
        depth,
        shortest_name: names.iter().map(Vec::len).min().unwrap_or(0),
        names,
        dated: vn::has_byte(f.title, b'{') || vn::has_byte(f.title_en, b'{'),
    });
    idx
}

/// The words of a title that identify it: folded, without year placeholders or numbers (a
/// placeholder `{N}`, `{N-1}` folds to the words `n` and `1`, which [`is_title_word`] drops).
/// (`add_section` reads them in place, from one buffer; this list is the tests' reference.)
#[cfg(test)]
pub fn title_words(title: &str) -> Vec<String> {
    let folded = vn::fold(title);
    vn::words(&folded).filter(|w| is_title_word(w)).map(str::to_string).collect()
}

/// A folded word that can tell titles apart: not a number, not the `N` of a year placeholder.
/// (Not inlined: eleven callers.)
#[inline(never)]
pub fn is_title_word(w: &str) -> bool {
    !w.bytes().all(|b| b.is_ascii_digit()) && w != "n"
}

/// Consecutive word pairs, hashed: `["nen", "tang", "so"]` → keys of `nen tang`, `tang so`.
#[cfg(test)]
pub fn pair_keys<S: AsRef<str>>(words: &[S]) -> Vec<u32> {
    words.windows(2).map(|w| pair_key(w[0].as_ref(), w[1].as_ref())).collect()
}

/// The key of the word pair `a b` (see [`vn::words_key`]).
pub fn pair_key(a: &str, b: &str) -> u32 {
    vn::words_key(&[a, b])
}

/// Put the plan year into a template text.
pub fn with_year(text: &str, plan_year: u16) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_with_year(&mut out, text, plan_year);
    out
}

/// [`with_year`] written onto the end of `out` (no string of its own, nor one for the year).
pub fn push_with_year(out: &mut String, text: &str, plan_year: u16) {
    // (one pass: `str::replace`, twice, cost a keystroke's re-check ~3 % over the titles its
    // messages name)
    let mut rest = text;
    while let Some(at) = crate::vn::find_byte(b'{', rest.as_bytes()) {
        out.push_str(rest.get(..at).unwrap_or(""));
        let tail = rest.get(at..).unwrap_or("");
        let (year, len) = if tail.starts_with("{N}") {
            (Some(plan_year), 3)
        } else if tail.starts_with("{N-1}") {
            (Some(plan_year.saturating_sub(1)), 5)
        } else {
            (None, 1)
        };
        match year {
            Some(year) => {
                let (mut digits, mut from, mut n) = ([b'0'; 5], 5, year);
                while from == 5 || n > 0 {
                    from -= 1;
                    digits[from] = b'0' + (n % 10) as u8;
                    n /= 10;
                }
                // (ASCII digits pushed one by one: no `str::from_utf8` check in the wasm)
                for &d in &digits[from..] {
                    out.push(char::from(d));
                }
            }
            None => out.push('{'),
        }
        rest = tail.get(len..).unwrap_or("");
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `add_section` reads words from one folded buffer in place: the same names and guidance
    /// pairs as the word lists `title_words` gives, for every section of every built-in profile
    #[test]
    fn section_words_are_title_words() {
        for id in builtin_ids() {
            let p = builtin(id).expect(id);
            let b = BUILTIN.iter().find(|b| b.0 == id).unwrap().2;
            for (record, s) in b.sections.split('\u{1d}').zip(&p.sections) {
                let (_, f) = builtin_section(record);
                let mut names: Vec<Vec<u32>> = Vec::new();
                for t in std::iter::once(f.title).chain(f.aliases.iter().copied()) {
                    let ids: Vec<u32> = title_words(t).iter().map(|w| p.vocab.id(w).unwrap()).collect();
                    if vn::fold(t).ends_with(" ve chuyen doi so") && ids.len() > 5 {
                        names.push(ids[..ids.len() - 4].to_vec());
                    }
                    if !ids.is_empty() {
                        names.push(ids);
                    }
                }
                assert_eq!(s.names, names, "{id} {}", s.id);
                let mut pairs = pair_keys(&title_words(f.guidance));
                vn::sort_ids(&mut pairs);
                assert_eq!(s.guidance_pairs, pairs, "{id} {}", s.id);
                // a placeholder's words drop out as its removal did
                for t in std::iter::once(f.title).chain(f.aliases.iter().copied()).chain([f.guidance]) {
                    let removed = vn::fold(&t.replace("{N-1}", " ").replace("{N}", " "));
                    let words: Vec<&str> = vn::words(&removed).filter(|w| is_title_word(w)).collect();
                    assert_eq!(title_words(t), words, "{id} {}", s.id);
                }
            }
        }
    }

    #[test]
    fn builtin_profiles_load() {
        for id in builtin_ids() {
            // `builtin` skips the checks of `from_spec`: they must pass
            let spec = BUILTIN.iter().find(|b| b.0 == id).unwrap().2.spec();
            assert!(Profile::from_spec(spec).is_ok(), "{id}");
            let p = builtin(id).expect(id);
            assert!(p.sections.len() > 20);
            assert_eq!(p.sections[0].id, "P1");
        }
    }

    #[test]
    fn builtin_profiles_prepared_from_records_are_those_of_their_spec() {
        for b in BUILTIN {
            assert_eq!(format!("{:?}", b.2.prepare()), format!("{:?}", Profile::build(b.2.spec())), "{}", b.0);
        }
    }

    #[test]
    fn malformed_profile_names_the_field() {
        let err = Profile::from_json(r#"{"id":"x","name":"x","plan_year":2024,"sections":[{"id":"A","number":"I"}]}"#).unwrap_err();
        assert!(err.message.contains("title"), "{}", err.message);
        let err = Profile::from_json(
            r#"{"id":"x","name":"x","plan_year":2024,"sections":[{"id":"A","number":"I","title":"T","title_en":"T","colour":1}]}"#,
        )
        .unwrap_err();
        assert!(err.message_en.contains("colour"), "{}", err.message_en);
    }

    #[test]
    fn profile_files_are_read_as_their_built_in_profiles() {
        for b in BUILTIN {
            let path = format!("{}/data/profiles/{}.json", env!("CARGO_MANIFEST_DIR"), b.0);
            let json = std::fs::read_to_string(&path).unwrap();
            let read = Profile::from_json(&json).unwrap_or_else(|e| panic!("{}: {}", b.0, e.message_en));
            assert_eq!(format!("{read:?}"), format!("{:?}", b.2.prepare()), "{}", b.0);
            // as serde writes the spec (every optional field written, `severity: null`)
            let written = serde_json::to_string_pretty(&b.2.spec()).unwrap();
            assert_eq!(format!("{:?}", Profile::from_json(&written).unwrap()), format!("{:?}", b.2.prepare()), "{}", b.0);
        }
    }

    #[test]
    fn a_malformed_profile_file_is_told_where_in_both_languages() {
        let json = include_str!("../tests/fixtures/profiles/khung-hong.json");
        let err = Profile::from_json(json).unwrap_err();
        assert_eq!(err.message, "Tệp khung kế hoạch không hợp lệ: thiếu trường `title` (dòng 6, cột 3)");
        assert_eq!(err.message_en, "Invalid profile file: missing field `title` at line 6 column 3");
        let err = Profile::from_json(
            r#"{"id":"x","name":"x","plan_year":2024,"sections":[{"id":"A","number":"I","title":"T","title_en":"T","severity":"fatal"}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            err.message_en,
            "Invalid profile file: invalid type for `severity`, expected \"error\", \"warning\" or \"info\" at line 1 column 112"
        );
        for json in [
            "",
            "{",
            r#"{"id":"x","name":"x","plan_year":2024}"#,
            r#"{"id":"x","name":"x","plan_year":2024,"sections":[],"roles":{"target":"P1"}}"#,
        ] {
            assert!(Profile::from_json(json).is_err(), "{json}");
        }
    }

    #[test]
    fn years_are_filled_in() {
        assert_eq!(with_year("Kinh phí năm {N-1} và {N}", 2025), "Kinh phí năm 2024 và 2025");
        for (text, year) in [("{N}{N-1}{{N}}{N", 2026), ("{", 0), ("năm {N-1}", 0), ("{N}", 65535), ("không năm", 2025), ("{N+1} {N-}", 9)]
        {
            let year: u16 = year;
            let replaced = text.replace("{N-1}", &year.saturating_sub(1).to_string()).replace("{N}", &year.to_string());
            assert_eq!(with_year(text, year), replaced, "{text}");
        }
        assert_eq!(title_words("Đánh giá kết quả thực hiện năm {N-1}"), ["danh", "gia", "ket", "qua", "thuc", "hien", "nam"]);
    }
}
