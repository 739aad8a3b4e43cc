#!/usr/bin/python3
"""The anchor side of bench/run.sh: one operation of igraph, graph-tool or NetworkX
on one benchmark graph (GRAPH_DIR/edges.txt), timed inside this process around the
call alone. Prints one JSON line like ecosys_bench:
{"tool", "op", "seconds", "load_seconds", "peak_mib", "threads", "check", "sampled"}.

  anchors.py TOOL OP GRAPH_DIR [--threads N] [--sample K]

Ops: load, betweenness, dbetweenness (directed: each line "i j" an arc i -> j), closeness, harmonic, pagerank, clustering, components, core,
louvain. With --sample K (NetworkX only) the source-by-source measures run from K
random sources and the time is scaled by n/K ("sampled": K in the output).
Run with Debian's /usr/bin/python3 (python3-igraph, python3-graph-tool, python3-networkx).
"""

import argparse
import json
import os
import random
import resource
import sys
import time


def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def meta(graph_dir):
    with open(os.path.join(graph_dir, "meta.json")) as f:
        return json.load(f)


def timed(f):
    start = time.perf_counter()
    result = f()
    return time.perf_counter() - start, result


def run_igraph(op, graph_dir, n, args):
    import igraph

    path = os.path.join(graph_dir, "edges.txt")

    def load():
        g = igraph.Graph.Read_Edgelist(path, directed=False)
        if g.vcount() < n:
            g.add_vertices(n - g.vcount())
        return g

    load_s, g = timed(load)
    if op == "load":
        return load_s, load_s, g.ecount(), 0
    directed_g = None
    if op == "dbetweenness":  # the same lines as arcs, built untimed as ecosys_bench does
        directed_g = igraph.Graph.Read_Edgelist(path, directed=True)
        if directed_g.vcount() < n:
            directed_g.add_vertices(n - directed_g.vcount())
    calls = {
        "betweenness": lambda: max(g.betweenness(directed=False)),
        "dbetweenness": lambda: max(directed_g.betweenness(directed=True)),
        "closeness": lambda: max(x for x in g.closeness() if x == x),
        "harmonic": lambda: max(g.harmonic_centrality()),
        "pagerank": lambda: max(g.pagerank()),
        "clustering": lambda: sum(g.transitivity_local_undirected(mode="zero")) / n,
        "components": lambda: len(g.connected_components()),
        "core": lambda: max(g.coreness()),
        "louvain": lambda: g.community_multilevel().modularity,
    }
    if op not in calls:
        raise SystemExit(f"igraph has no '{op}'")
    s, check = timed(calls[op])
    return s, load_s, check, 0


def run_graph_tool(op, graph_dir, n, args):
    import numpy as np
    import graph_tool.all as gt

    gt.openmp_set_num_threads(args.threads or os.cpu_count())
    path = os.path.join(graph_dir, "edges.txt")

    def load():
        edges = np.loadtxt(path, dtype=np.int64, ndmin=2)
        g = gt.Graph(directed=False)
        g.add_vertex(n)
        g.add_edge_list(edges)
        return g

    load_s, g = timed(load)
    if op == "load":
        return load_s, load_s, g.num_edges(), 0
    directed_g = None
    if op == "dbetweenness":
        directed_g = gt.Graph(directed=True)
        directed_g.add_vertex(n)
        directed_g.add_edge_list(np.loadtxt(path, dtype=np.int64, ndmin=2))
    calls = {
        "betweenness": lambda: float(gt.betweenness(g, norm=False)[0].a.max()),
        "dbetweenness": lambda: float(gt.betweenness(directed_g, norm=False)[0].a.max()),
        "closeness": lambda: float(np.nanmax(gt.closeness(g).a)),
        "harmonic": lambda: float(gt.closeness(g, harmonic=True).a.max()),
        "pagerank": lambda: float(gt.pagerank(g).a.max()),
        "clustering": lambda: float(gt.local_clustering(g).a.mean()),
        "components": lambda: len(gt.label_components(g)[1]),
        "core": lambda: int(gt.kcore_decomposition(g).a.max()),
    }
    if op not in calls:
        raise SystemExit(f"graph-tool has no '{op}'")
    s, check = timed(calls[op])
    return s, load_s, check, 0


def run_networkx(op, graph_dir, n, args):
    import networkx as nx

    path = os.path.join(graph_dir, "edges.txt")

    def load():
        g = nx.read_edgelist(path, nodetype=int)
        g.add_nodes_from(range(n))
        return g

    load_s, g = timed(load)
    if op == "load":
        return load_s, load_s, g.number_of_edges(), 0
    k = args.sample if args.sample and args.sample < n else 0
    sources = random.Random(1).sample(range(n), k) if k else None
    scale = n / k if k else 1.0
    calls = {
        "betweenness": lambda: max(nx.betweenness_centrality(g, k=k or None, seed=1, normalized=False).values()),
        "closeness": lambda: max(nx.closeness_centrality(g, u=u) for u in (sources or g.nodes)),
        # nbunch alone still searches from every node: sources= limits the searches.
        "harmonic": lambda: max(nx.harmonic_centrality(g, sources=sources).values()),
        "pagerank": lambda: max(nx.pagerank(g).values()),
        "clustering": lambda: nx.average_clustering(g),
        "components": lambda: nx.number_connected_components(g),
        "core": lambda: max(nx.core_number(g).values()),
        "louvain": lambda: nx.community.modularity(g, nx.community.louvain_communities(g, seed=1)),
    }
    if op not in calls:
        raise SystemExit(f"NetworkX has no '{op}'")
    sampled = op in ("betweenness", "closeness", "harmonic") and k
    s, check = timed(calls[op])
    return (s * scale if sampled else s), load_s, check, (k if sampled else 0)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("tool", choices=["igraph", "graph-tool", "networkx"])
    p.add_argument("op")
    p.add_argument("graph_dir")
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--sample", type=int, default=0)
    args = p.parse_args()
    n = meta(args.graph_dir)["actors"]
    run = {"igraph": run_igraph, "graph-tool": run_graph_tool, "networkx": run_networkx}[args.tool]
    seconds, load_s, check, sampled = run(args.op, args.graph_dir, n, args)
    threads = args.threads if args.tool == "graph-tool" else 1
    print(json.dumps({"tool": args.tool, "op": args.op, "seconds": seconds, "load_seconds": load_s,
                      "peak_mib": round(peak_mib(), 1), "threads": threads, "check": float(check),
                      "sampled": sampled}))


if __name__ == "__main__":
    sys.exit(main())
