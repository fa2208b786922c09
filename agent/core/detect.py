"""Which calendar events are job interviews, and who was met at each.

Whether an event is the person's interview, is not, or may be (and the person
is asked) is decided in agent.core.verdict from everything the event holds;
the person's own answers (`followup track` / `ignore`) come in as `decisions`.
Beyond that, decisions a careful job seeker would want, each logged as a
`Skipped` reason so `status` can show it rather than silently ignoring an event:

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

import functools
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent.core import roles
from agent.core.candidacy import Participants, participants
from agent.core.clock import local
from agent.core.domains import domain_label, registrable
from agent.core.employer import (
    application_key,
    brand_label,
    brands_of,
    employer_domain,
    employer_of,
    is_agency_name,
    opens_with_initials_of,
    tenant_of,
)
from agent.core.model import CalendarEvent, DetectRules, Interview, Locale, Notes, Skipped
from agent.core.names import display_name, name_key
from agent.core.not_the_candidate import NOT_THE_CANDIDATE
from agent.core.notes import parse_notes
from agent.core.people import interviewers_of, is_mine
from agent.core.senders import is_free_mail, shared_domain
from agent.core.spelled import compact, matches_label, shortened_to
from agent.core.verdict import TRACK, Outcome, Verdict, judge
from agent.core.vocabulary import first, fold, has

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def detect(
    events: Iterable[CalendarEvent],
    *,
    me: str,
    tz: ZoneInfo,
    rules: DetectRules,
    notes_by_uid: Mapping[str, str] | None = None,
    decisions: Mapping[str, str] | None = None,
    locale: Locale | None = None,
) -> tuple[list[Interview], list[Skipped]]:
    """Interviews among `events`, and the ones that looked like one but are not (with why).

    An event that may be an interview (agent.core.verdict) comes back skipped
    with `maybe` set: no draft until the person settles it. `decisions` are the
    person's own answers by event uid ("track" or "ignore"), and are final.
    """
    notes_by_uid = notes_by_uid or {}
    decisions = decisions or {}
    interviews: list[Interview] = []
    skipped: list[Skipped] = []
    events = list(events)
    verdicts = _with_other_rounds(
        events, [judge(e, me, rules, decisions.get(e.uid, "")) for e in events], me, rules
    )
    for event, verdict in zip(events, verdicts, strict=True):
        decision = decisions.get(event.uid, "")
        if verdict.outcome is Outcome.NOT and not verdict.looked:
            continue
        reason = skip_reason(event, me, tracked=decision == TRACK)
        if reason:
            skipped.append(Skipped(event.uid, clean(event.title), reason))
            continue
        if verdict.outcome is Outcome.NOT:
            skipped.append(Skipped(event.uid, clean(event.title), verdict.reason))
            continue
        if verdict.outcome is Outcome.MAYBE:
            skipped.append(_maybe(event, tz, verdict.reason))
            continue
        try:
            interviews.append(
                _read_once(
                    event,
                    me,
                    tz,
                    _Same.of(rules),
                    notes_by_uid.get(event.uid, ""),
                    _Same.of(locale or Locale()),
                )
            )
        except (ValueError, OverflowError) as exc:  # one bad event never stops the others
            log.warning("skipping event %r: %s", event.uid, exc)
            skipped.append(Skipped(event.uid, clean(event.title), f"unreadable: {exc}"))
    interviews = _one_application_per_employer(interviews)
    people = {
        e.uid: {a.email.lower() for a in e.attendees} | {e.organizer_email.lower()} for e in events
    }
    copied = {
        e.uid: {
            a.email.lower() for a in e.attendees if a.email.lower() != e.organizer_email.lower()
        }
        for e in events
    }
    brands = {e.uid: brands_of(e.description) for e in events}
    interviews = _one_group(interviews, people, copied, brands)
    interviews.sort(key=lambda i: (i.start, i.uid))
    return interviews, skipped


_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _one_application_per_employer(interviews: list[Interview]) -> list[Interview]:
    """Rounds with one employer are one application (P11), also when a tracking system sent
    one invite under the employer's full name and the employer's own people the other,
    from a domain made of that name's initials ("Department of Land, Water and Energy
    Transition" and dlwet.vic.gov.au). The round read by name takes the domain's key, and
    keeps the key it had alone for the replies matched to it then."""
    # (and a round named by the employer's initials alone: "SVCH – PX Manager B7")
    labels = {
        i.application for i in interviews if i.employer_domain or _ACRONYM.fullmatch(i.company)
    }
    out = []
    for interview in interviews:
        # "KLS" from a tracking system, and "KLS" again from the employer's own domain
        named_alike = {
            other.application
            for other in interviews
            if other.employer_domain
            and not interview.employer_domain
            and interview.company
            and compact(other.company) == compact(interview.company)
        }
        if len(named_alike) == 1 and interview.application not in named_alike:
            out.append(_moved_to(interview, named_alike.pop()))
            continue
        fits = (
            {
                label
                for label in labels
                if shortened_to(interview.company, label)
                or matches_label(interview.company, label)
                or _named_in(interview.company, label)
                or _first_word_then_letters(interview.company, label)
                or _initials_then_word(interview.company, label)
                or _two_words_joined(interview.company, label)
                or _words_then_trade(interview.company, label)
            }
            if not interview.employer_domain and interview.company
            else set()
        )
        fits.discard(interview.application)  # ("TAL" is its own label's)
        by_initials = False
        if not fits and not interview.employer_domain:
            # "HTV Estates – second stage" after "Hartshead and Tame Valley Hospitals NHS
            # Foundation Trust": the employer's initials, then the department
            fits = {
                other.application
                for other in interviews
                if other.application != interview.application
                and (
                    opens_with_initials_of(interview.company, other.company)
                    or _initials_alone(interview.company, other)
                )
            }
            # ("TAL - 2nd interview" from a Zoom copy, after "Tearaght Aviation Leasing" at
            # tearaghtaviation.ie: its initials alone, no domain of its own to keep)
            by_initials = bool(fits) and bool(_ACRONYM.fullmatch(interview.company))
        if not fits and not interview.employer_domain and _han_name(interview.company):
            # "蓝溪" from a tracking system and "上海蓝溪互动网络科技有限公司" at lanxihd.com,
            # "沅晶半導體股份有限公司" and "沅晶": Chinese names, one inside the other
            fits = {
                other.application
                for other in interviews
                if other.employer_domain
                and _han_name(other.company)
                and (interview.company in other.company or other.company in interview.company)
            }
        fits.discard(interview.application)
        if not fits and not interview.employer_domain:
            # Workday writing from fks@myworkday.com for "Finkenwerder Kabinensysteme GmbH",
            # then the employer's own people from fks-kabine.de: the account's name is the
            # domain's, or its first part
            fits = {
                other.application
                for other in interviews
                if other.application != interview.application
                and _tenant_of_domain(tenant_of(interview.organizer_email), other.employer_domain)
            }
        if not fits and not interview.employer_domain:
            # "HIU" at the shared nhs.scot, its panel the people the board's letter named
            # for the first round: the round follows that one
            panel = {k for p in interview.interviewers if len((k := name_key(p.name)).split()) >= 2}
            # (or the round a tracking system booked before the employer's own: "yppa x Casey"
            # from yppa.at with Lena, whom Personio's invite named)
            met = {
                other.application
                for other in interviews
                if other.application != interview.application
                and (other.start < interview.start or other.employer_domain)
                and panel & {name_key(p.name) for p in other.interviewers}
            }
            if len(met) == 1:
                out.append(_moved_to(interview, met.pop()))
                continue
        if len(fits) == 1 and (interview.application not in labels or by_initials):
            interview = _moved_to(interview, fits.pop())
        out.append(interview)
    return out


def _tenant_of_domain(tenant: str, domain: str) -> bool:
    """ "fks" for fks-kabine.de or fks.de; three letters at least."""
    label = domain_label(domain).lower() if domain else ""
    return len(tenant) >= 3 and tenant in (compact(label), compact(label.split("-")[0]))


def _initials_alone(short: str, other: Interview) -> bool:
    """ "TAL" for the "Tearaght Aviation Leasing" a round at the employer's own domain named,
    "CMT" for "Cap-Manuel Terminaux SA"."""
    # (a hyphenated word gives an initial for each part: "Cap-Manuel Terminaux" is CMT)
    words = [w for w in re.split(r"[\s-]+", other.company) if w[:1].isupper()]
    return (
        bool(other.employer_domain)
        and len(words) >= 3
        and short == "".join(w[0] for w in words).upper()
    )


def _moved_to(interview: Interview, application: str) -> Interview:
    """`interview` under another application, keeping the key it had for its replies."""
    return replace(
        interview,
        application=application,
        former_applications=(*interview.former_applications, interview.application),
    )


def _one_group(
    interviews: list[Interview],
    people: Mapping[str, set[str]],
    copied: Mapping[str, set[str]] | None = None,
    brands: Mapping[str, list[str]] | None = None,
) -> list[Interview]:
    """A brand's round with its group's recruiter on it is the group's application: "Casa
    Maritaca" at casamaritaca.com.br, with the recruiter from grupomaritaca.com.br who booked
    the first round for "Grupo Maritaca Varejo S.A." The two names share a word of their
    own (an agency's recruiter on a client's round shares none with the client). So is a
    round from the brand's own domain when the group's invite named the brand as its own
    ("Hearth & Fern is part of the Marlow Street Retail Group family of brands")."""
    out = []
    for interview in interviews:
        domains = {email.rpartition("@")[2] for email in people.get(interview.uid, set())}
        words = _distinctive(interview.company)
        label = compact(domain_label(interview.employer_domain))
        owned = {
            other.application
            for other in interviews
            if label
            and other.employer_domain
            and other.employer_domain != interview.employer_domain
            and other.application != interview.application
            and any(brand_label(b, label) for b in (brands or {}).get(other.uid, ()))
        }
        if len(owned) == 1:
            out.append(_moved_to(interview, owned.pop()))
            continue
        # ... or the one who ran the other round is only copied on this one: "NÉBOA" at
        # neboa.com, with the recruiter from gtlouredo.com who booked the first round for
        # "Grupo Textil Louredo" as an attendee (an agency's recruiter sends the client's round)
        on_it = (copied or {}).get(interview.uid, set())
        joins = {
            other.application
            for other in interviews
            if interview.employer_domain
            and other.employer_domain
            and other.employer_domain != interview.employer_domain
            and other.application != interview.application
            and other.employer_domain in domains
            and (
                words & _distinctive(other.company)
                or (
                    on_it
                    & ({other.organizer_email.lower()} | {i.email for i in other.interviewers})
                    and not is_agency_name(other.company)
                )
            )
        }
        if len(joins) == 1:
            interview = _moved_to(interview, joins.pop())
        out.append(interview)
    return out


def _distinctive(company: str) -> set[str]:
    return {w for w in map(compact, company.split()) if len(w) >= 5 and w not in _COMMON_WORDS}


def _han_name(company: str) -> bool:
    """A name of two Chinese (or Japanese) characters or more, and nothing else."""
    return len(company) >= 2 and all("\u3400" <= c <= "\u9fff" for c in company)


# Words a company's name shares with many others: no domain is named for them alone.
_COMMON_WORDS = frozenset(
    {"maison", "group", "global", "international", "holdings", "japan", "japon", "bank",
     "company", "services", "solutions", "systems", "partners", "capital", "digital"}
)  # fmt: skip


def _first_word_then_letters(company: str, label: str) -> bool:
    """ "Hatchway Pharmacy" from a scheduling assistant, then a round from hatchwayrx.com:
    the name's first word (five letters or more), then a few letters for what it sells."""
    first = compact(company.split()[0]) if company.split() else ""
    return (
        len(first) >= 5
        and first not in _COMMON_WORDS
        and label.startswith(first)
        and 0 < len(label) - len(first) <= 3
    )


def _two_words_joined(company: str, label: str) -> bool:
    """ "Falaj Commercial Bank P.J.S.C." from Oracle's tracking system, then a round from
    falajbank.com: the name's first word and one of its later words, run together."""
    words = [compact(w) for w in company.split()]
    return (
        len(words) >= 3
        and len(words[0]) >= 4
        and words[0] not in _COMMON_WORDS
        and any(len(w) >= 3 and label == words[0] + w for w in words[1:])
    )


# What a domain adds after an employer's name for what it is: "sugawcreekhealth.org" for
# "The Sugaw Creek Hospital Authority".
_TRADE_WORDS = (
    "health", "healthcare", "care", "medical", "hospital", "bank", "group", "energy", "power",
    "foods", "tech", "labs", "pay", "motors", "systems", "insurance", "financial", "capital",
)  # fmt: skip


def _words_then_trade(company: str, label: str) -> bool:
    """ "The Sugaw Creek Hospital Authority" from Oracle's tracking system, then a round from
    sugawcreekhealth.org: the name's first two words (past "The"), then a trade word."""
    words = [compact(w) for w in re.sub(r"^(?:The|La|Le|Der|Die|Das|El)\s+", "", company).split()]
    head = "".join(words[:2])
    return (
        len(words) >= 3
        and len(head) >= 8
        and label.startswith(head)
        and label[len(head) :] in _TRADE_WORDS
    )


_ARTICLE = re.compile(r"^(?:Al|El|Er|Ar|As|Ad|At|Az|Es|Et|Ez|En|An|Ech|Ed|Ash)-(?=[A-Z])")


def _initials_then_word(company: str, label: str) -> bool:
    """ "Istituto Farmacologico Ambrosiano" from a tracking system, then a round from
    ifapharma.it: the name's initials (three or more), then a word for what it does.
    An Arabic article joined by a hyphen has no initial of its own: "Oum Er-Rbia Phosphates"
    and orpgroup.ma."""
    words = [_ARTICLE.sub("", w) for w in company.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words).casefold()
    return (
        len(words) >= 3
        and len(initials) >= 3
        and label.startswith(initials)
        and 2 <= len(label) - len(initials) <= 7
    )


def _named_in(company: str, label: str) -> bool:
    """ "Maison Vérelle Japon" at verelle.co.jp: the domain is one distinctive word of the
    name (five letters or more), a round from a tracking system and one from the employer."""
    words = [compact(w) for w in company.split()]
    return len(words) >= 2 and len(label) >= 5 and label not in _COMMON_WORDS and label in words


def _with_other_rounds(
    events: list[CalendarEvent], verdicts: list[Verdict], me: str, rules: DetectRules
) -> list[Verdict]:
    """A company's "intro" or "chat" is an interview when another event with that
    employer is one: the rounds of one application (P11) answer each other's question.

    Only a "maybe" whose question is whether the invite is about a job is answered;
    "whose interview is it?" and "are you the candidate?" stay the person's to settle.
    A meeting whose title says nothing at all ("ZP | Sr Mgr RevOps - case
    presentation", "SokoHaul x Casey - ops deep dive") is a later round when it
    follows an interview with the same employer within weeks, with that employer's
    people alone, and names nothing that comes after a hire ("Welcome", "Paperwork").
    """
    hiring: dict[str, datetime] = {}  # employer domain -> when its first interview starts
    interviews = [
        event
        for event, verdict in zip(events, verdicts, strict=True)
        if verdict.outcome is Outcome.INTERVIEW and not skip_reason(event, me)
    ]
    for event in interviews:
        domain = employer_domain(event, (), rules, me)
        if domain and isinstance(event.start, datetime):
            hiring[domain] = min(hiring.get(domain, event.start), event.start)
    # when each employer's first interview starts, by its name: a tracking system's invite
    # comes from no employer's domain, an agency's from the agency's, the client's next
    # round from the client's own; and when each interviewer first interviewed the person,
    # by name (each read once, when an event asks)
    named = functools.cache(lambda: _first_by_name(interviews, me, rules))
    panel = functools.cache(lambda: _panels(interviews, me, rules))

    # the brands an employer's interview names as its own ("Hearth & Fern is part of ..."),
    # and when the first such interview starts
    brands: dict[str, datetime] = {}
    for event in interviews:
        for brand in brands_of(event.description) if isinstance(event.start, datetime) else ():
            brands[brand] = min(brands.get(brand, event.start), event.start)
    out = list(verdicts)
    for i, (event, verdict) in enumerate(zip(events, verdicts, strict=True)):
        if verdict.outcome is Outcome.MAYBE and verdict.job_question:
            domain = employer_domain(event, (), rules, me)
            if domain and (brand := _brand_of(domain, brands, event)):
                out[i] = Verdict(
                    Outcome.INTERVIEW, f"another of your interviews names {brand} as its own"
                )
                continue
            # (or the group's own domain beside the brand's: "Casa Maritaca" at
            # casamaritaca.com.br, its receptionist at grupomaritaca.com.br, after "Grupo
            # Maritaca Varejo S.A.")
            for theirs in [domain, *_other_domains(event, domain, rules, me)]:
                label = compact(domain_label(theirs)) if theirs else ""
                if theirs in hiring or (
                    label and any(matches_label(n, label) or _named_in(n, label) for n in named())
                ):
                    out[i] = Verdict(
                        Outcome.INTERVIEW, f"another of your interviews is with {theirs}"
                    )
                    break
            else:
                # ... or someone on it interviewed the person weeks before: "Kereone site -
                # walk-through & kōrero", with the planning manager the first round's panel named
                if interviews and (who := _met_before(event, panel(), me)):
                    out[i] = Verdict(
                        Outcome.INTERVIEW, f"a later meeting with {who}, who interviewed you"
                    )
        elif verdict.outcome is Outcome.NOT and not verdict.looked and interviews:
            domain = later_round_with(event, hiring, me, rules)
            theirs = "" if domain else _one_employers_meeting(event, me, rules)
            if theirs and theirs not in hiring:
                domain = later_round_with(event, _by_domain(theirs, named()), me, rules)
            if domain:
                out[i] = Verdict(
                    Outcome.INTERVIEW, f"a later meeting with {domain}, after your interview there"
                )
            elif theirs and (brand := _brand_of(theirs, brands, event)):
                out[i] = Verdict(
                    Outcome.INTERVIEW, f"a later meeting with {brand}, after your interview there"
                )
            elif (theirs or _a_shared_domains_meeting(event, me, rules)) and (
                who := _met_before(event, panel(), me)
            ):
                out[i] = Verdict(
                    Outcome.INTERVIEW, f"a later meeting with {who}, who interviewed you"
                )
    return out


def _brand_of(domain: str, brands: Mapping[str, datetime], event: CalendarEvent) -> str:
    """The brand at `domain` that an interview in the weeks before `event` named as its
    employer's own ("trading as Nīkau Power", then a meeting from nikaupower.co.nz)."""
    label = compact(domain_label(domain))
    for brand, first_round in brands.items():
        if brand_label(brand, label) and first_round < event.start <= first_round + _ROUNDS_APART:
            return brand
    return ""


def _panels(interviews: list[CalendarEvent], me: str, rules: DetectRules) -> dict[str, datetime]:
    """When each interviewer (by name) first interviewed the person."""
    found: dict[str, datetime] = {}
    for event in interviews:
        if not isinstance(event.start, datetime):
            continue
        for person in interviewers_of(event, me, Notes(), rules):
            key = name_key(person.name)
            if len(key.split()) >= 2:
                found[key] = min(found.get(key, event.start), event.start)
    return found


def _met_before(event: CalendarEvent, panel: Mapping[str, datetime], me: str) -> str:
    """Someone on `event` who interviewed the person in the weeks before it: "Kinloch,
    Alasdair" organising "Casey Candidate - 2nd stage - HIU" at the shared nhs.scot, after
    the board's letter named "Dr Alasdair Kinloch" on the first round's panel."""
    for address, name in [
        (event.organizer_email, event.organizer_name),
        *((a.email, a.name) for a in event.attendees),
    ]:
        if not name or same_address(address, me):
            continue
        first_met = panel.get(name_key(display_name(name, address)))
        if first_met is not None and first_met < event.start <= first_met + _ROUNDS_APART:
            return display_name(name, address)
    return ""


def _other_domains(event: CalendarEvent, domain: str, rules: DetectRules, me: str) -> list[str]:
    """The other registrable domains of the event's people, free mail and the person's aside."""
    found = []
    for address in [event.organizer_email, *(a.email for a in event.attendees)]:
        theirs = registrable(address.rpartition("@")[2].lower()) if "@" in address else ""
        if (
            theirs
            and theirs != domain
            and theirs not in found
            and not is_free_mail(theirs)
            and not is_mine(address, me, rules)
            and theirs not in rules.work_domains
        ):
            found.append(theirs)
    return found


def _first_by_name(
    interviews: list[CalendarEvent], me: str, rules: DetectRules
) -> dict[str, datetime]:
    """When each employer's first interview starts, for interviews not from its own domain."""
    found: dict[str, datetime] = {}
    for event in interviews:
        employer = employer_of(event, (), Notes(), rules, me)
        label = compact(domain_label(employer.domain)) if employer.domain else ""
        own = bool(label) and matches_label(employer.company, label)
        if employer.company and not own and isinstance(event.start, datetime):
            found[employer.company] = min(found.get(employer.company, event.start), event.start)
    return found


def _by_domain(domain: str, by_name: Mapping[str, datetime]) -> dict[str, datetime]:
    """The first interview with the employer at `domain`, found by its name ("Vintry Ward
    Capital LLP" for vintryward.com)."""
    label = compact(domain_label(domain))
    starts = [start for name, start in by_name.items() if label and matches_label(name, label)]
    return {domain: min(starts)} if starts else {}


# How long after an interview a meeting with the same employer may be its next round.
_ROUNDS_APART = timedelta(days=42)
# What a meeting after a hire is called: no round of an interview.
_AFTER_A_HIRE = (
    "welcome", "paperwork", "contract", "benefits", "payroll", "laptop", "equipment",
    "start date", "offer", "compensation", "salary", "negotiation", "feedback", "debrief",
    "documents", "documentos", "contrato", "bienvenue", "bem vindo", "bienvenido", "willkommen",
    "lunch", "dinner", "drinks", "party", "happy hour", "fingerprinting", "fingerprints", "badge",
    "security", "in processing", "e qip", "sf 86", "i 9", "medical", "exame", "paperwork",
)  # fmt: skip
# What an invite says when it is not one: "Not an interview - purely admin", "Não é uma
# entrevista", and the like (said of an informal chat too, which stays the person's to settle).
_NOT_AN_INTERVIEW = (
    "not an interview", "not a job interview", "nao e uma entrevista", "no es una entrevista",
    "ce n'est pas un entretien", "ce n est pas un entretien", "kein vorstellungsgesprach",
)  # fmt: skip


def later_round_with(
    event: CalendarEvent, hiring: Mapping[str, datetime], me: str, rules: DetectRules
) -> str:
    """The employer domain whose interview `event` follows as a later round, or ""."""
    domain = _one_employers_meeting(event, me, rules)
    first_round = hiring.get(domain) if domain else None
    if first_round is None or not (first_round < event.start <= first_round + _ROUNDS_APART):
        return ""
    return domain


def _outsiders_meeting(event: CalendarEvent, me: str, rules: DetectRules) -> Participants | None:
    """Who is on `event` when people from outside alone meet the person at it, once, and
    nothing in the title says it comes after a hire; else None."""
    if not isinstance(event.start, datetime) or event.all_day or event.recurring:
        return None
    if first(fold(event.title), (*NOT_THE_CANDIDATE, *_AFTER_A_HIRE)) or first(
        fold(event.description[:5000]), _NOT_AN_INTERVIEW
    ):
        return None
    p = participants(event, me, rules)
    if p.organised_by_me or p.colleagues or p.at_work or not p.outsiders:
        return None
    return p


def _a_shared_domains_meeting(event: CalendarEvent, me: str, rules: DetectRules) -> bool:
    """Whether people of one shared public-service domain alone meet the person at `event`
    (nhs.scot): whose employer only the names on it tell."""
    p = _outsiders_meeting(event, me, rules)
    return (
        p is not None
        and len({shared_domain(a) for a in p.outsiders}) == 1
        and all(shared_domain(a) for a in p.outsiders)
    )


def _one_employers_meeting(event: CalendarEvent, me: str, rules: DetectRules) -> str:
    """The one outside organisation whose people alone meet the person at `event` (its
    registrable domain), when nothing in the title says it comes after a hire; else ""."""
    p = _outsiders_meeting(event, me, rules)
    if p is None or not p.companies:
        return ""
    domains = {registrable(a.rpartition("@")[2]) for a in p.outsiders}
    # (another organisation's people on it too, or a friend on free mail: not one employer's)
    return domains.pop() if len(domains) == 1 else ""


def matches(event: CalendarEvent, rules: DetectRules, me: str = "") -> bool:
    """Whether the event is an interview or may be one (before cancellations and the like)."""
    return judge(event, me, rules).outcome is not Outcome.NOT


def noticed(event: CalendarEvent, rules: DetectRules, me: str = "") -> bool:
    """Whether `detect` has anything to say of the event: an interview, a maybe, or a
    "not" worth showing in status (it looked like one). The rest is never examined again.
    """
    verdict = judge(event, me, rules)
    return (
        verdict.outcome is not Outcome.NOT
        or verdict.looked
        or bool(_one_employers_meeting(event, me, rules))  # maybe a later round (see above)
        or _a_shared_domains_meeting(event, me, rules)  # ... with those who interviewed you
    )


def _contains_phrase(title: str, phrase: str) -> bool:
    """Whole-word match, so "interview" matches "Interviews" but not "interviewer"."""
    return has(fold(title), phrase)


def skip_reason(event: CalendarEvent, me: str, *, tracked: bool = False) -> str:
    """Why an interview-like event is not followed up whatever it is; "" when it may be.

    An occurrence of a recurring event the person tracked by hand is theirs to follow up.
    """
    if event.status == "cancelled":
        return "cancelled"
    mine = next((a for a in event.attendees if a.is_self or same_address(a.email, me)), None)
    if mine is not None and mine.response == "declined":
        return "you declined it"
    if event.all_day:
        return "all-day event: no end time to follow up from (give it a start and end time)"
    if event.recurring and not tracked:
        return "recurring event: a job interview happens once (a repeating slot is not followed up)"
    return ""


def _maybe(event: CalendarEvent, tz: ZoneInfo, why: str) -> Skipped:
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    return Skipped(
        event.uid,
        clean(event.title),
        f"may be an interview: {why}",
        maybe=True,
        start=local(event.start, tz),
        end=local(event.end, tz),
    )


@dataclass(frozen=True)
class _Same:
    """A settings object that hashes and compares by its fields' values, mappings included:
    a memo key for the frozen dataclasses whose dict fields make them unhashable."""

    key: tuple[object, ...]
    value: Any = field(compare=False, hash=False)

    @classmethod
    def of(cls, value: Any) -> _Same:
        return cls(
            tuple(
                tuple(sorted(v.items())) if isinstance(v, Mapping) else v
                for v in (getattr(value, f.name) for f in fields(value))
            ),
            value,
        )


@functools.lru_cache(maxsize=4096)
def _read_once(
    event: CalendarEvent,
    me: str,
    tz: ZoneInfo,
    rules: _Same,
    extra_notes: str,
    locale: _Same,
) -> Interview:
    """`to_interview`, remembered: reading one invite is tens of milliseconds of patterns,
    and a running agent (and `status` after it) reads the same invites every cycle.
    Safe because reading is pure: everything it depends on is in the key, and events,
    settings and interviews are frozen."""
    return to_interview(event, me, tz, rules.value, extra_notes, locale.value)


def to_interview(
    event: CalendarEvent,
    me: str,
    tz: ZoneInfo,
    rules: DetectRules,
    extra_notes: str,
    locale: Locale | None = None,
) -> Interview:
    locale = locale or Locale()
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    start, end = local(event.start, tz), local(event.end, tz)
    if end < start:
        raise ValueError("ends before it starts")
    # A blank line between: notes added with `followup note` never run into the invitation.
    notes = parse_notes(
        "\n\n".join(filter(None, [event.description, extra_notes])),
        interview_day=start.date(),
        month_first=locale.month_first,
        holidays=locale.holidays,
    )
    interviewers = interviewers_of(event, me, notes, rules, extra_notes)
    employer = employer_of(event, interviewers, notes, rules, me)
    names = roles.person_names([rules.my_name, *(i.name for i in interviewers)])
    return Interview(
        uid=event.uid,
        title=clean(event.title),
        company=employer.company,
        application=application_key(employer.company, event.uid, employer.domain),
        role=roles.role_of(
            event.title,
            employer.company,
            notes,
            rules.include,
            names,
            event.description,
            me=rules.my_name,
        ),
        start=start,
        end=end,
        interviewers=interviewers,
        notes=notes,
        organizer_email=event.organizer_email.lower(),
        link=event.link,
        employer_domain=employer.domain,
    )


def same_address(a: str, b: str) -> bool:
    return bool(a) and a.strip().lower() == b.strip().lower()


def clean(text: str) -> str:
    """Text written by others, on one line: control characters become spaces."""
    return _CONTROL.sub(" ", text or "").strip()
