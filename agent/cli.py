"""The `followup` command: parse, call a use case, print. Errors are handled once, here.

Start-up time: this module imports only argparse and the error types at the
top, so `followup --help` costs little more than the interpreter's own start.
Each `cmd_*` imports what its command needs (the app, the cycle, one backend)
inside the function; keep new commands that way.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from agent.errors import ConfigError, FollowupError

if TYPE_CHECKING:
    from agent import config, cycle

# ReplyKind's values, spelled out so that --help does not import the domain
# model; tests/test_startup.py checks they stay the same.
REPLY_KINDS = (
    "offer",
    "rejection",
    "next_round",
    "still_deciding",
    "other",
    "receipt",
    "acknowledgement",
)


@functools.cache  # built once per process: each build looks up argparse's translations
def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # Accepted before or after the command name; after wins.
    common.add_argument(
        "--config",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="configuration file (default: $FOLLOWUP_CONFIG or "
        "$XDG_CONFIG_HOME/followup/config.toml)",
    )
    common.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        default=argparse.SUPPRESS,
        help="more detail, and tracebacks for unexpected errors",
    )

    top = argparse.ArgumentParser(
        prog="followup",
        parents=[common],
        description="Thank-you drafts and check-in reminders after job interviews. "
        "It never sends mail: you review and send every draft.",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("auth", parents=[common], help="authorise access to Google (once)")
    p.add_argument(
        "--no-browser",
        action="store_true",
        help="print the URL instead of opening a browser (for a server over SSH)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=8080,
        help="local port for Google's redirect (forward it over SSH) [8080]",
    )

    p = sub.add_parser("run", parents=[common], help="run one cycle")
    p.add_argument("--once", action="store_true", help="run one cycle and exit")
    p.add_argument("--dry-run", action="store_true", help="show what would be done; change nothing")
    p.add_argument(
        "--reset-state",
        action="store_true",
        help="set a broken state store aside as a backup and start afresh",
    )

    p = sub.add_parser("daemon", parents=[common], help="run a cycle every interval")
    p.add_argument("--interval", default=None, help="time between cycles, e.g. 10m, 90s, 1h")

    p = sub.add_parser("status", parents=[common], help="applications, thank-yous, check-ins")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("demo", parents=[common], help="run the agent on bundled sample data")
    p.add_argument("--dir", default=None, help="keep the demo's files in this folder")

    sub.add_parser("preview", parents=[common], help="show the drafts the next cycle would write")

    p = sub.add_parser("note", parents=[common], help="add notes to an interview")
    p.add_argument("interview", nargs="?", help="interview id, or words of its title or company")
    p.add_argument("text", nargs="*", help='e.g. "decision: Friday" "topic: the data platform"')

    p = sub.add_parser("reply", parents=[common], help="correct how a reply was classified")
    p.add_argument("message_id", help="the reply's id, as `followup status` shows it")
    p.add_argument("kind", choices=REPLY_KINDS)

    for name, what in (("track", "is an interview"), ("ignore", "is not an interview")):
        p = sub.add_parser(name, parents=[common], help=f"say that an event {what}")
        p.add_argument("event", help="the event's id, or its start, as `followup status` shows it")

    sub.add_parser("doctor", parents=[common], help="check configuration, access and templates")

    p = sub.add_parser(
        "notify-failure",
        parents=[common],
        help="tell the person a scheduled run failed (systemd OnFailure=)",
    )
    p.add_argument("unit", nargs="?", default="followup.service", help="the unit that failed")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse: 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    import logging

    verbose = getattr(args, "verbose", False)
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s"
        if args.command == "daemon"
        else "%(message)s",
        stream=sys.stderr,
    )
    for noisy in ("googleapiclient", "google_auth_httplib2", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return COMMANDS[args.command](args)
    except FollowupError as exc:
        print(f"followup: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `followup status | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if verbose:
            raise
        print(
            f"followup: unexpected error: {exc!r} (run again with --verbose for details)",
            file=sys.stderr,
        )
        return 1


def _config(args: argparse.Namespace) -> config.Config:
    from pathlib import Path

    from agent import config

    path = getattr(args, "config", None)
    return config.load(Path(path).expanduser() if path else config.default_path())


def cmd_run(args: argparse.Namespace) -> int:
    from agent import app

    if not args.once:
        raise ConfigError("run needs --once (or use `followup daemon` to keep running)")
    cfg = _config(args)
    if args.dry_run:  # reads only, on a copy: no lock, no state store created
        report = app.run_once(cfg, dry_run=True)
        _print_report(report, dry_run=True)
        return 0
    with app.cycle_lock(cfg) as mine:
        if not mine:
            print("Another cycle is running; nothing to do.")
            return 0
        if args.reset_state:
            from agent import statefile

            backup = statefile.reset(cfg.state_path)
            if backup is not None:
                print(f"The state store was set aside as {backup}; starting afresh.")
        report = app.run_once(cfg, dry_run=args.dry_run)
    _print_report(report, dry_run=args.dry_run)
    return 0


def _print_report(report: cycle.Report, *, dry_run: bool) -> None:
    if not report.done:
        print("Nothing to do." if not dry_run else "Nothing would be done.")
    for line in report.done:
        print(line)


def cmd_daemon(args: argparse.Namespace) -> int:
    import logging

    from agent import app

    log = logging.getLogger("agent")
    cfg = _config(args)
    seconds = parse_interval(args.interval) if args.interval else cfg.interval_minutes * 60
    if not args.interval and seconds > MAX_INTERVAL:
        raise ConfigError(
            f"daemon.interval_minutes: {cfg.interval_minutes} is too long "
            f"(at most {MAX_INTERVAL // 60:.0f} minutes, a week)"
        )
    log.info("cycling every %s seconds; stop with Ctrl-C or SIGTERM", int(seconds))
    return app.Daemon(cfg, seconds).run()


# Shorter spins the CPU and hammers the APIs; longer overflows the clock waits use.
MIN_INTERVAL = 10.0
MAX_INTERVAL = 7 * 86400.0


def parse_interval(text: str) -> float:
    from agent.core.durations import parse_duration

    try:
        return parse_duration(text, at_least=MIN_INTERVAL, at_most=MAX_INTERVAL)
    except ValueError as error:
        raise ConfigError(f"--interval: {error}") from error


def cmd_status(args: argparse.Namespace) -> int:
    from agent import app, cycle, healthview, statusview

    cfg = _config(args)
    now = datetime.now(UTC)
    agent = healthview.of(cfg, now)  # read beside the store: shown even if the store fails
    with (
        healthview.shown_if_this_fails(agent, cfg, as_json=args.json),
        app.session(cfg, with_backends=False) as s,
    ):
        interviews, skipped = cycle.interviews_of(s.store, s.settings)
        plan = cycle.current_plan(s.store, interviews, s.settings, s.env, now, skipped)
        tz = str(s.settings.tz)
        from agent import skipnotes

        skipped = [*skipped, *skipnotes.as_skipped(s.store)]
        problems = s.store.problems()
        if args.json:
            local_now = now.astimezone(s.settings.tz)
            alive = agent.as_json(s.settings.tz)
            print(
                statusview.as_json(
                    plan,
                    skipped,
                    local_now,
                    tz,
                    holidays=s.holidays,
                    agent=alive,
                    problems=problems,
                )
            )
        else:
            for line in agent.top_lines(s.settings.tz):  # a warning when it is not alive
                print(line)
            print(
                statusview.as_text(plan, skipped, tz, holidays=s.holidays)
                + statusview.unreadable_text(problems)
            )
            print("", *agent.lines(s.settings.tz), sep="\n")
    return agent.exit_code


def cmd_preview(args: argparse.Namespace) -> int:
    from agent import app
    from agent.core import actions as p

    cfg = _config(args)
    report = app.run_once(cfg, dry_run=True)
    assert report.plan is not None
    drafts = [a.draft for a in report.plan.actions if isinstance(a, p.CreateDraft | p.UpdateDraft)]
    if not drafts:
        print("No drafts are due now.")
    for draft in drafts:
        to = ", ".join(f"{a.name} <{a.email}>" if a.name else a.email for a in draft.to)
        print(f"To: {to or '(a letter to print)'}\nSubject: {draft.subject}\n\n{draft.text}")
        print("-" * 72)
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    from agent import app, cycle

    cfg = _config(args)
    with app.session(cfg, with_backends=False) as s:
        interviews, _ = cycle.interviews_of(s.store, s.settings)
        if not args.interview:
            for i in interviews:
                print(f"{i.uid}\t{i.start:%Y-%m-%d %H:%M}\t{i.title}")
            return 0
        wanted = args.interview.casefold()
        exact = [i for i in interviews if i.uid == args.interview]
        found = exact or [
            i for i in interviews if wanted in i.title.casefold() or wanted in i.company.casefold()
        ]
        if len(found) != 1:
            names = "; ".join(f"{i.uid} ({i.title})" for i in found) or "none"
            raise ConfigError(
                f"note: {args.interview!r} matches {len(found)} interviews "
                f"({names}); give the id from `followup note`."
            )
        if not args.text:
            raise ConfigError('note: give the note, e.g. followup note acme "decision: Friday"')
        from agent import notesfile

        text, added = "\n".join(args.text), datetime.now(UTC)
        # Beside the config too: a lost store finds the note again (agent/notesfile.py).
        notesfile.append(notesfile.path_for(cfg.path), found[0].uid, text, added)
        s.store.add_note(found[0].uid, text, added)
        print(f"Noted for {found[0].title}. The next cycle takes it into account.")
    return 0


def cmd_reply(args: argparse.Namespace) -> int:
    from agent import app, corrections
    from agent.core.model import ReplyKind
    from agent.core.plan import describe_key

    cfg = _config(args)
    with app.session(cfg, with_backends=False) as s:
        done = corrections.correct(
            s.store, args.message_id.strip("<> "), ReplyKind(args.kind), datetime.now(UTC)
        )
        if done is None:
            raise ConfigError(
                f"reply: no reply with id {args.message_id!r} (see `followup status`)"
            )
    print(f"Reply {args.message_id} is now {args.kind}. The next cycle acts on it.")
    for key in done.restored:
        print(f"  restored: {describe_key(key)} (it was removed because of this reply)")
    return 0


def cmd_track(args: argparse.Namespace) -> int:
    return _settle(args, "track")


def cmd_ignore(args: argparse.Namespace) -> int:
    return _settle(args, "ignore")


def _settle(args: argparse.Namespace, decision: str) -> int:
    from agent import app, decisions

    cfg = _config(args)
    with app.session(cfg, with_backends=False) as s:
        event = decisions.settle(s.store, args.event, decision, datetime.now(UTC))
    print(decisions.confirmation(event, decision))
    return 0


def cmd_auth(args: argparse.Namespace) -> int:
    from agent import app
    from agent.backends.google import auth

    cfg = _config(args)
    if cfg.backend == "local":  # nothing to authorise: not an error, nothing to do
        print(
            f'Nothing to authorise: {cfg.path} uses backend = "local", which reads files on '
            'this machine. To use Google, set backend = "google" (see the README).'
        )
        return 0
    token = app.token_location(cfg)
    auth.run_flow(
        cfg.google["credentials"],
        token,
        api_endpoint=cfg.google["api_endpoint"],
        open_browser=not args.no_browser,
        port=args.port,
    )
    with app.session(cfg, with_backends=False) as s:
        s.store.set_meta("me", "")  # perhaps another account now: ask it again
    where = token.where if not isinstance(token, Path) else f"{token} (readable only by you)"
    print(f"Authorised. Token saved to {where}.")
    print(f"Note: {auth.TESTING_RULE} (`followup doctor` shows the authorisation's age.)")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from agent import doctor

    checks = doctor.run(getattr(args, "config", None))
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        print(f"[{mark}] {check.name}: {check.detail}")
    failed = [c for c in checks if not c.ok]
    print("All checks passed." if not failed else f"{len(failed)} check(s) failed; fix above.")
    return 0 if not failed else max(c.code for c in failed)


def cmd_notify_failure(args: argparse.Namespace) -> int:
    """Run by systemd's OnFailure=: quiet when the cycle already recorded (and told) its failure."""
    from agent import notify

    cfg = _config(args)
    sent = notify.unit_failed(cfg, args.unit, datetime.now(UTC))
    print("Notified." if sent else "Nothing to notify: the cycle recorded its own failure.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from agent import demo

    return demo.run(args.dir)


COMMANDS = {
    "run": cmd_run,
    "daemon": cmd_daemon,
    "status": cmd_status,
    "preview": cmd_preview,
    "note": cmd_note,
    "reply": cmd_reply,
    "track": cmd_track,
    "ignore": cmd_ignore,
    "auth": cmd_auth,
    "doctor": cmd_doctor,
    "demo": cmd_demo,
    "notify-failure": cmd_notify_failure,
}
