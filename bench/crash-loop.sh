#!/usr/bin/env bash
# Kills the server with SIGKILL at random moments while files are being uploaded (REST multipart
# and resumable pieces), restarts it, and after all rounds runs the sweeper and checks what a crash
# may never leave behind: a file row without its bytes, bytes without a row, a file that fails its
# checksum. Prints the figures for docs/benchmarks.md.
# Usage: bench/crash-loop.sh [uploads=100] [crashes=10]   (from the project root)
set -uo pipefail
cd "$(dirname "$0")/.."
UPLOADS=${1:-100}
CRASHES=${2:-10}
export SAMLING_HOME=${SAMLING_HOME:-$(mktemp -d /tmp/samling-crash.XXXX)}
export SAMLING_DEMO=false
. bench/lib/server.sh
WORK=$(mktemp -d /tmp/crash-work.XXXX)
trap 'stop_samling; rm -rf "$WORK"' EXIT

start_samling || exit 1
TOKEN=$(admin_token)
PID=$(curl -fsS -X POST -H "X-Dataverse-key: $TOKEN" -H 'Content-Type: application/json' \
  --data-binary @<(python3 - <<'PY'
import json
f = lambda n, c, v, m=False: {"typeName": n, "typeClass": c, "multiple": m, "value": v}
p = lambda n, v: f(n, "primitive", v)
print(json.dumps({"datasetVersion": {"license": {"name": "CC BY 4.0"}, "metadataBlocks": {"citation": {"fields": [
  p("title", "Crash loop"),
  f("author", "compound", [{"authorName": p("authorName", "Crash, Test")}], True),
  f("datasetContact", "compound", [{"datasetContactEmail": p("datasetContactEmail", "crash@example.org")}], True),
  f("dsDescription", "compound", [{"dsDescriptionValue": p("dsDescriptionValue", "Uploads while the server dies.")}], True),
  f("subject", "controlledVocabulary", ["Social Sciences"], True)]}}}}))
PY
) "$BASE/api/dataverses/root/datasets" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["persistentId"])')
echo "dataset $PID"

rest_upload() { # $1 file
  curl -s -o /dev/null -w '%{http_code}' -H "X-Dataverse-key: $TOKEN" -F "file=@$1" \
    "$BASE/api/datasets/:persistentId/add?persistentId=$PID" 2>/dev/null
}
resumable_upload() { # $1 file
  local size id offset=0 chunk=1048576 status
  size=$(stat -c %s "$1")
  id=$(curl -s -H "X-Dataverse-key: $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"persistentId\":\"$PID\",\"fileName\":\"$(basename "$1")\",\"size\":$size}" "$BASE/api/uploads" 2>/dev/null \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])' 2>/dev/null) || { echo 000; return; }
  while [ "$offset" -lt "$size" ]; do
    status=$(dd if="$1" bs=$chunk skip=$((offset / chunk)) count=1 status=none | curl -s -o /dev/null -w '%{http_code}' \
      -X PUT -H "X-Dataverse-key: $TOKEN" -H 'Content-Type: application/octet-stream' --data-binary @- \
      "$BASE/api/uploads/$id?offset=$offset" 2>/dev/null)
    [ "$status" = 200 ] || { echo "$status"; return; }
    offset=$((offset + chunk)); [ "$offset" -gt "$size" ] && offset=$size
  done
  curl -s -o /dev/null -w '%{http_code}' -X POST -H "X-Dataverse-key: $TOKEN" -H 'Content-Type: application/json' \
    -d '{}' "$BASE/api/uploads/$id/complete" 2>/dev/null
}

ok=0 failed=0 crashes=0 n=0
per_round=$(( (UPLOADS + CRASHES - 1) / CRASHES ))
for round in $(seq 1 "$CRASHES"); do
  : >"$WORK/results"
  for i in $(seq 1 "$per_round"); do
    [ "$n" -ge "$UPLOADS" ] && break
    n=$((n + 1))
    head -c $(( (RANDOM % 8 + 1) * 1048576 + RANDOM )) /dev/urandom >"$WORK/f$n.bin"
    if [ $((n % 2)) = 0 ]; then (echo "$(resumable_upload "$WORK/f$n.bin")" >>"$WORK/results") &
    else (echo "$(rest_upload "$WORK/f$n.bin")" >>"$WORK/results") &
    fi
  done
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.5, 12.0), 2))')"
  kill -KILL "$(server_pid)" 2>/dev/null && crashes=$((crashes + 1))
  wait 2>/dev/null
  ok=$((ok + $(grep -c '^200$' "$WORK/results"))); failed=$((failed + $(grep -vc '^200$' "$WORK/results")))
  for _ in $(seq 1 60); do kill -0 "$SAMLING_PID" 2>/dev/null || break; sleep 1; done
  start_samling || exit 1
  rm -f "$WORK"/f*.bin
done

# after the last restart nothing uploads: stored bytes without a row may go at once
curl -fsS -X POST -H "X-Dataverse-key: $TOKEN" "$BASE/api/admin/jobs/sweep?graceSeconds=0" >"$WORK/sweep"
curl -fsS -X POST -H "X-Dataverse-key: $TOKEN" "$BASE/api/admin/jobs/fixity" >"$WORK/fixity"
rows=$(pg "select count(*) from datafile")
valid=$(pg "select count(*) from datafile where fixity_status = 'VALID'")
missing=$(pg "select count(*) from datafile where fixity_status = 'MISSING'")
invalid=$(pg "select count(*) from datafile where fixity_status = 'INVALID'")
pg "select storage_key from datafile" | sort >"$WORK/keys"
find "$SAMLING_HOME/files/store" -type f -printf '%f\n' | sort >"$WORK/stored"
orphan_bytes=$(comm -13 "$WORK/keys" "$WORK/stored" | wc -l)
rows_without_bytes=$(comm -23 "$WORK/keys" "$WORK/stored" | wc -l)
staging=$(find "$SAMLING_HOME/files/tmp" -type f | wc -l)
sessions=$(pg "select count(*) from upload_session")
session_bytes=$(find "$SAMLING_HOME/files/uploads" -type f | wc -l)
echo
echo "crash loop: $n uploads ($((n / 2)) resumable), $crashes kills with SIGKILL and restarts"
echo "  uploads answered 200: $ok; cut off by a crash: $failed"
echo "  file rows: $rows; rows without bytes: $rows_without_bytes; bytes without a row: $orphan_bytes"
echo "  fixity: $valid valid, $invalid invalid, $missing missing ($(( rows == 0 ? 100 : valid * 100 / rows ))% pass)"
echo "  left in staging: $staging; unfinished resumable sessions: $sessions (bytes: $session_bytes)"
echo "  sweep: $(cat "$WORK/sweep")"
[ "$rows_without_bytes" = 0 ] && [ "$orphan_bytes" = 0 ] && [ "$invalid$missing" = 00 ] && [ "$valid" = "$rows" ]
