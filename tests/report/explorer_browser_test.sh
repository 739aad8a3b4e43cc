#!/usr/bin/env bash
# The explorer as a reader uses it, in headless Chromium (tests/report/explorer_check.py):
# on the shipped national network (with its regions and years), on Zachary's club (no
# regions, no years), on a network of hostile names, and inside the report (and the
# report with JavaScript off). Values are checked against NetworkX and `ecosys metrics`.
# Exit 77 (skipped, with the reason) without Chromium or without the explorer's libraries.
#   explorer_browser_test.sh ECOSYS ROOT [SCREENSHOT_DIR]
set -uo pipefail
. "$(dirname "$0")/browser_test_setup.sh"
check="$root/tests/report/explorer_check.py"
if ! "$ecosys" explore -q "$root/networks/zachary-karate-club.json" -o "$work/probe.html" 2>"$work/probe.err"; then
  if grep -q "built without the explorer" "$work/probe.err"; then
    echo "SKIP: $(cat "$work/probe.err")"
    exit 77
  fi
  cat "$work/probe.err"
  exit 1
fi

explore() {  # NETWORK NAME [CHECK OPTIONS...]: explore it, then check the page
  local net="$1" name="$2"
  shift 2
  run "$ecosys" explore -q "$net" -o "$work/$name.html"
  run "$ecosys" metrics -q "$net" --format json -o "$work/$name.metrics.json"
  run "$python" "$check" "$work/$name.html" --network "$net" --metrics "$work/$name.metrics.json" "$@"
}

japan="$root/networks/japan-innovation.json"
"$ecosys" metrics -q "$japan" --scope region --format json -o "$work/japan.region.json"
explore "$japan" japan --region-metrics "$work/japan.region.json" --search 大学 ${shots:+--screenshot "$shots/explorer-japan.png"}
explore "$root/networks/zachary-karate-club.json" zachary

# Hostile names: markup, quotes, right-to-left overrides, spreadsheet formulas, CJK.
cat >"$work/hostile.json" <<'JSON'
{"name": "Hostile </script><script>window.__pwned=1</script>",
 "regions": [{"id": "r\"1", "name": "<img src=x onerror=window.__pwned=1>"}, {"id": "r2", "name": "東京 \u202Eevil"}],
 "actors": [
  {"id": "a</script>", "name": "<script>window.__pwned=1</script>", "sector": "industry", "region": "r\"1"},
  {"id": "b", "name": "</svg><svg onload=window.__pwned=1>", "sector": "academia", "region": "r\"1"},
  {"id": "c", "name": "quote \" ' `${window.__pwned=1}`", "sector": "finance", "region": "r\"1"},
  {"id": "d", "name": "ｶﾀｶﾅ ＡＢＣ 全角", "sector": "government", "region": "r2"},
  {"id": "e", "name": "=HYPERLINK(\"http://x\")", "sector": "industry", "region": "r2"},
  {"id": "f", "name": "<!-- comment", "sector": "academia", "region": "r2"}],
 "ties": [{"source": "a</script>", "target": "b", "type": "<script>window.__pwned=1</script>", "year": 2019},
          {"source": "b", "target": "c", "year": 2020}, {"source": "c", "target": "d"}, {"source": "d", "target": "e", "year": 2021},
          {"source": "e", "target": "f"}, {"source": "f", "target": "a</script>"}, {"source": "b", "target": "d"}]}
JSON
explore "$work/hostile.json" hostile --search 'ｶﾀｶﾅ' \
  --hostile '<script>window.__pwned=1</script>' --hostile '</svg><svg onload=window.__pwned=1>' \
  --hostile "quote \" ' \`\${window.__pwned=1}\`" --hostile '<!-- comment'

# Inside the report: the same explorer, the same values; without JavaScript the diagrams stay.
run "$ecosys" report -q "$japan" -o "$work/report.html" --samples 5 --permutations 99
run "$python" "$check" "$work/report.html" --network "$japan" --metrics "$work/japan.metrics.json" \
  --region-metrics "$work/japan.region.json"
run "$python" "$check" "$work/report.html" --javascript-off ${shots:+--screenshot "$shots/report-no-javascript.png"}

if ((failed)); then echo "$failed check(s) failed"; exit 1; fi
echo "all explorer checks passed"
