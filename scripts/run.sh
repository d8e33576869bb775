#!/usr/bin/env bash
# Sets everything up, then runs the action server and the Rasa server (REST and socket.io)
# on the embedded defaults until Ctrl-C.
source "$(dirname "$0")/common.sh"

"$ROOT/scripts/bootstrap.sh"
"$ROOT/scripts/train.sh"

RASA_PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
mkdir -p var/log

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
"$VENV/bin/rasa" run --port "$RASA_PORT" --credentials credentials.yml --endpoints endpoints.yml \
  --model models &
pids+=($!)
set +m

"$PY" scripts/wait_ready.py "http://localhost:$ACTIONS_PORT/health" "http://localhost:$RASA_PORT/"
cat <<MSG

  The assistant is running.
    REST:      curl -s localhost:$RASA_PORT/webhooks/rest/webhook -d '{"sender":"me","message":"hello"}'
    socket.io: http://localhost:$RASA_PORT/socket.io
    Actions:   http://localhost:$ACTIONS_PORT/health
  Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}"
