"""Which inbound mail is an employer's reply, to which application, and what it says.

Three questions, asked in this order by the cycle: is the message written by a
person at all (`machine_reason`, then `out_of_office` once the body is read),
which application does it answer (`match_application`), and what does it mean
(`classify`, in `reply_classify`). A message wrongly taken as a reply stops
the check-in cadence without anyone noticing, so the filters lean towards "not
a reply" for machine-sent mail, and the classifier falls back to OTHER (the
person is asked to read it) rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from email.utils import parseaddr

from agent.core.domains import domain_label
from agent.core.model import MailMessage, ReplyKind
from agent.core.names import name_key, shortened
from agent.core.reply_classify import classify, decisive
from agent.core.reply_phrases import OUT_OF_OFFICE, STILL_DECIDING
from agent.core.reply_text import own_words, split
from agent.core.senders import (
    FREE_MAIL_DOMAINS,
    company_key,
    is_free_mail,
    is_job_board,
    is_meeting_service,
    is_relay,
    is_screening,
    is_signing,
    is_tracking_system,
    names_in,
    names_loosely,
    sender_company,
    shared_domain,
)
from agent.core.spelled import compact

__all__ = [
    "FREE_MAIL_DOMAINS",
    "Contacts",
    "automated_reason",
    "about_an_application",
    "board_notice",
    "classify",
    "customer_notice",
    "from_tracking_system",
    "job_alert",
    "is_free_mail",
    "machine_reason",
    "match_application",
    "names_its_company",
    "names_its_employer",
    "takes_no_answer",
    "out_of_office",
    "written_by_machine",
    "own_words",
    "reply_application",
]

# --------------------------------------------------------------------------- automated mail

_AUTO_SUBJECT = re.compile(
    r"^\s*(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)"
    r"|auto:|autoreply|abwesenheitsnotiz|r[ée]ponse\s+automatique|respuesta\s+autom[áa]tica"
    r"|risposta\s+automatica|automatisch\s+antwoord|ooo\b"
    # Outlook's subject in Spanish, French and Portuguese: "Fuera de la oficina: Re: ..."
    r"|fuera\s+de\s+(?:la\s+)?oficina\s*:|absent\s+du\s+bureau\s*:|fora\s+do\s+escritório\s*:"
    # ... and in Turkish: "Ofis Dışında: 18 Aralık görüşmesi – saat"
    r"|ofis\s+dışında\s*:|otomatik\s+yanıt\s*:"
    # ... and in Swedish and Norwegian: "Frånvarande: Fråga om tjänsten", "Automatiskt svar:"
    r"|frånvarande\s*:|fraværende\s*:|automatiskt\s+svar\s*:|automatisk\s+svar\s*:"
    # ... and in Greek: "Εκτός γραφείου: ...", "Αυτόματη απάντηση: ..."
    r"|εκτός\s+γραφείου\s*:|αυτόματη\s+απάντηση\s*:"
    # ... and in Finnish: "Poissa toimistolta: ...", "Automaattinen vastaus: ..."
    r"|poissa\s+toimistolta\s*:|automaattinen\s+vastaus\s*:"
    # ... and in Hungarian: "Házon kívül: ...", "Automatikus válasz: ..."
    r"|házon\s+kívül\s*:|automatikus\s+válasz\s*:"
    # ... and in Croatian, Bulgarian and Indonesian: "Izvan ureda: ...", "Automatski odgovor:",
    # "Извън офиса: ...", "Автоматичен отговор:", "Sedang Cuti: ...", "Balasan otomatis:"
    r"|izvan\s+ureda\s*:|automatski\s+odgovor\s*:|van\s+kancelarije\s*:|ван\s+канцеларије\s*:|извън\s+офиса\s*:|автоматичен\s+отговор\s*:"
    r"|sedang\s+cuti\s*:|di\s+luar\s+kantor\s*:|balasan\s+otomatis\s*:"
    # ... and Lithuanian: "Ne biure: RE: ...", "Automatinis atsakymas:"
    r"|ne\s+biure\s*:|automatinis\s+atsakymas\s*:"
    # ... and Slovene: "Odsotnost: RE: ...", "Samodejni odgovor:"
    r"|odsotnost\s*:|samodejni\s+odgovor\s*:"
    # ... and Latvian: "Ārpus biroja: Re: ...", "Automātiskā atbilde:"
    r"|ārpus\s+biroja\s*:|automātiskā\s+atbilde\s*:"
    # ... and Ukrainian: "Поза офісом: Re: ...", "Автоматична відповідь:"; Estonian "Kontorist
    # eemal: ...", "Automaatne vastus:"
    r"|поза\s+офісом\s*:|автоматична\s+відповідь\s*:|kontorist\s+eemal\s*:|automaatne\s+vastus\s*:"
    # ... and Slovak "Mimo kancelárie: RE: ...", "Automatická odpoveď:"
    r"|mimo\s+kancelárie\s*:|automatická\s+odpoveď\s*:)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliverable:|undelivered\s+mail|delivery\s+status\s+notification"
    r"|mail\s+delivery\s+(?:failed|failure|subsystem)|returned\s+mail|delivery\s+failure)",
    re.IGNORECASE,
)
_CALENDAR_SUBJECT = re.compile(
    r"^\s*(?:invitation:|updated\s+invitation|accepted:|declined:|tentative(?:ly\s+accepted)?:"
    # Outlook's replies to an invite in the organiser's language: "Kabul Edildi: GSE - Teknik
    # Mülakat", "Angenommen:", "Accepté :", "Aceptado:", "Geaccepteerd:", "Accettato:"
    r"|(?:geçici\s+olarak\s+)?kabul\s+edildi\s*:|reddedildi\s*:|(?:mit\s+vorbehalt\s+)?angenommen\s*:"
    r"|abgelehnt\s*:|accept[ée]e?\s*:|refus[ée]e?\s*:|aceptad[oa]\s*:|rechazad[oa]\s*:"
    r"|geaccepteerd\s*:|geweigerd\s*:|accettat[oa]\s*:|rifiutat[oa]\s*:|aceit[oa]\s*:|recusad[oa]\s*:"
    r"|cancell?ed(?:\s+event)?:|cancell?ed\s+event|new\s+event:|event\s+cancell?ed"
    # Microsoft Bookings and scheduling pages confirming what the person booked
    r"|your\s+booking\s+(?:is|has\s+been)\s+(?:confirmed|updated|cancell?ed)|booking\s+confirm\w*:"
    r"|your\s+appointment\s+(?:is|has\s+been)\s+(?:confirmed|scheduled)"
    # a scheduling tool confirming rounds already booked: "Confirmed: your interviews with ..."
    r"|confirmed:|interviews?\s+confirmed:"
    # ... in the person's language, as Calendly writes it: "Confirmé : Entretien ..."
    r"|(?:confirmée?|confirmad[oa]|bestätigt|bevestigd|confermat[oa]|bekräftad|bekreftet|bekræftet"
    r"|vahvistettu|potwierdzon[aey])\s*:"
    r"|your\s+interviews?\s+(?:(?:with|at|for)\s+[^:]{1,80}?\s+)?(?:is|are|has\s+been|have\s+been)"
    r"\s+(?:confirmed|scheduled)"
    r"|ihr\s+termin\s+(?:ist|wurde)\s+bestätigt|ihre\s+buchung\s+(?:ist|wurde)\s+bestätigt"
    r"|votre\s+rendez-vous\s+(?:est|a\s+été)\s+confirmé|tu\s+cita\s+(?:está|ha\s+sido)\s+confirmada)",
    re.IGNORECASE,
)
# Google Calendar's notices in the person's language, the time after " @ ": "Bijgewerkte
# uitnodiging: ... @ do 17 dec 2026 16:00", "Einladung: ... @ Mo. 14. Dez. 2026"
_NOTICE_ABROAD = re.compile(
    r"^\s*(?:(?:bijgewerkte\s+)?uitnodiging|(?:aktualisierte\s+)?einladung|invitation(?:\s+mise\s+à\s+jour)?"
    r"|invitaci[oó]n(?:\s+actualizada)?|convite(?:\s+atualizado)?|invito(?:\s+aggiornato)?"
    r"|(?:uppdaterad\s+)?inbjudan|(?:oppdatert\s+)?invitasjon|(?:opdateret\s+)?invitation"
    r"|zaproszenie|davet|초대|招待|邀请)\s*:",
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
    if is_meeting_service(_domain_of(sender)):
        return f"meeting notification: sent by {sender}"
    # Google Calendar writes the organiser in From and itself in Sender ("Sender: Google
    # Agenda <calendar-notification@google.com>")
    for by in (sender, parseaddr(_header(msg, "sender"))[1].lower()):
        if by in _CALENDAR_SENDERS:
            return f"calendar notification: sent by {by}"
    calendar_subject = _CALENDAR_SUBJECT.match(subject)
    # "Invitation: Site Visit & Final Interview" from a person is a letter; Google's notice
    # names the time after " @ " ("Invitation: Interview @ Wed Dec 2, 2026 10am - 11am")
    letter = re.match(r"\s*invitation:", subject, re.I) and " @ " not in subject
    if calendar_subject and not letter:
        return "calendar notification: invitation subject"
    if _NOTICE_ABROAD.match(subject) and " @ " in subject:
        return "calendar notification: invitation subject"
    auto_submitted = _header(msg, "auto-submitted").lower()
    # (RFC 3834: "auto-generated" marks a notice no one wrote, "auto-replied" an answer no
    # one wrote; a tracking system's notice of an application's outcome is the first kind
    # and is the employer's word all the same)
    system_notice = auto_submitted.startswith("auto-generated") and _about_it_from_a_system(msg)
    if auto_submitted and auto_submitted != "no" and not system_notice:
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
    # Tracking systems mark their status mail about one application as bulk and add an
    # unsubscribe link; that says how it was sent, not that it is a newsletter.
    # (and so do job boards that relay an employer's decision: "Your application to ... at
    # Liwan Mobility" from jobs-noreply@linkedin.com)
    if _about_it_from_a_system(msg):
        return None
    if "list-unsubscribe" in msg.headers:
        return "mailing list: List-Unsubscribe header"
    if precedence in ("bulk", "list", "junk"):
        return f"mailing list: Precedence {precedence}"
    return None


def _about_it_from_a_system(msg: MailMessage) -> bool:
    """Mail from a tracking system or a job board about one application."""
    return (
        from_tracking_system(msg) or is_job_board(_domain_of(msg.sender.email))
    ) and about_an_application(msg)


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Contacts:
    """Who may answer for one application: interviewer addresses, company domains and names.

    `emails` also holds whoever arranged an interview (its organiser: a
    recruiter, or an agency's consultant writing from the agency's own domain),
    unless that is a no-reply or scheduling sender.

    `domains` already excludes free-mail domains; `match_application` checks again.
    `names` are the company's names as the person's interviews give them; mail from
    an applicant-tracking system is matched by them. `roles` are the jobs the rounds
    name: a public service's portal may name only the job ("Job title: Policy Adviser -
    North West Skills Partnerships").
    """

    application: str
    emails: frozenset[str]
    domains: frozenset[str]
    names: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    # (interviewers the invites name without an address: "Entrevista ... com o Sr. Rivaldo
    # Santana e a Sra. Aline Cabral" over a Zoom copy's text)
    unaddressed: frozenset[str] = frozenset()
    # (when its rounds began: "within 10 business days of your interview" counts from the
    # last before a mail)
    rounds: tuple[datetime, ...] = ()

    def keys(self) -> set[str]:
        """The names compared, and each domain's own label ("acme" for acme.com)."""
        found = {company_key(n) for n in self.names}
        # "Lalbagh Stack" for Lalbagh Stack Technologies: what the firm calls itself for short,
        # two words or more once its trade word goes
        found |= {
            short
            for key in list(found)
            if len((short := _TRADE_END.sub("", key)).split()) >= 2 and short != key
        }
        # (a government's body by its own label: "orp" for orp.nsw.gov.au, never "nsw", which
        # the state's job portal writes as "I Work for NSW")
        found |= {label for label in map(domain_label, self.domains) if len(label) >= 3}
        return {k for k in found if len(k) >= 2}


_TRADE_END = re.compile(
    r"\s+(?:technologies|technology|solutions|systems|system|services|software|labs|group|holdings"
    r"|consulting|global|international|india|private|pvt"
    # what a shop or a hotel sells: "Marlowe & Finch Apparel" writes as Marlowe & Finch
    r"|apparel|clothing|fashion|retail|stores|hotels|hospitality|restaurants|dining|brands"
    r"|industries|logistics"
    # a regional arm: "Maison Vérandel Beauté Asia Pacific" writes as Maison Vérandel Beauté
    r"|asia\s+pacific|apac|asia|emea|europe|americas|singapore|australia|hong\s+kong)$"
)


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
    own_domains: Collection[str] = (),
) -> str | None:
    """The application `msg` answers, or None.

    A thread the agent drafted in beats an interviewer's address, which beats
    the company's domain (subdomains included, free-mail never), which beats
    the company named in mail from an applicant-tracking system (see
    `_by_company_named`; never in mail from anyone else). When several
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
        known = [c for c in contacts if email in {e.lower() for e in c.emails}]
        if len(known) > 1:  # an agency consultant who arranged several: the company named
            return _by_company_named(msg, known) or known[0].application
        if known:
            return known[0].application
    for email in senders:
        domain = _domain_of(email)
        if is_free_mail(domain):
            continue
        for contact in contacts:
            if any(_in_domain(domain, d) for d in contact.domains if not is_free_mail(d)):
                return contact.application
    for email in senders:
        # no address of theirs known, but the domain is the company's name: mail from
        # sinead.hanrahan@thomonddiagnostics.ie is Thomond Diagnostics'
        domain = _domain_of(email)
        label = compact(domain_label(domain))
        if len(label) < 5 or is_free_mail(domain) or is_tracking_system(domain):
            continue
        named = [c for c in contacts if any(compact(n) == label for n in c.names)]
        if len(named) == 1:
            return named[0].application
        # ... or its first word, the whole name written in the mail: josie.tran@kingsbury.edu.au
        # signing "Kingsbury University"
        written = f"{msg.subject or ''}\n{msg.body or ''}"
        opening = [c for c in _named_first(label, contacts) if any(n in written for n in c.names)]
        if len(opening) == 1:
            return opening[0].application
    # an interviewer the invite named without an address, writing under that name from the
    # employer's own domain: theirs, when only one application names them (never a namesake
    # at the person's own work, nor on free mail)
    signed = name_key(msg.sender.name)
    domains = [_domain_of(email) for email in senders]
    if (
        " " in signed
        and not any(map(is_free_mail, domains))
        and not any(_in_domain(d, own) for d in domains for own in own_domains)
    ):
        named = [c for c in contacts if signed in {name_key(n) for n in c.unaddressed}] or [
            # ... or under it without a middle name ("Naomi Kibe" for "Naomi Wairimu Kibe")
            c
            for c in contacts
            if any(shortened(signed, name_key(n)) for n in c.unaddressed)
        ]
        if len(named) == 1 and not is_tracking_system(domains[0]):
            return named[0].application
    if names_its_company(msg) or any(shared_domain(email) for email in senders):
        # (a public service's job portal writes from one no-reply address for every
        # department it recruits for: the department is named in the mail)
        return _by_company_named(msg, contacts) or _for_the_employer(msg, contacts)
    return _for_the_employer(msg, contacts)


def _for_the_employer(msg: MailMessage, contacts: Sequence[Contacts]) -> str | None:
    """A service the employer engaged, writing in its name ("National Police Check requested
    by Marlow Street Retail Group", "Yellowbox Transport & Logistics Pty Ltd has booked a
    pre-employment medical assessment for you"): the one application whose name the subject
    gives and the text says asked for it. Not a newsletter that merely names the company."""
    if msg.body is None or is_free_mail(_domain_of(msg.sender.email)):
        return None
    text = f"{msg.subject or ''}\n{msg.body[:3000]}"
    found = set()
    for contact in contacts:
        for name in contact.names:
            said = re.escape(name)
            if (
                name
                and name.casefold() in (msg.subject or "").casefold()
                and re.search(
                    rf"\b(?:requested|booked|arranged|ordered|initiated)\s+(?:by|for\s+you\s+by)\s+{said}"
                    rf"|\b{said}(?:\s+[\w.]+){{0,2}}\s+(?:has|have)\s+(?:asked|requested|booked|arranged"
                    # an employer of record's: "Kragholm Mobility ApS has started your onboarding"
                    r"|ordered|initiated|invited|started)\b"
                    # "Placements Sainte-Hélène a demandé à Vérifications Sentinelle de ..."
                    rf"|\b{said}\s+(?:a|ont)\s+(?:demandé|mandaté|invité)\b",
                    text,
                    re.IGNORECASE,
                )
            ):
                found.add(contact.application)
    return found.pop() if len(found) == 1 else None


def _named_first(label: str, contacts: Sequence[Contacts]) -> list[Contacts]:
    """The applications whose name opens with the word a domain is named for ("Kingsbury
    University" for kingsbury.edu.au), or with that word and the initials of the rest
    ("Alzette Fund Services" for alzette-fs.lu)."""

    def opens(name: str) -> bool:
        first, *rest = name.split() or [""]
        initials = "".join(compact(word)[:1] for word in rest)
        return bool(rest) and label in (compact(first), compact(first) + initials)

    return [c for c in contacts if any(opens(n) for n in c.names)]


def names_its_employer(msg: MailMessage, contacts: Sequence[Contacts]) -> bool:
    """Whether the text may name the employer of mail no address matched: a tracking
    system's (see `names_its_company`), a person's from a domain named for the first word
    of an application's name, whose signature spells the name whole, or a service's whose
    subject gives the name (see `_for_the_employer`)."""
    if names_its_company(msg):
        return True
    subject = (msg.subject or "").casefold()
    if not is_free_mail(_domain_of(msg.sender.email)) and any(
        len(n) >= 4 and n.casefold() in subject for c in contacts for n in c.names
    ):
        return True
    for email in _senders(msg):
        domain = _domain_of(email)
        label = compact(domain_label(domain))
        if len(label) >= 5 and not is_free_mail(domain) and _named_first(label, contacts):
            return True
    return False


_DO_NOT_REPLY = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|nao-?responda"
    r"|no-?responder|nicht-?antworten)(?:$|[._+-])"
)


def takes_no_answer(email: str) -> bool:
    """An address that takes no answer ("ne-pas-repondre.do-not-reply@"): a system's."""
    return bool(_DO_NOT_REPLY.search(email.partition("@")[0].lower()))


def names_its_company(msg: MailMessage) -> bool:
    """Mail a system sends for many employers, naming the one it is about: an
    applicant-tracking system's, a no-reply address's status mail about an application
    (a public service's job portal recruits for every department), or a text message
    relayed as mail ("Luz from Quarryside: background came back clear")."""
    return (
        from_tracking_system(msg)
        or is_relay(_domain_of(msg.sender.email))
        or is_screening(_domain_of(msg.sender.email))
        or is_signing(_domain_of(msg.sender.email))
        or (
            (
                takes_no_answer(msg.sender.email)
                or _A_SYSTEMS_BOX.fullmatch(_local_of(msg))
                # a job board's status mail from an address of its own ("Indeed
                # <indeedapply@indeed.com>": "An update on your application to ..."), not
                # its newsletter
                or (
                    is_job_board(_domain_of(msg.sender.email))
                    and not _NEWSLETTER_BOX.match(_local_of(msg))
                    and _header(msg, "precedence").lower() not in ("bulk", "list")
                )
            )
            and about_an_application(msg)
        )
    )


# A newsletter's mailbox: "newsletter@welcometothejungle.com" writes to everyone.
_NEWSLETTER_BOX = re.compile(r"(?:newsletters?|news|digest|marketing|editorial|hello|info)\b")


# A system's own mailbox at a service not known here: "Bellamy Northcote LLP
# <notifications@viault.com>", "Update on your application", "Sent via Viault".
_A_SYSTEMS_BOX = re.compile(r"notifications?|notify|mailer|alerts?")


def _local_of(msg: MailMessage) -> str:
    return msg.sender.email.partition("@")[0].lower()


# Status mail about one application, as against a tracking system's job alerts.
_ABOUT_APPLICATION = re.compile(
    r"\b(?:your\s+(?:job\s+)?(?:application|candidacy|candidature|interview)|application\s+(?:for|status"
    r"|update)|update\s+on\s+your|interview\w*|entretien|entrevista|colloquio|vorstellungsgespräch|shortlist\w*|next\s+round|(?:hr|final|technical)"
    r"\s+round|selection\s+process|screening\s+results?|présélection|processus\s+de\s+sélection"
    r"|processo\s+seletivo|proceso\s+de\s+selecci[oó]n|(?:su|tu)\s+postulaci[oó]n|processo\s+di\s+selezione"
    # the person's own account or papers with the employer: "Neues Dokument in Ihrem
    # Bewerberkonto", "ton espace candidat·e", "your employment contract"
    r"|(?:your\s+)?candidate\s+(?:home|portal|account|space|profile)|Bewerberkonto|Kandidatenkonto|Bewerbung"
    # "Votre candidature", "tu candidatura", "a sua candidatura", "la tua candidatura"
    r"|(?:votre|ta|tu|su|sua|tua|vostra)\s+candidat(?:ure|ura)|(?:je|uw)\s+sollicitatie|kandidatenaccount"
    r"|portal\s+(?:de(?:l)?\s+)?candidat[oa]"
    r"|espace\s+candidat\w*|(?:your|ton|votre)\s+(?:employment\s+)?(?:contract|contrat)"
    # what comes of an offer: "your background check for Ogilvie", "has requested your
    # references", "as part of your offer of employment"
    r"|background\s+(?:check|screening|verification)|requested\s+your\s+references"
    # "Vérification préalable à l'emploi / Pre-employment screening", "dans le cadre d'une
    # offre d'emploi conditionnelle"
    r"|pre-?employment\s+(?:screening|checks?|medical)|vérification\s+préalable\s+à\s+l['’]emploi"
    r"|conditional\s+offer|offre\s+(?:d['’]emploi\s+)?conditionnelle"
    # a building's visitor system for the person's own visit: "You're pre-registered: visit to"
    r"|pre-?registered\s+as\s+a\s+visitor|you['’]re\s+pre-?registered"
    r"|(?:provide|submit|enter)\s+(?:\w+\s+)?references"
    r"|offer\s+of\s+employment"
    # a job board's status mail abroad: Czech "Odpověď na Vaši reakci", Indonesian "Update
    # lamaranmu", Romanian "Actualizare status aplicare"
    r"|vaši\s+reakci|vaše\s+reakce|zájem\s+o\s+pozici|lamaran\w*|status\s+aplicare"
    r"|aplicarea\s+ta|candidatura\s+ta"
    # ... and Korean "지원하신 포지션의 전형 결과" (the result for the post you applied to),
    # Japanese "選考結果のご連絡", Chinese "应聘结果"
    r"|지원하신|전형\s*결과|選考結果|ご応募|应聘|申请结果"
    # ... and Greek "την αίτησή σας", "η υποψηφιότητά σας"
    r"|αίτησ[ηή]\s+σ(?:ας|ου)|υποψηφιότητ[αά]\s+σ(?:ας|ου)"
    # ... and Finnish "hakemuksesi", "hakemustasi", "kiitos hakemuksestasi"
    r"|hakemu(?:ksesi|stasi|ksestasi|kseesi)"
    # ... and Hungarian "Jelentkezése", "jelentkezésed"
    r"|jelentkezés(?:e|ed|ét|edet)\b"
    # ... and Croatian "Status Vaše prijave", "Vašu prijavu"; Bulgarian "кандидатурата Ви",
    # "Вашата кандидатура"
    r"|vaš[eau]\s+prijav[eau]|tvoj[eau]\s+prijav[eau]|prijav[eau]\s+za\s+(?:radno\s+mjesto|poziciju)"
    r"|кандидатурата\s+(?:Ви|ти)|(?:Вашата|твоята)\s+кандидатура"
    # ... and Lithuanian "Jūsų paraiška", "Jūsų kandidatūra"
    r"|jūsų\s+paraišk\w*|jūsų\s+kandidatūr\w*|vaša\s+prijava|(?:jūsu|tava)\s+pieteikum\w*"
    # ... and Ukrainian "ваш відгук", "вашої кандидатури"; Estonian "Sinu kandideerimisele",
    # "Teie kandidatuur"
    r"|(?:ваш|твій)\s+відгук|(?:вашої|твоєї)\s+кандидатури|(?:sinu|teie)\s+kandideerimis\w*"
    r"|(?:sinu|teie)\s+kandidatuur\w*)",
    re.IGNORECASE,
)
_JOB_ALERT = re.compile(
    r"\b(?:new\s+jobs?|jobs?\s+(?:matching|for\s+you|alert)|job\s+alerts?|recommended\s+jobs?"
    r"|newsletter|talent\s+community|saved\s+search"
    # ... and abroad: "12 vacantes nuevas de Planeación para ti", "novas vagas", "neue Jobs"
    r"|vacantes\s+nuevas|nuevas\s+vacantes|nuevas\s+ofertas|ofertas\s+nuevas|vagas\s+novas|novas\s+vagas|nuove\s+offerte"
    r"|offres\s+d'emploi|neue\s+(?:Jobs|Stellen(?:angebote)?)"
    # a board's count of ads: "3 nuevos avisos de Analista de datos para vos", "5 nieuwe
    # vacatures", "4 nouvelles offres", "6 nuovi annunci"
    r"|nuevos\s+(?:avisos|empleos|anuncios)|nieuwe\s+vacatures|nouvelles\s+offres|nuovi\s+annunci"
    r"|novos\s+an[úu]ncios|novas\s+oportunidades|nuevas\s+oportunidades"
    # ... and Latvian "5 jauni darba piedāvājumi", Slovene "11 novih zaposlitev za vas",
    # "Iskalni alarm", Lithuanian "naujų darbo skelbimų", Croatian "novih oglasa"
    r"|jauni\s+darba\s+piedāvājumi|novih\s+zaposlitev|iskalni\s+alarm|naujų\s+(?:darbo\s+)?skelbimų"
    r"|novih\s+oglasa|нови\s+обяви)\b",
    re.IGNORECASE,
)


def about_an_application(msg: MailMessage) -> bool:
    """Whether the message's subject or opening speaks of the person's application."""
    text = (msg.subject or "") + "\n" + own_words(msg.body or "")[:800]
    return bool(_ABOUT_APPLICATION.search(text)) and not _JOB_ALERT.search(msg.subject or "")


def job_alert(msg: MailMessage) -> bool:
    """A tracking system's job alert by its subject ("New jobs for your alert: supply chain"),
    sent without any bulk-mail header."""
    return bool(_JOB_ALERT.search(msg.subject or "")) and from_tracking_system(msg)


def from_tracking_system(msg: MailMessage) -> bool:
    """Sent through an applicant-tracking or scheduling system (sender or Reply-To)."""
    return any(is_tracking_system(_domain_of(email)) for email in _senders(msg))


# Local parts that name no tenant: no-reply@greenhouse.io says nothing of the employer.
_GENERIC_LOCAL = re.compile(
    r"(?:do)?no(?:t)?reply\w*|notifications?|notify|alerts?|jobs|careers|recruiting|talent|hr"
    r"|mailer|messages?|system|info|support|team|hello|candidates?|apply|hiring|email|mail"
)


def _subdomain_tenant(domain: str) -> str:
    """The employer's own label before a tracking system's domain ("zeegras" in
    zeegras.recruitee.com), "" for the system's own subdomains (us.greenhouse-mail.io)."""
    labels = domain.split(".")
    if len(labels) < 3 or not is_tracking_system(".".join(labels[1:])):
        return ""
    tenant = re.sub(r"[^a-z0-9]", "", labels[0])
    return "" if tenant in _SYSTEM_LABELS else tenant


# A tracking system's own subdomains: regions, products, mail hosts.
_SYSTEM_LABELS = frozenset(
    {"us", "eu", "uk", "de", "ca", "au", "app", "apps", "mail", "email", "em", "hire", "jobs",
     "careers", "boards", "candidates", "notifications", "notify", "bounce", "www", "api"}
)  # fmt: skip


def _by_company_named(msg: MailMessage, contacts: Sequence[Contacts]) -> str | None:
    """The application whose company a tracking system's message names.

    Looked for in order: the display names ("Acme Talent Team via Greenhouse"),
    the Workday tenant (acme@myworkday.com), the subject, then the text and its
    signature (once the body is read). Within one place the longest name wins
    ("Acme Robotics" over "Acme"), then the first application.
    """
    keyed = [(contact, contact.keys()) for contact in contacts]
    reply_to_name = parseaddr(_header(msg, "reply-to"))[0]
    tenants = [
        tenant
        for email in _senders(msg)
        if is_tracking_system(_domain_of(email))
        for tenant in [
            re.sub(r"[^a-z0-9]", "", email.partition("@")[0].split("+")[0]),
            _subdomain_tenant(_domain_of(email)),  # zeegras.recruitee.com: Zeegras
        ]
        if tenant and not _GENERIC_LOCAL.fullmatch(tenant)
    ]
    body = split(msg.body) if msg.body is not None else None
    places: list[tuple[str, bool]] = [
        (sender_company(msg.sender.name), False),
        (sender_company(reply_to_name), False),
        *((tenant, True) for tenant in tenants),
        (msg.subject or "", False),
        *(((body.words, False), (body.signature, False)) if body else ()),
    ]
    for place, is_tenant in places:
        best: tuple[int, str] | None = None
        for contact, keys in keyed:
            if is_tenant:
                found = {k for k in keys if len(k) >= 3 and place.startswith(k.replace(" ", ""))}
            else:
                found = names_in(place, keys) or names_loosely(place, keys)
            if found and (best is None or max(map(len, found)) > best[0]):
                best = (max(map(len, found)), contact.application)
        if place and best is not None:
            return best[1]
    # "ARCIM" for the "Agenzia Regionale Campana per le Infrastrutture e la Mobilità" that a
    # public portal's notice names: the initials the application goes by, spelled out
    if body:
        spelled = {
            c.application
            for c in contacts
            for name in c.names
            if re.fullmatch(r"[A-Z]{3,6}", name) and spelled_out_in(name, body.words[:2000])
        }
        if len(spelled) == 1:
            return spelled.pop()
    # "Brightkite <no-reply@ashbyhq.com>" for "Brightkite Fintech (HK) Limited": a system
    # sends under the first word of the name, when one application's name starts so; a
    # text message says it in passing ("it's Luz from Quarryside")
    shorts = [sender_company(msg.sender.name)]
    if body and is_relay(_domain_of(msg.sender.email)):
        shorts += [company_key(w) for w in _CAPITALISED.findall(body.words[:_TEXT_MESSAGE])]
    for short in shorts:
        if len(short) >= 5 and " " not in short:
            opening = {
                c.application for c, keys in keyed if any(k.startswith(f"{short} ") for k in keys)
            }
            if len(opening) == 1:
                return opening.pop()
    # a portal for every department names only the job, in its subject: "Invitation to
    # interview - 398214 - Policy Adviser - North West Skills Partnerships" is the one
    # application whose rounds name that job (not a job alert's list of jobs in its text)
    said = company_key(msg.subject or "")
    opening = body.words[:_OPENING] if body else ""
    if _YOUR_APPLICATION.search(f"{msg.subject}\n{opening}") and not _JOB_ALERT.search(
        msg.subject or ""
    ):
        # ... or in the opening of a notice about the person's own application: "un nouveau
        # message concernant votre candidature à l'offre « Chargé(e) d'études … »"
        said += " " + company_key(opening)
    for_the_job = {
        c.application
        for c in contacts
        for role in c.roles
        if len(role.split()) >= 2 and f" {company_key(role)} " in f" {said} "
    }
    return for_the_job.pop() if len(for_the_job) == 1 else None


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]{4,}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def spelled_out_in(initials: str, text: str) -> bool:
    """Whether `text` writes a name whose capitalised words' initials are `initials`, small
    joining words between them allowed ("Agenzia Regionale Campana per le Infrastrutture e la
    Mobilità" for ARCIM)."""
    words = _WORD.findall(text)
    for start, word in enumerate(words):
        if word[0] != initials[0]:
            continue
        found, small = word[0], 0
        for later in words[start + 1 :]:
            if len(found) == len(initials):
                break
            if later[0].isupper():
                found += later[0]
                small = 0
                if not initials.startswith(found):
                    break
            elif len(later) <= 4 and small < 2:
                small += 1  # "per le", "e la", "of the"
            else:
                break
        if found == initials:
            return True
    return False


_YOUR_APPLICATION = re.compile(
    r"\b(?:your|votre|ta|tu|su|sua|tua|Ihre|deine)\s+(?:job\s+)?(?:application|candidature"
    r"|candidatura|candidacy|Bewerbung)\b",
    re.IGNORECASE,
)
_OPENING = 400  # the first lines of a notice, before any list of other jobs
_TEXT_MESSAGE = 640  # a long text message; the relay's own footer follows


def machine_reason(msg: MailMessage, *, personal: bool) -> str | None:
    """`automated_reason`, less what a real status mail may carry.

    "Auto-Submitted: auto-generated" marks mail a system sent, not an automatic
    reply: applicant-tracking systems put it on rejections and receipts, so it
    is left to the classifier (which drops such mail when it says nothing of
    the application). List-Unsubscribe is also on a recruiter's mail sent
    through a tracking system, so from one, from an interviewer's own address
    or in our thread (`personal`), it does not drop the message either; from
    anyone else at the company's domain it marks a newsletter.
    """
    reason = automated_reason(msg)
    if reason is not None and reason.startswith("auto-reply: Auto-Submitted auto-generated"):
        headers = {k: v for k, v in msg.headers.items() if k != "auto-submitted"}
        reason = automated_reason(replace(msg, headers=headers))
    if reason is None:
        return None
    if (personal or from_tracking_system(msg)) and reason.startswith("mailing list"):
        return None
    return reason


_OWN_READ = 20_000


def out_of_office(msg: MailMessage) -> str | None:
    """Why a message without auto-reply headers is still an out-of-office reply, or None.

    "I am out of the office until ...", "on leave", "limited access to email",
    in the languages of `reply_phrases.OUT_OF_OFFICE`, said at the start of a
    short message. A long message, or one that also says something decisive
    ("I'm travelling, but wanted to let you know we went with another
    candidate"), is a person writing.
    """
    words = own_words(msg.body or "")
    if len(words.strip()) > 1200:
        return None
    found = OUT_OF_OFFICE.search((msg.subject or "") + "\n" + words[:600])
    if found is None:
        return None
    # a person writing about the application: decided, or "not decided yet" (in their own
    # words: the subject of an auto-reply quotes the mail it answers, "Out of office: Re:
    # II etap rekrutacji")
    text = words[:_OWN_READ].replace("\u2019", "'")
    if decisive(text) is not None or STILL_DECIDING.search(text):
        return None
    return f"out-of-office: '{found.group(0)[:40]}'"


_ACCOUNT_NOTICE = re.compile(
    r"\b(?:verify\s+your\s+(?:e-?mail|account|address)|confirm\s+your\s+(?:e-?mail|account)"
    r"|reset\s+your\s+password|password\s+reset|activate\s+your\s+(?:candidate\s+)?account"
    r"|(?:verification|sign-?in|one-time|security)\s+code|finish\s+creating\s+your"
    r"|your\s+candidate\s+(?:account|profile)\s+(?:has\s+been|was)\s+(?:created|updated)"
    r"|(?:confirm|confirms)\s+that\s+your\s+candidate\s+(?:account|profile)\b"
    # a system's nudge to finish what it already asked for: "This is a friendly reminder to
    # complete your on-demand video interview ... If you have already completed it, please
    # disregard this message"
    r"|if\s+you\s+have\s+already\s+(?:completed|submitted|done)\s+(?:it|this|your\s+\w+(?:\s+\w+)?)"
    r"\s*,?\s+please\s+(?:disregard|ignore))",
    re.IGNORECASE,
)


# A company's own notification addresses: "rx-notify@", "order-updates@", "alerts@".
_NOTICE_LOCAL = re.compile(
    r"(?:^|[._+-])(?:notify|notifications?|alerts?|updates?|news|newsletters?|marketing|orders?"
    r"|receipts?|billing|rx|pharmacy|store|shop|tickets?|booking|bookings|bestelling\w*)(?:$|[._+-])"
)
# What a company tells its customers: the person buys from the chain they interview with.
_AS_CUSTOMER = re.compile(
    r"\b(?:prescriptions?\s+(?:is|are)\s+ready|ready\s+for\s+pick\s?up|refill\s+reminders?"
    r"|e-?statement\s+is\s+(?:ready|available)|your\s+statement\s+for\b"
    r"|your\s+order\s+(?:#|no\.?|number|has|is|was)|order\s+(?:#|number)\s*\w+|has\s+shipped"
    r"|out\s+for\s+delivery|tracking\s+number|rewards?\s+(?:points|balance|member)|loyalty"
    r"\s+(?:points|card|program)|your\s+(?:monthly\s+)?statement\s+is\s+(?:ready|available)"
    r"|payment\s+(?:is\s+)?due"
    # a utility's bill: "Your latest electricity bill is ready ... Amount due: $214.37"
    r"|your\s+(?:latest\s+|new\s+)?(?:\w+\s+)?bill\s+is\s+(?:ready|available|here)|amount\s+due"
    # a ticket bought: "Vielen Dank für Ihren Einkauf. Ihr Billett finden Sie im Anhang."
    r"|thank\s+you\s+for\s+your\s+(?:purchase|order)|your\s+(?:e-?)?tickets?\s+(?:is|are)\s+attached"
    r"|(?:vielen\s+)?dank\s+für\s+Ihren\s+(?:Einkauf|Kauf)|Ihr\s+(?:Billett|Ticket)\b"
    r"|merci\s+pour\s+votre\s+achat|votre\s+billet\b"
    # Dutch: "Je bestelling 40018823 is onderweg", "Volg je pakket"
    r"|(?:je|uw)\s+bestelling\b|volg\s+je\s+pakket|bestelnummer)\b",
    re.IGNORECASE,
)
# ... and nothing of hiring: a notice that names the application is the application's.
_HIRING = re.compile(
    r"\b(?:appl(?:y|ied|ication)|candidacy|interview\w*|position|role|job|offer\s+letter"
    r"|hir(?:e|ed|ing)|recruit\w*|onboard\w*|background\s+check|start\s+date|orientation"
    r"|references?|r[ée]sum[ée]|vacanc\w*|careers?|employment)\b",
    re.IGNORECASE,
)


def board_notice(msg: MailMessage, kind: ReplyKind) -> bool:
    """A job board's notice that decides nothing ("Your application was viewed by Acme"):
    what a board passes on of the employer's own decision, or of an interview booked through
    it ("Reminder: Interview with Greenlawn Food Markets tomorrow"), still counts."""
    decided = (ReplyKind.REJECTION, ReplyKind.OFFER, ReplyKind.NEXT_ROUND, ReplyKind.STILL_DECIDING)
    booked = re.search(
        r"\b(?:interview|entretien|entrevista|vorstellungsgespr|colloquio)",
        msg.subject or "",
        re.IGNORECASE,
    )
    return is_job_board(_domain_of(msg.sender.email)) and kind not in decided and not booked


def customer_notice(msg: MailMessage) -> bool:
    """A notice to the person as a customer, from a company's notification address ("1
    prescription is ready for pickup"): the chain they interview with sells to them too."""
    local = msg.sender.email.partition("@")[0].lower()
    if not (takes_no_answer(msg.sender.email) or _NOTICE_LOCAL.search(local)):
        return False
    text = (msg.subject or "") + "\n" + own_words(msg.body or "")[:_OWN_READ]
    return bool(_AS_CUSTOMER.search(text)) and not _HIRING.search(text)


def written_by_machine(msg: MailMessage) -> str | None:
    """Read from the text: an out-of-office reply, or a tracking system's account notice
    ("verify your email to finish creating your candidate account"); else None."""
    reason = out_of_office(msg)
    if reason is None and from_tracking_system(msg):
        found = _ACCOUNT_NOTICE.search((msg.subject or "") + "\n" + own_words(msg.body or "")[:600])
        reason = f"account notice: '{found.group(0)[:40]}'" if found else None
    return reason


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
