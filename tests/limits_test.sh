#!/usr/bin/env bash
# Size limits of the command line (docs/robustness.md): a file of several GiB is
# refused before it is read, and a device without end stops at the limit, each
# with a clear message and exit 1, quickly and without using the memory.
# Usage: limits_test.sh ECOSYS REPO_ROOT
set -uo pipefail
ecosys="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

check() {  # check NAME EXPECTED_EXIT_CODE EXPECTED_STDERR COMMAND...
  local name="$1" want="$2" message="$3"
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass; else fail "$name: exit $got, expected $want"; fi
  if [ "$(cat "$work/err")" = "$message" ]; then pass; else
    fail "$name: stderr is '$(head -c 400 "$work/err")', expected '$message'"
  fi
}

# Sparse files: 3 GiB long, no disk used. Memory is capped at 1 GiB, so a reader
# that loaded the file would fail rather than pass (unless the build cannot run
# under a cap: AddressSanitizer reserves terabytes of address space).
cap=""
if (ulimit -v 1048576; "$ecosys" --version) >/dev/null 2>&1; then cap="ulimit -v 1048576;"; fi
truncate -s 3G "$work/huge.json"
check "a 3 GiB JSON file" 1 \
  "$work/huge.json: error: the file is 3072 MiB, more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  bash -c "$cap"' "$0" validate "$1"' "$ecosys" "$work/huge.json"
mkdir -p "$work/folder"
printf 'id,sector\na,industry\n' >"$work/folder/actors.csv"
truncate -s 3G "$work/folder/ties.csv"
check "a 3 GiB table in a CSV folder" 1 \
  "$work/folder/ties.csv: error: the file is 3072 MiB, more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  bash -c "$cap"' "$0" validate "$1"' "$ecosys" "$work/folder"
truncate -s 3G "$work/huge.graphml"
check "a 3 GiB GraphML file" 1 \
  "$work/huge.graphml: error: the file is 3072 MiB, more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  bash -c "$cap"' "$0" validate "$1"' "$ecosys" "$work/huge.graphml"
# A device that never ends is read up to the limit, then refused.
check "an endless device" 1 \
  "/dev/zero: error: the input is more than the 1024 MiB ecosys reads (a file is held in memory whole while read); split the network, e.g. by region" \
  "$ecosys" validate --input-format json /dev/zero

echo "limits: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
