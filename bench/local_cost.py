"""What a cycle costs on the local backend, as the Maildir and the calendar grow.

Generates worlds on disk (a Maildir with an inbox and Sent, a calendar as one
.ics file or as a folder of one .ics per event, three interviews that ended
yesterday, recurring meetings, mail from the interviewers' companies among
mail from everyone else) and runs the real agent on them:

  first   the first cycle on an empty state store (drafts and reminders written)
  idle    a cycle with nothing new (median of --repeat runs)
  k=N     a cycle after N new messages arrived (one a reply from an interviewer)
  cal+1   a cycle after one event was added to the calendar
  idle    the cycle after that

Each cycle is timed twice: as `followup run --once` in a new process (start-up
included; peak RSS of that process) and in one long-lived process calling
`app.run_once` (the daemon's case; its peak RSS so far). Start-up alone:
`followup --help` and `python -c pass`, best of --repeat.

Worlds are cached under --cache (default /tmp/followup-bench), so the 100,000
message world is written once (about a minute). The goals of issue 7 are
printed as ratios from the same run.

Usage:
  python bench/local_cost.py                      # the goal sizes, one .ics file
  python bench/local_cost.py --sizes 1000:100,10000:1000,100000:10000 --layout both
  python bench/local_cost.py --sizes 200:50 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORLD_VERSION = 3
TINY = (200, 50)
MIDDLE = (30_000, 3_000)
BIG = (100_000, 10_000)
ME = "casey@example.com"
COMPANIES = ("acme", "globex", "initech")
CONFIG = """backend = "local"
[person]
name = "Casey Candidate"
email = "{me}"
timezone = "America/New_York"
work_domains = ["work.example"]
[local]
calendar = "{calendar}"
maildir = "Maildir"
reminders = "reminders.ics"
[state]
path = "state/state.sqlite3"
"""


# --------------------------------------------------------------------------- worlds


def ical_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(
    uid: str,
    title: str,
    start: datetime,
    minutes: int,
    guests: list[tuple[str, str]],
    rrule: str = "",
) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T120000Z",
        f"DTSTART:{ical_time(start)}",
        f"DTEND:{ical_time(start + timedelta(minutes=minutes))}",
        f"SUMMARY:{title}",
        "DESCRIPTION:Agenda: quarterly numbers\\, roadmap and hiring plan.",
        "LOCATION:Room 4",
    ]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines.append(f"ORGANIZER:mailto:{guests[0][1] if guests else ME}")
    for name, address in guests:
        lines.append(f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED:mailto:{address}")
    lines.append(f"ATTENDEE;CN=Casey Candidate;PARTSTAT=ACCEPTED:mailto:{ME}")
    lines.append("END:VEVENT")
    return "\r\n".join(lines) + "\r\n"


def events_text(count: int, now: datetime, span_days: int = 730) -> list[tuple[str, str]]:
    """(uid, VEVENT text): interviews that ended yesterday, weekly series, meetings.

    The meetings are spread evenly over `span_days` ending 90 days ahead: with
    the default two years, about a fifth fall in the agent's 150-day window,
    as in a calendar kept for years; 150 puts them all in it (the worst case).
    """
    yesterday = (now - timedelta(days=1)).replace(hour=15, minute=0, second=0, microsecond=0)
    out = []
    for n, company in enumerate(COMPANIES):
        guests = [
            (f"Ann {company.title()}", f"ann@{company}.example"),
            (f"Bo {company.title()}", f"bo@{company}.example"),
        ]
        start = yesterday + timedelta(hours=n)
        uid = f"interview-{company}@bench"
        out.append(
            (uid, vevent(uid, f"Interview: Engineer at {company.title()}", start, 60, guests))
        )
    for n in range(5):
        uid = f"series-{n}@bench"
        start = now - timedelta(days=50, hours=n)
        out.append(
            (
                uid,
                vevent(
                    uid,
                    f"Weekly sync {n}",
                    start,
                    30,
                    [("Team", "team@work.example")],
                    rrule="FREQ=WEEKLY;COUNT=30",
                ),
            )
        )
    span = timedelta(days=span_days).total_seconds()
    first = now + timedelta(days=90) - timedelta(days=span_days)
    for i in range(max(count - len(out), 0)):
        start = first + timedelta(seconds=int(span * i / max(count, 1)))
        start = start.replace(second=0, microsecond=0)
        guests = [(f"Colleague {i % 50}", f"colleague{i % 50}@work.example")]
        uid = f"meeting-{i}@bench"
        out.append((uid, vevent(uid, f"Meeting {i}", start, 30, guests)))
    return out


def calendar_text(events: list[str]) -> str:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//local cost//EN\r\n"
    return head + "X-WR-CALNAME:Work\r\n" + "".join(events) + "END:VCALENDAR\r\n"


def write_calendar(world: Path, events: int, layout: str, now: datetime, span_days: int) -> str:
    """The calendar in `layout`; returns its path as the config names it."""
    generated = events_text(events, now, span_days)
    if layout == "file":
        (world / "calendar.ics").write_text(calendar_text([text for _, text in generated]))
        return "calendar.ics"
    folder = world / "calendar"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for uid, text in generated:
        (folder / f"{uid.split('@')[0]}.ics").write_text(calendar_text([text]))
    return "calendar"


def message(i: int, sender: str, when: datetime, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\nTo: Casey Candidate <{ME}>\nSubject: {subject}\n"
        f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
        f"Message-ID: <m{i}.{int(when.timestamp())}@bench.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def write_maildir(world: Path, count: int, now: datetime) -> None:
    """`count` messages over the last year: 95% inbox, 5% Sent; mtime and name time = Date."""
    root = world / "Maildir"
    for folder in (root, root / ".Sent", root / ".Drafts"):
        for sub in ("new", "cur", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    body = ("Hello Casey,\n\n" + "Some words about the project and the plan. " * 25 + "\n") * 2
    year = timedelta(days=365).total_seconds()
    for i in range(count):
        when = now - timedelta(seconds=int(year * (i + 1) / count))
        sent = i % 20 == 0
        if sent:
            folder, sender = root / ".Sent", f"Casey Candidate <{ME}>"
        else:
            folder, sender = root, f"Person {i % 500} <person{i % 500}@domain{i % 100}.example>"
        sub = "new" if now - when < timedelta(days=2) and not sent else "cur"
        stamp = int(when.timestamp())
        name = f"{stamp}.M{i}P1.bench" + (":2,S" if sub == "cur" else "")
        path = folder / sub / name
        path.write_bytes(message(i, sender, when, f"Message {i}", body))
        os.utime(path, (stamp, stamp))
    # Whatever the size, the same mail from the interviews' companies in the
    # look-back: newsletters (read, found not to be replies), so every world
    # gives the agent the same work and only the mailbox's size differs.
    for n in range(9):
        company = COMPANIES[n % len(COMPANIES)]
        when = now - timedelta(days=2 + n)
        raw = message(
            count + n,
            f"{company.title()} Careers <careers@{company}.example>",
            when,
            f"Life at {company.title()}",
            "Our newsletter.",
        )
        raw = raw.replace(b"\n\n", b"\nList-Unsubscribe: <mailto:leave@list.example>\n\n", 1)
        stamp = int(when.timestamp())
        path = root / "cur" / f"{stamp}.N{n}P1.bench:2,S"
        path.write_bytes(raw)
        os.utime(path, (stamp, stamp))


def world_for(cache: Path, messages: int, events: int, layout: str, span_days: int = 730) -> Path:
    """A cached Maildir of `messages`; calendar, state and outputs made fresh."""
    now = datetime.now(UTC)
    world = cache / f"w{WORLD_VERSION}-{messages}"
    marker = world / "generated.json"
    fresh = False
    if marker.exists():
        made = datetime.fromisoformat(json.loads(marker.read_text())["at"])
        fresh = now - made < timedelta(days=3)
    if not fresh:
        shutil.rmtree(world, ignore_errors=True)
        world.mkdir(parents=True)
        started = time.perf_counter()
        write_maildir(world, messages, now)
        marker.write_text(json.dumps({"at": now.isoformat()}))
        print(
            f"# wrote {messages:,} messages in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    reset(world)
    calendar = write_calendar(world, events, layout, now, span_days)
    (world / "config.toml").write_text(CONFIG.format(me=ME, calendar=calendar))
    return world


def reset(world: Path) -> None:
    """Back to the generated state: no store, no drafts, no reminders, no extra mail."""
    shutil.rmtree(world / "state", ignore_errors=True)
    for path in (world / "reminders.ics", world / "calendar.ics"):
        path.unlink(missing_ok=True)
    shutil.rmtree(world / "calendar", ignore_errors=True)
    for sub in ("new", "cur", "tmp"):
        for path in (world / "Maildir" / ".Drafts" / sub).iterdir():
            path.unlink()
    for path in (world / "Maildir" / "new").glob("*.arrived*"):
        path.unlink()


def deliver(world: Path, k: int, tag: str) -> None:
    """k new messages in new/, the first a reply from an interviewer."""
    now = datetime.now(UTC)
    for n in range(k):
        sender = "Ann Acme <ann@acme.example>" if n == 0 else f"Someone <s{n}@else.example>"
        body = "Thanks Casey, we will decide by Friday." if n == 0 else "Lunch?"
        raw = message(10_000_000 + n, sender, now, f"Re: {tag} {n}", body)
        name = f"{int(now.timestamp())}.M{n}{tag}.arrived"
        (world / "Maildir" / "new" / name).write_bytes(raw)


def add_event(world: Path, tag: str) -> None:
    now = datetime.now(UTC)
    text = vevent(
        f"added-{tag}@bench",
        f"Coffee {tag}",
        now + timedelta(days=3),
        30,
        [("Friend", "friend@else.example")],
    )
    if (world / "calendar").is_dir():
        (world / "calendar" / f"added-{tag}.ics").write_text(calendar_text([text]))
        return
    path = world / "calendar.ics"
    data = path.read_text()
    path.write_text(data.replace("END:VCALENDAR\r\n", text + "END:VCALENDAR\r\n"))


# --------------------------------------------------------------------------- timing


def timed_process(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    # An installed package runs from compiled bytecode; a shell that sets
    # PYTHONDONTWRITEBYTECODE would time recompiling every module on every start.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{argv} failed: {process.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def run_cli(world: Path) -> tuple[float, float]:
    return timed_process(
        [sys.executable, "-m", "agent", "run", "--once", "--config", str(world / "config.toml")]
    )


def best(argv: list[str], repeat: int) -> float:
    return min(timed_process(argv)[0] for _ in range(repeat))


def scenario_cli(world: Path, k: int, repeat: int) -> dict[str, tuple[float, float]]:
    out = {"first": run_cli(world)}
    run_cli(world)  # confirms its own new drafts once
    idle = [run_cli(world) for _ in range(repeat)]
    out["idle"] = (statistics.median(w for w, _ in idle), max(r for _, r in idle))
    deliver(world, k, "cli")
    out[f"k={k}"] = run_cli(world)
    add_event(world, "cli")
    out["cal+1"] = run_cli(world)
    run_cli(world)
    idle = [run_cli(world) for _ in range(repeat)]
    out["idle2"] = (statistics.median(w for w, _ in idle), max(r for _, r in idle))
    # Start-up included, against the interpreter alone: best of interleaved runs,
    # the figure least disturbed by other work on the machine.
    pairs = [
        (timed_process([sys.executable, "-c", "pass"])[0], run_cli(world)[0])
        for _ in range(repeat * 2)
    ]
    out["startup"] = (min(p for p, _ in pairs), min(i for _, i in pairs))
    return out


def scenario_in_process(world: Path, k: int, repeat: int) -> dict[str, tuple[float, float]]:
    """The same cycles in this process (run in a child of its own: its RSS is the figure)."""
    from agent import app, config

    cfg = config.load(world / "config.toml")

    def cycle() -> tuple[float, float]:
        started = time.perf_counter()
        app.run_once(cfg)
        wall = time.perf_counter() - started
        return wall, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    out = {"first": cycle()}
    cycle()
    idle = [cycle() for _ in range(repeat)]
    out["idle"] = (statistics.median(w for w, _ in idle), max(r for _, r in idle))
    deliver(world, k, "inproc")
    out[f"k={k}"] = cycle()
    add_event(world, "inproc")
    out["cal+1"] = cycle()
    cycle()
    idle = [cycle() for _ in range(repeat)]
    out["idle2"] = (statistics.median(w for w, _ in idle), max(r for _, r in idle))
    return out


def one_world(args: argparse.Namespace, messages: int, events: int, layout: str) -> dict:
    world = world_for(Path(args.cache), messages, events, layout, args.span)
    result = {"cli": scenario_cli(world, args.k, args.repeat)}
    world = world_for(Path(args.cache), messages, events, layout, args.span)
    child = subprocess.run(
        [
            sys.executable,
            __file__,
            "--in-process",
            f"{messages}:{events}:{layout}",
            "--cache",
            args.cache,
            "--k",
            str(args.k),
            "--repeat",
            str(args.repeat),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result["in-process"] = json.loads(child.stdout)
    reset(world)
    return result


def print_world(messages: int, events: int, layout: str, result: dict) -> None:
    shape = "one .ics" if layout == "file" else "a folder of .ics"
    print(f"\n{messages:,} messages, {events:,} events ({shape})")
    print(f"{'cycle':>7} {'run --once s':>13} {'rss MiB':>8} {'in-process s':>13} {'rss MiB':>8}")
    for label in result["cli"]:
        if label == "startup":
            continue
        wall, rss = result["cli"][label]
        in_wall, in_rss = result["in-process"][label]
        print(f"{label:>7} {wall:>13.3f} {rss:>8.0f} {in_wall:>13.3f} {in_rss:>8.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", default="200:50,30000:3000,100000:10000", help="messages:events pairs"
    )
    ap.add_argument("--layout", choices=("file", "folder", "both"), default="file")
    ap.add_argument("--k", type=int, default=5, help="new messages in the k cycle")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each idle and start-up figure")
    ap.add_argument("--cache", default="/tmp/followup-bench", help="where worlds are kept")
    ap.add_argument(
        "--span",
        type=int,
        default=730,
        help="days the meetings are spread over (150: all in the window) [730]",
    )
    ap.add_argument("--in-process", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.in_process:
        messages, events, layout = args.in_process.split(":")
        world = Path(args.cache) / f"w{WORLD_VERSION}-{messages}"
        print(json.dumps(scenario_in_process(world, args.k, args.repeat)))
        return

    pairs = [
        (
            timed_process([sys.executable, "-c", "pass"])[0],
            timed_process([sys.executable, "-m", "agent", "--help"])[0],
        )
        for _ in range(args.repeat * 4)
    ]
    baseline, helping = min(p for p, _ in pairs), min(h for _, h in pairs)
    print(
        f"python -c pass {baseline:.3f} s; followup --help {helping:.3f} s "
        f"({helping / baseline:.1f}x)"
    )
    layouts = ("file", "folder") if args.layout == "both" else (args.layout,)
    results: dict[tuple[int, int, str], dict] = {}
    for pair in args.sizes.split(","):
        messages, events = (int(x) for x in pair.split(":"))
        for layout in layouts:
            results[(messages, events, layout)] = one_world(args, messages, events, layout)
            print_world(messages, events, layout, results[(messages, events, layout)])
            sys.stdout.flush()
    idle = interleaved_idle(args, [size for size, layout in sizes_run(args) if layout == "file"])
    print_goals(results, baseline, helping, idle)


def sizes_run(args: argparse.Namespace) -> list[tuple[tuple[int, int], str]]:
    layouts = ("file", "folder") if args.layout == "both" else (args.layout,)
    pairs = [tuple(int(x) for x in pair.split(":")) for pair in args.sizes.split(",")]
    return [((m, e), layout) for m, e in pairs for layout in layouts]


def interleaved_idle(args: argparse.Namespace, sizes: list[tuple[int, int]]) -> dict:
    """Idle `run --once` of every world and `python -c pass`, taken in turns.

    On a machine shared with other work, figures taken minutes apart move
    with its load; taken in turns, each round sees the same load, so the
    ratios between sizes (and to the bare interpreter) hold.
    """
    worlds = {}
    for messages, events in sizes:
        world = world_for(Path(args.cache), messages, events, "file", args.span)
        run_cli(world)
        worlds[(messages, events)] = world
    time.sleep(3.5)  # past the same-tick window of the files just written
    for world in worlds.values():
        run_cli(world)
    rounds: dict[object, list[float]] = {"pass": [], **{size: [] for size in worlds}}
    for _ in range(args.repeat * 3):
        rounds["pass"].append(timed_process([sys.executable, "-c", "pass"])[0])
        for size, world in worlds.items():
            rounds[size].append(run_cli(world)[0])
    for world in worlds.values():
        reset(world)
    print("\nidle run --once, worlds taken in turns (best / median s)")
    for size, walls in rounds.items():
        name = "python -c pass" if size == "pass" else f"{size[0]:,} msgs, {size[1]:,} events"
        print(f"  {name:>28} {min(walls):7.3f} {statistics.median(walls):7.3f}")
    return {size: (min(w), statistics.median(w)) for size, w in rounds.items()}


def print_goals(results: dict, baseline: float, helping: float, idle: dict) -> None:
    print("\ngoals (issue 7)")
    print(f"  --help / python -c pass            {helping / baseline:6.1f}x   goal <= 5x")
    tiny = results.get((*TINY, "file"))
    middle = results.get((*MIDDLE, "file"))
    big = results.get((*BIG, "file"))
    if TINY in idle:
        passing, tiny_idle = idle["pass"][0], idle[TINY][0]
        print(
            f"  idle tiny run --once / pass        {tiny_idle / passing:6.1f}x   goal <= 10x"
            f"   (best of each: {tiny_idle:.3f} s / {passing:.3f} s)"
        )
    if TINY in idle and MIDDLE in idle:
        best = idle[MIDDLE][0] / idle[TINY][0]
        median = idle[MIDDLE][1] / idle[TINY][1]
        print(
            f"  idle 30k/3k / idle tiny            {best:6.2f}x   goal <= 1.3x"
            f"   (medians {median:.2f}x)"
        )
    if tiny and middle:
        inside = middle["in-process"]["idle"][0] / tiny["in-process"]["idle"][0]
        print(f"  idle 30k/3k / idle tiny in-process {inside:6.2f}x")
        ratio = middle["cli"]["first"][0] / tiny["cli"]["first"][0]
        print(f"  first 30k/3k / first tiny          {ratio:6.2f}x   goal <= 4x")
    if big:
        first, rss_first = big["cli"]["first"]
        rss_idle = big["cli"]["idle"][1]
        print(f"  100k/10k first cycle               {first:6.2f} s  goal < 10 s")
        if BIG in idle:
            best, median = idle[BIG]
            print(
                f"  100k/10k idle cycle                {best:6.2f} s  goal < 0.4 s"
                f"   (median {median:.2f} s; in-process {big['in-process']['idle'][0]:.2f} s)"
            )
        print(
            f"  100k/10k peak RSS                  {max(rss_first, rss_idle):6.0f} MiB goal < 100"
        )


if __name__ == "__main__":
    main()
