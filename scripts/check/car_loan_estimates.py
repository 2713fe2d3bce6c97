#!/usr/bin/env python3
"""Holds back the outcomes of NannyML's car-loan benchmark and checks Almanac's estimates.

Same data as car_loan.py. The analysis rows are written without their outcomes, Almanac reports
each of the 44 ISO weeks from scores alone, and each week's estimated accuracy, precision, recall,
F1 and ROC AUC is set beside the figure the held-back outcomes give (scikit-learn on the same
rows). Prints one line per week (marked "less certain" when the report says its estimates are
less certain than their bands, as it does once the inputs drift), then per metric: how many bands
hold the truth, how many of the misses fall in weeks marked less certain, and the mean absolute
error. Exits 1 when a nominal 95% band holds the truth in fewer than 93% of the weeks.

Usage: car_loan_estimates.py ALMANAC WORK_FOLDER
"""

import json
import pathlib
import subprocess
import sys

import pandas as pd
from sklearn import metrics

from car_loan import write_inputs

METRICS = ["accuracy", "precision", "recall", "f1", "roc_auc"]


def truth(rows):
    actual, predicted, score = rows["repaid"], rows["y_pred"], rows["y_pred_proba"]
    return {
        "accuracy": metrics.accuracy_score(actual, predicted),
        "precision": metrics.precision_score(actual, predicted),
        "recall": metrics.recall_score(actual, predicted),
        "f1": metrics.f1_score(actual, predicted),
        "roc_auc": metrics.roc_auc_score(actual, score),
    }


def main():
    almanac, work = sys.argv[1], pathlib.Path(sys.argv[2])
    weeks = write_inputs(work)
    analysis = pd.read_csv(work / "predictions.csv")
    stamps = pd.to_datetime(analysis["timestamp"]).dt.isocalendar()
    analysis["week"] = [f"{y}-W{w:02d}" for y, w in zip(stamps["year"], stamps["week"])]
    analysis.drop(columns=["week"]).assign(repaid="").to_csv(work / "predictions.csv", index=False)
    held = {m: [] for m in METRICS}
    errors = {m: [] for m in METRICS}
    flagged_misses = {m: 0 for m in METRICS}
    for week in weeks:
        run = subprocess.run(
            [almanac, "report", "-c", str(work / "almanac.yml"), "--period", week, "--no-history"],
            capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{week}: almanac failed: {run.stderr}")
        model = json.loads((work / "out" / week / "report.json").read_text())["models"][0]
        true = truth(analysis[analysis["week"] == week])
        said = model.get("notes", []) + model.get("findings", [])
        flagged = any("less certain" in item.get("what", "") for item in said)
        line = [week + (" (less certain)" if flagged else "")]
        for name in METRICS:
            figure = model["estimated"].get(name)
            if figure is None:
                line.append(f"{name} -")
                continue
            inside = figure["low"] <= true[name] <= figure["high"]
            held[name].append(inside)
            flagged_misses[name] += 0 if inside else int(flagged)
            errors[name].append(abs(figure["value"] - true[name]))
            line.append(f"{name} {figure['value']:.3f} [{figure['low']:.3f}, {figure['high']:.3f}]"
                        f" true {true[name]:.3f}{'' if inside else ' MISS'}")
        print("  ".join(line))
    failed = False
    for name in METRICS:
        count, total = sum(held[name]), len(held[name])
        mean = sum(errors[name]) / max(total, 1)
        print(f"{name}: band holds the truth in {count} of {total} weeks"
              f" ({flagged_misses[name]} of the {total - count} misses in weeks marked less certain);"
              f" mean absolute error {mean:.4f}")
        failed |= total == 0 or count < 0.93 * total
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
