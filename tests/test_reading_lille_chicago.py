"""Invites and mail as Lille's and Chicago's employers write them, and more of Stuttgart's
and Santiago's.

Shapes (our own wording, after what these senders use): Workday's French "Intervenants :",
a temp agency's "RDV client", a territorial jury convened under "article L332-8", Calendly's
booking questions answered on the next line, Zoom copies whose account is the employer, the
person's own notes of calls ("m'appelle", "calling my cell", "ruft an", "Me llama ... de
RR.HH."), a retained search firm's "FMP – C. Candidate / G. Whitford", a county's oral
board of raters, a Chilean "evaluación psicolaboral" commissioned by the employer, German
panels in prose; mail that invites in German and French word order, relays a client's
no, answers the person's chase, or sends papers that decide nothing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.domains import company_from_domain
from agent.core.model import Attendee, ReplyKind
from agent.core.names import clean_name
from agent.core.replies import out_of_office
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    inbox_message,
    interviewer_names,
    invite,
    invite_from,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 14, 9, 30, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, PARIS, RULES, "")


# --------------------------------------------------------------------------- who interviews


@pytest.mark.parametrize(
    ("title", "organizer", "description", "names"),
    [
        ("Entretien : Analyste Risques de Crédit Entreprises (H/F) - R-0031487",
         "scarpelys@myworkday.com",
         "Nous vous confirmons votre entretien pour le poste Analyste Risques de Crédit.\n\n"
         "Intervenants : Hélène Verstraete (Directrice Risques Entreprises) ; Grégoire "
         "Dhellemmes (Responsable Analyse Crédit Grands Comptes)\n",
         ["Grégoire Dhellemmes", "Hélène Verstraete"]),
        ("Auswahlgespräch LDI-2026-117 – Frau Candidate", "petra@ldi.example",
         "Der Auswahlkommission gehören Herr Dr. Stefan Kienzle (Leiter Referat 32), Frau "
         "Carmen Nägele (stellvertretende Referatsleiterin) und Herr Timo Feucht (Referat 12 – "
         "Personal) an. Ich selbst gehöre der Auswahlkommission nicht an und bin nur für die "
         "Organisation zuständig.",
         ["Carmen Nägele", "Stefan Kienzle", "Timo Feucht"]),
        ("Vorstellungsgespräch SKT Sindelfingen – Frau Candidate (über Gäuland)",
         "s.mohr@gaeuland.example",
         "hier der Termin bei meinem Kunden, der Sindelfinger Karosserietechnik GmbH.\n\nIhre "
         "Gesprächspartner vor Ort sind Herr Markus Schwenk (Leiter Rohbauplanung) und Frau "
         "Anja Ziegler (Personalreferentin). Ich bin bei dem Gespräch nicht dabei.",
         ["Anja Ziegler", "Markus Schwenk"]),
        ("Oral Board Examination – Budget Analyst III (Exam No. 26-0417)",
         "marisol.ibarra@kenwick.example",
         "The oral board will consist of three raters: Ms. Loretta Haynes, Deputy Budget "
         "Director; Mr. Victor Castellanos, Chief Financial Analyst; and Dr. Annette Fairbanks, "
         "Budget Manager. I will serve as the examination monitor; I do not rate candidates.",
         ["Annette Fairbanks", "Loretta Haynes", "Victor Castellanos"]),
        ("Reunión CML – Casey Candidate", "paguirre@kallfu.example",
         "Confirmo la reunión con nuestro cliente, Compañía Minera Llullaillaco, por la posición "
         "de Gerente de Planificación. Te recibirán don Sergio Lagos Montt, Gerente General, y "
         "Alejandra Pizarro, Gerenta de Personas, en sus oficinas de Isidora Goyenechea 3000, "
         "piso 21, Las Condes.\n\nYo no participaré en la reunión.",
         ["Alejandra Pizarro", "Sergio Lagos Montt"]),
        ("Entrevista Kiltro Studio – Unity Developer Senior", "nicolas@kiltro.example",
         "Vamos a estar yo y nuestra productora, la Feña (Fernanda Olave). Vamos a revisar "
         "juntos tu demo.\n\nNico",
         ["Fernanda Olave", "Someone"]),
        ("2ª entrevista Pehuén – Casey Candidate", "vcardenas@pehuen.example",
         "Te evaluaremos yo y nuestro Gerente Comercial, Felipe Contreras; trae preparada una "
         "propuesta breve.", ["Felipe Contreras", "Someone"]),
        ("Second entretien – Mme Candidate / Vandamme", "j.vandamme@vandamme.example",
         "Nous vous recevrons avec notre Directrice générale, Bénédicte Vandamme-Lecomte.",
         ["Bénédicte Vandamme-Lecomte", "Someone"]),
    ],
)  # fmt: skip
def test_panels_named_in_prose(
    title: str, organizer: str, description: str, names: list[str]
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert interviewer_names(event) == names


@pytest.mark.parametrize(
    ("title", "description", "company", "role", "names"),
    [
        ("Appel RH Delespaul (Indeed)",
         "Soraya Benali (RH) m'appelle sur le portable. Poste : Acheteur / Acheteuse textile "
         "H/F, CDI, Roubaix (candidature Indeed du 24/11).", "Delespaul",
         "Acheteur / Acheteuse textile", ["Soraya Benali"]),
        ("Llamada Distribuidora Copihue (RR.HH.)",
         "Me llama Javiera Moraga de RR.HH. al celu. Cargo: Jefe/a de Abastecimiento, bodega en "
         "Quilicura.", "Distribuidora Copihue", "Jefe/a de Abastecimiento", ["Javiera Moraga"]),
        ("Telefoninterview Aidlinger FZE",
         "Frau Yvonne Staiger (Recruiting) ruft an. Stelle: Testingenieur HIL Fahrerassistenz "
         "(m/w/d), Böblingen (über Indeed beworben).", "Aidlinger FZE",
         "Testingenieur HIL Fahrerassistenz", ["Yvonne Staiger"]),
        ("Phone screen – Sable Creek Senior Living",
         "Renée Dubois (HR Director) calling my cell. Business Office Manager, Evanston "
         "community.\nAsk: salary range.", "Sable Creek Senior Living",
         "Business Office Manager", ["Renée Dubois"]),
    ],
)  # fmt: skip
def test_the_persons_own_notes_of_calls(
    title: str, description: str, company: str, role: str, names: list[str]
) -> None:
    note = invite(title, start=START, description=description, location="Portable")
    assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(note)
    assert (found.company, found.role) == (company, role)
    assert [i.name for i in found.interviewers] == names


def test_an_exchange_name_with_the_title_after_it() -> None:
    # (read as an envelope writes it, so the greeting is "Dear Matthias", never "Dear Kübler")
    assert clean_name("Kübler Matthias Dr.") == "Dr. Matthias Kübler"
    assert clean_name("Kettelhack, Jannis Dr.") == "Dr. Jannis Kettelhack"


def test_an_organiser_listed_by_address_alone_is_greeted_by_their_name() -> None:
    event = invite_to_casey(
        "Final Quillay 🚀",
        Attendee("benjamin@quillay.example", "benjamin@quillay.example"),
        Attendee("antonia@quillay.example", "Antonia Vial"),
        start=START,
        organizer="benjamin@quillay.example",
        organizer_name="Benjamín Ortúzar",
        description="Vamos a estar yo y la Anto (Antonia, nuestra CEO).",
    )
    assert interviewer_names(event) == ["Antonia Vial", "Benjamín Ortúzar"]


# --------------------------------------------------------------------------- employer and job


@pytest.mark.parametrize(
    ("title", "organizer", "organizer_name", "description", "company", "role"),
    [
        # a retained search firm titles the meeting by its client's initials
        ("FMP – C. Candidate / G. Whitford & N. Petrosyan", "creeve@harlanreeve.example",
         "Catherine Reeve",
         "As discussed, Fulton Market Provisions would like you to meet with Graham Whitford, "
         "Chief Executive Officer, and Nadia Petrosyan, Chief People Officer, for the Director "
         "of Distribution Operations search.\n\nI will not be attending.\n\nCatherine Reeve\n"
         "Partner\nHarlan Reeve Partners | Retained Executive Search",
         "Fulton Market Provisions", "Director of Distribution Operations"),
        ("Gespräch Aichtal Fahrwerksysteme – Vorstand Technik / Personal",
         "c.seybold@weissenhof.example", "Carolin Seybold",
         "hiermit bestätige ich Ihren Termin bei unserem Mandanten, der Aichtal Fahrwerksysteme "
         "AG, für die Position Leiter/in Versuch Fahrwerk (m/w/d).\n\nSie treffen Herrn Dr. "
         "Volker Gaiser (Vorstand Technik) und Frau Birgit Dürr (Bereichsleiterin Personal).",
         "Aichtal Fahrwerksysteme", "Leiter/in Versuch Fahrwerk"),
        ("Evaluación psicolaboral – Analista de Siniestros Senior (Mutual Quintay Seguros)",
         "mtoro@nahuel.example", "Macarena Toro Ibarra",
         "Mutual Quintay Seguros nos ha encargado la evaluación psicolaboral de las personas "
         "finalistas para el cargo de Analista de Siniestros Senior. Yo realizaré su entrevista "
         "psicolaboral.", "Mutual Quintay Seguros", "Analista de Siniestros Senior"),
        ("Einladung Vorstellungsgespräch – IT-Architekt Bestandsführung (m/w/d)",
         "noreply@dvinci-hr.com", "Schurwald Lebensversicherung AG - Personalgewinnung",
         "wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.",
         "Schurwald Lebensversicherung AG", "IT-Architekt Bestandsführung"),
        ("Interview Casey Candidate / Rotenberg Mobility – Embedded SW AUTOSAR",
         "sebastian@rotenberg.example", "Sebastian Hämmerle",
         "Für das Interview zur Stelle Embedded Software Engineer AUTOSAR (m/w/d) sind meine "
         "Kollegin Ananya Krishnan und ich dabei.", "Rotenberg Mobility",
         "Embedded Software Engineer AUTOSAR"),
        ("Entrevista técnica <> Casey Candidate – Quillay Labs", "josefa@quillaylabs.example",
         "Josefa Rivas",
         "Te dejo agendada la entrevista técnica para Backend Engineer (Go) – Semi Senior. "
         "Entrevistadores:\n- Matías Figueroa (Staff Engineer)\n", "Quillay Labs",
         "Backend Engineer (Go) – Semi Senior"),
    ],
)  # fmt: skip
def test_the_employer_and_the_job(
    title: str, organizer: str, organizer_name: str, description: str, company: str, role: str
) -> None:
    event = invite_to_casey(
        title, Attendee(organizer, organizer_name), start=START, organizer=organizer,
        organizer_name=organizer_name, description=description,
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(event)
    assert (found.company, found.role) == (company, role)


@pytest.mark.parametrize(
    ("title", "description", "company", "names"),
    [
        ("Entretien Resp. exploitation",
         "Entretien pour le poste de Responsable d'exploitation transport (H/F). Avec M. Didier "
         "Lemaire-Dubrulle (gérant) et Mme Justine Vasseur (responsable affrètement).\n\n"
         "Transports Lemaire-Dubrulle vous invite à une réunion Zoom planifiée.\n",
         "Transports Lemaire-Dubrulle", ["Didier Lemaire-Dubrulle", "Justine Vasseur"]),
        ("Entrevista Jefe/a Oficina Técnica",
         "Entrevista cargo Jefe/a de Oficina Técnica. Entrevistan: don Luis Rojas Castillo "
         "(Gerente de Proyectos) y la Sra. Carolina Vega (Jefa de Prevención de Riesgos).\n\n"
         "Constructora Punta Angamos le está invitando a una reunión de Zoom programada.\n",
         "Constructora Punta Angamos", ["Luis Rojas Castillo", "Carolina Vega"]),
    ],
)  # fmt: skip
def test_zoom_copies_whose_account_is_the_employer(
    title: str, description: str, company: str, names: list[str]
) -> None:
    found = read(invite(title, start=START, description=description))
    assert found.company == company
    assert [i.name for i in found.interviewers] == names


BOOKED = (
    "\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/3e9a6c1f"
    "\nReschedule: https://calendly.com/reschedulings/3e9a6c1f\n\nPowered by Calendly.com"
)


@pytest.mark.parametrize(
    ("title", "organizer", "description", "role"),
    [
        ("Loopfield intro (30 min) between Marcus Feld and Casey Candidate",
         "marcus@loopfield.example",
         "Event Name: Loopfield intro (30 min)\n\nLocation: This is a Zoom web conference.\n\n"
         "Questions:\nWhat role are you interested "
         "in?\nSenior Product Analyst (remote, US)\n\nAnything you'd like Marcus to know before "
         "the call?\nI use Looker and dbt daily.\n" + BOOKED, "Senior Product Analyst"),
        ("Conversación Chaucha (30 min) entre Ignacia Lyon y Casey Candidate",
         "ignacia@chaucha.example",
         "Nombre del evento: Conversación Chaucha (30 min)\n\nPreguntas:\n¿A qué cargo "
         "postulas?\nProduct Manager – Pagos\n" + BOOKED, "Product Manager – Pagos"),
        ("Échange découverte Bocalia (30 min) entre Zoé Martel et Casey Candidate",
         "zoe@bocalia.example",
         "Nom de l'événement : Échange découverte Bocalia (30 min)\n\nQuestions :\nPour quel "
         "poste postulez-vous ?\nResponsable des opérations magasins (vrac)\n" + BOOKED,
         "Responsable des opérations magasins (vrac)"),
    ],
)  # fmt: skip
def test_booking_questions_answered_on_the_next_line(
    title: str, organizer: str, description: str, role: str
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    assert read(event).role == role


def test_a_title_opening_with_the_employers_initials_names_no_job() -> None:
    event = invite_to_casey(
        "NPM Final Interview – Casey Candidate", Attendee("raj@northpointmutual.example", "Raj V"),
        start=START, organizer="jenna@northpointmutual.example", organizer_name="Jenna Kowalski",
        description="This confirms your final-round interview.\n\nJenna Kowalski\nNorthpoint "
        "Mutual Insurance Company",
    )  # fmt: skip
    assert read(event).role == ""


def test_a_posts_field_in_lower_case_is_no_employer() -> None:
    event = invite(
        "Sollicitatiegesprek Medewerker Financiële Dienst - boekhouding (m/v/x) - C. Candidate",
        start=START,
        description="Selectiecommissie Hogeschool Stuivenberg, Dienst Financiën:\nVeerle Smets, "
        "financieel directeur (voorzitter)\n\nSara Vermeiren nodigt u uit voor een geplande "
        "Zoom-vergadering.\n\nDeelnemen aan Zoom-vergadering\nhttps://hsb-be.zoom.us/j/844172\n",
    )
    assert read(event).company != "boekhouding"


def test_names_run_together_in_a_domain() -> None:
    assert company_from_domain("feuersee-analytics.de") == "Feuersee Analytics"
    assert company_from_domain("rotenberg-mobility.de") == "Rotenberg Mobility"  # not "Rote Nberg"
    assert company_from_domain("northstarlogistics.com") == "North Star Logistics"


# --------------------------------------------------------------------------- what it is


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        ("Entretien jury – Chargé(e) de mission achats publics – Mme Casey CANDIDATE",
         "s.wattiez@sief.example",
         "je vous confirme votre convocation à l'entretien avec le jury de recrutement pour le "
         "poste de Chargé(e) de mission achats publics (recrutement par voie contractuelle, "
         "article L332-8 du code général de la fonction publique).", Outcome.INTERVIEW),
        ("RDV client Carvin Distribution – Chef d'équipe logistique – Mme Candidate",
         "kevin@flandre-interim.example",
         "je vous confirme le rendez-vous chez notre client Carvin Distribution pour la mission "
         "de Chef d'équipe logistique (H/F).", Outcome.INTERVIEW),
        ("Gespräch Senior Frontend-Entwickler:in (React) – Killesberg Softwarehaus", "",
         "Gesprächspartner: Jana Wörner (Head of Product) und Benedikt Kaltschmidt (Lead "
         "Developer)\n\nJana Wörner lädt Sie zu einem geplanten Zoom-Meeting ein.\n",
         Outcome.INTERVIEW),
        ("Interviewtraining: Probe-Auswahlgespräch (Coaching)", "karin@coaching.example",
         "wie besprochen simulieren wir am Samstag Ihr Auswahlgespräch beim Landesamt.",
         Outcome.NOT),
        ("Cómo enfrentar una entrevista por competencias y la evaluación psicolaboral",
         "no-reply@zoom.us", "Gracias por inscribirte en el webinar.", Outcome.NOT),
        ("Kaffee mit Jule ☕", "jule@gmail.example",
         "Ich erzähl dir mal, was bei Schwabenlicht Solar so los ist – könnt sein, dass bei uns "
         "im Frühjahr in der Systemtechnik was aufgeht, offiziell ausgeschrieben ist aber noch "
         "nix.", Outcome.MAYBE),
        ("Café con Seba ☕", "seba@gmail.example",
         "En Minera Pular es posible que abran un cargo en marzo, pero todavía no hay nada "
         "oficial ni aviso publicado.", Outcome.MAYBE),
        ("Karrieretag Mobilität & Maschinenbau Region Stuttgart 2026", "",
         "Über 40 Arbeitgeber stellen sich vor. Kommen Sie an den Ständen ins Gespräch.",
         Outcome.MAYBE),
        ("Feria Laboral Minería y Energía Antofagasta 2026", "",
         "Trae tu CV impreso: podrás conversar con los equipos de selección.", Outcome.MAYBE),
        ("Forum Recrutement Supply Chain & Logistique – Apec Hauts-de-France", "",
         "Échanges libres sur les stands ; certaines entreprises proposeront des entretiens.",
         Outcome.MAYBE),
    ],
)  # fmt: skip
def test_what_is_and_is_not_an_interview(
    title: str, organizer: str, description: str, outcome: Outcome
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is outcome


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wir möchten Sie daher zu einem Auswahlgespräch am Mittwoch, 16. Dezember 2026, um "
         "10:00 Uhr einladen.", ReplyKind.NEXT_ROUND),
        ("Gern laden wir Sie zu einem persönlichen Vorstellungsgespräch in unsere Niederlassung "
         "in Böblingen ein.", ReplyKind.NEXT_ROUND),
        ("Hast du Lust auf ein erstes Kennenlerngespräch mit mir und unserem Lead Engineer?",
         ReplyKind.NEXT_ROUND),
        ("Der Mandant hat sich entschieden, die Position Leitung Werkzeugbau intern zu besetzen, "
         "und wird den Prozess mit externen Kandidaten daher nicht fortsetzen.",
         ReplyKind.REJECTION),
        ("vielen Dank für Ihre Bewerbung und Ihre Nachfrage. Leider hat sich das Verfahren "
         "verzögert, und wir sind noch nicht so weit, eine Entscheidung zu treffen.",
         ReplyKind.STILL_DECIDING),
        # references: a step ahead, unless the mail says it decides nothing
        ("Als nächsten formalen Schritt würde ich gern zwei Referenzen einholen. Eine "
         "Entscheidung ist damit noch nicht verbunden.", ReplyKind.OTHER),
        ("Wir möchten zwei Referenzen einholen. Das ist noch keine Zusage, aber ein gutes "
         "Zeichen.", ReplyKind.NEXT_ROUND),
        ("j'ai le plaisir de vous informer que votre candidature a été retenue pour un "
         "entretien avec le jury de recrutement.", ReplyKind.NEXT_ROUND),
        ("Nous avons bien reçu votre candidature et nous souhaiterions vous rencontrer. "
         "Seriez-vous disponible le lundi 21 décembre à 10h ?", ReplyKind.NEXT_ROUND),
        ("notre client a finalement choisi un profil plus expérimenté. Votre candidature n'est "
         "donc pas retenue pour ce poste.", ReplyKind.REJECTION),
        ("J'ai pris le temps de réfléchir et on est finalement partis sur quelqu'un qui a déjà "
         "monté une boucle de collecte.", ReplyKind.REJECTION),
        ("Carvin Distribution a retenu votre candidature pour la mission. Nous vous proposons "
         "donc un contrat de mission de 6 mois à compter du lundi 4 janvier 2027.",
         ReplyKind.OFFER),
        ("Merci de nous renvoyer le formulaire de note de frais avec vos justificatifs au plus "
         "tard le 31/12. Ce remboursement est prévu pour tous les candidats invités et ne dit "
         "rien de la décision.", ReplyKind.OTHER),
        ("Renée asked me to send the pre-employment information so you have it while you "
         "consider your offer: a TB test and a drug screen. These don't change anything about "
         "your offer.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 10))[0] is expected


def test_by_the_end_of_next_week_in_french() -> None:
    body = (
        "On n'a pas encore pris de décision : on termine les échanges après ta journée en "
        "magasin de lundi. On revient vers toi d'ici la fin de la semaine prochaine."
    )
    assert reply_reading(body, on=date(2026, 12, 10)) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 18),
    )


def test_days_the_employer_is_shut_are_not_counted() -> None:
    text = ("They'd have a decision within 7 business days. Heads up, their plant is shut down "
            "12/24 and 12/25, so those days don't count.")  # fmt: skip
    found = find_date(text, after=date(2026, 12, 15), month_first=True)
    assert found is not None and found.value == date(2026, 12, 28)  # 16-18, 21-23, 28


def test_a_french_away_message_without_auto_reply_headers() -> None:
    away = inbox_message(
        "j.vandamme@vandamme.example",
        "Absent : Re: Second entretien – confirmation",
        "Bonjour,\n\nJe suis en déplacement chez nos fournisseurs au Portugal jusqu'au vendredi "
        "11 décembre, avec un accès restreint à mes e-mails. Je vous répondrai à mon retour.",
        received=START,
    )
    assert out_of_office(away) is not None


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Te evaluaremos yo y Nelia. Amparo está en copia solo para que tenga la cita en su "
         "calendario; no hace falta que venga.", ["Nelia Guaita", "Someone"]),
        ("Diesmal sind Frau Ogbuagu und ich dabei. Frau Wolkow habe ich nur zur Information "
         "eingeladen, sie ist beim Gespräch nicht dabei.", ["Ifeoma Ogbuagu", "Someone"]),
        ("Oliwia wpadnie na ostatnie 10 minut, żeby omówić formalności – ona już nie ocenia.",
         ["Someone"]),
    ],
)  # fmt: skip
def test_an_optional_attendee_the_description_leaves_out(
    description: str, names: list[str]
) -> None:
    optional = {
        "Amparo": Attendee(
            "abayarri@firm.example", "Bayarri Tomàs, Amparo", role="opt-participant"
        ),
        "Frau Wolkow": Attendee("t.wolkow@firm.example", "Wolkow, Tanja", role="opt-participant"),
        "Oliwia": Attendee("oliwia@firm.example", "Oliwia Sztyler", role="opt-participant"),
    }
    others = [a for key, a in optional.items() if key in description]
    if "Nelia" in description:
        others.append(Attendee("nguaita@firm.example", "Nelia Guaita"))
    if "Ogbuagu" in description:
        others.append(Attendee("i.ogbuagu@firm.example", "Ogbuagu, Ifeoma"))
    event = invite_to_casey(
        "Second round", Attendee("boss@firm.example", "Someone"), *others, start=START,
        organizer="boss@firm.example", organizer_name="Someone", description=description,
    )  # fmt: skip
    assert interviewer_names(event) == names
