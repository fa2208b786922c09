"""Google Calendar: the interviews' source and the home of the reminder events.

Reading follows Google's sync protocol. The first cycle lists a bounded window
of expanded events; later cycles ask only for what changed since the sync token
the last listing ended with, so an idle cycle is one request per calendar. A
server that gives no sync token (or answers 410 to an old one) gets the whole
window listed again, and the result says so (`complete=True`).

Calendars are listed together: when any one of them needs a full listing, all
of them are listed in full, so `complete` is always true of the whole result
and the core never has to reason about a half-complete one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from agent.backends.google.serialize import (
    event_from_json,
    private_key,
    reminder_ref_from_json,
    reminder_to_json,
)
from agent.backends.google.service import ApiError, GoogleService, Json
from agent.core.model import CalendarChanges, CalendarEvent, Reminder, ReminderRef
from agent.errors import BadInput, ConfigError
from agent.ports import LOOK_BACK

log = logging.getLogger(__name__)

WINDOW_BACK = LOOK_BACK
WINDOW_AHEAD = timedelta(days=90)
# Events created long before they happen and never touched again only reach
# an incremental sync if they were in the first window; listing the window
# afresh once a month keeps at least 60 days of future always covered.
RELIST_EVERY = timedelta(days=30)
PAGE_SIZE = 2500  # events.list's maximum: fewer requests for a full listing
CURSOR_VERSION = 1


@dataclass(frozen=True)
class _SyncState:
    window: tuple[datetime, datetime]
    tokens: dict[str, str | None]  # calendar id -> sync token (None: server gave none)


class GoogleCalendar:
    """CalendarSource and ReminderCalendar over Calendar v3."""

    def __init__(
        self, service: GoogleService, *, calendars: Sequence[str], reminder_calendar: str
    ) -> None:
        self._service = service
        self._events = service.calendar.events()
        self._calendars = tuple(dict.fromkeys(calendars)) or ("primary",)
        self._reminder_calendar = reminder_calendar or "primary"
        self._zone: str | None = None
        self._zone_known = False

    # ------------------------------------------------------------------ CalendarSource

    def changes(self, cursor: str | None, now: datetime) -> CalendarChanges:
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        state = _read_cursor(cursor)
        if state is None or not self._incremental_possible(state, now):
            return self._full(now)
        events: list[CalendarEvent] = []
        tokens: dict[str, str | None] = {}
        for calendar_id in self._calendars:
            try:
                listed, token = self._list(calendar_id, sync_token=state.tokens[calendar_id])
            except ApiError as error:
                if error.status != 410:
                    raise
                log.info("calendar %s: sync token expired; listing the window again", calendar_id)
                return self._full(now)
            events.extend(listed)
            tokens[calendar_id] = token
        if any(token is None for token in tokens.values()):
            # An incremental answer without a new token: keep going from scratch next time.
            log.info("the calendar server gave no sync token; the next cycle lists in full")
        return CalendarChanges(
            events=tuple(events),
            cursor=_write_cursor(_SyncState(state.window, tokens)),
            complete=False,
            window=state.window,
        )

    def timezone(self) -> str | None:
        """The primary calendar's zone, asked once per process."""
        if not self._zone_known:
            entries = [
                entry
                for page in self._service.pages(self._calendar_list_page)
                for entry in page.get("items") or ()
                if isinstance(entry, dict)
            ]
            primary = [entry for entry in entries if entry.get("primary")]
            chosen = primary or entries
            self._zone = str(chosen[0].get("timeZone") or "") or None if chosen else None
            self._zone_known = True
        return self._zone

    def calendar_ids(self) -> list[tuple[str, str]]:
        """(id, summary) of every calendar the account sees, for `followup doctor`."""
        return [
            (str(entry.get("id") or ""), str(entry.get("summary") or ""))
            for page in self._service.pages(self._calendar_list_page)
            for entry in page.get("items") or ()
            if isinstance(entry, dict)
        ]

    def _calendar_list_page(self, token: str | None) -> Any:
        return self._service.calendar.calendarList().list(pageToken=token, maxResults=250)

    def _incremental_possible(self, state: _SyncState, now: datetime) -> bool:
        if set(state.tokens) != set(self._calendars):
            return False  # the configured calendars changed
        if any(token is None for token in state.tokens.values()):
            return False  # a server without sync tokens: every cycle lists the window
        start, _ = state.window
        return start <= now < start + WINDOW_BACK + RELIST_EVERY

    def _full(self, now: datetime) -> CalendarChanges:
        window = (now - WINDOW_BACK, now + WINDOW_AHEAD)
        events: list[CalendarEvent] = []
        tokens: dict[str, str | None] = {}
        for calendar_id in self._calendars:
            listed, tokens[calendar_id] = self._list(calendar_id, window=window)
            events.extend(listed)
        return CalendarChanges(
            events=tuple(events),
            cursor=_write_cursor(_SyncState(window, tokens)),
            complete=True,
            window=window,
        )

    def _list(
        self,
        calendar_id: str,
        *,
        window: tuple[datetime, datetime] | None = None,
        sync_token: str | None = None,
    ) -> tuple[list[CalendarEvent], str | None]:
        """Every page of one listing: the events and the token to continue from."""

        def page(token: str | None) -> Any:
            if sync_token is not None:  # Google refuses time bounds with a sync token
                return self._events.list(
                    calendarId=calendar_id,
                    syncToken=sync_token,
                    singleEvents=True,
                    maxResults=PAGE_SIZE,
                    pageToken=token,
                )
            assert window is not None
            return self._events.list(
                calendarId=calendar_id,
                timeMin=window[0].isoformat(),
                timeMax=window[1].isoformat(),
                singleEvents=True,
                maxResults=PAGE_SIZE,
                pageToken=token,
            )

        events: list[CalendarEvent] = []
        next_sync: str | None = None
        try:
            for response in self._service.pages(page):
                zone = str(response.get("timeZone") or "") or None
                if calendar_id == "primary" and zone and not self._zone_known:
                    self._zone, self._zone_known = zone, True
                events.extend(_events(response, calendar_id, zone))
                next_sync = response.get("nextSyncToken") or next_sync
        except ApiError as error:
            if error.status == 404:
                raise ConfigError(
                    f"[google] calendars: this account has no calendar {calendar_id!r}. "
                    "Run `followup doctor` to list the calendars it has."
                ) from error
            raise
        return events, next_sync

    # ------------------------------------------------------------------ ReminderCalendar

    def insert(self, reminder: Reminder, version: str) -> ReminderRef:
        body = reminder_to_json(reminder, version)
        request = self._events.insert(
            calendarId=self._reminder_calendar, body=body, sendUpdates="none"
        )
        created = self._service.execute(
            request, recover=self._already_inserted(reminder.key, version)
        )
        ref = ReminderRef(key=reminder.key, event_id=str(created.get("id") or ""), version=version)
        if not ref.event_id:
            raise ApiError("Google created a reminder event without an id", status=0)
        return ref

    def _already_inserted(self, key: str, version: str) -> Callable[[], Json | None]:
        def look() -> Json | None:
            for item in self._find_items(key):
                if reminder_ref_from_json(item).version == version:
                    return item
            return None

        return look

    def find(self, key: str) -> list[ReminderRef]:
        return [reminder_ref_from_json(item) for item in self._find_items(key)]

    def _find_items(self, key: str) -> Iterator[Json]:
        def page(token: str | None) -> Any:
            return self._events.list(
                calendarId=self._reminder_calendar,
                privateExtendedProperty=f"followupKey={key}",
                singleEvents=True,
                maxResults=250,
                pageToken=token,
            )

        for response in self._service.pages(page):
            for item in response.get("items") or ():
                if not isinstance(item, dict) or item.get("status") == "cancelled":
                    continue
                # The server filtered on our key; an event without it is never ours to touch.
                if private_key(item) != key:
                    log.warning("calendar answered an event without key %r; ignored", key)
                    continue
                yield item

    def delete(self, ref: ReminderRef) -> None:
        """Delete an event we inserted or found by our key; one already gone is fine."""
        if not ref.event_id or not ref.key:
            raise BadInput(f"refusing to delete a reminder without an id and key: {ref!r}")
        request = self._events.delete(
            calendarId=self._reminder_calendar, eventId=ref.event_id, sendUpdates="none"
        )
        try:
            self._service.execute(request)
        except ApiError as error:
            if error.status not in (404, 410):
                raise
            log.info("reminder %s (%s) was already gone", ref.key, ref.event_id)


def _events(response: Json, calendar_id: str, zone: str | None) -> Iterator[CalendarEvent]:
    for item in response.get("items") or ():
        if not isinstance(item, dict) or private_key(item):
            continue  # not an event, or one of our own reminders: never input
        try:
            yield event_from_json(item, calendar_id=calendar_id, calendar_zone=zone)
        except BadInput as error:
            log.warning("calendar %s: skipped an unreadable event: %s", calendar_id, error)


def _write_cursor(state: _SyncState) -> str:
    return json.dumps(
        {
            "v": CURSOR_VERSION,
            "window": [state.window[0].isoformat(), state.window[1].isoformat()],
            "tokens": state.tokens,
        },
        sort_keys=True,
    )


def _read_cursor(cursor: str | None) -> _SyncState | None:
    """The stored sync state; anything unreadable means "start again", never a crash."""
    if not cursor:
        return None
    try:
        data = json.loads(cursor)
        if data.get("v") != CURSOR_VERSION:
            return None
        start, end = (datetime.fromisoformat(value) for value in data["window"])
        tokens = {str(k): (str(v) if v else None) for k, v in dict(data["tokens"]).items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("unreadable calendar cursor; listing the window again")
        return None
    if start.tzinfo is None or end.tzinfo is None:
        return None
    return _SyncState((start, end), tokens)
