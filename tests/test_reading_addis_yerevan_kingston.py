"""Invites and mail as employers in Addis Ababa, Yerevan and Kingston write them.

Shapes (our own wording, after what these senders use): Amharic and Armenian mail and titles,
Ethiopian courtesy titles; counts in another country's days named by its holidays or its
calendar, an office's second and fourth Saturdays, a count after a meeting or someone's return
named before, after the day "on which they were interviewed", a closure across a month's end;
a Russian count after a committee's session; a group's brand by its first word, a subsidiary
whose domain its name opens, a Zoom account named as its own address.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import display_name, greeting_of, split_name_list
from agent.core.people import names_in_description
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite_to_casey, reply_in_country

ME, RULES = CASEY.email, CASEY_RULES
ADDIS = timezone(timedelta(hours=3))
YEREVAN = timezone(timedelta(hours=4))
KINGSTON = timezone(timedelta(hours=-5))
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


def kind_of(body: str, country: str, on: date = date(2026, 12, 9)) -> ReplyKind:
    return reply_in_country(body, country, on)[0]


# --------------------------------------------------------------------------- Amharic, Armenian


def test_amharic_news_of_a_round_a_wait_and_a_rejection() -> None:
    # "a call to an interview"; "we chose another candidate"
    assert kind_of("ለቃለ መጠይቅ ጥሪ – ከፍተኛ የመረጃ ተንታኝ", "ET") is ReplyKind.NEXT_ROUND
    assert kind_of("ብዙ ካሰብንበት በኋላ ሌላ ተወዳዳሪ መርጠናል።", "ET") is ReplyKind.REJECTION
    # "the interview's result is not decided yet ... within the fifteen (15) working days that
    # follow the day the interview was held"
    body = (
        "የቃለ መጠይቁ ውጤት ገና አልተወሰነም። ውጤቱ ቃለ መጠይቁ ከተካሄደበት ቀን ቀጥሎ ባሉት አስራ አምስት (15) የሥራ ቀናት ውስጥ ይገለጻል።"
    )
    # interviewed Tuesday 8 December; Ethiopia works 25 December: 9 ... 25, 28, 29
    assert reply_in_country(
        body, "ET", date(2026, 12, 9), interviewed=date(2026, 12, 8), sent_from=ADDIS
    ) == (ReplyKind.STILL_DECIDING, date(2026, 12, 29))


def test_armenian_news_of_a_round_a_wait_and_a_rejection() -> None:
    # "you are invited to an interview"; "your candidacy was not chosen"
    assert kind_of("Դուք հաղթահարել եք թեստավորման փուլը և հրավիրվում եք հարցազրույցի։", "AM") is (
        ReplyKind.NEXT_ROUND
    )
    assert kind_of("Ցավոք, այս անգամ Ձեր թեկնածությունը չի ընտրվել։", "AM") is ReplyKind.REJECTION
    # "no decision yet; interviews with others go on until 22.12.2026 inclusive; the commission
    # informs within the 10 working days that follow the last interview's day"
    body = (
        "Որոշում դեռ կայացված չէ։ Այլ թեկնածուների հետ հարցազրույցները շարունակվելու են մինչև "
        "22.12.2026 թ. ներառյալ։ Հանձնաժողովն ամփոփում է արդյունքները և տեղեկացնում "
        "մասնակիցներին վերջին հարցազրույցի օրվան հաջորդող 10 աշխատանքային օրվա ընթացքում։"
    )
    # Armenia's 31 December, 1, 2 and 6 January off: 23 ... 30, 4, 5, 7, 8
    assert reply_in_country(body, "AM", date(2026, 12, 9), sent_from=YEREVAN) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 8),
    )


def test_amharic_and_armenian_interview_titles_and_ethiopian_courtesy_titles() -> None:
    for title in ("EIDC ቃለ መጠይቅ – Senior Data Analyst", "Հարցազրույց – նախարարության մրցույթ"):
        note = invite_to_casey(title, start=START, description="Panel: Dr. Mulugeta Ayele.")
        assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    for written, greeted in (
        ("Ato Yohannes Gebremedhin", "Yohannes"),
        ("W/ro Tsion Bekele", "Tsion"),
    ):
        assert greeting_of(display_name(written, "x@example.com")) == greeted
    named = names_in_description(
        "From the client: W/ro Yeshi Gebreyes (Managing Director) and Ato Dereje Fikadu (Head of "
        "Farm Operations) will interview you. I won't join."
    )[0]
    assert [name for name, _ in named] == ["W/ro Yeshi Gebreyes", "Ato Dereje Fikadu"]


# --------------------------------------------------------------------------- English mail


def test_english_news_that_is_no_round_and_waits_with_no_date() -> None:
    promoted = (
        "They have decided to promote their own farm supervisor into the post, so your "
        "application won't go any further there."
    )
    assert kind_of(promoted, "ET") is ReplyKind.REJECTION
    no_date = (
        "The panel's recommendation has to be reviewed first. I am therefore not in a position to "
        "give you a date at this stage."
    )
    assert kind_of(no_date, "ET") is ReplyKind.STILL_DECIDING
    receipt = (
        "Your application for the Lead Analyst role has landed with us. Should there be a fit, "
        "someone from the team will contact you to arrange a first chat."
    )
    assert kind_of(receipt, "JM") in (ReplyKind.RECEIPT, ReplyKind.OTHER)
    papers = (
        "Before the final interview please send a copy of your passport and a signed consent for "
        "a credit-history check. These questions go to every finalist and do not mean that any "
        "decision has been taken."
    )
    assert kind_of(papers, "AM") is ReplyKind.OTHER


def test_the_others_final_interview_and_a_count_on_the_uk_calendar() -> None:
    body = (
        "We have not reached a decision yet. The panel is still meeting candidates, and our final "
        "interview is on Friday 18 December. We work to the UK calendar: we will let every "
        "candidate know the outcome no later than ten working days after that final interview."
    )
    # England's 25 and 28 December and 1 January: 21 ... 24, 29, 30, 31, 4, 5, 6
    assert reply_in_country(body, "ET", date(2026, 12, 8), sent_from=UTC) == (
        ReplyKind.STILL_DECIDING,
        date(2027, 1, 6),
    )


def test_counts_on_another_calendar_by_its_holidays_or_its_saturdays() -> None:
    kenyan = (
        "No decision yet. Group HR committed to confirming the outcome within fifteen (15) "
        "working days from today. Since it's Nairobi's calendar that applies, they skip the "
        "Kenyan public holidays."
    )
    # Kenya's 25 December and 1 January, not Ethiopia's calendar: ... 24, 28, 29, 30, 31
    assert reply_in_country(kenyan, "ET", date(2026, 12, 9), sent_from=ADDIS)[1] == date(
        2026, 12, 31
    )
    mumbai = (
        "They will give their decision within ten (10) working days from today. Their office "
        "works Monday to Saturday, except the second and fourth Saturdays of the month, and it is "
        "closed on Sundays and on 25 December."
    )
    # 10, 11, (12 off), 14 ... 18, 19, 21, 22
    assert reply_in_country(mumbai, "ET", date(2026, 12, 9), sent_from=ADDIS)[1] == date(
        2026, 12, 22
    )


def test_a_count_after_a_meeting_or_a_return_named_before() -> None:
    meeting = (
        "No decision yet. She will decide at her management meeting on Monday 21 December. She's "
        "promised me an answer within 5 working days after that meeting."
    )
    assert reply_in_country(meeting, "ET", date(2026, 12, 8), sent_from=ADDIS)[1] == date(
        2026, 12, 28
    )
    back = (
        "No decision yet. He is back in Yerevan on Monday 21.12, and we promised to give you an "
        "answer within 10 working days of his return. The studio is closed from 31.12 to 07.01 "
        "inclusive, so those days don't count."
    )
    assert reply_in_country(back, "AM", date(2026, 12, 9), sent_from=YEREVAN)[1] == date(
        2027, 1, 12
    )
    russian = (
        "Решение пока не принято. Ближайшее заседание – во вторник, 22 декабря. После заседания "
        "согласование занимает не более 10 рабочих дней, и считаются они по российскому "
        "производственному календарю."
    )
    # Russia's 31 December to 8 January: 23 ... 30, 11, 12, 13, 14
    assert reply_in_country(russian, "AM", date(2026, 12, 8), sent_from=YEREVAN)[1] == date(
        2027, 1, 14
    )


def test_a_us_count_with_closures_across_a_months_end_and_the_readers_holiday() -> None:
    body = (
        "No decision yet. The committee meets on Thursday, December 17, and we've committed to get "
        "back to you within 10 business days after that meeting. Those are our US business days: "
        "our offices are closed December 24-25 and December 31-January 1, and every other weekday "
        "counts, including January 6, which I know is a holiday for you."
    )
    assert reply_in_country(body, "AM", date(2026, 12, 7), sent_from=YEREVAN)[1] == date(2027, 1, 6)


def test_jamaican_counts() -> None:
    interviewed = (
        "The Interview Panel is still finalising its assessment. Candidates receive written notice "
        "of the result no later than twenty (20) working days after the day on which they were "
        "interviewed. Monday, 28 December is a normal working day in the public service."
    )
    assert reply_in_country(
        interviewed, "JM", date(2026, 12, 9), interviewed=date(2026, 12, 7), sent_from=KINGSTON
    )[1] == date(2027, 1, 6)
    barbados = (
        "Good to hear from you - and thanks again for your time on Friday. Nothing is decided yet. "
        "The committee's first sitting in the new year is on Monday 11 January 2027. We'll confirm "
        "the outcome within 10 working days of that meeting. Those are Barbados working days."
    )
    # Barbados's Errol Barrow Day on Thursday 21 January: 12 ... 20, 22, 25, 26
    assert reply_in_country(barbados, "JM", date(2026, 12, 9), sent_from=KINGSTON)[1] == date(
        2027, 1, 26
    )
    closing = (
        "No decision yet. He's committed to giving me feedback within 12 working days, counting "
        "from today. Twickenham closes for its Christmas break from Thursday 24 December and "
        "reopens on Monday 4 January."
    )
    assert reply_in_country(closing, "JM", date(2026, 12, 9), sent_from=KINGSTON)[1] == date(
        2027, 1, 5
    )


# --------------------------------------------------------------------------- invites


def test_a_groups_brand_by_its_first_word_and_a_subsidiary_whose_domain_its_name_opens() -> None:
    brand = invite_to_casey(
        "Carvalho Jamaica – final round | Casey Candidate",
        Attendee("ann@carvalhobaygroup.example", "Ann Best"),
        Attendee("kirk@carvalhomobile.example", "Kirk Reid"), start=START,
        organizer="ann@carvalhobaygroup.example", organizer_name="Ann Best",
        description="Kirk and I will interview you.\n\nAnn Best\nCarvalho Bay Communications Group",
    )  # fmt: skip
    assert read(brand).company == "Carvalho Jamaica"
    subsidiary = invite_to_casey(
        "Vahagn – final round with Casey Candidate",
        Attendee("arsen@vahagnsoft.example", "Arsen"),
        Attendee("nune@vahagnsoft.example", "Nune", role="opt-participant"), start=START,
        organizer="meg@tujunga.example", organizer_name="Meg",
        description="Arsen and I will interview you. The role sits with Vahagn in Yerevan; "
        "Tujunga Cloud is the parent company.\n\nMeg\nTujunga Cloud",
    )  # fmt: skip
    assert read(subsidiary).company == "Vahagn"


def test_a_zoom_account_named_as_its_own_address_and_a_kind_of_business_after_the_name() -> None:
    zoom = invite_to_casey(
        "Interview – NPO (Data & Analytics), NOC – Ethiopia", start=START,
        description="Panel: Ms. Atieno Koech and Mr. Fikru Zerihun.\n\nUNDSP Ethiopia is inviting "
        "you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://undsp.zoom.us/j/844927316",
    )  # fmt: skip
    assert read(zoom).company == "UNDSP Ethiopia"
    cargo = invite_to_casey(
        "Interview - Senior Analyst – Cargo Revenue (Req. GC-0457)",
        Attendee("y.g@gionacargo.example", "Yonas G"), start=START,
        organizer="system@successfactors.com", organizer_name="Giona Cargo - Talent Acquisition",
        description="Thank you for your application to Giona Cargo & Logistics Services S.C.",
    )  # fmt: skip
    assert read(cargo).company == "Giona Cargo & Logistics Services"


def test_interviewers_listed_with_a_middle_dot() -> None:
    listed = split_name_list(
        "Kemar Stultz, Head of Product · Kishore Lakasingh, Data Engineering Lead"
    )
    assert [name for name, _, _ in listed] == ["Kemar Stultz", "Kishore Lakasingh"]


def test_ato_is_a_title_in_addis_ababa_but_a_given_name_in_accra() -> None:
    ethiopian = display_name("Ato Yohannes Gebremedhin", "yohannes.g@et.example")
    assert greeting_of(ethiopian, "yohannes.g@et.example") == "Yohannes"
    ghanaian = display_name("Ato Kwamena Dadzie", "ato.dadzie@gh.example")
    assert (ghanaian, greeting_of(ghanaian, "ato.dadzie@gh.example")) == (
        "Ato Kwamena Dadzie",
        "Ato",
    )
