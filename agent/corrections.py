"""Correcting how a reply was read (`followup reply ID KIND`): a misread costs nothing.

A reply read as a rejection removes the untouched thank-you drafts it made
pointless, and any reply that stops the cadence removes an untouched check-in
draft. Each such removal is recorded with the reply that caused it, so a
correction finds exactly those drafts again: thank-yous are written again by
the next cycle, and check-in drafts come back if the corrected reading lets
the check-ins go on (their reminders come back with the plan by themselves).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agent.core.model import ReplyKind
from agent.core.plan import parse_key
from agent.core.schedule import STOPPING
from agent.store import Store


@dataclass(frozen=True)
class Correction:
    message_id: str
    was: ReplyKind
    now: ReplyKind
    restored: tuple[str, ...]  # keys of the drafts the next cycle writes again


def correct(store: Store, message_id: str, kind: ReplyKind, at: datetime) -> Correction | None:
    """Set the reply's kind by hand and undo what the old reading removed; None if unknown."""
    old = next((r for r in store.replies() if r.message_id == message_id), None)
    if old is None or not store.correct_reply(message_id, kind):
        return None
    restored = []
    for key in store.removed_by(message_id):
        part = parse_key(key).kind
        if part == "thanks" and kind is not ReplyKind.REJECTION:
            store.restore_draft(key, at, rewrite=True)
            restored.append(key)
        elif part == "checkin" and kind not in STOPPING:
            store.restore_draft(key, at, rewrite=False)
            restored.append(key)
    return Correction(message_id, old.kind, kind, tuple(restored))
