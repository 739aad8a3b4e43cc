#!/usr/bin/env python3
"""Seeded benchmark graphs with sector and region structure, for bench/run.sh.

Each graph is written to OUT/<name>/ in three forms that describe the same simple
undirected graph (no self-loops, no parallel ties), with vertex i = actor "a<i>":

  actors.csv, ties.csv   the ecosys CSV folder (id, sector, region / source, target)
  network.json           the ecosys JSON format (only with --json)
  edges.txt              "i j" per line, 0-based, for igraph, graph-tool and NetworkX
  meta.json              name, model, seed, actors, ties

Models (both seeded; the same seed and numpy version give the same graph):

  sbm  stochastic block model: blocks are region x sector. Regions are 4..47 (one
       per 2,000 actors; --regions N sets another count), sectors industry/academia/
       government/finance (60/20/12/8 %).
       Each tie starts at a uniform actor; its other end is in the same region with
       probability 0.85, and its sector follows a sector-mixing row (industry-academia
       ties are common, finance-finance rare). Mean degree about 10, no hubs.
  ba   Barabasi-Albert preferential attachment, 5 ties per new actor (mean degree
       10, hubs), with regions: a new actor attaches inside its own region with
       probability 0.85 (preferentially among that region's actors), else anywhere.
  real a real collaboration network (SNAP edge list, e.g. ../shared/data/snap-ca-condmat):
       ids renumbered in order of appearance, self-loops and duplicates dropped,
       every actor in sector academia.

Usage:
  generate.py sbm 10000 --seed 1 --out bench/graphs
  generate.py ba 100000 --seed 1 --out bench/graphs --json
  generate.py real PATH/CA-CondMat.txt --name condmat --out bench/graphs
  generate.py sbm 2e5 --regions 50 --json --name synthetic-1m   # 10^6 ties, 50 regions (bench/jobs)
"""

import argparse
import json
import os
import sys

import numpy as np

SECTORS = ["industry", "academia", "government", "finance"]
SECTOR_SHARE = [0.60, 0.20, 0.12, 0.08]
# Row s: the sector of the other end of a tie started by an actor of sector s.
SECTOR_MIXING = [
    [0.55, 0.25, 0.10, 0.10],
    [0.45, 0.40, 0.10, 0.05],
    [0.40, 0.30, 0.25, 0.05],
    [0.70, 0.15, 0.10, 0.05],
]
IN_REGION = 0.85
MEAN_DEGREE = 10
REGIONS = None  # --regions: a fixed region count instead of region_count's rule


def region_count(n):
    if REGIONS:
        return REGIONS
    return int(min(47, max(4, n // 2000)))


def labels(n, rng):
    regions = rng.integers(0, region_count(n), size=n)
    sectors = rng.choice(len(SECTORS), size=n, p=SECTOR_SHARE)
    return regions, sectors


def simple_edges(u, v, n):
    """Drops self-loops and duplicates; returns (u, v) with u < v, sorted."""
    keep = u != v
    a = np.minimum(u[keep], v[keep]).astype(np.int64)
    b = np.maximum(u[keep], v[keep]).astype(np.int64)
    key = np.unique(a * n + b)
    return key // n, key % n


def sbm(n, seed):
    rng = np.random.default_rng(seed)
    regions, sectors = labels(n, rng)
    r_count = region_count(n)
    blocks = regions * len(SECTORS) + sectors
    b_count = r_count * len(SECTORS)
    members = np.argsort(blocks, kind="stable")
    size = np.bincount(blocks, minlength=b_count)
    start = np.concatenate([[0], np.cumsum(size)[:-1]])

    m = n * MEAN_DEGREE // 2
    m_draw = int(m * 1.01) + 16  # a few are lost as self-loops and duplicates
    u = rng.integers(0, n, size=m_draw)
    same_region = rng.random(m_draw) < IN_REGION
    target_region = np.where(same_region, regions[u], rng.integers(0, r_count, size=m_draw))
    cumulative = np.cumsum(np.array(SECTOR_MIXING), axis=1)
    x = rng.random(m_draw)
    target_sector = (x[:, None] > cumulative[sectors[u]]).sum(axis=1)
    target_sector = np.minimum(target_sector, len(SECTORS) - 1)
    block = target_region * len(SECTORS) + target_sector
    ok = size[block] > 0
    u, block = u[ok], block[ok]
    v = members[start[block] + (rng.random(block.size) * size[block]).astype(np.int64)]
    a, b = simple_edges(u, v, n)
    if a.size > m:  # keep exactly m ties where we can, chosen at random
        pick = np.sort(rng.choice(a.size, size=m, replace=False))
        a, b = a[pick], b[pick]
    return regions, sectors, a, b


def ba(n, seed, ties_per_actor=MEAN_DEGREE // 2):
    rng = np.random.default_rng(seed)
    regions, sectors = labels(n, rng)
    k = ties_per_actor
    # Endpoint lists: an actor appears once per tie end, so a uniform pick is preferential.
    ends = np.empty(2 * n * k + 2 * k * k, dtype=np.int64)
    n_ends = 0
    region_ends = [[] for _ in range(region_count(n))]
    us, vs = [], []
    # Start from a clique of k+1 actors.
    for i in range(k + 1):
        for j in range(i):
            us.append(i)
            vs.append(j)
            ends[n_ends] = i
            ends[n_ends + 1] = j
            n_ends += 2
            region_ends[regions[i]].append(j)
            region_ends[regions[j]].append(i)
    coins = rng.random((n, k))
    picks = rng.random((n, k))
    for new in range(k + 1, n):
        r = regions[new]
        local = region_ends[r]
        chosen = set()
        for t in range(k):
            for _ in range(8):  # a few tries to avoid duplicates; the rest are dropped later
                if coins[new, t] < IN_REGION and local:
                    w = local[int(picks[new, t] * len(local))]
                else:
                    w = int(ends[int(picks[new, t] * n_ends)])
                if w not in chosen:
                    break
                picks[new, t] = rng.random()
            chosen.add(w)
        for w in chosen:
            us.append(new)
            vs.append(w)
            ends[n_ends] = new
            ends[n_ends + 1] = w
            n_ends += 2
            local.append(w)
            region_ends[regions[w]].append(new)
    a, b = simple_edges(np.array(us), np.array(vs), n)
    return regions, sectors, a, b


def real(path):
    ids = {}
    us, vs = [], []
    with open(path) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            x, y = line.split()[:2]
            us.append(ids.setdefault(x, len(ids)))
            vs.append(ids.setdefault(y, len(ids)))
    n = len(ids)
    a, b = simple_edges(np.array(us), np.array(vs), n)
    regions = np.full(n, -1)
    sectors = np.full(n, 1)  # academia
    return regions, sectors, a, b


def write(out, name, model, seed, regions, sectors, a, b, with_json):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    n = len(regions)
    region_id = [f"r{r:02d}" if r >= 0 else "" for r in range(max(regions.max() + 1, 0))]
    rid = [region_id[r] if r >= 0 else "" for r in regions.tolist()]
    sid = [SECTORS[s] for s in sectors.tolist()]
    with open(os.path.join(folder, "actors.csv"), "w") as f:
        f.write("id,sector,region\n")
        f.write("".join(f"a{i},{sid[i]},{rid[i]}\n" for i in range(n)))
    al, bl = a.tolist(), b.tolist()
    with open(os.path.join(folder, "ties.csv"), "w") as f:
        f.write("source,target\n")
        f.write("".join(f"a{x},a{y}\n" for x, y in zip(al, bl)))
    with open(os.path.join(folder, "edges.txt"), "w") as f:
        f.write("".join(f"{x} {y}\n" for x, y in zip(al, bl)))
    if with_json:
        with open(os.path.join(folder, "network.json"), "w") as f:
            f.write('{"name": "%s",\n"actors": [\n' % name)
            f.write(",\n".join(
                f'{{"id": "a{i}", "sector": "{sid[i]}"' + (f', "region": "{rid[i]}"}}' if rid[i] else "}")
                for i in range(n)))
            f.write('\n],\n"ties": [\n')
            f.write(",\n".join(f'{{"source": "a{x}", "target": "a{y}"}}' for x, y in zip(al, bl)))
            f.write("\n]}\n")
    meta = {"name": name, "model": model, "seed": seed, "actors": n, "ties": len(al)}
    with open(os.path.join(folder, "meta.json"), "w") as f:
        json.dump(meta, f)
    print(f"{folder}: {n} actors, {len(al)} ties", file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model", choices=["sbm", "ba", "real"])
    p.add_argument("size", help="number of actors (sbm, ba) or the edge-list file (real)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "graphs"))
    p.add_argument("--name", help="folder name (default: model and size, e.g. sbm-1e4)")
    p.add_argument("--json", action="store_true", help="also write network.json")
    p.add_argument("--regions", type=int, help="number of regions (sbm, ba; default: one per 2,000 actors, 4..47)")
    args = p.parse_args()
    global REGIONS
    REGIONS = args.regions
    if args.model == "real":
        regions, sectors, a, b = real(args.size)
        name = args.name or os.path.splitext(os.path.basename(args.size))[0].lower()
    else:
        n = int(float(args.size))
        regions, sectors, a, b = (sbm if args.model == "sbm" else ba)(n, args.seed)
        exponent = len(str(n)) - 1
        size = f"1e{exponent}" if n == 10**exponent else str(n)
        name = args.name or f"{args.model}-{size}"
    write(args.out, name, args.model, args.seed, regions, sectors, a, b, args.json)


if __name__ == "__main__":
    main()
