"""What one huge message costs the local backend: peak RSS and time to read it.

A reply with a large attachment (an offer letter with scans) lands in the
inbox. The message file is written by a child process, then a fresh child
reads it the way a cycle does (listing, then the body for classifying) and
prints its own peak RSS, so the figure is the reading alone.

Usage: python bench/big_message.py [--megabytes 70]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write(folder: Path, megabytes: int) -> None:
    from email.message import EmailMessage

    for box in ("", ".Sent", ".Drafts"):
        for sub in ("new", "cur", "tmp"):
            (folder / box / sub).mkdir(parents=True, exist_ok=True)
    message = EmailMessage()
    message["From"] = "Jane Doe <jane@acme.example>"
    message["Subject"] = "Re: Thank you"
    message["Message-ID"] = "<offer@acme.example>"
    message["Date"] = "Thu, 12 Nov 2026 10:00:00 -0500"
    message.set_content("We are happy to offer you the position.")
    message.add_attachment(os.urandom(megabytes << 20), maintype="application", subtype="pdf")
    (folder / "new" / "offer.eml").write_bytes(message.as_bytes())


def read(folder: Path) -> None:
    from agent.backends.local.maildir import LocalMailbox
    from agent.core.model import Address

    started = time.monotonic()
    mailbox = LocalMailbox(folder, me=Address("casey@example.com"))
    for message in mailbox.changes(None, datetime(2026, 11, 13, tzinfo=UTC)).messages:
        mailbox.with_body(message)
    seconds = time.monotonic() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
    size = (folder / "new" / "offer.eml").stat().st_size >> 20
    print(f"message file {size} MB: read in {seconds:.2f} s, peak RSS {rss} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=70)
    parser.add_argument("--write", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--read", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        return write(Path(args.write), args.megabytes)
    if args.read:
        return read(Path(args.read))
    with tempfile.TemporaryDirectory() as temp:
        me = [sys.executable, str(Path(__file__).resolve())]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([*me, "--write", temp, "--megabytes", str(args.megabytes)], check=True)
        subprocess.run([*me, "--read", temp], check=True, env=env, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
