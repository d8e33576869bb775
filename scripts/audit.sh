#!/usr/bin/env bash
# Known vulnerabilities in the locked dependencies (requirements/requirements.lock), from
# pip-audit run in a throwaway virtual environment so that the project's .venv is never
# touched. Prints the report and always exits 0: findings are triaged in docs/security.md,
# and an unreachable vulnerability service must not fail a build. When the audit could not
# run, or could not check some packages, a line starting with "AUDIT INCOMPLETE" says so.
source "$(dirname "$0")/common.sh"

PIP_AUDIT_VERSION="2.10.1"
LOCK="requirements/requirements.lock"
# pypi (the PyPI JSON API) or osv (osv.dev); both are tried if the first cannot answer.
SERVICE="${AUDIT_SERVICE:-pypi}"

incomplete() {
  printf 'AUDIT INCOMPLETE: %s\n' "$*"
  exit 0
}

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

say "pip-audit $PIP_AUDIT_VERSION on $LOCK"
# Any Python 3 will do: with --no-deps and --disable-pip pip-audit only reads the pins.
python3 -m venv "$workdir/venv" || incomplete "could not create a virtual environment with python3"
if ! "$workdir/venv/bin/python" -m pip install --quiet --disable-pip-version-check "pip-audit==$PIP_AUDIT_VERSION" \
  >"$workdir/pip.txt" 2>&1; then
  tail -n 5 "$workdir/pip.txt"
  incomplete "could not install pip-audit $PIP_AUDIT_VERSION (is the package index reachable?)"
fi

run_audit() {
  # The lock pins every package with hashes, so nothing is resolved or installed here.
  "$workdir/venv/bin/pip-audit" -r "$LOCK" --no-deps --disable-pip --progress-spinner off \
    --vulnerability-service "$1" --desc off --aliases on --format json --output "$workdir/report.json" \
    2>"$workdir/stderr.txt"
}

used=""
tried=" "
for service in "$SERVICE" osv pypi; do
  [ -n "$used" ] && break
  case "$tried" in *" $service "*) continue ;; esac
  tried+="$service "
  rm -f "$workdir/report.json"
  run_audit "$service" || true   # exit 1 means "vulnerabilities found" as well as "error"
  if [ -s "$workdir/report.json" ]; then
    # A service that answers nothing for any package (e.g. no network) is not an answer.
    if "$workdir/venv/bin/python" - "$workdir/report.json" <<'PY'
import json, sys
deps = json.load(open(sys.argv[1]))["dependencies"]
sys.exit(0 if any("skip_reason" not in dep for dep in deps) else 1)
PY
    then
      used="$service"
    else
      echo "The $service service checked none of the packages, e.g.:"
      "$workdir/venv/bin/python" -c 'import json, sys; print("  " + json.load(open(sys.argv[1]))["dependencies"][0]["skip_reason"])' \
        "$workdir/report.json" || true
    fi
  else
    echo "pip-audit with the $service service failed:"
    tail -n 5 "$workdir/stderr.txt" | sed 's/^/  /'
  fi
done
[ -n "$used" ] || incomplete "no vulnerability service could be reached; nothing was checked"

"$workdir/venv/bin/python" - "$workdir/report.json" "$used" <<'PY'
import json
import sys

report = json.load(open(sys.argv[1]))
deps = report["dependencies"]
skipped = [dep for dep in deps if "skip_reason" in dep]
found = [(dep, vuln) for dep in deps for vuln in dep.get("vulns", [])]
print(f"Service: {sys.argv[2]}. Packages checked: {len(deps) - len(skipped)} of {len(deps)}.")
if found:
    rows = [("package", "version", "advisory", "aliases", "fixed in")]
    for dep, vuln in sorted(found, key=lambda item: (item[0]["name"], item[1]["id"])):
        rows.append((dep["name"], dep["version"], vuln["id"], ", ".join(vuln.get("aliases", [])),
                     ", ".join(vuln.get("fix_versions", [])) or "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    packages = len({dep["name"] for dep, _ in found})
    print(f"{len(found)} known vulnerabilities in {packages} packages (triage: docs/security.md).")
else:
    print("No known vulnerabilities.")
if skipped:
    print(f"AUDIT INCOMPLETE: {len(skipped)} packages were not checked:")
    for dep in skipped:
        print(f"  {dep['name']}: {dep['skip_reason']}")
PY
exit 0
