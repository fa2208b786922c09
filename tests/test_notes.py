"""Notes from event descriptions and `followup note` lines: keys, overrides, hostile text."""

from __future__ import annotations

from datetime import date

import pytest

from agent.core.model import DateMention, Method, Notes
from agent.core.notes import MAX_VALUE, parse_address, parse_notes, plain_text

INTERVIEW_DAY = date(2026, 11, 17)  # a Tuesday
THURSDAY = date(2026, 11, 19)


def notes(text: str) -> Notes:
    return parse_notes(text, interview_day=INTERVIEW_DAY)


GOOGLE_DESCRIPTION = (
    "Hi Pat, looking forward to it!<br><br>"
    "<b>decision:</b> Thursday<br>"
    "<ul><li>topic: Kafka &amp; Postgres migrations</li><li>topic: on-call rotation</li></ul>"
    "<p>interviewer: Jane Doe &lt;jane@acme.com&gt;</p>"
    "Join Zoom Meeting: https://zoom.us/j/123?pwd=abc<br>Meeting ID: 123 456<br>"
    "Passcode: 999"
)


def test_empty_text_gives_empty_notes() -> None:
    assert notes("") == Notes()
    assert notes("Join Zoom Meeting\nhttps://zoom.us/j/1") == Notes()


def test_every_key() -> None:
    text = """
decision: Thursday
method: phone
topic: scaling the billing pipeline
discussed: pairing culture
forgot: I mentored two juniors
fit: five years of Postgres
why: I like small teams
urgent: yes
role: Backend Engineer
company: Acme
interviewer: Jane Doe <jane@acme.com>
"""
    assert notes(text) == Notes(
        topics=("scaling the billing pipeline", "pairing culture"),
        forgot=("I mentored two juniors",),
        fit=("five years of Postgres", "I like small teams"),
        decision=DateMention("Thursday", THURSDAY),
        method=Method.PHONE,
        urgent=True,
        role="Backend Engineer",
        company="Acme",
        interviewers=(("Jane Doe", "jane@acme.com"),),
    )


@pytest.mark.parametrize(
    "line",
    [
        "decision: Thursday",
        "Decision: Thursday",
        "DECISION:Thursday",
        "- decision: Thursday",
        "* decision: Thursday",
        "\u2022 decision: Thursday",
        "  decision :  Thursday  ",
        "Decision date: Thursday",
        "decide by: Thursday",
        "decision by: thu",
    ],
)
def test_keys_are_case_insensitive_and_bullets_tolerated(line: str) -> None:
    assert notes(line).decision is not None
    assert notes(line).decision.value == THURSDAY  # type: ignore[union-attr]


def test_a_bilingual_label_gives_the_value_in_its_first_language() -> None:
    """Canada's federal and bilingual employers: "Poste / Position: <French> / <English>"."""
    line = (
        "Poste / Position: Analyste en recherche institutionnelle / Institutional Research "
        "Analyst (concours / competition RC-2026-241)"
    )
    assert notes(line).role == "Analyste en recherche institutionnelle"
    assert notes("Role / Poste: Policy Analyst / Analyste des politiques").role == "Policy Analyst"


def test_decision_is_read_relative_to_the_interview_day() -> None:
    found = parse_notes("decision: Tuesday", interview_day=INTERVIEW_DAY).decision
    assert found is not None and found.value == date(2026, 11, 24)
    found = parse_notes("decision: Tuesday", interview_day=date(2026, 11, 16)).decision
    assert found is not None and found.value == INTERVIEW_DAY


def test_unreadable_decision_is_a_problem_and_keeps_the_mention() -> None:
    read = notes("decision: when the stars align")
    assert read.decision is not None
    assert read.decision.value is None
    assert read.decision.text == "when the stars align"
    assert len(read.problems) == 1
    assert read.problems[0].startswith("decision: could not understand the date")


def test_decision_without_a_date_is_not_a_problem() -> None:
    for line in ("decision: a few days", "decision: not sure", "decision:"):
        read = notes(line)
        assert read.decision is not None and read.decision.value is None
        assert read.decision.error == "" and read.problems == ()


def test_later_lines_override_single_valued_keys() -> None:
    description = "decision: Thursday\nmethod: email\nrole: Engineer\ncompany: Acme\nurgent: yes"
    appended = (
        "decision: Nov 24\nmethod: letter\nrole: Staff Engineer\ncompany: Acme Corp\nurgent: no"
    )
    read = notes(description + "\n" + appended)
    assert read.decision == DateMention("Nov 24", date(2026, 11, 24))
    assert (read.method, read.role, read.company, read.urgent) == (
        Method.LETTER,
        "Staff Engineer",
        "Acme Corp",
        False,
    )


def test_a_corrected_date_clears_the_earlier_problem() -> None:
    read = notes("decision: blursday\ndecision: Thursday")
    assert read.decision == DateMention("Thursday", THURSDAY)
    assert read.problems == ()
    read = notes("decision: Thursday\ndecision: blursday")
    assert read.decision is not None and read.decision.value is None
    assert len(read.problems) == 1


@pytest.mark.parametrize(
    ("word", "method"),
    [
        ("email", Method.EMAIL),
        ("E-mail", Method.EMAIL),
        ("phone", Method.PHONE),
        ("call", Method.PHONE),
        ("Phone call", Method.PHONE),
        ("letter", Method.LETTER),
        ("mail", Method.LETTER),
        ("post", Method.LETTER),
        ("snail mail", Method.LETTER),
        ("handwritten", Method.LETTER),
    ],
)
def test_methods(word: str, method: Method) -> None:
    assert notes(f"method: {word}").method is method


def test_unknown_method_is_a_problem_and_keeps_the_earlier_one() -> None:
    read = notes("method: phone\nmethod: carrier pigeon")
    assert read.method is Method.PHONE
    assert read.problems == ("method: 'carrier pigeon' is not one of email, phone or letter",)


def test_repeatable_keys_keep_order_and_drop_repeats() -> None:
    read = notes("topic: A\ndiscussed: B\ntopic: a\nforgot: X\nforgot: Y\nfit: F\nwhy: G")
    assert read.topics == ("A", "B")
    assert read.forgot == ("X", "Y")
    assert read.fit == ("F", "G")


def test_empty_values_are_ignored() -> None:
    read = notes("topic:\nrole:   \nmethod:\ninterviewer:")
    assert read == Notes()


@pytest.mark.parametrize(
    ("line", "urgent"),
    [
        ("urgent: yes", True),
        ("urgent: true", True),
        ("urgent: 1", True),
        ("urgent: Yes!", True),
        ("urgent: other offer from Globex, deadline Friday", True),
        ("urgent: no", False),
        ("urgent: false", False),
        ("urgent: 0", False),
        ("other offer: Globex", True),
        ("other offer: yes", True),
        ("other offer: no", False),
        ("competing offer: Initech", True),
    ],
)
def test_urgent(line: str, urgent: bool) -> None:
    read = notes(line)
    assert read.urgent is urgent
    assert read.problems == ()


def test_unclear_urgent_is_a_problem() -> None:
    read = notes("urgent: maybe")
    assert read.urgent is False
    assert read.problems == ("urgent: 'maybe' is not yes or no",)


def test_interviewers() -> None:
    read = notes(
        "interviewer: Jane Doe <Jane.Doe@Acme.com>\n"
        'interviewers: bob@acme.com, "Lee, Sam" <sam@acme.com>; Kim Park kim@acme.com\n'
        "interviewer: Bob Stone <bob@acme.com>"
    )
    assert read.interviewers == (
        ("Jane Doe", "jane.doe@acme.com"),
        ("Bob Stone", "bob@acme.com"),
        ("Lee, Sam", "sam@acme.com"),
        ("Kim Park", "kim@acme.com"),
    )
    assert read.problems == ()


@pytest.mark.parametrize(
    "value",
    ["jane@", "<not an address>", "jane@acme", "Jane <jane@acme.com", "a@b@c.com"],
)
def test_invalid_interviewer_is_a_problem(value: str) -> None:
    read = notes(f"interviewer: {value}")
    assert read.interviewers == ()
    assert len(read.problems) == 1 and read.problems[0].startswith("interviewer: '")


def test_an_interviewer_named_without_an_address_is_not_a_problem() -> None:
    # agent.core.people reads the name and writes the draft with a marked empty recipient
    read = notes("interviewer: Jane Doe")
    assert read.interviewers == () and read.problems == ()


def test_parse_address() -> None:
    assert parse_address("jane@acme.com") == ("", "jane@acme.com")
    assert parse_address('"Jane Doe" <jane@acme.com>') == ("Jane Doe", "jane@acme.com")
    assert parse_address("jane@acme.com\r\nBcc: x@evil.com") is None
    assert parse_address("x" * 300 + "@acme.com") is None


def test_google_html_description() -> None:
    read = notes(GOOGLE_DESCRIPTION)
    assert read.decision == DateMention("Thursday", THURSDAY)
    assert read.topics == ("Kafka & Postgres migrations", "on-call rotation")
    assert read.interviewers == (("Jane Doe", "jane@acme.com"),)
    assert read.problems == ()


def test_html_description_with_plain_note_lines_appended() -> None:
    read = notes(GOOGLE_DESCRIPTION + "\ndecision: Nov 24\ninterviewer: Bob <bob@acme.com>")
    assert read.decision is not None and read.decision.value == date(2026, 11, 24)
    assert [email for _, email in read.interviewers] == ["jane@acme.com", "bob@acme.com"]


def test_plain_text_leaves_plain_descriptions_alone() -> None:
    text = "topic: R&D budgets &amp; more\ninterviewer: Jane <jane@acme.com>"
    assert plain_text(text) == text
    assert plain_text("a<br/>b</p>c<div>d</div>") == "a\nb\ncd\n"


def test_other_lines_are_ignored() -> None:
    text = (
        "Join Zoom Meeting: https://zoom.us/j/123\n"
        "https://meet.google.com/abc-defg-hij\n"
        "Meeting ID: 123 456 789\n"
        "Dial-in: +1 555 0100\n"
        "Note: bring your portfolio\n"
        "We will discuss: architecture\n"
        ": nothing\n"
        "topic - not a key line\n"
    )
    assert notes(text) == Notes()


def test_template_syntax_is_kept_as_data() -> None:
    read = notes("topic: {{ 7*7 }}\nforgot: {% for x in y %}{{ x }}{% endfor %}\nrole: ${HOME}")
    assert read.topics == ("{{ 7*7 }}",)
    assert read.forgot == ("{% for x in y %}{{ x }}{% endfor %}",)
    assert read.role == "${HOME}"


def test_line_breaks_cannot_smuggle_keys_into_values() -> None:
    read = notes("topic: first\rforgot: second\r\nrole: Engineer\u2028company: Acme")
    assert read.topics == ("first",)
    assert read.forgot == ("second",)
    assert (read.role, read.company) == ("Engineer", "Acme")


def test_control_characters_are_removed_and_values_bounded() -> None:
    read = notes("topic: be\x07ll\x00 and \u202eevil\u202c text\ttabbed\nrole: " + "x" * 10_000)
    assert read.topics == ("be ll and evil text tabbed",)
    assert len(read.role) == MAX_VALUE


def test_long_problem_values_are_shortened() -> None:
    read = notes("method: " + "z" * 2_000)
    assert len(read.problems) == 1 and len(read.problems[0]) < 150


def test_a_huge_description_is_read_quickly() -> None:
    text = "\n".join(f"line {n}: filler" for n in range(20_000)) + "\ndecision: Thursday"
    assert notes(text).decision == DateMention("Thursday", THURSDAY)
