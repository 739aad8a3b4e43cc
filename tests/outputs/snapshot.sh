#!/usr/bin/env bash
# Writes what every command prints, in every format, for the shipped networks (and the
# shared data's small real networks when they are beside the checkout) into OUT, one
# file per command line, so that two builds can be compared byte for byte:
#
#   tests/outputs/snapshot.sh OLD_ECOSYS /tmp/before
#   tests/outputs/snapshot.sh NEW_ECOSYS /tmp/after
#   diff -r /tmp/before /tmp/after && echo "outputs byte-identical"
#
# A refactoring that should change no number (issue 31) must leave no difference. Exit
# codes and standard error are kept too (FILE.rc, FILE.err), paths made relative. Not
# part of ctest: it takes a few minutes. Seeds are fixed and --threads 1, so the files
# depend only on the build.
set -uo pipefail
ecosys="$1"
out="$2"
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${ECOSYS_DATA:-$(dirname "$root")/shared/data}"
mkdir -p "$out"
cd "$root"

run() {  # run NAME ARGS...: stdout to OUT/NAME, stderr (paths relative) to NAME.err, exit code to NAME.rc
  local name="$1"
  shift
  "$ecosys" "$@" "${extra[@]}" >"$out/$name" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
  sed -i "s|$root/||g; s|$data/|DATA/|g" "$out/$name.err"
}

nets=(networks/japan-innovation.json networks/zachary-karate-club.json networks/florentine-families.json
      networks/cordis-cee-at.json)
# A real network without sectors: Les Miserables (GML), read with --default-sector.
[ -f "$data/les-miserables/lesmis.gml" ] && nets+=("$data/les-miserables/lesmis.gml")
for net in "${nets[@]}"; do
  n="$(basename "$net")"
  n="${n%.*}"
  extra=()
  [ "$n" = lesmis ] && extra=(--default-sector industry)
  run "$n.info" info -q "$net"
  run "$n.info.json" info -q "$net" --format json
  for fmt in table csv json; do
    run "$n.metrics.$fmt" metrics -q "$net" --threads 1 --format "$fmt"
    run "$n.metrics.weighted.$fmt" metrics -q "$net" --threads 1 --weighted --seed 3 --format "$fmt"
    run "$n.metrics.directed.$fmt" metrics -q "$net" --threads 1 --directed --format "$fmt"
    run "$n.metrics.newman.$fmt" metrics -q "$net" --threads 1 --project-weighting newman --format "$fmt"
  done
  run "$n.ties.csv" metrics -q "$net" --threads 1 --ties --format csv
  for fmt in table csv json; do
    run "$n.helix.$fmt" helix -q "$net" --format "$fmt" --permutations 99 --seed 2
    run "$n.keyplayers.$fmt" keyplayers -q "$net" --k 2 --format "$fmt"
  done
  for fmt in table csv json md; do
    run "$n.compare.$fmt" compare -q "$net" --samples 3 --seed 2 --threads 1 --format "$fmt"
    run "$n.whatif.$fmt" whatif -q "$net" --each-actor --top 3 --format "$fmt"
  done
  run "$n.compare.weighted.json" compare -q "$net" --samples 3 --seed 2 --threads 1 --weighted --format json
  run "$n.compare.directed.json" compare -q "$net" --samples 3 --seed 2 --threads 1 --directed --format json
  run "$n.links.csv" links -q "$net" --method adamic_adar --top 20 --format csv
  run "$n.render.svg" render -q "$net" --seed 2 -o -
done
extra=()
japan=networks/japan-innovation.json
run japan.diff.json diff -q "$japan" --years 2005-2009 --vs 2013-2015 --format json
run japan.diff.directed.json diff -q "$japan" --years 2005-2009 --vs 2013-2015 --format json
run japan.evaluate.json evaluate -q "$japan" --programme coi_hub --format json
run japan.evaluate.md evaluate -q "$japan" --programme coi_hub --event-study --weight-by actors --format md
run japan.whatif.role.json whatif -q "$japan" --remove-role regional_coordinator --format json
run japan.match.json match -q "$japan" --cross-region-only --format json
run japan.report.html report -q "$japan" --samples 3 --permutations 99 --seed 2 --threads 1 -o -
# The analysis settings through every command that takes them (issue 31: one carrier).
run japan.report.change.directed.html report -q "$japan" --years 2013-2015 --change-from 2005-2009 --directed --weighted \
  --samples 3 --permutations 99 --seed 2 --threads 1 --no-explorer -o -
run japan.render.directed.svg render -q "$japan" --directed --weighted --size-by pagerank --seed 3 -o -
run japan.render.region.svg render -q "$japan" --region kanto --seed 2 --no-projects -o -
run japan.helix.weighted.json helix -q "$japan" --weighted --permutations 49 --seed 4 --format json
run japan.helix.newman.csv helix -q "$japan" --project-weighting newman --permutations 49 --format csv
run japan.whatif.weighted.json whatif -q "$japan" --each-actor --top 3 --weighted --seed 3 --permutations 49 --format json
run japan.diff.weighted.json diff -q "$japan" --years 2005-2009 --vs 2013-2015 --weighted --seed 3 --threads 1 --format json
run japan.diff.diagram.svg diff -q "$japan" --years 2005-2009 --vs 2013-2015 --seed 2 --diagram - -o "$out/japan.diff.diagram.json"
run japan.metrics.approx.json metrics -q "$japan" --approx 0.2 --seed 3 --threads 1 --format json
run japan.metrics.leiden.csv metrics -q "$japan" --community leiden --resolution 0.8 --partition sector --threads 1 --format csv
run japan.compare.year.json compare -q "$japan" --by year --window 5 --samples 2 --seed 5 --threads 1 --format json
run japan.compare.cug.json compare -q "$japan" --samples 0 --cug edges --cug-samples 20 --seed 3 --threads 1 --format json
run japan.keyplayers.seed.json keyplayers -q "$japan" --k 3 --seed 7 --format json
run japan.evaluate.weighted.json evaluate -q "$japan" --programme coi_hub --weighted --seed 3 --format json
# Usage errors with their suggestions (did you mean), on stderr.
run err.command metrcs
run err.metric metrics -q "$japan" --only pagernak
run err.layout render -q "$japan" --layout nato -o -
run err.region helix -q "$japan" --region kantoo
run err.language report -q "$japan" --lang jp -o -
run err.weighting metrics -q "$japan" --project-weighting neuman
run err.format convert -q "$japan" -o - --format jsn
# The writers that render Records (output/records.hpp, issue 31): every format, and the
# tables in Japanese.
for fmt in table csv json; do
  run japan.ties.$fmt metrics -q "$japan" --threads 1 --ties --format "$fmt"
done
for fmt in table csv json md; do
  run japan.qap.$fmt qap -q "$japan" --x same_region,same_sector --permutations 99 --format "$fmt"
  run japan.qap.logit.$fmt qap -q "$japan" --x same_region,same_sector --model logit --permutations 19 --format "$fmt"
  run japan.links.evaluate.$fmt links -q "$japan" --evaluate --train-until 2010 --format "$fmt"
  run japan.links.$fmt links -q "$japan" --method jaccard --top 10 --format "$fmt"
  run japan.match.$fmt match -q "$japan" --top 5 --format "$fmt"
done
run japan.match.explain.md match -q "$japan" --top 5 --explain --format md
for lang in ja; do
  run japan.ties.$lang metrics -q "$japan" --threads 1 --ties --lang $lang
  run japan.ties.header.$lang metrics -q "$japan" --threads 1 --ties --format csv --header-lang $lang
  run japan.keyplayers.$lang keyplayers -q "$japan" --k 2 --lang $lang
  run japan.qap.$lang qap -q "$japan" --x same_region,same_sector --permutations 99 --lang $lang
  run japan.qap.correlate.$lang qap -q "$japan" --x same_region --correlate --permutations 99 --lang $lang
  run japan.links.evaluate.$lang links -q "$japan" --evaluate --train-until 2010 --lang $lang
  run japan.links.evaluate.md.$lang links -q "$japan" --evaluate --train-until 2010 --format md --lang $lang
  run japan.links.$lang links -q "$japan" --method jaccard --top 10 --lang $lang
  run japan.links.md.$lang links -q "$japan" --method jaccard --top 10 --format md --lang $lang
  run japan.match.$lang match -q "$japan" --top 5 --lang $lang
  run japan.whatif.$lang whatif -q "$japan" --each-actor --top 3 --lang $lang
  run japan.whatif.md.$lang whatif -q "$japan" --each-actor --top 3 --format md --lang $lang
done
run japan.keyplayers.reach.csv keyplayers -q "$japan" --k 3 --goal reach --format csv
run japan.keyplayers.reach.json keyplayers -q "$japan" --k 3 --goal reach --format json
for fmt in table csv json; do  # regions with too few candidates: a note instead of a set
  run japan.keyplayers.note.$fmt keyplayers -q "$japan" --k 4 --candidates finance --region tohoku --region kanto --format "$fmt"
done
run japan.evaluate.csv evaluate -q "$japan" --programme coi_hub --format csv
run japan.evaluate.event.csv evaluate -q "$japan" --programme coi_hub --event-study --weight-by actors --format csv
# A search that is not exact: the table's "restarts at best" column ("8 of 8", "8 回中 8 回").
run cordis-cee-at.keyplayers.k5.table keyplayers -q networks/cordis-cee-at.json --k 5
run cordis-cee-at.keyplayers.k5.ja keyplayers -q networks/cordis-cee-at.json --k 5 --lang ja
# The writers converted to Records next (issue 31): metrics, compare, diff, helix, whatif,
# match and evaluate in the formats, languages and widths the lines above leave out.
for fmt in table csv md; do
  run japan.diff.$fmt diff -q "$japan" --years 2005-2009 --vs 2013-2015 --format "$fmt"
  run japan.diff.few.$fmt diff -q "$japan" --years 2005-2009 --vs 2013-2015 --metrics density,ei_index --format "$fmt"
  run japan.whatif.role.$fmt whatif -q "$japan" --remove-role regional_coordinator --format "$fmt"
  run japan.compare.cug.$fmt compare -q "$japan" --samples 0 --cug edges --cug-samples 20 --seed 3 --threads 1 --format "$fmt"
  run japan.compare.year.$fmt compare -q "$japan" --by year --window 5 --samples 2 --seed 5 --threads 1 --format "$fmt"
done
for lang in ja; do
  run japan.diff.$lang diff -q "$japan" --years 2005-2009 --vs 2013-2015 --lang $lang
  run japan.diff.md.$lang diff -q "$japan" --years 2005-2009 --vs 2013-2015 --format md --lang $lang
  run japan.diff.few.$lang diff -q "$japan" --years 2005-2009 --vs 2013-2015 --metrics density,ei_index --lang $lang
  run japan.whatif.role.$lang whatif -q "$japan" --remove-role regional_coordinator --lang $lang
  run japan.whatif.role.md.$lang whatif -q "$japan" --remove-role regional_coordinator --format md --lang $lang
  run japan.compare.$lang compare -q "$japan" --samples 3 --seed 2 --threads 1 --lang $lang
  run japan.compare.md.$lang compare -q "$japan" --samples 3 --seed 2 --threads 1 --format md --lang $lang
  run japan.compare.year.$lang compare -q "$japan" --by year --window 5 --samples 2 --seed 5 --threads 1 --lang $lang
  run japan.metrics.$lang metrics -q "$japan" --threads 1 --lang $lang
  run japan.helix.$lang helix -q "$japan" --permutations 99 --seed 2 --lang $lang
  run japan.match.md.$lang match -q "$japan" --top 5 --format md --lang $lang
  run japan.match.explain.$lang match -q "$japan" --top 5 --explain --lang $lang
done
run japan.match.explain.table match -q "$japan" --top 5 --explain
cordis=networks/cordis-cee-at.json
run cordis-cee-at.metrics.wide metrics -q "$cordis" --threads 1 --wide
run cordis-cee-at.helix.wide helix -q "$cordis" --permutations 99 --seed 2 --wide
run cordis-cee-at.compare.wide compare -q "$cordis" --samples 3 --seed 2 --threads 1 --wide
run japan.evaluate.table evaluate -q "$japan" --programme coi_hub --event-study --weight-by actors
for lang in ja; do
  run japan.evaluate.$lang evaluate -q "$japan" --programme coi_hub --event-study --weight-by actors --lang $lang
  run japan.evaluate.md.$lang evaluate -q "$japan" --programme coi_hub --event-study --weight-by actors --format md --lang $lang
done
echo "snapshot: $(ls "$out" | grep -vc '\.\(err\|rc\)$') outputs in $out"
