"""What the cycle may conclude about a draft or an input, and only from positive evidence.

- An input that cannot be read costs itself: it is skipped, kept in the store
  and shown once in `status`, never the cycle.
- A draft gone from its file is not yet a deleted draft: it may have been
  re-saved by a mail client under a new Message-ID, or sent that way; it is
  looked for by what it is (recipient and subject, from the ledger) first.
- On a lost store's first cycle, a draft written before (the ledger says so)
  that the mailbox is sure is gone was deleted by the person: not recreated.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from agent.core import plan as planning
from agent.core.model import DraftRecord, DraftRef, DraftState, MailMessage
from agent.errors import FolderUnavailable
from agent.ledger import Ledger
from agent.ports import Mailbox
from agent.store import Store

log = logging.getLogger(__name__)


def unreadable(
    store: Store, lines: list[str], what: str, title: str, error: Exception, now: datetime
) -> None:
    """An input skipped because it cannot be read: logged and kept for `status`, once."""
    detail = f"{type(error).__name__}: {error}"[:300]
    if store.add_problem(what, title[:200], detail, now):
        log.warning("skipping %s (%r): %s", what, title[:80], detail)
        lines.append(f"skipped {what}: cannot read it ({detail})")


def resaved_copy(message: MailMessage, to: str, subject: str) -> bool:
    """The same mail under another Message-ID: to the same person, with the same subject."""
    same = " ".join(message.subject.split()).casefold() == " ".join(subject.split()).casefold()
    return same and any(a.email.lower() == to.lower() for a in message.to)


def found_again(
    store: Store,
    mailbox: Mailbox,
    ledger: Ledger,
    record: DraftRecord,
    sent_ids: dict[str, MailMessage],
    now: datetime,
) -> str | tuple[DraftRecord, str | None]:
    """A draft no longer under its file or Message-ID, looked for by what it is.

    Returns the report line when it was sent under another Message-ID, else
    the record (with its new reference when it was re-saved) and its text.
    """
    entry = ledger.entry(record.key)
    if entry is None:
        return record, None
    to, subject = entry
    sent = next((m for m in sent_ids.values() if resaved_copy(m, to, subject)), None)
    if sent is not None:
        store.draft_state(record.key, DraftState.SENT, sent.date or now)
        return f"you sent {planning.describe_key(record.key)}"
    like = getattr(mailbox, "find_draft_like", None)  # local only: Gmail keeps a draft's id
    moved = like(to, subject) if like is not None else None
    # A draft under one of our own Message-IDs is another of ours, not this one re-saved.
    if moved is None or moved.message_id.strip("<").startswith("followup."):
        return record, None
    store.draft_moved(record.key, moved)
    return replace(record, ref=moved), mailbox.draft_text(moved)


def deleted_before(mailbox: Mailbox, ledger: Ledger | None, key: str, message_id: str) -> bool:
    """A lost store's first cycle: was this draft written before and deleted since?

    Only from positive evidence: the ledger says it was written, and the
    mailbox is sure it is gone from Drafts (not merely unable to look).
    """
    if ledger is None or not ledger.has(key):
        return False
    try:
        return mailbox.draft_text(DraftRef("", message_id, "")) is None
    except FolderUnavailable:
        raise
    except Exception:  # a backend that cannot look a draft up by Message-ID: cannot tell
        return False
