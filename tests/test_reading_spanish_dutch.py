"""Invites and mail as employers, recruiters and systems in Spain and the Netherlands write
them.

Shapes (our own wording, after what these senders really use): a public body's Tribunal
("Presidente: D. …", a secretary "sin voto"), Indeed's Spanish and Dutch confirmations,
a Galician brand's round that copies the group's recruiter, Outlook's Dutch directory
("Heeringa, M (Maarten)"), InfoJobs' status mail ("Estado: Descartado"), Catalan and
Dutch decisions and offers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import detect, to_interview
from agent.core.model import Attendee, CalendarEvent, Notes, ReplyKind
from agent.core.names import display_name, untitled
from agent.core.people import interviewers_of, names_in_description
from agent.core.replies import classify
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_INVITED, CASEY_RULES, inbox_message, invite, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 9, 9, tzinfo=UTC)
event = partial(invite_to_casey, start=START)


def read(ev: CalendarEvent) -> tuple[str, str]:
    got = to_interview(ev, ME, ZoneInfo("Europe/Madrid"), RULES, "")
    return got.company, got.role


def names(ev: CalendarEvent) -> list[str]:
    return [p.name for p in interviewers_of(ev, ME, Notes(), RULES)]


def kind(body: str, subject: str = "Tu candidatura") -> ReplyKind:
    msg = inbox_message("rh@empresa.example", subject, body,
                        received=datetime(2026, 12, 14, 9, tzinfo=UTC))  # fmt: skip
    return classify(msg, after=date(2026, 12, 14), month_first=False)[0]


def test_a_tribunal_named_by_its_posts() -> None:
    text = (
        "Composición del Tribunal para esta fase:\nPresidente: D. Tomás Rebollo Cidoncha\n"
        "Vocal: Dª. Lourdes Pajares Camacho\nVocal: D. Rubén Ortuño Gil\n"
        "Secretaria: Dª. Beatriz Heras Molina (con voz y sin voto; no formulará preguntas)"
    )
    assert [untitled(n) for n, _ in names_in_description(text)[0]] == [
        "Tomás Rebollo Cidoncha",
        "Lourdes Pajares Camacho",
        "Rubén Ortuño Gil",
    ]


def test_a_dutch_directorys_names_and_who_only_plans() -> None:
    assert display_name("Heeringa, M (Maarten)", "maarten.heeringa@w.example") == "Maarten Heeringa"
    elif_ = Attendee("elif.yavuzer@w.example", "Yavuzer, E (Elif)")
    roos = Attendee("roos@w.example", "Aalders, R (Roosmarijn)", role="opt-participant")
    text = (
        "Elif (lead Model Validation) en ik nemen een paar modellen met je door.\n\n"
        "Roosmarijn staat er alleen in voor de planning, zij schuift zelf niet aan."
    )
    ev = event("Tweede gesprek Casey Candidate - Waterhoen", elif_, roos,
               organizer="maarten.heeringa@w.example", organizer_name="Heeringa, M (Maarten)",
               description=text)  # fmt: skip
    assert sorted(names(ev)) == ["Elif Yavuzer", "Maarten Heeringa"]


def test_whom_a_job_boards_confirmation_says_the_interview_is_with() -> None:
    text = "Tu entrevista con Sondea Insights\n\nPuesto: Analista de Datos Junior"
    title = "Entrevista con Sondea Insights - Analista de Datos Junior - Estudios de Mercado"
    ev = event(title, organizer="no-reply@indeed.com", organizer_name="Indeed", description=text)
    assert read(ev)[0] == "Sondea Insights"


def test_a_brands_round_copying_the_groups_recruiter() -> None:
    uxia = Attendee("uxia@gtlouredo.example", "Uxía Porto Carballal")
    first = invite("Entrevista - Analista de Planificación de Producto - Grupo Textil Louredo",
                   CASEY_INVITED, uxia, start=START, organizer="uxia@gtlouredo.example",
                   uid="l1")  # fmt: skip
    breixo = Attendee("breixo@neboa.example", "Breixo Seoane Mouriño")
    copied = Attendee("uxia@gtlouredo.example", "Uxía Porto Carballal", role="opt-participant")
    second = invite("NÉBOA · Entrevista co equipo de Planificación (Casey Candidate)",
                    CASEY_INVITED, breixo, copied, start=datetime(2026, 12, 17, 10, tzinfo=UTC),
                    organizer="iria@neboa.example", uid="l2")  # fmt: skip
    found, _ = detect([first, second], me=ME, tz=ZoneInfo("Europe/Madrid"), rules=RULES)
    assert len(found) == 2 and len({i.application for i in found}) == 1


def test_an_open_evening_and_a_friends_koffie() -> None:
    avond = invite(
        "Data & Analytics Open Avond - Windvang Energie",
        start=START,
        description="Je kunt in korte speeddates met onze hiring managers praten.",
    )
    assert judge(avond, ME, RULES).outcome is Outcome.MAYBE
    renske = Attendee("renske@gmail.com", "Renske Dijkstra")
    koffie = event("Koffie Renske & Casey", renske, organizer="renske@gmail.com",
                   description="Ik vertel je over die pricingrol bij Snelbord. Er staat nog geen "
                   "vacature open.")  # fmt: skip
    assert judge(koffie, ME, RULES).outcome is Outcome.MAYBE


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Estado: Descartado\nMensaje de la empresa: Finalmente hemos optado por un perfil con "
         "más experiencia.", ReplyKind.REJECTION),
        ("Bones notícies: ens agradaria que fessis l'última xerrada, amb la Clàudia (CEO).",
         ReplyKind.NEXT_ROUND),
        ("Marc y yo lo tenemos claro: queremos que te unas a Terrat. Te resumo la oferta:",
         ReplyKind.OFFER),
        ("Están valorando un candidato interno y no van a decidir nada hasta después de Reyes. "
         "En cuanto sepa algo te llamo.", ReplyKind.STILL_DECIDING),
        ("Tienes tareas pendientes relacionadas con la propuesta de incorporación que has "
         "recibido de Banco Hispano de Gredos.", ReplyKind.OTHER),
        ("We zijn erg enthousiast en bieden je graag de functie van Demand Planner aan! Wil je "
         "laten weten of je ons aanbod aanneemt?", ReplyKind.OFFER),
        ("Actie vereist: vul je gegevens aan voor R-0046183.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_spanish_catalan_and_dutch_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected
