#!/usr/bin/python3
"""Reference values for Borgatti and Everett's core-periphery models
(include/ecosys/metrics/core_periphery.hpp), computed independently with NumPy.

Writes tests/reference/core_periphery.json, read by tests/metrics/core_periphery_test.cpp
(so that the test needs neither Python nor NumPy). For each graph (n actors, edges i < j):

- "fitted": the continuous model, c in [0, 1]^n minimising
  F(c) = sum over i != j of (a_ij - c_i c_j)^2 (the diagonal left out), found here by
  projected gradient descent with a backtracking line search from the all-ones vector and
  from RANDOM_STARTS random vectors, each then polished by Newton's method on the
  stationarity equations c_i (S - c_i^2) = (A c)_i (S = sum of c_j^2) of the actors strictly
  inside (0, 1), the others held at their bound; the lowest F wins, the
  Karush-Kuhn-Tucker conditions are checked, and "starts_at_minimum" says how many of the
  starts reached it (within 1e-9 of F). "objective" is that F.
- "coreness": fitted scaled to unit Euclidean norm.
- "continuous_fit": numpy.corrcoef of a_ij and c_i c_j over the pairs i < j (null if either
  is constant).
- For graphs of at most BRUTE_LIMIT actors, "fit" and "core": the discrete model by brute
  force over all 2^n splits: Pearson correlation (numpy.corrcoef) over the pairs i < j of
  a_ij and delta_ij = 1 if i or j is in the core; the largest, ties (within 1e-12) to the
  smallest core and then to the core holding the earliest actor where two cores differ.
  null when no split has a defined correlation.

The graphs: hand-made ones, Erdos-Renyi graphs drawn with numpy's default_rng(SEED), a
noisy planted core-periphery graph and a disconnected graph with an isolated actor.

Run from the repository root:  /usr/bin/python3 tests/reference/make_core_periphery_reference.py
(needs only NumPy: Debian's python3-numpy)
"""

import itertools
import pathlib

import numpy as np

from fixture_json import write_graphs_fixture  # this folder is sys.path[0]

HERE = pathlib.Path(__file__).resolve().parent
SEED = 20241206
RANDOM_STARTS = 40
BRUTE_LIMIT = 14


def adjacency(n, edges):
    a = np.zeros((n, n))
    for i, j in edges:
        a[i, j] = a[j, i] = 1.0
    return a


def objective(a, c):
    r = a - np.outer(c, c)
    np.fill_diagonal(r, 0.0)
    return float((r * r).sum())


def gradient(a, c):
    # dF/dc_i = 4 (c_i (S - c_i^2) - (A c)_i)
    s = float(c @ c)
    return 4.0 * (c * (s - c * c) - a @ c)


def projected_descent(a, c, iterations=4000):
    c = np.clip(c, 0.0, 1.0)
    f = objective(a, c)
    step = 1.0
    for _ in range(iterations):
        g = gradient(a, c)
        while True:
            trial = np.clip(c - step * g, 0.0, 1.0)
            ft = objective(a, trial)
            if ft <= f - 1e-4 * float(g @ (c - trial)) or step < 1e-14:
                break
            step *= 0.5
        if np.max(np.abs(trial - c)) < 1e-15:
            c = trial
            break
        c, f = trial, ft
        step = min(1.0, step * 2.0)
    return c


def newton_polish(a, c):
    """Newton on the stationarity equations of the actors strictly inside the box."""
    c = c.copy()
    for _ in range(60):
        free = (c > 1e-9) & (c < 1.0 - 1e-12)
        if not free.any():
            break
        s = float(c @ c)
        g = c * (s - c * c) - a @ c
        jac = 2.0 * np.outer(c, c) - a + np.diag(s - 3.0 * c * c)
        idx = np.flatnonzero(free)
        delta = np.linalg.solve(jac[np.ix_(idx, idx)], g[idx])
        c[idx] -= delta
        c = np.clip(c, 0.0, 1.0)
        if np.max(np.abs(delta)) < 1e-16:
            break
    return c


def check_kkt(a, c):
    s = float(c @ c)
    g = c * (s - c * c) - a @ c  # a quarter of the gradient
    scale = max(1.0, float(np.abs(a @ c).max()))
    for i in range(len(c)):
        if c[i] <= 1e-12:
            assert g[i] >= -1e-10 * scale, ("lower bound", i, g[i])
        elif c[i] >= 1.0 - 1e-12:
            assert g[i] <= 1e-10 * scale, ("upper bound", i, g[i])
        else:
            assert abs(g[i]) <= 1e-12 * scale, ("inside", i, g[i])


def continuous_model(a, rng):
    n = len(a)
    starts = [np.ones(n)] + [rng.random(n) for _ in range(RANDOM_STARTS)]
    results = []
    for start in starts:
        c = newton_polish(a, projected_descent(a, start))
        results.append((objective(a, c), c))
    best_f, best_c = min(results, key=lambda fc: fc[0])
    check_kkt(a, best_c)
    agreeing = sum(1 for f, _ in results if f <= best_f + 1e-9)
    return best_c, best_f, agreeing


def upper_pairs(n):
    return np.triu_indices(n, 1)


def correlation(x, y):
    if np.all(x == x[0]) or np.all(y == y[0]):
        return None
    return float(np.corrcoef(x, y)[0, 1])


def discrete_brute_force(a):
    n = len(a)
    iu = upper_pairs(n)
    x = a[iu]
    best = None  # (fit, size, core tuple)
    for mask in range(1 << n):
        core = np.array([(mask >> v) & 1 for v in range(n)], dtype=bool)
        delta = (core[:, None] | core[None, :]).astype(float)[iu]
        r = correlation(x, delta)
        if r is None:
            continue
        size = int(core.sum())
        cand = (r, size, tuple(int(b) for b in core))
        if best is None or r > best[0] + 1e-12:
            best = cand
        elif abs(r - best[0]) <= 1e-12:
            if size < best[1]:
                best = cand
            elif size == best[1]:
                # the core holding the earliest actor where the two differ wins
                for v in range(n):
                    if cand[2][v] != best[2][v]:
                        if cand[2][v] == 1:
                            best = cand
                        break
    return best


def random_graph(rng, n, p):
    return [(i, j) for i, j in itertools.combinations(range(n), 2) if rng.random() < p]


def entry(name, n, edges, rng):
    a = adjacency(n, edges)
    out = {"name": name, "n": n, "edges": [list(e) for e in edges]}
    c, f, agreeing = continuous_model(a, rng)
    out["fitted"] = [float(v) for v in c]
    norm = float(np.sqrt(c @ c))
    out["coreness"] = [float(v / norm) for v in c] if norm > 0 else [0.0] * n
    out["objective"] = f
    out["starts_at_minimum"] = agreeing
    iu = upper_pairs(n)
    out["continuous_fit"] = correlation(a[iu], np.outer(c, c)[iu]) if n >= 3 else None
    if n <= BRUTE_LIMIT:
        best = discrete_brute_force(a)
        out["fit"] = None if best is None else best[0]
        out["core"] = None if best is None else list(best[2])
    return out


def main():
    rng = np.random.default_rng(SEED)
    graphs = []
    # a triangle a-b-c with d tied to a and e tied to b (the hand-worked graph of the test)
    graphs.append(entry("triangle-with-two-tails", 5, [(0, 1), (0, 2), (1, 2), (0, 3), (1, 4)], rng))
    # a star and a star whose centre is a tied pair
    graphs.append(entry("star-5", 6, [(0, v) for v in range(1, 6)], rng))
    graphs.append(entry("double-star", 8, [(0, 1)] + [(0, v) for v in (2, 3, 4)] + [(1, v) for v in (5, 6, 7)], rng))
    for n, p in ((8, 0.4), (10, 0.3), (12, 0.5), (14, 0.25), (20, 0.2), (30, 0.15)):
        graphs.append(entry(f"gnp-{n}-{p}", n, random_graph(rng, n, p), rng))
    # planted: a core of 5 tied with probability 0.9, periphery-core 0.5, periphery 0.05
    core = 5
    planted = []
    for i, j in itertools.combinations(range(24), 2):
        p = 0.9 if j < core else (0.5 if i < core else 0.05)
        if rng.random() < p:
            planted.append((i, j))
    perm = rng.permutation(24)
    planted = sorted(tuple(sorted((int(perm[i]), int(perm[j])))) for i, j in planted)
    graphs.append(entry("planted-24", 24, planted, rng))
    # disconnected: a dense component of 6, a sparse one of 5, an isolated actor
    comp = [(i, j) for i, j in itertools.combinations(range(6), 2) if rng.random() < 0.8]
    comp += [(6 + i, 6 + j) for i, j in ((0, 1), (1, 2), (2, 3), (3, 4), (1, 3))]
    graphs.append(entry("disconnected-12", 12, comp, rng))

    write_graphs_fixture(HERE / "core_periphery.json", "tests/reference/make_core_periphery_reference.py", np.__version__, graphs)
    for g in graphs:
        print(g["name"], "F =", g["objective"], "starts at minimum:", g["starts_at_minimum"],
              "fit:", g.get("fit"))


if __name__ == "__main__":
    main()
