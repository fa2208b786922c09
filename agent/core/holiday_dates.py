"""Dates named by a holiday: "after Thanksgiving", "after the holidays", "by Christmas".

The holidays are the person's country's public holidays, passed in as a mapping
from date to name (the caller reads them from its holiday calendar), so which
day "Thanksgiving" is depends on the country, and nothing here knows a date by
heart. A holiday the mapping does not hold is reported, never guessed.

Readings (each tested):

- "after <holiday>" is the first business day after the run of holidays it
  belongs to (holidays at most a week apart, such as Christmas and New Year),
  the Friday after a Thursday's holiday counting as part of it (people bridge
  it): the Monday after Thanksgiving, the Tuesday after Labor Day. That is the
  day they are back to decide; the check-in comes the morning after it. After a
  Wednesday's holiday ("after the Epiphany holiday (6 January)", "después de
  Reyes") it is the Thursday: employers from Limassol to Seville mean the next
  working day, and only a Thursday's Friday is bridged by everyone.
- Holidays are named in the employers' languages too ("dopo Natale", "après
  les fêtes", "después de Reyes", "nach Neujahr", "na de kerstvakantie"),
  and looked up by their English name in the calendar.
- "the holidays" (also "the holiday season", "winter break", "the new year")
  is the year-end run: the holidays from 20 December to 7 January.
- "by / before <holiday>", or the holiday named alone, is the day before the
  holiday's run starts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

# Spoken name -> a word the holiday calendar's name contains (case-insensitively).
_NAMES = {
    "thanksgiving": "thanksgiving",
    "christmas": "christmas",
    "xmas": "christmas",
    "new year": "new year",
    "easter": "easter",
    "labor day": "labo",
    "labour day": "labo",
    "memorial day": "memorial",
    "independence day": "independence",
    "fourth of july": "independence",
    "4th of july": "independence",
    "presidents day": "president",
    "columbus day": "columbus",
    "veterans day": "veteran",
    "martin luther king day": "martin luther king",
    "mlk day": "martin luther king",
    "juneteenth": "juneteenth",
    "boxing day": "boxing",
    "victoria day": "victoria",
    "canada day": "canada",
    "epiphany": "epiphany",
    # ... in the languages the person's employers write: the calendar's names are English
    "natale": "christmas",
    "noël": "christmas",
    "noel": "christmas",
    "navidad": "christmas",
    "weihnachten": "christmas",
    "kerst": "christmas",
    "kerstmis": "christmas",
    "natal": "christmas",
    "capodanno": "new year",
    "nouvel an": "new year",
    "jour de lan": "new year",
    "año nuevo": "new year",
    "neujahr": "new year",
    "nieuwjaar": "new year",
    "ano novo": "new year",
    "epifania": "epiphany",
    "befana": "epiphany",
    "épiphanie": "epiphany",
    "epiphanie": "epiphany",
    "reyes": "epiphany",
    "día de reyes": "epiphany",
    "dreikönigstag": "epiphany",
    "heilige drei könige": "epiphany",
    "heiligen drei könige": "epiphany",
    "pasqua": "easter",
    "pâques": "easter",
    "paques": "easter",
    "ostern": "easter",
    "pasen": "easter",
    "páscoa": "easter",
    "ferragosto": "assumption",
    # Romanian: "după 1 Decembrie", "după Crăciun", "după Anul Nou", "după Bobotează"
    "1 decembrie": "national day",
    "ziua națională": "national day",
    "ziua nationala": "national day",
    "crăciun": "christmas",
    "craciun": "christmas",
    "anul nou": "new year",
    "bobotează": "epiphany",
    # Croatian, Bulgarian, Indonesian
    "božić": "christmas",
    "božića": "christmas",
    "nova godina": "new year",
    "nove godine": "new year",
    "коледа": "christmas",
    "нова година": "new year",
    "tahun baru": "new year",
    "kalėdų": "christmas",
    "ziemassvētkiem": "christmas",
    "jaungada": "new year",
    "naujųjų metų": "new year",
    "boboteaza": "epiphany",
}
_SEASON = (
    r"holidays|holiday\s+(?:season|break|period)|winter\s+(?:break|holidays)|new\s+year"
    # ("we will be in a position to inform you after the festive season")
    r"|festive\s+(?:season|period|break|holidays)|christmas\s+(?:break|period|holidays)"
    # "dopo le feste", "après les fêtes (de fin d'année)", "después de las fiestas", "nach den
    # Feiertagen", "na de feestdagen / kerstvakantie", "depois das festas"
    r"|feste(?:\s+natalizie)?|fêtes(?:\s+de\s+fin\s+d['’]\s*année)?|fiestas(?:\s+navideñas)?"
    r"|feiertagen?|weihnachtsferien|feestdagen|kerstvakantie|festas(?:\s+de\s+fim\s+de\s+ano)?"
    r"|vacanze\s+(?:di\s+)?natal\w*|vacances\s+de\s+noël"
    # Romanian "după sărbători", "după sărbătorile de iarnă"
    r"|s[ăa]rb[ăa]tori(?:le)?(?:\s+de\s+iarn[ăa])?"
    # Croatian "nakon blagdana", Bulgarian "след празниците", Indonesian "setelah libur Natal
    # dan Tahun Baru", "setelah libur akhir tahun"
    r"|blagdan\w*|(?:коледните\s+)?празниците|празници"
    # Serbian "posle (novogodišnjih) praznika", "после празника"
    r"|(?:novogodišnj\w+\s+)?praznik\w*|(?:новогодишњ\w+\s+)?празник\w*"
    # Latvian "pēc svētkiem"
    r"|svētkiem|ziemassvētku\s+brīvdienām"
    # Slovene "po praznikih"
    r"|praznikih|božičnih\s+praznikih|novoletnih\s+praznikih"
    # Lithuanian "po švenčių"
    r"|švenčių|šventinio\s+laikotarpio"
    # Slovak "po sviatkoch", "po vianočných sviatkoch"
    r"|(?:vianočných\s+)?sviatkoch"
    r"|libur(?:an)?\s+(?:natal\s+(?:dan|&)\s+tahun\s+baru|akhir\s+tahun|nataru)"
)
_SPOKEN = (
    r"(?P<holiday>"
    + _SEASON
    + r"|thanksgiving|christmas|xmas|easter|juneteenth|epiphany|new\s+year'?s?(?:\s+day)?"
    r"|(?:labou?r|memorial|independence|presidents'?|columbus|veterans'?|boxing|victoria"
    r"|canada|mlk|martin\s+luther\s+king(?:\s+jr\.?)?)\s+day|(?:the\s+)?(?:4th|fourth)\s+of\s+july"
    r"|natale|noël|noel|navidad|weihnachten|kerstmis|kerst|natal|capodanno|nouvel\s+an"
    r"|jour\s+de\s+l['’]\s*an|año\s+nuevo|neujahr|nieuwjaar|ano\s+novo|epifania|befana"
    r"|[ée]piphanie|(?:día\s+de\s+)?reyes|dreikönigstag|heilige(?:n)?\s+drei\s+könige|pasqua"
    r"|p[âa]ques|ostern|pasen|páscoa|ferragosto"
    r"|1\s+decembrie|ziua\s+na[țţt]ional[ăa]|cr[ăa]ciun|anul\s+nou|bobotez[ăa]"
    # Croatian "nakon Božića", "nakon Nove godine"; Bulgarian "след Коледа", "след Нова година";
    # Indonesian "setelah Tahun Baru"
    r"|božić\w*|nov[ea]\s+godin\w*|коледа|нова\s+година|tahun\s+baru|kalėdų|naujųjų\s+metų"
    r"|ziemassvētkiem|jaungada"
    # the next day off, whatever its name: "I'll be back to you after the bank holiday"
    r"|bank\s+holiday|public\s+holiday)"
    r"(?:\s+(?:break|holidays?|weekend|day|eve|season|period|time))?"
)
SPOKEN_HOLIDAY = _SPOKEN
# "after" with its article, in the person's employers' languages: "dopo l'Epifania", "après
# les fêtes", "después de Reyes", "nach Neujahr", "na de kerstvakantie", "depois do Natal"
_AFTER = (
    r"(?:after|following|past|post-?|dopo|après|apres|después\s+de|despues\s+de|tras|nach|na"
    r"|depois\s+d(?=[oae]s?\b)|após|după|dupa|nakon|poslije|posle|после|след|setelah|sesudah|usai"
    r"|po(?=\s+(?:švenčių|Kalėdų|Naujųjų|šventinio|praznikih|božičnih|novoletnih|sviatkoch"
    r"|vianočných))"
    r"|pēc(?=\s+(?:svētkiem|Ziemassvētkiem|Jaungada|ziemassvētku)))"
)
_ARTICLE = (
    r"(?:(?:the|il|lo|la|le|les|las|los|el|den|dem|der|de|het|os|as)\s+|l['’]\s*"
    r"|(?<=d)(?:[oa]s?|e)\s+)?"
)
# "right after": the day after the holiday, without the bridge ("subito dopo l'Epifania")
_RIGHT = r"(?P<right>right|immediately|just|subito|juste|justo|gleich|direkt|meteen|logo)\s+"
AFTER_HOLIDAY = r"(?:until\s+|till\s+)?(?:" + _RIGHT + r")?" + _AFTER + r"\s*" + _ARTICLE + _SPOKEN
BEFORE_HOLIDAY = r"(?:(?:by|before|ahead\s+of|prior\s+to)\s+)?(?:the\s+)?" + _SPOKEN
BEFORE_HOLIDAY_SAID = r"(?:by|before|ahead\s+of|prior\s+to)\s+(?:the\s+)?" + _SPOKEN

_RUN_GAP = timedelta(days=8)  # Christmas and New Year's Day are one run
_NEXT_ONE = "\x00next"  # "the bank holiday": whichever comes next


_LEADING_ARTICLE = r"^(?:(?:the|il|lo|la|le|les|las|los|el|den|dem|der|de|het|os|as) |l'\s*)"


def _key(spoken: str) -> str | None:
    """The calendar word for a spoken holiday name, or None for the year-end season."""
    words = re.sub(r"\s+", " ", spoken.lower().replace("’", "'")).strip()
    words = re.sub(_LEADING_ARTICLE, "", words)
    if re.fullmatch(_SEASON, words):
        return None
    words = words.replace("'", "")
    if re.fullmatch(r"(?:bank|public) holiday(?: weekend)?", words):
        return _NEXT_ONE
    words = re.sub(r" (?:break|holidays?|weekend|eve|season|period|time)$", "", words)
    words = re.sub(r"^new years?(?: day)?$", "new year", words)
    words = re.sub(r"^martin luther king(?: jr\.?)? day$", "martin luther king day", words)
    words = re.sub(r"^(presidents|veterans) day$", r"\1 day", words)
    words = re.sub(r"^(?:the )?(?:4th|fourth) of july$", "fourth of july", words)
    if words in _NAMES:
        return _NAMES[words]
    return _NAMES.get(words.removesuffix(" day"), words)


# Holidays of a moving lunar calendar: one that falls a few days after New Year ("Isra' and
# Mi'raj" on 5 January 2027) is no part of the year-end run, so "setelah libur Natal dan Tahun
# Baru" ends with New Year's Day; a run that starts at one of them (Eid and its days) keeps them.
_LUNAR = re.compile(
    r"isra|mi'?raj|eid|islamic|hijri|muharram|prophet|mawlid|maulid|ramadan|ashura|lunar"
    r"|chinese\s+new\s+year|hanukk?ah|diwali|deepavali|vesak|waisak|nyepi",
    re.IGNORECASE,
)


def _run(start: date, holidays: Mapping[date, str]) -> tuple[date, date]:
    """The run of holidays `start` belongs to, going forward."""
    lunar = bool(_LUNAR.search(holidays.get(start, "")))
    days = sorted(d for d in holidays if d >= start and (lunar or not _LUNAR.search(holidays[d])))
    end = start
    for day in days:
        if day - end > _RUN_GAP:
            break
        end = max(end, day)
    return start, end


def _anchor(key: str | None, holidays: Mapping[date, str], after: date) -> date | None:
    """The first holiday with that name from about when the date was said."""
    since = after - timedelta(days=14)  # "after the holidays", said during them
    if key == _NEXT_ONE:  # "after the bank holiday": the next one, within three weeks
        found = [d for d in holidays if after <= d <= after + timedelta(days=21)]
    elif key is None:
        found = [
            d
            for d in holidays
            if d >= since and ((d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 7))
        ]
    else:
        found = [d for d, name in holidays.items() if d >= since and key in name.casefold()]
    return min(found) if found else None


def after_holiday(spoken: str, holidays: Mapping[date, str], after: date) -> date | str:
    """The day by which "after <spoken>" has passed; see the module docstring."""
    anchor = _anchor(_key(spoken), holidays, after)
    if anchor is None:
        return _missing(spoken, holidays)
    _, end = _run(anchor, holidays)
    # the bridge day: only the one day between a Thursday's holiday and the weekend
    # (not after a closure the employer gave: "closed until Wednesday 6 January" is back on the 7th)
    bridged = holidays.get(end) != "closed"
    if bridged and end.weekday() == 3:
        end += timedelta(days=4 - end.weekday())
    day = end + timedelta(days=1)
    while day.weekday() >= 5 or day in holidays:
        day += timedelta(days=1)
    return day


def before_holiday(spoken: str, holidays: Mapping[date, str], after: date) -> date | str:
    anchor = _anchor(_key(spoken), holidays, after)
    if anchor is None:
        return _missing(spoken, holidays)
    return anchor - timedelta(days=1)


def _missing(spoken: str, holidays: Mapping[date, str]) -> str:
    if not holidays:
        return "names a holiday, and no holiday calendar is known (set policy.country)"
    return f"names a holiday ({' '.join(spoken.split())}) that is not in the holiday calendar"
