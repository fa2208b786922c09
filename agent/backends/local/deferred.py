"""An adapter built on first use, so a cycle that never needs it never imports it.

The reminder calendar is written only when an action is due; building it
imports icalendar (about a fifth of an idle cycle's start-up). Attribute
access passes through to the adapter, built once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class OnFirstUse:
    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._built: Any = None

    @property
    def built(self) -> bool:
        return self._built is not None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if self._built is None:
            self._built = self._build()
        return getattr(self._built, name)
