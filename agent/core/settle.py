"""Events that may be interviews: the person is asked, and settles each with one command.

A "maybe" (agent.core.verdict) gets no draft. It is shown in `status` and
put on the calendar as a reminder under the key `settle/<event uid>`, at the
event's end (when the person knows what it was), or at the next working
moment when it is found later than that. The reminder is a keyed reminder
like every other, so a re-run writes it once; when the question is settled
(`followup track` / `followup ignore`) or no longer open, it is withdrawn,
even if its moment has passed: an answered question does not stay on the
calendar.

A question stays open while following it up still means something: until
`policy.give_up_after_days` after the event.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from agent.core.actions import REMINDER_GRACE, Wanted
from agent.core.clock import next_working_slot
from agent.core.model import Done, Policy, Reminder, Skipped
from agent.core.proofread import headline, one_line

PREFIX = "settle/"


def settle_key(uid: str) -> str:
    return f"{PREFIX}{uid}"


def open_questions(
    skipped: Sequence[Skipped], now: datetime, policy: Policy
) -> tuple[Skipped, ...]:
    """The maybes still worth asking about, soonest first."""
    horizon = now - timedelta(days=policy.give_up_after_days)
    found = [s for s in skipped if s.maybe and s.end is not None and s.end >= horizon]
    return tuple(sorted(found, key=lambda s: (s.start or s.end or now, s.uid)))


def ask(
    questions: Sequence[Skipped],
    done: Done,
    now: datetime,
    tz: ZoneInfo,
    policy: Policy,
    wanted: Wanted,
) -> tuple[Skipped, ...]:
    """Put a reminder for each open question into `wanted`; withdraw the settled ones."""
    asked = open_questions(questions, now, policy)
    for question in asked:
        key = settle_key(question.uid)
        wanted.reminders[key] = _reminder(question, key, done, now, tz, policy)
    for key in done.reminders:
        if key.startswith(PREFIX) and key not in wanted.reminders:
            wanted.withdrawn[key] = "settled"
    return asked


def _reminder(
    question: Skipped, key: str, done: Done, now: datetime, tz: ZoneInfo, policy: Policy
) -> Reminder:
    assert question.end is not None
    start = question.end
    record = done.reminders.get(key)
    if record is not None and record.start <= now:
        start = record.start  # already shown: it stays where it was
    elif start < now - REMINDER_GRACE:  # found late: ask at the next working moment
        start = next_working_slot(now, tz, policy.morning, policy.days_off, weekend=policy.weekend)
    title = headline(f"Is this an interview? {question.title}")
    when = question.start.astimezone(tz) if question.start else question.end.astimezone(tz)
    why = one_line(question.reason.removeprefix("may be an interview: "))
    description = (
        f"{one_line(question.title)} ({when:%a %d %b %H:%M}) may be a job interview: {why}.\n\n"
        "No thank-you is drafted for it until you say what it was.\n"
        f"If it was a job interview, run:\n  followup track {question.uid}\n"
        f"If it was not:\n  followup ignore {question.uid}\n"
    )
    return Reminder(key, title, description, start.astimezone(tz), policy.reminder_minutes)
