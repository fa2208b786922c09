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


def main() -> None:
    global KILL_AT
    config_path, now, KILL_AT = (
        Path(sys.argv[1]),
        datetime.fromisoformat(sys.argv[2]),
        int(sys.argv[3]),
    )
    install()
    cfg = config.load(config_path)
    app.run_once(cfg, now)
    print(COUNT)


if __name__ == "__main__":
    main()
