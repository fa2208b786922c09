"""LocalReminders writing one real .ics file, next to the person's own events."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from freezegun import freeze_time

from agent.backends.local import ics
from agent.backends.local.reminders import LocalReminders
from agent.core.model import Reminder, ReminderRef
from agent.errors import BackendError

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
NEW_YORK = ZoneInfo("America/New_York")
KEY = "check-in:1:acme"


def make_reminder(key: str = KEY, **changes: object) -> Reminder:
    fields: dict[str, object] = {
        "key": key,
        "title": "Check in with Jane Doe (Acme, Backend Engineer)",
        "description": "Draft: file:///home/pat/Mail/.Drafts/cur/1.x:2,D\nDecision expected Mar 20",
        "start": datetime(2026, 3, 23, 9, 0, tzinfo=NEW_YORK),
        "minutes": 15,
    }
    fields.update(changes)
    return Reminder(**fields)  # type: ignore[arg-type]


def read(path: Path) -> icalendar.Calendar:
    """The file as any calendar reader would see it: it must parse after every change."""
    return icalendar.Calendar.from_ical(path.read_bytes())


def events(path: Path) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in read(path).walk("VEVENT")}


@pytest.fixture
def shared_file(tmp_path: Path) -> Path:
    path = tmp_path / "calendar" / "personal.ics"
    path.parent.mkdir()
    shutil.copy(FIXTURES / "personal.ics", path)
    return path


def test_insert_into_a_missing_file_creates_a_valid_calendar(tmp_path: Path) -> None:
    path = tmp_path / "reminders.ics"
    ref = LocalReminders(path).insert(make_reminder(), "v1")

    assert ref == ReminderRef(key=KEY, event_id=ics.reminder_uid(KEY), version="v1")
    calendar = read(path)
    assert str(calendar["VERSION"]) == "2.0" and calendar.get("PRODID")
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == ref.event_id
    assert str(event["SUMMARY"]) == "Check in with Jane Doe (Acme, Backend Engineer)"
    assert str(event["DESCRIPTION"]).endswith("Decision expected Mar 20")
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["X-FOLLOWUP-KEY"]) == KEY
    assert str(event["X-FOLLOWUP-VERSION"]) == "v1"
    assert event["DTSTART"].dt == datetime(2026, 3, 23, 13, 0, tzinfo=UTC)
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=15)
    assert event.get("DTSTAMP") is not None
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(0)


def test_find_lists_only_events_with_the_key(shared_file: Path) -> None:
    reminders = LocalReminders(shared_file)
    reminders.insert(make_reminder(), "v1")
    moved = reminders.insert(make_reminder(start=datetime(2026, 4, 2, 9, 0, tzinfo=NEW_YORK)), "v2")
    reminders.insert(make_reminder("check-in:2:globex"), "v1")

    assert reminders.find(KEY) == [moved]  # one UID for the reminder's whole life
    assert reminders.find("nothing-like-it") == []
    assert reminders.find("") == []  # foreign events have no key and are never "found"


def test_insert_again_replaces_instead_of_duplicating(tmp_path: Path) -> None:
    path = tmp_path / "reminders.ics"
    reminders = LocalReminders(path)
    reminders.insert(make_reminder(), "v1")
    reminders.insert(make_reminder(title="Check in with Jane Doe (Acme)"), "v1")
    (event,) = read(path).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Check in with Jane Doe (Acme)"


def test_an_event_another_app_adds_between_two_reminders_is_kept(shared_file: Path) -> None:
    """The adapter reuses its last parse only while the file holds exactly what it saw."""
    reminders = LocalReminders(shared_file)
    reminders.insert(make_reminder(), "v1")
    calendar = read(shared_file)
    added = icalendar.Event()
    added.add("UID", "added-by-the-calendar-app@example.com")
    added.add("SUMMARY", "Gym")
    added.add("DTSTART", datetime(2026, 3, 24, 7, 0, tzinfo=UTC))
    calendar.add_component(added)
    shared_file.write_bytes(calendar.to_ical())

    reminders.insert(make_reminder("check-in:2:globex"), "v1")
    reminders.delete(ReminderRef(key=KEY, event_id=ics.reminder_uid(KEY), version="v1"))

    assert "added-by-the-calendar-app@example.com" in events(shared_file)
    assert reminders.find("check-in:2:globex") and not reminders.find(KEY)


def test_delete_removes_only_our_event(shared_file: Path) -> None:
    reminders = LocalReminders(shared_file)
    ref = reminders.insert(make_reminder(), "v1")
    other = reminders.insert(make_reminder("check-in:2:globex"), "v1")

    reminders.delete(ref)
    assert reminders.find(KEY) == []
    assert reminders.find("check-in:2:globex") == [other]
    assert set(events(shared_file)) == {
        "dentist-2026@example.com",
        "not-ours-but-same-uid-style@example.com",
        other.event_id,
    }
    reminders.delete(ref)  # already gone: nothing happens


def test_delete_never_touches_an_event_without_our_key(shared_file: Path) -> None:
    before = shared_file.read_bytes()
    reminders = LocalReminders(shared_file)
    reminders.delete(ReminderRef(key=KEY, event_id="dentist-2026@example.com", version="v1"))
    reminders.delete(
        ReminderRef(key="", event_id="not-ours-but-same-uid-style@example.com", version="")
    )
    assert shared_file.read_bytes() == before  # not even rewritten


def test_foreign_events_survive_every_operation(shared_file: Path) -> None:
    foreign_before = {uid: event.to_ical() for uid, event in events(shared_file).items()}
    zone_before = [tz.to_ical() for tz in read(shared_file).walk("VTIMEZONE")]
    reminders = LocalReminders(shared_file)
    ref = reminders.insert(make_reminder(), "v1")
    reminders.delete(ref)

    after = events(shared_file)
    assert {uid: after[uid].to_ical() for uid in foreign_before} == foreign_before
    assert [tz.to_ical() for tz in read(shared_file).walk("VTIMEZONE")] == zone_before
    dentist = after["dentist-2026@example.com"]
    assert str(dentist["X-CUSTOM-CLIENT-PROP"]) == "kept as written"
    assert dentist["DTSTART"].dt == datetime(2026, 3, 20, 8, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert str(read(shared_file)["X-WR-CALNAME"]) == "Personal"


def test_writes_are_atomic_and_leave_no_temp_files(shared_file: Path) -> None:
    reminders = LocalReminders(shared_file)
    refs = [reminders.insert(make_reminder(f"check-in:{n}"), "v1") for n in range(3)]
    for ref in refs:
        reminders.delete(ref)
        read(shared_file)  # valid after each step
    assert sorted(p.name for p in shared_file.parent.iterdir()) == ["personal.ics"]


def test_file_mode_is_kept(shared_file: Path) -> None:
    shared_file.chmod(0o600)
    LocalReminders(shared_file).insert(make_reminder(), "v1")
    assert shared_file.stat().st_mode & 0o777 == 0o600


def test_unreadable_file_is_an_error_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "reminders.ics"
    path.write_text("my notes, not a calendar\n")
    with pytest.raises(BackendError, match="left as it is"):
        LocalReminders(path).insert(make_reminder(), "v1")
    assert path.read_text() == "my notes, not a calendar\n"


def test_naive_start_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match="time zone"):
        LocalReminders(tmp_path / "r.ics").insert(
            make_reminder(start=datetime(2026, 3, 23, 9)), "v1"
        )


def test_hostile_text_stays_inside_its_property(tmp_path: Path) -> None:
    path = tmp_path / "reminders.ics"
    hostile = "Check in\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected"
    LocalReminders(path).insert(make_reminder(title=hostile, description=hostile), "v1")
    (event,) = read(path).walk("VEVENT")
    assert "injected" in str(event["SUMMARY"])
    assert "injected" not in events(path)


@freeze_time("2026-03-10 12:00:00")
def test_new_reminders_appended_to_our_own_file_are_what_writing_it_whole_gives(
    shared_file: Path, tmp_path: Path
) -> None:
    # Appending a new event to a file the agent wrote last skips serialising the rest; the
    # bytes are the same as a whole write's, checked against a store that always writes whole.
    whole_path = tmp_path / "whole.ics"
    shutil.copy(shared_file, whole_path)
    appending, whole = LocalReminders(shared_file), LocalReminders(whole_path)
    for number in range(4):
        reminder = make_reminder(f"nudge:{number}:acme", title=f"Nudge {number} \u2013 " + "x" * 90)
        appending.insert(reminder, "v1")
        whole._written = None  # never the appending path
        whole.insert(reminder, "v1")
        assert shared_file.read_bytes() == whole_path.read_bytes()
    appending.insert(make_reminder("nudge:1:acme"), "v2")  # replaced: written whole
    whole.insert(make_reminder("nudge:1:acme"), "v2")
    assert shared_file.read_bytes() == whole_path.read_bytes()
    assert len(events(shared_file)) == len(events(FIXTURES / "personal.ics")) + 4
