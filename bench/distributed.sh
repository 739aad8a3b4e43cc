#!/usr/bin/env bash
# Exact betweenness (and closeness, harmonic) shared among MPI processes on this
# machine (docs/distributed.md, bench/DISTRIBUTED.md): 1 process x 1 thread,
# 2 processes x 1 thread, 1 process x 2 threads, on each NETWORK given.
#
#   bench/distributed.sh ECOSYS NETWORK... [-- METRICS-OPTIONS]
#
# ECOSYS must be built with MPI (scripts/setup.sh installs Open MPI). For each
# network and layout: the load average before the run, the wall seconds of the
# whole process (loading included), the kernel seconds of process 0 (--stats), and
# under mpirun each process's share, busy, wait and reduction seconds and the bytes
# summed. Runs as root need OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1.
# Default metrics: --only betweenness.
set -euo pipefail
ecosys="$1"
shift
nets=()
while (($#)) && [[ "$1" != "--" ]]; do nets+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
opts=("$@")
((${#opts[@]})) || opts=(--only betweenness)
mpirun="$(command -v mpirun || true)"
[[ -n "$mpirun" ]] || { echo "distributed: no mpirun (scripts/setup.sh installs openmpi-bin)" >&2; exit 2; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/ecosys-dist.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

run() {  # run LABEL COMMAND...: wall seconds and the --stats lines
  local label="$1"
  shift
  local load start end
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s.%N)
  "$@" >"$tmp/out" 2>"$tmp/err"
  end=$(date +%s.%N)
  printf '%-24s wall %7.2f s   (load average before: %s)\n' "$label" "$(echo "$end - $start" | bc)" "$load"
  awk 'NF == 3 && /^(betweenness|closeness|harmonic|graph) / { print "    " $0 }' "$tmp/err"
  sed -n '/^shared step/,$p' "$tmp/err" | sed 's/^/    /'
}

for net in "${nets[@]}"; do
  echo "== $net  (${opts[*]})"
  run "1 process x 1 thread" "$ecosys" metrics "$net" -q --stats --format json --threads 1 "${opts[@]}"
  run "2 processes x 1 thread" "$mpirun" --oversubscribe --bind-to none -np 2 \
    "$ecosys" metrics "$net" -q --stats --format json --threads 1 "${opts[@]}"
  run "1 process x 2 threads" "$ecosys" metrics "$net" -q --stats --format json --threads 2 "${opts[@]}"
done
