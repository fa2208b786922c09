"""Text hygiene and the proofreading pass every draft gets before it is written (004).

The checks are the ones a careful person makes: the greeting names the right
person, nothing of the template is left unfilled, there is a subject, it is
short, and it is signed.

Leftover markers are looked for in a *skeleton*: the same template rendered
with every data value neutralised (its braces and brackets turned into
parentheses). Anything marker-like in the skeleton came from the template
itself; a `{{ 7*7 }}` that an employer put in an event title is data, shows up
verbatim in the draft, and is not a finding.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

PERSONAL_TOUCH_MARKER = "[[ADD A DETAIL"
HEADLINE_LIMIT = 300  # subjects and reminder titles; the body is never cut

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_SALUTATION = re.compile(
    r"^\s*(dear|hello|hi|hey|greetings|good (morning|afternoon|evening))\b", re.IGNORECASE
)
_TEMPLATE_MARKER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\[\[|\]\]")
# "[Company Name]", "[your name]": placeholders left in a copied template.
_PLACEHOLDER = re.compile(r"\[[A-Za-z][^\[\]\n]{0,40}\]")
_NEUTRAL = str.maketrans({"{": "(", "}": ")", "[": "(", "]": ")"})


@dataclass(frozen=True)
class Composed:
    """A rendered draft: subject, plain text, HTML, and what proofreading found."""

    subject: str
    text: str
    html: str
    needs_personal_touch: bool
    problems: tuple[str, ...]  # lint findings
    # The whole template output ("Subject: ..." line included) rendered with
    # neutralised data; lint reads markers here.
    skeleton: str = field(default="", repr=False, compare=False)


def one_line(value: str) -> str:
    """`value` with line breaks and control characters turned into single spaces.

    For anything that ends up in a header or a title, where a line break would
    start a new header or split the event title.
    """
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in value)
    return " ".join(cleaned.split())


def headline(value: str, limit: int = HEADLINE_LIMIT) -> str:
    """One line, at most `limit` characters, cut with an ellipsis."""
    line = one_line(value)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def neutralise(text: str) -> str:
    """`text` with the characters that make template markers swapped for parentheses."""
    return text.translate(_NEUTRAL)


def to_html(text: str) -> str:
    """The plain text as HTML: every character escaped, blank-line paragraphs, <br> lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    paragraphs = [part for part in re.split(r"\n[ \t]*\n", text) if part.strip()]
    return "".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in part.split("\n")) + "</p>\n"
        for part in paragraphs
    )


def day_phrase(day: date, *, with_year: bool = False) -> str:
    """'Tuesday, November 24' (English regardless of the machine's locale)."""
    phrase = f"{_DAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}"
    return f"{phrase}, {day.year}" if with_year else phrase


def time_phrase(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def word_count(text: str) -> int:
    return len(text.split())


def personal_touch_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if PERSONAL_TOUCH_MARKER in line)


def lint(
    composed: Composed, *, greeting: str, max_words: int = 200, signer: str = ""
) -> tuple[str, ...]:
    """What a proofreader would flag; empty when the draft is ready to review.

    `greeting` is the name the draft should greet ("" for a neutral greeting);
    `signer` the person's full name, checked in the last lines ("" skips it).
    Without a skeleton (a Composed built by hand) the text itself is searched
    for markers, which is stricter.
    """
    problems: list[str] = []
    if not composed.subject.strip():
        problems.append("subject: missing")
    elif one_line(composed.subject) != composed.subject.strip():
        problems.append("subject: more than one line")
    problems.extend(_greeting_problems(composed.text, greeting))
    rendered = composed.skeleton or f"Subject: {composed.subject}\n\n{composed.text}"
    problems.extend(_marker_problems(rendered))
    words = word_count(composed.text)
    if words > max_words:
        problems.append(f"long: {words} words")
    if signer.strip():
        tail = [line for line in composed.text.splitlines() if line.strip()][-3:]
        if not any(signer.strip() in line for line in tail):
            problems.append(f"signature: {signer.strip()} is not in the closing lines")
    return tuple(problems)


def _greeting_problems(text: str, greeting: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ["body: empty"]
    line = next((candidate for candidate in lines if _SALUTATION.match(candidate)), lines[0])
    expected = greeting.strip()
    if expected:
        if not re.search(r"(?<!\w)" + re.escape(expected) + r"(?!\w)", line):
            return [f"greeting: expected {expected} in {line[:60]!r}"]
        return []
    if re.match(r"^dear\s*[,:!]", line, re.IGNORECASE) or re.search(r"\s[,:!]\s*$", line):
        return [f"greeting: a name is missing in {line[:60]!r}"]
    return []


def _marker_problems(skeleton: str) -> list[str]:
    problems: list[str] = []
    touches = personal_touch_lines(skeleton)
    if touches > 1:
        problems.append(f"personal touch: {touches} marked lines, expected one")
    for number, line in enumerate(skeleton.splitlines(), start=1):
        if PERSONAL_TOUCH_MARKER in line:
            continue
        found = _TEMPLATE_MARKER.search(line) or _PLACEHOLDER.search(line)
        if found:
            problems.append(f"leftover template marker {found.group(0)!r} in output line {number}")
    return problems
