#!/usr/bin/env python3
"""ics_roundtrip.py FILE.ics EXPECTED.json

Parses FILE.ics with python3-icalendar and compares the decoded text with what was meant:
EXPECTED.json is {"calendar_name": ..., "events": [{"uid", "summary", "description"}, ...]}.
Exit 0 only when the calendar name and every event's SUMMARY and DESCRIPTION match exactly,
in order, with no extra events."""
import json
import sys

import icalendar


def main(ics_path, expected_path):
    with open(ics_path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    for name in ("NAME", "X-WR-CALNAME"):
        got = str(calendar.get(name))
        if got != expected["calendar_name"]:
            problems.append(f"{name}: {got!r} != {expected['calendar_name']!r}")
    events = calendar.walk("VEVENT")
    if len(events) != len(expected["events"]):
        problems.append(f"{len(events)} events, expected {len(expected['events'])}")
    for event, want in zip(events, expected["events"]):
        for key in ("uid", "summary", "description"):
            got = str(event.get(key.upper()))
            if got != want[key]:
                problems.append(f"{want['uid']} {key.upper()}: {got!r} != {want[key]!r}")
    for problem in problems:
        print(problem)
    print(f"{ics_path}: {len(events)} events, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
