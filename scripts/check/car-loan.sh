#!/usr/bin/env bash
# Runs Almanac week by week on NannyML's public car-loan benchmark (a one-step input shift) and
# checks its verdicts: see car_loan.py. NannyML comes from PyPI into .venv-check/, only for its
# data; it never runs inside Almanac.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.venv-check
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r scripts/check/requirements.txt
fi
swift build -c release --product almanac >&2
work=.build/check/car-loan
rm -rf "$work"
"$venv/bin/python" scripts/check/car_loan.py .build/release/almanac "$work"
