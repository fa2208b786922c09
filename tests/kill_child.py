"""Run one cycle of a test world, killed (os._exit, as by kill -9) at its N-th write.

Usage: python -m tests.kill_child CONFIG ISO_NOW N
Writes counted: every store transaction (just before and just after COMMIT),
every draft file added or removed in the Maildir, and every file renamed into
place (reminders, notes, the drafts ledger). With N = 0 nothing is killed and
the number of writes is printed.
"""

from __future__ import annotations

import mailbox
import os
import sys
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

from agent import app, config
from agent.store import Store

COUNT = 0
KILL_AT = 0


def point() -> None:
    global COUNT
    COUNT += 1
    if COUNT == KILL_AT:
        os._exit(137)


def install() -> None:
    real_execute_commit = Store.transaction

    from contextlib import contextmanager

    @contextmanager
    def transaction(self: Store):  # type: ignore[no-untyped-def]
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        point()  # killed before COMMIT: the transaction never happened
        self.db.execute("COMMIT")
        point()  # killed after COMMIT: recorded, the rest of the cycle not done

    Store.transaction = transaction  # type: ignore[method-assign]
    del real_execute_commit

    real_add, real_discard, real_replace = mailbox.Maildir.add, mailbox.Maildir.discard, os.replace

    def add(self: mailbox.Maildir, message: object) -> str:
        key = real_add(self, message)
        point()
        return key

    def discard(self: mailbox.Maildir, key: str) -> None:
        real_discard(self, key)
        point()

    def replace(src: object, dst: object, **kwargs: object) -> None:
        real_replace(src, dst, **kwargs)  # type: ignore[arg-type]
        point()

    mailbox.Maildir.add = add  # type: ignore[method-assign]
    mailbox.Maildir.discard = discard  # type: ignore[method-assign]
    os.replace = replace  # type: ignore[assignment]


def cycle(config_path: Path, now: datetime, kill_at: int) -> int:
    """One cycle, killed at write `kill_at` (0: never); the writes it made."""
    global KILL_AT
    KILL_AT = kill_at
    install()
    app.run_once(config.load(config_path), now)
    return COUNT


def forked(config_path: str, now: str, kill_at: int, result: Connection) -> None:
    """`cycle` in a process forked from a server that has the program imported already:
    the same death at the same write, without a new interpreter's start-up each time."""
    result.send(cycle(Path(config_path), datetime.fromisoformat(now), kill_at))


def main() -> None:
    print(cycle(Path(sys.argv[1]), datetime.fromisoformat(sys.argv[2]), int(sys.argv[3])))


if __name__ == "__main__":
    main()
