"""`followup demo`: the whole job on bundled sample data, at simulated moments.

The bundled calendar holds three interviews (Acme with a decision date, Globex
without one, Initech whose employer replies) plus events that must not be
followed up. The demo copies it to a folder, then runs ordinary cycles through
the local backend at four moments of a November week, acting out what the
person and the employers do in between (a thank-you sent, mail arriving).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from agent import app, config, cycle, statusview

ZONE = ZoneInfo("America/New_York")

CONFIG = """\
# Demo configuration: the local backend on the files beside this one.
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
path = "state.sqlite3"
"""


@dataclass(frozen=True)
class Moment:
    at: datetime
    story: str
    before: Callable[[Path], str] | None = None  # what happens in the world first


def deliver(name: str) -> Callable[[Path], str]:
    def act(folder: Path) -> str:
        source = resources.files("agent.demo_data") / "mail" / name
        target = folder / "Maildir" / "new" / f"demo.{name}"
        target.write_bytes(source.read_bytes())
        return f"mail arrives: {name}"

    return act


def send_thank_you_to(address: str) -> Callable[[Path], str]:
    """Acts out the person sending one draft from their mail client: Drafts -> Sent."""

    def act(folder: Path) -> str:
        drafts = folder / "Maildir" / ".Drafts"
        for path in sorted(drafts.glob("*/*")):
            if path.is_file() and address in path.read_text(errors="replace"):
                target = folder / "Maildir" / ".Sent" / "cur" / path.name.split(":")[0]
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(path), target)
                return f"you send the thank-you to {address}"
        return f"(no draft to {address} found)"

    return act


def both(*acts: Callable[[Path], str]) -> Callable[[Path], str]:
    return lambda folder: "; ".join(act(folder) for act in acts)


MOMENTS = (
    Moment(
        datetime(2026, 11, 10, 15, 5, tzinfo=ZONE),
        "Tuesday, just after the Acme interview (two interviewers)",
    ),
    Moment(
        datetime(2026, 11, 11, 10, 35, tzinfo=ZONE),
        "Wednesday morning, after the Globex phone screen",
        send_thank_you_to("jane.doe@acmerobotics.com"),
    ),
    Moment(
        datetime(2026, 11, 12, 18, 5, tzinfo=ZONE),
        "Thursday evening, after the Initech onsite",
        deliver("01-out-of-office.eml"),
    ),
    Moment(
        datetime(2026, 11, 16, 9, 5, tzinfo=ZONE),
        "Monday morning: Acme's decision day has passed; Initech writes back",
        both(deliver("02-newsletter.eml"), deliver("03-next-round.eml")),
    ),
)


def prepare(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = resources.files("agent.demo_data")
    (folder / "calendar.ics").write_bytes((data / "calendar.ics").read_bytes())
    # A Maildir++ account as a mail client leaves it: the inbox, Sent and Drafts.
    for box in ("", ".Sent", ".Drafts"):
        for sub in ("new", "cur", "tmp"):
            (folder / "Maildir" / box / sub).mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def run(directory: str | None = None, *, out: Callable[[str], None] = print) -> int:
    folder = (
        Path(directory).expanduser().resolve()
        if directory
        else Path(tempfile.mkdtemp(prefix="followup-demo-"))
    )
    if folder.exists() and not folder.is_dir():
        out(f"{folder} is a file; give a folder (new or empty) for the demo's files.")
        return 2
    if (folder / "state.sqlite3").exists():
        out(f"{folder} already holds a demo; give an empty folder.")
        return 2
    cfg = config.load(prepare(folder))
    out("Demo: Casey Candidate's interview week, November 2026 (times in New York).")
    out(f"Files in {folder}\n")
    for moment in MOMENTS:
        out(f"== {moment.at:%a %d %b %H:%M} — {moment.story}")
        if moment.before:
            out(f"   ({moment.before(folder)})")
        report = app.run_once(cfg, moment.at, record=False)  # simulated time
        for line in report.done or ["nothing new to do"]:
            out(f"   - {line}")
        for line in statusview.skipped_lines(report.skipped) if moment is MOMENTS[0] else ():
            out(f"   - not followed up: {line}")
        out("")
    last = MOMENTS[-1].at
    with app.session(cfg, with_backends=False) as s:
        interviews, skipped = cycle.interviews_of(s.store, s.settings)
        plan = cycle.current_plan(s.store, interviews, s.settings, s.env, last)
        out(f"== Status on {last:%a %d %b %H:%M}")
        out(statusview.as_text(plan, skipped, str(s.settings.tz), holidays=s.holidays))
    out("")
    out(f"Drafts (Maildir):   {folder / 'Maildir' / '.Drafts'}")
    out(f"Sent (Maildir):     {folder / 'Maildir' / '.Sent'}")
    out(f"Reminders (.ics):   {folder / 'reminders.ics'}")
    out(f"See it again:       followup status --config {folder / 'config.toml'}")
    out("Nothing was sent: every draft waits for you to review and send it.")
    return 0
