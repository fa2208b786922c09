"""Invites and mail as employers, recruiters and systems around Dallas–Fort Worth write them.

Shapes (our own wording, after what these senders really use): a hiring manager's onsite
plan with her own slot and a lunch "not part of the interview"; a staffing agency's
recruiter who opens the call and hops off; Lever's and Ashby's invites from a recruiter's
Google calendar, which lists the organiser as a guest; NEOGOV's request for a missing
transcript; a city's wait with reference checks for whoever it selects.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agent.core.model import Attendee, CalendarEvent, Notes, ReplyKind
from agent.core.people import interviewers_of
from agent.core.replies import classify
from tests.builders import CASEY, CASEY_INVITED, CASEY_RULES, inbox_message, invite

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 15, 30, tzinfo=UTC)


def google_invite(title: str, organizer: Attendee, *others: Attendee, text: str) -> CalendarEvent:
    """As Google Calendar exports it: the organiser is a guest too."""
    listed = Attendee(organizer.email, organizer.name, response="accepted", is_organizer=True)
    return invite(title, listed, *others, CASEY_INVITED, start=START,
                  organizer=organizer.email, organizer_name=organizer.name,
                  description=text)  # fmt: skip


def names(ev: CalendarEvent) -> list[str]:
    return sorted(p.name for p in interviewers_of(ev, ME, Notes(), RULES))


def test_the_writers_own_slot_counts_and_a_lunch_is_no_one() -> None:
    jenna = Attendee("jenna@copperleaf.example", "Jenna Holloway")
    ev = google_invite(
        "Casey @ Copperleaf SSC - onsite",
        jenna,
        Attendee("lupe@copperleaf.example", "Lupe Ornelas"),
        Attendee("harold@copperleaf.example", "Harold Quist"),
        text="Rough plan for the morning:\n\n"
        "9:30  me - quick tour of the planning floor + a few more questions from my side\n"
        "10:00  Lupe Ornelas (Replenishment Mgr) - a sample store allocation\n"
        "10:45  Harold Quist, our VP of Supply Chain Planning\n"
        "11:30  lunch in the cafe w/ a couple of the analysts (casual, not part of the interview)"
        "\n\nSee you Wednesday!\nJenna",
    )
    assert names(ev) == ["Harold Quist", "Jenna Holloway", "Lupe Ornelas"]


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("Casey - Wade is the Controller at Mesquite Valley Foods. He'll want to hear about your "
         "costing experience. I'll open the call, do intros and hop off.\nThanks!\nKendra",
         Attendee("kendra@sandhilltalent.example", "Kendra Lusk")),
        ("Here's the invite for your conversation with Wade Hollingsworth. I'll hop on for the "
         "first few minutes to make intros.\nTalk soon,\nKendra",
         Attendee("kendra@mesquitevalley.example", "Kendra Lusk")),
        # a recruiter who signs "Talent @", the panel given whole in a sentence to the person
        ("Hi Casey,\nYou'll be meeting with Wade Hollingsworth, our Controller, for 45 minutes.\n"
         "Kendra\nTalent @ Mesquite Valley",
         Attendee("kendra@mesquitevalley.example", "Kendra Lusk")),
    ],
)  # fmt: skip
def test_a_recruiter_who_only_opens_the_call_does_not_interview(
    text: str, organizer: Attendee
) -> None:
    wade = Attendee("wade@mesquitevalley.example", "Hollingsworth, Wade")
    ev = google_invite("Mesquite Valley Foods - Cost Accountant - Casey / Wade", organizer, wade,
                       text=text)  # fmt: skip
    assert names(ev) == ["Wade Hollingsworth"]


def kind(body: str, subject: str = "Update") -> tuple[ReplyKind, date | None]:
    msg = inbox_message("hr@cedarbluff.example", subject, body,
                        received=datetime(2026, 12, 14, 17, tzinfo=UTC))  # fmt: skip
    got, when = classify(msg, after=date(2026, 12, 14), month_first=True)
    return got, when.value if when is not None else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thank you for your interest in the Budget & Management Analyst II position with the "
         "City of Cedar Bluff.\n\nWhile reviewing your application, we noticed that the required "
         "college transcript (unofficial copies are acceptable) was not attached. Please attach "
         "your transcript no later than Monday, November 30, 2026.", (ReplyKind.OTHER, None)),
        ("The panel completed all oral board interviews on Wednesday. Scores are being compiled, "
         "and the Budget Office will then make its selection and begin reference checks. All "
         "candidates will be notified of their status by Friday, January 8, 2027.",
         (ReplyKind.STILL_DECIDING, date(2027, 1, 8))),
        ("Enjoyed the conversation. We're still talking with a couple of other people, so "
         "realistically I won't have an answer for you until after our holiday shutdown.",
         (ReplyKind.STILL_DECIDING, None)),
    ],
)  # fmt: skip
def test_a_citys_and_a_managers_mail(body: str, expected: tuple[ReplyKind, date | None]) -> None:
    assert kind(body) == expected
