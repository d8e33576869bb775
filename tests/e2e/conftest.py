"""Starts the real action server and Rasa server on free ports for end-to-end tests.

The servers use the newest trained model in models/, a tracker store and a clinic
database in a temporary folder, and the locale defaults (no .env is read)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.helpers import ROOT, free_port, http_ok

VENV_BIN = Path(sys.executable).parent
STARTUP_SECONDS = 300
# Small, so a test can reach it; production uses 40 (endpoints.yml).
MAX_SESSION_TURNS = 6




def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.5)
    raise TimeoutError(f"{what} not ready after {timeout:.0f} s")


@dataclass
class Servers:
    workdir: Path
    env: dict
    rasa_port: int = field(default_factory=free_port)
    actions_port: int = field(default_factory=free_port)
    processes: dict = field(default_factory=dict)
    api_token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def _spawn(self, name: str, args: list[str]) -> None:
        log = open(self.workdir / f"{name}.log", "ab")
        self.processes[name] = subprocess.Popen(
            args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def start_actions(self) -> None:
        self._spawn(
            "actions",
            [str(VENV_BIN / "rasa"), "run", "actions", "--port", str(self.actions_port), "--actions", "actions"],
        )
        wait_until(lambda: http_ok(f"http://127.0.0.1:{self.actions_port}/health"), STARTUP_SECONDS, "action server")

    def stop_actions(self) -> None:
        self._stop("actions")

    def start_rasa(self) -> None:
        endpoints = self.workdir / "endpoints.yml"
        endpoints.write_text(
            f"action_endpoint:\n  url: http://127.0.0.1:{self.actions_port}/webhook\n"
            f"tracker_store:\n  type: stores.bounded_sql.BoundedSQLTrackerStore\n  dialect: sqlite\n"
            f"  db: {self.workdir / 'tracker.db'}\n  max_session_turns: {MAX_SESSION_TURNS}\n"
        )
        self._spawn(
            "rasa",
            [str(VENV_BIN / "rasa"), "run", "--port", str(self.rasa_port), "--model", "models",
             "--endpoints", str(endpoints), "--credentials", "credentials.yml",
             "--enable-api", "--auth-token", self.api_token],
        )
        wait_until(lambda: http_ok(self.rasa_url + "/"), STARTUP_SECONDS, "Rasa server")
        # The first message warms up the NLU pipeline; its reply is not checked.
        self.send(f"warm-up-{uuid.uuid4().hex}", "hi")

    def _stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def stop_all(self) -> None:
        for name in list(self.processes):
            self._stop(name)

    def send(self, sender: str, text: str) -> list[dict]:
        request = urllib.request.Request(
            self.rasa_url + "/webhooks/rest/webhook",
            data=json.dumps({"sender": sender, "message": text}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


def server_env(workdir: Path) -> dict:
    """The servers' environment: locale defaults (no .env values), a clinic database in
    `workdir`, fresh secrets, and a webhook nobody listens on, so notifications stay queued."""
    env = {
        key: value for key, value in os.environ.items()
        if not key.isupper() or key in {"PATH", "HOME", "LANG", "LC_ALL", "PYTHONPATH", "TMPDIR"}
    }
    env.update(
        RASA_TELEMETRY_ENABLED="false", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
        TF_CPP_MIN_LOG_LEVEL="2", DATABASE_URL=f"sqlite:///{workdir / 'clinic.db'}",
        PYTHONPATH=str(ROOT), SECRET_KEY=uuid.uuid4().hex, DATA_ENCRYPTION_KEY=Fernet.generate_key().decode(),
        WEBHOOK_URL=f"http://127.0.0.1:{free_port()}/hook", WEBHOOK_SECRET=uuid.uuid4().hex,
    )
    subprocess.run([sys.executable, "-m", "clinic.migrate"], cwd=ROOT, env=env, check=True)
    return env


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("servers")
    running = Servers(workdir=workdir, env=server_env(workdir))
    try:
        running.start_actions()
        running.start_rasa()
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def sender() -> str:
    return f"e2e-{uuid.uuid4().hex}"


@pytest.fixture(scope="session")
def calendar(servers):
    """Bookable times for the next two weeks in the servers' clinic database."""
    subprocess.run([sys.executable, "-m", "clinic", "slots", "--days", "14"], cwd=ROOT, env=servers.env,
                   check=True, capture_output=True)
