"""Drafts and reminder texts: the advice of 003/004 made concrete, and proofread."""

from __future__ import annotations

import html
import importlib
import sys
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import pytest

import agent
from agent.core import compose
from agent.core.compose import PERSONAL_TOUCH_MARKER, Composed, lint, one_line, to_html
from agent.core.model import (
    Address,
    Interview,
    Interviewer,
    Method,
    Notes,
    Person,
    Reply,
    ReplyKind,
)
from agent.errors import ConfigError
from agent.textenv import ResourceLoader, make_environment

NEW_YORK = ZoneInfo("America/New_York")
TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"

SAM = Person(name="Sam Rivera", email="sam@example.com")
JANE = Interviewer(email="jane.doe@acme.example", name="Jane Doe", greeting="Jane")
RAJ = Interviewer(email="raj@acme.example", name="Raj Patel", greeting="Raj")
NO_NAME = Interviewer(email="recruiting@acme.example", name="", greeting="")
HOSTILE = ["{{ 7*7 }}", "{% for x in y %}", "<script>alert(1)</script>", "&amp;"]


NO_NOTES = Notes()


def make_interview(notes: Notes = NO_NOTES, **changes: object) -> Interview:
    start = datetime(2026, 11, 24, 10, 0, tzinfo=NEW_YORK)  # a Tuesday
    interview = Interview(
        uid="evt-1",
        title="Onsite interview - Acme",
        company="Acme",
        application="acme",
        role="Backend Engineer",
        start=start,
        end=start.replace(hour=11),
        interviewers=(JANE, RAJ),
        notes=notes,
    )
    return replace(interview, **changes)


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return make_environment(None)


def body_lines(composed: Composed) -> list[str]:
    return [line for line in composed.text.splitlines() if line.strip()]


# --------------------------------------------------------------------------- thank-you


def test_one_draft_per_interviewer_each_greeted_by_name(env: jinja2.Environment) -> None:
    interview = make_interview(Notes(topics=("the billing migration",)))
    drafts = [
        compose.thank_you(env, person=SAM, interview=interview, interviewer=who)
        for who in interview.interviewers
    ]
    assert [body_lines(draft)[0] for draft in drafts] == ["Dear Jane,", "Dear Raj,"]
    for draft in drafts:
        assert draft.problems == ()
        assert draft.subject == "Thank you – Backend Engineer interview"
        assert "Sam Rivera" in draft.text.splitlines()[-1]  # signed with the full name
        assert "Backend Engineer role at Acme" in draft.text
        assert "Tuesday, November 24" in draft.text  # when they met


def test_neutral_greeting_when_no_name(env: jinja2.Environment) -> None:
    draft = compose.thank_you(env, person=SAM, interview=make_interview(), interviewer=NO_NAME)
    assert body_lines(draft)[0] == "Hello,"
    assert draft.problems == ()
    assert "discussed with recruiting@acme.example ]]" in draft.text


def test_topics_are_used_and_no_marker(env: jinja2.Environment) -> None:
    notes = Notes(topics=("the billing migration to Go.", "on-call culture", "the Q3 roadmap"))
    draft = compose.thank_you(env, person=SAM, interview=make_interview(notes), interviewer=JANE)
    assert (
        "our conversation about the billing migration to Go, on-call culture and the Q3 roadmap."
        in draft.text
    )
    assert PERSONAL_TOUCH_MARKER not in draft.text
    assert not draft.needs_personal_touch


def test_without_topics_exactly_one_marked_line(env: jinja2.Environment) -> None:
    draft = compose.thank_you(env, person=SAM, interview=make_interview(), interviewer=JANE)
    marked = [line for line in draft.text.splitlines() if PERSONAL_TOUCH_MARKER in line]
    assert marked == ["[[ADD A DETAIL: mention something specific you discussed with Jane Doe ]]"]
    assert draft.needs_personal_touch
    assert draft.problems == ()  # the marker is reported as a flag, not as a problem


def test_forgot_and_fit_are_included(env: jinja2.Environment) -> None:
    notes = Notes(
        topics=("the API redesign",),
        forgot=("I led the Postgres upgrade at Initech.",),
        fit=("five years running payment systems",),
    )
    draft = compose.thank_you(env, person=SAM, interview=make_interview(notes), interviewer=JANE)
    assert "One thing I didn't get to mention: I led the Postgres upgrade at Initech." in draft.text
    assert "I believe I'd be a strong fit: five years running payment systems." in draft.text
    assert draft.problems == ()

    several = replace(notes, forgot=("the Go talk I gave", "my open-source work"))
    draft = compose.thank_you(env, person=SAM, interview=make_interview(several), interviewer=JANE)
    assert "A few things I didn't get to mention:\n- the Go talk I gave\n- my open-source work" in (
        draft.text
    )


def test_long_draft_is_flagged(env: jinja2.Environment) -> None:
    notes = Notes(topics=("distributed systems",), fit=(" ".join(["experience"] * 150),))
    draft = compose.thank_you(env, person=SAM, interview=make_interview(notes), interviewer=JANE)
    words = len(draft.text.split())
    assert words > 200
    assert f"long: {words} words" in draft.problems


def test_word_bound_boundary_both_sides() -> None:
    def draft_of(words: int) -> Composed:
        text = "Dear Jane,\n\n" + "word " * (words - 4) + "\n\nSam Rivera\n"
        return Composed("Thank you", text, to_html(text), False, ())

    assert len(draft_of(200).text.split()) == 200
    assert lint(draft_of(200), greeting="Jane", signer="Sam Rivera") == ()
    assert lint(draft_of(201), greeting="Jane", signer="Sam Rivera") == ("long: 201 words",)


def test_interview_day_is_read_in_the_persons_zone(env: jinja2.Environment) -> None:
    late = datetime(2026, 11, 24, 23, 30, tzinfo=NEW_YORK)  # already Wednesday in UTC
    interview = make_interview(start=late, end=late.replace(minute=59))
    draft = compose.thank_you(env, person=SAM, interview=interview, interviewer=JANE)
    assert "Tuesday, November 24" in draft.text


# --------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_is_data(env: jinja2.Environment, value: str) -> None:
    notes = Notes(topics=(f"topic {value} here",), forgot=(value,))
    interviewer = Interviewer(email="x@acme.example", name=f"Jane {value}", greeting=value)
    interview = make_interview(notes, title=f"Interview {value}", company=f"Acme {value}")
    person = Person(name=f"Sam {value}", email="sam@example.com")
    draft = compose.thank_you(env, person=person, interview=interview, interviewer=interviewer)

    assert f"topic {value} here" in draft.text
    assert f"I didn't get to mention: {value}." in draft.text
    assert f"Dear {value}," in draft.text
    assert f"Sam {value}" in draft.text
    assert f"Acme {value}" in draft.text
    assert html.escape(f"topic {value} here") in draft.html
    assert "<script>" not in draft.html
    if "&" in value or "<" in value:
        assert f"topic {value} here" not in draft.html
    for output in (draft.subject, draft.text, draft.html):
        assert "49" not in output
    assert draft.problems == ()  # braces in data are not template leftovers

    title, description = compose.reminder(
        env, "nudge", interview=interview, interviewer=interviewer, draft_link=value
    )
    assert value in title and value in description and "49" not in title + description


def test_line_breaks_never_reach_subjects_or_titles(env: jinja2.Environment) -> None:
    sneaky = "Acme\r\nBcc: victim@example.com\u2028x"
    interviewer = Interviewer(email="j@acme.example", name="Jane\nDoe", greeting="Jane")
    interview = make_interview(company=sneaky, role="Backend\rEngineer", title="Onsite\n\nx")
    draft = compose.thank_you(env, person=SAM, interview=interview, interviewer=interviewer)
    check = compose.check_in(
        env,
        person=SAM,
        interview=interview,
        recipient=interviewer,
        number=1,
        decision=None,
        thank_you_subject="Thank you\r\nBcc: victim@example.com",
        threaded=True,
    )
    titles = [
        compose.reminder(env, kind, interview=interview, person=SAM, interviewer=interviewer)[0]
        for kind in ("nudge", "call", "letter", "check_in", "move_on")
    ]
    for line in (draft.subject, check.subject, *titles):
        assert not any(ch in line for ch in "\r\n\u2028")
    assert draft.subject == "Thank you – Backend Engineer interview"
    assert check.subject == "Re: Thank you Bcc: victim@example.com"
    assert "Check in with Jane Doe (Acme Bcc: victim@example.com x, Backend Engineer)" in titles


def test_long_values_are_cut_in_subjects_and_titles_only(env: jinja2.Environment) -> None:
    role = "Engineer " * 120
    interview = make_interview(Notes(topics=("x",)), role=role)
    draft = compose.thank_you(env, person=SAM, interview=interview, interviewer=JANE)
    title, _ = compose.reminder(env, "check_in", interview=interview, interviewer=JANE)
    assert len(draft.subject) == 300 and draft.subject.endswith("…")
    assert len(title) == 300 and title.endswith("…")
    assert role.strip() in draft.text  # the body keeps every word


def test_one_line() -> None:
    assert one_line("a\r\nb\tc\x00d\u2029e  f\x85") == "a b c d e f"
    assert one_line("  plain  ") == "plain"


def test_to_html_escapes_and_keeps_shape() -> None:
    markup = to_html("Dear <Jane> & co,\n\nline one\nline 'two'\n")
    assert (
        markup == "<p>Dear &lt;Jane&gt; &amp; co,</p>\n<p>line one<br>\nline &#x27;two&#x27;</p>\n"
    )


# --------------------------------------------------------------------------- check-ins


def test_check_in_with_decision_date_threaded(env: jinja2.Environment) -> None:
    draft = compose.check_in(
        env,
        person=SAM,
        interview=make_interview(),
        recipient=JANE,
        number=1,
        decision=date(2026, 11, 26),
        thank_you_subject="Thank you – Backend Engineer interview",
        threaded=True,
    )
    assert draft.subject == "Re: Thank you – Backend Engineer interview"
    assert body_lines(draft)[0] == "Dear Jane,"
    assert "a decision was expected by Thursday, November 26" in draft.text
    assert "very interested" in draft.text
    assert "any more information I can provide" in draft.text
    assert draft.problems == ()
    assert not draft.needs_personal_touch


def test_check_in_without_decision_date_own_subject(env: jinja2.Environment) -> None:
    draft = compose.check_in(
        env,
        person=SAM,
        interview=make_interview(),
        recipient=NO_NAME,
        number=2,
        decision=None,
        thank_you_subject="Thank you – Backend Engineer interview",
        threaded=False,
    )
    assert draft.subject == "Following up on the Backend Engineer role at Acme – Sam Rivera"
    assert body_lines(draft)[0] == "Hello,"
    assert "check in once more about the Backend Engineer role at Acme" in draft.text
    assert "decision" not in draft.text
    assert draft.problems == ()


def test_check_in_reply_subject_is_not_doubled_and_later_year_is_named(
    env: jinja2.Environment,
) -> None:
    interview = make_interview(
        start=datetime(2026, 12, 28, 10, tzinfo=NEW_YORK),
        end=datetime(2026, 12, 28, 11, tzinfo=NEW_YORK),
    )
    draft = compose.check_in(
        env,
        person=SAM,
        interview=interview,
        recipient=JANE,
        number=1,
        decision=date(2027, 1, 5),
        thank_you_subject="RE: Thank you",
        threaded=True,
    )
    assert draft.subject == "RE: Thank you"
    assert "expected by Tuesday, January 5, 2027" in draft.text


def test_urgent_check_in_says_timing_matters(env: jinja2.Environment) -> None:
    draft = compose.check_in(
        env,
        person=SAM,
        interview=make_interview(Notes(urgent=True)),
        recipient=JANE,
        number=1,
        decision=None,
        thank_you_subject=None,
        threaded=True,
    )
    assert "another offer" in draft.text and "timing matters" in draft.text
    assert not draft.subject.startswith("Re:")


# --------------------------------------------------------------------------- phone, letter


def test_phone_script(env: jinja2.Environment) -> None:
    notes = Notes(topics=("the API redesign",), forgot=("my Go talk",), fit=("payments",))
    script = compose.phone_script(
        env, person=SAM, interview=make_interview(notes), interviewer=JANE
    )
    assert script.startswith('Opening: "Hello Jane, this is Sam Rivera.')
    for expected in ("the API redesign", "my Go talk", "why you fit: payments", "next steps"):
        assert expected in script
    bare = compose.phone_script(env, person=SAM, interview=make_interview(), interviewer=JANE)
    assert "Pick one specific thing you discussed with Jane Doe" in bare


def test_letter_is_the_thank_you_with_a_printable_header(env: jinja2.Environment) -> None:
    interview = make_interview(Notes(topics=("the API redesign",)))
    letter = compose.letter(
        env, person=SAM, interview=interview, interviewer=JANE, written_on=date(2026, 11, 25)
    )
    email = compose.thank_you(env, person=SAM, interview=interview, interviewer=JANE)
    assert body_lines(letter)[:5] == [
        "Sam Rivera",
        "sam@example.com",
        "November 25, 2026",
        "Jane Doe",
        "Acme",
    ]
    assert letter.text.endswith(email.text)
    assert letter.problems == ()


# --------------------------------------------------------------------------- reminders


REPLY_FROM_JANE = Reply(
    message_id="<r1@acme.example>",
    thread_id="t1",
    application="acme",
    sender=Address(email="jane.doe@acme.example", name="Jane Doe"),
    subject="Next steps",
    received=datetime(2026, 12, 1, 15, 5, tzinfo=NEW_YORK),
    kind=ReplyKind.OFFER,
)


@pytest.mark.parametrize(
    ("kind", "interviewer", "reply_kind", "title"),
    [
        ("nudge", JANE, None, "Send your thank-you to Jane Doe (Acme) — due 14:00"),
        ("call", JANE, None, "Call Jane Doe to say thank you (Acme) — by 14:00"),
        (
            "letter",
            JANE,
            None,
            "Print and send your thank-you letter to Jane Doe (Acme) — by 14:00",
        ),
        ("check_in", JANE, None, "Check in with Jane Doe (Acme, Backend Engineer)"),
        (
            "check_in",
            replace(JANE, method=Method.PHONE),
            None,
            "Call Jane Doe to check in (Acme, Backend Engineer)",
        ),
        (
            "move_on",
            None,
            None,
            "Time to move on: put your energy into what's next (Acme, Backend Engineer)",
        ),
        ("reply", None, ReplyKind.OFFER, "Read the offer from Acme and reply (Backend Engineer)"),
        (
            "reply",
            None,
            ReplyKind.NEXT_ROUND,
            "Reply to Acme to set up the next round (Backend Engineer)",
        ),
        (
            "reply",
            None,
            ReplyKind.OTHER,
            "Read the reply from Acme and decide what's next (Backend Engineer)",
        ),
    ],
)
def test_reminder_titles_say_what_to_do(
    env: jinja2.Environment,
    kind: str,
    interviewer: Interviewer | None,
    reply_kind: ReplyKind | None,
    title: str,
) -> None:
    got_title, description = compose.reminder(
        env,
        kind,
        interview=make_interview(),
        person=SAM,
        interviewer=interviewer,
        due=datetime(2026, 11, 25, 14, 0, tzinfo=NEW_YORK),
        number=2,
        decision=date(2026, 11, 26),
        draft_link="https://mail.example/draft/1",
        reply=replace(REPLY_FROM_JANE, kind=reply_kind) if reply_kind else None,
        check_ins_sent=3,
    )
    assert got_title == title
    assert description.strip()
    if kind in ("nudge", "letter", "check_in") and interviewer and interviewer.method == "email":
        assert "Draft: https://mail.example/draft/1" in description


def test_reminder_descriptions_carry_context(env: jinja2.Environment) -> None:
    interview = make_interview(Notes(topics=("the API redesign",)))
    due = datetime(2026, 11, 25, 14, 0, tzinfo=NEW_YORK)
    _, nudge = compose.reminder(env, "nudge", interview=interview, interviewer=JANE, due=due)
    assert "by Wednesday, November 25 at 14:00" in nudge
    assert "Onsite interview - Acme, Tuesday, November 24 at 10:00" in nudge
    assert "Draft:" not in nudge  # no link given, no empty link line
    _, call = compose.reminder(
        env, "call", interview=interview, person=SAM, interviewer=JANE, due=due
    )
    assert compose.phone_script(env, person=SAM, interview=interview, interviewer=JANE) in call
    _, check = compose.reminder(
        env, "check_in", interview=interview, interviewer=JANE, decision=date(2026, 11, 26)
    )
    assert "Your first check-in" in check and "decide by Thursday, November 26" in check
    _, reply = compose.reminder(env, "reply", interview=interview, reply=REPLY_FROM_JANE)
    assert "From: Jane Doe <jane.doe@acme.example>" in reply
    assert "Received: Tuesday, December 1 at 15:05" in reply


def test_move_on_is_kind(env: jinja2.Environment) -> None:
    _, description = compose.reminder(env, "move_on", interview=make_interview(), check_ins_sent=1)
    assert "followed up 1 time since" in description
    assert "next company" in description
    for unkind in ("reject", "fail", "ignor", "ghost", "waste"):
        assert unkind not in description.lower()


def test_reminder_arguments_are_checked(env: jinja2.Environment) -> None:
    with pytest.raises(ValueError, match="unknown reminder kind"):
        compose.reminder(env, "party", interview=make_interview())
    with pytest.raises(ValueError, match="needs the interviewer"):
        compose.reminder(env, "nudge", interview=make_interview())
    with pytest.raises(ValueError, match="needs the reply"):
        compose.reminder(env, "reply", interview=make_interview())


# --------------------------------------------------------------------------- proofreading


def test_lint_findings() -> None:
    good = "Dear Jane,\n\nThank you.\n\nBest regards,\nSam Rivera\n"
    assert lint(Composed("Thanks", good, "", False, ()), greeting="Jane", signer="Sam Rivera") == ()
    wrong_name = lint(Composed("Thanks", good, "", False, ()), greeting="Raj")
    assert wrong_name == ("greeting: expected Raj in 'Dear Jane,'",)
    empty_name = "Dear ,\n\nThank you.\n\nSam Rivera\n"
    assert lint(Composed("Thanks", empty_name, "", False, ()), greeting="") == (
        "greeting: a name is missing in 'Dear ,'",
    )
    assert lint(Composed(" ", good, "", False, ()), greeting="Jane") == ("subject: missing",)
    assert lint(Composed("a\nb", good, "", False, ()), greeting="Jane") == (
        "subject: more than one line",
    )
    assert lint(Composed("Thanks", good, "", False, ()), greeting="Jane", signer="Kim Lee") == (
        "signature: Kim Lee is not in the closing lines",
    )
    leftover = "Dear Jane,\n\nAt [Company Name] we met.\n{{ verb }}\n\nSam Rivera\n"
    assert lint(Composed("Thanks", leftover, "", False, ()), greeting="Jane") == (
        "leftover template marker '[Company Name]' in output line 5",
        "leftover template marker '{{' in output line 6",
    )


def test_leftovers_in_an_override_are_found_but_data_is_not(tmp_path: Path) -> None:
    (tmp_path / "thank_you_body.txt.j2").write_text(
        "Dear {{ interviewer.greeting }},\n\nWe talked about {{ notes.topics_text }}.\n"
        "At [Company Name] {% raw %}{{ closing }}{% endraw %}\n\n{{ person.name }}\n",
        encoding="utf-8",
    )
    env = make_environment(tmp_path)
    interview = make_interview(Notes(topics=("{{ 7*7 }} and [Company Name]",)))
    draft = compose.thank_you(env, person=SAM, interview=interview, interviewer=JANE)
    assert "We talked about {{ 7*7 }} and [Company Name].\nAt [Company Name] {{ closing }}" in (
        draft.text
    )
    # Only the template's own line (output line 6, after the subject and blank line) is flagged.
    assert draft.problems == ("leftover template marker '{{' in output line 6",)


# --------------------------------------------------------------------------- templates


def test_override_directory_wins(tmp_path: Path) -> None:
    (tmp_path / "thank_you_body.txt.j2").write_text(
        "Hi {{ interviewer.greeting }},\n\nThanks for {{ met_on }}!\n\n{{ person.name }}\n",
        encoding="utf-8",
    )
    env = make_environment(tmp_path)
    draft = compose.thank_you(env, person=SAM, interview=make_interview(), interviewer=JANE)
    assert draft.text == "Hi Jane,\n\nThanks for Tuesday, November 24!\n\nSam Rivera\n"
    assert draft.subject == "Thank you – Backend Engineer interview"  # packaged, not overridden
    assert draft.problems == ()
    assert not draft.needs_personal_touch


def test_missing_override_directory_falls_back(tmp_path: Path, env: jinja2.Environment) -> None:
    fallback = make_environment(tmp_path / "absent")
    args = {"person": SAM, "interview": make_interview(), "interviewer": JANE}
    assert compose.thank_you(fallback, **args) == compose.thank_you(env, **args)


@pytest.mark.parametrize(
    ("source", "complaint"),
    [
        ("Subject: x\n\n{% if %}\n", "line 3"),
        ("Subject: x\n\n{{ interviewer.nickname }}\n", "nickname"),
    ],
)
def test_broken_override_is_a_config_error(tmp_path: Path, source: str, complaint: str) -> None:
    (tmp_path / "thank_you.txt.j2").write_text(source, encoding="utf-8")
    env = make_environment(tmp_path)
    with pytest.raises(ConfigError, match="template thank_you.txt.j2") as raised:
        compose.thank_you(env, person=SAM, interview=make_interview(), interviewer=JANE)
    assert complaint in raised.value.message
    assert any("thank_you" in problem for problem in compose.check_templates(env))


def test_every_packaged_template_renders(env: jinja2.Environment) -> None:
    assert set(compose.TEMPLATE_NAMES) <= {path.name for path in TEMPLATES_DIR.glob("*.j2")}
    assert set(compose.TEMPLATE_NAMES) <= set(ResourceLoader().list_templates())
    assert compose.check_templates(env) == ()


def test_templates_load_through_importlib_resources_from_a_zip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("zipped_templates/__init__.py", "")
        for path in TEMPLATES_DIR.glob("*.j2"):
            bundle.writestr(f"zipped_templates/{path.name}", path.read_text(encoding="utf-8"))
    monkeypatch.syspath_prepend(str(archive))
    env = jinja2.Environment(
        loader=ResourceLoader("zipped_templates"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    draft = compose.thank_you(env, person=SAM, interview=make_interview(), interviewer=JANE)
    assert body_lines(draft)[0] == "Dear Jane,"
    with pytest.raises(jinja2.TemplateNotFound):
        env.get_template("../pyproject.toml")
    monkeypatch.delitem(sys.modules, "zipped_templates")


def test_installed_package_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Installed, `agent.templates` is a real package; make one and check it is what loads."""
    installed = tmp_path / "site" / "templates"
    installed.mkdir(parents=True)
    (installed / "__init__.py").write_text("", encoding="utf-8")
    for path in TEMPLATES_DIR.glob("*.j2"):
        (installed / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (installed / "thank_you_body.txt.j2").write_text(
        "Dear {{ interviewer.greeting }},\n\nFrom the installed package.\n\n{{ person.name }}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(agent, "__path__", [*agent.__path__, str(tmp_path / "site")])
    monkeypatch.delitem(sys.modules, "agent.templates", raising=False)
    importlib.invalidate_caches()
    try:
        env = make_environment(None)
        draft = compose.thank_you(env, person=SAM, interview=make_interview(), interviewer=JANE)
        assert "From the installed package." in draft.text
    finally:
        sys.modules.pop("agent.templates", None)
