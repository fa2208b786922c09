"""Invites and mail as Seville's and Prague's employers write them.

Shapes (our own wording, after what these senders really use): Spanish rejections in a
person's own words ("nos hemos decantado por", "se la vamos a dar a Maite"), Personio's and
InfoJobs' Spanish receipts, a public agency's "ha resultado convocado/a a la fase de
entrevista", Outlook's "Fuera de la oficina:", a tribunal "estará compuesto por Dña. ...";
Czech rejections, offers, waits and a ministry's "zveme Vás k pohovoru", Czech's reflexive
"si", "(m/ž), HPP", "do konce příštího týdne", "začátkem ledna", "mezi 14. a 16. 12.".
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import ReplyKind
from agent.core.people import names_in_description
from agent.core.replies import automated_reason
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
START = datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
PRAGUE = ZoneInfo("Europe/Prague")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Spanish
        ("Enrique y yo hemos valorado mucho tu entrevista, pero nos hemos decantado por una "
         "persona que ya conoce la campaña desde dentro.", ReplyKind.REJECTION),
        ("Tras revisar detenidamente todas las candidaturas, hemos decidido no continuar con la "
         "tuya en esta ocasión.", ReplyKind.REJECTION),
        ("Al final la coordinación de rutas se la vamos a dar a Maite, que lleva tres temporadas "
         "con nosotros.", ReplyKind.REJECTION),
        ("Lo tenemos clarísimo: nos encantaría que te unieras a Rutas del Norte como Head of "
         "Operations. La propuesta: contrato indefinido.", ReplyKind.OFFER),
        ("¡Conservas Olvera quiere contar contigo como Técnico/a de Logística! Condiciones que me "
         "pasa el cliente:", ReplyKind.OFFER),
        ("¡muchas gracias por tu candidatura para el puesto de Revenue Manager! La hemos recibido "
         "correctamente y la revisaremos con atención.", ReplyKind.RECEIPT),
        ("Tu candidatura se ha enviado correctamente a la oferta: Ingeniero/a de Fabricación.",
         ReplyKind.RECEIPT),
        ("Le comunicamos que ha resultado convocado/a a la fase de entrevista, que se celebrará "
         "el lunes 14/12/2026 a las 09:30 h.", ReplyKind.NEXT_ROUND),
        ("La comisión de selección ha acordado convocarle a la fase de entrevista por "
         "videoconferencia.", ReplyKind.NEXT_ROUND),
        ("Como hacemos con todas las personas finalistas, antes de la visita del miércoles te "
         "pedimos que nos envíes copia del título. Esto es un trámite y no supone ninguna "
         "decisión sobre el proceso.", ReplyKind.OTHER),
        # Czech
        ("Po pečlivém zvážení jsme se bohužel rozhodli pokračovat s uchazeči, jejichž profil "
         "více odpovídá aktuálním požadavkům pozice.", ReplyKind.REJECTION),
        ("Na základě pohovoru a výsledků písemné zkoušky jste nebyla vybrána jako nejvhodnější "
         "žadatelka.", ReplyKind.REJECTION),
        ("Klient se nakonec rozhodl obsadit pozici Quality Managera interním kandidátem, takže v "
         "tomto procesu už nepokračujeme.", ReplyKind.REJECTION),
        # (the reflexive "si" is no Spanish "if")
        ("Velice si vážíme Vašeho zájmu, ale musíme Vám sdělit, že jsme se rozhodli dát "
         "přednost jiným uchazečům.", ReplyKind.REJECTION),
        ("Nakonec jsme se rozhodli jít s někým, kdo má víc zkušeností s React Native.",
         ReplyKind.REJECTION),
        ("Rádi bychom Vám nabídli pozici Financial Controller (m/ž) v Cordell Payments.",
         ReplyKind.OFFER),
        ("Vaše žádost splnila předpoklady, a zveme Vás proto k pohovoru před výběrovou komisí.",
         ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_seville_and_prague_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 7))[0] is expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        ("Zatím jsme se nerozhodli. Rozhodnutí ti dáme vědět do konce příštího týdne.",
         date(2026, 12, 3), date(2026, 12, 11)),
        ("Kvůli konci roku ale o tom, koho pozveme dál, rozhodneme až začátkem ledna.",
         date(2026, 12, 8), date(2027, 1, 10)),
        ("Ještě jsme se nerozhodli. Rozhodnutí bychom chtěli mít v polovině prosince.",
         date(2026, 12, 4), date(2026, 12, 15)),
        ("Rozhodnutí ještě nepadlo. Finální slovo ti dáme mezi 14. a 16. 12.",
         date(2026, 12, 8), date(2026, 12, 16)),
    ],
)  # fmt: skip
def test_czech_waits_and_their_days(body: str, on: date, expected: date) -> None:
    assert reply_reading(body, on=on) == (ReplyKind.STILL_DECIDING, expected)


def test_a_czech_wait_without_a_day() -> None:
    said = "Výběrové řízení ještě není uzavřené. Přesný termín Vám zatím říct nemohu."
    assert reply_reading(said, on=date(2026, 12, 7)) == (ReplyKind.STILL_DECIDING, None)


def test_a_dotted_czech_day_after_do() -> None:
    found = find_date("rozhodneme do 18. 12.", after=date(2026, 12, 8))
    assert found is not None and found.value == date(2026, 12, 18)


def test_outlooks_spanish_out_of_office_subject() -> None:
    msg = inbox_message(
        "borja@talent.example", "Fuera de la oficina: Carteia - una pregunta",
        "Estoy disfrutando del puente y volveré a la oficina el miércoles 9 de diciembre.",
        received=datetime(2026, 12, 7, 9, tzinfo=UTC),
    )  # fmt: skip
    assert automated_reason(msg) is not None


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Te entrevistará Paloma Gallardo, Directora de Personas, junto con Tomás Benítez, "
         "Director Comercial.", ["Paloma Gallardo", "Tomás Benítez"]),
        ("El tribunal, conforme a la resolución de 20 de noviembre, estará compuesto por Dña. "
         "Remedios Cabello Domínguez, Directora, que lo presidirá; D. Manuel Jesús Orellana "
         "Pozo, Jefe del Servicio; y Dña. Elena Piñero Vázquez, Técnica.",
         ["Elena Piñero Vázquez", "Manuel Jesús Orellana Pozo", "Remedios Cabello Domínguez"]),
        ("Te reunirás en sus oficinas de Málaga con Beatriz Almansa, CEO y cofundadora, y con "
         "Luis Ferrer-Vidal, CFO. Yo no participaré en la entrevista.",
         ["Beatriz Almansa", "Luis Ferrer-Vidal"]),
        ("Os evaluarán Araceli Moya, Jefa de Operaciones, y Daniel Ortiz, Talent Acquisition.",
         ["Araceli Moya", "Daniel Ortiz"]),
        ("Hodnotit Vás budu já, Simona Kubištová a naše obchodní ředitelka Ing. Dana "
         "Pospíchalová, která se připojí na prezentaci.",
         ["Dana Pospíchalová", "Simona Kubištová"]),
        ("Rádi bychom tě poznali. Na callu budu já a naše producentka Johana Pilařová.",
         ["Johana Pilařová"]),
    ],
)  # fmt: skip
def test_panels(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(re.sub(r"^(?:Dña|D|Ing)\.\s+", "", n) for n, _ in found) == names


def test_a_universitys_zoom_copy_named_for_its_unit_and_body() -> None:
    event = invite(
        "Concurso PTA-INV 12/2026 - Entrevistas", start=START,
        description="Entrevista - Técnico/a de Apoyo a la Investigación, Proyecto AGROCLIMA "
        "(concurso PTA-INV 12/2026). Comisión de selección: Dr. Rafael Cordero Lobato "
        "(presidente) y Dra. Amparo Villegas Soria (vocal).\n\nServicio de Investigación - "
        "Universidad de Marismas del Guadalquivir le está invitando a una reunión de Zoom "
        "programada.\n",
    )  # fmt: skip
    read = to_interview(event, ME, ZoneInfo("Europe/Madrid"), RULES, "")
    assert (read.company, read.role) == (
        "Universidad de Marismas del Guadalquivir", "Técnico/a de Apoyo a la Investigación"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "description", "company", "role", "names"),
    [
        ("Llamada Bodegas Carrascal - Marisa Galán (RRHH)",
         "Me llama ella al móvil. Puesto: Responsable de Enoturismo (El Puerto de Santa María). "
         "Preguntar: horarios.", "Bodegas Carrascal", "Responsable de Enoturismo",
         ["Marisa Galán"]),
        ("Telefonát Stavona Engineering (HR)",
         "Volá Zuzana Jedličková z HR na mobil. Pozice: Výpočtář FEM – crash & NVH (m/ž), Brno, "
         "HPP.\nZmínit: Abaqus.", "Stavona Engineering", "Výpočtář FEM – crash & NVH",
         ["Zuzana Jedličková"]),
    ],
)  # fmt: skip
def test_the_persons_own_notes_of_calls(
    title: str, description: str, company: str, role: str, names: list[str]
) -> None:
    note = invite(title, start=START, description=description, location="Telefon")
    assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    read = to_interview(note, ME, PRAGUE, RULES, "")
    assert (read.company, read.role) == (company, role)
    assert [i.name for i in read.interviewers] == names


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company", "role"),
    [
        ("Pohovor – Konstruktér podvozkových dílů (m/ž), HPP – Mladá Boleslav",
         "noreply@successfactors.eu", "", "Bezděz Automotive", "Konstruktér podvozkových dílů"),
        ("Pohovor – Vedoucí varny / sládek (HPP) – Pivovar Ostrá Hůrka", "", "",
         "Pivovar Ostrá Hůrka", "Vedoucí varny"),
        ("Pohovor Aldermoor – Účetní AP/AR s NJ (přes Avantis)", "marketa@avantis.example",
         "posílám potvrzení pohovoru u našeho klienta, společnosti Aldermoor Financial Services "
         "Brno s.r.o., na pozici Účetní AP/AR s němčinou (m/ž), HPP.",
         "Aldermoor Financial Services Brno", "Účetní AP/AR s NJ"),
    ],
)  # fmt: skip
def test_czech_companies_and_roles(
    title: str, organizer: str, description: str, company: str, role: str
) -> None:
    event = (
        invite_to_casey(
            title,
            start=START,
            organizer=organizer,
            description=description,
            organizer_name="Bezděz Automotive - Nábor" if "successfactors" in organizer else "",
        )  # fmt: skip
        if organizer
        else invite(title, start=START, description=description)
    )
    read = to_interview(event, ME, PRAGUE, RULES, "")
    assert (read.company, read.role) == (company, role)


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        ("Kafe s Irenou", "irena.v@gmail.com",
         "U nás v Pivovaru se možná od jara otevře místo v controllingu, zatím to ale není nic "
         "oficiálního. Můj šéf Honza by tě rád poznal.", Outcome.MAYBE),
        ("Kariérní den Mladá Boleslav 2026", "",
         "Přijďte si popovídat s personalisty z více než 30 firem. U stánků můžete nechat "
         "životopis.", Outcome.MAYBE),
        ("Andalucía Aerospace Jobs Day 2026 - Foro de empleo", "",
         "Más de 30 empresas con stands, charlas y speed networking con los equipos de selección.",
         Outcome.MAYBE),
        ("Kosmonosy Precision – schůzka s GŘ a HR (Head of Quality)", "jitka@search.example",
         "potvrzuji schůzku s vedením mého klienta, společnosti Kosmonosy Precision a.s., k "
         "pozici Head of Quality. Já se schůzky neúčastním.", Outcome.INTERVIEW),
    ],
)  # fmt: skip
def test_what_is_and_is_not_an_interview(
    title: str, organizer: str, description: str, outcome: Outcome
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is outcome


def test_a_czech_and_before_a_title_parts_two_people() -> None:
    event = invite_to_casey(
        "AC Hostivar – 2. kolo", start=START, organizer="vojtech@hostivar.example",
        organizer_name="Vojtěch Řezníček",
        description="Hodnotit Vás budu já, Simona Kubištová a naše obchodní ředitelka Ing. Dana "
        "Pospíchalová, která se připojí na prezentaci.",
    )  # fmt: skip
    assert interviewer_names(event) == ["Dana Pospíchalová", "Simona Kubištová", "Vojtěch Řezníček"]


def test_a_committees_secretary_who_is_no_member_gets_no_thanks() -> None:
    event = invite_to_casey(
        "Pohovor – výběrové řízení MDS-48213/2026-PERS (rada, oddělení rozpočtu)", start=START,
        organizer="hana@mds.example", organizer_name="Vlčková Hana",
        description="Zveme Vás k pohovoru.\n\nJsem tajemnicí výběrové komise a zajišťuji "
        "organizační stránku pohovoru; členkou komise nejsem.",
    )  # fmt: skip
    assert interviewer_names(event) == []
