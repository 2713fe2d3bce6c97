#!/usr/bin/env bash
# Runs Almanac week by week on NannyML's public car-loan benchmark (a one-step input shift):
#   scripts/check/car-loan.sh             checks its verdicts (car_loan.py)
#   scripts/check/car-loan.sh estimates   holds back the outcomes and sets each week's estimates
#                                         beside the truth (car_loan_estimates.py)
# NannyML and scikit-learn come from PyPI into .venv-check/, only for the data and the truth; they
# never run inside Almanac.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.venv-check
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r scripts/check/requirements.txt
fi
swift build -c release --product almanac >&2
case "${1:-verdicts}" in
  verdicts) check=car_loan ;;
  estimates) check=car_loan_estimates ;;
  *) echo "usage: $0 [verdicts|estimates]" >&2; exit 2 ;;
esac
work=.build/check/car-loan-${1:-verdicts}
rm -rf "$work"
PYTHONPATH=scripts/check "$venv/bin/python" "scripts/check/$check.py" .build/release/almanac "$work"
