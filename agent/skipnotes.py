"""Files a run skipped or read only in part, kept for `followup status`.

The local backend notes them as it reads (`files.note`): a message over the
size limit, a FIFO in a mail folder, a calendar file too big to read. A note
is kept by path for two weeks, so `status` can say what was left out long
after the log line scrolled away, and a file noted again replaces its note.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from agent.core.model import Skipped
from agent.store import Store

META_KEY = "local.skipped_files"
KEEP = timedelta(days=14)
MOST = 50


def remember(store: Store, notes: list[tuple[str, str]], now: datetime) -> None:
    """Add this cycle's (path, reason) notes to the kept ones."""
    kept = _load(store)
    for path, reason in notes:
        kept[path] = {"reason": reason, "at": now.isoformat()}
    fresh = {
        path: note
        for path, note in kept.items()
        if now - datetime.fromisoformat(note["at"]) <= KEEP
    }
    newest = sorted(fresh.items(), key=lambda item: item[1]["at"])[-MOST:]
    if newest or kept:
        store.set_meta(META_KEY, json.dumps(dict(newest), sort_keys=True))


def as_skipped(store: Store) -> list[Skipped]:
    """The kept notes in the shape `status` lists skipped things."""
    return [Skipped(path, path, note["reason"]) for path, note in sorted(_load(store).items())]


def _load(store: Store) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(store.meta(META_KEY) or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(path): note
        for path, note in data.items()
        if isinstance(note, dict) and isinstance(note.get("reason"), str) and note.get("at")
    }
