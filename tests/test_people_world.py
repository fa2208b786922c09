"""Who gets a thank-you and which application a round joins, through the whole program.

Each test writes a real .ics calendar, runs cycles, and reads the drafts back
from the Maildir the way a mail client would.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.world import CASEY, JANE, JUST_AFTER, ME, Guest, World, at

START, END = at(2026, 11, 10, 14, 0), at(2026, 11, 10, 15, 0)

# An Outlook/Exchange panel invite: the room and a distribution list are
# attendees (CUTYPE=ROOM / CUTYPE=GROUP, as Exchange writes them), the
# coordinator who scheduled it is copied for information (ROLE=NON-PARTICIPANT,
# RFC 5545 3.2.16), and the person is invited under a plus-address.
PANEL = (
    JANE,
    Guest("raj.patel@acme.example", "Patel, Raj"),
    Guest("nyc-12-hudson@acme.example", "NYC-12-Hudson (8)", cutype="ROOM"),
    Guest("eng-interviewers@acme.example", "Eng Interviewers", cutype="GROUP"),
    Guest("sam.lee@acme.example", "Sam Lee", role="NON-PARTICIPANT"),
    Guest("pat.kim@acme.example", "Pat Kim", partstat="DECLINED"),
    Guest("casey+jobs@example.com", "Casey Candidate"),
    Guest("no-reply@greenhouse.io", "Greenhouse"),
)


def test_a_panel_invite_gets_drafts_only_to_the_people_who_interviewed(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_event(
        "panel-1@test",
        "Acme - Panel Interview (Senior Backend Engineer)",
        START,
        END,
        attendees=PANEL,
        organizer="sam.lee@acme.example",
    )

    world.run(JUST_AFTER)

    recipients = sorted(address for draft in world.drafts() for address in draft.to)
    assert recipients == ["jane.doe@acme.example", "raj.patel@acme.example"]
    raj = world.draft_to("raj.patel@acme.example")
    assert raj.text.startswith("Dear Raj,")  # "Patel, Raj" is Raj Patel
    acme = world.application(JUST_AFTER, "Acme")
    assert acme["role"] == "Senior Backend Engineer"


# Greenhouse's candidate-facing itinerary names the panel in the description,
# one per line with a time slot, and rarely gives their addresses.
ITINERARY = """\
Hi Casey,

Here is your schedule for the onsite.

Interviewers:
10:00 AM - 10:45 AM  Jane Doe, Engineering Manager
10:45 AM - 11:30 AM  Wei Zhang (Staff Engineer)
11:30 AM - 11:45 AM  Priya Nair - Recruiting Coordinator
"""


def _onsite_naming_wei(world: World) -> None:
    world.add_event(
        "onsite-1@test",
        "Onsite Interview - Acme",
        START,
        END,
        attendees=(JANE, CASEY),
        organizer="no-reply@greenhouse.io",
        description=ITINERARY,
    )


def test_an_interviewer_named_only_in_the_description_gets_a_marked_draft(
    tmp_path: Path,
) -> None:
    world = World(tmp_path)
    _onsite_naming_wei(world)

    world.run(JUST_AFTER)

    recipients = sorted(address for draft in world.drafts() for address in draft.to)
    assert recipients == ["jane.doe@acme.example", "wei.zhang@address-unknown.invalid"]
    wei = world.draft_to("wei.zhang@address-unknown.invalid")
    assert wei.text.startswith("Dear Wei,")
    assert wei.message.to[0].name == "Wei Zhang"
    acme = world.application(JUST_AFTER, "Acme")
    people = acme["interviews"][0]["interviewers"]
    assert {"name": "Wei Zhang", "email": "", "method": "email"} in people
    text = world.cli("status", now=JUST_AFTER).out
    assert "thank-you to Wei Zhang" in text and "fill in the draft's To: line" in text


def test_two_rounds_spelled_differently_by_one_employer_are_one_application(
    tmp_path: Path,
) -> None:
    world = World(tmp_path)
    world.add_event(
        "round-1@test",
        "Phone screen - Bluebird Health Inc. (Data Analyst)",
        START,
        END,
        attendees=(Guest("ana.ruiz@bluebirdhealth.com", "Ana Ruiz"), CASEY),
    )
    world.add_event(
        "round-2@test",
        "BLUEBIRD onsite",
        at(2026, 11, 17, 14, 0),
        at(2026, 11, 17, 15, 0),
        attendees=(Guest("tom.berg@careers.bluebirdhealth.com", "Tom Berg"), CASEY),
    )

    world.run(at(2026, 11, 17, 15, 5))
    status = world.status(at(2026, 11, 17, 15, 5))

    (application,) = status["applications"]
    assert [i["uid"] for i in application["interviews"]] == ["round-1@test", "round-2@test"]


def test_an_organiser_alone_is_the_interviewer(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_event(
        "screen-1@test",
        "Phone Screen between Casey Candidate and Acme",  # Calendly's "<event> between A and B"
        START,
        END,
        attendees=(Guest(ME, "Casey Candidate"),),
        organizer="jane.doe@acme.example",
    )

    world.run(JUST_AFTER)

    (draft,) = world.drafts()
    assert draft.to == ["jane.doe@acme.example"]
    assert world.application(JUST_AFTER, "Acme")["role"] == ""


def test_the_person_fills_in_a_missing_address_with_a_note(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_event(
        "onsite-2@test",
        "Onsite Interview - Acme",
        START,
        END,
        attendees=(CASEY,),
        organizer="no-reply@greenhouse.io",
        description="Interviewers:\nWei Zhang, Staff Engineer",
    )
    world.run(JUST_AFTER)
    assert [d.to for d in world.drafts()] == [["wei.zhang@address-unknown.invalid"]]

    noted = world.cli("note", "onsite-2@test", "interviewer: Wei Zhang <wei@acme.example>")
    assert noted.code == 0, noted.err
    world.run(JUST_AFTER + timedelta(minutes=10))

    assert [d.to for d in world.drafts()] == [["wei@acme.example"]]


def test_an_interviewer_added_by_name_with_a_note_gets_a_marked_draft(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_event("call-1@test", "Phone screen - Acme", START, END, attendees=(JANE, CASEY))
    world.run(START)
    assert world.cli("note", "call-1@test", "interviewer: Raj Patel").code == 0

    world.run(JUST_AFTER)

    recipients = sorted(address for draft in world.drafts() for address in draft.to)
    assert recipients == ["jane.doe@acme.example", "raj.patel@address-unknown.invalid"]


def test_a_title_and_surname_are_greeted_together(tmp_path: Path) -> None:
    world = World(tmp_path)
    park = Guest("hpark@mercy.example", "Dr. Park")
    world.add_event(
        "rn-1@test", "Interview - Registered Nurse", START, END, attendees=(park, CASEY)
    )

    world.run(JUST_AFTER)

    assert world.draft_to("hpark@mercy.example").text.startswith("Dear Dr. Park,")


@pytest.mark.parametrize(
    ("written", "slug", "earlier", "greeting"),
    [
        # shown names once kept "Mrs", a quoted nickname, a doctor's title
        ("Mrs Joanna Ferreira (Head of Maths)", "joanna.ferreira", "mrs.joanna.ferreira",
         "Dear Joanna,"),
        ('Duane "Buck" Hetrick, Lead Mechanic', "duane.hetrick", "duane.buck.hetrick",
         "Dear Duane,"),
        ("Dr Marek Nowak, external member", "marek.nowak", "dr.marek.nowak", "Dear Marek,"),
        # ... and addresses without the letters that carry accents
        ("Johan Åkerblom, Team Lead", "johan.akerblom", "johan.kerblom", "Dear Johan,"),
    ],
)  # fmt: skip
def test_a_thank_you_keyed_as_an_earlier_version_named_them_is_not_drafted_again(
    tmp_path: Path, written: str, slug: str, earlier: str, greeting: str
) -> None:
    """A person known only by name keeps the draft an earlier placeholder key made."""
    world = World(tmp_path)
    world.add_event(
        "panel-1@test",
        "Panel Interview - Teacher of Maths",
        START,
        END,
        attendees=(JANE, CASEY),
        organizer=JANE.email,
        description=f"Interview panel:\n{written}\nJane Doe, Head of School",
    )
    world.run(JUST_AFTER)
    new_key = f"thanks/panel-1@test/{slug}@address-unknown.invalid"
    assert new_key in [d.key for d in world.drafts()]
    import sqlite3

    old_key = f"thanks/panel-1@test/{earlier}@address-unknown.invalid"
    with sqlite3.connect(str(world.state_path)) as connection:  # as an earlier version kept it
        for table in ("drafts", "reminders"):
            connection.execute(
                f"UPDATE {table} SET key = replace(key, '/{slug}@', '/{earlier}@')"  # noqa: S608
            )
    connection.close()
    world.draft_keys.clear()

    world.run(JUST_AFTER + timedelta(hours=1))

    keys = [d.key for d in world.drafts()]
    assert old_key in keys and new_key not in keys
    assert world.draft(old_key).text.startswith(greeting)


def test_a_round_sent_under_the_full_name_joins_the_one_from_its_initials_domain(
    tmp_path: Path,
) -> None:
    """A tracking system writes the employer in full; the employer's people write from a
    domain of its initials. One application, and a reply matched to the first round
    while it was alone still counts."""
    world = World(tmp_path)
    world.add_event(
        "round-1@test",
        "Interview: Senior Policy Officer | Department of Water and Energy Transition",
        START,
        END,
        attendees=(CASEY,),
        organizer="no-reply@pageuppeople.com",
        description="Interview panel:\nJane Doe, Director",
    )
    world.run(JUST_AFTER)
    world.deliver(
        "invite-2",
        sender="Department of Water and Energy Transition <no-reply@pageuppeople.com>",
        subject="Senior Policy Officer - second interview",
        body="Dear Casey,\n\nWe would like to invite you to a second interview.\n\nRecruitment",
        date=at(2026, 11, 12, 10, 0),
    )
    world.run(at(2026, 11, 12, 11, 0))
    world.add_event(
        "round-2@test",
        "DWET - second interview",
        at(2026, 11, 19, 14, 0),
        at(2026, 11, 19, 15, 0),
        attendees=(Guest("declan.mulqueeny@dwet.vic.gov.au", "Declan Mulqueeny"), CASEY),
        organizer="declan.mulqueeny@dwet.vic.gov.au",
    )

    world.run(at(2026, 11, 19, 15, 5))
    status = world.status(at(2026, 11, 19, 15, 5))

    (application,) = status["applications"]
    assert [i["uid"] for i in application["interviews"]] == ["round-1@test", "round-2@test"]
    assert [r["kind"] for r in application["replies"]] == ["next_round"]


def test_two_nhs_trusts_on_nhs_mail_are_two_applications(tmp_path: Path) -> None:
    """NHS mail is one domain for every trust: it joins no two rounds, and a recruitment
    team writing from it is matched by the trust its display name gives."""
    world = World(tmp_path)
    world.add_event(
        "trust-a@test",
        "Interview - Band 7 Manager - Greenvale Community NHS Trust",
        START,
        END,
        attendees=(
            Guest("t.oller@nhs.net", "OLLER, Tamsin (GREENVALE COMMUNITY NHS TRUST)"),
            CASEY,
        ),
    )
    world.add_event(
        "trust-b@test",
        "Interview - Band 6 Analyst - Hollins Hospitals NHS Trust",
        at(2026, 11, 11, 14, 0),
        at(2026, 11, 11, 15, 0),
        attendees=(Guest("r.kaur2@nhs.net", "KAUR, Ravi (HOLLINS HOSPITALS NHS TRUST)"), CASEY),
    )
    world.run(at(2026, 11, 11, 15, 5))
    world.deliver(
        "decision",
        # (quoted, as NHSmail writes its "SURNAME, Name (ORGANISATION)" display names)
        sender='"GV, Recruitment (GREENVALE COMMUNITY NHS TRUST)" <gv.recruitment@nhs.net>',
        subject="Band 7 Manager - outcome",
        body="Dear Casey,\n\nThank you for attending. Unfortunately on this occasion you have "
        "not been successful.\n\nRecruitment Team",
        date=at(2026, 11, 12, 10, 0),
    )
    world.run(at(2026, 11, 12, 11, 0))
    status = world.status(at(2026, 11, 12, 11, 0))

    applications = {a["company"]: a for a in status["applications"]}
    assert len(applications) == 2
    greenvale = next(a for name, a in applications.items() if "Greenvale" in name)
    hollins = next(a for name, a in applications.items() if "Hollins" in name)
    assert [r["kind"] for r in greenvale["replies"]] == ["rejection"]
    assert hollins["replies"] == []


def test_a_name_only_interviewer_gets_the_address_their_own_mail_shows(tmp_path: Path) -> None:
    world = World(tmp_path)
    _onsite_naming_wei(world)
    world.run(JUST_AFTER)
    assert world.draft_to("wei.zhang@address-unknown.invalid")

    # Wei writes to the person: the mail is matched to Acme, and it gives Wei's address
    world.deliver("wei-1", sender="Wei Zhang <wei.zhang@acme.example>",
                  subject="Re: Onsite", body="Great meeting you today, Casey. Speak soon.",
                  date=JUST_AFTER + timedelta(hours=2))  # fmt: skip
    later = JUST_AFTER + timedelta(hours=3)
    world.run(later)

    recipients = sorted(address for draft in world.drafts() for address in draft.to)
    assert recipients == ["jane.doe@acme.example", "wei.zhang@acme.example"]
    assert world.draft_to("wei.zhang@acme.example").text.startswith("Dear Wei,")
    people = world.application(later, "Acme")["interviews"][0]["interviewers"]
    assert {"name": "Wei Zhang", "email": "wei.zhang@acme.example", "method": "email"} in people


def test_a_thank_you_already_sent_by_name_is_not_written_again(tmp_path: Path) -> None:
    world = World(tmp_path)
    _onsite_naming_wei(world)
    world.run(JUST_AFTER)
    world.send(world.draft_to("wei.zhang@address-unknown.invalid"))  # filled in by hand
    world.run(JUST_AFTER + timedelta(minutes=30))

    world.deliver("wei-1", sender="Wei Zhang <wei.zhang@acme.example>",
                  subject="Re: Thank you", body="Thanks Casey, it was good to meet you.",
                  date=JUST_AFTER + timedelta(hours=2))  # fmt: skip
    later = JUST_AFTER + timedelta(hours=3)
    world.run(later)

    assert [address for draft in world.drafts() for address in draft.to] == [
        "jane.doe@acme.example"
    ]
    acme = world.application(later, "Acme")
    assert [r["from"] for r in acme["replies"]] == ["wei.zhang@acme.example"]  # read, and
    wei = next(t for t in acme["thank_yous"] if t["interviewer"] == "Wei Zhang")
    assert wei["state"] == "sent"  # the thank-you the person sent stays the one
