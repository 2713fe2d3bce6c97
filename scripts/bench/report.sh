#!/usr/bin/env bash
# End-to-end benchmark: `almanac report` on a 1,000,000-row reference and a 1,000,000-row current
# week of one binary classifier with 20 numeric and 5 categorical features, in every format, then
# Evidently's DataDriftPreset on the same files in the same run, for the ratio.
#
#   scripts/bench/report.sh            three runs, wall time and peak memory of each, then Evidently
#   ROWS=200000 RUNS=5 scripts/bench/report.sh
#   EVIDENTLY=0 scripts/bench/report.sh   Almanac only
#
# The inputs are generated once (fixed seed) under .build/bench/report-$ROWS/. Evidently comes
# from PyPI into .venv-crosscheck/ (scripts/crosscheck/requirements.txt) on first use.
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

best_wall=""
best_peak=""
for run in $(seq "$runs"); do
  rm -rf "$folder/reports" "$folder/history.sqlite"*
  /usr/bin/time -f "%e %M" -o "$folder/time" .build/release/almanac report -c "$folder/almanac.yml" -v \
    >/dev/null 2>"$folder/log"
  read -r wall peak <"$folder/time"
  stages=$(sed -n 's/^.* debug: \([a-z]*\)[^:]*: \([0-9]*\) ms$/\1 \2 ms/p' "$folder/log" | paste -sd ',' -)
  printf 'almanac report  run=%s  %5.2f s wall  peak RSS %6.1f MiB  (%s)\n' \
    "$run" "$wall" "$(echo "$peak / 1024" | bc -l)" "$stages"
  if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then best_wall=$wall; fi
  if [ -z "$best_peak" ] || [ "$peak" -lt "$best_peak" ]; then best_peak=$peak; fi
done

[ "${EVIDENTLY:-1}" = 0 ] && exit 0
venv=.venv-crosscheck
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r scripts/crosscheck/requirements.txt
fi
/usr/bin/time -f "%e %M" -o "$folder/time" "$venv/bin/python" scripts/bench/evidently_report.py \
  "$folder" >"$folder/evidently" 2>"$folder/evidently.log"
read -r wall peak <"$folder/time"
printf 'evidently DataDriftPreset  %6.2f s wall  peak RSS %6.1f MiB  (%s)\n' \
  "$wall" "$(echo "$peak / 1024" | bc -l)" "$(cat "$folder/evidently")"
printf 'almanac (best of %s) against evidently: %.0f times faster, %.1f times less memory\n' \
  "$runs" "$(echo "$wall / $best_wall" | bc -l)" "$(echo "$peak / $best_peak" | bc -l)"
