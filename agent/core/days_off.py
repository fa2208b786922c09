"""Which days are not business days: public holidays by country, and the person's own.

A check-in that lands on Thanksgiving reads as careless (the seeds count in
business days for that reason), so every business-day rule consults the
person's public holidays as well as weekends and `policy.holidays`.

The dates come from the maintained `holidays` package, computed once per
country, subdivision and year. Importing that package costs a quarter of a
second, so it happens only here and only when a year is not known yet; the
caller may hand in years it already computed (the store keeps them).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from agent.core.clock import WEEKEND


class UnknownRegion(ValueError):
    """The country or subdivision is not one the holiday calendar knows."""


def regions_of(country: str) -> tuple[str, ...]:
    """The codes of `country`'s regions that keep days off of their own (Scotland's 2 and 4
    January 2027 are no holidays in England); () for a country without any."""
    if not country:
        return ()
    import holidays  # noqa: PLC0415 (slow import; only `doctor` asks)

    try:
        return tuple(holidays.country_holidays(country.upper()).subdivisions)
    except NotImplementedError:
        return ()


def public_holidays(country: str, subdivision: str, years: Iterable[int]) -> dict[date, str]:
    """Public holidays (date -> name) of `country` (ISO code) in `years`; {} without a country.

    Raises UnknownRegion for a country or subdivision the `holidays` package
    does not have, so configuration can name the key.
    """
    if not country:
        return {}
    import holidays  # noqa: PLC0415 (slow import, only when a year is not cached)

    try:
        calendar = holidays.country_holidays(
            country.upper(), subdiv=subdivision or None, years=sorted(set(years))
        )
    except NotImplementedError as exc:
        raise UnknownRegion(str(exc)) from exc
    return {day: _first_name(name) for day, name in sorted(calendar.items())}


# Countries whose working week is not Monday to Friday (date.weekday() of their days off):
# Friday and Saturday across most of the Arab world, in Bangladesh, Israel and the Maldives;
# Friday alone in Iran; Saturday alone in Nepal (its cabinet revoked a trial Sunday holiday
# in June 2022; the Emirates moved to Saturday and Sunday that year). The `holidays`
# package's own `weekend` says when a holiday on it moves, not which days people work
# (Paraguay's and Hong Kong's is Sunday alone), so it is not used for this; a test keeps
# the two in step where they mean the same.
FRIDAY_SATURDAY = frozenset({4, 5})
_WEEKENDS: dict[str, frozenset[int]] = {
    **dict.fromkeys(
        (
            "SA",
            "BD",
            "BH",
            "DZ",
            "EG",
            "IL",
            "IQ",
            "JO",
            "KW",
            "LY",
            "MR",
            "MV",
            "OM",
            "QA",
            "SD",
            "SY",
            "YE",
        ),
        FRIDAY_SATURDAY,
    ),  # fmt: skip
    "IR": frozenset({4}),
    "NP": frozenset({5}),
}


def weekend_of(country: str) -> frozenset[int]:
    """The days off of `country`'s working week; Saturday and Sunday where not known."""
    return _WEEKENDS.get(country.upper(), WEEKEND)


def _first_name(name: str) -> str:
    """`holidays` joins two holidays on one day with "; "; the first one names the day."""
    return name.split("; ")[0]
