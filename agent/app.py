"""Use cases behind the commands: each takes explicit arguments and returns data.

The CLI parses and prints; this module opens the configured backends and the
store, runs cycles, and answers questions about the state.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment

from agent import cycle, regions
from agent.config import Config
from agent.core.model import Address
from agent.errors import ConfigError
from agent.ledger import Ledger
from agent.store import Store
from agent.textenv import make_environment

if TYPE_CHECKING:
    from agent.backends.google import GoogleBackend
    from agent.backends.google.token_store import KeyringToken
    from agent.backends.local.reminders import LocalReminders
    from agent.backends.local.vdir import VdirReminders

log = logging.getLogger(__name__)

ZONE_RECHECK = timedelta(days=1)


@dataclass
class Session:
    config: Config
    store: Store
    backends: cycle.Backends | None
    settings: cycle.Settings
    env: Environment
    holidays: regions.HolidayCalendar


def open_backends(config: Config) -> cycle.Backends:
    if config.backend == "local":
        from agent.backends.local import layout
        from agent.backends.local.calendars import find_calendars, open_calendar
        from agent.backends.local.deferred import OnFirstUse
        from agent.backends.local.maildir import LocalMailbox

        local = config.local
        mail = layout.discover(
            local["maildir"],
            inbox_folder=local["inbox_folder"],
            sent_folder=local["sent_folder"],
            drafts_folder=local["drafts_folder"],
        )
        found = find_calendars(local["calendars"], exclude=reminders_path(config))
        return cycle.Backends(
            calendar=open_calendar(found, me=config.person.email),
            mailbox=LocalMailbox(
                mail.inbox,
                me=Address(config.person.email, config.person.name),
                drafts_folder=str(mail.drafts),
                sent_folder=str(mail.sent),
            ),
            reminders=OnFirstUse(lambda: local_reminders(config)),  # type: ignore[arg-type]
            ledger=Ledger.beside(config.path),
        )
    google = google_backend(config)
    return cycle.Backends(
        google.calendar, google.mailbox, google.reminders, Ledger.beside(config.path)
    )


def local_reminders(config: Config) -> LocalReminders | VdirReminders:
    """The reminder calendar `local.reminders` names (a vdir folder, or one .ics file)."""
    from agent.backends.local.vdir import open_reminders

    return open_reminders(reminders_path(config))


def reminders_path(config: Config) -> Path:
    """Where reminders are written; cheap, for a cycle that may write none."""
    from agent.backends.local import layout

    # The old default was a file beside the config; an install that has it keeps it.
    reminders_set = "reminders" in (config.raw.get("local") or {})
    legacy = None if reminders_set else config.path.parent.resolve() / "reminders.ics"
    return layout.reminders_path(config.local["reminders"], legacy_default=legacy)


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
            now = datetime.now(UTC)
            tz = resolve_zone(config, store, backends, now=now)
            today = now.astimezone(tz).date()
            policy, holidays = regions.resolve(config.policy, tz.key, store, today)
            env = make_environment(config.templates_dir, cache_dir=template_cache(config))
            settings = cycle.Settings(person, tz, policy, config.detect)
            yield Session(config, store, backends, settings, env, holidays)
    finally:
        store.close()


def template_cache(config: Config) -> Path | None:
    """Compiled templates beside the state store; none for an in-memory store."""
    if str(config.state_path) == ":memory:":
        return None
    return Path(config.state_path).parent / "compiled-templates"


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
    """One lock file per thing a cycle writes, in a fixed order (no two processes deadlock).

    The Maildir's and the reminders' locks are named from their real paths in the
    user's runtime folder, so any two processes writing there find the same lock,
    whatever their state paths, and nothing is added to the mail or calendar folders
    a sync tool mirrors.
    """
    paths = {Path(str(config.state_path) + ".lock")}
    if config.backend == "local":
        import hashlib
        import tempfile

        runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
        folder = Path(runtime) / f"followup-locks-{os.getuid()}"
        for target in (config.local["maildir"], config.local["reminders"]):
            real = os.path.realpath(target)
            digest = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:24]
            paths.add(folder / f"{digest}.lock")
    return sorted(paths)


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
    from agent.backends.local import files

    files.take_notes()  # a cycle reports the files it skipped, not what ran before it
    with session(config, read_only=dry_run) as s:
        assert s.backends is not None
        if dry_run:  # on a copy of the store, so nothing it reads is kept either
            dry = s.store.snapshot()
            try:
                return cycle.run_cycle(dry, s.backends, s.settings, s.env, now, dry_run=True)
            finally:
                remember_skipped_files(dry, now)  # kept on the copy: nothing is kept
                dry.close()
        tidy(config, s.backends)
        try:
            return cycle.run_cycle(s.store, s.backends, s.settings, s.env, now)
        finally:
            remember_skipped_files(s.store, now)


def remember_skipped_files(store: Store, now: datetime) -> None:
    """What the local backend skipped this cycle, kept for `status` (nothing on google)."""
    from agent import skipnotes
    from agent.backends.local import files

    notes = [(n.path, n.reason) for n in files.take_notes()]
    try:
        skipnotes.remember(store, notes, now)
    except sqlite3.Error as error:  # never hide the cycle's own outcome behind this
        log.warning("could not keep the list of skipped files: %s", error)


def tidy(config: Config, backends: cycle.Backends) -> None:
    """Remove temp files a killed run of ours left (drafts, reminders); never others'.

    The reminders are cleaned by path: the adapter (and icalendar) is built only
    when a reminder is written.
    """
    clean = getattr(backends.mailbox, "clean_stale_temp", None)
    if clean is not None:
        clean()
    if config.backend == "local":
        from agent.backends.local import files

        files.clean_reminder_temp(reminders_path(config))


# The daemon lives in its own module; `app.Daemon` stays where callers look for it.
from agent.daemon import Daemon  # noqa: E402

__all__ = ["Daemon"]
