"""Who a Czech or Slovak invite says the person meets, by the names they are called.

Czech declines names: "Setkáte se s paní Janou Machačovou a panem Robertem
Dvořákem" meets Jana Machačová and Robert Dvořák, and "komise bude složena z
Ing. Radky Holubové" has Radka Holubová on it. The readers for other languages
take capitalised words as they stand, which would greet "Janou Machačovou". What
is here finds the sentences that name the panel and puts each name back in the
nominative, by the rules of the two cases those sentences use: the instrumental
after "s"/"se" (with) and the genitive after "z"/"ze" (of). A name the rules
cannot place is left out rather than guessed.
"""

from __future__ import annotations

import re

_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄĽĹŔÔ"
_LOWER = "a-záčďéěíňóřšťúůýžäľĺŕô"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_TITLE_WORDS = r"Ing|Mgr|Bc|JUDr|PhDr|MUDr|RNDr|PaedDr|MgA|BcA|doc|prof|Dr"
_TITLES = rf"(?:{_TITLE_WORDS})\.\s*"
_HONORIFIC = r"(?:paní|panem|pana|pan|slečnou|slečny|pani|pánom|pána|pán)\s+"

# Sentences that name who the person meets, and the case their names are in.
_WITH = re.compile(
    r"\b(?:setkáte|setkáš|potkáte|potkáš|uvidíte)\s+se\s+(?=(?:s|se)\s)"
    r"|\b(?:pohovor|pohovoru|schůzka|schůzku|rozhovor|hovor|call)\s+(?=(?:s|se)\s)"
    r"|\bspolu\s+(?=(?:s|se)\s)"
    # Slovak: "Stretnete sa s pánom Ing. Tomášom Baranom ... a s pani Mgr. Luciou Hrušovskou",
    # "stretnete so mnou a s vedúcou tímu FP&A Ing. Janou Kollárikovou"
    r"|\b(?:stretnete|stretneš|uvidíte)\s+sa\s+(?=(?:s|so)\s)|\bsa\s+stretnete\s+(?=(?:s|so)\s)",
    re.IGNORECASE,
)
_OF = re.compile(r"\bkomise\s+(?:bude\s+)?(?:složena|sestávat)\s+(?=(?:z|ze)\s)", re.IGNORECASE)
_NAME = re.compile(rf"(?:{_HONORIFIC})?(?:{_TITLES})*(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})")
# What follows the people: the sentence goes on about something else.
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|\s[–-]\s")
# Academic titles written after a name: "Ing. Radky Holubové, Ph.D., ředitelky ..."
_AFTER_TITLES = re.compile(r",?\s*(?:Ph\.\s?D\.|CSc\.|DiS\.|MBA|LL\.M\.|Th\.D\.)", re.IGNORECASE)
_ABBREVIATED = re.compile(rf"\b(?:{_TITLE_WORDS}|tel|č)\.")
_SOFT = "jšžčřcďťň"


def panel(line: str) -> list[str]:
    """The people a Czech sentence of `line` says the person meets, in the nominative
    ("Jana Machačová", "Martin Kubíček"); [] when it names none this way."""
    text = _AFTER_TITLES.sub("", line)
    text = re.sub(r"\([^()]*\)", " ", text)  # "(AP Team Lead)", "(majitel)"
    found: list[str] = []
    for cue, case in ((_WITH, "ins"), (_OF, "gen")):
        for match in cue.finditer(text):
            rest = _ABBREVIATED.sub(lambda m: m[0].replace(".", "\u2024"), text[match.end() :])
            end = _CLAUSE_END.search(rest)
            part = (rest[: end.start()] if end else rest).replace("\u2024", ".")
            for named in _NAME.finditer(part):
                gender = _gender(named[0].split()[0].casefold())
                name = nominative(named["name"].split(), case, gender, strict=not gender)
                if name and name not in found:
                    found.append(name)
    return found


def _gender(honorific: str) -> str:
    if honorific in {"paní", "slečnou", "slečny", "pani"}:
        return "f"
    if honorific in {"panem", "pana", "pan", "pánom", "pána", "pán"}:
        return "m"
    return ""


def nominative(words: list[str], case: str, gender: str = "", *, strict: bool = False) -> str:
    """A first name and surname ("Janou", "Machačovou") in the nominative ("Jana
    Machačová"), from the instrumental ("ins") or the genitive ("gen"); "" when the
    ending fits neither. `strict`: every word must carry the case's ending, as a name
    with no "paní" or "panem" before it must to be a person's ("s Pivovarem Hostivar"
    is a brewery)."""
    gender = gender or _gender_of(words, case)
    if not gender:
        return ""
    back = _feminine if gender == "f" else _masculine
    out = [back(word, case, last=k == len(words) - 1) for k, word in enumerate(words)]
    if not all(out) or (strict and any(o == w for o, w in zip(out, words, strict=True))):
        return ""
    return " ".join(out)


def _gender_of(words: list[str], case: str) -> str:
    """Whose name it is, by the endings: a woman's surname is "-ová" or "-á" in every
    case ("-ovou"/"-ou", "-ové"/"-é"), a man's first name takes "-em" with "s"."""
    last, first = words[-1], words[0]
    if case == "ins":
        if last.endswith("ou") or first.endswith(("ou", "í")):
            return "f" if not first.endswith("em") else "m"
        # (Slovak takes "-om": "s Bc. Adamom Tkáčom")
        return "m" if first.endswith(("em", "ím", "om")) else ""
    if last.endswith(("ové", "é")) and not last.endswith("ého"):
        return "f"
    return "m" if last.endswith(("a", "e", "ého", "ího")) else ""


def _feminine(word: str, case: str, *, last: bool) -> str:
    if case == "ins":
        if word.endswith("ovou"):
            return word[:-4] + "ová"
        if word.endswith("iou"):  # Slovak "Máriou", "Luciou"
            return word[:-3] + "ia"
        if word.endswith("ií"):  # Lucií, Marií
            return word[:-1] + "e"
        if word.endswith("ou"):  # Janou, and a surname like Černou
            return word[:-2] + ("á" if last else "a")
        return word if last else ""  # a surname that does not decline ("Fairclough")
    if word.endswith("ové"):
        return word[:-3] + "ová"
    if word.endswith("é") and last:
        return word[:-1] + "á"
    if word.endswith("ie"):  # Lucie
        return word
    if word.endswith(("y", "i")) and not last:  # Radky, Petry, Olgy; Máji
        return word[:-1] + "a"
    return word if last else ""


def _masculine(word: str, case: str, *, last: bool) -> str:
    if case == "ins":
        if word.endswith(("ým", "ím")):  # Novým, Krejčím, Jiřím
            return word[:-1]
        if word.endswith("ou"):  # Kučerou, Honzou
            return word[:-2] + "a"
        if word.endswith("em"):
            return _mobile_e(word[:-2])
        if word.endswith("om"):  # Slovak "Tomášom", "Baranom"
            return word[:-2]
        return word if last else ""
    if word.endswith(("ého", "ího")) and last:  # Nového, Krejčího
        return word[:-3] + ("ý" if word.endswith("ého") else "í")
    if word.endswith("a"):
        return _mobile_e(word[:-1])
    if word.endswith("e") and len(word) > 2 and word[-2] in _SOFT:  # Ondřeje, Tomáše
        return word[:-1]
    if word.endswith("y") and len(word) > 2:  # Kučery, Honzy
        return word[:-1] + "a"
    return word if last else ""


def _mobile_e(stem: str) -> str:
    """A stem put back: the "e" Czech drops in declension returns between two
    consonants before a final k, c or l ("Kubíčk" → "Kubíček", "Pavl" → "Pavel",
    "Němc" → "Němec"; "Zdeňk" → "Zdeněk")."""
    if len(stem) >= 3 and stem[-1] in "kcl" and stem[-2] not in "aáeéěiíoóuúůyý":
        if stem[-2] == "ň":
            return stem[:-2] + "ně" + stem[-1]
        if stem[-2] in "ťď":
            return stem[:-2] + {"ť": "tě", "ď": "dě"}[stem[-2]] + stem[-1]
        if stem[-2] in "bčdfgjlmnprsštvzž":  # not "ck" or "hk": Patrick stays
            return stem[:-1] + "e" + stem[-1]
    return stem
