#!/usr/bin/env bash
# End-to-end checks of the ecosys program: exit codes, exact messages, and that
# nothing is written when the input is bad.  Usage: cli_test.sh ECOSYS REPO_ROOT
set -uo pipefail
ecosys="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME EXPECTED_EXIT_CODE COMMAND...
  local name="$1" want="$2"
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name: exit $got, expected $want"
    sed 's/^/  stderr: /' "$work/err" | head -5
  fi
}

contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$work/$2"; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    echo "FAIL: $1: $2 does not contain '$3'"
    sed 's/^/  /' "$work/$2" | head -5
  fi
}

check "help" 0 "$ecosys" --help
contains "help lists commands" out "validate"
check "version" 0 "$ecosys" --version
contains "version" out "ecosys "
check "no command" 2 "$ecosys"
check "unknown command" 2 "$ecosys" valdate x
contains "unknown command suggests" err "unknown command 'valdate' (did you mean 'validate'?)"
check "unknown option" 2 "$ecosys" info --frobnicate "$root/networks/japan-innovation.json"
check "info help" 0 "$ecosys" info --help

for net in "$root"/networks/*.json; do
  check "validate $(basename "$net")" 0 "$ecosys" validate "$net"
  check "info $(basename "$net")" 0 "$ecosys" info "$net"
done
check "info json" 0 "$ecosys" info --format json "$root/networks/japan-innovation.json"
contains "info json" out '"actors": '

# Every broken input: exit 1 and exactly the expected messages, file:line:col first.
cd "$root/tests/data"
for bad in bad/*; do
  case "$bad" in *.expected) continue ;; esac
  expected="${bad%.json}.expected"
  check "validate $bad" 1 "$ecosys" validate -q "$bad"
  if ! diff -q "$work/err" "$expected" >/dev/null; then
    failed=$((failed + 1))
    echo "FAIL: messages for $bad differ:"
    diff "$work/err" "$expected" | head -10
  else
    passed=$((passed + 1))
  fi
  check "info refuses $bad" 1 "$ecosys" info "$bad"
done
# Several files at once: one bad one makes the whole run fail, every file is reported.
check "validate several" 1 "$ecosys" validate "$root/networks/japan-innovation.json" bad/empty.json
contains "validate several" out "japan-innovation.json: valid"
contains "validate several" out "bad/empty.json: invalid (1 error)"

# Commands that write files write nothing for a bad network.
check "metrics refuses bad input" 1 "$ecosys" metrics bad/duplicate_actor.json -o "$work/m.json"
if [ -e "$work/m.json" ]; then failed=$((failed + 1)); echo "FAIL: metrics wrote output for bad input"; else passed=$((passed + 1)); fi

# metrics: usage errors are exit 2 with a suggestion; -o writes a whole file.
japan="$root/networks/japan-innovation.json"
check "metrics unknown metric" 2 "$ecosys" metrics "$japan" --only betweeness
contains "metrics unknown metric" err "did you mean 'betweenness'?"
check "metrics unknown region" 2 "$ecosys" metrics "$japan" --region tohok
contains "metrics unknown region" err "did you mean 'tohoku'?"
check "metrics bad scope" 2 "$ecosys" metrics "$japan" --scope world
check "metrics json to file" 0 "$ecosys" metrics -q "$japan" --format json -o "$work/written/m.json"
if grep -q '"regions"' "$work/written/m.json" && [ "$(ls -A "$work/written")" = "m.json" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL: metrics -o did not write a whole file alone"; fi
check "metrics csv" 0 "$ecosys" metrics -q "$japan" --format csv --only betweenness
contains "metrics csv header" out "record,id,name,sector,region,betweenness"
check "metrics table" 0 "$ecosys" metrics -q "$japan" --region tohoku --only degree,density
contains "metrics table region" out "東北 Tohoku"
if "$ecosys" render --help >/dev/null 2>&1; then
  check "render refuses bad input" 1 "$ecosys" render bad/duplicate_actor.json -o "$work/r.svg"
  if [ -e "$work/r.svg" ]; then failed=$((failed + 1)); echo "FAIL: render wrote output for bad input"; else passed=$((passed + 1)); fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
