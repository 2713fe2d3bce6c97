#!/usr/bin/env bash
# Kills `almanac report` at random moments and checks that every kill left the previous reports (or
# the new ones) whole and a history database that passes `PRAGMA integrity_check` with all or none
# of the run.
#
#   scripts/crash/crash-test.sh          25 kills on a 300,000-row workload
#   KILLS=50 ROWS=1000000 scripts/crash/crash-test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

kills=${KILLS:-25}
rows=${ROWS:-300000}
folder=.build/crash-test
rm -rf "$folder"
mkdir -p "$folder"

swift build -c release --product almanac-bench >&2
swift build -c release --product almanac >&2
.build/release/almanac-bench generate-report "$folder" "$rows"
almanac=.build/release/almanac
config="$folder/almanac.yml"

# One whole run: the previous reports and history every kill is checked against.
start=$(date +%s%N)
"$almanac" report -c "$config" >/dev/null
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "an uninterrupted run takes ${duration_ms} ms; killing at random moments within 110% of it"

for kill in $(seq "$kills"); do
  sleep 1  # a new second, so each run's generated_at differs from the last
  delay_ms=$(( RANDOM % (duration_ms * 11 / 10 + 1) ))
  "$almanac" report -c "$config" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' "$delay_ms")"
  kill -9 "$pid" 2>/dev/null && state=killed || state=finished
  wait "$pid" 2>/dev/null || true
  verdict=$(python3 scripts/crash/check_state.py "$folder")
  printf 'kill %2d at %4d ms (%s): %s\n' "$kill" "$delay_ms" "$state" "$verdict"
  case "$verdict" in ok*) ;; *) exit 1 ;; esac
done
echo "all $kills kills left whole reports and a sound history"
