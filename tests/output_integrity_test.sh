#!/usr/bin/env bash
# Output integrity, by injecting real failures (no test hooks in the program):
# a write cut short by the file size limit (ulimit -f, SIGXFSZ ignored, so
# write() fails with EFBIG half-way) must exit 1 with a clear message, leave the
# previous file byte for byte as it was and leave no temporary file; a CSV folder
# is replaced as a whole or not at all; an output that is one of the inputs is
# refused before anything is written.  Usage: output_integrity_test.sh ECOSYS REPO_ROOT
source "$(dirname "$0")/harness.sh" "$1" "$2"

err_is() {  # err_is NAME TEXT: stderr is exactly TEXT
  if [ "$(cat "$work/err")" = "$2" ]; then pass; else
    fail "$1: stderr is '$(head -c 400 "$work/err")', expected '$2'"
  fi
}

only() {  # only NAME DIR ENTRY...: DIR holds exactly these entries (no temporary files)
  local name="$1" dir="$2"
  shift 2
  local want got
  want="$(printf '%s\n' "$@" | sort)"
  got="$(ls -A "$dir" | sort)"
  if [ "$got" = "$want" ]; then pass; else fail "$name: $dir holds '$(echo $got)', expected '$(echo $want)'"; fi
}

# Writes fail at 1 KiB: each command runs in a subshell that ignores SIGXFSZ
# (inherited by ecosys), so the write returns EFBIG instead of killing it.
limited() { (trap '' XFSZ; ulimit -f 1; "$@"); }

small="$root/networks/florentine-families.json"    # small outputs (under 1 KiB where it matters)
large="$root/networks/zachary-karate-club.json"    # outputs well over 1 KiB

# --- metrics -o: a failed rewrite keeps the previous file --------------------
mkdir -p "$work/m"
check "metrics first write" 0 "$ecosys" metrics -q "$small" --only degree --format csv -o "$work/m/out.csv"
cp "$work/m/out.csv" "$work/m.before"
check "metrics write cut short" 1 limited "$ecosys" metrics -q "$large" --format csv -o "$work/m/out.csv"
err_is "metrics write cut short" "ecosys: error: cannot write $work/m/out.csv: File too large"
same "metrics write cut short" "$work/m.before" "$work/m/out.csv"
only "metrics write cut short" "$work/m" out.csv

# --- convert to a file, and render -----------------------------------------
mkdir -p "$work/c"
check "convert first write" 0 "$ecosys" convert -q "$small" "$work/c/net.graphml"
cp "$work/c/net.graphml" "$work/c.before"
check "convert write cut short" 1 limited "$ecosys" convert -q "$large" "$work/c/net.graphml"
err_is "convert write cut short" "ecosys: error: cannot write $work/c/net.graphml: File too large"
same "convert write cut short" "$work/c.before" "$work/c/net.graphml"
only "convert write cut short" "$work/c" net.graphml

mkdir -p "$work/r"
printf 'previous drawing\n' >"$work/r/net.svg"
check "render write cut short" 1 limited "$ecosys" render -q "$large" -o "$work/r/net.svg"
err_is "render write cut short" "ecosys: error: cannot write $work/r/net.svg: File too large"
if [ "$(cat "$work/r/net.svg")" = "previous drawing" ]; then pass; else fail "render write cut short: net.svg changed"; fi
only "render write cut short" "$work/r" net.svg

# --- a CSV folder is replaced as a whole or not at all -----------------------
# The new network's tables are under 1 KiB but for ties.csv (45 ties with a long
# type), written last: the other new tables are complete before the failure, and
# must not replace the old ones.
check "CSV folder first write" 0 "$ecosys" convert -q "$small" "$work/folder/"
cp -r "$work/folder" "$work/folder.before"
{
  printf '{"actors": ['
  sep=""
  for i in 0 1 2 3 4 5 6 7 8 9; do printf '%s{"id": "a%s", "sector": "industry"}' "$sep" "$i"; sep=", "; done
  printf '], "ties": ['
  sep=""
  for i in 0 1 2 3 4 5 6 7 8 9; do for j in 0 1 2 3 4 5 6 7 8 9; do
    if [ "$i" -lt "$j" ]; then printf '%s{"source": "a%s", "target": "a%s", "type": "joint_research_and_development"}' "$sep" "$i" "$j"; sep=", "; fi
  done; done
  printf ']}\n'
} >"$work/ties45.json"
check "CSV folder write cut short" 1 limited "$ecosys" convert -q "$work/ties45.json" "$work/folder/"
err_is "CSV folder write cut short" "ecosys: error: cannot write $work/folder/ties.csv: File too large"
for f in actors.csv participants.csv projects.csv regions.csv sectors.csv ties.csv; do
  same "CSV folder write cut short: $f" "$work/folder.before/$f" "$work/folder/$f"
done
only "CSV folder write cut short" "$work/folder" actors.csv participants.csv projects.csv regions.csv sectors.csv ties.csv

# --- a folder that cannot be written ------------------------------------------
# (root writes into read-only folders, so this part only runs for other users)
if [ "$(id -u)" -ne 0 ]; then
  mkdir -p "$work/ro"
  printf 'old\n' >"$work/ro/out.json"
  chmod a-w "$work/ro"
  check "read-only folder" 1 "$ecosys" metrics -q "$small" --format json -o "$work/ro/out.json"
  err_is "read-only folder" "ecosys: error: cannot write $work/ro/out.json: Permission denied"
  if [ "$(cat "$work/ro/out.json")" = "old" ]; then pass; else fail "read-only folder: out.json changed"; fi
  chmod u+w "$work/ro"
fi

# --- the tool never writes over its input -------------------------------------
cp "$small" "$work/in.json"
cp "$work/in.json" "$work/in.before"
refused() {  # refused NAME MESSAGE COMMAND...: exit 2, MESSAGE, the input unchanged
  local name="$1" message="$2"
  shift 2
  check "$name" 2 "$@"
  err_is "$name" "ecosys: error: $message"
  same "$name" "$work/in.before" "$work/in.json"
}
refused "convert onto its input" "will not write '$work/in.json': it is the input '$work/in.json'; write to another file" \
  "$ecosys" convert -q "$work/in.json" "$work/in.json"
refused "convert onto its input, spelled otherwise" \
  "will not write '$work/./sub/../in.json': it is the input '$work/in.json'; write to another file" \
  "$ecosys" convert -q "$work/in.json" "$work/./sub/../in.json"
mkdir -p "$work/sub"
refused "convert onto its input, spelled otherwise, folder present" \
  "will not write '$work/./sub/../in.json': it is the input '$work/in.json'; write to another file" \
  "$ecosys" convert -q "$work/in.json" "$work/./sub/../in.json"
refused "metrics onto its input" "will not write '$work/in.json': it is the input '$work/in.json'; write to another file" \
  "$ecosys" metrics -q "$work/in.json" --format json -o "$work/in.json"
refused "helix onto its input" "will not write '$work/in.json': it is the input '$work/in.json'; write to another file" \
  "$ecosys" helix -q "$work/in.json" --format json -o "$work/in.json"
ln -s "$work/in.json" "$work/link.svg"
refused "render onto its input through a link" "will not write '$work/link.svg': it is the input '$work/in.json'; write to another file" \
  "$ecosys" render -q "$work/in.json" -o "$work/link.svg"

# A CSV folder: neither the folder itself nor one of its tables.
check "CSV input folder" 0 "$ecosys" convert -q "$small" "$work/csvin/"
cp -r "$work/csvin" "$work/csvin.before"
check "convert a CSV folder onto itself" 2 "$ecosys" convert -q "$work/csvin" "$work/csvin/"
err_is "convert a CSV folder onto itself" \
  "ecosys: error: will not write '$work/csvin/sectors.csv': it is a file of the input folder '$work/csvin'; write to another file"
check "metrics onto a table of its CSV folder" 2 "$ecosys" metrics -q "$work/csvin" --format csv -o "$work/csvin/actors.csv"
err_is "metrics onto a table of its CSV folder" \
  "ecosys: error: will not write '$work/csvin/actors.csv': it is a file of the input folder '$work/csvin'; write to another file"
for f in actors.csv participants.csv projects.csv regions.csv sectors.csv ties.csv; do
  same "CSV input folder unchanged: $f" "$work/csvin.before/$f" "$work/csvin/$f"
done
# Other files beside the tables are fine.
check "metrics beside the tables of its CSV folder" 0 "$ecosys" metrics -q "$work/csvin" --format csv -o "$work/csvin/metrics.csv"

# import-projects: the table and the sector map are inputs too.
printf 'project,actor,type\np1,a,PRC\np1,b,HES\n' >"$work/table.csv"
printf 'value,sector\nPRC,industry\nHES,academia\n' >"$work/map.csv"
cp "$work/table.csv" "$work/table.before"
cp "$work/map.csv" "$work/map.before"
check "import-projects onto its table" 2 "$ecosys" import-projects -q "$work/table.csv" --project-col project --actor-col actor \
  --sector-col type --sector-map "$work/map.csv" --format json -o "$work/table.csv"
err_is "import-projects onto its table" \
  "ecosys: error: will not write '$work/table.csv': it is the input '$work/table.csv'; write to another file"
check "import-projects onto its sector map" 2 "$ecosys" import-projects -q "$work/table.csv" --project-col project --actor-col actor \
  --sector-col type --sector-map "$work/map.csv" --format json -o "$work/map.csv"
err_is "import-projects onto its sector map" \
  "ecosys: error: will not write '$work/map.csv': it is the input '$work/map.csv'; write to another file"
same "import-projects table unchanged" "$work/table.before" "$work/table.csv"
same "import-projects sector map unchanged" "$work/map.before" "$work/map.csv"

# Two processes writing one CSV folder at once: the folder ends as one network's tables,
# never a mix (the renames are made under a lock on the folder). Networks of our own: a
# "ring" with programmes and a "star" without, so a stale programmes.csv would show too.
python3 - "$work" <<'PY'
import json, sys
d = sys.argv[1]
ring = {"actors": [{"id": f"r{i}", "sector": "industry", "region": "north"} for i in range(40)],
        "ties": [{"source": f"r{i}", "target": f"r{(i + 1) % 40}"} for i in range(40)],
        "programmes": [{"id": "prog", "regions": ["north"], "years": "2001-2003"}],
        "projects": [{"id": "p1", "year": 2002, "programme": "prog", "participants": ["r0", "r1"]}]}
star = {"actors": [{"id": "hub", "sector": "academia"}] + [{"id": f"s{i}", "sector": "finance"} for i in range(60)],
        "ties": [{"source": "hub", "target": f"s{i}"} for i in range(60)]}
json.dump(ring, open(f"{d}/ring.json", "w"))
json.dump(star, open(f"{d}/star.json", "w"))
PY
mixed=0
for i in $(seq 1 25); do
  "$ecosys" convert -q "$work/ring.json" "$work/race" &
  "$ecosys" convert -q "$work/star.json" "$work/race" &
  wait
  "$ecosys" convert -q "$work/race" "$work/race.json" 2>/dev/null || { mixed=$((mixed + 1)); continue; }
  python3 - "$work/race.json" <<'PY' || mixed=$((mixed + 1))
import json, sys
n = json.load(open(sys.argv[1]))
ids = {a["id"] for a in n["actors"]}
ring = all(i.startswith("r") for i in ids) and len(ids) == 40 and len(n.get("programmes", [])) == 1
star = "hub" in ids and len(ids) == 61 and not n.get("programmes") and not n.get("projects")
sys.exit(0 if (ring or star) and all(t["source"] in ids and t["target"] in ids for t in n.get("ties", [])) else 1)
PY
done
if [ "$mixed" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: concurrent CSV folder writes mixed the tables in $mixed of 25 runs"; fi

finish output_integrity
