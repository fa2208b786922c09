"""`followup status`: the plan's view of every application, for people and for scripts.

The JSON shape is a contract (pinned by a test): add keys, never rename them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from agent.core.model import Skipped
from agent.core.people import is_unaddressed
from agent.core.plan import ApplicationStatus, Plan

if TYPE_CHECKING:
    from agent.regions import HolidayCalendar

STATE_WORDS = {
    "waiting": "after the interview",
    "to draft": "to be drafted next cycle",
    "drafted": "draft ready, not sent yet",
    "edited": "draft edited by you, not sent yet",
    "sent": "sent",
    "deleted": "draft deleted by you",
    "removed": "draft removed (no longer fitting)",
    "missed": "missed (the interview was too long ago)",
    "call": "thank them by phone",
    "closed": "not drafted: the employer declined",
}


# (key, what, detail, noticed) of an input skipped as unreadable (Store.problems).
Problem = tuple[str, str, str, str]


def as_json(
    plan: Plan,
    skipped: list[Skipped],
    now: datetime,
    tz: str,
    *,
    holidays: HolidayCalendar | None = None,
    agent: dict[str, Any] | None = None,
    problems: Sequence[Problem] = (),
) -> str:
    """`agent` is whether the agent is alive (`healthview.AgentView.as_json`)."""
    return json.dumps(
        {
            "generated_at": now.isoformat(),
            "timezone": tz,
            "public_holidays": None
            if holidays is None or not holidays.country
            else {
                "country": holidays.country,
                "subdivision": holidays.subdivision,
                "from": holidays.source,
            },
            "applications": [_application(a) for a in plan.applications],
            "skipped": [
                {"uid": s.uid, "title": s.title, "reason": s.reason} for s in skipped if not s.maybe
            ],
            "to_settle": to_settle_json(plan),
            "unreadable": [
                {"what": key, "title": what, "detail": detail, "noticed": noticed}
                for key, what, detail, noticed in problems
            ],
        }
        | ({"agent": agent} if agent is not None else {}),
        indent=2,
        ensure_ascii=False,
    )


def _application(a: ApplicationStatus) -> dict[str, Any]:
    return {
        "application": a.application,
        "company": a.company,
        "role": a.role,
        "stage": a.stage,
        "next_step": None
        if a.next_step is None
        else {
            "kind": a.next_step.kind,
            "number": a.next_step.number,
            "at": a.next_step.at.isoformat(),
        },
        "interviews": [
            {
                "uid": i.uid,
                "title": i.title,
                "start": i.start.isoformat(),
                "end": i.end.isoformat(),
                "decision": i.notes.decision.value.isoformat()
                if i.notes.decision and i.notes.decision.value
                else None,
                "interviewers": [
                    {"name": p.name, "email": _address(p.email), "method": p.method.value}
                    for p in i.interviewers
                ],
            }
            for i in a.interviews
        ],
        "thank_yous": [
            {
                "interview": t.interview_uid,
                "interviewer": t.interviewer.name,
                "email": _address(t.interviewer.email),
                "state": t.state,
                "due": t.due.isoformat(),
                "needs_personal_touch": t.needs_personal_touch,
            }
            for t in a.thank_yous
        ],
        "replies": [
            {
                "message_id": r.message_id,
                "from": r.sender.email,
                "subject": r.subject,
                "received": r.received.isoformat(),
                "kind": r.kind.value,
                "new_date": r.new_date.value.isoformat()
                if r.new_date and r.new_date.value
                else None,
                "corrected": r.corrected,
                "removed_drafts": a.removed_by_reply.get(r.message_id, 0),
                "date_written": r.new_date.text if r.new_date else "",
            }
            for r in a.replies
        ],
        "problems": list(a.problems),
        "check_ins": [
            {"number": c.number, "at": c.at.isoformat(), "state": c.state} for c in a.check_ins
        ],
    }


def _address(email: str) -> str:
    """An interviewer's address; "" for one named without it (the draft's To: is marked)."""
    return "" if is_unaddressed(email) else email


def unreadable_text(problems: Sequence[Problem]) -> str:
    """Inputs skipped because they could not be read, for the end of `status`."""
    if not problems:
        return ""
    lines = ["", "Skipped, cannot be read:"]
    lines += [f"  {key} ({what!r}): {detail}" for key, what, detail, _ in problems]
    return "\n".join(lines)


def as_text(
    plan: Plan, skipped: list[Skipped], tz: str, *, holidays: HolidayCalendar | None = None
) -> str:
    if not plan.applications and not skipped:
        return (
            "No interviews found yet. Interviews are events whose title says interview, "
            "phone screen, onsite, ... (see [detect] in the configuration)."
        )
    lines: list[str] = [f"Times are in {tz}."]
    if holidays is not None:
        lines.append(f"Public holidays: {holidays.describe()}.")
    for a in plan.applications:
        name = a.company or "(company unknown)"
        lines += ["", f"{name}" + (f" — {a.role}" if a.role else ""), f"  stage: {a.stage}"]
        for i in a.interviews:
            people = ", ".join(p.name or p.email for p in i.interviewers) or "nobody listed"
            lines.append(f"  interview {i.start:%a %d %b %Y %H:%M}: {i.title} (with {people})")
            lines.append(f"    id: {i.uid}")
        for t in a.thank_yous:
            touch = "  <- add a personal detail before sending" if t.needs_personal_touch else ""
            if is_unaddressed(t.interviewer.email):
                touch += "  <- no address known: fill in the draft's To: line"
            who = t.interviewer.name or t.interviewer.email
            lines.append(
                f"  thank-you to {who}: {STATE_WORDS.get(t.state, t.state)}"
                f" (due {t.due:%a %d %b %H:%M}){touch}"
            )
        for c in a.check_ins:
            state = STATE_WORDS.get(c.state, c.state)
            lines.append(f"  check-in {c.number} ({c.at:%a %d %b %H:%M}): {state}")
        for r in a.replies:
            when = f"{r.received:%a %d %b %H:%M}"
            fixed = ", corrected by you" if r.corrected else ""
            lines.append(
                f"  reply {when} from {r.sender.email}: {r.kind.value}{fixed} — {r.subject!r}"
            )
            if r.new_date and r.new_date.text and r.new_date.value is None:
                lines.append(
                    f"    their date {r.new_date.text[:60]!r} was not used (unreadable, already"
                    " past, or more than six months away): the next check-in is spaced from"
                    " the reply"
                )
            removed = a.removed_by_reply.get(r.message_id, 0)
            if removed:  # a misread must be easy to see and to undo
                other = "other" if r.kind.value != "other" else "still_deciding"
                lines.append(
                    f"    {r.kind.value.replace('_', ' ')} from {r.sender.email} removed "
                    f"{removed} draft{'s' if removed != 1 else ''}; if this is wrong: "
                    f"followup reply {r.message_id} {other}"
                )
            lines.append(f"    correct with: followup reply {r.message_id} <kind>")
        for p in a.problems:
            lines.append(f"  note problem: {p}")
    lines += to_settle_lines(plan)
    skipped = [s for s in skipped if not s.maybe]
    if skipped:
        lines += ["", "Not followed up:"]
        lines += [f"  {line}" for line in skipped_lines(skipped)]
    return "\n".join(lines)


def to_settle_json(plan: Plan) -> list[dict[str, Any]]:
    """Events that may be interviews, each with its id and why it is unclear."""
    return [
        {
            "uid": q.uid,
            "title": q.title,
            "start": q.start.isoformat() if q.start else None,
            "end": q.end.isoformat() if q.end else None,
            "reason": q.reason,
        }
        for q in plan.to_settle
    ]


def to_settle_lines(plan: Plan) -> list[str]:
    if not plan.to_settle:
        return []
    lines = ["", "Is it an interview? Settle with `followup track ID` or `followup ignore ID`:"]
    for q in plan.to_settle:
        when = f"{q.start:%a %d %b %Y %H:%M}: " if q.start else ""
        lines.append(f"  {when}{q.title} — {q.reason}")
        lines.append(f"    id: {q.uid}")
    return lines


def skipped_lines(skipped: list[Skipped]) -> list[str]:
    """One line per title and reason: a recurring series is one line, not one per occurrence."""
    counts: dict[tuple[str, str], int] = {}
    for item in skipped:
        counts[(item.title, item.reason)] = counts.get((item.title, item.reason), 0) + 1
    return [
        f"{title}: {reason}" + (f" ({n} occurrences)" if n > 1 else "")
        for (title, reason), n in counts.items()
    ]
