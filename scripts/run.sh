#!/usr/bin/env bash
# Sets everything up, then runs the assistant on the embedded defaults until Ctrl-C: the
# action server, the Rasa server (REST and socket.io), the staff portal, the notification
# worker and the demo clinic page with the chat widget.
source "$(dirname "$0")/common.sh"

"$ROOT/scripts/bootstrap.sh"
"$ROOT/scripts/train.sh"

RASA_PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
PORTAL_PORT="$("$PY" -c 'from clinic.settings import get_settings; print(get_settings().portal_port)')"
DEMO_PORT="${DEMO_PORT:-8080}"
mkdir -p var/log
# Bookable times for the coming weeks; existing ones are kept.
"$PY" -m clinic slots >/dev/null

pids=()
stop() {
  trap - INT TERM EXIT
  # Stop the servers before printing anything: if output goes through a pipe whose reader
  # already got the Ctrl-C, the first write would end this script and orphan them.
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  say "Stopped" 2>/dev/null || true
}
trap stop INT TERM EXIT

# Each server gets its own process group so Ctrl-C stops it with everything it started.
set -m
"$VENV/bin/rasa" run actions --port "$ACTIONS_PORT" --actions actions &
pids+=($!)
# No --cors: the socket.io channel checks origins itself (ALLOWED_ORIGINS), and Rasa's CORS
# headers on top would make browsers refuse the replies.
"$VENV/bin/rasa" run --port "$RASA_PORT" --credentials credentials.yml --endpoints endpoints.yml \
  --model models &
pids+=($!)
DEMO_PORT="$DEMO_PORT" RASA_PORT="$RASA_PORT" "$PY" scripts/serve_demo.py &
pids+=($!)
"$PY" -m clinic portal --port "$PORTAL_PORT" &
pids+=($!)
"$PY" -m clinic notify &
pids+=($!)
set +m

"$PY" scripts/wait_ready.py "http://localhost:$ACTIONS_PORT/health" "http://localhost:$RASA_PORT/" \
  "http://localhost:$PORTAL_PORT/healthz" "http://localhost:$DEMO_PORT/"
cat <<MSG

  The assistant is running.
    Demo page: http://localhost:$DEMO_PORT/  (the chat widget on a clinic homepage)
    REST:      curl -s localhost:$RASA_PORT/webhooks/rest/webhook -d '{"sender":"me","message":"hello"}'
    socket.io: http://localhost:$RASA_PORT/socket.io
    Actions:   http://localhost:$ACTIONS_PORT/health
    Staff portal: http://localhost:$PORTAL_PORT  (add a login: make staff EMAIL=you@clinic.example)
  Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}"
