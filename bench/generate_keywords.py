#!/usr/bin/python3
"""A synthetic network with needs and seeds for bench/matching.sh (ecosys JSON on stdout).

N actors in 20 regions (r00..r19): 40% companies (industry) with 2-4 needs, 20% universities
(academia) with 3-6 seeds, the rest government, finance and support organisations; 2% of
them matching planners. Keywords are drawn from 300 ("kw000".."kw299", a few written in
upper case or full-width letters to exercise normalisation) with Zipf-like weights 1/(rank+1).
Ties: about 5 per actor, 80% inside the actor's region, the rest anywhere. Seeded.

    generate_keywords.py N [--seed S]
"""

import argparse
import json
import random


def main():
    p = argparse.ArgumentParser()
    p.add_argument("n", type=int)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    words = ["kw%03d" % i for i in range(300)]
    weights = [1.0 / (i + 1) for i in range(300)]
    regions = ["r%02d" % i for i in range(20)]

    def pick(k):
        out = set()
        while len(out) < k:
            out.add(rng.choices(words, weights)[0])
        def spelled(w):
            x = rng.random()
            if x < 0.03:
                return w.upper()
            if x < 0.05:
                return "".join(chr(ord(c) + 0xFEE0) for c in w)  # full-width forms
            return w
        return [spelled(w) for w in sorted(out)]

    actors = []
    by_region = {r: [] for r in regions}
    for i in range(a.n):
        region = regions[i % len(regions)]
        x = rng.random()
        actor = {"id": "a%05d" % i, "region": region}
        if x < 0.4:
            actor.update(sector="industry", needs=pick(rng.randint(2, 4)))
        elif x < 0.6:
            actor.update(sector="academia", seeds=pick(rng.randint(3, 6)))
        elif x < 0.8:
            actor.update(sector="government")
        else:
            actor.update(sector="finance")
        if rng.random() < 0.02:
            actor["role"] = "matching_planner"
        by_region[region].append(actor["id"])
        actors.append(actor)
    ties = set()
    ids = [x["id"] for x in actors]
    while len(ties) < a.n * 5 // 2:
        s = rng.choice(actors)
        t = rng.choice(by_region[s["region"]]) if rng.random() < 0.8 else rng.choice(ids)
        if s["id"] != t:
            ties.add(tuple(sorted((s["id"], t))))
    net = {"name": "synthetic %d actors with keywords (seed %d)" % (a.n, a.seed),
           "regions": [{"id": r} for r in regions], "actors": actors,
           "ties": [{"source": s, "target": t, "type": "matching"} for s, t in sorted(ties)]}
    print(json.dumps(net, ensure_ascii=False))


if __name__ == "__main__":
    main()
