# Shared by the bench/ fault scripts: start Samling with deploy/run.sh in its own SAMLING_HOME,
# find its Payara Micro process and embedded PostgreSQL, stop it. Source this file from the
# project root with PORT and SAMLING_HOME set.
PORT=${PORT:-18180}
BASE="http://127.0.0.1:$PORT"
LOG=${LOG:-/tmp/samling-bench-$PORT.log}

start_samling() {
  export SAMLING_PORT=$PORT SAMLING_HOME
  setsid bash deploy/run.sh >>"$LOG" 2>&1 &
  SAMLING_PID=$!
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$BASE/api/info/version" 2>/dev/null && return 0
    kill -0 "$SAMLING_PID" 2>/dev/null || { echo "run.sh exited: $(tail -3 "$LOG")"; return 1; }
    sleep 1
  done
  echo "not ready after 300 s: $(tail -3 "$LOG")"; return 1
}

stop_samling() {
  [ -n "${SAMLING_PID:-}" ] || return 0
  kill -TERM -- -"$SAMLING_PID" 2>/dev/null
  for _ in $(seq 1 40); do kill -0 "$SAMLING_PID" 2>/dev/null || return 0; sleep 1; done
  kill -KILL -- -"$SAMLING_PID" 2>/dev/null
  return 0
}

# the Payara Micro java process of the running server
server_pid() {
  ps -eo pid=,pgid=,args= | awk -v g="$SAMLING_PID" '$2==g && /-jar [^ ]*payara-micro\.jar/ {print $1; exit}'
}

pg_port() { grep -o 'embedded PostgreSQL running on port [0-9]*' "$LOG" | tail -1 | grep -o '[0-9]*$'; }
pg_bin() { dirname "$(find "$SAMLING_HOME/pgruntime" -name pg_ctl -type f | head -1)"; }

# one value from the server's database
pg() { PGPASSWORD=postgres psql -h localhost -p "$(pg_port)" -U postgres -d samling -Atqc "$1"; }

admin_token() { cat "$SAMLING_HOME/admin.token"; }

rss_mb() { local p; p=$(server_pid); [ -n "$p" ] && echo $(( $(ps -o rss= -p "$p") / 1024 )) || echo 0; }

# as_pg_owner DIR COMMAND...: PostgreSQL refuses to run as root; as root the embedded library runs
# its tools in a user namespace (unshare -U), so the bench scripts do the same
as_pg_owner() {
  shift
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}
