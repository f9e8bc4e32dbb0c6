//! Word documents (.docx) into lines of text the checker reads like a paste:
//! paragraphs in order; tables as tab-separated rows (merged cells keep the columns aligned, a
//! cell merged down over data rows is each row's, nested tables are folded into their cell);
//! Word's automatic numbering rendered to the labels Word shows (`I.`, `1.`, `1.1.`, `a)`), from
//! `numbering.xml` and the paragraph styles; tracked changes read as if accepted (old properties,
//! deleted paragraphs and rows gone); a text box once, before its anchor's line; footnotes,
//! fields' codes, hidden and struck-through text (the drafter's deletions) left out; runs in
//! `.Vn*` / `VNI-*` fonts converted from TCVN3 / VNI.

use crate::vn::WordMap;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::legacy::{self, Encoding};
use super::zipfile::Archive;
use super::{Format, Ingested, Unreadable};

/// Values by name (style, list and level IDs) on [`WordMap`], the map the core already carries:
/// std's `HashMap` brought hashbrown's String-keyed copies and SipHash into the wasm for these
/// few lookups. Names are never removed; a name given again replaces its value.
struct Named<V> {
    index: WordMap,
    values: Vec<V>,
}

impl<V> Default for Named<V> {
    fn default() -> Self {
        Named { index: WordMap::default(), values: Vec::new() }
    }
}

impl<V> Named<V> {
    fn get(&self, name: &str) -> Option<&V> {
        self.values.get(self.index.get(name)? as usize)
    }

    fn insert(&mut self, name: String, value: V) {
        match self.index.get(&name).and_then(|i| self.values.get_mut(i as usize)) {
            Some(slot) => *slot = value,
            None => {
                self.index.insert(name, self.values.len() as u32);
                self.values.push(value);
            }
        }
    }

    /// The value of `name`, added as `new()` when it has none.
    fn entry(&mut self, name: &str, new: fn() -> V) -> Option<&mut V> {
        let i = match self.index.get(name) {
            Some(i) => i as usize,
            None => {
                self.index.insert(name.to_string(), self.values.len() as u32);
                self.values.push(new());
                self.values.len() - 1
            }
        };
        self.values.get_mut(i)
    }
}

impl<V> std::fmt::Debug for Named<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} names", self.values.len())
    }
}

/// Read the document whose main part is `main` ([`main_part`]).
pub fn read(archive: &mut Archive, main: &str) -> Result<Ingested, Unreadable> {
    let Some(document) = archive.text(main)? else {
        return Err(Unreadable::corrupt("thiếu word/document.xml".into(), "word/document.xml is missing".into()));
    };
    // the styles and numbering parts: named by the main part's relationships, or where Word puts them
    let (folder, name) = main.rsplit_once('/').unwrap_or(("", main));
    let rels = if folder.is_empty() { format!("_rels/{name}.rels") } else { format!("{folder}/_rels/{name}.rels") };
    let mut part =
        |kind: &str, usual: &str| related(archive, &rels, folder, kind).filter(|p| archive.has(p)).unwrap_or_else(|| usual.into());
    let (styles, numbering) = (part("styles", "word/styles.xml"), part("numbering", "word/numbering.xml"));
    let styles = archive.text(&styles)?.map(|x| parse_styles(&x)).unwrap_or_default();
    let numbering = archive.text(&numbering)?.map(|x| parse_numbering(&x)).unwrap_or_default();
    Body::new(styles, numbering).read(&document)
}

/// The main document part's name: the target of the package's `officeDocument` relationship
/// (`_rels/.rels`) when the archive has it, else `word/document.xml`. The standard leaves the
/// name free (ECMA-376 Part 1, 11.3.10) and some writers use another: Word for the web saves
/// `word/document2.xml`.
pub fn main_part(archive: &mut Archive) -> String {
    related(archive, "_rels/.rels", "", "officeDocument").filter(|p| archive.has(p)).unwrap_or_else(|| "word/document.xml".into())
}

/// The part named by the first relationship of type `kind` (the type's last segment:
/// `officeDocument`, `styles`, `numbering`) in the relationships part `rels`, its target resolved
/// against `folder` (the source part's folder; a target from `/` against the package's root).
/// None when there is no such part, relationship or readable target (an external one included).
fn related(archive: &mut Archive, rels: &str, folder: &str, kind: &str) -> Option<String> {
    let xml = archive.text(rels).ok()??;
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                let internal = attr(&e, b"TargetMode").is_none_or(|m| m != "External");
                if internal && attr(&e, b"Type").is_some_and(|t| t.rsplit('/').next() == Some(kind)) {
                    return attr(&e, b"Target").map(|t| resolve_part(folder, &t));
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
    }
}

/// A relationship's target as a part name in the archive: `styles.xml` from `word` is
/// `word/styles.xml`, `/word/document2.xml` is from the root, `.` and `..` segments are applied.
fn resolve_part(folder: &str, target: &str) -> String {
    let (base, target) = target.strip_prefix('/').map_or((folder, target), |t| ("", t));
    let mut parts: Vec<&str> = Vec::new();
    for segment in base.split('/').chain(target.split('/')) {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// `&amp;`, `&#7871;` …: the text an entity reference stands for.
pub fn resolve_ref(r: &BytesRef) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    let name = r.decode().unwrap_or_default();
    quick_xml::escape::resolve_predefined_entity(&name).unwrap_or("").to_string()
}

/// An attribute's value as quick-xml's `unescape_value` gives it (XML 1.0 attribute-value
/// normalisation): a tab, CR, LF or CR LF becomes one space, `&#N;`, `&#xH;` and the five
/// predefined entities are replaced, and an unknown, unterminated or invalid reference makes the
/// value unreadable (None). Written out here: quick-xml's generic normaliser weighed ~4 KB in
/// the wasm (two copies) for OOXML's plain identifiers (`w:val="upperRoman"`).
pub(super) fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    let a = e.try_get_attribute(name).ok().flatten()?;
    let mut rest = std::str::from_utf8(&a.value).ok()?;
    let mut out = String::with_capacity(rest.len());
    while let Some(at) = rest.find(['\t', '\r', '\n', '&']) {
        out.push_str(rest.get(..at)?);
        let special = rest.as_bytes().get(at).copied();
        rest = rest.get(at + 1..)?;
        match special {
            Some(b'&') => {
                let end = rest.find(';')?;
                let reference = rest.get(..end)?;
                rest = rest.get(end + 1..)?;
                match reference.strip_prefix('#') {
                    Some(number) => {
                        let (digits, radix) = number.strip_prefix('x').map_or((number, 10), |hex| (hex, 16));
                        // (`from_str_radix` takes a sign, which a character reference may not have)
                        if digits.starts_with(['+', '-']) {
                            return None;
                        }
                        let code = u32::from_str_radix(digits, radix).ok().filter(|&c| c != 0)?;
                        out.push(char::from_u32(code)?);
                    }
                    None => out.push_str(quick_xml::escape::resolve_predefined_entity(reference)?),
                }
            }
            Some(b'\r') => {
                out.push(' ');
                rest = rest.strip_prefix('\n').unwrap_or(rest);
            }
            _ => out.push(' '),
        }
    }
    out.push_str(rest);
    Some(out)
}

/// A toggle property (`<w:b/>`, `<w:caps w:val="0"/>`): on unless its value says off (`0`,
/// `false`, or `off` as the first edition of the standard, Word 2007's, also wrote it).
fn on(e: &BytesStart) -> bool {
    attr(e, b"w:val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"))
}

fn malformed(part: &str, e: impl std::fmt::Display) -> Unreadable {
    Unreadable::corrupt(format!("{part} bị hỏng ({e})"), format!("{part} is malformed ({e})"))
}

// ---- styles.xml: paragraph styles' numbering and base style ----

#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    /// shown in capitals (`w:caps`, `w:smallCaps`)
    caps: Option<bool>,
    /// hidden (`w:vanish`): a character style used for notes to the drafters
    hidden: Option<bool>,
    /// struck through (`w:strike`, `w:dstrike`): text the drafter deleted, left in sight
    struck: Option<bool>,
    /// an entry style of a table of contents (`toc 1` … `toc 9`, LibreOffice's `Contents 1` …)
    toc: bool,
}

/// Whether a paragraph style's name (`w:name`, the same in every language's Word, unlike its
/// ID: English Word writes `TOC1`, Vietnamese Word `Mclc1` from `Mục lục 1`) is an entry style of
/// a table of contents: `toc 1` … `toc 9`, or LibreOffice's `Contents 1` … `Contents 10`.
pub(super) fn is_toc_style(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let level = name.strip_prefix("toc ").or_else(|| name.strip_prefix("contents "));
    level.is_some_and(|n| !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
}

fn parse_styles(xml: &str) -> Named<Style> {
    let mut out = Named::default();
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut current: Option<(String, Style)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"w:style" => current = attr(&e, b"w:styleId").map(|id| (id, Style::default())),
                b"w:basedOn" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.based_on = attr(&e, b"w:val");
                    }
                }
                b"w:name" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.toc = attr(&e, b"w:val").is_some_and(|n| is_toc_style(&n));
                    }
                }
                b"w:numId" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.num_id = attr(&e, b"w:val");
                    }
                }
                b"w:ilvl" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.ilvl = attr(&e, b"w:val").and_then(|v| v.parse().ok());
                    }
                }
                b"w:caps" | b"w:smallCaps" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.caps = Some(on(&e));
                    }
                }
                b"w:vanish" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.hidden = Some(on(&e));
                    }
                }
                b"w:strike" | b"w:dstrike" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.struck = Some(on(&e) || s.struck == Some(true));
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.name().as_ref() == b"w:style" => {
                if let Some((id, s)) = current.take() {
                    out.insert(id, s);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

// ---- numbering.xml: abstract formats, instances and overrides ----

/// Largest list number read from a file (Word's own limit is 32767): a start of four billion
/// would otherwise be rendered as hundreds of millions of letters or Roman numerals.
const MAX_NUMBER: u32 = 32_767;
/// Longest automatic-numbering label kept (`1.2.3.4.5.6.7.8.9.` fits).
const MAX_LABEL_CHARS: usize = 48;

fn number(v: &str) -> Option<u32> {
    v.trim().parse::<u64>().ok().map(|n| n.min(u64::from(MAX_NUMBER)) as u32)
}

#[derive(Debug, Default, Clone)]
struct Level {
    format: String,
    text: String,
    start: u32,
    /// `w:isLgl`: every number of the label in decimals (`1.2` under an upperRoman `I`)
    legal: bool,
    /// `w:lvlRestart`: restarts after a use of this level (1-based) or a higher one; 0 never
    restart: Option<u8>,
}

#[derive(Debug, Default)]
struct Numbering {
    /// abstractNumId → its levels (`w:ilvl` 0–8; arrays rather than maps keep two hash map
    /// types out of the wasm)
    abstracts: Named<[Option<Level>; 9]>,
    /// numId → (abstractNumId, start overrides by level, levels redefined by `w:lvlOverride`)
    nums: Named<Num>,
}

#[derive(Debug, Default)]
struct Num {
    abs: String,
    starts: [Option<u32>; 9],
    levels: [Option<Level>; 9],
}

fn parse_numbering(xml: &str) -> Numbering {
    let mut n = Numbering::default();
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut abs, mut lvl, mut num, mut over): (Option<String>, Option<u8>, Option<String>, Option<u8>) = (None, None, None, None);
    // a list style (Word's `Define New List Style`): the list the paragraphs use names the style
    // (`w:numStyleLink`) and has no levels; the definition with the levels names it by `w:styleLink`
    let (mut defined_by_style, mut using_style): (Named<String>, Named<String>) = Default::default();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let val = || attr(&e, b"w:val");
                match e.name().as_ref() {
                    b"w:abstractNum" => abs = attr(&e, b"w:abstractNumId"),
                    // a level of a list, or one a list instance redefines in its `w:lvlOverride`
                    b"w:lvl" => lvl = attr(&e, b"w:ilvl").and_then(|v| v.parse().ok()).filter(|l| *l < 9),
                    b"w:num" => num = attr(&e, b"w:numId"),
                    link @ (b"w:styleLink" | b"w:numStyleLink") => {
                        if let (Some(a), Some(style)) = (&abs, val()) {
                            match link {
                                b"w:styleLink" => defined_by_style.insert(style, a.clone()),
                                _ => using_style.insert(a.clone(), style),
                            }
                        }
                    }
                    b"w:lvlOverride" => over = attr(&e, b"w:ilvl").and_then(|v| v.parse().ok()).filter(|l| *l < 9),
                    b"w:abstractNumId" => {
                        if let (Some(id), Some(a)) = (&num, val()) {
                            if let Some(num) = n.nums.entry(id, Num::default) {
                                num.abs = a;
                            }
                        }
                    }
                    b"w:startOverride" => {
                        if let (Some(id), Some(l), Some(v)) = (&num, over, val().as_deref().and_then(number)) {
                            if let Some(slot) = n.nums.entry(id, Num::default).and_then(|num| num.starts.get_mut(l as usize)) {
                                *slot = Some(v);
                            }
                        }
                    }
                    name @ (b"w:start" | b"w:numFmt" | b"w:lvlText" | b"w:isLgl" | b"w:lvlRestart") => {
                        let levels = match (&num, over) {
                            (Some(id), Some(_)) => {
                                lvl.and_then(|l| n.nums.entry(id, Num::default).and_then(|num| num.levels.get_mut(l as usize)))
                            }
                            (Some(_), None) => None,
                            (None, _) => abs
                                .as_ref()
                                .zip(lvl)
                                .and_then(|(a, l)| n.abstracts.entry(a, Default::default).and_then(|levels| levels.get_mut(l as usize))),
                        };
                        if let Some(slot) = levels {
                            let level = slot.get_or_insert_with(|| Level { start: 1, ..Level::default() });
                            let v = val().unwrap_or_default();
                            match name {
                                b"w:start" => level.start = number(&v).unwrap_or(1),
                                b"w:numFmt" => level.format = v,
                                b"w:isLgl" => level.legal = on(&e),
                                b"w:lvlRestart" => level.restart = v.trim().parse().ok(),
                                _ => level.text = v,
                            }
                        }
                    }
                    _ => {}
                }
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"w:abstractNum" => abs = None,
                b"w:lvl" => lvl = None,
                b"w:num" => num = None,
                b"w:lvlOverride" => over = None,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    for num in &mut n.nums.values {
        if let Some(levels) = using_style.get(&num.abs).and_then(|style| defined_by_style.get(style)) {
            num.abs = levels.clone();
        }
    }
    n
}

/// The running counters of the lists, as Word keeps them.
#[derive(Default)]
struct Counters {
    /// abstractNumId → counter per level (0 = not started since its parent last moved)
    by_abstract: Named<[u32; 9]>,
    /// numIds already used (a start override applies at the first use only)
    used: WordMap,
}

impl Counters {
    fn label(&mut self, numbering: &Numbering, num_id: &str, ilvl: u8) -> Option<String> {
        let Num { abs, starts: overrides, levels: redefined } = numbering.nums.get(num_id)?;
        let levels = numbering.abstracts.get(abs)?;
        let ilvl = ilvl.min(8);
        let counters = self.by_abstract.entry(abs, || [0; 9])?;
        if self.used.get(num_id).is_none() {
            self.used.insert(num_id.to_string(), 0);
            for (counter, start) in counters.iter_mut().zip(overrides) {
                if let Some(start) = *start {
                    *counter = start.min(MAX_NUMBER).saturating_sub(1);
                }
            }
        }
        let level_at =
            |l: u8| redefined.get(l as usize).and_then(Option::as_ref).or_else(|| levels.get(l as usize).and_then(Option::as_ref));
        let start = |l: u8| level_at(l).map_or(1, |lv| lv.start.min(MAX_NUMBER));
        let i = ilvl as usize;
        counters[i] = if counters[i] == 0 { start(ilvl) } else { counters[i].saturating_add(1).min(MAX_NUMBER) };
        // the deeper levels restart, unless one restarts only after a higher level (or never)
        for (j, c) in counters.iter_mut().enumerate().skip(i + 1) {
            match level_at(j as u8).and_then(|lv| lv.restart) {
                Some(r) if r == 0 || i >= r as usize => {}
                _ => *c = 0,
            }
        }
        let level = level_at(ilvl)?;
        match level.format.as_str() {
            "none" => return None,
            "bullet" => return Some("-".into()),
            _ => {}
        }
        let mut out = String::new();
        let mut chars = level.text.chars().take(MAX_LABEL_CHARS).peekable();
        while let Some(c) = chars.next() {
            if out.chars().count() >= MAX_LABEL_CHARS {
                break;
            }
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let l = (d as u8).saturating_sub(1).min(8);
                    let value = if counters[l as usize] == 0 { start(l) } else { counters[l as usize] };
                    let fmt = if level.legal { "decimal" } else { level_at(l).map_or("decimal", |lv| lv.format.as_str()) };
                    out.push_str(&render(value, fmt));
                    continue;
                }
            }
            out.push(c);
        }
        Some(out)
    }
}

/// One number of a label, short whatever the number: Roman numerals past XXXIX and letters past
/// `zzzz` are written in digits (drafts never get there; a hostile file would make them huge).
pub(super) fn render(n: u32, format: &str) -> String {
    let roman = n <= 39;
    let letters = n <= 26 * 4;
    match format {
        "upperRoman" if roman => crate::numerals::to_roman(n),
        "lowerRoman" if roman => crate::numerals::to_roman(n).to_ascii_lowercase(),
        "upperLetter" if letters => letter(n).to_ascii_uppercase(),
        "lowerLetter" if letters => letter(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

fn letter(n: u32) -> String {
    let c = char::from_u32('a' as u32 + (n.max(1) - 1) % 26).unwrap_or('a');
    c.to_string().repeat(((n.max(1) - 1) / 26 + 1) as usize)
}

// ---- document.xml ----

struct Body {
    styles: Named<Style>,
    numbering: Numbering,
    counters: Counters,
    out: String,
    places: Vec<String>,
    legacy: Vec<Encoding>,
    /// Bytes of text (and of places, counted roughly) produced so far, against the text limit.
    emitted: usize,
}

#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    /// its mark deleted with the change tracked (it joins the next one when accepted)
    mark_deleted: bool,
    /// some of its text struck through
    struck: bool,
}

#[derive(Default)]
struct Run {
    text: String,
    font: Option<String>,
    hidden: Option<bool>,
    /// struck through: deleted, as the drafter marks an old figure (`~~15.000~~ 17.000`)
    struck: Option<bool>,
    caps: Option<bool>,
    /// its character style (`w:rStyle`)
    style: Option<String>,
}

impl Body {
    fn new(styles: Named<Style>, numbering: Numbering) -> Body {
        Body { styles, numbering, counters: Counters::default(), out: String::new(), places: Vec::new(), legacy: Vec::new(), emitted: 0 }
    }

    fn read(mut self, xml: &str) -> Result<Ingested, Unreadable> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut para: Option<Paragraph> = None;
        let mut run: Option<Run> = None;
        let mut skip = 0usize; // inside w:del, w:moveFrom, w:instrText, footnotes' bodies
        let mut tables = 0usize; // nesting depth
        let mut table_no = 0usize;
        // the row being read, tab-separated, and how many cells it has
        let mut row = String::new();
        let mut cells = 0usize;
        let mut row_no = 0usize;
        let mut cell: Option<String> = None;
        let mut span = 1usize;
        let mut merged = false;
        let mut restart = false;
        // by grid column: the text of the cell a vertical merge started from, below the header
        let mut merge_text: Vec<Option<String>> = Vec::new();
        let mut paragraph_no = 0usize;
        // inside a tracked change's old properties (`w:pPrChange` …): the past, not read
        let mut old_props = 0usize;
        // inside `mc:Fallback`: the VML copy of what `mc:Choice` already holds (text boxes)
        let mut fallback = 0usize;
        // a row's or a paragraph mark's properties, where `w:del` deletes the row or the mark
        let (mut in_row_props, mut in_para_props, mut row_deleted) = (false, false, false);
        // a cell of the row struck through whole (the row is gone when none has text)
        let mut row_struck = false;
        // the paragraphs a text box is anchored in, while its own paragraphs are read
        let mut anchors: Vec<(Option<Paragraph>, Option<Run>)> = Vec::new();
        let mut boxes = 0usize;
        // each open `w:tbl`: whether it is a box (a table of one column holding the text, as some
        // drafts keep the whole plan in one): its paragraphs are read as paragraphs, not as
        // one cell, and the tables inside it as tables
        let mut layout: Vec<bool> = Vec::new();
        let mut grid_cols = 0usize;
        // inside a `w:t`: a run's text is there only; a drawing's position and size
        // (`<wp:posOffset>0</wp:posOffset>`, `<wp:align>center</wp:align>`) are not text
        let mut in_text = false;
        // a table of contents repeats every heading with its page: Word generates it (a `TOC`
        // field's result, in a content control of the gallery `Table of Contents`), the drafter
        // does not write it. Its lines are written like any, then taken back where it ends:
        // a field never ended (a damaged file) keeps them, so no text is lost
        let mut toc = Toc::default();
        loop {
            let event = reader.read_event().map_err(|e| malformed("word/document.xml", e))?;
            if fallback > 0 {
                match &event {
                    Event::Start(e) if e.name().as_ref() == b"mc:Fallback" => fallback += 1,
                    Event::End(e) if e.name().as_ref() == b"mc:Fallback" => fallback -= 1,
                    Event::Eof => break,
                    _ => {}
                }
                continue;
            }
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(event, Event::Empty(_));
                    match e.name().as_ref() {
                        name if is_old_props(name) => old_props += usize::from(!empty),
                        _ if old_props > 0 => {}
                        b"mc:Fallback" if !empty => fallback += 1,
                        b"w:trPr" if !empty => in_row_props = true,
                        b"w:pPr" if !empty => in_para_props = true,
                        b"w:del" if in_row_props => row_deleted = true,
                        b"w:del" if in_para_props => {
                            if let Some(p) = para.as_mut() {
                                p.mark_deleted = true;
                            }
                        }
                        b"w:fldChar" => match attr(e, b"w:fldCharType").as_deref() {
                            Some("begin") => toc.begin(),
                            Some("separate") => toc.separate(self.out.len(), self.places.len()),
                            Some("end") => toc.end(),
                            _ => {}
                        },
                        b"w:instrText" if !empty && skip == 0 => toc.in_code = true,
                        b"w:sdt" if !empty => toc.controls += 1,
                        b"w:docPartGallery" if attr(e, b"w:val").is_some_and(|v| v == "Table of Contents") => {
                            toc.gallery.get_or_insert((toc.controls, self.out.len(), self.places.len()));
                        }
                        b"w:sym" if skip == 0 => {
                            if let Some(c) = symbol(attr(e, b"w:font").as_deref(), attr(e, b"w:char").as_deref()) {
                                push_run(&mut run, &mut para, c);
                            }
                        }
                        b"w:txbxContent" if !empty => {
                            boxes += 1;
                            if anchors.len() < MAX_NESTED_BOXES {
                                anchors.push((para.take(), run.take()));
                            }
                        }
                        b"w:del" | b"w:moveFrom" | b"w:instrText" | b"w:delText" if !empty => skip += 1,
                        b"w:tbl" => {
                            if !empty {
                                layout.push(false);
                                grid_cols = 0;
                            }
                            tables += 1;
                            if tables == 1 {
                                table_no += 1;
                                row_no = 0;
                                merge_text.clear();
                            }
                        }
                        b"w:gridCol" => grid_cols += 1,
                        b"w:tr" if tables == 1 => {
                            row.clear();
                            cells = 0;
                            row_no += 1;
                            row_deleted = false;
                            row_struck = false;
                        }
                        b"w:tc" if tables == 1 => {
                            cell = Some(String::new());
                            span = 1;
                            merged = false;
                            restart = false;
                        }
                        // a row starting at a later grid column (a first cell deleted): its cells
                        // stay under their headers
                        b"w:gridBefore" if tables == 1 && cells == 0 => {
                            cells = attr(e, b"w:val").and_then(|v| v.parse().ok()).unwrap_or(0).min(64);
                            row.extend(std::iter::repeat_n('\t', cells.saturating_sub(1)));
                        }
                        b"w:gridSpan" if tables == 1 => span = attr(e, b"w:val").and_then(|v| v.parse().ok()).unwrap_or(1).clamp(1, 64),
                        b"w:vMerge" if tables == 1 => {
                            let val = attr(e, b"w:val");
                            restart = val.as_deref() == Some("restart");
                            merged = val.is_none_or(|v| v == "continue");
                        }
                        b"w:p" if !empty => para = Some(Paragraph::default()),
                        b"w:pStyle" => {
                            if let Some(p) = para.as_mut() {
                                p.style = attr(e, b"w:val");
                            }
                        }
                        b"w:numId" => {
                            if let Some(p) = para.as_mut() {
                                p.num_id = attr(e, b"w:val");
                            }
                        }
                        b"w:ilvl" => {
                            if let Some(p) = para.as_mut() {
                                p.ilvl = attr(e, b"w:val").and_then(|v| v.parse().ok());
                            }
                        }
                        b"w:r" if !empty => run = Some(Run::default()),
                        b"w:t" => in_text = !empty,
                        b"w:rFonts" => {
                            if let Some(r) = run.as_mut() {
                                r.font = attr(e, b"w:ascii").or_else(|| attr(e, b"w:hAnsi"));
                            }
                        }
                        b"w:vanish" => {
                            if let Some(r) = run.as_mut() {
                                r.hidden = Some(on(e));
                            }
                        }
                        // (single or double, either on strikes)
                        b"w:strike" | b"w:dstrike" => {
                            if let Some(r) = run.as_mut() {
                                r.struck = Some(on(e) || r.struck == Some(true));
                            }
                        }
                        b"w:rStyle" => {
                            if let Some(r) = run.as_mut() {
                                r.style = attr(e, b"w:val");
                            }
                        }
                        b"w:caps" | b"w:smallCaps" => {
                            if let Some(r) = run.as_mut() {
                                r.caps = Some(on(e));
                            }
                        }
                        b"w:tab" if skip == 0 => push_run(&mut run, &mut para, " "),
                        b"w:br" | b"w:cr" if skip == 0 => {
                            let page = attr(e, b"w:type").is_some_and(|t| t == "page");
                            // a line break splits a paragraph into lines, but not a table cell
                            push_run(&mut run, &mut para, if page || tables > 0 { " " } else { "\n" })
                        }
                        b"w:noBreakHyphen" if skip == 0 => push_run(&mut run, &mut para, "-"),
                        _ => {}
                    }
                }
                Event::Text(t) if toc.in_code => toc.code(&t.decode().unwrap_or_default()),
                Event::Text(t) if skip == 0 && in_text => {
                    if let Some(r) = run.as_mut() {
                        r.text.push_str(&t.decode().unwrap_or_default());
                    }
                }
                Event::GeneralRef(r) if skip == 0 && in_text => {
                    if let Some(rn) = run.as_mut() {
                        rn.text.push_str(&resolve_ref(&r));
                    }
                }
                Event::End(e) => match e.name().as_ref() {
                    name if is_old_props(name) => old_props = old_props.saturating_sub(1),
                    _ if old_props > 0 => {}
                    b"w:trPr" => in_row_props = false,
                    b"w:t" => in_text = false,
                    b"w:instrText" if toc.in_code => toc.in_code = false,
                    b"w:sdt" => {
                        if toc.gallery.is_some_and(|(depth, _, _)| depth == toc.controls) {
                            if let Some((_, text, places)) = toc.gallery.take() {
                                self.take_back(text, places);
                            }
                        }
                        toc.controls = toc.controls.saturating_sub(1);
                    }
                    b"w:pPr" => in_para_props = false,
                    b"w:del" if in_row_props || in_para_props => {}
                    b"w:txbxContent" => {
                        if boxes <= anchors.len() {
                            if let Some((p, r)) = anchors.pop() {
                                (para, run) = (p, r);
                            }
                        }
                        boxes = boxes.saturating_sub(1);
                    }
                    b"w:del" | b"w:moveFrom" | b"w:instrText" | b"w:delText" => skip = skip.saturating_sub(1),
                    b"w:r" => {
                        if let (Some(r), Some(p)) = (run.take(), para.as_mut()) {
                            // the run's own property, else its character style's, else its
                            // paragraph style's (each through the styles it is based on)
                            let styled = |get: fn(&Style) -> Option<bool>| {
                                self.style_prop(r.style.as_deref(), get).or_else(|| self.style_prop(p.style.as_deref(), get))
                            };
                            // (a content control's placeholder, Word's grey `Nhấp hoặc gõ nhẹ vào
                            // đây…` in its `PlaceholderText` style, is no text of the drafter's)
                            let prompt = r.style.as_deref() == Some("PlaceholderText");
                            // (struck through: the drafter's deletion left in sight, an old
                            // figure before its new one)
                            let struck = r.struck.or_else(|| styled(|s| s.struck)).unwrap_or(false);
                            p.struck |= struck && !r.text.trim().is_empty();
                            if !prompt && !struck && !r.hidden.or_else(|| styled(|s| s.hidden)).unwrap_or(false) {
                                // a heading style in capitals shows a title typed in sentence case
                                // as capitals: the outline reads what Word shows
                                let caps = r.caps.or_else(|| styled(|s| s.caps)).unwrap_or(false);
                                let text = self.decode_run(r);
                                p.text.push_str(&if caps { crate::vn::uppercase(&text) } else { text });
                            }
                        }
                    }
                    b"w:p" => {
                        let Some(p) = para.take() else { continue };
                        // the paragraph a table of contents ends in is its last
                        if let Some((text, places)) = toc.ended.take() {
                            self.take_back(text, places);
                            continue;
                        }
                        // a paragraph deleted whole, its mark too, is gone once the change is accepted
                        if p.mark_deleted && p.text.trim().is_empty() {
                            continue;
                        }
                        // a paragraph struck through whole (a target, a row's cell the drafter
                        // deleted): no line, and its row none when all its cells are so
                        if p.struck && p.text.trim().is_empty() {
                            paragraph_no += usize::from(cell.is_none());
                            row_struck |= cell.is_some();
                            continue;
                        }
                        // an entry of a table of contents no longer in its field (unlinked, or
                        // pasted): its style says so; each entry repeats a heading with its page
                        if self.is_toc_entry(p.style.as_deref()) {
                            paragraph_no += usize::from(cell.is_none());
                            continue;
                        }
                        let line = self.paragraph_line(p);
                        self.emitted = self.emitted.saturating_add(line.len());
                        match cell.as_mut() {
                            Some(c) => {
                                if !c.is_empty() && !line.is_empty() {
                                    c.push(' ');
                                }
                                c.push_str(line.trim());
                            }
                            None => {
                                paragraph_no += 1;
                                for l in line.split('\n') {
                                    self.out.push_str(l);
                                    self.out.push('\n');
                                    self.places.push(format!("đoạn {paragraph_no}"));
                                    self.emitted = self.emitted.saturating_add(12);
                                    if self.emitted > super::MAX_TEXT_BYTES {
                                        return Err(super::text_too_large());
                                    }
                                }
                            }
                        }
                    }
                    b"w:tc" if tables == 1 => {
                        let text = cell.take().unwrap_or_default();
                        if cells > 0 {
                            row.push('\t');
                        }
                        let column = cells.min(MAX_MERGE_COLUMNS);
                        if merge_text.len() <= column {
                            merge_text.resize(column + 1, None);
                        }
                        if !merged {
                            row.push_str(&text.replace('\t', " "));
                            // a merge started in the first row is a header's; one below it spans
                            // rows that share an attribute (the lead unit, the source, the years),
                            // or a figure for the group: each row below says `〃` (the figure is
                            // the group's, counted once; the row does not lack it)
                            merge_text[column] =
                                (restart && row_no > 1).then(|| if is_figure(&text) { DITTO.to_string() } else { text.replace('\t', " ") });
                        } else if let Some(shared) = merge_text[column].as_deref() {
                            // Word shows the value once for all the merged rows: each row has it
                            row.push_str(shared);
                            self.emitted = self.emitted.saturating_add(shared.len());
                        }
                        // a cell spanning columns keeps the columns below it aligned
                        row.extend(std::iter::repeat_n('\t', span - 1));
                        cells += span;
                        self.emitted = self.emitted.saturating_add(span);
                    }
                    b"w:tr" if tables == 1 && (row_deleted || row_struck && row.bytes().all(|b| b == b'\t')) => {}
                    b"w:tr" if tables == 1 => {
                        self.out.push_str(&row);
                        self.out.push('\n');
                        self.places.push(format!("bảng {table_no}, hàng {row_no}"));
                        self.emitted = self.emitted.saturating_add(24);
                    }
                    // an outer table of one column is a box: not a table
                    b"w:tblGrid" if tables == 1 && grid_cols == 1 && row_no == 0 => {
                        if let Some(b) = layout.last_mut() {
                            *b = true;
                            tables = 0;
                        }
                    }
                    // (a box ends: not a table's end)
                    b"w:tbl" if layout.pop() != Some(true) => tables = tables.saturating_sub(1),
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
            // everything emitted counts (labels, padding cells, places), and text still held
            // in a run or a paragraph: a file of line breaks or spanning cells stops here
            let held = run.as_ref().map_or(0, |r| r.text.len()) + para.as_ref().map_or(0, |p| p.text.len());
            if self.emitted.saturating_add(held) > super::MAX_TEXT_BYTES {
                return Err(super::text_too_large());
            }
        }
        Ok(Ingested { text: self.out, format: Format::Docx, legacy: self.legacy, places: self.places, replaced: 0 })
    }

    /// Drops the lines written since `text` bytes and `places` lines (a table of contents).
    fn take_back(&mut self, text: usize, places: usize) {
        if text <= self.out.len() && self.out.is_char_boundary(text) {
            self.out.truncate(text);
            self.places.truncate(places);
        }
    }

    fn decode_run(&mut self, r: Run) -> String {
        match r.font.as_deref().and_then(Encoding::of_font) {
            Some(enc) => {
                if !self.legacy.contains(&enc) {
                    self.legacy.push(enc);
                }
                let upper = r.font.as_deref().is_some_and(|f| f.trim_end().ends_with('H'));
                legacy::decode(&r.text, enc, upper)
            }
            None => r.text,
        }
    }

    /// A run property (`w:caps`, `w:vanish`) as a style, or a style it is based on, sets it.
    fn style_prop<'a>(&'a self, mut style: Option<&'a str>, get: fn(&Style) -> Option<bool>) -> Option<bool> {
        for _ in 0..10 {
            let s = self.styles.get(style?)?;
            if let Some(v) = get(s) {
                return Some(v);
            }
            style = s.based_on.as_deref();
        }
        None
    }

    /// Whether a paragraph of this style is an entry of a table of contents: the style's name
    /// says so ([`is_toc_style`]), or, in a file without that style in `styles.xml`, its ID is
    /// English Word's (`TOC1` … `TOC9`).
    fn is_toc_entry(&self, style: Option<&str>) -> bool {
        let Some(id) = style else { return false };
        match self.styles.get(id) {
            Some(s) => s.toc,
            None => id.strip_prefix("TOC").is_some_and(|n| matches!(n.as_bytes(), [b'1'..=b'9'])),
        }
    }

    /// The paragraph's text, with the label Word's automatic numbering shows before it.
    fn paragraph_line(&mut self, p: Paragraph) -> String {
        let (mut num_id, mut ilvl) = (p.num_id.clone(), p.ilvl);
        // numbering from the style, and the style's base styles
        let mut style = p.style.as_deref();
        let mut hops = 0;
        while let (Some(id), true) = (style, hops < 10) {
            let Some(s) = self.styles.get(id) else { break };
            num_id = num_id.or_else(|| s.num_id.clone());
            ilvl = ilvl.or(s.ilvl);
            style = s.based_on.as_deref();
            hops += 1;
        }
        let text = p.text;
        let label = match num_id.as_deref() {
            Some(id) if id != "0" && !text.trim().is_empty() => self.counters.label(&self.numbering, id, ilvl.unwrap_or(0)),
            _ => None,
        };
        match label {
            Some(l) if !l.is_empty() => format!("{l} {}", text.trim_start()),
            _ => text,
        }
    }
}

/// Word's fields (`w:fldChar` begin … separate … end) as far as a table of contents needs them.
#[derive(Default)]
struct Toc {
    /// the open fields, innermost last: whether each is a `TOC` showing its result
    fields: Vec<bool>,
    /// fields opened past [`MAX_FIELDS`], not kept
    deeper: usize,
    /// the innermost field's code so far (its first characters), and whether a `w:instrText` is open
    code: String,
    in_code: bool,
    /// where the lines stood when the open `TOC` field's result began (bytes of text, places)
    start: Option<(usize, usize)>,
    /// set when that field ends: the lines to take back once its last paragraph is written
    ended: Option<(usize, usize)>,
    /// content controls open, and the one of the gallery `Table of Contents` (its depth, and
    /// where the lines stood when it began)
    controls: usize,
    gallery: Option<(usize, usize, usize)>,
}

/// Fields nested deeper are counted, not kept (Word nests a few: `PAGEREF` in `TOC`).
const MAX_FIELDS: usize = 32;

impl Toc {
    fn begin(&mut self) {
        self.code.clear();
        if self.fields.len() < MAX_FIELDS {
            self.fields.push(false);
        } else {
            self.deeper += 1;
        }
    }

    fn code(&mut self, text: &str) {
        for c in text.chars() {
            if self.code.len() >= 8 {
                break;
            }
            if !(self.code.is_empty() && c.is_whitespace()) {
                self.code.push(c.to_ascii_uppercase());
            }
        }
    }

    fn separate(&mut self, text: usize, places: usize) {
        let toc = self.deeper == 0 && self.start.is_none() && (self.code == "TOC" || self.code.starts_with("TOC "));
        if let (true, Some(field)) = (toc, self.fields.last_mut()) {
            *field = true;
            self.start = Some((text, places));
        }
        self.code.clear();
    }

    fn end(&mut self) {
        if self.deeper > 0 {
            self.deeper -= 1;
        } else if self.fields.pop() == Some(true) {
            self.ended = self.start.take();
        }
    }
}

/// A character Word inserts as a symbol (`w:sym`): the comparison and arithmetic signs of the
/// Symbol font (`F0B3` is `≥`); other fonts' symbols (Wingdings' bullets) are no text.
fn symbol(font: Option<&str>, code: Option<&str>) -> Option<&'static str> {
    if !font?.trim().eq_ignore_ascii_case("Symbol") {
        return None;
    }
    Some(match u32::from_str_radix(code?.trim(), 16).ok()? & 0xFF {
        0xB3 => "≥",
        0xA3 => "≤",
        0xB9 => "≠",
        0xB1 => "±",
        0xB4 => "×",
        0x2D => "-",
        _ => return None,
    })
}

/// Text boxes inside text boxes kept apart from their anchors; deeper ones are read into the
/// paragraph they stand in.
const MAX_NESTED_BOXES: usize = 8;

/// Grid columns whose vertical merges are remembered (drafts' tables have about ten).
const MAX_MERGE_COLUMNS: usize = 255;

/// What a row under a figure merged down over it says: the figure is the group's.
const DITTO: &str = "〃";

/// An amount or a count merged over rows is one figure for the group (`13.500`, `13.500 triệu
/// đồng`): it is not repeated on each row (that would count it once a row). A year or a period is
/// an attribute (`2024`, `2023-2024`), repeated like a name.
fn is_figure(text: &str) -> bool {
    let t = text.trim();
    let year = |g: &str| g.len() == 4 && (g.starts_with("19") || g.starts_with("20"));
    let period = t.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '/' | ' '))
        && t.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).all(year);
    t.starts_with(|c: char| c.is_ascii_digit()) && !period
}

/// A tracked change's record of the properties before it (`w:pPrChange`, `w:rPrChange`, …).
fn is_old_props(name: &[u8]) -> bool {
    name.starts_with(b"w:") && name.ends_with(b"PrChange")
}

fn push_run(run: &mut Option<Run>, para: &mut Option<Paragraph>, s: &str) {
    match (run.as_mut(), para.as_mut()) {
        (Some(r), _) => r.text.push_str(s),
        (None, Some(p)) => p.text.push_str(s),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_labels() {
        let mut n = Numbering::default();
        let mut levels: [Option<Level>; 9] = Default::default();
        levels[0] = Some(Level { format: "upperRoman".into(), text: "%1.".into(), start: 1, ..Level::default() });
        levels[1] = Some(Level { format: "decimal".into(), text: "%2.".into(), start: 1, ..Level::default() });
        levels[2] = Some(Level { format: "decimal".into(), text: "%2.%3.".into(), start: 1, ..Level::default() });
        levels[3] = Some(Level { format: "lowerLetter".into(), text: "%4)".into(), start: 1, ..Level::default() });
        n.abstracts.insert("0".into(), levels);
        n.nums.insert("1".into(), Num { abs: "0".into(), ..Num::default() });
        let mut c = Counters::default();
        let got: Vec<_> = [0, 1, 2, 2, 3, 3, 1, 0, 1].iter().map(|&l| c.label(&n, "1", l).unwrap()).collect();
        assert_eq!(got, ["I.", "1.", "1.1.", "1.2.", "a)", "b)", "2.", "II.", "1."]);
    }

    /// This thread's CPU time in ns (Linux's `/proc/thread-self/schedstat`, first field), after a
    /// yield: the field is brought up to date only at a tick or a switch. Time spent waiting for a
    /// core is not in it, so a loaded machine does not change the measure.
    #[cfg(target_os = "linux")]
    fn thread_cpu_ns() -> u64 {
        use std::io::Read;
        std::thread::yield_now();
        let mut buf = [0u8; 128];
        let n = std::fs::File::open("/proc/thread-self/schedstat").and_then(|mut f| f.read(&mut buf)).expect("schedstat");
        std::str::from_utf8(&buf[..n]).ok().and_then(|s| s.split(' ').next()?.parse().ok()).expect("schedstat's first field")
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn many_distinct_list_ids_take_linear_time() {
        // the ids already used were a Vec searched at each numbered paragraph (quadratic)
        let cpu_ns = |n: usize| {
            let mut numbering = Numbering::default();
            let level = Level { format: "decimal".into(), text: "%1.".into(), start: 1, ..Level::default() };
            let mut levels: [Option<Level>; 9] = Default::default();
            levels[0] = Some(level);
            numbering.abstracts.insert("0".into(), levels);
            for i in 0..n {
                numbering.nums.insert(i.to_string(), Num { abs: "0".into(), ..Num::default() });
            }
            let ids: Vec<String> = (0..n).map(|i| i.to_string()).collect();
            let started = thread_cpu_ns();
            let mut c = Counters::default();
            for id in &ids {
                assert!(c.label(&numbering, id, 0).is_some());
            }
            (thread_cpu_ns() - started).max(1)
        };
        // the thread's CPU time, best of five: neither other processes nor other tests count
        let small = (0..5).map(|_| cpu_ns(2_000)).min().unwrap_or(1);
        let large = (0..5).map(|_| cpu_ns(32_000)).min().unwrap_or(1);
        let ratio = large as f64 / small as f64;
        eprintln!("list ids: 2000 in {small} ns, 32000 in {large} ns of CPU ({ratio:.1}×)");
        // linear is 16× (~20× measured: the larger maps leave the cache), quadratic 256×
        assert!(ratio < 64.0, "16× the ids took {ratio:.1}× the CPU time");
    }

    fn text_of(body: &str, numbering: &str) -> String {
        let doc = format!(r#"<w:document xmlns:w="w" xmlns:mc="mc"><w:body>{body}</w:body></w:document>"#);
        let numbering = parse_numbering(&format!(r#"<w:numbering xmlns:w="w">{numbering}</w:numbering>"#));
        Body::new(Named::default(), numbering).read(&doc).map(|i| i.text).unwrap_or_default()
    }

    #[test]
    fn tracked_changes_read_as_accepted() {
        // the old properties of a paragraph whose numbering was removed, and of a run that was
        // hidden, are the past: the label and the hiding are gone
        let list = r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>"#;
        let was_numbered = r#"<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="2"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>1. Nhận thức số</w:t></w:r></w:p>"#;
        assert_eq!(text_of(was_numbered, list), "1. Nhận thức số\n");
        // a paragraph deleted whole, its mark too, leaves no line; a deleted row leaves no row
        let deleted = r#"<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:pPr><w:rPr><w:del w:id="3"/></w:rPr></w:pPr><w:del w:id="4"><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:del w:id="5"/></w:trPr><w:tc><w:p><w:r><w:delText>2</w:delText></w:r></w:p></w:tc><w:tc><w:p><w:r><w:delText>y</w:delText></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        assert_eq!(text_of(deleted, ""), "a\n1\tx\n");
    }

    fn field(code: &str, result: &str) -> String {
        format!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        )
    }

    #[test]
    fn a_table_of_contents_is_not_read() {
        let p = |runs: &str| format!("<w:p>{runs}</w:p>");
        let t = |text: &str| format!("<w:r><w:t>{text}</w:t></w:r>");
        let begin = r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#;
        let end = r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#;
        let entry = |text: &str, page: &str| {
            format!(r#"<w:hyperlink w:anchor="_Toc1">{}<w:r><w:tab/></w:r>{}</w:hyperlink>"#, t(text), field("PAGEREF _Toc1 \\h", page))
        };
        let entries = format!("{}{}{}", p(&format!("{begin}{}", entry("PHẦN I. ĐÁNH GIÁ", "2"))), p(&entry("II. MỤC TIÊU", "5")), p(end));
        let after = p(&t("PHẦN I. ĐÁNH GIÁ"));
        // Word's: the field's result in a content control of the gallery `Table of Contents`,
        // with its title; the entries' pages are fields too
        let word = format!(
            r#"{}<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>{}{entries}</w:sdtContent></w:sdt>{after}"#,
            p(&t("KẾ HOẠCH")),
            p(&t("MỤC LỤC"))
        );
        assert_eq!(text_of(&word, ""), "KẾ HOẠCH\nPHẦN I. ĐÁNH GIÁ\n");
        // LibreOffice's: the field alone, its title a paragraph before it
        assert_eq!(text_of(&format!("{}{entries}{after}", p(&t("MỤC LỤC"))), ""), "MỤC LỤC\nPHẦN I. ĐÁNH GIÁ\n");
        // a field never ended (a damaged file) takes nothing back; other fields' results are read
        assert_eq!(text_of(&p(&format!("{begin}{}", t("II. MỤC TIÊU"))), ""), "II. MỤC TIÊU\n");
        let total = p(&format!("{}{}", t("Tổng "), field(r##"=SUM(ABOVE) \# "#.##0""##, "44.000")));
        assert_eq!(text_of(&total, ""), "Tổng 44.000\n");
        // (a content control of another gallery, a field `TOCX`: read)
        let other = format!(
            r#"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>{}"#,
            p(&t("BÌA")),
            p(&field("TOCX", "x"))
        );
        assert_eq!(text_of(&other, ""), "BÌA\nx\n");
    }

    /// A zip archive of `files`, stored (not compressed).
    fn stored_zip(files: &[(&str, &str)]) -> Vec<u8> {
        let (mut out, mut central) = (Vec::new(), Vec::new());
        let le16 = |v: &mut Vec<u8>, n: usize| v.extend_from_slice(&(n as u16).to_le_bytes());
        let le32 = |v: &mut Vec<u8>, n: u32| v.extend_from_slice(&n.to_le_bytes());
        for (name, data) in files {
            let (crc, len, offset) = (super::super::zipfile::crc32(data.as_bytes()), data.len() as u32, out.len() as u32);
            out.extend_from_slice(b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0");
            le32(&mut out, crc);
            le32(&mut out, len);
            le32(&mut out, len);
            le16(&mut out, name.len());
            le16(&mut out, 0);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data.as_bytes());
            central.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0\0\0\0\0\0\0");
            le32(&mut central, crc);
            le32(&mut central, len);
            le32(&mut central, len);
            le16(&mut central, name.len());
            central.extend_from_slice(&[0; 12]);
            le32(&mut central, offset);
            central.extend_from_slice(name.as_bytes());
        }
        let (at, size) = (out.len() as u32, central.len() as u32);
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        le16(&mut out, files.len());
        le16(&mut out, files.len());
        le32(&mut out, size);
        le32(&mut out, at);
        le16(&mut out, 0);
        out
    }

    #[test]
    fn the_main_part_is_the_packages_office_document() {
        // Word for the web saves its main part as `word/document2.xml`, named by `_rels/.rels`;
        // its styles by `word/_rels/document2.xml.rels` (a style `toc 1` whose entry is not read)
        let rels = |rel: &str| {
            format!(
                r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rel}</Relationships>"#
            )
        };
        let t = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        let document = r#"<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle w:val="Mucluc1"/></w:pPr><w:r><w:t>II. MỤC TIÊU 5</w:t></w:r></w:p><w:p><w:r><w:t>II. MỤC TIÊU</w:t></w:r></w:p></w:body></w:document>"#;
        let styles = r#"<w:styles xmlns:w="w"><w:style w:styleId="Mucluc1"><w:name w:val="toc 1"/></w:style></w:styles>"#;
        let package = |root: &str, main: &str, doc_rels: &str| {
            stored_zip(&[("_rels/.rels", root), (main, document), ("word/_rels/document2.xml.rels", doc_rels), ("word/styles.xml", styles)])
        };
        let office = |target: &str| rels(&format!(r#"<Relationship Id="rId1" Type="{t}/officeDocument" Target="{target}"/>"#));
        let styled = rels(&format!(
            r#"<Relationship Id="rId9" Type="{t}/hyperlink" Target="https://x.vn/styles.xml" TargetMode="External"/><Relationship Id="rId2" Type="{t}/styles" Target="styles.xml"/>"#
        ));
        for target in ["word/document2.xml", "/word/document2.xml", "./word/../word/document2.xml"] {
            let bytes = package(&office(target), "word/document2.xml", &styled);
            let read = super::super::read(&bytes).map(|i| i.text).unwrap_or_default();
            assert_eq!(read, "II. MỤC TIÊU\n", "{target}");
        }
        // a relationship to a part the archive lacks: `word/document.xml` as before (and, with
        // no relationships of its own, `word/styles.xml`)
        let bytes = package(&office("word/main.xml"), "word/document.xml", &styled);
        assert_eq!(super::super::read(&bytes).map(|i| i.text).unwrap_or_default(), "II. MỤC TIÊU\n");
        // no main part at all: not a Word document
        let bytes = package(&office("word/main.xml"), "word/other.xml", &styled);
        assert!(super::super::read(&bytes).is_err());
        assert_eq!(super::resolve_part("word", "../customXml/item1.xml"), "customXml/item1.xml");
        assert_eq!(super::resolve_part("word", "/word/styles.xml"), "word/styles.xml");
    }

    #[test]
    fn an_unlinked_table_of_contents_is_not_read() {
        // Word's `Ctrl+Shift+F9` turns the field into text: each entry stays a paragraph in the
        // style `toc N` (English Word's ID `TOC1`, Vietnamese Word's `Mclc1` from `Mục lục 1`)
        let entry = |id: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{id}"/></w:pPr><w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>3</w:t></w:r></w:p>"#
            )
        };
        let body = |id: &str| {
            format!(
                r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>MỤC LỤC</w:t></w:r></w:p>{}{}<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t>PHẦN I. ĐÁNH GIÁ</w:t></w:r></w:p></w:body></w:document>"#,
                entry(id, "PHẦN I. ĐÁNH GIÁ"),
                entry(id, "II. MỤC TIÊU")
            )
        };
        let styles = || {
            parse_styles(
                r#"<w:styles xmlns:w="w"><w:style w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:styleId="Mclc1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style><w:style w:styleId="Contents2"><w:name w:val="Contents 2"/></w:style><w:style w:styleId="TOC4"><w:name w:val="Mục lục riêng"/></w:style></w:styles>"#,
            )
        };
        let read = |id: &str| Body::new(styles(), Numbering::default()).read(&body(id)).map(|i| i.text).unwrap_or_default();
        for id in ["Mclc1", "Contents2", "TOC2"] {
            // (`TOC2`: not in this `styles.xml`, English Word's ID)
            assert_eq!(read(id), "MỤC LỤC\nPHẦN I. ĐÁNH GIÁ\n", "{id}");
        }
        // a style named otherwise is read, whatever its ID; so is a style `toc` without a level
        assert_eq!(read("TOC4"), "MỤC LỤC\nPHẦN I. ĐÁNH GIÁ 3\nII. MỤC TIÊU 3\nPHẦN I. ĐÁNH GIÁ\n");
        assert!(!is_toc_style("toc") && !is_toc_style("toc a") && !is_toc_style("table of contents"));
        assert!(is_toc_style("TOC 9") && is_toc_style("Contents 10"));
    }

    #[test]
    fn a_toggle_written_off_is_off_and_symbols_are_read() {
        // `off` is the first edition's word for false (Word 2007); Symbol's `F0B3` is `≥`
        let xml = r#"<w:p><w:r><w:t xml:space="preserve">đạt </w:t></w:r><w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r><w:r><w:rPr><w:vanish w:val="off"/></w:rPr><w:t xml:space="preserve"> 91%</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0D8"/></w:r><w:r><w:rPr><w:vanish w:val="on"/></w:rPr><w:t>ẩn</w:t></w:r></w:p>"#;
        assert_eq!(text_of(xml, ""), "đạt ≥ 91%\n");
        assert_eq!(symbol(Some("Symbol"), Some("00A3")), Some("≤"));
        assert_eq!(symbol(Some("Symbol"), Some("zz")), None);
        assert_eq!(symbol(None, Some("F0B3")), None);
    }

    #[test]
    fn a_one_column_table_holding_the_plan_is_read_as_paragraphs() {
        // a box of one column: its paragraphs are lines, the table inside it is a table; a table
        // of two columns keeps its cells on one row
        let p = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
        let tc = |t: &str| format!("<w:tc>{}</w:tc>", p(t));
        let inner = format!(r#"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>{}{}</w:tr></w:tbl>"#, tc("1"), tc("9.000"));
        let boxed = format!(
            r#"<w:tbl><w:tblGrid><w:gridCol w:w="9029"/></w:tblGrid><w:tr><w:tc>{}{}{inner}{}</w:tc></w:tr></w:tbl>{}"#,
            p("Phần I"),
            p("I. Mục tiêu"),
            p("Nơi nhận:"),
            p("x")
        );
        assert_eq!(text_of(&boxed, ""), "Phần I\nI. Mục tiêu\n1\t9.000\nNơi nhận:\nx\n");
        assert_eq!(text_of(&inner, ""), "1\t9.000\n");
    }

    #[test]
    fn a_text_box_is_read_once_and_keeps_its_paragraph() {
        // Word writes the box twice (DrawingML, and VML for old readers) inside the paragraph
        // it is anchored in
        let body = r#"<w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>"#;
        let xml = format!(
            r#"<w:p><w:r><w:t>ỦY BAN </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{body}</w:drawing></mc:Choice><mc:Fallback><w:pict>{body}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>NHÂN DÂN</w:t></w:r></w:p>"#
        );
        assert_eq!(text_of(&xml, ""), "DỰ THẢO\nỦY BAN NHÂN DÂN\n");
        // the box's place and size are written as elements' text: not the draft's
        let placed = format!(
            r#"<w:p><w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>635</wp:posOffset></wp:positionV><wp14:sizeRelH><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>{body}</wp:anchor></w:drawing></w:r></w:p>"#
        );
        assert_eq!(text_of(&placed, ""), "DỰ THẢO\n\n");
    }

    #[test]
    fn a_content_control_showing_its_placeholder_is_not_read() {
        // (Word writes the placeholder's runs in its `PlaceholderText` style)
        let sdt = |pr: &str, t: &str| {
            let style = if pr.is_empty() { "" } else { r#"<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>"# };
            format!("<w:sdt><w:sdtPr><w:alias w:val=\"Chỉ tiêu\"/>{pr}</w:sdtPr><w:sdtContent><w:p><w:r>{style}<w:t>{t}</w:t></w:r></w:p></w:sdtContent></w:sdt>")
        };
        let xml = sdt("", "II. MỤC TIÊU")
            + &sdt("<w:showingPlcHdr/>", "Nhấp hoặc gõ nhẹ vào đây để nhập văn bản.")
            + &sdt("", "- 80% hộ gia đình");
        assert_eq!(text_of(&xml, ""), "II. MỤC TIÊU\n\n- 80% hộ gia đình\n");
    }

    #[test]
    fn a_cell_merged_down_over_rows_is_each_rows() {
        let tc = |t: &str, pr: &str| format!("<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let (start, cont) = (r#"<w:vMerge w:val="restart"/>"#, "<w:vMerge/>");
        let rows = [
            // a two-row header: its merges are not repeated
            format!("<w:tr>{}{}</w:tr>", tc("STT", start), tc("Kinh phí", "")),
            format!("<w:tr>{}{}</w:tr>", tc("", cont), tc("Tổng", "")),
            format!("<w:tr>{}{}{}</w:tr>", tc("1", ""), tc("Sở TT&amp;TT", start), tc("1.500", start)),
            format!("<w:tr>{}{}{}</w:tr>", tc("2", ""), tc("", cont), tc("", cont)),
            format!("<w:tr>{}{}{}</w:tr>", tc("3", ""), tc("Sở TC", ""), tc("", cont)),
            format!("<w:tr>{}{}{}</w:tr>", tc("4", ""), tc("2023-2024", start), tc("2.000 triệu đồng", start)),
            format!("<w:tr>{}{}{}</w:tr>", tc("5", ""), tc("", cont), tc("", cont)),
            format!(r#"<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{}{}</w:tr>"#, tc("Tổng cộng", ""), tc("1.500", "")),
        ];
        let text = text_of(&format!("<w:tbl>{}</w:tbl>", rows.concat()), "");
        assert_eq!(text, "STT\tKinh phí\n\tTổng\n1\tSở TT&TT\t1.500\n2\tSở TT&TT\t〃\n3\tSở TC\t〃\n4\t2023-2024\t2.000 triệu đồng\n5\t2023-2024\t〃\n\tTổng cộng\t1.500\n");
    }

    #[test]
    fn a_character_style_hides_or_capitalises_its_runs() {
        let styles = parse_styles(
            r#"<w:styles xmlns:w="w"><w:style w:type="character" w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="character" w:styleId="NoteB"><w:basedOn w:val="Note"/></w:style><w:style w:type="character" w:styleId="Caps"><w:rPr><w:caps/></w:rPr></w:style><w:style w:styleId="HiddenPara"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>"#,
        );
        let doc = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Đạt 95% </w:t></w:r><w:r><w:rPr><w:rStyle w:val="NoteB"/></w:rPr><w:t>(dự thảo lần 1: 120%)</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Note"/><w:vanish w:val="0"/></w:rPr><w:t>hiện</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rStyle w:val="Caps"/></w:rPr><w:t>Mục tiêu</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr><w:r><w:t>ghi chú</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>còn</w:t></w:r></w:p></w:body></w:document>"#;
        let text = Body::new(styles, Numbering::default()).read(doc).map(|i| i.text).unwrap_or_default();
        assert_eq!(text, "Đạt 95% hiện\nMỤC TIÊU\ncòn\n");
    }

    #[test]
    fn legal_lists_restarts_and_redefined_levels() {
        let abs = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:isLgl/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlRestart w:val="1"/></w:lvl></w:abstractNum>"#;
        let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Phần %1."/></w:lvl></w:lvlOverride></w:num>"#;
        let p = |num: u8, lvl: u8, t: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
            )
        };
        let body =
            [p(1, 0, "A"), p(1, 1, "B"), p(1, 2, "C"), p(1, 1, "D"), p(1, 2, "E"), p(1, 0, "F"), p(1, 2, "G"), p(2, 0, "H")].concat();
        // `%1.%2.` under `isLgl` is `1.1.`, not `I.1.`; the letters restart only after level 1
        // (`e)` goes on under the second `1.2.`); list 2 redefines level 0 in its override
        assert_eq!(text_of(&body, &format!("{abs}{nums}")), "I. A\n1.1. B\na) C\n1.2. D\nb) E\nII. F\na) G\nPhần 3. H\n");
    }

    #[test]
    fn a_list_style_numbers_the_paragraphs_of_the_list_that_names_it() {
        // Word's list style: list 2 names the style and has no level; list 1's definition holds
        // the levels and names the style too; both are one list (one set of counters)
        let abs = r#"<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="DanhSo"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DanhSo"/></w:abstractNum>"#;
        let nums = r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>"#;
        let p = |num: u8, lvl: u8, t: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
            )
        };
        let body = [p(2, 0, "A"), p(2, 1, "B"), p(1, 1, "C"), p(2, 0, "D"), p(3, 0, "E")].concat();
        // list 3's definition is missing: its paragraph has no label
        assert_eq!(text_of(&body, &format!("{abs}{nums}")), "I. A\n1. B\n2. C\nII. D\nE\n");
    }

    #[test]
    fn text_in_a_capitals_style_is_read_in_capitals() {
        let styles = parse_styles(
            r#"<w:styles xmlns:w="w"><w:style w:styleId="H1"><w:rPr><w:b/><w:caps/></w:rPr></w:style><w:style w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>"#,
        );
        let doc = r#"<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle w:val="H1b"/></w:pPr><w:r><w:t>1. Đánh giá kết quả </w:t></w:r><w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t>(tóm tắt)</w:t></w:r></w:p><w:p><w:r><w:rPr><w:smallCaps/></w:rPr><w:t>Nội dung</w:t></w:r></w:p></w:body></w:document>"#;
        let text = Body::new(styles, Numbering::default()).read(doc).map(|i| i.text).unwrap_or_default();
        assert_eq!(text, "1. ĐÁNH GIÁ KẾT QUẢ (tóm tắt)\nNỘI DUNG\n");
    }

    #[test]
    fn list_numbers_are_clamped_and_labels_short() {
        assert_eq!(number("4000000000"), Some(MAX_NUMBER));
        assert_eq!(number("99999999999999999999999"), None);
        assert_eq!(render(4_000_000, "upperRoman"), "4000000");
        assert_eq!(render(39, "upperRoman"), "XXXIX");
        assert_eq!(render(104, "lowerLetter"), "zzzz");
        assert_eq!(render(105, "lowerLetter"), "105");
    }

    #[test]
    #[allow(deprecated)]
    fn attribute_values_read_as_quick_xml_unescapes_them() {
        let values = [
            "upperRoman",
            "",
            "a\tb",
            "a\r\nb",
            "a\rb",
            "a\nb",
            "a\r\r\nb",
            "x &amp; y",
            "&lt;&gt;&apos;&quot;",
            "&#7871;",
            "&#x1EBF;",
            "&#X1EBF;",
            "&#0;",
            "&#x0;",
            "&#+5;",
            "&#-5;",
            "&#;",
            "&#x;",
            "&#1114112;",
            "&#xD800;",
            "&nbsp;",
            "&amp",
            "a & b",
            "&;",
            "Kế hoạch",
            "&#65;&#x42;C\r",
            "\n",
            "&#99999999999;",
            "&#x41",
        ];
        for v in values {
            let xml = format!("<w:x w:val=\"{v}\"/>");
            let mut reader = quick_xml::Reader::from_str(&xml);
            let Ok(Event::Empty(e)) = reader.read_event() else { panic!("{v:?}") };
            let expected = e.try_get_attribute("w:val").ok().flatten().and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()));
            assert_eq!(attr(&e, b"w:val"), expected, "{v:?}");
        }
    }
}
