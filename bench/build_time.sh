#!/usr/bin/env bash
# Times a fresh build as scripts/demo.sh does it (scripts/setup.sh demo: Release, the
# library, the program and the Python module, tests off) of one or more commits, each
# exported into an empty folder so nothing is reused. Packages must already be
# installed (run scripts/setup.sh packages first). Prints the load average before each
# build, its wall time, processor time (user + sys) and the compiler's peak memory.
#   bench/build_time.sh                # HEAD
#   bench/build_time.sh 6392f2f HEAD   # two commits, one after the other
set -euo pipefail
cd "$(dirname "$0")/.."
commits=("$@")
((${#commits[@]})) || commits=(HEAD)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-10s %-22s %9s %9s %12s\n' commit "load (1/5/15 min)" "wall s" "cpu s" "peak MB"
for c in "${commits[@]}"; do
  rm -rf "$work/src" && mkdir -p "$work/src"
  git archive "$c" | tar -x -C "$work/src"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time" \
    bash -c 'cd "$1" && scripts/setup.sh demo >/dev/null 2>"$1/build.log"' _ "$work/src" ||
    { echo "build_time: the build of $c failed:" >&2; tail -n 20 "$work/src/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  # %M of the shell is its largest child's peak: the heaviest compiler process.
  read -r user sys peak <"$work/time"
  printf '%-10s %-22s %9.0f %9.0f %12.0f\n' "$(git rev-parse --short "$c")" "$load" \
    "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$(echo "$peak / 1024" | bc)"
done
