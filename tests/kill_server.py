"""What the fork server of tests/test_kill_local.py loads before it forks any child.

Beside the program's modules, one whole cycle of a throwaway world: a cycle's
first run in a process compiles its patterns and loads its templates and
holiday tables (about 0.3 s), its next runs take a sixth of that. A child
forked after it starts warm, so each killed cycle costs what a cycle costs,
and the writes it makes, where it dies, are the same.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from agent import app, config
from tests import kill_child  # noqa: F401  (what the children run)
from tests.world import JUST_AFTER, acme_world


def _warm() -> None:
    with tempfile.TemporaryDirectory() as root:
        world = acme_world(Path(root))
        app.run_once(config.load(world.config_path), JUST_AFTER)


_warm()
