"""A real calendar client reads the reminders folder: khal, from PyPI (the `test` extra).

khal keeps a vdir folder as a calendar (its config names the folder), the
same storage vdirsyncer syncs to CalDAV. The reminders must show there as
events, and a moved check-in must show at its new time only: the old file
rewritten in place under the same UID, not a second event.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.world import (
    ACME_END,
    ACME_START,
    ACME_TITLE,
    ACME_UID,
    CONFIG,
    JUST_AFTER,
    World,
    at,
)

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("khal") is None,
    reason="khal is not installed (pip install -e '.[test]' brings it)",
)

KHAL_CONFIG = """\
[calendars]
[[followups]]
path = {folder}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = America/New_York
default_timezone = America/New_York
[sqlite]
path = {database}
"""


def khal_list(world: World) -> list[str]:
    """`khal list` over November and December, one "start title" line per event."""
    config = world.root / "khal.conf"
    config.write_text(
        KHAL_CONFIG.format(folder=world.reminders_path, database=world.root / "khal.db"),
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "khal",
            "-c",
            str(config),
            "list",
            "--format",
            "{start} {title}",
            "2026-11-01",
            "60d",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=60,
        env={"HOME": str(world.root), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    if done.returncode != 0 and "Traceback" in done.stderr:
        pytest.skip(f"khal cannot run here: {done.stderr.strip().splitlines()[-1]}")
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line[:4].isdigit()]


@pytest.fixture
def world(tmp_path: Path) -> World:
    config = CONFIG.replace('reminders = "reminders.ics"', 'reminders = "reminders"')
    world = World(tmp_path / "world", config_text=config)
    world.add_event(ACME_UID, ACME_TITLE, ACME_START, ACME_END)
    return world


def test_khal_lists_the_reminders_folder(world: World) -> None:
    world.run(JUST_AFTER)
    assert world.reminders_path.is_dir()

    lines = khal_list(world)

    assert "2026-11-17 09:00 Check in with Jane Doe (Acme, Backend Engineer)" in lines
    assert sum("Send your thank-you to" in line for line in lines) == 2
    assert len(lines) == len(world.reminders()) == 3


def test_khal_shows_a_moved_check_in_at_its_new_time_only(world: World) -> None:
    world.run(JUST_AFTER)
    assert "2026-11-17 09:00 Check in with Jane Doe (Acme, Backend Engineer)" in khal_list(world)

    # The person notes the decision date: the first check-in moves to the morning after.
    world.add_event(ACME_UID, ACME_TITLE, ACME_START, ACME_END, description="decision: November 20")
    world.run(at(2026, 11, 10, 16, 0))

    check_ins = [line for line in khal_list(world) if "Check in with" in line]
    assert check_ins == ["2026-11-23 09:00 Check in with Jane Doe (Acme, Backend Engineer)"]
    (event,) = [r for r in world.reminders() if r.key.startswith("checkin/")]
    assert int(event.component["SEQUENCE"]) == 1
