// Make every panic of a wasm module trap at once: the body of each of Rust's panic entry points
// (all `-> !`) becomes `unreachable`, so wasm-opt drops std's panic runtime and the message
// formatting behind it (what nightly's `panic_immediate_abort` does, on stable).
//   node scripts/panic-trap.mjs FILE.wasm   (in place; before wasm-opt, on wasm-bindgen's output,
//                                            which still has the function names)
// Nothing visible changes: on wasm32-unknown-unknown a panic already ends in `unreachable`, after a
// message written nowhere (std has no stderr there). JS gets the same WebAssembly.RuntimeError,
// which the page's worker reports as a trap. The core module: −2.6 KB gzip.
// Fails when a name it must find is gone (a new toolchain renamed it), so no build silently
// carries the panic runtime again.
import binaryen from "binaryen";
import { readFileSync, writeFileSync } from "node:fs";
import { activeDataSegments } from "./wasm-data.mjs";

// the diverging entry points of core, alloc and std (names without crate hashes)
const DIVERGING = new Set([
  "core::panicking::panic_fmt",
  "core::panicking::panic",
  "core::panicking::panic_bounds_check",
  "core::option::unwrap_failed",
  "core::option::expect_failed",
  "core::result::unwrap_failed",
  "core::slice::index::slice_index_fail",
  "core::str::slice_error_fail",
  "core::str::slice_error_fail_rt",
  "alloc::alloc::handle_alloc_error",
  "alloc::raw_vec::capacity_overflow",
  "alloc::raw_vec::handle_error",
  "<alloc::vec::Vec<_, _>>::insert_mut::assert_failed",
  "<alloc::vec::Vec<_, _>>::remove::assert_failed",
  "__rustc::rust_begin_unwind",
  "__rustc::rust_panic",
  "std::alloc::rust_oom",
  "std::panicking::panic_with_hook",
]);
// Functions only panics call, through the function table: rust-lld puts every function whose
// address is taken in the table, and binaryen keeps every table entry, so they stay after the code
// that took their address (the panic entry points above) is gone. `{:?}` of a char and of a
// Range<usize>: only core::str::slice_error_fail_rt's message; `&dyn Debug`: only
// core::result::unwrap_failed's; std's panic payloads (types private to the panic handler) and its
// default out-of-memory hook (called only by rust_oom). Their bodies become `unreachable` too, and
// wasm-opt drops what they alone called (core −1.4 KB gzip). The `Debug` of std's error types
// whose only use is an `unwrap`/`expect` message (a thread-local's `AccessError`, `LayoutError`,
// `fmt::Error`, each in std's and alloc's copy): −119 B more. A `{:?}` of any of these in the
// library's own code would trap: it has none (its messages are written without Debug).
const PANIC_ONLY = new Set([
  "<char as core::fmt::Debug>::fmt",
  "<core::ops::range::Range<usize> as core::fmt::Debug>::fmt",
  "<&dyn core::fmt::Debug as core::fmt::Debug>::fmt",
  "std::alloc::default_alloc_error_hook",
  "<std::thread::local::AccessError as core::fmt::Debug>::fmt",
  "<core::alloc::layout::LayoutError as core::fmt::Debug>::fmt",
  "<core::fmt::Error as core::fmt::Debug>::fmt",
]);
const panicOnly = (name) => PANIC_ONLY.has(name) || name.startsWith("<std::panicking::panic_handler::");
// every panic goes through these two: without them the names have changed
const REQUIRED = ["core::panicking::panic_fmt", "__rustc::rust_begin_unwind"];

const file = process.argv[2];
const module = binaryen.readBinary(readFileSync(file));
const found = [];
for (let i = 0; i < module.getNumFunctions(); i++) {
  const f = module.getFunctionByIndex(i);
  const info = binaryen.getFunctionInfo(f);
  // `core[c5930c85a12de822]::panicking::panic_fmt`, `…::panic_fmt::h0123456789abcdef`
  const name = info.name.replace(/\[[0-9a-f]+\]/g, "").replace(/::h[0-9a-f]{16}$/, "");
  if (!info.module && panicOnly(name)) {
    binaryen._BinaryenFunctionSetBody(f, module.unreachable());
    continue;
  }
  if (info.module || !DIVERGING.has(name)) continue;
  if (info.results !== binaryen.none) throw new Error(`panic-trap: ${info.name} returns a value: not a panic entry point`);
  binaryen._BinaryenFunctionSetBody(f, module.unreachable());
  found.push(name);
}
const islands = writeIslands(readFileSync(file));
const missing = REQUIRED.filter((n) => !found.includes(n));
if (missing.length) throw new Error(`panic-trap: ${file} has no ${missing.join(", ")} (renamed by a new toolchain?)`);
console.error(`[panic-trap] ${file}: ${islands} fmt::Write methods only their own vtable reaches trap`);
// names kept: wasm-opt's --no-inline reads them (and strips them after)
binaryen.setDebugInfo(true);
writeFileSync(file, module.emitBinary());
module.dispose();
console.error(`[panic-trap] ${file}: ${found.length} panic entry points trap at once`);

/**
 * A `fmt::Write` implementation's vtable that only its own `write_fmt` names (std's copy of
 * `String as fmt::Write`, which its panic messages were written through): nothing calls that
 * `write_fmt` directly, so it runs only through the vtable, which only it can hand out — an
 * island; its methods' bodies become `unreachable` (table slots keep them otherwise: core −120 B
 * gzip). A `fmt::Write` method's table index is only ever written in a vtable (`core::fmt::write`
 * takes `&mut dyn Write`; no code takes such a method's address), so a method is judged by the
 * data alone: no direct call, and no other vtable of `dyn fmt::Write` (the three methods in a
 * row) holding its index. Run after the panic bodies are replaced (their calls and addresses
 * gone).
 */
function writeIslands(bytes) {
  // the active data segments: [address, bytes]
  const segments = activeDataSegments(bytes, "panic-trap");
  const words = new Map(); // value → aligned addresses holding it
  for (const [address, d] of segments) {
    for (let a = address + ((4 - (address % 4)) % 4); a + 4 <= address + d.length; a += 4) {
      const v = d.readUInt32LE(a - address);
      if (!words.has(v)) words.set(v, []);
      words.get(v).push(a);
    }
  }
  const lo = Math.min(...segments.map(([a]) => a));
  const word = (a) => {
    for (const [address, d] of segments) if (a >= address && a + 4 <= address + d.length) return d.readUInt32LE(a - address);
    return undefined;
  };
  // each function's direct callees and the data addresses its code names
  const callers = new Map();
  const addresses = new Map(); // address → functions naming it
  let fn = null;
  for (const line of module.emitText().split("\n")) {
    const head = line.match(/^ \(func (\$(?:"[^"]*"|[^\s)]+))/);
    if (head) fn = head[1].replace(/^\$"?|"$/g, "");
    else if (/^ \((data|elem|export|import|type|memory|table|global)\b/.test(line)) fn = null;
    if (!fn) continue;
    for (const c of line.matchAll(/call (\$(?:"[^"]*"|[^\s)]+))/g)) {
      const callee = c[1].replace(/^\$"?|"$/g, "");
      if (!callers.has(callee)) callers.set(callee, new Set());
      callers.get(callee).add(fn);
    }
    for (const c of line.matchAll(/i32\.const (\d+)/g)) {
      const a = Number(c[1]);
      if (a < lo) continue;
      if (!addresses.has(a)) addresses.set(a, new Set());
      addresses.get(a).add(fn);
    }
  }
  if (module.getNumElementSegments() !== 1) return 0;
  const segment = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(0));
  const offset = binaryen.getExpressionInfo(segment.offset).value;
  const slot = (index) => segment.data[index - offset];
  const plain = (name) => name.replace(/\[[0-9a-f]+\]/g, "").replace(/::h[0-9a-f]{16}$/, "");
  const isWrite = (name, method) => new RegExp(` as core::fmt::Write>::${method}$`).test(plain(name));
  let trapped = 0;
  for (const [vtable, namers] of addresses) {
    // a vtable: drop, size, align, write_str, write_char, write_fmt
    const methods = [12, 16, 20].map((k) => word(vtable + k));
    const [ws, wc, wf] = methods.map((i) => (i === undefined ? undefined : slot(i)));
    if (!ws || !wc || !wf || !isWrite(ws, "write_str") || !isWrite(wc, "write_char") || !isWrite(wf, "write_fmt")) continue;
    // named only by its own write_fmt, which nothing calls; no data points to it
    if (namers.size !== 1 || !namers.has(wf) || callers.has(wf) || words.has(vtable)) continue;
    // (other words equal to an index are numbers: only a vtable of `dyn fmt::Write`, the three
    // methods in a row, makes one a function)
    const writeTriple = (at) => {
      const names = [0, 4, 8].map((k) => word(at + k)).map((i) => (i === undefined ? undefined : slot(i)));
      return names.every(Boolean) && isWrite(names[0], "write_str") && isWrite(names[1], "write_char") && isWrite(names[2], "write_fmt");
    };
    const own = methods.every((i, k) => (words.get(i) ?? []).every((a) => a === vtable + 12 + 4 * k || !writeTriple(a - 4 * k)));
    if (!own || [ws, wc].some((f) => callers.has(f))) continue;
    for (const name of [ws, wc, wf]) {
      binaryen._BinaryenFunctionSetBody(module.getFunction(name), module.unreachable());
      trapped++;
    }
  }
  return trapped;
}

