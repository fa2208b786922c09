"""Configuration: every key declared once (type, default, meaning, check).

The same declaration validates a file, fills the settings objects and writes
docs/configuration.md, so the three can never disagree. Every error names the
key and says how to fix it.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from agent.config_keys import KEYS
from agent.core.model import DetectRules, Person, Policy
from agent.errors import ConfigError


@dataclass(frozen=True)
class Config:
    path: Path
    backend: str
    person: Person
    timezone: str
    google: Mapping[str, Any]
    local: Mapping[str, Any]  # paths; "calendars" a tuple of them
    state_path: Path
    templates_dir: Path | None
    policy: Policy
    detect: DetectRules
    interval_minutes: int
    raw: Mapping[str, Any] = field(default_factory=dict)


def _time(text: str) -> time:
    hh, mm = text.split(":")
    return time(int(hh), int(mm))


def default_path() -> Path:
    if os.environ.get("FOLLOWUP_CONFIG"):
        return Path(os.environ["FOLLOWUP_CONFIG"]).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "followup" / "config.toml"


def default_state_path() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "followup" / "state.sqlite3"


def load(path: Path) -> Config:
    if path.exists() and not path.is_file():
        raise ConfigError(f"{path} is a directory, not a configuration file: pass --config FILE.")
    if not path.exists():
        raise ConfigError(
            f"No configuration at {path}. Create it (see the README, or copy "
            "contrib/config.example.toml), or pass --config PATH."
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration {path}: {exc.strerror or exc}") from exc
    return from_mapping(data, path)


def from_mapping(data: Mapping[str, Any], path: Path) -> Config:
    values = validate(data, path)
    base = path.parent

    def resolve(text: str) -> Path:
        p = Path(text).expanduser()
        return p if p.is_absolute() else (base / p).resolve()

    v = values.__getitem__
    person = Person(v("person.name").strip(), v("person.email").strip().lower())
    if v("backend") == "local" and not person.email:
        raise ConfigError(
            f'{path}: person.email is required with backend = "local" '
            "(it tells you apart from the other attendees)."
        )
    hh, mm = v("policy.morning").split(":")
    day_starts, day_ends = _time(v("policy.day_starts")), _time(v("policy.day_ends"))
    if day_starts >= day_ends:
        raise ConfigError(
            f"{path}: policy.day_starts must be earlier than policy.day_ends "
            "(reminders fall between them)."
        )
    if not day_starts <= time(int(hh), int(mm)) < day_ends:
        raise ConfigError(
            f"{path}: policy.morning must fall between policy.day_starts and "
            "policy.day_ends (check-in reminders are set for it)."
        )
    policy = Policy(
        thank_you_due_hours=v("policy.thank_you_due_hours"),
        unsent_nudge_hours=v("policy.unsent_nudge_hours"),
        first_check_in_days=v("policy.first_check_in_days"),
        check_in_every_days=v("policy.check_in_every_days"),
        max_check_ins=v("policy.max_check_ins"),
        give_up_after_days=v("policy.give_up_after_days"),
        urgent_check_in_business_days=v("policy.urgent_check_in_business_days"),
        morning=time(int(hh), int(mm)),
        holidays=frozenset(date.fromisoformat(str(d)) for d in v("policy.holidays")),
        country=v("policy.country").strip().upper(),
        subdivision=v("policy.subdivision").strip().upper(),
        day_starts=day_starts,
        day_ends=day_ends,
        thank_you_late_hours=v("policy.thank_you_late_hours"),
        reminder_minutes=v("policy.reminder_minutes"),
    )
    if policy.unsent_nudge_hours >= policy.thank_you_due_hours:
        raise ConfigError(
            f"{path}: policy.unsent_nudge_hours must be less than "
            "policy.thank_you_due_hours (the nudge comes before the deadline)."
        )
    detect = DetectRules(
        include=tuple(v("detect.include")),
        exclude=tuple(v("detect.exclude")),
        calendars=frozenset(v("detect.calendars")),
        colors=frozenset(v("detect.colors")),
        companies={k.lower(): val for k, val in v("detect.companies").items()},
        my_addresses=frozenset(a.strip().lower() for a in v("person.addresses") if a.strip()),
        work_domains=frozenset(
            d.strip().lower().lstrip("@") for d in v("person.work_domains") if d.strip()
        ),
        my_name=person.name,
    )
    calendar_value = v("local.calendar")
    calendar_list = [calendar_value] if isinstance(calendar_value, str) else calendar_value
    calendars = tuple(resolve(item) for item in calendar_list)
    return Config(
        path=path,
        backend=v("backend"),
        person=person,
        timezone=v("person.timezone"),
        google={
            "credentials": resolve(v("google.credentials")),
            "token": resolve(v("google.token")),
            "api_endpoint": v("google.api_endpoint").strip(),
            "calendars": tuple(v("google.calendars")),
            "reminder_calendar": v("google.reminder_calendar"),
        },
        local={
            "calendar": calendars[0],
            "calendars": calendars,
            "maildir": resolve(v("local.maildir")),
            "reminders": resolve(v("local.reminders")),
            "inbox_folder": v("local.inbox_folder").strip(),
            "drafts_folder": v("local.drafts_folder").strip(),
            "sent_folder": v("local.sent_folder").strip(),
        },
        state_path=resolve(v("state.path")) if v("state.path") else default_state_path(),
        templates_dir=resolve(v("templates.dir")) if v("templates.dir") else None,
        policy=policy,
        detect=detect,
        interval_minutes=v("daemon.interval_minutes"),
        raw=data,
    )


def validate(data: Mapping[str, Any], path: Path) -> dict[str, Any]:
    """Every key's value, defaults filled in; the first problem raises naming its key."""
    sections = {k.section for k in KEYS if k.section}
    known = {k.dotted for k in KEYS}
    for name, value in data.items():
        if isinstance(value, dict) and name in sections:
            for sub in value:
                if f"{name}.{sub}" not in known:
                    raise ConfigError(
                        f"{path}: unknown key {name}.{sub}: remove it or check "
                        f"its spelling (see docs/configuration.md)."
                    )
        elif name not in known:
            raise ConfigError(
                f"{path}: unknown key {name}: remove it or check its spelling "
                "(see docs/configuration.md)."
            )
    values: dict[str, Any] = {}
    for key in KEYS:
        table = data.get(key.section, {}) if key.section else data
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [{key.section}] must be a table")
        if key.name not in table:
            if key.required:
                raise ConfigError(f"{path}: {key.dotted} is required: {key.doc}")
            values[key.dotted] = key.default
            continue
        value = table[key.name]
        if not isinstance(value, key.kind) or isinstance(value, bool) != (key.kind is bool):
            raise ConfigError(f"{path}: {key.dotted} must be {_type_word(key.kind)}, got {value!r}")
        problem = key.check(value) if key.check else ""
        if problem:
            raise ConfigError(f"{path}: {key.dotted} {problem}")
        values[key.dotted] = value
    if not str(values["person.name"]).strip():
        raise ConfigError(f"{path}: person.name is required: it signs every draft.")
    return values


def _type_word(kind: type | tuple[type, ...]) -> str:
    words: dict[type | tuple[type, ...], str] = {
        str: "a string",
        int: "a whole number",
        list: "a list",
        (str, list): "a string or a list of strings",
        dict: "a table",
        bool: "true or false",
    }
    return words.get(kind, "a value")


def reference() -> str:
    """docs/configuration.md, written from the declaration."""
    lines = [
        "# Configuration",
        "",
        "One TOML file (`--config PATH`, `$FOLLOWUP_CONFIG`, or "
        "`$XDG_CONFIG_HOME/followup/config.toml`). Paths may use `~`; relative paths are "
        "relative to the config file. Unknown keys and wrong types are errors naming the key "
        "(exit code 2).",
        "",
    ]
    section = None
    for key in KEYS:
        if key.section != section:
            section = key.section
            lines += [
                "",
                f"## [{section}]" if section else "## top level",
                "",
                "| key | default | meaning |",
                "|---|---|---|",
            ]
        default = "(required)" if key.required else f"`{_toml(key.default)}`"
        lines.append(f"| `{key.name}` | {default} | {key.doc} |")
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{}" if not value else str(value)
    return str(value)
