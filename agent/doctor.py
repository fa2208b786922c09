"""`followup doctor`: a checklist that says what is wrong and how to fix it.

Each check is independent, so one failure does not hide the next; only a
configuration that cannot be read stops the list (nothing else can be checked).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent import config as configuration
from agent.core import compose
from agent.errors import FollowupError
from agent.store import SCHEMA_VERSION, Store
from agent.textenv import make_environment


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    code: int = 1  # the exit code a failure means: 2 when a configuration key must change


def run(config_path: str | None) -> list[Check]:
    path = Path(config_path).expanduser() if config_path else configuration.default_path()
    try:
        cfg = configuration.load(path)
    except FollowupError as exc:
        return [Check("configuration", False, exc.message)]
    checks = [Check("configuration", True, f"{path} (backend: {cfg.backend})")]
    checks.append(_templates(cfg))
    checks.append(_store(cfg))
    checks.append(_holidays(cfg))
    if cfg.backend == "local":
        checks += _local(cfg)
    else:
        checks += _google(cfg)
    checks += _unattended(cfg)
    return checks


def _unattended(cfg: configuration.Config) -> list[Check]:
    """How the person hears of failures, and whether cycles have been succeeding."""
    import shutil
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from agent import healthview, notify

    settings = notify.settings_of(cfg)
    if settings.command:
        program = settings.command[0]
        found = shutil.which(program) or (Path(program).is_file() and program)
        channel = Check(
            "notifications",
            bool(found),
            f"runs {' '.join(settings.command)} <message>"
            if found
            else f"notify.command: {program} not found; install it or fix [notify] command",
        )
    elif settings.desktop and notify.desktop_available():
        channel = Check("notifications", True, "desktop notifications over D-Bus")
    else:
        channel = Check(
            "notifications",
            True,
            "none: failures only reach the log; set [notify] command (see the README)",
        )
    view = healthview.of(cfg, datetime.now(UTC))
    tz = ZoneInfo(cfg.timezone or "UTC")
    warning = view.warning(tz)
    alive = Check(
        "last cycle", warning is None, warning or view.lines(tz)[0].removeprefix("Agent: ")
    )
    return [channel, alive]


def _templates(cfg: configuration.Config) -> Check:
    try:
        problems = compose.check_templates(make_environment(cfg.templates_dir))
    except Exception as exc:  # a broken override must be reported, not crash the doctor
        return Check("templates", False, f"{exc}; fix the template in {cfg.templates_dir}")
    if problems:
        return Check("templates", False, "; ".join(problems))
    where = cfg.templates_dir or "shipped templates"
    return Check("templates", True, f"every template renders ({where})")


def _store(cfg: configuration.Config) -> Check:
    try:
        store = Store.open(cfg.state_path)
        store.close()
    except Exception as exc:
        return Check(
            "state store",
            False,
            f"{cfg.state_path}: {exc}; check the folder exists and is writable, or set state.path",
        )
    return Check("state store", True, f"{cfg.state_path} (schema {SCHEMA_VERSION})")


def _holidays(cfg: configuration.Config) -> Check:
    """Which public holidays count as days off, so a wrong guess is seen before a check-in."""
    from datetime import UTC, datetime

    from agent import app, regions
    from agent.core import days_off

    now = datetime.now(UTC)
    try:
        store = Store.open(cfg.state_path)
        try:
            tz = app.resolve_zone(cfg, store, None, now=now)
            _, calendar = regions.resolve(cfg.policy, tz.key, store, now.astimezone(tz).date())
        finally:
            store.close()
    except FollowupError as exc:
        return Check("public holidays", False, exc.message)
    except Exception as exc:  # the store check above already says what is wrong with it
        return Check("public holidays", False, f"not checked: {exc}")
    hint = "" if calendar.country else "; set policy.country to use a country's holidays"
    regions = () if calendar.subdivision else days_off.regions_of(calendar.country)
    if regions:
        codes = ", ".join(regions[:6]) + (", …" if len(regions) > 6 else "")
        hint = f"; its regions keep days off of their own: set policy.subdivision ({codes})"
    return Check("public holidays", True, calendar.describe() + hint)


def _local(cfg: configuration.Config) -> list[Check]:
    from agent.doctor_local import local_checks

    return local_checks(cfg)


def _google(cfg: configuration.Config) -> list[Check]:
    from agent.app import google_backend

    return [Check(name, ok, detail) for name, ok, detail in google_backend(cfg).doctor_checks()]
