"""Figures from a corpus run: what `bench/accuracy.py` prints and `floor.json` holds.

Each figure is either a share (higher is better, 0..1) or a count of harms
(lower is better; most must be zero). `misses` lists every case that went
wrong, with what was expected and what the program did, for whoever is
improving the reading code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tests.corpus.runner import Corpus, EventCase, EventResult, MessageCase, Results

# A message's expected class, and the classes the program may give it that count as right.
# The classes the program has today are offer, rejection, next_round, still_deciding, other,
# and "none" (not taken as any application's reply). Finer classes a reader may add later
# (receipt, acknowledgement, out_of_office) are accepted where they mean the same.
ACCEPTED: dict[str, frozenset[str]] = {
    "offer": frozenset({"offer"}),
    "rejection": frozenset({"rejection"}),
    "next_round": frozenset({"next_round"}),
    "still_deciding": frozenset({"still_deciding"}),
    # "Thanks, received, we'll be in touch": nothing decided, nothing to stop.
    "acknowledgement": frozenset({"acknowledgement", "still_deciding", "other"}),
    # An application receipt from a tracking system: not news about the interview.
    "receipt": frozenset({"receipt", "other", "none"}),
    "other": frozenset({"other"}),
    # Out-of-office, newsletters, job alerts, calendar notifications, unrelated mail.
    "not_a_reply": frozenset({"none", "out_of_office"}),
}
HARMLESS_KINDS = ("receipt", "not_a_reply", "acknowledgement")

_LEGAL = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|ag|sa|sas|srl|bv|plc|corp|corporation|co|company)\b\.?", re.I
)
_NO_REPLY = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|notifications?|scheduling|calendar"
    r"|mailer-daemon)(?:$|[._+-])",
    re.I,
)
# Shared mailboxes: a thank-you there reaches nobody in particular.
_SHARED = frozenset({"recruiting", "recruitment", "careers", "jobs", "talent", "hiring", "hr"})
_TOOL_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "ashbyhq.com",
    "goodtime.io",
    "modernloop.io",
    "calendly.com",
    "myworkday.com",
    "zoom.us",
    "coderpad.io",
)


def norm(text: str) -> str:
    text = _LEGAL.sub(" ", text.casefold())
    return re.sub(r"[^\w]+", " ", text).strip()


def company_right(case: EventCase, got: str) -> bool:
    if not case.company:
        return not got
    return norm(got) in {norm(c) for c in case.company}


def role_right(case: EventCase, got: str) -> bool:
    if not case.role:
        return not got.strip()
    return norm(got) in {norm(r) for r in case.role}


def interviewers_right(case: EventCase, got: list[tuple[str, str]]) -> bool:
    """The same people: each expected address (or, without one, name) once, nobody else."""
    if len(got) != len(case.interviewers):
        return False
    left = list(got)
    for want in case.interviewers:
        if "@" in want:
            match = next((g for g in left if g[1].lower() == want.lower()), None)
        else:
            match = next((g for g in left if norm(g[0]) == norm(want)), None)
        if match is None:
            return False
        left.remove(match)
    return True


@dataclass(frozen=True)
class Person:
    addresses: frozenset[str]
    work_domains: frozenset[str]

    def owns(self, address: str) -> bool:
        local, _, domain = address.lower().partition("@")
        base = f"{local.partition('+')[0]}@{domain}"
        return address.lower() in self.addresses or base in self.addresses


def address_kind(address: str, person: Person, invite_kinds: dict[str, str]) -> str:
    """Why a thank-you must not go to `address`, or "" if it may."""
    address = address.lower()
    local, _, domain = address.partition("@")
    if person.owns(address):
        return "person"
    if address in invite_kinds:
        return invite_kinds[address]
    if domain.endswith("resource.calendar.google.com"):
        return "room"
    if domain.endswith("group.calendar.google.com") or domain.startswith("groups."):
        return "group"
    if local in _SHARED:
        return "group"
    if _NO_REPLY.search(local) or any(
        domain == d or domain.endswith("." + d) for d in _TOOL_DOMAINS
    ):
        return "no-reply"
    if domain in person.work_domains:
        return "colleague"
    return ""


# Text every meeting tool adds to an invite: never the person's own words, so never in a draft.
BOILERPLATE = (
    "Meeting ID",
    "Passcode",
    "Join Zoom Meeting",
    "zoom.us/j/",
    "Microsoft Teams meeting",
    "meet.google.com",
    "Join with Google Meet",
    "Powered by",
    "calendly.com",
    "-::~:~::~",
    "Please do not edit this section",
)
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof"})


def quoted_employer_text(case: EventCase, text: str) -> list[str]:
    """Employer or tool text a draft repeats as if the person had written it."""
    return [phrase for phrase in (*BOILERPLATE, *case.not_in_drafts) if phrase in text]


def greeting_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def name_right(names: tuple[str, ...], got_name: str, draft_text: str | None) -> bool:
    """Shown under an acceptable name, and (if drafted) greeted by first name or as Dr. Last."""
    if norm(got_name) not in {norm(n) for n in names}:
        return False
    if draft_text is None:
        return True
    greeting = greeting_line(draft_text)
    for name in names:
        words = name.replace(".", " ").split()
        given = [w for w in words if w.casefold() not in _HONORIFICS]
        if given and re.search(rf"\b{re.escape(given[0])}\b", greeting):
            return True
        if words and words[0].casefold() == "dr" and re.search(rf"\bDr\.? {words[-1]}\b", greeting):
            return True
    return False


def draft_text_to(result: EventResult, address: str) -> str | None:
    pairs = zip(result.drafts, result.draft_texts, strict=True)
    return next((text for to, text in pairs if address.lower() in to), None)


def names_checked(case: EventCase, result: EventResult) -> list[tuple[str, bool]]:
    """(address, right) for each address whose display name the case pins."""
    checked = []
    for address, names in case.names:
        got = next((n for n, e in result.interviewers if e.lower() == address.lower()), None)
        text = draft_text_to(result, address)
        checked.append((address, got is not None and name_right(names, got, text)))
    return checked


class Share(float):
    """A share that remembers what it counts: `right` of `total` cases."""

    right: int
    total: int

    def __new__(cls, right: int, total: int) -> Share:
        share = super().__new__(cls, round(right / total, 4) if total else 1.0)
        share.right, share.total = right, total
        return share


def _share(right: int, total: int) -> float:
    return Share(int(right), total)


def figures(corpus: Corpus, results: Results) -> dict[str, float]:
    person = Person(
        frozenset(a.lower() for a in [corpus.person["email"], *corpus.person.get("addresses", [])]),
        frozenset(d.lower() for d in corpus.person.get("work_domains", [])),
    )
    out: dict[str, float] = {}
    yes = [c for c in corpus.events if c.interview == "yes"]
    no = [c for c in corpus.events if c.interview == "no"]
    maybe = [c for c in corpus.events if c.interview == "maybe"]
    ev = results.events
    tp = sum(ev[c.id].interview for c in yes)
    fp = sum(ev[c.id].interview for c in no)
    out["detection_precision"] = _share(tp, tp + fp)
    out["detection_recall"] = _share(tp, len(yes))
    found = [c for c in yes if ev[c.id].interview]
    out["company_accuracy"] = _share(
        sum(company_right(c, ev[c.id].company) for c in found), len(found)
    )
    out["role_accuracy"] = _share(sum(role_right(c, ev[c.id].role) for c in found), len(found))
    out["interviewers_accuracy"] = _share(
        sum(interviewers_right(c, ev[c.id].interviewers) for c in found), len(found)
    )
    # The same over every interview, a missed one counting as wrong: detecting more
    # interviews can never lower these, so the floor holds them rather than the above.
    out["company_of_all"] = _share(out["company_accuracy"].right, len(yes))
    out["role_of_all"] = _share(out["role_accuracy"].right, len(yes))
    out["interviewers_of_all"] = _share(out["interviewers_accuracy"].right, len(yes))
    named = [ok for c in yes for _, ok in names_checked(c, ev[c.id])]  # missed: wrong
    out["names_accuracy"] = _share(sum(named), len(named))
    out["maybe_without_draft"] = _share(sum(not ev[c.id].drafts for c in maybe), len(maybe))
    out["maybe_surfaced"] = _share(
        sum(ev[c.id].surfaced and not ev[c.id].drafts for c in maybe), len(maybe)
    )
    groups: dict[str, list[EventCase]] = {}
    for case in yes:
        if case.application:
            groups.setdefault(case.application, []).append(case)
    pairs = [g for g in groups.values() if len(g) > 1]
    out["pairs_as_one"] = _share(
        sum(
            all(ev[c.id].interview for c in g) and len({ev[c.id].application for c in g}) == 1
            for g in pairs
        ),
        len(pairs),
    )
    counts = {k: 0 for k in ("person", "room", "group", "no-reply", "colleague")}
    for draft in results.drafts:  # each file once, whichever cases it may be for
        for address in draft.to:
            kind = address_kind(address, person, results.wrong_kind_of_address)
            if kind:
                counts[kind] += 1
    for kind, n in counts.items():
        out[f"drafts_to_{kind.replace('-', '_')}"] = n
    not_interviews = {c.id for c in no}
    out["drafts_for_non_interviews"] = sum(
        bool(d.cases) and set(d.cases) <= not_interviews for d in results.drafts
    )
    cases = {c.id: c for c in corpus.events}
    out["drafts_quoting_employer_text"] = sum(
        any(quoted_employer_text(cases[i], d.text) for i in d.cases)
        or (not d.cases and any(p in d.text for p in BOILERPLATE))
        for d in results.drafts
    )
    _message_figures(corpus, results, out)
    return out


def message_right(case: MessageCase, results: Results) -> bool:
    got = results.messages[case.id]
    if got.kind not in ACCEPTED[case.kind]:
        return False
    if got.kind == "none" or not case.application:
        return got.kind == "none" or not got.application
    return got.application == got.expected_application


def _message_figures(corpus: Corpus, results: Results, out: dict[str, float]) -> None:
    msgs = corpus.messages
    out["reply_accuracy"] = _share(sum(message_right(m, results) for m in msgs), len(msgs))
    for kind in ACCEPTED:
        group = [m for m in msgs if m.kind == kind]
        out[f"reply_{kind}"] = _share(sum(message_right(m, results) for m in group), len(group))
    answering = [m for m in msgs if m.application and m.kind not in HARMLESS_KINDS]
    out["reply_matched"] = _share(
        sum(
            results.messages[m.id].application == results.messages[m.id].expected_application
            for m in answering
        ),
        len(answering),
    )
    out["harmless_read_as_rejection"] = sum(
        results.messages[m.id].kind == "rejection" for m in msgs if m.kind in HARMLESS_KINDS
    )
    dated = [m for m in msgs if m.date is not None]
    out["date_accuracy"] = _share(
        sum(results.messages[m.id].new_date == m.date for m in dated), len(dated)
    )


def misses(corpus: Corpus, results: Results) -> list[str]:
    """One line per case the program got wrong, naming the figure it costs."""
    lines: list[str] = []
    for case in corpus.events:
        got = results.events[case.id]
        where = f"{case.id} [{case.file}]"
        if case.interview == "yes" and not got.interview:
            lines.append(f"detection  {where}: expected an interview, not detected")
            continue
        if case.interview == "no" and got.interview:
            lines.append(
                f"detection  {where}: not an interview ({case.note or 'person not the candidate'}),"
                f" followed up with {len(got.drafts)} draft(s)"
            )
            continue
        if case.interview == "maybe":
            if got.drafts:
                lines.append(f"maybe      {where}: uncertain, but drafted to {got.drafts}")
            elif not got.surfaced:
                lines.append(f"maybe      {where}: uncertain, not shown in status or reminders")
            continue
        if case.interview != "yes":
            continue
        if not company_right(case, got.company):
            lines.append(f"company    {where}: expected {list(case.company)}, got {got.company!r}")
        if not role_right(case, got.role):
            lines.append(f"role       {where}: expected {list(case.role)}, got {got.role!r}")
        for address, ok in names_checked(case, got):
            if not ok:
                shown = next((n for n, e in got.interviewers if e == address), None)
                text = draft_text_to(got, address) or ""
                lines.append(
                    f"name       {where}: {address} expected {list(dict(case.names)[address])},"
                    f" shown {shown!r}, greeted {greeting_line(text)!r}"
                )
        for text in got.draft_texts:
            quoted = quoted_employer_text(case, text)
            if quoted:
                lines.append(f"quoted     {where}: a draft repeats employer text {quoted}")
        if not interviewers_right(case, got.interviewers):
            shown = [e or n for n, e in got.interviewers]
            lines.append(f"people     {where}: expected {list(case.interviewers)}, got {shown}")
    rounds: dict[str, list[EventCase]] = {}
    for case in corpus.events:
        if case.interview == "yes" and case.application:
            rounds.setdefault(case.application, []).append(case)
    for key, pair in rounds.items():
        kept = {results.events[c.id].application for c in pair}
        if len(pair) > 1 and all(results.events[c.id].interview for c in pair) and len(kept) > 1:
            lines.append(f"pair       {key}: {[c.id for c in pair]} became {sorted(kept)}")
    for case in corpus.messages:
        got = results.messages[case.id]
        where = f"{case.id} [{case.file}]"
        if not message_right(case, results):
            app = f" in {got.application!r}" if got.application else ""
            want_app = f" for {got.expected_application!r}" if case.application else ""
            if got.expected_application == "?":
                want_app = f" for {case.application!r} (whose interview was not detected)"
            lines.append(f"reply      {where}: expected {case.kind}{want_app}, got {got.kind}{app}")
        if case.date is not None and got.new_date != case.date:
            lines.append(f"date       {where}: expected {case.date}, got {got.new_date}")
    return lines


def date_or_none(value: date | None) -> str:
    return value.isoformat() if value else "-"
