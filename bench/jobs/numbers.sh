#!/usr/bin/env bash
# The numbers that must not change (issue 13, "Unchanged numbers"): for each network, the
# JSON output (every value at full precision) of
#   metrics NETWORK --format json              -> OUT_DIR/NAME.metrics.json   (default keys)
#   helix NETWORK --format json                -> OUT_DIR/NAME.helix.json
#   compare NETWORK --samples 0 --format json  -> OUT_DIR/NAME.compare.json   (by region)
# NAME is the network's file or folder name without its extension. Run it with the binary
# before a change and with the one after, then `diff -r BEFORE_OUT AFTER_OUT` lists every
# changed number (and nothing else when there is none).
#
# Usage (from anywhere):
#   bench/jobs/numbers.sh BIN OUT_DIR NETWORK...
#   bench/jobs/numbers.sh build/release/ecosys /tmp/numbers-after networks/*.json
# Environment: THREADS=N passes --threads N to metrics and compare (default: the binary's
# own default; the values do not depend on it); TIMEOUT=S stops a command after S seconds
# (default: none). A command that fails or times out writes NAME.COMMAND.failed (its exit
# status and its last lines of stderr) instead, so the diff shows that too. Prints the
# seconds each command took on stderr.
set -euo pipefail

if [[ $# -lt 3 ]]; then
  sed -n '2,18p' "$0" >&2
  exit 2
fi
bin="$1" out="$2"
shift 2
threads="${THREADS:-}"
timeout_s="${TIMEOUT:-0}"
[[ -x "$bin" ]] || { echo "numbers.sh: $bin is not an executable" >&2; exit 2; }
mkdir -p "$out"
export OMP_WAIT_POLICY=passive
err="$(mktemp "${TMPDIR:-/tmp}/ecosys-numbers.XXXXXX")"
trap 'rm -f "$err"' EXIT

declare -A seen
for net in "$@"; do
  [[ -e "$net" ]] || { echo "numbers.sh: no network $net" >&2; exit 2; }
  name="$(basename "${net%/}")"
  name="${name%.*}"
  if [[ -n "${seen[$name]:-}" ]]; then
    echo "numbers.sh: two networks named '$name' ($net and ${seen[$name]}); rename one" >&2
    exit 2
  fi
  seen[$name]="$net"
  for cmd in metrics helix compare; do
    args=("$cmd" "$net" --format json -o "$out/$name.$cmd.json")
    [[ $cmd == compare ]] && args+=(--samples 0)
    [[ -n "$threads" && $cmd != helix ]] && args+=(--threads "$threads")
    rm -f "$out/$name.$cmd.json" "$out/$name.$cmd.failed"
    start=$(date +%s.%N)
    rc=0
    timeout -k 10 "$timeout_s" "$bin" "${args[@]}" 2>"$err" || rc=$?
    seconds="$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
    if [[ $rc -ne 0 ]]; then
      rm -f "$out/$name.$cmd.json"
      { echo "exit $rc"; tail -n 5 "$err"; } >"$out/$name.$cmd.failed"
      echo "numbers.sh: $name $cmd: exit $rc after $seconds s (see $out/$name.$cmd.failed)" >&2
    else
      echo "numbers.sh: $name $cmd: $seconds s" >&2
    fi
  done
done
