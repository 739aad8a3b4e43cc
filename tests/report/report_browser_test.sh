#!/usr/bin/env bash
# The HTML report and the SVG diagrams as a reader sees them: opened in headless
# Chromium (tests/report/browser_check.py). The shipped national network's report
# loads with no console message and no request, has a section per region, sorts when a
# column header is clicked, prints every column of its regions table; a network of hostile
# names, rendered to SVG and to the report, runs no script and shows the names as text.
# Exit 77 (skipped) without Chromium.
#   report_browser_test.sh ECOSYS ROOT [SCREENSHOT_DIR]
set -uo pipefail
. "$(dirname "$0")/browser_test_setup.sh"
check="$root/tests/report/browser_check.py"

japan="$root/networks/japan-innovation.json"
run "$ecosys" report -q "$japan" -o "$work/report.html" --samples 20 --permutations 99
run "$python" "$check" "$work/report.html" --regions-from "$japan" --sort-column Density \
  ${shots:+--screenshot "$shots/report.png"}
run "$python" "$check" "$work/report.html" --sort-column "Transitivity z"

# On paper (docs/report.md, "Printed"): every column of the regions table, z-scores included,
# is in the report printed to PDF; before, the page's edge cut the table after its first columns.
if command -v pdftotext >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/report.pdf" \
    "file://$work/report.html" >/dev/null 2>&1
  run "$python" "$root/tests/report/print_check.py" "$work/report.html" "$work/report.pdf"
  if [ -n "$shots" ]; then cp "$work/report.pdf" "$shots/report.pdf"; fi
else
  echo "SKIP: printing to PDF: pdftotext is missing (poppler-utils; scripts/setup.sh test installs it)"
fi

# Hostile names: every kind of text the data can carry, nowhere executed.
cat >"$work/hostile.json" <<'JSON'
{"name": "Hostile </title><script>window.__pwned=1</script>",
 "regions": [{"id": "r\"1", "name": "<img src=x onerror=window.__pwned=1>"},
             {"id": "r2", "name": "javascript:window.__pwned=1"}],
 "actors": [
  {"id": "a", "name": "<script>window.__pwned=1</script>", "sector": "industry", "region": "r\"1"},
  {"id": "b", "name": "</svg><svg onload=window.__pwned=1>", "sector": "academia", "region": "r\"1"},
  {"id": "c", "name": "quote \" \\N \\G \\L <b>bold</b>", "sector": "finance", "region": "r\"1"},
  {"id": "d", "name": "rtl \u202Egnp.exe", "sector": "government", "region": "r2", "kind": "<i onmouseover=window.__pwned=1>"},
  {"id": "e", "name": "=HYPERLINK(\"http://x\")", "sector": "industry", "region": "r2"}],
 "ties": [{"source": "a", "target": "b", "type": "<script>window.__pwned=1</script>"},
          {"source": "b", "target": "c"}, {"source": "c", "target": "d"}, {"source": "d", "target": "e"}]}
JSON
run "$ecosys" report -q "$work/hostile.json" -o "$work/hostile.html" --samples 5 --permutations 9
run "$python" "$check" "$work/hostile.html" --region '<img src=x onerror=window.__pwned=1>' \
  --region 'javascript:window.__pwned=1' --sort-column Actors \
  --hostile '<script>window.__pwned=1</script>' --hostile '</svg><svg onload=window.__pwned=1>' \
  --hostile 'Hostile </title><script>window.__pwned=1</script>' \
  ${shots:+--screenshot "$shots/hostile-report.png"}
run "$ecosys" render -q "$work/hostile.json" -o "$work/hostile.svg" --labels all
run "$python" "$check" "$work/hostile.svg" --no-table \
  --hostile '<script>window.__pwned=1</script>' --hostile '</svg><svg onload=window.__pwned=1>'

# In Japanese (--lang ja): the report, a diagram and the explorer read as Japanese throughout.
ja="$root/tests/report/japanese_check.py"
run "$ecosys" report -q "$japan" --lang ja -o "$work/report-ja.html" --samples 5 --permutations 99
run "$python" "$ja" "$work/report-ja.html" --network "$japan" --glossary "$root/docs/glossary-ja.md" \
  ${shots:+--screenshot "$shots/report-ja.png"}
run "$ecosys" render -q "$japan" --region kanto --lang ja -o "$work/kanto-ja.svg"
run "$python" "$ja" "$work/kanto-ja.svg" --network "$japan" --glossary "$root/docs/glossary-ja.md"
if "$ecosys" explore -q "$japan" --lang ja -o "$work/explore-ja.html" 2>/dev/null; then
  run "$python" "$ja" "$work/explore-ja.html" --network "$japan" --glossary "$root/docs/glossary-ja.md"
fi
# English stays English whatever the locale: ECOSYS_LANG only sets the default.
ECOSYS_LANG=ja run "$ecosys" render -q "$japan" --region kanto --lang en -o "$work/kanto-en.svg"
if grep -q "セクター" "$work/kanto-en.svg"; then echo "FAIL: --lang en wrote Japanese"; failed=$((failed + 1)); fi
ECOSYS_LANG=ja run "$ecosys" render -q "$japan" --region kanto -o "$work/kanto-env.svg"
if ! grep -q "セクター" "$work/kanto-env.svg"; then echo "FAIL: ECOSYS_LANG=ja did not make Japanese the default"; failed=$((failed + 1)); fi

if ((failed)); then echo "$failed check(s) failed"; exit 1; fi
echo "all browser checks passed"
