"""Invites and mail as Naples', Toulouse's, The Hague's and Bengaluru's employers write them.

Shapes (our own wording, after what these senders really use): an Italian public body's
competition by its code ("Concorso ING-04/2026 - prova orale (promemoria)") and its posts
in prose ("per la copertura di n. 4 posti di Funzionario Ingegnere"), Italian letters'
titles ("la Dott.ssa Iovine", "l'Ing. Amitrano"), Zoom's invitation in Italian, a French
ATS's "Votre interlocutrice :", Dutch panels ("Uw gesprekspartners zijn:", "de heer ...",
"Selectiecommissie (Faculteit ...):"), a hogeschool's domain "hslaakdal", an Indian start-up's
"Chillar <> Casey | Sr PM - Collections"; rejections, offers, rounds, waits and papers in
Italian, French and Dutch, and an Indian recruiter's details form.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import split_name_list
from agent.core.people import names_in_description
from agent.core.replies import out_of_office, spelled_out_in
from agent.core.roles import has_job_noun
from agent.core.senders import is_tracking_system
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    inbox_message,
    interviewer_names,
    invite_from,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)
ROME = ZoneInfo("Europe/Rome")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Italian rejections: an ATS's, an agency's, a foundation's
        ("Dopo un'attenta valutazione abbiamo deciso di proseguire l'iter di selezione con altri "
         "candidati, il cui profilo risulta più aderente.", ReplyKind.REJECTION),
        ("L'azienda cliente ha preferito una candidata che ha già lavorato su SAP, quindi per "
         "questa missione non andremo avanti con la Sua candidatura.", ReplyKind.REJECTION),
        ("Abbiamo ritenuto di affidare l'incarico a una professionista che ha già seguito la "
         "rendicontazione di progetti PNRR.", ReplyKind.REJECTION),
        # a public competition's summons to its oral test
        ("Si comunica che la S.V. è ammessa a sostenere la prova orale, che si terrà giovedì "
         "17/12/2026 alle ore 10:00.", ReplyKind.NEXT_ROUND),
        # French
        ("J'ai finalement choisi de confier ce premier poste de consultant à une personne qui a "
         "déjà plusieurs années de conseil.", ReplyKind.REJECTION),
        ("La direction a décidé de suspendre ce recrutement. Le poste ne sera donc pas pourvu.",
         ReplyKind.REJECTION),
        ("Nous avons finalement retenu une candidate qui connaît déjà notre convention "
         "collective.", ReplyKind.REJECTION),
        ("J'ai le plaisir de vous proposer de rejoindre Brienne Ingénierie en qualité de Chargée "
         "de recrutement technique, en CDI.", ReplyKind.OFFER),
        ("Guilhem (notre CTO) et Baptiste aimeraient te rencontrer pour un entretien technique.",
         ReplyKind.NEXT_ROUND),
        # Dutch
        ("Je sollicitatie is verstuurd. Word je niet uitgenodigd voor een gesprek, dan hoor je "
         "dat uiterlijk 20 november.", ReplyKind.RECEIPT),
        ("Ter voorbereiding vragen wij alle kandidaten in de tweede ronde om documenten aan te "
         "leveren. Dit is een vaste stap in onze procedure en zegt nog niets over de uitkomst.",
         ReplyKind.OTHER),
        ("We willen je heel graag aanbieden om bij ons te komen werken als Onderzoeker Sociaal "
         "Domein! We nodigen je graag uit voor een arbeidsvoorwaardengesprek.", ReplyKind.OFFER),
        ("Woonstichting Zeeheldenhof heeft voor jou gekozen! Annelies en Youssef willen je graag "
         "plaatsen als Juridisch medewerker Huurzaken.", ReplyKind.OFFER),
        ("Ik wil je graag wat beter leren kennen. Schikt woensdag 9 december om 16.00 uur voor "
         "een telefonisch kennismakingsgesprek?", ReplyKind.NEXT_ROUND),
        ("Het is helaas niet jouw naam geworden. De keuze is gevallen op een kandidaat met meer "
         "proceservaring.", ReplyKind.REJECTION),
        # an Indian recruiter's form for the client: the deadline is the person's
        ("Client ne format maanga hai, please fill karke revert kar do by today evening:\n\n"
         "Total experience:\nCurrent CTC (fixed + variable):\nExpected CTC:\nNotice period:\n",
         ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_naples_toulouse_hague_and_bengaluru_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 8))[0] is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Contiamo di comunicarLe l'esito entro la fine della prossima settimana.",
         date(2026, 12, 18)),
        # the day another candidate does the case is theirs, not the decision's
        ("We hebben nog geen beslissing genomen: donderdag doet nog één andere kandidaat de "
         "casus. Je hoort eind volgende week van ons, hoe dan ook.", date(2026, 12, 18)),
        ("We hebben nog geen besluit genomen. Uiterlijk 18-12-2026 ontvang je bericht van ons.",
         date(2026, 12, 18)),
        ("Dank, ik heb de gegevens van beide referenten ontvangen. We verwachten medio december "
         "een besluit te nemen.", date(2026, 12, 15)),
    ],
)  # fmt: skip
def test_decision_dates_in_italian_and_dutch(body: str, expected: date) -> None:
    assert reply_reading(body, on=date(2026, 12, 8)) == (ReplyKind.STILL_DECIDING, expected)


def test_a_holiday_then_the_day_it_means() -> None:
    french = {date(2026, 12, 25): "Christmas Day", date(2027, 1, 1): "New Year's Day"}
    said = "Nous prendrons notre décision après les fêtes, début janvier, et je vous appellerai."
    found = find_date(said, after=date(2026, 12, 9), holidays=french)
    assert found is not None and found.value == date(2027, 1, 10)


def test_a_dutch_out_of_office_without_headers() -> None:
    message = inbox_message(
        "tjitske.veenstra@noorderzijl.example", "Afwezigheidsmelding: Vraag over 14 december",
        "Beste afzender,\n\nIk ben met verlof tot en met vrijdag 11 december en lees in die "
        "periode mijn mail niet.",
        received=START,
    )  # fmt: skip
    assert out_of_office(message) is not None


def test_an_italian_competition_names_its_body_and_its_post() -> None:
    event = invite_to_casey(
        "Concorso ING-04/2026 - prova orale (promemoria)",
        start=START, organizer="i.scognamiglio@arcim-campania.example",
        organizer_name="Scognamiglio Immacolata",
        description="Si invia il promemoria della prova orale del concorso pubblico per la "
        "copertura di n. 4 posti di Funzionario Ingegnere, Area dei Funzionari.\n\nDistinti "
        "saluti\n\nDott.ssa Immacolata Scognamiglio\nUfficio Concorsi e Reclutamento\nARCIM - "
        "Agenzia Regionale Campana per le Infrastrutture e la Mobilità\n",
    )  # fmt: skip
    interview = to_interview(event, ME, ROME, RULES, "")
    assert (interview.company, interview.role) == ("ARCIM", "Funzionario Ingegnere")


def test_a_bodys_initials_spelled_out_in_a_portals_notice() -> None:
    said = "l'amministrazione Agenzia Regionale Campana per le Infrastrutture e la Mobilità Le ha"
    assert spelled_out_in("ARCIM", said)
    assert not spelled_out_in("ARCIM", "l'Agenzia Regionale per la Mobilità")
    assert is_tracking_system("inpa.gov.it")


@pytest.mark.parametrize(
    ("description", "attendees", "names"),
    [
        # Italian letters' titles do not end a clause: the one who "non sarà presente" is
        # Dott.ssa Iovine, not the engineer named before her
        ("Il colloquio lo faremo io e l'Ing. Gennaro Amitrano, responsabile del reparto.\n\nLa "
         "Dott.ssa Iovine La aspetta in portineria alle 9:15, ma non sarà presente al colloquio.",
         [Attendee("gennaro.amitrano@sebeto.example", "Amitrano Gennaro"),
          Attendee("rosaria.iovine@sebeto.example", "Iovine Rosaria", role="opt-participant")],
         ["Gennaro Amitrano", "Pasquale Capasso"]),
        # an agency partner who opens the call and leaves; the panel "condotto dal ... e dalla"
        ("Io aprirò il collegamento e farò le presentazioni, poi lascerò la riunione: il "
         "colloquio sarà condotto dal Dott. Giuseppe Cafiero, Direttore Amministrazione, Finanza "
         "e Controllo, e dalla Dott.ssa Lucia Sicignano, HR Manager.",
         [Attendee("g.cafiero@stabiesi.example", "g.cafiero@stabiesi.example"),
          Attendee("l.sicignano@stabiesi.example", "Lucia Sicignano")],
         ["Giuseppe Cafiero", "Lucia Sicignano"]),
    ],
)  # fmt: skip
def test_italian_panels(description: str, attendees: list[Attendee], names: list[str]) -> None:
    event = invite_to_casey(
        "Colloquio tecnico", *attendees, start=START,
        organizer=("pasquale.capasso@sebeto.example" if "Amitrano" in description
                   else "r.galdi@chiaia.example"),
        organizer_name="Capasso Pasquale" if "Amitrano" in description else "Roberta Galdi",
        description=description,
    )  # fmt: skip
    assert interviewer_names(event) == names


def test_zooms_italian_copy_names_its_host_beside_the_colleague_the_host_brings() -> None:
    event = invite_to_casey(
        "Appia Aerostrutture - colloquio conoscitivo Stress Engineer", start=START,
        description="Al colloquio parteciperemo io e l'Ing. Daniela Pietrosanti, Responsabile "
        "Calcolo Strutturale.\n\nCordiali saluti\nMarco Tuccillo\n\nMarco Tuccillo ti sta "
        "invitando a una riunione Zoom programmata.\n",
    )  # fmt: skip
    event = dataclasses.replace(event, attendees=())
    assert interviewer_names(event) == ["Daniela Pietrosanti", "Marco Tuccillo"]


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Intervistatrice: Teresa Cuomo, HR Business Partner - Direzione Risorse Umane",
         ["Teresa Cuomo"]),
        ("Votre interlocutrice : Sandrine Escande, Chargée de recrutement", ["Sandrine Escande"]),
        ("Uw gesprekspartners zijn:\n- mevrouw Rianne Sijbrands, teamleider (voorzitter)\n- de "
         "heer Gerrit-Jan Hoogvliet, senior beleidsadviseur\n", ["Gerrit-Jan Hoogvliet",
                                                                "Rianne Sijbrands"]),
        ("Selectiecommissie (Faculteit Governance & Maatschappij, Universiteit Haaglanden):\n"
         "dr. Marloes Veenendaal, hoofd Research Data Office (voorzitter)\nmr. Kees Sikkema, "
         "Functionaris Gegevensbescherming\n", ["Kees Sikkema", "Marloes Veenendaal"]),
    ],
)  # fmt: skip
def test_panels_named_under_a_header(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(n.split(". ")[-1] for n, _ in found) == names


def test_a_post_in_lower_case_after_a_name_is_that_persons() -> None:
    assert [name for name, _, _ in split_name_list(
        "Bastiaan Ketelaar, manager IT Risk & Compliance, en Naima Zandbergen, HR business partner"
    )] == ["Bastiaan Ketelaar", "Naima Zandbergen"]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company"),
    [
        ("2e gesprek HS Laakdal + presentatie (Casey Candidate)", "r.smallenbroek@hslaakdal.nl",
         "Je presenteert je plan.", "HS Laakdal"),
        ("Eerste gesprek Projectleider Digitale Leeromgeving", "e.groenendijk@hslaakdal.nl",
         "Dank voor je sollicitatie bij Hogeschool Laakdal.", "Hogeschool Laakdal"),
        ("Marina Loop | Product Analyst - Growth | Interview with Arvind", "nivedha@marinaloop.io",
         "Your interview has been scheduled.", "Marina Loop"),
        ("Voorstelgesprek - Casey Candidate (Juridisch medewerker Huurzaken)",
         "shanti@hoefkade-uitzend.example",
         "Je voorstelgesprek bij onze opdrachtgever Woonstichting Zeeheldenhof voor de functie.",
         "Woonstichting Zeeheldenhof"),
    ],
)  # fmt: skip
def test_companies(title: str, organizer: str, description: str, company: str) -> None:
    event = invite_to_casey(title, start=START, organizer=organizer, description=description)
    assert to_interview(event, ME, ROME, RULES, "").company == company


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Entretien - Ingénieur·e Qualité Produit Drones - CDI - Toulouse",
         "Ingénieur·e Qualité Produit Drones"),
        ("Graduate Program Ingegneria 2027 - assessment di gruppo", "Graduate Program Ingegneria"),
        ("Colloquio telefonico Addetto/a Contabilità Fornitori", "Addetto/a Contabilità Fornitori"),
    ],
)  # fmt: skip
def test_roles(title: str, role: str) -> None:
    event = invite_to_casey(title, start=START, organizer="hr@employer.example")
    assert to_interview(event, ME, ROME, RULES, "").role.startswith(role)


@pytest.mark.parametrize(
    "words", ["Acheteur Commodité Pièces Forgées", "Onderzoeker Sociaal Domein",
              "Jurist Sociale Zekerheid", "Funzionario amministrativo-gestionale"],
)  # fmt: skip
def test_jobs_abroad(words: str) -> None:
    assert has_job_noun(words)


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        # a school register's parent-teacher booking, with nobody on it
        ("Colloquio con Prof.ssa Iervolino (Matematica e Fisica) - 3ª B", "",
         "Prenotazione colloquio confermata\nOrario: 16:40 - 16:50 (colloqui pomeridiani "
         "generali)\nAnnullare la prenotazione dall'area Famiglia del registro elettronico.",
         Outcome.NOT),
        ("Recruiting Day Tramonti Hotels & Resorts - Stagione 2027", "",
         "I direttori d'albergo saranno presenti ai desk per colloqui conoscitivi sul posto, "
         "senza appuntamento.", Outcome.MAYBE),
        ("caffè Casey + Gennaro", "gennaro.scarpati@gmail.com",
         "il mio capo sta pensando di assumere un assistant revenue, ma non c'è nessun annuncio.",
         Outcome.MAYBE),
        ("Atelier : réussir ses entretiens de recrutement en visio", "no-reply@livestorm.co",
         "Merci pour votre inscription ! Cet événement est organisé par Apec via Livestorm.",
         Outcome.NOT),
        ("Interview Casey Candidate – portrait « Elles font l'aéro »", "sophie@gmail.com",
         "Merci d'avoir accepté l'interview pour notre série de portraits.", Outcome.NOT),
        ("Forum Entreprises ESAG 2026 – Job dating Sabarthès Aéro", "",
         "Ses équipes pourront vous proposer un entretien de 15 minutes sur place.",
         Outcome.MAYBE),
        ("Interview Haagse Stadskrant - parkeerregulering Duinoord", "milan@gmail.com",
         "Ik schrijf een stuk over de parkeerregulering. Je krijgt de quotes vooraf te lezen.",
         Outcome.NOT),
        ("koffie ☕ Femke (Noordwal)", "femke@gmail.com",
         "mijn baas wil kijken of ze die plek weer invult, er staat nog niks online",
         Outcome.MAYBE),
        ("Meet & Match-avond Omgevingsdienst Westvliet", "",
         "18:15 speeddates van 10 minuten met teamleiders", Outcome.MAYBE),
        ("Decoction & Data ep. 18 – Interview with Casey Candidate (recording)", "sid@gmail.com",
         "Nothing to do with jobs or hiring - just two data people chatting.", Outcome.NOT),
        ("Casey <> Harini ☕", "harini@gmail.com",
         "my boss might open a finance-ops lead role in Q1. nothing posted yet.", Outcome.MAYBE),
    ],
)  # fmt: skip
def test_what_is_and_is_not_an_interview(
    title: str, organizer: str, description: str, outcome: Outcome
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is outcome


def test_a_vp_pairs_the_company_and_the_person_with_a_job_after_a_bar() -> None:
    event = invite_to_casey(
        "Chillar <> Casey | Sr PM - Collections",
        Attendee("aakash@chillar.example", "Aakash Khurana"),
        start=START, organizer="aakash@chillar.example", organizer_name="Aakash Khurana",
        description="Saw your profile on Instahyre. I'll be taking this first conversation "
        "myself.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Turkapally Biologics | Sr. Analyst - Commercial Analytics | Casey Candidate",
         "Sr. Analyst - Commercial Analytics"),
        ("Chillar <> Casey | Sr PM - Collections", "Sr PM - Collections"),
        # (a place after the dash is no field: the job alone)
        ("Acme | Data Engineer - Bangalore | Casey Candidate", "Data Engineer"),
    ],
)  # fmt: skip
def test_a_dash_inside_a_barred_title_goes_on_with_the_jobs_field(title: str, role: str) -> None:
    event = invite_to_casey(title, start=START, organizer="hr@employer.example")
    assert to_interview(event, ME, ROME, RULES, "").role == role


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company"),
    [
        # a round's initials and team, from the domain they abbreviate
        ("Case interview: QM Rev Analytics <> Casey C.", "kelsey@quillmate.example",
         "You're confirmed for your case interview at Quillmate.", "Quillmate"),
        # the name a signature writes whole, beyond what the domain spells
        ("Interview: Hotel Operations Analyst (Naples) - Casey Candidate",
         "imogen.pendry@lydgatecruises.example",
         "Thanks for making time on Friday.\n\nImogen Pendry\nSenior Talent Partner | Lydgate "
         "Cruise Hospitality\nOcean Gate, Southampton\n", "Lydgate Cruise Hospitality"),
    ],
)  # fmt: skip
def test_companies_beside_their_domains(
    title: str, organizer: str, description: str, company: str
) -> None:
    event = invite_to_casey(title, start=START, organizer=organizer, description=description)
    assert to_interview(event, ME, ROME, RULES, "").company == company
