#!/usr/bin/env bash
# The read benchmark (docs/benchmarks.md): starts Samling with the demo studies on a fresh
# $SAMLING_HOME, gives a reader a time-limited grant to a restricted transcript, and measures
# with wrk (8 connections, 2 threads, 20 s per page after a 30 s warm-up of that page) the pages and API
# calls readers use most, each with the permission checks a real caller gets.
# It also reports the server's resident memory idle after start and after the load.
# Usage: bench/read-benchmark.sh [seconds per measurement, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
PORT=${BENCH_PORT:-18181}
BASE="http://127.0.0.1:$PORT"
export SAMLING_HOME=${BENCH_HOME:-$(mktemp -d /tmp/samling-read.XXXX)} SAMLING_PORT=$PORT
RUN=""
cleanup() {
  [ -n "$RUN" ] && kill -TERM -- -"$RUN" 2>/dev/null || true
  for _ in $(seq 1 30); do [ -n "$RUN" ] && kill -0 "$RUN" 2>/dev/null && sleep 1 || break; done
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

echo "Starting Samling with the demo studies (home $SAMLING_HOME) ..."
t0=$(date +%s.%N)
setsid bash deploy/run.sh > "$SAMLING_HOME/server.log" 2>&1 &
RUN=$!
until curl -fsS -o /dev/null "$BASE/" 2>/dev/null; do
  kill -0 "$RUN" 2>/dev/null || { tail -20 "$SAMLING_HOME/server.log"; exit 1; }
  sleep 0.5
done
STARTUP=$(echo "$(date +%s.%N) - $t0" | bc)
JPID=$(pgrep -f "payara-micro.jar --deploy" -n)
sleep 5
RSS_IDLE=$(( $(ps -o rss= -p "$JPID" | tr -d ' ') / 1024 ))
ADMIN=$(cat "$SAMLING_HOME/admin.token")
KEY=$(cat "$SAMLING_HOME/builtin-users.key")

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
PID=$(curl -fsS "$BASE/api/search?q=*&per_page=1" | json 'd["data"]["items"][0]["global_id"]')
DATASET=$(curl -fsS -H "X-Dataverse-key: $ADMIN" "$BASE/api/datasets/:persistentId/?persistentId=$PID")
FILES=$(echo "$DATASET" | json 'len(d["data"]["latestVersion"]["files"])')
RESTRICTED=$(echo "$DATASET" | json '[f["dataFile"]["id"] for f in d["data"]["latestVersion"]["files"] if f.get("restricted")][0]')
PUBLIC_FILE=$(echo "$DATASET" | json '[f["dataFile"]["id"] for f in d["data"]["latestVersion"]["files"] if not f.get("restricted")][0]')
READER=$(curl -fsS -X POST -H 'Content-Type: application/json' \
  --data '{"userName":"bench-reader","firstName":"Bench","lastName":"Reader","email":"bench-reader@example.org","affiliation":"Bench"}' \
  "$BASE/api/builtin-users?password=Bench-reader-1&key=$KEY" | json 'd["data"]["apiToken"]')
curl -fsS -o /dev/null -X PUT -H "X-Dataverse-key: $READER" "$BASE/api/access/datafile/$RESTRICTED/requestAccess"
curl -fsS -o /dev/null -X PUT -H "X-Dataverse-key: $ADMIN" \
  "$BASE/api/access/datafile/$RESTRICTED/grantAccess/@bench-reader?expires=$(date -u -d '+30 days' +%F)"

measure() { # $1 label, $2 url, $3 token or "" -> a table row
  local header=()
  [ -n "$3" ] && header=(-H "X-Dataverse-key: $3")
  wrk -t2 -c8 -d30s "${header[@]}" "$2" > /dev/null
  local out
  out=$(wrk -t2 -c8 -d"${DURATION}s" --latency "${header[@]}" "$2")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "| $1 | $rps | $p50 | $p99 | ${errors:-0} |"
}
single() { # $1 url, $2 token -> median seconds of 11 single requests
  for _ in $(seq 1 11); do
    curl -fsS -o /dev/null -w '%{time_total}\n' ${2:+-H "X-Dataverse-key: $2"} "$1"
  done | sort -n | awk '{a[NR]=$1} END {print a[6]}'
}

ROWS=$(
  measure "home page, anonymous" "$BASE/" ""
  measure "dataset page ($FILES files), anonymous" "$BASE/dataset.xhtml?persistentId=$PID" ""
  measure "dataset page ($FILES files), reader with a grant" "$BASE/dataset.xhtml?persistentId=$PID" "$READER"
  measure "dataset JSON (API), anonymous" "$BASE/api/datasets/:persistentId/?persistentId=$PID" ""
  measure "search API, 'intervju'" "$BASE/api/search?q=intervju" ""
  measure "restricted file download, reader with a grant" "$BASE/api/access/datafile/$RESTRICTED" "$READER"
  measure "restricted file download, refused (403)" "$BASE/api/access/datafile/$RESTRICTED" ""
  measure "file page (PDF report), anonymous" "$BASE/file.xhtml?fileId=$PUBLIC_FILE" ""
)
SINGLE=$(single "$BASE/dataset.xhtml?persistentId=$PID" "")
RSS_AFTER=$(( $(ps -o rss= -p "$JPID" | tr -d ' ') / 1024 ))

cat <<REPORT

Read benchmark ($(nproc) cores, $(date -u +%Y-%m-%d), wrk -t2 -c8 -d${DURATION}s after a 30 s warm-up)
| page or call | requests/s | median | 99th percentile | non-2xx |
|---|---|---|---|---|
$ROWS

| measure | result |
|---|---|
| start to the first page (fresh database, demo loaded) | ${STARTUP} s |
| dataset page, one user alone (median of 11) | ${SINGLE} s |
| server resident memory, idle after start / after the load | ${RSS_IDLE} / ${RSS_AFTER} MB |
REPORT
