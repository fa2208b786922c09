"""Whole cycles on the Google backend: the real client, the fake Google over HTTP, real SQLite."""

from __future__ import annotations

import email
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent import app, cli, config
from agent.backends.google import service
from tests.fake_google import FakeGoogle
from tests.fake_google.fixture import write_google_files

NEW_YORK = ZoneInfo("America/New_York")
END = datetime(2026, 11, 24, 16, 0, tzinfo=NEW_YORK)  # a Tuesday
AFTER = END + timedelta(minutes=5)
JANE = "jane.doe@acme.example"
RAJ = "raj.patel@acme.example"


@pytest.fixture
def world(tmp_path: Path, fake_google: FakeGoogle, monkeypatch: pytest.MonkeyPatch) -> GoogleWorld:
    # Backoff waits are the adapter's own tests' business; here they would only be slow.
    monkeypatch.setattr(service, "pause", lambda seconds: None)
    return GoogleWorld(tmp_path, fake_google)


class GoogleWorld:
    def __init__(self, tmp_path: Path, fake: FakeGoogle) -> None:
        self.fake = fake
        credentials, token = write_google_files(tmp_path, fake)
        self.config_path = tmp_path / "config.toml"
        self.config_path.write_text(
            f"""backend = "google"
[person]
name = "Casey Candidate"
[google]
credentials = "{credentials}"
token = "{token}"
api_endpoint = "{fake.url}"
[state]
path = "{tmp_path / "state.sqlite3"}"
"""
        )
        self.event = fake.calendar.add_event(
            "primary",
            summary="Interview: Backend Engineer at Acme",
            description="decision: Friday\ntopic: the billing migration",
            start={"dateTime": (END - timedelta(hours=1)).isoformat()},
            end={"dateTime": END.isoformat()},
            organizer={"email": JANE},
            attendees=[
                {"email": "casey@example.com", "self": True, "responseStatus": "accepted"},
                {"email": JANE, "displayName": "Jane Doe", "organizer": True},
                {"email": RAJ, "displayName": "Raj Patel"},
                {"email": "room-4@resource.calendar.google.com", "resource": True},
            ],
        )

    @property
    def cfg(self) -> config.Config:
        return config.load(self.config_path)

    def run(self, now: datetime) -> list[str]:
        return app.run_once(self.cfg, now).done

    def drafts_to(self) -> dict[str, str]:
        """Recipient -> draft id, for the drafts in the mailbox now."""
        out = {}
        for draft in self.fake.gmail.drafts():
            message = email.message_from_bytes(draft.message.raw)
            out[email.utils.parseaddr(message["To"])[1]] = draft.id
        return out

    def reminders(self) -> dict[str, str]:
        """Idempotency key -> start, for our reminder events on the calendar."""
        out = {}
        for event in self.fake.calendar.events("primary"):
            key = event.get("extendedProperties", {}).get("private", {}).get("followupKey")
            if key and event.get("status") != "cancelled":
                out[key] = event["start"]["dateTime"]
        return out


def test_a_full_cycle_drafts_per_interviewer_and_schedules_reminders(world: GoogleWorld) -> None:
    assert world.run(END - timedelta(minutes=1)) == [] or not world.drafts_to()

    world.run(AFTER)

    assert sorted(world.drafts_to()) == [JANE, RAJ]  # one per person, the room left out
    keys = world.reminders()
    check_in = next(k for k in keys if k.startswith("checkin/"))
    # "decision: Friday" after a Tuesday interview: Monday 09:00 New York.
    assert datetime.fromisoformat(keys[check_in]) == datetime(2026, 11, 30, 9, 0, tzinfo=NEW_YORK)
    assert any(k.startswith("nudge/") for k in keys)
    event = next(e for e in world.fake.calendar.events("primary") if e.get("extendedProperties"))
    assert event["transparency"] == "transparent"
    assert event["reminders"]["overrides"][0]["method"] == "popup"


def test_a_second_run_only_reads_incrementally_and_creates_nothing(world: GoogleWorld) -> None:
    world.run(AFTER)
    drafts, reminders = world.drafts_to(), world.reminders()
    world.run(AFTER + timedelta(minutes=10))  # confirms its own new drafts are untouched
    world.fake.reset_counters()

    assert world.run(AFTER + timedelta(minutes=20)) == []

    assert world.drafts_to() == drafts and world.reminders() == reminders
    paths = sorted(f"{r.method} {r.path}" for r in world.fake.requests)
    assert paths == ["GET /calendar/v3/calendars/primary/events", "GET /gmail/v1/users/me/history"]


def test_a_reply_stops_the_cadence_and_removes_untouched_drafts(world: GoogleWorld) -> None:
    world.run(AFTER)
    world.fake.gmail.deliver(
        (
            f"Jane Doe <{JANE}>",
            "casey@example.com",
            "Your application",
            "Unfortunately we have decided to move forward with other candidates.",
        ),
        received_at=(AFTER + timedelta(days=1)).astimezone(NEW_YORK),
    )

    done = world.run(AFTER + timedelta(days=1, minutes=10))

    assert any("rejection" in line for line in done)
    assert not any(k.startswith("checkin/") for k in world.reminders())
    assert world.drafts_to() == {}  # never touched, and now they would read wrong


def test_a_sent_thank_you_is_detected_and_the_check_in_threads_to_it(world: GoogleWorld) -> None:
    world.run(AFTER)
    world.fake.gmail.user_sends_draft(world.drafts_to()[JANE])

    done = world.run(AFTER + timedelta(hours=1))

    assert any("you sent" in line and JANE in line for line in done)
    assert not any(k.startswith(f"nudge/{world.event['id']}/{JANE}") for k in world.reminders())
    world.run(datetime(2026, 11, 30, 8, 0, tzinfo=NEW_YORK))  # the check-in is drafted
    check_in = world.fake.gmail.drafts()
    sent = world.fake.gmail.messages(label="SENT")[0]
    threaded = [d for d in check_in if d.message.thread_id == sent.thread_id]
    assert len(threaded) == 1
    message = email.message_from_bytes(threaded[0].message.raw)
    assert message["Subject"].startswith("Re: ")
    assert sent.rfc822_id in message["In-Reply-To"]


def test_an_edited_draft_is_left_alone_and_a_deleted_one_not_recreated(
    world: GoogleWorld,
) -> None:
    world.run(AFTER)
    ids = world.drafts_to()
    world.fake.gmail.user_edits_draft(ids[JANE], "Dear Jane, my own words.")
    world.fake.gmail.user_deletes_draft(ids[RAJ])
    world.run(AFTER + timedelta(minutes=10))
    # A note that would change the composed text of both drafts.
    app_cfg = world.cfg
    with app.session(app_cfg, with_backends=False) as s:
        s.store.add_note(world.event["id"], "topic: the on-call rotation", AFTER)

    world.run(AFTER + timedelta(minutes=20))

    drafts = world.drafts_to()
    assert list(drafts) == [JANE]
    raw = next(d for d in world.fake.gmail.drafts()).message.raw
    assert b"my own words" in raw and b"on-call" not in raw


def test_a_moved_interview_moves_its_reminders_and_a_cancelled_one_removes_them(
    world: GoogleWorld,
) -> None:
    world.run(AFTER)
    before = world.reminders()
    new_end = END - timedelta(days=1)  # it was on Monday, not Tuesday: the person fixes it
    world.fake.calendar.move_event(
        "primary",
        world.event["id"],
        {"dateTime": (new_end - timedelta(hours=1)).isoformat()},
        {"dateTime": new_end.isoformat()},
    )
    world.run(AFTER + timedelta(minutes=10))
    moved = world.reminders()
    check_in = next(k for k in moved if k.startswith("checkin/"))
    assert moved[check_in] == before[check_in]  # decision Friday: still Monday 09:00
    nudge = next(k for k in moved if k.startswith("nudge/"))
    assert datetime.fromisoformat(moved[nudge]) == new_end + timedelta(hours=20)

    world.fake.calendar.cancel_event("primary", world.event["id"])
    world.run(AFTER + timedelta(minutes=20))
    left = world.reminders()
    assert not any(k.startswith("checkin/") for k in left)
    # Reminders already in the past are history and stay where they were.
    assert all(datetime.fromisoformat(t) < AFTER for t in left.values())


def test_a_lost_state_store_finds_its_own_reminders_and_drafts(world: GoogleWorld) -> None:
    world.run(AFTER)
    drafts, reminders = world.drafts_to(), world.reminders()
    Path(world.cfg.state_path).unlink()

    world.run(AFTER + timedelta(minutes=10))

    assert world.drafts_to() == drafts
    assert world.reminders() == reminders
    events = [
        e
        for e in world.fake.calendar.events("primary")
        if e.get("extendedProperties") and e.get("status") != "cancelled"
    ]
    assert len(events) == len(reminders)


def test_a_revoked_token_exits_3_with_the_command_to_run(
    world: GoogleWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    world.fake.revoke("refresh-1")
    world.fake.expire_access_tokens()

    code = cli.main(["run", "--once", "--config", str(world.config_path)])

    assert code == 3
    assert f"followup auth --config {world.config_path}" in capsys.readouterr().err


@pytest.mark.parametrize("trouble", ["429", "500", "410", "stale-history", "no-sync-tokens"])
def test_the_cycle_gets_past_server_trouble(world: GoogleWorld, trouble: str) -> None:
    world.run(AFTER - timedelta(hours=2))  # first sync, before the interview ends
    match trouble:
        case "429" | "500":
            world.fake.fail_next("GET", r"/calendar/v3/calendars/primary/events", int(trouble))
            world.fake.fail_next("GET", r"/gmail/v1/users/me/history", int(trouble))
        case "410":
            world.fake.calendar.invalidate_sync_tokens()
        case "stale-history":
            world.fake.gmail.expire_history_before(world.fake.gmail.history_id + 1)
        case "no-sync-tokens":
            world.fake.calendar.sync_tokens = False

    world.run(AFTER)

    assert sorted(world.drafts_to()) == [JANE, RAJ]


def test_run_once_from_the_command_line_does_the_whole_job(
    world: GoogleWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    # The interview is in the past relative to the real clock only if the fake
    # event is; move it to yesterday so `followup run --once` (real now) acts.
    end = datetime.now(NEW_YORK).replace(microsecond=0) - timedelta(hours=3)
    world.fake.calendar.move_event(
        "primary",
        world.event["id"],
        {"dateTime": (end - timedelta(hours=1)).isoformat()},
        {"dateTime": end.isoformat()},
    )

    assert cli.main(["run", "--once", "--config", str(world.config_path)]) == 0

    out = capsys.readouterr().out
    assert out.count("drafted") == 2
    assert b"Casey Candidate" in world.fake.gmail.drafts()[0].message.raw


def test_no_network_exits_1_with_a_plain_message_and_loses_nothing(
    world: GoogleWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    world.run(AFTER)
    drafts, reminders = world.drafts_to(), world.reminders()
    text = world.config_path.read_text()
    world.config_path.write_text(text.replace(world.fake.url, "http://127.0.0.1:9/"))

    code = cli.main(["run", "--once", "--config", str(world.config_path)])

    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and "unexpected" not in err
    world.config_path.write_text(text)
    world.run(AFTER + timedelta(minutes=10))  # back online: nothing lost, nothing doubled
    assert world.drafts_to() == drafts and world.reminders() == reminders


def test_doctor_checks_everything_and_says_how_to_fix(
    world: GoogleWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["doctor", "--config", str(world.config_path)]) == 0
    out = capsys.readouterr().out
    for name in ("configuration", "templates", "state store", "Google Calendar API", "Gmail API"):
        assert f"[ok  ] {name}" in out

    world.fake.revoke("refresh-1")
    world.fake.expire_access_tokens()
    assert cli.main(["doctor", "--config", str(world.config_path)]) == 1
    out = capsys.readouterr().out
    assert "[FAIL]" in out and "followup auth" in out


def test_google_resources_optional_guests_and_unaddressed_interviewers(world: GoogleWorld) -> None:
    """Google's own flags, and a panel named only in the description (a marked To: line)."""
    world.fake.calendar.add_event(
        "primary",
        summary="Onsite interview - Globex",
        description="Interviewers:\nWei Zhang, Staff Engineer\nKim Park, Engineering Manager",
        start={"dateTime": (END - timedelta(hours=1)).isoformat()},
        end={"dateTime": END.isoformat()},
        organizer={"email": "no-reply@greenhouse.io", "displayName": "Globex Recruiting"},
        attendees=[
            {"email": "casey@example.com", "self": True, "responseStatus": "accepted"},
            {"email": "kim.park@globex.example", "displayName": "Kim Park", "optional": True},
            {"email": "c_1@resource.calendar.google.com", "displayName": "HQ-2", "resource": True},
        ],
    )

    world.run(AFTER)

    assert sorted(world.drafts_to()) == [
        JANE,
        "kim.park@globex.example",
        RAJ,
        "wei.zhang@address-unknown.invalid",
    ]
