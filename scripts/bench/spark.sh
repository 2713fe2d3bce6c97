#!/usr/bin/env bash
# Engine benchmark: `almanac report` on a 20M-row, 200-model prediction table in Spark
# (Spark Connect, local[2] on this machine), one aggregation query over the report's window.
#
#   scripts/bench/spark.sh                       three runs: wall time, peak memory, bytes received
#   ROWS=2000000 MODELS=50 RUNS=1 scripts/bench/spark.sh
#
# Spark makes the table itself (Parquet, from range(), a fixed seed), and the shared reference
# (20,000 rows of the same distribution, as CSV). Starts the server unless ALMANAC_SPARK_URL names
# a running one.
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${ROWS:-20000000}
models=${MODELS:-200}
runs=${RUNS:-3}
folder=$PWD/.build/bench/spark-$rows-$models
url=${ALMANAC_SPARK_URL:-}
if [ -z "$url" ]; then
  scripts/engines/spark/start.sh >&2
  trap 'scripts/engines/spark/stop.sh >/dev/null 2>&1 || true' EXIT
  url=sc://localhost:15002
fi
swift build -c release --product almanac >&2
swift build -c release --product almanac-bench >&2
mkdir -p "$folder"

# Twelve inputs (ten numbers, two categories) and a score that depends on four of them; the
# outcome is known for seven rows in ten. Week 2026-W47, spread evenly over its seconds.
columns="randn(1) AS f0, randn(2) AS f1, rand(3) * 10 AS f2, randn(4) * 3 + 5 AS f3,
  rand(5) AS f4, randn(6) AS f5, randn(7) AS f6, rand(8) * 100 AS f7, randn(9) AS f8,
  exp(randn(10)) AS f9, element_at(array('north', 'south', 'east', 'west'), CAST(floor(rand(11) * 4) + 1 AS INT)) AS c0,
  element_at(array('web', 'branch', 'phone'), CAST(floor(rand(12) * 3) + 1 AS INT)) AS c1,
  rand(13) AS u, rand(14) AS labelled"
score="round(1 / (1 + exp(-(0.8 * f0 - 0.5 * f1 + 0.1 * f2 - 0.3 * f5))), 4)"
outputs="CAST($score >= 0.5 AS INT) AS prediction, $score AS score,
  CASE WHEN labelled < 0.7 THEN CAST(u < $score AS INT) END AS actual,
  f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, c0, c1"
if [ ! -f "$folder/made" ]; then
  echo "making bench.predictions ($rows rows, $models models) and the reference in Spark" >&2
  .build/release/almanac-bench spark-sql "$url" \
    "CREATE DATABASE IF NOT EXISTS bench" \
    "DROP TABLE IF EXISTS bench.predictions" \
    "CREATE TABLE bench.predictions USING parquet AS SELECT
       timestamp_seconds(1794787200 + CAST(floor(id * 604800 / $rows) AS BIGINT)) AS ts,
       concat('model-', lpad(CAST(id % $models AS STRING), 3, '0')) AS model, '7' AS version,
       $outputs FROM (SELECT id, $columns FROM range($rows))" \
    "INSERT OVERWRITE DIRECTORY '$folder/reference' USING csv OPTIONS (header 'true')
       SELECT $outputs FROM (SELECT id, $columns FROM range(1000000000, 1000020000))"
  touch "$folder/made"
fi
cat >"$folder/almanac.yml" <<YAML
report: { trend: 0, output: reports }
engines:
  spark: { url: "$url" }
models:
  - task: binary-classification
    predictions: { engine: spark, table: bench.predictions }
    reference: reference/*.csv
    columns: { timestamp: ts }
YAML
for run in $(seq "$runs"); do
  rm -rf "$folder/reports"
  /usr/bin/time -f "%e %M" -o "$folder/time" .build/release/almanac report -c "$folder/almanac.yml" \
    --period 2026-W47 --no-history --verbose 2>"$folder/log" >/dev/null
  read -r wall peak <"$folder/time"
  query=$(grep -o 'debug: querying .*: [0-9]* ms' "$folder/log" | grep -o '[0-9]* ms$')
  bytes=$(grep -o '[0-9]* bytes of statistics received after [0-9.]* s' "$folder/log")
  echo "run $run: ${wall} s wall (the query ${query}), $((peak / 1024)) MiB peak, $bytes"
done
