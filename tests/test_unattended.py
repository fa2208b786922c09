"""Unattended running on the local backend and the pieces behind it: health, notify, keyring."""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from freezegun import freeze_time
from keyring.backend import KeyringBackend

from agent import app, config, health, notify
from agent.backends.google import open_google
from agent.backends.google.token_store import KEYRING_SERVICE, KeyringToken
from agent.core.durations import parse_duration
from agent.health import Problem
from tests.fake_google import FakeGoogle
from tests.fake_google.fixture import fake_google as fake_google_fixture  # noqa: F401
from tests.fake_google.fixture import write_google_files
from tests.world import JUST_AFTER, World, acme_world

RECORDER = Path(__file__).parent / "fixtures" / "notify" / "record.py"
T0 = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def with_notify(world: World, command: list[str]) -> Path:
    """Add a [notify] command recording to a file; return that file."""
    out = world.root / "notified.jsonl"
    text = world.config_path.read_text()
    world.config_path.write_text(text + f"\n[notify]\ncommand = {json.dumps(command)}\n")
    return out


def recorder(world: World) -> Path:
    return with_notify(world, [sys.executable, str(RECORDER), str(world.root / "notified.jsonl")])


def notified(path: Path) -> list[str]:
    return [json.loads(x)[-1] for x in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture
def world(tmp_path: Path) -> World:
    return acme_world(tmp_path / "casey")


@pytest.fixture
def own_signal_handlers() -> Iterator[None]:
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


# --------------------------------------------------------------------------- what to tell, when


def test_a_transient_failure_is_told_only_once_it_has_lasted_notify_after() -> None:
    network = Problem(health.NETWORK, "Cannot reach Google (timed out).")
    record = health.after_failure(health.Health(), network, T0)
    hour = timedelta(hours=1)
    for minutes in (10, 59):
        record = health.after_failure(record, network, T0 + timedelta(minutes=minutes))
        assert notify.failure_message(record, network, T0 + timedelta(minutes=minutes), hour) == ""

    record = health.after_failure(record, network, T0 + hour)
    message = notify.failure_message(record, network, T0 + hour, hour)

    assert message == (
        "followup: cycles have failed for 1h (4 attempts): Cannot reach Google (timed out)."
    )


def test_a_problem_that_needs_the_person_is_told_at_once_and_only_once() -> None:
    problem = Problem(health.CONFIGURATION, "config.toml: person.timezone is not known", 2)
    record = health.after_failure(health.Health(), problem, T0)
    assert notify.failure_message(record, problem, T0, timedelta(hours=1)) == (
        "followup: config.toml: person.timezone is not known"
    )
    told = health.Health(failure=record.failure, notified=problem.key)
    assert notify.failure_message(told, problem, T0, timedelta(hours=1)) == ""
    other = Problem(health.CONFIGURATION, "config.toml: policy.morning is wrong", 2)
    assert notify.failure_message(health.after_failure(told, other, T0), other, T0, T0 - T0) != ""


def test_failures_are_classified_by_what_the_person_can_do(tmp_path: Path) -> None:
    import sqlite3

    from agent.errors import AuthError, BackendError, ConfigError

    state = tmp_path / "state.sqlite3"
    assert health.classify(AuthError("run auth"), state).kind == health.AUTHORISATION
    assert health.classify(ConfigError("bad key"), state).exit_code == 2
    assert health.classify(sqlite3.DatabaseError("malformed"), state).kind == health.STORE
    assert health.classify(BackendError(f"{state}: disk full"), state).kind == health.STORE
    assert health.classify(BackendError("Cannot reach Google"), state).kind == health.NETWORK
    assert health.classify(KeyError("x"), state).kind == health.UNEXPECTED
    full = OSError(28, "No space left on device", "/home/casey/Maildir/.Drafts/tmp/x")
    assert health.classify(full, state).kind == health.FILES
    assert health.classify(ConnectionRefusedError(111, "refused"), state).kind == health.NETWORK


def test_the_health_record_survives_a_round_trip_and_garbage(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite3"
    record = health.after_failure(health.Health(), Problem(health.NETWORK, "down"), T0)
    health.save(state, record)
    assert health.load(state) == record
    health.path_for(state).write_text("{not json")
    assert health.load(state) == health.Health()


# --------------------------------------------------------------------------- cycles on disk


def test_a_broken_store_is_told_at_once_and_status_still_says_so(world: World) -> None:
    out = recorder(world)
    world.state_path.parent.mkdir(parents=True, exist_ok=True)
    world.state_path.write_bytes(b"this is not a database" * 100)

    first = world.cli("run", "--once", now=JUST_AFTER)
    world.cli("run", "--once", now=JUST_AFTER + timedelta(minutes=10))

    assert first.code != 0
    assert len(notified(out)) == 1 and str(world.state_path) in notified(out)[0]
    status = world.cli("status", now=JUST_AFTER + timedelta(minutes=11))
    assert status.code != 0
    assert "Agent: no cycle has succeeded yet." in status.out
    assert "(2 cycles" in status.out and str(world.state_path) in status.out


def test_a_failing_notify_command_never_fails_a_cycle(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    with_notify(world, [sys.executable, "-c", "import sys; sys.exit(7)"])
    world.state_path.parent.mkdir(parents=True, exist_ok=True)
    world.state_path.write_bytes(b"garbage" * 100)

    with caplog.at_level(logging.WARNING):
        outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 1  # the store's failure, not the notifier's
    assert any("exited 7" in r.getMessage() for r in caplog.records)
    # Not delivered, so not remembered as told: the next failing cycle tries again.
    assert health.load(world.state_path).notified == ""


def test_a_good_cycle_records_its_time_and_dry_runs_record_nothing(world: World) -> None:
    world.cli("run", "--once", "--dry-run", now=JUST_AFTER)
    assert health.load(world.state_path).last_attempt is None
    world.cli("run", "--once", now=JUST_AFTER)
    assert health.load(world.state_path).last_success == JUST_AFTER


def test_notify_failure_is_quiet_when_the_cycle_recorded_its_own_failure(world: World) -> None:
    out = recorder(world)
    world.state_path.parent.mkdir(parents=True, exist_ok=True)
    world.state_path.write_bytes(b"garbage" * 100)
    world.cli("run", "--once", now=JUST_AFTER)
    assert len(notified(out)) == 1

    quiet = world.cli("notify-failure", "followup.service", now=JUST_AFTER + timedelta(minutes=1))

    assert quiet.code == 0 and len(notified(out)) == 1


def test_notify_failure_tells_of_a_run_that_died_without_recording(world: World) -> None:
    out = recorder(world)
    world.cli("run", "--once", now=JUST_AFTER)  # a good cycle; then one killed before recording

    told = world.cli("notify-failure", "followup.service", now=JUST_AFTER + timedelta(minutes=10))

    assert told.code == 0
    assert notified(out) == [
        "followup: followup.service failed without recording why. "
        "See: journalctl --user -u followup.service"
    ]


# --------------------------------------------------------------------------- the daemon


@pytest.mark.usefixtures("own_signal_handlers")
def test_the_daemon_waits_for_a_fixed_config_and_reloads_it(world: World) -> None:
    out = recorder(world)
    good = world.config_path.read_text()
    cfg = world.config()
    world.config_path.write_text(good.replace("[person]", "[person]\nshoe_size = 9"))
    polls: list[float] = []

    def sleep(seconds: float) -> None:
        polls.append(seconds)
        if len(polls) == 2:
            world.config_path.write_text(good)

    daemon = app.Daemon(cfg, 600, sleep=sleep)
    daemon.reload_config = True  # as after a cycle that failed on the configuration
    with freeze_time(JUST_AFTER):
        daemon.run(cycles=2)

    assert polls == [30, 30]
    assert daemon.problem is None and len(world.drafts()) == 2
    told = notified(out)
    assert "unknown key person.shoe_size" in told[0]
    assert told[1].startswith("followup: working again")


def test_the_interval_has_sane_bounds(world: World) -> None:
    for text in ("0.0001s", "99999999999h", "5s", "8d", "soon"):
        outcome = world.cli("daemon", "--interval", text)
        assert outcome.code == 2, text
        assert outcome.err.startswith("followup: --interval:"), outcome.err
    assert parse_duration("10m") == 600 and parse_duration("1.5h") == 5400


def test_a_huge_interval_in_the_config_is_refused_naming_the_key(world: World) -> None:
    world.config_path.write_text(
        world.config_path.read_text() + "\n[daemon]\ninterval_minutes = 99999999999\n"
    )
    outcome = world.cli("daemon")
    assert outcome.code == 2
    assert "daemon.interval_minutes" in outcome.err


def test_notify_after_is_checked_naming_the_key(world: World) -> None:
    world.config_path.write_text(world.config_path.read_text() + '\n[notify]\nafter = "soon"\n')
    with pytest.raises(Exception) as caught:
        config.load(world.config_path)
    assert "notify.after" in str(caught.value)


def test_auth_on_the_local_backend_needs_nothing(world: World) -> None:
    outcome = world.cli("auth")
    assert outcome.code == 0
    assert outcome.out.startswith("Nothing to authorise:")
    assert 'backend = "google"' in outcome.out


# --------------------------------------------------------------------------- the token at rest


class MemoryKeyring(KeyringBackend):
    """A real keyring backend (keyring's own API) that keeps secrets in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_the_token_can_live_in_the_keyring(
    tmp_path: Path, fake_google: FakeGoogle, memory_keyring: MemoryKeyring
) -> None:
    credentials, token_file = write_google_files(tmp_path, fake_google)
    stored = json.loads(token_file.read_text())
    stored["expiry"] = "2000-01-01T00:00:00Z"  # expired: the first use refreshes and writes back
    token_file.unlink()
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'backend = "google"\n[person]\nname = "Casey"\n[google]\ncredentials = "{credentials}"\n'
        f'token = "keyring"\napi_endpoint = "{fake_google.url}"\n'
    )
    cfg = config.load(config_path)
    place = app.token_location(cfg)
    assert isinstance(place, KeyringToken)
    place.write(stored)
    before = place.fingerprint()

    backend = app.google_backend(cfg)
    assert backend.mailbox.me().email == "casey@example.com"

    saved = json.loads(memory_keyring.secrets[(KEYRING_SERVICE, str(config_path))])
    assert saved["token"] != stored["token"]  # the refreshed access token went back there
    assert place.fingerprint() != before
    assert not (tmp_path / "keyring").exists()
    checks = {name: (ok, detail) for name, ok, detail in backend.doctor_checks()}
    assert checks["token file"][1].startswith("the system keyring")
    assert "token file mode" not in checks


def test_doctor_fails_on_a_client_file_or_token_others_can_read(
    tmp_path: Path, fake_google: FakeGoogle
) -> None:
    credentials, token = write_google_files(tmp_path, fake_google)
    os.chmod(credentials, 0o644)
    os.chmod(token, 0o640)
    backend = open_google(
        credentials=credentials,
        token=token,
        api_endpoint=fake_google.url,
        calendars=["primary"],
        reminder_calendar="primary",
        me_email=None,
    )

    checks = {name: (ok, detail) for name, ok, detail in backend.doctor_checks()}

    assert checks["OAuth client file mode"] == (
        False,
        f"mode 644 lets others read it. Run: chmod 600 {credentials}",
    )
    assert checks["token file mode"] == (
        False,
        f"mode 640 lets others read it. Run: chmod 600 {token}",
    )
    assert "Testing" in checks["authorisation age"][1]


def test_a_refresh_keeps_the_time_of_consent(tmp_path: Path, fake_google: FakeGoogle) -> None:
    from agent.backends.google.auth import load_credentials

    _, token = write_google_files(tmp_path, fake_google)
    data = json.loads(token.read_text())
    data.update(authorized_at="2026-11-20T15:00:00Z", expiry="2000-01-01T00:00:00Z")
    token.write_text(json.dumps(data))

    load_credentials(token, api_endpoint=fake_google.url)

    saved = json.loads(token.read_text())
    assert saved["token"] != data["token"]  # refreshed and written back...
    assert saved["authorized_at"] == "2026-11-20T15:00:00Z"  # ...keeping when consent was given


def test_doctor_names_a_notify_command_that_is_not_there(world: World) -> None:
    with_notify(world, ["no-such-notifier-anywhere", "followup"])

    outcome = world.cli("doctor")

    assert outcome.code == 1
    assert (
        "[FAIL] notifications: notify.command: no-such-notifier-anywhere not found; "
        "install it or fix [notify] command" in outcome.out.splitlines()
    )


@pytest.mark.usefixtures("own_signal_handlers")
def test_the_daemon_on_a_corrupt_store_backs_off_and_logs_it_once(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    out = recorder(world)
    world.state_path.parent.mkdir(parents=True, exist_ok=True)
    world.state_path.write_bytes(b"not a database" * 100)
    waits: list[float] = []
    with freeze_time(JUST_AFTER) as clock:

        def sleep(seconds: float) -> None:
            waits.append(seconds)
            clock.tick(timedelta(seconds=seconds))

        daemon = app.Daemon(world.config(), 600, sleep=sleep, jitter=lambda: 1.0)
        with caplog.at_level(logging.INFO, logger="agent"):
            daemon.run(cycles=6)

    assert waits == [60, 120, 240, 480, 960]
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(logged) == 1 and str(world.state_path) in logged[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)  # no traceback
    assert len(notified(out)) == 1


def test_auth_into_the_keyring_ends_by_stating_the_7_day_rule(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    import http.server
    import threading
    import time
    import urllib.request
    from urllib.parse import parse_qs, urlsplit

    from agent import cli
    from tests.test_google_auth import _TokenEndpoint

    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    handler = type("Endpoint", (_TokenEndpoint,), {"forms": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}/"
    client = tmp_path / "credentials.json"
    client.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": "client-1.apps.googleusercontent.com",
                    "client_secret": "secret-1",
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": "https://oauth2.googleapis.com/token",
                    "redirect_uris": ["http://localhost"],
                }
            }
        )
    )
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        f'backend = "google"\n[person]\nname = "Casey"\n[google]\ncredentials = "{client}"\n'
        f'token = "keyring"\napi_endpoint = "{root}"\n'
        f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
    )
    codes: list[int] = []
    argv = ["auth", "--no-browser", "--port", "0", "--config", str(config_path)]
    flow = threading.Thread(target=lambda: codes.append(cli.main(argv)), daemon=True)
    flow.start()
    printed = ""
    deadline = time.monotonic() + 5
    while "Open this URL in a browser: " not in printed and time.monotonic() < deadline:
        time.sleep(0.01)
        printed += capsys.readouterr().out
    url = printed.split("Open this URL in a browser: ", 1)[1].split()[0]
    query = parse_qs(urlsplit(url).query)
    redirect = query["redirect_uri"][0]
    answer = f"{redirect}?state={query['state'][0]}&code=code-1&scope={query['scope'][0]}"
    with urllib.request.urlopen(answer.replace(" ", "%20"), timeout=5) as response:
        assert response.status == 200
    flow.join(timeout=5)
    server.shutdown()
    server.server_close()
    out = capsys.readouterr().out

    assert codes == [0]
    assert f'Authorised. Token saved to the system keyring ("{KEYRING_SERVICE}"' in out
    assert 'Note: Google ends every authorisation of an OAuth app in "Testing" status' in out
    saved = json.loads(memory_keyring.secrets[(KEYRING_SERVICE, str(config_path))])
    assert saved["refresh_token"] == "refresh-from-consent" and saved["authorized_at"]
    assert not (tmp_path / "keyring").exists() and not (tmp_path / "token.json").exists()


def test_the_systemd_units_run_commands_that_exist_and_wire_on_failure() -> None:
    import configparser

    from agent import cli

    units = Path(__file__).parent.parent / "contrib" / "systemd"
    commands = set(cli.COMMANDS)
    for name in ("followup.service", "followup-notify.service"):
        unit = configparser.ConfigParser(strict=False, interpolation=None)
        unit.read(units / name)
        argv = unit["Service"]["ExecStart"].split()
        assert argv[0].endswith("/followup") and argv[1] in commands, name
    service = configparser.ConfigParser(strict=False, interpolation=None)
    service.read(units / "followup.service")
    assert service["Unit"]["OnFailure"] == "followup-notify.service"
