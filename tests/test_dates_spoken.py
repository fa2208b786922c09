"""Dates as employers write them: locales, parts of months, holidays, spans, and bounds.

The phrases are modelled on recruiters' status mails and applicant-tracking
templates (Greenhouse and Lever "application update" templates, and the
status-update examples in Indeed's and The Muse's career guides): "we won't
be able to make a final decision until early January", "you can expect to
hear back within 7-10 business days", "I'll follow up with you on Friday".
"""

from __future__ import annotations

from datetime import date

import pytest

from agent.core.date_words import month_first
from agent.core.dates import find_date, parse_date

TUESDAY = date(2026, 11, 17)
FRIDAY = date(2026, 11, 20)
SUNDAY = date(2026, 11, 22)
# The United States' public holidays around the end of 2026, as a holiday calendar names them.
US = {
    date(2026, 11, 11): "Veterans Day",
    date(2026, 11, 26): "Thanksgiving Day",
    date(2026, 12, 25): "Christmas Day",
    date(2027, 1, 1): "New Year's Day",
    date(2027, 1, 18): "Martin Luther King Jr. Day",
}
# Germany's: no Thanksgiving, and a longer Christmas.
DE = {
    date(2026, 12, 25): "Erster Weihnachtstag",
    date(2026, 12, 26): "Zweiter Weihnachtstag",
    date(2027, 1, 1): "Neujahr",
}


def read(text: str, after: date = TUESDAY, **kw: object) -> date | None:
    mention = parse_date(text, after=after, **kw)  # type: ignore[arg-type]
    assert mention.error == "", mention.error
    return mention.value


def problem(text: str, after: date = TUESDAY, **kw: object) -> str:
    mention = parse_date(text, after=after, **kw)  # type: ignore[arg-type]
    assert mention.value is None and mention.error, f"{text!r} was read as {mention.value}"
    return mention.error


# --------------------------------------------------------------------------- weeks


@pytest.mark.parametrize("text", ["by EOW", "EOW", "end of week", "e.o.w.", "end of the work week"])
def test_end_of_week_is_this_friday(text: str) -> None:
    assert read(text, TUESDAY) == FRIDAY
    assert read(text, FRIDAY) == FRIDAY
    assert read(text, SUNDAY) == date(2026, 11, 27)  # said on a weekend: the coming Friday


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (TUESDAY, date(2026, 11, 27)),
        (FRIDAY, date(2026, 11, 27)),  # on a Friday: a week on, not today
        (date(2026, 11, 21), date(2026, 11, 27)),  # Saturday: the week starting Monday
        (SUNDAY, date(2026, 11, 27)),
        (date(2026, 11, 23), date(2026, 12, 4)),  # Monday: that week is this week
    ],
)
def test_the_end_of_next_week_is_its_friday(after: date, expected: date) -> None:
    sentence = "We expect to reach a decision by the end of next week."
    mention = find_date(sentence, after=after)
    assert mention is not None and mention.value == expected
    assert read("the end of next week", after) == expected


def test_next_weekday_is_the_coming_one() -> None:
    assert read("next Tuesday", TUESDAY) == date(2026, 11, 24)
    assert read("next Tuesday", date(2026, 11, 16)) == TUESDAY


# --------------------------------------------------------------------------- numbers by locale


def test_numbers_read_by_the_persons_locale() -> None:
    assert read("12/5", month_first=True) == date(2026, 12, 5)
    assert read("12/5", month_first=False) == date(2027, 5, 12)
    assert "ambiguous" in problem("12/5")  # locale unknown: asked, not guessed
    assert read("12/25", month_first=False) == date(2026, 12, 25)  # one reading only
    assert "not a real date" in problem("13/13", month_first=True)


def test_numbers_across_a_year_end() -> None:
    december_20 = date(2026, 12, 20)
    assert read("1/5", december_20, month_first=True) == date(2027, 1, 5)
    assert read("5/1", december_20, month_first=False) == date(2027, 1, 5)
    # December 5 has passed: next year's is too far to be meant, so it is reported.
    assert "six months" in problem("12/5", december_20, month_first=True)


@pytest.mark.parametrize(
    ("country", "zone", "expected"),
    [
        ("US", "", True),
        ("PH", "", True),
        ("CA", "", True),
        ("GB", "America/New_York", False),  # the country wins over the zone
        ("", "America/Los_Angeles", True),
        ("", "America/Indiana/Indianapolis", True),
        ("", "Asia/Manila", True),
        ("", "Europe/Berlin", False),
        ("", "America/Sao_Paulo", False),
        ("", "UTC", None),
        ("", "", None),
    ],
)
def test_month_first_from_country_or_zone(country: str, zone: str, expected: bool | None) -> None:
    assert month_first(country, zone) is expected


def test_a_fraction_in_prose_is_not_a_date() -> None:
    mention = find_date(
        "We met 2/3 of the candidates and will decide by 12/5.", after=TUESDAY, month_first=True
    )
    assert mention is not None and mention.value == date(2026, 12, 5)


# --------------------------------------------------------------------------- parts of months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mid-December", date(2026, 12, 15)),
        ("mid December", date(2026, 12, 15)),
        ("the middle of December", date(2026, 12, 15)),
        ("early January", date(2027, 1, 10)),
        ("beginning of January", date(2027, 1, 10)),
        ("late January", date(2027, 1, 31)),
        ("late February", date(2027, 2, 28)),
        ("end of January", date(2027, 1, 31)),
        ("early December 2026", date(2026, 12, 10)),
    ],
)
def test_parts_of_a_month(text: str, expected: date) -> None:
    assert read(text) == expected


def test_a_part_of_this_month_already_past_is_reported() -> None:
    assert "before" in problem("early November", TUESDAY)
    assert read("late November", TUESDAY) == date(2026, 11, 30)


# --------------------------------------------------------------------------- holidays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thanksgiving is a Thursday, its Friday bridged: they are back on Monday.
        ("after Thanksgiving", date(2026, 11, 30)),
        ("after thanksgiving break", date(2026, 11, 30)),
        ("until after Thanksgiving", date(2026, 11, 30)),
        # Christmas (a Friday) and New Year's Day (the next Friday) are one run.
        ("after the holidays", date(2027, 1, 4)),
        ("after the holiday season", date(2027, 1, 4)),
        ("after Christmas", date(2027, 1, 4)),
        ("after the New Year", date(2027, 1, 4)),
        # A Monday holiday: back on Tuesday.
        ("after MLK Day", date(2027, 1, 19)),
        ("before Thanksgiving", date(2026, 11, 25)),
        ("by Christmas", date(2026, 12, 24)),
    ],
)
def test_holidays_are_read_from_the_calendar_given(text: str, expected: date) -> None:
    assert read(text, holidays=US) == expected


def test_holiday_names_match_whatever_their_case() -> None:
    shouting = {day: name.upper() for day, name in US.items()}
    assert read("after Thanksgiving", holidays=shouting) == date(2026, 11, 30)


def test_the_holidays_are_the_countrys_own() -> None:
    assert read("after the holidays", holidays=DE) == date(2027, 1, 4)
    assert "not in the holiday calendar" in problem("after Thanksgiving", holidays=DE)
    assert "no holiday calendar" in problem("after Thanksgiving")


def test_after_the_holidays_said_during_them() -> None:
    assert read("after the holidays", date(2026, 12, 28), holidays=US) == date(2027, 1, 4)


# --------------------------------------------------------------------------- spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in a couple of weeks", date(2026, 12, 1)),
        ("within 2 weeks", date(2026, 12, 1)),
        ("7-10 business days", date(2026, 12, 1)),
        ("7\u201310 business days", date(2026, 12, 1)),
        ("by the 15th", date(2026, 12, 15)),
    ],
)
def test_spans_and_days(text: str, expected: date) -> None:
    assert read(text) == expected


def test_business_days_skip_the_holidays_given() -> None:
    # From Tuesday 17 November, ten business days without Thanksgiving end on 1 December.
    assert read("10 business days", holidays=US) == date(2026, 12, 2)


# --------------------------------------------------------------------------- in prose


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A recruiter's holiday-season update.
        (
            "We won't be able to make a final decision until early January.",
            date(2027, 1, 10),
        ),
        ("I'll follow up with you on Friday.", FRIDAY),
        ("Thanks for your patience - I'll circle back by EOW.", FRIDAY),
        # Greenhouse / Lever application-received templates.
        # Ten business days, Thanksgiving skipped.
        ("You can expect to hear back within 7\u201310 business days.", date(2026, 12, 2)),
        ("Our review typically takes 7-10 business days.", date(2026, 12, 2)),
        ("We hope to wrap things up by mid-December.", date(2026, 12, 15)),
        ("The team will make a decision after Thanksgiving.", date(2026, 11, 30)),
        ("We'll have an update for you in a couple of weeks.", date(2026, 12, 1)),
        ("We expect to have news by the 15th.", date(2026, 12, 15)),
    ],
)
def test_dates_in_replies(sentence: str, expected: date) -> None:
    mention = find_date(sentence, after=TUESDAY, month_first=True, holidays=US)
    assert mention is not None and (mention.value, mention.error) == (expected, "")


# --------------------------------------------------------------------------- bounds (issue 8)


@pytest.mark.parametrize("text", ["2062-12-04", "December 4, 2062", "in 200 weeks", "in 9 months"])
def test_far_future_dates_are_reported_whatever_their_form(text: str) -> None:
    assert "more than six months" in problem(text)


def test_six_months_is_the_bound() -> None:
    assert read("2027-05-19") == date(2027, 5, 19)  # 183 days after
    assert "six months" in problem("2027-05-20")
    assert read("in 6 months") == date(2027, 5, 17)


def test_a_date_before_the_day_it_was_said_is_reported() -> None:
    assert "before 17 Nov 2026" in problem("2026-11-16")
    assert read("2026-11-17") == TUESDAY


def test_a_far_future_date_in_a_reply_is_reported_not_used() -> None:
    mention = find_date("We will decide by December 4, 2062.", after=TUESDAY)
    assert mention is not None and mention.value is None and "six months" in mention.error


# --------------------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    ("sentence", "after", "expected"),
    [
        # German, French and Spanish recruiters (our own wording, after their usual phrasing)
        ("Wir melden uns bis Ende nächster Woche.", FRIDAY, date(2026, 11, 27)),
        ("Wir melden uns bis zum 4.12. bei Ihnen.", TUESDAY, date(2026, 12, 4)),
        ("Eine Entscheidung erwarten wir Anfang Januar.", TUESDAY, date(2027, 1, 10)),
        ("Nous reviendrons vers vous mi-décembre.", TUESDAY, date(2026, 12, 15)),
        ("Nous reviendrons vers vous la semaine prochaine.", TUESDAY, date(2026, 11, 27)),
        ("Te daremos una respuesta a finales de enero.", TUESDAY, date(2027, 1, 31)),
        ("Te daremos una respuesta antes del 4 de diciembre.", TUESDAY, date(2026, 12, 4)),
        # Indian English: "revert" is "reply", and dates are day first.
        ("We will revert by 05/12/2026 regarding the outcome.", TUESDAY, date(2026, 12, 5)),
    ],
)
def test_dates_in_other_languages(sentence: str, after: date, expected: date) -> None:
    mention = find_date(sentence, after=after, month_first=False)
    assert mention is not None and mention.value == expected


def test_dots_are_day_first_even_in_the_us() -> None:
    assert read("5.12.", month_first=True) == date(2026, 12, 5)
    assert read("1/12", month_first=True) == date(2027, 1, 12)


# --------------------------------------------------------------------------- everyday replies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We hope to make a decision by Wednesday next week.", date(2026, 11, 25)),
        ("You'll hear from us no later than Dec. 4th.", date(2026, 12, 4)),
        ("We'll have an answer for you early next week.", date(2026, 11, 24)),
        ("Expect an update within the next 10 days.", date(2026, 11, 27)),
        ("We plan to finalize our decision by the first week of December.", date(2026, 12, 4)),
        ("We'll get back to you by the end of the day Friday.", date(2026, 11, 20)),
        ("We should know more in about 3 weeks.", date(2026, 12, 8)),
        ("We're targeting the 8th for a final decision.", date(2026, 12, 8)),
        ("We'll be in touch before the end of the year.", date(2026, 12, 31)),
        ("We will let you know by Monday, December 7.", date(2026, 12, 7)),
        ("I'll follow up early in the new year.", date(2027, 1, 10)),
        ("We'll know more after our hiring committee meets on Thursday.", date(2026, 11, 19)),
        ("I should have feedback for you Monday.", date(2026, 11, 23)),
        ("The team meets on Tuesdays, so expect news by Wednesday.", date(2026, 11, 18)),
        ("We aim to have a decision within a week.", date(2026, 11, 24)),
        ("We will reach a decision by 11/30.", date(2026, 11, 30)),
        ("You can expect to hear from us by Dec 1.", date(2026, 12, 1)),
        ("We'll update you the week of December 7.", date(2026, 12, 11)),
        ("Decisions will be made by the end of the month.", date(2026, 11, 30)),
        ("We'll get back to you in the next week or so.", date(2026, 11, 24)),
        ("Hoping to have news for you by end of next week at the latest.", date(2026, 11, 27)),
        ("We'll make our final decision by mid next week.", date(2026, 11, 25)),
    ],
)
def test_everyday_decision_sentences(sentence: str, expected: date) -> None:
    # Recruiters' status lines (DS shapes, see test_reply_wording), said on Tuesday 17 Nov.
    mention = find_date(sentence, after=TUESDAY, month_first=True)
    assert mention is not None and (mention.value, mention.error) == (expected, "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We are aiming to make a final decision by this Friday.", date(2026, 11, 20)),
        (
            "The committee meets on December 3rd, so you'll hear from us shortly after.",
            date(2026, 12, 3),
        ),
        ("You should receive an update within 5 business days.", date(2026, 11, 24)),
        ("Decisions typically take about two weeks.", date(2026, 12, 1)),
        ("We'll be in touch by Thanksgiving.", date(2026, 11, 25)),
        ("We hope to have a decision before the holidays.", date(2026, 12, 24)),
        ("Expect to hear from me by tomorrow afternoon.", date(2026, 11, 18)),
        ("We'll have an answer for you by COB Thursday.", date(2026, 11, 19)),
        ("I'll reach back out in early December.", date(2026, 12, 10)),
        ("We're planning to make a decision by December 10th.", date(2026, 12, 10)),
        ("We will get back to you in 1-2 weeks.", date(2026, 12, 1)),
        ("Our aim is to give everyone an answer on or before 12/4.", date(2026, 12, 4)),
        ("You can expect a response by Wed.", date(2026, 11, 18)),
        ("We'll notify all candidates by the 30th.", date(2026, 11, 30)),
        ("We hope to finalise things over the next couple of weeks.", date(2026, 12, 1)),
        ("We will reach out by the end of the week.", date(2026, 11, 20)),
        ("We should have news for you by the end of this month.", date(2026, 11, 30)),
        ("We expect to decide sometime next week.", date(2026, 11, 27)),
        ("Please give us until Friday to get back to you.", date(2026, 11, 20)),
        ("We'll update you no later than Monday the 23rd.", date(2026, 11, 23)),
    ],
)
def test_more_decision_sentences(sentence: str, expected: date) -> None:
    # "before the holidays" is the day before the year-end run starts (Christmas Eve).
    mention = find_date(sentence, after=TUESDAY, month_first=True, holidays=US)
    assert mention is not None and (mention.value, mention.error) == (expected, "")


def test_a_decision_note_after_a_holiday() -> None:
    from agent.core.notes import parse_notes

    notes = parse_notes("decision: after Thanksgiving", interview_day=TUESDAY, holidays=US)
    assert notes.decision is not None and notes.decision.value == date(2026, 11, 30)
    assert parse_notes("decision: 12/5", interview_day=TUESDAY, month_first=True).decision


# Our own lines, in the shapes of Nordic and Polish recruiters' status mails and of
# Australian and British English ("a fortnight", "Wednesday the 25th").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You'll hear from us by Wednesday the 25th.", date(2026, 11, 25)),
        ("We'll let you know on Friday the 4th.", date(2026, 12, 4)),  # not November's Wed 4th
        ("Decyzję przekażemy Panu do 10 grudnia.", date(2026, 12, 10)),
        ("Odezwiemy się do 2 stycznia.", date(2027, 1, 2)),
        ("Vi återkommer med besked senast den 4 december.", date(2026, 12, 4)),
        ("Vi tar en beslutning innen 3. desember.", date(2026, 12, 3)),
        ("We will get back to you within the next fortnight.", date(2026, 12, 1)),
        ("Expect a decision in a fortnight.", date(2026, 12, 1)),
        # A weekday for something else ("on Monday") does not win over the deadline.
        (
            "We have one more interview on Monday, so you'll hear from us by Wednesday the 25th.",
            date(2026, 11, 25),
        ),
        ("After the panel on Thursday we will decide by 1 December.", date(2026, 12, 1)),
    ],
)
def test_nordic_polish_and_commonwealth_dates(text: str, expected: date) -> None:
    found = find_date(text, after=TUESDAY)
    assert found is not None and found.value == expected, found


def test_a_weekday_and_a_day_that_never_meet_is_reported() -> None:
    mention = parse_date("Wednesday the 31st", after=TUESDAY)
    assert mention.value is None or mention.value.weekday() == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rupert is out of the office until next week, so we should be in a position to "
            "give you a decision on 03/12.",
            date(2026, 12, 3),
        ),
        ("Our director is away until Monday; we will get back by Friday.", date(2026, 11, 20)),
        ("She's on annual leave until the 30th, but you'll hear from us by 4 December.",
         date(2026, 12, 4)),
        # Reaching out and signing off are no absence.
        ("We will reach out on Friday with a decision.", date(2026, 11, 20)),
        ("The committee will sign off on Friday and we will let you know.", date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_when_someone_is_away_is_not_the_decision_date(text: str, expected: date) -> None:
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == expected, found


# Weekdays in the languages employers write, a weekday beside a numeric date, a day's
# dot in German ("4. Dezember" is no sentence end), and "the 4th" as a day of the month.
@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("Ti faremo sapere entro venerdì.", None, date(2026, 11, 20)),
        ("Wir melden uns bis Freitag.", None, date(2026, 11, 20)),
        ("Nous vous répondrons d'ici vendredi.", None, date(2026, 11, 20)),
        ("Le daremos una respuesta el viernes.", None, date(2026, 11, 20)),
        ("Daremos retorno até sexta-feira.", None, date(2026, 11, 20)),
        ("Vi återkommer på fredag.", None, date(2026, 11, 20)),
        ("Odezwiemy się do piątku.", None, date(2026, 11, 20)),
        ("We laten je uiterlijk 3 december weten.", None, date(2026, 12, 3)),
        ("Wir werden Ihnen bis zum 4. Dezember Bescheid geben.", None, date(2026, 12, 4)),
        ("You can expect to hear from us by Tuesday 12/1.", True, date(2026, 12, 1)),
        ("We will decide by Thursday 3/12.", None, date(2026, 12, 3)),  # the weekday settles it
        ("We'll let you know by the 4th.", True, date(2026, 12, 4)),
    ],
)
def test_weekdays_in_other_languages_and_dates_beside_them(
    text: str, month_first: bool | None, expected: date
) -> None:
    found = find_date(text, after=TUESDAY, month_first=month_first)
    assert found is not None and found.value == expected, found


# A weekday with its article before the number ("Freitag, den 4.12."), when offers go out,
# a Dutch promise with the date inside it ("laat je uiterlijk ... weten"), and someone
# away somewhere ("at a trade fair until next week") whose return is not the decision.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir geben Ihnen bis Freitag, den 4.12., Bescheid.", date(2026, 12, 4)),
        ("Nous reviendrons vers vous vendredi le 4/12.", date(2026, 12, 4)),
        ("Offers for this intake should be sent by early December.", date(2026, 12, 10)),
        ("We laten je uiterlijk vrijdag 4 december weten hoe het verder gaat.", date(2026, 12, 4)),
        (
            "Our director is away at a trade fair until next week, expect a decision by the 9th.",
            date(2026, 12, 9),
        ),
        (
            "The CFO is out on client visits until Monday; you'll hear from us by Dec 3.",
            date(2026, 12, 3),
        ),
        ("We'll be back in touch on Friday with a decision.", FRIDAY),
        # a deadline said with "by" wins over dates the process passes through
        (
            "We're closing applications on Friday and will review the shortlist after that; "
            "you'll hear from me no later than Wednesday 2 December.",
            date(2026, 12, 2),
        ),
        ("We have a few more calls to make, so we'll make our call by the 4th.", date(2026, 12, 4)),
        ("Nous vous ferons un retour d'ici le jeudi 3 décembre.", date(2026, 12, 3)),
        # counts of hours and working days, in words, in other languages
        ("You'll hear from us within the next 72 hours.", date(2026, 11, 20)),
        ("Je krijgt binnen vijf werkdagen een terugkoppeling.", date(2026, 11, 24)),
        ("Sie erhalten innerhalb von 3 Werktagen eine Rückmeldung.", date(2026, 11, 20)),
        ("Te daremos una respuesta en diez días hábiles.", date(2026, 12, 1)),
        ("Vi återkommer med besked inom två veckor.", date(2026, 12, 1)),
        # the end of the month said otherwise
        ("I'll have an answer for you by month's end.", date(2026, 11, 30)),
        ("Nous reviendrons vers vous d'ici la fin du mois.", date(2026, 11, 30)),
        # a weekday of a numbered week, and a weekday with its date in brackets
        ("Wir melden uns spätestens Donnerstag der KW 48.", date(2026, 11, 26)),
        ("Vi återkommer senast onsdag vecka 49.", date(2026, 12, 2)),
        ("Damos retorno até sexta-feira (27/11).", date(2026, 11, 27)),
    ],
)
def test_articles_offers_and_absences_around_decision_dates(text: str, expected: date) -> None:
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == expected, found


def test_a_weekday_before_a_holiday_is_the_last_such_day_before_it() -> None:
    text = "We'll let you know by the Tuesday before Thanksgiving."
    found = find_date(text, after=TUESDAY, month_first=True, holidays=US)
    assert found is not None and found.value == date(2026, 11, 24), found


def test_the_date_beside_the_decision_beats_the_one_beside_its_process() -> None:
    text = (
        "We have one more finalist going through the process this week, and with the "
        "holiday we'll make the call right after Thanksgiving."
    )
    found = find_date(text, after=TUESDAY, month_first=True, holidays=US)
    assert found is not None and found.value == date(2026, 11, 30), found


def test_practical_information_for_the_interview_day_names_no_decision() -> None:
    assert find_date("Nog even wat praktische informatie voor vrijdag:", after=TUESDAY) is None
    found = find_date("We'll inform you by Friday.", after=TUESDAY)
    assert found is not None and found.value == date(2026, 11, 20), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board meets on Thursday, and I'll ring you on Monday with the result.",
         date(2026, 11, 23)),
        ("We see the last candidate on Friday, and I will phone you on Wednesday 25th "
         "November with the outcome.", date(2026, 11, 25)),
        ("The panel sits on Wednesday and we'll write to you on Friday with our answer.",
         date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_the_day_they_will_call_beats_the_day_they_meet(text: str, expected: date) -> None:
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shout, a day said to be past, "au plus tard", Hebrew and Vietnamese days
        ("Nothing decided yet, but I'll give you a shout on Thursday either way.",
         date(2026, 11, 19)),
        ("Merci pour l'entretien de vendredi passé. Je vous donnerai une réponse au plus tard "
         "le lundi 23 novembre.", date(2026, 11, 23)),
        ("נחזור אלייך עד יום שישי, 20.11, בכל מקרה.", date(2026, 11, 20)),
        ("Công ty sẽ phản hồi kết quả chậm nhất vào thứ Sáu, ngày 20/11/2026.",
         date(2026, 11, 20)),
    ],
)  # fmt: skip
def test_decision_days_in_more_of_the_ways_they_are_written(text: str, expected: date) -> None:
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == expected, found


@pytest.mark.parametrize(
    "text",
    [
        "Kami akan mengabari Anda paling lambat Jumat, 20 November 2026.",
        "Kami akan memaklumkan keputusan sebelum Jumaat, 20 November 2026.",
    ],
)
def test_indonesian_and_malay_decision_days(text: str) -> None:
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == date(2026, 11, 20), found


@pytest.mark.parametrize(
    "text",
    [
        "Θα σας δώσουμε απάντηση μέχρι την Παρασκευή 20 Νοεμβρίου.",
        "Vă comunicăm decizia cel târziu vineri, 20 noiembrie.",
        "Legkésőbb november 20-án, pénteken értesítjük a döntésről.",
        "سنرد عليك بالقرار قبل يوم الجمعة ٢٠ نوفمبر.",
    ],
)
def test_greek_romanian_hungarian_and_arabic_decision_days(text: str) -> None:
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == date(2026, 11, 20), found


def test_malay_names_its_months() -> None:
    found = find_date("Kami akan memaklumkan keputusan sebelum 11 Disember 2026.", after=TUESDAY)
    assert found is not None and found.value == date(2026, 12, 11), found


def test_a_dutch_deadline_after_a_day_another_candidate_is_seen() -> None:
    found = find_date(
        "Er is nog geen beslissing: we spreken dinsdag nog een kandidaat. Uiterlijk vrijdag 27 "
        "november hoor je van ons.",
        after=TUESDAY,
        month_first=False,
    )
    assert found is not None and found.value == date(2026, 11, 27), found


def test_a_german_weekday_with_dem_and_its_date() -> None:
    found = find_date("Sie hören spätestens am Freitag, dem 27. November, von uns.", after=TUESDAY)
    assert found is not None and found.value == date(2026, 11, 27), found


@pytest.mark.parametrize(
    ("text", "after", "first", "expected"),
    [
        # another candidate's day, then the deadline "by end of day"
        ("They had one more final-round candidate this Monday and want to compare notes before "
         "they make a call. We aim to get back to everyone by end of day Thursday, 11/26.",
         TUESDAY, True, date(2026, 11, 26)),
        # a Brazilian "na quinta, dia 26"
        ("A previsão é fecharmos o processo na quinta, dia 26, e eu te dou um retorno.",
         TUESDAY, False, date(2026, 11, 26)),
        # Chinese "12/11（五）前": month first
        ("预计 11/27（五）前会通知您结果。", TUESDAY, month_first("TW"), date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_deadlines_after_others_days_and_in_more_forms(
    text: str, after: date, first: bool, expected: date
) -> None:
    found = find_date(text, after=after, month_first=first)
    assert found is not None and found.value == expected, found


def test_china_taiwan_japan_and_korea_write_the_month_first() -> None:
    assert month_first("CN") and month_first("TW") and month_first("JP") and month_first("KR")
    assert month_first("", "Asia/Taipei") and month_first("", "Asia/Seoul")


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        # Flemish "at the latest" and "answer"
        ("Je krijgt in elk geval ten laatste op donderdag 26 november een antwoord van ons.",
         False, date(2026, 11, 26)),
        # a day someone is back is no decision date; the deadline after it is
        ("Sophie veut en discuter avec Étienne à son retour lundi. On devrait être en mesure de "
         "te revenir au plus tard le mardi 24 novembre.", False, date(2026, 11, 24)),
        # others' interviews before a day, then the day for everyone
        ("We've still got two candidates to meet before Friday, so no decision yet. We'll let "
         "everyone know by Wed 25/11 at the latest.", False, date(2026, 11, 25)),
        ("The panel is still seeing candidates today and tomorrow. I'd expect us to write to all "
         "candidates with the outcome by close of play on Wednesday 25th.", False,
         date(2026, 11, 25)),
        # Czech "I'll get in touch at the latest on Thursday 26. 11."
        ("Ozvu se Vám nejpozději ve čtvrtek 26. 11.", False, date(2026, 11, 26)),
    ],
)  # fmt: skip
def test_decision_days_after_others_days_in_more_languages(
    text: str, first: bool, expected: date
) -> None:
    found = find_date(text, after=TUESDAY, month_first=first)
    assert found is not None and found.value == expected, found


def test_a_day_after_by_close_of_business_on_beats_an_earlier_meeting() -> None:
    text = (
        "We've got one more interview on Monday and the HR committee meets on Thursday 26th to "
        "approve the appointment, so we won't have a decision before then. We'll phone everyone "
        "we interviewed by close of business on Monday 30th November."
    )
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Todavía no hay una decisión: Héctor está fuera de la oficina hasta el martes. Te doy "
         "respuesta a más tardar el jueves 26 de noviembre.", date(2026, 11, 26)),
        ("El lunes Arturo y Nerea se sientan a valorarlas. Como muy tarde el viernes 27 te "
         "escribimos con la respuesta.", date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_spanish_deadlines_after_someone_away(text: str, expected: date) -> None:
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == expected, found


def test_the_day_of_an_interview_and_others_seen_are_no_decision_day() -> None:
    text = (
        "Quedaron muy contentos con la entrevista del lunes, pero todavía no hay una decisión: "
        "esta semana y la que entra van a platicar con otros dos candidatos. El jueves 26 de "
        "noviembre te aviso sin falta cómo quedó."
    )
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == date(2026, 11, 26), found


def test_someone_busy_until_a_day_is_no_decision_day() -> None:
    text = (
        "Our GM has asked to meet both of you and his diary is chockers until the middle of next "
        "week.\n\nOnce that's done I'll be in touch by COB Tue 1/12 with where we've landed."
    )
    found = find_date(text, after=TUESDAY, month_first=False)
    assert found is not None and found.value == date(2026, 12, 1), found


def test_after_the_bank_holiday_the_mail_names() -> None:
    """A holiday the mail names though the person's calendar lacks it (Scotland's St Andrew's
    Day, with no subdivision set), and "the bank holiday" as whichever comes next."""
    from agent.core.days_off import public_holidays

    england = public_holidays("GB", "", [2026, 2027])
    found = find_date(
        "We haven't made a decision yet. Monday is the St Andrew's Day bank holiday here, so "
        "I'll be back to you after the bank holiday.",
        after=date(2026, 11, 27),
        holidays=england,
    )
    assert found is not None and found.value == date(2026, 12, 1), found
    found = find_date(
        "No decision yet; we'll be in touch after the bank holiday weekend.",
        after=date(2027, 5, 26),
        holidays=england,
    )
    assert found is not None and found.value == date(2027, 6, 1), found


def test_after_romanias_national_day() -> None:
    """ "Vă revenim după 1 Decembrie", written on Friday 27 November 2026: St Andrew's Day and
    the National Day make a long weekend, and the answer comes the Wednesday after."""
    from agent.core.days_off import public_holidays

    found = find_date(
        "Nu am luat încă o decizie. Vă revenim după 1 Decembrie cu un răspuns.",
        after=date(2026, 11, 27),
        holidays=public_holidays("RO", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2026, 12, 2), found


def test_holidays_and_closures_in_zagreb_sofia_and_jakarta() -> None:
    """ "Nakon blagdana" after an office closed 24 December to Wednesday 6 January is the 7th,
    no bridge to the weekend; "след празниците" is Monday 4 January after Bulgaria's 28
    December; Indonesia's collective leave on 24 December is no working day."""
    from agent.core.days_off import public_holidays

    found = find_date(
        "Naš ured je zatvoren od 24. prosinca do 6. siječnja, pa ćemo Vam se javiti nakon "
        "blagdana.",
        after=date(2026, 12, 14),
        holidays=public_holidays("HR", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2027, 1, 7), found
    found = find_date(
        "Все още не сме взели решение. Ще се свържем с Вас след празниците.",
        after=date(2026, 12, 16),
        holidays=public_holidays("BG", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2027, 1, 4), found
    found = find_date(
        "Hasil akhir akan kami informasikan dalam 14 hari kerja sejak hari ini. Mohon dimaklumi, "
        "cuti bersama 24 Desember dan libur Natal 25 Desember tidak kami hitung.",
        after=date(2026, 12, 8),
        holidays=public_holidays("ID", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2026, 12, 30), found


def test_serbian_and_lithuanian_waits_around_the_holidays() -> None:
    """ "Posle novogodišnjih praznika" runs past Orthodox Christmas (7 January), so it is no
    earlier day; another candidate's Monday is no decision day; "po švenčių" after Lithuania's
    Christmas and New Year is Monday 4 January."""
    from agent.core.days_off import public_holidays

    found = find_date(
        "Još nije doneo odluku: u ponedeljak, 14. decembra, imaju još jedan razgovor, a onda "
        "odluku će doneti prvog radnog dana posle novogodišnjih praznika.",
        after=date(2026, 12, 10),
        holidays=public_holidays("RS", "", [2026, 2027]),
    )
    assert found is not None and found.value >= date(2027, 1, 4), found
    found = find_date(
        "Sprendimą priimsim ne anksčiau kaip po švenčių.",
        after=date(2026, 12, 14),
        holidays=public_holidays("LT", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2027, 1, 4), found


@pytest.mark.parametrize(
    "text",
    [
        "Atranka dar vyksta, o sprendimą turi patvirtinti ir valdyba, kuri posėdžiauja tik po "
        "švenčių.\n\nGalutinį sprendimą tikimės priimti sausio pradžioje.",
        "Die Entscheidung muss noch der Vorstand bestätigen, der erst nach den Feiertagen tagt. "
        "Eine endgültige Entscheidung erwarten wir Anfang Januar.",
        "The decision needs sign-off from our board, which only meets after the holidays. We "
        "expect a final decision in early January.",
    ],
)
def test_the_day_a_board_sits_gives_way_to_the_decisions_own_date(text: str) -> None:
    """A board that "only meets after the holidays" says when sign-off can happen; the
    sentence that names the decision's own date ("early January") is the date."""
    from agent.core.days_off import public_holidays

    found = find_date(
        text, after=date(2026, 12, 4), holidays=public_holidays("LT", "", [2026, 2027])
    )
    assert found is not None and found.value == date(2027, 1, 10), found


def test_a_board_that_sits_after_the_holidays_is_still_a_date_when_nothing_else_is() -> None:
    from agent.core.days_off import public_holidays

    found = find_date(
        "The decision needs our board, which meets after the holidays.",
        after=date(2026, 12, 4),
        holidays=public_holidays("US", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2027, 1, 4), found


def test_a_lunar_holiday_after_new_year_is_no_part_of_the_year_end_run() -> None:
    """Indonesia's Isra' Mi'raj falls on 5 January 2027: "after the Christmas and New Year
    holidays" still ends with New Year's Day (back on Monday 4 January)."""
    from agent.core.days_off import public_holidays

    found = find_date(
        "Keputusan akhir akan kami sampaikan setelah libur Natal dan Tahun Baru.",
        after=date(2026, 12, 10),
        holidays=public_holidays("ID", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2027, 1, 4), found
