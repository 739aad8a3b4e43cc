#!/usr/bin/env bash
# Does relabeling the graph by (reverse) Cuthill-McKee speed up the path kernels?
# Runs ecosys_bench OP on each graph with --order file, rcm and random, alternating
# the orders within each repetition (the machine's noise hits all three alike), with
# 1 and 2 threads, and prints a Markdown table of medians: wall seconds, CPU seconds
# (all threads; less disturbed by other processes), and the ratios rcm/file.
#
#   bench/order.sh [--reps N] [--graphs "grqc condmat"] [--ops betweenness,closeness] [--threads 1,2]
#
# Graphs are bench/graphs/NAME, made by bench/generate.py (grqc and condmat from
# ../shared/data, e.g. generate.py real ../shared/data/snap-ca-grqc/CA-GrQc.txt --name grqc).
# Every run also goes to bench/results/order-<date>.jsonl.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

reps=3 graphs="grqc condmat" ops="betweenness,closeness" threads="1,2"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reps) reps="$2"; shift ;;
    --graphs) graphs="$2"; shift ;;
    --ops) ops="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "order.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

cmake -S bench -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j2 --target ecosys_bench >/dev/null
for g in $graphs; do
  [[ -f "$here/graphs/$g/meta.json" ]] || { echo "order.sh: no bench/graphs/$g; make it with bench/generate.py (see the top of this script)" >&2; exit 2; }
done

mkdir -p "$here/results"
log="$here/results/order-$(date +%Y%m%d-%H%M%S).jsonl"
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg); ecosys $(git describe --always --dirty 2>/dev/null || echo unknown)"
for g in $graphs; do
  for op in ${ops//,/ }; do
    for t in ${threads//,/ }; do
      for ((r = 0; r < reps; ++r)); do
        for order in file rcm random; do
          OMP_WAIT_POLICY=passive build-bench/ecosys_bench "$op" "$here/graphs/$g" --threads "$t" --order "$order" \
            | sed "s/^{/{\"graph\": \"$g\", /" >>"$log"
        done
      done
    done
  done
done

/usr/bin/python3 - "$log" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
keys = []
for r in rows:
    k = (r["graph"], r["op"], r["threads"])
    if k not in keys:
        keys.append(k)
print("| graph | op | threads | file s (cpu) | rcm s (cpu) | random s (cpu) | rcm/file wall | rcm/file cpu | gap file / rcm / random |")
print("|---|---|---|---|---|---|---|---|---|")
for k in keys:
    med, gap = {}, {}
    for order in ("file", "rcm", "random"):
        runs = [r for r in rows if (r["graph"], r["op"], r["threads"]) == k and r["order"] == order]
        med[order] = (statistics.median(r["seconds"] for r in runs), statistics.median(r["cpu_seconds"] for r in runs))
        gap[order] = runs[0]["order_gap"]
    cell = lambda o: "%.3f (%.3f)" % med[o]
    print("| %s | %s | %d | %s | %s | %s | %.2f | %.2f | %.0f / %.0f / %.0f |" % (
        *k, cell("file"), cell("rcm"), cell("random"), med["rcm"][0] / med["file"][0], med["rcm"][1] / med["file"][1],
        gap["file"], gap["rcm"], gap["random"]))
PY
