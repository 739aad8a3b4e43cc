#!/usr/bin/env bash
# Whole-job timings of two ecosys binaries on one network, for the targets of issue 13:
# each job is run RUNS times with each binary, alternating (before, after, then after,
# before, ...), each run a fresh process timed by /usr/bin/time (wall seconds, peak RSS).
# Outputs go to a temporary folder, deleted after every run.
#
# Usage (from anywhere):
#   bench/jobs/run.sh BEFORE_BIN AFTER_BIN NETWORK [RUNS]      # RUNS default 3
#   JOBS="metrics_region metrics_degree" bench/jobs/run.sh old/ecosys new/ecosys net.json
#
# Jobs (JOBS, space-separated; default: all but compare_samples):
#   compare              compare NETWORK                     (default options: 100 samples)
#   compare_nosamples    compare NETWORK --samples 0
#   compare_samples      compare NETWORK --samples $SAMPLES  (the synthetic 10^6 target)
#   metrics              metrics NETWORK                     (default keys)
#   metrics_region       metrics NETWORK --region $REGION    (default keys)
#   metrics_region_nowhole  the same with --no-whole (issue 13's new option; n/a before it)
#   metrics_degree       metrics NETWORK --only degree       (~ loading the network)
#   metrics_betweenness  metrics NETWORK --only betweenness  (one exact betweenness)
#   report               report NETWORK
#   render               render NETWORK --all-regions, then render NETWORK --overview
#                        (two processes: seconds summed, peak RSS the larger)
# Environment:
#   RUNS via the 4th argument; TIMEOUT=900 seconds per process (a run over it counts as
#   ">TIMEOUT" and the job's remaining runs of that binary are skipped);
#   SKIP_BEFORE="compare ..." / SKIP_AFTER="..." jobs not to run with that binary;
#   THREADS=2 passed as --threads to every command whose --help offers it (empty: the
#   binary's default); REGION=SI; SAMPLES=20.
# A job using an option that a binary's `COMMAND --help` does not list prints "n/a" for it.
#
# Prints the load average (uptime) at the start and at the end, one Markdown row per job
# (median wall seconds before and after, after/before, peak RSS MiB, every run's seconds),
# and the issue 13 ratios computed from the medians. Progress goes to stderr.
set -euo pipefail

if [[ $# -lt 3 || $# -gt 4 ]]; then
  sed -n '2,34p' "$0" >&2
  exit 2
fi
before_bin="$1" after_bin="$2" network="$3" runs="${4:-3}"
all_jobs="compare compare_nosamples metrics metrics_region metrics_region_nowhole metrics_degree metrics_betweenness report render"
jobs="${JOBS:-$all_jobs}"
timeout_s="${TIMEOUT:-900}"
threads="${THREADS-2}"
region="${REGION:-SI}"
samples="${SAMPLES:-20}"
skip_before=" ${SKIP_BEFORE:-} "
skip_after=" ${SKIP_AFTER:-} "

for b in "$before_bin" "$after_bin"; do
  [[ -x "$b" ]] || { echo "run.sh: $b is not an executable" >&2; exit 2; }
done
[[ -e "$network" ]] || { echo "run.sh: no network $network" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "run.sh: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: RUNS must be a positive number" >&2; exit 2; }
for j in $jobs; do
  [[ " $all_jobs compare_samples " == *" $j "* ]] || { echo "run.sh: unknown job '$j'; jobs: $all_jobs compare_samples" >&2; exit 2; }
done

export OMP_WAIT_POLICY=passive  # ../shared/PERFORMANCE.md: spinning threads are pathological here
tmp="$(mktemp -d "${TMPDIR:-/tmp}/ecosys-jobs.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# --- Jobs: the arguments after the binary; a second command for two-process jobs.
set_job() {  # set_job JOB DIR: fills cmd_a (and cmd_b)
  local d="$2"
  cmd_a=() cmd_b=()
  case "$1" in
    compare) cmd_a=(compare "$network" -o "$d/compare.txt") ;;
    compare_nosamples) cmd_a=(compare "$network" --samples 0 -o "$d/compare.txt") ;;
    compare_samples) cmd_a=(compare "$network" --samples "$samples" -o "$d/compare.txt") ;;
    metrics) cmd_a=(metrics "$network" -o "$d/metrics.txt") ;;
    metrics_region) cmd_a=(metrics "$network" --region "$region" -o "$d/metrics.txt") ;;
    metrics_region_nowhole) cmd_a=(metrics "$network" --region "$region" --no-whole -o "$d/metrics.txt") ;;
    metrics_degree) cmd_a=(metrics "$network" --only degree -o "$d/metrics.txt") ;;
    metrics_betweenness) cmd_a=(metrics "$network" --only betweenness -o "$d/metrics.txt") ;;
    report) cmd_a=(report "$network" -o "$d/report.html") ;;
    render)
      cmd_a=(render "$network" --all-regions -o "$d/regions/")
      cmd_b=(render "$network" --overview -o "$d/overview.svg")
      ;;
  esac
}

help_of() {  # help_of BIN COMMAND: the command's --help, cached
  local f="$tmp/help.$(printf '%s' "$1" | cksum | cut -d' ' -f1).$2"
  [[ -f "$f" ]] || "$1" "$2" --help >"$f" 2>&1 || true
  cat "$f"
}

supports() {  # supports BIN ARGS...: every --option of ARGS is in the command's --help
  local bin="$1" help a
  help="$(help_of "$bin" "$2")"
  shift
  for a in "$@"; do
    [[ "$a" == --* ]] || continue
    grep -qE -- "(^|[ ,])${a%%=*}([ =,]|\$)" <<<"$help" || return 1
  done
}

with_threads() {  # with_threads BIN ARGS...: prints ARGS (one per line) plus --threads N when offered
  local bin="$1"
  shift
  printf '%s\n' "$@"
  if [[ -n "$threads" ]] && supports "$bin" "$1" --threads; then printf '%s\n' --threads "$threads"; fi
}

measure() {  # measure BIN ARGS...: adds to m_time, raises m_rss (KiB); m_status ok|timeout|fail
  local bin="$1" rc=0 args=()
  shift
  mapfile -t args < <(with_threads "$bin" "$@")
  timeout -k 10 "$timeout_s" /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" "${args[@]}" \
    >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    m_status=timeout
    return
  elif [[ $rc -ne 0 ]]; then
    m_status="fail"
    {
      echo "run.sh: exit $rc: $(basename "$bin") ${args[*]}"
      tail -n 5 "$tmp/stderr"
    } >&2
    return
  fi
  local t k
  read -r t k < <(tail -n 1 "$tmp/time")
  m_time="$(awk -v a="$m_time" -v b="$t" 'BEGIN { printf "%.2f", a + b }')"
  ((k > m_rss)) && m_rss=$k
  return 0
}

median() {  # median NUMBERS...
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A times rss state med
echo "## ecosys whole jobs (bench/jobs/run.sh)"
echo
echo "- network: $network ($(du -h "$network" | cut -f1))"
echo "- before: $before_bin ($("$before_bin" --version 2>/dev/null | head -n 1 || echo '?'))"
echo "- after: $after_bin ($("$after_bin" --version 2>/dev/null | head -n 1 || echo '?'))"
echo "- $(nproc) hardware threads; --threads ${threads:-default}; $runs runs each, alternating; timeout ${timeout_s} s"
echo "- load at start: $(uptime)"
echo

for job in $jobs; do
  for side in before after; do
    times[$job,$side]="" rss[$job,$side]=0
    state[$job,$side]=ok
    bin="$before_bin"
    [[ $side == after ]] && bin="$after_bin"
    set_job "$job" "$tmp/out"
    if [[ $side == before && "$skip_before" == *" $job "* ]] || [[ $side == after && "$skip_after" == *" $job "* ]]; then
      state[$job,$side]=skipped
    elif ! supports "$bin" "${cmd_a[@]}" || { ((${#cmd_b[@]})) && ! supports "$bin" "${cmd_b[@]}"; }; then
      state[$job,$side]=n/a
    fi
  done
  for ((r = 1; r <= runs; r++)); do
    order="before after"
    ((r % 2 == 0)) && order="after before"
    for side in $order; do
      [[ ${state[$job,$side]} == ok ]] || continue
      bin="$before_bin"
      [[ $side == after ]] && bin="$after_bin"
      rm -rf "$tmp/out" && mkdir -p "$tmp/out"
      set_job "$job" "$tmp/out"
      m_time=0 m_rss=0 m_status=ok
      measure "$bin" "${cmd_a[@]}"
      if [[ $m_status == ok ]] && ((${#cmd_b[@]})); then measure "$bin" "${cmd_b[@]}"; fi
      rm -rf "$tmp/out"
      if [[ $m_status != ok ]]; then
        state[$job,$side]=$m_status
        echo "run.sh: $job $side run $r: $m_status" >&2
        continue
      fi
      times[$job,$side]+="$m_time "
      ((m_rss > ${rss[$job,$side]})) && rss[$job,$side]=$m_rss
      echo "run.sh: $job $side run $r: $m_time s, $((m_rss / 1024)) MiB (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    done
  done
done

cell() {  # cell JOB SIDE: the median, or why there is none
  local j="$1" s="$2"
  case "${state[$j,$s]}" in
    ok) median ${times[$j,$s]} ;;
    timeout) echo ">${timeout_s}" ;;
    fail) echo "failed" ;;
    *) echo "${state[$j,$s]}" ;;
  esac
}

mib() {  # mib JOB SIDE: peak RSS in MiB
  if [[ ${state[$1,$2]} == ok ]]; then echo $((${rss[$1,$2]} / 1024)); else echo "–"; fi
}

echo "| job | before s | after s | after/before | peak MiB before | peak MiB after | runs before | runs after |"
echo "|---|---|---|---|---|---|---|---|"
for job in $jobs; do
  b="$(cell "$job" before)" a="$(cell "$job" after)"
  med[$job,before]="" med[$job,after]=""
  [[ ${state[$job,before]} == ok ]] && med[$job,before]="$b"
  [[ ${state[$job,after]} == ok ]] && med[$job,after]="$a"
  ratio="–"
  if [[ -n "${med[$job,before]}" && -n "${med[$job,after]}" ]]; then
    ratio="$(awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }')"
  fi
  runs_b="${times[$job,before]% }" runs_a="${times[$job,after]% }"
  echo "| $job | $b | $a | $ratio | $(mib "$job" before) | $(mib "$job" after) | ${runs_b// /, } | ${runs_a// /, } |"
done
echo

# --- Issue 13's targets, from the medians (only those whose jobs ran).
target() {  # target TEXT EXPR LIMIT JOB...: the value of EXPR (awk, over x1, x2 ...) per binary
  local text="$1" expr="$2" limit="$3" side out="" v shown=0
  shift 3
  for side in before after; do
    local vars=() i=1 j missing=0
    for j in "$@"; do
      [[ -n "${med[$j,$side]:-}" ]] || missing=1
      vars+=(-v "x$i=${med[$j,$side]:-0}")
      i=$((i + 1))
    done
    if ((missing)); then
      out+=" $side –;"
    elif v="$(awk "${vars[@]}" "BEGIN { printf \"%.2f\", $expr }" 2>/dev/null)"; then
      out+=" $side $v ($(awk -v v="$v" -v l="$limit" 'BEGIN { print (v <= l) ? "met" : "not met" }'));"
      shown=1
    else
      out+=" $side – (a time of 0);"
    fi
  done
  if ((shown)); then echo "- $text ≤ $limit:${out%;}"; fi
}
echo "Targets of issue 13 whose jobs ran (medians; met = at or under the limit):"
echo
target "compare (s)" "x1" 120 compare
target "compare / metrics_betweenness" "x1 / x2" 3 compare metrics_betweenness
target "compare_nosamples / metrics" "x1 / x2" 1.2 compare_nosamples metrics
target "metrics_region (s)" "x1" 1 metrics_region
target "metrics_region / metrics_degree" "x1 / x2" 3 metrics_region metrics_degree
target "report / (compare + render)" "x1 / (x2 + x3)" 1.1 report compare render
echo
echo "- load at end: $(uptime)"
