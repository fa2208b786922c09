"""The invites around the cases: what an invite says about its attendees, and anchors.

An anchor is one plain interview per employer in the mail world, so that the
messages have an application to answer.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import icalendar

from agent.ports import LOOK_BACK

if TYPE_CHECKING:
    from tests.corpus.runner import Employer


def invite_facts(data: bytes) -> dict[str, dict[str, str]]:
    """UID -> {address: "room" | "group"} for the attendees no thank-you may go to."""
    facts: dict[str, dict[str, str]] = {}
    for calendar in icalendar.Calendar.from_ical(data, multiple=True):
        for event in calendar.walk("VEVENT"):
            found: dict[str, str] = {}
            attendees = event.get("ATTENDEE") or []
            for attendee in attendees if isinstance(attendees, list) else [attendees]:
                params = getattr(attendee, "params", {})
                address = re.sub(r"^mailto:", "", str(attendee), flags=re.I).strip().lower()
                cutype = str(params.get("CUTYPE", "")).upper()
                role = str(params.get("ROLE", "")).upper()
                if cutype in ("ROOM", "RESOURCE") or role == "NON-PARTICIPANT":
                    found[address] = "room"
                elif cutype == "GROUP":
                    found[address] = "group"
            facts[str(event.get("UID"))] = found
    return facts


def anchor_invite(
    employer: Employer,
    uid: str,
    now: datetime,
    person: dict[str, Any],
    before: datetime | None = None,
) -> bytes:
    """A plain, clearly readable interview a week before "now" for one employer, or a day
    before `before` (its earliest mail) when that is earlier: the mail answers it. Never
    further back than the calendar's first look-back (an application's receipt two months
    before its interview leaves the interview inside it). An employer whose mail counts
    from the interview's day says when it was (`held`)."""
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//Google Inc//Google Calendar 70.9054//EN")
    calendar.add("VERSION", "2.0")
    event = icalendar.Event()
    start = now - timedelta(days=8)
    if before is not None and before - timedelta(days=1) < start:
        start = max(before - timedelta(days=1), now - LOOK_BACK + timedelta(days=2))
    if employer.held is not None:
        start = employer.held
    event.add("UID", uid)
    event.add("DTSTAMP", start - timedelta(days=3))
    event.add("DTSTART", start)
    event.add("DTEND", start + timedelta(hours=1))
    event.add("SUMMARY", employer.title)
    organizer = employer.organizer or employer.interviewers[0][1]
    event.add("ORGANIZER", icalendar.vCalAddress(f"mailto:{organizer}"))
    if organizer not in {address for _, address in employer.interviewers}:
        # Someone who arranged the interview without attending (an agency's consultant).
        arranger = icalendar.vCalAddress(f"mailto:{organizer}")
        arranger.params["ROLE"] = "NON-PARTICIPANT"
        arranger.params["PARTSTAT"] = "ACCEPTED"
        event.add("ATTENDEE", arranger)
    for name, address in [*employer.interviewers, (person["name"], person["email"])]:
        attendee = icalendar.vCalAddress(f"mailto:{address}")
        attendee.params["CN"] = name
        attendee.params["PARTSTAT"] = "ACCEPTED"
        event.add("ATTENDEE", attendee)
    calendar.add_component(event)
    return calendar.to_ical()
