#!/usr/bin/env bash
# Trains a model when the data, config, domain, locale settings or language resources
# changed since the last one; otherwise keeps the existing model.
source "$(dirname "$0")/common.sh"

domain="$("$PY" scripts/render_domain.py)"
fingerprint="$(
  { cat config.yml "$domain"/*.yml requirements/requirements.lock
    find data -type f -name '*.yml' | LC_ALL=C sort | xargs cat; } | sha256sum | cut -d' ' -f1
)"
nlp_stamp="$(sha256sum models/nlp/build.json | cut -d' ' -f1)"
stamp_file=models/.last-training
latest="$(ls -t models/*.tar.gz 2>/dev/null | head -n 1 || true)"

if [ "${1:-}" != "--force" ] && [ -n "$latest" ] && [ -f "$stamp_file" ] \
   && [ "$(cat "$stamp_file")" = "$fingerprint $nlp_stamp $(basename "$latest")" ]; then
  say "Model is up to date: $latest"
  exit 0
fi

force=()
# Rasa's training cache keys on config text, not on the language resource folders.
if [ "${1:-}" = "--force" ] || [ ! -f "$stamp_file" ] || [ "$(cut -d' ' -f2 "$stamp_file")" != "$nlp_stamp" ]; then
  force=(--force)
fi

say "Training (data, config or settings changed)"
start=$(date +%s)
"$VENV/bin/rasa" train --config config.yml --domain "$domain" --data data --out models "${force[@]}"
latest="$(ls -t models/*.tar.gz | head -n 1)"
echo "$fingerprint $nlp_stamp $(basename "$latest")" > "$stamp_file"
say "Trained $latest in $(( $(date +%s) - start )) s"

# Keep the newest two models so a rollback stays possible without filling the disk.
ls -t models/*.tar.gz | tail -n +3 | xargs -r rm -f
