#!/usr/bin/python3
"""Cross-tool checks of ecosys's formats against the tools analysts use.

1. NetworkX (Debian's python3-networkx) reads the GraphML, GEXF and GML that
   ecosys writes and finds the same nodes, edges and attributes.
2. igraph (python3-igraph) reads ecosys's GraphML, GML and Pajek.
3. Graphviz's `dot` draws the DOT that ecosys writes without an error.
   A network of hostile ids, names and attribute keys goes through GraphML, GEXF
   and GML into NetworkX and through DOT into Graphviz's parser (`dot -Tcanon`,
   read back by ecosys), and every id, name, key and value comes back as written.
4. NetworkX and igraph write files (GraphML, GEXF, GML, Pajek, edge lists) that
   ecosys reads, with the same nodes, edges and attributes. Those files are kept
   as fixtures in tests/data/interop/ (with --update-fixtures), so the main test
   suite (tests/io/interop_fixtures_test.cpp) reads them without Python.

Usage, from the repository root:
  /usr/bin/python3 tests/interop/check_interop.py [--ecosys PATH] [--update-fixtures]
Each part that lacks its tool is skipped with the reason printed. The last line
is "N passed, N failed, N skipped"; the exit code is 1 when any check failed.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
FIXTURES = os.path.join(ROOT, "tests", "data", "interop")

passed = failed = skipped = 0


def ok(name):
    global passed
    passed += 1
    print(f"ok: {name}")


def fail(name, why):
    global failed
    failed += 1
    print(f"FAIL: {name}: {why}")


def skip(name, why):
    global skipped
    skipped += 1
    print(f"skip: {name}: {why}")


def check(name, condition, why=""):
    if condition:
        ok(name)
    else:
        fail(name, why)


def find_ecosys(given):
    if given:
        return given
    for d in ("build-formats", "build/test", "build/release", "build"):
        p = os.path.join(ROOT, d, "ecosys")
        if os.access(p, os.X_OK):
            return p
    return None


def run(ecosys, *args):
    r = subprocess.run([ecosys, *args], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def network_variants(tmp):
    """The shipped networks, plus the Japanese one split by direction (NetworkX
    reads a graph as wholly directed or wholly undirected)."""
    out = {}
    for name in ("zachary-karate-club", "florentine-families", "japan-innovation"):
        out[name] = os.path.join(ROOT, "networks", name + ".json")
    japan = load_json(out["japan-innovation"])
    del out["japan-innovation"]
    for variant, keep in (("japan-undirected", False), ("japan-directed", True)):
        d = dict(japan)
        d["ties"] = [t for t in japan["ties"] if t.get("directed", False) == keep]
        d.pop("projects", None)
        p = os.path.join(tmp, variant + ".json")
        with open(p, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)
        out[variant] = p
    return out


def expected_edges(net):
    """Multiset of (source, target, type, weight) as NetworkX reports them."""
    directed = any(t.get("directed", False) for t in net.get("ties", []))
    edges = []
    for t in net.get("ties", []):
        s, g = t["source"], t["target"]
        if not directed and s > g:
            s, g = g, s
        edges.append((s, g, t.get("type", "tie"), float(t.get("weight", 1))))
    return sorted(edges), directed


def nx_edges(G, directed):
    edges = []
    for u, v, data in G.edges(data=True):
        if not directed and u > v:
            u, v = v, u
        edges.append((u, v, data.get("type", "tie"), float(data.get("weight", 1))))
    return sorted(edges)


def convert_and_read(ecosys, options, path, out, written, label, read):
    """`ecosys convert OPTIONS PATH OUT`, then read(OUT) with another tool. Returns the
    graph read and what ecosys wrote to stderr; the graph is None when either step
    failed (reported: the writing as "ecosys writes WRITTEN", the reading as LABEL)."""
    code, _, err = run(ecosys, "convert", *options, path, out)
    if code != 0:
        fail(f"ecosys writes {written}", err.strip())
        return None, err
    try:
        return read(out), err
    except Exception as e:  # noqa: BLE001 - report whatever the other tool raises
        fail(label, f"{type(e).__name__}: {e}")
        return None, err


def check_networkx_reads_ours(ecosys, nx, tmp):
    readers = {"graphml": nx.read_graphml, "gexf": nx.read_gexf, "gml": nx.read_gml}
    for name, path in network_variants(tmp).items():
        net = load_json(path)
        want_edges, directed = expected_edges(net)
        for fmt, read in readers.items():
            label = f"networkx reads {name}.{fmt}"
            G, _ = convert_and_read(ecosys, ["-q", "--no-layout"], path, os.path.join(tmp, f"{name}.{fmt}"), f"{name}.{fmt}",
                                    label, read)
            if G is None:
                continue
            check(label + ": nodes", sorted(G.nodes()) == sorted(a["id"] for a in net["actors"]),
                  f"{G.number_of_nodes()} nodes, expected {len(net['actors'])}")
            check(label + ": directed", G.is_directed() == (directed and bool(net.get("ties"))), f"is_directed {G.is_directed()}")
            got = nx_edges(G, directed)
            check(label + ": edges, types, weights", got == want_edges,
                  f"{len(got)} edges, expected {len(want_edges)}; first difference "
                  f"{next(((a, b) for a, b in zip(got, want_edges) if a != b), None)}")
            bad = []
            for a in net["actors"]:
                d = G.nodes[a["id"]]
                name_attr = d.get("label") if fmt == "gexf" else d.get("name")
                if d.get("sector") != a["sector"] or d.get("region", "") != a.get("region", "") or name_attr != a.get("name", a["id"]):
                    bad.append(a["id"])
                for k, v in a.get("attributes", {}).items():
                    got_v = d.get("attr_" + k, d.get(k))
                    if fmt == "gml" and isinstance(v, bool):
                        v = int(v)  # GML has no booleans: NetworkX sees 1 and 0
                    if got_v != v:
                        bad.append(f"{a['id']}.{k}={got_v!r}, expected {v!r}")
            check(label + ": sector, region, name, attributes", not bad, f"{len(bad)} differ, e.g. {bad[:3]}")


def check_igraph_reads_ours(ecosys, ig, tmp):
    path = os.path.join(ROOT, "networks", "zachary-karate-club.json")
    net = load_json(path)
    for fmt, read in (("graphml", ig.Graph.Read_GraphML), ("gml", ig.Graph.Read_GML), ("net", ig.Graph.Read_Pajek)):
        label = f"igraph reads karate.{fmt}"
        g, _ = convert_and_read(ecosys, ["-q"], path, os.path.join(tmp, f"karate-ig.{fmt}"), f"karate.{fmt}", label, read)
        if g is None:
            continue
        names = g.vs["label"] if fmt == "gml" else g.vs["id"] if fmt == "graphml" else g.vs["id"]
        check(label + ": nodes", sorted(names) == sorted(a["id"] for a in net["actors"]), f"{g.vcount()} vertices: {names[:3]}")
        check(label + ": edges and weights", g.ecount() == len(net["ties"]) and
              abs(sum(g.es["weight"]) - sum(t.get("weight", 1) for t in net["ties"])) < 1e-9,
              f"{g.ecount()} edges")
        if fmt != "net":
            check(label + ": sectors", g.vs["sector"] == [a["sector"] for a in net["actors"]], str(g.vs["sector"][:3]))


def check_dot(ecosys, tmp):
    dot = shutil.which("dot")
    if not dot:
        skip("graphviz reads our DOT", "the 'dot' program is not installed (Debian: graphviz)")
        return
    for name in ("japan-innovation", "zachary-karate-club"):
        out = os.path.join(tmp, name + ".dot")
        code, _, err = run(ecosys, "convert", "-q", os.path.join(ROOT, "networks", name + ".json"), out)
        if code != 0:
            fail(f"ecosys writes {name}.dot", err.strip())
            continue
        r = subprocess.run([dot, "-Tsvg", out, "-o", os.path.join(tmp, name + ".svg")], capture_output=True, text=True)
        check(f"graphviz dot draws {name}.dot", r.returncode == 0 and not r.stderr.strip(), r.stderr.strip()[:300])


# Hostile ids, names and attribute keys: markup, quotes, DOT keywords and comment
# markers, keys that are fields or reserved words of a format, leading digits,
# non-ASCII and U+FFFE (a non-character XML forbids).
HOSTILE = ["a b", 'q"uote', "<tag>", "a&b", "--", "node", "graph", "edge", "strict", "名前 東北",
           "1st", "x\ufffey", "key", "id", "label", "'apos'", "back\\slash", "semi;colon", "-- x --"]


def hostile_network():
    actors = []
    for i, text in enumerate(HOSTILE):
        attributes = {key: f"{text}|{key}" for key in HOSTILE[i:] + HOSTILE[:i]} if i < 3 else {}
        attributes.update({"annual revenue": i, HOSTILE[i] + " k": text})
        actors.append({"id": text, "name": HOSTILE[-1 - i] + " name", "sector": "industry", "attributes": attributes})
    ties = [{"source": HOSTILE[i], "target": HOSTILE[i + 1], "type": HOSTILE[i], "weight": i + 0.5} for i in range(len(HOSTILE) - 1)]
    return {"name": "hostile <&> \"net\"", "actors": actors, "ties": ties}


def renamed_keys(stderr):
    """The attribute renames the writer reports ("attribute 'x' ... written as 'y'"), chained."""
    import re
    renames = {}
    for old, new in re.findall(r"attribute '(.*?)' (?:has the name of a field of this format; it )?is written as '(.*?)'", stderr):
        renames[old] = new
    return renames


def expected_text(text, fmt):
    # XML 1.0 cannot hold U+FFFE: GraphML and GEXF write U+FFFD (with a warning).
    return text.replace("\ufffe", "\ufffd") if fmt in ("graphml", "gexf") else text


def check_hostile_names(ecosys, nx, tmp):
    """Every id, name and attribute key and value of a hostile network, as written by
    ecosys convert (keys renamed only as its warnings say), comes back from NetworkX
    (GraphML, GEXF, GML) and from Graphviz's parser (DOT, through dot -Tcanon)."""
    net = hostile_network()
    path = os.path.join(tmp, "hostile.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(net, f, ensure_ascii=False)
    readers = {"graphml": nx.read_graphml, "gexf": nx.read_gexf, "gml": nx.read_gml}
    for fmt, read in readers.items():
        label = f"networkx reads hostile names and keys in {fmt.upper()}"
        G, err = convert_and_read(ecosys, ["--no-layout"], path, os.path.join(tmp, f"hostile.{fmt}"), f"hostile.{fmt}",
                                  label, read)
        if G is None:
            continue
        renames = renamed_keys(err)
        want_ids = sorted(expected_text(a["id"], fmt) for a in net["actors"])
        check(label + ": ids", sorted(G.nodes()) == want_ids,
              f"got {sorted(G.nodes())[:5]}..., expected {want_ids[:5]}...")
        bad = []
        for a in net["actors"]:
            node = expected_text(a["id"], fmt)
            if node not in G.nodes:
                continue
            d = G.nodes[node]
            name = d.get("label") if fmt == "gexf" else d.get("name")
            if name != expected_text(a["name"], fmt):
                bad.append(f"name of {node!r}: {name!r}")
            for k, v in a["attributes"].items():
                key = k
                while key in renames:
                    key = renames[key]
                key = expected_text(key, fmt)
                want = expected_text(v, fmt) if isinstance(v, str) else v
                if d.get(key) != want:
                    bad.append(f"{node!r}.{key!r} = {d.get(key)!r}, expected {want!r}")
        check(label + ": names, attribute keys and values", not bad, f"{len(bad)} differ, e.g. {bad[:3]}")
        want_edges = sorted((expected_text(t["source"], fmt), expected_text(t["target"], fmt)) for t in net["ties"])
        got_edges = sorted(tuple(e) for e in G.edges())
        norm = lambda es: sorted(tuple(sorted(e)) for e in es)  # noqa: E731
        check(label + ": ties", norm(got_edges) == norm(want_edges), f"{len(got_edges)} edges")

    dot = shutil.which("dot")
    if not dot:
        skip("graphviz reads hostile names in DOT", "the 'dot' program is not installed (Debian: graphviz)")
        return
    out = os.path.join(tmp, "hostile.dot")
    code, _, err = run(ecosys, "convert", path, out)
    if code != 0:
        fail("ecosys writes hostile.dot", err.strip())
        return
    # No pydot or pygraphviz on the machines this runs on: Graphviz's own parser reads
    # the file and writes it again canonically (-Tcanon); ecosys reads that back.
    r = subprocess.run([dot, "-Tcanon", out], capture_output=True, text=True)
    check("graphviz reads hostile.dot (dot -Tcanon)", r.returncode == 0 and not r.stderr.strip(), r.stderr.strip()[:300])
    if r.returncode != 0:
        return
    canon = os.path.join(tmp, "hostile-canon.dot")
    with open(canon, "w", encoding="utf-8") as f:
        f.write(r.stdout)
    back = os.path.join(tmp, "hostile-canon.json")
    code, _, err2 = run(ecosys, "convert", canon, back)
    if code != 0:
        fail("ecosys reads Graphviz's canonical hostile.dot", err2.strip()[:300])
        return
    got = load_json(back)
    renames = renamed_keys(err)
    bad = []
    got_actors = {a["id"]: a for a in got["actors"]}
    for a in net["actors"]:
        g = got_actors.get(a["id"])
        if g is None:
            bad.append(f"actor {a['id']!r} missing")
            continue
        if g.get("name", g["id"]) != a["name"]:
            bad.append(f"name of {a['id']!r}: {g.get('name')!r}")
        for k, v in a["attributes"].items():
            # ecosys-written DOT carries attribute types, so values come back typed;
            # keys come back under their own names (attr_ renames are undone).
            if g.get("attributes", {}).get(k) != v:
                bad.append(f"{a['id']!r}.{k!r} = {g.get('attributes', {}).get(k)!r}, expected {v!r}")
    check("DOT through Graphviz's parser keeps hostile ids, names, attribute keys and values", not bad,
          f"{len(bad)} differ, e.g. {bad[:3]}")


def karate_graph_nx(nx):
    net = load_json(os.path.join(ROOT, "networks", "zachary-karate-club.json"))
    G = nx.Graph(name="karate")
    for a in net["actors"]:
        G.add_node(a["id"], sector=a["sector"], region=a["region"], zachary_index=a["attributes"]["zachary_index"])
    for t in net["ties"]:
        G.add_edge(t["source"], t["target"], type=t.get("type", "tie"), weight=float(t.get("weight", 1)))
    return G, net


def write_fixtures_nx(nx, tmp):
    G, _ = karate_graph_nx(nx)
    files = {}
    p = os.path.join(tmp, "networkx-karate.graphml"); nx.write_graphml(G, p); files["networkx-karate.graphml"] = p
    p = os.path.join(tmp, "networkx-karate.gexf"); nx.write_gexf(G, p); files["networkx-karate.gexf"] = p
    p = os.path.join(tmp, "networkx-karate.gml"); nx.write_gml(G, p); files["networkx-karate.gml"] = p
    p = os.path.join(tmp, "networkx-karate.net"); nx.write_pajek(G, p); files["networkx-karate.net"] = p
    p = os.path.join(tmp, "networkx-karate.tsv")
    nx.write_edgelist(G, p, delimiter="\t", data=["weight"]); files["networkx-karate.tsv"] = p
    D = nx.DiGraph(name="kite-directed")
    for u, v in (("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")):
        D.add_edge(u, v, type="funding", weight=1.5)
    for n in D.nodes:
        D.nodes[n]["sector"] = "finance" if n == "a" else "industry"
    p = os.path.join(tmp, "networkx-directed.graphml"); nx.write_graphml(D, p); files["networkx-directed.graphml"] = p
    p = os.path.join(tmp, "networkx-directed.gexf"); nx.write_gexf(D, p); files["networkx-directed.gexf"] = p
    return files


def write_fixtures_igraph(ig, tmp):
    net = load_json(os.path.join(ROOT, "networks", "zachary-karate-club.json"))
    g = ig.Graph()
    ids = [a["id"] for a in net["actors"]]
    g.add_vertices(len(ids))
    g.vs["name"] = ids
    g.vs["sector"] = [a["sector"] for a in net["actors"]]
    g.vs["region"] = [a["region"] for a in net["actors"]]
    index = {v: i for i, v in enumerate(ids)}
    g.add_edges([(index[t["source"]], index[t["target"]]) for t in net["ties"]])
    g.es["weight"] = [float(t.get("weight", 1)) for t in net["ties"]]
    g.es["type"] = [t.get("type", "tie") for t in net["ties"]]
    files = {}
    for fname, write in (("igraph-karate.graphml", g.write_graphml), ("igraph-karate.gml", g.write_gml),
                         ("igraph-karate.net", g.write_pajek)):
        p = os.path.join(tmp, fname)
        write(p)
        files[fname] = p
    flo = load_json(os.path.join(ROOT, "networks", "florentine-families.json"))
    h = ig.Graph.TupleList([(t["source"], t["target"]) for t in flo["ties"]])
    p = os.path.join(tmp, "igraph-florentine.ncol")
    h.write_ncol(p, weights=None)
    files["igraph-florentine.ncol"] = p
    return files


# How ecosys reads each fixture, and what it must find (checked here and, on the
# kept copies, by tests/io/interop_fixtures_test.cpp).
SECTOR_MAP = os.path.join(FIXTURES, "karate-sectors.csv")
READS = {
    "networkx-karate.graphml": (["--sector-map", SECTOR_MAP], 34, 78, True),
    "networkx-karate.gexf": (["--sector-map", SECTOR_MAP], 34, 78, True),
    "networkx-karate.gml": (["--sector-map", SECTOR_MAP], 34, 78, True),
    "networkx-karate.net": (["--sector-map", SECTOR_MAP], 34, 78, True),
    "networkx-karate.tsv": (["--input-format", "edgelist", "--default-sector", "industry"], 34, 78, False),
    "networkx-directed.graphml": ([], 4, 4, False),
    "networkx-directed.gexf": ([], 4, 4, False),
    "igraph-karate.graphml": (["--id-attr", "name", "--sector-map", SECTOR_MAP], 34, 78, True),
    "igraph-karate.gml": (["--sector-map", SECTOR_MAP], 34, 78, True),
    "igraph-karate.net": (["--default-sector", "industry"], 34, 78, False),
    "igraph-florentine.ncol": (["--input-format", "edgelist", "--default-sector", "industry"], 15, 35, False),
}


def check_we_read(ecosys, files, tmp):
    karate = load_json(os.path.join(ROOT, "networks", "zachary-karate-club.json"))
    sectors = {a["id"]: a["sector"] for a in karate["actors"]}
    for fname, path in files.items():
        args, n_actors, n_ties, karate_sectors = READS[fname]
        out = os.path.join(tmp, fname + ".json")
        code, _, err = run(ecosys, "convert", "-q", *args, path, out)
        label = f"ecosys reads {fname}"
        if code != 0:
            fail(label, err.strip()[:400])
            continue
        net = load_json(out)
        check(label + ": counts", (len(net["actors"]), len(net.get("ties", []))) == (n_actors, n_ties),
              f"{len(net['actors'])} actors, {len(net.get('ties', []))} ties; expected {n_actors}, {n_ties}")
        if karate_sectors:
            got = {a["id"]: a["sector"] for a in net["actors"]}
            check(label + ": sectors", got == sectors, f"e.g. {next(((k, got.get(k), v) for k, v in sectors.items() if got.get(k) != v), None)}")
            w = sum(t.get("weight", 1) for t in net["ties"])
            check(label + ": total weight 231", abs(w - 231) < 1e-9, str(w))
        if fname.startswith("networkx-directed"):
            check(label + ": directed funding ties", all(t.get("directed") and t.get("type") == "funding" for t in net["ties"]),
                  str(net["ties"][:2]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ecosys", help="the ecosys program (default: the first of build-formats/, build/test/, build/release/)")
    parser.add_argument("--update-fixtures", action="store_true", help="copy the files NetworkX and igraph wrote to tests/data/interop/")
    args = parser.parse_args()

    ecosys = find_ecosys(args.ecosys)
    if not ecosys:
        print("skip: every check: no ecosys program found; build it first or pass --ecosys PATH")
        print("0 passed, 0 failed, 1 skipped")
        return 0
    try:
        import networkx as nx
    except ImportError:
        nx = None
    try:
        import igraph as ig
    except ImportError:
        ig = None

    with tempfile.TemporaryDirectory(prefix="ecosys-interop-") as tmp:
        if nx:
            check_networkx_reads_ours(ecosys, nx, tmp)
            check_hostile_names(ecosys, nx, tmp)
        else:
            skip("networkx reads our GraphML, GEXF, GML", "NetworkX is not installed (Debian: python3-networkx)")
        if ig:
            check_igraph_reads_ours(ecosys, ig, tmp)
        else:
            skip("igraph reads our GraphML, GML, Pajek", "python-igraph is not installed (Debian: python3-igraph)")
        check_dot(ecosys, tmp)

        files = {}
        if nx:
            files.update(write_fixtures_nx(nx, tmp))
        else:
            skip("files NetworkX writes", "NetworkX is not installed (Debian: python3-networkx)")
        if ig:
            files.update(write_fixtures_igraph(ig, tmp))
        else:
            skip("files igraph writes", "python-igraph is not installed (Debian: python3-igraph)")
        check_we_read(ecosys, files, tmp)
        if args.update_fixtures:
            for fname, path in files.items():
                shutil.copyfile(path, os.path.join(FIXTURES, fname))
            print(f"copied {len(files)} files to tests/data/interop/")

    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
