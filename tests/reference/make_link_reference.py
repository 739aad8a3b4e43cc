#!/usr/bin/python3
"""Reference values for `ecosys links`, computed with NetworkX's link prediction.

Writes tests/reference/links.json: for each network, a seeded sample of actor pairs
(untied pairs and some tied ones) with NetworkX's common-neighbour count,
jaccard_coefficient, adamic_adar_index, resource_allocation_index and
preferential_attachment, and for each method the scores of its best untied pairs
(every untied pair scored by NetworkX, sorted), so tests/links/link_prediction_test.cpp
needs neither Python nor the data folder; and the evaluation of `links --evaluate
--train-until 2015` on networks/japan-innovation.json for the five scores, computed here
from every candidate pair with NetworkX's scores (tests/analysis/link_evaluation_test.cpp).

Networks: the four of make_reference.py (read from their fixtures, which hold the
network with its parallel ties, self-loops and projects) and, held out from every
other fixture, Les Misérables (Knuth's co-appearance network, from ../shared/data).
The graph is make_reference.build_graph's: undirected, parallel ties one edge,
self-loops dropped, projects' ties added; link prediction reads no weights.

Run from the repository root:  /usr/bin/python3 tests/reference/make_link_reference.py [--data ../shared/data]
"""

import argparse
import csv
import json
import math
import pathlib
import random
import sys

import networkx as nx

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
import make_reference as ref  # noqa: E402

METHODS = ["common_neighbors", "jaccard", "adamic_adar", "resource_allocation", "preferential_attachment"]
TOP = 40


def scores(G, pairs):
    """NetworkX's five scores of each pair, as a list per pair."""
    out = {m: {} for m in METHODS}
    for u, v in pairs:
        out["common_neighbors"][(u, v)] = float(len(list(nx.common_neighbors(G, u, v))))
    for name, fn in [("jaccard", nx.jaccard_coefficient), ("adamic_adar", nx.adamic_adar_index),
                     ("resource_allocation", nx.resource_allocation_index),
                     ("preferential_attachment", nx.preferential_attachment)]:
        for u, v, s in fn(G, pairs):
            out[name][(u, v)] = float(s)
    return out


def les_miserables(data):
    folder = data / "les-miserables"
    ids = []
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ids.append(row["id"])
    ties = []
    with open(folder / "edges.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ties.append({"source": row["source"], "target": row["target"], "weight": float(row["weight"])})
    return {"name": "Les Miserables co-appearances (held out)", "sectors": ref.DEFAULT_SECTORS, "regions": [],
            "actors": [{"id": i, "sector": "academia"} for i in ids], "ties": ties}


def record(name, net, rng):
    G = ref.build_graph(net)
    order = {a["id"]: i for i, a in enumerate(net["actors"])}
    nodes = list(G)
    untied = [(u, v) if order[u] < order[v] else (v, u) for u, v in nx.non_edges(G)]
    untied.sort(key=lambda p: (order[p[0]], order[p[1]]))
    tied = sorted(((u, v) if order[u] < order[v] else (v, u) for u, v in G.edges()), key=lambda p: (order[p[0]], order[p[1]]))
    sample = rng.sample(untied, min(300, len(untied))) + rng.sample(tied, min(20, len(tied)))
    s = scores(G, sample)
    every = scores(G, untied)
    top = {}
    for m in METHODS:
        ranked = sorted(every[m].values(), reverse=True)
        if m != "preferential_attachment":
            ranked = [x for x in ranked if x > 0]  # ecosys lists no zero-score pair for these
        top[m] = ranked[:TOP]
    print("%s: %d actors, %d edges, %d untied pairs" % (name, len(nodes), G.number_of_edges(), len(untied)))
    return {
        "pairs": [[u, v] + [s[m][(u, v)] for m in METHODS] for u, v in sample],
        "top": top,
    }


def quality(pos, neg):
    """AUC (ties 1/2), average precision (one step per distinct score) and expected
    precision@k (ties at the cut in random order) of positive and negative scores."""
    from collections import Counter
    P, N = len(pos), len(neg)
    cp, cn = Counter(pos), Counter(neg)
    values = sorted(set(cp) | set(cn), reverse=True)
    wins = 0.0
    below = N
    items = hits = 0
    ap = 0.0
    for v in values:
        below -= cn[v]
        wins += cp[v] * (below + 0.5 * cn[v])
        items += cp[v] + cn[v]
        hits += cp[v]
        if cp[v]:
            ap += cp[v] * hits / items
    prec = {}
    for k in (10, 100, 1000):
        k = min(k, P + N)
        taken = got = 0.0
        for v in values:
            group = cp[v] + cn[v]
            if taken + group >= k:
                got += (k - taken) * cp[v] / group
                break
            taken += group
            got += cp[v]
        prec[k] = got / k
    return {"auc": wins / (P * N), "average_precision": ap / P, "precision_at_10": prec[10],
            "precision_at_100": prec[100], "precision_at_1000": prec[1000]}


def evaluation(path, until):
    """The protocol of `links --evaluate` (docs/matching.md) with NetworkX's scores:
    train on ties and projects dated up to `until`, score every untied pair of actors
    present then, positives those tied after it."""
    with open(path, encoding="utf-8") as f:
        net = json.load(f)
    train = dict(net)
    train["ties"] = [t for t in net["ties"] if t.get("year") is not None and t["year"] <= until]
    train["projects"] = [p for p in net.get("projects", []) if p.get("year") is not None and p["year"] <= until]
    G = ref.build_graph(train)
    present = {t["source"] for t in train["ties"]} | {t["target"] for t in train["ties"]}
    for p in train["projects"]:
        present |= set(p["participants"])
    later = set()
    for t in net["ties"]:
        if t.get("year") is not None and t["year"] > until and t["source"] != t["target"]:
            later.add(frozenset((t["source"], t["target"])))
    for p in net.get("projects", []):
        if p.get("year") is not None and p["year"] > until:
            for a in p["participants"]:
                for b in p["participants"]:
                    if a != b:
                        later.add(frozenset((a, b)))
    actors = [a["id"] for a in net["actors"] if a["id"] in present]
    pairs = [(u, v) for i, u in enumerate(actors) for v in actors[i + 1:] if not G.has_edge(u, v)]
    positive = [frozenset(p) in later for p in pairs]
    s = scores(G, pairs)
    for m in METHODS:  # at 12 decimal places, as ecosys compares them: sums in another order tie
        s[m] = {p: math.floor(x * 1e12 + 0.5) / 1e12 for p, x in s[m].items()}
    out = {"train_until": until, "training_actors": len(actors), "candidates": len(pairs), "positives": sum(positive),
           "methods": {}}
    for m in METHODS:
        pos = [s[m][p] for p, y in zip(pairs, positive) if y]
        neg = [s[m][p] for p, y in zip(pairs, positive) if not y]
        out["methods"][m] = quality(pos, neg)
    print("evaluation of %s until %d: %d candidates, %d positives" % (path.name, until, len(pairs), sum(positive)))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data")
    args = parser.parse_args()
    data = (REPO / args.data).resolve()
    rng = random.Random(18)
    out = {"generator": "tests/reference/make_link_reference.py with networkx " + nx.__version__,
           "methods": METHODS, "networks": {}}
    for name in ["karate", "florentine", "disconnected", "japan-innovation"]:
        with open(HERE / (name + ".json"), encoding="utf-8") as f:
            net = json.load(f)["network"]
        out["networks"][name] = {"fixture": name, **record(name, net, rng)}
    lesmis = les_miserables(data)
    out["networks"]["les-miserables"] = {"network": lesmis, **record("les-miserables", lesmis, rng)}
    out["evaluation"] = {"japan-innovation": evaluation(REPO / "networks" / "japan-innovation.json", 2015)}
    with open(HERE / "links.json", "w", encoding="utf-8") as f:
        f.write(ref.compact(out) + "\n")


if __name__ == "__main__":
    main()
