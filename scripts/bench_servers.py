"""Servers for the benchmark: the stock Rasa baseline model, and a launcher that starts an
action server plus a Rasa server on free ports and measures their memory and CPU time.

The baseline is what `rasa init` sets up, trained on this assistant's data and domain:
Rasa's default config (pipeline and policies left empty, so Rasa fills in its defaults),
the stock REST channel and stock endpoints (in-memory tracker store). It is trained once
per version of the data, domain and Rasa, and kept under var/bench/ with its training time.
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from scripts.local_net import free_port, http_ok
from scripts.prod_env import profile_env

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
BENCH_DIR = ROOT / "var" / "bench"
STARTUP_SECONDS = 300
# Nothing may reach the network: no telemetry, no model hub look-ups (as scripts/common.sh).
OFFLINE = {"RASA_TELEMETRY_ENABLED": "false", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "TF_CPP_MIN_LOG_LEVEL": "2"}

# rasa/cli/initial_project/config.yml without its comments: empty pipeline and policies
# make `rasa train` use rasa/engine/recipes/config_files/default_config.yml.
BASELINE_CONFIG = """\
recipe: default.v1
assistant_id: placeholder_default
language: en
pipeline:
policies:
"""


def load_average() -> list[float]:
    return [float(value) for value in Path("/proc/loadavg").read_text().split()[:3]]


def rasa_version() -> str:
    from rasa.version import __version__

    return __version__


def baseline_dir(domain: Path) -> Path:
    """The cache folder for the current data, domain and Rasa version."""
    digest = hashlib.sha256(BASELINE_CONFIG.encode() + rasa_version().encode())
    for path in [*sorted((ROOT / "data").rglob("*.yml")), *sorted(domain.glob("*.yml"))]:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return BENCH_DIR / f"baseline-{digest.hexdigest()[:12]}"


def timed_training(config: Path, domain: Path, out: Path, extra: list[str], log: Path) -> dict:
    """Runs `rasa train` and returns its wall time, its CPU time (which other work on the
    machine inflates less) and the load average seen while it ran."""
    out.mkdir(parents=True, exist_ok=True)
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with log.open("w") as handle, LoadSampler() as loads:
        process = subprocess.run(
            [str(VENV_BIN / "rasa"), "train", "--config", str(config), "--domain", str(domain), "--data", "data",
             "--out", str(out), *extra],
            cwd=ROOT, env={**os.environ, **OFFLINE}, stdout=handle, stderr=subprocess.STDOUT,
        )
    if process.returncode:
        raise RuntimeError(f"rasa train failed; see {log}")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    return {
        "seconds": round(time.monotonic() - start, 1),
        "cpu_seconds": round(cpu, 1),
        "finished": time.strftime("%Y-%m-%d %H:%M:%S"),
        **loads.summary(),
        "model": sorted(out.glob("*.tar.gz"))[-1].name,
    }


def baseline_model(domain: Path) -> tuple[Path, dict]:
    """The cached baseline model and its training record, trained first if missing."""
    folder = baseline_dir(domain)
    record_file = folder / "training.json"
    if not record_file.exists():
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "config.yml"
        config.write_text(BASELINE_CONFIG)
        print(f"Training the baseline into {folder.relative_to(ROOT)} (about two hours on 2 cores)", flush=True)
        # --force: parts restored from Rasa's training cache would understate the time.
        record = timed_training(config, domain, folder, ["--force"], folder / "train.log")
        record_file.write_text(json.dumps(record, indent=2))
        # Baselines of earlier data are never used again, and each takes about 140 MB.
        for stale in BENCH_DIR.glob("baseline-*"):
            if stale != folder:
                shutil.rmtree(stale)
    record = json.loads(record_file.read_text())
    return folder / record["model"], record



def server_env(workdir: Path, rate_limit: int) -> dict:
    """Environment for both servers: offline flags, a fresh clinic database and secrets in
    `workdir`, notifications to a port nobody listens on (they stay queued), and a rate
    limit high enough that the load itself is never turned away."""
    from cryptography.fernet import Fernet

    env = {
        key: value for key, value in os.environ.items()
        if not key.isupper() or key in {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"}
    }
    env.update(
        OFFLINE, PYTHONPATH=str(ROOT), DATABASE_URL=f"sqlite:///{workdir / 'clinic.db'}",
        SECRET_KEY=uuid.uuid4().hex, DATA_ENCRYPTION_KEY=Fernet.generate_key().decode(),
        WEBHOOK_URL=f"http://127.0.0.1:{free_port()}/hook", WEBHOOK_SECRET=uuid.uuid4().hex,
        RATE_LIMIT_PER_MINUTE=str(rate_limit),
    )
    subprocess.run([sys.executable, "-m", "clinic.migrate"], cwd=ROOT, env=env, check=True)
    return env


def process_tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending.extend(children.get(current, []))
    return tree


def tree_rss_mb(pid: int) -> float:
    """Resident memory (VmRSS) of a process tree, in MB."""
    total_kb = 0
    for member in process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        total_kb += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    return total_kb / 1024


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process tree's live members."""
    ticks = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


class LoadSampler:
    """Samples the 1-minute load average every few seconds in a background thread."""

    def __init__(self, every: float = 5) -> None:
        self.every, self.samples = every, [load_average()[0]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.samples.append(load_average()[0])

    def __enter__(self) -> "LoadSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(load_average()[0])

    def summary(self) -> dict:
        return {"load_mean": round(sum(self.samples) / len(self.samples), 2), "load_max": max(self.samples)}


@dataclass
class ServerSet:
    """One action server and one Rasa server, each in its own process group."""

    name: str
    model: Path
    endpoints: dict  # endpoints.yml content; the action server's URL is filled in
    credentials: Path
    workdir: Path
    env: dict
    rasa_port: int = field(default_factory=free_port)
    actions_port: int = field(default_factory=free_port)
    processes: dict = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def _spawn(self, role: str, args: list[str]) -> None:
        with open(self.workdir / f"{self.name}-{role}.log", "ab") as log:
            self.processes[role] = subprocess.Popen(
                args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def _wait(self, role: str, url: str) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.processes[role].poll() is not None:
                raise RuntimeError(f"{self.name} {role} server exited; see {self.workdir}/{self.name}-{role}.log")
            if http_ok(url):
                return
            time.sleep(0.5)
        raise TimeoutError(f"{self.name} {role} server not ready after {STARTUP_SECONDS} s")

    def start(self) -> None:
        self._spawn("actions", [str(VENV_BIN / "rasa"), "run", "actions", "--port", str(self.actions_port),
                                "--actions", "actions"])
        self._wait("actions", f"http://127.0.0.1:{self.actions_port}/health")
        endpoints = self.workdir / f"{self.name}-endpoints.yml"
        endpoints.write_text(json.dumps(
            {**self.endpoints, "action_endpoint": {"url": f"http://127.0.0.1:{self.actions_port}/webhook"}}))
        self._spawn("rasa", [str(VENV_BIN / "rasa"), "run", "--port", str(self.rasa_port), "--model",
                             str(self.model), "--endpoints", str(endpoints), "--credentials", str(self.credentials)])
        self._wait("rasa", self.url + "/")

    def rss_mb(self) -> dict[str, float]:
        return {role: round(tree_rss_mb(process.pid), 1) for role, process in self.processes.items()}

    def cpu_seconds(self) -> dict[str, float]:
        return {role: tree_cpu_seconds(process.pid) for role, process in self.processes.items()}

    def stop(self) -> None:
        for role in list(self.processes):
            process = self.processes.pop(role)
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()


@dataclass
class ProfileSet:
    """The production profile (scripts/prod.sh: PostgreSQL, Redis, Rasa processes and
    action servers behind HAProxy) on free ports. Its state goes under var/bench/, inside
    the checkout, where the database and Redis service accounts may enter; its log goes to
    `workdir`. It serves the newest model in models/, as `make prod` does."""

    name: str
    workdir: Path
    env: dict
    rasa_processes: int = 2
    public_port: int = field(default_factory=free_port)

    def __post_init__(self) -> None:
        self.state = BENCH_DIR / "prod-profile"
        self.env = profile_env(self.env, self.state, self.public_port,
                               [free_port() for _ in range(self.rasa_processes)], free_port(), free_port())

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.public_port}"

    @property
    def model(self) -> Path:
        return next((self.state / "model").glob("*.tar.gz"))

    def _prod(self, command: str) -> None:
        with open(self.workdir / f"{self.name}-prod.log", "ab") as log:
            subprocess.run(["bash", str(ROOT / "scripts" / "prod.sh"), command], cwd=ROOT, env=self.env,
                           stdout=log, stderr=subprocess.STDOUT, check=command == "start")

    def start(self) -> None:
        if self.state.exists():  # left by an interrupted run: its pid files find what runs
            self.stop()
        self._prod("start")

    def stop(self) -> None:
        self._prod("stop")
        shutil.rmtree(self.state, ignore_errors=True)

    def _pids(self) -> dict[str, list[int]]:
        roles: dict[str, list[int]] = {"rasa": [], "actions": [], "services": []}
        for pid_file in (self.state / "run").glob("*.pid"):
            role = pid_file.stem.split("-")[0]
            roles.get(role, roles["services"]).append(int(pid_file.read_text().split()[0]))
        postmaster = self.state / "pg" / "data" / "postmaster.pid"
        if postmaster.exists():
            roles["services"].append(int(postmaster.read_text().split()[0]))
        return roles

    def rss_mb(self) -> dict[str, float]:
        return {role: round(sum(map(tree_rss_mb, pids)), 1) for role, pids in self._pids().items()}

    def cpu_seconds(self) -> dict[str, float]:
        return {role: sum(map(tree_cpu_seconds, pids)) for role, pids in self._pids().items()}


def ours_endpoints(workdir: Path) -> dict:
    """endpoints.yml as shipped, with the tracker database moved into `workdir`."""
    from ruamel.yaml import YAML

    endpoints = YAML(typ="safe").load((ROOT / "endpoints.yml").read_text())
    endpoints["tracker_store"]["db"] = str(workdir / "tracker.db")
    return endpoints


# rasa/cli/initial_project/endpoints.yml has every entry commented out; only the action
# server is added, so the tracker store is Rasa's default InMemoryTrackerStore.
BASELINE_ENDPOINTS: dict = {}


def baseline_credentials(workdir: Path) -> Path:
    """rasa/cli/initial_project/credentials.yml: Rasa's own REST channel (the rasa: entry
    there is for Rasa X, which is not running)."""
    path = workdir / "baseline-credentials.yml"
    path.write_text("rest:\n")
    return path
