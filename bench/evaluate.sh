#!/usr/bin/env bash
# Times `ecosys evaluate` on CORDIS Horizon 2020 2014-2022 (SEWP, EU-13 against EU-15,
# 2014-2016 vs 2019-2022, the demo's command) against one `ecosys compare --samples 0` of
# the same network, both whole processes, alternately (issue 25: evaluate <= 3x compare).
#
#   bench/evaluate.sh [ECOSYS] [REPS]
#
# ECOSYS defaults to build/test/ecosys (then build/release/ecosys); the data comes from
# ../shared/data (ECOSYS_DATA overrides) through scripts/import_cordis_2014_2022.sh. Prints
# the load average, the median wall seconds of REPS runs (default 3) of each command, their
# ratio, and the peak memory of one run of each (GNU time, when installed).
set -euo pipefail

source "$(dirname "$0")/common.sh" "${1:-}"
reps="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
net="$work/cordis-2014-2022.json"
"$root/scripts/import_cordis_2014_2022.sh" "$ecosys" "$net"

eu13=BG,CZ,EE,HR,CY,LV,LT,HU,MT,PL,RO,SI,SK
eu15=AT,BE,DK,FI,FR,DE,EL,IE,IT,LU,NL,PT,ES,SE,UK
evaluate=("$ecosys" evaluate -q "$net" --programme SEWP --treated "$eu13" --control "$eu15" --pre 2014-2016
          --post 2019-2022 --format json -o "$work/e.json")
evaluate_es=("${evaluate[@]}" --event-study)
compare=("$ecosys" compare -q "$net" --samples 0 --format json -o "$work/c.json")

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
ev=() es=() co=()
for _ in $(seq "$reps"); do
  ev+=("$(seconds "${evaluate[@]}")")
  es+=("$(seconds "${evaluate_es[@]}")")
  co+=("$(seconds "${compare[@]}")")
done
e=$(median "${ev[@]}"); s=$(median "${es[@]}"); c=$(median "${co[@]}")
echo "evaluate:               median ${e} s of ${reps} (runs: ${ev[*]})"
echo "evaluate --event-study: median ${s} s of ${reps} (runs: ${es[*]})"
echo "compare --samples 0:    median ${c} s of ${reps} (runs: ${co[*]})"
echo "ratio evaluate / compare: $(echo "scale=3; $e / $c" | bc); with --event-study: $(echo "scale=3; $s / $c" | bc)"
if [ -x /usr/bin/time ]; then
  for name in evaluate compare; do
    if [ "$name" = evaluate ]; then cmd=("${evaluate[@]}"); else cmd=("${compare[@]}"); fi
    /usr/bin/time -f "$name peak memory: %M KiB" "${cmd[@]}" 2>&1 >/dev/null | tail -n 1
  done
fi
