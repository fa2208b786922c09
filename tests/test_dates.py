"""Dates in notes and replies: every form, both sides of each boundary, errors not guesses."""

from __future__ import annotations

from datetime import date

import pytest

from agent.core.dates import HINT, find_date, parse_date

# A week in November 2026, named by weekday.
MONDAY = date(2026, 11, 16)
TUESDAY = date(2026, 11, 17)
WEDNESDAY = date(2026, 11, 18)
THURSDAY = date(2026, 11, 19)
FRIDAY = date(2026, 11, 20)
SATURDAY = date(2026, 11, 21)
SUNDAY = date(2026, 11, 22)
NEXT_MONDAY = date(2026, 11, 23)


def value(text: str, after: date = TUESDAY) -> date | None:
    mention = parse_date(text, after=after)
    assert mention.error == "", mention.error
    return mention.value


def error(text: str, after: date = TUESDAY) -> str:
    mention = parse_date(text, after=after)
    assert mention.value is None
    assert mention.error, f"{text!r} was read as a date"
    return mention.error


# --------------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    "text",
    [
        "Thursday",
        "thursday",
        "THURSDAY",
        "thu",
        "Thu.",
        "thur",
        "thurs",
        "by Thursday",
        "on Thursday",
        "this Thursday",
        "next Thursday",
        "coming Thursday",
        "  Thursday  ",
        "Thursday.",
        "by thu",
        "Thursday this week",
    ],
)
def test_weekday_is_the_first_such_day_after(text: str) -> None:
    assert value(text, TUESDAY) == THURSDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon", NEXT_MONDAY),
        ("tue", date(2026, 11, 24)),
        ("tues", date(2026, 11, 24)),
        ("wed", WEDNESDAY),
        ("weds", WEDNESDAY),
        ("Wednesday", WEDNESDAY),
        ("fri", FRIDAY),
        ("Friday", FRIDAY),
        ("sat", SATURDAY),
        ("Saturday", SATURDAY),
        ("sun", SUNDAY),
        ("Sunday", SUNDAY),
        ("Monday", NEXT_MONDAY),
    ],
)
def test_weekday_names_and_abbreviations(text: str, expected: date) -> None:
    assert value(text, TUESDAY) == expected


def test_weekday_on_that_same_weekday_is_next_weeks() -> None:
    assert value("Thursday", THURSDAY) == date(2026, 11, 26)
    assert value("Thursday", WEDNESDAY) == THURSDAY
    assert value("next Thursday", THURSDAY) == date(2026, 11, 26)


def test_weekday_of_next_week_names_the_later_one() -> None:
    assert value("Thursday next week", TUESDAY) == date(2026, 11, 26)
    assert value("Thursday of next week", TUESDAY) == date(2026, 11, 26)
    assert value("next week Thursday", TUESDAY) == date(2026, 11, 26)
    assert value("Monday next week", SUNDAY) == date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday at 5pm",
        "Thursday 5 pm",
        "Thursday at 17:00",
        "Thursday afternoon",
        "Thursday morning",
        "by end of day Thursday",
        "EOD Thursday",
        "Thursday EOD",
        "Thursday at the latest",
        "by Thursday, latest",
    ],
)
def test_time_of_day_around_a_weekday_is_tolerated(text: str) -> None:
    assert value(text, TUESDAY) == THURSDAY


def test_weekday_that_contradicts_the_date_is_reported() -> None:
    assert value("Tuesday, November 24", TUESDAY) == date(2026, 11, 24)
    assert value("Tue 24 Nov", TUESDAY) == date(2026, 11, 24)
    message = error("Thursday, November 24", TUESDAY)
    assert "Thursday" in message and "Tuesday" in message


def test_either_of_two_days_is_the_later() -> None:
    assert value("Thursday or Friday", TUESDAY) == FRIDAY
    assert value("Friday or Thursday", TUESDAY) == FRIDAY
    assert "could not understand" in error("Thursday or whenever", TUESDAY)


# --------------------------------------------------------------------------- today, tomorrow


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("today", 0),
        ("Today", 0),
        ("end of day", 0),
        ("EOD", 0),
        ("tonight", 0),
        ("tomorrow", 1),
        ("by tomorrow", 1),
        ("tomorrow afternoon", 1),
        ("the day after tomorrow", 2),
    ],
)
def test_today_and_tomorrow(text: str, days: int) -> None:
    assert value(text, TUESDAY) == date(2026, 11, 17 + days)


# --------------------------------------------------------------------------- month and day


@pytest.mark.parametrize(
    "text",
    [
        "November 24",
        "november 24",
        "Nov 24",
        "Nov. 24",
        "Nov 24th",
        "nov 24TH",
        "24 November",
        "24th November",
        "24th of Nov",
        "the 24th of November",
        "24. November",
        "on Nov 24",
        "by November 24",
        "November 24, 2026",
        "24 November 2026",
        "Nov 24th 2026",
        "2026-11-24",
        "2026/11/24",
        "Nov 24 at the latest",
        "the 24th",
        "by the 24th",
    ],
)
def test_month_and_day_forms(text: str) -> None:
    assert value(text, TUESDAY) == date(2026, 11, 24)


def test_month_and_day_without_year_is_on_or_after() -> None:
    december_20 = date(2026, 12, 20)
    assert value("January 5", december_20) == date(2027, 1, 5)
    assert value("December 20", december_20) == december_20
    assert value("December 21", december_20) == date(2026, 12, 21)
    # Next year's December 19 is too far to be meant: reported, not read (issue 8, item 8).
    assert "more than six months" in error("December 19", december_20)


def test_explicit_year_is_kept() -> None:
    assert value("January 5, 2027", TUESDAY) == date(2027, 1, 5)
    assert value("May 17, 2027", TUESDAY) == date(2027, 5, 17)


def test_february_29_exists_only_in_leap_years() -> None:
    assert value("February 29, 2028", date(2028, 1, 10)) == date(2028, 2, 29)
    assert value("2028-02-29", date(2028, 1, 10)) == date(2028, 2, 29)
    assert "not a real date" in error("February 29, 2027")
    assert "not a real date" in error("2027-02-29")
    assert value("Feb 29", date(2028, 1, 10)) == date(2028, 2, 29)
    assert "not a real date" in error("Feb 29", date(2027, 1, 10))
    assert value("29 Feb", date(2027, 12, 1)) == date(2028, 2, 29)


@pytest.mark.parametrize(
    "text", ["February 30", "November 31", "Nov 0", "2026-13-01", "2026-11-31"]
)
def test_impossible_dates_are_errors(text: str) -> None:
    assert "not a real date" in error(text)


def test_day_alone_is_the_next_month_that_has_it() -> None:
    assert value("the 24th", date(2026, 11, 25)) == date(2026, 12, 24)
    assert value("the 17th", TUESDAY) == TUESDAY
    assert value("the 31st", TUESDAY) == date(2026, 12, 31)
    assert "not a real date" in error("the 32nd")


# --------------------------------------------------------------------------- numbers only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/24", date(2026, 11, 24)),
        ("24/11", date(2026, 11, 24)),
        ("24.11.", date(2026, 11, 24)),
        ("24.11.2026", date(2026, 11, 24)),
        ("11/24/2026", date(2026, 11, 24)),
        ("24/11/26", date(2026, 11, 24)),
        ("12/13", date(2026, 12, 13)),
        ("13/12", date(2026, 12, 13)),
        ("5/5", date(2027, 5, 5)),
    ],
)
def test_numeric_dates_with_a_single_reading(text: str, expected: date) -> None:
    assert value(text) == expected


def test_numeric_dates_with_two_readings_are_reported() -> None:
    message = error("5/6")
    assert "ambiguous" in message and "May 6" in message and "June 5" in message
    assert "ambiguous" in error("12/11")
    assert "not a real date" in error("13/13")
    assert "not a real date" in error("2/30/2027")


# --------------------------------------------------------------------------- relative


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("in two weeks", 14),
        ("in 2 weeks", 14),
        ("two weeks", 14),
        ("in three days", 3),
        ("in 3 days", 3),
        ("in a week", 7),
        ("within a week", 7),
        ("in one week", 7),
        ("in twelve days", 12),
        ("in 10 days", 10),
        ("in a couple of weeks", 14),
        ("a couple weeks", 14),
        ("in a week or two", 14),
        ("one or two weeks", 14),
        ("2-3 weeks", 21),
        ("one to two weeks", 14),
        ("within the next two weeks", 14),
        ("two weeks from now", 14),
        ("in about a week", 7),
        ("in a day", 1),
    ],
)
def test_relative_spans(text: str, days: int) -> None:
    assert value(text, TUESDAY) == date.fromordinal(TUESDAY.toordinal() + days)


def test_business_days_skip_the_weekend() -> None:
    assert value("in 3 business days", THURSDAY) == date(2026, 11, 24)
    assert value("in 2 working days", MONDAY) == WEDNESDAY


def test_months_end_on_the_last_day_that_exists() -> None:
    assert value("in a month", date(2026, 1, 31)) == date(2026, 2, 28)
    assert value("in a month", date(2028, 1, 31)) == date(2028, 2, 29)
    assert value("in two months", date(2026, 11, 30)) == date(2027, 1, 30)


def test_absurd_spans_are_reported() -> None:
    assert "too far" in error("in 999 days")


# --------------------------------------------------------------------------- weeks and months


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (TUESDAY, date(2026, 11, 27)),
        (SATURDAY, date(2026, 11, 27)),
        (SUNDAY, date(2026, 11, 27)),
        (NEXT_MONDAY, date(2026, 12, 4)),
        (FRIDAY, date(2026, 11, 27)),
    ],
)
def test_end_of_next_week_is_its_friday(after: date, expected: date) -> None:
    assert value("end of next week", after) == expected
    assert value("by the end of next week", after) == expected
    assert value("next week", after) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (MONDAY, FRIDAY),
        (TUESDAY, FRIDAY),
        (FRIDAY, FRIDAY),
        (SATURDAY, date(2026, 11, 27)),
        (SUNDAY, date(2026, 11, 27)),
    ],
)
def test_end_of_this_week_is_this_friday_or_next_on_a_weekend(after: date, expected: date) -> None:
    for text in ("end of the week", "end of this week", "by the end of the week", "this week"):
        assert value(text, after) == expected, text


def test_parts_of_next_week() -> None:
    assert value("beginning of next week", TUESDAY) == NEXT_MONDAY
    assert value("early next week", TUESDAY) == date(2026, 11, 24)
    assert value("mid next week", TUESDAY) == date(2026, 11, 25)
    assert value("mid-next week", TUESDAY) == date(2026, 11, 25)
    assert value("late next week", TUESDAY) == date(2026, 11, 27)


def test_end_of_the_month() -> None:
    assert value("end of the month", TUESDAY) == date(2026, 11, 30)
    assert value("end of month", date(2026, 11, 30)) == date(2026, 11, 30)
    assert value("end of next month", TUESDAY) == date(2026, 12, 31)
    assert value("next month", date(2026, 12, 5)) == date(2027, 1, 31)
    assert value("end of February", date(2028, 1, 10)) == date(2028, 2, 29)
    assert value("end of January", date(2026, 12, 5)) == date(2027, 1, 31)
    assert value("end of April 2027", TUESDAY) == date(2027, 4, 30)


# --------------------------------------------------------------------------- no date, bad text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "a few days",
        "in a few days",
        "few days",
        "within a few days",
        "soon",
        "very soon",
        "no date",
        "not sure",
        "Not sure.",
        "unknown",
        "TBD",
        "?",
        "n/a",
        "asap",
        "in the coming days",
        "they didn't say",
    ],
)
def test_no_date_named_is_not_an_error(text: str) -> None:
    mention = parse_date(text, after=TUESDAY)
    assert mention.value is None
    assert mention.error == ""


@pytest.mark.parametrize(
    "text",
    [
        "blah",
        "whenever",
        "after the board meets",
        "Thursday-ish",
        "the Thursday after Easter",
        "{{ 7*7 }}",
        "{% for x in y %}{% endfor %}",
        "Nov",
        "24",
        "2026",
        "next blue moon",
        "in some weeks",
    ],
)
def test_unreadable_text_is_reported_not_guessed(text: str) -> None:
    message = error(text)
    assert message.startswith("could not understand the date '")
    assert message.endswith(HINT)


def test_error_quotes_hostile_text_on_one_short_line() -> None:
    mention = parse_date("Thursday\r\nBcc: evil@example.com", after=TUESDAY)
    assert mention.value is None
    assert "\r" not in mention.error and "\n" not in mention.error
    assert mention.text == "Thursday\r\nBcc: evil@example.com"
    long_line = "Thursday " + "x" * 5000
    mention = parse_date(long_line, after=TUESDAY)
    assert mention.value is None
    assert len(mention.error) < 200
    assert "{{ 7*7 }}" in parse_date("{{ 7*7 }}", after=TUESDAY).error


def test_text_is_kept_as_written() -> None:
    assert parse_date("  by Nov 24th ", after=TUESDAY).text == "by Nov 24th"


# --------------------------------------------------------------------------- free text


@pytest.mark.parametrize(
    ("reply", "expected", "written"),
    [
        ("We expect to make a decision by November 24.", date(2026, 11, 24), "November 24"),
        ("We should know by next Friday.", FRIDAY, "next Friday"),
        (
            "We'll get back to you within the next two weeks.",
            date(2026, 12, 1),
            "within the next two weeks",
        ),
        ("We hope to decide early next week.", date(2026, 11, 24), "early next week"),
        (
            "You will hear from us by the end of next week!",
            date(2026, 11, 27),
            "the end of next week",
        ),
        ("We expect to\nmake a decision by Nov.\n24, thanks", date(2026, 11, 24), "Nov. 24"),
        ("Great meeting you today, and we will decide by Friday.", FRIDAY, "Friday"),
        (
            "We interviewed 2/3 of the candidates and will decide by 11/24.",
            date(2026, 11, 24),
            "11/24",
        ),
        (
            "Thanks again.\n\nWe sat down today; the decision comes next week.",
            date(2026, 11, 27),
            "next week",
        ),
        ("By Thursday we will have an answer for you.", THURSDAY, "Thursday"),
        ("{{ 7*7 }} We will decide on Thursday, November 19.", THURSDAY, "Thursday, November 19"),
    ],
)
def test_find_date_in_a_deciding_sentence(reply: str, expected: date, written: str) -> None:
    mention = find_date(reply, after=TUESDAY)
    assert mention is not None
    assert (mention.value, mention.text, mention.error) == (expected, written, "")


@pytest.mark.parametrize(
    "reply",
    [
        "I'm in the office on Thursday.",
        "See you November 24!",
        "We met last Thursday. No news.",
        "We will decide in a few days.",
        "Thanks, we'll be in touch soon.",
        "",
        "We may decide soon.",
        "We have interviewed 2/3 of the candidates; we will decide soon.",
    ],
)
def test_find_date_without_a_deciding_date(reply: str) -> None:
    assert find_date(reply, after=TUESDAY) is None


def test_find_date_reports_an_impossible_date() -> None:
    mention = find_date("We expect to decide by February 30.", after=TUESDAY)
    assert mention is not None
    assert mention.value is None and "not a real date" in mention.error


def test_find_date_reads_only_the_start_of_a_huge_text() -> None:
    assert find_date("x " * 50_000 + "We will decide by Friday.", after=TUESDAY) is None
    assert find_date("We will decide by Friday. " + "x " * 50_000, after=TUESDAY) is not None


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        # Czech and Slovak space the dotted form
        ("Výsledek vám oznámíme do 9. 12. 2026.", False, date(2026, 12, 9)),
        # Turkish months, with "kadar" (until) after the date
        ("Sonucu 11 Aralık Cuma gününe kadar size bildireceğiz.", None, date(2026, 12, 11)),
        ("Değerlendirme sonucunu 11.12.2026 tarihine kadar ileteceğiz.", False, date(2026, 12, 11)),
        # Afrikaans "teen" (by) and its months
        ("Ons sal jou teen Maandag 7 Desember laat weet.", None, date(2026, 12, 7)),
        # Norwegian "gi beskjed"
        ("Vi gir deg beskjed innen onsdag 9. desember.", None, date(2026, 12, 9)),
    ],
)
def test_decision_dates_in_czech_turkish_afrikaans_and_norwegian(
    text: str, month_first: bool | None, expected: date
) -> None:
    found = find_date(text, after=date(2026, 11, 27), month_first=month_first)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday and a bare day number; the day another candidate is seen is no decision
        (
            "Aún no hay decisión: queremos ver a una última persona el lunes. Calculamos que el "
            "jueves 10 podremos darte una respuesta.",
            date(2026, 12, 10),
        ),
        ("Wir melden uns bis Donnerstag, den 10. bei Ihnen.", date(2026, 12, 10)),
        ("Daremos retorno na quinta-feira, dia 10.", date(2026, 12, 10)),
        # a time after the weekday is no day number
        ("We'll let you know by Friday 10am.", date(2026, 12, 4)),
    ],
)
def test_a_weekday_with_a_bare_day_number(text: str, expected: date) -> None:
    found = find_date(text, after=date(2026, 12, 2))
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel meets on Wednesday and I'll call you the following day.", date(2026, 12, 3)),
        ("Feedback will follow by Wed 9 Dec.", date(2026, 12, 9)),
        ("We'll circle back with next steps by COB Friday 12/11.", date(2026, 12, 11)),
        ("Tutakujulisha kufikia Jumatatu, 7 Desemba.", date(2026, 12, 7)),
    ],
)
def test_a_day_after_a_weekday_a_short_weekday_with_its_date_and_swahili(
    text: str, expected: date
) -> None:
    found = find_date(text, after=date(2026, 12, 1))
    assert found is not None and found.value == expected


def test_the_next_day_after_a_day_gone_by_is_no_promise() -> None:
    text = (
        "Thanks for your presentation on Monday; Marek was still talking about the results "
        "the next day."
    )
    found = find_date(text, after=date(2026, 11, 25))
    assert found is None or found.value != date(2026, 12, 1)


def test_the_persons_updated_cv_is_no_decision_to_wait_for() -> None:
    text = (
        'Could you reply with "I confirm" and attach an updated CV in Word format, ideally '
        "by close of play tomorrow?"
    )
    assert find_date(text, after=date(2026, 11, 30)) is None
    assert find_date("We'll send you an update by Friday.", after=date(2026, 11, 30)) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We haven't made a decision yet - Rosalind is at a conference until Tuesday and still "
         "needs to sync. The plan is to make a decision on Wednesday, December 9.",
         date(2026, 12, 9)),
        ("Aucune décision n'a été prise : nous rencontrons encore une autre personne en finale la "
         "semaine prochaine. Nous prévoyons rendre notre décision le jeudi 10 décembre.",
         date(2026, 12, 10)),
    ],
)  # fmt: skip
def test_an_absence_or_another_finalist_is_no_decision_day(text: str, expected: date) -> None:
    found = find_date(text, after=date(2026, 12, 3), month_first=True)
    assert found is not None and found.value == expected
    demo = "The Dean asked me to follow up about your teaching demo on the 9th."
    assert find_date(demo, after=date(2026, 12, 2)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month alone, right after a deadline word: the next such day
        ("Seguimos entrevistando; te confirmo a más tardar el 21.", date(2026, 12, 21)),
        ("Daremos uma resposta até ao dia 21.", date(2026, 12, 21)),
        ("Vi faremo sapere entro il 21.", date(2026, 12, 21)),
        ("Wir melden uns bis zum 21. mit einer Entscheidung.", date(2026, 12, 21)),
        ("We nemen uiterlijk de 21e een beslissing.", date(2026, 12, 21)),
        # Flemish "uitsluitsel" (a definite answer), Dutch "de knoop doorhakken" (decide)
        ("Wij verwachten u uiterlijk de 21e uitsluitsel te geven.", date(2026, 12, 21)),
        ("Ze willen uiterlijk de 21e de knoop doorhakken.", date(2026, 12, 21)),
        # said after the 5th has passed: next month's
        ("Te daremos una respuesta antes del 5.", date(2027, 1, 5)),
    ],
)
def test_a_bare_day_of_the_month_after_a_deadline_word(text: str, expected: date) -> None:
    found = find_date(text, after=date(2026, 12, 9), month_first=False)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "We will let you know by 5pm.",
        "La decisión llegará en 15 días.",  # a count, read as one, not the 15th
        "Tendremos respuesta antes del 15 % del presupuesto.",
        "We'll decide on 15 candidates for the shortlist.",  # no deadline word
    ],
)
def test_a_bare_number_that_is_no_day_of_the_month(text: str) -> None:
    found = find_date(text, after=date(2026, 12, 9), month_first=False)
    assert found is None or found.value != date(2026, 12, 15)
    # a day with its month after a dash is no bare day
    found = find_date("Please share the forms by 18-Dec-2026.", after=date(2026, 12, 9))
    assert found is None or found.text != "18"


@pytest.mark.parametrize(
    ("text", "interviewed", "expected"),
    [
        # Interviewed Friday 4 December, written Thursday 10: counted from the interview.
        ("We'll decide within 5 business days of your interview.", date(2026, 12, 4), "12-11"),
        (
            "Feedback in 7-10 working days following your final interview.",
            date(2026, 12, 4),
            "12-18",
        ),
        ("We will decide within two weeks after your onsite.", date(2026, 12, 4), "12-18"),
        # The day of the interview unknown: from the mail's day, as before.
        ("We'll decide within 5 business days of your interview.", None, "12-17"),
        # The final interview may be the last candidate's: from the mail's day.
        (
            "A decision within 5 business days after the final interview.",
            date(2026, 12, 4),
            "12-17",
        ),
    ],
)
def test_a_count_from_your_interview(text: str, interviewed: date | None, expected: str) -> None:
    found = find_date(text, after=date(2026, 12, 10), interviewed=interviewed)
    assert found is not None and found.value == date.fromisoformat(f"2026-{expected}")


def test_days_an_office_is_closed_listed_before_their_months() -> None:
    # Written Friday 18 December with no holiday calendar: eight working days skip the days
    # the mail says the offices are closed (21, 22, 23, 24, 29, 30, 31 December, 5 January).
    text = (
        "We will confirm the outcome to all candidates within eight working days. Please bear "
        "in mind that our offices are closed for the festive public holidays on 25 and 28 "
        "December and 1 and 4 January."
    )
    found = find_date(text, after=date(2026, 12, 18))
    assert found is not None and found.value == date(2027, 1, 5)
    only_december = find_date(text.replace(" and 1 and 4 January", ""), after=date(2026, 12, 18))
    assert only_december is not None and only_december.value == date(2027, 1, 1)


@pytest.mark.parametrize(
    ("text", "after", "expected"),
    [
        # the interview said before "yours" (interviewed Thursday 3 December)
        (
            "We've promised every candidate an answer within 10 business days of their "
            "interview, so you'll hear from me within 10 business days of yours either way.",
            date(2026, 12, 7),
            date(2026, 12, 17),
        ),
        # days closed with their weekdays, month first (US holidays not given here)
        (
            "We're interviewing through Friday, December 18th, and expect to make a decision in "
            "7-10 business days after that. Please note that our facility is closed Thursday, "
            "December 24 and Friday, December 25 for Christmas, and on New Year's Day.",
            date(2026, 12, 8),
            date(2027, 1, 5),
        ),
        # closed until the day it opens again, counted from the last interview's day
        (
            "They're seeing their last two candidates, with the final interview on Wednesday "
            "16th December, and they've promised me an answer within 10 working days of that "
            "final interview. Their office is closed from Thursday 24th December and reopens "
            "on Monday 4th January, so those days don't count.",
            date(2026, 12, 7),
            date(2027, 1, 8),
        ),
    ],
)
def test_counts_from_an_interview_named_and_closures_written_out(
    text: str, after: date, expected: date
) -> None:
    found = find_date(text, after=after, interviewed=date(2026, 12, 3))
    assert found is not None and found.value == expected


def test_the_week_after_next_and_a_count_from_their_interview() -> None:
    # written Thursday 3 December: the week after next is 14 to 18 December
    found = find_date(
        "We expect to be in touch with all candidates by the end of the week after next.",
        after=date(2026, 12, 3),
    )
    assert found is not None and found.value == date(2026, 12, 18)
    # "their interview", each candidate's: the person's was Thursday 3 December
    found = find_date(
        "We expect to advise all candidates of the outcome within 10 working days of their "
        "interview.",
        after=date(2026, 12, 7),
        interviewed=date(2026, 12, 3),
    )
    assert found is not None and found.value == date(2026, 12, 17)


def test_a_count_from_the_final_interview_the_sentence_before_dates() -> None:
    # written Tuesday 8 December; the office closed from 24 December to 6 January
    text = (
        "Ōhau Energy - feedback from today\nHi Casey\n\nThey haven't made a decision yet - "
        "they're seeing two more people, and their final interviews wrap up on Friday 18 "
        "December.\n\nCraig has committed to a decision within 10 working days of the final "
        "interview. Ōhau's office is closed from Thursday 24 December and reopens on Thursday "
        "7 January."
    )
    found = find_date(text, after=date(2026, 12, 8))
    assert found is not None and found.value == date(2027, 1, 15)
    # no day named before it: counted from the mail's day, as before (the far end)
    alone = find_date(
        "Our process takes 7-10 business days after the final interview.", after=date(2026, 12, 8)
    )
    assert alone is not None and alone.value == date(2026, 12, 22)


def test_after_the_festive_season_and_not_the_day_a_committee_sits() -> None:
    text = (
        "The selection still has to go through the University's Appointments Committee, which "
        "meets only once more before Christmas. No decision has been taken yet, and I expect "
        "that we will be in a position to inform you after the festive season."
    )
    holidays = {date(2026, 12, 25): "Christmas Day", date(2027, 1, 1): "New Year's Day"}
    found = find_date(text, after=date(2026, 12, 1), holidays=holidays)
    assert found is not None and found.value == date(2027, 1, 4)
