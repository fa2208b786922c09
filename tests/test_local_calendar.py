"""LocalCalendar over real .ics fixture files copied into a temp directory."""

from __future__ import annotations

import logging
import os
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.backends.local.calendar import LocalCalendar
from agent.core.model import CalendarEvent
from agent.errors import BackendError

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
ME = "pat@home.example"


def fixture(tmp_path: Path, *names: str) -> Path:
    """Copies of the named fixtures in a fresh directory of their own."""
    folder = tmp_path / "calendars"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def events_by_uid(calendar: LocalCalendar, now: datetime = NOW) -> dict[str, CalendarEvent]:
    return {event.uid: event for event in calendar.changes(None, now).events}


# --------------------------------------------------------------------------- mapping


def test_single_file_with_zoned_events(tmp_path: Path) -> None:
    path = fixture(tmp_path, "interviews.ics") / "interviews.ics"
    changes = LocalCalendar(path, me=ME).changes(None, NOW)

    assert changes.complete
    assert changes.window == (NOW - timedelta(days=60), NOW + timedelta(days=90))
    events = {event.uid: event for event in changes.events}
    assert "far-future@example.com" not in events  # outside the window

    acme = events["acme-onsite-1@example.com"]
    assert acme.start == datetime(2026, 3, 10, 14, 0, tzinfo=NEW_YORK)
    assert acme.start.utcoffset() == timedelta(hours=-4)  # EDT after March 8
    assert acme.end == datetime(2026, 3, 10, 15, 0, tzinfo=NEW_YORK)
    assert acme.calendar_id == "Interviews"
    assert acme.description == "Topics: distributed caching\nForgot: mention the on-call work"
    assert acme.location == "Acme HQ, 5th floor"
    assert acme.link == "https://calendar.example.com/event/acme-onsite-1"
    assert acme.color == "tomato"
    assert acme.organizer_email == "jane.doe@acme.example"
    assert not acme.recurring

    globex = events["globex-screen@example.com"]
    assert globex.start == datetime(2026, 3, 11, 10, 30, tzinfo=KOLKATA)
    assert globex.start.astimezone(UTC) == datetime(2026, 3, 11, 5, 0, tzinfo=UTC)
    assert globex.end - globex.start == timedelta(minutes=45)  # from DURATION
    assert globex.color == "Job search"  # first category when there is no COLOR


def test_attendees_map_partstat_cutype_self_and_organizer(tmp_path: Path) -> None:
    path = fixture(tmp_path, "interviews.ics") / "interviews.ics"
    events = events_by_uid(LocalCalendar(path, me="PAT@home.example"))
    attendees = {a.email: a for a in events["acme-onsite-1@example.com"].attendees}

    jane = attendees["jane.doe@acme.example"]
    assert (jane.name, jane.response, jane.is_organizer) == ("Jane Doe", "accepted", True)
    me = attendees["pat@home.example"]
    assert me.is_self and me.response == "needsAction" and not me.is_organizer
    room = attendees["room4@resource.acme.example"]
    assert room.is_resource and not room.is_self
    assert attendees["sam.lee@acme.example"].response == "declined"
    assert not attendees["sam.lee@acme.example"].is_resource

    globex = {a.email: a for a in events["globex-screen@example.com"].attendees}
    assert globex["priya@globex.example"].response == "tentative"
    assert globex["projector@globex.example"].is_resource


def test_cancelled_event_is_reported_as_cancelled(tmp_path: Path) -> None:
    path = fixture(tmp_path, "interviews.ics") / "interviews.ics"
    event = events_by_uid(LocalCalendar(path, me=ME))["initech-cancelled@example.com"]
    assert event.status == "cancelled"
    assert event.start == datetime(2026, 3, 12, 16, 0, tzinfo=UTC)


def test_floating_time_stays_naive_and_all_day_is_a_date(tmp_path: Path) -> None:
    path = fixture(tmp_path, "floating_allday.ics") / "floating_allday.ics"
    events = events_by_uid(LocalCalendar(path, me=ME))

    chat = events["floating-chat@example.com"]
    assert chat.start == datetime(2026, 3, 13, 9, 0)
    assert chat.floating and chat.end == chat.start  # no DTEND, no DURATION

    fair = events["career-fair@example.com"]
    assert fair.all_day
    assert (fair.start, fair.end) == (date(2026, 3, 14), date(2026, 3, 15))

    onsite = events["offsite@example.com"]
    assert (onsite.start, onsite.end) == (date(2026, 3, 16), date(2026, 3, 18))


def test_recurring_series_is_expanded_with_exdate_and_moved_occurrence(tmp_path: Path) -> None:
    path = fixture(tmp_path, "recurring.ics") / "recurring.ics"
    calendar = LocalCalendar(path, me=ME)
    events = sorted(calendar.changes(None, NOW).events, key=lambda e: e.start)

    assert [e.start for e in events] == [
        datetime(2026, 3, 2, 10, 0, tzinfo=NEW_YORK),
        # March 9 is an EXDATE
        datetime(2026, 3, 17, 15, 0, tzinfo=NEW_YORK),  # March 16 moved to the 17th
        datetime(2026, 3, 23, 10, 0, tzinfo=NEW_YORK),
        datetime(2026, 3, 30, 10, 0, tzinfo=NEW_YORK),
    ]
    assert all(e.recurring for e in events)
    uids = [e.uid for e in events]
    assert len(set(uids)) == 4
    # Named by the original start in UTC: EST before the DST change, EDT after.
    assert uids[0] == "weekly-sync@example.com/20260302T150000Z"
    assert uids[1] == "weekly-sync@example.com/20260316T140000Z"
    assert events[1].title == "Weekly interview panel sync (moved)"

    later = sorted(calendar.changes(None, NOW + timedelta(hours=1)).events, key=lambda e: e.start)
    assert [e.uid for e in later] == uids  # stable across reads


def test_directory_reads_every_ics_file(tmp_path: Path) -> None:
    folder = fixture(tmp_path, "interviews.ics", "floating_allday.ics", "recurring.ics")
    (folder / "notes.txt").write_text("not a calendar")
    events = events_by_uid(LocalCalendar(folder, me=ME))

    assert "acme-onsite-1@example.com" in events
    assert "floating-chat@example.com" in events
    assert events["floating-chat@example.com"].calendar_id == "calendars"  # directory name
    assert events["acme-onsite-1@example.com"].calendar_id == "Interviews"  # X-WR-CALNAME
    assert sum(1 for uid in events if uid.startswith("weekly-sync@example.com/")) == 4


def test_window_edges_are_respected_on_both_sides(tmp_path: Path) -> None:
    path = fixture(tmp_path, "interviews.ics") / "interviews.ics"
    calendar = LocalCalendar(path, me=ME, window_days_back=5, window_days_ahead=1)
    # The Acme interview ended 2026-03-10 19:00 UTC; NOW - 5 days is 03-10 12:00 UTC.
    assert "acme-onsite-1@example.com" in events_by_uid(calendar)
    # One day later it has left the window.
    assert "acme-onsite-1@example.com" not in events_by_uid(calendar, NOW + timedelta(days=1))


# --------------------------------------------------------------------------- cursor


def test_unchanged_files_give_no_events_and_an_incomplete_answer(tmp_path: Path) -> None:
    folder = fixture(tmp_path, "interviews.ics", "recurring.ics")
    calendar = LocalCalendar(folder, me=ME)
    first = calendar.changes(None, NOW)
    assert first.complete and first.events

    again = calendar.changes(first.cursor, NOW + timedelta(minutes=15))
    assert not again.complete and again.events == () and again.cursor == first.cursor


def test_only_a_changed_file_is_read_and_its_events_reported(tmp_path: Path) -> None:
    folder = fixture(tmp_path, "interviews.ics")
    calendar = LocalCalendar(folder, me=ME)
    first = calendar.changes(None, NOW)
    assert calendar.parsed_files == 1

    shutil.copy(FIXTURES / "recurring.ics", folder / "recurring.ics")
    second = calendar.changes(first.cursor, NOW)
    assert calendar.parsed_files == 2  # the new file only
    assert not second.complete and second.cursor != first.cursor
    assert {e.uid.split("/")[0] for e in second.events} == {"weekly-sync@example.com"}

    # Touched but not changed: hashed, not parsed, nothing reported.
    stat = (folder / "interviews.ics").stat()
    os.utime(folder / "interviews.ics", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    third = calendar.changes(second.cursor, NOW)
    assert calendar.parsed_files == 2 and third.events == ()


def test_an_unchanged_big_file_is_not_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "big.ics"
    path.write_text(many_events(2000))
    old = (NOW - timedelta(days=1)).timestamp()
    os.utime(path, (old, old))  # not written in this very second
    calendar = LocalCalendar(path, me=ME)
    first = calendar.changes(None, NOW)
    assert len(first.events) == 2000 and calendar.parsed_files == 1
    again = calendar.changes(first.cursor, NOW + timedelta(minutes=10))
    assert again.events == () and calendar.parsed_files == 1
    assert again.cursor == first.cursor


def test_an_event_gone_from_a_changed_file_is_reported_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_text(many_events(3))
    calendar = LocalCalendar(path, me=ME)
    first = calendar.changes(None, NOW)
    path.write_text(many_events(2))
    second = calendar.changes(first.cursor, NOW)
    cancelled = [e.uid for e in second.events if e.status == "cancelled"]
    assert cancelled == ["event-2@bench"]
    assert {e.uid for e in second.events if e.status != "cancelled"} == {
        "event-0@bench",
        "event-1@bench",
    }


def test_a_removed_file_cancels_its_events(tmp_path: Path) -> None:
    folder = fixture(tmp_path, "interviews.ics", "floating_allday.ics")
    calendar = LocalCalendar(folder, me=ME)
    first = calendar.changes(None, NOW)
    (folder / "floating_allday.ics").unlink()
    second = calendar.changes(first.cursor, NOW)
    assert second.events and all(e.status == "cancelled" for e in second.events)
    assert "floating-chat@example.com" in {e.uid for e in second.events}


def test_a_change_in_the_same_tick_as_the_last_read_is_still_seen(tmp_path: Path) -> None:
    """A file rewritten with the same size and mtime as when it was read is read again."""
    path = tmp_path / "cal.ics"
    path.write_text(many_events(3))
    stamp = path.stat()
    calendar = LocalCalendar(path, me=ME)
    first = calendar.changes(None, NOW)
    path.write_text(many_events(3).replace("Meeting 1", "Meeting X"))  # same size
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    second = calendar.changes(first.cursor, NOW)
    assert "Meeting X" in {e.title for e in second.events}


def test_a_big_calendar_folder_is_read_and_then_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "vdir"
    folder.mkdir()
    for n in range(1500):
        (folder / f"event-{n}.ics").write_text(many_events(1, first=n))
    calendar = LocalCalendar(folder, me=ME)
    first = calendar.changes(None, NOW)
    assert len(first.events) == 1500 and first.complete
    (folder / "event-7.ics").write_text(many_events(1, first=7).replace("Meeting 7", "Moved"))
    second = calendar.changes(first.cursor, NOW)
    assert [e.title for e in second.events] == ["Moved"]
    assert calendar.parsed_files == 1501


def test_events_far_outside_the_window_are_not_parsed(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_text(many_events(1, start=NOW - timedelta(days=400)))  # DTEND, no DURATION
    calendar = LocalCalendar(path, me=ME)
    changes = calendar.changes(None, NOW)
    assert changes.events == () and changes.complete
    assert calendar.parsed_files == 0  # every event cut before icalendar saw the file


def many_events(count: int, *, first: int = 0, start: datetime = NOW) -> str:
    """A calendar of `count` half-hour meetings, one a day from `start`."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//local calendar//EN"]
    for n in range(first, first + count):
        begins = (start + timedelta(days=(n - first) % 80)).strftime("%Y%m%dT%H%M%SZ")
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{n}@bench",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART:{begins}",
            "DURATION:PT30M" if n % 2 else f"DTEND:{begins[:9]}235900Z",
            f"SUMMARY:Meeting {n}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def test_a_new_day_rescans_even_without_file_changes(tmp_path: Path) -> None:
    calendar = LocalCalendar(fixture(tmp_path, "interviews.ics"), me=ME)
    first = calendar.changes(None, NOW)
    assert calendar.changes(first.cursor, NOW + timedelta(days=1)).complete


# --------------------------------------------------------------------------- bad input


def test_broken_file_is_skipped_with_a_log_line_naming_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = fixture(tmp_path, "not_a_calendar.ics", "interviews.ics")
    with caplog.at_level(logging.WARNING):
        events = events_by_uid(LocalCalendar(folder, me=ME))
    assert "acme-onsite-1@example.com" in events
    assert any("not_a_calendar.ics" in record.getMessage() for record in caplog.records)


def test_a_broken_file_makes_the_listing_incomplete_and_keeps_the_cursor(tmp_path: Path) -> None:
    """Half-written by a sync tool is not empty: nothing known may be forgotten."""
    folder = fixture(tmp_path, "not_a_calendar.ics", "interviews.ics")
    changes = LocalCalendar(folder, me=ME).changes("earlier-cursor", NOW)
    assert changes.complete is False
    assert changes.cursor == "earlier-cursor"  # the next cycle reads every file again
    assert changes.events  # what could be read still counts


def test_one_bad_event_does_not_hide_the_others(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = fixture(tmp_path, "one_bad_event.ics") / "one_bad_event.ics"
    with caplog.at_level(logging.WARNING):
        events = events_by_uid(LocalCalendar(path, me=ME))
    assert list(events) == ["good-after-bad@example.com"]
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "bad-start@example.com" in messages and "bad-rule@example.com" in messages


def test_missing_path_is_a_backend_error(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match="not found"):
        LocalCalendar(tmp_path / "nowhere.ics", me=ME).changes(None, NOW)


# --------------------------------------------------------------------------- time zone


def test_timezone_comes_from_x_wr_timezone(tmp_path: Path) -> None:
    path = fixture(tmp_path, "google_export.ics") / "google_export.ics"
    calendar = LocalCalendar(path, me=ME)
    assert calendar.timezone() == "Europe/Berlin"
    # Google exports UTC times under X-WR-TIMEZONE: shown in the calendar's zone.
    event = events_by_uid(calendar)["berlin-panel@google.com"]
    assert event.start == datetime(2026, 3, 18, 10, 0, tzinfo=BERLIN)


def test_no_timezone_without_x_wr_timezone(tmp_path: Path) -> None:
    path = fixture(tmp_path, "interviews.ics") / "interviews.ics"
    assert LocalCalendar(path, me=ME).timezone() is None


def test_unknown_x_wr_timezone_is_ignored(tmp_path: Path) -> None:
    text = (FIXTURES / "google_export.ics").read_text()
    path = tmp_path / "odd.ics"
    path.write_text(text.replace("Europe/Berlin", "Mars/Olympus_Mons"))
    calendar = LocalCalendar(path, me=ME)
    assert calendar.timezone() is None
    event = events_by_uid(calendar)["berlin-panel@google.com"]
    assert event.start == datetime(2026, 3, 18, 9, 0, tzinfo=UTC)


def test_our_own_reminders_in_the_calendar_folder_are_not_events(tmp_path: Path) -> None:
    """reminders.ics kept beside the calendars (or synced into them) is never read as events."""
    from agent.backends.local.reminders import LocalReminders
    from agent.core.model import Reminder

    folder = fixture(tmp_path, "interviews.ics")
    before = set(events_by_uid(LocalCalendar(folder, me=ME)))
    reminder = Reminder(
        key="reply/abc",
        title="Reply to Jane Doe to set up the next round",
        description="",
        start=datetime(2026, 3, 16, 9, 0, tzinfo=NEW_YORK),
    )
    LocalReminders(folder / "reminders.ics").insert(reminder, "v1")

    assert set(events_by_uid(LocalCalendar(folder, me=ME))) == before
