#!/usr/bin/env bash
# The production profile on one machine (docs/production.md): PostgreSQL, Redis, two Rasa
# processes, two action servers, the staff portal, the notification worker and HAProxy in
# front, all on loopback. State, logs and generated secrets live in $PROD_VAR (var/prod).
#   scripts/prod.sh start    set up and train if needed (unless Rasa runs), then start
#                            whatever is not running, and wait until it all answers
#   scripts/prod.sh stop     stop everything this profile started
#   scripts/prod.sh status   what runs, and what the balancer sees
# Ports and the state folder can be moved with the PROD_* variables below.
source "$(dirname "$0")/common.sh"
let_services_in

VAR_DIR="${PROD_VAR:-$ROOT/var/prod}"
PUBLIC_ADDRESS="${PROD_LISTEN:-127.0.0.1:8088}"
read -r -a RASA_PORTS <<< "${PROD_RASA_PORTS:-5105 5106}"
read -r -a ACTIONS_PORTS <<< "${PROD_ACTIONS_PORTS:-5155 5156}"
ACTIONS_ADDRESS="127.0.0.1:${PROD_ACTIONS_LB_PORT:-5150}"
PORTAL_PORT="${PROD_PORTAL_PORT:-8001}"
REDIS_PORT="${PROD_REDIS_PORT:-56379}"
START_TIMEOUT="${PROD_START_TIMEOUT:-600}"
# scripts/postgres.sh reads these: a server of our own, apart from the test one in var/pg.
export PG_PORT="${PROD_PG_PORT:-55433}" PG_DIR="$VAR_DIR/pg"

RUN="$VAR_DIR/run"
LOG="$VAR_DIR/log"
SECRETS="$VAR_DIR/secrets.env"
MODEL_DIR="$VAR_DIR/model"
HAPROXY_SOCKET="$VAR_DIR/haproxy/stats.sock"
RASA_NAMES=()
for i in "${!RASA_PORTS[@]}"; do RASA_NAMES+=("rasa-$((i + 1))"); done
ACTIONS_NAMES=()
for i in "${!ACTIONS_PORTS[@]}"; do ACTIONS_NAMES+=("actions-$((i + 1))"); done
SERVICES=(redis "${ACTIONS_NAMES[@]}" "${RASA_NAMES[@]}" portal notify balancer)

# --- processes ------------------------------------------------------------------------

# The start time of a process (clock ticks since boot), empty once it has exited. Kept next
# to the pid, so a pid that was reused after a crash or reboot is never taken for ours.
started_at() {
  [ -r "/proc/$1/stat" ] || return 0
  local fields
  read -r -a fields <<< "$(sed 's/.*) //' "/proc/$1/stat")"
  # An exited process stays a zombie until its parent collects it.
  [ "${fields[0]}" = Z ] || echo "${fields[19]}"
}

pid_of() {
  local file="$RUN/$1.pid" pid stamp
  [ -f "$file" ] || return 1
  read -r pid stamp < "$file"
  [ -n "$pid" ] && [ -n "$stamp" ] && [ "$(started_at "$pid")" = "$stamp" ] && echo "$pid"
}

# Runs a command in the background in its own session (so stop reaches its children),
# logging to $LOG/NAME.log, unless NAME already runs.
launch() {
  local name=$1; shift
  if pid_of "$name" >/dev/null; then
    echo "  $name already running (pid $(pid_of "$name"))"
    return 0
  fi
  setsid "$@" >> "$LOG/$name.log" 2>&1 < /dev/null &
  echo "$! $(started_at $!)" > "$RUN/$name.pid"
  echo "  $name started (pid $!, log $LOG/$name.log)"
}

# Asks the given services to stop (SIGTERM to each one's whole session), waits up to 30 s,
# then kills what is left.
stop_services() {
  local name pid waiting=()
  for name in "$@"; do
    if pid="$(pid_of "$name")"; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      waiting+=("$name")
    fi
  done
  for name in "${waiting[@]}"; do
    for _ in $(seq 60); do pid_of "$name" >/dev/null || break; sleep 0.5; done
    if pid="$(pid_of "$name")"; then
      kill -KILL -- "-$pid" 2>/dev/null || true
      echo "  $name killed after 30 s"
    else
      echo "  $name stopped"
    fi
  done
  for name in "$@"; do rm -f "$RUN/$name.pid"; done
}

# Redis and HAProxy need no root: as root, they run as their Debian service accounts.
# Prints the command prefix that does that (nothing otherwise), one word a line.
as_account() {
  if [ "$(id -u)" = 0 ] && id "$1" >/dev/null 2>&1; then
    printf '%s\n' setpriv --reuid="$1" --regid="$1" --init-groups
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

http_ok() {
  "$PY" -c 'import sys, urllib.request
try:
    sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).status == 200 else 1)
except Exception:
    sys.exit(1)' "$1"
}

# Waits until URL answers 200; fails early, with the end of its log, if NAME exits.
wait_ready() {
  local name=$1 url=$2 deadline=$((SECONDS + START_TIMEOUT))
  until http_ok "$url"; do
    if ! pid_of "$name" >/dev/null; then
      echo "$name exited; the end of $LOG/$name.log:" >&2
      tail -n 30 "$LOG/$name.log" >&2
      exit 1
    fi
    [ "$SECONDS" -lt "$deadline" ] || { echo "$name not ready after $START_TIMEOUT s ($url)" >&2; exit 1; }
    sleep 1
  done
}

# Prints "backend server state" for each server, as the balancer's health checks see it.
balancer_view() {
  "$PY" - "$HAPROXY_SOCKET" <<'PY'
import csv, socket, sys
with socket.socket(socket.AF_UNIX) as sock:
    sock.connect(sys.argv[1])
    sock.sendall(b"show stat\n")
    data = b"".join(iter(lambda: sock.recv(65536), b""))
for row in csv.DictReader(data.decode().lstrip("# ").splitlines()):
    if row["svname"] not in ("FRONTEND", "BACKEND"):
        print(row["pxname"], row["svname"], row["status"])
PY
}

# Fills ${NAME} placeholders from the environment, like envsubst (not installed everywhere).
render() {
  "$PY" -c 'import os, string, sys; sys.stdout.write(string.Template(open(sys.argv[1]).read()).substitute(os.environ))' "$1"
}

# --- set-up ---------------------------------------------------------------------------

install_packages() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  [ "${#missing[@]}" -eq 0 ] && return 0
  say "Installing ${missing[*]} (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

new_secret() {
  if [ "$1" = DATA_ENCRYPTION_KEY ]; then
    "$PY" -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'
  else
    "$PY" -c 'import secrets; print(secrets.token_hex(32))'
  fi
}

# Secrets set in the environment win; the others are made once and kept in secrets.env
# (mode 600), so restarts keep them and encrypted data stays readable. Back this file up.
load_secrets() {
  (umask 077 && touch "$SECRETS")
  chmod 600 "$SECRETS"
  local name value
  for name in REDIS_PASSWORD RASA_API_TOKEN SECRET_KEY DATA_ENCRYPTION_KEY; do
    if [ -n "${!name:-}" ]; then export "${name?}"; continue; fi
    value="$(sed -n "s/^$name=//p" "$SECRETS" | head -n 1)"
    if [ -z "$value" ]; then
      value="$(new_secret "$name")"
      echo "$name=$value" >> "$SECRETS"
    fi
    export "$name=$value"
  done
}

any_rasa_running() {
  local name
  for name in "${RASA_NAMES[@]}"; do pid_of "$name" >/dev/null && return 0; done
  return 1
}

# Every Rasa process serves the same model: the newest one when none runs, otherwise the
# one already being served. The copy also survives train.sh pruning old models.
pin_model() {
  local newest
  mkdir -p "$MODEL_DIR"
  MODEL="$(ls "$MODEL_DIR"/*.tar.gz 2>/dev/null | head -n 1 || true)"
  newest="$(ls -t "$ROOT"/models/*.tar.gz | head -n 1)"
  if ! any_rasa_running && [ "$(basename "${MODEL:-none}")" != "$(basename "$newest")" ]; then
    rm -f "$MODEL_DIR"/*.tar.gz
    cp "$newest" "$MODEL_DIR/"
    MODEL="$MODEL_DIR/$(basename "$newest")"
  fi
}

start_databases() {
  say "PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR)"
  DATABASE_URL="$("$ROOT/scripts/postgres.sh")"
  # The conversations get a database of their own: Rasa reads it in parts (endpoints), the
  # clinic's retention job by URL.
  TRACKER_DATABASE_URL="$("$ROOT/scripts/postgres.sh" createdb tracker)"
  export DATABASE_URL TRACKER_DATABASE_URL TRACKER_DB_HOST=127.0.0.1 TRACKER_DB_PORT="$PG_PORT" \
    TRACKER_DB_NAME=tracker TRACKER_DB_USER=clinic TRACKER_DB_PASSWORD="${TRACKER_DB_PASSWORD:-}"
  "$PY" -m clinic.migrate
  # Bookable times for the coming weeks; existing ones are kept.
  "$PY" -m clinic slots >> "$LOG/slots.log"

  say "Redis on 127.0.0.1:$REDIS_PORT"
  mkdir -p "$VAR_DIR/redis"
  (umask 077 && PORT="$REDIS_PORT" PASSWORD="$REDIS_PASSWORD" DATA_DIR="$VAR_DIR/redis" \
    render "$ROOT/deploy/redis.conf.template" > "$VAR_DIR/redis/redis.conf")
  [ "$(id -u)" = 0 ] && id redis >/dev/null 2>&1 && chown -R redis: "$VAR_DIR/redis"
  local account
  mapfile -t account < <(as_account redis)
  launch redis "${account[@]}" redis-server "$VAR_DIR/redis/redis.conf"
  export REDIS_HOST=127.0.0.1 REDIS_PORT
}

start_servers() {
  say "Action servers on ${ACTIONS_PORTS[*]}"
  local i
  for i in "${!ACTIONS_PORTS[@]}"; do
    SANIC_HOST=127.0.0.1 launch "${ACTIONS_NAMES[$i]}" "$PY" -m rasa_sdk --actions actions --port "${ACTIONS_PORTS[$i]}"
  done
  export ACTION_ENDPOINT_URL="http://$ACTIONS_ADDRESS/webhook"

  say "Rasa processes on ${RASA_PORTS[*]} ($(basename "$MODEL"), API on loopback, token in $SECRETS)"
  # One TensorFlow thread inside each op: with a process per core, a wider pool only adds
  # hand-over work (the sentence encoder took 6.5 ms of CPU per message instead of 9).
  for i in "${!RASA_PORTS[@]}"; do
    TF_INTRA_OP_PARALLELISM_THREADS="${TF_INTRA_OP_PARALLELISM_THREADS:-1}" \
      launch "${RASA_NAMES[$i]}" "$VENV/bin/rasa" run --interface 127.0.0.1 --port "${RASA_PORTS[$i]}" \
      --model "$MODEL" --endpoints deploy/endpoints.prod.yml --credentials credentials.yml \
      --enable-api --auth-token "$RASA_API_TOKEN"
  done

  say "Staff portal on 127.0.0.1:$PORTAL_PORT, notification worker"
  launch portal "$PY" -m clinic portal --host 127.0.0.1 --port "$PORTAL_PORT"
  launch notify "$PY" -m clinic notify

  say "Balancer on $PUBLIC_ADDRESS (internal: $ACTIONS_ADDRESS)"
  local rasa_servers="" action_servers=""
  for i in "${!RASA_PORTS[@]}"; do
    rasa_servers+="    server ${RASA_NAMES[$i]} 127.0.0.1:${RASA_PORTS[$i]} check"$'\n'
  done
  for i in "${!ACTIONS_PORTS[@]}"; do
    action_servers+="    server ${ACTIONS_NAMES[$i]} 127.0.0.1:${ACTIONS_PORTS[$i]} check"$'\n'
  done
  mkdir -p "$(dirname "$HAPROXY_SOCKET")"
  [ "$(id -u)" = 0 ] && id haproxy >/dev/null 2>&1 && chown haproxy: "$(dirname "$HAPROXY_SOCKET")"
  PUBLIC_ADDRESS="$PUBLIC_ADDRESS" ACTIONS_ADDRESS="$ACTIONS_ADDRESS" STATS_SOCKET="$HAPROXY_SOCKET" \
    RASA_SERVERS="$rasa_servers" ACTION_SERVERS="$action_servers" \
    render "$ROOT/deploy/haproxy.cfg.template" > "$VAR_DIR/haproxy.cfg"
  local haproxy account
  haproxy="$(command -v haproxy || echo /usr/sbin/haproxy)"
  "$haproxy" -q -c -f "$VAR_DIR/haproxy.cfg"
  mapfile -t account < <(as_account haproxy)
  launch balancer "${account[@]}" "$haproxy" -db -f "$VAR_DIR/haproxy.cfg"
}

wait_all() {
  say "Waiting until everything answers (a Rasa process takes 1-2 minutes to load)"
  local i
  for i in "${!ACTIONS_PORTS[@]}"; do wait_ready "${ACTIONS_NAMES[$i]}" "http://127.0.0.1:${ACTIONS_PORTS[$i]}/health"; done
  wait_ready portal "http://127.0.0.1:$PORTAL_PORT/healthz"
  for i in "${!RASA_PORTS[@]}"; do wait_ready "${RASA_NAMES[$i]}" "http://127.0.0.1:${RASA_PORTS[$i]}/"; done
  wait_ready balancer "http://$PUBLIC_ADDRESS/webhooks/rest/"
  # Servers that just came up are used once the health checks have seen them twice.
  local deadline=$((SECONDS + 60)) view
  view="$(balancer_view)"
  while grep -qv ' UP$' <<< "$view"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "$view" >&2; echo "the balancer does not see every server up" >&2; exit 1; }
    sleep 1
    view="$(balancer_view)"
  done
  pid_of notify >/dev/null || { tail -n 30 "$LOG/notify.log" >&2; exit 1; }
}

# --- commands -------------------------------------------------------------------------

start() {
  mkdir -p "$RUN" "$LOG"
  if any_rasa_running; then
    # Restarting what stopped: no new packages under running processes, and no training,
    # since the processes that come back serve the model the others serve.
    say "Rasa is running: starting only what is missing (stop, then start, to update)"
  else
    "$ROOT/scripts/bootstrap.sh"
    "$ROOT/scripts/train.sh"
  fi
  install_packages
  load_secrets
  pin_model
  start_databases
  start_servers
  wait_all
  cat <<MSG

  The production profile is running (state in $VAR_DIR).
    Patients: http://$PUBLIC_ADDRESS/webhooks/rest/webhook and http://$PUBLIC_ADDRESS/socket.io/
    Staff portal: http://127.0.0.1:$PORTAL_PORT (loopback only; put an HTTPS proxy in front)
    Status: scripts/prod.sh status    Stop: scripts/prod.sh stop

MSG
}

stop() {
  say "Stopping the production profile ($VAR_DIR)"
  # First no new requests, then the servers (each finishes the requests it has), then what
  # they depend on.
  stop_services balancer
  stop_services "${RASA_NAMES[@]}" portal notify
  stop_services "${ACTIONS_NAMES[@]}"
  stop_services redis
  "$ROOT/scripts/postgres.sh" stop
}

status() {
  local name pid all=0
  for name in "${SERVICES[@]}"; do
    if pid="$(pid_of "$name")"; then
      printf '  %-10s running  pid %s\n' "$name" "$pid"
    else
      printf '  %-10s stopped\n' "$name"
      all=3
    fi
  done
  if [ -d "$PG_DIR/data" ] && "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    printf '  %-10s running  127.0.0.1:%s\n' postgres "$PG_PORT"
  else
    printf '  %-10s stopped\n' postgres
    all=3
  fi
  if pid_of balancer >/dev/null; then
    echo "  as the balancer sees them:"
    balancer_view | while read -r backend server state; do printf '    %-14s %-10s %s\n' "$backend" "$server" "$state"; done
  fi
  return "$all"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
