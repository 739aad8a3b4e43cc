#!/usr/bin/env python3
"""Opens an HTML file written by ecosys in headless Chromium (Debian's chromium and
chromium-driver, spoken to over WebDriver with the standard library only) and checks
what a reader would see:

  - the page loads with no console message and no network request (only the file);
  - every region named with --region has its section (by heading);
  - clicking a column header of the comparison table sorts the rows by it (both ways),
    and clicking a row jumps to the region's section;
  - actors in the diagrams carry hover tooltips (SVG <title>);
  - with --hostile TEXT (repeatable): no injected script ran (window.__pwned is unset,
    no alert) and each TEXT appears literally in the page's text;
  - a screenshot is saved (--screenshot).

Exit 0 when every check passes, 1 when one fails, 77 (ctest's "skipped") when Chromium
or its driver is missing, with the reason printed.

  browser_check.py REPORT.html [--region NAME ...] [--sort-column LABEL]
                   [--hostile TEXT ...] [--screenshot FILE]
"""
import argparse
import base64
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

SKIP = 77
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class Driver:
    def __init__(self, driver_path, browser_path, profile, extra_args=()):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen([driver_path, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                if self.call("GET", "/status")["value"].get("ready"):
                    break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.1)
        else:
            self.quit()
            raise RuntimeError("chromedriver did not start")
        options = {
            "binary": browser_path,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--no-first-run",
                     "--disable-background-networking", f"--user-data-dir={profile}",
                     "--window-size=1400,1000", "--lang=en-US", *extra_args],
        }
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options,
            "goog:loggingPrefs": {"browser": "ALL", "performance": "ALL"}}}}
        self.session = self.call("POST", "/session", caps)["value"]["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return json.loads(r.read() or b"{}")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"WebDriver {method} {path}: {e.read().decode(errors='replace')[:500]}")

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)["value"]

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        return self.s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, element):
        # Into the middle of the window, out from under the sticky headers, as a reader would.
        self.js("arguments[0].scrollIntoView({block: 'center'})", {ELEMENT: element})
        self.s("POST", f"/element/{element}/click", {})

    def logs(self, kind):
        for path in ("/se/log", "/log"):
            try:
                return self.s("POST", path, {"type": kind})
            except RuntimeError:
                continue
        return []

    def quit(self):
        try:
            if getattr(self, "session", None):
                self.call("DELETE", f"/session/{self.session}")
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def check_stays_offline(d, url, check):
    """The page fetched nothing but itself (its own blob: and data: URLs aside: an export's
    download) and wrote nothing to the console; Chromium's own notes on its software
    WebGL ("GL Driver Message") are not the page's."""
    own = ("data:", "blob:", "chrome://")  # chrome:// pages are the browser's (its new-tab page)
    resources = d.js("return performance.getEntriesByType('resource').map(e => e.name)")
    check(all(r.startswith(own) for r in resources), f"no resource requested by the page: {resources[:3]}")
    requests = []
    for entry in d.logs("performance"):
        try:
            msg = json.loads(entry["message"])["message"]
        except (KeyError, ValueError):
            continue
        if msg.get("method") == "Network.requestWillBeSent":
            u = msg["params"]["request"]["url"]
            if u != url and not u.startswith(own):
                requests.append(u)
    check(requests == [], f"no network request: {requests[:3]}")
    console = [e.get("message", "") for e in d.logs("browser") if "GL Driver Message" not in e.get("message", "")]
    check(console == [], f"no console message: {console[:3]}")


class Checks:
    """Prints each check as it passes or fails and gives the exit code at the end."""

    def __init__(self):
        self.failures = []

    def __call__(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            self.failures.append(what)

    def exit_code(self):
        print(f"{len(self.failures)} failure(s)")
        return 1 if self.failures else 0


@contextlib.contextmanager
def session(check, extra_args=()):
    """A headless Chromium with a profile of its own, quit and removed afterwards; a
    WebDriver error inside is one failed check."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    profile = tempfile.mkdtemp(prefix="ecosys-chromium-")
    d = None
    try:
        d = Driver(driver_path, browser, profile, extra_args)
        yield d
    except RuntimeError as e:
        check(False, str(e))
    finally:
        if d:
            d.quit()
        shutil.rmtree(profile, ignore_errors=True)


def chromium_missing():
    """The reason to skip (ctest's 77) when Debian's chromium or chromium-driver is missing."""
    if shutil.which("chromium") and shutil.which("chromedriver"):
        return None
    return "SKIP: Debian's chromium and chromium-driver are not installed (scripts/setup.sh test installs them)"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("page")
    p.add_argument("--region", action="append", default=[], help="a region name whose section must be present")
    p.add_argument("--regions-from", help="network JSON file: every populated region's name must have a section")
    p.add_argument("--sort-column", default="Density")
    p.add_argument("--hostile", action="append", default=[], help="text that must appear literally")
    p.add_argument("--no-table", action="store_true", help="the page has no comparison table (an SVG, say)")
    p.add_argument("--screenshot")
    p.add_argument("--view", help="CSS selector of the element the screenshot starts at (default: the top)")
    args = p.parse_args()

    if chromium_missing():
        print(chromium_missing())
        return SKIP

    expected_regions = list(args.region)
    if args.regions_from:
        with open(args.regions_from, encoding="utf-8") as f:
            net = json.load(f)
        used = []
        for a in net.get("actors", []):
            r = a.get("region")
            if r and r not in used:
                used.append(r)
        names = {r["id"]: r.get("name", r["id"]) for r in net.get("regions", [])}
        declared = [r["id"] for r in net.get("regions", []) if r["id"] in used]
        expected_regions += [names.get(r, r) for r in declared + [u for u in used if u not in declared]]

    check = Checks()
    with session(check) as d:
        url = "file://" + os.path.abspath(args.page)
        d.logs("performance")  # drop the browser's own start-up requests (its new-tab page)
        d.s("POST", "/url", {"url": url})
        time.sleep(0.5)
        check(d.js("return document.readyState") == "complete", "the page loads")

        if not args.no_table:
            sections = d.js("return Array.from(document.querySelectorAll('section.region > h2')).map(h => h.textContent)")
            for name in expected_regions:
                check(name in sections, f"section of region {name!r} is present")
            check(len(sections) == len(set(sections)) and len(sections) >= len(expected_regions),
                  f"{len(sections)} region sections, no duplicate")

            col = d.js("""const ths = Array.from(document.querySelectorAll('#comparison-table thead th'));
                          return ths.findIndex(th => th.textContent.replace(/[▲▼ ]+$/, '') === arguments[0]);""",
                       args.sort_column)
            check(col >= 0, f"the comparison table has a {args.sort_column!r} column")
            if col >= 0:
                read = f"""return Array.from(document.querySelectorAll('#comparison-table tbody tr'))
                           .map(tr => tr.cells[{col}].getAttribute('data-v'))"""
                button = d.find(f"#comparison-table thead th:nth-child({col + 1}) button")
                d.click(button)
                values = [float(v) for v in d.js(read) if v != ""]
                check(len(values) > 1 and values == sorted(values, reverse=True),
                      f"one click sorts by {args.sort_column} descending: {values[:4]}...")
                d.click(button)
                values = [float(v) for v in d.js(read) if v != ""]
                check(values == sorted(values), f"a second click sorts ascending: {values[:4]}...")
                check(d.js(f"return document.querySelector('#comparison-table thead th:nth-child({col + 1})')"
                           ".getAttribute('aria-sort')") == "ascending", "the header says how the table is sorted")
                row = d.find("#comparison-table tbody tr:first-child td:nth-child(2)")
                target = d.js("return document.querySelector('#comparison-table tbody tr').getAttribute('data-target')")
                d.click(row)
                time.sleep(0.2)
                check(d.js("return location.hash") == "#" + target, f"clicking a row jumps to #{target}")

        if not args.no_table:
            # Layout at the widths analysts use: no chart text drawn over another (a
            # reference marker over the chart's title), no table wider than its section.
            for width in (1400, 1000):
                d.s("POST", "/window/rect", {"width": width, "height": 1000})
                time.sleep(0.3)
                overlaps = d.js("""
                    const out = [];
                    for (const svg of document.querySelectorAll('svg.chart')) {
                      const boxes = Array.from(svg.querySelectorAll('text')).map(t => [t, t.getBoundingClientRect()]);
                      for (let i = 0; i < boxes.length; ++i)
                        for (let j = i + 1; j < boxes.length; ++j) {
                          const [a, ra] = boxes[i], [b, rb] = boxes[j];
                          if (ra.width && rb.width && ra.left < rb.right - 1 && rb.left < ra.right - 1 &&
                              ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1)
                            out.push(a.textContent + ' / ' + b.textContent);
                        }
                    }
                    return out;""")
                check(overlaps == [], f"at {width} px no chart text overlaps another: {overlaps[:3]}")
                if width == 1400:
                    wide = d.js("""return Array.from(document.querySelectorAll('section.region table'))
                                     .filter(t => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1)
                                     .map(t => (t.querySelector('th') || t).textContent.slice(0, 30));""")
                    check(wide == [], f"at 1400 px no region table is wider than its section: {wide[:3]}")
            d.s("POST", "/window/rect", {"width": 1400, "height": 1000})

        titles = d.js("return document.querySelectorAll('svg g.node title').length")
        check(titles > 0, f"{titles} diagram nodes carry a hover tooltip")

        check(d.js("return typeof window.__pwned") == "undefined", "no injected script ran (window.__pwned unset)")
        try:
            d.s("GET", "/alert/text")
            check(False, "no alert dialog is open")
        except RuntimeError:
            check(True, "no alert dialog is open")
        # An HTML page: the rendered text and the tooltips; an SVG file: its text elements.
        text = d.js("return document.body ? document.body.innerText + ' ' + "
                    "Array.from(document.querySelectorAll('title')).map(t => t.textContent).join(' ') "
                    ": document.documentElement.textContent")
        for h in args.hostile:
            check(h in text, f"hostile text appears literally: {h!r}")

        check_stays_offline(d, url, check)

        if args.screenshot:
            if args.view:
                d.js("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", args.view)
            else:
                d.js("window.scrollTo(0, 0)")
            time.sleep(0.2)
            png = base64.b64decode(d.s("GET", "/screenshot"))
            with open(args.screenshot, "wb") as f:
                f.write(png)
            check(png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10000, f"screenshot saved: {args.screenshot} ({len(png)} bytes)")
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())
