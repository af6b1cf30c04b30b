#!/usr/bin/env bash
# The test command: the launcher's tests, unit tests, then integration tests on Payara Micro against a real
# PostgreSQL (embedded, started by the tests) and browser tests in headless Chromium.
# Installs Debian's Chromium and ChromeDriver first if they are missing, and Node.js with npm (the
# official Dataverse JavaScript client runs under it in DataverseClientIT, installed from npm by the test).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing Chromium and ChromeDriver for the browser tests ..."
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js and npm for the Dataverse client compatibility tests ..."
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm
fi

# the run script's launcher (embedded PostgreSQL settings) has its own small build
mvn -B -q -f deploy/launcher/pom.xml verify
exec mvn -B verify "$@"
