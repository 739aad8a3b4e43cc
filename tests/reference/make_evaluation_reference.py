#!/usr/bin/python3
"""Reference values for the programme-evaluation statistics (include/ecosys/evaluation/),
computed with statsmodels.

Writes tests/reference/evaluation.json, read by tests/evaluation/did_test.cpp and
tests/evaluation/survival_test.cpp (so that they need neither Python nor statsmodels):

- "did": two-period panels of regions (id, treated, pre, post, weight). For each, "twfe" is
  the treated:post coefficient of the two-way fixed-effects regression
  y ~ C(region) + C(period) + treated:post on the long panel (two rows per region),
  by statsmodels OLS, or WLS with each region's weight on both of its rows for a weighted
  panel; with two periods it equals the (weighted) difference in differences. Where
  C(n, k) is small, "exact_p" is the exact two-sided randomization p-value, enumerated
  here with itertools (every assignment of k treated regions; |did| >= |did_obs| up to a
  tolerance of 1e-9 * max(|did_obs|, max |post - pre|), as ecosys documents).
- "survival": two groups a and b of (time, event) observations. For each group, the
  Kaplan–Meier curve of statsmodels.duration.survfunc.SurvfuncRight (surv_times,
  surv_prob); for both, statsmodels.duration.survfunc.survdiff's log-rank (chisq, pvalue),
  and pvalue_sf = scipy.stats.chi2.sf(chisq, 1) (survdiff's 1 - cdf loses small p-values).

The data are drawn here: hand-made panels and samples, and some drawn with numpy's
default_rng(20240611); integer times give ties, and censoring at event times, zero
survival and a group without events are included on purpose.

Floats are written with full precision (Python's repr, as json.dumps does).

Run from the repository root:  /usr/bin/python3 tests/reference/make_evaluation_reference.py
(needs Debian's python3-statsmodels: apt-get install -y python3-statsmodels)
"""

import itertools
import json
import pathlib

import numpy as np
import pandas as pd
import scipy.stats
import statsmodels
import statsmodels.formula.api as smf
from statsmodels.duration.survfunc import SurvfuncRight, survdiff

HERE = pathlib.Path(__file__).resolve().parent
SEED = 20240611


def region(rid, treated, pre, post, weight=1.0):
    return {"id": rid, "treated": bool(treated), "pre": float(pre), "post": float(post), "weight": float(weight)}


def twfe(regions, weighted):
    """The treated:post coefficient of y ~ C(region) + C(period) + treated:post."""
    rows = []
    for r in regions:
        for period, y in ((0, r["pre"]), (1, r["post"])):
            rows.append({"region": r["id"], "period": period, "y": y, "treated": float(r["treated"]),
                         "post": float(period), "w": r["weight"]})
    df = pd.DataFrame(rows)
    formula = "y ~ C(region) + C(period) + treated:post"
    fit = smf.wls(formula, df, weights=df["w"]).fit() if weighted else smf.ols(formula, df).fit()
    return float(fit.params["treated:post"])


def abs_did(regions, treated):
    """|weighted mean of post - pre over treated - the same over the others|."""
    tw = tv = cw = cv = 0.0
    for i, r in enumerate(regions):
        d = r["post"] - r["pre"]
        if i in treated:
            tw += r["weight"]
            tv += r["weight"] * d
        else:
            cw += r["weight"]
            cv += r["weight"] * d
    return abs(tv / tw - cv / cw)


def exact_p(regions):
    n = len(regions)
    observed_set = {i for i, r in enumerate(regions) if r["treated"]}
    observed = abs_did(regions, observed_set)
    scale = max(abs(r["post"] - r["pre"]) for r in regions)
    threshold = observed - 1e-9 * max(observed, scale)
    total = extreme = 0
    for subset in itertools.combinations(range(n), len(observed_set)):
        total += 1
        if abs_did(regions, set(subset)) >= threshold:
            extreme += 1
    return extreme / total


def did_panels(rng):
    panels = []
    # The hand-worked panel of did_test.cpp.
    panels.append(("hand-5", False, [region("A", 1, 10, 15), region("B", 1, 12, 15), region("C", 0, 8, 8),
                                      region("D", 0, 11, 11), region("E", 0, 9, 11)]))
    # Normal outcomes, an effect of 1.5 on top of a common trend of 1.
    regions = []
    for i in range(12):
        treated = i < 4
        pre = rng.normal(10, 2)
        regions.append(region(f"r{i:02d}", treated, pre, pre + 1 + 1.5 * treated + rng.normal(0, 1)))
    panels.append(("normal-12", False, regions))
    # Integer outcomes with many equal differences (ties among assignments).
    regions = [region(f"t{i}", i < 4, int(rng.integers(0, 5)), int(rng.integers(0, 5))) for i in range(8)]
    panels.append(("integer-ties-8", False, regions))
    # Weighted: weights like populations, an effect of -0.8.
    regions = []
    for i in range(9):
        treated = i % 3 == 0
        pre = rng.normal(50, 10)
        regions.append(region(f"w{i}", treated, pre, pre + 2 - 0.8 * treated + rng.normal(0, 2),
                              rng.uniform(0.5, 5)))
    panels.append(("weighted-9", True, regions))
    # Larger and weighted: C(40, 15) assignments, no exact p.
    regions = []
    for i in range(40):
        treated = rng.uniform() < 0.4
        pre = rng.lognormal(3, 0.5)
        regions.append(region(f"big{i:02d}", treated, pre, pre * rng.uniform(0.9, 1.3) + 0.5 * treated,
                              rng.integers(1, 100)))
    panels.append(("weighted-40", True, regions))
    out = []
    for name, weighted, regions in panels:
        entry = {"name": name, "weighted": weighted, "regions": regions, "twfe": twfe(regions, weighted)}
        k = sum(r["treated"] for r in regions)
        if len(list(itertools.islice(itertools.combinations(range(len(regions)), k), 100001))) <= 100000:
            entry["exact_p"] = exact_p(regions)
        out.append(entry)
    return out


def km(obs):
    time = np.array([t for t, _ in obs], dtype=float)
    status = np.array([e for _, e in obs], dtype=float)
    sf = SurvfuncRight(time, status)
    return {"times": [float(x) for x in sf.surv_times], "surv_prob": [float(x) for x in sf.surv_prob]}


def survival_sets(rng):
    sets = []
    # Hand-made: ties across groups, censoring at event times (3 and 8), survival reaching 0 in b.
    sets.append(("hand-ties", [(2, 1), (3, 1), (3, 1), (3, 0), (4, 0), (6, 1), (8, 1), (8, 0)],
                 [(1, 1), (3, 1), (3, 0), (5, 1), (5, 1), (8, 0), (9, 1)]))
    # Integer times 1..10 (many ties), about a third censored; b lasts longer.
    a = [(int(rng.integers(1, 8)), int(rng.uniform() > 0.3)) for _ in range(25)]
    b = [(int(rng.integers(1, 11)), int(rng.uniform() > 0.35)) for _ in range(30)]
    sets.append(("integer-ties", a, b))
    # Censoring only at times that also have events (in either group).
    a = [(int(t), int(rng.uniform() > 0.4)) for t in rng.choice([2, 4, 6, 8], size=20)]
    b = [(int(t), int(rng.uniform() > 0.4)) for t in rng.choice([2, 4, 6, 8, 10], size=20)]
    sets.append(("censored-at-event-times", a, b))
    # Group b has no event at all.
    a = [(int(rng.integers(1, 6)), int(rng.uniform() > 0.2)) for _ in range(12)]
    b = [(int(rng.integers(1, 6)), 0) for _ in range(7)]
    sets.append(("b-without-events", a, b))
    # Continuous exponential times with independent censoring: no ties; hazard ratio 2.
    def exp_group(size, scale):
        t = rng.exponential(scale, size)
        c = rng.exponential(2 * scale, size)
        return [(float(min(x, y)), int(x <= y)) for x, y in zip(t, c)]
    sets.append(("continuous", exp_group(40, 1.0), exp_group(35, 2.0)))
    # Strong difference: a tiny p-value.
    a = [(int(rng.integers(1, 5)), 1) for _ in range(40)]
    b = [(int(rng.integers(6, 15)), int(rng.uniform() > 0.2)) for _ in range(40)]
    sets.append(("far-apart", a, b))
    out = []
    for name, a, b in sets:
        time = np.array([t for t, _ in a + b], dtype=float)
        status = np.array([e for _, e in a + b], dtype=float)
        group = np.array([0] * len(a) + [1] * len(b))
        chisq, pvalue = survdiff(time, status, group)
        out.append({"name": name, "a": [[float(t), bool(e)] for t, e in a], "b": [[float(t), bool(e)] for t, e in b],
                    "km_a": km(a), "km_b": km(b), "chisq": float(chisq), "pvalue": float(pvalue),
                    "pvalue_sf": float(scipy.stats.chi2.sf(chisq, 1))})
    return out


def compact(value, indent=""):
    """JSON with one line per small object or array (a region, a group's observations), so
    that the fixture stays readable and diffs line by line; floats as repr (full precision)."""
    flat = json.dumps(value)
    if len(flat) <= 120 or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = indent + " "
    if isinstance(value, dict):
        items = [inner + json.dumps(k) + ": " + compact(v, inner) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if all(not isinstance(v, (dict, list)) for v in value) or all(isinstance(v, list) for v in value):
        return flat  # a flat array, or a group's [time, event] pairs: one line
    items = [inner + compact(v, inner) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + indent + "]"


def main():
    rng = np.random.default_rng(SEED)
    fixture = {
        "generator": "tests/reference/make_evaluation_reference.py",
        "statsmodels": statsmodels.__version__,
        "did": did_panels(rng),
        "survival": survival_sets(rng),
    }
    path = HERE / "evaluation.json"
    with open(path, "w", encoding="utf-8") as f:
        f.write(compact(fixture) + "\n")
    print(f"wrote {path.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
