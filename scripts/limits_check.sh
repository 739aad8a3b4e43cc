#!/usr/bin/env bash
# The scale limit of docs/robustness.md, too slow for the test suite: generates a
# network of 10^6 actors and 10^6 ties (JSON, about 94 MB) and times reading it
# (ecosys validate) and a linear metric (degree), with the peak memory.
#   scripts/limits_check.sh [ECOSYS]     default: build/release/ecosys (scripts/setup.sh demo)
set -euo pipefail
cd "$(dirname "$0")/.."
ecosys="${1:-build/release/ecosys}"
[ -x "$ecosys" ] || ecosys="$(scripts/setup.sh demo | tail -n 1)/ecosys"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work/million.json" <<'PY'
import sys
n = 10**6
sectors = ("industry", "academia", "government", "finance")
with open(sys.argv[1], "w") as f:
    f.write('{"actors": [\n')
    f.write(",\n".join('{"id": "a%d", "sector": "%s", "region": "r%d"}' % (i, sectors[i % 4], i % 50) for i in range(n)))
    f.write('],\n"ties": [\n')
    f.write(",\n".join('{"source": "a%d", "target": "a%d"}' % (i, (i * 7919 + 1) % n) for i in range(n)))
    f.write("]}\n")
PY
echo "limits: $(du -h "$work/million.json" | cut -f1) JSON, 10^6 actors, 10^6 ties"
measure() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "limits: %e s wall, %U s user, %M KB peak: $*" "$@" >/dev/null
  else
    time "$@" >/dev/null
  fi
}
measure "$ecosys" validate "$work/million.json"
measure "$ecosys" metrics -q "$work/million.json" --only degree --format csv
