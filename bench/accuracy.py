"""How well the agent reads real invites and employer mail, measured on tests/corpus.

Runs every case through the whole program (`followup run --once` and
`followup status --json` on .ics files and a Maildir, at the corpus's fixed
"now") and prints the figures docs/accuracy.md records.

    python bench/accuracy.py            # the figures
    python bench/accuracy.py --misses   # and every case that went wrong, expected vs got
    python bench/accuracy.py --misses reply date   # only the misses of these kinds
    python bench/accuracy.py --json     # the figures as JSON
    python bench/accuracy.py --markdown # the figures as the table in docs/accuracy.md
    python bench/accuracy.py --holdout  # the held-out set: measure it, never tune to it
    python bench/accuracy.py --holdout2 # ... to --holdout245: the later held-out sets, likewise
    python bench/accuracy.py --raise-floor   # record better figures in tests/corpus/floor.json
    python bench/accuracy.py --reset-floor   # after changing the corpus: record what it measures

The floor only ever moves towards better (shares up, harm counts down):
--raise-floor keeps the better of the recorded and the measured value of each
figure. Only a change to the corpus itself (new or corrected cases) may move it
back, with --reset-floor, in the same commit as the cases.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus import floor as floors  # noqa: E402
from tests.corpus import runner, score  # noqa: E402

MISS_KINDS = ("detection", "maybe", "company", "role", "people", "name", "quoted", "reply", "date")
LINES = (
    ("Detection", None),
    ("  precision", "detection_precision"),
    ("  recall", "detection_recall"),
    ("  'maybe' events without a draft", "maybe_without_draft"),
    ("  'maybe' events shown to the person", "maybe_surfaced"),
    ("Detected interviews read right", None),
    ("  company", "company_accuracy"),
    ("  role", "role_accuracy"),
    ("  interviewer list (exact)", "interviewers_accuracy"),
    ("  company, of all interviews (a missed one is wrong)", "company_of_all"),
    ("  role, of all interviews", "role_of_all"),
    ("  interviewer list, of all interviews", "interviewers_of_all"),
    ("  interviewer names and greetings ('Last, First', 'RN', 'Dr.')", "names_accuracy"),
    ("  multi-round pairs kept as one application", "pairs_as_one"),
    ("Drafts to addresses no thank-you may go to (count)", None),
    ("  the person (any address, plus-addresses)", "drafts_to_person"),
    ("  rooms and resources", "drafts_to_room"),
    ("  groups and lists", "drafts_to_group"),
    ("  no-reply and scheduling senders", "drafts_to_no_reply"),
    ("  the person's colleagues (work domains)", "drafts_to_colleague"),
    ("  drafts for events that are not interviews", "drafts_for_non_interviews"),
    ("  drafts repeating invite boilerplate (Zoom Topic:, Teams)", "drafts_quoting_employer_text"),
    ("Employer mail", None),
    ("  reply class right (overall)", "reply_accuracy"),
    ("  offer", "reply_offer"),
    ("  rejection", "reply_rejection"),
    ("  next round", "reply_next_round"),
    ("  still deciding", "reply_still_deciding"),
    ("  acknowledgement", "reply_acknowledgement"),
    ("  receipt", "reply_receipt"),
    ("  other", "reply_other"),
    ("  not a reply (out-of-office, bulk, notifications)", "reply_not_a_reply"),
    ("  replies matched to their application", "reply_matched"),
    ("  receipts/out-of-office/acks read as rejections (count)", "harmless_read_as_rejection"),
    ("  decision dates right", "date_accuracy"),
)


def markdown(figures: dict[str, float]) -> str:
    rows = ["| figure | value |", "|---|---|"]
    for label, key in LINES:
        if key is None:
            rows.append(f"| **{label}** | |")
            continue
        value = figures[key]
        shown = f"{value:.2f}" if isinstance(value, float) else str(value)
        if isinstance(value, score.Share):
            shown += f" ({value.right} of {value.total})"
        rows.append(f"| {label.strip()} | {shown} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses",
        nargs="*",
        choices=MISS_KINDS,
        metavar="KIND",
        help="list every case that went wrong, or only these kinds: " + ", ".join(MISS_KINDS),
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--markdown", action="store_true", help="print the figures as docs/accuracy.md's table"
    )
    parser.add_argument(
        "--raise-floor", action="store_true", help="record improved figures in floor.json"
    )
    parser.add_argument(
        "--reset-floor", action="store_true", help="after a corpus change: record what it measures"
    )
    for name in runner.HELD_OUT:
        parser.add_argument(
            f"--{name}",
            action="store_true",
            help=f"measure tests/corpus/{name}.toml instead (see docs/accuracy.md)",
        )
    args = parser.parse_args(argv)
    chosen = [name for name in runner.HELD_OUT if getattr(args, name)]
    name = chosen[-1] if chosen else "corpus"
    manifest, floor_path = runner.SETS[name], floors.floor_path(name)
    corpus = runner.load(manifest)
    with tempfile.TemporaryDirectory(prefix="followup-corpus-") as tmp:
        results = runner.run(corpus, Path(tmp))
    figures = score.figures(corpus, results)
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    elif args.markdown:
        print(markdown(figures))
    else:
        kinds = {k: sum(m.kind == k for m in corpus.messages) for k in score.ACCEPTED}
        print(
            f"corpus: {len(corpus.events)} events"
            f" ({sum(c.interview == 'yes' for c in corpus.events)} interviews,"
            f" {sum(c.interview == 'no' for c in corpus.events)} not,"
            f" {sum(c.interview == 'maybe' for c in corpus.events)} maybe),"
            f" {len(corpus.messages)} messages"
            f" ({', '.join(f'{n} {k}' for k, n in kinds.items())}); ran in {results.seconds:.1f}s"
            f" ({results.cpu_seconds:.1f}s CPU)"
        )
        for label, key in LINES:
            if key is None:
                print(label)
            else:
                value = figures[key]
                shown = f"{value:.2f}" if isinstance(value, float) else str(value)
                of = f"  ({value.right}/{value.total})" if isinstance(value, score.Share) else ""
                print(f"{label:<58} {shown:>6}{of}")
    if args.raise_floor or args.reset_floor:
        recorded = floors.read_floor(floor_path)
        floor = (
            floors.floor_of(figures) if args.reset_floor else floors.raise_floor(recorded, figures)
        )
        floors.write_floor(floor, floor_path)
        print(f"\nfloor written to {floor_path}")
    if args.misses is not None:
        print()
        for line in score.misses(corpus, results):
            if not args.misses or line.split()[0] in args.misses:
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
