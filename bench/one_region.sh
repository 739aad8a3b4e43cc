#!/usr/bin/env bash
# A scope that holds exactly the actors of another is the same scope (issue 29): on a
# network whose one region holds every actor, `ecosys metrics` (the whole network's row and
# the region's) should run each kernel once, not once for '*' and again for the region.
# Builds ca-CondMat (23,133 actors, 93,439 ties; ../shared/data/snap-ca-condmat) as one
# region, runs `metrics` RUNS times and prints the wall seconds of each run, their median
# and the kernel runs of --stats. Says SKIP (exit 0) without the data.
#   bench/one_region.sh [ECOSYS] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
ecosys="${1:-build/release/ecosys}"
runs="${2:-3}"
data="${ECOSYS_DATA:-../shared/data}/snap-ca-condmat/CA-CondMat.txt"
[ -f "$data" ] || { echo "SKIP: $data not found"; exit 0; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$data" "$work/net.json" <<'PY'
import json, sys
nodes, edges = {}, set()
for line in open(sys.argv[1]):
    if line.startswith("#"):
        continue
    a, b = line.split()
    if a != b:
        nodes.setdefault(a, None)
        nodes.setdefault(b, None)
        edges.add((min(a, b), max(a, b)))
json.dump({"name": "ca-CondMat, one region", "regions": [{"id": "all", "name": "All"}],
           "actors": [{"id": n, "sector": "academia", "region": "all"} for n in nodes],
           "ties": [{"source": a, "target": b, "type": "coauthor"} for a, b in sorted(edges)]},
          open(sys.argv[2], "w"))
print(f"ca-CondMat as one region: {len(nodes)} actors, {len(edges)} ties")
PY
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$ecosys" metrics "$work/net.json" -q --stats -o "$work/out.txt" 2>"$work/stats.txt"
  end=$(date +%s%N)
  t=$(awk -v ns=$((end - start)) 'BEGIN {printf "%.2f", ns / 1e9}')
  times+=("$t")
  echo "run $i: $t s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s"}'
echo "kernel runs (--stats of the last run):"
grep -E "betweenness|closeness|louvain|graph" "$work/stats.txt" | sed 's/^/  /'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
