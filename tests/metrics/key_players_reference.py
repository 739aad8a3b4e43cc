#!/usr/bin/env python3
"""NetworkX values pasted into tests/metrics/key_players_test.cpp: components left
after removing actors from the shipped Zachary and Florentine networks, Borgatti's
fragmentation from their sizes, and the best 2-sets for fragment (exhaustive).

Usage: python3 tests/metrics/key_players_reference.py  (from the repository root)
"""
import itertools
import json

import networkx as nx


def load(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    g = nx.Graph()
    g.add_nodes_from(a["id"] for a in d["actors"])
    g.add_edges_from((t["source"], t["target"]) for t in d["ties"] if t["source"] != t["target"])
    return g


def fragmentation(g, removed):
    h = g.copy()
    h.remove_nodes_from(removed)
    n = h.number_of_nodes()
    sizes = sorted((len(c) for c in nx.connected_components(h)), reverse=True)
    return sizes, 1 - sum(s * (s - 1) for s in sizes) / (n * (n - 1))


for path, sets in [("networks/zachary-karate-club.json", [["Mr Hi"], ["Mr Hi", "John A"]]),
                   ("networks/florentine-families.json", [["Medici"], ["Medici", "Guadagni"]])]:
    g = load(path)
    for s in sets:
        sizes, f = fragmentation(g, s)
        print(path, s, sizes, repr(f))
    best = max(itertools.combinations(sorted(g.nodes), 2), key=lambda s: fragmentation(g, s)[1])
    print(path, "best 2-set", best, repr(fragmentation(g, best)[1]))
