"""Dates in replies at their edges, through `followup run --once` under a frozen clock.

The person is in New York (month first: "1/5" is January 5). A reply sent on a
Friday evening in New York arrives on Saturday in UTC; the day it was said is
New York's.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.world import CASEY, JANE, World, acme_world, at

JANE_FROM = "Jane Doe <jane.doe@acme.example>"
END_OF_NEXT_WEEK = "Thanks Casey! We expect to make a decision by the end of next week."


def run(world: World, now: datetime) -> None:
    outcome = world.cli("run", "--once", now=now)
    assert outcome.code == 0, outcome.err


def reply(world: World, application: str, now: datetime) -> dict:  # type: ignore[type-arg]
    (found,) = [a for a in world.status(now)["applications"] if a["application"] == application]
    (answer,) = found["replies"]
    return {"reply": answer, "next_step": found["next_step"]}


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = acme_world(tmp_path)
    run(world, at(2026, 11, 10, 15, 5))
    return world


@pytest.mark.parametrize(
    ("sent", "decision"),
    [
        (at(2026, 11, 13, 20, 30), "2026-11-20"),  # Friday evening (Saturday in UTC)
        (at(2026, 11, 15, 11, 0), "2026-11-20"),  # Sunday: the week starting tomorrow
        (at(2026, 11, 16, 9, 0), "2026-11-27"),  # Monday: that week is this week
    ],
)
def test_end_of_next_week_from_the_day_it_was_said(
    world: World, sent: datetime, decision: str
) -> None:
    world.deliver(
        "deciding", sender=JANE_FROM, subject="Re: Thank you", body=END_OF_NEXT_WEEK, date=sent
    )
    later = sent.replace(hour=23, minute=0)

    run(world, later)

    found = reply(world, "acme", later)
    assert (found["reply"]["kind"], found["reply"]["new_date"]) == ("still_deciding", decision)
    # The check-in comes the next business morning after their Friday.
    monday = "2026-11-23" if decision == "2026-11-20" else "2026-11-30"
    assert found["next_step"]["at"].startswith(f"{monday}T09:00")


def test_a_month_first_date_across_the_year_end(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_event(
        "dec@acme",
        "Interview: Backend Engineer at Acme",
        at(2026, 12, 15, 14),
        at(2026, 12, 15, 15),
    )
    run(world, at(2026, 12, 15, 15, 5))
    world.deliver(
        "deciding",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Thanks Casey. With the holidays we will only decide by 1/5.",
        date=at(2026, 12, 20, 10, 0),
    )

    run(world, at(2026, 12, 20, 11, 0))

    (application,) = world.status(at(2026, 12, 20, 11, 0))["applications"]
    assert application["replies"][0]["new_date"] == "2027-01-05"
    assert application["next_step"]["at"].startswith("2027-01-06T09:00")


def test_a_month_day_already_past_is_not_used(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_event(
        "dec@acme",
        "Interview: Backend Engineer at Acme",
        at(2026, 12, 15, 14),
        at(2026, 12, 15, 15),
    )
    run(world, at(2026, 12, 15, 15, 5))
    world.deliver(
        "deciding",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Thanks Casey, we will decide by 12/5.",  # next year's would be 11 months on
        date=at(2026, 12, 20, 10, 0),
    )

    run(world, at(2026, 12, 20, 11, 0))

    (application,) = world.status(at(2026, 12, 20, 11, 0))["applications"]
    (answer,) = application["replies"]
    assert (answer["kind"], answer["new_date"]) == ("still_deciding", None)


# ------------------------------------------------------------------ decision notes (issue 8)


@pytest.mark.parametrize(
    ("note", "problem"),
    [
        ("decision: 2062-12-04", "more than six months after 10 Nov 2026"),
        ("decision: in 200 weeks", "more than six months after 10 Nov 2026"),
        ("decision: 2026-11-01", "before 10 Nov 2026"),
    ],
)
def test_a_decision_date_out_of_bounds_is_reported_and_not_used(
    tmp_path: Path, note: str, problem: str
) -> None:
    world = World(tmp_path)
    world.add_event(
        "acme-1",
        "Interview: Backend Engineer at Acme",
        at(2026, 11, 10, 14),
        at(2026, 11, 10, 15),
        description=note,
    )
    run(world, at(2026, 11, 10, 15, 5))

    (application,) = world.status(at(2026, 11, 10, 15, 5))["applications"]
    assert any(problem in p for p in application["problems"]), application["problems"]
    assert application["interviews"][0]["decision"] is None
    # No decision date: the first check-in is a week on (P5), not in 2062 nor in the past.
    assert application["next_step"]["at"].startswith("2026-11-17T09:00")
    text = world.cli("status", now=at(2026, 11, 10, 15, 5)).out
    assert problem in text


def test_a_numeric_decision_note_is_read_month_first_in_new_york(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_event(
        "acme-1",
        "Interview: Backend Engineer at Acme",
        at(2026, 11, 10, 14),
        at(2026, 11, 10, 15),
        description="decision: 12/5",
    )
    run(world, at(2026, 11, 10, 15, 5))

    (application,) = world.status(at(2026, 11, 10, 15, 5))["applications"]
    assert application["interviews"][0]["decision"] == "2026-12-05"
    assert application["problems"] == []


def test_a_count_from_your_interview_starts_at_the_interview(world: World) -> None:
    # Interviewed Tuesday 10 November, written Thursday 12: five business days of the
    # interview are 12, 13, 16, 17, 18 November, Veterans Day on the 11th a federal holiday
    # (from the mail's day it would be the 19th).
    world.deliver(
        "deciding",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Thanks Casey! We'll have a decision within 5 business days of your interview.",
        date=at(2026, 11, 12, 10, 0),
    )
    run(world, at(2026, 11, 12, 11, 0))

    found = reply(world, "acme", at(2026, 11, 12, 11, 0))
    assert (found["reply"]["kind"], found["reply"]["new_date"]) == ("still_deciding", "2026-11-18")


def test_your_interview_is_the_last_one_before_the_mail(world: World) -> None:
    # A second round is booked for Monday 23 November; the mail of Friday 20 answers the first.
    world.add_event(
        "round2@acme",
        "Second interview: Backend Engineer at Acme",
        at(2026, 11, 23, 14),
        at(2026, 11, 23, 15),
        attendees=(JANE, CASEY),
    )
    world.deliver(
        "deciding",
        sender=JANE_FROM,
        subject="Re: Thank you",
        body="Hi Casey, the panel will decide within two weeks after your interview.",
        date=at(2026, 11, 20, 10, 0),
    )
    run(world, at(2026, 11, 20, 11, 0))

    found = reply(world, "acme", at(2026, 11, 20, 11, 0))
    assert found["reply"]["new_date"] == "2026-11-24"  # two weeks after Tuesday 10 November
