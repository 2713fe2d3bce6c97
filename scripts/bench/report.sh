#!/usr/bin/env bash
# End-to-end benchmark: `almanac report` on a 1,000,000-row reference and a 1,000,000-row current
# week of one binary classifier with 20 numeric and 5 categorical features, in every format.
#
#   scripts/bench/report.sh            three runs, wall time and peak memory of each
#   ROWS=200000 RUNS=5 scripts/bench/report.sh
#
# The inputs are generated once (fixed seed) under .build/bench/report-$ROWS/. The target is under
# 2 seconds of wall time on the project's 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${ROWS:-1000000}
runs=${RUNS:-3}
folder=.build/bench/report-$rows
mkdir -p "$folder"

swift build -c release --product almanac-bench >&2
swift build -c release --product almanac >&2
if [ ! -f "$folder/current.csv" ]; then
  echo "generating $folder" >&2
  .build/release/almanac-bench generate-report "$folder" "$rows"
fi
echo "inputs: reference $(wc -c <"$folder/reference.csv") bytes, current $(wc -c <"$folder/current.csv") bytes, $rows rows each"

for run in $(seq "$runs"); do
  rm -rf "$folder/reports" "$folder/history.sqlite"*
  /usr/bin/time -f "%e %M" -o "$folder/time" .build/release/almanac report -c "$folder/almanac.yml" -v \
    >/dev/null 2>"$folder/log"
  read -r wall peak <"$folder/time"
  stages=$(sed -n 's/^debug: \(.*\): \([0-9]*\) ms$/\1 \2 ms/p' "$folder/log" | paste -sd ';' -)
  printf 'almanac report  run=%s  %5.2f s wall  peak RSS %6.1f MiB  (%s)\n' \
    "$run" "$wall" "$(echo "$peak / 1024" | bc -l)" "$stages"
done
