"""What a cycle costs against Google, as the mailbox and the calendar grow.

Runs the real agent (real google-api-python-client, real SQLite) against the
test suite's fake Google, which lives in a child process so that the peak RSS
printed is the agent's own. For each size it prints, per cycle:

  first   the first cycle on an empty state store (bounded look-back, window sync)
  idle    a cycle with nothing new
  k=N     a cycle after an interview with N interviewers ended
  idle    the cycle after that (it confirms its own new drafts once)
  idle    and the one after that

with the HTTP requests made, the Gmail quota units spent, wall time and the
agent process's peak RSS so far.

Usage: python bench/cycle_cost.py [--sizes 100:10,1000:100,10000:1000,100000:10000] [--k 3]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def serve(conn, mailbox: int, events: int) -> None:  # runs in the child process
    from tests.fake_google import FakeGoogle

    fake = FakeGoogle(owner_email="casey@example.com")
    fake.calendar.set_timezone("primary", "America/New_York")
    fake.issue_token(refresh_token="refresh-1")
    fake.gmail.add_many(mailbox)
    start = NOW - timedelta(days=55)
    for i in range(events):
        at = start + timedelta(hours=3 * i % (24 * 140))
        fake.calendar.add_event(
            "primary",
            summary=f"Meeting {i}",
            start={"dateTime": at.isoformat()},
            end={"dateTime": (at + timedelta(minutes=30)).isoformat()},
        )
    fake.start()
    conn.send(
        (
            "ready",
            fake.url,
            fake.client_id,
            fake.client_secret,
            fake.token_uri,
            fake.issue_token(refresh_token="refresh-1"),
            list(fake.granted_scopes("refresh-1")),
        )
    )
    while True:
        command, *args = conn.recv()
        if command == "stop":
            fake.stop()
            conn.send("stopped")
            return
        if command == "reset":
            fake.reset_counters()
            conn.send("ok")
        elif command == "counters":
            conn.send((len(fake.requests), fake.quota_units))
        elif command == "interview":
            (k,) = args
            end = NOW + timedelta(hours=1)
            fake.calendar.add_event(
                "primary",
                summary="Interview: Engineer at Acme",
                start={"dateTime": (end - timedelta(hours=1)).isoformat()},
                end={"dateTime": end.isoformat()},
                attendees=[{"email": "casey@example.com", "self": True}]
                + [
                    {"email": f"person{n}@acme.example", "displayName": f"Person {n}"}
                    for n in range(k)
                ],
            )
            conn.send("ok")


def write_config(folder: Path, ready: tuple) -> Path:
    import json
    import os

    _, url, client_id, secret, token_uri, access, scopes = ready
    token = folder / "token.json"
    expiry = (datetime.now(UTC) + timedelta(hours=1)).replace(tzinfo=None, microsecond=0)
    data = {
        "token": access,
        "refresh_token": "refresh-1",
        "token_uri": token_uri,
        "client_id": client_id,
        "client_secret": secret,
        "scopes": scopes,
        "expiry": expiry.isoformat() + "Z",
    }
    fd = os.open(token, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(data, handle)
    path = folder / "config.toml"
    path.write_text(f"""backend = "google"
[person]
name = "Casey Candidate"
[google]
token = "{token}"
api_endpoint = "{url}"
[state]
path = "{folder / "state.sqlite3"}"
""")
    return path


def measure(conn, label: str, cfg, now: datetime) -> str:
    from agent import app

    conn.send(("reset",))
    conn.recv()
    started = time.perf_counter()
    app.run_once(cfg, now)
    wall = time.perf_counter() - started
    conn.send(("counters",))
    requests, units = conn.recv()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return f"{label:>6} {requests:>9} {units:>10} {wall * 1000:>9.0f} {rss:>9.0f}"


def run_size(mailbox: int, events: int, k: int) -> list[str]:
    from agent import config

    parent, child = mp.Pipe()
    process = mp.get_context("fork").Process(target=serve, args=(child, mailbox, events))
    process.start()
    ready = parent.recv()
    lines = [f"mailbox {mailbox:,} messages, calendar {events:,} events"]
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config.load(write_config(Path(tmp), ready))
        lines.append(measure(parent, "first", cfg, NOW))
        lines.append(measure(parent, "idle", cfg, NOW + timedelta(minutes=10)))
        parent.send(("interview", k))
        parent.recv()
        lines.append(measure(parent, f"k={k}", cfg, NOW + timedelta(hours=1, minutes=5)))
        lines.append(measure(parent, "idle", cfg, NOW + timedelta(hours=1, minutes=15)))
        lines.append(measure(parent, "idle", cfg, NOW + timedelta(hours=1, minutes=25)))
    parent.send(("stop",))
    parent.recv()
    process.join()
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", default="100:10,1000:100,10000:1000,100000:10000", help="mailbox:events pairs"
    )
    ap.add_argument("--k", type=int, default=3, help="interviewers in the new interview")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # one size, in this process
    args = ap.parse_args()
    if args.one:
        mailbox, events = (int(x) for x in args.one.split(":"))
        for line in run_size(mailbox, events, args.k):
            print(line, flush=True)
        return
    print(
        f"{'cycle':>6} {'requests':>9} {'gmail_qu':>10} {'wall_ms':>9} {'rss_MiB':>9}", flush=True
    )
    for pair in args.sizes.split(","):
        # Each size in a fresh process, so its peak RSS is not the previous size's.
        subprocess.run([sys.executable, __file__, "--one", pair, "--k", str(args.k)], check=True)


if __name__ == "__main__":
    main()
