"""Detection reads only the stored events that may be interviews, examined once each."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from agent import candidates
from agent.core.model import CalendarChanges, CalendarEvent, DetectRules
from agent.store import Store

START = datetime(2026, 11, 10, 15, 0, tzinfo=UTC)
RULES = DetectRules()


def event(uid: str, title: str, hours: int = 0) -> CalendarEvent:
    start = START + timedelta(hours=hours)
    return CalendarEvent(uid, "work", title, start, start + timedelta(hours=1))


def stored(*events: CalendarEvent) -> Store:
    store = Store.open(":memory:")
    store.apply_calendar(CalendarChanges(events=events, cursor="c1"))
    return store


def examined(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM events WHERE candidate IS NOT NULL").fetchone()[0]


def test_only_matching_events_are_returned_in_order() -> None:
    store = stored(
        event("b", "Interview: Engineer at Acme", 2),
        event("a", "Standup"),
        event("c", "Phone screen with Globex", 1),
    )
    assert [e.uid for e in candidates.events_to_detect(store, RULES)] == ["c", "b"]
    assert examined(store) == 3


def test_an_idle_cycle_examines_nothing_again() -> None:
    store = stored(event("a", "Standup"), event("b", "Interview at Acme"))
    candidates.events_to_detect(store, RULES)
    store.db.execute("UPDATE events SET data='not json' WHERE uid='a'")  # would fail if decoded
    assert [e.uid for e in candidates.events_to_detect(store, RULES)] == ["b"]


def test_a_changed_event_is_examined_again() -> None:
    store = stored(event("a", "Standup"))
    assert candidates.events_to_detect(store, RULES) == []
    store.apply_calendar(CalendarChanges(events=(event("a", "Interview at Acme"),), cursor="c2"))
    assert [e.uid for e in candidates.events_to_detect(store, RULES)] == ["a"]


def test_new_rules_examine_every_event_again() -> None:
    store = stored(event("a", "Coffee chat with Acme"), event("b", "Interview at Acme"))
    assert [e.uid for e in candidates.events_to_detect(store, RULES)] == ["b"]
    wider = replace(RULES, include=(*RULES.include, "coffee chat"))
    assert [e.uid for e in candidates.events_to_detect(store, wider)] == ["a", "b"]
    narrower = replace(RULES, exclude=("acme",))
    assert candidates.events_to_detect(store, narrower) == []


def test_the_rules_key_is_the_same_for_the_same_rules() -> None:
    one = replace(RULES, calendars=frozenset({"x", "y", "z"}), companies={"a.example": "A"})
    two = replace(RULES, calendars=frozenset({"z", "y", "x"}), companies={"a.example": "A"})
    assert candidates.rules_key(one) == candidates.rules_key(two)
    assert candidates.rules_key(one) != candidates.rules_key(RULES)
