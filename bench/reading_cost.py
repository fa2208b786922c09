"""What reading an invite costs: people, names, company, role and notes per event.

Prints, in a fresh process:

  cold      the first event read (loads the Public Suffix List the package ships)
  domain    the first company read off a domain alone (loads the word list)
  warm      microseconds per event over a mix of invite shapes (Outlook panel with
            a Teams block, Zoom invitation, Greenhouse itinerary, Calendly booking)
  hostile   the slowest of a few oversized titles and descriptions
  rss       peak resident memory of the process

Usage: python bench/reading_cost.py [--events 2000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.core.detect import to_interview  # noqa: E402
from agent.core.model import Attendee, CalendarEvent, DetectRules  # noqa: E402

ME = "casey@example.com"
RULES = DetectRules(my_name="Casey Candidate")
UTC_ZONE = ZoneInfo("UTC")

TEAMS = (
    "Hi Casey\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or "
    "room device\nClick here to join the meeting<https://teams.microsoft.com/l/x>\n"
    "Meeting ID: 245 118 993 402\nPasscode: Zq7xVb\n" + "_" * 80
)
ZOOM = (
    "Jane Doe is inviting you to a scheduled Zoom meeting.\n\nTopic: Acme - Panel Interview\n"
    "Time: Nov 10, 2026 02:00 PM\n\nJoin Zoom Meeting\nhttps://acme.zoom.us/j/1\n\n"
    "Meeting ID: 812 3456 7890\nPasscode: 424242\n"
)
ITINERARY = (
    "Interviewers:\n10:00 AM - 10:45 AM  Jane Doe, Engineering Manager\n"
    "10:45 AM - 11:30 AM  Wei Zhang (Staff Engineer)\n\nPosition: Backend Engineer (R-4411)"
)
CALENDLY = (
    "Event Name: Recruiter Screen\n\nInvitee: Casey Candidate\nInvitee Email: casey@example.com"
    "\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/x"
)


def event(title: str, description: str, *people: Attendee, organizer: str = "") -> CalendarEvent:
    return CalendarEvent(
        uid="bench",
        calendar_id="primary",
        title=title,
        start=datetime(2026, 11, 10, 14, tzinfo=UTC),
        end=datetime(2026, 11, 10, 15, tzinfo=UTC),
        description=description,
        attendees=(Attendee(ME, "Casey Candidate"), *people),
        organizer_email=organizer,
    )


MIX = [
    event(
        "Acme Robotics | Controls Engineer II (REQ-2291) | Virtual Onsite",
        TEAMS,
        Attendee("ngozi.okafor@acmerobotics.com", "Okafor, Ngozi"),
        Attendee("room@acmerobotics.com", "BOS-3-Harbor (10)", kind="room"),
        Attendee("panel@acmerobotics.com", "Hiring Panel", kind="group"),
    ),
    event("Acme - Panel Interview", ZOOM, Attendee("jane.doe@acme.com", "Jane Doe")),
    event("Onsite Interview - Globex", ITINERARY, organizer="no-reply@greenhouse.io"),
    event(
        "Recruiter Screen between Jane Doe and Casey Candidate", CALENDLY, organizer="j@hooli.com"
    ),
]


def read(ev: CalendarEvent) -> None:
    to_interview(ev, ME, UTC_ZONE, RULES, "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    count = parser.parse_args().events

    started = time.perf_counter()
    read(MIX[0])
    print(f"cold     {1000 * (time.perf_counter() - started):8.1f} ms")

    started = time.perf_counter()
    read(event("Phone screen", "", Attendee("ana@bluebirdhealth.com", "Ana Ruiz")))
    print(f"domain   {1000 * (time.perf_counter() - started):8.1f} ms")

    started = time.perf_counter()
    for number in range(count):
        read(MIX[number % len(MIX)])
    per_event = (time.perf_counter() - started) / count
    print(f"warm     {1e6 * per_event:8.1f} us per event ({count} events)")

    hostile = [
        event("Interview " + "- a " * 5000, "1" * 50_000),
        event("Interview at " + "Acme " * 5000, "Interviewers: " + "Jane Doe, " * 5000),
        event("(" * 5000 + "Interview", "x: " * 30_000),
    ]
    worst = 0.0
    for ev in hostile:
        started = time.perf_counter()
        read(ev)
        worst = max(worst, time.perf_counter() - started)
    print(f"hostile  {1000 * worst:8.1f} ms (slowest)")
    print(f"rss      {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.1f} MB")


if __name__ == "__main__":
    main()
