"""Running unattended against Google: the weekly invalid_grant, notifications, `status`, the daemon.

Everything through the real client against the Google fake, the real CLI and
a real notify command (tests/fixtures/notify/record.py writes its arguments to
a file). Time is frozen; the daemon's sleep is injected, so an hour of
outage passes without waiting.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time

from agent import app, cli, config
from agent.backends.google import service
from tests.fake_google import FakeGoogle
from tests.fake_google.fixture import REFRESH_TOKEN, write_google_files
from tests.fake_google.fixture import fake_google as fake_google_fixture  # noqa: F401

RECORDER = Path(__file__).parent / "fixtures" / "notify" / "record.py"
AUTHORISED = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)  # when `followup auth` ran
A_WEEK_LATER = AUTHORISED + timedelta(days=7, minutes=5)


class Unattended:
    """A Google set-up as `followup auth` leaves it, with a notify command that records."""

    def __init__(self, tmp_path: Path, fake: FakeGoogle) -> None:
        self.fake = fake
        self.tmp = tmp_path
        self.credentials, self.token = write_google_files(tmp_path, fake)
        self.authorise(REFRESH_TOKEN, AUTHORISED)
        self.notified_file = tmp_path / "notified.jsonl"
        self.config_path = tmp_path / "config.toml"
        self.config_path.write_text(
            f"""backend = "google"
[person]
name = "Casey Candidate"
[google]
credentials = "{self.credentials}"
token = "{self.token}"
api_endpoint = "{fake.url}"
[state]
path = "{tmp_path / "state.sqlite3"}"
[notify]
command = {json.dumps([sys.executable, str(RECORDER), str(self.notified_file)])}
"""
        )

    def authorise(self, refresh_token: str, at: datetime) -> None:
        """What `followup auth` writes: a token with an hour of access, stamped with its time."""
        write_google_files(self.tmp, self.fake, refresh_token=refresh_token)
        data = json.loads(self.token.read_text())
        data["authorized_at"] = at.strftime("%Y-%m-%dT%H:%M:%SZ")
        data["expiry"] = (at + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S")
        self.token.write_text(json.dumps(data))

    @property
    def cfg(self) -> config.Config:
        return config.load(self.config_path)

    def notifications(self) -> list[str]:
        if not self.notified_file.exists():
            return []
        return [json.loads(line)[-1] for line in self.notified_file.read_text().splitlines()]

    def cli(
        self, capsys: pytest.CaptureFixture[str], *argv: str, at: datetime
    ) -> tuple[int, str, str]:
        with freeze_time(at):
            code = cli.main([*argv, "--config", str(self.config_path)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err


@pytest.fixture
def world(tmp_path: Path, fake_google: FakeGoogle, monkeypatch: pytest.MonkeyPatch) -> Unattended:
    monkeypatch.setattr(service, "pause", lambda seconds: None)
    return Unattended(tmp_path, fake_google)


@pytest.fixture
def own_signal_handlers() -> Iterator[None]:
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


def test_a_week_after_auth_in_testing_status_the_person_is_told_why_once_and_when_fixed(
    world: Unattended, capsys: pytest.CaptureFixture[str]
) -> None:
    world.fake.refuse_refresh_from(REFRESH_TOKEN, AUTHORISED + timedelta(days=7))
    code, _, err = world.cli(capsys, "run", "--once", at=AUTHORISED + timedelta(minutes=10))
    assert code == 0, err

    code, _, err = world.cli(capsys, "run", "--once", at=A_WEEK_LATER)

    assert code == 3
    message = err.strip()
    assert message.startswith("followup: Google ended the stored authorisation 7 days after")
    assert '"Testing"' in message and '"Publish app"' in message and "In production" in message
    assert message.endswith(f"Then run: followup auth --config {world.config_path}")
    assert world.notifications() == [message]

    # The next cycle fails the same way: nobody is told twice.
    code, _, _ = world.cli(capsys, "run", "--once", at=A_WEEK_LATER + timedelta(minutes=10))
    assert code == 3
    assert world.notifications() == [message]

    # A new `followup auth`: the first good cycle says it is fixed, once.
    world.authorise("refresh-2", A_WEEK_LATER + timedelta(minutes=15))
    code, _, err = world.cli(capsys, "run", "--once", at=A_WEEK_LATER + timedelta(minutes=20))
    assert code == 0, err
    world.cli(capsys, "run", "--once", at=A_WEEK_LATER + timedelta(minutes=30))
    assert len(world.notifications()) == 2
    assert world.notifications()[1].startswith("followup: working again")
    code, out, _ = world.cli(capsys, "status", "--json", at=A_WEEK_LATER + timedelta(minutes=31))
    agent = json.loads(out)["agent"]
    assert code == 0 and agent["alive"] is True and agent["failure"] is None
    assert agent["last_failure"]["kind"] == "authorisation"
    assert agent["last_failure"]["attempts"] == 2
    assert agent["last_failure"]["fixed"] == "2026-11-27T10:25:00-05:00"


def test_a_refusal_long_after_auth_is_explained_without_blaming_the_testing_status(
    world: Unattended, capsys: pytest.CaptureFixture[str]
) -> None:
    world.fake.revoke(REFRESH_TOKEN)

    code, _, err = world.cli(capsys, "run", "--once", at=AUTHORISED + timedelta(days=40))

    assert code == 3
    assert "no longer accepts the stored authorisation" in err
    assert "If this happens about 7 days after each `followup auth`" in err


def test_status_shows_the_last_success_and_the_failure_and_exits_1_when_stale(
    world: Unattended, capsys: pytest.CaptureFixture[str]
) -> None:
    world.fake.refuse_refresh_from(REFRESH_TOKEN, AUTHORISED + timedelta(days=7))
    first = AUTHORISED + timedelta(minutes=10)
    world.cli(capsys, "run", "--once", at=first)
    code, out, _ = world.cli(capsys, "status", at=first + timedelta(minutes=29))
    assert code == 0
    assert out.startswith("No interviews found yet.")
    assert "Agent: last cycle succeeded Fri 20 Nov 2026 10:10" in out  # New York time

    world.cli(capsys, "run", "--once", at=A_WEEK_LATER)
    code, out, _ = world.cli(capsys, "status", at=A_WEEK_LATER + timedelta(minutes=1))

    assert code == 1
    first_line = out.splitlines()[0]
    assert first_line.startswith("WARNING: no cycle has succeeded since Fri 20 Nov 2026 10:10")
    assert "more than three intervals of 10 minutes" in first_line
    assert "Google ended the stored authorisation 7 days after" in first_line
    assert "  fix: authorise again as the message says" in out.splitlines()

    code, out, _ = world.cli(capsys, "status", "--json", at=A_WEEK_LATER + timedelta(minutes=1))
    assert code == 1
    agent = json.loads(out)["agent"]
    assert agent["alive"] is False
    assert agent["last_success"] == "2026-11-20T10:10:00-05:00"
    assert agent["failure"]["kind"] == "authorisation"
    assert agent["failure"]["since"] == "2026-11-27T10:05:00-05:00"
    assert agent["failure"]["attempts"] == 1
    assert agent["warning"].startswith("WARNING: no cycle has succeeded")


def test_status_is_alive_up_to_three_intervals_after_the_last_success(
    world: Unattended, capsys: pytest.CaptureFixture[str]
) -> None:
    last = AUTHORISED + timedelta(minutes=10)
    world.cli(capsys, "run", "--once", at=last)

    assert world.cli(capsys, "status", "--json", at=last + timedelta(minutes=30))[0] == 0
    assert world.cli(capsys, "status", "--json", at=last + timedelta(minutes=30, seconds=1))[0] == 1


@pytest.mark.usefixtures("own_signal_handlers")
def test_the_daemon_survives_an_hour_without_network_and_says_so_once(
    world: Unattended, caplog: pytest.LogCaptureFixture
) -> None:
    start = AUTHORISED + timedelta(minutes=5)
    world.fake.offline = True
    slept: list[float] = []
    with freeze_time(start) as clock:

        def sleep(seconds: float) -> None:
            slept.append(seconds)
            clock.tick(timedelta(seconds=seconds))
            now = datetime.now(UTC)
            if now - start >= timedelta(hours=1, minutes=10):
                world.fake.offline = False
            if not world.fake.offline and daemon.problem is None:
                daemon.stop()

        daemon = app.Daemon(world.cfg, 600, sleep=sleep, jitter=lambda: 1.0)
        with caplog.at_level(logging.INFO, logger="agent"):
            assert daemon.run() == 0

    assert len(slept) >= 6  # it kept trying, never exited
    assert slept[:3] == [60, 120, 240]  # backoff from a minute...
    assert max(slept) <= 1800  # ...capped
    failed = [r for r in caplog.records if r.getMessage().startswith("cycle failed (network)")]
    assert len(failed) == 1  # logged once, then summarised
    assert any(r.getMessage().startswith("still failing since") for r in caplog.records)
    notes = world.notifications()
    assert len(notes) == 2
    assert notes[0].startswith("followup: cycles have failed for 1h")
    assert "Cannot reach Google" in notes[0]
    assert notes[1].startswith("followup: working again")


@pytest.mark.usefixtures("own_signal_handlers")
def test_the_daemon_waits_for_a_new_auth_and_resumes_by_itself(world: Unattended) -> None:
    world.fake.revoke(REFRESH_TOKEN)
    start = AUTHORISED + timedelta(hours=2)  # the access token has expired
    polls: list[float] = []
    with freeze_time(start) as clock:

        def sleep(seconds: float) -> None:
            polls.append(seconds)
            clock.tick(timedelta(seconds=seconds))
            if len(polls) == 3:  # the person runs `followup auth`
                world.authorise("refresh-2", datetime.now(UTC))

        daemon = app.Daemon(world.cfg, 600, sleep=sleep)
        assert daemon.run(cycles=2) == 0

    assert polls == [30, 30, 30]  # it looked at the token file, and ran no cycle meanwhile
    assert daemon.problem is None  # the second cycle succeeded
    notes = world.notifications()
    assert len(notes) == 2
    assert "no longer accepts the stored authorisation" in notes[0]
    assert notes[1].startswith("followup: working again")
