"""An event that may be an interview, end to end: asked, settled, honoured, never twice.

Through the real program: the .ics calendar, the Maildir, SQLite, reminders.ics,
and `followup status` / `followup track` / `followup ignore` via agent.cli.main.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agent import store as store_module
from agent.store import Store
from tests.world import CASEY, Guest, World, at

SAM = Guest("sam.lee@globex.example", "Sam Lee")
UID = "coffee-7f3a9c@globex.example"
KEY = f"settle/{UID}"
AFTER = at(2026, 11, 10, 15, 5)


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = World(tmp_path)
    w.add_event(
        UID, "Coffee chat", at(2026, 11, 10, 14, 0), at(2026, 11, 10, 15, 0), attendees=(SAM, CASEY)
    )
    return w


def test_a_maybe_gets_no_draft_but_a_question_in_status_and_on_the_calendar(world: World) -> None:
    report = world.run(AFTER)

    assert world.drafts() == []
    question = world.reminder(KEY)
    assert question.summary == "Is this an interview? Coffee chat"
    assert f"followup track {UID}" in question.description
    assert f"followup ignore {UID}" in question.description
    assert question.start == at(2026, 11, 10, 15, 0)
    assert any("Is this an interview?" in line for line in report.done)

    status = world.status(AFTER)
    (item,) = status["to_settle"]
    assert item["uid"] == UID and item["title"] == "Coffee chat"
    assert "globex.example" in item["reason"]
    assert status["skipped"] == [] and status["applications"] == []
    text = world.cli("status", now=AFTER).out
    assert "Is it an interview?" in text and f"id: {UID}" in text


def test_a_re_run_asks_once(world: World) -> None:
    world.run(AFTER)
    before = world.reminders_path.read_bytes()

    again = world.run(at(2026, 11, 10, 15, 15))
    later = world.run(at(2026, 11, 11, 10, 0))

    assert again.done == [] and later.done == []
    assert world.reminders_path.read_bytes() == before
    assert world.reminder_keys() == [KEY]


def test_track_makes_it_an_interview_and_withdraws_the_question(world: World) -> None:
    world.run(AFTER)

    outcome = world.cli("track", "coffee-7f", now=at(2026, 11, 10, 16, 0))
    assert outcome.code == 0, outcome.err
    assert "is an interview" in outcome.out
    report = world.run(at(2026, 11, 10, 16, 5))

    assert [d.to for d in world.drafts()] == [[SAM.email]]
    assert KEY not in world.reminder_keys()  # removed although its moment had passed
    assert any("is an interview" in line and "settled" in line for line in report.done)
    status = world.status(at(2026, 11, 10, 16, 5))
    assert status["to_settle"] == []
    assert [i["uid"] for a in status["applications"] for i in a["interviews"]] == [UID]
    assert world.run(at(2026, 11, 10, 16, 20)).done == []  # nothing twice


def test_ignore_means_never_and_can_be_undone(world: World) -> None:
    world.run(AFTER)

    assert world.cli("ignore", UID, now=at(2026, 11, 10, 16, 0)).code == 0
    world.run(at(2026, 11, 10, 16, 5))

    assert world.drafts() == [] and world.reminder_keys() == []
    status = world.status(at(2026, 11, 10, 16, 5))
    assert status["to_settle"] == []
    assert [s["reason"] for s in status["skipped"]] == [
        "you said it is not an interview (followup ignore)"
    ]
    assert world.run(at(2026, 11, 11, 9, 0)).done == []

    assert world.cli("track", UID, now=at(2026, 11, 11, 9, 5)).code == 0
    world.run(at(2026, 11, 11, 9, 10))
    assert [d.to for d in world.drafts()] == [[SAM.email]]


def test_an_unknown_or_ambiguous_id_is_bad_usage(world: World) -> None:
    world.add_event(
        "coffee-2@globex.example",
        "Coffee chat",
        at(2026, 11, 12, 14, 0),
        at(2026, 11, 12, 15, 0),
        attendees=(SAM, CASEY),
    )
    world.run(AFTER)

    unknown = world.cli("track", "nope")
    ambiguous = world.cli("ignore", "coffee-")

    assert unknown.code == 2 and "no calendar event has the id 'nope'" in unknown.err
    assert ambiguous.code == 2 and "is the start of 2 ids" in ambiguous.err
    assert "Traceback" not in unknown.err + ambiguous.err


def test_a_maybe_found_late_is_asked_at_the_next_working_moment(world: World) -> None:
    world.run(at(2026, 11, 12, 20, 0))  # two days after, in the evening

    assert world.reminder(KEY).start == at(2026, 11, 13, 9, 0)
    assert world.run(at(2026, 11, 12, 20, 30)).done == []


def test_a_question_about_an_event_long_past_is_not_asked(world: World) -> None:
    world.run(at(2027, 1, 30, 10, 0))  # beyond policy.give_up_after_days

    assert world.reminders() == []
    assert world.status(at(2027, 1, 30, 10, 0))["to_settle"] == []


def test_a_store_from_before_decisions_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in store_module.SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.execute("INSERT INTO meta VALUES('schema_version', '1')")
    connection.close()

    store = Store.open(path)
    try:
        assert store.decisions() == {}
        store.decide("e1", "track", at(2026, 11, 10, 9, 0))
        assert store.decisions() == {"e1": "track"}
        assert store.meta("schema_version") == str(store_module.SCHEMA_VERSION)
    finally:
        store.close()


def test_a_plan_made_without_the_skipped_events_still_keeps_the_question(world: World) -> None:
    from agent import app, cycle
    from agent.core import actions

    world.run(AFTER)
    with app.session(world.config(), with_backends=False) as s:
        interviews, _ = cycle.interviews_of(s.store, s.settings)
        plan = cycle.current_plan(s.store, interviews, s.settings, s.env, AFTER)

    assert [q.uid for q in plan.to_settle] == [UID]
    assert not any(isinstance(a, actions.DeleteReminder) for a in plan.actions)


def test_track_works_on_an_event_nothing_marked_as_an_interview(tmp_path: Path) -> None:
    """An event whose title and people say nothing of interviews is still the person's to track.

    The cycle only re-examines events that looked like interviews when they were
    stored; a tracked event must be examined whatever it looked like.
    """
    w = World(tmp_path)
    uid = "lunch-1@globex.example"
    w.add_event(uid, "Lunch", at(2026, 11, 10, 12, 0), at(2026, 11, 10, 13, 0), attendees=(CASEY,))
    w.run(at(2026, 11, 10, 13, 5))
    assert w.status(at(2026, 11, 10, 13, 5))["applications"] == []

    assert w.cli("track", uid, now=at(2026, 11, 10, 13, 10)).code == 0
    w.run(at(2026, 11, 10, 13, 15))

    status = w.status(at(2026, 11, 10, 13, 15))
    assert [i["uid"] for a in status["applications"] for i in a["interviews"]] == [uid]
