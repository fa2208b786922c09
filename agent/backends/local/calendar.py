"""CalendarSource over an .ics file or a directory of .ics files.

Local files have no sync token; the cursor (calendar_cursor) remembers each
file's stamp, digest and events. An unchanged fingerprint means an idle cycle
parses nothing, a changed file is the only one parsed, and a new day rescans
the window. Parsing is linear in events: events surely outside the window are
cut before parsing (ics_window), and only recurring series are expanded.
icalendar is imported only when a file is parsed.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from agent.backends.local import calendar_cursor, files
from agent.core.model import CalendarChanges, CalendarEvent
from agent.errors import BackendError, BadInput, MissingInput
from agent.ports import LOOK_BACK

if TYPE_CHECKING:
    import icalendar

log = logging.getLogger(__name__)

# Far above any real calendar (10,000 events are about 10 MB); bounds the memory a file costs.
MAX_FILE_BYTES = 64 << 20
# Events parsed at once from one file: bounds the memory a big calendar takes.
BATCH_EVENTS = 500


class LocalCalendar:
    """Events from `path`; `me` marks the person's own attendee entry."""

    def __init__(
        self,
        path: Path,
        *,
        me: str,
        window_days_back: int = LOOK_BACK.days,
        window_days_ahead: int = 90,
    ) -> None:
        self.path = Path(path)
        self.me = me.strip().lower()
        self.window_days_back = window_days_back
        self.window_days_ahead = window_days_ahead
        self.parsed_files = 0  # files parsed by this instance: tests count them

    def changes(self, cursor: str | None, now: datetime) -> CalendarChanges:
        """What changed in the files since the cursor; nothing when no file changed.

        On a new day, or without a usable cursor, every file is read and the
        answer is complete for the window: as days pass, events enter the
        window without any file changing. Otherwise only files whose size or
        mtime changed are read (and parsed only if their bytes changed), and
        the answer lists their events plus a cancellation for each event no
        longer in any file.
        """
        window = (
            now - timedelta(days=self.window_days_back),
            now + timedelta(days=self.window_days_ahead),
        )
        found = self._stamped_files()
        files = list(found)
        scanned_at = time.time_ns()
        day = window[0].date()
        fingerprint = calendar_cursor.fingerprint(found, day, scanned_at)
        if fingerprint and calendar_cursor.fingerprint_of(cursor) == fingerprint:
            return CalendarChanges(events=(), cursor=cursor or "", complete=False)
        known = calendar_cursor.load(cursor, day)
        if known is None:
            return self._read_all(files, found, window, cursor, fingerprint, scanned_at)
        return self._read_changed(files, found, window, known, fingerprint, scanned_at)

    def _read_all(
        self,
        files: list[str],
        found: dict[str, calendar_cursor.Stamp],
        window: tuple[datetime, datetime],
        cursor: str | None,
        fingerprint: str,
        scanned_at: int,
    ) -> CalendarChanges:
        fresh = calendar_cursor.Cursor(window[0].date().isoformat())
        events: list[CalendarEvent] = []
        unreadable = False
        for file in files:
            stamp = found.get(file)
            read = self._read(self._file(file), window)
            if read is None or stamp is None:
                unreadable = True
                continue
            digest, file_events = read
            fresh.files[file] = calendar_cursor.FileState(
                stamp.size,
                calendar_cursor.kept_stamp(stamp, scanned_at),
                digest,
                [e.uid for e in file_events],
            )
            events.extend(file_events)
        if unreadable:
            # A file half-written by a sync tool is not an empty calendar: report
            # what could be read as changes only, so nothing known is forgotten,
            # and keep the old cursor so the next cycle reads every file again.
            return CalendarChanges(events=tuple(events), cursor=cursor or "", complete=False)
        return CalendarChanges(
            events=tuple(events), cursor=fresh.dump(fingerprint), complete=True, window=window
        )

    def _read_changed(
        self,
        files: list[str],
        found: dict[str, calendar_cursor.Stamp],
        window: tuple[datetime, datetime],
        known: calendar_cursor.Cursor,
        fingerprint: str,
        scanned_at: int,
    ) -> CalendarChanges:
        fresh = calendar_cursor.Cursor(known.day)
        events: list[CalendarEvent] = []
        for file in files:
            stamp = found.get(file)
            before = known.files.get(file)
            if stamp is None:
                fingerprint = ""
                if before is not None:
                    fresh.files[file] = before
                continue
            if (
                before is not None
                and before.mtime_ns != calendar_cursor.UNKNOWN
                and (before.size, before.mtime_ns) == (stamp.size, stamp.mtime_ns)
            ):
                fresh.files[file] = before
                continue
            kept = calendar_cursor.kept_stamp(stamp, scanned_at)
            read = self._read(self._file(file), window, unless=before.digest if before else None)
            if read is None:  # unreadable: keep what it gave, and try it again next cycle
                fingerprint = ""
                if before is not None:
                    fresh.files[file] = before
                continue
            digest, file_events = read
            if before is not None and digest == before.digest:
                fresh.files[file] = calendar_cursor.FileState(stamp.size, kept, digest, before.uids)
                continue
            fresh.files[file] = calendar_cursor.FileState(
                stamp.size, kept, digest, [e.uid for e in file_events]
            )
            events.extend(file_events)
        listed = {uid for state in fresh.files.values() for uid in state.uids}
        gone = sorted({uid for s in known.files.values() for uid in s.uids} - listed)
        cancelled = [
            CalendarEvent(uid, "", "", window[0], window[0], status="cancelled") for uid in gone
        ]
        return CalendarChanges(
            events=(*cancelled, *events), cursor=fresh.dump(fingerprint), complete=False
        )

    def timezone(self) -> str | None:
        """X-WR-TIMEZONE of the first readable calendar, if it has one.

        Only the calendar's own lines are parsed, not its events.
        """
        from agent.backends.local import ics, ics_window

        for file in self._files():
            try:
                data = ics_window.without_events(file.read_bytes())
                calendars = ics.read_calendars(data, str(file))
            except (OSError, BadInput):
                continue
            return ics.calendar_timezone(calendars[0])
        return None

    def _stamped_files(self) -> dict[str, calendar_cursor.Stamp]:
        """Calendar file name -> stamp: for a folder, one scandir and one stat per file."""
        if self.path.is_dir():
            try:
                return calendar_cursor.scan_folder(self.path)
            except OSError as error:
                raise BackendError(
                    f"cannot list the calendar folder {self.path}: {error}"
                ) from error
        return {file.name: stamp for file, stamp in calendar_cursor.stamps(self._files()).items()}

    def _file(self, name: str) -> Path:
        return self.path / name if self.path.is_dir() else self.path

    def _files(self) -> list[Path]:
        if self.path.is_dir():
            return sorted(p for p in self.path.glob("*.ics") if p.is_file())
        if self.path.is_file():
            return [self.path]
        raise MissingInput(
            f"local.calendar: {self.path} not found (an .ics file or a folder of them); "
            "restore it or fix local.calendar. Nothing was changed."
        )

    def _read(
        self, file: Path, window: tuple[datetime, datetime], *, unless: str | None = None
    ) -> tuple[str, list[CalendarEvent]] | None:
        """The file's digest and events in the window; None when it cannot be read at all.

        With `unless`, a file whose digest is that one is not parsed (no events).
        """
        try:
            data = files.read_limited(file, MAX_FILE_BYTES)
        except OSError as error:
            log.warning("calendar file %s skipped: cannot read it (%s)", file, error)
            return None
        digest = calendar_cursor.content_digest(data)
        if digest == unless:
            return digest, []
        from agent.backends.local import ics, ics_window  # icalendar: only to parse

        near = ics_window.events_near(data, window[0], window[1])
        if len(near) < len(data) and b"BEGIN:VEVENT" not in near.upper():
            return digest, []  # every event cut as far outside the window: nothing to parse
        del data
        events: list[CalendarEvent] = []
        for batch in ics_window.batches(near, BATCH_EVENTS):
            try:
                calendars = ics.read_calendars(batch, str(file))
            except BadInput as error:
                log.warning("calendar file skipped: %s", error)
                return None
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
        self.parsed_files += 1
        return digest, events

    def _calendar_id(self, calendar: icalendar.Calendar, file: Path) -> str:
        """X-WR-CALNAME, else the name the person gave: the file, or the directory.

        A directory (as vdirsyncer writes it) holds one event per file, so its
        own name is the calendar's name.
        """
        from agent.backends.local import ics

        name = ics.calendar_name(calendar)
        if name:
            return name
        return self.path.name if self.path.is_dir() else file.stem
