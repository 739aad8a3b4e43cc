"""Diagrams as SVG objects for notebooks, files in other formats, the HTML report, and
documentation good enough for help()."""

import inspect
import re

import pytest

import ecosys
from conftest import NETWORKS

KARATE = NETWORKS / "zachary-karate-club.json"


def test_svg_object(tmp_path):
    net = ecosys.load(KARATE)
    svg = net.render(region="club-1")
    assert svg._repr_svg_() == svg.data == str(svg)
    assert "<svg" in svg.data and "</svg>" in svg.data
    assert repr(svg).startswith("<ecosys.SVG: ")
    svg.save(tmp_path / "club.svg")
    assert (tmp_path / "club.svg").read_text(encoding="utf-8") == svg.data
    svg.save(tmp_path / "club.png")
    assert (tmp_path / "club.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg.save(tmp_path / "club.picture", format="dot")
    dot = (tmp_path / "club.picture").read_text(encoding="utf-8")
    assert dot.startswith("graph ecosys {") and "pos=" in dot
    with pytest.raises(ecosys.UsageError, match="cannot tell the format"):
        svg.save(tmp_path / "club.jpeg")


def test_report(tmp_path):
    out = tmp_path / "report.html"
    ecosys.load(KARATE).report(out, samples=5, permutations=99)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "club-1" in html and "ecosys.load(" in html
    assert "max_diagram_actors=2000)" in html  # the Methods call holds every setting
    # A diagram above the limit is left out, and the report says so (docs/report.md, "Size").
    small = tmp_path / "small.html"
    ecosys.load(KARATE).report(small, samples=0, permutations=0, max_diagram_actors=10, quiet=True)
    assert "Left out for size" in small.read_text(encoding="utf-8")


def test_help_explains_every_argument():
    for method in (ecosys.Network.metrics, ecosys.Network.helix, ecosys.Network.compare, ecosys.Network.report):
        doc = method.__doc__
        signature = doc.splitlines()[0]
        names = re.findall(r"(\w+)\s*:", signature.split("(", 1)[1]) or re.findall(r"(\w+)=", signature)
        assert names
        body = doc.split("\n", 1)[1]
        for name in names:
            if name in ("self", "projects", "project_weighting"):
                continue
            assert re.search(r"^\s*%s\b" % name, body, re.M) or name in body, "%s: %s undocumented" % (method.__name__, name)
    for option in ("size_by", "color_by", "group_by", "labels", "layout"):
        assert option in ecosys.Network.render.__doc__
    for option in ("sector_attr", "default_sector", "sector_map", "format"):
        assert option in ecosys.load.__doc__
