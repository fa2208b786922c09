"""The "is the agent alive?" part of `followup status`, for people and for monitors.

Read from the health record beside the store (`agent.health`), so it is shown
even when the store cannot be opened. When no cycle has succeeded for longer
than three intervals, the text starts with a warning, the JSON says
`"alive": false`, and `status` exits 1, so a monitor can run
`followup status --json` and act on the exit code alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent import health as healthrecord
from agent.config import Config
from agent.health import Failure, Health

STALE_EXIT_CODE = 1


@dataclass(frozen=True)
class AgentView:
    health: Health
    now: datetime
    interval: timedelta

    @property
    def stale(self) -> bool:
        return healthrecord.stale(self.health, self.now, self.interval)

    @property
    def exit_code(self) -> int:
        return STALE_EXIT_CODE if self.stale else 0

    def warning(self, tz: ZoneInfo) -> str | None:
        if not self.stale:
            return None
        minutes = int(self.interval.total_seconds() // 60)
        if self.health.last_success is not None:
            since = f"since {_when(self.health.last_success, tz)}"
        else:
            since = "at all; cycles have failed since " + _when(self.failure_since(), tz)
        text = (
            f"WARNING: no cycle has succeeded {since} "
            f"(more than three intervals of {minutes} minutes)."
        )
        failure = self.health.failure
        if failure is not None:
            text += f" Last failure: {failure.message} Fix: {failure.fix}."
        else:
            text += " Is the timer, cron job or daemon still running?"
        return text

    def top_lines(self, tz: ZoneInfo) -> list[str]:
        """The warning and a blank line before the rest of `status`, or nothing."""
        warning = self.warning(tz)
        return [warning, ""] if warning else []

    def failure_since(self) -> datetime:
        assert self.health.failure is not None
        return self.health.failure.since

    def lines(self, tz: ZoneInfo) -> list[str]:
        h = self.health
        if h.last_attempt is None:
            return ["Agent: no cycle recorded yet."]
        lines = [
            "Agent: last cycle succeeded " + _when(h.last_success, tz)
            if h.last_success
            else "Agent: no cycle has succeeded yet."
        ]
        if h.failure is not None:
            f = h.failure
            lines.append(
                f"  failing since {_when(f.since, tz)} ({f.attempts} "
                f"cycle{'s' if f.attempts != 1 else ''}, "
                f"last {_when(f.last, tz)}): {f.message}"
            )
            lines.append(f"  fix: {f.fix}")
        elif h.last_failure is not None:
            f = h.last_failure
            lines.append(
                f"  last failure {_when(f.since, tz)}, fixed {_when(f.fixed, tz)}: {f.message}"
            )
        return lines

    def as_json(self, tz: ZoneInfo) -> dict[str, Any]:
        h = self.health
        return {
            "alive": not self.stale,
            "interval_minutes": int(self.interval.total_seconds() // 60),
            "last_success": _iso(h.last_success, tz),
            "last_attempt": _iso(h.last_attempt, tz),
            "failure": _failure(h.failure, tz),  # the current one; null when the last cycle worked
            "last_failure": _failure(h.last_failure, tz),  # the latest one that is over
            "warning": self.warning(tz),
        }


def of(config: Config, now: datetime) -> AgentView:
    return AgentView(
        healthrecord.load(config.state_path), now, timedelta(minutes=config.interval_minutes)
    )


def _failure(failure: Failure | None, tz: ZoneInfo) -> dict[str, Any] | None:
    if failure is None:
        return None
    return {
        "kind": failure.kind,
        "message": failure.message,
        "fix": failure.fix,
        "since": _iso(failure.since, tz),
        "last": _iso(failure.last, tz),
        "attempts": failure.attempts,
        "fixed": _iso(failure.fixed, tz),
    }


def _when(moment: datetime | None, tz: ZoneInfo) -> str:
    return "never" if moment is None else f"{moment.astimezone(tz):%a %d %b %Y %H:%M}"


def _iso(moment: datetime | None, tz: ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(tz).isoformat()


@contextmanager
def shown_if_this_fails(view: AgentView, config: Config, *, as_json: bool) -> Iterator[None]:
    """Around the rest of `status`: if it fails (the store cannot be read), show this part."""
    try:
        yield
    except Exception:
        print_alone(view, config, as_json=as_json)
        raise


def print_alone(view: AgentView, config: Config, *, as_json: bool) -> None:
    """At least whether the agent is alive, when the rest of `status` cannot be shown."""
    import json

    try:
        tz = ZoneInfo(config.timezone or "UTC")
    except (ValueError, KeyError):
        tz = ZoneInfo("UTC")
    if as_json:
        print(json.dumps({"agent": view.as_json(tz)}, indent=2, ensure_ascii=False))
        return
    warning = view.warning(tz)
    print(*([warning] if warning else []), *view.lines(tz), sep="\n")
