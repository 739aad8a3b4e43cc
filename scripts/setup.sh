#!/usr/bin/env bash
# Installs the Debian packages ecosys needs to build, test and render, when any
# is missing (through sudo when not root), then configures and builds in
# build/<kind>. Quiet and quick when everything is already there.
#   scripts/setup.sh demo   # Release build of the library and the program
#   scripts/setup.sh test   # the same plus the test suite
#   scripts/setup.sh sanitize  # the test build with ASan + UBSan
#   scripts/setup.sh packages  # only install what is missing (scripts/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

kind="${1:-demo}"
packages=(
  g++ cmake make pkg-config
  libboost-graph-dev libgraphviz-dev graphviz nlohmann-json3-dev doctest-dev libcli11-dev libpugixml-dev
  fonts-noto-cjk python3-networkx python3-igraph libgvc6 fonts-dejavu-core
  python3-dev pybind11-dev python3-pytest
  libopenmpi-dev openmpi-bin
)

# The browser tests of the HTML report (tests/report) open it in headless Chromium and
# read it printed to PDF with pdftotext (poppler-utils), the Python module's as_frame
# tests need pandas, the evaluation tests statsmodels, the QAP tests R's sna, the
# community tests leidenalg and the Clang warnings check (tests/clang_warnings.py) clang;
# only the test build needs them, and the tests skip (saying why) without them.
optional=()
if [ "$kind" = test ] || [ "$kind" = sanitize ]; then
  optional=(chromium chromium-driver poppler-utils python3-pandas python3-statsmodels r-cran-sna python3-leidenalg clang)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
missing_optional=()
for p in "${optional[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing_optional+=("$p")
  fi
done
if ((${#missing_optional[@]})); then
  echo "setup: installing ${missing_optional[*]} (for the browser, PDF, pandas, statsmodels, sna, leidenalg and Clang tests)" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing_optional[@]}" >/dev/null; } ||
    echo "setup: could not install ${missing_optional[*]}; the tests that need them will be skipped" >&2
fi

# The explorer's browser libraries (sigma.js, graphology) come from the npm registry,
# pinned and checked (third_party/npm.lock); npm is Debian's when the machine has none.
if [ "$kind" != packages ]; then
  if ! command -v npm >/dev/null; then
    echo "setup: installing npm (for the explorer's browser libraries)" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    { DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm >/dev/null; } ||
      echo "setup: could not install npm; the explorer is left out of the build" >&2
  fi
  scripts/fetch_js.sh
fi

case "$kind" in
  packages) exit 0 ;;
  demo) dir=build/release; flags=(-DCMAKE_BUILD_TYPE=Release -DECOSYS_BUILD_TESTS=OFF) ;;
  test) dir=build/test; flags=(-DCMAKE_BUILD_TYPE=Release -DECOSYS_BUILD_TESTS=ON) ;;
  sanitize) dir=build/sanitize; flags=(-DCMAKE_BUILD_TYPE=Debug -DECOSYS_BUILD_TESTS=ON -DECOSYS_SANITIZE=ON) ;;
  *) echo "setup: unknown build kind '$kind'; expected demo, test, sanitize or packages" >&2; exit 2 ;;
esac
# ECOSYS_WERROR=ON (set by .ci/run) makes every compiler warning of ours an error.
flags+=("-DECOSYS_WERROR=${ECOSYS_WERROR:-OFF}")
if [ ! -f "$dir/CMakeCache.txt" ] || ! grep -q "^ECOSYS_WERROR:BOOL=${ECOSYS_WERROR:-OFF}\$" "$dir/CMakeCache.txt"; then
  cmake -S . -B "$dir" "${flags[@]}" >/dev/null
fi
jobs="$(nproc 2>/dev/null || echo 2)"
# The compiler's messages go to stderr: stdout carries only the build folder (the
# last line), which test.sh and demo.sh read.
cmake --build "$dir" -j "$jobs" 2>&1 | { grep -vE '^\[ *[0-9]+%\]|^Consolidate compiler|^gmake' || true; } >&2
test "${PIPESTATUS[0]}" -eq 0
echo "$dir"
