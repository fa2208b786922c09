"""GoogleMailbox against the Google fake, through the real google-api-python-client."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent import mime
from agent.backends.google import GoogleBackend, open_google
from agent.core.model import Address, Draft, DraftRef, ThreadRef
from tests.fake_google import FakeGoogle, compose_raw
from tests.fake_google.fixture import fake_google as fake_google_fixture  # noqa: F401
from tests.fake_google.fixture import write_google_files

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
SENDERS = frozenset({"acme.example"})  # the people met, as the cycle passes them
OWNER = "casey@example.com"
JANE = "Jane Doe <jane@acme.example>"


@pytest.fixture
def fake(fake_google: FakeGoogle) -> FakeGoogle:
    """The fake with its mailbox clock stopped at NOW, so look-backs are reproducible."""
    fake_google.gmail.clock = lambda: NOW
    return fake_google


def open_backend(tmp_path: Path, fake: FakeGoogle, me_email: str | None = None) -> GoogleBackend:
    credentials, token = write_google_files(tmp_path, fake)
    return open_google(
        credentials=credentials,
        token=token,
        api_endpoint=fake.url,
        calendars=["primary"],
        reminder_calendar="primary",
        me_email=me_email,
        sleep=lambda seconds: None,
    )


def thank_you(message_id: str = "<thanks-acme-1@followup.local>", **fields: object) -> Draft:
    values: dict = {
        "key": "thank-you:acme:jane",
        "sender": Address(OWNER, "Casey Candidate"),
        "to": (Address("jane@acme.example", "Jane Doe"),),
        "subject": "Thank you for today",
        "text": "Dear Jane,\n\nThank you for your time today.\n\nCasey",
        "html": "<p>Dear Jane,</p><p>Thank you for your time today.</p><p>Casey</p>",
        "message_id": message_id,
    }
    values.update(fields)
    return Draft(**values)


def calls(fake: FakeGoogle) -> list[str]:
    return [f"{request.method} {request.path}" for request in fake.requests]


# --------------------------------------------------------------------------- reading


def test_me_comes_from_the_profile_or_the_configuration(tmp_path, fake):
    assert open_backend(tmp_path, fake).mailbox.me() == Address(OWNER)

    fake.reset_counters()
    configured = open_backend(tmp_path, fake, me_email="Casey@Work.example").mailbox
    assert configured.me() == Address("casey@work.example")
    assert fake.requests == []


def test_the_first_cycle_looks_back_sixty_days_at_mail_from_the_people_met(tmp_path, fake):
    recent = fake.gmail.deliver(
        (JANE, OWNER, "Next steps", "Hi Casey, thanks again."),
        received_at=NOW - timedelta(days=3),
    )
    fake.gmail.deliver((JANE, OWNER, "Long ago", "Old news."), received_at=NOW - timedelta(days=61))
    fake.gmail.deliver(
        ("Shop <deals@shop.example>", OWNER, "Sale", "50% off"), received_at=NOW - timedelta(days=1)
    )
    fake.gmail.deliver(
        (OWNER, JANE, "Re: Next steps", "Thanks!"),
        received_at=NOW - timedelta(days=2),
        labels=("SENT",),
    )
    fake.gmail.deliver((JANE, OWNER, "Archived", "x"), received_at=NOW, labels=("CATEGORY_X",))
    mailbox = open_backend(tmp_path, fake).mailbox
    mailbox.create_draft(thank_you())

    changes = mailbox.changes(None, NOW, senders={"acme.example", "bad) OR (x"})

    # Only mail from the interviews' people: the cost follows them, not the mailbox.
    assert {m.id for m in changes.messages} == {recent}
    assert changes.touched_threads is None  # a look-back cannot tell which drafts moved
    reply = changes.messages[0]
    assert reply.sender == Address("jane@acme.example", "Jane Doe")
    assert reply.subject == "Next steps"
    assert reply.labels == frozenset({"INBOX", "UNREAD"})
    assert reply.date == NOW - timedelta(days=3)
    assert reply.body is None
    searches = [r.query["q"][0] for r in fake.requests if r.path == "/gmail/v1/users/me/messages"]
    assert searches == ["newer_than:60d -in:drafts from:acme.example"]  # hostile term dropped
    metadata = [r for r in fake.requests if r.path.startswith("/gmail/v1/users/me/messages/")]
    assert all(r.query["format"] == ["metadata"] for r in metadata)


def test_the_first_look_back_also_searches_each_employers_name(tmp_path, fake):
    """A screening or reference service writes in the employer's name from its own domain."""
    screening = fake.gmail.deliver(
        ("VeriTrack on behalf of Acme Robotics <noreply@veritrack.example>", OWNER,
         "Complete your background check", "Acme Robotics has requested a screening."),
        received_at=NOW - timedelta(days=2),
    )  # fmt: skip
    fake.gmail.deliver(
        ("Shop <deals@shop.example>", OWNER, "Sale", "50% off"), received_at=NOW - timedelta(days=1)
    )
    mailbox = open_backend(tmp_path, fake).mailbox

    changes = mailbox.changes(
        None, NOW, senders={"acme.example"}, names={"Acme Robotics", 'x") OR ("y', "Ab"}
    )

    assert {m.id for m in changes.messages} == {screening}
    searches = [r.query["q"][0] for r in fake.requests if r.path == "/gmail/v1/users/me/messages"]
    assert searches == [
        "newer_than:60d -in:drafts from:acme.example",
        'newer_than:60d -in:drafts "Acme Robotics"',
        'newer_than:60d -in:drafts "x OR y"',  # nothing that ends the quote; too short: none
    ]


def test_every_tracking_system_is_asked_for_in_searches_short_enough_for_a_get(tmp_path, fake):
    """Past about 2,000 characters the client library would turn a search into a POST."""
    from agent.core.senders import TRACKING_DOMAINS

    mailbox = open_backend(tmp_path, fake).mailbox
    mailbox.changes(None, NOW, senders={"acme.example", *TRACKING_DOMAINS})

    searches = [r.query["q"][0] for r in fake.requests if r.path == "/gmail/v1/users/me/messages"]
    asked = {t for q in searches for t in q.partition("from:(")[2].rstrip(")").split(" OR ")}
    assert asked - {""} == set(TRACKING_DOMAINS)
    assert all(len(q) < 1400 for q in searches)


def test_a_first_cycle_with_no_interviews_reads_no_mail(tmp_path, fake):
    fake.gmail.add_many(50)
    mailbox = open_backend(tmp_path, fake).mailbox
    fake.reset_counters()

    changes = mailbox.changes(None, NOW)

    assert changes.messages == ()
    assert [r.path for r in fake.requests] == ["/gmail/v1/users/me/profile"]


def test_an_idle_cycle_is_one_history_request(tmp_path, fake):
    fake.gmail.add_many(40)
    mailbox = open_backend(tmp_path, fake).mailbox
    first = mailbox.changes(None, NOW)

    fake.reset_counters()
    idle = mailbox.changes(first.cursor, NOW + timedelta(minutes=10))

    assert idle.messages == ()
    assert idle.touched_threads == frozenset()
    assert calls(fake) == ["GET /gmail/v1/users/me/history"]
    assert fake.quota_units == 2


def test_a_reply_appears_once_with_its_thread_touched(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ref = mailbox.create_draft(thank_you())
    fake.gmail.user_sends_draft(ref.draft_id)
    first = mailbox.changes(None, NOW, senders={OWNER})
    sent_copy = next(m for m in first.messages if "SENT" in m.labels)

    reply_id = fake.gmail.deliver(
        (JANE, OWNER, "Re: Thank you for today", "We'd like you back for a second round."),
        in_reply_to_message_id=sent_copy.id,
    )
    second = mailbox.changes(first.cursor, NOW + timedelta(hours=1))
    third = mailbox.changes(second.cursor, NOW + timedelta(hours=2))

    (reply,) = second.messages
    assert reply.id == reply_id
    assert reply.thread_id == ref.thread_id
    assert reply.in_reply_to == "<thanks-acme-1@followup.local>"
    assert second.touched_threads == frozenset({ref.thread_id})
    assert third.messages == () and third.touched_threads == frozenset()


def test_a_message_moved_into_the_inbox_is_read(tmp_path, fake):
    archived = fake.gmail.deliver((JANE, OWNER, "Offer", "We are pleased"), labels=("UNREAD",))
    mailbox = open_backend(tmp_path, fake).mailbox
    first = mailbox.changes(None, NOW)
    assert first.messages == ()

    fake.gmail.modify_labels(archived, add=["INBOX"])
    fake.gmail.modify_labels(archived, remove=["UNREAD"])
    later = mailbox.changes(first.cursor, NOW)

    assert [m.id for m in later.messages] == [archived]


def test_a_stale_history_id_gets_a_bounded_rescan_not_a_crash(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    first = mailbox.changes(None, NOW - timedelta(days=2), senders=SENDERS)
    fake.gmail.deliver((JANE, OWNER, "Too old to matter", "x"), received_at=NOW - timedelta(days=3))
    missed = fake.gmail.deliver(
        (JANE, OWNER, "While history expired", "x"), received_at=NOW - timedelta(days=1)
    )
    fake.gmail.expire_history_before(fake.gmail.history_id)

    fake.reset_counters()
    rescan = mailbox.changes(first.cursor, NOW, senders=SENDERS)

    assert [m.id for m in rescan.messages] == [missed]
    assert rescan.touched_threads is None
    search = next(r for r in fake.requests if r.path == "/gmail/v1/users/me/messages")
    after = int((NOW - timedelta(days=2)).timestamp())
    assert search.query["q"] == [f"after:{after} -in:drafts from:acme.example"]
    # The next cycle is incremental again.
    fake.reset_counters()
    assert mailbox.changes(rescan.cursor, NOW).messages == ()
    assert calls(fake) == ["GET /gmail/v1/users/me/history"]


def test_with_body_reads_the_plain_text_or_the_html(tmp_path, fake):
    plain = fake.gmail.deliver((JANE, OWNER, "Plain", "Café at 10?\nBest, Jane"))
    html_only = fake.gmail.deliver(
        "\r\n".join(
            [
                "From: jane@acme.example",
                f"To: {OWNER}",
                "Subject: Html",
                "Message-ID: <html-1@acme.example>",
                "Content-Type: text/html; charset=utf-8",
                "",
                "<p>We&#39;d like to <b>offer</b> you</p><script>x()</script>",
            ]
        ).encode()
    )
    mailbox = open_backend(tmp_path, fake).mailbox
    messages = {m.id: m for m in mailbox.changes(None, NOW, senders=SENDERS).messages}

    assert mailbox.with_body(messages[plain]).body == "Café at 10?\nBest, Jane\n"
    assert mailbox.with_body(messages[html_only]).body == "We'd like to offer you"
    assert fake.requests[-1].query["format"] == ["full"]


def test_with_body_of_a_deleted_message_is_empty(tmp_path, fake):
    message_id = fake.gmail.deliver((JANE, OWNER, "Gone soon", "x"))
    mailbox = open_backend(tmp_path, fake).mailbox
    (message,) = mailbox.changes(None, NOW, senders=SENDERS).messages
    fake.gmail.delete_message(message_id)

    assert mailbox.with_body(message).body == ""


# --------------------------------------------------------------------------- drafts


def test_create_find_and_read_a_draft(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox

    ref = mailbox.create_draft(thank_you())

    (stored,) = fake.gmail.drafts()
    assert ref.draft_id == stored.id
    assert ref.message_id == "<thanks-acme-1@followup.local>"
    assert ref.thread_id == stored.message.thread_id
    assert ref.link == f"https://mail.google.com/mail/#drafts?compose={stored.message.id}"
    assert stored.message.rfc822_id == "thanks-acme-1@followup.local"
    assert mailbox.find_draft("<thanks-acme-1@followup.local>") == ref
    assert mailbox.find_draft("thanks-acme-1@followup.local").draft_id == ref.draft_id
    assert mailbox.find_draft("<nothing@followup.local>") is None
    assert mailbox.draft_text(ref) == thank_you().text


def test_a_gmail_draft_carries_no_header_of_ours(tmp_path, fake):
    """What Gmail stores is what the employer receives when the person sends it."""
    mailbox = open_backend(tmp_path, fake).mailbox
    mailbox.create_draft(thank_you(key="thanks/acme-1@calendar/jane@acme.example"))

    (stored,) = fake.gmail.drafts()
    head = stored.message.raw.split(b"\r\n\r\n", 1)[0].lower()
    assert b"\r\nx-" not in head and not head.startswith(b"x-")
    assert b"acme-1@calendar" not in stored.message.raw


def test_update_keeps_the_draft_and_its_thread(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ref = mailbox.create_draft(thank_you())

    updated = mailbox.update_draft(ref, thank_you(text="Dear Jane,\n\nThanks again.\n\nCasey"))

    assert updated.draft_id == ref.draft_id
    assert updated.thread_id == ref.thread_id
    assert len(fake.gmail.drafts()) == 1
    assert mailbox.draft_text(updated) == "Dear Jane,\n\nThanks again.\n\nCasey"


def test_a_check_in_is_threaded_to_the_sent_thank_you(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    thanks = mailbox.create_draft(thank_you())
    fake.gmail.user_sends_draft(thanks.draft_id)

    check_in = thank_you(
        "<check-in-acme-1@followup.local>",
        key="check-in:acme:1",
        subject="Re: Thank you for today",
        text="Dear Jane,\n\nIs there any news?\n\nCasey",
        thread=ThreadRef(thanks.thread_id, thanks.message_id),
    )
    ref = mailbox.create_draft(check_in)

    assert ref.thread_id == thanks.thread_id
    draft_message = fake.gmail.drafts()[0].message.email
    assert draft_message["In-Reply-To"] == "<thanks-acme-1@followup.local>"


def test_an_edited_draft_reads_differently(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ref = mailbox.create_draft(thank_you())

    fake.gmail.user_edits_draft(ref.draft_id, "Dear Jane, thank you! I loved the team.")

    assert mailbox.draft_text(ref) == "Dear Jane, thank you! I loved the team."
    assert mailbox.was_sent(ref) is None


def test_a_deleted_draft_reads_as_none(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ref = mailbox.create_draft(thank_you())

    fake.gmail.user_deletes_draft(ref.draft_id)

    assert mailbox.draft_text(ref) is None
    assert mailbox.was_sent(ref) is None
    assert mailbox.find_draft(ref.message_id) is None
    mailbox.delete_draft(ref)  # already gone: fine


def test_a_sent_draft_is_detected_with_its_time(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ref = mailbox.create_draft(thank_you())
    assert mailbox.was_sent(ref) is None

    fake.gmail.user_sends_draft(ref.draft_id)

    assert mailbox.draft_text(ref) is None
    assert mailbox.was_sent(ref) == NOW  # when Gmail stored the sent copy, not the draft's Date


def test_a_sent_copy_with_a_new_message_id_counts_only_when_newer(tmp_path, fake):
    """A client may rewrite Message-ID on sending: a newer SENT message in the thread counts."""
    mailbox = open_backend(tmp_path, fake).mailbox
    thanks = mailbox.create_draft(thank_you())
    fake.gmail.user_sends_draft(thanks.draft_id)
    check_in = mailbox.create_draft(
        thank_you(
            "<check-in-acme-1@followup.local>",
            thread=ThreadRef(thanks.thread_id, thanks.message_id),
        )
    )

    # The person deletes the check-in: the older sent thank-you must not count as its sending.
    fake.gmail.user_deletes_draft(check_in.draft_id)
    assert mailbox.was_sent(check_in) is None

    # The person writes their own check-in in the thread instead.
    fake.gmail.deliver(
        compose_raw(OWNER, JANE, "Re: Thank you for today", "Any news?"),
        thread_id=thanks.thread_id,
        received_at=NOW + timedelta(days=7),
        labels=("SENT",),
    )
    assert mailbox.was_sent(check_in) is not None
    # With the draft's own time known, the same rule is applied by date.
    assert mailbox.was_sent(check_in, since=NOW + timedelta(days=8)) is None


def test_deleting_a_draft_we_wrote(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ref = mailbox.create_draft(thank_you())

    mailbox.delete_draft(ref)

    assert fake.gmail.drafts() == []
    assert mailbox.draft_text(ref) is None


def test_nothing_is_ever_sent(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ref = mailbox.create_draft(thank_you())
    mailbox.update_draft(ref, thank_you(text="changed"))
    mailbox.delete_draft(ref)

    assert not any(r.path.endswith("/send") for r in fake.requests)
    assert fake.gmail.messages("SENT") == []


def test_a_draft_reference_for_a_missing_thread_is_not_sent(tmp_path, fake):
    mailbox = open_backend(tmp_path, fake).mailbox
    ghost = DraftRef(draft_id="r1", message_id="<x@y>", thread_id="ffff", link="")

    assert mailbox.was_sent(ghost) is None
    assert mailbox.draft_text(ghost) is None


STUB_AND_HTML = "\r\n".join(
    [
        "From: jane@acme.example",
        f"To: {OWNER}",
        "Subject: Your application",
        "Message-ID: <stub-1@acme.example>",
        'Content-Type: multipart/alternative; boundary="b"',
        "",
        "--b",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "To view this message, please use an email client that supports HTML.",
        "--b",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>Dear Casey,</p><p>Thank you for your interest in the Field Service Engineer role "
        "at Acme Instruments. Unfortunately, we will not be moving forward with your "
        "application, as we have identified candidates whose experience more closely aligns "
        "with our current requirements.</p><p>Kind regards,<br>Acme Talent Team</p>",
        "--b--",
        "",
    ]
).encode()


def test_a_plain_part_that_only_points_to_the_html_gives_way_to_it(tmp_path, fake):
    message_id = fake.gmail.deliver(STUB_AND_HTML)
    mailbox = open_backend(tmp_path, fake).mailbox
    messages = {m.id: m for m in mailbox.changes(None, NOW, senders=SENDERS).messages}

    body = mailbox.with_body(messages[message_id]).body
    assert "not be moving forward" in body and "email client" not in body
    parsed = mime.parse(STUB_AND_HTML, id="local")  # the Maildir backend reads it alike
    assert "not be moving forward" in (parsed.body or "")
