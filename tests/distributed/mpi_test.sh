#!/usr/bin/env bash
# The exact path metrics shared among 2 MPI processes on one machine
# (docs/distributed.md): `mpirun -np 2 ecosys metrics` must give what one process
# gives, within 1e-12 relative for every value (closeness and harmonic: the same
# bits), the same bits from run to run, and a bad input one message and exit 1.
# Real networks that ship (networks/: the CORDIS Horizon 2020 cut, whole and one
# country, weighted too; Zachary's karate club) and, when the shared data folder is
# there (../shared/data beside the checkout, or ECOSYS_DATA), Les Misérables (weighted
# too), SNAP ca-GrQc and the CORDIS 2019-2022 organisations of one country; and
# compare's null model on the shipped Japanese example (its z-scores must be the same bits).
#   mpi_test.sh ECOSYS SOURCE_DIR MPIEXEC
# Exit 77 (skipped, with the reason) when the program was built without MPI.
set -euo pipefail
bin="$1" src="$2" mpiexec="${3:-}"
data="${ECOSYS_DATA:-$src/../shared/data}"
if [[ -z "$mpiexec" || ! -x "$mpiexec" ]]; then
  echo "mpi_test: skipped: ecosys was built without MPI (install libopenmpi-dev openmpi-bin: scripts/setup.sh)"
  exit 77
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/ecosys-mpi.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# -q: without mpirun's own banner when a process exits with an error.
mpi() { "$mpiexec" -q --oversubscribe -np 2 "$@"; }

# The same values within 1e-12 relative (0 and 0 equal), for every actor and key;
# with --exact, the same bits.
compare() {  # compare ONE TWO LABEL [--exact]
  python3 - "$@" <<'PY'
import json, sys
one, two, label = sys.argv[1:4]
exact = len(sys.argv) > 4
a, b = json.load(open(one)), json.load(open(two))
def values(doc, path="", out=None):
    """Every number of the document by its path; the other leaves must agree exactly."""
    out = {} if out is None else out
    if isinstance(doc, dict):
        for k, v in doc.items():
            values(v, path + "/" + str(doc.get("id", "")) + "." + k, out)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            values(v, path + "/" + str(i), out)
    elif isinstance(doc, (int, float)) and not isinstance(doc, bool):
        out[path] = float(doc)
    else:
        out[path] = doc
    return out
va, vb = values(a), values(b)
if va.keys() != vb.keys() or not va:
    sys.exit(f"{label}: different actors or keys ({len(va)} vs {len(vb)} values)")
worst = 0.0
for key, x in va.items():
    y = vb[key]
    if not isinstance(x, float) or not isinstance(y, float):
        if x != y:
            sys.exit(f"{label}: {key}: {x!r} vs {y!r}")
        continue
    rel = 0.0 if x == y else abs(x - y) / max(abs(x), abs(y))
    worst = max(worst, rel)
    if (exact and x != y) or rel > 1e-12:
        sys.exit(f"{label}: {key}: {x!r} vs {y!r} (relative {rel:.3g})")
print(f"{label}: {len(va)} values, largest relative difference {worst:.3g}")
PY
}

# check NAME NETWORK [OPTIONS...]: one process vs 2 processes vs 2 processes again.
check() {
  local name="$1" net="$2"
  shift 2
  local keys=betweenness,closeness,harmonic
  "$bin" metrics "$net" --only $keys --format json -q --threads 1 "$@" >"$tmp/$name.1.json"
  mpi "$bin" metrics "$net" --only $keys --format json -q --threads 1 "$@" >"$tmp/$name.2a.json" ||
    fail "$name: mpirun -np 2 failed"
  mpi "$bin" metrics "$net" --only $keys --format json -q --threads 2 "$@" >"$tmp/$name.2b.json" ||
    fail "$name: mpirun -np 2 (2 threads) failed"
  compare "$tmp/$name.1.json" "$tmp/$name.2a.json" "$name: 1 vs 2 processes" || fail "$name: 1 vs 2 processes"
  compare "$tmp/$name.2a.json" "$tmp/$name.2b.json" "$name: 2 processes, run to run" --exact ||
    fail "$name: 2 processes, run to run"
}

check cordis-cee-at "$src/networks/cordis-cee-at.json"
check cordis-cee-at-weighted "$src/networks/cordis-cee-at.json" --weighted
check cordis-cee-at-estonia "$src/networks/cordis-cee-at.json" --region EE
check karate "$src/networks/zachary-karate-club.json"
if [[ -f "$data/les-miserables/lesmis.gml" ]]; then
  check les-miserables "$data/les-miserables/lesmis.gml" --default-sector academia
  check les-miserables-weighted "$data/les-miserables/lesmis.gml" --default-sector academia --weighted
else
  echo "mpi_test: no shared data folder at $data (set ECOSYS_DATA); its checks skipped"
fi
if [[ -f "$data/snap-ca-grqc/CA-GrQc.txt" ]]; then
  check ca-grqc "$data/snap-ca-grqc/CA-GrQc.txt" --default-sector academia
else
  echo "mpi_test: no snap-ca-grqc in $data; that check skipped"
fi
cordis="$data/cordis-h2020-participations-2019-2022/participations.csv"
if [[ -f "$cordis" ]]; then
  "$bin" import-projects "$cordis" --project-col rcn --actor-col pic --sector-col type --region-col country \
    --year-col start_year --sector-map "$src/docs/sector-maps/cordis.csv" --ties -q -o "$tmp/cordis.json"
  check cordis-portugal "$tmp/cordis.json" --region PT
else
  echo "mpi_test: no cordis-h2020-participations-2019-2022 in $data; that check skipped"
fi

# compare: the null model's random graphs shared too (the z-scores: the same bits).
"$bin" compare "$src/networks/japan-innovation.json" --format json -q --threads 1 >"$tmp/compare.1.json"
mpi "$bin" compare "$src/networks/japan-innovation.json" --format json -q --threads 1 >"$tmp/compare.2.json" ||
  fail "compare: mpirun -np 2 failed"
compare "$tmp/compare.1.json" "$tmp/compare.2.json" "compare japan-innovation: 1 vs 2 processes" ||
  fail "compare: 1 vs 2 processes"
python3 - "$tmp/compare.1.json" "$tmp/compare.2.json" <<'PY' || fail "compare: z-scores differ"
import json, sys
def z(doc, out):
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k.startswith("z"): out.append(v)
            else: z(v, out)
    elif isinstance(doc, list):
        for v in doc: z(v, out)
    return out
a, b = (z(json.load(open(p)), []) for p in sys.argv[1:])
if a != b or not a: sys.exit(f"z-scores: {len(a)} vs {len(b)} or different")
print(f"compare japan-innovation: {len(a)} z-scores, the same bits")
PY

# helix: the E-I test's relabellings shared (whole-number counts: the same bits).
"$bin" helix "$src/networks/cordis-cee-at.json" --permutations 3000 --format json -q >"$tmp/helix.1.json"
mpi "$bin" helix "$src/networks/cordis-cee-at.json" --permutations 3000 --format json -q >"$tmp/helix.2.json" ||
  fail "helix: mpirun -np 2 failed"
if cmp -s "$tmp/helix.1.json" "$tmp/helix.2.json"; then
  echo "helix cordis-cee-at: 1 vs 2 processes, the same bytes"
else
  fail "helix: 1 vs 2 processes differ"
fi

# keyplayers: the restarts shared (each restart's end in its own slots: the same bytes).
"$bin" keyplayers "$src/networks/cordis-cee-at.json" --k 4 --restarts 9 --format json -q >"$tmp/kp.1.json"
mpi "$bin" keyplayers "$src/networks/cordis-cee-at.json" --k 4 --restarts 9 --format json -q >"$tmp/kp.2.json" ||
  fail "keyplayers: mpirun -np 2 failed"
if cmp -s "$tmp/kp.1.json" "$tmp/kp.2.json" && grep -q '"exact": false' "$tmp/kp.1.json"; then
  echo "keyplayers cordis-cee-at: 1 vs 2 processes, the same bytes"
else
  fail "keyplayers: 1 vs 2 processes differ (or the search was exact)"
fi

# qap and compare --cug: permutations and random graphs shared (whole-number counts: the same bytes).
"$bin" qap "$src/networks/japan-innovation.json" --region kanto --x same_sector,same_kind --permutations 500 --format json -q \
  >"$tmp/qap.1.json"
mpi "$bin" qap "$src/networks/japan-innovation.json" --region kanto --x same_sector,same_kind --permutations 500 --format json -q \
  >"$tmp/qap.2.json" || fail "qap: mpirun -np 2 failed"
if cmp -s "$tmp/qap.1.json" "$tmp/qap.2.json" && grep -q '"permutations": 500' "$tmp/qap.1.json"; then
  echo "qap japan-innovation kanto: 1 vs 2 processes, the same bytes"
else
  fail "qap: 1 vs 2 processes differ"
fi
"$bin" compare "$src/networks/japan-innovation.json" --metrics transitivity,density --samples 0 --cug edges --cug-samples 60 \
  --format json -q >"$tmp/cug.1.json"
mpi "$bin" compare "$src/networks/japan-innovation.json" --metrics transitivity,density --samples 0 --cug edges --cug-samples 60 \
  --format json -q >"$tmp/cug.2.json" || fail "compare --cug: mpirun -np 2 failed"
python3 - "$tmp/cug.1.json" "$tmp/cug.2.json" <<'PY' || fail "compare --cug: 1 vs 2 processes differ"
import json, sys
def p(doc):
    rows = doc["rows"] + [doc["whole"]]
    return [(r["id"], k, v["p_greater"], v["p_less"], v["samples"]) for r in rows for k, v in r["cug"].items()]
a, b = (p(json.load(open(f))) for f in sys.argv[1:])
if a != b or not a: sys.exit(f"CUG p-values: {len(a)} vs {len(b)} or different")
print(f"compare --cug japan-innovation: {len(a)} p-value pairs, the same")
PY

# Processes that read different files under one name (a working folder per process):
# one message, exit 1, nothing written, instead of mixed results.
mkdir -p "$tmp/rank0" "$tmp/rank1"
printf 'source,target,weight\na,b,1\nb,c,1\nc,d,1\n' >"$tmp/rank0/net.csv"
printf 'source,target,weight\na,b,1\nb,c,2\nc,d,1\n' >"$tmp/rank1/net.csv"
set +e
mpi sh -c 'cd "$0/rank${OMPI_COMM_WORLD_RANK:-0}" && exec "$1" metrics net.csv --default-sector academia --weighted -q -o out.json' \
  "$tmp" "$bin" >"$tmp/differ.out" 2>"$tmp/differ.err"
code=$?
set -e
[[ $code -eq 1 ]] || fail "different files per process: exit $code, expected 1"
grep -q "process 1 of 2 read a different network from 'net.csv' than process 0" "$tmp/differ.err" ||
  fail "different files per process: no clear message: $(head -c 300 "$tmp/differ.err")"
[[ ! -e "$tmp/rank0/out.json" && ! -e "$tmp/rank1/out.json" ]] || fail "different files per process: output written"

# A bad input: one message (from process 0), exit 1, nothing written.
printf 'source,target\na,b\nc\n' >"$tmp/bad.csv"
set +e
mpi "$bin" metrics "$tmp/bad.csv" --default-sector academia -o "$tmp/out.json" >"$tmp/bad.out" 2>"$tmp/bad.err"
code=$?
set -e
[[ $code -eq 1 ]] || fail "bad input: exit $code, expected 1"
grep -q "^$tmp/bad.csv:3:" "$tmp/bad.err" || fail "bad input: no file:line message: $(cat "$tmp/bad.err")"
[[ $(grep -c "^$tmp/bad.csv:" "$tmp/bad.err") -eq 1 ]] || fail "bad input: not exactly one message: $(cat "$tmp/bad.err")"
[[ ! -e "$tmp/out.json" ]] || fail "bad input: output written"

if ((failures)); then
  echo "mpi_test: $failures failure(s)" >&2
  exit 1
fi
echo "mpi_test: all checks passed"
