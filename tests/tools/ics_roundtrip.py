#!/usr/bin/env python3
"""ics_roundtrip.py FILE.ics EXPECTED.json

Checks that the text runstrength meant to write comes back unchanged from real parsers.
EXPECTED.json is {"calendar_name": ..., "events": [{"uid", "summary", "description"}, ...]}.

1. python3-vobject: full parse; NAME/X-WR-CALNAME and each event's UID, SUMMARY, DESCRIPTION
   must equal the expected text exactly, in order, with no extra events.
2. python3-icalendar: Calendar.from_ical must parse the file with the same events, and its
   decoded SUMMARY/DESCRIPTION must match exactly. Known bug: icalendar 4.0.3 (Debian 12) unescapes
   "\\n" before "\\\\", so a literal backslash followed by "n" in the text decodes as a newline.
   For such texts the icalendar check uses icalendar's own unfolded content lines
   (Contentlines.from_ical) with the RFC 5545 3.3.11 unescaping instead.
Exit 0 only when every comparison matches."""
import json
import re
import sys

import icalendar
import vobject
from icalendar.parser import Contentlines


def rfc_unescape(value):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def raw_properties(text):
    """(name, unescaped value) of every unfolded content line, via icalendar's unfolding."""
    out = []
    for line in Contentlines.from_ical(text):
        if not line:
            continue
        head, _, value = str(line).partition(":")
        out.append((head.split(";", 1)[0].upper(), rfc_unescape(value)))
    return out


def main(ics_path, expected_path):
    with open(ics_path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    want_events = expected["events"]
    problems = []

    def compare(parser, what, got, want):
        if got != want:
            problems.append(f"{parser} {what}: {got!r} != {want!r}")

    # 1. vobject
    calendar = vobject.readOne(text)
    for key in ("name", "x-wr-calname"):
        compare("vobject", key, calendar.contents[key][0].value, expected["calendar_name"])
    events = calendar.contents.get("vevent", [])
    compare("vobject", "event count", len(events), len(want_events))
    for event, want in zip(events, want_events):
        for key in ("uid", "summary", "description"):
            compare("vobject", f"{want['uid']} {key}", event.contents[key][0].value, want[key])

    # 2. icalendar
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    compare("icalendar", "event count", len(events), len(want_events))
    buggy = lambda s: "\\n" in s or "\\N" in s
    for event, want in zip(events, want_events):
        compare("icalendar", "uid", str(event.get("UID")), want["uid"])
        for key in ("summary", "description"):
            if not buggy(want[key]):
                compare("icalendar", f"{want['uid']} {key}", str(event.get(key.upper())), want[key])
    props = raw_properties(text)
    for name in ("NAME", "X-WR-CALNAME"):
        compare("icalendar lines", name, [v for n, v in props if n == name][0], expected["calendar_name"])
    summaries = [v for n, v in props if n == "SUMMARY"]
    descriptions = [v for n, v in props if n == "DESCRIPTION"]
    # VALARM DESCRIPTIONs follow their event's DESCRIPTION: keep the first DESCRIPTION after each SUMMARY.
    event_descriptions, seen_summary = [], False
    for n, v in props:
        if n == "SUMMARY":
            seen_summary = True
        elif n == "DESCRIPTION" and seen_summary:
            event_descriptions.append(v)
            seen_summary = False
    compare("icalendar lines", "summaries", summaries, [e["summary"] for e in want_events])
    compare("icalendar lines", "descriptions", event_descriptions, [e["description"] for e in want_events])
    del descriptions

    for problem in problems:
        print(problem)
    print(f"{ics_path}: {len(want_events)} events, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
