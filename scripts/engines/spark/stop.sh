#!/usr/bin/env bash
# Stops the Spark Connect server started by scripts/engines/spark/start.sh.
set -euo pipefail
. "$(dirname "$0")/env.sh"

SPARK_HOME="$(spark_home)"
export SPARK_HOME
"$SPARK_HOME/sbin/stop-connect-server.sh"
