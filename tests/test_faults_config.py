"""Bad configuration and environment: exit 2 with a message naming the key (or $TZ, or
the path), never a traceback and never an overflow deep in a cycle."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.world import CONFIG, JUST_AFTER, World, acme_world


@pytest.fixture
def world(tmp_path: Path) -> World:
    return acme_world(tmp_path / "world")


def with_config(world: World, text: str) -> None:
    world.config_path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_check_ins", "9223372036854775807"),
        ("max_check_ins", "11"),
        ("max_check_ins", "0"),
        ("thank_you_due_hours", "99999999999999"),
        ("unsent_nudge_hours", "100000000"),
        ("first_check_in_days", "3000000"),
        ("check_in_every_days", "999999999"),
        ("give_up_after_days", "99999999"),
        ("urgent_check_in_business_days", "1000000"),
        ("thank_you_late_hours", "9999999999"),
        ("reminder_minutes", "99999999999"),
    ],
)
def test_a_number_out_of_range_names_its_key_and_exits_2(
    world: World, key: str, value: str
) -> None:
    with_config(world, CONFIG + f"\n[policy]\n{key} = {value}\n")

    outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 2, outcome.err
    assert f"policy.{key}" in outcome.err and "between" in outcome.err


def test_numbers_at_the_ends_of_their_ranges_are_accepted(world: World) -> None:
    with_config(
        world,
        CONFIG + "\n[policy]\nmax_check_ins = 10\ngive_up_after_days = 730\n"
        "first_check_in_days = 365\ncheck_in_every_days = 1\n",
    )

    assert world.cli("run", "--once", now=JUST_AFTER).code == 0


def test_a_daemon_interval_out_of_range_names_its_key(world: World) -> None:
    with_config(world, CONFIG + "\n[daemon]\ninterval_minutes = 99999999999\n")

    outcome = world.cli("status")

    assert outcome.code == 2 and "daemon.interval_minutes" in outcome.err


@pytest.mark.parametrize("address", ["not an email", "casey@", "@example.com", "a@b"])
def test_person_email_must_look_like_an_address(world: World, address: str) -> None:
    with_config(world, CONFIG.replace('email = "casey@example.com"', f'email = "{address}"'))

    outcome = world.cli("status")

    assert outcome.code == 2 and "person.email" in outcome.err


def test_a_missing_calendar_names_local_calendar_and_exits_2(world: World) -> None:
    world.calendar_path.unlink()

    outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 2
    assert "local.calendar" in outcome.err and str(world.calendar_path) in outcome.err


def test_a_config_path_that_is_a_directory_exits_2_naming_it(tmp_path: Path) -> None:
    from agent import cli

    folder = tmp_path / "conf.d"
    folder.mkdir()

    code = cli.main(["status", "--config", str(folder)])

    assert code == 2


def test_a_config_path_that_is_a_directory_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent import cli

    folder = tmp_path / "conf.d"
    folder.mkdir()
    cli.main(["status", "--config", str(folder)])

    err = capsys.readouterr().err
    assert str(folder) in err and "directory" in err and "Traceback" not in err


@pytest.mark.parametrize("tz", [":America/New_York", "/usr/share/zoneinfo/America/New_York"])
def test_a_posix_tz_names_a_zone(world: World, monkeypatch: pytest.MonkeyPatch, tz: str) -> None:
    with_config(world, CONFIG.replace('timezone = "America/New_York"\n', ""))
    monkeypatch.setenv("TZ", tz)

    outcome = world.cli("status", "--json")

    assert outcome.code == 0, outcome.err
    assert outcome.json()["timezone"] == "America/New_York"


def test_a_posix_tz_rule_is_reported_as_tz_not_as_person_timezone(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_config(world, CONFIG.replace('timezone = "America/New_York"\n', ""))
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")

    outcome = world.cli("status")

    assert outcome.code == 2
    assert "$TZ" in outcome.err and "person.timezone" in outcome.err  # named as the fix
    assert "unknown time zone" not in outcome.err


def test_demo_dir_on_a_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from agent import cli

    file = tmp_path / "a-file"
    file.write_text("x")

    code = cli.main(["demo", "--dir", str(file)])

    assert code == 2
    assert "is a file" in capsys.readouterr().out
