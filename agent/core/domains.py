"""Mail domains: the registrable part of an address's domain, and a name read off it.

careers.acme.com and acme.com are one employer, and so are jobs.acme.co.uk and
acme.co.uk: the Public Suffix List says where the registrable part starts. The
`publicsuffixlist` package ships that list and never fetches it, so the answer
is the same offline and on every run. When nothing else names an employer, its
domain does: short labels are acronyms (ge.com: GE) and longer ones are split
into words (bluebirdhealth.com: Bluebird Health) by `wordninja`, offline.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache


@cache
def _suffixes() -> object:
    # publicsuffixlist ships the Public Suffix List inside the package and never
    # fetches it: registrable domains are read offline, the same on every run.
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


# Registrable names a public service shares between the bodies under it.
_SHARED_SERVICES = frozenset({"health", "education", "schools"})
# Governments whose bodies each have a name under one registrable domain the Public Suffix
# List does not list as a suffix (it does list qld.gov.au, vic.gov.au, gc.ca, gov.uk).
_GOVERNMENTS = frozenset(
    {"nsw.gov.au", "act.gov.au", "nt.gov.au", "gouv.qc.ca", "gov.bc.ca", "gov.on.ca",
     "ca.gov", "nyc.gov", "bund.de", "admin.ch", "etat.lu", "public.lu",
     "europa.eu",
     # Slovakia's and Ukraine's state bodies: adsvs.gov.sk, an agency's own name
     "gov.sk", "gov.ua"}
)  # fmt: skip


# A US state's shared domain, its agencies under it: dfch.state.mn.us, dhs.state.mn.us.
_US_STATE = re.compile(r"state\.[a-z]{2}\.us")


@lru_cache(maxsize=4096)
def registrable(domain: str) -> str:
    """ "acme.com" for careers.acme.com, "acme.co.uk" for jobs.acme.co.uk."""
    domain = domain.strip().lower().rstrip(".")
    if domain.count(".") <= 1:  # acme.com: registrable as it is (the list takes 40 ms to load)
        return domain
    found = _suffixes().privatesuffix(domain)  # type: ignore[attr-defined]
    if (found in _GOVERNMENTS or _US_STATE.fullmatch(found or "")) and domain.endswith("." + found):
        # a state's or a city's domain, shared by its bodies: dhspr.nsw.gov.au is the
        # department's, bardwellvalley.nsw.gov.au the council's, neither "NSW"'s
        found = domain[: -len(found) - 1].rsplit(".", 1)[-1] + "." + found
    if found and found.split(".", 1)[0] in _SHARED_SERVICES and domain.endswith("." + found):
        # a state's health or education service, shared by its regions:
        # pumicestone.health.qld.gov.au is Pumicestone's, not "health"'s
        return domain[: -len(found) - 1].rsplit(".", 1)[-1] + "." + found
    return found or domain


def domain_label(domain: str) -> str:
    """The registrable name without its suffix: "acme" for careers.acme.co.uk."""
    full = registrable(domain)
    if full.count(".") == 1:
        return full.split(".", 1)[0]
    suffix = _suffixes().publicsuffix(full) or ""  # type: ignore[attr-defined]
    name = full[: -len(suffix) - 1] if suffix and full.endswith("." + suffix) else full
    return name.split(".", 1)[0]  # ("pumicestone" of pumicestone.health.qld.gov.au)


def company_from_domain(domain: str, texts: Iterable[str] = ()) -> str:
    """A company name read off a domain: acronyms for short labels, words split otherwise.

    A made-up name the invite writes ("Stillwick's wholesale push") starts the label it
    begins (stillwickcoffee.com): "Stillwick Coffee", not the dictionary's "Still Wick".
    """
    label = domain_label(domain)
    if not label:
        return ""
    civic = city_government(domain)
    if civic:
        return civic
    written = _written_start(label, texts)
    if written:
        return written
    if len(label) <= 3 and label.isalpha():
        return label.upper()
    texts = tuple(texts)
    # an acronym (a vowel at most) the texts write in capitals: "ADSVS-Račianska-Zasadačka
    # 2.14" at adsvs.gov.sk
    acronym = label.isalpha() and sum(c in "aeiouy" for c in label) <= 1
    if acronym and any(re.search(rf"(?<!\w){label.upper()}(?![^\W_])", t) for t in texts):
        return label.upper()
    head, _, town = label.partition("-")
    if 2 <= len(head) <= 4 and head.isalpha() and town and _a_town_in(town, texts):
        return head.upper()  # usp-basel.ch, signed "4031 Basel": USP, in Basel
    parts = re.split(r"[-_]+", label)
    words: list[str] = []
    for part in parts:
        words += _split_words(part)
    return " ".join(w.upper() if len(w) <= 2 else w.capitalize() for w in words if w)


# Cities with a top-level domain of their own, and the word a city's government goes by
# under it ("stad.gent", "stadt.wien").
_CITY_DOMAINS = {
    "gent": "Gent", "brussels": "Brussels", "amsterdam": "Amsterdam", "paris": "Paris",
    "berlin": "Berlin", "wien": "Wien", "hamburg": "Hamburg", "koeln": "Köln",
    "london": "London", "barcelona": "Barcelona", "madrid": "Madrid", "nyc": "NYC",
}  # fmt: skip
_A_CITY = frozenset({"stad", "stadt", "ville", "city", "gemeente", "ciudad", "ajuntament"})


def _a_town_in(word: str, texts: Iterable[str]) -> bool:
    """Whether an address in `texts` gives `word` as its town, after a postcode."""
    return any(re.search(rf"\b\d{{4,5}}\s+{re.escape(word)}\b", t, re.IGNORECASE) for t in texts)


def city_government(domain: str) -> str:
    """ "Stad Gent" for stad.gent: a city's government under the city's own top-level domain
    (the label alone, "Stad", names no employer)."""
    city = _CITY_DOMAINS.get(domain.lower().rsplit(".", 1)[-1], "")
    label = domain_label(domain)
    return f"{label.capitalize()} {city}" if city and label in _A_CITY else ""


# What a business does, as it ends its domain name, longest first.
_TRADE_WORDS: tuple[str, ...] = tuple(sorted(
    (
        "health", "healthcare", "homecare", "care", "group", "solutions", "consulting",
        "consultants", "systems", "services", "partners", "capital", "logistics", "energy",
        "foods", "labs", "technologies", "media", "studio", "studios", "design", "clinic",
        "clinics", "hospital", "academy", "school", "college", "properties", "construction",
        "engineering", "legal", "finance", "insurance", "pharma", "medical", "dental",
        "robotics", "software", "digital", "analytics", "ventures", "holdings", "industries",
        "global", "recruitment", "nursing", "therapy", "physio", "motors", "hotels", "travel",
        "marine", "mining", "power", "freight", "retail", "fitness", "games", "builders",
        "interactive", "entertainment",  # a games studio: "sovainteractive" is Sova Interactive
        "architects", "homes", "living", "community", "trust", "foundation", "network",
        "accounting", "advisory", "economics", "associates", "research", "automation",
        "risk",  # a risk-software start-up: "inishowenrisk.io" is Inishowen Risk
        "tu",  # an Irish technological university: "blackstairstu" is Blackstairs TU
        # and as Spanish, Portuguese and Italian firms end theirs
        "robotica", "tecnologia", "logistica", "energia", "ingenieria", "consultoria",
        "servicios", "soluciones", "sistemas", "seguros", "pagos", "alimentos", "saude", "salud",
        "financeira", "investimentos", "pagamentos", "cosmeticos", "agro",
        "financas", "distribuicao", "mineracao",  # "quitandafinancas": Quitanda Finanças
        "cargas", "transportes",  # "frevocargas": Frevo Cargas
        "flowers", "farms",  # "kongoniflowers": Kongoni Flowers
        # and shipping: "anafitankers" is Anafi Tankers
        "tankers", "shipping", "carriers", "ferries", "maritime",
        # and life sciences: "assabetbio" is Assabet Bio
        "bio", "biotech", "therapeutics", "sciences", "genomics", "diagnostics",
        # and public bodies and schools: "ansleystate" is Ansley State (University)
        "state", "university", "county", "institute",
    ),
    key=len,
    reverse=True,
))  # fmt: skip


# The land's features a place name ends in, as a firm's domain runs it into one word.
_LAND_WORDS = ("creek", "river", "valley", "harbour", "harbor", "lake", "lakes", "country")

# The endings of English place names, which a firm named like a place writes as one word
# with the word before: "brickvale" is Brickvale, "stonebridgecapital" Stonebridge Capital.
_PLACE_ENDINGS = frozenset({
    "vale", "dale", "field", "fields", "ford", "wood", "brook", "bury", "worth", "stone",
    "mere", "crest", "haven", "wick", "stead", "bridge", "gate",
    # and of German ones: "feuersee" is Feuersee (a lake), not "Feuer See"
    "see", "berg", "burg", "bach", "dorf", "heim", "hausen",
})  # fmt: skip

# wordninja's cost of a word: above this, a three-letter piece is a fragment of a name
_RARE = 11.5

# A capitalised word as text writes it, with a possessive after it or not.
_CAPITALISED = re.compile(r"(?<![\w'’])([A-Z][^\W\d_]{3,})(?=['’]s\b|\b)")


# Trade words as Portuguese and Spanish write them, which a domain writes without accents.
_ACCENTED = {
    "saude": "Saúde", "logistica": "Logística", "solucoes": "Soluções", "servicos": "Serviços",
    "cosmeticos": "Cosméticos", "ingenieria": "Ingeniería", "robotica": "Robótica",
    "educacao": "Educação", "construcao": "Construção", "financas": "Finanças",
    "distribuicao": "Distribuição", "mineracao": "Mineração",
}  # fmt: skip


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _written_start(label: str, texts: Iterable[str]) -> str:
    """The label as a name the texts write, then real words ("Stillwick" and "coffee"), or
    as a name before one the texts write ("ramapo" and "Eisley")."""
    if len(label) < 8 or not label.isalpha():
        return ""
    for text in texts:
        for match in _CAPITALISED.finditer(text[:5000]):
            word = match.group(1)
            rest = label[len(word) :]
            # ("Cafuné" for cafunesaude.com.br: the name with its accent)
            if len(rest) < 3 or not label.startswith(_unaccented(word).casefold()):
                continue
            words = _real_words(rest)
            if words:
                return " ".join([word, *(_ACCENTED.get(w, w.capitalize()) for w in words)])
    for text in texts:
        for match in _CAPITALISED.finditer(text[:5000]):
            # a firm named after its partners: "Ramapo Eisley" for ramapoeisley.com, when an
            # invite from Roswitha Eisley writes the last of its names
            word = match.group(1)
            rest = label[: -len(word)]
            if len(rest) >= 4 and label.endswith(word.casefold()):
                return f"{rest.capitalize()} {word}"
    return ""


def _real_words(text: str) -> list[str]:
    """`text` as English words of three letters or more, or [] when it is not."""
    import wordninja

    known = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost  # noqa: SLF001 (its word list)
    pieces = [text] if text in known or text in _TRADE_WORDS else wordninja.split(text)
    if all(
        p in _TRADE_WORDS or (len(p) >= 3 and p in known and (len(p) > 3 or known[p] <= _RARE))
        for p in pieces
    ):
        return pieces
    return []


# Two consonants a word can open with; a piece opening with others ("nberg", as wordninja
# cuts "rotenberg") is the tail of a name, not a word of its own.
_ONSETS = frozenset({
    "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr",
    "ph", "pl", "pr", "ps", "qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th",
    "tr", "tw", "wh", "wr", "pf", "ts",
})  # fmt: skip


def _can_open_a_word(piece: str) -> bool:
    head = piece[:2]
    return len(piece) < 2 or bool(re.match(r"[aeiouy]|.[aeiouy]", head)) or head in _ONSETS


def _split_words(label: str) -> list[str]:
    """ "bluebirdhealth" -> bluebird, health; kept whole unless every piece is a real word.

    wordninja splits by English word frequencies, offline, from a list it ships.
    A split is only taken when every piece is a word of three letters or more, and a
    three-letter one a common word: made-up names ("Globex" -> "globe x", "Hooli" ->
    "hoo li", "Quebracho" -> "quebra cho") stay whole. Two short
    pieces side by side are one made-up word more often than two words
    ("fernhill" -> Fernhill, "datadog" -> Datadog).
    """
    if len(label) < 8 or not label.isalpha():
        return [label]
    import wordninja

    pieces = wordninja.split(label)
    known = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost  # noqa: SLF001 (its word list)
    # a piece that is no word ("quebra"), or a rare three-letter one ("cho", "ell"): the
    # label is a made-up name, not words run together
    if (
        len(pieces) < 2
        or any(len(p) < 3 for p in pieces)
        or any(p not in known or (len(p) == 3 and known[p] > _RARE) for p in pieces)
        or not all(_can_open_a_word(p) for p in pieces)
    ):
        # a made-up name before what the business does: "glenbrohanehomecare" is
        # Glenbrohane Homecare, though "Glenbrohane" is no English word
        trade = (
            next((w for w in _TRADE_WORDS if label.endswith(w) and len(label) - len(w) >= 3), "")
            if label not in known
            else ""
        )  # ("interstate" is one word)
        # (the name kept whole: "quebrachopagos" is Quebracho Pagos, not "Quebra Cho")
        name, rest = (label[: -len(trade)], [trade]) if trade else (label, [])
        # a place a firm is named for, its last word a feature of the land: "merricreek"
        # is Merri Creek, "bardwellvalley" Bardwell Valley
        # ("menomoneevalleyhh": what the valley's firm does, by its initials, goes)
        initials = re.search(r"(?<=[a-z])[^aeiouy\W\d]{2,3}$", name) if not rest else None
        bare = name[: initials.start()] if initials else name
        place = next((w for w in _LAND_WORDS if bare.endswith(w) and len(bare) - len(w) >= 4), "")
        if place:
            return [bare[: -len(place)], place, *rest]
        return [name, *rest]
    merged: list[str] = []
    for piece in pieces:
        if merged and ((len(piece) <= 4 and len(merged[-1]) <= 4) or piece in _PLACE_ENDINGS):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged if all(len(p) >= 3 for p in merged) else [label]
