"""The date forms people write, as patterns, and what each one resolves to.

`dates` tries these in order (see its docstring for the readings chosen);
each resolver returns the date, or the reason it is not one (a fragment of the
error message).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from agent.core import date_counts as counts
from agent.core import date_periods as periods
from agent.core.clock import WEEKEND, add_business_days
from agent.core.date_math import (
    add_months,
    monday,
    month_end,
    on_or_after,
    too_far,
    weekday_after,
)
from agent.core.date_words import MONTHS as _MONTHS
from agent.core.date_words import NUMBERS as _NUMBERS
from agent.core.date_words import PROSE_WEEKDAYS as _PROSE_WEEKDAYS
from agent.core.date_words import WEEKDAYS as _WEEKDAYS
from agent.core.date_words import alternatives as _alternatives
from agent.core.holiday_dates import (
    AFTER_HOLIDAY,
    BEFORE_HOLIDAY,
    BEFORE_HOLIDAY_SAID,
    SPOKEN_HOLIDAY,
    after_holiday,
    before_holiday,
)

_WD = r"(?P<weekday>" + _alternatives(_WEEKDAYS) + r")\b\.?"
_PROSE_WD = r"(?P<weekday>" + _alternatives(_PROSE_WEEKDAYS) + r")\b\.?"
_MONTH = r"(?P<month>" + _alternatives(_MONTHS) + r")\b\.?"
_DAY = r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?P<year>\d{4})(?!\d))?"
_MONTH_DAY = _MONTH + r"\s*" + _DAY + _YEAR
_DAY_MONTH = r"(?:the\s+)?" + _DAY + r"\.?\s*(?:of\s+|de\s+)?" + _MONTH + _YEAR
_NUM = r"\d{1,3}|a\s+couple\s+of|a\s+couple|couple\s+of|couple|" + _alternatives(
    w for w in _NUMBERS if "couple" not in w
)
_RELATIVE = (
    r"(?P<n>" + _NUM + r")(?:\s*(?:or|to|-)\s*(?P<n2>" + _NUM + r"))?\s+"
    r"(?P<business>business\s+|working\s+)?(?P<unit>days?|weeks?|months?)"
    r"(?:\s+or\s+(?P<n3>" + _NUM + r"))?(?:\s+(?:from\s+(?:now|today)|time))?"
)
_RELATIVE_LEAD = r"(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:about\s+|around\s+)?"
# In prose a span also reads after "takes", "allow", "up to" ("it takes 7-10 business days").
_PROSE_LEAD = (
    r"(?:(?:in|within|over|after)\s+|(?:it\s+)?(?:takes?|taking|allow|expect)\s+(?:us\s+)?"
    r"|up\s+to\s+)(?:the\s+)?(?:next\s+|coming\s+)?(?:about\s+|around\s+|up\s+to\s+)?"
)
# A date further than this from the day it was said is a typo or a brush-off, not a
# decision date: it is reported (like a date before that day), whatever form it has.
MAX_AHEAD = timedelta(days=183)


# --------------------------------------------------------------------------- resolvers
# Each returns the date, or the reason it is not one (a fragment of the error).

Resolver = Callable[[re.Match[str], date], "date | str"]


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def month_day(match: re.Match[str], after: date) -> date | str:
    month = _MONTHS[match["month"].lower()]
    return on_or_after(month, int(match["day"]), _group(match, "year"), after)


def _dated_weekday(match: re.Match[str], after: date) -> date | str:
    value = month_day(match, after)
    named = _WEEKDAYS[match["weekday"].lower()]
    if isinstance(value, date) and value.weekday() != named:
        return f"names a {calendar.day_name[named]} but that date is a {value:%A}"
    return value


def _cjk_date(match: re.Match[str], after: date) -> date | str:
    return on_or_after(int(match["month"]), int(match["day"]), _group(match, "year"), after)


def _iso(match: re.Match[str], after: date) -> date | str:
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return "is not a real date"


def _numeric(match: re.Match[str], said: Said) -> date | str:
    """ "12/5": by the person's locale when known; otherwise only when one reading is a date."""
    first, second = int(match["a"]), int(match["b"])
    if first > 12 and second > 12:
        return "is not a real date"
    if first <= 12 and second <= 12 and first != second:
        if said.month_first is None and match["sep"] != ".":
            return (
                f"is ambiguous ({calendar.month_name[first]} {second} or "
                f"{calendar.month_name[second]} {first})"
            )
        # Dots ("5.6.") are day first wherever they are written.
        dotted = match["sep"] == "."
        month, day = (first, second) if said.month_first and not dotted else (second, first)
    else:
        month, day = (second, first) if first > 12 else (first, second)
    if month > 12:
        return "is not a real date"
    year = match.groupdict().get("year")
    if year is not None and len(year) == 2:
        year = "20" + year
    return on_or_after(month, day, year, said.after)


def _weekday_numeric(match: re.Match[str], said: Said) -> date | str:
    """ "Tuesday 12/1": the weekday settles a numeric date the locale leaves open."""
    named = _WEEKDAYS[match["weekday"].lower()]
    # The locale's reading first; the other when only it falls on the day named ("12/8 (Tue)"
    # from a Japanese employer to someone who reads 8 December as 8/12).
    readings = [_numeric(match, said)]
    readings += [_numeric(match, replace(said, month_first=f)) for f in (True, False)]
    dates = [d for d in readings if isinstance(d, date)]
    for value in dates:
        if value.weekday() == named:
            return value
    if dates:
        return f"names a {calendar.day_name[named]} but that date is a {dates[0]:%A}"
    return readings[0]


def _numbered_days(wanted: int, after: date, months: int) -> Iterator[date]:
    """Every date numbered `wanted` on or after `after`, in the next `months` months."""
    for ahead in range(months):
        first = add_months(after.replace(day=1), ahead)
        if wanted <= calendar.monthrange(first.year, first.month)[1]:
            candidate = first.replace(day=wanted)
            if candidate >= after:
                yield candidate


def _mellandagarna(match: re.Match[str], after: date) -> date | str:
    year = after.year if after <= date(after.year, 12, 30) else after.year + 1
    return date(year, 12, 30)


def _day_only(match: re.Match[str], after: date) -> date | str:
    wanted = int(match["day"])
    if not 1 <= wanted <= 31:
        return "is not a real date"
    # Every day 1..31 occurs within a year: the default is never reached.
    return next(_numbered_days(wanted, after, 13), "is not a real date")


# "a más tardar el 15", "bis zum 15.", "uiterlijk de 15e": a day of the month alone, read
# only right after a deadline word (`needs_deadline`), and only where nothing follows it
# that makes the number something else ("el 15 de enero" is read whole by another form;
# "15 días", "15 %" and "15:00" are no day).
_BARE_DAY = (
    r"(?P<day>\d{1,2})(?:e|ste|\.|º|°)?(?!\d)(?![:/-]\w|[.,]\d)(?!\s*(?:%|[:./,-]\s?\d|(?:h|hrs?|uhr|uur|am|pm|a\.m"
    r"|p\.m|o'clock)\b))(?!\s+(?:\w+\s+)?(?:days?|business|working|weeks?|months?|hours?|min\w*"
    r"|d[ií]as?|semanas?|meses|horas?|giorni|settimane|mesi|ore|jours|semaines|mois|heures|tagen?"
    r"|wochen|monaten?|stunden|werktagen?|dagen|werkdagen|weken|maanden|uur|candidat\w*|kandidat\w*"
    r"|iş|gün\w*|hafta\w*"
    # (Hungarian "10 munkanapon belül", Finnish "10 työpäivän", Greek "10 ημέρες", Romanian
    # "10 zile")
    r"|munkanap\w*|nap\w*|hét\w*|het\w*|hónap\w*|työpäiv\w*|päiv\w*|viiko\w*|ημέρ\w*|εργάσιμ\w*"
    # (Slovak "do 15 pracovných dní", Ukrainian "15 робочих днів", Estonian "10 tööpäeva")
    r"|pracovn\w*|dní|робоч\w*|днів|tööpäev\w*|päeva"
    r"|zile|săptămân\w*"
    r"|applicants?|people|personas|pessoas|persone|personnes)\b)"
)


def _bare_day(match: re.Match[str], after: date) -> date | str:
    """The next such day of the month, within two months (the 5th said on the 9th is the
    coming month's)."""
    wanted = int(match["day"])
    return next(_numbered_days(wanted, after, 2), "is not a real date")


def needs_deadline(form: _Form) -> bool:
    """A form that is a date only right after a deadline word ("a más tardar el 15")."""
    return form.resolve is _bare_day


def _weekday_and_day(match: re.Match[str], after: date) -> date | str:
    """ "Wednesday the 25th": the next 25th that is a Wednesday, so the weekday checks the
    day rather than being read on its own (which would name a different date)."""
    wanted, named = int(match["day"]), _WEEKDAYS[match["weekday"].lower()]
    if not 1 <= wanted <= 31:
        return "is not a real date"
    for candidate in _numbered_days(wanted, after, 15):
        if candidate.weekday() == named:
            return candidate
    return f"names no {calendar.day_name[named]} the {wanted} in the coming year"


def _weekday_and_bare_day(match: re.Match[str], after: date) -> date | str:
    """ "el jueves 10": as "Thursday the 10th", but only within the next two months, as a
    bare number after a weekday may count something else ("Thursday 10 candidates")."""
    wanted, named = int(match["day"]), _WEEKDAYS[match["weekday"].lower()]
    for candidate in _numbered_days(wanted, after, 2):
        if candidate.weekday() == named:
            return candidate
    return f"names no {calendar.day_name[named]} the {wanted} soon"


def _the_day_after(match: re.Match[str], after: date) -> date | str:
    return weekday_after(after, _WEEKDAYS[match["weekday"].lower()]) + timedelta(days=1)


def _weekday(match: re.Match[str], after: date) -> date | str:
    return weekday_after(after, _WEEKDAYS[match["weekday"].lower()])


_JAPANESE_WEEKDAYS = {d: n for n, d in enumerate("月火水木金土日")}


def _japanese_weekday_next_week(match: re.Match[str], after: date) -> date | str:
    return monday(after) + timedelta(days=7 + _JAPANESE_WEEKDAYS[match["jday"]])


def _a_week_after_weekday(match: re.Match[str], after: date) -> date | str:
    return weekday_after(after, _WEEKDAYS[match["weekday"].lower()]) + timedelta(days=7)


def _weekday_next_week(match: re.Match[str], after: date) -> date | str:
    return monday(after) + timedelta(days=7 + _WEEKDAYS[match["weekday"].lower()])


def _end_of_this_week(match: re.Match[str], after: date) -> date | str:
    friday = monday(after) + timedelta(days=4)
    return friday if after.weekday() < 5 else friday + timedelta(days=7)


def _next_week_day(weekday: int) -> Resolver:
    return lambda match, after: monday(after) + timedelta(days=7 + weekday)


_WEEKDAY_INDEX = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
}  # fmt: skip


def _weekday_of_next_week(match: re.Match[str], after: date) -> date:
    """ "el viernes de la próxima semana", "Friday of next week": that day of next week."""
    return monday(after) + timedelta(days=7 + _WEEKDAY_INDEX[match["wd"].casefold()])


def _calendar_week_friday(match: re.Match[str], after: date) -> date | str:
    """ "bis Ende KW 51": the Friday of that ISO week, this year's or, when it has passed,
    next year's (German and Polish offices count weeks so)."""
    week = int(match["kw"])
    for year in (after.year, after.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            continue
        if friday >= after - timedelta(days=6):
            return friday
    return f"calendar week {week} does not exist"


def _end_of_month(months_ahead: int) -> Resolver:
    def resolve(match: re.Match[str], after: date) -> date | str:
        first = add_months(after.replace(day=1), months_ahead)
        return month_end(first.year, first.month)

    return resolve


def _end_of_named_month(match: re.Match[str], after: date) -> date | str:
    month = _MONTHS[match["month"].lower()]
    year = _group(match, "year")
    number = int(year) if year else after.year + (month < after.month)
    return month_end(number, month)


def _count(word: str | None) -> int:
    if word is None:
        return 0
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else _NUMBERS[word]


def _relative(match: re.Match[str], said: Said) -> date | str:
    after = said.after
    count = max(_count(match["n"]), _count(match["n2"]), _count(match["n3"]))
    unit = match["unit"].lower().rstrip("s")
    if count > (400 if unit == "day" else 60 if unit == "week" else 12):
        return too_far(after)
    if unit == "month":
        return add_months(after, count)
    if match["business"]:
        days = count * (7 - len(said.weekend) if unit == "week" else 1)
        return add_business_days(after, days, said.holidays, said.weekend)
    return after + timedelta(days=count * (7 if unit == "week" else 1))


def _fixed(days: int) -> Resolver:
    return lambda match, after: after + timedelta(days=days)


def _after_holiday(match: re.Match[str], said: Said) -> date | str:
    return after_holiday(match["holiday"], said.holidays, said.after)


def _before_holiday(match: re.Match[str], said: Said) -> date | str:
    return before_holiday(match["holiday"], said.holidays, said.after)


def _weekday_before_holiday(match: re.Match[str], said: Said) -> date | str:
    """ "The Wednesday before Thanksgiving": the last such weekday before the holiday."""
    value = before_holiday(match["holiday"], said.holidays, said.after)
    if isinstance(value, date):
        value -= timedelta(days=(value.weekday() - _WEEKDAYS[match["weekday"].lower()]) % 7)
    return value


_CONTEXTUAL = frozenset(
    {
        _numeric,
        _weekday_numeric,
        _relative,
        _after_holiday,
        _before_holiday,
        _weekday_before_holiday,
        counts.span_abroad,
    }
)  # these take a Said


# --------------------------------------------------------------------------- forms


@dataclass(frozen=True)
class Said:
    """When, and by whom, a date was said: the day, and the person's locale and holidays."""

    after: date
    month_first: bool | None = None
    holidays: Mapping[date, str] = field(default_factory=dict)
    # the writer's weekend, when they say their week is not Monday to Friday ("our working
    # days are Sunday to Friday")
    weekend: frozenset[int] = WEEKEND


@dataclass(frozen=True)
class _Form:
    pattern: re.Pattern[str]
    resolve: Callable[..., date | str]

    def value(self, match: re.Match[str], said: Said) -> date | str:
        if self.resolve in _CONTEXTUAL:
            return self.resolve(match, said)
        return self.resolve(match, said.after)


def _forms(
    weekday: str, numeric_separators: str, relative_lead: str, holiday_alone: bool
) -> tuple[_Form, ...]:
    """The forms in the order a whole note value is tried against them.

    `holiday_alone`: a holiday named without "by" or "after" is a date (in a note,
    "decision: Thanksgiving"; in prose "enjoy your Thanksgiving" is not), and a bare
    day number is not (prose reads it only after a deadline word: `needs_deadline`).
    """
    before_holiday = BEFORE_HOLIDAY if holiday_alone else BEFORE_HOLIDAY_SAID
    raw: list[tuple[str, Callable[..., date | str]]] = [
        (
            r"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
            r"\s*,?\s*(?:on\s+)?" + weekday + r"(?!,?\s*(?:the\s+)?\d)",
            _weekday,
        ),
        (
            r"today|tonight|(?:(?:the\s+)?end\s+of\s+(?:the\s+)?day|eod|cob|close\s+of\s+business)"
            # "COB Friday 12/11" is Friday's: the close of business alone is today's
            r"(?!\s*,?\s*(?:on\s+)?(?:[a-z]+day\b|mon\b|tues?\b|wed\b|thu(?:rs?)?\b|fri\b|\d))",
            _fixed(0),
        ),
        (r"(?:the\s+)?day\s+after\s+tomorrow", _fixed(2)),
        (r"tomorrow", _fixed(1)),
        # Japanese "来週金曜日" (Friday next week)
        (r"来週(?:の)?(?P<jday>[月火水木金土日])曜日?", _japanese_weekday_next_week),
        (r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)", _iso),
        # "12月9日（水）", "2026年12月9日", "12월 9일": Japanese, Chinese and Korean dates
        (
            r"(?:(?P<year>\d{4})\s?[年년]\s?)?(?P<month>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]",
            _cjk_date,
        ),
        # "27.11." or "27.11.2026": the dotted form, with its closing dot (not "1.5 weeks").
        (r"(?P<a>\d{1,2})(?P<sep>\.)(?P<b>\d{1,2})\.(?:(?P<year>\d{4}|\d{2})(?!\d))?", _numeric),
        # ... or without it after an article: Swiss "entre le 15 et le 22.12", "bis am 18.12"
        (
            r"(?:(?<=\ble\s)|(?<=\bau\s)|(?<=\bdu\s)|(?<=\bam\s)|(?<=\bbis\s)|(?<=\bzum\s))"
            r"(?P<a>\d{1,2})(?P<sep>\.)(?P<b>\d{1,2})(?![\d%]|[.,]\d|\s*(?:h|uhr|%)\b)",
            _numeric,
        ),
        # ... and without it after "do" or "a", with a day before it: Czech "do 18. 12.",
        # "mezi 14. a 16. 12."
        (
            r"(?:(?<=\bdo\s)|(?<=\ba\s)|(?<=\bdne\s))(?P<a>\d{1,2})(?P<sep>\.)\s(?P<b>\d{1,2})\.(?!\s?\d)",
            _numeric,
        ),
        # "9. 12. 2026": Czech and Slovak space the dotted form; only with its year
        (r"(?P<a>\d{1,2})(?P<sep>\.)\s(?P<b>\d{1,2})\.\s?(?P<year>\d{4})(?!\d)", _numeric),
        # "03-12-2026": dashes with a year are a date (Indian and European mail); without
        # one, "2-3" is a range.
        (r"(?P<a>\d{1,2})(?P<sep>-)(?P<b>\d{1,2})-(?P<year>\d{4})(?!\d)", _numeric),
        (
            r"(?P<a>\d{1,2})(?P<sep>[" + numeric_separators + r"])(?P<b>\d{1,2})"
            r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?!\d)\.?",
            _numeric,
        ),
        (
            # any weekday, "Wed" included, before a month and day: "Wed, December 9"
            r"(?:(?:next|this|coming)\s+)?" + _WD + r",?\s*(?:the\s+)?" + _MONTH_DAY,
            _dated_weekday,
        ),
        (
            # "Freitag, den 27.11.", "vendredi le 27/11": the article a language puts between.
            # "quarta-feira (25/11)": or the date in brackets after the day.
            # Any weekday, "Wed" included: before a numeric date it is a day, not a word.
            r"(?:(?:next|this|coming)\s+)?" + _WD + r",?\s*\(?(?:(?:den|der|le|el|il|the)\s+)?"
            r"(?P<a>\d{1,2})(?P<sep>[/.])"
            r"(?P<b>\d{1,2})(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?!\d)\.?",
            _weekday_numeric,
        ),
        (
            # "12/8 (Tue)", "8.12. (Di)": the day in brackets after the date
            r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<year>\d{4}|\d{2}))?\.?"
            r"\s*\(\s*" + _WD + r"\.?\s*\)",
            _weekday_numeric,
        ),
        (
            # "fredag den 27. november", "Freitag, der 27. November", "vendredi le 27 novembre"
            r"(?:(?:next|this|coming)\s+)?"
            + _WD
            + r",?\s*(?:(?:den|der|le|el|il)\s+)?"
            + _DAY_MONTH,
            _dated_weekday,
        ),
        (_MONTH_DAY, month_day),
        # "23-Dec-2026", as Indian mail and many systems write a date
        (r"(?P<day>\d{1,2})-" + _MONTH + r"-(?P<year>\d{4})(?!\d)", month_day),
        (_DAY_MONTH, month_day),
        (
            r"(?:(?:next|this|coming)\s+)?" + weekday + r",?\s*(?:the\s+)?(?P<day>\d{1,2})"
            r"(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?" + _MONTH + r")",
            _weekday_and_day,
        ),
        (
            # Irish and British "Tuesday week, the 15th": the weekday with its day settles it
            weekday + r"\s+week,?\s*(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b",
            _weekday_and_day,
        ),
        (
            # "el jueves 10", "Donnerstag, den 10.", "quinta-feira, dia 10": a weekday and a
            # bare day number, not a time ("Friday 10am") and not a month's day ("10/12")
            r"(?:(?:next|this|coming)\s+)?" + weekday + r",?\s*(?:(?:den|der|le|el|il|dia|the)\s+)?"
            r"(?P<day>\d{1,2})\.?(?![\d/:.]|\s*(?:h\b|am\b|pm\b|a\.m|p\.m|uhr|horas?|hrs?\b"
            r"|o'clock|Uhr|min))(?!\s*(?:of\s+)?" + _MONTH + r")",
            _weekday_and_bare_day,
        ),
        (r"the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)", _day_only),
        (r"(?:the\s+)?end\s+of\s+" + _MONTH + _YEAR, _end_of_named_month),
        (
            r"(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle)\s+of"
            # German, French, Spanish, Italian, Dutch: "Anfang Januar", "mi-décembre"
            r"|anfang|mitte|ende|début|debut|fin|mi|(?:(?<!\w)a\s+)?(?:principios|inicios|comienzos|mediados|finales|fines)\s+de"
            # Catalan: "a principis de gener", "a mitjans de gener", "a finals de desembre"
            r"|(?:(?<!\w)a\s+)?(?:principis|mitjans|finals)\s+d(?:e\s+|['’])"
            r"|(?:all'|a\s+)?(?:inizio|metà|fine)|begin|midden|eind"
            # Portuguese: "no início de janeiro", "em meados de janeiro"
            r"|início|inicio|princípio|meados"
            # Polish: "na początku stycznia", "w połowie stycznia"; Czech "začátkem ledna",
            # "v polovině prosince", "koncem prosince"
            r"|(?:na\s+)?początku|(?:w\s+)?połowie|začátkem|počátkem|(?:v\s+)?polovině|koncem"
            # Dutch "pas half januari", "medio december"
            r"|half|medio"
            # Swedish "i början av januari", "i mitten av januari", "i slutet av december"
            r"|(?:i\s+)?(?:början|mitten|slutet)\s+av"
            # Romanian "la începutul lunii ianuarie", "la mijlocul lunii", "la sfârșitul lunii"
            r"|(?:la\s+)?(?:începutul|inceputul|mijlocul|sfârșitul|sfarsitul|finalul)\s+lunii"
            # Greek "στις αρχές Ιανουαρίου", "στα μέσα Ιανουαρίου", "στα τέλη Δεκεμβρίου"
            r"|(?:(?:σ|έως\s+)?τ(?:ις|α)\s+)?(?:αρχές|μέσα|τέλη)"
            # Croatian "početkom siječnja", "sredinom siječnja", "krajem prosinca"; Bulgarian
            # "в началото на януари", "в средата на", "в края на"; Indonesian "awal Januari",
            # "pertengahan Januari", "akhir Desember"
            r"|početkom|sredinom|krajem|почетком|средином|крајем|(?:в\s+)?(?:началото|средата|края)\s+на"
            # Slovene "v začetku januarja", "sredi januarja", "konec decembra"
            r"|(?:v\s+)?začetku|sredi"
            # Ukrainian "на початку січня", "в середині січня", "наприкінці грудня"
            r"|(?:на\s+)?початку|(?:в|у)\s+середині|наприкінці|(?:в|у)\s+кінці"
            # Slovak "začiatkom januára", "v polovici januára", "koncom decembra"
            r"|začiatkom|(?:v\s+)?polovici|koncom"
            r"|(?:pada\s+)?(?:awal|pertengahan|akhir)"
            # its first days: "nei primi giorni di gennaio", "les premiers jours de janvier"
            r"|(?:the\s+)?first\s+(?:few\s+|couple\s+(?:of\s+)?)?days\s+of|(?:nei\s+|ai\s+)?primi\s+(?:giorni\s+)?di"
            r"|(?:dans\s+)?les\s+premiers\s+jours\s+de|(?:en\s+)?los\s+primeros\s+días\s+de"
            r"|(?:in\s+)?den\s+ersten\s+tagen\s+(?:im|des)|(?:nos\s+)?primeiros\s+dias\s+de"
            r"|(?:in\s+)?de\s+eerste\s+dagen\s+van)"
            r"(?:-|\s+)?(?:in\s+|de\s+)?" + _MONTH + _YEAR,
            periods.part_of_month,
        ),
        # ... and Turkish, the part after the month: "Ocak başında", "Aralık ortasında",
        # "Aralık sonuna kadar"; Finnish "tammikuun alussa", "tammikuun puolivälissä",
        # "joulukuun loppuun mennessä"
        (
            _MONTH + _YEAR + r"(?:\s+ayının)?\s+(?P<part>başı\w*|ortası\w*|sonu\w*|alu\w*|alku\w*"
            # Hungarian "január elején", "január közepén", "december végéig"
            r"|puoliväli\w*|lopu\w*|loppu\w*|elej\w*|közep\w*|vég\w*"
            # Lithuanian "sausio pradžioje", "sausio viduryje", "gruodžio pabaigoje"; Latvian
            # "janvāra sākumā", "janvāra vidū", "decembra beigās"
            r"|pradžio\w*|vidury\w*|pabaigo\w*|sākum\w*|vidū|beigās"
            # Estonian "jaanuari alguses", "detsembri keskel", "jaanuari keskpaigas", "detsembri
            # lõpus"
            r"|alguses|algul|keskel|keskpaigas|lõpus|lõpuks)",
            periods.part_of_month,
        ),
        (
            r"(?:the\s+)?"
            + weekday
            + r"\s+(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?"
            + SPOKEN_HOLIDAY,
            _weekday_before_holiday,
        ),
        (counts.numbered_week(weekday), counts.weekday_of_week),
        (counts.WEEK_ALONE, counts.friday_of_week),
        # Sweden's days between Christmas and New Year: "Du får besked i mellandagarna" (the
        # range's far end, 30 December)
        (r"(?:i\s+)?mellandagarna", _mellandagarna),
        (AFTER_HOLIDAY, _after_holiday),
        (before_holiday, _before_holiday),
        (
            r"(?:the\s+)?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+(?:of|in)\s+"
            + _MONTH
            + _YEAR,
            periods.nth_week,
        ),
        (r"(?:the\s+)?week\s+of\s+(?:the\s+)?(?:" + _MONTH_DAY + r")", periods.week_of),
        # a British "w/c 4th January", "week commencing 4 January", "w/b 11th Jan"
        (
            r"(?:w/c|w/b|wc|week\s+(?:commencing|beginning|starting))\s+(?:the\s+|monday\s+)?(?:"
            + _DAY_MONTH
            + r")",
            periods.week_of,
        ),
        (r"(?:the\s+)?week\s+of\s+(?:the\s+)?(?:" + _DAY_MONTH + r")", periods.week_of),
        (
            r"(?:(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?year|year[-\s]?end|eoy)"
            # ... and abroad: "entro fine anno", "d'ici la fin de l'année", "antes de fin de
            # año", "bis Ende des Jahres", "voor het einde van het jaar", "até ao fim do ano"
            # (not the season's feasts: "les fêtes de fin d'année", "las fiestas de fin de año")
            # (nor a closure's: "avec la fermeture de fin d'année de l'usine")
            r"|(?<!fêtes\sde\s)(?<!fiestas\sde\s)(?<!feste\sdi\s)(?<!cena\sde\s)(?<!fermeture\sde\s)"
            r"(?:(?:la\s+)?fine\s+(?:dell['’]\s*|d['’]\s*|di\s+quest['’]\s*)?anno"
            r"|(?:la\s+)?fin\s+(?:de\s+l['’]\s*|d['’]\s*|de\s+cette\s+)ann[ée]e"
            r"|(?:(?:el|del|al|a)\s+)?(?:fin(?:al)?|finales)\s+de(?:l|\s+este)?\s+año"
            r"|ende\s+(?:des|dieses)\s+jahres|jahresende|(?:het\s+)?einde?\s+van\s+(?:het|dit)\s+jaar"
            r"|(?:o\s+)?(?:fim|final)\s+(?:do|deste)\s+ano))"
            # (not a year-end thing: "year-end owner meetings", "the year-end close")
            r"(?!\s+(?:\w+\s+)?(?:meetings?|reviews?|close|closing|part(?:y|ies)|reporting|audits?"
            r"|bonus(?:es)?|crunch|rush|push|planning|budgets?|deadlines?|events?|freeze"
            # ("as several members are at the college's year-end retreat")
            r"|retreats?|gatherings?|celebrations?|dinners?|inventory)\b)",
            periods.end_of_year,
        ),
        (
            r"(?:early\s+|first\s+thing\s+)?in\s+the\s+new\s+year|early\s+(?:in\s+)?(?:the\s+)?new\s+year"
            r"|(?:early|(?:the\s+)?(?:beginning|start)\s+of)\s+next\s+year",
            periods.new_year,
        ),
        (
            r"(?:in|within|over)\s+the\s+(?:next|coming)\s+(?P<unit>week|month)"
            r"(?:\s+or\s+(?P<more>so|two))?",
            periods.the_next,
        ),
        # "within the next fortnight": two weeks, the far end.
        (r"(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:a\s+)?fortnight", _fixed(14)),
        # "The panel meets on Wednesday and I'll call you the following day"
        (
            # (a promise: "the next day" after a past Monday is past too)
            weekday
            + r"\b[^.;!?]{0,40}?(?:\bwill|'ll|\bshall)\s+[^.;!?]{0,30}?"
            + r"\bthe\s+(?:following|next)\s+day\b",
            _the_day_after,
        ),
        (weekday + r",?\s+(?:of\s+)?next\s+week", _weekday_next_week),
        # Irish and British "by Friday week", "a week on Friday": a week after the coming one
        (weekday + r"\s+week\b", _a_week_after_weekday),
        (r"\ba\s+week\s+on\s+" + weekday, _a_week_after_weekday),
        (r"next\s+week\s+(?:on\s+)?" + weekday, _weekday_next_week),
        (weekday + r",?\s+(?:of\s+)?this\s+week", _weekday),
        (r"(?:(?:next|this|coming)\s+)?" + weekday, _weekday),
        # In prose "wed", "mon", "sat", "sun" are days only after a deadline word: "by Wed."
        (
            r"(?:by|on|until|before)\s+(?P<weekday>mon|wed|weds|sat|sun)\b\.?"
            r"(?!,?\s*(?:the\s+)?\d)",  # "by Wed 9 Dec" is the 9th, read with its date
            _weekday,
        ),
        (
            r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:next|following)\s+week|later?\s+next\s+week"
            # German, French, Spanish
            r"|ende\s+(?:der\s+)?nächste[nr]?\s+woche|fin\s+de\s+la\s+semaine\s+prochaine"
            r"|(?:finales|fines)\s+de\s+la\s+(?:próxima\s+semana|semana\s+que\s+viene)"
            # Polish and Portuguese: "do końca przyszłego tygodnia", "até ao final da próxima
            # semana"
            r"|końca\s+przyszłego\s+tygodnia|(?:o\s+)?(?:final|fim)\s+da\s+próxima\s+semana"
            # Czech: "do konce příštího týdne"
            r"|konce\s+příštího\s+týdne"
            # Turkish: "Önümüzdeki haftanın sonuna kadar", "gelecek haftanın sonunda"
            r"|(?:önümüzdeki|gelecek)\s+haftanın\s+sonu\w*"
            # Flemish: "ten laatste eind volgende week", "tegen het einde van volgende week"
            r"|(?:het\s+)?einde?\s+(?:van\s+)?volgende\s+week"
            # Italian: "entro la fine della prossima settimana", "a fine settimana prossima"
            r"|(?:la\s+)?fine\s+(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima)"
            # Greek: "μέχρι το τέλος της επόμενης εβδομάδας"
            r"|(?:το\s+)?τέλος\s+της\s+(?:επόμενης|ερχόμενης)\s+εβδομάδας"
            # Finnish: "ensi viikon loppuun mennessä"; Hungarian "a jövő hét végéig"
            r"|(?:ensi|seuraavan|tulevan)\s+viikon\s+lopp\w*|jövő\s+hét\s+vég\w*"
            # Croatian "do kraja idućeg tjedna"; Bulgarian "до края на следващата седмица";
            # Indonesian "akhir minggu depan"
            r"|kraja\s+(?:idućeg|sljedećeg|narednog|slijedećeg)\s+tjedna"
            # Serbian "do kraja sledeće nedelje", "до краја следеће недеље"
            r"|kraja\s+(?:sledeće|naredne|iduće)\s+nedelje|краја\s+(?:следеће|наредне)\s+недеље"
            # Latvian "līdz nākamās nedēļas beigām"
            r"|nākamās\s+nedēļas\s+beig\w*"
            # Slovene "do konca prihodnjega tedna"
            r"|konca\s+(?:prihodnjega|naslednjega)\s+tedna"
            # Lithuanian "iki kitos savaitės pabaigos"
            r"|kitos\s+savaitės\s+pabaig\w*"
            # Ukrainian "до кінця наступного тижня"; Estonian "järgmise nädala lõpuks"
            r"|кінця\s+наступного\s+тижня|järgmise\s+nädala\s+lõpu\w*"
            # Slovak "do konca budúceho týždňa"
            r"|konca\s+(?:budúceho|nasledujúceho)\s+týždňa"
            r"|края\s+на\s+(?:следващата|другата)\s+седмица|akhir\s+minggu\s+depan",
            _next_week_day(4),
        ),
        # a German office's calendar week: "bis Ende KW 51", "in KW 2"
        (r"(?:ende\s+(?:der\s+)?)?KW\s*(?P<kw>[1-5]?\d)\b", _calendar_week_friday),
        (
            r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+)?(?:work\s*)?week|(?:later\s+)?this\s+week"
            r"|e\.?o\.?w\.?|e\.?o\.?b\.?w\.?|ende\s+(?:der|dieser)\s+woche|diese\s+woche"
            r"|(?:à\s+la\s+)?fin\s+de\s+(?:la\s+|cette\s+)?semaine|esta\s+semana"
            # Greek: "μέχρι το τέλος της εβδομάδας", "μέσα στην εβδομάδα"
            r"|(?:το\s+)?τέλος\s+(?:της|αυτής\s+της)\s+εβδομάδας|μέσα\s+στην\s+εβδομάδα"
            # Croatian "do kraja (ovog) tjedna", Bulgarian "до края на седмицата", Indonesian
            # "akhir minggu ini"
            r"|kraja\s+(?:ovog\s+|ovoga\s+)?tjedna|края\s+на\s+(?:тази\s+)?седмица(?:та)?"
            r"|kraja\s+(?:ove\s+)?nedelje(?!\s+(?:sledeće|naredne))|краја\s+(?:ове\s+)?недеље"
            r"|akhir\s+minggu\s+ini",
            _end_of_this_week,
        ),
        # "by the end of the week after next": the Friday of the week after next week
        (
            r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?week\s+after\s+next"
            r"|(?:the\s+)?week\s+after\s+next",
            _next_week_day(4 + 7),
        ),
        # "hasta el viernes de la próxima semana", "by Friday of next week"
        (
            r"(?P<wd>lunes|martes|miércoles|miercoles|jueves|viernes|monday|tuesday"
            r"|wednesday|thursday|friday)\s+(?:de\s+la\s+(?:próxima\s+semana|semana\s+que\s+viene"
            r"|semana\s+próxima)|of\s+next\s+week)",
            _weekday_of_next_week,
        ),
        (r"(?:the\s+)?(?:beginning|start)\s+of\s+next\s+week", _next_week_day(0)),
        (r"early\s+next\s+week", _next_week_day(1)),
        (r"mid-?\s*next\s+week|(?:the\s+)?middle\s+of\s+next\s+week", _next_week_day(2)),
        (
            r"next\s+week|(?:the\s+)?following\s+week|nächste\s+woche|(?:la\s+)?semaine\s+prochaine"
            r"|(?:la\s+)?(?:próxima\s+semana|semana\s+que\s+viene)|volgende\s+week"
            r"|(?:la\s+)?(?:prossima\s+settimana|settimana\s+prossima)"
            r"|(?:την\s+)?(?:επόμενη|ερχόμενη)\s+εβδομάδα",
            _next_week_day(4),
        ),
        (
            r"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|(?:later\s+)?this\s+month|eom"
            r"|(?:the\s+)?month'?s\s+end|(?:the\s+)?month[-\s]end|(?:la\s+)?fin\s+(?:du|de\s+ce)\s+mois"
            r"|ende\s+(?:des|dieses)\s+monats|monatsende|(?:(?:el|del|al|a)\s+)?(?:fin(?:al)?|finales)\s+de(?:l|\s+este)?\s+mes"
            r"|(?:la\s+)?fine\s+(?:del\s+|di\s+questo\s+)?mese|(?:a?o\s+)?(?:fim|final)\s+(?:do|deste)\s+m[êe]s"
            r"|(?:het\s+)?einde?\s+van\s+de(?:ze)?\s+maand|slutet\s+av\s+månaden"
            r"|utgangen\s+av\s+måneden|udgangen\s+af\s+måneden"
            # Polish: "najpóźniej do końca miesiąca"
            r"|końca\s+(?:tego\s+|bieżącego\s+)?miesiąca"
            # Turkish: "ay sonuna kadar", "bu ayın sonunda"
            r"|(?<!\w)(?:bu\s+ayın|ay)\s+sonu\w*"
            # Finnish: "palata asiaan kuun loppuun mennessä", "tämän kuukauden lopussa"
            r"|(?:tämän\s+)?(?:kuun|kuukauden)\s+lop(?:p|u)\w*",
            _end_of_month(0),
        ),
        (r"(?:the\s+)?end\s+of\s+next\s+month|next\s+month", _end_of_month(1)),
        (relative_lead + _RELATIVE, _relative),
        (counts.SPAN_ABROAD, counts.span_abroad),
        (counts.SPAN_AFTER, counts.span_abroad),
        (counts.SPAN_FINNISH, counts.span_abroad),
        (counts.SPAN_HUNGARIAN, counts.span_abroad),
        (counts.SPAN_LATVIAN, counts.span_abroad),
        (counts.SPAN_ESTONIAN, counts.span_abroad),
        (counts.SPAN_GEORGIAN, counts.span_abroad),
        (counts.HOURS, counts.in_hours),
    ]
    if not holiday_alone:
        raw.append((_BARE_DAY, _bare_day))
    return tuple(_Form(re.compile(pattern, re.IGNORECASE), how) for pattern, how in raw)


# Compiled on first use: a command that reads no date does not pay for them.
@cache
def note_forms() -> tuple[_Form, ...]:
    return _forms(_WD, "/.", "(?:" + _RELATIVE_LEAD + ")?", holiday_alone=True)


@cache
def prose_forms() -> tuple[_Form, ...]:
    return _forms(_PROSE_WD, "/", _PROSE_LEAD, holiday_alone=False)


def is_numeric(form: _Form) -> bool:
    """A numbers-only form ("11/24"), which in prose may be a fraction."""
    return form.resolve is _numeric
