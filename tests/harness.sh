# The harness of the end-to-end test scripts (cli_test.sh, selection_cli_test.sh,
# limits_test.sh, output_integrity_test.sh, render/render_cli_test.sh), sourced as
#   source "$(dirname "$0")/harness.sh" ECOSYS REPO_ROOT
# It sets `ecosys` and `root` (absolute), `work` (a temporary folder removed on exit)
# and the counts `passed` and `failed`; each check below adds to one of them, and
# `finish NAME` prints the counts and fails the script if any check failed.
set -uo pipefail
ecosys="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$2" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# A FILE of the checks: an absolute path as given, else a path inside $work.
in_work() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s' "$work/$1" ;; esac; }

check() {  # check NAME EXPECTED_EXIT_CODE COMMAND...: stdout in $work/out, stderr in $work/err
  local name="$1" want="$2"
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass; else
    fail "$name: exit $got, expected $want"
    sed 's/^/  stderr: /' "$work/err" | head -5
  fi
}

contains() {  # contains NAME FILE TEXT
  local file
  file="$(in_work "$2")"
  if grep -qF -- "$3" "$file"; then pass; else
    fail "$1: $2 does not contain '$3'"
    head -c 300 "$file" | sed 's/^/  /' | head -5
  fi
}

same() {  # same NAME FILE_A FILE_B: byte for byte
  if cmp -s "$2" "$3"; then pass; else
    fail "$1: $2 and $3 differ"
    diff "$2" "$3" | head -6
  fi
}

absent() {  # absent NAME PATH: nothing was written there
  if [ -e "$2" ]; then fail "$1: $2 was written"; else pass; fi
}

finish() {  # finish NAME: the counts; the script's exit status
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
