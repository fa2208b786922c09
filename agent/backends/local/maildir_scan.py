"""What changed in a Maildir folder, from directory stamps and file names alone.

A Maildir folder changes only by files appearing in, leaving or being renamed
inside `new/` and `cur/`, and each of those bumps the directory's mtime. So a
cycle stats the two directories; when both carry the stamps the cursor kept,
nothing arrived and no file is listed or opened. When one changed, only that
directory is listed (names, no stat per file) and only names not seen before
are read. A rename by a mail client (new/ -> cur/, or flags after ":2,") keeps
the Maildir key, the part before ":", so it is not a new message.

Stamps and ticks: a directory's mtime has the file system's resolution (1 s on
some, ns on others), so a file created in the same tick as a listing leaves the
stamp unchanged. A directory whose mtime is within `RACY_NS` of the moment it
was listed is therefore not trusted: its stamp is stored as "unknown" and the
next cycle lists it again (the names already seen make that cheap).

Cursor, version 2: per folder and sub-directory, the mtime_ns it was listed at
(-1: list again) and the 6-byte digests of "<LABEL>/<key>" seen there; plus a
stamp of the Drafts folder (names, sizes, mtimes: drafts are few) so that an
idle cycle can say no draft was touched.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from pathlib import Path

from agent.backends.local import files

log = logging.getLogger(__name__)

SUBDIRS = ("new", "cur")
# Larger than any file system's mtime resolution (FAT: 2 s) plus clock slack.
RACY_NS = 3_000_000_000
UNKNOWN = -1
DIGEST_BYTES = 6
CURSOR_VERSION = 2
# The header block is read up to here to find From/To/Cc before any parse.
HEAD_LIMIT = 64 * 1024
_MESSAGE_ID = re.compile(rb"<[^<>\s]+>")
_NAME_TIME = re.compile(r"(\d{9,11})[._]")
_ADDRESS_LINES = re.compile(rb"^(?:from|to|cc|reply-to)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.I | re.M)
_NAMING_LINES = re.compile(rb"^(?:from|reply-to|subject)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


@dataclass
class FolderState:
    """One sub-directory as the cursor remembers it."""

    stamp: int = UNKNOWN
    blob: bytes = b""  # sorted digests, DIGEST_BYTES each

    def digests(self) -> set[bytes]:
        blob = self.blob
        return {blob[i : i + DIGEST_BYTES] for i in range(0, len(blob), DIGEST_BYTES)}


@dataclass
class Cursor:
    folders: dict[str, FolderState] = field(default_factory=dict)  # "<LABEL>/<sub>"
    drafts: str = ""

    def dump(self) -> str:
        return json.dumps(
            {
                "v": CURSOR_VERSION,
                "dirs": {
                    name: [state.stamp, base64.b64encode(state.blob).decode("ascii")]
                    for name, state in sorted(self.folders.items())
                },
                "drafts": self.drafts,
            },
            separators=(",", ":"),
        )


def load_cursor(text: str | None, labels: Iterable[str]) -> Cursor | None:
    """The cursor; None when there is none or it cannot be read (a first run).

    A version-1 cursor (one set of digests for every folder) is carried over:
    its digests count as seen in every folder, with every stamp unknown, so
    the next cycle lists once and nothing is reported twice.
    """
    if text is None:
        return None
    try:
        data = json.loads(text)
        if data.get("v") == 1:
            blob = base64.b64decode(data["seen"], validate=True)
            _check(blob)
            return Cursor(
                {
                    f"{label}/{sub}": FolderState(UNKNOWN, blob)
                    for label in labels
                    for sub in SUBDIRS
                }
            )
        if data.get("v") != CURSOR_VERSION:
            raise ValueError("unexpected cursor version")
        folders = {}
        for name, (stamp, encoded) in data["dirs"].items():
            blob = base64.b64decode(encoded, validate=True)
            _check(blob)
            folders[str(name)] = FolderState(int(stamp), blob)
        return Cursor(folders, str(data.get("drafts", "")))
    except (ValueError, KeyError, TypeError) as error:
        log.warning("mail cursor unreadable (%s); starting over with a 30-day look-back", error)
        return None


def _check(blob: bytes) -> None:
    if len(blob) % DIGEST_BYTES:
        raise ValueError("unexpected cursor shape")


def digest(message_id: str) -> bytes:
    return hashlib.sha256(message_id.encode("utf-8", "surrogateescape")).digest()[:DIGEST_BYTES]


def pack(digests: Collection[bytes]) -> bytes:
    return b"".join(sorted(digests))


def stamp(directory: Path) -> int:
    """The directory's mtime_ns; raises OSError when it cannot be read."""
    return os.stat(directory).st_mtime_ns


def trusted(stamp_ns: int, listed_at_ns: int) -> int:
    """The stamp to keep for a listing taken at `listed_at_ns`: UNKNOWN if racy."""
    return UNKNOWN if stamp_ns >= listed_at_ns - RACY_NS else stamp_ns


def now_ns() -> int:
    return time.time_ns()


def listing(directory: Path) -> dict[str, str]:
    """Maildir key -> file path for the regular files in one sub-directory (no stat per file).

    Dot files are a client's temporary files; anything but a regular file (a
    FIFO, a socket, a directory) is not mail and is never opened. Paths stay
    strings: building a Path per file costs more than the listing itself.
    """
    found: dict[str, str] = {}
    with os.scandir(directory) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                regular = entry.is_file(follow_symlinks=False)
                odd = not regular and not entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if regular:
                found[entry.name.split(":", 1)[0]] = entry.path
            elif odd:  # said once a cycle, so the person can remove it
                files.note(entry.path, "not a regular file (a FIFO, socket or link); skipped")
    return found


def name_time(key: str) -> int | None:
    """The delivery time at the start of a Maildir name (time.unique.host), if any."""
    found = _NAME_TIME.match(key)
    return int(found.group(1)) if found else None


def head(path: str | Path) -> bytes:
    """The header block of a message file (up to the first blank line, bounded)."""
    data = files.read_bounded(Path(path), HEAD_LIMIT).data  # never blocks on a FIFO
    for end in (b"\n\n", b"\r\n\r\n"):
        at = data.find(end)
        if at >= 0:
            return data[: at + len(end)]
    return data


def message_ids(head_bytes: bytes) -> frozenset[bytes]:
    """Every <message-id> token in a header block (Message-ID, In-Reply-To, References)."""
    return frozenset(_MESSAGE_ID.findall(head_bytes))


def mentions(head_bytes: bytes, terms: Collection[str]) -> bool:
    """Whether From, To, Cc or Reply-To contains one of the addresses or domains in `terms`.

    A cheap, generous test before any parse: a substring of the raw header
    value. What passes is parsed and matched properly by the cycle.
    """
    if not terms:
        return False
    values = b" ".join(m.group(1) for m in _ADDRESS_LINES.finditer(head_bytes)).lower()
    if not values:
        return False
    text = values.decode("utf-8", "replace")
    return any(term in text for term in terms)


def names(head_bytes: bytes, wanted: Collection[str]) -> bool:
    """Whether From, Reply-To or Subject names one of the employers in `wanted` (lower case):
    a screening or reference service writing in the employer's name."""
    if not wanted:
        return False
    values = b" ".join(m.group(1) for m in _NAMING_LINES.finditer(head_bytes))
    text = values.decode("utf-8", "replace")
    if "=?" in text:  # an encoded word: "=?utf-8?q?Placements_Sainte-H=C3=A9l=C3=A8ne?="
        with contextlib.suppress(ValueError, LookupError, UnicodeError):
            text = str(make_header(decode_header(text)))
    text = " ".join(text.lower().split())
    return any(name in text for name in wanted)


def drafts_stamp(folder: Path, listed_at_ns: int) -> str:
    """A fingerprint of the Drafts folder's files; "" when it cannot be trusted.

    Drafts are edited in place by some clients, which leaves the directory's
    mtime alone, so each file's size and mtime count too.
    """
    hasher = hashlib.sha256()
    try:
        for sub in SUBDIRS:
            with os.scandir(folder / sub) as entries:
                for entry in sorted(entries, key=lambda e: e.name):
                    info = entry.stat(follow_symlinks=False)
                    if info.st_mtime_ns >= listed_at_ns - RACY_NS:
                        return ""
                    hasher.update(
                        f"{sub}/{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode()
                    )
            if stamp(folder / sub) >= listed_at_ns - RACY_NS:
                return ""
    except OSError:
        return ""
    return hasher.hexdigest()
