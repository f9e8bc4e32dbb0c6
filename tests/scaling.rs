//! Every path stays linear in the draft's size (issue 15): for each shape that was quadratic, the
//! work at 16× the size must stay under 40× the work at 1× (a linear path does ~16×; a quadratic
//! one ~256×). The work is measured by what a loaded machine does not change: the allocations and
//! bytes allocated (counted by this binary's allocator, on the test's own thread: exact), and the
//! thread's own CPU time (best of five runs; time waiting for a core is not counted).

mod common;
mod hostile;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use dxcheck::Options;

/// The system allocator, counting each thread's allocations and bytes allocated (a `realloc`
/// counts as an allocation of its new size: it may copy as much).
struct Counting;

thread_local! {
    static ALLOCATED: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

fn count(bytes: usize) {
    let _ = ALLOCATED.try_with(|a| {
        let (n, total) = a.get();
        a.set((n + 1, total + bytes as u64));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What a run costs, each the best of the runs: CPU ns, allocations, bytes allocated.
const MEASURES: [&str; 3] = ["CPU ns", "allocations", "bytes allocated"];

fn measure(runs: usize, f: &dyn Fn()) -> [u64; 3] {
    let mut best = [u64::MAX; 3];
    for _ in 0..runs {
        let (n0, b0) = ALLOCATED.with(Cell::get);
        let t0 = common::cpu_ns();
        f();
        let cpu = common::cpu_ns() - t0;
        let (n1, b1) = ALLOCATED.with(Cell::get);
        for (best, cost) in best.iter_mut().zip([cpu, n1 - n0, b1 - b0]) {
            *best = (*best).min(cost);
        }
    }
    best
}

/// One shape measured at a time: the tests of this file would otherwise share the cores.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Measures `run(make(n))` at n, 4n, 16n and fails on super-linear growth of any measure.
fn assert_linear<T>(shape: &str, base: usize, make: impl Fn(usize) -> T, run: impl Fn(&T)) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    run(&make(base)); // warm up: built-in profiles are parsed on first use
    let costs: Vec<[u64; 3]> = [1, 4, 16]
        .iter()
        .map(|&k| {
            let input = make(base * k);
            measure(5, &|| run(&input))
        })
        .collect();
    let ratio = |k: usize, m: usize| costs[k][m] as f64 / costs[0][m].max(1) as f64;
    for (m, what) in MEASURES.iter().enumerate() {
        let (c, r) = (|k: usize| costs[k][m], |k| ratio(k, m));
        eprintln!("{shape}, {what}: 1× {}, 4× {} ({:.1}×), 16× {} ({:.1}×)", c(0), c(1), r(1), c(2), r(2));
    }
    for (m, what) in MEASURES.iter().enumerate() {
        assert!(ratio(2, m) < 40.0, "{shape}: 16× the size took {:.1}× the {what} ({MEASURES:?}: {costs:?})", ratio(2, m));
    }
}

#[allow(clippy::ptr_arg)] // the shape of `assert_linear`'s runner: it takes the built input
fn check_text(text: &String) {
    let report = dxcheck::check(dxcheck::Input::Text(text), &Options::default());
    assert!(!report.unreadable());
}

#[test]
fn many_targets_on_one_line() {
    // each target's span used to count the line's UTF-16 prefix again
    let targets = dxcheck::check(dxcheck::Input::Text(&hostile::targets_on_one_line(400)), &Options::default()).targets.len();
    assert!(targets > 400, "the shape reads its targets: {targets}");
    assert_linear("targets on one line", 400, hostile::targets_on_one_line, check_text);
}

#[test]
fn many_appendix_references_on_one_line() {
    // each `Phụ lục` hit used to search again for the other spelling to the end of the line
    assert_linear("Phụ lục N on one line", 1000, hostile::appendix_refs_on_one_line, check_text);
}

#[test]
fn many_heading_like_lines_outside_a_plan() {
    // each candidate used to scan every heading found so far (`siblings_typed`)
    assert_linear("heading-like lines", 1500, hostile::heading_like_lines, check_text);
}

#[test]
fn many_list_ids_in_a_word_file() {
    // the list ids already used were a Vec searched at each numbered paragraph
    assert_linear("distinct list ids", 2000, hostile::many_list_ids, |bytes: &Vec<u8>| {
        let report = dxcheck::check(dxcheck::Input::File(bytes), &Options::default());
        assert!(!report.unreadable());
    });
}

#[test]
fn many_item_numbers_listed_on_one_line() {
    // each number looks back over the numbers listed before it (`nhiệm vụ 1, 2 và 3`): a few
    // bytes, not the whole list
    let make = |n: usize| format!("V. KINH PHÍ THỰC HIỆN\nĐơn vị: triệu đồng\nKinh phí các nhiệm vụ {}\n", "1, ".repeat(n));
    assert_linear("item numbers listed on one line", 1000, make, check_text);
}

#[test]
fn many_changes_left_on_one_line() {
    // struck-out text and corrections (`~~75%~~`, `88% (sửa thành: 92%)`) in a target and in V.:
    // each marker found once from where the last one ended, not searched for again from each
    // (many struck parts before one correction; many corrections never closed)
    let make = |n: usize| {
        let (struck, open) = ("~~1%~~ 2% ".repeat(n), "2% (sửa thành: ".repeat(n));
        format!("KẾ HOẠCH\nChuyển đổi số năm 2027\nII. MỤC TIÊU\n- Đạt {struck}(sửa thành: 3%)\n- Đạt {open}\nV. KINH PHÍ THỰC HIỆN\nTổng {struck}(sửa thành: 3)\n{open}\n")
    };
    assert_linear("changes left on one line", 500, make, check_text);
}

#[test]
fn many_amounts_with_unclosed_brackets_on_one_line() {
    // each amount's bracket is read for its words in brackets: a bounded stretch, not the line
    let make = |n: usize| format!("Kinh phí: {}\n", "1 triệu đồng (hai ".repeat(n));
    assert_linear("amounts with unclosed brackets", 1000, make, check_text);
}

#[test]
fn many_sub_items_in_a_project_table() {
    // each item was compared with every group number of its table (`1` over `1.1`, `1.2`, …)
    let plan = include_str!("fixtures/tinh-day-du.txt");
    let make = |n: usize| {
        let row = "3\tPhủ sóng 4G vùng lõm";
        let at = plan.find(row).and_then(|i| plan[i..].find('\n').map(|j| i + j + 1)).unwrap_or(plan.len());
        let items: String =
            (1..=n).map(|k| format!("3.{k}\tTrạm BTS thôn số {k}\tDoanh nghiệp viễn thông\tMới\tXóa vùng lõm\t1 thôn\tLắp đặt trạm\t2024\t100\tXã hội hóa\n")).collect();
        format!("{}{items}{}", &plan[..at], &plan[at..])
    };
    let report = dxcheck::check(dxcheck::Input::Text(&make(50)), &Options::default());
    assert!(!report.unreadable());
    assert_linear("sub-items in a project table", 500, make, check_text);
}

#[test]
fn many_cells_on_one_row() {
    // a row of a pasted table with 10,000 `|`-separated cells at 16×: the row is split, its cells
    // read and its header looked for once, not per cell
    let make = |n: usize| {
        let cells: String = (1..=n).map(|k| format!("Hạng mục {k} | ")).collect();
        format!("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\n| STT | Nhiệm vụ | Kinh phí |\n| {cells}\n")
    };
    assert_linear("cells on one row", 625, make, check_text);
}

#[test]
fn many_lines_going_on_with_one_wide_row() {
    // a header of n cells, then a short row and n lines of two cells each: every line could go on
    // with the row (a Word cell's line break), which was read again from its first line at each
    // line joined (quadratic: 240 KB took 15 s); a row is read over 16 lines at most
    let make = |n: usize| {
        // (Vietnamese cells: a letter alone before a tab, `ô⇥ô`, is a row, no bulleted item)
        let header = vec!["Cột"; n].join("\t");
        let lines: String = (0..n).map(|_| "ô\tô\n").collect();
        format!("KẾ HOẠCH\nChuyển đổi số năm 2027\nVII. DANH MỤC NHIỆM VỤ\n{header}\n1\tô\n{lines}")
    };
    assert_linear("lines going on with one wide row", 250, make, check_text);
}

#[test]
fn one_megabyte_line() {
    // one line of 64 KB to 1 MB (no break): the scan, the trim, the wrap tests and the marks of a
    // long line are each a pass over it
    let sentence = "Nâng cao chất lượng dịch vụ công trực tuyến, chữ số hóa hồ sơ (bằng chữ: một) và ";
    let make = |kib: usize| {
        let mut line = String::with_capacity(kib * 1024 + sentence.len());
        while line.len() < kib * 1024 {
            line.push_str(sentence);
        }
        line
    };
    assert_linear("one long line", 64, make, check_text);
}
