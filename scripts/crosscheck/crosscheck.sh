#!/usr/bin/env bash
# Cross-checks Almanac's figures against the tools people already use, on the demo:
#   - drift against Evidently (whose defaults DESIGN.md follows) on credit-default's last week, with
#     the full reference (6,000 rows: Wasserstein, Jensen-Shannon) and a 600-row one (KS,
#     chi-square): every feature's method and score, and the drift share;
#   - quality against scikit-learn on 2026-W45 (all outcomes known): accuracy, precision, recall,
#     F1, ROC AUC, log loss, Brier; MAE, RMSE, MAPE, R², mean error.
# Everything must agree to relative 1e-9. The tools run from .venv-crosscheck/, never at run time.
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
.build/release/almanac report -c "$work/data/almanac.yml" --period 2026-W45 --format json \
  --output "$work/w45" >/dev/null
"$venv/bin/python" scripts/crosscheck/sklearn_metrics.py "$work/data" "$work/w45/2026-W45/report.json"
