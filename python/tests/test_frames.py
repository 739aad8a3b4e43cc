"""as_frame=True gives pandas DataFrames with the same values; without pandas it
says what is missing."""

import json
import sys

import pytest

import ecosys
from conftest import NETWORKS

JAPAN = NETWORKS / "japan-innovation.json"


@pytest.fixture(scope="module")
def japan():
    return ecosys.load(JAPAN)


def test_without_pandas_as_frame_says_so(japan, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(ImportError, match="needs pandas"):
        japan.metrics(only=["degree"], as_frame=True)
    assert japan.metrics(only=["degree"])["actors"][0]["degree"] >= 0  # dicts need no pandas


def test_metric_tables(japan):
    pd = pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas): as_frame untested")
    actors, regions = japan.metrics(only=["betweenness", "density", "sector_counts"], as_frame=True)
    plain = japan.metrics(only=["betweenness", "density", "sector_counts"])
    assert isinstance(actors, pd.DataFrame) and actors.index.name == "id"
    assert list(actors.index) == [a["id"] for a in plain["actors"]]
    assert list(actors["betweenness"]) == [a["betweenness"] for a in plain["actors"]]
    assert list(regions.index)[-1] == "*"
    assert regions.loc["tohoku", "density"] == next(r["density"] for r in plain["regions"] if r["id"] == "tohoku")
    assert regions.loc["tohoku", "sector_counts.industry"] >= 1


def test_helix_and_compare_tables(japan):
    pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas): as_frame untested")
    tables = japan.helix(permutations=0, as_frame=True)
    assert isinstance(tables, ecosys.HelixTables)
    assert "brokerage.liaison" in tables.actors.columns and "ei_index" in tables.regions.columns
    frame = japan.compare(metrics=["density", "transitivity"], samples=5, as_frame=True)
    plain = japan.compare(metrics=["density", "transitivity"], samples=5)
    assert list(frame.columns) == ["name", "density", "density_rank", "transitivity", "transitivity_rank", "transitivity_z"]
    assert list(frame.index) == [r["id"] for r in plain["rows"]] + ["*"]
    first = plain["rows"][0]
    assert frame.loc[first["id"], "density_rank"] == first["ranks"]["density"]


def test_frames_warn_the_notes_the_dict_holds(tmp_path):
    """A chain of 3,000 actors: the eigenvector's power iteration cannot converge (its two
    largest eigenvalues differ by about 1e-6); the dict says so under "notes", the frames
    by an EcosysWarning."""
    pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas): as_frame untested")
    ids = ["v%d" % i for i in range(3000)]
    path = tmp_path / "chain.json"
    path.write_text(json.dumps({"sectors": ["industry"],
                                "actors": [{"id": i, "sector": "industry"} for i in ids],
                                "ties": [{"source": a, "target": b} for a, b in zip(ids, ids[1:])]}))
    chain = ecosys.load(path)
    plain = chain.metrics(only=["eigenvector"])
    assert any("did not converge" in n for n in plain["notes"])
    with pytest.warns(ecosys.EcosysWarning, match="eigenvector of the whole network did not converge"):
        chain.metrics(only=["eigenvector"], as_frame=True)
