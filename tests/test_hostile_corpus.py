"""Every file of tests/fixtures/hostile/ through whole cycles: it may cost itself, never the cycle.

Beside each hostile file sits the usual Acme interview; whatever the file
does, Acme's thank-you drafts and reminders are written, `status` answers,
and a later cycle (check-in time) completes too, with no traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.world import ACME_END, ACME_START, ACME_TITLE, ACME_UID, CONFIG, JUST_AFTER, World, at

CORPUS = Path(__file__).parent / "fixtures" / "hostile"
MAILS = sorted((CORPUS / "mail").glob("*.eml"))
CALENDARS = sorted((CORPUS / "ics").glob("*.ics"))
LATER = at(2026, 11, 18, 10, 0)  # the first check-in is due


def acme_in(root: Path, *, calendar_dir: bool = False) -> World:
    text = CONFIG.replace('calendar = "calendar.ics"', 'calendar = "calendars"')
    world = World(root, config_text=text if calendar_dir else CONFIG)
    if calendar_dir:
        world.calendar_path = root / "calendars" / "calendar.ics"
        world.calendar_path.parent.mkdir()
    world.add_event(ACME_UID, ACME_TITLE, ACME_START, ACME_END)
    return world


def assert_cycles_complete(world: World, *, check_in: bool = True) -> None:
    for now in (JUST_AFTER, LATER):
        outcome = world.cli("run", "--once", now=now)
        assert outcome.code == 0, outcome.err
        assert "Traceback" not in outcome.err and "unexpected error" not in outcome.err
        status = world.cli("status", "--json", now=now)
        assert status.code == 0, status.err
    acme = {d.key for d in world.drafts() if ACME_UID in d.key}
    assert acme >= {
        f"thanks/{ACME_UID}/jane.doe@acme.example",
        f"thanks/{ACME_UID}/raj.patel@acme.example",
    }
    # A message from Acme may be a reply, which rightly pauses the check-ins.
    assert not check_in or any(k.startswith("checkin/acme/") for k in world.reminder_keys())


@pytest.mark.parametrize("mail", MAILS, ids=[p.name for p in MAILS])
def test_a_hostile_message_costs_the_cycle_nothing(tmp_path: Path, mail: Path) -> None:
    world = acme_in(tmp_path)
    world.deliver_raw(mail.stem, mail.read_bytes())

    assert_cycles_complete(world, check_in=False)


@pytest.mark.parametrize("ics", CALENDARS, ids=[p.name for p in CALENDARS])
def test_a_hostile_calendar_file_costs_the_cycle_nothing(tmp_path: Path, ics: Path) -> None:
    world = acme_in(tmp_path, calendar_dir=True)
    shutil.copy(ics, world.calendar_path.parent / ics.name)

    assert_cycles_complete(world)
