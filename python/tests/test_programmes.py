"""Programmes, funding and roles reach Python as the file says them (docs/evaluation.md)."""

import json

import ecosys

NET = {
    "currency": "EUR",
    "programmes": [{"id": "sewp", "name": "Widening", "regions": ["EE"], "years": "2015-2016", "budget": 1000}],
    "actors": [{"id": "u", "sector": "academia", "region": "EE"}, {"id": "c", "sector": "industry", "region": "AT"}],
    "projects": [{"id": "p", "year": 2015, "end_year": 2018, "programme": "sewp", "funding": 300.5,
                  "participants": [{"actor": "u", "role": "coordinator", "funding": 200}, "c"]}],
}


def test_projects_and_programmes(tmp_path):
    path = tmp_path / "n.json"
    path.write_text(json.dumps(NET))
    net = ecosys.load(path)
    assert net.currency == "EUR"
    assert net.programmes == [ecosys.Programme("sewp", "Widening", ["EE"], (2015, 2016), 1000.0)]
    p = net.projects[0]
    assert (p.end_year, p.programme, p.funding) == (2018, "sewp", 300.5)
    assert p.participants == ["u", "c"]
    assert p.roles == ["coordinator", None]
    assert p.participant_funding == [200.0, None]
    info = net.info()
    assert info["currency"] == "EUR"
    assert info["programmes"][0]["funding"] == 200.0
    assert info["programmes"][0]["projects"] == 1


def test_programmes_survive_networkx(tmp_path):
    path = tmp_path / "n.json"
    path.write_text(json.dumps(NET))
    net = ecosys.load(path)
    back = ecosys.from_networkx(net.to_networkx())
    assert back.programmes == net.programmes
    assert back.currency == "EUR"
    assert back.projects == net.projects
    assert back.warnings == []
