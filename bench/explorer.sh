#!/usr/bin/env bash
# Times the explorer (`ecosys explore`, issue 27) on large networks: the command itself
# (wall seconds and peak memory) and the page in headless Chromium
# (bench/explorer_timing.py: first draw, a sector filter, a search, the k-core slider;
# medians of RUNS page loads). Networks:
#   - CORDIS Horizon 2020, projects starting 2019-2022 (../shared/data, ECOSYS_DATA
#     overrides), imported as scripts/import_cordis.sh imports 2014-2018 (--ties):
#     17,330 organisations, 351,245 co-participation ties, 11,372 projects;
#   - the same with --max-ties 1000000, so that every tie is drawn (skip: ALL_TIES=0);
#   - a synthetic network of SYNTHETIC actors (bench/generate_large_network.py).
# Prints the load average at the start and the end: on a shared machine the figures move.
# Exit 0 with SKIP when Chromium, chromedriver or the CORDIS data is missing.
#
#   bench/explorer.sh [ECOSYS] [SYNTHETIC=10000] [RUNS=3]
set -euo pipefail

source "$(dirname "$0")/common.sh" "${1:-}"
cd "$root"
synthetic="${2:-10000}"
runs="${3:-3}"
[ -x /usr/bin/time ] || { echo "explorer: /usr/bin/time is missing (Debian package time)" >&2; exit 1; }

browser="$(command -v chromium || command -v chromium-browser || true)"
driver="$(command -v chromedriver || true)"
if [ -z "$browser" ] || [ -z "$driver" ]; then
  echo "SKIP: Debian's chromium and chromium-driver are not installed (scripts/setup.sh test installs them)"
  exit 0
fi
data="$data/cordis-h2020-participations-2019-2022"
if [ ! -f "$data/participations.csv" ]; then
  echo "SKIP: no $data/participations.csv (set ECOSYS_DATA to the folder holding cordis-h2020-participations-2019-2022/)"
  exit 0
fi

echo "start: $(uptime)"
echo "ecosys: $ecosys; browser: $("$browser" --version 2>/dev/null || echo "$browser")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# /usr/bin/time's "seconds KB" into $work/time; the command's notes (not its progress) shown.
timed() {
  local label="$1"
  shift
  if ! /usr/bin/time -o "$work/time" -f '%e %M' "$@" 2>"$work/stderr" >/dev/null; then
    echo "explorer: $label failed:" >&2
    tail -n 20 "$work/stderr" >&2
    exit 1
  fi
  read -r secs kb <"$work/time"
  echo "$label: $secs s, $((kb / 1024)) MB peak"
  grep -E 'note:|warning:|error:' "$work/stderr" | sed 's/^/  /' || true
}

net="$work/cordis-2019-2022.json"
timed "import-projects (CORDIS 2019-2022, --ties)" "$ecosys" import-projects "$data/participations.csv" \
  --project-col rcn --actor-col pic --sector-col type --region-col country --year-col start_year \
  --role-col role --actor-attr group --sector-map docs/sector-maps/cordis.csv --ties \
  --name "CORDIS Horizon 2020, projects starting 2019-2022" -o "$net"

pages=()
explore() {  # LABEL QUERY NETWORK PAGE [OPTIONS]
  local label="$1" query="$2" in="$3" page="$4"
  shift 4
  timed "explore $label" "$ecosys" explore "$in" -o "$page" "$@"
  echo "  page: $(stat -c %s "$page") bytes"
  pages+=(--page "$label" "$page" "$query" "$secs" "$kb")
}

# Actor names are PIC numbers in CORDIS (no name column): "999" is a common prefix.
explore "CORDIS 2019-22" 999 "$net" "$work/cordis.html"
if [ "${ALL_TIES:-1}" != 0 ]; then
  explore "CORDIS 2019-22, all ties" 999 "$net" "$work/cordis-all.html" --max-ties 1000000
fi
syn="$work/synthetic-$synthetic.json"
python3 bench/generate_large_network.py "$synthetic" "$syn"
echo "synthetic: $(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(len(d["actors"]), "actors,", len(d["ties"]), "ties")' "$syn")"
explore "synthetic $synthetic" "actor 1" "$syn" "$work/synthetic.html"

echo
echo "browser timings (RUNS=$runs):"
set +e
python3 bench/explorer_timing.py --runs "$runs" "${pages[@]}"
status=$?
set -e
echo
echo "end: $(uptime)"
if [ "$status" = 77 ]; then exit 0; fi
exit "$status"
