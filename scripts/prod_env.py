"""The environment that runs the production profile (scripts/prod.sh) on given loopback
ports with its state in a folder of its own: used by the benchmark and the profile's tests."""
from __future__ import annotations

from pathlib import Path

from scripts.local_net import free_port


def profile_env(env: dict, state: Path, public_port: int, rasa_ports: list[int], pg_port: int,
                redis_port: int) -> dict:
    profile = dict(
        env, PROD_VAR=str(state), PROD_LISTEN=f"127.0.0.1:{public_port}",
        PROD_RASA_PORTS=" ".join(map(str, rasa_ports)), PROD_ACTIONS_PORTS=f"{free_port()} {free_port()}",
        PROD_ACTIONS_LB_PORT=str(free_port()), PROD_PORTAL_PORT=str(free_port()),
        PROD_REDIS_PORT=str(redis_port), PROD_PG_PORT=str(pg_port),
    )
    # The profile keeps its own keys in its state folder and makes its own databases.
    for name in ("SECRET_KEY", "DATA_ENCRYPTION_KEY", "DATABASE_URL"):
        profile.pop(name, None)
    return profile
