"""Network.whatif() and Network.keyplayers(): values worked by hand on drawn graphs,
and the same documents as `ecosys whatif` / `ecosys keyplayers --format json`."""

import pytest

import ecosys
from conftest import SHIPPED

nx = pytest.importorskip("networkx", reason="python3-networkx is not installed (it makes the test graphs)")


def star_and_pair():
    """
        l1   l2
          \\ /
           c ---- l3        x ---- y
           |
           l4
    c joins four leaves; x-y is a second component.
    """
    G = nx.Graph()
    G.add_edges_from([("c", "l1"), ("c", "l2"), ("c", "l3"), ("c", "l4"), ("x", "y")])
    for v in G:
        G.nodes[v]["sector"] = "industry"
    G.nodes["c"]["role"] = "regional_coordinator"
    return ecosys.from_networkx(G, quiet=True)


def whole(document):
    return next(r for r in document["regions"] if r["id"] == "*")


def test_removing_the_hub_fragments_the_star():
    net = star_and_pair()
    out = net.whatif(remove_actors="c")
    assert out["removed"]["actors"] == ["c"]
    assert out["removed"]["ties"] == 4
    r = whole(out)
    # Before: 7 actors; connected ordered pairs 5*4 + 2*1 = 22 of 42 -> F = 20/42.
    assert r["before"]["fragmentation"] == pytest.approx(20 / 42, abs=1e-12)
    # After: l1..l4 isolated, x-y tied: 2 of 30 ordered pairs connected -> F = 28/30.
    assert r["after"]["fragmentation"] == pytest.approx(28 / 30, abs=1e-12)
    assert r["delta"]["fragmentation"] == pytest.approx(28 / 30 - 20 / 42, abs=1e-12)
    assert sorted(r["cut_off"]) == ["l1", "l2", "l3", "l4"]


def test_each_role_ranks_the_coordinator():
    out = star_and_pair().whatif(each_role="regional_coordinator")
    rows = next(r for r in out["regions"] if r["id"] == "*")["actors"]
    assert [row["id"] for row in rows] == ["c"]
    assert rows[0]["cut_off"] == 4
    assert rows[0]["damage"] == pytest.approx(28 / 30 - 20 / 42, abs=1e-12)


def test_keyplayer_of_a_star_is_its_centre():
    out = star_and_pair().keyplayers(k=1)
    r = next(r for r in out["regions"] if r["id"] == "*")
    assert r["set"] == ["c"] and r["exact"] is True
    assert r["score"] == pytest.approx(28 / 30, abs=1e-12)


def test_bad_arguments_say_how():
    net = star_and_pair()
    with pytest.raises(ecosys.UsageError, match="needs something to remove"):
        net.whatif()
    with pytest.raises(ecosys.UsageError, match="unknown actor 'l9'"):
        net.whatif(remove_actors=["l9"])
    with pytest.raises(ecosys.UsageError, match="one of each_role"):
        net.whatif(each_actor=True, each_project=True)
    with pytest.raises(ecosys.UsageError, match="fragment or reach"):
        net.keyplayers(k=1, goal="fragmant")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_equal_to_the_command_line(path, cli_json):
    net = ecosys.load(path, quiet=True)
    first = net.actors[0].id
    assert net.whatif(remove_actors=[first]) == cli_json("whatif", path, "-q", "--remove-actors", first)
    assert net.whatif(each_actor=True, top=3) == cli_json("whatif", path, "-q", "--each-actor", "--top", "3")
    assert net.keyplayers(k=2) == cli_json("keyplayers", path, "-q", "--k", "2")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_measured_graph_gives_networkx_the_same_numbers(path):
    """The graph ecosys measures, handed to NetworkX, gives ecosys's betweenness and
    weighted degree (projects become ties, parallel ties merge into weights)."""
    net = ecosys.load(path, quiet=True)
    G = net.to_networkx(measured=True)
    assert isinstance(G, nx.Graph) and not G.is_multigraph()
    ours = {a["id"]: a for a in net.metrics(only=["betweenness", "strength"])["actors"]}
    theirs = nx.betweenness_centrality(G)
    strength = dict(G.degree(weight="weight"))
    assert set(ours) == set(theirs)
    for v in G:
        assert ours[v]["betweenness"] == pytest.approx(theirs[v], abs=1e-9)
        assert ours[v]["strength"] == pytest.approx(strength[v], abs=1e-9)


def test_ids_with_commas_are_never_split_in_a_list():
    """An author id such as "KIM, J" is one actor in a list; a single string follows the
    command line's rules (CSV quoting)."""
    G = nx.Graph()
    G.add_edges_from([("KIM, J", "LEE, S"), ("LEE, S", "park"), ("park", "KIM, J"), ("park", "solo")])
    for v in G:
        G.nodes[v]["sector"] = "academia"
    net = ecosys.from_networkx(G, quiet=True)
    out = net.whatif(remove_actors=["KIM, J", "park"])
    assert sorted(out["removed"]["actors"]) == ["KIM, J", "park"]
    assert net.whatif(remove_actors='"KIM, J",park')["removed"] == out["removed"]
    with pytest.raises(ecosys.UsageError):
        net.whatif(remove_actors="KIM, J")  # two ids, "KIM" and "J", neither an actor
