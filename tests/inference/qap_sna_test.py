#!/usr/bin/env python3
"""`ecosys qap` and `compare --cug` against R's sna (netlm, netlogit, gcor, cug.test).

The dyadic variables are built here, independently of ecosys, from the network's
JSON file (ties plus each project's pairs, same region, same sector); R fits them with
sna and ecosys fits its own. Estimates, standard errors, t values, R^2 and AIC must
agree to 1e-9; permutation p-values within Monte-Carlo error (4 sigma of the difference
of two independent estimates). Networks: the shipped Japan network (the kanto region,
undirected and directed), Zachary's karate club, a generated one with hostile ids, and
(CUG) the Florentine families. Exit 77 (skipped, with the reason) without Rscript or sna.

    qap_sna_test.py --ecosys build/test/ecosys --networks networks
"""

import argparse
import csv
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

R_SCRIPT = r"""
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; mode <- args[2]; model <- args[3]; reps <- as.integer(args[4]); k <- as.integer(args[5])
readm <- function(name) as.matrix(read.csv(file.path(dir, name), header = FALSE))
y <- readm("y.csv")
x <- lapply(seq_len(k), function(i) readm(paste0("x", i, ".csv")))
set.seed(7)
null <- if (reps > 0) "qapspp" else "classical"
if (model == "ols") {
  fit <- netlm(y, x, mode = mode, nullhyp = null, reps = max(reps, 1))
  se <- sqrt(diag(chol2inv(fit$qr$qr[seq_len(k + 1), seq_len(k + 1), drop = FALSE]) *
           sum(fit$residuals^2) / fit$df.residual))
  yv <- fit$fitted.values + fit$residuals
  r2 <- 1 - sum(fit$residuals^2) / sum((yv - mean(yv))^2)
  out <- list(estimate = unname(fit$coefficients), std_error = unname(se), t = unname(fit$tstat),
              r2 = r2, adjusted_r2 = 1 - (1 - r2) * (fit$n - 1) / fit$df.residual)
} else {
  fit <- netlogit(y, x, mode = mode, nullhyp = null, reps = max(reps, 1))
  out <- list(estimate = unname(fit$coefficients), std_error = unname(fit$se), t = unname(fit$tstat),
              aic = fit$aic, deviance = fit$deviance, null_deviance = fit$null.deviance)
}
if (reps > 0) {
  out$p_greater <- unname(fit$pgreq); out$p_less <- unname(fit$pleeq); out$p_two_sided <- unname(fit$pgreqabs)
}
g <- gcor(y, x[[1]], mode = mode)
q <- qaptest(list(y, x[[1]]), gcor, g1 = 1, g2 = 2, mode = mode, reps = max(reps, 1))
out$correlation <- g
if (reps > 0) { out$cor_p_greater <- q$pgreq; out$cor_p_less <- q$pleeq }
cat(paste0("{", paste(sprintf('"%s": [%s]', names(out),
    sapply(out, function(v) paste(sprintf("%.17g", v), collapse = ","))), collapse = ", "), "}\n"))
"""


CUG_SCRIPT = r"""
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
y <- as.matrix(read.csv(args[1], header = FALSE))
set.seed(3)
r <- cug.test(y, gtrans, mode = args[2], cmode = args[3], reps = as.integer(args[4]))
cat(sprintf('{"observed": %.17g, "p_greater": %.17g, "p_less": %.17g}\n', r$obs.stat, r$pgteobs, r$plteobs))
"""


def check_cug(ecosys, network, tmp, reps=2000):
    """compare --cug edges of transitivity against sna's cug.test(gtrans, cmode = "edges")."""
    net, actors = load_network(network)
    ids, y, _ = variables(net, actors, None, False)
    path = os.path.join(tmp, "cug_y.csv")
    write_matrix(path, y)
    script = os.path.join(tmp, "cug.R")
    with open(script, "w") as f:
        f.write(CUG_SCRIPT)
    r = subprocess.run(["Rscript", script, path, "graph", "edges", str(reps)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"R failed: {r.stderr}")
    sna = json.loads(r.stdout)
    out = subprocess.run([ecosys, "compare", network, "--metrics", "transitivity", "--samples", "0", "--cug", "edges",
                          "--cug-samples", str(reps), "--format", "json", "-q"], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"ecosys compare --cug failed: {out.stderr}")
    ours = json.loads(out.stdout)["whole"]["cug"]["transitivity"]
    what = f"{os.path.basename(network)} CUG transitivity (edges)"
    close(ours["observed"], sna["observed"], what + " observed")
    within_mc(ours["p_greater"], sna["p_greater"], reps, what + " p_greater")
    within_mc(ours["p_less"], sna["p_less"], reps, what + " p_less")
    print(f"ok {what}: p(>=) {ours['p_greater']:.4f} vs sna {sna['p_greater']:.4f}, "
          f"p(<=) {ours['p_less']:.4f} vs {sna['p_less']:.4f}")


def load_network(path):
    with open(path, encoding="utf-8") as f:
        net = json.load(f)
    actors = [a["id"] for a in net["actors"]]
    return net, actors


def variables(net, actors, region, directed):
    """y (ties plus project pairs), same_region, same_sector over the actors of `region`."""
    info = {a["id"]: a for a in net["actors"]}
    regions = {r["id"]: r.get("parent", "") for r in net.get("regions", [])}

    def inside(actor_id):
        if region is None:
            return True
        r = info[actor_id].get("region", "")
        while r:
            if r == region:
                return True
            r = regions.get(r, "")
        return False

    ids = [a for a in actors if inside(a)]
    at = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    y = [[0] * n for _ in range(n)]

    def tie(s, t, one_way):
        if s in at and t in at and s != t:
            y[at[s]][at[t]] = 1
            if not (directed and one_way):
                y[at[t]][at[s]] = 1

    for t in net.get("ties", []):
        tie(t["source"], t["target"], t.get("directed", False))
    for p in net.get("projects", []):
        members = [m if isinstance(m, str) else m["actor"] for m in p.get("participants", [])]
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                tie(members[i], members[j], False)

    def same(field):
        m = [[0] * n for _ in range(n)]
        for i, a in enumerate(ids):
            va = info[a].get(field, "")
            for j, b in enumerate(ids):
                if i != j and va and va == info[b].get(field, ""):
                    m[i][j] = 1
        return m

    return ids, y, [same("region"), same("sector")]


def write_matrix(path, m):
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows(m)


def run_ecosys(ecosys, network, args):
    out = subprocess.run([ecosys, "qap", network, "--format", "json", "-q"] + args, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"ecosys qap {' '.join(args)} failed ({out.returncode}): {out.stderr}")
    return json.loads(out.stdout)


def close(a, b, what, tol=1e-9):
    if not math.isclose(a, b, rel_tol=tol, abs_tol=tol):
        raise SystemExit(f"FAIL {what}: ecosys {a!r}, sna {b!r}")


def within_mc(a, b, reps, what):
    p = (a + b) / 2
    sigma = math.sqrt(max(p * (1 - p), 1 / reps) * 2 / reps)
    if abs(a - b) > 4 * sigma + 1e-12:
        raise SystemExit(f"FAIL {what}: ecosys p {a}, sna p {b}, beyond 4 sigma ({4 * sigma:.4f}) at {reps} permutations")


def hostile_network(path, seed=3):
    rng = random.Random(seed)
    names = ["Ａ社", "a,b", 'q"uote', "tab\there", " lead", "東北大学", "x;y", "<script>", "=1+1", "ü"]
    actors = []
    for i in range(40):
        actors.append({"id": f"{names[i % len(names)]}#{i}", "sector": rng.choice(["industry", "academia", "government", "finance"]),
                       "region": rng.choice(["north", "south", "east"])})
    ties = []
    for i in range(40):
        for j in range(i + 1, 40):
            same = actors[i]["region"] == actors[j]["region"]
            if rng.random() < (0.25 if same else 0.06):
                ties.append({"source": actors[i]["id"], "target": actors[j]["id"]})
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"name": "hostile", "actors": actors, "ties": ties}, f, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ecosys", required=True)
    ap.add_argument("--networks", required=True)
    a = ap.parse_args()
    if not shutil.which("Rscript"):
        print("SKIP: Rscript is not installed (Debian: r-cran-sna)")
        return 77
    if subprocess.run(["Rscript", "-e", "library(sna)"], capture_output=True).returncode != 0:
        print("SKIP: R's sna package is not installed (Debian: r-cran-sna)")
        return 77
    tmp = tempfile.mkdtemp(prefix="ecosys-qap-sna-")
    try:
        hostile = os.path.join(tmp, "hostile.json")
        hostile_network(hostile)
        japan = os.path.join(a.networks, "japan-innovation.json")
        florentine = os.path.join(a.networks, "florentine-families.json")
        zachary = os.path.join(a.networks, "zachary-karate-club.json")
        cases = [
            # network, region, directed, model, permutations
            (japan, "kanto", False, "ols", 0),
            (japan, "kanto", True, "ols", 0),
            (japan, "kanto", False, "logit", 0),
            (hostile, None, False, "ols", 1000),
            (hostile, None, False, "logit", 0),
            (zachary, None, False, "ols", 0),
            (zachary, None, False, "logit", 1000),
        ]
        checked = 0
        for network, region, directed, model, reps in cases:
            net, actors = load_network(network)
            ids, y, xs = variables(net, actors, region, directed)
            # A predictor that does not vary cannot be fitted; keep those that do.
            names = ["same_region", "same_sector"]
            keep = [i for i, x in enumerate(xs)
                    if len({x[p][q] for p in range(len(ids)) for q in range(len(ids)) if p != q}) > 1]
            xs = [xs[i] for i in keep]
            names = [names[i] for i in keep]
            d = os.path.join(tmp, f"case{checked}")
            os.makedirs(d)
            write_matrix(os.path.join(d, "y.csv"), y)
            for i, x in enumerate(xs):
                write_matrix(os.path.join(d, f"x{i + 1}.csv"), x)
            with open(os.path.join(d, "run.R"), "w") as f:
                f.write(R_SCRIPT)
            mode = "digraph" if directed else "graph"
            r = subprocess.run(["Rscript", os.path.join(d, "run.R"), d, mode, model, str(reps), str(len(xs))],
                               capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(f"R failed: {r.stderr}")
            sna = json.loads(r.stdout)
            args = ["--x", ",".join(names), "--model", model, "--permutations", str(reps), "--seed", "5"]
            if region:
                args += ["--region", region]
            if directed:
                args += ["--directed"]
            ours = run_ecosys(a.ecosys, network, args)
            what = f"{os.path.basename(network)} {region or '*'} {mode} {model}"
            if ours["n_dyads"] != (len(ids) * (len(ids) - 1) // (1 if directed else 2)):
                raise SystemExit(f"FAIL {what}: {ours['n_dyads']} dyads, expected {len(ids)} actors' pairs")
            for i, c in enumerate(ours["coefficients"]):
                close(c["estimate"], sna["estimate"][i], f"{what} estimate {c['term']}")
                close(c["std_error"], sna["std_error"][i], f"{what} std_error {c['term']}")
                close(c["t"], sna["t"][i], f"{what} t {c['term']}")
                if reps:
                    within_mc(c["p_greater"], sna["p_greater"][i], reps, f"{what} p_greater {c['term']}")
                    within_mc(c["p_less"], sna["p_less"][i], reps, f"{what} p_less {c['term']}")
                    within_mc(c["p_two_sided"], sna["p_two_sided"][i], reps, f"{what} p_two_sided {c['term']}")
            if model == "ols":
                close(ours["r2"], sna["r2"][0], f"{what} r2")
                close(ours["adjusted_r2"], sna["adjusted_r2"][0], f"{what} adjusted r2")
            else:
                close(ours["aic"], sna["aic"][0], f"{what} aic")
                close(ours["deviance"], sna["deviance"][0], f"{what} deviance")
            corr = run_ecosys(a.ecosys, network, ["--x", names[0], "--correlate", "--permutations", str(reps), "--seed", "5"]
                              + (["--region", region] if region else []) + (["--directed"] if directed else []))
            close(corr["correlation"], sna["correlation"][0], f"{what} QAP correlation with {names[0]}")
            if reps:
                within_mc(corr["p_greater"], sna["cor_p_greater"][0], reps, f"{what} correlation p_greater")
                within_mc(corr["p_less"], sna["cor_p_less"][0], reps, f"{what} correlation p_less")
            print(f"ok {what}: {len(ids)} actors, {len(ours['coefficients'])} terms"
                  + (f", p-values at {reps} permutations" if reps else ""))
            checked += 1
        check_cug(a.ecosys, florentine, tmp)
        check_cug(a.ecosys, zachary, tmp)
        print(f"{checked} QAP cases and 2 CUG tests agree with sna's")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
