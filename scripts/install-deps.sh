#!/usr/bin/env bash
# Installs the C libraries Almanac links against, when they are missing (Debian/Ubuntu).
set -euo pipefail

packages=()
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
