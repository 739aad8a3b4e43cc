#!/usr/bin/env python3
"""The report on paper: every column of the regions table survives printing.

    print_check.py REPORT.html REPORT.pdf

REPORT.pdf is the report printed by a browser (headless Chromium's --print-to-pdf). Reads
the column headers and the z-scores of the regions table (#comparison-table) from the HTML,
the PDF's text with pdftotext (poppler-utils), and fails naming each header or z-score the
printed pages lack. Before the report had print parts (docs/report.md, "Printed"), the
table was cut at the page's edge: the last columns, all z-scores among them, were lost.
"""
import subprocess
import sys
from html.parser import HTMLParser


class ComparisonTable(HTMLParser):
    """The texts of the header cells and of the z cells of table#comparison-table."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # > 0 inside the table
        self.cell = None  # "th" or "z" while inside a cell we keep
        self.text = ""
        self.headers, self.z = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and (self.depth or a.get("id") == "comparison-table"):
            self.depth += 1
        elif self.depth and tag == "th":
            self.cell, self.text = "th", ""
        elif self.depth and tag == "td" and "z" in (a.get("class") or "").split():
            self.cell, self.text = "z", ""

    def handle_endtag(self, tag):
        if tag == "table" and self.depth:
            self.depth -= 1
        elif self.cell and tag in ("th", "td"):
            words = " ".join(self.text.split())
            (self.headers if self.cell == "th" else self.z).append(words)
            self.cell = None

    def handle_data(self, data):
        if self.cell:
            self.text += data


def words_of(text):
    return text.split()


def main():
    page, pdf = sys.argv[1], sys.argv[2]
    table = ComparisonTable()
    table.feed(open(page, encoding="utf-8").read())
    if len(table.headers) < 8 or not table.z:
        print(f"FAIL: {page}: expected a regions table with z-scores, found {len(table.headers)} headers, {len(table.z)} z cells")
        return 1
    # Each header as a run of words in the text of the pages: a header wrapped in its cell
    # comes out of pdftotext as its words in order, maybe with other cells' words between
    # them on the same printed line; so the check is per page line, in reading order.
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True, text=True).stdout
    tokens = words_of(text)
    missing = []
    for header in table.headers:
        wanted = words_of(header)
        # The words in order, each within a few tokens of the one before.
        found = False
        for start in (i for i, t in enumerate(tokens) if t == wanted[0]):
            at, ok = start, True
            for w in wanted[1:]:
                nxt = next((j for j in range(at + 1, min(at + 40, len(tokens))) if tokens[j] == w), None)
                if nxt is None:
                    ok = False
                    break
                at = nxt
            if ok:
                found = True
                break
        if not found:
            missing.append(f"header '{header}'")
    present = set(tokens)
    for z in table.z:
        if z not in present:
            missing.append(f"z-score '{z}'")
    if missing:
        print(f"FAIL: {pdf}: the printed report lacks " + ", ".join(missing[:12]) + (" ..." if len(missing) > 12 else ""))
        return 1
    print(f"printed: {len(table.headers)} headers and {len(table.z)} z-scores of the regions table are on paper")
    return 0


if __name__ == "__main__":
    sys.exit(main())
