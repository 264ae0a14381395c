#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The baseline a data-savvy user would write instead of lapaudit (standard library only):
read an activity log (.json), keep the valid records, and compute the status of every
gender-relevant action as spec.md "Default statuses" defines it, over every date in the input.

Usage: audit_statuses.py RULES_DIR ACTIVITIES.json   -> prints {"4": "approaches", ...}
"""
import datetime
import json
import re
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    rules_dir, log_path = sys.argv[1], sys.argv[2]
    actions = load(f"{rules_dir}/actions.json")["actions"]
    sections = load(f"{rules_dir}/sections.json")["sections"]
    cycles = {c["name"]: c for c in load(f"{rules_dir}/cycles.json")["cycles"]}
    group_list = load(f"{rules_dir}/groups.json")["groups"]
    groups = {g["id"] for g in group_list}
    lexicon = load(f"{rules_dir}/lexicon.json")
    checks = load(f"{rules_dir}/checks.json")["rules"]
    exceeds_at = next(r["params"]["exceeds_at"] for r in checks
                      if r["kind"] == "coverage" and r["subject"] == "action")
    tags = {t.casefold() for t in lexicon["tags"]}
    terms = [t for language in lexicon["terms"].values() for t in language]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)",
                         re.IGNORECASE)

    data = load(log_path)
    records = data["activities"] if isinstance(data, dict) else data
    valid = []
    for r in records:
        try:
            datetime.date.fromisoformat(r["date"])
        except (KeyError, ValueError, TypeError):
            continue
        if not r.get("groups") or any(g not in groups for g in r["groups"]):
            continue
        if any(not isinstance(a, int) or not 1 <= a <= 50 for a in r.get("actions", [])):
            continue
        valid.append(r)

    def gender_related(r):
        if "gender_marker" in r:
            return r["gender_marker"] > 0
        if any(t.casefold() in tags for t in r.get("tags", [])):
            return True
        return bool(pattern.search(r.get("title", "")) or
                    pattern.search(r.get("description", "")))

    # The committee in force on the last day of the period (every date in the input).
    end = max((r["date"] for r in valid), default=None)

    def in_force(entry):
        start = cycles[entry["from_cycle"]]["from"] if "from_cycle" in entry else "0000-00-00"
        stop = cycles[entry["to_cycle"]]["to"] if "to_cycle" in entry else "9999-99-99"
        return end is None or start <= end <= stop

    def responsible(action):
        links = action.get("responsible") or next(
            s["responsible"] for s in sections if s["first"] <= action["id"] <= s["last"])
        out = []
        for link in links:
            link = {"group": link} if isinstance(link, str) else link
            for group in group_list:
                if link["group"] in ("*", group["id"]) and in_force(link) and in_force(group):
                    out.append(group["id"])
        return out

    gendered = [r for r in valid if gender_related(r)]
    statuses = {}
    for action in actions:
        listing = [r for r in gendered if action["id"] in r.get("actions", [])]
        covered = {g for r in listing for g in r["groups"]}
        if not listing:
            status = "missing"
        elif not all(g in covered for g in responsible(action)):
            status = "approaches"
        elif len(listing) >= exceeds_at:
            status = "exceeds"
        else:
            status = "meets"
        statuses[str(action["id"])] = status
    print(json.dumps(statuses, sort_keys=True))


if __name__ == "__main__":
    main()
