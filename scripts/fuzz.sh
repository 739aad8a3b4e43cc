#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 60) under ASan + UBSan,
# with a corpus seeded from tests/data/ and networks/. Crashes are written to
# build/fuzz/crashes/<target>/. Not part of the test suite: run it by hand.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

scripts/setup.sh demo >/dev/null  # packages
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq $missing >/dev/null
fi

dir=build/fuzz
if [ ! -f "$dir/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOSYS_FUZZ=ON -DECOSYS_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$dir" -j "$(nproc)" >/dev/null

# Seed corpora: every JSON file we have for the JSON reader; CSV files joined
# with the 0x1F separator the CSV target splits on.
mkdir -p "$dir/corpus/json" "$dir/corpus/csv"
for f in tests/data/bad/*.json networks/*.json; do cp "$f" "$dir/corpus/json/"; done
for d in tests/data/bad/csv_*/; do
  { cat "$d/actors.csv" 2>/dev/null || true; printf '\x1f'; cat "$d/ties.csv" 2>/dev/null || true; printf '\x1f'; cat "$d/participants.csv" 2>/dev/null || true; } \
    > "$dir/corpus/csv/$(basename "$d")"
done

status=0
for target in json csv; do
  exe="$dir/tests/fuzz/fuzz_${target}_reader"
  mkdir -p "$dir/crashes/$target"
  echo "fuzz: $target reader for ${seconds}s"
  if ! "$exe" "$dir/corpus/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$dir/crashes/$target/" -print_final_stats=1 2>"$dir/$target.log"; then
    status=1
    echo "fuzz: $target reader FAILED; see $dir/$target.log and $dir/crashes/$target/"
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|cov:" "$dir/$target.log" | tail -3
done
exit $status
