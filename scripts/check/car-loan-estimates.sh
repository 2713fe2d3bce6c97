#!/usr/bin/env bash
# Holds back the outcomes of NannyML's public car-loan benchmark and compares Almanac's estimated
# accuracy, precision, recall, F1 and ROC AUC with the truth week by week: see
# car_loan_estimates.py. NannyML and scikit-learn come from PyPI into .venv-check/.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.venv-check
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r scripts/check/requirements.txt
fi
swift build -c release --product almanac >&2
work=.build/check/car-loan-estimates
rm -rf "$work"
PYTHONPATH=scripts/check "$venv/bin/python" scripts/check/car_loan_estimates.py .build/release/almanac "$work"
