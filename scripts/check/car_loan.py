#!/usr/bin/env python3
"""Runs Almanac week by week on NannyML's synthetic car-loan data and checks its verdicts.

The data (shipped with the nannyml package on PyPI, read from its installed files, never kept in
this repository): a loan classifier with a 50,000-row labelled reference and 50,000 analysis rows
over 44 ISO weeks (partial first and last weeks), whose inputs shift in one step at the start of
2019-W14 and stay shifted; accuracy drops 2 to 4 points. The reference writes its labels `1.0`
and `0.0`, the analysis `1` and `0`; an `id` column counts the rows.

Usage: car_loan.py ALMANAC WORK_FOLDER. Prints one line per week and the checks; exits 1 when a
check fails.
"""

import importlib.util
import json
import pathlib
import subprocess
import sys

import pandas as pd

SHIFT = "2019-W14"


def write_inputs(work):
    # The package's data files, found without importing it (its import pulls in plotting).
    package = importlib.util.find_spec("nannyml").submodule_search_locations[0]
    data = pathlib.Path(package) / "datasets" / "data"
    reference = pd.read_csv(data / "synthetic_car_loan_reference.csv")
    analysis = pd.read_csv(data / "synthetic_car_loan_analysis.csv").merge(
        pd.read_csv(data / "synthetic_car_loan_analysis_target.csv"), on="id")
    work.mkdir(parents=True, exist_ok=True)
    reference.to_csv(work / "reference.csv", index=False)
    analysis.to_csv(work / "predictions.csv", index=False)
    (work / "almanac.yml").write_text(
        "report: { title: Car loans, trend: 8, formats: [json], output: out }\n"
        "history: history.sqlite\n"
        "models:\n"
        "  - name: car-loan\n"
        "    task: binary-classification\n"
        "    predictions: predictions.csv\n"
        "    reference: reference.csv\n"
        "    columns: { timestamp: timestamp, prediction: y_pred, score: y_pred_proba, actual: repaid }\n")
    stamps = pd.to_datetime(analysis["timestamp"])
    weeks = stamps.dt.isocalendar()
    return sorted({f"{y}-W{w:02d}" for y, w in zip(weeks["year"], weeks["week"])})


def main():
    almanac, work = sys.argv[1], pathlib.Path(sys.argv[2])
    weeks = write_inputs(work)
    rows = []
    for week in weeks:
        run = subprocess.run([almanac, "report", "-c", str(work / "almanac.yml"), "--period", week],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{week}: almanac failed: {run.stderr}")
        report = json.loads((work / "out" / week / "report.json").read_text())
        model = report["models"][0]
        accuracy = model["metrics"].get("accuracy", {})
        findings = {f["kind"]: f for f in model["findings"]}
        drifting = {f["name"]: f for f in model["drift"]["features"] if f["detected"]}
        label = next((o for o in model["drift"]["outputs"] if o["name"] == "repaid"), None)
        rows.append({
            "week": week, "partial": report["period"]["partial"], "status": model["status"],
            "accuracy": accuracy.get("value"), "baseline": accuracy.get("baseline"),
            "source": accuracy.get("baseline_source"), "since": accuracy.get("since"),
            "periods": accuracy.get("periods"), "findings": findings, "drifting": drifting,
            "label_drift": label["detected"] if label else None,
            "excluded": [e["name"] for e in model["drift"]["excluded"]],
            "notes": [n["kind"] for n in model["notes"]],
        })
    for r in rows:
        kinds = ",".join(f"{k}:{f['severity']}" for k, f in r["findings"].items()) or "-"
        drift = ",".join(f"{n}({f['pattern'] or 'differs'} {f['since']})"
                         for n, f in r["drifting"].items()) or "-"
        print(f"{r['week']} {'partial' if r['partial'] else '       '} {r['status']:5s} "
              f"acc {r['accuracy']:.4f} decline {r['since'] or '-':8s} {r['periods'] or '':>2} "
              f"| {kinds} | {drift}")

    full = [r for r in rows if not r["partial"]]
    before = [r for r in full if r["week"] < SHIFT]
    after = [r for r in full if r["week"] >= SHIFT]
    checks = [
        ("baseline from the reference's own labelled rows",
         all(r["source"] == "reference" and abs(r["baseline"] - 0.94364) < 1e-9 for r in rows)),
        ("no amber or red before the shift",
         all(r["status"] == "green" for r in rows if r["week"] < SHIFT)),
        ("the decline is reported in its first full week, dated from it",
         after[0]["week"] == SHIFT and after[0]["since"] == SHIFT),
        ("the decline is reported in every week after, since the shift",
         sum(r["since"] == SHIFT for r in after) >= len(after) - 2),
        ("the decline's length counts every week since the shift",
         all(r["periods"] == weeks.index(r["week"]) - weeks.index(SHIFT) + 1
             for r in after if r["since"] == SHIFT)),
        ("drift is told as a step from the shift, never as gradual",
         all(f["pattern"] == "step" and f["since"] == SHIFT
             for r in after for f in r["drifting"].values())
         and all("gradual_drift" not in r["findings"] for r in rows)),
        ("the id column is left out of drift", all(r["excluded"] == ["id"] for r in rows)),
        ("labels 1.0 and 1 are one class: no label drift before the shift",
         all(not r["label_drift"] for r in before)),
        ("the partial first and last weeks raise no volume finding",
         all("volume_change" not in r["findings"] for r in rows if r["partial"])),
    ]
    failed = 0
    for name, ok in checks:
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
