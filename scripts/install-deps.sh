#!/usr/bin/env bash
# Installs the C libraries Almanac links against, when they are missing (Debian/Ubuntu).
# With --test-tools, also the programs some tests check with: python3 (reads messages back with
# its own MIME parser), chromium and poppler-utils (print the e-mail body and read its words),
# and the engines' servers: PostgreSQL, and Java 17 with python3-venv for Spark Connect (pyspark
# comes from PyPI, scripts/engines/spark/start.sh).
set -euo pipefail

packages=()
if [ "${1:-}" = "--test-tools" ]; then
  command -v python3 >/dev/null || packages+=(python3)
  command -v chromium >/dev/null || packages+=(chromium)
  command -v pdftotext >/dev/null || packages+=(poppler-utils)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
  command -v psql >/dev/null || packages+=(postgresql-client)
  command -v java >/dev/null || packages+=(openjdk-17-jre-headless)
  python3 -c 'import venv, ensurepip, yaml' 2>/dev/null || packages+=(python3-venv python3-yaml)
fi
pkg-config --version >/dev/null 2>&1 || packages+=(pkg-config)
pkg-config --exists xlsxwriter 2>/dev/null || packages+=(libxlsxwriter-dev)
pkg-config --exists sqlite3 2>/dev/null || packages+=(libsqlite3-dev)
pkg-config --exists zlib 2>/dev/null || packages+=(zlib1g-dev)
[ ${#packages[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing ${packages[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
