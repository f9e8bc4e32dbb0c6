#!/usr/bin/env node
// Give a wasm-bindgen module's imports short names, in the wasm and in its JS glue together:
//   node scripts/short-imports.mjs pkg/NAME_bg.wasm pkg/NAME.js
// wasm-bindgen names each import `__wbg_<name>_<16 hex digits of hash>` under the module
// "./NAME_bg.js": 21 such names in the core, 1,203 B of import section, much of it hashes that
// gzip cannot shrink. Here the module becomes "w" and the imports "a", "b", … (in their order),
// and the glue's import object gets the same keys. Nothing else changes: the glue still fills the
// one import object, the wasm's code is byte-identical. The build fails if the glue does not have
// exactly one key for each import (a wasm-bindgen whose glue is laid out differently).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) throw new Error("usage: short-imports.mjs MODULE_bg.wasm MODULE.js");
const bytes = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");

function leb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}
let p = 8;
function uleb() {
  let r = 0, s = 0, x;
  do {
    x = bytes[p++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
  } while (x & 0x80);
  return r;
}
const utf8 = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
/** a, b, …, z, A, …, Z, aa, ab, … (valid JS identifiers, none a keyword) */
const short = (i) => {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[i % 52] + s;
    i = Math.floor(i / 52) - 1;
  } while (i >= 0);
  return s;
};

const expectedModule = `./${path.basename(wasmPath).replace(/\.wasm$/, ".js")}`;
const parts = [bytes.subarray(0, 8)];
const renamedExports = [];
let renamed = 0;
while (p < bytes.length) {
  const start = p;
  const id = bytes[p++];
  const len = uleb();
  const body = p;
  const end = body + len;
  if (id === 7) {
    parts.push(exportSection(end));
    continue;
  }
  if (id !== 2) {
    parts.push(bytes.subarray(start, end));
    p = end;
    continue;
  }
  const count = uleb();
  const out = [...leb(count)];
  for (let i = 0; i < count; i++) {
    const ml = uleb();
    const module = bytes.subarray(p, p + ml).toString();
    p += ml;
    const nl = uleb();
    const name = bytes.subarray(p, p + nl).toString();
    p += nl;
    const descStart = p;
    const kind = bytes[p++];
    if (kind === 0) uleb();
    else if (kind === 1) { p++; const f = bytes[p++]; uleb(); if (f & 1) uleb(); }
    else if (kind === 2) { const f = bytes[p++]; uleb(); if (f & 1) uleb(); }
    else if (kind === 3) p += 2;
    else throw new Error(`import ${name}: kind ${kind} not known here`);
    const desc = [...bytes.subarray(descStart, p)];
    if (module !== expectedModule) throw new Error(`import ${module}.${name}: not from ${expectedModule}`);
    const to = short(renamed++);
    // the glue's import object: `        NAME: function(` once, and no other use of NAME
    const key = new RegExp(`^(\\s+)${name}(: function\\()`, "m");
    const uses = glue.split(name).length - 1;
    if (!key.test(glue) || uses !== 1) throw new Error(`${gluePath}: import ${name} found ${uses} times, not once as a key`);
    glue = glue.replace(key, `$1${to}$2`);
    out.push(...utf8("w"), ...utf8(to), ...desc);
  }
  if (p !== end) throw new Error("import section: trailing bytes");
  parts.push(Buffer.from([2, ...leb(out.length), ...out]));
}
/** The export section with wasm-bindgen's own exports (`__wbindgen_malloc`, `__externref_…`) as
 * "A", "B", … (the glue calls them as `wasm.NAME`: renamed there too), and the two globals no glue
 * reads (`__abort_handler`, `__instance_terminated`: wasm-bindgen 0.2.130's, for a host's abort
 * handling) left out. The API's exports (`check`, …) and `memory` keep their names. */
function exportSection(end) {
  const count = uleb();
  const kept = [];
  let n = 0;
  let left = 0;
  for (let i = 0; i < count; i++) {
    const nl = uleb();
    const name = bytes.subarray(p, p + nl).toString();
    p += nl;
    const kind = bytes[p++];
    const descStart = p;
    uleb();
    const index = [...bytes.subarray(descStart, p)];
    if ((name === "__abort_handler" || name === "__instance_terminated") && kind === 3) {
      if (glue.includes(name)) throw new Error(`${gluePath}: uses ${name}`);
      continue;
    }
    let to = name;
    if (/^__(wbindgen|externref)_/.test(name)) {
      to = `_${short(n++)}`;
      const uses = glue.split(name).length - 1;
      const calls = glue.split(new RegExp(`\\bwasm\\.${name}\\b`));
      if (uses === 0 || calls.length - 1 !== uses) throw new Error(`${gluePath}: ${name} used ${uses} times, ${calls.length - 1} of them as wasm.${name}`);
      glue = calls.join(`wasm.${to}`);
      renamedExports.push([name, to]);
    }
    kept.push(...utf8(to), kind, ...index);
    left++;
  }
  if (p !== end) throw new Error("export section: trailing bytes");
  const body = [...leb(left), ...kept];
  return Buffer.from([7, ...leb(body.length), ...body]);
}
const moduleKey = `"${expectedModule}": import0,`;
if (glue.split(moduleKey).length !== 2) throw new Error(`${gluePath}: no single ${moduleKey}`);
glue = glue.replace(moduleKey, `"w": import0,`);
const result = Buffer.concat(parts);
writeFileSync(wasmPath, result);
writeFileSync(gluePath, glue);
// the raw module's declarations (NAME_bg.wasm.d.ts) name the exports as they now are
const dts = wasmPath.replace(/\.wasm$/, ".wasm.d.ts");
if (existsSync(dts)) {
  let text = readFileSync(dts, "utf8");
  for (const [from, to] of renamedExports) text = text.replace(`export const ${from}:`, `export const ${to}:`);
  writeFileSync(dts, text);
}
console.error(`[short-imports] ${wasmPath}: ${renamed} imports and ${renamedExports.length} exports renamed, ${bytes.length} → ${result.length} B`);
