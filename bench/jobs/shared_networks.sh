#!/usr/bin/env bash
# Converts the networks of the shared test data that networks/ does not ship into ecosys
# JSON files, as input for bench/jobs/numbers.sh (the "unchanged numbers" check of issue 13).
# networks/ already holds zachary-karate-club and florentine-families
# (scripts/convert_shared_data.py). Made here, with BIN:
#
#   krackhardt-kite.json, les-miserables.json, netscience-coauthorship.json
#       nodes.csv and edges.csv as a CSV folder (isolates and weights kept), sector academia
#   uk-faculty.json
#       the same, with region = school group (s1..s4) and directed ties
#   snap-ca-grqc.json, snap-ca-condmat.json
#       the SNAP edge lists, academia (each tie is listed both ways, so two ties per pair)
#   davis-southern-women.json, galaskiewicz-ceos-clubs.json
#       a CSV folder: women / CEOs are actors (academia / industry), events / clubs are
#       projects with their participants (two-mode data as ecosys models it)
#   cordis-2019-2022.json
#       the CORDIS participations 2019-2022, imported as scripts/import_cordis.sh does
#
# Usage (from anywhere):
#   bench/jobs/shared_networks.sh [BIN [DATA_DIR [OUT_DIR]]]
#     BIN       default build/release/ecosys of this checkout
#     DATA_DIR  default ../shared/data next to this checkout, or $ECOSYS_DATA
#     OUT_DIR   default bench/jobs/data/shared (not committed)
# A data folder that is missing is skipped with a note. Convert once, with one binary, and
# give the same JSON files to both binaries in numbers.sh.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/build/release/ecosys}"
data="${2:-${ECOSYS_DATA:-$root/../shared/data}}"
out="${3:-$here/data/shared}"
[[ -x "$bin" ]] || { echo "shared_networks: no ecosys binary at $bin" >&2; exit 2; }
[[ -d "$data" ]] || { echo "shared_networks: no data folder $data" >&2; exit 2; }
mkdir -p "$out"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/ecosys-shared.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

have() {  # have FILE: true when the data file exists, else a note
  [[ -f "$1" ]] && return 0
  echo "shared_networks: no $1; skipped" >&2
  return 1
}

# --- One-mode data with nodes.csv: a CSV folder, so that isolated actors are kept.
one_mode() {  # one_mode NAME [REGION_COLUMN [DIRECTED]]: actors from nodes.csv, ties = edges.csv
  local name="$1" column="${2:-}" directed="${3:-}" d="$tmp/$1"
  have "$data/$name/nodes.csv" && have "$data/$name/edges.csv" || return 0
  mkdir -p "$d"
  awk -F, -v c="$column" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) k = i
                                    print (k ? "id,sector,region" : "id,sector"); next }
                          { print $1 ",academia" (k ? ",s" $k : "") }' "$data/$name/nodes.csv" >"$d/actors.csv"
  awk -F, -v dir="$directed" '{ print $0 (dir ? (NR == 1 ? ",directed" : ",true") : "") }' \
    "$data/$name/edges.csv" >"$d/ties.csv"
  "$bin" convert "$d" "$out/$name.json" -q
}
one_mode krackhardt-kite
one_mode les-miserables
one_mode netscience-coauthorship
one_mode uk-faculty school_group directed

# --- SNAP edge lists.
for pair in snap-ca-grqc:CA-GrQc.txt snap-ca-condmat:CA-CondMat.txt; do
  name="${pair%%:*}" file="$data/${pair%%:*}/${pair#*:}"
  have "$file" || continue
  "$bin" convert "$file" "$out/$name.json" --default-sector academia -q
done

# --- Two-mode data: the first mode are actors, the second projects.
two_mode() {  # two_mode NAME ACTOR_MODE SECTOR
  local name="$1" mode="$2" sector="$3" d="$tmp/$1"
  have "$data/$name/nodes.csv" && have "$data/$name/edges.csv" || return 0
  mkdir -p "$d"
  awk -F, -v m="$mode" -v s="$sector" 'NR == 1 { print "id,sector"; next } $2 == m { print $1 "," s }' \
    "$data/$name/nodes.csv" >"$d/actors.csv"
  awk -F, -v m="$mode" 'NR == 1 { print "id"; next } $2 != m { print $1 }' "$data/$name/nodes.csv" >"$d/projects.csv"
  awk -F, 'NR == 1 { print "project,actor"; next } { print $2 "," $1 }' "$data/$name/edges.csv" >"$d/participants.csv"
  "$bin" convert "$d" "$out/$name.json" -q
}
two_mode davis-southern-women woman academia
two_mode galaskiewicz-ceos-clubs ceo industry

# --- CORDIS 2019-2022 (the options of scripts/import_cordis.sh).
file="$data/cordis-h2020-participations-2019-2022/participations.csv"
if have "$file"; then
  "$bin" import-projects "$file" \
    --project-col rcn --actor-col pic --sector-col type --region-col country --year-col start_year \
    --role-col role --actor-attr group --sector-map "$root/docs/sector-maps/cordis.csv" --ties \
    --name "CORDIS Horizon 2020 participations, projects starting 2019-2022" -o "$out/cordis-2019-2022.json" -q
fi

for f in "$out"/*.json; do
  info="$("$bin" info "$f" --format json -q)"
  printf '%s: %s actors, %s ties, %s projects\n' "$f" \
    "$(grep -m1 -o '"actors": [0-9]*' <<<"$info" | grep -o '[0-9]*$')" \
    "$(grep -m1 -o '"ties": [0-9]*' <<<"$info" | grep -o '[0-9]*$')" \
    "$(grep -m1 -o '"projects": [0-9]*' <<<"$info" | grep -o '[0-9]*$')"
done
