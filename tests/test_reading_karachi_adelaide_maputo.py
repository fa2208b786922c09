"""Invites and mail as employers in Karachi, Adelaide and Maputo write them.

Shapes (our own wording, after what these senders use): an agency's "our client", a panel
named with engineers' and courtesy titles, a client spelled two ways; a viva noted by the
person with a board's places before its members, a post by its pay scale, a university's
"Selection Board" over Zoom's text; counts in another country's week, after the panel
interviews conclude, of "his/her interview"; a state government that gives every department
one domain; a note that opens with the job's name; days a writer says do not count, by name;
Portuguese titles, juries, counts in "dias úteis" and a public call's "convocatória".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import split_name_list
from agent.core.people import names_in_description
from agent.core.replies import Contacts, match_application
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, inbox_message, invite_to_casey, reply_in_country

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)
KARACHI = timezone(timedelta(hours=5))
MAPUTO = timezone(timedelta(hours=2))
ADELAIDE = timezone(timedelta(hours=10, minutes=30))
AUCKLAND = timezone(timedelta(hours=13))


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


classified = reply_in_country


# --------------------------------------------------------------------------- invites


def test_an_agencys_client_is_no_interviewer_and_keys_no_agency_application() -> None:
    event = invite_to_casey(
        "Tamarisk Dairy (KSA) – Teams interview – Casey Candidate",
        Attendee("huma.qadri@ravitalent.com.pk", "Huma Qadri"), start=START,
        organizer="huma.qadri@ravitalent.com.pk", organizer_name="Huma Qadri",
        description="Here is your first interview with our client Tamarisk Dairy Co. (KSA) for "
        "the Supply Planner role.\n\nThe call is with the client's team in Jeddah. Eng. Fahad "
        "Al-Harbi (Planning Manager) and Mr. Thomas Kurian (S&OP Lead) will interview you.\n\n"
        "I will not be on the call.\n\nHuma Qadri\nRavi Talent Solutions (Pvt.) Ltd.",
    )  # fmt: skip
    read_as = read(event)
    assert [p.name for p in read_as.interviewers] == ["Fahad Al-Harbi", "Thomas Kurian"]
    assert read_as.company == "Tamarisk Dairy"
    assert read_as.employer_domain == "" and read_as.application == "tamariskdairy"


def test_a_reply_spelling_the_clients_name_another_way_is_the_clients() -> None:
    agency = "huma.qadri@ravitalent.com.pk"
    client = Contacts(
        "tamariskdairy", frozenset({agency}), frozenset({"tamariskdairy.com.sa"}),
        frozenset({"Tamarisk Dairy"}),
    )  # fmt: skip
    other = Contacts(
        "ravitalent", frozenset({agency}), frozenset({"ravitalent.com.pk"}),
        frozenset({"Shoaib Freight LLC"}),
    )  # fmt: skip
    msg = inbox_message(
        agency, "Tamaresk Dairy (KSA) – final interview on Sunday",
        "The client has shortlisted you.\n\nRegards,\nHuma Qadri\nRavi Talent Solutions",
        received=datetime(2026, 12, 1, 9, tzinfo=KARACHI), name="Huma Qadri",
    )  # fmt: skip
    assert match_application(msg, (other, client), {}, ME) == "tamariskdairy"


def test_a_viva_the_person_noted_with_the_boards_places_before_its_members() -> None:
    event = invite_to_casey(
        "Viva voce – PSDA (DD Data Analytics, BPS-18)", start=START,
        description="Roll No. 22-0311. Viva before the Selection Board: Chairman PSDA Dr. "
        "Nadeem Akhtar Butt (chairs), Member (Statistics) Ms. Rabia Sultana Mirza, + an expert "
        "on video link (name not given). Bring call letter, originals + 2 sets attested copies.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    read_as = read(event)
    assert (read_as.company, read_as.role) == ("PSDA", "DD Data Analytics")
    assert [p.name for p in read_as.interviewers] == ["Nadeem Akhtar Butt", "Rabia Sultana Mirza"]


def test_a_selection_board_over_zoom_text_names_its_members() -> None:
    event = invite_to_casey(
        "Selection Board – Manager, Quality Enhancement", start=START,
        description="Selection Board – Manager, Quality Enhancement Cell (Advt. No. 7/2026). "
        "Members: Prof. Dr. Saira Bano Memon (Vice Chancellor, Chairperson); Dr. Khalid Aziz "
        "Soomro (Dean). Ms. Hina Rauf will host the meeting and admit candidates.\n\n"
        "Kirthar Valley University is inviting you to a scheduled Zoom meeting.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    read_as = read(event)
    assert read_as.company == "Kirthar Valley University"
    assert [p.name for p in read_as.interviewers] == ["Saira Bano Memon", "Khalid Aziz Soomro"]


def test_a_post_named_before_the_day_of_its_interview() -> None:
    event = invite_to_casey(
        "GTP 2027 – Panel Interview – Casey Candidate", start=START,
        description="This is to confirm your panel interview for the Graduate Trainee Officer "
        "(GTO) Programme 2027 on Tuesday, 15/12/2026 at 10:00 am at our head office.",
    )  # fmt: skip
    assert read(event).role == "Graduate Trainee Officer (GTO) Programme 2027"


def test_a_chai_with_a_friend_about_a_post_that_may_open_is_a_maybe() -> None:
    friend = Attendee("sana.malik@gmail.com", "Sana Malik")
    event = invite_to_casey(
        "☕ Chai with Sana", friend, start=START, organizer=friend.email,
        description="Let's catch up – you can ask me about Lyari Takaful.\n\nMy boss wants to "
        "hire a pricing analyst in our underwriting team if the board approves the budget, but "
        "no ad is out yet.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.MAYBE


def test_two_departments_of_one_state_government_domain_are_two_applications_by_name() -> None:
    health = invite_to_casey(
        "Interview – Senior Analyst – C. Candidate",
        Attendee("mia.kovac@sa.gov.au", "Mia Kovac (SA Health)"), start=START,
        organizer="mia.kovac@sa.gov.au", organizer_name="Mia Kovac (SA Health)",
        description="Thank you for your application for the position of Senior Analyst, "
        "Onkaparinga Local Health Network.\n\nMia Kovac\nOnkaparinga Local Health Network | SA "
        "Health",
    )  # fmt: skip
    water = invite_to_casey(
        "Interview – Principal Analyst – Department for Coastal Water",
        Attendee("tom.reid@sa.gov.au", "Tom Reid"), start=START,
        organizer="tom.reid@sa.gov.au", organizer_name="Tom Reid",
        description="Your interview with the Department for Coastal Water.",
    )  # fmt: skip
    assert read(health).application != read(water).application
    assert read(health).company == "Onkaparinga Local Health Network"


def test_a_note_that_opens_with_the_job_and_a_writer_who_says_who_she_is() -> None:
    note = invite_to_casey(
        "Interview – Kangarilla Estate 🍇", start=START,
        description="Production Planner – Vintage Operations. Panel: Greta Koch (Chief "
        "Winemaker) + Liam Wendt (Ops Manager). Park at the cellar door.",
    )  # fmt: skip
    assert read(note).role == "Production Planner"
    text = (
        "Your panel will be Ben Schultz (Manager, Strategy), Ava Lee (Team Leader) and me – I'm "
        "the People & Culture Business Partner for this recruitment and I'll be on the panel."
    )
    assert [n for n, _ in names_in_description(text)[0]] == ["Ben Schultz", "Ava Lee"]


def test_someone_reported_as_joining_is_named_without_the_report() -> None:
    text = "Ms. Amaya Silva calls me. He said Mr. Dinesh de Mel will also be on the line."
    assert [n for n, _ in names_in_description(text)[0]] == ["Amaya Silva", "Mr. Dinesh de Mel"]


# --------------------------------------------------------------------------- Portuguese invites


def test_portuguese_posts_after_names_and_articles_before_titles() -> None:
    assert split_name_list(
        "Dr. Dércio Nhaca, Director de Compliance, e pela dr.ª Lizete Cossa, Chefe do "
        "Departamento de Dados"
    ) == [
        ("Dr. Dércio Nhaca", "Director de Compliance", ""),
        ("dr.ª Lizete Cossa", "Chefe do Departamento de Dados", ""),
    ]
    assert split_name_list(
        "Eng.º Tiago Brandão, Director de Operações, e a Eng.ª Gércia Sitoe, Directora do Projecto"
    ) == [
        ("Eng.º Tiago Brandão", "Director de Operações", ""),
        ("Eng.ª Gércia Sitoe", "Directora do Projecto", ""),
    ]


def test_a_jury_in_line_they_will_interview_you_and_an_assessment_panel() -> None:
    jury = "Entrevista – Concurso 05/INAM/2026 (Estatística). Júri: Dr. Aurélio Chissano (presidente), dr.ª Benvinda Tembe e eng. Paulo Mondlane (vogais)."  # noqa: E501
    assert [n for n, _ in names_in_description(jury)[0]] == [
        "Dr. Aurélio Chissano", "dr.ª Benvinda Tembe", "eng. Paulo Mondlane",
    ]  # fmt: skip
    agency = "Vão entrevistá-la o Eng.º Tiago Brandão, Director de Operações, e a Eng.ª Gércia Sitoe, Directora do Projecto."  # noqa: E501
    assert len(names_in_description(agency)[0]) == 2
    panel = "Assessment panel:\n– Ms. Ingrid Lund, Deputy Director (Chair)\n– Ms. Énia Cossa, Head of Programme"  # noqa: E501
    assert [n for n, _ in names_in_description(panel)[0]] == ["Ms. Ingrid Lund", "Ms. Énia Cossa"]


def test_a_posts_field_after_a_dash_a_place_after_a_post_and_an_officer() -> None:
    bank = invite_to_casey(
        "Banco Limpopo – 2.ª entrevista | Casey Candidate", start=START,
        description="envio o convite para a segunda entrevista para a função de Analista de "
        "Dados – Prevenção do Branqueamento de Capitais.",
    )  # fmt: skip
    assert read(bank).role == "Analista de Dados – Prevenção do Branqueamento de Capitais"
    mobile = invite_to_casey(
        "Entrevista – Casey Candidate", start=START,
        description="Segue o convite para a nossa conversa sobre a vaga de Senior CVM Analyst "
        "em Maputo.",
    )  # fmt: skip
    assert read(mobile).role == "Senior CVM Analyst"
    ngo = invite_to_casey(
        "Entrevista | Fundação Mangal Azul (Casey Candidate)", start=START,
        description="Esta é a entrevista para a vaga de Oficial de Monitoria e Avaliação (M&A), "
        "com base em Maputo.",
    )  # fmt: skip
    assert read(ngo).role == "Oficial de Monitoria e Avaliação"


def test_a_bodys_initials_stay_capitals_and_a_vacancys_country_code_goes() -> None:
    event = invite_to_casey(
        "Interview – VA 2026/MOZ/204 Programme Analyst – C. Candidate",
        Attendee("lena.moe@unirr.org", "Lena Moe"), start=START, organizer="lena.moe@unirr.org",
        description="Dear Ms. Candidate,\n\nYour interview with UNIRR.\n\nUnited Nations "
        "Institute for Rural Roads (UNIRR)",
    )  # fmt: skip
    read_as = read(event)
    assert (read_as.company, read_as.role) == ("UNIRR", "Programme Analyst")
    # (and two fields in brackets after the post are the post's)
    fields = invite_to_casey(
        "Interview – VA 2026/MOZ/204 Programme Analyst (Data & Monitoring) NOB", start=START
    )
    assert read(fields).role == "Programme Analyst (Data & Monitoring)"


def test_a_groups_brand_in_the_title_on_the_groups_domain() -> None:
    event = invite_to_casey(
        "Chuva Mobile | Entrevista – Casey Candidate",
        Attendee("ana.reis@chuvagroup.com", "Ana Reis"),
        Attendee("rui.sitoe@chuva.co.mz", "Rui Sitoe"), start=START,
        organizer="ana.reis@chuvagroup.com", organizer_name="Ana Reis",
        description="Eu e o Rui vamos conduzir a entrevista.\n\nAna Reis\nDiretora | Grupo Chuva",
    )  # fmt: skip
    read_as = read(event)
    assert (read_as.company, read_as.employer_domain) == ("Chuva Mobile", "chuvagroup.com")


# --------------------------------------------------------------------------- mail


def test_an_agency_relays_a_rejection_in_its_own_words() -> None:
    body = (
        "They have gone ahead with a candidate who is already in Abu Dhabi, so they will not be "
        "taking your profile forward."
    )
    assert classified(body, "PK", date(2026, 12, 8))[0] is ReplyKind.REJECTION


def test_a_decision_that_waits_on_someones_return_with_no_date() -> None:
    body = (
        "Your interview went well, but the final decision rests with our Chairman, who is "
        "travelling. The decision will be taken after his return; at this point I am unable to "
        "commit any date."
    )
    assert classified(body, "PK", date(2026, 12, 8)) == (ReplyKind.STILL_DECIDING, None)


def test_counts_in_anothers_week_after_the_panels_conclude_and_of_his_or_her_interview() -> None:
    on = date(2026, 12, 9)
    saudi = (
        "No decision yet. Their last interviews close on Thursday 17 December, and they will "
        "confirm their decision within 4 working days after that. They count their own working "
        "days in KSA: Sunday to Thursday."
    )
    # 20, 21, 22, 23 December (Sunday to Wednesday)
    assert classified(saudi, "PK", on, sent_from=KARACHI, zone=KARACHI)[1] == date(2026, 12, 23)
    bank = (
        "The panel interviews with the remaining candidates will conclude on Friday, 11 December "
        "2026, so no decision has been taken so far. Final results will be communicated to all "
        "candidates within 5 working days after the panel interviews conclude."
    )
    assert classified(bank, "PK", on, sent_from=KARACHI, zone=KARACHI)[1] == date(2026, 12, 18)
    found = find_date(
        "The result shall be communicated within ten (10) working days of his/her interview.",
        after=on, interviewed=date(2026, 12, 7),
    )  # fmt: skip
    assert found is not None and found.value == date(2026, 12, 21)


def test_a_hub_abroad_that_works_through_the_persons_holiday() -> None:
    body = (
        "No decision has been made yet. We will come back to you within 15 business days; our "
        "Dubai hub works Monday to Friday and 25 December is a normal working day in the UAE."
    )
    dubai = timezone(timedelta(hours=4))
    # from Tuesday 8 December, Christmas counted: Tuesday 29 December
    assert classified(body, "PK", date(2026, 12, 8), sent_from=dubai, zone=KARACHI)[1] == date(
        2026, 12, 29
    )


def test_questions_that_are_no_decision_however_many_come_between() -> None:
    questions = "\n".join(
        f"{n}. A question about the role, its rotation and its site?" for n in range(1, 9)
    )  # noqa: E501
    body = (
        "Before we line up next steps I need to check a few things:\n\n"
        f"{questions}\n9. Could you send me two referees?\n\n"
        "This is not a decision on your application either way."
    )
    assert classified(body, "AU", date(2026, 12, 8))[0] is ReplyKind.OTHER


def test_days_a_writer_says_do_not_count_by_name_and_the_day_it_reopens_counts() -> None:
    body = (
        "The last interview is on Friday 18 December. We'll get back to every finalist within 10 "
        "working days of that last interview. It's NZ working days: Christmas Day, Monday 28 "
        "December (Boxing Day observed), New Year's Day and Monday 4 January don't count."
    )
    assert classified(
        body, "AU", date(2026, 12, 9), sent_from=AUCKLAND, zone=ADELAIDE
    )[1] == date(2027, 1, 7)  # fmt: skip
    reopens = find_date(
        "We will let you know our decision within 5 working days. The office is closed from "
        "Thursday 24th December and reopens on Monday 4th January, so those days don't count.",
        after=date(2026, 12, 21),
    )  # fmt: skip
    # 22, 23 December, then 4, 5, 6 January
    assert reopens is not None and reopens.value == date(2027, 1, 6)


def test_portuguese_waits_and_their_counts() -> None:
    on = date(2026, 12, 7)
    jury = (
        "O júri ainda não concluiu a avaliação das entrevistas. O resultado é comunicado no "
        "prazo de 10 (dez) dias úteis contados a partir da data da respectiva entrevista."
    )
    assert classified(jury, "MZ", on, interviewed=date(2026, 12, 3)) == (
        ReplyKind.STILL_DECIDING, date(2026, 12, 17),
    )  # fmt: skip
    after_that = (
        "Ainda não há decisão. A última entrevista está marcada para sexta-feira, 18 de "
        "Dezembro. A decisão será comunicada no prazo de 10 dias úteis após essa última "
        "entrevista. Não contam os feriados de 25 de Dezembro e 1 de Janeiro, nem os dias 24 e "
        "31 de Dezembro."
    )
    assert classified(after_that, "MZ", on, sent_from=MAPUTO, zone=MAPUTO) == (
        ReplyKind.STILL_DECIDING, date(2027, 1, 7),
    )  # fmt: skip
    lisbon = (
        "Ainda não decidiram. Comprometeram-se a dar uma resposta no prazo de 5 dias úteis a "
        "contar de hoje. Amanhã, 8 de Dezembro, é feriado nacional em Portugal."
    )
    # 9, 10, 11, 14, 15 December
    assert classified(lisbon, "MZ", on, sent_from=MAPUTO, zone=MAPUTO)[1] == date(2026, 12, 15)
    unsaid = "A acta ainda tem de ser homologada; não lhe consigo indicar quando serão divulgados os resultados."  # noqa: E501
    assert classified(unsaid, "MZ", on) == (ReplyKind.STILL_DECIDING, None)


def test_a_public_calls_convocation_to_its_interview_is_a_next_round() -> None:
    body = (
        "Assunto: Convocatória para a entrevista profissional\n\nO seu nome consta da lista "
        "curta dos candidatos admitidos à entrevista profissional."
    )
    assert classified(body, "MZ", date(2026, 11, 25))[0] is ReplyKind.NEXT_ROUND


# --------------------------------------------------------------------------- Amman


def test_a_heads_field_joined_by_an_ampersand_and_a_panel_chaired_by_someone() -> None:
    assert split_name_list(
        "Mr. Omar Haddad, Planning Manager, and Dr. Lena Vogt, Head of EU Regulatory & Market "
        "Access"
    ) == [
        ("Mr. Omar Haddad", "Planning Manager", ""),
        ("Dr. Lena Vogt", "Head of EU Regulatory & Market Access", ""),
    ]  # fmt: skip
    text = (
        "The panel will be chaired by Mr. Fadi Khoury, Deputy CEO, and will also include Sheikh "
        "Dr. Bilal Hijazi, Secretary of the Sharia Board, and Ms. Rania Saleh, Head of Data."
    )
    assert [n for n, _ in names_in_description(text)[0]] == [
        "Mr. Fadi Khoury", "Sheikh Dr. Bilal Hijazi", "Ms. Rania Saleh",
    ]  # fmt: skip


def test_a_count_from_the_date_of_his_or_her_interview_in_a_sunday_to_thursday_week() -> None:
    amman = timezone(timedelta(hours=3))
    body = (
        "The committee has not yet issued its results. Each candidate is notified within ten (10) "
        "working days from the date of his/her interview. Working days are Sunday to Thursday."
    )
    # interviewed Tuesday 1 December: 2, 3, 6, 7, 8, 9, 10, 13, 14, 15
    assert classified(
        body, "JO", date(2026, 12, 8), interviewed=date(2026, 12, 1), sent_from=amman, zone=amman
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 15))  # fmt: skip


def test_a_hub_that_names_its_week_after_a_dash_and_a_day_that_does_not_count() -> None:
    body = (
        "No decision yet: they have two more finalists to see, the last one on Monday 14 "
        "December. We'll come back to every finalist within 15 business days after that last "
        "interview. It's Dubai business days "
        "– Monday to Friday. Christmas Day is a normal working day for us; New Year's Day is a "
        "UAE public holiday, so that one doesn't count."
    )
    dubai, amman = timezone(timedelta(hours=4)), timezone(timedelta(hours=3))
    # 15 to 31 December with Christmas, then 4 and 5 January
    assert classified(body, "JO", date(2026, 12, 9), sent_from=dubai, zone=amman)[1] == date(
        2027, 1, 5
    )


# --------------------------------------------------------------------------- Quito and Casablanca


def test_a_jury_in_french_and_a_spanish_committee_in_a_line_of_a_note() -> None:
    oral = invite_to_casey(
        "Entretien oral ANDP – concours Administrateur 2e grade (Data)", start=START,
        description="Entretien oral – Concours n° 04/ANDP/2026. Jury : M. Karim Bennani "
        "(président), Mme Salma Idrissi et M. Omar Tazi (membres). Mme Nadia Alami assure le "
        "secrétariat du jury. Apporter : CIN originale + convocation imprimée.",
    )  # fmt: skip
    assert judge(oral, ME, RULES).outcome is Outcome.INTERVIEW
    read_as = read(oral)
    assert (read_as.company, read_as.role) == ("ANDP", "Administrateur 2e grade")
    assert [p.name for p in read_as.interviewers] == ["Karim Bennani", "Salma Idrissi", "Omar Tazi"]
    committee = (
        "Entrevista – Analista de Riesgos (Segmento 1). Comité de selección: Ing. Pablo Cando "
        "(Gerente de Riesgos, preside), Econ. Daniela Recalde (Jefa de Crédito) y Mgs. Nelson "
        "Tupiza (vocal)."
    )
    assert [n for n, _ in names_in_description(committee)[0]] == [
        "Ing. Pablo Cando", "Econ. Daniela Recalde", "Mgs. Nelson Tupiza",
    ]  # fmt: skip


def test_a_posts_words_after_et_and_y_are_no_people_and_a_cooperatives_zoom_account() -> None:
    assert [n for n, _, _ in split_name_list(
        "M. Hicham Lahlou, Directeur Général, et M. Thierry Grand, Directeur Administratif et "
        "Financier du Groupe Verdon"
    )] == ["M. Hicham Lahlou", "M. Thierry Grand"]  # fmt: skip
    assert [n for n, _, _ in split_name_list(
        "PhD. Hernán Ruales, Director de Planificación y Evaluación Institucional"
    )] == ["PhD. Hernán Ruales"]  # fmt: skip
    event = invite_to_casey(
        "Entrevista – Analista de Crédito", start=START,
        description="Cooperativa de Ahorro y Crédito Sumak Kawsay Ltda. is inviting you to a "
        "scheduled Zoom meeting.",
    )  # fmt: skip
    assert read(event).company == "Cooperativa de Ahorro y Crédito Sumak Kawsay Ltda."


def test_french_rejections_convocations_and_questions_that_decide_nothing() -> None:
    on = date(2026, 12, 8)
    for body in (
        "Nous avons décidé de poursuivre avec un(e) candidat(e) dont l'expérience correspond "
        "plus étroitement à nos besoins.",
        "Nous avons décidé de retenir une candidate qui connaît nos canaux. Je ne donne donc pas "
        "suite à votre candidature.",
    ):
        assert classified(body, "MA", on)[0] is ReplyKind.REJECTION, body
    convocation = "Convocation à l'entretien oral. Vous êtes admis(e) à passer l'entretien oral."
    assert classified(convocation, "MA", on)[0] is ReplyKind.NEXT_ROUND
    questions = (
        "En préparation de votre entretien, pourriez-vous me répondre sur les points suivants ?\n"
        "1. Votre préavis ?\n2. Vos prétentions salariales ?\n\nMerci de me répondre avant le "
        "vendredi 11 décembre. Ces questions sont posées à tous les candidats et ne préjugent en "
        "rien de la décision."
    )
    assert classified(questions, "MA", on) == (ReplyKind.OTHER, None)


def test_a_french_wait_after_the_others_last_interview_and_its_count() -> None:
    body = (
        "Pas encore de décision de notre côté : Nadia et Yassir ont encore deux finalistes à "
        "rencontrer, le dernier entretien étant prévu le vendredi 18 décembre. La décision vous "
        "sera communiquée dans un délai de 10 jours ouvrés après ce dernier entretien."
    )
    casablanca = timezone(timedelta(hours=1))
    # 21 to 31 December, 1 January skipped (Morocco's holiday), then 4 January
    assert classified(body, "MA", date(2026, 12, 9), sent_from=casablanca, zone=casablanca) == (
        ReplyKind.STILL_DECIDING, date(2027, 1, 4),
    )  # fmt: skip


def test_spanish_convocations_friday_of_next_week_and_a_count_from_the_day_after() -> None:
    on = date(2026, 12, 9)
    assert classified(
        "CONVOCATORIA A ENTREVISTA\n\nUsted ha obtenido un puntaje que le habilita para la fase "
        "de entrevista.", "EC", on,
    )[0] is ReplyKind.NEXT_ROUND  # fmt: skip
    assert classified(
        "Todavía no hay decisión. Nos darán su respuesta hasta el viernes de la próxima semana.",
        "EC", on,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 18))  # fmt: skip
    found = find_date(
        "El puntaje se notifica en el término de cinco (5) días hábiles contados a partir del "
        "día siguiente al de su entrevista.",
        after=on, interviewed=date(2026, 12, 8),
    )  # fmt: skip
    assert found is not None and found.value == date(2026, 12, 15)
    assert classified(
        "Necesitamos que nos ayude con la siguiente información:\n1. ¿Su aspiración salarial?\n\n"
        "Esto no es una decisión sobre su postulación, en ningún sentido.", "EC", on,
    ) == (ReplyKind.OTHER, None)  # fmt: skip


def test_a_writer_elsewhere_who_names_its_week_and_the_holidays_it_closes_on() -> None:
    body = (
        "No decision has been made yet. We'll come back to you within 15 business days of today. "
        "That's Perth business days: Monday to Friday, and our office is closed on Christmas Day "
        "(Friday 25 December) and on Monday 28 December for the Boxing Day public holiday in WA."
    )
    perth = timezone(timedelta(hours=8))
    # from Tuesday 8 December: 9 to 24 December, then 29, 30 and 31 December
    assert classified(body, "AU", date(2026, 12, 8), sent_from=perth, zone=ADELAIDE)[1] == date(
        2026, 12, 31
    )
