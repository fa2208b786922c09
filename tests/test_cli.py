"""The `followup` command through its real entry point, `agent.cli.main`, on real files.

Commands that read the clock (`run --once`, `status`, `preview`, the daemon)
run under freezegun at literal instants.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from freezegun import freeze_time

from agent import app, cli
from agent.config import Config
from tests.world import (
    ACME_UID,
    CASEY,
    CONFIG,
    JANE,
    JUST_AFTER,
    ME,
    ME_NAME,
    RAJ,
    ROOM,
    Guest,
    World,
    acme_world,
    at,
)

FIXTURES = Path(__file__).parent / "fixtures"
UID = ACME_UID
CHECK_IN_1 = f"checkin/acme/{UID}/1"
SAM = Guest("sam.lee@globex.example", "Sam Lee")


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = acme_world(tmp_path)
    return world


def followup(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --------------------------------------------------------------------------- configuration


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda text: text + "\n[policy]\nmax_checkins = 3\n", "policy.max_checkins"),
        (lambda text: text + '\n[policy]\nmax_check_ins = "three"\n', "policy.max_check_ins"),
        (lambda text: text.replace('name = "Casey Candidate"\n', ""), "person.name"),
        (lambda text: "backend_typo = 1\n" + text, "backend_typo"),
        (
            lambda text: text.replace('timezone = "America/New_York"', 'timezone = "Mars/Olympus"'),
            "person.timezone",
        ),
    ],
    ids=["unknown-key", "wrong-type", "missing-name", "unknown-top-level", "bad-zone"],
)
def test_a_bad_config_exits_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Callable[[str], str], key: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(change(CONFIG), encoding="utf-8")

    code, out, err = followup(capsys, "status", "--config", str(path))

    assert code == 2
    assert key in err
    assert "Traceback" not in err and out == ""


def test_a_missing_config_exits_2_and_says_where_it_looked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "config.toml"

    code, _, err = followup(capsys, "status", "--config", str(missing))

    assert code == 2 and str(missing) in err


@pytest.mark.parametrize("where", ["before", "after"])
def test_config_is_accepted_before_and_after_the_command(
    world: World, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    path = str(world.config_path)
    argv = (
        ["--config", path, "status", "--json"]
        if where == "before"
        else ["status", "--json", "--config", path]
    )

    code, out, err = followup(capsys, *argv)

    assert code == 0, err
    assert json.loads(out)["timezone"] == "America/New_York"


def test_run_without_once_is_bad_usage(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = followup(capsys, "run", "--config", str(world.config_path))

    assert code == 2
    assert "--once" in err
    assert world.drafts() == []


def test_an_unknown_command_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = followup(capsys, "fly")

    assert code == 2


# --------------------------------------------------------------------------- run


def test_run_once_writes_drafts_and_reminders(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    with freeze_time(JUST_AFTER):
        code, out, err = followup(capsys, "run", "--once", "--config", str(world.config_path))

    assert code == 0, err
    assert "drafted 'Thank you – Backend Engineer interview' to jane.doe@acme.example" in out
    assert len(world.drafts()) == 2
    assert world.reminder_keys() == sorted(
        [CHECK_IN_1, f"nudge/{UID}/{JANE.email}", f"nudge/{UID}/{RAJ.email}"]
    )
    with freeze_time(JUST_AFTER):
        code, out, _ = followup(capsys, "run", "--once", "--config", str(world.config_path))
    assert (code, out) == (0, "Nothing to do.\n")


def test_a_dry_run_changes_nothing(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.run(at(2026, 11, 10, 12, 0))  # the store exists, nothing is due yet
    store_before = world.state_dump()

    with freeze_time(JUST_AFTER):
        code, out, err = followup(
            capsys, "run", "--once", "--dry-run", "--config", str(world.config_path)
        )

    assert code == 0, err
    assert "would draft 'Thank you – Backend Engineer interview' to jane.doe@acme.example" in out
    assert "would add the reminder 'Check in with Jane Doe" in out
    assert world.drafts() == []
    assert not world.reminders_path.exists()
    assert world.state_dump() == store_before
    # And the real run afterwards does all of it: the dry run did not mark anything done.
    world.run(JUST_AFTER)
    assert len(world.drafts()) == 2


def test_preview_prints_the_drafts_without_writing_them(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    with freeze_time(at(2026, 11, 10, 14, 30)):
        code, out, _ = followup(capsys, "preview", "--config", str(world.config_path))
    assert (code, out.strip()) == (0, "No drafts are due now.")

    with freeze_time(JUST_AFTER):
        code, out, err = followup(capsys, "preview", "--config", str(world.config_path))

    assert code == 0, err
    assert "To: Jane Doe <jane.doe@acme.example>" in out
    assert "To: Raj Patel <raj.patel@acme.example>" in out
    assert out.count("Subject: Thank you – Backend Engineer interview") == 2
    assert "Dear Jane," in out and "Dear Raj," in out
    assert world.drafts() == []


# --------------------------------------------------------------------------- note


def test_a_decision_date_note_changes_the_next_check_in(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.run(JUST_AFTER)
    assert world.reminder(CHECK_IN_1).start == at(2026, 11, 17, 9, 0).astimezone(UTC)

    code, out, err = followup(
        capsys, "note", "acme", "decision: Friday", "--config", str(world.config_path)
    )
    assert code == 0, err
    assert "Noted for Interview: Backend Engineer at Acme" in out
    world.run(at(2026, 11, 10, 16, 0))

    # Friday after the interview is 13 November: the morning after is Monday the 16th.
    (check_in,) = world.reminders(CHECK_IN_1)
    assert check_in.start == at(2026, 11, 16, 9, 0).astimezone(UTC)
    acme = world.application(at(2026, 11, 10, 16, 0), "Acme")
    assert acme["interviews"][0]["decision"] == "2026-11-13"


def test_note_without_a_match_exits_2_and_lists_the_candidates(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.run(JUST_AFTER)

    code, _, err = followup(
        capsys, "note", "initech", "decision: Friday", "--config", str(world.config_path)
    )

    assert code == 2
    assert "matches 0 interviews" in err


def test_note_without_arguments_lists_the_interviews(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.run(JUST_AFTER)

    code, out, _ = followup(capsys, "note", "--config", str(world.config_path))

    assert code == 0
    assert out == f"{UID}\t2026-11-10 14:00\tInterview: Backend Engineer at Acme\n"


# --------------------------------------------------------------------------- status


def golden_world(root: Path) -> World:
    """Four interviews in a November week, a sent thank-you and an employer's reply."""
    world = World(root)
    world.add_event(
        UID,
        "Interview: Backend Engineer at Acme",
        at(2026, 11, 10, 14, 0),
        at(2026, 11, 10, 15, 0),
        attendees=(JANE, RAJ, ROOM, CASEY),
        description="decision: Friday\ntopic: the caching layer",
    )
    world.add_event(
        "globex-1@test",
        "Phone screen - Globex",
        at(2026, 11, 11, 10, 0),
        at(2026, 11, 11, 10, 30),
        attendees=(SAM, CASEY),
    )
    world.add_event(
        "initech-1@test",
        "Onsite interview at Initech - Data Analyst",
        at(2026, 11, 12, 13, 0),
        at(2026, 11, 12, 16, 0),
        attendees=(Guest("maria.garcia@initech.example", "Maria Garcia"), CASEY),
        description="decision: in two weeks",
    )
    world.add_event(
        "hooli-1@test",
        "Interview with Hooli",
        at(2026, 11, 13, 11, 0),
        at(2026, 11, 13, 12, 0),
        attendees=(Guest("gavin@hooli.example", "Gavin B"), Guest(ME, ME_NAME, "DECLINED")),
    )
    world.add_event(
        "practice@test",
        "Mock interview practice",
        at(2026, 11, 9, 18, 0),
        at(2026, 11, 9, 19, 0),
        attendees=(CASEY,),
        rrule="FREQ=WEEKLY;COUNT=2",
    )
    world.run(at(2026, 11, 10, 15, 5))
    world.send(world.draft(f"thanks/{UID}/{JANE.email}"))
    world.run(at(2026, 11, 11, 10, 35))
    world.run(at(2026, 11, 12, 16, 5))
    world.deliver(
        "next-round",
        sender="Maria Garcia <maria.garcia@initech.example>",
        subject="Next steps with Initech",
        body="Hi Casey,\n\nWe would like to invite you to a final round. Could you send "
        "me your availability for next week?\n\nMaria",
        date=at(2026, 11, 16, 8, 12),
    )
    world.run(at(2026, 11, 16, 9, 5))
    return world


@pytest.fixture
def golden(tmp_path: Path) -> World:
    return golden_world(tmp_path / "golden")


def test_status_json_is_pinned(golden: World, capsys: pytest.CaptureFixture[str]) -> None:
    with freeze_time(datetime(2026, 11, 16, 14, 10, tzinfo=UTC)):
        code, out, err = followup(capsys, "status", "--json", "--config", str(golden.config_path))

    assert code == 0, err
    expected = (FIXTURES / "status.json").read_text(encoding="utf-8")
    assert out == expected


def test_status_is_readable(golden: World, capsys: pytest.CaptureFixture[str]) -> None:
    with freeze_time(datetime(2026, 11, 16, 14, 10, tzinfo=UTC)):
        code, out, err = followup(capsys, "status", "--config", str(golden.config_path))

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Times are in America/New_York."
    assert lines[1] == (
        "Public holidays: United States (US), from time zone America/New_York; "
        "12 public holidays this year."
    )
    assert "Acme — Backend Engineer" in lines
    assert "Initech — Data Analyst" in lines and "Globex" in lines
    # Acme: check-in 1 is past; 2 moves off Thanksgiving (Thu 26 Nov) to the Friday.
    assert "  stage: waiting; check-in 2 on Fri 27 Nov 09:00" in lines
    assert "  stage: next round: reply to schedule it" in lines
    assert "  thank-you to Jane Doe: sent (due Wed 11 Nov 15:00)" in lines
    assert "  thank-you to Raj Patel: draft ready, not sent yet (due Wed 11 Nov 15:00)" in lines
    assert any(
        line.startswith("  reply Mon 16 Nov 08:12 from maria.garcia@initech.example: next_round")
        for line in lines
    )
    assert "    correct with: followup reply next-round@mail.test <kind>" in lines
    assert "Not followed up:" in lines
    assert "  Interview with Hooli: you declined it" in lines
    assert not any(line.startswith("{") for line in lines)


def test_status_before_any_cycle_says_nothing_was_found(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = followup(capsys, "status", "--config", str(world.config_path))

    assert code == 0
    assert out.startswith("No interviews found yet.")


# --------------------------------------------------------------------------- daemon and lock


class CountingDaemon(app.Daemon):
    """The real daemon, counting its cycles; `stop_after` sends itself SIGTERM mid-run."""

    def __init__(self, cfg: Config, interval: float, *, stop_after: int | None = None) -> None:
        super().__init__(cfg, interval)
        self.cycles = 0
        self.stop_after = stop_after

    def one_cycle(self) -> None:
        self.cycles += 1
        super().one_cycle()
        if self.cycles == self.stop_after:
            signal.raise_signal(signal.SIGTERM)


@pytest.fixture
def own_signal_handlers() -> Iterator[None]:
    """The daemon installs SIGTERM/SIGINT handlers; give pytest its own back afterwards."""
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


@pytest.mark.usefixtures("own_signal_handlers")
def test_the_daemon_runs_the_cycles_it_is_asked_for(world: World) -> None:
    daemon = CountingDaemon(world.config(), 0.01)

    with freeze_time(JUST_AFTER):
        assert daemon.run(cycles=2) == 0

    assert daemon.cycles == 2
    assert len(world.drafts()) == 2  # the second cycle found nothing new to do
    assert len(world.reminders()) == 3


@pytest.mark.usefixtures("own_signal_handlers")
def test_the_daemon_stops_cleanly_on_sigterm_after_the_current_cycle(world: World) -> None:
    daemon = CountingDaemon(world.config(), 0.01, stop_after=1)

    with freeze_time(JUST_AFTER):
        assert daemon.run() == 0

    assert daemon.cycles == 1
    assert len(world.drafts()) == 2


def test_no_cycle_runs_while_another_process_holds_the_lock(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    with app.cycle_lock(world.config()) as mine, freeze_time(JUST_AFTER):
        assert mine
        code, out, _ = followup(capsys, "run", "--once", "--config", str(world.config_path))

    assert code == 0
    assert "Another cycle is running" in out
    assert world.drafts() == [] and world.reminders() == []
    # Once the lock is free, the next run does the work.
    with freeze_time(JUST_AFTER):
        followup(capsys, "run", "--once", "--config", str(world.config_path))
    assert len(world.drafts()) == 2
