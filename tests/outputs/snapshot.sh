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
echo "snapshot: $(ls "$out" | grep -vc '\.\(err\|rc\)$') outputs in $out"
