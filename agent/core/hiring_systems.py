"""Applicant-tracking, scheduling and coding-pad systems, known by their mail and link domains.

An organiser, attendee or link at one of these says who runs an event: an
applicant-tracking system means a recruiting process; a general scheduling
tool only that someone outside booked the time; a coding pad a technical
interview. Where the lists come from: the vendors' own help centres on
candidate and interviewer invitations (Greenhouse, Lever, Ashby, GoodTime,
Workday, SmartRecruiters, iCIMS, Gem, ModernLoop, Paradox, Teamtailor,
Personio, Recruitee, Workable, BambooHR, JazzHR) and Calendly's booking
notifications ("Powered by Calendly.com", calendly.com cancel links).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Applicant-tracking and interview-scheduling systems: their domains in an
# organiser, attendee or link mean a recruiting process runs this event.
ATS_DOMAINS = (
    "greenhouse.io",
    "lever.co",
    "ashbyhq.com",
    "ashby.io",
    "goodtime.io",
    "myworkday.com",
    "workday.com",
    "smartrecruiters.com",
    "icims.com",
    "gem.com",
    "modernloop.io",
    "paradox.ai",
    "teamtailor.com",
    "teamtailor-mail.com",
    "personio.de",
    "personio.com",
    "recruitee.com",
    "workable.com",
    "workablemail.com",
    "bamboohr.com",
    "jazzhr.com",
    "applytojob.com",
    "jobvite.com",
    "taleo.net",
    "successfactors.com",
    "successfactors.eu",
    "breezy.hr",
    "pinpointhq.com",
    "rippling.com",
    "dover.com",
    "hirebridge.com",
    "recruiterbox.com",
    "comeet.co",
    "jobscore.com",
    "homerun.co",
    "join.com",
    "hireez.com",
    "prelude.co",
    "yello.co",
    "kula.ai",
    "hirevue.com",
)

# General scheduling tools: someone outside booked time, which says nothing of why.
SCHEDULING_DOMAINS = (
    "calendly.com",
    "cal.com",
    "savvycal.com",
    "zcal.co",
    "doodle.com",
    "youcanbook.me",
    "chilipiper.com",
    "hubspot.com",
    "x.ai",
    "reclaim.ai",
    "motion.com",
)

# Coding pads and assessment tools: a link to one means a technical interview.
CODING_PAD_DOMAINS = (
    "coderpad.io",
    "hackerrank.com",
    "codesignal.com",
    "codility.com",
    "karat.com",
    "karat.io",
    "coderbyte.com",
    "byteboard.dev",
    "qualified.io",
    "codeinterview.io",
    "codepair",
    "testgorilla.com",
    "hirevue.com",
    "devskiller.com",
    "interviewing.io",
)


def domain_in(domain: str, domains: Iterable[str]) -> bool:
    """`domain` is one of `domains` or a subdomain of one ("acme.greenhouse.io")."""
    domain = domain.lower().strip(".")
    return any(domain == d or domain.endswith("." + d) for d in domains)


def links_to(text: str, domains: Iterable[str]) -> str:
    """The first of `domains` that `text` links to or names, or ""."""
    lowered = (text or "").lower()
    for d in domains:
        if re.search(rf"(?<![\w-]){re.escape(d)}(?![\w-])", lowered):
            return d
    return ""
