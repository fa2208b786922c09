"""Roles from how scheduling tools and non-English titles write them (agent/core/roles.py).

Formats, each modelled on the tool's own output (our own examples, no copies):
- Cal.com writes the booked event type under "What:" in the invite description,
  on the same line or the next (calcom/cal.com, packages/lib/CalEventParser.ts).
- Microsoft Bookings names the booked service on a "Service:" line above "Staff:"
  (Microsoft Bookings documentation, appointment confirmation).
- Teamtailor, Workable and Recruitee title invites "Interview with <Company> (<Role>)".
- Titles in German, French, Spanish, Portuguese, Italian and Dutch put the
  employer after a preposition ("bei", "chez", "en", "na", "presso", "bij").
"""

from __future__ import annotations

import pytest

from tests.test_employer import read

ANNA = "Anna Vogel <anna.vogel@lindqvist-marine.com>"

DESCRIPTIONS = [
    # (title, description, role)
    # a tracking system's confirmation: "Your video interview for <role> is on <day>"
    (
        "Interview with Anna Vogel",
        "Your video interview for Partner Operations Manager (Issuing) is on Tuesday, December "
        "22 at 12:00 PM ET.",
        "Partner Operations Manager (Issuing)",
    ),
    # Calendly's invitee question, answered by the person
    (
        "Intro call (30 min) between Anna Vogel and Casey Candidate",
        "Event Name: Intro call (30 min)\nWhich role are you applying for?: Naval Architect, "
        "Hull Design\nPowered by Calendly.com",
        "Naval Architect, Hull Design",
    ),
    (
        "Intro Call between Anna Vogel and Casey Candidate",
        "What: Intro Call - Lindqvist Marine (Naval Architect)\nInvitee Time Zone: "
        "Europe/Berlin\nWho:\n- Anna Vogel - Organizer\n  anna.vogel@lindqvist-marine.com",
        "Naval Architect",
    ),
    (
        "Technical Screen between Anna Vogel and Casey Candidate",
        "What:\nTechnical Screen: Embedded Firmware Engineer\n\nInvitee Time Zone:\nEurope/Berlin",
        "Embedded Firmware Engineer",
    ),
    (
        "Interview booking: Casey Candidate",
        "Service: Warehouse Shift Supervisor - phone screen\nStaff: Anna Vogel\n\n"
        "Booked with Microsoft Bookings",
        "Warehouse Shift Supervisor",
    ),
    (
        "Appointment: Casey Candidate",
        "Service:  Payroll Specialist interview\r\nStaff: Anna Vogel",
        "Payroll Specialist",
    ),
]


@pytest.mark.parametrize(("title", "description", "role"), DESCRIPTIONS)
def test_the_role_from_a_scheduling_tools_description(
    title: str, description: str, role: str
) -> None:
    assert read(title, ANNA, description=description).role == role


TITLES = [
    # (title, role)
    ("Interview with Lindqvist Marine (Naval Architect)", "Naval Architect"),
    ("Video interview with Lindqvist Marine AB (Hull Design Engineer)", "Hull Design Engineer"),
    ("Entrevista: Engenheira de Dados na Lindqvist Marine", "Engenheira de Dados"),
    ("Entrevista técnica - Desarrollador Backend en Lindqvist Marine", "Desarrollador Backend"),
    ("Vorstellungsgespräch: Projektleiter bei Lindqvist Marine", "Projektleiter"),
    ("Entretien : Ingénieure Qualité chez Lindqvist Marine", "Ingénieure Qualité"),
    ("Colloquio: Sviluppatore Java presso Lindqvist Marine", "Sviluppatore Java"),
    (
        "Sollicitatiegesprek Medewerker Klantenservice bij Lindqvist Marine",
        "Medewerker Klantenservice",
    ),
    ("Entretien : Ingénieur en Informatique chez Lindqvist Marine", "Ingénieur en Informatique"),
    ("Entrevista: Ingeniero en Sistemas en Lindqvist Marine", "Ingeniero en Sistemas"),
    ("Entrevista - Analista de Riscos na", "Analista de Riscos"),
    ("Vorstellungsgespräch Entwickler für", "Entwickler"),
]

# Titles in the order "<interview word> – <role> – <company>", with role words of
# German student and trainee posts and of Nordic, Polish and Czech titles.
DASHED = [
    # (title, role); the company is Lindqvist Marine in each
    ("Zweites Interview: Praktikantin HR (m/w/d) – Lindqvist Marine", "Praktikantin HR"),
    ("Vorstellungsgespräch: Werkstudent Vertrieb – Lindqvist Marine", "Werkstudent Vertrieb"),
    ("Intervju: Frontendutvecklare – Lindqvist Marine", "Frontendutvecklare"),
    ("Jobsamtale – Dataanalytiker – Lindqvist Marine", "Dataanalytiker"),
    ("Rozmowa kwalifikacyjna – Programista Java – Lindqvist Marine", "Programista Java"),
    ("Pohovor – Analytik dat – Lindqvist Marine", "Analytik dat"),
]


@pytest.mark.parametrize(("title", "role"), DASHED)
def test_the_role_and_company_from_dashed_titles_in_more_languages(title: str, role: str) -> None:
    found = read(title, ANNA)
    assert (found.role, found.company) == (role, "Lindqvist Marine")


@pytest.mark.parametrize(("title", "role"), TITLES)
def test_the_role_from_titles_with_the_company_after_a_word_for_at(title: str, role: str) -> None:
    assert read(title, ANNA).role == role


def test_with_a_person_and_their_title_names_no_role() -> None:
    # The bracket after a person is their own title, not the role applied for.
    assert read("Interview with Anna Vogel (Engineering Manager)", ANNA).role == ""


def test_a_banks_grade_a_comma_and_its_field_before_a_bracket_are_one_role() -> None:
    # A City bank's Outlook invite: the grade, its field and the desk abbreviated in brackets.
    found = read("Interview: AVP, Financial Crime Compliance (KYC QA)", ANNA)
    assert found.role == "AVP, Financial Crime Compliance (KYC QA)"


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        # Paradox: the store and its town in brackets say where, not what
        (
            "Phone Interview - Hatchway Pharmacy",
            "Position: Pharmacy Technician - Certified (Store #0417, Hilliard, OH)",
            "Pharmacy Technician - Certified",
        ),
        # a posting's employer, town and state after the job
        (
            "Licking River Medical Center | Interview - Casey Candidate",
            "Position: RN - Telemetry (Nights) - Licking River Medical Center, Covington, KY",
            "RN - Telemetry (Nights)",
        ),
    ],
)
def test_where_a_us_job_is_is_no_part_of_its_role(title: str, description: str, role: str) -> None:
    assert read(title, ANNA, description=description).role == role


def test_a_domain_that_adds_its_trade_to_the_name() -> None:
    # A long-term-care pharmacy at madriverrx.com; its title names only the job.
    found = read(
        "Phone screen - Casey Candidate - LTC Pharmacy Tech",
        organizer="bluebbers@madriverrx.example",
        organizer_name="Luebbers, Britt",
        description=(
            "Confirming our phone screen for the Pharmacy Technician - LTC Fill opening at Mad "
            "River Pharmacy Services. I'll call you at 3:00.\n\nBritt Luebbers, RPh"
        ),
    )
    assert found.company.startswith("Mad River")
