"""Invites and mail as employers in Quito and Casablanca write them.

Shapes (our own wording, after what these senders use): French counts from the day of "son
entretien" and after a deliberation fixed the sentence before, days a French or Spanish writer
says do not count, holidays abroad named by weekday and day; a nearshore firm's own hire
interviewed by its client; a French post with "&" before where it is held; a group's initials
with an Arabic article; a subsidiary named in the title of its owner group's invite.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from agent.core.detect import detect, to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import split_name_list
from tests.builders import CASEY, CASEY_RULES, invite_to_casey, reply_in_country

ME, RULES = CASEY.email, CASEY_RULES
CASABLANCA = timezone(timedelta(hours=1))
QUITO = timezone(timedelta(hours=-5))
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


# --------------------------------------------------------------------------- dates


def test_a_french_count_from_the_date_of_each_ones_interview() -> None:
    body = (
        "Les délibérations sont en cours. Le résultat est notifié à chaque candidat dans un délai "
        "de dix (10) jours ouvrés à compter de la date de son entretien."
    )
    # interviewed Thursday 3 December: 4, 7, 8, 9, 10, 11, 14, 15, 16, 17
    reading = reply_in_country(
        body, "MA", date(2026, 12, 9), interviewed=date(2026, 12, 3), sent_from=CASABLANCA
    )
    assert reading == (ReplyKind.STILL_DECIDING, date(2026, 12, 17))


def test_a_french_count_after_a_deliberation_fixed_the_sentence_before() -> None:
    body = (
        "Le jury se réunira le lundi 4 janvier 2027. Les résultats seront communiqués dans les "
        "huit (8) jours ouvrés qui suivent cette délibération, hors jours fériés."
    )
    # 5, 6, 7, 8, (11 Manifeste de l'Indépendance) 12, 13, (14 Yennayer) 15, 18
    assert reply_in_country(body, "MA", date(2026, 12, 8), sent_from=CASABLANCA) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 18),
    )


def test_days_a_french_writer_says_do_not_count_in_a_country_that_works_them() -> None:
    body = (
        "La direction répondra sous 15 jours ouvrés à compter d'aujourd'hui. C'est le calendrier "
        "de Paris qui compte : le 25 décembre et le 1er janvier ne comptent pas."
    )
    # Morocco works Christmas; the writer's count does not: ... 23, 24, 28, 29, 30, 31
    assert reply_in_country(body, "MA", date(2026, 12, 9), sent_from=CASABLANCA) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 31),
    )


def test_days_a_spanish_writer_says_do_not_count() -> None:
    body = (
        "Le daremos una respuesta en un plazo de 15 días hábiles a partir de mañana, jueves 10 de "
        "diciembre. No cuentan los feriados, ni tampoco el 24 y el 31 de diciembre, porque esos "
        "días el área no labora."
    )
    # 10, 11, 14 ... 23, 28, 29, 30, 4, 5 January (Ecuador's 25 December and 1 January off)
    assert reply_in_country(body, "EC", date(2026, 12, 9), sent_from=QUITO) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 5),
    )


def test_holidays_abroad_named_by_weekday_and_day_hold_the_count_back() -> None:
    body = (
        "Todavía no hay decisión. El comité en Lima prometió la respuesta dentro de 5 días "
        "hábiles a partir de hoy. Ojo: hoy martes 8 y mañana miércoles 9 son feriados en Perú."
    )
    # 10, 11, 14, 15, 16 (from the mail's day alone: 9, 10, 11, 14, 15)
    assert reply_in_country(body, "EC", date(2026, 12, 8), sent_from=QUITO) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 16),
    )


# --------------------------------------------------------------------------- invites


def test_a_nearshore_firms_own_hire_is_the_firms_though_its_client_interviews() -> None:
    event = invite_to_casey(
        "Entretien client Varenne Mutuelle – Analyste BI – Casey Candidate",
        Attendee("omar.taleb@atlasshore.ma", "Omar Taleb"),
        Attendee("claire.morel@varenne-mutuelle.fr", "claire.morel@varenne-mutuelle.fr"),
        start=START, organizer="salma.idrissi@atlasshore.ma", organizer_name="Salma Idrissi",
        description="Bonjour Casey,\n\nLe poste est un CDI chez Atlas Shore Services : vous serez "
        "salarié(e) d'Atlas Shore, affecté(e) au centre que nous opérons pour notre client "
        "Varenne Mutuelle.\n\nL'entretien sera mené par Mme Claire Morel, Responsable Reporting & "
        "Pilotage chez Varenne Mutuelle, et par M. Omar Taleb, chef de projet chez Atlas Shore.\n\n"
        "Je ne serai pas présente.\n\nSalma Idrissi",
    )  # fmt: skip
    read_as = read(event)
    assert read_as.company == "Atlas Shore Services"
    assert sorted(p.name for p in read_as.interviewers) == ["Claire Morel", "Omar Taleb"]


def test_a_french_post_joined_by_and_before_where_it_is_held_is_one_post() -> None:
    split = split_name_list("Mme Lina Berrada, Responsable Risques & Conformité chez Banque Nord")
    assert [name for name, _, _ in split] == ["Mme Lina Berrada"]


def test_a_groups_initials_skip_an_arabic_article() -> None:
    first = invite_to_casey(
        "Interview – Oued Ed-Dahab Mines",
        Attendee("odm@myworkday.com", "Oued Ed-Dahab Mines"), start=START - timedelta(days=14),
        organizer="odm@myworkday.com", organizer_name="Oued Ed-Dahab Mines", uid="r1",
        description="Interviewers: Nadia Chraibi, Omar Lahlou",
    )  # fmt: skip
    second = invite_to_casey(
        "ODM – 2e entretien (Casey Candidate)",
        Attendee("y.saadi@odmgroup.ma", "Youssef Saadi"), start=START,
        organizer="y.saadi@odmgroup.ma", organizer_name="Youssef Saadi", uid="r2",
        description="Je mènerai l'entretien.\n\nYoussef Saadi\nOued Ed-Dahab Mines S.A.",
    )  # fmt: skip
    found, _ = detect([first, second], me=ME, tz=UTC, rules=RULES)
    assert len({i.application for i in found}) == 1


def test_a_subsidiary_the_title_names_with_its_own_people_on_the_groups_invite() -> None:
    event = invite_to_casey(
        "Pomasqui – Entrevista Analista Comercial (Casey Candidate)",
        Attendee("luis.tello@grupoandino.pe", "Luis Tello"),
        Attendee("rosa.yepez@pomasqui.com.ec", "Rosa Yépez"),
        Attendee("ines.vaca@pomasqui.com.ec", "Inés Vaca", role="opt-participant"),
        start=START, organizer="luis.tello@grupoandino.pe", organizer_name="Luis Tello",
        description="Para la posición de Analista Comercial de Pomasqui, Rosa Yépez y yo te "
        "entrevistaremos. Inés, de Talento Humano, está como "
        "opcional; no va a estar en la llamada.\n\nLuis Tello\nGrupo Andino Retail – Lima",
    )  # fmt: skip
    read_as = read(event)
    assert read_as.company == "Pomasqui"
