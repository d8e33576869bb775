# Shared set-up for the project scripts: repo root, virtual environment, offline flags.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

# Nothing may reach the network at run time: no telemetry, no model hub look-ups.
export RASA_TELEMETRY_ENABLED=false
export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export TF_CPP_MIN_LOG_LEVEL=2
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Prints the path of a CPython 3.10 interpreter, or nothing.
find_python310() {
  local candidates=()
  [ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
  candidates+=(python3.10)
  local pyenv_root
  pyenv_root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
  # shellcheck disable=SC2206
  candidates+=($pyenv_root/versions/3.10.*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10)
  local candidate path
  for candidate in "${candidates[@]}"; do
    path="$(command -v "$candidate" 2>/dev/null || true)"
    [ -n "$path" ] || continue
    if "$path" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) and sys.implementation.name == "cpython" else 1)' 2>/dev/null; then
      echo "$path"
      return 0
    fi
  done
  return 1
}

# PostgreSQL, Redis and HAProxy run under their own service accounts when started as root,
# and must reach their files under var/. A checkout in a private folder (mktemp -d makes
# them mode 700) would lock them out, so give other accounts search (not read) access to
# the folders on the way there.
let_services_in() {
  [ "$(id -u)" = 0 ] || return 0
  local dir="$ROOT"
  while [ "$dir" != "/" ]; do
    [ -x "$dir" ] && [ "$(stat -c %A "$dir" | cut -c10)" = "-" ] && chmod o+x "$dir"
    dir="$(dirname "$dir")"
  done
  return 0
}
