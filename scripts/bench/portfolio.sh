#!/usr/bin/env bash
# Portfolio benchmark: `almanac report` on one export of 1,000 models (four in five binary
# classifiers, one in five three-class) covered by two patterns with `task: auto`, in every
# format: 1,060 rows a week and 500 reference rows per model (1.06M + 0.5M rows).
#
#   scripts/bench/portfolio.sh             three runs, wall time and peak memory of each
#   MODELS=200 RUNS=5 scripts/bench/portfolio.sh
#
# The inputs are generated once (scripts/look/portfolio.py, fixed seed) under
# .build/bench/portfolio-$MODELS/. The target is under 10 seconds on the project's 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

models=${MODELS:-1000}
runs=${RUNS:-3}
folder=.build/bench/portfolio-$models

swift build -c release --product almanac >&2
if [ ! -f "$folder/predictions.csv" ]; then
  echo "generating $folder" >&2
  python3 scripts/look/portfolio.py "$folder" "$models" 1060 500
fi
echo "inputs: logs $(wc -c <"$folder/predictions.csv") bytes, reference $(wc -c <"$folder/reference.csv") bytes, $models models"

for run in $(seq "$runs"); do
  rm -rf "$folder/reports" "$folder/history.sqlite"*
  /usr/bin/time -f "%e %M" -o "$folder/time" .build/release/almanac report -c "$folder/almanac.yml" \
    --quiet 2>"$folder/log"
  read -r wall peak <"$folder/time"
  echo "run $run: ${wall} s wall, $((peak / 1024)) MiB peak"
done
ls -l "$folder/reports/2026-W47"
