"""The local calendar's cursor: what each file held when it was last read.

`<fingerprint>\\n<json>`. The fingerprint covers every file's name, size and
mtime and the window's first day; when it matches, the cycle is idle and the
JSON is not even decoded. The JSON keeps, per file, its size, mtime_ns, a
digest of its bytes and the uids of the events it gave, so that a cycle after
a change reads only the files that changed, a file touched but not changed is
hashed and not parsed, and an event gone from a changed file is reported gone.

A stamp taken within `RACY_NS` of the scan is not trusted (a write in the same
tick leaves it unchanged): it is kept as -1 and the file hashed again next
cycle, and the fingerprint is left empty so that cycle is not taken for idle.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

VERSION = 2
RACY_NS = 3_000_000_000
UNKNOWN = -1


@dataclass(frozen=True)
class Stamp:
    size: int
    mtime_ns: int


@dataclass
class FileState:
    size: int
    mtime_ns: int
    digest: str
    uids: list[str] = field(default_factory=list)


@dataclass
class Cursor:
    day: str
    files: dict[str, FileState] = field(default_factory=dict)

    def dump(self, fingerprint: str) -> str:
        data = {
            "v": VERSION,
            "day": self.day,
            "files": {
                name: [state.size, state.mtime_ns, state.digest, state.uids]
                for name, state in sorted(self.files.items())
            },
        }
        return fingerprint + "\n" + json.dumps(data, separators=(",", ":"))


def fingerprint_of(cursor: str | None) -> str:
    return (cursor or "").partition("\n")[0]


def load(cursor: str | None, day: date) -> Cursor | None:
    """The cursor for a scan on `day`; None (read everything) for another day or version."""
    _, newline, text = (cursor or "").partition("\n")
    if not newline:
        return None
    try:
        data = json.loads(text)
        if data.get("v") != VERSION or data.get("day") != day.isoformat():
            return None
        files = {
            str(name): FileState(int(size), int(mtime), str(digest), [str(u) for u in uids])
            for name, (size, mtime, digest, uids) in data["files"].items()
        }
    except (ValueError, KeyError, TypeError) as error:
        log.debug("calendar cursor unreadable (%s); reading every file", error)
        return None
    return Cursor(day.isoformat(), files)


def stamps(files: list[Path]) -> dict[Path, Stamp]:
    found: dict[Path, Stamp] = {}
    for file in files:
        try:
            info = os.stat(file)
        except OSError:
            continue
        found[file] = Stamp(info.st_size, info.st_mtime_ns)
    return found


def scan_folder(folder: Path) -> dict[str, Stamp]:
    """Name -> stamp of the .ics files in a folder (hidden files and others left out)."""
    found: dict[str, Stamp] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") or not entry.name.endswith(".ics"):
                continue
            try:
                if not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:  # listed but not statable: read (and reported) like any other
                found[entry.name] = Stamp(UNKNOWN, UNKNOWN)
                continue
            found[entry.name] = Stamp(info.st_size, info.st_mtime_ns)
    return dict(sorted(found.items()))


def fingerprint(found: dict[str, Stamp], day: date, scanned_at_ns: int) -> str:
    """The files' names and stamps with the day; "" when a stamp is too fresh to trust."""
    digest = hashlib.sha256(day.isoformat().encode())
    recent = scanned_at_ns - RACY_NS
    for name, stamp in found.items():
        if stamp.mtime_ns >= recent:
            return ""
        digest.update(f"\0{name}\0{stamp.size}\0{stamp.mtime_ns}".encode())
    return digest.hexdigest()


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def kept_stamp(stamp: Stamp, scanned_at_ns: int) -> int:
    return UNKNOWN if stamp.mtime_ns >= scanned_at_ns - RACY_NS else stamp.mtime_ns
