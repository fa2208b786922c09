"""Telling the person when a cycle fails in a way that needs them, once, and once more when fixed.

The agent runs unattended; a failure that only reaches a log is a thank-you
sent late. Each cycle's outcome goes through `recorded`, which keeps the
health record (`agent.health`) and decides whether to notify:

- at once for what no later cycle can get past (authorisation, configuration,
  the state store);
- for a transient failure (the network), only once it has lasted
  `notify.after` (default 1h);
- once per distinct problem, and once more when a cycle succeeds again.

Channels, first that applies: `notify.command` (an argv list; the message is
appended as its last argument), else the desktop's notification service over
D-Bus through `desktop-notifier` (a dependency on Linux) when there is a
session bus. Notifying never fails a cycle: a failure to notify is logged.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from agent import health as healthrecord
from agent.config import KEYS, Config
from agent.core.durations import parse_duration
from agent.health import Health, Problem

log = logging.getLogger(__name__)

T = TypeVar("T")

PREFIX = "followup: "
COMMAND_TIMEOUT_SECONDS = 30
MAX_AFTER_SECONDS = 30 * 86400
# `notify-failure` (systemd OnFailure=) stays quiet when a cycle recorded its own failure this
# recently: the cycle has already decided whether to tell the person.
RECORDED_RECENTLY = timedelta(minutes=15)


@dataclass(frozen=True)
class Settings:
    command: tuple[str, ...] = ()
    after: timedelta = timedelta(hours=1)
    desktop: bool = True


def settings_of(config: Config) -> Settings:
    """The [notify] keys, already validated by `config.load`, with their defaults."""
    table = config.raw.get("notify", {}) if isinstance(config.raw, dict) else {}
    defaults = {k.name: k.default for k in KEYS if k.section == "notify"}
    values = {**defaults, **(table if isinstance(table, dict) else {})}
    return Settings(
        command=tuple(values["command"]),
        after=timedelta(seconds=parse_duration(values["after"], at_most=MAX_AFTER_SECONDS)),
        desktop=bool(values["desktop"]),
    )


# --------------------------------------------------------------------------- deciding


def failure_message(health: Health, problem: Problem, now: datetime, after: timedelta) -> str:
    """What to tell the person about this failure now, or "" (not yet, or already told)."""
    failure = health.failure
    if failure is None or health.notified == problem.key:
        return ""
    if problem.needs_person:
        return PREFIX + problem.message
    lasted = now - failure.since
    if lasted < after:
        return ""
    return (
        f"{PREFIX}cycles have failed for {in_words(lasted)} ({failure.attempts} attempts): "
        f"{problem.message}"
    )


def fixed_message(health: Health) -> str:
    """After a good cycle: the all-clear, when the person was told of a problem."""
    if not health.notified:
        return ""
    before = health.notified_message.removeprefix(PREFIX)
    return f"{PREFIX}working again; the last cycle succeeded. It was: {before}"


def in_words(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = (
        [f"{days}d"] * bool(days)
        + [f"{hours}h"] * bool(hours)
        + [f"{minutes}m"] * bool(minutes or not (days or hours))
    )
    return " ".join(parts)


# --------------------------------------------------------------------------- recording


def recorded(config: Config, now: datetime, run: Callable[[], T]) -> T:
    """Run one cycle, record its outcome beside the store, and notify as above.

    The cycle's own exception is re-raised unchanged, so the exit code and the
    message on stderr are what they were.
    """
    before = healthrecord.load(config.state_path)
    try:
        result = run()
    except Exception as error:
        problem = healthrecord.classify(error, config.state_path)
        record_failure(config, before, problem, now)
        raise
    after = healthrecord.after_success(before, now)
    message = fixed_message(after)
    if message and deliver(config, message):
        after = replace(after, notified="", notified_message="")
    healthrecord.save(config.state_path, after)
    return result


def record_failure(config: Config, before: Health, problem: Problem, now: datetime) -> Health:
    """Record a failed cycle, notify if this problem calls for it, and return the new record."""
    after = healthrecord.after_failure(before, problem, now)
    message = failure_message(after, problem, now, settings_of(config).after)
    if message and deliver(config, message):
        after = replace(after, notified=problem.key, notified_message=message)
    healthrecord.save(config.state_path, after)
    return after


def unit_failed(config: Config, unit: str, now: datetime) -> bool:
    """For systemd's OnFailure=: tell the person when `unit` failed without recording why.

    A cycle that failed has recorded it and notified as needed; this covers a
    process that died before it could (killed, out of memory, a broken install).
    True when a notification was sent.
    """
    before = healthrecord.load(config.state_path)
    last = before.last_attempt
    if before.failure is not None and last is not None and now - last <= RECORDED_RECENTLY:
        return False
    problem = Problem(
        healthrecord.SERVICE,
        f"{unit} failed without recording why. See: journalctl --user -u {unit}",
        1,
    )
    after = record_failure(config, before, problem, now)
    return after.notified == problem.key


# --------------------------------------------------------------------------- channels


def deliver(config: Config, message: str) -> bool:
    """Send `message` by the configured channel; True when it went out. Never raises."""
    settings = settings_of(config)
    try:
        if settings.command:
            return run_command(settings.command, message)
        if settings.desktop and desktop_available():
            return desktop(message)
    except Exception as error:  # a notifier's bug must not fail the cycle
        log.warning("could not notify (%r); the message was: %s", error, message)
        return False
    log.info("no notification channel (set notify.command); the message was: %s", message)
    return False


def run_command(command: Sequence[str], message: str) -> bool:
    """Run the notify command with the message as its last argument (never through a shell)."""
    try:
        done = subprocess.run(
            [*command, message],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError:
        log.warning("notify.command: %s was not found; fix [notify] command", command[0])
        return False
    except (OSError, subprocess.TimeoutExpired) as error:
        log.warning("notify.command %s failed: %s", command[0], error)
        return False
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip()[-300:]
        log.warning("notify.command %s exited %d: %s", command[0], done.returncode, said)
        return False
    return True


def desktop_available() -> bool:
    """A session bus to talk to, and the library to talk over it."""
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS") or (
        os.environ.get("XDG_RUNTIME_DIR") and Path(os.environ["XDG_RUNTIME_DIR"], "bus").exists()
    )
    return bool(bus) and importlib.util.find_spec("desktop_notifier") is not None


def desktop(message: str) -> bool:
    """One notification through the desktop's org.freedesktop.Notifications service."""
    from desktop_notifier import DesktopNotifierSync, Notification

    # The library logs its own traceback when there is no notification service;
    # ours below says it in one line.
    logging.getLogger("desktop_notifier").setLevel(logging.CRITICAL)
    dispatched: list[bool] = []
    title, _, body = message.partition(": ")
    notifier = DesktopNotifierSync(app_name="followup")
    notifier.send_notification(
        Notification(
            title=title or "followup",
            message=body,
            on_dispatched=lambda: dispatched.append(True),
        )
    )
    if not dispatched:
        log.warning("no desktop notification service answered; the message was: %s", message)
    return bool(dispatched)
