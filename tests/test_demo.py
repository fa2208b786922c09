"""`followup demo`: the bundled story runs end to end and leaves files `status` can read."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from agent import cli, demo


@pytest.fixture(scope="module")
def finished_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], int]:
    folder = tmp_path_factory.mktemp("followup") / "demo"
    lines: list[str] = []
    code = demo.run(str(folder), out=lines.append)
    return folder, lines, code


def test_the_demo_tells_the_whole_story(finished_demo: tuple[Path, list[str], int]) -> None:
    _, lines, code = finished_demo
    text = "\n".join(lines)

    assert code == 0
    assert "drafted 'Thank you" in text
    assert "you sent the thank-you to jane.doe@acmerobotics.com" in text
    assert "not a reply (auto-reply" in text and "not a reply (mailing list" in text
    assert "reply from maria.garcia@initech.com: next_round" in text
    assert "next round" in text  # the stopped cadence
    assert "Nothing was sent" in lines[-1]


def test_the_demo_leaves_drafts_and_reminders_on_disk(
    finished_demo: tuple[Path, list[str], int],
) -> None:
    folder, _, _ = finished_demo

    drafts = [p for p in (folder / "Maildir" / ".Drafts" / "cur").iterdir() if p.is_file()]
    assert len(drafts) >= 4
    calendar = icalendar.Calendar.from_ical((folder / "reminders.ics").read_bytes())
    keys = [str(event.get("X-FOLLOWUP-KEY")) for event in calendar.walk("VEVENT")]
    assert any(key.startswith("checkin/") for key in keys)
    assert len(keys) == len(set(keys))


def test_status_reads_the_demo_folder(
    finished_demo: tuple[Path, list[str], int], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _, _ = finished_demo

    code = cli.main(["status", "--config", str(folder / "config.toml")])

    out = capsys.readouterr().out
    assert code == 0
    assert "Initech — Data Analyst" in out and "Acme Robotics — Backend Engineer" in out
    assert "stage: next round: reply to schedule it" in out


def test_the_demo_refuses_a_folder_that_already_holds_one(
    finished_demo: tuple[Path, list[str], int],
) -> None:
    folder, _, _ = finished_demo
    lines: list[str] = []

    assert demo.run(str(folder), out=lines.append) == 2
    assert "already holds a demo" in lines[0]


def test_doctor_passes_on_the_demo_folder(
    finished_demo: tuple[Path, list[str], int], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _, _ = finished_demo

    code = cli.main(["doctor", "--config", str(folder / "config.toml")])

    out = capsys.readouterr().out
    assert code == 0, out
    for name in ("configuration", "templates", "state store", "calendar", "maildir"):
        assert f"[ok  ] {name}" in out


def test_doctor_names_the_fix_for_a_missing_calendar_and_a_broken_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_you.txt.j2").write_text("Subject: x\n\n{% if %}\n")
    config = tmp_path / "config.toml"
    config.write_text(
        '[person]\nname = "Casey"\nemail = "casey@example.com"\n'
        f'[templates]\ndir = "{templates}"\n[state]\npath = "{tmp_path / "s.sqlite3"}"\n'
    )

    code = cli.main(["doctor", "--config", str(config)])

    out = capsys.readouterr().out
    assert code == 2  # a key to set: configuration
    assert "[FAIL] templates" in out and "thank_you.txt.j2" in out
    assert "[FAIL] calendar" in out and "set local.calendar" in out
