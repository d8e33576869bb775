"""Write var/build/domain/: the domain/ files with the configured clinic and locale values
as slot defaults, so responses show the clinic's own numbers without the action server."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clinic.settings import get_settings  # noqa: E402

TARGET = ROOT / "var" / "build" / "domain"


def render(source: Path = ROOT / "domain", target: Path = TARGET) -> Path:
    yaml = YAML()  # round-trip: keeps quoting and comments, YAML 1.2 like Rasa
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    locale = get_settings().locale_slots()
    for path in sorted(source.glob("*.yml")):
        part = yaml.load(path.read_text())
        for slot, value in locale.items():
            if slot in (part.get("slots") or {}):
                part["slots"][slot]["initial_value"] = value
        with (target / path.name).open("w") as handle:
            yaml.dump(part, handle)
    return target


if __name__ == "__main__":
    print(render().relative_to(ROOT))
