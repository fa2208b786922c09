"""The words a reply's sender wrote: the quoted thread, signature and disclaimer cut off.

Classifying the whole body would read the person's own thank-you quoted below
("I'm excited about the next round") as the employer's words, and a footer
("if you are not the intended recipient ...") as a sentence about the
application. So the body is split into what was written now, the signature
(kept: it names the company, which matches mail from tracking systems), and
the rest, which is dropped.

The quoted thread is found by mail-parser-reply, which knows the reply headers
of a dozen languages' mail clients ("Am ... schrieb", "Le ... a écrit",
"El ... escribió", Outlook's "Von:/Gesendet:" block); our own patterns add the
forms it misses: Gmail's "On ... wrote:" wrapped over two lines, Outlook's
"From: ... Sent: ..." block after a rule, and "> " quoted lines. Its signature
rule is not used: it cuts at any line starting "Thanks," or "- ", which is
where recruiters start sentences and lists ("- a take-home exercise").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CLASSIFY_LIMIT = 20_000  # characters of a body read at all
_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "cs"]
_PROBE_WIDTH = 200

_QUOTE_HEADERS = tuple(
    re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    for pattern in (
        r"^[ \t]*On\s[^\n]{0,300}\swrote:[ \t]*$",
        r"^[ \t]*On\s[^\n]{0,300}\n[^\n]{0,300}\swrote:[ \t]*$",
        r"^[ \t]*Am\s[^\n]{0,300}\sschrieb[^\n]{0,100}:[ \t]*$",
        r"^[ \t]*Le\s[^\n]{0,300}\sa\s+écrit\s*:[ \t]*$",
        r"^[ \t]*El\s[^\n]{0,300}\sescribió\s*:[ \t]*$",
        r"^[ \t]*Op\s[^\n]{0,300}\sschreef[^\n]{0,100}:[ \t]*$",
        r"^[ \t]*Il\s[^\n]{0,300}\sha\s+scritto\s*:[ \t]*$",
        r"^[ \t]*Em\s[^\n]{0,300}\sescreveu\s*:[ \t]*$",
        r"^[ \t]*-{2,}\s*(?:Original\s+Message|Forwarded\s+message|Ursprüngliche\s+Nachricht"
        r"|Message\s+d'origine|Mensaje\s+original)\s*-{2,}",
        r"^[ \t]*_{10,}[ \t]*$",
        r"^[ \t]*\*?(?:From|Von|De|Van|Da):\*?\s[^\n]{0,300}\n[ \t]*\*?"
        r"(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Verzonden|Inviato|To|An|À|Para|Aan|A):",
        # ... and as Outlook writes it in Finnish, Estonian, Russian, the Nordic languages,
        # Polish, Czech, Latvian, Lithuanian, Hungarian, Turkish and Greek ("Lähettäjä: ...
        # Lähetetty:", "Saatja: ... Saadetud:", "От: ... Отправлено:", "Från: ... Skickat:")
        r"^[ \t]*\*?(?:Lähettäjä|Saatja|От|Från|Fra|Od|No|Nuo|Feladó|Kimden|Από):\*?\s[^\n]{0,300}"
        r"\n[ \t]*\*?(?:Lähetetty|Saadetud|Отправлено|Дата|Skickat|Sendt|Wysłano|Odesláno|Nosūtīts"
        r"|Išsiųsta|Elküldve|Gönderildi|Tarih|Στάλθηκε|Ημερομηνία):",
    )
)
# Where a signature starts: the "-- " delimiter, a phone's tag line, or a
# valediction standing alone on its line ("Best,", "Kind regards", "Cheers").
_SIGNATURE_START = re.compile(
    r"^[ \t]*(?:--[ \t]*|—[ \t]*|Sent\s+from\s+my\s[^\n]*|Get\s+Outlook\s+for\s[^\n]*"
    r"|(?:(?:best|kind|warm|warmest|many\s+thanks\s+and|with\s+best)\s+)?(?:regards|wishes)[,!.]?"
    r"|best[,!.]?|all\s+the\s+best[,!.]?|cheers[,!.]?|thanks(?:\s+again)?[,!.]?"
    r"|thank\s+you(?:\s+again)?[,!.]?|many\s+thanks[,!.]?|sincerely[,!.]?|yours\s+(?:truly|sincerely)[,!.]?"
    r"|respectfully[,!.]?|talk\s+soon[,!.]?|best\s+of\s+luck[,!.]?"
    r"|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|viele\s+gr(?:ü|ue)(?:ß|ss)e|beste\s+gr(?:ü|ue)(?:ß|ss)e"
    r"|cordialement|bien\s+(?:à\s+vous|cordialement)|saludos(?:\s+cordiales)?|un\s+saludo"
    r"|atentamente|cordiali\s+saluti|distinti\s+saluti|met\s+vriendelijke\s+groet(?:en)?"
    r"|atenciosamente|abraços)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DISCLAIMER = re.compile(
    r"^[ \t]*(?:\*+\s*)?(?:confidentiality\s+notice|disclaimer|this\s+(?:e-?mail|message|"
    r"communication)\s+(?:and\s+any\s+(?:files|attachments)\s+)?(?:is|are|may\s+contain|contains)"
    r"\s+(?:confidential|intended|privileged)|the\s+information\s+(?:contained\s+)?in\s+this"
    r"\s+(?:e-?mail|message)|if\s+you\s+(?:are\s+not|have\s+received\s+this)[^\n]{0,40}"
    r"(?:intended\s+recipient|in\s+error))",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class ReplyText:
    words: str  # what the sender wrote now
    signature: str  # their signature and footer, where the company is often named


def split(body: str) -> ReplyText:
    """The sender's own words and their signature; the quoted thread is dropped."""
    # (its first CLASSIFY_LIMIT characters once line ends are "\n" are in twice as many)
    return _split(body[: 2 * CLASSIFY_LIMIT])


@lru_cache(maxsize=32)
def _split(body: str) -> ReplyText:
    """Cached: the readers of one message ask for its words several times (classify,
    its dates, its people), and finding the quoted thread is the costly part."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")[:CLASSIFY_LIMIT]
    text = text.replace("\u00a0", " ")
    whole = text
    cuts = [match.start() for p in _QUOTE_HEADERS if (match := p.search(text))]
    if cuts:
        text = text[: min(cuts)]
    text = _latest(text)
    text = _unquoted(text)
    if not text.strip():  # written below the quote: what is not quoted is theirs
        text = _unquoted(whole)
    footer = _DISCLAIMER.search(text)
    tail = ""
    if footer:
        text, tail = text[: footer.start()], text[footer.start() :]
    signature = None
    for match in _SIGNATURE_START.finditer(text):
        if match.start() > 0 and text[: match.start()].strip() and _signature_like(text, match):
            signature = match
            break
    if signature is not None:
        return ReplyText(text[: signature.start()], text[signature.start() :] + tail)
    return ReplyText(text, tail)


def _signature_like(text: str, start: re.Match[str]) -> bool:
    """What follows a valediction is a signature when it is short: a name, a title, a
    phone number. "Thanks!" on its own line above a paragraph opens the message."""
    if start.group(0).strip().startswith(("--", "—")):
        return True
    tail = [line for line in text[start.end() :].split("\n") if line.strip()]
    prose = any(len(line.split()) >= 8 and re.search(r"[a-z][.!?](?:\s|$)", line) for line in tail)
    return not prose and len(tail) <= 10 and sum(len(line) for line in tail) <= 800


def _unquoted(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(line for line in lines if not line.lstrip().startswith(">"))


def own_words(body: str) -> str:
    """What the sender wrote now, without the thread quoted below it or the signature."""
    return split(body).words


def _latest(text: str) -> str:
    """The text above the first reply header the parser knows, or all of it."""
    from mailparser_reply.parser import EmailMessage  # on first use: it is slow to import

    lines = text.split("\n")
    # Its patterns backtrack on long lines: it sees each line's start, enough for a header.
    short = "\n".join(line[:_PROBE_WIDTH] for line in lines)
    probe = EmailMessage(text=short, languages=list(_LANGUAGES))
    body = probe.text  # the parser's normalised copy: one line per line of ours
    for found in probe.HEADER_REGEX.finditer(body):
        start = found.start() + (body[found.start() : found.start() + 1] == "\n")
        if body[:start].strip():
            return "\n".join(lines[: body[:start].count("\n")])
    return text
