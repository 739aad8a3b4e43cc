#!/usr/bin/env bash
# Side-by-side benchmark of ecosys against igraph, graph-tool and NetworkX (issue 7).
# Not a test: it takes minutes (--quick) to an hour (--full) and needs a quiet machine.
#
#   bench/run.sh [--quick | --full] [--install] [--before REV] [--reps N] [--anchor-reps N]
#                [--graphs "sbm-1e4 ba-1e4"] [--ops betweenness,pagerank] [--threads 1,2]
#
#   --install     install the anchors from Debian first (apt-get; needs root)
#   --before REV  also measure the library as of git revision REV (e.g. HEAD~1) with
#                 the same driver: a before/after column
#   --graphs      graph names (bench/graphs/NAME, generated when missing) instead of
#                 the suite's; --ops, --threads, --reps are passed to compare.py
#   --anchor-reps repetitions of the slow anchors (graph-tool, NetworkX), default 1
#
# Prints the machine, the versions, then one Markdown table row per graph and
# operation: median seconds measured inside each process around the call, peak
# resident memory, and the ratio ecosys/anchor. Every run also goes to
# bench/results/runs-<date>.jsonl. Graphs come from bench/generate.py (seeded) and
# the real collaboration network from ../shared/data (ECOSYS_DATA overrides).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

suite=quick install=0 before="" reps=3 anchor_reps=1 graphs="" ops="" threads="1,2"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) suite=quick ;;
    --full) suite=full ;;
    --install) install=1 ;;
    --before) before="$2"; shift ;;
    --reps) reps="$2"; shift ;;
    --anchor-reps) anchor_reps="$2"; shift ;;
    --graphs) graphs="$2"; shift ;;
    --ops) ops="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

py=/usr/bin/python3  # Debian's python, where python3-igraph and friends live

# --- The anchors: a bench-only install step (scripts/setup.sh does not need them).
anchor_packages=(python3-igraph python3-graph-tool python3-networkx python3-scipy python3-numpy graphviz)
missing=()
for p in "${anchor_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $install -eq 1 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "run.sh: missing ${missing[*]}; run with --install (as root) or apt-get install them" >&2
    exit 2
  fi
fi

# --- Build the driver in Release (and, with --before, the same driver over REV).
jobs=2
cmake -S bench -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j"$jobs" --target ecosys_bench >/dev/null
before_args=()
if [[ -n "$before" ]]; then
  src="build-bench-before/src"
  rm -rf "$src" && mkdir -p "$src"
  git archive "$before" | tar -x -C "$src"
  rm -rf "$src/bench" && cp -r bench "$src/bench"
  cmake -S "$src/bench" -B build-bench-before/build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-bench-before/build -j"$jobs" --target ecosys_bench >/dev/null
  before_args=(--before build-bench-before/build/ecosys_bench)
fi

# --- The graphs (generated once, kept in bench/graphs, never committed).
data="${ECOSYS_DATA:-$root/../shared/data}"
gen() {  # gen NAME: makes bench/graphs/NAME unless it is there
  local name="$1" dir="$here/graphs/$1"
  [[ -f "$dir/meta.json" ]] && return 0
  case "$name" in
    condmat) "$py" bench/generate.py real "$data/snap-ca-condmat/CA-CondMat.txt" --name condmat ;;
    grqc) "$py" bench/generate.py real "$data/snap-ca-grqc/CA-GrQc.txt" --name grqc ;;
    sbm-1e6) "$py" bench/generate.py sbm 1e6 --json ;;
    *-*) "$py" bench/generate.py "${name%%-*}" "${name#*-}" ;;
  esac
}

echo "## Machine"
echo
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) hardware threads"
echo "- memory: $(free -g | awk '/Mem:/ {print $2}') GiB; load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- $(. /etc/os-release && echo "$PRETTY_NAME"), $(g++ --version | head -1)"
echo "- ecosys $(git describe --always --dirty 2>/dev/null || echo unknown)${before:+, before = $before}"
"$py" - <<'EOF'
import igraph, graph_tool, networkx
print(f"- python-igraph {igraph.__version__}, graph-tool {graph_tool.__version__.split()[0]}, NetworkX {networkx.__version__}")
EOF
echo "- threads: ecosys and graph-tool with $threads (OMP_WAIT_POLICY=passive); igraph and NetworkX have one"
echo

run() {  # run "GRAPHS" OPS [extra compare.py options]
  local list=() g
  for g in $1; do gen "$g"; list+=("$here/graphs/$g"); done
  "$py" bench/compare.py "${list[@]}" --ops "${ops:-$2}" --reps "$reps" --anchor-reps "$anchor_reps" --threads "$threads" \
    --ecosys build-bench/ecosys_bench "${before_args[@]}" --json "$log" "${@:3}"
}

mkdir -p "$here/results"
log="$here/results/runs-$(date +%Y%m%d-%H%M%S).jsonl"
all_ops="load,betweenness,closeness,harmonic,pagerank,clustering,components,core,louvain"
if [[ -n "$graphs" ]]; then
  run "$graphs" "$all_ops,approx"
elif [[ $suite == quick ]]; then
  run "sbm-1e3 ba-1e3 sbm-1e4 ba-1e4" "$all_ops"
else
  have_real=""
  [[ -f "$data/snap-ca-condmat/CA-CondMat.txt" ]] && have_real="condmat"
  run "sbm-1e3 ba-1e3 sbm-1e4 ba-1e4 $have_real" "$all_ops"
  run "sbm-1e5 ba-1e5" "load,approx,pagerank,clustering,components,core,louvain" --epsilon 0.01 --timeout 300
  # 10^6: every ecosys run loads the 5·10^6 ties again (about 20 s), so one run each.
  run "sbm-1e6 ba-1e6" "load,load-json,approx,pagerank,louvain" \
    --epsilon 0.01 --tools igraph,graph-tool --threads 2 --reps 1 --timeout 300
fi
