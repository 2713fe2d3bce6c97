#!/usr/bin/env bash
# Cross-checks Almanac's drift figures against Evidently, the open-source tool whose defaults
# DESIGN.md follows, on the demo's credit-default model:
#   1. the full reference (6,000 rows): Wasserstein and Jensen-Shannon distances;
#   2. a 600-row reference: Kolmogorov-Smirnov and chi-square p-values.
# Every feature's score and verdict, and the model's drift share, must agree to relative 1e-9.
# Evidently runs from a virtual environment in .venv-crosscheck/ (never at run time).
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.venv-crosscheck
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r scripts/crosscheck/requirements.txt
fi
swift build -c release --product almanac >&2
work=.build/crosscheck
rm -rf "$work"
.build/release/almanac demo --work "$work/data" --output "$work/full" --format json >/dev/null
head -n 601 "$work/data/credit-default/reference.csv" >"$work/data/credit-default/reference-600.csv"
sed 's|reference: credit-default/reference.csv|reference: credit-default/reference-600.csv|' \
  "$work/data/almanac.yml" >"$work/data/small.yml"
.build/release/almanac report -c "$work/data/small.yml" --period 2026-W47 --format json \
  --output "$work/small" >/dev/null
"$venv/bin/python" scripts/crosscheck/evidently_drift.py "$work/data" \
  "$work/full/2026-W47/report.json" credit-default/reference.csv \
  "$work/small/2026-W47/report.json" credit-default/reference-600.csv
