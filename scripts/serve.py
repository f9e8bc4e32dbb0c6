#!/usr/bin/env python3
"""Serve the page on http://127.0.0.1:8080: `/` is www/, `/pkg/` is pkg/. Static files only, with
the headers a production host should send (README, "Headers for a host"): the page's
Content-Security-Policy as a header too (only a header can forbid framing: `frame-ancestors`),
nosniff, no referrer, and `no-cache` so a new version is revalidated, not served stale: each file
with its validators (Last-Modified, and an ETag of its size and modification time, which the page's
service worker compares to keep a wasm module's stored copy, and Chromium's compiled code beside
it, while the module is unchanged) and `application/wasm` for the wasm (needed for streaming
compilation, the only kind whose code Chromium caches)."""
import http
import http.server
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = int(os.environ.get("PORT", sys.argv[1] if len(sys.argv) > 1 else 8080))


# the main page's meta policy plus what only a header can say
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path in ("/bench-plan.txt", "/bench-plan.docx", "/bench-corpus.txt"):
            # the benchmark page's inputs (scripts/bench-browser.mjs)
            name = "ke-hoach-khac-nhau.txt" if path == "/bench-corpus.txt" else "ke-hoach-40-trang" + os.path.splitext(path)[1]
            return os.path.join(ROOT, "tests", "fixtures", "bench", name)
        if path.startswith("/pkg/"):
            base, rest = os.path.join(ROOT, "pkg"), path[len("/pkg/"):]
        else:
            base, rest = os.path.join(ROOT, "www"), path.lstrip("/")
        full = os.path.normpath(os.path.join(base, rest))
        return full if full.startswith(base) else base

    def send_head(self):
        # (http.server answers If-Modified-Since only, and ignores it beside If-None-Match)
        path = self.translate_path(self.path)
        self.etag = None
        if os.path.isfile(path):
            st = os.stat(path)
            self.etag = f'"{st.st_size:x}-{st.st_mtime_ns:x}"'
            if self.etag in (t.strip() for t in self.headers.get("If-None-Match", "").split(",")):
                self.send_response(http.HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                return None
        return super().send_head()

    def end_headers(self):
        if getattr(self, "etag", None):
            self.send_header("ETag", self.etag)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()


if __name__ == "__main__":
    with http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler) as httpd:
        print(f"DXCheck: http://127.0.0.1:{PORT}/  (Ctrl+C để dừng / to stop)", flush=True)
        httpd.serve_forever()
