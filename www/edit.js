// The edit that turns `old` into `text` (one typed, deleted or pasted stretch), for the worker's
// live re-check (a Session in the core module): the common prefix and suffix, found by comparing
// slices natively a chunk at a time, then smaller chunks. UTF-16 offsets; never inside a
// surrogate pair (the session refuses a cut character).
const STEPS = [4096, 256, 16, 1];
const high = (c) => c >= 0xd800 && c <= 0xdbff;
const low = (c) => c >= 0xdc00 && c <= 0xdfff;

/** { start, removed, inserted }: replace `removed` units of `old` at `start` with `inserted`. */
export function editBetween(old, text) {
  const max = Math.min(old.length, text.length);
  let p = 0;
  for (const step of STEPS) {
    while (p + step <= max && old.slice(p, p + step) === text.slice(p, p + step)) p += step;
  }
  if (p > 0 && high(old.charCodeAt(p - 1))) p--;
  let s = 0;
  const room = max - p;
  for (const step of STEPS) {
    while (s + step <= room && old.slice(old.length - s - step, old.length - s) === text.slice(text.length - s - step, text.length - s)) s += step;
  }
  if (s > 0 && low(old.charCodeAt(old.length - s))) s--;
  return { start: p, removed: old.length - s - p, inserted: text.slice(p, text.length - s) };
}
