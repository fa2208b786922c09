"""Invites and mail as employers, recruiters and systems in France, Germany and Austria
write them.

Shapes (our own wording, after what these senders really use): Welcome to the Jungle's
and Indeed's confirmations ("Poste : … (H/F) - CDI - Paris 2e", "Interlocutrice :"),
Flatchr's "Avec :", a French public body's jury ("Le jury sera composé de : … - moi-même"),
an on-site morning in French hours ("10h30 : accueil par …"), Personio's "Mit:", a
German agency's "bei unserem Kunden, der …", a research institute's selection committee
with observers, a trial day's plan; Talentsoft and Place de l'emploi public notices,
French and German decisions.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.employer import shared_names
from agent.core.model import Attendee, CalendarEvent, MailMessage, Notes, ReplyKind
from agent.core.people import interviewers_of
from agent.core.replies import Contacts, board_notice, classify, match_application
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, inbox_message, invite, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 9, tzinfo=UTC)
event = partial(invite_to_casey, start=START)


def read(ev: CalendarEvent) -> tuple[str, str]:
    got = to_interview(ev, ME, ZoneInfo("Europe/Paris"), RULES, "")
    return got.company, got.role


def names(ev: CalendarEvent) -> list[str]:
    return [p.name for p in interviewers_of(ev, ME, Notes(), RULES)]


def mail(body: str, subject: str = "Votre candidature", sender: str = "rh@acme.example",
         name: str = "") -> MailMessage:  # fmt: skip
    return inbox_message(
        sender, subject, body, received=datetime(2026, 12, 14, 9, tzinfo=UTC), name=name
    )


def kind(body: str, subject: str = "Votre candidature") -> ReplyKind:
    return classify(mail(body, subject), after=date(2026, 12, 14), month_first=False)[0]


# --------------------------------------------------------------------------- what it is


def test_an_interview_for_a_post_is_no_review_or_meeting_for_a_word_it_shares() -> None:
    # "entretien individuel" is also the yearly review at one's own job; said of a post, it
    # is how the interview runs
    text = (
        "je vous confirme notre entretien individuel en visio pour le poste de Responsable "
        "Planification Supply Chain (H/F) basé sur notre site de Lyon Gerland."
    )
    ev = event("Entretien Teams - Responsable Planification Supply Chain (H/F) - C. Candidate",
               organizer="maelle.jacquemin@berthemont.example",
               organizer_name="JACQUEMIN Maëlle", description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    assert read(ev)[1] == "Responsable Planification Supply Chain"
    # "(screen share welcome)" in a hiring tool's event named for a company, a job and you
    text = (
        "Interview - Commercial Excellence Data Analyst (Paris, CDI)\nCandidate: Casey "
        "Candidate\nPlease walk us through one dashboard you built (screen share welcome)."
    )
    ev = invite("Brixworth Medical | Commercial Excellence Data Analyst | Casey Candidate",
                start=START, organizer="talent@brixworth.example",
                organizer_name="Brixworth Medical Talent Acquisition",
                description=text)  # fmt: skip
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    # ... but the yearly review with one's own manager is still one
    boss = Attendee("boss@initrode.com", "Dominique Roux")
    review = event(
        "Entretien individuel annuel",
        boss,
        organizer="boss@initrode.com",
        description="Bilan de l'année et objectifs 2027 pour ton poste actuel.",
    )
    assert judge(review, ME, RULES).outcome is Outcome.NOT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Job Dating Finance & Data - Banque Moréal",
         "Des entretiens flash de 15 minutes pourront être proposés sur place."),
        ("Open Office & Hiring Day 2027 – Product, Data & Engineering",
         "unsere Hiring Manager:innen sind vor Ort und haben Zeit für Kurzgespräche."),
    ],
)  # fmt: skip
def test_a_hiring_evening_with_interviews_on_the_spot_is_asked_about(title: str, text: str) -> None:
    ev = invite(title, start=START, description=text)
    assert judge(ev, ME, RULES).outcome is Outcome.MAYBE


def test_a_friends_coffee_about_a_post_that_may_open_is_asked_about() -> None:
    friend = Attendee("juliette.brossard@gmail.com", "Juliette Brossard")
    text = (
        "Coucou ! il y a peut-être un poste de chef de projet CRM qui va s'ouvrir chez "
        "Opaline début 2027 (rien n'est validé). On en parle autour d'un café ?"
    )
    ev = event("Café Juliette (Opaline ?)", friend, organizer="juliette.brossard@gmail.com",
               organizer_name="Juliette Brossard", description=text)  # fmt: skip
    verdict = judge(ev, ME, RULES)
    assert verdict.outcome is Outcome.MAYBE and verdict.job_question


# --------------------------------------------------------------------------- company and role


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        # a job ad's title ends at its gender marker: contract and place follow
        ("Entretien RH - Analyste FP&A (H/F) - Paylune Technologies SAS",
         "Poste : Analyste FP&A (H/F) - CDI - Paris 2e", "Analyste FP&A"),
        ("Entretien téléphonique - Transports Lemarié & Fils",
         "Poste : Responsable d'exploitation transport (H/F) - Gennevilliers (92)",
         "Responsable d'exploitation transport"),
        # the post in a letter's prose
        ("Varenne Conseil - Entretien cas - Casey Candidate",
         "voici l'invitation pour votre entretien cas, pour le poste de Consultant(e) Senior "
         "Performance Opérationnelle & Supply Chain.",
         "Consultant(e) Senior Performance Opérationnelle & Supply Chain"),
        # "Leitung" names a job, alone or first
        ("Telefoninterview: Leitung Controlling (m/w/d) – Gebr. Kochertal Maschinenbau GmbH",
         "", "Leitung Controlling"),
    ],
)  # fmt: skip
def test_roles(title: str, description: str, role: str) -> None:
    ev = event(title, organizer="rh@employer.example", description=description)
    assert read(ev)[1] == role


def test_a_jury_is_a_stage_not_an_employer() -> None:
    text = "Agence nationale de la mobilité durable\nLe jury sera composé de :"
    ev = event("Jury - chargé(e) d'études statistiques (F/H) - Mme Candidate",
               organizer="awa@anmd.gouv.example", description=text)  # fmt: skip
    assert read(ev)[0] != "Jury"


def test_the_name_a_signature_writes_out_before_the_domains_initials() -> None:
    wendt = Attendee("carola.wendt@lik-berlin.example", "Wendt, Carola")
    text = "Mit freundlichen Grüßen\nCarola Wendt\nLeuchtenberg-Institut für Klimadaten (LIK)"
    ev = event("Auswahlgespräch 2026-41-FDM – Wiss. Mitarbeiter:in Forschungsdatenmanagement",
               wendt, organizer="carola.wendt@lik-berlin.example", description=text)  # fmt: skip
    assert read(ev)[0] == "Leuchtenberg-Institut für Klimadaten"


def test_an_agencys_client_after_its_article() -> None:
    text = (
        "hier die Einladung zum Vorstellungsgespräch bei unserem Kunden, der Nuthetal Energie "
        "GmbH, für die Position Kaufmännische Leitung (m/w/d)."
    )
    ev = event("Vorstellungsgespräch – Kaufmännische Leitung (m/w/d)",
               organizer="benedikt@brandmeyer-professionals.example",
               organizer_name="Sauerland, Benedikt", description=text)  # fmt: skip
    assert read(ev) == ("Nuthetal Energie", "Kaufmännische Leitung")


def test_a_second_round_under_the_employers_letters_and_a_department() -> None:
    # "ISV" is Isartaler Versicherung's letters, not its initials alone
    rounds = [("Isartaler Versicherung", "Senior Data Scientist"), ("ISV Kfz-Pricing", "")]
    assert shared_names(rounds, "isartaler") == ("Isartaler Versicherung", "Senior Data Scientist")


# --------------------------------------------------------------------------- who interviews


def test_french_and_german_field_labels_name_the_panel() -> None:
    for text, panel in [
        ("Avec : Laurine Dubosc (Responsable Marketing Client) et Yannick Le Bihan (Chargé "
         "de recrutement)", ["Laurine Dubosc", "Yannick Le Bihan"]),
        ("Interlocutrice : Capucine Desforges, Talent Acquisition Partner",
         ["Capucine Desforges"]),
        ("Mit: Lukas Hinterberger (CTO) und Theresa Pichler (People & Culture)",
         ["Lukas Hinterberger", "Theresa Pichler"]),
        ("Am Telefon: Jörg Kochertal (Geschäftsführer)", ["Jörg Kochertal"]),
        ("anbei die Zugangsdaten. Im Gespräch sind Thilo Gerstenberger (CPO) und ich.",
         ["Thilo Gerstenberger"]),
    ]:  # fmt: skip
        ev = event("Entretien", organizer="noreply@flatchr.io", description=text)
        assert names(ev) == panel, text


def test_myself_in_a_jury_list_is_the_writer_spelled_as_she_signs() -> None:
    castagne = Attendee("helene.castagne@anmd.gouv.example", "CASTAGNE Hélène")
    text = (
        "Le jury sera composé de :\n- Mme Hélène Castagné, cheffe du service\n"
        "- moi-même, pour le bureau du recrutement\n\nAwa Traoré-Mercier\nChargée de recrutement"
    )
    ev = event("Jury - chargé(e) d'études", castagne,
               organizer="awa.traore-mercier@anmd.gouv.example",
               organizer_name="TRAORE-MERCIER Awa", description=text)  # fmt: skip
    assert sorted(names(ev)) == ["Awa Traoré-Mercier", "Hélène Castagné"]


def test_an_optional_attendee_who_only_welcomes_in_a_french_morning() -> None:
    plan = (
        "Je vous propose de venir passer la matinée avec nous :\n\n"
        "10h30 : accueil par Maëlle (badge visiteur) puis visite de l'atelier\n"
        "11h15 : entretien avec Nadia Boukhari (Directrice de Production) et moi-même\n"
        "12h30 : déjeuner avec deux planificateurs de l'équipe"
    )
    nadia = Attendee("nadia@berthemont.example", "BOUKHARI Nadia")
    maelle = Attendee("maelle@berthemont.example", "JACQUEMIN Maëlle", role="opt-participant")
    ev = event("Visite + entretien - Casey Candidate", nadia, maelle,
               organizer="py@berthemont.example", organizer_name="CHASTAGNIER Pierre-Yves",
               description=plan)  # fmt: skip
    assert sorted(names(ev)) == ["Nadia Boukhari", "Pierre-Yves Chastagnier"]


def test_a_trial_days_task_is_nobody() -> None:
    plan = (
        "Geplant ist:\n09:00  Frühstück & Standortrundgang\n"
        "10:00  Wiebke Carstens (Reporting) zeigt Ihnen unsere Datenlandschaft\n"
        "11:30  Kleine Aufgabe: Sie bauen einen KPI-Entwurf\n"
        "14:00  Vorstellung Ihrer Ergebnisse mit Wiebke und mir"
    )
    wiebke = Attendee("wiebke@peute.example", "Wiebke Carstens")
    ev = event("Peute – Probearbeitstag", wiebke, organizer="hauke@peute.example",
               organizer_name="Hauke Petersen", description=plan)  # fmt: skip
    assert "Kleine Aufgabe" not in names(ev)


def test_observers_of_a_selection_committee_do_not_interview() -> None:
    people = [
        Attendee("ulrike@lik.example", "Hasselbach, Ulrike"),
        Attendee("ines@lik.example", "Krüger, Ines"),
        Attendee("sarah@lik.example", "Nnamdi, Sarah"),
    ]
    text = (
        "Der Auswahlkommission gehören Frau Prof. Dr. Ulrike Hasselbach (Leiterin) und ich an. "
        "Frau Krüger (Personalrat) und Frau Dr. Nnamdi (Gleichstellungsbeauftragte) nehmen als "
        "Beobachterinnen teil."
    )
    ev = event("Auswahlgespräch", *people, organizer="carola@lik.example",
               organizer_name="Wendt, Carola", description=text)  # fmt: skip
    assert sorted(names(ev)) == ["Carola Wendt", "Ulrike Hasselbach"]


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Après réflexion, nous avons décidé de ne pas poursuivre le processus avec vous pour "
         "ce poste : nous nous orientons vers un profil plus expérimenté.", ReplyKind.REJECTION),
        ("Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit anderen "
         "Kandidat:innen fortzusetzen.", ReplyKind.REJECTION),
        ("Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit anderen "
         "Bewerberinnen und Bewerbern fortzusetzen.", ReplyKind.REJECTION),
        ("J'ai fait un retour très positif à Pierre-Yves, qui souhaite vous rencontrer. "
         "Pouvez-vous me confirmer votre disponibilité ?", ReplyKind.NEXT_ROUND),
        ("Nous vous proposons le dernier tour de notre processus : un entretien avec notre "
         "associé.", ReplyKind.NEXT_ROUND),
        ("Je vous propose de venir nous rencontrer à l'agence mardi 22/12 à 9h00.",
         ReplyKind.NEXT_ROUND),
        ("Le retour est positif, mais ils prennent le temps de la réflexion. Je vous tiens "
         "informé dès que j'ai du nouveau.", ReplyKind.STILL_DECIDING),
        # papers for an offer made before, an application to complete, a document waiting
        ("Afin de préparer votre promesse d'embauche et votre dossier administratif, merci de "
         "déposer les pièces suivantes.", ReplyKind.OTHER),
        ("Bitte vervollständigen Sie Ihre Bewerbung bis zum 15.12.2026 unter „Meine "
         "Bewerbungen“.", ReplyKind.OTHER),
        ("In Ihrem Kandidatenkonto wurde ein neues Dokument für Sie bereitgestellt: Case Study "
         "Kfz-Pricing.", ReplyKind.OTHER),
        # a link to move a booked round is not a round
        ("Rappel : votre entretien a lieu demain.\nReprogrammer : "
         "https://fr.indeed.com/myjobs/interviews/reschedule?iid=5f3a", ReplyKind.OTHER),
        # Talentsoft's receipt: its promise hangs on "si votre profil correspond"
        ("Nous vous confirmons la bonne réception de votre candidature. Nous reviendrons vers "
         "vous dans les meilleurs délais si votre profil correspond à nos besoins.",
         ReplyKind.RECEIPT),
    ],
)  # fmt: skip
def test_french_and_german_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected


def test_the_decision_day_not_the_others_days() -> None:
    body = (
        "Kurz zum weiteren Ablauf: Wir sprechen bis Mittwoch noch mit zwei anderen Leuten und "
        "entscheiden dann am Donnerstag (17.12.), wen wir einladen."
    )
    got, when = classify(mail(body), after=date(2026, 12, 14), month_first=False)
    assert got is ReplyKind.STILL_DECIDING
    assert when is not None and when.value == date(2026, 12, 17)


def test_french_portals_and_boards_are_matched_by_what_they_name() -> None:
    none: frozenset[str] = frozenset()
    solvea = Contacts("solvea", none, none, frozenset({"Mutuelle Solvéa"}))
    hexalis = Contacts("hexalis", none, none, frozenset({"Hexalis"}))
    anmd = Contacts("anmd", none, frozenset({"anmd.gouv.example"}), frozenset({"ANMD"}),
                    frozenset({"chargé(e) d'études statistiques et d'évaluation"}))  # fmt: skip
    contacts = [solvea, hexalis, anmd]
    talentsoft = mail(
        "Nous sommes au regret de vous informer ...",
        "Votre candidature - Data",
        "ne-pas-repondre@talent-soft.com",
        "Mutuelle Solvéa - Recrutement",
    )
    assert match_application(talentsoft, contacts, {}, ME) == "solvea"
    board = mail(
        "Hexalis a répondu à votre candidature.",
        "Hexalis a répondu à votre candidature",
        "no-reply@welcometothejungle.com",
        "Hexalis via Welcome to the Jungle",
    )
    assert match_application(board, contacts, {}, ME) == "hexalis"
    notice = mail(
        "Vous avez reçu un nouveau message concernant votre candidature à l'offre « Chargé(e) "
        "d'études statistiques et d'évaluation (F/H) ».",
        "Nouveau message concernant votre candidature",
        "ne-pas-repondre@place-emploi-public.gouv.fr",
        "Place de l'emploi public",
    )
    assert match_application(notice, contacts, {}, ME) == "anmd"
    # a board's reminder of an interview booked through it is news of that interview
    reminder = mail(
        "Rappel",
        "Rappel : entretien demain avec Transports Lemarié & Fils",
        "interviews-noreply@indeed.com",
        "Indeed",
    )
    assert not board_notice(reminder, ReplyKind.OTHER)
