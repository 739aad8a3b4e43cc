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

  python3 bench/betweenness_twins.py [--before BUILD_A/ecosys] --after BUILD_B/ecosys \\
      [--data DIR] [--networks condmat,cordis] [--runs 3] [--threads 1] [--igraph] [--graph-tool]
      [--tool-runs N] [--variants undirected,directed,weighted]

--before/--after: two ecosys binaries (e.g. one built from main, one from a branch);
without --before only --after is timed.
--igraph: also time `Graph.betweenness()` of python-igraph (Debian python3-igraph) as a
whole process reading the same ties (an edge list written here), RUNS times, run by
--python (default /usr/bin/python3, Debian's, as bench/run.sh).
--graph-tool: likewise `graph_tool.centrality.betweenness` (Debian python3-graph-tool) as a
whole process, on --threads OpenMP threads (OMP_WAIT_POLICY=passive, see
the shared PERFORMANCE.md's lesson on OpenMP spin-waiting).
--variants: undirected (the default); directed (`--directed`: every tie as two arcs, the
tools likewise); weighted (`--weighted`: the length of a tie is 1/weight, its weight the
shared projects on CORDIS and 1 on ca-CondMat; the tools get the same lengths). On
ca-CondMat the values of igraph and graph-tool (written by their last run) are compared
with ecosys's (after), as raw pair counts. Each process's processor seconds are shown
beside its wall seconds.
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
    edges = sorted(edges)
    return list(ids), edges, [1] * len(edges)


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
    shared = defaultdict(int)  # shared projects of each pair, the weight `--ties` gives
    for group in members.values():
        g = sorted(group)
        for i, u in enumerate(g):
            for v in g[i + 1:]:
                shared[(u, v)] += 1
    edges = sorted(shared)
    return list(ids), edges, [shared[e] for e in edges]


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


# argv: EDGES N DIRECTED WEIGHTED [OUT]. EDGES holds "u v weight" lines; directed, each
# tie is two arcs; weighted, the length of a tie is 1/weight as ecosys --weighted takes it.
IGRAPH = r"""
import sys, igraph
rows = [l.split() for l in open(sys.argv[1])]
directed, weighted = sys.argv[3] == "1", sys.argv[4] == "1"
edges = [(int(u), int(v)) for u, v, _ in rows]
lengths = [1.0 / float(w) for _, _, w in rows]
if directed:
    edges += [(v, u) for u, v in edges]
    lengths += lengths
g = igraph.Graph(n=int(sys.argv[2]), edges=edges, directed=directed)
b = g.betweenness(directed=directed, weights=lengths if weighted else None)
if len(sys.argv) > 5:
    open(sys.argv[5], "w").write("\n".join(repr(x) for x in b))
"""

# argv: EDGES N DIRECTED WEIGHTED THREADS [OUT]; values written as raw pair counts.
GRAPH_TOOL = r"""
import sys, graph_tool, graph_tool.centrality
graph_tool.openmp_set_num_threads(int(sys.argv[5]))
n = int(sys.argv[2])
directed, weighted = sys.argv[3] == "1", sys.argv[4] == "1"
rows = [l.split() for l in open(sys.argv[1])]
g = graph_tool.Graph(directed=directed)
g.add_vertex(n)
arcs = [(int(u), int(v), 1.0 / float(w)) for u, v, w in rows]
if directed:
    arcs += [(v, u, d) for u, v, d in arcs]
length = g.new_edge_property("double")
g.add_edge_list(arcs, eprops=[length])
vb, eb = graph_tool.centrality.betweenness(g, weight=length if weighted else None)
if len(sys.argv) > 6:
    # graph-tool divides by the ordered pairs of other vertices, halved when undirected
    scale = (n - 1) * (n - 2) / (1.0 if directed else 2.0)
    open(sys.argv[6], "w").write("\n".join(repr(x * scale) for x in vb.a))
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


def time_ecosys(args, net, work, name, label, extra):
    """RUNS runs of each build (alternating when there are two); prints the medians and
    returns the after build's median wall and processor seconds and its last output."""
    builds = (["before"] if args.before else []) + ["after"]
    seconds = {b: [] for b in builds}
    cpu = {b: [] for b in builds}
    outputs = {}
    for run in range(args.runs):
        for build in builds:
            ecosys = args.before if build == "before" else args.after
            out = os.path.join(work, "%s-%s-%s.json" % (name, label, build))
            cmd = [ecosys, "metrics", net, "--only", "betweenness", "--format", "json", "-q",
                   "--threads", str(args.threads), "-o", out] + extra
            seconds[build].append(timed(cmd))
            cpu[build].append(CPU[-1])
            outputs[build] = out
    for build in builds:
        print("  %s %s, %d thread(s), ecosys %s: %s -> median %.2f s; processor seconds %s -> median %.2f"
              % (name, label, args.threads, build, " ".join("%.2f" % s for s in seconds[build]),
                 statistics.median(seconds[build]), " ".join("%.2f" % s for s in cpu[build]),
                 statistics.median(cpu[build])), flush=True)
    a, ca = statistics.median(seconds["after"]), statistics.median(cpu["after"])
    if args.before:
        b, cb = statistics.median(seconds["before"]), statistics.median(cpu["before"])
        diff = largest_relative_difference(betweenness_of(outputs["before"]), betweenness_of(outputs["after"]))
        print("  %s %s: after/before %.2f (wall), %.2f (processor); largest relative difference of betweenness %.1e"
              % (name, label, a / b, ca / cb, diff), flush=True)
    return a, ca, outputs["after"]


def time_tools(args, work, name, label, names, edge_file, ecosys_wall, ecosys_cpu, ecosys_out):
    """python-igraph and graph-tool as whole processes on the same ties, alternating; the
    ratios of ecosys (after) to each, and on condmat the largest difference of the values."""
    directed, weighted = ("1" if label == "directed" else "0"), ("1" if label == "weighted" else "0")
    env = dict(os.environ, OMP_WAIT_POLICY="passive", OMP_NUM_THREADS=str(args.threads))
    tools = ([("igraph", IGRAPH, [])] if args.igraph else []) + \
        ([("graph-tool", GRAPH_TOOL, [str(args.threads)])] if args.graph_tool else [])
    times = {tool: [] for tool, _, _ in tools}
    cpus = {tool: [] for tool, _, _ in tools}
    values = {}
    tool_runs = args.tool_runs or args.runs
    for run in range(tool_runs):  # the tools alternate too
        for tool, script, extra in tools:
            out = os.path.join(work, "%s-%s-%s.values" % (name, label, tool)) if run == tool_runs - 1 else None
            cmd = [args.python, "-c", script, edge_file, str(len(names)), directed, weighted] + extra + \
                ([out] if out else [])
            times[tool].append(timed(cmd, env))
            cpus[tool].append(CPU[-1])
            if out:
                values[tool] = read_values(out)
    for tool, _, _ in tools:
        print("  %s %s %s (whole process, reading an edge list, %d thread(s)): %s -> median %.2f s"
              % (name, label, tool, args.threads, " ".join("%.2f" % s for s in times[tool]),
                 statistics.median(times[tool])), flush=True)
        print("    processor seconds %s -> median %.2f; ecosys after / %s %.3f (processor), %.3f (wall)"
              % (" ".join("%.2f" % s for s in cpus[tool]), statistics.median(cpus[tool]), tool,
                 ecosys_cpu / statistics.median(cpus[tool]), ecosys_wall / statistics.median(times[tool])),
              flush=True)
    if name != "condmat":
        return  # the imported networks' actor ids are not the edge list's numbers
    # ecosys writes normalised betweenness; back to pair counts (ordered pairs when directed)
    ours = betweenness_of(ecosys_out)
    n = len(names)
    scale = (n - 1) * (n - 2) / (1.0 if label == "directed" else 2.0)
    for tool in values:
        worst = 0.0
        for i, a in enumerate(names):
            x, y = ours[a] * scale, values[tool][i]
            if x != y:
                worst = max(worst, abs(x - y) / max(abs(x), abs(y)))
        print("  %s %s: largest relative difference of ecosys (after) and %s: %.1e" % (name, label, tool, worst),
              flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", help="an ecosys binary to compare with (e.g. built from main); without it only --after runs")
    ap.add_argument("--after", required=True, help="the ecosys binary measured")
    ap.add_argument("--data", default=os.environ.get("ECOSYS_DATA", os.path.join(REPO, "..", "shared", "data")))
    ap.add_argument("--networks", default="condmat,cordis")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--igraph", action="store_true")
    ap.add_argument("--graph-tool", action="store_true", help="also time graph-tool's betweenness")
    ap.add_argument("--tool-runs", type=int, help="runs of igraph and graph-tool (default: --runs)")
    ap.add_argument("--variants", default="undirected",
                    help="comma-separated: undirected, directed (every tie as two arcs), weighted "
                         "(length 1/weight; CORDIS's weight is the shared projects, ca-CondMat's 1)")
    ap.add_argument("--python", default="/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable,
                    help="the python with igraph (default: Debian's, where python3-igraph lives)")
    args = ap.parse_args()
    flags = {"undirected": [], "directed": ["--directed"], "weighted": ["--weighted"]}
    for label in args.variants.split(","):
        if label not in flags:
            sys.exit("betweenness_twins: unknown variant %r (undirected, directed or weighted)" % label)

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
            names, edges, weights = read
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
            edge_file = os.path.join(work, name + ".edges")
            with open(edge_file, "w") as f:
                for (u, v), w in zip(edges, weights):
                    f.write("%d %d %d\n" % (u, v, w))
            for label in args.variants.split(","):
                wall, cpu, out = time_ecosys(args, net, work, name, label, flags[label])
                if args.igraph or args.graph_tool:
                    time_tools(args, work, name, label, names, edge_file, wall, cpu, out)
    print("load average at end: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
