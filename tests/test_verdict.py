"""Which events are interviews: titles, people, systems and descriptions, both ways.

Each case is an event as a real tool writes it. Formats modelled on: Calendly's
"<event type> between <host> and <invitee>" names (help.calendly.com, event
name settings); invites from applicant-tracking systems, whose interviewer
copies carry kit, scorecard and feedback links (Greenhouse, Lever, Ashby and
GoodTime help centres; docs.merge.dev ATS scorecard and interview models);
Zoom/Teams invitations pasted into descriptions.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from agent.core.detect import detect, matches
from agent.core.model import Attendee, CalendarEvent, DetectRules
from agent.core.verdict import Outcome, judge
from agent.core.vocabulary import fold, has
from tests.builders import invite
from tests.world import NEW_YORK

ME = "casey@example.com"
RULES = DetectRules(
    my_addresses=frozenset({"casey.c@gmail.com", "ccandidate@initrode.com"}),
    work_domains=frozenset({"initrode.com"}),
    my_name="Casey Candidate",
)
START = datetime(2026, 11, 10, 14, 0, tzinfo=NEW_YORK)

SELF = Attendee(ME, "Casey Candidate", is_self=True, response="accepted")
JANE = Attendee("jane.doe@acme.com", "Jane Doe", response="accepted")
RAJ = Attendee("raj.patel@acme.com", "Raj Patel", response="accepted")
RECRUITING = Attendee("recruiting@acme.com", "Acme Recruiting", response="accepted")
TALENT = Attendee("talent@acme.com", "Acme Talent", response="accepted")
FRIEND = Attendee("pat.friend@gmail.com", "Pat Friend", response="accepted")
COLLEAGUE = Attendee("lee@initrode.com", "Lee Colleague", response="accepted")
COLLEAGUE2 = Attendee("max@initrode.com", "Max Colleague", response="accepted")
APPLICANT = Attendee("sam.lee.applicant@gmail.com", "Sam Lee", response="needsAction")
WORK_ME = Attendee("ccandidate@initrode.com", "Casey Candidate", response="accepted")


def event(
    title: str,
    attendees: tuple[Attendee, ...] = (JANE, SELF),
    organizer: str = "jane.doe@acme.com",
    description: str = "",
    location: str = "",
) -> CalendarEvent:
    return invite(title, *attendees, start=START, organizer=organizer,
                  description=description, location=location, uid="e1")  # fmt: skip


def outcome(e: CalendarEvent, rules: DetectRules = RULES) -> Outcome:
    return judge(e, ME, rules).outcome


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("title", "phrase", "found"),
    [
        ("Interviews with Acme", "interview", True),
        ("Interviewer sync", "interview", False),
        ("Interviewing skills", "interview", False),
        ("On-site at Globex", "on site", True),
        ("Take-home review", "take home review", True),
        ("Vorstellungsgespräch bei Siemens", "vorstellungsgesprach", True),
        ("Entretien d’embauche", "entretien d'embauche", True),
        ("nonsite", "onsite", False),
        ("PHONE   SCREEN", "phone screen", True),
    ],
)
def test_phrases_match_whole_words_whatever_the_case_accents_and_separators(
    title: str, phrase: str, found: bool
) -> None:
    assert has(fold(title), phrase) is found


def test_a_title_word_inside_a_longer_word_is_not_an_interview() -> None:
    assert not matches(event("Interviewer calibration notes"), RULES, ME)
    assert matches(event("Interviews - Acme"), RULES, ME)


# --------------------------------------------------------------------------- interviews


INTERVIEWS = [
    event("Interview: Backend Engineer at Acme"),
    event("Phone screen - Acme"),
    event("tech screen w/ Jane"),
    event("Technical Screen (60 min)"),
    event("Recruiter Screen between Jane Doe and Casey Candidate"),
    event("Screening call — Acme"),
    event("HM chat: Acme x Casey", description="Hiring manager conversation for the role"),
    event("Hiring Manager Interview"),
    event("Virtual Onsite - Acme"),
    event("On-site loop", attendees=(JANE, RAJ, SELF)),
    event("Final Round | Acme"),
    event("Superday"),
    event("Panel Interview - Senior PM"),
    event("Take-home review with Jane"),
    event("Take-home debrief"),
    event("Case study review - Strategy Associate"),
    event("Pair programming session", description="We'll use CoderPad: https://coderpad.io/X1"),
    event("Live coding", location="https://app.codesignal.com/live-interview/abc"),
    event("System Design Interview"),
    event("Meet the team - Senior Engineer"),
    event("Culture fit chat", description="Part of your interview process with Acme."),
    event("Coffee chat", description="Looking forward to meeting you about the Data Analyst role."),
    event("Intro call", description="Thanks for your interest in Acme!"),
    event("Recruiter call - Acme"),
    event("Vorstellungsgespräch – Backend-Entwickler (m/w/d)"),
    event("Bewerbungsgespräch Siemens"),
    event("Kennenlerngespräch", description="Vielen Dank für Ihre Bewerbung."),
    event("Entretien d'embauche - Développeur"),
    event("Entretien avec Jane Doe", description="Suite à votre candidature..."),
    event("Entrevista de trabajo - Globant"),
    event("Entrevista técnica"),
    event("Colloquio conoscitivo"),
    event("Sollicitatiegesprek Booking.com"),
    event("Kennismakingsgesprek", description="Bedankt voor uw sollicitatie."),
    event("Intervju – Dataanalytiker, Vattenfall"),
    event("Jobbintervju hos Equinor"),
    event("Ansættelsessamtale - Maersk"),
    event("Työhaastattelu: ohjelmistokehittäjä"),
    event("Rozmowa kwalifikacyjna – Allegro"),
    event("Přijímací pohovor – Avast"),
    event(
        "Acme <> Casey Candidate",
        organizer="no-reply@greenhouse.io",
        attendees=(SELF, JANE),
    ),
    event("Casey Candidate - Onsite Interview", organizer="scheduling@acme.goodtime.io"),
    event(
        "Acme Onsite - Casey Candidate",
        attendees=(SELF, JANE),
        organizer="c_0123abcd@group.calendar.google.com",  # a shared interviews calendar
    ),
    event("Interview with Jane Doe", attendees=(JANE, SELF)),
    event("Interview with Acme Robotics for Backend Engineer"),
    event("Interview", attendees=(SELF,), organizer=""),  # the person's own note
    event("Phone screen w/ recruiter", attendees=(FRIEND, SELF), organizer=FRIEND.email),
    event(
        "Interview with Jane Doe",
        attendees=(SELF,),
        organizer="no-reply@ashbyhq.com",
        description="Interviewers: Jane Doe, Engineering Manager",
    ),
    event("Intro call", attendees=(TALENT, SELF), organizer=TALENT.email),
    event("Acme | Backend Engineer | Round 2"),
    event("Second round - Acme"),
    event(
        "Follow-up conversation - Acme (Backend Engineer)",
        attendees=(TALENT, SELF),
        organizer=TALENT.email,
        description="Looking forward to our interview.",
    ),
    event(
        "Casey Candidate and Jane Doe",
        description="Event Name: 30 min Recruiter Screen\n\nPowered by Calendly.com",
    ),
    event("Meet & Greet with the team", description="Part of your interview loop."),
    event("Screening - Acme", description="Your screening call for the Analyst position."),
    event(
        "Video call with Acme re: Backend role",
        attendees=(RECRUITING, SELF),
        organizer=RECRUITING.email,
    ),
    event("Acme Corp | Senior Engineer | Hiring Manager"),
    event("Final stage - Acme"),
    event("Assessment Centre - Acme Graduate Scheme"),
    event("Entretien - Acme"),
    event("Round 2 - Acme"),
    event("Take-home presentation - Acme"),
    event("Portfolio review - Acme (Product Designer)"),
    event("Acme - app challenge walkthrough (Casey C.)"),  # a take-home's review, by its name
    event("Design exercise review - Acme"),
    event("Acme x Casey", description="Thanks for your interest in the Backend Engineer role!"),
    event("Updated invitation: Phone Screen @ Tue Nov 10"),
    event(
        "Zoom: Acme <> Casey Candidate", attendees=(RECRUITING, SELF), organizer=RECRUITING.email
    ),
    event("Walk-in interview - Infosys"),
    event("Technical round 1 - Acme"),
    event("Gespräch mit Acme (Bewerbung Data Analyst)"),
    event("Entrevista con Recursos Humanos"),
    event(
        "Recruiter Screen between Casey Candidate and Jane Doe",
        organizer=ME,
        description="Event Name: Recruiter Screen\n\nPowered by Calendly.com",
    ),  # booked on the person's own Calendly page: the organiser is the page's owner
    event("Interview: Podcast Producer at Spotify"),
    event("Interview at Visa"),
    event("Candidate Interview: Casey Candidate", organizer="no-reply@greenhouse.io"),
    event("Interview - Immigration Paralegal"),
    event("User Research Lead - Interview"),
    event("Research Scientist interview"),
    event("Casey Candidate <> Acme", attendees=(TALENT, SELF), organizer=TALENT.email),
    event(
        "Acme: Onsite (Virtual) - Casey Candidate",
        organizer="no-reply@ashbyhq.com",
        attendees=(SELF,),
    ),
    # "<Role> interview - <Company>" from a system's no-reply address: a job title the
    # description repeats is no other candidate's name.
    event(
        "Pastry Chef interview – Olive Room",
        attendees=(SELF, JANE),
        organizer="no-reply@pinpointhq.com",
        description="Interview for Pastry Chef at Olive Room. Please bring your knives.",
    ),
    event(
        "Dental Hygienist interview - Acme Health",
        attendees=(SELF, JANE),
        organizer="noreply@workablemail.com",
        description="Your interview for the Dental Hygienist position.",
    ),
    # Turkish and Afrikaans words for an interview; a word for any meeting beside a job title
    event("Mülakat - Mağaza Müdürü"),
    event("İş Görüşmesi"),
    event("Görüşme: Proje Mühendisi"),
    event("Werksonderhoud - Winkelbestuurder"),
    event("2차 면접 안내"),
    # "show you the office" is no show; "Candidate" standing for the person; Dutch rounds;
    # an admissions office in a job's name
    event(
        "Brantwood Literacy - final stage - Casey Candidate",
        description="10:00  Arrive, Philippa will meet you at reception and show you the office",
    ),
    event("KC DHS - Economic Support Supervisor Interview - Candidate"),
    event("Eerste gesprek Teamleider Inbound - Acme B.V. - Casey Candidate"),
    event("Interview: Responsable du bureau des admissions at Clinique des Quatre-Vents"),
    # a stage named by its number, with a company
    event("Acme Engineering - second stage (C. Candidate)"),
    # a research phrase that names what an exercise plays out
    event(
        "Casey Candidate <> Acme: Sales Panel (Account Executive)",
        description="You're confirmed for the sales panel for the Account Executive role.\n"
        "1:30 - 2:15 PM  Jane Doe - discovery call role-play (Jane plays the buyer)",
    ),
]


@pytest.mark.parametrize("e", INTERVIEWS, ids=[e.title for e in INTERVIEWS])
def test_interviews_however_they_are_phrased(e: CalendarEvent) -> None:
    assert outcome(e) is Outcome.INTERVIEW, judge(e, ME, RULES).reason


# --------------------------------------------------------------------------- not interviews


NOT_INTERVIEWS = [
    event("Interviewer Training", organizer="talent@initrode.com", attendees=(WORK_ME, SELF)),
    event("Interview prep with my mentor", attendees=(FRIEND, SELF), organizer=FRIEND.email),
    event("Mock interview", attendees=(FRIEND, SELF)),
    event("Interview practice - system design"),
    event("Podcast interview: The Build Show", organizer=ME),
    event("Exit interview", attendees=(COLLEAGUE, SELF), organizer=COLLEAGUE.email),
    event("User research interview - participant 4"),
    event("Customer interview #12"),
    event("Press interview with TechCrunch"),
    event("Interview debrief", attendees=(COLLEAGUE, COLLEAGUE2, SELF)),
    event("Interview: Sam Lee (Backend)", attendees=(COLLEAGUE, SELF), organizer=COLLEAGUE.email),
    event(
        "Interview with Sam Lee for Backend Engineer",
        attendees=(SELF, COLLEAGUE),
        organizer="no-reply@greenhouse.io",
    ),
    event(
        "Onsite Interview - Sam Lee",
        attendees=(SELF, JANE),
        organizer="calendar@acme.com",
        description="Interview kit: https://app.greenhouse.io/guides/123\nSubmit your scorecard.",
    ),
    event(
        "Interview with Sam Lee",
        attendees=(SELF, APPLICANT),
        organizer=ME,
    ),  # the person holds it, with an applicant on free mail
    event(
        "Phone screen: Sam Lee",
        attendees=(WORK_ME, APPLICANT, COLLEAGUE),
        organizer="ccandidate@initrode.com",
    ),
    event("System design review", attendees=(COLLEAGUE, SELF), organizer=COLLEAGUE.email),
    event("Pairing", attendees=(COLLEAGUE, SELF), organizer=COLLEAGUE.email),
    event("Coffee chat", attendees=(FRIEND, SELF), organizer=FRIEND.email),
    event("Panel discussion: the future of AI"),
    event("Career fair info session"),
    event("Entretien chaudière", attendees=(SELF,), organizer=""),
    event("Entretien annuel", attendees=(COLLEAGUE, SELF), organizer=COLLEAGUE.email),
    event("Team lunch"),
    event("Dentist", attendees=(SELF,), organizer=""),
    event("Loop sync", attendees=(COLLEAGUE, SELF), organizer=COLLEAGUE.email),
    event("Recruiting sync", attendees=(COLLEAGUE, COLLEAGUE2, SELF), organizer=COLLEAGUE.email),
    event(
        "Phone Screen: Sam Lee - Backend Engineer",
        attendees=(SELF, JANE),
        organizer="scheduling@goodtime.io",
        description="Candidate: Sam Lee\nResume attached.",
    ),
    event("Podcast recording: interview with Jane Doe", organizer=ME),
    event("Interview for my podcast", organizer=ME),
    event("Panel: Women in Tech", description="Join our panel discussion."),
    event("Intro call", description="Quick intro before the webinar."),
    event("Product demo - Acme"),
    event("Interviewing 101"),
    event("Reference call for Alex Romero"),
    event(
        "Interview: Sam Lee for Backend Engineer (Coding)",
        attendees=(SELF, APPLICANT, JANE),
        organizer="scheduling@acme.com",
    ),  # the one interviewed is on it, on free mail, while a company runs it
    event(
        "Offer call with Acme recruiter", attendees=(RECRUITING, SELF), organizer=RECRUITING.email
    ),
    event("Onboarding - Acme", attendees=(RECRUITING, SELF), organizer=RECRUITING.email),
    event("Practice interview with Pramp"),
    event("Customer discovery interview #4"),
    event("Radio interview - NPR"),
    event("Interview panel (Backend)"),
    event("Team onsite", attendees=(COLLEAGUE, COLLEAGUE2, SELF), organizer=COLLEAGUE.email),
    event("Mitarbeitergespräch"),
    event("Screen repair appointment", attendees=(SELF,), organizer=""),
    event(
        "Interview with Casey",
        attendees=(Attendee("host@buildshow.fm", "Build Show"), SELF),
        organizer="host@buildshow.fm",
        description="We'll record this episode in our studio; our listeners love career stories.",
    ),
    event("Entretien blanc avec mon coach"),
    # practice, and the hiring side, abroad
    event("Mülakat provası"),
    # a trade magazine's reporter
    event(
        "Interview with Casey Candidate – Span & Arch (culvert feature)",
        description="I'll send quotes for you to check before we go to print in January.",
    ),
    event("Simulación de entrevista"),
    event("모의면접 - 커리어 코치"),
    event("Entrevista a candidato: Juan Pérez"),
    event("Aday görüşmesi - Mehmet Demir"),
    event("Candidate interview - Jordan Smith", organizer="no-reply@greenhouse.io"),
    event(
        "Onsite - Sam Lee - Backend",
        attendees=(SELF, JANE, Attendee("acme@scheduling.greenhouse.io")),
        organizer="jane.doe@acme.com",
        description="https://app.greenhouse.io/guides/4242/people/99?application_id=7",
    ),  # the scheduling address as a guest, and the kit's link: an interviewer's copy
    event("Entrevista simulada"),
    event("US visa interview", attendees=(SELF,), organizer=""),
    event("Nanny interview", attendees=(FRIEND, SELF), organizer=ME),
    event("Health screening", attendees=(Attendee("clinic@citymed.com"), SELF)),
    event("Round of golf with Jane"),
    event("Onsite service visit - Acme HVAC"),
    event("Interview with Casey - The Founder Show", organizer="host@foundershow.com"),
    event(
        "Interview with TechCrunch about the Initrode launch",
        attendees=(Attendee("alex@techcrunch.com"), WORK_ME, COLLEAGUE),
        organizer="alex@techcrunch.com",
    ),  # a colleague on it: the person is there for their job
    event(
        "Interview Scheduled: Priya N. - Data Analyst (R-0099812)",
        attendees=(WORK_ME, APPLICANT),
        organizer="initrode@myworkday.com",
    ),  # to the person's work address
    event("Chat with Pat", attendees=(FRIEND, SELF), organizer=FRIEND.email),
    # a reporter interviewing the person for a piece, said only in the description
    event(
        "Interview re: remote teams (Casey)",
        description="Thanks for agreeing to be quoted in my piece. Happy to keep parts off the "
        "record.\n\nRosa Lind\nStaff Writer, The Harbour Gazette",
    ),
    # Dutch compounds: a coach's practice job interview, a bank's user research
    event("Oefensollicitatiegesprek (sessie 3 van 4) - Casey"),
    event("Gebruikersonderzoek: interview over sparen en beleggen in de app"),
]


@pytest.mark.parametrize("e", NOT_INTERVIEWS, ids=[e.title for e in NOT_INTERVIEWS])
def test_events_that_look_like_interviews_but_are_not_the_persons(e: CalendarEvent) -> None:
    assert outcome(e) is Outcome.NOT, judge(e, ME, RULES).reason


# --------------------------------------------------------------------------- maybe


MAYBES = [
    event("Coffee chat"),  # someone at acme.com, nothing else
    event("Intro call", attendees=(FRIEND, SELF), organizer=FRIEND.email),
    event("Intro call"),
    event("Kennenlernen"),
    event("Phone screen with Acme", attendees=(SELF, JANE), organizer=ME),  # the person set it up
    event("Catch up", description="CoderPad link: https://coderpad.io/ABC"),
    event("Panel"),
    event("Informational interview with Jane"),
    event("Informational interview - Acme", attendees=(SELF, JANE), organizer=ME),
    event("Chat with Dana (Acme)"),  # an outsider at a company invited the person
    event("Call between Jane Doe and Casey Candidate"),
    event("Intro call", attendees=(SELF, JANE), organizer=ME, description="No prep needed."),
    event(
        "Coffee chat",
        description="Casey Candidate is inviting you to a scheduled Zoom meeting.\n"
        "https://us02web.zoom.us/j/812?pwd=abc",
    ),  # the person's own name ("Candidate") is no recruiting word
    event("Networking call with Jane (Acme)"),
    event("Meeting with Acme"),
    event("MBA admissions interview - Wharton"),
    event("Jordan Smith interview", attendees=(SELF,), organizer="no-reply@greenhouse.io"),
    event("Jordan Cook interview", attendees=(SELF,), organizer="no-reply@greenhouse.io"),
    event(
        "Interview with Sam Lee for Backend Engineer",
        attendees=(SELF, JANE),
        organizer="no-reply@greenhouse.io",
        description="Interview with Sam Lee. Interviewers: Casey Candidate, Jane Doe",
    ),  # words an interviewer's copy shares with a candidate's settle nothing
    event("Coffee chat", attendees=(SELF, JANE), organizer="c_0123@group.calendar.google.com"),
    event("Technical assessment - Acme", attendees=(SELF,), organizer=""),  # own note
    event(
        "30 Minute Meeting between Casey Candidate and Jane Doe",
        organizer=ME,
        description="Event Name: 30 Minute Meeting\n\nPowered by Calendly.com",
    ),
    event("Casey Candidate <> Acme"),  # someone at a company, no recruiter, no job named
    event(
        "Interview with Sam Lee for Backend Engineer",
        attendees=(SELF,),
        organizer="no-reply@greenhouse.io",
    ),  # the same invite goes to a candidate or an interviewer; nothing tells which
    # Zoom's own .ics: no organiser, nobody on it, a talent team named.
    event("Zoom call with Lumio Talent Team", attendees=(), organizer=""),
    # A headhunter's call, organised from the agency, about "a role" in the note.
    event(
        "Quick chat re: opportunity",
        attendees=(SELF,),
        organizer="tom.reilly@harcourtsearch.co.uk",
        description="Hi Casey, as per LinkedIn – 15 minutes to talk through a role I'm working on.",
    ),
]

ALSO_NOT = [
    event(
        "Podcast recording: Ops Talk – interview with Casey Candidate",
        description="Thanks for agreeing to come on the show!",
    ),
    event("Podcast recording – guest interview"),
    # recorded in a podcast studio, the title naming only a show and the person
    event(
        "🎙️ Shop Floor Stories - guest recording w/ Casey Candidate",
        organizer="host@shopfloorstories.fm",
        description="We'll record in Riverside: https://riverside.fm/studio/shop-floor?t=1a2b "
        "Then a ~40 min conversation - a relaxed interview, no gotchas.",
    ),
]


@pytest.mark.parametrize("e", ALSO_NOT, ids=[e.title for e in ALSO_NOT])
def test_a_podcast_recording_is_not_a_job_interview(e: CalendarEvent) -> None:
    assert outcome(e) is Outcome.NOT, judge(e, ME, RULES).reason


PAIRS_OF_NAMES = [
    event("Casey <> Theo (Northfield Ventures)"),
    event("Casey / Jane"),
    event("Jane x Casey Candidate"),
    event("Call: Casey / Jane (Acme)"),  # a word naming the meeting may lead
]


@pytest.mark.parametrize("e", PAIRS_OF_NAMES, ids=[e.title for e in PAIRS_OF_NAMES])
def test_a_call_a_company_named_after_the_person_and_someone_is_asked_about(
    e: CalendarEvent,
) -> None:
    assert outcome(e) is Outcome.MAYBE, judge(e, ME, RULES).reason


def test_a_pair_of_names_among_colleagues_or_friends_is_no_question() -> None:
    assert outcome(event("Casey / Pat", attendees=(FRIEND, SELF), organizer=FRIEND.email)) is (
        Outcome.NOT
    )
    assert outcome(
        event("Casey / Lee", attendees=(COLLEAGUE, SELF), organizer=COLLEAGUE.email)
    ) is (Outcome.NOT)


# Nobody else on it, and no hiring team named: the person's own notes stay quiet.
QUIET_ALONE = [
    event("Call with mum", attendees=(), organizer=""),
    event("Team meeting", attendees=(), organizer=""),
    event("Zoom call with the book club", attendees=(), organizer=""),
    event("Hiring sync", attendees=(), organizer=""),
]


@pytest.mark.parametrize("e", QUIET_ALONE, ids=[e.title for e in QUIET_ALONE])
def test_ones_own_calls_without_a_hiring_team_are_no_question(e: CalendarEvent) -> None:
    assert outcome(e) is Outcome.NOT, judge(e, ME, RULES).reason


@pytest.mark.parametrize("e", MAYBES, ids=[e.title for e in MAYBES])
def test_unclear_events_are_maybes(e: CalendarEvent) -> None:
    assert outcome(e) is Outcome.MAYBE, judge(e, ME, RULES).reason


def test_the_persons_word_is_final() -> None:
    coffee = event("Coffee chat")
    assert judge(coffee, ME, RULES, "track").outcome is Outcome.INTERVIEW
    assert judge(event("Interview at Acme"), ME, RULES, "ignore").outcome is Outcome.NOT


def test_detect_exclude_and_include_still_add_words() -> None:
    rules = DetectRules(include=("gesprek",), exclude=("acme",))
    assert outcome(event("Gesprek met Globex"), rules) is Outcome.INTERVIEW
    assert outcome(event("Interview at Acme"), rules) is Outcome.NOT


def test_a_maybe_is_skipped_with_its_times_and_a_tracked_one_is_an_interview() -> None:
    coffee = event("Coffee chat")

    found, skipped = detect([coffee], me=ME, tz=NEW_YORK, rules=RULES)
    assert found == []
    (maybe,) = skipped
    assert maybe.maybe and maybe.start == START and maybe.end == START + timedelta(hours=1)
    assert maybe.reason.startswith("may be an interview")

    found, skipped = detect(
        [coffee], me=ME, tz=NEW_YORK, rules=RULES, decisions={coffee.uid: "track"}
    )
    assert [i.uid for i in found] == ["e1"] and skipped == []

    found, skipped = detect(
        [coffee], me=ME, tz=NEW_YORK, rules=RULES, decisions={coffee.uid: "ignore"}
    )
    assert found == [] and [s.maybe for s in skipped] == [False]


def test_not_the_candidate_is_listed_with_why() -> None:
    _, skipped = detect(
        [event("Mock interview", attendees=(FRIEND, SELF))], me=ME, tz=NEW_YORK, rules=RULES
    )
    assert [s.reason for s in skipped] == ['a practice interview ("mock interview")']


def test_huge_hostile_text_is_read_in_one_pass() -> None:
    """A run of letters with no break, as an attachment pasted into a description, costs
    a pass over the text, not one per character (which would take minutes here)."""
    import time

    blob = "a" * 200_000
    e = event(
        "interview " * 2_000 + "Interview with Sam Lee:",
        organizer="no-reply@greenhouse.io",
        description=f"{blob} {blob}@{blob} https://{blob}",
    )

    began = time.perf_counter()
    verdict = judge(e, ME, RULES)

    assert time.perf_counter() - began < 5
    assert verdict.outcome in (Outcome.INTERVIEW, Outcome.MAYBE)


@pytest.mark.parametrize(
    "e",
    [
        # the not-the-candidate phrase ends a part of the title; the next part is a new one
        event("Research interview - Job Seekers study (participant 7)"),
        # a webinar registration whose title names an interview stage
        event(
            "Ace Your Panel Interview: what hiring managers look for",
            description="Thank you for registering for our session. Webinar ID: 123-456.",
        ),
    ],
    ids=["research part", "webinar"],
)
def test_research_and_webinars_named_like_interviews_are_not_the_persons(
    e: CalendarEvent,
) -> None:
    assert outcome(e) is Outcome.NOT, judge(e, ME, RULES).reason


@pytest.mark.parametrize(
    ("e", "expected"),
    [
        # Danish and Québec words for a job interview
        (event("Samtale – Lagerleder", description="Tak for din ansøgning til stillingen."),
         Outcome.INTERVIEW),
        (event("2. samtale hos Acme"), Outcome.INTERVIEW),
        (event("Entrevue – Technicien"), Outcome.INTERVIEW),
        # a pair of first names from a company, with a role in the note
        (event("Casey / Jane", description="Excited to chat about the Head of Ops role!"),
         Outcome.INTERVIEW),
        # a call from free mail about a job: asked, never drafted for
        (event("Call", attendees=(FRIEND, SELF), organizer=FRIEND.email,
               description="I'll call you re the apprentice spot."), Outcome.MAYBE),
        # coffee a company's employee proposes
        (event("coffee?", description="Great to reconnect at the meetup!"), Outcome.MAYBE),
        # a chat in other languages, with no opening yet
        (event("Chiacchierata conoscitiva – Casey / Tommaso",
               description="Al momento non abbiamo una posizione aperta."), Outcome.MAYBE),
        (event("Kennismaking Casey & Jan"), Outcome.MAYBE),
        # a chat where they met at a meetup, with no opening and none to name
        (event("Chat w/ Casey", description="Thanks for reaching out after the meetup! We "
               "don't have an opening posted right now."), Outcome.MAYBE),
        (event("Casey / Lachlan - intro chat", description="A couple of coordinator roles with "
               "clients that might suit, but nothing I can name just yet."), Outcome.MAYBE),
        # a job whose title reads like a name ("Vice President"), sent by a tracking system
        (event("Interview: Vice President, Brand Marketing at Acme Bank", organizer=
               "acmebank@myworkday.com"), Outcome.INTERVIEW),
        # a security desk's ID, and a site visit on an interview day, are part of the round
        (event("Acme - second interview - Casey Candidate", description="We would like to "
               "invite you back to meet our MD. Please bring your NRIC or passport for visitor "
               "registration."), Outcome.INTERVIEW),
        (event("Acme // RSM - final round + Tuas site visit"), Outcome.INTERVIEW),
        # a magazine's column
        (event("Interview: Casey Candidate for 'Leaders in Conversation' - Brandlines",
               description="Our photo desk is copied. If your employer needs to review quotes, "
               "let me know."), Outcome.NOT),
        # a Polish second stage by the bank's initials; a Polish magazine's "wywiad"; a
        # consular visa "Entrevista"
        (event("KBW – II etap – C. Candidate"), Outcome.INTERVIEW),
        (event("Wywiad – magazyn Testerzy – Casey Candidate", description="Dziękuję za zgodę "
               "na wywiad. Tekst prześlę do autoryzacji."), Outcome.NOT),
        (event("Cita: Entrevista consular – visa B1/B2", attendees=(), organizer=""),
         Outcome.NOT),
        # a headhunter's call from free mail about searches it cannot name yet, in Spanish
        (event("Llamada Casey / Rolando", attendees=(FRIEND, SELF), organizer=FRIEND.email,
               description="Llevo un par de búsquedas confidenciales de gerencia comercial."),
         Outcome.MAYBE),
        # a French journalist asking to be granted an interview for a piece
        (event("Entrevue – portrait d'une reconversion (Le Quotidien)", attendees=(FRIEND, SELF),
               organizer=FRIEND.email, description="Merci d'accepter de m'accorder une entrevue "
               "pour notre reportage."), Outcome.NOT),
        # Zoom's bare copy of an event titled company | job | the person, nobody on it
        (event("Acme Software | Data Analyst | Casey Candidate", attendees=(), organizer="",
               description="Brynn Larsen is inviting you to a scheduled Zoom meeting."),
         Outcome.INTERVIEW),
        (event("Acme Software | Quarterly review | Casey Candidate", attendees=(), organizer=""),
         Outcome.NOT),
        # a search firm whose name holds "Loop", on free mail, about searches it cannot name
        (event("Intro call - Casey / Priya (West Loop Tax Search)", attendees=(FRIEND, SELF),
               organizer=FRIEND.email, description="I'm running a few tax searches, all "
               "confidential for now. Quick intro call?"), Outcome.MAYBE),
        # an employer's round that includes a mock call; an hourly job after a colon; the
        # employer named in the title with nobody from it organising
        (event("Acme CX - Operations Round - Support Associate",
               description="A voice-based round with a short mock call."), Outcome.INTERVIEW),
        (event("Interview: Overnight Stocker - Acme Market #0417"), Outcome.INTERVIEW),
        # a job whose subject is podcasts; a guest spot on someone's podcast
        (event("Casey Candidate - Assistant Producer (Podcasts) - First Interview"),
         Outcome.INTERVIEW),
        (event("The Sprint Log ep. 12 - guest interview: Casey Candidate"), Outcome.NOT),
        # the person's own candidate profile; a panellist who heads onboarding
        (event("Acme - Panel Interview - Program Analyst",
               description="Make sure your iCIMS candidate profile has your latest résumé."),
         Outcome.INTERVIEW),
        (event("Entretien – Analyste Conformité (H/F) – Banque Acme",
               description="Mme Jane Doe, Responsable KYC & Onboarding, sera présente."),
         Outcome.INTERVIEW),
        # a headhunter with no mandate yet; a founder with no formal opening
        (event("Unverbindliches Kennenlernen – Acme Executive Search",
               description="Ein konkretes Mandat für Sie gibt es derzeit noch nicht."),
         Outcome.MAYBE),
        (event("Exploratory chat – Casey / Karim",
               description="To be upfront: we don't have a formal opening right now."),
         Outcome.MAYBE),
        # a panel for a role named with its team; a coffee after a meetup, role not opened
        (event("Acme | Casey Candidate <> Data Science Panel",
               description="Here's the invite for your panel for the Senior Data Scientist, "
               "Credit Risk role."), Outcome.INTERVIEW),
        (event("Coffee ☕ Casey + Ines (Acme Labs)",
               description="So glad we met at the dbt meetup! We haven't opened the role yet."),
         Outcome.MAYBE),
        # Japanese, Chinese and Korean titles, written without spaces
        (event("一次面接（カスタマーサポート スーパーバイザー）Casey Candidate 様"),
         Outcome.INTERVIEW),
        (event("面试 - 数据分析师"), Outcome.INTERVIEW),
        (event("1차 면접 안내"), Outcome.INTERVIEW),
        # an agency's intro about its clients' roles, none named
        (event("Intro call: Casey <> Acme Talent Partners",
               description="I'm working on two analyst roles with our clients and would love to "
               "hear what you're after before I put anything forward."), Outcome.MAYBE),
        # a reporter's feature and a medical intake interview
        (event("Interview: Casey (career changers feature)",
               description="I'm reporting a feature for the Gazette."), Outcome.NOT),
        (event("Intake interview (telehealth)", description="New patient intake."), Outcome.NOT),
    ],
)  # fmt: skip
def test_more_words_for_interviews_and_for_what_is_not_one(
    e: CalendarEvent, expected: Outcome
) -> None:
    assert outcome(e) is expected, judge(e, ME, RULES).reason


@pytest.mark.parametrize(
    "e",
    [
        event("Board interview – Apt 3B purchase application"),
        event("Global Entry interview", attendees=(), organizer=""),
        event("Adoption interview – Biscuit (application #A-17)"),
        event(
            "Mortgage interview (fact find) - Casey Candidate",
            description="Please bring payslips and your offer letter if you're changing jobs.",
        ),
    ],
    ids=["co-op board", "global entry", "adoption", "mortgage"],
)
def test_interviews_for_a_home_a_pet_or_a_border_are_not_job_interviews(e: CalendarEvent) -> None:
    assert outcome(e) is Outcome.NOT, judge(e, ME, RULES).reason


@pytest.mark.parametrize(
    ("e", "expected"),
    [
        # Calendly in French names the event on its own label; the event name holds the job
        (event("Casey Candidate et Jane Doe",
               description="Nom d'événement: Entretien – Juriste en droit social – Acme\n"),
         Outcome.INTERVIEW),
        (event("Casey Candidate and Jane Doe",
               description="Event Name: Acme – Live Ops Producer: intro with the EP (45 min)\n"),
         Outcome.INTERVIEW),
        # Hebrew and Vietnamese words for an interview
        (event("ראיון סופי – Acme – Casey Candidate"), Outcome.INTERVIEW),
        (event("[Acme] Phỏng vấn vị trí Trưởng nhóm Marketing – Casey Candidate"),
         Outcome.INTERVIEW),
        # a trade magazine's feature; a job title is no person's name; a Chilean chat
        (event("Plinth interview – Casey Candidate (Next Generation feature)",
               description="Thanks for agreeing to chat for our 'Next Generation' feature in "
               "the January issue. Nothing gets published without you seeing your quotes."),
         Outcome.NOT),
        (event("Interview: Commissioning Editor, Non-Fiction at Acme Books",
               attendees=(Attendee("no-reply@ashbyhq.com", "Hiring Team"), SELF),
               organizer="no-reply@ashbyhq.com"), Outcome.INTERVIEW),
        (event("Conversación Acme – Casey",
               description="Todavía no abrimos el cargo; te propongo una conversación informal."),
         Outcome.MAYBE),
        # a Chinese first round; a job for any gender after "Interview:" is no person
        (event("穹衍科技 | 大模型推理优化工程师 一面 - Casey"), Outcome.INTERVIEW),
        (event("Interview: Planificateur Transport (H/F) at Acme Logistique",
               attendees=(Attendee("noreply@recruitee.com", "Acme Logistique"), SELF),
               organizer="noreply@recruitee.com"), Outcome.INTERVIEW),
        # a headhunter's phone call in Chinese, a Korean coffee chat with no opening: asked
        (event("锐衡咨询 x Casey 电话沟通", description="客户名称暂时不方便透露。"), Outcome.MAYBE),
        (event("커피챗 - Casey님 x Acme", description="아직 정식으로 열린 포지션은 없고"),
         Outcome.MAYBE),
        # a housing association's panel with a tenant on its board; a Teams footer is no
        # reference; an agency's clients it cannot name yet
        (event("Acme Homes – Final panel – HRBP – Casey Candidate",
               description="We're delighted to invite you to the final stage for the HRBP post. "
               "Your panel: Dr Ann Lee and Mr Desmond Hale, a tenant member of our Board.",
               organizer="recruitment@acme.com"),
         Outcome.INTERVIEW),
        (event("Intro call – Casey / Hamish (Acme Recruitment)",
               description="I'm working on a couple of finance roles with clients I can't name "
               "yet.\nNeed help? | System reference\nFor organizers: Meeting options"),
         Outcome.MAYBE),
        # a technical stage with a practical test, in Portuguese
        (event("Etapa técnica + teste prático | Acme"), Outcome.INTERVIEW),
        # Indonesian, Malay and Swahili words for an interview
        (event("Wawancara - Senior Editor - Casey Candidate"), Outcome.INTERVIEW),
        (event("Temu duga: Eksekutif Pemasaran"), Outcome.INTERVIEW),
        (event("Usaili: Afisa wa Maabara"), Outcome.INTERVIEW),
        # Arabic, Greek, Romanian and Hungarian words for an interview
        (event("مقابلة عمل – محاسب – Acme"), Outcome.INTERVIEW),
        (event("Συνέντευξη: Λογιστής – Acme"), Outcome.INTERVIEW),
        (event("Interviu – Contabil – Acme SRL"), Outcome.INTERVIEW),
        (event("Állásinterjú: könyvelő (Acme Kft.)"), Outcome.INTERVIEW),
        # a job as advertised, with its gender marker, is nobody's name
        (event("Interview: Contrôleur Financier (H/F) chez Acme"), Outcome.INTERVIEW),
        # coffee in Romanian, a chat in Arabic, with nothing open yet: asked
        (event("Cafea - Casey / Jane (Acme)",
               description="Încă nu avem un post deschis."), Outcome.MAYBE),
        (event("دردشة – Casey / Jane (Acme)",
               description="ما عندناش وظيفة مفتوحة حالياً."), Outcome.MAYBE),
        # coffee in Danish, a kōrero in New Zealand, with nothing open yet: asked
        (event("Kaffe - Casey / Jane (Acme Hotel)",
               description="Vi har ikke noget opslag ude endnu."), Outcome.MAYBE),
        (event("Informal kōrero - Casey / Jane",
               description="We don't have a formal vacancy at the moment."), Outcome.MAYBE),
    ],
)  # fmt: skip
def test_labels_and_words_for_interviews_in_more_languages(
    e: CalendarEvent, expected: Outcome
) -> None:
    assert outcome(e) is expected, judge(e, ME, RULES).reason


@pytest.mark.parametrize(
    ("e", "expected"),
    [
        (event("Interview: Casey Candidate (warehouse data story)",
               description="Thanks for agreeing to talk for my piece; I'm happy to read back "
               "any quotes before we publish."), Outcome.NOT),
        # an intro chat when nothing is open yet: asked, never drafted for
        (event("Casey / Jane – intro chat",
               description="Nothing is posted right now, but we're planning 2027 hiring."),
         Outcome.MAYBE),
        (event("Bate-papo Casey <> Jane (Acme)",
               description="Ainda não abrimos vaga, mas devemos abrir no primeiro trimestre."),
         Outcome.MAYBE),
    ],
)  # fmt: skip
def test_a_reporters_piece_and_chats_before_any_opening(
    e: CalendarEvent, expected: Outcome
) -> None:
    assert outcome(e) is expected, judge(e, ME, RULES).reason


@pytest.mark.parametrize(
    "title",
    [
        "Brightwater – rozmowa techniczna – Backend",  # Polish: a technical interview
        "Brightwater // Casey // tech deep dive",  # a round named for what it goes into
        # a call named after a job, not after whom it is with
        "Corporate Tax Senior – initial call (30 min) between Jane Doe and Casey Candidate",
    ],
)
def test_rounds_named_in_more_ways_are_interviews(title: str) -> None:
    assert judge(event(title), ME, RULES).outcome is Outcome.INTERVIEW


def test_a_dutch_final_round_and_a_danish_thanks_for_applying() -> None:
    assert (
        judge(event("Eindgesprek Casey Candidate – Acme"), ME, RULES).outcome is Outcome.INTERVIEW
    )
    title = "Acme – Customer Success Lead: Casey / Jane"
    verdict = judge(event(title, description="Tak for din ansøgning – and thanks for saying yes "
                          "to a chat!"), ME, RULES)  # fmt: skip
    assert verdict.outcome is Outcome.INTERVIEW


def test_a_credit_scorecard_and_a_panel_named_after_you() -> None:
    description = "The panel may ask you to talk through a scorecard or PD model you have built."
    verdict = judge(event("Interview: Credit Risk Analyst", description=description), ME, RULES)
    assert verdict.outcome is Outcome.INTERVIEW
    panel = judge(event("Acme | Panel discussion – Casey Candidate"), ME, RULES)
    assert panel.outcome is Outcome.INTERVIEW
    chat = "Product chat – Merchant Acquiring PM between Jane Doe and Casey Candidate"
    assert judge(event(chat), ME, RULES).outcome is Outcome.INTERVIEW


def test_a_sales_role_play_is_part_of_the_interview_not_research() -> None:
    description = (
        "Nadia and I will run the role play. You're selling to a grocery chain's VP of Ops; "
        "the one-pager has the setup. Treat it like a real first discovery call.\n\n"
        "Then an exec conversation about your territory plan."
    )
    title = "Acme <> Casey – Ent AE final (role play + exec convo)"
    assert judge(event(title, description=description), ME, RULES).outcome is Outcome.INTERVIEW
    research = "We're running customer discovery calls for our new product."
    verdict = judge(event("Discovery call – Acme", description=research), ME, RULES)
    assert verdict.outcome is not Outcome.INTERVIEW


@pytest.mark.parametrize(
    "event_name",
    [
        "Security Engineering Lead – 30 min with Piran",
        "Senior EE – intro with Sunshine Mesa Robotics",  # a seniority before a job's initials
    ],
)
def test_a_calendly_booking_named_after_a_job_is_an_interview(event_name: str) -> None:
    description = (
        f"Event Name: {event_name}\n\nLocation: This is a Google Meet web conference.\n\n"
        "Powered by Calendly.com"
    )
    booked = event("Casey Candidate and Jane Doe", description=description)
    assert judge(booked, ME, RULES).outcome is Outcome.INTERVIEW


def test_a_job_title_with_a_hyphenated_word_names_no_other_candidate() -> None:
    tool = Attendee("noreply@smartrecruiters.com", "Wissinoming Clinical Partners")
    e = event(
        "Interview: Regulatory Start-Up Specialist at Wissinoming Clinical Partners",
        attendees=(tool, SELF),
        organizer="noreply@smartrecruiters.com",
    )
    assert judge(e, ME, RULES).outcome is Outcome.INTERVIEW


def test_a_headhunters_call_about_unnamed_mandates_is_a_question() -> None:
    ailsa = Attendee("ailsa.brankin.search@gmail.com", "Ailsa Brankin")
    e = event(
        "Call - Casey / Ailsa (Brankin Finance Search)",
        attendees=(ailsa, SELF),
        organizer="ailsa.brankin.search@gmail.com",
        description="I'm working on a couple of confidential finance and operations mandates in "
        "Edinburgh, and the clients are keeping things under wraps, so I can't name them yet.",
    )
    assert judge(e, ME, RULES).outcome is Outcome.MAYBE


def test_a_german_practice_evening_where_the_person_interviews_students() -> None:
    evening = event(
        "Bewerbungstraining: Probe-Vorstellungsgespräche mit Alumni",
        description="Ihr führt als Interviewer:innen jeweils drei Probe-Vorstellungsgespräche.",
    )
    assert judge(evening, ME, RULES).outcome is Outcome.NOT


def test_an_agencys_client_meeting_named_after_the_person_and_a_controller_job() -> None:
    client = event(
        "Feinwerk Sendling x Casey Candidate (Controller)",
        attendees=(Attendee("a.voss@feinwerk-sendling.example", "Anna Voss"), SELF),
        organizer="dennis.recruits@gmail.com",
        description="Persönliches Kennenlernen bei Feinwerk Sendling für die Stelle Controller "
        "(m/w/d). Ich bin selbst nicht dabei.",
    )
    assert judge(client, ME, RULES).outcome is Outcome.INTERVIEW


def test_portuguese_recordings_research_and_later_stages() -> None:
    podcast = event("Gravação Planilha Aberta #112 – entrevista com Casey Candidate")
    research = event("Entrevista com usuários – Banco Acme (investimentos) – sessão 7")
    stage = event("Acme Agro – 2ª etapa – Ger. FP&A (Casey)")
    assert judge(podcast, ME, RULES).outcome is Outcome.NOT
    assert judge(research, ME, RULES).outcome is Outcome.NOT
    assert judge(stage, ME, RULES).outcome is Outcome.INTERVIEW


def test_a_demo_round_named_in_its_description_and_a_recruiters_briefs() -> None:
    demo = event("GGA | SC Demo | Casey", description="Casey – here's the demo round.")
    assert judge(demo, ME, RULES).outcome is Outcome.INTERVIEW
    briefs = event(
        "Casey / Imogen - catch-up call (Harlow Bell)",
        attendees=(Attendee("imogen.search@gmail.com", "Imogen"), SELF),
        organizer="imogen.search@gmail.com",
        description="I've got a few senior comms and fundraising briefs landing in January.",
    )
    assert judge(briefs, ME, RULES).outcome is Outcome.MAYBE


@pytest.mark.parametrize(
    "title",
    ["Simulazioni di colloquio - studenti del terzo anno", "Proefsollicitaties met studenten",
     "Simulações de entrevista com alunos", "Entrevistas simuladas - alumni"],
)  # fmt: skip
def test_mock_interviews_abroad_are_practice(title: str) -> None:
    assert outcome(event(title)) is Outcome.NOT


def test_a_conversation_about_a_named_role_is_an_interview() -> None:
    # Dutch "gesprek" is any conversation; one about "de rol van" a job is an interview
    talk = event("Gesprek Inkoper Componenten - Casey Candidate",
                 description="Super dat je langskomt voor de rol van Inkoper Componenten bij "
                 "Acme. Je zit aan tafel met Jane Doe (Lead Buyer).")  # fmt: skip
    assert outcome(talk) is Outcome.INTERVIEW


def test_an_academic_campus_visit_with_a_search_committee_is_an_interview() -> None:
    day = (
        "On behalf of the search committee, welcome to campus.\n1:00-1:30  Teaching "
        "demonstration\n1:30-2:45  Search committee interview: Prof. Jane Doe and me as chair"
    )
    visit = event("On-campus visit: C. Candidate - CTL director search", description=day)
    assert outcome(visit) is Outcome.INTERVIEW


def test_a_coffee_before_any_opening_and_a_headhunters_processes_are_questions() -> None:
    coffee = event("Koffie Casey x Jane (Acme)", description="Leuk om bij te praten! We hebben "
                   "nu geen vacature open, maar volgend jaar zoeken we iemand.")  # fmt: skip
    assert outcome(coffee) is Outcome.MAYBE
    sergio = Attendee("sergio.search@gmail.com", "Sergio Navas")
    call = event("Llamada de presentación Casey / Sergio (Retiro Search)",
                 attendees=(sergio, SELF), organizer="sergio.search@gmail.com",
                 description="Llevo varios procesos confidenciales de HRBP en Madrid; me "
                 "gustaría conocerte.")  # fmt: skip
    assert outcome(call) is Outcome.MAYBE


def test_a_right_to_work_check_is_after_the_offer() -> None:
    check = event("Right to work check & uniform sizing - Casey Candidate",
                  description="Service: Right to work check (new starters)")  # fmt: skip
    assert outcome(check) is Outcome.NOT


def test_a_store_walk_is_a_later_round_to_ask_about() -> None:
    assert outcome(event("Acme Leith Walk - store walk w/ Jane - Casey")) is Outcome.MAYBE


def test_a_tagalog_coffee_with_a_company_is_a_question() -> None:
    assert outcome(event("Virtual kape - Casey / Jane")) is Outcome.MAYBE


def test_right_to_work_proof_asked_for_at_an_interview_is_no_check() -> None:
    final = event("Acme Homes - final stage - Casey Candidate",
                  description="Please bring proof of your right to work and photo ID.")  # fmt: skip
    assert outcome(final) is Outcome.INTERVIEW


def test_a_plant_walk_through_is_a_later_round_to_ask_about() -> None:
    assert outcome(event("Walk-through at Acme Foods - Casey")) is Outcome.MAYBE


def test_a_drug_test_before_site_access_is_after_the_offer() -> None:
    assert outcome(event("Pre-Access Drug & Alcohol Test - Casey Candidate")) is Outcome.NOT
    screen = event("Acme - Plant Supervisor interview",
                   description="Offers pend a background check and drug screen.")  # fmt: skip
    assert outcome(screen) is Outcome.INTERVIEW


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # stages of a Brazilian or French selection process, with a company on the other side
        ("Acme | Apresentação do case - Casey", Outcome.INTERVIEW),
        ("Dinâmica de grupo - Executivo(a) de Contas - Acme", Outcome.INTERVIEW),
        ("Conversa com o gestor - Acme", Outcome.INTERVIEW),
        ("Acme – cas pratique – Casey", Outcome.INTERVIEW),
        # Korean: a culture-fit interview, and the user interviews, guest shoots and mock
        # interviews the same word names
        ("Acme 컬처핏 인터뷰 (Casey)", Outcome.INTERVIEW),
        ("[Acme Pay] 사용자 인터뷰 참여 안내", Outcome.NOT),
        ("게스트 인터뷰 촬영 - 이직 이야기", Outcome.NOT),
        ("모의 임원면접 코칭 (Casey)", Outcome.NOT),
        # Brazil's hiring paperwork after an offer
        ("Admissão - entrega de documentos e assinatura do contrato - Casey Candidate",
         Outcome.NOT),
    ],
)  # fmt: skip
def test_stages_and_look_alikes_in_portuguese_french_and_korean(
    title: str, expected: Outcome
) -> None:
    assert outcome(event(title)) is expected


def test_a_jobs_name_that_goes_on_past_a_bracket_names_no_candidate() -> None:
    # Oracle Recruiting's "Interview: <job> at <employer>": "Client Money" opens the job's
    # name, not a person's; a candidate's name with the post in brackets still is one.
    system = Attendee("no-reply@mansionrow.fa.em3.oraclecloud.com", "Mansion Row Wealth")
    sent = (system, SELF)
    title = "Interview: Client Money (CASS) Oversight Manager at Mansion Row Wealth"
    assert outcome(event(title, sent, organizer=system.email)) is Outcome.INTERVIEW
    other = event("Interview: Jordan Smith (Backend Engineer)", sent, organizer=system.email)
    assert outcome(other) is Outcome.MAYBE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Coffee – Casey & Noor", "Let's catch up! I'll tell you about the planner post my "
         "manager keeps bringing up – it might open in spring, but nothing is approved yet. "
         "Bring your CV just in case"),
        ("Coffee - Casey + Ines", "Also want to hear what you think about the data lead thing "
         "at our place - the founders can't decide if they want a senior hire yet."),
        ("Lunch with Tomas", "There's no job ad yet, just my boss talking about it."),
        ("café con Casey", "en el almacén quieren reforzar planificación, pero aún no hay "
         "oferta publicada ni nada aprobado. si te encaja le paso tu cv"),
        ("Lounas Villen kanssa", "meille saattaa aueta keväällä paikka, mutta budjettia ei ole "
         "vielä hyväksytty."),
        ("Kávé Zsófival", "tavasszal nyílhat egy hely a csapatomban, de a keret még nincs "
         "jóváhagyva."),
    ],
)  # fmt: skip
def test_a_friends_coffee_or_lunch_about_a_post_not_yet_open_is_asked_about(
    title: str, text: str
) -> None:
    ev = event(title, (FRIEND, SELF), organizer=FRIEND.email, description=text)
    verdict = judge(ev, ME, RULES)
    assert verdict.outcome is Outcome.MAYBE, verdict.reason


def test_a_friends_lunch_with_nothing_about_a_job_is_nothing() -> None:
    ev = event("Lunch with Tomas", (FRIEND, SELF), organizer=FRIEND.email,
               description="Ramen place near the station? My treat this time.")  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.NOT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Anchorage Tech Jobs Night – Winter", "20 employers are hiring. Chat with recruiters "
         "at the stands; some employers may arrange interviews with candidates afterwards."),
        ("Riverside Certificated Hiring Fair", "Principals will be conducting on-site "
         "interviews for qualified candidates."),
        ("Karrieretag am Hafen", "Für ausgewählte Stellen bieten wir vor Ort Kurzinterviews an."),
        ("Dzień Rekrutacji – Magazyn Centralny", "Z częścią kandydatów kierownicy mogą "
         "porozmawiać od razu na miejscu."),
    ],
)  # fmt: skip
def test_a_hiring_event_that_speaks_of_interviews_is_asked_about(title: str, text: str) -> None:
    organiser = Attendee("events@harbourjobs.example", "Harbour Jobs")
    ev = event(title, (organiser, SELF), organizer=organiser.email, description=text)
    verdict = judge(ev, ME, RULES)
    assert verdict.outcome is Outcome.MAYBE and "did you have one" in verdict.reason


def test_a_hiring_event_that_never_speaks_of_interviews_is_nothing() -> None:
    organiser = Attendee("events@harbourjobs.example", "Harbour Jobs")
    ev = event("Anchorage Tech Jobs Night – Winter", (organiser, SELF), organizer=organiser.email,
               description="Pizza, lightning talks and a chance to meet our teams.")  # fmt: skip
    assert judge(ev, ME, RULES).outcome is not Outcome.MAYBE
