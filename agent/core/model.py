"""Domain data shared by the core, the store and the backends.

Everything here is plain, immutable data. Backends translate their wire formats
(Google JSON, iCalendar, MIME) into these types, so the core never sees a raw
dict or a parsed .ics component.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from functools import cached_property

from agent.core.clock import WEEKEND

# --------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str = ""
    is_self: bool = False
    is_resource: bool = False
    # Google's responseStatus vocabulary; iCalendar PARTSTAT is mapped onto it.
    response: str = "needsAction"  # accepted | declined | tentative | needsAction
    is_organizer: bool = False
    # iCalendar CUTYPE, lower-case: individual | group | room | resource | unknown
    # (Google's `resource` flag is "resource"); agent.core.people reads both.
    kind: str = "individual"
    # iCalendar ROLE, lower-case: req-participant | opt-participant | non-participant | chair
    # (Google's `optional` flag is "opt-participant").
    role: str = "req-participant"


@dataclass(frozen=True)
class CalendarEvent:
    """One event (or one expanded occurrence) as a calendar backend reports it.

    `start`/`end` are aware datetimes; naive when the source gave no time zone
    (a floating time, which the core reads in the person's zone); plain dates
    for all-day events.
    """

    uid: str  # stable across moves; an occurrence carries its recurrence id
    calendar_id: str
    title: str
    start: datetime | date
    end: datetime | date
    description: str = ""
    location: str = ""
    attendees: tuple[Attendee, ...] = ()
    organizer_email: str = ""
    status: str = "confirmed"  # confirmed | tentative | cancelled
    recurring: bool = False
    color: str = ""
    link: str = ""
    organizer_name: str = ""  # CN / displayName: "Acme Robotics Recruiting" names the employer

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def floating(self) -> bool:
        return isinstance(self.start, datetime) and self.start.tzinfo is None


@dataclass(frozen=True)
class CalendarChanges:
    """What a calendar backend saw since the cursor it was given.

    With `complete`, `events` is everything in `window` and any known event in
    that window that is not listed has gone; otherwise `events` are only the
    changes, and a removed event comes back with status "cancelled".
    """

    events: tuple[CalendarEvent, ...]
    cursor: str
    complete: bool = False
    window: tuple[datetime, datetime] | None = None


# --------------------------------------------------------------------------- interviews


class Method(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"


@dataclass(frozen=True)
class Person:
    name: str
    email: str


@dataclass(frozen=True)
class Interviewer:
    email: str
    name: str  # display name, or one derived from the address; "" when neither works
    greeting: str  # the name to greet ("Jane"), "" for a neutral greeting
    method: Method = Method.EMAIL


@dataclass(frozen=True)
class DateMention:
    """A date the person or the employer named, as written and as understood."""

    text: str
    value: date | None  # None: could not be understood, and is reported, not guessed
    error: str = ""


@dataclass(frozen=True)
class Notes:
    """What the person told us about an interview (event description, `followup note`)."""

    topics: tuple[str, ...] = ()
    forgot: tuple[str, ...] = ()
    fit: tuple[str, ...] = ()
    decision: DateMention | None = None
    method: Method | None = None
    urgent: bool = False
    role: str = ""
    company: str = ""
    interviewers: tuple[tuple[str, str], ...] = ()  # (name, email) added by hand
    problems: tuple[str, ...] = ()  # lines that could not be read, for status and logs


@dataclass(frozen=True)
class Interview:
    uid: str
    title: str
    company: str
    application: str  # key joining all rounds with one company (P11)
    role: str
    start: datetime  # aware, in the person's zone
    end: datetime
    interviewers: tuple[Interviewer, ...]
    notes: Notes = field(default_factory=Notes)
    organizer_email: str = ""
    link: str = ""
    # The registrable domain `application` was made from; "" when made from a name.
    employer_domain: str = ""
    # Keys this interview's application had when read without its other rounds: replies
    # matched then are kept under them.
    former_applications: tuple[str, ...] = ()

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True)
class Skipped:
    """An event that looked like an interview but is not followed up, and why."""

    uid: str
    title: str
    reason: str
    # It may be an interview: the person is asked to settle it (followup track/ignore).
    maybe: bool = False
    start: datetime | None = None
    end: datetime | None = None


# --------------------------------------------------------------------------- mail


@dataclass(frozen=True)
class Address:
    email: str
    name: str = ""


@dataclass(frozen=True)
class MailMessage:
    """An inbound or sent message, as metadata; `body` is None until fetched."""

    id: str
    thread_id: str
    message_id: str
    sender: Address
    subject: str
    date: datetime | None
    to: tuple[Address, ...] = ()
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    labels: frozenset[str] = frozenset()  # INBOX, SENT, DRAFT, ...
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    content_types: tuple[str, ...] = ()  # every MIME part's type, for bounces and invites
    body: str | None = None


@dataclass(frozen=True)
class MailChanges:
    """Messages a mailbox saw since the cursor, and the threads where anything moved.

    `touched_threads` lets the cycle look at only those drafts whose thread
    changed (edited, deleted or sent), so an idle cycle reads nothing more.
    None means "could not tell": every open draft is checked.
    """

    messages: tuple[MailMessage, ...]
    cursor: str
    touched_threads: frozenset[str] | None = None


class ReplyKind(StrEnum):
    """What a reply says, and so what the planner does about it.

    OFFER, REJECTION, NEXT_ROUND and OTHER stop the check-ins (a rejection also
    removes the untouched thank-you drafts it made pointless; the others get a
    reminder to answer). STILL_DECIDING moves the next check-in to the morning
    after their date. RECEIPT (an application confirmed) and ACKNOWLEDGEMENT
    ("thanks for your note") change nothing: they are shown in `status`, and
    the check-ins go on as if no reply had come.
    """

    OFFER = "offer"
    REJECTION = "rejection"
    NEXT_ROUND = "next_round"
    STILL_DECIDING = "still_deciding"
    OTHER = "other"
    RECEIPT = "receipt"
    ACKNOWLEDGEMENT = "acknowledgement"


@dataclass(frozen=True)
class Reply:
    message_id: str
    thread_id: str
    application: str
    sender: Address
    subject: str
    received: datetime
    kind: ReplyKind
    new_date: DateMention | None = None  # for STILL_DECIDING: when they expect to decide
    corrected: bool = False  # the person set the kind by hand
    noticed: datetime | None = None  # when the agent first saw it (a reminder is due from then)


# --------------------------------------------------------------------------- outputs


@dataclass(frozen=True)
class ThreadRef:
    thread_id: str
    message_id: str  # what In-Reply-To names
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A draft to write; `key` is its purpose and idempotency key."""

    key: str
    sender: Address
    to: tuple[Address, ...]
    subject: str
    text: str
    html: str
    message_id: str
    thread: ThreadRef | None = None
    printable: bool = False  # a letter to print, not to send


@dataclass(frozen=True)
class DraftRef:
    draft_id: str
    message_id: str
    thread_id: str
    link: str = ""


@dataclass(frozen=True)
class Reminder:
    """A reminder event to have on the calendar; `key` is its purpose."""

    key: str
    title: str
    description: str
    start: datetime  # aware
    minutes: int = 15


@dataclass(frozen=True)
class ReminderRef:
    key: str
    event_id: str
    version: str


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Policy:
    """The follow-up policy of SPEC (P1-P11); config fills it, the planner reads it."""

    thank_you_due_hours: int = 24
    unsent_nudge_hours: int = 20
    first_check_in_days: int = 7
    check_in_every_days: int = 10
    max_check_ins: int = 3
    give_up_after_days: int = 45
    urgent_check_in_business_days: int = 2
    morning: time = time(9, 0)
    holidays: frozenset[date] = frozenset()  # the person's own days off
    # Public holidays (date -> name) of `country`/`subdivision`, filled in by the
    # app for the years around now; "" country: none (weekends and own days only).
    country: str = ""
    subdivision: str = ""
    public_holidays: Mapping[date, str] = field(default_factory=dict, hash=False)
    # The days `country`'s working week leaves off (date.weekday()): Saturday and Sunday, or
    # Friday and Saturday in Riyadh and Dhaka; filled in by the app with the holidays.
    weekend: frozenset[int] = WEEKEND
    # Reminders pop in waking hours only (a nudge at 06:30 helps nobody).
    day_starts: time = time(8, 0)
    day_ends: time = time(21, 0)
    # A thank-you is still worth drafting this long after the interview ended;
    # older interviews (found on a first run) are shown as missed instead.
    thank_you_late_hours: int = 48
    reminder_minutes: int = 15
    check_in_draft_lead_hours: int = 12

    @cached_property
    def days_off(self) -> frozenset[date]:
        """Every day that is not a business day besides weekends: public and own."""
        return self.holidays | self.public_holidays.keys()


@dataclass(frozen=True)
class Locale:
    """How the person reads dates others write: is "12/5" month first (None: it is
    reported as ambiguous), their public holidays by name ("after Thanksgiving"), and the
    days their country's working week leaves off (date.weekday(): Friday and Saturday in
    Riyadh), which a count of working days by an employer there skips."""

    month_first: bool | None = None
    holidays: Mapping[date, str] = field(default_factory=dict, hash=False)
    weekend: frozenset[int] = WEEKEND


@dataclass(frozen=True)
class DetectRules:
    include: tuple[str, ...] = (
        "interview",
        "phone screen",
        "technical screen",
        "onsite",
        "hiring manager",
        "final round",
    )
    exclude: tuple[str, ...] = ()
    calendars: frozenset[str] = frozenset()  # calendars dedicated to interviews
    colors: frozenset[str] = frozenset()
    companies: Mapping[str, str] = field(default_factory=dict)  # mail domain -> company name
    # The person's other addresses (lower-case) and the mail domains of their own
    # organisation: attendees there are the person or their colleagues, never
    # interviewers, and an event with only them is not the person's interview.
    my_addresses: frozenset[str] = frozenset()
    work_domains: frozenset[str] = frozenset()
    # The person's own name: never a company, a role or an interviewer read off a title.
    my_name: str = ""


# --------------------------------------------------------------------------- what was done


class DraftState(StrEnum):
    PENDING = "pending"  # about to be written; the write may or may not have happened
    PRESENT = "present"  # in the mailbox as we wrote it
    EDITED = "edited"  # the person changed it: never touched again
    DELETED = "deleted"  # the person deleted it: never recreated
    SENT = "sent"
    REMOVED = "removed"  # we removed it (stale, never touched)


@dataclass(frozen=True)
class DraftRecord:
    key: str
    state: DraftState
    version: str  # hash of what was written
    ref: DraftRef | None = None
    created: datetime | None = None
    sent: datetime | None = None
    removed_by: str = ""  # the reply whose reading removed it (REMOVED only)


@dataclass(frozen=True)
class ReminderRecord:
    key: str
    version: str
    start: datetime
    event_id: str = ""
    pending: bool = False


@dataclass(frozen=True)
class Done:
    """What the store says was already done; the planner's memory."""

    drafts: Mapping[str, DraftRecord] = field(default_factory=dict)
    reminders: Mapping[str, ReminderRecord] = field(default_factory=dict)
