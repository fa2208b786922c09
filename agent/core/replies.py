"""Which inbound mail is an employer's reply, to which application, and what it says.

Three questions, asked in this order by the cycle: is the message written by a
person at all (`automated_reason`), which application does it answer
(`match_application`), and what does it mean (`classify`). A message wrongly
taken as a reply stops the check-in cadence without anyone noticing, so the
filters lean towards "not a reply" for machine-sent mail, and the classifier
falls back to OTHER (the person is asked to read it) rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from email.utils import parseaddr

from agent.core.dates import find_date
from agent.core.model import DateMention, MailMessage, ReplyKind

_CLASSIFY_LIMIT = 20_000

# --------------------------------------------------------------------------- automated mail

_AUTO_SUBJECT = re.compile(
    r"^\s*(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)"
    r"|auto:|autoreply|abwesenheitsnotiz|r[ée]ponse\s+automatique|respuesta\s+autom[áa]tica"
    r"|risposta\s+automatica|automatisch\s+antwoord|ooo\b)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliverable:|undelivered\s+mail|delivery\s+status\s+notification"
    r"|mail\s+delivery\s+(?:failed|failure|subsystem)|returned\s+mail|delivery\s+failure)",
    re.IGNORECASE,
)
_CALENDAR_SUBJECT = re.compile(
    r"^\s*(?:invitation:|updated\s+invitation|accepted:|declined:|tentative(?:ly\s+accepted)?:"
    r"|cancell?ed(?:\s+event)?:|cancell?ed\s+event|new\s+event:|event\s+cancell?ed)",
    re.IGNORECASE,
)
_CALENDAR_SENDERS = frozenset({"calendar-notification@google.com"})
_BOUNCE_LOCAL_PARTS = frozenset({"mailer-daemon", "postmaster"})
_BOUNCE_TYPES = frozenset(
    {"multipart/report", "message/delivery-status", "message/global-delivery-status"}
)


def _header(msg: MailMessage, name: str) -> str:
    return re.sub(r"\s+", " ", msg.headers.get(name, "")).strip()


def automated_reason(msg: MailMessage) -> str | None:
    """Why `msg` was sent by a machine rather than written as a reply, or None.

    The reason is short and fixed ("bounce", "auto-reply", "calendar
    notification", "mailing list") followed by what gave it away, for logs.
    """
    sender = msg.sender.email.lower()
    types = {t.lower() for t in msg.content_types}
    subject = msg.subject or ""
    if sender.partition("@")[0] in _BOUNCE_LOCAL_PARTS:
        return f"bounce: sent by {sender}"
    if types & _BOUNCE_TYPES:
        return "bounce: delivery report"
    if _header(msg, "return-path") == "<>":
        return "bounce: empty Return-Path"
    if _BOUNCE_SUBJECT.match(subject):
        return "bounce: delivery failure subject"
    if "text/calendar" in types or "application/ics" in types:
        return "calendar notification: carries an invitation"
    if sender in _CALENDAR_SENDERS:
        return f"calendar notification: sent by {sender}"
    if _CALENDAR_SUBJECT.match(subject):
        return "calendar notification: invitation subject"
    auto_submitted = _header(msg, "auto-submitted").lower()
    if auto_submitted and auto_submitted != "no":
        return f"auto-reply: Auto-Submitted {auto_submitted[:40]}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponse"):
        if name in msg.headers:
            return f"auto-reply: {name} header"
    precedence = _header(msg, "precedence").lower()
    if precedence == "auto_reply":
        return "auto-reply: Precedence auto_reply"
    if _AUTO_SUBJECT.match(subject):
        return "auto-reply: out-of-office subject"
    if "list-id" in msg.headers:
        return "mailing list: List-Id header"
    if "list-unsubscribe" in msg.headers:
        return "mailing list: List-Unsubscribe header"
    if precedence in ("bulk", "list", "junk"):
        return f"mailing list: Precedence {precedence}"
    return None


# --------------------------------------------------------------------------- matching

FREE_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "aim.com",
        "proton.me",
        "protonmail.com",
        "protonmail.ch",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "gmx.at",
        "gmx.ch",
        "web.de",
        "t-online.de",
        "freenet.de",
        "posteo.de",
        "mailbox.org",
        "mail.com",
        "zoho.com",
        "fastmail.com",
        "fastmail.fm",
        "hey.com",
        "tutanota.com",
        "tuta.io",
        "duck.com",
        "hushmail.com",
        "yandex.ru",
        "yandex.com",
        "mail.ru",
        "qq.com",
        "163.com",
        "126.com",
        "naver.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "seznam.cz",
        "wp.pl",
        "o2.pl",
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
        "btinternet.com",
        "rediffmail.com",
        "inbox.com",
    }
)
# Providers with one domain per country (gmx.co.uk, yahoo.fr, hotmail.co.jp).
_FREE_MAIL_FAMILIES = frozenset(
    {"gmx", "yahoo", "hotmail", "outlook", "live", "yandex", "aol", "msn", "icloud"}
)
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ne", "or"})


def is_free_mail(domain: str) -> bool:
    """A mail domain anyone can sign up to, which therefore names no company."""
    labels = domain.lower().strip().strip(".").split(".")
    if len(labels) < 2:
        return False
    for start in range(len(labels) - 1):  # subdomains of a free-mail domain count too
        if ".".join(labels[start:]) in FREE_MAIL_DOMAINS:
            return True
    family, rest = labels[0], labels[1:]
    if family not in _FREE_MAIL_FAMILIES:
        return False
    return len(rest) == 1 or (len(rest) == 2 and rest[0] in _SECOND_LEVEL)


@dataclass(frozen=True)
class Contacts:
    """Who may answer for one application: interviewer addresses and company domains.

    `domains` already excludes free-mail domains; `match_application` checks again.
    """

    application: str
    emails: frozenset[str]
    domains: frozenset[str]


def _domain_of(email: str) -> str:
    return email.rpartition("@")[2].lower()


def _in_domain(domain: str, company: str) -> bool:
    company = company.lower().strip(".")
    return bool(company) and (domain == company or domain.endswith("." + company))


def _senders(msg: MailMessage) -> list[str]:
    """The sender, then a Reply-To address (an applicant-tracking system often sends on
    the recruiter's behalf from its own domain with the recruiter in Reply-To)."""
    found = [msg.sender.email.strip().lower()]
    reply_to = parseaddr(_header(msg, "reply-to"))[1].strip().lower()
    if "@" in reply_to and reply_to not in found:
        found.append(reply_to)
    return [email for email in found if "@" in email]


def match_application(
    msg: MailMessage,
    contacts: Sequence[Contacts],
    threads: Mapping[str, str],
    me: str,
) -> str | None:
    """The application `msg` answers, or None.

    A thread the agent drafted in beats an interviewer's address, which beats
    the company's domain (subdomains included, free-mail never). When several
    applications match at the same level, the first in `contacts` wins; callers
    pass them newest interview first. The person's own mail (from `me`, or
    labelled SENT or DRAFT) is never a reply. Automated mail is not filtered
    here: see `automated_reason` and `reply_application`.
    """
    if msg.labels & {"SENT", "DRAFT"}:
        return None
    senders = _senders(msg)
    if not senders or (me and msg.sender.email.strip().lower() == me.strip().lower()):
        return None
    if msg.thread_id and msg.thread_id in threads:
        return threads[msg.thread_id]
    for email in senders:
        for contact in contacts:
            if email in {e.lower() for e in contact.emails}:
                return contact.application
    for email in senders:
        domain = _domain_of(email)
        if is_free_mail(domain):
            continue
        for contact in contacts:
            if any(_in_domain(domain, d) for d in contact.domains if not is_free_mail(d)):
                return contact.application
    return None


def reply_application(
    msg: MailMessage,
    contacts: Sequence[Contacts],
    threads: Mapping[str, str],
    me: str,
) -> str | None:
    """`match_application` for mail a person wrote; automated mail answers nothing."""
    if automated_reason(msg) is not None:
        return None
    return match_application(msg, contacts, threads, me)


# --------------------------------------------------------------------------- classification

# Where the quoted message starts; a mail client may wrap the "On ... wrote:" line once.
_QUOTE_HEADERS = tuple(
    re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    for pattern in (
        r"^[ \t]*On\s[^\n]{0,300}\swrote:[ \t]*$",
        r"^[ \t]*On\s[^\n]{0,300}\n[^\n]{0,300}\swrote:[ \t]*$",
        r"^[ \t]*Am\s[^\n]{0,300}\sschrieb[^\n]{0,100}:[ \t]*$",
        r"^[ \t]*Le\s[^\n]{0,300}\sa\s+écrit\s*:[ \t]*$",
        r"^[ \t]*-{2,}\s*(?:Original\s+Message|Forwarded\s+message)\s*-{2,}",
        r"^[ \t]*_{10,}[ \t]*$",
        r"^[ \t]*From:\s[^\n]{0,300}\n[ \t]*(?:Sent|Date):",
    )
)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|fw|fwd|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def own_words(body: str) -> str:
    """The part of a reply its sender wrote: quoted lines and the quoted tail removed."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")[:_CLASSIFY_LIMIT]
    cuts = [match.start() for p in _QUOTE_HEADERS if (match := p.search(text))]
    if cuts:
        text = text[: min(cuts)]
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))


def _phrases(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


_ANOTHER = r"(?:another|a\s+different|other|a\s+more\s+qualified)\s+(?:candidate|applicant|person)"
_REJECTION = _phrases(
    r"regret\s+to\s+(?:inform|let\s+you\s+know|tell)",
    r"decided\s+(?:not\s+to|to\s+(?:move|go|proceed)\s+(?:forward\s+)?with\s+" + _ANOTHER + ")",
    r"(?:move|moving|go|going|proceed|proceeding)\s+(?:forward\s+)?with\s+" + _ANOTHER,
    r"(?:selected|chosen|chose|hired|offered\s+(?:the\s+\w+\s+)?to|extend(?:ed)?\s+an\s+offer\s+to)"
    r"\s+" + _ANOTHER,
    r"pursue\s+other\s+(?:candidates|applicants)",
    r"(?:not|\w*n't|no\s+longer)\s+(?:be\s+)?(?:moving|move|going|proceeding|proceed)\s+forward",
    r"(?:will\s+not|won't|not)\s+be\s+proceeding",
    r"(?:position|role|job|vacancy)\s+(?:has\s+(?:now\s+)?been|was|is\s+now)\s+filled",
    r"filled\s+the\s+(?:position|role)",
    r"not\s+(?:been\s+)?selected",
    r"no\s+longer\s+(?:under\s+consideration|considering)",
    r"not\s+(?:the\s+right|a)\s+(?:fit|match)",
    r"(?:unable|not\s+able)\s+to\s+(?:offer|move\s+forward)",
    r"keep\s+your\s+(?:resume|cv|details)\s+on\s+file",
    r"(?:best|luck|success)\s+(?:of\s+luck\s+)?(?:in|with)\s+your\s+(?:job\s+)?(?:search|future)",
)
# "Unfortunately" alone is also how people say they are travelling: it counts only
# next to words about the application.
_WEAK_REJECTION = re.compile(
    r"\b(?:unfortunately|we\s+are\s+sorry|we're\s+sorry|i'm\s+sorry\s+to)\b"
    r"[^.!?\n]{0,200}?\b(?:candida\w*|application|position|role|decid\w*|decision|forward"
    r"|offer|selected|consider\w*|someone\s+else|go\s+with|proceed\w*)",
    re.IGNORECASE,
)
_OFFER = _phrases(
    r"(?:pleased|happy|delighted|excited|thrilled|glad)\s+to\s+(?:formally\s+)?"
    r"(?:offer|extend\s+(?:you\s+)?an\s+offer)",
    r"offer\s+letter",
    r"extend(?:ing)?\s+(?:you\s+)?an\s+offer",
    r"mak(?:e|ing)\s+(?:you\s+)?an\s+offer",
    r"(?:formal|job|verbal|written)\s+offer",
    r"offer\s+of\s+employment",
    r"(?:would|'d)\s+like\s+to\s+offer\s+you",
    r"welcome\s+(?:you\s+)?(?:to\s+the\s+team|aboard)",
)
# Offering as a verb: negated ("we will not be extending an offer"), it is a rejection;
# a negated noun ("don't worry about the offer letter") is not.
_OFFER_VERB = _phrases(
    r"extend(?:ing)?\s+(?:you\s+)?an\s+offer",
    r"mak(?:e|ing)\s+(?:you\s+)?an\s+offer",
    r"offer(?:ing)?\s+you\s+(?:the|this|a)\s+(?:position|role|job)",
)
_OFFER_OF_INTERVIEW = (
    r"\s*(?:you\s+)?(?:an?|the)\s+(?:\w+\s+){0,2}(?:interview|call|meeting|chance)"
)
_NEXT_ROUND = _phrases(
    r"next\s+(?:round|stage|interview)",
    r"(?:second|third|final|follow-?up|another|onsite|on-site|panel|technical)\s+"
    r"(?:round|interview|conversation)",
    r"next\s+steps?\b[^.?!\n]{0,80}\b(?:schedul\w*|availab\w*|calendar|book|time\s+slot|invite"
    r"|interview|call|meet)",
    r"(?:schedule|set\s+up|arrange|book)\s+(?:a|an|the|your|some)\s+(?:\w+\s+){0,2}"
    r"(?:interview|call|time|meeting|chat)",
    r"reschedul\w*",
    r"availability",
    r"when\s+(?:are|would)\s+you\s+(?:be\s+)?(?:available|free)",
    r"invite\s+you\s+to\s+(?!apply)",
    r"on-?site",
    r"meet\s+(?:the|more\s+of\s+the)\s+team",
    r"calendly",
    r"offer\s+you\s+an?\s+(?:\w+\s+)?interview",
)
_STILL_DECIDING = _phrases(
    r"still\s+(?:deciding|reviewing|interviewing|evaluating|considering|in\s+the\s+process"
    r"|waiting|working\s+through|meeting)",
    r"(?:haven't|have\s+not|not\s+yet|yet\s+to)\s+(?:yet\s+)?(?:made?|reach(?:ed)?)\s+a\s+decision",
    r"no\s+decision\s+(?:yet|has\s+been)",
    r"(?:we'll|we\s+will|we\s+should|should)\s+know\s+(?:more\s+)?by",
    r"(?:expect|hope|plan|aim)\s+to\s+(?:make|have|reach|finali[sz]e)\s+(?:a|our|the)\s+decision",
    r"(?:will|'ll|shall)\s+(?:get\s+back\s+to\s+you|update\s+you|let\s+you\s+know|be\s+in\s+touch"
    r"|follow\s+up\s+with\s+you)",
    r"need\s+(?:a\s+(?:bit|little)\s+)?more\s+time",
    r"taking\s+(?:a\s+(?:bit|little)\s+)?longer",
    r"decision\s+(?:is|has\s+been|was|will\s+be)\s+delayed",
    r"delay(?:ed)?\s+(?:in\s+)?(?:our|the|a)\s+decision",
)
_NEGATION = re.compile(r"\b(?:not|no|never|unable|cannot)\b|n't\b", re.IGNORECASE)
_ROUND_NAMED = _phrases(
    r"next\s+(?:round|stage|interview)",
    r"(?:second|third|final|follow-?up|another|onsite|on-site|panel|technical)\s+(?:round|interview)",
    r"invite\s+you\s+to\s+(?!apply)",
)


def _clause_before(text: str, position: int) -> str:
    """The words leading up to `position` in its clause: "No worries, we'd like to
    schedule" puts no negation before "schedule"."""
    head = text[:position]
    return head[max(head.rfind(c) for c in ".!?\n;,:") + 1 :]


def _sentence_after(text: str, position: int) -> str:
    return re.split(r"[.!?\n;]", text[position:], maxsplit=1)[0]


def _positive(
    pattern: re.Pattern[str], text: str, *, skip: str = "", not_yet_counts: bool = False
) -> tuple[bool, bool]:
    """(a match with no negation before it in its clause, a negated match).

    "Not yet" is neither, or a plain match with `not_yet_counts` ("we haven't
    scheduled the next round yet" still announces one). A match followed by
    `skip` ("an interview" after "offer you") does not count at all.
    """
    plain = negated = False
    for match in pattern.finditer(text):
        if skip and re.match(skip, text[match.end() :], re.IGNORECASE):
            continue
        before = _clause_before(text, match.start())
        if not _NEGATION.search(before):
            plain = True
        elif re.search(r"\byet\b", before + _sentence_after(text, match.end()), re.I):
            plain = plain or not_yet_counts
        else:
            negated = True
    return plain, negated


def classify(msg: MailMessage, *, after: date) -> tuple[ReplyKind, DateMention | None]:
    """What a reply means, and for STILL_DECIDING the date they now give (or None).

    Reads the subject (unless it is ours, behind "Re:") and the sender's own
    words. Definite rejections come first, including negated offers or rounds
    ("unfortunately we are not able to make you an offer"); then offers, next
    rounds, still deciding; a bare "unfortunately" counts as a rejection only
    when nothing else was said ("unfortunately we need another week" is still
    deciding). Dates are read relative to `after`, the day the reply arrived.
    """
    subject = "" if _REPLY_PREFIX.match(msg.subject or "") else (msg.subject or "")
    text = (subject + "\n" + own_words(msg.body or "")).replace("\u2019", "'")
    if _REJECTION.search(text):
        return ReplyKind.REJECTION, None
    offer, _ = _positive(_OFFER, text, skip=_OFFER_OF_INTERVIEW)
    _, negated_offer = _positive(_OFFER_VERB, text)
    next_round, _ = _positive(_NEXT_ROUND, text, not_yet_counts=True)
    named_round, negated_round = _positive(_ROUND_NAMED, text, not_yet_counts=True)
    if not offer and (negated_offer or (negated_round and not named_round)):
        return ReplyKind.REJECTION, None
    if offer:
        return ReplyKind.OFFER, None
    if next_round:
        return ReplyKind.NEXT_ROUND, None
    mention = find_date(text, after=after)
    if _STILL_DECIDING.search(text) or mention is not None:
        return ReplyKind.STILL_DECIDING, mention
    if _WEAK_REJECTION.search(text):
        return ReplyKind.REJECTION, None
    return ReplyKind.OTHER, None
