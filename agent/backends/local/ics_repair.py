"""What can be saved from broken iCalendar input, and how to speak of it safely.

icalendar drops a content line it cannot split into name, parameters and
value, and keeps only a message in `component.errors`. For an ATTENDEE line
(a display name with a stray quote, a control character) that silently loses
an interviewer, and with them a thank-you. The address is usually intact at
the end of the line, so it is recovered here and the loss is logged.

Error text from a parser may quote the input, and input may be binary: what
is logged or shown goes through `printable` so no raw byte reaches a terminal.
"""

from __future__ import annotations

import ast
import logging
import re

import icalendar

log = logging.getLogger(__name__)

_UNPARSED = "Content line could not be parsed into parts: "
_ADDRESS = re.compile(r"mailto:([^\s\"';:,<>\\]+@[^\s\"';:,<>\\]+)", re.IGNORECASE)
_CN = re.compile(r";CN=\"?(.*?)\"?(?=;[A-Z-]+=|:mailto:)", re.IGNORECASE)
_NOT_PRINTABLE = re.compile(r"[^\x20-\x7e]+")


def recover_attendees(component: icalendar.cal.Component, source: str) -> int:
    """Add back the ATTENDEEs icalendar dropped as unparseable lines; how many were saved."""
    saved = 0
    for _, message in getattr(component, "errors", ()) or ():
        line = _dropped_line(str(message))
        if not line or not line.upper().startswith("ATTENDEE"):
            continue
        addresses = _ADDRESS.findall(line)
        uid = printable(str(component.get("UID", "")))
        if not addresses:
            log.warning("%s: event %s: an unreadable ATTENDEE line without address", source, uid)
            continue
        present = component.get("ATTENDEE")
        present = present if isinstance(present, list) else [present] if present else []
        if any(str(a).lower() == f"mailto:{addresses[-1]}".lower() for a in present):
            continue  # recovered already
        address = icalendar.vCalAddress(f"mailto:{addresses[-1]}")
        name = _name(line)
        if name:
            address.params["CN"] = name
        component.add("ATTENDEE", address)
        saved += 1
        log.warning(
            "%s: event %s: malformed ATTENDEE line (bad quoting or control characters); "
            "read %s from it",
            source,
            uid,
            printable(addresses[-1]),
        )
    return saved


def _dropped_line(message: str) -> str:
    """The content line quoted in icalendar's message, as it was in the file."""
    if not message.startswith(_UNPARSED):
        return ""
    rest = message[len(_UNPARSED) :]
    if not rest or rest[0] not in "'\"":
        return ""
    end = rest.find(rest[0] + ": ", 1)
    try:
        line = ast.literal_eval(rest[: end + 1]) if end > 0 else ""
    except (ValueError, SyntaxError):
        return ""
    return line if isinstance(line, str) else ""


def _name(line: str) -> str:
    found = _CN.search(line)
    if not found:
        return ""
    name = re.sub(r"[\x00-\x1f\x7f\"\\]+", " ", found.group(1))
    return " ".join(name.split())


def printable(text: str, limit: int = 120) -> str:
    """Text safe to print: control and non-ASCII bytes shown as "?", cut to `limit`."""
    clean = _NOT_PRINTABLE.sub("?", text)
    return clean if len(clean) <= limit else clean[: limit - 3] + "..."


def looks_binary(data: bytes) -> bool:
    """Not iCalendar text at all: NUL bytes, or not UTF-8 in its first kilobytes."""
    head = data[:4096]
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start < len(head) - 4  # a character cut at the end is still text
    return False
