#!/usr/bin/env bash
# Fuzzes Almanac's input paths with libFuzzer and the address sanitizer (the Fuzz/ package).
#   scripts/fuzz/fuzz.sh                  every target, FUZZ_SECONDS each (60 by default)
#   FUZZ_SECONDS=10 scripts/fuzz/fuzz.sh  the short smoke CI runs
#   scripts/fuzz/fuzz.sh csv pipeline     some targets only
# Each target starts from its committed seeds in Fuzz/Corpus/<target> and the inputs earlier runs
# found (.build/fuzz/corpus/<target>). A finding (trap, sanitizer report, timeout, memory blow-up)
# is saved in .build/fuzz/findings/<target>/ and fails the script; replay it with
#   Fuzz/.build/release/almanac-fuzz <target> <file>
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(csv jsonl mlflow registry-csv billing config templates pipeline)
fi

mkdir -p .build/fuzz
log=.build/fuzz/build.log
echo "building the fuzz targets (libFuzzer, address sanitizer)" >&2
if ! (cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address \
  -Xcc -fsanitize=fuzzer-no-link,address) >"$log" 2>&1; then
  grep -v "Cannot export local symbol" "$log" | tail -40 >&2
  exit 1
fi
fuzzer=Fuzz/.build/release/almanac-fuzz
# Swift's own crash backtracer trips the address sanitizer; libFuzzer reports the crash instead.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"

failed=0
printf '%-13s %8s %12s %8s %7s %s\n' target seconds executions "exec/s" corpus findings
for target in "${targets[@]}"; do
  [ -d "Fuzz/Corpus/$target" ] || { echo "no seeds for target $target" >&2; exit 2; }
  corpus=.build/fuzz/corpus/$target
  findings=.build/fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  run_log=.build/fuzz/$target.log
  status=0
  "$fuzzer" "$target" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "Fuzz/Corpus/$target" \
    >"$run_log" 2>&1 || status=$?
  executions=$(awk '/stat::number_of_executed_units/ {print $2}' "$run_log")
  found=$(find "$findings" -type f | wc -l)
  printf '%-13s %8s %12s %8s %7s %s\n' "$target" "$seconds" "${executions:-?}" \
    "$(( ${executions:-0} / seconds ))" "$(find "$corpus" -type f | wc -l)" "$found"
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    failed=1
    grep -E "ERROR|error:|Fatal|SUMMARY|Test unit written" "$run_log" | head -20 >&2 || true
  fi
done
exit "$failed"
