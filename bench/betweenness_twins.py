#!/usr/bin/env python3
"""Twins in exact betweenness (issue 29): how many twins the real networks hold, and
`ecosys metrics NET --only betweenness` as whole processes with two builds (before and
after merging twins), optionally beside python-igraph as a whole process.

For each network: actors and ties; the core left by degree-1 folding; its classes of
false twins (same neighbours, not tied) and true twins (same neighbours and each other),
as docs/metrics.md ("Twins") defines them; the merged core's vertices and ties; and the
search work (sources x arcs) before and after merging. Then RUNS runs of each build,
alternating before/after, with the wall seconds of each, their medians, and the largest
relative difference of the betweenness values between the two builds' JSON outputs.

Networks (under DATA, default ../shared/data beside the repository, or $ECOSYS_DATA):
  condmat   snap-ca-condmat/CA-CondMat.txt (23,133 actors, 93,439 ties)
  cordis    cordis-h2020-participations (organisations tied when they share a project;
            imported with the after build's `import-projects --ties`, as
            scripts/import_cordis.sh does)
  cordis22  cordis-h2020-participations-2019-2022, likewise

  python3 bench/betweenness_twins.py --before BUILD_A/ecosys --after BUILD_B/ecosys \\
      [--data DIR] [--networks condmat,cordis] [--runs 3] [--threads 1] [--igraph] [--graph-tool]
      [--tool-runs N] [--directed]

--before/--after: two ecosys binaries (e.g. one built from main, one from this branch).
--igraph: also time `Graph.betweenness()` of python-igraph (Debian python3-igraph) as a
whole process reading the same ties (an edge list written here), RUNS times, run by
--python (default /usr/bin/python3, Debian's, as bench/run.sh).
--graph-tool: likewise `graph_tool.centrality.betweenness` (Debian python3-graph-tool) as a
whole process, on --threads OpenMP threads (OMP_WAIT_POLICY=passive, see
the shared PERFORMANCE.md's lesson on OpenMP spin-waiting). graph-tool normalises by default;
its values are rescaled to raw pair counts ((n-1)(n-2)/2). On condmat the values of
igraph and graph-tool (written by their last run) are compared with ecosys's (after).
Each process's processor seconds are shown beside its wall seconds.
"""

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_condmat(data):
    path = os.path.join(data, "snap-ca-condmat", "CA-CondMat.txt")
    if not os.path.exists(path):
        return None
    ids, edges = {}, set()
    for line in open(path):
        if line.startswith("#"):
            continue
        a, b = line.split()
        if a == b:
            continue
        for x in (a, b):
            ids.setdefault(x, len(ids))
        u, v = ids[a], ids[b]
        edges.add((min(u, v), max(u, v)))
    return list(ids), sorted(edges)


def read_cordis(folder):
    path = os.path.join(folder, "participations.csv")
    if not os.path.exists(path):
        return None
    ids, members = {}, defaultdict(set)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            pic = row["pic"]
            ids.setdefault(pic, len(ids))
            members[row["rcn"]].add(ids[pic])
    edges = set()
    for group in members.values():
        g = sorted(group)
        for i, u in enumerate(g):
            for v in g[i + 1:]:
                edges.add((u, v))
    return list(ids), sorted(edges)


def twin_counts(n, edges):
    """Degree-1 folding, then twins of the core, as src/metrics/betweenness.cpp finds them."""
    adj = [set() for _ in range(n)]
    for u, v in edges:
        adj[u].add(v)
        adj[v].add(u)
    degree = [len(a) for a in adj]
    folded = [False] * n
    queue = [v for v in range(n) if degree[v] == 1]
    while queue:
        u = queue.pop()
        if degree[u] != 1:
            continue
        parent = next(w for w in adj[u] if not folded[w])
        folded[u] = True
        degree[u] = 0
        degree[parent] -= 1
        if degree[parent] == 1:
            queue.append(parent)
    core = [v for v in range(n) if not folded[v]]
    nbrs = {v: frozenset(w for w in adj[v] if not folded[w]) for v in core}
    core_arcs = sum(len(nbrs[v]) for v in core)
    open_classes = defaultdict(list)
    for v in core:
        open_classes[nbrs[v]].append(v)
    rep = {}
    false_classes = [c for c in open_classes.values() if len(c) > 1]
    for c in open_classes.values():
        for v in c:
            rep[v] = c[0]
    closed_classes = defaultdict(list)
    for v in core:
        if rep[v] == v and len(open_classes[nbrs[v]]) == 1 and nbrs[v]:
            closed_classes[nbrs[v] | {v}].append(v)
    true_classes = [c for c in closed_classes.values() if len(c) > 1]
    for c in true_classes:
        for v in c:
            rep[v] = c[0]
    merged = {rep[v] for v in core}
    merged_arcs = sum(len({rep[w] for w in nbrs[v]} - {rep[v]}) for v in merged)
    return {
        "actors": n, "ties": len(edges), "core": len(core), "core_ties": core_arcs // 2,
        "false_classes": len(false_classes), "false_members": sum(map(len, false_classes)),
        "true_classes": len(true_classes), "true_members": sum(map(len, true_classes)),
        "merged": len(merged), "merged_ties": merged_arcs // 2,
        "work_ratio": (len(merged) * merged_arcs) / (len(core) * core_arcs) if core_arcs else 1.0,
    }


def write_condmat_json(names, edges, path):
    json.dump({"name": "ca-CondMat",
               "actors": [{"id": a, "sector": "academia"} for a in names],
               "ties": [{"source": names[u], "target": names[v], "type": "coauthor"} for u, v in edges]},
              open(path, "w"))


def import_cordis(ecosys, folder, out):
    subprocess.run([ecosys, "import-projects", os.path.join(folder, "participations.csv"),
                    "--project-col", "rcn", "--actor-col", "pic", "--sector-col", "type",
                    "--region-col", "country", "--year-col", "start_year", "--role-col", "role",
                    "--actor-attr", "group", "--sector-map", os.path.join(REPO, "docs", "sector-maps", "cordis.csv"),
                    "--ties", "--name", "CORDIS", "-o", out], check=True, stdout=subprocess.DEVNULL)


IGRAPH = r"""
import sys, igraph
edges = [tuple(map(int, l.split())) for l in open(sys.argv[1])]
g = igraph.Graph(n=int(sys.argv[2]), edges=edges, directed=False)
b = g.betweenness(directed=False)
if len(sys.argv) > 3:
    open(sys.argv[3], "w").write("\n".join(repr(x) for x in b))
"""

GRAPH_TOOL = r"""
import sys, graph_tool, graph_tool.centrality
graph_tool.openmp_set_num_threads(int(sys.argv[3]))
n = int(sys.argv[2])
g = graph_tool.Graph(directed=False)
g.add_vertex(n)
g.add_edge_list([tuple(map(int, l.split())) for l in open(sys.argv[1])])
vb, eb = graph_tool.centrality.betweenness(g)
if len(sys.argv) > 4:
    scale = (n - 1) * (n - 2) / 2.0  # graph-tool divides by the pairs of other vertices
    open(sys.argv[4], "w").write("\n".join(repr(x * scale) for x in vb.a))
"""


CPU = []  # processor seconds (user + system) of each timed process, in call order


def timed(cmd, env=None):
    """Wall seconds of one process; its processor seconds are appended to CPU (on a shared
    machine the wall time grows with the load, the processor time much less)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def read_values(path):
    return [float(x) for x in open(path).read().split()]


def betweenness_of(path):
    doc = json.load(open(path))
    return {a["id"]: a["betweenness"] for a in doc["actors"]}


def largest_relative_difference(a, b):
    worst = 0.0
    for k, x in a.items():
        y = b[k]
        if x != y:
            worst = max(worst, abs(x - y) / max(abs(x), abs(y)))
    return worst


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="ecosys binary without twins (e.g. built from main)")
    ap.add_argument("--after", required=True, help="ecosys binary with twins")
    ap.add_argument("--data", default=os.environ.get("ECOSYS_DATA", os.path.join(REPO, "..", "shared", "data")))
    ap.add_argument("--networks", default="condmat,cordis")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--igraph", action="store_true")
    ap.add_argument("--graph-tool", action="store_true", help="also time graph-tool's betweenness")
    ap.add_argument("--tool-runs", type=int, help="runs of igraph and graph-tool (default: --runs)")
    ap.add_argument("--directed", action="store_true", help="also time --directed (ties both ways)")
    ap.add_argument("--python", default="/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable,
                    help="the python with igraph (default: Debian's, where python3-igraph lives)")
    args = ap.parse_args()

    print("load average at start: %.2f %.2f %.2f" % os.getloadavg(), flush=True)
    with tempfile.TemporaryDirectory() as work:
        for name in args.networks.split(","):
            if name == "condmat":
                read = read_condmat(args.data)
            elif name in ("cordis", "cordis22"):
                folder = os.path.join(args.data, "cordis-h2020-participations" + ("-2019-2022" if name == "cordis22" else ""))
                read = read_cordis(folder)
            else:
                sys.exit("betweenness_twins: unknown network %r" % name)
            if read is None:
                print("%s: SKIP (no data under %s)" % (name, args.data))
                continue
            names, edges = read
            net = os.path.join(work, name + ".json")
            if name == "condmat":
                write_condmat_json(names, edges, net)
            else:
                import_cordis(args.after, folder, net)
            counts = twin_counts(len(names), edges)
            print("%s: %d actors, %d ties; core after degree-1 folding %d actors, %d ties; "
                  "false twins %d classes (%d actors), true twins %d classes (%d actors); "
                  "merged core %d vertices, %d ties; search work (sources x arcs) after/before %.3f"
                  % (name, counts["actors"], counts["ties"], counts["core"], counts["core_ties"],
                     counts["false_classes"], counts["false_members"], counts["true_classes"],
                     counts["true_members"], counts["merged"], counts["merged_ties"], counts["work_ratio"]),
                  flush=True)
            variants = [("undirected", [])] + ([("directed", ["--directed"])] if args.directed else [])
            for label, extra in variants:
                seconds = {"before": [], "after": []}
                cpu = {"before": [], "after": []}
                outputs = {}
                for run in range(args.runs):
                    for build in ("before", "after"):
                        ecosys = args.before if build == "before" else args.after
                        out = os.path.join(work, "%s-%s-%s.json" % (name, label, build))
                        cmd = [ecosys, "metrics", net, "--only", "betweenness", "--format", "json", "-q",
                               "--threads", str(args.threads), "-o", out] + extra
                        seconds[build].append(timed(cmd))
                        cpu[build].append(CPU[-1])
                        outputs[build] = out
                diff = largest_relative_difference(betweenness_of(outputs["before"]), betweenness_of(outputs["after"]))
                if label == "undirected":
                    undirected_after = outputs["after"]
                b, a = statistics.median(seconds["before"]), statistics.median(seconds["after"])
                print("  %s %s, %d thread(s): before %s -> median %.2f s; after %s -> median %.2f s; "
                      "after/before %.2f; largest relative difference of betweenness %.1e"
                      % (name, label, args.threads, " ".join("%.2f" % s for s in seconds["before"]), b,
                         " ".join("%.2f" % s for s in seconds["after"]), a, a / b, diff), flush=True)
                cb, ca = statistics.median(cpu["before"]), statistics.median(cpu["after"])
                print("  %s %s processor seconds: before %s -> median %.2f; after %s -> median %.2f; after/before %.2f"
                      % (name, label, " ".join("%.2f" % s for s in cpu["before"]), cb,
                         " ".join("%.2f" % s for s in cpu["after"]), ca, ca / cb), flush=True)
                if label == "undirected":
                    ecosys_wall, ecosys_cpu = a, ca
            if args.igraph or args.graph_tool:
                edge_file = os.path.join(work, name + ".edges")
                with open(edge_file, "w") as f:
                    for u, v in edges:
                        f.write("%d %d\n" % (u, v))
                env = dict(os.environ, OMP_WAIT_POLICY="passive", OMP_NUM_THREADS=str(args.threads))
                tools = ([("igraph", IGRAPH, [])] if args.igraph else []) + \
                    ([("graph-tool", GRAPH_TOOL, [str(args.threads)])] if args.graph_tool else [])
                times = {tool: [] for tool, _, _ in tools}
                cpus = {tool: [] for tool, _, _ in tools}
                values = {}
                tool_runs = args.tool_runs or args.runs
                for run in range(tool_runs):  # the tools alternate too
                    for tool, script, extra in tools:
                        out = os.path.join(work, "%s-%s.values" % (name, tool)) if run == tool_runs - 1 else None
                        cmd = [args.python, "-c", script, edge_file, str(len(names))] + extra + ([out] if out else [])
                        times[tool].append(timed(cmd, env))
                        cpus[tool].append(CPU[-1])
                        if out:
                            values[tool] = read_values(out)
                for tool, _, _ in tools:
                    print("  %s %s (whole process, reading an edge list, %d thread(s)): %s -> median %.2f s"
                          % (name, tool, args.threads, " ".join("%.2f" % s for s in times[tool]),
                             statistics.median(times[tool])), flush=True)
                    print("    processor seconds %s -> median %.2f; ecosys after / %s %.3f (processor), %.3f (wall)"
                          % (" ".join("%.2f" % s for s in cpus[tool]), statistics.median(cpus[tool]), tool,
                             ecosys_cpu / statistics.median(cpus[tool]), ecosys_wall / statistics.median(times[tool])),
                          flush=True)
                ours = betweenness_of(undirected_after) if name == "condmat" else None
                if ours is not None:
                    # ecosys writes normalised betweenness; back to pair counts, by actor id
                    n = len(names)
                    scale = (n - 1) * (n - 2) / 2.0
                    for tool in values:
                        worst = 0.0
                        for i, a in enumerate(names):
                            x, y = ours[a] * scale, values[tool][i]
                            if x != y:
                                worst = max(worst, abs(x - y) / max(abs(x), abs(y)))
                        print("  %s: largest relative difference of ecosys (after) and %s: %.1e" % (name, tool, worst),
                              flush=True)
    print("load average at end: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
