#!/usr/bin/env bash
# Re-resolves requirements/*.in into exact, hashed lock files for Python 3.10 on Linux.
# Uses a throwaway virtual environment for the resolver so the project .venv stays as locked.
source "$(dirname "$0")/common.sh"

tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools"
"$tools/bin/pip" install --quiet uv==0.13.9
"$tools/bin/uv" pip compile --quiet --python-version 3.10 --python-platform x86_64-manylinux_2_28 \
  --generate-hashes requirements/requirements.in -o requirements/requirements.lock
"$tools/bin/uv" pip compile --quiet --python-version 3.10 --no-deps \
  --generate-hashes requirements/model.in -o requirements/model.lock
say "Locked. Commit requirements/*.lock."
