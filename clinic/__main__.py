"""Clinic commands: `python -m clinic <command> [options]` (each has --help).

  migrate        bring the database schema up to date
  slots          create appointment slots from the opening hours
  create-staff   add a staff portal account (asks for the password)
  portal         run the staff portal
  notify         deliver queued staff notifications (email, webhook)
  retention      delete or anonymise patient data older than RETENTION_DAYS
  export         print everything stored about one patient, as JSON
"""
from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "migrate": "clinic.migrate",
    "slots": "clinic.slots",
    "create-staff": "clinic.portal.accounts",
    "portal": "clinic.portal.server",
    "notify": "clinic.notify",
    "retention": "clinic.retention",
    "export": "clinic.export",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[argv[0]])
    return module.main(argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
