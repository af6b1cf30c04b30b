#!/usr/bin/env bash
# The dataset JSON of one dataset with 100,000 files (issue "Dataverse clients"): fills a fresh
# Samling with bench/search-archive.sql (60 datasets, the first with $FILES files), then asks for
# that dataset's JSON alone (three times), ten at once, and with excludeFiles=true, printing each
# answer's status, size and time and the server's resident memory.
# Usage: bench/dataset-json.sh [files=100000] [concurrent=10]   (needs psql)
set -uo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-100000}
CONCURRENT=${2:-10}
PORT=${BENCH_PORT:-18184}
export SAMLING_HOME=${BENCH_HOME:-$(mktemp -d /tmp/samling-json.XXXX)}
mkdir -p "$SAMLING_HOME"
LOG=$SAMLING_HOME/server.log
. bench/lib/server.sh
trap stop_samling EXIT

echo "Samling home $SAMLING_HOME; starting ..."
start_samling || exit 1
PGPASSWORD=postgres psql -h localhost -p "$(pg_port)" -U postgres -d samling -q -v ON_ERROR_STOP=1 \
  -v datasets=60 -v big="$FILES" -v texts=10 -v words=10 -f bench/search-archive.sql >/dev/null || exit 1
ID=$(pg "select id from dataset where identifier = 'BENCH/1'")
echo "dataset $ID: $(pg "select count(*) from file_metadata fm join dataset d on d.released_version_id = fm.dataset_version_id where d.id = $ID") files"
URL="$BASE/api/v1/datasets/$ID"
ask() { curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' "$1"; }
ask "$URL" >/dev/null
echo "alone (status, bytes, seconds):"
for _ in 1 2 3; do ask "$URL"; done
echo "$CONCURRENT at once:"
RSS_BEFORE=$(rss_mb)
( while :; do rss_mb >>"$SAMLING_HOME/rss"; sleep 0.5; done ) & WATCH=$!
t0=$(date +%s.%N)
seq "$CONCURRENT" | xargs -P "$CONCURRENT" -I{} curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' "$URL" \
  >"$SAMLING_HOME/concurrent"
awk '{n[$1]++; if ($3 > slowest) slowest = $3; bytes[$1] = $2} END {for (s in n) printf "  %d answered %s (%s bytes); slowest %.2f s\n", n[s], s, bytes[s], slowest}' \
  "$SAMLING_HOME/concurrent"
t1=$(date +%s.%N)
kill "$WATCH" 2>/dev/null
echo "  all done in $(echo "$t1 - $t0" | bc) s; resident memory $RSS_BEFORE MB before, at most $(sort -n "$SAMLING_HOME/rss" | tail -1) MB"
echo "  OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$SAMLING_HOME"/server.log "$SAMLING_HOME"/*.log 2>/dev/null | awk -F: '{s+=$2} END {print s+0}')"
echo "excludeFiles=true:"
ask "$URL/versions/:latest?excludeFiles=true"
