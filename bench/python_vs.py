#!/usr/bin/python3
"""ecosys from Python against NetworkX and python-igraph, in one run: exact
betweenness of the same graph, each tool called from this process.

    PYTHONPATH=build/release/python /usr/bin/python3 bench/python_vs.py [GRAPH]
        [--repeat N] [--threads T] [--default-sector S]

GRAPH is any file ecosys.load reads (default: SNAP's CA-GrQc edge list from the
shared data folder, ../shared/data/snap-ca-grqc/CA-GrQc.txt). ecosys loads it; the
graph ecosys measures (parallel ties collapsed, self-loops left out) goes to NetworkX
through net.to_networkx() and to igraph from NetworkX's edges, so all three measure the
same simple undirected graph. Timed: only the betweenness call, as
ecosys.load(...).metrics(only=["betweenness"]) (with a fresh cache each time),
networkx.betweenness_centrality(G) and igraph's Graph.betweenness(); the values are
checked to agree (igraph's normalised like the others). Prints the median seconds,
the ratio of each tool to ecosys on one thread, and the 1-minute load average before
and after (the machine may be shared).
"""

import argparse
import os
import pathlib
import statistics
import sys
import time

import ecosys

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_GRAPH = HERE.parent.parent / "shared" / "data" / "snap-ca-grqc" / "CA-GrQc.txt"


def timed(call, repeat):
    """Median seconds of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graph", nargs="?", default=str(DEFAULT_GRAPH))
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool (NetworkX: 1); the median is shown")
    parser.add_argument("--threads", type=int, default=0, help="threads of the ecosys multi-thread row (0: all cores)")
    parser.add_argument("--default-sector", default="industry", help="sector of nodes without one (edge lists)")
    parser.add_argument("--skip-networkx", action="store_true", help="leave NetworkX out (it is slow on large graphs)")
    args = parser.parse_args()
    if not os.path.exists(args.graph):
        sys.exit("python_vs: %s is missing; give a graph file" % args.graph)

    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    net = ecosys.load(args.graph, default_sector=args.default_sector, quiet=True)
    load_seconds = time.perf_counter() - start

    def ecosys_betweenness(threads):
        def call():
            net.clear_cache()
            return net.metrics(only=["betweenness"], threads=threads, whole=False)
        return call

    rows = []
    t1, ours = timed(ecosys_betweenness(1), args.repeat)
    rows.append(("ecosys, 1 thread", t1))
    tn, _ = timed(ecosys_betweenness(args.threads), args.repeat)
    rows.append(("ecosys, %s threads" % (args.threads or os.cpu_count()), tn))
    ours = {a["id"]: a["betweenness"] for a in ours["actors"]}

    import networkx as nx
    G = nx.Graph(net.to_networkx())
    G.remove_edges_from(list(nx.selfloop_edges(G)))
    n, m = G.number_of_nodes(), G.number_of_edges()
    agreement = []

    try:
        import igraph
        index = {v: i for i, v in enumerate(G.nodes)}
        g = igraph.Graph(n=n, edges=[(index[u], index[v]) for u, v in G.edges], directed=False)
        ti, raw = timed(lambda: g.betweenness(directed=False), args.repeat)
        rows.append(("python-igraph %s" % igraph.__version__, ti))
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
        theirs = {v: raw[index[v]] * scale for v in G.nodes}
        agreement.append(("igraph", max(abs(ours[v] - theirs[v]) for v in G.nodes)))
    except ImportError:
        print("python_vs: python-igraph is not installed (Debian: python3-igraph): its row is left out")

    if not args.skip_networkx:
        tx, theirs = timed(lambda: nx.betweenness_centrality(G), 1)
        rows.append(("NetworkX %s" % nx.__version__, tx))
        agreement.append(("NetworkX", max(abs(ours[v] - theirs[v]) for v in G.nodes)))
    load_after = os.getloadavg()[0]

    print("graph: %s (%d actors, %d ties; simple graph %d nodes, %d edges); ecosys.load %.2f s"
          % (args.graph, len(net), len(net.ties), n, m, load_seconds))
    print("exact betweenness, median of %d runs (NetworkX: 1), seconds of the call alone:\n" % args.repeat)
    print("| tool | seconds | time / ecosys 1 thread |")
    print("|---|---:|---:|")
    for name, seconds in rows:
        print("| %s | %.3f | %.1f× |" % (name, seconds, seconds / t1))
    print()
    for name, diff in agreement:
        print("largest |ecosys - %s| of normalised betweenness: %.2e" % (name, diff))
    print("load average (1 min): %.2f before, %.2f after, on %d cores" % (load_before, load_after, os.cpu_count()))


if __name__ == "__main__":
    main()
