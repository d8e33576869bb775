#!/usr/bin/env bash
# Builds the chat widget: widget/dist/clinic-chat.js from widget/src/. Installs the locked npm
# packages only when package-lock.json changed and rebuilds only when a source changed, so a
# second run takes a moment. Needs Node.js 20+ with npm.
source "$(dirname "$0")/common.sh"
cd "$ROOT/widget"

if ! command -v npm >/dev/null || ! node -e 'process.exit(parseInt(process.versions.node) < 20 ? 1 : 0)'; then
  echo "The widget build needs Node.js 20 or newer with npm (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.installed-lock 2>/dev/null || true)" != "$lock_hash" ]; then
  say "Installing the widget's npm packages"
  # No install scripts: esbuild finds its binary without its postinstall step, and nothing
  # else a dependency ships gets to run here.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.installed-lock
fi

if [ ! -f dist/clinic-chat.js ] || [ -n "$(find src build.mjs package-lock.json -newer dist/clinic-chat.js -print -quit)" ]; then
  say "Building widget/dist/clinic-chat.js"
  npm run --silent build
fi
