"""kill -9 at every write of the local backend: the next cycle ends as if nothing happened.

Like the crash tests of tests/test_idempotency.py, but with a real killed
process (tests/kill_child.py) and at every write, not only after each side
effect: each store transaction (before and after its COMMIT), each draft file
added or removed, each file renamed into place (reminders, notes, ledger).
"""

from __future__ import annotations

import multiprocessing
from datetime import datetime
from pathlib import Path

import pytest

from tests import kill_child
from tests.test_idempotency import outcome
from tests.world import JUST_AFTER, World, acme_world, at

STEPS = [JUST_AFTER, at(2026, 11, 10, 18, 0)]  # drafts and reminders; then a note updates them


# Children are forked from one server per test process that has the program imported and
# has run one cycle (an interpreter's start-up and imports were two thirds of each child's
# time, and a cold first cycle most of the rest): tests/kill_server.py.
FORKS = multiprocessing.get_context("forkserver")
FORKS.set_forkserver_preload(["tests.kill_server"])


def child(world: World, now: datetime, kill_at: int) -> tuple[int | None, int]:
    """(exit code, writes made) of one cycle in a child process killed at write `kill_at`."""
    reader, writer = FORKS.Pipe(duplex=False)
    process = FORKS.Process(
        target=kill_child.forked, args=(str(world.config_path), now.isoformat(), kill_at, writer)
    )
    process.start()
    writer.close()
    process.join(timeout=120)
    try:
        count = reader.recv()
    except EOFError:  # killed, or failed: it sent nothing
        count = -1
    reader.close()
    return process.exitcode, count


def note(world: World) -> None:
    assert world.cli("note", "acme", "topic: the caching layer").code == 0


def play(world: World, kill_at: int) -> list[int]:
    """The steps in child processes; the one killed is run again, as a timer would."""
    counts = []
    remaining = kill_at
    for i, now in enumerate(STEPS):
        if i == 1:
            note(world)
        code, count = child(world, now, remaining if remaining > 0 else 0)
        if code == 137:
            remaining = 0
            code, count = child(world, now, 0)
        assert code == 0, f"the cycle failed (exit code {code}); its traceback is above"
        counts.append(count)
        if remaining > 0:
            remaining -= count
    return counts


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, object]:
    world = acme_world(tmp_path_factory.mktemp("clean"))
    counts = play(world, 0)
    return sum(counts), outcome(world)


def test_the_story_writes_drafts_reminders_and_the_store(clean: tuple[int, object]) -> None:
    total, (drafts, reminders) = clean  # type: ignore[misc]
    assert total > 20 and drafts and reminders


@pytest.mark.parametrize("kill_at", range(1, 120))
def test_a_kill_at_any_write_ends_as_if_nothing_had_happened(
    tmp_path: Path, clean: tuple[int, object], kill_at: int
) -> None:
    total, expected = clean
    if kill_at > total:
        pytest.skip(f"the story makes {total} writes")
    world = acme_world(tmp_path / "world")

    play(world, kill_at)

    assert outcome(world) == expected
