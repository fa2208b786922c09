"""Invites and mail as Vienna's, Gdańsk's, Lisbon's, Canberra's, Brussels', Rotterdam's,
Minneapolis', Turin's and Valencia's employers write them.

Shapes (our own wording, after what these senders really use): an Austrian ministry's
"Hearing" before its "Auswahlkommission" named in one sentence, a Polish shipyard's phone
call named after the job, a university's "Rozmowa z komisją" with its "Skład komisji"; an
EU agency's receipt that says what happens to "Applicants who are not admitted", a Polish
port's "W przypadku braku odpowiedzi"; offers in European Portuguese, Flemish and Polish;
next rounds and waits in German, Portuguese, Polish and Australian English; a Workday
task's due date, supporting documents before a written test, a clearance's questionnaire.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    interviewer_names,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)
VIENNA = ZoneInfo("Europe/Vienna")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # receipts whose conditions are about a class of applicants, or silence
        ("This is to confirm that your application for the selection procedure was received. "
         "Applicants who are not admitted to the next stage of the procedure will be informed "
         "by e-mail.", ReplyKind.RECEIPT),
        ("uprzejmie potwierdzamy otrzymanie dokumentów aplikacyjnych. W przypadku braku "
         "odpowiedzi w terminie 21 dni prosimy uznać, że kandydatura nie została "
         "zakwalifikowana do dalszego etapu rekrutacji.", ReplyKind.RECEIPT),
        ("Wij hebben uw kandidatuur voor de functie van jurist goed ontvangen. Indien u binnen "
         "drie weken niets van ons hoort, dan werd uw kandidatuur niet weerhouden.",
         ReplyKind.RECEIPT),
        ("Recebemos a sua candidatura. Se não for selecionada para entrevista, não voltaremos "
         "a contactá-la.", ReplyKind.RECEIPT),
        # ... but a past fact about everyone is no condition
        ("We've now looked at everyone who applied, and we won't be progressing your "
         "application this time.", ReplyKind.REJECTION),
        # offers
        ("queremos muito que venhas trabalhar connosco. Fica aqui a nossa proposta:\n"
         "• Remuneração: 42.000 € brutos anuais", ReplyKind.OFFER),
        ("Tenho o gosto de lhe comunicar que a Direção aprovou esta manhã a sua contratação. "
         "As condições que propomos são:", ReplyKind.OFFER),
        ("We willen je dan ook heel graag aan boord halen! Hierbij ons aanbod voor de functie "
         "van Legal Operations Specialist:", ReplyKind.OFFER),
        ("super wieści – chcemy Ci złożyć ofertę na stanowisko Analityk systemowy!",
         ReplyKind.OFFER),
        # proofs of past jobs are no contract on offer
        ("we kindly ask you to upload the following supporting documents by 30/11/2026: proof "
         "of the professional experience declared (employment contracts, payslips).",
         ReplyKind.OTHER),
        # next rounds
        ("Ich freue mich, Ihnen mitteilen zu können, dass Herr Weidinger Sie gerne zu einem "
         "persönlichen Gespräch an unserem Standort in Vösendorf einladen möchte.",
         ReplyKind.NEXT_ROUND),
        ("Gerne würde ich Sie für ein erstes Telefonat anrufen: Hätten Sie am Mittwoch Zeit?",
         ReplyKind.NEXT_ROUND),
        ("gute Nachrichten: Merle möchte dich gern in die zweite Runde holen!",
         ReplyKind.NEXT_ROUND),
        ("Queremos avançar contigo para a fase seguinte: um pequeno desafio de design.",
         ReplyKind.NEXT_ROUND),
        ("Hubert (tech lead zespołu TMS) chce Cię poznać na rozmowie technicznej.",
         ReplyKind.NEXT_ROUND),
        ("Vous êtes convoqué(e) à l'épreuve orale, un entretien avec le jury, le jeudi "
         "17/12/2026.", ReplyKind.NEXT_ROUND),
        ("I've passed my notes to the team and they'd like you to come through to the case "
         "interview stage.", ReplyKind.NEXT_ROUND),
        # rejections
        ("Leider sind Sie nach eingehender Prüfung nicht in die engere Auswahl gekommen, und "
         "wir werden das Verfahren ohne Sie fortsetzen.", ReplyKind.REJECTION),
        ("Depois de ver todas as candidaturas, optámos por não a chamar para entrevista.",
         ReplyKind.REJECTION),
        ("After much deliberation, the panel has decided to offer the fellowship to another "
         "candidate.", ReplyKind.REJECTION),
        # waits
        ("Ainda não tomámos nenhuma decisão: só conseguiremos dar-lhe uma resposta depois das "
         "festas.", ReplyKind.STILL_DECIDING),
        ("Wybór kandydata nie został jeszcze dokonany.", ReplyKind.STILL_DECIDING),
        ("Jeszcze nic nie zdecydowałem – rozmawiam z dwiema kolejnymi osobami.",
         ReplyKind.STILL_DECIDING),
        # the person's own papers and deadlines
        ("You have a new task in Workday.\n\nTask: Candidate Information Form\nDue: 18/12/2026",
         ReplyKind.OTHER),
        ("przed piątkową rozmową uprzejmie proszę o wypełnienie i podpisanie dwóch dokumentów w "
         "załączeniu. Dokumenty na II etap może Pani przesłać do czwartku.", ReplyKind.OTHER),
        ("Brindabella Defence Systems has submitted a request to sponsor you for a security "
         "clearance. Please complete your security questionnaire (ePSQ) within 10 business "
         "days.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_receipts_offers_rounds_rejections_waits_and_papers(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body)[0] is expected


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("Prevemos notificar todos os candidatos do resultado até ao final do mês.",
         date(2026, 12, 14), date(2026, 12, 31)),
        ("O cliente só conta tomar uma decisão no início de janeiro.", date(2026, 12, 14),
         date(2027, 1, 10)),
        ("Rozstrzygnięcie konkursu nastąpi na początku stycznia.", date(2026, 12, 14),
         date(2027, 1, 10)),
        ("Dariusz obiecał, że dadzą znać najpóźniej do końca miesiąca.", date(2026, 12, 14),
         date(2026, 12, 31)),
        ("Ze zien maandag nog één kandidaat en laten ten laatste eind volgende week weten "
         "voor wie ze kiezen.", date(2026, 12, 11), date(2026, 12, 18)),
    ],
)  # fmt: skip
def test_decision_days(text: str, said: date, expected: date) -> None:
    mention = find_date(text, after=said)
    assert mention is not None and mention.value == expected


def test_a_public_panel_named_in_one_sentence_is_the_panel() -> None:
    hearing = invite_to_casey(
        "Aufnahmeverfahren IT-Projektcontrolling (Präs/7) - Hearing Fr. Candidate",
        start=START, organizer="martina.poelzl@ministry.example", organizer_name="Pölzl Martina",
        description="Die Auswahlkommission besteht aus Herrn Mag. Ferdinand Pruckner (Leiter "
        "der Abteilung, Vorsitz), Frau DI Sabine Hirschegger (IT-Strategie) und Frau Dr.in "
        "Renate Kratochwil (Budget und Controlling). Ich selbst begleite das Verfahren "
        "organisatorisch und führe das Protokoll.",
    )  # fmt: skip
    assert judge(hearing, ME, RULES).outcome is Outcome.INTERVIEW
    assert interviewer_names(hearing) == [
        "Ferdinand Pruckner", "Renate Kratochwil", "Sabine Hirschegger"
    ]  # fmt: skip
    assert to_interview(hearing, ME, VIENNA, RULES, "").company != "Präs/7"
    commission = invite_to_casey(
        "Rozmowa z komisją – konkurs nr 27/ADM/2026",
        start=START,
        description="Skład komisji konkursowej:\ndr hab. inż. Ryszard Mielewczyk – "
        "przewodniczący\nmgr Beata Konkel – Kierownik Działu Logistyki\n",
    )
    assert judge(commission, ME, RULES).outcome is Outcome.INTERVIEW
    assert interviewer_names(commission) == ["Beata Konkel", "Ryszard Mielewczyk"]


def test_a_call_named_after_a_job_the_note_talks_of_is_an_interview() -> None:
    shipyard = invite_to_casey(
        "Rozmowa telefoniczna – Planista produkcji (Wydział Kadłubowy) – Stocznia Mewia Łacha",
        start=START, organizer="r.bieszk@stocznia.example", organizer_name="Bieszk Renata",
        description="zadzwonię do Pani w piątek o 12:00. Porozmawiamy o warunkach pracy na "
        "stanowisku Planista produkcji.",
    )  # fmt: skip
    assert judge(shipyard, ME, RULES).outcome is Outcome.INTERVIEW


def test_an_applicants_panel_and_an_interviewers_field_are_the_persons() -> None:
    panel = invite_to_casey(
        "Interview panel - Policy Analyst (EU evaluation studies) - Meridiaan",
        Attendee("eline@meridiaan.example", "Smolders Eline"),
        start=START, organizer="baudouin@meridiaan.example", organizer_name="Tilquin Baudouin",
        description="Dear Casey,\n\nThank you for your application. Eline Smolders and I will "
        "form the interview panel.",
    )  # fmt: skip
    assert judge(panel, ME, RULES).outcome is Outcome.INTERVIEW
    research = invite_to_casey(
        "Interview: Senior UX Researcher at Belvedere Travel Technologies",
        start=START, organizer="hannah@belvedere.example", organizer_name="Hannah Kirby",
        description="14:00 - 14:45  Ricardo Amaro Fidalgo, Head of User Research — research "
        "craft\n14:45 - 15:30  Elif Kaya, Product Design Manager",
    )  # fmt: skip
    assert judge(research, ME, RULES).outcome is Outcome.INTERVIEW


def test_optional_attendees_there_only_to_know_do_not_interview() -> None:
    for line, name in [
        ("Lotte staat er optioneel bij om de planning te volgen, ze schuift niet mee aan.",
         "Lotte Wauters"),
        ("O Tiago fica no convite só para conhecimento.", "Tiago Alpoim"),
        ("Frau Schuster-Bergmann aus Würzburg ist nur informativ eingeladen und nicht vor Ort.",
         "Anja Schuster-Bergmann"),
    ]:  # fmt: skip
        first = name.split()[0].lower()
        event = invite_to_casey(
            "Zweites Gespräch",
            Attendee("pieter@firm.example", "Pieter Coppieters"),
            Attendee(f"{first}@firm.example", name, role="opt-participant"),
            start=START, organizer="pieter@firm.example", organizer_name="Pieter Coppieters",
            description=f"Wir sprechen über einen Fall.\n{line}",
        )  # fmt: skip
        assert name not in interviewer_names(event), line


def test_german_roles_said_in_the_invitation() -> None:
    clinic = invite_to_casey(
        "Bewerbungsgespräch Medizincontrolling - Fr. Candidate (Webex)",
        Attendee("paul@clinic.example", "Paul Wieser-Kramml"),
        start=START, organizer="iris@clinic.example", organizer_name="Gruber-Sedlak Iris",
        description="anbei die Einladung zum Bewerbungsgespräch für die Position "
        "Medizincontroller:in mit Schwerpunkt Datenanalyse (m/w/d), 30 Wochenstunden.",
    )  # fmt: skip
    assert to_interview(clinic, ME, VIENNA, RULES, "").role == (
        "Medizincontroller:in mit Schwerpunkt Datenanalyse"
    )


def test_an_agendas_items_and_a_jobs_head_are_no_names() -> None:
    """ "Andreas Zöchling - Teamleiter IT-Projekte" under "Interviewer:innen:" is Andreas."""
    vienna = invite_to_casey(
        "Interview: IT-Projektleiter:in SAP S/4HANA (m/w/d) - Req. 4471",
        start=START, organizer="noreply@successfactors.eu", organizer_name="Rosenhügel Pharma",
        description="Interviewer:innen:\nJohanna Stadlmayr, MA - Talent Acquisition\n"
        "Andreas Zöchling - Teamleiter IT-Projekte\n",
    )  # fmt: skip
    assert interviewer_names(vienna) == ["Andreas Zöchling", "Johanna Stadlmayr"]


def test_a_numbered_competition_and_its_round_are_no_employer() -> None:
    commission = invite_to_casey(
        "Rozmowa z komisją – konkurs nr 27/ADM/2026",
        Attendee("marzena.lipska@uczelnia.example", "Lipska Marzena"),
        start=START, organizer="marzena.lipska@uczelnia.example", organizer_name="Lipska Marzena",
        description="Konkurs nr 27/ADM/2026 na stanowisko: Starszy specjalista ds. logistyki.",
    )  # fmt: skip
    company = to_interview(commission, ME, VIENNA, RULES, "").company
    assert "komisj" not in company.casefold() and "konkurs" not in company.casefold()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("We hebben je sollicitatie goed ontvangen. Mocht je binnen twee weken niets van ons "
         "horen, dan hebben we helaas besloten om niet verder te gaan met je sollicitatie.",
         ReplyKind.RECEIPT),
        ("Helaas moeten we je laten weten dat je niet wordt uitgenodigd voor een gesprek.",
         ReplyKind.REJECTION),
        ("Ik heb er even over nagedacht en ga voor de opdracht bij onze klant toch voor iemand "
         "die al jaren met SAP TM werkt.", ReplyKind.REJECTION),
        ("Voordat we verder gaan, wil Bart-Jan graag twee referenten spreken. Dat is bij ons een "
         "standaardstap en nog geen besluit.", ReplyKind.OTHER),
        ("Door de feestdagen verwacht de commissie pas half januari een besluit te nemen over "
         "wie er wordt uitgenodigd voor het tweede gesprek.", ReplyKind.STILL_DECIDING),
        ("You were found eligible for this position; however, you were not referred to the "
         "hiring manager for further consideration.", ReplyKind.REJECTION),
    ],
)  # fmt: skip
def test_dutch_and_federal_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body)[0] is expected


def test_a_dutch_out_of_office_without_headers_is_no_reply() -> None:
    from agent.core.reply_phrases import OUT_OF_OFFICE

    assert OUT_OF_OFFICE.search("Afwezig: Bedankt voor het gesprek\nIk werk op vrijdag niet.")
    assert OUT_OF_OFFICE.search("Je mail wordt vanaf maandag 7 december beantwoord.")


def test_a_state_agencys_rounds_are_one_application() -> None:
    """The oral board booked through NEOGOV under the department's full name, the second
    interview from its own people at dfch.state.mn.us: one employer."""
    from agent.core.domains import registrable
    from agent.core.spelled import shortened_to

    assert registrable("dfch.state.mn.us") == "dfch.state.mn.us"
    assert shortened_to("Minnesota Department of Family and Community Health", "dfch")
    assert not shortened_to("Minnesota Family Health Partners", "fhp")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Le confermiamo di aver ricevuto la Sua candidatura. Qualora non ricevesse "
         "comunicazioni entro 30 giorni, la Sua candidatura è da intendersi non selezionata.",
         ReplyKind.RECEIPT),
        ("vorremmo farti fare il passo successivo: un case interview in sede con Luca.",
         ReplyKind.NEXT_ROUND),
        ("Le comunichiamo che la S.V. è ammessa al colloquio della selezione pubblica.",
         ReplyKind.NEXT_ROUND),
        ("ho letto la tua candidatura e mi piacerebbe fare una prima chiacchierata telefonica "
         "con te.", ReplyKind.NEXT_ROUND),
        ("abbiamo deciso: ci piacerebbe averti nel team! Ecco la proposta:", ReplyKind.OFFER),
        ("come facciamo sempre prima di preparare il contratto, ti chiederei i contatti di due "
         "referenze professionali entro venerdì 18/12.", ReplyKind.OTHER),
        ("si comunica che è stato pubblicato l'elenco dei candidati ammessi alla prova orale, "
         "con la votazione conseguita nella prova scritta. Ai candidati ammessi sarà inviata "
         "la convocazione alla prova orale.", ReplyKind.OTHER),
        ("Il cliente deve però ancora incontrare un altro candidato e mi ha detto che ci darà "
         "una risposta entro la prossima settimana.", ReplyKind.STILL_DECIDING),
        ("Lourdes y yo quedamos muy contentos con la entrevista y nos gustaría invitarte a la "
         "fase final del proceso.", ReplyKind.NEXT_ROUND),
        ("le comunico que ha sido convocada a la fase de entrevista personal.",
         ReplyKind.NEXT_ROUND),
        ("me gustaría tener una primera conversación telefónica contigo.", ReplyKind.NEXT_ROUND),
        ("Le informamos de que se ha publicado la lista provisional de personas admitidas y "
         "excluidas en el proceso selectivo.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_italian_and_spanish_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body)[0] is expected


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("La pubblicazione della graduatoria è prevista entro fine mese.", date(2026, 12, 11),
         date(2026, 12, 31)),
        ("Lo hablaremos con el socio y te diremos algo el viernes 11/12 como muy tarde.",
         date(2026, 12, 2), date(2026, 12, 11)),
        ("Door de feestdagen verwacht de commissie pas half januari een besluit te nemen.",
         date(2026, 12, 14), date(2027, 1, 15)),
    ],
)  # fmt: skip
def test_more_decision_days(text: str, said: date, expected: date) -> None:
    mention = find_date(text, after=said, month_first=False)  # (Spain writes day first)
    assert mention is not None and mention.value == expected


def test_italian_copies_and_practice_and_a_days_interviews() -> None:
    second = invite_to_casey(
        "OPT - colloquio tecnico",
        Attendee("marta@orco.example", "Marta Chiapello"),
        Attendee("federica@orco.example", "Federica Rostagno", role="opt-participant"),
        start=START, organizer="ivano@orco.example", organizer_name="Ivano Bessone",
        description="Saremo io e Marta Chiapello.\nFederica è in copia solo per l'accoglienza "
        "in portineria: non partecipa al colloquio.",
    )  # fmt: skip
    assert "Federica Rostagno" not in interviewer_names(second)
    mock = invite_to_casey(
        "Simulazione colloquio tecnico - Casey Candidate",
        start=START, organizer="carriere@alumni.example", organizer_name="Piera Gastaldi",
    )  # fmt: skip
    assert judge(mock, ME, RULES).outcome is Outcome.NOT
    day = invite_to_casey("SP-TEC-14/2026 - Colloqui", start=START,
                          description="Selezione pubblica, per titoli e colloquio.")  # fmt: skip
    assert judge(day, ME, RULES).outcome is Outcome.INTERVIEW
    assert to_interview(day, ME, VIENNA, RULES, "").company.casefold() != "colloqui"


def test_a_tracking_systems_sender_named_where_the_letter_says_presso() -> None:
    """Workday's "Orco Powertrain" sender, the letter's "presso Orco Powertrain S.p.A.": the
    employer, though its name looks like a person's."""
    workday = invite_to_casey(
        "Colloquio conoscitivo - Ingegnere di Calibrazione Powertrain (e-Axle) (R-104417)",
        start=START, organizer="orcopt@myworkday.com", organizer_name="Orco Powertrain",
        description="grazie per la Sua candidatura alla posizione Ingegnere di Calibrazione "
        "Powertrain (e-Axle) - R-104417 presso Orco Powertrain S.p.A.",
    )  # fmt: skip
    assert to_interview(workday, ME, VIENNA, RULES, "").company == "Orco Powertrain"
