"""Calendar v3 state and behaviour for the Google fake.

Events are kept as Google JSON dicts, plus a per-calendar change counter: every
change stamps the event with the next counter value, so a sync token is just
"the counter when the listing started" and an incremental list is "events
stamped after it". Invalidating tokens bumps a generation number that every
token carries, which is how the fake answers 410 like Google does.
"""

from __future__ import annotations

import base64
import copy
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .common import (
    ApiError,
    Json,
    Params,
    decode_token,
    encode_token,
    flag,
    one,
    page_size,
    parse_rfc3339,
    rfc3339_utc,
)

_EVENT_ID = re.compile(r"^[a-v0-9]{5,1024}$")
_SYNC_RESTRICTIONS = (
    "timeMin",
    "timeMax",
    "privateExtendedProperty",
    "sharedExtendedProperty",
    "q",
    "orderBy",
    "iCalUID",
    "updatedMin",
)


@dataclass
class Calendar:
    id: str
    summary: str
    time_zone: str
    primary: bool = False
    events: dict[str, Json] = field(default_factory=dict)
    stamps: dict[str, tuple[int, int]] = field(
        default_factory=dict
    )  # id -> (created order, change)
    counter: int = 0


class CalendarState:
    """All calendars of one account; callers hold `lock` (the server does, helpers do)."""

    def __init__(self, owner_email: str, lock: Any, clock: Callable[[], datetime]) -> None:
        self.owner_email = owner_email
        self.lock = lock
        self.clock = clock
        self.sync_tokens = True
        self._generation = 0
        self._calendars: dict[str, Calendar] = {}
        self.add_calendar(owner_email, summary=owner_email, time_zone="UTC", primary=True)

    # ---- test-side helpers -------------------------------------------------

    def add_calendar(
        self,
        calendar_id: str,
        summary: str | None = None,
        time_zone: str = "UTC",
        primary: bool = False,
    ) -> None:
        with self.lock:
            self._calendars[calendar_id] = Calendar(
                calendar_id, summary or calendar_id, time_zone, primary
            )

    def set_timezone(self, calendar_id: str, tz: str) -> None:
        with self.lock:
            ZoneInfo(tz)
            self._calendar(calendar_id).time_zone = tz

    def add_event(self, calendar_id: str, **fields: Any) -> Json:
        """Seed an event as another party would have created it (Google JSON shape).

        start/end may also be aware datetimes (or dates) for brevity.
        """
        with self.lock:
            cal = self._calendar(calendar_id)
            for key in ("start", "end"):
                if key in fields:
                    fields[key] = _when(fields[key], cal.time_zone)
            return copy.deepcopy(self._insert(cal, fields))

    def update_event(self, calendar_id: str, event_id: str, **fields: Any) -> Json:
        with self.lock:
            cal = self._calendar(calendar_id)
            event = cal.events[event_id]
            for key in ("start", "end"):
                if key in fields:
                    fields[key] = self._normalise_when(cal, fields[key], key)
            event.update(copy.deepcopy(fields))
            event["sequence"] = event.get("sequence", 0) + 1
            self._touch(cal, event)
            return copy.deepcopy(event)

    def move_event(self, calendar_id: str, event_id: str, start: Any, end: Any) -> Json:
        """Move an event; start/end are Google dicts or aware datetimes."""
        tz = self._calendar(calendar_id).time_zone
        return self.update_event(calendar_id, event_id, start=_when(start, tz), end=_when(end, tz))

    def cancel_event(self, calendar_id: str, event_id: str) -> Json:
        return self.update_event(calendar_id, event_id, status="cancelled")

    def events(self, calendar_id: str) -> list[Json]:
        """Every event, cancelled ones and the agent's reminders included, in creation order."""
        with self.lock:
            cal = self._calendar(calendar_id)
            ordered = sorted(cal.events.values(), key=lambda e: cal.stamps[e["id"]][0])
            return copy.deepcopy(ordered)

    def invalidate_sync_tokens(self) -> None:
        with self.lock:
            self._generation += 1

    # ---- API ---------------------------------------------------------------

    def api_calendar_list(self, params: Params) -> Json:
        size = page_size(params, 100, 250)
        entries = [
            {
                "kind": "calendar#calendarListEntry",
                "etag": f'"{cal.counter}"',
                "id": cal.id,
                "summary": cal.summary,
                "timeZone": cal.time_zone,
                "accessRole": "owner",
                **({"primary": True} if cal.primary else {}),
            }
            for cal in self._calendars.values()
        ]
        start = _offset_token(one(params, "pageToken"))
        body: Json = {
            "kind": "calendar#calendarList",
            "etag": '"p1"',
            "items": entries[start : start + size],
        }
        if start + size < len(entries):
            body["nextPageToken"] = encode_token({"o": start + size})
        return body

    def api_list_events(self, calendar_id: str, params: Params) -> Json:
        cal = self._calendar(calendar_id)
        sync_token = one(params, "syncToken")
        page = decode_token(one(params, "pageToken") or "") if "pageToken" in params else {}
        if page is None:
            raise ApiError(400, "Invalid page token", "invalid")
        order_by = one(params, "orderBy")
        if order_by == "startTime" and not flag(params, "singleEvents"):
            raise ApiError(
                400,
                "The requested ordering is not available for the particular query.",
                "badRequest",
            )
        if sync_token is not None:
            if (
                any(name in params for name in _SYNC_RESTRICTIONS)
                or one(params, "showDeleted") == "false"
            ):
                raise ApiError(
                    400,
                    "Sync token cannot be used with other request restrictions.",
                    "syncTokenWithRequestRestrictions",
                )
            since = self._check_sync_token(cal, sync_token)
            chosen = [e for e in cal.events.values() if cal.stamps[e["id"]][1] > since]
        else:
            chosen = self._filter(cal, params)
        key = self._sort_key(cal, order_by)
        chosen.sort(key=key)
        cursor = page.get("k")
        if cursor is not None:
            chosen = [e for e in chosen if list(key(e)) > cursor]
        size = page_size(params, 250, 2500)
        snapshot = page.get("s", cal.counter)
        body: Json = {
            "kind": "calendar#events",
            "etag": f'"{cal.counter}"',
            "summary": cal.summary,
            "updated": rfc3339_utc(self.clock()),
            "timeZone": cal.time_zone,
            "accessRole": "owner",
            "defaultReminders": [{"method": "popup", "minutes": 10}],
            "items": [_listed(e) for e in chosen[:size]],
        }
        if len(chosen) > size:
            body["nextPageToken"] = encode_token({"k": list(key(chosen[size - 1])), "s": snapshot})
        elif self.sync_tokens:
            body["nextSyncToken"] = encode_token(
                {"c": cal.id, "g": self._generation, "s": snapshot}
            )
        return body

    def api_get_event(self, calendar_id: str, event_id: str) -> Json:
        event = self._calendar(calendar_id).events.get(event_id)
        if event is None:
            raise ApiError(404, "Not Found", "notFound")
        return copy.deepcopy(event)

    def api_insert_event(self, calendar_id: str, body: Json) -> Json:
        cal = self._calendar(calendar_id)
        for key, label in (("start", "start"), ("end", "end")):
            if not isinstance(body.get(key), dict) or not (
                body[key].get("dateTime") or body[key].get("date")
            ):
                raise ApiError(400, f"Missing {label} time.", "required")
        if "id" in body and not _EVENT_ID.match(str(body["id"])):
            raise ApiError(400, "Invalid resource id value.", "invalid")
        if body.get("id") in cal.events:
            raise ApiError(409, "The requested identifier already exists.", "duplicate")
        fields = {
            k: v
            for k, v in body.items()
            if k not in {"etag", "htmlLink", "created", "updated", "kind"}
        }
        event = self._insert(cal, fields, created_here=True)
        if _instant(event["end"], cal.time_zone) < _instant(event["start"], cal.time_zone):
            self._forget(cal, event["id"])
            raise ApiError(400, "The specified time range is empty.", "timeRangeEmpty")
        return copy.deepcopy(event)

    def api_delete_event(self, calendar_id: str, event_id: str) -> None:
        cal = self._calendar(calendar_id)
        event = cal.events.get(event_id)
        if event is None:
            raise ApiError(404, "Not Found", "notFound")
        if event.get("status") == "cancelled":
            raise ApiError(410, "Resource has been deleted", "deleted")
        event["status"] = "cancelled"
        self._touch(cal, event)

    # ---- internals ---------------------------------------------------------

    def _calendar(self, calendar_id: str) -> Calendar:
        cal = self._calendars.get(self.owner_email if calendar_id == "primary" else calendar_id)
        if cal is None:
            raise ApiError(404, "Not Found", "notFound")
        return cal

    def _insert(self, cal: Calendar, fields: Json, created_here: bool = False) -> Json:
        event = copy.deepcopy(fields)
        event_id = event.get("id") or base64.b32hexencode(
            uuid.uuid4().bytes
        ).decode().lower().rstrip("=")
        owner = {"email": self.owner_email, "self": True}
        event.update(
            id=event_id,
            kind="calendar#event",
            iCalUID=event.get("iCalUID", f"{event_id}@google.com"),
        )
        event.setdefault("status", "confirmed")
        event.setdefault("eventType", "default")
        event.setdefault("sequence", 0)
        event.setdefault("reminders", {"useDefault": True})
        event.setdefault(
            "organizer",
            owner if created_here else {"email": cal.id, "self": cal.id == self.owner_email},
        )
        event.setdefault("creator", dict(event["organizer"]))
        for person in [event["organizer"], event["creator"], *event.get("attendees", [])]:
            if person.get("email", "").lower() == self.owner_email.lower():
                person["self"] = True
        for key in ("start", "end"):
            if key in event:
                event[key] = self._normalise_when(cal, event[key], key)
        eid = base64.b64encode(f"{event_id} {cal.id}".encode()).decode().rstrip("=")
        event["htmlLink"] = f"https://www.google.com/calendar/event?eid={eid}"
        event["created"] = rfc3339_utc(self.clock())
        cal.events[event_id] = event
        cal.stamps[event_id] = (len(cal.stamps), 0)
        self._touch(cal, event)
        return event

    def _forget(self, cal: Calendar, event_id: str) -> None:
        del cal.events[event_id]
        del cal.stamps[event_id]

    def _touch(self, cal: Calendar, event: Json) -> None:
        cal.counter += 1
        cal.stamps[event["id"]] = (cal.stamps[event["id"]][0], cal.counter)
        event["updated"] = rfc3339_utc(self.clock())
        event["etag"] = f'"{int(self.clock().timestamp() * 1000)}{cal.counter:04d}"'

    def _normalise_when(self, cal: Calendar, when: Json, name: str) -> Json:
        """Express dateTime in the event's (else calendar's) zone with an offset, like Google."""
        when = dict(when)
        if "dateTime" not in when:
            return when
        try:
            moment = datetime.fromisoformat(when["dateTime"])
        except ValueError:
            raise ApiError(400, f"Invalid {name} time.", "invalid") from None
        tz_name = when.get("timeZone") or cal.time_zone
        try:
            zone = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ApiError(
                400, f"Invalid time zone definition for {name} time.", "invalid"
            ) from None
        if moment.tzinfo is None:
            if not when.get("timeZone"):
                raise ApiError(400, f"Missing time zone definition for {name} time.", "required")
            moment = moment.replace(tzinfo=zone)
        when["dateTime"] = moment.astimezone(zone).isoformat(timespec="seconds")
        return when

    def _check_sync_token(self, cal: Calendar, token: str) -> int:
        decoded = decode_token(token)
        if (
            not self.sync_tokens
            or decoded is None
            or decoded.get("c") != cal.id
            or decoded.get("g") != self._generation
            or not isinstance(decoded.get("s"), int)
        ):
            raise ApiError(
                410, "Sync token is no longer valid, a full sync is required.", "fullSyncRequired"
            )
        return decoded["s"]

    def _filter(self, cal: Calendar, params: Params) -> list[Json]:
        show_deleted = flag(params, "showDeleted")
        time_min = one(params, "timeMin")
        time_max = one(params, "timeMax")
        low = parse_rfc3339(time_min, "timeMin") if time_min else None
        high = parse_rfc3339(time_max, "timeMax") if time_max else None
        wanted = [p.split("=", 1) for p in params.get("privateExtendedProperty", []) if "=" in p]
        text = (one(params, "q") or "").lower()
        chosen = []
        for event in cal.events.values():
            if event.get("status") == "cancelled" and not show_deleted:
                continue
            if low and "end" in event and _instant(event["end"], cal.time_zone) <= low:
                continue
            if high and "start" in event and _instant(event["start"], cal.time_zone) >= high:
                continue
            private = event.get("extendedProperties", {}).get("private", {})
            if any(private.get(k) != v for k, v in wanted):
                continue
            searched = (event.get(k, "") for k in ("summary", "description", "location"))
            if text and not any(text in str(value).lower() for value in searched):
                continue
            chosen.append(event)
        return chosen

    def _sort_key(self, cal: Calendar, order_by: str | None) -> Callable[[Json], tuple]:
        if order_by == "startTime":
            return lambda e: (
                _instant(e["start"], cal.time_zone).timestamp(),
                cal.stamps[e["id"]][0],
            )
        if order_by == "updated":
            return lambda e: (cal.stamps[e["id"]][1], cal.stamps[e["id"]][0])
        return lambda e: (cal.stamps[e["id"]][0],)


def _offset_token(token: str | None) -> int:
    decoded = decode_token(token) if token else {"o": 0}
    if decoded is None or not isinstance(decoded.get("o"), int):
        raise ApiError(400, "Invalid page token", "invalid")
    return decoded["o"]


def _listed(event: Json) -> Json:
    """Cancelled events are listed in Google's minimal form: the adapter must cope."""
    if event.get("status") != "cancelled":
        return copy.deepcopy(event)
    keep = ("kind", "etag", "id", "status", "recurringEventId", "originalStartTime")
    return {k: copy.deepcopy(event[k]) for k in keep if k in event}


def _instant(when: Json, tz_name: str) -> datetime:
    if "dateTime" in when:
        return datetime.fromisoformat(when["dateTime"])
    return datetime.combine(date.fromisoformat(when["date"]), time(0), ZoneInfo(tz_name))


def _when(value: Any, tz_name: str) -> Json:
    if isinstance(value, dict):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("move_event needs aware datetimes")
        return {"dateTime": value.isoformat(timespec="seconds"), "timeZone": tz_name}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    raise TypeError(f"unsupported start/end value: {value!r}")
