"""The floor: the recorded figures a corpus run may not fall below.

Shares may only rise and counts of harm only fall (`raise_floor`); a test
compares every run with the floor (`below_floor`). The corpus and the held-out
set have a floor each.
"""

from __future__ import annotations

import json
from pathlib import Path

FLOOR = Path(__file__).resolve().parent / "floor.json"


def floor_path(name: str) -> Path:
    """Where the floor of a set ("corpus", "holdout", "holdout2"...) is recorded."""
    return FLOOR if name == "corpus" else FLOOR.parent / name / "floor.json"


# Shares of detected interviews, as the issue states its goals: printed, but not held by the
# floor, because detecting more interviews (some read wrong) may lower them while the
# "_of_all" figures, which the floor does hold, can only rise.
INFORMATIONAL = frozenset({"company_accuracy", "role_accuracy", "interviewers_accuracy"})


def floor_of(figures: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in figures.items() if k not in INFORMATIONAL}


def is_count(name: str) -> bool:
    """Counts of harm (lower is better); every other figure is a share (higher is better)."""
    return name.startswith("drafts_") or name == "harmless_read_as_rejection"


def read_floor(path: Path = FLOOR) -> dict[str, float]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write_floor(floor: dict[str, float], path: Path = FLOOR) -> None:
    path.write_text(json.dumps(floor, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def raise_floor(floor: dict[str, float], measured: dict[str, float]) -> dict[str, float]:
    """The better of the recorded and the measured value of each figure."""
    better = floor_of(measured)
    for name, recorded in floor.items():
        if name in measured:
            pick = min if is_count(name) else max
            better[name] = pick(recorded, measured[name])
    return better


def below_floor(floor: dict[str, float], measured: dict[str, float]) -> list[str]:
    """Every figure worse than its recorded floor, or missing, in words."""
    problems = []
    for name, recorded in sorted(floor.items()):
        if name not in measured:
            problems.append(f"{name}: no longer measured (floor {recorded})")
        elif is_count(name) and measured[name] > recorded:
            problems.append(f"{name}: {measured[name]} (at most {recorded})")
        elif not is_count(name) and measured[name] < recorded - 1e-9:
            problems.append(f"{name}: {measured[name]:.4f} (at least {recorded:.4f})")
    return problems
