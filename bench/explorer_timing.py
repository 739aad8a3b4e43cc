#!/usr/bin/env python3
"""Times pages written by `ecosys explore` in headless Chromium (Debian's chromium and
chromium-driver over WebDriver, through the Driver of tests/report/browser_check.py;
standard library only). bench/explorer.sh writes the pages and calls this; per page,
medians of RUNS fresh page loads (about:blank in between, one browser):

  first draw  from navigation start (performance.now()) to the first poll that sees the
              explorer's root `.ex` carry data-ready="1" (set right after sigma's first,
              synchronous render). The page loads with pageLoadStrategy "none" and a
              WebDriver async script polls inside the page every 20 ms (setTimeout), so the
              figure is late by up to 20 ms plus whatever task runs before the poll. Also
              printed, with no polling error, from the same origin: DOM interactive (the
              parser is done; the explorer's inline script ran before it, so this bounds
              the ready time from above), the load event and Chrome's first paint (the
              page's fallback text, painted before the scripts run: not the explorer's).
  filter      click() on the first sector checkbox (`.ex-sectors input`): the explorer
              recomputes and redraws synchronously on 'change'; time to the second
              requestAnimationFrame callback after the click (so the redrawn frame is
              produced). The box is clicked back afterwards (timed too: "filter back").
  search      `.ex-q` value set and an 'input' event dispatched: the results list
              `.ex-results` is filled synchronously; time to the next animation frame.
              Once with a query that matches many actors (the list stops at 20), once
              with one that matches none (every actor scanned: the worst case).
  k-core      `.ex-k` set to 2 and an 'input' event dispatched: the update runs on the next
              animation frame; time to the second frame callback. Set back to 0 afterwards.

Every interaction is timed on each page load (so the first, unwarmed call is what is
measured). Two animation frames cannot take less than about one frame interval (16.7 ms
at 60 Hz); the filter and k-core figures include it.

  explorer_timing.py [--runs 3] [--json OUT] --page LABEL FILE.html QUERY EXPLORE_SECONDS EXPLORE_KB ...

Prints a table per measure and the browser's console messages other than WebGL's "GL Driver
Message" lines. Exit 0; 77 when Chromium or chromedriver is missing (printed SKIP); 1 when a
page does not become ready.
"""
import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "report"))
from browser_check import Driver  # noqa: E402

SKIP = 77
POLL_MS = 20
NO_MATCH = "zq#no-such-actor#qz"

# The explorer's API: window.ecosysExplorers[id]; `ecosys explore` names its one explorer
# "explorer", a report embeds it under another id, so take the first one when that is absent.
API = "const xs = window.ecosysExplorers || {}; const api = xs.explorer || Object.values(xs)[0];"

WAIT_READY = """
const url = arguments[0], poll_ms = arguments[1], done = arguments[arguments.length - 1];
if (location.href !== url) { done({ wrong_document: location.href }); return; }
let polls = 0;
const t0 = performance.now();
(function poll() {
  ++polls;
  const root = document.querySelector('.ex');
  if (root && root.dataset.ready === '1') {
    done({ ready_ms: performance.now(), polls: polls, first_poll_ms: t0 });
    return;
  }
  if (performance.now() - t0 > 110000) {
    done({ timeout: true, text: root ? root.textContent.slice(0, 300) : null, state: document.readyState });
    return;
  }
  setTimeout(poll, poll_ms);
})();
"""

AFTER_LOAD = API + """
const done = arguments[arguments.length - 1];
function finish() {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const nav = performance.getEntriesByType('navigation')[0] || {};
    const paint = {};
    for (const e of performance.getEntriesByType('paint')) paint[e.name] = e.startTime;
    done({
      dom_interactive_ms: nav.domInteractive, dom_content_loaded_ms: nav.domContentLoadedEventEnd,
      load_ms: nav.loadEventEnd, first_paint_ms: paint['first-paint'], first_contentful_paint_ms: paint['first-contentful-paint'],
      navigation_start: performance.timing.navigationStart, time_origin: performance.timeOrigin,
      drawn: api.drawn(), actors: api.data.actors.id.length, tie_records: api.data.ties.source.length,
      left_out: api.data.left_out || null, notes: api.data.notes || [],
      sectors: Array.from(document.querySelectorAll('.ex-sectors label')).map((l) => l.textContent.trim()),
      k_max: +document.querySelector('.ex-k').max,
    });
  }));
}
if (document.readyState === 'complete') finish(); else window.addEventListener('load', finish);
"""

FILTER = API + """
const done = arguments[arguments.length - 1];
const box = document.querySelector('.ex-sectors input');
const t0 = performance.now();
box.click();
const sync = performance.now() - t0;
requestAnimationFrame(() => requestAnimationFrame(() => {
  done({ ms: performance.now() - t0, sync_ms: sync, checked: box.checked, drawn: api.drawn() });
}));
"""

SEARCH = """
const q = arguments[0], done = arguments[arguments.length - 1];
const input = document.querySelector('.ex-q'), list = document.querySelector('.ex-results');
const t0 = performance.now();
input.value = q;
input.dispatchEvent(new Event('input', { bubbles: true }));
const sync = performance.now() - t0;
const found = list.querySelectorAll('button').length, items = list.children.length;
requestAnimationFrame(() => {
  const ms = performance.now() - t0;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  done({ ms: ms, sync_ms: sync, found: found, items: items });
});
"""

KCORE = API + """
const k = arguments[0], done = arguments[arguments.length - 1];
const range = document.querySelector('.ex-k');
const t0 = performance.now();
range.value = k;
range.dispatchEvent(new Event('input', { bubbles: true }));
requestAnimationFrame(() => requestAnimationFrame(() => {
  done({ ms: performance.now() - t0, k: +range.value, drawn: api.drawn() });
}));
"""


class BenchDriver(Driver):
    """The test's Driver, with navigation returning at once (pageLoadStrategy "none") so
    that the page can be polled while it loads."""

    def call(self, method, path, body=None):
        if method == "POST" and path == "/session" and body:
            body["capabilities"]["alwaysMatch"]["pageLoadStrategy"] = "none"
        return super().call(method, path, body)

    def async_js(self, script, *args):
        return self.s("POST", "/execute/async", {"script": script, "args": list(args)})


def blank(d):
    d.s("POST", "/url", {"url": "about:blank"})
    for _ in range(500):
        try:
            if d.js("return location.href + ' ' + document.readyState") == "about:blank complete":
                return
        except RuntimeError:
            pass
        time.sleep(0.01)
    raise RuntimeError("about:blank did not load")


def load(d, url):
    """One fresh load: (ms to ready by polling, polls, the page's timings after load)."""
    blank(d)
    time.sleep(0.3)  # let the previous page's memory go
    d.s("POST", "/url", {"url": url})
    deadline = time.monotonic() + 120
    while True:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url}: the page did not start loading")
        try:
            r = d.async_js(WAIT_READY, url, POLL_MS)
        except RuntimeError:  # the document was replaced under the script: poll the new one
            time.sleep(0.005)
            continue
        if r.get("wrong_document") is not None:
            time.sleep(0.005)
            continue
        break
    if r.get("timeout"):
        raise RuntimeError(f"{url}: the explorer did not become ready ({r.get('state')}): {r.get('text')!r}")
    after = d.async_js(AFTER_LOAD)
    return r, after


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(v, digits=0):
    if v is None:
        return "–"
    return f"{v:,.{digits}f}"


def measure(d, label, path, query, runs):
    url = "file://" + os.path.abspath(path)
    rec = {"label": label, "page": os.path.basename(path), "page_mb": os.path.getsize(path) / 1e6, "runs": []}
    for run in range(runs):
        ready, after = load(d, url)
        time.sleep(0.5)  # the page idle, as after a reader's first look
        one = {"ready_ms": ready["ready_ms"], "polls": ready["polls"], "first_poll_ms": ready["first_poll_ms"], **after}
        one["filter"] = d.async_js(FILTER)
        time.sleep(0.2)
        one["filter_back"] = d.async_js(FILTER)
        time.sleep(0.2)
        one["search"] = d.async_js(SEARCH, query)
        time.sleep(0.2)
        one["search_none"] = d.async_js(SEARCH, NO_MATCH)
        time.sleep(0.2)
        one["kcore"] = d.async_js(KCORE, 2)
        time.sleep(0.2)
        one["kcore_back"] = d.async_js(KCORE, 0)
        rec["runs"].append(one)
        print(f"  {label} load {run + 1}: ready {one['ready_ms']:.0f} ms ({one['polls']} polls, first at "
              f"{one['first_poll_ms']:.0f} ms), DOM interactive {fmt(one['dom_interactive_ms'])} ms, first paint "
              f"{fmt(one['first_paint_ms'])} ms; filter {one['filter']['ms']:.0f} ms (sync {one['filter']['sync_ms']:.0f}), "
              f"back {one['filter_back']['ms']:.0f}; search {one['search']['ms']:.0f} ms ({one['search']['found']} found), "
              f"no match {one['search_none']['ms']:.0f}; k-core {one['kcore']['ms']:.0f} ms, back {one['kcore_back']['ms']:.0f}",
              flush=True)
    return rec


def summarise(rec):
    R = rec["runs"]
    first = R[0]
    return {
        "actors": first["actors"], "drawn_actors": first["drawn"]["actors"], "drawn_ties": first["drawn"]["ties"],
        "tie_records": first["tie_records"], "left_out": first["left_out"], "notes": first["notes"],
        "sector": first["sectors"][0] if first["sectors"] else None, "k_max": first["k_max"],
        "after_filter": first["filter"]["drawn"], "after_kcore": first["kcore"]["drawn"],
        "search_found": first["search"]["found"],
        "ready_ms": median([r["ready_ms"] for r in R]),
        "dom_interactive_ms": median([r["dom_interactive_ms"] for r in R]),
        "first_paint_ms": median([r["first_paint_ms"] for r in R]),
        "load_ms": median([r["load_ms"] for r in R]),
        "filter_ms": median([r["filter"]["ms"] for r in R]),
        "filter_sync_ms": median([r["filter"]["sync_ms"] for r in R]),
        "filter_back_ms": median([r["filter_back"]["ms"] for r in R]),
        "search_ms": median([r["search"]["ms"] for r in R]),
        "search_none_ms": median([r["search_none"]["ms"] for r in R]),
        "kcore_ms": median([r["kcore"]["ms"] for r in R]),
        "kcore_back_ms": median([r["kcore_back"]["ms"] for r in R]),
    }


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--page", nargs=5, action="append", required=True,
                   metavar=("LABEL", "FILE", "QUERY", "EXPLORE_SECONDS", "EXPLORE_KB"))
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", help="write every measurement to this file")
    args = p.parse_args()

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
    if not browser or not driver_path:
        print("SKIP: Debian's chromium and chromium-driver are not installed (scripts/setup.sh test installs them)")
        return SKIP

    profile = tempfile.mkdtemp(prefix="ecosys-bench-chromium-")
    d = None
    results, console = [], []
    try:
        d = BenchDriver(driver_path, browser, profile)
        d.s("POST", "/timeouts", {"script": 120000, "pageLoad": 300000})
        for label, path, query, seconds, kb in args.page:
            rec = measure(d, label, path, query, args.runs)
            rec["explore_seconds"], rec["explore_mb"], rec["query"] = float(seconds), int(kb) / 1024, query
            rec["summary"] = summarise(rec)
            results.append(rec)
            for e in d.logs("browser"):
                msg = e.get("message", "")
                if "GL Driver Message" not in msg:
                    console.append(f"{label}: [{e.get('level')}] {msg}")
    except RuntimeError as e:
        print(f"FAIL: {e}")
        return 1
    finally:
        if d:
            d.quit()
        shutil.rmtree(profile, ignore_errors=True)

    print()
    print(f"Medians of {args.runs} page loads; first draw polled every {POLL_MS} ms (late by up to {POLL_MS} ms).")
    print()
    print("| network | actors | ties drawn | page MB | explore s / MB | first draw ms | filter ms | search ms | k-core ms |")
    print("|---|---|---|---|---|---|---|---|---|")
    for rec in results:
        s = rec["summary"]
        print(f"| {rec['label']} | {s['actors']:,} | {s['drawn_ties']:,} | {rec['page_mb']:.1f} | "
              f"{rec['explore_seconds']:.1f} / {rec['explore_mb']:,.0f} | {fmt(s['ready_ms'])} | {fmt(s['filter_ms'])} | "
              f"{fmt(s['search_ms'])} | {fmt(s['kcore_ms'])} |")
    print()
    print("| network | DOM interactive ms | first paint ms | load event ms | filter sync / back ms "
          "| search: no match ms | k-core back to 0 ms |")
    print("|---|---|---|---|---|---|---|")
    for rec in results:
        s = rec["summary"]
        print(f"| {rec['label']} | {fmt(s['dom_interactive_ms'])} | {fmt(s['first_paint_ms'])} | {fmt(s['load_ms'])} | "
              f"{fmt(s['filter_sync_ms'])} / {fmt(s['filter_back_ms'])} | {fmt(s['search_none_ms'])} | "
              f"{fmt(s['kcore_back_ms'])} |")
    print()
    for rec in results:
        s = rec["summary"]
        lo = s["left_out"]
        print(f"{rec['label']}: drawn {s['drawn_actors']:,} of {s['actors']:,} actors, {s['drawn_ties']:,} pairs "
              f"from {s['tie_records']:,} tie records in the page"
              + (f" ({lo['ties']:,} of {lo['of']:,} left out, lighter than {lo['lighter_than']:g})" if lo else "")
              + f"; without sector {s['sector']!r}: {s['after_filter']['actors']:,} actors, {s['after_filter']['ties']:,} ties;"
              f" k-core >= 2: {s['after_kcore']['actors']:,} actors, {s['after_kcore']['ties']:,} ties (max core {s['k_max']});"
              f" search {rec['query']!r}: {s['search_found']} listed")
    print()
    if console:
        print("browser console (other than GL Driver Message):")
        for line in console:
            print("  " + line[:400])
    else:
        print("browser console: nothing but GL Driver Message lines")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
