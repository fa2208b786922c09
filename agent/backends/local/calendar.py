"""CalendarSource over an .ics file or a directory of .ics files.

Local files have no sync token, so every change is a full rescan of the
window; the cursor is a fingerprint of the files, and an unchanged fingerprint
means an idle cycle parses nothing.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta
from pathlib import Path

import icalendar

from agent.backends.local import ics
from agent.core.model import CalendarChanges, CalendarEvent
from agent.errors import BadInput, MissingInput

log = logging.getLogger(__name__)


class LocalCalendar:
    """Events from `path`; `me` marks the person's own attendee entry."""

    def __init__(
        self,
        path: Path,
        *,
        me: str,
        window_days_back: int = 60,
        window_days_ahead: int = 90,
    ) -> None:
        self.path = Path(path)
        self.me = me.strip().lower()
        self.window_days_back = window_days_back
        self.window_days_ahead = window_days_ahead

    def changes(self, cursor: str | None, now: datetime) -> CalendarChanges:
        """All events in the window, or nothing when the files and the day are unchanged.

        The fingerprint includes the window's first day: as days pass, events
        enter the window without any file changing, so a new day rescans once.
        """
        window = (
            now - timedelta(days=self.window_days_back),
            now + timedelta(days=self.window_days_ahead),
        )
        files = self._files()
        fingerprint = _fingerprint(files, window[0])
        if cursor == fingerprint:
            return CalendarChanges(events=(), cursor=fingerprint, complete=False)
        events: list[CalendarEvent] = []
        unreadable = False
        for file in files:
            found = self._events_in(file, window)
            unreadable = unreadable or found is None
            events.extend(found or ())
        if unreadable:
            # A file half-written by a sync tool is not an empty calendar: report
            # what could be read as changes only, so nothing known is forgotten,
            # and keep the old cursor so the next cycle reads every file again.
            return CalendarChanges(events=tuple(events), cursor=cursor or "", complete=False)
        return CalendarChanges(
            events=tuple(events), cursor=fingerprint, complete=True, window=window
        )

    def timezone(self) -> str | None:
        """X-WR-TIMEZONE of the first readable calendar, if it has one."""
        for file in self._files():
            try:
                calendars = ics.read_calendars(file.read_bytes(), str(file))
            except (OSError, BadInput):
                continue
            return ics.calendar_timezone(calendars[0])
        return None

    def _files(self) -> list[Path]:
        if self.path.is_dir():
            return sorted(p for p in self.path.glob("*.ics") if p.is_file())
        if self.path.is_file():
            return [self.path]
        raise MissingInput(
            f"local.calendar: {self.path} not found (an .ics file or a folder of them); "
            "restore it or fix local.calendar. Nothing was changed."
        )

    def _events_in(
        self, file: Path, window: tuple[datetime, datetime]
    ) -> list[CalendarEvent] | None:
        """The file's events in the window; None when the file cannot be read at all."""
        try:
            calendars = ics.read_calendars(file.read_bytes(), str(file))
        except OSError as error:
            log.warning("calendar file %s skipped: cannot read it (%s)", file, error)
            return None
        except BadInput as error:
            log.warning("calendar file skipped: %s", error)
            return None
        events: list[CalendarEvent] = []
        for calendar in calendars:
            events.extend(
                ics.expand_events(
                    calendar,
                    window[0],
                    window[1],
                    calendar_id=self._calendar_id(calendar, file),
                    me=self.me,
                    source=str(file),
                )
            )
        return events

    def _calendar_id(self, calendar: icalendar.Calendar, file: Path) -> str:
        """X-WR-CALNAME, else the name the person gave: the file, or the directory.

        A directory (as vdirsyncer writes it) holds one event per file, so its
        own name is the calendar's name.
        """
        name = ics.calendar_name(calendar)
        if name:
            return name
        return self.path.name if self.path.is_dir() else file.stem


def _fingerprint(files: list[Path], window_start: datetime) -> str:
    digest = hashlib.sha256(window_start.date().isoformat().encode())
    for file in files:
        try:
            stat = file.stat()
        except OSError:
            continue
        digest.update(f"\0{file.name}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()
