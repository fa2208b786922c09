"""The role an interview is for, read off the notes or the title.

From the notes ("role:", "position:", "job:"; an employer's "Position:" line
in the description fills them too), else the title: "for <role>", a
parenthesised role, or the segment with a job noun (engineer, manager,
designer, analyst, nurse...). What is not the role comes out: the person's
name and the interviewers', the company (as whole words only: "Metadata
Engineer" at Meta keeps its "Meta"), stage words (panel, onsite, phone screen,
final round), tool names (CoderPad, Zoom), requisition numbers (R-12345,
JR123, Req #..., (123456)) and gender markers ("(m/w/d)", "(f/m/x)").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from agent.core import cjk
from agent.core.model import Notes
from agent.core.names import HONORIFICS, fold_accents, is_department, is_title_word, name_key

JOB_NOUNS = (
    "engineer", "engineering manager", "developer", "programmer", "manager", "designer",
    "analyst", "scientist", "architect", "researcher", "director", "lead", "head of", "vp",
    "vice president", "avp", "svp", "pm", "tpm", "sre", "devops", "qa", "intern", "internship",
    "consultant", "disponent", "scheduler",
    "specialist", "coordinator", "supervisor", "superintendent", "administrator", "admin",
    "mgr",
    "nurse", "rn", "physician",
    # Turkish, as written in a title and with its possessive ending ("Risk Analisti")
    "geliştirici", "geliştiricisi", "analist", "analisti", "uzman", "uzmanı", "müdür", "müdürü",
    "mühendis", "mühendisi", "yönetici", "yöneticisi", "sorumlusu", "direktör", "direktörü",
    "tasarımcı", "tasarımcısı", "bilimci", "bilimcisi",
    "therapist", "pharmacist", "technician", "accountant", "controller", "associate",
    "representative", "rep", "officer", "writer", "editor", "marketer", "recruiter", "sourcer",
    "strategist", "advocate", "teacher", "tutor", "counsel", "attorney", "lawyer", "paralegal",
    "executive", "account executive", "ae", "sdr", "bdr", "csm", "owner", "business partner",
    "trader", "broker", "banker", "underwriter", "actuary", "aktuar", "agent", "modeller",
    "modeler",
    # Hungarian: "Energiapiaci Elemző", "Szoftverfejlesztő"
    "elemző", "fejlesztő", "mérnök",
    # Greek: "Αναλυτής/τρια Δεδομένων", "Μηχανικός Λογισμικού", "Στέλεχος Ανάλυσης Δεδομένων"
    "αναλυτής", "αναλύτρια", "μηχανικός", "προγραμματιστής", "στέλεχος", "υπεύθυνος", "υπεύθυνη",
    # Croatian: "Analitičar podataka", "Voditeljica planiranja"; Bulgarian: "Старши анализатор",
    # "Финансов анализатор", "Консултант „Анализ на данни“"
    "analitičar", "analitičarka", "inženjer", "inženjerka", "voditelj", "voditeljica",
    "stručnjak", "stručnjakinja", "specijalist", "specijalistica", "programer",
    "анализатор", "инженер", "мениджър", "консултант", "специалист", "разработчик",
    "програмист", "ръководител",
    # Lithuanian: "Duomenų analitiko (-ės) pokalbis", "BI programuotojas (-a)", "Transporto
    # planavimo vadovas (-ė)"
    "analitikas", "analitikė", "analitiko", "programuotojas", "programuotojo",
    "vadovas", "vadovė", "vadovo", "inžinierius", "specialistas", "specialistė", "specialisto",
    "vadybininkas", "vadybininkė",
    # Slovene: "Podatkovni inženir (m/ž)", "Razvijalec Python", "Aktuarski analitik", "Vodja
    # logističnega planiranja"
    "inženir", "inženirka", "razvijalec", "razvijalka", "analitik", "analitičarka", "vodja",
    "svetovalec", "svetovalka", "koordinator", "koordinatorka",
    # Latvian: "Biznesa analītiķis/-e", "Transporta plānošanas vadītājs/-a", "Finanšu
    # kontrolieris/-e"
    "analītiķis", "analītiķe", "analītiķa", "vadītājs", "vadītāja", "kontrolieris", "speciālists",
    "speciāliste", "inženieris", "izstrādātājs", "konsultants",
    # Ukrainian: "Бізнес-аналітик", "Провідний аналітик даних", "Аналітик з ціноутворення";
    # Estonian: "energiaturu analüütik", "andmehalduse peaspetsialist", "statistik-analüütik"
    "аналітик", "аналітика", "інженер", "розробник", "менеджер", "керівник", "спеціаліст",
    "фахівець", "консультант", "директор", "програміст", "планувальник", "дизайнер",
    # Azerbaijani: "Məlumatların təhlili şöbəsinin baş mütəxəssisi", "aparıcı mütəxəssis",
    # "Qiymət siyasəti meneceri", "mühəndis"
    "mütəxəssis", "mütəxəssisi", "menecer", "meneceri", "mühəndis", "mühəndisi",
    # Uzbek: "Bosh mutaxassis", "Savdo va tannarx tahlilchisi", "yetakchi tahlilchi"
    "mutaxassis", "mutaxassisi", "tahlilchi", "tahlilchisi",
    # Russian: "главный аналитик по кредитным рискам", "ведущий инженер по добыче",
    # "Разработчик Python", "Главный специалист"
    "аналитик", "инженер", "разработчик", "специалист", "руководитель", "программист",
    "бухгалтер", "экономист", "юрист", "аудитор", "логист", "технолог", "эксперт",
    "analüütik", "analüütiku", "spetsialist", "spetsialisti", "peaspetsialist",
    "peaspetsialisti", "juhataja", "arendaja", "insener", "planeerija", "konsultant",
    "finantsanalüütik", "finantsjuht", "tiimijuht",
    # Slovak: "špecialista/špecialistka reportingu a analýz", "Produktový analytik/analytička"
    "analytička", "špecialista", "špecialistka", "manažér", "manažérka", "vývojár", "inžinier",
    "konzultantka",
    "leader", "team leader", "gérant", "gérante", "adjoint", "adjointe", "planificateur",
    "planificatrice", "td", "technical director", "sde", "sdet", "swe", "mle", "analist",
    "régisseur", "régisseuse", "rédacteur",
    "rédactrice", "redacteur", "redactrice", "redattore", "redattrice", "redactor", "redactora",
    "designér", "designérka", "preparator", "curator", "archivist", "conservator", "registrar",
    "apprentice", "apprenticeship", "plumber", "carpenter", "joiner", "electrician",
    "pipefitter", "tømrer", "snekker", "elektriker", "rørlegger", "lærling",
    # hourly work as postings name it ("Overnight Stocker", "Crew Member")
    "stocker", "picker", "packer", "loader", "sorter", "merchandiser", "crew member",
    "team member", "porter", "dishwasher", "busser", "janitor", "custodian", "cleaner",
    "receptionist", "concierge", "attendant", "lifeguard", "nanny", "baker", "butcher",
    "carer", "support worker", "paraeducator", "paraprofessional", "handler", "teller",
    "assistant", "clerk", "operator", "mechanic", "chef", "cook", "barista",
    "cashier", "driver", "fellow", "producer", "artist", "founder", "co-founder", "cto",
    "ceo", "cfo", "coo", "cpo", "ciso",
    "animator", "tester", "auditor", "economist", "statistician", "planner", "buyer",
    "generalist", "hygienist", "dentist", "veterinarian", "surgeon", "medic", "paramedic",
    "technologist", "advisor", "adviser", "counselor", "counsellor", "librarian", "instructor",
    "professor", "lecturer", "estimator", "dispatcher", "machinist", "welder", "foreman",
    "steward", "host", "server", "bartender", "housekeeper", "caregiver", "aide",
    "coordinador", "coordinadora", "jefe", "jefa", "jefatura",
    "teamleider", "leidinggevende", "verpleegkundige", "prosjektleder", "rådgiver",
    # German, French, Spanish, Portuguese, Italian and Dutch titles.
    "ingenieur", "entwickler", "berater", "leiter", "leitung", "referent", "sachbearbeiter",
    "coördinator", "analist",
    "ingénieur", "ingénieure", "développeur", "développeuse", "chef de projet", "chargé",
    "chargée", "responsable", "resp", "consultante", "analyste", "ingeniero", "ingeniera",
    # Québec's "Scientifique de données principal(e)"
    "scientifique",
    "desarrollador", "desarrolladora", "diseñador", "diseñadora", "gerente", "analista",
    # a Spanish-speaking public body's post: "Profesional II", "Profesional en Análisis de Datos"
    "profesional",
    "engenheiro", "engenheira", "desenvolvedor", "desenvolvedora", "coordenador",
    "coordenadora", "ingegnere", "sviluppatore", "sviluppatrice", "progettista",
    # Portuguese and Spanish: "Cientista de Dados", "Assessor(a) Técnico(a)", "Científico"
    "cientista", "científico", "cientifico", "científica", "assessor", "assessora", "asesor",
    "asesora", "especialista", "consultor", "consultora", "contador", "contadora", "contralor",
    "contralora",
    "ontwikkelaar", "adviseur", "medewerker", "beheerder", "inkoper", "aankoper", "analist",
    # German students and trainees ("Werkstudent Marketing", "Praktikantin HR").
    "werkstudent", "praktikant", "auszubildende", "auszubildender", "azubi", "trainee",
    # a graduate intake as the post: "Graduate Program Ingegneria 2027", "Graduate Scheme"
    "graduate program", "graduate programme", "graduate scheme",
    "volontär", "ausbildung", "duales studium",
    # Swedish, Norwegian, Danish, Finnish, Polish and Czech titles.
    "utvecklare", "utvikler", "udvikler", "ingenjör", "ingeniør", "analytiker", "konsult",
    "konsulent", "projektledare", "projektleder", "kehittäjä",
    "asiantuntija", "insinööri", "suunnittelija", "analyytikko", "analityk", "programista",
    "inżynier",
    "specjalista", "kierownik", "księgowy", "księgowa", "vývojář", "analytik", "inženýr",
    "specialista", "programátor",
    # Polish port, shipyard and public-service posts ("Planista produkcji", "Starszy
    # inspektor wojewódzki", "Koordynator ds. logistyki")
    "planista", "planistka", "inspektor", "koordynator", "koordynatorka", "logistyk",
    "spedytor", "dyspozytor", "technolog", "konstruktor", "statistiker",
    # ... and both genders of a finance post ("Kontroler Finansowy / Kontrolerka Finansowa")
    "kontroler", "kontrolerka",
    # Actuaries, auditors, accountants and underwriters abroad ("Actuaire vie senior",
    # "Attuario Danni", "Kıdemli İç Denetçi", "Wirtschaftsprüferin"), and the UK's "Tax
    # Senior" and "Audit Senior" (a grade that names the job)
    "actuaire", "attuario", "actuario", "atuário", "auditeur", "auditrice", "revisore",
    "denetçi", "müfettiş", "fiscaliste", "wirtschaftsprüfer", "boekhouder", "souscripteur",
    "sottoscrittore", "tax senior", "audit senior", "audit semi-senior",
    # Portuguese account executives ("Executivo(a) de Contas")
    "executivo", "executiva",
    # Trades and office jobs as German, French, Spanish, Portuguese and Italian employers
    # title them ("Konstrukteur (m/w/d)", "Técnico/a de mantenimiento", "Technicien SAV").
    "konstrukteur", "techniker", "mechatroniker", "elektroniker", "monteur",
    "fachkraft", "kaufmann", "kauffrau", "buchhalter", "verkäufer", "erzieher", "pfleger",
    "technicien", "technicienne", "comptable", "vendeur", "vendeuse", "conseiller",
    "conseillère", "infirmier", "infirmière", "directeur", "directrice", "técnico", "técnica",
    "tecnico", "tecnica", "mecánico", "enfermero", "enfermera", "contable", "vendedor",
    # a Mozambican NGO's "Oficial de Monitoria e Avaliação (M&A)", Spanish "Oficial de cumplimiento"
    "oficial",
    # a French public service's grade: "Administrateur de 2e grade"
    "administrateur", "administratrice",
    "vendedora", "asesor", "asesora", "directora", "auxiliar", "administrativo",
    "administrativa", "operario", "operaria", "enfermeiro", "assistente", "impiegato",
    "impiegata", "contabile", "magazziniere", "docent", "verkoper", "responsabile",
    "addetto", "addetta", "direttore", "direttrice", "utvecklingschef", "chef de produit",
    # economists abroad: "Économiste (H/F) 80-100%", "Economista", "Ökonomin"
    "économiste", "economiste", "economista", "ökonom", "ökonomin", "econoom",
    # Czech posts: a brewer, an analyst of simulations, a director
    "sládek", "sládková", "výpočtář", "výpočtářka", "ředitel", "ředitelka",
    # a coordinator abbreviated: "Coord. Engenharia de Minas"
    "coord.",
    # Italian heads of a shop floor: "Capo Reparto Montaggio (m/f)", "Capoturno"
    "capo reparto", "caporeparto", "capoturno", "capo turno", "capocantiere", "capo cantiere",
    "educatore", "educatrice", "educator", "éducateur", "éducatrice", "educador", "educadora",
    # an Italian public body's grades: "Funzionario amministrativo-gestionale", "Istruttore
    # direttivo contabile", "Collaboratore amministrativo"
    "funzionario", "funzionaria", "istruttore", "istruttrice", "collaboratore", "collaboratrice",
    "contrôleur", "controleur", "contrôleuse",
    # Flemish: "Douanedeclarant (m/v/x)", "Magazijnier"
    "declarant", "douanedeclarant", "magazijnier",
    # Catalan: "Tècnic/a de Control Pressupostari"
    "tècnic", "tècnica", "administratiu", "administrativa",
    # "Senior People Partner (m/f/d)", as HR business partners are called at start-ups
    "people partner",
    # researchers and lawyers abroad: "Onderzoeker Sociaal Domein", "Jurist Sociale Zekerheid"
    "onderzoeker", "onderzoekster", "jurist", "juriste", "ricercatore", "ricercatrice",
    "chercheur", "chercheuse", "forscher", "forscherin",
    # buyers: "Acheteur Commodité Pièces Forgées (H/F)", "Comprador Senior", "Inkoper"
    "acheteur", "acheteuse", "comprador", "compradora", "inkoper", "einkäufer", "einkäuferin",
    # Québec and French office titles ("Gestionnaire marketing, Canada")
    "gestionnaire", "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice",
    "représentant", "représentante", "superviseur", "superviseure",
    "účetní", "ucetni", "referentka", "personalistka",
    # the Czech civil service's posts by grade ("rada/rada", "odborný rada", "vrchní referent")
    "rada",
    # Sales, retail, hospitality and research titles in Spanish, Portuguese, Polish, German,
    # Norwegian and Czech ("Ejecutivo de Ventas", "Gestor de Conta", "Przedstawiciel
    # Handlowy", "Wissenschaftlicher Mitarbeiter", "Forsker", "Stavbyvedoucí")
    "ejecutivo", "ejecutiva", "gestor", "gestora", "representante", "encargado", "encargada",
    "cajero", "cajera", "mesero", "mesera", "camarero", "camarera", "recepcionista",
    "dependiente", "promotor", "promotora", "consultor", "consultora", "supervisora",
    "operador", "operadora", "atendente", "repositor", "estoquista", "investigador",
    "investigadora", "pesquisador", "pesquisadora", "docente", "diretor", "diretora",
    "rececionista", "governanta", "chefe",
    "przedstawiciel", "sprzedawca", "doradca", "handlowiec", "konsultant", "menedżer",
    "asystent", "koordynator", "pracownik", "badacz", "adiunkt", "doktorant",
    "zeichner", "mitarbeiter", "mitarbeiterin", "wissenschaftler", "wissenschaftlerin",
    "doktorand", "doktorandin", "forsker", "saksbehandler", "montør", "fagarbeider", "lektor",
    "stipendiat", "postdoktor", "vedoucí", "stavbyvedoucí", "pracovník", "pracovnice",
    "projektant", "obchodník", "manažer", "manažerka", "technik", "konstruktér",
    "konstruktérka", "technolog", "technoložka", "svářeč", "údržbář", "elektrikář", "mistr",
    # Turkish, with the ending a compound gives them ("Proje Mühendisi", "Mağaza Müdürü")
    "mühendis", "mühendisi", "müdür", "müdürü", "uzman", "uzmanı", "sorumlu", "sorumlusu",
    "görevli", "görevlisi", "temsilci", "temsilcisi", "yönetici", "yöneticisi", "asistan",
    "asistanı", "teknisyen", "teknisyeni", "araştırmacı", "danışman", "danışmanı", "şef",
    "şefi",
    # French legal and Vietnamese titles ("Juriste en droit social", "Trưởng nhóm Marketing",
    # "Chuyên viên Kế toán")
    # journalism, architecture, construction, healthcare and the lab, in the languages
    # that write them so ("Arquiteto(a) Sénior", "Periodista", "Apotheker", "Navorser")
    "arquiteto", "arquiteta", "arquitecto", "arquitecta", "periodista", "jornalista", "redator",
    "redatora", "apotheker", "apothekerin", "apteker", "navorser", "farmacêutico",
    "farmacêutica", "farmacéutico", "farmacéutica", "químico", "química", "biólogo", "bióloga",
    "laborant", "laborantin", "arzt", "ärztin", "reporter", "journalist", "correspondent",
    "photographer", "videographer", "surveyor", "draughtsperson", "draftsperson", "midwife",
    "phlebotomist", "sonographer", "clinician", "wartawan", "jurnalis", "penulis", "arsitek",
    "perawat", "apoteker", "eksekutif", "pengurus", "manajer", "staf", "afisa", "mtafiti",
    "muuguzi", "mhariri", "biomédico", "biomédica", "biomedico", "biomedica",
    # social work and care: "Registered Social Worker", "Youth Worker", "Caseworker"; Dutch and
    # Norwegian therapists and nurses ("Fysiotherapeut", "Helsesykepleier")
    "worker", "social worker", "caseworker", "youth worker", "care worker", "key worker",
    "fysiotherapeut", "ergotherapeut", "logopedist", "sykepleier", "helsesykepleier",
    "fysioterapeut", "ergoterapeut", "vernepleier", "barnevernspedagog", "pedagog",
    # media and creative work: "Senior Copywriter", "Senior Publicist", "Redakteurin"
    "copywriter", "publicist", "presenter", "subeditor", "sub-editor", "proofreader",
    "translator", "illustrator", "columnist", "fact-checker", "publicista", "productor",
    "productora", "fotógrafo", "fotógrafa", "redakteur", "redakteurin", "grafiker",
    "grafikerin", "texter", "texterin",
    "juriste", "avocat", "avocate", "collaborateur", "collaboratrice", "trưởng nhóm",
    "trưởng phòng", "chuyên viên", "nhân viên", "giám đốc", "kế toán", "quản lý",
    "thực tập sinh",
    # Romanian, Hungarian, Greek and Arabic titles ("Coordonator Transport", "Ügyfélszolgálati
    # csoportvezető", "Υπεύθυνος/η Αποθήκης", "مدير فرع")
    "coordonator", "coordonatoare", "inginer", "contabil", "reprezentant", "consilier",
    "responsabil", "gestionar", "vezető", "igazgató", "munkatárs", "szakértő", "koordinátor",
    "menedzser", "ügyintéző", "υπεύθυνος", "υπεύθυνη", "υπεύθυνου", "διευθυντής",
    "διευθύντρια", "προϊστάμενος", "προϊσταμένη", "επόπτης", "αναλυτής", "λογιστής",
    "μηχανικός", "συντονιστής", "συντονίστρια", "πωλητής", "πωλήτρια",
    # a Cypriot public body's "Λειτουργός Οικονομικών Υπηρεσιών" (an officer)
    "λειτουργός", "λειτουργού", "مدير", "مديرة",
    "مشرف", "مشرفة", "منسق", "منسقة", "أخصائي", "أخصائية", "محاسب", "مهندس", "مسؤول",
    "مندوب",
    # Hebrew, a title in both genders ("מהנדס/ת תוכנה", "מנהל/ת מוצר"): the masculine stem
    "מהנדס", "מהנדסת", "מפתח", "מפתחת", "מתכנת", "מתכנתת", "מנהל", "מנהלת", "אנליסט",
    "אנליסטית", "רכז", "רכזת", "כלכלן", "כלכלנית", "מעצב", "מעצבת", "חשב", "חשבת", "יועץ",
    "יועצת", "ראש צוות", "סמנכ\"ל",
)  # fmt: skip
# Job titles by their ending: "Hydrologist", "Physiotherapist", "Dietician", "Radiographer".
_JOB_ENDINGS = r"\w{2,}(?:ologist|apist|ician|grapher|metrist|iatrist)"
# German nouns close compounds: "Softwareentwickler", "Vertriebsleiterin".
_GERMAN_HEADS = (
    "entwickler", "ingenieur", "berater", "leiter", "referent", "sachbearbeiter", "manager",
    "architekt", "techniker", "mechaniker", "elektroniker", "informatiker", "kaufmann",
    "kauffrau", "pfleger", "designer", "analyst", "controller", "buchhalter", "prüfer",
    # Swedish, Norwegian, Danish and Finnish close compounds too: "Backendutvecklare".
    "utvecklare", "utvikler", "udvikler", "kehittäjä", "analytiker", "ingeniør", "ingenjör",
    "leder", "ledare", "leider", "rådgiver", "medewerker", "adviseur", "chef", "sjef",
    "planerare", "planlegger", "planlægger", "säljare", "selger", "sælger", "handläggare",
    "arbetare", "medarbetare", "medarbeider", "medarbejder", "tekniker", "ekonom", "økonom",
    "koordinator", "konsulent", "spesialist", "assistent", "werker", "analist",
    # a post named by what it leads: "Pflegedienstleitung", "Filialleitung"
    "leitung",
    # "Logistikplaner", "IT-Consultant", "Nahverkehrsdisponent"; Dutch "Transportplanner",
    # "Projectingenieur", "Beleidsmedewerker"
    "planer", "planner", "consultant", "disponent",
    # "Redovisningskonsult", "Viestintäkonsultti", "Myyntipäällikkö", "Kirjanpitäjä"
    "konsult", "konsultti", "päällikkö", "asiantuntija", "analyytikko", "kirjanpitäjä", "revisor",
    "specialist",
    "spezialist",
    # Ukrainian "Бізнес-аналітик", "Data-інженер"
    "аналітик", "інженер", "менеджер",
    # ... and Russian "Бизнес-аналитик", "Data-инженер"
    "аналитик", "инженер", "разработчик",
    # Estonian: "logistikaplaneerija", "finantsanalüütik", "andmearhitekt" (close compounds);
    # "laojuht", "müügijuht", "osakonnajuhataja"
    "planeerija", "analüütik", "spetsialist", "arendaja", "juht", "juhataja",
    "revisorassistent", "ansvarig", "ansvarlig", "assistentti", "neuvoja", "suunnittelija",
    # Hungarian: "csoportvezető", "raktárvezető", "értékesítési munkatárs", "Adatelemző",
    # "szoftverfejlesztő", "folyamatmérnök"
    "vezető", "igazgató", "munkatárs", "szakértő", "elemző", "fejlesztő", "mérnök", "menedzser",
    "tanácsadó",
)  # fmt: skip
_JOB = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(n) for n in sorted(JOB_NOUNS, key=len, reverse=True))
    + r")(?:s|es|in|innen|a|e)?(?:-[1-9])?(?![\w-])"  # "SDE-2": a level after it
    # Closed compounds, and hyphenated ones ("Backend-utvecklare", "Software-Entwickler").
    + r"|(?:\w{3,}-?|\w{2}-)(?:"  # "Softwareentwickler", "HR-specialist"
    + "|".join(_GERMAN_HEADS)
    + r")(?:in|innen)?(?![\w-])"
    + r"|"
    + _JOB_ENDINGS
    + r"s?(?![\w-])"
    + r"|"
    # a product or programme manager by initials ("Merchant Acquiring PM"), not 2 PM
    + r"(?<!\d)(?<!\d\s)(?-i:PM|APM|TPM|PgM)(?![\w-])"
    + r"|"
    # "Ing. de Manufactura Sr.": a Spanish engineer's title cut short before the field
    + r"\bing\.\s+de\s+(?=\w)"
    + r"|"
    # a teaching post, "Business Analytics Faculty", "full-time faculty" (not a school's
    # "Faculty of Health")
    + r"(?<![\w-])faculty(?:\s+member)?(?![\w-])(?!\s+(?:of|de|der)\b)"
    + r"|"
    # an NHS pay band before the post's abbreviation: "Band 6 OT", "Band 5 HCA"
    + r"\bband\s+[1-9][a-d]?\s+(?-i:[A-Z]{2,4})(?![\w-])"
    + r"|"
    # a seniority before a job's initials: "Senior EE", "Sr. ME", "Staff SWE"
    + r"\b(?:senior|sr\.?|junior|jr\.?|staff|principal|associate)\s+(?-i:[A-Z]{2,4})(?![\w-])"
    + r"|"
    + cjk.JOB,  # "カスタマーサポート スーパーバイザー職", "연구원": no spaces between words
    re.IGNORECASE,
)
STAGE_PHRASES = (
    "interview", "interviews", "interviewing", "phone screen", "phone screening", "screening",
    "agallamh",  # Irish: "Agallamh / Interview – Quality Systems Officer"
    "screen", "technical screen", "tech screen", "recruiter screen", "recruiter call",
    "recruiter chat", "hiring manager", "hiring manager screen", "onsite", "on-site", "on site",
    "virtual onsite", "final round", "final", "round", "first round", "second round",
    "third round", "recruiter phone screen", "recruiter phone call", "recruiter interview",
    "hiring manager phone screen", "telefonisch interview", "telefonisch gesprek",
    "videogesprek", "rondleiding", "search committee", "search committee interview",
    "selection committee", "panel", "loop", "superday", "take-home", "take home",
    "take-home review",
    # a staffing firm's round with the client it places people with: "BCW client interview",
    # "Guayabo x Pembrook – client interview"
    "client interview", "client-side interview", "client round", "client call",
    # a South Asian employer's board interview: "Viva Voce – Principal Officer (Data Analytics)"
    "viva", "viva voce", "viva board", "selection board", "selection panel", "interview board",
    # a French concours' oral: "Entretien oral AMDP – concours Administrateur 2e grade"
    "entretien oral",
    "case study", "case interview", "case", "pairing", "pair programming", "pairing session",
    "coding", "coding challenge", "coding exercise", "live coding", "system design",
    "behavioral", "behavioural", "culture fit", "values", "intro call", "introductory call",
    "intro", "introduction", "coffee chat", "chat", "call", "conversation", "meeting",
    # a call in French, Italian, Spanish and German: "Appel Aramis Grains – Giulia (RH)"
    "appel", "appel téléphonique", "chiamata", "llamada", "anruf", "telefonát", "telefonat",
    # ... and a chat in Portuguese: "Conversa – vaga Analista de Dados entre André e Casey"
    "conversa", "bate-papo", "bate papo", "papo", "ligação", "ligacao", "tel", "tel.",
    "telefoon", "telefon",
    # a university's day of them: "Concurso PTA-INV 12/2026 - Entrevistas"
    "entrevistas", "colloqui orali", "entretiens",
    # a phone round in Portuguese: "Entrevista por telefone - Mineração Rio Acima"
    "entrevista por telefone", "entrevista telefônica", "entrevista telefonica", "por telefone",
    "entrevista telefónica", "entrevista por teléfono", "llamada telefónica",
    # (not "portfolio" alone: a job's own word, "Portfolio Risk Analyst")
    "portfolio interview", "portfolio presentation",
    "debrief", "follow-up", "follow up", "technical interview", "technical assessment",
    "tech interview", "tech round",
    "video interview", "video call", "virtual", "virtual interview", "in-person",
    "in person", "remote", "presentation", "portfolio review", "assessment", "lunch",
    "meet & greet", "meet and greet", "meet the team", "session", "discussion", "sync",
    "1:1", "one-on-one", "1st", "2nd", "3rd", "4th", "next steps", "vorstellungsgespräch",
    "entretien", "entrevista", "colloquio", "sollicitatiegesprek", "gesprek", "scheduled",
    "confirmed", "confirmation", "invitation", "invite", "reminder", "re", "fwd", "fw",
    "updated", "rescheduled",
    "technical round", "tech round", "hr round", "telephonic",
    "zweites interview", "zweites gespräch", "intervju", "jobbintervju", "jobsamtale",
    "haastattelu", "työhaastattelu", "rozmowa rekrutacyjna", "rozmowa kwalifikacyjna",
    "rozmowa o pracę", "pohovor", "přijímací pohovor",
    "entrevista técnica", "entrevista tecnica", "entretien technique", "colloquio tecnico",
    "live interview", "live video interview", "first interview", "second interview",
    "third interview", "final interview", "initial interview", "preliminary interview",
    "finalist interview", "finalist interviews", "finalist",
    "initial call", "initial chat",
    "initial conversation", "initial screen", "initial phone call",
    "kennismakingsgesprek", "tweede gesprek", "eindgesprek", "selectiegesprek", "første intervju",
    "technisch interview", "technisch gesprek", "technische ronde",
    "andre intervju",
    "samtale", "2. samtale", "entrevue", "entrevue d'embauche",
    # Québec: "Entrevue téléphonique – Analyste principal(e) ...", "Entrevue de sélection"
    "entrevue téléphonique", "entrevue de sélection", "entrevue vidéo", "première entrevue",
    "deuxième entrevue", "entrevue finale", "entrevue / interview",
    # a teaching post's "Entrevue et leçon d'essai", a "Teaching Demonstration and Interview"
    "entrevue et leçon d'essai", "leçon d'essai", "teaching demonstration",
    "teaching demonstration and interview", "teaching demo",
    "bewerbungsgespräch", "erstgespräch", "kennenlerngespräch", "telefoninterview",
    "telefonintervju",
    "gespräch", "2. gespräch", "zweitgespräch", "fachgespräch", "auswahlgespräch",
    "aufnahmegespräch",
    "entretien final",
    # a group day: "Assessment di gruppo Pricing Analyst", "dinâmica de grupo"
    "assessment di gruppo", "prova di gruppo", "colloquio di gruppo", "dinamica di gruppo",
    "dinâmica de grupo", "dinamica de grupo", "dinámica de grupo", "entretien collectif",
    "group assessment", "assessment centre", "assessment center",
    # a French public body's panel: "Jury - chargé(e) d'études (F/H) - Mme Candidate"
    "jury", "entretien avec le jury", "audition",
    "rozmowa techniczna", "tech deep dive", "technical deep dive", "deep dive",
    "primera entrevista", "segunda entrevista", "tercera entrevista", "primeira entrevista",
    "premier entretien", "second entretien", "erstes gespräch",
    "slutintervju", "sluttintervju", "första intervju", "andra intervju",
    "phone interview", "telephone interview", "phone call", "hiring interview", "team match",
    "team matching", "team match call", "founder chat", "founder call", "founders chat",
    "founders round", "founders' round", "founder round",
    "ceo chat", "cto chat",
    # Italian: "Colloquio conoscitivo" (a getting-to-know-you interview), "motivazionale"
    "colloquio conoscitivo", "colloquio motivazionale", "colloquio individuale",
    "colloquio di selezione", "colloquio finale", "primo colloquio", "secondo colloquio",
    # a round named for who holds it: "Executive Interview – Battery Cell Process Engineer"
    "executive interview", "executive round", "leadership interview", "leadership round",
    "director interview", "director round", "vp interview", "ceo interview", "founder interview",
    "partner interview", "hr interview", "hiring manager interview", "hm interview",
    "hm round", "final executive interview",
    # a school's or a university's rounds by who holds them
    "principal interview", "superintendent interview", "dean interview", "chair interview",
    "department chair interview", "assistant principal interview",
    # the hiring manager's round, as Brazilian and Spanish-speaking recruiters name it
    "entrevista com gestor", "entrevista com o gestor", "entrevista com a gestora",
    "entrevista com gestora", "entrevista con el gerente", "entrevista con gerente",
    "entrevista con la gerente", "entrevista com rh", "entrevista con rrhh",
    "eerste gesprek", "vervolggesprek", "kennenlernen",
    # Dutch, Italian and Portuguese rounds by number: "2e gesprek", "terzo colloquio",
    # "segunda fase"
    "1e gesprek", "2e gesprek", "3e gesprek", "derde gesprek", "laatste gesprek",
    "tweede ronde", "2e ronde", "terzo colloquio", "segunda fase", "primeira fase",
    "fase final", "terceira fase", "segunda etapa",
    # a university's final round
    "campus visit", "on-campus visit", "on campus visit", "campus interview",
    # a round held where the work is: "Corrieburn visit - Casey" (a distillery's name)
    "visit", "site visit", "office visit",
    # a stage by its number, as UK employers write rounds: "Casey Candidate - 2nd stage - HIU"
    "first stage", "1st stage", "second stage", "2nd stage", "third stage", "3rd stage",
    "final stage", "stage two", "stage",
    "on-campus interview", "mülakat", "iş görüşmesi", "görüşme",
    # a Turkish booking's "Tezgâh tanışma (30 dk)" (a first meeting)
    "tanışma", "tanışma görüşmesi",
    # Turkish with its endings: "Mülakat Daveti" (an interview's invitation), "görüşmesi",
    # "2. Görüşme", "Teknik Mülakat", "ön görüşme" (a first call)
    "mülakat daveti", "görüşme daveti", "davet", "daveti", "mülakatı", "mülakatınız",
    "görüşmesi", "görüşmemiz", "teknik mülakat", "ön görüşme", "ön mülakat", "2. görüşme",
    "ikinci görüşme", "2. aşama", "aşama", "ön",
    # Azerbaijani: "Müsahibə – ..." (an interview), "yekun müsahibə" (a final one), "panel
    # müsahibəsi", "texniki müsahibə", "müsahibəyə dəvət" (an invitation to one)
    # a French public competition's oral: "Oral concours CNOE – ingénieur principal"
    "oral concours", "oral du concours", "épreuve orale",
    "müsahibə", "müsahibəsi", "yekun müsahibə", "ikinci müsahibə", "texniki müsahibə",
    "panel müsahibəsi", "müsahibəyə dəvət", "dəvət",
    # Uzbek: "Tanlov suhbati" (a competition's interview), "Suhbat", "yakuniy suhbat"
    "tanlov suhbati", "suhbat", "suhbati", "yakuniy suhbat", "suhbatga taklif",
    "rozmowa", "entrevista final",
    # Polish and Flemish first conversations: "Product Analyst, pierwsza rozmowa",
    # "Kennismaking Legal Operations Specialist"
    "pierwsza rozmowa", "druga rozmowa", "kennismaking", "aufnahmeverfahren", "hearing",
    # a Polish committee's round: "Rozmowa z komisją – konkurs nr 27/ADM/2026"
    "rozmowa z komisją", "rozmowa z komisja",
    # German rounds by number: "RHP | 2. Runde IT-PM - C. Candidate"
    "2. runde", "3. runde", "zweite runde", "dritte runde", "runde", "colloqui",
    # an Italian body's oral test and its reminder: "Concorso ING-04/2026 - prova orale
    # (promemoria)"; a phone round: "Colloquio telefonico Addetto/a Contabilità Fornitori"
    # Catalan rounds: "Segona entrevista UdM - prova pràctica", "Entrevista personal"
    "segona entrevista", "tercera entrevista", "prova pràctica", "entrevista personal",
    "entrevista telefònica", "primera entrevista amb",
    # a presentation or a case as part of the round: "2e gesprek HS Laakdal + presentatie"
    "presentatie", "présentation", "presentazione", "präsentation", "presentación",
    "apresentação", "casus", "casusopdracht",
    "prova orale", "prova scritta", "promemoria", "colloquio orale", "colloquio telefonico",
    "colloquio in presenza", "colloquio online", "videocolloquio", "video colloquio",
    # a Comune's process, not the post: "Selezione pubblica Istruttore Direttivo Tecnico"
    "selezione pubblica", "concorso pubblico",
    # a technical stage and a practical test in Portuguese and Spanish
    "etapa técnica", "etapa tecnica", "teste prático", "teste pratico", "prova prática",
    "prova técnica", "prueba técnica", "prueba práctica", "dinâmica de grupo",
    # public-sector and trade forms: "Apprentice Oral Interview", "Competency-Based Interview"
    "oral interview", "oral board", "oral exam", "oral examination", "structured interview",
    "competency interview", "competency-based interview", "competency based interview",
    "cbi",  # "CBI - VA 2026/087 Programme Management Officer (P-3)": a competency-based one
    "group interview", "panel interview", "assessment centre", "assessment center",
    # a first exchange and a take-home's review in French and Rioplatense Spanish: "Premier
    # échange Producer (F/H)", "Charla Founding Data Engineer", "Devolución del desafío técnico"
    "premier échange", "échange", "échange téléphonique", "échange visio", "charla",
    "devolución", "devolución del desafío técnico", "desafío técnico", "instancia técnica",
    # Chinese: "面试邀请" (an invitation to interview), "二面" (second round), "终面" (final),
    # "技术面试"; Korean "1차 면접", "기술 인터뷰", "임원 면접" (with the executives)
    # Japanese: "面接" (interview), "一次面接", "最終面接", "カジュアル面談" (a casual talk)
    "面接", "一次面接", "二次面接", "三次面接", "最終面接", "面談", "カジュアル面談", "選考",
    "面试邀请", "面试", "一面", "二面", "三面", "终面", "hr面", "技术面", "技术面试", "视频面试",
    "現場面試", "面試", "面試邀請", "初面", "複面", "复面", "第一階段面試", "第二階段面試",
    "第一轮技术面试", "第一轮面试", "第二轮面试", "主管面談", "主管面谈",
    "면접", "1차 면접", "2차 면접", "최종 면접", "기술 면접", "기술 인터뷰", "임원 면접", "인터뷰",
    "임원", "실무", "실무 면접", "면접 안내", "면접 일정 안내", "안내",
    "커피챗", "컬처핏", "컬처핏 인터뷰", "과제 리뷰", "코딩테스트", "라이브 코딩테스트",
    # Portuguese: the talk with the hiring manager, a live technical test, a case presented
    "conversa com o gestor", "conversa com a gestora", "teste técnico", "teste técnico ao vivo",
    "apresentação do case", "bate-papo", "dinâmica de grupo", "cas pratique",
    # Hebrew and Vietnamese: "ראיון סופי" (final interview), "Phỏng vấn vị trí" (interview for
    # the position of)
    "ראיון", "ראיון סופי", "ראיון טכני", "ראיון עבודה", "ראיון ראשון", "ראיון שני",
    "phỏng vấn", "phỏng vấn vị trí", "vị trí",
    # Indonesian, Malay, Swahili and Afrikaans
    "wawancara", "wawancara kerja", "wawancara user", "temu duga", "temuduga", "usaili",
    "onderhoud",
    # Romanian, Hungarian, Greek and Arabic: "Interviu etapa a II-a", "Állásinterjú",
    # "Συνέντευξη", "مقابلة شخصية" (an interview in person)
    "interviu", "interviul", "etapa a doua", "etapa a ii-a", "interjú", "állásinterjú",
    "második forduló", "συνέντευξη", "مقابلة", "مقابلة شخصية", "مقابلة عمل", "المقابلة",
    "المقابلة الثانية",
    # Greek: a structured interview (a public body's), a second one, a meeting
    "δομημένη συνέντευξη", "2η συνέντευξη", "δεύτερη συνέντευξη", "τελική συνέντευξη",
    "τηλεφωνική συνέντευξη", "τεχνική συνέντευξη", "συνάντηση", "γνωριμία", "τελικό", "τελική",
    "τηλέφωνο", "προσωπική συνέντευξη",
    # Finnish: a call, a meeting, a chat ("Puhelu: Kotipiha (HR)", "Tapaaminen LTE")
    "puhelu", "tapaaminen", "juttutuokio", "keskustelu",
    # Romanian: "Telefon Cireșica (HR)", "Cafea virtuală Lăcusta", "Interviu tehnic Someș Soft"
    "telefon", "cafea", "cafea virtuală", "interviu tehnic", "interviu final",
    "discuție", "întâlnire",
    # Croatian: "Razgovor – Data Scientist", "Poziv – Vinodol Trgovina (HR)", "Drugi krug",
    # "Završni razgovor"; Bulgarian: "Второ интервю", "Техническо интервю", "Обаждане: ...",
    # "Среща с ..."; Indonesian: "Interview HR (telp)", "User Interview", "Psikotes"
    "razgovor", "razgovor za posao", "poziv", "sastanak", "upoznavanje", "drugi krug",
    "završni razgovor", "završni krug", "tehnički razgovor", "drugi razgovor", "intervju",
    "интервю", "интервюто", "второ интервю", "техническо интервю", "финално интервю",
    "обаждане", "среща", "среща с", "разговор", "запознанство",
    "други круг", "други круг разговора", "разговора", "интервју", "finalni krug",
    "darbo pokalbis", "pokalbis", "skambutis", "susitikimas", "susitikimas su", "finalinis etapas",
    "pokalbis dėl", "skambutis dėl", "susitikimas dėl", "pozicijos", "dėl",
    "tehnični razgovor", "zaposlitveni razgovor", "klic", "finale",
    "intervija", "darba intervija", "otrā intervija", "zvans", "tikšanās", "saruna",
    "iepazīšanās saruna",
    "interview hr", "interview user", "user interview", "psikotes", "telp", "interview akhir",
    "wawancara akhir", "tahap akhir",
    # Ukrainian: "Співбесіда: Бізнес-аналітик", "Друга зустріч ПР", "Дзвінок – ... (HR)",
    # "Знайомство з Kvitka"; Estonian: "Töövestlus: ...", "Konkursi vestlus", "Konkursi II
    # voor", "Kõne – ... (HR)", "Tutvumisvestlus Rahakratiga"
    "співбесіда", "співбесіду", "технічна співбесіда", "фінальна співбесіда", "інтерв'ю",
    "дзвінок", "зустріч", "друга зустріч", "розмова", "знайомство", "знайомство з",
    "другий етап", "фінальний етап",
    # Russian "Собеседование – ...", Georgian "გასაუბრება – ..." (an interview), "საბოლოო
    # გასაუბრება" (the final one)
    "собеседование", "финальное собеседование",
    "გასაუბრება", "საბოლოო გასაუბრება", "მეორე გასაუბრება",
    # Armenian "Հարցազրույց" (an interview), "եզրափակիչ հարցազրույց" (the final one)
    "հարցազրույց", "եզրափակիչ հարցազրույց",
    # Amharic "ቃለ መጠይቅ" (an interview), "የፓናል ቃለ መጠይቅ" (a panel interview)
    "ቃለ መጠይቅ", "የፓናል ቃለ መጠይቅ",
    "töövestlus", "vestlus", "konkursi vestlus", "konkursi ii voor", "ii voor", "teine voor",
    "kõne", "kohtumine", "tutvumisvestlus", "intervjuu", "tööintervjuu",
    # Slovak: "Výberové konanie VK-2026/118", "Osobný pohovor – ...", "2. kolo – ...",
    # "Telefonát – Tatrasoft (HR)", "Zoznamovací hovor s ..."
    "výberové konanie", "osobný pohovor", "pracovný pohovor", "záverečné kolo", "druhé kolo",
    "2. kolo", "kolo", "telefonát", "zoznámenie", "zoznamovací hovor", "hovor", "stretnutie",
)  # fmt: skip
TOOL_WORDS = (
    "coderpad", "hackerrank", "codesignal", "karat", "zoom", "teams", "microsoft teams",
    "google meet", "meet", "webex", "skype", "calendly", "greenhouse", "lever", "goodtime",
    "hirevue", "codility", "leetcode", "miro", "excalidraw",
)  # fmt: skip
_REQUISITION = re.compile(
    r"\(\s*(?:req(?:uisition)?\.?\s*(?:#|no\.?|id)?\s*:?\s*)?[A-Z]{0,4}[-#]?\d{3,}[-\w]*\s*\)"
    r"|\b(?:req(?:uisition)?\.?|job\s*id|job\s*#|id)\s*(?:#|no\.?|:)?\s*[-\w]*\d[-\w]*"
    # a US state's "Position No. 117392", "Recruitment No. 226108"
    r"|\b(?:position|recruitment|vacancy|posting|announcement)\s*(?:#|no\.?|number)\s*:?\s*[-\w]*\d[-\w]*"
    # a US state's position control number: "Research Analyst III, PCN 11-4072"
    r"|\bpcn\s*(?:#|no\.?)?\s*:?\s*\d[-\w]*"
    # a Greek or Cypriot public body's call: "(Προκήρυξη 3/2026)", "Προκήρυξη αρ. 3/2026"
    r"|(?<!\w)προκήρυξη(?:\s+αρ\.?)?\s*:?\s*\d+(?:/\d{2,4})?"
    # Swedish public agencies' case number: "dnr 2026/1184"
    r"|\bdnr\.?\s*:?\s*\d[\d/-]*"
    # an international organisation's vacancy announcement: "VA 2026/087"
    # (and with its duty country: "VA 2026/MOZ/118")
    r"|\bVA\s*(?:No\.?\s*)?\d{4}/(?:[A-Z]{2,4}/)?\d+\b"
    # German "Ref. Nr. 26-0412", "Kennziffer 4711", "Referenznummer: ..."
    r"|\b(?:ref\.?\s*nr\.?|kennziffer|kennzahl|referenznummer|stellen-?nr\.?)\s*:?\s*[-\w]*\d[-\w/]*"
    r"|\b(?:R|JR|REQ|JOB|J|P|ID)[-_#]?\d{3,}[-\w]*\b|#\s*\d+(?:-\d+)+\b|#\s*\d{3,}\b|\b\d{5,}\b"
    # a vacancy reference of letters and digits: "WR07412 Management Accountant"
    r"|\b[A-Z]{1,4}\d{4,}\b"
    # announcement numbers and US federal series-grades: "FOCR-27-0114-MP", "GS-0343-12"
    r"|\b[A-Z]{2,6}(?:-\d{2,})+(?:-[A-Z0-9]+)*\b"
    # Workday's "R-26-118406"; a competition's "INS/QSO/26/14", its Irish "Comórtas" before it
    r"|\b[A-Z]{1,3}-\d{2}-\d{4,}\b"
    r"|(?:\b(?:comórtas|competition)\s+)?\b[A-Z]{2,6}(?:/[A-Z0-9]{2,6}){2,}\b",
    re.IGNORECASE,
)
_GENDER = re.compile(
    # (and the Dutch and Flemish "(m/v/x)": man, vrouw, x)
    r"\(\s*[mwfdxhnvž*]\s*/\s*[mwfdxhnvž*]\s*(?:/\s*[mwfdxhnvž*]\s*)?\)|\b(?:m|w|f|h)/(?:w|m|f|d|x|v)(?:/[dx])?\b",
    re.IGNORECASE,
)
_GENDER_BRACKETED = re.compile(r"\(\s*[mwfdxhvž]\s*/\s*[mwfdxhvž]\s*(?:/\s*[mwfdxhv*]\s*)?\)", re.I)
_AFTER_THE_GENDER_MARKER = re.compile(
    r"(\(\s*[mwfdxhnž*]\s*/\s*[mwfdxhnž*]\s*(?:/\s*[mwfdxhnž*]\s*)?\))\s*[-\u2013\u2014|,]\s+\S.*$",
    re.IGNORECASE,
)
# "30 Minute Meeting", "45-min call": how scheduling tools name event types.
# A Swiss job ad's workload, where its title ends; a place may follow: "Senior Controller
# (w/m/d) 80–100%", "Senior FP&A Analyst (80–100%), Zürich", "Pensum 80 %".
_WORKLOAD = re.compile(
    r"\s*\(?\s*(?:Pensum\s+)?(?<![\w.])\d{2,3}\s*(?:[-\u2013]\s*\d{2,3}\s*)?%\s*\)?"
    r"(?:\s*[-\u2013\u2014|,]\s+[^-\u2013\u2014|,()]+$|(?=\s*$))"
    # ... and in words, in brackets at the end: "(charge à temps partiel, session d'hiver)",
    # "(full-time)", "(Teilzeit)"
    r"|\s*\((?:charge\s+(?:à|a)\s+)?(?:temps\s+(?:plein|partiel)|full[- ]time|part[- ]time|Teilzeit"
    r"|Vollzeit)\b[^()]*\)\s*$"
)
_DURATION = re.compile(r"\b\d+\s*-?\s*(?:min(?:ute)?s?|hours?|hrs?|h)\b", re.IGNORECASE)
# "with <someone>" up to the next separator, with their title in brackets if any.
_WITH_CLAUSE = re.compile(
    # (and in Italian, Spanish and Portuguese, with its article: "colloquio con il responsabile",
    # "incontro con il CTO", "chiacchierata con il founder", "charla con la directora")
    # ... or without one after the stage: "Rosselli - colloquio con Direttore di Stabilimento"
    r"(?:\s+(?:with|w/|con\s+(?:il|la|lo|l['’]|i|gli|le|el|los|las)|com\s+(?:o|a|os|as))"
    r"|(?:(?<=colloquio)|(?<=incontro)|(?<=entrevista)|(?<=charla)|(?<=conversa))\s+co[nm])\s*"
    r"(?<=\s|['’])(?P<who>[^\-\u2013\u2014|:()]+?)(?:\s*\((?P<paren>[^)]*)\))?"
    r"(?=\s+[-\u2013\u2014|]\s|:\s|\s*\||\s*$|\s*\))",
    re.IGNORECASE,
)
# The line where a scheduling tool writes the booked event type, which employers
# name after the job: Calendly's "Event Name:" / "Event Type:", Cal.com's "What:"
# (its value on the same line or the next; calcom/cal.com packages/lib/CalEventParser.ts),
# Microsoft Bookings' "Service:" (the booked service, above "Staff:").
# Calendly's "Event Name" label in the invitee's language: "Nom d'événement", "Nombre del
# evento", "Nome do evento", "Ereignisname", "Naam evenement", "Händelsenamn".
EVENT_NAME_LABEL = (
    r"(?:event[ \t]+(?:name|type)|nom[ \t]+(?:de[ \t]+l['’]|d['’])[ée]v[ée]nement"
    r"|nombre[ \t]+del[ \t]+evento|nome[ \t]+(?:do[ \t]+|dell['’])?evento"
    r"|name[ \t]+des[ \t]+ereignisses|ereignisname|veranstaltungsname"
    r"|naam[ \t]+(?:van[ \t]+(?:het[ \t]+)?)?evenement|evenementnaam|händelsenamn|begivenhedsnavn"
    # a Portuguese or Spanish page's shorter "Evento:"
    r"|evento)"
)
# The booked event type on its own line, as verdict and employer read it.
EVENT_NAME_LINE = re.compile(
    rf"^[ \t]*{EVENT_NAME_LABEL}[ \t]*:[ \t]*(\S.*)$", re.MULTILINE | re.IGNORECASE
)
_EVENT_NAME = re.compile(
    r"^[ \t]*(?:" + EVENT_NAME_LABEL + r"|what|service|re|regarding|topic|sujet|thema|tema"
    r"|onderwerp)[ \t]*:[ \t]*(?:\r?\n[ \t]*)?"
    r"(\S[^\n]*)$"
    # Cal.com's "Description" heading, the host's own line about the booking under it.
    r"|^[ \t]*Description[ \t]*\r?\n[ \t]*(\S[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
# Words that mean only "at" before an employer's name: "Entwickler bei Acme",
# "Sviluppatore presso Rossi". Not "en", "em", "na": "Ingeniero en Sistemas" is a
# role; after those, only the company's own name comes off (tidy).
_AT_AN_EMPLOYER = re.compile(r"\s+(?:bei|chez|presso|bij)\s+(?=[A-Z\u00c0-\u00de])")
# Words a role never ends with: prepositions, articles and "and" in English, German,
# French, Spanish, Portuguese, Italian and Dutch ("Analista de Dados na", "Entwickler bei").
_TRAILING = (
    "with", "at", "for", "w/", "and", "the", "a", "an", "of", "in", "to", "on", "from", "@",
    "bei", "mit", "für", "fuer", "im", "zu", "zum", "zur", "von", "und", "der", "die",
    "das", "chez", "pour", "avec", "au", "aux", "à", "de", "du", "des", "la", "le", "les",
    "et", "en", "para", "con", "del", "el", "y", "na", "no", "nos", "nas", "em", "da", "do",
    "com", "e", "presso", "per", "di", "della", "dello", "nel", "nella", "alla", "al", "bij",
    "voor", "met", "van", "het", "op", "en", "aqui", "aquí", "here", "acá", "aca",
)  # fmt: skip
_TRAILING_WORDS = re.compile(
    r"(?:\s+|^)(?:"
    + "|".join(re.escape(w) for w in sorted(set(_TRAILING), key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
# A gender marker closes a post's title when the sentence goes on in lower case: "zur
# Stelle Embedded Software Engineer AUTOSAR (m/w/d) sind meine Kollegin ...", "Bewerbung als
# Qualitätsingenieur Lieferanten (m/w/d) am Standort Brackenheim"
_POST_ENDS_AT_ITS_MARKER = r"\s*\([mwdfx]/[mwdfx]/[mwdfx]\)\s+(?-i:[a-zäöü])"
_ROLE_PHRASE = re.compile(
    # (and a small employer's "The job is the Operations Finance Manager spot I posted")
    r"\b(?:for|about|through|discuss|regarding|re|on|(?:applying|applied|application)\s+to"
    r"|(?-i:The)\s+job\s+is)"
    r"\s+(?:the|our|your|an?)\s+"
    r"(?P<role>[^\n.;:!?]{2,80}?)\s+(?:role|position|opening|opportunity|vacancy|job|post|contract"
    r"|spot(?=\s+(?:I|we)\s+(?:posted|advertised)))\b"
    r"(?!\s+of\b)"
    # "Your interview for Shift Lead at Harvest Table", "el puesto de Coordinador/a de
    # logística", "de functie Teamleider Thuiszorg bij", "stillingen som prosjektingeniør"
    r"|\binterview\s+for\s+(?!the\s+(?:position|role|post)\s+of\b)(?P<role2>[^\n.;:!?]{2,60}?)"
    r"(?:\s+(?:at|with|@)\s"
    # "your panel interview for Nurse (Clinical Applications Coordinator), announcement ...",
    # "the details for your interview for Cross-Dock Supervisor (Early Shift)."
    r"|(?<=\))(?=[,.](?:\s|$))|\s+is\s+(?:on|at|scheduled|confirmed|booked)\b"
    # ("your panel interview for the Management Trainee Officer (MTO) Programme 2027 on
    # Thursday, 03/12/2026 at 11:00 am": the day after it)
    r"|\s+on\s+(?=(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\d{1,2}(?:st|nd|rd|th)?[\s/.-])"
    r"|\s+has\s+been\s+(?:confirmed|scheduled|booked)\b)"
    # ("el puesto de Especialista en Analítica de Datos para la Gestión Pública (Oficina General
    # de ...)": a post's own "en", and the office it sits in, in brackets after it)
    r"|\b(?:puesto|cargo|vaga|posici[oó]n)\s+de\s+(?P<role3>(?:[^\n.;:!?,]|(?<=\bSr|\bJr)\.|(?<=\bSra)\.){2,80}?)"
    r"(?=\s*(?<!\bSr)(?<!\bJr)(?<!\bSra)[.;,\n]"
    r"|\s+\((?=Oficina|Dirección|Gerencia|Área|Departamento|Unidad|Subgerencia)"
    r"|(?<!\bEspecialista)(?<!\bAnalista)(?<!\bTécnico)(?<!\bTécnica)\s+(?:en|na|no|em)\s)"
    r"|\bde\s+(?:functie|rol|vacature)\s+(?:van\s+)?(?P<role4>[^\n.;:!?,]{2,60}?)(?=\s+bij\s|\s*[.;,\n])"
    # ("para a função de Analista em Gestão Pública – Ciência de Dados": a Brazilian post's "em")
    # (a field after a dash runs to the sentence's end: "para a função de Analista Sénior de
    # Dados – Compliance e Prevenção do Branqueamento de Capitais.")
    r"|\b(?:função|funções)\s+de\s+(?P<role8>[^\n.;:!?,\u2013]{2,80}?"
    r"(?:\s+\u2013\s+[^\n.;:!?,]{2,80}(?=\s*[.;,\n]))?)(?=\s+(?:do|da|no|na)\s"
    r"|(?<!\bAnalista)(?<!\bEspecialista)(?<!\bTécnico)(?<!\bTécnica)\s+em\s|\s*[.;,\n])"
    r"|\b(?:stillingen|rollen|tjänsten|tjenesten)\s+som\s+(?P<role5>[^\n.;:!?,(]{2,60}?)"
    r"(?=\s+(?:hos|i|ved|vid|på|inom|inden\s+for)\s|\s*[.;,\n(])"
    # Finnish "kutsu haastatteluun tehtävään Data Engineering Manager."
    r"|\btehtävään\s+(?P<role15>[^\n.;:!?,(]{2,60}?)(?=\s*[.;,\n(])"
    # a search firm's "for the Director of Distribution Operations search"
    r"|\bfor\s+the\s+(?P<role32>(?-i:[A-Z])[^\n.;:!?,(]{2,80}?)\s+search\b"
    # "for the position of Key Account Manager – Modern Trade (Delhi NCR)"
    r"|\b(?:the\s+)?(?:position|role|post)\s+of\s+(?P<role7>[^\n.;:!?,(]{2,80}?)(?=\s*[.;,\n(]|\s+(?:at|with|in)\s)"
    # "Ihre Bewerbung als Pflegedienstleitung (m/w/d)", "... für die Stelle als ..."
    r"|\b(?:Bewerbung|Stelle)\s+als\s+(?P<role6>[^\n.;:!?,]{2,60}?)(?=\s+(?:bei|in|im)\s|\s*[.;,\n]|"
    + _POST_ENDS_AT_ITS_MARKER
    + r")"
    # "zum Bewerbungsgespräch für die Position Medizincontroller:in mit Schwerpunkt
    # Datenanalyse (m/w/d), 30 Wochenstunden", "das Gespräch zur Rolle Finance Data Analyst"
    r"|\b(?:für\s+die|zur)\s+(?:Stelle|Position|Rolle)\s+(?:als\s+)?(?P<role24>(?:[^\n.;:!?,]|:(?=in))"
    r"{2,100}?)"
    # ("für die Position Leiter/in Digital Operations persönlich kennenlernen")
    r"(?=\s+(?:bei|im)\s|\s+(?:persönlich|kennenlernen|vorstellen)\b|\s*[.;,!\n]|"
    + _POST_ENDS_AT_ITS_MARKER
    + r")"
    # Indonesian "untuk posisi Senior Editor di PT ...", Malay "bagi jawatan Eksekutif ..."
    # (not the particle that softens a sentence: "posisi Senior Data Analyst (Marketplace) ya.")
    r"|\b(?:posisi|jawatan|jabatan)\s+(?P<role9>[^\n.;:!?,]{2,60}?)"
    r"(?=\s+(?:di|pada|dengan|ini)\s|\s+(?:ya|yah|ya\s+kak)\s*[.!,\n]|\s*[.;:,\n])"
    # the person's note of a call about a job: "Rachel Gow from Kelpie's HR ringing my mobile re
    # Ecommerce Analyst (Livingston HQ, hybrid)"
    r"|\b(?:ringing|calling|phoning|calls?|rings?)\s+(?:me\s+|my\s+(?:mobile|cell|phone)\s+)?re:?\s+"
    r"(?-i:(?=[A-Z]))(?P<role49>[^\n.;:!?()]{2,60}?)(?=\s*[(,.;\n])"
    # a search firm's "regarding the Head of Data & Analytics appointment", Finnish "Head of
    # Analytics -tehtävään"
    r"|\bregarding\s+the\s+(?P<role50>[^\n.;:!?()]{2,60}?)\s+appointment\b"
    r"|(?<![\w-])(?P<role51>(?-i:[A-Z])[^\n.;:!?()]{2,60}?)\s+-tehtäv(?:ään|ää|än)\b"
    # Greek: "για τη θέση Backend Engineer (Python/Go).", "στη θέση με κωδικό 102 «ΠΕ
    # Πληροφορικής – Αναλυτής/τρια Δεδομένων»"
    r"|(?<!\w)(?:για|στη|στην|σε)\s+(?:τη|την)?\s*θέση\s+(?:με\s+κωδικό\s+\w+\s+)?«?"
    r"(?P<role48>[^\n.;:!?,«»]{2,80}?)»?(?=\s*[.;,\n»]|\s+(?:στην|στη|στο|στον|της|του|και|θα)\s)"
    # a booking form's question and the person's answer: Calendly's "Which role are you
    # applying for?: Product Manager, Data Platform"
    # (or on the next line: "What role are you interested in?\nSenior Product Analyst (remote, US)")
    # (after the same question in another language: "Ποια θέση σας ενδιαφέρει; / Which role
    # are you interested in?")
    # ("Which opening are you interested in?\nData Analyst (Army Logistics)")
    r"|(?m:^[ \t]*(?:[^\n/]{2,60}/[ \t]*)?(?:which|what)\s+(?:role|position|job|vacancy|post"
    r"|opening)\b"
    r"[^?\n]{0,60}\?"
    r"[ \t]*:?[ \t]*\n?[ \t]*"
    r"(?P<role10>[^\n.;!?]{2,80}?)[ \t]*$)"
    # ... in Spanish, French and Portuguese, the answer on the next line: "¿A qué cargo
    # postulas?\nProduct Manager – Pagos", "Pour quel poste postulez-vous ?\nResponsable des
    # opérations magasins"
    r"|(?m:^[ \t]*¿?[ \t]*(?:(?:a|para)\s+qu[ée]\s+(?:cargo|puesto|posici[óo]n|vacante)"
    r"|(?:pour\s+)?quel\s+(?:poste|emploi)|(?:voor\s+)?welke\s+(?:functie|vacature|rol)"
    r"|(?:für\s+)?welche\s+(?:Stelle|Position|Rolle)|(?:na\s+)?jakie\s+stanowisko"
    # ... and Turkish: "Hangi pozisyon için görüşmek istiyorsunuz?\nData Analyst (Kariyer.net
    # ilanı)" (a site's dot inside the answer)
    r"|hangi\s+pozisyon"
    # ... and Romanian: "Pentru ce rol aplici?\nProduct Data Analyst"
    r"|pentru\s+ce\s+(?:rol|post|poziți[ea]|pozitie)"
    # ... and Croatian "Za koju se poziciju prijavljuješ?", Bulgarian "За коя позиция
    # кандидатствате?", Indonesian "Posisi apa yang Anda lamar?"
    r"|za\s+koju\s+(?:se\s+)?(?:poziciju|radno\s+mjesto)|за\s+коя\s+позиция|posisi\s+apa"
    # ... and Ukrainian "На яку позицію подаєшся?", Estonian "Millisele ametikohale
    # kandideerid?", Latvian "Uz kuru amatu piesakies?", "Kuram amatam piesakāties?"
    r"|на\s+яку\s+(?:позицію|посаду|вакансію)|(?:millisele|mis)\s+ametikohale"
    r"|kuram\s+amatam|uz\s+kuru\s+amatu"
    # ... and Slovak "Na akú pozíciu sa hlásiš?"
    r"|na\s+ak[úu]\s+poz[íi]ciu"
    # ... and Portuguese: "Para qual vaga você está se candidatando?\nAnalista de Dados (Produto)"
    r"|(?:para\s+)?qual\s+(?:vaga|cargo|posi[çc][ãa]o|fun[çc][ãa]o))\b[^?\n]{0,60}\?[ \t]*:?"
    r"[ \t]*\n?[ \t]*(?P<role31>(?:[^\n.;!?]|\.(?=[a-z])){2,80}?)[ \t]*$)"
    # "el proceso de selección de HR Business Partner – Tecnología y Operaciones", "o
    # processo de recrutamento para a função de ...", "la posizione di Buyer Senior (rif."
    r"|\bproceso\s+de\s+selecci[oó]n\s+(?:de|para)\s+(?:el\s+puesto\s+de\s+)?(?P<role11>[^\n.;:!?,]{2,80}?)"
    r"(?=\s*[.;,\n]|\s+(?:en|el|del|con)\s)"
    r"|\bprocesso\s+de\s+(?:recrutamento|sele[çc][ãa]o)\s+(?:de|para)\s+(?:a\s+(?:função|vaga)\s+de\s+)?"
    r"(?P<role12>[^\n.;:!?,]{2,80}?)(?=\s*[.;,\n]|\s+(?:em|no|na|do|da)\s)"
    # "per la posizione Product Manager - App Consumer.", "para la vacante Staff Software
    # Engineer (Backend) en Quetzal Salud Digital"
    r"|\b(?:per\s+la\s+posizione|para\s+la\s+vacante(?:\s+de)?)\s+(?-i:(?=[A-Z]))"
    r"(?P<role25>(?:[^\n.;:!?,]|(?<=\b(?:Sr|Jr))\.){2,80}?)"
    r"(?=\s*(?<!\bSr)(?<!\bJr)[.;,\n]|\s+(?:en|presso|a|in|con|del|della)\s)"
    # Indonesian "interview Anda untuk posisi Senior Data Analyst – Credit Risk (SME Banking)",
    # "posisi Senior Data Analyst (Marketplace) ya"; Croatian "za poziciju Senior Data Engineer
    # u Lastavica Softwareu", "za radno mjesto ..."; Bulgarian "за позицията ...",
    # "техническото интервю за Senior Data Engineer (Platform)"
    # (and Slovak "na pozíciu Senior O2C Specialist s nemčinou")
    r"|(?:\buntuk\s+posisi|\bza\s+poziciju|\bza\s+radno\s+mjesto|\bza\s+delovno\s+mesto|(?<!\w)за\s+позицията"
    r"|\bna\s+pozíciu"
    r"|(?<!\w)интервю(?:то)?\s+за)\s+(?-i:(?=[A-ZА-Я]))"
    r"(?P<role52>[^\n.;:!?,(]{2,80}?)(?=\s*[.;,\n(]|\s+(?:di|ya|u|в|kod|pri|na|dan|sebagai|sa|s|v)\s|\s+ya$)"
    # a Uruguayan public call's post after its number: "Llamado Externo N.º 31/2026 –
    # Profesional Analista de Datos (Gerencia de Planificación y Datos)", "Llamado 0871/2026,
    # Analista en Evaluación de Políticas Públicas (provisoriato)"
    # (and a Paraguayan concurso's: "Concurso Público de Oposición N.º 112/2026 – Profesional
    # en Análisis de Datos de Transporte Fluvial")
    r"|\b(?:Llamado(?:\s+(?:Externo|Interno|Abierto|Público))?|Concurso(?:\s+Público)?(?:\s+de\s+Oposición)?)"
    r"\s+(?:N\.?\s?[º°o]\.?\s*)?\d{1,4}/\d{2,4}"
    r"(?:\s+[-\u2013\u2014]|,)\s+(?-i:(?=[A-ZÁÉÍÓÚ]))(?P<role55>[^\n.;:!?,(]{2,80}?)(?=\s*[.;,\n(])"
    # (and in a note: "- posizione Responsabile Manutenzione stabilimento Vignola.")
    r"|\b(?:posizione|ruolo)\s+(?:di\s+|(?-i:(?=[A-Z])))(?P<role13>[^\n.;:!?,(]{2,80}?)"
    r"(?=\s*[.;,\n(]|\s+(?:presso|in|a|stabilimento|sede|filiale)\s)"
    # a Catalan public selection's: "per a la cobertura d'una plaça de tècnic/a superior en
    # planificació logística (subgrup A1)"
    r"|\bplaça\s+de\s+(?P<role27>[^\n.;:!?,(]{2,80}?)(?=\s*[.;,\n(]|\s+(?:a|amb|per|del)\s)"
    # an Italian public selection's posts: "per la copertura di n. 4 posti di Funzionario
    # Ingegnere, Area dei Funzionari ...", "per n. 1 posto di Funzionario amministrativo-gestionale
    # (Area dei Funzionari ...)"
    r"|\bn\.\s*\d+\s+post[oi]\s+di\s+(?-i:(?=[A-Z]))(?P<role26>[^\n.;:!?,(]{2,80}?)"
    r"(?=\s*[.;,\n(]|\s+(?:presso|a\s+tempo|con|per)\s)"
    # Microsoft Bookings' confirmation: "Service: Middle School Science Teacher - Principal
    # Interview" (the service booked, named for the job)
    r"|(?m:^[ \t]*(?:service|servizio|serviço|servicio|dienst)[ \t]*:[ \t]*"
    r"(?P<role14>[^\n]{2,100}?)[ \t]*$)"
    # a Swiss or German public post in guillemets: "an der Stelle «Wissenschaftliche
    # Mitarbeiterin / Wissenschaftlicher Mitarbeiter Finanzmarktstatistik 80–100 %»", the
    # French "au poste de «...»"
    r"|\b(?:(?:Plan)?Stelle|Stellenausschreibung|Position|poste(?:\s+de)?|posizione)\s+[«„“\"](?P<role16>[^»“”\"\n]{2,120})[»“”\"]"
    # Portuguese: "a agenda das suas entrevistas presenciais para Consultor(a) Sênior –
    # Finanças Corporativas & Reestruturação:", "a vaga é de Coordenador(a) de Controladoria,"
    r"|\bentrevistas(?:\s+\w+){0,2}\s+para\s+(?:(?:a|la)\s+vaga\s+de\s+|(?:o|el)\s+(?:cargo|puesto)\s+de\s+"
    r"|la\s+posici[oó]n\s+de\s+|a\s+função\s+de\s+)?"
    r"(?P<role22>[^\n.;:!?]{2,100}?)(?=\s*[:.;\n]|\s+(?:do|da|no|na|em|del|en)\s)"
    # ... and one interview, the job's name capitalised right after "para": "Te dejo
    # agendada la entrevista técnica para Backend Engineer (Go) – Semi Senior."
    r"|\bentrevista(?:\s+(?-i:[a-záéíóú]\w*)){0,2}\s+para\s+(?:(?:el|la)\s+(?:cargo|puesto|posici[oó]n)"
    r"\s+de\s+)?(?=(?-i:[A-ZÁÉÍÓÚ]))(?P<role30>[^\n.;:!?]{2,100}?)(?=\s*[:.;\n]|\s+(?:del|en|con)\s)"
    r"|\bvaga\s+(?:é|e)\s+(?:de|para)\s+(?P<role23>[^\n.;:!?,]{2,80}?)(?=\s*[,.;\n])"
    # a headhunter's "A posição é a de Gerente de Inteligência Operacional (referência interna"
    r"|\b(?:posição|posicao|vaga)\s+(?:é|e)\s+a\s+de\s+(?P<role33>[^\n.;:!?,(]{2,80}?)(?=\s*[,.;\n(])"
    # a headhunter's "la reunión con mi cliente ... por la Jefatura de Inteligencia de Negocios"
    r"|\bpor\s+la\s+(?P<role37>(?-i:Jefatura|Gerencia|Subgerencia|Dirección|Coordinación)\s+de\s+"
    r"[^\n.;:!?,(]{2,60}?)(?=\s*[,.;\n(]|\s+que\s)"
    # an EU institution's: "pour l'avis de vacance CJUE-2026-AT-041 – Juriste (agent
    # temporaire, AD 7), Direction de la recherche et documentation"
    r"|\bavis\s+de\s+vacance\s+[\w/-]*\d[\w/-]*\s+[-\u2013\u2014]\s+(?P<role36>[^\n.;:!?,(]{2,80}?)"
    r"(?=\s*[,.;\n(])"
    # Polish: "zaproszenie na rozmowę techniczną na stanowisko Analityk Danych – Live Ops (F2P
    # Mobile)."
    # ("na stanowisko Specjalista ds. analiz finansowych w Kwesturze": "ds." goes on)
    r"|\bna\s+stanowisko\s+(?-i:(?=[A-ZĄĆĘŁŃÓŚŹŻ]))(?P<role39>(?:[^\n.;:!?,]|\.(?=\s+(?-i:[a-ząćęłńóśźż])))"
    r"{2,80}?)(?=\s*(?:[;,\n]|\.(?!\s+(?-i:[a-ząćęłńóśźż])))|\s+w\s)"
    # Polish: "w sprawie stanowiska Kontroler Finansowy / Kontrolerka Finansowa", "dotyczące
    # stanowiska: Kierownik Działu Controllingu"
    r"|\bstanowiska:?\s+(?-i:(?=[A-ZĄĆĘŁŃÓŚŹŻ]))(?P<role38>[^\n.;!?,()]{2,80}?)(?=\s*[.;,\n(]|\s+[–-]\s)"
    # a note's list: "– candidature Indeed, poste Analyste Flux Logistiques, plateforme d'Ambarès"
    # (or a sentence of it: "Vacature Supply Planner, site Eeklo.")
    r"|(?:,|(?<=[.!?])|^)\s*(?:poste|puesto|vaga|vacature)\s+(?-i:(?=[A-ZÀ-Ý]))(?P<role35>[^\n,.;]{2,80}?)"
    r"(?=\s*[,.;\n])"
    # "a entrevista técnica para a vaga Engenheira(o) de Dados Pleno.": the job capitalised
    r"|\bpara\s+a\s+vaga\s+(?-i:(?=[A-ZÁÉÍÓÚ]))(?P<role34>[^\n.;:!?,]{2,80}?)"
    r"(?=\s*[,.;\n]|\s+(?:na|no|em|da|do)\s)"
    # ... and without them: "pour le poste de Chef de projet Marketing Opérationnel (H/F)
    # basé à notre siège", "sur le poste de ... chez notre client"
    # (and a public service's title with its commas: "pour le poste d'agente ou agent de
    # planification, de programmation et de recherche (APPR) à la Direction ...")
    r"|\b(?:(?:pour|sur)\s+le|autour\s+du|au|du)\s+poste\s+(?:de\s+|d['’])"
    r"(?P<role21>[^\n.;:!?,«]{2,100}?(?:,\s+(?:de|d['’]|et)\s*[^\n.;:!?,«]{2,80}?)*)"
    r"(?=\s*\(\s*[hf]\s*/\s*[hf]\s*\)|\s+(?:basée?|situé|chez|au\s+sein|à|dont|que|pour)\s|\s*[.;,\n])"
    # "Your virtual onsite with Nobska Robotics for Software Engineer, Autonomy Platform (New
    # Grad) is confirmed."
    r"|\b(?:onsite|interview|screen|call|loop)\s+with\s+[^.\n]{2,60}?\s+for\s+(?:the\s+)?"
    r"(?P<role18>[^\n.;:!?]{2,80}?)\s+(?:is|has\s+been)\s+(?:confirmed|scheduled|booked)\b"
    # Canada's public service: "your interview for selection process 26-PAF-EA-FPB-114027,
    # Senior Financial Policy Analyst (EC-05), Fiscal Policy Branch"
    r"|\bselection\s+process\s+[\w-]*\d[\w-]*,\s+(?P<role19>[^\n.;:!?,(]{2,80}?)(?=\s*[,(.])"
    # a public body's competition in the person's note: "Конкурс / competition for Главный
    # менеджер Департамента данных и аналитики (Chief Manager, ...)"
    r"|\bcompetition\s+for\s+(?:the\s+(?:post|position)\s+of\s+)?"
    r"(?P<role57>(?-i:[A-ZА-ЯЁ])[^\n.;:!?,(]{2,80}?)(?=\s*[(,.;\n])"
    # a booking form's answer that names the role in passing: "Please share anything that
    # will help prepare for our meeting.: Role: Software Engineer, Applied AI (New Grad)."
    # a note above a Zoom copy that opens with the round and the job: "Entrevista - Técnico/a
    # de Apoyo a la Investigación, Proyecto AGROCLIMA (concurso PTA-INV 12/2026). Comisión ..."
    r"|(?m:^[ \t]*(?:Entrevista|Interview|Colloquio|Entretien|Gespräch)\s+[-\u2013]\s+"
    r"(?P<role29>[^\n.,;:()]{2,80}?)(?=\s*[,.(]))"
    # the person's own shorthand: "ringing me on mobile re Data Engineer role (Galway, hybrid)"
    r"|\bre:?\s+(?-i:(?=[A-Z]))(?P<role28>[^\n.;:!?()]{2,60}?)\s+(?:role|position|job|vacancy)\b"
    # Azerbaijani, the post before "vakansiyası" or "vəzifəsi": "müsahibən var – Tələbatın
    # planlaşdırılması üzrə analitik vakansiyası", "\"Aktuar analitik\" vəzifəsi"
    r"|(?:(?<=[\u2013\u2014-]\s)|(?<=[.!?:]\s)|(?<=[\"“«]))(?-i:(?=[A-ZÇƏĞIİÖŞÜ]))"
    r"(?P<role58>[^\n.;:!?,()\"”»\u2013\u2014]{2,80}?)[\"”»]?\s+(?:vakansiya|vəzifə)"
    r"(?:sı|si|sına|sinə|sının|sinin)\b"
    # Turkish, the post before "pozisyonu": "ile Analitik ve Fiyatlama Müdürü pozisyonu için"
    r"|(?<![\w.])(?-i:(?=[A-ZÇĞİÖŞÜ]))(?P<role47>[^\n.;:!?,()]{2,60}?)\s+pozisyon(?:u|una|unda)\b"
    # Swedish: "din intervju för tjänsten som statistiker med inriktning pensionsprognoser (dnr"
    r"|\btjänsten\s+som\s+(?P<role45>[^\n.;:!?,(]{2,80}?)(?=\s*[.;,(\n]|\s+(?:vid|på|hos)\s)"
    # Québec's public service: "dans le cadre de l'appel de candidatures no 12610RQ26000043,
    # Analyste en science des données (emploi professionnel), à la Régie ..."
    r"|\bappel\s+de\s+candidatures\s+(?:no\s+|n[°º]\s*)?[\w-]*\d[\w-]*,\s+(?P<role44>[^\n.;:!?,(]{2,80}?)"
    r"(?=\s*[,(.])"
    # Québec, the post without "de": "Ton entrevue technique pour le poste Analyste de données
    # de jeu senior (Senior Game Data Analyst) est confirmée"
    r"|\bpour\s+le\s+poste\s+(?-i:(?=[A-ZÀ-Ý]))(?P<role43>[^\n.;:!?,(«]{2,80}?)"
    r"(?=\s*[(.;,\n]|\s+(?:est|sera|a|au|à|chez)\s)"
    # a note typed above Zoom's text: "Interview for Finance Reporting Analyst (R2R) –
    # interviewers: ..."
    r"|(?m:^[ \t]*Interview\s+for\s+(?:the\s+)?(?-i:(?=[A-Z]))"
    r"(?P<role42>[^\n.,;:()\u2013\u2014]{2,80}?)"
    r"(?:\s*\([^()\n]{1,20}\))?(?=\s*[-\u2013\u2014,.;:]))"
    # ... or a sentence that opens with it: "... calls me on Safaricom line. BI Analyst role, HQ
    # on Moi Avenue (CBD)."
    # (its words capitalised: not "Thanks for applying to the Store Manager position.")
    r"|(?:(?<=[.!?])\s+|(?m:^))(?P<role46>(?-i:[A-Z][\w&/-]*(?:\s+(?:[A-Z][\w&/-]*|&|of|and)){0,5}))"
    r"\s+(?-i:role|position)(?=[,.;]|\s*$)"
    # ... or the job alone, a dash and where it sits after it: "Brooke Simmons (recruiter)
    # calls my cell. Logistics Management Specialist - Redstone, IPS elements."
    # (not after an abbreviation: "Sr. Product Manager - Technical, ...")
    r"|(?<!(?-i:[A-Z][a-z])[.!?])(?<=[.!?])\s+"
    r"(?P<role53>(?-i:[A-Z][\w&/-]*(?:\s+(?:[A-Z][\w&/-]*|&|of|and)){1,5}))"
    r"(?=\s+[-\u2013\u2014]\s+(?-i:[A-Z])[\w-]*,)"
    # ... or before where it is based: "Kapua Dudoit (Director of Revenue) calls my cell. ...
    # Revenue & Distribution Analyst, based at the resort in Wailea"
    r"|(?<=[.!?])\s+(?P<role54>(?-i:[A-Z][\w&/-]*(?:\s+(?:[A-Z][\w&/-]*|&|of|and)){1,5}))"
    r"(?=,\s+based\s+(?:at|in|on|out\s+of)\b)"
    # ... or Estonian, the job in the genitive before "koht" (the post): "AML analüütiku koht."
    r"|(?:^|(?<=[.!?])\s+)(?P<koht>(?-i:[A-ZÕÄÖÜ])[^\n,.;:!?]{1,60}?)\s+(?:ameti)?koht(?=[,.;]|\s*$)"
    # ... or a sentence of the job and where it was applied for: "Ms. Rhea Tolentino (HR) will
    # call on my Globe number. Transport Planning Analyst, applied via JobStreet."
    r"|(?:^|(?<=[.!?])\s+)(?-i:(?=[A-Z]))(?P<role41>[^\n,.;:!?]{2,80}?),\s+applied\s+(?:via|through|on)\b"
    # ... or after a dash in it: "Fr. Mag. Doris Holzer (...) ruft an – Stelle Controller:in
    # Schwerpunkt Reporting, 30–38 Std."
    r"|\s[-\u2013\u2014]\s+(?-i:Stelle|Position|Poste|Vaga|Puesto|Vacature)\s+(?=(?-i:[A-ZÀ-Ý]))"
    r"(?P<role40>[^\n,.;]{2,80}?)(?=\s*[,.;\n]|$)"
    # (a post named in Armenian, Georgian or Ge'ez letters and then in English: "Post:
    # տվյալների ... մասնագետ / Chief Specialist, Data Analysis Division, code 17-4.2-Մ2-1.")
    r"|[.:?]\s+(?-i:Post|Position|Role)\s?:\s*[\u0531-\u058f\u10d0-\u10ff\u1200-\u137f]"
    r"[^\n/.]{1,80}?\s+/\s+(?P<role56>(?-i:[A-Z])[^\n]{2,80}?)(?=\.\s|\.?$|\n|,\s+code\s+\d)"
    # (and in the person's own French note: "Elle m'appelle sur le portable. Poste : ...")
    r"|[.:?]\s+(?-i:Role|Position|Poste|Rôle|Vaga|Cargo|Puesto|Posizione|Pozice|Stelle|Stanowisko"
    r"|Tjänsten|Pozisyon|Tehtävä|Θέση|Post|Poziția|Pozitia|Pozíció|Munkakör|Pozicija|Позиция"
    r"|Delovno\s+mesto|Amats|Вакансія|Посада|Позиція|Ametikoht|Pozícia"
    r"|Длъжност|Posisi)"
    r"\s?:\s*"
    # (where it is, after a comma, goes: "Cargo: Jefe/a de Abastecimiento, bodega en
    # Quilicura"; not "Poste : Execution Analyst, desk céréales")
    r"(?P<role17>[^\n]{2,80}?)(?=\.\s|\.?$|\n"
    # ("Team Leader Accounts Payable (PL/EN), zespół 9 osób, klient skandynawski": the team)
    r"|,\s+(?:zespół|klient|umowa|biuro|hybryda|praca|toimisto|konttori|la\s+sediul|sediul"
    # (Croatian "..., ured u Sesvetama", Bulgarian "..., централен офис", Indonesian "..., kantor
    # pusat di Kelapa Gading")
    r"|ured|централен|офис|kantor|fabrika|fabrici|погон)\b"
    # ("Supply Chain Analyst (κεντρική αποθήκη στην Ελευσίνα)": where it is, in a bracket;
    # "E-commerce Elemző (Profession.hu-n láttam)": where the ad was seen)
    r"|\s+\((?=(?-i:[α-ωάέήίόύώ]))|\s+\((?=[\w-]+\.(?:hu|com|ro|fi|gr|pl|cz|de|fr|es|it)\b)"
    # (a post in Latin letters, then its own name in Georgian or Armenian letters: "Senior
    # Specialist, Data Analytics Division (მონაცემთა ...)"; a civil-service post's "code 17-4.2")
    r"|(?<=[A-Za-z])\s+\((?=[\u10d0-\u10ff\u0531-\u058f\u1200-\u137f])|,\s+code\s+\d"
    r"|,\s+(?-i:[a-zà-ÿ])[^\n,.]{0,30}?\s(?:en|à|in|em|bei|im|vid|på)\s+(?-i:[A-ZÀ-Ý])"
    # ("MI Analyst (reporting), Bellville site.": where it is)
    r"|,\s+(?-i:[A-ZÀ-Ý])[\w'-]+\s+(?:site|office|branch|campus|plant|ofisi|şubesi)\b"
    # ("Responsable Qualité des Données Production, Delémont.": the town, last)
    r"|,\s+(?-i:[A-ZÀ-Ý])[\w'-]+(?=\.\s|\.?$|\n)"
    # ("Contrôleur de gestion industriel, usine de Thionville-Illange": the site)
    r"|,\s+(?:usine|site|agence|sede|planta|fábrica|dépôt|entrepôt|plant|filiale)\s+(?:de|d['’]|du)\s*"
    r"(?-i:[A-ZÀ-Ý]))"
    # ... or as what was applied for: "Applied via SEEK for Senior Consultant - Public Sector
    # Advisory."
    r"|\bapplied\s+(?:(?:via|through|on)\s+(?-i:[A-Z])[\w.]*\s+)?for\s+(?:the\s+|a\s+)?"
    r"(?![^\n.;:!?]*\b(?:role|position|job|post|opening|vacancy)\b)(?P<role20>[^\n.;:!?]{2,80}?)(?=\s*[.;!\n]|$)",
    re.IGNORECASE,
)
# A job ad's contract after its title, and the place after that: " - CDI - Toulouse"
_CONTRACT_AND_PLACE = re.compile(
    # (or after commas: "Acheteur / Acheteuse textile, CDI, Roubaix")
    r"\s*(?:\s[-\u2013|]|,)\s+(?:CDI|CDD|stage|alternance|intérim|interim|freelance|temps\s+(?:plein|partiel)"
    r"|full[- ]time|part[- ]time|permanent|vollzeit|teilzeit|unbefristet|befristet"
    r"|tempo\s+(?:pieno|indeterminato|determinato))(?![\w-])(?:\s*(?:\s[-\u2013|]|,)\s+[^-\u2013|,]{1,40})?\s*$",
    re.IGNORECASE,
)
_LAST_NAMED = re.compile(
    r"\s+(?:and|or|&|for|as|in|about|regarding)\s+(?:the|our|your|this|an?)\s+"
    # "through your background, the Associate, Total Portfolio Analytics role"
    r"|,\s+(?:the|our|this)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)  # "for a panel interview for the Senior Analyst position": the last one named
MAX_TITLE = 300  # a title longer than this is not read further for company or role
_FOR = re.compile(
    r"\bfor\s+(?:the\s+|an?\s+|our\s+)?(?P<role>.+?)(?:\s+(?:role|position|opening|job))?"
    r"(?=\s+(?:at|with|@|w/)\b|\s+[-\u2013\u2014|]\s|\s*[,;]|$)",
    re.IGNORECASE,
)


def strip_duration(text: str) -> str:
    return re.sub(r"\s+", " ", _DURATION.sub(" ", text)).strip()


def has_job_noun(text: str) -> bool:
    """Whether `text` names a job: a job noun, or a job ad's gender marker ("Logistikplaner
    (m/w/d)"), which only a post's title carries."""
    return bool(_JOB.search(text) or _GENDER_BRACKETED.search(text) or _PAY_SCALE.search(text))


# A public service's grade, which only a post carries: Pakistan's Basic Pay Scale ("DD Data
# Analytics, BPS-18"), the US federal and UN General Service grades ("GS-12"), South
# Australia's Administrative Services Officer levels ("ASO6").
_PAY_SCALE = re.compile(r"(?<![\w-])(?:BPS|GS)-\d{1,2}(?![\w-])|(?<![\w-])ASO[1-8](?![\w-])")


def is_gender_marker(text: str) -> bool:
    """Whether `text` opens with a job ad's gender marker: "(H/F)", "(m/w/d)"."""
    return bool(_GENDER.match(text.lstrip()))


def is_requisition(text: str) -> bool:
    return bool(_REQUISITION.fullmatch(text.strip()))


def _phrase(phrase: str) -> str:
    if phrase in _HOW_HELD:
        # "Remote" or "Virtual" is how a round is held, not the start of a job's name
        # ("Remote Area Nurse", "Virtual Assistant"): only before a stage word or the end
        return re.escape(phrase) + _HOW_HELD_BEFORE
    return r"\s+".join(re.escape(w) for w in phrase.split())


_HOW_HELD = frozenset({"remote", "virtual"})
_HOW_HELD_BEFORE = (
    r"(?=\s*(?:$|[-\u2013\u2014|:,;()/\]]|(?:interview|onsite|on-site|call|chat|session|meeting"
    r"|screen|round|panel|loop|assessment|conversation|video)\b))"
)


@lru_cache(maxsize=512)
def _words_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all phrases, longest first, each as whole words."""
    ordered = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!)")
    body = "|".join(_phrase(p) for p in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def _remove_words(text: str, phrases: Iterable[str]) -> str:
    return _words_pattern(tuple(phrases)).sub(" ", text)


# Stage words that are also a job's field, right before its noun: "Assessment Specialist",
# "Case Manager", "Coding Specialist" (but "Panel Product Manager" loses "Panel").
_FIELD_STAGES = frozenset({"assessment", "case", "coding", "screening"})
# ... as it starts a job's name: before its noun, or joined by "&" to another field
# ("Assessment & Institutional Research Specialist")
_AS_A_FIELD = rf"(?:{'|'.join(sorted(_FIELD_STAGES))})(?:\s+{_JOB.pattern}|\s*(?:&|and)\s+\w)"


@lru_cache(maxsize=64)
def edge_stage_words(include: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Stage and tool words at the start or the end of a text (not inside a name)."""
    ordered = sorted({p for p in (*STAGE_PHRASES, *include, *TOOL_WORDS) if p.strip()}, key=len)
    body = "|".join(_phrase(p) for p in reversed(ordered))
    # (not a stage word that is the job's field: "Assessment Specialist")
    return re.compile(rf"^(?!{_AS_A_FIELD})(?:{body})(?![\w])|(?<![\w])(?:{body})$", re.IGNORECASE)


# Words of a bracket beyond what a round holds ("Growth", "Platform"), as against "+ Exercise".
_SAYS_MORE = re.compile(
    r"\b(?!(?:exercises?|tests?|tasks?|case\s+study|presentation|and)\b)[^\W\d_]{2,}", re.I
)


def _without_round_brackets(text: str) -> str:
    """A bracket left with only what the round holds goes: "(Hiring Manager + Exercise)"
    once its stage words are off (not a word's own ending: "Consultor(a)")."""
    return re.sub(r"(?<!\w)\(([^()]*)\)", lambda m: m[0] if _SAYS_MORE.search(m[1]) else " ", text)


_FIELD_AT = re.compile(_AS_A_FIELD, re.IGNORECASE)


# An ordinal's ending after its number: "2nd", "3rd", Spanish "2ª", "1.º"
_ORDINAL_ENDING = r"(?:st|nd|rd|th|\.?ª|\.?º)?"


def strip_stage_words(text: str, include: Iterable[str] = ()) -> str:
    """The text without interview and stage words, tools, requisitions and ordinals."""
    text = _DURATION.sub(" ", _GENDER.sub(" ", _REQUISITION.sub(" ", _WORKLOAD.sub(" ", text))))
    pattern = _words_pattern((*STAGE_PHRASES, *include, *TOOL_WORDS))

    def stage(found: re.Match[str]) -> str:
        return found[0] if _FIELD_AT.match(text, found.start()) else " "

    text = pattern.sub(stage, text)
    text = _without_round_brackets(text)
    # ordinals go ("2nd", Spanish "2ª"), but not a range that is part of the job's name ("LPH 5–8")
    text = re.sub(
        # (nor the second grade of "Clerk Grade 9/10")
        r"\b(?:round|part|day)\s*\d+\b|(?<![\d\u2013-])(?<!\d/)\b\d+"
        + _ORDINAL_ENDING
        + r"\b(?!\s*[\u2013-]\s*\d)(?!/\d)",
        lambda m: m[0] if _is_grade(text, m) else " ",
        text,
        flags=re.I,
    )
    return re.sub(r"\s+", " ", text).strip()


def _is_grade(text: str, number: re.Match[str]) -> bool:
    """A plain digit right after a job noun is its grade: "Financial Analyst 3", "Engineer 2";
    and a year right after a programme is the intake it names: "Future Leaders Programme
    2027"."""
    before = re.search(r"(\w+)\s+$", text[: number.start()])
    if re.fullmatch(r"20\d\d", number[0]):
        return before is not None and before[1].casefold() in ("programme", "program")
    if not re.fullmatch(r"[1-9]", number[0]):
        return False
    return before is not None and bool(_JOB.fullmatch(before[1]))


def role_of(
    title: str,
    company: str,
    notes: Notes,
    include: Iterable[str] = (),
    names: Iterable[str] = (),
    description: str = "",
    me: str = "",
) -> str:
    """The role from notes, else the title, else what the description says.

    The description counts after the title: a scheduling tool's "Event Name:"
    line (Calendly writes the employer's own event name there, such as
    "Brightline Rail - Recruiter Screen (Operations Analyst)"), then a phrase
    such as "applying for the Associate, Private Credit role".
    """
    include, names = tuple(include), tuple(names)
    noted = tidy(notes.role, company, include, names) or _clean(notes.role)
    if noted:
        # "Position: Key Account Manager – 3PL Warehousing (Gurugram)" and the title names
        # the job without the bracket: where it is, not what it is
        bare = re.sub(r"\s*\(([^()]*)\)\s*$", "", noted)
        if (
            bare != noted
            and not has_job_noun(noted[len(bare) :])
            and bare.casefold() in title.casefold()
        ):
            return bare
        return noted
    event_names = [
        m.group(1) or re.split(r"[.,;!?(]", m.group(2))[0]  # the host's first phrase
        for m in _EVENT_NAME.finditer(description[:20_000])
    ]
    described = ""
    for match in _ROLE_PHRASE.finditer(description[:20_000]):
        said = next(g for g in match.groups() if g)
        if match["koht"]:
            said = _estonian_nominative(said)
        # "about your portfolio and the Product Designer role": the role is the last thing named.
        said = _LAST_NAMED.split(said)[-1]
        role = tidy(said, company, include, names)
        if _is_role(role):
            described = role
            break
    for text in [title, *event_names, *_heading(description)]:
        role = _role_in_title(text, company, include, names, me)
        if _initials_of(role, company):
            role = ""  # "NPM Final Interview" at Northpoint Mutual: the employer's initials
        if role and text == title:
            role = _uncut(role, title, description, company, include, names)
        if role:
            # "Teacher interview", and the description says "the Preschool Lead Teacher
            # position": the fuller name of the same job.
            # (not a stage before a dash: "Product panel - Principal Product Manager")
            longer = described.casefold().endswith(" " + role.casefold()) and not re.search(
                r"\s[-\u2013\u2014|:]\s*$", described[: len(described) - len(role)]
            )
            # "Senior Analyst" cut at the title's dash, which the description shows to be the
            # job's own: "Your interview for JR-0093317 Senior Analyst - Network Planning &
            # Scheduling has been confirmed"
            rest = described[len(role) :]
            longer = longer or (
                text == title
                and described.casefold().startswith((role.casefold() + " ", role.casefold() + ","))
                and described.count("(") == described.count(")")
                and re.search(
                    re.escape(described) + r"(?=\s+[-\u2013\u2014|(/]|\s*$)", title, re.IGNORECASE
                )
                is not None
                and strip_stage_words(rest).strip(" -\u2013\u2014") == rest.strip(" -\u2013\u2014")
            )
            # "Prog. Admin (HS)" in the title, the description's "Programme Administrator -
            # Health Systems": the name written out
            cut_short = bool(described) and (
                # (not "Sr.", "Jr.": a seniority written short, not a word cut)
                bool(re.search(r"\b(?!(?:Sr|Jr|Sra)\.)[A-Z][a-z]{1,5}\.(?=\s|$)", role))
                or shortens(role, described)
            )
            # "Gespräch Aichtal – Vorstand Technik / Personal", and the description: "Sie
            # treffen Herrn Dr. Volker Gaiser (Vorstand Technik) ... für die Position Leiter/in
            # Versuch Fahrwerk": the title named whom the person meets, by their function
            whose = (
                bool(described)
                and described.casefold() != role.casefold()
                and re.search(r"\(\s*" + re.escape(role) + r"\s*[),]", description, re.I)
                is not None
            )
            return (
                described
                if longer or cut_short or whose or _bracket_spelled(role, described, text)
                else role
            )
    return described or _bare_post(description[:2000], company, include, names)


# A sentence of a note that is only the job, and where: "Renée Dubois (HR Director) calling
# my cell. Business Office Manager, Evanston community." (a signature's title line has no
# full stop); or its team: "Risk Analytics Analyst (fraud team)."
_BARE_POST = re.compile(
    r"(?:(?<=[.!?]\s)|^)((?:[A-Z][\w/&'-]*\s+){0,5}[A-Z][\w/&'-]*)(?:,\s+[^.\n]{1,40}"
    r"|\s+\([^().\n]{1,40}\))?\.(?=\s|$)",
    re.MULTILINE,
)


def _bare_post(
    description: str, company: str, include: tuple[str, ...], names: tuple[str, ...]
) -> str:
    for found in (*_BARE_POST.finditer(description), *_POST_AFTER_A_DASH.finditer(description)):
        if is_title_word(found[1].split()[-1] + "."):
            continue  # a title before a name, "Mgr. Lenka Urbanová", is no post
        role = tidy(found[1], company, include, names)
        if _is_role(role) and role == found[1]:
            return role
    return ""


# ... or the job after a dash at a note's sentence end: "Ayman Kassab (Revenue Mgmt Manager)
# calls my mobile – Pricing & Revenue Analyst."
_POST_AFTER_A_DASH = re.compile(
    r"\s[-\u2013\u2014]\s+((?:(?:[A-Z][\w/'-]*|&|and|of)\s+){0,5}[A-Z][\w/'-]*)\.(?=\s|$)"
)


# Workday's invite names the posting beside its title: "Job Requisition: R-10388 Senior
# Manager - Project Controls (Master Communities)".
# (and a job's number before its name: "Job ID: 2871144 | Sr. Product Manager - Technical, ...")
_REQUISITION_LINE = re.compile(
    r"^[ \t]*(?:job[ \t]+requisition|job[ \t]+id)[ \t]*:[ \t]*(?:\d{4,}[ \t]*[|\u2013-][ \t]*)?"
    r"(\S[^\n]*)$",
    re.I | re.M,
)


def _initials_of(role: str, company: str) -> bool:
    """ "NPM" for Northpoint Mutual: letters in capitals that abbreviate the employer's name."""
    squeezed = re.sub(r"[\W_]+", "", company).casefold()
    if not re.fullmatch(r"[A-Z]{3,5}", role) or not squeezed.startswith(role[0].casefold()):
        return False
    return in_order(role.casefold(), squeezed)


def in_order(letters: str, word: str) -> bool:
    """Whether `letters` occur in `word` in that order ("qm" in "quillmate")."""
    rest = iter(word)
    return all(c in rest for c in letters)


def _uncut(
    role: str,
    title: str,
    description: str,
    company: str,
    include: tuple[str, ...],
    names: tuple[str, ...],
) -> str:
    """The role whole where the title's dashes cut it: "Interview: R-10388 Senior Manager -
    Project Controls (Master Communities) - Casey Candidate" reads "Senior Manager" alone,
    and the requisition line beside it shows the dash is the job's own. Only a name the
    title writes whole: a line that adds to it ("... (R2R) - English & German") does not."""
    for line in _REQUISITION_LINE.finditer(description[:20_000]):
        whole = tidy(line.group(1), company, include, names)
        if (
            len(whole) > len(role)
            and whole.casefold().startswith(role.casefold())
            and whole.casefold() in title.casefold()
        ):
            return whole
    return role


def _bracket_spelled(role: str, described: str, title: str) -> bool:
    """ "Nurse (Clinical Applications Coordinator)" described, "Nurse (CAC)" titled: the
    description spells out the specialty the title abbreviates after the same job; or the
    title's one-word field in brackets, the description's team named by it ("главный менеджер
    (данные)" titled, "Главный менеджер Департамента данных и аналитики" described)."""
    field = re.search(re.escape(role) + r"\s+\((\w{4,})\)", title, re.IGNORECASE)
    rest = described[len(role) :]
    # (the team named in capitals after the job, not a clause: "... per la collana di
    # narrativa", "... (Vollzeit) ein")
    if (
        field
        and described.casefold().startswith(role.casefold() + " ")
        and rest[1:2].isupper()
        and re.search(rf"\b{re.escape(field[1].casefold()[:4])}", rest.casefold())
    ):
        return True
    if not described.casefold().startswith(role.casefold() + " ("):
        return False
    inside = described[len(role) + 2 :].rstrip(")")
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", inside) if w[:1].isupper())
    return len(initials) >= 2 and re.search(rf"\({re.escape(initials)}\)", title) is not None


def _heading(description: str) -> list[str]:
    """A description's first line when it is written as a title: Ashby puts "Compliance
    Manager, Financial Crimes - Hiring Manager Interview" above the invite's text."""
    first = next((line.strip() for line in description[:2000].splitlines() if line.strip()), "")
    # ... or a sentence that opens so: "Senior Consultant, Healthcare Operations - 45-minute
    # case interview with Fiona Tierney-Walsh (...), followed by ..."
    opening = re.split(r"\s+with\s+", first, maxsplit=1)[0]
    if opening != first and len(opening) <= 120 and not re.search(r"[.!?:]", opening):
        first = opening
    if (
        len(first) > 120
        or re.search(r"[.!?:,]$", first)
        or not re.search(r"\s[-\u2013\u2014|]\s", first)
        or strip_stage_words(first) == first
    ):
        # ... or the person's own note that opens with the job as a title: "Commercial Analyst
        # – Supply & Vintage Planning. Panel: Heidi Koschade (Chief Winemaker) + ..."
        opening = re.match(r"([^.!?:\n]{3,100})\.\s", first + " ")
        if opening and _titled_as_a_job(opening.group(1)):
            return [opening.group(1)]
        return []
    return [first]


def _titled_as_a_job(text: str) -> bool:
    """A job's name written as a title: every word capitalised but the small ones, a job noun
    among them, and no more words than a job's name has."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return (
        2 <= len(words) <= 10
        # (not a title's abbreviation, whose dot ends no sentence: "Volá Mgr. Dominika ...")
        and words[-1].casefold() not in HONORIFICS
        and all(w[0].isupper() or w in _SMALL_WORDS for w in words)
        and has_job_noun(text)
    )


_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "to", "de", "du", "des", "e", "y"})


def _role_in_title(
    title: str, company: str, include: tuple[str, ...], names: tuple[str, ...], me: str = ""
) -> str:
    text = _clean(title)[:MAX_TITLE].translate(FULL_WIDTH)
    text = re.sub(r"\[([^\]]*)\]", r" | \1 | ", text)
    candidates: list[str] = []
    match = _FOR.search(text)
    if match:
        candidates.append(match.group("role"))
    # What follows "with" is about the interviewer ("with Jane Doe (Engineering
    # Manager)", "with Acme's CTO"), not the role; "for ..." was read above.
    # What follows "with" is the company, though, when it is the company: its
    # bracket is the role ("Interview with Fjord Analytics (Data Engineer)").
    # ... and so is the person's own name: "Kasempa Haulage – interview with Casey Candidate
    # (Fleet & Operations Data Analyst)"
    text = _WITH_CLAUSE.sub(lambda m: _with_clause(m, company, me), text)
    for bracket in re.finditer(r"\(([^)]*)\)", text):
        # the segment the bracket follows
        before = _SEGMENT_END.split(text[: bracket.start()])[-1].strip()
        # "Manager (Data Analytics), PDO": a grade alone, and its field in brackets
        if (
            before.casefold() in _BARE_GRADES
            and bracket.group(1)[:1].isupper()  # (not a gender ending: "Director(a)")
            and len(bracket.group(1)) >= 3
            and not has_job_noun(bracket.group(1))
            and not _CLASSIFICATION.fullmatch(bracket.group(1))
            and len(bracket.group(1).split()) <= 4
        ):
            candidates.append(f"{before} ({bracket.group(1)})")
            continue
        if _TWO_FIELDS.fullmatch(bracket.group(1).strip()) and _is_role(
            tidy(before, company, include, names)
        ):
            # a post's two fields in brackets after it: "Programme Analyst (Data & Monitoring)"
            candidates.append(f"{before} ({bracket.group(1).strip()})")
            continue
        if not has_job_noun(bracket.group(1)) or _CLASSIFICATION.fullmatch(bracket.group(1)):
            continue  # "(Clerk Grade 11/12)": the post's pay classification, not the post
        # "Higher Executive Officer (Data Analyst)": a grade and the post it is for, one role
        # ... and a grade, a comma and its field: "AVP, Financial Crime Compliance (KYC QA)"
        graded = _SEGMENT_END_NO_COMMA.split(text[: bracket.start()])[-1].strip()
        if "," in graded and not _is_role(tidy(before, company, include, names)):
            before = graded
        if _is_role(tidy(before, company, include, names)) and not _FOR.search(before):
            candidates.append(f"{before} ({bracket.group(1)})")
        else:
            candidates.append(bracket.group(1))
    # brackets go, but not a gender ending on a word: "Engenheiro(a)", "Konstruktér(ka)"
    # (nor, inside a part, the initials of the words before: "Assistant Principal (AP) Digital
    # Transformation", where the post and its field would run together without them)
    unbracketed = re.sub(
        # (nor a Lithuanian ad's feminine ending: "Duomenų analitiko (-ės)")
        r"(?<!\w)\((?!-[^\W\d_]{1,4}\))[^)]*\)|\((?![a-zà-ÿ]{1,5}\))(?!-[^\W\d_]{1,4}\))[^)]*\)",
        lambda m: (
            m[0]
            if _initials_before(text[: m.start()], m[0]) and re.match(r"\s+[A-Z]", text[m.end() :])
            else " "
        ),
        text,
    )
    parts = re.split(
        r"\s+(?:[-\u2013\u2014|/~\u2022\u00b7]|<>|\u00d7)\s+|:\s+|\s*\|\s*"
        r"|\s+(?:at|@|with|w/|between|entre|tra|fra|tussen|zwischen)\s+",
        _AT_AN_EMPLOYER.sub(" at ", unbracketed),
    )
    candidates += [p for p in parts if has_job_noun(p)]
    for candidate in candidates:
        role = tidy(candidate, company, include, names)
        # (a post by its pay scale: "DD Data Analytics, BPS-18", without a job noun)
        if _is_role(role) or (role and _PAY_SCALE.search(candidate)):
            barred = _field_after_a_dash(role, candidate, text)
            if barred:
                return barred
            return _with_its_field(role, candidate, parts, company, include, names, text)
    return ""


_TWO_FIELDS = re.compile(r"[A-Z][\w-]+\s+(?:&|and|y|e|et|und)\s+[A-Z][\w-]+")


def _initials_before(before: str, bracket: str) -> bool:
    """ "(AP)" after "Assistant Principal": the post's own initials, part of its name."""
    inside = bracket.strip("() ")
    if not re.fullmatch(r"[A-Z]{2,5}", inside):
        return False
    words = before.split()[-len(inside) :]
    return len(words) == len(inside) and "".join(w[0] for w in words) == inside


# A public service's pay classification in brackets: "Clerk Grade 11/12", "APS 6", "EL1".
_CLASSIFICATION = re.compile(
    r"\s*(?:clerk\s+)?(?:grade|band|level|classification|step|aps|el|ses|gs)\s*-?\s*\d{1,2}"
    r"[a-d]?(?:\s*(?:/|-|\u2013|to)\s*\d{1,2}[a-d]?)?\s*",
    re.IGNORECASE,
)

# Where a title's segment starts: after a dash, a bar, a colon or a comma.
_SEGMENT_END = re.compile(r"\s+(?:[-\u2013\u2014|/~\u2022\u00b7]|<>)\s+|:\s+|\s*\|\s*|,\s+")
_SEGMENT_END_NO_COMMA = re.compile(r"\s+(?:[-\u2013\u2014|/~\u2022\u00b7]|<>)\s+|:\s+|\s*\|\s*")

# A grade alone, its field in the next segment: "Interview – Manager – Treasury Analytics –
# Casey Candidate", "Manager – FP&A (Corporate Finance) – Req 48213".
_BARE_GRADES = frozenset(
    {"manager", "director", "lead", "head", "analyst", "specialist", "officer", "associate",
     "consultant", "coordinator", "supervisor", "executive", "advisor", "adviser", "pm",
     "team leader", "team lead",
     # South Africa's public service writes its grade and the field after a colon:
     # "Assistant Director: Data Analytics", "Deputy Director: Business Intelligence"
     "assistant director", "deputy director", "chief director",
     # a Bangladeshi or Indian bank's grades: "Principal Officer (Data Analytics), RMD"
     "principal officer", "senior officer", "executive officer", "senior principal officer"}
)  # fmt: skip


# The genitive endings of Estonian job nouns, and their nominative: "analüütiku" is
# "analüütik", "spetsialisti" "spetsialist", "inseneri" "insener", "müügijuhi" "müügijuht",
# "konsultandi" "konsultant"; "arendaja" and "planeerija" are both.
_ESTONIAN_GENITIVES = (
    ("juhi", "juht"), ("andi", "ant"), ("endi", "ent"), ("iku", "ik"), ("isti", "ist"),
    ("eri", "er"), ("ori", "or"),
)  # fmt: skip


def _estonian_nominative(said: str) -> str:
    """The job a note names in the genitive before "koht", as its ad names it."""
    words = said.split()
    last = words[-1]
    for genitive, nominative in _ESTONIAN_GENITIVES:
        if last.casefold().endswith(genitive) and len(last) > len(genitive) + 2:
            words[-1] = last[: -len(genitive)] + nominative
            break
    return " ".join(words)


def _field_after_a_dash(role: str, candidate: str, title: str) -> str:
    """ "Sr. Analyst - Commercial Analytics" in "Turkapally Biologics | Sr. Analyst -
    Commercial Analytics | Casey Candidate": where bars part the title, a dash inside one
    part goes on with the job's field (a department's words, not a place or a stage)."""
    # ... or, without bars, a field written as its initials with their "&": "Analista de
    # Planejamento Financeiro - FP&A (Sênior)"
    field = re.search(
        re.escape(role) + r"\s+[-\u2013]\s+([A-Z]{1,4}&[A-Z]{1,3})(?=\s*(?:\(|$|\s[-\u2013|]\s))",
        title,
    )
    if field and candidate.strip() == role:
        return f"{role} - {field[1]}"
    if " | " not in title or candidate.strip() != role:
        return ""
    for part in title.split(" | "):
        pieces = re.split(r"\s+[-\u2013]\s+", part.strip(), maxsplit=1)
        if len(pieces) != 2 or pieces[0].strip() != role:
            continue
        field = pieces[1].strip()
        if is_department(field) and not has_job_noun(field) and len(field.split()) <= 4:
            return f"{role} - {field}"
    return ""


def _with_its_field(
    role: str,
    candidate: str,
    parts: list[str],
    company: str,
    include: tuple[str, ...],
    names: tuple[str, ...],
    title: str,
) -> str:
    if role.casefold() not in _BARE_GRADES or candidate not in parts:
        return role
    following = parts[parts.index(candidate) + 1 :]
    field = tidy(following[0], company, include, names) if following else ""
    if (
        not field
        or has_job_noun(field)
        or is_requisition(field)
        or (company.strip() and _same_name(field, company))
        or len(field.split()) > 5
    ):
        return role
    if f"{candidate.strip()}: {following[0].strip()}" in title:
        return f"{role}: {field}"  # as the post is written: "Assistant Director: Data Analytics"
    return f"{role} – {field}"


# Brackets as Japanese, Korean and Chinese titles write them: "一次面接（カスタマーサポート）".
FULL_WIDTH = str.maketrans(
    {"（": " (", "）": ") ", "【": " [", "】": "] ", "「": " ", "」": " ", "：": ": ", "｜": " | ",
     "／": " / "}
)  # fmt: skip


def _with_clause(match: re.Match[str], company: str, me: str = "") -> str:
    """A "with ..." clause off a title, but the role in brackets after the company (or after
    the person's own name) kept."""
    paren = match.group("paren")
    if paren and company.strip() and _same_name(match.group("who"), company):
        return f" ({paren})"
    if paren and me.strip() and _same_name(match.group("who"), me) and has_job_noun(paren):
        return f" ({paren})"
    return " "


# Legal forms that may follow a company's name in a title ("Lindqvist Marine AB").
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:inc|llc|ltd|limited|corp|co|plc|gmbh|ag|ab|as|oy|bv|nv|sa|sas|sarl|srl|spa"
    r"|pty|pvt|kg|se|lp|llp)\.?)+\s*$",
    re.IGNORECASE,
)


def _same_name(a: str, b: str) -> bool:
    def squeeze(text: str) -> str:
        return re.sub(r"[\W_]+", "", _LEGAL_FORM.sub("", text)).casefold()

    return bool(squeeze(a)) and squeeze(a) == squeeze(b)


def _is_role(text: str) -> bool:
    """A job noun, and not only a plural one ("with Black Mesa engineers" names no role)."""
    if not text or not has_job_noun(text):
        return False
    if text.casefold() in _WHOM_A_ROUND_IS_WITH:
        return False  # "Entrevista técnica + gestor": the round with the hiring manager
    if _WITH_WHOM.match(text):
        return False  # "Gespräch mit der Werkleitung": the round with the plant's managers
    last = text.split()[-1].casefold()
    return not (len(text.split()) <= 2 and last.endswith("s") and last[:-1] in JOB_NOUNS)


_WITH_WHOM = re.compile(
    r"(?:mit|with|avec|con|com|met)\s+(?:der|dem|den|the|la|le|les|el|los|las|o|a|os|as|de)\s", re.I
)
_WHOM_A_ROUND_IS_WITH = frozenset({"gestor", "gestora", "gestor(a)"})
_HAN_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限公司|集团|集團|株式会社)$")


def tidy(text: str, company: str, include: Iterable[str], names: Iterable[str]) -> str:
    """A role without the company (whole words), people, stage and tool words, numbers."""
    # (full-width brackets and slashes as the rest of the text writes them; "Casey
    # Candidate様": the honorific after a name goes with it)
    text = re.sub(r"(?<=[A-Za-z])\s*(?:様|さま|さん|殿)", " ", _clean(text).translate(FULL_WIDTH))
    # "for the contract Process Engineer role": how it is employed, in lower case before the post
    # where the job sits, in brackets after it: "Analista de Inteligencia Comercial (oficina en
    # Surco)"
    text = re.sub(
        r"\s*\((?:oficina|sede|planta|site|bureau|usine|escritório)\s[^()]*\)\s*$",
        "",
        text,
        flags=re.I,
    )
    # ... or a clause about the round after a comma: "Analista Senior de Datos de Calidad,
    # que será presencial"
    text = re.sub(r",\s+(?:que|which|who|qui|die|che|que\s+se)\s+(?-i:[a-zà-ÿ])[^,]*$", "", text)
    # ... or after a dash, in lower case: "Plant Cost Analyst - based in Kodiak, travel to
    # Naknek in summer"
    text = re.sub(
        r"\s+[-\u2013\u2014]\s+(?:based|located|travel|travelling|traveling)\b.*$", "", text
    )
    # ... or where it was posted: "Data Analyst (Kariyer.net ilanı)", "(LinkedIn ad)"
    text = re.sub(
        # (and Indonesian "Head of Data (dari posting LinkedIn Pak Steve)": from whose post;
        # "Product Analyst (Payments) – saw it on LinkedIn")
        # ("Data Analyst – Farmer Credit Scoring (saw the post on LinkedIn)")
        r"\s*\((?:dari|from|via)\s[^()]*\)\s*$|\s+[-\u2013\u2014]\s+(?:saw|found|seen)\s+"
        r"(?:it|the\s+(?:post|ad|advert|listing|opening|vacancy|job))\s+(?:on|via)\b.*$"
        r"|\s*\((?:saw|found|seen)\s+(?:it|the\s+(?:post|ad|advert|listing|opening|vacancy|job))\s+"
        r"(?:on|via)\b[^()]*\)\s*$"
        r"|\s*\([^()]*\b(?:ilanı|ilan|posting|ad|advert|annonce|anuncio|Anzeige)\)\.?\s*$"
        # ("Data Scientist (prévision de la demande) – envoyée via Welcome to the Jungle": how
        # the application was sent)
        r"|\s+[-\u2013\u2014]\s+(?:envoyée?s?|postulée?|sent|applied|submitted)\s+(?:via|through|on)\b.*$",
        "",
        text,
        flags=re.I,
    )
    # a UN grade and the vacancy announcement after the post: "Data & Knowledge Mgmt Officer,
    # P-3", "Data and Knowledge Management Officer (P-3), VA 2026/RO-WCA/117"
    text = re.sub(
        r"(?:\s*,\s*|\s*\(\s*|\s+)(?-i:(?:P|D|G)-?[1-7]|NO-?[A-D])\)?(?:\s*,\s*(?-i:VA|VN|JO)\s+\S+)?\s*$",
        "",
        text,
    )
    # a university's search for the post: "BI Developer Search - Finalist Interview"
    text = re.sub(r"(?<=[a-z])\s+(?-i:Search)$", "", text) if _JOB.search(text) else text
    # (and the word for a post itself: "Entretien – poste Responsable Supply Chain"; Lithuanian
    # "dėl QA Lead", about)
    text = re.sub(
        # (and a French public service's competition: "concours Administrateur 2e grade")
        r"^(?:contract|temporary|temp|permanent|full-time|part-time|fixed-term|seasonal|poste"
        r"|puesto|vaga|dėl|concours)\s+(?=[A-Z])",
        "",
        text,
    )
    # ... or after it: "Validation Engineer (CQV), 12 month contract with view to perm"
    text = re.sub(
        r"\s*,\s+(?:\d{1,2}[\s-]*(?:months?|mths?|years?)\b|(?:fixed[- ]term|permanent|temporary"
        # Czech contracts: "(m/ž), HPP" (a main employment), "DPP", "DPČ"
        r"|contract|perm|HPP|DPP|DPČ)\b)[^,]*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    for name in names:
        if name.strip():
            text = _remove_words(text, [name])
    if company.strip():
        text = _remove_words(text, [company])
        # ... and its initials: "SMEA Lineworker Apprentice" at Sawtooth Mesa Electric Association
        initials = "".join(w[0] for w in company.split() if w[:1].isupper())
        if len(initials) >= 3:
            text = re.sub(rf"\b{initials}\b", " ", text)
        # "沅晶半導體 資深軟體工程師" beside 沅晶半導體股份有限公司: the name without its legal form
        stem = _HAN_LEGAL_FORM.sub("", company.strip())
        if len(stem) >= 2 and stem != company.strip():
            text = text.replace(stem, " ")
    # which intake: "Inside Wireman Apprenticeship, 2027 Class", "Graduate Programme (2027
    # intake)", "Class of 2027"
    text = re.sub(
        r"\s*[,(\u2013-]?\s*(?:20\d\d\s+(?:class|cohort|intake)|(?:class|cohort|intake)\s+(?:of\s+)?20\d\d)"
        r"\s*\)?\s*$",
        "",
        text,
        flags=re.I,
    )
    # A job ad's title ends at its gender marker; contract and place follow it: "Analyste
    # FP&A (H/F) - CDI - Paris 2e", "Responsable d'exploitation (H/F) - Gennevilliers (92)"
    # how long a contract runs, before the job's name: "6-month Financial Analyst, FP&A"
    text = re.sub(r"^\s*\d{1,2}[- ](?:month|week|year)\s+(?=[A-Za-z])", "", text, flags=re.I)
    text = _AFTER_THE_GENDER_MARKER.sub(r"\1", text)
    # ... and so they do without one: "Ingénieur·e Qualité Produit Drones - CDI - Toulouse"
    text = _CONTRACT_AND_PLACE.sub("", text)
    text = _strip_for_role(text, tuple(include))
    while True:  # "Analista de Dados na", "Developer at the"
        trimmed = _TRAILING_WORDS.sub("", text.strip()).strip(" -|:,")
        if trimmed == text.strip():
            break
        text = trimmed
    # ("Entrevista para Analista Sr.": "for" in Spanish, Portuguese, French and German)
    text = re.sub(
        r"^\s*(?:with|at|for|the|a|an|and|para(?!\s+(?:el|la|o|a)\s)|pour|für|['\u2019]s)(?!\w)",
        " ",
        text,
        flags=re.I,
    )
    text = re.sub(
        r"^\s*(?:the\s+)?(?:role|position|post|job)\s+(?:of|as)\s+"
        r"|^\s*(?:pozice|posizione|poste\s+de|puesto\s+de|vaga\s+de|Stelle\s+als|vacature"
        r"|vacancy)\s+"
        # "para el puesto de", "stanowisko:", "na stanowisko", "pozice:", "pozisyon:"
        r"|^\s*(?:para\s+(?:el|la|o|a)\s+)?(?:puesto|posición|vaga|cargo|posição)\s+(?:de\s+)?"
        r"|^\s*(?:na\s+)?stanowisk\w*\s*:?\s*|^\s*(?:pozice|pozisyon|position)\s*:\s*",
        " ",
        text,
        flags=re.I,
    )
    text = re.sub(
        r"\s+(?:role|position|opening|vacancy|pozisyonu|pozisyon)\s*$", " ", text, flags=re.I
    )
    # "position Field Marketing Manager UK & Ireland": the word before the job's name
    text = re.sub(r"^\s*(?:the\s+)?(?i:position|role|post)\s+(?=[A-Z])", " ", text)
    # "Speech Pathologist (Paediatrics) - Job No 4471": the advert's number
    text = re.sub(
        r"\s*[-\u2013|,]?\s*\b(?:job|ref|req|vacancy)\s*(?:no|number|#|id)\b.*$",
        " ",
        text,
        flags=re.I,
    )
    # (and one its number has left: "(código 48213)", "(Ref. 2231)")
    text = re.sub(
        r"\(\s*(?:c[óo]digo|code|ref|req|id|n[º°o]|nr|vaga)?\.?\s*:?\s*\)|\[\s*\]",
        " ",
        text,
        flags=re.I,
    )
    # ... or after a dash or comma, as a US posting writes it: "RN - Telemetry (Nights) -
    # Licking River Medical Center, Covington, KY", the company taken out above
    text = _CITY_AND_STATE.sub("", text)
    # a public service's class in long brackets after the job's own name: "Économiste –
    # analyse du marché du travail (agente ou agent de recherche et de planification
    # socioéconomique)"
    long_bracket = re.search(r"\s*\(([^()]{3,160})\)\s*$", text)
    if long_bracket and len(long_bracket[1].split()) >= 6 and text[: long_bracket.start()].strip():
        text = text[: long_bracket.start()]
    # where the job is, in brackets after it: "(Warsaw / Remote, Poland)", "(Bogotá)"
    place = re.search(r"\s*\(([^()]{3,60})\)\s*$", text)
    if place and _a_place(place.group(1)):
        text = text[: place.start()]
    # how long and from when, after the job's name: "..., Full-Time 2027", "(Full-time)"
    text = re.sub(
        r"\s*[,(-]?\s*\b(?:full|part)[- ]time\b(?:\s+20\d\d)?\s*\)?\s*$", "", text, flags=re.I
    )
    # a posting's number before the job's name: "2026-4417 Software Engineer I"
    text = re.sub(r"^\s*\d{4}-\d{3,6}\s+(?=[A-Za-z])", "", text)
    text = pictographs_off(text)  # "🙌 Butikksjef"
    if _WHOSE_TEAM.fullmatch(text.strip()):
        return ""  # "(Controller's group)": whose team the round is with, not the job
    # a bracket its workload was cut from: "Execution Analyst, desk céréales (Genève"
    text = re.sub(r"\s*\([^()]*$", "", text)
    text = re.sub(r"\s+", " ", text).strip(" -\u2013\u2014\u2022\u00b7|:,/&+#.")
    # (nor the round it was named in: "the final round of the Senior Data Analyst, Credit
    # Risk role", its stage words gone)
    # ... nor the public competition it is recruited by: "concurso Analista de Estadísticas
    # Agropecuarias"
    return re.sub(r"^(?:(?:of|for)\s+the|concurso|concours|concurs)\s+(?=[A-ZÀ-Ý])", "", text)


# A team named for whom it belongs to: "Controller's group", "the CFO's team".
_WHOSE_TEAM = re.compile(
    r"(?:the\s+)?[\w.&\s-]{2,40}['\u2019]s\s+(?:group|team|department|dept|org|organi[sz]ation"
    r"|office|division|unit|staff)",
    re.IGNORECASE,
)


# A US or Canadian city and its state or province at the end: ", Covington, KY".
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE"
)
_CITY_AND_STATE = re.compile(
    r"\s*[-\u2013\u2014,|]\s*(?:[-\u2013\u2014,]\s*)*(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}"
    rf",\s*(?-i:{_STATES})\s*$"
)
# A shop or site by its number, which says where the job is: "(Store #0417, Hilliard, OH)".
_SITE = re.compile(r"(?:store|branch|site|location|unit)(?:\s*#?\s*\d+)?", re.IGNORECASE)

_WORK_MODES = frozenset(
    {"remote", "hybrid", "onsite", "on-site", "remoto", "híbrido", "hibrido", "presencial",
     "zdalnie", "hybrydowo", "télétravail", "teletrabajo"}
)  # fmt: skip


# A town named with its article or its saint: "El Puerto de Santa María", "La Chaux-de-Fonds",
# "San Fernando", "Sant Cugat del Vallès".
_TOWN = re.compile(
    r"(?:El|La|Los|Las|Le|Les|Il|Lo|San|Santa|Sant|Santo|São|Saint|Sainte|St\.?)\s+"
    r"[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÇ][\w'’-]+(?:\s+(?:(?:de|del|de\s+la|di|da|do|des|du|sur)\s+)?"
    r"[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÇ][\w'’-]+){0,3}"
)


def _a_place(text: str) -> bool:
    """Whether a bracket names only where a job is: cities the time zone database knows
    ("Warsaw", "Bogotá", "Mexico City"), countries after them, and ways of working."""
    pieces = [p.strip() for p in re.split(r"[/,;|&]", text) if p.strip()]
    if not pieces or has_job_noun(text):
        return False
    known = [
        p
        for i, p in enumerate(pieces)
        if fold_accents(p).replace(" ", "_") in _tz_cities()
        or fold_accents(p) in _OTHER_CITIES
        or p.casefold() in _WORK_MODES
        or _SITE.fullmatch(p)
        or _TOWN.fullmatch(p)
        or (i > 0 and re.fullmatch(_STATES, p))
    ]
    # every piece a city or a way of working, but a country may follow a city
    return bool(known) and all(
        p in known or (len(p.split()) <= 2 and p[:1].isupper() and i > 0)
        for i, p in enumerate(pieces)
    )


# Cities where many jobs are, which the time zone database does not name (it has one
# city per zone: "Kolkata", not "Bengaluru"; "Zurich", not "Geneva").
_OTHER_CITIES = frozenset(
    {"bengaluru", "bangalore", "hyderabad", "pune", "chennai", "mumbai", "delhi", "new delhi",
     "gurugram", "gurgaon", "noida", "ahmedabad", "geneva", "geneve", "lausanne", "basel",
     "bern", "lyon", "marseille", "toulouse", "nantes", "bordeaux", "lille", "munich",
     "munchen", "frankfurt", "hamburg", "cologne", "koln", "dusseldorf", "stuttgart", "milan",
     "milano", "turin", "barcelona", "valencia", "seville", "porto", "rotterdam", "antwerp",
     "gothenburg", "krakow", "wroclaw", "cluj-napoca", "cluj", "brno", "abu dhabi", "doha",
     "jeddah", "rio de janeiro", "belo horizonte", "curitiba", "florianopolis", "san francisco",
     "seattle", "boston", "austin", "washington", "washington dc", "atlanta", "dallas",
     "houston", "san diego", "san jose", "manchester", "edinburgh", "birmingham",
     "ottawa", "calgary", "osaka", "shenzhen", "beijing",
     "hsinchu", "pangyo", "busan", "incheon", "abuja"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _tz_cities() -> frozenset[str]:
    """City names as the time zone database writes them ("mexico_city", "bogota")."""
    from zoneinfo import available_timezones

    return frozenset(z.rsplit("/", 1)[-1].casefold() for z in available_timezones() if "/" in z)


def _strip_for_role(text: str, include: tuple[str, ...]) -> str:
    """Stage words off a role: phrases and tools anywhere, single words only at its edges.

    "Senior Video Producer" keeps "Video", "Technical Program Manager" its
    "Technical", while "Video Interview - ..." and "CoderPad Senior Engineer" lose them.
    """
    text = _DURATION.sub(" ", _GENDER.sub(" ", _REQUISITION.sub(" ", _WORKLOAD.sub(" ", text))))
    # A qualifier in brackets with a number goes whole: "(2nd shift)", "(12-month FTC)".
    text = re.sub(r"\s*\([^()]*\d[^()]*\)", " ", text)
    # ... and so does one after a dash: "Supervisor - 2nd Shift" (without its number, the
    # rest would read "Supervisor - Shift").
    text = re.sub(r"\s+[-\u2013\u2014,]\s+\d+(?:st|nd|rd|th)\s+shift\b", " ", text, flags=re.I)
    # ... and before the job: "2nd shift S&R supervisor"
    text = re.sub(r"(?:^|(?<=\s))\d(?:st|nd|rd|th)\s+shift\s+(?=\S)", " ", text, flags=re.I)
    phrases = [p for p in (*STAGE_PHRASES, *include) if " " in p.strip()]
    text = _remove_words(text, (*phrases, *TOOL_WORDS))
    text = _without_round_brackets(text)
    # Numbers go, but not a pay band's or a grade's ("Band 6 Physiotherapist", "Grade 7",
    # "Financial Analyst 3").
    text = re.sub(
        r"\b(?:round|part|day)\s*\d+\b|(?<!\bband\s)(?<!\bgrade\s)(?<!\blevel\s)(?<!\byear\s)"
        r"(?<!\byear\s\d/)(?<!\byear\s\d\d/)(?<!\bgrade\s\d/)(?<!\bgrade\s\d\d/)(?<![\d\u2013-])"
        r"\b\d+" + _ORDINAL_ENDING + r"\b"
        # nor a range in the job's name ("LPH 5–8"), nor a share of full time ("100 %")
        r"(?!\s*[\u2013-]\s*\d)(?!\s*%)",
        lambda m: m[0] if _is_grade(text, m) else " ",
        text,
        flags=re.I,
    )
    edge = edge_stage_words(include)
    text = re.sub(r"\s+", " ", text).strip(" -|:,/")
    while True:
        trimmed = edge.sub("", text).strip(" -|:,/")
        if trimmed == text:
            return text
        text = trimmed


def person_names(values: Iterable[str]) -> list[str]:
    """Names to keep out of a role: each full name and its parts of three letters or more.

    A part that is a job noun stays in the role: "Chef Tomasz Nowak" must not
    take the "Chef" out of "Sous Chef", nor Tim Cook the "Cook" out of "Line Cook".
    """
    out: list[str] = []
    for value in values:
        if not name_key(value):
            continue
        out.append(value)
        out += [w for w in value.split() if len(w) >= 3 and not has_job_noun(w)]
    return out


def pictographs_off(text: str) -> str:
    """Emoji and other pictographs off the edges: "🎉 Acme Onsite" is about Acme."""
    chars = list(text.strip())
    while chars and (chars[0].isspace() or unicodedata.category(chars[0]) in PICTOGRAPHS):
        chars.pop(0)
    while chars and (chars[-1].isspace() or unicodedata.category(chars[-1]) in PICTOGRAPHS):
        chars.pop()
    return "".join(chars)


# Emoji and other marks that decorate a title, not words: Unicode categories.
PICTOGRAPHS = frozenset({"So", "Sk", "Cs", "Mn", "Cf"})


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f]+", " ", text or "")).strip()


def shortens(short: str, full: str) -> bool:
    """Whether `short` is `full` cut short word by word: "Prog. Admin" for "Programme
    Administrator", "Sr. SWE" for "Senior Software Engineer". Each short word is its word,
    a clear cut of it (its letters in order, at most 60% of them) or the initials of the
    next few words, and at least one is cut: "Data Engineer" does not shorten "Data
    Engineering Manager"."""
    said = [w for w in re.split(r"[\s.()/,&-]+", short.casefold()) if w]
    long = [w for w in re.split(r"[\s()/,&-]+", full.casefold()) if w]
    at, cut = 0, False
    for word in said:
        if at < len(long) and word == long[at]:
            at += 1
            continue
        if at < len(long) and _cut_of(word, long[at]):
            at, cut = at + 1, True
            continue
        width = len(word)
        if width >= 2 and "".join(w[0] for w in long[at : at + width]) == word:
            at, cut = at + width, True
            continue
        return False
    return cut and bool(said)


def in_passing(short: str, full: str) -> bool:
    """Whether `short` is `full`'s first words in lower case, as a letter says a job in
    passing: "le poste d'analyste" for "Analyste Risques de Crédit Senior"."""
    words = short.casefold().split()
    return (
        bool(words)
        and short.islower()
        and len(full.split()) > len(words)
        and full.casefold().split()[: len(words)] == words
    )


def _cut_of(word: str, full: str) -> bool:
    """ "mgr" of "manager", "prog" of "programme": first letter kept, the rest in order."""
    if len(word) < 2 or word[0] != full[0] or len(word) > 0.6 * len(full):
        return False
    rest = iter(full[1:])
    return all(letter in rest for letter in word[1:])
