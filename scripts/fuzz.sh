#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz/fuzz_<name>.cpp) for SECONDS each
# (default 60) under ASan + UBSan, with corpora seeded from tests/data/,
# networks/ and the shipped networks converted to every format. Crashes are
# written to build/fuzz/crashes/<name>/, logs to build/fuzz/<name>.log, one
# summary line per target (runs, coverage, exec/s) to build/fuzz/summary.txt.
# Not part of the test suite: run it by hand, at low priority on a shared machine.
#   scripts/fuzz.sh [SECONDS] [NAME...]      e.g. scripts/fuzz.sh 600 gml_reader dot_reader
#   FUZZ_JOBS=4 scripts/fuzz.sh 600          run 4 targets at a time (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
jobs="${FUZZ_JOBS:-1}"

scripts/setup.sh packages
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq $missing >/dev/null
fi

dir=build/fuzz
if [ ! -f "$dir/CMakeCache.txt" ]; then
  # -O1 -gline-tables-only as libFuzzer's documentation and OSS-Fuzz build: quick
  # to compile on a shared machine, fast enough to fuzz, symbolised stack traces.
  CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOSYS_FUZZ=ON -DECOSYS_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" >/dev/null
fi
all=()
for f in tests/fuzz/fuzz_*.cpp; do n="$(basename "$f" .cpp)"; all+=("${n#fuzz_}"); done
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
cmake --build "$dir" -j "$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null
# The shipped networks are converted to every format by a plain build of ecosys.
converter=""
for c in build/release/ecosys build/test/ecosys; do [ -x "$c" ] && converter="$c" && break; done
[ -n "$converter" ] || converter="$(scripts/setup.sh demo | tail -n 1)/ecosys"

# Seed corpora. Generated, never committed: rebuilt from scratch on every run
# (the fuzzer adds what it finds to the same folders while it runs).
corpus="$dir/corpus"
rm -rf "$dir/seeds"
mkdir -p "$dir/seeds"
for name in "${all[@]}"; do mkdir -p "$corpus/$name"; done
seed() { cp "$@" 2>/dev/null || true; }
seed tests/data/bad/*.json networks/*.json "$corpus/json_reader/"
seed tests/data/bad/*.graphml tests/data/interop/*.graphml "$corpus/graphml_reader/"
seed tests/data/bad/*.gexf tests/data/interop/*.gexf "$corpus/gexf_reader/"
seed tests/data/bad/*.gml tests/data/interop/*.gml "$corpus/gml_reader/"
seed tests/data/bad/*.net tests/data/interop/*.net "$corpus/pajek_reader/"
seed tests/data/bad/*.dot "$corpus/dot_reader/"
seed tests/data/bad/*.txt tests/data/interop/*.ncol tests/data/interop/*.tsv "$corpus/edge_list_reader/"
seed tests/data/interop/karate-sectors.csv docs/sector-maps/*.csv "$corpus/sector_map/"
# Inputs that once failed (docs/robustness.md, "Found and fixed").
for d in tests/fuzz/regressions/*/; do seed "$d"* "$corpus/$(basename "$d")/"; done
# The CSV target splits its input at 0x1F into actors.csv, ties.csv and participants.csv.
csv_seed() {  # folder -> one file
  { cat "$1/actors.csv" 2>/dev/null || true; printf '\x1f'; cat "$1/ties.csv" 2>/dev/null || true; printf '\x1f'
    cat "$1/participants.csv" 2>/dev/null || true; } > "$corpus/csv_reader/$(basename "$1")"
}
for d in tests/data/bad/csv_*/; do csv_seed "$d"; done
# The shipped networks in every format ecosys writes.
for n in networks/*.json; do
  stem="$(basename "$n" .json)"
  for ext in graphml gexf gml net dot; do
    "$converter" convert "$n" "$dir/seeds/$stem.$ext" -q >/dev/null 2>&1 || true
  done
  "$converter" convert "$n" "$dir/seeds/$stem/" -q >/dev/null 2>&1 && csv_seed "$dir/seeds/$stem"
done
seed "$dir"/seeds/*.graphml "$corpus/graphml_reader/"
seed "$dir"/seeds/*.gexf "$corpus/gexf_reader/"
seed "$dir"/seeds/*.gml "$corpus/gml_reader/"
seed "$dir"/seeds/*.net "$corpus/pajek_reader/"
seed "$dir"/seeds/*.dot "$corpus/dot_reader/"
# Participation tables with the columns the target maps (tests/fuzz/fuzz_participation_table.cpp).
printf 'project,actor,name,type,country,year,role,title,scheme,city,size\np1,u,Univ,HES,JP,2016,coordinator,T,RIA,Sendai,L\np1,c,"Co, Ltd",PRC,JP,2016,participant,T,RIA,,S\np2,c,Co,PRC,KR,NA,coordinator,U,CSA,Seoul,\np2,g,Gov,PUB,,2017,participant,U,CSA,,\n' \
  > "$corpus/participation_table/cordis_like.csv"
printf 'Project,Actor\nx,y\nx,z\n' > "$corpus/participation_table/minimal.csv"
# Hostile text for the renderer, fields separated by 0x1F (see tests/fuzz/fuzz_render_labels.cpp).
printf 'Net <b>&amp;</b>\x1fq"id\x1f</svg><script>alert(1)</script>\x1f+k\x1fback\\slash\x1f\\N \\G \\L \\E\x1f<<b>x</b>>\x1f\xe2\x80\xae\x1f\x07bell\x1fjavascript:alert(1)\x1fr"1\x1fRegion &#60;\x1fsec]]>\x1f<!-- x -->\x1ftype"<&>\\N\x1f\r\n' \
  > "$corpus/render_labels/hostile"
printf 'network\x1fa\x1fA\x1fk\x1fb\x1fB\x1fk\x1fc\x1fC\x1fk\x1fr\x1fR\x1fs\x1fS\x1ft\x1fu' > "$corpus/render_labels/plain"

# Embedded JSON (tests/fuzz/fuzz_embedded_json.cpp): the first byte picks the wrapper
# (byte % 3: GraphML, DOT, GML) and the attribute ((byte / 3) % 4: ecosys_sectors,
# ecosys_regions, ecosys_projects, ecosys_attribute_types); the rest is the value,
# here the declarations of the shipped networks and a deeply nested list.
python3 - "$corpus/embedded_json" networks/*.json <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
values = [[], [], [], [{"students": "long", "listed": "boolean"}]]
for f in files:
    net = json.load(open(f, encoding="utf-8"))
    for i, key in enumerate(["sectors", "regions", "projects"]):
        if net.get(key): values[i].append(net[key])
for attribute, vs in enumerate(values):
    for n, v in enumerate(vs[:2]):
        for wrapper in range(3):
            with open(f"{out}/seed-{wrapper}-{attribute}-{n}", "wb") as w:
                w.write(bytes([attribute * 3 + wrapper]) + json.dumps(v, ensure_ascii=False).encode())
    with open(f"{out}/deep-{attribute}", "wb") as w:
        w.write(bytes([attribute * 3 + 1]) + b"[" * 100 + b"]" * 100)
PY
# Sector colours (tests/fuzz/fuzz_sector_colors.cpp): the first byte picks the format
# (byte % 4: CSV folder, GraphML, DOT, GML); then, split at 0x1F, two sectors' id,
# label and colour and two actors' names.
for f in 0 1 2 3; do
  printf "\\$(printf %o "$f")industry\x1fIndustry\x1f#E69F00\x1facademia\x1fAcademia\x1f#0072b2\x1fAcme\x1fTohoku" \
    > "$corpus/sector_colors/plain-$f"
  printf "\\$(printf %o "$f")i\x1f\">x</FONT>\x1fa;b\x1fa&amp;\x1f<b>L</b>\x1f:\x1f\"><script>\x1f\\\\N" \
    > "$corpus/sector_colors/hostile-$f"
done
# Writers round-tripping (tests/fuzz/fuzz_writer_roundtrip.cpp): native JSON networks.
seed networks/*.json tests/data/bad/*.json "$corpus/writer_roundtrip/"
# Selections (tests/fuzz/fuzz_selection.cpp): flags in the first byte (1 exact region,
# 2 keep isolates, 4 k-core, 8 giant, 16 drop isolates, 32 no projects, 64 newman), then
# region, sectors, years, ego, ego radius, k, split at 0x1F.
printf '\x00tohoku\x1findustry,academia\x1f2005-2010\x1f\x1f\x1f' >"$corpus/selection/region-years"
printf '\x0d\x1f\x1f-2012\x1fc\x1f2\x1f2' >"$corpus/selection/ego-core-giant"
printf '\x13miyagi\x1f"finance, x",government\x1f2009-\x1f\x1f\x1f' >"$corpus/selection/exact-isolates"
printf '\x70japan\x1f\x1f2013\x1fj\x1f3\x1f1' >"$corpus/selection/projects"
# Option values (tests/fuzz/fuzz_option_values.cpp): the first byte picks the parser.
printf '\x002005-2010' >"$corpus/option_values/years"
printf '\x01park, "KIM, J" ,"say ""hi"""' >"$corpus/option_values/list"
printf '\x02prior_ties:2005-2009' >"$corpus/option_values/predictor"
printf '\x02attr_diff:employees' >"$corpus/option_values/attribute"
printf '\x03pairs.csv' >"$corpus/option_values/dependent"
printf '\x04betweenness, degree,eigenvector' >"$corpus/option_values/metrics"
printf '\x05density,openness' >"$corpus/option_values/compare"
printf '\x06early=2002-2006,2007-2011' >"$corpus/option_values/periods"
printf '\x07pagerank' >"$corpus/option_values/size"
printf '\x08top:20' >"$corpus/option_values/labels"
printf '\x09neato' >"$corpus/option_values/layout"
# Command lines (tests/fuzz/fuzz_cli_options.cpp): the first byte picks qap, explore,
# evaluate or keyplayers; the arguments after the network are split at NUL. Each seed
# runs its command to the end (checked with the CLI on the target's network and files;
# the matrix holds a1..a3 only, hence the selection of region A's academia and industry).
printf '\x00--x\x00same_region,same_sector,prior_ties:2013-2014\x00--permutations\x009\x00--format\x00json' \
  >"$corpus/cli_options/qap"
printf '\x00--x\x00same_kind,same_region\x00--model\x00logit\x00--years\x002013-2016\x00--permutations\x009' \
  >"$corpus/cli_options/qap-logit"
printf '\x00--y\x00pairs.csv\x00--x\x00attr_diff:staff\x00--correlate\x00--select-region\x00A\x00--sector\x00academia,industry\x00--permutations\x009' \
  >"$corpus/cli_options/qap-attribute"
printf '\x00--y\x00matrix.csv\x00--x\x00matrix:matrix.csv\x00--correlate\x00--select-region\x00A\x00--sector\x00academia,industry\x00--null\x00y\x00--permutations\x009\x00--format\x00csv' \
  >"$corpus/cli_options/qap-files"
printf '\x01-o\x00page.html\x00--size-by\x00degree\x00--max-ties\x005\x00--select-region\x00A' >"$corpus/cli_options/explore"
printf '\x02--programme\x00P\x00--pre\x002013-2014\x00--post\x002015-2016\x00--metrics\x00tied_pairs,density\x00--event-study' \
  >"$corpus/cli_options/evaluate"
printf '\x03--k\x002\x00--region\x00A\x00--goal\x00reach\x00--radius\x002\x00--candidates\x00academia\x00--restarts\x003' \
  >"$corpus/cli_options/keyplayers"
# The C++ side of ecosys.from_networkx (tests/fuzz/fuzz_networkx_import.cpp): the shipped
# networks as to_networkx() gives them, as JSON documents. A network too large for
# -max_len (64 KiB) is cut to its first actors (fewer until it fits), with the ties and
# project participants among them, so the networks that declare regions, programmes and
# projects seed the corpus too.
python3 - "$corpus/networkx_import" networks/*.json <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
def document(net, n):
    nodes = {}
    for a in net.get("actors", [])[:n]:
        attrs = {k: v for k, v in a.items() if k != "id" and k != "attributes"}
        attrs.update(a.get("attributes", {}))
        nodes[a["id"]] = attrs
    graph = {k: net[k] for k in ("name", "sectors", "regions", "programmes", "currency") if k in net}
    graph["creator"] = "ecosys 0.1.0"
    projects = []
    for p in net.get("projects", []):
        kept = [x for x in p.get("participants", []) if (x.get("actor") if isinstance(x, dict) else x) in nodes]
        if len(kept) >= 2: projects.append(dict(p, participants=kept))
    if projects or "projects" in net: graph["projects"] = projects
    edges = [[t["source"], t["target"], {k: v for k, v in t.items() if k not in ("source", "target")}]
             for t in net.get("ties", []) if t["source"] in nodes and t["target"] in nodes]
    return {"graph": graph, "nodes": nodes, "edges": edges, "directed": any(t.get("directed") for t in net.get("ties", []))}
for f in files:
    net = json.load(open(f, encoding="utf-8"))
    name = f.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for n in (300, 200, 120, 80, 50, 30):
        text = json.dumps(document(net, n), ensure_ascii=False)
        if len(text.encode()) < 65536:
            open(f"{out}/{name}.json", "w", encoding="utf-8").write(text)
            break
odd = {"graph": {"name": 5, "other": [1]}, "nodes": [["a", {"sector": "industry", "needs": ["\u0001f:nan", 18446744073709551615]}],
       ["b", {"sector": ["x"], "region": {"id": 1}}]], "edges": [["a", "b", {"weight": "\u0001f:inf", "year": 1.5}]],
       "options": {"default_sector": "industry", "sector_map": {"x": "finance"}}}
open(f"{out}/odd.json", "w").write(json.dumps(odd))
PY

run() {
  local name="$1" exe="$dir/tests/fuzz/fuzz_$1" max_len=65536 timeout=10
  # Graphviz lays out every input of the renderer: shorter inputs, more time each.
  [ "$name" = render_labels ] && max_len=4096 && timeout=30
  mkdir -p "$dir/crashes/$name"
  if "$exe" "$corpus/$name" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=2048 \
      -artifact_prefix="$PWD/$dir/crashes/$name/" -print_final_stats=1 >"$dir/$name.log" 2>&1; then
    result=clean
  else
    result="FAILED (see $dir/$name.log and $dir/crashes/$name/)"
  fi
  local runs cov rate
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/$name.log" | tail -1)" || true
  cov="$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$dir/$name.log" | tail -1)" || true
  rate="$(grep -oE 'exec/s: [0-9]+' "$dir/$name.log" | tail -1)" || true
  local took
  took="$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$dir/$name.log" | grep -oE '[0-9]+ second' | tail -1)" || true
  echo "$name: ${took:-?}s of ${seconds}s, runs ${runs:-?}, ${cov:-cov: ?}, ${rate:-exec/s: ?}: $result" | tee -a "$dir/summary.txt"
  [ "$result" = clean ]
}

: > "$dir/summary.txt"
status=0
pids=()
for name in "${targets[@]}"; do
  [ -x "$dir/tests/fuzz/fuzz_$name" ] || { echo "fuzz: no target '$name'; targets: ${all[*]}" >&2; exit 2; }
  echo "fuzz: $name for ${seconds}s"
  run "$name" &
  pids+=($!)
  if ((${#pids[@]} >= jobs)); then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
