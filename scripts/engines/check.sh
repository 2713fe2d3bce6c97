#!/usr/bin/env bash
# `make engines-check`: the built-in demo reported from files, from PostgreSQL and from Spark
# Connect, compared figure by figure (scripts/engines/compare.py). Exits non-zero on any
# difference in a figure.
#
# Starts both engines unless ALMANAC_POSTGRES_URL / ALMANAC_SPARK_URL already name running ones
# (.ci/run starts them once for the tests and this check).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.build/release/almanac
work=$(mktemp -d)
period=2026-W47
stop=()
cleanup() {
  for command in "${stop[@]}"; do $command || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${ALMANAC_POSTGRES_URL:-}" ]; then
  eval "$(scripts/engines/postgres.sh start)"
  stop+=("scripts/engines/postgres.sh stop")
fi
if [ -z "${ALMANAC_SPARK_URL:-}" ]; then
  scripts/engines/spark/start.sh
  stop+=("scripts/engines/spark/stop.sh")
  ALMANAC_SPARK_URL=sc://localhost:15002
fi
python=python3

$bin demo --work "$work/demo" --output "$work/demo-reports" --format json --quiet
report() { $bin report -c "$1" --period "$period" --no-history --format json --output "$2" --quiet; }
report "$work/demo/almanac.yml" "$work/files"

# PostgreSQL: typed tables filled with COPY.
host_port=${ALMANAC_POSTGRES_URL#postgres://*@}
host=${host_port%%:*}
port=${host_port#*:}
port=${port%%/*}
database=${ALMANAC_POSTGRES_URL##*/}
user=${ALMANAC_POSTGRES_URL#postgres://}
user=${user%%@*}
"$python" scripts/engines/demo_tables.py postgres "$work/demo" |
  PGPASSWORD=$ALMANAC_PG_PASSWORD PGOPTIONS='-c client_min_messages=warning' \
    psql -q -h "$host" -p "$port" -U "$user" -d "$database" -v ON_ERROR_STOP=1
"$python" scripts/engines/engine_config.py "$work/demo/almanac.yml" postgres \
  "$ALMANAC_POSTGRES_URL" ALMANAC_PG_PASSWORD >"$work/demo/almanac-postgres.yml"
report "$work/demo/almanac-postgres.yml" "$work/postgres"

# Spark: queries over the rows written as CSV.
"$python" scripts/engines/demo_tables.py spark "$work/demo" >"$work/spark-queries.json"
"$python" scripts/engines/engine_config.py "$work/demo/almanac.yml" spark "$ALMANAC_SPARK_URL" "" \
  "$work/spark-queries.json" >"$work/demo/almanac-spark.yml"
report "$work/demo/almanac-spark.yml" "$work/spark"

status=0
for engine in postgres spark; do
  echo "== $engine against files, $period"
  "$python" scripts/engines/compare.py "$work/files/$period/report.json" \
    "$work/$engine/$period/report.json" || status=1
done
exit $status
