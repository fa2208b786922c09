"""Odd and hostile files in the person's folders cost one file, never the cycle.

Each case reproduces a defect found by trying the local backend as a hostile
but realistic user would: a FIFO in the Maildir, a malformed ATTENDEE line,
temp files left by kill -9, a 70 MB attachment, a binary file named .ics.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
import tracemalloc
from email.message import EmailMessage
from pathlib import Path
from socket import gethostname

import pytest

from agent.backends.local import calendar as local_calendar
from agent.backends.local.maildir import MAX_MESSAGE_BYTES, LocalMailbox
from agent.core.model import Address
from tests.builders import maildir_account
from tests.world import (
    ACME_END,
    ACME_START,
    ACME_TITLE,
    ACME_UID,
    JANE,
    JUST_AFTER,
    RAJ,
    World,
    acme_world,
    at,
)


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


# --------------------------------------------------------------------------- FIFOs


@pytest.mark.parametrize("folder", ["new", "cur", ".Drafts/cur", ".Sent/cur"])
def test_a_fifo_in_the_maildir_does_not_hang_the_cycle(tmp_path: Path, folder: str) -> None:
    world = acme_world(tmp_path / "w")
    os.mkfifo(world.maildir / folder / "1700000000.fifo.host")

    # A separate process with a timeout: a hang would otherwise hang the test suite.
    done = subprocess.run(
        [sys.executable, "-m", "agent", "run", "--once", "--config", str(world.config_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TZ": "America/New_York"},
    )

    assert done.returncode == 0, done.stderr
    assert "not a regular file" in done.stderr
    status = world.cli("status")
    assert "1700000000.fifo.host" in status.out and "not a regular file" in status.out


# --------------------------------------------------------------------------- attendees

MALFORMED = [
    'ATTENDEE;CN="Jane "JJ" Doe";PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example',
    'ATTENDEE;CN="Jane Doe;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example',
    "ATTENDEE;CN=Jane\x01Doe;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example",
    'ATTENDEE;CN="Jane Doe";;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example',
]


@pytest.mark.parametrize("line", MALFORMED, ids=["quote", "unclosed", "control", "empty-param"])
def test_a_malformed_attendee_line_still_yields_the_attendee(
    tmp_path: Path, line: str, caplog: pytest.LogCaptureFixture
) -> None:
    world = World(tmp_path / "w")
    world.add_event(ACME_UID, ACME_TITLE, ACME_START, ACME_END, attendees=(RAJ,))
    text = world.calendar_path.read_bytes().decode()
    bad = text.replace("ATTENDEE;", line + "\r\nATTENDEE;", 1)
    world.calendar_path.write_bytes(bad.encode())

    with caplog.at_level(logging.WARNING):
        world.run(JUST_AFTER)

    assert sorted(d.to[0] for d in world.drafts()) == [JANE.email, RAJ.email]
    jane = world.draft_to(JANE.email)
    assert "Jane" in jane.text
    assert any("malformed ATTENDEE" in r.getMessage() for r in caplog.records)
    assert any("jane.doe@acme.example" in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------------- temp files


def test_stale_temp_files_of_ours_are_cleaned_at_the_start_and_others_kept(
    tmp_path: Path,
) -> None:
    world = acme_world(tmp_path / "w")
    tmp = world.maildir / ".Drafts" / "tmp"
    host = gethostname().replace("/", r"\057").replace(":", r"\072")
    killed_draft = tmp / f"1700000000.M1P{dead_pid()}Q1.{host}"
    live_draft = tmp / f"1700000000.M2P{os.getpid()}Q2.{host}"
    clients_draft = tmp / "1700000000.123_4.otherhost"  # mbsync's and others' naming
    killed_reminders = tmp_path / "w" / f".reminders.ics.{dead_pid()}.0a1b2c3d.tmp"
    someone_elses = tmp_path / "w" / ".reminders.ics.swp"
    for path in (killed_draft, live_draft, clients_draft, killed_reminders, someone_elses):
        path.write_bytes(b"half a file")

    world.run(JUST_AFTER)

    assert not killed_draft.exists() and not killed_reminders.exists()
    assert live_draft.exists() and clients_draft.exists() and someone_elses.exists()


def test_a_dry_run_cleans_nothing(tmp_path: Path) -> None:
    world = acme_world(tmp_path / "w")
    killed = world.maildir / ".Drafts" / "tmp" / f"1700000000.M1P{dead_pid()}Q1.{gethostname()}"
    killed.write_bytes(b"half a file")

    assert world.cli("run", "--once", "--dry-run", now=JUST_AFTER).code == 0
    assert killed.exists()


# --------------------------------------------------------------------------- size


def big_reply(size: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"Jane Doe <{JANE.email}>"
    message["To"] = "casey@example.com"
    message["Subject"] = "Re: Thank you – Backend Engineer interview"
    message["Date"] = "Thu, 12 Nov 2026 10:00:00 -0500"
    message["Message-ID"] = "<big-offer@acme.example>"
    message.set_content("We are happy to offer you the position. The letter is attached.")
    message.add_attachment(os.urandom(size), maintype="application", subtype="pdf")
    return message.as_bytes()


def test_a_huge_attachment_costs_a_bounded_read_and_the_reply_still_counts(
    tmp_path: Path,
) -> None:
    world = acme_world(tmp_path / "w")
    world.run(JUST_AFTER)
    world.deliver_raw("big-offer", big_reply(3 * MAX_MESSAGE_BYTES))

    world.run(at(2026, 11, 12, 11, 0))

    application = world.application(at(2026, 11, 12, 11, 0), "Acme")
    assert [r["kind"] for r in application["replies"]] == ["offer"]
    status = world.cli("status", now=at(2026, 11, 12, 11, 0)).out
    assert "big-offer" in status and "only its first 4 MB were read" in status


def test_reading_a_70_mb_message_takes_little_memory(tmp_path: Path) -> None:
    account = maildir_account(tmp_path / "Mail")
    (account / "new" / "big.eml").write_bytes(big_reply(70 << 20))
    mailbox = LocalMailbox(account, me=Address("casey@example.com"))

    tracemalloc.start()
    try:
        (message,) = mailbox.changes(None, at(2026, 11, 13), senders=("acme.example",)).messages
        message = mailbox.with_body(message)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert message.body is not None and "offer you the position" in message.body
    assert peak < 100 << 20  # was about 640 MB


def test_an_oversize_calendar_file_is_skipped_with_a_note_and_forgets_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = acme_world(tmp_path / "w")
    world.run(JUST_AFTER)
    reminders = world.reminder_keys()
    monkeypatch.setattr(local_calendar, "MAX_FILE_BYTES", 512)
    world.add_event("other@test", "Lunch", at(2026, 11, 11, 12), at(2026, 11, 11, 13))

    world.run(at(2026, 11, 10, 16, 0))

    assert world.reminder_keys() == reminders  # an unread calendar is not an empty one
    status = world.cli("status", now=at(2026, 11, 10, 16, 0)).out
    assert "calendar.ics" in status and "skipped" in status


def test_a_long_description_is_cut_not_carried_whole(tmp_path: Path) -> None:
    world = World(tmp_path / "w")
    world.add_event(
        ACME_UID, ACME_TITLE, ACME_START, ACME_END, description="topic: caching\n" + "x" * 500_000
    )
    world.run(JUST_AFTER)
    assert len(world.drafts()) == 2
    assert len(world.state_dump()) < 300_000


# --------------------------------------------------------------------------- unreadable


def test_an_unreadable_calendar_file_is_named_without_its_bytes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    world = acme_world(tmp_path / "w")
    garbage = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x1b[31m\x07" + os.urandom(512)
    world.calendar_path.write_bytes(garbage)

    with caplog.at_level(logging.WARNING):
        outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    lines = [r.getMessage() for r in caplog.records if "calendar.ics" in r.getMessage()]
    assert lines and "not a readable iCalendar file" in lines[0]
    for text in [*lines, outcome.out, outcome.err]:
        assert all(ch == "\n" or 32 <= ord(ch) < 127 for ch in text), repr(text)


def test_binary_garbage_in_an_icalendar_parse_error_is_not_echoed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    world = acme_world(tmp_path / "w")
    text = world.calendar_path.read_bytes()
    world.calendar_path.write_bytes(text.replace(b"END:VCALENDAR", b"\x1b]0;owned\x07 \xff\xfe"))

    with caplog.at_level(logging.WARNING):
        world.run(JUST_AFTER)

    for record in caplog.records:
        assert "\x1b" not in record.getMessage() and "\x07" not in record.getMessage()


def test_the_cleanup_and_reads_keep_time_bounded(tmp_path: Path) -> None:
    """A FIFO and a few hundred files cost next to nothing to skip."""
    account = maildir_account(tmp_path / "Mail")
    os.mkfifo(account / "new" / "pipe")
    for n in range(300):
        (account / "cur" / f"{n}.msg:2,S").write_bytes(b"From: a@b.example\n\nhi\n")
    mailbox = LocalMailbox(account, me=Address("casey@example.com"))
    started = time.monotonic()
    mailbox.changes(None, at(2026, 11, 13))
    assert time.monotonic() - started < 10


def test_a_fifo_where_the_reminders_file_should_be_is_an_error_not_a_hang(tmp_path: Path) -> None:
    from agent.backends.local.reminders import LocalReminders
    from agent.errors import BackendError

    os.mkfifo(tmp_path / "reminders.ics")
    with pytest.raises(BackendError, match="not a regular file"):
        LocalReminders(tmp_path / "reminders.ics").find("checkin/acme/x/1")
