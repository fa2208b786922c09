"""Actions, and how the wanted state and the store's records become them.

Every draft and reminder has a purpose key (its idempotency key) and a
version (a hash of its content). An action is due only where the wanted
version differs from the recorded one, so the same inputs twice give nothing
to do the second time.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.core.model import (
    Done,
    Draft,
    DraftRef,
    DraftState,
    Person,
    Reminder,
    ReminderRecord,
)

# A reminder for a moment further in the past than this is not worth creating.
REMINDER_GRACE = timedelta(hours=12)


@dataclass(frozen=True)
class CreateDraft:
    draft: Draft
    version: str


@dataclass(frozen=True)
class UpdateDraft:
    draft: Draft
    version: str
    ref: DraftRef


@dataclass(frozen=True)
class RemoveDraft:
    key: str
    ref: DraftRef
    why: str
    reply: str = ""  # the reply whose reading made it stale, if one did


@dataclass(frozen=True)
class PutReminder:
    reminder: Reminder
    version: str
    replaces: ReminderRecord | None = None  # the same purpose at another time or text


@dataclass(frozen=True)
class DeleteReminder:
    record: ReminderRecord
    why: str


Action = CreateDraft | UpdateDraft | RemoveDraft | PutReminder | DeleteReminder


def fingerprint(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:20]


def text_fingerprint(text: str) -> str:
    """What a draft's text is compared by: line endings and spacing do not count."""
    return fingerprint(" ".join(text.split()))


def message_id_for(key: str, version: str, person: Person) -> str:
    """A Message-ID shaped like a mail client's own: a UUID at the person's domain.

    It is the draft's only identity (no private header goes out), so it must
    be the same after a lost store: derived from the purpose key with a keyed
    hash, so it neither names the tool nor lets a reader test guesses of the
    key. The version is left out on purpose: a re-worded draft is the same
    message, and a draft that survives a lost store is found and adopted.
    """
    del version  # kept in the signature: callers pass it, the identity ignores it
    secret = f"message-id\x1f{person.email.lower()}".encode()
    digest = hmac.new(secret, key.encode("utf-8", "surrogateescape"), "sha256").digest()
    domain = person.email.rpartition("@")[2].lower() or "localhost"
    return f"<{uuid.UUID(bytes=digest[:16], version=4)}@{domain}>"


class Wanted:
    """The drafts and reminders that ought to exist now, gathered per application."""

    def __init__(self) -> None:
        self.drafts: dict[str, tuple[Draft, str]] = {}
        self.reminders: dict[str, Reminder] = {}
        # reminder key -> why: removed even when its moment has passed (an answered question)
        self.withdrawn: dict[str, str] = {}
        self.stale: dict[str, str] = {}  # draft key -> why, removed if never touched
        self.stale_by: dict[str, str] = {}  # draft key -> the reply that made it stale


def reminder_version(reminder: Reminder) -> str:
    return fingerprint(
        reminder.title, reminder.description, reminder.start.isoformat(), reminder.minutes
    )


# --------------------------------------------------------------------------- reconcile


def reconcile(wanted: Wanted, done: Done, now: datetime) -> list[Action]:
    actions: list[Action] = []
    for key, (draft, version) in wanted.drafts.items():
        record = done.drafts.get(key)
        if record is None or record.state is DraftState.PENDING:
            actions.append(CreateDraft(draft, version))
        elif record.state is DraftState.PRESENT and record.version != version and record.ref:
            actions.append(UpdateDraft(draft, version, record.ref))
    for key, why in wanted.stale.items():
        record = done.drafts.get(key)
        if (
            key not in wanted.drafts
            and record
            and record.state is DraftState.PRESENT
            and record.ref
        ):
            actions.append(RemoveDraft(key, record.ref, why, wanted.stale_by.get(key, "")))
    for key, reminder in wanted.reminders.items():
        version = reminder_version(reminder)
        record = done.reminders.get(key)
        if record is not None and record.version == version and not record.pending:
            continue
        if record is None and reminder.start < now - REMINDER_GRACE:
            continue  # its moment has passed; a late popup helps nobody
        if (
            record is not None
            and not record.pending
            and record.start <= now
            and reminder.start <= now
        ):
            continue  # history: a past reminder is not rewritten
        actions.append(PutReminder(reminder, version, record))
    for key, record in done.reminders.items():
        if key in wanted.reminders:
            continue
        if key in wanted.withdrawn:
            actions.append(DeleteReminder(record, wanted.withdrawn[key]))
        elif record.start > now or record.pending:
            actions.append(DeleteReminder(record, "no longer due"))
    return actions
