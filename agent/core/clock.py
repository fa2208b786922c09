"""Calendar arithmetic in the person's own zone: business days and "the morning of".

Every rule in the policy is stated in local dates ("the 7th day after the
interview", "09:00 on the first business day after"), so the arithmetic is
done on dates and only then pinned to a wall-clock time in the zone. That is
what keeps 09:00 at 09:00 across a daylight-saving change.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def is_business_day(day: date, holidays: Collection[date] = ()) -> bool:
    return day.weekday() < 5 and day not in holidays


def on_or_after_business_day(day: date, holidays: Collection[date] = ()) -> date:
    """The day itself when it is a business day, else the next one ("moved off days off")."""
    while not is_business_day(day, holidays):
        day += timedelta(days=1)
    return day


def first_business_day_after(day: date, holidays: Collection[date] = ()) -> date:
    return on_or_after_business_day(day + timedelta(days=1), holidays)


def add_business_days(day: date, count: int, holidays: Collection[date] = ()) -> date:
    for _ in range(count):
        day = first_business_day_after(day, holidays)
    return day


def at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """`day` at the wall-clock `clock` in `tz`.

    A wall time that does not exist (skipped by a spring-forward change) is
    moved forward by the gap, as a person's clock would be; an ambiguous one
    takes its first occurrence.
    """
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=tz, fold=0)
    round_trip = aware.astimezone(UTC).astimezone(tz)
    if round_trip.replace(tzinfo=None) != naive:  # in a gap
        return round_trip
    return aware


def hours_after(moment: datetime, hours: float) -> datetime:
    """`hours` of elapsed time after `moment`, in `moment`'s zone.

    "Within 24 hours" is a duration: across a daylight-saving change it is
    still 24 real hours, so the sum is taken in UTC (Python adds to the wall
    clock when both sides share a zone).
    """
    return (moment.astimezone(UTC) + timedelta(hours=hours)).astimezone(moment.tzinfo)


def local(moment: datetime, tz: ZoneInfo) -> datetime:
    """An aware moment in `tz`; a naive (floating) one is read as wall time in `tz`."""
    if moment.tzinfo is None:
        return at(moment.date(), moment.time(), tz)
    return moment.astimezone(tz)


def next_working_slot(
    moment: datetime,
    tz: ZoneInfo,
    morning: time,
    holidays: Collection[date] = (),
    *,
    day_ends: time = time(17, 0),
) -> datetime:
    """`moment` if it falls in working hours on a business day, else the next morning.

    Used for reminders that should pop when the person can act on them (call an
    interviewer, answer an offer), not on a Saturday night.
    """
    moment = moment.astimezone(tz)
    day = moment.date()
    if is_business_day(day, holidays) and morning <= moment.time() < day_ends:
        return moment
    if is_business_day(day, holidays) and moment.time() < morning:
        return at(day, morning, tz)
    return at(first_business_day_after(day, holidays), morning, tz)
