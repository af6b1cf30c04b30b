#!/usr/bin/env bash
# Search at archive scale (issue "Search and discovery"): fills a fresh Samling with a generated
# archive (bench/search-archive.sql: by default 100,000 published datasets in 229 collections,
# about 1,000,000 files, 200,000 extracted texts in Swedish, Norwegian and English, 30 % of the
# files restricted, 2 % embargoed), rebuilds the search index (timed), then measures with wrk
# (10 connections, 1 thread, $SECONDS_RUN s after a warm-up of the whole server, $WARMUP s (60), and one
# of 5 s for each request) every query kind as an anonymous reader, a grant holder and a curator, the home and collection pages, and the server's memory.
# Usage: bench/search-scale.sh [seconds per measurement=15] [datasets=100000]   (needs wrk, psql)
# Keeps its home (SAMLING_HOME, printed) so a second run can reuse the archive: BENCH_HOME=... REUSE=1
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-15}
DATASETS=${2:-100000}
BIG=${BIG:-$((DATASETS / 1))}; [ "$BIG" -gt 100000 ] && BIG=100000
TEXTS=${TEXTS:-$((DATASETS * 2))}
WORDS=${WORDS:-300}
PORT=${BENCH_PORT:-18183}
export SAMLING_HOME=${BENCH_HOME:-$(mktemp -d /tmp/samling-search.XXXX)}
# PostgreSQL's own page cache holds the index rows searches read (about 1.6 GB at 1,000,000 files);
# with 128MB they came from the disk whenever the host had dropped its file cache
export SAMLING_DB_SHARED_BUFFERS=${SAMLING_DB_SHARED_BUFFERS:-2GB}
mkdir -p "$SAMLING_HOME"
LOG=$SAMLING_HOME/server.log
. bench/lib/server.sh
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
trap stop_samling EXIT
WORK=$(mktemp -d /tmp/search-bench.XXXX)

echo "Samling home $SAMLING_HOME; starting ..."
start_samling || exit 1
ADM=$(admin_token); KEY=$(cat "$SAMLING_HOME/builtin-users.key")
RSS_DEMO=$(rss_mb)
if [ -z "${REUSE:-}" ]; then
  echo "Generating $DATASETS datasets (one with $BIG files), $TEXTS texts of $WORDS words ..."
  t0=$(date +%s)
  PGPASSWORD=postgres psql -h localhost -p "$(pg_port)" -U postgres -d samling -q -v ON_ERROR_STOP=1 \
    -v datasets="$DATASETS" -v big="$BIG" -v texts="$TEXTS" -v words="$WORDS" -f bench/search-archive.sql || exit 1
  GENERATED=$(( $(date +%s) - t0 ))
  echo "  generated in $GENERATED s"
  t0=$(date +%s)
  curl -fsS -o /dev/null -X POST -H "X-Dataverse-key: $ADM" "$BASE/api/admin/index"
  while :; do
    s=$(curl -fsS -H "X-Dataverse-key: $ADM" "$BASE/api/admin/index/status")
    echo "$s" | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print("  rebuild %(percent)s %% (%(done)s of %(total)s), %(documents)s rows" % d)'
    echo "$s" | grep -q '"rebuilding":false' && break
    sleep 15
  done
  REBUILD=$(( $(date +%s) - t0 ))
  echo "  index rebuilt in $REBUILD s"
  pg "vacuum analyze search_doc" >/dev/null
fi
echo "archive: $(pg "select count(*) from dataset") datasets, $(pg "select count(*) from datafile") files,"\
 "$(pg "select count(*) from file_text") texts, $(pg "select count(*) from collection") collections,"\
 "index $(pg "select count(*) from search_doc") rows, $(pg "select pg_size_pretty(pg_total_relation_size('search_doc'))"),"\
 "database $(pg "select pg_size_pretty(pg_database_size('samling'))")"
# read the index into that cache first, and every other table (the texts' snippets, their TOAST) into the host's
# file cache, as a server that has been running would have them: on a fresh host a computed search otherwise
# read the texts from the disk, 0.1 ms a page
pg "create extension if not exists pg_prewarm" >/dev/null 2>&1 && echo "read $(pg "select pg_size_pretty(8192 * sum(pg_prewarm(c.oid::regclass, 'read')))
  from pg_class c where c.relkind in ('r', 'i', 't', 'm') and c.relpersistence = 'p' and pg_relation_size(c.oid) > 0") into the file cache;"\
 "prewarmed $(pg "select pg_size_pretty(8192 * sum(pg_prewarm(c.oid::regclass)))
  from pg_class c where c.relname like 'search_doc%' and c.relkind in ('r', 'i')") of the index, shared_buffers $(pg "show shared_buffers")"

user() { curl -fsS -X POST -H 'Content-Type: application/json' "$BASE/api/builtin-users?password=Bench-pass-123&key=$KEY" \
  -d "{\"userName\":\"$1\",\"firstName\":\"Bench\",\"lastName\":\"$1\",\"email\":\"$1@example.org\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["apiToken"])'; }
HOLDER=$(user "holder$RANDOM"); CURATOR_NAME="curator$RANDOM"; CURATOR=$(user "$CURATOR_NAME")
curl -fsS -o /dev/null -X POST -H "X-Dataverse-key: $ADM" -H 'Content-Type: application/json' \
  "$BASE/api/dataverses/root/assignments" -d "{\"assignee\":\"@$CURATOR_NAME\",\"role\":\"curator\"}"
HOLDER_ID=$(pg "select id from app_user order by id desc limit 1 offset 1")
# the holder: grants on 1,000 restricted files with text, among them the restricted-only word's
pg "insert into access_grant (user_id, datafile_id, dataset_id, expires_at)
    select $HOLDER_ID, f.id, f.dataset_id, now() + interval '30 days' from datafile f
      join file_text t on t.datafile_id = f.id join file_metadata fm on fm.datafile_id = f.id and fm.access = 'RESTRICTED'
     order by (t.content like '%återfallsprevention%') desc, f.id limit 1000" >/dev/null

count() { # total_count of a search, or -1 when it failed (a 503 after the statement timeout)
  local header=(); [ -n "${2:-}" ] && header=(-H "X-Dataverse-key: $2")
  curl -sS "${header[@]}" "$BASE/api/search?per_page=0&$1" | python3 -c 'import json,sys
try: print(json.load(sys.stdin)["data"]["total_count"])
except Exception: print(-1)'; }
# words by how many datasets and files they find: the most common, one near 8,000, one near 8
pick() { # $1 target count; prints the candidate word nearest to it
  local best="" bestd=999999999 w n d
  for w in $CANDIDATES; do n=$(count "q=$w" ""); d=$(( n > $1 ? n - $1 : $1 - n )); [ $d -lt $bestd ] && { best=$w; bestd=$d; }; done
  echo "$best"; }
CANDIDATES=$(pg "select w from (select word w from search_word where word ~ '^[a-zåäöæø]{4,}$' order by md5(word) limit 60) x")
COMMON=och; MID=$(pick 8000); RARE=$(pick 8); SECRET=%C3%A5terfallsprevention   # återfallsprevention, percent-encoded as a browser sends it
SUBJECT=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("subject:\"Social Sciences\""))')
YEAR=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("publicationDate:\"2020\""))')
TYPE=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("fileType:\"PDF\""))')
AREA=$(pg "select alias from collection where alias = 'area6'")
echo "words: common '$COMMON' ($(count "q=$COMMON")), mid '$MID' ($(count "q=$MID")), rare '$RARE' ($(count "q=$RARE")),"\
 "restricted-only '$SECRET' (anonymous $(count "q=$SECRET"), holder $(count "q=$SECRET" "$HOLDER"))"

run() { # $1 label, $2 path, $3 token (optional)
  local lua="$WORK/r.lua"
  local header=""
  [ -n "${3:-}" ] && header=", {['X-Dataverse-key'] = '$3'}"
  echo "request = function() return wrk.format('GET', '$2'$header) end" >"$lua"
  wrk -t1 -c10 -d5s -s "$lua" "$BASE" >/dev/null 2>&1
  wrk -t1 -c10 -d"${SECONDS_RUN}s" --timeout 30s --latency -s "$lua" "$BASE" >"$WORK/out" 2>&1
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out"); p50=$(awk '$1=="50%" {print $2}' "$WORK/out")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/out"); non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/out")
  printf '| %-44s | %-9s | %8s | %8s | %8s | %s |\n' "$1" "${4:-}" "$rps" "$p50" "$p99" "${non2xx:-0}"
}
# a different word on each request, so no answer is kept from an earlier one: what a search costs computed
VARIED="$WORK/varied.lua"
{ printf 'words = {'; pg "select string_agg('\"' || word || '\"', ',') from (select word from search_word
    where word ~ '^[a-z]{6,}$' order by md5(word) limit 2000) w"; printf '}\ni = 0\n'
  echo "request = function() i = i + 1; return wrk.format('GET', '/api/search?q=' .. words[(i % #words) + 1]__HEADER__) end"; } >"$VARIED"
varied() { # $1 label, $2 token (optional)
  local lua="$WORK/v.lua" header=""
  [ -n "${2:-}" ] && header=", {['X-Dataverse-key'] = '$2'}"
  sed "s/__HEADER__/$header/" "$VARIED" >"$lua"
  wrk -t1 -c10 -d"${SECONDS_RUN}s" --timeout 30s --latency -s "$lua" "$BASE" >"$WORK/out" 2>&1
  printf '| %-44s | %-9s | %8s | %8s | %8s | %s |\n' "$1" "${3:-}" "$(awk '/Requests\/sec/ {print $2}' "$WORK/out")" \
    "$(awk '$1=="50%" {print $2}' "$WORK/out")" "$(awk '$1=="99%" {print $2}' "$WORK/out")" "$(awk '/Non-2xx/ {print $NF}' "$WORK/out")"
}
# the server's code compiled before anything is measured: cold, a page cost twice what it costs after a minute
WARM="$WORK/warm.lua"
{ echo "paths = {'/search.xhtml?q=$MID', '/dataverse/root', '/', '/dataverse/$AREA', '/api/search?q=$COMMON&show_facets=true',"
  echo "  '/api/search?q=*', '/search.xhtml?q=$RARE&fq=$SUBJECT'}"
  echo "i = 0"
  echo "request = function() i = i + 1; return wrk.format('GET', paths[(i % #paths) + 1]) end"; } >"$WARM"
wrk -t1 -c10 -d"${WARMUP:-60}s" -s "$WARM" "$BASE" >/dev/null 2>&1
echo
echo "| request | caller | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
peak=0
for who in anonymous holder curator; do
  t=""; [ $who = holder ] && t=$HOLDER; [ $who = curator ] && t=$CURATOR
  run "/api/search?q=*" "/api/search?q=*" "$t" $who
  run "q= common word" "/api/search?q=$COMMON" "$t" $who
  run "q= mid-frequency word" "/api/search?q=$MID" "$t" $who
  run "q= rare word" "/api/search?q=$RARE" "$t" $who
  run "q= two common words" "/api/search?q=$COMMON%20$MID" "$t" $who
  run "q= common word, facets shown" "/api/search?q=$COMMON&show_facets=true" "$t" $who
  run "q= common word, subject + year selected" "/api/search?q=$COMMON&show_facets=true&fq=$SUBJECT&fq=$YEAR" "$t" $who
  run "q= common word, files of a type" "/api/search?q=$COMMON&type=file&fq=$TYPE" "$t" $who
  run "q= common word at start=50000" "/api/search?q=$COMMON&start=50000" "$t" $who
  run "q= restricted-only word" "/api/search?q=$SECRET" "$t" $who
  run "search page with facets" "/search.xhtml?q=$MID" "$t" $who
  varied "q= a different word each request" "$t" $who
  r=$(rss_mb); [ "$r" -gt "$peak" ] && peak=$r
done
run "home page /" "/" "" anonymous
run "/dataverse/root" "/dataverse/root" "" anonymous
run "a collection subtree (/dataverse/$AREA)" "/dataverse/$AREA" "" anonymous
BIGPID=$(pg "select protocol || ':' || authority || '/' || identifier from dataset where identifier = 'BENCH/1'")
run "dataset page, $BIG files" "/dataset.xhtml?persistentId=$BIGPID" "" anonymous
r=$(rss_mb); [ "$r" -gt "$peak" ] && peak=$r
echo
echo "memory: resident $RSS_DEMO MB with the demo studies after start, peak $peak MB under the search load"
[ -n "${REBUILD:-}" ] && echo "index: full rebuild $REBUILD s; archive generated in $GENERATED s"
# a publish is found at once: the time from the publish call returning to the first search that finds it
W=fresh$RANDOM$RANDOM
P=$(curl -fsS -X POST -H "X-Dataverse-key: $ADM" -H 'Content-Type: application/json' "$BASE/api/dataverses/root/datasets" \
  --data-binary "{\"datasetVersion\":{\"license\":{\"name\":\"CC BY 4.0\"},\"metadataBlocks\":{\"citation\":{\"fields\":[{\"typeName\":\"title\",\"typeClass\":\"primitive\",\"multiple\":false,\"value\":\"$W\"},{\"typeName\":\"author\",\"typeClass\":\"compound\",\"multiple\":true,\"value\":[{\"authorName\":{\"typeName\":\"authorName\",\"typeClass\":\"primitive\",\"multiple\":false,\"value\":\"Bench, B\"}}]},{\"typeName\":\"datasetContact\",\"typeClass\":\"compound\",\"multiple\":true,\"value\":[{\"datasetContactEmail\":{\"typeName\":\"datasetContactEmail\",\"typeClass\":\"primitive\",\"multiple\":false,\"value\":\"b@example.org\"}}]},{\"typeName\":\"dsDescription\",\"typeClass\":\"compound\",\"multiple\":true,\"value\":[{\"dsDescriptionValue\":{\"typeName\":\"dsDescriptionValue\",\"typeClass\":\"primitive\",\"multiple\":false,\"value\":\"x\"}}]},{\"typeName\":\"subject\",\"typeClass\":\"controlledVocabulary\",\"multiple\":true,\"value\":[\"Law\"]}]}}}}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["persistentId"])')
t0=$(date +%s.%N)
curl -fsS -o /dev/null -X POST -H "X-Dataverse-key: $ADM" "$BASE/api/datasets/:persistentId/actions/:publish?persistentId=$P&type=major"
t1=$(date +%s.%N)
n=$(count "q=$W")
echo "publish: $(echo "($t1 - $t0) * 1000 / 1" | bc) ms for the publish call; a search right after it finds $n"
rm -rf "$WORK"
