"""`followup track ID` / `followup ignore ID`: the person settles whether an event is an interview.

The answer is stored by event uid and detection honours it from then on
(agent.core.verdict): "track" makes the event an interview, "ignore" makes it
never one. A later answer replaces an earlier one, so either can be undone.
"""

from __future__ import annotations

from datetime import datetime

from agent.core.model import CalendarEvent
from agent.errors import ConfigError
from agent.store import Store


def find_event(store: Store, wanted: str) -> CalendarEvent:
    """The stored event whose uid is `wanted`, or the one uid that starts with it."""
    wanted = wanted.strip()
    events = store.events()
    exact = [e for e in events if e.uid == wanted]
    found = exact or ([e for e in events if e.uid.startswith(wanted)] if wanted else [])
    if len(found) == 1:
        return found[0]
    if not found:
        raise ConfigError(
            f"no calendar event has the id {wanted!r}; `followup status` shows the ids "
            "(run a cycle first if the event is new)"
        )
    names = "; ".join(f"{e.uid} ({e.title})" for e in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    raise ConfigError(
        f"{wanted!r} is the start of {len(found)} ids: {names}{more}; give more of it"
    )


def settle(store: Store, wanted: str, decision: str, now: datetime) -> CalendarEvent:
    event = find_event(store, wanted)
    store.decide(event.uid, decision, now)
    return event


def confirmation(event: CalendarEvent, decision: str) -> str:
    title = " ".join(event.title.split()) or "(no title)"
    if decision == "track":
        return (
            f"{title} ({event.uid}) is an interview. The next cycle follows it up; "
            f"`followup ignore {event.uid}` undoes this."
        )
    return (
        f"{title} ({event.uid}) is not an interview and will not be followed up; "
        f"`followup track {event.uid}` undoes this."
    )
