"""Compares the quality metrics of Almanac's report.json with scikit-learn on the demo's files.

Usage: sklearn_metrics.py DATA REPORT
REPORT is Almanac's report on the demo's 2026-W45, a week whose outcomes are all known.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn import metrics


def close(a, b):
    return abs(a - b) <= 1e-9 * max(abs(b), 1e-300)


def main():
    data, report_path = sys.argv[1], sys.argv[2]
    report = {m["name"]: m for m in json.load(open(report_path))["models"]}
    failures = 0

    credit = pd.read_csv(f"{data}/credit-default/predictions-2026-W45.csv").dropna(subset=["label"])
    y, pred, score = credit["label"].astype(int), credit["pred"].astype(int), credit["proba"]
    expected = {
        "accuracy": metrics.accuracy_score(y, pred),
        "precision": metrics.precision_score(y, pred),
        "recall": metrics.recall_score(y, pred),
        "f1": metrics.f1_score(y, pred),
        "roc_auc": metrics.roc_auc_score(y, score),
        "log_loss": metrics.log_loss(y, score),
        "brier": metrics.brier_score_loss(y, score),
    }
    demand = pd.read_json(f"{data}/store-demand/predictions-2026-W45.jsonl", lines=True)
    demand = demand.dropna(subset=["actual"])
    truth, forecast = demand["actual"], demand["prediction"]
    nonzero = truth != 0
    expected_demand = {
        "mae": metrics.mean_absolute_error(truth, forecast),
        "rmse": float(np.sqrt(metrics.mean_squared_error(truth, forecast))),
        "mape": metrics.mean_absolute_percentage_error(truth[nonzero], forecast[nonzero]),
        "r2": metrics.r2_score(truth, forecast),
        "mean_error": float(np.mean(forecast - truth)),
    }
    for model, figures in [("credit-default", expected), ("store-demand", expected_demand)]:
        print(model)
        for name, theirs in figures.items():
            ours = report[model]["metrics"][name]["value"]
            ok = close(ours, theirs)
            failures += not ok
            print(f"  {'ok  ' if ok else 'DIFF'} {name:10s} almanac {ours:.12g}  scikit-learn {theirs:.12g}")
    print("all agree" if failures == 0 else f"{failures} differences")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
