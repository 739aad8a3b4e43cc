"""Odd Python objects thrown at the conversion layer (from_networkx, the import options and
the methods' arguments) come back as Python exceptions, never as a crash.

A randomized test with a fixed seed (hypothesis is not installed): each case builds a
graph or an argument from nested lists, tuples, dicts and sets, huge and negative ints,
NaN and infinities, bytes, lone surrogates, NUL characters, objects whose str() or
iteration raises, lists that hold themselves, nesting far past the 64 levels the
converter accepts, and NumPy values when NumPy is there. The cases run in a child
interpreter, which writes each case's number before running it, so a crash (a signal, an
abort) fails the test naming the seed and the case that caused it.
"""

import os
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("networkx", reason="python3-networkx is not installed")

SEED = 30
CASES = 3000

CHILD = textwrap.dedent(r'''
    import math
    import random
    import sys
    import warnings

    import networkx as nx

    import ecosys

    warnings.simplefilter("ignore")
    rng = random.Random(int(sys.argv[1]))
    cases = int(sys.argv[2])
    progress = open(sys.argv[3], "w")

    try:
        import numpy
    except ImportError:
        numpy = None


    class BadStr:
        def __str__(self):
            raise RuntimeError("str() of this object raises")

        __repr__ = __str__


    class NotText:
        def __str__(self):
            return 42  # str() then raises TypeError


    class BadIter:
        def __iter__(self):
            raise ValueError("iterating this object raises")


    class LongIterable:
        """An iterable of 10**4 items that is neither a list nor a tuple."""
        def __iter__(self):
            return iter(range(10**4))


    class Path:
        def __fspath__(self):
            return 7  # not a str


    def self_holding():
        a = []
        a.append(a)
        return a


    def deep(n):
        v = "leaf"
        for _ in range(n):
            v = [v]
        return v


    def deep_dict(n):
        v = {}
        for _ in range(n):
            v = {"k": v}
        return v


    SCALARS = [
        None, True, False, 0, 1, -1, 7, 2**31, 2**63 - 1, 2**63, 2**64, -2**63 - 1, 10**30, -10**30,
        0.0, -0.0, 1.5, 1e308, -1e-320, math.nan, math.inf, -math.inf,
        "", " ", "industry", "academia", "finance", "government", "a", "b", "c", "tohoku",
        "\x00", "a\x00b", "\ud800", "\u202e", "\ufffe", "é", "産学官金", "x" * 5000, "1e400", "-1", "2005-2010",
        "ecosys 0.1", "#ZZZZZZ", "#0072B2", b"bytes", bytearray(b"ba"), 3 + 4j, BadStr(), NotText(), Path(),
        frozenset({1}), range(3), Ellipsis,
    ]
    if numpy is not None:
        SCALARS += [numpy.int64(5), numpy.float64("nan"), numpy.array([1, 2]), numpy.array([[1.5]]),
                    numpy.bool_(True), numpy.str_("industry")]


    PLAIN = [None, True, 0, 1, -1, 7, 2**63, 1.5, 1e308, math.nan, "", "industry", "academia", "a", "b",
             "tohoku", "é", "産学官金", "\x00", "2005-2010", [], ["a", "b"], {"id": "x"}]


    def value(depth=0, plain=False):
        if plain:
            return rng.choice(PLAIN)
        r = rng.random()
        if depth > 3 or r < 0.6:
            return rng.choice(SCALARS)
        if r < 0.65:
            return [value(depth + 1) for _ in range(rng.randrange(4))]
        if r < 0.72:
            return tuple(value(depth + 1) for _ in range(rng.randrange(3)))
        if r < 0.85:
            return {rng.choice(["id", "name", "parent", "participants", "actor", "role", "funding", "year",
                                "end_year", "label", "color", "regions", "years", "budget", "programme", 1, None,
                                (1, 2), BadStr()]): value(depth + 1)
                    for _ in range(rng.randrange(4))}
        if r < 0.88:
            return {key() for _ in range(rng.randrange(3))}
        if r < 0.95:
            return rng.choice([BadIter(), LongIterable(), BadStr(), NotText()])
        return rng.choice([self_holding(), deep(70), deep(3000), deep_dict(70)])


    def key():
        """A value that can be a dict key or a node."""
        v = value(4)
        try:
            hash(v)
            return v
        except TypeError:
            return rng.choice(["k", 3, (1, 2), None])


    def node_key():
        return rng.choice(["a", "b", "c", "d", 1, 2, (1, 2), "a b", "", "\x00", "\ud800", 2**70, 1.5, frozenset({3})])


    ATTRS = ["name", "sector", "region", "kind", "role", "needs", "seeds", "type", "weight", "year", "directed",
             "label", "value", "topics", "attr_name", "funding", "employees", "id", "x"]


    def graph():
        """A graph of plain values (half the time) or of odd ones."""
        plain = rng.random() < 0.5
        G = rng.choice([nx.Graph, nx.DiGraph, nx.MultiGraph, nx.MultiDiGraph])()
        for _ in range(rng.randrange(3)):
            G.graph[rng.choice(["name", "creator", "sectors", "regions", "projects", "programmes", "currency",
                                "other", 5])] = value(plain=plain)
        for _ in range(rng.randrange(8)):
            attrs = {rng.choice(ATTRS): value(plain=plain) for _ in range(rng.randrange(3))}
            if rng.random() < 0.9:
                attrs["sector"] = rng.choice(["industry", "academia", "finance", value()])
            try:
                G.add_node(node_key(), **attrs)
            except TypeError:  # an unhashable key
                pass
        nodes = list(G.nodes)
        for _ in range(rng.randrange(8)):
            if not nodes:
                break
            attrs = {rng.choice(ATTRS): value(plain=plain) for _ in range(rng.randrange(2))}
            G.add_edge(rng.choice(nodes), rng.choice(nodes), **attrs)
        return G


    class FakeGraph:
        """Not a NetworkX graph, but with the attributes from_networkx looks for."""
        def __init__(self):
            self.graph = rng.choice([{}, {"name": value()}, [], None, BadIter()])
            self._nodes = rng.choice([[("a", {})], [("a",)], [None], ["a"], [("a", [])], BadIter(), [("a", {"x": 1}, 3)]])
            self._edges = rng.choice([[], [("a", "a", {})], [("a",)], [None], BadIter(), [("a", "b", None)]])

        def nodes(self, data=False):
            return self._nodes

        def edges(self, data=False):
            return self._edges

        def is_directed(self):
            return rng.choice([False, True, None, "yes", BadStr()])


    OPTIONS = ["id_attr", "name_attr", "sector_attr", "region_attr", "type_attr", "weight_attr", "default_sector",
               "sector_map", "format", "unknown_option"]


    def options():
        out = {}
        for _ in range(rng.randrange(3) if rng.random() < 0.3 else 0):
            out[rng.choice(OPTIONS)] = rng.choice([value(), "industry", {"PRC": "industry", key(): value()}, "sector", None])
        return out


    def small_int():
        return rng.choice([-1, 0, 1, 2, 3, 2**63, 2**64, 10**30, 1.5, math.nan, None, "2", True])


    def call_method(net):
        keys = lambda: rng.choice([value(), "degree", ["degree", value()], "same_region", "a", ["a", "b"], "*"])
        calls = [
            lambda: net.metrics(only=keys(), region=keys(), scope=rng.choice([None, "region", value()]),
                                approx=rng.choice([None, 0.1, (0.1, 0.1), value()]), threads=rng.choice([0, 1, 2])),
            lambda: net.helix(region=keys(), permutations=rng.choice([0, 9, value()]), scope=rng.choice(["network", value()])),
            lambda: net.compare(metrics=keys(), years=rng.choice([None, "2005-2010", [2005, 2010], value()]),
                                samples=rng.choice([0, 2, value()]), labels=keys(), by=rng.choice([None, "year", value()])),
            lambda: net.whatif(remove_actors=keys(), pair=rng.choice([None, ["a", "b"], value()]), region=keys(),
                               remove_role=rng.choice([None, value()]), after_year=rng.choice([None, 2010, value()]),
                               permutations=rng.choice([0, value()])),
            lambda: net.qap(x=keys(), y=rng.choice(["ties", "weight", value()]), permutations=rng.choice([0, 9, value()]),
                            region=rng.choice(["*", value()]), model=rng.choice(["ols", "logit", value()])),
            lambda: net.keyplayers(k=rng.choice([1, 2, value()]), region=keys(), candidates=rng.choice([None, value()]),
                                   restarts=rng.choice([1, value()]), radius=rng.choice([1, value()])),
            lambda: net.evaluate(rng.choice(["P", value()]), pre=rng.choice([None, "2005-2006", value()]),
                                 treated=keys(), control=keys(), permutations=rng.choice([9, value()])),
            lambda: net.render(region=rng.choice([None, value()]), **{rng.choice(["layout", "labels", "size_by", "color_by",
                                                                               "bogus"]): value()}),
            lambda: net.to_networkx(measured=rng.choice([True, False]), project_weighting=rng.choice(["count", value()])),
            lambda: ecosys.compare([net, rng.choice([net, value()])], metrics=keys()),
        ]
        rng.choice(calls)()


    base = nx.Graph()
    base.add_edge("a", "b", year=2005)
    base.add_edge("b", "c", year=2010)
    base.add_edge("c", "d")
    for n, s in zip("abcd", ["industry", "academia", "finance", "government"]):
        base.nodes[n]["sector"] = s
        base.nodes[n]["region"] = "r1" if n < "c" else "r2"
    good = ecosys.from_networkx(base, quiet=True)

    counts = {"loaded": 0, "refused": 0}
    for case in range(cases):
        progress.write("%d\n" % case)
        progress.flush()
        try:
            kind = rng.random()
            if kind < 0.55:
                net = ecosys.from_networkx(graph(), quiet=rng.random() < 0.8, **options())
                counts["loaded"] += 1
                if rng.random() < 0.3:
                    call_method(net)
            elif kind < 0.62:
                ecosys.from_networkx(rng.choice([FakeGraph(), value(), nx.path_graph(2)]), name=rng.choice([None, value()]))
            elif kind < 0.7:
                ecosys.load(rng.choice([value(), "no-such-file.json"]), **options())
            else:
                call_method(good)
        except Exception:  # any Python exception is an answer; only a crash is not
            counts["refused"] += 1
    print(counts)
''')


def test_odd_objects_give_python_exceptions_never_a_crash(tmp_path):
    progress = tmp_path / "case"
    done = subprocess.run([sys.executable, "-c", CHILD, str(SEED), str(CASES), str(progress)],
                          capture_output=True, text=True, timeout=600, env=dict(os.environ))
    last = progress.read_text().split()[-1:] if progress.exists() else []
    assert done.returncode == 0, "the child interpreter died (exit %d) at case %s of seed %d:\n%s" % (
        done.returncode, last[0] if last else "?", SEED, done.stderr[-3000:])
    assert "'loaded'" in done.stdout, done.stdout
