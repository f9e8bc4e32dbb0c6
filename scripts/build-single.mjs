// One .html file with the page, its scripts, its styles, the sample and the wasm inlined, for
// air-gapped machines: it works when opened from file://. The inline script and style are
// allowed by their SHA-256 hashes, so the file keeps a strict Content-Security-Policy.
// Nothing is fetched from file://, so the file carries one wasm, the full module (pkg/dxcheck.js),
// for text and files alike: its glue stands in for the core's imports, and DXCHECK_FULL hands
// its checkFile to checker.js instead of a second module.
//   node scripts/build-single.mjs   (after scripts/build-wasm.sh) → dist/dxcheck.html
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (p) => readFileSync(path.join(root, p), "utf8");
const stripModule = (src) => src.replace(/^import .*?;\s*$/gm, "").replace(/^export (?=(async )?(function|const|let|class) )/gm, "");

const wasm = readFileSync(path.join(root, "pkg/dxcheck_bg.wasm")).toString("base64");
const glue = read("pkg/dxcheck.js").replace(/^export \{[^}]*\};?\s*$/m, "const init = __wbg_init;").replace(/^export (?=function )/gm, "");
const script = [
  `globalThis.DXCHECK_SAMPLE = ${JSON.stringify(read("www/sample.txt"))};`,
  `globalThis.DXCHECK_WASM = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));`,
  glue,
  "globalThis.DXCHECK_FULL = { check, checkFile };",
  stripModule(read("www/i18n.js")),
  stripModule(read("www/render.js")),
  stripModule(read("www/warmup.js")),
  stripModule(read("www/checker.js")),
  stripModule(read("www/drafts.js")),
  stripModule(read("www/highlight.js")),
  stripModule(read("www/app.js")),
].join("\n");
const style = read("www/style.css");
const hash = (s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const csp = `default-src 'none'; script-src ${hash(script)} 'wasm-unsafe-eval'; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;

let html = read("www/index.html");
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
html = html.replace(/<link rel="icon"[^>]*>/, "");
html = html.replace(/<link rel="stylesheet" href="style.css">/, () => `<style>${style}</style>`);
html = html.replace(/<script type="module" src="app.js"><\/script>/, () => `<script type="module">${script}</script>`);
html = html.replace(/ · <a href="embed.html">[^<]*<\/a>/, "");
mkdirSync(path.join(root, "dist"), { recursive: true });
writeFileSync(path.join(root, "dist/dxcheck.html"), html);
console.error(`[build-single] dist/dxcheck.html: ${html.length} bytes`);
