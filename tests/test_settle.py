"""The question "is this an interview?": when it is asked, and until when (both sides)."""

from __future__ import annotations

from datetime import datetime, timedelta

from agent.core.actions import Wanted
from agent.core.model import Done, Policy, ReminderRecord, Skipped
from agent.core.settle import ask, open_questions, settle_key
from tests.world import NEW_YORK, at

END = at(2026, 11, 10, 15, 0)  # a Tuesday
COFFEE = Skipped(
    "coffee-1",
    "Coffee chat",
    "may be an interview: a coffee chat",
    maybe=True,
    start=END - timedelta(hours=1),
    end=END,
)
POLICY = Policy()


def asked_at(now: datetime, done: Done | None = None) -> datetime | None:
    wanted = Wanted()
    ask([COFFEE], done or Done(), now, NEW_YORK, POLICY, wanted)
    reminder = wanted.reminders.get(settle_key(COFFEE.uid))
    return reminder.start if reminder else None


def test_found_in_time_it_is_asked_when_the_event_ends() -> None:
    assert asked_at(END - timedelta(days=1)) == END
    assert asked_at(END + timedelta(hours=11, minutes=59)) == END


def test_found_later_than_the_grace_it_is_asked_at_the_next_working_moment() -> None:
    late = END + timedelta(hours=12, minutes=1)  # Wednesday 03:01: before the working day
    assert asked_at(late) == at(2026, 11, 11, 9, 0)


def test_once_shown_it_stays_where_it_was() -> None:
    shown = ReminderRecord(settle_key(COFFEE.uid), "v1", at(2026, 11, 11, 9, 0), "ev-1")
    later = at(2026, 11, 12, 10, 0)
    assert asked_at(later, Done(reminders={shown.key: shown})) == at(2026, 11, 11, 9, 0)


def test_asked_until_following_up_no_longer_means_anything() -> None:
    horizon = END + timedelta(days=POLICY.give_up_after_days)
    assert open_questions([COFFEE], horizon - timedelta(minutes=1), POLICY) == (COFFEE,)
    assert open_questions([COFFEE], horizon + timedelta(minutes=1), POLICY) == ()


def test_only_maybes_are_asked_and_a_settled_question_is_withdrawn() -> None:
    not_one = Skipped("x", "Mock interview", "a practice interview")
    old = ReminderRecord(settle_key("gone"), "v1", END, "ev-2")
    wanted = Wanted()

    asked = ask([not_one], Done(reminders={old.key: old}), END, NEW_YORK, POLICY, wanted)

    assert asked == () and wanted.reminders == {}
    assert wanted.withdrawn == {old.key: "settled"}


def test_found_late_before_a_public_holiday_it_is_asked_after_it() -> None:
    # found on the night before Thanksgiving: asked on the Friday, not on the holiday
    thanksgiving = Policy(
        country="US", public_holidays={at(2026, 11, 26, 0, 0).date(): "Thanksgiving"}
    )
    coffee = Skipped("coffee-2", "Coffee chat", "may be an interview: a coffee chat", maybe=True,
                     start=at(2026, 11, 25, 14, 0), end=at(2026, 11, 25, 15, 0))  # fmt: skip
    wanted = Wanted()
    ask([coffee], Done(), at(2026, 11, 26, 3, 30), NEW_YORK, thanksgiving, wanted)
    assert wanted.reminders[settle_key(coffee.uid)].start == at(2026, 11, 27, 9, 0)
