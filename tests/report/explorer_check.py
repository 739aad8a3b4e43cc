#!/usr/bin/env python3
"""Opens an explorer page written by ecosys (`ecosys explore`, or the report's explorer)
in headless Chromium and uses it as a reader would, checking what it shows against
values computed here from the network file with NetworkX, and against `ecosys metrics`:

  - the page loads with no console message (but Chromium's own GL driver notes), no
    request and no injected script (window.__pwned);
  - typing in the search box lists exactly the actors whose id or name holds the text;
    Enter opens the first one's panel, whose values equal `ecosys metrics --format json`;
  - a real mouse click on an actor opens its panel; the ego network at depth 1 and 2
    has NetworkX's counts (single-source shortest paths with a cutoff);
  - unchecking a sector draws the actors and tied pairs NetworkX counts without it;
  - the k-core slider, moved with the keyboard, keeps nx.k_core's actors, and each
    actor's core number is nx.core_number's;
  - the timeline's last year, moved with the keyboard, keeps the actors with a tie in
    the years (and those with no dated tie) and the pairs tied then;
  - the view exported as SVG has one shape per drawn actor, PNG is a PNG, and no two
    drawn labels overlap;
  - "/" focuses the search box, Escape closes the panel;
  - a screenshot is saved (--screenshot).

Exit 0 when every check passes, 1 when one fails, 77 when Chromium or its driver is missing.

  explorer_check.py PAGE.html --network NET.json --metrics M.json [--region-metrics R.json]
                    [--element explorer] [--search TEXT] [--hostile TEXT ...] [--screenshot FILE]
"""
import argparse
import base64
import json
import os
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_check import SKIP, Checks, check_stays_offline, chromium_missing, session  # noqa: E402

import networkx as nx  # noqa: E402

KEY = {"enter": "\ue007", "escape": "\ue00c", "home": "\ue011", "right": "\ue014"}


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def reference(path):
    """The network as the explorer draws it: actors, and ties (the file's and each
    pair of a project's participants), self-loops left out."""
    with open(path, encoding="utf-8") as f:
        net = json.load(f)
    actors = [a["id"] for a in net["actors"]]
    ties = []  # (source, target, type, year)
    for t in net.get("ties", []):
        if t["source"] != t["target"]:
            ties.append((t["source"], t["target"], t.get("type", "tie"), t.get("year")))
    for p in net.get("projects", []):
        ids = []
        for x in p.get("participants", []):
            a = x if isinstance(x, str) else x.get("actor", x.get("id"))
            if a not in ids:
                ids.append(a)
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                ties.append((ids[i], ids[j], "project", p.get("year")))
    return net, actors, ties


def graph_of(actors, ties, keep_actor=lambda a: True, keep_tie=lambda t: True):
    g = nx.Graph()
    g.add_nodes_from(a for a in actors if keep_actor(a))
    for t in ties:
        if keep_tie(t) and keep_actor(t[0]) and keep_actor(t[1]):
            g.add_edge(t[0], t[1])
    return g


def main():
    p = argparse.ArgumentParser()
    p.add_argument("page")
    p.add_argument("--network")
    p.add_argument("--metrics", help="ecosys metrics --format json of the same network")
    p.add_argument("--region-metrics", help="ecosys metrics --scope region --format json: checks a region's view")
    p.add_argument("--javascript-off", action="store_true",
                   help="open with JavaScript disabled: the explorer's note shows and the static diagrams stay")
    p.add_argument("--element", default="explorer")
    p.add_argument("--search", help="text to type in the search box (default: part of an actor's name)")
    p.add_argument("--hostile", action="append", default=[])
    p.add_argument("--screenshot")
    args = p.parse_args()

    if chromium_missing():
        print(chromium_missing())
        return SKIP

    if args.javascript_off:
        return javascript_off(args)
    net, actors, ties = reference(args.network)
    with open(args.metrics, encoding="utf-8") as f:
        metrics = {a["id"]: a for a in json.load(f)["actors"]}
    sector = {a["id"]: a.get("sector") for a in net["actors"]}
    name = {a["id"]: a.get("name", a["id"]) for a in net["actors"]}
    full = graph_of(actors, ties)

    check = Checks()
    api = f"window.ecosysExplorers[{json.dumps(args.element)}]"
    root = f"document.getElementById({json.dumps(args.element)})"
    with session(check) as d:
        url = "file://" + os.path.abspath(args.page)
        d.logs("performance")
        d.s("POST", "/url", {"url": url})
        for _ in range(300):
            if d.js(f"return !!({root} && {root}.dataset.ready)"):
                break
            time.sleep(0.1)
        check(d.js(f"return !!{root}.dataset.ready"), "the explorer draws")
        d.js(f"{root}.scrollIntoView({{block: 'start'}})")
        time.sleep(0.3)

        def drawn():
            return d.js(f"return {api}.drawn()")

        def panel_values():
            return d.js(f"""return Array.from({root}.querySelectorAll('.ex-metrics tr'))
                .map(tr => [tr.dataset.key, tr.querySelector('td.v').dataset.value])""")

        def values_match(actor, table=metrics):
            rows = panel_values()
            bad = []
            for key, text in rows:
                want = table[actor].get(key)
                got = None if text == "" else float(text)
                if (want is None) != (got is None) or (want is not None and float(want) != got):
                    bad.append((key, want, got))
            return rows, bad

        n = len(actors)
        pairs = full.number_of_edges()
        check(drawn() == {"actors": n, "ties": pairs}, f"draws every actor and tied pair: {drawn()} vs {n}, {pairs}")

        # Search, typed.
        query = args.search or name[max(actors, key=lambda a: len(name[a]))][:4]
        box = d.find(f"#{args.element} .ex-q")
        d.s("POST", f"/element/{box}/value", {"text": query})
        time.sleep(0.2)
        listed = d.js(f"return Array.from({root}.querySelectorAll('.ex-results button')).map(b => +b.dataset.index)")
        expected = [i for i, a in enumerate(actors) if fold(query) in fold(a) or fold(query) in fold(name[a])][:20]
        check(listed == expected, f"search {query!r} lists the {len(expected)} actors holding it: {listed[:5]}")
        d.s("POST", f"/element/{box}/value", {"text": KEY["enter"]})
        time.sleep(0.5)
        if expected:
            first = actors[expected[0]]
            shown_name = d.js(f"return ({root}.querySelector('.ex-name') || {{}}).textContent")
            check(shown_name == name[first], f"Enter opens {name[first]!r}'s panel: {shown_name!r}")
            rows, bad = values_match(first)
            check(len(rows) > 5 and not bad, f"its {len(rows)} panel values equal `ecosys metrics` JSON: {bad[:3]}")

        # A real click on the actor with the highest betweenness (drawn largest, on top).
        hub = max(actors, key=lambda a: (metrics[a].get("betweenness") or 0))
        d.js(f"{api}.select(null)")  # nothing selected: every actor drawn plainly
        d.s("POST", "/actions", {"actions": [{"type": "key", "id": "k", "actions": [
            {"type": "keyDown", "value": KEY["escape"]}, {"type": "keyUp", "value": KEY["escape"]}]}]})
        time.sleep(0.3)
        at = d.js(f"return {api}.position(arguments[0])", hub)
        d.s("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                                              "actions": [{"type": "pointerMove", "x": int(at["x"]), "y": int(at["y"]), "origin": "viewport"},
                                                          {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}]})
        time.sleep(0.5)
        shown_name = d.js(f"return ({root}.querySelector('.ex-name') || {{}}).textContent")
        check(shown_name == name[hub], f"a click on {name[hub]!r} opens its panel: {shown_name!r}")
        rows, bad = values_match(hub)
        check(not bad, f"its panel values equal `ecosys metrics` JSON: {bad[:3]}")
        depth = d.find(f"#{args.element} .ex-depth")
        d.js("arguments[0].value = '2'; arguments[0].dispatchEvent(new Event('change'))", {"element-6066-11e4-a52e-4f735466cecf": depth})
        time.sleep(0.3)
        lengths = nx.single_source_shortest_path_length(full, hub, cutoff=2)
        want = [sum(1 for v in lengths.values() if v == k) for k in (1, 2)]
        got = d.js(f"const e = {root}.querySelector('.ex-ego'); return [+e.dataset.depth1, +e.dataset.depth2]")
        check(got == want, f"ego network at depth 2: {got} actors at distance 1, 2; NetworkX {want}")

        # A region's view: its own actors, with `metrics --scope region` values.
        if args.region_metrics:
            with open(args.region_metrics, encoding="utf-8") as f:
                inside = {a["id"]: a for a in json.load(f)["actors"]}
            region_of = {a["id"]: a.get("region") for a in net["actors"]}
            counts = {}
            for a in actors:
                if region_of[a]:
                    counts[region_of[a]] = counts.get(region_of[a], 0) + 1
            region = max(counts, key=lambda r: (counts[r], r))
            option = d.js(f"""return Array.from({root}.querySelectorAll('.ex-scope option'))
                .findIndex(o => o.textContent === arguments[0])""",
                          next((r.get("name", r["id"]) for r in net.get("regions", []) if r["id"] == region), region))
            d.js(f"const s = {root}.querySelector('.ex-scope'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))", str(option))
            time.sleep(0.4)
            g = graph_of(actors, ties, keep_actor=lambda a: region_of[a] == region)
            check(drawn() == {"actors": g.number_of_nodes(), "ties": g.number_of_edges()},
                  f"region {region!r}: {drawn()}; NetworkX {g.number_of_nodes()} actors, {g.number_of_edges()} pairs")
            top = max((a for a in actors if region_of[a] == region), key=lambda a: (inside[a].get("betweenness") or 0, a))
            d.js(f"{api}.select(arguments[0])", top)
            time.sleep(0.4)
            rows, bad = values_match(top, inside)
            check(rows and not bad, f"{name[top]!r} in {region!r}: panel values equal `metrics --scope region`: {bad[:3]}")
            d.js(f"const s = {root}.querySelector('.ex-scope'); s.value = '0'; s.dispatchEvent(new Event('change'))")
            time.sleep(0.3)
            check(drawn()["actors"] == n, "back to the whole network")

        # Keyboard: Escape closes the panel, "/" focuses the search box.
        d.js(f"{root}.querySelector('.ex-stage').focus()")
        d.s("POST", "/actions", {"actions": [{"type": "key", "id": "k", "actions": [
            {"type": "keyDown", "value": KEY["escape"]}, {"type": "keyUp", "value": KEY["escape"]},
            {"type": "keyDown", "value": "/"}, {"type": "keyUp", "value": "/"}]}]})
        time.sleep(0.2)
        check(d.js(f"return !{root}.querySelector('.ex-name')"), "Escape closes the actor's panel")
        check(d.js(f"return document.activeElement === {root}.querySelector('.ex-q')"), '"/" focuses the search box')

        # Unchecking the first sector.
        first_sector = d.js(f"return {api}.data.sectors[0].id")
        boxes = f"{root}.querySelectorAll('.ex-sectors input')"
        d.click(d.s("POST", "/elements", {"using": "css selector", "value": f"#{args.element} .ex-sectors input"})[0]["element-6066-11e4-a52e-4f735466cecf"])
        time.sleep(0.3)
        g = graph_of(actors, ties, keep_actor=lambda a: sector[a] != first_sector)
        check(drawn() == {"actors": g.number_of_nodes(), "ties": g.number_of_edges()},
              f"without sector {first_sector!r}: {drawn()}; NetworkX {g.number_of_nodes()} actors, {g.number_of_edges()} pairs")
        d.js(f"{boxes}[0].click()")
        time.sleep(0.3)

        # k-core with the keyboard.
        cores = nx.core_number(full)
        got_cores = d.js(f"return arguments[0].map(a => {api}.coreOf(a))", actors)
        check(got_cores == [cores[a] for a in actors], "every actor's core number is NetworkX's core_number")
        k = min(3, max(cores.values()))
        slider = d.s("POST", "/element", {"using": "css selector", "value": f"#{args.element} .ex-k"})["element-6066-11e4-a52e-4f735466cecf"]
        d.click(slider)
        d.s("POST", f"/element/{slider}/value", {"text": KEY["home"] + KEY["right"] * k})
        time.sleep(0.4)
        kc = nx.k_core(full, k)
        check(d.js(f"return +{root}.querySelector('.ex-k').value") == k and
              drawn() == {"actors": kc.number_of_nodes(), "ties": kc.number_of_edges()},
              f"k-core ≥ {k}: {drawn()}; NetworkX k_core {kc.number_of_nodes()} actors, {kc.number_of_edges()} pairs")
        d.s("POST", f"/element/{slider}/value", {"text": KEY["home"]})
        time.sleep(0.3)

        # The timeline's last year, with the keyboard.
        years = sorted({t[3] for t in ties if t[3] is not None})
        if len(years) > 1:
            y = years[len(years) // 2]
            to = d.s("POST", "/element", {"using": "css selector", "value": f"#{args.element} .ex-to"})["element-6066-11e4-a52e-4f735466cecf"]
            d.click(to)
            d.s("POST", f"/element/{to}/value", {"text": KEY["home"] + KEY["right"] * (y - years[0])})
            time.sleep(0.4)
            in_years = [t for t in ties if t[3] is None or t[3] <= y]
            dated = {a for t in ties if t[3] is not None for a in t[:2]}
            touched = {a for t in in_years for a in t[:2]}
            g = graph_of(actors, in_years, keep_actor=lambda a: a not in dated or a in touched)
            check(drawn() == {"actors": g.number_of_nodes(), "ties": g.number_of_edges()},
                  f"years {years[0]}–{y}: {drawn()}; expected {g.number_of_nodes()} actors, {g.number_of_edges()} pairs")
            if args.screenshot:
                png = base64.b64decode(d.s("GET", "/screenshot"))
                with open(os.path.splitext(args.screenshot)[0] + "-timeline.png", "wb") as f:
                    f.write(png)
            d.s("POST", f"/element/{to}/value", {"text": "\ue010"})  # End
            time.sleep(0.3)
            check(drawn()["actors"] == n, "the last year back at the end draws every actor again")

        # Export, after "0" fits the drawing to the view again.
        d.js(f"{root}.querySelector('.ex-stage').focus()")
        d.s("POST", "/actions", {"actions": [{"type": "key", "id": "k", "actions": [
            {"type": "keyDown", "value": "0"}, {"type": "keyUp", "value": "0"}]}]})
        time.sleep(0.6)
        svg = d.js(f"return {api}.svgText()")
        try:
            doc = ET.fromstring(svg)
            shapes = doc.findall(".//{http://www.w3.org/2000/svg}g[@class='actor']")
            check(len(shapes) == drawn()["actors"], f"the exported SVG has one shape per drawn actor: {len(shapes)}")
        except ET.ParseError as e:
            check(False, f"the exported SVG parses: {e}")
        d.click(d.find(f"#{args.element} .ex-svg"))
        size = d.s("POST", "/execute/async", {"script": f"const done = arguments[0]; {api}.pngBlob().then(b => done([b.type, b.size]), e => done(String(e)))", "args": []})
        check(isinstance(size, list) and size[0] == "image/png" and size[1] > 2000, f"the view exported as PNG: {size}")
        labels = d.js(f"return {api}.labels()")
        overlaps = [(a["node"], b["node"]) for i, a in enumerate(labels) for b in labels[i + 1:]
                    if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]]
        check(labels and not overlaps, f"{len(labels)} labels drawn, none over another: {overlaps[:3]}")

        check(d.js("return typeof window.__pwned") == "undefined", "no injected script ran (window.__pwned unset)")
        if args.hostile:
            d.js(f"{root}.querySelector('.ex-q').value = ''")
            for h in args.hostile:
                box = d.find(f"#{args.element} .ex-q")
                d.js("arguments[0].value = ''", {"element-6066-11e4-a52e-4f735466cecf": box})
                d.s("POST", f"/element/{box}/value", {"text": h[:12]})
                time.sleep(0.2)
                text = d.js(f"return {root}.querySelector('.ex-results').innerText")
                check(h in text, f"hostile name found and shown literally: {h!r}")
            check(d.js("return typeof window.__pwned") == "undefined", "still no injected script ran")

        check_stays_offline(d, url, check)

        if args.screenshot:
            d.js(f"{api}.select(arguments[0])", hub)
            time.sleep(0.6)
            png = base64.b64decode(d.s("GET", "/screenshot"))
            with open(args.screenshot, "wb") as f:
                f.write(png)
            check(png[:8] == b"\x89PNG\r\n\x1a\n", f"screenshot saved: {args.screenshot}")
    return check.exit_code()


def javascript_off(args):
    """The page with JavaScript disabled: the explorer's note is shown in its place and
    every static diagram is still there."""
    check = Checks()
    with session(check, extra_args=["--blink-settings=scriptEnabled=false"]) as d:
        d.s("POST", "/url", {"url": "file://" + os.path.abspath(args.page)})
        time.sleep(0.5)
        state = d.js("""const f = document.querySelector('.ex-fallback');
            return [!!f && f.getBoundingClientRect().height > 0, document.querySelectorAll('svg g.node').length,
                    !!document.querySelector('.ex-canvas canvas'), document.querySelectorAll('h2').length]""")
        check(state[0], "the explorer's note shows without JavaScript")
        check(state[1] > 0, f"the static diagrams stay: {state[1]} nodes drawn")
        check(not state[2], "no canvas was made (no script ran)")
        check(state[3] > 2, f"{state[3]} sections are there")
        if args.screenshot:
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(d.s("GET", "/screenshot")))
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())
