"""The words dates are written with: weekdays, months, counts, and the locales that put
the month first in numeric dates ("12/5" is December 5 in the US, 12 May elsewhere)."""

from __future__ import annotations

from collections.abc import Iterable

from agent.core.alternation import of_words

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "weds": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
# German, French, Spanish, Italian (with and without the accent), Portuguese, Dutch,
# Swedish, Norwegian/Danish and Polish: "bis Freitag", "d'ici vendredi", "entro venerdì".
_OTHER_LANGUAGES = (
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    # Catalan ("Et donarem resposta el divendres 18 de desembre")
    ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "", ""),
    ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "", ""),
    # and short, as Brazilians write them ("na quinta, dia 10"); "segunda" and "quarta"
    # are also "second" and "fourth", so they are left out
    ("", "terça", "", "quinta", "sexta", "", ""),
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    ("mandag", "tirsdag", "", "", "", "lørdag", "søndag"),
    ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    ("poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli"),
    # Czech, as said and after "do"/"v": "do středy 25. listopadu", "v pátek"
    ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "", ""),
    ("pondělka", "úterka", "středy", "čtvrtka", "pátku", "", ""),
    ("", "", "středu", "", "", "", ""),
    # Turkish, and Afrikaans where it is not Dutch
    ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    ("", "", "", "", "vrydag", "saterdag", "sondag"),
    # Swahili
    ("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
    # Finnish
    ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    ("maanantaihin", "tiistaihin", "keskiviikkoon", "torstaihin", "perjantaihin", "", ""),
    # Hebrew ("יום רביעי, 9.12") and Vietnamese ("thứ Sáu, ngày 11/12")
    ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"),
    ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
    # Indonesian and Malay ("paling lambat Jumat, 11 Desember", "sebelum hari Jumaat")
    ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    ("isnin", "", "", "khamis", "jumaat", "", "ahad"),
    # Greek ("έως την Παρασκευή 11 Δεκεμβρίου"), Romanian ("până vineri, 11 decembrie"),
    # Hungarian, as named and with "on" ("december 10-én, csütörtökön"), and Arabic ("يوم
    # الخميس ١٠ ديسمبر")
    ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    ("", "marti", "", "", "", "sambata", "duminica"),
    ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    ("hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", ""),
    # Croatian, as named and after "do" and "u" ("do petka, 4.12.", "u srijedu"), and
    # Bulgarian ("до сряда, 23 декември")
    ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
    ("ponedjeljka", "utorka", "srijede", "četvrtka", "petka", "subote", "nedjelje"),
    ("", "", "srijedu", "", "", "subotu", "nedjelju"),
    ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    # Latvian ("trešdien, 2. decembrī", "līdz pirmdienai")
    ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"),
    ("pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"),
    ("pirmdienai", "otrdienai", "trešdienai", "ceturtdienai", "piektdienai", "", ""),
    # Slovene ("do torka, 22. 12.", "v sredo"); not "nedelja" (Sunday) nor "sobota" twice
    ("ponedeljek", "torek", "sreda", "četrtek", "petek", "", ""),
    ("ponedeljka", "torka", "", "četrtka", "petka", "", ""),
    # Lithuanian, as named and in the accusative ("antradienį", "iki penktadienio")
    (
        "pirmadienis",
        "antradienis",
        "trečiadienis",
        "ketvirtadienis",
        "penktadienis",
        "šeštadienis",
        "sekmadienis",
    ),
    (
        "pirmadienį",
        "antradienį",
        "trečiadienį",
        "ketvirtadienį",
        "penktadienį",
        "šeštadienį",
        "sekmadienį",
    ),
    ("pirmadienio", "antradienio", "trečiadienio", "ketvirtadienio", "penktadienio", "", ""),
    # Serbian, in both scripts ("do srede, 16. decembra", "у уторак, 22. децембра"); not its
    # Sunday, "nedelja", which is also its word for a week ("do kraja sledeće nedelje")
    ("ponedeljak", "", "sreda", "", "", "", ""),
    ("ponedeljka", "", "srede", "", "", "", ""),
    ("", "", "sredu", "", "", "", ""),
    ("понедељак", "уторак", "среда", "четвртак", "петак", "субота", ""),
    ("понедељка", "уторка", "среде", "четвртка", "петка", "суботе", ""),
    ("", "", "среду", "", "", "суботу", ""),
    # Ukrainian, as named and after "до" and "у" ("до середи, 16.12.2026", "у вівторок, 15
    # грудня"); its Sunday "неділя" is also a week ("наступного тижня" is not)
    ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", ""),
    ("понеділка", "вівторка", "середи", "четверга", "п'ятниці", "суботи", ""),
    ("", "", "середу", "", "п'ятницю", "суботу", ""),
    # Russian, as named and after "до" and "в" ("до пятницы, 18 декабря", "в среду")
    ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    ("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья"),
    ("", "", "среду", "", "пятницу", "субботу", ""),
    # Estonian, as named and in its cases ("teisipäeval, 15. detsembril", "esmaspäevaks, 7.12")
    ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"),
    (
        "esmaspäeval",
        "teisipäeval",
        "kolmapäeval",
        "neljapäeval",
        "reedel",
        "laupäeval",
        "pühapäeval",
    ),
    ("esmaspäevaks", "teisipäevaks", "kolmapäevaks", "neljapäevaks", "reedeks", "laupäevaks", ""),
    # Slovak ("v utorok 15. decembra", "do piatku 11. 12.", "v stredu")
    ("pondelok", "utorok", "streda", "štvrtok", "piatok", "", ""),
    ("pondelka", "utorka", "stredy", "štvrtka", "piatku", "", ""),
    ("", "", "stredu", "", "", "", ""),
    ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    ("الإثنين", "", "الاربعاء", "", "", "", ""),
)
for _names in _OTHER_LANGUAGES:
    WEEKDAYS.update({name: number for number, name in enumerate(_names) if name})
# In prose, "sat", "sun", "wed" and "mon" are more often words than days, and some
# weekdays are also names or words ("Domenica", "Domingo", "martes" is safe).
# Romanian "luni" is also "months", Arabic "الأحد" also "the one".
PROSE_WEEKDAYS = [
    w
    for w in WEEKDAYS
    if w not in {"sat", "sun", "wed", "weds", "mon", "domenica", "domingo", "luni", "الأحد"}
]
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # German, French, Spanish, Italian, Dutch, Portuguese: as employers write them in
    # "bis zum 4. Dezember", "d'ici le 4 décembre", "antes del 4 de diciembre".
    **dict.fromkeys(("januar", "janvier", "enero", "gennaio", "januari", "janeiro"), 1),
    **dict.fromkeys(("jänner", "jaenner", "janner"), 1),  # as Austria writes January
    **dict.fromkeys(("februar", "février", "fevrier", "febrero", "febbraio", "februari"), 2),
    **dict.fromkeys(("feber",), 2),  # ... and February
    **dict.fromkeys(("fevereiro",), 2),
    **dict.fromkeys(("märz", "maerz", "mars", "marzo", "maart", "março", "marco"), 3),
    **dict.fromkeys(("avril", "abril", "aprile"), 4),
    **dict.fromkeys(("mai", "mayo", "maggio", "mei", "maio"), 5),
    **dict.fromkeys(("juni", "juin", "junio", "giugno", "junho"), 6),
    **dict.fromkeys(("juli", "juillet", "julio", "luglio", "julho"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "settembre", "setembro"), 9),
    **dict.fromkeys(("oktober", "octobre", "octubre", "ottobre", "outubro"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"), 12),
    # Swedish, Norwegian, Danish (those not spelled as above): "senast den 4 december".
    "marts": 3,
    "maj": 5,
    "augusti": 8,
    "desember": 12,
    # Catalan (those not spelled as above): "el divendres 18 de desembre"
    "gener": 1,
    "febrer": 2,
    "març": 3,
    "maig": 5,
    "juny": 6,
    "juliol": 7,
    "agost": 8,
    "setembre": 9,
    "desembre": 12,
    # Polish, in the nominative and the genitive a date takes: "do 4 grudnia".
    **dict.fromkeys(("styczeń", "stycznia"), 1),
    **dict.fromkeys(("luty", "lutego"), 2),
    **dict.fromkeys(("marzec", "marca"), 3),
    **dict.fromkeys(("kwiecień", "kwietnia"), 4),
    **dict.fromkeys(("maja",), 5),
    **dict.fromkeys(("czerwiec", "czerwca"), 6),
    **dict.fromkeys(("lipiec", "lipca"), 7),
    **dict.fromkeys(("sierpień", "sierpnia"), 8),
    **dict.fromkeys(("wrzesień", "września"), 9),
    **dict.fromkeys(("październik", "października"), 10),
    **dict.fromkeys(("listopad", "listopada"), 11),
    **dict.fromkeys(("grudzień", "grudnia"), 12),
    # Czech, named and in the genitive ("25. listopadu")
    **dict.fromkeys(("leden", "ledna"), 1),
    **dict.fromkeys(("únor", "února"), 2),
    **dict.fromkeys(("březen", "března"), 3),
    **dict.fromkeys(("duben", "dubna"), 4),
    **dict.fromkeys(("květen", "května"), 5),
    **dict.fromkeys(("červen", "června"), 6),
    **dict.fromkeys(("červenec", "července"), 7),
    **dict.fromkeys(("srpen", "srpna"), 8),
    **dict.fromkeys(("září",), 9),
    **dict.fromkeys(("říjen", "října"), 10),
    **dict.fromkeys(("listopadu",), 11),
    **dict.fromkeys(("prosinec", "prosince"), 12),
    # Slovak, in the genitive a date takes ("do piatku 8. januára 2027")
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8,
    "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    # Turkish ("11 Aralık"), and Afrikaans where it is not spelled as above
    "ocak": 1, "şubat": 2, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "januarie": 1, "februarie": 2, "maart": 3, "mei": 5, "junie": 6, "julie": 7,
    # Swahili, where not spelled as above
    "januari": 1, "februari": 2, "machi": 3, "aprili": 4, "juni": 6, "julai": 7, "agosti": 8,
    "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
    # Indonesian and Malay, where not spelled as above ("11 Desember", "11 Disember")
    "maret": 3, "mac": 3, "agustus": 8, "ogos": 8, "disember": 12,
    # Finnish, named, in the genitive and in the partitive a date takes ("tammikuun alussa",
    # "11. joulukuuta")
    **{f"{stem}kuu{end}": n for n, stem in enumerate(("tammi", "helmi", "maalis", "huhti",
       "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"), 1)
       for end in ("", "n", "ta")},
    # Greek, named and in the genitive a date takes ("11 Δεκεμβρίου")
    **dict.fromkeys(("ιανουάριος", "ιανουαρίου"), 1),
    **dict.fromkeys(("φεβρουάριος", "φεβρουαρίου"), 2),
    **dict.fromkeys(("μάρτιος", "μαρτίου"), 3),
    **dict.fromkeys(("απρίλιος", "απριλίου"), 4),
    **dict.fromkeys(("μάιος", "μαΐου"), 5),
    **dict.fromkeys(("ιούνιος", "ιουνίου"), 6),
    **dict.fromkeys(("ιούλιος", "ιουλίου"), 7),
    **dict.fromkeys(("αύγουστος", "αυγούστου"), 8),
    **dict.fromkeys(("σεπτέμβριος", "σεπτεμβρίου"), 9),
    **dict.fromkeys(("οκτώβριος", "οκτωβρίου"), 10),
    **dict.fromkeys(("νοέμβριος", "νοεμβρίου"), 11),
    **dict.fromkeys(("δεκέμβριος", "δεκεμβρίου"), 12),
    # Romanian and Hungarian, where not spelled as above ("11 decembrie", "december 10-én")
    "ianuarie": 1, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
    # Croatian, named and in the genitive a date takes ("10. prosinca 2026."; not "listopad",
    # October, which Polish and Czech read as November), and Bulgarian ("10 декември")
    **dict.fromkeys(("siječanj", "siječnja"), 1), **dict.fromkeys(("veljača", "veljače"), 2),
    **dict.fromkeys(("ožujak", "ožujka"), 3), **dict.fromkeys(("travanj", "travnja"), 4),
    **dict.fromkeys(("svibanj", "svibnja"), 5), **dict.fromkeys(("lipanj", "lipnja"), 6),
    **dict.fromkeys(("srpanj", "srpnja"), 7), **dict.fromkeys(("kolovoz", "kolovoza"), 8),
    **dict.fromkeys(("rujan", "rujna"), 9),
    **dict.fromkeys(("studeni", "studenoga", "studenog"), 11),
    **dict.fromkeys(("prosinac", "prosinca"), 12),
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
    "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Serbian, where not spelled as above, in both scripts ("10. decembra", "10. децембра")
    # Lithuanian, named and in the genitive a date takes ("gruodžio 10 d.", "sausio pradžioje")
    **dict.fromkeys(("sausis", "sausio"), 1), **dict.fromkeys(("vasaris", "vasario"), 2),
    **dict.fromkeys(("kovas", "kovo"), 3), **dict.fromkeys(("balandis", "balandžio"), 4),
    **dict.fromkeys(("gegužė", "gegužės"), 5), **dict.fromkeys(("birželis", "birželio"), 6),
    **dict.fromkeys(("liepa", "liepos"), 7), **dict.fromkeys(("rugpjūtis", "rugpjūčio"), 8),
    **dict.fromkeys(("rugsėjis", "rugsėjo"), 9), **dict.fromkeys(("spalis", "spalio"), 10),
    **dict.fromkeys(("lapkritis", "lapkričio"), 11), **dict.fromkeys(("gruodis", "gruodžio"), 12),
    # Latvian, in the genitive and the locative ("janvāra sākumā", "17. decembrī")
    "janvāris": 1, "janvāra": 1, "janvārī": 1, "februāra": 2, "februārī": 2, "martā": 3,
    "aprīļa": 4, "aprīlī": 4, "maijā": 5, "jūnija": 6, "jūnijā": 6, "jūlija": 7, "jūlijā": 7,
    "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
    # Slovene, in the genitive a date takes, where not spelled as above ("v začetku januarja",
    # "10. decembra")
    "januarja": 1, "februarja": 2, "marca": 3, "junija": 6, "julija": 7,
    "januara": 1, "decembar": 12, "oktobar": 10, "oktobra": 10, "septembar": 9, "avgust": 8,
    "avgusta": 8, "jula": 7, "juna": 6, "aprila": 4, "marta": 3, "februara": 2, "novembar": 11,
    **{f"{stem}{end}": n for n, stem in enumerate(("јануар", "фебруар", "март", "април", "мај",
       "јун", "јул", "август", "септемб", "октоб", "новемб", "децемб"), 1)
       for end in (("", "а") if n not in (9, 10, 11, 12) else ("ар", "ра"))},
    # Ukrainian, named and in the genitive a date takes ("15 грудня 2026 р.", "на початку
    # січня"), and Estonian, named and in its cases ("15. detsembril", "detsembri keskel",
    # "jaanuari keskpaigas")
    **{word: n for n, words in enumerate((
        "січень січня", "лютий лютого", "березень березня", "квітень квітня", "травень травня",
        "червень червня", "липень липня", "серпень серпня", "вересень вересня",
        "жовтень жовтня", "листопад листопада", "грудень грудня"), 1) for word in words.split()},
    **{f"{stem}{end}": n for n, stem in enumerate(("jaanuar", "veebruar", "märts", "aprill",
       "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"), 1)
       for end in ("", "i", "il", "is", "ist", "iks", "ini") if (stem, end) != ("mai", "")},
    # (the months in "-ber" drop its "e" in their cases: "detsembri keskel", "15. detsembril")
    **{f"{stem}{end}": n for n, stem in ((9, "septembr"), (10, "oktoobr"), (11, "novembr"),
       (12, "detsembr")) for end in ("i", "il", "is", "ist", "iks", "ini")},
    # Azerbaijani, named and with the endings a date takes: "1 dekabr", "24 dekabrdan 8
    # yanvaradək" (from 24 December to 8 January), "dekabrın" ("may" alone is English's)
    **{f"{stem}{end}": n for n, stem in enumerate(("yanvar", "fevral", "mart", "aprel", "may",
       "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"), 1)
       for end in ("", "da", "dan", "a", "adək", "ın", "də", "dən", "ə", "ədək", "in")
       if n != 5 or end in ("da", "dan", "adək") if (stem, end) != ("mart", "")},
    # Russian, named and in the genitive a date takes ("18 декабря", "в начале января")
    **{word: n for n, words in enumerate((
        "январь января", "февраль февраля", "март марта", "апрель апреля", "май мая",
        "июнь июня", "июль июля", "август августа", "сентябрь сентября", "октябрь октября",
        "ноябрь ноября", "декабрь декабря"), 1) for word in words.split()},
    # Arabic, as Egypt and the Gulf write the months ("١٠ ديسمبر")
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    # "within the next fifteen working days"
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "couple": 2,
    "a couple": 2,
    "couple of": 2,
    "a couple of": 2,
}


# Countries whose numeric dates put the month first. Canada mixes both; its employers
# mostly follow US usage in mail, so it counts here.
MONTH_FIRST_COUNTRIES = frozenset(
    {"US", "PH", "CA", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW", "BZ",
     # year, month, day, so "12/11" is December 11: China, Taiwan, Japan, Korea
     "CN", "TW", "JP", "KR"}
)  # fmt: skip
# Time zones in those countries, for when no country is configured.
_MONTH_FIRST_ZONE_PREFIXES = (
    "US/",
    "Canada/",
    "Pacific/Guam",
    "Pacific/Saipan",
    "Asia/Shanghai",
    "Asia/Taipei",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Chongqing",
    "Asia/Urumqi",
)
_US_ZONES = frozenset(
    {
        "America/New_York",
        "America/Detroit",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Boise",
        "America/Los_Angeles",
        "America/Anchorage",
        "America/Juneau",
        "America/Sitka",
        "America/Nome",
        "America/Yakutat",
        "America/Metlakatla",
        "America/Adak",
        "America/Menominee",
        "America/Puerto_Rico",
        "America/Toronto",
        "America/Vancouver",
        "America/Edmonton",
        "America/Winnipeg",
        "America/Halifax",
        "America/St_Johns",
        "America/Regina",
        "America/Moncton",
        "America/Belize",
        "Asia/Manila",
        "Pacific/Honolulu",
        "EST5EDT",
        "CST6CDT",
        "MST7MDT",
        "PST8PDT",
    }
)


def month_first(country: str = "", zone: str | None = "") -> bool | None:
    """Whether "12/5" means December 5 for this person: from the country when known,
    else from the time zone; None when neither tells (an ambiguous date is then reported).
    """
    if country:
        return country.upper() in MONTH_FIRST_COUNTRIES
    zone = zone or ""  # a zone read from a file has no name
    if zone in _US_ZONES or zone.startswith(_MONTH_FIRST_ZONE_PREFIXES):
        return True
    if zone.startswith("America/Indiana/") or zone.startswith("America/Kentucky/"):
        return True
    if zone.startswith("America/North_Dakota/"):
        return True
    return None if not zone or zone == "UTC" else False


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal words, the longest that fits first: "thurs" before
    "thu" (written as a tree of their shared beginnings, which reads much faster)."""
    return of_words(words)
