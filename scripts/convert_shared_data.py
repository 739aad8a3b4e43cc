#!/usr/bin/env python3
"""Convert real public networks from the shared data folder into the ecosys
JSON network format (docs/network-format.md).

Writes
  networks/zachary-karate-club.json   from DATA/zachary-karate-club
  networks/florentine-families.json   from DATA/florentine-families-padgett

DATA defaults to ../shared/data relative to the repository root (the folder
that holds this repository's checkout). Each source folder has a PROVENANCE.md
with source, licence and citation; networks/README.md repeats them.

Python 3 standard library only; the output is deterministic (rows are kept in
the order of the source files).

Usage:  python3 scripts/convert_shared_data.py [DATA] [--out-dir DIR]
"""

import argparse
import csv
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from network_json import dump_network  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
DEFAULT_OUT = os.path.join(ROOT, "networks")


class ConversionError(Exception):
    pass


def read_csv(folder, name):
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        raise ConversionError("missing file %s" % path)
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        raise ConversionError("no rows in %s" % path)
    return rows


def number(text):
    """'12' -> 12, '1.5' -> 1.5, anything else stays a string."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def typed_attributes(rows, skip):
    """Per row, the columns not in skip as attributes. A column becomes numbers
    only if every non-empty value in it is a number (so a label column such as
    karate's H, 2, 3, ..., A stays all strings); empty cells are left out."""
    columns = [c for c in rows[0] if c not in skip]
    numeric = {c: all(not isinstance(number(r[c]), str) for r in rows if r[c] != "")
               for c in columns}
    out = []
    for r in rows:
        out.append({c: (number(r[c]) if numeric[c] else r[c])
                    for c in columns if r[c] != ""})
    return out


def require_columns(rows, columns, what):
    missing = [c for c in columns if c not in rows[0]]
    if missing:
        raise ConversionError("%s lacks column(s) %s" % (what, ", ".join(missing)))


def check_refs(net):
    ids = [a["id"] for a in net["actors"]]
    if len(ids) != len(set(ids)):
        raise ConversionError("duplicate actor ids in %s" % net["name"])
    idset = set(ids)
    for t in net["ties"]:
        for end in (t["source"], t["target"]):
            if end not in idset:
                raise ConversionError("tie names unknown actor %r in %s" % (end, net["name"]))


def isolates(actor_ids, edges):
    touched = {e[0] for e in edges} | {e[1] for e in edges}
    return [a for a in actor_ids if a not in touched]


# --------------------------------------------------------------------------
def convert_karate(folder):
    nodes = read_csv(folder, "nodes.csv")
    edges = read_csv(folder, "edges.csv")
    require_columns(nodes, ["id", "faction", "club_after_split"], "karate nodes.csv")
    require_columns(edges, ["source", "target", "weight"], "karate edges.csv")
    faction_sector = {"1": "mr_hi_faction", "2": "officers_faction"}
    club_region = {"1": "club-1", "2": "club-2"}
    actors = []
    all_attrs = typed_attributes(nodes, ("id", "faction", "club_after_split"))
    for row, attrs in zip(nodes, all_attrs):
        if row["faction"] not in faction_sector or row["club_after_split"] not in club_region:
            raise ConversionError("unexpected faction/club in karate row %r" % row)
        actor = {"id": row["id"], "name": row["id"],
                 "sector": faction_sector[row["faction"]],
                 "region": club_region[row["club_after_split"]]}
        if attrs:
            actor["attributes"] = attrs
        actors.append(actor)
    ties = [{"source": e["source"], "target": e["target"], "type": "interaction",
             "weight": number(e["weight"])} for e in edges]
    net = {
        "name": "Zachary's karate club (Zachary 1977, weighted)",
        "sectors": [
            {"id": "mr_hi_faction", "label": "Mr Hi's faction", "color": "#0072B2"},
            {"id": "officers_faction", "label": "John A's faction (officers)", "color": "#D55E00"},
        ],
        "regions": [
            {"id": "club-1", "name": "Mr Hi's club (after the split)"},
            {"id": "club-2", "name": "Officers' club (after the split)"},
        ],
        "actors": actors,
        "ties": ties,
    }
    check_refs(net)
    info = {"isolates": isolates([a["id"] for a in actors],
                                 [(t["source"], t["target"]) for t in ties])}
    return net, info


def convert_florentine(folder):
    nodes = read_csv(folder, "nodes.csv")
    marriage = read_csv(folder, "marriage_edges.csv")
    business = read_csv(folder, "business_edges.csv")
    require_columns(nodes, ["family"], "florentine nodes.csv")
    require_columns(marriage, ["source", "target"], "florentine marriage_edges.csv")
    require_columns(business, ["source", "target"], "florentine business_edges.csv")
    actors = []
    for row, attrs in zip(nodes, typed_attributes(nodes, ("family",))):
        actor = {"id": row["family"], "name": row["family"], "sector": "family"}
        if attrs:
            actor["attributes"] = attrs
        actors.append(actor)
    ties = []
    for rows, ttype in ((marriage, "marriage"), (business, "business")):
        for e in rows:
            ties.append({"source": e["source"], "target": e["target"], "type": ttype})
    net = {
        "name": "Padgett's Florentine families (marriage and business ties)",
        "sectors": [{"id": "family", "label": "Family", "color": "#56B4E9"}],
        "actors": actors,
        "ties": ties,
    }
    check_refs(net)
    ids = [a["id"] for a in actors]
    m_edges = [(e["source"], e["target"]) for e in marriage]
    b_edges = [(e["source"], e["target"]) for e in business]
    m_pairs = {frozenset(p) for p in m_edges}
    both = sorted(sorted(p) for p in {frozenset(p) for p in b_edges} & m_pairs)
    info = {"isolates (marriage)": isolates(ids, m_edges),
            "isolates (business)": isolates(ids, b_edges),
            "isolates (both types)": isolates(ids, m_edges + b_edges),
            "pairs with both a marriage and a business tie": ["%s-%s" % tuple(p) for p in both]}
    return net, info


# --------------------------------------------------------------------------
JOBS = [
    ("zachary-karate-club", "zachary-karate-club.json", convert_karate),
    ("florentine-families-padgett", "florentine-families.json", convert_florentine),
]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=DEFAULT_DATA,
                    help="the shared data folder (default: ../shared/data next to the repository)")
    ap.add_argument("--out-dir", default=DEFAULT_OUT,
                    help="where to write the networks (default: networks/ in the repository)")
    args = ap.parse_args(argv)

    if not os.path.isdir(args.data):
        print("error: data folder %s not found; pass the folder that holds "
              "zachary-karate-club/ and florentine-families-padgett/ as the first argument"
              % args.data, file=sys.stderr)
        return 2
    status = 0
    for sub, out_name, convert in JOBS:
        folder = os.path.join(args.data, sub)
        if not os.path.isdir(folder):
            print("error: %s not found in %s" % (sub, args.data), file=sys.stderr)
            status = 2
            continue
        try:
            net, info = convert(folder)
        except ConversionError as e:
            print("error: %s: %s" % (sub, e), file=sys.stderr)
            status = 1
            continue
        out = os.path.join(args.out_dir, out_name)
        dump_network(net, out)
        print("wrote %s: %d actors, %d ties" % (os.path.relpath(out), len(net["actors"]),
                                                 len(net["ties"])))
        for k, v in info.items():
            print("  %s: %s" % (k, ", ".join(v) if v else "none"))
    return status


if __name__ == "__main__":
    sys.exit(main())
