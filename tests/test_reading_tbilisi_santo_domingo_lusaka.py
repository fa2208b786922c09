"""Invites and mail as employers in Tbilisi, Santo Domingo and Lusaka write them.

Shapes (our own wording, after what these senders use): Georgian mail and titles, Russian
from Almaty and Tbilisi, a name on the invite written out in Cyrillic; counts in another
country's working days ("those are UK working days", "el calendario de Estados Unidos"), days
a writer says are holidays there or working days for them, the one holiday of a period; a
hotel's Monday-to-Saturday week; a count after a committee's session named the sentence
before; a firm that says who would employ the person; an agency the title names after "vía";
the role in brackets after the person's own name; a civil service commission in a note.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from agent.core.dates import find_date
from agent.core.detect import detect, to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import split_name_list
from agent.core.people import names_in_description
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite_to_casey, reply_in_country

ME, RULES = CASEY.email, CASEY_RULES
TBILISI = timezone(timedelta(hours=4))
SANTO_DOMINGO = timezone(timedelta(hours=-4))
LUSAKA = timezone(timedelta(hours=2))
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


def kind_of(body: str, country: str = "GE", on: date = date(2026, 12, 9)) -> ReplyKind:
    return reply_in_country(body, country, on, sent_from=TBILISI)[0]


# --------------------------------------------------------------------------- Georgian, Russian


def test_georgian_and_russian_news_of_a_round() -> None:
    # "we are pleased to tell you that you have moved on to the final stage of selection"
    assert kind_of("სიამოვნებით გაცნობებთ, რომ გადახვედით შერჩევის საბოლოო ეტაპზე.") == (
        ReplyKind.NEXT_ROUND
    )
    # "we no longer consider your candidacy for this post"
    assert kind_of("ამიტომ ამ პოზიციაზე შენს კანდიდატურას აღარ განვიხილავთ.") == (
        ReplyKind.REJECTION
    )
    # "unfortunately we are not ready to invite you to the next stage of selection"
    assert kind_of("К сожалению, мы не готовы пригласить вас на следующий этап отбора.") == (
        ReplyKind.REJECTION
    )


def test_a_georgian_wait_counted_in_working_days_around_georgian_holidays() -> None:
    # "no decision yet ... they promised an answer within 20 working days"
    body = "გადაწყვეტილება ჯერ არ არის მიღებული. პასუხს დაგვპირდნენ 20 სამუშაო დღის განმავლობაში."
    # from Wednesday 9 December: ... 31 December (16), 1 January off, 4, 5, 6, 7 off, 8
    assert reply_in_country(body, "GE", date(2026, 12, 9), sent_from=TBILISI) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 8),
    )


def test_a_georgian_count_from_the_interview_and_a_russian_one_from_the_mail() -> None:
    # "candidates are informed no later than 10 working days from the interview's holding"
    body = (
        "საკონკურსო კომისიას საბოლოო გადაწყვეტილება ჯერ არ მიუღია. შედეგების შესახებ ეცნობება "
        "გასაუბრების ჩატარებიდან არაუგვიანეს 10 სამუშაო დღისა."
    )
    assert reply_in_country(
        body, "GE", date(2026, 12, 8), interviewed=date(2026, 12, 4), sent_from=TBILISI
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 18))
    assert find_date("Ответ дадим в течение 5 рабочих дней.", after=date(2026, 12, 9)) is not None


def test_a_georgian_interview_title_and_an_organiser_who_will_not_attend() -> None:
    event = invite_to_casey(
        "ორბელი ბანკი – საბოლოო გასაუბრება | Casey Candidate",
        Attendee("giorgi.tsereteli@orbelibank.ge", "Giorgi Tsereteli"),
        start=START, organizer="nino.abashidze@orbelibank.ge", organizer_name="Nino Abashidze",
        description="გასაუბრებას წარმართავს ბატონი გიორგი წერეთელი. მე მხოლოდ ბატონი გიორგის "
        "კალენდარს ვმართავ და გასაუბრებას არ დავესწრები.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    read_as = read(event)
    assert [p.email for p in read_as.interviewers] == ["giorgi.tsereteli@orbelibank.ge"]
    assert "გასაუბრება" not in read_as.company


def test_a_georgian_coffee_about_a_post_that_may_open_is_a_maybe() -> None:
    event = invite_to_casey(
        "☕ ყავა ნატოსთან", Attendee("natomdivani@gmail.com", "Nato"), start=START,
        organizer="natomdivani@gmail.com", organizer_name="Nato",
        description="ჩემი უფროსი ფიქრობს analyst-ის პოზიციის გახსნას. ვაკანსია არ გამოქვეყნებულა.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.MAYBE


def test_an_attendee_written_out_in_cyrillic_who_will_not_join() -> None:
    event = invite_to_casey(
        "SMH – второе интервью (Casey Candidate)",
        Attendee("a.nurlanova@steppe-transit.kz", "Aizhan Nurlanova"),
        Attendee("natia.gabunia@samgori.example", "Natia Gabunia", role="opt-participant"),
        start=START, organizer="vakho@samgori.example", organizer_name="Vakho Chikvaidze",
        description="Интервью проведём мы с Айжан Нурлановой. Натия Габуния (HR) стоит в "
        "приглашении как необязательный участник – подключаться она не будет.",
    )  # fmt: skip
    emails = {p.email for p in read(event).interviewers}
    assert "natia.gabunia@samgori.example" not in emails


# --------------------------------------------------------------------------- whose calendar


def test_days_a_writer_says_are_holidays_there_or_working_days_for_them() -> None:
    body = (
        "No decision yet. They have promised an answer within 15 working days after that last "
        "interview on Monday 14 December. 31 December and 1 and 2 January are holidays in "
        "Azerbaijan, and Monday 4 January is a day off in Baku as well. On the other hand, 25 "
        "December and 7 January are normal working days for them."
    )
    # Georgia's 1, 2 and 7 January off, Baku's 31 December, 1, 2 and 4 January: ... 30 (12),
    # 5, 6, 7 January
    assert reply_in_country(body, "GE", date(2026, 12, 9), sent_from=TBILISI) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 7),
    )


def test_a_count_in_another_countrys_working_days() -> None:
    body = (
        "There's one more finalist to see this Friday, 11 December. We'll come back to you with a "
        "decision within 10 working days of that last interview. As sign-off sits in London, "
        "those are UK working days."
    )
    # England's 25 and 28 December, not Zambia's 29 December: 14 ... 24, 29
    assert reply_in_country(body, "ZM", date(2026, 12, 8), sent_from=LUSAKA) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 29),
    )
    spanish = (
        "El cliente entrevista al último finalista el viernes 18 de diciembre y dará la respuesta "
        "en un máximo de diez (10) días hábiles después de esa última entrevista. Cuentan con el "
        "calendario de Estados Unidos."
    )
    # the US's 25 December and 1 January, not the Dominican 4 January
    assert reply_in_country(spanish, "DO", date(2026, 12, 9), sent_from=SANTO_DOMINGO) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 5),
    )


def test_the_one_holiday_the_writer_says_falls_in_the_period() -> None:
    body = (
        "No decision has been made. The outcome is communicated within fifteen (15) working days "
        "from the date of his or her interview. The only public holiday within that period is "
        "Christmas Day, Friday, 25th December, 2026."
    )
    # interviewed Tuesday 8 December; Zambia's 29 December is none of this writer's: ... 28, 29, 30
    assert reply_in_country(
        body, "ZM", date(2026, 12, 9), interviewed=date(2026, 12, 8), sent_from=LUSAKA
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 30))


def test_a_holiday_elsewhere_that_is_a_working_day_where_the_count_is() -> None:
    body = (
        "No decision yet. She's promised me feedback within 5 working days from today. 16 "
        "December is a public holiday here in South Africa, so my office will be closed, but "
        "it's a normal working day in Zambia."
    )
    assert reply_in_country(body, "ZM", date(2026, 12, 9), sent_from=LUSAKA) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 16),
    )


def test_other_candidates_days_are_no_decision_dates() -> None:
    finalist = "We haven't decided yet: there's one more finalist to see this Friday, 11 December."
    assert find_date(finalist, after=date(2026, 12, 8)) is None
    conversation = (
        "We haven't made a decision yet: we have one more final-round conversation tomorrow, and "
        "we expect to make a decision within five business days."
    )
    assert find_date(conversation, after=date(2026, 12, 9)).value == date(2026, 12, 16)  # type: ignore[union-attr]
    panel = "The panel completes its final interviews this week, and we will then decide."
    assert reply_in_country(panel, "GB", date(2026, 12, 9)) == (ReplyKind.STILL_DECIDING, None)


# --------------------------------------------------------------------------- Spanish counts


def test_a_hotels_monday_to_saturday_week() -> None:
    body = (
        "Todavía no tenemos una decisión. Te daremos una respuesta en un plazo de quince (15) días "
        "laborables. Los días laborables van de lunes a sábado, como es normal en hotelería."
    )
    # from Wednesday 9 December, Sundays and Christmas off: 10 ... 26, 28
    assert reply_in_country(body, "DO", date(2026, 12, 9), sent_from=SANTO_DOMINGO) == (
        ReplyKind.STILL_DECIDING,
        date(2026, 12, 28),
    )


def test_a_count_after_a_session_named_the_sentence_before() -> None:
    body = (
        "Todavía no hay decisión. La terna pasa al Comité, que sesiona el martes 5 de enero de "
        "2027. A partir del día siguiente a esa sesión, le daremos una respuesta en un máximo de "
        "trece (13) días laborables, sin contar el 21 ni el 25 de enero (el martes 26 se trabaja)."
    )
    # 6, 7, 8, 11 ... 20, 22, 26 (the Dominican 21 January and Duarte on Monday 25 off)
    assert reply_in_country(body, "DO", date(2026, 12, 8), sent_from=SANTO_DOMINGO) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 26),
    )


def test_a_concursos_count_from_each_candidates_interview_with_a_day_not_counted() -> None:
    body = (
        "La Comisión aún no ha consolidado las calificaciones. Los resultados se publican dentro "
        "de los quince (15) días hábiles contados a partir del día siguiente a la realización de "
        "la entrevista de cada candidato. No se cuentan el jueves 24 de diciembre ni el viernes "
        "25 de diciembre."
    )
    # interviewed Monday 7 December: 8 ... 23, 28, 29, 30
    assert reply_in_country(
        body, "DO", date(2026, 12, 9), interviewed=date(2026, 12, 7), sent_from=SANTO_DOMINGO
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 30))


def test_spanish_rejections_and_questions_that_decide_nothing() -> None:
    assert kind_of("Le informamos que su solicitud no fue seleccionada para continuar.", "DO") == (
        ReplyKind.REJECTION
    )
    assert kind_of(
        "Luego de evaluar a los finalistas, decidimos continuar con una candidata que ya ha "
        "manejado el S&OP de una planta.",
        "DO",
    ) == (ReplyKind.REJECTION)
    questions = (
        "Before your interview on Monday, could you answer a few practical questions? We ask every "
        "candidate the same ones; they are not part of the assessment and don't mean any decision "
        "has been made.\n1. Would you relocate?\n2. What is your notice period?"
    )
    assert kind_of(questions) is ReplyKind.OTHER


# --------------------------------------------------------------------------- invites


def test_interviewers_an_agency_says_will_meet_the_person_and_whose_side_they_are_on() -> None:
    met = names_in_description(
        "You will be met by Mr Levan Gelashvili, CFO of Mukhrani Foods, and Ms Eka Kobakhidze, "
        "Commercial Director. They would like you to talk them through a forecast."
    )[0]
    assert [name for name, _ in met] == ["Mr Levan Gelashvili", "Ms Eka Kobakhidze"]
    door = names_in_description("You will be met by Ms Tamar Beridze at reception.")[0]
    assert door == []
    sides = names_in_description(
        "On their side: Mr Mwila Banda (Managing Director) and Mrs Chanda Phiri (Finance Manager)."
    )[0]
    assert [name for name, _ in sides] == ["Mr Mwila Banda", "Mrs Chanda Phiri"]
    panel = names_in_description(
        "The panel will be chaired by Mr Bwalya Mulenga, Chief Risk Officer, and will include Ms "
        "Thandi Dlamini, Head of Credit Analytics at Witpark Financial Group, who will join on "
        "Teams. Kindly prepare a presentation."
    )[0]
    assert [name for name, _ in panel] == ["Mr Bwalya Mulenga", "Ms Thandi Dlamini"]


def test_a_commission_in_a_note_and_a_competitions_initials() -> None:
    event = invite_to_casey(
        "გასაუბრება – RDSA competition (hr.gov.ge)", start=START,
        description="Interview at the LEPL Road Data and Statistics Agency. Commission: Irakli "
        "Lomidze (chair), Salome Japaridze (Head of Data). The secretary keeps the minutes.",
    )  # fmt: skip
    read_as = read(event)
    assert sorted(p.name for p in read_as.interviewers) == ["Irakli Lomidze", "Salome Japaridze"]
    assert read_as.company in ("RDSA", "Road Data and Statistics Agency")


def test_who_would_employ_the_person_whatever_the_title_or_the_client_says() -> None:
    client = invite_to_casey(
        "Spreeland x Mtatsminda – Interview Data Engineer (Casey Candidate)",
        Attendee("jonas.weber@spreeland-energie.de", "Weber, Jonas"), start=START,
        organizer="anke.vogt@spreeland-energie.de", organizer_name="Vogt, Anke",
        description="Jonas Weber and I will interview you. You would be employed by Mtatsminda "
        "Software in Tbilisi, not by Spreeland.",
    )  # fmt: skip
    assert read(client).company == "Mtatsminda Software"
    system = invite_to_casey(
        "Interview: BI Consultant (client interview – Chambeshi Breweries) – Kabwe Analytics",
        Attendee("m.sichone@chambeshibreweries.example", "Mwape Sichone"), start=START,
        organizer="noreply@smartrecruiters.com", organizer_name="Kabwe Analytics Limited",
        description="Please note: the successful candidate will be employed by Kabwe Analytics "
        "Limited and placed on our managed BI service for Chambeshi Breweries.",
    )  # fmt: skip
    assert read(system).company in ("Kabwe Analytics Limited", "Kabwe Analytics")


def test_an_agency_the_title_names_after_via_and_the_role_after_the_persons_name() -> None:
    agency = invite_to_casey(
        "Entrevista Caonabo – Supervisor(a) WFM (Casey Candidate) – vía Talento Caribe",
        Attendee("ana@talentocaribe.example", "Ana Peña"), start=START,
        organizer="ana@talentocaribe.example", organizer_name="Ana Peña",
        description="Te confirmo la entrevista con Caonabo Contact Center. El puesto es "
        "directamente con Caonabo. Yo no voy a estar en la entrevista.",
    )  # fmt: skip
    assert read(agency).company.startswith("Caonabo")
    titled = invite_to_casey(
        "Kalomo Haulage – interview with Casey Candidate (Fleet & Operations Data Analyst)",
        Attendee("zodwa@rosebank-talent.example", "Zodwa"), start=START,
        organizer="zodwa@rosebank-talent.example", organizer_name="Zodwa",
        description="Here are the details for our client Kalomo Haulage.",
    )  # fmt: skip
    assert read(titled).role == "Fleet & Operations Data Analyst"


def test_a_tracking_systems_account_named_by_the_employers_first_words() -> None:
    first = invite_to_casey(
        "Entrevista: Analista de Datos de Calidad – R-1182", start=START - timedelta(days=20),
        organizer="mohawkriver@myworkday.com", organizer_name="Mohawk River Medical", uid="r1",
        description="Entrevistadores: Yanet Cruz, Gerente de Calidad",
    )  # fmt: skip
    second = invite_to_casey(
        "MRM Dominicana – Entrevista final | Casey Candidate",
        Attendee("rafael.almonte@mohawkrivermed.example", "Almonte, Rafael"), start=START,
        organizer="rafael.almonte@mohawkrivermed.example", organizer_name="Almonte, Rafael",
        uid="r2", description="La entrevista estará a cargo del Ing. Rafael Almonte.",
    )  # fmt: skip
    assert read(first).company == "Mohawk River Medical"
    found, _ = detect([first, second], me=ME, tz=UTC, rules=RULES)
    assert len({i.application for i in found}) == 1


def test_spanish_titles_posts_and_a_zoom_accounts_legal_form() -> None:
    listed = split_name_list(
        "Licda. Altagracia Veras Holguín, Gerente de Riesgo; Osiris Beltré Sanlate, Oficial de "
        "Riesgo de Mercado"
    )
    assert [name for name, _, _ in listed] == [
        "Licda. Altagracia Veras Holguín",
        "Osiris Beltré Sanlate",
    ]
    zoom = invite_to_casey(
        "Entrevista – Analista de Planificación de Demanda", start=START,
        description="Panel: Ing. Wáscar Liranzo. \n\nCervecería Yuna, S.A. is inviting you to a "
        "scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84219637055",
    )  # fmt: skip
    assert read(zoom).company == "Cervecería Yuna, S.A."


def test_a_roles_words_about_the_round_go() -> None:
    present = invite_to_casey(
        "Entrevista final", Attendee("rh@bahia.example", "RH"), start=START,
        organizer="rh@bahia.example", organizer_name="RH",
        description="Le confirmo su entrevista final para la posición de Analista Senior de Datos "
        "de Calidad, que será presencial en nuestra planta.",
    )  # fmt: skip
    assert read(present).role == "Analista Senior de Datos de Calidad"
    round_of = invite_to_casey(
        "Inwood | Final round – Casey Candidate", Attendee("m@inwood.example", "Meg"),
        start=START, organizer="m@inwood.example", organizer_name="Meg",
        description="Curtis and I will interview you for the final round of the Senior Data "
        "Analyst, Credit Risk role.",
    )  # fmt: skip
    assert read(round_of).role == "Senior Data Analyst, Credit Risk"
    concurso = invite_to_casey(
        "Entrevista MIDAGRO – concurso Analista de Estadísticas", start=START,
        description="Concurso externo. Entrevista por competencias.",
    )  # fmt: skip
    assert read(concurso).role == "Analista de Estadísticas"


def test_initials_of_a_jobs_field_are_no_employer() -> None:
    event = invite_to_casey(
        "Interview – MEL Manager (Zambia Country Office)", start=START,
        description="Panel interview for the post of Monitoring, Evaluation & Learning (MEL) "
        "Manager. Panel: Mr Chisomo Banda and Dr Zodwa Khumalo.\n\nMwabi Health Alliance is "
        "inviting you to a scheduled Zoom meeting.",
    )  # fmt: skip
    read_as = read(event)
    assert read_as.company == "Mwabi Health Alliance"
    assert read_as.role == "MEL Manager"


def test_a_bank_holiday_the_writer_says_counts_as_a_working_day() -> None:
    body = (
        "No decision yet. Results will be communicated within 5 working days from today. 1 "
        "January is a bank holiday only – branches are closed for public dealing – so it counts "
        "as a working day for HR."
    )
    # from Tuesday 29 December, Pakistan's calendar: 30, 31, 1 (counted), 4, 5
    assert reply_in_country(body, "PK", date(2026, 12, 29)) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 5),
    )


def test_a_callback_with_papers_and_its_own_disclaimer_is_a_round() -> None:
    body = (
        "The group would like to invite you back for a callback office visit on Thursday, "
        "December 10th. Before then, please complete the conflicts questionnaire. To be clear, "
        "this is not an offer, and a callback doesn't mean a decision has been made."
    )
    assert kind_of(body, "US") is ReplyKind.NEXT_ROUND
