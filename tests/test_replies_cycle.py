"""Employer replies arriving in a real Maildir, and what the next cycle does about them.

The interview: Tuesday 10 November 2026, 14:00-15:00 New York, with Jane Doe
and Raj Patel of Acme. Without a reply the first check-in is Tuesday 17
November at 09:00 (P5).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.world import ACME_UID, CASEY, JANE, RAJ, World, acme_world, at

UID = ACME_UID
CHECK_IN_1 = f"checkin/acme/{UID}/1"
JANE_THANKS = f"thanks/{UID}/{JANE.email}"
RAJ_THANKS = f"thanks/{UID}/{RAJ.email}"
FIRST_CHECK_IN = at(2026, 11, 17, 9, 0)
ARRIVES = at(2026, 11, 12, 10, 0)  # Thursday
NEXT_CYCLE = at(2026, 11, 12, 10, 30)
JANE_FROM = "Jane Doe <jane.doe@acme.example>"
REJECTION = (
    "Hi Casey,\n\nThank you for your time. Unfortunately we decided to move forward "
    "with other candidates.\n\nBest,\nJane"
)


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = acme_world(tmp_path)
    world.run(at(2026, 11, 10, 15, 5))
    assert world.reminder(CHECK_IN_1).start == FIRST_CHECK_IN.astimezone(UTC)
    return world


def acme(world: World, now: datetime = NEXT_CYCLE) -> dict[str, Any]:
    return world.application(now, "Acme")


# --------------------------------------------------------------------------- replies that stop it


def test_a_rejection_from_an_interviewer_stops_the_cadence(world: World) -> None:
    world.deliver(
        "decision", sender=JANE_FROM, subject="Your application", body=REJECTION, date=ARRIVES
    )

    report = world.run(NEXT_CYCLE)

    assert "reply from jane.doe@acme.example: rejection" in report.done
    assert world.reminders(CHECK_IN_1) == []  # the future check-in is gone
    assert world.drafts() == []  # untouched thank-you drafts are removed
    status = acme(world)
    assert status["stage"] == "closed: the employer declined"
    assert status["next_step"] is None
    assert [(r["kind"], r["from"]) for r in status["replies"]] == [("rejection", JANE.email)]
    assert {t["state"] for t in status["thank_yous"]} == {"removed"}
    world.run(at(2026, 11, 17, 9, 30))  # and nothing comes back later
    assert world.drafts() == [] and world.reminders(CHECK_IN_1) == []


def test_a_rejection_keeps_the_drafts_the_person_touched(world: World) -> None:
    world.edit(world.draft(JANE_THANKS), "Dear Jane,\n\nThank you, truly.\n\nCasey")
    world.run(at(2026, 11, 10, 18, 0))
    world.deliver(
        "decision", sender=JANE_FROM, subject="Your application", body=REJECTION, date=ARRIVES
    )

    world.run(NEXT_CYCLE)

    assert [d.key for d in world.drafts()] == [JANE_THANKS]
    assert "Thank you, truly." in world.draft(JANE_THANKS).text


def test_a_rejection_before_the_nudge_removes_the_nudges_in_the_same_cycle(world: World) -> None:
    world.deliver(
        "decision",
        sender=JANE_FROM,
        subject="Your application",
        body=REJECTION,
        date=at(2026, 11, 11, 8, 0),
    )

    world.run(at(2026, 11, 11, 8, 30))

    assert world.reminders() == []


def test_a_reply_from_someone_else_at_the_company_domain_counts(world: World) -> None:
    world.deliver(
        "recruiter",
        sender="Pat Recruiter <pat@acme.example>",
        subject="Next steps",
        body="We would like to invite you to a final round "
        "interview. Could you send me your availability?",
        date=ARRIVES,
    )

    report = world.run(NEXT_CYCLE)

    assert "reply from pat@acme.example: next_round" in report.done
    assert world.reminders(CHECK_IN_1) == []
    assert acme(world)["stage"] == "next round: reply to schedule it"
    # The person has something to do: a reminder to answer, at the next working slot.
    (answer,) = world.reminders("reply/recruiter@mail.test")
    assert answer.start == NEXT_CYCLE.astimezone(UTC)


def test_no_check_in_is_drafted_after_a_rejection(world: World) -> None:
    world.send(world.draft(JANE_THANKS))
    world.send(world.draft(RAJ_THANKS))
    world.run(at(2026, 11, 11, 10, 0))
    # No cycle runs until after the check-in's moment; the rejection came in between.
    world.deliver(
        "decision",
        sender=JANE_FROM,
        subject="Your application",
        body=REJECTION,
        date=at(2026, 11, 17, 11, 0),
    )

    world.run(at(2026, 11, 17, 12, 0))

    assert acme(world, at(2026, 11, 17, 12, 0))["stage"] == "closed: the employer declined"
    assert world.drafts() == []


# ----------------------------------------------------------------- mail that is not a reply

BOUNCE = b"""\
From: Mail Delivery Subsystem <mailer-daemon@acme.example>
To: casey@example.com
Subject: Delivery Status Notification (Failure)
Date: Thu, 12 Nov 2026 10:00:00 -0500
Message-ID: <bounce-1@acme.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

Your message to raj.patel@acme.example could not be delivered. Unfortunately
the recipient's mailbox is full; we decided to give up.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.acme.example

Final-Recipient: rfc822; raj.patel@acme.example
Action: failed
Status: 5.2.2

--b1--
"""

INVITE = """\
BEGIN:VCALENDAR
METHOD:REQUEST
BEGIN:VEVENT
UID:follow-up-chat@acme.example
DTSTART:20261119T150000Z
SUMMARY:Follow-up chat
END:VEVENT
END:VCALENDAR
"""


def deliver_out_of_office(world: World) -> None:
    world.deliver(
        "ooo",
        sender="Raj Patel <raj.patel@acme.example>",
        subject="Re: Thank you",
        body="I am out of the office until Monday.",
        date=ARRIVES,
        headers={"Auto-Submitted": "auto-replied"},
    )


def deliver_bounce(world: World) -> None:
    world.deliver_raw("bounce", BOUNCE)


def deliver_invitation(world: World) -> None:
    world.deliver(
        "invite",
        sender=JANE_FROM,
        subject="Invitation: Follow-up chat @ Thu Nov 19",
        body="Jane Doe has invited you to a follow-up chat.",
        date=ARRIVES,
        attachments=[("text/calendar", INVITE)],
    )


def deliver_newsletter(world: World) -> None:
    world.deliver(
        "news",
        sender="Acme News <news@acme.example>",
        subject="Acme this month: we are hiring",
        body="Unfortunately we could not fit everything in; we decided to move "
        "forward with other topics next month.",
        date=ARRIVES,
        headers={"List-Unsubscribe": "<mailto:unsubscribe@acme.example>"},
    )


@pytest.mark.parametrize(
    ("deliver", "reason"),
    [
        (deliver_out_of_office, "auto-reply"),
        (deliver_bounce, "bounce"),
        (deliver_invitation, "calendar notification"),
        (deliver_newsletter, "mailing list"),
    ],
    ids=["out-of-office", "bounce", "calendar-notification", "newsletter"],
)
def test_automated_mail_from_the_company_does_not_stop_the_cadence(
    world: World, deliver: Callable[[World], object], reason: str
) -> None:
    drafts_before = sorted(d.key for d in world.drafts())
    deliver(world)

    report = world.run(NEXT_CYCLE)

    # It was seen, matched to the company, and set aside for the right reason.
    assert any(line.startswith(f"not a reply ({reason}") for line in report.done), report.done
    assert world.reminder(CHECK_IN_1).start == FIRST_CHECK_IN.astimezone(UTC)
    status = acme(world)
    assert status["replies"] == []
    assert status["stage"] == "waiting; check-in 1 on Tue 17 Nov 09:00"
    assert sorted(d.key for d in world.drafts()) == drafts_before


# --------------------------------------------------------------------------- still deciding


@pytest.mark.parametrize(
    ("said", "decision", "next_check_in"),
    [
        ("we'll know by November 24", "2026-11-24", at(2026, 11, 25, 9, 0)),  # a Tuesday
        ("we should know by Friday, November 20", "2026-11-20", at(2026, 11, 23, 9, 0)),  # Monday
    ],
    ids=["tuesday", "friday"],
)
def test_still_deciding_moves_the_check_in_to_the_morning_after_their_date(
    world: World, said: str, decision: str, next_check_in: datetime
) -> None:
    world.deliver(
        "deciding",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body=f"Hi Casey,\n\nWe are still deciding; {said}.\n\nJane",
        date=ARRIVES,
    )

    world.run(NEXT_CYCLE)

    (check_in,) = world.reminders(CHECK_IN_1)  # moved, not duplicated
    assert check_in.start == next_check_in.astimezone(UTC)
    status = acme(world)
    assert status["next_step"]["at"] == next_check_in.isoformat()
    (reply,) = status["replies"]
    assert (reply["kind"], reply["new_date"]) == ("still_deciding", decision)
    assert len(world.drafts()) == 2  # the thank-yous stay


# --------------------------------------------------------------------------- corrections


def test_a_corrected_classification_is_acted_on_by_the_next_cycle(world: World) -> None:
    world.deliver(
        "vague",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Thanks Casey, we will be in touch.",
        date=ARRIVES,
    )
    world.run(NEXT_CYCLE)
    (reply,) = acme(world)["replies"]
    assert reply["kind"] == "still_deciding"
    assert world.reminders(CHECK_IN_1)

    corrected = world.cli("reply", reply["message_id"], "rejection")
    assert corrected.code == 0, corrected.err
    assert "now rejection" in corrected.out
    world.run(at(2026, 11, 12, 11, 0))

    status = acme(world, at(2026, 11, 12, 11, 0))
    assert status["stage"] == "closed: the employer declined"
    assert [(r["kind"], r["corrected"]) for r in status["replies"]] == [("rejection", True)]
    assert world.reminders(CHECK_IN_1) == []
    assert world.drafts() == []


def test_correcting_an_unknown_reply_exits_2_and_names_it(world: World) -> None:
    outcome = world.cli("reply", "no-such-id@mail.test", "rejection")

    assert outcome.code == 2
    assert "no-such-id@mail.test" in outcome.err


# --------------------------------------------------------------------------- matching and bad mail


def test_a_reply_in_the_thank_you_thread_counts_even_from_a_private_address(world: World) -> None:
    thanks = world.draft(JANE_THANKS)
    world.send(thanks)
    world.run(at(2026, 11, 11, 10, 0))
    world.deliver(
        "private",
        sender="Jane <jane.doe.private@gmail.com>",
        subject="Re: " + thanks.message.subject,
        body="Casey, sorry to say we decided not to move forward with your application.",
        date=ARRIVES,
        headers={"In-Reply-To": thanks.message.message_id, "References": thanks.message.message_id},
    )

    report = world.run(NEXT_CYCLE)

    assert "reply from jane.doe.private@gmail.com: rejection" in report.done
    assert acme(world)["stage"] == "closed: the employer declined"
    assert world.reminders(CHECK_IN_1) == []


def test_mail_from_strangers_and_unreadable_files_change_nothing(world: World) -> None:
    world.deliver(
        "stranger",
        sender="Someone <someone@elsewhere.example>",
        subject="Unfortunately",
        body="Unfortunately we decided to move forward with other candidates.",
        date=ARRIVES,
    )
    world.deliver_raw("garbage", b"\xff\xfe\x00not a message\n\n\xff\xff")
    world.deliver_raw("headless", b"\n\njust a body, no headers at all\n")

    report = world.run(NEXT_CYCLE)

    assert report.replies == []
    assert world.reminder(CHECK_IN_1).start == FIRST_CHECK_IN.astimezone(UTC)
    assert acme(world)["replies"] == []
    assert len(world.drafts()) == 2


def test_a_rejection_from_the_agency_consultant_who_arranged_it_stops_the_cadence(
    tmp_path: Path,
) -> None:
    """The consultant organised the interview, did not attend, and relays the decision."""
    world = World(tmp_path)
    world.add_event(
        UID,
        "Interview: Data Analyst – Acme (Harbour Talent)",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(JANE, CASEY),
        organizer="maddie@harbourtalent.example",
        description="Here's your interview with Jane at Acme. I won't be on the call myself.\n\n"
        "Maddie Clarke | Senior Consultant | Harbour Talent",
    )
    world.run(at(2026, 11, 10, 15, 5))
    assert [d.to for d in world.drafts()] == [[JANE.email]]  # no thank-you to the agency

    world.deliver(
        "feedback",
        sender="Maddie Clarke <maddie@harbourtalent.example>",
        subject="Acme – feedback",
        body="Hi Casey,\n\nI've heard back from Acme, and unfortunately they have decided "
        "not to progress your application.\n\nMaddie",
        date=ARRIVES,
    )
    report = world.run(NEXT_CYCLE)

    assert "reply from maddie@harbourtalent.example: rejection" in report.done
    assert acme(world)["stage"] == "closed: the employer declined"
    assert world.reminders(CHECK_IN_1) == []


def test_the_person_is_never_a_contact_when_they_organised_the_interview() -> None:
    """A booking on the person's own scheduling page: their other address organised it."""
    from zoneinfo import ZoneInfo

    from agent.core.model import DetectRules, Person, Policy
    from agent.cycle import Settings, contacts_of
    from tests.builders import interview

    start = datetime(2026, 11, 10, 14, tzinfo=ZoneInfo("America/New_York"))
    own = interview(start, organizer_email="casey.candidate@gmail.example")
    agency = interview(start, uid="acme-2", organizer_email="maddie@agency.example")
    rules = DetectRules(my_addresses=frozenset({"casey.candidate@gmail.example"}))
    settings = Settings(
        Person("Casey Candidate", "casey@example.com"), ZoneInfo("UTC"), Policy(), rules
    )

    [contacts] = contacts_of([own, agency], settings)
    assert "maddie@agency.example" in contacts.emails
    assert "casey.candidate@gmail.example" not in contacts.emails


def test_a_rejection_from_the_tracking_system_that_booked_the_only_interview_is_read(
    tmp_path: Path,
) -> None:
    """Nobody at the employer is on the invite, only the system's no-reply address: its
    rejection, naming the company, is read, also on the first run, which reads only mail
    from those it may come from."""
    from tests.world import Guest

    world = World(tmp_path)
    world.add_event(
        "ashby-only@test",
        "Interview: Commissioning Editor at Larkspur Books",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(Guest("no-reply@ashbyhq.com", "Larkspur Books"), CASEY),
        organizer="no-reply@ashbyhq.com",
    )
    world.deliver(
        "decision",
        sender="Hiring Team <no-reply@ashbyhq.com>",
        subject="Your application",
        body="Hi Casey,\n\nThank you for applying to Larkspur Books. Unfortunately we have "
        "decided not to take your application further.\n\nThe team at Larkspur Books",
        date=ARRIVES,
    )

    world.run(NEXT_CYCLE)

    status = world.application(NEXT_CYCLE, "Larkspur Books")
    assert [r["kind"] for r in status["replies"]] == ["rejection"]


def test_a_job_boards_relay_of_the_employers_rejection_is_read(tmp_path: Path) -> None:
    """A board passes on the employer's own message ("Message from the employer: ..."): it is
    read on the first run too, which reads only mail from those it may come from."""
    world = World(tmp_path)
    world.add_event(
        "karak@test",
        "Interview: Supply Chain Analyst at Karak Orchards",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(JANE, CASEY),
    )
    world.deliver(
        "decision",
        sender="Bayt.com <jobs@bayt.com>",
        subject="Update on your application for Supply Chain Analyst",
        body="Dear Casey,\n\nJob: Supply Chain Analyst\nCompany: Karak Orchards\n\nMessage from "
        'the employer:\n"We regret to inform you that we will not be proceeding with your '
        'application."',
        date=ARRIVES,
    )

    world.run(NEXT_CYCLE)

    status = world.application(NEXT_CYCLE, "Karak Orchards")
    assert [r["kind"] for r in status["replies"]] == ["rejection"]


def test_a_job_portals_no_reply_invite_hears_its_rejection_from_the_portal(
    tmp_path: Path,
) -> None:
    # A public service's job portal sends the invite from its no-reply address and, later,
    # the outcome from the same address, naming the department only in the text.
    portal = "ne-pas-repondre.do-not-reply@jobs-portal.example"
    world = World(tmp_path)
    world.add_event(
        "board@portal",
        "Interview: Policy Analyst (EC-04) - Office of the Fair Trade Registrar",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(CASEY,),
        organizer=portal,
    )
    world.run(at(2026, 11, 10, 15, 5))
    world.deliver(
        "outcome",
        sender=f"Public Service Jobs <{portal}>",
        subject="Screening results - 26-FTR-EA-0007",
        body="Organization: Office of the Fair Trade Registrar\n\nWe regret to inform you that "
        "you will not be considered further in this process.",
        date=ARRIVES,
    )

    report = world.run(NEXT_CYCLE)

    assert f"reply from {portal}: rejection" in report.done


def test_mail_written_in_the_employers_name_is_read_on_the_first_run(tmp_path: Path) -> None:
    """A screening service's address is nobody's the person met; the first look-back reads
    it all the same, because it names the employer."""
    world = acme_world(tmp_path)
    world.deliver(
        "screening",
        sender="VeriTrack Screening on behalf of Acme <noreply@veritrack.example>",
        subject="Action Required: Complete your background check for Acme",
        body="Acme has requested a background screening as part of your offer of employment.",
        date=ARRIVES,
    )
    world.deliver("sale", sender="Shop <deals@shop.example>", subject="50% off", body="Sale!",
                  date=ARRIVES)  # fmt: skip

    world.run(NEXT_CYCLE)

    replies = acme(world)["replies"]
    assert [(r["from"], r["kind"]) for r in replies] == [("noreply@veritrack.example", "other")]
