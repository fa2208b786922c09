"""Notes the person keeps about an interview, as `key: value` lines.

They come from the event description (where the person can edit them, next to
meeting links and invitation boilerplate) and from lines `followup note`
appends after it. Lines are read in order, so for a single-valued key the last
line wins: a note added later corrects the description. Everything else in the
description is ignored, and so is the text meeting and scheduling tools paste
there (agent.core.boilerplate): Zoom's "Topic:" is not the person's topic.
Values are text someone typed, possibly someone else (an invitation's
description is written by the employer): they are cleaned and bounded here
and treated as data everywhere after.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from agent.core.boilerplate import own_lines
from agent.core.dates import parse_date
from agent.core.model import DateMention, Method, Notes

log = logging.getLogger(__name__)

MAX_VALUE = 500
_SHOWN = 60

_KEYS = {
    "decision": "decision",
    "decision date": "decision",
    "decision by": "decision",
    "decide by": "decision",
    "deciding by": "decision",
    "answer by": "decision",
    "hear back": "decision",
    "hear back by": "decision",
    "method": "method",
    "follow-up method": "method",
    "followup method": "method",
    "follow up method": "method",
    "preferred method": "method",
    "follow up by": "method",
    "topic": "topic",
    "topics": "topic",
    "discussed": "topic",
    "we discussed": "topic",
    "talked about": "topic",
    "forgot": "forgot",
    "forgot to say": "forgot",
    "forgot to mention": "forgot",
    "fit": "fit",
    "why": "fit",
    "why me": "fit",
    "why i fit": "fit",
    "urgent": "urgent",
    "other offer": "offer",
    "another offer": "offer",
    "competing offer": "offer",
    "role": "role",
    "position": "role",
    "job": "role",
    "job title": "role",
    "interview for": "role",
    "interviewing for": "role",
    "position title": "role",
    # Irish public service: "Competition: Higher Executive Officer (Compliance) - <the body>"
    "competition": "role",
    # an employer's own field abroad: "Vaga: Cientista de Dados", "Poste : Chef de produit"
    "vaga": "role",
    "poste": "role",
    "emploi": "role",  # Québec's public service: "Emploi : Économiste – analyse du marché ..."
    "company": "company",
    "company name": "company",
    # an agency's invite: "Client: Bellamont Pharma Ireland, Unit 4 Airside Business Park, ..."
    "client": "company",
    # a travel-nurse agency's: "Facility: Mesilla Valley Regional Medical Center (Las Cruces, NM)"
    "facility": "company",
    "employer": "company",
    "organization": "company",
    "organisation": "company",
    # NHS Scotland's letter: "Board: NHS Lammermuir and Tweed"
    "board": "company",
    "health board": "company",
    # a selection office's convocation abroad: "Employeur : SPF Affaires européennes",
    # "Werkgever: ...", "Arbeitgeber: ..."
    "employeur": "company",
    "werkgever": "company",
    "arbeitgeber": "company",
    "empregador": "company",
    "empleador": "company",
    "interviewer": "interviewer",
    "interviewers": "interviewer",
}
_METHODS = {
    "email": Method.EMAIL,
    "e-mail": Method.EMAIL,
    "phone": Method.PHONE,
    "call": Method.PHONE,
    "phone call": Method.PHONE,
    "telephone": Method.PHONE,
    "letter": Method.LETTER,
    "mail": Method.LETTER,
    "post": Method.LETTER,
    "snail mail": Method.LETTER,
    "handwritten": Method.LETTER,
    "hand-written": Method.LETTER,
    "card": Method.LETTER,
}
_YES = {"yes", "y", "true", "1", "on", "asap"}
_NO = {"no", "n", "false", "0", "off", "none", "not really"}

_LINE = re.compile(
    # ("Role = BI Analyst, Warrington": a note typed with an equals sign)
    r"^\s*(?:[-*\u2022]\s+)?(?P<key>[A-Za-z][A-Za-z /-]{0,30}?)\s*(?::|\s=)\s*(?P<value>.*)$"
)
_HTML_HINT = re.compile(
    r"<\s*(?:br|p|div|span|a|b|i|u|ul|ol|li|html|body|strong|em)\b[^>]*>|</\w+>"
)
_HTML_BREAK = re.compile(r"<\s*br\s*/?\s*>|</\s*(?:p|div|li|h\d|tr)\s*>|<\s*li\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
_NAME_ONLY = re.compile(r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_][^\W\d_.'-]*)*\.?")
_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def clean_value(text: str, limit: int = MAX_VALUE) -> str:
    """One line of plain text: control and bidi characters out, spaces collapsed, bounded."""
    text = re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
    return text[:limit].rstrip()


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def plain_text(description: str) -> str:
    """An event description as plain lines; Google gives HTML, iCalendar plain text."""
    if not _HTML_HINT.search(description):
        return description
    text = _HTML_BREAK.sub("\n", description)
    return html.unescape(_HTML_TAG.sub("", text))


def parse_address(text: str) -> tuple[str, str] | None:
    """("Jane Doe", "jane@acme.com") from "Jane Doe <jane@acme.com>", a bare address, or
    "Jane Doe jane@acme.com"; None when there is no single valid address."""
    if _CONTROL.search(text) or "\n" in text or "\t" in text:
        return None
    bracketed = re.fullmatch(r"(?P<name>[^<>]*?)\s*<\s*(?P<email>[^<>\s]+)\s*>", text)
    if bracketed:
        name, email = bracketed["name"], bracketed["email"]
    else:
        name, _, email = text.rpartition(" ")
    name = clean_value(name.strip().strip("\"'"), 100)
    if "@" in name or len(email) > 254 or not _EMAIL.fullmatch(email):
        return None
    return name, email.lower()


def _split_addresses(value: str) -> list[str]:
    """Split on commas and semicolons outside quotes and angle brackets."""
    parts, current, quoted, bracketed = [], [], False, False
    for char in value:
        if char == '"':
            quoted = not quoted
        elif char == "<":
            bracketed = True
        elif char == ">":
            bracketed = False
        if char in ",;" and not quoted and not bracketed:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


@dataclass
class _Reading:
    """Notes as they build up line by line; single-valued keys remember their problem
    so a later line that corrects the value also clears the complaint."""

    lists: dict[str, list[str]] = field(
        default_factory=lambda: {"topic": [], "forgot": [], "fit": []}
    )
    interviewers: dict[str, str] = field(default_factory=dict)
    single: dict[str, object] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)

    def set(self, key: str, value: object, problem: str = "") -> None:
        self.single[key] = value
        self.problems = [(k, p) for k, p in self.problems if k != key]
        if problem:
            self.problem(key, problem)

    def problem(self, key: str, text: str) -> None:
        self.problems.append((key, text))
        log.info("note not understood: %s", text)

    def add(self, key: str, value: str) -> None:
        if value.casefold() not in {v.casefold() for v in self.lists[key]}:
            self.lists[key].append(value)


def _read_flag(value: str) -> bool | None:
    word = value.lower().rstrip(".!")
    if word in _NO or word.startswith("no "):
        return False
    if word in _YES or re.search(r"\b(?:offer|deadline|asap|yes)\b", word):
        return True
    return None


def _read_line(
    reading: _Reading,
    key: str,
    raw_key: str,
    value: str,
    day: date,
    month_first: bool | None = None,
    holidays: Mapping[date, str] | None = None,
) -> None:
    if key == "decision":
        mention = parse_date(value, after=day, month_first=month_first, holidays=holidays)
        reading.set("decision", mention, f"{raw_key}: {mention.error}" if mention.error else "")
    elif not value:
        return
    elif key in reading.lists:
        reading.add(key, value)
    elif key == "method":
        method = _METHODS.get(value.lower().rstrip("."))
        if method is None:
            reading.problem(
                "method", f"{raw_key}: '{_shown(value)}' is not one of email, phone or letter"
            )
        else:
            reading.set("method", method)
    elif key in ("urgent", "offer"):
        flag = _read_flag(value)
        if key == "offer":  # "other offer: Globex, decide by Friday" is urgent; "no" is not
            flag = flag is not False
        if flag is None:
            reading.problem("urgent", f"{raw_key}: '{_shown(value)}' is not yes or no")
        else:
            reading.set("urgent", flag)
    elif key in ("role", "company"):
        reading.set(key, value)
    elif key == "interviewer":
        for item in _split_addresses(value):
            parsed = parse_address(item)
            if parsed is None and _NAME_ONLY.fullmatch(item):
                continue  # a name without an address: agent.core.people reads those
            if parsed is None:
                reading.problem(
                    "interviewer",
                    f"{raw_key}: '{_shown(item)}' is not an address "
                    "like 'Jane Doe <jane@acme.com>'",
                )
                continue
            name, email = parsed
            reading.interviewers[email] = name or reading.interviewers.get(email, "")


def parse_notes(
    text: str,
    *,
    interview_day: date,
    month_first: bool | None = None,
    holidays: Mapping[date, str] | None = None,
) -> Notes:
    """Notes from an event description plus appended note lines; never raises.

    Decision dates are read relative to the interview's day, numbers ("12/5") in
    the person's locale (`month_first`, see `date_words.month_first`), holidays
    ("after Thanksgiving") in `holidays` (date -> name). A line that names a
    known key but cannot be read is kept in `problems` (and a bad decision date
    stays as a DateMention with no value) so `status` can show it.
    """
    reading = _Reading()
    for line in own_lines(plain_text(text)):
        match = _LINE.match(line)
        if match is None:
            continue
        raw_key = re.sub(r"\s+", " ", match["key"].strip().lower())
        key = _KEYS.get(raw_key)
        value = clean_value(match["value"])
        if "=" in line[: match.start("value")]:
            # shorthand, "Role = BI Analyst, Warrington, hybrid 2 days. Saw it on LinkedIn":
            # the value up to its first comma or full stop
            value = re.split(r"[,.;]\s", value, maxsplit=1)[0].strip()
        if key is None and " / " in raw_key:
            # a bilingual label, "Poste / Position: Analyste ... / Institutional Research
            # Analyst": the value in the first label's language
            key = next((_KEYS[k] for k in raw_key.split(" / ") if k in _KEYS), None)
            value = value.split(" / ")[0]
        if key is None:
            continue
        _read_line(reading, key, raw_key, value, interview_day, month_first, holidays)
    single = reading.single
    decision = single.get("decision")
    method = single.get("method")
    return Notes(
        topics=tuple(reading.lists["topic"]),
        forgot=tuple(reading.lists["forgot"]),
        fit=tuple(reading.lists["fit"]),
        decision=decision if isinstance(decision, DateMention) else None,
        method=method if isinstance(method, Method) else None,
        urgent=bool(single.get("urgent", False)),
        role=str(single.get("role", "")),
        company=str(single.get("company", "")),
        interviewers=tuple((name, email) for email, name in reading.interviewers.items()),
        problems=tuple(problem for _, problem in reading.problems),
    )
