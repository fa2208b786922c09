"""Faults on the local backend: an input costs itself, an absence is never a decision.

Each test acts out one attack from a hostile but realistic user (a mail with an
impossible date, a Drafts folder moved away, a corrupt store, two commands at
once on a fresh install) and checks what the person sees: no traceback, no
draft wrongly marked, a message naming the file or the key.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.world import ACME_UID, JANE, JUST_AFTER, RAJ, World, acme_world, at

JANE_THANKS = f"thanks/{ACME_UID}/{JANE.email}"
RAJ_THANKS = f"thanks/{ACME_UID}/{RAJ.email}"
NEXT_DAY = at(2026, 11, 11, 10, 0)
FAR_DATE = (
    b"From: Jane Doe <jane.doe@acme.example>\nTo: casey@example.com\nSubject: Re: hello\n"
    b"Date: Fri, 31 Dec 9999 23:00:00 -0500\nMessage-ID: <far@acme.example>\n\nHello.\n"
)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return acme_world(tmp_path / "world")


def state_rows(world: World, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(str(world.state_path))
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# ------------------------------------------------------------------ one message, not the cycle


def test_a_mail_dated_year_9999_costs_nothing_and_the_cursor_moves(world: World) -> None:
    world.deliver_raw("far", FAR_DATE)

    first = world.cli("run", "--once", now=JUST_AFTER)

    assert first.code == 0, first.err
    assert {d.key for d in world.drafts()} == {JANE_THANKS, RAJ_THANKS}
    again = world.cli("run", "--once", now=JUST_AFTER)
    assert again.code == 0 and "Nothing to do." in again.out


def test_a_message_that_breaks_classification_is_skipped_reported_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent.core import replies

    def broken(*_: object, **__: object) -> object:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(replies, "classify", broken)
    world.deliver(
        "bad",
        sender="Jane Doe <jane.doe@acme.example>",
        subject="Re: hello",
        body="We decide soon.",
        date=at(2026, 11, 10, 15, 1),
    )

    first = world.cli("run", "--once", now=JUST_AFTER)
    assert first.code == 0, first.err
    assert "skipped message INBOX/bad.eml" in first.out
    assert {d.key for d in world.drafts()} == {JANE_THANKS, RAJ_THANKS}

    second = world.cli("run", "--once", now=NEXT_DAY)
    assert "skipped message" not in second.out  # reported once; the cursor moved past it
    status = world.cli("status", "--json", now=NEXT_DAY).json()
    (problem,) = status["unreadable"]
    assert problem["what"] == "message INBOX/bad.eml" and "OverflowError" in problem["detail"]


# ------------------------------------------------------------------ an absence is not a deletion


def test_a_drafts_folder_moved_away_for_one_cycle_deletes_nothing(world: World) -> None:
    world.run(JUST_AFTER)
    drafts = world.maildir / ".Drafts"
    shutil.move(drafts, world.root / "Drafts-away")

    away = world.cli("run", "--once", now=NEXT_DAY)

    assert away.code == 2  # a folder the configuration names is missing: nothing is done
    assert "local.drafts_folder" in away.err and str(world.maildir) in away.err
    assert "deleted" not in away.out
    assert not drafts.exists()  # not recreated empty, to be read as "all deleted" next time
    shutil.move(world.root / "Drafts-away", drafts)
    back = world.cli("run", "--once", now=NEXT_DAY)
    assert back.code == 0 and "deleted" not in back.out
    states = dict(state_rows(world, "SELECT key, state FROM drafts"))
    assert states == {JANE_THANKS: "present", RAJ_THANKS: "present"}


def test_a_changed_drafts_folder_setting_deletes_nothing(world: World) -> None:
    world.run(JUST_AFTER)
    text = world.config_path.read_text().replace(
        'maildir = "Maildir"', 'maildir = "Maildir"\ndrafts_folder = ".Entwuerfe"'
    )
    world.config_path.write_text(text)

    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert outcome.code == 2 and ".Entwuerfe" in outcome.err
    assert "deleted" not in outcome.out
    states = {state for (state,) in state_rows(world, "SELECT state FROM drafts")}
    assert states == {"present"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a mode-000 file anyway")
def test_an_unreadable_draft_file_is_not_a_deleted_draft(world: World) -> None:
    world.run(JUST_AFTER)
    path = world.draft(JANE_THANKS).path
    path.chmod(0)
    try:
        outcome = world.cli("run", "--once", now=NEXT_DAY)
    finally:
        path.chmod(0o600)

    assert outcome.code == 0, outcome.err
    assert "could not check the thank-you to jane.doe@acme.example" in outcome.out
    states = dict(state_rows(world, "SELECT key, state FROM drafts"))
    assert states[JANE_THANKS] == "present"


def test_a_draft_unreadable_for_one_cycle_is_not_a_deleted_draft(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, for any user (root included): the file's read fails with an OSError."""
    import mailbox

    world.run(JUST_AFTER)
    name = world.draft(JANE_THANKS).path.name.split(":")[0]
    real = mailbox.Maildir.get_bytes

    def get_bytes(self: mailbox.Maildir, key: str, from_: bool = False) -> bytes:
        if key == name:
            raise PermissionError(13, "Permission denied")
        return real(self, key)

    monkeypatch.setattr(mailbox.Maildir, "get_bytes", get_bytes)
    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert outcome.code == 0, outcome.err
    assert "could not check the thank-you to jane.doe@acme.example" in outcome.out
    assert "deleted" not in outcome.out
    states = dict(state_rows(world, "SELECT key, state FROM drafts"))
    assert states[JANE_THANKS] == "present"


def test_a_really_deleted_draft_is_still_noticed(world: World) -> None:
    world.run(JUST_AFTER)
    world.delete(world.draft(JANE_THANKS))

    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert "you deleted the thank-you to jane.doe@acme.example" in outcome.out


# ------------------------------------------------------------------ the state store


def corrupt(world: World) -> None:
    world.state_path.write_bytes(b"this is not a database at all" * 100)
    for extra in ("-wal", "-shm"):
        Path(str(world.state_path) + extra).unlink(missing_ok=True)


def test_a_corrupt_store_names_the_file_and_the_fix(world: World) -> None:
    world.run(JUST_AFTER)
    corrupt(world)

    for command in (("run", "--once"), ("status",)):
        outcome = world.cli(*command, now=NEXT_DAY)
        assert outcome.code == 1
        assert str(world.state_path) in outcome.err
        assert "--reset-state" in outcome.err
        assert "Traceback" not in outcome.err and "unexpected" not in outcome.err


def test_a_truncated_store_names_the_file_and_the_fix(world: World) -> None:
    world.run(JUST_AFTER)
    world.run(NEXT_DAY)
    data = world.state_path.read_bytes()
    world.state_path.write_bytes(data[: len(data) // 2])

    outcome = world.cli("status", "--json", now=NEXT_DAY)

    assert outcome.code == 1
    assert str(world.state_path) in outcome.err and "--reset-state" in outcome.err


def test_a_newer_store_names_the_file_and_the_fix(world: World) -> None:
    world.run(JUST_AFTER)
    connection = sqlite3.connect(str(world.state_path))
    connection.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    connection.commit()
    connection.close()

    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert outcome.code == 1
    assert "newer" in outcome.err and str(world.state_path) in outcome.err


def test_reset_state_sets_the_broken_store_aside_and_duplicates_nothing(world: World) -> None:
    world.run(JUST_AFTER)
    drafts = sorted(d.key for d in world.drafts())
    reminders = world.reminder_keys()
    corrupt(world)

    outcome = world.cli("run", "--once", "--reset-state", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    backups = list(world.state_path.parent.glob("state.sqlite3.broken-*"))
    assert len(backups) == 1 and backups[0].read_bytes().startswith(b"this is not")
    assert sorted(d.key for d in world.drafts()) == drafts
    assert world.reminder_keys() == reminders


def test_an_unwritable_state_path_names_the_file(world: World) -> None:
    blocker = world.root / "blocked"
    blocker.write_text("a file where a folder should be")
    text = world.config_path.read_text().replace(
        'path = "state/state.sqlite3"', 'path = "blocked/state.sqlite3"'
    )
    world.config_path.write_text(text)

    outcome = world.cli("status", now=JUST_AFTER)

    assert outcome.code == 1
    assert "blocked/state.sqlite3" in outcome.err and "Traceback" not in outcome.err


def test_a_dry_run_creates_no_state_store(world: World) -> None:
    outcome = world.cli("run", "--once", "--dry-run", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    assert "would draft" in outcome.out
    assert not world.state_path.exists()


def test_first_use_from_two_processes_at_once_makes_the_schema_once(tmp_path: Path) -> None:
    """`run --once & status &` on a fresh store: both succeed, no "table already exists"."""
    for attempt in range(8):
        path = tmp_path / f"state{attempt}.sqlite3"
        code = (
            "import sys; from agent.store import Store; "
            f"Store.open({str(path)!r}).events(); print('ok')"
        )
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(4)
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err.decode()
            assert out.strip() == b"ok"


# ------------------------------------------------------------------ our own output is never input


def test_reminders_kept_inside_the_watched_calendar_folder_are_not_interviews(
    tmp_path: Path,
) -> None:
    from tests.test_hostile_corpus import acme_in

    world = acme_in(tmp_path, calendar_dir=True)
    text = world.config_path.read_text().replace(
        'reminders = "reminders.ics"', 'reminders = "calendars/reminders.ics"'
    )
    # Every event naming the company counts: our reminders ("... (Acme, ...)") would too.
    text += '\n[detect]\ninclude = ["interview", "acme"]\n'
    world.config_path.write_text(text)
    world.reminders_path = world.calendar_path.parent / "reminders.ics"

    for day in range(10, 30):
        outcome = world.cli("run", "--once", now=at(2026, 11, day, 15, 30))
        assert outcome.code == 0, outcome.err
    status = world.cli("status", "--json", now=at(2026, 11, 29, 16, 0)).json()

    assert [a["company"] for a in status["applications"]] == ["Acme"]
    assert all(ACME_UID in k or k.startswith("checkin/acme/") for k in world.reminder_keys())
    assert {d.key.split("/")[1] for d in world.drafts() if d.key.startswith("thanks/")} == {
        ACME_UID
    }


def test_our_own_draft_filed_in_the_inbox_is_not_a_reply(world: World) -> None:
    world.run(JUST_AFTER)
    draft = world.draft(JANE_THANKS)
    world.deliver_raw("copy-of-our-draft", draft.raw)

    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert outcome.code == 0, outcome.err
    assert "reply from" not in outcome.out
    assert world.application(NEXT_DAY, "Acme")["replies"] == []


def test_two_state_paths_on_one_maildir_cannot_run_a_cycle_at_once(world: World) -> None:
    from agent import app, config

    other = world.root / "other.toml"
    other.write_text(
        world.config_path.read_text().replace("state/state.sqlite3", "elsewhere/state.sqlite3")
    )
    first, second = world.config(), config.load(other)

    with app.cycle_lock(first) as mine, app.cycle_lock(second) as theirs:
        assert mine is True and theirs is False
    with app.cycle_lock(second) as theirs:
        assert theirs is True  # released: the next turn is theirs


# ------------------------------------------------------------------ what a cycle says it did


def test_a_reminder_rewritten_at_the_same_time_is_not_reported_as_moved(world: World) -> None:
    from tests.world import ACME_END, ACME_START, ACME_TITLE, ACME_UID, CASEY, RAJ, ROOM, Guest

    world.run(JUST_AFTER)
    # Jane's name as the invite now spells it: the nudge's title changes, not its time.
    renamed = Guest("jane.doe@acme.example", "Jane Doe-Okafor")
    world.add_event(
        ACME_UID, ACME_TITLE, ACME_START, ACME_END, attendees=(renamed, RAJ, ROOM, CASEY)
    )
    report = world.run(at(2026, 11, 10, 18, 0))

    assert not [line for line in report.done if line.startswith("moved:")]
    assert [line for line in report.done if line.startswith("updated:")]


def test_a_draft_found_after_a_crash_is_not_reported_as_drafted(world: World) -> None:
    from tests.world import FailingOnce

    with pytest.raises(RuntimeError):
        world.run(JUST_AFTER, after_effect=FailingOnce("draft"))
    (written,) = [d for d in world.drafts()]

    report = world.run(JUST_AFTER)

    to = written.to[0]
    assert any(line.startswith("found the draft already written") for line in report.done)
    assert not [line for line in report.done if line.startswith("drafted") and to in line]


# ------------------------------------------------------------------ one interview, one draft each


def test_a_re_sent_invite_with_a_new_uid_is_the_same_interview(world: World) -> None:
    from tests.world import ACME_END, ACME_START, ACME_TITLE

    world.run(JUST_AFTER)
    assert world.cli("note", "acme", "topic: the caching layer").code == 0
    world.run(at(2026, 11, 10, 15, 30))
    drafts, reminders = sorted(d.key for d in world.drafts()), world.reminder_keys()
    world.remove_event(ACME_UID)
    world.add_event("acme-resent-7f3a@scheduler.example", ACME_TITLE, ACME_START, ACME_END)

    outcome = world.cli("run", "--once", now=at(2026, 11, 10, 16, 0))

    assert outcome.code == 0, outcome.err
    assert sorted(d.key for d in world.drafts()) == drafts
    assert world.reminder_keys() == reminders
    assert all("caching layer" in d.text for d in world.drafts())
    (acme,) = world.status(at(2026, 11, 10, 16, 0))["applications"]
    assert [i["uid"] for i in acme["interviews"]] == [ACME_UID]


def test_an_old_and_a_re_sent_invite_side_by_side_are_one_interview(world: World) -> None:
    from tests.world import ACME_END, ACME_START, ACME_TITLE

    world.run(JUST_AFTER)
    drafts = sorted(d.key for d in world.drafts())
    world.add_event("acme-resent-7f3a@scheduler.example", ACME_TITLE, ACME_START, ACME_END)

    world.run(at(2026, 11, 10, 16, 0))

    assert sorted(d.key for d in world.drafts()) == drafts


def test_notes_survive_a_lost_store_and_nothing_is_drafted_twice(world: World) -> None:
    world.run(JUST_AFTER)
    assert world.cli("note", "acme", "topic: the caching layer").code == 0
    world.run(at(2026, 11, 10, 15, 30))
    before = sorted((d.key, d.text) for d in world.drafts())
    assert (world.root / "notes.jsonl").exists()
    world.lose_state()

    world.run(at(2026, 11, 10, 16, 0))

    assert sorted((d.key, d.text) for d in world.drafts()) == before
    assert state_rows(world, "SELECT interview_uid, text FROM notes") == [
        (ACME_UID, "topic: the caching layer")
    ]


def test_a_draft_found_by_message_id_is_adopted_even_if_its_text_would_differ(
    world: World,
) -> None:
    world.run(JUST_AFTER)
    assert world.cli("note", "acme", "topic: the caching layer").code == 0
    world.run(at(2026, 11, 10, 15, 30))
    before = sorted((d.key, d.text) for d in world.drafts())
    world.lose_state()
    (world.root / "notes.jsonl").unlink()  # the notes are gone too: the text would differ

    outcome = world.cli("run", "--once", now=at(2026, 11, 10, 16, 0))

    assert outcome.code == 0, outcome.err
    assert sorted((d.key, d.text) for d in world.drafts()) == before
    assert "edited" not in outcome.out


def test_a_lost_store_does_not_recreate_a_draft_the_person_deleted(world: World) -> None:
    world.run(JUST_AFTER)
    world.delete(world.draft(JANE_THANKS))
    world.run(NEXT_DAY)  # noticed: "you deleted ..."
    world.lose_state()

    outcome = world.cli("run", "--once", now=at(2026, 11, 11, 10, 30))

    assert outcome.code == 0, outcome.err
    assert world.drafts(JANE_THANKS) == []
    assert len(world.drafts(RAJ_THANKS)) == 1
    assert "you deleted the thank-you to jane.doe@acme.example before" in outcome.out


def test_a_lost_store_with_the_drafts_folder_away_concludes_nothing(world: World) -> None:
    world.run(JUST_AFTER)
    world.lose_state()
    shutil.move(world.maildir / ".Drafts", world.root / "Drafts-away")

    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert "deleted" not in outcome.out
    shutil.move(world.root / "Drafts-away", world.maildir / ".Drafts")
    assert world.cli("run", "--once", now=NEXT_DAY).code == 0
    assert {d.key for d in world.drafts()} == {JANE_THANKS, RAJ_THANKS}
    assert all(len(world.drafts(k)) == 1 for k in (JANE_THANKS, RAJ_THANKS))


def resave_with_a_new_message_id(world: World, key: str) -> Path:
    """What some mail clients do on saving a draft: a new file, a new Message-ID."""
    draft = world.draft(key)
    raw = draft.raw.replace(draft.message.message_id.encode(), b"<C1A2B3@client.example>")
    target = draft.path.parent / "1799999999.client-resave.host:2,D"
    target.write_bytes(raw)
    draft.path.unlink()
    return target


def test_a_draft_re_saved_under_a_new_message_id_is_not_deleted(world: World) -> None:
    world.run(JUST_AFTER)
    resave_with_a_new_message_id(world, JANE_THANKS)

    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert outcome.code == 0, outcome.err
    assert "deleted" not in outcome.out
    states = dict(state_rows(world, "SELECT key, state FROM drafts"))
    assert states[JANE_THANKS] == "present"


def test_a_re_saved_draft_sent_later_is_noticed_as_sent(world: World) -> None:
    world.run(JUST_AFTER)
    path = resave_with_a_new_message_id(world, JANE_THANKS)
    world.run(NEXT_DAY)
    from tests.world import read_draft_file

    world.send(read_draft_file(path))

    outcome = world.cli("run", "--once", now=at(2026, 11, 11, 11, 0))

    assert "you sent the thank-you to jane.doe@acme.example" in outcome.out
    assert dict(state_rows(world, "SELECT key, state FROM drafts"))[JANE_THANKS] == "sent"


def test_a_re_saved_draft_sent_in_the_same_breath_is_noticed_as_sent(world: World) -> None:
    world.run(JUST_AFTER)
    from tests.world import read_draft_file

    world.send(read_draft_file(resave_with_a_new_message_id(world, JANE_THANKS)))

    outcome = world.cli("run", "--once", now=NEXT_DAY)

    assert "you sent the thank-you to jane.doe@acme.example" in outcome.out


def test_a_full_disk_under_the_store_names_the_file_and_is_retried_by_a_daemon(
    tmp_path: Path,
) -> None:
    from agent import statefile
    from agent.errors import BackendError

    path = tmp_path / "state.sqlite3"
    error = statefile.describe(path, sqlite3.OperationalError("database or disk is full"))

    assert isinstance(error, BackendError) and error.exit_code == 1  # the daemon retries
    assert str(path) in error.message and "room" in error.message


def test_a_corrupt_store_is_logged_by_the_daemon_with_the_fix(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """The daemon keeps going (it backs off and notifies: tests/test_unattended.py), and
    what it says names the file and the fix."""
    import logging

    from agent import app

    world.run(JUST_AFTER)
    corrupt(world)

    with caplog.at_level(logging.ERROR, logger="agent"):
        app.Daemon(world.config(), 600, sleep=lambda _: None).run(cycles=1)

    (logged,) = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "--reset-state" in logged and str(world.state_path) in logged


def test_an_event_at_the_end_of_time_does_not_stop_reading_the_others(tmp_path: Path) -> None:
    """A backend (a Google-compatible server, say) may hand over any date; stored, it must
    not make every later cycle fail when the events are read back."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from agent.core.model import CalendarChanges, CalendarEvent
    from agent.store import Store

    zone = ZoneInfo("America/New_York")

    def event(uid: str, year: int) -> CalendarEvent:
        return CalendarEvent(
            uid=uid,
            calendar_id="primary",
            title="Interview",
            start=datetime(year, 12, 31, 20, 0, tzinfo=zone),
            end=datetime(year, 12, 31, 21, 0, tzinfo=zone),
        )

    store = Store.open(tmp_path / "state.sqlite3")
    store.apply_calendar(
        CalendarChanges(events=(event("far", 9999), event("near", 2026)), cursor="c")
    )

    assert [e.uid for e in store.events()] == ["near"]


def test_a_whole_maildir_moved_away_for_one_cycle_deletes_nothing(world: World) -> None:
    world.run(JUST_AFTER)
    shutil.move(world.maildir, world.root / "Maildir-away")

    away = world.cli("run", "--once", now=NEXT_DAY)

    assert away.code == 2 and str(world.maildir) in away.err  # named, and nothing is done
    assert "deleted" not in away.out
    assert not world.maildir.exists()  # nothing made in its place
    shutil.move(world.root / "Maildir-away", world.maildir)
    back = world.cli("run", "--once", now=NEXT_DAY)
    assert back.code == 0 and "deleted" not in back.out
    assert {state for (state,) in state_rows(world, "SELECT state FROM drafts")} == {"present"}


def test_a_note_is_kept_when_the_config_folder_is_read_only(world: World) -> None:
    from agent import notesfile

    world.run(JUST_AFTER)
    blocked = world.root / "notes.jsonl"
    blocked.mkdir()  # not a file: cannot be replaced

    outcome = world.cli("note", "acme", "topic: the caching layer")

    assert outcome.code == 0, outcome.err
    assert state_rows(world, "SELECT text FROM notes") == [("topic: the caching layer",)]
    assert notesfile.read(blocked) == []
