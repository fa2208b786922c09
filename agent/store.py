"""The state store: SQLite, one file, a versioned schema.

It holds what the agent knows (calendar events, replies, notes, sync cursors)
and what it did (drafts and reminders by purpose key). Each side effect is
recorded in two steps, "pending" before and "done" after, each its own
transaction, so a crash between the side effect and its record is seen on the
next run and resolved by looking the object up instead of writing it again.

The `journal` table is an append-only log of every side effect, for a person
(or a bug report) asking "what did it do, and when": `sqlite3 state.sqlite3
'SELECT * FROM journal'`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from agent.core.model import (
    Address,
    Attendee,
    CalendarChanges,
    CalendarEvent,
    DateMention,
    Done,
    DraftRecord,
    DraftRef,
    DraftState,
    ReminderRecord,
    ReminderRef,
    Reply,
    ReplyKind,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    uid TEXT PRIMARY KEY, calendar_id TEXT NOT NULL, start TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY, interview_uid TEXT NOT NULL, text TEXT NOT NULL, added TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (
    key TEXT PRIMARY KEY, state TEXT NOT NULL, version TEXT NOT NULL,
    text_hash TEXT NOT NULL, pending_hash TEXT NOT NULL DEFAULT '', message_id TEXT NOT NULL,
    draft_id TEXT NOT NULL DEFAULT '', thread_id TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '', created TEXT, sent TEXT);
CREATE TABLE IF NOT EXISTS reminders (
    key TEXT PRIMARY KEY, version TEXT NOT NULL, start TEXT NOT NULL,
    event_id TEXT NOT NULL DEFAULT '', pending INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS replies (
    message_id TEXT PRIMARY KEY, thread_id TEXT NOT NULL, application TEXT NOT NULL,
    sender_email TEXT NOT NULL, sender_name TEXT NOT NULL, subject TEXT NOT NULL,
    received TEXT NOT NULL, noticed TEXT NOT NULL, kind TEXT NOT NULL,
    new_date_text TEXT NOT NULL DEFAULT '', new_date TEXT, corrected INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, key TEXT NOT NULL,
    detail TEXT NOT NULL);
"""


_BUSY_SECONDS = 30


def _write_ahead_log(connection: sqlite3.Connection) -> None:
    """Switch a store to WAL, waiting for another process that holds it.

    Turning WAL on needs the store to itself, and SQLite answers "database is
    locked" at once instead of waiting as the busy timeout does for writes: two
    processes opening a new store together (`run --once & status &`) would
    otherwise fail one of them.
    """
    deadline = time.monotonic() + _BUSY_SECONDS
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class StoreTooNew(Exception):
    """The store was written by a newer version of the agent."""

    def __init__(self, version: int) -> None:
        super().__init__(
            f"its schema is version {version}, newer than this version understands "
            f"({SCHEMA_VERSION}); upgrade interview-followup"
        )
        self.version = version


# Steps from one schema version to the next, applied in order to older stores
# and to new ones (after SCHEMA) alike.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    # Events are read in (start, uid) order every cycle: without this index
    # SQLite sorts them in a temporary B-tree each time.
    2: (
        "CREATE INDEX IF NOT EXISTS events_by_start ON events(start, uid)",
        # Whether detection's first test accepts the event (agent/candidates.py);
        # NULL until examined, and again whenever the event changes.
        "ALTER TABLE events ADD COLUMN candidate INTEGER",
        "CREATE INDEX IF NOT EXISTS events_candidates ON events(candidate, start, uid)",
    ),
    # The person's answers to "is this an interview?" (followup track / ignore), by event uid.
    3: (
        "CREATE TABLE IF NOT EXISTS decisions ("
        "uid TEXT PRIMARY KEY, decision TEXT NOT NULL, decided TEXT NOT NULL)",
    ),
    # The reply whose reading removed a draft, so correcting that reading restores it.
    4: ("ALTER TABLE drafts ADD COLUMN removed_by TEXT NOT NULL DEFAULT ''",),
    # Inputs that could not be read (one message, one event), reported once in `status`.
    5: (
        "CREATE TABLE IF NOT EXISTS problems ("
        "key TEXT PRIMARY KEY, what TEXT NOT NULL, detail TEXT NOT NULL, noticed TEXT NOT NULL)",
    ),
}


class Store:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        self.db.row_factory = sqlite3.Row
        self._migrate()

    @classmethod
    def open(cls, path: Path | str) -> Store:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(path), timeout=_BUSY_SECONDS, isolation_level=None)
        _write_ahead_log(connection)
        connection.execute("PRAGMA synchronous=FULL")
        return cls(connection)

    def snapshot(self) -> Store:
        """An in-memory copy, for --dry-run: the cycle runs on it and nothing is kept."""
        copy = sqlite3.connect(":memory:", isolation_level=None)
        self.db.backup(copy)
        return Store(copy)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        """Create or upgrade the schema inside one write transaction.

        Two processes opening a new store at once (`run --once & status &`):
        the second waits for the first's transaction, then finds the schema
        made, instead of failing on "table meta already exists".
        """
        with self.transaction():
            exists = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            ).fetchone()
            if not exists:
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self._set_meta("schema_version", "1")
            version = int(self.meta("schema_version") or 0)
            if version > SCHEMA_VERSION:
                raise StoreTooNew(version)
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    self.db.execute(statement)
            if version != SCHEMA_VERSION:
                self._set_meta("schema_version", str(SCHEMA_VERSION))

    # ------------------------------------------------------------------ unreadable inputs

    def add_problem(self, key: str, what: str, detail: str, at: datetime) -> bool:
        """Record an input that could not be read; False when it was already known."""
        with self.transaction():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO problems(key, what, detail, noticed) VALUES(?, ?, ?, ?)",
                (key, what, detail, at.isoformat()),
            )
            return cursor.rowcount == 1

    def problems(self) -> list[tuple[str, str, str, str]]:
        """(key, what, detail, noticed) of every input skipped as unreadable, oldest first."""
        rows = self.db.execute("SELECT key, what, detail, noticed FROM problems ORDER BY noticed")
        return [(r["key"], r["what"], r["detail"], r["noticed"]) for r in rows]

    # ------------------------------------------------------------------ meta and cursors

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row["value"] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, value),
        )

    def set_meta(self, key: str, value: str) -> None:
        if self.meta(key) == value:
            return  # an idle cycle's unchanged cursor: no write, no fsync
        with self.transaction():
            self._set_meta(key, value)

    # ------------------------------------------------------------------ interview identity

    def identities(self) -> dict[str, str]:
        """Interview signature -> the UID first seen with it (agent/core/identity.py)."""
        rows = self.db.execute("SELECT key, value FROM meta WHERE key LIKE 'identity.%'")
        return {r["key"].removeprefix("identity."): r["value"] for r in rows}

    def remember_identities(self, new: dict[str, str]) -> None:
        with self.transaction():
            for sig, uid in new.items():
                self.db.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES(?, ?)", (f"identity.{sig}", uid)
                )

    # ------------------------------------------------------------------ calendar

    def apply_calendar(self, changes: CalendarChanges) -> None:
        """Upsert what changed, forget what went, and keep the cursor, all at once."""
        if not changes.events and not changes.complete:
            self.set_meta("cursor.calendar", changes.cursor)  # written only if it changed
            return
        with self.transaction():
            if changes.complete:
                listed = {e.uid for e in changes.events}
                for uid, start in self.db.execute("SELECT uid, start FROM events").fetchall():
                    in_window = changes.window is None or (
                        _sort_key(changes.window[0]) <= start <= _sort_key(changes.window[1])
                    )
                    if uid not in listed and in_window:
                        self.db.execute("DELETE FROM events WHERE uid=?", (uid,))
            for event in changes.events:
                if event.status == "cancelled" and not event.title:
                    self.db.execute("DELETE FROM events WHERE uid=?", (event.uid,))
                    continue
                self.db.execute(
                    "INSERT INTO events(uid, calendar_id, start, data) VALUES(?, ?, ?, ?) "
                    "ON CONFLICT(uid) DO UPDATE SET calendar_id=excluded.calendar_id, "
                    "start=excluded.start, data=excluded.data, candidate=NULL",
                    (event.uid, event.calendar_id, _sort_key(event.start), _event_json(event)),
                )
            self._set_meta("cursor.calendar", changes.cursor)

    def events(self) -> list[CalendarEvent]:
        rows = self.db.execute("SELECT uid, data FROM events ORDER BY start, uid").fetchall()
        events = []
        for row in rows:
            try:  # one event that cannot be read back (a date at the end of time) is skipped
                events.append(_event_from_json(row["data"]))
            except (ValueError, OverflowError, KeyError, TypeError) as error:
                log.warning("event %r skipped: cannot read it back (%s)", row["uid"], error)
        return events

    def unclassified_events(self) -> list[CalendarEvent]:
        rows = self.db.execute("SELECT data FROM events WHERE candidate IS NULL").fetchall()
        return [_event_from_json(row["data"]) for row in rows]

    def mark_candidates(self, verdicts: dict[str, bool]) -> None:
        with self.transaction():
            self.db.executemany(
                "UPDATE events SET candidate=? WHERE uid=?",
                [(int(ok), uid) for uid, ok in verdicts.items()],
            )

    def forget_candidates(self) -> None:
        with self.transaction():
            self.db.execute("UPDATE events SET candidate=NULL")

    def candidate_events(self, also: Collection[str] = ()) -> list[CalendarEvent]:
        """The events marked as candidates, and the events whose uid is in `also`."""
        extra = sorted(also)
        where = "candidate=1" + (f" OR uid IN ({','.join('?' * len(extra))})" if extra else "")
        rows = self.db.execute(
            f"SELECT data FROM events WHERE {where} ORDER BY start, uid", extra
        ).fetchall()
        return [_event_from_json(row["data"]) for row in rows]

    # ------------------------------------------------------------------ notes

    def add_note(self, interview_uid: str, text: str, added: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO notes(interview_uid, text, added) VALUES(?, ?, ?)",
                (interview_uid, text, added.isoformat()),
            )

    def notes(self) -> dict[str, str]:
        out: dict[str, list[str]] = {}
        for row in self.db.execute("SELECT interview_uid, text FROM notes ORDER BY id"):
            out.setdefault(row["interview_uid"], []).append(row["text"])
        return {uid: "\n".join(lines) for uid, lines in out.items()}

    # ------------------------------------------------------------------ decisions

    def decide(self, uid: str, decision: str, at: datetime) -> None:
        """The person's answer for one event ("track" or "ignore"); a later one replaces it."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO decisions(uid, decision, decided) VALUES(?, ?, ?) "
                "ON CONFLICT(uid) DO UPDATE SET decision=excluded.decision, "
                "decided=excluded.decided",
                (uid, decision, at.isoformat()),
            )
            self._journal(at, decision, uid, "")

    def decisions(self) -> dict[str, str]:
        rows = self.db.execute("SELECT uid, decision FROM decisions").fetchall()
        return {row["uid"]: row["decision"] for row in rows}

    # ------------------------------------------------------------------ replies

    def add_reply(self, reply: Reply) -> bool:
        """Record a reply once; False when it was already known."""
        with self.transaction():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO replies VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    reply.message_id,
                    reply.thread_id,
                    reply.application,
                    reply.sender.email,
                    reply.sender.name,
                    reply.subject,
                    reply.received.isoformat(),
                    (reply.noticed or reply.received).isoformat(),
                    reply.kind.value,
                    reply.new_date.text if reply.new_date else "",
                    reply.new_date.value.isoformat()
                    if reply.new_date and reply.new_date.value
                    else None,
                    int(reply.corrected),
                ),
            )
            return cursor.rowcount == 1

    def correct_reply(self, message_id: str, kind: ReplyKind) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "UPDATE replies SET kind=?, corrected=1 WHERE message_id=?",
                (kind.value, message_id),
            )
            return cursor.rowcount == 1

    def replies(self) -> list[Reply]:
        rows = self.db.execute("SELECT * FROM replies ORDER BY received").fetchall()
        return [
            Reply(
                message_id=r["message_id"],
                thread_id=r["thread_id"],
                application=r["application"],
                sender=Address(r["sender_email"], r["sender_name"]),
                subject=r["subject"],
                received=datetime.fromisoformat(r["received"]),
                kind=ReplyKind(r["kind"]),
                new_date=DateMention(
                    r["new_date_text"], date.fromisoformat(r["new_date"]) if r["new_date"] else None
                )
                if r["new_date_text"]
                else None,
                corrected=bool(r["corrected"]),
                noticed=datetime.fromisoformat(r["noticed"]),
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ drafts

    def draft_pending(self, key: str, version: str, text_hash: str, message_id: str) -> None:
        """Before writing: the write may happen and the record not, so say so first."""
        with self.transaction():
            row = self.db.execute("SELECT state FROM drafts WHERE key=?", (key,)).fetchone()
            if row is None:
                self.db.execute(
                    "INSERT INTO drafts(key, state, version, text_hash, pending_hash, message_id) "
                    "VALUES(?, 'pending', ?, '', ?, ?)",
                    (key, version, text_hash, message_id),
                )
            else:  # an update of a present draft: the old text still counts as ours
                # The version stays the old one until the new text is written: killed
                # in between, the next cycle still sees the update as due.
                self.db.execute(
                    "UPDATE drafts SET pending_hash=?, message_id=? WHERE key=?",
                    (text_hash, message_id, key),
                )

    def draft_written(
        self, key: str, version: str, text_hash: str, ref: DraftRef, at: datetime
    ) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE drafts SET state='present', version=?, text_hash=?, pending_hash='', "
                "message_id=?, draft_id=?, thread_id=?, link=?, created=COALESCE(created, ?) "
                "WHERE key=?",
                (
                    version,
                    text_hash,
                    ref.message_id,
                    ref.draft_id,
                    ref.thread_id,
                    ref.link,
                    at.isoformat(),
                    key,
                ),
            )
            self._journal(at, "draft", key, ref.link)

    def draft_moved(self, key: str, ref: DraftRef) -> None:
        """The draft is the same, found under a new file or Message-ID (a client re-saved it)."""
        with self.transaction():
            self.db.execute(
                "UPDATE drafts SET message_id=?, draft_id=?, thread_id=?, link=? WHERE key=?",
                (ref.message_id, ref.draft_id, ref.thread_id, ref.link, key),
            )

    def draft_state(
        self, key: str, state: DraftState, at: datetime, detail: str = "", *, removed_by: str = ""
    ) -> None:
        """A draft's new state; `removed_by`: the reply whose reading made it stale, so a
        correction of that reading can restore it."""
        with self.transaction():
            self.db.execute(
                "UPDATE drafts SET state=?, sent=CASE WHEN ?='sent' THEN ? ELSE sent END, "
                "removed_by=? WHERE key=?",
                (state.value, state.value, at.isoformat(), removed_by, key),
            )
            self._journal(at, f"draft {state.value}", key, detail)

    def removed_by(self, reply_id: str) -> list[str]:
        """Keys of the drafts removed because of that reply, still removed."""
        rows = self.db.execute(
            "SELECT key FROM drafts WHERE removed_by=? AND state='removed' ORDER BY key",
            (reply_id,),
        )
        return [r["key"] for r in rows]

    def restore_draft(self, key: str, at: datetime, *, rewrite: bool) -> None:
        """Undo a removal: pending again (`rewrite`, so the next cycle writes it), or
        forgotten (so it is written only if the plan wants it)."""
        with self.transaction():
            if rewrite:
                self.db.execute(
                    "UPDATE drafts SET state='pending', removed_by='', draft_id='', "
                    "pending_hash='' WHERE key=?",
                    (key,),
                )
            else:
                self.db.execute("DELETE FROM drafts WHERE key=?", (key,))
            self._journal(at, "draft restored", key, "reply corrected")

    def draft_hashes(self, key: str) -> tuple[str, str]:
        row = self.db.execute(
            "SELECT text_hash, pending_hash FROM drafts WHERE key=?", (key,)
        ).fetchone()
        return (row["text_hash"], row["pending_hash"]) if row else ("", "")

    def pending_message_id(self, key: str) -> str:
        row = self.db.execute("SELECT message_id FROM drafts WHERE key=?", (key,)).fetchone()
        return row["message_id"] if row else ""

    # ------------------------------------------------------------------ reminders

    def reminder_pending(self, key: str, version: str, start: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO reminders(key, version, start, pending) VALUES(?, ?, ?, 1) "
                "ON CONFLICT(key) DO UPDATE SET version=excluded.version, start=excluded.start, "
                "pending=1",
                (key, version, start.isoformat()),
            )

    def reminder_written(self, ref: ReminderRef, start: datetime, at: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE reminders SET event_id=?, version=?, start=?, pending=0 WHERE key=?",
                (ref.event_id, ref.version, start.isoformat(), ref.key),
            )
            self._journal(at, "reminder", ref.key, start.isoformat())

    def reminder_deleted(self, key: str, at: datetime) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM reminders WHERE key=?", (key,))
            self._journal(at, "reminder removed", key, "")

    # ------------------------------------------------------------------ what was done

    def done(self) -> Done:
        drafts = {
            r["key"]: DraftRecord(
                key=r["key"],
                state=DraftState(r["state"]),
                version=r["version"],
                ref=DraftRef(r["draft_id"], r["message_id"], r["thread_id"], r["link"])
                if r["draft_id"]
                else None,
                created=_dt(r["created"]),
                sent=_dt(r["sent"]),
                removed_by=r["removed_by"],
            )
            for r in self.db.execute("SELECT * FROM drafts")
        }
        reminders = {
            r["key"]: ReminderRecord(
                key=r["key"],
                version=r["version"],
                start=datetime.fromisoformat(r["start"]),
                event_id=r["event_id"],
                pending=bool(r["pending"]),
            )
            for r in self.db.execute("SELECT * FROM reminders")
        }
        return Done(drafts, reminders)

    def _journal(self, at: datetime, action: str, key: str, detail: str) -> None:
        self.db.execute(
            "INSERT INTO journal(at, action, key, detail) VALUES(?, ?, ?, ?)",
            (at.isoformat(), action, key, detail),
        )


# --------------------------------------------------------------------------- event codec


def _sort_key(moment: datetime | date) -> str:
    """Comparable text: aware times in UTC, so window bounds compare correctly."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        try:
            return moment.astimezone(UTC).isoformat()
        except OverflowError:  # within hours of year 1 or 9999: its own reading sorts right
            return moment.replace(tzinfo=None).isoformat()
    return moment.isoformat()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _moment_json(moment: datetime | date) -> dict[str, str]:
    if isinstance(moment, datetime):
        tz = getattr(moment.tzinfo, "key", "")
        return {"datetime": moment.isoformat(), "tz": tz}
    return {"date": moment.isoformat()}


def _moment(data: dict[str, str]) -> datetime | date:
    if "date" in data:
        return date.fromisoformat(data["date"])
    moment = datetime.fromisoformat(data["datetime"])
    if data.get("tz"):
        moment = moment.astimezone(ZoneInfo(data["tz"]))
    return moment


def _event_json(event: CalendarEvent) -> str:
    return json.dumps(
        {
            "uid": event.uid,
            "calendar_id": event.calendar_id,
            "title": event.title,
            "start": _moment_json(event.start),
            "end": _moment_json(event.end),
            "description": event.description,
            "location": event.location,
            "attendees": [a.__dict__ for a in event.attendees],
            "organizer_email": event.organizer_email,
            "organizer_name": event.organizer_name,
            "status": event.status,
            "recurring": event.recurring,
            "color": event.color,
            "link": event.link,
        }
    )


def _event_from_json(text: str) -> CalendarEvent:
    data = json.loads(text)
    return CalendarEvent(
        uid=data["uid"],
        calendar_id=data["calendar_id"],
        title=data["title"],
        start=_moment(data["start"]),
        end=_moment(data["end"]),
        description=data["description"],
        location=data["location"],
        attendees=tuple(Attendee(**a) for a in data["attendees"]),
        organizer_email=data["organizer_email"],
        organizer_name=data.get("organizer_name", ""),  # stored before it was kept: unknown
        status=data["status"],
        recurring=data["recurring"],
        color=data["color"],
        link=data["link"],
    )
