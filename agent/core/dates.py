"""Dates people write: in notes ("decision: Thursday") and in employers' replies.

A date that cannot be read is reported with an error, never guessed: a wrong
check-in date does more harm than asking the person to write it again. Every
form is read relative to `after`, the day the date was said (the interview's
day for notes, the day a reply arrived), so nothing here reads the clock.

Readings chosen where English is loose (each one is tested):

- A weekday ("Thursday", "by thu", "this Thursday", "next Thursday") is the
  first such day strictly after `after`; on a Thursday, "Thursday" is a week
  later. "next Thursday" follows the same rule because, said on a Tuesday, it
  mostly means the coming one; "Thursday next week" names the later one.
- Month and day without a year ("Nov 24"): the first such date on or after
  `after`, so "January 5" said in December is next year.
- Numbers only ("11/24", "24.11."): by the person's locale (`month_first`,
  from their country: "12/5" is December 5 in the US, 12 May in Europe); with
  no locale known, read only when a single reading is a date (one side above
  12, or both sides equal), and "5/6" is reported as ambiguous. Two-digit
  years are 20xx. In prose "2/3 of" is a fraction.
- "end of (this|the) week", "EOW" is this week's Friday (next Friday when said
  on a weekend); "next week" and "end of next week" are Friday of next week (the day
  by which they will have decided); "beginning of next week" is its Monday,
  "early next week" its Tuesday (early spans Monday and Tuesday, and the
  check-in comes the morning after), "mid next week" its Wednesday.
- Parts of a month: "early January" (and "beginning of") is the 10th, "mid-"
  the 15th, "late" and "end of" the last day: the day by which that part has
  passed, so the check-in the morning after never comes before what they said.
- Holidays ("after Thanksgiving", "after the holidays", "by Christmas") are
  looked up in the `holidays` mapping of the person's country: see
  `holiday_dates`.
- Ranges ("a week or two", "2-3 weeks", "7-10 business days") take the later
  end; "a couple" is two; business days skip weekends and the holidays given.
- Bounds, one for every form: a date before the day it was said, or more than
  six months after it (`MAX_AHEAD`: "2062-12-04", "in 200 weeks"), is reported
  as a problem and not used.
- "a few days", "soon", "not sure", "" name no date: DateMention(text, None)
  with no error, and the one-week rule applies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from agent.core.cjk import CJK_CHARS, has_cjk
from agent.core.clock import WEEKEND
from agent.core.date_counts import NUMBER_WORDS
from agent.core.date_forms import (
    MAX_AHEAD,
    Said,
    is_numeric,
    needs_deadline,
    note_forms,
    prose_forms,
    too_far,
)
from agent.core.date_words import WEEKDAYS
from agent.core.days_off import public_holidays
from agent.core.holiday_dates import AFTER_HOLIDAY
from agent.core.model import DateMention

__all__ = ["HINT", "MAX_AHEAD", "find_date", "parse_date"]

HINT = "write it like 'Thursday', 'Nov 24' or '2026-11-24'"
_LONGEST_FORM = 100  # no date form is longer; longer text is reported at once
_FREE_TEXT_LIMIT = 20_000

_NO_DATE = re.compile(
    r"(?:(?:in|within)\s+)?(?:the\s+)?(?:next\s+|coming\s+)?(?:a\s+)?few\s+(?:more\s+)?"
    r"(?:days|weeks)|(?:in\s+)?the\s+coming\s+(?:days|weeks)|(?:very\s+)?soon|asap|shortly"
    r"|as\s+soon\s+as\s+possible|no\s+date|not\s+sure|unsure|unknown|no\s+idea|none|tbd|tba"
    r"|don'?t\s+know|(?:they\s+|he\s+|she\s+)?didn'?t\s+say|not\s+(?:given|said|mentioned)|n/?a|-+|\?+|",
    re.IGNORECASE,
)
_LEADING_WORDS = re.compile(
    r"^(?:by|on|before|until|till|til|around|about|approximately|no\s+later\s+than"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+)?day(?:\s+on)?|eod|cob|close\s+of\s+business)\s+(?=\S)",
    re.IGNORECASE,
)
_TRAILING_WORDS = re.compile(
    r"\s+(?:at\s+the\s+latest|latest|eod|cob|end\s+of\s+(?:the\s+)?day|close\s+of\s+business"
    r"|(?:in\s+the\s+)?(?:morning|afternoon|evening)|night|(?:at\s+)?noon"
    r"|(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|at\s+\d{1,2}(?::\d{2})?|\d{1,2}:\d{2})$",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def _shown(text: str) -> str:
    """The text as quoted back in an error: one line, bounded."""
    flat = re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
    return flat if len(flat) <= 60 else flat[:57] + "..."


def _mention(text: str, value: date | str, after: date) -> DateMention:
    if isinstance(value, date):
        if value < after:
            value = f"is before {after:%d %b %Y}, the day it was said"
        elif value - after > MAX_AHEAD:
            value = too_far(after)
        else:
            return DateMention(text, value)
    return DateMention(text, None, f"'{_shown(text)}' {value}; {HINT}")


def _not_understood(text: str) -> DateMention:
    return DateMention(text, None, f"could not understand the date '{_shown(text)}'; {HINT}")


def _normalize(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
    return text.strip(" \"'()[]<>,;:!.")


# --------------------------------------------------------------------------- public


def parse_date(
    text: str,
    *,
    after: date,
    month_first: bool | None = None,
    holidays: Mapping[date, str] | None = None,
) -> DateMention:
    """Read a date the person wrote in a note; see the module docstring for the forms.

    `month_first` says how "12/5" reads (None: only unambiguous numbers read);
    `holidays` (date -> name, the person's country) is what "after Thanksgiving"
    is looked up in.
    """
    said = Said(after, month_first, holidays or {})
    return _parse(text, said)


def _parse(text: str, said: Said) -> DateMention:
    text = text.strip()
    value = _normalize(text)
    if len(value) > _LONGEST_FORM:
        return _not_understood(text)
    for _ in range(3):  # "by end of day Thursday at 5pm": peel a few layers of wording
        value = _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", value)).strip(" ,")
    if _NO_DATE.fullmatch(value):
        return DateMention(text, None)
    for form in note_forms():
        match = form.pattern.fullmatch(value)
        if match:
            return _mention(text, form.value(match, said), said.after)
    either = re.fullmatch(r"(.+?)\s+or\s+(.+)", value, re.IGNORECASE)
    if either:  # "Thursday or Friday": both must read, and the later one is when they decide
        first, second = (_parse(part, said) for part in either.groups())
        if first.value and second.value:
            return DateMention(text, max(first.value, second.value))
    return _not_understood(text)


# A day said again more exactly: "by EOW - so by Wednesday, December 23", "(i.e. Friday 4th)".
# ... or after a dash: "by the Tuesday after New Year's - January 5".
_RESTATED = re.compile(
    r"(?:\bso|\bi\.e\.|\bthat\s+is|\bthat's|\bmeaning|\byani)[,\s]*(?:by|on|en\s+geç)?\s*$"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.!?\n]{0,40}\s[-\u2013\u2014]\s*$"
    # a holiday, then the day it means: "après les fêtes, début janvier"
    r"|\b" + AFTER_HOLIDAY + r"\s*[,\u2013\u2014-]\s*$",
    re.I,
)
# Hearing back in Dutch, Portuguese and Czech, which both cues below read: "uitsluitsel",
# "we laten je weten", "je krijgt volgende week antwoord", "vamos bater o martelo" (decide),
# "Rozhodnutí ti dáme vědět", "rozhodneme až začátkem ledna", "Finální slovo ti dáme".
_HEARING_BACK_ABROAD = (
    r"beslissing|uitsluitsel|knoop\s+door\w*|hoort|horen|hoor"
    r"|(?:laten|laat)\s+(?:[\w']+\s+){0,6}weten|(?:krijg\w*|geven|sturen|ontvang\w*)\s+(?:[\w']+\s+){0,8}"
    r"antwoord|(?:ontvang\w*|krijg\w*)\s+(?:je|jij|u)\s+(?:\w+\s+)?bericht|af\s+te\s+ronden|afronden"
    r"|antwoord\s+van\s+(?:ons|mij)|(?:maken|maakt|gemaakt)\s+(?:\w+\s+){0,3}keuze|resposta|decisão"
    r"|bater\s+o\s+martelo"
    r"|rozhod\w*|(?:dáme|dám)\s+(?:\w+\s+){0,3}vědět|ozveme|ozvu|(?:finální|konečné)\s+slovo"
    r"|odpověď|výsled\w*"
    # Croatian "odluku ćemo Vam javiti", "javit ćemo Vam se", "odluka će pasti"; Bulgarian
    # "решението ще бъде взето", "ще Ви отговорим", "очакват да решат"
    r"|odluk\w*|jav(?:it|iti|imo|ljam)\b|obavijest\w*|odgovor\w*"
    r"|решени\w*|решат|решим|отговор\w*|отговорим|уведом\w*|свържем"
    # Serbian, in both scripts: "javićemo ti se", "odluku ... donećemo", "одлуку ... донећемо"
    r"|javić\w*|donećemo|doneti\s+odluk\w*|одлук\w*|јавић\w*|донећемо|одговор\w*"
    # Lithuanian "Sprendimą priimsime", "Atsakymą Jums pateiksime", "informuosime"
    r"|sprendim\w*|atsakym\w*|informuos\w*|parašysiu|praneš\w*"
    # Slovene "odločitev bomo sprejeli", "Odgovor vam bomo poslali", "vas pokličem"
    r"|odločitev|odločil\w*|odgovor|sporočil\w*|obvestil\w*|pokličem"
    # Latvian "lēmumu pieņemsim", "Gala ziņu Jums sniegsim", "sazināsimies"
    r"|lēmum\w*|ziņ\w*|sazināsimies|uzrakstīšu"
    # Ukrainian "Відповідь дамо до ...", "Рішення ухвалимо", "повідомимо Вас"; Estonian
    # "lõpliku otsuse teeme", "Anname Teile tagasisidet", "teavitame"
    r"|рішенн\w*|відповід\w*|повідомимо|напишу|вирішим\w*|ухвалимо"
    r"|otsus\w*|tagasisid\w*|vastus\w*|teavitame|teada"
    # Slovak "Konečnú odpoveď Vám pošlem", "ozvem sa", "Výsledok Vám oznámime"
    r"|odpove\w*|ozvem\w*|oznámime|rozhodn\w*|rozhodnúť"
    # Russian "о результатах мы сообщим Вам", "дадим ответ", "свяжемся" (its "решение" above)
    r"|сообщ\w*|ответ\w*|результат\w*|свяжемся|дадим\s+знать"
    # ... and the approval a decision waits on: "согласование занимает не более 10 рабочих дней"
    r"|согласовани\w*|утвержд\w*"
    # Azerbaijani "qərar verəcəklər", "cavab verəcəklər", "nəticələri ... bildirilir"
    r"|qərar\w*|cavab\w*|nəticə\w*|bildiril\w*"
)
_CUE = re.compile(
    r"\b(?:decid\w*|decision\w*"
    r"|(?<!let me )(?<!let us )(?<!to )(?<!letting me )(?<!letting us )know|hear\w*|get\s+back"
    # Indian English "will revert on the status by ..." (not the person's "Kindly revert by
    # Tuesday": theirs to do)
    r"|back\s+to\s+you|(?<!kindly\s)(?<!please\s)revert"
    # (not the person's "updated CV" to send)
    r"|in\s+touch|update\w*(?!\s+(?:zoom|teams|meet|meeting|calendar|invite|invitation|link|time"
    r"|location|address|cv|resume|résumé|copy|version|portfolio|document|references))|selection|come\s+back"
    r"|news|answer|respond|response|reach\s+out|finali[sz]\w*|conclu\w*|wrap\w*|outcomes?"
    r"|feedback|offers?|(?<!salary\s)(?<!pay\s)(?<!compensation\s)expect(?:s|ed|ing|ations?)?\b|anticipat(?:e|es|ed|ing)\b|timeline|time\s*frame|follow(?:ing)?[\s-]+up|circle\s+back"
    r"|touch\s+base|contact\s+you|let\s+you\s+know|reach\w*|review\w*|process"
    # "close the loop with every candidate within 15 working days of their panel interview"
    r"|close\s+the\s+loop"
    # "they will confirm their choice within 7 business days after that last interview"
    r"|(?:confirm|make|announce)\w*\s+(?:their|our|the|a|my|its)\s+(?:final\s+)?(?:choice|selection)"
    r"|(?:phone|call|ring|text|e-?mail)\s+(?:you|everyone|all\s+(?:the\s+)?(?:candidates|applicants))"
    r"|calling\s+(?:you|everyone|everybody|all\s+(?:the\s+)?(?:candidates|applicants))"
    r"|(?:give|drop)\s+you\s+a\s+(?:shout|bell|line|buzz)"
    # German, French, Spanish, Italian, Dutch, Portuguese
    r"|entscheid\w*|\w+entscheidung\w*|melden|rückmeldung|bescheid|décision|décid\w*|réponse|répond\w*|revien\w*|revenons|revenir"
    r"|communiqu\w*|résultat\w*"  # "communiquer les résultats ... au plus tard le 11 décembre"
    r"|retour|(?:make|made|making)\s+(?:a|the|our|their|my)\s+(?:final\s+)?call|our\s+call"
    r"|decisión|decision|respuesta|decidir|noticias|decisione|risposta|faremo\s+sapere"
    # "que la resolución provisional se publique el lunes 11 de enero" (not "se ha publicado")
    r"|se\s+publique|se\s+publicar[áa]n?"
    r"|(?:te|le|les)\s+(?:aviso|avisamos|avisaremos|avisaré)"
    r"|(?:te|le|les|lhe|lhes)\s+(?:confirmo|confirmamos|confirmaremos|confirmaré)\b"
    r"|riscontro|esito|comunic\w*|aggiorn\w*|(?:ti|le|vi)\s+scriver\w*|chiud\w*\s+(?:la\s+)?selezione"
    r"|hören|uitkomst|terugkoppeling|(?<!kindly\s)(?<!please\s)revert|notif\w*|"
    + _HEARING_BACK_ABROAD
    # information, but not the practical kind ("visitor info", "joining information")
    + r"|(?<!visitor\s)(?<!practical\s)(?<!travel\s)(?<!parking\s)(?<!joining\s)(?<!access\s)"
    r"(?<!login\s)(?<!dial-in\s)(?<!venue\s)(?<!arrival\s)(?<!of\s)info(?:rmation)?"
    # "we'll inform you", "informeren", "informaremos"; other languages' noun ("praktische
    # informatie voor vrijdag") is about the day, not a decision
    r"|inform(?!atie|ation|azion|aci[oó]n|a[cç][aã]o|a[cç][õo]es)\w*"
    r"|contact\w*|contato|retorno|escribir\w*|result\w*|intimat\w*|communicat\w*"
    # Swedish, Norwegian, Danish, Polish
    r"|beslut\w*|besked|beskjed|hører|høre|hör|återkomm\w*|svar\w*|tilbakemelding|tilbagemelding|vender\s+tilba\w+"
    r"|återkoppling"
    r"|decyzj\w*|odpowied\w*|odezw\w*|informacj\w*|przekaż\w*|kontakt\w*"
    # "Rozstrzygnięcie konkursu nastąpi na początku stycznia", "dadzą znać do końca miesiąca"
    r"|rozstrzygnięci\w*|da(?:dzą|m|my|ją)\s+znać|besluit\w*|graduatoria"
    # "te diremos algo el viernes 11/12", "La propuesta de contratación ... se hará pública el
    # lunes 21/12/2026"
    r"|diremos\s+algo|decimos\s+algo|propuesta\s+de\s+contratación"
    # "quieren cerrar el proceso antes del 23-12-2026", "la idea es cerrar la búsqueda antes de
    # fin de mes", "la definición de la búsqueda quedó para principios de enero"
    r"|cerrar\s+(?:el\s+proceso|la\s+búsqueda)|definición"
    # Catalan: "no ha pres cap decisió", "farà pública la proposta", "la resolució ... es
    # publiqui", "et direm alguna cosa", "us informarem"
    r"|decisió|resolució|far[àa]\s+pública|es\s+publiqu\w*|es\s+publicar[àa]|(?:et|us)\s+dir(?:em|é)"
    r"|(?:et|us)\s+informar\w*|proposta\s+de\s+contractació"
    # Czech (more above) and Finnish
    r"|sdělíme|päätös\w*|palaamme|ilmoitamme|oznámíme"
    # ... "Teemme päätöksen", "saat tiedon", "luvataan kertoa", "palata asiaan", "ilmoitetaan"
    r"|päätö\w*|kerto\w*|kerron|tiedon|ilmoit\w*|palata|palaa\w*"
    # Slovak "rozhodnutie oznámime"; Portuguese "a devolutiva" (the employer's answer)
    r"|oznámime|devolutiva"
    # "o Sérgio ficou de me dar uma posição até terça que vem (22/12)"
    r"|dar\s+(?:uma\s+)?posição"
    # "will confirm the shortlist for the final interviews by Monday 7 December" (not "please
    # confirm your attendance by Friday": the person's own deadline)
    r"|(?:we|I)(?:'ll|\s+will|\s+shall)\s+confirm"
    r"|confirm\s+(?:the\s+|our\s+)?(?:shortlist|outcome|decision|result|next\s+steps)"
    # Turkish and Afrikaans
    r"|sonu[cç]\w*|bildir\w*|ilet\w*|karar\w*|dönüş\w*|dönece\w*|bilgi\s+ver\w*|haber\s+ver\w*"
    r"|laat\s+weet|terugvoer|besluit\w*"
    # Swahili: "tutakujulisha" (we will let you know), "majibu", "uamuzi", "matokeo"
    r"|\w*julisha|majibu|uamuzi|matokeo"
    r"|uitslag|uitkoms"
    # Hebrew "נחזור אלייך" (we'll get back to you), "החלטה", "תשובה"; Vietnamese "phản hồi",
    # "kết quả", "quyết định", "thông báo"
    r"|נחזור|נעדכן|נודיע|החלטה|תשובה|phản\s+hồi|kết\s+quả|quyết\s+định|thông\s+báo"
    # Indonesian and Malay: "mengabari", "menghubungi", "keputusan", "hasil", "maklum balas"
    r"|mengabari|mengabarkan|menghubungi|menginformasikan|keputusan|hasil|maklum\s+balas"
    r"|memaklumkan|dimaklumkan|kabar"
    # Greek "θα σας ενημερώσουμε για το αποτέλεσμα"; Romanian "vă anunțăm decizia", "revenim";
    # Hungarian "jelentkezünk", "döntés", "értesítjük"; Arabic "هنرد على حضرتك", "القرار"
    r"|ενημερ\w*|αποτέλεσμα|απόφαση|απάντησ\w*|επικοινων\w*|θα\s+σ(?:ου|ας)\s+πω|decizi\w*|răspuns\w*|revenim|anunț\w*"
    r"|jelentkez\w*|döntés\w*|dönt\w*|értesít\w*|visszajelz\w*|eredmény\w*"
    r"|قرار|القرار|نرد|هنرد|سنرد|نبلغك|سنبلغك|نتيجة|النتيجة|نتواصل|سنتواصل|هنتواصل"
    # Georgian "პასუხს დაგვპირდნენ" (they promised an answer), "გადაწყვეტილება", "შედეგები",
    # "ეცნობება" (will be informed)
    r"|პასუხ\w*|გადაწყვეტილებ\w*|შედეგ\w*|ეცნობება|გაცნობებთ"
    # Armenian "որոշում" (a decision), "արդյունքները" (the results), "տեղեկացնում" (informs)
    r"|որոշում\w*|արդյունքներ\w*|տեղեկացն\w*"
    # Amharic "ውጤት" (the result), "ውሳኔ" (the decision), "ይገለጻል" (will be made known)
    r"|ውጤት\w*|ውሳኔ\w*|ይገለጻል)\b"
    # Japanese, Korean and Chinese, which no word boundary separates: "結果につきましては",
    # "ご連絡いたします", "결과는 ... 안내드리겠습니다", "通知您结果"
    r"|結果|合否|連絡|通知|결과|연락|안내|통보|结果|联系|答复|答覆|回复|回覆|消息",
    re.IGNORECASE,
)
# The cues that are about the decision itself, as against its process ("one more finalist
# going through the process this week, and we'll make the call right after Thanksgiving"),
# and the promise to tell the person ("they meet on Friday, and I'll phone you on Monday").
_DECIDING = re.compile(
    r"\b(?:decid\w*|decision\w*"
    r"|(?<!let me )(?<!let us )(?<!to )(?<!letting me )(?<!letting us )know|hear\w*|get\s+back"
    r"|back\s+to\s+you"
    r"|(?:phone|call|ring|e-?mail|text|write\s+to)\s+(?:you|everyone|all\s+(?:the\s+)?(?:candidates"
    r"|applicants))|(?:give|drop)\s+you\s+a\s+(?:shout|bell"
    r"|line|buzz)"
    r"|news|answer|outcome|feedback|offers?|respond|response|selection|come\s+back"
    r"|(?:make|made|making)\s+(?:a|the|our|their|my)\s+(?:final\s+)?call|our\s+call"
    r"|entscheid\w*|bescheid|rückmeldung|décision|réponse|decisión|respuesta|decisione|risposta|esito"
    r"|beslut\w*|besked|"
    + _HEARING_BACK_ABROAD
    + r"|tilbakemelding|tilbagemelding|svar\w*|decyzj\w*|odpowied\w*|päätö\w*|kerto\w*|tiedon"
    r"|devolutiva)\b",
    re.IGNORECASE,
)
# "At the latest" and "before" as a deadline, in the languages replies come in: German
# "spätestens", Swahili "kufikia", French "au plus tard", Vietnamese "chậm nhất", Hebrew
# "עד", Indonesian and Malay "paling lambat", "sebelum"; Greek "έως την", "μέχρι τις";
# Romanian "până (pe|la)", "cel târziu"; Hungarian "legkésőbb"; Arabic "في موعد أقصاه
# يوم", "قبل", "بحلول".
_AT_THE_LATEST = (
    r"(?:bis\s+)?spätestens(?:\s+(?:am|bis|zum))?|cob|eod|close\s+of\s+(?:business|play)(?:\s+on)?"
    r"|kufikia|kabla\s+ya|a\s+más\s+tardar(?:\s+el)?|como\s+muy\s+tarde(?:\s+el)?"
    r"|au\s+plus\s+tard(?:\s+le)?|chậm\s+nhất(?:\s+(?:vào|là))?|trước|עד"
    r"|paling\s+lambat(?:\s+(?:pada\s+)?(?:hari\s+)?)?|sebelum(?:\s+hari)?|selewat-lewatnya"
    r"|en\s+geç|najpóźniej(?:\s+do)?"  # Turkish: "En geç 11.12.2026 Cuma günü size bilgi vereceğiz"
    r"|(?:έως|μέχρι)(?:\s+(?:την|το|τις|τη))?|până(?:\s+(?:pe|la|în))?|cel\s+(?:mai\s+)?târziu"
    r"(?:\s+(?:pe|la|până\s+la))?|legkésőbb|najkasnije(?:\s+do)?|не\s+по-късно\s+от|до"
    r"|ne\s+vėliau\s+kaip|iki|najkasneje(?:\s+do)?|līdz|ten\s+laatste(?:\s+op)?|(?:في\s+موعد\s+)?أقصاه(?:\s+يوم)?|(?:قبل|بحلول)(?:\s+يوم)?"
)
_DEADLINE_WORD = re.compile(
    r"\b(?:by|before|until|till|on|no\s+later\s+than|around|end\s+of|close\s+of|bis(?:\s+zum|\s+am)?"
    r"|avant(?:\s+le)?|d'ici(?:\s+le)?|antes\s+del?|hasta\s+el|entro\s+il|voor|até"
    r"|senast(?:\s+den)?|innan|före|innen|inden|do|przed|uiterlijk|entro|até\s+(?:[àa]|o)"
    r"|teen|voor\s+of\s+op|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|business)"
    r"|pada(?:\s+hari)?|" + _AT_THE_LATEST + r")\s*$",
    re.I,
)
# A deadline said outright ("by", "before"), as against "on", which also names when other
# things happen ("one more interview on Monday, so you'll hear by Wednesday").
_FIRM_DEADLINE = re.compile(
    # (Swiss German "bis am 22.12.")
    r"\b(?:by|before|until|till|no\s+later\s+than|bis(?:\s+zum|\s+am)?|avant(?:\s+le)?|d'ici(?:\s+(?:le|la|au|à\s+la))?"
    r"|antes\s+del?|hasta\s+el|entro(?:\s+il)?|até(?:\s+(?:ao|a|o))?(?:\s+dia)?|senast(?:\s+den)?|senest|innan|innen|inden|do|przed"
    r"|uiterlijk(?:\s+op)?(?:\s+de)?|nejpozději\s+do|nejpozději|teen"
    r"|by\s+close\s+of\s+(?:play|business)(?:\s+on)?"
    r"|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|business)|" + _AT_THE_LATEST + r")\s*$",
    re.I,
)
# A date something starts on ("starting Monday I'm moving over to ..."), or one already
# past: neither is when a decision comes.
_PAST_WORD = re.compile(
    r"\b(?:earlier|last|past|previous|since|ago|starting|beginning|effective|as\s+of|letzten?"
    r"|vorige[n]?|förra|sidste|forrige"
    # German "Ihre Rückmeldung vom Samstag": from a day gone by; English "feedback from today"
    r"|vom|(?:feedback|notes|update|news)\s+from)\s*$",
    re.IGNORECASE,
)
# ... or said to be past after it: "vendredi passé", "el viernes pasado", "venerdì scorso"
_PAST_AFTER = re.compile(
    r"^\s+(?:passée?|derni(?:er|ère)|pasad[oa]|scors[oa]|passad[oa]|last)\b", re.IGNORECASE
)
# When someone is away or back ("Rupert is out of the office until next week, so
# we should have a decision on 03/12"): the decision's date is the other one.
# A closure's days, not a decision's, nor a holiday's: "da die Universität von 24.12.2026
# bis 6.1.2027 geschlossen ist", "fermé du 24 décembre au 4 janvier".
# "... es feriado", "... is a bank holiday", "... ist ein Feiertag": the day before it is one
_IS_A_HOLIDAY = (
    r"\s+(?:es|is|ist|est|è|é)\s+(?:a\s+|ein\s+|un\s+)?(?:(?:public|bank)\s+)?(?:feriado|festivo"
    r"|holiday|feiertag|férié|jour\s+férié|día\s+festivo|giorno\s+festivo"
    # "bearing in mind that Friday 25th December is Christmas Day and our offices will be closed"
    r"|christmas(?:\s+day)?|boxing\s+day|new\s+year'?s\s+day)\b"
)
# ... or a weekday said to be one: "Monday is the St Andrew's Day bank holiday here"
_WEEKDAY_OFF = re.compile(
    r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday)\s+is\s+(?:the\s+|a\s+)?"
    r"(?:[\w.'’]+\s+){0,4}?(?:bank|public)\s+holiday\b",
    re.IGNORECASE,
)
# ... and in German, the verb last: "dass der Dienstag, 8. Dezember (Mariä Empfängnis), bei
# uns ein Feiertag ist", "dass bei uns auch der 24. und der 31. Dezember keine Arbeitstage sind"
_SHUT_VERB_LAST = (
    # (after the weekday alone too: "Dienstag" of "Dienstag, 8. Dezember")
    r"|(?:,?\s+\d{1,2}\.\s*[A-Za-zä]+)?(?:\s*\([^()\n]{1,40}\))?,?(?:\s+bei\s+uns)?(?:\s+auch)?"
    r"\s+(?:ein\s+Feiertag\s+ist"
    r"|keine?\s+Arbeitstage?\s+(?:ist|sind)|geschlossen\s+(?:ist|bleibt|sind|bleiben))\b"
)
_CLOSED_THEN = re.compile(
    r"(?:\s+(?:bis|to|until|au|al|tot|do)\s+[\w.,]+(?:\s+[\w.,]+){0,2}?)?\s+(?:geschlossen|closed"
    r"|fermée?s?|cerrad[oa]s?|gesloten|zatvoren\w*)\b"
    # a public holiday named to count around it: "(recuerde que el martes 8 es feriado)"
    # (after the weekday alone too: "Friday" of "Friday 25th December is Christmas Day")
    r"|(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+)?[^\W\d_]+)?)?\)?"
    + _IS_A_HOLIDAY
    + _SHUT_VERB_LAST
    +
    # ... and Turkish: "(1 Ocak resmi tatil olduğundan iş günü hesabına dahil edilmemiştir)"
    r"|\s+(?:resmi\s+)?tatil\w*"
    +
    # someone away, the verb last: "Herr Kowalski ist bis 14.12. auf Dienstreise", "is tot
    # 14/12 op vakantie": the day they are back, not a decision's
    r"|\.?\s+(?:auf\s+(?:Dienstreise|Geschäftsreise|Reisen)|im\s+Urlaub|in\s+Urlaub|unterwegs"
    r"|verreist|abwesend|nicht\s+im\s+(?:Haus|Büro)|außer\s+Haus|op\s+(?:vakantie|reis|dienstreis)"
    r"|afwezig|met\s+verlof)\b",
    re.IGNORECASE,
)
_ABSENCE = re.compile(
    # "Harjit is in Cardiff until Wednesday": where someone is meanwhile
    r"\b(?:is|are|am|i'm|s?he's|they're)\s+(?:in|at)\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"
    r"\s+(?:until|till|til|through)\s*$|"
    r"(?:\b(?:is|are|am|be|been|i'm|s?he's|they're|we're)\s+(?:out|away|off|back)"
    # where they are meanwhile: "away at a conference until", "out on site visits until"
    r"(?:\s+(?:at|in|on|for)\s+(?:an?\s+|the\s+)?(?!touch\b)[\w-]+(?:\s+[\w-]+)?)?|\bout\s+of"
    r"\s+(?:the\s+)?office|\booo|\bon\s+(?:annual\s+|parental\s+|sick\s+)?(?:leave|holiday"
    r"|vacation|pto)|\btravell?ing|\breturns?|\breturning)\s+(?:until|till|til|from|on|after"
    r"|next|this)?\s*$"
    # French, Spanish, German: "à son retour lundi", "a su regreso el lunes", "nach ihrer
    # Rückkehr am Montag", "de retour lundi"
    r"|\b(?:à\s+(?:son|leur|mon)\s+retour|de\s+retour|a\s+su\s+(?:regreso|vuelta)|nach\s+(?:ihrer|seiner"
    r"|meiner)\s+Rückkehr)(?:\s+(?:le|el|am))?\s*$"
    # someone back on a day: "um candidato que está de férias e volta no dia 09/12", "vuelve
    # el lunes", "rentre le 14/12"
    r"|\b(?:volta|voltará|regressa|regresa|regresará|vuelve|volverá|rentre|rentrera|rientra)"
    r"\s+(?:(?:no\s+dia|na|no|el\s+día|el|le|il|a)\s+)?$"
    # "his diary is chockers until the middle of next week": when someone is free again
    r"|\b(?:busy|booked(?:\s+up)?|full|chockers|chock-?a-?block|swamped|tied\s+up)\s+(?:\w+\s+)?"
    r"(?:until|till|through)\s*$"
    # "Héctor está fuera de la oficina hasta el martes", "está fora até segunda"
    r"|\b(?:está|estará|estoy|estou)\s+(?:fuera|fora|ausente|de\s+vacaciones|de\s+férias"
    r"|viajando|de\s+viaje)(?:\s+(?:de\s+la\s+oficina|do\s+escritório))?\s+(?:hasta|até)"
    r"(?:\s+(?:el|a|o))?\s*$"
    # the panel's own days: "We're interviewing until Wednesday 2nd December"
    r"|\b(?:we're|we\s+are|they're|they\s+are)\s+(?:still\s+)?interviewing\s+(?:until|till|through|to)\s*$"
    # "we are finishing the last of our interviews this week": the panel's days, not the news
    r"|\b(?:finish(?:ing)?|wrap(?:ping)?\s+up|complet(?:e|ing)|conclud(?:e|ing))\s+(?:the\s+)?"
    r"(?:last|final|remaining|rest)\s+(?:of\s+)?(?:our\s+|the\s+)?interviews\s*$"
    # the round's own days: "les derniers entretiens se terminent le 10/12", "d'autres
    # entretiens étant prévus jusqu'au 18 décembre", "the last interviews wrap up on"
    r"|\b(?:entretiens|interviews|entrevistas|Gespräche|Vorstellungsgespräche|gesprekken|colloqui)"
    r"\s+(?:[\w']+\s+){0,2}?(?:se\s+termin\w+|termin\w+|finiss\w+|prévus|planifiés|programmés"
    r"|end|run|are\s+scheduled|wrap\s+up|acaban|previstas|programadas|laufen|enden|dauern)"
    r"\s+(?:le|jusqu['’]\s*au|until|till|through|on|el|hasta|bis|am|noch\s+bis)?\s*$"
    # a firm's closure: "wegen unserer Betriebsferien vom 24.12. bis 06.01.", "fermeture
    # annuelle du 24/12 au 04/01", "kerstsluiting van 24/12 tot 4/1"
    r"|\b(?:Betriebsferien|Betriebsurlaub|Werksferien|Betriebsruhe|fermeture(?:\s+annuelle)?"
    r"|congés\s+annuels|kerstsluiting|bouwvak|company\s+shutdown|office\s+closure"
    # "As the University closes from 18 December until 4 January"
    r"|closes|is\s+closed|shuts\s+down"
    # Croatian "zatvoren od 24. prosinca do 6. siječnja", Bulgarian "няма да работи от ... до"
    r"|zatvoren[aoi]?|няма\s+да\s+работи|затворен[аио]?)"
    r"[^;!?\n]{0,25}?(?:vom|von|bis|du|au|van|tot|from|to|until|zum|od|do|от|до)\s*$",
    re.IGNORECASE,
)
# When another candidate is seen: "wants to see one more person on Monday", "quiere ver a
# una última persona el lunes", "trifft noch einen Kandidaten am Montag".
_OTHERS_SEEN = re.compile(
    # Latvian: "pēdējā intervija paredzēta 2026. gada 17. decembrī" (another candidate's)
    r"\bpēdējā\s+intervija\s+(?:ir\s+)?paredzēta\s+(?:\d{4}\.\s+gada\s+)?$|"
    # Hungarian: "még egy jelöltet meghallgatnak csütörtökön", "két jelölttel találkozunk"
    r"\b(?:még\s+)?(?:egy|két|három)\s+(?:további\s+)?jelölt\w*\s+(?:\w+\s+){0,2}$|"
    # Estonian: "nad kohtuvad veel ühe kandidaadiga 18. detsembril", "kohtuvad sel nädalal veel
    # paari kandidaadiga"; Ukrainian "поговорити ще з одним кандидатом у понеділок"
    r"\bveel\s+(?:ühe|paari|kahe|kolme)\s+kandidaadi\w*\s+(?:\w+\s+){0,2}$|"
    # ... "meil on plaanis veel mõned vestlused ja viimane neist toimub kolmapäeval"
    r"\bviimane\s+(?:neist|vestlus|vestlustest|intervjuu)\s+(?:toimub|on)\s+$|"
    r"(?<!\w)ще\s+з\s+(?:одним|двома|кількома)\s+кандидат\w*\s+(?:\w+\s+){0,2}$|"
    # Slovak: "Klient má posledný pohovor s ďalším uchádzačom naplánovaný na štvrtok 17. decembra"
    r"\bs\s+ďalš\w+\s+(?:uchádzač\w*|kandidát\w*)\s+(?:\w+\s+){0,3}$|"
    # "ek aur candidate ka final round Thursday ko": another candidate's day
    # (and in French: "nous rencontrons encore une autre personne en finale la semaine prochaine")
    # ("Hélène rencontre un dernier candidat lundi": one last)
    r"\b(?:one\s+more|one\s+last|another|ek\s+aur|mais\s+uma?|otr[oa]|una?\s+más|une?\s+autre|un\s+dernier"
    r"|une\s+dernière|un\s+último|una\s+última)\s+(?:[\w-]+\s+){0,2}?"
    # (not past "and" or "but": "seeing one more candidate on Monday and will give me
    # feedback by Wednesday 16th" gives the day of the news)
    r"(?:candidate|applicant|person|interview|candidat|pessoa|persona|profil|finalist|conversation)\w*\b"
    r"(?:(?!\s(?:and|but)\s)[^.;!?]){0,40}$|"
    r"\b(?:see(?:ing)?|meet(?:ing)?|interview(?:ing)?|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+to|ver|conocer|entrevistar|sehen|treffen"
    r"|voir|rencontrer|vedere|incontrare|spreken|ontmoeten|conhecer"
    # "Laurence et moi rencontrons deux autres personnes la semaine prochaine"
    r"|rencontrons|rencontrerons|voyons|verrons|recevons|recevrons|voient|verront|rencontrent)\s+"
    r"(?:a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:candidates?|person|persona|personnes|people|finalists?|candidat[oaei]s?|kandidat\w*"
    r"|pessoa)\b"
    r"[^.;!?]{0,25}$"
    # Dutch, the other's day after them: "hun tweede kandidaat komt pas op maandag 21/12 op
    # gesprek"
    r"|\b(?:tweede|andere|laatste|volgende)\s+kandida\w+\s+(?:komt|is)\s+(?:pas\s+)?(?:op\s+)?"
    r"(?:\w+dag\s+)?$"
    # "We've still got two candidates to meet before Friday"
    r"|\b(?:candidates?|people|finalists?|interviews?)\s+(?:left\s+)?to\s+(?:meet|see|interview"
    r"|speak\s+(?:to|with)|talk\s+to|hold|do)\s+[^.;!?]{0,12}$",
    re.IGNORECASE,
)
# The day of an interview or a call, held or booked: "contentos con la entrevista del lunes",
# "after the interview on Monday".
# Someone away at an event until a day: "Rosalind is at a conference until Tuesday".
_AWAY_AT = re.compile(
    r"\b(?:is|are|am|i'm|s?he's|they're|we're)\s+(?:at|on|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:conference|offsite|off-site|training|trip|course|summit|retreat|vacation|holiday|leave"
    r"|congress|trade\s+show|site\s+visit)\s+(?:until|till|til|through)\s*$"
    # someone busy meanwhile: "he's been heads-down on a launch this week"
    r"|\b(?:heads[- ]down|swamped|slammed|snowed\s+under|tied\s+up)\b[^.!?;]{0,30}$"
    # a calendar full meanwhile: "his calendar is a mess this week with year-end meetings"
    r"|\b(?:calendar|schedule|diary)\s+is\s+(?:\w+\s+)?(?:a\s+mess|packed|full|crazy|chaos"
    r"|jammed|booked(?:\s+up)?)\s*$",
    re.IGNORECASE,
)
_EVENT_DAY = re.compile(
    r"\b(?:interview|entrevista|entretien|entrevue|gespräch|colloquio|call|chat|conversation"
    r"|meeting|reunión|llamada|charla|conversa|visit|demo|demonstration|presentation|onsite"
    r"|on-site|panel|session|assessment)\s+(?:del|de|on|last|from|of|vom|du|di)\s*$"
    # Greek "τη συνέντευξη που είχαμε την Τρίτη", "την τηλεφωνική μας επικοινωνία την Τρίτη"
    r"|(?:συνέντευξη|επικοινωνία|συνάντηση|συζήτηση|κλήση|κουβέντα)(?:\s+μας)?"
    r"(?:\s+που\s+(?:είχαμε|κάναμε))?\s+την?\s*$",
    re.IGNORECASE,
)
# The day a board or committee sits, in a clause of its own: "the board, which only meets
# after the holidays", Lithuanian "valdyba, kuri posėdžiauja tik po švenčių", German "der
# Vorstand, der erst nach den Feiertagen tagt". It is when the sign-off can happen, not the
# decision's date, so a date said with the deciding words in another sentence ("Galutinį
# sprendimą tikimės priimti sausio pradžioje") wins over it.
_SITS_BEFORE = re.compile(
    r"\b(?:meets|convenes|sits|posėdžiauja|posėdžiaus|se\s+réunit|se\s+reúne|vergadert"
    # ("the Appointments Committee, which meets only once more before Christmas")
    r"|si\s+riunisce)(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
_SITS_AFTER = re.compile(r"\s+(?:tagt|zusammentritt|zusammenkommt)\b", re.IGNORECASE)
# ... or said after the day: "esta semana y la que entra van a platicar con otros dos
# candidatos", "this week they're meeting two other candidates".
# A day restated as its date right after it: "até terça que vem (22/12)", "am Donnerstag
# (17.12.)": the date in brackets is read instead.
_DATE_IN_BRACKETS = re.compile(
    r"(?:\s+que\s+vem|\s+prochain|\s+próxim[oa])?\s*\(\s*\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?\s*\)"
)
_OTHERS_AFTER = re.compile(
    # ("bis Mittwoch noch mit zwei anderen Leuten": a number before, people in general)
    # ("am Mittwoch noch mit einem weiteren Kandidaten", "with one more candidate")
    # ("esta semana conversamos con otra persona para el mismo rol": one other)
    r"[^.;!?]{0,60}?\b(?:con|with|mit|avec|com|met)\s+(?:\w+\s+)?(?:otros|otras|otra|otro|other|anderen|d'autres"
    r"|outros|outras|andere|weiteren|weitere|more|another)\s+(?:\w+\s+)?(?:candidat\w*|kandidat\w*"
    r"|bewerber\w*|applicants?|finalists?"
    r"|people|personas?|personen|personnes|leute\w*)"
    # the day another does their round: "donderdag doet nog één andere kandidaat de casus",
    # "Thursday another candidate comes in"
    # ... the rounds of the week: "Wir führen diese Woche die letzten Erstgespräche"
    r"|\s+(?:noch\s+)?(?:die\s+)?(?:letzten|restlichen|übrigen|weiteren)\s+[\w-]*gespräche\b"
    r"|\s+(?:doet|doen|heeft|hebben|komt|komen|spreekt|spreken|is|zijn)\s+(?:er\s+)?(?:nog\s+)?"
    r"(?:één|een|twee|drie)\s+(?:andere|laatste)\s+kandida\w+"
    r"|\s+(?:another|one\s+more|the\s+last|the\s+other|two\s+other|a\s+final)\s+(?:candidate|finalist)s?"
    r"\s+(?:comes?|is|are|does|do|has|have|will)\b"
    # "esta semana y la que viene vemos a otras dos personas", "vediamo altri due candidati"
    r"|[^.;!?]{0,30}?\b(?:vemos|entrevistamos|conocemos|veiem|entrevistem|vediamo|incontriamo)\s+"
    r"(?:a\s+)?(?:(?:otr[oa]s|altr[ie]|unes\s+altres|altres)\s+(?:\w+\s+)?(?:personas|persones|candidat\w*"
    r"|persone)|(?:la|el|l['’])\s*(?:últim[oa]|darrer[a]?)\s+candidat\w*)"
    # ("la semana que viene entrevistan a una última persona", "ven a otro candidato")
    r"|[^.;!?]{0,30}?\b(?:entrevistan|ven|conocen|reciben)\s+(?:a\s+)?(?:una?\s+(?:últim[oa]|más)|otr[oa])"
    r"\s+(?:\w+\s+)?(?:persona|candidat[oa]|finalista)\b"
    # Serbian and Croatian "u ponedeljak, 14. decembra, imaju još jedan razgovor"; Bulgarian
    # "в четвъртък, 17.12, имат още едно интервю"
    r"|(?:,?\s+\d{1,2}\.?\s*[^\W\d_]*\.?)?,?\s+(?:imaju|imamo|ima)\s+još\s+(?:jedan|dva|tri)\s+razgovor\w*"
    r"|(?:,?\s+\d{1,2}[./]?\s*[^\W\d_]*\.?)?,?\s+(?:имат|имаме)\s+още\s+(?:едно|две|три)\s+интервю\w*",
    re.IGNORECASE,
)
# A day said as no deadline: "we won't make a call before Christmas".
_NOT_BEFORE = re.compile(
    # (not "until": "we won't be making a final decision until early January" names the day)
    r"\b(?:won't|won’t|will\s+not|can't|cannot|not)\s+(?:\w+\s+){1,5}?before\s*$",
    re.IGNORECASE,
)
# A deadline said after its day: "el viernes 4/12 como muy tarde", "Friday at the latest".
_LATEST_AFTER = re.compile(
    r"\s*,?\s*(?:como\s+(?:muy\s+)?tarde|a\s+más\s+tardar|at\s+the\s+latest|au\s+plus\s+tard"
    r"|al\s+più\s+tardi|spätestens|uiterlijk|ten\s+laatste|no\s+més\s+tard|com\s+a\s+molt\s+tard)\b",
    re.IGNORECASE,
)
# Not after a day's dot: German writes "bis zum 4. Dezember", and nouns take capitals.
_SENTENCE_BREAK = re.compile(
    # before a capital: Latin (with its accented ones), Greek or Cyrillic
    r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[A-ZÀ-ÖØ-Þ\u0386-\u03a9\u0400-\u042f\"'(\u201c"
    + CJK_CHARS
    + r"])|(?<=;)\s+"
    r"|(?<=[。！？])\s*"
)


def _wordy(char: str) -> bool:
    """A letter or digit a date may not touch; Japanese, Korean and Chinese put none of
    their words apart ("結果は12月9日までに")."""
    return char.isalnum() and not has_cjk(char)


def _sentences(text: str) -> list[str]:
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text[:_FREE_TEXT_LIMIT]):
        found.extend(_SENTENCE_BREAK.split(re.sub(r"\s+", " ", paragraph)))
    return found


# Days a mail says the employer is shut, which a count of business days skips like holidays:
# "a decision within 7 business days. Heads up, their plant is shut down 12/24 and 12/25,
# so those days don't count"
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DIA = r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
# A weekday written before a day in a span, English or Spanish: "Monday", "el lunes"
# (and French: "du jeudi 24 décembre ... au vendredi 1er janvier")
_JOUR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_A_DAYS_NAME = rf"(?:(?:el\s+)?(?:{_DAY_NAME}|{_DIA}|{_JOUR}),?\s+)?"
_NUMERIC_DAY = r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"
_SHUT_ON = re.compile(
    rf"\b(?:shut\s+down|closed|shut)\s+(?:on\s+)?(?P<days>{_NUMERIC_DAY}"
    rf"(?:\s*(?:,|and|&)\s*{_NUMERIC_DAY})*)",
    re.IGNORECASE,
)
# ... and said after the days, as Slovak does: "je osobný úrad od 24. 12. 2026 do 6. 1. 2027
# zatvorený"
_CLOSED_AFTER_SPAN = re.compile(
    r"\bod\s+(?P<first>\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4})?)\s+do\s+(?P<last>\d{1,2}\.\s?\d{1,2}\."
    r"(?:\s?\d{4})?)\s+(?:\w+\s+)?zatvoren\w*"
    # ... and Russian: "с 31 декабря по 8 января на заводе корпоративные новогодние каникулы –
    # производство стоит, офис закрыт"
    r"|(?<!\w)с\s+(?P<ru_first>\d{1,2}\s+[а-яё]+)\s+по\s+(?P<ru_last>\d{1,2}\s+[а-яё]+)"
    r"(?=[^.!?\n]{0,80}?(?<!\w)(?:каникул\w*|закрыт\w*|не\s+работа\w*|выходн\w*))"
    # ... and Azerbaijani: "24 dekabrdan 8 yanvaradək (hər ikisi daxil) zavodda ... kollektiv
    # məzuniyyətdir" (from ... to ..., both included, the plant's collective leave)
    r"|(?<!\w)(?P<az_first>\d{1,2}\s+[a-zəğıöşçü]+(?:dan|dən))\s+(?P<az_last>\d{1,2}\s+[a-zəğıöşçü]+"
    r"(?:adək|ədək|dək))(?=[^.!?\n]{0,120}?(?<!\w)(?:məzuniyyət\w*|bağlı\w*|istirahət\w*))",
    re.IGNORECASE,
)
# ... and an English range in one month: "our corporate offices are closed December 24-25"
_CLOSED_IN_A_MONTH = re.compile(
    r"\b(?:closed|shut|shut\s+down)\s+(?:on\s+|from\s+)?(?P<month>"
    + _EN_MONTH
    + r")\s+(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\u2013|to|through"
    r"|and|&)\s*(?P<last>\d{1,2})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_A_SPAN_OF_DAYS = re.compile(
    rf"\b(?P<m1>{_EN_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*-\s*(?:(?P<m2>{_EN_MONTH})\s+)?"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
# ... and English days listed before their months: "our offices are closed for the festive
# public holidays on 25 and 28 December and 1 and 4 January"
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS_OF_A_MONTH = rf"{_ORDINAL}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_ORDINAL})*\s+(?:of\s+)?[A-Za-z]+"
_CLOSED_ON_DAYS = re.compile(
    r"\b(?:closed|shut)\b[^.\n]{0,60}?\bon\s+(?P<days>"
    + _DAYS_OF_A_MONTH
    + rf"(?:(?:\s*,\s*|\s+and\s+){_DAYS_OF_A_MONTH})*)",
    re.IGNORECASE,
)
# ... and after them, with their weekdays: "our facility is closed Thursday, December 24 and
# Friday, December 25 for Christmas"
_A_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_A_MONTH_DAY = rf"{_A_WEEKDAY}(?:(?P<month>[A-Za-z]+)\.?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
# ("closed on Friday, December 25, on Monday, December 28 (Boxing Day, observed) and on
# Friday, January 1": each day with its "on", a holiday's name in brackets)
_CLOSED_MONTH_FIRST = re.compile(
    rf"\b(?:closed|shut)\s+(?:on\s+)?(?P<days>{_A_WEEKDAY}[A-Za-z]+\.?\s+{_ORDINAL}\b"
    rf"(?:(?:\s*\([^()\n]{{1,40}}\))?(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:on\s+)?{_A_WEEKDAY}"
    rf"(?:[A-Za-z]+\.?\s+)?{_ORDINAL}\b)*)",
    re.IGNORECASE,
)
# ... and until the day it opens again: "their office is closed from Thursday 24th December
# and reopens on Monday 4th January"
_A_DAY_NAMED = rf"{_ORDINAL}\s+(?:of\s+)?[A-Za-z]+|[A-Za-z]+\.?\s+{_ORDINAL}\b"
# ("will be closed for the Christmas break from Thursday, 24th December 2026 and will reopen
# on Monday, 4th January 2027")
_CLOSED_TILL_REOPENING = re.compile(
    rf"\b(?:closed?|closes|shut|shuts)\b[^.!?\n]{{0,40}}?\bfrom\s+{_A_WEEKDAY}(?P<first>{_A_DAY_NAMED})"
    r"(?:\s+\d{4})?\s*,?\s+"
    r"(?:and\s+|until\s+it\s+)?(?:(?:will\s+)?re-?opens?|(?:is|are|will\s+be)\s+back)\s+(?:on\s+)?"
    rf"{_A_WEEKDAY}(?P<reopens>{_A_DAY_NAMED})",
    re.IGNORECASE,
)
# ... and days with their weekdays before their months, a year or a holiday's name after:
# "closed on Friday, 25th December (Christmas Day), Monday, 28th December (Boxing Day
# holiday) and Friday, 1st January 2027 (New Year's Day)"
_ONE_DAY_NAMED = (
    rf"{_A_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+(?:\s+\d{{4}})?"
    r"(?:\s*\([^()\n]{1,40}\))?"
)
_CLOSED_ON_WEEKDAYS = re.compile(
    # (not the day it opens again: "closed from Thursday 24 December and reopens on ...")
    rf"\b(?:closed|shut)\b(?:(?!re-?opens?\b|opens?\b|back\b)[^.\n]){{0,60}}?\bon\s+(?P<days>{_ONE_DAY_NAMED}"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:on\s+)?{_ONE_DAY_NAMED})*)",
    re.IGNORECASE,
)
# A local holiday the mail names: "na terça (08/12) é feriado de Nossa Senhora da Conceição
# aqui no Recife", "el martes 08/12 es festivo", "le 26.12 est férié".
_HOLIDAY_ON = re.compile(rf"(?P<days>{_NUMERIC_DAY})\.?\)?{_IS_A_HOLIDAY}", re.IGNORECASE)
# ... and days named in words before one month: "der 24. und der 31. Dezember keine Arbeitstage
# sind" (days the count skips, though no law shuts them)
_DAYS_SHUT = re.compile(
    r"(?P<days>\d{1,2}\.(?:\s*(?:,|und|sowie)\s*(?:der\s+|den\s+)?\d{1,2}\.)*)\s*(?P<month>[A-Za-zä]+)"
    r"(?=" + _SHUT_VERB_LAST.removeprefix("|") + ")",
    re.IGNORECASE,
)


# Indonesia's collective leave, a day off the government adds beside a holiday: "cuti
# bersama 24 Desember"
_COLLECTIVE_LEAVE = re.compile(
    r"\bcuti\s+bersama\s+(?:pada\s+|tanggal\s+)?(?:(?:hari\s+)?[^\W\d_]+,?\s+)?(?P<day>\d{1,2}\s+[^\W\d_]+)",
    re.IGNORECASE,
)


_SLASHED = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/\d{2,4})?(?![\d/])")


def _order_shown(text: str, month_first: bool | None) -> bool | None:
    """The writer's own order of month and day, where a date of theirs reads only one way:
    a US recruiter writing to someone in Lima, "I'm out 12/21-1/4 myself ... we're aiming to
    wrap up by 1/8", puts the month first, whatever the person's locale does. "24/7" is no
    date."""
    shown = set()
    for first, second in _SLASHED.findall(text.replace("24/7", "")):
        a, b = int(first), int(second)
        if 1 <= a <= 12 < b <= 31:
            shown.add(True)
        elif 1 <= b <= 12 < a <= 31:
            shown.add(False)
    return shown.pop() if len(shown) == 1 else month_first


# A closure over a span of days, which a count of working days skips: "le Cégep est fermé
# pendant la période des Fêtes, du 24 décembre au 2 janvier inclusivement", "Betriebsferien
# vom 24.12. bis 06.01.", "closed from 24 December until 4 January".
# (Croatian "ured je zatvoren od 24. prosinca do 6. siječnja", Bulgarian "няма да работи от 24
# декември до 3 януари включително", Indonesian "kantor tutup dari 24 hingga 1 Januari")
_CLOSED_SPAN = re.compile(
    r"\b(?:fermée?s?|fermeture|closed?|closes|closure|shuts?|shutdown|geschlossen|Betriebsferien"
    r"|Betriebsurlaub|Betriebsruhe|cerrad[oa]s?|fechad[oa]s?|gesloten|kerstsluiting"
    r"|zatvoren[aoi]?|няма\s+да\s+работи|затворен[аио]?|tutup|libur"
    # a university's or a group's recess: "receso académico y administrativo desde el lunes 21
    # de diciembre hasta el viernes 8 de enero", "\"recesso coletivo\" del 24/12 al 1/1"
    r"|receso|recesso|vacaciones\s+colectivas|férias\s+coletivas)\b"
    r"[^.!?\n]{0,60}?\b(?:du|from|vom|von|del|de|desde|van|od|от|dari|mulai)\s+"
    # (a weekday before a day may be given: "from Monday 12/21 through Friday 1/1", "desde el
    # lunes 21 de diciembre")
    rf"{_A_DAYS_NAME}"
    # (and ordinals: "from Thursday, 24th December to Friday, 1st January")
    # (and an English month first: "shuts down ... from Thursday, December 24 through Friday,
    # January 1")
    r"(?P<first>\d{1,2}(?:er|st|nd|rd|th)?\.?\s*(?:de\s+)?[^\W\d_]+|\d{1,2}[/.]\d{1,2}\.?"
    # (and its year: "du jeudi 24 décembre 2026 au vendredi 1er janvier 2027 inclus")
    rf"|{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s+20\d\d)?\s*,?\s+(?:au|to|until|through|bis(?:\s+zum)?|al|a"
    r"|tot(?:\s+en\s+met)?|do|до|hingga|sampai|s\.d\.|hasta(?:\s+el)?)\s+"
    rf"{_A_DAYS_NAME}"
    r"(?P<last>\d{1,2}(?:er|st|nd|rd|th)?\.?\s*(?:de\s+)?[^\W\d_]+|\d{1,2}[/.]\d{1,2}\.?"
    rf"|{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)


# ... or a holiday's eve by its name: "kontoret är stängt på julafton, så den dagen räknas inte"
_EVES = {
    "julafton": (12, 24), "juleaften": (12, 24), "julaften": (12, 24), "christmas eve": (12, 24),
    "heiligabend": (12, 24), "nochebuena": (12, 24), "nyårsafton": (12, 31),
    "nyttårsaften": (12, 31), "nytårsaften": (12, 31), "new year's eve": (12, 31),
    "silvester": (12, 31), "nochevieja": (12, 31),
}  # fmt: skip


def _any_of(names: Iterable[str]) -> str:
    """An alternation of holiday names, the longest first ("christmas day" before
    "christmas"), a space in one matching any run of spaces."""
    return "|".join(sorted(names, key=len, reverse=True)).replace(" ", r"\s+")


_EVE_SHUT = re.compile(
    r"\b(?:stängt|stängd|stängda|closed|geschlossen|lukket|stengt|cerrad[oa]s?)\s+(?:på|on|am|den)?\s*"
    r"(?P<name>" + _any_of(_EVES) + ")",
    re.IGNORECASE,
)


# ... or days the writer says their count leaves out, by date or by the holiday's name: "it's
# NZ working days: Christmas Day, Monday 28 December (Boxing Day observed), New Year's Day and
# Monday 4 January (...) don't count"
_NOT_COUNTED = re.compile(
    r"(?P<days>[^.:;!?\n]{4,240}?)\s+(?:(?:don't|don’t|do\s+not|doesn't|doesn’t|does\s+not|won't"
    r"|won’t|will\s+not)\s+count"
    r"|(?:are|is|will\s+be)\s+(?:not\s+counted|excluded))\b",
    re.IGNORECASE,
)
# ... and in Portuguese: "Não contam os feriados de 25 de Dezembro (Dia da Família) e 1 de
# Janeiro, nem os dias 24 e 31 de Dezembro", "amanhã, 8 de Dezembro, é feriado nacional em
# Portugal"
_NOT_COUNTED_PT = re.compile(
    r"\bnão\s+conta(?:m)?\s+(?P<days>[^.;:!?\n]{4,240})"
    r"|(?P<day>\d{1,2}\s+de\s+[^\W\d_]+),?\s+(?:é|será)\s+(?:um\s+)?feriado\b",
    re.IGNORECASE,
)
# ... and in French: "le 25 décembre (Noël) et le 1er janvier ne comptent pas"
_NOT_COUNTED_FR = re.compile(
    # ("... y sont fériés et ne comptent donc pas")
    r"(?P<days>[^.:;!?\n]{4,240}?)\s+ne\s+compte(?:nt)?\s+(?:donc\s+|alors\s+)?pas\b",
    re.IGNORECASE,
)
_DAY_OF_A_MONTH_FR = re.compile(r"\b(\d{1,2})(?:er)?\s+([^\W\d_]+)", re.IGNORECASE)
# ... and "Ne sont retirés que les dimanches, le jeudi 17 décembre (fête de la Révolution) et le
# vendredi 1er janvier"; Arabic "لا يُحتسب ضمن هذا الأجل يوم الخميس 17 ديسمبر 2026" (is not counted)
_NOT_COUNTED_MORE = re.compile(
    r"\b(?:ne\s+)?sont\s+retirés\s+(?:du\s+délai\s+)?(?:que\s+)?(?P<days>[^.;:!?\n]{4,240})"
    # (not past "في حين", whereas: "... في حين يُعتبر يوم الجمعة 25 ديسمبر 2026 يوم عمل عاديًّا")
    r"|لا\s+يُ?حتسب\s+(?P<ar>(?:(?!في\s+حين)[^.\n]){4,240})",
    re.IGNORECASE,
)
# ... and in Spanish: "No cuentan los feriados del 25 de diciembre y del 1 de enero, ni tampoco
# el 24 y el 31 de diciembre"; "hoy martes 8 y mañana miércoles 9 son feriados en Perú"
_NOT_COUNTED_ES = re.compile(
    # (and "Tampoco cuentan el 25 de diciembre ...", "No se computan el jueves 24 ni ...")
    r"\b(?:no|tampoco)\s+(?:se\s+)?(?:cuenta(?:n)?|computa(?:n)?)\s+(?P<days>[^.;:!?\n]{4,240})"
    r"|(?P<named>[^.;:!?\n]{4,160}?)\s+(?:es|son|será|serán)\s+(?:días\s+)?feriados?\b"
    # ("como el 24 y el 31 de diciembre solo se trabaja hasta mediodía, esos dos días no los
    # tomamos en cuenta")
    r"|(?P<taken>[^.;:!?\n]{4,160}?)\s+no\s+(?:los|las|lo|la)\s+tomamos\s+en\s+cuenta\b",
    re.IGNORECASE,
)
_WEEKDAY_AND_DAY_ES = re.compile(rf"\b{_DIA}\s+\d{{1,2}}\b(?!\s+de\b)", re.IGNORECASE)
_DAYS_OF_A_MONTH_PT = re.compile(
    r"(?P<days>\d{1,2}(?:\s*(?:,|e|y)\s*(?:el\s+|o\s+)?\d{1,2})*)\s+de\s+(?P<month>[^\W\d_]+)",
    re.IGNORECASE,
)
_REOPENS = re.compile(r"\b(?:re-?opens?|opens?\s+again|back|returns?)\b", re.IGNORECASE)
_HOLIDAYS_BY_NAME = {
    **_EVES, "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "new year's day": (1, 1),
}  # fmt: skip
_HOLIDAY_NAMED = re.compile(r"\b(?:" + _any_of(_HOLIDAYS_BY_NAME) + r")\b", re.IGNORECASE)


# ... and a holiday an office closes on, by its name: "our office is closed on Christmas Day
# (Friday 25 December) and on Monday 28 December"
_HOLIDAY_SHUT = re.compile(
    r"\b(?:closed|shut)\b[^.\n]{0,40}?\bon\s+(?P<name>" + _any_of(_HOLIDAYS_BY_NAME) + r")\b",
    re.IGNORECASE,
)


def _holiday_on(name: str, after: date) -> date:
    """The first day on or after `after` of the holiday `name` (a key of `_HOLIDAYS_BY_NAME`,
    as written)."""
    month, day = _HOLIDAYS_BY_NAME[re.sub(r"\s+", " ", name.casefold())]
    year = after.year if after <= date(after.year, month, day) else after.year + 1
    return date(year, month, day)


def _shut_through(closed: dict[date, str], first: object, last: object, most: int = 31) -> None:
    """Every day from `first` to `last`, when both are days and no more than `most` apart (a
    closure, not a misread year)."""
    if isinstance(first, date) and isinstance(last, date) and 0 <= (last - first).days <= most:
        for offset in range((last - first).days + 1):
            closed[first + timedelta(days=offset)] = "closed"


# A clause's words before its verb: not across another clause's ("25 December ... are bank
# holidays in England and are not counted, while 24 and 31 December are normal working days")
_CLAUSE = r"(?:(?!\b(?:while|whereas|but|are|is|mais|alors\s+que|sont|est)\b)[^.:;!?\n]){4,200}?"
# Days a writer says are holidays or days off where the decision is taken: "31 December
# (World Azerbaijanis Solidarity Day) and 1 and 2 January (New Year) are holidays in
# Azerbaijan", "Monday 4 January is a day off in Baku as well"
_HOLIDAYS_SAID = re.compile(
    rf"(?P<days>{_CLAUSE})\s+(?:are|is|will\s+be)\s+(?:also\s+)?(?:an?\s+)?"
    # (not the reader's own: "including January 6, which I know is a holiday for you")
    # ("... are UN holidays in Phnom Penh": an organisation's own holidays)
    r"(?:(?:public|bank|national|official|statutory|UN|company|office)\s+)?(?:holidays?|days?\s+off)\b"
    r"(?!\s+for\s+you\b)",
    re.IGNORECASE,
)
# ... and days that are ordinary working days there, a holiday of the person's country or
# not: "25 December and 7 January are normal working days for them"; "le 25 décembre est un
# jour travaillé chez nous"
_WORKED_SAID = re.compile(
    rf"(?P<days>{_CLAUSE})\s+(?:are|is|will\s+be)\s+(?:an?\s+)?(?:normal|ordinary|regular"
    r"|usual)\s+working\s+days?\b"
    rf"|(?P<jours>{_CLAUSE})\s+(?:est|sont)\s+(?:un\s+|des\s+)?jours?\s+(?:travaillés?|ouvrés?)\b"
    # ("16 December is a public holiday here in South Africa ..., but it's a normal working day
    # in Zambia": a holiday elsewhere, a working day where it counts)
    rf"|(?P<there>{_CLAUSE})\s+is\s+an?\s+(?:public|bank|national)\s+holiday\b[^.;!?\n]{{0,120}}?"
    r"\b(?:but\s+(?:it's|it\s+is)\s+an?\s+(?:normal|ordinary|regular|usual)\s+working\s+day"
    # ("1 January is a bank holiday only – branches are closed ... – so it counts as a working
    # day for HR")
    r"|so\s+it\s+counts\s+as\s+an?\s+(?:normal\s+)?working\s+day)\b"
    # ... and in Spanish: "(el martes 26 se trabaja)", "el lunes 4 de enero ... allá es un día
    # laborable más"
    rf"|(?P<dia>\b(?:el\s+)?(?:{_DIA}\s+)?\d{{1,2}}(?:\s+de\s+[^\W\d_]+)?)\s+(?:sí\s+)?(?:se\s+trabaja"
    r"|es\s+(?:un\s+)?(?:día\s+)?(?:laborable|hábil))\b",
    re.IGNORECASE,
)
# Each day of a list before its month: "1 and 2 January", "les 24 et 31 décembre", "the
# 24th and 31st of December"
_LISTED_DAYS = re.compile(
    r"\b(?P<days>\d{1,2}(?:st|nd|rd|th|er)?(?:\s*(?:,|and|&|et)\s*(?:the\s+|le\s+)?\d{1,2}"
    r"(?:st|nd|rd|th|er)?)*)\s+(?:of\s+)?(?P<month>[^\W\d_]+)",
    re.IGNORECASE,
)


def _days_listed(text: str) -> list[str]:
    """Each day of `text`'s lists, as "1 January" (and "December 31" as written)."""
    found = [
        f"{day} {listed['month']}"
        for listed in _LISTED_DAYS.finditer(text)
        for day in re.findall(r"\d{1,2}", listed["days"])
    ]
    found += re.findall(rf"\b{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", text, re.IGNORECASE)
    return found


def _worked_days(text: str, said: Said) -> set[date]:
    """The days the writer says are ordinary working days where the decision is taken."""
    worked: dict[date, str] = {}
    if not re.search(
        r"(?i)working\s+day|jours?\s+(?:travaill|ouvr)|se\s+trabaja|laborable|hábil", text
    ):
        return set()
    for listed in _WORKED_SAID.finditer(text.replace("\u2019", "'")):
        if listed["dia"]:
            dia = re.sub(r"(?i)^el\s+", "", listed["dia"])
            _close(worked, [*_days_of_months(dia), dia], said)
            continue
        _close(worked, _days_listed(listed["days"] or listed["jours"] or listed["there"]), said)
    return set(worked)


# The country whose working days a count is in, when the writer says so: "As sign-off sits
# with the Group People Committee here in London, those are UK working days"; "they count on
# the Azerbaijani calendar"; "c'est le calendrier français qui s'applique"
_COUNTRY_ADJECTIVES = {
    "uk": "GB", "british": "GB", "english": "GB", "us": "US", "american": "US",
    "french": "FR", "français": "FR", "german": "DE", "spanish": "ES", "irish": "IE",
    "dutch": "NL", "portuguese": "PT", "italian": "IT", "south african": "ZA", "canadian": "CA",
    "azerbaijani": "AZ", "kenyan": "KE", "nigerian": "NG", "indian": "IN", "polish": "PL",
    # ... and as Spanish writers name them: "cuentan con el calendario de Estados Unidos",
    # "según el calendario dominicano"
    "estados unidos": "US", "estadounidense": "US", "españa": "ES", "español": "ES",
    "colombia": "CO", "colombiano": "CO", "méxico": "MX", "mexicano": "MX", "perú": "PE",
    "peruano": "PE", "dominicano": "DO", "república dominicana": "DO", "ethiopian": "ET",
    "barbados": "BB", "barbadian": "BB", "jamaican": "JM", "trinidad": "TT", "russian": "RU",
    "armenian": "AM", "georgian": "GE", "moroccan": "MA", "zambian": "ZM",
    "российскому": "RU", "армянскому": "AM", "грузинскому": "GE", "казахстанскому": "KZ",
    "turkish": "TR", "türkiye": "TR", "senegalese": "SN", "panamanian": "PA", "kazakh": "KZ",
    "emirati": "AE", "uae": "AE",
    # ... and by the city a committee sits in: "those are Istanbul working days"
    "istanbul": "TR", "london": "GB", "dubai": "AE", "moscow": "RU", "paris": "FR",
    "madrid": "ES", "casablanca": "MA", "washington": "US", "new york": "US", "nairobi": "KE",
    "johannesburg": "ZA", "lagos": "NG", "mumbai": "IN", "toronto": "CA", "almaty": "KZ",
    "astana": "KZ", "abidjan": "CI", "dakar": "SN", "miami": "US", "bogotá": "CO",
    "mexico city": "MX", "são paulo": "BR", "lyonnais": "FR", "parisien": "FR", "doha": "QA",
    "qatari": "QA", "tunisian": "TN", "tunisien": "TN",
}  # fmt: skip
_ADJECTIVE = "|".join(re.escape(a) for a in _COUNTRY_ADJECTIVES).replace(r"\ ", r"\s+")
_THEIR_CALENDAR = re.compile(
    rf"\b(?:those|these|they)\s+are\s+(?:our\s+|their\s+)?(?P<a>{_ADJECTIVE})\s+(?:working|business)\s+days\b"
    rf"|\b(?:count|counts|counted|counting|work|works)\s+(?:on|in|by|to)\s+the\s+(?P<b>{_ADJECTIVE})"
    r"\s+calendar\b"
    rf"|\ble\s+calendrier\s+(?P<c>{_ADJECTIVE})\s+qui\s+s['’]applique\b"
    # ... and Russian "считаются они по российскому производственному календарю"
    rf"|\bпо\s+(?P<f>{_ADJECTIVE})\s+(?:производственному\s+)?календарю"
    # ("Since it's Nairobi's calendar that applies, they skip the Kenyan public holidays")
    rf"|\b(?:skip|skips|skipping|exclude|excludes|excluding)\s+(?:the\s+)?(?P<e>{_ADJECTIVE})\s+"
    r"(?:public|bank|national)\s+holidays\b"
    rf"|\b(?:cuentan|contamos|cuenta)\s+(?:\w+\s+){{0,3}}?(?:con|según|por)\s+el\s+calendario\s+"
    rf"(?:laboral\s+)?(?:de\s+)?"
    rf"(?P<d>{_ADJECTIVE})\b",
    re.IGNORECASE,
)


def _calendar_named(text: str, after: date) -> dict[date, str] | None:
    """The public holidays of the country whose working days the writer says a count is in,
    or None when the text names none."""
    named = _THEIR_CALENDAR.search(text)
    if named is None:
        return None
    adjective = next(named[g] for g in "abcdef" if named[g])
    country = _COUNTRY_ADJECTIVES[re.sub(r"\s+", " ", adjective.casefold())]
    return public_holidays(country, "", [after.year, after.year + 1])


# "For the avoidance of doubt, the only public holiday within that period is Christmas Day,
# Friday, 25th December, 2026": the other holidays of the reader's calendar are none of theirs
_ONLY_HOLIDAY = re.compile(
    r"\bthe\s+only\s+(?:public\s+|bank\s+|statutory\s+)?holiday\s+(?:with)?in\s+(?:that|this|the)"
    r"\s+(?:period|count|time|window)\s+is\s+(?P<day>[^.;!?\n]{3,80})",
    re.IGNORECASE,
)


def _only_holiday(text: str, said: Said) -> set[date]:
    """The one holiday the writer says falls within a count's period, or an empty set."""
    named = _ONLY_HOLIDAY.search(text)
    if named is None:
        return set()
    only: dict[date, str] = {}
    _close(only, _days_listed(named["day"]), said)
    for holiday in _HOLIDAY_NAMED.finditer(named["day"]):
        only[_holiday_on(holiday.group(0), said.after)] = "closed"
    return set(only)


# An office's Saturdays off by their place in the month, as Indian offices keep them: "their
# office works Monday to Saturday, except the second and fourth Saturdays of the month"
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_NTH_SATURDAYS = re.compile(
    r"\bexcept\s+(?:on\s+)?the\s+(?P<a>first|second|third|fourth)\s+and\s+(?P<b>first|second|third"
    r"|fourth)\s+Saturdays\b",
    re.IGNORECASE,
)


def _nth_saturdays_off(text: str, after: date) -> dict[date, str]:
    """The Saturdays the text says its office keeps off, in this month and the next two."""
    said = _NTH_SATURDAYS.search(text)
    if said is None:
        return {}
    wanted = {_NTH[said["a"].casefold()], _NTH[said["b"].casefold()]}
    off: dict[date, str] = {}
    for months_on in range(3):
        year, month = divmod(after.month - 1 + months_on, 12)
        first = date(after.year + year, month + 1, 1)
        saturday = first + timedelta(days=(5 - first.weekday()) % 7)
        for n in wanted:
            off[saturday + timedelta(weeks=n - 1)] = "closed"
    return off


def _days_of_months(text: str) -> list[str]:
    """Each day of "24 y el 31 de diciembre" or "25 e 26 de Dezembro", as "24 de diciembre"."""
    return [
        f"{day} de {month['month']}"
        for month in _DAYS_OF_A_MONTH_PT.finditer(text)
        for day in re.findall(r"\d{1,2}", month["days"])
    ]


def _close(closed: dict[date, str], days: list[str], said: Said) -> None:
    """Mark each of `days` (as written) that reads as a day."""
    for day in days:
        value = _parse(day, said).value
        if isinstance(value, date):
            closed[value] = "closed"


def _closed_days(text: str, said: Said) -> dict[date, str]:
    closed: dict[date, str] = {}
    plain = text.replace("\u2019", "'")
    for shut in (*_EVE_SHUT.finditer(plain), *_HOLIDAY_SHUT.finditer(plain)):
        closed[_holiday_on(shut["name"], said.after)] = "closed"
    for listed in _NOT_COUNTED_PT.finditer(text):
        _close(closed, _days_of_months(listed["days"] or listed["day"]), said)
    holidays_said = (
        _HOLIDAYS_SAID.finditer(plain) if re.search(r"(?i)holiday|\bday off", plain) else ()
    )
    for listed in holidays_said:
        _close(closed, _days_listed(listed["days"]), said)
    closed.update(_nth_saturdays_off(text, said.after))
    for listed in _NOT_COUNTED_ES.finditer(text):
        days = listed["days"] or listed["named"] or listed["taken"]
        weekdays = [named.group(0) for named in _WEEKDAY_AND_DAY_ES.finditer(days)]
        _close(closed, [*_days_of_months(days), *weekdays], said)
    for listed in (*_NOT_COUNTED_FR.finditer(text), *_NOT_COUNTED_MORE.finditer(text)):
        days = listed["days"] or listed.groupdict().get("ar") or ""
        _close(closed, [" ".join(d.groups()) for d in _DAY_OF_A_MONTH_FR.finditer(days)], said)
    for listed in _NOT_COUNTED.finditer(plain):
        if _REOPENS.search(listed["days"]):
            continue  # (the day it opens again counts: "closed from ... and reopens on ...")
        for named in _HOLIDAY_NAMED.finditer(listed["days"]):
            closed[_holiday_on(named.group(0), said.after)] = "closed"
        for day in re.finditer(
            r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)", listed["days"]
        ):
            value = _parse(" ".join(day.groups()), said).value
            if isinstance(value, date):
                closed[value] = "closed"
    for span in _CLOSED_SPAN.finditer(text):
        # (a French ordinal read as its day: "au 1er janvier")
        first, last = (re.sub(r"(?<=\d)er\b", "", span[g]) for g in ("first", "last"))
        _shut_through(closed, _parse(first, said).value, _parse(last, said).value)
    for shut in (*_SHUT_ON.finditer(text), *_HOLIDAY_ON.finditer(text)):
        for day in re.findall(_NUMERIC_DAY, shut["days"]):
            value = _parse(day, said).value
            if isinstance(value, date):
                closed[value] = "closed"
    for span in _CLOSED_AFTER_SPAN.finditer(text):
        first = span["first"] or span["ru_first"] or span["az_first"]
        last = span["last"] or span["ru_last"] or span["az_last"]
        _shut_through(closed, _parse(first, said).value, _parse(last, said).value)
    for listed in _CLOSED_ON_DAYS.finditer(text):
        for month in re.finditer(_DAYS_OF_A_MONTH, listed["days"]):
            name = month.group(0).split()[-1]
            for day in re.findall(r"\d{1,2}", month.group(0)):
                value = _parse(f"{day} {name}", said).value
                if isinstance(value, date):
                    closed[value] = "closed"
    for listed in _CLOSED_ON_WEEKDAYS.finditer(text):
        for day in re.finditer(
            r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)(?:\s+(\d{4}))?", listed["days"]
        ):
            value = _parse(" ".join(p for p in day.groups() if p), said).value
            if isinstance(value, date):
                closed[value] = "closed"
    for span in _CLOSED_TILL_REOPENING.finditer(text):
        reopens = _parse(span["reopens"], said).value
        if isinstance(reopens, date):
            _shut_through(closed, _parse(span["first"], said).value, reopens - timedelta(days=1))
    for listed in _CLOSED_MONTH_FIRST.finditer(text):
        month = ""
        for each in re.finditer(_A_MONTH_DAY, listed["days"], re.IGNORECASE):
            named = each["month"] and _parse(f"{each['month']} {each['day']}", said).value
            if isinstance(named, date):
                month = each["month"]
            elif month:
                named = _parse(f"{month} {each['day']}", said).value
            if isinstance(named, date):
                closed[named] = "closed"
    # ("Verdugo's offices are closed December 24-25 and December 31-January 1": each span the
    # closure lists, across a month's end too)
    dashed = text.replace("\u2013", "-")
    for clause in re.finditer(r"\b(?:closed|shut)\b([^.;!?\n]{0,120})", dashed):
        for span in _A_SPAN_OF_DAYS.finditer(clause[1]):
            first = _parse(f"{span['m1']} {span['d1']}", said).value
            last = _parse(f"{span['m2'] or span['m1']} {span['d2']}", said).value
            _shut_through(closed, first, last, most=14)
    for span in _CLOSED_IN_A_MONTH.finditer(dashed):
        first = _parse(f"{span['month']} {span['first']}", said).value
        last = _parse(f"{span['month']} {span['last']}", said).value
        _shut_through(closed, first, last, most=14)
    for leave in _COLLECTIVE_LEAVE.finditer(text):
        value = _parse(leave["day"], said).value
        if isinstance(value, date):
            closed[value] = "closed"
    for named in _WEEKDAY_OFF.finditer(text):
        # "Monday is the St Andrew's Day bank holiday here": the coming such weekday
        wanted = WEEKDAYS[named["weekday"].lower()]
        closed[said.after + timedelta(days=(wanted - said.after.weekday()) % 7 or 7)] = "closed"
    for shut in _DAYS_SHUT.finditer(text):
        for day in re.findall(r"\d{1,2}", shut["days"]):
            value = _parse(f"{day}. {shut['month']}", said).value
            if isinstance(value, date):
                closed[value] = "closed"
    return closed


# A count from a day the same sentence names: "two more candidates to interview through Friday,
# December 18th, and we expect to make a decision 5-7 business days after that"; Estonian
# "kohtuvad veel ühe kandidaadiga 18. detsembril ja lubasid anda lõpliku vastuse 7 tööpäeva
# jooksul pärast viimast vestlust" (within 7 working days after the last interview).
_COUNT_AFTER_THAT = re.compile(
    # ("ten (10) working days after ...": the figure after the word)
    r"\b(?:\d{1,3}\s*(?:-|to|or)\s*)?(?P<n>\d{1,3}|[a-z]+)(?:\s*\(\d{1,3}\))?\s+"
    r"(?P<business>business\s+|working\s+)?"
    r"(?P<unit>days?|weeks?)\s+(?:(?:after|from|following)\s+(?:that|then)\b"
    # ("with the final interview on Wednesday 16th December, and they've promised me an answer
    # within 10 working days of that final interview")
    r"|(?:of|after|from|following)\s+that\s+(?:(?:final|last)\s+)?(?:interview|date|day|meeting|session"
    r"|review)\b"
    # ("He is back in Yerevan on Monday 21.12, and we promised to give you an answer within 10
    # working days of his return")
    r"|(?:of|after|from|following)\s+(?:his|her|their|my|our)\s+return\b"
    # ("The interview panel is expected to finalise its report by Monday, 14 December 2026.
    # Candidates will be informed ... within ten (10) working days after the report is
    # finalised")
    r"|(?:of|after|from|following)\s+the\s+(?:report|review|recommendation|committee|meeting)\s+"
    r"(?:is|has\s+been)\s+(?:finali[sz]ed|approved|held|submitted|completed|signed(?:\s+off)?)\b"
    # ("their final interviews wrap up on Friday 18 December. Craig has committed to a
    # decision within 10 working days of the final interview": the day the sentence before
    # names)
    r"|(?:of|after|from|following)\s+the\s+(?:final|last)\s+interviews?\b"
    # ("The panel interviews ... will conclude on Friday, 11 December 2026 ... within 15 working
    # days after the panel interviews conclude")
    r"|(?:of|after|from|following)\s+the\s+(?:[\w-]+\s+){0,2}interviews?\s+(?:conclude|end|close"
    r"|finish|are\s+(?:over|complete|completed|done))\b)"
    r"|\b(?:\d{1,2}\s*-\s*)?(?P<et_n>\d{1,2})\s+(?:(?P<et_business>tööpäeva)|päeva)\s+jooksul\s+pärast"
    r"\s+(?:viimast\s+vestlust|seda)\b"
    # ... and Slovak "do 10 pracovných dní po poslednom pohovore"
    r"|\bdo\s+(?P<sk_n>\d{1,2})\s+(?P<sk_business>pracovných\s+)?dní\s+po\s+(?:poslednom\s+pohovore"
    r"|ňom|tom)\b"
    # ... and Spanish "dentro de los 15 días hábiles siguientes a esa última entrevista"
    r"|\b(?P<es_n>\d{1,2}|[a-záéíóú]+)(?:\s*\(\d{1,2}\))?\s+días\s+(?P<es_business>(?:laborables"
    r"|hábiles)\s+)?(?:siguientes\s+a|posteriores\s+a|después\s+de|a\s+partir\s+de)\s+"
    r"(?:(?:esa|la)\s+(?:última|ultima)\s+(?:entrevista|instancia)|eso|esa\s+fecha|ese\s+día"
    # ("dentro de los diez (10) días hábiles siguientes a esa reunión")
    r"|(?:esa|dicha|esta)\s+(?:reunión|sesión)|(?:ese|dicho|este)\s+comité"
    # ("dentro de los diez (10) días hábiles siguientes a la suscripción del acta")
    r"|la\s+(?:suscripción|firma|publicación)\s+del\s+acta)\b"
    # ... and Armenian: "տեղեկացնում մասնակիցներին վերջին հարցազրույցի օրվան հաջորդող 10
    # աշխատանքային օրվա ընթացքում" (within the 10 working days after the last interview's day)
    r"|(?<!\w)վերջին\s+հարցազրույցի\s+օրվան\s+հաջորդող\s+(?P<hy_n>\d{1,2})\s+"
    r"(?P<hy_business>աշխատանքային\s+)?օր"
    # ... and Russian, the anchor first: "ближайшее заседание – во вторник, 22 декабря. После
    # заседания согласование занимает не более 10 рабочих дней"
    r"|(?<!\w)после\s+(?:заседания|встречи|собеседования|этого)(?!\w)[^.;!?\n]{0,60}?(?<!\w)"
    r"(?P<ru2_n>\d{1,2})\s+(?P<ru2_business>рабочих\s+)?дней"
    # ... and the count first: "Ответ обещают в течение 15 рабочих дней после этого собеседования"
    r"|(?<!\w)(?P<ru3_n>\d{1,2})\s+(?P<ru3_business>рабочих\s+)?дней\s+после\s+(?:этого|этой|того"
    r"|той|последнего|последней)\s+(?:собеседования|встречи|заседания|интервью)(?!\w)"
    # ... and the anchor first: "sesiona en Bogotá el martes 5 de enero de 2027. A partir del día
    # siguiente a esa sesión, le daremos una respuesta en un máximo de trece (13) días laborables"
    r"|\ba\s+partir\s+del\s+día\s+siguiente\s+a\s+(?:esa|dicha|esta)\s+(?:sesión|reunión|fecha"
    r"|entrevista|deliberación)\b[^.;!?\n]{0,80}?\b(?P<es3_n>\d{1,2}|[a-záéíóú]+)(?:\s*\(\d{1,2}\))?"
    r"\s+días\s+(?P<es3_business>(?:laborables|hábiles)\b)?"
    # ... and French "dans un délai de 10 jours ouvrés après ce dernier entretien"
    # ("les huit (8) jours ouvrés qui suivent cette délibération", fixed for a day said before)
    r"|\b(?P<fr_n>\d{1,2}|[a-zé]+)(?:\s*\(\d{1,2}\))?\s+jours\s+(?P<fr_business>(?:ouvrés|ouvrables)\s+)?"
    # ("à compter du lendemain de cette séance")
    r"(?:après|suivant|qui\s+suivent|à\s+compter\s+(?:du\s+lendemain\s+)?de)\s+(?:(?:ce|cet|le)\s+(?:dernier\s+)?"
    r"(?:entretien|échange|rendez-vous|conseil|comité|jury)|cette\s+(?:délibération|réunion|date"
    r"|séance|session|commission)|ce\s+jour-là)\b"
    # ... and Portuguese "no prazo de 10 dias úteis após essa última entrevista"
    r"|\b(?P<pt_n>\d{1,2}|[a-zç]+)(?:\s*\((?:\d{1,2}|[a-zç]+)\))?\s+dias\s+(?P<pt_business>úteis\s+)?"
    r"(?:após|depois\s+d[ae]|a\s+contar\s+d[ae])\s+(?:(?:essa|esta|a)\s+(?:última|ultima)\s+entrevista"
    r"|isso|essa\s+data|esse\s+dia)\b",
    re.IGNORECASE,
)


# ... and a count from the person's own interview, whose day the reader is told: "a decision
# within 10 business days of your interview", "advise all candidates of the outcome within 10
# working days of their interview" (not "after the final interview", which may be the last
# candidate's).
_COUNT_FROM_YOUR_INTERVIEW = re.compile(
    r"\b(?:\d{1,3}\s*(?:-|to|or)\s*)?(?P<n>\d{1,3}|[a-z]+)\s+(?P<business>business\s+|working\s+)?"
    # ("from the date of his/her interview"; "after the day on which they were interviewed")
    r"(?P<unit>days?|weeks?)\s+(?:of|after|from|following)\s+(?:the\s+date\s+of\s+)?(?:(?:your|their|his/her"
    r"|her/his|his\s+or\s+her)\s+(?:[\w-]+\s+){0,2}?"
    # (and a viva, as Bangladeshi and Indian employers call the interview: "within 10 (ten)
    # working days of their viva")
    r"(?:interviews?|onsite|on-site|conversation|call|meeting|visit|viva)|(?P<yours>yours)"
    # ("all interviewed candidates will be informed of the outcome within ten (10) working days
    # of the interview": each one's own)
    r"|the\s+interview"
    r"|the\s+(?:day|date)\s+on\s+which\s+(?:they|you|he\s+or\s+she|each\s+candidate)\s+(?:were|was)"
    r"\s+interviewed)\b"
    # ... and in Spanish: "en un término de diez (10) días laborables contados a partir de la
    # fecha de su entrevista"
    r"|\b(?P<es_n>\d{1,2}|[a-záéíóú]+)(?:\s*\(\d{1,2}\))?\s+días\s+"
    # ("dentro de los 10 días hábiles siguientes a su entrevista")
    # ("contados a partir del día siguiente al de su entrevista")
    r"(?P<es_business>(?:laborables|hábiles)\s+)?(?:contados\s+)?(?:a\s+partir\s+del\s+día\s+siguiente"
    r"\s+al\s+de|a\s+partir\s+de|desde"
    r"|siguientes\s+a|posteriores\s+a|después\s+de)\s+(?:la\s+fecha\s+de\s+)?(?:su|tu)\s+entrevista\b"
    # ("contados a partir del día siguiente a la realización de la entrevista de cada candidato")
    r"|\b(?P<es2_n>\d{1,2}|[a-záéíóú]+)(?:\s*\(\d{1,2}\))?\s+días\s+(?P<es2_business>(?:laborables|hábiles)\s+)?"
    r"(?:contados\s+)?a\s+partir\s+del\s+día\s+siguiente\s+a\s+la\s+(?:realización|celebración|fecha)\s+de\s+"
    r"la\s+entrevista\s+de\s+cada\s+(?:candidat[oa]|postulante|aspirante)\b"
    # ... and in Portuguese: "no prazo de 10 (dez) dias úteis contados a partir da data da
    # respectiva entrevista"
    r"|\b(?P<pt_n>\d{1,2}|[a-zç]+)(?:\s*\((?:\d{1,2}|[a-zç]+)\))?\s+dias\s+(?P<pt_business>úteis\s+)?"
    r"(?:contados\s+)?(?:a\s+partir\s+d[ae]|após|depois\s+d[ae]|a\s+contar\s+d[ae])\s+"
    r"(?:data\s+d[ae]\s+)?(?:sua|tua|respectiva)\s+entrevista\b"
    # ... and in Russian: "в течение 10 рабочих дней после Вашего собеседования"
    # ("не позднее 20 (двадцати) рабочих дней со дня проведения собеседования")
    r"|(?<!\w)(?:в\s+течение|не\s+позднее)\s+(?P<ru_n>\d{1,2})(?:\s*\([а-яё]+\))?\s+"
    r"(?P<ru_business>рабочих\s+)?дней\s+(?:после|с\s+(?:даты|момента)|со\s+дня(?:\s+проведения)?)"
    r"\s+(?:(?:Вашего|вашего|твоего)\s+)?(?:собеседования|интервью)"
    # ... and in Amharic: "ቃለ መጠይቁ ከተካሄደበት ቀን ቀጥሎ ባሉት አስራ አምስት (15) የሥራ ቀናት ውስጥ"
    # (within the fifteen working days that follow the day the interview was held)
    r"|(?<!\w)ቃለ\s+መጠይቁ\s+ከተካሄደበት\s+ቀን\s+ቀጥሎ\s+ባሉት\s+(?:\S+\s+){0,3}?\((?P<am_n>\d{1,2})\)\s+"
    r"(?P<am_business>የሥራ\s+)?ቀናት"
    # ... and in Arabic: "في أجل أقصاه عشرون (20) يوم عمل بداية من اليوم الموالي لتاريخ إجراء
    # الاختبار الشفاهي" (within at most 20 working days from the day after the oral test)
    r"|\((?P<ar_n>\d{1,2})\)\s+(?P<ar_business>(?:يوم|أيام)\s+عمل\s+)?(?:يوما?\s+)?(?:بداية|ابتداء|ابتداءً)\s+"
    r"من\s+اليوم\s+الموالي\s+لتاريخ\s+(?:إجراء|اجراء)\s+(?:الاختبار|المقابلة)"
    # ... and in Azerbaijani: "müsahibə günündən sonrakı 20 (iyirmi) iş günü ərzində" (within the
    # 20 working days after the interview's day)
    r"|(?<!\w)müsahibə\s+günündən\s+sonrakı\s+(?P<az_n>\d{1,2})(?:\s*\([^\W\d_]+\))?\s+"
    r"(?P<az_business>iş\s+)?gün"
    # ... and in Georgian: "გასაუბრების ჩატარებიდან არაუგვიანეს 10 სამუშაო დღისა" (no later
    # than 10 working days from the interview's holding)
    r"|(?<!\w)გასაუბრების\s+(?:ჩატარებიდან|დღიდან)\s+(?:არაუგვიანეს\s+)?(?P<ka_n>\d{1,2})\s+"
    r"(?P<ka_business>სამუშაო\s+)?დღ(?:ის|ისა)(?!\w)"
    # ... and in French: "dans un délai de dix (10) jours ouvrés à compter de la date de son
    # entretien"
    r"|\b(?P<fr_n>\d{1,2}|[a-zé]+)(?:\s*\(\d{1,2}\))?\s+jours\s+(?P<fr_business>(?:ouvrés|ouvrables)\s+)?"
    r"(?:qui\s+suivent|suivant|après|à\s+compter\s+de)\s+(?:la\s+date\s+de\s+)?"
    r"(?:votre|son|ton|leur)\s+entretien\b",
    re.IGNORECASE,
)
# ("We've promised every candidate an answer within 10 business days of their interview, so
# you'll hear from me within 10 business days of yours": the interview, said before)
_AN_INTERVIEW_SAID = re.compile(r"\b(?:interview|call|conversation|screen|meeting)", re.IGNORECASE)


def _counted_from_the_day_said(sentence: str, said: Said, before: str = "") -> DateMention | None:
    """The date a count after "that" gives from the day named before it in the sentence (or,
    in English and Estonian, in the sentence `before` it), or None. The day is the text's own,
    so the count is read from it (a count from a day only referred to, "after the last
    interview" alone, gives no date)."""
    counted = _COUNT_AFTER_THAT.search(sentence)
    if counted is None:
        return None
    day = _last_day(sentence, counted.start(), said)
    if day is None and any(
        counted[g] for g in ("n", "et_n", "es_n", "es3_n", "pt_n", "fr_n", "ru2_n", "ru3_n", "hy_n")
    ):
        # ("... viimane neist toimub kolmapäeval, 16. detsembril. Lõpliku otsuse teeme 10
        # tööpäeva jooksul pärast seda")
        day = _last_day(before, len(before), said)
    span = _span(counted)
    if day is None or span is None:
        return None
    return _counted(counted.group(0), span, day, said)


def _span(counted: re.Match[str]) -> str | None:
    """What a count says, as "10 business days": from the groups of the language it was read
    in (`es_n` and `es_business` for Spanish, ...), or the English `n`, `business` and
    `unit`; None when its number is a word that is none."""
    groups = counted.groupdict()
    for language in (
        "es",
        "es2",
        "es3",
        "es4",
        "pt",
        "fr",
        "ru",
        "ru2",
        "ru3",
        "et",
        "sk",
        "ka",
        "am",
        "hy",
        "az",
        "ar",
    ):
        if groups.get(f"{language}_n"):
            word = groups[f"{language}_n"].casefold()
            n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
            business = "business " if groups[f"{language}_business"] else ""
            return None if n is None else f"{n} {business}days"
    return f"{counted['n']} {counted['business'] or ''}{counted['unit']}"


# ... and a count from a day it names right after: "you can expect to hear from us within 10
# business days of January 4" (the day someone is back; the count runs from it)
_COUNT_FROM_A_DAY = re.compile(
    r"\bwithin\s+(?P<n>\d{1,3}|[a-z]+)\s+(?P<business>business\s+|working\s+)?(?P<unit>days?|weeks?)"
    r"\s+(?:of|after|from|following)\s+"
    # (the day someone is back may be said so: "within five business days after we're back on
    # Monday, January 4")
    r"(?:(?:we|they|he|she|everyone|the\s+team)(?:['’]re|['’]s|\s+are|\s+is|\s+get|\s+gets"
    r"|\s+return|\s+returns)\s+(?:back\s+)?(?:in\s+the\s+office\s+)?on\s+"
    r"|(?:we|they)\s+reopen\s+on\s+"
    # (or the round held that day: "within 3 business days of the final interview on Thursday
    # 17 December")
    r"|(?:the|that|their)\s+(?:final|last)\s+interviews?\s+on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?",
    re.IGNORECASE,
)


# ... and a count whose first day it names: "une réponse sous huit (8) jours ouvrés, le décompte
# commençant le lundi 14 décembre (ce lundi compte comme le premier jour)"
_COUNT_STARTING_ON = re.compile(
    r"\b(?:sous|dans\s+un\s+délai\s+de|dans\s+les)\s+(?P<fr_n>\d{1,2}|[a-zé]+)(?:\s*\(\d{1,2}\))?\s+"
    r"jours\s+(?P<fr_business>(?:ouvrés|ouvrables)\s*)?,?\s+le\s+décompte\s+commençant\s+(?:le\s+)?"
    # ... and Spanish: "en un plazo de 15 días hábiles, contando el lunes 14 como el primero"
    r"|\b(?:en\s+un\s+plazo\s+de|dentro\s+de)\s+(?P<es4_n>\d{1,2}|[a-záéíóú]+)(?:\s*\(\d{1,2}\))?\s+"
    r"días\s+(?P<es4_business>(?:hábiles|laborables)\s*)?,?\s+contando\s+(?:desde\s+)?(?:el\s+)?"
    r"(?=[^.;\n]{2,40}?\s+como\s+(?:el\s+)?primer)",
    re.IGNORECASE,
)


def _counted_from_a_day_named(sentence: str, said: Said) -> DateMention | None:
    """The date a count "within N business days of January 4" gives (or one whose first day
    is named: from the day before it), or None."""
    for pattern, first_day in ((_COUNT_FROM_A_DAY, False), (_COUNT_STARTING_ON, True)):
        for counted in pattern.finditer(sentence):
            for form in prose_forms():
                found = form.pattern.match(sentence, counted.end())
                value = form.value(found, said) if found else None
                span = _span(counted)
                if isinstance(value, date) and span is not None:
                    start = value - timedelta(days=1) if first_day else value
                    return _counted(sentence[counted.start() : found.end()], span, start, said)
    return None


def _last_day(text: str, end: int, said: Said) -> date | None:
    """The day named last in `text` before `end`."""
    day: tuple[int, date] | None = None
    for form in prose_forms():
        for match in form.pattern.finditer(text, 0, end):
            start, stop = match.span()
            if (start and _wordy(text[start - 1])) or (stop < len(text) and _wordy(text[stop])):
                continue  # (inside a word or a number: the "26." of "2026.")
            value = form.value(match, said)
            if isinstance(value, date) and (day is None or match.end() > day[0]):
                day = (match.end(), value)
    return day[1] if day else None


def _counted_from_the_interview(
    sentence: str, said: Said, interviewed: date | None
) -> DateMention | None:
    """The date a count from "your interview" gives, or None when the day of the person's
    interview is not known (the count is then read from the mail's day, as any other)."""
    if interviewed is None:
        return None
    counted = _COUNT_FROM_YOUR_INTERVIEW.search(sentence)
    if counted is None or (
        counted["yours"] and not _AN_INTERVIEW_SAID.search(sentence, 0, counted.start())
    ):
        return None
    span = _span(counted)
    return None if span is None else _counted(counted.group(0), span, interviewed, said)


# The week a writer keeps, when they say it: "Please note that our working days are Sunday to
# Friday" (Nepal's offices; a Gulf employer's Sunday to Thursday).
_WORK_WEEK = re.compile(
    rf"\b(?:working|business|work|office)\s+(?:days|week)\s+(?:are|is|runs?)\s+(?:from\s+)?"
    rf"(?P<first>{_DAY_NAME})\s+(?:to|through|till|until|-|\u2013)\s+(?P<last>{_DAY_NAME})"
    # ("our head office and factory are open from Saturday to Thursday")
    rf"|\b(?:we|they|office|offices|factory|factories|branch|branches|bank|plant|hub|team|site"
    rf"|department)\s+(?:work|works"
    rf"|are\s+open|is\s+open)\s+(?:from\s+)?"
    rf"(?P<first2>{_DAY_NAME})\s+(?:to|through|till|until|-|\u2013)\s+(?P<last2>{_DAY_NAME})"
    # "they count their own working days in KSA: Sunday to Thursday"
    rf"|\bcounts?\s+(?:their|our|its)\s+(?:own\s+)?(?:working|business)\s+days(?:\s+in\s+[\w.]+)?"
    rf"\s*[:,\u2013-]?\s*(?P<first4>{_DAY_NAME})\s+(?:to|through|till|until|-|\u2013)\s+"
    rf"(?P<last4>{_DAY_NAME})"
    # "it's Dubai business days – Monday to Friday"
    # ("these are Group working days in Doha, Sunday to Thursday")
    rf"|\b(?:business|working)\s+days(?:\s+in\s+[\w.]+)?\s*(?:[:,\u2013\u2014]|\s-)\s*"
    rf"(?P<first5>{_DAY_NAME})\s+(?:to|through"
    rf"|till|until|-|\u2013)\s+(?P<last5>{_DAY_NAME})"
    # "working days ... For us that means Monday to Friday"
    rf"|\bfor\s+us\s+(?:that|this|it)\s+means\s+(?P<first3>{_DAY_NAME})\s+(?:to|through|-|\u2013)\s+"
    rf"(?P<last3>{_DAY_NAME})"
    # ... and in Spanish: "los días laborables van de lunes a sábado, como es normal en hotelería"
    rf"|\bd[ií]as\s+(?:laborables|h[aá]biles)\s+(?:van|son)\s+de\s+(?P<first6>{_DIA})\s+a\s+"
    rf"(?P<last6>{_DIA})"
    # ... and "en la Zona Libre trabajamos de lunes a sábado", "Ellos trabajan de lunes a viernes"
    rf"|\b(?:trabajamos|trabajan|trabaja|abrimos|abren|abre)\s+de\s+(?P<first8>{_DIA})\s+a\s+"
    rf"(?P<last8>{_DIA})\b"
    # ... and "it runs on the Riyadh office's week, Sunday to Thursday"
    rf"|\bweek\s*,\s*(?P<first10>{_DAY_NAME})\s+(?:to|through|-|\u2013)\s+(?P<last10>{_DAY_NAME})\b"
    # ... and "on compte en jours ouvrables ..., c'est-à-dire du lundi au samedi"
    r"|\bjours\s+ouvrables\b[^.!?\n]{0,80}?\bdu\s+(?P<first9>lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche)\s+au\s+(?P<last9>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    # ... and in French: "l'administration travaille du lundi au samedi midi"
    r"|\b(?:travaille|travaillent|travaillons|est\s+ouverte?|sont\s+ouverts?)\s+du\s+"
    r"(?P<first7>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+au\s+"
    r"(?P<last7>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    re.IGNORECASE,
)


# (the numbered groups of `_WORK_WEEK`'s forms)
_WEEK_GROUPS = ("", "2", "3", "4", "5", "6", "7", "8", "9", "10")


def states_its_week(text: str) -> bool:
    """Whether the writer says which days they count as working days."""
    return _WORK_WEEK.search(text) is not None


def _weekend(text: str) -> frozenset[int] | None:
    """The days off a week the text says it keeps leaves; None when it says none."""
    said = _WORK_WEEK.search(text)
    if said is None:
        return None
    first, last = (
        WEEKDAYS[next(said[f"{end}{n}"] for n in _WEEK_GROUPS if said[f"{end}{n}"]).lower()]
        for end in ("first", "last")
    )
    working = {(first + n) % 7 for n in range((last - first) % 7 + 1)}
    return frozenset(range(7)) - working or WEEKEND


def _counted(text: str, span: str, day: date, said: Said) -> DateMention | None:
    found = find_date(
        f"We will decide within {span}.", after=day, holidays=said.holidays, weekend=said.weekend
    )
    if found is None or not isinstance(found.value, date):
        return None
    return _mention(text, found.value, said.after)


def find_date(
    text: str,
    *,
    after: date,
    month_first: bool | None = None,
    holidays: Mapping[date, str] | None = None,
    interviewed: date | None = None,
    weekend: frozenset[int] | None = None,
) -> DateMention | None:
    """The date an employer gives for their decision in free text, or None.

    Only sentences about deciding or hearing back count ("we expect to make a
    decision by November 24"); within one, a date after a deadline word ("by",
    "before") or after the deciding words wins over one mentioned in passing,
    then the earliest. A date that is named but invalid ("February 30") comes
    back with its error; an ambiguous number such as "2/3" is skipped, as in
    prose it is more often a fraction (and "2/3 of" always is). `interviewed` is the day of
    the person's last interview before the mail, if known: "within 10 business days of your
    interview" counts from it. `weekend` is the writer's days off when known (Friday and
    Saturday in Riyadh), Saturday and Sunday if not; a week the text says it keeps ("our
    working days are Sunday to Friday") comes first. A count the text says is in another
    country's working days ("those are UK working days") skips that country's public holidays
    instead of `holidays`, and days the text says are off or worked there count so.
    """
    week = _weekend(text) or weekend or WEEKEND
    holidays = _calendar_named(text, after) or holidays or {}
    said = Said(after, _order_shown(text, month_first), holidays, week)
    closed = _closed_days(text, said)
    if closed:  # days the employer says it is shut count as its holidays
        said = Said(after, said.month_first, {**said.holidays, **closed}, said.weekend)
    worked = _worked_days(text, said)
    if worked:  # ... and days it says it works are none
        kept = {day: name for day, name in said.holidays.items() if day not in worked}
        said = Said(after, said.month_first, kept, said.weekend)
    only = _only_holiday(text, said)
    if only:  # ... and when it names the one holiday of the period, the others are none
        kept = {day: name for day, name in said.holidays.items() if day in only or day in closed}
        said = Said(after, said.month_first, kept, said.weekend)
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    # (a greeting is no news: "Good to hear from you - and thanks again for your time on Friday")
    text = re.sub(r"(?i)\b(?:good|nice|great|lovely)\s+to\s+hear\s+from\s+you\b", " ", text)
    text = re.sub(r"(?i)\bngày\s+(?=\d)", "", text)  # Vietnamese "thứ Sáu, ngày 11/12": "day"
    # a count written twice, as Kenyan and Indian letters do: "within seven (7) working days",
    # and Nepali ones the other way round: "within 7 (seven) working days"
    text = re.sub(
        r"(?i)\b(?:[a-z]+\s+\((\d{1,3})\)|(\d{1,3})\s+\([a-z]+\))"
        r"(?=\s+(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?|días|semanas))",
        lambda m: m[1] or m[2],
        text,
    )
    text = re.sub(r"(?i)(?<=\w),\s+(?:dem|den)\s+(?=\d)", ", ", text)  # "Freitag, dem 11. Dezember"
    text = re.sub(r"(?i)(?<=\w),\s+dia\s+(?=\d)", " ", text)  # "na quinta, dia 10"
    first: DateMention | None = None
    after_cue: DateMention | None = None
    deciding_cue: DateMention | None = None
    # (the two sentences before: "... the last of those interviews is on Friday, 18 December.
    # No decision has been made yet. We will ... within 10 working days after that last
    # interview")
    previous: list[str] = ["", ""]
    sentences = list(_sentences(text))
    for at, sentence in enumerate(sentences):
        cue = _CUE.search(sentence)
        sentence_before = " ".join(previous)
        previous = [previous[1], sentence]
        if cue is None:
            continue
        counted = (
            _counted_from_the_day_said(sentence, said, sentence_before)
            or _counted_from_the_interview(sentence, said, interviewed)
            or _counted_from_a_day_named(sentence, said)
        )
        if counted is not None:
            # (a count from the day the sentence before named takes that day's place: "She
            # will decide at her meeting on Monday 21 December. She's promised me an answer
            # within 5 working days after that meeting.")
            after_the_day = (
                deciding_cue is not None
                and bool(deciding_cue.text)
                and deciding_cue.text in sentence_before
                and _COUNT_AFTER_THAT.search(sentence) is not None
            )
            deciding_cue = counted if after_the_day else deciding_cue or counted
            continue
        # the days of a closure: none is a decision's ("receso ... hasta el viernes 8 de enero")
        closures = [*_CLOSED_AFTER_SPAN.finditer(sentence), *_CLOSED_SPAN.finditer(sentence)]
        best: tuple[bool, bool, bool, bool, bool, bool, int, int, DateMention] | None = None
        for form in prose_forms():
            for match in form.pattern.finditer(sentence):
                start, end = match.span()
                before = sentence[max(0, start - 30) : start]  # "by close of business on"
                if (start and _wordy(sentence[start - 1])) or (
                    end < len(sentence) and _wordy(sentence[end])
                ):
                    continue
                if (
                    _PAST_WORD.search(before)
                    or _PAST_AFTER.match(sentence[end:])
                    or _ABSENCE.search(sentence[max(0, start - 60) : start])
                    or _AWAY_AT.search(sentence[max(0, start - 60) : start])
                    or _OTHERS_SEEN.search(sentence[max(0, start - 80) : start])
                    or _OTHERS_AFTER.match(sentence, end)
                    or _DATE_IN_BRACKETS.match(sentence, end)
                    or _EVENT_DAY.search(sentence[max(0, start - 30) : start])
                    or _CLOSED_THEN.match(sentence, end)
                    or any(c.start() <= start < c.end() for c in closures)
                ):
                    continue
                if needs_deadline(form) and not _FIRM_DEADLINE.search(before):
                    continue
                lead = sentence[max(0, start - 50) : start]
                if _NOT_BEFORE.search(lead) or (
                    re.match(r"before\b", match.group(0), re.I)
                    and _NOT_BEFORE.search(lead + "before")
                ):
                    continue  # "we won't make a call before Christmas": not sooner, no deadline
                value = form.value(match, said)
                if is_numeric(form) and (
                    not isinstance(value, date) or re.match(r"\s+of\b", sentence[end:])
                ):
                    continue
                preferred = bool(_DEADLINE_WORD.search(before)) or start >= cue.end()
                preferred = preferred or match.group(0).lower().startswith(("in ", "within"))
                # A date after "by", "no later than" beats one only after the cue ("reviewing
                # finalists over the next two weeks - you'll hear by Friday, December 4th"),
                # and a date read beats one that is named but cannot be read.
                said_by = bool(_FIRM_DEADLINE.search(before) or _LATEST_AFTER.match(sentence, end))
                firm = said_by or start >= cue.end()
                deciding = bool(_DECIDING.search(sentence[max(0, start - 60) : start]))
                if _SITS_BEFORE.search(sentence[max(0, start - 30) : start]) or _SITS_AFTER.match(
                    sentence, end
                ):
                    # the day a board sits, not the decision's: a day said anywhere else wins
                    deciding = firm = False
                # "by EOW after the onsites - so by Wednesday, December 23": the day restated
                restated = bool(_RESTATED.search(before))
                rank = (
                    not restated,
                    not preferred,
                    not said_by,
                    not deciding,
                    not firm,
                    isinstance(value, str),
                    start,
                    -(end - start),
                )
                if best is None or rank < best[:8]:
                    best = (*rank, _mention(match.group(0).rstrip(".,"), value, after))
        following = sentences[at + 1] if at + 1 < len(sentences) else ""
        if best is not None and not best[2]:
            if not _COUNT_AFTER_THAT.search(following):
                return best[8]  # said after "by": the deadline itself
            # (a step's deadline the next sentence counts from: "The panel is expected to
            # finalise its report by Monday, 14 December. Candidates will be informed ...
            # within ten (10) working days after the report is finalised")
            deciding_cue = best[8]
            continue
        first = first or (best[8] if best is not None else None)
        if best is not None and not best[4]:  # firm: said after its cue
            after_cue = after_cue or best[8]
            if not best[3]:  # right after words of deciding: "decisions is 2026-12-21"
                deciding_cue = deciding_cue or best[8]
    # No sentence gives its date after "by": the first that gives one right after words of
    # deciding ("finalizing the shortlist this week. Our target for communicating decisions is
    # 2026-12-21"), else after its cue ("the panel meets on Wednesday, so no decision yet. We
    # will notify you of the outcome on Thursday 10/12" is read for Thursday), else the first.
    return deciding_cue or after_cue or first
