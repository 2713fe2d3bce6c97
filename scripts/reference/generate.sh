#!/usr/bin/env bash
# Regenerates Tests/AlmanacMetricsTests/Reference/*.json from SciPy and scikit-learn.
# Creates .venv/ (git-ignored) with the pinned versions on first use; never needed to build or test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$root/scripts/reference/requirements.txt"
"$venv/bin/python" "$root/scripts/reference/generate.py"
