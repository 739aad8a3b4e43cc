#!/usr/bin/env bash
# Times `ecosys keyplayers --k 5 --goal fragment` (and --goal reach) on SNAP ca-GrQc,
# 5,242 actors and 14,484 collaboration ties, read as an edge list (issue 17).
#
#   bench/keyplayers.sh [ECOSYS] [REPS]
#
# ECOSYS defaults to build/test/ecosys (then build/dev/ecosys); the data comes from
# ../shared/data (ECOSYS_DATA overrides). Prints the load average, then per goal the
# median wall seconds of REPS runs (default 3), loading included, and the set found.
set -euo pipefail

source "$(dirname "$0")/common.sh" "${1:-}"
reps="${2:-3}"
net="$data/snap-ca-grqc/CA-GrQc.txt"
[ -f "$net" ] || { echo "missing $net (set ECOSYS_DATA)" >&2; exit 1; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for goal in fragment reach; do
  times=()
  for _ in $(seq "$reps"); do
    start=$(date +%s.%N)
    out=$("$ecosys" keyplayers -q --default-sector industry "$net" --k 5 --goal "$goal" --format csv)
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (reps + 1) / 2 ))p")
  echo "keyplayers --k 5 --goal $goal: median ${median} s of ${reps} (runs: ${times[*]})"
  echo "$out" | tail -n 1
done
