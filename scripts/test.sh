#!/usr/bin/env bash
# Installs what is missing, builds with tests and runs the whole suite through ctest.
#   scripts/test.sh              # Release build, all tests
#   scripts/test.sh --sanitize   # the same under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."

kind=test
if [ "${1:-}" = "--sanitize" ]; then kind=sanitize; fi
dir="$(scripts/setup.sh "$kind" | tail -n 1)" || { echo "test: set-up or build failed (messages above)" >&2; exit 1; }
cd "$dir"
ctest --output-on-failure --timeout 600
