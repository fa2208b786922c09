"""Invites and mail as employers, systems and their services in Australia and New Zealand
write them.

Shapes (our own wording, after what these senders really use): PageUp's invite sent as
"<University> Recruitment" for the university's own panel; a brand's round from its own
domain after the group's invite named the brand as its own; a university's recruiter
writing from a domain named for the university's first word; a screening service's police
check and an occupational health provider's medical booked in the employer's name; a
public service's wait "before the Christmas shutdown"; the employer's own bill to the
person as a customer; a retailer "trading as" its brand, whose round comes from the brand's
domain; a site visit with the manager from the first round's panel; PageUp's request for a
missing transcript; an HR platform's onboarding; a consultancy's evening "with short
informal interviews on the night".
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import detect, to_interview
from agent.core.model import Attendee, MailMessage, ReplyKind
from agent.core.replies import (
    Contacts,
    classify,
    customer_notice,
    match_application,
    names_its_employer,
)
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_INVITED, CASEY_RULES, inbox_message, invite, reply_reading

ME, RULES = CASEY.email, CASEY_RULES
MELBOURNE = ZoneInfo("Australia/Melbourne")
AUCKLAND = ZoneInfo("Pacific/Auckland")
START = datetime(2026, 12, 7, 23, tzinfo=UTC)
NONE: frozenset[str] = frozenset()


def mail(body: str | None, subject: str, sender: str, name: str = "") -> MailMessage:
    return inbox_message(
        sender, subject, body, received=datetime(2026, 12, 14, 1, tzinfo=UTC), name=name
    )


kind = reply_reading


def test_a_universitys_own_recruitment_team_is_no_agency() -> None:
    ev = invite(
        "Senior Data Analyst, Planning & Performance - 0061874 - Panel Interview",
        CASEY_INVITED,
        start=START,
        organizer="noreply@pageuppeople.com",
        organizer_name="Kingsbury University Recruitment",
        description="Thank you for booking your interview for the position of Senior Data "
        "Analyst, Planning & Performance (HEW Level 8).\n\nYour selection panel will be:\n"
        "Dr Helen Marchetti, Director, Planning & Performance (Chair)\n\nIf you require any "
        "reasonable adjustments, please contact recruitment@kingsbury.example.\n\nKind regards"
        "\n\nRecruitment Team | People & Culture\nKingsbury University",
    )
    got = to_interview(ev, ME, MELBOURNE, RULES, "")
    assert got.company == "Kingsbury University"
    assert got.employer_domain == "kingsbury.example"


def test_a_brand_the_groups_invite_named_as_its_own_is_the_groups_round() -> None:
    first = invite(
        "Interview - Merchandise Planner - Homewares - Marlow Street Retail Group Pty Ltd",
        CASEY_INVITED,
        start=START,
        organizer="noreply@elmotalent.com.au",
        organizer_name="Marlow Street Retail Group",
        description="We'd love to have a chat with you about the role.\nInterviewer: Bree "
        "Haddad - Talent Acquisition Partner\n\nHearth & Fern is part of the Marlow Street "
        "Retail Group family of brands.\n\nNeed to change the time? Contact Bree at "
        "bree.haddad@marlowstreet.example.",
        uid="m1",
    )
    second = invite(
        "Casey / Gemma - H&F planning chat + in-season review walkthrough",
        CASEY_INVITED,
        Attendee("sam.nakashima@hearthandfern.example", "Sam Nakashima"),
        start=datetime(2026, 12, 9, 22, 30, tzinfo=UTC),
        organizer="gemma.oloughlin@hearthandfern.example",
        organizer_name="Gemma O'Loughlin",
        description="Plan is a proper chat with me for the first half, then Sam will join. "
        "Sam will ask some questions too.\n\nGemma O'Loughlin\nPlanning Manager - Homewares | "
        "Hearth & Fern",
        uid="m2",
    )
    found, skipped = detect([first, second], me=ME, tz=MELBOURNE, rules=RULES)
    assert [i.uid for i in found] == ["m1", "m2"] and not skipped
    assert len({i.application for i in found}) == 1
    assert found[1].company == "Hearth & Fern"
    # alone, a "chat" from the brand is only asked about
    found, skipped = detect([second], me=ME, tz=MELBOURNE, rules=RULES)
    assert not found and skipped[0].maybe


KINGSBURY = Contacts("kingsbury", frozenset({"noreply@pageuppeople.com"}), NONE,
                     frozenset({"Kingsbury University"}))  # fmt: skip
MARLOW = Contacts("marlow", NONE, frozenset({"marlowstreet.example"}),
                  frozenset({"Marlow Street Retail Group"}))  # fmt: skip


def test_a_domain_named_for_the_first_word_of_a_name_signed_whole() -> None:
    body = "Dear Casey\n\nThe panel is checking references.\n\nJosie Tran\nKingsbury University"
    headers_only = mail(None, "RE: timing", "josie.tran@kingsbury.example")
    assert names_its_employer(headers_only, [KINGSBURY, MARLOW])
    assert match_application(headers_only, [KINGSBURY, MARLOW], {}, ME) is None
    read = mail(body, "RE: timing", "josie.tran@kingsbury.example")
    assert match_application(read, [KINGSBURY, MARLOW], {}, ME) == "kingsbury"
    # (not when the text never writes the name whole)
    unsigned = mail("Dear Casey\n\nSee you then.\nJosie", "RE: timing", "josie@kingsbury.example")
    assert match_application(unsigned, [KINGSBURY, MARLOW], {}, ME) is None


def test_a_service_writing_in_the_employers_name_is_matched_to_it() -> None:
    check = mail(
        "Hi Casey,\n\nMarlow Street Retail Group has asked you to complete a National Police "
        "Check as part of their pre-employment screening.\n\nPlease complete this within 3 "
        "business days.",
        "Action required: National Police Check requested by Marlow Street Retail Group",
        "noreply@checkpointscreening.example",
        "CheckPoint Screening",
    )
    assert names_its_employer(mail(None, check.subject, check.sender.email), [MARLOW, KINGSBURY])
    assert match_application(check, [MARLOW, KINGSBURY], {}, ME) == "marlow"
    assert classify(check, after=date(2026, 12, 14), month_first=False)[0] is ReplyKind.OTHER
    # a newsletter that names the company says nothing it asked for
    news = mail(
        "Marlow Street Retail Group opens three new stores this summer.",
        "Retail news: Marlow Street Retail Group expands",
        "editor@retailweekly.example",
    )
    assert match_application(news, [MARLOW, KINGSBURY], {}, ME) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an occupational health provider books the medical; "to reschedule" is the clinic's
        ("Yellowbox Transport & Logistics Pty Ltd has booked a pre-employment medical "
         "assessment for you.\nAppointment: Friday 18 December 2026, 8:30am\nTo reschedule, "
         "call us at least 24 hours before your appointment.", (ReplyKind.OTHER, None)),
        ("The panel has completed all interviews and is now finalising its assessment. Once the "
         "selection report has been approved by the delegate, we will advise all candidates of "
         "the outcome. We anticipate being able to do this before the Christmas shutdown, by "
         "Tuesday 22 December.", (ReplyKind.STILL_DECIDING, date(2026, 12, 22))),
    ],
)  # fmt: skip
def test_australian_mail(body: str, expected: tuple[ReplyKind, date | None]) -> None:
    assert kind(body) == expected


def test_the_employers_bill_to_the_person_as_a_customer() -> None:
    bill = mail(
        "Hi Casey,\n\nYour latest electricity bill is ready.\n\nAmount due: $214.37\n"
        "Due date: 23/12/2026",
        "Your Kiewa Energy bill is ready",
        "billing@kiewaenergy.example",
        "Kiewa Energy",
    )
    assert customer_notice(bill)


def test_a_brand_the_employer_trades_as_and_a_panel_met_again() -> None:
    first = invite(
        "Interview: Pricing Analyst - Retail Markets (20417) - Motu Energy Group Limited",
        CASEY_INVITED,
        start=START,
        organizer="careers@motuenergy.example",
        organizer_name="Motu Energy Group Limited",
        description="Thank you for your application for the Pricing Analyst position with Motu "
        "Energy Group Limited, trading as Nīkau Power.\nInterviewer: Sione Tapueluelu",
        uid="n1",
    )
    brand = invite(
        "Nīkau Power | Casey Candidate - pricing deep-dive",
        CASEY_INVITED,
        Attendee("tama.rawiri@nikaupower.example", "Tama Rāwiri"),
        start=datetime(2026, 12, 8, 22, tzinfo=UTC),
        organizer="hannah.seddon@nikaupower.example",
        organizer_name="Hannah Seddon",
        description="- 40 min with me: a tariff modelling exercise\n- last 20 min: Tama will join",
        uid="n2",
    )
    found, _ = detect([first, brand], me=ME, tz=AUCKLAND, rules=RULES)
    assert [i.uid for i in found] == ["n1", "n2"]
    assert len({i.application for i in found}) == 1
    # a "kōrero" at a site with the manager the first round's panel named is a later round
    snaphire = invite(
        "1st Interview - Supply Planning Analyst - Hauraki Plains Dairy Co-operative Limited",
        CASEY_INVITED,
        start=datetime(2026, 11, 25, 21, tzinfo=UTC),
        organizer="noreply@snaphire.com",
        organizer_name="Hauraki Plains Dairy Co-operative Limited",
        description="Your interview panel:\nBrent Hollis - Supply Planning Manager\nAnahera "
        "Tuhoe - People Partner",
        uid="h1",
    )
    site = invite(
        "Kereone site - walk-through & kōrero (Casey Candidate)",
        CASEY_INVITED,
        Attendee("brent.hollis@hpdairy.example", "Brent Hollis"),
        start=datetime(2026, 12, 7, 20, 30, tzinfo=UTC),
        organizer="craig.bennetts@hpdairy.example",
        organizer_name="Craig Bennetts",
        description="Brent and I will meet you at the main gatehouse.",
        uid="h2",
    )
    found, _ = detect([snaphire, site], me=ME, tz=AUCKLAND, rules=RULES)
    assert [i.uid for i in found] == ["h1", "h2"]
    found, skipped = detect([site], me=ME, tz=AUCKLAND, rules=RULES)
    assert not found and skipped[0].maybe


def test_new_zealand_mail() -> None:
    onboarding = mail(
        "Hi Casey,\n\nFlaxroot has invited you to join Employment Hero to review your employment "
        "agreement and complete your onboarding.\n\nYour tasks:\n- Review and sign your "
        "Individual Employment Agreement\n- Tax code declaration (IR330)",
        "Flaxroot has invited you to complete your onboarding",
        "no-reply@employmenthero.example",
        "Flaxroot via Employment Hero",
    )
    flaxroot = Contacts("flaxroot", NONE, frozenset({"flaxroot.example"}), frozenset({"Flaxroot"}))
    assert match_application(onboarding, [flaxroot, MARLOW], {}, ME) == "flaxroot"
    assert classify(onboarding, after=date(2026, 12, 14), month_first=False)[0] is ReplyKind.OTHER
    assert kind(
        "Before your interview, we need a copy of your academic transcript, which was not "
        "included with your application. Please log in to your application and upload it.",
        "Action required: please update your application - Senior Planning Analyst",
    ) == (ReplyKind.OTHER, None)
    assert kind(
        "Jonah and I loved chatting on Friday week. Last step is a 30 min chat with our "
        "co-founders, Mikaere and Anya - Thursday 10 Dec at 4pm on Meet? I've popped an invite "
        "in your calendar. They just like to meet everyone before we make an offer."
    ) == (ReplyKind.NEXT_ROUND, None)


def test_an_evening_with_interviews_on_the_night_is_asked_about() -> None:
    ev = invite(
        "Ngāwhā Consulting Group - Experienced Hire Evening (Auckland)",
        start=START,
        description="Join us for drinks and nibbles with our teams.\nBring a copy of your CV - "
        "our partners will be doing short informal interviews on the night with anyone who'd "
        "like one.",
    )
    assert judge(ev, ME, RULES).outcome is Outcome.MAYBE
