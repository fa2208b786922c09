"""Who gets a thank-you, and what they are called (agent/core/people.py, names.py).

Inputs are modelled on what calendar servers and scheduling tools write:
Exchange/Outlook ATTENDEE lines (CUTYPE, ROLE, PARTSTAT, "Last, First" CNs),
Google Calendar attendee resources (`resource`, `optional`), and the panel
lists Greenhouse, GoodTime and recruiters put in descriptions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.backends.local.calendar import LocalCalendar
from agent.core.detect import detect
from agent.core.model import Attendee, CalendarEvent, DetectRules, Notes
from agent.core.names import display_name, greeting_of, split_name_list
from agent.core.people import (
    canonical_address,
    interviewers_of,
    is_group_address,
    is_tool_address,
    is_unaddressed,
    names_in_description,
)

ME = "casey@example.com"
RULES = DetectRules(
    my_name="Casey Candidate",
    my_addresses=frozenset({"casey.c@oldjob.example", "caseycandidate@gmail.com"}),
    work_domains=frozenset({"currentjob.example"}),
)
FIXTURES = Path(__file__).parent / "fixtures" / "ics"


def event(
    *attendees: Attendee, organizer: str = "", organizer_name: str = "", description: str = ""
) -> CalendarEvent:
    return CalendarEvent(
        uid="u-1",
        calendar_id="primary",
        title="Interview - Acme",
        start=datetime(2026, 11, 10, 14, tzinfo=UTC),
        end=datetime(2026, 11, 10, 15, tzinfo=UTC),
        description=description,
        attendees=attendees,
        organizer_email=organizer,
        organizer_name=organizer_name,
    )


def emails(ev: CalendarEvent) -> list[str]:
    return [p.email for p in interviewers_of(ev, ME, Notes(), RULES)]


JANE = Attendee("jane.doe@acme.example", "Jane Doe")

# --------------------------------------------------------------------------- who is left out

LEFT_OUT = [
    # (why, attendee)
    ("CUTYPE=ROOM", Attendee("r4@acme.example", "Room 4", kind="room")),
    ("CUTYPE=RESOURCE", Attendee("projector@acme.example", "Projector", kind="resource")),
    (
        "Google resource flag",
        Attendee("c_188@resource.calendar.google.com", "NYC-5-Hudson (8)", is_resource=True),
    ),
    ("room by name only", Attendee("nyc5hudson@acme.example", "NYC-5-Hudson (8)")),
    ("room by address", Attendee("conf-room-12@acme.example", "")),
    ("CUTYPE=GROUP", Attendee("eng@acme.example", "Engineering", kind="group")),
    ("shared mailbox", Attendee("careers@acme.example", "Acme Careers")),
    ("list address", Attendee("backend-team@acme.example", "")),
    ("Google group", Attendee("interviews@googlegroups.com", "")),
    ("team by name", Attendee("panel@acme.example", "Acme Hiring Panel")),
    ("the person", Attendee(ME, "Casey Candidate")),
    ("the person, plus-addressed", Attendee("casey+acme@example.com", "Casey")),
    ("the person, upper case", Attendee("Casey@Example.com", "")),
    ("the person at Gmail, dotted", Attendee("c.asey.candidate@gmail.com", "Casey")),
    ("room with capacity", Attendee("everest@acme.example", "Everest (6) [Zoom Room]")),
    ("another address of the person", Attendee("casey.c@oldjob.example", "Casey C")),
    ("a colleague at the person's work", Attendee("boss@currentjob.example", "Boss")),
    ("no-reply sender", Attendee("no-reply@acme.example", "Acme")),
    ("Greenhouse", Attendee("scheduling@greenhouse.io", "Greenhouse")),
    ("Calendly", Attendee("notifications@calendly.com", "Calendly")),
    ("GoodTime", Attendee("jane@goodtime.io", "GoodTime Scheduler")),
    ("declined", Attendee("raj@acme.example", "Raj Patel", response="declined")),
    ("ROLE=NON-PARTICIPANT", Attendee("sam@acme.example", "Sam Lee", role="non-participant")),
    ("coordinator by title", Attendee("pri@acme.example", "Priya Nair (Recruiting Coordinator)")),
]


@pytest.mark.parametrize("why,attendee", LEFT_OUT, ids=[w for w, _ in LEFT_OUT])
def test_only_people_who_interviewed_get_a_thank_you(why: str, attendee: Attendee) -> None:
    assert emails(event(JANE, attendee)) == [JANE.email], why


def test_an_optional_attendee_is_an_interviewer() -> None:
    # Shadowing and second interviewers are invited as OPT-PARTICIPANT (Google: optional).
    shadow = Attendee("kim@acme.example", "Kim Park", role="opt-participant")
    assert emails(event(JANE, shadow)) == [JANE.email, shadow.email]


def test_plus_addressing_is_the_same_address() -> None:
    assert canonical_address("Casey+Jobs@Example.com") == "casey@example.com"
    assert canonical_address("casey@example.com") == "casey@example.com"


@pytest.mark.parametrize(
    "address,group,tool",
    [
        ("careers@acme.example", True, False),
        ("eng-all@acme.example", True, False),
        ("jane@acme.example", False, False),
        ("team.lead@acme.example", False, False),  # a person whose title is in the address
        ("rmartin2@acme.example", False, False),
        ("noreply@acme.example", False, True),
        ("donotreply+x@acme.example", False, True),
        ("calendar-notification@google.com", False, True),
        ("jane@hire.lever.co", False, True),
        ("jane@acme.myworkday.com", False, True),
        ("interview-scheduling@acme.example", False, True),
        ("jane.doe@zoom.us", False, False),  # people who work at a meeting tool
        ("jane.doe@workday.com", False, False),
        ("BirchfieldNursingInterviews@birchfield.example", True, False),  # a booking mailbox
        ("acmecareers@acme.example", True, False),
        # careers and HR mailboxes abroad: "karriere@", "rrhh@", "recrutement@", "werkenbij@"
        ("karriere@maschinen.example", True, False),
        ("rrhh@grupo.example", True, False),
        ("recrutement@maison.example", True, False),
        ("werkenbij@bedrijf.example", True, False),
        ("resourcing@agency.gov.example", True, False),
        # "do not reply" abroad (Gupy's naoresponda@), and a hiring system's own domain
        ("naoresponda@acme.example", False, True),
        ("ne-pas-repondre@acme.example", False, True),
        ("notify@acme.harri.com", False, True),
    ],
)
def test_group_and_tool_addresses(address: str, group: bool, tool: bool) -> None:
    assert (is_group_address(address), is_tool_address(address)) == (group, tool)


def test_the_organiser_alone_is_the_interviewer() -> None:
    ev = event(Attendee(ME, "Casey"), organizer="jane@acme.example", organizer_name="Jane Doe")
    (jane,) = interviewers_of(ev, ME, Notes(), RULES)
    assert (jane.email, jane.name, jane.greeting) == ("jane@acme.example", "Jane Doe", "Jane")


def test_an_organiser_outlook_leaves_off_the_attendees_is_an_interviewer() -> None:
    # Outlook writes the organiser as ORGANIZER only, never as an ATTENDEE.
    ev = event(JANE, organizer="sam.lee@acme.example", organizer_name="Sam Lee")
    assert emails(ev) == [JANE.email, "sam.lee@acme.example"]


@pytest.mark.parametrize(
    "description",
    [
        "Sam Lee is your recruiting coordinator for the day.",
        "Your coordinator is Sam Lee.",
        "Coordinator: Sam Lee",
        "Scheduled by: Sam Lee",
    ],
)
def test_an_organiser_who_coordinates_is_not_an_interviewer(description: str) -> None:
    ev = event(
        JANE, organizer="sam.lee@acme.example", organizer_name="Sam Lee", description=description
    )
    assert emails(ev) == [JANE.email]


SAM = Attendee("sam.lee@acme.example", "Sam Lee")
RAJ_OPT = Attendee("raj.patel@acme.example", "Raj Patel", role="opt-participant")


def met(description: str, invited: tuple[Attendee, ...]) -> list[str]:
    """Who is thanked at an invite Sam Lee organises (an Outlook organiser, not listed)."""
    ev = event(*invited, Attendee(ME, "Casey"), organizer=SAM.email, organizer_name="Sam Lee",
               description=description)  # fmt: skip
    return sorted(emails(ev))


NOT_ATTENDING = [
    # Dutch: someone named, on the invite as optional, who takes no part
    ("Deze keer schuiven Jane Doe en ik aan. Sam staat er optioneel in voor de techniek; zij "
     "neemt geen deel aan het gesprek.", "", (JANE, SAM), [JANE.email]),
    # the writer opens the call and leaves; HR takes no part
    ("Your committee is Jane Doe (chair). I will open the meeting, check the audio and then "
     "leave; HR does not participate in the interview.", SAM.email, (JANE, SAM), [JANE.email]),
    ("A Sam fica como opcional só para a logística e não participa na conversa.", "",
     (JANE, SAM), [JANE.email]),
    # someone else named before an aside, the verb in the third person
    ("Estaremos eu e a Jane Doe. A Rita, do RH, não participa desta etapa.", SAM.email,
     (JANE, Attendee("rita.b@acme.example", "Rita Brito"), SAM), [JANE.email, SAM.email]),
    # Nordic asides: one who only listens, one who introduces and leaves, one who takes no
    # part ("hän ei osallistu")
    ("Vi som intervjuar är jag och Jane Doe. Sam från HR är med som valfri deltagare men "
     "lyssnar bara.", "", (JANE, SAM), [JANE.email]),
    ("Jane Doe intervjuar dig. Jag är med de första fem minuterna för att presentera er för "
     "varandra och lämnar sedan.", SAM.email, (JANE, SAM), [JANE.email]),
    ("Haastattelijana Jane Doe. Sam Lee HR:stä on merkitty valinnaiseksi; hän ei osallistu "
     "haastatteluun.", "", (JANE, SAM), [JANE.email]),
    # Tagalog: the agency recruiter will not come along
    ("You'll be meeting Mr. Jane Doe (Manager). Hindi na ako sasama sa call, but text me "
     "after!", SAM.email, (JANE, SAM), [JANE.email]),
    # leaving time for questions is no leaving
    ("Jane Doe and I will be interviewing. We'll talk about your work, then leave time for "
     "your questions.", SAM.email, (JANE, SAM), [JANE.email, SAM.email]),
    # (description, organiser, attendees, interviewers): the writer says they will not be there
    ("Jane Doe will interview you. I won't be joining the call.", SAM.email, (JANE,), [JANE.email]),
    ("I will not be on the interview myself - good luck!", SAM.email, (JANE, SAM), [JANE.email]),
    ("I'm on the invite to coordinate only.\n\nSam Lee, Talent Partner", "", (JANE, SAM),
     [JANE.email]),
    ("You'll be meeting with Jane Doe.\nI'm not attending.\n\nCheers,\nSam Lee | Consultant",
     "recruiting@acme.example", (JANE, SAM), [JANE.email]),
    # nobody says so: everyone invited stays
    ("You'll be meeting with Jane Doe.", SAM.email, (JANE, SAM), [JANE.email, SAM.email]),
    # the organiser is the interviewer; it is someone else who stays away
    ("Interviewers: Sam Lee\nI won't be joining - Pat", SAM.email, (SAM,), [SAM.email]),
    # the writer, with someone else named later in the clause
    ("I've booked this for Jane's calendar and won't be in the interview.\nSam Lee",
     SAM.email, (JANE, SAM), [JANE.email]),
    # a third person, by full name or first name, or as "she" after being named
    ("Jane Doe and I will talk with you. Sam Lee from People Ops is cc'd for visibility only.",
     JANE.email, (SAM,), [JANE.email]),
    ("Sam is optional here to keep track of timing; he won't attend.", JANE.email, (SAM,),
     [JANE.email]),
    # the candidate is the subject: nobody is left out
    ("If you can't make it, reply to this invite.\nSam Lee", SAM.email, (JANE,),
     [JANE.email, SAM.email]),
    # other languages the writer uses
    ("Vas a hablar con Jane Doe. Yo no estaré en la entrevista.\nSam Lee", SAM.email, (JANE,),
     [JANE.email]),
    ("Não vou participar, só para acompanhar a agenda.\nSam Lee", "", (JANE, SAM), [JANE.email]),
    ("Je ne serai pas présent à l'entretien.\nSam Lee", SAM.email, (JANE,), [JANE.email]),
    ("Ich nehme am Gespräch nicht teil.\nSam Lee", SAM.email, (JANE,), [JANE.email]),
    ("Ik ben er zelf niet bij.\nSam Lee", SAM.email, (JANE,), [JANE.email]),
    ("Jeg deltar ikke selv.\nSam Lee", SAM.email, (JANE,), [JANE.email]),
    # "won't be there", "won't be interviewing"
    ("I'll meet you at reception but won't be interviewing.\nSam Lee", SAM.email, (JANE, SAM),
     [JANE.email]),
    ("Jane Doe will run the session; I won't be there on the day.\nSam Lee", SAM.email, (JANE,),
     [JANE.email]),
    # a signature with a coordinator's title, when someone else is there to interview
    ("Looking forward to seeing you!\n\nSam Lee\nInterview Coordinator", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("Sam Lee | Recruiting Coordinator", SAM.email, (SAM,), [SAM.email]),  # nobody else: theirs
    # a recruiter's signature under a named panel without them; not when they join it
    ("You will meet with Jane Doe (Engineering Manager).\n\nSam Lee | Talent Acquisition "
     "Partner | Acme", SAM.email, (JANE,), [JANE.email]),
    ("You will meet with Jane Doe and me.\n\nSam Lee | Talent Acquisition Partner", SAM.email,
     (JANE,), [JANE.email, SAM.email]),
    ("Looking forward to our chat.\n\nSam Lee, Senior Recruiter", SAM.email, (SAM,),
     [SAM.email]),
    # on the invite for logistics; Italian, Dutch and Swedish writers who stay away
    ("I'll meet you downstairs; I'm on the invite for logistics only.\nSam", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("Io non sarò presente, ma la chiamerò dopo.\nSam Lee", SAM.email, (JANE,), [JANE.email]),
    ("Je spreekt met Jane Doe. Ik schuif zelf niet aan.\nSam Lee", SAM.email, (JANE, SAM),
     [JANE.email]),
    ("Jag deltar inte själv.\nSam Lee", SAM.email, (JANE, SAM), [JANE.email]),
    # the writer in Turkish and Czech, and one who only schedules
    ("Görüşmeye Jane Doe katılacaktır. Ben katılmayacağım.", SAM.email, (JANE, SAM),
     [JANE.email]),
    ("Pohovoru se zúčastní Jane Doe. Já se pohovoru neúčastním.", SAM.email, (JANE, SAM),
     [JANE.email]),
    ("You'll meet Jane Doe, our Head of Sales. I'm only scheduling this one.", SAM.email,
     (JANE, SAM), [JANE.email]),
    # "he" is someone the clause names who is not on the invite, not the last attendee
    ("Panel mein main (Sam) aur Jane Doe rahenge. Anirudh is travelling so he won't be there.",
     SAM.email, (JANE, SAM), [JANE.email, SAM.email]),
    ("Interviewers:\n- Jane Doe\nI will let you in from the waiting room, but I will not stay "
     "for the interview itself.", SAM.email, (JANE, SAM), [JANE.email]),
    # Finnish: the panel with titles in lower case before the names, and "Itse en osallistu"
    ("Haastattelijoina ovat myyntipäällikkö Jane Doe ja tuotepäällikkö Sam Lee.", SAM.email,
     (JANE, SAM), [JANE.email, SAM.email]),
    ("Haastattelijana toimii osastopäällikkö Jane Doe. Itse en osallistu haastatteluun.",
     SAM.email, (JANE,), [JANE.email]),
    ("Du møder Jane Doe. Jeg deltager ikke selv.\nSam", SAM.email, (JANE, SAM), [JANE.email]),
    # Polish, Hinglish, Spanish, Vietnamese; "sitting in", leaving "the two of them to it"
    ("Rozmowę poprowadzi Jane Doe. W samej rozmowie nie biorę udziału.\nSam Lee", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("Panel mein Jane Doe honge. I will only be coordinating, main join nahi karungi.",
     SAM.email, (JANE, SAM), [JANE.email]),
    ("Te van a entrevistar Jane Doe y otra persona. Yo no voy a estar en la llamada.",
     SAM.email, (JANE, SAM), [JANE.email]),
    ("Người phỏng vấn: chị Jane Doe. Mình sẽ không tham gia buổi phỏng vấn.", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("I'm on the invite in case of issues, but I won't be sitting in.\nSam Lee", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("I'll say hello at the start and then leave the two of them to it.\nSam", SAM.email,
     (JANE, SAM), [JANE.email]),
    # "La entrevista la hará ...", "no participo"; a sentence that opens with another
    # attendee's name is no signature
    ("La entrevista la hará Jane Doe. Yo abriré la reunión y después os dejo solos; no "
     "participo.\n\nRaj Patel, invitado como opcional por si quiere conectarse al final, "
     "no entrevista.\n\nSam Lee\nTécnico de Selección", SAM.email,
     (JANE, SAM, Attendee("raj.patel@acme.example", "Raj Patel", role="opt-participant")),
     [JANE.email]),
    # "It'll be me and ...", someone whose address is their first name
    ("It'll be me and Ana Ruiz, our Lodge Manager.", SAM.email,
     (Attendee("ana@acme.example"),), ["ana@acme.example", SAM.email]),
    # Indonesian, Malay, Afrikaans and Swahili writers who stay away
    ("Anda akan diwawancarai oleh Bapak Jane Doe. Saya tidak ikut dalam wawancara.",
     SAM.email, (JANE, SAM), [JANE.email]),
    ("Panel temu duga:\n1. Puan Jane Doe - Pengurus\n\nSaya tidak akan hadir.", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("Jy sal met Jane Doe gesels. Ek sal nie by die onderhoud wees nie.", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("Usaili utafanywa na Jane Doe. Mimi sitahudhuria.", SAM.email, (JANE, SAM), [JANE.email]),
    # "she" is the one named last before it, not the writer who is the clause's first
    ("I've copied Sam so he has the details - he won't be there.\nJane Doe", JANE.email,
     (JANE, SAM), [JANE.email]),
    # leaving after the introductions; "isn't interviewing you"
    ("I'll open the meeting, then I'll drop off so you can talk with Jane.\nSam Lee",
     SAM.email, (JANE, SAM), [JANE.email]),
    ("I'll introduce everyone, then hand over to Jane Doe.\nSam Lee", SAM.email, (JANE, SAM),
     [JANE.email]),
    ("Raj is on the invite so he has the details, but he isn't interviewing you.", SAM.email,
     (JANE, Attendee("raj.patel@acme.example", "Raj Patel")), [JANE.email, SAM.email]),
    # "Interviewing with you:" is a list; German itinerary with "und mir", a team copied
    ("Interviewing with you:\nJane Doe, RN - Nurse Manager\n\nI'll make introductions, "
     "then I'll drop off.\nSam Lee", SAM.email, (JANE, SAM), [JANE.email]),
    ("Ablauf:\n09:30  Begrüssung, Gespräch mit Jane Doe (CSO) und mir\n10:30  Ihre "
     "Fachpräsentation\n11:15  Rundgang\n\nHR Recruiting ist nur zur Information eingeladen.",
     SAM.email, (JANE,), [JANE.email, SAM.email]),
    # the writer on a panel past a "Dr."; a Polish list's last item "ja, jako ..."
    ("The panel will be Dr. Jane Doe (Medical Director) and myself.", SAM.email, (JANE,),
     [JANE.email, SAM.email]),
    ("W spotkaniu wezmą udział:\n– Jane Doe, Dyrektor\n– ja, jako osoba prowadząca proces",
     SAM.email, (JANE,), [JANE.email, SAM.email]),
    # "Frau Lee ... sie ist nicht dabei" is about Ms Lee, not the "Dr. Doe" named before;
    # an HR writer who names who you meet is not on the panel
    ("Sie lernen diesmal Jane Doe kennen, Dr. Patel ist wieder dabei. Frau Lee steht nur im "
     "Verteiler – sie ist beim Gespräch nicht dabei.\n\nVanessa Kirchmair\nPersonalreferentin",
     "vk@acme.example", (JANE, Attendee("raj.patel@acme.example", "Dr. Raj Patel"), SAM),
     [JANE.email, "raj.patel@acme.example"]),
    # Spanish "también va a estar", "no entra a la entrevista"; Indonesian "beliau"
    ("Vas a conversar con Jane Doe, y también va a estar Ana Ruiz, jefa de redacción. Yo no "
     "voy a estar en la llamada.", SAM.email, (JANE, SAM),
     [JANE.email, "ana.ruiz@address-unknown.invalid"]),
    ("Vamos a ser tú y yo. Sam te recibe en la portería, pero no entra a la entrevista.",
     JANE.email, (JANE, SAM), [JANE.email]),
    ("Ngobrolnya langsung sama saya ya. Mbak Sam dari HR saya masukkan ke undangan, beliau "
     "tidak ikut wawancara.\nJane Doe", JANE.email, (JANE, SAM), [JANE.email]),
    # Chinese and Thai writers who stay away; "Agus" is Agustina, who "no se suma"
    ("面试官：邝志远。面试过程我不参加。\n周思琪", SAM.email, (JANE, SAM), [JANE.email]),
    ("ดิฉันจะเข้าไปเปิดห้องและแนะนำตัวให้ก่อน จากนั้นจะออกจากห้องประชุมค่ะ", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("La charla la hago yo. Caro (de Talent) quedó como opcional, pero no se suma a la llamada.",
     SAM.email, (SAM, Attendee("carolina.r@acme.example", "Carolina Ruiz")), [SAM.email]),
    # Spanish "solo entrará al principio ... y luego se desconectará"; Polish "wezmę udział
    # również ja" (the writer joins); French "ainsi que"
    ("La entrevista la haré yo. Sam solo entrará al principio y luego se desconectará.",
     JANE.email, (JANE, SAM), [JANE.email]),
    ("Rozmowę poprowadzi Jane Doe. W rozmowie wezmę udział również ja.\n\nSam Lee\nSenior "
     "Recruiter", SAM.email, (JANE,), [JANE.email, SAM.email]),
    ("Vous rencontrerez M. Raj Patel, Directeur, ainsi que Mme Jane Doe.", SAM.email, (JANE,),
     [JANE.email, SAM.email, "raj.patel@address-unknown.invalid"]),
    # a mailbox or a list said to stay away is not the writer nor the last person named
    ("I'll chair, with Jane Doe. The panel distribution list is on the invite for visibility "
     "only.\nSam", SAM.email, (JANE,), [JANE.email, SAM.email]),
    ("Jane Doe takes the second half. The team mailbox is copied; they won't be on the call.",
     SAM.email, (JANE,), [JANE.email, SAM.email]),
    # the writer on an itinerary slot: "(me)"; "the undersigned" on a panel
    ("Schedule:\n1:00 - 1:45  Hiring manager conversation (me)\n1:45 - 2:30  Design - Jane "
     "Doe, Staff Engineer", SAM.email, (JANE,), [JANE.email, SAM.email]),
    ("Interview panel: Mr. Jane Doe – Area Manager, and the undersigned", SAM.email, (),
     [SAM.email, "jane.doe@address-unknown.invalid"]),
    # Romanian, Hungarian, Greek and Arabic writers who stay away; "will be taken by"
    ("Interviul va fi condus de Jane Doe. Eu intru doar la început, apoi vă las să vorbiți.",
     SAM.email, (JANE, SAM), [JANE.email]),
    ("Veți discuta cu Jane Doe și cu Raj Patel. Eu nu voi participa.\nSam Lee", SAM.email,
     (JANE, SAM, RAJ_OPT), [JANE.email, "raj.patel@acme.example"]),
    ("Jane Doe kérdez majd. Én nem leszek jelen a beszélgetésen.\nSam Lee", SAM.email,
     (JANE, SAM), [JANE.email]),
    ("Θα σας δει η Jane Doe. Εγώ δεν θα συμμετάσχω.\nSam Lee", SAM.email, (JANE, SAM),
     [JANE.email]),
    ("ستكون المقابلة مع Jane Doe. أنا لن أحضر المقابلة.\nSam Lee", SAM.email, (JANE, SAM),
     [JANE.email]),
    ("The round will be taken by Mr. Raj Patel, Zonal Head. I shall not be joining.",
     SAM.email, (), ["raj.patel@address-unknown.invalid"]),
    # a French organiser who only arranges ("je ne participe pas aux entrevues")
    ("Vous rencontrerez Jane Doe. Je m'occupe de la logistique : je ne participe pas aux "
     "entrevues.\nSam Lee", SAM.email, (JANE, SAM), [JANE.email]),
    # a Polish HR copy "tylko do wiadomości" who "nie dołączy do spotkania"
    ("Rozmowa odbędzie się ze mną oraz z Jane Doe. Raj Patel z HR jest w zaproszeniu tylko do "
     "wiadomości – nie dołączy do spotkania.\nSam Lee", SAM.email, (JANE, RAJ_OPT, SAM),
     [JANE.email, SAM.email]),
    # an HR observer who "will not ask questions"
    ("Panel: Jane Doe (chair). Raj Patel from HR will sit in as an observer to document the "
     "process; he will not ask questions.\nSam Lee", SAM.email, (JANE, RAJ_OPT, SAM),
     [JANE.email]),
    # on the invite to bring the person up from reception, not to interview
    ("Jane Doe and I will interview you. Raj is on the invite only to meet you at reception "
     "on the 18th floor.\nSam", SAM.email, (JANE, Attendee("raj.patel@acme.example", "Raj Patel")),
     [JANE.email, SAM.email]),
    # Webex's "Can't join the meeting?" is a question to the reader, not the writer's news
    ("This first stage is a competency-based interview with me and Jane Doe.\nSam Lee\n"
     "Talent Acquisition\n\nJoin Webex meeting\nCan't join the meeting? "
     "https://help.webex.com/docs/meetings", SAM.email, (JANE,), [JANE.email, SAM.email]),
    ("Interview with me and Jane Doe. Can't make it? Let me know.\nSam", SAM.email, (JANE,),
     [JANE.email, SAM.email]),
    # an agency recruiter on the invite who will not sit in ("não participo")
    ("Vão te entrevistar a Jane Doe. Eu não participo da entrevista - me liga depois!\nSam",
     SAM.email, (JANE,), [JANE.email]),
    # an optional attendee "won't be on the panel"
    ("A panel with Jane Doe and me. Raj is copied in case the link fails; he won't be on the "
     "panel.\nSam", SAM.email, (JANE, RAJ_OPT), [JANE.email, SAM.email]),
]  # fmt: skip


@pytest.mark.parametrize("description,organizer,invited,expected", NOT_ATTENDING)
def test_whoever_writes_that_they_will_not_attend_gets_no_thank_you(
    description: str, organizer: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    ev = event(*invited, Attendee(ME, "Casey"), organizer=organizer, description=description)
    assert emails(ev) == expected


@pytest.mark.parametrize(
    "address",
    ["accueil.visiteurs@acme.example", "atendimentorh@acme.example",
     "assistanat.associes@acme.example", "reception@acme.example", "agenda@inhire.app"],
)  # fmt: skip
def test_reception_desks_and_service_boxes_are_no_interviewers(address: str) -> None:
    ev = event(JANE, Attendee(address, ""), Attendee(ME, "Casey"), organizer=JANE.email)
    assert emails(ev) == [JANE.email]


def test_a_booking_mailbox_is_never_an_interviewer() -> None:
    """Microsoft Bookings organises from a shared mailbox; its page link names it."""
    desk = "advising@birchfield.example"
    page = f"Reschedule: https://outlook.office365.com/owa/calendar/{desk}/bookings/s/x1"
    ev = event(JANE, Attendee(ME), organizer=desk, organizer_name="Birchfield", description=page)
    assert emails(ev) == [JANE.email]
    named = event(JANE, Attendee(ME), organizer="x@acme.example", organizer_name="Acme Interviews")
    assert emails(named) == [JANE.email]


def test_a_tool_organiser_is_never_an_interviewer() -> None:
    assert emails(event(Attendee(ME), organizer="no-reply@greenhouse.io")) == []


def test_exchange_invite_through_the_local_backend() -> None:
    """An Outlook panel invite read from a real .ics file: room, list, coordinator, declines."""
    calendar = LocalCalendar(FIXTURES / "exchange_panel.ics", me="casey@home.example")
    events = calendar.changes(None, datetime(2026, 3, 15, 12, tzinfo=UTC)).events
    rules = DetectRules(include=("onsite",), my_name="Casey Candidate")
    (found,), _ = detect(events, me="casey@home.example", tz=ZoneInfo("UTC"), rules=rules)
    people = [(p.email, p.name, p.greeting) for p in found.interviewers]
    assert people == [
        ("ngozi.okafor@acmerobotics.com", "Ngozi Okafor", "Ngozi"),
        ("truiz@acmerobotics.com", "Tomás Ruiz", "Tomás"),
    ]
    assert (found.company, found.role) == ("Acme Robotics", "Controls Engineer II")
    assert found.notes == Notes()  # the Teams block is not the person's notes


# --------------------------------------------------------------------------- named in descriptions

DESCRIPTIONS = [
    # Greenhouse-style itinerary: a header, then one per line with a time slot.
    (
        "Interviewers:\n10:00 AM - 10:45 AM  Jane Doe, Engineering Manager\n"
        "10:45 AM - 11:30 AM  Raj Patel (Staff Engineer)\n\nPosition: Backend Engineer",
        ["Jane Doe", "Raj Patel"],
        [],
    ),
    ("Interviewers: Jane Doe, Engineering Manager", ["Jane Doe"], []),
    ("Interviewer(s): Jane Doe & Raj Patel", ["Jane Doe", "Raj Patel"], []),
    ("Panel: Jane Doe; Raj Patel; Wei Zhang", ["Jane Doe", "Raj Patel", "Wei Zhang"], []),
    (
        "Hi Casey, you'll be meeting with Jane Doe, Engineering Manager, and Raj Patel "
        "from our platform team.",
        ["Jane Doe", "Raj Patel"],
        [],
    ),
    ("You will be speaking with Dr. Émilie Dubois (she/her).", ["Dr. Émilie Dubois"], []),
    (
        "Your interviewers:\n- Jane Doe - Hiring Manager\n- Priya Nair - Recruiting Coordinator",
        ["Jane Doe"],
        ["Priya Nair"],
    ),
    ("Coordinator: Priya Nair\nInterviewer: Jane Doe", ["Jane Doe"], ["Priya Nair"]),
    ("We look forward to speaking with you.", [], []),
    (
        "You'll be meeting with the following people:\n- Jane Doe, Engineering Manager\n"
        "- Raj Patel, Staff Engineer\n\nSee you soon!",
        ["Jane Doe", "Raj Patel"],
        [],
    ),
    (
        "Interview Panel\nJane Doe - Engineering Manager\nRaj Patel - Staff Engineer",
        ["Jane Doe", "Raj Patel"],
        [],
    ),
    (
        "Agenda:\n10:00 - 10:45  Technical interview with Jane Doe (Hiring Manager)\n"
        "10:45 - 11:00  Break\n11:00 - 11:45  Culture chat with Raj Patel",
        ["Jane Doe", "Raj Patel"],
        [],
    ),
    ("topic: the data platform\ninterviewer: Jane Doe <jane@acme.example>", ["Jane Doe"], []),
    # a schedule's fields, one of them the panel: semicolons part the people, commas the
    # titles; "Venue: Skype Room" and "Mode: Webex" are no people
    (
        "Your interview schedule:\nRole: Zonal Sales Lead\nPanel: Mr. Raj Patel – GM, North "
        "Region; Ms. Jane Doe – DGM, Channel Sales\nMode: Webex Teams\nDuration: 45 mins",
        ["Mr. Raj Patel", "Ms. Jane Doe"],
        [],
    ),
]


@pytest.mark.parametrize("text,named,coordinators", DESCRIPTIONS)
def test_names_in_description(text: str, named: list[str], coordinators: list[str]) -> None:
    people, found = names_in_description(text)
    assert ([name for name, _ in people], found) == (named, coordinators)


def test_a_description_panel_matches_attendees_by_name_or_address() -> None:
    ev = event(
        Attendee(ME, "Casey"),
        Attendee("rpatel@acme.example", ""),  # first initial + last name
        Attendee("sam@acme.example", "Sam Lee"),  # on the invite, not on the panel
        description="Interviewers:\nJane Doe, Engineering Manager\nRaj Patel, Staff Engineer",
    )
    people = interviewers_of(ev, ME, Notes(), RULES)
    assert [(p.email, p.name) for p in people] == [
        ("rpatel@acme.example", "Raj Patel"),
        ("jane.doe@address-unknown.invalid", "Jane Doe"),
    ]
    assert is_unaddressed(people[1].email) and not is_unaddressed(people[0].email)
    assert people[1].greeting == "Jane"


def test_a_schedule_after_a_blank_line_is_the_panel() -> None:
    """A recruiter who organises and signs, with the day's schedule below, is not on it."""
    text = (
        "Here is the interview schedule for your visit to Acme:\n\n"
        "9:00-9:45 am  Technical interview with Jane Doe, Staff Engineer\n"
        "10:00-10:45 am  Design session with Raj Patel\n\nThanks,\nSam Lee, Recruiter"
    )
    raj = Attendee("raj.patel@acme.example", "Patel, Raj")
    ev = event(JANE, raj, Attendee(ME), organizer=SAM.email, organizer_name="Lee, Sam",
               description=text)  # fmt: skip
    assert emails(ev) == [JANE.email, raj.email]
    # "schedule" as a verb introduces no panel: everyone invited stays
    verb = event(JANE, SAM, description="Please schedule a time that suits:\n\nJane Doe")
    assert emails(verb) == [JANE.email, SAM.email]


def test_a_sentence_naming_one_interviewer_keeps_the_other_attendees() -> None:
    ev = event(
        JANE,
        Attendee("raj.patel@acme.example", "Raj Patel"),
        description="Hi Casey, you'll be meeting with Jane Doe to talk about the role.",
    )
    assert emails(ev) == [JANE.email, "raj.patel@acme.example"]


def test_a_first_name_alone_in_a_panel_is_greeted() -> None:
    (jane,) = interviewers_of(event(description="Panel: Jane"), ME, Notes(), RULES)
    assert (jane.name, jane.greeting, is_unaddressed(jane.email)) == ("Jane", "Jane", True)


def test_the_person_named_in_a_description_is_not_an_interviewer() -> None:
    ev = event(description="Panel: Casey Candidate, Jane Doe")
    assert [p.name for p in interviewers_of(ev, ME, Notes(), RULES)] == ["Jane Doe"]


def test_calendly_invitee_line_is_not_an_interviewer() -> None:
    # Calendly's description (Event Name / Invitee / Invitee Email / Need to make changes...).
    text = (
        "Event Name: Recruiter Screen\n\nInvitee: Casey Candidate\nInvitee Email: casey@example.com"
        "\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/x"
    )
    ev = event(
        Attendee(ME), organizer="jane@acme.example", organizer_name="Jane Doe", description=text
    )
    assert emails(ev) == ["jane@acme.example"]


# --------------------------------------------------------------------------- names

NAMES = [
    # (display name as the calendar gives it, address, shown name, greeting)
    ("Jane Doe", "jane@acme.example", "Jane Doe", "Jane"),
    ("Doe, Jane", "jane@acme.example", "Jane Doe", "Jane"),
    ("Okafor, Ngozi A.", "n@acme.example", "Ngozi A. Okafor", "Ngozi"),
    ("Mary Smith, RN", "m@acme.example", "Mary Smith", "Mary"),
    ("Kim Park, MD, PhD", "k@acme.example", "Kim Park", "Kim"),
    ("Jane Doe, Engineering Manager", "j@acme.example", "Jane Doe", "Jane"),
    ("Dr. Jane Doe", "j@acme.example", "Dr. Jane Doe", "Jane"),
    ("Jane Doe (she/her)", "j@acme.example", "Jane Doe", "Jane"),
    ("Alex Kim (they/them/theirs)", "a@acme.example", "Alex Kim", "Alex"),
    ("Jane Doe - Acme", "j@acme.example", "Jane Doe", "Jane"),
    ("Jane Doe | Acme Robotics", "j@acme.example", "Jane Doe", "Jane"),
    ('"Jane Doe"', "j@acme.example", "Jane Doe", "Jane"),
    ("'Jane Doe'", "j@acme.example", "Jane Doe", "Jane"),
    ("JANE DOE", "j@acme.example", "Jane Doe", "Jane"),
    ("jane doe", "j@acme.example", "Jane Doe", "Jane"),
    ("Ludwig van Beethoven", "l@acme.example", "Ludwig van Beethoven", "Ludwig"),
    ("José Álvarez", "j@acme.example", "José Álvarez", "José"),
    ("Zoë O'Brien", "z@acme.example", "Zoë O'Brien", "Zoë"),
    ("李小龍", "l@acme.example", "李小龍", "李小龍"),
    ("", "jane.doe@acme.example", "Jane Doe", "Jane"),
    ("", "jane_doe@acme.example", "Jane Doe", "Jane"),
    ("", "jane-doe2@acme.example", "Jane Doe", "Jane"),
    ("", "jdoe@acme.example", "", ""),  # no safe first name: a neutral greeting
    ("jdoe", "jdoe@acme.example", "Jdoe", ""),
    ("", "j.doe@acme.example", "", ""),
    ("jane.doe@acme.example", "jane.doe@acme.example", "Jane Doe", "Jane"),
    ("Doe, Jane [ACME/US]", "j@acme.example", "Jane Doe", "Jane"),
    ("Raj Patel via Greenhouse", "r@acme.example", "Raj Patel", "Raj"),
    ("DUBOIS Claire", "c@acme.example", "Claire Dubois", "Claire"),
    ("TJ Miller", "tj@acme.example", "TJ Miller", "TJ"),
    ("Dr. Park", "hpark@acme.example", "Dr. Park", "Dr. Park"),
    ("Claire DUBOIS", "c@acme.example", "Claire Dubois", "Claire"),
    ("jane.doe", "jd@acme.example", "Jane Doe", "Jane"),
    ("Mary-Jane O'Neil", "m@acme.example", "Mary-Jane O'Neil", "Mary-Jane"),
    # a title before a surname written first; a given name of two words the address joins
    ("Dr. Lim Su Ann", "suann.lim@acme.example", "Dr. Lim Su Ann", "Dr. Lim"),
    # a Chinese name written surname first, as Singapore writes it, greeted by the given name
    ("Lim Su Ann", "suann.lim@acme.example", "Lim Su Ann", "Su Ann"),
    ("Kumar s/o Raman", "kumar.raman@acme.example", "Kumar s/o Raman", "Kumar"),
]


@pytest.mark.parametrize("name,email,shown,greeting", NAMES)
def test_names_in_every_usual_form(name: str, email: str, shown: str, greeting: str) -> None:
    display = display_name(name, email)
    assert (display, greeting_of(display, email)) == (shown, greeting)


def test_split_name_list_keeps_titles_apart() -> None:
    assert split_name_list("Jane Doe, Engineering Manager; Raj Patel (Staff Engineer)") == [
        ("Jane Doe", "Engineering Manager", ""),
        ("Raj Patel", "Staff Engineer", ""),
    ]


def test_credentials_after_a_comma_are_not_more_people() -> None:
    """Nurses and clinicians write "Name, MSN, RN": each credential is a comma piece."""
    text = "Dr. Lena Ortiz, DNP, APRN, Director of Nursing, and Omar Haddad, BSN, RN"
    assert [n for n, _, _ in split_name_list(text)] == ["Dr. Lena Ortiz", "Omar Haddad"]
    assert display_name("Haddad, Omar, BSN, RN", "") == "Omar Haddad"


def test_a_nickname_in_quotes_is_not_part_of_the_name() -> None:
    text = 'Duane "Buck" Hetrick, Lead Mechanic, and Rosa “Ro” Almeida'
    assert [n for n, _, _ in split_name_list(text)] == ["Duane Hetrick", "Rosa Almeida"]
    assert display_name("Maura 'Mo' O'Dea", "") == "Maura O'Dea"


def test_split_name_list_keeps_addresses() -> None:
    text = "Arjun Menon (arjun.menon@kaveri.example), Jane <jane@acme.example>"
    assert split_name_list(text) == [
        ("Arjun Menon", "", "arjun.menon@kaveri.example"),
        ("Jane", "", "jane@acme.example"),
    ]


def test_the_store_keeps_what_people_reading_needs(tmp_path: Path) -> None:
    """The organiser's name and each attendee's kind and role survive the store."""
    from agent.core.model import CalendarChanges
    from agent.store import Store

    original = event(
        Attendee("r4@acme.example", "Room 4", kind="room", role="non-participant"),
        organizer="no-reply@greenhouse.io",
        organizer_name="Acme Robotics Recruiting",
    )
    store = Store.open(tmp_path / "state.sqlite3")
    store.apply_calendar(CalendarChanges((original,), "cursor-1"))
    (stored,) = store.events()
    assert stored == original


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # "you'll meet" in Dutch, Swedish (first names only) and Italian (a title and "l'")
        ("Je spreekt met Jane Doe (Lead) en Sam Lee.", [JANE.email, SAM.email]),
        ("Du träffar Jane (rekryterare) och Sam (teknisk chef).", [JANE.email, SAM.email]),
        ("La incontrerà l'Ing. Paolo Russo (Direttore Tecnico).",
         ["paolo.russo@address-unknown.invalid"]),
        # a header naming the interviewing service's engineer
        ("Interview Engineer: Kofi Mensah", ["kofi.mensah@address-unknown.invalid"]),
        # commas inside a title's brackets are the title's
        ("Interview panel: Ana Lima (Clinical Lead, MSK) and Raj Patel (Band 7).",
         ["ana.lima@address-unknown.invalid", "raj.patel@address-unknown.invalid"]),
    ],
)  # fmt: skip
def test_panels_named_in_other_languages_and_forms(description: str, expected: list[str]) -> None:
    invited = (JANE, SAM) if "@address-unknown" not in expected[0] else ()
    ev = event(*invited, Attendee(ME, "Casey"), description=description)
    assert sorted(emails(ev)) == sorted(expected)


def test_names_from_a_signature_and_two_surnames_first() -> None:
    signed = event(
        Attendee(ME, "Casey"),
        organizer="dcavanaugh@grisedale.example",
        description="Plan on 45 minutes.\n\nDeclan Cavanaugh\nAVP, Underwriting",
    )
    (person,) = interviewers_of(signed, ME, Notes(), RULES)
    assert (person.name, person.greeting) == ("Declan Cavanaugh", "Declan")
    assert display_name("Ortega Pardo, Nuria", "nuria.ortega@acme.example") == "Nuria Ortega Pardo"
    assert display_name("Doe Smith, Director", "jane@acme.example") == "Doe Smith"
    # three surname words around their particles; a surname the address writes after an initial
    assert display_name("Gómez de la Fuente Ruiz, Marta", "marta.gfuente@acme.example") == (
        "Marta Gómez de la Fuente Ruiz"
    )
    assert display_name("Dal Monte, Piero", "p.dalmonte@acme.example") == "Piero Dal Monte"
    # given names run together in the address
    assert display_name("Dela Rosa, Ma. Teresa", "materesa.delarosa@acme.example") == (
        "Ma. Teresa Dela Rosa"
    )


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # named as joining, in English and Portuguese
        ("See you Thursday! Dr. Omar Haddad (owner) will join us for the last 15 min.", (JANE,),
         [JANE.email, "omar.haddad@address-unknown.invalid"]),
        ("O Rui Lopes (Head of Sales) também vai estar presente.", (JANE,),
         [JANE.email, "rui.lopes@address-unknown.invalid"]),
        # a panel said to consist of people, a German "nehmen ... teil"
        ("De selectiecommissie bestaat uit Jane Doe (teamleider) en Sam Lee (adviseur).", (),
         ["jane.doe@address-unknown.invalid", "sam.lee@address-unknown.invalid"]),
        ("Seitens Acme nehmen Dr. Jane Doe und Sam Lee teil.", (JANE, SAM),
         [JANE.email, SAM.email]),
        # a manager introducing themselves in a relayed message
        ('Message from the employer: "Hi Casey! Rosa Vidal here, I\'m the GM."', (),
         ["rosa.vidal@address-unknown.invalid"]),
        # a programme for the day: one time, then everyone after "interview with"
        ("Programme for the day:\n09:00  Tour\n13:15  Formal interview with Jane Doe (Head) "
         "and Sam Lee (Deputy)", (JANE, SAM), [JANE.email, SAM.email]),
        # an agenda line names the topic first and the person after the dash
        ("Your schedule:\n10:00  Embedded C and debugging – Jane Doe (Lead)", (JANE, SAM),
         [JANE.email]),
        # what follows the people is the session's subject
        ("You'll meet Jane Doe (Staff Scientist) for a 60 minute session on stats and SQL.",
         (JANE,), [JANE.email]),
    ],
)  # fmt: skip
def test_interviewers_named_in_more_of_the_ways_invites_name_them(
    description: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    ev = event(*invited, Attendee(ME, "Casey"), description=description)
    assert sorted(emails(ev)) == sorted(expected)


def test_there_only_to_open_is_not_there_and_a_listed_recruiter_who_signs_stays() -> None:
    brief = "Jane Doe will interview you. Ich selbst bin nur zu Beginn kurz dabei.\nSam Lee"
    assert emails(event(JANE, Attendee(ME), organizer=SAM.email, description=brief)) == [JANE.email]
    signed = "You will meet with Jane Doe.\n\nSam Lee | Talent Acquisition"
    listed = event(JANE, SAM, Attendee(ME), organizer=SAM.email, description=signed)
    assert emails(listed) == [JANE.email, SAM.email]


def test_dutch_particles_and_titles_after_a_comma() -> None:
    assert display_name("Veen, Ruud van der", "r.vanderveen@x.example") == "Ruud van der Veen"
    pairs = split_name_list("Mathieu Gagnon, TSA chef d'équipe")
    assert [name for name, _, _ in pairs] == ["Mathieu Gagnon"]


@pytest.mark.parametrize(
    ("description", "invited", "organizer", "expected"),
    [
        # "The panel will be:" and a list
        ("The panel will be:\n- Ms Jane Doe, Director\n- Mr Sam Lee, Analyst", (JANE, SAM), "",
         [JANE.email, SAM.email]),
        # an itinerary with no header: each time slot names its interviewer after the dash
        ("1:00 – 1:45 PM  Product sense – Jane Doe, Director\n1:45 – 2:30 PM  SQL – Ana Ruiz, "
         "Staff Scientist", (JANE,), "", [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # "You'll be meeting:" and one per line
        ("You'll be meeting:\nJane Doe – Finance Director\nSam Lee – Head of People", (), "",
         ["jane.doe@address-unknown.invalid", "sam.lee@address-unknown.invalid"]),
        # a coordinator's signature with middle dots; a German writer away that day
        ("Here's the plan.\nPat Kim · Recruiting Coordinator · Acme", (JANE,),
         "pat.kim@acme.example", [JANE.email]),
        ("Ihre Gesprächspartner sind Jane Doe und Sam Lee. Ich selbst bin an diesem Tag nicht "
         "im Haus.\nPat Kim", (JANE, SAM), "pat.kim@acme.example", [JANE.email, SAM.email]),
    ],
)  # fmt: skip
def test_panels_itineraries_and_signatures_seen_in_real_invites(
    description: str, invited: tuple[Attendee, ...], organizer: str, expected: list[str]
) -> None:
    ev = event(*invited, Attendee(ME, "Casey"), organizer=organizer, description=description)
    assert sorted(emails(ev)) == sorted(expected)


def test_names_written_surname_first_or_with_an_initial() -> None:
    assert display_name("Saarinen Juho", "juho.saarinen@x.example") == "Juho Saarinen"
    signed = event(
        Attendee(ME, "Casey"),
        Attendee("raghavan.s@x.example", ""),
        description="Regards,\nMr. S Raghavan\nEngineering Manager",
    )
    (person,) = interviewers_of(signed, ME, Notes(), RULES)
    assert person.email == "raghavan.s@x.example" and person.name.endswith("Raghavan")


def test_a_list_in_a_sentence_ends_with_the_sentence() -> None:
    text = "Estaremos Jane Doe (arquitecta) y yo. Empezaremos con Spark y Airflow."
    ev = event(JANE, Attendee(ME), organizer=SAM.email, organizer_name="Sam Lee", description=text)
    assert sorted(emails(ev)) == sorted([JANE.email, SAM.email])


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # an itinerary's slot names its subject before "with"; the colleague stepping in
        # has no address on the invite
        ("10:00 – 10:45  Live coding (Python + SQL) with Jane Doe, Staff Engineer\n"
         "10:45 – 11:30  Data modeling with Ana Ruiz, Analytics Engineer (stepping in for Bo)",
         (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        ("12:00 – 1:00  Lunch with the Engineering Team", (JANE,), [JANE.email, SAM.email]),
        ("1:00 – 1:45  Pairing · Jane Doe (Staff Engineer) – Jane is stepping in for Bo\n"
         "1:45 – 2:30  Wrap-up · Ana Ruiz (Engineering Manager)", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # a committee introduced before a colon, the writer among them
        ("You'll meet our search committee: Jane Doe, chair of our board; Ana Ruiz, "
         "treasurer; and me.", (), ["jane.doe@address-unknown.invalid",
                                    "ana.ruiz@address-unknown.invalid", "sam.lee@acme.example"]),
        # prose naming an interview's people with their titles; "&" inside a title
        ("First stage is a Teams interview with Jane Doe (Head of Finance) and Ana Ruiz "
         "(Director of Finance & Resources). Expect competency questions.", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid", "sam.lee@acme.example"]),
        # a company after "interview with" is nobody
        ("Looking forward to your interview with Acme Robotics next week.", (JANE,),
         [JANE.email, "sam.lee@acme.example"]),
        # two people on one slot, joined by "and", one with letters after her name; a
        # title's comma pieces on another slot are nobody
        ("09:00 - 09:45  Competency interview - Jane Doe (Ops Manager) and Ana Ruiz ACA "
         "(Finance Partner)\n09:45 - 10:15  Case study - Bo Tan, Partner, Debt Advisory",
         (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid",
                   "bo.tan@address-unknown.invalid"]),
        # "interviewed by" in prose, each person with a title after a comma: the whole panel,
        # so the organiser who writes it is not on it
        ("You'll be interviewed by Jane Doe, Head of Service, and Ana Ruiz, Senior Tutor.",
         (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # an itinerary by single times, the writer in two slots, a chef only named in one;
        # someone on the invite "won't be in the room"
        ("Here's the morning:\n9:00 - Coffee with me in the lobby\n"
         "9:45 - Sit-down with Jane Doe, our Director of Sales\n"
         "10:30 - Kitchen walkthrough and 20 minutes with Chef Ana Ruiz in the kitchen\n\n"
         "Bo is on the invite for the timing, but he won't be in the room.",
         (JANE, Attendee("bo.tan@acme.example", "Tan, Bo")),
         [JANE.email, "ana.ruiz@address-unknown.invalid", "sam.lee@acme.example"]),
        # a list whose last item is the writer; a time and two spaces before a slot
        ("Von unserer Seite nehmen teil:\n- Jane Doe, Leitung\n- und ich", (JANE,),
         [JANE.email, "sam.lee@acme.example"]),
        ("09:30  Coffee with Bo\n10:00  Questions from Jane and me\n"
         "11:15  Technical discussion with Ana Ruiz, our Head of Water", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid", "sam.lee@acme.example"]),
        # a room named in an itinerary is nobody
        ("11:00  Interview with myself and Jane Doe (Director of Rooms), Ormond Boardroom\n"
         "12:15  Wrap-up with me", (JANE,), [JANE.email, "sam.lee@acme.example"]),
        # a doctor known only by name is written without the title
        ("Interview panel:\nJane Doe, Chair\nDr Marek Nowak, external member", (JANE,),
         [JANE.email, "marek.nowak@address-unknown.invalid"]),
        # a panel header that ends "along with me"
        ("Panel: Mr. Raj Patel, Zonal Sales Head, along with me.", (JANE,),
         ["raj.patel@address-unknown.invalid", "sam.lee@acme.example"]),
        # on the panel list to take notes only, with the title after a dash
        ("Interview panel:\n1. Jane Doe - Director (Chair)\n"
         "2. Sam Lee - Talent Partner (convenor, note-taker only)", (JANE,), [JANE.email]),
    ],
)  # fmt: skip
def test_people_named_in_itinerary_slots_committees_and_prose(
    description: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    assert met(description, invited) == sorted(expected)


def test_what_brackets_hold_stays_with_the_name_before_them() -> None:
    assert split_name_list("Jo Li (Director of Finance & Resources) and Ana Ruiz (R&D, EU)") == [
        ("Jo Li", "Director of Finance & Resources", ""),
        ("Ana Ruiz", "R&D, EU", ""),
    ]


@pytest.mark.parametrize(
    ("raw", "email", "shown", "greeting"),
    [
        ("Mrs Joanna Ferreira", "", "Joanna Ferreira", "Joanna"),
        ("Ing. Paolo Brambati", "", "Paolo Brambati", "Paolo"),
        ("Chef Ramón Ibarra", "", "Ramón Ibarra", "Ramón"),
        ("Herr Dr. Jens Hartwig", "", "Dr. Jens Hartwig", "Jens"),
        # a doctor's title stays; a title before a surname alone is how to greet them
        ("Dr. Helen Park", "", "Dr. Helen Park", "Helen"),
        ("Mrs Ferreira", "", "Mrs Ferreira", "Mrs Ferreira"),
        # an initial before a surname is not a surname written first
        ("Mr. S. Raghavan", "raghavan.s@x.example", "S. Raghavan", "S. Raghavan"),
    ],
)
def test_courtesy_titles_are_not_part_of_the_name_shown(
    raw: str, email: str, shown: str, greeting: str
) -> None:
    assert display_name(raw, email) == shown
    assert greeting_of(shown, email) == greeting


def test_a_surname_in_capitals_written_first_goes_last_and_a_generation_stays() -> None:
    assert display_name("GAUTHIER-MBAYE Apolline", "c.gauthier-mbaye@x.example") == (
        "Apolline GAUTHIER-MBAYE"
    )
    assert display_name("Engr. Romeo Baltazar Jr.", "") == "Romeo Baltazar Jr"


@pytest.mark.parametrize(
    ("raw", "greeting"),
    [
        ("Prof. Dr.-Ing. Lena Vogt", "Lena"),
        ("Univ.-Prof. Dr. Eva Lang", "Eva"),
        ("DI Dr. Paul Hofer", "Paul"),
        ("Mag.a Sara Lenz", "Sara"),
        ("prof. RNDr. Eva Malá, DrSc.", "Eva"),
        ("Doç. Dr. Can Aydın", "Can"),
        ("Dr. rer. nat. Julia Roth", "Julia"),
        ("Profa. Dra. Bia Lima", "Bia"),
        ("Dr Ann Lee CEng MICE", "Ann"),
        # a short word without its dot is a name
        ("Nat Brown", "Nat"),
    ],
)
def test_academic_titles_before_a_name_are_not_its_first_name(raw: str, greeting: str) -> None:
    assert greeting_of(display_name(raw, ""), "") == greeting


def test_a_name_with_an_academic_title_is_the_attendee_without_it() -> None:
    from agent.core.names import name_key

    assert name_key("Univ.-Prof. Dr. Eva Lang") == name_key("Lang, Eva")


def test_a_recruiter_who_writes_that_she_is_there_in_another_language_stays() -> None:
    text = ("Saremo presenti io e Jane Doe, coordinatrice.\n\nCordiali saluti\n"
            "Dott.ssa Ana Ruiz\nResponsabile Risorse Umane")  # fmt: skip
    ana = Attendee("ana.ruiz@acme.example", "Ana Ruiz")
    ev = event(ana, JANE, Attendee(ME, "Casey"), organizer=ana.email, organizer_name="Ana Ruiz",
               description=text)  # fmt: skip
    assert ana.email in emails(ev)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # a sentence ending in a colon before the list
        ("Your interview will be conducted by a panel of three:\n- Jane Doe, Deputy Director\n"
         "- Ana Ruiz, Senior Analyst\n\nI will not be present during the interview.",
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # a header's list continued on indented lines (not a dial-in number)
        ("Interviewers: DOE Jane (General Manager, Sourcing)\n"
         "              RUIZ Ana (Manager, Sourcing)\nFormat: Online",
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
    ],
)  # fmt: skip
def test_lists_after_a_sentence_and_on_indented_lines(
    description: str, expected: list[str]
) -> None:
    ev = event(JANE, Attendee(ME, "Casey"), organizer=SAM.email, organizer_name="Sam Lee",
               description=description)  # fmt: skip
    assert sorted(emails(ev)) == sorted(expected)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("van der Merwe, Annelie", "Annelie van der Merwe"),
        ("El Idrissi, Yasmina", "Yasmina El Idrissi"),
        ("Hek, Ruud van 't", "Ruud van 't Hek"),
    ],
)
def test_surnames_with_particles_before_the_comma(raw: str, shown: str) -> None:
    assert display_name(raw, "x@acme.example") == shown


def test_a_title_with_an_ampersand_and_a_particle_after_an_apostrophe() -> None:
    assert split_name_list(
        "Ruud van 't Hek (Operationeel Manager) en Ana Ruiz, Head of Policy & Partnerships"
    ) == [
        ("Ruud van 't Hek", "Operationeel Manager", ""),
        ("Ana Ruiz", "Head of Policy & Partnerships", ""),
    ]


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # a panel sentence naming the writer ("me"), with who the others are before their names
        ("The interview panel will be me, our deputy principal Jane Doe, and Ana Ruiz from our "
         "school board.", (), ["sam.lee@acme.example", "jane.doe@address-unknown.invalid",
                               "ana.ruiz@address-unknown.invalid"]),
        # a committee sentence is the whole panel; a subject's coordinator interviews
        ("Your interview committee will be Dr. Jane Doe, Principal, and Mr. Bo Lind, Special "
         "Education Coordinator.", (JANE,), [JANE.email, "bo.lind@address-unknown.invalid"]),
        # French: "X et moi mènerons l'entrevue"; someone else not there is not the writer
        ("Ana Ruiz, gérante de la succursale, et moi mènerons l'entrevue. Marie-Ève ne sera pas "
         "présente cette fois-ci.", (),
         ["sam.lee@acme.example", "ana.ruiz@address-unknown.invalid"]),
        # "scheduled with" a titled interviewer: the talent-acquisition writer arranges
        ("Your Operations round has been scheduled with Mr. Jane Doe (Senior Operations "
         "Manager).\n\nRegards,\nSam Lee\nTalent Acquisition - Volume Hiring", (JANE,),
         [JANE.email]),
    ],
)  # fmt: skip
def test_panels_said_in_a_sentence_with_the_writer_or_without(
    description: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    assert met(description, invited) == sorted(expected)


def test_a_recruiter_on_her_own_invite_stays_when_another_joins() -> None:
    """Listed as an attendee, the organiser who signs as Talent Acquisition may well sit in
    ("Nesta primeira conversa vamos falar ... O Rui também vai estar presente")."""
    ines = Attendee("ines@mares.example", "Inês Carvalho", is_organizer=True)  # as .ics marks
    text = (
        "Nesta primeira conversa vamos falar sobre o seu percurso. O Rui Monteiro (Head of "
        "Customer Success) também vai estar presente.\n\nInês Carvalho\nTalent Acquisition"
    )
    ev = event(ines, Attendee(ME, "Casey"), organizer=ines.email, organizer_name="Inês Carvalho",
               description=text)  # fmt: skip
    assert sorted(emails(ev)) == sorted([ines.email, "rui.monteiro@address-unknown.invalid"])


@pytest.mark.parametrize(
    ("raw", "email", "shown"),
    [
        ("CHAN Wing Yan Vivian", "vivian.chan@x.example", "Vivian Chan"),
        ("Pangilinan, Rommel Jr.", "rommel@x.example", "Rommel Pangilinan"),
        ("Mads Østergaard Bech", "mads.bech@x.example", "Mads Østergaard Bech"),
    ],
)
def test_names_from_hong_kong_and_manila_directories(raw: str, email: str, shown: str) -> None:
    assert display_name(raw, email) == shown


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # a table with a cell per column; a colleague covering is named with a title
        ("Time | Session | Interviewer\n13:00 - 13:45 | Tools deep-dive | Jane Doe, Head of "
         "Pipeline\n13:45 - 14:30 | Working with artists | Ana Ruiz, Lighting Supervisor "
         "(covering for Bo Lind)", (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # someone from HR not there is not the writer; a writer not part of the interview
        ("9:30 - 10:15  Interview with Jane Doe (Supervisor) and me\nBo from HR won't be "
         "joining us; she'll follow up afterwards.", (JANE,), [JANE.email, SAM.email]),
        ("You'll sit down with Jane Doe (owner) first. After that our shop foreman, Ana Ruiz, "
         "will take you out back for the hands-on part.\nI'm not part of the interview.",
         (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # Dutch "zitten ... aan tafel"; a board that will consist of its people
        ("Vanuit Buurtwerk zitten Jane Doe (teamleider), Ana Ruiz (vrijwilliger) en ik aan "
         "tafel.", (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid", SAM.email]),
        # a Workday panel under "Gespreksleiders:" with Dutch degrees before the names
        ("Gespreksleiders:\ndrs. Jane Doe - Manager Pricing\nir. Ana Ruiz - Senior Data "
         "Scientist", (), ["ana.ruiz@address-unknown.invalid", "jane.doe@address-unknown.invalid"]),
        # Flemish: who meets the person at reception "zit niet mee aan tafel"
        ("Het gesprek doe je met mij en Jane Doe. Ana Ruiz staat als optioneel in de "
         "uitnodiging: zij vangt je op aan het onthaal, maar zit niet mee aan tafel.",
         (JANE, Attendee("ana.ruiz@acme.example", "Ana Ruiz")), [JANE.email, SAM.email]),
        # a schedule line's department after the title is nobody; a host who introduces
        # everyone "and then step[s] out" is not on the panel
        ("11:00 - 11:30  1:1 with Jane Doe, Associate Director, Translational Immunology",
         (JANE,), [JANE.email, SAM.email]),
        ("You will be speaking with Jane Doe (Medical Director) and Ana Ruiz, RN (Nurse "
         "Manager). I will open the meeting, make introductions and then step out.", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # Flemish "en mezelf": the writer is on the panel too
        ("U spreekt met Jane Doe (IT-manager e-commerce) en mezelf.", (JANE,),
         [JANE.email, SAM.email]),
        ("The board will consist of Jane Doe, Branch Manager, Main Library, and Ana Ruiz, "
         "Librarian. I will facilitate and keep time, but I do not score.", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
    ],
)  # fmt: skip
def test_tables_trades_and_boards(
    description: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    assert met(description, invited) == sorted(expected)


def test_a_hyphenated_given_name_matches_its_address() -> None:
    park = Attendee("jihoon.park@x.example", "Park Jihoon")
    text = "Interviewers: Park Ji-hoon (Head of Content), Sam Lee (HR)"
    ev = event(park, Attendee(ME, "Casey"), organizer=SAM.email, organizer_name="Sam Lee",
               description=text)  # fmt: skip
    assert sorted(emails(ev)) == sorted([park.email, SAM.email])


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # acronyms after a name are letters, not people; a title that goes on after "and"
        ("You will be meeting with Jane Doe, CPA, CHFP, Director of Patient Finance, and Ana "
         "Ruiz, Manager.", (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid",
                                     SAM.email]),
        ("You'll be meeting Jane Doe, our Director of Fundraising and Communications.", (JANE,),
         [JANE.email, SAM.email]),
        # a committee list header; the writer who does not sit on it
        ("Committee members:\nJane Doe, PhD – Dean (Chair)\nAna Ruiz – Bursar\n\nI will admit "
         "you from the waiting room but do not sit on the committee.", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # "the panel will comprise"; Spanish "no formaré parte de la entrevista"
        ("The panel will comprise Mr. Jane Doe, Managing Partner, and Mrs. Ana Ruiz, SAN. I will "
         "receive you at reception.", (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        ("Te entrevistará Jane Doe. Yo estaré al pendiente, pero no formaré parte de la "
         "entrevista.", (JANE,), [JANE.email]),
    ],
)  # fmt: skip
def test_credentials_committees_and_writers_who_stay_out(
    description: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    assert met(description, invited) == sorted(expected)


def test_titles_and_double_surnames_from_austria_and_mexico() -> None:
    assert display_name("Haselsteiner, Mag. Ingrid", "i.h@x.example") == "Ingrid Haselsteiner"
    shown = display_name("Mondragón de la Garza, Arturo", "arturo.mondragon@x.example")
    assert shown == "Arturo Mondragón de la Garza"


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # each slot's person on an arrow line below it
        ("Here's your schedule for Thursday:\n13:00-14:00  System design\n"
         "             -> Dr. Jane Doe, Team Lead\n14:00-15:00  Pair programming\n"
         "             -> Ana zu Putlitz, VP Engineering", (JANE,),
         [JANE.email, "ana.zu.putlitz@address-unknown.invalid"]),
        # a slot led by a titled name, then the department
        ("9:30 - 10:15   Dr. Jane Doe, PhD - Director, Computational Biology\n"
         "10:15 - 11:00  Ana Ruiz - Senior Engineer, Pipelines\n"
         "I'm organizing your visit but won't be part of the interviews.", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # one more person met after a semicolon in a panel line
        ("Panel: Mr. Jane Doe (Analytics Manager); you will also meet Ms. Ana Ruiz (Director) "
         "in the second half.", (JANE,), [JANE.email, "ana.ruiz@address-unknown.invalid"]),
        # the writer opens the call, then leaves
        ("You'll be chatting with Jane Doe, our Engineering Lead. I'll kick off the call and "
         "then leave you two to it.", (JANE,), [JANE.email]),
        ("You'll first spend 45 minutes with Jane Doe, our Head of Pricing. I'll pop in at the "
         "start and then drop off.", (JANE,), [JANE.email]),
        # French: "sera mené par ..., accompagné de ..."; "je n'y participerai pas"
        ("L'entretien sera mené par M. Jane Doe, Head of Compliance, accompagné de Mme Ana "
         "Ruiz, Responsable KYC. Pour ma part, je n'y participerai pas.", (JANE,),
         [JANE.email, "ana.ruiz@address-unknown.invalid"]),
    ],
)  # fmt: skip
def test_arrows_departments_and_writers_who_leave(
    description: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    assert met(description, invited) == sorted(expected)


def test_a_title_after_the_given_name() -> None:
    assert display_name("Kettelhack, Jannis Dr.", "j@x.example") == "Dr. Jannis Kettelhack"


@pytest.mark.parametrize(
    ("raw", "email", "shown"),
    [
        # a directory that writes the surname first, told by the address
        ("Dalla Vecchia Giulia", "g.dallavecchia@x.example", "Giulia Dalla Vecchia"),
        ("Bonacina Pierluigi", "p.bonacina@x.example", "Pierluigi Bonacina"),
        ("DE LA ROQUE-VIDAL Jean-Baptiste", "jb.delaroque-vidal@x.example",
         "Jean-Baptiste De La Roque-Vidal"),
        # not an initial, and not a Korean given name as its owner writes it
        ("S Raghavan", "raghavan.s@x.example", "S Raghavan"),
        ("Park Ji-hoon", "jihoon.park@x.example", "Park Ji-hoon"),
        # letters after the given name in "Last, First MD"
        ("Sethuraman-Ortiz, Anand MD", "a@x.example", "Anand Sethuraman-Ortiz"),
        ("Strickland-Oyelaran, Wendell Ed.D.", "w@x.example", "Wendell Strickland-Oyelaran"),
    ],
)  # fmt: skip
def test_surname_first_directories_and_letters_after_the_given_name(
    raw: str, email: str, shown: str
) -> None:
    assert display_name(raw, email) == shown


def test_last_first_names_between_semicolons() -> None:
    assert split_name_list("Halvorsen-Tate, Brianna; Oduya, Samuel") == [
        ("Brianna Halvorsen-Tate", "", ""),
        ("Samuel Oduya", "", ""),
    ]


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # "You will be meeting with:" before a name and title
        ("You will be meeting with: Jane Doe, Executive Director", (),
         ["jane.doe@address-unknown.invalid"]),
        # an optional attendee the description does not name is there to watch
        ("11:00  Coffee and a chat with me and Jane Doe, our Matron",
         (Attendee("bo.lind@acme.example", "Bo Lind", role="opt-participant"),),
         [SAM.email, "jane.doe@address-unknown.invalid"]),
    ],
)  # fmt: skip
def test_a_colon_after_meeting_with_and_optional_attendees_not_named(
    description: str, invited: tuple[Attendee, ...], expected: list[str]
) -> None:
    assert met(description, invited) == sorted(expected)


def test_a_subjects_coordinator_who_signs_is_no_interview_coordinator() -> None:
    text = "Jane Doe will interview you.\n\nBo Lind\nSpecial Education Coordinator"
    bo = Attendee("bo.lind@acme.example", "Bo Lind")
    assert met(text, (JANE, bo)) == sorted([JANE.email, bo.email, SAM.email])
    text = "Jane Doe will interview you.\n\nBo Lind\nRecruiting Coordinator"
    assert met(text, (JANE, bo)) == sorted([JANE.email, SAM.email])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Your interviewers will be Lena Voss and Omar Haddad.", ["Lena Voss", "Omar Haddad"]),
        ("The interview will be conducted by Lena Voss, Area Manager.", ["Lena Voss"]),
        ("Lena Voss (Area Manager) and Omar Haddad (HR) will be conducting the interview.",
         ["Lena Voss", "Omar Haddad"]),
        ("Attendees: Lena Voss, Omar Haddad", ["Lena Voss", "Omar Haddad"]),
        ("Joining from our side: Lena Voss and Omar Haddad.", ["Lena Voss", "Omar Haddad"]),
        ("La entrevista será con Marta Gil, Gerente Comercial.", ["Marta Gil"]),
        ("Rozmowę poprowadzą: Ewa Lis (Kierownik) i Jan Mazur.", ["Ewa Lis", "Jan Mazur"]),
        ("A entrevista será conduzida por Rita Sá (Diretora).", ["Rita Sá"]),
        ("Ihre Gesprächspartner sind Lea Ott (Vertrieb) und Tim Kurz.", ["Lea Ott", "Tim Kurz"]),
        ("Intervjuet gjennomføres av Siri Lund og Per Moe.", ["Siri Lund", "Per Moe"]),
        ("Görüşmeye Elif Kaya (Satış Müdürü) ve Can Aydın katılacaktır.",
         ["Elif Kaya", "Can Aydın"]),
        ("Pohovoru se zúčastní Eva Malá (vedoucí) a Petr Dvořák.", ["Eva Malá", "Petr Dvořák"]),
        ("Katılımcılar: Elif Kaya, Can Aydın", ["Elif Kaya", "Can Aydın"]),
        # German and Swiss list headers, academic titles before a name
        ("Von unserer Seite sind dabei:\n- Dr. sc. techn. Urs Frei, Leiter Entwicklung\n"
         "- Beat Moser, Teamleiter", ["Dr. sc. techn. Urs Frei", "Beat Moser"]),
        # Turkish titles carry "our": "Kalite Müdürümüz"
        ("Görüşmede Satış Müdürümüz Elif Kaya, Bölge Şefimiz Can Aydın ve ben yer alacağız.",
         ["Elif Kaya", "Can Aydın"]),
        # a title that goes on after "&" is no person; Welsh "ap" in a surname
        ("Interview panel:\nProfessor Rhys ap Owen (Chair), Head of the Power & Drives Group\n"
         "Dr Ann Lee, Senior Lecturer", ["Professor Rhys ap Owen", "Dr Ann Lee"]),
        ("■ 면접관: 설계팀 한도윤 책임, 품질팀 서은채 수석", ["한도윤", "서은채"]),
        ("The interview panel will comprise:\n1. Dr. Ann Ayuya - Programme Director\n"
         "2. Ng'endo Were - Grants Manager\n3. Myself", ["Dr. Ann Ayuya", "Ng'endo Were"]),
        # Mexican "te recibirán" with articles before titles; "Who:" on its line
        ("Te recibirán el Lic. Efraín Ruiz, Gerente Regional, y la Ing. Ana Paz, de Prevención.",
         ["Lic. Efraín Ruiz", "Ing. Ana Paz"]),
        ("Wie: ek en Riaan Botha (ons GM).", ["Riaan Botha"]),
        ("Your next conversation is with Fionn O'Shea (Director) and Ana Ruiz (Senior CSM).",
         ["Fionn O'Shea", "Ana Ruiz"]),
        ("Esta entrevista será conmigo y con el Ing. Pablo Ríos, Director de Operaciones.",
         ["Ing. Pablo Ríos"]),
        ("Estarão presentes o nosso Diretor-Geral, Eng. Rui Costa, e eu.", ["Eng. Rui Costa"]),
        ("Op die panel is ek, Thabo Mokoena (Finance) en ons wynmaker, Riaan Botha.",
         ["Thabo Mokoena", "Riaan Botha"]),
        # a capitalised title after "ons" (our) is no person
        ("Op die panel is ek en ons Cellar Master, Riaan Botha.", ["Riaan Botha"]),
        # joining without a "will": French, Italian, Spanish; "Per la" is no name
        ("Odile Marchetti, notre trésorière, se joindra à nous par téléphone.",
         ["Odile Marchetti"]),
        ("Per la seconda parte Paolo Bertin ci raggiungerà in sala.", []),
        ("Grazie. Paolo Bertin ci raggiungerà in sala.", ["Paolo Bertin"]),
        ("Saludos. Marta Gil Sanz, jefa de sala, se unirá a la llamada.", ["Marta Gil Sanz"]),
    ],
)  # fmt: skip
def test_panels_named_in_the_ways_employers_write_them_abroad(line: str, names: list[str]) -> None:
    assert [name for name, _ in names_in_description(line)[0]] == names


def test_two_surnames_joined_by_i_are_one_catalan_person() -> None:
    named, _ = names_in_description("Estaremos Pau Serra i Roca y yo.")
    assert len(named) == 1 and named[0][0].startswith("Pau Serra")


@pytest.mark.parametrize(
    ("name", "address"),
    [
        # a given name of syllables by its initials; the first of two surnames
        ("Jiwoo Moon", "jw.moon@acme.example"),
        ("Nurcan Gündoğdu Aksoy", "n.gundogdu@acme.example"),
        # a hyphenated surname kept whole; a surname alone after another initial
        ("Sunita Ramcharan-Ellis", "sramcharan-ellis@acme.example"),
        ("Ewan Rasheed-Doyle", "ewan.rasheed-doyle@acme.example"),
        ("Ilse Tjon-A-Fong", "m.tjonafong@acme.example"),
        # an apostrophe the address leaves out
        ("Fionn O'Shea", "f.oshea@acme.example"),
        # the initials of every part of the name, as Danish firms write addresses
        ("Birgit Holm-Rasmussen", "bhr@acme.example"),
        # Dutch particles joined to the surname, or to the first half of a double one
        ("Anouk van der Meer", "a.vandermeer@acme.example"),
        ("Sanne van Leeuwen-Peters", "s.vanleeuwen@acme.example"),
        # the given name and the surname's initial, as Indian firms write addresses
        ("Lakshmi Raghunathan", "lakshmi.r@acme.example"),
    ],
)
def test_names_match_the_addresses_people_are_given(name: str, address: str) -> None:
    from agent.core.attendance import match_attendee

    others = [Attendee("taesik.kwon@acme.example", "Taesik Kwon"), Attendee(address)]
    assert match_attendee(name, others) == address


@pytest.mark.parametrize(
    ("description", "invited", "expected"),
    [
        # the session, a colon, then who holds it
        ("Tuesday\n11:00 AM - 11:30 AM   Data modelling: Jane Doe, Staff Engineer\n"
         "11:30 AM - 12:00 PM   Pipelines: Raj Patel, Engineering Manager",
         (Attendee("jane.doe@acme.example", "Jane Doe"), Attendee("rpatel@acme.example")),
         [("jane.doe@acme.example", "Jane Doe"), ("rpatel@acme.example", "Raj Patel")]),
        # a short given name the invite writes out, and a first name alone
        ("Te van a entrevistar Nico Lanusse (Design Lead) y Caro Bustos (PM).",
         (Attendee("nl@acme.example", "Nicolás Lanusse"),
          Attendee("cb@acme.example", "Carolina Bustos")),
         [("nl@acme.example", "Nicolás Lanusse"), ("cb@acme.example", "Carolina Bustos"),
          ("sam.lee@acme.example", "Sam Lee")]),
        ("You'll be meeting Jane Doe (Partner) and Imogen again.",
         (JANE, Attendee("ir@acme.example", "Imogen Ridley, FCA")),
         [("jane.doe@acme.example", "Jane Doe"), ("ir@acme.example", "Imogen Ridley"),
          ("sam.lee@acme.example", "Sam Lee")]),
        # a list below a line that ends in a colon, with an en dash for a bullet
        # (named as the invite names her, without the title the list gives her)
        ("W spotkaniu wezmą udział:\n– dr Jane Doe, Dyrektor Sprzedaży\n– ja",
         (JANE,), [("jane.doe@acme.example", "Jane Doe"), ("sam.lee@acme.example", "Sam Lee")]),
        # Danish "Du skal mødes med mig og ...": the writer too
        ("Du skal mødes med mig og Jane Doe, partner.", (JANE,),
         [("jane.doe@acme.example", "Jane Doe"), ("sam.lee@acme.example", "Sam Lee")]),
    ],
)  # fmt: skip
def test_who_an_invite_names_in_more_of_the_ways_it_is_written(
    description: str, invited: tuple[Attendee, ...], expected: list[tuple[str, str]]
) -> None:
    ev = event(*invited, Attendee(ME, "Casey"), organizer=SAM.email, description=description)
    ev = CalendarEvent(**{**ev.__dict__, "organizer_name": "Sam Lee"})
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert sorted((p.email, p.name) for p in found) == sorted(expected)


def test_a_portuguese_sentence_names_the_writer_and_a_doctor() -> None:
    named, _ = names_in_description(
        "Nesta etapa você vai conversar comigo e com o Dr. Rogério Penna, nosso responsável "
        "técnico, e depois faremos um teste prático."
    )
    assert [n for n, _ in named] == ["Dr. Rogério Penna"]


def test_a_japanese_surname_ending_in_the_department_sign_is_a_name() -> None:
    from agent.core.cjk import panel

    line = "■面接担当：臨床開発部 部長 岡部 聡、同部 グループリーダー 阿部 彩"
    assert panel(line) == ["岡部 聡", "阿部 彩"]


def test_a_panel_named_in_korean_is_the_invites_romanised_attendees() -> None:
    ev = event(
        Attendee("taejun.kwon@acme.example", "Kwon, Taejun"),
        Attendee("hyunwoo.namgung@acme.example", "Namgung, Hyunwoo"),
        Attendee("serin.oh@acme.example", "Oh, Serin", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer="serin.oh@acme.example",
        description="- 면접관: 권태준 CTO, 남궁현우 팀장\n\n저는 면접에는 들어가지 않습니다.",
    )
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert sorted(p.email for p in found) == [
        "hyunwoo.namgung@acme.example",
        "taejun.kwon@acme.example",
    ]


def test_a_hong_kong_panel_gives_the_english_name_the_invite_uses() -> None:
    ev = event(
        Attendee("marcus.ho@acme.example", "Ho Ka Chun Marcus"),
        Attendee(ME, "Casey"),
        organizer="winnie@acme.example",
        description="面試官：開發主管 何家俊先生（Marcus）及技術總監 張兆銘博士\n"
        "屆時我會先協助你進入會議室，之後便會離開，不會參與面試。",
    )
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert sorted(p.email for p in found) == [
        "marcus.ho@acme.example",
        "張兆銘@address-unknown.invalid",
    ]


def test_a_list_item_keeps_its_address_when_the_name_comes_first() -> None:
    named, _ = names_in_description(
        "You'll be meeting:\nJane Doe – Finance Director (jane.doe@acme.example)\n"
        "Ana Ruiz – Staff Engineer, Plataforma de Risco"
    )
    assert named == [("Jane Doe", "jane.doe@acme.example"), ("Ana Ruiz", "")]


def test_an_optional_attendee_who_will_hop_on_and_a_name_after_an_exclamation() -> None:
    ev = event(
        Attendee("renata.ob@acme.example", "Renata Okafor-Byrne, CSCP"),
        Attendee("cal.r@acme.example", "Cal Rasmussen", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer="kendra@acme.example",
        description="Looking forward to your conversation with Birch & Marsh! You'll meet with "
        "Renata Okafor-Byrne, our Director of Inventory.\n\nCal Rasmussen, who leads our "
        "analysts, is marked optional – he'll hop on for the second half. I won't be on the call.",
    )
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert sorted((p.email, p.name) for p in found) == [
        ("cal.r@acme.example", "Cal Rasmussen"),
        ("renata.ob@acme.example", "Renata Okafor-Byrne"),
    ]


def test_a_surname_with_its_particle_and_a_department_before_an_ampersand() -> None:
    ev = event(
        Attendee("faisal.alketbi@acme.example", "Faisal Obaid Al Ketbi"),
        Attendee("mahmoud.s@acme.example", "Eng. Mahmoud Shaker"),
        Attendee(ME, "Casey"),
        organizer="melissa@acme.example",
        description="You will meet Mr. Faisal Al Ketbi and Eng. Mahmoud Shaker, Facilities & "
        "Refrigeration Manager.\n\nMelissa Rodrigues\nTalent Acquisition Specialist",
    )
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert sorted(p.email for p in found) == [
        "faisal.alketbi@acme.example",
        "mahmoud.s@acme.example",
    ]


def test_a_capitalised_word_at_a_sentence_start_is_no_short_name() -> None:
    ev = event(
        Attendee("william.hart@acme.example", "William Hart"),
        Attendee(ME, "Casey"),
        organizer="sam.lee@acme.example",
        description="You'll meet William Hart. Will you let me know if the time works? I won't "
        "be on the call.\nSam Lee",
    )
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert [p.email for p in found] == ["william.hart@acme.example"]


def test_an_itinerary_slot_with_a_place_in_the_title_and_german_forms() -> None:
    named, _ = names_in_description(
        "Schedule:\n10:00 – 10:35  Trent Baum – General Manager, Columbus Cross-Dock\n"
        "10:35 – 11:00  Lena Ros – Safety Manager"
    )
    assert [n for n, _ in named] == ["Trent Baum", "Lena Ros"]
    named, _ = names_in_description(
        "Ihre Gesprächspartner sind Herr Dr. Malte Ost (Leitung) sowie Frau Kübra Aydin (Projekte)."
    )
    assert [n for n, _ in named] == ["Herr Dr. Malte Ost", "Frau Kübra Aydin"]
    ev = event(
        Attendee("k.aydin@acme.example", "Aydin, Kübra"),
        Attendee("j.brand@acme.example", "Brand, Jörg"),
        Attendee("s.huett@acme.example", "Hütt, Svenja", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer="m.ost@acme.example",
        description="Diesmal sind wir zu dritt: Frau Aydin, unser Geschäftsführer Herr Brand und "
        "ich. Frau Hütt holt Sie am Empfang ab.\n\nMalte Ost",
    )
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert sorted((p.email, p.name) for p in found) == [
        ("j.brand@acme.example", "Jörg Brand"),
        ("k.aydin@acme.example", "Kübra Aydin"),
        ("m.ost@acme.example", "Malte Ost"),
    ]


def test_an_address_without_a_name_takes_the_name_its_description_gives() -> None:
    ev = event(
        Attendee("r.ellwood@acme.example", "Rhian Ellwood"),
        Attendee("b.okafor-lane@acme.example", "b.okafor-lane@acme.example"),
        Attendee("tvalcarcel@acme.example", ""),
        Attendee(ME, "Casey"),
        organizer="r.ellwood@acme.example",
        description="14:00 Panel with our Director, Mrs Bisi Okafor-Lane, and me.\n"
        "Then a tour with Ing. Tomás Valcárcel Ruiz, who leads the plant.",
    )
    found = {p.email: (p.name, p.greeting) for p in interviewers_of(ev, ME, Notes(), RULES)}
    assert found["b.okafor-lane@acme.example"][0] == "Bisi Okafor-Lane"
    # of two surnames, the address keeps the first
    assert found["tvalcarcel@acme.example"][0].endswith("Tomás Valcárcel Ruiz")


def test_staffing_and_recruitment_mailboxes_abroad_are_nobody() -> None:
    for address in ("staffing@acme.example", "werwing@acme.example", "werving@acme.example"):
        assert is_group_address(address)


def test_someone_named_as_sitting_on_the_panel_is_an_interviewer() -> None:
    ev = event(
        JANE,
        Attendee(ME, "Casey"),
        organizer="recruitment@acme.example",
        description="Matua Hemi Parata will open with a karakia and will sit on the panel with "
        "Jane. Ruth Aldous, one of our service users, will sit with us for the last part.",
    )
    names = sorted(p.name for p in interviewers_of(ev, ME, Notes(), RULES))
    assert names == ["Hemi Parata", "Jane Doe", "Ruth Aldous"]


def test_someone_who_joins_at_a_time_named_before_them_is_an_interviewer() -> None:
    named, _ = names_in_description(
        "Raj and I will start with you. At 11:00 Priya Venkatesan (Director, Risk) will join us "
        "for the last half hour."
    )
    assert [n for n, _ in named] == ["Priya Venkatesan"]


def test_a_person_from_hr_is_who_she_in_the_next_clause_is() -> None:
    ev = event(
        JANE,
        Attendee("b.okoro@acme.example", "Okoro, Bisi (HR Partner)", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer=JANE.email,
        description="Bisi from HR is on the invite so she has it in her calendar; she won't be "
        "attending.",
    )
    assert emails(ev) == [JANE.email]


def test_a_writer_there_only_to_present_the_firm_is_no_interviewer() -> None:
    ev = event(
        Attendee("e.rota@acme.example", "Dott. Elio Rota"),
        Attendee("g.neri@acme.example", "Neri Giada"),
        Attendee(ME, "Casey"),
        organizer="c.villa@acme.example",
        organizer_name="Villa Carla",
        description="Saranno presenti il Dott. Elio Rota e la Dott.ssa Giada Neri; io mi "
        "collegherò per i primi dieci minuti per una breve presentazione dell'azienda.",
    )
    assert sorted(emails(ev)) == ["e.rota@acme.example", "g.neri@acme.example"]


def test_more_ways_a_panel_is_written() -> None:
    # a header after a sentence on the same line
    named, _ = names_in_description(
        "PFB the details for your round for the SDE-2 position. Panel: Aniket Rao (Tech Lead) and "
        "Sudhir Iyer (Engineering Manager)."
    )
    assert [n for n, _ in named] == ["Aniket Rao", "Sudhir Iyer"]
    # letters after a name, then a title with "and" in it; a Spanish title after a comma
    named, _ = names_in_description(
        "The interview panel will consist of:\nNadine Arsenault, P.Eng., Director of Engineering "
        "and Public Works\nHector Mac, Chief Administrative Officer\n"
    )
    assert [n for n, _ in named] == ["Nadine Arsenault", "Hector Mac"]
    named, _ = names_in_description(
        "Te entrevistarán Rodrigo Pizarro, Superintendente de Procesos, y Javiera Cerda, Jefa de "
        "Metalurgia."
    )
    assert [n for n, _ in named] == ["Rodrigo Pizarro", "Javiera Cerda"]
    # a Polish engineer's degrees in lower case before the name
    named, _ = names_in_description(
        "Rozmowę poprowadzą:\n- Agnieszka Mróz – Kierownik Działu\n- dr inż. Bartosz Wrona – "
        "Główny Specjalista\n"
    )
    assert [n for n, _ in named][-1].endswith("Bartosz Wrona")


def test_the_writer_as_a_slot_or_first_in_a_list_is_on_the_panel() -> None:
    ev = event(
        Attendee("p.sethi@acme.example", "Sethi, Priya"),
        Attendee(ME, "Casey"),
        organizer="ingrid.lee@acme.example",
        organizer_name="Lee, Ingrid",
        description="Plan for the morning:\n10:00 – 11:00  System design – Priya Sethi\n"
        "11:00 – 12:00  Hiring manager conversation – me\n\nIngrid",
    )
    assert sorted(emails(ev)) == ["ingrid.lee@acme.example", "p.sethi@acme.example"]
    ev = event(
        Attendee("michalina.fuchs@acme.example", "Fuchs Michalina"),
        Attendee("zuzanna.hall@acme.example", "Hall Zuzanna", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer="grzegorz.nowak@acme.example",
        organizer_name="Nowak Grzegorz",
        description="Będziemy we trójkę: ja, Michalina Fuchs oraz nasz CTO.\n\nZuzia jest w "
        "zaproszeniu opcjonalnie, ale w samej rozmowie nie bierze udziału.",
    )
    assert sorted(emails(ev)) == ["grzegorz.nowak@acme.example", "michalina.fuchs@acme.example"]


def test_a_given_name_of_two_words_run_together_in_an_address() -> None:
    ev = event(
        Attendee("anhthu.nguyen-barker@acme.example", "anhthu.nguyen-barker@acme.example"),
        Attendee(ME, "Casey"),
        organizer=JANE.email,
        organizer_name="Jane Doe",
        description="Anh Thư Nguyễn-Barker (Operations Manager) and I will run the interview.",
    )
    found = {p.email: p.name for p in interviewers_of(ev, ME, Notes(), RULES)}
    assert found == {
        "anhthu.nguyen-barker@acme.example": "Anh Thư Nguyễn-Barker",
        JANE.email: "Jane Doe",
    }


def test_recruitment_offices_are_nobody_but_a_recruiter_is_someone() -> None:
    from agent.core.people import not_a_person

    assert is_group_address("recruitment.services@acme.example")
    assert not_a_person(Attendee("r@acme.example", "ACME Recruitment Services"))
    assert not not_a_person(Attendee("jane@acme.example", "Jane Doe (Recruitment)"))


def test_more_ways_people_are_named_and_left_out() -> None:
    # an Irish surname with its particle run into the address
    ev = event(
        Attendee("cmacdonncha@acme.example", "cmacdonncha@acme.example"),
        Attendee(ME, "Casey"),
        organizer="saoirse@acme.example",
        organizer_name="Saoirse Culhane",
        description="14:00 – 14:30  Cathal Mac Donncha, Senior Manager\n14:30 – 15:00  Jane "
        "Doe, Director\n\nI won't be on the call myself.\nSaoirse",
    )
    found = {p.email: p.name for p in interviewers_of(ev, ME, Notes(), RULES)}
    assert found["cmacdonncha@acme.example"] == "Cathal Mac Donncha"
    # a declined colleague named first, with an adverb, is not the writer
    ev = event(
        Attendee("katarina@acme.example", "Wästberg, Katarina"),
        Attendee("linnea@acme.example", "Pålsson, Linnea", response="declined"),
        Attendee(ME, "Casey"),
        organizer="johan@acme.example",
        organizer_name="Åkerlund, Johan",
        description="Here is the final interview with Katarina Wästberg (our CEO) and me. "
        "Linnea unfortunately can't make it, so it will be the two of us.\n\nJohan",
    )
    assert sorted(emails(ev)) == ["johan@acme.example", "katarina@acme.example"]
    # a hyphenated given name by its initials; Dutch "ze" is who the clause is about
    ev = event(
        Attendee("pjzuidema@acme.example", "P.J. Zuidema"),
        Attendee("sanne@acme.example", "Sanne Vos", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer="joost@acme.example",
        organizer_name="Joost Bakker",
        description="It'll be Pieter-Jan Zuidema (our CMO) and me.\n\nSanne is on the invite for "
        "the planning; ze schuift niet aan bij het gesprek zelf.\n\nJoost",
    )
    assert sorted(emails(ev)) == ["joost@acme.example", "pjzuidema@acme.example"]


def test_a_declined_panellist_and_who_joins_instead() -> None:
    ev = event(
        Attendee("femi.clegg@acme.example", "Clegg, Femi (Dr)", response="declined"),
        Attendee("marcus.white@acme.example", "White, Marcus"),
        Attendee(ME, "Casey"),
        organizer=JANE.email,
        organizer_name="Jane Doe",
        description="Dr Clegg has had to send her apologies, so Marcus White (Deputy Director) "
        "will be joining me instead.",
    )
    assert sorted(emails(ev)) == [JANE.email, "marcus.white@acme.example"]


def test_assessors_and_who_you_will_talk_with_in_french() -> None:
    named, _ = names_in_description(
        "Your assessors on the day will be Bethan Rawe (Operations Manager), Tunde Moss (Head of "
        "Service) and Rachel Ng (Talent Partner)."
    )
    assert [n for n, _ in named] == ["Bethan Rawe", "Tunde Moss", "Rachel Ng"]
    named, _ = names_in_description(
        "Vous échangerez avec Bérénice Castagnède, Directrice Marketing, et Thibault Quéré."
    )
    assert [n for n, _ in named] == ["Bérénice Castagnède", "Thibault Quéré"]


def test_latin_american_panels_and_degrees() -> None:
    named, _ = names_in_description(
        "Entrevistadores:\nLic. Mariana Zambrano Garza – Directora de Finanzas\nC.P. Héctor "
        "Treviño Saldívar – Contralor Corporativo\n"
    )
    assert [n for n, _ in named] == ["Lic. Mariana Zambrano Garza", "C.P. Héctor Treviño Saldívar"]
    named, _ = names_in_description(
        "En esta ocasión estaremos Héctor y yo, y se suma el Ing. Rogelio Cantú Elizondo, nuestro "
        "Director de Administración y Finanzas."
    )
    assert sorted(n for n, _ in named) == ["Héctor", "Ing. Rogelio Cantú Elizondo"]
    named, _ = names_in_description(
        "La entrevista la haremos Santiago Echeverri Vélez (Vicepresidente) y yo; nosotros "
        "estaremos desde la sala de juntas en Rionegro."
    )
    assert [n for n, _ in named] == ["Santiago Echeverri Vélez"]
    named, _ = names_in_description(
        "Interviewers:\n9:00 AM – 10:00 AM PST (11:00 AM – 12:00 PM CST, Mexico City)\n"
        "Dr. Imogen Vanderhoek – Head of Data Platform\n"
    )
    assert [n for n, _ in named] == ["Dr. Imogen Vanderhoek"]


def test_who_stays_away_in_spanish_and_with_a_contraction() -> None:
    # the pronoun dropped: the clause before names her
    ev = event(
        Attendee("nerea@acme.example", "Urkiola Basterra, Nerea"),
        Attendee("lucia@acme.example", "Marín Sotomayor, Lucía", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer="arturo@acme.example",
        organizer_name="Beltrán Quiles, Arturo",
        description="Estaremos Nerea Urkiola (Engineering Manager) y yo.\n\nLucía, de People, "
        "está en la convocatoria para el seguimiento; no estará conectada.\n\nArturo",
    )
    assert sorted(emails(ev)) == ["arturo@acme.example", "nerea@acme.example"]
    # "Kendra's on the invite" is "Kendra is"
    ev = event(
        Attendee("dani@acme.example", "Ramirez, Dani"),
        Attendee("kendra@acme.example", "Sandoval, Kendra", role="opt-participant"),
        Attendee(ME, "Casey"),
        organizer=JANE.email,
        organizer_name="Jane Doe",
        description="- 30 min: deal review with Dani Ramirez\n\nKendra's on the invite so she can "
        "track timing; she won't attend.",
    )
    assert "kendra@acme.example" not in emails(ev)
    # the writer who only meets you at the gate
    ev = event(
        Attendee("umancera@acme.example", "Mancera Rocha, Ulises"),
        Attendee(ME, "Casey"),
        organizer="xavila@acme.example",
        organizer_name="Ávila Rangel, Ximena",
        description="Yo te recibo en la caseta y te acompaño a la sala, pero la entrevista es con "
        "el Ing. Ulises Mancera Rocha (Gerente de Ingeniería).",
    )
    assert emails(ev) == ["umancera@acme.example"]


def test_finance_titles_and_a_group_after_and_are_no_people() -> None:
    named, _ = names_in_description(
        "You will be meeting with Lyle Haug, General Manager, and Dwight Pruitt, Corporate "
        "Controller."
    )
    assert [n for n, _ in named] == ["Lyle Haug", "Dwight Pruitt"]
    named, _ = names_in_description(
        "Interview panel:\nGurpreet Whitlock, Director, Decision Support and Health Records\n"
        "Colm Ferriday, CPA, Vice-President, Finance\n"
    )
    assert [n for n, _ in named] == ["Gurpreet Whitlock", "Colm Ferriday"]


def test_an_associate_professor_and_a_company_are_named_right() -> None:
    named, _ = names_in_description(
        "Your interview panel:\nAssociate Professor Imelda Farquhar - Deputy Dean (Academic "
        "Staffing)\nCallum Yeboah - Senior Manager\n"
    )
    assert [n for n, _ in named][0] == "Associate Professor Imelda Farquhar"
    named, _ = names_in_description(
        "Here's the invite for your interview with Marralong Lithium Limited (ASX: MLW).\n\n"
        "You'll be speaking with:\n- Fenella Ong – Project Director\n"
    )
    assert [n for n, _ in named] == ["Fenella Ong"]


def test_the_writer_named_first_in_the_sentence_that_lists_the_committee() -> None:
    pat = Attendee("pat.ng@acme.example", "Ng, Pat")
    description = (
        "You will meet with the committee: myself, Prof. Jane Doe (Management), and Pat Ng "
        "(HR Business Partner). The committee distribution list is included for visibility "
        "only; other members will not attend.\n\nSincerely,\n\nSam Lee, SPHR\n"
        "Associate Vice President, Human Resources"
    )
    assert met(description, (JANE, pat)) == sorted([JANE.email, pat.email, SAM.email])


def test_the_writer_who_joins_only_to_take_notes_is_not_thanked() -> None:
    pat = Attendee("pat.ng@acme.example", "Pat Ng")
    description = (
        "Your interview panel will be Dr. Jane Doe (Director) and Pat Ng (Finance). "
        "I will be joining only to take notes.\n\nKind regards,\nSam Lee\nHR Officer"
    )
    assert met(description, (JANE, pat)) == sorted([JANE.email, pat.email])


def test_an_irish_civil_service_interview_board_named_in_one_line() -> None:
    named, _ = names_in_description(
        "You are invited to attend for interview as follows:\n\nInterview board: Úna Ní "
        "Bhriain, Principal Officer (Chairperson); Desmond Carrow, Assistant Principal; and "
        "an independent board member.\n"
    )
    assert [n for n, _ in named] == ["Úna Ní Bhriain", "Desmond Carrow"]


def test_more_ways_a_panel_is_named() -> None:
    named, _ = names_in_description(
        "For round two you'll talk with Tessa Wein, our Manager of Engineering, Jesús Herr "
        "from Relay & Protection, and me."
    )
    assert [n for n, _ in named] == ["Tessa Wein", "Jesús Herr"]
    named, _ = names_in_description(
        "Interviewer(s):\nGurleen Sandhu, P.Eng., Reliability Engineering Lead\n"
        "Colm Ferr, Maintenance Superintendent – Edmonton Terminal\n\nTo accept, ..."
    )
    assert [n for n, _ in named] == ["Gurleen Sandhu", "Colm Ferr"]
    # Microsoft Bookings' confirmation names the interviewer as the staff member booked
    named, _ = names_in_description(
        "Your booking is confirmed\n\nService: Engineering phone screen (45 minutes)\n"
        "Staff: Lyle Bredd\nWhen: Thursday, November 19, 2026, 2:00 PM"
    )
    assert [n for n, _ in named] == ["Lyle Bredd"]


@pytest.mark.parametrize(
    "aside",
    [
        "I will meet you at reception and bring you to the room, but I will not form part of "
        "the panel.",
        "Pat from HR is optional on this invite and may drop in for the last few minutes to "
        "talk about next steps; she won't be assessing.",
    ],
)
def test_someone_on_the_invite_who_does_not_assess(aside: str) -> None:
    pat = Attendee("pat.ng@acme.example", "Pat Ng")
    description = f"Jane Doe and I will be interviewing you.\n\n{aside}\n\nSam Lee"
    if aside.startswith("Pat"):
        assert met(description, (JANE, pat)) == sorted([JANE.email, SAM.email])
    else:
        assert met(description.replace("Jane Doe and I will be", "Jane Doe will be"), (JANE,)) == [
            JANE.email
        ]


def test_the_alternates_who_will_not_attend_are_not_the_writer() -> None:
    description = (
        "The board will consist of myself, Jane Doe (Traffic Operations), and Pat Ng. The "
        "panel list is on this invite so alternates have the time blocked; the alternates "
        "will not attend unless a board member is unavailable.\n\nSam Lee, P.E."
    )
    pat = Attendee("pat.ng@acme.example", "Pat Ng")
    assert met(description, (JANE, pat)) == sorted([JANE.email, pat.email, SAM.email])


def test_an_irish_surname_of_three_words_written_first() -> None:
    name = display_name("Mac Giolla Phádraig, Ciarán (Dr.)", "ciaran.macgiollaphadraig@acme.ie")
    assert name == "Ciarán Mac Giolla Phádraig"
    assert greeting_of(name, "ciaran.macgiollaphadraig@acme.ie") == "Ciarán"


def test_a_panel_member_listed_before_the_schedulers_note_is_no_scheduler() -> None:
    pat = Attendee("pat.ng@acme.example", "Pat Ng")
    description = (
        "Here's your panel for the Clinical Trial Associate role:\n\nJane Doe - Clinical Trial "
        "Manager\nPat Ng - Manager, TMF & Study Start-Up\n\nI'm just the scheduler here and "
        "won't be on the call.\n\nSam Lee\nPeople Ops | Acme"
    )
    assert met(description, (JANE, pat, SAM)) == sorted([JANE.email, pat.email])


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a title that goes on past its comma with where the person works
        (
            "You'll meet Priya Raman, Director, Strategy and Planning, and Tom Hale.",
            ["Priya Raman", "Tom Hale"],
        ),
        (
            "Vous rencontrerez Luc Girard, directeur, Finances (absent de l'invitation).",
            ["Luc Girard"],
        ),
        (
            "Aiko Sato, Portfolio Manager, Private Markets, and I will be interviewing you.",
            ["Aiko Sato"],
        ),
        # "together with" joins one more person
        (
            "For part 2 you will meet Ana Ruiz and me again, together with Ben Oyelaran, "
            "Director General, Policy (he is not on the invitation).",
            ["Ana Ruiz", "Ben Oyelaran"],
        ),
        # a selection panel's list, and a sentence that ends by introducing it
        (
            "Selection panel:\nMei Tan, Director (Chair)\nJon Bell, Adviser (independent member)",
            ["Mei Tan", "Jon Bell"],
        ),
        (
            "Thanks for applying. Your interview panel is:\n\n"
            "Dr Ravi Menon - Dean\nMs Ola Berg - HR",
            ["Dr Ravi Menon", "Ms Ola Berg"],
        ),
        ("Hi! This will be me and our design lead, Noor Haddad.", ["Noor Haddad"]),
        (
            "You'll pair with:\n- Kai Lund, Senior Engineer\n- Eun-ji Park, Engineer (Tools)",
            ["Kai Lund", "Eun-ji Park"],
        ),
        # a schedule's fields name nobody; its slot, the time on a line of its own, does
        (
            "Interview schedule\n\nCandidate: Casey Candidate\nRole: Manager, Market Risk "
            "(Treasury)\n\n2:00pm - 3:00pm\nRosa Diaz - Head of Market Risk",
            ["Rosa Diaz"],
        ),
    ],
)
def test_who_descriptions_name_as_real_invites_write_it(text: str, named: list[str]) -> None:
    found, _ = names_in_description(text)
    assert [n for n, _ in found if n != "Casey Candidate"] == named


def test_a_slot_naming_an_attendee_by_first_name_is_theirs() -> None:
    # an itinerary lists the others by full name and one attendee, invited without a display
    # name, by the first name their address spells
    description = (
        "9:00 - 9:45   Mirela - your case study readout\n"
        "9:45 - 10:30  Jane Doe, Engineering Manager\n"
        "10:30 - 10:45 Wrap-up with me (logistics only)\n\n"
        "I'm on the invite to keep time, but I'm not interviewing."
    )
    mirela = Attendee("mirela@acme.example", "")
    assert met(description, (JANE, mirela, SAM)) == sorted([JANE.email, mirela.email])


def test_a_panel_list_title_gives_way_to_the_invites_own_name() -> None:
    helena = Attendee("h.ward@acme.example", "Helena Ward")
    ev = event(helena, Attendee(ME, "Casey"), organizer=helena.email, organizer_name="Helena Ward",
               description="Your panel is:\n\nProfessor Helena Ward - Registrar (Chair)\n"
               "Ms Kim Fox - HR Partner")  # fmt: skip
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert [(p.name, p.greeting) for p in found] == [("Helena Ward", "Helena"), ("Kim Fox", "Kim")]


def test_a_given_name_that_is_also_a_credential() -> None:
    # "Peng" after a given name is a name; "P.Eng." and "PEng" are letters
    assert display_name("LIM Hui Peng", "huipeng.lim@acme.sg") == "Hui Peng Lim"
    assert display_name("Dana Roy P.Eng.", "dana@acme.ca") == "Dana Roy"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # German headers with "Ihre" and both genders written out
        ("Ihre Interviewpartner:innen:\nMag. Petra Holzer, Head of Pricing\nDI Jonas Egger, BSc, "
         "Data Scientist", ["Mag. Petra Holzer", "DI Jonas Egger"]),
        ("Ihre Gesprächspartner:\nFrau Anna Voss – Leiterin Controlling\nHerr Tim Roth – "
         "Teamleiter BI", ["Frau Anna Voss", "Herr Tim Roth"]),
        # a German schedule: the case study's label and "Sie" name nobody
        ("Ablauf:\n13:00 – 13:45 Fallstudie: Sie bekommen einen Datensatz aus dem Handel\n"
         "13:45 – 15:00 Gespräch mit Jonas Egger und Dr. Petra Holzer", ["Jonas Egger",
                                                                          "Dr. Petra Holzer"]),
    ],
)  # fmt: skip
def test_who_german_invites_name(text: str, named: list[str]) -> None:
    found, _ = names_in_description(text)
    assert [n for n, _ in found] == named


def test_writers_who_say_they_are_not_part_of_it_in_german_and_dutch() -> None:
    for said in ("Ich selbst bin nicht Teil der Gesprächsrunde.", "Ik doe zelf niet mee."):
        description = f"Ablauf:\n13:45 – 15:00 Gespräch mit Jane Doe\n\n{said}\n\nSam Lee"
        assert met(description, (JANE, SAM)) == [JANE.email]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A banca será eu e o Henrique Abdalla Sayão, nosso Diretor de Controladoria e "
         "Planejamento.", ["Henrique Abdalla Sayão"]),
        ("Comissão de Seleção:\n- Cláudia Mantovani – Gerente (presidente)\n- Débora Luz Amaral "
         "– Analista de RH", ["Cláudia Mantovani", "Débora Luz Amaral"]),
        ("Vanessa Moura (Coordenadora de FP&A) e Gustavo Pimentel (Gerente) vão entrevistar você.",
         ["Vanessa Moura", "Gustavo Pimentel"]),
        # a Telugu initial before the given names is no sentence's end
        ("Panel: Ch. Srinivasa Rao (Vice President) and Sameera Begum (Senior Manager).",
         ["Ch Srinivasa Rao", "Sameera Begum"]),
    ],
)  # fmt: skip
def test_who_portuguese_and_indian_invites_name(text: str, named: list[str]) -> None:
    found, _ = names_in_description(text)
    assert [n for n, _ in found] == named


def test_a_surname_written_by_its_initials_is_the_invited_person() -> None:
    rao = Attendee("srinivasarao.ch@bank.example", "Srinivasa Rao Chilukuri")
    ev = event(rao, Attendee(ME, "Casey"), organizer=rao.email, organizer_name=rao.name,
               description="Panel: Ch. Srinivasa Rao (VP) and Jane Doe (Manager).")  # fmt: skip
    found = interviewers_of(ev, ME, Notes(), DetectRules())
    assert (rao.email, "Srinivasa Rao Chilukuri") in [(p.email, p.name) for p in found]


def test_portuguese_writers_who_stay_out_of_it() -> None:
    said = "Jane Doe vai entrevistar você.\n\nEu não entro na call, tá?\n\nSam Lee"
    assert met(said, (JANE, SAM)) == [JANE.email]
    camila = Attendee("camila.prado@acme.example", "Camila Prado")
    said = "Jane Doe vai entrevistar você. A Camila está como opcional e não fica na conversa."
    assert met(said, (JANE, camila, SAM)) == sorted([JANE.email, SAM.email])


def test_a_host_who_takes_notes_but_is_not_on_the_board() -> None:
    text = (
        "Interview panel: Prof. Ada Ryan (Chair) and Dr Ken Walsh (PI). Sam Lee (HR) will host "
        "the meeting and take notes but is not a member of the board."
    )
    found, _ = names_in_description(text)
    assert [n for n, _ in found] == ["Prof. Ada Ryan", "Dr Ken Walsh"]
    # the host alone is on the invite: the board is thanked by name, the host not at all
    assert SAM.email not in met(text, (SAM,))


def test_a_director_of_two_things_is_one_person() -> None:
    found, _ = names_in_description(
        "You'll meet Dr Ama Owusu, Director of Development and Alumni Relations, and Tom Hale."
    )
    assert [n for n, _ in found] == ["Dr Ama Owusu", "Tom Hale"]


def test_the_writer_of_a_schedule_who_takes_a_slot_is_an_interviewer() -> None:
    """A slot with one space after its time ("10:45 Interview with Jane and me") is a slot."""
    schedule = (
        "Here is the day. Schedule:\n9:30 Site walk with Jane Doe\n10:15 Interview with Jane "
        "and me\n11:30 Interview with Raj Patel, Finance Director\n\nSam"
    )
    raj = Attendee("raj.patel@acme.example", "")
    assert met(schedule, (JANE, raj)) == sorted([JANE.email, raj.email, SAM.email])
    # without a slot of the writer's, the writer organises only
    assert met(schedule.replace("Jane and me", "Jane"), (JANE, raj)) == sorted(
        [JANE.email, raj.email]
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a department after the title, in French and English, joined by "et" and "and"
        ("Vous rencontrerez Jeanne Tremblay, directrice, Produits Internet et Wi-Fi, et Paul "
         "Roy, vice-président, Marketing produits.", ["Jeanne Tremblay", "Paul Roy"]),
        ("You will meet Jane Doe, Director, Internet Products and Wi-Fi, and Raj Patel.",
         ["Jane Doe", "Raj Patel"]),
        # "will be with" someone titled with a department named with "&"
        ("Your panel interview will be with Dr. Raj Patel, Medical Director, Quality & Patient "
         "Safety, and me.", ["Dr. Raj Patel"]),
        # people who "will meet with you"
        ("Jane Doe (Manager, Data & Reporting) and Raj Patel, CPA (AVP, Finance) will meet with "
         "you.", ["Jane Doe", "Raj Patel"]),
        # a French selection committee "sera composé de" a list
        ("Le comité de sélection sera composé de :\n- M. Paul Roy, directeur\n- Mme Jeanne "
         "Tremblay, CRHA, conseillère en ressources humaines",
         ["M. Paul Roy", "Mme Jeanne Tremblay"]),
    ],
)  # fmt: skip
def test_names_in_descriptions_with_departments_and_committees(text: str, names: list[str]) -> None:
    assert [n for n, _ in names_in_description(text)[0]] == names


def test_an_attendee_invited_by_address_alone_is_named_as_the_description_writes_them() -> None:
    """CN is the address; the prose names "Soo-ah Park-Lévesque", hyphens and accents kept."""
    guest = Attendee("sooah.park-levesque@acme.example", "sooah.park-levesque@acme.example")
    ev = event(
        JANE,
        guest,
        Attendee(ME, "Casey"),
        organizer=JANE.email,
        description="Soo-ah Park-Lévesque (Lead Designer) and I will be on the call.",
    )
    people = interviewers_of(ev, ME, Notes(), RULES)
    assert [p.name for p in people if p.email == guest.email] == ["Soo-ah Park-Lévesque"]


def test_the_host_of_a_bare_zoom_copy_is_its_interviewer() -> None:
    ev = event(description="Brynn Larsen is inviting you to a scheduled Zoom meeting.\n\n"
               "Topic: Acme Software | Data Analyst | Casey Candidate")  # fmt: skip
    assert [p.name for p in interviewers_of(ev, ME, Notes(), RULES)] == ["Brynn Larsen"]


@pytest.mark.parametrize(
    ("name", "email", "shown"),
    [
        # a family name in capitals first, given names after it ("Meng" is no MEng)
        ("ONG Chee Meng", "cheemeng.ong@acme.example", "Chee Meng Ong"),
        # Polish forms of address go; a surname "PAN" in capitals stays
        ("Pani Olga Hrytsenko", "olga.h@acme.example", "Olga Hrytsenko"),
        ("PAN Wei Ming", "weiming.pan@acme.example", "Wei Ming Pan"),
        # two surnames, then two given names, the first of them opening the address
        (
            "Salcedo Niño, Andrés Felipe",
            "andresf.salcedo@acme.example",
            "Andrés Felipe Salcedo Niño",
        ),
        # "CHAN, Tsz Hin Marcus": surname, Chinese given names, an English name the address uses
        ("CHAN, Tsz Hin Marcus", "marcus.chan@acme.example", "Marcus Chan"),
    ],
)
def test_names_written_family_name_first(name: str, email: str, shown: str) -> None:
    assert display_name(name, email) == shown


@pytest.mark.parametrize(
    ("said", "invited"),
    [
        # the family name first in the prose, last in the address the invite gives alone
        ("Ng Hui Wen", Attendee("huiwen.ng@acme.example", "")),
        # a Malay name with "bin": the address keeps two of its words
        ("Muhammad Firdaus bin Osman", Attendee("firdaus.osman@acme.example", "")),
        # the given names alone, as a colleague writes them
        ("Siti Zulaikha", Attendee("sz.rahman@acme.example", "Siti Zulaikha binti Rahman")),
    ],
)
def test_a_name_in_the_prose_is_the_invited_person(said: str, invited: Attendee) -> None:
    ev = event(invited, Attendee(ME, "Casey"), organizer=SAM.email,
               description=f"You'll be meeting {said}.")  # fmt: skip
    assert sorted(emails(ev)) == sorted([invited.email, SAM.email])  # no one twice


@pytest.mark.parametrize(
    "text",
    [
        "You'll be meeting Jane Doe, General Manager, South-East Asia, and Raj Patel.",
        "Jane Doe, Deputy Director, Commercial, and Raj Patel, Director, District Cooling "
        "Business, will interview you.",
        "Schedule:\n1:30 - 2:30  Panel with Jane Doe\n2:40 - 3:30  Peer interview with our "
        "therapy leads, Rehab Gym conference room",
    ],
)
def test_regions_units_and_rooms_after_a_name_are_nobody(text: str) -> None:
    assert not {"South-East Asia", "District Cooling Business", "Rehab Gym"} & {
        n for n, _ in names_in_description(text)[0]
    }


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # an academic title before the name, a German title with "&" after the dash
        ("Dr.-Ing. Jonas Weber – Teamleiter Basissoftware & MCAL", "Dr.-Ing. Jonas Weber"),
        ("DI Anja Roth – Abteilungsleiterin Messtechnik & Smart Meter", "DI Anja Roth"),
    ],
)
def test_a_german_panel_line_names_the_person_not_their_title(line: str, name: str) -> None:
    assert [n for n, _ in names_in_description(f"Ihre Gesprächspartner:\n{line}\n")[0]] == [name]


def test_an_umlaut_the_address_spells_out_is_the_same_person() -> None:
    invited = Attendee("j.mueller-lueth@acme.example", "")
    panel = "Your interviewers:\n- Jane Doe\n- Jonas Müller-Lüth, Systems Engineer"
    ev = event(JANE, invited, Attendee(ME, "Casey"), organizer=JANE.email, description=panel)
    assert sorted(emails(ev)) == sorted([JANE.email, invited.email])


def test_a_spanish_interview_panel_list() -> None:
    text = "Panel de entrevista:\n- Lic. Jorge Ruiz Paz, Subdirector\n- Mtra. Ana Gil, Gerente"
    assert [n for n, _ in names_in_description(text)[0]] == ["Lic. Jorge Ruiz Paz", "Mtra. Ana Gil"]


def test_a_slot_said_to_be_no_interview_names_no_interviewer() -> None:
    schedule = (
        "Your schedule:\n09:00 – 09:45  Jane Doe, Treasury Manager – cash\n"
        "09:45 – 10:00  Wrap-up with your recruiter, Raj Patel (not an interview – questions on "
        "benefits)"
    )
    ev = event(JANE, RAJ_OPT, Attendee(ME, "Casey"), organizer="interviews@acme.example",
               description=schedule)  # fmt: skip
    assert emails(ev) == [JANE.email]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # Dutch, Italian, Portuguese and Spanish panel headings, and English's screening
        # committee
        ("Je gesprekspartners:\n- ir. Mark de Boer, Hoofd Planning\n- Eva Smit, HR",
         ["ir. Mark de Boer", "Eva Smit"]),
        ("Incontrerà:\nDott.ssa Anna Bassi - HR\nIng. Paolo Rota - Direttore Tecnico",
         ["Dott.ssa Anna Bassi", "Ing. Paolo Rota"]),
        ("Commissione:\n- Ing. Paolo Rota, Direttore Tecnico\n- Anna Bassi, HR",
         ["Ing. Paolo Rota", "Anna Bassi"]),
        ("Sarà ricevuta da:\nDott. Paolo Rota - Direttore\nSig.ra Anna Bassi - HR",
         ["Dott. Paolo Rota", "Sig.ra Anna Bassi"]),
        ("Your screening committee:\nDr. Ana Ruiz, Principal\nMr. Tom Lee, HR Director",
         ["Dr. Ana Ruiz", "Mr. Tom Lee"]),
        ("Vais conversar com:\nAna Rita Sousa Lopes - Diretora\nJoão Pedro Alves - Gestor",
         ["Ana Rita Sousa Lopes", "João Pedro Alves"]),
        ("Vai ser entrevistado(a) por: Sr. Rui Alves (Gestor) e Sra. Ana Lopes (Qualidade). "
         "Parte da conversa será em inglês.", ["Sr. Rui Alves", "Sra. Ana Lopes"]),
        # a Philippine lawyer's title before a name
        ("Your interviewers: Atty. Rosa Go (Claims Head) and Ramon Lim (QA Supervisor)",
         ["Atty. Rosa Go", "Ramon Lim"]),
        # several surnames with their particles are one name
        ("Entrevistadora: Marta Gómez de la Fuente Ruiz, Head of People",
         ["Marta Gómez de la Fuente Ruiz"]),
        # in a sentence
        ("Durante il colloquio incontrerà Anna Bassi (HR) e l'Arch. Paolo Rota, responsabile "
         "della collezione.", ["Anna Bassi", "Arch. Paolo Rota"]),
        ("A entrevista será conduzida pela Ana Lopes (Gestora) e pelo Dr. Rui Alves "
         "(Controller). Traga exemplos.", ["Ana Lopes", "Dr. Rui Alves"]),
        # a Dutch given name in brackets after its initials, "dhr." and "mevr."
        ("Het gesprek wordt gevoerd door dhr. P. (Piet) Jansen, Site Manager, en mevr. "
         "K. Visser, HR Adviseur.", ["dhr. Piet Jansen", "mevr. K Visser"]),
    ],
)  # fmt: skip
def test_panels_named_in_dutch_italian_portuguese_and_spanish(text: str, named: list[str]) -> None:
    people, _ = names_in_description(text)
    assert [name for name, _ in people] == named


EVA = Attendee("eva.smit@acme.example", "Smit, Eva")
MARK = Attendee("mark.boer@acme.example", "Mark de Boer")
ANA = Attendee("ana.ruiz@acme.example", "Ana Ruiz")
KEES = Attendee("kees.bos@acme.example", "Kees Bos", role="opt-participant")


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # a Dutch itinerary: a slot with a first name and "mij" (the writer); a tour with
        # someone that is no part of the interview
        ("Programma:\n09:00 gesprek met Eva en mij\n10:00 gesprek met Mark de Boer (Planning)"
         "\n11:00 rondleiding met Kees (geen onderdeel van het gesprek)",
         [ANA.email, EVA.email, MARK.email]),
        # an English agenda: a presentation to people named, the writer among them; a 1:1
        ("Agenda:\n09:30 badge at the lobby\n09:45 case presentation to the panel: Eva and "
         "me\n11:00 1:1 with Mark de Boer (VP Logistics)\n12:00 lunch with Kees from HR - not "
         "part of the interview", [ANA.email, EVA.email, MARK.email]),
    ],
)  # fmt: skip
def test_itinerary_slots_name_people_by_first_name_and_the_writer(
    description: str, expected: list[str]
) -> None:
    """The organiser writes; here the organiser is Ana Ruiz, on the invite."""
    ev = event(EVA, MARK, ANA, KEES, Attendee(ME, "Casey"), organizer=ANA.email,
               organizer_name="Ana Ruiz", description=description)  # fmt: skip
    assert sorted(emails(ev)) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a company with its legal form is nobody to thank
        ("You have been scheduled for an interview with Zeeland Retail Group AB – Tech Hub.", []),
        # Danish: the people, then the verb
        ("Jane Doe (Head of Claims) og Sam Lee (Lead Developer) gennemfører samtalen.",
         ["Jane Doe", "Sam Lee"]),
    ],
)  # fmt: skip
def test_nordic_panels_and_a_company_named_like_a_person(text: str, named: list[str]) -> None:
    people, _ = names_in_description(text)
    assert [name for name, _ in people] == named


@pytest.mark.parametrize(
    "description",
    [
        "Du møter Jane Doe igjen og Raj Patel (CTO). Jeg er også med i hele intervjuet.\n\n"
        "Sam Lee\nHR-rådgiver",
        "Intervjun hålls av mig, Jane Doe (enhetschef) och Raj Patel.\n\nSam Lee\nHR-specialist",
        "Haastattelijoina minä, Jane Doe ja Raj Patel (Head of Data).\n\nSam Lee\nHR Manager",
    ],
)
def test_the_writer_joins_in_norwegian_swedish_and_finnish(description: str) -> None:
    raj = Attendee("raj.patel@acme.example", "Raj Patel")
    assert met(description, (JANE, raj)) == sorted([JANE.email, raj.email, SAM.email])


def test_a_legal_form_ends_a_company_not_a_name() -> None:
    from agent.core.names import looks_like_name

    assert not looks_like_name("Zeeland Retail Group AB")
    assert looks_like_name("Ab Osterhaus")  # a Dutch given name


def test_south_african_panels_titles_and_a_scheduling_inbox() -> None:
    # an advocate's "Adv." and an observer on the panel list
    people, observers = names_in_description(
        "Interview panel:\nMs Jane Doe - Chief Operating Officer (Chairperson)\n"
        "Adv. Rita Mokoena - Senior Manager: Human Capital (observer, EE and process)"
    )
    assert [n for n, _ in people] == ["Ms Jane Doe"] and observers == ["Adv. Rita Mokoena"]
    # someone who may dial in for the last minutes joins the panel
    named, _ = names_in_description(
        "Raj Patel (Lead) and I will be interviewing you, and Jane Doe from our Terminal "
        "Operations team may dial in for the last 15 minutes."
    )
    assert "Jane Doe" in [n for n, _ in named]
    # "CA(SA)" after a name is a credential
    assert display_name("Charl Erasmus CA(SA)", "charl.erasmus@acme.example") == "Charl Erasmus"
    # a talent team's inbox is nobody to thank
    inbox = Attendee("coordinator@acme.example", "Acme Talent")
    ev = event(inbox, JANE, organizer=inbox.email, organizer_name="Acme Talent",
               description="You will meet Jane Doe.")  # fmt: skip
    assert emails(ev) == [JANE.email]


def test_federal_panels_ranks_and_those_who_only_greet_or_check_in() -> None:
    # a retired officer's rank before a name; a recruiter there for check-in only
    people, _ = names_in_description(
        "Interview Team:\nLt Col (Ret.) Jane Doe, PMP - Director, Programs\n"
        "Raj Patel - Deputy Program Manager\n- Sam Lee, Recruiter (check-in only)"
    )
    assert [n for n, _ in people][1:] == ["Raj Patel"]
    assert "Jane Doe" in people[0][0]
    # those who meet the person at the lobby, cover logistics or sit outside the panel
    raj = Attendee("raj.patel@acme.example", "Raj Patel", role="opt-participant")
    for aside in (
        "Raj is optional and will meet you at the lobby.",
        "Raj from recruiting is optional and may drop for the last 10 minutes to cover logistics.",
        "Raj Patel is the HR Specialist for this announcement and is not a rating panel member.",
    ):
        text = f"Jane Doe will interview you. {aside}"
        ev = event(JANE, raj, organizer=JANE.email, description=text)
        assert emails(ev) == [JANE.email], aside


def test_sent_by_me_is_no_joining() -> None:
    from agent.core.attendance import writer_joins

    assert not writer_joins("Denne invitasjonen er sendt av meg på vegne av Jane.")
    assert writer_joins("Intervjun hålls av mig och Jane Doe.")


def names_of(ev: CalendarEvent) -> list[str]:
    return [p.name for p in interviewers_of(ev, ME, Notes(), RULES)]


def test_a_title_that_ends_in_two_departments_joined_by_an_ampersand() -> None:
    # Oracle Recruiting's confirmation: the second person's title runs on after "&".
    text = (
        "Interview team:\nTomasz Grzelczak, Head of Operational Risk\n"
        "Abena Tattersall, Senior Manager, Risk & Control Self-Assessment"
    )
    assert names_of(event(description=text)) == ["Tomasz Grzelczak", "Abena Tattersall"]
    # ... but two people joined by "&" after a titled one stay two people
    assert [
        n for n, _, _ in split_name_list("Jane Doe, Senior Manager, Risk & John Smith, Analyst")
    ] == [
        "Jane Doe",
        "John Smith",
    ]


def test_an_agency_consultant_who_wont_be_coming_along() -> None:
    cfo = Attendee("lorcan@ropemaker.example", "Lorcan Tubridy", response="accepted")
    agent = Attendee("jas@agency.example", "Jaswinder Kalsi", response="accepted")
    text = (
        "You'll meet Lorcan Tubridy (CFO) at their offices.\n\n"
        "I'm on here to keep track of it but won't be coming along. Good luck!\n\nJaswinder Kalsi"
    )
    ev = event(agent, cfo, organizer=agent.email, organizer_name=agent.name, description=text)
    assert emails(ev) == [cfo.email]


@pytest.mark.parametrize(
    "text",
    [
        "Wat leuk dat je langskomt! Daan (creative director) en ik voeren het gesprek samen.",
        "Hoi Casey, dit is het technische gesprek. Daan Tuinstra (senior analytics engineer) en ik "
        "doen het samen: eerst je opdracht, daarna een live SQL-vraag.",
    ],
)
def test_the_dutch_writer_and_a_colleague_hold_the_conversation_together(text: str) -> None:
    floor = Attendee("floor@studio.example", "Floor Hollebeek", response="accepted")
    daan = Attendee("daan@studio.example", "Daan Tuinstra", response="accepted")
    ev = event(floor, daan, organizer=floor.email, organizer_name=floor.name, description=text)
    assert sorted(emails(ev)) == [daan.email, floor.email]


def test_floor_is_a_given_name_and_a_floor_has_a_number() -> None:
    assert emails(event(Attendee("floor@studio.example", "Floor Hollebeek"))) == [
        "floor@studio.example"
    ]
    assert emails(event(JANE, Attendee("f5@acme.example", "Floor 5 - Board Room"))) == [JANE.email]
    assert emails(event(JANE, Attendee("g@acme.example", "Ground Floor Lobby"))) == [JANE.email]


def test_a_slot_for_first_names_and_an_attendee_known_by_address_alone() -> None:
    # "Case presentation for Joost and Marek": Joost is on the invite without a name.
    hr = Attendee("anneloes@lichtbaan.example", "Anneloes Vrijhoef", response="accepted")
    marek = Attendee("marek.nowakowski@lichtbaan.example", "Marek Nowakowski")
    joost = Attendee("joost.van.heeswijk@lichtbaan.example", "joost.van.heeswijk@lichtbaan.example")
    text = (
        "Your programme:\n\n"
        "09:00 - 09:15  Welcome at reception (Anneloes)\n"
        "09:15 - 10:15  Technical deep-dive with Marek Nowakowski (Head of Process Control)\n"
        "10:15 - 11:15  Case presentation for Joost and Marek\n\n"
        "I'll welcome you, but I'm not one of your interviewers."
    )
    ev = event(hr, marek, joost, organizer=hr.email, organizer_name=hr.name, description=text)
    assert sorted(emails(ev)) == [joost.email, marek.email]


def test_hong_kong_names_with_the_english_name_after_a_comma() -> None:
    text = (
        "Interview panel:\nMr. Chan Tai Man, Peter - Head of Treasury Risk\n"
        "Ms. Cheung Wing Yan, Vivian - Senior Manager, Market Risk Analytics"
    )
    found = interviewers_of(event(description=text), ME, Notes(), RULES)
    assert [(p.name, p.greeting) for p in found] == [
        ("Peter Chan", "Peter"),
        ("Vivian Cheung", "Vivian"),
    ]
    # Microsoft Bookings' "Staff:" line names the attendee as the invite does: one person
    candy = Attendee("candy.wong@tyhl.example", "Wong Mei Ling, Candy")
    ev = event(
        candy,
        description="Service: Demand Planning Manager - interview\nStaff: Wong Mei Ling, Candy",
    )
    assert [(p.email, p.name, p.greeting) for p in interviewers_of(ev, ME, Notes(), RULES)] == [
        (candy.email, "Candy Wong", "Candy")
    ]
    # ... and a Spanish name of three words keeps its own order
    assert display_name("Chan Tai Man", "") == "Chan Tai Man"


def test_spanish_panels_and_whom_they_leave_out() -> None:
    # A consultora de selección's invite: "Os reuniréis con ..., y con la Dra. ...".
    text = (
        "Os reuniréis con Gonzalo Peñalver Montalvo, Director de Marketing Consumer Health, y "
        "con la Dra. Sonsoles Villarroya, Directora Médica, que se incorporará a la segunda media "
        "hora.\n\nYo no asistiré; te llamo el mismo día por la tarde."
    )
    gonzalo = Attendee("gpenalver@labtajuna.example", "Gonzalo Peñalver Montalvo")
    agent = Attendee("paloma@consultora.example", "Paloma Escrivá Lasheras")
    ev = event(agent, gonzalo, organizer=agent.email, organizer_name=agent.name, description=text)
    assert names_of(ev) == ["Gonzalo Peñalver Montalvo", "Sonsoles Villarroya"]
    # ... and HR copied "solo para tener visibilidad de la agenda; no se conectará"
    partner = Attendee("aruizdevelasco@olivenza.example", "Ruiz de Velasco Pombo, Álvaro")
    hr = Attendee("colazabal@olivenza.example", "Olazábal Montes, Cristina", role="opt-participant")
    text = (
        "Le propongo una primera entrevista conmigo.\n\nCristina Olazábal, de Recursos Humanos, "
        "figura como opcional solo para tener visibilidad de la agenda; no se conectará."
    )
    ev = event(hr, organizer=partner.email, organizer_name=partner.name, description=text)
    found = interviewers_of(ev, ME, Notes(), RULES)
    assert [(p.email, p.name, p.greeting) for p in found] == [
        (partner.email, "Álvaro Ruiz de Velasco Pombo", "Álvaro")
    ]


def test_names_in_spanish_letters_and_catalan_agendas() -> None:
    assert display_name("Dª Remedios Ferrándiz Gisbert", "") == "Remedios Ferrándiz Gisbert"
    assert greeting_of(display_name("Dª Remedios Ferrándiz Gisbert", "")) == "Remedios"
    # "Presentes el case study a l'Ibai i a mi (Noe)": a verb that opens a slot, no one
    noe = Attendee("noemi@garbi.example", "Noemí Sarrià", response="accepted")
    ibai = Attendee("ibai@garbi.example", "Ibai Zabaleta", response="accepted")
    text = (
        "11:00 – 11:45  Presentes el case study a l'Ibai i a mi (Noe)\n"
        "11:45 – 12:30  Conversa amb l'equip de Pricing i cafè"
    )
    ev = event(noe, ibai, organizer=noe.email, organizer_name=noe.name, description=text)
    assert all("Presentes" not in n for n in names_of(ev))
    # a first name with its own address in an agenda is that attendee
    eduard = Attendee("eduard.tresserras@rumbora.example", "eduard.tresserras@rumbora.example")
    pau = Attendee("pau.vendrell@rumbora.example", "Pau Vendrell")
    text = (
        "10:00 – 11:00  Product case: checkout conversion – Pau Vendrell (Staff PM)\n"
        "11:45 – 12:30  Bar raiser: data & experimentation – Eduard "
        "(eduard.tresserras@rumbora.example)"
    )
    ev = event(pau, eduard, organizer="talent@rumbora.example", description=text)
    assert sorted(emails(ev)) == [eduard.email, pau.email]


def test_phone_screens_name_who_calls() -> None:
    # Workday's phone screen: the recruiter calls, her titles before and after her name
    text = (
        "Nurse Recruiter Tameka Okparaeke, BSN, RN will call you at the mobile number on your "
        "application."
    )
    assert names_of(event(organizer="whetstone@myworkday.com", description=text)) == [
        "Tameka Okparaeke"
    ]
    # ... but not whoever calls only if something changes
    text = (
        "Your interview is with Jane Doe (Engineering Manager). Our coordinator Lisa Brandt "
        "will call you if anything changes."
    )
    assert names_of(event(organizer="hr@acme.example", description=text)) == ["Jane Doe"]
    # Paradox's confirmation
    text = "You'll get a call from: Renata Heitkamp, Pharmacy Talent Acquisition"
    assert names_of(event(organizer="noreply@paradox.ai", description=text)) == ["Renata Heitkamp"]


def test_copied_so_he_can_track_it_he_wont_be_on() -> None:
    kristin = Attendee("kkleinhenz@elkhorn.example", "Kleinhenz, Kristin")
    ray = Attendee("rashcraft@elkhorn.example", "Ashcraft, Raymond", response="tentative")
    darnell = Attendee("dschoettmer@elkhorn.example", "Schoettmer, Darnell", role="opt-participant")
    text = (
        "Ray Ashcraft, our site GM, may drop in for the last 10 minutes. Darnell is copied as "
        "optional so he can track it - he won't be on."
    )
    ev = event(ray, darnell, organizer=kristin.email, organizer_name=kristin.name, description=text)
    assert darnell.email not in emails(ev)


def test_someone_called_by_a_name_inside_their_full_one_stays_away() -> None:
    # A Malaysian engineering manager's Meet invite: "Aisyah" is Nur Aisyah Zulkifli.
    description = (
        "You'll be speaking with me and Siew Mei (Principal Engineer, Payments Core).\n\n"
        "Aisyah is on the invite only so she can follow up with you after; she won't be "
        "joining.\n\nCheers,\nArvind"
    )
    ev = event(
        Attendee("arvind.pillai@rimbapay.example", "Arvind Pillai", response="accepted"),
        Attendee("siewmei.chong@rimbapay.example", "Chong Siew Mei", response="accepted"),
        Attendee("aisyah@rimbapay.example", "Nur Aisyah Zulkifli", response="accepted"),
        Attendee(ME, "Casey Candidate", is_self=True),
        organizer="arvind.pillai@rimbapay.example",
        description=description,
    )
    assert sorted(emails(ev)) == [
        "arvind.pillai@rimbapay.example",
        "siewmei.chong@rimbapay.example",
    ]


def test_an_optional_coordinator_who_isnt_interviewing() -> None:
    description = (
        "9:30  You'll start with me (ops scenarios)\n10:15 Renee Szymanski, VP Enterprise Fraud\n\n"
        "Brynn is optional on this so she can get your badge printed at the front desk; she "
        "isn't interviewing.\n\nObinna"
    )
    ev = event(
        Attendee("obinna@chattcard.example", "Obinna Eze-Whitaker", response="accepted"),
        Attendee("renee@chattcard.example", "Renee Szymanski", response="accepted"),
        Attendee("brynn@chattcard.example", "Brynn Castellanos", role="opt-participant"),
        Attendee(ME, "Casey Candidate", is_self=True),
        organizer="obinna@chattcard.example",
        description=description,
    )
    assert sorted(emails(ev)) == ["obinna@chattcard.example", "renee@chattcard.example"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # an order of meeting: "then", "and then", the writer "first"
        (
            "me first (I'm the hiring partner for the group), then Theodore Nakashima, and then "
            "Ada Okonkwo-Briggs from our associate committee over coffee",
            ["Theodore Nakashima", "Ada Okonkwo-Briggs"],
        ),
        # a title in closed brackets goes on no further than them
        (
            "Sophie Kernow (Head of Commercial Analytics, EMEA) and Luca Morstabilini (HR "
            "Business Partner Italia)",
            ["Sophie Kernow", "Luca Morstabilini"],
        ),
        ("Gwendolyn Asante-Marsh, Head of Policy & Partnerships", ["Gwendolyn Asante-Marsh"]),
    ],
)
def test_names_in_an_order_of_meeting_and_after_brackets(said: str, expected: list[str]) -> None:
    assert [name for name, _, _ in split_name_list(said)] == expected


def test_interviewers_named_in_order_after_the_writer() -> None:
    text = (
        "You'll meet with me first (I'm the hiring partner for the group), then Theodore "
        "Nakashima, and then Ada Okonkwo-Briggs from our associate committee over coffee."
    )
    assert [name for name, _ in names_in_description(text)[0]] == [
        "Theodore Nakashima",
        "Ada Okonkwo-Briggs",
    ]


@pytest.mark.parametrize(
    "aside",
    [
        # Dutch: there for the first ten minutes to introduce, then leaves the call
        "Wessel Lamsvelt voert het gesprek; ik ben er de eerste tien minuten bij om jullie aan "
        "elkaar voor te stellen en verlaat daarna de call.",
        # Hungarian: "I won't be in the call"
        "A beszélgetést Wessel Lamsvelt vezeti. Én nem leszek bent a hívásban.",
    ],
)
def test_the_writer_who_only_introduces_is_no_interviewer(aside: str) -> None:
    ev = event(
        Attendee("tirza@veerkade.example", "Kooijman, T. (Tirza)", response="accepted"),
        Attendee("wessel@veerkade.example", "Lamsvelt, W. (Wessel)", response="accepted"),
        Attendee(ME, "Casey Candidate", is_self=True),
        organizer="tirza@veerkade.example",
        description=f"Hoi Casey,\n\n{aside}\n\nGroet,\nTirza",
    )
    assert emails(ev) == ["wessel@veerkade.example"]


def test_the_panel_which_will_be_the_writer_and_a_colleague() -> None:
    text = (
        "You will give your presentation and then take questions from the panel, which will be "
        "me and our Chief Digital & Information Officer, Martin Ferreira-Hale."
    )
    assert [name for name, _ in names_in_description(text)[0]] == ["Martin Ferreira-Hale"]


@pytest.mark.parametrize(
    "text",
    [
        # the firm after "with", and where it is
        "You're confirmed for your technical interview with Gasparilla Digital, the Tampa "
        "technology hub of Gasparilla Cruise Line, for the Software Engineer II role.",
        # the office's address after the people
        "You'll meet Craig Dunphy (Operations Manager) and Anika Sorensen (Finance Business "
        "Partner) at their office at 22 Wharf Access Road, East Arm.",
    ],
)
def test_no_firm_or_place_is_read_as_an_interviewer(text: str) -> None:
    named = [name for name, _ in names_in_description(text)[0]]
    assert "Gasparilla Digital" not in named and "East Arm" not in named


def test_an_australian_associate_professors_title_is_no_part_of_her_name() -> None:
    text = (
        "Panel: A/Prof Meredith Kaur (Director, Planning and Performance), Dr Sione Taufa "
        "(Senior Analyst) and Jo Pemberton (HR Business Partner)."
    )
    shown = [display_name(n, "") for n, _ in names_in_description(text)[0]]
    assert shown[0] == "Meredith Kaur" and len(shown) == 3  # (a doctor keeps "Dr")


def test_english_posts_written_before_the_names() -> None:
    said = "Chief Risk Officer Tom Ellery-Hughes and Credit Risk Manager Sina Leota"
    assert [name for name, _, _ in split_name_list(said)] == ["Tom Ellery-Hughes", "Sina Leota"]
