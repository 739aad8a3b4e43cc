"""The module returns what the command line's --format json prints, value for value,
on the networks shipped in networks/."""

import json

import pytest

import ecosys
from conftest import SHIPPED, NETWORKS

JAPAN = NETWORKS / "japan-innovation.json"
KARATE = NETWORKS / "zachary-karate-club.json"
FLORENCE = NETWORKS / "florentine-families.json"


@pytest.fixture(scope="module")
def japan():
    return ecosys.load(JAPAN)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_metrics_equal_cli(path, cli_json):
    net = ecosys.load(path)
    assert net.metrics() == cli_json("metrics", "-q", path)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_helix_equal_cli(path, cli_json):
    assert ecosys.load(path).helix() == cli_json("helix", "-q", path)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_info_equal_cli(path, cli_json):
    assert ecosys.load(str(path)).info() == cli_json("info", "-q", str(path))


@pytest.mark.parametrize(
    "kwargs, flags",
    [
        (dict(scope="region"), ["--scope", "region"]),
        (dict(weighted=True, only="betweenness,closeness,pagerank,clustering,mean_path_length"),
         ["--weighted", "--only", "betweenness,closeness,pagerank,clustering,mean_path_length"]),
        (dict(region=["tohoku", "kanto"]), ["--region", "tohoku", "--region", "kanto"]),
        (dict(only=["harmonic", "community", "modularity"], seed=7, project_weighting="newman"),
         ["--only", "harmonic,community,modularity", "--seed", "7", "--project-weighting", "newman"]),
        (dict(projects=False, whole=False, threads=1), ["--no-projects", "--no-whole", "--threads", "1"]),
        (dict(only=["betweenness"], approx=(0.05, 0.1)), ["--only", "betweenness", "--approx", "0.05,0.1"]),
    ],
    ids=["region-scope", "weighted", "regions", "seed-newman", "no-projects", "approx"],
)
def test_metrics_options_equal_cli(japan, cli_json, kwargs, flags):
    assert japan.metrics(**kwargs) == cli_json("metrics", "-q", JAPAN, *flags)


def test_metrics_reuse_the_cache(japan):
    """A second call with the same options reads the kernels the first one ran."""
    net = ecosys.load(JAPAN)
    first = net.metrics(only=["betweenness"])
    runs = {s["kernel"]: s["runs"] for s in net.cache_stats()}
    assert net.metrics(only=["betweenness", "degree"])["actors"][0]["betweenness"] == first["actors"][0]["betweenness"]
    again = {s["kernel"]: s["runs"] for s in net.cache_stats()}
    assert again["betweenness"] == runs["betweenness"]
    net.clear_cache()
    assert net.cache_stats() == []


def test_helix_options_equal_cli(japan, cli_json):
    ours = japan.helix(scope="region", region="kansai", weighted=True, permutations=99, seed=3)
    theirs = cli_json("helix", "-q", JAPAN, "--scope", "region", "--region", "kansai", "--weighted",
                      "--permutations", "99", "--seed", "3")
    assert ours == theirs


def test_compare_regions_equal_cli(japan, cli_json):
    assert japan.compare() == cli_json("compare", "-q", JAPAN)
    ours = japan.compare(metrics=["density", "transitivity", "ei_index"], sort="density", samples=20, seed=5)
    theirs = cli_json("compare", "-q", JAPAN, "--metrics", "density,transitivity,ei_index", "--sort", "density",
                      "--samples", "20", "--seed", "5")
    assert ours == theirs


def test_compare_years_equal_cli(japan, cli_json):
    ours = japan.compare(by="year", years=[2015, 2020], region="tohoku", samples=10)
    theirs = cli_json("compare", "-q", JAPAN, "--by", "year", "--years", "2015,2020", "--region", "tohoku",
                      "--samples", "10")
    assert ours == theirs


def test_compare_networks_equal_cli(cli_json):
    nets = [ecosys.load(KARATE), ecosys.load(FLORENCE)]
    assert ecosys.compare(nets, by="network") == cli_json("compare", "-q", KARATE, FLORENCE, "--by", "network")
    assert ecosys.compare(nets) == cli_json("compare", "-q", KARATE, FLORENCE)


def test_render_equal_cli(japan, cli):
    assert japan.render(region="tohoku").data == cli("render", "-q", JAPAN, "--region", "tohoku", "-o", "-")
    # neato (auto), not fdp: after another layout in the same process Graphviz's fdp does
    # not repeat itself (`ecosys render --all-regions --layout fdp` differs run to run too).
    ours = japan.render(overview=True, seed=2).data
    assert ours == cli("render", "-q", JAPAN, "--overview", "--seed", "2", "-o", "-")
    ours = ecosys.load(KARATE).render(size_by="pagerank", color_by="community", labels=5, weighted=True).data
    theirs = cli("render", "-q", KARATE, "--size-by", "pagerank", "--color-by", "community", "--labels", "top:5",
                 "--weighted", "-o", "-")
    assert ours == theirs


def test_every_registry_key_reaches_metrics(japan):
    """Metric keys come from the registry: every registered key is a column of metrics()
    (the direction keys, flagged "directed", with directed=True only; the funding keys,
    flagged "funding", by default only for a network with funding or roles; the positions,
    flagged "on_request", only when named)."""
    registry = ecosys.metric_registry()
    result = japan.metrics(only=None)
    columns = set(result["actors"][0]) | set(result["regions"][-1])
    keys = [m["key"] for m in registry if not m["directed"] and not m["funding"] and not m["on_request"]]
    assert keys and set(keys) <= columns
    assert not {m["key"] for m in registry if m["funding"] or m["on_request"]} & columns
    directed = japan.metrics(only=None, directed=True)
    columns = set(directed["actors"][0]) | set(directed["regions"][-1])
    assert {m["key"] for m in registry if not m["funding"] and not m["on_request"]} <= columns
    named = japan.metrics(only=[m["key"] for m in registry if m["on_request"]])
    assert {m["key"] for m in registry if m["on_request"]} <= set(named["actors"][0]) | set(named["regions"][-1])
    assert {m["level"] for m in ecosys.metric_registry()} == {"actor", "region"}


def test_usage_error_message_equals_cli(japan, cli):
    import subprocess

    with pytest.raises(ecosys.UsageError) as raised:
        japan.metrics(only=["pagernak"])
    done = subprocess.run([cli.program, "metrics", "-q", str(JAPAN), "--only", "pagernak"], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == "ecosys: error: " + str(raised.value)
    assert "did you mean 'pagerank'?" in str(raised.value)


@pytest.mark.parametrize(
    "kwargs, flags",
    [
        (dict(), []),
        (dict(metrics=["density", "openness"], weight_by="actors", event_study=True),
         ["--metrics", "density,openness", "--weight-by", "actors", "--event-study"]),
        (dict(pre="2009-2011", post="2013-2015", treated=["tohoku", "kanto"], control=["shikoku", "kyushu", "okinawa"]),
         ["--pre", "2009-2011", "--post", "2013-2015", "--treated", "tohoku,kanto", "--control", "shikoku,kyushu,okinawa"]),
    ],
    ids=["defaults", "weighted-event-study", "windows-regions"],
)
def test_evaluate_equal_cli(japan, cli_json, kwargs, flags):
    assert japan.evaluate("coi_hub", **kwargs) == cli_json("evaluate", "-q", JAPAN, "--programme", "coi_hub", *flags)


def test_evaluate_errors_are_usage_errors(japan):
    with pytest.raises(ecosys.UsageError, match="unknown programme 'coi_hb' \\(did you mean 'coi_hub'\\?\\)"):
        japan.evaluate("coi_hb")
    with pytest.raises(ecosys.UsageError, match="the windows overlap"):
        japan.evaluate("coi_hub", pre="2012-2013", post="2013-2015")


def test_qap_equals_cli(japan, cli):
    """Network.qap() is `ecosys qap --format json`, predictors as a list or a str."""
    ours = japan.qap(x=["same_sector", "prior_ties:2005-2010"], region="kanto", permutations=200, seed=3)
    theirs = json.loads(cli("qap", "-q", JAPAN, "--region", "kanto", "--x", "same_sector,prior_ties:2005-2010",
                            "--permutations", "200", "--seed", "3", "--format", "json"))
    assert ours == theirs
    assert [c["term"] for c in ours["coefficients"]] == ["(intercept)", "same_sector", "prior_ties:2005-2010"]
    corr = japan.qap(x="same_sector", region="kanto", correlate=True, permutations=50)
    assert -1 <= corr["correlation"] <= 1 and corr["permutations"] == 50
    with pytest.raises(ecosys.UsageError, match="did you mean 'same_region'"):
        japan.qap(x=["same_regoin"])
