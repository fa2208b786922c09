"""iCalendar <-> domain: the one place that knows icalendar's quirks.

Reading: VCALENDAR text -> expanded occurrences -> CalendarEvent. Writing:
Reminder -> VEVENT carrying our key. The calendar and reminder adapters handle
files; everything about properties, parameters and recurrence lives here.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from agent.backends.local import ics_repair
from agent.core.model import Attendee, CalendarEvent, Reminder
from agent.errors import BadInput

log = logging.getLogger(__name__)

PRODID = "-//interview-followup//reminders//EN"
KEY_PROPERTY = "X-FOLLOWUP-KEY"
VERSION_PROPERTY = "X-FOLLOWUP-VERSION"
# Notes a person writes in an event are a few lines; anything longer is cut.
MAX_DESCRIPTION = 32_000

_PARTSTAT_TO_RESPONSE = {
    "ACCEPTED": "accepted",
    "DECLINED": "declined",
    "TENTATIVE": "tentative",
    # Delegating means someone else goes instead: this person will not be there.
    "DELEGATED": "declined",
}
_RESOURCE_CUTYPES = frozenset({"ROOM", "RESOURCE"})
_STATUSES = {"CANCELLED": "cancelled", "TENTATIVE": "tentative"}


# --------------------------------------------------------------------------- reading


def read_calendars(data: bytes, source: str) -> list[icalendar.Calendar]:
    """Every VCALENDAR in one file's bytes; BadInput when the file is not iCalendar."""
    if ics_repair.looks_binary(data):  # never echo its bytes: name the file
        raise BadInput(f"{source}: not a readable iCalendar file (binary data, not text)")
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as error:  # icalendar raises a mix of ValueError, KeyError, IndexError
        detail = ics_repair.printable(str(error))
        raise BadInput(f"{source}: not a readable iCalendar file ({detail})") from error
    found = [cal for cal in calendars if isinstance(cal, icalendar.Calendar)]
    if not found:
        raise BadInput(f"{source}: no VCALENDAR in the file")
    return found


def calendar_name(calendar: icalendar.Calendar) -> str:
    return _text(calendar.get("X-WR-CALNAME"))


def calendar_timezone(calendar: icalendar.Calendar) -> str | None:
    """X-WR-TIMEZONE when it names a zone this machine knows, else None."""
    name = _text(calendar.get("X-WR-TIMEZONE"))
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("calendar time zone %r is not an IANA zone; ignored", name)
        return None
    return name


def expand_events(
    calendar: icalendar.Calendar,
    start: datetime,
    end: datetime,
    *,
    calendar_id: str,
    me: str,
    source: str = "",
) -> list[CalendarEvent]:
    """Every occurrence overlapping [start, end), one series at a time, in linear time.

    Expanding each UID on its own means one broken series (a bad RRULE, a
    DTSTART that is not a date) is logged and skipped without hiding the rest.
    Only a series with RRULE, RDATE or a RECURRENCE-ID goes through the
    expander, in a small calendar of its own built from parts taken from the
    whole calendar once; a single event is mapped directly, with the same
    X-WR-TIMEZONE reading and the same window test the expander applies.
    """
    events: list[CalendarEvent] = []
    zone = calendar_timezone(calendar)
    for component in calendar.walk("VEVENT"):  # before expanding: occurrences lose the errors
        ics_repair.recover_attendees(component, source)
    zone_info = ZoneInfo(zone) if zone else None
    parts: _CalendarParts | None = None
    for uid, components in _series(calendar):
        if any(followup_key(c) for c in components):
            continue  # one of our own reminders (a reminders file inside a watched folder)
        recurring = any("RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c for c in components)
        if not recurring and len(components) == 1:
            try:
                event = event_from_component(
                    components[0], calendar_id=calendar_id, me=me, recurring=False, zone=zone_info
                )
            except Exception as error:  # BadInput, or a property icalendar could not read
                log.warning("%s: event %r skipped: %s", source, uid, error)
                continue
            try:
                inside = _overlaps(start, end, event.start, event.end)
            except Exception as error:  # an end before its start, as the expander refuses it
                log.warning("%s: event %r skipped: cannot expand it (%s)", source, uid, error)
                continue
            if inside:
                events.append(event)
            continue
        if any(_too_frequent(c) for c in components):
            log.warning("%s: event %r skipped: it repeats more than once a day", source, uid)
            continue
        import recurring_ical_events  # only calendars with recurring series pay for it

        parts = parts or _CalendarParts(calendar, zone)
        try:
            occurrences = _occurrences(
                recurring_ical_events.of(parts.with_events(components)), start, end
            )
        except Exception as error:  # the expander's errors are as varied as the input
            log.warning("%s: event %r skipped: cannot expand it (%s)", source, uid, error)
            continue
        for occurrence in occurrences:
            try:
                events.append(
                    event_from_component(
                        occurrence, calendar_id=calendar_id, me=me, recurring=recurring
                    )
                )
            except Exception as error:  # BadInput, or a property icalendar could not read
                log.warning("%s: event %r skipped: %s", source, uid, error)
    return events


def _overlaps(
    start: datetime, end: datetime, event_start: datetime | date, event_end: datetime | date
) -> bool:
    """The expander's own test, so a single event is in the window exactly when it would be."""
    from recurring_ical_events.util import time_span_contains_event

    return bool(time_span_contains_event(start, end, event_start, event_end))


def _in_zone(moment: datetime | date, zone: tzinfo | None) -> datetime | date:
    """X-WR-TIMEZONE as the expander reads it: UTC and floating times move into `zone`."""
    if zone is None or not isinstance(moment, datetime):
        return moment
    name = moment.tzname()
    if name is None:
        return moment.replace(tzinfo=zone)
    if name.upper() == "UTC":
        return moment.astimezone(zone)
    return moment


# A job interview happens once; a series with more occurrences than this in
# the window (an RRULE every second) is cut short rather than holding the cycle.
MAX_OCCURRENCES = 1000


def _occurrences(query: Any, start: datetime, end: datetime) -> list[icalendar.Event]:
    """Occurrences overlapping [start, end), at most MAX_OCCURRENCES of them."""
    found: list[icalendar.Event] = []
    for occurrence in query.after(start):
        if _starts_at_or_after(occurrence, end):
            break
        if len(found) >= MAX_OCCURRENCES:
            log.warning("a series has more than %d occurrences; the rest are ignored", len(found))
            break
        found.append(occurrence)
    return found


def _too_frequent(component: icalendar.Event) -> bool:
    """A rule repeating within a day (every second, hour, or many BYHOURs): never an
    interview, and expanding it over the window would hold the cycle for minutes."""
    rule = component.get("RRULE")
    if not isinstance(rule, dict):
        return False
    freq = [str(f).upper() for f in rule.get("FREQ", [])]
    many = any(len(rule.get(part, [])) > 1 for part in ("BYHOUR", "BYMINUTE", "BYSECOND"))
    return many or any(f in ("SECONDLY", "MINUTELY", "HOURLY") for f in freq)


def _starts_at_or_after(component: icalendar.Event, end: datetime) -> bool:
    begins = component.get("DTSTART")
    moment = getattr(begins, "dt", None)
    if isinstance(moment, datetime):
        limit = end if moment.tzinfo is not None else end.replace(tzinfo=None)
        return moment >= limit
    return isinstance(moment, date) and moment >= end.date()


def event_from_component(
    component: icalendar.Event,
    *,
    calendar_id: str,
    me: str,
    recurring: bool,
    zone: tzinfo | None = None,
) -> CalendarEvent:
    """One VEVENT (or one expanded occurrence) as a CalendarEvent.

    `zone`: the calendar's X-WR-TIMEZONE, for an event read without the
    expander (which applies it itself).
    """
    uid = _text(component.get("UID"))
    if not uid:
        raise BadInput("no UID")
    start = _date_value(component, "DTSTART")
    if start is None:
        raise BadInput("no readable DTSTART")
    end = _end(component, start, zone)
    start = _in_zone(start, zone)
    if recurring:
        recurrence_id = _date_value(component, "RECURRENCE-ID")
        uid = f"{uid}/{recurrence_suffix(recurrence_id if recurrence_id is not None else start)}"
    organizer = _email(component.get("ORGANIZER"))
    own = me.strip().lower()
    return CalendarEvent(
        uid=uid,
        calendar_id=calendar_id,
        title=_text(component.get("SUMMARY")),
        start=start,
        end=end,
        description=_bounded(_text(component.get("DESCRIPTION")), uid),
        location=_text(component.get("LOCATION")),
        attendees=tuple(_attendees(component.get("ATTENDEE"), own=own, organizer=organizer)),
        organizer_email=organizer,
        organizer_name=_name(getattr(component.get("ORGANIZER"), "params", {}).get("CN")),
        status=_STATUSES.get(_text(component.get("STATUS")).upper(), "confirmed"),
        recurring=recurring,
        color=_color(component),
        link=_text(component.get("URL")),
    )


def _bounded(description: str, uid: str) -> str:
    """A description cut to MAX_DESCRIPTION characters: notes fit, a pasted dump does not."""
    if len(description) <= MAX_DESCRIPTION:
        return description
    log.warning(
        "event %s: description of %d characters cut to %d",
        ics_repair.printable(uid),
        len(description),
        MAX_DESCRIPTION,
    )
    return description[:MAX_DESCRIPTION]


def recurrence_suffix(moment: datetime | date) -> str:
    """An occurrence's original start in ISO basic form, UTC when it has a zone."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return moment.strftime("%Y%m%dT%H%M%S")
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y%m%d")


def _series(calendar: icalendar.Calendar) -> Iterator[tuple[str, list[icalendar.Event]]]:
    by_uid: dict[str, list[icalendar.Event]] = {}
    for component in calendar.walk("VEVENT"):
        if followup_key(component):  # our own reminder, read back: never an interview
            continue
        by_uid.setdefault(_text(component.get("UID")), []).append(component)
    yield from by_uid.items()


class _CalendarParts:
    """A calendar's own properties and time zones, taken once for every series.

    Walking the whole calendar for each series made reading one file cost the
    square of its events (10,000 events: 54 s).
    """

    def __init__(self, calendar: icalendar.Calendar, zone: str | None) -> None:
        self.properties = [
            (name, value)
            for name, value in calendar.property_items(recursive=False)
            if name not in ("BEGIN", "END", "X-WR-TIMEZONE")
        ]
        self.zone = zone
        self.timezones = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]

    def with_events(self, events: Iterable[icalendar.Event]) -> icalendar.Calendar:
        """A small calendar with these parts holding only `events`."""
        single = icalendar.Calendar()
        for name, value in self.properties:
            single.add(name, value)
        if self.zone:  # only a known zone: an unknown one would fail every series
            single.add("X-WR-TIMEZONE", self.zone)
        for timezone in self.timezones:
            single.add_component(timezone)
        for event in events:
            single.add_component(event)
        return single


def _date_value(component: icalendar.Event, name: str) -> datetime | date | None:
    prop = component.get(name)
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    try:
        value = getattr(prop, "dt", None)
    except Exception:  # icalendar keeps unreadable values as "broken" properties
        return None
    return value if isinstance(value, date) else None


def _end(
    component: icalendar.Event, start: datetime | date, zone: tzinfo | None = None
) -> datetime | date:
    end = _date_value(component, "DTEND")
    if end is not None and type(end) is type(start):
        return _in_zone(end, zone)
    start = _in_zone(start, zone)
    duration = getattr(component.get("DURATION"), "dt", None)
    if isinstance(duration, timedelta):
        return start + duration
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _attendees(value: object, *, own: str, organizer: str) -> Iterator[Attendee]:
    values = value if isinstance(value, list) else [value] if value is not None else []
    for attendee in values:
        address = _email(attendee)
        if not address:
            continue
        params = getattr(attendee, "params", {})
        yield Attendee(
            email=address,
            name=_name(params.get("CN")),
            is_self=bool(own) and address == own,
            is_resource=_text(params.get("CUTYPE")).upper() in _RESOURCE_CUTYPES,
            response=_PARTSTAT_TO_RESPONSE.get(
                _text(params.get("PARTSTAT")).upper(), "needsAction"
            ),
            is_organizer=bool(organizer) and address == organizer,
            kind=(_text(params.get("CUTYPE")) or "individual").lower(),
            role=(_text(params.get("ROLE")) or "req-participant").lower(),
        )


def _email(address: object) -> str:
    text = _text(address)
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text.strip().lower()


def _color(component: icalendar.Event) -> str:
    color = _text(component.get("COLOR"))
    if color:
        return color
    categories = component.get("CATEGORIES")
    for entry in categories if isinstance(categories, list) else [categories]:
        names = getattr(entry, "cats", None) or []
        if names:
            return _text(names[0])
    return ""


def _name(value: object) -> str:
    """A CN parameter: an unquoted "CN=Clery, Declan" comes back as a list of its parts."""
    if isinstance(value, list):
        return ", ".join(str(v).strip() for v in value if str(v).strip())
    return _text(value)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    return str(value).strip()


# --------------------------------------------------------------------------- writing


def new_calendar() -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    return calendar


def reminder_uid(key: str) -> str:
    """One UID per reminder for its whole life: a moved check-in is the same event.

    Calendar apps and sync tools (khal, vdirsyncer, CalDAV) follow an event by
    its UID; a new UID per time would show the old time and the new one.
    """
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return f"followup-{digest}@interview-followup"


def reminder_event(
    reminder: Reminder, version: str, *, stamp: datetime, sequence: int = 0
) -> icalendar.Event:
    """The reminder as a short, transparent VEVENT with a popup and our key.

    Times are written in UTC: no VTIMEZONE to carry, and any client shows them
    in its own zone. The alarm fires at the start (TRIGGER:PT0M) because the
    start already is the moment the planner chose to act, such as the morning
    after a decision date; an earlier trigger would quietly move that moment.
    """
    if reminder.start.tzinfo is None:
        raise BadInput(f"reminder {reminder.key!r}: start has no time zone")
    start = reminder.start.astimezone(UTC)
    event = icalendar.Event()
    event.add("UID", reminder_uid(reminder.key))
    event.add("DTSTAMP", stamp.astimezone(UTC))
    event.add("LAST-MODIFIED", stamp.astimezone(UTC))
    event.add("SEQUENCE", max(sequence, 0))
    event.add("DTSTART", start)
    event.add("DTEND", start + timedelta(minutes=max(reminder.minutes, 1)))
    event.add("SUMMARY", reminder.title)
    event.add("DESCRIPTION", reminder.description)
    event.add("TRANSP", "TRANSPARENT")
    event.add(KEY_PROPERTY, reminder.key)
    event.add(VERSION_PROPERTY, version)
    alarm = icalendar.Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", reminder.title)
    alarm.add("TRIGGER", timedelta(0))
    event.add_component(alarm)
    return event


def followup_key(component: icalendar.cal.Component) -> str:
    """Our key on a VEVENT, "" for every event we did not write."""
    return _text(component.get(KEY_PROPERTY))


def followup_version(component: icalendar.cal.Component) -> str:
    return _text(component.get(VERSION_PROPERTY))


def component_uid(component: icalendar.cal.Component) -> str:
    return _text(component.get("UID"))


def next_sequence(old: icalendar.cal.Component | None, version: str) -> int:
    """RFC 5545 SEQUENCE for a rewrite of `old`: one more when the content changed."""
    if old is None:
        return 0
    try:
        current = int(str(old.get("SEQUENCE", 0)))
    except ValueError:
        current = 0
    return current if followup_version(old) == version else current + 1
