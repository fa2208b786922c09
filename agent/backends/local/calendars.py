"""Which calendars `local.calendar` names, and several of them read as one source.

A path may be an .ics file, a folder of .ics items (one calendar, a vdir as
khal and vdirsyncer keep it), or a vdirsyncer account root: a folder of such
folders, one per calendar of the account
(https://vdirsyncer.pimutils.org/en/stable/vdir.html). A path that is none of
these is a configuration error naming the key, not an empty calendar: an
interview on a calendar the agent cannot see would silently get no follow-up.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from agent.backends.local.calendar import LocalCalendar
from agent.core.model import CalendarChanges
from agent.errors import ConfigError, MissingInput

# vdirsyncer's metadata files in a collection folder (metasync).
_VDIR_METADATA = ("displayname", "color")


@dataclass(frozen=True)
class FoundCalendar:
    path: Path
    kind: str  # "file", "folder", "folder in an account"


def find_calendars(paths: tuple[Path, ...], *, exclude: Path | None = None) -> list[FoundCalendar]:
    """Every calendar the configured paths hold; ConfigError naming local.calendar otherwise.

    `exclude` is the reminders folder or file: the agent's own events are
    never read back as interviews, even inside a watched account root.
    """
    found: list[FoundCalendar] = []
    skip = _real(exclude) if exclude is not None else None
    for path in paths:
        if not path.exists():  # absent, perhaps for a while: a daemon retries
            raise MissingInput(
                f"local.calendar: {path} does not exist; set local.calendar to an .ics file, "
                "a calendar folder, or a vdirsyncer account folder"
            )
        if path.is_file():
            found.append(FoundCalendar(path, "file"))
            continue
        if not path.is_dir():
            raise ConfigError(f"local.calendar: {path} is neither a file nor a folder")
        if _is_collection(path):
            if _real(path) != skip:
                found.append(FoundCalendar(path, "folder"))
            continue
        members = [sub for sub in _subfolders(path) if _is_collection(sub) and _real(sub) != skip]
        if not members:
            raise ConfigError(
                f"local.calendar: {path} holds no .ics files and no calendar folders; set "
                "local.calendar to the file or folder your calendar app or vdirsyncer writes"
            )
        found += [FoundCalendar(sub, "folder in an account") for sub in members]
    if not found:
        raise ConfigError(
            "local.calendar: names only the folder reminders are written to; set "
            "local.calendar to your own calendars, or local.reminders to another folder"
        )
    return found


def open_calendar(found: list[FoundCalendar], *, me: str) -> LocalCalendar | Calendars:
    """One source over every calendar found; a single one as it always was."""
    sources = [LocalCalendar(c.path, me=me) for c in found]
    return sources[0] if len(sources) == 1 else Calendars(sources)


class Calendars:
    """Several LocalCalendars as one CalendarSource; the cursor holds each one's own.

    The result is complete only when every calendar's is, so an event on an
    unchanged or unreadable calendar is never taken for a removed one.
    """

    def __init__(self, sources: list[LocalCalendar]) -> None:
        self.sources = sources

    def changes(self, cursor: str | None, now: datetime) -> CalendarChanges:
        """Nothing when no calendar changed; else every calendar read in full.

        A full read of all is what lets a removed event be noticed: a complete
        listing must cover every calendar, including the ones that did not change.
        """
        before = _read_cursor(cursor)
        parts = {str(s.path): s.changes(before.get(str(s.path)), now) for s in self.sources}
        if any(part.complete for part in parts.values()):
            for source in self.sources:
                if not parts[str(source.path)].complete:
                    parts[str(source.path)] = source.changes(None, now)
        after = {name: part.cursor for name, part in parts.items()}
        events = [event for part in parts.values() for event in part.events]
        complete = all(part.complete for part in parts.values())
        window = next((part.window for part in parts.values() if part.window), None)
        return CalendarChanges(
            events=tuple(events),
            cursor=json.dumps(after, sort_keys=True, separators=(",", ":")),
            complete=complete,
            window=window if complete else None,
        )

    def timezone(self) -> str | None:
        for source in self.sources:
            zone = source.timezone()
            if zone:
                return zone
        return None


def _read_cursor(cursor: str | None) -> dict[str, str]:
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _is_collection(folder: Path) -> bool:
    """A calendar folder: .ics items, or vdirsyncer's metadata for an empty one."""
    try:
        with os.scandir(folder) as entries:  # stops at the first item: folders can be big
            return any(
                not e.name.startswith(".")
                and (e.name.lower().endswith(".ics") or e.name in _VDIR_METADATA)
                for e in entries
            )
    except OSError:
        return False


def _subfolders(path: Path) -> list[Path]:
    try:
        return sorted(
            Path(e.path) for e in os.scandir(path) if e.is_dir() and not e.name.startswith(".")
        )
    except OSError:
        return []


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))
