"""Whose public holidays apply: the configured country, or the one the time zone implies.

The tz database's zone.tab names one country for each zone (America/New_York:
US, Europe/Berlin: DE), which is the unambiguous case the spec asks for; zones
that stand for no one country (UTC, Etc/GMT+5) give none. The dates themselves
come from `agent.core.days_off`, and are kept in the state store so that an
ordinary cycle does not pay for importing the holiday calendar.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from agent.core.days_off import UnknownRegion, public_holidays, weekend_of
from agent.core.model import Policy
from agent.errors import ConfigError
from agent.store import Store

log = logging.getLogger(__name__)

SYSTEM_ZONEINFO = Path("/usr/share/zoneinfo")
# Holiday calendars change rarely (a new holiday, a moved observance): recompute monthly.
CACHE_AGE = timedelta(days=30)


@dataclass(frozen=True)
class HolidayCalendar:
    """What `doctor` and `status` say about the days off in use."""

    country: str  # ISO code, "" for none
    subdivision: str
    source: str  # "policy.country" | "time zone <zone>" | "" (none)
    count: int  # public holidays known this year

    def describe(self) -> str:
        if not self.country:
            why = f" ({self.source})" if self.source else ""
            return f"none{why}: only weekends and policy.holidays are days off"
        region = f"{country_name(self.country)} ({self.country}"
        region += f", {self.subdivision})" if self.subdivision else ")"
        return f"{region}, from {self.source}; {self.count} public holidays this year"


def resolve(policy: Policy, zone: str, store: Store, today: date) -> tuple[Policy, HolidayCalendar]:
    """`policy` with its country settled and the public holidays of the years around today."""
    country, source = country_for(policy, zone)
    subdivision = policy.subdivision or subdivision_of_zone(country, zone)
    days = _cached_holidays(store, country, subdivision, today, source) if country else {}
    if days is None:  # inferred from the zone, but the holiday calendar has no such country
        country, source, days = "", f"no holiday calendar for the country of {zone}", {}
    subdivision = subdivision if country else ""
    count = sum(1 for d in days if d.year == today.year)
    calendar = HolidayCalendar(country, subdivision, source, count)
    weekend = weekend_of(country)
    return replace(policy, country=country, public_holidays=days, weekend=weekend), calendar


def country_for(policy: Policy, zone: str) -> tuple[str, str]:
    """(country code, where it came from); ("", why none) when no calendar applies."""
    if policy.country == "NONE":
        return "", 'policy.country = "none"'
    if policy.country:
        return policy.country, "policy.country"
    inferred = country_of_zone(zone)
    if not inferred:
        return "", f"time zone {zone} names no one country; set policy.country"
    return inferred, f"time zone {zone}"


def _cached_holidays(
    store: Store, country: str, subdivision: str, today: date, source: str
) -> dict[date, str] | None:
    """The holidays, from the store when computed lately; None for an unknown inferred country."""
    years = [today.year - 1, today.year, today.year + 1]
    key = f"holidays.{country}.{subdivision}"
    cached = _read_cache(store.meta(key), years, today)
    if cached is not None:
        return cached or None
    try:
        days = public_holidays(country, subdivision, years)
    except UnknownRegion as exc:
        if source == "policy.country" or subdivision:
            name = "policy.subdivision" if subdivision else "policy.country"
            raise ConfigError(f"{name}: {exc}") from exc
        days = {}  # remembered, so the next cycle does not ask again
    store.set_meta(
        key,
        json.dumps(
            {
                "years": years,
                "computed": today.isoformat(),
                "days": {d.isoformat(): n for d, n in days.items()},
            }
        ),
    )
    return days or None


def _read_cache(text: str | None, years: list[int], today: date) -> dict[date, str] | None:
    if not text:
        return None
    try:
        data = json.loads(text)
        if data["years"] != years or today - date.fromisoformat(data["computed"]) > CACHE_AGE:
            return None
        return {date.fromisoformat(d): str(n) for d, n in data["days"].items()}
    except (ValueError, KeyError, TypeError):
        log.warning("holiday cache unreadable; computing it again")
        return None


@cache
def _tab(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tz database table (zone.tab, iso3166.tab): tzdata package, else the system."""
    text = ""
    try:
        from importlib.resources import files

        text = files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        try:
            text = (SYSTEM_ZONEINFO / name).read_text(encoding="utf-8")
        except OSError:
            log.warning("no %s found; public holidays need policy.country", name)
    return tuple(
        tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")
    )


def country_of_zone(zone: str) -> str:
    """The one country zone.tab gives for `zone`, or "" (UTC, Etc/*, unknown)."""
    countries = {row[0] for row in _tab("zone.tab") if len(row) >= 3 and row[2] == zone}
    return countries.pop() if len(countries) == 1 else ""


# Zones that stand for one state of a country whose states keep holidays of their own (zone.tab
# comments: Australia/Darwin is "Northern Territory"): there, a national calendar alone misses
# days every state keeps, such as Monday 28 December 2026 for Boxing Day on a Saturday.
# Australia/Sydney is not here: the Australian Capital Territory keeps it too.
_STATE_OF_ZONE = {
    ("AU", "Australia/Darwin"): "NT",
    ("AU", "Australia/Brisbane"): "QLD",
    ("AU", "Australia/Lindeman"): "QLD",
    ("AU", "Australia/Adelaide"): "SA",
    ("AU", "Australia/Perth"): "WA",
    ("AU", "Australia/Eucla"): "WA",
    ("AU", "Australia/Hobart"): "TAS",
    ("AU", "Australia/Melbourne"): "VIC",
    ("AU", "Australia/Broken_Hill"): "NSW",
    ("AU", "Australia/Lord_Howe"): "NSW",
}


def subdivision_of_zone(country: str, zone: str) -> str:
    """The one state `zone` stands for in `country`, or "" (where a zone serves several, or
    the country's calendar is one)."""
    return _STATE_OF_ZONE.get((country, zone), "")


def country_name(code: str) -> str:
    for row in _tab("iso3166.tab"):
        if len(row) >= 2 and row[0] == code:
            return row[1]
    return code
