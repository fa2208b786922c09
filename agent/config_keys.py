"""Every configuration key, declared once: section, name, type, default, meaning, check.

`agent.config` validates a file against these declarations, fills the settings
objects from them and writes docs/configuration.md from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.core.model import DetectRules


@dataclass(frozen=True)
class Key:
    section: str  # "" for top-level keys
    name: str
    kind: type | tuple[type, ...]
    default: Any
    doc: str
    check: Callable[[Any], str] | None = None  # returns a problem, or ""
    required: bool = False

    @property
    def dotted(self) -> str:
        return f"{self.section}.{self.name}" if self.section else self.name


def _one_of(*choices: str) -> Callable[[Any], str]:
    return lambda v: "" if v in choices else f"must be one of {', '.join(map(repr, choices))}"


def _positive(v: int) -> str:
    return "" if v > 0 else "must be a positive whole number"


def _between(low: int, high: int) -> Callable[[Any], str]:
    """A whole number in [low, high]: large enough to mean something, small enough that
    no date arithmetic overflows and no loop runs away."""
    return lambda v: "" if low <= v <= high else f"must be between {low} and {high}, got {v}"


_ADDRESS = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:.\"\[\]]+")


def _address(v: str) -> str:
    if not v.strip() or _ADDRESS.fullmatch(v.strip()):
        return ""
    return f'must be an e-mail address like "casey@example.com", got {v!r}'


def _not_negative(v: int) -> str:
    return "" if v >= 0 else "must be zero or more"


def _clock(v: str) -> str:
    return "" if re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", v) else 'must be a time like "09:00"'


def _zone(v: str) -> str:
    if not v:
        return ""
    try:
        ZoneInfo(v)
    except (ZoneInfoNotFoundError, ValueError):
        return f'is not a known time zone (use an IANA name like "America/New_York"), got {v!r}'
    return ""


def _country(v: str) -> str:
    text = v.strip()
    if not text or text.lower() == "none" or re.fullmatch(r"[A-Za-z]{2,3}", text):
        return ""
    return 'must be an ISO country code like "US", or "none"'


def _dates(v: list[Any]) -> str:
    for item in v:
        try:
            date.fromisoformat(str(item))
        except ValueError:
            return f'must list dates like "2026-12-25", got {item!r}'
    return ""


def _strings(v: list[Any]) -> str:
    return "" if all(isinstance(i, str) for i in v) else "must be a list of strings"


def _path_or_paths(v: str | list[Any]) -> str:
    if isinstance(v, str):
        return "" if v.strip() else "must not be empty"
    if not v:
        return "must name at least one calendar"
    return "" if all(isinstance(i, str) and i.strip() for i in v) else "must list paths"


def _string_table(v: dict[str, Any]) -> str:
    return "" if all(isinstance(i, str) for i in v.values()) else "values must be strings"


def _notify_after(value: str) -> str:
    from agent.core.durations import parse_duration

    try:
        parse_duration(value, at_most=30 * 86400)
    except ValueError as error:
        return f"must be a duration like 30m or 1h: {error}"
    return ""


KEYS: tuple[Key, ...] = (
    Key(
        "",
        "backend",
        str,
        "local",
        'Where mail and calendar live: "google" or "local".',
        _one_of("google", "local"),
    ),
    Key("person", "name", str, None, "Your full name; it signs every draft.", required=True),
    Key(
        "person",
        "email",
        str,
        "",
        "Your address. google: read from the account if empty; "
        "local: needed to tell you apart from the other attendees.",
        _address,
    ),
    Key(
        "person",
        "timezone",
        str,
        "",
        "Your IANA time zone. Empty: the calendar's own, else the system's.",
        _zone,
    ),
    Key(
        "person",
        "addresses",
        list,
        [],
        "Your other addresses (old, work, aliases): never an interviewer, never a recipient.",
        _strings,
    ),
    Key(
        "person",
        "work_domains",
        list,
        [],
        'Mail domains of your current employer, e.g. ["initrode.com"]: '
        "interviews you hold there are not yours to follow up.",
        _strings,
    ),
    Key(
        "google",
        "credentials",
        str,
        "credentials.json",
        'OAuth client file ("installed app" format) from Google Cloud.',
    ),
    Key(
        "google",
        "token",
        str,
        "token.json",
        "Token file written by `followup auth` (mode 0600); "
        '"keyring": kept in the system keyring instead (the `keyring` extra).',
    ),
    Key(
        "google",
        "api_endpoint",
        str,
        "",
        "Root URL replacing Google's for both APIs "
        "(a test server or emulator). Empty: Google's own.",
    ),
    Key(
        "google",
        "calendars",
        list,
        ["primary"],
        "Calendars where interviews are looked for.",
        _strings,
    ),
    Key("google", "reminder_calendar", str, "primary", "Calendar where reminders are created."),
    Key(
        "local",
        "calendar",
        (str, list),
        "calendar.ics",
        "Where interviews are read: an .ics file, a folder of .ics files (a vdir), a folder "
        "of such folders (a vdirsyncer account), or a list of these.",
        _path_or_paths,
    ),
    Key(
        "local",
        "maildir",
        str,
        "Maildir",
        "Your mail account's folder as your sync tool writes it (the one holding INBOX, Sent "
        "and Drafts, as mbsync and offlineimap do), or its INBOX, or a Maildir++ root "
        "(.Sent and .Drafts inside). `followup doctor` shows the folders found.",
    ),
    Key(
        "local",
        "inbox_folder",
        str,
        "",
        "Inbox folder, relative to local.maildir. Empty: local.maildir itself if it is a "
        "Maildir, else its INBOX.",
    ),
    Key(
        "local",
        "sent_folder",
        str,
        "",
        'Sent folder, relative to local.maildir (e.g. "Sent", ".Sent", "../Sent", '
        '"[Gmail]/Sent Mail"). Empty: found in the account folder.',
    ),
    Key(
        "local",
        "drafts_folder",
        str,
        "",
        'Drafts folder, relative to local.maildir (e.g. "Drafts", ".Drafts", "../Drafts"). '
        "Empty: found in the account folder.",
    ),
    Key(
        "local",
        "reminders",
        str,
        "reminders",
        "Where reminder events are written: a folder gets one .ics file per reminder "
        "(a vdir, as khal and vdirsyncer read it); a path ending in .ics is one file "
        "for apps that subscribe to a single file.",
    ),
    Key("state", "path", str, "", "State database. Empty: $XDG_STATE_HOME/followup/state.sqlite3."),
    Key(
        "templates",
        "dir",
        str,
        "",
        "Folder of your own templates, overriding the shipped ones by file name.",
    ),
    Key(
        "policy",
        "thank_you_due_hours",
        int,
        24,
        "A thank-you is due this long after the interview ends (001, 003, 004).",
        _between(1, 720),
    ),
    Key(
        "policy",
        "unsent_nudge_hours",
        int,
        20,
        "Remind you this long after the end if the thank-you is still unsent (001, 003).",
        _between(1, 720),
    ),
    Key(
        "policy",
        "first_check_in_days",
        int,
        7,
        "With no decision date, first check-in this many days after the interview (002, 003).",
        _between(1, 365),
    ),
    Key(
        "policy",
        "check_in_every_days",
        int,
        10,
        "Later check-ins this many days apart (002).",
        _between(1, 365),
    ),
    Key(
        "policy",
        "max_check_ins",
        int,
        3,
        "At most this many check-ins per round (002, 003).",
        _between(1, 10),
    ),
    Key(
        "policy",
        "give_up_after_days",
        int,
        45,
        "No check-in later than this many days after the interview (002, 003).",
        _between(1, 730),
    ),
    Key(
        "policy",
        "urgent_check_in_business_days",
        int,
        2,
        "With another offer waiting, first check-in after this many business days (002).",
        _between(1, 60),
    ),
    Key("policy", "morning", str, "09:00", "Local time check-in reminders are set for.", _clock),
    Key(
        "policy",
        "holidays",
        list,
        [],
        'Dates that are not business days, like "2026-12-25".',
        _dates,
    ),
    Key(
        "policy",
        "country",
        str,
        "",
        'Public holidays of this country (ISO code, e.g. "US", "GB", "DE") are not business '
        'days. Empty: the country of person.timezone where that is unambiguous; "none": no '
        "public holidays.",
        _country,
    ),
    Key(
        "policy",
        "subdivision",
        str,
        "",
        'State, province or nation for regional holidays (e.g. "CA", "BY", "ENG"). Empty: the '
        'state an Australian time zone names (Australia/Darwin: "NT"; not Australia/Sydney, '
        "which the Capital Territory shares), else none.",
    ),
    Key(
        "policy",
        "day_starts",
        str,
        "08:00",
        "Reminders never pop before this local time.",
        _clock,
    ),
    Key(
        "policy",
        "day_ends",
        str,
        "21:00",
        "Reminders never pop after this local time.",
        _clock,
    ),
    Key(
        "policy",
        "thank_you_late_hours",
        int,
        48,
        "After this long, a thank-you is no longer "
        "drafted (interviews found on a first run are shown as missed).",
        _between(1, 8760),
    ),
    Key("policy", "reminder_minutes", int, 15, "Length of reminder events.", _between(1, 1440)),
    Key(
        "detect",
        "include",
        list,
        list(DetectRules().include),
        "Title words that make an event an interview, added to the built-in vocabulary.",
        _strings,
    ),
    Key(
        "detect",
        "exclude",
        list,
        [],
        "Title words that rule an event out, added to the built-in ones.",
        _strings,
    ),
    Key(
        "detect",
        "calendars",
        list,
        [],
        "Calendars you keep for interviews only: every event on them counts.",
        _strings,
    ),
    Key("detect", "colors", list, [], "Event colours that mark an interview.", _strings),
    Key(
        "detect",
        "companies",
        dict,
        {},
        'Mail domain to company name, e.g. { "acme.io" = "Acme" }.',
        _string_table,
    ),
    Key(
        "daemon",
        "interval_minutes",
        int,
        10,
        "Minutes between cycles for `followup daemon`.",
        _between(1, 10080),
    ),
    Key(
        "notify",
        "command",
        list,
        [],
        "Run to tell you a cycle needs you, the message appended as its last argument, e.g. "
        '["notify-send", "followup"] or ["ntfy", "publish", "mytopic"]. '
        "Empty: the desktop's notifications, when there are any.",
        _strings,
    ),
    Key(
        "notify",
        "after",
        str,
        "1h",
        "A failure that may pass by itself (the network) is told only once it has lasted "
        "this long; authorisation, configuration and store problems are told at once.",
        _notify_after,
    ),
    Key(
        "notify",
        "desktop",
        bool,
        True,
        "With no notify.command, use the desktop's notification service (D-Bus) if there is one.",
    ),
)
