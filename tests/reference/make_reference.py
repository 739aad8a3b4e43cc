#!/usr/bin/python3
"""Reference values for `ecosys metrics`, computed with NetworkX.

Writes one JSON fixture per graph into this folder (tests/reference/). Each fixture
holds the network itself (in the ecosys JSON format: sectors, regions, actors, ties,
ties kept raw, with their parallels, self-loops and direction, and projects) and the values
NetworkX gives for every actor and region metric, unweighted and weighted, so the
C++ tests (tests/metrics/reference_test.cpp) need neither Python nor the data folder.

Run from the repository root, with Debian's python3-networkx (2.8) and scipy:

    /usr/bin/python3 tests/reference/make_reference.py [--data ../shared/data] [--networks networks]

The fixtures are committed; re-run this script when a definition or an input changes.

Conventions (the same as docs/metrics.md):
- ties are undirected; parallel ties are one edge whose weight is their sum;
  self-loops are left out;
- projects are ties too: each pair of a project's participants is tied with weight =
  the number of projects they share (NetworkX bipartite.weighted_projected_graph of
  the actor-project graph), added to the pair's other ties;
- weighted: weight is strength; path metrics use distance = 1/weight (as an exact
  fraction, so that equally long paths tie), and a tie
  of weight 0 is no path (it is left out of the graph the path metrics run on);
- harmonic is NetworkX's harmonic_centrality divided by n-1;
- eigenvector is the limit of NetworkX's power iteration (tolerance 1e-13 instead
  of 1e-6), which on a disconnected graph is 0 outside the components with the
  largest eigenvalue;
- pagerank is NetworkX's pagerank at tolerance 1e-14 instead of 1e-6.
Under --directed (the directed-*.json fixtures): directed ties keep their direction,
undirected ties (and projects' pairs) count both ways; betweenness, pagerank and the
direction keys are NetworkX's DiGraph functions (in_closeness = closeness_centrality,
out_closeness the same on the reversed graph, harmonic likewise, divided by n-1; hub
and authority = hits, left out where the largest singular value is repeated, as the
answer is then not unique). Tie-level values (edge_betweenness, bridge) are there too:
"ties" on the undirected graph, "arcs" on the directed view.
The helix region figures (cross_sector_share, ei_index, sector_assortativity,
multi_sector_share, synergy_t3, synergy_t4) are in the region records too:
assortativity from NetworkX attribute_assortativity_coefficient, the others computed
here from their definitions (docs/helix.md); ei_p_value (a seeded permutation test) is not.
Community partitions are not compared (NetworkX's Louvain is randomised); instead
the fixtures hold partitions with their NetworkX modularity, and the best
modularity NetworkX's Louvain found over 20 seeds.
"""

import argparse
import csv
import itertools
import json
import math
import pathlib
import sys
import warnings
from fractions import Fraction

import networkx as nx
from networkx.algorithms import bipartite

REPO = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent

ACTOR_METRICS = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
                 "pagerank", "clustering", "core", "component", "cut_point"]
DEFAULT_SECTORS = [
    {"id": "industry", "label": "Industry 産"},
    {"id": "academia", "label": "Academia 学"},
    {"id": "government", "label": "Government 官"},
    {"id": "finance", "label": "Finance 金"},
]


# ---------------------------------------------------------------- the graphs

def csv_rows(path):
    """The rows of a CSV file of the shared data, as dicts by column name."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def shared_network(name, note, regions, actors, ties):
    """A network of the shared data (../shared/data), with the synthetic sectors."""
    return {"name": name, "note": note, "sectors": DEFAULT_SECTORS, "regions": regions, "actors": actors, "ties": ties}


def karate(data):
    """Zachary's karate club (weighted). Regions are the two factions; sectors are
    synthetic (cycling through the four helices by Zachary's index) so that
    sector_counts has something to count."""
    folder = data / "zachary-karate-club"
    actors = []
    for row in csv_rows(folder / "nodes.csv"):
        index = int(row["zachary_index"])
        actors.append({
            "id": row["id"], "name": row["id"],
            "sector": DEFAULT_SECTORS[(index - 1) % 4]["id"],
            "region": "mr-hi" if row["faction"] == "1" else "john-a",
        })
    ties = []
    for row in csv_rows(folder / "edges.csv"):
        ties.append({"source": row["source"], "target": row["target"], "weight": float(row["weight"])})
    return shared_network("Zachary's karate club",
                          "W. W. Zachary (1977); data from ../shared/data/zachary-karate-club. Regions = factions; "
                          "sectors are synthetic (Zachary index mod 4).",
                          [{"id": "mr-hi", "name": "Mr Hi's faction"}, {"id": "john-a", "name": "John A's faction"}],
                          actors, ties)


def florentine(data):
    """Padgett's Florentine families, marriage ties, all 16 families (Pucci is
    isolated). Regions split the families by wealth in 1427 (>= 40 thousand lira)."""
    folder = data / "florentine-families-padgett"
    actors = []
    for row in csv_rows(folder / "nodes.csv"):
        wealthy = int(row["wealth_1427_kliras"]) >= 40
        actors.append({"id": row["family"], "name": row["family"],
                       "sector": "finance" if wealthy else "government",
                       "region": "wealthy" if wealthy else "others"})
    ties = []
    for row in csv_rows(folder / "marriage_edges.csv"):
        ties.append({"source": row["source"], "target": row["target"], "type": "marriage"})
    return shared_network("Padgett's Florentine families (marriage)",
                          "Padgett & Ansell (1993); data from ../shared/data/florentine-families-padgett. "
                          "Regions split by wealth in 1427 (>= 40); sectors synthetic (finance = wealthy).",
                          [{"id": "wealthy", "name": "Wealthy families"}, {"id": "others", "name": "Other families"}],
                          actors, ties)


DISCONNECTED_PICTURE = r"""
 north                      south                      east          island   empty
 n1 ---3--- n2              s1 ---4+1--- s2            t1 --- t2     i1       (declared,
   \       /  \             |  \        /                \   /                 no actors)
    1     1    2            1   1     0.5                 t3
     \   /      \           |    \    /                   |
      n3         n4         s5    s3                      t4
      |          (self-     | \     \
     1+2          loop 5)   1  0     2
      |                     |   \     \
      n5 ------- 0.25 ------|----`---- s4
                            |
                            x1 (no region)
 n6 (no ties)

 Numbers are weights (ties without one weigh 1). n3-n5 is two parallel ties (1 and 2:
 one edge of weight 3); s1-s2 is a tie of 4 and a directed tie s2->s1 of 1 (one edge
 of weight 5); n4-n4 is a self-loop (left out). s5-s4 weighs 0: a tie, but no path
 when weighted. n5-s4 crosses from north to south; x1 has no region.
 Without projects the components are {n1-n5, s1-s5, x1}, {n6}, {t1-t4}, {i1}.

 Projects (each pair of participants tied, weight 1 per shared project):
   council-north  n1 n2 n4 n6 n6   (n6 listed twice: counts once; ties n6 to the
                                    others, adds 1 to n1-n2 and n2-n4)
   cross          n5 s4 x1         (adds 1 to n5-s4; ties x1 to n5 and s4)
   solo           i1               (one participant: no tie)
   east           t2 t4
 With projects the components are {n1-n6, s1-s5, x1}, {t1-t4}, {i1}.
"""


def disconnected():
    """A small disconnected network with every edge case the region metrics have."""
    def actor(id, sector, region=None):
        a = {"id": id, "name": id, "sector": sector}
        if region:
            a["region"] = region
        return a

    actors = [
        actor("n1", "academia", "north"), actor("n2", "industry", "north"), actor("n3", "industry", "north"),
        actor("n4", "government", "north"), actor("n5", "finance", "north"), actor("n6", "industry", "north"),
        actor("s1", "academia", "south"), actor("s2", "industry", "south"), actor("s3", "industry", "south"),
        actor("s4", "finance", "south"), actor("s5", "government", "south"),
        actor("x1", "government"),
        actor("t1", "industry", "east"), actor("t2", "academia", "east"), actor("t3", "industry", "east"),
        actor("t4", "finance", "east"),
        actor("i1", "academia", "island"),
    ]

    def tie(s, t, w=1.0, **extra):
        return {"source": s, "target": t, "weight": w, **extra}

    ties = [
        tie("n1", "n2", 3), tie("n1", "n3"), tie("n2", "n3"), tie("n2", "n4", 2),
        tie("n3", "n5", 1), tie("n3", "n5", 2), tie("n4", "n4", 5),
        tie("s1", "s2", 4), tie("s2", "s1", 1, directed=True), tie("s1", "s3"), tie("s2", "s3", 0.5),
        tie("s3", "s4", 2), tie("s1", "s5"), tie("s4", "s5", 0), tie("x1", "s5"),
        tie("n5", "s4", 0.25),
        tie("t1", "t2"), tie("t1", "t3"), tie("t2", "t3"), tie("t3", "t4"),
    ]
    projects = [
        {"id": "council-north", "type": "council", "participants": ["n1", "n2", "n4", "n6", "n6"]},
        {"id": "cross", "type": "consortium", "participants": ["n5", "s4", "x1"]},
        {"id": "solo", "participants": ["i1"]},
        {"id": "east", "participants": ["t2", "t4"]},
    ]
    return {
        "name": "Disconnected test network",
        "note": "Drawn in tests/reference/make_reference.py:" + DISCONNECTED_PICTURE,
        "sectors": DEFAULT_SECTORS,
        "regions": [{"id": "north", "name": "北 North"}, {"id": "south", "name": "南 South"},
                    {"id": "east", "name": "East"}, {"id": "island", "name": "Island"},
                    {"id": "empty", "name": "Empty (declared, no actors)"}],
        "actors": actors,
        "ties": ties,
        "projects": projects,
    }


def shipped(path):
    """A network that ships in networks/ (the ecosys JSON format), reduced to what the
    metrics read."""
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    sectors = d.get("sectors", DEFAULT_SECTORS)
    actors = []
    for a in d["actors"]:
        b = {"id": a["id"], "name": a.get("name", a["id"]), "sector": a["sector"]}
        if a.get("region"):
            b["region"] = a["region"]
        actors.append(b)
    ties = []
    for t in d.get("ties", []):
        u = {"source": t["source"], "target": t["target"], "weight": t.get("weight", 1)}
        if t.get("directed"):
            u["directed"] = True
        ties.append(u)
    return {
        "name": d.get("name", path.stem),
        "note": "networks/" + path.name + " (actors, regions, ties and projects).",
        "sectors": [{"id": s["id"], "label": s.get("label", s["id"])} for s in sectors],
        "regions": [{"id": r["id"], "name": r.get("name", r["id"])} for r in d.get("regions", [])],
        "actors": actors,
        "ties": ties,
        "projects": [{"id": p["id"], "participants": p["participants"]} for p in d.get("projects", [])],
    }


# ---------------------------------------------------------------- the metrics

def projection(net, nodes, weighting="count"):
    """The one-mode projection of the actor-project graph onto the actors `nodes`:
    NetworkX's weighted_projected_graph (weight = shared projects) or, for "newman",
    collaboration_weighted_projected_graph (each project of k participants adds
    1/(k-1); k counts every participant, inside `nodes` or not)."""
    if not net.get("projects"):
        return nx.Graph()
    B = nx.Graph()
    B.add_nodes_from(a["id"] for a in net["actors"])
    for p in net.get("projects", []):
        B.add_node(("project", p["id"]))
        for a in p["participants"]:
            B.add_edge(("project", p["id"]), a)
    nodes = list(nodes)
    if weighting == "newman":
        return bipartite.collaboration_weighted_projected_graph(B, nodes)
    return bipartite.weighted_projected_graph(B, nodes)


def build_graph(net, members=None, projects=True, weighting="count"):
    """The simple undirected graph of the network (or of the actors `members`), actors
    in file order, parallel ties summed, self-loops dropped, projected ties added.
    Every actor carries its "sector"."""
    keep = None if members is None else set(members)
    G = nx.Graph()
    for a in net["actors"]:
        if keep is None or a["id"] in keep:
            G.add_node(a["id"], sector=a["sector"])
    for t in net["ties"]:
        s, u = t["source"], t["target"]
        if s == u or s not in G or u not in G:
            continue
        w = float(t.get("weight", 1))
        if G.has_edge(s, u):
            G[s][u]["weight"] += w
        else:
            G.add_edge(s, u, weight=w)
    if projects:
        for s, u, w in projection(net, list(G), weighting).edges(data="weight"):
            if s not in G or u not in G:  # NetworkX projects onto `nodes` but keeps their edges to others
                continue
            if G.has_edge(s, u):
                G[s][u]["weight"] += w
            else:
                G.add_edge(s, u, weight=float(w))
    return G


def exact(w):
    """A weight as an exact fraction: the small-denominator one it rounds (a Newman weight
    1/2 + 1/3 summed in floating point), else the double itself."""
    f = Fraction(w).limit_denominator(10**6)
    return f if abs(float(f) - w) <= 1e-12 * abs(w) else Fraction(w)


def distance_graph(G):
    """The graph the weighted path metrics run on: ties of positive weight, with
    distance = 1/weight as an exact fraction, so that paths equally long in exact
    arithmetic tie (as ecosys's relative tolerance makes them; in floating point
    NetworkX would break such ties by the last bit: docs/metrics.md, "Equal path lengths")."""
    D = nx.Graph()
    D.add_nodes_from(G)
    for u, v, w in G.edges(data="weight"):
        if w > 0:
            D.add_edge(u, v, distance=1 / exact(w), weight=w)
    return D


def eigenvector(G, weighted):
    if len(G) == 0:
        return {}
    return nx.eigenvector_centrality(G, max_iter=1000000, tol=1e-13, weight="weight" if weighted else None)


def searched(G, weighted, distances):
    """What the path metrics of G read: the graph they search (ties of length 1/weight
    when weighted, made by `distances`), NetworkX's distance and weight keys for it, and
    its normalised betweenness."""
    D = distances(G) if weighted else G
    dist = "distance" if weighted else None
    wt = "weight" if weighted else None
    return D, dist, wt, nx.betweenness_centrality(D, normalized=True, weight=dist)


def actor_metrics(G, weighted):
    n = len(G)
    if n == 0:
        return {}
    D, dist, wt, betweenness = searched(G, weighted, distance_graph)
    closeness = nx.closeness_centrality(D, distance=dist)
    harmonic = nx.harmonic_centrality(D, distance=dist)
    eig = eigenvector(G, weighted)
    pagerank = nx.pagerank(G, alpha=0.85, weight=wt, tol=1e-14, max_iter=100000)
    clustering = nx.clustering(G, weight=wt)
    core = nx.core_number(G)
    cut = set(nx.articulation_points(G))
    component = {}
    for i, c in enumerate(nx.connected_components(G)):  # in order of first actor
        for v in c:
            component[v] = i
    out = {}
    for v in G:
        out[v] = {
            "degree": G.degree(v),
            "strength": G.degree(v, weight="weight"),
            "betweenness": betweenness[v],
            "closeness": closeness[v],
            "harmonic": harmonic[v] / (n - 1) if n > 1 else 0.0,
            "eigenvector": eig[v],
            "pagerank": pagerank[v],
            "clustering": clustering[v],
            "core": core[v],
            "component": component[v],
            "cut_point": 1 if v in cut else 0,
        }
    return out


def largest_component(G):
    """The largest component, the first (in order of first actor) among equals."""
    best = None
    for c in nx.connected_components(G):
        if best is None or len(c) > len(best):
            best = c
    return G.subgraph([v for v in G if v in best]).copy() if best else nx.Graph()


def region_metrics(net, G_all, members, weighted):
    H = build_graph(net, members)
    n, m = len(H), H.number_of_edges()
    inside = set(members)
    external = sum(1 for u, v in G_all.edges() if (u in inside) != (v in inside))
    wt = "weight" if weighted else None

    if weighted:
        L = largest_component(distance_graph(H))
        dist = "distance"
    else:
        L = largest_component(H)
        dist = None
    if len(L) > 1:
        mean_path = nx.average_shortest_path_length(L, weight=dist)
        diameter = max(max(d.values()) for _, d in nx.all_pairs_dijkstra_path_length(L, weight=dist)) \
            if weighted else nx.diameter(L)
    else:
        mean_path, diameter = 0.0, 0

    if n >= 3:
        degrees = [d for _, d in H.degree()]
        degree_centralization = sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))
        bt = nx.betweenness_centrality(distance_graph(H) if weighted else H, normalized=True, weight=dist)
        top = max(bt.values())
        betweenness_centralization = sum(top - b for b in bt.values()) / (n - 1)
    else:
        degree_centralization = betweenness_centralization = 0.0
        bt = nx.betweenness_centrality(distance_graph(H) if weighted else H, normalized=True, weight=dist) if n else {}

    # Top brokers: highest positive betweenness, ties (to 1e-12) in file order.
    order = {v: i for i, v in enumerate(H)}
    ranked = sorted(((-round(b * 1e12), order[v], v) for v, b in bt.items() if round(b * 1e12) > 0))
    top_brokers = [v for _, _, v in ranked[:3]]

    sector_counts = {s["id"]: 0 for s in net["sectors"]}
    for a in net["actors"]:
        if a["id"] in inside:
            sector_counts[a["sector"]] = sector_counts.get(a["sector"], 0) + 1

    components = list(nx.connected_components(H)) if n else []
    record = {
        "actors": n,
        "tied_pairs": m,
        "external_ties": external,
        "openness": external / (m + external) if m + external > 0 else 0.0,
        "density": nx.density(H) if n > 1 else 0.0,
        "mean_degree": 2 * m / n if n else 0.0,
        "components": len(components),
        "largest_component_share": max(len(c) for c in components) / n if n else 0.0,
        "isolates": nx.number_of_isolates(H),
        "cut_points": len(set(nx.articulation_points(H))),
        "transitivity": nx.transitivity(H),
        "mean_clustering": nx.average_clustering(H, weight=wt) if n else 0.0,
        "mean_path_length": mean_path,
        "diameter": diameter,
        "degree_centralization": degree_centralization,
        "betweenness_centralization": betweenness_centralization,
        "sector_counts": sector_counts,
        "top_brokers": top_brokers,
    }
    record.update(helix_figures(net, H, members))
    return record


def helix_figures(net, H, members):
    """The helix figures `ecosys metrics` adds to a region record (docs/helix.md)."""
    m = H.number_of_edges()
    sector = nx.get_node_attributes(H, "sector")
    cross = sum(1 for u, v in H.edges() if sector[u] != sector[v])
    assortativity = None
    if m > 0:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = nx.attribute_assortativity_coefficient(H, "sector")
        assortativity = None if math.isnan(r) else r
    multi = sum(1 for v in H if len({sector[w] for w in H[v]}) >= 3)
    t3, t4 = synergy(net, members)
    return {
        "cross_sector_share": cross / m if m else 0.0,
        "ei_index": (cross - (m - cross)) / m if m else None,
        "sector_assortativity": assortativity,
        "multi_sector_share": multi / len(H) if len(H) else 0.0,
        "synergy_t3": t3,
        "synergy_t4": t4,
    }


def helices(net):
    """academia, industry, government (+ finance) when declared, else the first 3-4 sectors."""
    ids = [s["id"] for s in net["sectors"]]
    if all(h in ids for h in ("academia", "industry", "government")):
        return ["academia", "industry", "government"] + (["finance"] if "finance" in ids else [])
    return ids[:4] if len(ids) >= 3 else []


def entropy(rows):
    """Shannon entropy in bits of the distribution of the tuples in `rows`."""
    counts = {}
    for r in rows:
        counts[r] = counts.get(r, 0) + 1
    total = len(rows)
    return -sum(c / total * math.log2(c / total) for c in counts.values())


def co_information(patterns, dims):
    """T over the variables `dims`: the sum over non-empty subsets A of (-1)^(|A|+1) H(A)."""
    t = 0.0
    for size in range(1, len(dims) + 1):
        for subset in itertools.combinations(dims, size):
            t += (1 if size % 2 else -1) * entropy([tuple(p[d] for d in subset) for p in patterns])
    return t


def synergy_patterns(net, members):
    """For each project with a participant among `members`: which helices take part."""
    hs = helices(net)
    inside = set(members)
    sector = {a["id"]: a["sector"] for a in net["actors"]}
    patterns = []
    for p in net.get("projects", []):
        present = [a for a in p["participants"] if a in inside]
        if present:
            patterns.append({h: any(sector[a] == h for a in present) for h in hs})
    return hs, patterns


def synergy(net, members):
    hs, patterns = synergy_patterns(net, members)
    if not hs or not patterns:
        return None, None
    return co_information(patterns, hs[:3]), (co_information(patterns, hs) if len(hs) == 4 else None)


def partitions(net, G, weighted):
    """Partitions with their NetworkX modularity, to check modularity(), and the best
    modularity NetworkX's Louvain reaches over 20 seeds, as a floor for ours."""
    wt = "weight" if weighted else None
    out = []
    regions = {}
    for a in net["actors"]:
        regions.setdefault(a.get("region", ""), []).append(a["id"])
    out.append({"name": "regions", "communities": list(regions.values())})
    out.append({"name": "singletons", "communities": [[v] for v in G]})
    out.append({"name": "one", "communities": [list(G)]})
    best = None
    for seed in range(20):
        found = [sorted(c, key=list(G).index) for c in nx.community.louvain_communities(G, weight=wt, seed=seed)]
        q = nx.community.modularity(G, found, weight=wt) if G.number_of_edges() else 0.0
        if best is None or q > best[0]:
            best = (q, seed, found)
    out.append({"name": "networkx louvain, seed %d (the best of seeds 0-19)" % best[1], "communities": best[2]})
    for p in out:
        p["modularity"] = nx.community.modularity(G, p["communities"], weight=wt) if G.number_of_edges() else 0.0
    return {"partitions": out, "best_louvain_modularity": best[0]}


def expected(net, weighted):
    G = build_graph(net)
    result = {"actors_network": actor_metrics(G, weighted), "actors_region": {}, "regions": {}}
    populated = []
    for a in net["actors"]:
        if a.get("region") and a["region"] not in populated:
            populated.append(a["region"])
    declared = [r["id"] for r in net["regions"]]
    ordered = [r for r in declared if r in populated] + [r for r in populated if r not in declared]
    for region in ordered:
        members = [a["id"] for a in net["actors"] if a.get("region") == region]
        result["actors_region"].update(actor_metrics(build_graph(net, members), weighted))
    for a in net["actors"]:
        if not a.get("region"):
            result["actors_region"][a["id"]] = None
    # Every declared region, populated or not, then the whole network.
    for region in declared + [r for r in populated if r not in declared]:
        members = [a["id"] for a in net["actors"] if a.get("region") == region]
        result["regions"][region] = region_metrics(net, G, members, weighted)
    result["regions"]["*"] = region_metrics(net, G, [a["id"] for a in net["actors"]], weighted)
    result["region_order"] = ordered
    result.update(partitions(net, G, weighted))
    return result


def check_finite(value, where):
    if isinstance(value, Fraction):
        value = float(value)
    if isinstance(value, float) and not math.isfinite(value):
        sys.exit("make_reference.py: %s is %r" % (where, value))
    if isinstance(value, dict):
        for k, v in value.items():
            check_finite(v, where + "/" + str(k))
    if isinstance(value, list):
        for i, v in enumerate(value):
            check_finite(v, where + "/" + str(i))


def rounded(value):
    """Reals to 12 significant digits: far inside every tolerance the tests use (1e-6,
    modularity 1e-9) and a third shorter."""
    if isinstance(value, Fraction):
        value = float(value)
    if isinstance(value, float):
        return float("%.12g" % value)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


def compact(value, indent=""):
    """JSON with one line per small object (an actor, a tie, a record of values), so
    that a fixture stays readable and diffs line by line."""
    flat = json.dumps(rounded(value), ensure_ascii=False)
    if len(flat) <= 400 or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = indent + " "
    if isinstance(value, dict):
        items = [inner + json.dumps(k, ensure_ascii=False) + ": " + compact(v, inner) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    items = [inner + compact(v, inner) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + indent + "]"


def write_fixture(path, name, net, expected_of):
    """Writes the fixture at `path`: the network and expected_of(net, weighted),
    unweighted and weighted."""
    fixture = {
        "generator": "tests/reference/make_reference.py with networkx " + nx.__version__,
        "network": net,
        "expected": {"unweighted": expected_of(net, False), "weighted": expected_of(net, True)},
    }
    check_finite(fixture["expected"], name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(compact(fixture) + "\n")


def write(name, net):
    path = HERE / (name + ".json")
    write_fixture(path, name, net, expected)
    G = build_graph(net)
    print("%s: %d actors, %d edges, %d components" % (path.relative_to(REPO), len(G), G.number_of_edges(),
                                                     nx.number_connected_components(G)))


# ---------------------------------------------------------------- the directed view (--directed)

DIRECTED_ACTOR_METRICS = ["betweenness", "pagerank", "in_degree", "out_degree", "in_strength", "out_strength",
                          "in_closeness", "out_closeness", "in_harmonic", "out_harmonic", "hub", "authority"]


def uk_faculty(data):
    """Nepusz et al.'s UK faculty friendship network: directed and weighted. Regions
    are the schools; every actor is academia."""
    folder = data / "uk-faculty"
    actors = []
    for row in csv_rows(folder / "nodes.csv"):
        actors.append({"id": row["id"], "name": row["id"], "sector": "academia",
                       "region": "school-" + row["school_group"]})
    ties = []
    for row in csv_rows(folder / "edges.csv"):
        ties.append({"source": row["source"], "target": row["target"], "weight": float(row["weight"]),
                     "directed": True})
    regions = sorted({a["region"] for a in actors})
    return shared_network("UK faculty friendship (directed)",
                          "Nepusz, Petroczi, Negyessy, Bazso (2008); data from ../shared/data/uk-faculty. Regions = schools.",
                          [{"id": r, "name": r} for r in regions], actors, ties)


def build_digraph(net, members=None, projects=True):
    """The directed view: an arc per direction a tie runs (directed ties one way,
    undirected ties and projects' pairs both ways), parallel arcs summed, self-loops dropped."""
    keep = None if members is None else set(members)
    G = nx.DiGraph()
    for a in net["actors"]:
        if keep is None or a["id"] in keep:
            G.add_node(a["id"])

    def add(s, u, w):
        if G.has_edge(s, u):
            G[s][u]["weight"] += w
        else:
            G.add_edge(s, u, weight=w)

    for t in net["ties"]:
        s, u = t["source"], t["target"]
        if s == u or s not in G or u not in G:
            continue
        w = float(t.get("weight", 1))
        add(s, u, w)
        if not t.get("directed"):
            add(u, s, w)
    if projects:
        for s, u, w in projection(net, list(G)).edges(data="weight"):
            if s in G and u in G:
                add(s, u, float(w))
                add(u, s, float(w))
    return G


def directed_distance_graph(G):
    D = nx.DiGraph()
    D.add_nodes_from(G)
    for u, v, w in G.edges(data="weight"):
        if w > 0:
            D.add_edge(u, v, distance=1 / exact(w), weight=w)  # exact, as distance_graph
    return D


def hits_or_none(G, weighted):
    """NetworkX hits, or None where its answer is not unique (the largest singular
    value of the adjacency matrix repeated, or none positive)."""
    import numpy as np
    if len(G) == 0 or G.number_of_edges() == 0:
        return None
    H = nx.DiGraph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v, {"weight": w if weighted else 1.0}) for u, v, w in G.edges(data="weight"))
    A = nx.to_numpy_array(H, nodelist=list(H), weight="weight")
    sv = np.linalg.svd(A, compute_uv=False)
    if len(sv) < 2 or sv[0] <= 0 or sv[0] - sv[1] < 1e-6 * sv[0]:
        return None
    return nx.hits(H, max_iter=100000, tol=1e-14)


def directed_actor_metrics(G, weighted):
    n = len(G)
    if n == 0:
        return {}
    D, dist, wt, betweenness = searched(G, weighted, directed_distance_graph)
    pagerank = nx.pagerank(G, alpha=0.85, weight=wt, tol=1e-14, max_iter=100000)
    in_close = nx.closeness_centrality(D, distance=dist)
    out_close = nx.closeness_centrality(D.reverse(), distance=dist)
    in_harm = nx.harmonic_centrality(D, distance=dist)
    out_harm = nx.harmonic_centrality(D.reverse(), distance=dist)
    hits = hits_or_none(G, weighted)
    out = {}
    for v in G:
        out[v] = {
            "betweenness": betweenness[v],
            "pagerank": pagerank[v],
            "in_degree": G.in_degree(v),
            "out_degree": G.out_degree(v),
            "in_strength": G.in_degree(v, weight="weight"),
            "out_strength": G.out_degree(v, weight="weight"),
            "in_closeness": in_close[v],
            "out_closeness": out_close[v],
            "in_harmonic": in_harm[v] / (n - 1) if n > 1 else 0.0,
            "out_harmonic": out_harm[v] / (n - 1) if n > 1 else 0.0,
        }
        if hits:
            out[v]["hub"] = hits[0][v]
            out[v]["authority"] = hits[1][v]
    return out


def directed_region_metrics(net, members, weighted):
    H = build_digraph(net, members)
    U = build_graph(net, members)
    n = len(H)
    dist = "distance" if weighted else None

    def centralization(degrees):
        return sum(max(degrees) - d for d in degrees) / ((n - 1) ** 2) if n >= 2 else 0.0

    bt = nx.betweenness_centrality(directed_distance_graph(H) if weighted else H, normalized=True, weight=dist) if n else {}
    top = max(bt.values()) if bt else 0.0
    order = {v: i for i, v in enumerate(H)}
    ranked = sorted(((-round(b * 1e12), order[v], v) for v, b in bt.items() if round(b * 1e12) > 0))
    return {
        "reciprocity": nx.overall_reciprocity(H) if H.number_of_edges() else None,
        "in_degree_centralization": centralization([d for _, d in H.in_degree()]),
        "out_degree_centralization": centralization([d for _, d in H.out_degree()]),
        "betweenness_centralization": sum(top - b for b in bt.values()) / (n - 1) if n >= 3 else 0.0,
        "top_brokers": [v for _, _, v in ranked[:3]],
        "bridges": len(list(nx.bridges(U))),
    }


def tie_values(G, directed_view, weighted):
    """One record per tied pair (undirected view) or arc (directed view), in the order
    ecosys writes them: by source, then target, in file order of the actors."""
    D = (directed_distance_graph(G) if directed_view else distance_graph(G)) if weighted else G
    dist = "distance" if weighted else None
    eb = nx.edge_betweenness_centrality(D, normalized=True, weight=dist)
    U = G.to_undirected() if directed_view else G
    bridges = {frozenset(e) for e in nx.bridges(nx.Graph(U))}
    order = {v: i for i, v in enumerate(G)}
    out = []
    for u, v in G.edges():
        if not directed_view and order[u] > order[v]:
            u, v = v, u
        value = eb.get((u, v), eb.get((v, u), 0.0))
        out.append({"source": u, "target": v, "edge_betweenness": value, "bridge": frozenset((u, v)) in bridges})
    out.sort(key=lambda r: (order[r["source"]], order[r["target"]]))
    return out


def directed_expected(net, weighted):
    G = build_digraph(net)
    result = {"actors_network": directed_actor_metrics(G, weighted), "actors_region": {}, "regions": {}}
    declared = [r["id"] for r in net["regions"]]
    populated = []
    for a in net["actors"]:
        if a.get("region") and a["region"] not in populated:
            populated.append(a["region"])
    for region in populated:
        members = [a["id"] for a in net["actors"] if a.get("region") == region]
        result["actors_region"].update(directed_actor_metrics(build_digraph(net, members), weighted))
    for region in declared + [r for r in populated if r not in declared]:
        members = [a["id"] for a in net["actors"] if a.get("region") == region]
        result["regions"][region] = directed_region_metrics(net, members, weighted)
    result["regions"]["*"] = directed_region_metrics(net, [a["id"] for a in net["actors"]], weighted)
    result["ties"] = tie_values(build_graph(net), False, weighted)
    result["arcs"] = tie_values(G, True, weighted)
    return result


def write_directed(name, net):
    path = HERE / ("directed-" + name + ".json")
    write_fixture(path, name, net, directed_expected)
    G = build_digraph(net)
    print("%s: %d actors, %d arcs" % (path.relative_to(REPO), len(G), G.number_of_edges()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data",
                        help="the shared data folder, relative to the repository root (default ../shared/data)")
    parser.add_argument("--networks", default="networks",
                        help="the shipped networks, relative to the repository root (default networks)")
    parser.add_argument("--directed-only", action="store_true",
                        help="write only the directed fixtures (directed-*.json)")
    args = parser.parse_args()
    data = (REPO / args.data).resolve()
    networks = (REPO / args.networks).resolve()

    write_directed("disconnected", disconnected())
    write_directed("uk-faculty", uk_faculty(data))
    write_directed("karate", karate(data))
    if args.directed_only:
        return
    write("karate", karate(data))
    write("florentine", florentine(data))
    write("disconnected", disconnected())
    japan = networks / "japan-innovation.json"
    if japan.exists():
        write("japan-innovation", shipped(japan))
    else:
        print("skipped %s: not there" % japan, file=sys.stderr)


if __name__ == "__main__":
    main()
