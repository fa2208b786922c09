"""Use cases behind the commands: each takes explicit arguments and returns data.

The CLI parses and prints; this module opens the configured backends and the
store, runs cycles, and answers questions about the state.
"""

from __future__ import annotations

import fcntl
import logging
import os
import random
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment

from agent import cycle, health
from agent.config import Config
from agent.core.model import Address
from agent.errors import ConfigError, FollowupError
from agent.store import Store
from agent.textenv import make_environment

if TYPE_CHECKING:
    from agent.backends.google import GoogleBackend
    from agent.backends.google.token_store import KeyringToken

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
        )
    google = google_backend(config)
    return cycle.Backends(google.calendar, google.mailbox, google.reminders)


def google_backend(config: Config) -> GoogleBackend:
    """The Google backend as configured; nothing is read until a part of it is used."""
    from agent.backends.google import open_google

    return open_google(
        credentials=config.google["credentials"],
        token=token_location(config),
        api_endpoint=config.google["api_endpoint"],
        calendars=config.google["calendars"],
        reminder_calendar=config.google["reminder_calendar"],
        me_email=config.person.email or None,
        fix_command=fix_command(config),
    )


def token_location(config: Config) -> Path | KeyringToken:
    """The token file, or the keyring entry when google.token = "keyring"."""
    from agent.backends.google.token_store import KEYRING_WORD, KeyringToken

    raw = config.raw.get("google", {}) if isinstance(config.raw, dict) else {}
    if isinstance(raw, dict) and raw.get("token") == KEYRING_WORD:
        return KeyringToken(str(config.path))
    return Path(config.google["token"])


def fix_command(config: Config) -> str:
    return f"followup auth --config {config.path}"


@contextmanager
def session(config: Config, *, with_backends: bool = True) -> Iterator[Session]:
    store = Store.open(config.state_path)
    try:
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
    name = name or store.meta("timezone") or system_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"person.timezone: unknown time zone {name!r}") from exc


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
    """True when this process holds the lock: two processes never run a cycle at once."""
    path = Path(str(config.state_path) + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_once(
    config: Config, now: datetime | None = None, *, dry_run: bool = False, record: bool = True
) -> cycle.Report:
    """One cycle; a real one records its outcome and notifies (`agent.notify`).

    `record=False` is for simulated time (the demo): its outcomes say nothing
    about whether the agent is alive now.
    """
    now = now or datetime.now(UTC)
    if dry_run or not record:
        return _cycle(config, now, dry_run=dry_run)
    from agent import notify

    return notify.recorded(config, now, lambda: _cycle(config, now, dry_run=False))


def _cycle(config: Config, now: datetime, *, dry_run: bool) -> cycle.Report:
    with session(config) as s:
        assert s.backends is not None
        if dry_run:  # on a copy of the store, so nothing it reads is kept either
            dry = s.store.snapshot()
            try:
                return cycle.run_cycle(dry, s.backends, s.settings, s.env, now, dry_run=True)
            finally:
                dry.close()
        return cycle.run_cycle(s.store, s.backends, s.settings, s.env, now)


class Daemon:
    """Cycles every `interval` seconds until SIGTERM or SIGINT; a cycle is never cut short.

    It keeps going whatever fails, and waits in the way that fits the failure:
    the network gone: retries with capped, jittered backoff; authorisation
    gone: waits for the token to change (a new `followup auth`); configuration
    wrong: waits for the config file to change, then reloads it. The person is
    told by `agent.notify` (every cycle records its outcome); the log gets a
    repeated failure once, then a summary at most hourly (`RepeatLog`).
    `sleep` is injectable so tests run an hour of failures without waiting.
    """

    def __init__(
        self,
        config: Config,
        interval: float,
        *,
        sleep: Callable[[float], object] | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self.interval = interval
        self.stopping = threading.Event()
        self._sleep = sleep
        self._jitter = jitter
        self.problem: health.Problem | None = None  # the last cycle's, None when it succeeded
        self.failed_in_a_row = 0
        self.reload_config = False
        self.log = RepeatLog()

    def stop(self, *_: object) -> None:
        log.info("stopping after the current cycle")
        self.stopping.set()

    def sleep(self, seconds: float) -> None:
        if self._sleep is None:
            self.stopping.wait(seconds)
        else:
            self._sleep(seconds)

    def run(self, cycles: int | None = None) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        done = 0
        while not self.stopping.is_set():
            with cycle_lock(self.config) as mine:
                if not mine:
                    log.warning("another process is running a cycle; waiting for the next turn")
                    self.problem = None
                else:
                    self.one_cycle()
            done += 1
            if cycles is not None and done >= cycles:
                break
            self.wait()
        return 0

    def one_cycle(self) -> None:
        """Nothing a cycle raises ends the daemon: each failure sets how to wait (see `wait`)."""
        now = datetime.now(UTC)
        if self.reload_config and not self._reload(now):
            return
        try:
            report = run_once(self.config, now)
        except Exception as exc:  # a bug must not silently end the follow-ups either
            self._failed(health.classify(exc, self.config.state_path), now, exc)
            return
        self.problem, self.failed_in_a_row = None, 0
        self.log.succeeded(now)
        for line in report.done:
            log.info("%s", line)

    def _failed(self, problem: health.Problem, now: datetime, exc: BaseException | None) -> None:
        self.problem = problem
        self.failed_in_a_row += 1
        self.log.failed(problem, now, exc)

    def _reload(self, now: datetime) -> bool:
        from agent import config as configuration
        from agent import notify

        try:
            self.config = configuration.load(self.config.path)
        except FollowupError as exc:
            problem = health.classify(exc, self.config.state_path)
            notify.record_failure(self.config, health.load(self.config.state_path), problem, now)
            self._failed(problem, now, None)
            return False
        self.reload_config = False
        return True

    # ---- waiting ------------------------------------------------------------

    def wait(self) -> None:
        problem = self.problem
        if problem is None:
            self.sleep(self.interval)
        elif problem.kind == health.AUTHORISATION:
            log.info("waiting for a new `%s` (the token to change)", fix_command(self.config))
            self.wait_for_change(lambda: token_fingerprint(self.config))
        elif problem.kind == health.CONFIGURATION:
            log.info("waiting for %s to change", self.config.path)
            self.wait_for_change(lambda: file_fingerprint(self.config.path))
            self.reload_config = True
        else:
            self.sleep(self.backoff())

    def backoff(self) -> float:
        """Seconds before retrying: doubling from a minute, capped, with jitter.

        Capped at the larger of the interval and 30 minutes: a long outage costs
        a few requests an hour, and a short one is noticed within a minute or two.
        """
        first = min(self.interval, RETRY_FIRST_SECONDS)
        cap = max(self.interval, RETRY_CAP_SECONDS)
        delay = min(cap, first * 2 ** min(self.failed_in_a_row - 1, 30))
        return delay * (0.5 + self._jitter() / 2)

    def wait_for_change(self, fingerprint: Callable[[], object]) -> None:
        """Poll until `fingerprint` changes, or a long while has passed (then try anyway)."""
        start = fingerprint()
        poll = min(self.interval, POLL_SECONDS)
        waited = 0.0
        while not self.stopping.is_set() and waited < max(self.interval, RECHECK_SECONDS):
            self.sleep(poll)
            waited += poll
            if fingerprint() != start:
                log.info("it changed; trying again")
                return


RETRY_FIRST_SECONDS = 60.0
RETRY_CAP_SECONDS = 30 * 60.0
POLL_SECONDS = 30.0  # how often the token or config file is looked at while waiting for it
RECHECK_SECONDS = 6 * 3600.0  # a cycle is tried anyway this often, changed or not
SUMMARY_EVERY = timedelta(hours=1)


class RepeatLog:
    """Logs a failure once, then a summary at most hourly while the same failure repeats."""

    def __init__(self) -> None:
        self.key = ""
        self.since: datetime | None = None
        self.logged: datetime | None = None
        self.count = 0

    def failed(self, problem: health.Problem, now: datetime, exc: BaseException | None) -> None:
        if problem.key != self.key or self.since is None or self.logged is None:
            self.key, self.since, self.logged, self.count = problem.key, now, now, 1
            if problem.kind == health.UNEXPECTED and exc is not None:
                log.error("cycle failed unexpectedly, will retry", exc_info=exc)
            else:
                log.error("cycle failed (%s): %s", problem.kind, problem.message)
            return
        self.count += 1
        if now - self.logged >= SUMMARY_EVERY:
            self.logged = now
            log.error(
                "still failing since %s UTC (%d cycles): %s",
                f"{self.since:%Y-%m-%d %H:%M}",
                self.count,
                problem.message,
            )

    def succeeded(self, now: datetime) -> None:
        if self.key:
            log.info("working again after %d failed cycles", self.count)
        self.key, self.since, self.logged, self.count = "", None, None, 0


def file_fingerprint(path: Path) -> object:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


def token_fingerprint(config: Config) -> object:
    from agent.backends.google.token_store import as_store

    return as_store(token_location(config)).fingerprint()
