"""Is a calendar event the person's job interview? Yes, no, or "ask them".

Every signal an event holds is read: its title (agent.core.vocabulary), who
is on it and who organised it (agent.core.candidacy), applicant-tracking and
scheduling systems among them, and what its description and links say. What a
careful job seeker wants, and so what is decided here:

- A thank-you to the wrong people is worse than a question. When an event may
  be an interview but nothing makes it clear ("Coffee chat" with someone at a
  company, an intro call with an unknown outsider, a meeting the person set up
  with a company), the answer is MAYBE: no draft, a question in `status` and on
  the calendar, settled with `followup track ID` or `followup ignore ID`.
- The person's own word is final: `track` makes any event an interview,
  `ignore` makes it never one.
- The person is the candidate, or it is not their interview: practice, mock
  and prep sessions, interviewer training, debriefs and scorecards, exit
  interviews, user research, press and podcast interviews, and informational
  conversations (no application waits on them, so there is no decision to
  check in about) are not followed up.
- An event whose other people all work where the person works is their job:
  an interview they hold, not one they give. So is one organised by a
  colleague, one the person organised with colleagues, and an invite from an
  applicant-tracking system that names another candidate or carries the
  interviewers' kit.
- An event with nobody else on it is the person's own note of a meeting and
  is read by its title alone.
- Words that are everyday work ("panel", "pairing", "system design", "loop")
  count only with a company on the other side, or a recruiting cue.
- `status` lists an event that is not followed up only when its title alone
  would have made it an interview ("Mock interview", "Interview: Sam Lee" at
  work), so a work calendar full of "Loop sync" and "Panel prep" stays quiet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from agent.core.alternation import by_first_letter
from agent.core.candidacy import Participants, named_candidate, participants
from agent.core.cues import (
    CANDIDATE_CUES,
    INTERVIEWER_CUES,
    RECRUITING_WORDS,
    ROLE_NOUNS,
    TO_THE_CANDIDATE,
)
from agent.core.hiring_systems import ATS, CODING_PADS, RECORDING_STUDIOS, SCHEDULERS, links_to
from agent.core.model import CalendarEvent, DetectRules
from agent.core.not_the_candidate import IN_A_DESCRIPTION, NOT_THE_CANDIDATE
from agent.core.roles import EVENT_NAME_LINE, has_job_noun
from agent.core.vocabulary import (
    CONTEXTUAL,
    CONVERSATION,
    INFORMATIONAL,
    LATER_ROUND,
    SOFT,
    STRONG,
    WITH_A_COMPANY,
    first,
    fold,
    found,
    has,
)

# Words that, after "podcast" or "research", make a job title ("Podcast Producer").
_JOB_WORDS = (
    "producer",
    "host",
    "editor",
    "lead",
    "officer",
    "writer",
    "operations",
    "ops",
    "team",
    "role",
    "position",
    "job",
    "lawyer",
    "attorney",
    "paralegal",
    "counsel",
    "coordinator",
    "specialist",
)
_JOB_TITLE_WORDS = (*ROLE_NOUNS, *_JOB_WORDS)
# Links are addresses, not words: Teams' "meetup-join" is no meetup.
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MAIL = re.compile(r"(?<!\S)[^\s@]*@\S*")  # whole words with an @, from their start
# An interviewer's invite names the candidate: "Candidate: Sam Lee".
_CANDIDATE_LINE = re.compile(
    r"^\s*Candidate(?: name)?\s*:\s*([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*$",
    re.MULTILINE,
)

# In a description, "no prep needed" or "a collaborative workshop" says nothing of who
# the person is there; the phrases kept here do.
_DESCRIPTION_NOT_THE_CANDIDATE = tuple(
    phrase
    for phrase, why in NOT_THE_CANDIDATE.items()
    if not why.startswith(("preparation", "for interviewers"))
    # "a voice round with a short mock call": part of an employer's round; "Responsable KYC
    # & Onboarding": a department a panellist heads; "show you the office"
    and phrase
    not in ("workshop", "dry run", "rehearsal", "mock", "onboarding", "orientation", "show")
    # "bring your NRIC or passport for visitor registration": the security desk's ID check;
    # Nepal's "passport or citizenship certificate" is the ID an interview asks for
    and phrase not in ("passport", "site visit", "citizenship")
    # "please bring proof of your right to work": what a UK interview asks to see
    and not phrase.startswith(("right to work", "uniform", "drug", "pre access", "safety"))
    # "we'll also do a document check on the day": a UK interview's too
    and phrase
    not in ("document check", "id check", "pre employment check", "pre employment checks")
)
# Part of an interview day when the title names a round: "final round + Tuas site visit".
_PART_OF_A_ROUND = ("site visit",)
# "User interview (wawancara dengan hiring manager)": in Indonesian hiring the "user" is the
# manager who hires, and a description that says so makes it a round, not research.
_THE_HIRING_MANAGER = (
    "hiring manager", "your interviewers", "wawancara user", "interview user",
    # "Berikut undangan User Interview untuk posisi ...", "Anda lolos ke tahap berikutnya"
    "posisi", "lolos ke tahap",
)  # fmt: skip

_ALWAYS = tuple(IN_A_DESCRIPTION)
# Description phrases that also say how an interview runs, when it speaks of a job
_HOW_AN_INTERVIEW_RUNS = ("screen share", "screenshare", "screen sharing", "entretien individuel")
_REASONS = {**NOT_THE_CANDIDATE, **IN_A_DESCRIPTION}
_DESCRIPTION_NOT_THE_CANDIDATE = (*_DESCRIPTION_NOT_THE_CANDIDATE, *_ALWAYS)

# Teams' footer labels, which run into the next line once links are gone: "System
# reference" then "For organizers: Meeting options" reads "reference for".
_TEAMS_FOOTER = re.compile(r"(?i)\b(?:system\s+reference|for\s+organizers|need\s+help\?)")

# Greenhouse puts a link to the interviewer's kit in every interviewer invite
# (support.greenhouse.io, "Use interview kits"); no candidate's invite carries one.
_INTERVIEWER_LINKS = ("greenhouse.io/guides", "interview_kit", "interview-kit", "interviewkit")

# Titles the hiring side gives an interview: the person is not "the candidate" in
# their own invites, unless the title names them ("Candidate interview: Casey ...").
_HIRING_SIDE = (
    "candidate interview",
    "interview candidate",
    "candidate screen",
    "candidate call",
    "candidate onsite",
    "candidate loop",
    "entrevista a candidato",
    "entrevista a candidata",
    "entrevista con candidato",
    "entrevista con candidata",
    "entrevista com candidato",
    "entrevista com candidata",
    "aday gorusmesi",
    "aday mulakati",
)

# A public service's number for the person in its invite: "Candidate ID 1184273".
_CANDIDATE_NUMBER = re.compile(
    r"\bcandidat[eoa]\s*(?:id|no\.?|number|nr\.?|ref(?:erence)?)?\s*[:#.]?\s*\d{3,}", re.I
)

TRACK = "track"
IGNORE = "ignore"

_MULTI_WORD_STRONG = tuple(p for p in STRONG if " " in p)
_NOT_THE_CANDIDATE_PHRASES = tuple(NOT_THE_CANDIDATE)
_PRACTICE = NOT_THE_CANDIDATE["mock interview"]

# What follows "podcast" or "show" when it is the recording, not a job's name.
_MEDIA_ACTS = frozenset(
    {"recording", "record", "taping", "session", "episode", "guest", "appearance", "interview"}
)

# A hiring team named in the title of an event with nobody on it (the person's own
# note, or a meeting tool's own .ics): a recruiter's call, or maybe not.
_RECRUITING_TEAMS = (
    "talent team", "talent acquisition", "talent partner", "recruiting team",
    "recruitment team", "recruiter", "recruiters", "hiring team", "hiring manager",
)  # fmt: skip

# Work words that are an interview only with a company there, never with a friend.
_COMPANY_ONLY = ("coffee chat", "pairing", "pair programming", "panel", "loop", "system design")


class Outcome(StrEnum):
    INTERVIEW = "interview"
    MAYBE = "maybe"
    NOT = "not"


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: str
    looked: bool = True  # it looked like an interview at all: a "not" worth showing
    # A "maybe" whose only question is whether a company's invite is about a job
    # (not whose interview it is): another round with that employer answers it.
    job_question: bool = False


def judge(event: CalendarEvent, me: str, rules: DetectRules, decision: str = "") -> Verdict:
    """The outcome for one event, and why in words the person reads in `status`."""
    if decision == IGNORE:
        return Verdict(Outcome.NOT, "you said it is not an interview (followup ignore)")
    if decision == TRACK:
        return Verdict(Outcome.INTERVIEW, "you said it is an interview (followup track)")
    names = EVENT_NAME_LINE.findall(event.description) if ":" in event.description else []
    title = fold(" ".join((event.title, *names)))
    named_me = bool(rules.my_name) and has(title, fold(rules.my_name))
    # ... or by initial, as a search firm's title writes its candidate: "FMP – C. Candidate /
    # G. Whitford & N. Petrosyan"
    parts = rules.my_name.split()
    initialled = (
        len(parts) >= 2
        and re.search(
            rf"(?<![\w.]){re.escape(parts[0][0])}\.\s*{re.escape(parts[-1])}\b", event.title
        )
        is not None
    )
    if named_me:  # "Call between Jordan Hale and Casey Candidate": the name is no word
        title = f" {title} ".replace(f" {fold(rules.my_name)} ", " ").strip()
    if any(has(title, phrase) for phrase in rules.exclude):
        return Verdict(Outcome.NOT, "excluded by detect.exclude", looked=False)
    text = "\n".join((event.description, event.location, event.link))
    strong = first(title, (*STRONG, *rules.include))
    contextual = first(title, CONTEXTUAL)
    soft = first(title, SOFT)
    dedicated = event.calendar_id in rules.calendars or (
        bool(event.color) and event.color in rules.colors
    )
    folded = fold(event.description[:5000])
    said_not = _SAID_NOT_AN_INTERVIEW.search(folded)
    if said_not and _INFORMATION_EVENT.search(folded):
        # "This is an informational event. It is not an interview": the employer says so
        return Verdict(Outcome.NOT, f'its invitation says so ("{said_not.group(0)}")')
    p = participants(event, me, rules)
    # (not one the person's own organisation holds: the person may be on the hiring side)
    hiring_event = (
        "" if p.organised_by_me or p.colleagues or p.at_work else first(title, _HIRING_EVENTS)
    )
    if hiring_event and (_ON_THE_SPOT.search(folded) or _INTERVIEWS_THERE.search(folded)):
        # "Nursing Open House & Hiring Event": a ticket to come by, where an interview may or
        # may not happen; only the person knows whether they had one
        return Verdict(
            Outcome.MAYBE,
            f'{"an" if hiring_event[0] in "aeiou" else "a"} "{hiring_event}" where employers '
            "may interview: did you have one?",
        )
    if not (strong or contextual or soft or dedicated or p.ats or p.companies):
        if _company_job_and_me(event.title, rules.my_name) and not (
            p.colleagues or p.at_work or p.organised_by_me or first(title, NOT_THE_CANDIDATE)
        ):
            return Verdict(Outcome.INTERVIEW, "its title names a company, a job and you")
        team = first(title, _RECRUITING_TEAMS) if not p.others else ""
        if team and first(title, CONVERSATION) and not first(title, NOT_THE_CANDIDATE):
            # Zoom's own .ics of "Zoom call with Lumio Talent Team": nobody on it to ask.
            return Verdict(
                Outcome.MAYBE,
                f'a call with a "{team}" and nobody else on it: is it your interview?',
            )
        call = first(title, (*CONVERSATION, *_A_MEAL)) if p.outsiders and not p.colleagues else ""
        about = fold(event.description[:5000])
        if call and _JOB_OFFERED.search(about) and _SIZING_YOU_UP.search(about):
            # ... unless the one who calls says they will hear the person out for the job:
            # "Want to hear about your cost accounting background. The job is the
            # Operations Finance Manager spot I posted on Indeed."
            return Verdict(Outcome.INTERVIEW, f'a "{call}" to hear about your background for a job')
        if call and _JOB_OFFERED.search(about):
            # A tradesman's "Call" from iCloud "re the HVAC apprentice spot": free mail
            # names no company, and a friend may say as much; the person is asked.
            return Verdict(
                Outcome.MAYBE,
                f'"{call}" from outside your organisation about a job: is it an interview?',
                job_question=True,
            )
        if (
            p.outsiders
            and not p.colleagues
            and _me_and_them(event.title, rules.my_name)
            and _JOB_OFFERED.search(about)
        ):
            # "Casey <> Harini ☕" from a friend's Gmail: "my boss might open a finance-ops
            # lead role in Q1 ... nothing posted yet"
            return Verdict(
                Outcome.MAYBE,
                "a meeting of you and someone outside your organisation, about a job: "
                "is it an interview?",
                job_question=True,
            )
        post = _POST_LINE.search(event.description[:3000])
        said = first(title, CONVERSATION)
        # ... or a title naming the job, above a note of whom the person talks to: "Gespräch
        # Senior Frontend-Entwickler:in (React) – Killesberg Softwarehaus", "Gesprächspartner:
        # Jana Wörner (Head of Product) und ..." over Zoom's invitation text
        partners = _PARTNERS_LINE.search(event.description[:3000])
        if (
            not p.others
            and said
            and (
                (
                    post
                    and has_job_noun(
                        post["post"]
                        or post["listed"]
                        or post["opening"]
                        or post["dashed"]
                        or post["applied"]
                        or post["opened"]
                        or post["regarding"]
                        or post["koht"]
                    )
                )
                or (
                    (partners or _MEETS_LINE.search(event.description[:500]))
                    and has_job_noun(_WITH_PEOPLE.sub("", event.title))
                )
            )
            and not first(title, NOT_THE_CANDIDATE)
        ):
            # the person's own note of a call: "Appel Aramis Grains – Giulia Bernasconi (RH)",
            # "Poste : Execution Analyst, desk céréales"
            return Verdict(
                Outcome.INTERVIEW,
                f'your note of a "{said}" names the job it is for',
            )
        return Verdict(Outcome.NOT, "", looked=False)  # nothing else can make it one
    ats = p.ats or links_to(text, ATS)
    pad = links_to(text, CODING_PADS)
    # Booked on someone's scheduling page: the organiser is whoever owns the page.
    booked = bool(p.scheduler or links_to(text, SCHEDULERS))
    raw = _TEAMS_FOOTER.sub(" ", event.description)
    if "://" in raw or "www." in raw:
        raw = _URL.sub(" ", raw)
    description = fold(_MAIL.sub(" ", raw) if "@" in raw else raw)
    if rules.my_name:  # "Casey Candidate is inviting you" names no candidate
        description = description.replace(fold(rules.my_name), " ")
    # "thanks for reaching out after the meetup": where they met, not what this is
    description = _WHERE_WE_MET.sub(" ", description)
    # ("article L332-8 du code général de la fonction publique": a law's article, not a paper's)
    description = _LAWS_ARTICLE.sub(" ", description)
    cue = first(description, CANDIDATE_CUES)
    talk = _job_talk(description)
    if not (strong or contextual or soft or dedicated or ats or pad or cue or talk):
        named_me = named_me or initialled or _me_and_them(event.title, rules.my_name)
        # "Product chat – Merchant Acquiring PM between Philippa and Casey": named after a
        # job, in the title or in a scheduling tool's event name ("Security Engineering Lead
        # – 30 min with Piran")
        talk = any(has_job_noun(_WITH_PEOPLE.sub("", t)) for t in (event.title, *names))
        press = first(description, _ALWAYS)  # "dziękuję za zgodę na wywiad": a journalist's
        if press:
            return Verdict(Outcome.NOT, f'{_REASONS[press]} ("{press}")', looked=False)
        return _invited_to_talk(title, p, named_me, booked, talk) or Verdict(
            Outcome.NOT, "", looked=False
        )

    against = _not_the_candidate(event, title, description, p, rules)
    if against.startswith("an event, not an interview") and named_me:
        against = ""  # "MLG | Panel discussion – Casey Candidate": the person's own panel
    if against.endswith('("interview panel")') and (named_me or _APPLIED.search(description)):
        # "Four Peaks Bank - Interview Panel (Casey Candidate)", or "Thank you for your
        # application. Eline and I will form the interview panel": the person's own
        against = ""
    hiring_side = first(title, _HIRING_SIDE) if not named_me else ""
    joined = r"(?i)\b(?:candidat[eoa]|aday)\w*[\s:]+\w|\w\s+(?:candidat[eoa]|aday)\w*\b"
    if hiring_side and not re.search(joined, event.title):
        hiring_side = ""  # "Supervisor Interview - Candidate": the word stands for the person
    if hiring_side and _CANDIDATE_NUMBER.search(event.title):
        hiring_side = ""  # "Preliminary Interview - Candidate ID 1184273": the person's number
    if not against and hiring_side:  # "Candidate interview - Jordan Smith"
        against = f'for interviewers: you are on the hiring side ("{hiring_side}")'
    if not against:  # "Panel" whose description says "panel discussion"
        phrase = _described(description, _DESCRIPTION_NOT_THE_CANDIDATE if not strong else _ALWAYS)
        if phrase and _an_exercise(description, phrase):
            phrase = ""  # "discovery call role-play": an exercise in the interview
        if (
            phrase
            and phrase in _HOW_AN_INTERVIEW_RUNS
            and talk
            and (cue or contextual or _company_job_and_me(event.title, rules.my_name))
        ):
            # "entretien individuel en visio pour le poste de …", "(screen share welcome)":
            # how an interview for a job runs, not a meeting or a review of its own
            phrase = ""
        against = f'{_REASONS[phrase]} ("{phrase}")' if phrase else ""
    studio = links_to(text, RECORDING_STUDIOS) if not against else ""
    if studio and not ats:  # "We'll record in Riverside": no employer interviews there
        against = f"a press, media or podcast interview (recorded at {studio})"
    if against:  # shown in `status` only when the title alone would have made it one
        return Verdict(Outcome.NOT, against, looked=bool(strong or dedicated))
    if dedicated:
        return Verdict(Outcome.INTERVIEW, "on a calendar or in a colour you keep for interviews")
    informational = first(title, INFORMATIONAL)
    if informational and strong and has_job_noun(event.title):
        informational = ""  # "Interview: Responsable du bureau des admissions": a job's name
    # a booking page named for a job: "Qahwa Analytics - Intro call: Analytics Lead"
    named_for_a_job = any(has_job_noun(_WITH_PEOPLE.sub("", n)) for n in names)
    if informational and named_for_a_job:
        informational = ""
    if informational and not ats:
        return Verdict(
            Outcome.MAYBE,
            f'"{informational}" with {_who(p) if p.others else "nobody else on it"}: '
            "a conversation, or a job interview?",
        )
    if p.organised_by_me and p.outsiders and not ats and not booked:
        if not p.companies:
            return Verdict(Outcome.NOT, "you organised it: an interview you hold, not one you give")
        return Verdict(
            Outcome.MAYBE,
            f"you organised it yourself, with {_who(p)}: are you the candidate?",
        )
    alone = not p.others
    if ats and not first(description, TO_THE_CANDIDATE):
        candidate, how = named_candidate(event, p, rules)
        if how == "absent":
            return Verdict(
                Outcome.MAYBE,
                f"the title names {candidate}, who is not on the invite: "
                "your interview, or theirs?",
            )
    recruiting = bool(ats or pad or cue or talk or p.recruiter) or _recruiting_title(title)
    if strong:
        return Verdict(Outcome.INTERVIEW, f'the title says "{strong}"')
    if contextual:
        company_only = any(has(fold(contextual), w) for w in _COMPANY_ONLY)
        # "Görüşme: Proje Mühendisi": a job's title beside a word for any meeting
        titled = has_job_noun(" ".join((event.title, *names)))  # Calendly's event name too
        if (recruiting or titled) and (p.outsiders or alone or ats):
            return Verdict(Outcome.INTERVIEW, f'"{contextual}" with signs of a job interview')
        if p.companies and (contextual in WITH_A_COMPANY or named_me):
            # ("MLG | Panel discussion – Casey Candidate": a company's panel named after you)
            return Verdict(Outcome.INTERVIEW, f'"{contextual}" with {_who(p)}')
        if p.companies:
            return Verdict(
                Outcome.MAYBE,
                f'"{contextual}" with {_who(p)}, and nothing else says it is a job interview',
                job_question=True,
            )
        if alone and not company_only and _names_someone(event.title):
            return Verdict(
                Outcome.MAYBE, f'"{contextual}" with nobody else on it: whose interview is it?'
            )
        if not soft:  # ("Intro call - Casey / Nikhil (North Loop Accounting Search)": the
            # call is the word, the "Loop" a name's)
            return Verdict(Outcome.NOT, f'"{contextual}" with no company on it', looked=False)
    if soft:
        # "Corporate Tax Senior – initial call (30 min) between Harriet ... and Casey": a
        # call named after a job (not after whom it is with: "Intro call with Jane Doe, CFO")
        # ... or a booking page named so: "Event Name: Qahwa Analytics - Intro call: Analytics
        # Lead (Commercial)"
        for_a_job = has_job_noun(_WITH_PEOPLE.sub("", event.title)) or named_for_a_job
        if (
            (recruiting or for_a_job)
            and (p.outsiders or alone or ats)
            and not _NO_OPENING.search(description)
        ):
            return Verdict(Outcome.INTERVIEW, f'"{soft}" with signs of a job interview')
        if p.outsiders or alone:
            where = _who(p) if p.outsiders else "nobody else on it"
            return Verdict(
                Outcome.MAYBE,
                f'"{soft}" with {where}: it may or may not be about a job',
                job_question=bool(p.companies),
            )
        return Verdict(Outcome.NOT, f'"{soft}" with no one from outside', looked=False)
    # No interview words in the title: a recruiting system or the description speaks.
    if ats and (p.outsiders or alone):
        return Verdict(Outcome.INTERVIEW, f"scheduled through {ats}")
    if not p.companies:
        return Verdict(Outcome.NOT, "", looked=False)
    if cue:
        return Verdict(Outcome.INTERVIEW, f'its description says "{cue}"')
    if (pad or talk) and (p.recruiter or first(title, ROLE_NOUNS)):
        return Verdict(Outcome.INTERVIEW, "a company, a recruiter or a job, and talk of hiring")
    if pad:
        return Verdict(
            Outcome.MAYBE,
            f"a link to {pad}, though its title does not say interview",
            job_question=True,
        )
    # "Quick chat re: opportunity" from a headhunter whose note talks of "a role".
    named_me = named_me or initialled or _me_and_them(event.title, rules.my_name)
    titled = has_job_noun(_WITH_PEOPLE.sub("", event.title))  # (as above)
    # "Rozmowa telefoniczna – Planista produkcji" whose note speaks of "na stanowisku
    # Planista produkcji": a call named after a job, and the job talked of
    # ... or whose note names the job the meeting is for: "details of your meeting with
    # Cloghane Aviation Capital for the Head of Lease Pricing position"
    for_the_job = _MEETING_FOR_A_JOB.search(description) is not None
    return _invited_to_talk(
        title, p, named_me, booked, talk or titled, about_a_job=talk and (titled or for_the_job)
    ) or Verdict(Outcome.NOT, "", looked=False)


# (read in folded text)
_MEETING_FOR_A_JOB = re.compile(
    r"\byour\s+(?:meeting|conversation|call|interview)\s+with\s+[^.\n]{2,80}?\s+for\s+the\s+"
    r"[^.\n]{2,80}?\s+(?:position|role|post|vacancy|job)\b"
)


# An employer's own word that the event is no interview ("It is not an interview and
# attendance is not part of the application process"); read in folded text.
_SAID_NOT_AN_INTERVIEW = re.compile(
    r"\b(?:this|it)\s+(?:is|s)\s+not\s+an?\s+(?:job\s+)?interview\b"
    r"|\battendance\s+is\s+not\s+part\s+of\s+the\s+(?:application|selection|hiring)\s+process\b"
)
# ... about an event for many ("This is an informational event"): a coffee said to be "not
# an interview" may still be about a job, and stays the person's question
_INFORMATION_EVENT = re.compile(
    r"\binformational\b|\binformation\s+session\b|\bwebinar\b|\bvirtual\s+event\b"
    r"|\bregistered\s+(?:students|attendees|participants)\b"
)


def _invited_to_talk(
    title: str,
    p: Participants,
    named_me: bool,
    booked: bool,
    talk: bool = False,
    *,
    about_a_job: bool = False,
) -> Verdict | None:
    """A company invited the person to "a call", "a chat", or to "<Person> <> Acme".

    It may be about a job: with a recruiter or a job title named, it is; else the
    person is asked.
    """
    if first(title, NOT_THE_CANDIDATE) or p.colleagues or p.at_work:
        return None  # "Reference call for Alex Romero"
    organiser_outside = p.organiser in p.outsiders and _domain(p.organiser) in p.companies
    if not (organiser_outside or booked and p.companies):
        return None
    if named_me and (p.recruiter or first(title, ROLE_NOUNS)):
        return Verdict(Outcome.INTERVIEW, f"{_who(p)} set up a meeting named after you")
    word = first(title, CONVERSATION) or first(title, LATER_ROUND)
    word = word or ("your name" if named_me else "")
    if word and (p.recruiter or _recruiting_title(title) or (named_me and talk) or about_a_job):
        return Verdict(Outcome.INTERVIEW, f'"{word}" with a recruiter or about a job, at {_who(p)}')
    if word:
        return Verdict(
            Outcome.MAYBE,
            f'"{word}" to which {_who(p)} invited you: it may or may not be about a job',
            job_question=True,
        )
    return None


def _not_the_candidate(
    event: CalendarEvent,
    title: str,
    description: str,
    p: Participants,
    rules: DetectRules,
) -> str:
    """Why the person is not the candidate at this event, or ""."""
    phrase = _not_a_job_word(_mask_strong(title)) or _ends_a_part(event.title)
    if phrase in _PART_OF_A_ROUND and (
        first(title, STRONG) or (first(title, CONTEXTUAL) and first(description, STRONG))
    ):
        phrase = ""  # "site visit + panel", and the plan's "Panel interview - myself and Tomasz"
    if phrase == "user interview" and first(description, _THE_HIRING_MANAGER):
        phrase = ""  # Indonesian hiring's "user": the manager who hires ("interview user")
    if phrase:
        return f'{NOT_THE_CANDIDATE[phrase]} ("{phrase}")'
    # "your iCIMS candidate profile" is the person's own: a cue counts said to the hiring side
    cue = first(_YOURS.sub(" ", description), INTERVIEWER_CUES)
    if cue:
        return f'for interviewers: the invite carries "{cue}"'
    link = next((k for k in _INTERVIEWER_LINKS if k in event.description.lower()), "")
    if link:
        return f"for interviewers: the invite links to an interview kit ({link})"
    if p.others and not p.outsiders and p.colleagues:
        return "everyone else on it is from your own organisation"
    if p.colleagues:
        return "colleagues of yours are on it: you are there for your job"
    if p.at_work:
        return "it came to your work address: you are there for your job"
    if p.organiser_colleague:
        return "organised by your own organisation: you are on the hiring side"
    candidate, how = named_candidate(event, p, rules)
    if how == "applicant":
        return f"an interview of {candidate}, who is on it as the applicant: you are hiring"
    named = _CANDIDATE_LINE.search(event.description) if "andidate" in event.description else None
    if named and not (rules.my_name and fold(named.group(1)) == fold(rules.my_name)):
        return f"an invite for the interviewers of {named.group(1).strip()}"
    return ""


def _ends_a_part(title: str) -> str:
    """The not-the-candidate phrase that ends a part of the title: "Research interview –
    Job Search Experiences study" is research, whatever the next part says."""
    for part in re.split(r"\s+[-\u2013\u2014|/]\s+|:\s+", title):
        text = _mask_strong(fold(part))
        words = text.split()
        for phrase, start, end in found(text, _NOT_THE_CANDIDATE_PHRASES):
            if end == len(words) and not _a_jobs_subject(words, start):
                return phrase
    return ""


def _a_jobs_subject(words: list[str], start: int) -> bool:
    """ "Assistant Producer (Podcasts)": the phrase after a job word is the job's subject, and
    so is one a word later ("Software Engineer, Sensor Calibration"), unless that word is
    the interview's ("Senior Engineer Interview Calibration")."""
    if start and first(words[start - 1], _JOB_TITLE_WORDS):
        return True
    if start >= 2 and words[start - 1] in ("in", "innen") and has_job_noun(words[start - 2]):
        return True  # "Produktmanager:in Podcast-Apps": a German job with its gender ending
    return (
        start >= 2
        and bool(first(words[start - 2], _JOB_TITLE_WORDS))
        and not first(words[start - 1], (*STRONG, *CONTEXTUAL, *SOFT))
    )


# "on", "about" before what a webinar or a talk is about, in the languages of the sets
_ON_A_TOPIC = frozenset({"on", "about", "на", "o", "tentang", "sur", "über", "uber", "sobre"})


def _not_a_job_word(title: str) -> str:
    """The not-the-candidate phrase in `title`, unless it names a job ("Podcast Producer")."""
    hits = []
    words = title.split()
    for phrase, start, end in found(title, _NOT_THE_CANDIDATE_PHRASES):
        after = words[end : end + 2]
        # "Podcast recording: Ops ..." is a recording, whatever word comes next.
        media = bool(after) and after[0].strip(":-,") in _MEDIA_ACTS
        # ("Уебинар на jobs.bg: ...": a topic or a host after "on" is no job's name)
        topic = bool(after) and after[0] in _ON_A_TOPIC
        job = not topic and (
            first(" ".join(after), _JOB_TITLE_WORDS) or _a_jobs_subject(words, start)
        )
        # (the job a practice interview is for: "Simulazione colloquio Product Manager", its
        # interview word last; not "Interview: Practice Finance Manager", a law firm's post)
        job = job and not (
            NOT_THE_CANDIDATE[phrase] == _PRACTICE and first(phrase.split()[-1], STRONG)
        )
        if media or not job:
            hits.append(phrase)
    return max(hits, key=len) if hits else ""


def _described(description: str, phrases: tuple[str, ...]) -> str:
    """The longest of `phrases` in the description that does not name a job: "Interview:
    Practice Finance Manager" is a law firm's post, not interview practice, and "Ricardo,
    Head of User Research" an interviewer's. A file's reference number is no reference given
    for someone: "Unsere Referenz: WSP-2419"."""
    description = _OUR_REFERENCE.sub(" ", description)
    words = description.split()
    hits = [
        phrase
        for phrase, start, end in found(description, phrases)
        if not first(" ".join(words[end : end + 2]), _JOB_TITLE_WORDS)
        and not (start >= 2 and words[start - 1] == "of" and first(words[start - 2], _HEADS))
    ]
    return max(hits, key=len) if hits else ""


# (in folded text: "unsere referenz wsp 2419")
_OUR_REFERENCE = re.compile(
    r"\b(?:unsere|ihre|our|your|notre|votre|nuestra|su)\s+(?:referenz|reference|referencia)"
    r"(?:\s+(?:nr|no|number))?\s+(?:[a-z]+\s+)?[a-z]*\d+"
)
# Who leads a field, before "of": "Head of User Research", "Director of Research Studies".
_HEADS = ("head", "director", "vp", "lead", "manager", "chief", "leiter", "leiterin")
# Said to the person who applied: the panel the invite names is theirs to meet.
_APPLIED = re.compile(r"\b(?:your application|thank you for applying|thanks for applying)\b")


def _mask_strong(title: str) -> str:
    """The title without its multi-word interview phrases ("take home debrief" is one)."""
    words = title.split()
    for _, start, end in reversed(list(found(title, _MULTI_WORD_STRONG))):
        words[start:end] = []
    return " ".join(words)


# "Casey <> Theo (Northfield Ventures)", "Casey / Marguerite": two people's names.
_PAIR = re.compile(
    r"^\s*(?P<a>[^<>/|&+]+?)\s*(?:<>|<->|/|\||&|\+|\s[x\u00d7]\s)\s*(?P<b>[^<>/|&+]+?)\s*$"
)


def _company_job_and_me(title: str, my_name: str) -> bool:
    """A title in a hiring tool's shape: "Acme Software | Senior Data Analyst | Casey Candidate".

    The person's whole name is one segment, a job another, and something else (the
    employer) a third; a bare Zoom copy of such an event has nobody on it to tell more.
    """
    if not my_name.strip():
        return False
    # (or dashes: Zoom's copy of "Chalkhill - Data Governance Lead - Casey Candidate & Imogen")
    parts = [s for s in re.split(r"\s+\|\s+|\s+[-\u2013\u2014]\s+", title) if s.strip()]
    mine = [s for s in parts if fold(s) == fold(my_name) or _me_and_them(s, my_name)]
    if len(parts) < 2 or not mine:
        return False
    rest = [fold(s) for s in parts if s not in mine]
    if len(parts) == 2:
        # "Casey Candidate <> Velomaat - Senior PM Subscriptions (...)": the person paired with
        # one word, a company's name, not a person's, and the job beside them
        pair = _PAIR.match(re.sub(r"\([^)]*\)", " ", mine[0]))
        other = [p for p in (pair["a"], pair["b"]) if fold(p) != fold(my_name)] if pair else []
        return (
            len(other) == 1
            and len(other[0].split()) == 1
            and bool(rest)
            and has_job_noun(re.sub(r"\([^)]*\)", " ", rest[0]))
        )
    return any(has_job_noun(s) for s in rest) and any(not has_job_noun(s) for s in rest)


def _me_and_them(title: str, my_name: str) -> bool:
    """A title that pairs the person's first name or full name with someone else's."""
    # "Rozmowa: Casey / Bartosz (Kodmistrz)": a word or two naming the meeting may lead.
    bare = re.sub(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s+", "", re.sub(r"\([^)]*\)", " ", title))
    # "Casey / Ruth - FP&A Manager", "Fährkopf <> Casey: Growth Marketing Lead": the job the
    # two meet about may follow
    job = re.search(r"(?:\s[-\u2013\u2014]\s+|:\s+)([^-\u2013\u2014:]+)$", bare)
    # ("Chillar <> Casey | Sr PM - Collections": the job after a bar, its field after a dash)
    barred = re.search(r"\s\|\s+(.+)$", bare)
    if barred and has_job_noun(barred[1]):
        bare = bare[: barred.start()]
    elif job and has_job_noun(job[1]):
        bare = bare[: job.start()]
    pair = _PAIR.match(bare)
    if not pair or not my_name.strip():
        return False
    mine = {fold(my_name), fold(my_name.split()[0])}
    # (an emoji around a name is no part of it: "☕ Casey & Afua")
    sides = {fold(re.sub(r"^[\W_]+|[\W_]+$", "", side)) for side in (pair["a"], pair["b"])}
    return bool(sides & mine) and len(sides - mine) == 1


_EXERCISE = re.compile(r"^\W*(?:role ?play|exercise|simulation|scenario|case study)\b")
# "we'll run the role play ... treat it like a real first discovery call": the exercise
# is named first, a sentence or two before what it plays out.
_EXERCISE_BEFORE = re.compile(r"\b(?:role ?play|simulation|simulated|like a real)\b")


def _an_exercise(description: str, phrase: str) -> bool:
    """The phrase names what an exercise plays out ("discovery call role-play")."""
    at = description.find(phrase)
    if at < 0:
        return False
    after = description[at + len(phrase) : at + len(phrase) + 20]
    before = description[max(0, at - 300) : at]
    return bool(_EXERCISE.match(after) or _EXERCISE_BEFORE.search(before))


def _recruiting_title(title: str) -> bool:
    return bool(first(title, RECRUITING_WORDS) or first(title, ROLE_NOUNS))


# "the Data Analyst role", "this position", "our Backend Engineer opening"
# ("a senior TPM req": a requisition, as those who hire say it)
# (and a search firm's "for the Director of Distribution Operations search")
_JOB_NOUNS = ("role", "position", "opening", "vacancy", "job", "spot", "req", "headcount", "search")
_A_JOB = r"\s+(?:[\w'&-]+\s+){0,5}(?:" + "|".join(_JOB_NOUNS) + r")\b"
_JOB_MENTION = re.compile(r"\b(?:the|this|our|your|a|an)" + _A_JOB)
_YOURS = re.compile(r"\byour\s+(?:[\w'-]+\s+){0,3}[\w'-]+")
# An article of a law or a code, by its number: "article L332-8", "art. 18".
_LAWS_ARTICLE = re.compile(
    r"\b(?:article|art\.|artikel|articulo|artigo|articolo)\s+[lrd]?\.?\s?\d[\w.-]*"
)
# Where they met ("so glad we met at the dbt meetup"), which says nothing of this event.
_WHERE_WE_MET = re.compile(
    r"\b(?:after|at|from|since|during)\s+(?:the|your|our|last\s+week's|yesterday's)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:meetup|job\s+fair|career\s+fair|careers\s+fair|webinar|workshop"
    r"|conference|networking\s+event|event|hackathon|talk)\b"
)
# No job is open yet: "nothing is posted right now", "planning 2027 hiring", "ainda não
# abrimos vaga". An intro chat then may or may not lead to one; the person is asked.
# What a title says of whom a call is with: "with Jane Doe, CFO", "between A and B".
_WITH_PEOPLE = re.compile(r"\s(?:with|w/|between|mit|avec|con|com|met|med)\s.*$", re.IGNORECASE)
_NO_OPENING = re.compile(
    r"\b(?:nothing\s+(?:is\s+)?(?:posted|open)|no\s+open\s+(?:roles?|positions?|reqs?)"
    r"|nothing\s+i\s+can\s+(?:name|share)|no\s+(?:specific|particular)\s+(?:role|job|position)"
    # an agency's intro: "a couple of QA roles with our clients ... before I put anything forward"
    r"|(?:roles?|positions?|openings?)\s+(?:with|for)\s+(?:our|my)\s+clients"
    # "a couple of roles with clients I can't name yet"
    r"|clients?\s+(?:i|we)\s+(?:can't|cannot|can\s+not)\s+(?:name|share|disclose)"
    r"|before\s+i\s+put\s+(?:you|anything|your\s+\w+)\s+forward"
    r"|(?:don't|do\s+not)\s+have\s+(?:an?\s+)?(?:\w+\s+)?(?:opening|vacancy|role|position)"
    r"|(?:haven't|have\s+not)\s+(?:yet\s+)?(?:opened|posted)\s+(?:the|a|this)\s+(?:role|job|position)"
    # "ein konkretes Mandat für Sie gibt es derzeit noch nicht", "keine offene Stelle"
    r"|konkretes\s+mandat\s+(?:\w+\s+){0,5}(?:noch\s+)?nicht|kein\w*\s+konkret\w*\s+"
    r"(?:mandat|stelle|position|vakanz)"
    r"|not\s+(?:actively\s+)?hiring\s+(?:right\s+now|yet|at\s+the\s+moment)|planning\s+(?:\w+\s+){0,2}hiring"
    r"|ainda\s+nao\s+abrimos|aun\s+no\s+hemos\s+abierto|noch\s+keine\s+(?:offene\s+)?stelle"
    # Dutch "we hebben nu geen vacature open", Italian "non abbiamo posizioni aperte"
    r"|geen\s+(?:vacature|functie)s?\s+(?:open|uitstaan)|non\s+abbiamo\s+(?:ancora\s+)?posizioni\s+aperte"
    # an Italian agency's "al momento non abbiamo una ricerca aperta in linea con il Suo
    # profilo"; a friend's "nessun annuncio e il budget non c'e ancora"
    r"|non\s+abbiamo\s+(?:ancora\s+)?(?:una\s+|nessuna\s+)?(?:ricerca|posizione|selezione)\s+apert"
    r"|nessun\s+annuncio|no\s+tenemos\s+(?:ninguna\s+|una\s+)?(?:vacante|busqueda)\s+abierta"
    # Ukrainian "Зараз у мене немає відкритої позиції", Estonian "hetkel mul Teie profiilile
    # sobivat avatud otsingut ei ole" (folded)
    r"|немає\s+(?:\w+\s+)?відкрит\w+\s+(?:позиці\w*|вакансі\w*)"
    r"|\bavatud\s+otsingut?\s+(?:ei\s+ole|pole)\b"
    # Slovak "momentálne nemám otvorenú pozíciu" (folded)
    r"|\bnemam\s+(?:\w+\s+)?otvorenu\s+poziciu\b)"
)
# A meal someone outside any company asks the person to ("Lunch with Janne", Finnish "Lounas
# Jannen kanssa"): like a coffee, about a job only when its text says so. (Not a word of
# CONVERSATION: a company's "Team lunch" is no conversation about a job.)
_A_MEAL = ("lunch", "lounas", "brunch", "dinner", "breakfast")
# An event many come to, where some may be interviewed: "Open House & Hiring Event".
_HIRING_EVENTS = (
    "hiring event", "open house", "hiring day", "recruitment day", "recruiting event",
    "job dating",  # French recruiting evenings: "Job Dating Finance & Data - Banque Moréal"
    "hiring mixer", "open evening", "open day", "careers evening", "recruitment evening",
    "career evening",
    # "BGC Holiday Career Fair 2026" where "some employers may conduct initial screening at
    # their booths" (without interviews there, a fair is no interview: `not_the_candidate`)
    "career fair", "careers fair", "job fair",
    # Arbetsförmedlingen's "Rekryteringsträff: Bank, finans och försäkring" (folded)
    "rekryteringstraff",
    # "İstanbul Teknoloji ve Finans Kariyer Zirvesi 2026", "Kariyer Fuarı" (folded)
    "kariyer zirvesi", "kariyer fuari",
    "open avond", "experienced hire evening", "hiring evening", "careers night",
    "journee carrieres", "journee carriere", "journee portes ouvertes",
    # "Finance Talent Evening – Nidelbad Privatbank", "Sistemi Lariani Talent Day - Como"
    "talent evening", "talent day", "talent night", "talentabend", "karriereabend",
    # "Urunday Tech Hiring Night", "Recruiting Day IT-Consulting im Medienhafen"
    "hiring night", "recruiting day", "recruitment night", "recruiting night", "career day",
    "careers day",
    # "Meet & Match-avond Omgevingsdienst Westvliet"
    "meet & match", "meet and match", "meet & match-avond", "match-avond", "matchavond",
    "job day", "jobdag", "jobbeurs",
    # "Andalucía Aerospace Jobs Day 2026 - Foro de empleo", "Kariérní den Mladá Boleslav"
    "jobs day", "foro de empleo", "kariérní den", "karierni den",
    # "Forum Recrutement Supply Chain & Logistique – Apec Hauts-de-France"
    "forum recrutement", "forum emploi", "forum de l'emploi", "salon de l'emploi",
    # Québec: "Salon Carrières Aéro & Techno – édition hiver 2026", "Salon de l'emploi"
    "salon carrieres", "salon carriere", "salon emploi",
    # "Feria Laboral Minería y Energía Antofagasta 2026"
    "feria laboral", "feria de empleo", "feria de trabajo",
    # "Karrieretag Mobilität & Maschinenbau Region Stuttgart 2026"
    "karrieretag", "jobmesse", "karrieremesse",
    # "Karriereforum Innere Stadt – Finanz, Versicherung & Public Sector"
    "karriereforum", "jobforum", "berufsinfomesse",
    # "Feirão de Empregos Suape 2026", "Feira de Emprego"
    "feirao de empregos", "feirao de emprego", "feira de empregos", "feira de emprego",
    "feira de carreiras",
    # Polish "Targi Pracy Finanse & Księgowość – Kraków 2026"
    "targi pracy",
    # "Cape Town Jobs & Careers Expo 2027"
    "careers expo", "career expo", "jobs expo", "job expo",
    # "Edinburgh Tech Jobs Night", "Certificated Hiring Fair 2027-28", "Speed Recruiting IT &
    # Data", "Jornada de Talento", "Dzień Rekrutacji", "Pelialan rekrytointi-ilta", "Târgul
    # Joburilor IT & Business" (folded)
    "jobs night", "job night", "hiring fair", "recruitment fair", "jobs fair", "hiring expo",
    "speed recruiting", "jornada de talento", "jornada de empleo", "dzien rekrutacji",
    "rekrytointi ilta", "rekrytointitapahtuma", "targul joburilor", "targ de joburi",
)  # fmt: skip
# A hiring event's text that speaks of interviews at all ("some employers may arrange
# interviews afterwards", "Kurzinterviews", "entrevistas no local", "συνεντεύξεις"): one
# may have happened there, and only the person knows (folded text).
_INTERVIEWS_THERE = re.compile(
    r"\b\w*interv(?:iew|iu|ju|yu)\w*|\bentrevist\w*|\bentrevue\w*|\bentretien\w*"
    r"|\bcolloqui\w*|\bvorstellungsgespr\w*|\bhaastatt\w*|(?<!\w)συνεντευξ\w*|\bpohovor\w*"
    r"|\bsollicitatiegesprek\w*|面接"
)
_ON_THE_SPOT = re.compile(
    r"\b(?:on[\s-]the[\s-]spot|walk[\s-]in|same[\s-]day|open)\s+(?:interviews?|conversations?|chats?)\b"
    r"|\binterviews?\s+on\s+the\s+spot\b"
    # "du kan prata med dem vid deras bord. Vissa arbetsgivare kan komma att boka in intervjuer"
    r"|\bprata\s+med\s+(?:dem|arbetsgivarna)\s+vid\s+(?:deras|sina)\s+bord\b"
    # "More than 35 banks ... meet candidates at their stands. Some employers may schedule
    # interviews at a later date."
    r"|\b(?:meet|chat\s+with|talk\s+to)\s+(?:candidates|job\s*seekers|visitors)\s+at\s+their\s+(?:stands?"
    r"|booths?|tables?)\b"
    # "firmalar stantlarda kısa tanışma sohbetleri yapacak" (folded)
    r"|\bstantlarda\s+(?:\w+\s+){0,3}(?:sohbet\w*|gorusme\w*|mulakat\w*)"
    # "Some employers may conduct initial screening at their booths"
    r"|\b(?:screenings?|interviews?)\s+at\s+(?:their|the|our)\s+(?:booths?|stands?|tables?)\b"
    # "kann sich für ein 15-minütiges Speed-Interview mit einer Teamleitung eintragen"
    r"|\bspeed[\s-]?(?:interviews?|dating)\b"
    # "Des entretiens flash de 15 minutes pourront être proposés sur place"
    r"|\bentretiens?\s+(?:flash|express|sur\s+place)\b"
    # "pourront vous proposer un entretien de 15 minutes sur place"
    r"|\bentretiens?\s+de\s+\d+\s+minutes\s+sur\s+(?:place|le\s+stand)\b"
    # Québec: "de courtes entrevues éclair sur place"
    r"|\bentrevues?\s+(?:eclair|express|sur\s+place)\b"
    # "vas a poder tener una entrevista relámpago de 15 minutos ... en el momento"
    r"|\bentrevistas?\s+(?:relampago|express|en\s+el\s+momento|en\s+el\s+lugar)\b"
    # "unsere Hiring Manager:innen sind vor Ort und haben Zeit für Kurzgespräche"
    r"|\bkurzgespr(?:a|ä)ch\w*|\b(?:vorstellungs)?gespr(?:a|ä)che?\s+vor\s+ort\b"
    # "Kommen Sie an den Ständen ins Gespräch, ... vereinbaren Sie ggf. direkt ein
    # Vorstellungsgespräch"
    r"|\ban\s+den\s+st(?:a|ä)nden\s+ins\s+gespr(?:a|ä)ch\b"
    # "Échanges libres sur les stands ; certaines entreprises proposeront des entretiens"
    r"|\b(?:echanges?|rencontres?)\s+(?:libres?\s+)?sur\s+les\s+stands\b"
    # "podrás conversar con los equipos de selección y algunas empresas agendarán entrevistas"
    r"|\bconversar\s+con\s+(?:los\s+)?(?:equipos\s+de\s+selecci(?:o|ó)n|reclutadores)\b"
    # "i nostri HR saranno disponibili per colloqui conoscitivi individuali ... senza prenotazione"
    r"|\b(?:disponibili|available)\s+(?:per|for)\s+(?:\w+\s+)?(?:colloqui|interviews?|chats?)\b"
    # "saranno presenti ai desk per colloqui conoscitivi sul posto, senza appuntamento"
    r"|\bcolloqui\s+(?:\w+\s+)?(?:sul\s+posto|senza\s+appuntamento|in\s+loco)\b"
    # "bate-papo com gestores e dinâmicas rápidas" (folded)
    r"|\bbate[\s-]papo\s+com\s+(?:os\s+|nossos\s+)?(?:gestores|lideres|recrutadores)\b"
    # "Rozmowy z rekruterami przy stoiskach bez wcześniejszych zapisów" (folded)
    r"|\brozmowy\s+z\s+rekruterami\s+przy\s+stoiskach\b"
    # "More than 60 employers ... meet job seekers at their stands" (folded)
    r"|\bmeet\s+job\s+seekers\s+at\s+their\s+stands\b"
    # "Plus de 50 entreprises ... vous accueillent sur leurs stands" (folded)
    r"|\baccueillent\s+sur\s+leurs\s+stands\b"
    # "beantworten an ihren Ständen Ihre Fragen. Einige Aussteller vereinbaren vor Ort Termine"
    # (folded)
    r"|\ban\s+ihren\s+standen\b|\bvor\s+ort\s+termine\b"
    # "Sommige bedrijven plannen ter plaatse of achteraf een gesprek in"
    r"|\bter\s+plaatse\b"
    # "Certains exposants mènent des entretiens de présélection directement sur place" (folded)
    r"|\bentretiens?\s+de\s+\w+\s+(?:directement\s+)?sur\s+place\b"
    # "reciben CVs y charlan con candidatos en sus stands" (folded)
    r"|\bcharlan\s+con\s+(?:los\s+)?candidatos\s+en\s+sus\s+stands\b"
    # "Conversa con los equipos de RR.HH. en sus stands y deja tu CV" (folded)
    r"|\bconversa\s+con\s+(?:los\s+)?equipos\s+de\s+[\w. ]{2,20}?\s+en\s+sus\s+stands\b"
    # "recebem currículos e conversam com candidatos nos estandes" (folded)
    r"|\bconversam\s+com\s+(?:os\s+)?candidatos\s+(?:nos|nas)\s+(?:estandes|stands|bancas)\b"
    # "stands, charlas y speed networking con los equipos de selección"; Czech "Přijďte si
    # popovídat s personalisty ... U stánků ... domluvit se na případném pohovoru" (folded)
    r"|\bspeed\s+networking\b|\bpopovidat\s+s\s+personalisty\b"
    # "employers will be holding informal chats at their stands"
    r"|\b(?:holding|hold|having)\s+(?:informal\s+|short\s+)?(?:chats|conversations|interviews)\s+"
    r"(?:at|on)\s+(?:their|the)\s+stands?\b"
    # "échanges informels de 10 minutes sur les stands, sans rendez-vous" (folded)
    r"|\bechanges?\s+(?:informels?\s+)?(?:de\s+\d+\s+minutes\s+)?sur\s+(?:les|le)\s+stands?\b"
    # "colloqui conoscitivi informali agli stand, porta il CV"
    r"|\bcolloqui\s+(?:\w+\s+){0,2}(?:agli?\s+stand|allo\s+stand|ai\s+desk|al\s+desk)\b"
    # "hiring managers will be around on the night"
    r"|\b(?:hiring|recruiting)\s+managers?\s+(?:will\s+be\s+)?(?:around|on\s+hand|there\s+to\s+(?:meet"
    r"|chat|talk)|holding\s+(?:informal\s+)?(?:conversations|interviews|chats))\b"
    # "in korte speeddates met onze hiring managers praten"
    r"|\bspeed\s+meetings?\s+(?:de\s+\d+\s+minutos\s+)?(?:con|with|amb)\b"
    r"|\bspeed\s?dates?\s+(?:van\s+\d+\s+minuten\s+)?met\b|\bspeed[\s-]?dating\s+(?:mit|with|met)\b"
    # "Al final habrá entrevistas exprés de 10 minutos"
    r"|\bentrevistas?\s+expres\b"
    # "chat informally with some of our managers ... we may invite you to a proper interview"
    r"|\bchat\s+informally\s+with\s+(?:some\s+of\s+)?(?:our\s+)?(?:hiring\s+)?managers\b"
    # "our partners will be doing short informal interviews on the night"
    r"|\b(?:short|quick|informal|brief)\s+(?:informal\s+)?(?:interviews?|chats?)\s+on\s+the\s+(?:night|day)\b"
    # "if there's a good fit, we may invite you to an interview on the night"
    r"|\binterviews?\s+on\s+the\s+(?:night|evening|day)\b"
    # Polish: "kierownicy ... mogą porozmawiać od razu na miejscu" (folded)
    r"|\bod\s+razu\s+na\s+miejscu\b"
)
# A job someone offers to talk about ("re the HVAC apprentice spot"), not "your job".
# The caller sizing the person up: "want to hear about your cost accounting background",
# "walk me through your experience", "I'd like to learn more about your background".
_SIZING_YOU_UP = re.compile(
    r"\b(?:hear|learn|know|talk)\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?about\s+your\s+"
    r"(?:[\w'-]+\s+){0,3}(?:background|experience|resume|cv|career|work\s+history)\b"
    r"|\bwalk\s+me\s+through\s+your\s+(?:[\w'-]+\s+){0,2}(?:background|experience|resume|cv)\b"
)
_JOB_OFFERED_SOURCE = (
    r"\b(?:the|this|our|an?)"
    + _A_JOB
    # a headhunter's "a couple of confidential finance and operations mandates"
    + r"|\b(?:a\s+couple\s+of|a\s+few|two|three|several|some)\s+(?:[\w'-]+\s+){0,5}"
    r"(?:roles|positions|openings|vacancies|mandates|searches|briefs|assignments)\b"
    # ... and in Spanish and Portuguese: "un par de búsquedas confidenciales", "varias vacantes"
    r"|\b(?:un\s+par\s+de|unas|algunas|varias|varios|algunos|dos|tres|vários)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:busquedas|vacantes|posiciones|posicoes|vagas|mandatos|procesos|processos)\b"
    # Croatian "možda otvore poziciju za data engineera u siječnju, ali još ništa nije
    # službeno", Bulgarian "може би ще отворим позиция ... нищо официално", Indonesian "posisi
    # analytics ... yang kemungkinan dibuka kuartal 1", "headcount-nya belum di-approve" (folded)
    r"|\bmozda\s+otvar?a?(?:ju|re)\s+(?:\w+\s+)?(?:poziciju|mjesto|mesto)\b"
    r"|\bjos\s+nista\s+nije\s+(?:sluzbeno|zvanicno)\b"
    r"|\bще\s+отворим\s+(?:\S+\s+)?позиция\b|\bнищо\s+официално\b"
    r"|\bkemungkinan\s+dibuka\b|\bheadcount\s*(?:nya\s+)?belum\s+di\s*approve\b"
    # ... and Lithuanian "gal pavasarį mano komandoje atsiras rizikos analitiko pozicija, bet kol
    # kas nieko oficialaus"
    r"|\batsiras\s+(?:\w+\s+){0,2}pozicij\w*|\bnieko\s+oficialaus\b"
    # ... and Slovene "morda januarja odprejo mesto za podatkovnega analitika, ampak zaenkrat še
    # nič uradnega"
    r"|\bodprejo\s+(?:\w+\s+){0,2}mesto\b|\bse\s+nic\s+uradnega\b"
    # ... and Latvian "tā varētu atvērties pavasarī ... nekā oficiāla pagaidām nav"
    r"|\bvaretu\s+atverties\b|\bneka\s+oficiala\b"
    # ... and Ukrainian "можливо, відкриється позиція продуктового аналітика ..., але бюджет ще
    # не затвердили", Estonian "võib kevadel avaneda andmeanalüütiku koht, aga eelarve pole
    # veel kinnitatud" (folded)
    r"|(?<!\w)відкриється\s+(?:\w+\s+){0,2}(?:позиція|вакансія|посада)(?!\w)"
    r"|(?<!\w)бюджет\s+(?:ще\s+)?не\s+затверд\w*"
    # ... and Russian "может открыться позиция аналитика, но бюджет ещё не утверждён"; Georgian
    # "ფიქრობს pricing analyst-ის პოზიციის გახსნას" (is thinking of opening a post), "ვაკანსია
    # არ გამოქვეყნებულა" (no vacancy has been published)
    r"|(?<!\w)откр\w*\s+(?:\w+\s+){0,2}(?:позиция|позицию|вакансия|вакансию)(?!\w)"
    r"|(?<!\w)бюджет\s+(?:ещ[её]\s+)?не\s+утвержд[её]н(?!\w)"
    # ("думают взять аналитика по доходам – если в феврале утвердят бюджет ... вакансии нет")
    r"|(?<!\w)думают\s+взять\s+(?:\w+\s+)?(?:аналитика|менеджера|инженера|специалиста"
    r"|разработчика|руководителя)(?!\w)|(?<!\w)утвердят\s+бюджет(?!\w)"
    r"|(?<!\w)(?:პოზიციის|ვაკანსიის)\s+გახსნ\w*|(?<!\w)ვაკანსია\s+(?:ჯერ\s+)?არ\s+გამოქვეყნებულა(?!\w)"
    r"|\bavaneda\s+(?:\w+\s+){0,2}koht\b|\beelarve\s+(?:pole|ei\s+ole)\s+(?:veel\s+)?kinnitatud\b"
    # ... and Slovak "sa na jar možno otvorí miesto dátového analytika, ale rozpočet ešte nie je
    # schválený" (folded)
    r"|\botvori\s+(?:\w+\s+){0,2}miesto\b|\brozpocet\s+(?:este\s+)?nie\s+je\s+schvaleny\b"
    # Dutch: "die pricingrol bij Snelbord ... Er staat nog geen vacature open"
    r"|\b\w*rol\s+bij\b|\bgeen\s+vacature\b|\b(?:die|een|de)\s+(?:\w+\s+)?(?:functie|vacature)\b"
    # "it looks like there'll be a Performance & Insight Lead post in the new year"
    # Turkish: "bir kadro Ocak'ta açılabilir ama henüz bütçe onayı yok" (folded)
    r"|\bkadro\s+(?:\w+\s+){0,2}acilabilir\b|\bhenuz\s+butce\s+onayi\s+yok\b"
    # Swedish: "det kan mycket väl öppna en tjänst som dataanalytiker till våren, men inget är
    # beslutat än" (folded)
    r"|\boppna\s+en\s+tjanst\b|\binget\s+ar\s+beslutat\b"
    # Taglish: "Baka magbukas kami ng BI Lead post ... walang official opening yet"
    r"|\bmagbukas\s+(?:kami|sila|tayo)\s+ng\b|\bwala(?:ng|\s+pang?)\s+(?:official\s+)?opening\b"
    r"|\bno\s+official\s+opening\b"
    # Polish: "może otworzą stanowisko analityka finansowego w lutym" (folded)
    r"|\botworza\s+stanowisko\b"
    r"|\b(?:a|an|the)\s+(?:[\w'&-]+\s+){1,4}post\s+(?:in|from|at|coming|opening|going|might|may"
    r"|could)\b"
    # a friend's "da gennaio vorrebbero qualcuno che segua il prodotto", "buscan a alguien"
    r"|\b(?:vorrebbero|cercano|stanno\s+cercando)\s+(?:una?\s+)?(?:qualcuno|figura|persona)\b"
    # "il mio capo sta pensando di assumere un assistant revenue ... non c'è nessun annuncio"
    r"|\bnessun\s+annuncio\b|\b(?:assumere|inserire)\s+(?:una?|un')\s*\w"
    # "mijn baas wil kijken of ze die plek weer invult, er staat nog niks online"
    r"|\bplek\s+(?:weer\s+)?(?:invult|invullen|opvult|opvullen)\b|\ber\s+staat\s+(?:nog\s+)?(?:niks|niets)\s+online\b"
    # "my boss at Tarrow might open another scheduler seat on the gas desk in Q1. nothing
    # posted and no promises"
    r"|\bnothing\s+(?:is\s+)?posted\b|\bopen\s+(?:another|a|an)\s+(?:[\w-]+\s+){0,3}(?:seat|spot|role"
    r"|position|req|headcount)\b"
    # Catalan: "potser obren una plaça de UX researcher al gener ... encara no hi ha res publicat"
    r"|\bobren\s+una\s+plac\w*|\bno\s+hi\s+ha\s+res\s+publicat\b"
    r"|\b(?:buscan|estan\s+buscando|necesitan)\s+a\s+alguien\b|\bprocuram\s+alguem\b"
    # "es posible que abran un cargo en marzo, pero todavía no hay nada oficial ni aviso publicado"
    r"|\b(?:abran|abren|abriran|abrir)\s+(?:un|una)\s+(?:cargo|puesto|vacante|posicion)\b"
    r"|\bni\s+aviso\s+publicado\b"
    # "bei uns wird im Frühling wohl eine Controlling-Stelle frei"
    r"|\b(?:eine|die|diese)\s+(?:[\w-]+\s+)?[\w-]*stelle\s+(?:\w+\s+){0,2}(?:frei|offen|ausgeschrieben)\b"
    # "we've been talking about hiring a data product owner ... there's no job spec"
    # ... "we're probably adding a treasury/FP&A analyst", "pass your resume along"
    r"|\b(?:hiring|adding|bringing\s+(?:on|in))\s+(?:a|an|another)\s+(?!lot\b)\w|\bjob\s+spec\b"
    # "my manager keeps saying we'll add a data analyst once the new budget is approved ...
    # there's no vacancy notice yet"
    r"|\b(?:we|they)(?:'ll|\s+will|\s+might|\s+may)\s+(?:add|hire)\s+(?:a|an|another)\s+(?!lot\b)\w"
    r"|\bno\s+vacancy\s+(?:notice|posting|advert)\b"
    # "we'll set up a proper analytics unit once the board approves the 2027 budget ... no
    # circular is out yet" (a Bangladeshi job advert is a circular); Spanish "mi gerente quiere
    # sumar un analista de datos si el directorio aprueba el presupuesto"
    r"|\bno\s+(?:job\s+)?circular\b|\b(?:once|if|when)\s+the\s+(?:board|management|directors?)\s+"
    r"approves?\s+(?:the\s+)?(?:\w+\s+)?budget\b"
    r"|\b(?:sumar|incorporar|contratar)\s+(?:a\s+)?(?:un|una)\s+(?:analista|ingenier[oa]|desarrollador\w*"
    r"|persona|perfil)\b|\bsi\s+el\s+directorio\s+aprueba\b"
    r"|\b(?:pass|send|forward)\s+(?:your|ur)\s+(?:resume|cv)\b"
    # "before I mention you to her" (the boss); "there's no poster" (a Canadian public
    # service's job poster) "... we need someone bilingual on data + comms"
    r"|\bmention\s+you\s+to\s+(?:her|him|them|my\s+\w+)\b"
    r"|\bthere(?:'s|\s+is)\s+no\s+(?:job\s+)?(?:poster|posting|advert)\b"
    r"|\b(?:we|they)\s+(?:need|want)\s+someone\s+(?:[\w-]+\s+){0,2}(?:on|for|to\s+(?:run|lead|own"
    r"|handle))\b"
    # ... in German: "mein Chef überlegt, jemanden fürs Controlling dazuzunehmen. Ausgeschrieben
    # ist noch gar nichts", "schick mir danach deinen CV"
    r"|\bjemand(?:en)?\s+(?:[\w/'-]+\s+){0,5}(?:einzustellen|dazuzunehmen|dazunehmen|aufzunehmen"
    r"|einstellen)\b|\bausgeschrieben\s+ist\s+(?:aber\s+)?(?:noch\s+)?(?:gar\s+)?(?:nichts|nix)\b"
    # "könnt sein, dass bei uns im Frühjahr in der Systemtechnik was aufgeht"
    r"|\b(?:was|etwas|eine\s+stelle)\s+aufgeht\b"
    r"|\bnoch\s+(?:gar\s+)?nicht\s+ausgeschrieben\b"
    r"|\b(?:schick|schicke|sende)\s+mir\s+(?:\w+\s+){0,2}(?:deinen|ihren)\s+(?:cv|lebenslauf)\b"
    # Czech: "se možná od jara otevře místo v controllingu ... Můj šéf Honza by tě rád poznal"
    r"|\botevre\s+misto\b|\bsef\s+(?:\w+\s+)?by\s+te\s+rad\s+poznal\b"
    # "forse si libera un posto in qualità dopo l'estate ... il mio capo vorrebbe solo conoscerti"
    r"|\bsi\s+(?:libera|liberi|liberasse|liberer[àa]|apre|aprir[àa])\s+(?:un|una)\s+(?:posto|posizione)\b"
    r"|\b(?:il\s+mio|la\s+mia)\s+(?:capo|responsabile)\s+(?:\w+\s+){0,2}(?:conoscerti|incontrarti)\b"
    # "the analyst post my boss keeps mentioning - it might open in spring, but nothing is
    # approved yet and there's no job ad. Bring your CV just in case"; "the founders are still
    # deciding if they want a senior hire"
    r"|\bnothing\s+(?:is\s+|has\s+been\s+|'s\s+)?(?:approved|official|signed\s+off|advertised"
    r"|announced)\b|\bno\s+job\s+ad(?:vert)?\b"
    r"|\b(?:might|may|could)\s+open\s+(?:up\s+)?(?:in|from|after|next|early|later|soon)\b"
    r"|\bbring\s+(?:your|a|ur)\s+(?:\w+\s+)?(?:cv|resume)\b|\b(?:a|another)\s+senior\s+hire\b"
    # ... and abroad: "a vaga ainda não está aberta nem aprovada", "ainda não temos vaga aberta",
    # "aún no hay oferta publicada ni nada aprobado", "le paso tu cv", "traz um CV", "nic nie
    # jest jeszcze ogłoszone", "podam mu Twoje CV", Finnish "budjettia ei ole vielä hyväksytty",
    # Greek "δεν έχει εγκριθεί τίποτα", Romanian "încă nu e nimic aprobat", Hungarian "a keret
    # még nincs jóváhagyva", Hebrew "עוד לא פורסם כלום" (folded)
    r"|\bvaga\s+(?:\w+\s+){0,3}(?:aberta|aprovada)\b|\bnada\s+aprobado\b|\boferta\s+publicada\b"
    r"|\b(?:tu|teu|seu|twoje|twoj|um|o\s+teu)\s+cv\b|\bnic\s+nie\s+jest\s+(?:\w+\s+)?ogloszone\b"
    r"|\bbudjettia\s+ei\s+ole\s+(?:viela\s+)?hyvaksytty\b|(?<!\w)δεν\s+εχει\s+εγκριθει(?!\w)"
    r"|\bnimic\s+aprobat\b|\bnincs\s+(?:\w+\s+)?(?:jovahagyva|meghirdetve)\b"
    r"|(?<!\w)לא\s+פורסם(?!\w)"
    # ... and Central American Spanish: "mi jefe anda buscando a alguien de datos ... Todavía no
    # hay plaza publicada ni nada formal, pero le hablé de vos" (folded)
    r"|\banda\s+buscando\s+a\s+alguien\b|\bno\s+hay\s+plaza\s+publicada\b|\bnada\s+formal\b"
    r"|\ble\s+habl[eé]\s+de\s+(?:vos|ti|usted)\b"
    # ... and Tunisian Arabic in Latin letters: "yahkiw 3la poste analyste data jdid ... Ma famma
    # chay officiel, ma famma 7atta annonce ... 7kit 3lik m3a el chef mte3i"
    r"|\b(?:yahkiw|yahkou|yahki)\s+(?:3la|3ala|aala)\s+(?:poste|post|recrutement)\b"
    r"|\bma\s+famma\s+(?:chay\s+|7atta\s+)?(?:officiel|annonce)\b|\b7kit\s+3lik\s+m3a\b"
    # ... and Azerbaijani: "analitik ştatı açmaq fikri var, amma hər şey ... büdcənin təsdiqindən
    # asılıdır ... müdirimə sənin adını artıq demişəm" (folded)
    r"|\bstati\s+acmaq\b|\bbudcənin\s+təsdiqindən\s+asilidir\b"
    r"|\bmudirimə\s+(?:\w+\s+){0,3}demisəm\b"
    # ... and French: "on parle de recruter quelqu'un pour suivre la production ... Rien n'est
    # signé ... j'ai déjà parlé de toi à mon chef" (folded)
    r"|\b(?:parle|parlent|pense|pensent|envisage|envisagent)\s+de\s+recruter\b"
    r"|\brien\s+n['’]est\s+(?:encore\s+)?(?:signe|officiel|valide|decide)\b"
    r"|\bparle\s+de\s+toi\s+a\s+(?:mon|ma)\s+(?:chef|manager|patron|patronne|responsable|boss)\b"
    # ... and one job: "il y a peut-être un poste de chef de projet CRM qui va s'ouvrir"
    r"|\b(?:un|ce|une|el|este|esta|una|uma|um|esse|essa|il|questo|questa|eine|diese|da|na|la)\s+"
    r"(?:[\w'-]+\s+){0,2}(?:poste|puesto|vacante|plaza|vaga|posizione|stelle|posicion|posicao)\b"
)
_JOB_OFFERED = re.compile(by_first_letter(_JOB_OFFERED_SOURCE, 0))  # (faster so)
# Generic words that, in a description, mean only recruiting.
_DESCRIPTION_WORDS = (
    "interview", "candidate", "recruiter", "recruiting", "recruitment", "hiring",
    # a friend's "my boss wants to hire a pricing analyst if the budget is approved"
    "wants to hire", "want to hire", "looking to hire", "plans to hire", "planning to hire",
    # "the job you applied for", in the languages employers write
    "stillingen", "ansøgning", "ansogning", "søknad", "soknad", "ansökan", "ansokan", "tjänsten",
    "tjansten", "bewerbung", "candidature", "candidatura", "sollicitatie", "vacature",
    # "voor de functie", "für die Position", "pour le poste", "para el puesto", "per la
    # posizione", "na stanowisko", "para a vaga", "mülakat", "面接"
    "voor de functie", "fur die position", "fur die stelle", "pour le poste", "para el puesto",
    "per la posizione", "na stanowisko", "para a vaga", "mulakat", "pohovor",
    # an Italian public competition's "convocazione alla prova orale del concorso pubblico"
    "concorso pubblico", "commissione esaminatrice",
    # "o warunkach pracy na stanowisku Planista produkcji", "Specjalista ds. Kadr i Rekrutacji"
    "na stanowisku", "rekrutacja", "rekrutacji", "rekrutacyjne", "rekrutacyjnej",
    # Czech: "k pozici Head of Quality", "na pozici", "výběrové řízení" (folded)
    "k pozici", "na pozici", "vyberove rizeni",
    # Chile: "¿A qué cargo postulas?" (a booking question), "por la posición de Gerente de
    # Planificación", "su postulación"
    "postulas", "postulaste", "postulacion", "por la posicion de", "para la posicion de",
    "para el cargo", "al cargo de",
    # French: "Pour quel poste postulez-vous ?", an agency's "chez notre client ... pour la
    # mission de Chef d'équipe logistique"
    "postulez", "pour la mission de",
    # Brazilian: Calendly's "Para qual vaga você está se candidatando?", a headhunter's "A
    # posição é a de Gerente de Inteligência Operacional"
    "candidatando", "qual vaga", "a posicao e", "a vaga e",
    # French Calendly: "Pour quel poste candidatez-vous ?"; Dutch "Voor welke functie
    # solliciteer je?", a headhunter's "een gesprek over de functie Manager Supply Chain"
    "candidatez", "solliciteer", "over de functie",
    # a headhunter's "Te confirmo la reunión con mi cliente, Molinos Santa Lucía S.A."
    "con mi cliente", "con nuestro cliente",
    # German Calendly: "Für welche Stelle interessierst du dich?"; English "Which role are you
    # applying for?"
    "fur welche stelle", "are you applying for",
    # "Which role are you interested in?", Swedish "Vilken tjänst söker du?", a note's
    # "Tjänsten: Prisanalytiker"
    "which role are you interested in", "what role are you interested in", "vilken tjanst",
    # Turkish Calendly: "Hangi pozisyon için görüşmek istiyorsunuz?" (folded)
    "hangi pozisyon",
    "tjansten:",
    # Polish: Calendly's "Na jakie stanowisko aplikujesz?", an agency's "w sprawie stanowiska",
    # "dotyczące stanowiska" (folded)
    "aplikujesz", "jakie stanowisko", "w sprawie stanowiska", "dotyczace stanowiska",
    # a headhunter's "a meeting with our client", Finnish "asiakkaamme ... kanssa Head of
    # Analytics -tehtävään", Greek "ο πελάτης μας", "για τη θέση" (folded)
    "with our client", "with my client", "asiakkaamme", "tehtavaan", "ο πελατης μας",
    "για τη θεση", "για τη συγκεκριμενη θεση",
    # Romanian Calendly: "Pentru ce rol aplici?", "Pentru ce poziție aplicați?" (folded)
    "pentru ce rol", "pentru ce pozitie", "pentru ce post",
    # Croatian Calendly "Za koju se poziciju prijavljuješ?", "razgovor za poziciju", "za radno
    # mjesto"; Bulgarian "За коя позиция кандидатствате?", "за позицията"; Indonesian
    # "Posisi apa yang Anda lamar?", "untuk posisi" (folded)
    "za koju se poziciju", "za poziciju", "za radno mjesto", "selekcijsk",
    # Slovene "za delovno mesto", "Za katero delovno mesto se prijavljate?"
    "za delovno mesto", "za katero delovno mesto",
    # Latvian "uz ... amatu", "Kuram amatam piesakāties?", "vakancei"
    "amatam", "amatu", "vakancei", "jusu pieteikumu", "aicinu uz interviju",
    # Ukrainian Calendly "На яку позицію подаєшся?", "на вакансію", "на посаду"; Estonian
    # "Millisele ametikohale kandideerid?", "ametikohale", "konkursil" (folded)
    "на яку позицію", "на вакансію", "на посаду", "вакансія:", "кандидатуру",
    "ametikohale", "ametikoha", "kandideerid", "kandideerimast", "konkursil", "konkursi",
    # an agency's client: Estonian "meie kliendi Aegna Investi esindajatega", Ukrainian "у
    # нашого клієнта", "з нашим клієнтом" (folded)
    "meie kliendi", "meie kliendiga", "нашого клієнта", "нашим клієнтом",
    # Slovak Calendly "Na akú pozíciu sa hlásiš?", "na pozíciu", "výberové konanie" (folded)
    "na aku poziciu", "na poziciu", "hlasis", "vyberove konanie", "vyberova komisia",
    "nasho klienta", "nasim klientom",
    "за коя позиция", "за позицията", "кандидатствате", "кандидатурата",
    "posisi apa", "untuk posisi", "yang anda lamar",
    # Georgian "პოზიციის გახსნას" (opening a post), "ვაკანსია" (a vacancy), "პოზიციაზე" (for
    # the post); Russian "на позицию", "вакансия"
    "პოზიციის", "პოზიციაზე", "ვაკანსია", "ვაკანსიაზე", "на позицию", "вакансия", "вакансию",
)  # fmt: skip
# A search firm's word for the job: "regarding the Head of Data & Analytics appointment".
_APPOINTMENT = re.compile(r"\bregarding\s+the\s+(?:[\w&'-]+\s+){1,6}appointment\b")


# A note's line naming the job a call is for: "Poste : Execution Analyst, desk céréales".
_POST_LINE = re.compile(
    r"(?im)(?:^|[.!?]\s+)[ \t]*(?:poste|position|role|rôle|job|stelle|posizione|puesto|vaga"
    r"|functie|cargo|pozice|pozícia|stanowisko|tjänsten|tjänst|stillingen|pozisyon|tehtävä"
    r"|θέση|post|poziția|pozitia|pozíció|munkakör|pozicija|radno\s+mjesto|позиция|длъжност"
    r"|delovno\s+mesto|amats|вакансія|посада|позиція|ametikoht|amet|pozícia"
    r"|posisi)[ \t]*:[ \t]*"
    r"(?P<post>[^\n]{3,120})"
    # ... or in a note's list, the job capitalised after the word: "me rappelle sur le portable
    # – candidature Indeed, poste Analyste Flux Logistiques, plateforme d'Ambarès"
    r"|,[ \t]+(?:poste|puesto|vaga|cargo)[ \t]+(?P<listed>(?-i:[A-ZÀ-Ý])[^\n,.;]{2,80})"
    # ... or opening a sentence: "Ann Maes (HR) belt me op gsm. Vacature Supply Planner, site"
    r"|(?:^|[.!?][ \t]+)(?-i:Vacature|Poste|Vaga|Puesto)[ \t]+"
    r"(?P<opening>(?-i:[A-ZÀ-Ý])[^\n,.;]{2,80})"
    # ... or after a dash: "Fr. Mag. Doris Holzer (Leitung Rechnungswesen) ruft an – Stelle
    # Controller:in Schwerpunkt Reporting, 30–38 Std."
    r"|[ \t][-\u2013\u2014][ \t]+(?-i:Stelle|Position|Poste|Vaga|Puesto|Vacature)[ \t]+"
    r"(?P<dashed>(?-i:[A-ZÀ-Ý])[^\n,.;]{2,80})"
    # ... or a sentence of the job and where it was applied for: "Transport Planning Analyst,
    # applied via JobStreet."
    r"|(?:^|[.!?][ \t]+)(?P<applied>(?-i:[A-Z])[^\n,.;]{2,80}),[ \t]+applied[ \t]+"
    r"(?:via|through|on)\b"
    # ... or a sentence that opens with it: "Mercy Wanjala from Jirani HR calls me. BI Analyst
    # role, HQ on Moi Avenue (CBD)."
    r"|(?:^|[.!?][ \t]+)(?P<opened>(?-i:[A-Z][\w&/-]*(?:[ \t]+(?:[A-Z][\w&/-]*|&|of|and)){0,5}))"
    r"[ \t]+(?-i:role|position)"
    r"(?=[,.;]|[ \t]*$)"
    # ... or after "re": "Rachel Gow from Kelpie's HR ringing my mobile re Ecommerce Analyst
    # (Livingston HQ, hybrid)"
    r"|[ \t]re:?[ \t]+(?P<regarding>(?-i:[A-Z])[^\n,.;()]{2,80})"
    # ... or Estonian, the job in the genitive before "koht" (post): "AML analüütiku koht."
    r"|(?:^|[.!?][ \t]+)(?P<koht>(?-i:[A-ZÕÄÖÜ])[^\n,.;]{2,60}?)[ \t]+(?:ameti)?koht"
    r"(?=[,.;]|[ \t]*$)"
)
# A line typed above a Zoom copy's text of whom the person meets: "Gesprek vacature ... – met
# dhr. Bart Lemmens (zaakvoerder) en mevr. Nele Moerman (HR)"
_MEETS_LINE = re.compile(
    r"(?i)(?:^|[-\u2013\u2014]\s)(?:met\s+(?:dhr|mevr|de\s+heer|mevrouw)\.?|avec\s+(?:M\.|Mme)"
    r"|mit\s+(?:Herrn?|Frau)|con\s+(?:el|la)\s+(?:Sr|Sra)\.|com\s+(?:o|a)\s+(?:Sr|Sra)\.)\s+"
    r"(?-i:[A-ZÀ-Ý])"
)
# A note's line of whom the person will talk to.
_PARTNERS_LINE = re.compile(
    r"(?im)(?:^|[.!?][ \t]+)[ \t]*(?:Gesprächspartner(?:in|innen)?|interviewers?"
    r"|entrevistador(?:es|as)?|interlocuteurs?|interlocutrices?|rozmawiają"
    # Croatian "Na razgovoru će sudjelovati:", Bulgarian "Интервюиращи:"
    r"|na\s+razgovoru\s+(?:će\s+)?sudjel\w+|интервюиращи)[ \t]*:[ \t]*\S"
    # ... or said whole: Lithuanian "Pokalbį ves duomenų skyriaus vadovas Andrius Šimkus ir ..."
    r"|(?:^|[.!?][ \t]+)[ \t]*(?:pokalbį\s+ves|pokalbyje\s+dalyvaus|razgovor\s+bosta\s+vodila)\s+\S"
    # ... and Slovene "Sodelujeta: Marko Vidic, vodja IT, in ..."
    r"|(?:^|[.!?][ \t]+)[ \t]*(?:sodelujeta|sodelujejo)[ \t]*:[ \t]*\S"
    # ... and Estonian "Vestlevad Kairi Lõhmus (värbamispartner) ja ...", "Vestlusel osalevad"
    r"|(?:^|[.!?][ \t]+)[ \t]*(?:vestlevad|vestlusel\s+osalevad)[ \t]+(?-i:[A-ZÕÄÖÜ])"
)
# "Take-home review - Acme", "Screening with Globex": a title that names the other side.
_NAMES_SOMEONE = re.compile(
    r"\s[-–—|@:]\s|[(\[]|\b(?:with|at|w/|for|bei|mit|chez|avec|con|com|met|bij)\b", re.I
)


def _names_someone(title: str) -> bool:
    return _NAMES_SOMEONE.search(title) is not None


def _job_talk(description: str) -> bool:
    """The description speaks of a job: "the Data Analyst role", "our recruiter"; not when
    it says there is none yet ("we don't have an opening posted right now")."""
    if _NO_OPENING.search(description):
        return False
    if first(description, _DESCRIPTION_WORDS) or _APPOINTMENT.search(description):
        return True
    return bool(first(description, _JOB_NOUNS)) and _JOB_MENTION.search(description) is not None


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def _who(p: Participants) -> str:
    if p.companies:
        return "someone at " + ", ".join(p.companies[:2])
    return "someone outside your organisation"
