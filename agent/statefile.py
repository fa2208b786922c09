"""The state store as a file: opened with clear errors, and set aside when it is broken.

A store can be corrupt (a disk fault, a truncated copy), written by a newer
version, or unwritable (permissions, a full disk). None of these is a bug to
show as a traceback: each becomes a `StoreError` naming the file and the fix.

The fix for a broken store is `followup run --once --reset-state`: the file is
moved aside as a backup (never deleted) and a fresh store is started. That is
safe because what was done is found again from the mailbox and the calendar
themselves: drafts by their Message-ID, reminders by their key, sent mail in
Sent, and notes from the notes file beside the config.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from agent.errors import BackendError, StoreError
from agent.store import Store, StoreTooNew


class StoreUnavailable(BackendError):
    """The store cannot be written just now (permissions, a full disk): named, exit 1."""


# SQLite keeps these beside the database; they belong with it when it moves.
_COMPANIONS = ("-wal", "-shm", "-journal")


def fix_for(path: Path) -> str:
    return (
        f"run `followup run --once --reset-state` to set {path.name} aside as a backup and "
        "start afresh (what was done is found again from your mailbox and calendar), "
        "or restore a backup of it"
    )


def describe(path: Path, error: BaseException) -> StoreError | StoreUnavailable:
    """The error a person reads for `error` raised while using the store at `path`."""
    if isinstance(error, StoreTooNew):
        return StoreError(f"state store {path}: {error}, or {fix_for(path)}.")
    if isinstance(error, OSError | sqlite3.OperationalError) and not _corrupt(error):
        # Perhaps passing (a full disk, a lock): a daemon retries; a command exits 1.
        return StoreUnavailable(
            f"cannot use the state store {path}: {error}. Check that its folder exists, "
            "is writable, and that the disk has room (or set state.path)."
        )
    return StoreError(f"state store {path} is unreadable ({error}): {fix_for(path)}.")


def _corrupt(error: BaseException) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def open_store(path: Path) -> Store:
    """The store at `path`, or a StoreError naming it and the fix."""
    try:
        return Store.open(path)
    except (sqlite3.DatabaseError, StoreTooNew, OSError) as error:
        raise describe(path, error) from error


@contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Turn SQLite failures met while using the store into a StoreError naming it."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise describe(path, error) from error


def reset(path: Path, now: datetime | None = None) -> Path | None:
    """Move the store (and its journal files) aside; returns the backup, None if none."""
    if not path.exists():
        return None
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.broken-{stamp}")
    try:
        path.rename(backup)
        for suffix in _COMPANIONS:
            companion = Path(str(path) + suffix)
            if companion.exists():
                companion.rename(Path(str(backup) + suffix))
    except OSError as error:
        raise StoreError(f"cannot move the state store {path} aside: {error}") from error
    return backup
