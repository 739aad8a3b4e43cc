#!/usr/bin/env python3
"""The Python module in a few lines: load a network, print a table of region metrics
and the top brokers, and hand the graph to NetworkX. scripts/demo.sh runs it as

    PYTHONPATH=build/release/python python3 python/examples/quickstart.py [NETWORK]
"""

import pathlib
import sys

import ecosys

network = sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2] / "networks" / "japan-innovation.json"
net = ecosys.load(network)
print(net)

columns = ["actors", "density", "openness", "mean_clustering", "betweenness_centralization", "ei_index"]
result = net.metrics(only=columns + ["betweenness"])
widths = [max(len(c), 8) + 2 for c in columns]
print("\n%-12s" % "region" + "".join("%*s" % (w, c) for w, c in zip(widths, columns)))
for r in result["regions"]:
    cells = [("-" if r[c] is None else str(r[c]) if isinstance(r[c], int) else "%.4f" % r[c]) for c in columns]
    print("%-12s" % r["id"] + "".join("%*s" % (w, cell) for w, cell in zip(widths, cells)))

print("\ntop 5 brokers (betweenness):")
for a in sorted(result["actors"], key=lambda a: -a["betweenness"])[:5]:
    print("  %.4f  %-10s %-8s %s" % (a["betweenness"], a["sector"], a["region"] or "-", a["name"]))

try:
    G = net.to_networkx()
    print("\nto_networkx(): %s with %d nodes and %d edges" % (type(G).__name__, G.number_of_nodes(), G.number_of_edges()))
except ImportError as e:
    print("\nto_networkx() skipped: %s" % e)
