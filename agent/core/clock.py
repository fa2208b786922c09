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

# Saturday and Sunday (date.weekday() 5 and 6): the weekend, unless a writer says their week
# is another ("our working days are Sunday to Friday").
WEEKEND = frozenset({5, 6})


def is_business_day(
    day: date, holidays: Collection[date] = (), weekend: Collection[int] = WEEKEND
) -> bool:
    return day.weekday() not in weekend and day not in holidays


def on_or_after_business_day(
    day: date, holidays: Collection[date] = (), weekend: Collection[int] = WEEKEND
) -> date:
    """The day itself when it is a business day, else the next one ("moved off days off")."""
    while not is_business_day(day, holidays, weekend):
        day += timedelta(days=1)
    return day


def first_business_day_after(
    day: date, holidays: Collection[date] = (), weekend: Collection[int] = WEEKEND
) -> date:
    return on_or_after_business_day(day + timedelta(days=1), holidays, weekend)


def add_business_days(
    day: date, count: int, holidays: Collection[date] = (), weekend: Collection[int] = WEEKEND
) -> date:
    for _ in range(count):
        day = first_business_day_after(day, holidays, weekend)
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
    weekend: Collection[int] = WEEKEND,
) -> datetime:
    """`moment` if it falls in working hours on a business day, else the next morning.

    Used for reminders that should pop when the person can act on them (call an
    interviewer, answer an offer), not on a Saturday night.
    """
    moment = moment.astimezone(tz)
    day = moment.date()
    if is_business_day(day, holidays, weekend) and morning <= moment.time() < day_ends:
        return moment
    if is_business_day(day, holidays, weekend) and moment.time() < morning:
        return at(day, morning, tz)
    return at(first_business_day_after(day, holidays, weekend), morning, tz)


def latest_start(day_ends: time, minutes: int) -> time:
    """The last moment a reminder of `minutes` can start and still end by `day_ends`."""
    return (datetime.combine(date.min, day_ends) - timedelta(minutes=minutes)).time()


def awake(moment: datetime, day_starts: time, day_ends: time, minutes: int = 0) -> bool:
    """Whether a reminder of `minutes` starting at `moment` falls wholly in waking hours."""
    return day_starts <= moment.time() <= latest_start(day_ends, minutes)


def waking_moment(
    target: datetime,
    *,
    after: datetime,
    due: datetime,
    tz: ZoneInfo,
    day_starts: time,
    day_ends: time,
    minutes: int,
) -> tuple[datetime, bool]:
    """Where a reminder meant for `target` goes so that it pops while the person is awake.

    Returns the moment and whether it comes only after `due`. A moment outside
    waking hours moves to the first waking moment after it when the reminder
    still ends by `due` (a nudge at 08:00 for a thank-you due at 10:30), else to
    the last waking moment before it, if that is after `after` (an interview
    that ended at 07:00 is nudged that evening, not at 03:00); else it comes as
    early as the next morning allows, and is late.
    """
    target = target.astimezone(tz)
    if awake(target, day_starts, day_ends, minutes):
        return target, False
    day = target.date()
    if target.time() < day_starts:  # small hours: this morning, or last evening
        morning_day, evening_day = day, day - timedelta(days=1)
    else:  # late evening: this evening, or tomorrow morning
        morning_day, evening_day = day + timedelta(days=1), day
    morning = at(morning_day, day_starts, tz)
    if morning + timedelta(minutes=minutes) <= due:
        return morning, False
    evening = at(evening_day, latest_start(day_ends, minutes), tz)
    if after < evening < target:
        return evening, False
    return morning, True
