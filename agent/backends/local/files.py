"""File reads and writes the local backend can survive: atomic, bounded, never blocking.

The person's folders are shared with sync tools and mail clients, and any
file in them may be hostile or odd: a symlink to a synced copy, a FIFO, a
70 MB attachment, a temp file left by a killed process. Everything the local
adapters read or write goes through here, so those cases are handled once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import stat
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# A temp file of ours: ".<target name>.<pid>.<random>.tmp" beside its target.
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp$")
_OLDER_TEMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
# After this long a temp file is stale even if its pid is alive again (reused).
TEMP_MAX_AGE = 3600.0


class NotRegular(OSError):
    """A FIFO, socket or device where a file was expected: never opened for reading."""


class TooLarge(OSError):
    """A file over the size the agent reads whole; it is skipped, and that is noted."""


@dataclass(frozen=True)
class Note:
    """A file a run skipped or read only in part, and why: shown by `followup status`."""

    path: str
    reason: str


_notes: list[Note] = []


def note(path: Path | str, reason: str) -> None:
    """Log what was skipped and keep it for the end of the cycle (`take_notes`)."""
    log.warning("%s: %s", path, reason)
    _notes.append(Note(str(path), reason))


def take_notes() -> list[Note]:
    """The notes since the last call, each path once; the list is emptied."""
    taken = list({n.path: n for n in _notes}.values())
    _notes.clear()
    return taken


def read_limited(path: Path, limit: int) -> bytes:
    """The whole of a regular file, or TooLarge (noted) when it is over `limit` bytes."""
    read = read_bounded(path, limit)
    if read.truncated:
        reason = f"{_size(read.size)}, over the {_size(limit)} read in full; skipped"
        note(path, reason)
        raise TooLarge(reason)
    return read.data


def _size(count: int) -> str:
    return f"{count / (1 << 20):.0f} MB" if count >= 1 << 20 else f"{count / 1024:.0f} KB"


@dataclass(frozen=True)
class Bounded:
    """The first `limit` bytes of a file, and its whole size."""

    data: bytes
    size: int

    @property
    def truncated(self) -> bool:
        return self.size > len(self.data)


def read_bounded(path: Path, limit: int) -> Bounded:
    """At most `limit` bytes of a regular file; OSError (NotRegular) for anything else.

    Opened non-blocking and checked with fstat before any read, so a FIFO in
    a mail folder cannot hang the cycle, and a huge file costs `limit` bytes.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(f"{path} is not a regular file")
        chunks: list[bytes] = []
        remaining = limit
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return Bounded(b"".join(chunks), info.st_size)
    finally:
        os.close(descriptor)


def is_regular(path: Path) -> bool:
    """A regular file (following symlinks), without opening it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def write_atomic(path: Path, data: bytes) -> Path:
    """Replace the file's content all at once; the path written (a symlink's target).

    A symlink is followed, not replaced: the person may link the reminders to
    a synced folder, and replacing the link would cut the sync off. The temp
    file sits beside the real target so the rename stays on one file system.
    """
    target = Path(os.path.realpath(path))
    directory = target.parent
    directory.mkdir(parents=True, exist_ok=True)
    temp = directory / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, target.stat().st_mode & 0o777)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(directory)
    return target


def remove(path: Path) -> None:
    """Remove a file (a symlink's target, not the link) and make the removal durable."""
    target = Path(os.path.realpath(path))
    target.unlink()
    fsync_directory(target.parent)


def fsync_directory(directory: Path) -> None:
    """Make a rename durable; not every platform can open a directory."""
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


def clean_stale_temp(
    directory: Path, *, now: float | None = None, older_names: tuple[str, ...] = ()
) -> list[Path]:
    """Remove temp files `write_atomic` left behind (a killed process); the ones removed.

    Only our own name pattern is touched, and only when the process that
    wrote it is gone or the file is over an hour old: a write in progress in
    another process is left alone, and so is every file a sync tool keeps.
    `older_names` are target files whose temp files earlier versions named
    ".<name>.<8 random characters>.tmp" (no pid): removed after an hour.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        found = _TEMP.match(entry.name)
        older = _OLDER_TEMP.match(entry.name)
        if not entry.is_file(follow_symlinks=False):
            continue
        if found is not None:
            pid = int(found.group("pid"))
        elif older is not None and older.group("name") in older_names:
            pid = os.getpid()  # unknown writer: only its age decides
        else:
            continue
        if stale(pid, entry.stat(follow_symlinks=False).st_mtime, now):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    if removed:
        log.info("removed %d unfinished temp file(s) in %s", len(removed), directory)
    return removed


def stale(pid: int, mtime: float, now: float) -> bool:
    """A temp file is stale when its writer is gone, or it is too old to be in progress."""
    return now - mtime > TEMP_MAX_AGE or not pid_alive(pid)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def clean_reminder_temp(path: Path) -> list[Path]:
    """Temp files a killed run left where reminders are written: in the vdir folder,
    or beside the one .ics file (whose real place a symlink may point to)."""
    if path.suffix.lower() == ".ics" or path.is_file():
        target = Path(os.path.realpath(path))
        return clean_stale_temp(target.parent, older_names=(target.name,))
    return clean_stale_temp(path)
