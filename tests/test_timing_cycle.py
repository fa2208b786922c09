"""The follow-up timing end to end: a real .ics calendar, a real Maildir, the real
SQLite store and reminders.ics, run by `app.run_once` under a frozen clock.

Each run freezes a literal timestamp and passes that same instant as `now`, as
`followup run --once` would at that moment. What the person sees is read back
from the files: draft messages in Maildir/.Drafts/cur and reminder events in
reminders.ics (parsed with icalendar, compared as aware datetimes).
"""

from __future__ import annotations

import email
import email.policy
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from freezegun import freeze_time

from agent import app, config, cycle
from tests.builders import maildir_account

NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
AUCKLAND = ZoneInfo("Pacific/Auckland")

ME = "casey@example.com"
JANE = "jane.doe@acme.example"
RAJ = "raj.patel@acme.example"
TUESDAY_2PM = datetime(2026, 11, 10, 14, 0, tzinfo=NEW_YORK)  # ends 15:00 EST


def ny(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK)


# --------------------------------------------------------------------------- files


def ics_time(name: str, moment: datetime) -> str:
    """A DTSTART/DTEND line: UTC as `...Z`, any other zone with its TZID."""
    if moment.tzinfo is UTC:
        return f"{name}:{moment:%Y%m%dT%H%M%S}Z"
    assert isinstance(moment.tzinfo, ZoneInfo)
    return f"{name};TZID={moment.tzinfo.key}:{moment:%Y%m%dT%H%M%S}"


def ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vevent(uid: str, start: datetime, minutes: int = 60, description: str = "") -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T120000Z",
        ics_time("DTSTART", start),
        ics_time("DTEND", start + timedelta(minutes=minutes)),
        "SUMMARY:Interview at Acme",
        f"ORGANIZER;CN=Jane Doe:mailto:{JANE}",
        f"ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:{JANE}",
        f"ATTENDEE;CN=Raj Patel;PARTSTAT=ACCEPTED:mailto:{RAJ}",
        f"ATTENDEE;CN=Casey Candidate;PARTSTAT=ACCEPTED:mailto:{ME}",
        "ATTENDEE;CN=Room 4;CUTYPE=ROOM;PARTSTAT=ACCEPTED:mailto:room4@acme.example",
    ]
    if description:
        lines.append(f"DESCRIPTION:{ics_text(description)}")
    return "\r\n".join([*lines, "END:VEVENT"])


@dataclass
class Home:
    """One person's files in a temp folder, and the config that points at them."""

    folder: Path
    settings: config.Config

    @property
    def drafts(self) -> Path:
        return self.folder / "Maildir" / ".Drafts" / "cur"

    def write_calendar(self, *events: str) -> None:
        body = "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//tests//timing//EN",
                *events,
                "END:VCALENDAR",
                "",
            ]
        )
        (self.folder / "calendar.ics").write_text(body, encoding="utf-8")

    def run(self, stamp: str) -> cycle.Report:
        """`followup run --once` with the clock stopped at `stamp`."""
        with freeze_time(stamp):
            return app.run_once(self.settings, datetime.now(UTC))

    def draft_files(self) -> list[Path]:
        return sorted(self.drafts.iterdir()) if self.drafts.is_dir() else []

    def draft_recipients(self) -> list[str]:
        found = []
        for path in self.draft_files():
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            found.append(str(message["To"]))
        return sorted(found)

    def reminders(self) -> dict[str, datetime]:
        """Our reminder events in reminders.ics: key -> aware DTSTART."""
        path = self.folder / "reminders.ics"
        if not path.exists():
            return {}
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        return {
            str(event["X-FOLLOWUP-KEY"]): event["DTSTART"].dt
            for event in calendar.walk("VEVENT")
            if "X-FOLLOWUP-KEY" in event
        }

    def reminder(self, prefix: str) -> datetime:
        (start,) = [at for key, at in self.reminders().items() if key.startswith(prefix)]
        return start

    def send_draft_to(self, address: str) -> None:
        """What the person's mail client does on Send: the draft moves to Sent."""
        for path in self.draft_files():
            if address in path.read_text(errors="replace"):
                target = self.folder / "Maildir" / ".Sent" / "cur" / path.name.split(":")[0]
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(path), target)
                return
        raise AssertionError(f"no draft to {address}")


def make_home(folder: Path, tz: ZoneInfo) -> Home:
    maildir_account(folder / "Maildir")
    data = {
        "backend": "local",
        "person": {"name": "Casey Candidate", "email": ME, "timezone": tz.key},
        "local": {"calendar": "calendar.ics", "maildir": "Maildir", "reminders": "reminders.ics"},
        "state": {"path": "state.sqlite3"},
    }
    return Home(folder, config.from_mapping(data, folder / "config.toml"))


@pytest.fixture
def home(tmp_path: Path) -> Home:
    """New York, one Tuesday interview 14:00-15:00 EST with Jane and Raj, no notes."""
    made = make_home(tmp_path, NEW_YORK)
    made.write_calendar(vevent("acme-1", TUESDAY_2PM))
    return made


# --------------------------------------------------------------------------- thank-yous


def test_a_minute_before_the_end_the_run_writes_no_draft(home: Home) -> None:
    report = home.run("2026-11-10T14:59:00-05:00")
    assert home.draft_files() == []
    assert not any(line.startswith("drafted") for line in report.done)


def test_a_minute_after_the_end_one_draft_file_per_interviewer(home: Home) -> None:
    home.run("2026-11-10T14:59:00-05:00")
    home.run("2026-11-10T15:01:00-05:00")
    assert home.draft_recipients() == [f"Jane Doe <{JANE}>", f"Raj Patel <{RAJ}>"]


def test_a_rerun_at_the_same_instant_adds_nothing(home: Home) -> None:
    home.run("2026-11-10T15:01:00-05:00")
    files = home.draft_files()
    reminders = (home.folder / "reminders.ics").read_bytes()
    report = home.run("2026-11-10T15:01:00-05:00")
    assert report.done == []
    assert home.draft_files() == files
    assert (home.folder / "reminders.ics").read_bytes() == reminders


def test_reminders_ics_holds_the_nudge_and_the_check_in_at_local_times(home: Home) -> None:
    home.run("2026-11-10T15:01:00-05:00")
    found = home.reminders()
    assert found[f"nudge/acme-1/{JANE}"] == ny(11, 11, 11, 0)  # end + 20 h
    assert found[f"nudge/acme-1/{RAJ}"] == ny(11, 11, 11, 0)
    check_in = home.reminder("checkin/")
    assert check_in == ny(11, 17)  # a week later, 09:00
    assert check_in.astimezone(NEW_YORK).time() == time(9, 0)


def test_sending_one_thank_you_removes_only_its_nudge(home: Home) -> None:
    home.run("2026-11-10T15:01:00-05:00")
    home.send_draft_to(JANE)
    home.run("2026-11-11T10:00:00-05:00")
    nudges = {key for key in home.reminders() if key.startswith("nudge/")}
    assert nudges == {f"nudge/acme-1/{RAJ}"}


@pytest.mark.parametrize(
    ("stamp", "drafts", "state"),
    [("2026-11-12T14:59:00-05:00", 2, "drafted"), ("2026-11-12T15:01:00-05:00", 0, "missed")],
    ids=["end+48h-1m", "end+48h+1m"],
)
def test_a_first_run_near_the_late_limit(home: Home, stamp: str, drafts: int, state: str) -> None:
    report = home.run(stamp)
    assert len(home.draft_files()) == drafts
    assert report.plan is not None
    assert {t.state for t in report.plan.applications[0].thank_yous} == {state}


# --------------------------------------------------------------------------- rounds


def test_a_second_round_moves_the_check_in_and_gets_its_own_thank_yous(home: Home) -> None:
    home.run("2026-11-10T15:01:00-05:00")
    assert set(home.reminders()) >= {"checkin/acme/acme-1/1"}
    home.write_calendar(vevent("acme-1", TUESDAY_2PM), vevent("acme-2", ny(11, 13, 10)))
    home.run("2026-11-13T11:01:00-05:00")  # Friday, the second round ended at 11:00
    check_ins = {k: v for k, v in home.reminders().items() if k.startswith("checkin/")}
    assert check_ins == {"checkin/acme/acme-2/1": ny(11, 20)}
    assert len(home.draft_files()) == 4


# --------------------------------------------------------------------------- daylight saving


@pytest.mark.parametrize(
    ("start", "stamp", "check_in", "offset_hours"),
    [
        (ny(10, 30, 14), "2026-10-30T15:01:00-04:00", ny(11, 6), -5),
        (ny(3, 12, 14, year=2027), "2027-03-12T15:01:00-05:00", ny(3, 19, year=2027), -4),
    ],
    ids=["fall-back", "spring-forward"],
)
def test_the_check_in_a_week_later_is_09_00_after_a_clock_change(
    tmp_path: Path, start: datetime, stamp: str, check_in: datetime, offset_hours: int
) -> None:
    home = make_home(tmp_path, NEW_YORK)
    home.write_calendar(vevent("acme-1", start))
    home.run(stamp)
    found = home.reminder("checkin/").astimezone(NEW_YORK)
    assert found == check_in
    assert found.time() == time(9, 0)
    assert found.utcoffset() == timedelta(hours=offset_hours)


# --------------------------------------------------------------------------- far from UTC


@pytest.mark.parametrize(
    ("tz", "start_utc", "stamp", "check_in_utc"),
    [
        # Wednesday 04:00-05:00 IST = Tuesday 22:30 UTC: a week from the local Wednesday
        (
            KOLKATA,
            datetime(2026, 11, 10, 22, 30, tzinfo=UTC),
            "2026-11-10T23:31:00Z",
            datetime(2026, 11, 18, 3, 30, tzinfo=UTC),
        ),
        # Wednesday 09:00-10:00 NZDT = Tuesday 20:00 UTC
        (
            AUCKLAND,
            datetime(2026, 11, 10, 20, 0, tzinfo=UTC),
            "2026-11-10T21:01:00Z",
            datetime(2026, 11, 17, 20, 0, tzinfo=UTC),
        ),
        # Tuesday 22:30-23:30 NZDT, the same day in UTC
        (
            AUCKLAND,
            datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
            "2026-11-10T10:31:00Z",
            datetime(2026, 11, 16, 20, 0, tzinfo=UTC),
        ),
    ],
    ids=["kolkata", "auckland-morning", "auckland-late"],
)
def test_far_from_utc_the_check_in_is_09_00_local_a_week_after_the_local_date(
    tmp_path: Path, tz: ZoneInfo, start_utc: datetime, stamp: str, check_in_utc: datetime
) -> None:
    home = make_home(tmp_path, tz)
    home.write_calendar(vevent("acme-1", start_utc))
    home.run(stamp)
    assert len(home.draft_files()) == 2
    found = home.reminder("checkin/")
    assert found == check_in_utc
    assert found.astimezone(tz).time() == time(9, 0)


# --------------------------------------------------------------------------- dates in notes


@pytest.mark.parametrize(
    ("written", "check_in"),
    [
        ("Thursday", ny(11, 13)),
        ("Nov 24th", ny(11, 25)),
        ("November 24", ny(11, 25)),
        ("2026-11-24", ny(11, 25)),
        ("in two weeks", ny(11, 25)),
        ("end of next week", ny(11, 23)),
    ],
)
def test_a_decision_date_in_the_event_description_sets_the_check_in(
    tmp_path: Path, written: str, check_in: datetime
) -> None:
    home = make_home(tmp_path, NEW_YORK)
    description = f"Bring portfolio.\n\ndecision: {written}\ntopic: the event pipeline"
    home.write_calendar(vevent("acme-1", TUESDAY_2PM, description=description))
    report = home.run("2026-11-10T15:01:00-05:00")
    assert report.plan is not None and report.plan.applications[0].problems == ()
    assert home.reminder("checkin/") == check_in


def test_an_unreadable_decision_date_is_reported_and_the_week_rule_applies(tmp_path: Path) -> None:
    home = make_home(tmp_path, NEW_YORK)
    description = "decision: when the stars align"
    home.write_calendar(vevent("acme-1", TUESDAY_2PM, description=description))
    report = home.run("2026-11-10T15:01:00-05:00")
    assert report.plan is not None
    (problem,) = report.plan.applications[0].problems
    assert "when the stars align" in problem
    assert home.reminder("checkin/") == ny(11, 17)
