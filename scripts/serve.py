#!/usr/bin/env python3
"""Serve the page on http://127.0.0.1:8080: `/` is www/, `/pkg/` is pkg/. Static files only,
with the page's Content-Security-Policy also sent as a header."""
import http.server
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = int(os.environ.get("PORT", sys.argv[1] if len(sys.argv) > 1 else 8080))


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

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


if __name__ == "__main__":
    with http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler) as httpd:
        print(f"DXCheck: http://127.0.0.1:{PORT}/  (Ctrl+C để dừng / to stop)", flush=True)
        httpd.serve_forever()
