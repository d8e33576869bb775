"""Write var/build/domain.yml: domain.yml with the configured clinic and locale values as
slot defaults, so responses show the clinic's own numbers without the action server."""
from __future__ import annotations

import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.settings import get_settings  # noqa: E402

TARGET = ROOT / "var" / "build" / "domain.yml"


def render(source: Path = ROOT / "domain.yml", target: Path = TARGET) -> Path:
    yaml = YAML()  # round-trip: keeps quoting and comments, YAML 1.2 like Rasa
    yaml.width = 4096
    domain = yaml.load(source.read_text())
    for slot, value in get_settings().locale_slots().items():
        domain["slots"][slot]["initial_value"] = value
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w") as handle:
        yaml.dump(domain, handle)
    return target


if __name__ == "__main__":
    print(render().relative_to(ROOT))
