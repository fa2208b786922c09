"""Messages of the Gmail fake: the stored form, building test mail, Gmail's JSON views, search."""

from __future__ import annotations

import base64
import dataclasses
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from .common import ApiError, Json, Params, one

_PARSER = BytesParser(policy=policy.default)


@dataclass(slots=True)
class StoredMessage:
    id: str
    thread_id: str
    raw: bytes
    label_ids: list[str]
    internal_date: int  # epoch milliseconds, as Gmail counts
    history_id: int
    order: int
    rfc822_id: str  # Message-ID without angle brackets, lower-cased

    @property
    def email(self) -> EmailMessage:
        return _PARSER.parsebytes(self.raw)  # type: ignore[return-value]

    def snapshot(self) -> StoredMessage:
        """A copy for tests to hold, safe from later label changes."""
        return dataclasses.replace(self, label_ids=list(self.label_ids))

    @property
    def sort_key(self) -> tuple[int, int]:
        return (self.internal_date, self.order)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


def unb64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        raise ApiError(400, "Invalid value for ByteString", "invalidArgument") from None


def compose_raw(
    from_: str,
    to: str,
    subject: str,
    body: str,
    *,
    date: datetime | None = None,
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """Build the bytes of a plain-text message the way a mail client would."""
    message = EmailMessage()
    message["From"] = from_
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date or datetime.now().astimezone())
    message["Message-ID"] = message_id or make_msgid(
        domain=from_.rsplit("@", 1)[-1].strip(">") or None
    )
    for name, value in (headers or {}).items():
        del message[name]  # a given header replaces the default one
        message[name] = value
    message.set_content(body)
    return message.as_bytes(policy=policy.SMTP)


def render_message(stored: StoredMessage, params: Params) -> Json:
    """One message in the requested format (full, metadata, minimal, raw), like messages.get."""
    fmt = one(params, "format", "full")
    parsed = stored.email
    body: Json = {
        "id": stored.id,
        "threadId": stored.thread_id,
        "labelIds": list(stored.label_ids),
        "snippet": snippet(parsed),
        "sizeEstimate": len(stored.raw),
        "historyId": str(stored.history_id),
        "internalDate": str(stored.internal_date),
    }
    if fmt == "raw":
        body["raw"] = b64url(stored.raw)
    elif fmt == "metadata":
        wanted = {h.lower() for h in params.get("metadataHeaders", [])}
        headers = [
            {"name": k, "value": str(v)}
            for k, v in parsed.items()
            if not wanted or k.lower() in wanted
        ]
        body["payload"] = {"mimeType": parsed.get_content_type(), "headers": headers}
    elif fmt == "full":
        body["payload"] = part_json(parsed, "")
    elif fmt != "minimal":
        raise ApiError(400, f"Invalid value at 'format' ({fmt})", "invalidArgument")
    return body


def rewrite_body(raw: bytes, new_text: str) -> bytes:
    """The same headers with a new body, as Gmail's editor saves it (plain and HTML)."""
    old = _PARSER.parsebytes(raw)
    edited = EmailMessage()
    for name, value in old.items():
        if not name.lower().startswith("content-") and name.lower() != "mime-version":
            edited[name] = value
    edited.set_content(new_text)
    escaped = new_text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    edited.add_alternative(f'<div dir="ltr">{escaped}</div>', subtype="html")
    return edited.as_bytes(policy=policy.SMTP)


def with_header(raw: bytes, name: str, value: str) -> bytes:
    """Prepend a header unless the message already has one of that name."""
    if _PARSER.parsebytes(raw, headersonly=True).get(name) is not None:
        return raw
    return f"{name}: {value}\r\n".encode() + raw


def bulk_raw(number: int, owner_email: str, internal_ms: int) -> tuple[str, bytes]:
    """A cheap ordinary newsletter (Message-ID, bytes) for filling big mailboxes."""
    stamp = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(internal_ms // 1000))
    rfc_id = f"bulk-{number}@news.example.org"
    sender = f"news{number % 97}@news.example.org"
    raw = (
        f"From: News <{sender}>\r\nTo: {owner_email}\r\nSubject: Weekly digest {number}\r\n"
        f"Date: {stamp}\r\nMessage-ID: <{rfc_id}>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nNothing to see in digest {number}.\r\n"
    )
    return rfc_id, raw.encode()


def part_json(part: EmailMessage, part_id: str) -> Json:
    json_part: Json = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": [{"name": k, "value": str(v)} for k, v in part.items()],
    }
    if part.is_multipart():
        children = part.get_payload()
        prefix = f"{part_id}." if part_id else ""
        json_part["body"] = {"size": 0}
        json_part["parts"] = [part_json(child, f"{prefix}{i}") for i, child in enumerate(children)]
    else:
        data = part.get_payload(decode=True) or b""
        json_part["body"] = {"size": len(data), "data": b64url(data)} if data else {"size": 0}
    return json_part


def snippet(parsed: EmailMessage) -> str:
    """About 200 characters of body text, HTML-escaped the way Gmail escapes snippets."""
    text_part = parsed.get_body(preferencelist=("plain", "html"))
    try:
        text = text_part.get_content() if text_part is not None else ""
    except (LookupError, ValueError):
        text = ""
    if text_part is not None and text_part.get_content_subtype() == "html":
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())[:200]
    for plain, escaped in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ('"', "&quot;"),
        ("'", "&#39;"),
    ):
        text = text.replace(plain, escaped)
    return text


# A value is a word, a "quoted phrase", or a (group OR of OR words) as Gmail accepts.
_TERM = re.compile(r'(-?)(?:([a-z_0-9]+):)?("[^"]*"|\([^)]*\)|\S+)', re.IGNORECASE)
_LABEL_WORDS = {
    "inbox": "INBOX",
    "sent": "SENT",
    "draft": "DRAFT",
    "drafts": "DRAFT",
    "spam": "SPAM",
    "trash": "TRASH",
    "starred": "STARRED",
    "important": "IMPORTANT",
    "unread": "UNREAD",
}
_DAYS_PER_UNIT = {"d": 1, "m": 30, "y": 365}
_SEARCH_DATES_ZONE = ZoneInfo("America/Los_Angeles")  # Gmail reads y/m/d dates as Pacific midnight

Matcher = Callable[[StoredMessage], bool]


def needed_rfc822_id(query: str) -> str | None:
    """The Message-ID a query insists on, so the mailbox can use its index."""
    for negate, operator, value in _TERM.findall(query):
        if not negate and operator.lower() == "rfc822msgid":
            return value.strip('"').strip("<>").lower()
    return None


def compile_query(query: str, now: datetime) -> Matcher:
    """Gmail search terms joined by AND; unsupported operators are refused loudly."""
    tests = [
        (bool(negate), _term(operator.lower(), value.strip('"'), now))
        for negate, operator, value in _TERM.findall(query)
    ]
    return lambda message: all(test(message) != negate for negate, test in tests)


def _term(operator: str, value: str, now: datetime) -> Matcher:
    if value.startswith("(") and value.endswith(")"):  # from:(a OR b): any of them
        choices = [_term(operator, v, now) for v in value[1:-1].split() if v.upper() != "OR"]
        return lambda m: any(test(m) for test in choices)
    if operator in ("in", "label", "is"):
        if value.lower() == "anywhere":
            return lambda m: True
        if operator == "is" and value.lower() == "read":
            return lambda m: "UNREAD" not in m.label_ids
        label = _LABEL_WORDS.get(value.lower(), value)
        return lambda m: label in m.label_ids or label.upper() in m.label_ids
    if operator in ("after", "before"):
        limit_ms = _search_instant(value) * 1000
        if operator == "after":
            return lambda m: m.internal_date >= limit_ms
        return lambda m: m.internal_date < limit_ms
    if operator in ("newer_than", "older_than"):
        match = re.fullmatch(r"(\d+)([dmy])", value.lower())
        if match is None:
            raise ApiError(400, f"Invalid {operator} value: {value}", "invalidArgument")
        days = int(match.group(1)) * _DAYS_PER_UNIT[match.group(2)]
        limit_ms = int((now - timedelta(days=days)).timestamp() * 1000)
        if operator == "newer_than":
            return lambda m: m.internal_date >= limit_ms
        return lambda m: m.internal_date < limit_ms
    if operator == "rfc822msgid":
        wanted = value.strip("<>").lower()
        return lambda m: m.rfc822_id == wanted
    if operator in ("from", "to", "cc", "subject"):
        needle = value.lower()
        return lambda m: needle in str(m.email.get(operator, "")).lower()
    if operator == "":
        needle = value.lower()
        return lambda m: needle in m.raw.decode("utf-8", "replace").lower()
    raise ApiError(
        400, f"Search operator '{operator}:' is not supported by the fake", "invalidArgument"
    )


def _search_instant(value: str) -> int:
    if value.isdigit():
        return int(value)
    try:
        day = datetime.strptime(value.replace("-", "/"), "%Y/%m/%d")
    except ValueError:
        raise ApiError(400, f"Invalid date in search: {value}", "invalidArgument") from None
    return int(day.replace(tzinfo=_SEARCH_DATES_ZONE).timestamp())
