"""Who a Russian invite says the person meets, by the names they are called.

Russian declines names: "Встречаться будете с Андреем Кравцом и Ботагоз Ермековой"
meets Andrey Kravets and Botagoz Yermekova. The readers for other languages take
capitalised words as they stand, which would greet "Андреем Кравцом". What is here
finds the sentences that name whom the person meets after "с" (with) and puts each
name back in the nominative, by the endings of the instrumental case. A name whose
endings say neither a man's nor a woman's is left out rather than guessed; a word
that does not decline (a Kazakh given name, "Ботагоз"; a surname such as "Ким") is
kept as it stands when the other word says the case.
"""

from __future__ import annotations

import re

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# Sentences that name whom the person meets, after "с"/"со" (with).
_WITH = re.compile(
    r"(?<!\w)(?:встречаться\s+будете|будете\s+встречаться|встретитесь|встреча|собеседование"
    r"|интервью|пообщаетесь|будете\s+общаться|общаться\s+будете|поговорите|беседа"
    r"|беседовать\s+будете|будете\s+беседовать)\s+(?:[а-яё]+\s+){0,2}?(?=со?\s)",
    re.IGNORECASE,
)
_NAME = re.compile(rf"(?<![\w-])(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})(?![\w-])")
# What follows the people: the sentence goes on about something else.
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|\s[–—-]\s")


def panel(line: str) -> list[str]:
    """The people a Russian sentence of `line` says the person meets, in the nominative
    ("Андрей Кравец", "Ботагоз Ермекова"); [] when it names none this way."""
    if not re.search(r"[а-яё]", line):
        return []
    text = re.sub(r"\([^()]*\)", " ", line)  # "(операционный директор)"
    text = re.sub(r"«[^»]*»", " ", text)  # a firm's name in quotes: "«Дебед Телеком»"
    found: list[str] = []
    for match in _WITH.finditer(text):
        rest = text[match.end() :]
        end = _CLAUSE_END.search(rest)
        for named in _NAME.finditer(rest[: end.start()] if end else rest):
            name = nominative(named["name"].split())
            if name and name not in found:
                found.append(name)
    return found


def nominative(words: list[str]) -> str:
    """A name in the instrumental ("Андреем Кравцом", "Ольгой Ахметовой") in the nominative
    ("Андрей Кравец", "Ольга Ахметова"); "" when its endings do not say whose it is."""
    gender = _gender_of(words)
    if not gender:
        return ""
    back = _feminine if gender == "f" else _masculine
    out = [back(word) for word in words]
    if out == words:
        return ""  # nothing declined: not a name in the instrumental
    return " ".join(out)


_MASCULINE = ("овым", "евым", "ёвым", "иным", "ыным", "ским", "цким", "ичем", "ом", "ем")
_FEMININE = (
    "овой",
    "евой",
    "ёвой",
    "иной",
    "ыной",
    "ской",
    "цкой",
    "овной",
    "евной",
    "ой",
    "ей",
    "ью",
)


def _gender_of(words: list[str]) -> str:
    """A man's name takes "-ом"/"-ем"/"-ым" with "с", a woman's "-ой"/"-ей"/"-ью"; the
    surname, last, says it first."""
    for word in reversed(words):
        lower = word.casefold()
        if lower.endswith(_FEMININE):
            return "f"
        if lower.endswith(_MASCULINE):
            return "m"
    return ""


def _masculine(word: str) -> str:
    lower = word.casefold()
    if lower.endswith(("овым", "евым", "ёвым", "иным", "ыным")):
        return word[:-2]  # Ахметовым, Пушкиным
    if lower.endswith(("ским", "цким")):
        return word[:-2] + "ий"  # Вишневским
    if lower.endswith("ичем"):
        return word[:-2]  # Викторовичем
    if lower.endswith(("еем", "аем", "уем", "ием")):
        return word[:-2] + "й"  # Андреем, Николаем, Виталием
    if lower.endswith("ем"):
        return word[:-2] + "ь"  # Игорем
    if lower.endswith("ом"):
        return _fleeting_e(word[:-2])  # Иваном, Кравцом
    return word


def _feminine(word: str) -> str:
    lower = word.casefold()
    if lower.endswith(("овой", "евой", "ёвой", "иной", "ыной", "овной", "евной")):
        return word[:-2] + "а"  # Ермековой, Викторовной
    if lower.endswith(("ской", "цкой")):
        return word[:-2] + "ая"  # Вишневской
    if lower.endswith("ией"):
        return word[:-2] + "я"  # Марией
    if lower.endswith("ьей"):
        return word[:-2] + "я"  # Натальей
    if lower.endswith("ей"):
        return word[:-2] + "я"  # Аней
    if lower.endswith("ой"):
        return word[:-2] + "а"  # Ольгой
    if lower.endswith("ью"):
        return word[:-1]  # Любовью
    return word  # Ботагоз, Айгерим, Ким


def _fleeting_e(stem: str) -> str:
    """The "е" a name drops in declension put back before its last "ц" after a consonant
    ("Кравц" is "Кравец", "Бондарц" "Бондарец")."""
    if len(stem) >= 3 and stem[-1] == "ц" and stem[-2].casefold() not in "аеёиоуыэюяй":
        return stem[:-1] + "ец"
    return stem
