"""Errors carry every problem with its location; bad arguments name the closest
accepted one."""

import re

import pytest

import ecosys
from conftest import NETWORKS

nx = None
try:
    import networkx as nx
except ImportError:
    pass

BROKEN = """{
  "actors": [
    {"id": "a", "sector": "industry"},
    {"id": "b", "sector": "acadmia"},
    {"id": "a", "sector": "finance"}
  ],
  "ties": [
    {"source": "a", "target": "zz"}
  ]
}
"""


def test_input_error_lists_every_problem_with_its_location(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ecosys.InputError) as raised:
        ecosys.load(path)
    diagnostics = raised.value.diagnostics
    assert len(diagnostics) == 3
    assert all(d.file == str(path) and d.severity == "error" for d in diagnostics)
    by_line = {d.line: d for d in diagnostics}
    assert sorted(by_line) == [4, 5, 8]
    assert "unknown sector 'acadmia'" in by_line[4].message and "did you mean 'academia'?" in by_line[4].message
    assert by_line[4].column == BROKEN.splitlines()[3].index('"acadmia"') + 1
    assert "'a'" in by_line[5].message
    assert "'zz'" in by_line[8].message
    # str() is the command line's message: one "file:line:column: error: ..." per problem
    lines = str(raised.value).splitlines()
    assert lines == ["%s:%d:%d: error: %s" % (d.file, d.line, d.column, d.message) for d in diagnostics]
    assert isinstance(raised.value, ecosys.Error) and isinstance(raised.value, ValueError)


def test_syntax_error_location(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{"actors": [\n  {"id": "a", "sector": "industry"},\n  {"id": ', encoding="utf-8")
    with pytest.raises(ecosys.InputError) as raised:
        ecosys.load(path)
    (d,) = raised.value.diagnostics
    assert (d.file, d.line) == (str(path), 3) and d.column > 0


def test_missing_file():
    with pytest.raises(ecosys.InputError) as raised:
        ecosys.load(NETWORKS / "no-such-network.json")
    assert raised.value.diagnostics[0].file.endswith("no-such-network.json")


def test_warnings_are_issued_and_kept(tmp_path):
    path = tmp_path / "loop.json"
    path.write_text('{"actors": [{"id": "a", "sector": "industry"}], "ties": [{"source": "a", "target": "a"}]}',
                    encoding="utf-8")
    with pytest.warns(ecosys.InputWarning, match="self-loop"):
        net = ecosys.load(path)
    assert len(net.warnings) == 1 and net.warnings[0].severity == "warning" and net.warnings[0].line > 0
    assert ecosys.load(path, quiet=True).warnings == net.warnings


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json", sector_atr="x"),
         "unknown import option 'sector_atr' (did you mean 'sector_attr'?)"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json", format="grapml"),
         "unknown format 'grapml' (did you mean 'graphml'?)"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").metrics(region="club-3"),
         "unknown region 'club-3'"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").metrics(scope="regoin"),
         "unknown scope 'regoin' (did you mean 'region'?); expected network or region"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").metrics(project_weighting="newmann"),
         "unknown project weighting 'newmann' (did you mean 'newman'?)"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").metrics(only="in_degree"),
         "metric 'in_degree' reads tie direction: add --directed (Python: directed=True)"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").render(sise_by="degree"),
         "unknown diagram option 'sise_by' (did you mean 'size_by'?)"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").render(size_by="pagernak"),
         "did you mean 'pagerank'?"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").render(region="club-1", overview=True),
         "region= and overview=True exclude each other"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").compare(metrics="densty"),
         "did you mean 'density'?"),
        (lambda: ecosys.load(NETWORKS / "zachary-karate-club.json").compare(years=[2000]),
         "years= needs by='year'"),
        (lambda: ecosys.compare([ecosys.load(NETWORKS / "zachary-karate-club.json")] * 2, by="region"),
         "by='region' compares inside one network; got 2 networks"),
    ],
    ids=["import-option", "format", "region", "scope", "weighting", "directed", "diagram-option", "size-by",
         "region-and-overview", "compare-metric", "years", "compare-by"],
)
def test_usage_errors_say_what_and_the_closest(call, message):
    with pytest.raises(ecosys.UsageError) as raised:
        call()
    assert message in str(raised.value)
    assert isinstance(raised.value, ValueError)


@pytest.mark.skipif(nx is None, reason="python3-networkx is not installed")
def test_networkx_errors_point_at_nodes_and_edges():
    G = nx.Graph()
    G.add_node("a", sector="industry")
    G.add_node("b")
    G.add_node("c", sector="banks")
    G.add_edge("a", "c", weight="heavy")
    with pytest.raises(ecosys.InputError) as raised:
        ecosys.from_networkx(G)
    where = {(d.file, d.line) for d in raised.value.diagnostics}
    assert where == {("G.nodes", 2), ("G.nodes", 3), ("G.edges", 1)}
    text = str(raised.value)
    assert "G.nodes:2: error: node 'b' has no 'sector' attribute" in text
    assert "unknown sector 'banks'" in text
    assert "G.edges:1: error: weight 'heavy'" in text
    with pytest.warns(ecosys.InputWarning, match="edge attribute 'weight' is not kept"):
        net = ecosys.from_networkx(G, default_sector="finance", sector_map={"banks": "finance", "industry": "industry"},
                                   weight_attr="w")
    assert [a.sector for a in net.actors] == ["industry", "finance", "finance"]


def test_hostile_python_values_raise_instead_of_crashing():
    """from_networkx bounds every conversion: deep nesting, a list that holds itself, keys and
    values whose str() raises, huge integers: each a Python exception, never a crash."""
    nx = pytest.importorskip("networkx", reason="python3-networkx is not installed")
    G = nx.Graph()
    G.add_edge("a", "b")
    for v in G:
        G.nodes[v]["sector"] = "industry"
    deep = []
    for _ in range(50000):
        deep = [deep]
    G.nodes["a"]["tree"] = deep
    with pytest.raises(ecosys.UsageError, match="nested deeper than 64 levels"):
        ecosys.from_networkx(G, quiet=True)
    G.nodes["a"]["tree"] = {"k": {"k": 1}}
    loop = []
    loop.append(loop)
    G.graph["sectors"] = loop
    with pytest.raises(ecosys.UsageError, match="holds itself"):
        ecosys.from_networkx(G, quiet=True)
    del G.graph["sectors"]

    class Bad:
        def __str__(self):
            raise RuntimeError("no text for you")

    G.nodes["b"]["odd"] = Bad()
    with pytest.raises(RuntimeError, match="no text for you"):
        ecosys.from_networkx(G, quiet=True)
    G.nodes["b"]["odd"] = 10 ** 400  # beyond int64: kept as its text, with a warning
    net = ecosys.from_networkx(G, quiet=True)
    assert len(net.actors) == 2


def test_counts_have_the_command_lines_limits():
    """A count that would run for days is refused with the limit, as the command line
    refuses it: whatif(permutations=2**63) ran the E-I test for ever (found by
    test_random_objects.py)."""
    net = ecosys.load(NETWORKS / "florentine-families.json")
    cases = [
        (lambda: net.whatif(remove_actors="Medici", permutations=2 ** 63),
         "permutations must be at most 10000000 (as on the command line); got 9223372036854775808"),
        (lambda: net.helix(permutations=10 ** 8), "permutations must be at most 10000000"),
        (lambda: net.compare(samples=100001), "samples must be at most 100000"),
        (lambda: net.metrics(threads=5000), "threads must be at most 4096"),
        (lambda: net.keyplayers(k=2, restarts=2 ** 40), "restarts must be at most 1000000000"),
        (lambda: net.qap(x="same_sector", max_actors=2 ** 40), "max_actors must be at most 1000000000"),
    ]
    for call, message in cases:
        with pytest.raises(ecosys.UsageError, match=re.escape(message)):
            call()
