//! Speed of the native core: `cargo bench --bench check`.
//! The distinct-plan corpus (~150 KB of the fixtures' drafts, no paragraph twice:
//! `scripts/make-bench-corpus.py`), a 40-page plan (~135 KB, but most of it four paragraphs
//! repeated), the same plan as .docx (automatic numbering, Word tables), and a 5 MB stress
//! document (the plan's paragraphs repeated). Criterion prints MiB/s; the goal for the
//! corpus is ≤ 1 ms per 100 KB in the browser (scripts/bench-browser.mjs).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dxcheck::Options;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default()
}

fn stress(plan: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + plan.len());
    for line in plan.lines() {
        out.push_str(line);
        out.push('\n');
        if line.len() > 120 && out.len() < bytes {
            // a long paragraph written out again and again, as in a swollen draft
            for _ in 0..(bytes / plan.len()).max(1) {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

fn benches(c: &mut Criterion) {
    let corpus = String::from_utf8(fixture("bench/ke-hoach-khac-nhau.txt")).unwrap_or_default();
    let plan = String::from_utf8(fixture("bench/ke-hoach-40-trang.txt")).unwrap_or_default();
    let docx = fixture("bench/ke-hoach-40-trang.docx");
    let big = stress(&plan, 5 * 1024 * 1024);
    let options = Options::default();
    let mut g = c.benchmark_group("check");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function(BenchmarkId::new("text", "distinct plans"), |b| b.iter(|| dxcheck::check(dxcheck::Input::Text(&corpus), &options)));
    g.throughput(Throughput::Bytes(plan.len() as u64));
    g.bench_function(BenchmarkId::new("text", "40 trang"), |b| b.iter(|| dxcheck::check(dxcheck::Input::Text(&plan), &options)));
    g.throughput(Throughput::Bytes(docx.len() as u64));
    g.bench_function(BenchmarkId::new("docx", "40 trang"), |b| b.iter(|| dxcheck::check(dxcheck::Input::File(&docx), &options)));
    g.sample_size(10);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function(BenchmarkId::new("text", "5 MB"), |b| b.iter(|| dxcheck::check(dxcheck::Input::Text(&big), &options)));
    g.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);
