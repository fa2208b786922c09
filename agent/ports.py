"""The small interfaces the cycle talks to; each backend provides all three.

They are the only doors between the pure core and the world. A backend method
either does what it says or raises `BackendError` (or `AuthError`); it never
returns half-done work silently.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Protocol

from agent.core.model import (
    Address,
    CalendarChanges,
    Draft,
    DraftRef,
    MailChanges,
    MailMessage,
    Reminder,
    ReminderRef,
)

# How far back a first cycle reads, the calendar and the mail alike: an employer's answer to
# an interview the calendar still shows must be seen too, or its check-ins would nudge the
# person after the employer had already written.
LOOK_BACK = timedelta(days=60)


class CalendarSource(Protocol):
    def changes(self, cursor: str | None, now: datetime) -> CalendarChanges:
        """Events changed since `cursor` (None: first sync over a bounded window)."""
        ...

    def timezone(self) -> str | None:
        """The calendar's own IANA zone, if the backend knows one."""
        ...


class Mailbox(Protocol):
    def me(self) -> Address:
        """The person's own address (from the account or the config)."""
        ...

    def changes(
        self,
        cursor: str | None,
        now: datetime,
        *,
        senders: Collection[str] = (),
        names: Collection[str] = (),
    ) -> MailChanges:
        """Inbound and sent messages since `cursor` (None: a bounded look-back).

        `senders` (addresses and mail domains of the people interviewed with)
        bound any search the backend has to make instead of reading history:
        the first look-back, or a rescan after history expired. `names` (the
        employers') let through mail written in an employer's name from
        elsewhere: "VeriTrack Screening on behalf of Ogilvie Financial", "Pemberley
        Gault LLP via VouchPoint". Mail from anyone else cannot be a reply on a
        first run, so it is not fetched.
        """
        ...

    def with_body(self, message: MailMessage) -> MailMessage:
        """The same message with its text body, fetched only when needed to classify."""
        ...

    def create_draft(self, draft: Draft) -> DraftRef: ...

    def update_draft(self, ref: DraftRef, draft: Draft) -> DraftRef:
        """Replace a draft we wrote and the person never touched."""
        ...

    def find_draft(self, message_id: str) -> DraftRef | None:
        """Our draft by its Message-ID: recovery after a crash between write and record."""
        ...

    def draft_text(self, ref: DraftRef) -> str | None:
        """The draft's current plain text, or None when it is no longer a draft."""
        ...

    def was_sent(self, ref: DraftRef) -> datetime | None:
        """When a message with the draft's Message-ID or in its thread was sent, if it was.

        With no thread id (the store was lost), by the Message-ID alone.
        """
        ...

    def delete_draft(self, ref: DraftRef) -> None:
        """Remove a draft we wrote; a draft already gone is not an error."""
        ...


class ReminderCalendar(Protocol):
    def insert(self, reminder: Reminder, version: str) -> ReminderRef: ...

    def find(self, key: str) -> list[ReminderRef]:
        """Our reminder events carrying `key`, to recover when the state store is lost."""
        ...

    def delete(self, ref: ReminderRef) -> None:
        """Remove one of our reminders; never touches an event without our key."""
        ...
