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
const missing = REQUIRED.filter((n) => !found.includes(n));
if (missing.length) throw new Error(`panic-trap: ${file} has no ${missing.join(", ")} (renamed by a new toolchain?)`);
// names kept: wasm-opt's --no-inline reads them (and strips them after)
binaryen.setDebugInfo(true);
writeFileSync(file, module.emitBinary());
module.dispose();
console.error(`[panic-trap] ${file}: ${found.length} panic entry points trap at once`);
