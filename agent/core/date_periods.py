"""Dates named as a period: part of a month, a week of a month, the year's end, a span ahead.

Each reads as the day by which that period has passed, so the check-in the
morning after never comes before what they said.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from agent.core.date_math import add_months, monday, month_end, on_or_after
from agent.core.date_words import MONTHS


def month_day(match: re.Match[str], after: date) -> date | str:
    year = match.groupdict().get("year")
    return on_or_after(MONTHS[match["month"].lower()], int(match["day"]), year, after)


def _year_of(match: re.Match[str], month: int, after: date) -> int:
    year = match.groupdict().get("year")
    return int(year) if year else after.year + (month < after.month)


# Parts of a month: the day by which that part has passed, so the check-in the
# morning after never comes before what they said. "early" ends on the 10th,
# "mid" on the 15th (people say it of the middle days, and the 16th is not early
# for a check-in), "late" and "end" at the month's last day.
_MONTH_PARTS = {
    "early": 10,
    "beginning": 10,
    "start": 10,
    "anfang": 10,
    "début": 10,
    "debut": 10,
    "principio": 10,
    "principis": 10,
    "mitjans": 15,
    "inizio": 10,
    "begin": 10,
    "początku": 10,
    "połowie": 15,
    "half": 15,
    "medio": 15,
    "início": 10,
    "inicio": 10,
    "princípio": 10,
    "comienzos": 10,
    "meados": 15,
    "začátkem": 10,
    "počátkem": 10,
    "polovině": 15,
    # Swedish: "i början av januari" ("mitten" holds "mitte")
    "början": 10,
    # Greek: "στις αρχές Ιανουαρίου", "στα μέσα Ιανουαρίου" ("τέλη": the month's end)
    "αρχές": 10,
    "μέσα": 15,
    # Romanian: "la începutul lunii ianuarie", "la mijlocul lunii"
    "începutul": 10,
    "inceputul": 10,
    "mijlocul": 15,
    # Croatian "početkom siječnja", "sredinom siječnja"; Bulgarian "в началото на януари",
    # "в средата на"; Indonesian "awal Januari", "pertengahan Januari"
    "sākum": 10,
    "vidū": 15,
    "začetku": 10,
    "sredi": 15,
    "pradžio": 10,
    "vidury": 15,
    "početkom": 10,
    "sredinom": 15,
    "почетком": 10,
    "средином": 15,
    "началото": 10,
    "средата": 15,
    "awal": 10,
    "pertengahan": 15,
    # Ukrainian "на початку січня", "в середині січня"; Estonian "jaanuari alguses",
    # "detsembri keskel", "jaanuari keskpaigas"
    "початку": 10,
    "середині": 15,
    "alguses": 10,
    "algul": 10,
    "keskel": 15,
    "keskpaigas": 15,
    "začiatkom": 10,
    "polovici": 15,
    # Hungarian, after the month: "január elején", "január közepén"
    "elej": 10,
    "közep": 15,
    # Finnish, after the month: "tammikuun alussa", "tammikuun puolivälissä"
    "alu": 10,
    "alku": 10,
    "puoliväli": 15,
    # Turkish, after the month: "Ocak başında", "Aralık ortasında"
    "baş": 10,
    "orta": 15,
    # the first days: "primi" before "mi", which it holds
    "first": 10,
    "primi": 10,
    "premiers": 10,
    "primeros": 10,
    "primeiros": 10,
    "ersten": 10,
    "eerste": 10,
    "mid": 15,
    "middle": 15,
    "mitte": 15,
    "mediados": 15,
    "metà": 15,
    "midden": 15,
    "mi": 15,  # "mi-décembre"; last, as "mitte" and "mid" hold it too
}


def part_of_month(match: re.Match[str], after: date) -> date | str:
    month = MONTHS[match["month"].lower()]
    number = _year_of(match, month, after)
    part = match["part"].lower()
    day = next((d for word, d in _MONTH_PARTS.items() if word in part), None)
    return date(number, month, day) if day else month_end(number, month)


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def nth_week(match: re.Match[str], after: date) -> date | str:
    """ "the first week of December": that week's Friday (the last week: the month's end).

    A month's first week is the one that holds its first Thursday, as the calendar counts
    weeks: when the 1st is a Friday ("the first week of January" 2027, New Year's Day), the
    week people mean is the next, 4 to 8 January."""
    month = MONTHS[match["month"].lower()]
    number = _year_of(match, month, after)
    nth = match["nth"].lower()
    if nth == "last":
        return month_end(number, month)
    first = date(number, month, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return thursday + timedelta(days=1 + 7 * (_NTH[nth] - 1))


def week_of(match: re.Match[str], after: date) -> date | str:
    """ "the week of December 7": the Friday of that day's week."""
    day = month_day(match, after)
    return day if isinstance(day, str) else monday(day) + timedelta(days=4)


def end_of_year(match: re.Match[str], after: date) -> date | str:
    return date(after.year, 12, 31)


def new_year(match: re.Match[str], after: date) -> date | str:
    """ "early in the new year": January 10 (as "early January")."""
    return date(after.year + (after.month > 1), 1, 10)


def the_next(match: re.Match[str], after: date) -> date | str:
    """ "within the next week (or so)": a week on; "the next week or two": two."""
    count = 2 if (match["more"] or "").lower() == "two" else 1
    if match["unit"].lower() == "month":
        return add_months(after, count)
    return after + timedelta(days=7 * count)
