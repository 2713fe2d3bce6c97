"""Compares the drift section of Almanac's report.json with Evidently's DataDriftPreset.

Usage: evidently_drift.py DATA REPORT REFERENCE [REPORT REFERENCE ...]
Each REPORT is compared with Evidently run on DATA/REFERENCE against the demo's 2026-W47 log.
"""
import json
import sys

import pandas as pd
from evidently import DataDefinition, Dataset, Report
from evidently.presets import DataDriftPreset

NUMERIC = ["income", "age", "debt_ratio", "credit_lines"]
CATEGORICAL = ["region", "channel"]
METHODS = {
    "Wasserstein distance (normed)": "wasserstein",
    "Jensen-Shannon distance": "jensen_shannon",
    "K-S p_value": "ks",
    "chi-square p_value": "chi_square",
    "Z-test p_value": "z",
}


def evidently_drift(reference, current):
    definition = DataDefinition(numerical_columns=NUMERIC, categorical_columns=CATEGORICAL)
    columns = NUMERIC + CATEGORICAL
    result = Report([DataDriftPreset(columns=columns)]).run(
        Dataset.from_pandas(current[columns], data_definition=definition),
        Dataset.from_pandas(reference[columns], data_definition=definition),
    )
    scores, share = {}, None
    for metric in result.dict()["metrics"]:
        if "ValueDrift" in metric["metric_name"]:
            config = metric["config"]
            scores[config["column"]] = (metric["value"], METHODS.get(config["method"], config["method"]),
                                        config.get("threshold"))
        elif "DriftedColumnsCount" in metric["metric_name"]:
            share = metric["value"]["share"]
    return scores, share


def drifts_at_default(feature):
    """Evidently's verdict on Almanac's score: the method's default level, before Almanac moves
    it for chance (threshold_basis "noise")."""
    score = feature["score"]
    if score is None:
        return False
    method = feature["method"]
    if method == "ks":
        return score <= 0.05
    if method in ("chi_square", "z"):
        return score < 0.05
    return score >= 0.1


def close(a, b):
    return abs(a - b) <= 1e-9 * max(abs(b), 1e-300) or (a == 0 and b == 0)


def main():
    data = sys.argv[1]
    current = pd.read_csv(f"{data}/credit-default/predictions-2026-W47.csv")
    failures = 0
    for report_path, reference_path in zip(sys.argv[2::2], sys.argv[3::2]):
        reference = pd.read_csv(f"{data}/{reference_path}")
        scores, share = evidently_drift(reference, current)
        report = json.load(open(report_path))
        model = next(m for m in report["models"] if m["name"] == "credit-default")
        print(f"{reference_path} ({len(reference)} rows)")
        for feature in model["drift"]["features"]:
            theirs, method, _ = scores[feature["name"]]
            ok = feature["method"] == method and close(feature["score"], theirs)
            failures += not ok
            print(f"  {'ok  ' if ok else 'DIFF'} {feature['name']:13s} {feature['method']:15s}"
                  f" almanac {feature['score']:.12g}  evidently {theirs:.12g} ({method})")
        features = model["drift"]["features"]
        at_default = sum(map(drifts_at_default, features)) / len(features)
        ok = close(at_default, share)
        failures += not ok
        print(f"  {'ok  ' if ok else 'DIFF'} drift share   almanac {at_default} at the default levels"
              f" ({model['drift']['share']} beyond chance)  evidently {share}")
    print("all agree" if failures == 0 else f"{failures} differences")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
