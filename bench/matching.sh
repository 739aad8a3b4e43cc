#!/usr/bin/env bash
# Benchmarks of issue 18 (docs/matching.md): `links --evaluate` on the CORDIS Horizon 2020
# participations and `match` on 10^4 synthetic actors with keywords. Not a test.
#
#   bench/matching.sh [BIN [DATA_DIR [OUT_DIR]]]
#     BIN       the ecosys binary (default: build/release/ecosys of this checkout)
#     DATA_DIR  the shared data holding cordis-h2020-participations/ (default ../shared/data
#               next to the checkout, or $ECOSYS_DATA)
#     OUT_DIR   where the prepared networks go (default bench/matching-data, not committed)
#
# 1. CORDIS 2014-2018: participations joined with programme_parts.csv (a project's parts
#    as one ';'-separated topic cell), imported with `import-projects --topic-col` as
#    projects only (organisations = actors, countries = regions, start year = project
#    year; no --ties, so every tie has the year of its project). Then
#    `links --evaluate --train-until 2016` (train 2014-2016, test 2017-2018; "match" reads
#    the programme parts as topics, only those first seen up to 2016), timed with
#    /usr/bin/time -v (wall seconds, peak resident memory), and the table printed; before
#    it, `links --method adamic_adar --top 100` and `--method preferential_attachment`
#    on the whole network (27k actors), timed the same way.
# 2. The shipped Japan network: `links --evaluate --train-until 2015`.
# 3. bench/generate_keywords.py: 10^4 actors in 20 regions, about 5 ties each, 40%
#    companies with 2-4 needs and 20% universities with 3-6 seeds from 300 keywords
#    (Zipf-like, seed 1); `match --top 100` timed the same way.
# 4. If bench/jobs/prepare.sh made synthetic-1m.json (2*10^5 actors, 10^6 ties; or
#    SYNTHETIC=FILE): `links --top 100` with resource_allocation and preferential_attachment.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${1:-$root/build/release/ecosys}"
data="${2:-${ECOSYS_DATA:-$root/../shared/data}}"
out="${3:-$here/matching-data}"
py=python3
[[ -x /usr/bin/python3 ]] && py=/usr/bin/python3

if [[ ! -x "$bin" ]]; then
  echo "matching.sh: no ecosys binary at $bin (build one: scripts/setup.sh demo)" >&2
  exit 2
fi
cordis="$data/cordis-h2020-participations"
if [[ ! -f "$cordis/participations.csv" || ! -f "$cordis/programme_parts.csv" ]]; then
  echo "matching.sh: no $cordis/participations.csv and programme_parts.csv" >&2
  exit 2
fi
mkdir -p "$out"

timed() {  # timed LABEL COMMAND...: runs it, prints wall seconds and peak RSS
  local label="$1"; shift
  local log; log="$(mktemp)"
  /usr/bin/time -v "$@" 2> "$log" > "$out/$label.out" || { cat "$log" >&2; rm -f "$log"; return 1; }
  local wall cpu rss
  wall="$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')"
  cpu="$(grep -E 'User time|System time' "$log" | awk '{s += $NF} END {print s}')"
  rss="$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')"
  echo "$label: wall $wall (h:mm:ss or m:ss), CPU ${cpu} s, peak RSS $((rss / 1024)) MiB"
  rm -f "$log"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

net="$out/cordis-topics.json"
if [[ ! -s "$net" ]]; then
  "$py" - "$cordis" "$out/participations-topics.csv" <<'PY'
import csv, sys, collections
folder, target = sys.argv[1], sys.argv[2]
parts = collections.defaultdict(list)
with open(folder + "/programme_parts.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["programme_part"] not in parts[row["rcn"]]:
            parts[row["rcn"]].append(row["programme_part"])
with open(folder + "/participations.csv", newline="", encoding="utf-8") as f, \
     open(target, "w", newline="", encoding="utf-8") as g:
    r = csv.DictReader(f)
    w = csv.DictWriter(g, fieldnames=r.fieldnames + ["programme_part"])
    w.writeheader()
    for row in r:
        row["programme_part"] = ";".join(parts.get(row["rcn"], []))
        w.writerow(row)
PY
  "$bin" import-projects "$out/participations-topics.csv" -q \
    --project-col rcn --actor-col pic --sector-col type --region-col country --year-col start_year \
    --role-col role --topic-col programme_part --sector-map "$root/docs/sector-maps/cordis.csv" \
    --name "CORDIS Horizon 2020 participations 2014-2018, programme parts as topics" -o "$net"
fi
timed cordis-links-aa "$bin" links "$net" --method adamic_adar --top 100 --format csv -q
timed cordis-links-pa "$bin" links "$net" --method preferential_attachment --top 100 --format csv -q
timed cordis-evaluate "$bin" links "$net" --evaluate --train-until 2016 --format md -q
cat "$out/cordis-evaluate.out"
echo
timed japan-evaluate "$bin" links "$root/networks/japan-innovation.json" --evaluate --train-until 2015 --format md -q
cat "$out/japan-evaluate.out"
echo

syn="$out/keywords-1e4.json"
[[ -s "$syn" ]] || "$py" "$here/generate_keywords.py" 10000 --seed 1 > "$syn"
timed match-1e4 "$bin" match "$syn" --top 100 --format json -q
"$py" -c 'import json, sys; r = json.load(open(sys.argv[1])); print("match-1e4: %d candidate pairs, best score %.4f" % (r["candidates"], r["pairs"][0]["score"]))' "$out/match-1e4.out"
# 4. links on 2*10^5 actors: bench/jobs/prepare.sh's synthetic-1m.json (or $SYNTHETIC), if made.
big="${SYNTHETIC:-$here/jobs/data/synthetic-1m.json}"
if [[ -s "$big" ]]; then
  timed synthetic-links-ra "$bin" links "$big" --method resource_allocation --top 100 --format csv -q
  timed synthetic-links-pa "$bin" links "$big" --method preferential_attachment --top 100 --format csv -q
else
  echo "skipped links on 2*10^5 actors: no $big (make it with bench/jobs/prepare.sh)"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
