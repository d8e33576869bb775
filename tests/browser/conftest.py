"""Browser tests: the demo clinic page (scripts/serve_demo.py) with the built widget, in
Debian's Chromium driven by Playwright.

The page talks to the real action and Rasa servers, started with the helpers of
tests/e2e/conftest.py and with the demo page's origin as the one allowed origin, or, where a
test must choose what the server says or when it goes away, to echo_server.py."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from scripts.serve_demo import create_server
from tests.browser.widget_page import AXE_JS
from tests.e2e.conftest import Servers, server_env, wait_until
from tests.helpers import ROOT, free_port, http_ok

CHROMIUM = Path("/usr/bin/chromium")
# The network is closed: nothing in Chromium may try to phone home.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
WIDGET_JS = ROOT / "widget" / "dist" / "clinic-chat.js"
# Room for a machine busy with other work; a passing check returns as soon as it holds.
expect.set_options(timeout=15_000)


class DemoSite:
    """The demo page on a free port of 127.0.0.1, its widget pointed at `backend`."""

    def __init__(self, backend: str, servers: Servers | None = None):
        self.backend = backend
        self.servers = servers
        self._server = create_server(0, backend, quiet=True)
        self.origin = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.url = self.origin + "/"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class EchoServer:
    """echo_server.py in its own process, so a test can kill it like a crashed server."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"echo-{self.port}.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.browser.echo_server", str(self.port)],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            )
        wait_until(lambda: http_ok(f"{self.url}/socket.io/?EIO=4&transport=polling"), 30, "echo server")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="session", autouse=True)
def widget_built() -> None:
    for path, how in (
        (WIDGET_JS, "scripts/build_widget.sh"), (AXE_JS, "scripts/build_widget.sh"),
        (CHROMIUM, "scripts/install_browser.sh"),
    ):
        if not path.exists():
            pytest.fail(f"{path} is missing: run {how}", pytrace=False)


@pytest.fixture(scope="session")
def rasa_site(tmp_path_factory):
    """The demo page talking to the real Rasa and action servers."""
    workdir = tmp_path_factory.mktemp("servers")
    env = server_env(workdir)
    servers = Servers(workdir=workdir, env=env)
    site = DemoSite(servers.rasa_url, servers)
    env["ALLOWED_ORIGINS"] = site.origin
    try:
        servers.start_actions()
        servers.start_rasa()
        yield site
    finally:
        servers.stop_all()
        site.close()


@pytest.fixture
def echo_server(tmp_path):
    server = EchoServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def echo_site(echo_server):
    """The demo page talking to a fresh echo server."""
    site = DemoSite(echo_server.url)
    yield site
    site.close()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        # launch() starts Chromium on a new temporary profile (user-data-dir) and deletes it
        # on close; every test then gets its own context, with empty storage.
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Opens a page in a new browser context with the given context options."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page(viewport={"width": 1280, "height": 800})
