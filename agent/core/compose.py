"""The words of every draft and reminder, rendered from templates the person can override.

Pure: the jinja2 environment comes in as an argument (agent.textenv builds it),
times are aware datetimes already in the person's zone, and nothing is read or
written here.

Every value that came from an event, a note or a message reaches the templates
as a variable, cleaned to one line; none is ever compiled as a template. The
plain text is the source of truth: the HTML part is the same text escaped
character by character. Every draft is proofread (`lint`) as it is composed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import jinja2

from agent.core.model import Address, Interview, Interviewer, Notes, Person, Reply, ReplyKind
from agent.core.proofread import (
    PERSONAL_TOUCH_MARKER,
    Composed,
    day_phrase,
    headline,
    lint,
    neutralise,
    one_line,
    personal_touch_lines,
    time_phrase,
    to_html,
)
from agent.errors import ConfigError

__all__ = [
    "PERSONAL_TOUCH_MARKER",
    "REMINDER_KINDS",
    "TEMPLATE_NAMES",
    "Composed",
    "check_in",
    "check_templates",
    "letter",
    "lint",
    "one_line",
    "phone_script",
    "reminder",
    "thank_you",
    "to_html",
]

# nudge: thank-you still unsent late in its window; call / letter: the
# thank-you for a phone or letter interviewer; check_in; move_on: the final
# "time to move on"; reply: a reply needs reading.
REMINDER_KINDS = ("nudge", "call", "letter", "check_in", "move_on", "reply")
TEMPLATE_NAMES = (
    "thank_you.txt.j2",
    "thank_you_body.txt.j2",
    "check_in.txt.j2",
    "letter.txt.j2",
    "phone_script.txt.j2",
    *(f"reminder_{kind}.txt.j2" for kind in REMINDER_KINDS),
)

Env = jinja2.Environment


# --------------------------------------------------------------------------- drafts


def thank_you(
    env: Env, *, person: Person, interview: Interview, interviewer: Interviewer
) -> Composed:
    """The thank-you note to one interviewer (P1: one per person met)."""
    context = _base_context(person, interview, interviewer)
    return _compose(env, "thank_you.txt.j2", context, interviewer.greeting, person.name)


def letter(
    env: Env, *, person: Person, interview: Interview, interviewer: Interviewer, written_on: date
) -> Composed:
    """The thank-you laid out as a letter to print (P9 method=letter)."""
    context = _base_context(person, interview, interviewer)
    # "November 25, 2026": the date line of a letter, without the weekday.
    context["written_on"] = day_phrase(written_on, with_year=True).split(", ", 1)[1]
    return _compose(env, "letter.txt.j2", context, interviewer.greeting, person.name)


def check_in(
    env: Env,
    *,
    person: Person,
    interview: Interview,
    recipient: Interviewer,
    number: int,
    decision: date | None,
    thank_you_subject: str | None,
    threaded: bool,
) -> Composed:
    """Check-in number `number`; a reply in the thank-you's thread when `threaded`."""
    context = _base_context(person, interview, recipient)
    context["recipient"] = context["interviewer"]
    context["number"] = number
    context["decision"] = decision
    context["decision_on"] = _date_after(decision, interview.day)
    context["reply_subject"] = ""
    if threaded and thank_you_subject and one_line(thank_you_subject):
        earlier = one_line(thank_you_subject)
        context["reply_subject"] = earlier if re.match(r"re:", earlier, re.I) else f"Re: {earlier}"
    return _compose(env, "check_in.txt.j2", context, recipient.greeting, person.name)


def phone_script(
    env: Env, *, person: Person, interview: Interview, interviewer: Interviewer
) -> str:
    """What to say on a thank-you call (P9 method=phone): a reminder description, no draft."""
    return _tidy(_render(env, "phone_script.txt.j2", _base_context(person, interview, interviewer)))


# --------------------------------------------------------------------------- reminders


def reminder(
    env: Env,
    kind: str,
    *,
    interview: Interview,
    person: Person | None = None,
    interviewer: Interviewer | None = None,
    due: datetime | None = None,
    number: int = 0,
    decision: date | None = None,
    draft_link: str = "",
    message_link: str = "",
    reply: Reply | None = None,
    check_ins_sent: int = 0,
    late: bool = False,
) -> tuple[str, str]:
    """(title, description) of a reminder event; the title says what to do.

    `kind` is one of REMINDER_KINDS. `interviewer` is whom to thank or check in
    with; `due` when the thank-you is due (`late`: the reminder can only come
    after it, the person's night being in the way); `reply` the message to read.
    """
    if kind not in REMINDER_KINDS:
        raise ValueError(f"unknown reminder kind {kind!r}; expected one of {REMINDER_KINDS}")
    if kind in ("nudge", "call", "letter", "check_in") and interviewer is None:
        raise ValueError(f"a {kind} reminder needs the interviewer")
    if kind == "reply" and reply is None:
        raise ValueError("a reply reminder needs the reply")
    context = _base_context(person or Person(name="", email=""), interview, interviewer)
    context.update(
        kind=kind,
        due=_moment(due),
        number=number,
        decision=decision,
        decision_on=_date_after(decision, interview.day),
        draft_link=one_line(draft_link),
        message_link=one_line(message_link),
        reply=_reply(reply),
        check_ins_sent=check_ins_sent,
        late=late,
    )
    rendered = _render(env, f"reminder_{kind}.txt.j2", context)
    title, description = _split_header(rendered, "Title")
    return headline(title), _tidy(description)


# --------------------------------------------------------------------------- self-check


def check_templates(env: Env) -> tuple[str, ...]:
    """Render every template with sample data: the problems a broken override would cause.

    For `doctor` and `preview`, so a typo in the person's template shows up
    before a cycle needs it.
    """
    start = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    person = Person(name="Sam Sample", email="sam@example.com")
    jane = Interviewer(email="jane@example.com", name="Jane Doe", greeting="Jane")
    interview = Interview(
        uid="sample",
        title="Interview",
        company="Example",
        application="example",
        role="Engineer",
        start=start,
        end=start.replace(hour=11),
        interviewers=(jane,),
        notes=Notes(topics=("the roadmap",)),
    )
    sender = Address(email="jane@example.com", name="Jane Doe")
    reply = Reply("m", "t", "example", sender, "Update", start, ReplyKind.OTHER)
    attempts = {
        "thank_you": lambda: thank_you(env, person=person, interview=interview, interviewer=jane),
        "letter": lambda: letter(
            env, person=person, interview=interview, interviewer=jane, written_on=start.date()
        ),
        "check_in": lambda: check_in(
            env,
            person=person,
            interview=interview,
            recipient=jane,
            number=1,
            decision=None,
            thank_you_subject=None,
            threaded=False,
        ),
        "phone_script": lambda: phone_script(
            env, person=person, interview=interview, interviewer=jane
        ),
    }
    for kind in REMINDER_KINDS:
        attempts[f"reminder {kind}"] = lambda kind=kind: reminder(
            env, kind, interview=interview, person=person, interviewer=jane, due=start, reply=reply
        )
    problems: list[str] = []
    for label, attempt in attempts.items():
        try:
            outcome = attempt()
        except ConfigError as error:
            problems.append(error.message)
            continue
        if isinstance(outcome, Composed):
            problems.extend(f"{label}: {problem}" for problem in outcome.problems)
    return tuple(problems)


# --------------------------------------------------------------------------- internals


def _compose(env: Env, name: str, context: dict[str, Any], greeting: str, signer: str) -> Composed:
    subject, body = _split_header(_render(env, name, context), "Subject")
    skeleton = _render(env, name, _neutral(context))
    skeleton_subject, skeleton_body = _split_header(skeleton, "Subject")
    text = _tidy(body)
    draft = Composed(
        subject=headline(subject),
        text=text,
        html=to_html(text),
        needs_personal_touch=personal_touch_lines(skeleton_body) > 0,
        problems=(),
        skeleton=f"Subject: {one_line(skeleton_subject)}\n\n{_tidy(skeleton_body)}",
    )
    return replace(draft, problems=lint(draft, greeting=one_line(greeting), signer=signer))


def _render(env: Env, name: str, context: Mapping[str, Any]) -> str:
    """The template's output; a broken template is the person's to fix, so it is a ConfigError."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as error:
        where = error.filename or error.name or name
        raise ConfigError(
            f"template {name}: {where} line {error.lineno}: {error.message}; "
            "fix it, or delete your copy to use the built-in one"
        ) from error
    except jinja2.TemplateNotFound as error:
        raise ConfigError(f"template {name}: not found ({error.message})") from error
    except jinja2.TemplateError as error:
        raise ConfigError(
            f"template {name}: {error.message}; fix it, or delete your copy to use the built-in one"
        ) from error


def _split_header(rendered: str, header: str) -> tuple[str, str]:
    """('value', body) for output starting with 'Header: value' and a blank line."""
    lines = rendered.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines:
        found = re.match(rf"\s*{header}\s*:(.*)$", lines[0], re.IGNORECASE)
        if found:
            return found.group(1).strip(), "\n".join(lines[1:])
    return "", "\n".join(lines)


def _tidy(body: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


def _neutral(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**{key: _neutral(item) for key, item in vars(value).items()})
    if isinstance(value, dict):
        return {key: _neutral(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_neutral(item) for item in value]
    return value


def _base_context(
    person: Person, interview: Interview, interviewer: Interviewer | None
) -> dict[str, Any]:
    facts = _interview(interview)
    return {
        "person": SimpleNamespace(name=one_line(person.name), email=one_line(person.email)),
        "interviewer": _interviewer(interviewer) if interviewer else None,
        "interview": facts,
        "notes": _notes(interview.notes),
        "met_on": facts.met_on,
        "marker": PERSONAL_TOUCH_MARKER,
    }


def _interviewer(interviewer: Interviewer) -> SimpleNamespace:
    name, email = one_line(interviewer.name), one_line(interviewer.email)
    return SimpleNamespace(
        name=name,
        email=email,
        greeting=one_line(interviewer.greeting),
        display=name or email,
        method=str(interviewer.method),
    )


def _interview(interview: Interview) -> SimpleNamespace:
    company = one_line(interview.company or interview.notes.company)
    role = one_line(interview.role or interview.notes.role)
    if role:
        noun = "" if re.search(r"\b(role|position|job)$", role, re.I) else " role"
        role_phrase = f"the {role}{noun}" + (f" at {company}" if company else "")
    else:
        role_phrase = f"the role at {company}" if company else "the role"
    return SimpleNamespace(
        company=company,
        role=role,
        title=one_line(interview.title),
        link=one_line(interview.link),
        day=interview.day,
        start=interview.start,
        end=interview.end,
        time=time_phrase(interview.start),
        met_on=day_phrase(interview.day),
        role_phrase=role_phrase,
        label=", ".join(part for part in (company, role) if part),
    )


def _notes(notes: Notes) -> SimpleNamespace:
    topics, forgot, fit = _items(notes.topics), _items(notes.forgot), _items(notes.fit)
    return SimpleNamespace(
        topics=topics,
        topics_text=_join_and(topics),
        forgot=forgot,
        forgot_text="; ".join(forgot),
        fit=fit,
        fit_text="; ".join(fit),
        urgent=notes.urgent,
    )


def _items(values: Iterable[str]) -> list[str]:
    """Note lines ready to sit inside a sentence: one line, no closing full stop."""
    # Only full stops go: a trailing ";" may end an entity such as "&amp;".
    cleaned = (one_line(value).rstrip(" .") for value in values)
    return [value for value in cleaned if value]


def _join_and(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _date_after(day: date | None, reference: date) -> str:
    return "" if day is None else day_phrase(day, with_year=day.year != reference.year)


def _moment(moment: datetime | None) -> SimpleNamespace | None:
    if moment is None:
        return None
    when = f"{day_phrase(moment.date())} at {time_phrase(moment)}"
    return SimpleNamespace(at=moment, time=time_phrase(moment), phrase=when)


def _reply(reply: Reply | None) -> SimpleNamespace | None:
    if reply is None:
        return None
    name, email = one_line(reply.sender.name), one_line(reply.sender.email)
    return SimpleNamespace(
        kind=str(reply.kind),
        sender=f"{name} <{email}>" if name and email else name or email,
        sender_name=name or email,
        subject=one_line(reply.subject),
        received=_moment(reply.received).phrase if reply.received else "",
        new_date=one_line(reply.new_date.text) if reply.new_date else "",
    )
