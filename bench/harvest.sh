#!/usr/bin/env bash
# Harvesting at archive scale (issue "Findable and citable from outside"). Fills a fresh Samling
# with the generated archive of bench/search-archive.sql (by default 100,000 published datasets in
# about 230 collections, about 1,000,000 files) and runs a full OAI-PMH ListRecords harvest in
# oai_dc and in oai_ddi, page by page through the resumption tokens, twice:
#   - first when no export is kept yet (each record is computed on the way);
#   - then again from the kept exports.
# It reports records/s, the slowest page, and the server's resident memory during the harvest.
# Then it measures the anonymous landing page with wrk, with its JSON-LD, citation_* tags and
# Signposting (compare with the same page in bench/read-benchmark.sh on an older build).
# Usage: bench/harvest.sh [datasets=100000] [seconds for wrk=15]  (needs wrk, psql, python3)
# Keeps its home (printed), so a second run can reuse the archive: BENCH_HOME=... REUSE=1
set -uo pipefail
cd "$(dirname "$0")/.."
DATASETS=${1:-100000}
SECONDS_RUN=${2:-15}
BIG=${BIG:-100000}; [ "$BIG" -gt "$DATASETS" ] && BIG=$DATASETS
PORT=${BENCH_PORT:-18184}
export SAMLING_HOME=${BENCH_HOME:-$(mktemp -d /tmp/samling-harvest.XXXX)}
mkdir -p "$SAMLING_HOME"
LOG=$SAMLING_HOME/server.log
. bench/lib/server.sh
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
trap stop_samling EXIT

echo "Samling home $SAMLING_HOME; starting ..."
start_samling || exit 1
RSS_START=$(rss_mb)
if [ -z "${REUSE:-}" ]; then
  echo "Generating $DATASETS datasets (one with $BIG files) ..."
  t0=$(date +%s)
  PGPASSWORD=postgres psql -h localhost -p "$(pg_port)" -U postgres -d samling -q -v ON_ERROR_STOP=1 \
    -v datasets="$DATASETS" -v big="$BIG" -v texts="${TEXTS:-1000}" -v words=50 -f bench/search-archive.sql || exit 1
  # the generator inserts published datasets directly; the triggers keep oai_record on changes only
  pg "insert into oai_record (dataset_id, collection_id, identifier, modified_at, deleted)
      select d.id, d.collection_id, d.protocol || ':' || d.authority || '/' || d.identifier,
             coalesce(v.release_time, d.modified_at), false
      from dataset d join dataset_version v on v.id = d.released_version_id
      on conflict (dataset_id) do nothing" >/dev/null
  pg "vacuum analyze oai_record" >/dev/null
  echo "  generated in $(( $(date +%s) - t0 )) s"
fi
echo "archive: $(pg "select count(*) from oai_record") OAI records, $(pg "select count(*) from datafile") files,"\
 "$(pg "select count(*) from collection") collections"

harvest() { # PREFIX: harvests to the end, prints "records pages seconds slowest-page-ms max-rss-MB"
  python3 - "$BASE" "$1" "$(server_pid)" <<'PY'
import re, sys, time, urllib.parse, urllib.request
base, prefix, pid = sys.argv[1], sys.argv[2], sys.argv[3]
def rss():
    try:
        return int(open("/proc/%s/status" % pid).read().split("VmRSS:")[1].split()[0]) // 1024
    except Exception:
        return 0
query = "verb=ListRecords&metadataPrefix=" + prefix
records = pages = 0; slowest = 0.0; top = rss(); t0 = time.time()
while True:
    t = time.time()
    body = urllib.request.urlopen(base + "/oai?" + query, timeout=600).read().decode("utf-8")
    slowest = max(slowest, time.time() - t); pages += 1
    if "<error" in body and 'code="noRecordsMatch"' not in body:
        sys.exit("error on page %d: %s" % (pages, body[:300]))
    records += body.count("<record>")
    if pages % 50 == 0:
        top = max(top, rss())
        print("  %s: %d records, %d pages, %.0f records/s" % (prefix, records, pages, records / (time.time() - t0)),
              file=sys.stderr)
    token = re.search(r"<resumptionToken[^>]*>([^<]+)</resumptionToken>", body)
    if not token:
        break
    query = "verb=ListRecords&resumptionToken=" + urllib.parse.quote(token.group(1), safe="")
print(records, pages, round(time.time() - t0, 1), round(slowest * 1000), max(top, rss()))
PY
}
report() { # LABEL RESULT
  set -- "$1" $2
  echo "$1: $2 records in $4 s = $(python3 -c "print(round($2 / max($4, 0.1)))") records/s, $3 pages, slowest page $5 ms, RSS up to $6 MB"
}
for prefix in oai_dc oai_ddi; do
  report "$prefix, computing each export" "$(harvest $prefix)"
  report "$prefix, from the kept exports" "$(harvest $prefix)"
done
echo "kept exports: $(pg "select count(*) from version_export"), $(pg "select pg_size_pretty(pg_total_relation_size('version_export'))")"

PID=$(pg "select o.identifier from oai_record o order by o.dataset_id limit 1")
URL="$BASE/dataset.xhtml?persistentId=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$PID")"
curl -s -D - -o /dev/null "$URL" | grep -i '^link:' | cut -c1-200
wrk -t1 -c10 -d5s "$URL" >/dev/null
echo "landing page (JSON-LD, citation_* tags, Signposting), 10 connections:"
wrk -t1 -c10 -d"${SECONDS_RUN}s" --latency "$URL" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "RSS at start $RSS_START MB, now $(rss_mb) MB"
