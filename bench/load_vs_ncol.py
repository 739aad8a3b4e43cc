#!/usr/bin/python3
"""CSV and JSON loading against igraph's Read_Ncol on the same ties (issue 29).

For a graph folder written by bench/generate.py (actors.csv, ties.csv, network.json),
writes ties.ncol (one "source target" line per tie, the actor ids as names) and times,
alternating repetition after repetition so that a burst of load hits them alike:

  ecosys load       ecosys_bench load DIR: actors.csv and ties.csv read, checked and
                    built into the metric graph
  ecosys load-json  the same from network.json
  igraph Read_Ncol  Graph.Read_Ncol(ties.ncol, names=True, weights=False): the ties only

Each run is a fresh process timing the load inside itself. Prints the load average
before and after, each run, and medians with the ratios to Read_Ncol. With --before
BIN a second ecosys_bench (the commit before a change) runs in the same rotation.

  bench/load_vs_ncol.py DIR --bench build-bench/ecosys_bench [--before OLD] [--reps 3]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys


def ecosys_seconds(binary, op, graph_dir):
    out = subprocess.run([binary, op, graph_dir], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["seconds"]


NCOL = """
import igraph, sys, time
start = time.perf_counter()
g = igraph.Graph.Read_Ncol(sys.argv[1], directed=False, names=True, weights=False)
print(time.perf_counter() - start, g.ecount())
"""


def ncol_seconds(path):
    out = subprocess.run([sys.executable, "-c", NCOL, path], check=True, capture_output=True, text=True).stdout
    return float(out.split()[0])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph_dir")
    p.add_argument("--bench", required=True, help="the ecosys_bench binary (bench/CMakeLists.txt)")
    p.add_argument("--before", help="an ecosys_bench of the commit before, run in the same rotation")
    p.add_argument("--reps", type=int, default=3)
    args = p.parse_args()

    ncol = os.path.join(args.graph_dir, "ties.ncol")
    if not os.path.exists(ncol):
        with open(os.path.join(args.graph_dir, "ties.csv"), encoding="utf-8") as src, open(ncol, "w", encoding="utf-8") as dst:
            next(src)
            for line in src:
                fields = line.rstrip("\n").split(",")
                dst.write(fields[0] + " " + fields[1] + "\n")

    variants = [("ecosys load", lambda: ecosys_seconds(args.bench, "load", args.graph_dir)),
                ("ecosys load-json", lambda: ecosys_seconds(args.bench, "load-json", args.graph_dir))]
    if args.before:
        variants += [("before load", lambda: ecosys_seconds(args.before, "load", args.graph_dir)),
                     ("before load-json", lambda: ecosys_seconds(args.before, "load-json", args.graph_dir))]
    variants.append(("igraph Read_Ncol", lambda: ncol_seconds(ncol)))

    print("load average before:", " ".join(open("/proc/loadavg").read().split()[:3]))
    runs = {name: [] for name, _ in variants}
    for rep in range(args.reps):
        for name, run in variants:
            runs[name].append(run())
            print(f"  rep {rep + 1} {name}: {runs[name][-1]:.3f} s", flush=True)
    print("load average after:", " ".join(open("/proc/loadavg").read().split()[:3]))
    ncol_median = statistics.median(runs["igraph Read_Ncol"])
    print(f"\n| variant | median s | / Read_Ncol |\n|---|---|---|")
    for name, _ in variants:
        m = statistics.median(runs[name])
        print(f"| {name} | {m:.3f} | {m / ncol_median:.2f} |")


if __name__ == "__main__":
    main()
