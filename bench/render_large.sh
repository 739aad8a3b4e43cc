#!/usr/bin/env bash
# Times `ecosys render` on a generated network of N actors (default 5000): the whole
# network (auto: sfdp), grouped by region (each region laid out on its own), the
# overview, and the same diagram twice to check that it is byte-identical. Reports
# wall seconds and peak memory of each run; run it on a quiet machine and compare
# medians (PERFORMANCE.md: the same call varies by up to 40% between runs).
#
#   bench/render_large.sh [ECOSYS_BINARY] [ACTORS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

ecosys="${1:-build/release/ecosys}"
actors="${2:-5000}"
runs="${3:-3}"
[ -x "$ecosys" ] || { echo "render_large: $ecosys is not built (scripts/setup.sh demo)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

net="$work/large-$actors.json"
python3 bench/generate_large_network.py "$actors" "$net"
echo "network: $actors actors, $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['ties']))" "$net") ties"

time_it() {
  local label="$1"
  shift
  for run in $(seq 1 "$runs"); do
    /usr/bin/time -f "$label run $run: %e s, %M KB" "$@" 2>&1 >/dev/null | tail -n 1
  done
}
time_it "whole network (sfdp)" "$ecosys" render -q "$net" -o "$work/whole.svg"
time_it "grouped by region   " "$ecosys" render -q "$net" --group-by region -o "$work/grouped.svg"
time_it "overview            " "$ecosys" render -q "$net" --overview -o "$work/overview.svg"
time_it "whole network, png  " "$ecosys" render -q "$net" -o "$work/whole.png"

# Graphviz's own sfdp program on the same graph (issue 7 target: ecosys at most 1.2 x):
# the diagram's DOT with every position and drawing attribute removed, laid out and
# drawn to SVG by `sfdp`, reading the same attributes (overlap removal, sizes, labels).
if command -v sfdp >/dev/null; then
  "$ecosys" render -q "$net" --format dot -o "$work/whole.dot"
  sed -E 's/(^|[[:space:],[])(pos|xlp|lp|bb|_[a-z]*draw[a-z]*_)="[^"]*",?/\1/g' "$work/whole.dot" >"$work/plain.dot"
  time_it "sfdp program, svg   " sfdp -Tsvg "$work/plain.dot" -o "$work/sfdp.svg"
fi

"$ecosys" render -q "$net" -o "$work/again.svg"
if cmp -s "$work/whole.svg" "$work/again.svg"; then
  echo "reproducible: the same input gave byte-identical SVG"
else
  echo "NOT reproducible: two renders of the same input differ" >&2
  exit 1
fi
ls -l "$work"/*.svg "$work"/*.png | awk '{ print "  " $5 " bytes  " $NF }' | sed "s|$work/||"
