"""Invites and mail as employers in Kathmandu, Montevideo and St. John's write them.

Shapes (our own wording, after what these senders use): a week that is not Monday to Friday
("our working days are Sunday to Friday"), a foreign employer's own days, a count written
"7 (seven)", a count from a day two sentences back; Spanish counts from the interview and
from "esa última entrevista", an agency relaying "Todavía no tomaron una decisión"; a
winter shutdown from a month-first day to another; panels named "Interview by:", "will be
taken by", "Tribunal:" and "Selection Committee:"; a staffing firm's client round; a
manpower agency's client; a UN body under un.org; a host who admits candidates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from agent.core.dates import find_date
from agent.core.days_off import public_holidays
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import split_name_list
from agent.core.people import names_in_description
from agent.core.roles import strip_stage_words
from agent.core.senders import is_job_board
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite_to_casey, reply_in_country

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)
KATHMANDU = timezone(timedelta(hours=5, minutes=45))


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


classified = reply_in_country


# --------------------------------------------------------------------------- weeks and counts


def test_a_week_from_sunday_to_friday_counts_sundays_and_skips_saturdays() -> None:
    text = (
        "We will let all candidates know within 7 (seven) working days from today. Please note "
        "that our working days are Sunday to Friday; Saturdays are not counted."
    )
    # Wednesday 9 December: 10, 11, 13 (Sunday), 14, 15, 16, 17
    found = find_date(text, after=date(2026, 12, 9))
    assert found is not None and found.value == date(2026, 12, 17)
    plain = find_date("We will let you know within 7 working days.", after=date(2026, 12, 9))
    assert plain is not None and plain.value == date(2026, 12, 18)


def test_a_nepali_employer_at_the_persons_offset_counts_sunday_and_rests_on_saturday() -> None:
    body = "No decision yet. We will inform candidates within 3 working days of their interview."
    # interviewed Wednesday 9 December: Kathmandu counts 10, 11 and Sunday 13
    assert classified(
        body, "NP", date(2026, 12, 10), interviewed=date(2026, 12, 9), sent_from=KATHMANDU,
        zone=KATHMANDU,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 13))  # fmt: skip


def test_a_writer_elsewhere_who_says_how_they_count_keeps_their_own_days() -> None:
    body = (
        "We haven't made a decision yet. We close the loop with every candidate within 10 "
        "working days of their panel interview. For us that means Monday to Friday; our offices "
        "are closed on Friday, 25 December, so that day doesn't count."
    )
    india = timezone(timedelta(hours=5, minutes=30))
    # from 16 December: 17, 18, 21, 22, 23, 24, 28, 29, 30, 31 (Nepal's 30 December is
    # not theirs)
    assert classified(
        body, "NP", date(2026, 12, 17), interviewed=date(2026, 12, 16), sent_from=india,
        zone=KATHMANDU,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 31))  # fmt: skip
    # ... and one next door counts the person's public holidays as well
    assert classified(
        body, "NP", date(2026, 12, 17), interviewed=date(2026, 12, 16), sent_from=KATHMANDU,
        zone=KATHMANDU,
    ) == (ReplyKind.STILL_DECIDING, date(2027, 1, 1))  # fmt: skip


def test_a_count_after_that_last_interview_named_two_sentences_before() -> None:
    text = (
        "The last of the second-round interviews is on Friday, 18 December. No decision has been "
        "made yet. We will tell every candidate the outcome within 5 working days after that "
        "last interview."
    )
    found = find_date(text, after=date(2026, 12, 9))
    assert found is not None and found.value == date(2026, 12, 25)


def test_spanish_counts_from_your_interview_and_from_that_last_interview() -> None:
    ours = "El acta se publicará dentro de los 10 días hábiles siguientes a su entrevista."
    found = find_date(ours, after=date(2026, 12, 9), interviewed=date(2026, 12, 4))
    assert found is not None and found.value == date(2026, 12, 18)
    theirs = (
        "Estamos terminando las entrevistas y la última es el viernes 18/12. La decisión la "
        "comunicamos dentro de los 5 días hábiles siguientes a esa última entrevista."
    )
    found = find_date(theirs, after=date(2026, 12, 9), month_first=False,
                      holidays=public_holidays("UY", "", [2026, 2027]))  # fmt: skip
    assert found is not None and found.value == date(2026, 12, 28)  # 21, 22, 23, 24, 28


def test_a_shutdown_from_one_month_first_day_to_another_and_a_count_after_the_return() -> None:
    text = (
        "They will decide within 5 business days after we're back on Monday, January 4. "
        "The company shuts down for the winter break from Thursday, December 24 through "
        "Friday, January 1."
    )
    found = find_date(text, after=date(2026, 12, 9))
    assert found is not None and found.value == date(2027, 1, 11)
    shut = (
        "We'll decide within 5 business days after Friday, December 18. Our office shuts down "
        "from December 24 through January 1, and those days don't count."
    )
    found = find_date(shut, after=date(2026, 12, 9))
    assert found is not None and found.value == date(2027, 1, 5)  # 21, 22, 23, 4, 5


# --------------------------------------------------------------------------- mail classes


def test_an_agency_relays_no_decision_and_another_candidates_chat_is_no_rejection() -> None:
    body = (
        "Hablé con el cliente. Todavía no tomaron una decisión: les falta la charla con otro "
        "candidato. Te aviso apenas sepa algo."
    )
    assert classified(body, "UY", date(2026, 12, 9))[0] is ReplyKind.STILL_DECIDING


def test_a_spanish_rejection_in_the_deans_own_words() -> None:
    body = (
        "La comisión resolvió proponer a una persona con más experiencia en acreditación. Su "
        "postulación, por lo tanto, no seguirá adelante en este llamado."
    )
    assert classified(body, "UY", date(2026, 12, 9))[0] is ReplyKind.REJECTION


def test_questions_before_the_next_interview_that_decide_nothing_are_other() -> None:
    spanish = (
        "Antes de la segunda entrevista necesitamos completar algunos datos: su pretensión "
        "salarial y su preaviso. Esto no implica ninguna decisión sobre el proceso."
    )
    assert classified(spanish, "UY", date(2026, 12, 9))[0] is ReplyKind.OTHER
    english = (
        "The client's HR has asked for a few details before the interview:\n\n1. Your passport "
        "expiry date.\n2. Your expected salary.\n3. Your notice period.\n\nPlease send these by "
        "Sunday. This is only for the client's records - no decision has been made yet."
    )
    assert classified(english, "NP", date(2026, 12, 9))[0] is ReplyKind.OTHER


def test_others_final_interviews_and_a_round_under_way_elsewhere_are_no_next_round() -> None:
    held = (
        "The final interviews of the remaining shortlisted candidates were held on Monday, and "
        "no decision has been made yet."
    )
    assert classified(held, "NP", date(2026, 12, 9))[0] is ReplyKind.STILL_DECIDING
    underway = (
        "The second round of interviews, for candidates in the western region, is taking place "
        "in our field office this week. No decision has been made yet."
    )
    assert classified(underway, "NP", date(2026, 12, 9))[0] is ReplyKind.STILL_DECIDING


def test_nepals_job_boards_relay_an_employers_decision() -> None:
    assert is_job_board("kumarijob.com") and is_job_board("merojob.com")


# --------------------------------------------------------------------------- people


def test_panels_named_by_interview_by_taken_by_tribunal_and_selection_committee() -> None:
    def named(text: str) -> list[str]:
        return [n for n, _ in names_in_description(text)[0]]

    assert named(
        "Interview by: Mr. Hemant Raj Joshi, Head – Treasury, and Ms. Sushma Karki, Chief "
        "Manager – Operations"
    ) == ["Mr. Hemant Raj Joshi", "Ms. Sushma Karki"]
    assert named(
        "The interview will be taken by our Managing Director Er. Bimal Prasad Koirala and our "
        "Finance Director CA Nirmala Thapa. Please bring your CV."
    ) == ["Bimal Prasad Koirala", "Nirmala Thapa"]
    assert named(
        "Llamado 512/2026, Analista. Tribunal: Soc. Ana Ferreira (presidenta), Ec. Luis Martins "
        "y Lic. Carla Pérez. Llevar cédula."
    ) == ["Soc. Ana Ferreira", "Ec. Luis Martins", "Lic. Carla Pérez"]
    assert named(
        "Interview for the consultant post. Selection Committee: Er. Gopal Adhikari, Project "
        "Director (Chair); Dr. Mina Shrestha, Team Leader (Member)."
    ) == ["Gopal Adhikari", "Dr. Mina Shrestha"]


def test_an_adviser_is_a_post_and_spanish_en_is_where_someone_works() -> None:
    assert [p[0] for p in split_name_list("Ravi Menon, Global Data Adviser, who joins")] == [
        "Ravi Menon"
    ]
    people = split_name_list(
        "Kevin Shaw, Engineering Manager de Plataforma en Northgate Freight, y Ana Ruiz, QA Lead"
    )
    assert [p[0] for p in people] == ["Kevin Shaw", "Ana Ruiz"]
    assert [p[0] for p in split_name_list("Jan de Vries en Piet Jansen")] == [
        "Jan de Vries",
        "Piet Jansen",
    ]


def test_a_writer_who_leaves_a_host_who_admits_candidates_and_she_who_is_not_on_the_invite() -> (
    None
):
    me = Attendee("lucia@nearshore.example", "Lucía Ríos")
    client = Attendee("dana@client.example", "Dana Fry")
    event = invite_to_casey(
        "Nearshore x Client – client interview", me, client, start=START,
        organizer=me.email, organizer_name=me.name,
        description="Te va a entrevistar Dana Fry. Yo abro la llamada, los presento y me bajo. "
        "Acordate que el puesto es en Nearshore.",
    )  # fmt: skip
    assert [p.email for p in read(event).interviewers] == [client.email]
    chief = Attendee("chief@hospital.example", "Elena Suárez")
    writer = Attendee("quality@hospital.example", "Inés Vidal")
    event = invite_to_casey(
        "Entrevista – Analista", writer, chief, start=START,
        organizer=writer.email, organizer_name=writer.name,
        description="La entrevistamos la Dra. Elena Suárez y yo.\n\nMarta Gil, de Gestión "
        "Humana, coordinó la agenda; ella no estará en la entrevista.",
    )  # fmt: skip
    assert sorted(p.email for p in read(event).interviewers) == [chief.email, writer.email]
    hosted = names_in_description(
        "Panel: Dr. Mina Shrestha and Gopal Adhikari. Ramesh Bhatta (PMO) will host the meeting "
        "and admit candidates one by one."
    )[0]
    assert [n for n, _ in hosted] == ["Dr. Mina Shrestha", "Gopal Adhikari"]


# --------------------------------------------------------------------------- company and role


def test_a_staffing_firms_client_round_is_still_the_firms_job() -> None:
    client = Attendee("morgan@harbourhealth.example", "Morgan Reyes")
    firm = Attendee("sam@copperlinetech.example", "Sam Thapa")  # "CLT": its capitals
    event = invite_to_casey(
        "CLT client interview – Casey Candidate / Harbour Health Data", client, firm,
        start=START, organizer=client.email, organizer_name=client.name,
        description="This is the client-side interview for the Data Engineer position with "
        "CopperLine Tech: CopperLine would staff you on our platform team.",
    )  # fmt: skip
    assert read(event).company == "CopperLine Tech"


def test_a_manpower_agencys_client_and_a_un_body_under_un_org() -> None:
    agent = Attendee("hari@summitoverseas.example", "Hari Lama")
    event = invite_to_casey(
        "Online interview – Al Waha FM (Doha) – Facilities Coordinator", agent, start=START,
        organizer=agent.email, organizer_name=agent.name,
        description="The interview will be taken by Mr. Omar Haddad (HR Manager) of Al Waha "
        "Facilities Management WLL. I will not be part of the interview.",
    )  # fmt: skip
    assert read(event).company == "Al Waha Facilities Management"
    hr = Attendee("asha.rai@un.org", "Asha Rai")
    chair = Attendee("tom.berg@un.org", "Tom Berg")
    event = invite_to_casey(
        "CBI – Data Associate (G-6) – JO 123456", hr, chair, start=START,
        organizer=hr.email, organizer_name=hr.name,
        description="This confirms your interview for Data Associate (G-6), United Nations "
        "Office for Mountain Resilience (UNOMR), Kathmandu. Please bring your passport or "
        "citizenship certificate.",
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    assert read(event).company == "United Nations Office for Mountain Resilience"


def test_a_government_of_two_names_who_calls_a_job_portal_and_a_public_calls_post() -> None:
    hr = Attendee("kploughman@gov.nl.ca", "Ploughman, Krista")
    event = invite_to_casey(
        "Board Interview – Economist II", hr, start=START, organizer=hr.email,
        organizer_name=hr.name,
        description="This confirms your board interview.\n\nKrista Ploughman\nStaffing Officer\n"
        "Government of Newfoundland and Labrador",
    )  # fmt: skip
    assert read(event).company == "Government of Newfoundland and Labrador"
    note = invite_to_casey(
        "Phone interview – Birchwood Treks (MD calls)",
        start=START,
        description="Post: Sales Officer. Ask about the spring season.",
    )
    assert read(note).company == "Birchwood Treks"
    portal = invite_to_casey(
        "Entrevista Tribunal – ANEV (Uruguay Concursa)",
        start=START,
        description="Llamado 0412/2026, Analista en Estadística (provisoriato). Llevar cédula.",
    )
    interview = read(portal)
    assert (interview.company, interview.role) == ("ANEV", "Analista en Estadística")


def test_a_spanish_ordinal_round_is_no_part_of_the_job() -> None:
    assert strip_stage_words("2ª entrevista Analista de Riesgos") == "Analista de Riesgos"


# --------------------------------------------------------------------------- events


def test_a_spanish_webinar_a_reference_call_and_a_friend_whose_team_may_hire() -> None:
    webinar = invite_to_casey(
        "Entrevistas técnicas: cómo prepararte", start=START,
        description="Gracias por registrarse en el evento.\n\nID del seminario web: 852 0093",
    )  # fmt: skip
    assert judge(webinar, ME, RULES).outcome is Outcome.NOT
    talent = Attendee("julia@pampa.example", "Julia Ortiz")
    referee = invite_to_casey(
        "Referencias – Tomás Vidal", talent, start=START, organizer=talent.email,
        description="Tomás Vidal es finalista para el puesto de Data Engineer y nos pasó tu "
        "contacto como su líder en Initrode.",
    )  # fmt: skip
    assert judge(referee, ME, RULES).outcome is Outcome.NOT
    friend = Attendee("asmita@gmail.com", "Asmita Karki")
    coffee = invite_to_casey(
        "Coffee w/ Asmita", friend, start=START, organizer=friend.email,
        description="Re your question about Paisa Wallet: my manager says we'll add a data "
        "analyst once the budget is approved, but there's no vacancy notice yet.",
    )  # fmt: skip
    assert judge(coffee, ME, RULES).outcome is Outcome.MAYBE
