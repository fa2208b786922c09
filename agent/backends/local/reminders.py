"""ReminderCalendar over one .ics file, which may also hold the person's own events.

The single-file form, for apps that subscribe to one file; the default is a
vdir folder (`vdir.py`). Every change is read-modify-write of the whole file,
written atomically through a symlink if there is one (`files.write_atomic`),
so a crash leaves the old file or the new one, never half of one. Events
without our X-FOLLOWUP-KEY are kept as the parsed components they were and
are never removed.

A reminder keeps one UID for its whole life (`ics.reminder_uid`); a move
rewrites the same event with SEQUENCE one higher and a new LAST-MODIFIED.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import icalendar

from agent.backends.local import files, ics
from agent.core.model import Reminder, ReminderRef
from agent.errors import BackendError, BadInput

log = logging.getLogger(__name__)

# Shown by apps that subscribe to the file (X-WR-CALNAME, as Google and Apple write it).
CALENDAR_NAME = "Interview follow-ups"
# The file may hold the person's own events too; bigger than this it is not rewritten.
MAX_FILE_BYTES = 64 << 20
_END = b"END:VCALENDAR\r\n"


class LocalReminders:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        # The bytes last read or written and their parse: a cycle writing many reminders
        # parses the file once, not once per reminder. Keyed by the whole content, so a
        # change by anyone else (a calendar app, a sync) is always read again.
        self._parsed: tuple[bytes, icalendar.Calendar] | None = None
        self._written: bytes | None = None  # the whole calendar, as written by us last

    def path_written(self) -> Path:
        """The file reminders go to; never read back as a calendar of interviews."""
        return self.path

    def describe(self) -> str:
        return f"{self.path} (one .ics file)"

    def clean_stale_temp(self) -> list[Path]:
        """Temp files a killed run left beside the file; called at the start of a cycle."""
        return files.clean_reminder_temp(self.path)

    def insert(self, reminder: Reminder, version: str) -> ReminderRef:
        """Add the reminder, or rewrite it in place (same UID, SEQUENCE bumped)."""
        uid = ics.reminder_uid(reminder.key)
        data, calendar = self._read()
        old = next(
            (
                c
                for c in calendar.walk("VEVENT")
                if ics.component_uid(c) == uid and ics.followup_key(c) == reminder.key
            ),
            None,
        )
        try:
            event = ics.reminder_event(
                reminder,
                version,
                stamp=datetime.now(UTC),
                sequence=ics.next_sequence(old, version),
            )
        except BadInput as error:
            raise BackendError(str(error)) from error
        replaced = _remove(
            calendar, lambda c: ics.component_uid(c) == uid and bool(ics.followup_key(c))
        )
        calendar.add_component(event)
        if not replaced and data == self._written and data.endswith(_END):
            # A new event at the end of a file we wrote ourselves: the file as it was, then
            # the event, is what writing the whole calendar gives, without writing it all.
            self._save(calendar, data[: -len(_END)] + event.to_ical(sorted=False) + _END)
        else:
            self._save(calendar)
        return ReminderRef(key=reminder.key, event_id=uid, version=version)

    def find(self, key: str) -> list[ReminderRef]:
        if not key:
            return []  # every foreign event has the empty key
        data, calendar = self._read()
        found = [
            ReminderRef(
                key=key,
                event_id=ics.component_uid(component),
                version=ics.followup_version(component),
            )
            for component in calendar.walk("VEVENT")
            if ics.followup_key(component) == key
        ]
        self._parsed = (data, calendar)
        return found

    def delete(self, ref: ReminderRef) -> None:
        """Remove our event with this UID, key and version; anything else stays.

        The version matters since the UID is stable: removing the old time of
        a moved reminder must not remove the new one written in its place.
        """
        if not ref.key:
            return
        data, calendar = self._read()
        removed = _remove(calendar, lambda c: _is(c, ref))
        if removed:
            self._save(calendar)
        else:
            self._parsed = (data, calendar)

    def _read(self) -> tuple[bytes, icalendar.Calendar]:
        """The file's bytes and calendar, the caller's to change; a missing file is empty.

        A file that exists but cannot be read is an error, not an empty
        calendar: writing over it would destroy the person's own events.
        """
        parsed, self._parsed = self._parsed, None  # a caller that fails leaves no stale parse
        try:
            data = files.read_limited(self.path, MAX_FILE_BYTES)  # never blocks on a FIFO
        except FileNotFoundError:
            return b"", ics.new_calendar()
        except OSError as error:
            raise BackendError(f"cannot read the reminder calendar {self.path}: {error}") from error
        if parsed is not None and parsed[0] == data:
            return data, parsed[1]
        if not data.strip():
            return data, ics.new_calendar()
        try:
            calendars = ics.read_calendars(data, str(self.path))
        except BadInput as error:
            raise BackendError(f"{error}; fix or move the file, it is left as it is") from error
        if len(calendars) > 1:
            raise BackendError(
                f"{self.path} holds {len(calendars)} calendars; reminders need a file with one"
            )
        return data, calendars[0]

    def _save(self, calendar: icalendar.Calendar, data: bytes | None = None) -> None:
        """Write `calendar`; `data` is its bytes when the caller has them already."""
        if data is None:
            if "X-WR-CALNAME" not in calendar:
                calendar.add("X-WR-CALNAME", CALENDAR_NAME)
            data = calendar.to_ical(sorted=False)  # keep the order the file had
        try:
            files.write_atomic(self.path, data)
        except OSError as error:
            raise BackendError(
                f"cannot write the reminder calendar {self.path}: {error}"
            ) from error
        self._parsed = (data, calendar)
        self._written = data


def _is(component: icalendar.cal.Component, ref: ReminderRef) -> bool:
    """Our event for `ref`: its UID and key, and its version when the ref has one."""
    return (
        ics.component_uid(component) == ref.event_id
        and ics.followup_key(component) == ref.key
        and (not ref.version or ics.followup_version(component) == ref.version)
    )


def _remove(
    calendar: icalendar.Calendar, matches: Callable[[icalendar.cal.Component], bool]
) -> int:
    """Drop the top-level VEVENTs `matches` selects; the number removed."""
    keep = []
    removed = 0
    for component in calendar.subcomponents:
        if component.name == "VEVENT" and matches(component):
            removed += 1
        else:
            keep.append(component)
    calendar.subcomponents[:] = keep
    return removed
