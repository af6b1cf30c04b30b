#!/usr/bin/env bash
# The deposit benchmark (docs/benchmarks.md): starts Samling on a fresh $SAMLING_HOME and measures
#  1. upload throughput of one large file against the raw disk write speed measured in the same run,
#     with the server's peak heap and resident memory during the upload;
#  2. extraction throughput on 1,000 transcripts;
#  3. a dataset with 10,000 files: dataset page, file table pages (first, deep, sorted, filtered),
#     and adding one more file.
# Usage: bench/deposit-benchmark.sh [size of the large file in MiB, default 2048]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-2048}
PORT=${BENCH_PORT:-18180}
BASE="http://127.0.0.1:$PORT"
export SAMLING_HOME=${BENCH_HOME:-$(mktemp -d /tmp/samling-bench.XXXX)} SAMLING_PORT=$PORT SAMLING_DEMO=false
WORK="$SAMLING_HOME/bench-input"
mkdir -p "$WORK"
RUN=""
cleanup() {
  [ -n "$RUN" ] && kill -TERM -- -"$RUN" 2>/dev/null || true
  for _ in $(seq 1 30); do [ -n "$RUN" ] && kill -0 "$RUN" 2>/dev/null && sleep 1 || break; done
  rm -rf "$WORK" "$SAMLING_HOME/dd.bin"
}
trap cleanup EXIT
now() { date +%s.%N; }
secs() { echo "scale=3; $2 - $1" | bc; }

echo "Starting Samling (home $SAMLING_HOME) ..."
setsid bash deploy/run.sh > "$SAMLING_HOME/server.log" 2>&1 &
RUN=$!
until curl -fsS -o /dev/null "$BASE/api/info/version" 2>/dev/null; do
  kill -0 "$RUN" 2>/dev/null || { tail -20 "$SAMLING_HOME/server.log"; exit 1; }
  sleep 1
done
TOKEN=$(cat "$SAMLING_HOME/admin.token")
JPID=$(pgrep -f "payara-micro.jar --deploy" -n)

dataset() { # $1 title -> persistentId
  python3 - "$1" <<'PY' | curl -fsS -X POST -H "X-Dataverse-key: $TOKEN" -H 'Content-Type: application/json' \
      --data-binary @- "$BASE/api/dataverses/root/datasets" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["persistentId"])'
import json, sys
f = lambda n, v, t="primitive", m=False: {"typeName": n, "multiple": m, "typeClass": t, "value": v}
print(json.dumps({"datasetVersion": {"metadataBlocks": {"citation": {"fields": [
  f("title", sys.argv[1]),
  f("author", [{"authorName": f("authorName", "Bench, Mark")}], "compound", True),
  f("dsDescription", [{"dsDescriptionValue": f("dsDescriptionValue", "Benchmark data")}], "compound", True),
  f("subject", ["Social Sciences"], "controlledVocabulary", True)]}}}}))
PY
}
upload() { # $1 pid $2 file $3 jsonData
  curl -fsS -o /dev/null -X POST -H "X-Dataverse-key: $TOKEN" -F "file=@$2" -F "jsonData=$3" \
    "$BASE/api/datasets/:persistentId/add?persistentId=$1"
}
files_json() { # $1 pid $2 query
  curl -fsS -H "X-Dataverse-key: $TOKEN" "$BASE/api/datasets/:persistentId/versions/:draft/files?persistentId=$1&$2"
}

# 1. large upload against raw disk speed
echo "Writing a ${SIZE_MB} MiB test file ..."
head -c "${SIZE_MB}M" /dev/urandom > "$WORK/big.bin"
t0=$(now); dd if="$WORK/big.bin" of="$SAMLING_HOME/dd.bin" bs=4M conv=fsync status=none; t1=$(now)
rm -f "$SAMLING_HOME/dd.bin"
DISK=$(secs "$t0" "$t1")
BIG=$(dataset "Large recording")
# a running server has compiled its upload path already; warm a fresh one up first (not measured)
head -c 1024M /dev/urandom > "$WORK/warm.bin"
upload "$(dataset "Warm-up")" "$WORK/warm.bin" '{}'
rm -f "$WORK/warm.bin"
jstat -gc "$JPID" 200 > "$SAMLING_HOME/jstat.log" &
JSTAT=$!
( peak=0; while kill -0 "$JSTAT" 2>/dev/null; do r=$(ps -o rss= -p "$JPID" | tr -d ' '); [ "${r:-0}" -gt "$peak" ] && peak=$r; echo "$peak" > "$SAMLING_HOME/rss.peak"; sleep 0.2; done ) &
RSSW=$!
RSS0=$(ps -o rss= -p "$JPID" | tr -d ' ')
t0=$(now); upload "$BIG" "$WORK/big.bin" '{"categories":["Recording"]}'; t1=$(now)
UP=$(secs "$t0" "$t1")
kill "$JSTAT"; wait "$RSSW" 2>/dev/null || true
HEAP_PEAK=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$SAMLING_HOME/jstat.log")
RSS_PEAK=$(( $(cat "$SAMLING_HOME/rss.peak") / 1024 ))
rm -f "$WORK/big.bin"

# 2. extraction of 1,000 transcripts
python3 - "$WORK/transcripts.zip" deploy/demo <<'PY'
import sys, zipfile, pathlib, random
demo = pathlib.Path(sys.argv[2])
sources = sorted(p for p in demo.rglob("interview-*-transcript.*") if p.suffix in (".txt", ".vtt", ".docx", ".pdf"))
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(1000):
        src = sources[i % len(sources)]
        data = src.read_bytes()
        if src.suffix in (".txt", ".vtt"):
            data += f"\n\nKopia {i} {random.random()}\n".encode()
        z.writestr(f"transcripts/t{i:04d}-{src.name}", data)
PY
EXT=$(dataset "Thousand transcripts")
upload "$EXT" "$WORK/transcripts.zip" '{"unzip":true,"categories":["Transcript"]}'
t0=$(now)
while :; do
  left=$(files_json "$EXT" "limit=1000" | python3 -c 'import json,sys; print(sum(1 for f in json.load(sys.stdin)["data"] if f["dataFile"]["extraction"]["status"] in ("pending","running")))')
  [ "$left" = 0 ] && break
  sleep 1
done
t1=$(now)
EXT_SECS=$(secs "$t0" "$t1")
EXT_FAILED=$(files_json "$EXT" "limit=1000" | python3 -c 'import json,sys; print(sum(1 for f in json.load(sys.stdin)["data"] if f["dataFile"]["extraction"]["status"]=="failed"))')

# 3. a dataset with 10,000 files
python3 - "$WORK/many.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(10000):
        z.writestr(f"batch{i % 20:02d}/note-{i:05d}.txt", f"Field note {i}\n" * (1 + i % 7))
PY
MANY=$(dataset "Ten thousand files")
t0=$(now); upload "$MANY" "$WORK/many.zip" '{"unzip":true,"categories":["Data"]}'; t1=$(now)
UNZIP=$(secs "$t0" "$t1")
# time the pages once extraction of the 10,000 files has finished (it shares the two cores)
t0=$(now)
while :; do
  left=$(files_json "$MANY" "limit=1000&offset=0" >/dev/null; curl -fsS -H "X-Dataverse-key: $TOKEN" \
    "$BASE/api/datasets/:persistentId/versions/:draft/files?persistentId=$MANY&limit=1000&orderCriteria=NameZA" \
    | python3 -c 'import json,sys; print(sum(1 for f in json.load(sys.stdin)["data"] if f["dataFile"]["extraction"]["status"] in ("pending","running")))')
  [ "$left" = 0 ] && break
  sleep 2
done
t1=$(now)
EXT_MANY=$(secs "$t0" "$t1")
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # $1 url, 11 runs, median seconds
  for _ in $(seq 1 11); do curl -fsS -o /dev/null -w '%{time_total}\n' -H "X-Dataverse-key: $TOKEN" "$1"; done | median
}
PAGE=$(timed "$BASE/dataset.xhtml?persistentId=$MANY")
FIRST=$(timed "$BASE/api/datasets/:persistentId/versions/:draft/files?persistentId=$MANY&limit=25")
DEEP=$(timed "$BASE/api/datasets/:persistentId/versions/:draft/files?persistentId=$MANY&limit=25&offset=9975")
SORTED=$(timed "$BASE/api/datasets/:persistentId/versions/:draft/files?persistentId=$MANY&limit=25&orderCriteria=Size")
FILTERED=$(timed "$BASE/api/datasets/:persistentId/versions/:draft/files?persistentId=$MANY&limit=25&searchText=note-0999")
echo "one more" > "$WORK/one-more.txt"
t0=$(now); upload "$MANY" "$WORK/one-more.txt" '{}'; t1=$(now)
ONE_MORE=$(secs "$t0" "$t1")

RATIO=$(echo "scale=2; $DISK / $UP" | bc)
MBPS_DISK=$(echo "scale=0; $SIZE_MB / $DISK" | bc)
MBPS_UP=$(echo "scale=0; $SIZE_MB / $UP" | bc)
cat <<REPORT

Deposit benchmark ($(nproc) cores, $(date -u +%Y-%m-%d))
| measure | result |
|---|---|
| raw disk write, ${SIZE_MB} MiB (dd, fsync) | ${DISK} s (${MBPS_DISK} MiB/s) |
| upload through the API, same file | ${UP} s (${MBPS_UP} MiB/s) |
| upload / disk speed | ${RATIO} |
| server heap, peak during the upload | ${HEAP_PEAK} MB |
| server resident memory, before / peak during the upload | $((RSS0 / 1024)) / ${RSS_PEAK} MB |
| extraction of 1,000 transcripts (txt, vtt, docx, pdf) | ${EXT_SECS} s ($(echo "scale=1; 1000 / $EXT_SECS" | bc) files/s, ${EXT_FAILED} failed) |
| 10,000 files added as one zip (unpack, checksum, detect, store) | ${UNZIP} s |
| their extraction finished (after the upload answered) | ${EXT_MANY} s later |
| dataset page with 10,000 files (median of 11) | ${PAGE} s |
| file table, first page of 25 | ${FIRST} s |
| file table, last page (offset 9,975) | ${DEEP} s |
| file table, sorted by size | ${SORTED} s |
| file table, filtered by name | ${FILTERED} s |
| adding one more file to the 10,000-file dataset | ${ONE_MORE} s |
REPORT
