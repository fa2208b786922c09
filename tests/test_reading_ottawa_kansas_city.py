"""Invites and mail as Canada's federal and Gatineau employers, and Kansas City's, write them.

Shapes (our own wording, after what these senders really use): a federal body's domain
holding its initials in both languages ("snn-nns.gc.ca"), its signature giving its name in
both ("Secrétariat de la nutrition nordique | Northern Nutrition Secretariat"), a staffing
mailbox signing only the initials; a Gatineau agency's name in sentence case; a bilingual
"Comité de sélection / Selection committee:"; an adviser who only welcomes the candidate at
reception; an agency recruiter's prose naming the client's panel with their titles; receipts
in French and in hard-wrapped English; a recruiter's and a city's invitations to interview.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.model import Attendee, CalendarEvent, ReplyKind
from tests.builders import CASEY, CASEY_RULES, interviewer_names, invite_to_casey, reply_reading

ME, RULES = CASEY.email, CASEY_RULES
OTTAWA = ZoneInfo("America/Toronto")
START = datetime(2026, 12, 8, 18, 30, tzinfo=UTC)


def company(ev: CalendarEvent) -> str:
    return to_interview(ev, ME, OTTAWA, RULES, "").company


@pytest.mark.parametrize(
    ("organizer", "description", "expected"),
    [
        # the name the label's first initials stand for, in sentence case too
        ("isabelle.roy@snn-nns.example",
         "Isabelle Roy\nGestionnaire | Manager\n"
         "Secrétariat de la nutrition nordique | Northern Nutrition Secretariat",
         "Secrétariat de la nutrition nordique"),
        ("genevieve.paquin@ateo-outaouais.example",
         "Geneviève Paquin, CRHA\nConseillère en ressources humaines\n"
         "Agence de transition énergétique de l'Outaouais",
         "Agence de transition énergétique de l'Outaouais"),
        # a staffing mailbox signing only the initials, in both languages
        ("dotation-staffing@cwda-acdbv.example", "Assessment board: the chair and a member.",
         "CWDA"),
    ],
)  # fmt: skip
def test_a_bodys_initials_in_both_languages(
    organizer: str, description: str, expected: str
) -> None:
    name = "CWDA Staffing / Dotation ACDBV" if organizer.startswith("dotation") else "Roy"
    domain = organizer.partition("@")[2]
    ev = invite_to_casey(
        "Interview / Entrevue - 26-EA-118374 - Policy Analyst / Analyste des politiques",
        Attendee(f"anjali.rao@{domain}", "Rao, Anjali"),
        start=START, organizer=organizer, organizer_name=name, description=description,
    )  # fmt: skip
    assert company(ev) == expected


def test_a_bilingual_committee_header_names_the_panel() -> None:
    ev = invite_to_casey(
        "RC-2026-241 Entrevue / Interview - Casey Candidate",
        start=START,
        description="Comité de sélection / Selection committee:\n"
        "- Solange Abitbol, directrice / Director (présidente / chair)\n"
        "- Marcus Nyiramana, analyste principal / Senior Analyst\n\n"
        "Solange Abitbol is inviting you to a scheduled Zoom meeting.",
    )
    assert interviewer_names(ev) == ["Marcus Nyiramana", "Solange Abitbol"]


def test_who_only_welcomes_or_usually_does_not_join_does_not_interview() -> None:
    welcomed = invite_to_casey(
        "ATÉO - 2e entrevue (C. Candidate)",
        Attendee("nadege.sabourin@ateo.example", "Sabourin, Nadège"),
        Attendee("genevieve.paquin@ateo.example", "Paquin, Geneviève", role="opt-participant"),
        start=START, organizer="etienne.bastien@ateo.example",
        organizer_name="Bastien, Étienne",
        description="14 h - entrevue avec Nadège Sabourin, directrice générale, et moi\n\n"
        "Geneviève vous accueillera à la réception du 4e étage et vous installera pour "
        "l'exercice.\n\nÉtienne",
    )  # fmt: skip
    assert interviewer_names(welcomed) == ["Nadège Sabourin", "Étienne Bastien"]
    optional = invite_to_casey(
        "BMAH Elwood - Ops Engineering interview (Teams) - C. Candidate",
        Attendee("chidinma.onwudiwe@bmah.example", "Onwudiwe, Chidinma"),
        Attendee("yesenia.peralez@bmah.example", "Peralez, Yesenia", role="opt-participant"),
        start=START, organizer="gunnar.hoelscher@bmah.example",
        organizer_name="Hoelscher, Gunnar",
        description="Hi Casey - Chidinma Onwudiwe (QA Validation Lead) and I will interview "
        "you for about an hour. Yesenia is optional on here and usually doesn't join.\n\nGunnar",
    )  # fmt: skip
    assert interviewer_names(optional) == ["Chidinma Onwudiwe", "Gunnar Hoelscher"]


def test_a_panel_named_in_an_agencys_prose_is_not_a_signature() -> None:
    """ "(Scheduling Supervisor)" after a name in a sentence is her job, not a coordinator
    signing the invite; the recruiter who introduces and drops off does not interview."""
    ev = invite_to_casey(
        "Heronwood Staffing | Two Rivers Corrugated - Production Planner - Casey Candidate",
        Attendee("owennberg@tworivers.example", "Oskar Wennberg"),
        Attendee("sgreathouse@tworivers.example", "Greathouse, Shonda"),
        start=START, organizer="bzelenka@heronwoodstaffing.example",
        organizer_name="Zelenka, Brianna",
        description="Setting up time for Casey to meet with Oskar Wennberg (Plant Manager) and "
        "Shonda Greathouse (Scheduling Supervisor) about the Production Planner position. I'll "
        "join for the first couple of minutes to do introductions, then I'll drop off and let "
        "you all talk.\n\nBrianna Zelenka\nSenior Recruiter | Heronwood Staffing",
    )  # fmt: skip
    assert interviewer_names(ev) == ["Oskar Wennberg", "Shonda Greathouse"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # receipts: French acknowledgements, a silence that would mean no, a wrapped "if"
        ("Nous accusons réception de votre candidature au poste de Responsable Marketing. Sans "
         "retour de notre part dans un délai de quatre semaines, vous pourrez considérer que nous "
         "ne sommes pas en mesure de donner une suite favorable à votre candidature.",
         ReplyKind.RECEIPT),
        ("Thanks for applying to the Operations role.\n\nOur team is reviewing applications. If "
         "your experience matches what we're\nlooking for, we'll be in touch to arrange a "
         "conversation.", ReplyKind.RECEIPT),
        # invitations to interview
        ("Thanks again for your time on Friday. I shared your background with Gunnar, and he'd "
         "like to meet with you on Teams on Friday, 12/11 at 9:00 AM CST.", ReplyKind.NEXT_ROUND),
        ("Congratulations! After review of your application, you have been selected to "
         "participate in an interview with the Water Services Department.", ReplyKind.NEXT_ROUND),
        ("Thank you for applying for the Facilities Project Coordinator position. I'd like to set "
         "up a 30-minute phone screen with you. Are you available Thursday, December 17 at 2:00 "
         "PM CST?", ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_receipts_and_invitations(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, month_first=True)[0] is expected


def test_a_members_body_named_in_a_booking_pages_event_name() -> None:
    """Calendly's title names only the two people; its event name the association, whose
    domain is its members' word (beekeepers.ca)."""
    host = Attendee("hkimaru@beekeepers.example", "Harriet Kimaru")
    ev = invite_to_casey(
        "Casey Candidate and Harriet Kimaru",
        host,
        start=START,
        organizer="hkimaru@beekeepers.example",
        organizer_name="Harriet Kimaru",
        description="Event Name: Canadian Federation of Beekeepers - Manager, Policy and "
        "Government Relations interview\n\nPowered by Calendly.com",
    )
    assert company(ev) == "Canadian Federation of Beekeepers"
