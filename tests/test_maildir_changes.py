"""What a cycle reads from the Maildir follows what changed, not what exists.

Reads are counted through `LocalMailbox.parses` (every message the adapter
parses) and, where it matters that a file is not even opened, through files
that cannot be read at all (mode 000).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.backends.local.maildir import LocalMailbox
from agent.core.model import Address
from tests.builders import maildir_account

ME = Address("pat@home.example", "Pat Candidate")
NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
ACME = frozenset({"acme.example"})
LONG_AGO = (NOW - timedelta(days=400)).timestamp()


def message(n: int, sender: str = "Jane Doe <jane.doe@acme.example>") -> bytes:
    return (
        f"From: {sender}\nTo: pat@home.example\nSubject: Note {n}\n"
        f"Date: Fri, 13 Mar 2026 09:00:00 +0000\nMessage-ID: <m{n}@acme.example>\n\nHello {n}\n"
    ).encode()


def deliver(folder: Path, name: str, raw: bytes, *, subdir: str = "new") -> Path:
    path = folder / subdir / name
    path.write_bytes(raw)
    return path


def age(folder: Path) -> None:
    """Every directory stamp a long time ago, as on a mailbox nobody touched today."""
    for sub in ("new", "cur"):
        os.utime(folder / sub, (LONG_AGO, LONG_AGO))


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return maildir_account(tmp_path / "Mail")


def test_an_idle_cycle_parses_no_message(root: Path) -> None:
    for n in range(20):
        deliver(root, f"17734000{n:02}.m{n}.host:2,S", message(n), subdir="cur")
    age(root)
    age(root / ".Sent")
    age(root / ".Drafts")
    box = LocalMailbox(root, me=ME)
    first = box.changes(None, NOW, senders=ACME)
    assert len(first.messages) == 20 and box.parses == 20

    idle = LocalMailbox(root, me=ME)
    again = idle.changes(first.cursor, NOW)
    assert again.messages == () and idle.parses == 0
    assert again.touched_threads == frozenset()  # no draft needs reading either


def test_an_idle_cycle_opens_no_file(root: Path) -> None:
    """Every message unreadable: an idle cycle that opened one would log and mark it."""
    paths = [deliver(root, f"17734000{n:02}.m{n}.host", message(n)) for n in range(5)]
    age(root)
    first = LocalMailbox(root, me=ME).changes(None, NOW, senders=ACME)
    for path in paths:
        path.chmod(0)
    try:
        if os.access(paths[0], os.R_OK):
            pytest.skip("running as a user who can read any file")
        box = LocalMailbox(root, me=ME)
        assert box.changes(first.cursor, NOW).messages == () and box.parses == 0
    finally:
        for path in paths:
            path.chmod(0o644)


def test_k_new_messages_are_found_and_only_they_are_read(root: Path) -> None:
    for n in range(30):
        deliver(root, f"17734000{n:02}.m{n}.host:2,S", message(n), subdir="cur")
    age(root)
    first = LocalMailbox(root, me=ME).changes(None, NOW, senders=ACME)
    for n in range(30, 33):
        deliver(root, f"17735000{n}.m{n}.host", message(n, "someone@else.example"))
    box = LocalMailbox(root, me=ME)
    found = box.changes(first.cursor, NOW)
    assert [m.message_id for m in found.messages] == [
        "<m30@acme.example>",
        "<m31@acme.example>",
        "<m32@acme.example>",
    ]
    assert box.parses == 3


def test_a_message_renamed_by_the_client_is_not_new(root: Path) -> None:
    path = deliver(root, "1773400000.a.host", message(1))
    first = LocalMailbox(root, me=ME).changes(None, NOW, senders=ACME)
    path.rename(root / "cur" / "1773400000.a.host:2,S")
    box = LocalMailbox(root, me=ME)
    assert box.changes(first.cursor, NOW).messages == () and box.parses == 0
    (root / "cur" / "1773400000.a.host:2,S").rename(root / "cur" / "1773400000.a.host:2,RS")
    assert LocalMailbox(root, me=ME).changes(first.cursor, NOW).messages == ()


def test_a_message_arriving_in_the_same_tick_is_still_found(root: Path) -> None:
    """The directory's mtime does not move when a file lands in the same tick as the listing."""
    deliver(root, "1773400000.a.host", message(1))
    stamp = (root / "new").stat()
    first = LocalMailbox(root, me=ME).changes(None, NOW, senders=ACME)
    deliver(root, "1773400001.b.host", message(2))
    os.utime(root / "new", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # the same tick
    found = LocalMailbox(root, me=ME).changes(first.cursor, NOW).messages
    assert [m.message_id for m in found] == ["<m2@acme.example>"]


def test_the_first_look_back_parses_only_mail_from_the_interviews_people(root: Path) -> None:
    deliver(root, "1773400000.a.host", message(1))
    deliver(root, "1773400001.b.host", message(2, "Newsletter <news@shop.example>"))
    deliver(root, "1773400002.c.host", message(3, "Raj <raj@ACME.example>"))
    box = LocalMailbox(root, me=ME)
    found = box.changes(None, NOW, senders=ACME)
    assert [m.message_id for m in found.messages] == ["<m1@acme.example>", "<m3@acme.example>"]
    assert box.parses == 2
    # The newsletter is not offered later either: the look-back has passed it.
    assert LocalMailbox(root, me=ME).changes(found.cursor, NOW).messages == ()


def test_the_first_look_back_skips_old_files_by_name_time_without_reading_them(
    root: Path,
) -> None:
    old = int((NOW - timedelta(days=90)).timestamp())
    path = deliver(root, f"{old}.old.host", message(1))
    path.chmod(0)  # unreadable: opening it would log and leave it for the next cycle
    try:
        box = LocalMailbox(root, me=ME)
        found = box.changes(None, NOW, senders=ACME)
        assert found.messages == () and box.parses == 0
    finally:
        path.chmod(0o644)


def test_a_changed_draft_makes_the_cycle_check_drafts(root: Path) -> None:
    for folder in (root, root / ".Sent", root / ".Drafts"):
        age(folder)
    first = LocalMailbox(root, me=ME).changes(None, NOW, senders=ACME)
    quiet = LocalMailbox(root, me=ME).changes(first.cursor, NOW)
    assert quiet.touched_threads == frozenset()
    deliver(root / ".Drafts", "1773400000.d.host:2,D", message(9), subdir="cur")
    assert LocalMailbox(root, me=ME).changes(quiet.cursor, NOW).touched_threads is None


def test_a_fifo_in_the_maildir_is_not_opened(root: Path) -> None:
    os.mkfifo(root / "new" / "1773400000.fifo.host")
    deliver(root, "1773400001.a.host", message(1))
    found = LocalMailbox(root, me=ME).changes(None, NOW, senders=ACME)
    assert [m.message_id for m in found.messages] == ["<m1@acme.example>"]


def test_a_cursor_of_the_previous_version_reports_nothing_twice(root: Path) -> None:
    import base64
    import hashlib
    import json

    deliver(root, "1773400000.a.host", message(1))
    digest = hashlib.sha256(b"INBOX/1773400000.a.host").digest()[:6]
    old = json.dumps({"v": 1, "seen": base64.b64encode(digest).decode()})
    deliver(root, "1773400001.b.host", message(2))
    found = LocalMailbox(root, me=ME).changes(old, NOW).messages
    assert [m.message_id for m in found] == ["<m2@acme.example>"]
