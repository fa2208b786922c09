"""Small builders for core objects, so a test spells out only what it is about.

Everything is built directly from the domain dataclasses (no parsing), with
defaults that describe one ordinary application: Casey Candidate interviewing
at Acme with Jane Doe and Raj Patel. Times are always aware; the caller names
the zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from agent.core.days_off import public_holidays, weekend_of
from agent.core.detect import detect
from agent.core.model import (
    Address,
    Attendee,
    CalendarEvent,
    DateMention,
    DetectRules,
    Done,
    DraftRecord,
    DraftRef,
    DraftState,
    Interview,
    Interviewer,
    MailMessage,
    Notes,
    Person,
    Policy,
    ReminderRecord,
    Reply,
    ReplyKind,
)
from agent.core.people import interviewers_of
from agent.core.plan import Situation
from agent.core.replies import classify

CASEY = Person(name="Casey Candidate", email="casey@example.com")
JANE = Interviewer(email="jane.doe@acme.example", name="Jane Doe", greeting="Jane")
RAJ = Interviewer(email="raj.patel@acme.example", name="Raj Patel", greeting="Raj")
JANE_ADDRESS = Address(JANE.email, JANE.name)


def interview(
    start: datetime,
    *,
    minutes: int = 60,
    uid: str = "acme-1",
    company: str = "Acme",
    application: str = "acme",
    role: str = "Backend Engineer",
    interviewers: Sequence[Interviewer] = (JANE, RAJ),
    notes: Notes | None = None,
    organizer_email: str = "",
) -> Interview:
    """One round starting at `start` (aware, in the person's zone) and lasting `minutes`."""
    if start.tzinfo is None:
        raise ValueError("give the interview's start with its time zone")
    return Interview(
        uid=uid,
        title=f"Interview at {company}",
        company=company,
        application=application,
        role=role,
        start=start,
        end=start + timedelta(minutes=minutes),
        interviewers=tuple(interviewers),
        notes=notes or Notes(),
        organizer_email=organizer_email,
    )


def detected(
    start: datetime,
    end: datetime,
    tz: ZoneInfo,
    *,
    description: str = "",
    uid: str = "acme-1",
    title: str = "Interview at Acme",
) -> Interview:
    """The round as the detector reads it from a calendar event with Jane and Raj.

    Goes through the real reading of times (into `tz`) and of notes in the
    description, so a test can give times as a calendar would (often in UTC).
    """
    event = CalendarEvent(
        uid=uid,
        calendar_id="primary",
        title=title,
        start=start,
        end=end,
        description=description,
        attendees=(
            Attendee(CASEY.email, CASEY.name, is_self=True, response="accepted"),
            Attendee(JANE.email, JANE.name, response="accepted", is_organizer=True),
            Attendee(RAJ.email, RAJ.name, response="accepted"),
        ),
        organizer_email=JANE.email,
    )
    found, skipped = detect([event], me=CASEY.email, tz=tz, rules=DetectRules())
    if skipped or len(found) != 1:
        raise AssertionError(f"not read as one interview: {skipped}")
    return found[0]


def decided_by(value: date | None, text: str = "") -> Notes:
    """Notes holding only a decision date, as if "decision: <text>" had been read."""
    return Notes(decision=DateMention(text or (value.isoformat() if value else ""), value))


def reply(
    kind: ReplyKind,
    received: datetime,
    *,
    new_date: date | None = None,
    application: str = "acme",
    message_id: str = "",
    sender: Address = JANE_ADDRESS,
) -> Reply:
    mention = DateMention(new_date.isoformat(), new_date) if new_date else None
    return Reply(
        message_id=message_id or f"{kind.value}-{received.isoformat()}@acme.example",
        thread_id=f"thread-{kind.value}",
        application=application,
        sender=sender,
        subject="Re: Thank you",
        received=received,
        kind=kind,
        new_date=mention,
    )


def draft_record(key: str, state: DraftState, *, created: datetime | None = None) -> DraftRecord:
    """What the store holds for a draft written under `key` and now in `state`."""
    slug = key.replace("/", "-").replace("@", "-")
    return DraftRecord(
        key=key,
        state=state,
        version="v1",
        ref=DraftRef(
            draft_id=f"draft-{slug}",
            message_id=f"<followup.{slug}@example.com>",
            thread_id=f"thread-{slug}",
            link=f"file:///drafts/{slug}",
        ),
        created=created,
    )


def reminder_record(key: str, start: datetime, *, version: str = "r1") -> ReminderRecord:
    return ReminderRecord(key=key, version=version, start=start, event_id=f"event-{key}")


def done(drafts: Sequence[DraftRecord] = (), reminders: Sequence[ReminderRecord] = ()) -> Done:
    return Done(drafts={d.key: d for d in drafts}, reminders={r.key: r for r in reminders})


def situation(
    interviews: Sequence[Interview],
    now: datetime,
    tz: ZoneInfo,
    *,
    replies: Sequence[Reply] = (),
    already: Done | None = None,
    policy: Policy | None = None,
    person: Person = CASEY,
) -> Situation:
    return Situation(
        interviews=tuple(interviews),
        replies=tuple(replies),
        done=already or Done(),
        now=now,
        tz=tz,
        person=person,
        policy=policy or Policy(),
    )


def maildir_account(root: Path, folders: tuple[str, ...] = ("", ".Sent", ".Drafts")) -> Path:
    """A Maildir++ account as a mail client leaves it: the inbox, Sent and Drafts."""
    for folder in folders:
        for sub in ("new", "cur", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    return root


def invite(
    title: str,
    *attendees: Attendee,
    start: datetime,
    organizer: str = "",
    organizer_name: str = "",
    description: str = "",
    location: str = "",
    uid: str = "u-1",
) -> CalendarEvent:
    """An hour-long event on the primary calendar, as a calendar backend reads one."""
    return CalendarEvent(
        uid=uid,
        calendar_id="primary",
        title=title,
        start=start,
        end=start + timedelta(hours=1),
        description=description,
        location=location,
        attendees=attendees,
        organizer_email=organizer,
        organizer_name=organizer_name,
    )


# Casey as a reading test's invite lists her, and the rules that know her name and her
# employer's domain (initrode.com), as the held-out sets' [person] does.
CASEY_INVITED = Attendee(CASEY.email, CASEY.name, is_self=True)
CASEY_RULES = DetectRules(
    include=DetectRules().include,
    my_name=CASEY.name,
    work_domains=frozenset({"initrode.com"}),
)


def invite_to_casey(title: str, *attendees: Attendee, **fields: Any) -> CalendarEvent:
    """`invite` (the same fields), with Casey on it."""
    return invite(title, CASEY_INVITED, *attendees, **fields)


def invite_from(title: str, organizer: str, description: str, *, start: datetime) -> CalendarEvent:
    """An invite to Casey from `organizer` (on it too), or with nobody on it when `organizer`
    is empty: a booking confirmation, a registration, a note the person typed."""
    if not organizer:
        return invite(title, start=start, description=description)
    return invite_to_casey(title, Attendee(organizer, "Someone"), start=start,
                           organizer=organizer, description=description)  # fmt: skip


def inbox_message(
    sender: str,
    subject: str,
    body: str | None,
    *,
    received: datetime,
    name: str = "",
    headers: dict[str, str] | None = None,
) -> MailMessage:
    """One message in the inbox; `body` None when the backend has not read it yet."""
    return MailMessage(
        id="m",
        thread_id="t",
        message_id="<m@x>",
        sender=Address(sender, name),
        subject=subject,
        date=received,
        labels=frozenset({"INBOX"}),
        headers=headers or {},
        body=body,
    )


def reply_reading(
    body: str,
    subject: str = "Update",
    *,
    on: date = date(2026, 12, 14),
    month_first: bool = False,
    sender: str = "hr@acme.example",
) -> tuple[ReplyKind, date | None]:
    """What a message from an employer means, and the decision date it gives, read as the
    cycle reads one that arrived on `on` (the reading tests' common question)."""
    msg = inbox_message(sender, subject, body,
                        received=datetime(on.year, on.month, on.day, 12, tzinfo=UTC))  # fmt: skip
    kind, when = classify(msg, after=on, month_first=month_first)
    return kind, when.value if when is not None else None


def reply_in_country(
    body: str,
    country: str,
    on: date,
    *,
    interviewed: date | None = None,
    sent_from: tzinfo = UTC,
    zone: tzinfo | None = None,
) -> tuple[ReplyKind, date | None]:
    """`reply_reading` for a person in `country`: its public holidays and working week, the
    message sent at `sent_from`'s offset to someone in `zone`, their last interview on
    `interviewed`."""
    received = datetime(on.year, on.month, on.day, 9, tzinfo=sent_from)
    msg = inbox_message("hr@employer.example", "Update", body, received=received)
    kind, when = classify(
        msg, after=on, month_first=False, interviewed=interviewed, zone=zone,
        holidays=public_holidays(country, "", [on.year, on.year + 1]),
        weekend=weekend_of(country),
    )  # fmt: skip
    return kind, when.value if when is not None else None


def interviewer_names(event: CalendarEvent) -> list[str]:
    """The names of those who interview Casey at `event`, sorted."""
    return sorted(p.name for p in interviewers_of(event, CASEY.email, Notes(), CASEY_RULES))
