"""The `followup` command: parse, call a use case, print. Errors are handled once, here."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from agent import app, config, cycle
from agent.core.model import ReplyKind
from agent.errors import ConfigError, FollowupError

log = logging.getLogger("agent")


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
    p.add_argument("kind", choices=[k.value for k in ReplyKind])

    sub.add_parser("doctor", parents=[common], help="check configuration, access and templates")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse: 2 on bad usage, 0 on --help
        return int(exc.code or 0)
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
    path = getattr(args, "config", None)
    from pathlib import Path

    return config.load(Path(path).expanduser() if path else config.default_path())


def cmd_run(args: argparse.Namespace) -> int:
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
    cfg = _config(args)
    seconds = parse_interval(args.interval) if args.interval else cfg.interval_minutes * 60
    log.info("cycling every %s seconds; stop with Ctrl-C or SIGTERM", int(seconds))
    return app.Daemon(cfg, seconds).run()


def parse_interval(text: str) -> float:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if not match or float(match.group(1)) <= 0:
        raise ConfigError(f"--interval: {text!r} is not a duration like 10m, 90s or 1h")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]


def cmd_status(args: argparse.Namespace) -> int:
    from agent import statusview

    cfg = _config(args)
    now = datetime.now(UTC)
    with app.session(cfg, with_backends=False) as s:
        interviews, skipped = cycle.interviews_of(s.store, s.settings)
        plan = cycle.current_plan(s.store, interviews, s.settings, s.env, now)
        tz = str(s.settings.tz)
        problems = s.store.problems()
        if args.json:
            print(statusview.as_json(plan, skipped, now.astimezone(s.settings.tz), tz, problems))
        else:
            print(statusview.as_text(plan, skipped, tz) + statusview.unreadable_text(problems))
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
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
    cfg = _config(args)
    with app.session(cfg, with_backends=False) as s:
        if not cycle.correct(s.store, args.message_id.strip("<> "), args.kind):
            raise ConfigError(
                f"reply: no reply with id {args.message_id!r} (see `followup status`)"
            )
    print(f"Reply {args.message_id} is now {args.kind}. The next cycle acts on it.")
    return 0


def cmd_auth(args: argparse.Namespace) -> int:
    from agent.backends.google import auth

    cfg = _config(args)
    auth.run_flow(
        cfg.google["credentials"],
        cfg.google["token"],
        api_endpoint=cfg.google["api_endpoint"],
        open_browser=not args.no_browser,
        port=args.port,
    )
    with app.session(cfg, with_backends=False) as s:
        s.store.set_meta("me", "")  # perhaps another account now: ask it again
    print(f"Authorised. Token saved to {cfg.google['token']} (readable only by you).")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from agent import doctor

    checks = doctor.run(getattr(args, "config", None))
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        print(f"[{mark}] {check.name}: {check.detail}")
    failed = [c for c in checks if not c.ok]
    print("All checks passed." if not failed else f"{len(failed)} check(s) failed; fix above.")
    return 0 if not failed else 1


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
    "auth": cmd_auth,
    "doctor": cmd_doctor,
    "demo": cmd_demo,
}
