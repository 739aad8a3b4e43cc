"""Values equal NetworkX's on real networks from the shared data folder, and graphs go
to and from NetworkX without loss."""

import csv
import importlib.util
import math
import warnings

import pytest

import ecosys
from conftest import SHIPPED, data_file

nx = pytest.importorskip("networkx", reason="python3-networkx is not installed")
from networkx.algorithms.link_analysis import pagerank_alg  # noqa: E402


def nx_pagerank(G):
    """PageRank at a tight tolerance (ecosys iterates to 1e-14); NetworkX 2.x needs
    SciPy for nx.pagerank, else its pure-Python iteration does the same."""
    if importlib.util.find_spec("scipy") or not hasattr(pagerank_alg, "_pagerank_python"):
        with warnings.catch_warnings():  # NetworkX 2.8 warns about its own pagerank_scipy
            warnings.simplefilter("ignore", DeprecationWarning)
            return nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=10000, weight=None)
    return pagerank_alg._pagerank_python(G, alpha=0.85, tol=1e-12, max_iter=10000, weight=None)


def assert_close(ours, theirs, what, rel=1e-9, abs_=1e-12):
    assert ours.keys() == theirs.keys(), what
    worst = max(ours, key=lambda k: abs(ours[k] - theirs[k]))
    assert math.isclose(ours[worst], theirs[worst], rel_tol=rel, abs_tol=abs_), \
        "%s of %r: ecosys %r, NetworkX %r" % (what, worst, ours[worst], theirs[worst])


def compare_with_networkx(net, G, keys=("betweenness", "closeness", "pagerank", "clustering")):
    """ecosys's unweighted actor metrics against NetworkX's on the same simple graph."""
    actors = net.metrics(only=list(keys))["actors"]
    reference = {
        "betweenness": lambda: nx.betweenness_centrality(G, normalized=True),
        "closeness": lambda: nx.closeness_centrality(G),
        "pagerank": lambda: nx_pagerank(G),
        "clustering": lambda: nx.clustering(G),
    }
    for key in keys:
        ours = {a["id"]: a[key] for a in actors}
        theirs = {str(n): v for n, v in reference[key]().items()}
        assert_close(ours, theirs, key, rel=1e-6 if key == "pagerank" else 1e-9)


def test_les_miserables_gml_equals_networkx():
    """The same GML file read by ecosys.load and by networkx.read_gml."""
    path = data_file("les-miserables", "lesmis.gml")
    net = ecosys.load(path, default_sector="industry")
    G = nx.Graph(nx.read_gml(path, label="name"))
    assert len(net) == G.number_of_nodes() == 77
    compare_with_networkx(net, G)


def test_netscience_from_data_files_equals_networkx():
    """Newman's co-authorship network (1,589 authors) built in NetworkX from the data's
    CSV files, handed to ecosys.from_networkx; NetworkX measures the same graph."""
    folder = data_file("netscience-coauthorship")
    G = nx.Graph()
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as f:
        G.add_nodes_from(row["id"] for row in csv.DictReader(f))
    with open(folder / "edges.csv", newline="", encoding="utf-8") as f:
        G.add_weighted_edges_from((r["source"], r["target"], float(r["weight"])) for r in csv.DictReader(f))
    net = ecosys.from_networkx(G, default_sector="academia")
    assert (len(net), len(net.ties)) == (G.number_of_nodes(), G.number_of_edges())
    compare_with_networkx(net, G)


def test_ca_grqc_edge_list_equals_networkx():
    """SNAP's arXiv GR-QC co-authorship edge list (5,242 authors) read by both; the
    cheap metrics only (NetworkX's betweenness takes minutes here)."""
    path = data_file("snap-ca-grqc", "CA-GrQc.txt")
    net = ecosys.load(path, default_sector="academia", quiet=True)  # self-loops and repeated pairs: warned
    G = nx.read_edgelist(path, comments="#", nodetype=str)
    G.remove_edges_from(list(nx.selfloop_edges(G)))  # ecosys leaves self-loops out
    assert len(net) == G.number_of_nodes() == 5242
    compare_with_networkx(net, G, keys=("pagerank", "clustering"))


def test_karate_from_networkx_with_a_sector_map():
    """NetworkX's own karate club: int nodes, the 'club' attribute mapped to sectors."""
    G = nx.karate_club_graph()
    net = ecosys.from_networkx(G, sector_attr="club", sector_map={"Mr. Hi": "academia", "Officer": "industry"})
    assert len(net) == 34 and len(net.ties) == 78
    assert net.actors[0].id == "0" and net.actors[0].sector == "academia"
    assert {a.sector for a in net.actors} == {"academia", "industry"}
    compare_with_networkx(net, G)


def ties_as_multiset(net):
    """Ties in a form that does not depend on their order, nor on the order of an
    undirected tie's ends."""
    out = []
    for t in net.ties:
        ends = (t.source, t.target) if t.directed else tuple(sorted((t.source, t.target)))
        out.append((ends, t.type, t.weight, t.year, t.directed))
    return sorted(out, key=repr)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_round_trip_through_networkx_is_lossless(path):
    net = ecosys.load(path)
    G = net.to_networkx()
    back = ecosys.from_networkx(G)
    assert back.name == net.name
    assert back.actors == net.actors
    assert back.sectors == net.sectors
    assert back.regions == net.regions
    assert back.projects == net.projects
    assert ties_as_multiset(back) == ties_as_multiset(net)
    assert back.warnings == []
    assert back.metrics() == net.metrics()


def test_to_networkx_graph_types_and_attributes():
    japan = ecosys.load(SHIPPED[[p.stem for p in SHIPPED].index("japan-innovation")])
    G = japan.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)  # it has directed ties
    assert G.number_of_nodes() == len(japan) and G.number_of_edges() == len(japan.ties)
    assert {d for _, _, d in G.edges(data="directed")} == {True, False}
    node = G.nodes["jst"]
    assert node["sector"] == "government" and node["region"] == "national" and node["kind"] == "funding_agency"
    assert node["url"] == "https://www.jst.go.jp/"
    assert [s["id"] for s in G.graph["sectors"]] == ["industry", "academia", "government", "finance"]
    assert len(G.graph["projects"]) == len(japan.projects)

    karate = ecosys.load(SHIPPED[[p.stem for p in SHIPPED].index("zachary-karate-club")]).to_networkx()
    assert isinstance(karate, nx.MultiGraph) and not karate.is_directed()


def test_networkx_graph_survives_the_round_trip():
    """A graph an analyst made keeps its nodes, attributes and edges."""
    G = nx.DiGraph(name="made in Python")
    G.add_node("a", sector="industry", region="north", size=3, tags=["x", "y"], score=0.5)
    G.add_node("b", sector="academia", region="south", name="Uni B", seeds=["ai", "robots"])
    G.add_node("c", sector="finance")
    G.add_edge("a", "b", weight=2.5, type="contract", year=2019)
    G.add_edge("b", "c", weight=1.0)
    G.add_edge("c", "a", directed=False)
    net = ecosys.from_networkx(G)
    assert net.name == "made in Python"
    assert [r.id for r in net.regions] == ["north", "south"]
    assert net.actors[1].seeds == ["ai", "robots"] and net.actors[1].name == "Uni B"
    assert net.actors[0].attributes == {"size": 3, "tags": ["x", "y"], "score": 0.5}
    assert [(t.source, t.target, t.directed) for t in net.ties] == [("a", "b", True), ("b", "c", True), ("c", "a", False)]
    H = net.to_networkx()
    for n, data in G.nodes(data=True):
        assert data.items() <= H.nodes[n].items()
    edges = sorted((u, v, d["type"], d["weight"], d.get("year"), d["directed"]) for u, v, d in H.edges(data=True))
    assert edges == [("a", "b", "contract", 2.5, 2019, True), ("b", "c", "tie", 1.0, None, True),
                     ("c", "a", "tie", 1.0, None, False)]
    assert ties_as_multiset(ecosys.from_networkx(H)) == ties_as_multiset(net)


def test_attribute_named_like_a_field_comes_back(tmp_path):
    """An extra attribute called 'region' cannot be a node attribute of that name (the
    actor's region is): it travels as attr_region and comes back under its own name."""
    path = tmp_path / "clash.json"
    path.write_text('{"actors": [{"id": "x", "sector": "industry", "region": "north", '
                    '"attributes": {"region": "old name", "rank": 2}}]}', encoding="utf-8")
    net = ecosys.load(path)
    H = net.to_networkx()
    assert H.nodes["x"]["region"] == "north" and H.nodes["x"]["attr_region"] == "old name"
    assert ecosys.from_networkx(H).actors == net.actors


def test_numpy_attribute_values_become_plain_values():
    np = pytest.importorskip("numpy", reason="numpy is not installed")
    G = nx.Graph()
    G.add_node("a", sector="industry", count=np.int64(3), share=np.float64(0.25), ok=np.bool_(True),
               series=np.array([1, 2]), when=complex(1, 2))
    with pytest.warns(ecosys.InputWarning, match="type complex are kept as their text"):
        net = ecosys.from_networkx(G)
    assert net.actors[0].attributes == {"count": 3, "share": 0.25, "ok": True, "series": [1, 2], "when": "(1+2j)"}
