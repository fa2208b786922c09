"""What detection costs per calendar event, as the calendar grows.

Every cycle and every `followup status` reads all stored events through
agent.core.detect, so its cost per event times the events in the window is
time spent on each cycle. Prints milliseconds per event for a mix of ordinary
meetings (with the Zoom boilerplate real invites carry) and interviews.

Usage: python bench/detect_cost.py [--events 5000]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.core.detect import detect  # noqa: E402
from agent.core.model import Attendee, CalendarEvent, DetectRules  # noqa: E402

ZONE = ZoneInfo("America/New_York")
ME = "casey@example.com"
ZOOM = (
    "Casey Candidate is inviting you to a scheduled Zoom meeting.\n"
    "Join Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890?pwd=abcDEF123\n"
    "Meeting ID: 812 3456 7890\nPasscode: 123456\nOne tap mobile\n+16465588656,,81234567890#\n"
)
TITLES = (
    "Team standup",
    "1:1 with Lee",
    "Interview: Backend Engineer at Acme",
    "Coffee chat",
    "Dentist",
    "Quarterly planning",
    "Phone screen - Globex",
    "Lunch with Sam",
)


def events(count: int) -> list[CalendarEvent]:
    start = datetime(2026, 11, 2, 9, 0, tzinfo=ZONE)
    people = (
        Attendee("jane.doe@acme.com", "Jane Doe"),
        Attendee(ME, "Casey Candidate", is_self=True, response="accepted"),
    )
    return [
        CalendarEvent(
            uid=f"event-{n}",
            calendar_id="primary",
            title=TITLES[n % len(TITLES)],
            start=start + timedelta(hours=n),
            end=start + timedelta(hours=n, minutes=45),
            description=ZOOM,
            attendees=people,
            organizer_email="jane.doe@acme.com",
        )
        for n in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    args = parser.parse_args()
    sample = events(args.events)
    rules = DetectRules(work_domains=frozenset({"initrode.com"}), my_name="Casey Candidate")
    began = time.perf_counter()
    found, skipped = detect(sample, me=ME, tz=ZONE, rules=rules)
    spent = time.perf_counter() - began
    print(f"events                {len(sample)}")
    print(f"interviews / skipped  {len(found)} / {len(skipped)}")
    print(f"total                 {spent:.3f} s")
    print(f"per event             {spent / len(sample) * 1000:.3f} ms")


if __name__ == "__main__":
    main()
