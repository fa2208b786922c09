"""Invites and mail as employers in Scotland and the South West of England write them.

Shapes (our own wording, after what these senders really use): an NHS Scotland board's
letter with its "Board:" field and panel, its second stage booked by the panel's chair at
the shared nhs.scot; the Scottish Government's panel at gov.scot for a post "in the ...
team"; a distillery group's second round as a site visit; Greenhouse's equal opportunities
survey; a council's and a firm's pre-employment checks after an offer; a screening
service's request in a building society's name; a cider maker's "next (and final) stage" and
its new-starter forms; an insurer's panel with a final interview still to hold.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import detect, to_interview
from agent.core.employer import shared_names
from agent.core.model import Attendee, ReplyKind
from tests.builders import (
    CASEY,
    CASEY_INVITED,
    CASEY_RULES,
    interviewer_names,
    invite,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 30, 10, tzinfo=UTC)


def kind(body: str, subject: str = "Update") -> ReplyKind:
    return reply_reading(body, subject)[0]


def test_a_boards_second_stage_booked_by_its_panel_at_the_shared_domain() -> None:
    letter = invite(
        "Interview - Senior Information Analyst - Ref LTW-03317",
        CASEY_INVITED,
        start=START,
        organizer="ltw.recruitment@nhs.scot",
        organizer_name="LTW Recruitment",
        description="Dear Casey\n\nPost: Senior Information Analyst (Band 7)\nBoard: NHS "
        "Lammermuir and Tweed\n\nWe are delighted to invite you to interview.\n\nInterview "
        "panel:\nDr Alasdair Kinloch, Head of Health Intelligence (Chair)\nFiona Lennie, "
        "Principal Information Analyst\n\nKind regards\nRecruitment Team",
        uid="n1",
    )
    second = invite(
        "Casey Candidate - 2nd stage - HIU",
        CASEY_INVITED,
        Attendee("fiona.lennie@nhs.scot", "Lennie, Fiona"),
        start=datetime(2026, 12, 21, 10, tzinfo=UTC),
        organizer="alasdair.kinloch@nhs.scot",
        organizer_name="Kinloch, Alasdair",
        description="Confirming your second stage. Fiona and I will ask you about it.",
        uid="n2",
    )
    found, _ = detect([letter, second], me=ME, tz=LONDON, rules=RULES)
    assert [i.uid for i in found] == ["n1", "n2"]
    assert found[0].company == "NHS Lammermuir and Tweed"
    assert found[1].company == "HIU"  # the unit; the application keeps the board's name
    assert found[1].application == found[0].application
    # alone, or with someone the first round's panel did not name, it is no interview
    assert detect([second], me=ME, tz=LONDON, rules=RULES)[0] == []
    stranger = invite("Casey Candidate - 2nd stage - HIU", CASEY_INVITED,
                      start=datetime(2026, 12, 21, 10, tzinfo=UTC),
                      organizer="jill.murdoch@nhs.scot", organizer_name="Murdoch, Jill",
                      uid="n3")  # fmt: skip
    assert [i.uid for i in detect([letter, stranger], me=ME, tz=LONDON, rules=RULES)[0]] == ["n1"]


def test_a_governments_own_domain_and_a_team_the_letter_names() -> None:
    ev = invite(
        "Interview: Senior Analyst (C1) - Labour Market Evidence - Casey Candidate",
        CASEY_INVITED,
        Attendee("rhona.bell@gov.scot", "Rhona Bell"),
        start=START,
        organizer="gillian.harkness@gov.scot",
        organizer_name="Gillian Harkness",
        description="Thank you for accepting our invitation to interview for the Senior "
        "Analyst (C1) post in the Labour Market Evidence team.\n\nThe panel will be:\n"
        "Gillian Harkness, Head of Labour Market Analysis (Chair)\nRhona Bell, Senior "
        "Statistician, Housing and Social Justice Directorate (independent panel member)\n\n"
        "Gillian Harkness | Head of Labour Market Analysis | Scottish Government\n"
        "Riaghaltas na h-Alba | gov.scot",
    )
    got = to_interview(ev, ME, LONDON, RULES, "")
    assert got.company == "Scottish Government"
    assert sorted(p.name for p in got.interviewers) == ["Gillian Harkness", "Rhona Bell"]


def test_a_site_visit_names_a_site_and_the_name_of_the_domain_wins() -> None:
    ev = invite(
        "Corrieburn visit - Casey",
        CASEY_INVITED,
        start=START,
        organizer="callum.brebner@strathardle.example",
        organizer_name="Callum Brebner",
    )
    assert to_interview(ev, ME, LONDON, RULES, "").company == "Corrieburn"
    rounds = [("Strathardle Distillers", "Finance Business Partner"), ("Corrieburn", "")]
    assert shared_names(rounds, "strathardle") == (
        "Strathardle Distillers",
        "Finance Business Partner",
    )


@pytest.mark.parametrize(
    "body",
    [
        "As part of your application for Senior Data Analyst, we'd like to invite you to "
        "complete our voluntary equal opportunities survey. Your answers are never seen by "
        "the hiring team.",
        "As promised, here are the next steps for your pre-employment checks:\n1. References - "
        "I have sent reference requests to the two referees on your application today.\n"
        "2. Basic Disclosure - please apply online through mygov.scot.",
        "Following Blair's email, please find attached your offer letter and contract. To get "
        "the pre-employment checks moving, could you please send me your right to work share "
        "code.",
    ],
)
def test_forms_and_checks_are_other_news(body: str) -> None:
    assert kind(body, "Your offer paperwork and pre-employment checks") is ReplyKind.OTHER


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        ("Leigh Woods Building Society has asked Veremark to carry out pre-employment checks. "
         "Questions about your job offer should go to Leigh Woods Building Society.",
         "Leigh Woods Building Society has requested your background check", ReplyKind.OTHER),
        ("Sophie and I both enjoyed Friday's call. We'd like to take things to the next (and "
         "final) stage. Could you come down to the mill this Friday at 2pm?", "Next step",
         ReplyKind.NEXT_ROUND),
        ("Congratulations again! Please find attached your offer letter and contract. Sign and "
         "return the offer letter and fill in the new starter form in Breathe.",
         "Your offer letter and new starter forms", ReplyKind.OTHER),
        ("The panel have a final interview to hold next week, as one candidate had to "
         "rearrange. We're hoping to have a decision by Tuesday 22nd December.", "Update",
         ReplyKind.STILL_DECIDING),
        ("Thanks for getting in touch. We've had a very high volume of applications for the "
         "role and the hiring manager is still working through them, so I can't give you an "
         "update just yet.", "RE: Data Quality Analyst application", ReplyKind.STILL_DECIDING),
        ("Thank you for applying. Due to the high volume of applications we receive, we are "
         "unable to respond to every applicant individually.", "Application received",
         ReplyKind.RECEIPT),
    ],
)  # fmt: skip
def test_south_west_mail(body: str, subject: str, expected: ReplyKind) -> None:
    assert kind(body, subject) is expected


def test_a_welsh_panels_posts_are_no_interviewers() -> None:
    letter = invite(
        "Cyfweliad / Interview: Uwch Swyddog Polisi / Senior Policy Officer - CEFW-0417",
        CASEY_INVITED,
        start=START,
        organizer="noreply@cefw.tal.net",
        organizer_name="Cronfa Ynni Cymunedol Cymru",
        description="Annwyl Casey,\n\nPanel:\nRhiannon Gwilym - Pennaeth Polisi\nDr Owain "
        "Prys-Jenkins - Prif Economegydd\nSandeep Kaur - Partner Busnes Adnoddau Dynol\n\n---"
        "\n\nDear Casey,\n\nPanel:\nRhiannon Gwilym - Head of Policy\nDr Owain Prys-Jenkins - "
        "Chief Economist\nSandeep Kaur - HR Business Partner\n",
        uid="w1",
    )
    assert interviewer_names(letter) == ["Owain Prys-Jenkins", "Rhiannon Gwilym", "Sandeep Kaur"]


def test_a_founders_note_that_starts_with_who_will_be_there() -> None:
    chat = invite(
        "Casey / Floatwise - Finance & Ops Lead",
        start=START,
        organizer="ravi@floatwise.io",
        organizer_name="Ravi Menon-Clarke",
        description="Hi Casey - first chat about the Finance & Ops Lead role. Me (Ravi, CEO) and "
        "Jess Okonedo (COO, co-founder). Informal, 45 mins, no prep.\n\nRavi Menon-Clarke is "
        "inviting you to a scheduled Zoom meeting.",
        uid="z1",
    )
    assert interviewer_names(chat) == ["Jess Okonedo", "Ravi Menon-Clarke"]
