"""The production profile, started once for the tests in this folder with
`scripts/prod.sh start` (which installs and starts everything it needs) and stopped at the
end. It runs on free ports with its state in var/prod-test, so it neither disturbs nor
depends on a profile or test database already running on this machine."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.e2e.conftest import server_env
from scripts.prod_env import profile_env
from tests.helpers import ROOT, free_port

STATE = ROOT / "var" / "prod-test"
PROD = ROOT / "scripts" / "prod.sh"
# Set-up, training when the data changed, and two Rasa processes loading on shared cores.
START_SECONDS = 1800
REPLY_SECONDS = 120
REFERENCE = re.compile(r"B-[A-Z0-9]{4}-[A-Z0-9]{4}")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.prod)


def texts(replies: list[dict]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def buttons(replies: list[dict]) -> list[dict]:
    return [button for reply in replies for button in reply.get("buttons") or []]


def post(url: str, body: dict, timeout: float = REPLY_SECONDS):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


@dataclass
class Profile:
    env: dict
    public_port: int
    rasa_ports: list[int]
    pg_port: int
    redis_port: int

    @property
    def balancer(self) -> str:
        return f"http://127.0.0.1:{self.public_port}"

    @property
    def processes(self) -> list[str]:
        """The Rasa processes' own addresses, for sending to one of them directly."""
        return [f"http://127.0.0.1:{port}" for port in self.rasa_ports]

    def script(self, *args: str, check: bool = True, timeout: float = START_SECONDS) -> subprocess.CompletedProcess:
        result = subprocess.run(["bash", str(PROD), *args], cwd=ROOT, env=self.env, text=True,
                                capture_output=True, timeout=timeout)
        if check and result.returncode != 0:
            raise AssertionError(f"prod.sh {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result

    def postgres(self, *args: str) -> None:
        env = dict(self.env, PG_PORT=str(self.pg_port), PG_DIR=str(STATE / "pg"))
        subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), *args], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=120)

    def send(self, sender: str, message: str, via: str | None = None) -> list[dict]:
        return post(f"{via or self.balancer}/webhooks/rest/webhook", {"sender": sender, "message": message})

    def secrets(self) -> dict[str, str]:
        lines = (STATE / "secrets.env").read_text().splitlines()
        return dict(line.split("=", 1) for line in lines if "=" in line)

    def events(self, sender: str, via: str | None = None) -> list[dict]:
        """The conversation as Rasa stores it, read through a process's own HTTP API."""
        url = f"{via or self.processes[0]}/conversations/{sender}/tracker?token={self.secrets()['RASA_API_TOKEN']}"
        with urllib.request.urlopen(url, timeout=REPLY_SECONDS) as response:
            return json.loads(response.read())["events"]

    def sql(self, query: str, **params) -> list[tuple]:
        """Runs one statement on the clinic database of the profile; returns its rows."""
        engine = create_engine(f"postgresql://clinic@127.0.0.1:{self.pg_port}/clinic", future=True)
        try:
            with engine.begin() as connection:
                result = connection.execute(text(query), params)
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()

    def pid(self, name: str) -> int:
        return int((STATE / "run" / f"{name}.pid").read_text().split()[0])

    def kill(self, name: str) -> None:
        """A crash: SIGKILL, no chance to clean up."""
        os.kill(self.pid(name), signal.SIGKILL)


def stop_leftovers(env: dict) -> None:
    """A session that was interrupted may have left the profile running: pid files and the
    database folder find it whatever ports it used."""
    if STATE.exists():
        subprocess.run(["bash", str(PROD), "stop"], cwd=ROOT, env=env, capture_output=True, timeout=300)
        shutil.rmtree(STATE)


@pytest.fixture(scope="session")
def profile(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("prod")
    rasa_ports = [free_port(), free_port()]
    public_port, pg_port, redis_port = free_port(), free_port(), free_port()
    env = profile_env(server_env(workdir), STATE, public_port, rasa_ports, pg_port, redis_port)
    stop_leftovers(env)
    running = Profile(env=env, public_port=public_port, rasa_ports=rasa_ports, pg_port=pg_port,
                      redis_port=redis_port)
    try:
        running.script("start")
        yield running
    finally:
        running.script("stop", check=False, timeout=300)


@pytest.fixture
def sender() -> str:
    return f"prod-{uuid.uuid4().hex}"
