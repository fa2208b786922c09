"""When to check in after the latest round of an application (policy P4-P8, P10).

A pure function of the latest interview, the employer's replies since, and the
policy: the same inputs always give the same steps, so a re-run never moves a
reminder by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from agent.core.clock import (
    add_business_days,
    at,
    first_business_day_after,
    hours_after,
    on_or_after_business_day,
)
from agent.core.model import Interview, Policy, Reply, ReplyKind

# "Never more than twice a week" (004): two check-ins are at least this far apart.
MIN_DAYS_BETWEEN_CHECK_INS = 3

STOPPING = {ReplyKind.OFFER, ReplyKind.REJECTION, ReplyKind.NEXT_ROUND, ReplyKind.OTHER}


@dataclass(frozen=True)
class Step:
    kind: str  # "check_in" | "move_on"
    number: int  # 1-based for check-ins; the count of check-ins for move_on
    at: datetime
    decision: date | None  # the date they said they would decide by, if any


@dataclass(frozen=True)
class Cadence:
    steps: tuple[Step, ...]
    stopped_by: Reply | None  # the reply that ended or paused the cadence


def cadence(latest: Interview, replies: Sequence[Reply], policy: Policy, tz: ZoneInfo) -> Cadence:
    """Every check-in step for the round `latest`, given the replies received since it."""
    since = sorted((r for r in replies if r.received >= latest.start), key=lambda r: r.received)
    stop = next((r for r in since if r.kind in STOPPING), None)
    deciding = [
        r
        for r in since
        if r.kind is ReplyKind.STILL_DECIDING and (stop is None or r.received < stop.received)
    ]

    decision = latest.notes.decision.value if latest.notes.decision else None
    give_up = latest.day + timedelta(days=policy.give_up_after_days)
    steps: list[Step] = []
    first = _first_check_in(latest, decision, policy, tz)
    _extend(steps, first, decision, give_up, policy, tz, policy.max_check_ins)

    # "Still deciding": the check-ins before the reply stand; the next is the
    # morning after the date they gave (or a spacing after the reply), and the
    # limits stretch so that a live application always gets one more check-in.
    for reply in deciding:
        kept = [s for s in steps if s.kind == "check_in" and s.at <= reply.received]
        received_day = reply.received.astimezone(tz).date()
        new_date = reply.new_date.value if reply.new_date else None
        if new_date is not None and new_date >= received_day:
            nxt = at(
                first_business_day_after(new_date, policy.days_off, policy.weekend),
                policy.morning,
                tz,
            )
            give_up = max(give_up, new_date + timedelta(days=policy.check_in_every_days))
        else:  # no date, or one already past when they wrote: a spacing after the reply
            new_date = None
            nxt = _morning_after_days(received_day, policy.check_in_every_days, policy, tz)
            give_up = max(give_up, nxt.date())
        steps = kept
        limit = max(policy.max_check_ins, len(kept) + 1)
        _extend(steps, nxt, new_date or decision, give_up, policy, tz, limit)

    if stop is not None:
        steps = [s for s in steps if s.at <= stop.received]
    return Cadence(tuple(steps), stop)


def _first_check_in(
    latest: Interview, decision: date | None, policy: Policy, tz: ZoneInfo
) -> datetime:
    if decision is not None:  # P4: the morning after the day they named
        first = at(
            first_business_day_after(decision, policy.days_off, policy.weekend), policy.morning, tz
        )
    elif latest.notes.urgent:  # P10: another offer is waiting
        day = add_business_days(
            latest.day, policy.urgent_check_in_business_days, policy.days_off, policy.weekend
        )
        first = at(day, policy.morning, tz)
    else:  # P5: give it a week
        first = _morning_after_days(latest.day, policy.first_check_in_days, policy, tz)
    # Never before the thank-you has had its window.
    floor = hours_after(latest.end, policy.thank_you_due_hours)
    day = first.date()
    while first < floor:
        day = first_business_day_after(day, policy.days_off, policy.weekend)
        first = at(day, policy.morning, tz)
    return first


def _extend(
    steps: list[Step],
    first: datetime,
    decision: date | None,
    give_up: date,
    policy: Policy,
    tz: ZoneInfo,
    limit: int,
) -> None:
    """Append check-ins from `first` up to `limit`, spaced per P6, then move-on (P7)."""
    nxt = first
    if steps:
        floor_day = steps[-1].at.date() + timedelta(days=MIN_DAYS_BETWEEN_CHECK_INS)
        if nxt.date() < floor_day:
            nxt = at(
                on_or_after_business_day(floor_day, policy.days_off, policy.weekend),
                policy.morning,
                tz,
            )
    while len(steps) < limit and nxt.date() <= give_up:
        steps.append(Step("check_in", len(steps) + 1, nxt, decision))
        nxt = _morning_after_days(nxt.date(), policy.check_in_every_days, policy, tz)
    count = len(steps)
    last_day = steps[-1].at.date() if steps else first.date() - timedelta(days=1)
    move_on_day = min(last_day + timedelta(days=policy.check_in_every_days), give_up)
    move_on_day = max(
        move_on_day, first_business_day_after(last_day, policy.days_off, policy.weekend)
    )
    move_on = at(
        on_or_after_business_day(move_on_day, policy.days_off, policy.weekend), policy.morning, tz
    )
    steps.append(Step("move_on", count, move_on, decision))


def _morning_after_days(day: date, days: int, policy: Policy, tz: ZoneInfo) -> datetime:
    target = on_or_after_business_day(day + timedelta(days=days), policy.days_off, policy.weekend)
    return at(target, policy.morning, tz)
