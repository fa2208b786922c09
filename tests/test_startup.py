"""Start-up: `followup --help` imports only what it prints; templates compile once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from agent import cli
from agent.core.model import ReplyKind
from agent.textenv import make_environment
from tests.builders import maildir_account

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "agent.app",
    "agent.cycle",
    "agent.store",
    "agent.config",
    "jinja2",
    "icalendar",
    "recurring_ical_events",
    "googleapiclient",
    "google.auth",
    "agent.backends.google",
    "agent.backends.local.calendar",
    "agent.backends.local.maildir",
    "agent.core.model",
)


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_help_imports_nothing_heavy() -> None:
    loaded = modules_after(
        "import contextlib, io\n"
        "from agent import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert cli.main(['--help']) == 0\n"
        "    assert cli.main(['run', '--help']) == 0"
    )
    assert not [name for name in HEAVY if name in loaded]


def test_the_local_backend_does_not_import_the_google_client(tmp_path: Path) -> None:
    (tmp_path / "calendar.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n"
    )
    (tmp_path / "config.toml").write_text(
        'backend = "local"\n[person]\nname = "Casey"\nemail = "casey@example.com"\n'
        'timezone = "UTC"\n[local]\ncalendar = "calendar.ics"\nmaildir = "Maildir"\n'
        f'reminders = "reminders.ics"\n[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
    )
    maildir_account(tmp_path / "Maildir")
    config = str(tmp_path / "config.toml")
    loaded = modules_after(
        "import contextlib, io\n"
        "from agent import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert cli.main(['run', '--once', '--config', {config!r}]) == 0"
    )
    assert "agent.cycle" in loaded
    assert not [m for m in loaded if m.startswith(("googleapiclient", "agent.backends.google"))]


def test_reply_kinds_on_the_command_line_are_the_models() -> None:
    assert tuple(kind.value for kind in ReplyKind) == cli.REPLY_KINDS


def test_templates_compile_once_per_process() -> None:
    env = make_environment()
    assert make_environment() is env
    template = env.get_template("thank_you_body.txt.j2")
    assert make_environment().get_template("thank_you_body.txt.j2") is template


def test_compiled_templates_are_kept_for_the_next_process(tmp_path: Path) -> None:
    from agent import textenv

    cache = tmp_path / "compiled"
    env = make_environment(cache_dir=cache)
    env.get_template("thank_you_body.txt.j2")  # compiled and stored
    assert list(cache.iterdir())
    textenv._environment.cache_clear()  # as a new process would start
    bucket_env = make_environment(cache_dir=cache)
    assert bucket_env is not env
    name = "thank_you_body.txt.j2"
    source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    bucket = bucket_env.bytecode_cache.get_bucket(bucket_env, name, filename, source)  # type: ignore[union-attr]
    code = bucket.code
    assert code is not None


def test_a_template_cache_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    env = make_environment(cache_dir=tmp_path / "missing" / "compiled")
    assert env.get_template("thank_you_body.txt.j2") is not None
    assert not (tmp_path / "missing").exists()
