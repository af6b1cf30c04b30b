#!/usr/bin/env bash
# Stops PostgreSQL the hard way (pg_ctl stop -m immediate, as a crash would) while readers and a
# writer keep calling, starts it again, and checks: requests during the outage fail with 503 (never
# 500), the server recovers by itself, and every dataset whose creation was answered 201 is still
# there. Prints the figures for docs/benchmarks.md.
# Usage: bench/database-outage.sh [outage seconds=15]   (from the project root)
set -uo pipefail
cd "$(dirname "$0")/.."
OUTAGE=${1:-15}
export SAMLING_HOME=${SAMLING_HOME:-$(mktemp -d /tmp/samling-outage.XXXX)}
. bench/lib/server.sh
WORK=$(mktemp -d /tmp/outage-work.XXXX)
LOAD=()
trap 'kill "${LOAD[@]}" 2>/dev/null; stop_samling; rm -rf "$WORK"' EXIT

start_samling || exit 1
TOKEN=$(admin_token)
PGPORT=$(pg_port); PGBIN=$(pg_bin); PGDATA="$SAMLING_HOME/pgdata"
pg_ctl() { as_pg_owner "$PGDATA" "$PGBIN/pg_ctl" "$@"; }
dataset_json() { python3 - "$1" <<'PY'
import json, sys
f = lambda n, c, v, m=False: {"typeName": n, "typeClass": c, "multiple": m, "value": v}
p = lambda n, v: f(n, "primitive", v)
print(json.dumps({"datasetVersion": {"license": {"name": "CC BY 4.0"}, "metadataBlocks": {"citation": {"fields": [
  p("title", sys.argv[1]), f("author", "compound", [{"authorName": p("authorName", "Outage, Test")}], True),
  f("datasetContact", "compound", [{"datasetContactEmail": p("datasetContactEmail", "o@example.org")}], True),
  f("dsDescription", "compound", [{"dsDescriptionValue": p("dsDescriptionValue", "Written during a database outage.")}], True),
  f("subject", "controlledVocabulary", ["Social Sciences"], True)]}}}}))
PY
}
PUB=$(curl -fsS "$BASE/api/search?q=resiliens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["items"][0]["global_id"])')

# readers: dataset JSON, search, the home page; a writer: a new dataset every 200 ms
reader() { while :; do for p in "/api/datasets/:persistentId/?persistentId=$PUB" "/api/search?q=selvhjelp" "/"; do
  echo "$(date +%s.%N) $(curl -s -o /dev/null -m 20 -w '%{http_code}' "$BASE$p")" >>"$WORK/reads"; done; done; }
writer() { local i=0; while :; do i=$((i + 1)); dataset_json "Outage $i" >"$WORK/w.json"
  out=$(curl -s -m 20 -w '\n%{http_code}' -X POST -H "X-Dataverse-key: $TOKEN" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/w.json" "$BASE/api/dataverses/root/datasets")
  code=$(echo "$out" | tail -1); echo "$(date +%s.%N) $code" >>"$WORK/writes"
  [ "$code" = 201 ] && echo "$out" | head -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["persistentId"])' >>"$WORK/created"
  sleep 0.2; done; }
for _ in 1 2 3 4; do reader & LOAD+=($!); done
writer & LOAD+=($!)
sleep 10
down=$(date +%s.%N)
pg_ctl -D "$PGDATA" stop -m immediate -w >/dev/null
sleep "$OUTAGE"
up=$(date +%s.%N)
pg_ctl -D "$PGDATA" -w -l "$WORK/pg.log" -o "-p $PGPORT -c listen_addresses=localhost -c fsync=on \
  -c synchronous_commit=on -c full_page_writes=on -c max_connections=100 -c shared_buffers=128MB" start >/dev/null
recovered=""
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null -m 5 "$BASE/api/datasets/:persistentId/?persistentId=$PUB"; then recovered=$(date +%s.%N); break; fi
  sleep 0.5
done
sleep 10
kill "${LOAD[@]}" 2>/dev/null; wait "${LOAD[@]}" 2>/dev/null
during() { awk -v a="$down" -v b="$up" '$1 >= a && $1 <= b {print $2}' "$@" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}'; }
lost=0; while read -r pid; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Dataverse-key: $TOKEN" "$BASE/api/datasets/:persistentId/?persistentId=$pid")" = 200 ] \
    || { lost=$((lost + 1)); echo "missing: $pid"; }
done <"$WORK/created"
five=$(cat "$WORK/reads" "$WORK/writes" | awk '$2 == 500' | wc -l)
echo
echo "database outage: PostgreSQL stopped (immediate) for ${OUTAGE} s under 4 readers and 1 writer"
echo "  answers while it was down: reads $(during "$WORK/reads")| writes $(during "$WORK/writes")"
echo "  HTTP 500 at any time: $five"
echo "  back to answering $(python3 -c "print(round(${recovered:-0} - $up, 1))" ) s after PostgreSQL was started again"
echo "  datasets created (201): $(wc -l <"$WORK/created"); missing afterwards: $lost"
[ "$five" = 0 ] && [ -n "$recovered" ] && [ "$lost" = 0 ]
