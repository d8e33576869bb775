"""The real thing over HTTP: `python -m clinic create-staff` and `python -m clinic portal`
(waitress) as subprocesses on the test database, driven like a browser would."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import requests

from clinic.settings import get_settings
from tests.helpers import ROOT
from tests.helpers import free_port
from tests.portal.conftest import EMAIL, PASSWORD, add_booking, add_urgent, csrf_token, transcript

STARTUP_SECONDS = 60


def clinic_env() -> dict[str, str]:
    settings = get_settings()
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": settings.database_url,
        "SECRET_KEY": settings.secret_key,
        "DATA_ENCRYPTION_KEY": settings.data_key,
        "PORTAL_URL": "http://127.0.0.1",
    }


@pytest.fixture
def portal(database, tmp_path):
    """The base URL of a running portal, and the path of its console output."""
    port = free_port()
    log_path = tmp_path / "portal.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "clinic", "portal", "--port", str(port)],
            cwd=ROOT, env=clinic_env(), stdout=log, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                if requests.get(f"{base}/healthz", timeout=2).json() == {"status": "ok"}:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, "portal did not start"
            time.sleep(0.3)
        yield base, log_path
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_staff_sign_in_and_work_the_queue_over_http(portal):
    base, log_path = portal
    created = subprocess.run(
        [sys.executable, "-m", "clinic", "create-staff", EMAIL, "--password-stdin"],
        input=PASSWORD + "\n", text=True, capture_output=True, cwd=ROOT, env=clinic_env(), timeout=60,
    )
    assert created.returncode == 0, created.stderr
    case = add_urgent("emergency", conversation="web", lines=transcript("I can't feel the toilet paper <b>"))
    add_booking("BK-HTTP-0001", conversation="web", name="Morgan Webpatient")

    browser = requests.Session()
    refused = browser.get(f"{base}/", allow_redirects=False)
    assert refused.status_code == 302 and refused.headers["Location"].startswith("/login")

    login_page = browser.get(f"{base}/login")
    assert login_page.headers["X-Frame-Options"] == "DENY"
    token = csrf_token(login_page.text)
    wrong = browser.post(f"{base}/login", data={"email": EMAIL, "password": "not it", "csrf_token": token})
    assert "Email or password is not correct." in wrong.text
    signed_in = browser.post(f"{base}/login", data={"email": EMAIL, "password": PASSWORD, "csrf_token": token},
                             allow_redirects=False)
    assert signed_in.status_code == 302
    assert "HttpOnly" in signed_in.headers["Set-Cookie"] and "SameSite=Lax" in signed_in.headers["Set-Cookie"]

    queue = browser.get(f"{base}/")
    assert queue.status_code == 200 and queue.headers["Cache-Control"] == "no-store"
    assert f'href="/urgent/{case}"' in queue.text and "BK-HTTP-0001" in queue.text

    detail = browser.get(f"{base}/urgent/{case}")
    assert "Morgan Webpatient" in detail.text and "I can&#39;t feel the toilet paper &lt;b&gt;" in detail.text
    acknowledged = browser.post(f"{base}/urgent/{case}/acknowledge", data={"csrf_token": csrf_token(detail.text)})
    assert "Acknowledged." in acknowledged.text
    assert browser.post(f"{base}/urgent/{case}/resolve", data={}).status_code == 400

    browser.post(f"{base}/logout", data={"csrf_token": csrf_token(acknowledged.text)})
    assert browser.get(f"{base}/", allow_redirects=False).status_code == 302

    console = log_path.read_text()
    assert "Staff portal on http://127.0.0.1:" in console
    for detail_text in ("Morgan", "toilet paper", "BK-HTTP-0001", PASSWORD):
        assert detail_text not in console
