#!/usr/bin/env bash
# Imports the two CORDIS Horizon 2020 participation files of the shared data (projects
# starting 2014-2018 and 2019-2022) into one network: organisations (pic) in their
# country, each participation with CORDIS's role and EC contribution (EUR), each
# project with its start and end year and its programme part (programme_parts.csv).
#   scripts/import_cordis_2014_2022.sh ECOSYS OUT.json [DATA]
# DATA defaults to $ECOSYS_DATA, else ../shared/data beside the checkout. Exits 3, saying
# so, when the data is not there. Source: CORDIS, (c) European Union (docs/evaluation.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ecosys="$1"
out="$2"
data="${3:-${ECOSYS_DATA:-../shared/data}}"
a="$data/cordis-h2020-participations"
b="$data/cordis-h2020-participations-2019-2022"
if [ ! -f "$a/participations.csv" ] || [ ! -f "$b/participations.csv" ]; then
  echo "import_cordis_2014_2022: no CORDIS data in $data (set ECOSYS_DATA to the folder holding cordis-h2020-participations*)" >&2
  exit 3
fi
"$ecosys" import-projects -q "$a/participations.csv" "$b/participations.csv" \
  --project-col rcn --actor-col pic --sector-col type --region-col country \
  --year-col start_year --end-year-col end_year --role-col role --funding-col contribution --currency EUR \
  --programme-col programme_part --programme-table "$a/programme_parts.csv" --programme-table "$b/programme_parts.csv" \
  --sector-map docs/sector-maps/cordis.csv --na-values NA --name "CORDIS Horizon 2020, 2014-2022" -o "$out"
