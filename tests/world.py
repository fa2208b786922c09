"""A small world on disk for end-to-end tests: config, calendar, Maildir, reminders, state.

Everything is real: the calendar is an .ics file written with icalendar, mail
is delivered as files into a Maildir, the state is SQLite, and cycles and
commands run through `agent.app`, `agent.cycle` and `agent.cli.main`. The
World also acts out the person (sending, editing or deleting a draft in their
mail client) and reads back what the agent wrote, the way a mail client or a
calendar app would.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import io
import json
import os
import shutil
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from freezegun import freeze_time

from agent import app, cli, config, cycle, mime
from agent.core.model import MailMessage

NEW_YORK = ZoneInfo("America/New_York")
ME_NAME = "Casey Candidate"
ME = "casey@example.com"

CONFIG = """\
backend = "local"

[person]
name = "Casey Candidate"
email = "casey@example.com"
timezone = "America/New_York"

[local]
calendar = "calendar.ics"
maildir = "Maildir"
reminders = "reminders.ics"

[state]
path = "state/state.sqlite3"
"""


@dataclass(frozen=True)
class Guest:
    """An attendee line: ATTENDEE;CN=...;PARTSTAT=...;CUTYPE=...:mailto:..."""

    email: str
    name: str = ""
    partstat: str = "ACCEPTED"
    cutype: str = ""
    role: str = ""  # ROLE: REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT, CHAIR


JANE = Guest("jane.doe@acme.example", "Jane Doe")
RAJ = Guest("raj.patel@acme.example", "Raj Patel")
ROOM = Guest("room4@acme.example", "Conference Room 4", cutype="ROOM")
CASEY = Guest(ME, ME_NAME)


@dataclass(frozen=True)
class EventSpec:
    uid: str
    title: str
    start: datetime | date
    end: datetime | date
    attendees: tuple[Guest, ...]
    organizer: str
    description: str
    rrule: str
    status: str


@dataclass
class DraftFile:
    """One file in the Drafts folder, as a mail client reads it."""

    path: Path
    raw: bytes
    message: MailMessage
    mime_message: EmailMessage
    # The purpose key, as the state store recorded it for this Message-ID: the
    # draft itself carries nothing internal. "" for a draft the agent never recorded.
    key: str = ""

    @property
    def text(self) -> str:
        return _part(self.mime_message, "text/plain")

    @property
    def html(self) -> str:
        return _part(self.mime_message, "text/html")

    @property
    def to(self) -> list[str]:
        return [a.email for a in self.message.to]


@dataclass
class ReminderEvent:
    """One VEVENT of reminders.ics, as a calendar app reads it."""

    uid: str
    key: str
    start: datetime
    end: datetime
    summary: str
    description: str
    transparency: str
    alarms: int
    component: icalendar.Event = field(repr=False)


@dataclass
class Outcome:
    """A command's exit code and what it printed."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class World:
    """A person's files in `root`, and the agent run on them."""

    def __init__(self, root: Path, *, config_text: str = CONFIG) -> None:
        self.root = root
        self.config_path = root / "config.toml"
        self.calendar_path = root / "calendar.ics"
        self.maildir = root / "Maildir"
        local = tomllib.loads(config_text).get("local", {})
        self.reminders_path = root / local.get("reminders", "reminders")
        self.state_path = root / "state" / "state.sqlite3"
        self.events: dict[str, EventSpec] = {}
        self.draft_keys: dict[str, str] = {}  # Message-ID -> key, kept across a lost store
        root.mkdir(parents=True, exist_ok=True)
        # A Maildir++ account as a mail client leaves it: the inbox, Sent and Drafts.
        for box in ("", ".Sent", ".Drafts"):
            for sub in ("new", "cur", "tmp"):
                (self.maildir / box / sub).mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(config_text, encoding="utf-8")
        self._write_calendar()

    # ------------------------------------------------------------------ the calendar

    def add_event(
        self,
        uid: str,
        title: str,
        start: datetime | date,
        end: datetime | date,
        *,
        attendees: Sequence[Guest] = (JANE, RAJ, ROOM, CASEY),
        organizer: str | None = None,
        description: str = "",
        rrule: str = "",
        status: str = "",
    ) -> None:
        """Add or replace (same UID) one event. Naive datetimes are floating times."""
        if organizer is None:
            organizer = next((g.email for g in attendees if g.email != ME), "")
        self.events[uid] = EventSpec(
            uid, title, start, end, tuple(attendees), organizer, description, rrule, status
        )
        self._write_calendar()

    def move_event(self, uid: str, start: datetime, end: datetime) -> None:
        spec = self.events[uid]
        self.events[uid] = EventSpec(
            spec.uid,
            spec.title,
            start,
            end,
            spec.attendees,
            spec.organizer,
            spec.description,
            spec.rrule,
            spec.status,
        )
        self._write_calendar()

    def cancel_event(self, uid: str) -> None:
        spec = self.events[uid]
        self.events[uid] = EventSpec(
            spec.uid,
            spec.title,
            spec.start,
            spec.end,
            spec.attendees,
            spec.organizer,
            spec.description,
            spec.rrule,
            "CANCELLED",
        )
        self._write_calendar()

    def remove_event(self, uid: str) -> None:
        del self.events[uid]
        self._write_calendar()

    def _write_calendar(self) -> None:
        calendar = icalendar.Calendar()
        calendar.add("PRODID", "-//tests//world//EN")
        calendar.add("VERSION", "2.0")
        for spec in self.events.values():
            calendar.add_component(_vevent(spec))
        before = self.calendar_path.stat().st_mtime_ns if self.calendar_path.exists() else 0
        self.calendar_path.write_bytes(calendar.to_ical())
        # The calendar's cursor is the file's size and mtime: make sure a change shows.
        later = max(self.calendar_path.stat().st_mtime_ns, before + 1_000_000_000)
        os.utime(self.calendar_path, ns=(later, later))

    # ------------------------------------------------------------------ mail arriving

    def deliver(
        self,
        name: str,
        *,
        sender: str,
        subject: str,
        body: str,
        date: datetime,
        headers: dict[str, str] | None = None,
        attachments: Iterable[tuple[str, str]] = (),
    ) -> Path:
        """An inbound message in Maildir/new. `attachments`: (mime type, text) parts."""
        message = EmailMessage(policy=email.policy.SMTP)
        message["From"] = sender
        message["To"] = f"{ME_NAME} <{ME}>"
        message["Subject"] = subject
        message["Date"] = format_datetime(date)
        message["Message-ID"] = f"<{name}@mail.test>"
        for header, value in (headers or {}).items():
            message[header] = value
        message.set_content(body)
        for mime_type, text in attachments:
            maintype, subtype = mime_type.split("/")
            message.add_attachment(text.encode(), maintype=maintype, subtype=subtype)
        return self.deliver_raw(name, message.as_bytes(policy=email.policy.default))

    def deliver_raw(self, name: str, raw: bytes) -> Path:
        path = self.maildir / "new" / f"{name}.eml"
        path.write_bytes(raw)
        return path

    # ------------------------------------------------------------------ the agent

    def config(self) -> config.Config:
        return config.load(self.config_path)

    def run(self, now: datetime, *, after_effect: cycle.AfterEffect | None = None) -> cycle.Report:
        """One cycle at `now`, as `followup run --once` does it (with the test hook if given)."""
        cfg = self.config()
        if after_effect is None:
            return app.run_once(cfg, now)
        with app.session(cfg) as s:
            assert s.backends is not None
            return cycle.run_cycle(
                s.store, s.backends, s.settings, s.env, now, after_effect=after_effect
            )

    def cli(self, *args: str, now: datetime | None = None) -> Outcome:
        """`followup <args> --config <ours>`, at `now` (frozen) if given."""
        out, err = io.StringIO(), io.StringIO()
        frozen = freeze_time(now) if now is not None else contextlib.nullcontext()
        with frozen, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main([*args, "--config", str(self.config_path)])
        return Outcome(code, out.getvalue(), err.getvalue())

    def status(self, now: datetime) -> dict[str, Any]:
        outcome = self.cli("status", "--json", now=now)
        # 1: no cycle succeeded for three intervals before `now` (tests jump in time)
        assert outcome.code in (0, 1), outcome.err
        return outcome.json()

    def application(self, now: datetime, company: str) -> dict[str, Any]:
        (found,) = [a for a in self.status(now)["applications"] if a["company"] == company]
        return found

    def lose_state(self) -> None:
        for path in self.state_path.parent.glob(self.state_path.name + "*"):
            if not path.name.endswith(".lock"):
                path.unlink()

    def state_dump(self) -> str:
        import sqlite3

        connection = sqlite3.connect(str(self.state_path))
        try:
            return "\n".join(connection.iterdump())
        finally:
            connection.close()

    # ------------------------------------------------------------------ the person's mail client

    def drafts(self, key: str | None = None) -> list[DraftFile]:
        found = []
        keys = self.learn_draft_keys()
        for sub in ("new", "cur"):
            for path in sorted((self.maildir / ".Drafts" / sub).glob("*")):
                if path.is_file():
                    found.append(read_draft_file(path, keys))
        return [d for d in found if key is None or d.key == key]

    def learn_draft_keys(self) -> dict[str, str]:
        """Message-ID -> purpose key from the state store, remembered by the world."""
        if self.state_path.exists():
            import sqlite3

            connection = sqlite3.connect(str(self.state_path))
            try:
                rows = connection.execute("SELECT message_id, key FROM drafts").fetchall()
            except sqlite3.Error:
                rows = []
            finally:
                connection.close()
            self.draft_keys.update({str(m): str(k) for m, k in rows if m})
        return self.draft_keys

    def draft(self, key: str) -> DraftFile:
        (found,) = self.drafts(key)
        return found

    def draft_to(self, address: str) -> DraftFile:
        (found,) = [d for d in self.drafts() if d.to == [address]]
        return found

    def sent(self) -> list[DraftFile]:
        folder = self.maildir / ".Sent"
        return [
            read_draft_file(p)
            for p in sorted(folder.glob("*/*"))
            if p.is_file() and p.parent.name in ("new", "cur")
        ]

    def send(self, draft: DraftFile) -> Path:
        """The person sends the draft: their client moves it to Sent, content unchanged."""
        target = self.maildir / ".Sent" / "cur" / (draft.path.name.split(":")[0] + ":2,S")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(draft.path), target)
        return target

    def edit(self, draft: DraftFile, text: str) -> None:
        """The person rewrites the draft's text and saves it in place."""
        message = email.message_from_bytes(draft.raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                part.set_content(text, charset="utf-8", cte="quoted-printable")
                break
        draft.path.write_bytes(message.as_bytes(policy=email.policy.default))

    def delete(self, draft: DraftFile) -> None:
        draft.path.unlink()

    # ------------------------------------------------------------------ the reminder calendar

    def reminders(self, key: str | None = None) -> list[ReminderEvent]:
        """The reminder events, from the one file or from each item of the vdir folder."""
        path = self.reminders_path
        items = sorted(path.glob("*.ics")) if path.is_dir() else [path] if path.exists() else []
        found = [
            _reminder_event(c)
            for item in items
            for c in icalendar.Calendar.from_ical(item.read_bytes()).walk("VEVENT")
        ]
        return [r for r in found if key is None or r.key == key]

    def reminder(self, key: str) -> ReminderEvent:
        (found,) = self.reminders(key)
        return found

    def reminder_keys(self) -> list[str]:
        return sorted(r.key for r in self.reminders())


# --------------------------------------------------------------------------- helpers


class FailingOnce:
    """An `after_effect` hook that crashes the cycle after the first effect named `prefix...`.

    The effect has happened (the file is written) but its record has not: the
    situation a power cut or a killed process leaves behind. `seen` holds the
    label it crashed on.
    """

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.seen: list[str] = []

    def __call__(self, label: str) -> None:
        if label.startswith(self.prefix) and not self.seen:
            self.seen.append(label)
            raise RuntimeError(f"crash after {label}")


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A wall-clock moment in New York."""
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK)


def _vevent(spec: EventSpec) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", spec.uid)
    event.add("DTSTAMP", datetime(2026, 11, 1, 12, 0, tzinfo=UTC))
    event.add("DTSTART", spec.start)
    event.add("DTEND", spec.end)
    event.add("SUMMARY", spec.title)
    if spec.description:
        event.add("DESCRIPTION", spec.description)
    if spec.organizer:
        event.add("ORGANIZER", icalendar.vCalAddress(f"mailto:{spec.organizer}"))
    for guest in spec.attendees:
        address = icalendar.vCalAddress(f"mailto:{guest.email}")
        if guest.name:
            address.params["CN"] = guest.name
        if guest.partstat:
            address.params["PARTSTAT"] = guest.partstat
        if guest.cutype:
            address.params["CUTYPE"] = guest.cutype
        if guest.role:
            address.params["ROLE"] = guest.role
        event.add("ATTENDEE", address)
    if spec.rrule:
        event.add("RRULE", icalendar.vRecur.from_ical(spec.rrule))
    if spec.status:
        event.add("STATUS", spec.status)
    return event


def read_draft_file(path: Path, keys: dict[str, str] | None = None) -> DraftFile:
    raw = path.read_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    message = mime.parse(raw, id=path.name)
    return DraftFile(path, raw, message, parsed, (keys or {}).get(message.message_id, ""))


def _part(message: EmailMessage, content_type: str) -> str:
    for part in message.walk():
        if part.get_content_type() == content_type:
            content = part.get_content()
            return content if isinstance(content, str) else content.decode()
    return ""


def _reminder_event(component: icalendar.Event) -> ReminderEvent:
    start = component.decoded("DTSTART")
    end = component.decoded("DTEND")
    return ReminderEvent(
        uid=str(component.get("UID")),
        key=str(component.get("X-FOLLOWUP-KEY", "")),
        start=start,
        end=end,
        summary=str(component.get("SUMMARY", "")),
        description=str(component.get("DESCRIPTION", "")),
        transparency=str(component.get("TRANSP", "")),
        alarms=len(component.walk("VALARM")),
        component=component,
    )


# --------------------------------------------------------------------------- the usual world

ACME_UID = "acme-1@test"
ACME_TITLE = "Interview: Backend Engineer at Acme"
ACME_START = at(2026, 11, 10, 14, 0)  # a Tuesday
ACME_END = at(2026, 11, 10, 15, 0)
JUST_AFTER = at(2026, 11, 10, 15, 5)


def acme_world(root: Path) -> World:
    """The interview most tests start from: Jane and Raj of Acme, a room, and Casey."""
    world = World(root)
    world.add_event(ACME_UID, ACME_TITLE, ACME_START, ACME_END, attendees=(JANE, RAJ, ROOM, CASEY))
    return world
