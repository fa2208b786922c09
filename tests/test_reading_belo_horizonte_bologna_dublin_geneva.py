"""Invites and mail as Belo Horizonte's, Bologna's, Dublin's and Geneva's employers write them.

Shapes (our own wording, after what these senders really use): Gupy's and a public
competition's Portuguese rejections, a mine's "banca ... e por mim", Workday's
"Entrevistadores" and its tenant named for the firm's own word, an Italian SuccessFactors
receipt whose silence is the only "no", a university's "si comunica che è ammessa alla
prova orale", a Comune writing from comune.<town>.bo.it, Geneva's canton at etat.ge.ch,
Swiss dotted days without their closing dot ("entre le 15 et le 22.12"), Irish "Friday
week", an HSE board "chaired by me", publicjobs.ie's venue, an agency's "Client:" line,
Outlook's unquoted "CN=Clery, Declan", and the person's own notes of calls.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from agent.backends.local import ics
from agent.core.dates import find_date
from agent.core.detect import detect, to_interview
from agent.core.domains import company_from_domain
from agent.core.model import Attendee, ReplyKind
from agent.core.names import looks_like_name, split_name_list
from agent.core.people import names_in_description
from agent.core.roles import has_job_noun
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    interviewer_names,
    invite,
    invite_from,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
ROME, DUBLIN, GENEVA = ZoneInfo("Europe/Rome"), ZoneInfo("Europe/Dublin"), ZoneInfo("Europe/Zurich")


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # Italian: silence as the only "no" is a receipt's, not a rejection
        ("Candidatura ricevuta - Rif. VM-2026-88",
         "grazie per la candidatura alla posizione Tecnico Collaudo (m/f). Se non verrà "
         "contattata entro 30 giorni, la Sua candidatura non è stata selezionata per questa "
         "posizione, ma resterà nel nostro database.", ReplyKind.RECEIPT),
        ("Concorso Rif. 2026/PTA/09 - ammissione alla prova orale",
         "Gentile candidata, si comunica che ha superato la prova scritta ed è ammessa alla "
         "prova orale, che si terrà il 17/12/2026 alle ore 9:00.", ReplyKind.NEXT_ROUND),
        ("Invito assessment center",
         "La invitiamo all'assessment center del Graduate Program Audit, che si terrà a Parma "
         "il 12/01/2027. Confermi la partecipazione dal portale.", ReplyKind.NEXT_ROUND),
        ("Referenze",
         "in vista del secondo colloquio Le chiedo di inviarmi due nominativi per le "
         "referenze. Non lo legga come una decisione già presa.", ReplyKind.OTHER),
        # A UN agency's receipt: "only applicants who are invited ... will be contacted"
        ("Acknowledgement of application",
         "This is to acknowledge receipt of your application for Job Opening 26-FIN-4411. "
         "Please be advised that only applicants who are invited to an assessment exercise "
         "and/or competency-based interview will be contacted.", ReplyKind.RECEIPT),
        # ... and a Big Four's: a step that may come is no round yet
        ("Application received",
         "Thank you for your application for Senior Associate, Audit. As part of our process, "
         "you may be invited to complete an online situational judgement assessment; if so, "
         "you will receive a separate email.", ReplyKind.RECEIPT),
        # Swiss French
        ("Procédure de recrutement",
         "Nous avons le plaisir de vous informer que votre candidature a été retenue pour la "
         "suite de la procédure de recrutement. Vous êtes convoqué·e à un test écrit le "
         "mercredi 16.12.2026.", ReplyKind.NEXT_ROUND),
        ("Votre candidature",
         "Malheureusement, nous avons dû faire un choix et ne pouvons pas retenir votre dossier "
         "pour la suite du processus.", ReplyKind.REJECTION),
        ("Proposition",
         "le comité de sélection a retenu votre candidature. Nous souhaitons vous proposer un "
         "contrat à durée indéterminée (CDI) à 80%, avec une entrée en fonction au 1er mars.",
         ReplyKind.OFFER),
        ("Bonne nouvelle",
         "Excellente nouvelle : la Fondation souhaite vous engager comme Contrôleuse de gestion ! "
         "Mme Rochat m'a confirmé ce matin une offre à 100%.", ReplyKind.OFFER),
        ("Documents",
         "Afin de compléter votre dossier avant la deuxième étape, pourriez-vous nous faire "
         "parvenir une copie de vos diplômes ?", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_bologna_dublin_and_geneva_mail(subject: str, body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, subject, on=date(2026, 12, 7))[0] is expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        ("Merci pour votre mot. Je dois encore en parler à mon associé, qui est à Bâle "
         "jusqu'au 11. Je vous donne une réponse entre le 14 et le 21.12, promis.",
         date(2026, 12, 5), date(2026, 12, 21)),
        ("We haven't made a decision yet - we're finishing the last two screens this week. I'd "
         "expect to have an answer for you by Friday week at the latest.", date(2026, 12, 8),
         date(2026, 12, 18)),
    ],
)  # fmt: skip
def test_waits_and_their_days(body: str, on: date, expected: date) -> None:
    assert reply_reading(body, on=on) == (ReplyKind.STILL_DECIDING, expected)


def test_a_week_on_a_weekday_and_a_dotted_day_without_its_dot() -> None:
    found = find_date("We'll decide a week on Friday.", after=date(2026, 12, 12))
    assert found is not None and found.value == date(2026, 12, 25)  # (the coming one is the 18th)
    found = find_date("une réponse le 22.12, promis", after=date(2026, 12, 5))
    assert found is not None and found.value == date(2026, 12, 22)
    # ... but only after an article: "1.5 weeks" is no date
    assert find_date("We expect an answer in 1.5 weeks.", after=date(2026, 12, 5)) is None


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Colloquio con Ivano Ferrari (Direttore Tecnico) e Valeria Monti. Ti aspettiamo!",
         ["Ivano Ferrari", "Valeria Monti"]),
        ("Second interview with Conall Brady (Chief Commercial Officer) and Fiachra Ryan. "
         "Aoife set this up - she won't be on it.", ["Conall Brady", "Fiachra Ryan"]),
        ("Mi chiama la sig.ra Ornella Baldini (resp. personale) - posizione Responsabile "
         "Manutenzione.", ["Ornella Baldini"]),
        ("Durante il colloquio incontrerà la Dott.ssa Marta Gatti (HR) e il Dott. Paolo Rota.",
         ["Marta Gatti", "Paolo Rota"]),
        ("Vous serez reçu(e) par M. Patrick Dumas, directeur administratif et financier, et "
         "par Mme Joëlle Keller, cheffe du service facturation. Je ne serai pas présente.",
         ["Joëlle Keller", "Patrick Dumas"]),
        ("The interview board will be chaired by me and the other board members are Dr Pádraig "
         "Walsh, Head of Planning, and Ms Eileen Barry, HR Business Partner.",
         ["Eileen Barry", "Pádraig Walsh"]),
        ("Really looking forward to the chat. It'll be me (Lead Engine Programmer) and Zofia "
         "Nowak, our producer on the project.", ["Zofia Nowak"]),
        ("L'entretien final se déroulera avec M. Jean-Luc Favre, Associé-gérant, et M. Gilles "
         "Mottier, que vous avez déjà rencontré.", ["Gilles Mottier", "Jean-Luc Favre"]),
    ],
)  # fmt: skip
def test_panels(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    titles = r"^(?:(?:M|Mme|Ms|Dr|Dott|Dott\.ssa|sig\.ra|Sig\.ra)\.?\s+)+"
    assert sorted(re.sub(titles, "", n) for n, _ in found) == names


def test_service_lines_and_a_banks_partner_are_no_people() -> None:
    assert not looks_like_name("Associé-gérant")
    assert not looks_like_name("Risk Advisory")
    assert [n for n, _, _ in split_name_list("Ronan Foley, Senior Manager, Risk Advisory")] == [
        "Ronan Foley"
    ]


def test_a_superdays_agenda_names_both_assessors() -> None:
    event = invite_to_casey(
        "OC Superday - Thursday 3 December", start=START,
        organizer="experiencedhire@ormsby.example", organizer_name="Experienced Hire Recruitment",
        description=(
            "Please find the agenda below.\n\n08:30 Arrival and coffee\n"
            "10:45 Case study presentation and discussion with Brendan Scully, Director, "
            "Technology Risk\n12:00 Lunch with some of the team (informal - not assessed)\n"
            "13:30 Partner interview with Deirdre Nic Aodha, Partner, Risk Advisory\n14:45 Close\n"
            "\nThe Experienced Hire team will meet you on arrival but will not take part."
        ),
    )  # fmt: skip
    assert interviewer_names(event) == ["Brendan Scully", "Deirdre Nic Aodha"]


@pytest.mark.parametrize(
    ("title", "organizer", "description", "location", "company"),
    [
        ("Prova orale - Concorso Rif. 2026/PTA/09 - Funzionario amministrativo",
         "concorsi@uniec.example", "Cordiali saluti\nUfficio Concorsi\n", "", "Uniec"),
        ("Selezione pubblica Istruttore Direttivo Tecnico - colloquio",
         "lucia.marchi@comune.borgolavino.bo.it", "Presiederò la commissione.\n\nIng. Lucia "
         "Marchi\nDirigente Area Tecnica - Comune di Borgo Lavino", "", "Borgo Lavino"),
        ("Procédure de recrutement - Économiste (H/F) 80-100% - entretien",
         "corinne.baud@etat.ge.ch", "Corinne Baud\nDépartement des finances (DF)\nRépublique et "
         "canton de Genève\n", "", "République et canton de Genève"),
        ("Interview - Assistant Principal (AP) Digital Transformation - National Digital "
         "Services Office", "laoise.t@publicjobs.ie",
         "Venue: Public Appointments Service, Chapter House, 26/30 Abbey Street Upper\n\nLe "
         "meas,\nLaoise\nPublic Appointments Service\nChapter House, 26/30 Abbey Street Upper, "
         "Dublin 1\n", "Chapter House, 26/30 Abbey Street Upper, Dublin 1",
         "National Digital Services Office"),
        ("Interview - Casey", "gavin@merriontalent.example",
         "Great news, they want to meet you!\n\nClient: Bellamont Pharma Ireland, Unit 4 "
         "Airside Business Park, Swords\nRole: Validation Engineer (CQV), 12 month contract "
         "with view to perm\n", "", "Bellamont Pharma Ireland"),
    ],
)  # fmt: skip
def test_companies(
    title: str, organizer: str, description: str, location: str, company: str
) -> None:
    event = invite_to_casey(title, start=START, organizer=organizer, description=description,
                            location=location)  # fmt: skip
    assert to_interview(event, ME, GENEVA, RULES, "").company == company


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        ("Rosselli - colloquio con Direttore di Stabilimento", "", ""),
        ("Selezione pubblica Istruttore Direttivo Tecnico - colloquio", "",
         "Istruttore Direttivo Tecnico"),
        ("Interview - Assistant Principal (AP) Digital Transformation - National Digital "
         "Services Office", "", "Assistant Principal (AP) Digital Transformation"),
        ("Interview - Casey", "Role: Validation Engineer (CQV), 12 month contract with view to "
         "perm", "Validation Engineer (CQV)"),
        ("Phone screen - Menlough Analytics", "Eimear ringing me on mobile re Data Engineer role "
         "(Galway, hybrid). Have dbt examples ready", "Data Engineer"),
        ("Colloquio c/o Officine Bergonzoni", "ti confermo il colloquio per la posizione di "
         "Capo Reparto Montaggio (m/f).", "Capo Reparto Montaggio"),
    ],
)  # fmt: skip
def test_roles(title: str, description: str, role: str) -> None:
    event = invite_to_casey(title, start=START, organizer="hr@azienda.example",
                            description=description)  # fmt: skip
    assert to_interview(event, ME, ROME, RULES, "").role == role


def test_jobs_abroad() -> None:
    for job in ("Capo Reparto Montaggio", "Économiste", "Economista"):
        assert has_job_noun(job), job


def test_a_risk_start_ups_domain() -> None:
    assert company_from_domain("inishowenrisk.io") == "Inishowen Risk"
    assert company_from_domain("asterisk.com") == "Asterisk"


def test_the_persons_own_note_of_a_call_named_for_its_job() -> None:
    note = invite(
        "Appel Aramis Grains – Giulia Bernasconi (RH)", start=START, location="Téléphone",
        description="Elle m'appelle sur le portable. Poste : Execution Analyst, desk céréales "
        "(Genève, 100%).\nPréparer : lettres de crédit.",
    )  # fmt: skip
    assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    read = to_interview(note, ME, GENEVA, RULES, "")
    assert (read.company, read.role) == ("Aramis Grains", "Execution Analyst, desk céréales")
    assert [i.name for i in read.interviewers] == ["Giulia Bernasconi"]
    # ... and a note of a call with no job in it is still nobody's interview
    chat = replace(note, title="Appel Maman", description="Parler de Noël.")
    assert judge(chat, ME, RULES).outcome is Outcome.NOT


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        ("Caffè Marta & Casey", "marta.z@gmail.com",
         "Caffè! In Latteria forse si libera un posto in qualità dopo l'estate, ma per ora non "
         "c'è niente di ufficiale: il mio capo vorrebbe solo conoscerti.", Outcome.MAYBE),
        ("Packaging Valley Career Day 2026", "",
         "Incontra le aziende: colloqui conoscitivi informali agli stand, porta il CV.",
         Outcome.MAYBE),
        ("Forum Emploi Genève – job dating", "",
         "Des entreprises rencontrent des candidat·e·s : échanges informels de 10 minutes sur "
         "les stands, sans rendez-vous.", Outcome.MAYBE),
        ("Cork Harbour Life Sciences Careers Evening", "",
         "Employers will be holding informal chats at their stands and some may invite "
         "candidates for interview at a later date.", Outcome.MAYBE),
        ("Cloghane Aviation Capital - meeting with Ultan Grehan & Róisín Grogan",
         "annemarie@sheridan-search.example",
         "As discussed, please find details of your meeting with Cloghane Aviation Capital for "
         "the Head of Lease Pricing position. I'll introduce you and then leave you with them - "
         "I won't sit in on the interview itself.", Outcome.INTERVIEW),
    ],
)  # fmt: skip
def test_what_is_and_is_not_an_interview(
    title: str, organizer: str, description: str, outcome: Outcome
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is outcome


def test_a_round_by_initials_from_a_zoom_copy_joins_the_named_employer() -> None:
    """ "TAL - 2nd interview (Casey)" with nobody on it, after an invite from the employer's
    own domain under "Tearmann Aviation Leasing" (our own names)."""
    first = invite_to_casey(
        "Tearmann Aviation Leasing - Interview - Technical Asset Manager",
        Attendee("fergal@tearmannaviation.example", "Fergal Ryan"),
        start=datetime(2026, 11, 20, 11, tzinfo=UTC), organizer="nuala@tearmannaviation.example",
        organizer_name="Nuala Byrne", uid="a",
    )  # fmt: skip
    second = invite(
        "TAL - 2nd interview (Casey)", start=datetime(2026, 12, 3, 15, tzinfo=UTC), uid="b",
        description="Second interview with Conall Brady (Chief Commercial Officer) and Fergal "
        "Ryan.",
    )  # fmt: skip
    interviews, _ = detect([first, second], me=ME, tz=DUBLIN, rules=RULES)
    assert len(interviews) == 2 and len({i.application for i in interviews}) == 1


def test_an_unquoted_common_name_with_a_comma_is_one_name() -> None:
    """Outlook writes "CN=Clery, Declan" without quotes at times: one name, not two values."""
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "BEGIN:VEVENT\r\nUID:x-1\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20261210T100000Z\r\n"
        "DTEND:20261210T110000Z\r\nSUMMARY:Panel interview\r\n"
        'ORGANIZER;CN="Lucey, Ciarán":mailto:ciaran@ardbio.example\r\n'
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Clery, Declan:mailto:declan@ardbio.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    component = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    event = ics.event_from_component(component, calendar_id="primary", me=ME, recurring=False)
    assert [a.name for a in event.attendees] == ["Clery, Declan"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Após análise cuidadosa, informamos que neste momento você não seguirá no processo "
         "seletivo para a vaga Analista de Dados.", ReplyKind.REJECTION),
        ("Vou ser direto: decidimos fechar com uma pessoa que já trabalhou com crédito "
         "consignado. Foi uma escolha difícil.", ReplyKind.REJECTION),
        ("Cargo: Analista Ambiental\nSituação: NÃO CLASSIFICADO(A) – nota 51,0 (nota de corte: "
         "60,0)\n\nConforme o Edital, candidatos não classificados estão eliminados do certame.",
         ReplyKind.REJECTION),
        ("Gostaria de te dar uma notícia melhor, mas optamos por seguir com uma colaboradora "
         "interna que já conhece nossos processos.", ReplyKind.REJECTION),
        ("Boa notícia: o cliente curtiu demais teu perfil pra Gerente Financeiro e quer te ver. "
         "O CFO pode sexta 18/12 às 10h.", ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_belo_horizonte_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 8))[0] is expected


def test_a_wait_until_the_board_decides_in_early_january() -> None:
    said = (
        "Você continua no processo, sim! O orçamento da vaga depende do conselho, que se reúne "
        "em 17/12. Com isso, vamos bater o martelo só no início de janeiro."
    )
    assert reply_reading(said, on=date(2026, 12, 8)) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 10),
    )


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Participarão da entrevista Sérgio Vale (Coordenador de BI) e o Dr. Caio Mota (Diretor "
         "Médico).", ["Caio Mota", "Sérgio Vale"]),
        ("A banca será composta pelo Eng. Rodrigo Tavares (Gerente de Lavra), pela Dra. Helena "
         "Quintão (Geóloga Sênior) e por mim, que também farei algumas perguntas.",
         ["Helena Quintão", "Rodrigo Tavares"]),
        ("Cronograma da entrevista\n09:30 - 10:30 (BRT)\n\nEntrevistadores\nCláudia Bastos - "
         "Gerente de Business Partners\nGustavo Prado - Coordenador de Gente\n",
         ["Cláudia Bastos", "Gustavo Prado"]),
    ],
)  # fmt: skip
def test_panels_in_portuguese(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(re.sub(r"^(?:Eng|Dra?)\.\s+", "", n) for n, _ in found) == names


def test_the_writer_on_a_banca_is_on_it() -> None:
    event = invite_to_casey(
        "Processo Seletivo – Engenheiro(a) de Minas (Pleno) – Entrevista com a banca",
        Attendee("rodrigo@gandara.example", "Rodrigo Tavares"),
        start=START, organizer="luciana@gandara.example", organizer_name="Luciana Ferreira",
        description="A banca será composta pelo Eng. Rodrigo Tavares (Gerente de Lavra), pela "
        "Dra. Helena Quintão (Geóloga Sênior) e por mim, que também farei algumas perguntas.",
    )  # fmt: skip
    assert interviewer_names(event) == ["Helena Quintão", "Luciana Ferreira", "Rodrigo Tavares"]


@pytest.mark.parametrize(
    ("title", "organizer", "name", "description", "company", "role"),
    [
        # Workday's tenant is the firm's own word, after its trade's
        ("Entrevista: Analista de RH (Sênior) - Business Partner - Casey Candidate",
         "ibituruna@myworkday.com", "Laticínios Ibituruna",
         "Sua entrevista foi agendada.\n\nEsta é uma mensagem automática do Workday.",
         "Laticínios Ibituruna", "Analista de RH"),
        ("Conversa – vaga Analista de Dados entre André Kalil e Casey Candidate",
         "andre@quitandafinancas.com.br", "André Kalil",
         "Nome do evento: Conversa – vaga Analista de Dados\n\nCom tecnologia da Calendly.com",
         "Quitanda Financas", "Analista de Dados"),
        ("Entrevista: Analista de Planejamento Financeiro - FP&A (Sênior)",
         "noreply@successfactors.com", "Ferrovia Centro-Mineira Recrutamento", "",
         "Ferrovia Centro-Mineira", "Analista de Planejamento Financeiro - FP&A"),
        ("Entrevista Fertilizantes Araxá | Coord. Engenharia de Minas | Casey Candidate",
         "juliana@talentosgerais.example", "Juliana Prates", "", "Fertilizantes Araxá",
         "Coord. Engenharia de Minas"),
    ],
)  # fmt: skip
def test_companies_and_roles_in_brazil(
    title: str, organizer: str, name: str, description: str, company: str, role: str
) -> None:
    event = invite_to_casey(title, start=START, organizer=organizer, organizer_name=name,
                            description=description)  # fmt: skip
    read = to_interview(event, ME, ZoneInfo("America/Sao_Paulo"), RULES, "")
    assert (read.company, read.role) == (company, role)


def test_the_persons_own_note_of_a_phone_interview_in_portuguese() -> None:
    note = invite(
        "Entrevista por telefone - Mineração Rio Acima", start=START,
        description="Sr. Valdir Peixoto (gerente de geotecnia) vai me ligar no celular. Vaga: "
        "Engenheira(o) Geotécnica(o) de Barragens - Mineração Rio Acima. Revisar: taludes.",
    )  # fmt: skip
    read = to_interview(note, ME, ZoneInfo("America/Sao_Paulo"), RULES, "")
    assert (read.company, read.role) == (
        "Mineração Rio Acima", "Engenheira(o) Geotécnica(o) de Barragens"
    )  # fmt: skip
    assert [i.name for i in read.interviewers] == ["Valdir Peixoto"]


def test_an_open_day_with_chats_with_managers_is_a_maybe() -> None:
    event = invite_from(
        "Open Day Bico Alto – Carreiras em Mineração", "",
        "Programação: apresentação da empresa, visita guiada, bate-papo com gestores e dinâmicas "
        "rápidas. Se houver fit, poderemos convidar você para uma entrevista em outra data.",
        start=START,
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.MAYBE
