"""Invites and mail as Porto's, Hamburg's, Kraków's and Pittsburgh's employers write them.

Shapes (our own wording, after what these senders really use): start-ups' offers in German
and Portuguese, a publisher's German rejection, next rounds in Portuguese, Polish and
English, a broadcaster's "bis Ende KW 51", a Polish "do końca przyszłego tygodnia", a
headhunter's "Rückmeldung vom Samstag"; an itinerary's "09h30 acolhimento na receção", a
recruiter who meets the candidate at reception, a sensor-calibration engineer's title, a
lab's initials, a county's NEOGOV sender name.
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
    invite,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 10, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # offers from founders, in German and Portuguese
        ("wir möchten dich sehr gern als Senior Product Manager für Checkout bei tollo haben!\n\n"
         "Hier die Eckdaten unseres Angebots:\n- Fixgehalt: 92.000 € brutto", ReplyKind.OFFER),
        ("Wir würden dich sehr gern als Product Lead Logistics bei Kiezkarte an Bord holen!\n\n"
         "Was wir dir anbieten können:\n- 78.000 € brutto im Jahr", ReplyKind.OFFER),
        ("Estive a falar com o meu sócio e queremos mesmo contar consigo na Solarengo. A proposta "
         "é esta:\n- 32.500 € brutos por ano", ReplyKind.OFFER),
        # someone else chosen, said kindly
        ("Wir haben uns nach langem Abwägen für eine Kandidatin entschieden, die schon mehrere "
         "Jahre im Abo-Marketing gearbeitet hat.", ReplyKind.REJECTION),
        # next rounds
        ("Tenho o gosto de informar que passou à fase seguinte do processo. O Diretor de "
         "Qualidade gostaria de o(a) conhecer pessoalmente na nossa unidade de Braga.",
         ReplyKind.NEXT_ROUND),
        ("Falei com o nosso administrador e gostaríamos de avançar para uma segunda conversa, "
         "desta vez presencial.", ReplyKind.NEXT_ROUND),
        ("mam dobrą wiadomość – Tarnhaven Re chce się z Tobą spotkać w sprawie roli Technical "
         "Accounting Specialist.", ReplyKind.NEXT_ROUND),
        ("thanks for the call this morning! I'd love to move you forward to an interview with "
         "Smilla Lüders, our Head of Live Ops.", ReplyKind.NEXT_ROUND),
        # waits
        ("Decyzja w procesie jeszcze nie zapadła – Pani Dyrektor spotyka się w tym tygodniu z "
         "dwiema kolejnymi osobami.", ReplyKind.STILL_DECIDING),
        ("No decision has been made yet - Harriet is finishing her last panel interview this "
         "week.", ReplyKind.STILL_DECIDING),
        ("Your application was received. Applicants who meet the minimum "
         "qualifications will be evaluated further, and the most qualified may be invited to an "
         "interview.", ReplyKind.RECEIPT),
    ],
)  # fmt: skip
def test_offers_rejections_rounds_and_waits(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body)[0] is expected


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("Die Auswahlentscheidung soll bis Ende KW 51 fallen.", date(2026, 12, 10),
         date(2026, 12, 18)),
        ("Wir entscheiden bis Ende KW 2.", date(2026, 12, 10), date(2027, 1, 15)),
        ("Decyzję podejmiemy do końca przyszłego tygodnia.", date(2026, 12, 11),
         date(2026, 12, 18)),
        # the day of the feedback and the other candidate's day are not the decision's
        ("danke für Ihre Rückmeldung vom Samstag. Herr Ramm spricht am Mittwoch noch mit einem "
         "weiteren Kandidaten und möchte sich am Montag, 21.12., entscheiden.",
         date(2026, 12, 14), date(2026, 12, 21)),
        ("The Department expects to finish reference checks and make its selection by "
         "1/8/2027.", date(2026, 12, 15), date(2027, 1, 8)),
    ],
)  # fmt: skip
def test_decision_days(text: str, said: date, expected: date) -> None:
    mention = find_date(text, after=said, month_first=text.endswith("2027."))
    assert mention is not None and mention.value == expected


def test_who_welcomes_at_reception_does_not_interview() -> None:
    braga = invite_to_casey(
        "CCA Braga – Entrevista Qualidade + visita à fábrica",
        Attendee("ana.lameiras@cavado.example", "Lameiras, Ana Rita"),
        Attendee("sandra.alvim@cavado.example", "Pimenta Alvim, Sandra", role="opt-participant"),
        start=START, organizer="vitor.fragoso@cavado.example",
        organizer_name="Fragoso, Vítor Hugo",
        description="09h30 acolhimento na receção (Sandra)\n"
        "09h45 - 10h45 entrevista comigo e com a Eng.ª Ana Rita Lameiras\n"
        "11h30 - 12h00 perguntas e fecho\n\nVítor Hugo Fragoso",
    )  # fmt: skip
    assert interviewer_names(braga) == ["Ana Rita Lameiras", "Vítor Hugo Fragoso"]
    krakow = invite_to_casey(
        "OGBS Kraków | final interview – Casey Candidate",
        Attendee("henrik.lysgaard@orvenda.example", "Lysgaard Henrik"),
        Attendee("natalia.w@orvenda.example", "Wawrzyczek Natalia", role="opt-participant"),
        start=START, organizer="paulina.drag@orvenda.example", organizer_name="Drąg Paulina",
        description="Henrik (Director, Commercial Finance GBS) and I will interview you.\n\n"
        "Natalia will meet you at the reception of building B at 9:50 and take you to the "
        "room.\n\nPaulina",
    )  # fmt: skip
    assert "Natalia Wawrzyczek" not in interviewer_names(krakow)


def test_a_calibration_engineer_is_a_job_and_units_and_states_are_no_employers() -> None:
    sensor = invite_to_casey(
        "Interview: Software Engineer, Sensor Calibration at Fineview Autonomy, Inc.",
        Attendee("tobiah@fineview.example", "Tobiah Mancini"), start=START,
        organizer="tobiah@fineview.example", organizer_name="Tobiah Mancini",
    )  # fmt: skip
    assert judge(sensor, ME, RULES).outcome is Outcome.INTERVIEW
    assert (
        judge(invite("Senior Engineer Interview Calibration", start=START), ME, RULES).outcome
        is Outcome.NOT
    )
    new_york = ZoneInfo("America/New_York")
    lab = invite(
        "PVSU Assistive Robotics Lab - Research Engineer interview - Casey Candidate",
        start=START,
        description="Interview committee:\nProf. Ingrid Haldorsen, Mechanical Engineering "
        "(PI, chair)\n\nIngrid Haldorsen is inviting you to a scheduled Zoom meeting.",
    )
    assert to_interview(lab, ME, new_york, RULES, "").company == "PVSU"
    county = invite_to_casey(
        "Interview: Data Analyst II - Department of Human Services - Recruitment #2026-0871",
        start=START, organizer="noreply@governmentjobs.com",
        organizer_name="Conemaugh County, PA",
        description="Thank you for scheduling your interview for Data Analyst II - Department "
        "of Human Services (Recruitment #2026-0871) with Conemaugh County.",
    )  # fmt: skip
    assert to_interview(county, ME, new_york, RULES, "").company == "Conemaugh County"


def test_a_note_to_prepare_is_no_interview_and_a_german_job_title_is_no_candidate() -> None:
    prep = invite("Preparar 2.ª entrevista Cávado (sexta)", start=START,
                  description="rever 8D e PPAP, perguntas para o Vítor Hugo")  # fmt: skip
    assert judge(prep, ME, RULES).outcome is Outcome.NOT
    workday = invite_to_casey(
        "Interview: Projektleiter Supply Chain – Kabinenmonumente (m/w/d) at Finkenwerder "
        "Kabinensysteme GmbH",
        Attendee("svenja.kroeger@fks.example", "Svenja Kröger"),
        start=START, organizer="fks@myworkday.com",
        organizer_name="Finkenwerder Kabinensysteme GmbH",
    )  # fmt: skip
    assert judge(workday, ME, RULES).outcome is Outcome.INTERVIEW


def test_a_german_job_with_its_gender_ending_is_no_podcast() -> None:
    """ "Produktmanager:in Podcast-Apps": the podcast is the job's field."""
    ev = invite_to_casey(
        "Interview: Produktmanager:in Podcast-Apps (m/w/d) at Fischmarkt Audio GmbH",
        Attendee("yasmina@fischmarkt.example", "Yasmina Belkadi"),
        start=START,
        organizer="yasmina@fischmarkt.example",
        organizer_name="Yasmina Belkadi",
    )
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    assert judge(invite("Podcast-Interview mit Casey", start=START), ME, RULES).outcome is (
        Outcome.NOT
    )


def test_a_portuguese_jury_over_a_shared_zoom_account() -> None:
    # a university's jury typed above a Zoom copy from the research network's shared account
    # (videoconf-colibri.zoom.us): the jury by name, without "Prof.ª Doutora", "Doutor" and
    # "Dra."; the network is no employer
    zoom = invite(
        "Entrevista - Técnico(a) Superior Analista de Dados - Casey Candidate",
        start=START,
        description="Júri da entrevista - Técnico(a) Superior - Analista de Dados, Gabinete de "
        "Planeamento e Qualidade (Ref.ª UND/GPQ/14-2026):\nProf.ª Doutora Teresa Bacelar Fontes "
        "(presidente)\nDoutor Nuno Barbosa Pimenta, Gabinete de Planeamento e Qualidade\nDra. "
        "Sílvia Portela Amaral, Divisão de Recursos Humanos\n\nTeresa Bacelar Fontes está "
        "convidando você para uma reunião Zoom agendada.\n\nEntrar na reunião Zoom\n"
        "https://videoconf-colibri.zoom.us/j/84417203356?pwd=UWd3\n",
    )
    assert interviewer_names(zoom) == [
        "Nuno Barbosa Pimenta", "Sílvia Portela Amaral", "Teresa Bacelar Fontes"]  # fmt: skip
    assert to_interview(zoom, ME, ZoneInfo("Europe/Lisbon"), RULES, "").company == ""
