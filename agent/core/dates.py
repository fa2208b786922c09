"""Dates people write: in notes ("decision: Thursday") and in employers' replies.

A date that cannot be read is reported with an error, never guessed: a wrong
check-in date does more harm than asking the person to write it again. Every
form is read relative to `after`, the day the date was said (the interview's
day for notes, the day a reply arrived), so nothing here reads the clock.

Readings chosen where English is loose (each one is tested):

- A weekday ("Thursday", "by thu", "this Thursday", "next Thursday") is the
  first such day strictly after `after`; on a Thursday, "Thursday" is a week
  later. "next Thursday" follows the same rule because, said on a Tuesday, it
  mostly means the coming one; "Thursday next week" names the later one.
- Month and day without a year ("Nov 24"): the first such date on or after
  `after`, so "January 5" said in December is next year.
- Numbers only ("11/24", "24.11."): read when a single reading is a date (one
  side above 12, or both sides equal); "5/6" is reported as ambiguous.
  Two-digit years are 20xx.
- "end of (this|the) week" is this week's Friday (next Friday when said on a
  weekend); "next week" and "end of next week" are Friday of next week (the day
  by which they will have decided); "beginning of next week" is its Monday,
  "early next week" its Tuesday (early spans Monday and Tuesday, and the
  check-in comes the morning after), "mid next week" its Wednesday.
- Ranges ("a week or two", "2-3 weeks") take the later end; "a couple" is two.
- "a few days", "soon", "not sure", "" name no date: DateMention(text, None)
  with no error, and the one-week rule applies.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from agent.core.model import DateMention

HINT = "write it like 'Thursday', 'Nov 24' or '2026-11-24'"
_LONGEST_FORM = 100  # no date form is longer; longer text is reported at once
_FREE_TEXT_LIMIT = 20_000

_WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "weds": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
# In prose, "sat", "sun", "wed" and "mon" are more often words than days.
_PROSE_WEEKDAYS = [w for w in _WEEKDAYS if w not in {"sat", "sun", "wed", "weds", "mon"}]
_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple": 2,
    "a couple": 2,
    "couple of": 2,
    "a couple of": 2,
}


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: "thurs" before "thu"


_WD = r"(?P<weekday>" + _alternatives(_WEEKDAYS) + r")\b\.?"
_PROSE_WD = r"(?P<weekday>" + _alternatives(_PROSE_WEEKDAYS) + r")\b\.?"
_MONTH = r"(?P<month>" + _alternatives(_MONTHS) + r")\b\.?"
_DAY = r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?P<year>\d{4})(?!\d))?"
_MONTH_DAY = _MONTH + r"\s*" + _DAY + _YEAR
_DAY_MONTH = r"(?:the\s+)?" + _DAY + r"\.?\s*(?:of\s+)?" + _MONTH + _YEAR
_NUM = r"\d{1,3}|a\s+couple\s+of|a\s+couple|couple\s+of|couple|" + _alternatives(
    w for w in _NUMBERS if "couple" not in w
)
_RELATIVE = (
    r"(?P<n>" + _NUM + r")(?:\s*(?:or|to|-)\s*(?P<n2>" + _NUM + r"))?\s+"
    r"(?P<business>business\s+|working\s+)?(?P<unit>days?|weeks?|months?)"
    r"(?:\s+or\s+(?P<n3>" + _NUM + r"))?(?:\s+(?:from\s+(?:now|today)|time))?"
)
_RELATIVE_LEAD = r"(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:about\s+|around\s+)?"

_NO_DATE = re.compile(
    r"(?:(?:in|within)\s+)?(?:the\s+)?(?:next\s+|coming\s+)?(?:a\s+)?few\s+(?:more\s+)?"
    r"(?:days|weeks)|(?:in\s+)?the\s+coming\s+(?:days|weeks)|(?:very\s+)?soon|asap|shortly"
    r"|as\s+soon\s+as\s+possible|no\s+date|not\s+sure|unsure|unknown|no\s+idea|none|tbd|tba"
    r"|don'?t\s+know|(?:they\s+|he\s+|she\s+)?didn'?t\s+say|not\s+(?:given|said|mentioned)|n/?a|-+|\?+|",
    re.IGNORECASE,
)
_LEADING_WORDS = re.compile(
    r"^(?:by|on|before|until|till|til|around|about|approximately|no\s+later\s+than"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+)?day(?:\s+on)?|eod|cob|close\s+of\s+business)\s+(?=\S)",
    re.IGNORECASE,
)
_TRAILING_WORDS = re.compile(
    r"\s+(?:at\s+the\s+latest|latest|eod|cob|end\s+of\s+(?:the\s+)?day|close\s+of\s+business"
    r"|(?:in\s+the\s+)?(?:morning|afternoon|evening)|night|(?:at\s+)?noon"
    r"|(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|at\s+\d{1,2}(?::\d{2})?|\d{1,2}:\d{2})$",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


# --------------------------------------------------------------------------- arithmetic


def _weekday_after(after: date, weekday: int) -> date:
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _add_business_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


def _on_or_after(month: int, day: int, year: str | None, after: date) -> date | str:
    if year is None:
        later = (month, day) < (after.month, after.day)
        number = after.year + 1 if later else after.year
    else:
        number = int(year)
    try:
        return date(number, month, day)
    except ValueError:
        return "is not a real date"


# --------------------------------------------------------------------------- resolvers
# Each returns the date, or the reason it is not one (a fragment of the error).

Resolver = Callable[[re.Match[str], date], "date | str"]


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _month_day(match: re.Match[str], after: date) -> date | str:
    month = _MONTHS[match["month"].lower()]
    return _on_or_after(month, int(match["day"]), _group(match, "year"), after)


def _dated_weekday(match: re.Match[str], after: date) -> date | str:
    value = _month_day(match, after)
    named = _WEEKDAYS[match["weekday"].lower()]
    if isinstance(value, date) and value.weekday() != named:
        return f"names a {calendar.day_name[named]} but that date is a {value:%A}"
    return value


def _iso(match: re.Match[str], after: date) -> date | str:
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return "is not a real date"


def _numeric(match: re.Match[str], after: date) -> date | str:
    first, second = int(match["a"]), int(match["b"])
    if first > 12 and second > 12:
        return "is not a real date"
    if first <= 12 and second <= 12 and first != second:
        return (
            f"is ambiguous ({calendar.month_name[first]} {second} or "
            f"{calendar.month_name[second]} {first})"
        )
    month, day = (second, first) if first > 12 else (first, second)
    year = match["year"]
    if year is not None and len(year) == 2:
        year = "20" + year
    return _on_or_after(month, day, year, after)


def _day_only(match: re.Match[str], after: date) -> date | str:
    wanted = int(match["day"])
    if not 1 <= wanted <= 31:
        return "is not a real date"
    for months in range(13):
        first = _add_months(after.replace(day=1), months)
        if wanted <= calendar.monthrange(first.year, first.month)[1]:
            candidate = first.replace(day=wanted)
            if candidate >= after:
                return candidate
    return "is not a real date"  # pragma: no cover - every day 1..31 occurs within a year


def _weekday(match: re.Match[str], after: date) -> date | str:
    return _weekday_after(after, _WEEKDAYS[match["weekday"].lower()])


def _weekday_next_week(match: re.Match[str], after: date) -> date | str:
    return _monday(after) + timedelta(days=7 + _WEEKDAYS[match["weekday"].lower()])


def _end_of_this_week(match: re.Match[str], after: date) -> date | str:
    friday = _monday(after) + timedelta(days=4)
    return friday if after.weekday() < 5 else friday + timedelta(days=7)


def _next_week_day(weekday: int) -> Resolver:
    return lambda match, after: _monday(after) + timedelta(days=7 + weekday)


def _end_of_month(months_ahead: int) -> Resolver:
    def resolve(match: re.Match[str], after: date) -> date | str:
        first = _add_months(after.replace(day=1), months_ahead)
        return _month_end(first.year, first.month)

    return resolve


def _end_of_named_month(match: re.Match[str], after: date) -> date | str:
    month = _MONTHS[match["month"].lower()]
    year = _group(match, "year")
    number = int(year) if year else after.year + (month < after.month)
    return _month_end(number, month)


def _count(word: str | None) -> int:
    if word is None:
        return 0
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else _NUMBERS[word]


def _relative(match: re.Match[str], after: date) -> date | str:
    count = max(_count(match["n"]), _count(match["n2"]), _count(match["n3"]))
    unit = match["unit"].lower().rstrip("s")
    if count > (730 if unit == "day" else 104 if unit == "week" else 24):
        return "is too far away to be a decision date"
    if unit == "month":
        return _add_months(after, count)
    if match["business"]:
        return _add_business_days(after, count * (5 if unit == "week" else 1))
    return after + timedelta(days=count * (7 if unit == "week" else 1))


def _fixed(days: int) -> Resolver:
    return lambda match, after: after + timedelta(days=days)


# --------------------------------------------------------------------------- forms


@dataclass(frozen=True)
class _Form:
    pattern: re.Pattern[str]
    resolve: Resolver


def _forms(weekday: str, numeric_separators: str, relative_lead: str) -> tuple[_Form, ...]:
    """The forms in the order a whole note value is tried against them."""
    raw: list[tuple[str, Resolver]] = [
        (
            r"today|tonight|(?:the\s+)?end\s+of\s+(?:the\s+)?day|eod|cob|close\s+of\s+business",
            _fixed(0),
        ),
        (r"(?:the\s+)?day\s+after\s+tomorrow", _fixed(2)),
        (r"tomorrow", _fixed(1)),
        (r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)", _iso),
        (
            r"(?P<a>\d{1,2})(?P<sep>[" + numeric_separators + r"])(?P<b>\d{1,2})"
            r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?!\d)\.?",
            _numeric,
        ),
        (
            r"(?:(?:next|this|coming)\s+)?" + weekday + r",?\s*(?:the\s+)?" + _MONTH_DAY,
            _dated_weekday,
        ),
        (r"(?:(?:next|this|coming)\s+)?" + weekday + r",?\s*" + _DAY_MONTH, _dated_weekday),
        (_MONTH_DAY, _month_day),
        (_DAY_MONTH, _month_day),
        (r"the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)", _day_only),
        (r"(?:the\s+)?end\s+of\s+" + _MONTH + _YEAR, _end_of_named_month),
        (weekday + r",?\s+(?:of\s+)?next\s+week", _weekday_next_week),
        (r"next\s+week\s+(?:on\s+)?" + weekday, _weekday_next_week),
        (weekday + r",?\s+(?:of\s+)?this\s+week", _weekday),
        (r"(?:(?:next|this|coming)\s+)?" + weekday, _weekday),
        (r"(?:the\s+)?(?:end|close)\s+of\s+next\s+week|later?\s+next\s+week", _next_week_day(4)),
        (
            r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+)?week|(?:later\s+)?this\s+week",
            _end_of_this_week,
        ),
        (r"(?:the\s+)?(?:beginning|start)\s+of\s+next\s+week", _next_week_day(0)),
        (r"early\s+next\s+week", _next_week_day(1)),
        (r"mid-?\s*next\s+week|(?:the\s+)?middle\s+of\s+next\s+week", _next_week_day(2)),
        (r"next\s+week", _next_week_day(4)),
        (
            r"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|(?:later\s+)?this\s+month",
            _end_of_month(0),
        ),
        (r"(?:the\s+)?end\s+of\s+next\s+month|next\s+month", _end_of_month(1)),
        (relative_lead + _RELATIVE, _relative),
    ]
    return tuple(_Form(re.compile(pattern, re.IGNORECASE), how) for pattern, how in raw)


_NOTE_FORMS = _forms(_WD, "/.", "(?:" + _RELATIVE_LEAD + ")?")
_PROSE_FORMS = _forms(_PROSE_WD, "/", _RELATIVE_LEAD)


def _shown(text: str) -> str:
    """The text as quoted back in an error: one line, bounded."""
    flat = re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
    return flat if len(flat) <= 60 else flat[:57] + "..."


def _mention(text: str, value: date | str) -> DateMention:
    if isinstance(value, date):
        return DateMention(text, value)
    return DateMention(text, None, f"'{_shown(text)}' {value}; {HINT}")


def _not_understood(text: str) -> DateMention:
    return DateMention(text, None, f"could not understand the date '{_shown(text)}'; {HINT}")


def _normalize(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
    return text.strip(" \"'()[]<>,;:!.")


# --------------------------------------------------------------------------- public


def parse_date(text: str, *, after: date) -> DateMention:
    """Read a date the person wrote in a note; see the module docstring for the forms."""
    text = text.strip()
    value = _normalize(text)
    if len(value) > _LONGEST_FORM:
        return _not_understood(text)
    for _ in range(3):  # "by end of day Thursday at 5pm": peel a few layers of wording
        value = _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", value)).strip(" ,")
    if _NO_DATE.fullmatch(value):
        return DateMention(text, None)
    for form in _NOTE_FORMS:
        match = form.pattern.fullmatch(value)
        if match:
            return _mention(text, form.resolve(match, after))
    either = re.fullmatch(r"(.+?)\s+or\s+(.+)", value, re.IGNORECASE)
    if either:  # "Thursday or Friday": both must read, and the later one is when they decide
        first, second = (parse_date(part, after=after) for part in either.groups())
        if first.value and second.value:
            return DateMention(text, max(first.value, second.value))
    return _not_understood(text)


_CUE = re.compile(
    r"\b(?:decid\w*|decision\w*|know|hear\w*|get\s+back|back\s+to\s+you|in\s+touch|update\w*"
    r"|news|answer|respond|response|reach\s+out|finali[sz]\w*|conclu\w*|wrap\w*\s+up|outcome"
    r"|feedback|expect\w*|timeline|time\s*frame)\b",
    re.IGNORECASE,
)
_DEADLINE_WORD = re.compile(
    r"\b(?:by|before|until|till|on|no\s+later\s+than|around|end\s+of|close\s+of)\s*$", re.I
)
_PAST_WORD = re.compile(r"\b(?:earlier|last|past|previous|since|ago)\s*$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(\u201c])|(?<=;)\s+")


def _sentences(text: str) -> list[str]:
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text[:_FREE_TEXT_LIMIT]):
        found.extend(_SENTENCE_BREAK.split(re.sub(r"\s+", " ", paragraph)))
    return found


def find_date(text: str, *, after: date) -> DateMention | None:
    """The date an employer gives for their decision in free text, or None.

    Only sentences about deciding or hearing back count ("we expect to make a
    decision by November 24"); within one, a date after a deadline word ("by",
    "before") or after the deciding words wins over one mentioned in passing,
    then the earliest. A date that is named but invalid ("February 30") comes
    back with its error; an ambiguous number such as "2/3" is skipped, as in
    prose it is more often a fraction.
    """
    for sentence in _sentences(text.replace("\u2019", "'")):
        cue = _CUE.search(sentence)
        if cue is None:
            continue
        best: tuple[bool, int, int, DateMention] | None = None
        for form in _PROSE_FORMS:
            for match in form.pattern.finditer(sentence):
                start, end = match.span()
                before = sentence[max(0, start - 20) : start]
                if (start and sentence[start - 1].isalnum()) or (
                    end < len(sentence) and sentence[end].isalnum()
                ):
                    continue
                if _PAST_WORD.search(before):
                    continue
                value = form.resolve(match, after)
                if form.resolve is _numeric and not isinstance(value, date):
                    continue
                preferred = bool(_DEADLINE_WORD.search(before)) or start >= cue.end()
                preferred = preferred or match.group(0).lower().startswith(("in ", "within"))
                rank = (not preferred, start, -(end - start))
                if best is None or rank < best[:3]:
                    best = (*rank, _mention(match.group(0).rstrip(".,"), value))
        if best is not None:
            return best[3]
    return None
