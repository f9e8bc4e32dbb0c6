// The page's compact hand-off (checkCompact + catalog, expanded by render.js's expandReport) gives
// the very report check() gives, on every text fixture and with every built-in profile; and it is
// smaller. Runs the wasm in Node (no browser needed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./harness.mjs";

const glue = await import(path.join(ROOT, "pkg/dxcheck.js"));
glue.initSync({ module: readFileSync(path.join(ROOT, "pkg/dxcheck_bg.wasm")) });
const { expandReport } = await import(path.join(ROOT, "www/render.js"));

/** Every .txt under tests/fixtures (the real plans, the variants, the bench plans, hostile inputs). */
function texts(dir = path.join(ROOT, "tests/fixtures")) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return texts(file);
    return name.endsWith(".txt") ? [file] : [];
  });
}

/** What the page's worker and checker.js do: the catalog once per profile, then each compact report. */
function viaCompact(text, options, catalogs) {
  const json = glue.checkCompact(text, options);
  const profile = /"profile":"([^"\\]*)"/.exec(json)?.[1];
  if (profile && !catalogs.has(profile)) catalogs.set(profile, JSON.parse(glue.catalog(profile)));
  const r = JSON.parse(json);
  return expandReport(r, catalogs.get(r.profile));
}

test("expanded compact reports equal check()'s, key for key, on every fixture and profile", () => {
  const files = texts();
  assert.ok(files.length > 50, `only ${files.length} fixtures`);
  const catalogs = new Map();
  const profiles = [undefined, ...glue.profiles().map((p) => ({ profile: p.id }))];
  let targets = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const options of profiles) {
      const full = glue.check(text, options);
      targets += full.targets.reduce((n, t) => n + t.indicators.length, 0);
      assert.equal(JSON.stringify(viaCompact(text, options, catalogs)), JSON.stringify(full), `${path.relative(ROOT, file)} ${options?.profile ?? ""}`);
    }
  }
  assert.ok(targets > 100, "the fixtures match national indicators");
});

test("the compact report is under 55 % of the size on the 40-page plan, and the catalog says the profile", () => {
  const text = readFileSync(path.join(ROOT, "tests/fixtures/bench/ke-hoach-40-trang.txt"), "utf8");
  const full = JSON.stringify(glue.check(text)).length;
  const compact = glue.checkCompact(text).length;
  assert.ok(compact * 100 <= full * 55, `compact ${compact} B, full ${full} B`);
  assert.equal(JSON.parse(glue.catalog("khung-2024")).id, "khung-2024");
  assert.throws(() => glue.catalog("khung-1999"));
});
