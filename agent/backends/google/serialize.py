"""Google JSON <-> domain: the one place that knows Calendar's and Gmail's shapes.

Servers that speak the API (Google, emulators, the test fake) may leave out any
optional field, so every read here has a default; an item that cannot be read
at all raises `BadInput`, which the caller logs and skips.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent import mime
from agent.core.model import Attendee, CalendarEvent, MailMessage, Reminder, ReminderRef
from agent.errors import BadInput

log = logging.getLogger(__name__)

Json = dict[str, Any]

KEY_PROPERTY = "followupKey"
VERSION_PROPERTY = "followupVersion"

# What `format=metadata` asks for: everything mime.from_headers maps, plus the
# headers that tell a person's reply from a bounce, an auto-reply or a list.
METADATA_HEADERS: tuple[str, ...] = (
    "From",
    "To",
    "Cc",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Content-Type",
    "Auto-Submitted",
    "Precedence",
    "List-Id",
    "List-Unsubscribe",
    "Return-Path",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "X-Failed-Recipients",
    "Sender",
)

# A cancelled event in an incremental sync may carry nothing but its id; the
# core matches it by uid and never reads its time, but the type wants one.
UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=UTC)


# --------------------------------------------------------------------------- calendar


def event_from_json(
    item: Mapping[str, Any], *, calendar_id: str, calendar_zone: str | None = None
) -> CalendarEvent:
    """One Calendar v3 event resource (an expanded occurrence with singleEvents)."""
    uid = item.get("id")
    if not isinstance(uid, str) or not uid:
        raise BadInput(f"calendar event without an id: {dict(item)!r:.200}")
    status = str(item.get("status") or "confirmed")
    zone_name = _event_zone(item, calendar_zone)
    if status == "cancelled" and not isinstance(item.get("start"), Mapping):
        original = item.get("originalStartTime")
        start = _moment(original, zone_name) if isinstance(original, Mapping) else UNKNOWN_TIME
        end = start
    else:
        start = _moment(item.get("start"), zone_name)
        end = _moment(item.get("end"), zone_name) if item.get("end") else start
    attendees = tuple(
        _attendee(entry) for entry in item.get("attendees") or () if isinstance(entry, Mapping)
    )
    organizer = item.get("organizer")
    organizer_email = organizer.get("email", "") if isinstance(organizer, Mapping) else ""
    organizer_name = organizer.get("displayName", "") if isinstance(organizer, Mapping) else ""
    return CalendarEvent(
        uid=uid,
        calendar_id=calendar_id,
        title=str(item.get("summary") or ""),
        start=start,
        end=end,
        description=str(item.get("description") or ""),
        location=str(item.get("location") or ""),
        attendees=tuple(attendee for attendee in attendees if attendee.email),
        organizer_email=str(organizer_email).strip().lower(),
        organizer_name=str(organizer_name or ""),
        status=status,
        recurring=bool(item.get("recurringEventId") or item.get("recurrence")),
        color=str(item.get("colorId") or ""),
        link=str(item.get("htmlLink") or ""),
    )


def _attendee(entry: Mapping[str, Any]) -> Attendee:
    return Attendee(
        email=str(entry.get("email") or "").strip().lower(),
        name=str(entry.get("displayName") or ""),
        is_self=bool(entry.get("self")),
        is_resource=bool(entry.get("resource")),
        response=str(entry.get("responseStatus") or "needsAction"),
        is_organizer=bool(entry.get("organizer")),
        kind="resource" if entry.get("resource") else "individual",
        role="opt-participant" if entry.get("optional") else "req-participant",
    )


def _event_zone(item: Mapping[str, Any], calendar_zone: str | None) -> str | None:
    start = item.get("start")
    if isinstance(start, Mapping) and start.get("timeZone"):
        return str(start["timeZone"])
    return calendar_zone


def _moment(value: object, zone_name: str | None) -> datetime | date:
    """A start or end: a date for all-day events, else a datetime in the event's zone.

    Google writes dateTime with the offset of the calendar's zone; the event's
    own `timeZone` says where it really happens (an interview in Kolkata on a
    New York calendar), so the instant is converted to that zone.
    """
    if not isinstance(value, Mapping):
        raise BadInput(f"event time is not an object: {value!r:.100}")
    if value.get("dateTime"):
        try:
            moment = datetime.fromisoformat(str(value["dateTime"]))
        except ValueError as error:
            raise BadInput(f"unreadable dateTime {value['dateTime']!r:.60}") from error
        zone = _zone(zone_name)
        if zone is None:
            return moment
        return moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)
    if value.get("date"):
        try:
            return date.fromisoformat(str(value["date"]))
        except ValueError as error:
            raise BadInput(f"unreadable date {value['date']!r:.60}") from error
    raise BadInput(f"event time without date or dateTime: {dict(value)!r:.100}")


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r in an event; keeping its UTC offset", name)
        return None


def reminder_to_json(reminder: Reminder, version: str) -> Json:
    """The reminder as an event: short, not blocking time, a popup when it starts."""
    start = reminder.start
    end = start + timedelta(minutes=max(1, reminder.minutes))
    zone = start.tzinfo.key if isinstance(start.tzinfo, ZoneInfo) else None
    return {
        "summary": reminder.title,
        "description": reminder.description,
        "start": _event_time(start, zone),
        "end": _event_time(end, zone),
        "transparency": "transparent",
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 0}]},
        "extendedProperties": {
            "private": {KEY_PROPERTY: reminder.key, VERSION_PROPERTY: version},
        },
    }


def _event_time(moment: datetime, zone: str | None) -> Json:
    if moment.tzinfo is None:
        raise BadInput(f"a reminder needs an aware start time, got {moment.isoformat()}")
    value: Json = {"dateTime": moment.isoformat(timespec="seconds")}
    if zone:
        value["timeZone"] = zone
    return value


def private_key(item: Mapping[str, Any]) -> str:
    """The idempotency key our reminder events carry, "" for anyone else's event."""
    return str(_private(item).get(KEY_PROPERTY) or "")


def _private(item: Mapping[str, Any]) -> Mapping[str, Any]:
    properties = item.get("extendedProperties")
    private = properties.get("private") if isinstance(properties, Mapping) else None
    return private if isinstance(private, Mapping) else {}


def reminder_ref_from_json(item: Mapping[str, Any]) -> ReminderRef:
    return ReminderRef(
        key=private_key(item),
        event_id=str(item.get("id") or ""),
        version=str(_private(item).get(VERSION_PROPERTY) or ""),
    )


# --------------------------------------------------------------------------- gmail


def message_from_json(item: Mapping[str, Any]) -> MailMessage:
    """A Gmail message resource (format metadata or full) as headers and labels."""
    message_id = item.get("id")
    if not isinstance(message_id, str) or not message_id:
        raise BadInput(f"Gmail message without an id: {dict(item)!r:.200}")
    payload = item.get("payload") if isinstance(item.get("payload"), Mapping) else {}
    headers: dict[str, str] = {}
    for header in payload.get("headers") or ():
        if isinstance(header, Mapping) and header.get("name"):
            headers.setdefault(str(header["name"]).lower(), str(header.get("value") or ""))
    message = mime.from_headers(
        headers,
        id=message_id,
        thread_id=str(item.get("threadId") or "") or None,
        labels=frozenset(str(label) for label in item.get("labelIds") or ()),
        content_types=tuple(_content_types(payload)),
    )
    if message.date is None:
        received = internal_date(item)
        if received is not None:
            message = replace(message, date=received)
    return message


def internal_date(item: Mapping[str, Any]) -> datetime | None:
    """When Gmail received the message (epoch milliseconds), more reliable than Date."""
    try:
        return datetime.fromtimestamp(int(item["internalDate"]) / 1000, UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def message_date(item: Mapping[str, Any]) -> datetime | None:
    """The Date header, else internalDate: what a message says about when it was sent."""
    payload = item.get("payload") if isinstance(item.get("payload"), Mapping) else {}
    for header in payload.get("headers") or ():
        if isinstance(header, Mapping) and str(header.get("name", "")).lower() == "date":
            parsed = mime.from_headers({"date": str(header.get("value") or "")}, id="-").date
            if parsed is not None:
                return parsed
    return internal_date(item)


def header_value(item: Mapping[str, Any], name: str) -> str:
    payload = item.get("payload") if isinstance(item.get("payload"), Mapping) else {}
    for header in payload.get("headers") or ():
        if isinstance(header, Mapping) and str(header.get("name", "")).lower() == name.lower():
            return str(header.get("value") or "")
    return ""


def _content_types(payload: Mapping[str, Any]) -> Iterator[str]:
    for part in _walk(payload):
        if part.get("mimeType"):
            yield str(part["mimeType"]).lower()


def _walk(payload: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield payload
    for part in payload.get("parts") or ():
        if isinstance(part, Mapping):
            yield from _walk(part)


def body_text(item: Mapping[str, Any]) -> str:
    """The text of a `format=full` message: the first text/plain part, else the HTML as text."""
    payload = item.get("payload") if isinstance(item.get("payload"), Mapping) else {}
    html_text: str | None = None
    plain: str | None = None
    for part in _walk(payload):
        kind = str(part.get("mimeType") or "").lower()
        if part.get("filename") or kind not in ("text/plain", "text/html"):
            continue
        text = _part_text(part)
        if text is None:
            continue
        if kind == "text/plain" and plain is None:
            plain = text
        if kind == "text/html" and html_text is None:
            html_text = text
    rendered = mime.html_to_text(html_text) if html_text is not None else None
    return _lines(mime.fuller_text(plain, rendered) or "")


def _part_text(part: Mapping[str, Any]) -> str | None:
    body = part.get("body") if isinstance(part.get("body"), Mapping) else {}
    data = body.get("data")
    if not isinstance(data, str):
        return None
    raw = decode_base64url(data)
    charset = "utf-8"
    for header in part.get("headers") or ():
        if isinstance(header, Mapping) and str(header.get("name", "")).lower() == "content-type":
            value = str(header.get("value") or "")
            for parameter in value.split(";")[1:]:
                name, _, setting = parameter.partition("=")
                if name.strip().lower() == "charset" and setting.strip():
                    charset = setting.strip().strip('"')
    try:
        return raw.decode(charset, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def encode_base64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_base64url(data: str) -> bytes:
    """Gmail's base64url, with or without padding; garbage decodes to nothing."""
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        log.warning("undecodable base64url data in a Gmail message")
        return b""
