#!/usr/bin/python3
"""`ecosys evaluate` against statsmodels and against `ecosys metrics --years`.

On networks drawn here (seeded), for several metrics, with and without --weight-by actors:
- each metric's "did" equals the treated x post coefficient of the two-way fixed-effects
  regression y ~ C(region) + C(period) + treated:post (statsmodels OLS, or WLS with the
  regions' weights) fitted on the command's own "regions" panel, to 1e-9;
- each region's "pre" and "post" values equal what `ecosys metrics NETWORK --years A-B
  --format json` prints for that region (one definition of a window across commands);
- the durability curve of each group equals statsmodels' SurvfuncRight on the pairs' times,
  recomputed here from the network independently of the C++ (docs/evaluation.md#durability),
  and the log-rank p equals statsmodels' survdiff.

Exit 77 (skipped, with the reason) when statsmodels or pandas is missing.
Usage: evaluate_statsmodels_test.py --ecosys PATH
"""

import argparse
import itertools
import math
import json
import os
import random
import subprocess
import sys
import tempfile

try:
    import numpy as np
    import pandas as pd
    import statsmodels.formula.api as smf
    from statsmodels.duration.survfunc import SurvfuncRight, survdiff
except ImportError as e:  # pragma: no cover
    print(f"evaluate_statsmodels_test: skipped: {e} (Debian's python3-statsmodels and python3-pandas)")
    sys.exit(77)


def draw(seed, regions=7, per_region=12, years=range(2010, 2019)):
    rnd = random.Random(seed)
    sectors = ["industry", "academia", "government", "finance"]
    actors, ties, projects = [], [], []
    ids = {}
    for r in range(regions):
        ids[r] = [f"r{r}a{i}" for i in range(per_region)]
        for i, a in enumerate(ids[r]):
            actors.append({"id": a, "sector": sectors[(i + r) % 4], "region": f"R{r}"})
    for y in years:
        for r in range(regions):
            for _ in range(rnd.randint(2, 9)):
                a, b = rnd.sample(ids[r], 2)
                ties.append({"source": a, "target": b, "year": y})
        for k in range(4):
            rs = rnd.sample(range(regions), 2)
            # From the first three actors of each region, so that pairs meet again.
            members = [rnd.choice(ids[rs[0]][:3]), rnd.choice(ids[rs[1]][:3]), rnd.choice(ids[rnd.randrange(regions)][:3])]
            members = list(dict.fromkeys(members))
            prog = "P" if (k % 2 == 0 and y >= 2014) else ""
            p = {"id": f"p{y}_{k}", "year": y, "end_year": y + rnd.randint(0, 2),
                 "participants": [{"actor": m, "role": "coordinator" if j == 0 else "participant",
                                   "funding": rnd.randint(0, 100)} for j, m in enumerate(members)]}
            if prog:
                p["programme"] = prog
            projects.append(p)
    net = {"programmes": [{"id": "P", "regions": ["R0", "R1", "R2"], "years": "2015-2017"}],
           "actors": actors, "ties": ties, "projects": projects}
    return net


def run(ecosys, *args):
    out = subprocess.run([ecosys, *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"ecosys {' '.join(args)} failed ({out.returncode}): {out.stderr}")
    return json.loads(out.stdout)


def twfe(result, key, weighted):
    rows = []
    for r in result["regions"]:
        a, b = r["pre"][key], r["post"][key]
        if a is None or b is None or r["weight"] <= 0:
            continue
        rows.append({"region": r["id"], "period": 0, "y": a, "D": 0.0, "w": r["weight"]})
        rows.append({"region": r["id"], "period": 1, "y": b, "D": 1.0 if r["treated"] else 0.0, "w": r["weight"]})
    df = pd.DataFrame(rows)
    formula = "y ~ C(region) + C(period) + D"
    fit = smf.wls(formula, df, weights=df["w"]).fit() if weighted else smf.ols(formula, df).fit()
    return fit.params["D"]


def pair_times(net, programme):
    """Durability observations recomputed from the definition (independent of the C++)."""
    acts = []  # (start, end, is_programme, is_project, pairs)
    last = None
    for p in net["projects"]:
        ids = [x["actor"] if isinstance(x, dict) else x for x in p["participants"]]
        pairs = {tuple(sorted(c)) for c in itertools.combinations(ids, 2) if c[0] != c[1]}
        acts.append((p["year"], max(p["year"], p.get("end_year", p["year"])), p.get("programme") == programme, True, pairs))
        last = p["year"] if last is None else max(last, p["year"])
    for t in net["ties"]:
        if t["source"] != t["target"]:
            acts.append((t["year"], t["year"], False, False, {tuple(sorted((t["source"], t["target"])))}))
            last = max(last, t["year"])
    first = {}
    for start, end, prog, proj, pairs in acts:
        for q in pairs:
            first.setdefault(q, []).append((start, end, prog, proj))
    groups = {"programme": [], "other": []}
    prog_years = set()
    info = {}
    for q, xs in first.items():
        f = min(x[0] for x in xs)
        begin = [x for x in xs if x[0] == f]
        origin = max(x[1] for x in begin)
        later = [x[0] for x in xs if x[0] > f]
        is_prog = any(x[2] for x in begin)
        other_proj = any(x[3] and not x[2] for x in begin)
        info[q] = (f, origin, min(later) if later else None, is_prog, other_proj)
        if is_prog:
            prog_years.add(f)
    for q, (f, origin, nxt, is_prog, other_proj) in info.items():
        if not is_prog and not (other_proj and f in prog_years):
            continue
        event = nxt is not None
        time = max(0, (nxt if event else last) - origin)
        groups["programme" if is_prog else "other"].append((time, 1 if event else 0))
    return groups


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ecosys", required=True)
    args = ap.parse_args()
    keys = ["density", "tied_pairs", "mean_clustering", "openness", "funding_per_actor", "coordinator_share"]
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in (1, 2, 3):
            net = draw(seed)
            path = os.path.join(tmp, f"net{seed}.json")
            with open(path, "w") as f:
                json.dump(net, f)
            for weight in ("none", "actors"):
                res = run(args.ecosys, "evaluate", path, "--programme", "P", "--metrics", ",".join(keys),
                          "--weight-by", weight, "--format", "json", "-q")
                assert res["pre"] == "2012-2014" and res["post"] == "2015-2017", (res["pre"], res["post"])
                assert res["treated"] == ["R0", "R1", "R2"], res["treated"]
                for m in res["metrics"]:
                    beta = twfe(res, m["key"], weight == "actors")
                    assert abs(beta - m["did"]) <= 1e-9 * max(1.0, abs(beta)), (seed, weight, m["key"], beta, m["did"])
                    n, k = m["treated_regions"] + m["control_regions"], m["treated_regions"]
                    assert m["exact"] and m["assignments"] == math.comb(n, k), m
                    checked += 1
            # The windows' values are those of `metrics --years`.
            for window, side in ((res["pre"], "pre"), (res["post"], "post")):
                met = run(args.ecosys, "metrics", path, "--years", window, "--only", ",".join(keys), "--format", "json", "-q")
                by_id = {r["id"]: r for r in met["regions"]}
                for r in res["regions"]:
                    for k in keys:
                        want = by_id[r["id"]][k] if r["id"] in by_id else None
                        got = r[side][k]
                        assert (want is None and got is None) or abs(want - got) <= 1e-12 * max(1.0, abs(want)), (r["id"], k, want, got)
                        checked += 1
            # Durability against statsmodels on times recomputed here.
            groups = pair_times(net, "P")
            d = res["durability"]
            for g in d["groups"]:
                obs = groups[g["group"]]
                assert g["pairs"] == len(obs), (g["group"], g["pairs"], len(obs))
                assert g["events"] == sum(e for _, e in obs)
                sf = SurvfuncRight(np.array([t for t, _ in obs], float), np.array([e for _, e in obs], float))
                for point in g["km"]:
                    k = point["years"]
                    idx = np.searchsorted(sf.surv_times, k, side="right") - 1
                    s = 1.0 if idx < 0 else sf.surv_prob[idx]
                    assert abs((1 - s) - point["share_again"]) <= 1e-9, (g["group"], k, 1 - s, point["share_again"])
                    checked += 1
            times = [t for t, _ in groups["programme"]] + [t for t, _ in groups["other"]]
            status = [e for _, e in groups["programme"]] + [e for _, e in groups["other"]]
            labels = [0] * len(groups["programme"]) + [1] * len(groups["other"])
            assert sum(status) > 0, "the drawn network has no repeated pair: nothing to test"
            chisq, p = survdiff(np.array(times, float), np.array(status, float), np.array(labels))
            assert abs(p - d["logrank_p"]) <= 1e-9, (p, d["logrank_p"])
            assert abs(chisq - d["logrank_statistic"]) <= 1e-9 * max(1, chisq), (chisq, d["logrank_statistic"])
            checked += 2
    print(f"evaluate_statsmodels_test: {checked} values agree with statsmodels and ecosys metrics --years")


if __name__ == "__main__":
    main()
