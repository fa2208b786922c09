"""ReminderCalendar over a vdir folder: one .ics file per reminder.

The layout khal, vdirsyncer and todoman read and sync to CalDAV
(https://vdirsyncer.pimutils.org/en/stable/vdir.html): a folder is a
calendar, each `.ics` file in it holds one item, files whose names do not
end in `.ics` are ignored, and changes are written to a temp file and renamed.
A reminder keeps one UID (and one file, named from the UID) for its whole
life; a move rewrites that file with SEQUENCE one higher and a new
LAST-MODIFIED, so a subscribed calendar shows the new time only. Files
without our X-FOLLOWUP-KEY are the person's and are never written or removed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import icalendar

from agent.backends.local import files, ics
from agent.backends.local.reminders import LocalReminders
from agent.core.model import Reminder, ReminderRef
from agent.errors import BackendError, BadInput

log = logging.getLogger(__name__)

# vdir metadata: the name a client shows for the folder (vdirsyncer's metasync).
DISPLAYNAME = "Interview follow-ups"
# Reminders are small; anything bigger in the folder is not one of ours.
MAX_ITEM_BYTES = 1 << 20
_SAFE_NAME = re.compile(r"[A-Za-z0-9_.@+-]+")


class VdirReminders:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_written(self) -> Path:
        """The folder reminders go to; never read back as a calendar of interviews."""
        return self.folder

    def describe(self) -> str:
        return f"{self.folder} (a folder, one .ics file per reminder)"

    def clean_stale_temp(self) -> list[Path]:
        """Temp files a killed run left in the folder; called at the start of a cycle."""
        return files.clean_reminder_temp(self.folder)

    def insert(self, reminder: Reminder, version: str) -> ReminderRef:
        """Write the reminder's file, or rewrite it in place (SEQUENCE bumped)."""
        uid = ics.reminder_uid(reminder.key)
        path = self.folder / item_name(uid)
        old = self._ours(path, reminder.key)
        try:
            event = ics.reminder_event(
                reminder,
                version,
                stamp=datetime.now(UTC),
                sequence=ics.next_sequence(old, version),
            )
        except BadInput as error:
            raise BackendError(str(error)) from error
        calendar = ics.new_calendar()
        calendar.add_component(event)
        try:
            self._create_folder()
            files.write_atomic(path, calendar.to_ical())
        except OSError as error:
            raise BackendError(f"cannot write the reminder {path}: {error}") from error
        return ReminderRef(key=reminder.key, event_id=uid, version=version)

    def find(self, key: str) -> list[ReminderRef]:
        if not key:
            return []  # every foreign event has the empty key
        found = []
        for path in self._items():
            event = self._ours(path, key)
            if event is not None:
                uid, version = ics.component_uid(event), ics.followup_version(event)
                found.append(ReminderRef(key, uid, version))
        return found

    def delete(self, ref: ReminderRef) -> None:
        """Remove our file for this UID, key and version; anything else stays."""
        if not ref.key:
            return
        for path in self._items():
            event = self._ours(path, ref.key)
            if (
                event is not None
                and ics.component_uid(event) == ref.event_id
                and (not ref.version or ics.followup_version(event) == ref.version)
            ):
                try:
                    files.remove(path)
                except FileNotFoundError:
                    pass
                except OSError as error:
                    raise BackendError(f"cannot remove the reminder {path}: {error}") from error

    # ------------------------------------------------------------------ files

    def _items(self) -> list[Path]:
        """The folder's items; ours first (named from the UID), then any other .ics."""
        try:
            names = sorted(
                entry.name
                for entry in os.scandir(self.folder)
                if entry.name.endswith(".ics") and not entry.name.startswith(".")
            )
        except FileNotFoundError:
            return []
        except OSError as error:
            raise BackendError(
                f"cannot list the reminders folder {self.folder}: {error}"
            ) from error
        return [self.folder / name for name in names]

    def _ours(self, path: Path, key: str) -> icalendar.Event | None:
        """The file's event when it is ours and carries `key`; None for anything else."""
        try:
            read = files.read_bounded(path, MAX_ITEM_BYTES)
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("reminder file %s skipped: cannot read it (%s)", path, error)
            return None
        if read.truncated or ics.KEY_PROPERTY.encode() not in read.data:
            return None  # cheap: the person's own items are not parsed
        try:
            calendars = ics.read_calendars(read.data, str(path))
        except BadInput:
            return None
        for calendar in calendars:
            for event in calendar.walk("VEVENT"):
                if ics.followup_key(event) == key:
                    return event
        return None

    def _create_folder(self) -> None:
        """The folder, with a display name, the first time a reminder is written."""
        if self.folder.is_dir():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        files.write_atomic(self.folder / "displayname", DISPLAYNAME.encode())


def item_name(uid: str) -> str:
    """The file name for a UID: the UID itself when it is file-name safe, else its hash."""
    if _SAFE_NAME.fullmatch(uid) and len(uid) <= 200:
        return f"{uid}.ics"
    return hashlib.sha256(uid.encode("utf-8", "surrogateescape")).hexdigest()[:32] + ".ics"


def open_reminders(path: Path) -> LocalReminders | VdirReminders:
    """The reminder calendar a path names: a vdir folder, or one .ics file.

    A path ending in .ics (or an existing file) keeps the single-file form, for
    apps that subscribe to one file (`layout.reminders_path` chooses the path).
    """
    if path.suffix.lower() == ".ics" or path.is_file():
        return LocalReminders(path)
    return VdirReminders(path)
