"""Use cases behind the commands: each takes explicit arguments and returns data.

The CLI parses and prints; this module opens the configured backends and the
store, runs cycles, and answers questions about the state.
"""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment

from agent import cycle
from agent.config import Config
from agent.core.model import Address
from agent.errors import BackendError, ConfigError, FollowupError
from agent.ledger import Ledger
from agent.store import Store
from agent.textenv import make_environment

if TYPE_CHECKING:
    from agent.backends.google import GoogleBackend

log = logging.getLogger(__name__)

ZONE_RECHECK = timedelta(days=1)


@dataclass
class Session:
    config: Config
    store: Store
    backends: cycle.Backends | None
    settings: cycle.Settings
    env: Environment


def open_backends(config: Config) -> cycle.Backends:
    if config.backend == "local":
        from agent.backends.local.calendar import LocalCalendar
        from agent.backends.local.maildir import LocalMailbox
        from agent.backends.local.reminders import LocalReminders

        local = config.local
        return cycle.Backends(
            calendar=LocalCalendar(local["calendar"], me=config.person.email),
            mailbox=LocalMailbox(
                local["maildir"],
                me=Address(config.person.email, config.person.name),
                drafts_folder=str(local["drafts_folder"]),
                sent_folder=str(local["sent_folder"]),
            ),
            reminders=LocalReminders(local["reminders"]),
            ledger=Ledger.beside(config.path),
        )
    google = google_backend(config)
    return cycle.Backends(
        google.calendar, google.mailbox, google.reminders, Ledger.beside(config.path)
    )


def google_backend(config: Config) -> GoogleBackend:
    """The Google backend as configured; nothing is read until a part of it is used."""
    from agent.backends.google import open_google

    return open_google(
        credentials=config.google["credentials"],
        token=config.google["token"],
        api_endpoint=config.google["api_endpoint"],
        calendars=config.google["calendars"],
        reminder_calendar=config.google["reminder_calendar"],
        me_email=config.person.email or None,
        fix_command=fix_command(config),
    )


def fix_command(config: Config) -> str:
    return f"followup auth --config {config.path}"


@contextmanager
def session(
    config: Config, *, with_backends: bool = True, read_only: bool = False
) -> Iterator[Session]:
    """The store, backends and settings for one command.

    `read_only` (a dry run): a store that does not exist yet is not created;
    an empty one in memory stands in for it.
    """
    from agent import statefile

    fresh = read_only and not Path(config.state_path).exists()
    store = Store.open(":memory:") if fresh else statefile.open_store(config.state_path)
    try:
        with statefile.guarded(config.state_path):
            from agent import notesfile

            notesfile.restore(store, notesfile.path_for(config.path))  # a lost store's notes
            backends = open_backends(config) if with_backends else None
            person = config.person
            if not person.email:  # google: the account's address, asked once and kept
                known = store.meta("me") or ""
                if not known and backends is not None:
                    known = backends.mailbox.me().email.lower()
                    store.set_meta("me", known)
                person = type(person)(person.name, known)
            tz = resolve_zone(config, store, backends, now=datetime.now(UTC))
            env = make_environment(config.templates_dir)
            settings = cycle.Settings(person, tz, config.policy, config.detect)
            yield Session(config, store, backends, settings, env)
    finally:
        store.close()


def resolve_zone(
    config: Config, store: Store, backends: cycle.Backends | None, *, now: datetime
) -> ZoneInfo:
    """The person's zone: configured, else the calendar's own, else the system's.

    The calendar's zone is asked at most once a day and kept in the store, so
    an idle cycle costs no extra request for it.
    """
    name = config.timezone
    checked = store.meta("timezone.checked")
    stale = not checked or now - datetime.fromisoformat(checked) > ZONE_RECHECK
    if not name and backends is not None and stale:
        name = backends.calendar.timezone() or ""
        store.set_meta("timezone.checked", now.isoformat())
        if name:
            store.set_meta("timezone", name)
    if not name and not store.meta("timezone") and os.environ.get("TZ", "").strip(":"):
        return zone_from_tz(os.environ["TZ"])
    name = name or store.meta("timezone") or system_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"person.timezone: unknown time zone {name!r}") from exc


def zone_from_tz(value: str) -> ZoneInfo:
    """$TZ as POSIX allows it: "America/New_York", ":America/New_York", a zoneinfo file
    path, or a rule like "EST5EDT". A value naming no IANA zone is reported as $TZ."""
    name = value.strip().lstrip(":")
    if "zoneinfo/" in name:
        name = name.split("zoneinfo/", 1)[1]
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"$TZ is {value!r}, which names no IANA time zone; set person.timezone "
            '(e.g. "America/New_York") or TZ=America/New_York.'
        ) from exc


def system_zone() -> str:
    if os.environ.get("TZ", "").strip(":"):
        return os.environ["TZ"].strip(":")
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"


# --------------------------------------------------------------------------- run


@contextmanager
def cycle_lock(config: Config) -> Iterator[bool]:
    """True when this process holds the lock: two processes never run a cycle at once.

    The lock covers what a cycle writes, not only the store: with the local
    backend, the Maildir and the reminders too, so two processes with
    different state paths on one Maildir cannot both write drafts.
    """
    with ExitStack() as held:
        for path in lock_paths(config):
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = held.enter_context(open(path, "w"))
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            held.callback(fcntl.flock, handle, fcntl.LOCK_UN)
        yield True


def lock_paths(config: Config) -> list[Path]:
    """One lock file per thing a cycle writes, in a fixed order (no two processes deadlock)."""
    paths = {Path(str(config.state_path) + ".lock")}
    if config.backend == "local":
        for target in (config.local["maildir"], config.local["reminders"]):
            target = Path(target).resolve()
            paths.add(target.parent / f".{target.name}.followup.lock")
    return sorted(paths)


def run_once(config: Config, now: datetime | None = None, *, dry_run: bool = False) -> cycle.Report:
    now = now or datetime.now(UTC)
    with session(config, read_only=dry_run) as s:
        assert s.backends is not None
        if dry_run:  # on a copy of the store, so nothing it reads is kept either
            dry = s.store.snapshot()
            try:
                return cycle.run_cycle(dry, s.backends, s.settings, s.env, now, dry_run=True)
            finally:
                dry.close()
        return cycle.run_cycle(s.store, s.backends, s.settings, s.env, now)


class Daemon:
    """Cycles every `interval` seconds until SIGTERM or SIGINT; a cycle is never cut short."""

    def __init__(self, config: Config, interval: float) -> None:
        self.config = config
        self.interval = interval
        self.stopping = threading.Event()

    def stop(self, *_: object) -> None:
        log.info("stopping after the current cycle")
        self.stopping.set()

    def run(self, cycles: int | None = None) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        done = 0
        while not self.stopping.is_set():
            with cycle_lock(self.config) as mine:
                if not mine:
                    log.warning("another process is running a cycle; waiting for the next turn")
                else:
                    self.one_cycle()
            done += 1
            if cycles is not None and done >= cycles:
                break
            self.stopping.wait(self.interval)
        return 0

    def one_cycle(self) -> None:
        """Failures that a later cycle can get past are logged, not fatal.

        Configuration and authorisation problems end the daemon with their exit
        code: no later cycle can succeed until the person acts.
        """
        try:
            report = run_once(self.config)
        except BackendError as exc:
            log.error("cycle failed, will retry next time: %s", exc.message)
            return
        except FollowupError:
            raise
        except Exception:  # a bug must not silently end the follow-ups
            log.exception("cycle failed unexpectedly, will retry next time")
            return
        for line in report.done:
            log.info("%s", line)
