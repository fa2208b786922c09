"""Invites and mail as employers in Tallinn, Kampala and Honolulu write them.

Shapes (our own wording, after what these senders use): Outlook's quote header in Finnish,
Estonian and Russian; a Russian-speaking plant's invitation, wait and count "в течение 10
рабочих дней после Вашего собеседования"; an Estonian count "pärast seda" from the day the
sentence before names; Estonian and Finnish rejections; an agency's "(X kaudu)"; the person's
own Estonian note of a call; a Ugandan authority's panel named in prose and its secretary;
an NGO's "Country Office"; "within 10 business days of January 4"; a firm's winter break;
a cooperative whose domain is its initials and "coop"; questions that are "not an offer".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.core.dates import find_date
from agent.core.days_off import public_holidays
from agent.core.detect import to_interview
from agent.core.model import Attendee, DateMention, ReplyKind
from agent.core.people import names_in_description
from agent.core.reply_classify import classify
from agent.core.reply_text import own_words
from agent.core.senders import is_job_board
from agent.core.spelled import spelled_out
from tests.builders import CASEY, CASEY_RULES, inbox_message, invite_from, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


def classified(
    body: str, country: str, on: date, *, month_first: bool = False, interviewed: date | None = None
) -> tuple[ReplyKind, date | None]:
    msg = inbox_message("hr@employer.example", "Update", body,
                        received=datetime(on.year, on.month, on.day, 9, tzinfo=UTC))  # fmt: skip
    kind, mention = classify(
        msg, after=on, month_first=month_first, interviewed=interviewed,
        holidays=public_holidays(country, "", [on.year, on.year + 1]),
    )  # fmt: skip
    return kind, mention.value if isinstance(mention, DateMention) else None


# --------------------------------------------------------------------------- the quoted thread


def test_outlooks_quote_header_in_finnish_estonian_and_russian_ends_the_reply() -> None:
    for sender, sent in (("Lähettäjä", "Lähetetty"), ("Saatja", "Saadetud"), ("От", "Отправлено")):
        body = (
            "Hei Casey,\n\nWe will let you know by Friday.\n\nSatu\n\n"
            f"{sender}: Casey Candidate <casey@example.com>\n{sent}: 7.12.2026 19.02\n"
            "Aihe: Re: second round\n\nAre you inviting me to a second round?"
        )
        assert "second round" not in own_words(body), sender


# --------------------------------------------------------------------------- Russian


def test_a_russian_invitation_wait_rejection_and_offer() -> None:
    on = date(2026, 12, 8)
    assert classified(
        "Мы ознакомились с Вашим резюме и хотели бы пригласить Вас на собеседование в четверг.",
        "EE", on,
    )[0] is ReplyKind.NEXT_ROUND  # fmt: skip
    assert classified(
        "Решение пока не принято. О результатах мы сообщим Вам до пятницы, 18 декабря.", "EE", on
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 18))
    assert classified(
        "К сожалению, мы выбрали другого кандидата с большим опытом.", "EE", on
    )[0] is ReplyKind.REJECTION  # fmt: skip
    assert classified(
        "Мы рады предложить Вам должность аналитика с 1 февраля.", "EE", on
    )[0] is ReplyKind.OFFER  # fmt: skip
    # (what they cannot offer besides the job is no rejection)
    assert classified(
        "Мы не можем предложить Вам релокацию. Решение пока не принято.", "EE", on
    )[0] is ReplyKind.STILL_DECIDING  # fmt: skip


def test_a_russian_count_from_the_persons_interview() -> None:
    body = (
        "Решение пока не принято. О результатах мы сообщим Вам в течение 5 рабочих дней после "
        "Вашего собеседования."
    )
    got = classified(body, "EE", date(2026, 12, 8), interviewed=date(2026, 12, 4))
    assert got == (ReplyKind.STILL_DECIDING, date(2026, 12, 11))


# --------------------------------------------------------------------------- Estonian, Finnish


def test_an_estonian_count_after_the_day_the_sentence_before_names() -> None:
    text = (
        "Otsust me veel teinud ei ole – meil on veel mõned vestlused ja viimane neist toimub "
        "esmaspäeval, 14. detsembril. Lõpliku otsuse teeme 5 tööpäeva jooksul pärast seda."
    )
    holidays = public_holidays("EE", "", [2026, 2027])
    found = find_date(text, after=date(2026, 12, 7), holidays=holidays)
    assert found is not None and found.value == date(2026, 12, 21)


def test_estonian_and_finnish_rejections_and_an_estonian_agencys_invitation() -> None:
    on = date(2026, 12, 3)
    assert classified(
        "Nad valisid müügijuhi kohale kandidaadi, kellel on pikem kogemus, ja Teie "
        "kandidatuuriga nad edasi ei liigu.", "EE", on,
    )[0] is ReplyKind.REJECTION  # fmt: skip
    assert classified(
        "Oleme otsustanud jätkata nendega, kelle kogemus vastab paremini nõuetele.", "EE", on
    )[0] is ReplyKind.REJECTION  # fmt: skip
    assert classified(
        "Päädyimme valitsemaan myyntipäällikön tehtävään henkilön, jolla on pidempi kokemus. "
        "Emme siis jatka kanssasi tässä haussa.", "FI", on,
    )[0] is ReplyKind.REJECTION  # fmt: skip
    assert classified(
        "Mul on hea meel anda teada, et Põldma Mööbel soovib Teiega kohtuda.", "EE", on
    )[0] is ReplyKind.NEXT_ROUND  # fmt: skip


def test_an_agencys_client_in_the_title_and_an_estonian_agency_by_its_name() -> None:
    event = invite_to_casey(
        "Vestlus: laojuht – AS Põldma Mööbel (Personalikoda kaudu)", start=START,
        organizer="mari@varbamiskeskus.ee", organizer_name="Mari Mets",
        description="Vestlusel osalevad Põldma Mööbli tegevjuht Peeter Kask ja Liis Tamm.",
    )  # fmt: skip
    assert read(event).company == "AS Põldma Mööbel"


def test_the_persons_own_estonian_note_of_a_call_names_the_job_and_who_talks() -> None:
    event = invite_from(
        "Kivisilla Pank – vestlus (Teams)", "", start=START,
        description="Riskianalüütiku koht. Vestlevad Kaja Lepp (värbaja) ja Tõnu Org.",
    )  # fmt: skip
    got = read(event)
    assert got is not None and (got.company, got.role) == ("Kivisilla Pank", "Riskianalüütik")
    assert sorted(p.name for p in got.interviewers) == ["Kaja Lepp", "Tõnu Org"]


def test_an_estonian_committee_that_conducts_the_interview_and_one_who_joins_the_round() -> None:
    text = "Vestluse viib läbi konkursikomisjon:\n• Aivar Kuusk – juhataja\n• Reet Sepp – analüütik"
    assert [n for n, _ in names_in_description(text)[0]] == ["Aivar Kuusk", "Reet Sepp"]
    text = "Teises voorus osalevad lisaks minule Reet Sepp ja Jaan Kask."
    assert [n for n, _ in names_in_description(text)[0]] == ["Reet Sepp", "Jaan Kask"]


# --------------------------------------------------------------------------- Kampala


def test_a_panel_in_prose_a_post_with_its_fields_and_a_secretary_who_does_not_sit() -> None:
    hr = Attendee("amuwanga@ura.example.ug", "Agnes Muwanga")
    event = invite_to_casey(
        "Oral Interview – Senior Economist (Ref: LVA/HR/03/2026)", hr, start=START,
        organizer=hr.email, organizer_name=hr.name,
        description="The interview panel shall comprise Eng. Moses Okello, Director Planning, "
        "Research and Statistics (Chairperson); Dr. Sarah Auma, Manager Finance. I shall be in "
        "attendance as Secretary to the panel but I am not a member of the interviewing panel.",
    )  # fmt: skip
    assert sorted(p.name for p in read(event).interviewers) == ["Moses Okello", "Sarah Auma"]


def test_an_ngos_country_office_is_where_it_is_not_its_name() -> None:
    texts = ["Venue: Rwenzori Relief Network Country Office, Plot 4 Kira Road, Kampala"]
    assert spelled_out("rwenzorirn", texts) == "Rwenzori Relief Network"


def test_shortlisted_after_a_test_reference_checks_of_our_own_and_a_count_from_the_interview() -> (
    None
):
    on = date(2026, 12, 7)
    assert classified(
        "We are pleased to inform you that you passed the aptitude test and have been shortlisted "
        "for an oral interview on Friday.", "UG", on,
    )[0] is ReplyKind.NEXT_ROUND  # fmt: skip
    assert classified(
        "No decision has been made yet; we are also completing reference checks for the final "
        "candidates. We expect to communicate the outcome by Friday, 18th December 2026.",
        "UG", on,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 18))  # fmt: skip
    assert classified(
        "The panel has not yet made a decision. All interviewed candidates will be informed of "
        "the outcome within five (5) working days of the interview.", "UG", on,
        interviewed=date(2026, 12, 3),
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 10))  # fmt: skip


def test_questions_not_an_offer_and_kindly_revert_is_the_persons_deadline() -> None:
    on = date(2026, 12, 4)
    body = (
        "Before they decide, the client asked me for a few questions:\n\n1. Your notice period?"
        "\n2. Your expected salary?\n\nKindly revert by Tuesday, 8th December. To be clear, this "
        "is not an offer and no decision has been made either way."
    )
    assert classified(body, "UG", on) == (ReplyKind.OTHER, None)
    body = (
        "Could you answer a few questions?\n\n1. Would you relocate?\n\nCould you reply by "
        "Monday, December 14? This isn't an offer and no decision has been made yet."
    )
    assert classified(body, "US", on, month_first=True) == (ReplyKind.OTHER, None)
    # ... while a next round, with a test first, says as much about itself
    body = (
        "They would like to take you to the next stage. Before the final interview, they ask "
        "all finalists to complete a short questionnaire. This is not an offer and no decision "
        "has been made; I'll confirm the slot once the results are in."
    )
    assert classified(body, "US", on, month_first=True)[0] is ReplyKind.NEXT_ROUND


def test_brightermonday_in_uganda_relays_an_employers_decision() -> None:
    assert is_job_board("brightermonday.co.ug") and is_job_board("fuzu.com")


# --------------------------------------------------------------------------- Honolulu


def test_a_count_from_a_day_named_after_it_and_others_final_interviews() -> None:
    on = date(2026, 12, 8)
    assert classified(
        "No final decision has been made yet: our CEO is on leave until Monday, January 4. You "
        "can expect to hear from us within 5 business days of January 4.", "US", on,
        month_first=True,
    ) == (ReplyKind.STILL_DECIDING, date(2027, 1, 11))  # fmt: skip
    assert classified(
        "We haven't made a decision yet: there are still two final interviews on the calendar, "
        "and the last one is Friday, 12/18. We plan to decide within 3 business days of that "
        "last interview.", "US", on, month_first=True,
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 23))  # fmt: skip


def test_a_panel_member_in_prose_is_the_attendee_whose_address_has_a_middle_initial() -> None:
    chair = Attendee("lani.m.kealoha@hawaii.gov", "Kealoha, Lani M")
    event = invite_to_casey(
        "Interview – Planner IV (Recruitment No. 31007)", chair, start=START,
        organizer="hr.desk@hawaii.gov", organizer_name="HR Desk",
        description="The interview panel will consist of Dr. Lani Kealoha, Planning Officer "
        "(chair); and Keoni Ahuna, Planner V. I am not a member of the interview panel.",
    )  # fmt: skip
    addresses = sorted(p.email for p in read(event).interviewers)
    assert "lani.m.kealoha@hawaii.gov" in addresses


def test_roles_a_field_joined_by_and_a_team_in_brackets_and_a_job_before_where_it_is_based() -> (
    None
):
    event = invite_from(
        "Assessment & Learning Analytics Specialist – Committee Interview", "", start=START,
        description="Committee: Dr. Mele Kahale (chair) and Dr. Ikaika Lum.",
    )  # fmt: skip
    assert read(event).role == "Assessment & Learning Analytics Specialist"
    event = invite_from(
        "Phone interview – Kona Reef Hotel (Revenue)", "", start=START,
        description="Malia Kainoa (Director of Revenue) calls my cell. Pricing & Yield Analyst, "
        "based at the hotel in Kona.",
    )  # fmt: skip
    got = read(event)
    assert (got.company, got.role) == ("Kona Reef Hotel", "Pricing & Yield Analyst")


def test_a_cooperative_whose_domain_is_its_initials_and_coop() -> None:
    texts = ["Thanks for applying with Maui Island Power Cooperative."]
    assert spelled_out("mipcoop", texts) == "Maui Island Power Cooperative"


def test_microsofts_power_products_are_no_one() -> None:
    text = "15:00 – case: sketch a Power BI report\n15:45 – conversation with me and Ari Lepp"
    assert "Power BI" not in [n for n, _ in names_in_description(text)[0]]
