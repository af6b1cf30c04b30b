#!/usr/bin/env bash
# The anonymous landing page (dataset.xhtml of the Swedish demo study) with wrk, on this checkout
# and, when given, on another one built from an older commit (a git worktree), to compare the page
# before and after it carried schema.org JSON-LD, citation_* tags, Signposting headers, the Cite
# menu and a view count. Each server starts fresh with the demo studies.
# Usage: bench/landing-page.sh [other checkout] [seconds=15] [connections=10]
set -uo pipefail
cd "$(dirname "$0")/.."
OTHER=${1:-}
SECONDS_RUN=${2:-15}
CONNECTIONS=${3:-10}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }

measure() { # CHECKOUT LABEL
  local dir=$1 label=$2 home port=18185
  home=$(mktemp -d /tmp/samling-landing.XXXX)
  ( cd "$dir" && export PORT=$port SAMLING_HOME=$home LOG=$home/server.log && . bench/lib/server.sh 2>/dev/null \
      || { echo "no bench/lib/server.sh in $dir"; exit 1; }
    start_samling >/dev/null || exit 1
    pid=$(curl -fsS "$BASE/api/search?q=resiliens&type=dataset" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["items"][0]["global_id"])')
    url="$BASE/dataset.xhtml?persistentId=$pid"
    bytes=$(curl -s "$url" | wc -c); links=$(curl -s -D - -o /dev/null "$url" | grep -ci '^link:')
    wrk -t1 -c"$CONNECTIONS" -d5s "$url" >/dev/null
    result=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency "$url")
    echo "$label: $(echo "$result" | awk '/Requests\/sec/ {print $2}') req/s, p50 $(echo "$result" | awk '$1=="50%" {print $2}'),"\
      "p99 $(echo "$result" | awk '$1=="99%" {print $2}'), $bytes bytes, Link headers: $links, RSS $(rss_mb) MB"
    stop_samling )
  rm -rf "$home"
}

measure . "this checkout ($(git log -1 --format=%h))"
[ -n "$OTHER" ] && measure "$OTHER" "$OTHER ($(git -C "$OTHER" log -1 --format=%h))"
