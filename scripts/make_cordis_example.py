#!/usr/bin/env python3
"""Cut the real example network networks/cordis-cee-at.json from the CORDIS
Horizon 2020 participations in the shared data folder (both parts: projects
starting 2014-2018 and 2019-2022).

What it keeps
  - participations of organisations located in 12 countries: Austria and the
    eleven EU-13 countries from the Baltic to the Adriatic and the Black Sea
    (BG, CZ, EE, HR, HU, LT, LV, PL, RO, SI, SK); each country is a region;
  - only organisations with at least 2 such participations over 2014-2022
    (MIN_PARTICIPATIONS), which keeps the file under 2 MB and leaves out the
    one-off participants that would only be isolates;
  - every project with one of them, restricted to them: a project's other
    participants (in other countries) are not in the network. Project type =
    the programme part (programme_parts.csv), year = start year.

Organisations are actors (id = CORDIS PIC; sector from the organisation type by
docs/sector-maps/cordis.csv: PRC industry, HES and REC academia, PUB government,
OTH other). An organisation's type and country are the most frequent among its
kept rows (the first seen on a tie). No ties are written: projects stand for
them (each pair of a project's participants is tied; docs/metrics.md, "Projects").

Python 3 standard library only; deterministic (rows kept in the order of the
source files, part 2014-2018 first). Source: CORDIS, (c) European Union.

Usage:  python3 scripts/make_cordis_example.py [DATA] [--out FILE]
"""

import argparse
import collections
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convert_shared_data import ConversionError, read_csv  # noqa: E402
from network_json import dump_network  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
DEFAULT_OUT = os.path.join(ROOT, "networks", "cordis-cee-at.json")
PARTS = ["cordis-h2020-participations", "cordis-h2020-participations-2019-2022"]
MIN_PARTICIPATIONS = 2

COUNTRIES = [
    ("AT", "Austria"), ("BG", "Bulgaria"), ("CZ", "Czechia"), ("EE", "Estonia"),
    ("HR", "Croatia"), ("HU", "Hungary"), ("LT", "Lithuania"), ("LV", "Latvia"),
    ("PL", "Poland"), ("RO", "Romania"), ("SI", "Slovenia"), ("SK", "Slovakia"),
]
SECTORS = [
    {"id": "industry", "label": "Industry (PRC)", "color": "#E69F00"},
    {"id": "academia", "label": "Academia (HES, REC)", "color": "#0072B2"},
    {"id": "government", "label": "Government (PUB)", "color": "#009E73"},
    {"id": "other", "label": "Other (OTH): associations, NGOs, intermediaries", "color": "#999999"},
]


def most_common(counter):
    """The most frequent value; the first seen among equals (Counter keeps insertion order)."""
    best = None
    for value, n in counter.items():
        if best is None or n > counter[best]:
            best = value
    return best


def build(data):
    sector_map = {r["value"]: r["sector"] for r in read_csv(os.path.join(ROOT, "docs", "sector-maps"), "cordis.csv")}
    countries = {c for c, _ in COUNTRIES}
    rows, programme = [], {}
    for part in PARTS:
        folder = os.path.join(data, part)
        rows += [r for r in read_csv(folder, "participations.csv") if r["country"] in countries]
        for r in read_csv(folder, "programme_parts.csv"):
            programme[r["rcn"]] = r["programme_part"]

    count = collections.Counter(r["pic"] for r in rows)
    rows = [r for r in rows if count[r["pic"]] >= MIN_PARTICIPATIONS]

    types, where, group, early = {}, {}, {}, collections.Counter()
    for r in rows:
        types.setdefault(r["pic"], collections.Counter())[r["type"]] += 1
        where.setdefault(r["pic"], collections.Counter())[r["country"]] += 1
        group.setdefault(r["pic"], r["group"])
        if int(r["start_year"]) <= 2018:
            early[r["pic"]] += 1
    actors = []
    for pic in types:  # first-seen order
        t = most_common(types[pic])
        if t not in sector_map:
            raise ConversionError("organisation type %r of PIC %s is not in docs/sector-maps/cordis.csv" % (t, pic))
        actors.append({"id": pic, "sector": sector_map[t], "region": most_common(where[pic]),
                       "kind": t, "attributes": {"group": group[pic], "participations_2014_2018": early[pic],
                                                 "participations_2019_2022": count[pic] - early[pic]}})

    projects = {}
    for r in rows:
        p = projects.get(r["rcn"])
        if p is None:
            p = projects[r["rcn"]] = {"id": r["rcn"], "type": programme.get(r["rcn"], ""), "year": int(r["start_year"]),
                                      "participants": []}
        if r["pic"] not in p["participants"]:
            p["participants"].append(r["pic"])
    for p in projects.values():
        if not p["type"]:
            del p["type"]

    net = {
        "name": "CORDIS Horizon 2020, 12 countries (AT and EU-13), organisations with 2+ participations, 2014-2022",
        "sectors": SECTORS,
        "regions": [{"id": c, "name": name} for c, name in COUNTRIES],
        "actors": actors,
        "ties": [],
        "projects": list(projects.values()),
    }
    info = {"rows": len(rows), "early": sum(early.values())}
    return net, info


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=DEFAULT_DATA,
                    help="the shared data folder (default: ../shared/data next to the repository)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="the network to write (default: networks/cordis-cee-at.json)")
    args = ap.parse_args(argv)
    for part in PARTS:
        if not os.path.isdir(os.path.join(args.data, part)):
            print("error: %s not found in %s; pass the folder that holds both CORDIS parts" % (part, args.data),
                  file=sys.stderr)
            return 2
    try:
        net, info = build(args.data)
    except ConversionError as e:
        print("error: %s" % e, file=sys.stderr)
        return 1
    dump_network(net, args.out)
    print("wrote %s: %d actors, %d projects, %d participations (%d in projects starting 2014-2018)"
          % (os.path.relpath(args.out), len(net["actors"]), len(net["projects"]), info["rows"], info["early"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
