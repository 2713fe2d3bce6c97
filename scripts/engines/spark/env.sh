# Shared settings for start.sh and stop.sh; sourced, not run.
#
# SPARK_VENV   virtualenv holding pyspark (default: <package>/.venv-spark)
# SPARK_RUN    folder for the server's log and pid files (default: <package>/.spark-run)
# SPARK_PORT   Spark Connect port (default: 15002)

PACKAGE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
SPARK_VENV="${SPARK_VENV:-$PACKAGE_DIR/.venv-spark}"
SPARK_RUN="${SPARK_RUN:-$PACKAGE_DIR/.spark-run}"
SPARK_PORT="${SPARK_PORT:-15002}"
PYSPARK_VERSION="4.3.0"

export SPARK_LOG_DIR="$SPARK_RUN/logs"
export SPARK_PID_DIR="$SPARK_RUN"
export SPARK_IDENT_STRING="almanac"

spark_home() {
    "$SPARK_VENV/bin/python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))'
}
