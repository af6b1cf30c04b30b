#!/usr/bin/env bash
# Backs up a running archive (pg_dump of the database, then a copy of files/store and the secrets)
# the way docs/operations.md describes, restores it into a fresh SAMLING_HOME, starts Samling
# there and proves that every file's bytes match their checksums and every grant survived,
# down to a grant holder downloading their restricted transcript.
# Usage: bench/backup-restore.sh   (from the project root; needs PostgreSQL 15's client tools,
# Debian: postgresql-client-15, since the embedded server ships without pg_dump)
set -uo pipefail
cd "$(dirname "$0")/.."
SOURCE_HOME=${SAMLING_HOME:-$(mktemp -d /tmp/samling-backup-source.XXXX)}
TARGET_HOME=$(mktemp -d /tmp/samling-backup-target.XXXX)
BACKUP=$(mktemp -d /tmp/samling-backup.XXXX)
export SAMLING_HOME=$SOURCE_HOME
. bench/lib/server.sh
CLIENT=$(dirname "$(command -v pg_dump 2>/dev/null || ls /usr/lib/postgresql/15/bin/pg_dump 2>/dev/null)")
[ -x "$CLIENT/pg_dump" ] || { echo "needs pg_dump 15 (Debian: apt-get install postgresql-client-15)"; exit 2; }
trap 'stop_samling; rm -rf "$BACKUP"' EXIT

start_samling || exit 1
TOKEN=$(admin_token)
KEY=$(cat "$SAMLING_HOME/builtin-users.key")
PUB=$(curl -fsS "$BASE/api/search?q=resiliens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["items"][0]["global_id"])')
FILE=$(curl -fsS "$BASE/api/datasets/:persistentId/?persistentId=$PUB" | python3 -c '
import json,sys
print([f["dataFile"]["id"] for f in json.load(sys.stdin)["data"]["latestVersion"]["files"] if f["restricted"]][0])')
READER=$(curl -fsS -X POST -H 'Content-Type: application/json' "$BASE/api/builtin-users?password=Backup-pass-1&key=$KEY" \
  -d '{"userName":"backupreader","firstName":"Back","lastName":"Up","email":"backup@example.org"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["apiToken"])')
curl -fsS -o /dev/null -X PUT -H "X-Dataverse-key: $READER" "$BASE/api/access/datafile/$FILE/requestAccess"
curl -fsS -o /dev/null -X PUT -H "X-Dataverse-key: $TOKEN" "$BASE/api/access/datafile/$FILE/grantAccess/@backupreader"
pg "select id, storage_key, sha256 from datafile order by id" >"$BACKUP/files.before"
pg "select id, user_id, datafile_id, expires_at from access_grant where revoked_at is null order by id" >"$BACKUP/grants.before"

# the backup: the database first (consistent by itself), then the bytes (never deleted while rows
# name them, so everything the dump names is in the copy), then the secrets
started=$(date +%s.%N)
PGPASSWORD=postgres "$CLIENT/pg_dump" -h localhost -p "$(pg_port)" -U postgres -Fc -f "$BACKUP/samling.dump" samling
tar -C "$SAMLING_HOME" -cf "$BACKUP/files.tar" files/store admin.token admin.password builtin-users.key
took=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
BIN=$(pg_bin)
stop_samling

# the restore, into a fresh home: an empty PostgreSQL data folder, the dump, the bytes
started=$(date +%s.%N)
mkdir -p "$TARGET_HOME/pgdata"; chmod 700 "$TARGET_HOME/pgdata"
as_pg_owner "$TARGET_HOME/pgdata" "$BIN/initdb" -D "$TARGET_HOME/pgdata" -U postgres -A trust -E UTF-8 >/dev/null
as_pg_owner "$TARGET_HOME/pgdata" "$BIN/pg_ctl" -D "$TARGET_HOME/pgdata" -o "-p 18199 -c listen_addresses=localhost" -w -l "$BACKUP/pg.log" start >/dev/null
"$CLIENT/createdb" -h localhost -p 18199 -U postgres -E UTF8 -T template0 samling
"$CLIENT/pg_restore" -h localhost -p 18199 -U postgres -d samling "$BACKUP/samling.dump"
as_pg_owner "$TARGET_HOME/pgdata" "$BIN/pg_ctl" -D "$TARGET_HOME/pgdata" -w stop >/dev/null
tar -C "$TARGET_HOME" -xf "$BACKUP/files.tar"
restored=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")

export SAMLING_HOME=$TARGET_HOME
start_samling || exit 1
pg "select id, storage_key, sha256 from datafile order by id" >"$BACKUP/files.after"
pg "select id, user_id, datafile_id, expires_at from access_grant where revoked_at is null order by id" >"$BACKUP/grants.after"
fixity=$(curl -fsS -X POST -H "X-Dataverse-key: $TOKEN" "$BASE/api/admin/jobs/fixity")
valid=$(pg "select count(*) from datafile where fixity_status = 'VALID'")
rows=$(pg "select count(*) from datafile")
download=$(curl -s -o "$BACKUP/t" -w '%{http_code}' -H "X-Dataverse-key: $READER" "$BASE/api/access/datafile/$FILE")
expected=$(grep "^$FILE|" "$BACKUP/files.before" | cut -d'|' -f3)
echo
echo "backup and restore: $(wc -l <"$BACKUP/files.before") files, $(wc -l <"$BACKUP/grants.before") grants in force"
echo "  backup: $took s (dump $(du -h "$BACKUP/samling.dump" | cut -f1), files $(du -h "$BACKUP/files.tar" | cut -f1)); restore: $restored s"
echo "  files: same rows $(cmp -s "$BACKUP/files.before" "$BACKUP/files.after" && echo yes || echo NO); fixity $valid of $rows valid ($fixity)"
echo "  grants: same $(cmp -s "$BACKUP/grants.before" "$BACKUP/grants.after" && echo yes || echo NO); the holder downloads: $download"
[ "$valid" = "$rows" ] && cmp -s "$BACKUP/files.before" "$BACKUP/files.after" && cmp -s "$BACKUP/grants.before" "$BACKUP/grants.after" \
  && [ "$download" = 200 ] && [ "$(sha256sum "$BACKUP/t" | cut -d' ' -f1)" = "$expected" ]
