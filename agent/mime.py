"""MIME <-> domain: the one place that builds and reads RFC 5322 messages.

Both mail backends go through here: the local Maildir backend writes and reads
whole files, the Gmail backend sends `to_bytes` as a draft's raw form and maps
the metadata headers Gmail returns with `from_headers`. Keeping the mapping in
one module means a header is decoded, and a line break is refused, the same
way whichever backend saw it.

Mail is hostile input: nothing here raises on a malformed message. A bad date
becomes None, an unknown charset is read as UTF-8 with replacement characters,
a missing header is an empty string.
"""

from __future__ import annotations

import codecs
import email.errors
import email.policy
import email.utils
import functools
import html
import logging
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from email.headerregistry import Address as MimeAddress
from email.message import EmailMessage, Message
from email.parser import BytesParser

from agent.core.model import Address, Draft, MailMessage
from agent.errors import BadInput

log = logging.getLogger(__name__)

# SMTP policy: RFC 2047 encoded words for non-ASCII headers (utf8 off, so the
# message is plain 7-bit headers any server accepts) and CRLF line endings.
_POLICY = email.policy.SMTP

# Every character str.splitlines() treats as a line break, plus other controls:
# the email package refuses (or worse, honours) them inside a header value.
_LINE_BREAKS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]+")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender"})


def header_safe(value: str) -> str:
    """The value with every line break and control character replaced by a space.

    Applied before a value reaches a header, so a display name such as
    "Eve\\r\\nBcc: x@evil" stays text inside one header instead of adding another.
    """
    return _LINE_BREAKS.sub(" ", value).strip()


# --------------------------------------------------------------------------- building


def build(draft: Draft, *, date: datetime | None = None) -> EmailMessage:
    """The draft as a multipart/alternative message (text/plain and text/html).

    Only the headers a mail client writes itself: From, To, Subject, Date,
    Message-ID, the reply headers and MIME's own. Whatever is in the draft
    reaches the employer when the person sends it from any client, so the
    purpose key stays out; the Message-ID alone finds the draft again.

    `draft.html` is carried as given: the composer escapes it, this module does
    not know which parts of it are markup.
    """
    message = EmailMessage(policy=_POLICY)
    message["From"] = _mime_address(draft.sender)
    if draft.to:  # a printable letter has no recipient
        message["To"] = tuple(_mime_address(address) for address in draft.to)
    message["Subject"] = header_safe(draft.subject)
    message["Date"] = email.utils.format_datetime(_aware(date or datetime.now(UTC)))
    message["Message-ID"] = _bracketed(draft.message_id)
    if draft.thread is not None and draft.thread.message_id:
        parent = _bracketed(draft.thread.message_id)
        references = [_bracketed(ref) for ref in draft.thread.references if header_safe(ref)]
        if parent not in references:
            references.append(parent)
        message["In-Reply-To"] = parent
        message["References"] = " ".join(references)
    # Quoted-printable keeps the file 7-bit (any relay, any Maildir reader) and
    # still readable as text when someone opens it.
    message.set_content(draft.text, charset="utf-8", cte="quoted-printable")
    message.add_alternative(draft.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message


def to_bytes(draft: Draft, *, date: datetime | None = None) -> bytes:
    """The message as CRLF-terminated bytes: a Maildir file, or Gmail's `raw`."""
    return build(draft, date=date).as_bytes(policy=_POLICY)


def _mime_address(address: Address) -> MimeAddress:
    addr_spec = header_safe(address.email)
    try:
        return MimeAddress(display_name=header_safe(address.name), addr_spec=addr_spec)
    except (ValueError, IndexError, email.errors.HeaderParseError) as error:
        raise BadInput(f"not a usable e-mail address: {addr_spec!r} ({error})") from error


def _bracketed(message_id: str) -> str:
    clean = header_safe(message_id).replace(" ", "")
    return clean if clean.startswith("<") else f"<{clean}>"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- reading


def local_thread_id(message_id: str, in_reply_to: str, references: Iterable[str]) -> str:
    """The thread a message belongs to, from its own headers alone.

    The root of the References chain names the thread, so our draft, its sent
    copy and every reply to either share one id without an index of threads.
    """
    for reference in references:
        if reference:
            return reference
    return in_reply_to or message_id


def parse(
    raw: bytes,
    *,
    id: str,
    labels: frozenset[str] = frozenset(),
    thread_id: str | None = None,
    with_body: bool = True,
) -> MailMessage:
    """A whole message file as a MailMessage; never raises on malformed mail."""
    message = _structure(raw)
    headers: dict[str, str] = {}
    for name, value in message.raw_items():
        key = name.strip().lower()
        if key and key not in headers:
            headers[key] = _unsurrogate(str(value))
    content_types = tuple(part.get_content_type() for part in message.walk())
    body = _body_text(message) if with_body else None
    if body is not None:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return from_headers(
        headers,
        id=id,
        thread_id=thread_id,
        labels=labels,
        content_types=content_types,
        body=body,
    )


def from_headers(
    headers: Mapping[str, str],
    *,
    id: str,
    thread_id: str | None = None,
    labels: frozenset[str] = frozenset(),
    content_types: Iterable[str] = (),
    body: str | None = None,
) -> MailMessage:
    """The domain message from raw (or already decoded) header values.

    Names are matched case-insensitively; values are unfolded, RFC 2047 words
    decoded and line breaks removed. A missing `thread_id` is derived from the
    headers with `local_thread_id`.
    """
    raw_values: dict[str, str] = {}
    for name, value in headers.items():
        key = name.strip().lower()
        if key and key not in raw_values:
            raw_values[key] = _unfold(str(value))
    decoded = {key: _decode(key, value) for key, value in raw_values.items()}

    senders = _addresses("from", raw_values.get("from", ""))
    message_id = _first_message_id(raw_values.get("message-id", ""))
    in_reply_to = _first_message_id(raw_values.get("in-reply-to", ""))
    references = tuple(_MESSAGE_ID.findall(raw_values.get("references", "")))
    return MailMessage(
        id=id,
        thread_id=thread_id or local_thread_id(message_id, in_reply_to, references),
        message_id=message_id,
        sender=senders[0] if senders else Address(""),
        subject=decoded.get("subject", ""),
        date=_date(raw_values.get("date", "")),
        to=_addresses("to", raw_values.get("to", "")),
        in_reply_to=in_reply_to,
        references=references,
        labels=frozenset(labels),
        headers=decoded,
        content_types=tuple(content_types),
        body=body,
    )


def text_of(raw: bytes) -> str:
    """The plain text a message carries, with "\\n" line ends and no trailing blank.

    Used to compare a draft in the mailbox with what was written: the MIME
    encoder ends the body with a newline and mail clients may add more, which
    is not an edit by the person.
    """
    message = _structure(raw)
    return _normalise_text(_body_text(message) or "")


def _structure(raw: bytes) -> Message:
    """The message's parts, its headers kept raw.

    The compat32 policy: headers stay strings until `from_headers` decodes the
    ones it reads, where the default policy builds a parsed header object each
    time a part's Content-Type is looked at, most of the cost of reading mail.
    """
    return BytesParser(policy=email.policy.compat32).parsebytes(raw)


# Two encoded words with only white space between them (RFC 2047, 6.2: that space is not
# text): a long display name folded mid-word, "=?utf-8?q?Office_europ?=\n =?utf-8?q?=C3=A9en?=",
# which the registry's address parser would read as "Office europ éen".
_SPACE_BETWEEN_WORDS = re.compile(r"(?<=\?=)[ \t]+(?==\?[^?\s]+\?[bBqQ]\?)")


def _unfold(value: str) -> str:
    value = re.sub(r"\r?\n(?=[ \t])", "", value)
    if "=?" in value:
        value = _SPACE_BETWEEN_WORDS.sub("", value)
    return header_safe(value)


def _unsurrogate(value: str) -> str:
    """Undo the parser's surrogate escapes for 8-bit header bytes (read as UTF-8)."""
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeError:
        return value.encode("utf-8", "replace").decode("utf-8")


# Headers the registry parses by their own grammar (dates, addresses, MIME): always through it.
_STRUCTURED = frozenset(email.policy.default.header_factory.registry)


# (both remembered: a mailbox is read again each cycle and by `status`, and the registry's
# parsers are most of the cost of reading a message)
@functools.lru_cache(maxsize=8192)
def _decode(name: str, value: str) -> str:
    if name not in _STRUCTURED and value.isascii() and "=?" not in value:
        return header_safe(value)  # plain text, no encoded words: nothing to decode
    try:
        return header_safe(str(email.policy.default.header_factory(name, value)))
    except Exception:  # the header parser has many ways to fail on hostile input
        log.debug("header %s kept undecoded: %r", name, value)
        return value


_ANGLE_ADDRESS = re.compile(r"([^<>]*)<\s*([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)\s*>")


@functools.lru_cache(maxsize=8192)
def _addresses(name: str, value: str) -> tuple[Address, ...]:
    if not value:
        return ()
    try:
        parsed = email.policy.default.header_factory(name, value).addresses
        found = [(a.display_name, a.addr_spec) for a in parsed]
    except Exception:  # fall back to the lenient old parser
        found = email.utils.getaddresses([value])
    bracketed = _ANGLE_ADDRESS.fullmatch(_unfold(value).strip())
    if bracketed and not any("." in addr.rpartition("@")[2] for _, addr in found):
        # 'Wolf River Freightways @ icims <x@talent.icims.com>': an "@" left unquoted in
        # the display name; the address in angle brackets is the sender's
        found = [(bracketed.group(1).strip().strip('"'), bracketed.group(2))]
    return tuple(
        Address(email=header_safe(addr).lower(), name=header_safe(display or ""))
        for display, addr in found
        if addr and "@" in addr
    )


def _first_message_id(value: str) -> str:
    found = _MESSAGE_ID.search(value)
    return found.group(0) if found else value.strip()


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        log.debug("unreadable Date header: %r", value)
        return None
    try:  # at the ends of the calendar (year 9999 -0500) no arithmetic works: no date
        _aware(moment).astimezone(UTC)
    except OverflowError:
        log.debug("Date header out of range: %r", value)
        return None
    return _aware(moment)


# --------------------------------------------------------------------------- bodies


def _body_text(message: Message) -> str | None:
    """The first text/plain part that is not an attachment, else the HTML as text."""
    html_part: Message | None = None
    plain: str | None = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        content_type = part.get_content_type()
        if content_type == "text/plain" and plain is None:
            plain = _decoded_payload(part)
        if content_type == "text/html" and html_part is None:
            html_part = part
    html_text = html_to_text(_decoded_payload(html_part)) if html_part is not None else None
    return fuller_text(plain, html_text)


# "To view this message, please use an email client that supports HTML."
_STUB = re.compile(r"\b(?:view|read|see)\b.{0,60}\b(?:html|browser|web\s+version)\b", re.I | re.S)


def fuller_text(plain: str | None, html_text: str | None) -> str | None:
    """The plain part, unless it is a stub before the HTML ("please use an email client
    that supports HTML"): then what the HTML says, which is the message."""
    if plain is None or html_text is None:
        return plain if plain is not None else html_text
    words, html_words = len(plain.split()), len(html_text.split())
    if words < 40 and html_words > 3 * words and _STUB.search(plain):
        return html_text
    return plain


def _decoded_payload(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # broken transfer encodings: take the text as it stands
        payload = None
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    if isinstance(payload, str):
        return payload
    charset = part.get_content_charset() or "utf-8"
    if charset.lower().replace("_", "-") in ("utf-8", "utf8", "us-ascii", "ascii"):
        # a body labelled UTF-8 (or ASCII) with Windows-1252 bytes in it, as some mailers
        # still send Spanish: "Quer=EDa" is "Quería", not "Quer\ufffda" (each byte that is no
        # UTF-8 is read as Windows-1252; the rest stays UTF-8)
        return payload.decode("utf-8", _CP1252_FOR_STRAY_BYTES)
    try:
        return payload.decode(charset, "replace")
    except (LookupError, ValueError):
        return payload.decode("utf-8", "replace")


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.end]
    return bytes(stray).decode("cp1252", "replace"), error.end


_CP1252_FOR_STRAY_BYTES = "followup-cp1252"
codecs.register_error(_CP1252_FOR_STRAY_BYTES, _cp1252_bytes)


_DROPPED_ELEMENTS = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAKING_TAGS = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")


def html_to_text(markup: str) -> str:
    """A crude text rendering of HTML, good enough to classify a reply."""
    text = _DROPPED_ELEMENTS.sub("", markup)
    text = _BREAKING_TAGS.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text)
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _normalise_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
