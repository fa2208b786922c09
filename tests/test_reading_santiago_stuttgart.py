"""Invites and mail as Santiago's and Stuttgart's employers write them.

Shapes (our own wording, after what these senders use): Chilean Spanish ("pasaste a la
final", "¿te tinca una primera conversación?", "nos fuimos con otra persona", a public
service's "no fue incluida en la terna"), a holiday named beside a count of business days,
SuccessFactors notices marked Auto-Submitted, a German public employer's rejection.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agent.core.dates import find_date
from agent.core.model import ReplyKind
from agent.core.replies import automated_reason
from tests.builders import inbox_message, reply_reading

START = datetime(2026, 12, 9, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Casey!! Buenas noticias: el Mati y la Cata quedaron felices y pasaste a la final. "
         "¿Te acomoda el miércoles 9/12 a las 16:00?", ReplyKind.NEXT_ROUND),
        ("Junto con saludar, informo a usted que usted ha sido preseleccionada para la etapa de "
         "Entrevista de Valoración Global ante la Comisión Evaluadora.", ReplyKind.NEXT_ROUND),
        ("Vi tu postulación en Get on Board. ¿Te tinca una primera conversación de 45 minutos "
         "la próxima semana?", ReplyKind.NEXT_ROUND),
        ("Te cuento que Frutícola Rapel decidió quedarse con un candidato interno, así que en "
         "este proceso no seguimos adelante.", ReplyKind.REJECTION),
        ("Al final nos fuimos con otra persona para Product Analyst. Fue una decisión difícil.",
         ReplyKind.REJECTION),
        ("Finalizada la etapa de Entrevista de Valoración Global, usted no fue incluida en la "
         "terna propuesta a la autoridad.", ReplyKind.REJECTION),
        ("Le informamos que hemos decidido continuar el proceso con otros postulantes cuyos "
         "perfiles se ajustan de mejor manera.", ReplyKind.REJECTION),
        ("Nos encantaría que te sumaras a Kiltro Studio como Unity Developer Senior. Te "
         "ofrecemos $3.100.000 brutos mensuales, contrato indefinido.", ReplyKind.OFFER),
        # papers asked of everyone who goes on, "no implica una decisión": no round of theirs
        ("Antes de la entrevista técnica, le pido enviarnos su certificado de antecedentes y la "
         "autorización para verificar referencias laborales. Lo solicitamos a todas las "
         "personas que avanzan a la segunda etapa; no implica una decisión.", ReplyKind.OTHER),
        ("Die Auswahlkommission hat sich nach eingehender Beratung für eine Mitbewerberin "
         "entschieden. Wir können Ihnen die Stelle daher nicht anbieten.", ReplyKind.REJECTION),
        ("Ich hab lange hin und her überlegt – am Ende haben wir uns für jemanden entschieden, "
         "der schon länger mit Flutter arbeitet.", ReplyKind.REJECTION),
        ("Herr Strähle und ich sind uns einig: Wir möchten Sie gern im Team haben und bieten "
         "Ihnen die Stelle als Konstrukteur Sondermaschinenbau (m/w/d) an.", ReplyKind.OFFER),
    ],
)  # fmt: skip
def test_santiago_and_stuttgart_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body)[0] is expected


def test_a_wait_with_the_day_the_process_closes() -> None:
    body = ("El cliente aún no decide; esta semana ven a dos personas más y quieren cerrar el "
            "proceso antes del 23-12-2026.")  # fmt: skip
    assert reply_reading(body, on=date(2026, 12, 7)) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 23),
    )


def test_a_holiday_named_beside_a_count_of_business_days_is_no_decision_day() -> None:
    text = ("Le daremos una respuesta dentro de los próximos tres días hábiles (recuerde que el "
            "martes 8 es feriado).")  # fmt: skip
    chile = {date(2026, 12, 8): "Inmaculada Concepción"}
    found = find_date(text, after=date(2026, 12, 4), holidays=chile)
    assert found is not None and found.value == date(2026, 12, 10)  # Mon 7, Wed 9, Thu 10


def test_a_tracking_systems_notice_marked_auto_generated_is_read() -> None:
    notice = inbox_message(
        "noreply@successfactors.com",
        "Resultado de su postulación - Ingeniero/a de Procesos",
        "Agradecemos su interés y el tiempo dedicado a postular al cargo. Le informamos que "
        "hemos decidido continuar el proceso con otros postulantes.",
        received=START,
        name="Compañía Minera Loa Norte - Selección",
        headers={"auto-submitted": "auto-generated"},
    )
    assert automated_reason(notice) is None
    answered = inbox_message(
        "casey.friend@example.org",
        "Re: hola",
        "Estoy fuera.",
        received=START,
        headers={"auto-submitted": "auto-replied"},
    )
    assert automated_reason(answered) is not None
