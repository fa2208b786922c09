"""Actions, and how the wanted state and the store's records become them.

Every draft and reminder has a purpose key (its idempotency key) and a
version (a hash of its content). An action is due only where the wanted
version differs from the recorded one, so the same inputs twice give nothing
to do the second time.
"""

from __future__ import annotations

import hashlib
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
    """The draft's Message-ID, from its purpose key alone.

    Not from its text (`version`): after a lost store, a draft written before
    is found by this id and adopted even if the text would now come out
    differently, instead of being drafted a second time.
    """
    domain = person.email.rpartition("@")[2] or "followup.invalid"
    return f"<followup.{fingerprint(key)}@{domain}>"


class Wanted:
    """The drafts and reminders that ought to exist now, gathered per application."""

    def __init__(self) -> None:
        self.drafts: dict[str, tuple[Draft, str]] = {}
        self.reminders: dict[str, Reminder] = {}
        self.stale: dict[str, str] = {}  # draft key -> why, removed if never touched


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
            actions.append(RemoveDraft(key, record.ref, why))
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
        if key not in wanted.reminders and (record.start > now or record.pending):
            actions.append(DeleteReminder(record, "no longer due"))
    return actions
