"""Which interview an event is, by more than its UID.

Some scheduling tools re-send an invite with a new UID; the person's calendar
then holds a new event for the same meeting. Taken by UID alone it is a new
interview, and every thank-you is drafted a second time. An interview is the
same when the people, the time and the company are the same: that is its
signature. The first UID seen with a signature keeps being used for it, so the
purpose keys of drafts and reminders already written stay stable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC

from agent.core.model import Interview


def signature(interview: Interview) -> str:
    """Same people, same time, same company: a short digest of the three."""
    people = ",".join(sorted(p.email.strip().lower() for p in interview.interviewers))
    when = interview.start.astimezone(UTC).strftime("%Y%m%dT%H%M")
    text = f"{when}|{people}|{interview.company.strip().casefold()}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True)
class Resolved:
    interviews: list[Interview]  # each under the UID its signature was first seen with
    aliases: dict[str, str]  # event UID -> the UID it is known by, where they differ
    new: dict[str, str]  # signatures seen for the first time -> their UID, to remember


def resolve(interviews: Iterable[Interview], known: Mapping[str, str]) -> Resolved:
    """Interviews under their first UID, one per signature; `known`: signature -> UID."""
    out: list[Interview] = []
    aliases: dict[str, str] = {}
    new: dict[str, str] = {}
    seen_uids: set[str] = set()
    # Events that are their signature's known UID go first: they keep their place.
    ordered = sorted(interviews, key=lambda i: known.get(signature(i)) != i.uid)
    for interview in ordered:
        sig = signature(interview)
        uid = known.get(sig) or new.get(sig) or interview.uid
        if sig not in known and sig not in new:
            new[sig] = uid
        if uid in seen_uids:
            if uid != interview.uid:
                aliases[interview.uid] = uid
            continue  # the same interview twice (an old and a re-sent invite): one is enough
        seen_uids.add(uid)
        if uid != interview.uid:
            aliases[interview.uid] = uid
            interview = replace(interview, uid=uid)
        out.append(interview)
    out.sort(key=lambda i: (i.start, i.uid))
    return Resolved(out, aliases, new)
