#!/usr/bin/env bash
# Starts Samling at http://localhost:${SAMLING_PORT:-8080}/ on Payara Micro.
#
# With no SAMLING_DB_URL it runs its own PostgreSQL in $SAMLING_HOME/pgdata (default ./var),
# creates the administrator on first start (API token in $SAMLING_HOME/admin.token) and loads
# the demo studies from deploy/demo. Ctrl-C or SIGTERM stops the server and its PostgreSQL.
# Builds the WAR (and this script's launcher) first when the sources are newer.
set -euo pipefail
cd "$(dirname "$0")/.."

export SAMLING_HOME=${SAMLING_HOME:-$PWD/var}
export SAMLING_PORT=${SAMLING_PORT:-8080}
WAR=target/samling.war
MICRO=target/payara-micro.jar
LAUNCHER=deploy/launcher/target/samling-launcher.jar

stale() { # $1 artifact, rest: sources
  local artifact=$1; shift
  [ ! -f "$artifact" ] || [ -n "$(find "$@" -newer "$artifact" -type f -print -quit 2>/dev/null)" ]
}

if stale "$WAR" src/main db pom.xml || [ ! -f "$MICRO" ]; then
  echo "Samling: building the WAR (mvn package) ..."
  mvn -B -q -DskipTests package
fi
if stale "$LAUNCHER" deploy/launcher/src deploy/launcher/pom.xml; then
  echo "Samling: building the launcher ..."
  mvn -B -q -f deploy/launcher/pom.xml package
fi

exec java -Xms16m -Xmx256m -XX:+UseSerialGC -jar "$LAUNCHER" "$MICRO" "$WAR" deploy/demo deploy/payara-preboot.asadmin
