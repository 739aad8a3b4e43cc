#!/usr/bin/env python3
"""Every command that writes for people, in Japanese (issue 28), on the shipped Japan network.

For each command line, run once as it is and once with --lang ja, and check that:
- the exit codes are the same and the Japanese output has Japanese in it;
- the values are the same: every number with a decimal point, in order of appearance,
  is the same in both outputs (the languages differ in words only);
- no English heading is left: none of the fixed English phrases of the tables, and no
  metric key (a registry key as a whole word) where the Japanese heads its column;
- `--lang en`, `ECOSYS_LANG=ja` and `ecosys --lang ja COMMAND` behave as they should
  (English unchanged; the variable and the program-wide option as --lang ja);
- with --header-lang ja a CSV gains exactly one first row of headings, each Japanese, and
  is otherwise the English CSV byte for byte;
- --help in Japanese gives every command's summary in Japanese and the metric keys with
  their Japanese labels;
- --header-lang without CSV and --era without Japanese are usage errors (exit 2).
"""
import argparse
import json
import os
import re
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--ecosys", required=True)
parser.add_argument("--root", required=True)
args = parser.parse_args()
NET = os.path.join(args.root, "networks", "japan-innovation.json")
failures = []


def run(cmd, env=None, lang_env=None):
    e = dict(os.environ)
    e.pop("ECOSYS_LANG", None)
    if lang_env:
        e["ECOSYS_LANG"] = lang_env
    p = subprocess.run([args.ecosys] + cmd, capture_output=True, text=True, env=e, timeout=600)
    return p.returncode, p.stdout, p.stderr


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def japanese(text):
    return re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) is not None


def decimals(text):
    return re.findall(r"-?\d+\.\d+(?:e[+-]?\d+)?", text)


with open(NET, encoding="utf-8") as f:
    network = json.load(f)
actor = network["actors"][0]["id"]

registry_keys = re.findall(r"^  ([a-z_0-9]+) {2,}", run(["metrics", "--help", "--lang", "ja"])[1], re.M)
check(len(registry_keys) > 40, "metrics --help --lang ja lists the metric keys with labels (%d found)" % len(registry_keys))

# Phrases of the English tables that must not be left in Japanese ones.
english = ["Actors of", "Regions of", "Ranks in brackets", "Helix structure", "What changed", "Evaluation of",
           "Key players", "Removed:", "QAP correlation", "regression of", "Link prediction", "Matches (",
           "Needs per region", "actors per", "ties per", "Note:", "note:", "Whole network", "whole network",
           "treated pre", "Durability", "sectors present", "cross-sector", "Top brokers", "top brokers",
           "Dependence on", "Cut off", "cut off", "Cross-sector", "Event study", "Ties of", "weighted", "tied pairs",
           "measure", "before", "after"]

tables = [
    ["info", NET],
    ["metrics", NET],
    ["metrics", NET, "--only", "betweenness,tied_pairs,density", "--scope", "region"],
    ["metrics", NET, "--ties"],
    ["compare", NET, "--samples", "5", "--threads", "1"],
    ["compare", NET, "--samples", "5", "--threads", "1", "--format", "md", "--cug", "edges", "--cug-samples", "20"],
    ["compare", NET, "--by", "year", "--years", "2005,2010", "--samples", "0"],
    ["helix", NET, "--permutations", "99"],
    ["diff", NET, "--years", "2001-2005", "--vs", "2006-2011"],
    ["diff", NET, "--years", "2001-2005", "--vs", "2006-2011", "--format", "md"],
    ["evaluate", NET, "--programme", "knowledge_cluster", "--permutations", "99"],
    ["evaluate", NET, "--programme", "knowledge_cluster", "--permutations", "99", "--format", "md"],
    ["whatif", NET, "--remove-actors", actor],
    ["whatif", NET, "--remove-actors", actor, "--format", "md"],
    ["whatif", NET, "--each-actor", "--region", "tohoku"],
    ["keyplayers", NET, "--k", "2", "--region", "tohoku"],
    ["links", NET, "--method", "jaccard", "--top", "5"],
    ["links", NET, "--evaluate", "--train-until", "2008"],
    ["match", NET, "--top", "5", "--explain"],
    ["match", NET, "--top", "5", "--format", "md"],
    ["qap", NET, "--x", "same_region,same_sector", "--permutations", "50"],
    ["qap", NET, "--x", "same_region", "--correlate", "--permutations", "50"],
]
for cmd in tables:
    name = " ".join(c if c != NET else "NET" for c in cmd)
    rc_en, out_en, err_en = run(cmd + ["-q"] if cmd[0] != "info" else cmd)
    rc_ja, out_ja, err_ja = run(cmd + ["--lang", "ja"] + (["-q"] if cmd[0] != "info" else []))
    check(rc_en == 0 and rc_ja == 0, "%s: exit %d / %d (%s)" % (name, rc_en, rc_ja, (err_en + err_ja)[:300]))
    check(japanese(out_ja), name + ": the --lang ja output has Japanese")
    check(decimals(out_en) == decimals(out_ja), name + ": the same values in both languages")
    # The analysis notes stay English (docs/japanese.md): a Japanese table marks them 注.
    out_ja = "\n".join(line for line in out_ja.split("\n") if not line.startswith(("注: ", "> ", "- ")))
    for phrase in english:
        check(phrase not in out_ja, "%s: English %r left in the Japanese output" % (name, phrase))
    # A metric key as a column head or a row's measure: Japanese has the label instead.
    for key in registry_keys:
        if "_" in key or key in ("betweenness", "density", "transitivity", "modularity", "pagerank", "eigenvector",
                                 "closeness", "harmonic", "clustering", "diameter", "openness", "components"):
            check(re.search(r"(?<![\w-])%s(?![\w-])" % key, out_ja) is None,
                  "%s: metric key %r left in the Japanese output" % (name, key))
    rc, out_en2, _ = run(cmd + ["--lang", "en"] + (["-q"] if cmd[0] != "info" else []))
    check(out_en2 == out_en, name + ": --lang en is the English output byte for byte")

# The variable and the program-wide option.
rc, via_env, _ = run(["compare", NET, "--samples", "5", "--threads", "1", "-q"], lang_env="ja_JP.UTF-8")
rc, via_opt, _ = run(["compare", NET, "--samples", "5", "--threads", "1", "-q", "--lang", "ja"])
rc, via_top, _ = run(["--lang", "ja", "compare", NET, "--samples", "5", "--threads", "1", "-q"])
check(via_env == via_opt == via_top, "ECOSYS_LANG=ja_JP.UTF-8, --lang ja and ecosys --lang ja COMMAND give the same table")
rc, en_over_env, _ = run(["compare", NET, "--samples", "5", "--threads", "1", "-q", "--lang", "en"], lang_env="ja")
rc, plain, _ = run(["compare", NET, "--samples", "5", "--threads", "1", "-q"])
check(en_over_env == plain, "--lang en wins over ECOSYS_LANG=ja")

# Fiscal and era years in the labels of a year comparison and of a two-period diff.
rc, out, err = run(["compare", NET, "--by", "year", "--years", "2019", "--fiscal-years", "--samples", "0", "-q",
                    "--lang", "ja", "--era"])
check(rc == 0 and "令和元年度以前" in out, "compare --by year --fiscal-years --lang ja --era labels 令和元年度以前: " + out[:200] + err)
rc, out, err = run(["compare", NET, "--by", "year", "--years", "2010", "--fiscal-years", "--samples", "0", "-q"])
check(rc == 0 and "≤ FY2010" in out, "compare --by year --fiscal-years labels ≤ FY2010 in English: " + out[:200] + err)
rc, out, err = run(["diff", NET, "--years", "2001-2005", "--vs", "2006-2011", "--fiscal-years", "-q", "--lang", "ja", "--era"])
check(rc == 0 and "平成13年度–平成17年度" in out and "平成18年度–平成23年度" in out, "diff --lang ja --era labels the periods by era: " + out[:200] + err)

# CSV: one row of Japanese headings above the English keys, nothing else changed.
for cmd in (["metrics", NET], ["compare", NET, "--samples", "5", "--threads", "1"], ["helix", NET, "--permutations", "99"],
            ["diff", NET, "--years", "2001-2005", "--vs", "2006-2011"],
            ["evaluate", NET, "--programme", "knowledge_cluster", "--permutations", "99"],
            ["whatif", NET, "--remove-actors", actor], ["keyplayers", NET, "--k", "2", "--region", "tohoku"],
            ["links", NET, "--method", "jaccard", "--top", "5"], ["links", NET, "--evaluate", "--train-until", "2008"],
            ["match", NET, "--top", "5"], ["qap", NET, "--x", "same_region", "--permutations", "20"],
            ["metrics", NET, "--ties"], ["whatif", NET, "--each-actor", "--region", "tohoku"]):
    name = " ".join(c if c != NET else "NET" for c in cmd)
    rc, plain, _ = run(cmd + ["--format", "csv", "-q"])
    rc2, headed, _ = run(cmd + ["--format", "csv", "-q", "--header-lang", "ja"])
    check(rc == rc2 == 0, name + ": --header-lang ja runs")
    first, _, rest = headed.partition("\n")
    check(rest == plain, name + ": --header-lang ja adds one row, the rest is the English CSV byte for byte")
    untranslated = [h for h in first.split(",") if not japanese(h) and h not in ("ID", "AUC", "k", "t", "z", "p")]
    check(not untranslated, name + ": every heading of the row is Japanese, left: %s" % untranslated)
    rc, bom, _ = run(cmd + ["--format", "csv", "-q", "--header-lang", "ja", "--bom"]) if cmd[0] in (
        "metrics", "compare", "helix", "evaluate", "whatif", "keyplayers", "qap") and "--ties" not in cmd else (0, "\ufeff" + headed, "")
    check(bom == "\ufeff" + headed, name + ": with --bom the mark comes first, then the headings")

# Usage errors.
for cmd, what in ((["metrics", NET, "--header-lang", "ja"], "--header-lang without --format csv"),
                  (["compare", NET, "--era"], "--era without --lang ja"),
                  (["metrics", NET, "--lang", "jp"], "--lang jp")):
    rc, out, err = run(cmd)
    check(rc == 2 and out == "", "%s: exit 2 and nothing written (got %d, %r)" % (what, rc, err[:200]))

# --help in Japanese.
commands = re.findall(r"^  ([a-z-]+) {2,}", run(["--help"])[1].split("Subcommands:")[1], re.M)
check(len(commands) >= 18, "ecosys --help lists the commands (%d)" % len(commands))
for c in commands:
    rc, out, _ = run([c, "--help", "--lang", "ja"])
    summary = out.split("Usage:")[0]
    check(rc == 0 and japanese(summary), c + ": --help --lang ja opens with a Japanese summary")
    rc, out_env, _ = run([c, "--help"], lang_env="ja")
    check(out_env == out, c + ": ECOSYS_LANG=ja gives the same --help")
rc, top, _ = run(["--lang", "ja", "--help"])
check(japanese(top.split("Usage:")[0]), "ecosys --lang ja --help opens in Japanese")
rc, en_help, _ = run(["metrics", "--help"])
check(not japanese(en_help.split("Usage:")[0].split("Actor metrics")[0]), "metrics --help stays English without --lang ja")

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
