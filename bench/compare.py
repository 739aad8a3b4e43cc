#!/usr/bin/python3
"""Runs ecosys and the anchors side by side on the benchmark graphs and prints a
Markdown table of medians (bench/run.sh calls this; bench/RESULTS.md shows its output).

For every graph and operation the variants run in turn, repetition after
repetition (ecosys 1 thread, ecosys 2 threads, igraph, graph-tool 1 and 2 threads,
NetworkX, ...), so that a burst of load on the machine hits them alike. Each run
is a fresh process that times the call inside itself; the table gives the median
seconds, the process's peak resident memory, and the ratio ecosys/anchor (ecosys at
its best thread count against each anchor at its best).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH_OPS = ("betweenness", "dbetweenness", "closeness", "harmonic")
ALL_OPS = ("load", "load-json", "betweenness", "dbetweenness", "approx", "closeness", "harmonic", "pagerank", "clustering",
           "components", "core", "louvain")
HAS_OP = {
    "ecosys": set(ALL_OPS),
    "ecosys-before": set(ALL_OPS) - {"approx", "dbetweenness"},
    "igraph": set(ALL_OPS) - {"approx", "load-json"},
    "graph-tool": set(ALL_OPS) - {"approx", "load-json", "louvain"},
    "networkx": set(ALL_OPS) - {"approx", "load-json", "dbetweenness"},
}


def feasible(tool, op, n, args):
    """Whether a run is expected to end in reasonable time; skipped ones are marked."""
    if op in PATH_OPS and n > args.max_exact:
        return False
    if tool == "networkx" and n > args.max_networkx:
        return False
    if tool == "networkx" and op == "louvain" and n > 100_000:
        return False
    return True


def variants(args):
    out = []
    for t in args.threads:
        out.append(("ecosys", t))
    if args.before:
        out.append(("ecosys-before", 1))
    if "igraph" in args.tools:
        out.append(("igraph", 1))
    if "graph-tool" in args.tools:
        for t in args.threads:
            out.append(("graph-tool", t))
    if "networkx" in args.tools:
        out.append(("networkx", 1))
    return out


def command(tool, threads, op, graph_dir, n, args):
    if tool in ("ecosys", "ecosys-before"):
        exe = args.ecosys if tool == "ecosys" else args.before
        cmd = [exe, op, graph_dir]
        if tool == "ecosys":
            cmd += ["--threads", str(threads)]
        if op == "approx":
            cmd += ["--approx", args.epsilon]
        return cmd
    cmd = [args.python, os.path.join(HERE, "anchors.py"), tool, op, graph_dir, "--threads", str(threads)]
    if tool == "networkx" and op in PATH_OPS and n > args.networkx_exact:
        cmd += ["--sample", str(args.networkx_sample)]
    return cmd


def run_once(cmd, timeout):
    env = dict(os.environ, OMP_WAIT_POLICY="passive")  # see ../shared notes: libgomp's spin-wait
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"> {timeout} s"}
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["failed"])[-1][:80]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def fmt_seconds(results):
    ok = [r for r in results if "seconds" in r]
    if not ok:
        return "—" if not results else results[0]["error"], None, None
    s = statistics.median(r["seconds"] for r in ok)
    peak = max(r["peak_mib"] for r in ok)
    sampled = any(r.get("sampled") for r in ok)
    text = ("~" if sampled else "") + (f"{s:.3g}" if s >= 0.001 else f"{s:.1e}")
    return text, s, peak


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graphs", nargs="+", help="graph folders made by generate.py")
    p.add_argument("--ops", default=",".join(ALL_OPS))
    p.add_argument("--tools", default="igraph,graph-tool,networkx")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--anchor-reps", type=int, help="repetitions of the slow anchors (graph-tool, NetworkX); "
                   "default: --reps")
    p.add_argument("--timeout", type=int, default=900)
    p.add_argument("--ecosys", required=True, help="the ecosys_bench program")
    p.add_argument("--before", help="an ecosys_bench built from an older checkout, for before/after")
    p.add_argument("--python", default="/usr/bin/python3")
    p.add_argument("--epsilon", default="0.01", help="--approx EPS[,DELTA] of the approx operation")
    p.add_argument("--max-exact", type=int, default=30_000, help="largest graph for exact path measures")
    p.add_argument("--max-networkx", type=int, default=100_000)
    p.add_argument("--networkx-exact", type=int, default=2_000, help="larger graphs: NetworkX sampled")
    p.add_argument("--networkx-sample", type=int, default=64)
    p.add_argument("--json", help="also write every run to this file (JSON lines)")
    args = p.parse_args()
    args.ops = [o for o in args.ops.split(",") if o]
    args.tools = [t for t in args.tools.split(",") if t]
    args.threads = [int(t) for t in args.threads.split(",")]
    log = open(args.json, "a") if args.json else None

    vs = variants(args)
    header = ["graph", "op"] + [f"{t}" + (f" {n} thr" if t in ("ecosys", "graph-tool") and len(args.threads) > 1
                                          else "") for t, n in vs]
    anchors = [t for t in ("ecosys-before", "igraph", "graph-tool", "networkx") if any(v[0] == t for v in vs)]
    header += [f"ecosys/{a}" for a in anchors] + ["peak MiB ecosys / " + " / ".join(anchors), "load"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    sys.stdout.flush()

    for graph_dir in args.graphs:
        with open(os.path.join(graph_dir, "meta.json")) as f:
            meta = json.load(f)
        n = meta["actors"]
        label = f"{meta['name']} ({n:,} / {meta['ties']:,})"
        for op in args.ops:
            if op == "load-json" and not os.path.exists(os.path.join(graph_dir, "network.json")):
                continue
            results = {v: [] for v in vs}
            failed = set()
            load_before = os.getloadavg()[0]
            for rep in range(args.reps):
                for tool, threads in vs:
                    if op not in HAS_OP[tool] or not feasible(tool, op, n, args) or (tool, threads) in failed:
                        continue
                    if tool in ("graph-tool", "networkx") and args.anchor_reps is not None and rep >= args.anchor_reps:
                        continue
                    r = run_once(command(tool, threads, op, graph_dir, n, args), args.timeout)
                    r.update(graph=meta["name"], variant=f"{tool}:{threads}")
                    if log:
                        log.write(json.dumps(r) + "\n")
                        log.flush()
                    results[(tool, threads)].append(r)
                    if "error" in r:  # a timeout or failure is not repeated
                        failed.add((tool, threads))
            cells, best, peaks = [], {}, {}
            for v in vs:
                text, s, peak = fmt_seconds(results[v])
                cells.append(text)
                if s is not None:
                    tool = v[0]
                    if tool not in best or s < best[tool]:
                        best[tool] = s
                    peaks[tool] = max(peaks.get(tool, 0), peak)
            if not best:
                continue
            ratios = [f"{best['ecosys'] / best[a]:.2f}" if "ecosys" in best and a in best and best[a] > 0 else "—"
                      for a in anchors]
            mem = " / ".join(f"{peaks[t]:.0f}" if t in peaks else "—" for t in ["ecosys"] + anchors)
            load = f"{load_before:.1f}–{os.getloadavg()[0]:.1f}"  # 1-minute load average before and after
            print("| " + " | ".join([label, op] + cells + ratios + [mem, load]) + " |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
