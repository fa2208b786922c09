"""Which stored events may be interviews, remembered so a cycle reads only those.

Detection looks at each event on its own, and nearly every event in a
calendar fails its first test (`detect.matches`: the title words, the
calendar, the colour). That answer is kept per event in the store and worked
out only for events stored or changed since, so an idle cycle decodes and
examines the few candidates, not the whole calendar (10,000 events: 1.1 s).
The answers hold for one set of detection rules: when the configured rules
change, every event is examined again.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Set
from dataclasses import fields

from agent.core import detect as detection
from agent.core.model import CalendarEvent, DetectRules
from agent.store import Store

# Bumped when `detect.noticed` changes what it looks at: every event is examined again.
VERSION = 4


def events_to_detect(
    store: Store, rules: DetectRules, *, me: str = "", decided: Collection[str] = ()
) -> list[CalendarEvent]:
    """The stored events detection has something to say about, in (start, uid) order.

    `decided` are uids the person settled with `followup track`/`ignore`: their
    answer counts whatever the event looks like, so they are always examined.
    """
    key = rules_key(rules, me)
    if store.meta("detect.rules") != key:
        store.forget_candidates()
        store.set_meta("detect.rules", key)
    pending = store.unclassified_events()
    if pending:
        store.mark_candidates({e.uid: detection.noticed(e, rules, me) for e in pending})
    return store.candidate_events(also=decided)


def rules_key(rules: DetectRules, me: str = "") -> str:
    """The rules (and whose calendar it is) as canonical text, the same in every process."""

    def canonical(value: object) -> object:
        if isinstance(value, Mapping):
            return sorted((str(k), canonical(v)) for k, v in value.items())
        if isinstance(value, Set):
            return sorted(str(v) for v in value)
        if isinstance(value, tuple | list):
            return [canonical(v) for v in value]
        return value

    data = {f.name: canonical(getattr(rules, f.name)) for f in fields(rules)}
    return json.dumps([VERSION, me, data], sort_keys=True, default=str)
