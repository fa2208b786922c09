"""Dates named by a holiday: "after Thanksgiving", "after the holidays", "by Christmas".

The holidays are the person's country's public holidays, passed in as a mapping
from date to name (the caller reads them from its holiday calendar), so which
day "Thanksgiving" is depends on the country, and nothing here knows a date by
heart. A holiday the mapping does not hold is reported, never guessed.

Readings (each tested):

- "after <holiday>" is the first business day after the run of holidays it
  belongs to (holidays at most a week apart, such as Christmas and New Year),
  a Friday after a Wednesday or Thursday holiday counting as part of it
  (people bridge it): the Monday after Thanksgiving, the Tuesday after Labor
  Day. That is the day they are back to decide; the check-in comes the
  morning after it.
- "the holidays" (also "the holiday season", "winter break", "the new year")
  is the year-end run: the holidays from 20 December to 7 January.
- "by / before <holiday>", or the holiday named alone, is the day before the
  holiday's run starts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

# Spoken name -> a word the holiday calendar's name contains (case-insensitively).
_NAMES = {
    "thanksgiving": "thanksgiving",
    "christmas": "christmas",
    "xmas": "christmas",
    "new year": "new year",
    "easter": "easter",
    "labor day": "labo",
    "labour day": "labo",
    "memorial day": "memorial",
    "independence day": "independence",
    "fourth of july": "independence",
    "4th of july": "independence",
    "presidents day": "president",
    "columbus day": "columbus",
    "veterans day": "veteran",
    "martin luther king day": "martin luther king",
    "mlk day": "martin luther king",
    "juneteenth": "juneteenth",
    "boxing day": "boxing",
    "victoria day": "victoria",
    "canada day": "canada",
}
_SEASON = r"holidays|holiday\s+(?:season|break|period)|winter\s+(?:break|holidays)|new\s+year"
_SPOKEN = (
    r"(?P<holiday>"
    + _SEASON
    + r"|thanksgiving|christmas|xmas|easter|juneteenth|new\s+year'?s?(?:\s+day)?"
    r"|(?:labou?r|memorial|independence|presidents'?|columbus|veterans'?|boxing|victoria"
    r"|canada|mlk|martin\s+luther\s+king(?:\s+jr\.?)?)\s+day|(?:the\s+)?(?:4th|fourth)\s+of\s+july)"
    r"(?:\s+(?:break|holidays?|weekend|day|eve|season|period|time))?"
)
SPOKEN_HOLIDAY = _SPOKEN
AFTER_HOLIDAY = r"(?:until\s+|till\s+)?(?:after|following|past|post-?)\s+(?:the\s+)?" + _SPOKEN
BEFORE_HOLIDAY = r"(?:(?:by|before|ahead\s+of|prior\s+to)\s+)?(?:the\s+)?" + _SPOKEN
BEFORE_HOLIDAY_SAID = r"(?:by|before|ahead\s+of|prior\s+to)\s+(?:the\s+)?" + _SPOKEN

_RUN_GAP = timedelta(days=8)  # Christmas and New Year's Day are one run


def _key(spoken: str) -> str | None:
    """The calendar word for a spoken holiday name, or None for the year-end season."""
    words = re.sub(r"\s+", " ", spoken.lower().replace("'", "")).strip()
    words = re.sub(r"^the ", "", words)
    if re.fullmatch(_SEASON, words):
        return None
    words = re.sub(r" (?:break|holidays?|weekend|eve|season|period|time)$", "", words)
    words = re.sub(r"^new years?(?: day)?$", "new year", words)
    words = re.sub(r"^martin luther king(?: jr\.?)? day$", "martin luther king day", words)
    words = re.sub(r"^(presidents|veterans) day$", r"\1 day", words)
    words = re.sub(r"^(?:the )?(?:4th|fourth) of july$", "fourth of july", words)
    if words in _NAMES:
        return _NAMES[words]
    return _NAMES.get(words.removesuffix(" day"), words)


def _run(start: date, holidays: Mapping[date, str]) -> tuple[date, date]:
    """The run of holidays `start` belongs to, going forward."""
    days = sorted(d for d in holidays if d >= start)
    end = start
    for day in days:
        if day - end > _RUN_GAP:
            break
        end = max(end, day)
    return start, end


def _anchor(key: str | None, holidays: Mapping[date, str], after: date) -> date | None:
    """The first holiday with that name from about when the date was said."""
    since = after - timedelta(days=14)  # "after the holidays", said during them
    if key is None:
        found = [
            d
            for d in holidays
            if d >= since and ((d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 7))
        ]
    else:
        found = [d for d, name in holidays.items() if d >= since and key in name.casefold()]
    return min(found) if found else None


def after_holiday(spoken: str, holidays: Mapping[date, str], after: date) -> date | str:
    """The day by which "after <spoken>" has passed; see the module docstring."""
    anchor = _anchor(_key(spoken), holidays, after)
    if anchor is None:
        return _missing(spoken, holidays)
    _, end = _run(anchor, holidays)
    if end.weekday() in (2, 3):  # the bridge day
        end += timedelta(days=4 - end.weekday())
    day = end + timedelta(days=1)
    while day.weekday() >= 5 or day in holidays:
        day += timedelta(days=1)
    return day


def before_holiday(spoken: str, holidays: Mapping[date, str], after: date) -> date | str:
    anchor = _anchor(_key(spoken), holidays, after)
    if anchor is None:
        return _missing(spoken, holidays)
    return anchor - timedelta(days=1)


def _missing(spoken: str, holidays: Mapping[date, str]) -> str:
    if not holidays:
        return "names a holiday, and no holiday calendar is known (set policy.country)"
    return f"names a holiday ({' '.join(spoken.split())}) that is not in the holiday calendar"
