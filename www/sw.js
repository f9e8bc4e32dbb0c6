// Offline: after one visit the page, its modules, the wasm and the sample load from this cache.
// Network first, revalidating with the server (`cache: "no-cache"`), so a new version deployed on
// a plain static host shows up on the next load instead of after the HTTP cache expires; the cache
// when offline. Only complete same-origin 200 responses are stored: never an error page. A wasm
// module unchanged on the server is answered from the cache (below, `wasm`).
// Both wasm modules are stored, so files open offline too: the page registers this worker after its
// first check, so fetching the full module (dxcheck.js, for files) here never delays checking text.
const CACHE = "dxcheck-v2";
const ASSETS = ["./", "index.html", "app.js", "render.js", "i18n.js", "checker.js", "warmup.js", "drafts.js", "highlight.js", "dx-check-worker.js", "style.css",
  "favicon.svg", "sample.txt", "dx-check.js", "embed.html", "embed.css", "embed.js",
  "../pkg/dxcheck_text.js", "../pkg/dxcheck_text_bg.wasm", "../pkg/dxcheck.js", "../pkg/dxcheck_bg.wasm", "../pkg/dx-check.js", "../pkg/dx-check-worker.js", "../pkg/warmup.js"];

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE)
    .then((c) => Promise.all(ASSETS.map((a) => fetch(a, { cache: "no-cache" }).then((res) => (res.ok ? c.put(a, res) : undefined), () => undefined))))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The same module, by what the server says of it: ETag, or else Last-Modified and length.
const unchanged = (a, b) => {
  const [ea, eb] = [a.headers.get("etag"), b.headers.get("etag")];
  if (ea || eb) return ea === eb;
  const modified = a.headers.get("last-modified");
  return Boolean(modified) && modified === b.headers.get("last-modified") && a.headers.get("content-length") === b.headers.get("content-length");
};

// A wasm module is answered from this cache while the server says it is unchanged: Chromium keeps
// the code V8 compiled for a module (when V8 asks it to: README, "Code cache") beside the cache
// entry of the response it was compiled from, so a returning visit need not compile it again; a
// response passed on from fetch() gets no such code here, and storing an unchanged module again
// would drop it. Still revalidated on every load: a new deployment replaces it at once.
async function wasm(request) {
  const cache = await caches.open(CACHE).catch(() => null);
  const stored = await cache?.match(request, { ignoreSearch: true }).catch(() => undefined);
  let res;
  try {
    res = await fetch(request, { cache: "no-cache" });
  } catch {
    return stored ?? Response.error();
  }
  if (!cache || !(res.ok && res.status === 200 && res.type === "basic")) return res;
  if (stored && unchanged(stored, res)) {
    res.body?.cancel();
    return stored;
  }
  try {
    await cache.put(request, res.clone());
    return (await cache.match(request)) ?? res;
  } catch {
    return res; // not stored (a full disk): the network's copy
  }
}

self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || url.origin !== location.origin) return;
  if (url.pathname.endsWith(".wasm")) return e.respondWith(wasm(e.request));
  e.respondWith(
    fetch(e.request, { cache: "no-cache" })
      .then((res) => {
        if (res.ok && res.status === 200 && res.type === "basic") {
          const copy = res.clone();
          e.waitUntil(caches.open(CACHE).then((c) => c.put(e.request, copy)));
        }
        return res;
      })
      .catch(() => caches.match(e.request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
