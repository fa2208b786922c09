"""Drafts as the person's own mail client sees them, and sends them.

What reaches the employer is whatever the draft file holds once a client sends
it: mutt and NeoMutt keep every header of a draft opened with `-H`. So the
draft must carry only what a client writes itself, and the reminder's link to
it must survive the client renaming the file when a flag changes.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.world import JUST_AFTER, World, acme_world

# RFC 5322 section 3.6 and RFC 2045: the headers a client writes in a new message
# or a reply; mutt adds Content-Disposition to a single-part body.
CLIENT_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "content-disposition",
}


def headers_of(raw: bytes) -> set[str]:
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    return {name.lower() for part in parsed.walk() for name in part}


@pytest.fixture
def drafted(tmp_path: Path) -> World:
    world = acme_world(tmp_path / "world")
    world.run(JUST_AFTER)
    assert len(world.drafts()) == 2
    return world


def test_drafts_are_marked_draft_and_seen(drafted: World) -> None:
    """Maildir info "2,DS" (https://cr.yp.to/proto/maildir.html): not listed as unread."""
    for draft in drafted.drafts():
        assert draft.path.parent.name == "cur"
        assert draft.path.name.endswith(":2,DS")


def test_a_draft_holds_only_what_a_mail_client_writes(drafted: World) -> None:
    for draft in drafted.drafts():
        assert headers_of(draft.raw) <= CLIENT_HEADERS
        assert b"followup" not in draft.raw.lower()
        assert b"acme-1@test" not in draft.raw  # the interview's UID is in the purpose key
        assert draft.message.message_id.endswith("@example.com>")


def test_sent_as_python_email_would_send_it(drafted: World) -> None:
    """A client built on Python's email: parse the file, serialise for SMTP."""
    for draft in drafted.drafts():
        message = email.message_from_bytes(draft.raw, policy=email.policy.default)
        assert headers_of(message.as_bytes(policy=email.policy.SMTP)) <= CLIENT_HEADERS


@pytest.mark.skipif(shutil.which("mutt") is None, reason="mutt is not installed (Debian: mutt)")
def test_sent_from_mutt_carries_no_header_of_ours(drafted: World, tmp_path: Path) -> None:
    """`mutt -H draft` in batch mode sends the draft through a sendmail we capture."""
    home = tmp_path / "home"
    home.mkdir()
    capture = home / "sent.eml"
    sendmail = home / "sendmail"
    sendmail.write_text(f"#!/bin/sh\ncat > '{capture}'\n", encoding="utf-8")
    sendmail.chmod(0o755)
    muttrc = home / "muttrc"
    muttrc.write_text(
        f'set sendmail="{sendmail}"\nset record=""\nset folder="{home}"\n', encoding="utf-8"
    )
    draft = drafted.drafts()[0]

    subprocess.run(
        ["mutt", "-n", "-F", str(muttrc), "-H", str(draft.path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env={**os.environ, "HOME": str(home)},
        timeout=30,
        check=True,
    )

    sent = capture.read_bytes()
    assert headers_of(sent) <= CLIENT_HEADERS
    assert draft.message.message_id.encode() in sent
    assert b"followup" not in sent.lower()


def test_the_reminder_link_survives_the_client_renaming_the_draft(drafted: World) -> None:
    draft = drafted.drafts()[0]
    nudge = next(r for r in drafted.reminders() if r.key.startswith("nudge/"))
    link = next(w for w in nudge.description.split() if w.startswith("mid:"))

    # The person opens the draft: the client renames the file with a new flag.
    draft.path.rename(draft.path.with_name(draft.path.name.split(":")[0] + ":2,DFS"))

    linked = [d for d in drafted.drafts() if link == "mid:" + d.message.message_id.strip("<>")]
    assert len(linked) == 1
