"""Invites and mail as employers, recruiters and systems in Texas, the Carolinas, Arizona
and Alberta write them.

Shapes (our own wording, after what these senders really use): a hiring manager's onsite
plan with her own slot and a lunch "not part of the interview"; a staffing agency's
recruiter who opens the call and hops off; Lever's and Ashby's invites from a recruiter's
Google calendar, which lists the organiser as a guest; NEOGOV's request for a missing
transcript; a city's wait with reference checks for whoever it selects; a bank's panel
titled with the person's name; "Gus" on the agenda for Augustine on the invite; a
university's Zoom account; Oracle's invite under the hospital authority's legal name, then
the health system's own; a pipeline company's initials with its department; a tour "not
part of the interview"; a job alert from a tracking system; visitor pre-registration.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import detect, to_interview
from agent.core.model import Attendee, CalendarEvent, Notes, ReplyKind
from agent.core.people import interviewers_of
from agent.core.replies import job_alert
from agent.core.spelled import shortened_to
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_INVITED,
    CASEY_RULES,
    inbox_message,
    interviewer_names,
    invite,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 15, 30, tzinfo=UTC)


def google_invite(title: str, organizer: Attendee, *others: Attendee, text: str) -> CalendarEvent:
    """As Google Calendar exports it: the organiser is a guest too."""
    listed = Attendee(organizer.email, organizer.name, response="accepted", is_organizer=True)
    return invite(title, listed, *others, CASEY_INVITED, start=START,
                  organizer=organizer.email, organizer_name=organizer.name,
                  description=text)  # fmt: skip


names = interviewer_names


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


def kind(body: str) -> tuple[ReplyKind, date | None]:
    return reply_reading(body, month_first=True)


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


def test_a_panel_titled_with_the_persons_name_is_theirs() -> None:
    ev = invite(
        "Four Peaks Bank | Chandler Ops Center - Interview Panel (Casey Candidate)",
        CASEY_INVITED,
        Attendee("augustine.wauneka@fourpeaks.example", "Wauneka, Augustine"),
        start=START,
        organizer="brynn.tohee@fourpeaks.example",
        organizer_name="Tohee, Brynn",
        description="9:00 AM        Check in at the security desk and ask for me\n"
        "10:00 - 10:45  Gus Wauneka, Operations Manager\n10:45 - 11:00  Wrap-up with me "
        "(logistics only)\n",
    )
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    # "Gus", as the agenda calls him, at Augustine's address
    assert [p.email for p in interviewers_of(ev, ME, Notes(), RULES)] == [
        "augustine.wauneka@fourpeaks.example"
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Search committee for Senior Budget Analyst, University Budget Office (Req 2026-1187):\n"
         "Leticia Benally, Associate Director (chair)\nHarlan Swope, Budget Manager\n",
         ["Harlan Swope", "Leticia Benally"]),
        ("Your interview panel will include Yvette Spainhour, Risk Manager; Ricky Furches, "
         "Safety & Loss Control Coordinator; and Chandra Blackwelder, Deputy Finance Director.",
         ["Chandra Blackwelder", "Ricky Furches", "Yvette Spainhour"]),
        ("3:00 - 3:30 PM (Arizona): Priya Anantharaman, Sr. Manager, Acquisition Pricing\n"
         "3:30 - 4:00 PM (Arizona): Cody Grijalva, Pricing Analyst II\n",
         ["Cody Grijalva", "Priya Anantharaman"]),
    ],
)  # fmt: skip
def test_panels_named_in_the_text(text: str, people: list[str]) -> None:
    ev = invite(
        "Interview - Budget Analyst",
        CASEY_INVITED,
        start=START,
        description=text,
        organizer="no-reply@tool.example",
    )
    assert names(ev) == people


def test_who_only_pops_in_or_tours_the_yard_does_not_interview() -> None:
    nadia = Attendee("nadia@peakpay.example", "Nadia Kasparian")
    theo = Attendee(
        "theo@peakpay.example", "Theo Balderrama", role="opt-participant", response="tentative"
    )
    ev = google_invite(
        "Casey x PeakPay - onsite",
        nadia,
        Attendee("ruben@peakpay.example", "Ruben Cordova"),
        theo,
        text="1:00 - Ruben runs a recon exercise with you\n~2:15 - you and me, "
        "coffee + a longer conversation\nTheo may pop in at the end to say hi.",
    )
    assert names(ev) == ["Nadia Kasparian", "Ruben Cordova"]
    gord = Attendee("gord@bru.example", "Ostapovich, Gord")
    tour = google_invite(
        "Lacombe Ops Centre - interview + tour (Casey Candidate)",
        gord,
        Attendee("kirsten@bru.example", "Aalders, Kirsten"),
        Attendee("wes@bru.example", "Dobrowolski, Wes"),
        text="10:00 - 11:30  Interview with Kirsten and me.\n11:30 - 12:15  "
        "Tour of the control room and the yard with Wes. Not part of the "
        "interview, just so you see the operation.\n",
    )
    assert names(tour) == ["Gord Ostapovich", "Kirsten Aalders"]


def test_employers_named_by_a_zoom_account_initials_and_a_legal_name() -> None:
    zoom = invite(
        "Research Budget Analyst - Search Committee Interview (Casey Candidate)",
        start=START,
        location="https://newhope-edu.zoom.us/j/93418275506",
        description="Search committee interview for Research Budget Analyst, Office of "
        "Sponsored Programs, New Hope University (Position #004812).",
    )
    ssu = invite(
        "SSU Senior Budget Analyst - Search Committee Interview - Casey Candidate",
        start=START,
        location="https://superstition-edu.zoom.us/j/93018446271",
    )
    kcpl = invite(
        "KCPL Regulatory - panel interview (Casey Candidate)",
        CASEY_INVITED,
        start=START,
        organizer="marcandre@kcpl.example",
        description="Marc-André Lavergne\nManager, Tolls & Tariffs",
    )
    sawback = invite(
        "Sawback Rail Network Ops - 2nd interview (Casey Candidate)",
        CASEY_INVITED,
        start=START,
        organizer="trevor@sawbackrail.example",
    )
    got = [
        to_interview(e, ME, ZoneInfo("America/Phoenix"), RULES, "").company
        for e in (zoom, ssu, kcpl, sawback)
    ]
    assert got == ["New Hope University", "SSU", "KCPL", "Sawback Rail"]
    oracle = invite(
        "Phone Interview: Revenue Cycle Analyst II (2026-14872)",
        CASEY_INVITED,
        start=START,
        organizer="ebgh.fa.sender@workflow.mail.us2.cloud.oracle.com",
        organizer_name="The Sugaw Creek Hospital Authority",
        description="Organization: The Sugaw Creek Hospital Authority",
        uid="s1",
    )
    own = invite(
        "Sugaw Creek PFS - panel interview w/ Casey Candidate",
        CASEY_INVITED,
        Attendee("jared@sugawcreekhealth.example", "Hamrick, Jared"),
        start=datetime(2026, 12, 18, 15, tzinfo=UTC),
        organizer="carol@sugawcreekhealth.example",
        uid="s2",
    )
    found, _ = detect([oracle, own], me=ME, tz=ZoneInfo("America/New_York"), rules=RULES)
    assert len(found) == 2 and len({i.application for i in found}) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Congratulations on being selected as a finalist. Before your on-campus interview, "
         "please upload your unofficial transcripts under 'Additional Documents' by Monday, "
         "January 4.", (ReplyKind.OTHER, None)),
        ("The panel's scores have been forwarded, and the Procurement Manager may hold second "
         "interviews with the top candidates. The department hopes to complete its selection "
         "by Friday, January 8.", (ReplyKind.STILL_DECIDING, date(2027, 1, 8))),
        ("You have been pre-registered as a visitor.\nDate: Thursday, December 17, 2026",
         (ReplyKind.OTHER, None)),
        ("We have two more interviews this week, and after that we'll be doing reference checks "
         "for our finalists. We expect to make a decision by Friday, January 8.",
         (ReplyKind.STILL_DECIDING, date(2027, 1, 8))),
        ("We are now completing reference checks. Could you please send me the names of three "
         "professional references? Please note that this is a step in the process and not an "
         "offer of employment.", (ReplyKind.OTHER, None)),
        ("To complete your application file, please send me a copy of your degree by Monday, "
         "November 30, 2026.", (ReplyKind.OTHER, None)),
        # a city's portal says what happens to everyone: the most qualified, not the person
        ("Your application for the position of Procurement Analyst II has been received. "
         "Applicants who meet the minimum qualifications will be further evaluated, and the most "
         "qualified will be invited to participate in the next step of the selection process.",
         (ReplyKind.RECEIPT, None)),
        ("Thanks for your application. Those selected for interview will be contacted by the "
         "hiring team.", (ReplyKind.RECEIPT, None)),
        # a process described, not a round booked; a posting open until filled
        ("Thank you for applying. The most qualified applicants will then be invited to "
         "participate in the selection process, which may include a panel interview and a work "
         "sample.", (ReplyKind.RECEIPT, None)),
        ("Your application has been received. Some roles include an online assessment or a "
         "technical interview with one of our partners as a first step.",
         (ReplyKind.RECEIPT, None)),
        ("Thank you for applying. Review of applications began on November 9 and will continue "
         "until the position is filled.", (ReplyKind.RECEIPT, None)),
        ("Thank you for applying. Candidates who meet the minimum qualifications will be "
         "invited to the next phase of the selection process.", (ReplyKind.RECEIPT, None)),
        ("Thank you for your application. Applicants who are shortlisted will be contacted to "
         "arrange an interview.", (ReplyKind.RECEIPT, None)),
        ("Great news: you are among the most qualified applicants, and we would like to invite "
         "you to a second interview next week.", (ReplyKind.NEXT_ROUND, None)),
    ],
)  # fmt: skip
def test_more_mail(body: str, expected: tuple[ReplyKind, date | None]) -> None:
    assert kind(body) == expected


def test_a_tracking_systems_job_alert() -> None:
    alert = inbox_message(
        "gilacrest@myworkday.com",
        "New jobs for your alert: supply chain",
        None,
        received=datetime(2026, 12, 14, 17, tzinfo=UTC),
    )
    assert job_alert(alert)
    assert not job_alert(
        inbox_message(
            "gilacrest@myworkday.com",
            "Your application",
            None,
            received=datetime(2026, 12, 14, 17, tzinfo=UTC),
        )
    )


def test_a_domain_of_the_names_initials_with_its_legal_form() -> None:
    assert shortened_to("Kettle Coulee Pipelines", "kcpl")  # Kettle Coulee Pipelines Ltd.
    assert not shortened_to("Knockmealdown Bank plc", "tullyvin")
    assert not shortened_to("acme widgets", "aw")
