#!/usr/bin/env python3
"""Runs NannyML itself on subsets of its public car-loan and car-price data, for a peer check.

Writes Tests/AlmanacMetricsTests/Reference/nannyml_peer.json, which NannyMLPeerTests reads to set
Almanac's label-free estimates beside NannyML's on the very same rows:

- Car loan (binary classification, `load_synthetic_car_loan_dataset`): the first 5,000 reference
  rows, and 12 analysis chunks of 500 consecutive rows, 6 evenly spread before the input shift
  (which starts at analysis row 25,000, 2019-03-31 03:00) and 6 after it. `nannyml.CBPE` (ROC
  AUC, accuracy, precision, recall, F1; chunks of 500) is fitted on the reference and estimates
  the 12 chunks, given without their targets; whether it calibrated the scores (its
  `needs_calibration` check) is recorded.
- Car price (regression, `load_synthetic_car_price_dataset`): the first 3,000 reference rows, and
  10 analysis chunks of 500 rows, 5 before the shift (analysis row 30,000, 2017-02-28 08:00) and
  5 after. `nannyml.DLE` (MAE, RMSE; chunks of 500; default LightGBM hyperparameters) is fitted
  and estimates the 10 chunks.

Each chunk also carries its realized figures, computed with scikit-learn from the held-back
targets. The rows are stored exactly as NannyML read them (scores with two decimals, whole-number
car-price columns), so both sides see the same values.

Run from the repository root, offline, with the environment of scripts/check/requirements.txt:

    .venv-check/bin/python scripts/reference/nannyml_peer.py

The output is deterministic: no sampling, NannyML's calibration check uses a fixed seed, and
LightGBM runs on one thread (OMP_NUM_THREADS=1, set below) so its sums keep one order.
"""

import os

# Before NannyML and LightGBM load: no usage reporting over the network, one OpenMP thread.
os.environ["NML_DISABLE_USAGE_LOGGING"] = "1"
os.environ["OMP_NUM_THREADS"] = "1"

import json
import logging
import math
import pathlib
import sys
import warnings

import lightgbm
import nannyml
import numpy as np
import pandas as pd
import sklearn
from sklearn import metrics

# NannyML 0.13.1 predates pandas 3: DLE writes its encoded text columns back into the frame and
# reshapes `.values`, which fails once pandas infers its Arrow-backed `str` type for them. Text
# is read as `object`, as under pandas 2 (the values are the same; only their container differs).
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    pd.set_option("future.infer_string", False)
# LightGBM's progress notes go to a logger that keeps warnings only (the models are unchanged).
lightgbm.register_logger(logging.getLogger("lightgbm"))

OUT = (pathlib.Path(__file__).resolve().parents[2] / "Tests" / "AlmanacMetricsTests" / "Reference"
       / "nannyml_peer.json")
CHUNK = 500

LOAN_REFERENCE_ROWS = 5_000
LOAN_SHIFT_ROW = 25_000
LOAN_STARTS = [k * 4_900 for k in range(6)] + [LOAN_SHIFT_ROW + k * 4_900 for k in range(6)]
LOAN_METRICS = ["roc_auc", "accuracy", "precision", "recall", "f1"]

PRICE_REFERENCE_ROWS = 3_000
PRICE_SHIFT_ROW = 30_000
PRICE_STARTS = [k * 7_375 for k in range(5)] + [PRICE_SHIFT_ROW + k * 7_375 for k in range(5)]
PRICE_FEATURES = ["car_age", "km_driven", "price_new", "accident_count", "door_count", "fuel",
                  "transmission"]
PRICE_TEXT = ["fuel", "transmission"]
PRICE_METRICS = ["mae", "rmse"]


def subset(analysis, starts, rows):
    """The chunks of `rows` analysis rows from each start, one after another, reindexed."""
    for start in starts:
        assert start + rows <= len(analysis), start
    return pd.concat([analysis.iloc[s:s + rows] for s in starts], ignore_index=True)


def estimates(result, names, starts):
    """NannyML's value and confidence bounds per chunk, checked to be the chunks asked for."""
    frame = result.filter(period="analysis").to_df()
    assert len(frame) == len(starts), len(frame)
    assert list(frame[("chunk", "start_index")]) == [k * CHUNK for k in range(len(starts))]
    ends = [k * CHUNK + CHUNK - 1 for k in range(len(starts))]
    assert list(frame[("chunk", "end_index")]) == ends
    out = []
    for _, row in frame.iterrows():
        out.append({name: {"value": float(row[(name, "value")]),
                           "sampling_error": float(row[(name, "sampling_error")]),
                           "lower": float(row[(name, "lower_confidence_boundary")]),
                           "upper": float(row[(name, "upper_confidence_boundary")])}
                    for name in names})
    return out


def whole(values):
    """Whole numbers stored as floats, as ints for the file (fails on anything else)."""
    values = np.asarray(values, dtype=float)
    assert np.all(values == np.round(values)), "not whole numbers"
    return [int(v) for v in values]


def rows_of(dataset, reference_rows, shift_row, shift_stamp, starts):
    """A dataset's first reference rows, its analysis chunks and their held-back targets, after
    checking that the shift starts where the chunks assume."""
    reference, analysis, targets = dataset
    reference = reference.iloc[:reference_rows].reset_index(drop=True)
    stamps = pd.to_datetime(analysis["timestamp"])
    assert stamps.iloc[shift_row] == pd.Timestamp(shift_stamp)
    current = subset(analysis, starts, CHUNK)
    truth = subset(analysis[["id"]].merge(targets, on="id", how="left"), starts, CHUNK)
    assert list(truth["id"]) == list(current["id"])
    return reference, current, truth


def car_loan():
    reference, current, truth = rows_of(
        nannyml.load_synthetic_car_loan_dataset(), LOAN_REFERENCE_ROWS, LOAN_SHIFT_ROW,
        "2019-03-31 03:00", LOAN_STARTS)
    assert set(reference["repaid"]) == {0.0, 1.0} and set(truth["repaid"]) == {0, 1}

    estimator = nannyml.CBPE(
        y_pred_proba="y_pred_proba", y_pred="y_pred", y_true="repaid",
        problem_type="classification_binary", metrics=LOAN_METRICS, chunk_size=CHUNK)
    estimator.fit(reference)
    nanny = estimates(estimator.estimate(current), LOAN_METRICS, LOAN_STARTS)

    chunks = []
    for k, start in enumerate(LOAN_STARTS):
        rows = slice(k * CHUNK, (k + 1) * CHUNK)
        score = current["y_pred_proba"].iloc[rows]
        predicted = current["y_pred"].iloc[rows]
        actual = truth["repaid"].iloc[rows]
        chunks.append({
            "analysis_rows": [start, start + CHUNK],
            "after_shift": start >= LOAN_SHIFT_ROW,
            "y_pred_proba": [float(v) for v in score],
            "y_pred": [int(v) for v in predicted],
            "repaid": [int(v) for v in actual],
            "nannyml": nanny[k],
            "realized": {
                "roc_auc": metrics.roc_auc_score(actual, score),
                "accuracy": metrics.accuracy_score(actual, predicted),
                "precision": metrics.precision_score(actual, predicted),
                "recall": metrics.recall_score(actual, predicted),
                "f1": metrics.f1_score(actual, predicted),
            },
        })
    return {
        "data": "nannyml.load_synthetic_car_loan_dataset(): reference rows 0..<5000; analysis "
                "chunks of 500 rows from analysis_rows[0] (0-based, file order), input shift "
                "from analysis row 25000",
        "call": "nannyml.CBPE(y_pred_proba='y_pred_proba', y_pred='y_pred', y_true='repaid', "
                "problem_type='classification_binary', metrics=['roc_auc', 'accuracy', "
                "'precision', 'recall', 'f1'], chunk_size=500).fit(reference).estimate(chunks "
                "concatenated, without targets)",
        "needs_calibration": bool(estimator.needs_calibration),
        "calibrator": type(estimator.calibrator).__name__,
        "realized_call": "sklearn.metrics roc_auc_score(repaid, y_pred_proba), accuracy_score, "
                         "precision_score, recall_score, f1_score(repaid, y_pred) per chunk",
        "reference": {
            "y_pred_proba": [float(v) for v in reference["y_pred_proba"]],
            "y_pred": [int(v) for v in reference["y_pred"]],
            "repaid": whole(reference["repaid"]),
        },
        "chunks": chunks,
    }


def car_price():
    reference, current, truth = rows_of(
        nannyml.load_synthetic_car_price_dataset(), PRICE_REFERENCE_ROWS, PRICE_SHIFT_ROW,
        "2017-02-28 08:00", PRICE_STARTS)
    for frame in (reference, current):
        assert not frame[PRICE_FEATURES + ["y_pred"]].isna().any().any()

    estimator = nannyml.DLE(
        feature_column_names=PRICE_FEATURES, y_pred="y_pred", y_true="y_true",
        metrics=PRICE_METRICS, chunk_size=CHUNK)
    estimator.fit(reference)
    categorical = [m.categorical_column_names for m in estimator.metrics]
    assert all(c == PRICE_TEXT for c in categorical), categorical
    nanny = estimates(estimator.estimate(current), PRICE_METRICS, PRICE_STARTS)

    def columns(frame):
        return {name: ([str(v) for v in frame[name]] if name in PRICE_TEXT else whole(frame[name]))
                for name in PRICE_FEATURES}

    chunks = []
    for k, start in enumerate(PRICE_STARTS):
        rows = slice(k * CHUNK, (k + 1) * CHUNK)
        part = current.iloc[rows]
        actual = truth["y_true"].iloc[rows]
        chunks.append({
            "analysis_rows": [start, start + CHUNK],
            "after_shift": start >= PRICE_SHIFT_ROW,
            "features": columns(part),
            "y_pred": whole(part["y_pred"]),
            "y_true": whole(actual),
            "nannyml": nanny[k],
            "realized": {
                "mae": metrics.mean_absolute_error(actual, part["y_pred"]),
                "rmse": metrics.root_mean_squared_error(actual, part["y_pred"]),
            },
        })
    return {
        "data": "nannyml.load_synthetic_car_price_dataset(): reference rows 0..<3000; analysis "
                "chunks of 500 rows from analysis_rows[0] (0-based, file order), shift from "
                "analysis row 30000",
        "call": "nannyml.DLE(feature_column_names=features, y_pred='y_pred', y_true='y_true', "
                "metrics=['mae', 'rmse'], chunk_size=500).fit(reference).estimate(chunks "
                "concatenated, without targets); LightGBM LGBMRegressor() defaults, one thread; "
                "text columns read as object (pandas future.infer_string off)",
        "features": PRICE_FEATURES,
        "categorical": PRICE_TEXT,
        "realized_call": "sklearn.metrics mean_absolute_error, root_mean_squared_error(y_true, "
                         "y_pred) per chunk",
        "reference": {
            "features": columns(reference),
            "y_pred": whole(reference["y_pred"]),
            "y_true": whole(reference["y_true"]),
        },
        "chunks": chunks,
    }


def dump(value, indent=0):
    """JSON with objects indented and lists of numbers or strings on one line, to stay small."""
    pad = " " * indent
    if isinstance(value, dict):
        items = [f'{pad} {json.dumps(key)}: {dump(item, indent + 1)}'
                 for key, item in sorted(value.items())]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        items = [f"{pad} {dump(item, indent + 1)}" for item in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    if isinstance(value, float) and not math.isfinite(value):
        return json.dumps("nan" if math.isnan(value) else ("inf" if value > 0 else "-inf"))
    if isinstance(value, list):
        return "[" + ",".join(dump(item) for item in value) + "]"
    return json.dumps(value)


def main():
    document = {
        "versions": {
            "python": sys.version.split()[0],
            "nannyml": nannyml.__version__,
            "scikit-learn": sklearn.__version__,
            "lightgbm": lightgbm.__version__,
            "pandas": pd.__version__,
            "numpy": np.__version__,
        },
        "car_loan": car_loan(),
        "car_price": car_price(),
    }
    OUT.write_text(dump(document) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes); "
          f"NannyML calibrated the car-loan scores: {document['car_loan']['needs_calibration']}")


if __name__ == "__main__":
    main()
