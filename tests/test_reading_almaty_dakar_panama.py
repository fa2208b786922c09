"""Invites and mail as employers in Almaty, Dakar and Panama City write them, and what the
study of the sets before them left open.

Shapes (our own wording, after what these senders use): Russian names declined after "с",
a firm's registered name in quotes after its legal form, a subsidiary named by its brand and
its country's code, counts from an interview or a session said before, closures, a six-day
week said in French and Spanish, a count on a committee's city's calendar; a group's director
interviewing for its subsidiary, a panel named mid-paragraph, UN grades after a post; a
resort's "& Spa" after its name, a post named in a note in English and then in Georgian or
Armenian letters, someone who will not take part named in Armenian or Ethiopic letters.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from agent.core.detect import detect, to_interview
from agent.core.employer import shared_names
from agent.core.model import Attendee, ReplyKind
from agent.core.names import consonants, display_name, greeting_of
from agent.core.people import names_in_description, zoom_host
from agent.core.roles import tidy
from agent.core.russian import panel
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite_to_casey, reply_in_country

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)
ALMATY = timezone(timedelta(hours=5))
PANAMA = timezone(timedelta(hours=-5))


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


def kind_of(body: str, country: str, on: date = date(2026, 12, 9)) -> ReplyKind:
    return reply_in_country(body, country, on)[0]


def decided(body: str, country: str, on: date = date(2026, 12, 9), **kw):  # type: ignore[no-untyped-def]
    return reply_in_country(body, country, on, **kw)[1]


# --------------------------------------------------------------------------- Almaty, Russian


def test_russian_names_declined_after_with_are_put_back_in_the_nominative() -> None:
    # "You will meet Sergey Orlov (CFO) and Aigerim Zhakupova (head of planning)"
    said = "Встречаться будете с Сергеем Орловым (финансовый директор) и Айгерим Жакуповой."
    assert panel(said) == ["Сергей Орлов", "Айгерим Жакупова"]
    assert panel("На собеседовании вы пообщаетесь с Игорем Кравцом.") == ["Игорь Кравец"]
    # a firm in quotes is no one; the person's own Latin name is no one either
    assert panel("Интервью проведём мы с коммерческим директором «Арал Телекома».") == []
    assert panel("Собеседование с Casey Candidate") == []


def test_a_russian_panel_by_name_only_and_a_writer_who_will_not_be_there() -> None:
    agency = invite_to_casey(
        "Собеседование: ведущий аналитик по закупкам – ТОО «Каскад Агро»",
        Attendee("dana@talentbridge.example", "Dana Seitova"), start=START,
        organizer="dana@talentbridge.example", organizer_name="Dana Seitova",
        # "You will meet Marat Ospanov (director) and Olga Belova; I will not be at the meeting"
        description="Встречаться будете с Маратом Оспановым (директор) и Ольгой Беловой. "
        "Я на встрече не буду.",
    )  # fmt: skip
    interview = read(agency)
    assert [p.name for p in interview.interviewers] == ["Марат Оспанов", "Ольга Белова"]
    assert interview.role == "ведущий аналитик по закупкам"
    writer = invite_to_casey(
        "Собеседование – главный специалист",
        Attendee("a.ivanova@steppe-bank.example", "Анна Иванова"),
        Attendee("b.petrov@steppe-bank.example", "Борис Петров"), start=START,
        organizer="a.ivanova@steppe-bank.example", organizer_name="Анна Иванова",
        # "I only set up the meeting and will not be at the interview itself"
        description="Я только организую встречу, на самом собеседовании присутствовать не буду.",
    )  # fmt: skip
    assert [p.email for p in read(writer).interviewers] == ["b.petrov@steppe-bank.example"]


def test_a_firms_registered_name_in_quotes_and_a_partnerships_legal_form() -> None:
    quoted = invite_to_casey(
        "Собеседование: аналитик флота (Casey Candidate)",
        Attendee("a.nurlanov@koshkar-marine.example", "Айдос Нурланов"), start=START,
        organizer="a.nurlanov@koshkar-marine.example", organizer_name="Айдос Нурланов",
        description="Подтверждаю собеседование в ТОО «Кошкар Марин Логистикс» (Актау).",
    )  # fmt: skip
    assert read(quoted).company == "Кошкар Марин Логистикс"
    partnership = invite_to_casey(
        "Interview | Senior Data Analyst",
        Attendee("asel.d@sarybelpetroleum.example", "Asel Dauletova"), start=START,
        organizer="system@successfactors.com", organizer_name="Talent Acquisition",
        description="Thank you for your interest in Sarybel Petroleum Operating LLP.",
    )  # fmt: skip
    assert read(partnership).company == "Sarybel Petroleum Operating"


def test_a_subsidiary_by_its_brand_and_country_code_and_the_fuller_name_kept() -> None:
    final = invite_to_casey(
        "Ayaz KZ – final round | Casey Candidate",
        Attendee("ece@anadolu-tel.example", "Ece Kaya"),
        Attendee("serik@ayaz.example", "Serik Bek"), start=START,
        organizer="ece@anadolu-tel.example", organizer_name="Ece Kaya",
        description="Serik and I will interview you for the role in our Kazakhstan business."
        "\n\nEce Kaya\nGroup Director\nAnadolu Tel Holding A.Ş.",
    )  # fmt: skip
    assert read(final).company == "Ayaz KZ"
    assert shared_names([("Ayaz Mobile", "Lead Analyst"), ("Ayaz KZ", "")], "ayaz")[0] == (
        "Ayaz Mobile"
    )


def test_a_public_competition_in_the_notes_and_a_field_in_brackets_in_the_title() -> None:
    note = invite_to_casey(
        "Собеседование Бирлик – главный эксперт (закупки)", start=START,
        description="Конкурс / competition for Главный эксперт Департамента закупок и логистики "
        "(Chief Expert, Procurement), Astana. Panel: Dana Sultan, Arman Zhunus.",
    )  # fmt: skip
    assert read(note).role == "Главный эксперт Департамента закупок и логистики"


def test_russian_news_of_a_round_and_rejections_from_an_employer_and_an_agency() -> None:
    # "Kaskad Agro want to meet you in person"
    assert kind_of("«Каскад Агро» хотят познакомиться с вами лично в четверг.", "KZ") is (
        ReplyKind.NEXT_ROUND
    )
    # "so we are not going further with you on this vacancy"
    assert kind_of("Поэтому дальше по этой вакансии мы с вами не продолжаем.", "KZ") is (
        ReplyKind.REJECTION
    )
    # "they decided to fill the post with an internal candidate"
    assert kind_of("Они решили закрыть позицию аналитика внутренним кандидатом.", "KZ") is (
        ReplyKind.REJECTION
    )


def test_russian_counts_from_the_interview_and_from_a_day_said_before() -> None:
    # "no later than 15 (fifteen) working days from the day the interview was held"; from
    # Tuesday 8 December, Kazakhstan's 16 December off: 9 ... 15, 17 ... 30
    body = (
        "Решение пока не принято. Кандидаты уведомляются о результатах не позднее 15 "
        "(пятнадцати) рабочих дней со дня проведения собеседования."
    )
    assert decided(body, "KZ", interviewed=date(2026, 12, 8), sent_from=ALMATY) == date(
        2026, 12, 30
    )
    # "on Monday 14 December they see the last finalist ... an answer within 5 working days
    # after that interview; the plant is on holiday from 18 to 25 December"
    after = (
        "Решения пока нет: в понедельник, 14 декабря, у них последний финалист. Ответ обещают в "
        "течение 5 рабочих дней после этого собеседования. А с 18 декабря по 25 декабря на "
        "заводе каникулы, эти дни не считаются."
    )
    # 15, (16 off), 17, (18 ... 25 shut), 28, 29, 30
    assert decided(after, "KZ", sent_from=ALMATY) == date(2026, 12, 30)


def test_a_count_on_the_calendar_of_the_city_the_committee_sits_in() -> None:
    body = (
        "No decision yet. We will let you know within 10 working days from today. Those are "
        "Istanbul working days: the only public holiday in that window is New Year's Day."
    )
    # from Wednesday 23 December in Almaty: 24, 25, 28, 29, 30, 31, (1 January), 4, 5, 6, 7
    # (on Kazakhstan's days, 1, 4 and 7 January off: Monday 11 January)
    assert decided(body, "KZ", date(2026, 12, 23)) == date(2027, 1, 7)


def test_a_friends_coffee_about_a_post_her_firm_is_thinking_of_adding() -> None:
    coffee = invite_to_casey(
        "☕ Асель & Кейси – кофе", Attendee("asel.k@gmail.com", "Asel K"), start=START,
        organizer="asel.k@gmail.com", organizer_name="Asel K",
        # "we are thinking of taking on an analyst, if the budget is approved in March"
        description="У нас думают взять аналитика, если в марте утвердят бюджет. Приходи!",
    )  # fmt: skip
    assert judge(coffee, ME, RULES).outcome is Outcome.MAYBE


# --------------------------------------------------------------------------- Dakar, French


def test_a_groups_director_interviewing_for_the_subsidiary_that_employs() -> None:
    first = invite_to_casey(
        "Entretien : Analyste Data – Baobab Port Services SA",
        Attendee("awa.fall@baobabport.example", "Awa Fall"), start=START - timedelta(days=20),
        organizer="awa.fall@baobabport.example", organizer_name="Awa Fall", uid="b1",
        description="Bonjour Casey, Awa Fall vous recevra.",
    )  # fmt: skip
    second = invite_to_casey(
        "BPS – entretien avec le Groupe",
        Attendee("kone@lagune-groupe.example", "Yao Koné"),
        Attendee("awa.fall@baobabport.example", "Awa Fall", role="opt-participant"),
        start=START, organizer="kone@lagune-groupe.example", organizer_name="Yao Koné", uid="b2",
        description="Je serai votre interlocuteur. Le poste reste bien rattaché à BPS à Dakar ; "
        "le Groupe participe au choix. Awa figure dans l'invitation ; elle ne se connectera pas.",
    )  # fmt: skip
    interview = read(second)
    assert interview.company == "BPS"
    assert [p.email for p in interview.interviewers] == ["kone@lagune-groupe.example"]
    found, _ = detect([first, second], me=ME, tz=UTC, rules=RULES)
    assert len({i.application for i in found}) == 1


def test_a_committee_named_mid_paragraph_and_an_organisations_zoom_account() -> None:
    said = (
        "Entrevue pour le poste d'analyste. Comité de sélection : Mme Fatou Sarr (présidente), "
        "M. Ibou Diop (partenariats) et Mme Line Roy (programmes)."
    )
    assert [n for n, _ in names_in_description(said)[0]] == [
        "Mme Fatou Sarr",
        "M. Ibou Diop",
        "Mme Line Roy",
    ]
    account = invite_to_casey(
        "Entrevue – Chargé de données", start=START,
        description="Sahel Vert International is inviting you to a scheduled Zoom meeting.\n\n"
        "Topic: Entrevue\n",
    )  # fmt: skip
    assert read(account).interviewers == ()


def test_a_un_grade_and_a_vacancy_number_after_a_post() -> None:
    assert tidy("Programme Analyst, P-2", "UNDX", (), []) == "Programme Analyst"
    assert tidy("Data Officer (P-3), VA 2026/ROA/041", "UNDX", (), []) == "Data Officer"
    assert tidy("National Officer, NO-B", "UNDX", (), []) == "National Officer"


def test_an_agencys_client_named_with_et_and_its_legal_form() -> None:
    client = invite_to_casey(
        "Entretien client – contrôleur de gestion",
        Attendee("adja@ker-rh.example", "Adja"), start=START, organizer="adja@ker-rh.example",
        organizer_name="Adja", description="Voici le rendez-vous avec notre client, Huileries et "
        "Savonneries du Sine SA (HSS), pour le poste de contrôleur de gestion.",
    )  # fmt: skip
    assert read(client).company == "Huileries et Savonneries du Sine"


def test_french_rounds_waits_and_rejections() -> None:
    jury = "Nous avons le plaisir de vous convier à un entretien devant le jury."
    assert kind_of(jury, "SN") is ReplyKind.NEXT_ROUND
    assert kind_of("Je n'ai malheureusement pas encore de réponse à vous donner.", "SN") is (
        ReplyKind.STILL_DECIDING
    )
    none_yet = "Aucune décision n'est encore prise : ils doivent encore en discuter."
    assert kind_of(none_yet, "SN") is ReplyKind.STILL_DECIDING
    assert kind_of("Votre candidature ne sera donc pas retenue pour ce poste.", "SN") is (
        ReplyKind.REJECTION
    )
    assert kind_of("Ils ont choisi de promouvoir en interne le chef d'équipe.", "SN") is (
        ReplyKind.REJECTION
    )
    receipt = (
        "This is to acknowledge receipt of your application. Only candidates under serious "
        "consideration will be contacted for the next steps, which may include a written test."
    )
    assert kind_of(receipt, "SN") is ReplyKind.RECEIPT


def test_french_counts_on_a_six_day_week_and_after_a_session_said_before() -> None:
    six_days = (
        "Aucune décision n'est encore prise. Je reviendrai vers vous dans un délai de dix (10) "
        "jours ouvrables. Chez nous, l'administration travaille du lundi au samedi."
    )
    # from Wednesday 9 December, Saturdays counted, Sundays not: 10, 11, 12, 14 ... 19, 21
    assert decided(six_days, "SN") == date(2026, 12, 21)
    session = (
        "La décision ne relève pas de nous seuls. Le comité se réunit le mardi 5 janvier 2027, "
        "et la décision vous sera notifiée dans les cinq (5) jours ouvrés qui suivent cette "
        "séance. Le jeudi 7 janvier y est férié et ne compte donc pas."
    )
    # 6, (7 off), 8, 11, 12, 13
    assert decided(session, "SN") == date(2027, 1, 13)


def test_a_french_coffee_about_a_post_not_yet_open() -> None:
    coffee = invite_to_casey(
        "☕ Café – Ndèye & Casey", Attendee("ndeye.f@gmail.com", "Ndèye F"), start=START,
        organizer="ndeye.f@gmail.com", organizer_name="Ndèye F",
        description="Chez nous on parle de recruter quelqu'un pour les données. Rien n'est "
        "signé, mais j'ai parlé de toi à mon chef.",
    )  # fmt: skip
    assert judge(coffee, ME, RULES).outcome is Outcome.MAYBE


# --------------------------------------------------------------------------- Panama, Spanish


def test_panamanian_panels_titles_and_who_will_not_connect() -> None:
    listed = (
        "Concurso público. Comisión evaluadora: Mgter. Iris Pinzón (preside), Lic. Abdiel Rangel "
        "(Recursos Humanos) e Ing. Yaritza Solís (MEF)."
    )
    assert [n for n, _ in names_in_description(listed)[0]] == [
        "Mgter. Iris Pinzón",
        "Lic. Abdiel Rangel",
        "Ing. Yaritza Solís",
    ]
    with_whom = "Con quién: el Sr. Rogelio Vásquez (Gerente General) y la Lcda. Ana Gil (Finanzas)"
    assert [n for n, _ in names_in_description(with_whom)[0]] == [
        "Sr. Rogelio Vásquez",
        "Lcda. Ana Gil",
    ]
    captain = invite_to_casey(
        "Entrevista - Analista de Ingresos",
        Attendee("hector.ruiz@istmoair.example", "Héctor Ruiz"),
        Attendee("lia.mora@istmoair.example", "Lía Mora"), start=START,
        organizer="system@successfactors.com", organizer_name="Istmo Air - Talento Humano",
        description="Panel de entrevista:\n- Cap. Héctor Ruiz, Director de Red\n- Lcda. Lía "
        "Mora, Gerente de Ingresos",
    )  # fmt: skip
    assert [p.email for p in read(captain).interviewers] == [
        "hector.ruiz@istmoair.example",
        "lia.mora@istmoair.example",
    ]
    optional = invite_to_casey(
        "Ronda final | Casey Candidate",
        Attendee("ana@pacifica-grupo.example", "Ana Paz"),
        Attendee("ida@pacifica.example", "Ida Ruiz", role="opt-participant"), start=START,
        organizer="ana@pacifica-grupo.example", organizer_name="Ana Paz",
        description="Seré tu entrevistadora. Ida aparece como opcional; no se va a conectar.",
    )  # fmt: skip
    assert [p.email for p in read(optional).interviewers] == ["ana@pacifica-grupo.example"]


def test_a_law_firms_zoom_account_and_an_agencys_statement_of_who_employs() -> None:
    assert (
        zoom_host(
            "Arosemena, Quirós & Asociados le está invitando a una reunión de Zoom programada."
        )
        == "Arosemena, Quirós & Asociados"
    )
    assert zoom_host("Hi, Brynn Tsosie-Larsen is inviting you to a scheduled Zoom meeting.") == (
        "Brynn Tsosie-Larsen"
    )
    agency = invite_to_casey(
        "Entrevista presencial – Analista de Demanda – Casey Candidate",
        Attendee("lu@vistamar-talento.example", "Lucía"), start=START,
        organizer="lu@vistamar-talento.example", organizer_name="Lucía",
        description="Te recuerdo que la plaza es de Molinos del Barú, S.A.: el contrato sería "
        "directamente con ellos.\n\nLucía\nConsultora | Vistamar Talento Consultores, S.A.",
    )  # fmt: skip
    assert read(agency).company == "Molinos del Barú"


def test_a_legal_name_whose_words_are_the_domains_in_another_order() -> None:
    signed = invite_to_casey(
        "Segunda entrevista | Casey Candidate",
        Attendee("iris@ferrolnaviera.example", "Iris"), start=START,
        organizer="jose@ferrolnaviera.example", organizer_name="José",
        description="Iris Gómez, de Rutas Norte de Ferrol Shipping USA, LLC, y yo te "
        "entrevistaremos.\n\nJosé\nNaviera Ferrol, S.A.",
    )  # fmt: skip
    assert read(signed).company == "Naviera Ferrol"


def test_spanish_rounds_and_a_request_for_documents_that_decides_nothing() -> None:
    final = "Nos complace informarle que usted pasa a la etapa final del proceso."
    assert kind_of(final, "PA") is ReplyKind.NEXT_ROUND
    assert kind_of("Usted ha sido preseleccionado y se le cita a entrevista el viernes.", "PA") is (
        ReplyKind.NEXT_ROUND
    )
    documents = (
        "Antes de su entrevista, envíeme tres referencias laborales con nombre y teléfono. Es la "
        "documentación que pedimos a todos; no adelanta nada sobre el resultado del proceso."
    )
    assert kind_of(documents, "PA") is ReplyKind.OTHER


def test_spanish_counts_on_a_six_day_week_on_madrids_calendar_and_past_a_last_candidate() -> None:
    six_days = (
        "Todavía no tenemos una decisión. Le daremos una respuesta dentro de diez (10) días "
        "laborables. En la Zona Libre trabajamos de lunes a sábado."
    )
    # from Wednesday 9 December, Saturdays counted; Panama's 21 December off: 10 ... 19, 22
    assert decided(six_days, "PA", sent_from=PANAMA) == date(2026, 12, 22)
    madrid = (
        "Todavía no hay una decisión. El comité se reúne el miércoles 16 de diciembre. Le "
        "comunicaremos el resultado dentro de los cinco (5) días hábiles siguientes a esa "
        "reunión. Se cuentan con el calendario laboral de Madrid."
    )
    # Madrid works 21 December (Panama does not): 17, 18, 21, 22, 23
    assert decided(madrid, "PA", sent_from=PANAMA) == date(2026, 12, 23)
    last = (
        "Todavía no hay decisión: la semana que viene entrevistan a una última persona y "
        "después deciden. Se comprometió a darme una respuesta dentro de cinco (5) días hábiles."
    )
    # 10, 11, 14, 15, 16: the count, not the end of next week
    assert decided(last, "PA", sent_from=PANAMA) == date(2026, 12, 16)


# ---------------------------------------------------------------- left open by earlier sets


# ---------------------------------------------------------------- left open by earlier sets


def test_a_resort_and_spa_is_one_name_not_a_resort_of_an_italian_spa() -> None:
    resort = invite_to_casey(
        "Entrevista – Analista de Reservas",
        Attendee("ana.mora@bahiacoral.example", "Ana Mora"), start=START,
        organizer="ana.mora@bahiacoral.example", organizer_name="Ana Mora",
        description="Hola Casey, te espero en el lobby.\n\nAna Mora\nGerente de Talento\n"
        "Bahía Coral Resort & Spa\nPlaya Dorada",
    )  # fmt: skip
    assert read(resort).company == "Bahía Coral Resort & Spa"
    shipyard = invite_to_casey(
        "Colloquio – Ingegnere di commessa",
        Attendee("l.riva@cantieriolmo.example", "Luca Riva"), start=START,
        organizer="l.riva@cantieriolmo.example", organizer_name="Luca Riva",
        description="Buongiorno Casey,\n\nLuca Riva\nCantieri Olmo Navali Spa\nLa Spezia",
    )  # fmt: skip
    assert read(shipyard).company == "Cantieri Olmo Navali"


def test_a_post_in_the_notes_then_its_name_in_georgian_or_armenian_letters() -> None:
    georgian = invite_to_casey(
        "გასაუბრება – RDLA competition", start=START,
        description="Interview – LEPL Road Data Agency, open competition. Post: Chief "
        "Specialist, Traffic Statistics Unit (საგზაო სტატისტიკის განყოფილების მთავარი "
        "სპეციალისტი). Bring: ID card.",
    )  # fmt: skip
    assert read(georgian).role == "Chief Specialist, Traffic Statistics Unit"
    armenian = invite_to_casey(
        "Հարցազրույց – նախարարության մրցույթ (MEI)", start=START,
        description="Competition interview – Ministry of Economy and Industry. Post: "
        "վիճակագրության բաժնի առաջատար մասնագետ / Leading Specialist, Statistics Division, "
        "code 21-3.1-Մ3-2. Test passed on 20.11.",
    )  # fmt: skip
    assert read(armenian).role == "Leading Specialist, Statistics Division"


def test_names_in_armenian_and_ethiopic_letters_sound_as_their_latin_spelling() -> None:
    assert consonants("Նարեկ") == consonants("Narek")
    assert consonants("Հովհաննիսյանին") == consonants("Hovhannisyan")
    assert consonants("መሰረት") == consonants("Meseret")
    assert consonants("ደምሴ") == consonants("Demisse")


def test_someone_who_will_not_take_part_named_in_armenian_or_ethiopic_letters() -> None:
    armenian = invite_to_casey(
        "Վերջնական հարցազրույց | Casey Candidate",
        Attendee("aram.petrosyan@ararat-ins.example", "Aram Petrosyan"),
        Attendee("narek.hovhannisyan@ararat-ins.example", "Narek Hovhannisyan",
                 role="opt-participant"), start=START,
        organizer="aram.petrosyan@ararat-ins.example", organizer_name="Aram Petrosyan",
        # "Narek Hovhannisyan of HR is on the invite to meet you at reception; he will not take
        # part in the interview."
        description="Հարցազրույցը կվարի Արամ Պետրոսյանը։ Նարեկ Հովհաննիսյանը (ՄՌԿ) "
        "հրավերում է՝ Ձեզ դիմավորելու համար․ նա հարցազրույցին չի մասնակցի։",
    )  # fmt: skip
    assert [p.email for p in read(armenian).interviewers] == ["aram.petrosyan@ararat-ins.example"]
    amharic = invite_to_casey(
        "የቃለ መጠይቅ ጥሪ | Casey Candidate",
        Attendee("dawit.bekele@abay-ins.example", "Dawit Bekele"),
        Attendee("meseret.demisse@abay-ins.example", "Meseret Demisse", role="opt-participant"),
        start=START, organizer="dawit.bekele@abay-ins.example", organizer_name="Dawit Bekele",
        # "Ms Meseret Demisse (HR) will meet you at reception; but she will not take part in the
        # interview."
        description="ወ/ሮ መሰረት ደምሴ (የሰው ሀብት) በመቀበያ ትቀበልዎታለች፤ በቃለ መጠይቁ ግን አትሳተፍም።",
    )  # fmt: skip
    assert [p.email for p in read(amharic).interviewers] == ["dawit.bekele@abay-ins.example"]


# --------------------------------------------------------------------------- Baku, Azerbaijani


def test_azerbaijani_interviews_practice_and_who_will_not_take_part() -> None:
    interview = invite_to_casey(
        "Müsahibə – Maliyyə analitiki (Kür Bank ASC)",
        Attendee("nigar.aliyeva@kurbank.example", "Əliyeva, Nigar"),
        Attendee("rashad.h@kurbank.example", "Həsənov, Rəşad"), start=START,
        organizer="leyla.q@kurbank.example", organizer_name="Quliyeva, Leyla",
        # "I only organise the meeting and will not take part in the interview."
        description="Mən yalnız görüşü təşkil edirəm, müsahibədə iştirak etməyəcəyəm.",
    )  # fmt: skip
    assert judge(interview, ME, RULES).outcome is Outcome.INTERVIEW
    assert read(interview).company != "Müsahibə"
    practice = invite_to_casey(
        "Məşq müsahibəsi – bank paneli (Casey)",
        Attendee("coach.sevinc@gmail.com", "Sevinc"), start=START,
        organizer="coach.sevinc@gmail.com", organizer_name="Sevinc",
    )  # fmt: skip
    assert judge(practice, ME, RULES).outcome is Outcome.NOT


def test_an_azerbaijani_agencys_client_panel_and_post() -> None:
    agency = invite_to_casey(
        "Şəki İpək – müsahibə (Casey Candidate)",
        Attendee("aysel@xazar-kadr.example", "Aysel"), start=START,
        organizer="aysel@xazar-kadr.example", organizer_name="Aysel",
        description="Salam Casey, müsahibən var – Satış planlaması üzrə analitik vakansiyası. "
        "Əmək müqaviləsi birbaşa Şəki İpək ilə bağlanacaq.\n\nKimlə: Tural Məmmədov (baş "
        "direktor) və Günel Əsgərova (maliyyə direktoru). Mən müsahibədə olmayacağam."
        "\n\nAysel\nXəzər Kadr Həlləri MMC",
    )  # fmt: skip
    interview = read(agency)
    assert interview.company == "Şəki İpək"
    assert interview.role == "Satış planlaması üzrə analitik"
    assert [p.name for p in interview.interviewers] == ["Tural Məmmədov", "Günel Əsgərova"]
    # (a name's "ə" as its people's addresses write it)
    assert interview.interviewers[0].email.startswith("tural.mammadov@")


def test_a_name_written_in_russian_for_an_azerbaijani_attendee() -> None:
    panel_ru = invite_to_casey(
        "Панельное собеседование | Casey Candidate",
        Attendee("rauf.a@kurbank.example", "Rauf Əliyev"),
        Attendee("xanim.q@kurbank.example", "Xanım Qasımova", role="opt-participant"),
        start=START, organizer="rauf.a@kurbank.example", organizer_name="Rauf Əliyev",
        # "Khanim Gasimova of HR is on the invitation as optional but is not on the panel."
        description="Ханым Гасымова из отдела кадров указана как необязательный участник, но в "
        "состав панели не входит.",
    )  # fmt: skip
    assert [p.email for p in read(panel_ru).interviewers] == ["rauf.a@kurbank.example"]


def test_azerbaijani_mail() -> None:
    assert kind_of("Sizi final mərhələyə dəvət edirik.", "AZ") is ReplyKind.NEXT_ROUND
    assert kind_of("Uzun müzakirədən sonra təcrübəli namizədi seçdik.", "AZ") is ReplyKind.REJECTION
    assert kind_of("Sizə işə qəbul təklifini təqdim edirik.", "AZ") is ReplyKind.OFFER
    assert kind_of("Hələ qərar yoxdur, gələn həftə danışacağıq.", "AZ") is ReplyKind.STILL_DECIDING


def test_azerbaijani_counts_from_the_interview_and_past_a_closure() -> None:
    # "the results are given within 10 (ten) working days after the interview day"; from
    # Thursday 3 December: 4, 7 ... 11, 14 ... 17
    body = (
        "Qərar hələ qəbul edilməyib. Nəticələr müsahibə günündən sonrakı 10 (on) iş günü "
        "ərzində bildirilir."
    )
    assert decided(body, "AZ", interviewed=date(2026, 12, 3)) == date(2026, 12, 17)
    # "an answer within 5 working days; from 14 to 25 December the plant is on collective leave"
    closed = (
        "Hələ qərar yoxdur. 5 iş günü ərzində cavab verəcəklər. 14 dekabrdan 25 dekabradək "
        "zavodda kollektiv məzuniyyətdir."
    )
    # 10, 11, (14 ... 25 shut), 28, 29, 30
    assert decided(closed, "AZ") == date(2026, 12, 30)


# --------------------------------------------------------------------------- Tunis


def test_a_competitions_oral_and_a_committee_mid_paragraph() -> None:
    oral = invite_to_casey(
        "Oral concours ONSD – ingénieur en chef", start=START,
        description="Concours externe. Jury : M. Hédi Ammar (président), Mme Olfa Trabelsi "
        "et M. Anis Jlassi.",
    )  # fmt: skip
    assert judge(oral, ME, RULES).outcome is Outcome.INTERVIEW
    interview = read(oral)
    assert interview.company == "ONSD"
    said = "Entretien final. Comité : M. Sami Ben Ali (PDG), Mme Ines Khelifi (DRH)."
    assert [n for n, _ in names_in_description(said)[0]] == ["M. Sami Ben Ali", "Mme Ines Khelifi"]
    assert tidy("Data Analyst – envoyée via Welcome to the Jungle", "X", (), []) == "Data Analyst"


def test_french_and_arabic_mail_from_tunis() -> None:
    assert kind_of("Nous aimerions donc vous faire rencontrer le Groupe.", "TN") is (
        ReplyKind.NEXT_ROUND
    )
    assert kind_of("استدعاء لاجتياز الاختبار الشفاهي", "TN") is ReplyKind.NEXT_ROUND
    assert kind_of("Je ne retiens donc pas votre candidature pour ce poste.", "TN") is (
        ReplyKind.REJECTION
    )
    assert kind_of("Votre candidature s'arrête donc là pour ce poste.", "TN") is (
        ReplyKind.REJECTION
    )
    papers = (
        "En vue de votre entretien final du lundi 14 décembre, merci de m'envoyer votre CIN. "
        "Nous demandons ces mêmes pièces à chaque candidat, quelle que soit la suite."
    )
    assert kind_of(papers, "TN") is ReplyKind.OTHER


def test_tunisian_counts() -> None:
    first_day = (
        "Pas encore de décision. Il m'a promis une réponse sous cinq (5) jours ouvrés, le "
        "décompte commençant le lundi 14 décembre. Le jeudi 17 décembre ne compte pas."
    )
    # 14, 15, 16, (17 off), 18, 21
    assert decided(first_day, "TN") == date(2026, 12, 21)
    six_days = (
        "La décision n'est pas encore prise. Une réponse dans un délai de dix (10) jours "
        "ouvrables : on compte en jours ouvrables, du lundi au samedi. Ne sont retirés que les "
        "dimanches et le jeudi 17 décembre."
    )
    # 10, 11, 12, 14, 15, 16, (17 off), 18, 19, 21, 22
    assert decided(six_days, "TN") == date(2026, 12, 22)
    arabic = (
        "لم يتمّ اتّخاذ أيّ قرار. يتمّ إعلام كلّ مترشّح بالنتيجة في أجل أقصاه عشرة (10) يوم عمل "
        "بداية من اليوم الموالي لتاريخ إجراء الاختبار الشفاهي. لا يُحتسب يوم الخميس 17 ديسمبر 2026."
    )
    # from Friday 4 December: 7 ... 11, 14, 15, 16, (17 off), 18, 21
    assert decided(arabic, "TN", interviewed=date(2026, 12, 4)) == date(2026, 12, 21)


# --------------------------------------------------------------------------- Phnom Penh


def test_khmer_names_keep_the_family_name_first() -> None:
    assert display_name("Chhim Sokha", "sokha.chhim@ex.kh") == "Chhim Sokha"
    assert greeting_of("Chhim Sokha", "sokha.chhim@ex.kh") == "Sokha"
    assert display_name("Zhang Wei", "wei.zhang@ex.cn") == "Wei Zhang"


def test_a_banks_owner_group_and_a_system_senders_human_resources() -> None:
    owner = invite_to_casey(
        "Tonle Cambodia – Final interview | Casey Candidate",
        Attendee("dara.meas@tonlebank.example", "Meas Dara"), start=START,
        organizer="ji@tonlefg.example", organizer_name="Ji-woo",
        description="Mr. Dara and I will interview you.\n\nJi-woo\nTonle Financial Group, Seoul",
    )  # fmt: skip
    assert read(owner).company != "Tonle Financial Group"
    system = invite_to_casey(
        "Interview - Cost Analyst", Attendee("vy@koh-kong-parts.example", "Vy"), start=START,
        organizer="system@successfactors.com",
        organizer_name="Koh Kong Parts (Cambodia) - Human Resources",
    )  # fmt: skip
    assert read(system).company == "Koh Kong Parts"


def test_a_note_with_its_panel_after_with_and_mail_from_phnom_penh() -> None:
    note = invite_to_casey(
        "Angkor Stays – video interview", start=START,
        description="Meet link from HR. With Pierre Vasseur (General Manager) + Mao Sophal "
        "(Director of Finance). Prepare occupancy figures.",
    )  # fmt: skip
    assert [p.name for p in read(note).interviewers] == ["Pierre Vasseur", "Mao Sophal"]
    agency = (
        "They have decided to promote someone from their own sales team instead, so they will "
        "not take your application further. The other process is still open."
    )
    assert kind_of(agency, "KH") is ReplyKind.REJECTION
    # "your application was not selected for interview this time"
    assert kind_of("ពាក្យស្នើសុំរបស់លោក មិនត្រូវបានជ្រើសរើសសម្រាប់ការសម្ភាសន៍ទេ។", "KH") is (ReplyKind.REJECTION)


def test_a_count_from_a_steps_deadline_and_an_organisations_own_holidays() -> None:
    body = (
        "No decision has been taken yet. The panel is expected to finalise its report by Monday, "
        "14 December 2026. Candidates will be informed within five (5) working days after the "
        "report is finalised. Friday 18 December and Monday 21 December are UN holidays here."
    )
    # 15, 16, 17, (18 off), (21 off), 22, 23
    assert decided(body, "KH") == date(2026, 12, 23)


# --------------------------------------------------------------------------- Guatemala, Beirut


def test_an_agencys_client_and_a_panel_under_who() -> None:
    agency = invite_to_casey(
        "Interview – Cedar Dairies (Data Analyst)",
        Attendee("rania@phoenicia-talent.example", "Rania"), start=START,
        organizer="rania@phoenicia-talent.example", organizer_name="Rania",
        description="The job is with Cedar Dairies S.A.L.; Phoenicia Talent only runs the search."
        "\nWho: M. Georges Haddad (Directeur général) and Mme Nadine Saadé (Directrice "
        "financière).",
    )  # fmt: skip
    interview = read(agency)
    assert interview.company == "Cedar Dairies S.A.L."
    assert [p.name for p in interview.interviewers] == ["Georges Haddad", "Nadine Saadé"]
    assert not any(p.email in (ME, "casey.candidate@gmail.com") for p in interview.interviewers)


def test_notes_and_zoom_accounts_from_beirut_and_guatemala() -> None:
    note = invite_to_casey(
        "Entretien Hôpital Saint-Élie – analyste", start=START,
        description="Admin building. With Dr Karim Nassar (Directeur médical) + Rita Aoun (DAF). "
        "HR only picks me up at reception.",
    )  # fmt: skip
    assert [p.name for p in read(note).interviewers] == ["Karim Nassar", "Rita Aoun"]
    branch = invite_to_casey(
        "Interview – Research Officer", start=START,
        description="Panel: Ms. Hala Saab (chair) and Ms. Tess Owen (Cedarlight UK). The time is "
        "London's because the meeting is on our Cedarlight UK account.\n\nCedarlight UK is "
        "inviting you to a scheduled Zoom meeting.\n",
    )  # fmt: skip
    assert read(branch).company == "Cedarlight"
    reported = invite_to_casey(
        "Entrevista: Coordinador de Datos",
        Attendee("ana@fundacion-ceiba.example", "Ana Lemus"),
        Attendee("luis@fundacion-ceiba.example", "Luis Coj", role="opt-participant"),
        start=START, organizer="ana@fundacion-ceiba.example", organizer_name="Ana Lemus",
        description="Luis y yo te entrevistaremos. Luis figura como invitado opcional; ya me ha "
        "dicho que no se conectará.",
    )  # fmt: skip
    assert [p.email for p in read(reported).interviewers] == ["ana@fundacion-ceiba.example"]


def test_a_french_practice_final_and_an_uzbek_interview() -> None:
    practice = invite_to_casey(
        "Simulation – entretien final (entraînement)",
        Attendee("coach.elie@gmail.com", "Elie"), start=START,
        organizer="coach.elie@gmail.com", organizer_name="Elie",
    )  # fmt: skip
    assert judge(practice, ME, RULES).outcome is Outcome.NOT
    uzbek = invite_to_casey(
        "Suhbat: Bogʻbon Agro – moliya tahlilchisi",
        Attendee("d.karimov@bogbon.example", "Karimov Doniyor"), start=START,
        organizer="d.karimov@bogbon.example", organizer_name="Karimov Doniyor",
    )  # fmt: skip
    assert judge(uzbek, ME, RULES).outcome is Outcome.INTERVIEW
    assert kind_of("Sizni ikkinchi bosqich – suhbatga taklif etamiz.", "UZ") is (
        ReplyKind.NEXT_ROUND
    )
    assert kind_of("Afsuski, sizning nomzodingiz keyingi bosqichga oʻtkazilmadi.", "UZ") is (
        ReplyKind.REJECTION
    )


def test_guatemalan_mail_and_counts() -> None:
    assert kind_of("¡Buenas noticias! Café Atitlán quiere entrevistarle el jueves.", "GT") is (
        ReplyKind.NEXT_ROUND
    )
    papers = "Documentos previo a su entrevista final: copia de su DPI y su pretensión salarial."
    assert kind_of(papers, "GT") is ReplyKind.OTHER
    first_day = (
        "Todavía no hay una decisión. Le daremos una respuesta en un plazo de 5 días hábiles, "
        "contando el lunes 14 como el primero."
    )
    # 14, 15, 16, 17, 18
    assert decided(first_day, "GT") == date(2026, 12, 18)
    minutes = (
        "El proceso aún se encuentra en evaluación. El Comité suscribe el acta el viernes 11 de "
        "diciembre, y los resultados se notificarán dentro de los cinco (5) días hábiles "
        "siguientes a la suscripción del acta. No se computan el jueves 17 de diciembre."
    )
    # 14, 15, 16, (17 off), 18, 21
    assert decided(minutes, "GT") == date(2026, 12, 21)


def test_counts_on_an_offices_week_after_a_review_and_past_a_dated_closure() -> None:
    riyadh = (
        "No decision yet. The committee meets on Sunday 13 December. You'll have our answer "
        "within 5 working days of that meeting: it runs on the Riyadh office's week, Sunday to "
        "Thursday."
    )
    # 14, 15, 16, 17, 20
    assert decided(riyadh, "LB") == date(2026, 12, 20)
    london = (
        "We haven't made a decision yet. The partners review all candidates on Wednesday 16 "
        "December, and we will let you know within 4 business days of that review. Those are "
        "London business days."
    )
    # 17, 18, 21, 22
    assert decided(london, "UZ") == date(2026, 12, 22)
    closed = (
        "Aucune décision n'a encore été prise : le Conseil se réunit le lundi 14 décembre. La "
        "décision vous sera communiquée dans un délai de six (6) jours ouvrés à compter du "
        "lendemain de cette séance. L'Université sera fermée du jeudi 17 décembre 2026 au "
        "mardi 22 décembre 2026 inclus."
    )
    # 15, 16, (17 ... 22 shut), 23, 24, 28 (25 Christmas), 29
    assert decided(closed, "LB") == date(2026, 12, 29)
