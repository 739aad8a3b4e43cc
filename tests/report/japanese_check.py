#!/usr/bin/env python3
"""Opens a page written with --lang ja (the report or the explorer) in headless Chromium
and reads every piece of text a reader sees, as a Japanese reader would:

  - no English label of the metric registry is left (the labels are the English column
    of docs/glossary-ja.md; each visible text is compared whole, and in headings, table
    heads, legends and card captions also as a part);
  - every heading, table head, navigation link, button, form label and option, legend and
    card caption holds Japanese, unless it is the data's own text (a name, id or label from
    the network file), a number, a symbol or a name that stays as it is (ecosys, SVG ...);
  - the page says it is Japanese (<html lang="ja">);
  - a screenshot is saved (--screenshot), and with --scroll-shots DIR one per section.

Exit 0 when every check passes, 1 when one fails, 77 when Chromium or its driver is missing.

  japanese_check.py PAGE.html --network NET.json --glossary docs/glossary-ja.md [--screenshot F]
"""
import argparse
import base64
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_check import SKIP, Checks, chromium_missing, session  # noqa: E402

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
# Words that stay as they are in Japanese text: names of tools, formats and methods.
KEPT = {"ecosys", "SVG", "PNG", "SHA-256", "Graphviz", "z", "p", "E-I", "Louvain", "Leiden", "NetworkX", "ID", "k"}

VISIBLE_TEXT = r"""
const out = [];
const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const text = n.textContent.replace(/\s+/g, ' ').trim();
  if (!text) continue;
  const el = n.parentElement;
  if (!el || el.closest('script, style, title, noscript')) continue;
  if (!el.getClientRects) continue;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
  const role = el.closest('h1, h2, h3, h4, th, nav, button, label, legend, option, .card span, .ex-bar, .ex-side, svg g.legend, svg text')
  out.push([text, role ? role.tagName.toLowerCase() : '']);
}
return out;
"""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("page")
    p.add_argument("--network", required=True)
    p.add_argument("--glossary", required=True)
    p.add_argument("--screenshot")
    args = p.parse_args()

    if chromium_missing():
        print(chromium_missing())
        return SKIP

    with open(args.glossary, encoding="utf-8") as f:
        # The metric tables' rows: key | English | 日本語 | 定義 (not the two-column table of column headings).
        english = {m.group(1).strip() for m in re.finditer(r"^\| `[a-z0-9_]+` \| ([^|]+) \| [^|\n]+ \| [^|\n]+ \|$", f.read(), re.M)}
    with open(args.network, encoding="utf-8") as f:
        net = json.load(f)
    data_text = set()
    for group in ("actors", "regions", "sectors", "projects", "programmes"):
        for item in net.get(group, []):
            for key in ("id", "name", "label", "kind", "role", "type"):
                if isinstance(item.get(key), str):
                    data_text.add(item[key])
    data_text.add(net.get("name", ""))

    check = Checks()
    with session(check, extra_args=["--lang=ja"]) as d:
        d.s("POST", "/url", {"url": "file://" + os.path.abspath(args.page)})
        time.sleep(1.5)
        if d.js("return !!document.body"):  # an HTML page; an SVG file has no lang of its own
            check(d.js("return document.documentElement.lang") == "ja", 'the page says <html lang="ja">')
        texts = d.js(VISIBLE_TEXT)
        check(len(texts) > 20, f"{len(texts)} visible texts read")

        def is_data(t):
            # Diagrams wrap and shorten names ("Ayame Institute for…"): a part of one is data too.
            parts = [x.strip() for x in t.split("…") if x.strip()]
            return t in data_text or (bool(parts) and all(len(x) >= 3 and any(x in y for y in data_text) for x in parts))

        left = sorted({t for t, _ in texts if t in english and not is_data(t)})
        check(not left, f"no English registry label is shown: {left[:8]}")
        in_parts = sorted({f"{label!r} in {t!r}" for t, role in texts if role for label in english
                           if len(label) > 3 and re.search(r"(?<![A-Za-z])" + re.escape(label) + r"(?![A-Za-z])", t)
                           and not is_data(t) and not JAPANESE.search(label)})
        check(not in_parts, f"no English registry label inside a heading, head or legend: {in_parts[:6]}")

        def english_only(t):
            if JAPANESE.search(t) or is_data(t):
                return False
            words = re.findall(r"[A-Za-z][A-Za-z-]*", t)
            return any(w not in KEPT and len(w) > 1 for w in words)

        untranslated = sorted({t for t, role in texts if role and english_only(t)})
        check(not untranslated, f"every heading, head, link, control and legend is Japanese: {untranslated[:10]}")

        if args.screenshot:
            d.js("window.scrollTo(0, 0)")
            time.sleep(0.3)
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(d.s("GET", "/screenshot")))
            stem = os.path.splitext(args.screenshot)[0]
            for section in d.js("return Array.from(document.querySelectorAll('main > section')).map(s => s.id)"):
                d.js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", section)
                time.sleep(0.4)
                with open(f"{stem}-{section}.png", "wb") as f:
                    f.write(base64.b64decode(d.s("GET", "/screenshot")))
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())
