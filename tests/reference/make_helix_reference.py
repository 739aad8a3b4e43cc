#!/usr/bin/python3
"""Reference values for `ecosys helix`, computed with NetworkX where it has the measure.

For each network of make_reference.py (Zachary's karate club, Padgett's Florentine
families, the small disconnected network drawn there, networks/japan-innovation.json)
writes tests/reference/helix-NAME.json with the values of every region ("*" = the
whole network) and every actor. The network itself is the one in NAME.json (written
by make_reference.py from the same definitions): "network_from" names that file.

From NetworkX 2.8:
- the sector mixing matrix: attribute_mixing_matrix(G, "sector", normalized=False),
  whose diagonal counts an undirected edge from both ends (halved here: ties);
- the sector assortativity: attribute_assortativity_coefficient(G, "sector");
- Burt's effective size and constraint: effective_size(G), constraint(G), and with
  weight="weight"; efficiency = effective size / degree; hierarchy from NetworkX's
  local_constraint values (Burt 1992, p. 71);
- the projection of projects: bipartite.weighted_projected_graph and
  collaboration_weighted_projected_graph (Newman's 1/(k-1)), as actor strengths.
Computed here from their definitions (NetworkX has none), independently of the C++:
the E-I index (Krackhardt & Stern 1988) and its expected value under random
relabelling, Gould & Fernandez's brokerage roles on the directed ties (undirected
ties both ways), helix completeness, and Leydesdorff's mutual information T. The
E-I permutation test is not reproduced (it follows the C++ generator).

Run from the repository root, after make_reference.py, with Debian's python3-networkx:

    /usr/bin/python3 tests/reference/make_helix_reference.py [--data ../shared/data] [--networks networks]
"""

import argparse
import math
import pathlib
import sys
import warnings

import networkx as nx

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_reference as ref  # noqa: E402  (the networks, the projected graph, the writers)

ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]


def nan_to_none(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def sectors_of(net):
    ids = [s["id"] for s in net["sectors"]]
    for a in net["actors"]:
        if a["sector"] not in ids:
            ids.append(a["sector"])
    return ids


def arcs(net, members):
    """The directed arcs among `members`: a directed tie one way, an undirected tie and
    every projected pair both ways; self-loops left out."""
    inside = set(members)
    out = set()
    for t in net["ties"]:
        s, u = t["source"], t["target"]
        if s == u or s not in inside or u not in inside:
            continue
        out.add((s, u))
        if not t.get("directed"):
            out.add((u, s))
    for p in net.get("projects", []):
        ps = sorted({a for a in p["participants"] if a in inside})
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                out.add((a, b))
                out.add((b, a))
    return out


def role(ga, gb, gc):
    """Gould & Fernandez (1989), Table 1, with A, B, C the groups of a, the broker b and c."""
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if ga == gb:
        return "representative"
    if gb == gc:
        return "gatekeeper"
    return "liaison"


def brokerage(net, members):
    sector = {a["id"]: a["sector"] for a in net["actors"]}
    A = arcs(net, members)
    succ, pred = {v: set() for v in members}, {v: set() for v in members}
    for a, b in A:
        succ[a].add(b)
        pred[b].add(a)
    counts = {v: {r: 0 for r in ROLES} for v in members}
    pairs = {v: {} for v in members}
    for b in members:
        for a in pred[b]:
            for c in succ[b]:
                if c == a or (a, c) in A:
                    continue
                counts[b][role(sector[a], sector[b], sector[c])] += 1
                key = (sector[a], sector[c])
                pairs[b][key] = pairs[b].get(key, 0) + 1
    return counts, pairs


def hierarchy(G, v, weight):
    contacts = list(G[v])
    N = len(contacts)
    if N == 0:
        return None
    c = [nx.local_constraint(G, v, j, weight=weight) for j in contacts]
    C = sum(c)
    if N == 1 or C == 0:
        return 0.0
    mean = C / N
    return sum((x / mean) * math.log(x / mean) for x in c if x > 0) / (N * math.log(N))


def actor_figures(net, members, G):
    sector = nx.get_node_attributes(G, "sector")
    counts, pairs = brokerage(net, members)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        es = nx.effective_size(G)
        esw = nx.effective_size(G, weight="weight")
        cs = nx.constraint(G)
        csw = nx.constraint(G, weight="weight")
    out = {}
    for v in G:
        d = G.degree(v)
        same = sum(1 for w in G[v] if sector[w] == sector[v])
        out[v] = {
            "ei_index": (d - 2 * same) / d if d else None,
            "sectors_tied": len({sector[w] for w in G[v]}),
            "effective_size": nan_to_none(es[v]),
            "efficiency": nan_to_none(es[v]) / d if d else None,
            "constraint": nan_to_none(cs[v]),
            "hierarchy": hierarchy(G, v, None),
            "effective_size_weighted": nan_to_none(esw[v]),
            "efficiency_weighted": nan_to_none(esw[v]) / d if d else None,
            "constraint_weighted": nan_to_none(csw[v]),
            "hierarchy_weighted": hierarchy(G, v, "weight"),
            "brokerage": counts[v],
            "brokered_pairs": {s: {t: n for (s2, t), n in sorted(pairs[v].items()) if s2 == s}
                               for s in sorted({s for s, _ in pairs[v]})},
        }
    return out


def region_figures(net, members, G):
    ids = sectors_of(net)
    k = len(ids)
    sector = nx.get_node_attributes(G, "sector")
    mapping = {s: i for i, s in enumerate(ids)}
    M = nx.attribute_mixing_matrix(G, "sector", mapping=mapping, normalized=False)
    counts = [[int(round(M[i][j] / (2 if i == j else 1))) for j in range(k)] for i in range(k)]
    size = [sum(1 for v in G if sector[v] == s) for s in ids]

    def density(i, j):
        possible = size[i] * (size[i] - 1) / 2 if i == j else size[i] * size[j]
        return counts[i][j] / possible if possible > 0 else None

    m = G.number_of_edges()
    n = len(G)
    internal = sum(1 for u, v in G.edges() if sector[u] == sector[v])
    ei_sectors = {}
    for s in ids:
        ext = sum(1 for u, v in G.edges() if (sector[u] == s) != (sector[v] == s))
        ins = 2 * sum(1 for u, v in G.edges() if sector[u] == s and sector[v] == s)
        # The p-value follows the C++ generator: the test runs without permutations (null).
        ei_sectors[s] = {"ei_index": (ext - ins) / (ext + ins) if ext + ins else None, "ei_p_value": None}
    q = sum(x * (x - 1) for x in size) / (n * (n - 1)) if n >= 2 else None
    assortativity = None
    if m > 0:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assortativity = nan_to_none(float(nx.attribute_assortativity_coefficient(G, "sector")))

    present = [s for s in ids if size[ids.index(s)] > 0]
    missing = [[s, t] for i, s in enumerate(ids) for t in ids[i + 1:]
               if s in present and t in present and counts[i][ids.index(t)] == 0]

    counts_b, pairs_b = brokerage(net, members)
    totals = {r: sum(c[r] for c in counts_b.values()) for r in ROLES}
    pair_totals = {s: {t: 0 for t in ids} for s in ids}
    for p in pairs_b.values():
        for (s, t), x in p.items():
            pair_totals[s][t] += x

    hs, patterns = ref.synergy_patterns(net, members)
    synergy = None
    if hs and patterns:
        triples = [hs[:3]] if len(hs) == 3 else [[hs[0], hs[1], hs[2]], [hs[0], hs[1], hs[3]],
                                                 [hs[0], hs[2], hs[3]], [hs[1], hs[2], hs[3]]]
        t4 = ref.co_information(patterns, hs) if len(hs) == 4 else None
        synergy = {
            "projects": len(patterns),
            "helices": hs,
            "t3": ref.co_information(patterns, hs[:3]),
            "t4": t4,
            "r4": -t4 if t4 is not None else None,
            "triples": [{"helices": t, "t": ref.co_information(patterns, t)} for t in triples],
        }

    return {
        "actors": n,
        "tied_pairs": m,
        "mixing": {s: {t: counts[i][j] for j, t in enumerate(ids)} for i, s in enumerate(ids)},
        "mixing_density": {s: {t: density(i, j) for j, t in enumerate(ids)} for i, s in enumerate(ids)},
        "cross_sector_share": (m - internal) / m if m else 0.0,
        "ei_index": (m - 2 * internal) / m if m else None,
        "ei_expected": 1 - 2 * q if m and q is not None else None,
        "ei_sectors": ei_sectors,
        "assortativity": assortativity,
        "sectors_present": present,
        "missing_links": missing,
        "multi_sector_share": sum(1 for v in G if len({sector[w] for w in G[v]}) >= 3) / n if n else 0.0,
        "brokerage": totals,
        "brokerage_pairs": pair_totals,
        "synergy": synergy,
    }


def projection_strengths(net):
    """Actor strengths of the projects alone, counted and Newman-weighted."""
    ids = [a["id"] for a in net["actors"]]
    out = {}
    for weighting in ("count", "newman"):
        P = ref.projection(net, ids, weighting)
        out[weighting] = {v: P.degree(v, weight="weight") if v in P else 0 for v in ids}
    return out


def expected(net):
    everyone = [a["id"] for a in net["actors"]]
    G = ref.build_graph(net)
    result = {"regions": {}, "actors_network": actor_figures(net, everyone, G), "actors_region": {}}
    populated = []
    for a in net["actors"]:
        if a.get("region") and a["region"] not in populated:
            populated.append(a["region"])
    declared = [r["id"] for r in net["regions"]]
    for region in declared + [r for r in populated if r not in declared]:
        members = [a["id"] for a in net["actors"] if a.get("region") == region]
        H = ref.build_graph(net, members)
        result["regions"][region] = region_figures(net, members, H)
        result["actors_region"].update(actor_figures(net, members, H))
    result["regions"]["*"] = region_figures(net, everyone, G)
    if net.get("projects"):
        result["projection_strengths"] = projection_strengths(net)
    return result


def write(name, net):
    fixture = {
        "generator": "tests/reference/make_helix_reference.py with networkx " + nx.__version__,
        "network_from": name + ".json",
        "expected": expected(net),
    }
    ref.check_finite(fixture["expected"], "helix-" + name)
    path = ref.HERE / ("helix-" + name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(ref.compact(fixture) + "\n")
    print("%s" % path.relative_to(ref.REPO))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--networks", default="networks")
    args = parser.parse_args()
    data = (ref.REPO / args.data).resolve()
    networks = (ref.REPO / args.networks).resolve()
    write("karate", ref.karate(data))
    write("florentine", ref.florentine(data))
    write("disconnected", ref.disconnected())
    japan = networks / "japan-innovation.json"
    if japan.exists():
        write("japan-innovation", ref.shipped(japan))
    else:
        print("skipped %s: not there" % japan, file=sys.stderr)


if __name__ == "__main__":
    main()
