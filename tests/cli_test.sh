#!/usr/bin/env bash
# End-to-end checks of the ecosys program: exit codes, exact messages, and that
# nothing is written when the input is bad.  Usage: cli_test.sh ECOSYS REPO_ROOT
source "$(dirname "$0")/harness.sh" "$1" "$2"

check "help" 0 "$ecosys" --help
contains "help lists commands" out "validate"
check "version" 0 "$ecosys" --version
contains "version" out "ecosys "
check "no command" 2 "$ecosys"
check "unknown command" 2 "$ecosys" valdate x
contains "unknown command suggests" err "unknown command 'valdate' (did you mean 'validate'?)"
check "unknown option" 2 "$ecosys" info --frobnicate "$root/networks/japan-innovation.json"
check "info help" 0 "$ecosys" info --help
# Shared options are declared once: the same NETWORK help everywhere, --bom wherever CSV is written.
for c in validate info metrics helix render compare whatif keyplayers report; do
  check "$c help" 0 "$ecosys" $c --help
  contains "$c reads every format" out "Network file (JSON, CSV folder, GraphML, GEXF, GML, Pajek, DOT, edge list)"
done
for c in metrics helix compare whatif keyplayers; do
  check "$c help" 0 "$ecosys" $c --help
  contains "$c has --bom" out "--bom "
done
check "metrics --bom" 0 "$ecosys" metrics -q --bom --format csv --only degree "$root/networks/florentine-families.json"
[ "$(head -c 3 "$work/out" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: metrics --bom wrote no byte order mark"; }
# A flood of one mistake is folded after 10 (counted, with the place of the first), so the
# other kinds of errors still show.
awk 'BEGIN { printf "{\"sectors\": [\"industry\"], \"actors\": [{\"id\": \"a\", \"sector\": \"industry\"}, {\"id\": \"b\", \"sector\": \"finanse\"}], \"ties\": [";
  for (i = 0; i < 300; i++) printf "%s{\"source\": \"a\", \"target\": \"zz%d\"}", (i ? ", " : ""), i; print "]}" }' >"$work/flood.json"
check "error flood" 1 "$ecosys" validate "$work/flood.json"
[ "$(grep -c "is not an actor id" "$work/err")" -eq 10 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: error flood: not 10 lines of the repeated error"; head -3 "$work/err"; }
contains "error flood folded" err "ecosys: … and 290 more errors like the one at $work/flood.json:1:"
contains "error flood other kind" err "finanse"
# --bom on the commands that write a network: every table of a CSV folder starts with it,
# the folder reads back the same; other formats refuse it (it would do nothing).
for c in convert import-projects extract; do
  check "$c help" 0 "$ecosys" $c --help
  contains "$c has --bom" out "--bom "
done
check "convert --bom" 0 "$ecosys" convert -q --bom "$root/networks/japan-innovation.json" "$work/bom/japan"
check "convert no bom" 0 "$ecosys" convert -q "$root/networks/japan-innovation.json" "$work/nobom/japan"
for t in sectors regions actors ties projects participants; do
  [ "$(head -c 3 "$work/bom/japan/$t.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] && cmp -s <(tail -c +4 "$work/bom/japan/$t.csv") "$work/nobom/japan/$t.csv" &&
    passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: convert --bom: $t.csv is not the table after a byte order mark"; }
done
check "convert --bom reads back" 0 "$ecosys" convert -q "$work/bom/japan" "$work/bom.json"
check "convert no bom reads back" 0 "$ecosys" convert -q "$work/nobom/japan" "$work/nobom.json"
cmp -s "$work/bom.json" "$work/nobom.json" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a CSV folder with byte order marks reads back differently"; }
check "convert --bom json" 2 "$ecosys" convert --bom "$root/networks/japan-innovation.json" "$work/never-bom.json"
contains "convert --bom json" err "--bom is for a CSV folder"
[ ! -e "$work/never-bom.json" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: convert --bom json wrote a file"; }

for net in "$root"/networks/*.json; do
  check "validate $(basename "$net")" 0 "$ecosys" validate "$net"
  check "info $(basename "$net")" 0 "$ecosys" info "$net"
done
check "info json" 0 "$ecosys" info --format json "$root/networks/japan-innovation.json"
contains "info json" out '"actors": '
contains "info json counts tied pairs beside tie records" out '"tied_pairs": 1620'
check "info text" 0 "$ecosys" info "$root/networks/japan-innovation.json"
contains "info shows tie records" out "ties       1155"
contains "info shows tied pairs" out "tied pairs 1620  (pairs of actors joined by a tie or a shared project; metrics count these)"
check "metrics --only ties names the new key" 2 "$ecosys" metrics --only ties "$root/networks/japan-innovation.json"
contains "ties is tied_pairs" err "unknown metric 'ties'; the number of pairs of actors tied to each other is 'tied_pairs'"
# The same tie listed twice: one warning with the count and where, from validate (and every load).
cat >"$work/twice.json" <<'JSON'
{"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "academia"}],
 "ties": [{"source": "a", "target": "b", "type": "council"},
          {"source": "b", "target": "a", "type": "council"},
          {"source": "a", "target": "b", "type": "loan"}]}
JSON
check "validate a repeated tie" 0 "$ecosys" validate "$work/twice.json"
contains "repeated tie warned" err "twice.json:3:11: warning: 1 tie repeats an earlier tie (same two actors, type and year): line 3 repeats line 2. Each pair is one edge whose weight is the sum, so its strength counts every copy (a file that lists each undirected tie in both directions doubles every weight); remove the copies, or give distinct ties distinct types"

# Every broken input: exit 1 and exactly the expected messages, file:line:col first.
cd "$root/tests/data"
for bad in bad/*; do
  case "$bad" in *.expected) continue ;; esac
  expected="${bad%.*}.expected"  # any extension: .json, .graphml, .gexf ...; folders have none
  check "validate $bad" 1 "$ecosys" validate -q "$bad"
  if ! diff -q "$work/err" "$expected" >/dev/null; then
    failed=$((failed + 1))
    echo "FAIL: messages for $bad differ:"
    diff "$work/err" "$expected" | head -10
  else
    passed=$((passed + 1))
  fi
  check "info refuses $bad" 1 "$ecosys" info "$bad"
done
# Several files at once: one bad one makes the whole run fail, every file is reported.
check "validate several" 1 "$ecosys" validate "$root/networks/japan-innovation.json" bad/empty.json
contains "validate several" out "japan-innovation.json: valid"
contains "validate several" out "bad/empty.json: invalid (1 error)"

# Commands that write files write nothing for a bad network.
check "metrics refuses bad input" 1 "$ecosys" metrics bad/duplicate_actor.json -o "$work/m.json"
if [ -e "$work/m.json" ]; then failed=$((failed + 1)); echo "FAIL: metrics wrote output for bad input"; else passed=$((passed + 1)); fi

# metrics: usage errors are exit 2 with a suggestion; -o writes a whole file.
japan="$root/networks/japan-innovation.json"
check "metrics unknown metric" 2 "$ecosys" metrics "$japan" --only betweeness
contains "metrics unknown metric" err "did you mean 'betweenness'?"
check "metrics unknown region" 2 "$ecosys" metrics "$japan" --region tohok
contains "metrics unknown region" err "did you mean 'tohoku'?"
check "metrics bad scope" 2 "$ecosys" metrics "$japan" --scope world
check "metrics json to file" 0 "$ecosys" metrics -q "$japan" --format json -o "$work/written/m.json"
if grep -q '"regions"' "$work/written/m.json" && [ "$(ls -A "$work/written")" = "m.json" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: metrics -o did not write a whole file alone"; fi
check "metrics csv" 0 "$ecosys" metrics -q "$japan" --format csv --only betweenness
contains "metrics csv header" out "record,id,name,sector,region,betweenness"
check "metrics table" 0 "$ecosys" metrics -q "$japan" --region tohoku --only degree,density
contains "metrics table region" out "東北 Tohoku"
check "metrics without projects" 0 "$ecosys" metrics -q "$japan" --no-projects --only tied_pairs --format csv
contains "metrics without projects" out "region,*,"
# The analysis engine: one definition of membership, scoped work, --no-whole, --stats.
check "metrics region leaves out the whole network" 0 "$ecosys" metrics -q "$japan" --region tohoku --only actors,betweenness --format csv
contains "metrics region record" out "region,tohoku,"
if grep -q '^region,\*,' "$work/out"; then failed=$((failed + 1)); echo "FAIL: metrics --region reported '*'"; else passed=$((passed + 1)); fi
check "metrics parent region holds its sub-regions" 0 "$ecosys" metrics -q "$japan" --region japan --only actors --format csv
contains "metrics parent region members" out "region,japan,"
grep -q '^region,japan,.*,381$' "$work/out" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: japan should hold all 381 actors"; grep '^region,japan' "$work/out"; }
check "metrics no-whole" 0 "$ecosys" metrics -q "$japan" --no-whole --only density --format csv
if grep -q '^region,\*,' "$work/out"; then failed=$((failed + 1)); echo "FAIL: --no-whole reported '*'"; else passed=$((passed + 1)); fi
check "metrics stats" 0 "$ecosys" metrics -q "$japan" --only betweenness,betweenness_centralization --stats --format csv
contains "metrics stats table" err "betweenness"
awk '$1 == "betweenness" && $2 != 13 { bad = 1 } END { exit bad }' "$work/err" && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FAIL: betweenness should run once per scope (12 regions + whole)"; cat "$work/err"; }
check "compare no-whole" 0 "$ecosys" compare -q "$japan" --metrics density --samples 0 --no-whole --format csv
if grep -q '^\*,' "$work/out"; then failed=$((failed + 1)); echo "FAIL: compare --no-whole has the whole row"; else passed=$((passed + 1)); fi
check "report stats" 0 "$ecosys" report -q "$japan" --samples 2 --permutations 9 --stats -o "$work/stats.html"
awk '$1 == "betweenness" && $2 != 13 { bad = 1 } END { exit bad }' "$work/err" && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FAIL: report should run betweenness once per scope"; cat "$work/err"; }
check "render size-by from the registry" 2 "$ecosys" render "$japan" --size-by community -o "$work/never.svg"
contains "render size-by names scalar keys" err "expected degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, core, coreness, within_module_z, participation, funding, coordinations, in_degree, out_degree, in_strength, out_strength, in_closeness, out_closeness, in_harmonic, out_harmonic, hub, authority or none"
# --directed: direction keys need it (exit 2 naming it); it marks the output; --ties rows.
check "metrics direction key without --directed" 2 "$ecosys" metrics "$japan" --only in_degree
contains "metrics direction key without --directed" err "metric 'in_degree' reads tie direction: add --directed"
check "compare direction key without --directed" 2 "$ecosys" compare "$japan" --metrics reciprocity --samples 0
contains "compare direction key without --directed" err "add --directed"
check "render direction key without --directed" 2 "$ecosys" render "$japan" --size-by hub -o "$work/never.svg"
check "metrics directed" 0 "$ecosys" metrics -q "$japan" --directed --only in_degree,hub,reciprocity --format json
contains "metrics directed marks the output" out '"directed": true'
contains "metrics directed says how undirected ties count" out "undirected ties both ways"
check "compare directed" 0 "$ecosys" compare -q "$japan" --directed --metrics reciprocity,in_degree_centralization --samples 0 --format csv
check "render directed" 0 "$ecosys" render -q "$japan" --directed --size-by authority -o "$work/directed.svg"
check "metrics directed approx" 2 "$ecosys" metrics "$japan" --directed --approx 0.05
check "metrics ties" 0 "$ecosys" metrics -q "$japan" --ties --format csv
contains "metrics ties header" out "source,target,edge_betweenness,bridge"
check "metrics ties json" 0 "$ecosys" metrics -q "$japan" --ties --directed --format json -o "$work/ties.json"
grep -q '"ties": \[' "$work/ties.json" && grep -q '"edge_betweenness"' "$work/ties.json" && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FAIL: metrics --ties --format json"; }
check "metrics ties with --only" 2 "$ecosys" metrics "$japan" --ties --only degree

check "metrics bad project weighting" 2 "$ecosys" metrics "$japan" --project-weighting neuman
contains "project weighting suggests" err "unknown project weighting 'neuman' (did you mean 'newman'?)"
# --threads: the same output for 1 and 2 threads; --approx: usage errors are exit 2.
"$ecosys" metrics -q "$japan" --format csv --threads 1 >"$work/t1.csv" 2>/dev/null
"$ecosys" metrics -q "$japan" --format csv --threads 2 >"$work/t2.csv" 2>/dev/null
if cmp -s "$work/t1.csv" "$work/t2.csv" && [ -s "$work/t1.csv" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: metrics --threads 1 and --threads 2 differ"; fi
check "metrics approx" 0 "$ecosys" metrics -q "$japan" --only betweenness,top_brokers --approx 0.05,0.1 --format csv
contains "metrics approx" out "record,id,name,sector,region,betweenness"
check "metrics approx bad epsilon" 2 "$ecosys" metrics "$japan" --approx 1.5
contains "metrics approx bad epsilon" err "ecosys: error: --approx expects EPS[,DELTA], numbers between 0 and 1 such as 0.01 or 0.01,0.1; got '1.5'"
check "metrics approx weighted" 2 "$ecosys" metrics "$japan" --approx 0.05 --weighted
contains "metrics approx weighted" err "approximate betweenness is unweighted only; drop --weighted or --approx"
# Counts and seeds: a sign, a wrap-around or an absurd size is a usage error naming the limit.
check "compare samples -1" 2 "$ecosys" compare "$japan" --samples -1
contains "compare samples -1" err "expects a whole number from 0 to 100000, got '-1'"
check "report permutations -1" 2 "$ecosys" report "$japan" --permutations -1 -o "$work/never.html"
contains "report permutations -1" err "expects a whole number from 0 to 10000000, got '-1'"
check "helix permutations huge" 2 "$ecosys" helix "$japan" --permutations 99999999999
contains "helix permutations huge" err "'99999999999' is above 10000000, the largest value accepted"
check "metrics seed above 2^64-1" 2 "$ecosys" metrics "$japan" --seed 18446744073709551616
contains "metrics seed above 2^64-1" err "'18446744073709551616' is above 18446744073709551615, the largest value accepted"
check "metrics seed 2^64-1" 0 "$ecosys" metrics -q "$japan" --only degree --seed 18446744073709551615
# -o into a device or a FIFO writes into it; the node stays.
check "metrics -o /dev/stdout" 0 "$ecosys" metrics -q "$japan" --only degree --format csv -o /dev/stdout
contains "metrics -o /dev/stdout" out "record,id,name,sector,region,degree"
mkfifo "$work/fifo"
cat "$work/fifo" > "$work/fifo.out" &
check "metrics -o FIFO" 0 "$ecosys" metrics -q "$japan" --only degree --format csv -o "$work/fifo"
wait
contains "metrics -o FIFO" fifo.out "record,id,name,sector,region,degree"
[ -p "$work/fifo" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the FIFO was replaced"; }
# An empty network is a data problem (exit 1), not a usage error.
printf '{"actors": []}' > "$work/empty-net.json"
check "report empty network" 1 "$ecosys" report "$work/empty-net.json" -o "$work/never-empty.html"
contains "report empty network" err "empty-net.json: error: the network has no actors: there is nothing to report"
# --approx whose sample reaches the actors: exact, and said so.
check "metrics approx tiny epsilon" 0 "$ecosys" metrics "$japan" --only betweenness --approx 1e-300 --format csv
contains "metrics approx tiny epsilon" err "note: betweenness of the whole network is exact"
# Ctrl-C during a long computation: exit 130, nothing written, no temporary file left.
mkdir -p "$work/ring" "$work/sigint"
awk 'BEGIN { print "id,sector"; for (i = 0; i < 30000; i++) print "a" i ",industry" }' >"$work/ring/actors.csv"
awk 'BEGIN { print "source,target"; for (i = 0; i < 30000; i++) print "a" i ",a" (i + 1) % 30000 }' >"$work/ring/ties.csv"
"$ecosys" metrics "$work/ring" --only betweenness -o "$work/sigint/m.csv" 2>"$work/err" &
pid=$!
sleep 1
kill -INT "$pid"
wait "$pid"
code=$?
if [ "$code" -eq 130 ] && [ -z "$(ls -A "$work/sigint")" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: metrics after SIGINT: exit $code, left: $(ls -A "$work/sigint")"; fi
contains "metrics after SIGINT" err "ecosys: interrupted; nothing was written"

# helix: every shipped network, each format; usage errors are exit 2 with a suggestion.
for net in "$root"/networks/*.json; do
  check "helix $(basename "$net")" 0 "$ecosys" helix -q "$net" --permutations 99
  contains "helix $(basename "$net") whole network" out "Whole network ("
done
check "helix json" 0 "$ecosys" helix -q "$japan" --region tohoku --format json --permutations 99 -o "$work/written/h.json"
if grep -q '"missing_links"' "$work/written/h.json"; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: helix -o did not write the JSON"; fi
check "helix csv" 0 "$ecosys" helix -q "$japan" --format csv --permutations 0 --project-weighting newman
contains "helix csv header" out "record,region,id,name,sector,to_sector,actors,tied_pairs,"
check "helix unknown region" 2 "$ecosys" helix "$japan" --region tohok
contains "helix unknown region" err "did you mean 'tohoku'?"
check "helix refuses bad input" 1 "$ecosys" helix bad/duplicate_actor.json -o "$work/h.json"
if [ -e "$work/h.json" ]; then failed=$((failed + 1)); echo "FAIL: helix wrote output for bad input"; else passed=$((passed + 1)); fi
if "$ecosys" render --help >/dev/null 2>&1; then
  check "render refuses bad input" 1 "$ecosys" render bad/duplicate_actor.json -o "$work/r.svg"
  if [ -e "$work/r.svg" ]; then failed=$((failed + 1)); echo "FAIL: render wrote output for bad input"; else passed=$((passed + 1)); fi
fi

# convert: every writable format reads back to the same JSON (GraphML, GML and DOT keep everything).
net="$root/networks/japan-innovation.json"
check "convert json" 0 "$ecosys" convert -q "$net" "$work/j.json"
for fmt in graphml gml dot; do
  check "convert to $fmt" 0 "$ecosys" convert -q "$net" "$work/j.$fmt"
  check "convert $fmt back" 0 "$ecosys" convert -q "$work/j.$fmt" "$work/j-$fmt.json"
  if cmp -s "$work/j.json" "$work/j-$fmt.json"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: json -> $fmt -> json changed the network"; diff "$work/j.json" "$work/j-$fmt.json" | head -5
  fi
done
check "convert to gexf with layout" 0 "$ecosys" convert "$net" "$work/j.gexf"
contains "convert summary" out "wrote $work/j.gexf (gexf): 381 actors, 1155 ties, 31 projects"
contains "gexf warns about projects" err "GEXF has no place for projects; 31 projects are not written"
if grep -q "<viz:position" "$work/j.gexf"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: gexf has no positions"; fi
# Mixed directed and undirected ties: NetworkX refuses such GraphML/GEXF; --as-undirected
# and --as-directed write one kind that it reads.
check "convert --as-undirected" 0 "$ecosys" convert -q --as-undirected "$net" "$work/u.graphml"
check "convert --as-directed" 0 "$ecosys" convert -q --as-directed "$net" "$work/d.gexf"
check "convert: not both" 2 "$ecosys" convert --as-directed --as-undirected "$net" "$work/x.graphml"
check "convert: mixed warns" 0 "$ecosys" convert "$net" "$work/mixed.graphml"
contains "mixed warning names the options" err "ecosys convert --as-undirected or --as-directed writes one kind"
if python3 -c "import networkx" 2>/dev/null; then
  check "networkx refuses the mixed graphml" 1 python3 -c "import sys, networkx as nx; nx.read_graphml(sys.argv[1])" "$work/mixed.graphml"
  check "networkx reads --as-undirected graphml" 0 python3 -c "import sys, networkx as nx
G = nx.read_graphml(sys.argv[1]); assert not G.is_directed() and G.number_of_nodes() == 381, G" "$work/u.graphml"
  check "networkx reads --as-directed gexf" 0 python3 -c "import sys, networkx as nx
G = nx.read_gexf(sys.argv[1]); assert G.is_directed() and G.number_of_nodes() == 381, G" "$work/d.gexf"
fi
# A network of projects only: GraphML readers see no edges unless the projects become ties.
cat >"$work/projects.json" <<'JSON'
{"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "academia"}, {"id": "c", "sector": "government"}],
 "projects": [{"id": "p1", "participants": ["a", "b", "c"]}, {"id": "p2", "participants": ["a", "b"]}]}
JSON
check "convert projects only" 0 "$ecosys" convert "$work/projects.json" "$work/p.graphml"
contains "projects only warns" err "ecosys: warning: the network has 2 projects and no ties, so NetworkX, igraph and Gephi will read no edges from $work/p.graphml; write each project's pairs of participants as ties with --project-ties"
check "convert --project-ties" 0 "$ecosys" convert --project-ties "$work/projects.json" "$work/pt.graphml"
contains "project ties noted" err "ecosys: note: 2 projects written as 3 ties of type 'project' (weight = shared projects)"
if python3 -c "import networkx" 2>/dev/null; then
  check "networkx reads the project ties" 0 python3 -c "import sys, networkx as nx
G = nx.read_graphml(sys.argv[1]); assert G.number_of_edges() == 3 and G['a']['b']['weight'] == 2, list(G.edges(data=True))" "$work/pt.graphml"
fi
check "convert to a csv folder" 0 "$ecosys" convert -q "$net" "$work/jcsv"
check "info on the csv folder" 0 "$ecosys" info "$work/jcsv"
check "convert to stdout" 0 "$ecosys" convert -q --format graphml "$net" -
contains "graphml on stdout" out '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
check "convert unknown format" 2 "$ecosys" convert --format grafml "$net" "$work/x.out"
contains "unknown format suggests" err "unknown format 'grafml' (did you mean 'graphml'?)"
check "convert unknown extension" 2 "$ecosys" convert "$net" "$work/x.xlsx"
check "convert refuses bad input" 1 "$ecosys" convert bad/duplicate_actor.json "$work/bad.graphml"
if [ -e "$work/bad.graphml" ]; then failed=$((failed + 1)); echo "FAIL: convert wrote output for bad input"; else passed=$((passed + 1)); fi

# Input options work on every command, before or after the command's own arguments.
printf '# ties\na b 2\nb c\n' >"$work/e.txt"
check "edge list needs a sector" 1 "$ecosys" info "$work/e.txt"
contains "edge list sector message" err "give every actor one with --default-sector SECTOR"
check "edge list with default sector" 0 "$ecosys" info "$work/e.txt" --default-sector industry
contains "edge list read" out "actors     3"
check "input options before the command" 0 "$ecosys" --default-sector industry validate "$work/e.txt"
check "unknown input format" 2 "$ecosys" info --input-format grphml "$work/e.txt"
check "mapping options refused for json" 2 "$ecosys" info --sector-attr type "$net"

# import-projects: a participation table into actors and projects.
printf 'project,org,type,country,year\np1,u,HES,JP,2016\np1,c,PRC,JP,2016\np2,c,PRC,JP,2017\np2,b,BNK,JP,2017\n' >"$work/p.csv"
printf 'value,sector\nHES,academia\nPRC,industry\nBNK,finance\n' >"$work/map.csv"
check "import-projects" 0 "$ecosys" import-projects "$work/p.csv" --project-col project --actor-col org --sector-col type \
  --region-col country --year-col year --sector-map "$work/map.csv" --ties -o "$work/p.json"
contains "import-projects summary" out "3 actors, 2 ties, 2 projects"
check "import-projects result is valid" 0 "$ecosys" validate "$work/p.json"
check "import-projects bad column" 1 "$ecosys" import-projects "$work/p.csv" --project-col projet --actor-col org --sector-col type \
  --sector-map "$work/map.csv"
contains "import-projects column suggestion" err "--project-col 'projet' is not a column of the header (did you mean 'project'?)"
check "import-projects unmapped type" 1 "$ecosys" import-projects "$work/p.csv" --project-col project --actor-col org --sector-col type
contains "import-projects unknown sector" err "unknown sector 'HES' in column 'type' of actor 'u'"

# compare: regions side by side; usage errors before any work; nothing written on error.
check "compare regions" 0 "$ecosys" compare -q "$japan" --metrics actors,density,transitivity --samples 10 --format csv -o "$work/cmp.csv"
contains "compare csv header" cmp.csv "id,name,actors,actors_rank,density,density_rank,transitivity,transitivity_rank,transitivity_z"
contains "compare csv kanto: 60 actors, the most" cmp.csv "kanto,関東 Kanto,60,1,"
check "compare json" 0 "$ecosys" compare -q "$japan" --metrics actors --samples 0 --format json -o "$work/cmp.json"
contains "compare json shape" cmp.json '"by": "region"'
check "compare markdown sorted" 0 "$ecosys" compare -q "$japan" --metrics actors --samples 0 --format md --sort actors
contains "compare markdown first row" out "| 関東 Kanto \\[kanto\\] | 60 (1) |"
check "compare by year" 0 "$ecosys" compare -q "$japan" --by year --years 2005,2020 --region kanto --metrics tied_pairs --samples 0
contains "compare by year rows" out "≤ 2020"
check "compare by network" 0 "$ecosys" compare -q "$japan" "$root/networks/florentine-families.json" --metrics actors --samples 0
contains "compare by network rows" out "florentine-families.json"
check "compare bad metric" 2 "$ecosys" compare "$japan" --metrics densty -o "$work/never.csv"
contains "compare bad metric suggests" err "unknown metric 'densty' (did you mean 'density'?)"
check "compare list metric" 2 "$ecosys" compare "$japan" --metrics top_brokers
check "compare bad sort" 2 "$ecosys" compare -q "$japan" --metrics actors --sort density --samples 0
contains "compare bad sort says" err "unknown sort column 'density'; columns of this comparison: actors"
check "compare by region of two files" 2 "$ecosys" compare "$japan" "$japan" --by region
check "compare years without by year" 2 "$ecosys" compare "$japan" --years 2005
check "compare bad years" 2 "$ecosys" compare "$japan" --by year --years 2005,x
check "compare by year without years" 2 "$ecosys" compare -q "$root/networks/zachary-karate-club.json" --by year
contains "compare by year without years says" err "give the snapshot years with --years"
check "compare broken file" 1 "$ecosys" compare "$root/tests/data/bad/duplicate_actor.json" -o "$work/never.csv"
[ ! -e "$work/never.csv" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: compare wrote on error"; }

# report: one self-contained HTML file.
check "report" 0 "$ecosys" report -q "$root/networks/florentine-families.json" --samples 5 --permutations 9 -o "$work/rep/r.html"
contains "report doctype" rep/r.html "<!DOCTYPE html>"
contains "report methods checksum" rep/r.html "SHA-256 <code>$(sha256sum "$root/networks/florentine-families.json" | cut -c1-64)</code>"
if grep -qE '(src|href)="(https?:)?//' "$work/rep/r.html"; then failed=$((failed + 1)); echo "FAIL: report refers to the network"; else passed=$((passed + 1)); fi
check "report again" 0 "$ecosys" report -q "$root/networks/florentine-families.json" --samples 5 --permutations 9 -o "$work/rep/r2.html"
cmp -s "$work/rep/r.html" "$work/rep/r2.html" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: report not reproducible"; }
cp "$root/networks/florentine-families.json" "$work/own.json"
check "report over its input" 2 "$ecosys" report -q "$work/own.json" --samples 0 --permutations 0 -o "$work/own.json"
check "compare over its input" 2 "$ecosys" compare -q "$work/own.json" --samples 0 -o "$work/own.json"
cmp -s "$root/networks/florentine-families.json" "$work/own.json" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: input overwritten"; }
check "report bad layout" 2 "$ecosys" report "$japan" --layout nato -o "$work/never.html"
contains "report bad layout suggests" err "did you mean 'neato'?"
check "report broken file" 1 "$ecosys" report "$root/tests/data/bad/duplicate_actor.json" -o "$work/never.html"
[ ! -e "$work/never.html" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: report wrote on error"; }

# keyplayers and whatif (docs/whatif.md).
japan="$root/networks/japan-innovation.json"
check "keyplayers" 0 "$ecosys" keyplayers -q "$root/networks/zachary-karate-club.json" --k 2 --format json
contains "keyplayers exact" out '"exact": true'
contains "keyplayers whole network" out '"id": "*"'
check "keyplayers reach" 0 "$ecosys" keyplayers -q "$japan" --k 3 --goal reach --radius 2 --region tohoku --format csv
contains "keyplayers csv" out "region,goal,k,set,score,exact"
check "keyplayers k 0" 2 "$ecosys" keyplayers -q "$japan" --k 0
contains "keyplayers k 0 says" err "--k must be at least 1"
check "keyplayers k too large" 2 "$ecosys" keyplayers -q "$japan" --k 30 --candidates regional_coordinator
contains "keyplayers k too large says" err "--k 30 is larger than the 17 candidates ('regional_coordinator') of the network; choose at most 17"
check "keyplayers bad candidates" 2 "$ecosys" keyplayers -q "$japan" --k 2 --candidates financ
contains "keyplayers bad candidates suggests" err "unknown role or sector 'financ' (did you mean 'finance'?)"
check "keyplayers bad region" 2 "$ecosys" keyplayers -q "$japan" --k 2 --region tohok
contains "keyplayers bad region suggests" err "(did you mean 'tohoku'?)"
check "keyplayers small region" 0 "$ecosys" keyplayers -q "$root/networks/zachary-karate-club.json" --k 20 --region club-1 --format json
contains "keyplayers small region says" out "fewer than k = 20"
check "whatif nothing" 0 "$ecosys" whatif -q "$root/networks/florentine-families.json" --permutations 9 --format json
contains "whatif json regions" out '"delta": {'
check "whatif role" 0 "$ecosys" whatif -q "$japan" --remove-role regional_coordinator --remove-tie-type council --permutations 9 --format md
contains "whatif md" out "| fragmentation |"
check "whatif pair" 0 "$ecosys" whatif -q "$japan" --remove-actors tohoku-coord1 --pair tohoku-coord2 jst --permutations 9
contains "whatif pair says" out "Actor-disjoint paths tohoku-coord2 – jst"
check "whatif csv" 0 "$ecosys" whatif -q "$japan" --remove-project-type council --after-year 2015 --permutations 9 --format csv
contains "whatif csv head" out "region,measure,before,after,delta"
check "whatif bad role" 2 "$ecosys" whatif -q "$japan" --remove-role coordinater
contains "whatif bad role suggests" err "unknown role 'coordinater'"
check "whatif bad actor" 2 "$ecosys" whatif -q "$japan" --remove-actors tohoku-cord1
contains "whatif bad actor suggests" err "(did you mean 'tohoku-coord1'?)"
check "whatif bad project type" 2 "$ecosys" whatif -q "$japan" --remove-project-type concil
contains "whatif bad project type suggests" err "(did you mean 'council'?)"
check "whatif each role" 0 "$ecosys" whatif -q "$japan" --each-role regional_coordinator --format json
contains "whatif each role json" out '"damage": '
check "whatif each actor top" 0 "$ecosys" whatif -q "$japan" --each-actor --top 3
check "whatif each project" 0 "$ecosys" whatif -q "$japan" --each-project --top 2 --format csv
contains "whatif each project csv" out "okinawa,1,"
# Long ids: tables cut them in the middle (keeping the distinguishing end); --wide prints them whole.
long_a="Cheyenne:Laramie.County.Fire.District.Number.Two.Station.Alpha"
long_b="Cheyenne:Laramie.County.Fire.District.Number.Two.Station.Bravo"
printf '{"sectors": ["industry"], "actors": [{"id": "%s", "sector": "industry"}, {"id": "hub", "sector": "industry"}, {"id": "%s", "sector": "industry"}],
 "ties": [{"source": "%s", "target": "hub"}, {"source": "hub", "target": "%s"}]}' "$long_a" "$long_b" "$long_a" "$long_b" >"$work/long.json"
for c in "metrics --ties" "whatif --each-actor"; do
  check "$c cut" 0 "$ecosys" $c -q "$work/long.json"
  contains "$c cut in the middle" out "…"
  contains "$c keeps the distinguishing end" out "Two.Station.Alpha"
  grep -qF -- "$long_a" "$work/out" && { failed=$((failed + 1)); echo "FAIL: $c printed the long id whole without --wide"; } || passed=$((passed + 1))
  check "$c --wide" 0 "$ecosys" $c -q --wide "$work/long.json"
  contains "$c --wide" out "$long_b"
done
# diff's one-row-per-region table cuts region ids the same way.
printf '{"sectors": ["industry"], "actors": [{"id": "a", "sector": "industry", "region": "%s"}, {"id": "b", "sector": "industry", "region": "%s"}], "ties": [{"source": "a", "target": "b"}]}' \
  "$long_a" "$long_a" >"$work/long-region.json"
check "diff cut" 0 "$ecosys" diff -q --metrics density "$work/long-region.json" "$work/long-region.json"
contains "diff cut keeps the end" out "Two.Station.Alpha"
grep -qF -- "$long_a" "$work/out" && { failed=$((failed + 1)); echo "FAIL: diff printed the long region id whole without --wide"; } || passed=$((passed + 1))
check "diff --wide" 0 "$ecosys" diff -q --wide --metrics density "$work/long-region.json" "$work/long-region.json"
contains "diff --wide" out "$long_a"
check "whatif each with remove" 2 "$ecosys" whatif -q "$japan" --each-role regional_coordinator --remove-tie-type council

# No output holds rounding noise: a value of magnitude below 1e-12 that is not 0
# (docs/robustness.md, "Zero up to rounding"). The shipped networks, plus six projects
# without finance whose T4 = T3 - T3 printed 2.22045e-16 before.
cat >"$work/no-finance.json" <<'JSON'
{"actors": [{"id": "a", "sector": "academia"}, {"id": "i", "sector": "industry"}, {"id": "g", "sector": "government"}],
 "projects": [{"id": "p1", "participants": ["i", "g"]}, {"id": "p2", "participants": ["a"]},
              {"id": "p3", "participants": ["a", "g"]}, {"id": "p4", "participants": ["i"]},
              {"id": "p5", "participants": ["a", "i", "g"]}, {"id": "p6", "participants": ["g"]}]}
JSON
tiny() {  # tiny NAME: fails when $work/out holds a number 0 < |x| < 1e-12
  if python3 - "$work/out" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = [t for t in re.findall(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)", text) if 0 < abs(float(t)) < 1e-12]
sys.exit(1 if bad else 0)
PY
  then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1 prints a value below 1e-12: $(grep -oE -- '-?[0-9.]+e-[0-9]+' "$work/out" | head -3)"; fi
}
for net in "$root"/networks/*.json "$work/no-finance.json"; do
  for fmt in table csv json; do
    for cmd in "metrics" "metrics --weighted" "helix" "compare --samples 20" "keyplayers --k 2"; do
      check "$cmd --format $fmt $(basename "$net")" 0 "$ecosys" $cmd -q --format "$fmt" "$net"
      tiny "$cmd --format $fmt $(basename "$net")"
    done
  done
done
# links, match and links --evaluate (docs/matching.md).
check "links" 0 "$ecosys" links -q "$japan" --method adamic_adar --top 5 --across-sectors industry,academia --format json
contains "links json" out '"method": "adamic_adar"'
contains "links json pairs" out '"score": '
check "links bad method" 2 "$ecosys" links -q "$japan" --method adamic_adr
contains "links bad method suggests" err "unknown method 'adamic_adr' (did you mean 'adamic_adar'?)"
check "links no method" 2 "$ecosys" links -q "$japan"
check "links bad sector" 2 "$ecosys" links -q "$japan" --method jaccard --across-sectors industry,acadmia
contains "links bad sector suggests" err "(did you mean 'academia'?)"
printf 'source,target\ntohoku-u1,tohoku-pref-miyagi\nhokkaido-u1,hokaido-pri\n' > "$work/pairs.csv"
check "links bad pairs" 1 "$ecosys" links -q "$japan" --method jaccard --pairs "$work/pairs.csv" -o "$work/pairs-out.json"
contains "links bad pairs where" err "pairs.csv:3:13: error: unknown actor 'hokaido-pri' (did you mean 'hokkaido-pri'?)"
[ ! -e "$work/pairs-out.json" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: links bad pairs wrote output"; }
printf 'source,target\ntohoku-u1,hokkaido-pri\n' > "$work/pairs.csv"
check "links pairs" 0 "$ecosys" links -q "$japan" --method common_neighbors --pairs "$work/pairs.csv" --format csv
contains "links pairs csv" out "source,target,score,tied"
check "match" 0 "$ecosys" match -q "$japan" --cross-region-only --explain --top 3
contains "match explain path" out "path: "
check "match md" 0 "$ecosys" match -q "$japan" --region tohoku --format md
contains "match md regions" out "## Needs per region"
check "match no keywords" 1 "$ecosys" match -q "$root/networks/zachary-karate-club.json" -o "$work/match-out.txt"
contains "match no keywords says" err "match needs actors with \"needs\""
[ ! -e "$work/match-out.txt" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: match wrote output"; }
check "evaluate" 0 "$ecosys" links -q "$japan" --evaluate --train-until 2015 --methods jaccard,match,random --format json
contains "evaluate json" out '"method": "match"'
contains "evaluate json auc" out '"auc": '
check "evaluate no years" 1 "$ecosys" links -q "$root/networks/zachary-karate-club.json" --evaluate --train-until 2000
contains "evaluate no years says" err "no tie or project has a year"
check "evaluate nothing later" 1 "$ecosys" links -q "$japan" --evaluate --train-until 2030
contains "evaluate nothing later says" err "is tied after 2030"
check "evaluate needs year" 2 "$ecosys" links -q "$japan" --evaluate
check "links weighting" 2 "$ecosys" links -q "$japan" --method jaccard --project-weighting newman
contains "links weighting says" err "links reads no tie weights"
check "evaluate bad method" 2 "$ecosys" links -q "$japan" --evaluate --train-until 2015 --methods jacard

# '-' for standard output: the diff's diagram too, and it does not share stdout with the diff.
florentine="$root/networks/florentine-families.json"
check "diff --diagram -" 0 "$ecosys" diff -q "$florentine" "$florentine" --diagram - -o "$work/diff.txt"
contains "diff --diagram - is SVG" out "<svg"
contains "diff -o beside --diagram -" diff.txt "Actors: 0 added, 0 removed"
check "diff --diagram - alone" 2 "$ecosys" diff -q "$florentine" "$florentine" --diagram -
contains "diff --diagram - alone" err "write the diff elsewhere with -o FILE"
check "diff --diagram no extension" 2 "$ecosys" diff -q "$florentine" "$florentine" --diagram "$work/picture"
contains "diff --diagram no extension" err "has no extension to tell the format"

# Programme evaluation (docs/evaluation.md): usage errors exit 2 and write nothing.
japan="$root/networks/japan-innovation.json"
check "evaluate" 0 "$ecosys" evaluate -q "$japan" --programme coi_hub --metrics tied_pairs,density -o "$work/ev.txt"
contains "evaluate table" ev.txt "Treated (4): tohoku, kanto, tokai, kansai"
contains "evaluate durability" ev.txt "log-rank test: none (a group has no pair"
check "evaluate json" 0 "$ecosys" evaluate -q "$japan" --programme coi_hub --format json
contains "evaluate json windows" out '"pre": "2010-2012"'
check "evaluate unknown programme" 2 "$ecosys" evaluate -q "$japan" --programme coi_hb -o "$work/never.txt"
contains "evaluate unknown programme says" err "unknown programme 'coi_hb' (did you mean 'coi_hub'?)"
check "evaluate overlap" 2 "$ecosys" evaluate -q "$japan" --programme coi_hub --pre 2012-2014 -o "$work/never.txt"
contains "evaluate overlap says" err "the windows overlap: --pre 2012-2014 and --post 2013-2015"
check "evaluate empty window" 2 "$ecosys" evaluate -q "$japan" --programme coi_hub --pre 1990-1992 -o "$work/never.txt"
contains "evaluate empty window says" err "--pre 1990-1992 holds no dated tie or project"
check "evaluate both treated and control" 2 "$ecosys" evaluate -q "$japan" --programme coi_hub --control tohoku,shikoku
contains "evaluate both says" err "region 'tohoku' is both treated and control"
check "evaluate unknown region" 2 "$ecosys" evaluate -q "$japan" --programme coi_hub --treated tohuku
contains "evaluate unknown region says" err "unknown region 'tohuku' (did you mean 'tohoku'?)"
check "evaluate not scalar" 2 "$ecosys" evaluate -q "$japan" --programme coi_hub --metrics top_brokers
check "evaluate permutations bound" 2 "$ecosys" evaluate -q "$japan" --programme coi_hub --permutations -1
[ ! -e "$work/never.txt" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: evaluate wrote a file on error"; }
printf '{"actors": [{"id": "a", "sector": "industry", "region": "r"}],\n "projects": [{"id": "p", "year": 2001, "participants": [{"actor": "a", "funding": -5}]}]}\n' >"$work/negative.json"
check "negative funding" 1 "$ecosys" evaluate -q "$work/negative.json" --programme x -o "$work/never.txt"
contains "negative funding says where" err "negative.json:2:84: error: \"funding\" of the participant 'a' of project 'p' is -5"

# qap (docs/qap.md): a regression that runs, its output formats, and what it refuses.
check "qap" 0 "$ecosys" qap -q "$japan" --region kanto --x same_sector,prior_ties:2005-2010 --permutations 50 --format json
contains "qap json terms in order" out '"term": "prior_ties:2005-2010"'
contains "qap json model" out '"model": "ols"'
check "qap csv" 0 "$ecosys" qap -q "$japan" --region kanto --x same_sector --permutations 0 --format csv
contains "qap csv header" out "term,estimate,std_error,t,p_greater,p_less,p_two_sided"
check "qap md" 0 "$ecosys" qap -q "$japan" --region kanto --x same_sector --correlate --permutations 20 --format md
contains "qap md correlation" out "## QAP correlation of ties and same\_sector"
check "qap unknown predictor" 2 "$ecosys" qap -q "$japan" --x same_regoin -o "$work/never-qap.txt"
contains "qap unknown predictor says" err "unknown predictor 'same_regoin' (did you mean 'same_region'?)"
check "qap too many actors" 2 "$ecosys" qap -q "$japan" --x same_region --max-actors 100 -o "$work/never-qap.txt"
contains "qap too many actors says" err "has 381 actors, more than --max-actors 100"
check "qap constant predictor" 2 "$ecosys" qap -q "$japan" --region kanto --x same_region -o "$work/never-qap.txt"
printf 'source,target,value\nhokkaido-core01,no-such-actor,1\n' >"$work/pairs.csv"
check "qap bad pair file" 1 "$ecosys" qap -q "$japan" --x "matrix:$work/pairs.csv" -o "$work/never-qap.txt"
contains "qap bad pair file says where" err "pairs.csv:2:17: error: unknown actor 'no-such-actor'"
printf 'source,target\nkanto-u1,kanto-bank1\n' >"$work/good-pairs.csv"
check "qap output is its input" 2 "$ecosys" qap -q "$japan" --region kanto --x "matrix:$work/good-pairs.csv" -o "$work/good-pairs.csv"
contains "qap output is its input says" err "good-pairs.csv"
[ ! -e "$work/never-qap.txt" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: qap wrote a file on error"; }

# Fiscal years (docs/selection.md): days around April 1, counted by calendar and by fiscal year.
cat >"$work/dated.json" <<'JSON'
{"actors": [{"id": "u1", "sector": "academia"}, {"id": "c1", "sector": "industry"}, {"id": "c2", "sector": "industry"}],
 "ties": [{"source": "u1", "target": "c1", "date": "2019-04-01"}, {"source": "u1", "target": "c2", "date": "2020-03-31"},
          {"source": "c1", "target": "c2", "date": "2020-04-01"}]}
JSON
check "fiscal years info" 0 "$ecosys" info -q "$work/dated.json" --fiscal-years --format json
contains "fiscal years: 2020-03-31 counts in FY2019" out '"year": 2019,'
check "calendar years compare" 0 "$ecosys" compare -q "$work/dated.json" --by year --samples 0 --metrics tied_pairs --format csv
contains "calendar: one pair by 2019" out "≤ 2019,1"
check "fiscal years compare" 0 "$ecosys" compare -q "$work/dated.json" --by year --fiscal-years --samples 0 --metrics tied_pairs --format csv
contains "fiscal: two pairs by FY2019" out "≤ 2019,2"
check "dates round trip" 0 "$ecosys" convert -q "$work/dated.json" "$work/dated-again.json"
contains "dates written back" dated-again.json '"date": "2020-03-31"'
printf '{"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "industry"}],\n "ties": [{"source": "a", "target": "b", "date": "2021-02-29"}]}\n' >"$work/bad-date.json"
check "a day that does not exist" 1 "$ecosys" info -q "$work/bad-date.json"
contains "a day that does not exist says where" err "bad-date.json:2:50: error: \"date\" of the tie 'a' - 'b' is '2021-02-29'"

# explore (docs/explorer.md): one page, or nothing on bad input. The page in a browser:
# ctest explorer_browser. Skipped here when the build has no explorer.
if "$ecosys" explore -q "$root/networks/florentine-families.json" -o "$work/florentine.html" 2>"$work/explore.err"; then
  contains "explore writes one page" florentine.html "ecosystem explorer</title>"
  contains "explore page holds its data" florentine.html '<script type="application/json" id="explorer-data">'
  check "explore unknown size metric" 2 "$ecosys" explore -q "$japan" --size-by pagernak -o "$work/never-explore.html"
  contains "explore unknown size metric says" err "unknown size metric 'pagernak' (did you mean 'pagerank'?)"
  check "explore direction key without --directed" 2 "$ecosys" explore -q "$japan" --size-by in_degree -o "$work/never-explore.html"
  check "explore broken file" 1 "$ecosys" explore -q "$root/tests/data/bad/empty.json" -o "$work/never-explore.html"
  contains "explore broken file says where" err "empty.json:"
  check "explore --era without Japanese" 2 "$ecosys" explore -q "$japan" --era -o "$work/never-explore.html"
  contains "explore --era says how" err "--era writes years by Japanese era: add --lang ja"
  check "explore by era" 0 "$ecosys" explore -q "$work/dated.json" --lang ja --era --fiscal-years -o "$work/era.html"
  contains "explore by era: FY2019 is 令和元年度" era.html '"2019":"令和元年度"'
  check "explore capped" 0 "$ecosys" explore "$japan" --max-ties 100 -o "$work/capped.html"
  contains "explore capped says what it left out" err "ties lighter than"
  [ ! -e "$work/never-explore.html" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: explore wrote a file on error"; }
else
  contains "explore without its libraries says how to get them" explore.err "scripts/fetch_js.sh"
fi
check "compare --cug weighted" 2 "$ecosys" compare -q "$japan" --cug edges --weighted --samples 0
contains "compare --cug weighted says" err "drop --weighted"
check "compare --cug-samples alone" 2 "$ecosys" compare -q "$japan" --cug-samples 50 --samples 0
check "compare --cug" 0 "$ecosys" compare -q "$japan" --metrics density,transitivity --cug size --cug-samples 20 --samples 0 --format csv
contains "compare --cug csv" out "transitivity_cug_p_greater,transitivity_cug_p_less"
check "metrics --community leiden" 0 "$ecosys" metrics -q "$japan" --community leiden --only communities,modularity --format csv
check "metrics --community bad" 2 "$ecosys" metrics -q "$japan" --community leidn
check "helix hubs" 0 "$ecosys" helix -q "$japan" --permutations 0 --format json
contains "helix hubs json" out '"hub_partition": "region"'

# Issue 30 classes, with cases of our own.
# Outputs that would replace an input or another output of the same run: refused before any work.
printf 'source,target\nhokkaido-core01,hokkaido-u1\n' >"$work/own-pairs.csv"
cp "$work/own-pairs.csv" "$work/own-pairs.orig"
check "links pairs as output" 2 "$ecosys" links -q "$japan" --pairs "$work/own-pairs.csv" -o "$work/own-pairs.csv"
cmp -s "$work/own-pairs.csv" "$work/own-pairs.orig" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: links replaced its own --pairs"; }
printf 'term,canonical\nai,machine_learning\n' >"$work/syn.csv"
check "match synonyms as output" 2 "$ecosys" match -q "$japan" --synonyms "$work/syn.csv" -o "$work/syn.csv"
check "diff output and diagram the same" 2 "$ecosys" diff -q "$japan" --years 2005-2009 --vs 2010-2014 --diagram "$work/same.svg" -o "$work/./same.svg"
contains "diff same output says" err "-o and --diagram both name"
[ ! -e "$work/same.svg" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: diff wrote with -o = --diagram"; }
# Titles and messages show controls escaped, whatever the name or path.
printf '{"name": "net\\u001b]0;owned\\u0007 x\\r", "actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "academia"}], "ties": [{"source": "a", "target": "b"}]}\n' >"$work/ctl.json"
for c in metrics helix; do
  check "$c control title" 0 "$ecosys" $c -q "$work/ctl.json"
  if grep -q $'\x1b\|\x07\|\r' "$work/out"; then failed=$((failed + 1)); echo "FAIL: $c printed a control character of the name raw"; else passed=$((passed + 1)); fi
  contains "$c title escaped" out 'net\x1b]0;owned\x07 x\x0d'
done
check "render control path" 0 "$ecosys" render "$work/ctl.json" -o "$work/a"$'\x1b'"[31mred.svg"
if grep -q $'\x1b' "$work/err"; then failed=$((failed + 1)); echo "FAIL: render echoed ESC of its output path"; else passed=$((passed + 1)); fi
contains "render path escaped" err 'a\x1b[31mred.svg'
# A tie repeated on the same line of a one-line JSON file: the columns tell them apart.
printf '{"actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "academia"}], "ties": [{"source": "a", "target": "b", "type": "loan"}, {"source": "b", "target": "a", "type": "loan"}]}\n' >"$work/oneline.json"
check "one-line repeat" 0 "$ecosys" validate "$work/oneline.json"
contains "one-line repeat has columns" err "line 1 column 141 repeats line 1 column 93"
# Ids holding commas are named with CSV quoting on the command line.
printf '{"actors": [{"id": "KIM, J", "sector": "academia"}, {"id": "LEE, S", "sector": "industry"}, {"id": "park", "sector": "industry"}], "ties": [{"source": "KIM, J", "target": "LEE, S"}, {"source": "LEE, S", "target": "park"}]}\n' >"$work/commas.json"
check "whatif quoted ids" 0 "$ecosys" whatif -q "$work/commas.json" --remove-actors '"KIM, J",park' --format json
contains "whatif quoted ids removed" out '"KIM, J"'
check "whatif unquoted comma id" 2 "$ecosys" whatif -q "$work/commas.json" --remove-actors 'KIM, J'
check "whatif unclosed quote" 2 "$ecosys" whatif -q "$work/commas.json" --remove-actors '"KIM, J'
contains "whatif unclosed quote says" err "does not close"

# Time windows say what they hold: empty windows and far-off years noted, a partial last window
# labelled so, years listed by info (a network of our own: 2010-2015 and one tie of 1990).
python3 - "$work/years.json" <<'PY'
import json, sys
actors = [{"id": f"a{i}", "sector": "industry", "region": "r"} for i in range(8)]
ties = [{"source": f"a{i}", "target": f"a{i + 1}", "year": 2010 + i % 6} for i in range(7)]
ties.append({"source": "a0", "target": "a7", "year": 1990})
json.dump({"actors": actors, "ties": ties}, open(sys.argv[1], "w"))
PY
check "compare windows" 0 "$ecosys" compare "$work/years.json" --by year --window 3 --samples 0 --metrics actors --format csv
contains "compare windows empty noted" err "ecosys: note: 5 of 9 windows hold no dated tie or project (1993-1995, 1996-1998, 1999-2001, 2002-2004, ...); these years lie more than 3 years from any other: 1990 (1 ties, 0 projects)"
contains "compare windows partial label" out "2014-2015 (2 of 3 years)"
check "info years" 0 "$ecosys" info -q "$work/years.json"
contains "info per year" out "ties and projects per year (by start year)"
contains "info outlying year" out "1990         1 ties       0 projects  <- more than 5 years from any other year: check it"
check "info years json" 0 "$ecosys" info -q "$work/years.json" --format json
contains "info years json outlying" out '"outlying_years": ['

# Counts are bounded whole numbers: a negative or huge one is a usage error (exit 2), never
# wrapped to 2^64-1 (issue 30, "negative counts wrap").
florentine="$root/networks/florentine-families.json"
for args in "keyplayers --k -2" "keyplayers --k 99999999999999999999" "keyplayers --k 1 --restarts -3" "whatif --each-actor --top -2" \
            "metrics --k-core -4" "metrics --ego pazzi --ego-radius -1" "extract $work/never.json --k-core -1" \
            "diff $florentine --top -3" "links --method jaccard --top -7" "metrics --threads -1" "evaluate --programme x --threads 99999" \
            "qap --x same_sector --permutations -5" "compare --cug edges --cug-samples -1"; do
  # shellcheck disable=SC2086
  set -- $args
  c="$1"
  shift
  check "count $c $*" 2 "$ecosys" "$c" -q "$florentine" "$@"
  if grep -qF -- "expects a whole number from 0 to" "$work/err" || grep -qF -- "the largest value accepted" "$work/err"; then
    passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: count $c $*: no range in the message"; head -2 "$work/err"; fi
done
[ ! -e "$work/never.json" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: extract wrote with a bad count"; }

# The report's Methods command runs again and writes the same report (issue 30, "the Methods
# command leaves out options it needs"): a GML file whose regions are in 'prefecture' and whose
# nodes have no sector needs --region-attr and --default-sector; it lies in a folder whose name
# needs quoting; the defaults (seed, samples, layout ...) and the language are written out.
mkdir -p "$work/it's here"
cat >"$work/it's here/net.gml" <<'GML'
graph [
  node [ id 1 label "u1" prefecture "miyagi" ]
  node [ id 2 label "u2" prefecture "miyagi" ]
  node [ id 3 label "u3" prefecture "miyagi" ]
  node [ id 4 label "k1" prefecture "kyoto" ]
  node [ id 5 label "k2" prefecture "kyoto" ]
  edge [ source 1 target 2 ]
  edge [ source 2 target 3 ]
  edge [ source 4 target 5 ]
  edge [ source 3 target 4 ]
]
GML
rerun() {  # rerun NAME FIRST.html SECOND.html: runs FIRST's Methods command with -o SECOND, in $work
  python3 - "$work/$2" >"$work/command" <<'PY'
import html, re, sys
m = re.search(r"<dt>(?:Command|コマンド)</dt><dd><code>(.*?)</code>", open(sys.argv[1], encoding="utf-8").read())
print(html.unescape(m.group(1)) if m else "")
PY
  local command
  command="$(cat "$work/command")"
  if [ "${command#ecosys }" = "$command" ]; then failed=$((failed + 1)); echo "FAIL: $1: no command in the report"; return; fi
  # The program as it is named here, the output added: the rest as printed.
  (cd "$work" && env -u ECOSYS_LANG bash -c "$(printf '%q' "$ecosys") ${command#ecosys } -o $(printf '%q' "$3")") >"$work/out" 2>"$work/err"
  if [ $? -ne 0 ]; then failed=$((failed + 1)); echo "FAIL: $1: the Methods command failed: $command"; head -3 "$work/err"; return; fi
  cmp -s "$work/$2" "$work/$3" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: $1: the Methods command gave another report: $command"; }
}
(cd "$work" && "$ecosys" report -q "it's here/net.gml" --region-attr prefecture --default-sector academia --samples 3 --permutations 9 \
  --seed 7 -o rerun-1.html >/dev/null 2>&1)
[ -s "$work/rerun-1.html" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: report with import options wrote nothing"; }
contains "report command quoted" rerun-1.html "<code>ecosys report -q &#39;it&#39;\\&#39;&#39;s here/net.gml&#39; --region-attr prefecture --default-sector academia --samples 3 --permutations 9 --seed 7 --layout auto --project-weighting count --max-diagram-actors 2000 --lang en</code>"
contains "report regions from the attribute" rerun-1.html 'id="region-kyoto"'
rerun "report command runs again" rerun-1.html rerun-2.html
# The language ECOSYS_LANG chose is written out, and -qo FILE is left out like -o FILE.
(cd "$work" && ECOSYS_LANG=ja "$ecosys" report -qo rerun-3.html "it's here/net.gml" --region-attr prefecture --default-sector academia \
  --samples 0 --permutations 0 --no-explorer >/dev/null 2>&1)
contains "report command language" rerun-3.html "--max-diagram-actors 2000 --lang ja</code>"
rerun "report command runs again in another language" rerun-3.html rerun-4.html

# Reports hold no rounding noise either (docs/robustness.md, "Zero up to rounding"): regions
# whose actors all broker alike (a cube, an icosahedron, a dodecahedron: betweenness
# centralization 0, which came out as 7.9e-18, 1.3e-18 and 8.0e-18 and ranked above true
# zeros) beside a ring (exactly 0) and a path.
python3 - "$work/symmetric.json" <<'PY'
import json, sys
import networkx as nx
graphs = {"cube": nx.hypercube_graph(3), "icosahedron": nx.icosahedral_graph(), "dodecahedron": nx.dodecahedral_graph(),
          "ring": nx.cycle_graph(9), "path": nx.path_graph(6)}
sectors = ["industry", "academia", "government", "finance"]
actors, ties = [], []
for region, g in graphs.items():
    ids = {v: f"{region}-{i}" for i, v in enumerate(g.nodes())}
    actors += [{"id": ids[v], "sector": sectors[i % 4], "region": region} for i, v in enumerate(g.nodes())]
    ties += [{"source": ids[a], "target": ids[b]} for a, b in g.edges()]
json.dump({"name": "symmetric", "actors": actors, "ties": ties}, open(sys.argv[1], "w"))
PY
check "report of symmetric regions" 0 "$ecosys" report -q "$work/symmetric.json" --samples 5 --permutations 9 --no-explorer -o -
tiny "report of symmetric regions"
contains "symmetric regions share rank 2" out '<td data-v="0">0 <small>2</small></td>'
check "compare of symmetric regions" 0 "$ecosys" compare -q "$work/symmetric.json" --samples 5 --format csv
tiny "compare of symmetric regions"

# report --directed --change-from: the Change section reads direction as the rest of the
# report (issue 31). After: a -> b -> c -> d -> e -> c; before: a -> b -> c -> d, e alone.
# Betweenness centralization by hand and NetworkX (Freeman over normalised betweenness):
# directed 1/8 -> 13/48 (0.125 -> 0.2708), undirected 1/4 -> 26/48 (0.25 -> 0.5417).
cat >"$work/chain-after.json" <<'JSON'
{"name": "chain", "sectors": [{"id": "industry", "label": "Industry"}],
 "actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "industry"}, {"id": "c", "sector": "industry"},
            {"id": "d", "sector": "industry"}, {"id": "e", "sector": "industry"}],
 "ties": [{"source": "a", "target": "b", "type": "supply", "directed": true},
          {"source": "b", "target": "c", "type": "supply", "directed": true},
          {"source": "c", "target": "d", "type": "supply", "directed": true},
          {"source": "d", "target": "e", "type": "supply", "directed": true},
          {"source": "e", "target": "c", "type": "supply", "directed": true}]}
JSON
cat >"$work/chain-before.json" <<'JSON'
{"name": "chain", "sectors": [{"id": "industry", "label": "Industry"}],
 "actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "industry"}, {"id": "c", "sector": "industry"},
            {"id": "d", "sector": "industry"}, {"id": "e", "sector": "industry"}],
 "ties": [{"source": "a", "target": "b", "type": "supply", "directed": true},
          {"source": "b", "target": "c", "type": "supply", "directed": true},
          {"source": "c", "target": "d", "type": "supply", "directed": true}]}
JSON
check "report --directed --change-from" 0 "$ecosys" report -q "$work/chain-after.json" --change-from "$work/chain-before.json" \
  --directed --samples 0 --permutations 0 --no-explorer -o "$work/change-directed.html"
sed 's/<[^>]*>/ /g' "$work/change-directed.html" | tr -s ' ' >"$work/change-directed.txt"
contains "the Change section is directed" change-directed.txt "0.125 → 0.2708"
check "report --change-from" 0 "$ecosys" report -q "$work/chain-after.json" --change-from "$work/chain-before.json" \
  --samples 0 --permutations 0 --no-explorer -o "$work/change-undirected.html"
sed 's/<[^>]*>/ /g' "$work/change-undirected.html" | tr -s ' ' >"$work/change-undirected.txt"
contains "the Change section is undirected without --directed" change-undirected.txt "0.25 → 0.5417"

finish cli
