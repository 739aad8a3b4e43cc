# Sourced by the headless-Chromium tests (report_browser_test.sh, explorer_browser_test.sh)
# with their arguments ECOSYS ROOT [SCREENSHOT_DIR]: a work folder removed on exit, the
# skip (exit 77, with the reason) without Chromium, and run, which counts a failed
# command in $failed instead of stopping.
ecosys="$1" root="$2" shots="${3:-}"
python=/usr/bin/python3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "SKIP: Debian's chromium and chromium-driver are not installed (scripts/setup.sh test installs them)"
  exit 77
fi
failed=0
run() { "$@" || { echo "FAIL: $*"; failed=$((failed + 1)); }; }
