#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks the DOM of an HTML report after headless Chromium ran its script.

Usage: check_report_dom.py DOM.html REPORT.json [--filter GROUP] [--hostile]
The heat map must say what the JSON report says, cell by cell; with --filter, only that group's
rows and findings may show; with --hostile, no text from the log may have become markup.
"""
import json
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attributes) in document order
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def expected_coverage(report):
    cells = {}
    group_ids = [group["id"] for group in report["groups"]]
    for action in report["actions"]:
        responsible = {cover["id"]: cover["covered"] for cover in action["groups"]}
        for group in group_ids:
            if group not in responsible:
                cells[(str(action["id"]), group)] = "not-responsible"
            else:
                cells[(str(action["id"]), group)] = "covered" if responsible[group] else "uncovered"
    return cells


def heat_map_cells(page):
    cells = {}
    action = None
    for tag, attrs in page.elements:
        if tag == "tr" and "data-action" in attrs:
            action = attrs["data-action"]
        if tag == "td" and "data-coverage" in attrs:
            cells[(action, attrs["data-group"])] = attrs["data-coverage"]
    return cells


def check_filter(page, group):
    html = page.elements[0][1] if page.elements and page.elements[0][0] == "html" else {}
    if html.get("data-filter") != group:
        fail("the filter is %r, not %r" % (html.get("data-filter"), group))
    shown = [attrs["data-filter-group"] for tag, attrs in page.elements
             if "data-filter-group" in attrs and "hidden" not in attrs]
    hidden = [attrs["data-filter-group"] for tag, attrs in page.elements
              if "data-filter-group" in attrs and "hidden" in attrs]
    if not shown or any(item != group for item in shown):
        fail("with the filter on %s these still show: %s" % (group, sorted(set(shown))))
    if not hidden:
        fail("the filter hid nothing")
    print("filter %s: %d item(s) shown, %d hidden" % (group, len(shown), len(hidden)))


def main():
    dom_path, report_path = sys.argv[1], sys.argv[2]
    options = sys.argv[3:]
    page = Page()
    with open(dom_path, encoding="utf-8") as dom:
        page.feed(dom.read())
    root = page.elements[0][1] if page.elements and page.elements[0][0] == "html" else {}
    if root.get("data-script") != "ready":
        fail("the page's own script did not run (blocked by its Content-Security-Policy?)")
    with open(report_path, encoding="utf-8") as report_file:
        report = json.load(report_file)
    expected = expected_coverage(report)
    actual = heat_map_cells(page)
    if actual != expected:
        wrong = sorted(key for key in expected if actual.get(key) != expected[key])
        fail("heat map cells differ from the JSON report at %s" % wrong[:5])
    counts = {}
    for state in actual.values():
        counts[state] = counts.get(state, 0) + 1
    print("heat map: %d cells agree with the JSON report %s" % (len(actual), sorted(counts.items())))
    if "--filter" in options:
        check_filter(page, options[options.index("--filter") + 1])
    if "--hostile" in options:
        if "data-pwned" in root:
            fail("a script from the activity log ran")
        tags = [tag for tag, attrs in page.elements]
        if tags.count("script") != 1 or "img" in tags or tags.count("b") > 0:
            fail("text from the log became markup: %s" % sorted(set(tags)))
        text = "".join(page.text)
        for title in ["<script>document.documentElement.setAttribute('data-pwned','1')</script>",
                      "اجتماع حول النوع الاجتماعي | مع <b>التنسيق</b>",
                      "性别平等会议"]:
            if title not in text:
                fail("the title %r does not show as text" % title)
        print("hostile titles show as text; no script from the log ran")


if __name__ == "__main__":
    main()
