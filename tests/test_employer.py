"""Company, role and application from real-looking invites (agent/core/employer.py, roles.py).

Title shapes are the ones tools write: Greenhouse and Lever ("Interview -
<Company> (<Role>)", "<Company> | <Role> | Onsite"), GoodTime and ModernLoop
itineraries, Calendly's "<Event Name> between <Host> and <Invitee>", recruiters'
own "<Person> <> <Company>" and "Acme: Technical Screen w/ Jane", Workday
requisition numbers (R-12345, JR123) and German job ads' "(m/w/d)".
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.employer import (
    application_key,
    company_from_domain,
    registrable,
    shared_names,
)
from agent.core.model import Attendee, CalendarEvent, DetectRules, Interview
from agent.core.names import is_my_name_in_cyrillic
from agent.core.roles import shortens, tidy

ME = "casey@example.com"
RULES = DetectRules(include=DetectRules().include, my_name="Casey Candidate")


def read(
    title: str,
    *people: str,
    organizer: str = "",
    organizer_name: str = "",
    description: str = "",
    rules: DetectRules = RULES,
    location: str = "",
) -> Interview:
    attendees = tuple(
        Attendee(p.partition(" <")[2].rstrip(">") or p, p.partition(" <")[0]) for p in people
    )
    event = CalendarEvent(
        uid="u-1",
        calendar_id="primary",
        title=title,
        start=datetime(2026, 11, 10, 14, tzinfo=UTC),
        end=datetime(2026, 11, 10, 15, tzinfo=UTC),
        description=description,
        location=location,
        attendees=(Attendee(ME, "Casey Candidate"), *attendees),
        organizer_email=organizer,
        organizer_name=organizer_name,
    )
    return to_interview(event, ME, ZoneInfo("UTC"), rules, "")


JANE = "Jane Doe <jane.doe@acme.com>"

TITLES = [
    # (title, attendee, company, role)
    ("Interview - Acme (Senior Backend Engineer)", JANE, "Acme", "Senior Backend Engineer"),
    ("Casey Candidate <> Acme", JANE, "Acme", ""),
    ("Acme x Casey", JANE, "Acme", ""),
    ("Acme | Product Manager | Onsite", JANE, "Acme", "Product Manager"),
    ("Acme: Technical Screen w/ Jane", JANE, "Acme", ""),
    ("Interview at Acme for Backend Engineer", JANE, "Acme", "Backend Engineer"),
    ("Interview: Backend Engineer at Acme", JANE, "Acme", "Backend Engineer"),
    ("[Acme] Hiring Manager Interview - Registered Nurse", JANE, "Acme", "Registered Nurse"),
    (
        "CoderPad Interview - Senior Backend Engineer - Acme",
        JANE,
        "Acme",
        "Senior Backend Engineer",
    ),
    ("Panel Interview - Product Manager (m/w/d) - JR12345", JANE, "Acme", "Product Manager"),
    ("Onsite: Senior Software Engineer (R-12345)", JANE, "Acme", "Senior Software Engineer"),
    ("Phone Screen - Data Analyst, Req #4471", JANE, "Acme", "Data Analyst"),
    ("Final Round - Staff Engineer (123456)", JANE, "Acme", "Staff Engineer"),
    ("Interview - Sr Mgr, Card Operations (Acme)", JANE, "Acme", "Sr Mgr, Card Operations"),
    # a county's recruitment number after a hash, its year first
    ("Panel Interview - Payroll Supervisor #27-0311", JANE, "Acme", "Payroll Supervisor"),
    # a university's grade after the job is part of its name; a round's number is not
    ("Interview: Budget Analyst 2 - Acme", JANE, "Acme", "Budget Analyst 2"),
    ("Data Engineer - Interview 2", JANE, "Acme", "Data Engineer"),
    ("Interview with Jane Doe", JANE, "Acme", ""),
    ("Onsite interview", "Ana Ruiz <ana@bluebirdhealth.com>", "Bluebird Health", ""),
    ("Interview - Engineering Manager", "Jane Doe <jane@ge.com>", "GE", "Engineering Manager"),
    ("Phone screen", "Jane Doe <jane@hp.com>", "HP", ""),
    (
        "Metadata Engineer at Meta - interview",
        "Jane Doe <jane@meta.com>",
        "Meta",
        "Metadata Engineer",
    ),
    (
        "Final round: Acme Robotics – Staff Engineer",
        "Bob Lee <bob@acmerobotics.com>",
        "Acme Robotics",
        "Staff Engineer",
    ),
    (
        "Interview (Frontend Developer)",
        "Jane Doe <jane@careers.globex.co.uk>",
        "Globex",
        "Frontend Developer",
    ),
    ("Zoom interview", "Jane Doe <jane@gmail.com>", "", ""),
    ("Video Interview - Senior Video Producer", JANE, "Acme", "Senior Video Producer"),
    ("Technical Interview: Technical Program Manager", JANE, "Acme", "Technical Program Manager"),
    ("Tyrell Systems Technical Interview", "Ana <ana@tyrell.com>", "Tyrell Systems", ""),
    ("GLOBEX Onsite Loop", "Ana <ana@globex.com>", "Globex", ""),
    ("Interview Scheduled: Data Analyst | Kaveri Systems", JANE, "Kaveri Systems", "Data Analyst"),
    (
        "Interview: Registered Nurse - ICU, Mercy General Hospital",
        "Alicia Gomez, RN <agomez@mercygeneral.org>",
        "Mercy General Hospital",
        "Registered Nurse",
    ),
    (
        "Telephonic Interview - Infinite Loop Solutions Pvt. Ltd",
        JANE,
        "Infinite Loop Solutions",
        "",
    ),
    (
        "Northwind Logistics, Inc. - Technical Interview",
        "A <a@northwind.io>",
        "Northwind Logistics",
        "",
    ),
    ("Phone screen with Northwind Traders", "S <s@northwindtraders.com>", "Northwind Traders", ""),
    (
        "Interview w/ Dunder Mifflin - Regional Sales Manager",
        "J <j@dundermifflin.com>",
        "Dunder Mifflin",
        "Regional Sales Manager",
    ),
    (
        "Vorstellungsgespräch – Krüger Maschinenbau GmbH – Softwareentwickler (m/w/d)",
        "A <a@krueger-maschinenbau.de>",
        "Krüger Maschinenbau",
        "Softwareentwickler",
    ),
    (
        "Entrevista - Vértice Tecnologia (Engenheira de Dados)",
        "J <j@verticetec.com.br>",
        "Vértice Tecnologia",
        "Engenheira de Dados",
    ),
    ("Entretien - Lumière - Chef de projet (H/F)", "C <c@lumiere.fr>", "Lumière", "Chef de projet"),
    ("Pairing session with Black Mesa engineers", "G <g@blackmesa.org>", "Black Mesa", ""),
    ("Acme // Casey // Final Round", JANE, "Acme", ""),
    ("Interview with Acme's CTO", JANE, "Acme", ""),
    ("Phone screen with Jane Doe (Engineering Manager)", JANE, "Acme", ""),
    (
        "Interview with Globex: Solutions Architect",
        "H <h@globex.com>",
        "Globex",
        "Solutions Architect",
    ),
    ("McDonald's interview", "J <j@mcdonalds.com>", "McDonald's", ""),
    ("Follow-up call re: Product Manager role", JANE, "Acme", "Product Manager"),
    ("Interview for the role of Data Engineer", JANE, "Acme", "Data Engineer"),
    ("\U0001f389 Acme Onsite", JANE, "Acme", ""),
    ("Your interview with Acme is confirmed", JANE, "Acme", ""),
    ("Casey Candidate: Interview with Acme", JANE, "Acme", ""),
    ("Interview for Senior Engineer position at Acme", JANE, "Acme", "Senior Engineer"),
    ("30 Minute Meeting between Jane Doe and Casey Candidate", JANE, "Acme", ""),
    (
        "Acme | Staff Software Engineer, Infrastructure | Onsite",
        JANE,
        "Acme",
        "Staff Software Engineer, Infrastructure",
    ),  # fmt: skip
    (
        "Intro call: Tom Reyes and Casey Candidate",
        "Tom <tom@fernhillcapital.com>",
        "Fernhill Capital",
        "",
    ),
]


@pytest.mark.parametrize("title,person,company,role", TITLES)
def test_company_and_role_from_titles(title: str, person: str, company: str, role: str) -> None:
    found = read(title, person)
    assert (found.company, found.role) == (company, role)


def test_calendly_between_host_and_invitee() -> None:
    # Calendly names the event "<Event Name> between <Host> and <Invitee>".
    found = read(
        "Recruiter Screen between Jane Doe and Casey Candidate",
        organizer="jane@bluebirdhealth.com",
        organizer_name="Jane Doe",
    )
    assert found.company == "Bluebird Health"
    assert found.application == "bluebirdhealth"
    found = read("Intro Call between Casey Candidate and Acme", organizer="no-reply@calendly.com")
    assert found.company == "Acme"


def test_the_organisers_name_names_the_employer() -> None:
    found = read(
        "Phone Screen",
        organizer="no-reply@greenhouse.io",
        organizer_name="Acme Robotics Recruiting",
    )
    assert found.company == "Acme Robotics"
    assert found.application == "acmerobotics"


def test_the_role_from_a_calendly_event_name_or_the_description() -> None:
    # Calendly writes the host's event name into the description ("Event Name: ...").
    found = read(
        "Recruiter Screen between Maya Lin and Casey Candidate",
        "Maya Lin <maya.lin@brightlinerail.com>",
        description="Event Name: Brightline Rail - Recruiter Screen (Operations Analyst)\n\n"
        "Need to make changes to this event?",
    )
    assert (found.company, found.role) == ("Brightline Rail", "Operations Analyst")
    found = read(
        "Intro call",
        "Tom Reyes <tom@fernhillcapital.com>",
        description="Please share anything that will help prepare for our meeting.: "
        "Applying for the Associate, Private Credit role",
    )
    assert found.role == "Associate, Private Credit"


def test_a_tool_is_never_the_company() -> None:
    assert read("Interview - Zoom", JANE).company == "Acme"
    assert read("Greenhouse: Interview", organizer="no-reply@greenhouse.io").company == ""
    assert read("Phone Screen", organizer="x@calendly.com", organizer_name="Calendly").company == ""


def test_the_events_own_spelling_of_the_domain_name() -> None:
    # Only the address says who the employer is; the description spells it out.
    found = read(
        "Technical round",
        "Felix Braun <felix.braun@krueger-maschinenbau.de>",
        description="Vielen Dank für Ihr Interesse an der Krüger Maschinenbau GmbH.",
    )
    assert found.company == "Krüger Maschinenbau"


def test_on_behalf_of_names_the_employer() -> None:
    found = read(
        "Interview",
        organizer="no-reply@greenhouse.io",
        description="Interview for: Senior Video Producer\n\n"
        "This invitation was sent by Greenhouse on behalf of Lakeview Media.",
    )
    assert (found.company, found.role) == ("Lakeview Media", "Senior Video Producer")


AGENCY = "Tom Reyes <tom.reyes@harbourrecruit.com>"
CLIENTS = [
    # (title, description, company): the agency's own name or domain is never the employer
    ("Interview - Harbour Recruitment", "Your interview with our client Fjord Energy.",
     "Fjord Energy"),
    ("Interview arranged by Harbour Recruitment", "I'm delighted to confirm your interview "
     "with my client, Tidewater Foods, for the Buyer role.", "Tidewater Foods"),
    ("Second interview", "As discussed, our client (Kestrel Aviation) would like to meet "
     "you again.", "Kestrel Aviation"),
]  # fmt: skip


@pytest.mark.parametrize("title,description,company", CLIENTS)
def test_an_agencys_client_is_the_employer(title: str, description: str, company: str) -> None:
    found = read(title, AGENCY, organizer="tom.reyes@harbourrecruit.com", description=description)
    assert found.company == company


def test_notes_and_description_company_lines_win() -> None:
    found = read(
        "Onsite - Initech", JANE, description="Company: Acme Corp\nPosition: Data Scientist"
    )
    assert (found.company, found.role) == ("Acme Corp", "Data Scientist")


def test_a_place_in_brackets_after_the_position_is_not_the_role() -> None:
    """The title names the job; the "Position:" line adds where it is."""
    found = read(
        "Interview | Area Sales Manager – Modern Trade | Casey",
        JANE,
        description="Company: Acme Corp\nPosition: Area Sales Manager – Modern Trade (Indore)",
    )
    assert found.role == "Area Sales Manager – Modern Trade"
    kept = read("Interview", JANE, description="Position: Store Manager (Retail Banking)")
    assert kept.role == "Store Manager (Retail Banking)"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Interviu Specialist Achiziții – Casey Candidate", "Specialist Achiziții"),
        ("Interviu – Coordonator Logistică – Acme SRL", "Coordonator Logistică"),
        ("Állásinterjú – Raktárvezető – Casey Candidate", "Raktárvezető"),
        ("Συνέντευξη – Υπεύθυνη Πωλήσεων – Acme", "Υπεύθυνη Πωλήσεων"),
        ("مقابلة شخصية – مشرف مبيعات – Acme", "مشرف مبيعات"),
        # Dutch: a technical round's name before the role
        ("Technisch interview Analytics Engineer - Casey Candidate", "Analytics Engineer"),
    ],
)
def test_roles_in_romanian_hungarian_greek_and_arabic_titles(title: str, role: str) -> None:
    assert read(title, JANE).role == role


def test_a_life_science_domain_shortens_the_second_word_to_two_letters() -> None:
    # "graniteviewdx.com" for Graniteview Diagnostics, signed so; the title names a group
    got = read(
        "Interview: Data Scientist II, Clinical Biomarkers - Casey Candidate",
        "Kofi Sunderland <ksunderland@graniteviewdx.example>",
        organizer="lprzybylska@graniteviewdx.example",
        description="Lena\n\nLena Przybylska, PhD\nSenior Manager, Data Science - Clinical "
        "Biomarkers\nGraniteview Diagnostics | Waltham, MA",
    )
    assert got.company == "Graniteview Diagnostics"


def test_configured_domains_name_the_company() -> None:
    rules = DetectRules(companies={"acme.com": "ACME Rockets"}, my_name="Casey Candidate")
    assert read("Interview", "Jane <jane@eng.acme.com>", rules=rules).company == "ACME Rockets"


def test_the_role_never_loses_part_of_a_word() -> None:
    """The company comes out of the role as whole words only (GE, Meta)."""
    ge = read("Interview - Engineering Manager", "Jane <jane@ge.com>")
    assert ge.role == "Engineering Manager"
    meta = read("Metadata Engineer at Meta", "Jane <jane@meta.com>")
    assert meta.role == "Metadata Engineer"


def test_registrable_domains() -> None:
    assert registrable("careers.acme.com") == "acme.com"
    assert registrable("jobs.acme.co.uk") == "acme.co.uk"
    assert registrable("acme.example") == "acme.example"


@pytest.mark.parametrize(
    "domain,company",
    [
        ("bluebirdhealth.com", "Bluebird Health"),
        ("acmerobotics.com", "Acme Robotics"),
        ("ge.com", "GE"),
        ("hp.com", "HP"),
        ("ibm.com", "IBM"),
        ("globex.com", "Globex"),  # made-up names stay whole
        ("hooli.xyz", "Hooli"),
        ("initech.io", "Initech"),
        ("bluebird-health.org", "Bluebird Health"),
        ("mail.acme.co.uk", "Acme"),
        # a made-up name before a trade word is split at the trade word
        ("quarrendenhomecare.ie", "Quarrenden Homecare"),
        ("velmorelogistics.com", "Velmore Logistics"),
    ],
)
def test_company_from_domain(domain: str, company: str) -> None:
    assert company_from_domain(domain) == company


def test_one_application_per_employer_however_it_is_spelled() -> None:
    first = read("Phone screen - Bluebird Health Inc.", "Ana <ana@bluebirdhealth.com>")
    second = read("BLUEBIRD onsite", "Tom <tom@careers.bluebirdhealth.com>")
    third = read("Bluebird Health - final round", organizer="no-reply@greenhouse.io")
    assert first.application == second.application == third.application == "bluebirdhealth"


def test_application_keys_stay_stable() -> None:
    assert application_key("Acme", "u") == "acme"
    assert application_key("Acme, Inc.", "u") == "acme"
    assert application_key("Anything", "u", "jane.doe@acme.example".partition("@")[2]) == "acme"
    assert application_key("", "u-7") == "event-u-7"
    assert application_key("Café Ünïon", "u") == "cafeunion"


def test_an_agency_organiser_does_not_make_the_agency_the_employer() -> None:
    """The consultant who arranged the call writes from the agency; the employer interviews."""
    found = read(
        "Interview: Senior Accountant at Banksia Water",
        "Greg Tan <greg.tan@banksiawater.com.au>",
        "Maddie Clarke <maddie@coastlinetalent.com.au>",  # Google lists the organiser too
        organizer="maddie@coastlinetalent.com.au",
        organizer_name="Maddie Clarke",
        description="Here's your interview with Greg. I won't be on the call myself.\n\n"
        "Maddie Clarke | Senior Consultant | Coastline Talent",
    )
    assert [i.email for i in found.interviewers] == ["greg.tan@banksiawater.com.au"]
    assert found.application == "banksiawater"


def test_an_interviewers_title_before_their_name_stays_in_the_role() -> None:
    found = read("Sous Chef interview – The Bramble Group", "Chef Tomasz Nowak <t@bramble.co.uk>")
    assert found.role == "Sous Chef"
    cook = read("Line Cook - trial shift", "Tim Cook <tim@diner.example>")
    assert cook.role == "Line Cook"


@pytest.mark.parametrize(
    ("rounds", "expected"),
    [
        ([("Cobalt Health", ""), ("Cobalt", "")], ("Cobalt Health", "")),
        ([("Cobalt", ""), ("Cobalt Health", "")], ("Cobalt Health", "")),
        ([("Krüger Maschinenbau", "Softwareentwickler"), ("Kruger Maschinenbau", "")],
         ("Krüger Maschinenbau", "Softwareentwickler")),
        ([("Acme", "Backend Engineer"), ("Acme", "Staff Backend Engineer")],
         ("Acme", "Staff Backend Engineer")),
        ([("", ""), ("Globex", "")], ("Globex", "")),
        ([("Initech", "")], ("Initech", "")),
        ([("Halden Trust", "Programme Officer"), ("Halden", "Prog. Off.")],
         ("Halden Trust", "Programme Officer")),
        ([("Orrin", "Senior Software Engineer"), ("Orrin", "Sr. SWE")],
         ("Orrin", "Senior Software Engineer")),
        ([("Orrin", "Data Engineering Manager"), ("Orrin", "Data Engineer")],
         ("Orrin", "Data Engineer")),
    ],
)  # fmt: skip
def test_all_rounds_share_the_most_complete_names(
    rounds: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    assert shared_names(rounds) == expected


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Mktg Mgr", "Marketing Manager", True),
        ("Ops Coord. (North)", "Operations Coordinator (North)", True),
        ("PM", "Product Manager", True),
        ("Engineer", "Engineer", False),
        ("Analyst", "Senior Analyst", False),
        ("Sales Lead", "Sales Leader", False),
    ],
)  # fmt: skip
def test_a_role_cut_short_word_by_word(short: str, full: str, expected: bool) -> None:
    assert shortens(short, full) is expected


# Our own invites in the shapes of HireVue live interviews, Microsoft Bookings, Paradox,
# Cal.com, Google appointment schedules, SavvyCal, and Spanish, Dutch and Norwegian
# recruiters.
@pytest.mark.parametrize(
    ("title", "description", "company", "role"),
    [
        ("Live Interview: Larchmont Savings Bank – Loan Officer", "", "Larchmont Savings Bank",
         "Loan Officer"),
        ("Second interview – Pellow and Daunt Architects", "", "Pellow and Daunt Architects", ""),
        ("Interview at Fenwick Grill", "Your interview for Line Cook at Fenwick Grill is "
         "confirmed.", "Fenwick Grill", "Line Cook"),
        ("Teacher interview", "Interview for the Assistant Head Teacher position at Brook Lane.",
         "", "Assistant Head Teacher"),
        ("Technical Interview between Jo Park and Casey Candidate",
         "What: Technical Interview\nDescription\nOrbitly – Data Engineer loop, SQL round. "
         "Bring questions!", "", "Data Engineer"),
        ("Entrevista técnica – Analista de Datos", "", "", "Analista de Datos"),
        ("Entrevista", "Te confirmo la entrevista para el puesto de Jefe de almacén.\n", "",
         "Jefe de almacén"),
        ("Sollicitatiegesprek", "Een gesprek voor de functie Teamleider Logistiek bij Acme.",
         "", "Teamleider Logistiek"),
        ("Intervju", "Takk for søknaden på stillingen som prosjektleder.\n", "", "prosjektleder"),
        ("Intro call", "About the Architectural Technologist vacancy.", "",
         "Architectural Technologist"),
        # a job board's title: "Interview with <Company> for <Role>"
        ("Interview with Harrow Lane Bakery & Café for Shift Supervisor", "",
         "Harrow Lane Bakery & Café", "Shift Supervisor"),
        # the last thing named before "role" is the role
        ("Design chat", "We'll talk about your case studies and the UX Researcher role.", "",
         "UX Researcher"),
        # trades and offices abroad
        ("Vorstellungsgespräch Mechatroniker (m/w/d)", "", "", "Mechatroniker"),
        ("Entrevista – Técnico/a de laboratorio", "", "", "Técnico/a de laboratorio"),
        ("Entretien – Technicien de maintenance (H/F)", "", "", "Technicien de maintenance"),
        # titles known by their ending, hyphenated compounds, a pay band, a "Re:" line
        ("Interview – Graduate Geologist", "", "", "Graduate Geologist"),
        ("Intervju: Frontend-utvecklare", "", "", "Frontend-utvecklare"),
        ("Interview: Band 5 Occupational Therapist", "", "", "Band 5 Occupational Therapist"),
        ("Casey – portfolio interview", "Bring sketches.\nRe: Junior Landscape Architect", "",
         "Junior Landscape Architect"),
        ("Colloquio – Responsabile Acquisti", "", "", "Responsabile Acquisti"),
    ],
)  # fmt: skip
def test_roles_and_companies_from_hiring_tools_and_abroad(
    title: str, description: str, company: str, role: str
) -> None:
    domain = re.sub(r"[^a-z]", "", company.lower()) or "employer"
    found = read(title, f"Kim Lee <kim@{domain}.example>", description=description)
    if company:
        assert found.company == company
    assert found.role == role


def test_the_kind_of_institution_after_the_domains_name_is_part_of_it() -> None:
    found = read(
        "Academic Advisor – first-round interview",
        "Lionel Baptiste <lbaptiste@ashgrove.edu>",
        organizer="hrinterviews@ashgrove.edu",
        organizer_name="Ashgrove HR Interviews",
        description="Thank you for booking with Ashgrove Community College Human Resources.",
    )
    assert (found.company, found.role) == ("Ashgrove Community College", "Academic Advisor")


def test_a_business_word_after_the_domains_name_is_part_of_it() -> None:
    found = read(
        "Interview – Payroll Analyst – Casey Candidate",
        "Ola Berg <ola.berg@kestrelvale.example>",
        description="A panel interview at Kestrelvale Energy.\n\nOla Berg | Kestrelvale Energy",
    )
    assert found.company == "Kestrelvale Energy"


@pytest.mark.parametrize(
    ("kwargs", "company"),
    [
        # a domain that abbreviates the name the signature spells out, in full
        ({"people": ("Ola Berg <ola@harwoodins.example>",),
          "description": "Talk soon.\n\nOla Berg\nHarwood Insurance Group"},
         "Harwood Insurance Group"),
        # a kind of business before the domain's word, and words up to a legal form
        ({"people": ("Léa Roux <lea@brissac.example>",),
          "description": "Léa Roux\nTalent – Ateliers Brissac"}, "Ateliers Brissac"),
        ({"people": ("Eva Lund <eva@tallmo.example>",),
          "description": "Hälsningar\nEva Lund\nTallmo Skog AB"}, "Tallmo Skog"),
        # only the location names it
        ({"people": ("Ana Ruiz <ana@vesperline.example>",),
          "location": "Vesperline Studio, 4th fl"}, "Vesperline"),
        # a tool's sender: the employer before "via"
        ({"organizer": "no-reply@harri.com", "organizer_name": "Copper Kettle Diner via Harri"},
         "Copper Kettle Diner"),
        # free mail: the employer named beside the job
        ({"organizer": "owner.bea@gmail.com", "organizer_name": "Bea Olsen",
          "description": "Thanks for applying for the Baker job at Olsen & Daughters Bakery. "
                         "I'm the owner."}, "Olsen & Daughters Bakery"),
        # an Italian agency's client
        ({"organizer": "m.conti@agenzia.example", "organizer_name": "Marta Conti",
          "description": "Le confermo il colloquio presso il nostro cliente Fonderie Galli "
                         "S.p.A. La incontrerà il direttore."}, "Fonderie Galli"),
    ],
)  # fmt: skip
def test_the_company_from_signatures_locations_and_senders(kwargs: dict, company: str) -> None:
    people = kwargs.pop("people", ())
    location = kwargs.pop("location", "")
    found = read("Interview – Operations Lead", *people, location=location, **kwargs)
    assert found.company == company


@pytest.mark.parametrize(
    ("kwargs", "company"),
    [
        # a staffing firm's invite in capitals names the client
        ({"organizer": "kim@northbaystaffing.example", "organizer_name": "Kim Ray",
          "title": "INTERVIEW CONFIRMATION - HARBORLINE COLD STORAGE - FRI @ 10AM",
          "location": "Harborline Cold Storage, 18 Dock Rd",
          "description": "Kim Ray\nSenior Recruiter | Northbay Staffing"},
         "Harborline Cold Storage"),
        # free mail: the practice in the location, signed the same way
        ({"organizer": "office.manager@gmail.com", "organizer_name": "Rita Moss",
          "location": "Elmfield Dental Centre, 22 High St",
          "description": "See you Thursday.\nRita Moss\nElmfield Dental Centre"},
         "Elmfield Dental Centre"),
        # a domain that adds "health" to the name the signature spells out
        ({"people": ("Ana Ruiz <ana@corellahealth.example>",),
          "description": "Corella Private Hospital | Nursing"}, "Corella Private Hospital"),
        # the domain is the first and last words of the name
        ({"people": ("Léa Roy <lea@cliniquedeuxponts.example>",),
          "title": "Entrevue – Clinique vétérinaire des Deux-Ponts"},
         "Clinique vétérinaire des Deux-Ponts"),
        # the domain is the first words' initials and the last words whole; the title's
        # Italian stage adjective is no company
        ({"people": ("Pia Rota <p.rota@bp-altoserio.example>",),
          "title": "Colloquio conoscitivo – Addetto/a Sportello",
          "description": "Cordiali saluti,\nPia Rota\nBanca Popolare Alto Serio"},
         "Banca Popolare Alto Serio"),
        # a domain that is the first word and the initials of the rest, "ue" in it no umlaut
        ({"people": ("Min Park <min@blueline-es.example>",),
          "description": "Best regards,\nMin Park\nBlueline Energy Solutions Co., Ltd."},
         "Blueline Energy Solutions"),
        # two legal words after the name both go
        ({"people": ("Jess Tran <jess@wattlegumhospitality.example>",),
          "description": "Jess Tran\nWattlegum Hospitality Pty Ltd"}, "Wattlegum Hospitality"),
        # a city by its own name, not its department; a state university whose domain cuts
        # its first word short; the name again after a slash is not more of it
        ({"people": ("Rae Begay <rbegay@mesaverdeaz.example>",),
          "description": "Rae Begay\nCity of Mesa Verde | Human Resources Department"},
         "City of Mesa Verde"),
        ({"people": ("Lu Varga <lvarga@pemistate.example>",),
          "description": "On behalf of the search committee, I'm pleased to confirm.\n"
                         "Colette Roy\nPemigewasset State University"},
         "Pemigewasset State University"),
        ({"people": ("Siân Lee <s.lee@glanmor.example>",),
          "description": "Regards,\nGwen Pugh\nPrifysgol Glanmor / Glanmor University"},
         "Glanmor University"),
        # a hospitality system's no-reply sender writes under the employer's name; its
        # assistant's name before it goes
        ({"organizer": "no-reply@harri.com", "organizer_name": "Ashgrove Hospitality Group",
          "location": "Rosin Smokehouse, 12 Division St",
          "description": "Brand: Rosin Smokehouse\nAshgrove Hospitality Group"},
         "Ashgrove Hospitality Group"),
        ({"organizer": "no-reply@paradox.ai", "organizer_name": "Olivia - Cedar Senior Living"},
         "Cedar Senior Living"),
        # "Group" after the words a domain shortens is part of the name
        ({"people": ("Ann Lyle <alyle@birchfieldmed.example>",),
          "description": "Ann Lyle, RN\nBirchfield Medical Group"}, "Birchfield Medical Group"),
        # a site after the name is not part of it, and a comma ends a name
        ({"people": ("Ana Ruiz <ana@saltmarsh.example>",),
          "location": "Saltmarsh Head Office, Office 14, Harbour Tower"}, "Saltmarsh"),
        # ... unless a legal form follows it
        ({"people": ("Ana Ruiz <ana@kestrelcode.example>",),
          "description": "Ana Ruiz\nKestrel Code Labs, Inc. | Makati City"}, "Kestrel Code Labs"),
        # an Indonesian company after its "PT", to the sentence's end; a Malaysian "Sdn Bhd"
        ({"people": ("Ana Ruiz <ana@lentera.example>",),
          "description": "Terima kasih atas lamaran Anda di PT Lentera Media. Anda akan ..."},
         "Lentera Media"),
        ({"people": ("Ana Ruiz <ana@kencana.example>",),
          "description": "Salam,\nFarah\nKencana Media Sdn. Bhd."}, "Kencana Media"),
        # a tracking system's attendee named after the company is not a person
        ({"title": "Interview: Site Architect at Estudio Lomas Arquitectura",
          "organizer": "noreply@recruitee.com",
          "people": ("Estudio Lomas Arquitectura <noreply@recruitee.com>",)},
         "Estudio Lomas Arquitectura"),
        # a tracking system writing for a recruiter: the title's name with its legal form
        ({"title": "Intervju: HR-specialist – Öresundsfrakt AB",
          "organizer": "no-reply@teamtailor-mail.com", "organizer_name": "Tyra Ryd via Teamtailor"},
         "Öresundsfrakt"),
        # a vacancy's code in brackets is no company; Taleo writes for the council
        ({"title": "Interview Invitation: Policy Officer (2611-POL)",
          "organizer": "acmevale@tbe.taleo.net", "organizer_name": "Acme Vale District Council"},
         "Acme Vale District Council"),
        # a signature's registered name has a word before the domain's ("Cebu" here)
        ({"people": ("Jo Ramos <jo@tidegatefreight.example>",),
          "title": "Interview: Analyst - Casey Candidate x Cebu Tidegate",
          "description": "Salamat!\nJo Ramos\nCebu Tidegate Freight Inc."},
         "Cebu Tidegate Freight"),
        ({"people": ("Jo Ramos <jo@tidegatefreight.example>",),
          "description": "Regards,\nThe Tidegate Freight Inc."}, "Tidegate Freight"),
        # "hos" (Danish "at")
        ({"people": ("Ole Dahl <ole@fjordlager.example>",), "title": "2. samtale hos Fjordlager"},
         "Fjordlager"),
        # a hyphenated domain whose last word is another form of the signature's
        ({"people": ("Jens Hartwig <j.hartwig@hohenwald-antriebe.example>",),
          "title": "Vorstellungsgespräch – Vertriebsingenieur (m/w/d)",
          "description": "i. A. Frieda Baum\nHohenwald Antriebstechnik GmbH"},
         "Hohenwald Antriebstechnik"),
    ],
)  # fmt: skip
def test_companies_from_agencies_practices_and_domains(kwargs: dict, company: str) -> None:
    people = kwargs.pop("people", ())
    title = kwargs.pop("title", "Interview – Operations Lead")
    found = read(title, *people, **kwargs)
    assert found.company == company


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Intervju 🙌 Butikksjef Bergen", "", "Butikksjef Bergen"),
        ("Samtale – Lagerchef", "", "Lagerchef"),
        ("Colloquio – Educatore professionale", "", "Educatore professionale"),
        (
            "Interview",
            "For a panel interview for the Senior Risk Analyst position.",
            "Senior Risk Analyst",
        ),
        (
            "Quick chat re role",
            "A quick call to talk through the Senior Market Analyst opening.",
            "Senior Market Analyst",
        ),
        ("Interview – Night Supervisor (2nd shift)", "", "Night Supervisor"),
        ("Video interview", "Scheduled for the Server / Bartender job.", "Server / Bartender"),
        # a shift after a dash goes with its number, not leaving "- Shift"
        ("Interview - Warehouse Supervisor - 2nd Shift (Req #10482)", "", "Warehouse Supervisor"),
        ("Housing Trust – Finance Business Partner – 1st stage", "", "Finance Business Partner"),
        # titles abroad whose job nouns were not known, and how titles introduce them
        ("Entrevista para el puesto de Ejecutivo de Ventas", "", "Ejecutivo de Ventas"),
        ("Rozmowa – stanowisko: Przedstawiciel Handlowy", "", "Przedstawiciel Handlowy"),
        ("Entrevista – Gestor de Conta", "", "Gestor de Conta"),
        ("Mülakat – Proje Mühendisi", "", "Proje Mühendisi"),
        ("Pohovor: Výzkumný pracovník", "", "Výzkumný pracovník"),
        ("Intervju – Forsker", "", "Forsker"),
        (
            "Vorstellungsgespräch Wissenschaftlicher Mitarbeiter (m/w/d)",
            "",
            "Wissenschaftlicher Mitarbeiter",
        ),
        ("Kennenlernen Werkstudent Marketing", "", "Werkstudent Marketing"),
        # a round named for who holds it is no role; a gender ending stays on its word
        (
            "Acme | Executive Interview – Battery Cell Process Engineer | Casey Candidate",
            "",
            "Battery Cell Process Engineer",
        ),
        (
            "Entrevista – Engenheiro(a) de Processos (Fundição) – Casey Candidate",
            "",
            "Engenheiro(a) de Processos",
        ),
        (
            "Osobní pohovor – Konstruktér tlakových nádob – Casey Candidate",
            "",
            "Konstruktér tlakových nádob",
        ),
        # an abbreviated title gives way to the description's written-out name
        (
            "Interview - Prog. Admin (HS) - Casey Candidate",
            "your interview for the position of Programme Administrator - Health Systems (Ref 4).",
            "Programme Administrator - Health Systems",
        ),
        # ... and so do initials the description spells out
        (
            "[Acme] SRE (Payments) – Technical Discussion with Casey",
            "Thanks for your interest in the Site Reliability Engineer (Payments) role.",
            "Site Reliability Engineer (Payments)",  # (a job's own bracket is no company)
        ),
        ("Eerste gesprek Teamleider Inbound - Acme B.V.", "", "Teamleider Inbound"),
        # Hebrew and Vietnamese titles: the stage words go
        (
            "[Acme] Phỏng vấn vị trí Trưởng nhóm Marketing – Casey Candidate",
            "",
            "Trưởng nhóm Marketing",
        ),
        # "untuk posisi ..." (Indonesian), a Portuguese architect's title with its gender
        (
            "Wawancara - Casey Candidate",
            "Terima kasih atas lamaran Anda untuk posisi Senior Editor di PT Lentera Media.",
            "Senior Editor",
        ),
        ("Entrevista - Arquiteto(a) Sénior - Casey Candidate", "", "Arquiteto(a) Sénior"),
        # "Remote" and "Virtual" that begin a job's name stay; a Brazilian lab's title
        (
            "Acme | Panel Interview – Remote Area Nurse (RAN) | Casey Candidate",
            "",
            "Remote Area Nurse",
        ),
        ("Virtual Assistant - Remote Interview", "", "Virtual Assistant"),
        (
            "Entrevista – Biomédico(a) Hematologia – Laboratório Acme",
            "",
            "Biomédico(a) Hematologia",
        ),
        # a range that is part of the job's name; media titles
        ("2. Gespräch – Projektarchitekt:in LPH 5–8 (Acme)", "", "Projektarchitekt:in LPH 5–8"),
        ("Wawancara: Senior Copywriter – Casey Candidate", "", "Senior Copywriter"),
        ("Acme Press | Senior Publicist | Teams interview", "", "Senior Publicist"),
        # Chinese and Korean titles: full-width colons and brackets, rounds ("一面", "(임원)")
        ("面试邀请：嵌入式软件工程师（BMS方向）- 深圳市某某科技有限公司", "", "嵌入式软件工程师"),
        (
            "某某半導體｜類比IC設計工程師（電源管理IC）第一階段面試 – Casey Candidate",
            "",
            "類比IC設計工程師",
        ),
        (
            "Entrevista",
            "Segue o convite para a vaga de Engenheira de Software Sênior aqui na Acme.",
            "Engenheira de Software Sênior",
        ),
        # social work and care; an advert's number after the role
        ("Interview – Registered Social Worker – Acme Trust", "", "Registered Social Worker"),
        ("Sollicitatiegesprek Fysiotherapeut Geriatrie – Acme", "", "Fysiotherapeut Geriatrie"),
        (
            "Interview",
            "Your interview for the Speech Pathologist role - Job No 4471.",
            "Speech Pathologist",
        ),
        # a public-sector or trade round's name
        ("Electrician Apprentice Oral Interview - Casey Candidate", "", "Electrician Apprentice"),
        ("Structured Interview: Revenue Officer (Grade 7)", "", "Revenue Officer"),
        # the hiring manager's round is no role
        ("Entrevista com gestor – Analista de Vendas Jr.", "", "Analista de Vendas Jr"),
        (
            "Phone Screen",
            "Thanks for applying to the Assistant Store Manager position.",
            "Assistant Store Manager",
        ),
        # "the position of ...", a role the title only abbreviates
        (
            "Acme | KAM - General Trade | Round 1",
            "your 1st round interview for the position of Key Account Manager – General Trade "
            "(Pune).",
            "Key Account Manager – General Trade",
        ),
        (
            "Entrevista – Casey Candidate",
            "envio o convite para a entrevista para a função de Diretor(a) de Vendas do Hotel Sol.",
            "Diretor(a) de Vendas",
        ),
        # a German post named by what it leads, from "Bewerbung als"
        (
            "Vorstellungsgespräch PDL – Casey Candidate",
            "vielen Dank für Ihre Bewerbung als Pflegedienstleitung (m/w/d). Wie besprochen ...",
            "Pflegedienstleitung",
        ),
    ],
)
def test_roles_in_more_shapes(title: str, description: str, role: str) -> None:
    assert read(title, "Kim Lee <kim@employer.example>", description=description).role == role


@pytest.mark.parametrize(
    ("kwargs", "company"),
    [
        # a domain that is the name's initials
        ({"people": ("Ada Ortiz <ada@fomr.example>",),
          "description": "Ada Ortiz\nFederal Office of Marine Resilience"},
         "Federal Office of Marine Resilience"),
        ({"people": ("Dee Kay <dkay@lccu.example>",),
          "description": "Dee Kay\nBranch Manager\nLakehead Community Credit Union"},
         "Lakehead Community Credit Union"),
        # a public body: a kind before the words the domain abbreviates, and one after
        ({"people": ("Ivy Lo <ivy@coastconnect.example>",),
          "description": "People Branch | National Coast Connectivity Office"},
         "National Coast Connectivity Office"),
        # a district whose domain is its first word and its number, and the person's own
        # initial and surname in the title
        ({"people": ("Rae Sund <rsund@bluestem305.example>",),
          "title": "Panel Interview: Fleet Dispatcher (C. Candidate)",
          "description": "Rae Sund\nDirector\nBluestem Valley Unified School District 305"},
         "Bluestem Valley Unified School District 305"),
    ],
)  # fmt: skip
def test_public_bodies_and_initials(kwargs: dict, company: str) -> None:
    people = kwargs.pop("people", ())
    title = kwargs.pop("title", "Interview – Policy Officer")
    assert read(title, *people, **kwargs).company == company


@pytest.mark.parametrize(
    ("title", "kwargs", "company"),
    [
        # letters that have no accent to fold: ø and ł as the domain writes them
        ("Interview - Energy Trader (Nordic Power)",
         {"people": ("Siv Aune <siv@kvitoykraft.example>",), "description": "Siv\nKvitøy Kraft AS"},
         "Kvitøy Kraft"),
        ("Rozmowa – Analityk danych (Energy Trading)",
         {"people": ("Jan Nowak <jan@jodlowaenergia.example>",),
          "description": "Jan Nowak\nJodłowa Energia S.A."}, "Jodłowa Energia"),
        # a domain that is the first word and the initials of the rest; a letter in brackets
        # is no company
        ("Interview: Team Leader | Umhlanga Contact Solutions",
         {"people": ("Sipho Dlamini <s.dlamini@umhlangacs.example>",)},
         "Umhlanga Contact Solutions"),
        ("Entrevue – Gérant(e) adjoint(e) – Boulangeries Saint-Ambroise",
         {"people": ("Jo Roy <jo@boulangeriesstambroise.example>",)},
         "Boulangeries Saint-Ambroise"),
        # initials after the first word, hyphenated words apart; first and last words with
        # "&" between; a US city's domain with its state; a lower-case bracket is no company
        ("Entrevue – Régisseur(e) de plateau – saison 2027",
         {"people": ("Léa Roy <lea@theatrepal.example>",),
          "description": "Léa Roy\nDirectrice de production\nThéâtre de la Pointe-aux-Lièvres"},
         "Théâtre de la Pointe-aux-Lièvres"),
        ("Intervju - tømrer med fagbrev - Casey Candidate",
         {"people": ("Ola Dahl <ola@ulvoybygg.example>",),
          "description": "Ola\nUlvøy Tre & Bygg AS"},
         "Ulvøy Tre & Bygg"),
        ("Oral Board Interview - Library Assistant II",
         {"people": ("Al Ruiz <aruiz@coralhammockfl.example>",),
          "description": "Al Ruiz\nCity of Coral Hammock, Human Resources"},
         "City of Coral Hammock"),
        ("Entrevista – Coordinador(a) de Alcance (bilingüe) – Casey Candidate",
         {"people": ("Ana Ruiz <ana@lacandelariachc.example>",),
          "description": "Ana Ruiz\nClínica Comunitaria La Candelaria"}, "La Candelaria"),
        # initials, then the last word whole
        ("Entrevista – Coordinador(a) de Investigación",
         {"people": ("Ana Ruiz <ana@upandino.example>",),
          "description": "Ana Ruiz\nTalento Humano\nUniversidad del Piedemonte Andino"},
         "Universidad del Piedemonte Andino"),
        # a firm named for its people is no job
        ("Interview: Practice Manager – Bayberry Pediatric Associates",
         {"people": ("Dee Kay <dkay@bayberrypeds.example>",)}, "Bayberry Pediatric Associates"),
    ],
)  # fmt: skip
def test_companies_spelled_with_letters_beyond_accents_and_firms(
    title: str, kwargs: dict, company: str
) -> None:
    people = kwargs.pop("people", ())
    assert read(title, *people, **kwargs).company == company


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Structured Interview – Program Analyst, GS-0343-12 (FOMR-27-0114-MP)", "",
         "Program Analyst"),
        ("Interview", "Thanks for your interest in the Assistant Branch Manager position.",
         "Assistant Branch Manager"),
        ("Entretien – Contrôleur de gestion H/F", "", "Contrôleur de gestion"),
        ("Pohovor", "Pohovor na pozici Účetní (HPP).\nRe: pozice Účetní", "Účetní"),
        # a Swedish compound, an Austrian stage word, a Swiss title with its workload
        ("Intervju Transportplanerare – Casey Candidate", "", "Transportplanerare"),
        ("Bewerbungsgespräch Qualitätsingenieur (m/w/d) – Casey Candidate", "",
         "Qualitätsingenieur"),
        ("Erstgespräch Aktuar/in (80–100 %) – Casey Candidate", "", "Aktuar/in"),
        ("Interview - Senior Energy Trader (Nordic Power)", "", "Senior Energy Trader"),
        ("Prairie Markets – Store Director Phone Interview", "", "Store Director"),
        ("Interview: Team Leader – Inbound Sales | Acme", "", "Team Leader"),
        ("Entrevue – Gérant(e) adjoint(e) de succursale", "", "Gérant(e) adjoint(e) de succursale"),
        ("Entretien – Planificateur·rice transport (H/F/X)", "", "Planificateur·rice transport"),
        ("Interview – Year 5/6 teacher (2027)", "", "Year 5/6 teacher"),
        # creative, media and trade titles in several languages
        ("Technical interview (Junior Pipeline TD) - Casey Candidate", "", "Junior Pipeline TD"),
        ("Entrevue – Régisseur(e) de plateau – saison 2027", "", "Régisseur(e) de plateau"),
        ("Sollicitatiegesprek Opbouwwerker - Casey Candidate", "", "Opbouwwerker"),
        ("Gesprek Digitaal redacteur (m/v/x) - Casey Candidate", "", "Digitaal redacteur"),
        ("Pohovor - UX designér/ka (junior) - Casey Candidate", "", "UX designér/ka"),
        ("Colloquio - Redattore/Redattrice junior (narrativa)", "", "Redattore/Redattrice junior"),
        ("Interview: Exhibit Preparator (R-2026-0388)", "", "Exhibit Preparator"),
        ("Interview", "For the SDE II - Payments Platform role.", "SDE II - Payments Platform"),
        ("Sollicitatiegesprek Data-analist (medior) - Casey Candidate", "", "Data-analist"),
    ],
)  # fmt: skip
def test_roles_with_grades_and_in_other_languages(title: str, description: str, role: str) -> None:
    assert read(title, "Kim Lee <kim@employer.example>", description=description).role == role


def test_the_word_for_a_vacancy_is_not_the_role() -> None:
    found = read("Sollicitatiegesprek", "Kim Lee <kim@zuivel.example>",
                 description="Re: vacature Supply Chain Planner")  # fmt: skip
    assert found.role == "Supply Chain Planner"


def test_an_application_key_keeps_the_spelling_it_was_stored_under() -> None:
    """Replies and check-ins are stored by application; letters folded differently since
    ("ø" as "o" when matching domains) must not move a company without a domain."""
    assert application_key("Kvitøy Kraft AS", "uid-1") == "kvitykraft"
    assert application_key("Kvitøy Kraft AS", "uid-1", "kvitoykraft.no") == "kvitoykraft"


def test_a_pay_band_and_a_share_of_full_time_in_a_phrase_stay_in_the_role() -> None:
    found = read("Velmore NHS – 2nd stage – Band 7 SLT – Casey Candidate", JANE)
    assert found.role == "Band 7 SLT"
    from agent.core.roles import tidy

    assert tidy("Vernepleier, 80 % fast stilling", "", (), ()) == "Vernepleier, 80 % fast stilling"


def test_a_swiss_workload_ends_the_role_and_the_place_after_it_goes() -> None:
    """ "the Senior Controller 80–100% role" is no way to name it in a thank-you."""
    for title, role in [
        ("Telefoninterview Senior Controller (w/m/d) 80–100% - Lägern", "Senior Controller"),
        ("Interview Senior FP&A Analyst (80–100%), Zürich", "Senior FP&A Analyst"),
    ]:
        assert read(title, JANE).role == role, title


@pytest.mark.parametrize(
    ("name", "label", "fits"),
    [
        ("Department of Land, Water and Energy Transition", "dlwet", True),
        ("Wendlebury and Cherwell Valley NHS Foundation Trust", "wcvnhs", True),
        ("Kettleby Vossmer & Lamorne LLP", "kvlcpa", True),
        ("Acme Robotics", "acmerobotics", False),  # the name itself, not its initials
        ("Acme Robotics", "ar", False),  # two letters say too little
        ("Harbour Bridge Logistics", "hbx", False),
        # a long first word whole, then a German compound by the initials of its parts
        ("Lindenhag Fahrzeugtechnik", "lindenhagft", True),
        ("Lindenhag Fahrzeugtechnik", "lindenhagfx", False),
        # the initials, then a word of the name whole or begun ("mto-terminals.nl")
        ("Zeeland Terminal Operations", "ztoterminals", True),
        ("Zeeland Optische Systemen", "zoslitho", False),
        ("Zeeland Optische Systemen", "zosoptisch", True),
    ],
)
def test_a_domain_made_of_a_names_initials(name: str, label: str, fits: bool) -> None:
    from agent.core.spelled import shortened_to

    assert shortened_to(name, label) is fits


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Entretien – Actuaire vie senior – Casey Candidate", "Actuaire vie senior"),
        ("Colloquio – Attuario Danni Senior – Casey Candidate", "Attuario Danni Senior"),
        ("Mülakat: Kıdemli İç Denetçi – Casey Candidate", "Kıdemli İç Denetçi"),
        ("Acme | SDE-2 Backend | Technical Round 1", "SDE-2 Backend"),
        ("Entrevue – Analyste(euse) principal(e) – Casey Candidate", "Analyste(euse) principal(e)"),
        ("Acme Privatbank – 2. Gespräch Sr. Tax Manager – Casey", "Sr. Tax Manager"),
    ],
)
def test_roles_in_finance_abroad_and_with_their_endings(title: str, role: str) -> None:
    assert read(title, JANE).role == role


def test_a_share_of_full_time_in_brackets_is_no_company() -> None:
    found = read(
        "Entretien – Actuaire vie senior (80–100 %) – Casey Candidate",
        "Anouk Favre <anouk.favre@lemanique-assurances.ch>",
        organizer="anouk.favre@lemanique-assurances.ch",
        description="Anouk Favre\nResponsable RH\nCaisse Lémanique d'Assurances SA\nLausanne",
    )
    assert found.company == "Caisse Lémanique d'Assurances"


@pytest.mark.parametrize(
    ("title", "signature", "domain", "company"),
    [
        # a bank "& Cie", and the kind of bank before its name
        ("Bankhaus Rietberg & Cie AG | Interview Tax Manager", "", "rietberg-bank.ch",
         "Bankhaus Rietberg"),
        # a firm's initials and what it is: kvlcpa.com
        ("Kettleby Vossmer & Lamorne LLP - Senior Associate (Financial Services) - Interview", "",
         "kvlcpa.com", "Kettleby Vossmer & Lamorne"),
        # Danish ApS after the name
        ("Jobsamtale: Softwareudvikler – Casey Candidate", "Næsbyhoved Automation ApS",
         "naesbyhoved.dk", "Næsbyhoved Automation"),
        # the segment that shares a word with the domain, not a department named first
        ("Entrevista – Engenheiro Pleno – Usinas Hidrelétricas | Energética Serra do Espinhaço",
         "", "espinhacoenergia.com.br", "Energética Serra do Espinhaço"),
    ],
)  # fmt: skip
def test_the_employer_as_its_domain_and_its_text_name_it(
    title: str, signature: str, domain: str, company: str
) -> None:
    found = read(
        title, f"Jane Doe <jane.doe@{domain}>", organizer=f"jane.doe@{domain}",
        description=f"Jane Doe\n{signature}" if signature else "",
    )  # fmt: skip
    assert found.company == company


def test_a_tracking_systems_invite_takes_the_employers_address_from_its_text() -> None:
    found = read(
        "Interview – Pensions Analyst – Req 2026-0418",
        organizer="pangbourne-recruiting@successfactors.eu",
        organizer_name="Pangbourne Quay Actuarial LLP",
        description="If you need to rearrange, please reply to careers@pqactuarial.co.uk.\n\nThis "
        "is a system-generated message from SAP SuccessFactors.",
    )
    assert found.company == "Pangbourne Quay Actuarial"
    assert found.application == "pqactuarial"


def test_nhs_mail_names_no_employer_and_a_students_union_is_not_the_university() -> None:
    found = read(
        "Interview: Patient Experience Manager",
        "Tamsin Oller <tamsin.oller2@nhs.net>",
        organizer="tamsin.oller2@nhs.net",
    )
    assert found.application != "nhs"
    found = read(
        "Interview: Marketing Manager – Casey Candidate",
        "Jodie Ent <j.ent@ravensbury.ac.uk>",
        organizer="j.ent@ravensbury.ac.uk",
        description="The panel will be:\n• Amara Foth, Vice-President, Ravensbury Students' Union"
        "\n\nJodie Ent\nHR Officer\nRavensbury University",
    )
    assert found.company == "Ravensbury University"


def test_an_oleeo_invite_names_the_employer_without_its_resourcing_team() -> None:
    found = read(
        "Assessment Centre – Customer Operations Team Leader (REQ 30418)",
        organizer="noreply@greengatehomeenergy.tal.net",
        organizer_name="Greengate Home Energy Resourcing",
    )
    assert found.company == "Greengate Home Energy"


@pytest.mark.parametrize(
    ("domain", "company"),
    [
        ("quebrachopagos.com.ar", "Quebracho Pagos"),  # not "Quebra Cho Pagos"
        ("hortasudrobotica.com", "Hortasud Robotica"),
        ("sovainteractive.com", "Sova Interactive"),  # a games studio, not "Sovainteractive"
    ],
)
def test_a_made_up_name_before_a_trade_word_stays_whole(domain: str, company: str) -> None:
    assert company_from_domain(domain) == company


def test_a_jobs_own_bracket_and_calendly_in_spanish() -> None:
    found = read(
        "Primera entrevista – Ingeniero/a de Software Backend (Python) entre Pau Ferrandis y "
        "Casey Candidate",
        "Pau Ferrandis <pau@quebrachopagos.com.ar>",
        organizer="pau@quebrachopagos.com.ar",
    )
    assert (found.company, found.role) == ("Quebracho Pagos", "Ingeniero/a de Software Backend")


def test_a_state_health_service_shared_by_its_regions_and_initials_after_words() -> None:
    from agent.core.domains import domain_label, registrable

    assert registrable("pumicestone.health.qld.gov.au") == "pumicestone.health.qld.gov.au"
    assert domain_label("pumicestone.health.qld.gov.au") == "pumicestone"
    assert registrable("health.qld.gov.au") == "health.qld.gov.au"
    from agent.core.spelled import spelled_out

    assert spelled_out("leabridgeha", ["Lea Bridge Housing Association"]) == (
        "Lea Bridge Housing Association"
    )
    # (not past the dash: "Pumicestone HHS Digital Health")
    assert spelled_out("pumicestone", ["Pumicestone HHS – Digital Health Recruitment"]) in (
        "Pumicestone",
        "Pumicestone HHS",
    )


def test_a_grade_alone_takes_its_field_and_x_you_is_no_company() -> None:
    found = read("Acme Bank – Interview – Manager – Treasury Analytics", JANE)
    assert (found.company, found.role) == ("Acme Bank", "Manager – Treasury Analytics")
    found = read("Acme Labs x Casey – Data Scientist – Round 1", JANE)
    assert found.company == "Acme Labs"
    found = read("Product chat – Payments PM between Jane Doe and Casey Candidate", JANE)
    assert found.company != "Product"


def test_a_made_up_name_the_invite_writes_starts_the_domain() -> None:
    # Calendly's summary names only the two people; the host's note names the company
    interview = read(
        "Casey Candidate and Marguerite Heffernan",
        "Marguerite Heffernan <marguerite@fallowickcoffee.com>",
        organizer="marguerite@fallowickcoffee.com",
        organizer_name="Marguerite Heffernan",
        description="Event Name: Senior Brand Manager – 30 min with Marguerite\n\n"
        "Excited to chat about Fallowick's wholesale push!",
    )
    assert interview.company == "Fallowick Coffee"


def test_a_scheduling_assistant_names_the_segment_that_is_the_employer() -> None:
    # Paradox's assistant writes as "Olivia at <employer>" from its no-reply address
    interview = read(
        "In-Person Interview – District Manager, Round Rock North – Emberlyn Home Goods",
        organizer="noreply@paradox.ai",
        organizer_name="Olivia at Emberlyn Home",
        description="You'll meet with: Bart Olivarez, Regional Director",
    )
    assert interview.company == "Emberlyn Home Goods"


def test_a_quebec_title_in_french() -> None:
    interview = read(
        "Entrevue / Interview – Gestionnaire marketing, Canada – Cosmétiques Laurentia",
        "Mathieu Roy <mathieu.roy@laurentia.ca>",
        organizer="mathieu.roy@laurentia.ca",
    )
    assert interview.role == "Gestionnaire marketing, Canada"


def test_a_recruitment_service_sends_the_invite_for_the_office_that_employs() -> None:
    interview = read(
        "Interview – Higher Executive Officer (Data Analyst), Coastal Survey Office – Ref. "
        "PAS-26-0144",
        organizer="noreply@publicappointments.example",
        organizer_name="Public Appointments Recruitment Service",
        description="Higher Executive Officer (Data Analyst) – Coastal Survey Office\n"
        "Competition reference: PAS-26-0144\n\nYou are invited to attend for interview.",
    )
    assert (interview.company, interview.role) == (
        "Coastal Survey Office",
        "Higher Executive Officer (Data Analyst)",
    )
    # a stage word before the bracket is no grade: the bracket alone is the role
    assert read("Brightline Rail - Recruiter Screen (Operations Analyst)", JANE).role == (
        "Operations Analyst"
    )


@pytest.mark.parametrize(
    ("organizer", "signature", "company"),
    [
        # a city agency at a city's shared domain, signed with its whole name
        ("ubm@opwl.nyc.gov", "Director, Licensing\nNYC Office of Pier & Waterfront Licensing",
         "NYC Office of Pier & Waterfront Licensing"),
        # a state department whose domain gives the state's initials
        ("esteban.baca@dot.nm.gov", "District Traffic Engineer\nNew Mexico Department of "
         "Transportation", "New Mexico Department of Transportation"),
        # a Welsh public body, its kind before and after its name
        ("llinos@tirdwr.cymru", "Pennaeth Seiberddiogelwch | Head of Cyber Security\n"
         "Comisiwn Tir a Dŵr Cymru | Wales Land and Water Commission", "Comisiwn Tir a Dŵr Cymru"),
    ],
)  # fmt: skip
def test_a_public_body_by_its_whole_name(organizer: str, signature: str, company: str) -> None:
    interview = read(
        "Interview – Staff Analyst II (Licensing Compliance) – C. Candidate",
        f"Sam Lee <{organizer}>",
        organizer=organizer,
        description=f"This confirms your interview.\n\nSam Lee\n{signature}",
    )
    assert interview.company == company


def test_a_firm_named_after_its_partners_and_roles_said_in_more_ways() -> None:
    calendly = read(
        "Casey Candidate and Roswitha Eisen",
        "Roswitha Eisen <roswitha@ramapoeisen.com>",
        organizer="roswitha@ramapoeisen.com",
        description="Event Name: Senior Litigation Paralegal – 30 min interview",
    )
    assert calendly.company == "Ramapo Eisen"
    about = read(
        "Haverbrook – intro call",
        JANE,
        description="Looking forward to our first conversation about the Legal Operations "
        "Manager position.",
    )
    assert about.role == "Legal Operations Manager"
    post = read(
        "Lagan Reach Software | Technical interview | Casey Candidate",
        JANE,
        description="Here's your technical interview for the Software Engineer (Full Stack, "
        "TypeScript) post – two engineers will run it.",
    )
    assert post.role.startswith("Software Engineer")


def test_a_body_with_its_own_subdomain_and_other_names_that_are_not_employers() -> None:
    lab = read(
        "Oral Board Interview - Microbiologist II (Molecular Testing) - Position #40177",
        "Tran, Bich <bich.tran@sphl.nh-dhsp.example>",
        organizer="ephraim@sphl.nh-dhsp.example",
        description="This confirms your oral board interview at the Souhegan State Public Health "
        "Laboratory.\n\nEphraim Castagna, PhD\nLaboratory Director\nSouhegan State Public Health "
        "Laboratory\nNew Hampshire Department of Health & Social Protection",
    )
    assert lab.company == "Souhegan State Public Health Laboratory"
    # a pay band in brackets is the post's, and a bookings mailbox's suffix is no name
    band = read(
        "Project Manager - Digital Transformation (Band 7) interview",
        "Gillian Rae <gillian.rae@nhs.scot>",
        organizer="lennoxvalebookings@nhs.scot",
        organizer_name="NHS Lennoxvale Recruitment Bookings",
    )
    assert band.company == "NHS Lennoxvale"
    # a firm of investment managers is no job; a domain ending in what the firm does
    assert read("Interview: Fund Operations Manager at Lauriston Baillie Investment Managers",
                organizer="no-reply@hire.lever.co").company == (
        "Lauriston Baillie Investment Managers"
    )  # fmt: skip
    meredith = "Meredith Haldane <meredith@assabetbio.com>"
    assert read("Casey Candidate and Meredith Haldane", meredith,
                organizer="meredith@assabetbio.com").company == "Assabet Bio"  # fmt: skip
    # a requisition number written "Req. 18844" is no part of a role
    assert tidy("HR Advisor (Reward & Policy) - Req. 18844", "", (), ()) == (
        "HR Advisor (Reward & Policy)"
    )


def test_a_state_government_domain_names_each_body_under_it() -> None:
    # the Public Suffix List has qld.gov.au, not nsw.gov.au: a council and a department
    # under it are two employers, each named by its own label
    council = read(
        "Interview - Strategic Planning Coordinator (26/088) - Casey Candidate",
        "Marsh, Petra <petra.marsh@wollondilly-hills.nsw.gov.au>",
        organizer="petra.marsh@wollondilly-hills.nsw.gov.au",
        description="Your interview will be held at the Wollondilly Hills Council Civic Centre, "
        "12 Argyle Street.\n\nPetra Marsh\nWollondilly Hills Council",
    )
    assert council.company == "Wollondilly Hills Council"  # not "... Council Civic Centre"
    assert council.employer_domain == "wollondilly-hills.nsw.gov.au"
    department = read(
        "Interview - Senior Analyst, Freight Policy (Clerk Grade 9/10) - Casey Candidate",
        "Dean Ruiz <dean.ruiz@tfrp.nsw.gov.au>",
        organizer="dean.ruiz@tfrp.nsw.gov.au",
    )
    assert department.employer_domain == "tfrp.nsw.gov.au"
    # a bracketed pay classification is no role: the job before it is
    assert department.role == "Senior Analyst, Freight Policy"


def test_a_role_field_after_its_comma_is_no_company() -> None:
    # "Senior Policy Advisor, Pension Policy": the comma goes on with the job's field; the
    # employer is spelled out in the text by the initials its domain starts with
    board = read(
        "Interview - Policy Lead, Benefits Policy (Job ID 55120)",
        "Ines Farrow <ines.farrow@wcab-on.ca>",
        organizer="ines.farrow@wcab-on.ca",
        description="Thank you for applying to the Workplace Compensation Appeals Board.",
    )
    assert board.company == "Workplace Compensation Appeals Board"
    assert board.role == "Policy Lead, Benefits Policy"
    french = read(
        "Entrevue - Analyste principal(e), gestion des risques - Casey Candidate",
        "Luc Pageau <luc.pageau@caissebv.ca>",
        organizer="luc.pageau@caissebv.ca",
    )
    assert french.role == "Analyste principal(e), gestion des risques"
    assert french.company != "gestion des risques"


def test_a_domain_run_together_from_a_place_and_a_trade() -> None:
    assert company_from_domain("wattlecreekeconomics.com.au") == "Wattle Creek Economics"
    assert company_from_domain("ferncreek.com") == "Fern Creek"
    assert company_from_domain("fernhill.com") == "Fernhill"  # a hill is not split off


def test_a_role_above_an_ats_invites_text() -> None:
    # Ashby writes the job and the stage on the description's first line, the title only
    # names the people
    ledger = read(
        "Tallis Pay: Casey Candidate <> Omar Quist (Hiring Manager)",
        "Omar Quist <omar@tallispay.com>",
        organizer="interviews@tallispay.com",
        description="Risk Manager, Fraud Operations - Hiring Manager Interview\n\n"
        "Candidate: Casey Candidate\nInterviewers: Omar Quist (Head of Risk)\n",
    )
    assert ledger.role == "Risk Manager, Fraud Operations"


def test_german_compounds_and_reference_numbers_in_a_role() -> None:
    plant = read("Vorstellungsgespräch Werkscontroller (m/w/d) – Feinwerk Sendling GmbH",
                 organizer="noreply@dvinci-hr.com")  # fmt: skip
    assert plant.role == "Werkscontroller"
    numbered = read(
        "Interview: Data Analyst Pricing (w/m/d) – Donaukanal Handels AG",
        organizer="noreply@successfactors.eu",
        description="Position: Data Analyst Pricing (w/m/d) – Ref. Nr. 26-0412\n",
    )
    assert numbered.role == "Data Analyst Pricing"


def test_a_second_round_named_by_the_employers_initials_keeps_their_full_name() -> None:
    # "DOTL | Managerial Round | DE (ADB)" from deccan-orbit's people: the initials the
    # domain's words start, not the project's in brackets; and the pair keeps the full name
    later = read("KOTL | Managerial Round (F2F) | DE (ADB) | Casey Candidate",
                 "Sandeep Rathi <sandeep.rathi@kaveriorbit.example>",
                 organizer="mrunal.bhide@kaveriorbit.example")  # fmt: skip
    assert later.company == "KOTL"
    assert shared_names([("Kaveri Orbit Technologies", "Data Engineer"), ("KOTL", "")]) == (
        "Kaveri Orbit Technologies",
        "Data Engineer",
    )


def test_portuguese_names_of_companies_and_roles() -> None:
    state = read(
        "Entrevista – PS 04/2026 – Assessor(a) Técnico(a) de Planejamento – Casey Candidate",
        "José Falcão <jfalcao@cpdut.sp.gov.br>",
        organizer="jfalcao@cpdut.sp.gov.br",
        description="Atenciosamente,\n\nCompanhia Paulista de Desenvolvimento Urbano do Tietê",
    )
    assert state.company == "Companhia Paulista de Desenvolvimento Urbano do Tietê"
    assert state.role == "Assessor(a) Técnico(a) de Planejamento"
    assert company_from_domain("ipesaude.com.br") == "Ipe Saude"
    assert read("Entrevista | Cientista de Dados Pleno | Acme Analytics",
                organizer="noreply@pandape.com.br").role == "Cientista de Dados Pleno"  # fmt: skip


def test_codes_irish_words_and_short_forms_in_public_and_health_employers() -> None:
    workday = read("Interview: R-26-118406 Billing Supervisor – Patient Access - Casey Candidate",
                   organizer="acmehealth@myworkday.com")  # fmt: skip
    assert workday.role == "Billing Supervisor"
    board = read(
        "Agallamh / Interview – Quality Systems Officer – Comórtas ACS/QSO/26/14",
        organizer="earcaiocht@acsnet.example",
        organizer_name="Recruitment Unit / An tAonad Earcaíochta",
        description="Venue: Atlantic Cable Systems DAC, Shelbourne Road, Dublin 4",
    )
    assert board.company == "Atlantic Cable Systems"
    assert board.role == "Quality Systems Officer"
    assert company_from_domain("copperridgetu.ie") == "Copperridge TU"
    assert company_from_domain("kinnickinnicvalleyhh.com") == "Kinnickinnic Valley"


def test_nhs_mail_names_its_trust_in_brackets_and_a_hospice_keeps_its_possessive() -> None:
    trust = read(
        "Interview - Communications Officer (Band 6) - C Candidate",
        organizer="bethan.morrow@nhs.net",
        organizer_name="MORROW, Bethan (RAVENSCROFT HOSPITALS NHS FOUNDATION TRUST)",
        description="Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc@thread.v2/0",
    )
    assert trust.company == "Ravenscroft Hospitals NHS Foundation Trust"
    assert trust.employer_domain == ""  # a Teams link's "@thread.v2" is nobody's address
    hospice = read("St Colva's Hospice - Individual Giving Manager - Casey Candidate",
                   organizer="abi@tenterlane.example")  # fmt: skip
    assert hospice.company == "St Colva's Hospice"
    welsh = read(
        "Cyfweliad / Interview – Communications Manager",
        "Siân Prys <sian@brocoed.cymru>",
        organizer="sian@brocoed.cymru",
        description="Siân Prys\nYmddiriedolaeth Cymunedau Bro Coed / Bro Coed Communities Trust",
    )
    assert welsh.company == "Bro Coed Communities Trust"


def test_a_tracking_systems_sender_named_as_the_letter_names_the_employer() -> None:
    """ "Rivelin Grid Storage <no-reply@ashbyhq.com>" reads like a person's name; the
    letter's "at Rivelin Grid Storage" says it is the employer (our own example)."""
    got = read(
        "Technical Interview: Casey Candidate – Senior Electrical Engineer – Battery Storage",
        organizer="no-reply@ashbyhq.com",
        organizer_name="Calder Grid Storage",
        description="Your interview for Senior Electrical Engineer at Calder Grid Storage is "
        "confirmed.",
    )
    assert got.company == "Calder Grid Storage"


@pytest.mark.parametrize(
    ("domain", "company"),
    [
        ("hollinsautomation.co.uk", "Hollins Automation"),  # a trade word at the end
        ("lonestarcountryhh.com", "Lonestar Country"),  # a place, then initials
    ],
)
def test_more_domains_read_as_names(domain: str, company: str) -> None:
    assert company_from_domain(domain) == company


def test_a_description_spells_out_the_specialty_a_title_abbreviates() -> None:
    got = read(
        "Panel Interview - Pharmacist (CPS) - C. Candidate",
        "Jane Doe <jane.doe@acme.example>",
        description="This confirms your panel interview for Pharmacist (Clinical Pharmacy "
        "Specialist), announcement 26-0415.",
    )
    assert got.role == "Pharmacist (Clinical Pharmacy Specialist)"


def test_german_technical_rounds_and_a_recruiting_senders_dash() -> None:
    later = read(
        "Fachgespräch LFT – C. Candidate",
        "Jonas Weber <jonas.weber@lindenhag-ft.example>",
        organizer="anja.roth@lindenhag-ft.example",
    )
    assert later.company == "LFT"
    system = read(
        "Vorstellungsgespräch – Softwareentwickler:in Messtechnik",
        organizer="noreply@dvinci-hr.com",
        organizer_name="Lindenhag Energie AG – Recruiting",
    )
    assert system.company == "Lindenhag Energie AG"


def test_employers_a_tracking_system_names_abroad() -> None:
    # a person, then the firm in brackets; a bank's talent team in Spanish; the system's
    # own domain never the employer's, so later rounds key by the employer's name
    firm = read("Rozmowa rekrutacyjna: Specjalista ds. Logistyki – Casey Candidate",
                organizer="noreply@smartrecruiters.com",
                organizer_name="Ola Nowak (Odra Freight)")  # fmt: skip
    assert firm.company == "Odra Freight"
    bank = read("Invitación a entrevista - Gerente de Relación",
                organizer="noreply@successfactors.com",
                organizer_name="Banco Tlalpan - Atracción de Talento")  # fmt: skip
    assert bank.company == "Banco Tlalpan"
    polish = read("Rozmowa rekrutacyjna – Tester – Bank Wiślany S.A.",
                  organizer="powiadomienia@erecruiter.pl",
                  organizer_name="Bank Wiślany S.A.")  # fmt: skip
    assert polish.employer_domain == ""


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Senior Software Engineer in Test (Warsaw / Remote, Poland)",
         "Senior Software Engineer in Test"),
        ("Key Account Manager – Canal Moderno (Bogotá)", "Key Account Manager – Canal Moderno"),
        # cities the time zone database has no zone for
        ("Data Platform Engineer, Payments (Bengaluru)", "Data Platform Engineer, Payments"),
        ("Responsable Trésorerie (Genève / Lausanne)", "Responsable Trésorerie"),
        # a specialty in brackets stays
        ("Test Automation Engineer (Mobile)", "Test Automation Engineer (Mobile)"),
    ],
)  # fmt: skip
def test_where_a_job_is_goes_from_its_role(text: str, role: str) -> None:
    assert tidy(text, "", (), ()) == role


@pytest.mark.parametrize(
    "organizer_name",
    ["Zaanhaven Logistics - P&O", "Zaanhaven Logistics - Selezione",
     "Zaanhaven Logistics – Werving & Selectie", "Zaanhaven Logistics - Risorse Umane",
     "Zaanhaven Logistics | Recrutamento e Seleção"],
)  # fmt: skip
def test_a_department_after_the_employer_in_a_system_sender_goes(organizer_name: str) -> None:
    found = read("Sollicitatiegesprek Planner", organizer="noreply@otys.nl",
                 organizer_name=organizer_name)  # fmt: skip
    assert found.company == "Zaanhaven Logistics"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("ZTO - 2e gesprek Planner Havenlogistiek - C. Candidate", "Planner Havenlogistiek"),
        ("Zeeland Optisch | terzo colloquio Buyer", "Buyer"),
        ("Tejo Digital · segunda fase · QA Lead", "QA Lead"),
    ],
)
def test_rounds_by_number_abroad_are_no_part_of_the_role(title: str, role: str) -> None:
    assert read(title, JANE).role == role


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        # a stage word that is the job's field stays
        ("Interview Confirmation - Assessment Specialist", "", "Assessment Specialist"),
        ("Case Manager - phone screen", "", "Case Manager"),
        # a team leader and the team, after a dash
        ("Acme – Team Leader – Accounts Receivable - Casey Candidate", "",
         "Team Leader – Accounts Receivable"),
        # Bookings in Italian: "<service> tra <business> e <person>"
        ("Colloquio Buyer Tessuti tra Zeeland Moda - Selezione e Casey Candidate", "",
         "Buyer Tessuti"),
        # the role named by a selection process in Spanish, Portuguese and Italian
        ("Entrevista HRBP – Casey Candidate",
         "Te convocamos a la entrevista del proceso de selección de HR Business Partner – "
         "Operaciones, el lunes 21.", "HR Business Partner – Operaciones"),
        ("Entrevista – Casey Candidate",
         "Foi agendada a entrevista do processo de recrutamento para a função de Analista "
         "Financeiro, em Lisboa.", "Analista Financeiro"),
        ("Colloquio conoscitivo",
         "Le confermiamo il colloquio per la posizione di Buyer Senior (rif. 12).",
         "Buyer Senior"),
    ],
)  # fmt: skip
def test_roles_named_by_their_field_and_abroad(title: str, description: str, role: str) -> None:
    assert read(title, JANE, description=description).role == role


def test_a_signature_name_with_its_legal_form_beats_the_domain_words() -> None:
    ugo = "Ugo Neri <ugo.neri@zeeland-pack.it>"
    found = read("Colloquio tecnico - Buyer - Candidate Casey", ugo,
                 organizer="ugo.neri@zeeland-pack.it",
                 description="A venerdì.\n\nIng. Ugo Neri\nDirettore di Stabilimento\n"
                 "Imballaggi Zeeland S.p.A. - Bologna")  # fmt: skip
    assert found.company == "Imballaggi Zeeland"


def test_a_bookings_service_named_for_the_job_gives_the_whole_role() -> None:
    found = read("Teacher interview - Casey Candidate", JANE,
                 description="Your booking with Acme Hiring is confirmed.\nService: Middle School "
                 "Math Teacher (Grades 6-8) - Principal Interview\nStaff: Jane Doe")  # fmt: skip
    assert found.role == "Middle School Math Teacher"


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Intervju UX-designer dnr 2026/1184", "", "UX-designer"),
        ("Acme <> Casey Candidate – intervju",
         "Här kommer inbjudan till intervjun för rollen som Engineering Manager, Embedded "
         "Systems.", "Engineering Manager"),
        ("Haastattelu – Casey Candidate",
         "Tässä kutsu haastatteluun tehtävään Data Engineering Manager.",
         "Data Engineering Manager"),
    ],
)  # fmt: skip
def test_nordic_roles_and_case_numbers(title: str, description: str, role: str) -> None:
    assert read(title, JANE, description=description).role == role


def test_a_nordic_agency_named_in_sentence_case() -> None:
    found = read("Intervju UX-designer", "Elsa Lund <elsa.lund@lokaldata.se>",
                 organizer="elsa.lund@lokaldata.se",
                 description="Välkommen på intervju hos Myndigheten för lokal data.")  # fmt: skip
    assert found.company == "Myndigheten för lokal data"


@pytest.mark.parametrize("system", ["noreply@oleeo.com", "no-reply@tribepad.com"])
def test_uk_tracking_systems_are_no_employers_domain(system: str) -> None:
    found = read("Assessment day - Store Manager", organizer=system, organizer_name="Acme Stores")
    assert found.employer_domain == "" and found.company == "Acme Stores"


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("2nd shift S&R supervisor interview - Casey Candidate", "", "S&R supervisor"),
        ("Your interview with Acme Cross-Dock",
         "Here are the details for your interview for Dock Supervisor (Early Shift).\nWhen: Friday",
         "Dock Supervisor (Early Shift)"),
    ],
)  # fmt: skip
def test_shifts_and_a_role_in_brackets_before_a_full_stop(
    title: str, description: str, role: str
) -> None:
    assert read(title, JANE, description=description).role == role


def test_japanese_names_of_the_employer_and_an_agencys_own() -> None:
    # the writer after "の" is no part of the company
    game = read("【面接】プロダクトマネージャー / Casey Candidate様", JANE,
                description="株式会社星空インタラクティブの田辺です。一次面接です。")  # fmt: skip
    assert game.company == "株式会社星空インタラクティブ"
    # an English title names the employer; the recruiter's own 株式会社 signs below it
    agency = read("Acme Diagnostics Japan - Finance Controller interview (Casey Candidate)",
                  "Ren Sugi <ren@agency-partners.example>", organizer="ren@agency-partners.example",
                  description="Here is the first interview with Acme Diagnostics Japan G.K.\n"
                  "Ren Sugi\n株式会社エージェンシー・パートナーズ")  # fmt: skip
    assert agency.company == "Acme Diagnostics Japan"
    # a tracking system's sender named like a person, written as the employer applied to
    tenant = read("Interview: R-1 CRM Manager - Casey Candidate", organizer="acme@myworkday.com",
                  organizer_name="Maison Acme Japon",
                  description="Thanks for your application to Maison Acme Japon K.K.")  # fmt: skip
    assert tenant.company == "Maison Acme Japon"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Head of Product 面接（45分）", "Head of Product"),
        ("経営企画部 財務マネージャー／Casey Candidate様", "経営企画部 財務マネージャー"),
    ],
)
def test_japanese_stage_words_and_an_honorific_leave_a_role(text: str, role: str) -> None:
    from agent.core.roles import tidy

    assert tidy(text, "", (), ("Casey Candidate",)) == role


def test_a_japanese_head_office_in_brackets_is_no_employer() -> None:
    from agent.core.employer import title_segments

    assert title_segments("最終面接 - 北浜精機（東大阪本社）", set(), RULES) == ["北浜精機"]


def test_workdays_requisition_line_names_the_role_a_title_cuts_at_its_dash() -> None:
    """The title splits at " - " inside the job's name; the "Job Requisition:" line Workday
    writes beside it gives the whole name (and a number alone there gives none)."""
    title = "Interview: R-20417 Senior Manager - Cost Control (Marine Works) - Casey Candidate"
    workday = read(title, organizer="dhowharbour@myworkday.com", organizer_name="Dhow Harbour",
                   description="Job Requisition: R-20417 Senior Manager - Cost Control "
                               "(Marine Works)\nDate: 24/11/2026")  # fmt: skip
    assert workday.role == "Senior Manager - Cost Control (Marine Works)"
    bare = read("Interview: Payroll Analyst - Casey Candidate",
                organizer="dhowharbour@myworkday.com", organizer_name="Dhow Harbour",
                description="Job Requisition: R-20418")  # fmt: skip
    assert bare.role == "Payroll Analyst"


def test_a_role_from_a_portuguese_booking_page_or_a_vacancy_field() -> None:
    booked = "Evento: Analista de Produto (Growth) - conversa inicial"
    calendly = read("Casey Candidate e Bia Lima", organizer="bia@lagoa.example", description=booked)
    assert calendly.role in {"Analista de Produto (Growth)", "Analista de Produto"}
    gupy = read("Entrevista - Banco Acme", organizer="agendamento@gupy.io",
                description="Vaga: Cientista de Dados Sênior (código 48213)")  # fmt: skip
    assert gupy.role == "Cientista de Dados Sênior"


def test_a_stage_before_a_dash_is_no_part_of_the_role() -> None:
    booked = "Service: Product panel - Principal Product Manager, Patient Apps"
    bookings = read("Product panel - Principal Product Manager, Patient Apps",
                    organizer="hiring@alderbay.example", description=booked)  # fmt: skip
    assert bookings.role.startswith("Principal Product Manager")  # not "Product panel - ..."


def test_a_recruitment_team_named_by_the_employers_initials_is_the_employers_own() -> None:
    # "MRU Recruitment" at mru.edu.au is Macarthur Ridge University's team, not an agency:
    # its domain is the employer's, and mail from it belongs to the application
    got = read(
        "Interview - Project Officer, Research Strategy (572291) - Macarthur Ridge University",
        organizer="recruitment@mru.edu.au",
        organizer_name="MRU Recruitment",
        description=(
            "Selection panel\nDr Harriet Mbeki-Lowe, Director, Research Strategy (Chair)\n\n"
            "Kind regards,\nRecruitment Team | People & Culture\nMacarthur Ridge University"
        ),
    )
    assert (got.company, got.employer_domain, got.application) == (
        "Macarthur Ridge University", "mru.edu.au", "mru"
    )  # fmt: skip


def test_a_booking_answer_says_what_was_applied_for() -> None:
    answer = (
        "Event Name: Lanternfish - Phone screen (30 mins)\n"
        "Please share anything that will help prepare for our meeting.: Applied via SEEK for "
        "Senior Consultant - Public Sector Advisory. Happy to talk about my evaluation work."
    )
    got = read("Casey Candidate and Saskia van der Berg", "Saskia van der Berg <saskia@lf.com.au>",
               organizer="saskia@lf.com.au", description=answer)  # fmt: skip
    assert got.role == "Senior Consultant - Public Sector Advisory"
    # ... and "applied for the Data Analyst role" is the usual phrase, its noun left out
    said = "I applied for the Data Analyst role last month."
    assert read("Phone screen", JANE, description=said).role == "Data Analyst"


@pytest.mark.parametrize(
    ("title", "organizer", "name", "description", "company"),
    [
        # a Czech personnel agency signs as one after its legal form and a dash
        ("Pohovor Aldermoor FS Brno – Účetní AP/AR", "marketa@avantis-personal.example",
         "Markéta Doležalová",
         "Dobrý den, posílám potvrzení pohovoru u našeho klienta, společnosti Aldermoor "
         "Financial Services Brno s.r.o.\n\nMarkéta Doležalová\nAvantis Personal s.r.o. – "
         "personální agentura", "Aldermoor Financial Services Brno"),
        # a Spanish temporary-work agency (ETT) for its client
        ("Entrevista Campo de Arahal (cliente Alminar) - Téc. Logística",
         "reyes@alminarett.example", "Reyes Carmona | Alminar ETT",
         "Te confirmo la entrevista con nuestro cliente Envasadora Campo de Arahal, S.A. para el "
         "puesto de Técnico/a de Logística.\n\nReyes Carmona\nAlminar Trabajo Temporal ETT, S.L.",
         "Envasadora Campo de Arahal"),
    ],
)  # fmt: skip
def test_an_agencys_domain_keys_no_application(
    title: str, organizer: str, name: str, description: str, company: str
) -> None:
    # two clients met through one agency are two applications, not one
    found = read(title, f"{name} <{organizer}>", organizer=organizer, organizer_name=name,
                 description=description)  # fmt: skip
    assert found.company == company
    assert found.employer_domain == ""


def test_the_person_named_in_cyrillic_is_not_the_company() -> None:
    # A Bulgarian consultancy's Google invite puts the candidate last in the title.
    interview = read(
        "Интервю – Консултант „Анализ на данни“ – Кейси Кандидат",
        "Боян Христов <boyan.hristov@yantraconsult.bg>",
        "Casey Candidate <casey@example.com>",
        organizer="boyan.hristov@yantraconsult.bg",
        organizer_name="Боян Христов",
        description="Поздрави,\nБоян Христов\nУправляващ съдружник\nЯнтра Консулт ООД",
    )
    assert interview.company != "Кейси Кандидат"
    assert read("Интервю – Кейси Кандидат", organizer="hr@kandidat.bg").company != "Кейси Кандидат"


@pytest.mark.parametrize(
    ("written", "name", "same"),
    [
        ("Кейси Кандидат", "Casey Candidate", True),
        ("Наталья Смирнова", "Natalya Smirnova", True),
        ("Боян Христов", "Casey Candidate", False),
        ("Янтра Консулт", "Casey Candidate", False),
        ("Кейси", "Casey", False),  # one word: too little to tell
        ("Casey Candidate", "Casey Candidate", False),  # (the Latin name is compared as such)
    ],
)
def test_a_name_written_in_cyrillic(written: str, name: str, same: bool) -> None:
    assert is_my_name_in_cyrillic(written, name) is same


ZOOM_BOILERPLATE = (
    "\n\n{host} is inviting you to a scheduled Zoom meeting.\n\nTopic: {title}\n\n"
    "Join Zoom Meeting\nhttps://{vanity}.zoom.us/j/95104723386\n\nMeeting ID: 951 0472 3386\n"
)


def test_a_universitys_zoom_account_over_a_units_initials() -> None:
    title = "ORS Budget Analyst - Search Committee Interview"
    typed = (
        "Search committee interview – Budget Analyst, Office of Research Services. Committee: "
        "Dr. Leimomi Kahale (chair) and Gail Nishimoto."
    )
    zoom = ZOOM_BOILERPLATE.format(
        host="Windward Pacific University", title=title, vanity="windwardpacific"
    )
    assert read(title, description=typed + zoom).company == "Windward Pacific University"


def test_a_recruiting_teams_zoom_account_is_not_the_employer() -> None:
    title = "Interview – Research Data Officer (ref 2611-RS)"
    zoom = ZOOM_BOILERPLATE.format(
        host="Research Services Recruitment", title=title, vanity="testwood-ac-uk"
    )
    assert read(title, description="Panel: Dr Yusuf Kamara." + zoom).company != (
        "Research Services Recruitment"
    )


def test_a_state_position_number_is_no_part_of_the_role() -> None:
    interview = read(
        "Oral Interview - Accountant IV (Recruitment No. 226108) - Dept. of Accounting",
        description="Position: Accountant IV, Position No. 117392\nDepartment: Accounting",
        organizer="info@governmentjobs.com",
    )
    assert interview.role == "Accountant IV"


def test_a_scheduling_organisers_name_and_a_cruise_line_spelled_out() -> None:
    interview = read(
        "Virtual Onsite | Casey Candidate | Software Engineer II",
        "Priyanka Venkataraman <priyanka@gasparillacruise.example>",
        organizer="interviews@gasparillacruise.example",
        organizer_name="Gasparilla Interview Scheduling",
        description="Gasparilla Digital, the Tampa technology hub of Gasparilla Cruise Line.",
    )
    assert interview.company == "Gasparilla Cruise Line"


def test_a_department_tagged_in_the_directory_and_spelled_out_with_a_comma() -> None:
    interview = read(
        "Interview – Principal Water Data Analyst AO7 (40218) – Casey Candidate",
        "Samuel Okonkwo (DLWRI) <samuel.okonkwo@nt.gov.au>",
        organizer="natalie.kowalczyk@nt.gov.au",
        organizer_name="Natalie Kowalczyk (DLWRI)",
        description=(
            "Kind regards\n\nNatalie Kowalczyk\nDirector, Water Data Services\nDepartment of "
            "Lands, Water and Remote Infrastructure | Northern Territory Government"
        ),
    )
    assert interview.company == "Department of Lands, Water and Remote Infrastructure"


def test_the_role_in_the_persons_own_note_with_its_team() -> None:
    interview = read(
        "Phone screen - Westshore Payments",
        description=(
            "Tomasz Brennan-Adeyemi (TA partner) calls my cell. Risk Analytics Analyst (fraud "
            "team). Have the chargeback-rate dashboard story ready."
        ),
    )
    assert interview.role == "Risk Analytics Analyst"


def test_an_agencys_client_named_with_a_macron() -> None:
    interview = read(
        "Casey Candidate - interview with Ōhau Energy (Energy Trading Analyst)",
        "Bridget Monk <bridget@tussocktalent.example>",
        organizer="bridget@tussocktalent.example",
        description="Confirming your interview with my client Ōhau Energy for the Energy Trading "
        "Analyst role.\n\nBridget Monk | Senior Consultant\nTussock Talent | Christchurch",
    )
    assert interview.company == "Ōhau Energy"


@pytest.mark.parametrize(
    "title",
    [
        "Phone screen – Bankhead Federal (Secret clr)",
        "Bankhead Federal - Candidate Talk & Interview",
    ],
)
def test_a_clearance_or_a_talk_is_not_the_company(title: str) -> None:
    assert read(title).company == "Bankhead Federal"


def test_what_sets_206_to_209_named_their_employers() -> None:
    # a Calendly booking's answer to "Which opening ...?"
    booked = read(
        "Intro call - Madison Pike Analytics (30 min) between Rashad Beal and Casey Candidate",
        "Rashad Beal <rashad@madisonpike.example>",
        organizer="rashad@madisonpike.example",
        description=(
            "Questions:\nWhich opening are you interested in?\nData Analyst (Army Logistics)"
        ),
    )
    assert booked.role.startswith("Data Analyst")
    # a travel-nurse agency's "Facility:" field, its town in brackets left off
    facility = read(
        "Phone interview: Nurse Informatics Specialist (13 wk)",
        "Jolene Park <jolene@meridiantravel.example>",
        organizer="jolene@meridiantravel.example",
        description="Facility: Mesilla Valley Regional Medical Center (Las Cruces, NM)\n"
        "Jolene Park\nSenior Recruiter | Meridian Travel Health",
    )
    assert facility.company == "Mesilla Valley Regional Medical Center"
    # a ministry at a government's shared domain, never "GOV"
    ministry = read(
        "Interview – MMAH/PSD/42/2026 – Assistant Director (Economic Policy)",
        "Josianne Grima <josianne.grima@gov.mt>",
        organizer="josianne.grima@gov.mt",
        description="for the position of Assistant Director (Economic Policy) in the Ministry "
        "for Maritime Affairs and Heritage, you are kindly requested to attend for an interview",
    )
    assert ministry.company == "Ministry for Maritime Affairs and Heritage"
