#!/usr/bin/env python3
"""Writes a synthetic ecosystem network for timing `ecosys render` on large inputs.

    bench/generate_large_network.py [ACTORS] [OUT]     # defaults: 5000, stdout

Deterministic (fixed seed): the same arguments give the same file. The shape follows
networks/japan-innovation.json: regions of about 100 actors with the four helices
(about 70% industry, 15% academia, 10% government, 5% finance), ties grown by
preferential attachment inside each region (about 2.5 per actor, so hubs appear),
and 5% of ties across regions. Names mix Japanese and Latin text so that label
widths are measured on CJK text too. Not real data.
"""
import json
import random
import sys

TIE_TYPES = ["joint_research", "matching", "council", "supply", "training", "funding", "loan"]
KANJI = "北東南西山川田中本大学技研産業電機化成精工銀行県市"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    out = sys.argv[2] if len(sys.argv) > 2 else "-"
    rng = random.Random(20240601)
    regions = [{"id": f"r{i:02d}", "name": f"{KANJI[i % len(KANJI)]}{KANJI[(i * 7) % len(KANJI)]} Region {i}"}
               for i in range(max(1, n // 100))]
    actors, members = [], {r["id"]: [] for r in regions}
    for i in range(n):
        region = regions[i % len(regions)]["id"]
        x = rng.random()
        sector = "industry" if x < 0.70 else "academia" if x < 0.85 else "government" if x < 0.95 else "finance"
        name = "".join(rng.choice(KANJI) for _ in range(rng.randint(2, 6))) + f" Actor {i}"
        actors.append({"id": f"a{i:05d}", "name": name, "sector": sector, "region": region})
        members[region].append(i)
    ties = []
    for region, ids in members.items():
        degree = [1] * len(ids)
        for k in range(1, len(ids)):
            for _ in range(2 if k > 2 else 1):
                j = rng.choices(range(k), weights=degree[:k])[0]
                degree[j] += 1
                degree[k] += 1
                ties.append((ids[k], ids[j]))
    for _ in range(len(ties) // 19):  # 5% of all ties cross regions
        a, b = rng.randrange(n), rng.randrange(n)
        if actors[a]["region"] != actors[b]["region"]:
            ties.append((a, b))
    tie_records = []
    for a, b in ties:
        t = rng.choice(TIE_TYPES)
        rec = {"source": actors[a]["id"], "target": actors[b]["id"], "type": t,
               "weight": rng.randint(1, 5), "year": rng.randint(2001, 2020)}
        if t in ("funding", "loan"):
            rec["directed"] = True
        tie_records.append(rec)
    doc = {"name": f"Synthetic ecosystem, {n} actors (generated for benchmarks, not real data)",
           "regions": regions, "actors": actors, "ties": tie_records}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if out == "-":
        sys.stdout.write(text)
    else:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
