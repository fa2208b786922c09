"""Invites and mail as employers, recruiters and systems in Brazil and Italy write them.

Shapes (our own wording, after what these senders really use): Gupy's confirmation and a
brand's second round from another of the group's domains; a group dynamic whose invite
lists the other candidates; a consultancy's agenda in "09h00 – 10h00 |" slots; an
executive-search recruiter who "só criou a reunião"; Taleo's "Intervistatore:" and
inRecruiting's "Referente:"; a plant visit's "accoglienza in portineria"; Eventbrite open
days; Solides, Vagas.com and a founder's offer in Portuguese; Italian paperwork after an
offer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import detect, to_interview
from agent.core.model import Attendee, CalendarEvent, Notes, ReplyKind
from agent.core.people import interviewers_of
from agent.core.replies import classify
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_INVITED, CASEY_RULES, inbox_message, invite, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 3, 13, tzinfo=UTC)
event = partial(invite_to_casey, start=START)


def read(ev: CalendarEvent) -> tuple[str, str]:
    got = to_interview(ev, ME, ZoneInfo("America/Sao_Paulo"), RULES, "")
    return got.company, got.role


def names(ev: CalendarEvent) -> list[str]:
    return [p.name for p in interviewers_of(ev, ME, Notes(), RULES)]


def kind(body: str, subject: str = "Processo seletivo") -> ReplyKind:
    msg = inbox_message("rh@empresa.example", subject, body,
                        received=datetime(2026, 12, 14, 12, tzinfo=UTC))  # fmt: skip
    return classify(msg, after=date(2026, 12, 14), month_first=False)[0]


# --------------------------------------------------------------------------- what it is


def test_a_brands_round_with_the_groups_recruiter_is_the_groups_application() -> None:
    priscila = Attendee("priscila@grupomaritaca.example", "Priscila Antunes Vidigal")
    first = invite("Entrevista | Coordenador(a) de Planejamento Comercial - Grupo Maritaca "
                   "Varejo S.A. | Casey Candidate", CASEY_INVITED, priscila, start=START,
                   organizer="priscila@grupomaritaca.example", uid="r1")  # fmt: skip
    lucia = Attendee("lucia@casamaritaca.example", "Lúcia Kawano Prado")
    quiet = Attendee("priscila@grupomaritaca.example", "Priscila Antunes Vidigal",
                     role="opt-participant")  # fmt: skip
    second = invite("Casa Maritaca - bate-papo c/ Casey (Fernando + Lúcia)", CASEY_INVITED,
                    lucia, quiet, start=datetime(2026, 12, 10, 13, tzinfo=UTC),
                    organizer="fernando@casamaritaca.example",
                    description="Vamos estar eu e a Lúcia (nossa diretora comercial). A "
                    "Priscila vai te receber na portaria, ela não fica na conversa.",
                    uid="r2")  # fmt: skip
    found, _ = detect([first, second], me=ME, tz=ZoneInfo("America/Sao_Paulo"), rules=RULES)
    assert len(found) == 2
    assert len({i.application for i in found}) == 1
    # ... but a search firm's recruiter on its client's round shares no name with the client
    patricia = Attendee("patricia@andorinhasearch.example", "Patrícia Arruda")
    screen = invite("Entrevista - Andorinha Executive Search - Casey Candidate", CASEY_INVITED,
                    patricia, start=START, organizer="patricia@andorinhasearch.example",
                    uid="a1")  # fmt: skip
    sergio = Attendee("sergio@camposereno.example", "Sérgio Vilela Junqueira")
    client = invite("Laticínios Campo Sereno | Entrevista Coordenação de Controladoria",
                    CASEY_INVITED, sergio, patricia, start=datetime(2026, 12, 10, 13, tzinfo=UTC),
                    organizer="sergio@camposereno.example", uid="a2")  # fmt: skip
    found, _ = detect([screen, client], me=ME, tz=ZoneInfo("America/Sao_Paulo"), rules=RULES)
    assert len({i.application for i in found}) == len(found) == 2


def test_a_livestream_about_interviews_is_no_interview() -> None:
    text = 'Obrigado por se inscrever na live "Entrevista por competências: o método STAR".'
    ev = invite("Live: Entrevista por competências - o método STAR na prática", start=START,
                organizer="no-reply@zoom.us", organizer_name="Carreira em Pauta",
                description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.NOT


def test_revising_for_an_interview_is_preparation() -> None:
    ev = invite(
        "Ripasso per colloquio BVT giovedì (Direzione Rischi)",
        start=START,
        description="- rileggere bilancio BVT 2025\n- domande per Pellegatta",
    )
    assert judge(ev, ME, RULES).outcome is Outcome.NOT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Open Day Talenti | CR Brianza - Finance, Risk & Data",
         "i nostri HR saranno disponibili per colloqui conoscitivi individuali, senza "
         "prenotazione."),
        ("Café Casey + Bia",
         "Te conto com calma da vaga que vai abrir no meu time em janeiro. Ainda não tá "
         "publicada."),
    ],
)  # fmt: skip
def test_an_open_day_and_a_friends_coffee_about_a_vaga_are_asked_about(
    title: str, text: str
) -> None:
    bia = Attendee("bia.lacerda@gmail.com", "Bia Lacerda")
    ev = event(title, bia, organizer="bia.lacerda@gmail.com", description=text)
    assert judge(ev, ME, RULES).outcome is Outcome.MAYBE


# --------------------------------------------------------------------------- company and role


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Ponte Alta Partners - Entrevistas de case (Casey Candidate)",
         "Segue a agenda das suas entrevistas presenciais para Consultor(a) Sênior – Finanças "
         "Corporativas & Reestruturação:", "Consultor(a) Sênior – Finanças Corporativas & "
         "Reestruturação"),
        ("Laticínios Campo Sereno | Entrevista - Casey Candidate (Andorinha)",
         "Lembrando: a vaga é de Coordenador(a) de Controladoria, base em Pouso Alegre/MG.",
         "Coordenador(a) de Controladoria"),
        # the round with the hiring manager names whom, not the job
        ("[Tucunaré] Entrevista técnica + gestor | Cientista de Dados Pleno - Crédito | Casey",
         "", "Cientista de Dados Pleno"),
        ("Brenta Assicurazioni - Assessment di gruppo Pricing Analyst Rami Danni", "",
         "Pricing Analyst Rami Danni"),
    ],
)  # fmt: skip
def test_roles(title: str, description: str, role: str) -> None:
    ev = event(title, organizer="rh@empresa.example", description=description)
    assert read(ev)[1].startswith(role)


def test_a_domains_name_with_the_accents_the_text_writes() -> None:
    text = "Nome do evento: Conversa - Product Manager\nqueria entender o momento da Cafuné."
    livia = Attendee("livia@cafunesaude.com.br", "Lívia Sanches Domingues")
    ev = event("Casey Candidate e Lívia Sanches Domingues", livia,
               organizer="livia@cafunesaude.com.br", description=text)  # fmt: skip
    assert read(ev)[0] == "Cafuné Saúde"


# --------------------------------------------------------------------------- who interviews


def test_labels_and_slots_in_portuguese_and_italian() -> None:
    for text, panel in [
        ("Posizione: Commercial Excellence Data Analyst\nIntervistatore: Federica Lozza, HR "
         "Business Partner", ["Federica Lozza"]),
        ("Referente: Ludovica Scarabelli - Talent Acquisition Specialist",
         ["Ludovica Scarabelli"]),
    ]:  # fmt: skip
        ev = event("Colloquio", organizer="ifapharma@taleo.net", description=text)
        assert names(ev) == panel, text
    isadora = Attendee("isadora@pontealta.example", "Isadora Campello")
    bruno = Attendee("bruno@pontealta.example", "Bruno Ferraz de Almeida")
    renata = Attendee("renata@pontealta.example", "Renata Queiroga Salles")
    agenda = (
        "Segue a agenda:\n09h00 – 10h00 | Case de negócios com Bruno Ferraz de Almeida\n"
        "10h00 – 11h00 | Entrevista de fit com Renata Queiroga Salles (Sócia)\n\n"
        "Isadora Campello | Recrutamento"
    )
    ev = event("Ponte Alta - Entrevistas", isadora, bruno, renata,
               organizer="isadora@pontealta.example", description=agenda)  # fmt: skip
    assert sorted(names(ev)) == ["Bruno Ferraz de Almeida", "Renata Queiroga Salles"]


@pytest.mark.parametrize(
    "said",
    [
        "O Thiago está no convite só pra acompanhar, não entra na call.",
        "Eu abro a sala, faço as apresentações e saio, tá?",
    ],
)
def test_who_only_follows_or_opens_the_call_does_not_interview(said: str) -> None:
    thiago = Attendee("thiago@pequi.example", "Thiago Mourão Leal", role="opt-participant")
    caio = Attendee("caio@pequi.example", "Caio Estrela Monteiro")
    text = f"Eu e o Caio conduzimos. {said}" if "Thiago" in said else said
    ev = event("Pequibank | case de dados - Casey", thiago, caio,
               organizer="mariana@pequi.example", organizer_name="Mariana Lessa Barreto",
               description=text)  # fmt: skip
    got = names(ev)
    assert "Caio Estrela Monteiro" in got
    assert ("Thiago Mourão Leal" in got) is ("Thiago" not in said)
    assert ("Mariana Lessa Barreto" in got) is ("Thiago" in said)


def test_the_other_candidates_of_a_group_dynamic_and_a_plant_visits_welcome() -> None:
    others = [Attendee("rafael.tbueno@hotmail.com", ""), Attendee("gabimoura@gmail.com", "Gabi")]
    wagner = Attendee("wagner@coqueiral.example", "Wagner Lopes Cordeiro")
    text = (
        "Olá, candidatos(as)! Programação:\n08h30 – Recepção e café\n"
        "09h00 – Apresentação da Coqueiral Logística\n"
        "09h30 – Dinâmica de grupo, conduzida por mim (Jéssica, RH) e pelo Wagner Lopes Cordeiro"
    )
    ev = event("Dinâmica de grupo - Analista de Operações - Coqueiral", *others, wagner,
               organizer="jessica@coqueiral.example", organizer_name="Jéssica Paiva Tenório",
               description=text)  # fmt: skip
    assert sorted(names(ev)) == ["Jéssica Paiva Tenório", "Wagner Lopes Cordeiro"]
    elisa = Attendee("elisa@corradini.example", "Manfredini Elisa", role="opt-participant")
    monica = Attendee("monica@corradini.example", "Bocchi Monica")
    plan = (
        "Programma di massima:\n10:00 accoglienza in portineria con Elisa e giro delle linee\n"
        "11:00 colloquio con me e con Monica Bocchi (Responsabile Pianificazione)\n"
        "12:15 pranzo in mensa con un paio di planner del team"
    )
    ev = event("Corradini Fidenza - visita stabilimento + colloquio", elisa, monica,
               organizer="claudio@corradini.example", organizer_name="Tagliavini Claudio",
               description=plan)  # fmt: skip
    assert "Elisa Manfredini" not in names(ev)


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Infelizmente, neste momento você não seguirá para as próximas etapas do processo "
         "seletivo.", ReplyKind.REJECTION),
        ("Passando pra contar que você avançou no processo! A próxima etapa é um bate-papo "
         "presencial no escritório central.", ReplyKind.NEXT_ROUND),
        ("Conversei com o time e a gente queria muito você no time como PM. Então aqui vai a "
         "nossa proposta:\n- contratação PJ", ReplyKind.OFFER),
        ("Questa settimana completiamo l'ultimo incontro con un'altra candidata, dopodiché ci "
         "confrontiamo. Ti daremo un riscontro definitivo entro venerdì 18 dicembre.",
         ReplyKind.STILL_DECIDING),
        ("Vorrei approfondire di persona: le andrebbe bene mercoledì 16 dicembre alle 14:30 "
         "presso la nostra sede?", ReplyKind.NEXT_ROUND),
        ("a seguito della proposta di assunzione che Le è stata formulata, Le anticipiamo la "
         "documentazione necessaria alla predisposizione della lettera di assunzione.",
         ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_portuguese_and_italian_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected


def test_the_day_restated_as_its_date() -> None:
    body = (
        "Eles ainda têm mais uma candidata para conhecer nesta semana, e o Sérgio ficou de me "
        "dar uma posição até terça que vem (22/12). Assim que ele me retornar, te ligo."
    )
    msg = inbox_message("patricia@andorinha.example", "Campo Sereno", body,
                        received=datetime(2026, 12, 14, 14, tzinfo=UTC))  # fmt: skip
    got, when = classify(msg, after=date(2026, 12, 14), month_first=False)
    assert got is ReplyKind.STILL_DECIDING
    assert when is not None and when.value == date(2026, 12, 22)
