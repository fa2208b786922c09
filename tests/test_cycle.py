"""The whole cycle on real files: an interview ends, drafts and reminders appear, the person acts.

Each test builds a World (config, calendar.ics, Maildir, reminders.ics and a
SQLite store in tmp_path) and runs ordinary cycles at literal New York instants.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.world import (
    ACME_END,
    ACME_START,
    ACME_TITLE,
    ACME_UID,
    CASEY,
    JANE,
    JUST_AFTER,
    ME,
    RAJ,
    ROOM,
    Guest,
    World,
    acme_world,
    at,
)

UID = ACME_UID
TITLE, START, END = ACME_TITLE, ACME_START, ACME_END  # a Tuesday
JANE_THANKS = f"thanks/{UID}/{JANE.email}"
RAJ_THANKS = f"thanks/{UID}/{RAJ.email}"
CHECK_IN_1 = f"checkin/acme/{UID}/1"
JANE_NUDGE = f"nudge/{UID}/{JANE.email}"
RAJ_NUDGE = f"nudge/{UID}/{RAJ.email}"
# P5: no decision date, so the first check-in is 09:00 on the 7th day after (Tuesday 17th).
FIRST_CHECK_IN = at(2026, 11, 17, 9, 0)


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = acme_world(tmp_path)
    return world


def thank_you_state(world: World, now: datetime, email: str) -> str:
    acme = world.application(now, "Acme")
    (found,) = [t["state"] for t in acme["thank_yous"] if t["email"] == email]
    return found


# --------------------------------------------------------------------------- the interview ends


def test_nothing_is_drafted_while_the_interview_is_still_on(world: World) -> None:
    report = world.run(at(2026, 11, 10, 14, 59))

    assert report.done == []
    assert world.drafts() == [] and world.reminders() == []
    assert world.application(at(2026, 11, 10, 14, 59), "Acme")["stage"].startswith("interview on")


def test_an_ended_interview_gets_one_thank_you_draft_per_interviewer(world: World) -> None:
    world.run(JUST_AFTER)

    drafts = world.drafts()
    assert sorted(d.key for d in drafts) == [JANE_THANKS, RAJ_THANKS]
    for draft, guest in ((world.draft(JANE_THANKS), JANE), (world.draft(RAJ_THANKS), RAJ)):
        # Never one draft to all: each has exactly its own interviewer, and nobody else.
        assert draft.to == [guest.email]
        assert draft.message.sender.email == ME and draft.message.sender.name == "Casey Candidate"
        assert draft.message.message_id.startswith("<") and draft.message.message_id.endswith(">")
        assert draft.mime_message.get_content_type() == "multipart/alternative"
        parts = [p.get_content_type() for p in draft.mime_message.iter_parts()]
        assert parts == ["text/plain", "text/html"]
        first_name = guest.name.split()[0]
        assert draft.text.startswith(f"Dear {first_name},")
        assert "Casey Candidate" in draft.text and "Backend Engineer" in draft.text
        assert f"<p>Dear {first_name},</p>" in draft.html
    assert not any(ROOM.email in d.to or ME in d.to for d in drafts)


def test_an_ended_interview_gets_a_transparent_check_in_reminder_with_an_alarm(
    world: World,
) -> None:
    world.run(JUST_AFTER)

    check_in = world.reminder(CHECK_IN_1)
    assert check_in.start == FIRST_CHECK_IN.astimezone(UTC)
    assert check_in.end - check_in.start == timedelta(minutes=15)
    assert check_in.transparency == "TRANSPARENT"
    assert check_in.alarms == 1
    assert check_in.summary == "Check in with Jane Doe (Acme, Backend Engineer)"
    assert check_in.uid  # a stable UID, so a calendar app can track the event
    # P3: a nudge for each unsent thank-you at end + 20 h.
    for key in (JANE_NUDGE, RAJ_NUDGE):
        nudge = world.reminder(key)
        assert nudge.start == (END + timedelta(hours=20)).astimezone(UTC)
        assert nudge.transparency == "TRANSPARENT" and nudge.alarms == 1
    assert world.reminder_keys() == sorted([CHECK_IN_1, JANE_NUDGE, RAJ_NUDGE])


def test_status_shows_the_drafts_and_the_next_check_in(world: World) -> None:
    world.run(JUST_AFTER)

    acme = world.application(JUST_AFTER, "Acme")
    assert acme["role"] == "Backend Engineer"
    assert acme["next_step"] == {"kind": "check_in", "number": 1, "at": FIRST_CHECK_IN.isoformat()}
    assert [t["state"] for t in acme["thank_yous"]] == ["drafted", "drafted"]
    assert [i["email"] for i in acme["interviews"][0]["interviewers"]] == [JANE.email, RAJ.email]


# --------------------------------------------------------------------------- the person acts


def test_a_draft_the_person_edited_is_never_overwritten(world: World) -> None:
    world.run(JUST_AFTER)
    mine = "Dear Jane,\n\nMy own words about the caching layer.\n\nCasey"
    world.edit(world.draft(JANE_THANKS), mine)
    # A note that changes what the agent would write for both interviewers.
    noted = world.cli("note", "acme", "topic: the migration to Postgres")
    assert noted.code == 0, noted.err

    report = world.run(at(2026, 11, 10, 16, 0))

    assert any("you edited the thank-you to jane.doe@" in line for line in report.done)
    assert world.draft(JANE_THANKS).text.strip() == mine  # still exactly one file, the person's
    assert "the migration to Postgres" in world.draft(RAJ_THANKS).text  # untouched: updated
    assert thank_you_state(world, at(2026, 11, 10, 16, 0), JANE.email) == "edited"
    world.run(at(2026, 11, 10, 18, 0))
    assert world.draft(JANE_THANKS).text.strip() == mine


def test_a_dry_run_sees_an_edit_and_offers_to_update_only_the_untouched_draft(
    world: World,
) -> None:
    world.run(JUST_AFTER)
    world.edit(world.draft(JANE_THANKS), "Dear Jane,\n\nMy own words.\n\nCasey")
    assert world.cli("note", "acme", "topic: the migration to Postgres").code == 0

    outcome = world.cli("run", "--once", "--dry-run", now=at(2026, 11, 10, 16, 0))

    assert outcome.code == 0, outcome.err
    updates = [line for line in outcome.out.splitlines() if "would update the draft" in line]
    assert len(updates) == 1  # Raj's; Jane's is hers now
    assert "My own words" in world.draft(JANE_THANKS).text  # and nothing was written


def test_a_deleted_draft_is_not_recreated(world: World) -> None:
    world.run(JUST_AFTER)
    world.delete(world.draft(JANE_THANKS))

    report = world.run(at(2026, 11, 10, 16, 0))
    world.run(at(2026, 11, 10, 18, 0))

    assert any("you deleted" in line for line in report.done)
    assert world.drafts(JANE_THANKS) == []
    assert [d.key for d in world.drafts()] == [RAJ_THANKS]
    assert thank_you_state(world, at(2026, 11, 10, 18, 0), JANE.email) == "deleted"
    assert world.reminders(JANE_NUDGE) == []  # no nudge to send a draft that is gone


def test_a_sent_thank_you_is_seen_and_its_nudge_removed(world: World) -> None:
    world.run(JUST_AFTER)
    world.send(world.draft(JANE_THANKS))

    report = world.run(at(2026, 11, 11, 10, 0))  # before the nudge at 11:00

    assert any(line.startswith("you sent the thank-you to jane.doe@") for line in report.done)
    assert thank_you_state(world, at(2026, 11, 11, 10, 0), JANE.email) == "sent"
    assert thank_you_state(world, at(2026, 11, 11, 10, 0), RAJ.email) == "drafted"
    assert world.reminders(JANE_NUDGE) == []
    assert len(world.reminders(RAJ_NUDGE)) == 1
    assert world.drafts(JANE_THANKS) == []  # not drafted again


def test_a_later_check_in_replies_in_the_sent_thank_you_thread(world: World) -> None:
    world.run(JUST_AFTER)
    thanks = world.draft(JANE_THANKS)
    world.send(thanks)
    world.run(at(2026, 11, 11, 10, 0))

    # The check-in draft is written 12 h before its reminder, not earlier.
    world.run(FIRST_CHECK_IN - timedelta(hours=12, minutes=1))
    assert world.drafts(CHECK_IN_1) == []
    world.run(FIRST_CHECK_IN - timedelta(hours=12))

    check_in = world.draft(CHECK_IN_1)
    assert check_in.to == [JANE.email]
    assert check_in.message.subject == "Re: " + thanks.message.subject
    assert check_in.message.in_reply_to == thanks.message.message_id
    assert thanks.message.message_id in check_in.message.references
    assert check_in.message.thread_id == thanks.message.thread_id
    # The reminder now links to the draft.
    assert "Draft: mid:" in world.reminder(CHECK_IN_1).description


# --------------------------------------------------------------------------- the calendar changes


def test_a_rescheduled_interview_moves_its_reminders(world: World) -> None:
    world.run(JUST_AFTER)
    # The event was a day off: the calendar now says Wednesday, same UID.
    world.move_event(UID, at(2026, 11, 11, 14, 0), at(2026, 11, 11, 15, 0))

    world.run(at(2026, 11, 11, 15, 5))

    (check_in,) = world.reminders(CHECK_IN_1)  # the old one gone, not kept beside the new
    assert check_in.start == at(2026, 11, 18, 9, 0).astimezone(UTC)
    assert world.reminder(JANE_NUDGE).start == at(2026, 11, 12, 11, 0).astimezone(UTC)
    assert len(world.reminders()) == 3
    assert "Wednesday, November 11" in world.draft(JANE_THANKS).text


def test_an_interview_moved_into_the_future_takes_its_reminders_along(world: World) -> None:
    world.run(JUST_AFTER)
    world.move_event(UID, at(2026, 11, 17, 14, 0), at(2026, 11, 17, 15, 0))

    world.run(at(2026, 11, 10, 16, 0))
    assert world.reminders() == []  # nothing is due for an interview that has not happened

    world.run(at(2026, 11, 17, 15, 5))
    assert world.reminder(CHECK_IN_1).start == at(2026, 11, 24, 9, 0).astimezone(UTC)
    assert "Tuesday, November 17" in world.draft(JANE_THANKS).text


@pytest.mark.parametrize("how", ["cancelled", "removed"])
def test_a_cancelled_interview_loses_its_future_reminders(world: World, how: str) -> None:
    world.add_event(
        "other-1@test",
        "Phone screen - Globex",
        at(2026, 11, 10, 10, 0),
        at(2026, 11, 10, 10, 30),
        attendees=(CASEY, Guest("sam.lee@globex.example", "Sam Lee")),
    )
    world.run(JUST_AFTER)
    assert world.reminders(CHECK_IN_1)
    if how == "cancelled":
        world.cancel_event(UID)  # STATUS:CANCELLED
    else:
        world.remove_event(UID)

    now = at(2026, 11, 10, 16, 0)
    world.run(now)

    keys = world.reminder_keys()
    assert not [k for k in keys if UID in k]
    assert "checkin/globex/other-1@test/1" in keys  # the other interview is untouched
    status = world.status(now)
    assert [a["company"] for a in status["applications"]] == ["Globex"]
    if how == "cancelled":
        assert {"uid": UID, "title": TITLE, "reason": "cancelled"} in status["skipped"]


def test_an_unreadable_calendar_file_forgets_nothing(world: World) -> None:
    world.run(JUST_AFTER)
    keys = world.reminder_keys()
    readable = world.calendar_path.read_bytes()
    # Half-written by a sync tool, say: it will be whole again by the next cycle.
    world.calendar_path.write_bytes(readable[: len(readable) // 2])

    world.run(at(2026, 11, 10, 16, 0))

    assert world.reminder_keys() == keys
    assert [a["company"] for a in world.status(at(2026, 11, 10, 16, 0))["applications"]] == ["Acme"]
