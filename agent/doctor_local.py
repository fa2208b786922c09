"""`followup doctor` on the local backend: which folders and calendars a run would use.

Every check only looks: nothing is created, so a doctor run on a wrong path
leaves the disk as it was and says which key to set (exit code 2).
"""

from __future__ import annotations

import os
from pathlib import Path

from agent import config as configuration
from agent.doctor import Check
from agent.errors import ConfigError, MissingInput


def local_checks(cfg: configuration.Config) -> list[Check]:
    return [*_calendars(cfg), *_mail(cfg), _reminders(cfg)]


def _calendars(cfg: configuration.Config) -> list[Check]:
    from agent.app import local_reminders
    from agent.backends.local.calendars import find_calendars

    try:
        found = find_calendars(cfg.local["calendars"], exclude=local_reminders(cfg).path_written())
    except (ConfigError, MissingInput) as error:
        return [Check("calendar", False, error.message, code=2)]
    read = "; ".join(f"{c.path} ({c.kind})" for c in found)
    return [Check("calendar", True, f"reads {len(found)}: {read}")]


def _mail(cfg: configuration.Config) -> list[Check]:
    from agent.backends.local import layout

    local = cfg.local
    try:
        mail = layout.discover(
            local["maildir"],
            inbox_folder=local["inbox_folder"],
            sent_folder=local["sent_folder"],
            drafts_folder=local["drafts_folder"],
        )
    except (ConfigError, MissingInput) as error:
        return [Check("maildir", False, error.message, code=2)]
    return [
        Check("maildir", True, f"{mail.root}: {mail.style}"),
        Check("inbox", True, f"replies are read from {mail.inbox}"),
        Check("sent", True, f"sent mail is read from {mail.sent}"),
        Check("drafts", True, f"drafts are written to {mail.drafts}"),
    ]


def _reminders(cfg: configuration.Config) -> Check:
    from agent.app import local_reminders

    reminders = local_reminders(cfg)
    target = Path(os.path.realpath(reminders.path_written()))
    where = target if target.is_dir() else _existing_parent(target)
    if not os.access(where, os.W_OK):
        return Check(
            "reminders",
            False,
            f"cannot write in {where}; set local.reminders to a folder you can write",
            code=2,
        )
    return Check("reminders", True, f"written to {reminders.describe()}")


def _existing_parent(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return path.parent
