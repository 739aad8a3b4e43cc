#!/usr/bin/python3
"""Reference values for Guimera and Amaral's roles (include/ecosys/metrics/connector_hubs.hpp),
computed independently with NumPy.

Writes tests/reference/connector_hubs.json, read by tests/metrics/connector_hubs_test.cpp (so
that the test needs neither Python nor NumPy). For each graph (n actors, edges [i, j, weight]
with i < j, one module id per actor, weighted or not):

- K = A M, with A the adjacency (tie weights if weighted, else 1 per tie) and M the 0/1
  actor-by-module matrix: K[i, s] = k_is, the ties (strength) of i to module s; k_i = row sum.
- "z": (k_{i,s_i} - mean) / std over the actors of module s_i, numpy.mean and numpy.std
  (ddof=0, the population standard deviation); 0 where that std is 0.
- "participation": 1 - sum over s of (K[i, s] / k_i)^2; 0 where k_i = 0.
- "roles": hub when z >= 2.5: R5 P <= 0.30, R6 P <= 0.75, else R7; otherwise R1 P <= 0.05,
  R2 P <= 0.62, R3 P <= 0.80, else R4.

The graphs are drawn with numpy's default_rng(SEED): Erdos-Renyi graphs with random module
ids (not numbered 0, 1, ...: ids are spread out and one module has a single actor), three
actors given many ties inside their module (hubs) and none, some or many outside it, an isolated actor, and random tie weights
(uniform in [0.25, 4)) for the weighted ones.

Run from the repository root:  /usr/bin/python3 tests/reference/make_connector_hubs_reference.py
(needs only NumPy: Debian's python3-numpy)
"""

import itertools
import pathlib

import numpy as np

from fixture_json import write_graphs_fixture  # this folder is sys.path[0]

HERE = pathlib.Path(__file__).resolve().parent
SEED = 20241207


def role(z, p):
    if z >= 2.5:
        return "R5" if p <= 0.30 else ("R6" if p <= 0.75 else "R7")
    if p <= 0.05:
        return "R1"
    if p <= 0.62:
        return "R2"
    if p <= 0.80:
        return "R3"
    return "R4"


def cartography(n, edges, module, weighted):
    a = np.zeros((n, n))
    for i, j, w in edges:
        a[i, j] = a[j, i] = w if weighted else 1.0
    ids = sorted(set(module))
    m = np.zeros((n, len(ids)))
    for v, s in enumerate(module):
        m[v, ids.index(s)] = 1.0
    k_is = a @ m
    k = k_is.sum(axis=1)
    own = np.array([k_is[v, ids.index(module[v])] for v in range(n)])
    z = np.zeros(n)
    for s in ids:
        members = [v for v in range(n) if module[v] == s]
        values = own[members]
        sd = np.std(values)
        if sd > 0:
            z[members] = (values - np.mean(values)) / sd
    p = np.zeros(n)
    has = k > 0
    p[has] = 1.0 - ((k_is[has] / k[has, None]) ** 2).sum(axis=1)
    return z, p


def random_case(rng, name, n, modules, density, weighted):
    ids = [int(x) for x in rng.choice(1000, size=modules, replace=False)]
    module = [ids[int(rng.integers(0, modules - 1))] for _ in range(n)]
    module[n - 2] = ids[modules - 1]  # the only actor of the last module
    pairs = set()
    for i, j in itertools.combinations(range(n - 1), 2):  # actor n - 1 stays isolated
        # denser inside modules, so that modules mean something
        p = density * (3.0 if module[i] == module[j] else 1.0)
        if rng.random() < p:
            pairs.add((i, j))
    # three actors tied to most of their module, and to none, some or many outside it
    for hub, outside in zip(rng.choice(n - 2, size=3, replace=False), (0.0, 0.15, 0.5)):
        hub = int(hub)
        for v in range(n - 1):
            if v == hub:
                continue
            p = 0.9 if module[v] == module[hub] else outside
            if rng.random() < p:
                pairs.add((min(hub, v), max(hub, v)))
    edges = []
    for i, j in sorted(pairs):
        w = float(rng.uniform(0.25, 4.0)) if weighted else 1.0
        edges.append([i, j, w])
    z, p = cartography(n, edges, module, weighted)
    return {
        "name": name,
        "n": n,
        "weighted": weighted,
        "edges": edges,
        "module": module,
        "z": [float(x) for x in z],
        "participation": [float(x) for x in p],
        "roles": [role(float(zi), float(pi)) for zi, pi in zip(z, p)],
    }


def main():
    rng = np.random.default_rng(SEED)
    graphs = [
        random_case(rng, "gnp-40-unweighted", 40, 4, 0.06, False),
        random_case(rng, "gnp-60-unweighted", 60, 6, 0.04, False),
        random_case(rng, "gnp-40-weighted", 40, 4, 0.06, True),
        random_case(rng, "gnp-70-weighted", 70, 5, 0.05, True),
    ]
    write_graphs_fixture(HERE / "connector_hubs.json", "tests/reference/make_connector_hubs_reference.py", np.__version__, graphs)
    for g in graphs:
        counts = {r: g["roles"].count(r) for r in sorted(set(g["roles"]))}
        print(g["name"], len(g["edges"]), "ties, roles:", counts)


if __name__ == "__main__":
    main()
