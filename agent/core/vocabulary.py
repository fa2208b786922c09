"""The words that say an event is a job interview, or that it is not the person's own.

Matching is by whole words: "interview" matches "Interview:" and "Interviews"
but never "interviewer" or "interviewing". Case, accents and the separators
people type between words (space, hyphen, slash, underscore) do not count, so
"On-site", "onsite" and "on site" are written once each here and
"Vorstellungsgesprach" still matches "Vorstellungsgespräch".

Phrases come in tiers, because a word alone says more or less:

- STRONG: the title alone says job interview ("phone screen", "superday",
  "Vorstellungsgespräch").
- CONTEXTUAL: an interview only with a company on the other side ("panel",
  "pairing", "system design", "coffee chat" are also everyday work meetings).
- SOFT: a first conversation that may or may not be about a job ("intro call",
  "kennismakingsgesprek"): with a company and no other cue, the person is asked.
- WITH_A_COMPANY: the contextual words that are an interview as soon as a
  company is on the other side ("recruiter call", "take-home").
- INFORMATIONAL and CONVERSATION: an informational interview, an admissions
  interview, or "a call" a company invited the person to: the person is asked.
- NOT_THE_CANDIDATE (agent.core.not_the_candidate): the person is there, but
  not as a job seeker (practice, training, the interviewer's side, research,
  press, visas, hiring a nanny).

Systems that send invites are in agent.core.hiring_systems, what descriptions
say in agent.core.cues.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

# A take-home's review under the names product teams give it: an interview as soon as a
# company is on the other side.
_TAKE_HOME_REVIEWS = (
    "app challenge",
    "design challenge",
    "design exercise",
    "challenge walkthrough",
    "exercise review",
    "assignment review",
    "work sample review",
)

STRONG = (
    # English
    "interview",
    "job interview",
    "phone interview",
    "video interview",
    "phone screen",
    "phone screening",
    "tech screen",
    "technical screen",
    "technical screening",
    "technical interview",
    "recruiter screen",
    "recruiter screening",
    "recruiting screen",
    "screening call",
    "screening interview",
    "initial screen",
    "hiring interview",
    "hiring manager interview",
    "hiring manager screen",
    "hiring manager call",
    "hiring manager chat",
    "hm screen",
    "hm chat",
    "hm call",
    # a round named for what it goes into: "CarmelRidge // Casey // tech deep dive"
    "tech deep dive",
    "technical deep dive",
    "on site loop",
    "on site round",
    "hm interview",
    "final round",
    "final interview",
    "second round",
    "third round",
    "fourth round",
    "next round",
    "2nd round",
    "3rd round",
    "hr round",
    "hr interview",
    "technical round",
    "tech round",
    "coding round",
    "design round",
    "managerial round",
    "manager round",
    "director round",
    "client round",
    "culture round",
    "behavioral round",
    "behavioural round",
    "telephonic round",
    "telephonic interview",
    "face to face interview",
    "f2f interview",
    "onsite",
    "on site interview",
    "virtual onsite",
    "superday",
    "super day",
    "assessment centre",
    "assessment center",
    "assessment day",
    "walk in interview",
    "walk in drive",
    "f2f round",
    "face to face round",
    "panel interview",
    "interview loop",
    "onsite loop",
    "take home review",
    "takehome review",
    "take home debrief",
    # the candidate presents their case and is asked about it
    "case study debrief",
    "case debrief",
    "case interview",
    "coding interview",
    "live coding interview",
    "system design interview",
    "behavioral interview",
    "behavioural interview",
    "culture fit interview",
    "values interview",
    "bar raiser",
    # German, and Irish ("Agallamh / Interview")
    "vorstellungsgesprach",
    "agallamh",
    # Hebrew "ראיון" (an interview: "ראיון סופי", "ראיון טכני"), Vietnamese "Phỏng vấn"
    "ראיון",
    "phong van",
    # a technical stage or a practical test, in Portuguese and Spanish
    "etapa tecnica",
    # a numbered or final stage of a Portuguese or Spanish process: "2ª etapa", "etapa final"
    "2a etapa",
    "3a etapa",
    "segunda etapa",
    "terceira etapa",
    "etapa final",
    "ultima etapa",
    "teste pratico",
    "prova pratica",
    "prueba tecnica",
    "prueba practica",
    # Indonesian "wawancara", Malay "temu duga", Swahili "usaili"
    "wawancara",
    "temu duga",
    "temuduga",
    "usaili",
    # Chinese rounds: "一面" (the first), "终面" (the final)
    "一面",
    "二面",
    "三面",
    "终面",
    "終面",
    "面試",
    # Thai "สัมภาษณ์" (an interview)
    "สัมภาษณ์",
    # Arabic "مقابلة" (an interview: "مقابلة شخصية", "مقابلة عمل", "المقابلة"), Greek
    # "συνέντευξη", Romanian "interviu" ("interviul", "interviuri"), Hungarian "interjú"
    # ("állásinterjú", "az interjú", "interjúra")
    "مقابلة",
    "المقابلة",
    "مقابلات",
    "συνεντευξη",
    "συνεντευξεις",
    "interviu",
    "interviul",
    "interviuri",
    "interviului",
    "interju",
    "allasinterju",
    "interjura",
    "interjun",
    # Bulgarian "интервю" ("интервюто", "интервюта"), Croatian "razgovor za posao",
    # "intervju"
    "интервю",
    "интервюто",
    "интервюта",
    "razgovor za posao",
    "intervju",
    # Serbian in Cyrillic: "интервју"
    "интервју",
    # Lithuanian "Darbo pokalbis - Transporto planavimo vadovas (-ė)" (a job interview)
    "zaposlitveni razgovor",
    # Latvian "Intervija: Biznesa analītiķis/-e", "darba intervija"
    "intervija",
    "intervijā",
    "darba intervija",
    "darbo pokalbis",
    "darbo pokalbio",
    "darbo pokalbiui",
    "darbo pokalbį",
    # Ukrainian "Співбесіда: Бізнес-аналітик", "запрошуємо на співбесіду", "інтерв'ю";
    # Estonian "Töövestlus: energiaturu analüütik", "Konkursi vestlus", "tööintervjuu"
    "співбесіда",
    "співбесіду",
    "співбесіди",
    "співбесіді",
    "співбесідою",
    # Russian "Собеседование: аналитик данных"; Georgian "გასაუბრება – TDAA competition"
    # (an interview), "გასაუბრებაზე მოწვევა" (an invitation to one)
    "собеседование",
    "собеседования",
    "собеседовании",
    "собеседованию",
    "გასაუბრება",
    "გასაუბრებაზე",
    "გასაუბრების",
    "გასაუბრებას",
    "გასაუბრებაში",
    # Armenian "Հարցազրույց – նախարարության մրցույթ" (an interview, a ministry's competition)
    "հարցազրույց",
    "հարցազրույցի",
    "հարցազրույցին",
    # Amharic "ቃለ መጠይቅ" (an interview): "EIDC ቃለ መጠይቅ – Senior Data Analyst"
    "ቃለ መጠይቅ",
    # Azerbaijani "Müsahibə – Kredit riski modelləri üzrə baş analitik" (an interview), "NMTM
    # müsahibə", "müsahibəyə dəvət" (an invitation to one)
    "müsahibə",
    "müsahibəsi",
    "müsahibəyə",
    "müsahibədə",
    # Uzbek "Tanlov suhbati – ..." (a competition's interview), "Suhbat: Gulshakar Konditer – ..."
    "suhbat",
    "suhbati",
    "suhbatga",
    "tanlov suhbati",
    "інтерв'ю",
    "інтервʼю",
    "töövestlus",
    "töövestlusele",
    "töövestluse",
    "töövestlusel",
    "tööintervjuu",
    "intervjuu",
    "konkursi vestlus",
    "konkursi vestlusele",
    # Slovak "pracovný pohovor" ("pohovor" as Czech, above)
    "pracovny pohovor",
    # Japanese, Chinese and Korean: "一次面接", "面试", "면접"
    "面接",
    "面试",
    "면접",
    "인터뷰",  # the English word in Hangul: "컬처핏 인터뷰"
    "bewerbungsgesprach",
    "telefoninterview",
    "videointerview",
    "jobinterview",
    "bewerberinterview",
    "zweitgesprach",
    # the technical round and the selection interview: "Fachgespräch AFE – C. Candidate"
    "fachgesprach",
    "auswahlgesprach",
    # Austria's public service and universities: "Aufnahmegespräch Kennzahl 2026/0417"
    "aufnahmegesprach",
    # French
    "entretien d'embauche",
    "entretien d embauche",
    "entretien de recrutement",
    # a public competition's oral before its jury: "Oral concours CNOE – ingénieur principal",
    # "épreuve orale d'admission"
    "oral concours",
    "oral du concours",
    "epreuve orale",
    "entretien technique",
    "entretien telephonique",
    "entretien rh",
    "entretien final",
    # Spanish and Portuguese
    "entrevista",
    # Chile's psychological assessment of an employer's finalists, by a firm it hires:
    # "Evaluación psicolaboral – Analista de Siniestros Senior (Mutual Quintay Seguros)"
    "evaluacion psicolaboral",
    # Italian
    "colloquio",
    "colloqui",  # a public selection's day of interviews: "SP-TEC-14/2026 - Colloqui"
    # Dutch
    "sollicitatiegesprek",
    "sollicitatie",
    "tweede gesprek",
    "eindgesprek",
    "selectiegesprek",
    # Swedish and Norwegian ("intervjun", "intervjuet": the interview)
    "intervju",
    "intervjun",
    "intervjuet",
    "jobbintervju",
    "anstallningsintervju",
    "ansettelsesintervju",
    "rekryteringsintervju",
    # Danish ("2. samtale": the second interview) and Norwegian
    "jobsamtale",
    "ansættelsessamtale",
    "ansaettelsessamtale",
    "2 samtale",
    "anden samtale",
    "forste samtale",
    "første samtale",
    "andre samtale",
    # Québec French
    "entrevue",
    "entrevue d'embauche",
    # Finnish
    "haastattelu",
    "tyohaastattelu",
    "rekrytointihaastattelu",
    # Polish
    "rozmowa rekrutacyjna",
    "rozmowa kwalifikacyjna",
    "rozmowa o prace",
    "rozmowa techniczna",
    "rozmowa z rekruterem",
    "rozmowa z rekruterka",
    # a public body's or a university's panel: "Rozmowa z komisją – konkurs nr 27/ADM/2026"
    "rozmowa z komisja",
    "rozmowa z komisja rekrutacyjna",
    "rozmowa z komisja konkursowa",
    # Austria's civil service: "Aufnahmeverfahren IT-Projektcontrolling – Hearing"
    "aufnahmeverfahren",
    "aufnahmegesprach",
    # a numbered or final stage of a Polish process: "BMK – II etap", "drugi etap"
    "drugi etap",
    "ii etap",
    "etap ii",
    "trzeci etap",
    "iii etap",
    "etap finalowy",
    "finalowy etap",
    # Czech and Slovak
    "pohovor",
    "prijimaci pohovor",
    "pracovni pohovor",
    # Dutch rounds by their number
    "eerste gesprek",
    "vervolggesprek",
    # Turkish and Afrikaans
    "mulakat",
    "mulakati",
    "mulakatiniz",
    "mulakat daveti",
    "is gorusmesi",
    "werksonderhoud",
    "posonderhoud",
)

# A stage named by its number ("second stage"), as UK and Irish employers write rounds.
_STAGES_BY_NUMBER = (
    "final stage",
    "first stage",
    "1st stage",
    "second stage",
    "2nd stage",
    "third stage",
    "3rd stage",
    "stage 2",
    "stage two",
)

# Stages of a selection process in Portuguese and French: a case presented, a group
# exercise, a technical test, the panel ("banca"), the talk with the hiring manager.
_STAGES_ABROAD = (
    "apresentacao do case",
    "apresentacao de case",
    "case presentation",
    "dinamica de grupo",
    "teste tecnico",
    "banca",
    "painel",
    "conversa com o gestor",
    "conversa com gestor",
    "conversa com a gestora",
    "etapa final",
    "proxima etapa",
    "segunda etapa",
    "cas pratique",
    "etude de cas",
    "mise en situation",
    # a teaching post's trial lesson: "Entrevue et leçon d'essai", "Teaching Demonstration"
    "lecon d'essai",
    "teaching demonstration",
    "teaching demo",
    # Korean: a culture-fit talk, an assignment's review, a coding test
    "컬처핏",
    "과제 리뷰",
    "코딩테스트",
    "코딩 테스트",
)

CONTEXTUAL = (
    # an Italian public competition's oral exam before its commission: "Concorso FUNZ-DATI/2026
    # - prova orale" (with an employer on it; a university's exam has none)
    "prova orale",
    # big tech's new-grad loops end in calls with teams that have headcount
    "team match",
    "team matching",
    "screen",
    "screening",
    "hiring manager",
    "recruiter",
    "coffee chat",
    "loop",
    "panel",
    "on site",
    "take home",
    "takehome",
    "take home assignment",
    "case review",
    "case study",
    "pairing",
    "pairing session",
    "pair programming",
    "coding session",
    "live coding",
    "coding challenge",
    "technical assessment",
    "system design",
    "meet the team",
    "culture fit",
    "values fit",
    "culture add",
    "first round",
    "round",
    "round 1",
    "round 2",
    "round 3",
    # Indonesian and Malay stages: "Tahap 2", "tahap kedua", "tahap akhir" (the final one)
    "tahap 1",
    "tahap 2",
    "tahap 3",
    "tahap kedua",
    "tahap ketiga",
    "tahap akhir",
    "technical discussion",
    "technical chat",
    "hiring chat",
    "entretien",
    "samtale",
    # a public panel in Austria: "Hearing - Referent:in Berichtswesen (KNZ 314/26)"
    "hearing",
    # South Asian employers' interview before a board: "Viva Voce – Principal Officer (Data
    # Analytics)" (a thesis's viva has no employer and no post)
    "viva",
    "viva voce",
    "viva board",
    # ... and its board by name, over a post: "Selection Board – Manager, Institutional Research
    # & Analytics" (a university's Zoom invite to its candidates)
    "selection board",
    "selection panel",
    "selection committee",
    "interview board",
    # Turkish "görüşme" is any meeting; Afrikaans "onderhoud" is Dutch for maintenance
    "gorusme",
    "gorusmesi",
    "gorusmemiz",
    "onderhoud",
    "recruiter call",
    "recruiter chat",
    "chat with recruiter",
    "call with recruiter",
    "talent call",
    "talent chat",
    *_STAGES_BY_NUMBER,
    "hiring panel",
    "portfolio review",
    "portfolio presentation",
    "face to face",
    *_TAKE_HOME_REVIEWS,
    *_STAGES_ABROAD,
)

# Contextual words that are an interview as soon as a company is on the other side:
# nobody else holds a "recruiter call" or a "take-home review" with a company.
WITH_A_COMPANY = (
    "hiring manager",
    "recruiter",
    "recruiter call",
    "recruiter chat",
    "chat with recruiter",
    "call with recruiter",
    "talent call",
    "talent chat",
    "hiring chat",
    "entretien",
    "first round",
    "round 1",
    "round 2",
    "round 3",
    *_STAGES_BY_NUMBER,
    "take home",
    "takehome",
    "take home assignment",
    "technical assessment",
    "coding challenge",
    "coding session",
    "live coding",
    "pair programming",
    "meet the team",
    "culture fit",
    "values fit",
    "culture add",
    "hiring panel",
    "portfolio review",
    "portfolio presentation",
    "face to face",
    *_TAKE_HOME_REVIEWS,
    *_STAGES_ABROAD,
)

SOFT = (
    "intro call",
    "introductory call",
    "intro chat",
    "introductory chat",
    "introduction call",
    "intro meeting",
    "exploratory call",
    "exploratory chat",
    "initial call",
    "initial chat",
    "first call",
    "kennenlerngesprach",
    "kennenlerntermin",
    "kennenlernen",
    "erstgesprach",
    "kennismakingsgesprek",
    "kennismaking",
    "premier echange",
    "echange telephonique",
    "conversa inicial",
    "bate papo inicial",
    # Turkish "Tanışma / Bilgi Alışverişi" (getting to know each other, an exchange of news)
    "tanisma",
    "tanisma toplantisi",
    "bilgi alisverisi",
    # Croatian "Kamenjar Analytics – upoznavanje (30 min)", Bulgarian "Запознанство –
    # Bachkovo Pay (30 мин)" (getting to know each other)
    "upoznavanje",
    "upoznavanja",
    # Latvian "Iepazīšanās saruna ar Sīkrauda (30 min)"
    "iepazīšanās saruna",
    "iepazīšanās",
    "запознанство",
    "запознаване",
    # Ukrainian "Знайомство з Kvitka (30 хв)"; Estonian "Tutvumisvestlus Rahakratiga (30 min)"
    "знайомство",
    "tutvumisvestlus",
    "tutvumiskõne",
    # Slovak "Zoznamovací hovor s Kolibrík Data (30 min)", "Zoznámenie – ..."
    "zoznamovaci hovor",
    "zoznamenie",
    "uvodny hovor",
)

# The person asked someone about their work: no application waits on it, though a
# thank-you may be kind. The person is asked.
INFORMATIONAL = (
    "admissions",
    "admission interview",
    "admissions interview",
    "mba interview",
    "college interview",
    "alumni interview",
    "scholarship interview",
    "phd interview",
    "informational interview",
    "info interview",
    "informational",
    "networking call",
    "networking chat",
)

# Words of any conversation: with a company that invited the person, it may be a job.
CONVERSATION = (
    "call",
    "video call",
    "chat",
    "conversation",
    "meeting",
    "meet",
    "sync",
    "touch base",
    "talk",
    "discussion",
    "catch up",
    "coffee",
    # ... and South Asia's tea: "☕ Chai with Zunaira"
    "chai",
    # a coffee abroad, as a friend titles it: "caffè Casey + Gennaro" (folded: "caffe")
    "caffe",
    "cafe",
    "kaffee",
    "koffie",
    # French "RDV client Carvin Distribution – Chef d'équipe logistique"
    "rdv",
    "follow up",
    "connect",
    "intro",
    "introduction",
    "gesprach",
    "telefonat",
    "echange",
    "appel",
    "llamada",
    "charla",
    "bate papo",
    "papo",
    # a phone call in Portuguese: "Ligação Boa Praça (RH)"; the person's own "Tel.
    # Meetjesland Zuivel (HR)"
    "ligacao",
    "tel",
    "telefoon",
    "telefon",  # Polish and German: "Telefon – Lumea BPO (HR)"
    # ... and a phone interview noted by the person: "Telefonintervju Tullgarn"
    "telefonintervju",
    # German "Termin Hardwald – Casey Candidate" from a headhunter (a doctor's "Termin" says
    # nothing of a job, and stays no interview)
    "termin",
    # Turkish "sohbet" (a chat)
    "sohbet",
    "conversa",
    # Polish: "Rozmowa telefoniczna – Planista produkcji – Stocznia Mewia Łacha S.A."
    "rozmowa",
    "rozmowa telefoniczna",
    "spotkanie",
    "chiamata",
    "videochiamata",
    "kafi",  # Swiss German coffee: "Kafi Selina & Casey"
    "kafe",  # Czech: "Kafe s Irenou"
    "schuzka",  # Czech: a meeting, "Kosmonosy Precision – schůzka s GŘ a HR"
    "kava",
    "kawa",  # Polish: "Kawa z Kubą ☕"
    "kahve",  # Turkish: "Kahve – Kaan & Casey"
    "ყავა",  # Georgian coffee: "☕ ყავა ქეთისთან" (coffee at Keti's)
    "кофе",  # Russian: "Кофе с Ниной"
    # a cup alone, as friends title a coffee: "☕ İçərişəhər – Lamiyə & Casey"
    "☕",
    "tanisma",  # Turkish Calendly: "Tezgâh tanışma (30 dk)" (folded)
    "videocall",
    "videollamada",
    "aperitivo",
    "chiacchierata",
    "gesprek",
    "kennismaking",
    "kennenlernen",
    "samtal",
    "prat",
    "snak",
    # coffee and a talk in Nordic languages, Italian and French; Māori "kōrero", a "yarn"
    "kaffe",
    "kaffee",
    "koffie",
    "kape",
    "fika",
    "kahvi",
    "kahvit",
    "cafe",
    "caffe",
    "korero",
    "yarn",
    "conversacion",
    "platica",
    "cafecito",
    # Paraguay's cold maté with a friend: "Tereré con Arami"
    "terere",
    "kopi",  # Singapore and Malaysia: "Kopi w Casey"
    "reunion",
    # a call or a chat in Chinese and Korean: "电话沟通", "커피챗"
    "沟通",
    "溝通",
    "电话",
    "電話",
    "聊聊",
    "커피챗",
    "통화",
    "미팅",
    # Romanian "o cafea", "discuție"; Greek "καφές", "συζήτηση"; Hungarian "kávé",
    # "beszélgetés"; Arabic "دردشة" (a chat), "مكالمة" (a call), "قهوة" (coffee)
    "cafea",
    "discutie",
    "καφες",
    "συζητηση",
    "kave",
    "beszelgetes",
    "دردشة",
    "مكالمة",
    "قهوة",
    "convo",
    # a chat or a coffee: "Noordmolen praatje", "Cafezinho ☕ Casey + Duda", "コーヒー",
    # Hebrew "קפה"
    "praatje",
    "cafezinho",
    "コーヒー",
    "קפה",
    # Finnish "Puhelu: Kotipiha (HR)", "Juttutuokio: Product Analyst @ Vireä Health",
    # "Tapaaminen LTE"; Greek "Τηλέφωνο Αλκυονίδα (HR)", "Συνάντηση SBC" (folded)
    "puhelu",
    "juttutuokio",
    "tapaaminen",
    "keskustelu",
    "τηλεφωνο",
    "τηλεφωνημα",
    "κληση",
    "συναντηση",
    # Croatian "Razgovor – Data Scientist", "Poziv – Vinodol Trgovina (HR)", "kava";
    # Bulgarian "разговор", "Обаждане: Емона Ритейл (ЧР)", "среща", "кафе"; Indonesian
    # "ngobrol", "telepon" (folded)
    "razgovor",
    "poziv",
    "sastanak",
    "kava",
    "разговор",
    "обаждане",
    "среща",
    "кафе",
    "ngobrol",
    "ngopi",
    "kafa",
    "кафа",
    # Lithuanian "Pokalbis: BI programuotojas (-a)", "skambutis dėl QA Lead", "Susitikimas su"
    "pokalbis",
    "pokalbio",
    "skambutis",
    "susitikimas",
    # Slovene "Klic Kurent (kadrovska)", "zaposlitveni razgovor" (razgovor as above)
    "klic",
    # Latvian "Zvans – Baltā Kāpa (HR)", "Tikšanās – Finanšu kontrolieris/-e", "saruna"
    "zvans",
    "tikšanās",
    "saruna",
    "kafija",
    "telepon",
    "panggilan",
    # Ukrainian "Дзвінок – Смачна Комора (HR)", "зустріч", "розмова", "кава"; Estonian
    # "Kõne – Väinamere Liinid (HR)", "Vestlus Aegna Investis", "kohtumine", "kohv"
    "дзвінок",
    "зустріч",
    "розмова",
    "кава",
    "kõne",
    "vestlus",
    "vestlust",
    "vestlusele",
    "kohtumine",
    "kohv",
    # Slovak "hovor", "stretnutie" ("Telefonát – Tatrasoft (HR)" and "káva" as Czech, above)
    "hovor",
    "stretnutie",
)

# A later round named by what it is rather than "interview" ("CVJ – Final – C. Candidate",
# "Plant walk – Casey"): from a company that invited the person it may be one more round,
# and another round with that employer says it is.
LATER_ROUND = (
    "final",
    "finals",
    "plant visit",
    "plant walk",
    "plant tour",
    "facility tour",
    "visita a planta",
    "visita a la planta",
    "visita de planta",
    "visite d'usine",
    "visite de l'usine",
    # a plant's: "Walk-through at Falls City - Casey"
    "walk through",
    "walkthrough",
    "plant walk through",
    # a shop's round on its floor: "L&D Leith Walk - store walk w/ Fraser"
    "store walk",
    "store visit",
    "shop walk",
    "store tour",
    # a university's final round: "On-campus visit: C. Candidate - CTL director search"
    "campus visit",
    "on campus visit",
    "campus interview",
    "on campus interview",
    # Estonian "Konkursi II voor", "teine voor"; Ukrainian "Друга зустріч", "другий етап"
    "ii voor",
    "teine voor",
    "lõppvoor",
    "друга зустріч",
    "другий етап",
    "фінальний етап",
)


# What people type between words: each becomes a space.
_SEPARATORS = str.maketrans(dict.fromkeys('\u00a0\u2009\u202f-–—_/|:;,.!?()[]{}<>"*+#&@=~', " "))


def fold(text: str) -> str:
    """Lower case, no accents, one space between words: what phrases are matched against."""
    text = text or ""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text).casefold().replace("’", "'")
        # Turkish "ı" has no accent to drop; Hangul syllables come apart under NFKD and
        # are put back together, so each is one character as in Japanese and Chinese
        text = "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i")
        text = unicodedata.normalize("NFC", text)
    # Japanese, Chinese and Korean do not put spaces between words: each character is
    # one, so "一次面接" holds the phrase "面接"
    text = _CJK.sub(r" \1 ", text)
    return " ".join(text.translate(_SEPARATORS).split())


_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])")

# A plural ending is the same word ("Interviews", "Vorstellungsgespräche").
_PLURALS = ("s", "es", "e", "en")

Index = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


@lru_cache(maxsize=256)
def _index(phrases: tuple[str, ...]) -> Index:
    """Phrases by their first word, longest first: matching looks up each word once."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in phrases:
        words = tuple(fold(phrase).split())
        if words:
            by_first.setdefault(words[0], []).append((words, phrase))
            if len(words) == 1:  # a one-word phrase may itself carry the plural ending
                for ending in _PLURALS:
                    by_first.setdefault(words[0] + ending, []).append((words, phrase))
    return {w: tuple(sorted(c, key=lambda c: -len(c[0]))) for w, c in by_first.items()}


def _ends_as(word: str, wanted: str) -> bool:
    return word == wanted or any(word == wanted + ending for ending in _PLURALS)


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    words = tuple(text.split())
    return words, frozenset(words)


def found(text: str, phrases: Iterable[str]) -> Iterator[tuple[str, int, int]]:
    """Each of `phrases` in `text` (folded) as (phrase, first word, word after), left to right.

    Positions index `text.split()`; where phrases overlap, the longest wins.
    """
    index = _index(phrases if isinstance(phrases, tuple) else tuple(phrases))
    words, present = _tokens(text)
    starts = index.keys() & present
    if not starts:
        return
    after = 0  # the word after the last match: matches do not overlap
    for i, word in enumerate(words):
        if i < after or word not in starts:
            continue
        for candidate, phrase in index[word]:
            n = len(candidate)
            if n == 1 or (
                i + n <= len(words)
                and words[i] == candidate[0]
                and words[i + 1 : i + n - 1] == candidate[1:-1]
                and _ends_as(words[i + n - 1], candidate[-1])
            ):
                yield phrase, i, i + n
                after = i + n
                break


def has(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` (folded) as whole words."""
    return next(found(text, (phrase,)), None) is not None


def first(text: str, phrases: Iterable[str]) -> str:
    """The longest of `phrases` found in `text` (folded), or ""."""
    hits = [phrase for phrase, _, _ in found(text, phrases)]
    return max(hits, key=len) if hits else ""
