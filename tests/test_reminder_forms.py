"""Both reminder forms, the vdir folder and the single .ics file, against one contract.

A reminder keeps its UID when it moves (SEQUENCE and LAST-MODIFIED go up), a
removed one is gone from the files, writes go through symlinks to the synced
copy, and temp files a killed run left are cleaned while others' are kept.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from agent.backends.local import files, ics, layout
from agent.backends.local.reminders import LocalReminders
from agent.backends.local.vdir import VdirReminders, item_name, open_reminders
from agent.core.model import Reminder, ReminderRef

NEW_YORK = ZoneInfo("America/New_York")
KEY = "checkin/acme/acme-1@test/1"
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=NEW_YORK)
TUESDAY = datetime(2026, 11, 24, 9, 0, tzinfo=NEW_YORK)


def make_reminder(start: datetime = MONDAY, key: str = KEY) -> Reminder:
    return Reminder(key, "Check in with Jane Doe (Acme)", "Draft: mid:x@example.com", start)


def events_in(path: Path) -> list[icalendar.Event]:
    """Every VEVENT as a calendar app reads the file or folder."""
    paths = sorted(path.glob("*.ics")) if path.is_dir() else [path] if path.exists() else []
    found = []
    for item in paths:
        found += icalendar.Calendar.from_ical(item.read_bytes()).walk("VEVENT")
    return found


Form = Callable[[Path], "LocalReminders | VdirReminders"]
FORMS = {
    "folder": ("reminders", VdirReminders),
    "file": ("reminders.ics", LocalReminders),
}


@pytest.fixture(params=sorted(FORMS))
def form(request: pytest.FixtureRequest) -> tuple[str, type]:
    return FORMS[request.param]


def move(reminders: LocalReminders | VdirReminders, old: ReminderRef, start: datetime) -> None:
    """What a cycle does to move a reminder: the new time in, then the old version out."""
    reminders.insert(make_reminder(start), f"v-{start:%d}")
    reminders.delete(old)


def test_a_moved_reminder_keeps_its_uid_and_bumps_its_sequence(
    tmp_path: Path, form: tuple[str, type]
) -> None:
    name, kind = form
    path = tmp_path / name
    reminders = kind(path)
    first = reminders.insert(make_reminder(MONDAY), "v-23")
    (before,) = events_in(path)
    time.sleep(1.1)  # LAST-MODIFIED has whole seconds

    move(reminders, first, TUESDAY)

    (after,) = events_in(path)
    assert str(after["UID"]) == str(before["UID"]) == first.event_id
    assert int(before["SEQUENCE"]) == 0 and int(after["SEQUENCE"]) == 1
    assert after["LAST-MODIFIED"].dt > before["LAST-MODIFIED"].dt
    assert after["DTSTART"].dt == TUESDAY.astimezone(UTC)
    assert [r.version for r in reminders.find(KEY)] == ["v-24"]


def test_the_same_version_again_is_not_a_change(tmp_path: Path, form: tuple[str, type]) -> None:
    name, kind = form
    reminders = kind(tmp_path / name)
    reminders.insert(make_reminder(), "v1")
    reminders.insert(make_reminder(), "v1")  # a retry after a crash
    (event,) = events_in(tmp_path / name)
    assert int(event["SEQUENCE"]) == 0


def test_a_removed_reminder_disappears(tmp_path: Path, form: tuple[str, type]) -> None:
    name, kind = form
    reminders = kind(tmp_path / name)
    ref = reminders.insert(make_reminder(), "v1")
    other = reminders.insert(make_reminder(key="moveon/acme/acme-1@test"), "v1")

    reminders.delete(ref)

    assert [str(e["X-FOLLOWUP-KEY"]) for e in events_in(tmp_path / name)] == [other.key]
    assert reminders.find(KEY) == []


def test_the_folder_holds_one_file_per_reminder_named_from_its_uid(tmp_path: Path) -> None:
    folder = tmp_path / "reminders"
    ref = VdirReminders(folder).insert(make_reminder(), "v1")

    assert (folder / item_name(ref.event_id)).is_file()
    assert item_name(ref.event_id) == f"{ref.event_id}.ics"
    assert (folder / "displayname").read_text() == "Interview follow-ups"
    assert item_name("a/b c") != "a/b c.ics" and item_name("a/b c").endswith(".ics")


def test_the_single_file_has_a_calendar_name(tmp_path: Path) -> None:
    path = tmp_path / "reminders.ics"
    LocalReminders(path).insert(make_reminder(), "v1")
    assert str(icalendar.Calendar.from_ical(path.read_bytes())["X-WR-CALNAME"])


def test_the_folder_ignores_and_keeps_the_persons_own_items(tmp_path: Path) -> None:
    folder = tmp_path / "reminders"
    folder.mkdir()
    own = folder / "dentist.ics"
    own.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:dentist\r\n"
        b"DTSTART:20261123T090000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    reminders = VdirReminders(folder)
    reminders.delete(ReminderRef(KEY, "dentist", ""))
    reminders.insert(make_reminder(), "v1")
    assert own.exists()
    assert len(events_in(folder)) == 2


# --------------------------------------------------------------------------- symlinks


def test_a_symlinked_file_stays_a_link_and_its_target_gets_the_reminder(tmp_path: Path) -> None:
    synced = tmp_path / "sync" / "reminders.ics"
    synced.parent.mkdir()
    link = tmp_path / "reminders.ics"
    link.symlink_to(synced)

    reminders = LocalReminders(link)
    ref = reminders.insert(make_reminder(), "v1")
    move(reminders, ref, TUESDAY)

    assert link.is_symlink() and link.resolve() == synced.resolve()
    (event,) = events_in(synced)
    assert event["DTSTART"].dt == TUESDAY.astimezone(UTC)
    assert [p.name for p in tmp_path.iterdir() if p.name != "sync"] == ["reminders.ics"]


def test_a_symlinked_item_in_the_folder_stays_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "reminders"
    reminders = VdirReminders(folder)
    ref = reminders.insert(make_reminder(), "v1")
    item = folder / item_name(ref.event_id)
    elsewhere = tmp_path / "elsewhere.ics"
    item.rename(elsewhere)
    item.symlink_to(elsewhere)

    move(reminders, ref, TUESDAY)

    assert item.is_symlink()
    (event,) = events_in(elsewhere)
    assert event["DTSTART"].dt == TUESDAY.astimezone(UTC)


def test_a_symlinked_folder_is_written_through(tmp_path: Path) -> None:
    synced = tmp_path / "sync" / "reminders"
    synced.mkdir(parents=True)
    link = tmp_path / "reminders"
    link.symlink_to(synced, target_is_directory=True)

    VdirReminders(link).insert(make_reminder(), "v1")

    assert link.is_symlink()
    assert len(events_in(synced)) == 1


# --------------------------------------------------------------------------- temp files


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@pytest.mark.parametrize("name", ["reminders", "reminders.ics"])
def test_stale_temp_files_of_ours_are_cleaned_and_others_kept(tmp_path: Path, name: str) -> None:
    """A run killed between writing a temp file and renaming it (kill -9) leaves it behind."""
    path = tmp_path / name
    reminders = open_reminders(path)
    reminders.insert(make_reminder(), "v1")
    where = path if path.is_dir() else path.parent
    target = "x.ics" if path.is_dir() else path.name
    killed = where / f".{target}.{dead_pid()}.0a1b2c3d.tmp"
    old = where / f".{target}.{os.getpid()}.0a1b2c3e.tmp"
    in_progress = where / f".{target}.{os.getpid()}.0a1b2c3f.tmp"
    others = [where / ".#reminders.ics", where / "notes.tmp", where / f".{target}.tmp"]
    for temp in (killed, old, in_progress, *others):
        temp.write_bytes(b"BEGIN:VCALENDAR\r\n")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(old, (two_hours_ago, two_hours_ago))

    removed = reminders.clean_stale_temp()

    assert sorted(removed) == sorted([killed, old])
    assert not killed.exists() and not old.exists()
    assert in_progress.exists() and all(p.exists() for p in others)


def test_a_failed_write_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "x.ics"
    target.mkdir()  # a directory where the file should go: the rename fails
    with pytest.raises(OSError):
        files.write_atomic(target, b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["x.ics"]


# --------------------------------------------------------------------------- which form


def test_the_path_chooses_the_form(tmp_path: Path) -> None:
    assert isinstance(open_reminders(tmp_path / "reminders"), VdirReminders)
    assert isinstance(open_reminders(tmp_path / "Reminders.ICS"), LocalReminders)
    existing = tmp_path / "calendar-file"
    existing.write_bytes(b"")
    assert isinstance(open_reminders(existing), LocalReminders)


def test_an_install_on_the_old_default_file_keeps_it(tmp_path: Path) -> None:
    legacy = tmp_path / "reminders.ics"
    folder = tmp_path / "reminders"
    chosen = layout.reminders_path(folder, legacy_default=legacy)
    assert isinstance(open_reminders(chosen), VdirReminders)
    LocalReminders(legacy).insert(make_reminder(), "v1")
    kept = open_reminders(layout.reminders_path(folder, legacy_default=legacy))
    assert isinstance(kept, LocalReminders) and kept.path == legacy
    assert ics.reminder_uid(KEY) == kept.find(KEY)[0].event_id


def test_an_hour_old_temp_file_of_an_earlier_version_is_cleaned(tmp_path: Path) -> None:
    """Earlier versions named temp files with mkstemp: ".reminders.ics.<random>.tmp"."""
    path = tmp_path / "reminders.ics"
    reminders = LocalReminders(path)
    old = tmp_path / ".reminders.ics.k3j_x9a2.tmp"
    fresh = tmp_path / ".reminders.ics.q8w7e6r5.tmp"
    other = tmp_path / ".notes.ics.k3j_x9a2.tmp"
    for temp in (old, fresh, other):
        temp.write_bytes(b"half")
    two_hours_ago = time.time() - 2 * 3600
    for temp in (old, other):
        os.utime(temp, (two_hours_ago, two_hours_ago))

    assert reminders.clean_stale_temp() == [old]
    assert fresh.exists() and other.exists()
