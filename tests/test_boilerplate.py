"""Text meeting and scheduling tools paste into descriptions is not the person's notes.

Each invitation below is written the way its tool writes it (see the formats
listed in agent/core/boilerplate.py): Zoom's "Copy invitation" text, the block
Outlook adds for a Teams meeting, Google Calendar's Meet details, Webex's
joining section, and Calendly's and GoodTime's booking descriptions.
"""

from __future__ import annotations

from datetime import date

import pytest

from agent.core.boilerplate import own_lines
from agent.core.model import Notes
from agent.core.notes import parse_notes

DAY = date(2026, 11, 10)

ZOOM = """\
Jane Doe is inviting you to a scheduled Zoom meeting.

Topic: Acme - Panel Interview
Time: Nov 10, 2026 02:00 PM Eastern Time (US and Canada)

Join Zoom Meeting
https://acme.zoom.us/j/81234567890?pwd=cGFzc3dvcmQ

---

Meeting ID: 812 3456 7890
Passcode: 424242

---

One tap mobile
+16469313860,,81234567890#,,,,*424242# US
+13017158592,,81234567890#,,,,*424242# US (Washington DC)

---

Dial by your location
• +1 646 931 3860 US
• +1 301 715 8592 US (Washington DC)

Meeting ID: 812 3456 7890
Passcode: 424242

Find your local number: https://acme.zoom.us/u/kb1xYz
"""

TEAMS = """\
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_x>
Meeting ID: 245 118 993 402
Passcode: Zq7xVb
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
Or call in (audio only)
+1 323-555-0143,,482991736#   United States, Los Angeles
Phone Conference ID: 482 991 736#
Find a local number | Reset PIN
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options
________________________________________________________________________________
"""

MEET = """\
Join with Google Meet
https://meet.google.com/abc-defg-hij

Join by phone
(US) +1 650-555-0199 PIN: 123 456 789#

More phone numbers: https://tel.meet/abc-defg-hij?pin=123456789
"""

WEBEX = """\
Join from the meeting link
https://acme.webex.com/acme/j.php?MTID=m1234

Join by meeting number
Meeting number (access code): 2634 123 4567
Meeting password: Xy7pQ

Tap to join from a mobile device (attendees only)
+1-408-555-0100,,26341234567## United States Toll
"""

CALENDLY = """\
Event Name: Recruiter Screen

Location: This is a Google Meet web conference. https://meet.google.com/abc-defg-hij

Invitee: Casey Candidate
Invitee Email: casey@example.com
Invitee Time Zone: America/New_York

Questions:
Anything we should know?: Topic: I would love to talk about the team

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/1b2c3d
Reschedule: https://calendly.com/reschedulings/1b2c3d

Powered by Calendly.com
"""


@pytest.mark.parametrize("name,text", [("zoom", ZOOM), ("teams", TEAMS), ("meet", MEET),
                                       ("webex", WEBEX), ("calendly", CALENDLY)])  # fmt: skip
def test_tool_text_alone_gives_no_notes(name: str, text: str) -> None:
    assert parse_notes(text, interview_day=DAY) == Notes(), name


def test_zoom_topic_is_not_a_topic_note() -> None:
    # The defect: "I especially enjoyed our conversation about Acme - Panel Interview."
    assert parse_notes(ZOOM, interview_day=DAY).topics == ()


def test_the_persons_own_lines_among_tool_text_are_notes() -> None:
    text = f"topic: the data pipeline rewrite\n\n{ZOOM}decision: Nov 20\n{TEAMS}forgot: my Go work"
    notes = parse_notes(text, interview_day=DAY)
    assert notes.topics == ("the data pipeline rewrite",)
    assert notes.forgot == ("my Go work",)
    assert notes.decision is not None and notes.decision.value == date(2026, 11, 20)


def test_a_topic_line_without_zoom_beside_it_is_a_note() -> None:
    assert parse_notes("Topic: Kafka at scale", interview_day=DAY).topics == ("Kafka at scale",)


def test_employer_position_lines_are_kept_for_the_role() -> None:
    text = f"{CALENDLY}\nPosition: Senior Data Analyst\nCompany: Bluebird Health"
    notes = parse_notes(text, interview_day=DAY)
    assert (notes.role, notes.company) == ("Senior Data Analyst", "Bluebird Health")


def test_own_lines_keep_prose() -> None:
    kept = [line for line in own_lines("Hi Casey,\n" + TEAMS + "See you soon!") if line.strip()]
    assert kept == ["Hi Casey,", "See you soon!"]


def test_an_indented_line_is_no_dial_in_number() -> None:
    from agent.core.boilerplate import is_tool_line

    assert is_tool_line("+44 20 3855 0142,,724883193# United Kingdom, London")
    assert is_tool_line("(646) 558-8656 US")
    assert not is_tool_line("              HAYASHIDA Ayumi (Manager, Global Sourcing)")
