#!/usr/bin/env bash
# 250 simulated users at once for 10 minutes, generated with wrk on this machine: readers browsing
# pages, searching and downloading, requesters asking for a restricted file, curators granting
# access. Each kind of user is one wrk with its share of the connections, so p50/p99 come per kind.
# Reports errors (anything but 2xx/3xx, timeouts, broken sockets) and the server's resident memory.
# Usage: bench/load-test.sh [seconds=600] [connections=250]   (from the project root; needs wrk)
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-600}
USERS=${2:-250}
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)"; exit 2; }
export SAMLING_HOME=${SAMLING_HOME:-$(mktemp -d /tmp/samling-load.XXXX)}
. bench/lib/server.sh
WORK=$(mktemp -d /tmp/load-work.XXXX)
WRKS=()
trap 'kill "${WRKS[@]}" 2>/dev/null; stop_samling; rm -rf "$WORK"' EXIT

start_samling || exit 1
TOKEN=$(admin_token); KEY=$(cat "$SAMLING_HOME/builtin-users.key")
PUB=$(curl -fsS "$BASE/api/search?q=resiliens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["items"][0]["global_id"])')
curl -fsS "$BASE/api/datasets/:persistentId/?persistentId=$PUB" >"$WORK/ds.json"
read -r PUBFILE RESFILE <<<"$(python3 -c '
import json
files = json.load(open("'"$WORK/ds.json"'"))["data"]["latestVersion"]["files"]
pub = [f["dataFile"]["id"] for f in files if not f["restricted"]][0]
res = [f["dataFile"]["id"] for f in files if f["restricted"]][0]
print(pub, res)')"
# requesters: 50 accounts; readers with a grant: 10 of them
for i in $(seq 1 50); do
  curl -fsS -X POST -H 'Content-Type: application/json' "$BASE/api/builtin-users?password=Load-pass-123&key=$KEY" \
    -d "{\"userName\":\"load$i\",\"firstName\":\"Load\",\"lastName\":\"$i\",\"email\":\"load$i@example.org\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["apiToken"])' >>"$WORK/tokens"
done
head -10 "$WORK/tokens" | while read -r t; do
  curl -fsS -o /dev/null -X PUT -H "X-Dataverse-key: $t" "$BASE/api/access/datafile/$RESFILE/requestAccess"; done
for i in $(seq 1 10); do curl -fsS -o /dev/null -X PUT -H "X-Dataverse-key: $TOKEN" "$BASE/api/access/datafile/$RESFILE/grantAccess/@load$i"; done

lua_paths() { # $1 name, then paths: one wrk that cycles through them, with optional token list
  local name=$1; shift
  { echo 'local paths = {'; printf '"%s",\n' "$@"; echo '}'
    echo 'local tokens = {}'
    [ -n "${TOKENS:-}" ] && while read -r t; do echo "tokens[#tokens + 1] = \"$t\""; done <"$TOKENS"
    echo 'local i = 0'
    echo 'request = function()'
    echo '  i = i + 1'
    echo '  local headers = {}'
    echo '  if #tokens > 0 then headers["X-Dataverse-key"] = tokens[i % #tokens + 1] end'
    echo "  return wrk.format(\"${METHOD:-GET}\", paths[i % #paths + 1], headers)"
    echo 'end'; } >"$WORK/$name.lua"
}
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
P=$(enc "$PUB")
lua_paths browsing "/" "/dataset.xhtml?persistentId=$P" "/file.xhtml?fileId=$PUBFILE" "/dataverse/root" \
  "/dataset.xhtml?persistentId=$P&rows=25&sort=size"
lua_paths searching "/api/search?q=resiliens" "/search.xhtml?q=selvhjelp" "/api/search?q=mutual%20aid" "/api/search?q=*"
lua_paths downloading "/api/access/datafile/$PUBFILE" "/api/datasets/:persistentId/?persistentId=$P"
head -10 "$WORK/tokens" >"$WORK/granted"
TOKENS="$WORK/granted" lua_paths granted "/api/access/datafile/$RESFILE" "/file.xhtml?fileId=$RESFILE"
TOKENS="$WORK/tokens" METHOD=PUT lua_paths requesting "/api/access/datafile/$RESFILE/requestAccess"
echo "$TOKEN" >"$WORK/admin"; seq 11 50 | sed 's/^/@load/' >"$WORK/who"
{ echo 'local i = 0'; echo "local token = \"$TOKEN\""; echo 'request = function()'; echo '  i = i % 40 + 11'
  echo "  return wrk.format(\"PUT\", \"/api/access/datafile/$RESFILE/grantAccess/@load\" .. i, {[\"X-Dataverse-key\"] = token})"
  echo 'end'; } >"$WORK/granting.lua"

# warm up, then the run; connections shared out as people use a repository
wrk -t1 -c10 -d20s -s "$WORK/browsing.lua" "$BASE" >/dev/null 2>&1
share() { echo $(( USERS * $1 / 100 > 0 ? USERS * $1 / 100 : 1 )); }
declare -A CONN=([browsing]=$(share 40) [searching]=$(share 20) [downloading]=$(share 16) [granted]=$(share 10)
                 [requesting]=$(share 8) [granting]=$(share 6))
peak=0 WRKS=()
for kind in browsing searching downloading granted requesting granting; do
  wrk -t1 -c"${CONN[$kind]}" -d"${SECONDS_RUN}s" --timeout 30s --latency -s "$WORK/$kind.lua" "$BASE" >"$WORK/$kind.out" 2>&1 & WRKS+=($!)
done
end=$((SECONDS + SECONDS_RUN))
while [ $SECONDS -lt $end ]; do r=$(rss_mb); [ "$r" -gt "$peak" ] && peak=$r; sleep 5; done
wait "${WRKS[@]}" 2>/dev/null
echo
echo "load: $USERS connections for $SECONDS_RUN s (wrk, one per kind of user, on this machine)"
printf '  %-12s %5s %9s %8s %8s %8s %7s\n' kind conns requests req/s p50 p99 errors
errors_total=0
for kind in browsing searching downloading granted requesting granting; do
  f="$WORK/$kind.out"
  req=$(awk '/requests in/ {print $1}' "$f"); rps=$(awk '/Requests\/sec/ {print $2}' "$f")
  p50=$(awk '$1 == "50%" {print $2}' "$f"); p99=$(awk '$1 == "99%" {print $2}' "$f")
  err=$(awk -F'[:,]' '/Non-2xx/ {s += $2} /Socket errors/ {for (i = 2; i <= NF; i++) {gsub(/[^0-9]/, "", $i); s += $i}} END {print s + 0}' "$f")
  errors_total=$((errors_total + err))
  printf '  %-12s %5s %9s %8s %8s %8s %7s\n' "$kind" "${CONN[$kind]}" "$req" "$rps" "$p50" "$p99" "$err"
done
echo "  errors: $errors_total; resident memory of the server: peak $peak MB, now $(rss_mb) MB"
[ "$errors_total" = 0 ] && [ "$peak" -lt 1024 ]
