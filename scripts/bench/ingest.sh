#!/usr/bin/env bash
# Measures the ingest reader against pandas on the same synthetic export.
#
#   scripts/bench/ingest.sh            1,000,000 rows x 25 columns (about 150 MB)
#   ROWS=200000 scripts/bench/ingest.sh
#
# Generates the file once (fixed seed) under .build/bench/, builds almanac-bench in release
# mode, parses the file into typed columns on one core and on two, three runs each, and prints
# MB/s of wall time, MB per CPU-second (with one core, the single-core speed even on a busy
# machine) and peak resident memory (/usr/bin/time -v). Then times pandas.read_csv on the same
# file from a venv in .venv/ (created on first use, pandas pinned below).
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${ROWS:-1000000}
runs=${RUNS:-3}
pandas_version=3.1.1
folder=.build/bench
file="$folder/export-$rows.csv"
mkdir -p "$folder"

swift build -c release --product almanac-bench >&2
bench=.build/release/almanac-bench
if [ ! -f "$file" ]; then
  echo "generating $file" >&2
  "$bench" generate "$file" "$rows"
fi
echo "file: $file ($(wc -c <"$file") bytes, $rows rows)"

peak() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }

for concurrency in 1 2; do
  for run in $(seq "$runs"); do
    /usr/bin/time -v "$bench" read "$file" "$concurrency" >"$folder/out" 2>"$folder/time"
    speed=$(sed -n 's/.* mb_per_s=\([0-9.]*\).*/\1/p' "$folder/out")
    cpu=$(sed -n 's/.*mb_per_cpu_s=\([0-9.]*\).*/\1/p' "$folder/out")
    typed=$(sed -n 's/.*typed_bytes=\([0-9]*\).*/\1/p' "$folder/out")
    printf 'almanac  cores=%s run=%s  %6.1f MB/s (%6.1f per CPU-second)  peak RSS %6s MiB  typed columns %.1f MiB\n' \
      "$concurrency" "$run" "$speed" "$cpu" "$(peak "$folder/time")" "$(echo "$typed / 1048576" | bc -l)"
  done
done
grep -E '^rows=' "$folder/out"

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import pandas" 2>/dev/null; then
  echo "creating .venv with pandas $pandas_version" >&2
  python3 -m venv .venv
  .venv/bin/pip install -q "pandas==$pandas_version" >&2
fi
for variant in default typed; do
  for run in $(seq "$runs"); do
    /usr/bin/time -v .venv/bin/python scripts/bench/pandas_read.py "$file" "$variant" \
      >"$folder/out" 2>"$folder/time"
    speed=$(sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p' "$folder/out")
    printf 'pandas   %-7s run=%s  %6.1f MB/s  peak RSS %6s MiB\n' "$variant" "$run" "$speed" "$(peak "$folder/time")"
  done
done
.venv/bin/python -c "import pandas; print('pandas', pandas.__version__)"
