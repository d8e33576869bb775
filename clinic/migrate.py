"""Schema migrations (Alembic). `python -m clinic.migrate` brings the database to the
newest schema; `python -m clinic.migrate revision "message"` drafts a new migration from
the changes in clinic/models.py."""
from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config

from clinic.db import get_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(revision: str = "head") -> None:
    cfg = config()
    with get_engine().begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def main(argv: list[str]) -> int:
    if argv[:1] == ["revision"]:
        message = " ".join(argv[1:]) or "schema change"
        command.revision(config(), message=message, autogenerate=True)
    else:
        upgrade()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
