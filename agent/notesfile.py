"""Notes written with `followup note`, kept in a file beside the configuration too.

The state store can be lost (a new machine, `--reset-state`, a deleted
folder); the mailbox and calendar tell what was done, but not what the person
said about an interview. Without the notes, a redrafted thank-you would differ
from the one already written. So each note is also appended to `notes.jsonl`
next to the config file (one JSON object a line: uid, text, added), written
whole to a temporary file and renamed, and a store that lacks a note found
there takes it back.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path

from agent.store import Store

log = logging.getLogger(__name__)

NAME = "notes.jsonl"


def path_for(config_path: Path) -> Path:
    return Path(config_path).parent / NAME


def read(path: Path) -> list[tuple[str, str, str]]:
    """(uid, text, added) of every note in the file; unreadable lines are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        log.warning("notes file %s skipped: %s", path, error)
        return []
    notes = []
    for line in lines:
        try:
            item = json.loads(line)
            notes.append((str(item["uid"]), str(item["text"]), str(item.get("added", ""))))
        except (ValueError, KeyError, TypeError):
            log.warning("notes file %s: a line skipped (not a note)", path)
    return notes


def append(path: Path, uid: str, text: str, added: datetime) -> None:
    """Add one note, writing the whole file anew and renaming it into place."""
    lines = [json.dumps({"uid": u, "text": t, "added": a}) for u, t, a in read(path)]
    lines.append(json.dumps({"uid": uid, "text": text, "added": added.isoformat()}))
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{NAME}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as error:  # the note is still in the store; only a lost store misses it
        log.warning("cannot keep the note in %s too (%s); it is in the state store", path, error)


def restore(store: Store, path: Path) -> int:
    """Give the store every note of the file it lacks; returns how many."""
    have = store.notes()
    added = 0
    for uid, text, when in read(path):
        if text in have.get(uid, ""):
            continue
        store.add_note(uid, text, _moment(when))
        have[uid] = (have.get(uid, "") + "\n" + text).strip("\n")
        added += 1
    return added


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return datetime.fromtimestamp(0).astimezone()
