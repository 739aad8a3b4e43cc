#!/usr/bin/env bash
# Size limits of the command line (docs/robustness.md): a file of several GiB is
# refused before it is read, and a device without end stops at the limit, each
# with a clear message and exit 1, quickly and without using the memory.
# Usage: limits_test.sh ECOSYS REPO_ROOT
source "$(dirname "$0")/harness.sh" "$1" "$2"

# Here check also compares stderr exactly (it replaces the harness's).
check() {  # check NAME EXPECTED_EXIT_CODE EXPECTED_STDERR COMMAND...
  local name="$1" want="$2" message="$3"
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass; else fail "$name: exit $got, expected $want"; fi
  if [ "$(cat "$work/err")" = "$message" ]; then pass; else
    fail "$name: stderr is '$(head -c 400 "$work/err")', expected '$message'"
  fi
}

# Sparse files: 3 GiB long, no disk used. Memory is capped at 1 GiB, so a reader
# that loaded the file would fail rather than pass (unless the build cannot run
# under a cap: AddressSanitizer reserves terabytes of address space).
cap=""
if (ulimit -v 1048576; "$ecosys" --version) >/dev/null 2>&1; then cap="ulimit -v 1048576;"; fi
truncate -s 3G "$work/huge.json"
check "a 3 GiB JSON file" 1 \
  "$work/huge.json: error: the file is 3072 MiB, more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  bash -c "$cap"' "$0" validate "$1"' "$ecosys" "$work/huge.json"
mkdir -p "$work/folder"
printf 'id,sector\na,industry\n' >"$work/folder/actors.csv"
truncate -s 3G "$work/folder/ties.csv"
check "a 3 GiB table in a CSV folder" 1 \
  "$work/folder/ties.csv: error: the file is 3072 MiB, more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  bash -c "$cap"' "$0" validate "$1"' "$ecosys" "$work/folder"
truncate -s 3G "$work/huge.graphml"
check "a 3 GiB GraphML file" 1 \
  "$work/huge.graphml: error: the file is 3072 MiB, more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  bash -c "$cap"' "$0" validate "$1"' "$ecosys" "$work/huge.graphml"
# A device that never ends is read up to the limit, then refused.
check "an endless device" 1 \
  "/dev/zero: error: the input is more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  "$ecosys" validate --input-format json /dev/zero

# Memory and time that the file size does not bound (docs/robustness.md, "Second
# pass"). Each input is made here, small enough to take a second; the memory cap
# (256 MiB of address space) is one the code before these limits went past.
small_cap=""
if (ulimit -v 262144; "$ecosys" --version) >/dev/null 2>&1; then small_cap="ulimit -v 262144;"; fi
mib="$(head -c 1048576 /dev/zero | tr '\0' x)"
# The message refusing FILE (of FORMAT, located at WHERE) whose 1 MiB default for
# 'note' reaches 300 nodes: the limit is 64 MiB + 16 times the file's size.
defaults_refused() {  # defaults_refused WHERE FORMAT FILE
  local size
  size=$(stat -c %s "$3")
  echo "$1: error: the values this $2 file gives many nodes at once (defaults) add up to more than $(((64 * 1048576 + 16 * size) >> 20)) MiB over the nodes that take them (64 MiB + 16 times the $size-byte file), at node 'n81', whose 'note' is 1048576 bytes long; every writer would write them out for each node: give such values to fewer nodes, or shorten them"
}
# A 1 MiB default on 300 nodes: 300 MiB for any writer (it took 2 GB in validate).
{
  printf 'graph g {\n node [sector=industry, note="%s"];\n' "$mib"
  for i in $(seq 1 300); do printf ' n%d;\n' "$i"; done
  printf '}\n'
} >"$work/default.dot"
check "a 1 MiB DOT default on 300 nodes" 1 "$(defaults_refused "$work/default.dot" DOT "$work/default.dot")" \
  bash -c "$small_cap"' "$0" validate "$1"' "$ecosys" "$work/default.dot"
{
  printf '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
  printf '<key id="n" for="node" attr.name="note" attr.type="string"><default>%s</default></key>\n' "$mib"
  printf '<graph edgedefault="undirected">\n'
  for i in $(seq 1 300); do printf '<node id="n%d"/>\n' "$i"; done
  printf '</graph></graphml>\n'
} >"$work/default.graphml"
check "a 1 MiB GraphML default on 300 nodes" 1 "$(defaults_refused "$work/default.graphml:2:69" GraphML "$work/default.graphml")" \
  bash -c "$small_cap"' "$0" convert --format json "$1" "$2"' "$ecosys" "$work/default.graphml" "$work/default.json"
[ ! -e "$work/default.json" ] && pass || fail "a refused GraphML file was converted"
# A CSV actors table of 1,000 attribute columns x 2,000 rows (4 MB): 8 bytes a cell
# (it took 290 MB before), read and written back.
mkdir -p "$work/wide"
awk 'BEGIN { printf "id,sector"; for (c = 0; c < 1000; c++) printf ",c%d", c; printf "\n";
             for (r = 0; r < 2000; r++) { printf "a%d,industry", r; for (c = 0; c < 1000; c++) printf ",%d", (r + c) % 10; printf "\n" } }' \
  >"$work/wide/actors.csv"
printf 'source,target\na0,a1\n' >"$work/wide/ties.csv"
check "a CSV table of 1,000 attribute columns" 0 "" \
  bash -c "$small_cap"' "$0" validate -q "$1"' "$ecosys" "$work/wide"
bash -c "$small_cap"' "$0" convert -q "$1" "$2"' "$ecosys" "$work/wide" "$work/wide.json" && pass || fail "converting the wide CSV table"
# Long DOT tokens are read in linear time: 8 MiB in one quoted string, one comment,
# one identifier took minutes (Graphviz's lexer is quadratic in a token's length).
eight="$(for i in 1 2 3 4 5 6 7 8; do printf '%s' "$mib"; done)"
printf 'graph g {\n node [sector=industry];\n /* %s */\n a -- b;\n}\n' "$eight" >"$work/comment.dot"
check "an 8 MiB DOT comment" 0 "" timeout 20 "$ecosys" validate -q "$work/comment.dot"
printf 'graph g {\n node [sector=industry];\n %s -- b;\n}\n' "$eight" >"$work/id.dot"
check "an 8 MiB DOT identifier" 0 "" timeout 20 "$ecosys" validate -q "$work/id.dot"
printf 'graph g {\n node [sector=industry];\n a [note="%s"];\n /* %s */\n %s -- a;\n}\n' "$eight" "$eight" "$eight" >"$work/long.dot"
check "8 MiB DOT tokens" 0 "" timeout 20 "$ecosys" validate -q "$work/long.dot"
timeout 20 "$ecosys" convert -q "$work/long.dot" "$work/long.json" && pass || fail "converting long DOT tokens"
if [ "$(grep -o 'x*' "$work/long.json" | awk '{ if (length($0) > m) m = length($0) } END { print m }')" = 8388608 ]; then pass; else
  fail "the 8 MiB DOT value did not come back whole"; fi
# A name of 20 MiB: headings and the report cut it (to 120 columns), the data keeps it.
{ printf '{"name": "'; for i in $(seq 1 20); do printf '%s' "$mib"; done
  printf '", "actors": [{"id": "a", "sector": "industry"}, {"id": "b", "sector": "academia"}], "ties": [{"source": "a", "target": "b"}]}\n'; } >"$work/name.json"
"$ecosys" info "$work/name.json" >"$work/info.txt" 2>&1
[ "$(stat -c %s "$work/info.txt")" -lt 2000 ] && pass || fail "info printed $(stat -c %s "$work/info.txt") bytes for a long name"
"$ecosys" metrics "$work/name.json" >"$work/metrics.txt" 2>&1
[ "$(stat -c %s "$work/metrics.txt")" -lt 4000 ] && pass || fail "metrics printed $(stat -c %s "$work/metrics.txt") bytes for a long name"
# A region id, region name and tie type of 1 MiB: the tables of info, metrics and helix cut them too.
printf '{"name": "n", "regions": [{"id": "r%s", "name": "q%s"}], "actors": [{"id": "a", "sector": "industry", "region": "r%s"}, {"id": "b", "sector": "academia", "region": "r%s"}], "ties": [{"source": "a", "target": "b", "type": "t%s"}]}\n' \
  "$mib" "$mib" "$mib" "$mib" "$mib" >"$work/region.json"
# And so do the headings of every other table for people (whatif, diff, compare, keyplayers; text and Markdown).
for command in info metrics helix "compare --samples 0" "whatif --remove-actors a" "whatif --each-actor" \
    "whatif --remove-actors a --format md" "diff $work/region.json" "diff $work/region.json --format md" "keyplayers -k 1"; do
  "$ecosys" $command "$work/region.json" >"$work/table.txt" 2>&1
  [ "$(stat -c %s "$work/table.txt")" -lt 6000 ] && pass || fail "$command printed $(stat -c %s "$work/table.txt") bytes for long region and type names"
done
"$ecosys" report -q --samples 0 --permutations 0 -o "$work/report.html" "$work/name.json" >/dev/null 2>&1
[ "$(stat -c %s "$work/report.html")" -lt 4000000 ] && pass || fail "the report is $(stat -c %s "$work/report.html") bytes for a long name"

# Small files, huge work (docs/robustness.md, Limits). A network of 6,000 regions of one
# actor each (a 0.5 MB file): each region's work is in proportion to the region. Under
# region scope every region's rows were an array over all actors (6,000 x 6,000 x 8 bytes,
# 288 MB: past the 256 MiB cap, std::bad_alloc), and every region's graph scanned every tie.
awk 'BEGIN { printf "{\"actors\": ["; for (i = 0; i < 6000; i++) printf "%s{\"id\": \"a%d\", \"sector\": \"%s\", \"region\": \"r%d\"}", (i ? "," : ""), i, (i % 2 ? "industry" : "academia"), i
             printf "], \"ties\": ["; for (i = 0; i + 1 < 6000; i++) printf "%s{\"source\": \"a%d\", \"target\": \"a%d\"}", (i ? "," : ""), i, i + 1
             printf "]}\n" }' >"$work/regions.json"
check "metrics --scope region on 6,000 one-actor regions" 0 "" \
  bash -c "$small_cap"' "$0" metrics "$1" --scope region --only degree,betweenness,actors,density,openness --format csv -o "$2"' \
  "$ecosys" "$work/regions.json" "$work/regions.csv"
[ "$(grep -c '^a' "$work/regions.csv")" = 6000 ] && pass || fail "metrics --scope region did not list the 6,000 actors"
check "compare on 6,000 one-actor regions" 0 "" \
  bash -c "$small_cap"' "$0" compare "$1" --metrics actors,openness,transitivity --format csv -o "$2"' \
  "$ecosys" "$work/regions.json" "$work/compare.csv"
[ "$(grep -c '^r' "$work/compare.csv")" = 6000 ] && pass || fail "compare did not list the 6,000 regions"
# --top holds the pairs it lists in memory: above 10^6 it is refused before any work
# (links --top 100000000 on 60,000 actors ended in std::bad_alloc).
check "links --top above the limit" 2 \
  "ecosys: error: --top 100000000 asks for more than the 1000000 pairs links lists at once (each is held in memory while searched and written, a few hundred bytes a pair); ask for at most 1000000, or list the best pairs of a part at a time with --region, --within-sector or --across-sectors" \
  "$ecosys" links "$work/regions.json" --method preferential_attachment --top 100000000
check "match --top above the limit" 2 \
  "ecosys: error: --top 2000000 asks for more than the 1000000 pairs match lists at once (each is held in memory with its shared keywords and introduction path while searched and written); ask for at most 1000000, or list the best pairs of a part at a time with --region or --cross-region-only" \
  "$ecosys" match "$root/networks/japan-innovation.json" --top 2000000

finish limits
