#!/usr/bin/env python3
"""Compares an engine's report.json with the files' report.json of the same data and period.

    compare.py FILES_REPORT ENGINE_REPORT

Exact figures must be equal (counts exactly, sums-based figures to 1e-9 relative: an engine adds
in another order); a figure the engine marks with `binning_error` b must lie within b of the
files' figure, its interval holding the files' interval narrowed by b on each side and wider by
at most 2b on each side. PSI beside a binned score is left out: from an engine
it is computed on the reference's quantile bins, not on the files' bins, and so are the drift
pattern judged on it (pattern, since, periods). Sentences (headline, findings, notes) are
printed when they differ, as they may where a pattern does, but only figures fail the check.
Exits 1 when a figure differs.
"""
import json
import math
import sys

RELATIVE = 1e-9


def numbers_equal(a, b):
    if isinstance(a, bool) or isinstance(b, bool) or isinstance(a, int) and isinstance(b, int):
        return a == b
    return math.isclose(a, b, rel_tol=RELATIVE, abs_tol=1e-12)


def compare(files, engine, path, differences, bound=None):
    if isinstance(files, dict) and isinstance(engine, dict):
        binning = engine.get("binning_error")
        for key in sorted(set(files) | set(engine) - {"binning_error"}):
            if key not in files or key not in engine:
                differences.append(f"{path}.{key}: only in {'files' if key in files else 'engine'}")
                continue
            if binning is not None and key in ("psi", "pattern", "since", "periods"):
                continue
            if binning is not None and key in ("low", "high") and None not in (files[key], engine[key]):
                # Outward is positive: the engine's interval may only be wider, by up to 2b.
                outward = files[key] - engine[key] if key == "low" else engine[key] - files[key]
                if outward < -binning - 1e-12 or outward > 2 * binning + 1e-12:
                    differences.append(f"{path}.{key}: files {files[key]}, engine {engine[key]}, bound {binning}")
                continue
            within = binning if binning is not None and key in ("value", "score", "previous") else None
            compare(files[key], engine[key], f"{path}.{key}", differences, within)
    elif isinstance(files, list) and isinstance(engine, list):
        if len(files) != len(engine):
            differences.append(f"{path}: {len(files)} items in files, {len(engine)} from the engine")
        for index, (a, b) in enumerate(zip(files, engine)):
            name = a.get("name") if isinstance(a, dict) else None
            compare(a, b, f"{path}[{name or index}]", differences)
    elif isinstance(files, (int, float)) and isinstance(engine, (int, float)) and not isinstance(files, bool):
        if bound is not None:
            if abs(files - engine) > bound + 1e-12:
                differences.append(f"{path}: files {files}, engine {engine}, beyond the bound {bound}")
        elif not numbers_equal(files, engine):
            differences.append(f"{path}: files {files}, engine {engine}")
    elif files != engine:
        differences.append(f"{path}: files {json.dumps(files)}, engine {json.dumps(engine)}")


PROSE = ("headline", "findings", "notes")


def main():
    with open(sys.argv[1]) as handle:
        files = json.load(handle)
    with open(sys.argv[2]) as handle:
        engine = json.load(handle)
    for report in (files, engine):
        report.pop("generated_at", None)
    differences = []
    compare(files, engine, "report", differences)
    prose = [d for d in differences if any(f".{key}" in d.split(":")[0] for key in PROSE)]
    figures = [d for d in differences if d not in prose]
    binned = json.dumps(engine).count('"binning_error"')
    for difference in figures:
        print(difference)
    for difference in prose:
        print(f"(sentence) {difference}")
    print(f"{len(figures)} figures differ; {binned} figures computed from bins"
          f"{', each within its bound' if not figures else ''}; {len(prose)} sentences differ")
    sys.exit(1 if figures else 0)


if __name__ == "__main__":
    main()
