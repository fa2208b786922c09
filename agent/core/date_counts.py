"""Dates said as a count from the day a message was sent, or as a numbered week.

"In the next 48 hours", "binnen acht werkdagen", "innerhalb von 5 Werktagen",
"sous dix jours ouvrés", "en cinco días hábiles", "entro 5 giorni lavorativi",
"em (até) 5 dias úteis", "inom två veckor", and a weekday of a numbered week, as
German, Nordic and Dutch employers write it ("Freitag der KW 47", "fredag
vecka 48": ISO 8601 weeks, which those countries number by). The English
counts ("within 7-10 business days") are in `date_forms`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Protocol

from agent.core.alternation import of_words
from agent.core.clock import add_business_days
from agent.core.date_math import too_far
from agent.core.date_words import WEEKDAYS


class _Said(Protocol):
    @property
    def after(self) -> date: ...

    @property
    def holidays(self) -> Mapping[date, str]: ...

    @property
    def weekend(self) -> frozenset[int]: ...


# Numbers as other languages spell them in a count of days or weeks: German, French,
# Spanish, Italian, Portuguese, Dutch, Swedish, Norwegian and Danish, one to fifteen.
_WORDS = {
    1: "ein einem einer eine un une uno una um uma een één en ett ei et",
    2: "zwei deux dos due dois duas twee två to",
    3: "drei trois tres tre três drie",
    4: "vier quatre cuatro quattro quatro fyra fire",
    5: "fünf cinq cinco cinque vijf fem",
    6: "sechs six seis sei zes sex seks",
    7: "sieben sept siete sette sete zeven sju syv",
    8: "acht huit ocho otto oito åtta åtte otte",
    9: "neun neuf nueve nove negen nio ni",
    10: "zehn dix diez dieci dez tien tio ti",
    11: "elf onze once undici elva elleve",
    12: "zwölf douze doce dodici doze twaalf tolv",
    14: "vierzehn quatorze catorce quattordici catorze veertien fjorton fjorten",
    15: "fünfzehn quinze quince quindici vijftien femton femten",
    # (and the twenty a public body's rules give: "vingt (20) jours ouvrables", "veinte (20)
    # días hábiles", "vinte (20) dias úteis")
    20: "zwanzig vingt veinte venti vinte twintig tjugo tjue tyve",
}
# ... and Greek, in the forms a count of days takes ("μία εβδομάδα", "τρεις ημέρες")
_GREEK = {
    1: "μία μια ένα μίας", 2: "δύο δυο", 3: "τρεις τρία τριών", 4: "τέσσερις τέσσερα τεσσάρων",
    5: "πέντε", 6: "έξι", 7: "επτά εφτά", 8: "οκτώ οχτώ", 9: "εννέα εννιά", 10: "δέκα",
    11: "έντεκα", 12: "δώδεκα", 14: "δεκατέσσερις δεκατεσσάρων", 15: "δεκαπέντε",
}  # fmt: skip
# ... and Romanian ("în trei zile lucrătoare", "în două săptămâni")
_ROMANIAN = {
    2: "două doua doi", 3: "trei", 4: "patru", 5: "cinci", 6: "șase sase", 7: "șapte sapte",
    8: "opt", 9: "nouă noua", 10: "zece", 14: "paisprezece", 15: "cincisprezece",
}  # fmt: skip
# ... and Croatian ("u roku od sedam dana"), Bulgarian ("в рамките на десет работни дни")
# and Indonesian ("dalam tujuh hari kerja")
_SOUTH_SLAVIC_AND_INDONESIAN = {
    2: "dva dvije два две dua", 3: "tri три tiga", 4: "četiri четири empat", 5: "pet пет lima",
    6: "šest шест enam", 7: "sedam седем tujuh", 8: "osam осем delapan", 9: "devet девет sembilan",
    10: "deset десет sepuluh", 14: "četrnaest четиринадесет", 15: "petnaest петнадесет",
}  # fmt: skip
NUMBER_WORDS = {
    word: n
    for table in (_WORDS, _GREEK, _ROMANIAN, _SOUTH_SLAVIC_AND_INDONESIAN)
    for n, words in table.items()
    for word in words.split()
}
# "δεκαπέντε (15) εργάσιμων ημερών": a number spelled out may repeat itself in figures
# ("diez (10) días", and the figure first: "10 (dez) dias úteis")
_NUMBER = (
    r"(?P<n>\d{1,2}|"
    + of_words(NUMBER_WORDS)
    + r")(?:\s*\((?:\d{1,2}|"
    + of_words(NUMBER_WORDS)
    + r")\))?"
)
_LEAD = (
    # (French "dans un délai de quinze (15) jours ouvrables")
    r"(?:in|over|binnen|innerhalb(?:\s+von|\s+der\s+nächsten)?|in\s+den\s+nächsten|sous"
    r"|dans\s+un\s+délai\s+(?:maximum\s+|maximal\s+)?de|dans"
    r"|d'ici|en\s+los\s+próximos|en\s+las\s+próximas|dentro\s+de\s+(?:los|las)\s+próxim[oa]s"
    # "en un término de diez (10) días laborables", "en un plazo de 10 días hábiles"
    r"|en\s+(?:un|el)\s+(?:término|plazo)\s+(?:máximo\s+)?de|dentro\s+del\s+(?:término|plazo)\s+de"
    # Portuguese "no prazo de 5 dias úteis", "num prazo máximo de 10 dias úteis"
    r"|n[ou]m?\s+prazo\s+(?:máximo\s+)?de"
    r"|dentro\s+de|en|entro|nei\s+prossimi"
    r"|nelle\s+prossime|em|nos\s+próximos|nas\s+próximas|inom|innen|inden\s+for"
    r"|indenfor|om|w\s+ciągu|εντός|(?:μέσα\s+)?σε|(?:în|in)(?:\s+termen\s+de)?|timp\s+de"
    # Croatian "u roku od 10 radnih dana", Bulgarian "в рамките на 10 работни дни", "в срок
    # от", Indonesian "dalam (waktu) 7 hari kerja"
    r"|u\s+roku\s+od|(?:u\s+)?(?:narednih|sljedećih|idućih|sledećih)|у\s+року\s+од|в\s+рамките\s+на"
    r"|в\s+срок\s+от"
    r"|в\s+следващите|dalam(?:\s+waktu)?|per(?=\s+\d{1,2}\s+darbo\s+dien)|v\s+roku"
    # Ukrainian "протягом 15 робочих днів"
    r"|протягом|упродовж|впродовж|в\s+течение|не\s+позднее|do(?=\s+\d{1,2}\s+pracovných\s+dní))\s+(?:(?:de\s+)?(?:la|le|les|los|las|the)\s+|de\s+(?=\d))?"
    # "em até 5 dias úteis": at most, the far end
    r"(?:até\s+|hasta\s+)?"
)
_BUSINESS = (
    r"werkdag(?:en)?|werktag(?:en|e)?|arbeitstag(?:en|e)?|jours?\s+ouvr(?:és|ables)"
    r"|días?\s+(?:hábiles|laborables)|giorni\s+lavorativi|dias?\s+úteis|arbetsdagar"
    r"|arbeidsdager|arbejdsdage|virkedager|hverdage|dni\s+roboczych"
    r"|εργάσιμ(?:ων|ες|ης)\s+(?:ημερών|ημέρες|ημέρας|μέρες|μέρας)|zile\s+lucr[ăa]toare"
    r"|radn(?:ih|a)\s+dana|работни\s+(?:дни|дена)|hari\s+kerja|радних\s+дана|darbo\s+dien(?:ų|as|os)"
    r"|delovnih\s+dni|робочих\s+днів|робочі\s+дні|pracovných\s+dní|рабочих\s+дней"
)
_DAYS = (
    r"dagen|dag|tage[n]?|jours?|días|giorni|dias|dagar|dager|dage|dni|ημέρες|ημερών|μέρες|ημέρα"
    r"|zile|dana|дни|дена|hari|дана|днів|дні|дней"
)
_WEEKS = (
    r"weken|wochen|woche|semaines?|semanas?|settimane|veckor|vecka|uker|uke|uger|uge|tygodni"
    r"|εβδομάδες|εβδομάδων|εβδομάδα|săptămâni|saptamani|tjedna|tjedan|седмици|седмица|minggu"
    r"|тижнів|тижні"
)
SPAN_ABROAD = (
    _LEAD
    + _NUMBER
    + r"\s+(?:(?P<business>"
    + _BUSINESS
    + r")|(?P<days>"
    + _DAYS
    + r")|(?P<weeks>"
    + _WEEKS
    + r"))(?!\w)"
)
# ... and Turkish, the count first and "within" after it: "en geç 15 iş günü içinde"
# (and Azerbaijani: "15 iş günü ərzində", "20 (iyirmi) iş günü ərzində")
SPAN_AFTER = (
    r"(?:en\s+geç\s+)?"
    + _NUMBER
    + r"(?:\s*\([^\W\d_]+\))?\s+(?:(?P<business>iş\s+günü)|(?P<days>gün)"
    r"|(?P<weeks>hafta|həftə))\s+(?:içinde|içerisinde|zarfında|ərzində)(?!\w)"
)
# ... and Finnish, the count in the genitive and "within" after it: "kymmenen työpäivän
# kuluessa" (not a count from another day: "... kuluessa viimeisestä haastattelupäivästä")
_FINNISH_NUMBERS = {
    "yhden": 1, "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kuuden": 6,
    "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10, "viidentoista": 15,
}  # fmt: skip
SPAN_FINNISH = (
    r"(?P<n>\d{1,2}|" + "|".join(_FINNISH_NUMBERS) + r")\s+(?:(?P<business>työpäivän)"
    r"|(?P<days>päivän|vuorokauden)|(?P<weeks>viikon))\s+(?:kuluessa|sisällä|aikana)"
    r"(?!\s+(?:\w+\s+)?\w*(?:sta|stä)\b)"
)
# ... and Hungarian, "within" after the count: "10 munkanapon belül", "két héten belül"
_HUNGARIAN_NUMBERS = {
    "két": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7, "nyolc": 8, "kilenc": 9,
    "tíz": 10, "tizenöt": 15,
}  # fmt: skip
SPAN_HUNGARIAN = (
    r"(?P<n>\d{1,2}|" + "|".join(_HUNGARIAN_NUMBERS) + r")\s+(?:(?P<business>munkanap(?:on|ot)?)"
    r"|(?P<days>nap(?:on)?)|(?P<weeks>hét|héten|hete))\s+belül"
)
# ... and Latvian, "within" after the count: "10 darba dienu laikā" (not a count from another
# day: "... laikā pēc pēdējās intervijas")
SPAN_LATVIAN = (
    r"(?P<n>\d{1,2})\s+(?:(?P<business>darba\s+dienu)|(?P<days>dienu)|(?P<weeks>nedēļu))\s+laikā"
    r"(?!\s+(?:pēc|no)\b)"
)
# ... and Estonian, "within" after the count, a range's far end: "5–7 tööpäeva jooksul" (not a
# count from another day: "... jooksul pärast viimast vestlust")
SPAN_ESTONIAN = (
    r"(?:\d{1,2}\s*[-\u2013]\s*)?(?P<n>\d{1,2})\s+(?:(?P<business>tööpäeva)|(?P<days>päeva)"
    r"|(?P<weeks>nädala))\s+jooksul(?!\s+pärast\b)"
)
# ... and Georgian, "within" after the count: "20 სამუშაო დღის განმავლობაში" (within 20
# working days), "არაუგვიანეს 10 სამუშაო დღისა" (no later than 10 working days); not a count
# from another day ("გასაუბრების ჩატარებიდან ...", from the interview)
SPAN_GEORGIAN = (
    r"(?<!ჩატარებიდან\s)(?<!დღიდან\s)(?:არაუგვიანეს\s+)?(?P<n>\d{1,2})\s+(?:(?P<business>სამუშაო\s+დღ(?:ის|ისა))"
    r"|(?P<days>დღ(?:ის|ისა))|(?P<weeks>კვირის))(?:\s+(?:განმავლობაში|ვადაში)|(?<=ისა))(?!\w)"
)
# Every count word any of the patterns above takes, for reading its number.
_COUNT_WORDS = {**NUMBER_WORDS, **_FINNISH_NUMBERS, **_HUNGARIAN_NUMBERS}
# "in the next 48 hours": a count of whole days, the last one the day the hours end.
HOURS = (
    r"(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?P<hours>\d{2,3}|twenty-four"
    r"|forty-eight|seventy-two)\s+hours"
)
_HOUR_WORDS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
_WEEK_WORD = (
    r"(?:(?:in\s+)?(?:der\s+|de\s+la\s+|della\s+|van\s+|i\s+|w\s+)?(?:KW|kalenderwoche|vecka"
    r"|veckan|uke|uge|week|semaine|semana|settimana|tygodniu|v\.))"
)


def numbered_week(weekday: str) -> str:
    """The pattern of a weekday of a numbered week, with `weekday` a weekday pattern."""
    return weekday + r",?\s+" + _WEEK_WORD + r"\s*(?P<week>\d{1,2})(?!\d)"


def span_abroad(match: re.Match[str], said: _Said) -> date | str:
    word = match["n"].lower()
    count = int(word) if word.isdigit() else _COUNT_WORDS[word]
    after = said.after
    if match["business"]:
        if count > 100:
            return too_far(after)
        return add_business_days(after, count, said.holidays, said.weekend)
    days = count * (7 if match["weeks"] else 1)
    return too_far(after) if days > 183 else after + timedelta(days=days)


def in_hours(match: re.Match[str], after: date) -> date | str:
    said = match["hours"].lower()
    hours = _HOUR_WORDS.get(said) or int(said)
    return after + timedelta(days=math.ceil(hours / 24))


# A numbered week alone, news promised within it: "Du får besked under vecka 51", "in KW 51"
WEEK_ALONE = (
    r"(?:under|i|in|during|im\s+laufe\s+(?:der|von))\s+(?:vecka|veckan|uke|uge|week|KW|kalenderwoche)"
    r"\s*(?P<week>\d{1,2})(?!\d)"
    # Finnish: "viikon 51 loppuun mennessä", "viikon 51 aikana"
    r"|viikon\s+(?P<fiweek>\d{1,2})\s+(?:loppuun|lopussa|aikana)"
)


def friday_of_week(match: re.Match[str], after: date) -> date | str:
    """The Friday of ISO week `week`: the last working day of the week news is promised in."""
    week = match["week"] or match.groupdict().get("fiweek")
    for year in (after.year, after.year + 1):
        try:
            value = date.fromisocalendar(year, int(week), 5)
        except ValueError:
            return "is not a real week"
        if value >= after - timedelta(days=7):
            return value
    return "is not a real week"


def weekday_of_week(match: re.Match[str], after: date) -> date | str:
    """The weekday of ISO week `week`, this year or, when that is long past, the next."""
    weekday = WEEKDAYS[match["weekday"].lower()]
    week = int(match["week"])
    for year in (after.year, after.year + 1):
        try:
            value = date.fromisocalendar(year, week, weekday + 1)
        except ValueError:
            return "is not a real week"
        if value >= after - timedelta(days=7):
            return value
    return "is not a real week"
