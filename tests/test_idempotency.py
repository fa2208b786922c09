"""A cycle is safe to repeat: after a re-run, a crash, or a lost state store, nothing is doubled.

Crashes are injected with the cycle's `after_effect` hook, which runs after a
side effect (a draft file written, a VEVENT inserted) and before its record in
the store: exactly the moment a killed process or a power cut leaves behind.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.world import (
    ACME_UID,
    JANE,
    JUST_AFTER,
    RAJ,
    FailingOnce,
    World,
    acme_world,
    at,
)

UID = ACME_UID
JANE_THANKS = f"thanks/{UID}/{JANE.email}"
CHECK_IN_1 = f"checkin/acme/{UID}/1"


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = acme_world(tmp_path / "world")
    return world


def draft_keys(world: World) -> Counter[str]:
    return Counter(d.key for d in world.drafts())


def reminder_keys(world: World) -> Counter[str]:
    return Counter(r.key for r in world.reminders())


def test_two_runs_at_the_same_instant_create_nothing_new(world: World) -> None:
    world.run(JUST_AFTER)
    files = sorted(d.path.name for d in world.drafts())
    events = sorted((r.uid, r.key) for r in world.reminders())
    assert len(files) == 2 and len(events) == 3

    again = world.run(JUST_AFTER)

    assert again.done == []
    assert sorted(d.path.name for d in world.drafts()) == files
    assert sorted((r.uid, r.key) for r in world.reminders()) == events


def test_a_crash_after_writing_a_draft_leaves_exactly_one_draft(world: World) -> None:
    hook = FailingOnce("draft")
    with pytest.raises(RuntimeError, match="crash after draft"):
        world.run(JUST_AFTER, after_effect=hook)
    (crashed,) = hook.seen
    key = crashed.removeprefix("draft ")
    assert len(world.drafts(key)) == 1  # the file was written; its record was not

    world.run(JUST_AFTER)

    assert draft_keys(world) == Counter({JANE_THANKS: 1, f"thanks/{UID}/{RAJ.email}": 1})
    assert len(world.drafts(key)) == 1
    assert all(n == 1 for n in reminder_keys(world).values())


def test_a_crash_after_inserting_a_reminder_leaves_exactly_one_event(world: World) -> None:
    hook = FailingOnce("reminder")
    with pytest.raises(RuntimeError, match="crash after reminder"):
        world.run(JUST_AFTER, after_effect=hook)
    (crashed,) = hook.seen
    key = crashed.removeprefix("reminder ")
    assert len(world.reminders(key)) == 1

    world.run(JUST_AFTER)

    assert len(world.reminders(key)) == 1
    assert reminder_keys(world) == Counter(
        {CHECK_IN_1: 1, f"nudge/{UID}/{JANE.email}": 1, f"nudge/{UID}/{RAJ.email}": 1}
    )
    assert all(n == 1 for n in draft_keys(world).values())


@pytest.mark.parametrize("rerun_at", [JUST_AFTER, at(2026, 11, 10, 17, 0)], ids=["same", "later"])
def test_a_lost_state_store_does_not_duplicate_drafts_or_reminders(
    world: World, rerun_at: datetime
) -> None:
    world.run(JUST_AFTER)
    drafts, reminders = draft_keys(world), reminder_keys(world)
    world.lose_state()
    assert not world.state_path.exists()

    world.run(rerun_at)

    assert draft_keys(world) == drafts
    assert reminder_keys(world) == reminders
    world.run(rerun_at)  # and the rebuilt store is consistent: nothing more to do
    assert draft_keys(world) == drafts and reminder_keys(world) == reminders


def test_a_lost_state_store_does_not_redraft_a_sent_thank_you(world: World) -> None:
    world.run(JUST_AFTER)
    world.send(world.draft(JANE_THANKS))
    world.run(at(2026, 11, 11, 10, 0))
    world.lose_state()

    world.run(at(2026, 11, 11, 10, 30))

    assert world.drafts(JANE_THANKS) == []
    assert world.reminders(f"nudge/{UID}/{JANE.email}") == []


# ------------------------------------------------------------------ a crash at every effect

Step = tuple[datetime, Callable[[World], object] | None]


def story() -> list[Step]:
    """A fortnight that makes every kind of effect: drafts written, updated and removed,
    reminders inserted, moved and deleted."""

    def note(world: World) -> None:
        assert world.cli("note", "acme", "topic: the caching layer").code == 0

    def send_jane(world: World) -> None:
        world.send(world.draft(JANE_THANKS))

    def still_deciding(world: World) -> None:
        world.deliver(
            "deciding",
            sender="Jane Doe <jane.doe@acme.example>",
            subject="Re: Checking in",
            body="Hi Casey, we are still deciding, we'll know by November 24.",
            date=at(2026, 11, 17, 11, 0),
        )

    def rejection(world: World) -> None:
        world.deliver(
            "decision",
            sender="Jane Doe <jane.doe@acme.example>",
            subject="Your application",
            body="Unfortunately we decided to move forward with other candidates.",
            date=at(2026, 11, 25, 11, 0),
        )

    return [
        (JUST_AFTER, None),
        (at(2026, 11, 10, 18, 0), note),
        (at(2026, 11, 11, 10, 0), send_jane),
        (at(2026, 11, 16, 21, 0), None),
        (at(2026, 11, 17, 12, 0), still_deciding),
        (at(2026, 11, 24, 21, 0), None),
        (at(2026, 11, 25, 12, 0), rejection),
    ]


def play(world: World, crash_at: str | None, occurrence: int = 1) -> list[str]:
    """The story, crashing once after the `occurrence`-th effect labelled `crash_at`,
    then re-running that step as the next cycle would."""
    labels: list[str] = []
    crashed: list[str] = []

    def hook(label: str) -> None:
        if label == crash_at and not crashed and labels.count(label) == occurrence - 1:
            crashed.append(label)
            raise RuntimeError(f"crash after {label}")
        labels.append(label)

    for now, act in story():
        if act is not None:
            act(world)
        try:
            world.run(now, after_effect=hook)
        except RuntimeError:
            world.run(now, after_effect=hook)
    assert crashed == ([crash_at] if crash_at else [])
    return labels


def outcome(world: World) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """What the person sees: drafts by key and content, reminders by key, time and text.

    A reminder's link to its draft is replaced by the key of the draft file it
    points to, so a link to a file that is gone shows as such.
    """

    present = {f"<{unquote(d.message.message_id.strip('<>'))}>": d.key for d in world.drafts()}

    def link(match: re.Match[str]) -> str:
        message_id = f"<{unquote(match.group(0).removeprefix('mid:'))}>"
        key = present.get(message_id)
        return f"<draft {key}>" if key is not None else "<missing draft>"

    drafts = sorted(
        (d.key, d.message.subject, d.text, *d.to, d.message.in_reply_to) for d in world.drafts()
    )
    reminders = sorted(
        (r.key, r.start.isoformat(), r.summary, re.sub(r"mid:\S+", link, r.description))
        for r in world.reminders()
    )
    return drafts, reminders


@pytest.fixture(scope="module")
def clean_story(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[list[str], tuple[object, object]]:
    """The story without a crash: its effects in order, and how it ends."""
    world = acme_world(tmp_path_factory.mktemp("clean"))
    labels = play(world, None)
    return labels, outcome(world)


def test_the_story_makes_every_kind_of_effect(clean_story: tuple[list[str], object]) -> None:
    labels, _ = clean_story
    kinds = {label.split(" ")[0] for label in labels}
    assert kinds >= {"draft", "update", "remove", "reminder", "delete"}
    # Every effect is crashed on below, each time it happens.
    assert Counter(labels) == Counter(label for label, _ in CRASH_POINTS)


# (label, occurrence): an effect that happens twice in the story is crashed on both times.
CRASH_POINTS = [
    (f"draft {JANE_THANKS}", 1),
    (f"draft thanks/{UID}/{RAJ.email}", 1),
    (f"reminder {CHECK_IN_1}", 1),
    (f"reminder {CHECK_IN_1}", 2),  # rewritten with the link to its draft
    # Written once: its link names the draft's Message-ID, which an update keeps.
    (f"reminder nudge/{UID}/{JANE.email}", 1),
    (f"reminder nudge/{UID}/{RAJ.email}", 1),
    (f"update {JANE_THANKS}", 1),
    (f"update thanks/{UID}/{RAJ.email}", 1),
    (f"delete reminder nudge/{UID}/{JANE.email}", 1),
    (f"draft {CHECK_IN_1}", 1),
    (f"reminder checkin/acme/{UID}/2", 1),
    (f"reminder checkin/acme/{UID}/2", 2),
    (f"draft checkin/acme/{UID}/2", 1),
    (f"remove {CHECK_IN_1}", 1),
    (f"remove checkin/acme/{UID}/2", 1),  # drafted before the rejection, never touched
    (f"remove thanks/{UID}/{RAJ.email}", 1),
]


@pytest.mark.parametrize(
    ("crash_at", "occurrence"), CRASH_POINTS, ids=[f"{label}#{n}" for label, n in CRASH_POINTS]
)
def test_a_crash_after_any_effect_ends_as_if_nothing_had_happened(
    world: World, clean_story: tuple[list[str], object], crash_at: str, occurrence: int
) -> None:
    _, clean = clean_story

    play(world, crash_at, occurrence)

    assert outcome(world) == clean
