"""Serves the demo clinic website with the chat widget on it, for trying the widget locally.

    http://127.0.0.1:$DEMO_PORT/          widget/demo (the clinic's homepage)
    http://127.0.0.1:$DEMO_PORT/widget/   widget/dist (clinic-chat.js, built by scripts/build_widget.sh)

DEMO_PORT defaults to 8080. The page's data-server attribute is set to RASA_URL (default
http://localhost:$RASA_PORT, port 5005). The page is sent with the Content-Security-Policy a
clinic would use, so anything the widget loaded from elsewhere would be blocked.
"""
from __future__ import annotations

import html
import os
import re
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "widget" / "demo"
DIST_DIR = ROOT / "widget" / "dist"
WIDGET_PREFIX = "/widget/"
SERVER_ATTRIBUTE = re.compile(r'data-server="[^"]*"')


def content_security_policy(rasa_url: str) -> str:
    parts = urlsplit(rasa_url)
    websocket = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"
    return (
        "default-src 'self'; "
        f"connect-src 'self' {parts.scheme}://{parts.netloc} {websocket}; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    )


class DemoHandler(SimpleHTTPRequestHandler):
    rasa_url = "http://localhost:5005"

    def translate_path(self, path: str) -> str:
        widget = path.startswith(WIDGET_PREFIX)
        self.directory = str(DIST_DIR if widget else DEMO_DIR)
        return super().translate_path(path[len(WIDGET_PREFIX) - 1:] if widget else path)

    def end_headers(self) -> None:
        # Always the freshly built widget, never a cached one from an earlier build.
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", content_security_policy(self.rasa_url))
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def do_GET(self) -> None:
        if urlsplit(self.path).path not in ("/", "/index.html"):
            super().do_GET()
            return
        page = (DEMO_DIR / "index.html").read_text(encoding="utf-8")
        page = SERVER_ATTRIBUTE.sub(f'data-server="{html.escape(self.rasa_url)}"', page, count=1)
        body = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def create_server(port: int, rasa_url: str, host: str = "127.0.0.1", quiet: bool = False) -> ThreadingHTTPServer:
    handler = type("Handler", (DemoHandler,), {"rasa_url": rasa_url.rstrip("/")})
    if quiet:
        handler.log_message = lambda *args: None
    return ThreadingHTTPServer((host, port), handler)


def main() -> None:
    if not (DIST_DIR / "clinic-chat.js").exists():
        sys.exit("widget/dist/clinic-chat.js is missing: build it with scripts/build_widget.sh")
    port = int(os.environ.get("DEMO_PORT", "8080"))
    rasa_url = os.environ.get("RASA_URL") or f"http://localhost:{os.environ.get('RASA_PORT', '5005')}"
    server = create_server(port, rasa_url)
    print(f"Demo clinic page: http://localhost:{port}/ (assistant at {rasa_url})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
