"""What recording each cycle's outcome costs, beside the cycle itself.

Every real cycle reads and rewrites the health record beside the state store
(agent/health.py) so that `status` can say whether the agent is alive. This
prints, on the local backend's usual one-interview world:

  record   one load + atomic save of the health record, alone
  idle     an idle cycle without recording (as the demo runs them)
  idle+rec an idle cycle with recording (as `run --once` and the daemon run them)

Usage: python bench/unattended_cost.py [--cycles 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent import app, health  # noqa: E402
from tests.world import JUST_AFTER, acme_world  # noqa: E402


def per_call_ms(seconds: float, calls: int) -> str:
    return f"{seconds / calls * 1000:8.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=200)
    n = parser.parse_args().cycles
    root = Path(tempfile.mkdtemp())
    state = root / "alone" / "state.sqlite3"
    start = time.perf_counter()
    for _ in range(n * 10):
        health.save(state, health.after_success(health.load(state), datetime.now(UTC)))
    print(f"record   {per_call_ms(time.perf_counter() - start, n * 10)}")

    world = acme_world(root / "casey")
    cfg = world.config()
    app.run_once(cfg, JUST_AFTER)
    for label, record in (("idle", False), ("idle+rec", True)) * 2:
        start = time.perf_counter()
        for i in range(n):
            app.run_once(cfg, JUST_AFTER + timedelta(minutes=i + 1), record=record)
        print(f"{label:8} {per_call_ms(time.perf_counter() - start, n)}")


if __name__ == "__main__":
    main()
