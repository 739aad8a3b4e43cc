#!/usr/bin/env bash
# Visual check of the diagrams: renders shipped networks with `ecosys render` and
# screenshots each SVG in headless Chromium (Debian's `chromium`), so a person can
# look at what an analyst will see: readable labels, Japanese text, legend, no
# overlapping nodes. Not part of CI; skips (exit 0) with a reason when chromium or
# the program is missing.
#
#   tests/visual/screenshot.sh [ECOSYS_BINARY] [OUT_DIR]
#
# ECOSYS_BINARY defaults to build/release/ecosys (scripts/setup.sh demo builds it);
# OUT_DIR defaults to output/screenshots (git-ignored). Writes NAME.svg and NAME.png.
set -euo pipefail
cd "$(dirname "$0")/../.."

ecosys="${1:-build/release/ecosys}"
out="${2:-output/screenshots}"
chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$chrome" ]; then
  echo "screenshot: skipped: no chromium on PATH (apt-get install chromium)" >&2
  exit 0
fi
if [ ! -x "$ecosys" ]; then
  echo "screenshot: skipped: $ecosys is not built (scripts/setup.sh demo, or pass the binary)" >&2
  exit 0
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# name | render arguments
cases=(
  "tohoku|networks/japan-innovation.json --region tohoku"
  "kanto|networks/japan-innovation.json --region kanto"
  "okinawa|networks/japan-innovation.json --region okinawa"
  "overview|networks/japan-innovation.json --overview"
  "japan-by-region|networks/japan-innovation.json --group-by region"
  "kansai-communities|networks/japan-innovation.json --region kansai --color-by community --group-by community"
  "karate|networks/zachary-karate-club.json --group-by region"
  "florentine|networks/florentine-families.json --size-by degree"
)
if [ -n "${SCREENSHOT_ONLY:-}" ]; then
  kept=()
  for c in "${cases[@]}"; do [[ ",$SCREENSHOT_ONLY," == *",${c%%|*},"* ]] && kept+=("$c"); done
  cases=("${kept[@]}")
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for c in "${cases[@]}"; do
  name="${c%%|*}"
  read -r -a args <<<"${c#*|}"
  svg="$out/$name.svg"
  "$ecosys" render -q "${args[@]}" -o "$svg"
  # The page size follows the SVG's own size (in pt; 1pt = 4/3 px), capped.
  read -r w h < <(sed -n 's/^<svg width="\([0-9.]*\)pt" height="\([0-9.]*\)pt".*/\1 \2/p' "$svg" | head -n 1)
  w=$(awk -v v="${w:-800}" 'BEGIN { v = int(v * 4 / 3) + 16; print (v > 4000 ? 4000 : v) }')
  h=$(awk -v v="${h:-600}" 'BEGIN { v = int(v * 4 / 3) + 16; print (v > 4000 ? 4000 : v) }')
  "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$out/$name.png" --window-size="$w,$h" "file://$svg" >/dev/null 2>&1 || {
    echo "screenshot: chromium failed on $svg" >&2
    exit 1
  }
  echo "$out/$name.png (${w}x${h})"
done
