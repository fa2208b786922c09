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
from functools import lru_cache

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
    "fountain.com",
    "workstream.us",
    "workstream.is",
    "teamtailor.com",
    "teamtailor-mail.com",
    "personio.de",
    "personio.com",
    # Personio's own mail service (Mailjet), its default sender: "<account>-jobs@m-personio.de"
    "m-personio.de",
    "m-personio.com",
    "recruitee.com",
    "harri.com",
    "gupy.com.br",
    "gupy.io",
    "trac.jobs",
    "workable.com",
    "workablemail.com",
    "bamboohr.com",
    "jazzhr.com",
    "applytojob.com",
    "jobvite.com",
    "taleo.net",
    # Oracle Recruiting Cloud, from the employer's tenant: "<tenant>.fa.ocs.oraclecloud.com"
    "oraclecloud.com",
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
    # regional systems, as in agent.core.senders
    "darwinbox.in", "darwinbox.com", "keka.com", "freshteam.com", "softgarden.io",
    "softgarden.de", "dvinci.de", "rexx-systems.com", "rexx-recruitment.com",
    "umantis.com", "prescreenapp.io",
    "prescreen.io", "concludis.de", "emply.net", "jobylon.com", "reachmee.com", "varbi.com",
    "webcruiter.no",
    "easycruit.com", "hrmanager.no", "hrmanager.com", "teamio.com", "erecruiter.pl",
    "factorialhr.com",
    "kenjo.io", "solides.com.br", "kenoby.com", "greetinghr.com", "ninehire.com", "hrmos.co",
    "csod.com", "paylocity.com", "clearcompany.com", "snaphire.com", "njoyn.com",
    "applitrack.com", "k12jobspot.com", "schoolspring.com", "peopleadmin.com", "interfolio.com",
    "talentedk12.com", "inrecruiting.com", "otys.nl",
    # UK public-sector, retail and hospitality systems (as in agent.core.senders)
    "oleeo.com", "tribepad.com",
    # Brazilian and French systems (as in agent.core.senders)
    "inhire.app", "recrutei.com.br", "flatchr.io",
)  # fmt: skip

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
    labels = domain.lower().strip().strip(".").split(".")
    known = domains if isinstance(domains, frozenset) else frozenset(domains)
    return any(".".join(labels[i:]) in known for i in range(len(labels)))


# Host names in free text: "https://boards.greenhouse.io/acme", "coderpad.io/ABC123".
# Starting only where a name can start, so a long run of letters costs one pass, not n.
_HOST = re.compile(r"(?<![a-z0-9-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+")


@lru_cache(maxsize=16)
def _hosts(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_HOST.findall(text.lower())))


def links_to(text: str, domains: frozenset[str]) -> str:
    """One of `domains` that `text` links to or names (a subdomain counts), or ""."""
    for host in _hosts(text or ""):
        labels = host.split(".")
        for i in range(len(labels) - 1):
            name = ".".join(labels[i:])
            if name in domains:
                return name
    return ""


ATS = frozenset(ATS_DOMAINS)
SCHEDULERS = frozenset(SCHEDULING_DOMAINS)
CODING_PADS = frozenset(CODING_PAD_DOMAINS)
# Where podcasts and shows are recorded remotely: a link to one makes an event a recording.
RECORDING_STUDIOS = frozenset(
    {"riverside.fm", "zencastr.com", "squadcast.fm", "streamyard.com", "cleanfeed.net",
     "podbean.com", "restream.io", "ecamm.com"}
)  # fmt: skip
