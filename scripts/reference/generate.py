#!/usr/bin/env python3
"""Writes the reference values that AlmanacMetricsTests compare against.

Run `scripts/reference/generate.sh` (it makes `.venv/` with the pinned versions and calls this).
Every fixture records its inputs, the library versions and the exact call behind each expected
value. Inputs larger than a few values are not stored: they are described by a generator spec
(`draw` below) that the Swift tests reproduce bit for bit (SplitMix64 and IEEE arithmetic only,
no transcendental functions), so fixtures stay small while covering 1 to 100,000 rows.
"""

import json
import math
import pathlib
import sys

import numpy as np
import scipy
import scipy.special as sp
import scipy.stats as st
import sklearn
from scipy.spatial.distance import jensenshannon
from sklearn import metrics
from sklearn.isotonic import IsotonicRegression

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "AlmanacMetricsTests" / "Reference"
VERSIONS = {
    "python": sys.version.split()[0],
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "scikit-learn": sklearn.__version__,
}
MASK = (1 << 64) - 1
Z975 = float(st.norm.ppf(0.975))


# ---------------------------------------------------------------------------------------------
# Inputs shared with Swift


class SplitMix64:
    """The generator of AlmanacMetrics.SplitMix64, step for step."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def unit(self):
        return float(self.next() >> 11) * 2.0**-53


def draw(spec):
    """Values described by a spec: {"values": [...]} or a generator (see the Swift twin)."""
    if "values" in spec:
        return [float(v) for v in spec["values"]]
    rng = SplitMix64(spec["seed"])
    n, kind = spec["n"], spec["kind"]
    scale, shift = spec.get("scale", 1.0), spec.get("shift", 0.0)
    out = []
    for _ in range(n):
        if kind == "uniform":
            x = rng.unit()
        elif kind == "normalish":
            x = rng.unit() + rng.unit() + rng.unit() + rng.unit() - 2.0
        elif kind == "pareto":
            x = 1.0 / (1.0 - rng.unit())
        elif kind == "cauchyish":
            a = rng.unit() + rng.unit() + rng.unit() + rng.unit() - 2.0
            b = rng.unit() + rng.unit() + rng.unit() + rng.unit() - 2.0
            x = a / b
        elif kind == "levels":
            x = math.floor(rng.unit() * spec["levels"])
        elif kind == "constant":
            x = 0.0
        else:
            raise ValueError(kind)
        out.append(x * scale + shift)
    for key, special in (("nan_every", math.nan), ("inf_every", math.inf)):
        if key in spec:
            for i in range(0, n, spec[key]):
                out[i] = special
    return out


def special(x):
    """JSON has no NaN or infinity: write them as strings the Swift decoder maps back."""
    if isinstance(x, float) and not math.isfinite(x):
        return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    if isinstance(x, dict):
        return {k: special(v) for k, v in x.items()}
    if isinstance(x, list):
        return [special(v) for v in x]
    if isinstance(x, (np.floating,)):
        return special(float(x))
    if isinstance(x, (np.integer,)):
        return int(x)
    return x


def write(name, cases):
    OUT.mkdir(parents=True, exist_ok=True)
    document = {"versions": VERSIONS, "cases": cases}
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(special(document), indent=1, sort_keys=True) + "\n")
    print(f"{path.relative_to(OUT.parents[2])}: {len(cases)} cases")


def gen(kind, n, seed, **extra):
    return {"kind": kind, "n": n, "seed": seed, **extra}


# ---------------------------------------------------------------------------------------------
# Special functions


def special_functions():
    cases = []

    def add(function, call, args, value):
        cases.append({"function": function, "call": call, "args": args, "expected": float(value)})

    for a in [1e-3, 0.1, 0.5, 1, 2.5, 5, 9.99, 10, 30, 100, 1e3, 1e4, 1e5, 1e6]:
        for ratio in [1e-3, 0.1, 0.5, 0.9, 0.99, 1, 1.01, 1.1, 1.5, 2, 5, 20]:
            x = a * ratio
            add("gammainc", f"scipy.special.gammainc({a!r}, {x!r})", [a, x], sp.gammainc(a, x))
            add("gammaincc", f"scipy.special.gammaincc({a!r}, {x!r})", [a, x], sp.gammaincc(a, x))
    for a, x in [(0.5, 700.0), (3, 600.0), (50, 1000.0), (1e3, 2e3), (2, 1e-300), (1e-10, 1e-10),
                 (1e-10, 1e-3), (1e-6, 0.5), (0.2, 1.05), (0.24, 1e-5), (0.01, 1.09)]:
        add("gammainc", f"scipy.special.gammainc({a!r}, {x!r})", [a, x], sp.gammainc(a, x))
        add("gammaincc", f"scipy.special.gammaincc({a!r}, {x!r})", [a, x], sp.gammaincc(a, x))
    for x in [-38.4, -37, -30, -20, -10, -8.3, -5, -2, -1, -0.5, -1e-9, 0, 1e-9, 0.5, 1, 2, 5, 8.3, 10,
              20, 30, 37, 38.4]:
        add("ndtr", f"scipy.special.ndtr({x!r})", [x], sp.ndtr(x))
        add("norm_sf", f"scipy.stats.norm.sf({x!r})", [x], st.norm.sf(x))
    for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-6, 1e-4, 0.001, 0.0025, 0.01, 0.025, 0.05, 0.0749,
              0.075, 0.1, 0.3, 0.5, 0.7, 0.9, 0.925, 0.9251, 0.95, 0.975, 0.99, 0.999, 0.9999,
              1 - 1e-10]:
        add("ndtri", f"scipy.special.ndtri({p!r})", [p], sp.ndtri(p))
    for k in [1, 2, 3, 10, 99, 1000]:
        for x in [0.0, 1e-8, 0.5, 1, 3.84, k, 2 * k, 10 * k + 50, 1500]:
            add("chi2_sf", f"scipy.stats.chi2.sf({x!r}, {k})", [x, k], st.chi2.sf(x, k))
    for k in [0.3, 1, 1.7, 2, 5, 12.5, 99, 1000]:
        for p in [1e-12, 1e-6, 0.001, 0.01, 0.05, 0.5, 0.9, 0.999]:
            add("chi2_isf", f"scipy.stats.chi2.isf({p!r}, {k!r})", [p, k], st.chi2.isf(p, k))
    for y in [0, 0.03, 0.0406, 0.05, 0.1, 0.3, 0.5, 0.8, 0.82, 0.83, 1, 1.36, 2, 3, 5, 8, 19, 27]:
        add("kolmogorov", f"scipy.special.kolmogorov({y!r})", [y], sp.kolmogorov(y))
        add("kstwobign_cdf", f"scipy.stats.kstwobign.cdf({y!r})", [y], st.kstwobign.cdf(y))
    for n in [1, 2, 3, 5, 10, 20, 100, 1000, 10_000, 100_000, 2_000_000]:
        for x in [0.0, 0.5 / n, 1.0 / n, 1.5 / n, 0.01, 0.05, 0.1, 0.2, 0.5, 0.9, 1 - 0.5 / n, 1.0]:
            if 0 <= x <= 1:
                add("smirnov", f"scipy.special.smirnov({n}, {x!r})", [n, x], sp.smirnov(n, x))
    for n in [1, 2, 5, 10, 50, 140, 141, 500, 1000, 5000, 100_000, 100_001, 2_000_000]:
        xs = {0.4 / n, 0.8 / n, 1.0 / n, 0.5, 0.7, (n - 0.5) / n}
        for nx2 in [0.05, 0.2, 0.5, 0.754, 0.9, 1.5, 2.1, 2.3, 3.9, 4.1, 10, 17.9, 50, 369, 371]:
            xs.add(math.sqrt(nx2 / n))
        for x in sorted(xs):
            if 0 < x < 1:
                add("kstwo_sf", f"scipy.stats.kstwo.sf({x!r}, {n})", [x, n], st.kstwo.sf(x, n))
    write("special-functions", cases)


# ---------------------------------------------------------------------------------------------
# Drift


def finite(values):
    a = np.asarray(values, dtype=float)
    return a[np.isfinite(a)]


def frequency_table(ref, cur):
    """Evidently's get_binned_data without zero filling, with Sturges bins (DESIGN.md)."""
    if len(np.unique(ref)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
        return np.histogram(ref, edges)[0].astype(float), np.histogram(cur, edges)[0].astype(float)
    keys = np.union1d(ref, cur)
    return (np.array([np.sum(ref == k) for k in keys], dtype=float),
            np.array([np.sum(cur == k) for k in keys], dtype=float))


def psi(ref_counts, cur_counts):
    def shares(counts):
        s = counts / counts.sum()
        smallest = s[s != 0].min()
        s[s == 0] = smallest / 10**6 if smallest <= 0.0001 else 0.0001
        return s

    r, c = shares(ref_counts.copy()), shares(cur_counts.copy())
    return float(np.sum((r - c) * np.log(r / c)))


def chi_square(ref_counts, cur_counts):
    seen = (ref_counts + cur_counts) > 0
    ref_counts, cur_counts = ref_counts[seen], cur_counts[seen]
    expected = ref_counts * (cur_counts.sum() / ref_counts.sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        result = st.chisquare(cur_counts, expected)
    return float(result.statistic), float(result.pvalue)


def z_test(ref_counts, cur_counts):
    if len(ref_counts) == 1:
        return 0.0, 1.0
    n1, n2 = ref_counts.sum(), cur_counts.sum()
    p1, p2 = ref_counts[0] / n1, cur_counts[0] / n2
    pooled = (ref_counts[0] + cur_counts[0]) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return float(z), float(2 * st.norm.sf(abs(z)))


def automatic_method(kind, n_ref, distinct):
    if n_ref <= 1000:
        if kind == "numeric" and distinct > 5:
            return "ks"
        return "chi_square" if distinct > 2 else "z"
    return "wasserstein" if kind == "numeric" and distinct > 5 else "jensen_shannon"


def ks_cases():
    cases = []
    specs = [
        ("one-each", {"values": [1.0]}, {"values": [2.0]}),
        ("one-each-equal", {"values": [3.0]}, {"values": [3.0]}),
        ("two-vs-three", {"values": [0.1, 0.7]}, {"values": [0.2, 0.3, 0.9]}),
        ("ties-small", {"values": [1, 1, 2, 2, 3]}, {"values": [1, 2, 2, 3, 3, 3]}),
        ("constant-equal", gen("constant", 50, 1, shift=4.0), gen("constant", 70, 2, shift=4.0)),
        ("constant-apart", gen("constant", 50, 1, shift=4.0), gen("constant", 70, 2, shift=5.0)),
        ("uniform-10", gen("uniform", 10, 11), gen("uniform", 10, 12)),
        ("uniform-50-60", gen("uniform", 50, 13), gen("uniform", 60, 14)),
        ("normal-100-shift", gen("normalish", 100, 15), gen("normalish", 100, 16, shift=0.5)),
        ("normal-1000-vs-937", gen("normalish", 1000, 17), gen("normalish", 937, 18)),
        ("ties-levels-500", gen("levels", 500, 19, levels=7), gen("levels", 800, 20, levels=7)),
        ("far-apart-200", gen("uniform", 200, 21), gen("uniform", 300, 22, shift=5.0)),
        ("cauchy-400", gen("cauchyish", 400, 23), gen("cauchyish", 450, 24, scale=2.0)),
        ("pareto-1000", gen("pareto", 1000, 25), gen("pareto", 1000, 26, scale=1.1)),
        ("nan-and-inf", gen("normalish", 300, 27, nan_every=7), gen("normalish", 200, 28, inf_every=9)),
        ("square-10000", gen("normalish", 10000, 29), gen("normalish", 10000, 30, shift=0.02)),
        ("exact-10000-vs-300", gen("uniform", 10000, 31), gen("uniform", 300, 32, shift=0.03)),
        ("asymptotic-10001-vs-300", gen("uniform", 10001, 33), gen("uniform", 300, 34, shift=0.03)),
        ("asymptotic-1000-vs-100000", gen("normalish", 1000, 35), gen("normalish", 100000, 36)),
        ("asymptotic-tiny-p", gen("normalish", 1000, 37), gen("normalish", 100000, 38, shift=0.4)),
        ("asymptotic-5-vs-20000", gen("uniform", 5, 39), gen("uniform", 20000, 40)),
        ("asymptotic-100000-each", gen("normalish", 100000, 41), gen("normalish", 100000, 42, shift=0.01)),
        ("asymptotic-p-near-1", gen("uniform", 20000, 43), gen("uniform", 20000, 44)),
    ]
    for name, a, b in specs:
        x, y = finite(draw(a)), finite(draw(b))
        result = st.ks_2samp(x, y, alternative="two-sided", method="auto")
        cases.append({
            "name": name, "reference": a, "current": b,
            "call": "scipy.stats.ks_2samp(ref[isfinite], cur[isfinite], method='auto')",
            "statistic": float(result.statistic), "pvalue": float(result.pvalue),
        })
    write("ks-2samp", cases)


def numeric_drift_cases():
    cases = []
    specs = [
        ("ks-small", gen("normalish", 200, 101), gen("normalish", 150, 102, shift=0.3)),
        ("ks-same", gen("uniform", 1000, 103), gen("uniform", 900, 104)),
        ("chi-three-levels", gen("levels", 600, 105, levels=3), gen("levels", 400, 106, levels=3)),
        ("chi-five-levels-unseen", gen("levels", 300, 107, levels=4), gen("levels", 300, 108, levels=5)),
        ("z-binary", gen("levels", 800, 109, levels=2), gen("levels", 500, 110, levels=2, scale=1.0)),
        ("z-single-value", gen("constant", 100, 111, shift=1.0), gen("constant", 80, 112, shift=1.0)),
        ("wasserstein-shift", gen("normalish", 5000, 113), gen("normalish", 3000, 114, shift=0.1)),
        ("wasserstein-heavy", gen("cauchyish", 2000, 115), gen("cauchyish", 2000, 116)),
        ("wasserstein-constant-reference", gen("constant", 2000, 117, shift=3.0), gen("normalish", 50, 118)),
        ("wasserstein-100000", gen("normalish", 100000, 119, scale=10.0), gen("normalish", 100000, 120, scale=11.0)),
        ("js-four-levels", gen("levels", 5000, 121, levels=4), gen("levels", 4000, 122, levels=4, shift=1.0)),
        ("psi-twenty-values", gen("levels", 3000, 123, levels=20), gen("levels", 3000, 124, levels=21)),
        ("nan-current", gen("normalish", 1500, 125), gen("normalish", 1000, 126, nan_every=2)),
        ("one-current-value", gen("normalish", 500, 127), {"values": [0.25]}),
        ("pareto-psi", gen("pareto", 20000, 128), gen("pareto", 20000, 129, scale=1.3)),
    ]
    for name, a, b in specs:
        ref, cur = finite(draw(a)), finite(draw(b))
        case = {"name": name, "kind": "numeric", "reference": a, "current": b}
        case.update(drift_expectations("numeric", ref, cur))
        cases.append(case)
    for name, ref_counts, cur_counts in [
        ("categorical-three", [500, 300, 200], [480, 320, 200]),
        ("categorical-unseen", [400, 350, 250, 0], [380, 300, 260, 60]),
        ("categorical-empty-slot", [40, 0, 30, 30], [35, 0, 40, 25]),
        ("categorical-binary", [700, 300], [600, 400]),
        ("categorical-single", [0, 90, 0], [0, 70, 0]),
        ("categorical-large", [4000, 2500, 1500, 1000, 1000], [3000, 2600, 2000, 1200, 1200]),
        ("categorical-tiny-p", [900, 100, 0], [100, 900, 0]),
    ]:
        ref = np.repeat(np.arange(len(ref_counts)), ref_counts).astype(float)
        cur = np.repeat(np.arange(len(cur_counts)), cur_counts).astype(float)
        case = {"name": name, "kind": "categorical", "reference_counts": ref_counts,
                "current_counts": cur_counts}
        case.update(drift_expectations("categorical", ref, cur))
        cases.append(case)
    write("drift", cases)


def drift_expectations(kind, ref, cur):
    """Every measure's expected value, and what the automatic rule should pick and decide."""
    distinct = len(np.union1d(ref, cur))
    if kind == "categorical":
        keys = np.union1d(ref, cur)
        ref_counts = np.array([np.sum(ref == k) for k in keys], dtype=float)
        cur_counts = np.array([np.sum(cur == k) for k in keys], dtype=float)
    else:
        ref_counts, cur_counts = frequency_table(ref, cur)
    out = {
        "reference_count": len(ref), "current_count": len(cur), "distinct": distinct,
        "table_reference": ref_counts.tolist(), "table_current": cur_counts.tolist(),
        "psi": psi(ref_counts, cur_counts),
        "jensen_shannon": float(jensenshannon(ref_counts, cur_counts)),
        "calls": {
            "psi": "sum((r - c) * log(r / c)) over Evidently-filled shares",
            "jensen_shannon": "scipy.spatial.distance.jensenshannon(ref_counts, cur_counts)",
            "chi_square": "scipy.stats.chisquare(cur, ref * n_cur / n_ref) over bins non-empty on a side",
            "z": "2 * scipy.stats.norm.sf(abs(z)), pooled two-proportion z",
            "ks": "scipy.stats.ks_2samp(ref, cur)",
            "wasserstein": "scipy.stats.wasserstein_distance(ref, cur) / max(numpy.std(ref), 0.001)",
        },
    }
    if np.sum((ref_counts + cur_counts) > 0) > 1:
        out["chi_square_statistic"], out["chi_square_pvalue"] = chi_square(ref_counts, cur_counts)
    if len(ref_counts) <= 2:
        out["z_statistic"], out["z_pvalue"] = z_test(ref_counts, cur_counts)
    if kind == "numeric":
        ks = st.ks_2samp(ref, cur)
        out["ks_statistic"], out["ks_pvalue"] = float(ks.statistic), float(ks.pvalue)
        raw = float(st.wasserstein_distance(ref, cur))
        out["wasserstein_raw"] = raw
        out["wasserstein_normed"] = raw / max(float(np.std(ref)), 0.001)
    method = automatic_method(kind, len(ref), distinct)
    score = {
        "ks": out.get("ks_pvalue"), "chi_square": out.get("chi_square_pvalue"),
        "z": out.get("z_pvalue"), "wasserstein": out.get("wasserstein_normed"),
        "jensen_shannon": out["jensen_shannon"],
    }[method]
    detected = {
        "ks": lambda p: p <= 0.05, "chi_square": lambda p: p < 0.05, "z": lambda p: p < 0.05,
        "wasserstein": lambda d: d >= 0.1, "jensen_shannon": lambda d: d >= 0.1,
    }[method](score)
    out.update({"automatic_method": method, "automatic_score": score, "automatic_detected": bool(detected)})
    return out


# ---------------------------------------------------------------------------------------------
# Classification, regression, calibration


def classification_rows(spec):
    """Labels and scores from one seed (see ReferenceInputs.classificationRows in Swift)."""
    rng = SplitMix64(spec["seed"])
    actual, scores = [], []
    for _ in range(spec["n"]):
        positive = rng.unit() < spec["prevalence"]
        u = rng.unit()
        score = u * 0.7 + 0.3 if positive else u * 0.7
        if "ties" in spec:
            score = math.floor(score * spec["ties"]) / spec["ties"]
        actual.append(positive)
        scores.append(score)
    return actual, scores


def wilson(k, n):
    if n == 0:
        return None
    p = k / n
    denominator = 1 + Z975**2 / n
    centre = (p + Z975**2 / (2 * n)) / denominator
    half = Z975 / denominator * math.sqrt(p * (1 - p) / n + Z975**2 / (4 * n * n))
    return [p, max(0.0, centre - half), min(1.0, centre + half)]


def delong(actual, scores):
    """DeLong's interval from midranks (Sun and Xu, 2014): an implementation independent of Swift's."""
    y = np.asarray(actual, dtype=bool)
    s = np.asarray(scores, dtype=float)
    pos, neg = s[y], s[~y]
    m, n = len(pos), len(neg)
    ranks_all = st.rankdata(np.concatenate([pos, neg]))
    v10 = (ranks_all[:m] - st.rankdata(pos)) / n
    v01 = 1 - (ranks_all[m:] - st.rankdata(neg)) / m
    auc = v10.mean()
    if m < 2 or n < 2:
        return [float(auc), None, None]
    se = math.sqrt(np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / n)
    return [float(auc), max(0.0, auc - Z975 * se), min(1.0, auc + Z975 * se)]


def classification_cases():
    cases = []
    for name, spec in [
        ("one-row", {"n": 1, "seed": 201, "prevalence": 0.5}),
        ("small", {"n": 20, "seed": 202, "prevalence": 0.4}),
        ("ties", {"n": 500, "seed": 203, "prevalence": 0.3, "ties": 10}),
        ("balanced-10000", {"n": 10000, "seed": 204, "prevalence": 0.5}),
        ("rare-100000", {"n": 100000, "seed": 205, "prevalence": 0.02, "ties": 1000}),
        ("all-negative", {"n": 50, "seed": 206, "prevalence": 0.0}),
        ("all-positive-scores-0-1", {"n": 30, "seed": 207, "prevalence": 1.0, "ties": 1}),
    ]:
        actual, scores = classification_rows(spec)
        predicted = [s >= 0.5 for s in scores]
        tp = sum(a and p for a, p in zip(actual, predicted))
        fp = sum((not a) and p for a, p in zip(actual, predicted))
        fn = sum(a and not p for a, p in zip(actual, predicted))
        tn = len(actual) - tp - fp - fn
        both = len(set(actual)) == 2
        cases.append({
            "name": name, "rows": spec, "confusion": [tp, fp, fn, tn],
            "accuracy": wilson(tp + tn, len(actual)), "precision": wilson(tp, tp + fp),
            "recall": wilson(tp, tp + fn), "specificity": wilson(tn, tn + fp),
            "positive_rate": wilson(tp + fp, len(actual)),
            "f1": float(metrics.f1_score(actual, predicted, zero_division=np.nan)) if tp + fp + fn else None,
            "roc_auc": float(metrics.roc_auc_score(actual, scores)) if both else None,
            "roc_auc_interval": delong(actual, scores) if both else None,
            "log_loss": float(metrics.log_loss(actual, scores, labels=[False, True])),
            "brier": float(metrics.brier_score_loss(actual, scores, pos_label=True)),
            "calls": {
                "accuracy": "sklearn.metrics.accuracy_score(actual, predicted) + Wilson (z = norm.ppf(0.975))",
                "f1": "sklearn.metrics.f1_score(actual, predicted)",
                "roc_auc": "sklearn.metrics.roc_auc_score(actual, scores); DeLong via scipy.stats.rankdata",
                "log_loss": "sklearn.metrics.log_loss(actual, scores, labels=[False, True])",
                "brier": "sklearn.metrics.brier_score_loss(actual, scores, pos_label=True)",
            },
        })
    for name, spec in [("multiclass-small", {"n": 12, "seed": 211, "levels": 3}),
                       ("multiclass-large", {"n": 50000, "seed": 212, "levels": 7})]:
        rng = SplitMix64(spec["seed"])
        actual, predicted = [], []
        for _ in range(spec["n"]):
            a = math.floor(rng.unit() * spec["levels"])
            p = a if rng.unit() < 0.6 else math.floor(rng.unit() * (spec["levels"] + 1))
            actual.append(a)
            predicted.append(p)
        correct = sum(a == p for a, p in zip(actual, predicted))
        cases.append({
            "name": name, "multiclass": spec, "accuracy": wilson(correct, len(actual)),
            "macro_f1": float(metrics.f1_score(actual, predicted, average="macro")),
            "calls": {"macro_f1": "sklearn.metrics.f1_score(actual, predicted, average='macro')"},
        })
    write("classification", cases)


def regression_cases():
    cases = []
    for name, actual_spec, noise_spec in [
        ("one-row", {"values": [2.0]}, {"values": [0.5]}),
        ("small", gen("normalish", 10, 301, scale=3.0, shift=10.0), gen("normalish", 10, 302)),
        ("zeros-in-actual", gen("levels", 1000, 303, levels=5), gen("normalish", 1000, 304)),
        ("constant-actual", gen("constant", 50, 305, shift=2.0), gen("normalish", 50, 306)),
        ("perfect-constant", gen("constant", 50, 307, shift=2.0), gen("constant", 50, 308)),
        ("cancellation", gen("normalish", 5000, 309, shift=1e9), gen("normalish", 5000, 310, scale=0.01)),
        ("heavy-tail", gen("cauchyish", 20000, 311), gen("pareto", 20000, 312)),
        ("large-100000", gen("normalish", 100000, 313, scale=50.0), gen("normalish", 100000, 314, scale=5.0, shift=0.3)),
    ]:
        actual = np.asarray(draw(actual_spec))
        predicted = actual + np.asarray(draw(noise_spec))
        errors = predicted - actual
        n = len(actual)
        nonzero = actual != 0
        case = {
            "name": name, "actual": actual_spec, "noise": noise_spec,
            "mae": float(metrics.mean_absolute_error(actual, predicted)),
            "rmse": float(metrics.root_mean_squared_error(actual, predicted)),
            "mean_error": float(np.mean(errors)),
            "zero_actual_count": int(np.sum(~nonzero)),
            "mape": float(metrics.mean_absolute_percentage_error(actual[nonzero], predicted[nonzero])) if nonzero.any() else None,
            "r2": float(metrics.r2_score(actual, predicted)) if n > 1 else None,
            "calls": {
                "mae": "sklearn.metrics.mean_absolute_error(actual, predicted); interval mean ± z·std(|e|, ddof=1)/√n",
                "rmse": "sklearn.metrics.root_mean_squared_error; interval √(mse ± z·std(e², ddof=1)/√n)",
                "mape": "sklearn.metrics.mean_absolute_percentage_error on rows with actual != 0",
                "r2": "sklearn.metrics.r2_score(actual, predicted)",
            },
        }
        if n > 1:
            absolute, squared = np.abs(errors), errors**2
            half = Z975 * np.std(absolute, ddof=1) / math.sqrt(n)
            case["mae_interval"] = [max(0.0, absolute.mean() - half), absolute.mean() + half]
            half = Z975 * np.std(squared, ddof=1) / math.sqrt(n)
            case["rmse_interval"] = [math.sqrt(max(0.0, squared.mean() - half)), math.sqrt(squared.mean() + half)]
        cases.append(case)
    write("regression", cases)


def isotonic_cases():
    cases = []
    for name, spec in [
        ("small", {"n": 15, "seed": 401, "prevalence": 0.5, "ties": 5}),
        ("ties", {"n": 2000, "seed": 402, "prevalence": 0.3, "ties": 50}),
        ("continuous", {"n": 20000, "seed": 403, "prevalence": 0.4}),
        ("one-class", {"n": 40, "seed": 404, "prevalence": 0.0}),
    ]:
        actual, scores = classification_rows(spec)
        model = IsotonicRegression(out_of_bounds="clip").fit(scores, np.asarray(actual, dtype=float))
        queries = [-1.0, 0.0, 0.05, 0.123456, 0.25, 0.3, 0.31, 0.5, 0.6789, 0.75, 0.99, 1.0, 2.0]
        cases.append({
            "name": name, "rows": spec, "queries": queries,
            "expected": [float(v) for v in model.predict(queries)],
            "call": "sklearn.isotonic.IsotonicRegression(out_of_bounds='clip').fit(scores, actual).predict(queries)",
        })
    write("isotonic", cases)


def nannyml_roc_auc(probabilities, scores):
    """NannyML 0.13's CBPE `estimate_roc_auc`: the model's scores order the rows, the calibrated
    probabilities are their expected outcomes, and the running sums are rounded to 5 decimals."""
    order = np.argsort(scores)[::-1]
    p = np.asarray(probabilities)[order]
    tps = np.cumsum(p)
    fps = 1 + np.arange(len(p)) - tps
    tps = np.round(np.r_[0, tps], 5)
    fps = np.round(np.r_[0, fps], 5)
    return float(metrics.auc(fps / fps[-1], tps / tps[-1]))


def pairwise_roc_auc(probabilities, scores):
    """The area under the expected ROC curve by its definition, pair by pair (ties, a row with
    itself included, count half): independent of the grouping Swift uses."""
    p = np.asarray(probabilities)
    s = np.asarray(scores)
    above = (s[:, None] > s[None, :]).astype(float) + 0.5 * (s[:, None] == s[None, :])
    return float(p @ above @ (1 - p) / (p.sum() * (1 - p).sum()))


def estimation_cases():
    cases = []
    for name, reference_spec, current_spec, method in [
        ("distinct scores", {"n": 3000, "seed": 501, "prevalence": 0.35},
         {"n": 2000, "seed": 502, "prevalence": 0.5}, "nannyml"),
        ("shifted", {"n": 5000, "seed": 503, "prevalence": 0.2},
         {"n": 20000, "seed": 504, "prevalence": 0.45}, "nannyml"),
        ("tied scores", {"n": 2000, "seed": 505, "prevalence": 0.4, "ties": 40},
         {"n": 600, "seed": 506, "prevalence": 0.3, "ties": 40}, "pairwise"),
    ]:
        ref_actual, ref_scores = classification_rows(reference_spec)
        _, scores = classification_rows(current_spec)
        model = IsotonicRegression(out_of_bounds="clip").fit(
            ref_scores, np.asarray(ref_actual, dtype=float))
        probabilities = model.predict(scores)
        if method == "nannyml":
            expected = nannyml_roc_auc(probabilities, scores)
            call = ("NannyML 0.13 CBPE estimate_roc_auc(calibrated, scores) restated in numpy, calibrated = "
                    "IsotonicRegression(out_of_bounds='clip').fit(reference).predict(scores)")
        else:
            expected = pairwise_roc_auc(probabilities, scores)
            call = "sum over pairs of p_i (1 - p_j) [s_i > s_j] (+1/2 if equal) / (sum p * sum (1 - p))"
        cases.append({
            "name": name, "reference": reference_spec, "current": current_spec,
            "expected_roc_auc": expected, "call": call,
        })
    write("estimation", cases)


if __name__ == "__main__":
    special_functions()
    ks_cases()
    numeric_drift_cases()
    classification_cases()
    regression_cases()
    isotonic_cases()
    estimation_cases()
