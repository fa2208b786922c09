"""Invites and mail as Houston's, Lyon's, Buenos Aires' and Düsseldorf's employers write them.

Shapes (our own wording, after what these senders really use): German job titles that are
jobs only by their gender marker ("Logistikplaner (m/w/d)"), a plant's "Gespräch mit der
Werkleitung", a rexx invite "bei der <Firm> GmbH", a midstream company's "Gas Scheduler",
French and Rioplatense first exchanges and take-home reviews, a podcast host's invite in
Spanish; rejections that fill the post in-house or "hold off on moving you forward",
rounds proposed in French, Spanish, German and English, waits, offers, and requests for
papers in the candidate's language (Workday's localised "new task", references that
"do not imply a decision").
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.attendance import books_interviews
from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.people import names_in_description
from agent.core.replies import automated_reason
from agent.core.roles import has_job_noun
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    inbox_message,
    interviewer_names,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the post filled in-house, in French and in Rioplatense Spanish
        ("Nous avons finalement décidé de pourvoir ce poste en interne : un de nos ingénieurs "
         "de production a souhaité évoluer.", ReplyKind.REJECTION),
        ("Te escribo para contarte que finalmente la posición de Analista BI se cubrió con una "
         "persona de adentro de la empresa.", ReplyKind.REJECTION),
        ("After talking it through with our VP, we're going to hold off on moving you forward "
         "for the Transportation Planning Manager role.", ReplyKind.REJECTION),
        # rounds
        ("J'ai fait mon retour à l'équipe prod : je te propose un 2e entretien d'1h15 en visio "
         "avec Nils.", ReplyKind.NEXT_ROUND),
        ("Jade et moi on a bien envie de continuer la discussion. Tu pourrais passer au studio "
         "jeudi à 17h ?", ReplyKind.NEXT_ROUND),
        ("Nos gustaría coordinar una entrevista por Teams con Marcelo Ocampo y conmigo.",
         ReplyKind.NEXT_ROUND),
        ("Vielen Dank für Ihre Bewerbung. Wir würden Sie gern in einem ersten Telefoninterview "
         "(ca. 30 Minuten) näher kennenlernen.", ReplyKind.NEXT_ROUND),
        ("Thanks for applying! I'd like to set up a first 30-minute phone screen.",
         ReplyKind.NEXT_ROUND),
        # an offer, a wait
        ("Vous trouverez ci-joint notre proposition d'embauche, dont voici les principaux "
         "éléments.", ReplyKind.OFFER),
        ("Eine Entscheidung, wie es weitergeht, haben wir noch nicht getroffen.",
         ReplyKind.STILL_DECIDING),
        # papers, whatever day they are due
        ("hai una nuova attività da completare nella tua pagina candidato.\n\nScadenza: "
         "15/12/2026", ReplyKind.OTHER),
        ("Nel frattempo, per preparare il contratto ci servono una copia della carta "
         "d'identità e due referenze. Riusciresti a mandarmi tutto entro venerdì 18/12?",
         ReplyKind.OTHER),
        ("Sono stati pubblicati l'elenco dei candidati ammessi alla prova orale e il calendario "
         "delle prove, dal 11/01/2027 al 22/01/2027.", ReplyKind.OTHER),
        ("Annette asked that we start references now. This is a standard step for all "
         "finalists and doesn't reflect a decision either way.", ReplyKind.OTHER),
        ("A las personas finalistas les pedimos el Certificado de Antecedentes Penales antes "
         "del viernes 18/12. Esto no implica una decisión sobre la búsqueda.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_houston_lyon_buenos_aires_and_dusseldorf_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body)[0] is expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Vorstellungsgespräch Logistikplaner (m/w/d) – Ratinger Dämmtech", "Logistikplaner"),
        ("Telefoninterview Disponent (m/w/d) Nahverkehr – Frau Candidate", "Disponent"),
        ("Premier échange Producer (F/H) – Brumaire Interactive", "Producer"),
        ("Devolución del desafío técnico - Analista de Datos Sr. - Timbó", "Analista de Datos Sr"),
        ("Interview: Gas Scheduler, Commercial Operations at Cinco Bayou Midstream",
         "Gas Scheduler"),
        ("KC Dormagen | Gespräch mit der Werkleitung", ""),
    ],
)  # fmt: skip
def test_stage_words_gender_markers_and_whom_a_round_is_with(title: str, role: str) -> None:
    event = invite_to_casey(title, start=START, organizer="hr@employer.example")
    assert to_interview(event, ME, BERLIN, RULES, "").role.startswith(role)
    if not role:
        assert to_interview(event, ME, BERLIN, RULES, "").role == ""


def test_a_gender_marker_names_a_job_and_a_scheduler_is_one() -> None:
    assert has_job_noun("Logistikplaner (m/w/d)") and has_job_noun("Crude Oil Scheduler")
    assert not has_job_noun("Kaffee mit Mareike")


def test_a_scheduler_named_in_a_tracking_systems_invite_is_the_job_not_a_candidate() -> None:
    event = invite_to_casey(
        "Interview: Gas Scheduler, Commercial Operations at Cinco Bayou Midstream Partners",
        start=START, organizer="cincobayou@myworkday.com", organizer_name="Cinco Bayou Midstream",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW


def test_the_article_after_bei_is_not_the_companys_name() -> None:
    event = invite_to_casey(
        "Ihr Vorstellungsgespräch bei der Lierenfelder Druck & Verpackung GmbH",
        start=START, organizer="bewerbung@lierenfelder.example",
    )  # fmt: skip
    assert to_interview(event, ME, BERLIN, RULES, "").company.startswith("Lierenfelder Druck")


def test_a_podcast_hosts_invite_in_spanish_is_no_interview() -> None:
    event = invite_to_casey(
        "Mate y Datos ep. 42 - Entrevista a Casey Candidate",
        start=START, organizer="pablo.host@gmail.com", organizer_name="Pablo Iturraspe",
        description="Te mando la invitación para grabar el episodio de \"Mate y Datos\". La "
        "idea es una entrevista de una hora. No es nada laboral, es charla entre colegas.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.NOT


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Urunday Tech Hiring Night - Data & Product",
         "¡Gracias por registrarte! Si tu perfil encaja con alguna de nuestras búsquedas "
         "abiertas, vas a poder tener una entrevista relámpago de 15 minutos con alguno de los "
         "líderes en el momento."),
        ("Recruiting Day IT-Consulting im Medienhafen – Rheinturm Digital",
         "Danke für deine Anmeldung! Wenn es passt, kannst du direkt vor Ort mit unseren Teams "
         "ein Speed-Interview führen."),
    ],
)  # fmt: skip
def test_a_hiring_night_or_recruiting_day_with_interviews_on_the_spot_may_be_one(
    title: str, description: str
) -> None:
    event = invite_to_casey(
        title, start=START, organizer="events@employer.example", description=description
    )
    assert judge(event, ME, RULES).outcome is Outcome.MAYBE


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Te entrevistan Martina Berruti (Head of Data) y Diego Arismendi (Analytics Engineer "
         "Sr.). Si tenés algún problema, escribile a Micaela Ferro; ella no participa.",
         ["Diego Arismendi", "Martina Berruti"]),
        ("Tu seras en entretien avec Lucie Bonnamour (Head of Studio) et Théo Gallay (Lead "
         "Producer). C'est moi qui organise, mais je ne serai pas présente.",
         ["Lucie Bonnamour", "Théo Gallay"]),
        ("Mit dabei sind Pit Hombergs (Head of Performance) und ich. Wir würden gern über deine "
         "Kampagnen sprechen.", ["Pit Hombergs"]),
        # a post that runs schedules is no one who only books the call
        ("You'll meet Cornelius Fontenot (Terminal Manager) and Ashanti Pruitt (Marine "
         "Scheduling Supervisor).", ["Ashanti Pruitt", "Cornelius Fontenot"]),
        # an ATS's French fields, with a French post after a name
        ("Date : jeudi 3 décembre\nVous échangerez avec : Mathilde Peyrache, Chargée de "
         "recrutement, et Bastien Guichardan, Responsable Service Procédés\n",
         ["Bastien Guichardan", "Mathilde Peyrache"]),
        ("Heure : 14:00 - 14:45\nEntretien avec : Sophie Chabanis, Talent Acquisition Partner\n",
         ["Sophie Chabanis"]),
    ],
)  # fmt: skip
def test_interviewers_named_in_a_zoom_files_own_words(description: str, names: list[str]) -> None:
    assert sorted(name for name, _ in names_in_description(description)[0]) == names


def test_the_day_one_last_candidate_is_met_is_not_the_decisions() -> None:
    body = (
        "Nous n'avons pas encore pris de décision : Hélène rencontre un dernier candidat lundi, "
        "et souhaite comparer les profils. Nous reviendrons vers vous d'ici la fin de la "
        "semaine prochaine."
    )
    assert reply_reading(body, on=date(2026, 12, 10)) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 18),
    )


def test_how_a_post_is_employed_is_not_part_of_its_name() -> None:
    event = invite_to_casey(
        "Bellaire Search | Jacinto Polymers - Casey Candidate",
        start=START, organizer="breckin@bellairesearch.example",
        description="Confirming your Teams interview with Jacinto Polymers for the contract "
        "Process Engineer role at their Pasadena plant.",
    )  # fmt: skip
    assert to_interview(event, ME, BERLIN, RULES, "").role == "Process Engineer"


def test_a_founders_meet_named_after_the_company_the_person_and_a_job_is_an_interview() -> None:
    event = invite_to_casey(
        "Fährkopf <> Casey: Growth Marketing Lead",
        Attendee("ole@faehrkopf.example", "Ole Vosskuhl"),
        start=START, organizer="mareike@faehrkopf.example", organizer_name="Mareike Tenhagen",
        description="Ole und ich wollen mit dir über Growth bei Fährkopf reden.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW


def test_a_recruitment_firms_client_keeps_the_particle_inside_its_name() -> None:
    event = invite_to_casey(
        "Entretien - Contrôleur Financier Groupe",
        start=START, organizer="a.thiollier@ganivet-conseil.example",
        organizer_name="Arnaud THIOLLIER",
        description="Pour rappel, je conduis pour le compte de mon client, les Papeteries du "
        "Vivarais (groupe familial, 420 personnes), le recrutement de leur Contrôleur Financier.",
    )  # fmt: skip
    assert to_interview(event, ME, BERLIN, RULES, "").company == "Papeteries du Vivarais"


def test_an_assistant_who_will_not_attend_says_so_in_french() -> None:
    event = invite_to_casey(
        "Entretien - BPV / C. Candidate",
        Attendee("olivier.jaccoud@vuache.example", "Jaccoud Olivier"),
        Attendee("frederic.bressoud@vuache.example", "Bressoud Frédéric"),
        start=START, organizer="nadia.pitaval@vuache.example", organizer_name="Pitaval Nadia",
        description="De la part de M. Olivier Jaccoud, CFO, je vous confirme votre entretien. "
        "Vous serez reçue par M. Jaccoud et M. Frédéric Bressoud.\n\nJe vous accueillerai à la "
        "réception du 3e étage ; je n'assisterai pas à l'entretien.\n\nNadia Pitaval",
    )  # fmt: skip
    assert interviewer_names(event) == ["Frédéric Bressoud", "Olivier Jaccoud"]


def test_a_manager_who_heads_a_scheduling_desk_interviews_and_is_greeted_by_first_name() -> None:
    event = invite_to_casey(
        "CBM Scheduling - Casey Candidate (Teams)",
        Attendee("priya.kothandaraman@cincobayou.example", "Kothandaraman, Priya"),
        start=START, organizer="remy.guidry@cincobayou.example", organizer_name="Guidry, Remy",
        description="Casey -\n\nLooking forward to Tuesday. Priya Kothandaraman from Gas Control "
        "will be on with me.\n\nThanks,\nRemy\n\nRemy Guidry\nManager, Gas Scheduling\nCinco "
        "Bayou | Commercial Operations\n",
    )  # fmt: skip
    assert interviewer_names(event) == ["Priya Kothandaraman", "Remy Guidry"]


@pytest.mark.parametrize(
    ("title", "heads_a_team"),
    [
        ("Supervisor, Crude Scheduling", True),
        ("Manager, Gas Scheduling | Cinco Bayou", True),
        ("Manager, Interview Scheduling", False),
        ("Scheduling Coordinator", False),
    ],
)
def test_a_post_that_heads_a_scheduling_team_does_not_book_interviews(
    title: str, heads_a_team: bool
) -> None:
    assert books_interviews(title) is not heads_a_team
    panel = f"Interview Panel:\n  Harlan Pruett - {title}\n  Mireille Asante - Lead, Trading\n"
    named = sorted(name for name, _ in names_in_description(panel)[0])
    assert ("Harlan Pruett" in named) is heads_a_team


def test_a_job_boards_count_of_new_ads_stays_bulk_mail() -> None:
    alert = inbox_message(
        "alertas@bumeran.com.ar", "3 nuevos avisos de Analista de datos para vos",
        "Hola Casey, estos avisos coinciden con tu búsqueda.\n\nAnalista de Datos Sr.\nTimbó "
        "Servicios Financieros S.A.\n\n¿Tenés una entrevista esta semana? Mirá nuestros consejos.",
        received=START, name="Bumeran",
        headers={"list-unsubscribe": "<https://bumeran.example/baja>", "precedence": "bulk"},
    )  # fmt: skip
    assert automated_reason(alert) == "mailing list: List-Unsubscribe header"


def test_a_guarded_sites_visitor_papers_are_no_wait_for_a_decision() -> None:
    body = (
        "En vue de votre venue sur le site de Saint-Fons mardi 15/12, merci de nous transmettre "
        "avant le vendredi 11/12 à 12h une copie de votre pièce d'identité.\n\nVous recevrez "
        "votre badge visiteur au poste de garde à votre arrivée."
    )
    assert reply_reading(body, on=date(2026, 12, 8)) == (ReplyKind.OTHER, None)


@pytest.mark.parametrize(
    "body",
    [
        "Prenderemo una decisione entro fine anno.",
        "Vi daremo una risposta entro la fine dell'anno.",
        "Nous prendrons une décision d'ici la fin de l'année.",
        "Tomaremos una decisión antes del final del año.",
        "Wir entscheiden bis zum Jahresende.",
        "Wij nemen voor het einde van het jaar een besluit.",
        "Vamos tomar uma decisão até o fim do ano.",
    ],
)
def test_the_end_of_the_year_is_a_decision_date_in_six_languages(body: str) -> None:
    assert reply_reading(body, on=date(2026, 12, 9)) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 31),
    )


@pytest.mark.parametrize(
    "body",
    [
        "Nous déciderons d'ici la fin du mois.",
        "Tomaremos una decisión antes del final del mes.",
        "Te avisamos a fin de mes cómo sigue el proceso.",
    ],
)
def test_the_end_of_the_month_in_french_and_spanish(body: str) -> None:
    assert reply_reading(body, on=date(2026, 12, 9))[1] == date(2026, 12, 31)


def test_the_seasons_feasts_are_no_end_of_the_year() -> None:
    """ "après les fêtes de fin d'année" is after the year-end run of holidays, not the 31st."""
    french = {date(2026, 12, 25): "Christmas Day", date(2027, 1, 1): "New Year's Day"}
    said = "Nous reviendrons vers vous après les fêtes de fin d'année."
    found = find_date(said, after=date(2026, 12, 9), holidays=french)
    assert found is not None and found.value == date(2027, 1, 4)


@pytest.mark.parametrize(
    "body",
    [
        "Il cliente conta di prendere una decisione nei primi giorni di gennaio.",
        "Nous prendrons une décision dans les premiers jours de janvier.",
        "Tomaremos una decisión en los primeros días de enero.",
        "Wir entscheiden in den ersten Tagen im Januar.",
        "We expect to decide in the first few days of January.",
    ],
)
def test_the_first_days_of_a_month_are_early_in_it(body: str) -> None:
    assert reply_reading(body, on=date(2026, 12, 12))[1] == date(2027, 1, 10)


def test_a_selection_closed_by_the_years_end_outranks_the_day_the_last_candidate_is_seen() -> None:
    body = (
        "Non è ancora stata presa una decisione, perché giovedì vedranno l'ultimo candidato in "
        "shortlist; contiamo di chiudere la selezione entro fine anno e ti scriverò io in ogni "
        "caso."
    )
    assert reply_reading(body, on=date(2026, 12, 12)) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 31),
    )


ITALIAN = {
    date(2026, 12, 25): "Christmas Day",
    date(2026, 12, 26): "Saint Stephen's Day",
    date(2027, 1, 1): "New Year's Day",
    date(2027, 1, 6): "Epiphany",
}


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # (right) after a Wednesday's holiday, or after the feasts it closes: the Thursday,
        # no bridge to the weekend
        ("Contiamo di darti una risposta subito dopo l'Epifania.", date(2027, 1, 7)),
        ("Contiamo di darti una risposta dopo l'Epifania.", date(2027, 1, 7)),
        ("Ti daremo una risposta dopo le feste.", date(2027, 1, 7)),
        ("Ti faremo sapere dopo Natale.", date(2027, 1, 7)),
        ("Te daremos una respuesta después de Reyes.", date(2027, 1, 7)),
        ("Wir melden uns nach den Feiertagen.", date(2027, 1, 7)),
        ("We laten het je weten na de kerstvakantie.", date(2027, 1, 7)),
        ("Nous vous donnerons une réponse après Noël.", date(2027, 1, 7)),
    ],
)
def test_holidays_named_in_the_employers_language(said: str, expected: date) -> None:
    found = find_date(said, after=date(2026, 12, 9), holidays=ITALIAN)
    assert found is not None and found.value == expected


def test_a_friends_coffee_about_a_seat_that_may_open_is_asked_about() -> None:
    event = invite_to_casey(
        "coffee w/ Casey @ Agnes",
        Attendee("jasmine@gmail.com", "Jasmine Okereke"),
        start=START, organizer="jasmine@gmail.com",
        description="coffee!! my boss at Tarrow might open another scheduler seat on the gas "
        "desk in Q1. nothing posted and no promises",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.MAYBE


def test_an_employer_of_records_onboarding_is_paperwork_for_the_company_it_hires_for() -> None:
    body = (
        "Kragholm Mobility ApS has started your onboarding with Remote, the company that will "
        "be your legal employer in Argentina on their behalf.\n\nTo prepare your employment "
        "agreement, please upload the following by Tuesday 22 December. If you have not yet "
        "accepted the offer, you can ignore this message until you do."
    )
    assert reply_reading(body, on=date(2026, 12, 14)) == (ReplyKind.OTHER, None)
