#!/usr/bin/env bash
# Installs what is missing, builds in Release and runs the main job on every
# network in networks/: checks it, summarises it, prints its per-region metrics
# table and writes diagrams into output/; then compares the regions of the national
# network and writes its report, output/report.html; then shows, on real data (Horizon
# 2020 projects of 12 countries), what changed per country between two periods.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(scripts/setup.sh demo | tail -n 1)" || { echo "demo: set-up or build failed (messages above)" >&2; exit 1; }
ecosys="$dir/ecosys"
mkdir -p output

shopt -s nullglob
for net in networks/*.json networks/*/; do
  net="${net%/}"
  [ -f "$net" ] || [ -f "$net/actors.csv" ] || continue
  name="$(basename "$net" .json)"
  echo "=== $net"
  "$ecosys" validate -q "$net"
  "$ecosys" info -q "$net"
  echo
  "$ecosys" metrics -q "$net" \
    --only actors,tied_pairs,external_ties,openness,density,mean_degree,components,mean_clustering,mean_path_length,diameter,betweenness_centralization,modularity,top_brokers
  "$ecosys" metrics -q "$net" --format json -o "output/$name.metrics.json"
  "$ecosys" metrics -q "$net" --format csv -o "output/$name.metrics.csv"
  if "$ecosys" render --help >/dev/null 2>&1; then
    "$ecosys" render -q "$net" --all-regions -o "output/$name"
    "$ecosys" render -q "$net" --overview -o "output/$name/overview.svg"
  fi
  echo
done
national=networks/japan-innovation.json
echo "=== regions of $national compared (ranks in brackets; z: against random graphs of the same degrees)"
"$ecosys" compare -q "$national" --sort actors \
  --metrics actors,density,openness,transitivity,mean_path_length,cross_sector_share,ei_index
"$ecosys" compare -q "$national" --format md -o output/japan-innovation.compare.md
"$ecosys" compare -q "$national" --format csv --bom -o output/japan-innovation.compare.csv
"$ecosys" report -q "$national" -o output/report.html
# The same network to explore in a browser (docs/explorer.md), when the build has the explorer.
"$ecosys" explore -q "$national" -o output/japan-innovation.explore.html ||
  echo "demo: no explorer in this build (scripts/fetch_js.sh fetches its libraries)"
echo
echo "=== what predicts a tie in $national, the rest held fixed (QAP regression, as R's sna netlm)"
"$ecosys" qap -q "$national" --x same_region,same_sector,same_kind --permutations 2000
"$ecosys" qap -q "$national" --x same_region,same_sector,same_kind --permutations 2000 --format json -o output/japan-innovation.qap.json
echo
# Real data: Horizon 2020 projects of 12 countries (networks/README.md; Source: CORDIS,
# (c) European Union). What changed per country from 2014-2018 to 2019-2022.
cordis=networks/cordis-cee-at.json
echo "=== real data: what changed per country in $cordis, projects starting 2014-2018 vs 2019-2022"
# (the lists of ties and of actors that changed component are in the JSON and Markdown)
"$ecosys" diff -q "$cordis" --years 2014-2018 --vs 2019-2022 \
  --metrics actors,tied_pairs,density,components,largest_component_share,cross_sector_share |
  sed -n '1,/^Ties/p;/^Region metrics/,/^Actors whose/p'
"$ecosys" diff -q "$cordis" --years 2014-2018 --vs 2019-2022 --format md -o output/cordis-cee-at.diff.md
"$ecosys" diff -q "$cordis" --years 2014-2018 --vs 2019-2022 --format json -o output/cordis-cee-at.diff.json
if "$ecosys" render --help >/dev/null 2>&1; then
  echo "=== Estonia alone, drawn: output/cordis-cee-at/EE.diff.svg (new ties in vermillion, lost ones dashed)"
  "$ecosys" diff -q "$cordis" --select-region EE --years 2014-2018 --vs 2019-2022 --metrics actors,tied_pairs,components \
    --diagram output/cordis-cee-at/EE.diff.svg | sed -n '/^Region metrics/,/^Top brokers/p'
fi
echo
# Programme evaluation on real data (docs/evaluation.md): all CORDIS Horizon 2020 projects
# 2014-2022 from the shared data, when it is there. Did the widening countries (EU-13)
# change differently from the EU-15 between 2014-2016 and 2019-2022, and do the ties
# first formed in Spreading Excellence and Widening (SEWP) projects last?
echo "=== programme evaluation: SEWP, EU-13 against EU-15, 2014-2016 vs 2019-2022 (CORDIS 2014-2022)"
if scripts/import_cordis_2014_2022.sh "$ecosys" output/cordis-2014-2022.json; then
  eu13=BG,CZ,EE,HR,CY,LV,LT,HU,MT,PL,RO,SI,SK
  eu15=AT,BE,DK,FI,FR,DE,EL,IE,IT,LU,NL,PT,ES,SE,UK
  "$ecosys" info -q output/cordis-2014-2022.json | tail -n 20
  "$ecosys" evaluate -q output/cordis-2014-2022.json --programme SEWP --treated "$eu13" --control "$eu15" \
    --pre 2014-2016 --post 2019-2022 --event-study
  "$ecosys" evaluate -q output/cordis-2014-2022.json --programme SEWP --treated "$eu13" --control "$eu15" \
    --pre 2014-2016 --post 2019-2022 --event-study --format json -o output/cordis-sewp.evaluation.json
  "$ecosys" evaluate -q output/cordis-2014-2022.json --programme SEWP --treated "$eu13" --control "$eu15" \
    --pre 2014-2016 --post 2019-2022 --format md -o output/cordis-sewp.evaluation.md
else
  echo "demo: the CORDIS evaluation is skipped (the shared data is not beside the checkout; see docs/evaluation.md)"
fi
echo
echo "=== the same library from Python (python/examples/quickstart.py; docs/python.md)"
if compgen -G "$dir/python/ecosys*.so" >/dev/null; then
  PYTHONPATH="$dir/python" "$(cat "$dir/python/PYTHON")" python/examples/quickstart.py "$national"
else
  echo "demo: the Python example is skipped: $(cat "$dir/python/SKIPPED" 2>/dev/null || echo "the module was not built")"
fi
echo
echo "demo: outputs are in output/; open output/report.html in a browser"
ls -R output | head -50
