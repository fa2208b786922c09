"""Invites and mail as Barcelona's, Munich's, Antwerp's and Manchester's employers write them.

Shapes (our own wording, after what these senders really use): Catalan public selections
("Comissió de selecció:", "el tribunal qualificador, format per la senyora ... i Prat"),
a university's domain "udmontcada" for the Universitat de Montcada, a Stadt's
"Auswahlkommission", German phone screens ("Herr ... wird Sie ... anrufen"), Flemish city
committees ("is samengesteld als volgt:"), "(m/v/x)", a British civil-service panel with a
semicolon in its chair's brackets, "w/c 4th January"; rejections, offers, rounds and waits in
Catalan, Spanish, German, Flemish and British English.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import looks_like_name, split_name_list
from agent.core.people import names_in_description
from agent.core.roles import has_job_noun, is_gender_marker
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    interviewer_names,
    invite_from,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Catalan and Spanish
        ("Em plau comunicar-te que la comissió de selecció t'ha seleccionat per a la segona "
         "fase de la convocatòria.", ReplyKind.NEXT_ROUND),
        ("Ho hem parlat a l'equip i hem decidit tirar endavant amb una altra persona amb més "
         "experiència.", ReplyKind.REJECTION),
        ("Te has inscrito correctamente en la oferta \"Técnico/a de Compras (H/M)\".",
         ReplyKind.RECEIPT),
        ("He visto tu candidatura en InfoJobs y me gustaría que tuviéramos una primera "
         "entrevista telefónica.", ReplyKind.NEXT_ROUND),
        ("¡Buenas noticias! Recanvis Llinars quiere que seas su nuevo/a Jefe/a de Almacén.",
         ReplyKind.OFFER),
        ("Tienes una tarea pendiente en tu perfil de candidato: formulario de datos - segunda "
         "entrevista.", ReplyKind.OTHER),
        # German
        ("Wir haben uns für jemanden entschieden, der schon zwei Jahre mit GTFS-Daten gearbeitet "
         "hat.", ReplyKind.REJECTION),
        ("Die Geschäftsführung hat sich entschieden, die Position mit einem langjährigen "
         "internen Kollegen zu besetzen.", ReplyKind.REJECTION),
        ("Wir würden dich wirklich gern ins Team holen! Unser Angebot:", ReplyKind.OFFER),
        # Flemish
        ("Graag nodigen wij u uit voor een selectiegesprek (mondelinge proef met casus) op "
         "woensdag 2 december.", ReplyKind.NEXT_ROUND),
        ("Wij moeten u helaas meedelen dat u niet geslaagd bent voor deze selectieprocedure.",
         ReplyKind.REJECTION),
        ("Ik heb er een paar dagen over nagedacht, maar ik ga voor deze rol met iemand anders "
         "verder.", ReplyKind.REJECTION),
        ("Na het gesprek met Kobe willen we je graag aanwerven als IT-projectleider ERP!",
         ReplyKind.OFFER),
        ("Tine liet ons weten dat je ons voorstel ontvangen hebt. Om je arbeidsovereenkomst "
         "klaar te maken hebben we de volgende gegevens nodig.", ReplyKind.OTHER),
        # British English: papers asked of everyone at a stage, said to decide nothing
        ("We ask everyone who gets through to a second stage for a few things in advance - "
         "please don't take this as a sign that a decision has been made either way!",
         ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_barcelona_munich_antwerp_and_manchester_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 8))[0] is expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        ("Todavía no hemos decidido quién pasa a la segunda fase: nos faltan dos entrevistas el "
         "martes. Te diremos algo el viernes 4/12 como muy tarde.", date(2026, 11, 27),
         date(2026, 12, 4)),
        ("Todavía no hemos tomado una decisión: esta semana y la que viene vemos a otras dos "
         "personas. Te diremos algo a finales de la semana que viene.", date(2026, 12, 9),
         date(2026, 12, 18)),
        ("Encara no hi ha cap resultat. Està previst que la resolució es publiqui a principis "
         "de gener.", date(2026, 12, 9), date(2027, 1, 10)),
        ("Wir möchten bis Ende nächster Woche entscheiden, wen wir ins Zweitgespräch einladen.",
         date(2026, 11, 27), date(2026, 12, 4)),
        ("Mit einer Entscheidung rechnen wir Anfang Januar - vorher wird es wegen unserer "
         "Betriebsferien vom 24.12. bis 06.01. leider nicht klappen.", date(2026, 12, 3),
         date(2027, 1, 10)),
        ("Wir haben noch keine Entscheidung getroffen; die Personalabteilung holt gerade "
         "Referenzen ein. Die Entscheidung soll bis Ende KW 51 fallen.", date(2026, 12, 7),
         date(2026, 12, 18)),
        ("Er is dus nog geen beslissing genomen. Wij verwachten de selectieprocedure af te "
         "ronden tegen 22/12/2026.", date(2026, 12, 9), date(2026, 12, 22)),
        ("We're interviewing until Wednesday 2nd December and then moderating, and we're aiming "
         "to confirm outcomes by close of play Friday 4th December.", date(2026, 11, 27),
         date(2026, 12, 4)),
        ("We still need to take up a further interview that had to be rescheduled, so we have "
         "not yet made a decision. We will let all candidates know the outcome by 17/12/2026.",
         date(2026, 12, 9), date(2026, 12, 17)),
    ],
)  # fmt: skip
def test_waits_and_their_days(body: str, on: date, expected: date) -> None:
    assert reply_reading(body, on=on) == (ReplyKind.STILL_DECIDING, expected)


def test_a_week_commencing_and_no_call_before_christmas() -> None:
    christmas = {date(2026, 12, 25): "Christmas Day", date(2027, 1, 1): "New Year's Day"}
    said = (
        "Ollie is off from next Friday until the new year, so we won't make a call before "
        "Christmas. Realistically we'll come back to you w/c 4th January with a decision."
    )
    found = find_date(said, after=date(2026, 12, 4), holidays=christmas)
    assert found is not None and found.value == date(2027, 1, 8)
    # ... and "until" names the day, whatever precedes it
    found = find_date("We won't be making a final decision until early January.",
                      after=date(2026, 12, 4))  # fmt: skip
    assert found is not None and found.value == date(2027, 1, 10)


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Comissió de selecció: Dra. Glòria Tarradellas (cap de l'Àrea d'Economia) i Sr. Pere "
         "Ventosa (cap del Servei de Comptabilitat).", ["Glòria Tarradellas", "Pere Ventosa"]),
        ("L'entrevista la farà el tribunal qualificador, format per la senyora Neus Aragall i "
         "Prat (presidenta), el senyor Ramon Ollé i Casals (vocal) i la senyora Mercè Cubells i "
         "Serra (vocal).", ["Mercè Cubells i Serra", "Neus Aragall i Prat",
                            "Ramon Ollé i Casals"]),
        ("Das Gespräch dauert 60 Minuten. Der Auswahlkommission gehören an: Herr Zweiter "
         "Bürgermeister Anton Greimel (Vorsitz), Frau Dr. Ulrike Bachhuber-Lenz, Leiterin des "
         "Personalamtes, sowie Herr Florian Zellermayr, Personalratsvorsitzender.",
         ["Anton Greimel", "Florian Zellermayr", "Ulrike Bachhuber-Lenz"]),
        ("Herr Quirin Eisenreich (Leiter Einkauf) wird Sie unter der angegebenen Telefonnummer "
         "anrufen.", ["Quirin Eisenreich"]),
        ("De selectiecommissie is samengesteld als volgt: mevrouw Katrien Van Looy, diensthoofd "
         "Data en Informatie (voorzitter), de heer Geert Op de Beeck, algemeen directeur.",
         ["Geert Op de Beeck", "Katrien Van Looy"]),
        ("Selectiecommissie Hogeschool Stuivenberg, Dienst Financiën:\nVeerle Smets, financieel "
         "directeur (voorzitter)\nRuben Cools, diensthoofd boekhouding\n",
         ["Ruben Cools", "Veerle Smets"]),
        ("The panel will be me (chair; Grade 7, Devolution Deals North), Kwabena Mensah (SEO) "
         "and Fiona McAteer, who is joining us.", ["Fiona McAteer", "Kwabena Mensah"]),
        ("Lindsey Ashurst (Head of BI) ringing me on my mobile - telephone interview, 30 mins.",
         ["Lindsey Ashurst"]),
    ],
)  # fmt: skip
def test_panels(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(re.sub(r"^(?:(?:Herr|Frau|Dr|Dra|Sr)\.?\s+)+", "", n) for n, _ in found) == names


def test_german_nouns_and_a_post_after_its_initials_are_no_names() -> None:
    assert not looks_like_name("Qualitätsmanagement")
    assert not looks_like_name("Fachliche Fragen")
    # Catalan's "i" between surnames, not between two people's first names
    assert looks_like_name("Neus Aragall i Prat")
    assert not looks_like_name("Anna i Michał")
    assert [n for n, _, _ in split_name_list(
        "Glenn Hermans, teamleader douane, en Nathalie Van Dyck, HR-verantwoordelijke van "
        "Zandvliet Forwarding"
    )] == ["Glenn Hermans", "Nathalie Van Dyck"]  # fmt: skip


@pytest.mark.parametrize(
    ("description", "organizer", "names"),
    [
        ("Herr Brandstetter (Leiter Vorentwicklung) und ich führen das Gespräch.\n\nAblauf:\n"
         "13:00 Begrüßung, Ihre Präsentation\n13:30 Fachliche Fragen (Zustandsschätzung)\n",
         "korbinian.sedlmair@ammertal.example", ["Alois Brandstetter", "Korbinian Sedlmair"]),
        ("Ich hole Sie um 9:45 Uhr am Pförtner ab, stelle Sie kurz vor und verabschiede mich "
         "dann. Das Gespräch führen Herr Alois Brandstetter (Leiter Qualität).",
         "leonie.strobl@agentur.example", ["Alois Brandstetter"]),
    ],
)  # fmt: skip
def test_who_takes_part_in_german(description: str, organizer: str, names: list[str]) -> None:
    event = invite_to_casey(
        "Fachgespräch AFT", Attendee("alois.brandstetter@ammertal.example", "Brandstetter, Alois"),
        start=START, organizer=organizer,
        organizer_name="Sedlmair, Korbinian" if "sedlmair" in organizer else "Strobl, Leonie",
        description=description,
    )  # fmt: skip
    assert interviewer_names(event) == names


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company"),
    [
        ("Segona entrevista UdM - prova pràctica (C. Candidate)", "p.ventosa@udmontcada.cat",
         "Pere Ventosa i Mas\nCap del Servei\nUniversitat de Montcada\n",
         "Universitat de Montcada"),
        ("Entrevista Analista FP&A (m/f/d) | Migdia", "noreply@personio.de",
         "Gracias por tu interés en Migdia.", "Migdia"),
        ("Telefoninterview Personalreferent (m/w/d) Recruiting", "s.k@hfe-holzkirchen.example",
         "Stephanie Kraxenberger\nTeamleitung Personal\nHolzkirchner Fahrzeugelektrik GmbH\n",
         "Holzkirchner Fahrzeugelektrik"),
        ("Entrevista - Tècnic/a superior de planificació logística (AVLI) - Casey Candidate",
         "neus@gva.es", "Us confirme l'entrevista.\n\nAgència Valenciana de Logística i "
         "Intermodalitat - GENERALITAT\n", "AVLI"),
    ],
)  # fmt: skip
def test_companies(title: str, organizer: str, description: str, company: str) -> None:
    name = "Migdia – Equipo de Talento" if "personio" in organizer else ""
    event = invite_to_casey(title, start=START, organizer=organizer, organizer_name=name,
                            description=description)  # fmt: skip
    assert to_interview(event, ME, MADRID, RULES, "").company == company


def test_jobs_and_markers_abroad() -> None:
    assert is_gender_marker("(m/v/x)")
    for job in ("Douanedeclarant", "Tècnic/a de Control Pressupostari", "Senior People Partner"):
        assert has_job_noun(job), job


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        ("Gravació Píxels i Persones ep. 31 – entrevista a Casey Candidate", "oriana@gmail.com",
         "No té res a veure amb feina ni amb processos de selecció, és només una conversa.",
         Outcome.NOT),
        ("☕ cafè Casey + Ariadna (Sargantana)", "ariadna@gmail.com",
         "a Sargantana potser obren una plaça de UX researcher al gener, però encara no hi ha "
         "res publicat", Outcome.MAYBE),
        ("Job Day Vallalta Logistics – Zona Franca", "",
         "speed meetings de 10 minutos con responsables de área", Outcome.MAYBE),
        ("Jobdag Berendrecht Stevedoring - speeddates & terminalbezoek", "",
         "17.00 speeddates van 10 minuten met leidinggevenden van planning", Outcome.MAYBE),
        ("Interview Radio 2 Antwerpen - Kerstloop Linkeroever", "lander@gmail.com",
         "Ik bel je zaterdag voor een kort live-interview in de ochtendshow.", Outcome.NOT),
        ("Alumni profile interview - Casey Candidate (Bridge magazine)", "k.dunbar@uni.example",
         "Thanks for agreeing to be one of our alumni profiles for the alumni magazine.",
         Outcome.NOT),
        ("Meet the Data Team: Whitebeam Energy open evening", "",
         "Come and chat informally with some of our managers.", Outcome.MAYBE),
    ],
)  # fmt: skip
def test_what_is_and_is_not_an_interview(
    title: str, organizer: str, description: str, outcome: Outcome
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is outcome


def test_a_dutch_job_advert_title_names_a_job_not_another_candidate() -> None:
    event = invite_to_casey(
        "Interview: Functioneel Analist (m/v/x) - Havenplatform at Eilandje Digital BV",
        Attendee("jens@eilandje.example", "Jens Van Hoof"),
        start=START, organizer="no-reply@teamtailor-mail.com",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW


def test_a_note_typed_with_an_equals_sign() -> None:
    event = invite_to_casey(
        "Phone interview - Burtonwood Logistics", start=START,
        description="Lindsey Ashurst (Head of BI) ringing me on my mobile.\nRole = BI Analyst, "
        "Warrington, hybrid 2 days. Saw it on LinkedIn.\n",
    )  # fmt: skip
    event = dataclasses.replace(event, attendees=())
    assert to_interview(event, ME, MADRID, RULES, "").role == "BI Analyst"
