"""Real runs on the layouts sync tools write: mbsync's mail account, vdirsyncer's calendars.

`run` and `doctor` through the CLI, on folders laid out as the tools lay them
out by default (see test_layouts.py for where each layout is documented):
the folders are found without extra keys, and a missing one stops the run
with exit code 2 and the key to set, before anything is created.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.builders import maildir_account
from tests.world import ACME_END, ACME_START, ACME_TITLE, ACME_UID, CONFIG, JUST_AFTER, World

MBSYNC = CONFIG.replace('maildir = "Maildir"', 'maildir = "mail/acct/INBOX"')


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def mbsync_world(root: Path, folders: tuple[str, ...] = ("INBOX", "Sent", "Drafts")) -> World:
    world = World(root, config_text=MBSYNC)
    shutil.rmtree(world.maildir)  # only the mbsync account, no Maildir++ tree
    maildir_account(root / "mail" / "acct", folders)
    world.add_event(ACME_UID, ACME_TITLE, ACME_START, ACME_END)
    return world


def test_mbsync_default_layout_gets_drafts_in_its_drafts_folder(tmp_path: Path) -> None:
    world = mbsync_world(tmp_path / "w")
    account = tmp_path / "w" / "mail" / "acct"

    outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    drafts = sorted((account / "Drafts" / "cur").iterdir())
    assert len(drafts) == 2 and all(p.name.endswith(":2,DS") for p in drafts)
    assert not (account / "INBOX" / ".Drafts").exists()
    assert not (account / "INBOX" / ".Sent").exists()
    assert sorted(p.name for p in account.iterdir()) == ["Drafts", "INBOX", "Sent"]


def test_doctor_says_which_folders_it_uses(tmp_path: Path) -> None:
    world = mbsync_world(tmp_path / "w")
    account = tmp_path / "w" / "mail" / "acct"

    outcome = world.cli("doctor")

    assert outcome.code == 0, outcome.out
    assert f"[ok  ] inbox: replies are read from {account / 'INBOX'}" in outcome.out
    assert f"[ok  ] sent: sent mail is read from {account / 'Sent'}" in outcome.out
    assert f"[ok  ] drafts: drafts are written to {account / 'Drafts'}" in outcome.out
    assert "side by side" in outcome.out


COMMANDS = [("run", "--once"), ("run", "--once", "--dry-run"), ("doctor",)]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_drafts_folder_stops_with_its_key_before_anything_is_created(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    world = mbsync_world(tmp_path / "w", ("INBOX", "Sent"))
    before = tree(tmp_path / "w" / "mail")

    outcome = world.cli(*command, now=JUST_AFTER)

    assert outcome.code == 2, outcome.out + outcome.err
    assert "local.drafts_folder" in outcome.out + outcome.err
    assert tree(tmp_path / "w" / "mail") == before


def test_a_dry_run_on_a_new_install_creates_nothing_at_all(tmp_path: Path) -> None:
    world = mbsync_world(tmp_path / "w")
    before = tree(tmp_path / "w")

    outcome = world.cli("run", "--once", "--dry-run", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    assert "Jane" in outcome.out or "jane" in outcome.out
    assert tree(tmp_path / "w") == before  # no store, no lock, no folder, no draft


# --------------------------------------------------------------------------- calendars


def vdirsyncer_world(root: Path, calendar: str = '"cal"') -> World:
    """A vdirsyncer account root: one folder per calendar, one .ics per event."""
    config = CONFIG.replace('calendar = "calendar.ics"', f"calendar = {calendar}").replace(
        'reminders = "reminders.ics"', 'reminders = "cal/followups"'
    )
    world = World(root, config_text=config)
    world.add_event(ACME_UID, ACME_TITLE, ACME_START, ACME_END)
    for name in ("work", "personal"):
        (root / "cal" / name).mkdir(parents=True)
        (root / "cal" / name / "displayname").write_text(name.title())
    shutil.copy(world.calendar_path, root / "cal" / "work" / "acme-1.ics")
    return world


def test_a_vdirsyncer_account_root_reads_every_calendar(tmp_path: Path) -> None:
    world = vdirsyncer_world(tmp_path / "w")

    doctor = world.cli("doctor")
    run = world.cli("run", "--once", now=JUST_AFTER)

    assert doctor.code == 0, doctor.out
    assert "reads 2:" in doctor.out
    assert "cal/personal (folder in an account)" in doctor.out
    assert "cal/work (folder in an account)" in doctor.out
    assert run.code == 0, run.err
    assert len(world.drafts()) == 2
    # The reminders folder sits in the account root, and is not read back as a calendar.
    assert world.reminders()
    assert "followups" not in world.cli("doctor").out.split("[ok  ] calendar")[1].split("\n")[0]
    assert world.cli("run", "--once", now=JUST_AFTER).out.strip() == "Nothing to do."


def test_several_calendars_in_a_list(tmp_path: Path) -> None:
    world = vdirsyncer_world(tmp_path / "w", '["cal/personal", "cal/work"]')

    outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    assert len(world.drafts()) == 2
    assert "reads 2:" in world.cli("doctor").out


def test_a_removed_event_on_one_of_several_calendars_is_noticed(tmp_path: Path) -> None:
    world = vdirsyncer_world(tmp_path / "w", '["cal/personal", "cal/work"]')
    world.cli("run", "--once", now=JUST_AFTER)
    assert world.reminders()

    (tmp_path / "w" / "cal" / "work" / "acme-1.ics").unlink()  # cancelled in the calendar app
    outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    assert world.reminders() == []


@pytest.mark.parametrize("calendar", ['"empty"', '"nowhere"', '["cal/work", "empty"]'])
def test_an_empty_or_missing_calendar_path_names_the_key(tmp_path: Path, calendar: str) -> None:
    world = vdirsyncer_world(tmp_path / "w", calendar)
    (tmp_path / "w" / "empty").mkdir()

    for command in (("run", "--once"), ("doctor",)):
        outcome = world.cli(*command, now=JUST_AFTER)
        assert outcome.code == 2, outcome.out + outcome.err
        assert "local.calendar" in outcome.out + outcome.err


SYNCED = {
    "mbsync default": ("INBOX", "Sent", "Drafts"),
    "mbsync gmail": ("INBOX", "[Gmail]/Sent Mail", "[Gmail]/Drafts"),
    "offlineimap gmail": ("INBOX", "[Gmail].Sent Mail", "[Gmail].Drafts"),
}


@pytest.mark.parametrize("name", sorted(SYNCED))
def test_a_thank_you_sent_from_the_synced_sent_folder_is_noticed(tmp_path: Path, name: str) -> None:
    _, sent, drafts = SYNCED[name]
    world = mbsync_world(tmp_path / "w", SYNCED[name])
    account = tmp_path / "w" / "mail" / "acct"
    assert world.cli("run", "--once", now=JUST_AFTER).code == 0
    (draft, _) = sorted((account / drafts / "cur").iterdir())
    nudges = [k for k in world.reminder_keys() if k.startswith("nudge/")]
    assert len(nudges) == 2

    # The person sends it; the client moves it to Sent and the sync tool mirrors that.
    draft.rename(account / sent / "cur" / (draft.name.split(":")[0] + ":2,S"))
    outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 0, outcome.err
    assert len([k for k in world.reminder_keys() if k.startswith("nudge/")]) == 1


def test_the_reminders_folder_alone_is_not_a_calendar(tmp_path: Path) -> None:
    world = vdirsyncer_world(tmp_path / "w", '"cal/followups"')
    (tmp_path / "w" / "cal" / "followups").mkdir()
    (tmp_path / "w" / "cal" / "followups" / "displayname").write_text("Follow-ups")

    outcome = world.cli("run", "--once", now=JUST_AFTER)

    assert outcome.code == 2
    assert "local.calendar" in outcome.err and "local.reminders" in outcome.err
