"""ReminderCalendar over one .ics file, which may also hold the person's own events.

Every change is read-modify-write of the whole file, written atomically (temp
file in the same directory, fsync, rename), so a crash leaves the old file or
the new one, never half of one. Events without our X-FOLLOWUP-KEY are kept as
the parsed components they were and are never removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import icalendar

from agent.backends.local import ics
from agent.core.model import Reminder, ReminderRef
from agent.errors import BackendError, BadInput

log = logging.getLogger(__name__)


class LocalReminders:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def insert(self, reminder: Reminder, version: str) -> ReminderRef:
        """Add the reminder; inserting the same key and version again replaces it."""
        try:
            event = ics.reminder_event(reminder, version, stamp=datetime.now(UTC))
        except BadInput as error:
            raise BackendError(str(error)) from error
        uid = ics.component_uid(event)
        calendar = self._load()
        _remove(calendar, lambda c: ics.component_uid(c) == uid and bool(ics.followup_key(c)))
        calendar.add_component(event)
        self._save(calendar)
        return ReminderRef(key=reminder.key, event_id=uid, version=version)

    def find(self, key: str) -> list[ReminderRef]:
        if not key:
            return []  # every foreign event has the empty key
        return [
            ReminderRef(
                key=key,
                event_id=ics.component_uid(component),
                version=ics.followup_version(component),
            )
            for component in self._load().walk("VEVENT")
            if ics.followup_key(component) == key
        ]

    def delete(self, ref: ReminderRef) -> None:
        """Remove our event with this UID and key; anything else in the file stays."""
        if not ref.key:
            return
        calendar = self._load()
        removed = _remove(
            calendar,
            lambda c: ics.component_uid(c) == ref.event_id and ics.followup_key(c) == ref.key,
        )
        if removed:
            self._save(calendar)

    def _load(self) -> icalendar.Calendar:
        """The file's calendar; a missing file is an empty one.

        A file that exists but cannot be read is an error, not an empty
        calendar: writing over it would destroy the person's own events.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return ics.new_calendar()
        except OSError as error:
            raise BackendError(f"cannot read the reminder calendar {self.path}: {error}") from error
        if not data.strip():
            return ics.new_calendar()
        try:
            calendars = ics.read_calendars(data, str(self.path))
        except BadInput as error:
            raise BackendError(f"{error}; fix or move the file, it is left as it is") from error
        if len(calendars) > 1:
            raise BackendError(
                f"{self.path} holds {len(calendars)} calendars; reminders need a file with one"
            )
        return calendars[0]

    def _save(self, calendar: icalendar.Calendar) -> None:
        data = calendar.to_ical(sorted=False)  # keep the order the file had
        directory = self.path.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            descriptor, temp_name = tempfile.mkstemp(
                dir=directory, prefix=f".{self.path.name}.", suffix=".tmp"
            )
        except OSError as error:
            raise BackendError(
                f"cannot write the reminder calendar {self.path}: {error}"
            ) from error
        try:
            with os.fdopen(descriptor, "wb") as temp:
                temp.write(data)
                temp.flush()
                os.fsync(temp.fileno())
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temp_name, self.path.stat().st_mode & 0o777)
            os.replace(temp_name, self.path)
            _fsync_directory(directory)
        except OSError as error:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise BackendError(
                f"cannot write the reminder calendar {self.path}: {error}"
            ) from error


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


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform can open a directory."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        log.debug("fsync of %s not supported", directory)
    finally:
        os.close(descriptor)
