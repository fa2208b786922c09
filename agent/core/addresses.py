"""An interviewer the invite names without an address, given the one the person already has.

A description often names a panel ("Interviewers: Marnie Okoro, Treasury") while only the
coordinator is on the invite; the same Marnie is an attendee of the next round, or writes
to the person herself. A careful person would address the thank-you to her, not leave the
recipient empty; so the planner does, from positive evidence only: the very name, on a
round of the same application or on mail matched to it, under one address and no other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from agent.core.domains import company_from_domain, registrable
from agent.core.model import DraftState, Interview, Reply
from agent.core.names import name_key, shortened
from agent.core.people import is_tool_address, is_unaddressed
from agent.core.senders import is_free_mail


def known_addresses(rounds: Iterable[Interview], replies: Iterable[Reply]) -> dict[str, str]:
    """Name key -> the one address that name has on the application's rounds and mail.

    A name seen with two addresses gives none: which one is meant is not known.
    """
    seen: dict[str, set[str]] = {}
    pairs = [(p.name, p.email) for i in rounds for p in i.interviewers]
    pairs += [(r.sender.name, r.sender.email) for r in replies]
    for name, email in pairs:
        email = email.strip().lower()
        key = name_key(name)
        if not key or " " not in key or not email or is_unaddressed(email):
            continue  # a first name alone names too many people
        if is_tool_address(email):
            continue  # "Marnie Okoro via Workday" writes from the system, not from her
        seen.setdefault(key, set()).add(email)
    return {key: emails.pop() for key, emails in seen.items() if len(emails) == 1}


def addressed(interview: Interview, known: dict[str, str], settled: frozenset[str]) -> Interview:
    """`interview` with its name-only interviewers given the address `known` has for them.

    `settled` are placeholder addresses whose thank-you the person already sent, edited or
    deleted: that one stays theirs, and no second thank-you is written to the real address.
    """
    people = []
    for person in interview.interviewers:
        key = name_key(person.name)
        email = known.get(key, "") or _under_a_shorter_name(key, known)
        taken = any(p.email == email for p in interview.interviewers)
        if email and not taken and is_unaddressed(person.email) and person.email not in settled:
            person = replace(person, email=email)
        people.append(person)
    return replace(interview, interviewers=tuple(people))


def _under_a_shorter_name(key: str, known: dict[str, str]) -> str:
    """The one address known under `key` without its middle names: the invite's "Naomi
    Wairimu Kibe" writes as "Naomi Kibe"; two such names, or two addresses, give none."""
    emails = {email for name, email in known.items() if shortened(name, key)}
    return emails.pop() if len(emails) == 1 else ""


SETTLED_STATES = frozenset({DraftState.SENT, DraftState.EDITED, DraftState.DELETED})


def employer_learned(before: Iterable[Interview], after: Iterable[Interview]) -> str:
    """The employer of interviewers no invite gave an address for, by the one domain their
    own mail came from: a Zoom copy names "Sr. Rivaldo Santana e a Sra. Aline Cabral" and no
    company, and Aline writes from aline.cabral@frevocargas.com.br ("Frevo Cargas")."""
    had = {p.email for i in before for p in i.interviewers}
    learned = {p.email for i in after for p in i.interviewers} - had
    mail_domains = {email.rpartition("@")[2] for email in learned if not is_unaddressed(email)}
    domains = {registrable(d) for d in mail_domains if not is_free_mail(d)}
    return company_from_domain(domains.pop()) if len(domains) == 1 else ""
