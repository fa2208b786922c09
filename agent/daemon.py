"""`followup daemon`: cycles every interval, and keeps going whatever fails.

One cycle is `app.run_once`, which records its outcome and tells the person
(`agent.notify`); this module decides how long to wait before the next one.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent import app, health
from agent.config import Config
from agent.errors import FollowupError

log = logging.getLogger(__name__)


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
            with app.cycle_lock(self.config) as mine:
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
            report = app.run_once(self.config, now)
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
            log.info("waiting for a new `%s` (the token to change)", app.fix_command(self.config))
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

    return as_store(app.token_location(config)).fingerprint()
