"""Checks what a killed `almanac report` left behind (standard library only).

Prints `ok: ...` when the period's folder holds the four reports of one run, each whole, and the
history database passes its integrity checks with every recorded run complete; otherwise prints
what is wrong.
"""
import json
import pathlib
import re
import sqlite3
import sys
import zipfile

FEATURES = 25
folder = pathlib.Path(sys.argv[1])
period = folder / "reports" / "2026-W47"
problems = []

names = sorted(p.name for p in period.iterdir())
expected = ["almanac-2026-W47.xlsx", "report.html", "report.json", "report.md"]
if names != expected:
    problems.append(f"files {names}")
else:
    report = json.loads((period / "report.json").read_text())
    stamp = report["generated_at"]
    for name in ["report.md", "report.html"]:
        found = re.findall(r"Generated (\S+?Z)", (period / name).read_text())
        if found[:1] != [stamp]:
            problems.append(f"{name} says {found[:1]}, report.json says {stamp}")
    with zipfile.ZipFile(period / "almanac-2026-W47.xlsx") as workbook:
        if workbook.testzip() is not None:
            problems.append("the workbook is damaged")

database = sqlite3.connect(folder / "history.sqlite")
if database.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
    problems.append("integrity_check failed")
if database.execute("PRAGMA foreign_key_check").fetchall():
    problems.append("foreign_key_check failed")
runs = database.execute("SELECT count(*) FROM run").fetchone()[0]
current = database.execute(
    "SELECT mp.run_id, count(f.name) FROM model_period mp "
    "LEFT JOIN model_period_feature f ON f.model_period_id = mp.id GROUP BY mp.id").fetchall()
if len(current) != 1 or current[0][1] != FEATURES:
    problems.append(f"figures {current}")
newest = database.execute("SELECT max(id) FROM run").fetchone()[0]
if current and current[0][0] != newest:
    problems.append(f"the newest run {newest} has no figures; they belong to run {current[0][0]}")

print("; ".join(problems) if problems else f"ok: {runs} runs recorded, reports of {stamp}")
