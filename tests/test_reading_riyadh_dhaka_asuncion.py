"""Invites and mail as employers in Riyadh, Dhaka and Asunción write them.

Shapes (our own wording, after what these senders use): a working week of Sunday to Thursday
and one of Saturday to Thursday, a foreign employer's own week; a viva before a board, a
form's "Roll No.", a bank's grade with its field in brackets; a panel that "will be
interviewed by", two fields of one post, a country after a post; a graduate programme's
year; Spanish rejections, next stages, waits and questions of a concurso and a bank; a
university's recess and a group's "recesso coletivo"; a body labelled UTF-8 that is
Windows-1252.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from agent import mime
from agent.core.dates import find_date
from agent.core.days_off import FRIDAY_SATURDAY, weekend_of
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import split_name_list
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite_to_casey, reply_in_country

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)
RIYADH = timezone(timedelta(hours=3))


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


classified = reply_in_country


# --------------------------------------------------------------------------- weeks


def test_the_countries_that_rest_on_friday_and_saturday_agree_with_the_holiday_calendar() -> None:
    import holidays  # noqa: PLC0415 (slow import, this test only)

    for country in ("SA", "BD", "EG", "IL", "QA", "KW", "OM", "BH", "JO", "IQ", "YE"):
        assert weekend_of(country) == FRIDAY_SATURDAY
        assert set(holidays.country_holidays(country).weekend) == set(FRIDAY_SATURDAY), country
    assert weekend_of("AE") == weekend_of("US") == weekend_of("") == frozenset({5, 6})


def test_a_local_employers_working_days_are_the_persons_and_a_foreign_ones_its_own() -> None:
    body = "No decision yet. We will inform candidates within 5 working days of their interview."
    dubai = timezone(timedelta(hours=4))
    # interviewed Sunday 6 December: Riyadh counts 7, 8, 9, 10 and Sunday 13
    assert classified(
        body, "SA", date(2026, 12, 8), interviewed=date(2026, 12, 6), sent_from=RIYADH,
        zone=RIYADH,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 13))  # fmt: skip
    # ... and Dubai its Monday to Friday: 7, 8, 9, 10, 11
    assert classified(
        body, "SA", date(2026, 12, 8), interviewed=date(2026, 12, 6), sent_from=dubai,
        zone=RIYADH,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 11))  # fmt: skip


def test_a_week_from_saturday_to_thursday_and_one_they_keep_elsewhere() -> None:
    factory = (
        "We will inform you of the decision within 7 (seven) working days from today. Our head "
        "office and factory are open from Saturday to Thursday."
    )
    # Tuesday 8 December: 9, 10, 12 (Saturday), 13, 14, 15, 16
    found = find_date(factory, after=date(2026, 12, 8))
    assert found is not None and found.value == date(2026, 12, 16)
    relayed = (
        "They will confirm their choice within 3 business days of the final interview on "
        "Thursday 17 December. Bear in mind they work Monday to Friday."
    )
    found = find_date(relayed, after=date(2026, 12, 9), weekend=FRIDAY_SATURDAY)
    assert found is not None and found.value == date(2026, 12, 22)  # 18, 21, 22


# --------------------------------------------------------------------------- events and people


def test_a_viva_before_a_board_with_a_banks_grade_and_a_forms_roll_number() -> None:
    hr = Attendee("tanvir.hr@padmabank.example", "Tanvir Ahmed")
    chair = Attendee("rafiq.islam@padmabank.example", "Rafiqul Islam")
    event = invite_to_casey(
        "Viva Voce – Senior Officer (Credit Risk), CRM – Roll PBL-CRM-0042", hr, chair,
        start=START, organizer=hr.email, organizer_name=hr.name,
        description="You are requested to appear before the Viva Board as per the following "
        "schedule:\n\nDate: 16/12/2026\nVenue: Board Room\nRoll No.: PBL-CRM-0042\n\nThe Viva "
        "Board will consist of Mr. Rafiqul Islam, DMD (Chairman), and Ms. Lubna Haque, Head of "
        "HR.\n\nI will receive you at the reception; I am not a member of the Viva Board.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    interview = read(event)
    assert interview.role == "Senior Officer (Credit Risk)"
    assert sorted(p.name for p in interview.interviewers) == ["Lubna Haque", "Rafiqul Islam"]


def test_a_universitys_viva_typed_above_zoom_with_its_board_and_registrar() -> None:
    event = invite_to_casey(
        "Viva Voce – Assistant Registrar (IQAC)", start=START,
        description="Viva Board for the post of Assistant Registrar, Internal Quality Cell "
        "(IQAC), Karnaphuli University (Memo No. KU/Reg/2026/77). Board: Prof. Dr. Selina "
        "Akhter, Pro-Vice-Chancellor (Chairman); Dr. Tariq Hasan, Director, IQAC (Member).\n\n"
        "Karnaphuli University Registrar Office is inviting you to a scheduled Zoom meeting.",
    )  # fmt: skip
    interview = read(event)
    assert interview.company == "Karnaphuli University"
    assert [p.name for p in interview.interviewers] == ["Selina Akhter", "Tariq Hasan"]


def test_two_fields_of_one_post_a_country_after_a_post_and_an_interview_by_those_named() -> None:
    assert split_name_list(
        "Rina Das, Country Director; and Dr Meera Iyer, Regional Monitoring & Learning Adviser"
    ) == [("Rina Das", "Country Director", ""),
          ("Dr Meera Iyer", "Regional Monitoring & Learning Adviser", "")]  # fmt: skip
    assert split_name_list(
        "Arif Khan, Supply Chain Director, Bangladesh, and Lamia Rahman, Finance Director"
    ) == [("Arif Khan", "Supply Chain Director, Bangladesh", ""),
          ("Lamia Rahman", "Finance Director", "")]  # fmt: skip
    writer = Attendee("hr@knitworks.example", "Abdul Karim")
    director = Attendee("shafiq@knitworks.example", "Shafiq Uddin")
    event = invite_to_casey(
        "Interview – Executive, Planning", writer, director, start=START,
        organizer=writer.email, organizer_name=writer.name,
        description="You will be interviewed by our Director – Merchandising, Mr. Shafiq Uddin, "
        "and our GM – Planning, Mr. Habib Rahman. I will receive you at Gate 2.",
    )  # fmt: skip
    assert sorted(p.name for p in read(event).interviewers) == ["Habib Rahman", "Shafiq Uddin"]


def test_a_programmes_year_the_persons_note_and_the_part_of_town_in_brackets() -> None:
    event = invite_to_casey(
        "Final round – Meghna Group HR (Banani)", start=START,
        location="Meghna Tower, Banani, Dhaka",
        description="Meeting Farhan Kabir (Group CFO) + Sadia Noor (Head of Group HR). Post: "
        "Graduate Trainee – Future Leaders Programme 2027.",
    )  # fmt: skip
    interview = read(event)
    assert interview.company == "Meghna Group"
    assert [p.name for p in interview.interviewers] == ["Farhan Kabir", "Sadia Noor"]
    assert "2027" in interview.role


def test_a_staffing_firms_client_round_named_by_the_team_or_the_first_word() -> None:
    client = Attendee("mia@harborline.example", "Mia Chen")
    firm = Attendee("ana@ybytu.example", "Ana Benítez")
    event = invite_to_casey(
        "Ybytu x Harborline – Client Interview", client, firm, start=START,
        organizer=client.email, organizer_name=client.name,
        description="This is the client-side interview for the Data Engineer role on the Ybytu "
        "Labs team that supports our platform: you'd be a Ybytu employee.",
    )  # fmt: skip
    assert read(event).company == "Ybytu Labs"


def test_a_concurso_in_the_persons_note_its_post_its_commission_and_no_portal() -> None:
    event = invite_to_casey(
        "Entrevista Comisión – MOPV (Paraguay Concursa)", start=START,
        location="MOPV – Oliva 500, Asunción",
        description="Concurso Público de Oposición N.º 98/2026 – Profesional en Estadística Vial. "
        "Comisión de Selección: Ing. Ramón Giménez (presidente), Abg. Laura Ríos y Econ. Hugo "
        "Vera. Va una veedora que solo observa.",
    )  # fmt: skip
    interview = read(event)
    assert (interview.company, interview.role) == ("MOPV", "Profesional en Estadística Vial")
    assert [p.name for p in interview.interviewers] == ["Ramón Giménez", "Laura Ríos", "Hugo Vera"]


def test_a_senior_analysts_sr_is_no_cut_and_a_secretary_without_a_vote() -> None:
    hr = Attendee("sel@bancoyby.example", "Noelia Acosta")
    chair = Attendee("presi@bancoyby.example", "Pedro Benítez")
    event = invite_to_casey(
        "Entrevista – Analista Sr. de Riesgo – Banco Yby", hr, chair, start=START,
        organizer=hr.email, organizer_name=hr.name,
        description="Le confirmamos la entrevista para el cargo de Analista Sr. de Riesgo en Banco "
        "Yby. La Comisión de Selección está integrada por el Lic. Pedro Benítez y la Abg. Rosa "
        "Duarte. Quien suscribe actuará como Secretaria de la Comisión, sin voz ni voto.",
    )  # fmt: skip
    interview = read(event)
    assert interview.role == "Analista Sr. de Riesgo"
    assert sorted(p.name for p in interview.interviewers) == ["Pedro Benítez", "Rosa Duarte"]


def test_a_friends_team_that_may_hire_once_the_budget_is_approved() -> None:
    for title, description in (
        ("Coffee w/ Nabila", "Re your question about Surma Insurance: my boss says we'll set up "
         "an analytics unit once the board approves the budget, but no circular is out yet."),
        ("Tereré con Lara", "Lo de Seguros Ñandu: mi gerente quiere sumar un analista si el "
         "directorio aprueba el presupuesto, pero no hay aviso publicado."),
    ):  # fmt: skip
        friend = Attendee("friend@gmail.com", "Friend")
        event = invite_to_casey(title, friend, start=START, organizer=friend.email,
                                description=description)  # fmt: skip
        assert judge(event, ME, RULES).outcome is Outcome.MAYBE, title


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("El cliente se decidió por otra persona del pipeline. Así que no seguimos adelante con "
         "tu candidatura esta vez.", ReplyKind.REJECTION),
        ("Resolvimos seguir el proceso con candidatos que tienen más experiencia en pagos.",
         ReplyKind.REJECTION),
        ("Usted ha sido habilitada para la Etapa IV – Entrevista del concurso, el jueves 17 de "
         "diciembre a las 09:00 hs.", ReplyKind.NEXT_ROUND),
        ("Nos complace comunicarle que ha sido seleccionada para la segunda y última entrevista "
         "del proceso.", ReplyKind.NEXT_ROUND),
        ("La Comisión aún no ha concluido la evaluación. Por el momento no es posible indicarle "
         "una fecha.", ReplyKind.STILL_DECIDING),
        ("Antes de avanzar necesito que me respondas unas consultas: tu pretensión salarial y tu "
         "preaviso. Esto no significa que ya haya una decisión, es solo para la siguiente "
         "etapa.", ReplyKind.OTHER),
        ("You are hereby requested to appear before the Viva Board on 17/12/2026 at 11:00 AM.",
         ReplyKind.NEXT_ROUND),
        ("Thank you for applying. We have received your application. Next, you will receive an "
         "invitation to complete our online assessments.", ReplyKind.RECEIPT),
        ("The recommendation of the Viva Board will be placed before the Syndicate for approval, "
         "so I am not able to tell you when the result will be published.",
         ReplyKind.STILL_DECIDING),
        ("Before your final interview, could you reply to the three questions below?\n\n1. Your "
         "notice period.\n\nThis is only for planning – no decision has been made on your "
         "application.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_spanish_and_south_asian_mail(body: str, kind: ReplyKind) -> None:
    assert classified(body, "PY", date(2026, 12, 9))[0] is kind


def test_a_recess_is_no_decision_date_and_a_groups_recesso_is_skipped() -> None:
    recess = (
        "La Universidad entra en receso desde el lunes 21 de diciembre hasta el viernes 8 de "
        "enero, así que esperamos comunicar la decisión a mediados de enero."
    )
    found = find_date(recess, after=date(2026, 12, 9), month_first=False)
    assert found is not None and found.value == date(2027, 1, 15)
    group = (
        "La última entrevista es el miércoles 16/12. Darán una respuesta dentro de los 10 días "
        'hábiles siguientes a esa última entrevista. El grupo tiene "recesso coletivo" del 24/12 '
        "al 1/1 inclusive."
    )
    found = find_date(group, after=date(2026, 12, 9), month_first=False)
    assert found is not None and found.value == date(2027, 1, 8)


def test_a_count_written_10_diez_and_others_interviews_next_week() -> None:
    assert classified(
        "El resultado se comunicará dentro de los 10 (diez) días hábiles siguientes a la fecha de "
        "su entrevista.", "PY", date(2026, 12, 9), interviewed=date(2026, 12, 3),
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 18))  # fmt: skip
    assert classified(
        "Todavía no tenemos una decisión: la semana que viene Diego entrevista a dos personas "
        "más. Te vamos a dar una respuesta dentro de los próximos 5 días hábiles.",
        "PY", date(2026, 12, 9),
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 16))  # fmt: skip


def test_a_body_labelled_utf8_that_is_windows_1252_reads_as_written() -> None:
    raw = (
        b"From: hr@employer.example\r\nTo: casey@example.com\r\nSubject: Novedades\r\n"
        b"Date: Wed, 9 Dec 2026 10:00:00 -0300\r\nMessage-ID: <x@y>\r\n"
        b'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable'
        b"\r\n\r\nQuer=EDa contarte c=F3mo termin=F3 \xe2\x80\x93 gracias.\r\n"
    )
    body = mime.parse(raw, id="m").body
    assert body is not None and body.strip() == "Quería contarte cómo terminó – gracias."
