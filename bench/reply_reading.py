"""What reading one reply costs: quote stripping, classification and its date.

Prints what the first three messages in a process cost (they compile the phrase
lists) and the next ones (the long lists are grouped on the way), then
milliseconds per message for ordinary replies (a short note, a long rejection
with a quoted thread and signature, an Outlook header block) and for
hostile bodies at the 20,000-character read limit (one long line, thousands of
reply headers, thousands of phrases that each need their clause examined).

Usage: python bench/reply_reading.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, date, datetime

from agent.core import reply_phrases
from agent.core.model import Address, MailMessage
from agent.core.replies import classify, written_by_machine

QUOTED = "\n".join(f"> line {n} of the thank-you the person sent" for n in range(60))
BODIES = {
    "short note": "Thanks Casey, appreciate it! We'll be in touch.",
    "long rejection": (
        "Hi Casey,\n\n"
        + "Thank you for your time with the team. " * 20
        + "Unfortunately, we have decided to move forward with other candidates.\n\n"
        "Best,\nJane\n\nJane Doe | Recruiting | Acme\n\n"
        "On Tue, Nov 17, 2026 at 3:04 PM Casey <casey@example.org> wrote:\n" + QUOTED
    ),
    "outlook thread": (
        "Thanks Casey, we expect to decide by the end of next week.\n\n"
        "From: Casey <casey@example.org>\nSent: Tuesday, November 17, 2026 3:04 PM\n"
        "To: Jane\nSubject: Thank you\n\n" + QUOTED
    ),
    "hostile: one line": "x" * 20_000,
    "hostile: headers": "On Tue, Nov 17 Jane wrote:\n" * 800,
    "hostile: phrases": "if you are not selected for the next round, " * 450,
    "hostile: dates": "We will decide by 12/5 or Friday or early January. " * 400,
}


def message(body: str) -> MailMessage:
    return MailMessage(
        id="m",
        thread_id="t",
        message_id="<m@x>",
        sender=Address("jane@acme.example", "Jane Doe"),
        subject="Re: Thank you",
        date=datetime(2026, 11, 17, 15, tzinfo=UTC),
        body=body,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    names = ("short note", "long rejection", "outlook thread")
    ordinary = [message(BODIES[name]) for name in names]
    start = time.perf_counter()
    for msg in ordinary:
        classify(msg, after=date(2026, 11, 17), month_first=True)
    elapsed = (time.perf_counter() - start) * 1000
    print(f"first 3 messages: {elapsed:.0f} ms (compiling the phrase lists)")
    start = time.perf_counter()
    for _ in range(reply_phrases._GROUP_AFTER):
        for msg in ordinary:
            classify(msg, after=date(2026, 11, 17), month_first=True)
    print(
        f"the next {3 * reply_phrases._GROUP_AFTER}: {(time.perf_counter() - start) * 1000:.0f} ms"
        " (grouping the long lists on the way)\n"
    )
    print(f"{'body':<20} {'chars':>7} {'ms/message':>11}  reading")
    for name, body in BODIES.items():
        msg = message(body)
        start = time.perf_counter()
        for _ in range(args.repeat):
            kind, _ = classify(msg, after=date(2026, 11, 17), month_first=True)
            written_by_machine(msg)
        elapsed = (time.perf_counter() - start) * 1000 / args.repeat
        print(f"{name:<20} {len(body):>7} {elapsed:>11.1f}  {kind.value}")


if __name__ == "__main__":
    main()
