"""Who is on an event, seen from the person: themselves, their colleagues, or outsiders.

A job interview has someone from another organisation on it (or nobody but
the person: their own note of a call). An event where everyone else works
where the person works is their job, not their job search; an event the
person organised for outsiders is usually one they run (a podcast, an
interview they hold), so it is not followed up without a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agent.core.domains import domain_label
from agent.core.hiring_systems import ATS, SCHEDULERS, domain_in
from agent.core.model import CalendarEvent, DetectRules
from agent.core.replies import is_free_mail
from agent.core.roles import has_job_noun, is_gender_marker
from agent.core.spelled import compact, matches_label
from agent.core.vocabulary import CONTEXTUAL, SOFT, STRONG, first, fold, has

# Titles longer than this are not read for names (nobody names a candidate after it).
_LONGEST_TITLE = 300
_SHARED_CALENDARS = frozenset({"group.calendar.google.com", "resource.calendar.google.com"})

# Words in a name that make it an organisation's, not a person's.
_ORGANISATION_TEXT = (
    "inc llc ltd gmbh ag sa sas bv plc corp co company group labs lab technologies technology "
    "tech systems software solutions partners capital health bank university recruiting "
    "talent careers hiring team hr people ventures studio studios games network networks "
    "robotics ai data cloud media digital global international holdings services insurance "
    "mutual market markets foods logistics freight hospital clinic school college council county "
    "trust bakery hotel hotels restaurant store stores retail pharmacy motors energy financial"
)
_ORGANISATION_WORDS = frozenset(_ORGANISATION_TEXT.split())


@dataclass(frozen=True)
class Participants:
    """The others on an event, sorted by where they stand relative to the person."""

    organised_by_me: bool
    others: tuple[str, ...]  # addresses of everyone but the person (and rooms)
    colleagues: tuple[str, ...]  # others in the person's own organisation
    outsiders: tuple[str, ...]  # others elsewhere (free mail included)
    companies: tuple[str, ...]  # outsiders' domains that name an organisation
    organiser_colleague: bool  # organised by someone in the person's own organisation
    ats: str  # an applicant-tracking domain among organiser and attendees, or ""
    scheduler: str  # a general scheduling tool's domain, or ""
    names: tuple[str, ...]  # others' display names, folded
    recruiter: str = ""  # an outsider whose address or name says recruiting ("talent@acme.com")
    organiser: str = ""  # the organiser's address, lower-case
    at_work: bool = False  # the person is on it under another address at their workplace


def own_domains(me: str, rules: DetectRules) -> frozenset[str]:
    """The person's organisation: configured work domains, and their own non-free domains."""
    return _own_domains(me, rules.my_addresses, rules.work_domains)


@lru_cache(maxsize=8)
def _own_domains(me: str, addresses: frozenset[str], work: frozenset[str]) -> frozenset[str]:
    domains = set(work)
    for address in (me, *addresses):
        domain = address.rpartition("@")[2].lower()
        if domain and not is_free_mail(domain):
            domains.add(domain)
    return frozenset(domains)


def is_me(address: str, me: str, rules: DetectRules) -> bool:
    address = address.strip().lower()
    if not address:
        return False
    mine = {me.strip().lower(), *rules.my_addresses}
    local, _, domain = address.partition("@")
    return address in mine or f"{local.partition('+')[0]}@{domain}" in mine


def participants(event: CalendarEvent, me: str, rules: DetectRules) -> Participants:
    own = own_domains(me, rules)
    myself = me.strip().lower()
    organiser = event.organizer_email.strip().lower()
    mine = {a.email.strip().lower() for a in event.attendees} | {organiser}
    mine = {a for a in mine if is_me(a, me, rules)}
    others: dict[str, str] = {}
    for attendee in event.attendees:
        address = attendee.email.strip().lower()
        if attendee.is_self or attendee.is_resource or not address or address in mine:
            continue
        others[address] = attendee.name
    if organiser and organiser not in mine:
        others.setdefault(organiser, "")
    kind: dict[str, str] = {}  # domain -> "ats" | "scheduler" | "own" | "company" | "free"
    for address in (organiser, *others):
        domain = _domain(address)
        if domain and domain not in kind:
            kind[domain] = _kind(domain, own)
    ats = next((d for d, k in kind.items() if k == "ats"), "")
    scheduler = next((d for d, k in kind.items() if k == "scheduler"), "")
    people = [a for a in others if kind.get(_domain(a)) not in ("ats", "scheduler", "calendar")]
    colleagues = tuple(a for a in people if kind.get(_domain(a)) == "own")
    outsiders = tuple(a for a in people if kind.get(_domain(a)) != "own")
    companies = tuple(sorted({_domain(a) for a in outsiders if kind.get(_domain(a)) == "company"}))
    organiser_self = any(a.is_organizer and a.is_self for a in event.attendees)
    return Participants(
        organised_by_me=organiser_self or organiser in mine,
        others=tuple(people),
        colleagues=colleagues,
        outsiders=outsiders,
        companies=companies,
        organiser_colleague=organiser in colleagues,
        ats=ats,
        scheduler=scheduler,
        names=tuple(n for n in (_name_of(a, others[a]) for a in people) if n),
        recruiter=next((a for a in outsiders if _recruiting(a, others.get(a, ""))), ""),
        organiser=organiser,
        at_work=any(a != myself and domain_in(_domain(a), rules.work_domains) for a in mine if a),
    )


@lru_cache(maxsize=4096)
def _kind(domain: str, own: frozenset[str]) -> str:
    if domain_in(domain, ATS):
        return "ats"
    if domain_in(domain, _SHARED_CALENDARS):
        return "calendar"  # a shared or resource calendar: nobody in particular
    if domain_in(domain, SCHEDULERS):
        return "scheduler"
    if domain_in(domain, own):
        return "own"
    return "free" if is_free_mail(domain) else "company"


# "Interview with Sam Lee for Backend Engineer", "Sam Lee - Onsite Interview":
# an applicant-tracking system's invite to the interviewers names the candidate.
_WITH_NAME = re.compile(
    r"\b(?:with|w/|for candidate|candidate)\s+(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
    # (a dash that ends a name has a space before it: "Start-Up Specialist" is one word)
    r"(?=\s*(?:$|[|:(,/]|\s+for\b|\s+\()|\s+[-–—])"
)
_AFTER_COLON = re.compile(
    r"\b(?i:interview|screen|onsite|loop)\b[^:]*:\s*"
    r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})(?=\s*(?:$|[|(,]|\s+for\b)|\s+[-–—])"
)
_NAME_FIRST = re.compile(
    r"^\s*(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
    r"(?:\s*[-–—|:]\s+.*\b|\s+)(?i:interview|screen|onsite)"
)
# Words of a job title: "Backend Engineer - Interview" names a role, not a person.
_ROLE_TEXT = (
    "engineer engineering developer manager designer analyst scientist director lead senior "
    "junior staff principal head product program project marketing sales account executive "
    "associate consultant architect specialist coordinator officer intern administrator "
    "assistant representative researcher nurse teacher accountant counsel recruiter partner "
    "backend frontend fullstack software data security platform infrastructure mobile ios "
    "android devops sre ml qa support success operations finance legal design editor writer "
    "producer publicist journalist reporter copywriter curator librarian pharmacist "
    "technician technologist scientist surveyor estimator supervisor planner chef "
    "planificateur coordinateur coordinatrice responsable chargé chargée ingénieur technicien "
    "gestionnaire conseiller conseillère acheteur acheteuse préparateur magasinier cariste "
    "vendeur vendeuse comptable analyste développeur ingeniero ingeniera analista coordinador "
    "coordinadora especialista gerente jefe jefa asesor asesora ejecutivo ejecutiva "
    "entwickler ingenieur berater leiter referent sachbearbeiter disponent "
    # "Interview: Vice President, Segment Marketing (...) at ..."
    "president vice vp chief controller strategist advisor adviser buyer "
    # frontline and trade jobs: "Interview: Ramp Agent - DEN", "Flight Attendant - Denver Base"
    # (not those that are surnames too: "Jordan Cook", "Cole Porter", "Minnie Driver")
    "agent attendant dispatcher mechanic electrician apprentice lineworker lineman operator "
    "cashier bartender barista housekeeper custodian janitor installer machinist courier "
    "steward stewardess scheduler "
    # Polish and Portuguese posts: "Interview: Analityk Biznesowy IT – Finansowanie Handlu",
    # "Técnico Superior"
    "analityk specjalista kierownik inżynier inzynier programista planista inspektor "
    "koordynator księgowa ksiegowa técnico tecnico técnica tecnica"
)
_ROLE_WORDS = frozenset(_ROLE_TEXT.split())


def named_candidate(event: CalendarEvent, p: Participants, rules: DetectRules) -> tuple[str, str]:
    """A person the title names as the one interviewed, when that is not the person.

    Returns (name, how): "absent" when they are not on the invite (an interview
    of someone else, or one whose interviewer was left off: the caller decides),
    "applicant" when they are on it with a free-mail address while a company or
    a recruiting system runs it (the candidate, with the person on the hiring
    side), ("", "") otherwise. Organisations ("Interview with Acme Robotics"),
    jobs ("Interview: Backend Engineer") and the interviewer do not count.
    """
    title, description = event.title[:_LONGEST_TITLE], event.description
    for pattern in (_WITH_NAME, _AFTER_COLON, _NAME_FIRST):
        match = pattern.search(title)
        if not match:
            continue
        who = match.group("who").strip(" .")
        folded = fold(who)
        words = folded.split()
        if not words or any(w in _ORGANISATION_WORDS or w in _ROLE_WORDS for w in words):
            continue
        if first(folded, (*STRONG, *CONTEXTUAL, *SOFT)):
            continue
        if rules.my_name and _same_person(folded, fold(rules.my_name)):
            continue
        if any(matches_label(who, compact(domain_label(d))) for d in p.companies):
            continue  # "Northgate Mutual Insurance" from northgatemutual.com: the employer
        text = fold(description)
        if folded == fold(event.organizer_name) or has(text, f"at {folded}"):
            continue  # Ashby's sender shown as "Kedai Awan", "... Scientist at Kedai Awan"
        if has(text, f"candidate {folded}") or has(text, f"candidate name {folded}"):
            return who, "absent"
        if has_job_noun(who) and has(text, folded):
            continue  # "Sous Chef interview", "Interview for Sous Chef at ...": a job
        if has_job_noun(who) and re.search(r"\s(?:at|chez|bei)\s+\S", title[match.end() :]):
            continue  # "Interview: Private Banker – Clientèle Belgique & France at Banque ..."
        if (
            has_job_noun(who)
            and (
                is_gender_marker(title[match.end() :])
                # "Interview: Projektleiter Supply Chain – Kabinenmonumente (m/w/d) at ...": its
                # field after a dash, then the marker
                or is_gender_marker(
                    re.split(r"\s+[-\u2013\u2014]\s+[^()]*?(?=\()", title[match.end() :])[-1]
                )
            )
        ):
            continue  # "Interview: Planificateur Transport (H/F)": a job as advertised
        # "Interview: Client Money (CASS) Oversight Manager at ...": a job's name going on past
        # a bracket (not "Interview: Jane Doe (Senior Engineer)", a candidate and the post)
        going_on = re.sub(r"^\s*\([^)]*\)", "", title[match.end() :])
        going_on = re.split(r"\s+(?:at|@|[-\u2013\u2014|])\s+", going_on)[0]
        if re.match(r"\s*[A-Z]", going_on) and has_job_noun(going_on):  # (not "for ...")
            continue
        present = [
            a.email.lower()
            for a in event.attendees
            if _same_person(folded, _name_of(a.email.lower(), a.name))
        ]
        if present:
            runs = bool(p.ats or p.companies)
            if runs and all(is_free_mail(_domain(a)) for a in present):
                return who, "applicant"
            continue  # on the invite at a company: the interviewer
        if _listed_as_interviewer(description, folded):
            continue  # "Interviewers: Jane Doe", "You'll meet with Jane Doe"
        labels = {label for d in p.companies for label in d.split(".")[:-1]}
        if any(w in labels for w in words) or "".join(words) in labels:
            continue
        return who, "absent"
    return "", ""


def _listed_as_interviewer(description: str, name: str) -> bool:
    """The description names `name` (folded) where it lists whom the candidate meets."""
    for segment in re.split(r"[\n.;]+", description):
        text = fold(segment)
        if has(text, name) and (
            first(text, ("interviewer", "interviewers", "panel", "meet", "meeting", "host"))
        ):
            return True
    return False


def _same_person(a: str, b: str) -> bool:
    """Names match when they share a first or last word ("Jane Doe" and "Jane")."""
    wa, wb = a.split(), b.split()
    return bool(wa and wb) and (a == b or wa[0] == wb[0] or wa[-1] == wb[-1])


@lru_cache(maxsize=4096)
def _name_of(address: str, display: str) -> str:
    if display and "@" not in display:
        if "," in display:
            last, _, first = display.partition(",")
            display = f"{first} {last}"
        return fold(display)
    local = address.partition("@")[0]
    parts = [p for p in re.split(r"[._-]+", local) if p.isalpha()]
    return " ".join(parts) if parts else ""


_RECRUITING = re.compile(
    r"recruit|talent|career|hiring|sourcing|\bjobs?\b|\bhr\b|people ?ops|staffing|"
    r"headhunt|personalabteilung|\brh\b|recrutement|reclutamiento|selezione|werving"
)


@lru_cache(maxsize=4096)
def _recruiting(address: str, name: str) -> bool:
    """An address or name that says recruiting: "talent@", "Acme Recruiting", talentco.com."""
    local, _, domain = address.partition("@")
    words = f"{local} {domain.rpartition('.')[0]}".replace(".", " ").replace("-", " ")
    return bool(_RECRUITING.search(f"{words.replace('_', ' ')} {fold(name)}"))


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower()
