// Offline: after one visit the page, its module, the wasm and the sample load from this cache.
// Network first for freshness when online; the cache when offline. Same-origin GETs only.
const CACHE = "dxcheck-v1";
const ASSETS = ["./", "index.html", "app.js", "render.js", "i18n.js", "style.css", "favicon.svg", "sample.txt", "dx-check.js", "embed.html",
  "../pkg/dxcheck.js", "../pkg/dxcheck_bg.wasm"];

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || url.origin !== location.origin) return;
  e.respondWith(
    fetch(e.request)
      .then((res) => {
        const copy = res.clone();
        caches.open(CACHE).then((c) => c.put(e.request, copy));
        return res;
      })
      .catch(() => caches.match(e.request, { ignoreSearch: true })),
  );
});
