"""Invites and mail as Leeds's and Salt Lake City's employers, systems and friends write them.

Shapes (our own wording, after what these senders really use): a law firm's "Practice
Finance Manager"; a Zoom copy sent by a PA for a panel it names; a coordinator's "a 30-minute
video call with <recruiter>"; a university hospital's "Interview panel - <unit>, <role>:" on
its own Zoom account; a state HR analyst who facilitates; a recruiter who "isn't one of the
interviews"; a vacancy reference before the role; Workday tasks, DocuSign envelopes, a
waiting panel and an acknowledgement in a public body's words; friends' coffees about jobs
not yet posted, and a careers open day that may hold interviews.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.model import Attendee, CalendarEvent, ReplyKind
from agent.core.reply_classify import classify
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    inbox_message,
    interviewer_names,
    invite,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
LEEDS = ZoneInfo("Europe/London")
START = datetime(2026, 12, 8, 12, 30, tzinfo=UTC)
ZOOM = (
    "\n\n{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
    "https://{account}.zoom.us/j/84162093375?pwd=TjRh\n\nMeeting ID: 841 6209 3375"
)


def read(ev: CalendarEvent) -> tuple[str, str, list[str]]:
    got = to_interview(ev, ME, LEEDS, RULES, "")
    return got.company, got.role, sorted(p.name for p in got.interviewers)


def test_a_practice_finance_manager_is_a_job_not_interview_practice() -> None:
    text = (
        "Interview: Practice Finance Manager\n\nYou'll be meeting Catriona Blakey (Finance "
        "Director) and Rupert Wilberforce (Partner). Around 1 hour."
        + ZOOM.format(host="Hollie Tasker", account="us02web")
    )
    ev = invite("Thwaite Mellor - Practice Finance Manager - Casey Candidate", start=START,
                organizer="hollie.tasker@thwaitemellor.example", organizer_name="Hollie Tasker",
                description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    # the PA who sent the Zoom copy hosts it; the panel it names interviews
    assert read(ev) == (
        "Thwaite Mellor", "Practice Finance Manager", ["Catriona Blakey", "Rupert Wilberforce"]
    )  # fmt: skip


def test_panels_named_in_a_coordinators_sentence_and_a_units_header() -> None:
    screen = invite_to_casey(
        "Alpine Loop Technologies - Recruiter Screen - Casey Candidate (Senior Software "
        "Engineer, Developer Platform)",
        start=START, organizer="sadie@alpineloop.example", organizer_name="Sadie Rindlisbacher",
        description="This first conversation is a 30-minute video call with Keaton Brimhall, "
        "Senior Technical Recruiter.\n\nBest,\nSadie Rindlisbacher\nRecruiting Coordinator | "
        "Alpine Loop Technologies",
    )  # fmt: skip
    assert interviewer_names(screen) == ["Keaton Brimhall"]
    panel = invite(
        "GBUH EDW Senior Data Engineer - Panel Interview (C. Candidate)", start=START,
        description="Interview panel - Enterprise Data Warehouse, Senior Data Engineer (Job "
        "#88214):\n  - Colette Voorhees, PhD, Director, Enterprise Analytics (panel chair)\n"
        "  - Lyman Pulsipher, Lead Data Architect\n"
        + ZOOM.format(host="Colette Voorhees", account="greatbasinhealth"),
    )  # fmt: skip
    # the employer's initials the Zoom account's name starts and ends, not the unit's (EDW)
    assert read(panel) == (
        "GBUH", "EDW Senior Data Engineer", ["Colette Voorhees", "Lyman Pulsipher"]
    )  # fmt: skip


def test_who_facilitates_or_walks_the_candidate_in_does_not_interview() -> None:
    state = invite_to_casey(
        "Panel Interview - Software Developer III (DHIS-26-0417) - Casey Candidate",
        Attendee("mfonua@utah.example", "Malia Fonua", response="accepted"),
        Attendee("rbybee@utah.example", "Ryker Bybee", response="accepted"),
        start=START, organizer="mfonua@utah.example", organizer_name="Malia Fonua",
        description="The panel is Ryker Bybee (Development Manager). I will open the meeting, "
        "facilitate and keep time, but I do not ask questions or score.",
    )  # fmt: skip
    assert interviewer_names(state) == ["Ryker Bybee"]
    onsite = invite_to_casey(
        "TrailTree PM onsite - Casey",
        Attendee("wren@pioneertrails.example", "Wren Castellanos", response="accepted"),
        Attendee("halley@pioneertrails.example", "Halley Pratt", role="opt-participant"),
        start=START, organizer="holt@pioneertrails.example", organizer_name="Holt Christiansen",
        description="10:00  you + me: the roadmap\n10:45  Wren (design lead): critique\n\n"
        "Halley (recruiting) will grab you from the front desk at 9:50 and walk you out at the "
        "end - she isn't one of the interviews.\n\nHolt",
    )  # fmt: skip
    assert "Halley Pratt" not in interviewer_names(onsite)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("WR07412 Management Accountant (Faculty of Health) - Interview - Casey Candidate",
         "Management Accountant"),
        ("Traverse Ridge Analytics: Casey Candidate - Product Analyst, Growth (Hiring Manager "
         "+ Exercise)", "Product Analyst, Growth"),
    ],
)  # fmt: skip
def test_a_vacancy_reference_and_a_rounds_contents_are_no_part_of_the_role(
    title: str, role: str
) -> None:
    ev = invite_to_casey(title, start=START, organizer="s.cawthorne@westriding.example",
                         organizer_name="Cawthorne, Siobhan")  # fmt: skip
    assert read(ev)[1] == role


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("You have a new task in Candidate Home.\n\nTask: Complete Fitness and Propriety "
         "Declaration\nDue date: 18/12/2026\n\nAs a regulated firm we ask all candidates at final "
         "interview stage to complete a declaration.", (ReplyKind.OTHER, None)),
        ("Thanks for checking in. I'm afraid we're not there yet - Oliver and Gurpreet have one "
         "more candidate to see for the case study and then they'll compare notes, so no "
         "decision has been made.", (ReplyKind.STILL_DECIDING, None)),
        ("We anticipate making a selection by Wednesday, January 6. In the meantime, HR may "
         "reach out about references; that is a standard step for all finalists and is not an "
         "indication of a decision either way.", (ReplyKind.STILL_DECIDING, date(2027, 1, 6))),
        ("We acknowledge receipt of your application for the position of Senior Manager. If you "
         "have not been contacted within three months of the closing date, please regard your "
         "application as unsuccessful.", (ReplyKind.RECEIPT, None)),
    ],
)  # fmt: skip
def test_tasks_waits_and_receipts(body: str, expected: tuple[ReplyKind, date | None]) -> None:
    assert reply_reading(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the written offer is an offer; one "as promised" on the phone is its paperwork
        ("Please review and sign your offer letter for Senior Analyst. This envelope expires on "
         "12/21/2026.", ReplyKind.OFFER),
        ("Hi Casey - offer letter and contract as promised.", ReplyKind.OTHER),
        # an NDA before the onsite: a deadline of the person's, no decision
        ("Hi Casey - here's the mutual NDA I mentioned for your onsite on 12/16. Please review "
         "and sign by 12/15.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_an_e_signature_envelope(text: str, expected: ReplyKind) -> None:
    envelope = inbox_message(
        "dse_NA4@docusign.net",
        "Complete with Docusign: Tallowfield Pay - Casey Candidate.pdf",
        f"Elspeth Butterfield sent you a document to review and sign.\n\n{text}",
        received=datetime(2026, 12, 10, 12, tzinfo=UTC),
        name="Elspeth Butterfield via Docusign",
    )
    assert classify(envelope, after=date(2026, 12, 10), month_first=True)[0] is expected


@pytest.mark.parametrize(
    ("title", "organizer", "text"),
    [
        ("Coffee w/ Casey", "hannah.pogson@gmail.com",
         "coffee!\n\nthere's talk of bringing in a management accountant at Swillington "
         "Renewables rather than an interim. Nothing's been advertised yet, but I'd love to know "
         "if you'd be up for it before I mention you to her."),
        ("café w/ Casey", "tariq.lafontaine@gmail.com",
         "café samedi?\n\nalso - my DG keeps saying we need someone bilingual on data + comms. "
         "there's no poster and it might just end up as an EOI in the spring."),
    ],
)  # fmt: skip
def test_a_friends_coffee_about_a_job_not_yet_posted_is_asked_about(
    title: str, organizer: str, text: str
) -> None:
    friend = Attendee(organizer, organizer.split("@")[0].replace(".", " ").title())
    ev = invite_to_casey(title, friend, start=START, organizer=organizer, description=text)
    verdict = judge(ev, ME, RULES)
    assert verdict.outcome is Outcome.MAYBE and verdict.job_question


def test_an_open_day_that_may_hold_an_interview_on_the_day_is_asked_about() -> None:
    ev = invite(
        "Micklefield Mutual - Leeds Finance & Risk Careers Open Day", start=START,
        description="Drop in at any time between 10am and 2pm: talks on the hour, informal "
        "chats with hiring managers, CV clinic. Bring a copy of your CV, and if there's a match "
        "we may be able to arrange an interview on the day.",
    )  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.MAYBE
