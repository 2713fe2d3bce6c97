#!/usr/bin/env bash
# Starts a local Spark Connect server (pyspark 4.3.0 from PyPI) on localhost:$SPARK_PORT.
#
# The pyspark wheel ships the Spark Connect server jar (jars/spark-connect_2.13-*.jar),
# so nothing is downloaded besides the PyPI packages. Needs Java 17+ on PATH.
# Creates the virtualenv on first use, then waits up to 120 s for the port to accept
# connections; on failure prints the server log and exits non-zero.
# Stop the server with scripts/engines/spark/stop.sh.
set -euo pipefail
. "$(dirname "$0")/env.sh"

# pyarrow and protobuf serve scripts/engines/spark/make-arrow-fixtures.py and scripts/engines/spark/check-protos.py.
if ! "$SPARK_VENV/bin/python" -c "import pyspark, pyarrow, google.protobuf
assert pyspark.__version__ == '$PYSPARK_VERSION'" 2>/dev/null; then
    echo "Installing pyspark $PYSPARK_VERSION, pyarrow and protobuf into $SPARK_VENV"
    python3 -m venv "$SPARK_VENV"
    "$SPARK_VENV/bin/pip" install --quiet "pyspark==$PYSPARK_VERSION" pyarrow protobuf
fi

SPARK_HOME="$(spark_home)"
export SPARK_HOME
if ! ls "$SPARK_HOME"/jars/spark-connect_*.jar >/dev/null 2>&1; then
    echo "error: no Spark Connect jar in $SPARK_HOME/jars" >&2
    exit 1
fi

port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$SPARK_PORT") 2>/dev/null
}

if port_open; then
    echo "error: port $SPARK_PORT is already in use" >&2
    exit 1
fi

mkdir -p "$SPARK_LOG_DIR"
started=$(date +%s)
"$SPARK_HOME/sbin/start-connect-server.sh" \
    --master "local[2]" \
    --driver-memory "${SPARK_DRIVER_MEMORY:-4g}" \
    --conf spark.ui.enabled=false \
    --conf spark.driver.host=127.0.0.1 \
    --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.connect.grpc.binding.address=127.0.0.1 \
    --conf "spark.connect.grpc.binding.port=$SPARK_PORT" \
    --conf spark.sql.shuffle.partitions=4 \
    --conf "spark.sql.warehouse.dir=$SPARK_RUN/warehouse"

for _ in $(seq 1 120); do
    if port_open; then
        echo "Spark Connect server up at sc://localhost:$SPARK_PORT after $(( $(date +%s) - started )) s"
        exit 0
    fi
    sleep 1
done

echo "error: Spark Connect server did not open port $SPARK_PORT within 120 s; log:" >&2
cat "$SPARK_LOG_DIR"/*.out >&2 || true
"$(dirname "$0")/stop.sh" || true
exit 1
