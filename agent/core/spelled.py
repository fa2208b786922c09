"""How an employer's domain is written out in words in the texts of an invite.

A domain names the employer in a squeezed form: "dundermifflin" for Dunder
Mifflin, "grisedaleins" for Grisedale Insurance Group, "focr" for the Federal
Office of Coastal Resilience, "cliniquedeuxrives" for the Clinique vétérinaire
des Deux-Rives. The way the invite's own text spells it is the name the person
would write, with the kind of institution around it ("Ateliers", "Community
College", "Skog AB").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from agent.core.names import fold_accents

LEGAL_FORMS = re.compile(
    r"\b(?:private\s+limited|inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag"
    r"|sa|s\.a|sas|sarl|bv|b\.v|nv|oy|ab|as|aps|pty|pvt|srl|spa|s\.p\.a|s\.r\.l|s\.l|kk|kg|se|lp"
    r"|llp|sdn\.?\s+bhd|bhd|tbk|wll|w\.l\.l"  # (a Gulf limited liability company, "W.L.L.")
    r"|a\.ş|a\.s|şti)\b\.?",  # Turkish "A.Ş." (joint-stock), "Ltd. Şti." (limited)
    re.IGNORECASE,
)


_HR_UNIT = re.compile(
    r"\s+(?:Bureau|Department|Dept\.?|Office|Division)\s+of\s+(?:Human\s+Resources|Personnel)$"
    # ... nor one of its offices, a place: "Elgon Humanitarian Alliance Country Office" for
    # elgonha.org, which its signature writes "Elgon Humanitarian Alliance – Uganda Country
    # Office"
    r"|\s+(?:Country|Regional|Field|Liaison|Head|Area)\s+Office$"
    # ... nor its staffing team: "NTDSB Staffing Services" for ntdsb.ca
    r"|\s+(?:Staffing|Recruitment|Recruiting|Hiring|Talent|HR|Personnel|People)\s+Services$"
)


def spelled_out(label: str, texts: Iterable[str]) -> str:
    """`_spelled_out`, with the Arabic article the name opens with: "Al Wathba Government
    Programmes Office" at wathba.gov.ae (the domain drops "Al")."""
    texts = list(texts)
    # (not the body's personnel office its signature adds: "Kenwick County Bureau of Human
    # Resources" for kenwickcountyil.gov is Kenwick County)
    found = _HR_UNIT.sub("", _spelled_out(label, texts))
    # "Hearth & Fern" for hearthandfern.com.au: the domain spells out the ampersand
    at = label.find("and", 1)
    while not found and 0 < at < len(label) - 3:
        shorter = _spelled_out(label[:at] + label[at + 3 :], texts)
        found = shorter if "&" in shorter or " and " in shorter else ""
        at = label.find("and", at + 1)
    if found and not found.startswith(("Al ", "El ", "Al-", "El-", "De ", "Het ")):
        # (and Dutch "De Vier Wieken Foods", its article capitalised inside a sentence)
        for text in texts:
            article = re.search(
                rf"\b(A[lL]|E[lL])[ -]{re.escape(found)}|(?:(?<=[a-z,] )|(?<=^))(De|Het) "
                rf"{re.escape(found)}",
                text[:5000],
                re.MULTILINE,
            )
            if article:
                word = article.group(1) or article.group(2)
                return f"{word}{text[article.start() + len(word)]}{found}"
    return found


def _spelled_out(label: str, texts: Iterable[str]) -> str:
    """How the event's own text spells the employer whose domain label is `label`.

    "Dunder Mifflin" for dundermifflin.com, "Krüger Maschinenbau" for
    krueger-maschinenbau.de when some text writes it that way: a run of one to
    four capitalised words whose letters are the label's, with the kind of
    institution that follows it in any of the texts ("Ashgrove Community College").
    """
    found = kind_found = spelled_initials = exact = ""
    # a name does not go on past a comma or a line's end: "Bayt Al Oud Head Office, Office
    # 1407" (the name goes on past a dot: "Kinnickinnic Co. DHS")
    clauses = [part for text in texts for part in _CLAUSE_END.split(text[:5000])]
    for text in clauses:
        # (an elided article is no word of the name: "Caisse Lémanique d'Assurances" is
        # lemanique-assurances.ch)
        words = [_ELIDED.sub("", w).rstrip(".") for w in re.findall(r"[^\W_][\w&'.-]*", text)]
        for start, first in enumerate(words):
            if not first[:1].isupper() or re.search(r"-\d", first):
                continue  # (nor a code that opens with the label: "Convocatoria JP-2026-031")
            for end in range(start + 1, min(start + 9, len(words) + 1)):
                run = words[start:end]
                squeezed = compact(" ".join(run))
                if len(run) >= 3 and _initials(run) == _fold(label) and not spelled_initials:
                    # "Companhia Estadual de Desenvolvimento Urbano do Tietê" for cedut: every
                    # initial, over a shorter run that abbreviates it less exactly
                    spelled_initials = recase(_as_written(run, text))
                abbreviated = len(run) <= 8 and _abbreviates(label, run)
                # "Ulvøy Tre & Bygg" for ulvoybygg.no: its first and last words; "Tallgrass
                # Prairie Unified School District 417" for tallgrass417.org, when every
                # word of a longer run is capitalised or a number
                ends = (
                    (len(run) <= 4 or all(w[:1].isupper() or w.isdigit() for w in run))
                    and len(run) >= 3
                    and _words_make(label, " ".join(run))
                )
                if len(squeezed) > len(label) + 2 and not (abbreviated or ends):
                    # longer runs only while the label may still start with them, whole or
                    # by their first letter ("upandino": Universidad del Piedemonte Andino)
                    capitalised = all(
                        w[:1].isupper() or w.isdigit() or w.casefold() in _MINOR for w in run
                    )
                    if (len(run) > 3 and not capitalised) or not _fold(label).startswith(
                        _fold(compact(first))[:1]
                    ):
                        break
                    continue
                kind_after = _fold(label)[len(_fold(squeezed)) :]
                with_kind = _fold(label).startswith(_fold(squeezed)) and kind_after in _LABEL_KINDS
                if _fold(squeezed) == _fold(label) or abbreviated or with_kind or ends:
                    before = words[start - 1] if start else ""
                    of = words[start - 2 : start] if start >= 2 else []
                    named = _with_kind(run, words[end : end + 10], before, of, text)
                    if (
                        with_kind
                        and len(named) > len(run)
                        and named[-1].casefold() in {"group", "holding", "holdings"}
                        and kind_after not in {"group", "holding", "holdings"}
                    ):
                        # (not the group that owns the kind the domain names: "Cheonggye
                        # Financial Group" is the owner of the bank at cheonggyebank.com.kh)
                        named = run
                    # (the acronym with a kind after it is another body when the texts spell
                    # the initials out: "NADA Employees Association" beside "National
                    # Archipelagic Data Authority" for nada.gov.ph)
                    if len(named) > len(run) and not (
                        len(run) == 1 and run[0].isupper() and _spells_initials(label, texts)
                    ):  # the fuller name, wherever it is written
                        return recase(_as_written(named, text))
                    if with_kind and not abbreviated and _fold(squeezed) != _fold(label):
                        kind_found = kind_found or recase(" ".join(run))
                    else:
                        found = found or recase(_as_written(run, text))
                        if _fold(squeezed) == _fold(label):
                            exact = exact or recase(_as_written(run, text))
    # (a run the label spells exactly, wherever it is, over one read first that only ends as
    # it does: Croatian "u Žumberak Telekomu", in the locative, above the signature's
    # "Žumberak Telekom d.d.")
    inflected = (
        bool(found)
        and len(found.split()) == len(exact.split())
        and compact(found).startswith(compact(exact))
        and 0 < len(compact(found)) - len(compact(exact)) <= 3
    )
    found = exact if inflected else found
    if found and spelled_initials.startswith(found) and len(spelled_initials) > len(found):
        return spelled_initials  # the run read first was cut short of its last initials
    if found:
        return _signed_with_more(found, texts)
    return (
        kind_found
        or _expanded(label, texts)
        or _sentence_cased(label, texts)
        or _initial_then_name(label, texts)
        or _uni_spelled(label, texts)
    )


def _uni_spelled(label: str, texts: Iterable[str]) -> str:
    """ "Universität Erdberg" for uni-erdberg.ac.at: "uni" for the word the name opens with."""
    if not label.startswith("uni") or len(label) < 7:
        return ""
    rest = label[3:]
    for line in (line for text in texts for line in text[:5000].splitlines()):
        for found in re.finditer(
            r"\b(Universit\w+|University)\s+(?:of\s+)?([A-Z][\w'-]{3,})\b", line
        ):
            if _fold(compact(found[2])) == _fold(rest):
                return found[0]
    return ""


def _initial_then_name(label: str, texts: Iterable[str]) -> str:
    """ "Université de Bellerive" for ubellerive.ca: the first word's initial, then the name
    (a word of five letters or more) the rest of the run ends with."""
    label = _fold(label)
    for line in (line for text in texts for line in text[:5000].splitlines()):
        for found in re.finditer(
            r"\b([A-Z][\w'-]*)((?:\s+(?:de|du|des|of|la|le|di|del|do|da))+)\s+"
            r"([A-Z][\w'-]{4,})\b",
            line,
        ):
            first, name = found[1], found[3]
            if _fold(first[0].casefold() + compact(name)) == label:
                return recase(found[0])
    return ""


# A name written in sentence case, as Nordic public bodies are: "Myndigheten för öppna data"
# (oppnadata.se), its first word capitalised and the rest not.
_SENTENCE_CASED = re.compile(
    # (after "hos", "vid", "på", "at", "with": where the person goes, not "Thanks for ...")
    r"\b(?:hos|vid|på|ved|til|at|with|bei|chez|presso)\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖÆØ][\w-]{3,})(?:[ \t]+(?-i:[a-zåäöæø][\w-]*)){1,5})",
    re.IGNORECASE,
)


def _sentence_cased(label: str, texts: Iterable[str]) -> str:
    """The sentence-cased name whose last words run together are the domain's label."""
    for text in texts:
        for found in _SENTENCE_CASED.finditer(text[:5000]):
            words = found.group("name").split()
            for start in range(1, len(words)):
                if len(words) - start <= 3 and _fold(compact(" ".join(words[start:]))) == _fold(
                    label
                ):
                    return found.group("name")
    return ""


# Where a name ends: a comma (unless a legal form follows it: "Bayanihan Code Labs, Inc."),
# a semicolon, a bar, a bracket, a line's end or a sentence's.
_CLAUSE_END = re.compile(
    r",(?!\s*(?:" + LEGAL_FORMS.pattern + r"))|[;|\n()]|\s[\u2013\u2014/-]\s"
    # and a sentence's end: "... di PT Lentera Media. Anda akan ..." (not "Acme Co. DHS")
    r"|\.\s+(?=(?-i:[A-Z][a-z]+)\s+(?-i:[a-z]))",
    re.IGNORECASE,
)


def _signed_with_more(name: str, texts: Iterable[str]) -> str:
    """ "Pasig Riverlink Logistics" for riverlinklogistics.ph, when a line of its own gives
    the registered name with a word or two before the domain's ("Pasig Riverlink
    Logistics Corp.", as a signature ends)."""
    line = re.compile(
        # (not Indonesia's "PT" and "CV", legal forms written before the name)
        r"^[ \t]*(?:(?:PT|CV)[ \t]+)?(?P<more>(?:(?!The\b|PT\b|CV\b)[A-Z][\w'’-]*[ \t]+){1,2})"
        + r"[ \t]+".join(re.escape(w) for w in name.split())
        + r"[ \t]+(?:"
        + LEGAL_FORMS.pattern
        + r")[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    )
    for text in texts:
        signed = line.search(text[:5000])
        if signed and all(w[:1].isupper() for w in signed["more"].split()):
            return recase(f"{signed['more'].strip()} {name}")
    return name


_ELIDED = re.compile(r"^(?:d|l)'(?=\w)", re.IGNORECASE)


def _as_written(run: list[str], text: str) -> str:
    """The run as the text writes it, with the "&" or "+" between its words ("Ulvøy Tre &
    Bygg") or an elided article ("Lémanique d'Assurances"), which the word list leaves out."""
    pattern = r"[\s&+]{1,5}(?:[dl]['’])?".join(re.escape(w) for w in run)
    written = re.search(pattern, text[:5000])
    return re.sub(r"\s+", " ", written.group(0)) if written else " ".join(run)


# Capitalised words before a body's name that are no part of it.
_NOT_A_PLACE = frozenset(
    {"the", "at", "dear", "hi", "hello", "regards", "thanks", "sincerely", "from", "for", "with",
     "join", "welcome", "and", "of", "our", "your", "a", "an", "in", "on", "to", "by", "best"}
)  # fmt: skip


def _expanded(label: str, texts: Iterable[str]) -> str:
    """ "Federal Office of Coastal Resilience" for focr.gov, "Kaministiquia Community Credit
    Union" for kccu.ca: a run of capitalised words whose initials the domain is."""
    label = _fold(label)
    if not 2 <= len(label) <= 6 or not label.isalpha():
        return ""
    for line in (line for text in texts for line in text[:5000].splitlines()):
        words = [w.rstrip(".,") for w in re.findall(r"[^\W_][\w&'.-]*", line)]
        for start, first in enumerate(words):
            if (
                not first[:1].isupper()
                or first[0].casefold() != label[0]
                or re.search(r"-\d", first)
            ):
                continue  # (a code is no word of a name: "Convocatoria JP-2026-031 del ...")
            for end in range(start + 2, min(start + 9, len(words)) + 1):
                run = words[start:end]
                # (or a line that is the name alone, in sentence case as French writes it:
                # "Société québécoise du crédit industriel" for sqci.qc.ca)
                whole_line = start == 0 and end == len(words)
                if not run[-1][:1].isupper() and not whole_line:
                    continue
                if _initials(run) == label or (whole_line and _sentence_initials(run) == label):
                    # "New Mexico Department of Transportation" for dot.nm.gov's "nm"; the
                    # place a state's body is named for, before it: "Souhegan State Public
                    # Health Laboratory" for sphl
                    before = words[start - 1] if start else ""
                    lead = start < 2 or not words[start - 2][:1].isupper()
                    if before[:1].isupper() and before.casefold() not in _NOT_A_PLACE and lead:
                        run = [before, *run]
                    named = _with_kind(run, words[end : end + 10])
                    return recase(_as_written(named, line))
    return ""


# Words that end an institution's name after the domain's own word: "Ashgrove
# Community College" for ashgrove.edu, "Stonebridge Credit Union".
_KINDS = frozenset(
    {
        "college", "university", "school", "academy", "institute", "hospital", "clinic",
        "health", "healthcare", "bank", "union", "council", "museum", "library", "foundation",
        "trust", "society", "association", "center", "centre", "district", "office", "agency",
        "authority", "ministry", "commission", "service", "department", "bureau",
        # Words that end a business's name after its domain's word ("Brantholm Utilities"
        # for brantholm.com): the fuller name is what the person writes.
        "utilities", "energy", "power", "freight", "logistics", "foods", "dairy", "insurance",
        "pharmaceuticals", "therapeutics", "biosciences", "airlines", "cooperative", "industries",
        "group", "associates", "partners", "plan", "cymru",
        # ("Gasparilla Cruise Line" for gasparillacruise.com, "Brindlee Defense Solutions" for
        # brindleedefense.com)
        "line", "lines", "solutions", "services",
        # a provincial government: "Western Cape Government" for westerncape.gov.za
        "government",
    }
)  # fmt: skip


# Public bodies named "<kind> of <place>": "City of Saguaro Bend", "County of Kern".
_PUBLIC_BEFORE = frozenset(
    {"city", "town", "county", "village", "borough", "state", "port", "municipality",
     "district", "commonwealth", "province", "township", "university", "college", "bank",
     # a government's bodies: "California Office of Digital Equity" at digitalequity.ca.gov
     "office", "department", "bureau", "commission", "ministry", "board", "agency"}
)  # fmt: skip
# Words that open a business's name before its own word: "Ateliers Gaudrel", "Officine
# Brambati", "Grupo Almazán", "Maison Carrelet".
_KINDS_BEFORE = frozenset(
    {
        "ateliers", "atelier", "groupe", "grupo", "gruppo", "maison", "officine", "cabinet",
        "laboratoires", "editions", "éditions", "bodegas", "cerámicas", "ceramiche", "studio",
        "banco", "banque", "stadtwerke", "hotel", "hôtel", "hospital", "clinica", "clínica",
        "national", "federal", "royal", "regional", "bankhaus", "privatbank", "caisse",
        # Welsh bodies: "Comisiwn Tir a Dŵr Cymru", "Cyngor Sir ..."
        "comisiwn", "cyngor", "awdurdod", "bwrdd",
        # Brazilian schools: "Faculdade ...", "Colégio ..."
        "faculdade", "universidade", "colégio", "colegio",
        # a French region signing its name: "Région Gironde-Atlantique" at gironde-atlantique.fr
        "région",
    }
)  # fmt: skip
# ... and two words: "Centro Universitário Alto da Sé" for altose.edu.br
_TWO_KINDS_BEFORE = frozenset({"centro universitário", "centro universitario", "instituto federal"})
_LEGAL_WORDS = frozenset(
    {"ab", "as", "a/s", "gmbh", "ag", "sa", "s.a", "spa", "s.p.a", "srl", "s.r.l", "sl", "s.l",
     "bv", "b.v", "nv", "oy", "sas", "sarl", "ltd", "inc", "llc", "plc", "pty", "kg", "ug", "se",
     "pvt", "co", "ltda", "s.r.o", "sro", "a.ş", "aş", "sp", "kft", "zrt", "oü", "uab", "sdn",
     "bhd", "tbk", "cie", "aps", "llp", "lp", "jsc", "wll"}
)  # fmt: skip


# What a domain adds to the employer's own word: wollemihealth.com.au for "Wollemi
# Private Hospital", acmegroup.com for "Acme".
_LABEL_KINDS = frozenset(
    {"health", "healthcare", "group", "labs", "tech", "hq", "app", "global", "inc", "co",
     "corp", "careers", "jobs", "hr", "online", "digital", "systems", "software", "food", "net",
     "foods", "chc", "fqhc", "hc",
     # what a firm of accountants, lawyers or insurers adds: kvlcpa.com, hblaw.com
     "cpa", "cpas", "law", "legal", "llp", "ins", "bank", "fs", "cu",
     # the state a US city or county adds to its domain: coralhammockfl.gov
     "al", "ak", "az", "ar", "ca", "ct", "de", "fl", "ga", "hi", "ia", "id", "il", "ks",
     "ky", "la", "ma", "md", "me", "mi", "mn", "mo", "ms", "mt", "nc", "nd", "ne", "nh", "nj",
     "nm", "nv", "ny", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "va", "vt",
     "wa", "wi", "wv", "wy"}
)  # fmt: skip


def _with_kind(
    run: list[str],
    following: list[str],
    before: str = "",
    of: list[str] | None = None,
    text: str = "",
) -> list[str]:
    """The run, with a kind of business before it ("Ateliers", "City of"), and after it up
    to three capitalised words that end in an institution's kind or come before a legal
    form ("Fjällsjö Skog AB")."""
    public = of and len(of) == 2 and of[1] == "of" and of[0].casefold() in _PUBLIC_BEFORE
    if public and of[0][:1].isupper():
        return [*of, *run]  # "City of Saguaro Bend": its departments are not its name
    if of and of[0][:1].isupper() and " ".join(of).casefold() in _TWO_KINDS_BEFORE:
        run = [*of, *run]
    elif before[:1].isupper() and before.casefold() in _KINDS_BEFORE:
        run = [before, *run]
    if before in {"PT", "CV"}:
        # "PT Lentera Media Nusantara": an Indonesian company's whole name follows its form
        more = []
        for word in following[:3]:
            if not word[:1].isupper() or word.casefold().rstrip(".") in _LEGAL_WORDS:
                break
            more.append(word)
        return [*run, *more]
    if following and run and following[0].casefold() == run[-1].casefold():
        following = []  # "Prifysgol Glanmor / Glanmor University": the name again, not more of it
    beyond = following[4:]
    following = following[:4]
    for size in range(len(following), 0, -1):
        extra = following[:size]
        if not all(w[:1].isupper() for w in extra):
            continue
        if any(w.endswith(("'", "\u2019")) for w in extra[:-1]):
            continue  # "Ravensbury Students' Union": a body of its people, not the employer
        if extra[-1].casefold() in _KINDS and not _SITE.fullmatch(" ".join(extra)):
            # "Bardwell Valley Council Civic Centre": the council, then the building it meets in
            venue = next((k for k in range(1, size) if _VENUE.fullmatch(" ".join(extra[k:]))), size)
            if venue < size and extra[venue - 1].casefold() in _KINDS:
                return [*run, *extra[:venue]]
            return [*run, *extra, *_of_what([*following[size:], *beyond])]
        if size >= 2 and extra[-1].casefold().rstrip(".") in _LEGAL_WORDS:
            if text and "&" in _as_written([*run, *extra], text).split()[-2:]:
                # "Arrecife Dorado Resort & Spa": a word the name joins with "&", not
                # Italy's S.p.A.
                return [*run, *extra]
            kept = extra[:-1]
            while kept and kept[-1].casefold().rstrip(".") in _LEGAL_WORDS:
                kept = kept[:-1]  # "Pty Ltd", "Pvt. Ltd.", "Co., Ltd."
            return [*run, *kept]
    return run


def _of_what(words: list[str]) -> list[str]:
    """ "of Pier & Waterfront Licensing" after "NYC Office", "of Transportation" after "New
    Mexico Department": what a public body is of, its capitalised words ("and" between)."""
    if len(words) < 2 or words[0] != "of" or not words[1][:1].isupper():
        return []
    tail = ["of"]
    for word in words[1:7]:
        if not (word[:1].isupper() or word in {"and", "the"}):
            break
        tail.append(word)
    while tail[-1] in {"and", "the"}:
        tail.pop()
    return tail if len(tail) > 1 else []


# Where a company is, not what it is: "Bayt Al Oud Head Office".
_SITE = re.compile(
    r"(?:head|main|regional|branch|corporate|registered|local|central|back|front|sales|home)\s+office",
    re.IGNORECASE,
)

# A body's building, after its name: "Civic Centre", "Town Hall", "Council Chambers".
_VENUE = re.compile(
    r"(?:civic|community|administration|admin|municipal|customer\s+service)\s+(?:centre|center"
    r"|building|offices)|town\s+hall|city\s+hall|(?:council\s+)?chambers",
    re.IGNORECASE,
)

_MINOR = frozenset(
    {"of", "and", "the", "for", "de", "du", "des", "la", "le", "&", "del", "della", "di", "da",
     "do", "dos", "das", "y", "e", "und", "et"}
)  # fmt: skip


def _spells_initials(label: str, texts: list[str]) -> bool:
    """Whether a run of three or more capitalised words has the label's initials."""
    for text in texts:
        words = [w.rstrip(".") for w in re.findall(r"[^\W_][\w&'.-]*", text[:5000])]
        for start in range(len(words)):
            for end in range(start + 3, min(start + 9, len(words) + 1)):
                if _initials(words[start:end]) == _fold(label):
                    return True
    return False


def _initials(run: list[str]) -> str:
    """ "focr" for "Federal Office of Coastal Resilience": first letters of the main words."""
    words = [w for w in run if w.casefold() not in _MINOR]
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    return latin_initials(words)


def latin_initials(words: list[str]) -> str:
    """The first letters of `words` as a domain writes them in Latin letters ("aak" for
    "Αρχή Αφαλάτωσης Κύπρου")."""
    return _fold("".join(w[0] for w in words).casefold())


def _sentence_initials(run: list[str]) -> str:
    """ "sqci" for "Société québécoise du crédit industriel": a name in sentence case, its
    main words' first letters."""
    words = [
        w for w in run if w.casefold() not in _MINOR and not w.casefold().startswith(("l'", "d'"))
    ]
    if len(words) < 3 or not run[0][:1].isupper():
        return ""
    return _fold("".join(w[0] for w in words).casefold())


def shortened_to(name: str, label: str) -> bool:
    """Whether a domain label is a name's initials, as an employer's own domain often is
    when a tracking system writes the name in full: "dlwet" for the Department of Land,
    Water and Energy Transition, "wcvnhs" for Wendlebury and Cherwell Valley NHS
    Foundation Trust (its first words' initials, then a word whole)."""
    words = [w.rstrip(".") for w in re.findall(r"[^\W_][\w&'.-]*", name)]
    if len(label) < 3 or len(words) < 2 or compact(name) == label:
        return False
    # (or with its legal form's initial, left off the name: "kcpl" for Kettle Coulee
    # Pipelines Ltd.)
    wanted = {_fold(label)} | (
        {_fold(label)[:-1]} if len(label) >= 4 and label[-1] in "lic" else set()
    )
    # (and a state's body without the state's name: "dfch" for the Minnesota Department of
    # Family and Community Health)
    starts = (0, 1) if len(words) > 2 and words[1].casefold() in _BODY_HEADS else (0,)
    return any(
        _initials(words[start:end]) in wanted or _abbreviates(label, words[start:end])
        for start in starts
        for end in range(start + 2, min(len(words), start + 8) + 1)
    )


# The word a public body's name opens with after its place's: "Minnesota Department of ...".
_BODY_HEADS = frozenset(
    {"department", "office", "agency", "bureau", "division", "board", "commission", "ministry",
     "authority"}
)  # fmt: skip


def _abbreviates(label: str, run: list[str]) -> bool:
    """ "grisedaleins" for "Grisedale Insurance": the first word whole, then the start of
    each word after it (two letters or more, or only initials), all of the label used. A
    word's ending may differ ("hohenfels-antriebe" for Hohenfels Antriebstechnik).

    Read as written and with umlauts folded: "semarues" is Semaru Energy Solutions, whose
    "ue" is no umlaut."""
    if len(run) < 2:
        return False
    # "kvlcpa" for Kettleby Vossmer & Lamorne: three initials or more, then what the firm is
    initials = _initials(run)
    if len(initials) >= 3 and label.startswith(initials) and label[len(initials) :] in _LABEL_KINDS:
        return True
    # "mtoterminals" for Maasvlakte Terminal Operations: the initials, then one of the
    # name's words whole or begun (four letters or more)
    rest = label[len(initials) :]
    if len(initials) >= 3 and label.startswith(initials) and len(rest) >= 4:
        for word in (compact(w) for w in run):
            if word.startswith(rest) or (rest.startswith(word) and rest[len(word) :] in _ENDINGS):
                return True
    # "gipcoop" for Garden Isle Power Cooperative: the initials of all but the last word,
    # then the last word begun (four letters or more)
    leading, last = _initials(run[:-1]), compact(run[-1])
    if (
        len(leading) >= 2
        and label.startswith(leading)
        and len(label) - len(leading) >= 4
        and last.startswith(label[len(leading) :])
    ):
        return True
    return _abbreviates_as(label, run, [compact(w) for w in run]) or _abbreviates_as(
        _fold(label), run, [_fold(compact(w)) for w in run], _fold
    )


def _abbreviates_as(
    label: str, run: list[str], words: list[str], fold: Callable[[str], str] = str
) -> bool:
    # "upandino" for Universidad del Piedemonte Andino: initials, then the last word whole;
    # "crvalseriola" for Cassa Rurale Val Seriola: initials, then the last words whole
    for split in range(len(run) - 1, 0, -1):
        leading = _initials(run[:split])
        if len(leading) >= 2 and all(words[split:]) and label == leading + "".join(words[split:]):
            return True
    if not words[0]:
        return False
    # "leabridgeha" for Lea Bridge Housing Association: its first words whole, then initials
    main = [w for raw, w in zip(run, words, strict=True) if raw.casefold() not in _MINOR]
    for split in range(2, len(main) - 1):
        if label == "".join(main[:split]) + "".join(w[:1] for w in main[split:]):
            return True
    if not label.startswith(words[0]):
        # "pemistate" for Pemigewasset State: the first word cut short too, at four letters
        # or more, and the rest whole
        head = next(
            (n for n in range(len(words[0]) - 1, 3, -1) if label.startswith(words[0][:n])), 0
        )
        rest_words = [
            w for raw, w in zip(run[1:], words[1:], strict=True) if raw.casefold() not in _MINOR
        ]
        return bool(head) and label[head:] in ("".join(words[1:]), "".join(rest_words))
    rest = label[len(words[0]) :]
    # "umhlangacs" for Umhlanga Contact Solutions, "theatrepal" for Théâtre de la
    # Pointe-aux-Lièvres: the rest by initials, hyphenated words apart, little words left out
    later = [w for raw in run[1:] for w in raw.split("-") if w.casefold() not in _MINOR]
    if rest and rest == "".join(fold(compact(w))[:1] for w in later):
        return True
    # "amperauen-fe" for Amperauen Fahrzeugelektronik: a long first word whole, then a
    # compound's parts by their initials ("Fahrzeug-Elektronik")
    compound = fold(compact(later[0])) if later else ""
    if (
        len(run) == 2
        and len(compound) >= 12  # a compound, not "Investment" (rossdaleim: Rossdale I. M.)
        and len(words[0]) >= 6
        and 2 <= len(rest) <= 3
        and rest[0] == compound[:1]
        and _parts_start(rest[1:], compound)
    ):
        return True
    taken = 0
    for word in words[1:]:
        if not rest:
            return False
        taken = next((n for n in range(len(word), 1, -1) if rest.startswith(word[:n])), 0)
        if not taken:
            return False
        rest = rest[taken:]
    return not rest or (taken >= 5 and rest in _ENDINGS)


_ENDINGS = frozenset({"e", "s", "en", "n", "es"})


@lru_cache(maxsize=8192)
def _fold(squeezed: str) -> str:
    """Umlauts as domains write them ("krueger") and as compact() folds them ("kruger");
    Cyrillic as Bulgaria's domains spell it ("Банка Средец" at bankasredets.bg, "Тракия" at
    trakia...: "ия" and "ia" alike)."""
    if not squeezed.isascii():
        squeezed = squeezed.translate(_CYRILLIC)
    return re.sub(r"([aou])e", r"\1", squeezed.replace("iya", "ia"))


# Bulgaria's official romanisation (the Streamlined System of 2009), which its firms' domains
# follow: "ц" is "ts", "щ" is "sht", "ъ" is "a".
_CYRILLIC = str.maketrans(
    {**dict(zip("абвгдезийклмнопрстуфхъьы", "abvgdeziyklmnoprstufhayy", strict=True)),
     "ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ю": "yu", "я": "ya", "э": "e",
     "ё": "yo",
     # ... and Greek as Greek and Cypriot domains write it: "Αρχή Αφαλάτωσης Κύπρου" at
     # aak.org.cy
     **dict(zip("αβγδεζηικλμνξοπρσςτυφωάέήίόύώϊϋΐΰ", "avgdeziiklmnxoprsstyfoaeiioyoiyiy",
                strict=True)),
     "θ": "th", "χ": "ch", "ψ": "ps"}
)  # fmt: skip


def recase(name: str) -> str:
    """ "GLOBEX" as "Globex": a shouted word of five letters or more; acronyms stay."""
    return " ".join(
        w.capitalize() if len(w) >= 5 and w.isalpha() and w.isupper() else w for w in name.split()
    )


def matches_label(segment: str, label: str) -> bool:
    squeezed = _fold(compact(LEGAL_FORMS.sub(" ", segment)))
    label = _fold(label)
    if not squeezed or len(squeezed) < 2:
        return False
    return (
        squeezed == label
        or (
            min(len(squeezed), len(label)) >= 4
            and (label.startswith(squeezed) or squeezed.startswith(label))
        )
        or _words_make(label, segment)
        or _body_of_turned(label, segment)
        or _hangul_spells(segment, label)
    )


# Revised Romanization of Korean, as Korean firms spell their names in their domains
# (소담AI at sodam.ai, 한바다해운 at hanbadashipping.co.kr, 라온뷰티 at raonbeauty.co.kr).
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
             "t", "p", "h")  # fmt: skip
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
            "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
# (the name alone, with what Korean firms write beside it: "소담AI", "(주)라온뷰티")
_HANGUL_WORD = re.compile(
    r"[\[(【]?(?:주식회사\s*|\(주\)\s*|㈜\s*)?([\uac00-\ud7a3]{2,})[A-Za-z0-9]*"
    r"(?:\s*(?:주식회사|\(주\)|㈜))?[\])】]?"
)


def _syllable(char: str) -> str:
    index = ord(char) - 0xAC00
    return _INITIALS[index // 588] + _MEDIALS[index % 588 // 28] + _FINALS[index % 28]


def _hangul_spells(segment: str, label: str) -> bool:
    """Whether the segment's Hangul name, whole or its first syllables (two at least, four
    letters or more), is the start of the domain label as Revised Romanization spells it:
    "한바다" of 한바다해운 for hanbadashipping, its last word put in English."""
    found = _HANGUL_WORD.fullmatch(segment.strip())
    if not found or len(label) < 4:
        return False
    syllables = [_syllable(c) for c in found.group(1)]
    for end in range(len(syllables), 1, -1):
        spelled = "".join(syllables[:end])
        if len(spelled) >= 4 and label.startswith(spelled):
            return True
    return False


# A public body named "County of Cosumnes" that writes from cosumnescounty.gov.
_BODY_OF = re.compile(
    r"^(city|county|town|village|borough|port|district|state|province)\s+of\s+(?:the\s+)?(\S.*)$",
    re.IGNORECASE,
)


def _body_of_turned(label: str, segment: str) -> bool:
    found = _BODY_OF.match(segment.strip())
    return bool(found) and _fold(compact(found[2] + found[1])) == _fold(label)


def _words_make(label: str, segment: str) -> bool:
    """ "cliniquedeuxrives" from "Clinique vétérinaire des Deux-Rives": the domain is the
    name's first and last words run together, the ones between left out."""
    words = [_fold(compact(w)) for w in re.split(r"[\s-]+", segment) if compact(w)]
    label = _fold(label)  # folded as the words are: "bluestem" is "blustem" in both
    if len(words) < 3 or not label.startswith(words[0]):
        return False
    if not label.endswith(words[-1]):
        # "chisolaauto" for Chisola Componenti Automotive: the last word begun, four
        # letters or more, the words between left out
        rest = label[len(words[0]) :]
        return len(rest) >= 4 and words[-1].startswith(rest)
    middle = label[len(words[0]) : len(label) - len(words[-1])]
    return middle == "" or middle in words[1:-1] or middle == "".join(words[1:-1])


@lru_cache(maxsize=8192)
def compact(text: str) -> str:
    """Letters and digits only, accents folded: "Acme Robotics, Inc." -> "acmeroboticsinc"."""
    folded = fold_accents(text)
    ascii_only = re.sub(r"[^a-z0-9]+", "", folded.encode("ascii", "ignore").decode())
    return ascii_only or re.sub(r"[\W_]+", "", folded)


def _parts_start(letters: str, word: str) -> bool:
    """Whether each of `letters` starts a later part of a compound `word`, in order, each
    part four letters or more in: "e" in "fahrzeugelektronik" (Fahrzeug|elektronik)."""
    at = 4
    for letter in letters:
        at = word.find(letter, at)
        if at < 0 or at > len(word) - 4:
            return False
        at += 4
    return True
