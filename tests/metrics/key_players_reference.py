#!/usr/bin/env python3
"""NetworkX values pasted into tests/metrics/key_players_test.cpp: components left
after removing actors from the shipped Zachary and Florentine networks, Borgatti's
fragmentation from their sizes, and the best sets for fragment by exhaustive search:
on the shipped networks (and two regions of the CORDIS cut), on the two graphs the test
draws (the trap for greedy and swaps, and the graph without a cut vertex), and on two
real networks of the shared data folder (../shared/data beside the checkout, or
ECOSYS_DATA), when it is there.

Usage: python3 tests/metrics/key_players_reference.py  (from the repository root;
about 6 minutes, most of it BG's 447,580 3-sets)
"""
import csv
import itertools
import json
import os

import networkx as nx


def load(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    g = nx.Graph()
    g.add_nodes_from(a["id"] for a in d["actors"])
    g.add_edges_from((t["source"], t["target"]) for t in d["ties"] if t["source"] != t["target"])
    return g


def load_edge_list(path):
    """An edge list with a header row, as ecosys reads it: the actors are the ends."""
    g = nx.Graph()
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["source"] != row["target"]:
                g.add_edge(row["source"], row["target"])
    return g


def fragmentation(g, removed):
    h = g.copy()
    h.remove_nodes_from(removed)
    n = h.number_of_nodes()
    sizes = sorted((len(c) for c in nx.connected_components(h)), reverse=True)
    return sizes, 1 - sum(s * (s - 1) for s in sizes) / (n * (n - 1))


def best_set(g, k, order):
    """The best k-set by F; among equal F the first in lexicographic order of `order`."""
    best, best_f = None, -1.0
    for s in itertools.combinations(order, k):
        kept = set(g) - set(s)
        n = len(kept)
        pairs = sum(len(c) * (len(c) - 1) for c in nx.connected_components(g.subgraph(kept)))
        f = 1 - pairs / (n * (n - 1))
        if f > best_f + 1e-15:
            best, best_f = s, f
    return best, best_f


for path, sets in [("networks/zachary-karate-club.json", [["Mr Hi"], ["Mr Hi", "John A"]]),
                   ("networks/florentine-families.json", [["Medici"], ["Medici", "Guadagni"]])]:
    g = load(path)
    for s in sets:
        sizes, f = fragmentation(g, s)
        print(path, s, sizes, repr(f))
    best = max(itertools.combinations(sorted(g.nodes), 2), key=lambda s: fragmentation(g, s)[1])
    print(path, "best 2-set", best, repr(fragmentation(g, best)[1]))

# The trap: cliques P and Q joined only through a and b (each tied to all of both),
# and apart a star h with six leaves.
P = [f"p{i}" for i in range(6)]
Q = [f"q{i}" for i in range(6)]
L = [f"l{i}" for i in range(6)]
trap = nx.Graph()
trap.add_nodes_from(P + Q + ["a", "b", "h"] + L)
trap.add_edges_from(itertools.combinations(P, 2))
trap.add_edges_from(itertools.combinations(Q, 2))
trap.add_edges_from((x, y) for x in ("a", "b") for y in P + Q)
trap.add_edges_from(("h", leaf) for leaf in L)
order = P + Q + ["a", "b", "h"] + L
for k in (1, 2, 3):
    print("trap best", k, best_set(trap, k, order))
print("trap {h, p0}", repr(fragmentation(trap, ["h", "p0"])[1]))

# Without a cut vertex: the circulant C12(1, 2) and w tied to c3 and c8.
C = [f"c{i}" for i in range(12)]
ring = nx.circulant_graph(12, [1, 2])
flat = nx.relabel_nodes(ring, {i: C[i] for i in range(12)})
flat.add_edges_from([("w", "c3"), ("w", "c8")])
print("flat cut vertices", list(nx.articulation_points(flat)), "node connectivity of the ring",
      nx.node_connectivity(ring))
for k in (1, 2, 3):
    print("flat best", k, best_set(flat, k, C + ["w"]))

# Two regions of the shipped CORDIS cut, as `keyplayers --region` sees them: the region's
# organisations, tied when they share a project (projects count as ties).
with open("networks/cordis-cee-at.json", encoding="utf-8") as f:
    cordis = json.load(f)
for region, ks in [("LV", (1, 2, 3)), ("BG", (3,))]:
    members = [a["id"] for a in cordis["actors"] if a["region"] == region]
    inside = set(members)
    g = nx.Graph()
    g.add_nodes_from(members)
    for p in cordis["projects"]:
        g.add_edges_from((x, y) for x, y in itertools.combinations([a for a in p["participants"] if a in inside], 2)
                         if x != y)
    print("cordis", region, g.number_of_nodes(), "actors", g.number_of_edges(), "ties")
    for k in ks:
        print("cordis", region, "best", k, best_set(g, k, members))

data = os.environ.get("ECOSYS_DATA", os.path.join(os.path.dirname(os.path.abspath(".")), "shared", "data"))
uk = os.path.join(data, "uk-faculty", "edges.csv")
lesmis = os.path.join(data, "les-miserables", "lesmis.gml")
if os.path.exists(uk) and os.path.exists(lesmis):
    for name, g in [("uk-faculty", load_edge_list(uk)), ("les-miserables", nx.read_gml(lesmis, label="name"))]:
        print(name, g.number_of_nodes(), "actors", g.number_of_edges(), "ties; cut vertices:",
              len(list(nx.articulation_points(g))))
        for k in (1, 2, 3):
            print(name, "best", k, best_set(g, k, list(g.nodes)))
else:
    print("no shared data folder at", data, "(set ECOSYS_DATA): real networks skipped")
