"""Whether the agent is alive: each cycle's outcome, kept where `status` can always read it.

The record is a small JSON file beside the state store (`state.sqlite3.health.json`),
not a table in it: when the store itself is what fails (corrupt, newer, disk full),
`status` must still be able to say so and since when. It is written atomically,
so a crash leaves the previous record or the new one.

It also remembers which problem the person was last told about, so each
distinct problem is notified once, and its fix once more (see `agent.notify`).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from agent.errors import AuthError, BackendError, ConfigError, FollowupError

log = logging.getLogger(__name__)

# `status` warns when no cycle has succeeded for longer than this many intervals.
STALE_INTERVALS = 3

AUTHORISATION = "authorisation"
CONFIGURATION = "configuration"
STORE = "store"
NETWORK = "network"
UNEXPECTED = "unexpected"
SERVICE = "service"  # the scheduled unit failed without a cycle recording why
FILES = "files"  # a disk full, a read-only or forbidden file or folder
# Kinds no later cycle can get past until the person acts: they are told at once.
NEEDS_PERSON = frozenset({AUTHORISATION, CONFIGURATION, STORE, SERVICE, FILES})
# OS errors no retry gets past: the disk or the permissions need the person.
FILE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM})


@dataclass(frozen=True)
class Problem:
    """Why a cycle failed, in the person's words, and what kind of failure it is."""

    kind: str
    message: str
    exit_code: int = 1

    @property
    def needs_person(self) -> bool:
        return self.kind in NEEDS_PERSON

    @property
    def key(self) -> str:
        """What makes two failures "the same problem" for notifying and logging.

        A transient failure is one problem however its wording varies (the
        network's errors name different hosts and errnos); one that needs the
        person is one problem per message, so a different cause is told anew.
        """
        return self.kind if not self.needs_person else f"{self.kind}: {self.message}"


def classify(error: BaseException, state_path: Path) -> Problem:
    """The kind of a cycle's failure, from its type (and, for the store, the file it names)."""
    message = error.message if isinstance(error, FollowupError) else str(error) or repr(error)
    if isinstance(error, AuthError):
        return Problem(AUTHORISATION, message, 3)
    if isinstance(error, ConfigError):
        return Problem(CONFIGURATION, message, 2)
    if isinstance(error, sqlite3.Error) or str(state_path) in message:
        if not isinstance(error, FollowupError):
            message = f"state store {state_path}: {message}"
        return Problem(STORE, message, getattr(error, "exit_code", 1))
    if (
        isinstance(error, OSError)
        and not isinstance(error, ConnectionError)
        and error.errno in FILE_ERRNOS
    ):
        return Problem(FILES, message, 1)
    if isinstance(error, BackendError | OSError | TimeoutError):
        return Problem(NETWORK, message, 1)
    return Problem(UNEXPECTED, f"unexpected error: {message}", 1)


FIXES = {
    AUTHORISATION: "authorise again as the message says",
    CONFIGURATION: "edit the configuration key the message names; `followup doctor` checks it",
    STORE: "see the message; `followup doctor` checks the state store",
    NETWORK: "none needed if the network comes back: nothing is lost meanwhile",
    UNEXPECTED: "run `followup run --once --verbose` to see the details",
    SERVICE: "read the journal the message names; `followup doctor` checks the set-up",
    FILES: "free some space, or fix the permissions of the file or folder the message names",
}


@dataclass(frozen=True)
class Failure:
    kind: str
    message: str
    since: datetime  # the first cycle that failed this way, in this run of failures
    last: datetime
    attempts: int
    exit_code: int = 1
    fixed: datetime | None = None  # the first good cycle after it

    @property
    def fix(self) -> str:
        return FIXES.get(self.kind, FIXES[UNEXPECTED])

    @property
    def problem(self) -> Problem:
        return Problem(self.kind, self.message, self.exit_code)


@dataclass(frozen=True)
class Health:
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    failure: Failure | None = None
    notified: str = ""  # the key of the problem the person was last told about
    notified_message: str = ""
    last_failure: Failure | None = None  # the latest failure that is over, with when


def after_success(health: Health, now: datetime) -> Health:
    ended = replace(health.failure, fixed=now) if health.failure else health.last_failure
    return replace(health, last_success=now, last_attempt=now, failure=None, last_failure=ended)


def after_failure(health: Health, problem: Problem, now: datetime) -> Health:
    """The record after a failed cycle: the same problem again keeps its start."""
    before = health.failure
    if before is not None and before.problem.key == problem.key:
        failure = replace(before, message=problem.message, last=now, attempts=before.attempts + 1)
    else:
        failure = Failure(problem.kind, problem.message, now, now, 1, problem.exit_code)
    return replace(health, last_attempt=now, failure=failure)


def stale(health: Health, now: datetime, interval: timedelta) -> bool:
    """No cycle has succeeded for longer than three intervals (or, never, since failing began)."""
    since = health.last_success or (health.failure.since if health.failure else None)
    return since is not None and now - since > STALE_INTERVALS * interval


# --------------------------------------------------------------------------- the file


def path_for(state_path: Path) -> Path:
    return state_path.with_name(state_path.name + ".health.json")


def load(state_path: Path) -> Health:
    """The record, or an empty one when there is none yet or it cannot be read."""
    path = path_for(state_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _from_json(data)
    except FileNotFoundError:
        return Health()
    except (OSError, ValueError, TypeError, KeyError) as error:
        log.warning("ignoring unreadable %s (%s)", path, error)
        return Health()


def save(state_path: Path, health: Health) -> None:
    """Write atomically; a failure is logged, never raised (it must not fail a cycle)."""
    path = path_for(state_path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(_to_json(health), handle, indent=2)
            handle.write("\n")
        # No fsync: this runs every cycle, and a record lost to a power cut is only stale.
        os.replace(temporary, path)
    except OSError as error:
        log.warning("could not record the cycle's outcome in %s (%s)", path, error)
        temporary.unlink(missing_ok=True)


def _to_json(health: Health) -> dict[str, Any]:
    data = asdict(health)
    for name in ("last_success", "last_attempt"):
        data[name] = data[name].isoformat() if data[name] else None
    for name in ("failure", "last_failure"):
        for moment in ("since", "last", "fixed"):
            if data[name] and data[name][moment]:
                data[name][moment] = data[name][moment].isoformat()
    return data


def _from_json(data: dict[str, Any]) -> Health:
    def moment(value: object) -> datetime | None:
        return datetime.fromisoformat(value) if isinstance(value, str) else None

    def failure(raw: object) -> Failure | None:
        if not isinstance(raw, dict):
            return None
        return Failure(
            kind=str(raw["kind"]),
            message=str(raw["message"]),
            since=datetime.fromisoformat(raw["since"]),
            last=datetime.fromisoformat(raw["last"]),
            attempts=int(raw["attempts"]),
            exit_code=int(raw.get("exit_code", 1)),
            fixed=moment(raw.get("fixed")),
        )

    return Health(
        last_success=moment(data.get("last_success")),
        last_attempt=moment(data.get("last_attempt")),
        failure=failure(data.get("failure")),
        notified=str(data.get("notified") or ""),
        notified_message=str(data.get("notified_message") or ""),
        last_failure=failure(data.get("last_failure")),
    )
