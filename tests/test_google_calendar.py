"""GoogleCalendar against the Google fake, through the real google-api-python-client."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.backends.google import GoogleBackend, open_google
from agent.core.model import Reminder, ReminderRef
from agent.errors import BadInput, ConfigError
from tests.fake_google import FakeGoogle
from tests.fake_google.fixture import fake_google as fake_google_fixture  # noqa: F401
from tests.fake_google.fixture import write_google_files

NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
OWNER = "casey@example.com"
TEAM = "team-calendar@group.calendar.google.com"


def open_backend(
    tmp_path: Path, fake: FakeGoogle, calendars: tuple[str, ...] = ("primary",)
) -> GoogleBackend:
    credentials, token = write_google_files(tmp_path, fake)
    return open_google(
        credentials=credentials,
        token=token,
        api_endpoint=fake.url,
        calendars=calendars,
        reminder_calendar="primary",
        me_email=None,
        sleep=lambda seconds: None,
    )


def add_interview(fake: FakeGoogle, calendar: str = "primary", **fields: object) -> dict:
    event = {
        "summary": "Interview with Acme",
        "start": {"dateTime": "2026-11-24T15:00:00-05:00"},
        "end": {"dateTime": "2026-11-24T16:00:00-05:00"},
        "attendees": [{"email": "jane@acme.example", "displayName": "Jane Doe"}],
    }
    event.update(fields)
    return fake.calendar.add_event(calendar, **event)


def calls(fake: FakeGoogle) -> list[str]:
    return [f"{request.method} {request.path}" for request in fake.requests]


# --------------------------------------------------------------------------- sync


def test_first_sync_lists_the_window_then_an_idle_cycle_is_one_request(tmp_path, fake_google):
    event = add_interview(fake_google)
    calendar = open_backend(tmp_path, fake_google).calendar

    first = calendar.changes(None, NOW)

    assert first.complete is True
    assert first.window == (NOW - timedelta(days=60), NOW + timedelta(days=90))
    assert [e.uid for e in first.events] == [event["id"]]
    assert first.events[0].calendar_id == "primary"
    assert first.events[0].start == datetime(2026, 11, 24, 15, 0, tzinfo=NEW_YORK)
    listing = fake_google.requests[-1].query
    assert listing["singleEvents"] == ["true"]
    assert "timeMin" in listing and "timeMax" in listing

    fake_google.reset_counters()
    idle = calendar.changes(first.cursor, NOW + timedelta(minutes=10))

    assert idle.events == ()
    assert idle.complete is False
    assert calls(fake_google) == ["GET /calendar/v3/calendars/primary/events"]
    assert "syncToken" in fake_google.requests[0].query


def test_events_outside_the_window_are_not_listed_on_first_sync(tmp_path, fake_google):
    add_interview(
        fake_google,
        summary="Too old",
        start={"dateTime": "2026-09-01T10:00:00Z"},
        end={"dateTime": "2026-09-01T11:00:00Z"},
    )
    inside = add_interview(fake_google)
    calendar = open_backend(tmp_path, fake_google).calendar

    assert [e.uid for e in calendar.changes(None, NOW).events] == [inside["id"]]


def test_a_change_comes_back_incrementally(tmp_path, fake_google):
    event = add_interview(fake_google)
    add_interview(fake_google, summary="Dentist")
    calendar = open_backend(tmp_path, fake_google).calendar
    first = calendar.changes(None, NOW)

    fake_google.calendar.move_event(
        "primary",
        event["id"],
        datetime(2026, 11, 25, 10, 0, tzinfo=NEW_YORK),
        datetime(2026, 11, 25, 11, 0, tzinfo=NEW_YORK),
    )
    later = calendar.changes(first.cursor, NOW + timedelta(hours=1))

    assert later.complete is False
    assert [(e.uid, e.start) for e in later.events] == [
        (event["id"], datetime(2026, 11, 25, 10, 0, tzinfo=NEW_YORK))
    ]
    # The cursor moved on: the same change is not reported twice.
    assert calendar.changes(later.cursor, NOW + timedelta(hours=2)).events == ()


def test_a_cancelled_event_arrives_as_cancelled_in_an_incremental_sync(tmp_path, fake_google):
    event = add_interview(fake_google)
    calendar = open_backend(tmp_path, fake_google).calendar
    first = calendar.changes(None, NOW)

    fake_google.calendar.cancel_event("primary", event["id"])
    later = calendar.changes(first.cursor, NOW + timedelta(hours=1))

    (cancelled,) = later.events
    assert cancelled.uid == event["id"]
    assert cancelled.status == "cancelled"
    assert cancelled.title == ""  # Google's minimal form carries only the id and status


def test_an_expired_sync_token_gets_the_window_listed_again(tmp_path, fake_google):
    event = add_interview(fake_google)
    calendar = open_backend(tmp_path, fake_google).calendar
    first = calendar.changes(None, NOW)

    fake_google.calendar.invalidate_sync_tokens()
    fake_google.reset_counters()
    again = calendar.changes(first.cursor, NOW + timedelta(days=1))

    assert again.complete is True
    assert [e.uid for e in again.events] == [event["id"]]
    assert again.window == (NOW + timedelta(days=1) - timedelta(days=60), NOW + timedelta(days=91))
    assert len(fake_google.requests) == 2  # the 410, then the listing
    # ... and the new token works.
    fake_google.reset_counters()
    assert calendar.changes(again.cursor, NOW + timedelta(days=1)).complete is False
    assert len(fake_google.requests) == 1


def test_a_server_without_sync_tokens_gets_a_full_listing_every_cycle(tmp_path, fake_google):
    fake_google.calendar.sync_tokens = False
    event = add_interview(fake_google)
    calendar = open_backend(tmp_path, fake_google).calendar

    first = calendar.changes(None, NOW)
    fake_google.reset_counters()
    second = calendar.changes(first.cursor, NOW + timedelta(minutes=10))

    assert first.complete is True and second.complete is True
    assert [e.uid for e in second.events] == [event["id"]]
    assert len(fake_google.requests) == 1
    assert "syncToken" not in fake_google.requests[0].query


def test_the_window_is_listed_afresh_once_a_month(tmp_path, fake_google):
    add_interview(fake_google)
    calendar = open_backend(tmp_path, fake_google).calendar
    first = calendar.changes(None, NOW)

    just_before = calendar.changes(first.cursor, NOW + timedelta(days=29, hours=23))
    on_the_day = calendar.changes(first.cursor, NOW + timedelta(days=30))

    assert just_before.complete is False
    assert on_the_day.complete is True


def test_an_unreadable_cursor_starts_again_instead_of_failing(tmp_path, fake_google):
    add_interview(fake_google)
    calendar = open_backend(tmp_path, fake_google).calendar

    assert calendar.changes("not json", NOW).complete is True
    assert calendar.changes('{"v": 99}', NOW).complete is True


def test_several_calendars_idle_is_one_request_each_and_any_rescan_lists_all(tmp_path, fake_google):
    fake_google.calendar.add_calendar(TEAM, time_zone="Europe/Berlin")
    mine = add_interview(fake_google)
    team = add_interview(fake_google, TEAM, summary="Panel interview")
    calendar = open_backend(tmp_path, fake_google, calendars=("primary", TEAM)).calendar

    first = calendar.changes(None, NOW)
    assert {(e.uid, e.calendar_id) for e in first.events} == {
        (mine["id"], "primary"),
        (team["id"], TEAM),
    }
    fake_google.reset_counters()
    idle = calendar.changes(first.cursor, NOW)
    assert len(fake_google.requests) == 2 and idle.events == ()

    # The team calendar's token expires: both are listed in full, so `complete` holds for all.
    fake_google.calendar.invalidate_sync_tokens()
    again = calendar.changes(idle.cursor, NOW)
    assert again.complete is True
    assert {e.uid for e in again.events} == {mine["id"], team["id"]}


def test_a_calendar_added_to_the_configuration_triggers_a_full_listing(tmp_path, fake_google):
    fake_google.calendar.add_calendar(TEAM)
    add_interview(fake_google, TEAM)
    first = open_backend(tmp_path, fake_google).calendar.changes(None, NOW)

    both = open_backend(tmp_path, fake_google, calendars=("primary", TEAM)).calendar
    assert both.changes(first.cursor, NOW).complete is True


def test_an_unknown_calendar_is_a_configuration_error(tmp_path, fake_google):
    calendar = open_backend(tmp_path, fake_google, calendars=("nobody@example.com",)).calendar

    with pytest.raises(ConfigError, match=r"\[google\] calendars"):
        calendar.changes(None, NOW)


# --------------------------------------------------------------------------- event contents


def test_attendees_keep_self_resource_organizer_and_responses(tmp_path, fake_google):
    add_interview(
        fake_google,
        attendees=[
            {"email": OWNER, "responseStatus": "declined"},
            {"email": "Jane@Acme.example", "displayName": "Jane Doe", "responseStatus": "accepted"},
            {"email": "room-4@resource.calendar.google.com", "resource": True},
            {"email": "lee@acme.example", "organizer": True, "responseStatus": "tentative"},
            {"email": "kim@acme.example", "optional": True},
        ],
        organizer={"email": "lee@acme.example", "displayName": "Lee"},
    )
    (event,) = open_backend(tmp_path, fake_google).calendar.changes(None, NOW).events

    me, jane, room, lee, kim = event.attendees
    assert room.kind == "resource" and jane.kind == "individual"
    assert kim.role == "opt-participant" and jane.role == "req-participant"
    assert event.organizer_name == "Lee"
    assert me.is_self and me.response == "declined"
    assert jane.email == "jane@acme.example" and jane.name == "Jane Doe"
    assert jane.response == "accepted" and not jane.is_self
    assert room.is_resource and room.response == "needsAction"
    assert lee.is_organizer and lee.response == "tentative"
    assert event.organizer_email == "lee@acme.example"


def test_an_all_day_event_has_dates(tmp_path, fake_google):
    add_interview(
        fake_google,
        summary="Onsite day",
        start={"date": "2026-11-26"},
        end={"date": "2026-11-27"},
    )
    (event,) = open_backend(tmp_path, fake_google).calendar.changes(None, NOW).events

    assert event.all_day
    assert (event.start, event.end) == (date(2026, 11, 26), date(2026, 11, 27))


def test_the_event_time_zone_is_honoured(tmp_path, fake_google):
    add_interview(
        fake_google,
        start={"dateTime": "2026-11-24T10:00:00", "timeZone": "Asia/Kolkata"},
        end={"dateTime": "2026-11-24T11:00:00", "timeZone": "Asia/Kolkata"},
    )
    (event,) = open_backend(tmp_path, fake_google).calendar.changes(None, NOW).events

    assert event.start == datetime(2026, 11, 24, 10, 0, tzinfo=KOLKATA)
    assert event.start.tzinfo == KOLKATA
    assert event.end.utcoffset() == timedelta(hours=5, minutes=30)


def test_without_an_event_zone_the_calendar_zone_is_used(tmp_path, fake_google):
    add_interview(
        fake_google,
        start={"dateTime": "2026-11-24T20:00:00Z"},
        end={"dateTime": "2026-11-24T21:00:00Z"},
    )
    (event,) = open_backend(tmp_path, fake_google).calendar.changes(None, NOW).events

    assert event.start.tzinfo == NEW_YORK
    assert event.start == datetime(2026, 11, 24, 15, 0, tzinfo=NEW_YORK)


def test_recurring_instances_colour_and_link(tmp_path, fake_google):
    add_interview(
        fake_google,
        id="weeklysync20261124",
        recurringEventId="weeklysync",
        colorId="11",
    )
    (event,) = open_backend(tmp_path, fake_google).calendar.changes(None, NOW).events

    assert event.uid == "weeklysync20261124"
    assert event.recurring is True
    assert event.color == "11"
    assert event.link.startswith("https://www.google.com/calendar/event?eid=")


def test_timezone_comes_from_the_primary_calendar_once(tmp_path, fake_google):
    fake_google.calendar.add_calendar(TEAM, time_zone="Europe/Berlin")
    calendar = open_backend(tmp_path, fake_google, calendars=(TEAM,)).calendar

    assert calendar.timezone() == "America/New_York"
    fake_google.reset_counters()
    assert calendar.timezone() == "America/New_York"
    assert fake_google.requests == []


# --------------------------------------------------------------------------- reminders


def check_in(key: str = "check-in:acme:1") -> Reminder:
    return Reminder(
        key=key,
        title="Check in with Jane Doe (Acme, Backend Engineer)",
        description="No reply yet. Draft: https://mail.google.com/mail/#drafts?compose=abc",
        start=datetime(2026, 12, 1, 9, 0, tzinfo=NEW_YORK),
        minutes=15,
    )


def test_a_reminder_is_transparent_with_a_popup_and_our_private_key(tmp_path, fake_google):
    reminders = open_backend(tmp_path, fake_google).reminders

    ref = reminders.insert(check_in(), "v1")

    (stored,) = fake_google.calendar.events("primary")
    assert ref == ReminderRef(key="check-in:acme:1", event_id=stored["id"], version="v1")
    assert stored["summary"] == "Check in with Jane Doe (Acme, Backend Engineer)"
    assert "compose=abc" in stored["description"]
    assert stored["transparency"] == "transparent"
    assert stored["reminders"] == {
        "useDefault": False,
        "overrides": [{"method": "popup", "minutes": 0}],
    }
    assert stored["extendedProperties"]["private"] == {
        "followupKey": "check-in:acme:1",
        "followupVersion": "v1",
    }
    assert stored["start"]["timeZone"] == "America/New_York"
    assert datetime.fromisoformat(stored["start"]["dateTime"]) == check_in().start
    assert datetime.fromisoformat(stored["end"]["dateTime"]) == check_in().start + timedelta(
        minutes=15
    )


def test_reminders_are_found_by_key_after_the_state_is_lost(tmp_path, fake_google):
    first_run = open_backend(tmp_path, fake_google).reminders
    ref = first_run.insert(check_in(), "v2")
    first_run.insert(check_in("check-in:globex:1"), "v1")
    add_interview(fake_google, summary="Someone else's event")

    (tmp_path / "again").mkdir()
    fresh = open_backend(tmp_path / "again", fake_google).reminders

    assert fresh.find("check-in:acme:1") == [ref]
    assert fresh.find("check-in:nobody:1") == []


def test_deleting_a_reminder_twice_is_fine_and_others_events_stay(tmp_path, fake_google):
    other = add_interview(fake_google)
    reminders = open_backend(tmp_path, fake_google).reminders
    ref = reminders.insert(check_in(), "v1")

    reminders.delete(ref)
    reminders.delete(ref)  # already gone (Google answers 410): not an error

    assert reminders.find(ref.key) == []
    statuses = {e["id"]: e["status"] for e in fake_google.calendar.events("primary")}
    assert statuses == {other["id"]: "confirmed", ref.event_id: "cancelled"}


def test_a_reference_without_our_key_is_never_deleted(tmp_path, fake_google):
    other = add_interview(fake_google)
    reminders = open_backend(tmp_path, fake_google).reminders

    with pytest.raises(BadInput):
        reminders.delete(ReminderRef(key="", event_id=other["id"], version=""))
    assert fake_google.calendar.events("primary")[0]["status"] == "confirmed"


def test_a_reminder_needs_an_aware_time(tmp_path, fake_google):
    reminders = open_backend(tmp_path, fake_google).reminders
    naive = Reminder(key="k", title="t", description="", start=datetime(2026, 12, 1, 9, 0))

    with pytest.raises(BadInput):
        reminders.insert(naive, "v1")
    assert fake_google.calendar.events("primary") == []


def test_our_own_reminders_on_the_read_calendar_are_not_events(tmp_path, fake_google):
    """With reminders on "primary" too, a reminder ("set up the next round") is never read
    back as an event, so it can never be taken for an interview."""
    backend = open_backend(tmp_path, fake_google)
    backend.reminders.insert(check_in("reply/abc"), "v1")
    add_interview(fake_google)

    events = backend.calendar.changes(None, NOW).events

    assert [e.title for e in events] == ["Interview with Acme"]


def test_our_own_reminder_events_are_never_read_as_input(tmp_path, fake_google):
    """A reminder carries our key as a private extended property: never an interview."""
    interview = add_interview(fake_google)
    add_interview(
        fake_google,
        summary="Interview follow-up: check in with Jane Doe",
        extendedProperties={"private": {"followupKey": "checkin/acme/x/1"}},
    )

    found = open_backend(tmp_path, fake_google).calendar.changes(None, NOW)

    assert [e.uid for e in found.events] == [interview["id"]]
