"""Drop the events that surely lie outside the window before iCalendar parsing.

icalendar parses about 1,500 events a second. A calendar file holds years of
events, and the agent looks at five months of them. Reading DTSTART and DTEND
from the raw lines of each VEVENT is much cheaper than parsing it, so events
that end well before the window or start well after it are cut from the text
first; only the rest is parsed.

The test is deliberately generous: two days of margin on each side (more
than any UTC offset), and every event with RRULE, RDATE, EXDATE,
RECURRENCE-ID or DURATION, or with a date it cannot read, is kept for the
real parser and the expander to decide. Everything outside top-level VEVENT
blocks (calendar properties, VTIMEZONE, VTODO) is kept as it is, so a file
the filter does not understand is simply parsed whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

MARGIN = timedelta(days=2)
_KEEP_PROPERTIES = (b"RRULE", b"RDATE", b"EXDATE", b"RECURRENCE-ID", b"DURATION")
_DATE = re.compile(rb"\s*(\d{4})(\d{2})(\d{2})")


def events_near(data: bytes, start: datetime, end: datetime) -> bytes:
    """`data` without the VEVENT blocks that surely do not overlap [start, end)."""
    first, last = (start - MARGIN).date(), (end + MARGIN).date()
    return _filtered(data, lambda block: _may_overlap(block, first, last))


def without_events(data: bytes) -> bytes:
    """`data` with no VEVENT at all: the calendar's own properties, cheap to parse."""
    return _filtered(data, lambda block: False)


def _pieces(data: bytes) -> Iterator[tuple[bool, list[bytes]]]:
    """The file as (is a top-level VEVENT block, its lines), in order.

    A block with no END:VEVENT comes back as plain lines, so the parser sees
    the file as it was.
    """
    block: list[bytes] | None = None
    depth = 0
    for line in data.splitlines(keepends=True):
        upper = line.rstrip(b"\r\n").upper()
        if block is None:
            if upper == b"BEGIN:VEVENT":
                block, depth = [line], 1
            else:
                yield False, [line]
            continue
        block.append(line)
        if upper.startswith(b"BEGIN:"):
            depth += 1
        elif upper.startswith(b"END:"):
            depth -= 1
            if depth == 0:
                yield True, block
                block = None
    if block is not None:
        yield False, block


def _filtered(data: bytes, keep: Callable[[list[bytes]], bool]) -> bytes:
    return b"".join(
        b"".join(lines) for is_event, lines in _pieces(data) if not is_event or keep(lines)
    )


def _may_overlap(block: list[bytes], first: date, last: date) -> bool:
    starts: date | None = None
    ends: date | None = None
    for line in block[1:]:
        if line[:1] in (b" ", b"\t"):
            continue  # a folded continuation: no property starts here
        name = line.split(b":", 1)[0].split(b";", 1)[0].strip().upper()
        if name in _KEEP_PROPERTIES:
            return True
        if name == b"BEGIN" and line.upper().startswith(b"BEGIN:VALARM"):
            break  # the event's own properties are done
        if name in (b"DTSTART", b"DTEND"):
            found = _date_of(line)
            if found is None:
                return True
            if name == b"DTSTART":
                starts = found
            else:
                ends = found
    if starts is None:
        return True
    if starts > last:
        return False
    return (ends or starts) >= first


def _date_of(line: bytes) -> date | None:
    found = _DATE.match(line.rsplit(b":", 1)[-1])
    if not found:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def batches(data: bytes, size: int) -> list[bytes]:
    """One calendar as several, each with the calendar's own lines and at most `size` events.

    Parsing a whole calendar at once holds every parsed event in memory; in
    batches the peak stays that of one batch. The events of one UID (a series
    and its moved occurrences) stay together. A file with more than one
    VCALENDAR, or none, is returned whole.
    """
    if data.upper().count(b"BEGIN:VCALENDAR") != 1:
        return [data]
    frame: list[bytes] = []
    groups: dict[bytes, list[bytes]] = {}
    _split(data, frame, groups)
    ends = [i for i, line in enumerate(frame) if line.strip().upper() == b"END:VCALENDAR"]
    if not ends or len(groups) <= size:
        return [data]
    head, tail = b"".join(frame[: ends[-1]]), b"".join(frame[ends[-1] :])
    out: list[bytes] = []
    batch: list[bytes] = []
    count = 0
    for blocks in groups.values():
        batch.extend(blocks)
        count += 1
        if count >= size:
            out.append(head + b"".join(batch) + tail)
            batch, count = [], 0
    if batch:
        out.append(head + b"".join(batch) + tail)
    return out


def _split(data: bytes, frame: list[bytes], groups: dict[bytes, list[bytes]]) -> None:
    """Lines outside VEVENT blocks into `frame`; each block's text under its UID in `groups`."""
    for is_event, lines in _pieces(data):
        if is_event:
            groups.setdefault(_uid(lines), []).append(b"".join(lines))
        else:
            frame.extend(lines)


def _uid(block: list[bytes]) -> bytes:
    for n, line in enumerate(block):
        if line[:3].upper() == b"UID" and line[3:4] in (b":", b";"):
            folded = [line.rstrip(b"\r\n")]
            for more in block[n + 1 :]:
                if more[:1] not in (b" ", b"\t"):
                    break
                folded.append(more.rstrip(b"\r\n")[1:])
            return b"".join(folded).split(b":", 1)[-1].strip()
    return b""
