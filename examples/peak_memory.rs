//! Peak heap of one `check()` against the input's size, counted by a global allocator
//! (`cargo run --release --example peak_memory [FILE]`): the first check of the process (with the
//! built-in profiles and indicators built once), then a later one, and what the report and its JSON
//! hold once the check is over. The wasm figure of `scripts/bench-browser.mjs` adds the input copied
//! into wasm memory and the allocator's page rounding.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = NOW.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(now, Relaxed);
        } else {
            NOW.fetch_sub(layout.size() - new_size, Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Bytes allocated at the peak of `f` above what was live before it, and what `f` left live.
fn peak<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let base = NOW.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    (out, PEAK.load(Relaxed) - base, NOW.load(Relaxed) - base)
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/bench/ke-hoach-khac-nhau.txt".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let n = text.len().max(1) as f64;
    let times = |b: usize| format!("{b} B ({:.2}× input)", b as f64 / n);
    println!("{path}: {} B", text.len());
    let check = || dxcheck::check(dxcheck::Input::Text(&text), &Default::default());
    once();
    let (first, p, _) = peak(check);
    println!("first check:  peak {}", times(p));
    drop(first);
    let (report, p, kept) = peak(check);
    println!("later check:  peak {}; the report keeps {}", times(p), times(kept));
    let (json, p, _) = peak(|| serde_json::to_string(&report).unwrap_or_default());
    println!("report JSON:  {} B, peak while writing {}", json.len(), times(p));
    println!("phases (peak above what was live before, what stays live):");
    phases(&text);
}

/// What a process builds once, whatever the draft (each kept for the rest of its life): the
/// built-in profile, the national indicators, and what else a first check
/// of a short draft adds. In wasm these pages stay with the module: the first check of a fresh
/// module counts them, the checks after the page's warm-up do not.
fn once() {
    use dxcheck::internals::{indicators, profile};
    let (_, _, k) = peak(|| profile::builtin("khung-2024").map(|p| p.sections.len()));
    println!("once: built-in profile {k} B");
    let (_, _, k) = peak(|| indicators::all().len());
    println!("once: national indicators {k} B");
    let (_, _, k) = peak(|| drop(dxcheck::check(dxcheck::Input::Text("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024\n"), &Default::default())));
    println!("once: the rest of a first check of a short draft {k} B");
}

/// The pipeline's phases one by one (the same calls as `dxcheck::check`), each with its peak and
/// what it keeps live until the report is built.
fn phases(text: &str) {
    use dxcheck::internals::{budget, document::Document, outline, profile, table, targets};
    let n = text.len().max(1) as f64;
    let x = |b: usize| format!("{:>8} B {:>5.2}×", b, b as f64 / n);
    let Some(profile) = profile::builtin("khung-2024") else { return };
    let (copy, p, k) = peak(|| text.to_string());
    println!("  input copy (lib.rs)      peak {} keeps {}", x(p), x(k));
    let (doc, p, k) = peak(|| Document::from_text(&copy));
    println!("  Document::from_text      peak {} keeps {}", x(p), x(k));
    // (a line borrowed from the input holds no text of its own)
    let owned = |t: &std::borrow::Cow<str>| if let std::borrow::Cow::Owned(s) = t { s.capacity() } else { 0 };
    let line_text: usize = doc.lines.iter().map(|l| owned(&l.text)).sum();
    let lines = doc.lines.capacity() * std::mem::size_of_val(&doc.lines[0]);
    println!(
        "    of which {} Line structs of {} B: {} , owned line texts {}",
        doc.lines.len(),
        std::mem::size_of_val(&doc.lines[0]),
        x(lines),
        x(line_text)
    );
    let (ol, p, k) = peak(|| outline::recognise(&doc, profile));
    println!("  outline::recognise       peak {} keeps {}", x(p), x(k));
    let (contents, p, k) = peak(|| outline::content::analyse(&doc, profile, &ol));
    println!("  content::analyse         peak {} keeps {}", x(p), x(k));
    let (tables, p, k) = peak(|| table::tables(&doc, 0, doc.lines.len()));
    println!("  table::tables            peak {} keeps {}", x(p), x(k));
    let (b, p, k) = peak(|| budget::read(&doc, profile, &ol, &contents, &tables));
    println!("  budget::read             peak {} keeps {}", x(p), x(k));
    let (t, p, k) = peak(|| targets::read(&doc, profile, &ol, &contents, &tables, None, profile.plan_year));
    println!("  targets::read            peak {} keeps {}", x(p), x(k));
    drop((b, t));
}
