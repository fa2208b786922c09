"""Invites and mail as employers and systems in Austria write them.

Shapes (our own wording, after what these senders really use): Workday's German invite
from a steelmaker's tenant with "Ihr Interviewpanel:"; a bank's second round led by
"Frau Mag. Haslinger … und ich"; a university's "Aufnahmegespräch" with its "Kennzahl",
at uni-<name>.ac.at; an international organisation's CBI; a career evening with speed
dating; a mock interview booked as a "Simulation"; German rejections, waits in "Jänner",
a university's closure, a contract in Personio, papers asked for before the next round; an
invite from Personio's own mail service (m-personio.de), its second round the brand's; a
friend's "Kaffee" about a job not yet posted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import detect, to_interview
from agent.core.model import Attendee, CalendarEvent, Notes, ReplyKind
from agent.core.people import interviewers_of
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_INVITED, CASEY_RULES, invite, reply_reading

ME, RULES = CASEY.email, CASEY_RULES
VIENNA = ZoneInfo("Europe/Vienna")
START = datetime(2026, 12, 9, 8, tzinfo=UTC)


def read(ev: CalendarEvent) -> tuple[str, str, list[str]]:
    got = to_interview(ev, ME, VIENNA, RULES, "")
    return got.company, got.role, sorted(p.name for p in got.interviewers)


def test_a_workday_tenant_by_the_names_first_word_and_its_panel() -> None:
    ev = invite(
        "Interview: R-004512 Operations Controller (m/w/d) Werk Linz",
        CASEY_INVITED,
        start=START,
        organizer="ebelsberger@myworkday.com",
        organizer_name="Ebelsberger Stahlwerke",
        description="vielen Dank für Ihr Interesse an der Position Operations Controller (m/w/d) "
        "bei der Ebelsberger Stahlwerke GmbH.\nIhr Interviewpanel:\nDI Gernot Wimmer - Leiter "
        "Werkscontrolling Linz\nKatharina Aigner, BA - HR Business Partnerin\n",
    )
    company, _, people = read(ev)
    assert company == "Ebelsberger Stahlwerke"
    assert people == ["Gernot Wimmer", "Katharina Aigner"]


def test_the_writer_after_an_austrian_degree_and_herrn() -> None:
    markus = Attendee("markus.stockinger@kahlenberger.example", "Stockinger Markus")
    ev = invite(
        "KBAG | Zweitgespräch KRC - C. Candidate",
        CASEY_INVITED,
        Attendee("birgit.haslinger@kahlenberger.example", "Haslinger Birgit"),
        start=START,
        organizer=markus.email,
        organizer_name=markus.name,
        description="hier die Einladung zu unserem Zweitgespräch. Das Gespräch führen Frau Mag. "
        "Haslinger (Bereichsleiterin Risikomanagement, CRO) und ich.\n",
    )
    assert sorted(p.email for p in interviewers_of(ev, ME, Notes(), RULES)) == [
        "birgit.haslinger@kahlenberger.example",
        "markus.stockinger@kahlenberger.example",
    ]
    plant = invite(
        "ESW Linz - Werksbesuch",
        CASEY_INVITED,
        Attendee("herbert.puehringer@esw.example", "Pühringer Herbert"),
        start=START,
        organizer="katharina.aigner@esw.example",
        description="09:45 - 10:45  Rundgang Warmwalzwerk mit Ing. Herbert Pühringer\n"
        "11:00 - 12:30  Gespräch mit Herrn Pühringer und mir\n",
    )
    assert read(plant)[2] == ["Herbert Pühringer", "Katharina Aigner"]


def test_a_universitys_aufnahmegesprach() -> None:
    ev = invite(
        "Aufnahmegespräch Kennzahl 2026/0417 - Projektcontroller:in Drittmittel (C. Candidate)",
        CASEY_INVITED,
        start=START,
        organizer="doris.lechner@uni-erdberg.example",
        description="wir freuen uns, Sie zu einem Aufnahmegespräch einzuladen.\n\nMit "
        "freundlichen Grüßen\nDoris Lechner\nUniversität Erdberg\n",
    )
    assert judge(ev, ME, RULES).outcome is Outcome.INTERVIEW
    assert read(ev)[:2] == ("Universität Erdberg", "Projektcontroller:in Drittmittel")


def test_an_international_organisations_competency_based_interview() -> None:
    ev = invite(
        "CBI - VA 2026/087 Programme Management Officer (P-3) - Ms. Casey CANDIDATE",
        CASEY_INVITED,
        start=START,
        organizer="recruitment@iedo.example",
        organizer_name="IEDO Recruitment",
    )
    company, role, _ = read(ev)
    assert company == "IEDO" and role.startswith("Programme Management Officer")


@pytest.mark.parametrize(
    ("title", "text", "outcome"),
    [
        ("Finance & Controlling Career Evening – Brigittenauer Bau AG",
         "Nach kurzen Inputs gibt es Speed-Dating mit den Teams – gute Gespräche können direkt "
         "zu einer Einladung zum Vorstellungsgespräch führen.", Outcome.MAYBE),
        ("Bewerbungsgespräch-Simulation (60 Min.) mit Theresa Holzer", "", Outcome.NOT),
    ],
)  # fmt: skip
def test_events_around_interviews(title: str, text: str, outcome: Outcome) -> None:
    assert judge(invite(title, start=START, description=text), ME, RULES).outcome is outcome


def kind(body: str) -> tuple[ReplyKind, date | None]:
    return reply_reading(body, "Ihre Bewerbung")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wir haben uns letztlich für eine Kandidatin entschieden, die bereits mehrere "
         "Implementierungen begleitet hat.", (ReplyKind.REJECTION, None)),
        ("Die Aufnahmegespräche sind abgeschlossen, das Verfahren selbst ist es allerdings noch "
         "nicht. Erfahrungsgemäß ist mit einer Entscheidung daher erst im Laufe des Jänners zu "
         "rechnen.", (ReplyKind.STILL_DECIDING, None)),
        ("Das Auswahlverfahren ist noch nicht abgeschlossen. Da die Universität von 24.12.2026 "
         "bis 6.1.2027 geschlossen ist, werden wir Sie bis 12. Jänner 2027 über das Ergebnis "
         "informieren.", (ReplyKind.STILL_DECIDING, date(2027, 1, 12))),
        ("Gerne möchten wir Sie im nächsten Schritt zu uns ins Werk Linz einladen, damit Sie "
         "die Produktion und das Team vor Ort kennenlernen.", (ReplyKind.NEXT_ROUND, None)),
        ("Dein Dienstvertrag liegt in Personio zur Ansicht und digitalen Signatur bereit. "
         "Sobald du unterschrieben hast, lade bitte die Dokumente im Onboarding-Portal hoch.",
         (ReplyKind.OTHER, None)),
        ("Aufgabe: Unterlagen vervollständigen\nBitte laden Sie vor Ihrem nächsten Gespräch "
         "folgende Unterlagen in unserem Karriereportal hoch.", (ReplyKind.OTHER, None)),
    ],
)  # fmt: skip
def test_austrian_mail(body: str, expected: tuple[ReplyKind, date | None]) -> None:
    assert kind(body) == expected


def test_an_observer_and_a_partner_with_his_colleague() -> None:
    ruttner = Attendee("andreas.ruttner@bmevd.example", "Ruttner Andreas")
    ev = invite(
        "Aufnahmegespräch Referent:in Budgetcontrolling (Abt. II/4) - Candidate",
        CASEY_INVITED,
        Attendee("sonja.pichlmayr@bmevd.example", "Pichlmayr Sonja"),
        Attendee("ursula.wagner-seidl@bmevd.example", "Wagner-Seidl Ursula",
                 role="opt-participant"),
        start=START,
        organizer=ruttner.email,
        organizer_name=ruttner.name,
        description="Die Kommission besteht aus Frau MMag.a Sonja Pichlmayr (Leiterin der "
        "Abteilung II/4, Vorsitz) und mir seitens der Personalabteilung. Frau Ursula "
        "Wagner-Seidl nimmt als Vertreterin des Dienststellenausschusses (Personalvertretung) "
        "als Beobachterin teil.\n",
    )  # fmt: skip
    assert read(ev)[2] == ["Andreas Ruttner", "Sonja Pichlmayr"]
    zoom = invite(
        "Interview Senior Consultant Finance Transformation | Pollak & Wiesinger",
        start=START,
        organizer="clemens.wiesinger@pw-consulting.example",
        organizer_name="Clemens Wiesinger",
        description="Seitens Pollak & Wiesinger sind meine Kollegin Daniela Koller (Managerin "
        "Finance Transformation) und ich im Gespräch.\nBeste Grüße\nClemens Wiesinger\n\n"
        "Clemens Wiesinger lädt Sie zu einem geplanten Zoom-Meeting ein.\n",
    )
    assert read(zoom)[2] == ["Clemens Wiesinger", "Daniela Koller"]


def test_personios_mail_service_is_a_system_and_its_round_the_brands() -> None:
    first = invite(
        "Interview: Finance & Operations Lead (all genders) - Yppen Labs GmbH",
        CASEY_INVITED,
        start=START,
        organizer="yppenlabs-jobs@m-personio.de",
        organizer_name="Yppen Labs GmbH",
        description="Hi Casey,\n\nthanks a lot for applying as Finance & Operations Lead (all "
        "genders) at yppa!\n\nWith: Lena Brandstätter (Co-Founder & CEO) and Aylin Demir (Head "
        "of People)\n\nLiebe Grüße\nAylin\n\nAylin Demir | Head of People\nYppen Labs GmbH (yppa)",
        uid="p1",
    )
    second = invite(
        "yppa x Casey – Case & Team",
        Attendee("lena@yppa.at", "Lena Brandstätter"),
        Attendee("jakob@yppa.at", "Jakob Szabo"),
        CASEY_INVITED,
        start=datetime(2026, 12, 16, 13, tzinfo=UTC),
        organizer="lena@yppa.at",
        organizer_name="Lena Brandstätter",
        description="14:00 du präsentierst deinen Case\n14:30 Q&A mit Jakob und mir\n\nLena",
        uid="p2",
    )
    found, _ = detect([first, second], me=ME, tz=VIENNA, rules=RULES)
    assert [i.uid for i in found] == ["p1", "p2"]
    assert found[0].company == "Yppen Labs"
    assert found[0].role == "Finance & Operations Lead"
    assert found[1].application == found[0].application


def test_a_friends_kaffee_about_a_job_not_yet_posted_is_asked_about() -> None:
    friend = Attendee("verena.haberl@gmail.com", "Verena Haberl")
    coffee = invite(
        "Kaffee Verena & Casey ☕",
        friend,
        CASEY_INVITED,
        start=START,
        organizer="verena.haberl@gmail.com",
        organizer_name="Verena Haberl",
        description="Wie am Telefon erzählt: mein Chef überlegt, im Frühjahr jemanden fürs "
        "Fondsreporting / Controlling dazuzunehmen. Ausgeschrieben ist noch gar nichts – also "
        "wirklich nur ein Plaudern.\n\nWenn du magst, schick mir danach deinen CV.",
    )
    assert judge(coffee, ME, RULES).outcome is Outcome.MAYBE
    plain = invite(
        "Kaffee Verena & Casey ☕",
        friend,
        CASEY_INVITED,
        start=START,
        organizer="verena.haberl@gmail.com",
        description="Endlich klappt's!",
    )
    assert judge(plain, ME, RULES).outcome is Outcome.NOT
