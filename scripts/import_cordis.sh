#!/usr/bin/env bash
# Imports the CORDIS Horizon 2020 participations of the shared test data (see
# ../shared/data/cordis-h2020-participations/PROVENANCE.md) as an ecosys network:
# organisations are actors (PRC -> industry, HES and REC -> academia, PUB ->
# government, OTH -> other; docs/sector-maps/cordis.csv), countries are regions,
# projects keep their participants and start year, and with --ties (the default
# here) organisations sharing projects are tied, weight = shared projects.
#   scripts/import_cordis.sh                       # output/cordis-h2020.json
#   scripts/import_cordis.sh DATA_DIR OUT [OPTIONS]  # another copy of the data, another output (.graphml, .gexf ...)
set -euo pipefail
cd "$(dirname "$0")/.."

data="${1:-../shared/data}/cordis-h2020-participations"
out="${2:-output/cordis-h2020.json}"
shift $(($# > 2 ? 2 : $#))
if [ ! -f "$data/participations.csv" ]; then
  echo "import_cordis: no $data/participations.csv; give the folder holding cordis-h2020-participations/" >&2
  exit 2
fi
dir="$(scripts/setup.sh demo | tail -n 1)"
"$dir/ecosys" import-projects "$data/participations.csv" \
  --project-col rcn --actor-col pic --sector-col type --region-col country --year-col start_year \
  --role-col role --actor-attr group --sector-map docs/sector-maps/cordis.csv --ties \
  --name "CORDIS Horizon 2020 participations, projects starting 2014-2018" -o "$out" "$@"
