#!/usr/bin/python3
"""Our Leiden (and our Louvain) against leidenalg on the shared real networks.

    /usr/bin/python3 bench/leiden_vs_leidenalg.py [--lib build/test/libecosys_core.a]
        [--seeds 5] [--networks condmat,cordis,...] [--data ../shared/data] [--json FILE]
        [--iterations K]

For every network: loads it with NetworkX (self-loops dropped, parallel ties
collapsed), compiles bench/leiden_driver.cpp with src/metrics/leiden.cpp against the
ecosys library (g++, once, into a temporary folder), and runs, for seeds 1..N, our
Louvain and our Leiden (modularity, resolution 1, iterations until stable) through
the driver and leidenalg's find_partition(ModularityVertexPartition, n_iterations=-1,
seed) on the same graph. Every partition's modularity is recomputed here with
networkx.community.modularity (ours must agree with the driver's to 1e-9) and its
communities are checked for connectivity (a community is disconnected when the ties
inside it leave it in more than one piece). Prints one Markdown table: modularity
mean / min over the seeds, disconnected communities (max over the seeds), and the
mean seconds of the call alone (loading excluded). Needs python3-leidenalg and
python3-igraph (Debian: apt-get install python3-leidenalg python3-igraph).

Networks (../shared/data): condmat (SNAP ca-CondMat), grqc (SNAP ca-GrQc),
netscience (Newman's co-authorship, unweighted), cordis (CORDIS H2020 2014-2018, two
organisations tied when they share a project), cordis-weighted (the same, weight =
shared projects), cordis19 (the 2019-2022 file, unweighted).
"""

import argparse
import collections
import csv
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import igraph
import leidenalg
import networkx as nx

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def load_snap(path):
    g = nx.read_edgelist(path, comments="#", nodetype=int)
    g.remove_edges_from(list(nx.selfloop_edges(g)))
    return g


def load_netscience(folder):
    g = nx.Graph()
    with open(folder / "nodes.csv", newline="") as f:
        g.add_nodes_from(row["id"] for row in csv.DictReader(f))
    with open(folder / "edges.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["source"] != row["target"]:
                g.add_edge(row["source"], row["target"])
    return g


def load_cordis(folder, weighted):
    """Organisations (every pic of the file, isolated ones too) tied when they share a
    project; weight = number of shared projects."""
    members = collections.defaultdict(set)
    with open(folder / "participations.csv", newline="") as f:
        for row in csv.DictReader(f):
            members[row["rcn"]].add(row["pic"])
    g = nx.Graph()  # vertices in a fixed order (not a set's, which changes from run to run)
    for pics in members.values():
        pics = sorted(pics)
        g.add_nodes_from(pics)
        for i, a in enumerate(pics):
            for b in pics[i + 1:]:
                if g.has_edge(a, b):
                    g[a][b]["weight"] += 1
                else:
                    g.add_edge(a, b, weight=1)
    if not weighted:
        for _, _, data in g.edges(data=True):
            data["weight"] = 1
    return g


NETWORKS = {
    "condmat": ("ca-CondMat", False, lambda d: load_snap(d / "snap-ca-condmat" / "CA-CondMat.txt")),
    "grqc": ("ca-GrQc", False, lambda d: load_snap(d / "snap-ca-grqc" / "CA-GrQc.txt")),
    "netscience": ("netscience", False, lambda d: load_netscience(d / "netscience-coauthorship")),
    "cordis": ("CORDIS 2014-18", False, lambda d: load_cordis(d / "cordis-h2020-participations", False)),
    "cordis-weighted": ("CORDIS 2014-18 weighted", True,
                        lambda d: load_cordis(d / "cordis-h2020-participations", True)),
    "cordis19": ("CORDIS 2019-22", False, lambda d: load_cordis(d / "cordis-h2020-participations-2019-2022", False)),
}


def build_driver(lib, workdir):
    exe = workdir / "leiden_driver"
    command = ["g++", "-std=c++20", "-O2", "-Wall", "-Wextra", "-I", str(ROOT / "include"), "-I", str(ROOT / "src"),
               str(HERE / "leiden_driver.cpp"), str(ROOT / "src" / "metrics" / "leiden.cpp"), str(lib), "-lpthread",
               "-o", str(exe)]
    subprocess.run(command, check=True)
    return exe


def disconnected(g, community):
    """Communities whose inside ties leave them in more than one piece."""
    inside = nx.Graph()
    inside.add_nodes_from(g.nodes)
    inside.add_edges_from((u, v) for u, v in g.edges if community[u] == community[v])
    pieces = collections.Counter(community[next(iter(part))] for part in nx.connected_components(inside))
    return sum(1 for count in pieces.values() if count > 1)


def modularity(g, community, weighted):
    groups = collections.defaultdict(list)
    for v, c in community.items():
        groups[c].append(v)
    return nx.community.modularity(g, groups.values(), weight="weight" if weighted else None)


def run_network(key, data, driver, seeds, iterations, workdir):
    label, weighted, load = NETWORKS[key]
    g = load(data)
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    path = workdir / (key + ".txt")
    with open(path, "w") as f:
        f.write("%d\n" % len(nodes))
        for u, v, w in g.edges(data="weight", default=1):
            f.write("%d %d %r\n" % (index[u], index[v], float(w)))
    out = workdir / key
    out.mkdir(exist_ok=True)
    command = [str(driver), str(path), str(out), "--seeds", str(seeds), "--iterations", str(iterations)]
    command += ["--weighted"] if weighted else []
    runs = [json.loads(line) for line in subprocess.run(command, check=True, capture_output=True,
                                                         text=True).stdout.splitlines()]
    result = {"network": label, "n": g.number_of_nodes(), "m": g.number_of_edges(), "runs": []}
    for run in runs:
        with open(out / ("%s_%d.txt" % (run["algorithm"], run["seed"]))) as f:
            ids = [int(line) for line in f]
        community = {nodes[i]: c for i, c in enumerate(ids)}
        q = modularity(g, community, weighted)
        if abs(q - run["modularity"]) > 1e-9:
            sys.exit("%s: %s seed %d: modularity %r here, %r in the driver" % (key, run["algorithm"], run["seed"], q,
                                                                                 run["modularity"]))
        run["disconnected"] = disconnected(g, community)
        result["runs"].append(run)

    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges])
    weights = [float(w) for _, _, w in g.edges(data="weight", default=1)] if weighted else None
    for seed in range(1, seeds + 1):
        start = time.perf_counter()
        partition = leidenalg.find_partition(ig, leidenalg.ModularityVertexPartition, weights=weights,
                                             n_iterations=-1, seed=seed)
        seconds = time.perf_counter() - start
        community = {nodes[i]: c for i, c in enumerate(partition.membership)}
        result["runs"].append({"algorithm": "leidenalg", "seed": seed, "seconds": seconds,
                               "communities": len(partition), "modularity": modularity(g, community, weighted),
                               "disconnected": disconnected(g, community)})
    return result


def row(result):
    by = collections.defaultdict(list)
    for run in result["runs"]:
        by[run["algorithm"]].append(run)

    def q(algorithm):
        values = [r["modularity"] for r in by[algorithm]]
        return "%.4f / %.4f" % (statistics.mean(values), min(values))

    def worst(algorithm):
        return max(r["disconnected"] for r in by[algorithm])

    def secs(algorithm):
        return "%.3f" % statistics.mean(r["seconds"] for r in by[algorithm])

    return "| %s | %s | %s | %s | %s | %s | %d / %d / %d | %s / %s / %s |" % (
        result["network"], format(result["n"], ","), format(result["m"], ","), q("leiden"), q("leidenalg"),
        q("louvain"), worst("louvain"), worst("leiden"), worst("leidenalg"), secs("leiden"), secs("leidenalg"),
        secs("louvain"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lib", default=str(ROOT / "build" / "test" / "libecosys_core.a"),
                        help="the ecosys_core static library to link the driver against")
    parser.add_argument("--driver", help="a driver built already (skips compiling)")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the shared data folder")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--networks", default="condmat,grqc,netscience,cordis,cordis-weighted,cordis19")
    parser.add_argument("--json", help="also write every run here")
    parser.add_argument("--iterations", type=int, default=0,
                        help="our Leiden's iterations (0: until one changes nothing; leidenalg stays at -1)")
    args = parser.parse_args()
    data = pathlib.Path(args.data)
    keys = args.networks.split(",")
    for key in keys:
        if key not in NETWORKS:
            sys.exit("leiden_vs_leidenalg: unknown network '%s'; expected one of %s" % (key, ", ".join(NETWORKS)))

    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        driver = pathlib.Path(args.driver) if args.driver else build_driver(args.lib, workdir)
        print("load average before: %.1f" % os.getloadavg()[0], file=sys.stderr)
        results = []
        print("| network | n | m | our Leiden Q mean / min | leidenalg Q mean / min | our Louvain Q mean / min "
              "| disconnected communities Louvain / Leiden / leidenalg (max) | seconds Leiden / leidenalg / Louvain |")
        print("|---|---|---|---|---|---|---|---|")
        for key in keys:
            result = run_network(key, data, driver, args.seeds, args.iterations, workdir)
            results.append(result)
            print(row(result), flush=True)
        print("load average after: %.1f" % os.getloadavg()[0], file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
