"""Invites and mail as Milan's, Zürich's, Chicago's and Mexico City's employers write them.

Shapes (our own wording, after what these senders really use): an Italian public
competition's "prova orale" before a commission named in one sentence ("presieduta dal
Dott. ..., e composta dalla Prof.ssa ..."), a Mexican "comité de selección, integrado por la
Mtra. ...", a Geneva foundation's "jury sera composé de Mme ..., de M. ... et de moi-même";
a Swiss canton's receipt whose silence date is a condition ("Sollten Sie bis am
4. Dezember nichts von uns hören"); a family firm's president who calls "to hear about your
background" from Gmail; Swiss workloads in job titles; mock interviews, mortgage
appointments, webinars and talent evenings; Italian and Spanish rounds, waits, rejections
and receipts, a recruiter's mail on two roles at once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, interviewer_names, invite_to_casey, reply_reading

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)
ROME = ZoneInfo("Europe/Rome")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a canton's receipt: the date silence means no is a condition, not a promise
        ("Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Controllerin / Controller "
         "Beteiligungen. Sollten Sie bis am 4. Dezember 2026 nichts von uns hören, konnten wir "
         "Ihre Bewerbung leider nicht berücksichtigen.", ReplyKind.RECEIPT),
        # a job board's receipt in Mexico
        ("¡Tu CV fue enviado! Te postulaste a:\n\nDesarrollador(a) Full Stack .NET\n\nLa empresa "
         "revisará tu perfil y, si le interesa, se pondrá en contacto contigo.", ReplyKind.RECEIPT),
        # one role closed for everyone, a round in the other
        ("First, the Senior Associate, Tax Technology position: the firm has put that "
         "requisition on hold, so we are not moving forward with any candidates for it this "
         "cycle.\n\nOn the Finance Transformation side, the team would like to invite you to a "
         "second-round case interview with a Director and a Partner.", ReplyKind.NEXT_ROUND),
        # ... but a rejection of the person's own stays one
        ("We are not moving forward with your application. The team would like to invite you "
         "to apply for future roles.", ReplyKind.REJECTION),
        # "aunque" concedes only up to its comma
        ("Revisamos tu aplicación con atención y, aunque tu experiencia es muy valiosa, "
         "decidimos no avanzar con tu candidatura en esta ocasión.", ReplyKind.REJECTION),
        ("Así que no voy a seguir con tu candidatura esta vez.", ReplyKind.REJECTION),
        # rounds
        ("Revisé tu perfil para la vacante y me gustaría que platiquemos en una primera "
         "entrevista de 45 minutos por Google Meet.", ReplyKind.NEXT_ROUND),
        ("Te comparto que fuiste una de las personas seleccionadas para continuar a la "
         "entrevista individual con el Ing. Rigoberto Zamora.", ReplyKind.NEXT_ROUND),
        ("usted continúa en el proceso de la Convocatoria y se le cita a la etapa de entrevista "
         "ante el Comité de Selección.", ReplyKind.NEXT_ROUND),
        ("ci ha fatto un'ottima impressione e vorremmo invitarti alla nostra giornata di "
         "selezione, venerdì 11 dicembre.", ReplyKind.NEXT_ROUND),
        ("ho presentato il Suo profilo al nostro cliente per la posizione di Head of Digital "
         "Product, e il cliente desidera incontrarLa.", ReplyKind.NEXT_ROUND),
        ("Il Suo profilo ci sembra interessante e vorrei proporLe una breve telefonata "
         "conoscitiva di circa mezz'ora.", ReplyKind.NEXT_ROUND),
        # waits
        ("Non abbiamo ancora preso una decisione: Sophie deve allineare la scelta con il suo "
         "responsabile a Londra.", ReplyKind.STILL_DECIDING),
        ("No hemos descartado tu perfil; al contrario, quedaste entre los finalistas. Todavía "
         "tenemos pendiente la autorización de la plaza.", ReplyKind.STILL_DECIDING),
        # the person's paperwork: "en cuanto tenga la orden" is the laboratory's, no wait
        ("Para continuar con su proceso de contratación, le pido lo siguiente: estudio "
         "socioeconómico, INE, CURP. Examen médico: le confirmo el laboratorio en cuanto tenga "
         "la orden.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_milan_zurich_chicago_and_mexico_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body)[0] is expected


def test_a_busy_week_and_a_year_end_meeting_are_no_decision_days() -> None:
    holidays = {date(2026, 12, 25): "Christmas Day", date(2027, 1, 1): "New Year's Day"}
    said = (
        "No decision yet on our end - our CEO wants to meet the finalists and his calendar is "
        "a mess this week with year-end owner meetings. I'll circle back after Christmas."
    )
    found = find_date(said, after=date(2026, 12, 15), month_first=True, holidays=holidays)
    assert found is not None and found.text == "after Christmas"
    assert find_date("We hope to decide by year-end.", after=date(2026, 12, 15)) is not None


def test_commissions_named_in_one_sentence_are_the_panel() -> None:
    concorso = invite_to_casey(
        "Concorso FUNZ-DATI/2026 - prova orale",
        start=START, organizer="reclutamento@istituto.example",
        organizer_name="Istituto - Ufficio Reclutamento",
        description="Le trasmettiamo il promemoria della Sua convocazione alla prova orale del "
        "concorso pubblico per il reclutamento di n. 6 funzionari. "
        "La prova si svolgerà dinanzi alla Commissione esaminatrice nominata con "
        "decreto n. 214 del 05/10/2026, presieduta dal Dott. Saverio Pietrangeli, Dirigente "
        "del Servizio Statistiche e Sistemi Informativi, e composta dalla Prof.ssa Marcella "
        "D'Ottavi, docente di Statistica economica, e dall'Ing. Claudio Santarelli, esperto di "
        "basi di dati, in qualità di componenti. Le funzioni di segretario verbalizzante sono "
        "svolte dal Sig. Fabio Cenciarelli.",
    )  # fmt: skip
    assert judge(concorso, ME, RULES).outcome is Outcome.INTERVIEW
    assert interviewer_names(concorso) == [
        "Claudio Santarelli", "Marcella D'Ottavi", "Saverio Pietrangeli"
    ]  # fmt: skip
    comite = invite_to_casey(
        "Entrevista - Convocatoria CS/017/2026",
        start=START, organizer="convocatorias@centro.example", organizer_name="Convocatorias",
        description="La entrevista será ante el comité de selección, integrado por la Mtra. "
        "Rosaura Tepale Nava, el Lic. Evaristo Quezada Mondragón y el Ing. Abundio Xicoténcatl "
        "Ruiz.",
    )  # fmt: skip
    assert interviewer_names(comite) == [
        "Abundio Xicoténcatl Ruiz", "Evaristo Quezada Mondragón", "Rosaura Tepale Nava"
    ]  # fmt: skip
    jury = invite_to_casey(
        "Entretien – Contrôleur·euse de gestion",
        start=START, organizer="s.cuenod@fondation.example", organizer_name="Sophie Cuenod",
        description="Le jury sera composé de Mme Élodie Favre-Bulle, directrice financière, de "
        "M. Karim Benslimane, trésorier du Conseil de fondation, et de moi-même.",
    )  # fmt: skip
    assert interviewer_names(jury) == ["Karim Benslimane", "Sophie Cuenod", "Élodie Favre-Bulle"]


def test_an_agendas_numbered_phase_is_nobody() -> None:
    panel = invite_to_casey(
        "Klosbach | R&D Finance panel – Casey Candidate",
        Attendee("chiara@klosbach.example", "Bottinelli, Chiara"),
        start=START, organizer="henrik@klosbach.example", organizer_name="Mettler, Henrik",
        description="Plan for the afternoon:\n\n13:00 - 13:45  Chiara Bottinelli, Finance "
        "Director\n14:00 - 15:00  Business case: portfolio reforecast for a Phase II programme "
        "- you present (15 min), then discussion with me\n",
    )  # fmt: skip
    assert "Phase II" not in interviewer_names(panel)


def test_a_caller_who_will_hear_about_your_background_interviews_you() -> None:
    call = invite_to_casey(
        "Phone call w/ Casey Candidate re: operations finance job",
        Attendee("walt.kostelny@gmail.com", "Walt Kostelny"),
        start=START, organizer="walt.kostelny@gmail.com", organizer_name="Walt Kostelny",
        description="Casey - I'll call your cell at 8. Want to hear about your cost accounting "
        "background and tell you a little about us. The job is the Operations Finance Manager "
        "spot I posted on Indeed.",
    )  # fmt: skip
    assert judge(call, ME, RULES).outcome is Outcome.INTERVIEW
    friend = invite_to_casey(
        "Coffee Casey / Dana",
        Attendee("dana@gmail.com", "Dana"),
        start=START, organizer="dana@gmail.com", organizer_name="Dana",
        description="there's an analyst role opening on my team, happy to tell you about it",
    )  # fmt: skip
    assert judge(friend, ME, RULES).outcome is Outcome.MAYBE


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        ("Simulazione colloquio Product Manager - mentoring Alumni", "", Outcome.NOT),
        ("Interview: Practice Finance Manager at Thwaite Mellor LLP", "", Outcome.INTERVIEW),
        ("Colloquio consulenza mutuo - Casey Candidate",
         "Le confermo l'appuntamento in filiale per il mutuo prima casa.", Outcome.NOT),
        ("Il colloquio da Product Manager: domande tipiche e case study",
         "grazie per esserti registrato, webinar della Product Community.\nID webinar: 890 1227 "
         "7341", Outcome.NOT),
        ("Entrevista Agente de Viajes - Viajes Lonja Tours",
         "Gracias por inscribirte en nuestra oferta de InfoJobs. Te propongo una primera "
         "entrevista por videollamada conmigo.", Outcome.INTERVIEW),
        ("Finance Talent Evening – Nidelbad Privatbank",
         "Wer möchte, kann sich für ein 15-minütiges Speed-Interview mit einer Teamleitung "
         "eintragen.", Outcome.MAYBE),
        ("Kafi Selina & Casey",
         "bei uns wird im Frühling wohl eine Controlling-Stelle frei, ist aber noch nirgends "
         "ausgeschrieben", Outcome.MAYBE),
        ("aperitivo Casey / Stefano",
         "da gennaio vorrebbero qualcuno che segua il prodotto, ma nessun annuncio", Outcome.MAYBE),
    ],
)  # fmt: skip
def test_practice_money_webinars_evenings_and_friends(
    title: str, description: str, expected: Outcome
) -> None:
    friend = Attendee("someone@gmail.com", "Someone")
    event = invite_to_casey(
        title, friend, start=START, organizer="someone@gmail.com", description=description
    )
    assert judge(event, ME, RULES).outcome is expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Vorstellungsgespräch Projektingenieur/in Brückenbau (w/m/d) 80–100%",
         "Projektingenieur/in Brückenbau"),
        ("CARCANO | Digital - colloquio con il responsabile", ""),
        ("Data Product Lead (chiacchierata con il founder) - Quadrifoglio", "Data Product Lead"),
    ],
)  # fmt: skip
def test_workloads_and_whom_a_round_is_with_are_no_role(title: str, role: str) -> None:
    event = invite_to_casey(title, start=START, organizer="hr@employer.example")
    assert to_interview(event, ME, ROME, RULES, "").role == role


def test_a_spanish_zoom_invitation_names_its_account_and_who_interviews() -> None:
    zoom = invite_to_casey(
        "Entrevista Tech Lead Backend - Casey Candidate",
        start=START,
        description="Te entrevistan: Claudia Ibarrola Vergara (CTO) y Abraham Lozoya Fierro "
        "(Head of Engineering).\n\nTabachín Software le está invitando a una reunión de Zoom "
        "programada.\n\nTema: Entrevista Tech Lead Backend - Casey Candidate\n",
    )
    assert interviewer_names(zoom) == ["Abraham Lozoya Fierro", "Claudia Ibarrola Vergara"]
    assert to_interview(zoom, ME, ROME, RULES, "").company == "Tabachín Software"


def test_a_tracking_systems_sender_named_as_a_group_is_the_employer() -> None:
    workday = invite_to_casey(
        "Colloquio conoscitivo - Responsabile Prodotto E-commerce (R-2026-0871)",
        start=START, organizer="carcano@myworkday.com", organizer_name="Gruppo Carcano",
    )  # fmt: skip
    assert to_interview(workday, ME, ROME, RULES, "").company == "Gruppo Carcano"


def test_the_post_named_after_per_la_posizione_and_para_la_vacante() -> None:
    lever = invite_to_casey(
        "Lunetta Mobility - colloquio team prodotto (Casey Candidate)",
        Attendee("irene@lunetta.example", "Irene Gerosa"),
        Attendee("dario@lunetta.example", "Dario Cassinelli"),
        start=START, organizer="paolo@lunetta.example", organizer_name="Paolo Crespi",
        description="ecco l'invito per il colloquio con il team prodotto per la posizione "
        "Product Manager - App Consumer.\n\nParlerai con Irene Gerosa (Lead Product Manager) "
        "e Dario Cassinelli (Engineering Lead, Mobile). Io non sarò in call: ci sentiamo dopo.",
    )  # fmt: skip
    assert to_interview(lever, ME, ROME, RULES, "").role == "Product Manager - App Consumer"
    assert interviewer_names(lever) == ["Dario Cassinelli", "Irene Gerosa"]
    meet = invite_to_casey(
        "Entrevista con Quetzal Salud Digital: Casey Candidate",
        start=START, organizer="carolina@quetzal.example", organizer_name="Carolina Mireles",
        description="Te confirmamos tu entrevista para la vacante Staff Software Engineer "
        "(Backend) en Quetzal Salud Digital.\n\nTe entrevista: Alejandra Portillo Esquivel, "
        "Tech Recruiter\n",
    )  # fmt: skip
    assert to_interview(meet, ME, ROME, RULES, "").role == "Staff Software Engineer (Backend)"
    assert interviewer_names(meet) == ["Alejandra Portillo Esquivel"]


def test_a_senior_grades_dot_does_not_end_the_post() -> None:
    event = invite_to_casey(
        "Entrevista - Cerro de la Silla", start=START, organizer="rh@cerrosilla.example",
        description="Gracias por agendar tu entrevista para la vacante Analista Sr. de "
        "Planeación de Demanda (S&OP) en Manufacturas Cerro de la Silla.",
    )  # fmt: skip
    assert to_interview(event, ME, ROME, RULES, "").role.startswith(
        "Analista Sr. de Planeación de Demanda"
    )
