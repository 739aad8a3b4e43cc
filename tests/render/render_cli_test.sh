#!/usr/bin/env bash
# End-to-end checks of `ecosys render`: where files go and what they are called,
# formats, exit codes and messages, nothing written on error, hostile ids kept inside
# the output folder, and the DOT output redrawn by Graphviz's own neato -n2 (the test
# may run Graphviz programs; the tool never does).
#   render_cli_test.sh ECOSYS REPO_ROOT
# To run it with ctest, add to tests/CMakeLists.txt:
#   add_test(NAME render_cli COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/render/render_cli_test.sh $<TARGET_FILE:ecosys> ${PROJECT_SOURCE_DIR})
source "$(dirname "$0")/../harness.sh" "$1" "$2"
japan="$root/networks/japan-innovation.json"

exists() {  # exists NAME PATH
  if [ -s "$2" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1: no file $2"; fi
}

# One SVG per populated region, named after the region ids, in a created folder.
check "all regions" 0 "$ecosys" render -q "$japan" --all-regions -o "$work/regions/"
for r in national hokkaido tohoku kanto koshinetsu hokuriku tokai kansai chugoku shikoku kyushu okinawa; do
  exists "region file $r" "$work/regions/$r.svg"
done
[ "$(ls "$work/regions" | wc -l)" -eq 12 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: 12 files expected"; ls "$work/regions"; }
contains "region title" "$work/regions/tohoku.svg" "東北 Tohoku"
# All or nothing: when one file cannot be written (here a folder is in its way), no
# other region's file is replaced.
mkdir -p "$work/partial/kanto.svg"
echo old > "$work/partial/tohoku.svg"
check "all regions, one unwritable" 1 "$ecosys" render -q "$japan" --all-regions -o "$work/partial/"
[ "$(cat "$work/partial/tohoku.svg")" = old ] && [ "$(ls "$work/partial" | wc -l)" -eq 2 ] && passed=$((passed + 1)) ||
  { failed=$((failed + 1)); echo "FAIL: a failed --all-regions run replaced files"; ls -a "$work/partial"; }
contains "font list" "$work/regions/tohoku.svg" 'font-family="Noto Sans CJK JP,'
check "overview" 0 "$ecosys" render -q "$japan" --overview -o "$work/regions/overview.svg"
contains "overview node" "$work/regions/overview.svg" 'id="region&#45;kanto"'

# The default folder is output/ (relative to where the program runs).
mkdir "$work/cwd"
(cd "$work/cwd" && "$ecosys" render -q "$root/networks/florentine-families.json") && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: default output"; }
exists "default output folder" "$work/cwd/output/florentine-families.svg"
check "wrote message" 0 "$ecosys" render "$root/networks/zachary-karate-club.json" -o "$work/karate.svg"
contains "wrote message" "$work/err" "wrote $work/karate.svg (34 actors, 78 lines, neato)"

# Formats: from --format or from the -o extension; stdout with -o -.
check "png by extension" 0 "$ecosys" render -q "$japan" --region okinawa -o "$work/okinawa.png"
[ "$(head -c 4 "$work/okinawa.png" | od -An -tx1 | tr -d ' \n')" = "89504e47" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: not a PNG"; }
check "pdf" 0 "$ecosys" render -q "$japan" --region okinawa --format pdf -o "$work/pdf/"
contains "pdf magic" "$work/pdf/okinawa.pdf" "%PDF-"
check "stdout" 0 "$ecosys" render -q "$japan" --region okinawa -o -
contains "stdout svg" "$work/out" "<svg"
check "format mismatch" 2 "$ecosys" render -q "$japan" --region okinawa --format png -o "$work/x.svg"
contains "format mismatch" "$work/err" "ecosys: error: -o '$work/x.svg' does not end in .png but --format is png"

# Bad usage: exit 2, one clear message, nothing written.
check "unknown region" 2 "$ecosys" render -q "$japan" --region tohok -o "$work/bad/"
contains "unknown region" "$work/err" "ecosys: error: unknown region 'tohok' (did you mean 'tohoku'?); regions with actors are national, hokkaido,"
[ ! -e "$work/bad" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: something written after an error"; }
check "bad layout" 2 "$ecosys" render -q "$japan" --layout nato
contains "bad layout" "$work/err" "ecosys: error: unknown layout 'nato' (did you mean 'neato'?); expected auto, dot, neato, fdp, sfdp, circo or twopi"
check "bad labels" 2 "$ecosys" render -q "$japan" --labels top:
check "all regions to a file" 2 "$ecosys" render -q "$japan" --all-regions -o "$work/one.svg"
check "exclusive options" 2 "$ecosys" render -q "$japan" --overview --all-regions
check "overview without regions" 0 "$ecosys" render "$root/networks/florentine-families.json" --overview -o "$work/f.svg"
contains "overview without regions" "$work/err" "ecosys: note: no actor has a region: the overview is one node"
contains "overview without regions" "$work/f.svg" 'id="no&#45;region"'
check "all regions without regions" 0 "$ecosys" render "$root/networks/florentine-families.json" --all-regions -o "$work/flo"
contains "all regions without regions" "$work/err" "ecosys: note: no actor has a region: drawing the whole network"
exists "whole network instead" "$work/flo/florentine-families.svg"
check "negative weight" 2 "$ecosys" render -q "$japan" --min-weight -1 -o "$work/w.svg"

# Hostile names and ids: literal in the SVG, file names kept inside the folder.
cat >"$work/hostile.json" <<'JSON'
{"name": "Hostile </svg><script>alert(1)</script>",
 "regions": [{"id": "../evil", "name": "<b>R</b> & \\N"}],
 "actors": [
  {"id": "a\"1", "name": "quote \" back\\slash \\G", "sector": "industry", "region": "../evil"},
  {"id": "<b>", "name": "<<b>x</b>>", "sector": "academia", "region": "../evil"},
  {"id": "nl", "name": "line1\nline2 &amp;", "sector": "finance", "region": "../evil"}],
 "ties": [{"source": "a\"1", "target": "<b>", "type": "t\"<&>"}, {"source": "<b>", "target": "nl"}]}
JSON
check "hostile all regions" 0 "$ecosys" render -q "$work/hostile.json" --all-regions -o "$work/hostile/"
exists "hostile file name" "$work/hostile/_2E._2Fevil.svg"
[ ! -e "$work/evil.svg" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: wrote outside the folder"; }
svg="$work/hostile/_2E._2Fevil.svg"
if command -v xmllint >/dev/null; then
  xmllint --noout "$svg" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: hostile SVG is not well-formed XML"; }
fi
contains "hostile label" "$svg" "&lt;&lt;b&gt;x&lt;/b&gt;&gt;"
contains "hostile backslash" "$svg" "back\\slash \\G"
contains "hostile id" "$svg" 'id="actor&#45;_3Cb_3E"'
if grep -q "<script" "$svg"; then failed=$((failed + 1)); echo "FAIL: script in the SVG"; else passed=$((passed + 1)); fi

# DOT output: laid out, and Graphviz's own programs read it back and redraw it.
check "dot output" 0 "$ecosys" render -q "$work/hostile.json" --format dot -o "$work/hostile.dot"
contains "dot positions" "$work/hostile.dot" "pos="
if command -v neato >/dev/null; then
  neato -n2 -Tsvg "$work/hostile.dot" >"$work/redrawn.svg" 2>"$work/neato.err" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: neato -n2 cannot read the DOT"; cat "$work/neato.err"; }
  contains "redrawn label" "$work/redrawn.svg" "back\\slash \\G"
  if [ -s "$work/neato.err" ]; then failed=$((failed + 1)); echo "FAIL: neato warned:"; head -3 "$work/neato.err"; else passed=$((passed + 1)); fi
fi

# Same input, same bytes.
"$ecosys" render -q "$japan" --group-by region -o "$work/g1.svg" && "$ecosys" render -q "$japan" --group-by region -o "$work/g2.svg"
cmp -s "$work/g1.svg" "$work/g2.svg" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: two renders differ"; }
# Labels placed by ecosys come out the same in every run too: Graphviz's coordinates
# differ in their last bits from run to run, equally good places must not.
"$ecosys" render -q "$japan" --region tohoku -o "$work/t1.svg" && "$ecosys" render -q "$japan" --region tohoku -o "$work/t2.svg"
cmp -s "$work/t1.svg" "$work/t2.svg" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: two renders of tohoku differ"; }
# Ids with capitals: readable file names with a case tag (docs/diagrams.md).
check "capital region ids" 0 "$ecosys" render -q "$root/networks/cordis-cee-at.json" --all-regions -o "$work/cee/"
exists "case tag" "$work/cee/AT+3.svg"
exists "case tag" "$work/cee/CZ+3.svg"

finish render_cli
