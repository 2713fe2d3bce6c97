"""Times Evidently's DataDriftPreset on the report benchmark's files, for the comparison in
scripts/bench/report.sh.

Reads reference.csv and current.csv with pandas (timed apart), runs DataDriftPreset on the 25
features (n01-n20 numeric, c1-c5 categorical, as Almanac's config declares them) and prints one
line: load seconds, drift seconds and the share of drifted features. Peak memory is measured by
the caller. Evidently runs from .venv-crosscheck/ (scripts/crosscheck/requirements.txt), never
inside Almanac.

Usage: evidently_report.py FOLDER
"""
import sys
import time

import pandas as pd
from evidently import DataDefinition, Dataset, Report
from evidently.presets import DataDriftPreset

NUMERIC = [f"n{index:02d}" for index in range(1, 21)]
CATEGORICAL = [f"c{index}" for index in range(1, 6)]


def main():
    folder = sys.argv[1]
    start = time.perf_counter()
    columns = NUMERIC + CATEGORICAL
    types = {name: "string" for name in CATEGORICAL}
    reference = pd.read_csv(f"{folder}/reference.csv", usecols=columns, dtype=types)
    current = pd.read_csv(f"{folder}/current.csv", usecols=columns, dtype=types)
    loaded = time.perf_counter()
    definition = DataDefinition(numerical_columns=NUMERIC, categorical_columns=CATEGORICAL)
    result = Report([DataDriftPreset(columns=columns)]).run(
        Dataset.from_pandas(current, data_definition=definition),
        Dataset.from_pandas(reference, data_definition=definition),
    )
    share = next(
        metric["value"]["share"]
        for metric in result.dict()["metrics"]
        if "DriftedColumnsCount" in metric["metric_name"]
    )
    done = time.perf_counter()
    print(f"load {loaded - start:.2f} s  drift {done - loaded:.2f} s  drifted share {share:.2f}")


if __name__ == "__main__":
    main()
