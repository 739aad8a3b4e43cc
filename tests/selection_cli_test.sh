#!/usr/bin/env bash
# End-to-end checks of selections (extract and the selection options of every
# command), compare's periods and diff: extract then analyse equals analyse in place,
# every output format, usage errors with suggestions, empty windows, the diff's JSON.
# Usage: selection_cli_test.sh ECOSYS REPO_ROOT
source "$(dirname "$0")/harness.sh" "$1" "$2"
japan="$root/networks/japan-innovation.json"
cordis="$root/networks/cordis-cee-at.json"
py=/usr/bin/python3

pycheck() {  # pycheck NAME PYTHON-CODE (reads $work/out as JSON into j)
  if "$py" -c "import json, sys; j = json.load(open('$work/out')); $2" 2>"$work/pyerr"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: $1"; sed 's/^/  /' "$work/pyerr" | tail -3
  fi
}

# --- extract then analyse == analyse in place (same bytes), on several selections.
n=0
while IFS='|' read -r net extract_opts inplace_opts; do
  n=$((n + 1))
  check "extract $n" 0 "$ecosys" extract -q "$net" "$work/part$n.json" $extract_opts
  "$ecosys" metrics -q "$work/part$n.json" --format json --seed 3 >"$work/a$n.json"
  "$ecosys" metrics -q "$net" $inplace_opts --format json --seed 3 >"$work/b$n.json"
  same "metrics of extract $n == in place" "$work/a$n.json" "$work/b$n.json"
  "$ecosys" helix -q "$work/part$n.json" --format json --permutations 99 >"$work/a$n.h.json"
  "$ecosys" helix -q "$net" $inplace_opts --format json --permutations 99 >"$work/b$n.h.json"
  same "helix of extract $n == in place" "$work/a$n.h.json" "$work/b$n.h.json"
  "$ecosys" compare -q "$work/part$n.json" --format json --samples 5 >"$work/a$n.c.json"
  "$ecosys" compare -q "$net" $inplace_opts --format json --samples 5 >"$work/b$n.c.json"
  same "compare of extract $n == in place" "$work/a$n.c.json" "$work/b$n.c.json"
done <<EOF
$japan|--region tohoku --years 2011-2015|--select-region tohoku --years 2011-2015
$japan|--sector industry,academia --giant|--sector industry,academia --giant
$japan|--ego tohoku-u1 --radius 2|--ego tohoku-u1 --ego-radius 2
$japan|--years 2005- --keep-isolates --drop-isolates|--years 2005- --keep-isolates --drop-isolates
$cordis|--region SI --k-core 2|--select-region SI --k-core 2
$cordis|--years -2018 --sector industry|--years -2018 --sector industry
EOF

# What the selections keep, counted: Tohoku has 40 actors; its giant component in
# 2011-2015 is connected; the selection says what it is in the network's name.
check "info of a selection" 0 "$ecosys" info -q "$japan" --select-region tohoku --format json
pycheck "tohoku has 40 actors" "assert j['actors'] == 40, j['actors']"
check "extract keeps declarations" 0 "$ecosys" extract -q "$japan" "$work/t.json" --region tohoku --exact-region
"$py" -c "
import json, sys
a = json.load(open('$work/t.json')); b = json.load(open('$japan'))
assert a['sectors'] == b['sectors'] and a['regions'] == b['regions'], 'declarations differ'
assert all(x['region'] == 'tohoku' for x in a['actors'])
assert a['name'] == b['name'] + ' [region tohoku (exact)]', a['name']
ids = {x['id'] for x in a['actors']}
assert all(set(p['participants']) <= ids and p['participants'] for p in a['projects'])
" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: extract keeps declarations and restricts projects"; }

# The structural parts agree with NetworkX (k_core, the largest connected component,
# ego_graph) on the graph the analyses read: the ties plus each project's pairs.
if "$py" -c 'import networkx' 2>/dev/null; then
  "$ecosys" extract -q "$japan" "$work/k3.json" --k-core 3
  "$ecosys" extract -q "$japan" "$work/giant.json" --giant --select-region kansai
  "$ecosys" extract -q "$japan" "$work/ego.json" --ego tohoku-u1 --radius 2
  "$ecosys" extract -q "$japan" "$work/win.json" --years 2011-2015
  if "$py" - "$japan" "$work" <<'PY'
import itertools, json, sys
import networkx as nx
net = json.load(open(sys.argv[1])); work = sys.argv[2]
def graph(ties, projects, actors):
    g = nx.Graph(); g.add_nodes_from(actors)
    for t in ties:
        if t["source"] != t["target"]: g.add_edge(t["source"], t["target"])
    for p in projects:
        g.add_edges_from(itertools.combinations(sorted(set(p["participants"])), 2))
    return g
ids = lambda f: {a["id"] for a in json.load(open(f))["actors"]}
g = graph(net["ties"], net["projects"], [a["id"] for a in net["actors"]])
assert ids(work + "/k3.json") == set(nx.k_core(g, 3)), "k-core"
assert ids(work + "/ego.json") == set(nx.ego_graph(g, "tohoku-u1", radius=2)), "ego"
kansai = [a["id"] for a in net["actors"] if a["region"] == "kansai"]
assert ids(work + "/giant.json") == max(nx.connected_components(g.subgraph(kansai)), key=len), "giant"
ins = lambda y: y is None or 2011 <= y <= 2015
ties = [t for t in net["ties"] if ins(t.get("year"))]; projects = [p for p in net["projects"] if ins(p.get("year"))]
touched = {t[k] for t in net["ties"] for k in ("source", "target")} | {a for p in net["projects"] for a in p["participants"]}
active = {t[k] for t in ties for k in ("source", "target")} | {a for p in projects for a in p["participants"]}
expected = {a["id"] for a in net["actors"] if a["id"] in active or a["id"] not in touched}
assert ids(work + "/win.json") == expected, "window"
w = json.load(open(work + "/win.json")); gw = graph(w["ties"], w["projects"], [a["id"] for a in w["actors"]])
assert nx.utils.graphs_equal(gw, graph(ties, projects, sorted(expected))), "window ties"
PY
  then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: selections differ from NetworkX"; fi
fi

# Every format convert writes.
for out in e.json e-csv e.graphml e.gexf e.gml e.net e.dot; do
  check "extract to $out" 0 "$ecosys" extract -q "$japan" "$work/$out" --region kanto --giant
  extra=""
  case "$out" in *.net) extra="--default-sector industry" ;; esac  # Pajek has no sectors
  check "read back $out" 0 "$ecosys" info -q "$work/$out" --format json $extra
  pycheck "$out keeps the 60 actors of kanto's giant component" "assert j['actors'] == 60, j['actors']"
done

# Usage errors: exit 2, a suggestion, nothing written.
check "unknown region" 2 "$ecosys" extract -q "$japan" "$work/x.json" --region tohok
contains "unknown region suggests" err "unknown region 'tohok' (did you mean 'tohoku'?)"
absent "unknown region writes nothing" "$work/x.json"
check "unknown sector" 2 "$ecosys" metrics -q "$japan" --sector industry,acadmia
contains "unknown sector suggests" err "unknown sector 'acadmia' (did you mean 'academia'?)"
check "unknown ego" 2 "$ecosys" render -q "$japan" --ego tohoku-u9 -o "$work/x.svg"
contains "unknown ego suggests" err "unknown actor 'tohoku-u9' (did you mean 'tohoku-u1'?)"
absent "unknown ego writes nothing" "$work/x.svg"
check "bad window" 2 "$ecosys" extract -q "$japan" "$work/x.json" --years 2015-2010
contains "bad window says" err "(the window ends before it starts)"
check "keep-isolates alone" 2 "$ecosys" metrics -q "$japan" --keep-isolates
check "exact-region alone" 2 "$ecosys" extract -q "$japan" "$work/x.json" --exact-region
absent "usage errors write nothing" "$work/x.json"

# A window without ties: a note, a valid (empty) network, analyses that still run.
check "empty window" 0 "$ecosys" extract "$japan" "$work/empty.json" --years 2030-2040
contains "empty window says" err "no tie or project is dated in the years 2030-2040"
check "empty window validates" 0 "$ecosys" validate -q "$work/empty.json"
check "empty window metrics" 0 "$ecosys" metrics -q "$japan" --years 2030-2040 --format json
check "empty window compare" 0 "$ecosys" compare -q "$japan" --years 2030-2040 --samples 0 --format json

# compare: --cumulative is the default; periods and windows; named periods.
"$ecosys" compare -q "$japan" --by year --samples 0 --format json >"$work/cum1.json"
"$ecosys" compare -q "$japan" --by year --cumulative --samples 0 --format json >"$work/cum2.json"
same "--cumulative is the default" "$work/cum1.json" "$work/cum2.json"
check "compare window" 0 "$ecosys" compare -q "$japan" --by year --window 5 --samples 0 --metrics actors,tied_pairs --format json
pycheck "window rows" "assert [r['id'] for r in j['rows']] == ['2001-2005', '2006-2010', '2011-2015', '2016-2020'], [r['id'] for r in j['rows']]"
check "compare periods" 0 "$ecosys" compare -q "$japan" --by year --periods kc=2002-2009,ris=2011-2015 --region tohoku --samples 0 --metrics actors,tied_pairs --format json
pycheck "named periods" "assert [r['id'] for r in j['rows']] == ['kc', 'ris']"
cp "$work/out" "$work/periods.json"
# A period's row is the network --years selects: the same actors and ties.
"$ecosys" metrics -q "$japan" --years 2011-2015 --select-region tohoku --only actors,tied_pairs --format json >"$work/out"
"$py" -c "
import json
p = json.load(open('$work/periods.json'))['rows'][1]['metrics']
m = [r for r in json.load(open('$work/out'))['regions'] if r['id'] == 'tohoku'][0]
assert p['actors'] == m['actors'] and p['tied_pairs'] == m['tied_pairs'], (p, m)
" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a period's row equals the --years selection"; }
check "overlapping periods" 2 "$ecosys" compare -q "$japan" --by year --periods 2002-2009,2008-2012
contains "overlapping periods says" err "overlap"
check "window and periods" 2 "$ecosys" compare -q "$japan" --by year --window 5 --periods 2002-2009
check "window without by year" 2 "$ecosys" compare -q "$japan" --window 5

# diff: itself is empty; two periods of one file; JSON shape; every format; errors.
check "diff itself" 0 "$ecosys" diff -q "$japan" "$japan" --format json
pycheck "diff itself is empty" "assert not j['actors']['added'] and not j['actors']['removed'] and not j['ties']['added'] and not j['ties']['removed'] and not j['changed_component']; assert all(v in (0, None) for r in j['regions'] for v in r['delta'].values())"
check "diff periods" 0 "$ecosys" diff -q "$cordis" --years 2014-2018 --vs 2019-2022 --metrics actors,tied_pairs,density --format json
pycheck "diff JSON shape" "t = j['ties']['added'][0]; assert set(t) == {'source', 'target', 'type'}; r = j['regions'][0]; assert set(r) >= {'id', 'before', 'after', 'delta'}; assert set(r['delta']) == {'actors', 'tied_pairs', 'density'}; assert j['before'] == '2014-2018'"
pycheck "diff per country" "ids = [r['id'] for r in j['regions']]; assert ids[:12] == ['AT', 'BG', 'CZ', 'EE', 'HR', 'HU', 'LT', 'LV', 'PL', 'RO', 'SI', 'SK'] and ids[-1] == '*', ids"
for f in table csv md; do check "diff $f" 0 "$ecosys" diff -q "$cordis" --years 2014-2018 --vs 2019-2022 --metrics actors,tied_pairs --format "$f"; done
contains "diff md" out "## Cross-sector links"
check "diff of two extracts = diff --vs" 0 "$ecosys" extract -q "$cordis" "$work/p1.json" --years 2014-2018 --region EE
"$ecosys" extract -q "$cordis" "$work/p2.json" --years 2019-2022 --region EE
"$ecosys" diff -q "$work/p1.json" "$work/p2.json" --metrics actors,tied_pairs,density --format csv >"$work/d1.csv"
"$ecosys" diff -q "$cordis" --select-region EE --years 2014-2018 --vs 2019-2022 --metrics actors,tied_pairs,density --format csv >"$work/d2.csv"
same "diff of extracts == diff in place" "$work/d1.csv" "$work/d2.csv"
"$py" -c "
import json
n = json.load(open('$japan')); n['sectors'].append({'id': 'civil_society', 'label': 'Civil society'})
json.dump(n, open('$work/quad.json', 'w'), ensure_ascii=False)
"
check "diff different sectors" 0 "$ecosys" diff "$japan" "$work/quad.json" --metrics actors
contains "diff names differing sectors" err "sectors declared only in quad.json: civil_society"
check "diff vs without years" 2 "$ecosys" diff -q "$cordis" --vs 2019-2022
check "diff one file" 2 "$ecosys" diff -q "$cordis"
check "diff three files" 2 "$ecosys" diff -q "$japan" "$japan" "$japan"
check "diff bad metric" 2 "$ecosys" diff -q "$japan" "$japan" --metrics densty
contains "diff bad metric suggests" err "(did you mean 'density'?)"

# report --change-from: a Change section (a period of the same file, or another file).
check "report change period" 0 "$ecosys" report -q "$cordis" --select-region EE --years 2019-2022 --change-from 2014-2018 \
  --samples 0 --permutations 0 -o "$work/ee.html"
if grep -q 'id="change"' "$work/ee.html" && grep -q 'Change: 2014-2018 → 2019-2022' "$work/ee.html"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: report --change-from has no Change section"; fi
# report --directed --change-from: the Change section reads direction as the rest of the report
# does. An out-star of arcs (2002) has no directed path through its hub, so its directed
# betweenness centralization is 0 (undirected, a star, it would be 1).
printf '{"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "industry"}, {"id": "c", "sector": "industry"},\n {"id": "d", "sector": "industry"}, {"id": "x", "sector": "academia"}, {"id": "y", "sector": "academia"}],\n "ties": [{"source": "x", "target": "y", "year": 2001, "directed": true}, {"source": "a", "target": "b", "year": 2002, "directed": true},\n  {"source": "a", "target": "c", "year": 2002, "directed": true}, {"source": "a", "target": "d", "year": 2002, "directed": true}]}\n' >"$work/star.json"
check "report directed change" 0 "$ecosys" report -q "$work/star.json" --directed --years 2002 --change-from 2001 --samples 0 --permutations 0 -o "$work/star.html"
if grep -o '<td>whole network</td>[^/]*\(/td><td>[^<]*<\)*/td></tr>' "$work/star.html" | head -n 1 | grep -q '→ 0</td></tr>$'; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: report --directed --change-from: the Change section's betweenness centralization is not the directed 0"
  grep -o '<td>whole network</td>.\{0,400\}' "$work/star.html" | head -n 2; fi
check "report change file" 0 "$ecosys" report -q "$work/p2.json" --change-from "$work/p1.json" --samples 0 --permutations 0 -o "$work/ee2.html"
if grep -q 'Change: p1.json → p2.json' "$work/ee2.html"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: report --change-from FILE"; fi
check "report without change" 0 "$ecosys" report -q "$work/p2.json" --samples 0 --permutations 0 -o "$work/ee3.html"
if grep -q 'id="change"' "$work/ee3.html"; then failed=$((failed + 1)); echo "FAIL: a Change section without --change-from"; else
  passed=$((passed + 1)); fi
check "report change bad window" 2 "$ecosys" report -q "$cordis" --change-from 2019-2014 -o "$work/x.html"
absent "report bad window writes nothing" "$work/x.html"

# diff --diagram: an SVG with the legend of the change.
if "$ecosys" render --help >/dev/null 2>&1; then
  check "diff diagram" 0 "$ecosys" diff -q "$cordis" --select-region EE --years 2014-2018 --vs 2019-2022 --metrics actors --diagram "$work/ee.svg"
  if grep -q "tie added" "$work/ee.svg" && grep -q "stroke-dasharray" "$work/ee.svg"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: the diff diagram lacks its legend or dashed lines"; fi
  # The earlier network's actors stay where its own layout (GEXF positions of extract)
  # puts them: the same picture up to a translation.
  "$ecosys" extract -q "$cordis" "$work/ee1.gexf" --years 2014-2018 --region EE
  "$ecosys" diff -q "$cordis" --select-region EE --years 2014-2018 --vs 2019-2022 --metrics actors --diagram "$work/ee.dot" >/dev/null
  if "$py" - "$work" <<'PY'
import re, sys, xml.etree.ElementTree as ET
work = sys.argv[1]
before = {}
for n in ET.parse(work + "/ee1.gexf").getroot().iter():
    if n.tag.endswith("node") and n.get("id"):
        for c in n:
            if c.tag.endswith("position"): before["actor-" + n.get("id")] = (float(c.get("x")), float(c.get("y")))
drawn = {}
for m in re.finditer(r'"?(actor-[^"\s\[]+)"?\s*\[([^\]]*)\]', open(work + "/ee.dot").read(), re.S):
    p = re.search(r'pos="([-\d.]+),([-\d.]+)!?"', m.group(2))
    if p: drawn[m.group(1)] = (float(p.group(1)), float(p.group(2)))
assert len(before) == 67 and len(drawn) == 76, (len(before), len(drawn))
k0 = next(iter(before)); dx = drawn[k0][0] - before[k0][0]; dy = drawn[k0][1] - before[k0][1]
assert all(abs(drawn[k][0] - x - dx) < 0.01 and abs(drawn[k][1] - y - dy) < 0.01 for k, (x, y) in before.items())
PY
  then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: the diff diagram moved the earlier layout"; fi
  check "diff diagram too large" 2 "$ecosys" diff -q "$cordis" --years 2014-2018 --vs 2019-2022 --diagram "$work/all.svg"
  absent "too large writes nothing" "$work/all.svg"
fi

finish selection_cli
