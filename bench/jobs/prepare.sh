#!/usr/bin/env bash
# Makes the two networks of issue 13's whole-job benchmarks (bench/jobs/run.sh):
#
#   OUT_DIR/cordis-2014-2018.json  the CORDIS Horizon 2020 participations, projects starting
#                                  2014-2018, imported with `BIN import-projects` exactly as
#                                  scripts/import_cordis.sh does (organisations = actors,
#                                  countries = regions, co-participation ties; 27k / 523k)
#   OUT_DIR/synthetic-1m.json      bench/generate.py's stochastic block model with 200,000
#                                  actors, 10^6 ties and 50 regions (seed 1)
#
# Usage (from anywhere):
#   bench/jobs/prepare.sh [BIN [DATA_DIR [OUT_DIR]]]
#     BIN       the ecosys binary that imports (default: build/release/ecosys of this checkout)
#     DATA_DIR  the shared test data, holding cordis-h2020-participations/
#               (default: ../shared/data next to this checkout, or $ECOSYS_DATA)
#     OUT_DIR   where the networks go (default: bench/jobs/data, not committed)
# A network that is already there is kept; FORCE=1 makes both again. Prints each
# network's actors, ties and regions (`BIN info`). Needs python3 with numpy (Debian:
# python3-numpy) for the synthetic network; PYTHON overrides the interpreter.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

bin="${1:-$root/build/release/ecosys}"
data="${2:-${ECOSYS_DATA:-$root/../shared/data}}"
out="${3:-$here/data}"
force="${FORCE:-0}"

if [[ ! -x "$bin" ]]; then
  echo "prepare: no ecosys binary at $bin (build one: scripts/setup.sh demo)" >&2
  exit 2
fi
cordis="$data/cordis-h2020-participations"
if [[ ! -f "$cordis/participations.csv" ]]; then
  echo "prepare: no $cordis/participations.csv; give the folder holding cordis-h2020-participations/" >&2
  exit 2
fi
if [[ -n "${PYTHON:-}" ]]; then
  py="$PYTHON"
elif [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  py=/usr/bin/python3  # Debian's python, where python3-numpy lives
else
  py=python3
fi
if ! "$py" -c 'import numpy' 2>/dev/null; then
  echo "prepare: $py has no numpy (bench/generate.py needs it): apt-get install python3-numpy" >&2
  exit 2
fi
mkdir -p "$out"

describe() {  # describe FILE: one line with the network's size
  "$bin" info "$1" --format json -q | "$py" -c 'import json, sys
i = json.load(sys.stdin)
print("%s: %d actors, %d ties, %d regions, %d projects" % (sys.argv[1], i["actors"], i["ties"], len(i["regions"]), i["projects"]))' "$1"
}

# --- CORDIS 2014-2018: the options of scripts/import_cordis.sh, with BIN.
net="$out/cordis-2014-2018.json"
if [[ "$force" == 1 || ! -s "$net" ]]; then
  echo "prepare: importing $cordis/participations.csv" >&2
  "$bin" import-projects "$cordis/participations.csv" \
    --project-col rcn --actor-col pic --sector-col type --region-col country --year-col start_year \
    --role-col role --actor-attr group --sector-map "$root/docs/sector-maps/cordis.csv" --ties \
    --name "CORDIS Horizon 2020 participations, projects starting 2014-2018" -o "$net"
fi
describe "$net"

# --- Synthetic: 2*10^5 actors x mean degree 10 = 10^6 ties, 50 regions.
net="$out/synthetic-1m.json"
if [[ "$force" == 1 || ! -s "$net" ]]; then
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/ecosys-prepare.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  "$py" "$root/bench/generate.py" sbm 2e5 --regions 50 --seed 1 --json --name synthetic-1m --out "$tmp"
  mv "$tmp/synthetic-1m/network.json" "$net"
fi
describe "$net"
