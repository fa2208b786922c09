"""Calendar arithmetic for the date readings: weeks and months (business days are `clock`'s)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def too_far(after: date) -> str:
    return f"is more than six months after {after:%d %b %Y}: too far to be a decision date"


def weekday_after(after: date, weekday: int) -> date:
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def on_or_after(month: int, day: int, year: str | None, after: date) -> date | str:
    if year is None:
        later = (month, day) < (after.month, after.day)
        number = after.year + 1 if later else after.year
    else:
        number = int(year)
    try:
        return date(number, month, day)
    except ValueError:
        return "is not a real date"


def friday_on_or_after(day: date) -> date:
    return day + timedelta(days=(4 - day.weekday()) % 7)
