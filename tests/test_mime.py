"""MIME building and reading: round trips, hostile header values, malformed mail."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta, timezone

import pytest

from agent import mime
from agent.core.model import Address, Draft, ThreadRef
from agent.errors import BadInput

SENT_AT = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)
NEW_YORK_WINTER = timezone(timedelta(hours=-5))


def make_draft(**changes: object) -> Draft:
    fields: dict[str, object] = {
        "key": "thank-you:evt-123:jane@acme.example",
        "sender": Address("me@home.example", "Pat Candidate"),
        "to": (Address("jane@acme.example", "Jane Doe"),),
        "subject": "Thank you for today",
        "text": "Dear Jane,\n\nThank you for the conversation.\n\nPat",
        "html": "<p>Dear Jane,</p><p>Thank you for the conversation.</p><p>Pat</p>",
        "message_id": "<5f0c9a8e-3b1d-4c2a-9e7f-0a1b2c3d4e5f@home.example>",
    }
    fields.update(changes)
    return Draft(**fields)  # type: ignore[arg-type]


def header_names(raw: bytes) -> list[str]:
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    return [name.lower() for name in parsed]


# --------------------------------------------------------------------------- build


def test_round_trip_keeps_every_field() -> None:
    draft = make_draft()
    raw = mime.to_bytes(draft, date=SENT_AT)
    parsed = mime.parse(raw, id="m1", labels=frozenset({"DRAFT"}))

    assert parsed.id == "m1"
    assert parsed.message_id == draft.message_id
    assert parsed.thread_id == draft.message_id  # a new thread is named by its first message
    assert parsed.sender == Address("me@home.example", "Pat Candidate")
    assert parsed.to == (Address("jane@acme.example", "Jane Doe"),)
    assert parsed.subject == "Thank you for today"
    assert parsed.date == SENT_AT
    assert parsed.labels == frozenset({"DRAFT"})
    assert parsed.content_types == ("multipart/alternative", "text/plain", "text/html")
    assert parsed.body is not None and parsed.body.rstrip() == draft.text
    assert mime.text_of(raw) == draft.text


def test_message_is_crlf_and_seven_bit() -> None:
    raw = mime.to_bytes(make_draft(text="Grüße, Zoë — thanks"), date=SENT_AT)
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    raw.decode("ascii")  # headers encoded, bodies transfer-encoded


def test_both_parts_are_utf8() -> None:
    message = mime.build(make_draft(), date=SENT_AT)
    parts = [part for part in message.walk() if not part.is_multipart()]
    assert [part.get_content_type() for part in parts] == ["text/plain", "text/html"]
    assert [part.get_content_charset() for part in parts] == ["utf-8", "utf-8"]


def test_non_ascii_names_and_subject_survive() -> None:
    draft = make_draft(
        sender=Address("me@home.example", "Zoë Ångström"),
        to=(Address("jorg@acme.example", "Jörg Müller, PhD"), Address("li@acme.example", "李雷")),
        subject="Danke für das Gespräch — 面试",
        text="Lieber Jörg,\n\nvielen Dank.",
    )
    raw = mime.to_bytes(draft, date=SENT_AT)
    parsed = mime.parse(raw, id="m2")
    assert parsed.sender.name == "Zoë Ångström"
    assert parsed.to == (
        Address("jorg@acme.example", "Jörg Müller, PhD"),
        Address("li@acme.example", "李雷"),
    )
    assert parsed.subject == "Danke für das Gespräch — 面试"
    assert mime.text_of(raw) == "Lieber Jörg,\n\nvielen Dank."


@pytest.mark.parametrize(
    "field, hostile",
    [
        ("name", "Eve\r\nBcc: x@evil.example"),
        ("subject", "Thanks\r\nBcc: x@evil.example"),
        ("subject", "Thanks\u2028Bcc: x@evil.example"),
    ],
)
def test_line_breaks_never_add_a_header(field: str, hostile: str) -> None:
    if field == "name":
        draft = make_draft(to=(Address("jane@acme.example", hostile),))
    else:
        draft = make_draft(**{field: hostile})
    raw = mime.to_bytes(draft, date=SENT_AT)

    assert "bcc" not in header_names(raw)
    parsed = mime.parse(raw, id="m3")
    assert "bcc" not in parsed.headers
    survived = {
        "name": parsed.to[0].name if parsed.to else "",
        "subject": parsed.subject,
    }[field]
    assert "Bcc: x@evil.example" in survived
    assert "\r" not in survived and "\n" not in survived


def test_html_part_is_carried_as_given() -> None:
    escaped = "<p>We spoke about &lt;script&gt; tags &amp; Q&amp;A</p>"
    message = mime.build(make_draft(html=escaped), date=SENT_AT)
    html_part = message.get_body(preferencelist=("html",))
    assert html_part is not None
    assert html_part.get_content().rstrip("\r\n") == escaped


def test_reply_headers_name_the_parent_and_its_chain() -> None:
    thread = ThreadRef(
        thread_id="<root@acme.example>",
        message_id="<second@home.example>",
        references=("<root@acme.example>",),
    )
    raw = mime.to_bytes(make_draft(thread=thread), date=SENT_AT)
    parsed = mime.parse(raw, id="m4")
    assert parsed.in_reply_to == "<second@home.example>"
    assert parsed.references == ("<root@acme.example>", "<second@home.example>")
    assert parsed.thread_id == "<root@acme.example>"


def test_printable_letter_has_no_recipient() -> None:
    raw = mime.to_bytes(make_draft(to=(), printable=True), date=SENT_AT)
    assert "to" not in header_names(raw)
    assert mime.parse(raw, id="m5").to == ()


def test_unusable_address_is_bad_input() -> None:
    with pytest.raises(BadInput):
        mime.build(make_draft(to=(Address("not an address at all"),)), date=SENT_AT)


def test_naive_date_is_read_as_utc() -> None:
    raw = mime.to_bytes(make_draft(), date=datetime(2026, 3, 10, 14, 30))
    assert mime.parse(raw, id="m6").date == SENT_AT


# --------------------------------------------------------------------------- parse


def test_local_thread_id_prefers_the_root_of_the_chain() -> None:
    assert mime.local_thread_id("<c>", "<b>", ("<a>", "<b>")) == "<a>"
    assert mime.local_thread_id("<c>", "<b>", ()) == "<b>"
    assert mime.local_thread_id("<c>", "", ()) == "<c>"


def test_encoded_and_folded_headers_are_decoded() -> None:
    raw = (
        b"From: =?utf-8?q?Jane_D=C3=B6e?= <Jane@ACME.example>\r\n"
        b"To: me@home.example\r\n"
        b"Subject: =?utf-8?b?UmU6IFRoYW5rIHlvdSDigJQgbmV4dCBzdGVwcw==?=\r\n"
        b"Date: Tue, 10 Mar 2026 09:30:00 -0500\r\n"
        b"Message-ID: <r1@acme.example>\r\n"
        b"References: <root@home.example>\r\n <mid@acme.example>\r\n"
        b"Auto-Submitted: auto-replied\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"\r\n"
        b"Hello\r\n"
    )
    parsed = mime.parse(raw, id="r1")
    assert parsed.sender == Address("jane@acme.example", "Jane Döe")
    assert parsed.subject == "Re: Thank you — next steps"
    assert parsed.date == datetime(2026, 3, 10, 9, 30, tzinfo=NEW_YORK_WINTER)
    assert parsed.references == ("<root@home.example>", "<mid@acme.example>")
    assert parsed.thread_id == "<root@home.example>"
    assert parsed.headers["auto-submitted"] == "auto-replied"
    assert parsed.headers["content-type"].startswith("text/plain")
    assert parsed.body == "Hello\n"


def test_without_body_reads_headers_only() -> None:
    raw = mime.to_bytes(make_draft(), date=SENT_AT)
    assert mime.parse(raw, id="m", with_body=False).body is None


def test_explicit_thread_id_wins() -> None:
    raw = mime.to_bytes(make_draft(), date=SENT_AT)
    assert mime.parse(raw, id="m", thread_id="gmail-thread-9").thread_id == "gmail-thread-9"


def test_html_only_mail_is_read_as_text() -> None:
    raw = (
        b"From: hr@acme.example\r\nSubject: Offer\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{color:red}</style></head><body>"
        b"<p>We are happy to extend an <b>offer</b> &amp; more.</p><p>Regards</p>"
        b"<script>alert(1)</script></body></html>"
    )
    parsed = mime.parse(raw, id="h1")
    assert parsed.body == "We are happy to extend an offer & more.\nRegards"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"garbage without headers",
        b"From: \r\nDate: not a date\r\nSubject:\r\n\r\nbody",
        b"Date: Tue, 99 Foo 2026 99:99:99 +9999\r\nFrom: <<<>>>\r\n\r\n",
        b"From: a@b.example\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\n\xff\xfe",
        b"From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!",
        b"From: \xff\xfe Bad <bad@b.example>\r\nSubject: caf\xc3\xa9 \xff\r\n\r\nx",
        b"Content-Type: multipart/mixed; boundary=zzz\r\n\r\n--zzz\r\nno end",
    ],
)
def test_malformed_mail_degrades_instead_of_crashing(raw: bytes) -> None:
    parsed = mime.parse(raw, id="bad")
    assert parsed.id == "bad"
    assert isinstance(parsed.subject, str)
    assert parsed.date is None or parsed.date.tzinfo is not None
    assert isinstance(mime.text_of(raw), str)


def test_bad_date_is_none_and_unknown_charset_still_gives_text() -> None:
    raw = (
        b"From: a@b.example\r\nDate: yesterday-ish\r\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nplain words"
    )
    parsed = mime.parse(raw, id="x")
    assert parsed.date is None
    assert parsed.body == "plain words"


def test_from_headers_maps_gmail_metadata() -> None:
    parsed = mime.from_headers(
        {
            "From": "Jane Doe <JANE@acme.example>",
            "To": "Pat <me@home.example>",
            "Subject": "Re: Thank you",
            "Date": "Wed, 11 Mar 2026 10:00:00 +0000",
            "Message-ID": "<r2@acme.example>",
            "In-Reply-To": "<followup.abc123@home.example>",
            "List-Id": "<news.acme.example>",
        },
        id="g1",
        thread_id="t-77",
        labels=frozenset({"INBOX"}),
        content_types=("text/plain",),
    )
    assert parsed.sender == Address("jane@acme.example", "Jane Doe")
    assert parsed.thread_id == "t-77"
    assert parsed.in_reply_to == "<followup.abc123@home.example>"
    assert parsed.headers["list-id"] == "<news.acme.example>"
    assert parsed.date == datetime(2026, 3, 11, 10, 0, tzinfo=UTC)
    assert parsed.body is None


# --------------------------------------------------------------------------- nothing private


# What a mail client writes in a new message or a reply: Thunderbird, mutt and
# Gmail all write this set (RFC 5322 section 3.6, RFC 2045 for the MIME ones).
CLIENT_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
}
REPLY_HEADERS = {"in-reply-to", "references"}


def every_header(raw: bytes) -> set[str]:
    """Header names of the message and of every MIME part."""
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    return {name.lower() for part in parsed.walk() for name in part}


def test_a_draft_carries_only_what_a_mail_client_writes() -> None:
    draft = make_draft(key="thanks/evt-123@calendar/jane@acme.example")
    raw = mime.to_bytes(draft, date=SENT_AT)

    assert every_header(raw) <= CLIENT_HEADERS
    assert b"evt-123" not in raw and b"thanks/" not in raw
    assert b"followup" not in raw.lower()


def test_a_reply_draft_adds_only_the_reply_headers() -> None:
    thread = ThreadRef("<t@acme.example>", "<t@acme.example>", ("<t@acme.example>",))
    raw = mime.to_bytes(make_draft(thread=thread), date=SENT_AT)

    assert every_header(raw) <= CLIENT_HEADERS | REPLY_HEADERS
    assert every_header(raw) >= REPLY_HEADERS


def test_a_hostile_key_never_reaches_the_message() -> None:
    raw = mime.to_bytes(make_draft(key="k\nBcc: x@evil.example"), date=SENT_AT)

    assert "bcc" not in header_names(raw)
    assert b"evil" not in raw


def test_an_at_sign_left_unquoted_in_a_display_name_keeps_the_bracketed_address() -> None:
    raw = (
        b"From:\r\n Acme Freight @ icims <acme+autoreply@talent.icims.com>\r\n"
        b"To: casey@example.com\r\nSubject: Your application\r\n"
        b"Message-ID: <1@x>\r\nDate: Thu, 03 Dec 2026 07:45:00 -0600\r\n\r\nHello"
    )
    sender = mime.parse(raw, id="m").sender
    assert sender.email == "acme+autoreply@talent.icims.com"
    assert sender.name == "Acme Freight @ icims"
