#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/browser), only when it is missing.
# Playwright drives this system browser; it never downloads one of its own.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get update && sudo apt-get install -y chromium'." >&2
  exit 1
fi
apt-get update
apt-get install -y chromium
