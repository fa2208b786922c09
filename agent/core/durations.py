"""Durations written by people ("10m", "90s", "1h", "2d") and the bounds that keep them sane.

Pure: `--interval` and `notify.after` both read through here, so the two
accept the same forms and report the same way.
"""

from __future__ import annotations

import re

UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_FORM = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*")


def parse_duration(text: str, *, at_least: float = 0.0, at_most: float | None = None) -> float:
    """Seconds in `text`; ValueError with a sentence for the person when it is out of bounds.

    The bounds exist because a duration is used to wait: a tiny one spins the
    CPU, a huge one overflows the clock the waiting uses.
    """
    match = _FORM.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration like 10m, 90s or 1h")
    seconds = float(match.group(1)) * UNITS[match.group(2)]
    if seconds <= 0 or seconds < at_least:
        raise ValueError(f"{text!r} is too short: at least {describe(at_least or 1)}")
    if at_most is not None and seconds > at_most:
        raise ValueError(f"{text!r} is too long: at most {describe(at_most)}")
    return seconds


def describe(seconds: float) -> str:
    """The duration in the largest unit that divides it: 600 -> "10m", 86400 -> "1d"."""
    for unit in ("d", "h", "m"):
        if seconds >= UNITS[unit] and seconds % UNITS[unit] == 0:
            return f"{int(seconds // UNITS[unit])}{unit}"
    return f"{seconds:g}s"
