// The README's portal snippet and a typical use of the JS API pass strict TypeScript against the
// types shipped in pkg/ (dxcheck.d.ts, dx-check.d.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./harness.mjs";

test("the README's snippet and the JS API type-check under tsc --strict", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dxcheck-types-"));
  cpSync(path.join(ROOT, "pkg"), path.join(dir, "pkg"), { recursive: true });
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf("<!-- embed-js:");
  const snippet = readme.slice(at).match(/```js\n([\s\S]*?)```/)[1];
  writeFileSync(path.join(dir, "portal.js"), `import "./pkg/dx-check.js";\n${snippet}export {};\n`);
  writeFileSync(path.join(dir, "api.ts"), `import init, { check, checkFile, rules, version } from "./pkg/dxcheck.js";
import type { DxCheckElement, DxCheckReportEvent } from "./pkg/dx-check.js";
await init();
const report = check("Phần I");
const fromFile = checkFile(new Uint8Array(), "ke-hoach.docx");
const text: string = fromFile.text ?? "";
const first: number | undefined = report.findings[0]?.range.start;
const el: DxCheckElement | null = document.querySelector("dx-check");
el?.addEventListener("report", (e: DxCheckReportEvent) => console.log(e.detail.summary.error, text, first, rules().length, version()));
const shown: Promise<unknown> | undefined = el?.checkBytes(new Uint8Array(), "a.docx");
void shown;
`);
  const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "--strict", "--noEmit", "--allowJs", "--checkJs",
    "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2023,dom", "--skipLibCheck", "false",
    path.join(dir, "portal.js"), path.join(dir, "api.ts")], { encoding: "utf8", cwd: dir });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
