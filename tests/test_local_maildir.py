"""LocalMailbox on a real Maildir++ tree in a temp directory."""

from __future__ import annotations

import email
import email.policy
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time

from agent import mime
from agent.backends.local.maildir import LocalMailbox
from agent.core.model import Address, Draft, ThreadRef
from agent.errors import BackendError
from tests.builders import maildir_account

ME = Address("pat@home.example", "Pat Candidate")
NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
# The first look-back reads mail from the interviews' people and domains only.
ACME = frozenset({"acme.example"})


def make_draft(**changes: object) -> Draft:
    fields: dict[str, object] = {
        "key": "thank-you:acme-onsite-1:jane.doe@acme.example",
        "sender": ME,
        "to": (Address("jane.doe@acme.example", "Jane Doe"),),
        "subject": "Thank you for today",
        "text": "Dear Jane,\n\nThank you for walking me through the caching layer.\n\nPat",
        "html": "<p>Dear Jane,</p><p>Thank you for walking me through the caching layer.</p>",
        "message_id": "<followup.1@home.example>",
    }
    fields.update(changes)
    return Draft(**fields)  # type: ignore[arg-type]


def deliver(folder: Path, name: str, raw: bytes, *, subdir: str = "new") -> Path:
    """Put a message file where a delivery agent or a mail client would."""
    for sub in ("tmp", "new", "cur"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    path = folder / subdir / name
    path.write_bytes(raw)
    return path


def inbound(
    message_id: str, *, date: str = "Fri, 13 Mar 2026 09:00:00 -0400", **extra: str
) -> bytes:
    headers = {
        "From": "Jane Doe <jane.doe@acme.example>",
        "To": "pat@home.example",
        "Subject": "Re: Thank you for today",
        "Date": date,
        "Message-ID": message_id,
        **extra,
    }
    head = "".join(f"{name}: {value}\n" for name, value in headers.items())
    return (head + "\nThanks Pat, we will decide by Friday.\n").encode()


@pytest.fixture
def box(tmp_path: Path) -> LocalMailbox:
    return LocalMailbox(maildir_account(tmp_path / "Mail"), me=ME)


# --------------------------------------------------------------------------- drafts


def test_no_folder_is_ever_created(tmp_path: Path) -> None:
    """Drafts written where no client looks are worse than an error that names the folder."""
    maildir_account(tmp_path / "Mail", ("",))
    with pytest.raises(BackendError, match="Maildir"):
        LocalMailbox(tmp_path / "Mail", me=ME)
    assert sorted(p.name for p in (tmp_path / "Mail").iterdir()) == ["cur", "new", "tmp"]


def test_draft_is_written_as_mime_with_text_and_html(box: LocalMailbox, tmp_path: Path) -> None:
    draft = make_draft()
    ref = box.create_draft(draft)

    files = list((tmp_path / "Mail" / ".Drafts" / "cur").iterdir())
    assert len(files) == 1
    # Draft and Seen: a client lists its own drafts as read, not as new mail.
    assert files[0].name == f"{ref.draft_id}:2,DS"
    assert ref.link == "mid:" + draft.message_id.strip("<>")
    assert ref.message_id == draft.message_id
    assert ref.thread_id == draft.message_id

    raw = files[0].read_bytes()
    assert b"\r\n" not in raw  # Maildir files use "\n"
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert not [name for name in parsed if name.lower().startswith("x-")]
    assert box.draft_text(ref) == draft.text
    assert list((tmp_path / "Mail" / "new").iterdir()) == []  # nothing lands in the inbox


def test_reply_draft_shares_the_thread_of_its_parent(box: LocalMailbox) -> None:
    thread = ThreadRef("<thank-you@home.example>", "<thank-you@home.example>")
    ref = box.create_draft(make_draft(message_id="<check-in@home.example>", thread=thread))
    assert ref.thread_id == "<thank-you@home.example>"


def test_update_replaces_the_draft(box: LocalMailbox, tmp_path: Path) -> None:
    ref = box.create_draft(make_draft())
    new_ref = box.update_draft(ref, make_draft(text="Dear Jane,\n\nA better version.\n\nPat"))

    assert new_ref.draft_id != ref.draft_id
    assert new_ref.message_id == ref.message_id
    assert len(list((tmp_path / "Mail" / ".Drafts" / "cur").iterdir())) == 1
    assert box.draft_text(new_ref) == "Dear Jane,\n\nA better version.\n\nPat"
    assert box.find_draft(ref.message_id) == new_ref


def test_find_draft_by_message_id(box: LocalMailbox) -> None:
    ref = box.create_draft(make_draft())
    box.create_draft(make_draft(key="other", message_id="<followup.2@home.example>"))
    assert box.find_draft("<followup.1@home.example>") == ref
    assert box.find_draft("<nobody@home.example>") is None


def test_draft_renamed_by_a_mail_client_is_still_found(box: LocalMailbox, tmp_path: Path) -> None:
    ref = box.create_draft(make_draft())
    cur = tmp_path / "Mail" / ".Drafts" / "cur"
    (path,) = cur.iterdir()
    path.rename(cur / f"{ref.draft_id}:2,DS")  # the client marked it seen
    assert box.draft_text(ref) == make_draft().text

    (path,) = cur.iterdir()
    path.rename(cur / "1773500000.client-rewrite.host:2,DS")  # saved under a new name
    assert box.draft_text(ref) == make_draft().text
    assert box.find_draft(ref.message_id).draft_id == "1773500000.client-rewrite.host"


def test_edited_draft_text_is_what_the_person_wrote(box: LocalMailbox, tmp_path: Path) -> None:
    ref = box.create_draft(make_draft())
    (path,) = (tmp_path / "Mail" / ".Drafts" / "cur").iterdir()
    edited = mime.to_bytes(make_draft(text="Dear Jane,\n\nMy own words.\n\nPat"))
    path.write_bytes(edited.replace(b"\r\n", b"\n"))
    assert box.draft_text(ref) == "Dear Jane,\n\nMy own words.\n\nPat"


def test_deleted_draft_has_no_text_and_delete_is_idempotent(
    box: LocalMailbox, tmp_path: Path
) -> None:
    ref = box.create_draft(make_draft())
    box.delete_draft(ref)
    assert list((tmp_path / "Mail" / ".Drafts" / "cur").iterdir()) == []
    assert box.draft_text(ref) is None
    box.delete_draft(ref)  # already gone: not an error


def test_delete_leaves_other_drafts_alone(box: LocalMailbox) -> None:
    ref = box.create_draft(make_draft())
    other = box.create_draft(make_draft(key="other", message_id="<followup.2@home.example>"))
    box.delete_draft(ref)
    assert box.draft_text(other) == make_draft().text


# --------------------------------------------------------------------------- sent


def test_sent_copy_is_found_by_message_id(box: LocalMailbox, tmp_path: Path) -> None:
    ref = box.create_draft(make_draft())
    assert box.was_sent(ref) is None
    sent = mime.to_bytes(make_draft(), date=datetime(2026, 3, 14, 18, 5, tzinfo=UTC))
    deliver(tmp_path / "Mail" / ".Sent", "1773511500.sent.host:2,S", sent, subdir="cur")
    assert box.was_sent(ref) == datetime(2026, 3, 14, 18, 5, tzinfo=UTC)


@freeze_time("2026-03-15 12:00:00")
def test_sent_reply_with_a_new_message_id_counts_by_thread(
    box: LocalMailbox, tmp_path: Path
) -> None:
    sent_folder = tmp_path / "Mail" / ".Sent"
    # The thank-you the check-in replies to was sent days before the check-in draft.
    thank_you = mime.to_bytes(
        make_draft(message_id="<thank-you@home.example>"),
        date=datetime(2026, 3, 10, 18, 0, tzinfo=UTC),
    )
    deliver(sent_folder, "1773165600.ty.host:2,S", thank_you, subdir="cur")
    thread = ThreadRef("<thank-you@home.example>", "<thank-you@home.example>")
    ref = box.create_draft(make_draft(message_id="<check-in@home.example>", thread=thread))
    assert ref.draft_id.startswith("1773576000.")  # written at the frozen time
    assert box.was_sent(ref) is None  # the earlier thank-you is not the check-in

    sent_at = datetime(2026, 3, 15, 12, 1, tzinfo=UTC)
    resent = mime.to_bytes(
        make_draft(message_id="<client-made@home.example>", thread=thread), date=sent_at
    )
    deliver(sent_folder, "9999999999.ci.host:2,S", resent, subdir="cur")
    assert box.was_sent(ref) == sent_at


# --------------------------------------------------------------------------- inbox


def test_inbox_messages_in_new_and_cur_are_reported_once(box: LocalMailbox, tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    deliver(root, "1773400000.a.host", inbound("<a@acme.example>"))
    deliver(root, "1773400001.b.host:2,S", inbound("<b@acme.example>"), subdir="cur")
    deliver(root / ".Sent", "1773400002.c.host:2,S", inbound("<c@home.example>"), subdir="cur")

    first = box.changes(None, NOW, senders=ACME)
    by_id = {m.message_id: m for m in first.messages}
    assert set(by_id) == {"<a@acme.example>", "<b@acme.example>", "<c@home.example>"}
    assert by_id["<a@acme.example>"].labels == frozenset({"INBOX"})
    assert by_id["<c@home.example>"].labels == frozenset({"SENT"})
    assert by_id["<a@acme.example>"].body is None
    assert first.touched_threads is None

    again = box.changes(first.cursor, NOW)
    assert again.messages == ()
    assert len(again.cursor) < 400

    # The client moves the message to cur/ and flags it: still not new.
    (root / "new" / "1773400000.a.host").rename(root / "cur" / "1773400000.a.host:2,S")
    assert box.changes(again.cursor, NOW).messages == ()
    assert list((root / "cur").iterdir())  # we never moved anything ourselves

    deliver(root, "1773500000.d.host", inbound("<d@acme.example>"))
    latest = box.changes(again.cursor, NOW)
    assert [m.message_id for m in latest.messages] == ["<d@acme.example>"]


def test_inbox_files_stay_where_the_client_left_them(box: LocalMailbox, tmp_path: Path) -> None:
    path = deliver(tmp_path / "Mail", "1773400000.a.host", inbound("<a@acme.example>"))
    box.changes(None, NOW, senders=ACME)
    assert path.exists()


def test_first_run_looks_back_as_far_as_the_calendar(box: LocalMailbox, tmp_path: Path) -> None:
    root = tmp_path / "Mail"  # LOOK_BACK, 60 days: an answer to any interview it still shows
    deliver(
        root, "1.old.host", inbound("<old@acme.example>", date="Wed, 14 Jan 2026 11:59:00 +0000")
    )
    deliver(
        root, "2.edge.host", inbound("<edge@acme.example>", date="Wed, 14 Jan 2026 12:00:00 +0000")
    )
    first = box.changes(None, NOW, senders=ACME)
    assert [m.message_id for m in first.messages] == ["<edge@acme.example>"]
    assert box.changes(first.cursor, NOW).messages == ()  # the old one is not offered later


def test_without_a_date_the_file_time_decides(box: LocalMailbox, tmp_path: Path) -> None:
    raw = inbound("<undated@acme.example>", date="sometime last week")
    path = deliver(tmp_path / "Mail", "1.undated.host", raw)
    old = (NOW - timedelta(days=70)).timestamp()
    os.utime(path, (old, old))
    assert box.changes(None, NOW, senders=ACME).messages == ()
    recent = (NOW - timedelta(days=1)).timestamp()
    os.utime(path, (recent, recent))
    found = box.changes(None, NOW, senders=ACME).messages
    assert [m.message_id for m in found] == ["<undated@acme.example>"]


def test_unreadable_cursor_starts_over(box: LocalMailbox, tmp_path: Path) -> None:
    deliver(tmp_path / "Mail", "1.a.host", inbound("<a@acme.example>"))
    assert len(box.changes("not json", NOW, senders=ACME).messages) == 1


def test_with_body_reads_the_file_again(box: LocalMailbox, tmp_path: Path) -> None:
    deliver(tmp_path / "Mail", "1.a.host", inbound("<a@acme.example>"))
    (message,) = box.changes(None, NOW, senders=ACME).messages
    full = box.with_body(message)
    assert full.body == "Thanks Pat, we will decide by Friday.\n"
    assert full.id == message.id and full.thread_id == message.thread_id


def test_malformed_message_does_not_crash(box: LocalMailbox, tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    deliver(root, "1.junk.host", b"\xff\xfe\x00garbage\nno headers at all")
    deliver(
        root,
        "2.half.host",
        b"From: <<<\nDate: 99 Foo\nContent-Type: text/plain; charset=nope\n\n\xff",
    )
    deliver(root, "3.good.host", inbound("<good@acme.example>"))
    messages = (
        box.changes(None, NOW + timedelta(days=3650), senders=ACME).messages
        + box.changes(None, NOW, senders=ACME).messages
    )
    assert "<good@acme.example>" in {m.message_id for m in messages}
    for message in messages:
        box.with_body(message)


def test_me_is_the_configured_address(box: LocalMailbox) -> None:
    assert box.me() == ME


@pytest.mark.parametrize(("seconds_before", "counted"), [(300, True), (301, False)])
@freeze_time("2026-03-15 12:00:00")
def test_a_thread_message_sent_before_the_draft_is_not_its_sent_copy(
    box: LocalMailbox, tmp_path: Path, seconds_before: int, counted: bool
) -> None:
    thread = ThreadRef("<thank-you@home.example>", "<thank-you@home.example>")
    ref = box.create_draft(make_draft(message_id="<check-in@home.example>", thread=thread))
    sent_at = datetime(2026, 3, 15, 12, 0, tzinfo=UTC) - timedelta(seconds=seconds_before)
    other = mime.to_bytes(make_draft(message_id="<x@home.example>", thread=thread), date=sent_at)
    deliver(tmp_path / "Mail" / ".Sent", "1.x.host:2,S", other, subdir="cur")
    assert box.was_sent(ref) == (sent_at if counted else None)


@freeze_time("2026-03-15 12:00:00")
def test_draft_file_holds_exactly_the_built_message(box: LocalMailbox, tmp_path: Path) -> None:
    draft = make_draft(subject="Danke für das Gespräch — a long subject that has to be folded")
    box.create_draft(draft)
    (path,) = (tmp_path / "Mail" / ".Drafts" / "cur").iterdir()
    expected = mime.to_bytes(draft).replace(b"\r\n", b"\n")
    assert same_but_boundary(path.read_bytes(), expected)


def same_but_boundary(left: bytes, right: bytes) -> bool:
    """Equal once the random multipart boundaries are set aside."""
    boundary = re.compile(rb"=+\d+==")
    return boundary.sub(b"B", left) == boundary.sub(b"B", right)


def test_first_run_reads_what_writes_in_an_employers_name(
    box: LocalMailbox, tmp_path: Path
) -> None:
    """A screening service writing for the employer, and a reference service whose Reply-To is
    the employer's: both could be about the application, from addresses nobody knew."""
    root = tmp_path / "Mail"
    screening = inbound(
        "<bg@veritrack.example>",
        **{"From": "VeriTrack Screening on behalf of Acme Robotics <noreply@veritrack.example>"},
    )
    references = inbound(
        "<refs@vouch.example>",
        **{"From": "Vouch <no-reply@vouch.example>", "Reply-To": "hiring@acme.example"},
    )
    named_in_subject = inbound(
        "<subj@portal.example>",
        **{"From": "Portal <no-reply@portal.example>", "Subject": "Your Acme Robotics account"},
    )
    run_together = inbound(
        "<dom@acmerobotics.example>", **{"From": "Sam Lee <sam@acmerobotics.example>"}
    )
    first_word = inbound(  # a domain named for the first word, the name whole in its text
        "<word@kingsbury.example>", **{"From": "Jo Tran <jo.tran@kingsbury.edu.example>"}
    )
    encoded = inbound(  # a subject in RFC 2047's encoded words: "Waitākere University – …"
        "<enc@checks.example>",
        **{
            "From": "Checks <no-reply@checks.example>",
            "Subject": "=?utf-8?q?Wait=C4=81kere_University_=E2=80=93_background_check?=",
        },
    )
    folded = inbound(  # "Waitākere University" writes from waitakere.example
        "<fold@waitakere.example>", **{"From": "F Qureshi <f.qureshi@waitakere.example>"}
    )
    stranger = inbound("<news@shop.example>", **{"From": "Shop <deals@shop.example>"})
    every = (
        screening, references, named_in_subject, run_together, first_word, folded, encoded,
        stranger,
    )  # fmt: skip
    for number, raw in enumerate(every):
        deliver(root, f"177340000{number}.m{number}.host", raw)

    names = {"Acme Robotics", "Kingsbury University", "Waitākere University"}
    found = box.changes(None, NOW, senders=ACME, names=names).messages

    assert sorted(m.message_id for m in found) == [
        "<bg@veritrack.example>",
        "<dom@acmerobotics.example>",
        "<enc@checks.example>",
        "<fold@waitakere.example>",
        "<refs@vouch.example>",
        "<subj@portal.example>",
        "<word@kingsbury.example>",
    ]
