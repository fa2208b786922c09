"""Which calendar events are job interviews, and who was met at each.

Decisions a careful job seeker would want, each logged as a `Skipped` reason
so `status` can show it rather than silently ignoring an event:

- cancelled events and events the person declined are not interviews;
- all-day events are skipped: with no end time there is no "within 24 hours"
  to keep, and they are usually deadlines or reminders, not meetings;
- occurrences of recurring events are skipped: a job interview happens once,
  and a repeating "interview" slot is prep, practice, or the person's own
  recurring commitment;
- events without a time zone (floating times) are read as wall-clock time in
  the person's own zone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from agent.core.clock import local
from agent.core.date_words import month_first
from agent.core.model import (
    Attendee,
    CalendarEvent,
    DetectRules,
    Interview,
    Interviewer,
    Method,
    Notes,
    Skipped,
)
from agent.core.notes import parse_notes
from agent.core.replies import is_free_mail

log = logging.getLogger(__name__)

# Local parts of shared mailboxes: a thank-you to "careers@" reaches nobody in particular.
GROUP_LOCAL_PARTS = frozenset(
    {
        "careers",
        "jobs",
        "recruiting",
        "recruitment",
        "talent",
        "hiring",
        "hr",
        "interviews",
        "interview",
        "team",
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "info",
        "admin",
        "calendar",
        "scheduling",
        "notifications",
    }
)
GROUP_DOMAINS = ("group.calendar.google.com", "resource.calendar.google.com", "groups.")
HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def detect(
    events: Iterable[CalendarEvent],
    *,
    me: str,
    tz: ZoneInfo,
    rules: DetectRules,
    notes_by_uid: Mapping[str, str] | None = None,
) -> tuple[list[Interview], list[Skipped]]:
    """Interviews among `events`, and the matching events that were skipped (with why)."""
    notes_by_uid = notes_by_uid or {}
    interviews: list[Interview] = []
    skipped: list[Skipped] = []
    for event in events:
        if not matches(event, rules):
            continue
        reason = skip_reason(event, me)
        if reason:
            skipped.append(Skipped(event.uid, clean(event.title), reason))
            continue
        try:
            interviews.append(to_interview(event, me, tz, rules, notes_by_uid.get(event.uid, "")))
        except (ValueError, OverflowError) as exc:  # one bad event never stops the others
            log.warning("skipping event %r: %s", event.uid, exc)
            skipped.append(Skipped(event.uid, clean(event.title), f"unreadable: {exc}"))
    interviews.sort(key=lambda i: (i.start, i.uid))
    return interviews, skipped


def matches(event: CalendarEvent, rules: DetectRules) -> bool:
    title = clean(event.title).casefold()
    if any(_contains_phrase(title, pattern) for pattern in rules.exclude):
        return False
    return (
        any(_contains_phrase(title, pattern) for pattern in rules.include)
        or event.calendar_id in rules.calendars
        or (bool(event.color) and event.color in rules.colors)
    )


def _contains_phrase(title: str, phrase: str) -> bool:
    """Whole-word match, so "interview" matches "Interviews" but "onsite" not "nonsite"."""
    words = r"\s+".join(re.escape(w) for w in phrase.casefold().split())
    return bool(words) and re.search(rf"(?<![\w]){words}", title) is not None


def skip_reason(event: CalendarEvent, me: str) -> str:
    if event.status == "cancelled":
        return "cancelled"
    mine = next((a for a in event.attendees if a.is_self or same_address(a.email, me)), None)
    if mine is not None and mine.response == "declined":
        return "you declined it"
    if event.all_day:
        return "all-day event: no end time to follow up from (give it a start and end time)"
    if event.recurring:
        return "recurring event: a job interview happens once (a repeating slot is not followed up)"
    return ""


def to_interview(
    event: CalendarEvent, me: str, tz: ZoneInfo, rules: DetectRules, extra_notes: str
) -> Interview:
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    start, end = local(event.start, tz), local(event.end, tz)
    if end < start:
        raise ValueError("ends before it starts")
    notes = parse_notes(
        "\n".join(filter(None, [event.description, extra_notes])),
        interview_day=start.date(),
        month_first=month_first(zone=tz.key),
    )
    interviewers = interviewers_of(event.attendees, me, notes)
    company = company_of(event, interviewers, notes, rules)
    return Interview(
        uid=event.uid,
        title=clean(event.title),
        company=company,
        application=application_key(company, event.uid),
        role=role_of(event.title, company, notes, rules),
        start=start,
        end=end,
        interviewers=interviewers,
        notes=notes,
        organizer_email=event.organizer_email.lower(),
        link=event.link,
    )


def interviewers_of(
    attendees: Iterable[Attendee], me: str, notes: Notes
) -> tuple[Interviewer, ...]:
    """Everyone met: other attendees minus rooms, groups and no-shows, plus names from notes."""
    method = notes.method or Method.EMAIL
    found: dict[str, Interviewer] = {}
    people = [
        (a.name, a.email)
        for a in attendees
        if not (a.is_self or a.is_resource or a.response == "declined")
    ]
    for name, email in [*people, *notes.interviewers]:
        email = clean(email).lower()
        if not email or same_address(email, me) or is_group_address(email) or email in found:
            continue
        display = display_name(name, email)
        found[email] = Interviewer(email, display, greeting_of(display), method)
    return tuple(found.values())


def is_group_address(email: str) -> bool:
    local_part, _, domain = email.partition("@")
    return (
        not domain
        or local_part in GROUP_LOCAL_PARTS
        or any(domain.endswith(g) or domain.startswith(g) for g in GROUP_DOMAINS)
    )


def display_name(name: str, email: str) -> str:
    """The attendee's display name, else one read off "jane.doe@", else ""."""
    name = clean(name).strip(" \"'")
    if name and "@" not in name:
        if "," in name:  # "Doe, Jane"
            last, _, first = name.partition(",")
            name = f"{first.strip()} {last.strip()}".strip()
        return name
    parts = [p for p in re.split(r"[._-]+", email.partition("@")[0]) if p]
    if len(parts) >= 2 and all(p.isalpha() and len(p) >= 2 for p in parts):
        return " ".join(p.capitalize() for p in parts)
    return ""


def greeting_of(display: str) -> str:
    words = [w for w in display.split() if w.rstrip(".").lower() not in HONORIFICS]
    return words[0] if words else ""


def company_of(
    event: CalendarEvent, interviewers: tuple[Interviewer, ...], notes: Notes, rules: DetectRules
) -> str:
    if notes.company:
        return clean(notes.company)
    domains = [i.email.partition("@")[2] for i in interviewers]
    for domain in domains:
        if domain in rules.companies:
            return rules.companies[domain]
    from_title = _company_from_title(clean(event.title), rules)
    if from_title:
        return from_title
    for domain in domains:
        if not is_free_mail(domain):
            return _company_from_domain(domain)
    return ""


_AT_COMPANY = re.compile(
    r"\b(?:at|@)\s+(.+?)(?=\s+(?:for|with|about|re)\b|\s*[-–—:|(),/]|$)", re.IGNORECASE
)


def _company_from_title(title: str, rules: DetectRules) -> str:
    """ "Interview at Acme", or the head of "Acme - Backend Engineer interview"."""
    match = _AT_COMPANY.search(title)
    if match:
        return match.group(1).strip()
    parts = re.split(r"\s+[-–—|]\s+|:\s+", title, maxsplit=1)
    if len(parts) == 2:
        head = parts[0].strip()
        if head and not any(_contains_phrase(head.casefold(), p) for p in rules.include):
            return head
    return ""


def _company_from_domain(domain: str) -> str:
    labels = domain.split(".")
    name = labels[-2] if len(labels) >= 2 else labels[0]
    return name.capitalize()


def role_of(title: str, company: str, notes: Notes, rules: DetectRules) -> str:
    """The role from notes, else what the title says beside the interview words and company."""
    if notes.role:
        return clean(notes.role)
    text = clean(title)
    match = re.search(r"\bfor\s+(?:the\s+)?(.+?)(?:\s+(?:at|with)\b|\s+[-–—|]|[(,]|$)", text, re.I)
    if match:
        return match.group(1).strip(" :")
    for phrase in sorted(rules.include, key=len, reverse=True):
        words = r"\s+".join(re.escape(w) for w in phrase.split())
        text = re.sub(rf"(?<!\w){words}s?(?!\w)", " ", text, flags=re.I)
    if company:
        text = re.sub(re.escape(company), " ", text, flags=re.I)
    text = re.sub(r"\b(?:at|with|round|\d+(?:st|nd|rd|th)?)\b", " ", text, flags=re.I)
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[\s\-–—|:,/]+", " ", text).strip()
    return text


def application_key(company: str, uid: str) -> str:
    """All rounds with one company are one application (P11); no company: its own."""
    slug = re.sub(r"[^a-z0-9]+", "-", company.casefold()).strip("-")
    return slug or f"event-{uid}"


def same_address(a: str, b: str) -> bool:
    return bool(a) and a.strip().lower() == b.strip().lower()


def clean(text: str) -> str:
    """Text written by others, on one line: control characters become spaces."""
    return _CONTROL.sub(" ", text or "").strip()
