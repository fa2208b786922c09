"""People's names as calendars and employers write them, and what to call each person.

Forms read: "Jane Doe", "Doe, Jane", "Jane Doe, RN" (a credential after a
comma is not a name), "Dr. Jane Doe", "Jane Doe (she/her)", "Jane Doe - Acme",
"Jane Doe | Acme", quoted names, "JANE DOE" and "jane doe", names in any script,
and no name at all (read off "jane.doe@" / "jane_doe@"; "jdoe@" gives no safe
first name, so the greeting is neutral rather than "Dear Jdoe").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Titles said before a name at work and abroad ("Chef Ramón Ibarra", "l'Ing. Brambati",
# "Frau Keßler"): kept as written, but a greeting uses the first name and a name compared
# leaves them out.
WORK_TITLES = frozenset(
    {"chef", "capt", "captain", "herr", "herrn", "frau", "mme", "mlle", "ing", "dott", "dott.ssa",
     # a Panamanian airline's captain: "Cap. Edwin Moscoso"
     "cap", "capitán", "capitana",
     "avv", "sra", "srta", "dra", "dre", "mag", "mtro", "mtra", "lic", "lcdo", "lcda", "engr",
     # the Dominican and Central American "Licda." and "Licdo." (licenciada, licenciado);
     # Ethiopian "Ato" (Mr), "W/ro" (Mrs, Weyzero) and "W/rt" (Miss, Weyzerit)
     "licda", "licdo", "ato", "w/ro", "w/rt", "wro", "wrt",
     "dipl", "arq", "m",
     # Portuguese and Spanish engineers and "Señor", Czech and Polish degrees before a name,
     # Dutch titles, an Indian chartered accountant ("CA Shalini Agarwal")
     "eng", "sr", "mgr", "bc", "doc", "ir", "drs", "dhr", "mw", "ca",
     # a Kenyan accountant on a public service's panel: "CPA Rose Nafula Simiyu"; Turkish
     # "Sayın" (Esteemed) before a name
     "cpa", "sayın",
     # Puerto Rico's economists and agronomists before a name: "la Econ. Carmen Dávila Ruiz"
     "econ", "agro",
     # a Turkish assistant professor, "Dr. Öğr. Üyesi Barış Kalkan"
     "öğr", "üyesi",
     # Indonesian, Malay and Swahili forms of address; Portuguese feminine and masculine
     # abbreviations ("Arq.ª", "Eng.º", "Dr.ª")
     "bapak", "pak", "ibu", "bu", "encik", "puan", "tuan", "cik", "bw", "bi", "dkt",
     "arq.ª", "eng.º", "eng.ª", "dr.ª", "dra.ª", "prof.ª", "prof.a",
     # te reo Māori for an elder ("Matua Rawiri", "Whaea Mere"); Afrikaans Mr, Mrs and Miss
     "matua", "whaea", "mnr", "mev", "mej",
     # Thai "Khun" ("Khun Thanakorn Limpichai"), in Latin letters and in Thai
     "khun", "คุณ",
     # Dutch "mevr." (Mrs), Italian "Sig.", "Sig.ra", "Sig.na" and an architect's "Arch."
     "mevr", "sig", "sig.ra", "sig.na", "arch",
     # a Philippine lawyer's "Atty.", a South African advocate's "Adv.", military ranks
     "atty", "adv", "lt", "col", "ltc", "maj", "cdr", "lcdr", "cmdr", "sgt", "ret",
     # a Philippine agency's director on its selection board ("Dir. Emmanuel Santos Lagdameo")
     "dir",
     # Polish engineers' and professors' degrees before a name ("dr inż.", "dr hab."), and
     # "Pan" and "Pani" ("Pani Olga Hrytsenko"; "PAN Wei Ming", a surname, stays)
     "inż", "hab", "pan", "pani",
     # Latin American degrees before a name: a public accountant ("C.P.", Peru's "CPC"), a
     # master's ("Mg.", "Mgtr."), a lawyer ("Abg."), a psychologist ("Psic.")
     "c.p", "cpc", "mg", "mgtr", "mgter", "abg", "psic",
     # ... and Uruguay's economist, public accountant, agronomist and sociologist ("Ec.",
     # "Cr.", "Cra.", "Ing. Agr.", "Soc.")
     "ec", "cr", "cra", "agr", "soc",
     # Spanish "Doña" as formal letters write it before a woman's name ("Dª Remedios ...")
     "dª", "d.ª", "dña", "doña",
     # an Austrian head physician, "Herr Prim. Dr. Helmut Aschauer" (Primar)
     "prim",
     # Austrian feminine degrees ("Mag.a Dr.in Ingrid Schiefermair") and the Portuguese
     # "Prof. Doutor" of a university's jury
     "mag.a", "mmag", "mmag.a", "dr.in", "doutor", "doutora",
     # Greek: "Δρ." (Dr), "κ." (Mr), "κα" (Mrs), "Καθ." (Professor), written out
     "δρ", "κ", "κα", "καθ", "κύριος", "κύριο", "κυρία",
     # Romanian: "dl." (Mr), "dna." (Mrs), "d-na", "d-l", written out
     "dl", "dna", "d-na", "d-l", "domnul", "doamna",
     # Bulgarian "г-н" (Mr), "г-жа" (Mrs), "г-ца" (Miss), "д-р" (Dr); Croatian "gđa", "g."
     "г-н", "г-жа", "г-ца", "д-р", "gđa", "gđica",
     # Slovene "ga." (gospa), "gdč." (gospodična)
     "ga", "gdč"}
)  # fmt: skip
HONORIFICS = frozenset(
    # (and the Arab world's "Sheikh Dr. Anas Bani Hani", a scholar's title; the French "Pr."
    # for a professor; Ecuador's "Mgs." for a master's degree)
    {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "sheikh", "pr",
     "mgs", "phd", *WORK_TITLES}
)  # fmt: skip
# Titles a person does not sign with: shown names drop them before a first and last name
# ("Mrs Joanna Ferreira", "Ing. Paolo Brambati"), and keep a doctor's or a professor's.
COURTESY_TITLES = HONORIFICS - {"dr", "dra", "dre", "prof", "professor", "sir", "dame"}
# Letters after a name: degrees, licences, certifications, generational suffixes.
CREDENTIALS = frozenset(
    {
        "rn", "bsn", "msn", "np", "aprn", "fnp", "dnp", "lpn", "cna", "md", "do", "dds", "dmd",
        "pharmd", "phd", "edd", "psyd", "mba", "ma", "ms", "msc", "bs", "ba", "bsc", "mph", "mpa",
        "jd", "esq", "cpa", "cfa", "ca", "pe", "pmp", "shrm-cp", "shrm-scp", "phr", "sphr", "cissp",
        "lcsw", "lmft", "pa-c", "pt", "dpt", "ot", "otr", "ccc-slp", "cpc", "csm", "jr", "sr",
        "ii", "iii", "iv", "facs", "faap", "frcp", "mrcp", "ceng", "peng", "m.v", "dmv", "dvm",
        # accountants', surveyors', buyers', planners' and nurses' letters in the UK and abroad
        "aca", "fca", "acca", "fcca", "cima", "acma", "fcma", "cgma", "cipd", "mcipd", "fcipd",
        "cfp", "chfc", "frics", "mrics", "rgn", "rmn", "ieng", "mcips", "fcips", "cta", "aicp",
        "ccm", "cscp", "cpsm", "rd", "lpc", "cma", "cia", "cisa", "frm", "caia",
        # engineers', scientists' and lecturers' letters after a name (UK, Czech, Slovak)
        "mice", "fice", "imeche", "mimeche", "fimeche", "miet", "fiet", "frs", "freng",
        "mistructe", "fistructe", "cmgr", "mcmi", "fcmi", "frsa", "fhea", "sfhea", "mrsc", "frsc",
        "cchem", "cphys", "minstp", "cenv", "engd", "dphil", "meng", "beng", "pgce", "qts",
        "csc", "drsc", "ph.d", "th.d", "dr.sc",
        # a Canadian professional engineer ("P.Eng.") and a geoscientist
        "p.eng", "p.geo",
        # actuaries' letters: UK, US, Canada, Australia
        "fia", "fsa", "asa", "fcia", "acia", "fcas", "acas", "maaa", "cera", "fiaa", "aiaa",
    }
)  # fmt: skip
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin",
     "binti", "al", "el", "ter", "ten", "dos", "das", "y", "st.", "'t", "\u2019t", "zu", "zur",
     # Catalan joins two surnames as Spanish does with "y": "Neus Aragall i Prat"
     "i",
     "vom", "af", "av", "ap", "ab", "ferch", "verch",
     # Irish and Scottish Gaelic: "Cathal Mac Donncha" is cmacdonncha@, "Aoife Nic Giolla"
     "mac", "nic", "ní", "ó", "ua",
     # "Rajesh s/o Murugan", "Siti d/o Ahmad", "Kumar a/l Raman": son or daughter of
     "s/o", "d/o", "a/l", "a/p"}
)  # fmt: skip
# Words that make a phrase a job title or a team, not a person.
TITLE_WORDS = frozenset(
    {
        # Turkish titles after a name: "Caner Yeşilyurt - Finansal Planlama ve Analiz Müdürü",
        # "Hülya Tanrıverdi - Genel Müdür Yardımcısı", "Sevgi Arıkan - İK İş Ortağı"
        "müdür", "müdürü", "yardımcısı", "direktör", "direktörü", "uzman", "uzmanı",
        "yönetici", "yöneticisi", "sorumlusu", "ortağı", "başkan", "başkanı", "şef", "şefi",
        "mühendis", "mühendisi", "analist", "analisti", "lideri", "koordinatör",
        "koordinatörü", "danışman", "danışmanı", "temsilcisi", "kıdemli", "genel",
        # Greek titles: "Υπεύθυνη Φαρμακοεπαγρύπνησης", "ο Διευθυντής Λειτουργίας Δικτύου"
        "υπεύθυνος", "υπεύθυνη", "διευθυντής", "διευθύντρια", "προϊστάμενος", "προϊσταμένη",
        "πρόεδρος", "μέλος", "σύμβουλος", "αναλυτής", "αναλύτρια", "μηχανικός", "στέλεχος",
        "συντονιστής", "συντονίστρια", "γραμματέας", "εκπρόσωπος",
        # Croatian and Bulgarian titles: "direktorica prodaje", "voditelj odjela", "Мениджър
        # „Подбор и развитие“", "оперативен директор"
        "direktorica", "voditelj", "voditeljica", "stručnjakinja", "specijalistica",
        "analitičar", "директор", "мениджър", "ръководител", "специалист", "консултант",
        "анализатор",
        # Portuguese titles: "nosso Diretor de Controladoria", "Coordenadora de FP&A", "Sócio"
        "diretor", "diretora", "coordenador", "coordenadora", "sócio", "sócia", "executiva",
        "executivo",
        # ... and Mozambique's and Portugal's: "dr.ª Lizete Sumbane, Chefe do Departamento de
        # Analítica de Dados", "Administrador Executivo", a jury's "Vogal"
        "chefe", "administrador", "administradora", "técnico", "técnica", "gestor", "gestora",
        "assessor", "assessora", "vogal", "secretário", "secretária",
        "engineer", "engineering", "manager", "management", "director", "designer", "design",
        "analyst", "scientist", "developer", "architect", "lead", "head", "vp", "president",
        # an engineering manager's short title: "Gauri Kelkar, EM Billing"
        "em",
        # Spanish HR and business titles: "Daniela Garza Treviño, Atracción de Talento"
        "atracción", "talento", "reclutamiento", "ejecutivo", "ejecutiva",
        "officer", "recruiter", "recruiting", "recruitment", "coordinator", "talent", "sourcer",
        "partner", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "chief",
        "principal", "staff", "senior", "junior", "intern", "associate", "specialist",
        "consultant", "product", "program", "project", "team", "hiring", "hr", "people",
        "adviser", "advisor", "vice-chancellor", "pro-vice-chancellor",
        "operations", "sales", "marketing", "nurse", "physician", "technician", "administrator",
        "assistant", "representative", "executive", "counsel", "attorney", "researcher",
        "software", "backend", "frontend", "data", "security", "platform", "infrastructure",
        "member", "owner", "advocate", "strategist", "editor", "writer", "teacher", "professor",
        "interviewer", "panel", "panelist", "interview", "onsite", "screen", "round", "call",
        "chef", "directeur", "directrice", "responsable", "gerente", "jefe", "leiter", "leiterin",
        # "Osiris Beltré Sanlate, Oficial de Riesgo de Mercado": a Spanish or Portuguese officer
        "oficial", "oficiala",
        # "Mathilde Peyrache, Chargée de recrutement": a French post after a name
        "chargé", "chargée", "chargés", "chargées", "recrutement",
        # "Mme Nadia Ouali, DRH": the head of human resources
        "drh", "rrh",
        # a Big Four's service lines: "Ronan Foley, Senior Manager, Risk Advisory"
        "advisory", "assurance", "audit", "tax", "deals", "risk",
        # a Geneva private bank's partners: "M. Jean-Baptiste Reymond, Associé-gérant"
        "associé", "associée", "associé-gérant", "associée-gérante", "gérant", "gérante",
        "customer", "care", "service", "services", "support", "success", "department", "dept",
        "division", "unit", "finance", "accounting", "legal", "quality", "procurement",
        # departments after a post abroad: "Direttore Amministrazione, Finanza e Controllo",
        # "Director de Administración y Finanzas", "Leiter Finanzen und Controlling"
        "amministrazione", "finanza", "controllo", "contabilità", "bilancio", "acquisti",
        "vendite", "logistica", "distribuzione", "distribution", "control", "revenue",
        "administración", "finanzas", "contabilidad", "compras", "ventas", "finances",
        "comptabilité", "achats", "ventes", "financiën", "inkoop", "verkoop", "finanzen",
        "controlling", "einkauf", "vertrieb",
        "sourcing", "inbound", "outbound", "logistics", "supervisor", "producer", "foreman",
        "librarian", "apprentice", "technical", "lighting", "pipeline", "library", "museum",
        "hospital", "school", "university", "college", "center", "centre", "clinic", "branch",
        # ... and a Zoom account named for a university abroad: "Universidad San Blas de
        # Lambaré le está invitando a una reunión de Zoom"
        "universidad", "universidade", "università", "université", "universität", "universiteit",
        "biology", "science", "sciences", "research", "analytics", "insights",
        # "Eng. Patrick Owor, Director Planning, Research and Statistics (Chairperson)"
        "statistics", "economics", "mathematics",
        # titles abroad that begin a line after a name: "Dyrektor Sprzedaży", "Kierownik
        # Działu", "Direktør", "Johtaja", "Giám đốc"
        "dyrektor", "kierownik", "prezes", "specjalista", "menedżer", "direktør", "direktor",
        "facilities", "facility", "maintenance", "warehouse", "transport", "fleet", "purchasing",
        "production", "manufacturing", "planning", "inventory", "fulfillment", "fulfilment",
        "líder", "lider", "leader", "analista", "ingeniero", "ingeniera", "engenheiro",
        "engenheira", "desarrollador", "desarrolladora", "especialista", "plataforma",
        "plateforme", "plattform", "equipo", "equipe", "squad", "área", "gerencia", "diretoria",
        "pm", "johtaja", "päällikkö", "avdelningschef", "afdelingsleder", "responsabile",
        "direttore", "direttrice", "directora", "jefa", "coordinadora", "coordinador",
        # finance, health and office posts after a name: "Dwight Pruitt, Corporate Controller"
        "controller", "comptroller", "treasurer", "accountant", "auditor", "actuary",
        "underwriter", "bookkeeper", "paralegal", "therapist", "pharmacist", "surgeon",
        "clinician", "dentist", "lecturer", "generalist", "buyer", "planner", "economist",
        "statistician", "counselor", "counsellor",
        # universities' and schools' posts: "Deputy Dean (Academic Staffing)"
        "dean", "deputy", "provost", "chancellor", "registrar", "bursar", "rector",
        "headteacher", "headmaster", "headmistress",
        # Spanish and Portuguese heads of a site or a function: "Superintendente de Procesos"
        "superintendente", "superintendent", "subgerente", "encargado", "encargada",
        "supervisora", "jefatura", "gerenta", "asesor", "asesora", "presidente",
        "vicepresidente", "vicepresidenta", "subgerenta", "subdirector", "subdirectora",
        "contralor", "contralora", "tesorero", "tesorera",
        # departments after "e" or "y" in a post: "Gerente de Operação e Manutenção, Roberto
        # Cordeiro", "Gerente de Qualidade e Segurança do Paciente"
        "manutenção", "segurança", "qualidade", "operação", "operações", "logística", "finanças",
        "gestão", "riscos", "inovação", "mantenimiento", "seguridad", "calidad", "operaciones",
        "innovación", "amélioration", "procédés",
        # a private bank's partner: "unseren unbeschränkt haftenden Teilhaber, Herrn Dr. ..."
        "teilhaber", "teilhaberin",
        # Polish: "Alicja Brzezińska-Lis – Członek Zarządu ds. Finansowych", "Wojciech Sroka –
        # Zastępca Dyrektora Wydziału Budżetu Miasta, przewodniczący komisji"
        "członek", "zarządu", "zastępca", "dyrektora", "wydziału", "referatu", "przewodniczący",
        "przedstawiciel",
        # Welsh posts after a name: "Rhiannon Gwilym - Pennaeth Polisi", "Prif Economegydd",
        # "Partner Busnes Adnoddau Dynol", "Uwch Swyddog Polisi", "Rheolwr Cyllid"
        "pennaeth", "prif", "uwch", "swyddog", "rheolwr", "rheolwraig", "cyfarwyddwr",
        "cyfarwyddwraig", "economegydd", "ymgynghorydd", "cydlynydd", "cynghorydd",
        "dadansoddwr", "arweinydd", "polisi", "cyllid", "adnoddau", "dynol", "busnes",
        "the", "our", "your", "and", "of", "at", "for", "with", "from", "on", "in", "to",
    }
)  # fmt: skip
# How the names of sciences and departments end ("Immunology", "Kardiologie", "Radiología")
_FIELDS_OF_STUDY = ("ology", "ologie", "ología", "ologia", "ologies")
# German compounds that head a job or an agenda's item, never a name: "Teamleiter
# IT-Projekte", "Kurzvorstellung IT & Digitalisierung", "Abteilungsleitung"
_GERMAN_HEADS = (
    "leiter", "leiterin", "leitung", "vorstellung", "projekte",
    # a committee's chair and a mayor: "Personalratsvorsitzender", "Zweiter Bürgermeister"
    "vorsitzender", "vorsitzende", "bürgermeister", "bürgermeisterin",
    # an itinerary's German items: "13:30 Fachliche Fragen", "14:30 Prüfstandsführung"
    "fragen", "führung", "begrüßung", "präsentation",
)  # fmt: skip
_GERMAN_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "management", "erei")
# Capitalised words in itineraries and invitations that are not anybody's name.
_NOT_NAMES = frozenset(
    {
        # a clause's first word before a name: "If Chantal gets pulled onto the quay", "Si
        # Geneviève est retenue au hangar", "Falls Herr Wagner ..."
        "if", "unless", "whether", "si", "falls", "wenn",
        "lunch", "break", "breakfast", "tour", "welcome", "wrap-up", "wrap", "closing", "office",
        # a company's legal form: "your interview with Marralong Lithium Limited (ASX: MLW)"
        "limited", "ltd", "inc", "llc", "plc", "gmbh", "pty", "corp", "corporation",
        # an organisation's Zoom account: "Terres Vives International is inviting you ..."
        "international", "internationale",
        # a post's words after its "et"/"y", which part no people: "Directeur Administratif et
        # Financier du Groupe Verdaine", "Director de Planificación y Evaluación Institucional"
        "groupe", "grupo", "financier", "financière", "administratif", "administrative",
        "institucional", "institutionnel", "institutionnelle",

        "coffee", "q&a", "overview", "presentation", "debrief", "greet", "introduction",
        "intro", "session", "exercise", "case", "study", "review", "test", "assessment", "please",
        "note", "thanks", "thank", "hi", "hello", "dear", "regards", "best", "join", "zoom",
        "google", "microsoft", "meet", "teams", "webex", "skype", "location", "address",
        "parking", "building", "floor",
        "suite", "street", "avenue", "room", "time", "date", "agenda", "schedule", "tbd", "tba",
        "virtual", "onsite", "remote", "phone", "video", "link", "dial", "passcode", "mr.", "ms.",
        # German capitalises its nouns, and a formal "your": "Ihre Fachpräsentation",
        # "Begrüssung", "Laborrundgang", "Abschluss"
        "ihre", "ihr", "ihren", "ihrem", "unser", "unsere", "begrüssung", "begrüßung",
        "abschluss", "rundgang", "mittagessen", "pause", "gespräch", "vorstellung",
        # and "you" and "we", formally capitalised: "Fallstudie: Sie bekommen ..."
        "sie", "wir", "uns", "ihnen", "fallstudie", "ablauf", "empfang",
        # a trial day's plan: "11:30  Kleine Aufgabe: Sie bauen ...", "Frühstück &
        # Standortrundgang"; a French day's "Accueil", "Déjeuner", "Visite"
        "aufgabe", "aufgaben", "übung", "arbeitsprobe", "frühstück", "mittag", "kantine",
        "feedbackrunde", "accueil", "déjeuner", "visite", "étude",
        # "Avec : Audrey Bélanger-Nguyen, conseillère principale, Acquisition de talents",
        # "Mr Aaron Teo, Head, Investor Relations & Capital Markets"
        "acquisition", "relations", "markets",
        # a team after a title: "Principal Product Manager - Technical, NWS Stream Processing"
        "processing", "streaming",
        # a slot's task: "2:30 - 3:00  Short Excel exercise (laptop provided)"
        "excel", "powerpoint", "sql",
        # a group day's programme: "09h00 – Apresentação da Coqueiral Logística"
        "apresentação", "presentazione", "présentation", "präsentation", "presentación",
        "encerramento", "recepção", "dinâmica",
        # a unit after a title: "Senior Statistician, Housing and Social Justice Directorate"
        "directorate", "department", "division", "secretariat", "ministry",
        # "Director, Total Portfolio Performance & Attribution"
        "performance", "attribution", "portfolio", "analytics", "treasury", "compliance",
        "testing",  # "VP, VaR & Stress Testing"
    }
)  # fmt: skip
_LAST_FIRST = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s*([A-Z][\w'’-]+)")
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PRONOUNS = re.compile(r"\(\s*(?:she|he|they|ze|xe|any)\s*/\s*\w+(?:\s*/\s*\w+)?\s*\)", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_AFFILIATION = re.compile(r"\s+(?:[-\u2013\u2014|@/]|\bat\b)\s+.*$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w.strip(".,;:") for w in text.split() if w.strip(".,;:")]


# Letters after a name that are also names, as written in a name: "CHIA Siew Peng" (not
# "P.Eng."), "Nguyen Van Do", "Li Ma".
_NAMES_LIKE_CREDENTIALS = frozenset({"Peng", "Do", "Ma", "Ba", "Le", "Meng"})


def _is_credential_list(text: str) -> bool:
    """ "RN", "MSN, RN", "CPA, CHFP": letters after a name, known or written as an acronym."""
    raw = [w.strip(".") for w in re.split(r"[\s,]+", text) if w.strip(".")]
    return bool(raw) and all(
        w.casefold().replace(".", "") in CREDENTIALS
        or w.casefold() in CREDENTIALS
        or (w.isupper() and w.isalpha() and 2 <= len(w) <= 6 and len(raw) <= 3)
        for w in raw
    )


def _recase(name: str) -> str:
    """ "JANE DOE" and "jane doe" as "Jane Doe"; mixed case ("McDonald", "DeShawn") as written.

    A directory that writes the surname in capitals first ("DUBOIS Claire", as
    French and Japanese ones do) gives "Claire Dubois", so Claire is greeted.
    """
    letters = [c for c in name if c.isalpha()]
    words = name.split()
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return " ".join(
            w if w.casefold() in PARTICLES and i else w[:1].upper() + w[1:].lower()
            for i, w in enumerate(words)
        )
    # ("TJ" is a name; "CPA Rose Nafula Simiyu" starts with a title, not a surname)
    shouted = [
        len(w) > 2 and w.isalpha() and w.isupper() and not (i == 0 and w.casefold() in HONORIFICS)
        for i, w in enumerate(words)
    ]
    if len(words) >= 2 and any(shouted) and not all(shouted):
        lead = 0
        while lead < len(words) and shouted[lead]:
            lead += 1
        words = words[lead:] + words[:lead]  # "DUBOIS Claire" -> "Claire DUBOIS"
        return " ".join(w.capitalize() if w.isalpha() and w.isupper() and len(w) > 2 else w
                        for w in words)  # fmt: skip
    return name


# A nickname in quotes between a given name and a surname.
_NICKNAME = re.compile(r"(?<=\w)\s+[\"\u201c\u2018'][^\W\d_][\w.-]*[\"\u201d\u2019']\s+(?=\w)")


def _shouted(word: str) -> bool:
    word = word.strip()
    return len(word) > 1 and word.replace("-", "").isalpha() and word.isupper()


def clean_name(name: str) -> str:
    """A display name without quotes, pronouns, affiliation or credentials; "Last, First" turned."""
    name = _CONTROL.sub(" ", name or "")
    name = re.sub(r"\s+", " ", name).strip().strip("\"'\u201c\u201d\u2018\u2019 ")
    if not name or "@" in name:
        name = re.sub(r"<?\S+@\S+>?", " ", name).strip(" \"'<>()")
        if not name:
            return ""
    name = _PRONOUNS.sub(" ", name)
    name = re.sub(r"\s*[(\[](?:[^)\]]*)[)\]]\s*", " ", name).strip()  # "(Acme)", "[ACME/US]"
    name = _NICKNAME.sub(" ", name)  # 'Duane "Buck" Hetrick' is greeted by his name
    name = re.sub(r"\s+via\s+.*$", "", name, flags=re.IGNORECASE)  # "Jane Doe via Greenhouse"
    name = _AFFILIATION.sub("", name).strip()
    pieces = name.split(",")
    while len(pieces) > 1 and _is_credential_list(pieces[-1]):
        pieces.pop()  # "Doe, Jane, MSN, RN": the letters go first, then the order is read
    name = ",".join(pieces).strip()
    if "," in name:
        head, _, tail = name.partition(",")
        tail = tail.strip()
        # "Sethuraman-Ortiz, Anand MD", "Strickland-Oyelaran, Wendell Ed.D.": letters after
        # the given name go before the order is read
        while len(tail.split()) > 1 and _is_credential_list(tail.split()[-1]):
            tail = tail.rsplit(" ", 1)[0]
        if not tail or _is_credential_list(tail):  # "Jane Doe, RN", "Jane Doe, MD, PhD"
            name = head
        elif _english_name_after(head, tail):
            # "Chan Tai Man, Peter": Hong Kong writes the surname, the Chinese given name and,
            # after a comma, the English one the person goes by: Peter Chan
            name = f"{tail} {untitled(head).split()[0]}"
        elif (
            # ("Ruiz de Velasco Pombo, Álvaro": surnames joined by a particle are one surname)
            (len(_given(head)) == 1 or _particled(head))
            # "CHAN, Tsz Hin Marcus": a surname in capitals, then given names and an English one
            and (1 <= len(_given(tail)) <= 2 or (_shouted(head) and len(_given(tail)) <= 4))
            and not _titleish(tail)
        ):
            # "Doe, Jane", "Veen, Ruud van der", "van der Merwe, Annelie"; "Pangilinan, Rommel
            # Jr." keeps the generation after the surname
            given, _, suffix = tail.rpartition(" ")
            if given and suffix.casefold().rstrip(".") in _GENERATIONS:
                name = f"{given} {head} {suffix}"
            elif given and suffix.casefold().rstrip(".") in HONORIFICS:
                name = f"{suffix} {given} {head}"  # "Kettelhack, Jannis Dr."
            else:
                name = f"{tail} {head}"
        else:
            name = head  # "Jane Doe, Engineering Manager"
    words = name.split()
    while (
        words
        and words[-1].strip(".,").casefold() in CREDENTIALS - _GENERATIONS
        and words[-1] not in _NAMES_LIKE_CREDENTIALS
        and len(words) > 2
    ):
        words.pop()  # "Jane Doe MD"
    if (
        len(words) > 2
        and words[-1].endswith(".")
        and words[-1].casefold().rstrip(".") in HONORIFICS
        and "," not in name
    ):
        # Exchange's "Kübler Matthias Dr.": the title after surname and given name, as a
        # German directory writes it; read as written on an envelope, "Dr. Matthias Kübler"
        words = [words[-1], *words[1:-1], words[0]]
    while len(words) > 2 and (
        (words[0].rstrip(".").casefold() in COURTESY_TITLES and not _shouted(words[0]))
        or _engineers_title(words[0])
    ):
        words.pop(0)  # "Mrs Joanna Ferreira", "Herr Dr. Jens Hartwig", "DI (FH) Ing. Herbert"
    return _recase(" ".join(words).strip(" ,.-"))


# Chinese surnames as Hong Kong, Macau and Taiwan romanise them, which open a name written
# "Chan Tai Man, Peter": the surname, two syllables of given name, the English name.
_ROMANISED_SURNAMES = frozenset(
    {"chan", "cheung", "wong", "lau", "lee", "li", "ho", "ng", "leung", "lam", "tsang", "chow",
     "yeung", "kwok", "tang", "tse", "fung", "mak", "lo", "law", "chu", "yip", "choi", "chung",
     "ma", "poon", "siu", "kwan", "hui", "cheng", "wu", "lai", "tam", "yu", "ko", "tsui", "lui",
     "au", "kong", "chiu", "sze", "pang", "lin", "chen", "huang", "liao", "tsai", "hsu", "chang",
     "wang", "liu", "yang", "kuo", "hung", "lu", "hsieh", "tseng", "chou", "yeh", "su", "wei"}
)  # fmt: skip


# ... and as Singapore and Malaysia romanise them (Hokkien, Teochew, Cantonese, Hakka)
_SOUTHERN_SURNAMES = frozenset(
    {"goh", "lim", "tan", "teo", "ooi", "ong", "koh", "tay", "yeo", "chua", "seah", "quek", "toh",
     "low", "foo", "sim", "heng", "chia", "khoo", "neo", "soh", "kwek", "yap", "loh", "phua",
     "chong", "wee", "tham", "chew", "ang", "gan", "kok", "leong", "chin", "yong", "choo",
     "tiong", "ting", "lew", "liew", "teh", "beh", "see", "pek", "ngiam", "oon", "eng"}
)  # fmt: skip


# Khmer family names, written first as Cambodians write and are called by them ("Kheng
# Piseth" at piseth.kheng@ is Kheng Piseth, greeted "Piseth"); only those no Chinese, Korean
# or English given name shares.
_KHMER_SURNAMES = frozenset(
    {"chhay", "chhim", "chhorn", "chuon", "kheng", "nhem", "sath", "yos", "srun", "ouk", "pich",
     "prak", "meas", "sorn", "touch", "tep", "keo", "mao", "hout", "seng", "sok", "chea", "chhun",
     "khiev", "mey", "phal", "san", "soeung", "thach", "uch", "vong", "yem"}
)  # fmt: skip


def khmer_order(words: list[str]) -> bool:
    """ "Kheng Piseth": a Khmer family name, then the given name, as the person writes it."""
    return len(words) == 2 and words[0].casefold() in _KHMER_SURNAMES


def chinese_order(words: list[str]) -> bool:
    """ "Goh Zhi Xiang", "Lau Pei Qi": a Chinese surname, then a given name of two syllables
    written apart, as Singapore and Malaysia write it (and call the person "Zhi Xiang")."""
    return (
        len(words) == 3
        and words[0].casefold() in _ROMANISED_SURNAMES | _SOUTHERN_SURNAMES
        and all(re.fullmatch(r"[A-Z][a-z]{1,5}", w) for w in words)
    )


def _particled(head: str) -> bool:
    """ "Ruiz de Velasco Pombo": capitalised surnames with a particle between them."""
    words = head.split()
    return (
        2 < len(words) <= 5
        and words[0][:1].isupper()
        and any(w in PARTICLES for w in words[1:-1])
        and all(w[:1].isupper() or w in PARTICLES for w in words)
    )


def _english_name_after(head: str, tail: str) -> bool:
    """ "Chan Tai Man, Peter", "Wong Mei Ling, Candy": a romanised Chinese name of three
    syllables, then one given name after the comma."""
    words = untitled(head).split()
    return (
        len(words) == 3
        and words[0].casefold() in _ROMANISED_SURNAMES
        and all(re.fullmatch(r"[A-Z][a-z]{1,5}", w) for w in words)
        and re.fullmatch(r"[A-Z][a-z]{2,12}", tail.strip()) is not None
    )


def _surnames_first(name: str, email: str) -> str:
    """ "Ortega Pardo, Nuria" as "Nuria Ortega Pardo" when the address starts with her first
    name: two surnames before the comma (Spanish, Portuguese), not "Jane Doe, Director"."""
    head, comma, tail = (name or "").partition(",")
    if _english_name_after(head, tail):
        return name  # "Wong Mei Ling, Candy" at candy.wong@: Candy Wong (see clean_name)
    bracket = re.search(r"\s*\([^)]*\)\s*$", tail)  # "Mac Giolla Phádraig, Ciarán (Dr.)"
    honour = bracket and any(
        w.strip("().").casefold() in HONORIFICS for w in bracket.group(0).split()
    )
    given = tail[: bracket.start()] if bracket and (honour or _titleish(bracket.group(0))) else tail
    first = fold_accents(given.strip())
    local = fold_accents(email.partition("@")[0])
    # "Mondragón de la Garza, Nuria"; a given name of two words too: "Montoya Gil, Luisa Fernanda"
    # ("Fernández de la Vega Ortiz, Lucía": three surname words around their particles)
    two_and_one = len(_given(head)) in (2, 3) and len(_words(given)) in (1, 2)
    # ... or with the first letter of the given name and the first surname: "asanchis@"
    surname = head.split()[0] if head.split() else ""
    initial = bool(first and surname) and local == fold_accents(first[:1] + surname)
    # ... or a surname of three words the address writes whole after the given name:
    # "Mac Giolla Phádraig, Ciarán" at ciaran.macgiollaphadraig@
    squeezed = re.sub(r"[\s'’-]+", "", fold_accents(head))
    whole = (
        len(head.split()) >= 2
        and len(_words(given)) in (1, 2)
        and len(squeezed) >= 4
        and re.sub(r"[.\-_]", "", local) == re.sub(r"\s+", "", first) + squeezed
    )
    # ("Salcedo Niño, Andrés Felipe" at andresf.salcedo@: the first given name opens it)
    opens = bool(first) and local.startswith(first.split()[0]) and len(first.split()[0]) >= 3
    # ... or the given name's initial and the whole surname: "Dal Pont, Fabio" at f.dalpont@
    initial_whole = bool(first) and re.sub(r"[.\-_]", "", local) == first[:1] + squeezed
    # ... or the given names run together: "Dela Cruz, Ma. Cristina" at macristina.delacruz@
    given_run = re.sub(r"[\W_]+", "", first)
    run_together = len(given_run) >= 4 and re.sub(r"[.\-_]", "", local).startswith(given_run)
    addressed = two_and_one and (
        local.startswith(first) or initial or opens or initial_whole or run_together
    )
    if comma and len(first) >= 2 and (addressed or whole):
        return name if _titleish(given) else f"{given.strip()} {head.strip()}"
    return name


# Letters that carry no accent to take off, written in addresses as their nearest Latin ones:
# "kvitoykraft.no" for Kvitøy Kraft, "jodlowa.pl" for Jodłowa.
# (Azerbaijani "ə", its schwa, as its people's addresses write it: Məmmədli at mammadli@)
_UNACCENTED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ə": "a"}
)


@lru_cache(maxsize=16384)  # (called for the same few names over and over)
def fold_accents(text: str) -> str:
    """ "inigo" for "Íñigo": lower case without accents, as addresses are written."""
    decomposed = unicodedata.normalize("NFKD", text).casefold().translate(_UNACCENTED)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _given(text: str) -> list[str]:
    """The words of a given name, less the particles a Dutch surname leaves after it."""
    return [w for w in _words(text) if w.casefold() not in PARTICLES]


def _titleish(text: str) -> bool:
    return any(w.casefold() in TITLE_WORDS for w in _words(text))


def name_from_address(email: str) -> str:
    """ "Jane Doe" from jane.doe@ / jane_doe@ / jane-doe@; "" when the parts are not names."""
    local = email.partition("@")[0].partition("+")[0]
    local = re.sub(r"\d+$", "", local)
    parts = [p for p in re.split(r"[._-]+", local) if p]
    if 2 <= len(parts) <= 3 and all(p.isalpha() and len(p) >= 2 for p in parts):
        return " ".join(p.capitalize() for p in parts)
    return ""


# California state Outlook directories tag a name with its department: "Ojukwu, Nkechi@ODE".
_DEPARTMENT_TAG = re.compile(r"(?<=\w)@[A-Z][A-Z0-9&-]{1,11}\s*$")


def inflected_alike(one: str, other: str, *, spread: int = 3) -> bool:
    """Whether two spellings of a name differ only in their words' endings, as a language's
    cases change them ("Zavarovalnici Kras" and "Zavarovalnica Kras", "Pavl Struhár" put back
    from "Pavlom Struhárom" and Pavol Struhár): word for word, the same start save the last
    two letters of the shorter, and no more than `spread` letters longer or shorter."""
    words, others = one.split(), other.split()
    return len(words) == len(others) and all(
        abs(len(a) - len(b)) <= spread and _shared_start(a, b) >= max(3, min(len(a), len(b)) - 2)
        for a, b in zip(words, others, strict=True)
    )


def _shared_start(one: str, other: str) -> int:
    """How many letters two words share from their start."""
    return next((k for k, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
                min(len(one), len(other)))  # fmt: skip


# A patronymic, as East Slavic names carry one: "Вікторівна", "Іванович", "Олегівна".
_PATRONYMIC = re.compile(r"(?:[оеє]вич|ович|йович|[іїо]вна|[еє]вна|ична|ьович|інічна)$")


@lru_cache(maxsize=8192)
def display_name(name: str, email: str) -> str:
    """The attendee's name as they would sign it, else one read off the address, else ""."""
    name = _DEPARTMENT_TAG.sub("", name or "")
    # a Dutch directory's "Heeringa, M (Maarten)": surname, initials, the name used
    dutch = re.fullmatch(r"\s*([^,()]+?),\s*(?:[A-Z]\.?\s*){1,4}\(([^()]+)\)\s*", name)
    if dutch:
        name = f"{dutch.group(2).strip()} {dutch.group(1).strip()}"
    cleaned = clean_name(_surnames_first(name, email))
    opening = name.split()[:1]
    if (
        opening
        and opening[0].casefold() == "ato"
        and email.partition("@")[0].casefold().startswith("ato")
        and not email.endswith(".invalid")
        and not cleaned.startswith(opening[0])
    ):
        # "Ato" is an Ethiopian "Mr" but also a Ghanaian given name: Ato Kwamena Dadzie at
        # ato.dadzie@ signs with it
        cleaned = f"{opening[0]} {cleaned}"
    words = cleaned.split()
    if len(words) > 2 and words[0].rstrip(".") in {"dr", "prof", "mgr", "inż", "ing"}:
        words[0] = words[0].capitalize()  # "dr Magdalena Wróblewska", as Polish writes it
        cleaned = " ".join(words)
    if len(words) == 3 and _PATRONYMIC.search(words[2]):
        # a Ukrainian or Russian directory's "Гончаренко Юлія Вікторівна": surname, given
        # name, patronymic; she signs "Юлія Гончаренко"
        cleaned, words = f"{words[1]} {words[0]}", [words[1], words[0]]
    elif len(words) == 3 and _PATRONYMIC.search(words[1]):
        cleaned, words = (
            f"{words[0]} {words[2]}",
            [words[0], words[2]],
        )  # "Віталій Петрович Гордієнко"
    local = fold_accents(email.partition("@")[0])
    swapped = _surname_as_addressed(words, local)
    if swapped:  # "Dalla Vecchia Giulia" for g.dallavecchia@, "BOUSQUET Sandrine"
        cleaned, words = swapped, swapped.split()
    shouted = any(_shouted(w.strip(",.")) and len(w.strip(",.")) > 2 for w in (name or "").split())
    called = [w for w in words if fold_accents(w) in local.split(".")]
    if shouted and len(words) > 2 and len(called) == 2 and "." in local:
        # "CHAN Wing Yan Vivian" for vivian.chan@: the name the address uses, in its order
        order = local.split(".")
        cleaned = " ".join(sorted(called, key=lambda w: order.index(fold_accents(w))))
        words = cleaned.split()
    if (
        len(words) == 2
        and len(words[0]) > 2
        and words[0].replace("-", "").isalpha()
        and words[0].isupper()
        and not words[1].isupper()
    ):  # "GAUTHIER-MBAYE Apolline": the surname in capitals, written first
        cleaned = f"{words[1]} {words[0]}"
        words = cleaned.split()
    if re.fullmatch(r"[^\W\d_]+(?:[._][^\W\d_]+)+", cleaned):  # "jane.doe" as a name
        return name_from_address(cleaned + "@")
    if cleaned and not re.fullmatch(r"[\W\d_]+", cleaned):
        return cleaned
    return name_from_address(email)


# Ukraine's official romanisation (2010), as its people's addresses and its firms' domains
# write their names; compared loosely (`loose_latin`): an address may write "х" as "h" or
# "kh", "г" as "h" or "g", "и" and "й" as "y" or "i".
_UKRAINIAN_LATIN = str.maketrans(
    {**dict(zip("абвгґдезиіїйклмнопрстуф", "abvhgdezyiiiklmnoprstuf", strict=True)),
     "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
     "я": "ia", "є": "ie", "'": "", "’": "", "ʼ": ""}
)  # fmt: skip


def romanised(word: str) -> str:
    """A Cyrillic word in Latin letters by Ukraine's rules ("Дмитро" is "dmytro")."""
    return word.lower().translate(_UKRAINIAN_LATIN)


def loose_latin(text: str) -> str:
    """Latin letters compared loosely, as transliterations differ ("kh" and "h", "y" and "i",
    "g" and "h": "Оберіг" at oberigbank.ua)."""
    text = text.lower().replace("kh", "h").replace("zh", "z").replace("y", "i").replace("j", "i")
    return re.sub(r"[^a-z]", "", text.replace("g", "h"))


_CYRILLIC_LATIN = str.maketrans(
    {"ъ": "a", "ы": "y", "э": "e", "ё": "e", "ј": "j", "љ": "lj", "њ": "nj", "ђ": "dj",
     "ћ": "c", "џ": "dz"}
)  # fmt: skip


# Eastern Armenian in Latin letters, as Armenians write their names in addresses
# ("Գալստյան" is galstyan); only its consonants are compared (`consonants`).
_ARMENIAN_LATIN = str.maketrans(
    dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև",
             ["a", "b", "g", "d", "e", "z", "e", "e", "t", "zh", "i", "l", "kh", "ts", "k", "h",
              "dz", "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r",
              "ts", "u", "p", "k", "o", "f", "ev"], strict=True))
)  # fmt: skip
# The consonant of each row of the Ethiopic syllabary (eight syllables a row, from U+1200:
# ሀ ለ ሐ መ ...): "ሕይወት" is Hiwot's h, y, w and t. The rows of አ and ዐ are vowels.
_ETHIOPIC_ROWS = (
    "h", "l", "h", "m", "s", "r", "s", "sh", "q", "q", "q", "q", "b", "v", "t", "ch", "h", "h",
    "n", "ny", "", "k", "k", "h", "h", "w", "", "z", "zh", "y", "d", "d", "j", "g", "g", "g", "t",
    "ch", "p", "ts", "ts", "f", "p",
)  # fmt: skip


def _ethiopic_latin(word: str) -> str:
    """Each Ethiopic syllable as its consonant and a vowel, which `consonants` drops."""
    out = []
    for char in word:
        row = (ord(char) - 0x1200) // 8
        if 0 <= row < len(_ETHIOPIC_ROWS):
            out.append(_ETHIOPIC_ROWS[row] + "a")
        else:
            out.append(char)
    return "".join(out)


def consonants(word: str) -> str:
    """A word's consonants as they sound, doubled ones once: "Casey" and "Кейси" are both
    "ks", "Candidate" and "Кандидат" both "kndt"; Armenian "Գալստյան" and Galstyan "glstn"."""
    word = _ethiopic_latin(word.lower().translate(_ARMENIAN_LATIN))
    latin = fold_accents(romanised(word.translate(_CYRILLIC_LATIN)))
    latin = re.sub(r"ck|c|q", "k", latin.replace("ph", "f").replace("w", "v"))
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy\W\d_]", "", latin))


def is_my_name_in_cyrillic(text: str, my_name: str) -> bool:
    """Whether `text` is the person's own (Latin) name written out in Cyrillic, as a
    Bulgarian or Ukrainian employer puts the candidate in a title ("Интервю – Консултант –
    Кейси Кандидат" for Casey Candidate): each word sounds as the name's word in its place."""
    words, mine = text.split(), my_name.split()
    if len(words) != len(mine) or len(words) < 2 or not all(map(_CYRILLIC_WORD.fullmatch, words)):
        return False
    pairs = [(consonants(w), consonants(m)) for w, m in zip(words, mine, strict=True)]
    return all(len(a) >= 2 and a == b for a, b in pairs)


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’ʼ-]+")


def _surname_as_addressed(words: list[str], local: str) -> str:
    """ "Giulia Dalla Vecchia" for "Dalla Vecchia Giulia" at g.dallavecchia@, "Juho
    Saarinen" for "Saarinen Juho" at juho.saarinen@ or juhosaarinen@: a directory that
    writes the surname first, told by an address that writes the given name first (its
    initials or whole) and the surname after it."""
    given_part, dot, surname_part = local.replace("-", "").partition(".")
    if chinese_order(words) or khmer_order(words):
        return ""  # "Goh Zhi Xiang" at zhixiang.goh@: as he writes it, surname first
    if dot and all(_CYRILLIC_WORD.fullmatch(w) for w in words):
        # "Савчук Дмитро" at dmytro.savchuk@: the address romanises the given name first
        given_part, surname_part = loose_latin(given_part), loose_latin(surname_part)
        keyed = [loose_latin(romanised(w)) for w in words]
        if len(words) == 2 and keyed == [surname_part, given_part]:
            return f"{words[1]} {words[0]}"
        return ""
    for split in range(1, len(words)):
        surname, given = words[:split], words[split:]
        surname_key = fold_accents("".join(surname)).replace("-", "").rstrip(".")
        if len(surname_key) < 2:  # "S Raghavan" at raghavan.s@: an initial
            continue
        spelled = fold_accents("".join(given)).replace("-", "")
        initials = "".join(fold_accents(g)[:1] for part in given for g in part.split("-"))
        # A hyphenated given name written whole ("Park Ji-hoon" at jihoon.park@) is how
        # Korean and Chinese names are romanised, surname first by the person's own usage.
        whole = not any("-" in g for g in given)
        if dot:
            found = surname_key == surname_part and (
                (whole and given_part == spelled) or given_part == initials
            )
        else:
            found = whole and given_part == spelled + surname_key
        if found:
            return " ".join(
                "-".join(part.capitalize() for part in w.split("-"))
                if w.isupper() and len(w) > 1
                else w
                for w in [*given, *surname]
            )
    return ""


# Academic titles written before a name in Germany, Austria, Switzerland, the Czech
# Republic, Slovakia, Turkey and Brazil ("Prof. Dr.-Ing.", "Univ.-Prof.", "Mag.a",
# "RNDr.", "Dr. Öğr. Üyesi", "Doç. Dr.", "Profa. Dra.", "Dr. rer. nat."). The short ones
# count only with their dot: "Nat" and "Med" may be names.
_ACADEMIC = frozenset(
    {"rndr", "mudr", "judr", "phdr", "paeddr", "mvdr", "rsdr", "thdr", "mag.a", "mmag", "öğr",
     "üyesi", "doç", "gör", "techn", "rer", "nat", "pol", "oec", "phil", "med", "h.c", "profa",
     "dra", "doc", "dr.in", "ing.in", "univ", "apl", "pd", "sc", "math", "agr", "jur"}
)  # fmt: skip
_ACADEMIC_BARE = frozenset(
    # (Australia's associate professor: "A/Prof Meredith Kaur")
    {"DI", "PD", "(FH)", "FH", "Üyesi", "DDr.", "Dr.in", "Mag.a", "Mag.ª", "A/Prof", "A/Prof."}
)
_HYPHENED_TITLE = re.compile(r"[^\W\d_]{2,6}\.-[^\W\d_]{2,6}\.?")  # "Dr.-Ing.", "Univ.-Prof."


def _engineers_title(word: str) -> bool:
    """A degree title a person is not addressed by, as against a doctor's or professor's:
    "DI", "Dipl.-Ing.", "Mag.a", "MMag."."""
    if word in _ACADEMIC_BARE:
        return not word.casefold().startswith("d") or word == "DI"
    bare = word.rstrip(".").casefold()
    if _HYPHENED_TITLE.fullmatch(word):
        return not bare.startswith(("dr", "prof", "univ", "priv"))
    return word.endswith(".") and bare in {"mmag", "bc", "mgr"}


def is_title_word(word: str) -> bool:
    """A word of a title before a name: an honorific, or an academic title."""
    bare = word.strip(",").rstrip(".").casefold()
    return (
        bare in HONORIFICS
        or word in _ACADEMIC_BARE
        or (word.endswith(".") and bare in _ACADEMIC)
        or bool(_HYPHENED_TITLE.fullmatch(word))
    )


# Vietnamese surnames as written with their marks, which no other language's names share
_VIETNAMESE_SURNAMES = frozenset(
    {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
     "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Đào", "Trịnh", "Lương", "Tạ"}
)  # fmt: skip


def surname_first(name: str) -> bool:
    """Whether `name` is a Vietnamese one, its surname first ("Võ Thanh Tùng"), and so
    goes by its last word."""
    words = name.split()
    return len(words) >= 3 and words[0].strip(",") in _VIETNAMESE_SURNAMES


def greeting_of(display: str, email: str = "") -> str:
    """The name to greet ("Jane"), or "" for a neutral greeting.

    The first word that is not an honorific, an academic title or an initial;
    "Dr. Park" as a whole. A display name that is only the address's local
    part ("jdoe") gives no safe first name.
    """
    every = display.split()
    # (a name that display_name kept whole, its first word a title elsewhere: the Ghanaian
    # "Ato" of Ato Kwamena Dadzie at ato.dadzie@)
    named_so = every[:1] == ["Ato"] and email.partition("@")[0].casefold().startswith("ato")
    words = [w for i, w in enumerate(every) if (named_so and i == 0) or not is_title_word(w)]
    words = [w for w in words if len(w.rstrip(".")) > 1 or not w[:1].isalpha()] or words
    if not words:
        return ""
    if len(words) == 1 and len(every) == 2 and every[1] == words[0]:
        return display  # "Dr. Park": a title and a surname are greeted together
    first = words[0].strip(",")
    if first in {"Ma.", "Ma"} and len(words) > 2 and words[1][:1].isupper():
        return f"Ma. {words[1].strip(',')}"  # Philippine "Ma. Theresa" (María Theresa)
    if surname_first(" ".join(words)) or khmer_order(words):
        return words[-1]  # "Võ Thanh Tùng": the surname first, greeted by the given name
    local = email.partition("@")[0].casefold()
    swapped = _surname_as_addressed(words, fold_accents(local)) if len(words) > 1 else ""
    if swapped:  # "Szalai Márta" at marta.szalai@: her family name first, as Hungarian writes it
        return swapped.split()[0]
    if (
        len(every) > len(words)
        and every[0].casefold().rstrip(".") in {"dr", "prof", "professor"}
        and len(words) > 2
        and "." in local
        and fold_accents(first) == local.rsplit(".", 1)[1]
    ):
        return f"{every[0]} {first}"  # "Dr. Tan Wei Jie" at weijie.tan@: her surname first
    if len(words) == 1 and local and first.casefold() == local and not name_from_address(email):
        return ""
    if chinese_order(words) and fold_accents(words[1] + words[2]).casefold() in local.split("."):
        return f"{words[1]} {words[2]}"  # "Goh Zhi Xiang" at zhixiang.goh@ is Zhi Xiang
    # "Wei Jie Tan" at weijie.tan@: a given name of two words the address writes as one
    given = local.split(".")[0]
    if (
        len(words) > 2
        and len(given) > len(fold_accents(first))
        and given == fold_accents(words[0] + words[1]).replace("-", "")
    ):
        return f"{first} {words[1].strip(',')}"
    return first


def untitled(name: str) -> str:
    """A name without the titles before it, as one would write it on an envelope's line."""
    words = name.split()
    while len(words) > 2 and (
        is_title_word(words[0])
        or (words[0].casefold() in _PROFESSOR_GRADES and is_title_word(words[1]))
    ):
        words.pop(0)  # ("Associate Professor ...")
    return " ".join(words)


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """A name folded for comparison: case, accents, honorifics and order do not matter."""
    # "Univ.-Prof. Dr. Eva Berger" is "Berger, Eva"
    folded = fold_accents(untitled(clean_name(name)))
    words = sorted(w for w in re.findall(r"\w+", folded) if w not in HONORIFICS)
    return " ".join(words)


def shortened(short_key: str, full_key: str) -> bool:
    """A `name_key` that is another without its middle names: "Naomi Kibe" signs her mail,
    the invite named "Naomi Wairimu Kibe". Two words at least, so a first name alone never
    stands for anyone."""
    short, full = set(short_key.split()), set(full_key.split())
    return len(short) >= 2 and short < full


def without_middle_names(name: str) -> str:
    """ "Naomi Kibe" for "Naomi Wairimu Kibe": how she may sign her own mail; "" for a name
    of two words, or one with a particle ("Jan-Willem de Vries" is not "Jan-Willem Vries")."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return ""
    return f"{words[0]} {words[-1]}"


_PROFESSOR_GRADES = frozenset(
    {"associate", "assistant", "adjunct", "emeritus", "visiting", "clinical"}
)


# A company's legal form as its last word, in the Nordic countries, the Netherlands and Italy.
_LEGAL_FORM_LAST = frozenset(
    {"ab", "oy", "oyj", "asa", "a/s", "aps", "bv", "b.v", "nv", "n.v", "spa", "s.p.a", "srl",
     "s.r.l"}
)  # fmt: skip


def looks_like_name(text: str) -> bool:
    """A person's name: one to four capitalised words (particles allowed), no title words."""
    words = _words(text)
    while len(words) > 2 and is_title_word(words[0] + "."):
        words = words[1:]  # "Dr. sc. techn. Lorenz ...": academic titles before the name
    if (
        len(words) > 2
        and words[0].casefold() in _PROFESSOR_GRADES
        and words[1].casefold().rstrip(".") in {"professor", "prof"}
    ):
        words = words[1:]  # "Associate Professor Imelda Farquharson-Ng"
    while len(words) > 1 and words[0].casefold().rstrip(".") in HONORIFICS:
        words = words[1:]  # "Chef Ramón Ibarra": the title before a name is no title word
    named = [w for w in words if w.casefold() not in PARTICLES]
    # Catalan's "i" joins two surnames after a given name ("Neus Aragall i Prat"), not two
    # people named by their first names alone ("Anna i Michał")
    if "i" in words and (len(named) < 3 or words.index("i") < 2):
        return False
    # ("Marta Gómez de la Fuente Ruiz": particles come on top of up to five names)
    if not 1 <= len(named) <= 5 or len(words) > 7:
        return False
    if any(any(c.isdigit() for c in w) for w in words):
        return False
    # ("Dean Whittaker": a given name that is also a title, before a surname alone)
    titled = words[1:] if len(words) == 2 and words[0] == "Dean" else words
    if any(w.casefold().rstrip(".") in TITLE_WORDS | _NOT_NAMES for w in titled):
        return False
    if any(w.casefold().endswith(_FIELDS_OF_STUDY) for w in words):
        return False  # "Associate Director, Translational Immunology": a department, no one
    if any(w.casefold().endswith(_GERMAN_HEADS) for w in words):
        return False
    # a German abstract noun, not a name: "Qualitätsmanagement", "Bearbeitung", "Gießerei"
    if any(len(w) >= 8 and w.casefold().endswith(_GERMAN_NOUN_ENDINGS) for w in words):
        return False
    if len(words) > 1 and words[-1].casefold().rstrip(".") in _LEGAL_FORM_LAST:
        return False  # "Zeeland Retail Group AB" (but "Ab Osterhaus" is a Dutch name)
    return all(w[:1].isupper() for w in named)


def _given_name(found: re.Match[str]) -> str:
    return found.group(0)[found.group(0).index("(") + 1 :].replace(")", "", 1)


# Vietnamese forms of address before a whole name, surname first: "Anh Võ Thanh Tùng", "Chị
# Đặng Mai Hương" (not "Anh Tran", where Anh is the given name)
_KINSHIP = re.compile(r"(?<!\w)(?:Anh|Chị|Ông|Bà|Cô)\s+(?=(?:[A-ZÀ-ÞĐ][\w'’-]*\s+){2}[A-ZÀ-ÞĐ])")


# Forms of address written in lower case before a name: "chị Đỗ Minh Thư", "mevrouw Rianne ..."
_LOWER_CASE_ADDRESS = frozenset(
    {"anh", "chị", "chi", "ông", "bà", "cô", "em", "bác", "mevrouw", "meneer", "heer", "frau",
     "herr", "señor", "señora", "monsieur", "madame", "signor", "signora", "senhor", "senhora",
     "don", "doña", "dona", "pan", "pani", "κ.", "κα", "κα.", "κυρία", "κύριος", "κύριο",
     "dl.", "dna.", "d-na", "d-l", "domnul", "doamna"}
)  # fmt: skip


_POST_THEN_NAME = re.compile(
    r"(?:[a-zäöåæø-]+\s+){1,2}(?P<name>[A-ZÄÖÅÆØ][\w'-]+(?:\s+[A-ZÄÖÅÆØ][\w'-]+){1,2})$"
)


def _post_before_name(
    posts: str,
    upper: str,
    lower: str,
    *,
    lead: str = r"\b",
    units: int = 0,
    field: int = 0,
    and_word: str = "",
) -> re.Pattern[str]:
    """A post in lower case before a whole name, to take off: up to `units` capitalised words
    before it (the employer or its unit) and lower-case words (not `and_word`, which joins two
    people), or up to `field` lower-case words after it (its field in the genitive)."""
    before = ""
    if units:
        before = (
            rf"(?:[{upper}][\w-]*\s+){{0,{units}}}"
            rf"(?:(?!{and_word}\b)[{lower}][\w-]*\s+){{0,{units}}}"
        )
    after = rf"(?:\s+[{lower}][\w-]*){{0,{field}}}" if field else ""
    return re.compile(rf"{lead}{before}(?:{posts}){after}\s+(?=[{upper}][\w-]+\s+[{upper}])")


_POSTS_BEFORE_NAMES = (
    # Croatian: "direktor operacija Dario Jelenić i voditeljica planiranja Sanja Car",
    # "kolegica Lana Radman"
    _post_before_name(
        r"direktor(?:ica)?|voditelj(?:ica)?|kolegica|kolega|šef(?:ica)?|stručnjak(?:inja)?"
        r"|specijalist(?:ica)?",
        "A-ZČĆŠŽĐ", "a-zčćšžđ", field=2,
    ),
    # Lithuanian: "duomenų skyriaus vadovas Andrius Šimkus ir vyresnioji analitikė Viktorija
    # Jonaitienė" (and the employer or its unit before the post: "Vėtrungė Pay generalinis
    # direktorius Mindaugas Jankauskas")
    _post_before_name(
        r"vadov(?:as|ė)|analitik(?:as|ė)|direktor(?:ius|ė)|partner(?:is|ė)|specialist(?:as|ė)"
        r"|vadybinink(?:as|ė)|inžinier(?:ius|ė)|prodiuser(?:is|ė)",
        "A-ZĄČĘĖĮŠŲŪŽ", "a-ząčęėįšųūž", units=3, and_word="ir",
    ),
    # Latvian: "valdes loceklis Jānis Ozoliņš un finanšu direktore Ilze Vītola"
    _post_before_name(
        r"loceklis|locekle|direktor(?:s|e)|vadītāj(?:s|a)|speciālist(?:s|e)|kontrolieris"
        r"|priekšsēdētāj(?:s|a)",
        "A-ZĀČĒĢĪĶĻŅŠŪŽ", "a-zāčēģīķļņšūž", units=3, and_word="un",
    ),
    # Slovene: "direktor logistike Boštjan Černe in vodja skladišča Irena Furlan" ("in" before
    # a post is "and", between two people: a comma stands in its place, see `split_name_list`)
    _post_before_name(
        r"direktor(?:ica)?|vodja|svetoval(?:ec|ka)", "A-ZČŠŽ", "a-zčšž",
        lead=r"(?P<joined>\s+in\s+)?\b", field=2,
    ),
    # Estonian: "analüüsiosakonna juhataja Toomas Hallik ja personalijuht Ülle Vares",
    # "Aegna Investi finantsjuht Rein Laas" (a post is often one word with its field)
    _post_before_name(
        r"[a-zäöüõšž]*(?:juht|juhataja|liige|asetäitja|esimees|arhitekt|spetsialist|analüütik"
        r"|direktor|konsultant)",
        "A-ZÄÖÜÕŠŽ", "a-zäöüõšž", units=3, and_word="ja",
    ),
    # Ukrainian: "керівник напряму аналітики мережі відділень Богдан Захарченко",
    # "директорка з цифрових продуктів Наталія Зінченко"
    _post_before_name(
        r"керівни(?:к|ця|ком)|директор(?:ка|ом|кою)?|начальни(?:к|ця|ком)|менеджер(?:ка|ом)?"
        r"|заступни(?:к|ця|ком)|голова|фахів(?:ець|чиня)|рекрутер(?:ка)?",
        "А-ЯІЇЄҐ", "а-яіїєґ'’", lead=r"(?<!\w)", field=4,
    ),
    # Serbian in Cyrillic: "директор продаје Милош Ђурић"
    _post_before_name(
        r"директор(?:ка)?|руководилац|руководитељка|менаџер(?:ка)?|колега|колегиница",
        "А-ЯЂЈЉЊЋЏ", "а-яђјљњћџ", lead=r"(?<!\w)", field=2,
    ),
)  # fmt: skip


# A Ukrainian name in the instrumental after "з", "із", "зі" (with): "разом із директором з
# операційної діяльності Євгеном Пономаренком" is Євген Пономаренко. Each word must carry
# the case's ending, or the name is left as it is.
_UKRAINIAN_WITH = re.compile(
    r"(?<!\w)(?:разом\s+)?(?:з|із|зі)\s+(?:[а-яіїєґ'’-]+\s+){0,6}?"
    r"(?P<name>[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+)(?!\w)"
)
_INSTRUMENTAL = (
    ("ською", "ська"),
    ("цькою", "цька"),
    ("ським", "ський"),
    ("цьким", "цький"),
    ("ієм", "ій"),
    ("єю", "я"),
    ("ою", "а"),
    ("ем", ""),
)


def _nominative(word: str) -> str:
    """A Ukrainian name from the instrumental ("Євгеном" is Євген, "Пономаренком" Пономаренко,
    "Шевчуком" Шевчук, "Оленою" Олена), or "" when it is not in that case."""
    for ending, nominative in _INSTRUMENTAL:
        if word.endswith(ending):
            return word[: -len(ending)] + nominative
    if word.endswith("ком") and word[-4:-3] not in "аеєиіїоуюя":
        return word[:-1]  # "Пономаренком", "Бойком": a name in "-ко"
    if word.endswith("ом"):
        return word[:-2]
    return ""


def _ukrainian_named_with(found: re.Match[str]) -> str:
    """The name in the nominative, in place of "with" and the post before it."""
    words = [_nominative(w) for w in found["name"].split()]
    return f", {' '.join(words)}" if all(words) else found[0]


_POST_BEFORE_NAME = re.compile(
    # (and "our" before it, a South Asian engineer's "Er." or accountant's "CA" after it: "our
    # Chief Executive Officer Er. Dipendra Bahadur Bista and our Finance Director CA Rupesh ...")
    r"(?<![\w'’-])(?:(?:our|my|their)\s+)?(?:(?-i:[A-Z])[\w&/-]*\s+){0,4}(?:Officer|Manager|Director"
    r"|Lead|Engineer|Analyst|Partner|Adviser|Advisor|Specialist|Consultant|President|Chair|Scientist"
    r"|Architect)\s+(?:(?-i:Er\.|CA)\s+)?"
    r"(?=(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s*(?:$|,|;|\.|\band\b|&|\()))"
)


_PLACE_ON_A_BOARD = re.compile(
    r"(?<![\w'’-])(?:Chairman|Chairperson|Chairwoman|Member|Secretary|Convener|Convenor)"
    r"(?:\s+\([^()\n]{1,40}\)|\s+(?-i:[A-Z]{2,8})){0,2}\s+"
    r"(?=(?:Dr|Mr|Ms|Mrs|Prof|Eng|Engr)\.\s+(?-i:[A-Z]))"
)


# Where a list of people parts: "and" in many languages, commas, semicolons.
_LIST_SPLIT_PATTERN = (
    # Romanian "și cu" (and with), Hungarian "és", Greek "και"
    r"\s*(;|,?\s+(?:and|och|und|et|y\s+con|y|e|{en}og|oraz|ja|và|és|και|[șş]i(?:\s+cu)?|dan|и|та|і|sowie|samt|nonché|ainsi\s+que|así\s+como"
    # (and a middle dot between two: "Kemar Stultz, Head of Product · Kishore Lakasingh, ...")
    r"|as\s+well\s+as|together\s+with|along\s+with)\s+|\s+&\s+|\s+\+\s+|\s+\u00b7\s+"
    # "... with Fiona Tierney-Walsh (Principal), followed by a 15-minute conversation with
    # Marcus Oyelowo (Partner)"
    r"|,?\s+followed\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:conversation|chat|interview|call"
    r"|meeting|session)\s+with\s+"
    # Polish "i", Turkish "ve", Czech "a" only before a whole name: "a" is also English,
    # and Catalan joins two surnames with "i" ("Jordi Vilaró i Casals"); titles may come
    # in a row ("ve Dr. Öğr. Üyesi Barış Kalkan", "ve Doç. Dr. ..."); before a bare comma,
    # so that Serbian ", i Mirjana Bogdanović" parts two people
    # ... and Lithuanian "ir", Latvian "un" (French "un" is no word before a whole name)
    r"|,?\s+(?:i|ve|və|a|ir|un)\s+(?=(?:(?:Ing|Dr|Dra|Sr|Sra|Mgr|Bc|Prof|Doç|Öğr|Gör)\.\s+|Üyesi\s+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-ŽƏ][\w'-]+\s+[A-ZÀ-ÖØ-ÞĀ-ŽƏ])"
    # ... and Slovene "in" before a form of address only ("in ga. Nataša Bergant"): in
    # English "in" is where someone works ("Jane Doe in Kuala Lumpur")
    r"|,?\s+in\s+(?=(?:ga|g|gdč|dr|mag|prof)\.\s)|,)\s*"
)
_LIST_SPLIT = re.compile(_LIST_SPLIT_PATTERN.replace("{en}", "en|"))
_LIST_SPLIT_ES = re.compile(_LIST_SPLIT_PATTERN.replace("{en}", ""))
# Words only Spanish has among the languages that join names with "en" (Dutch, Afrikaans)
_SPANISH = re.compile(r"\b(?:y|del|el|los|las|con|que|para|se)\b")


def split_name_list(text: str) -> list[tuple[str, str, str]]:
    """(name, title, address) from "Jane Doe, Engineering Manager; Raj Patel (raj@acme.com)".

    Commas separate both people and a person from their title: a piece with
    title words belongs to the name before it. A sentence's tail after the last
    name ("Jane Doe from our platform team") is dropped.
    """
    text = _NICKNAME.sub(" ", _CONTROL.sub(" ", text))
    text = _UKRAINIAN_WITH.sub(_ukrainian_named_with, text)
    text = _KINSHIP.sub("", text)
    # English posts written before the name: "Panel: Chief Risk Officer Tom Ellery-Hughes and
    # Credit Risk Manager Sina Leota"
    text = _POST_BEFORE_NAME.sub("", text)
    # ... and a board's places before a titled name: "Chairman NESA Dr. Amjad Hussain Bhatti
    # (chairs), Member (Statistics) Ms. Farzana Yasmin Chaudhry"
    text = _PLACE_ON_A_BOARD.sub("", text)
    # an order of meeting: "me first (...), then Theodore Nakashima, and then Ada ..."
    text = re.sub(r"\b(?<=me)\s+first\b", "", text)
    text = re.sub(r",?\s+(?:and\s+)?then\s+(?:with\s+)?(?=(?-i:[A-Z]))", ", and ", text)
    # Dutch "R. (Ruud) Verbeek", "B.J.M. (Bart) Verhoeven": initials, then the name used
    text = re.sub(r"\b(?:[A-Z]\.\s?){1,4}\((?-i:[A-Z])[\w'\u2019-]+\)\s+", _given_name, text)
    text = re.sub(r"\s*\.\s*$", "", text.strip())
    text = re.sub(r"\s*\([^()]*$", "", text)  # a remark cut off before it closes: "(he is not"
    # Greek's semicolon, the raised dot: "Νικηφόρος Μπαλτάς (Network Analytics Manager)· Ζωή
    # Γεωργιάδου (...)"
    text = re.sub(r"(?<=\))\s*[\u00b7\u0387]\s+(?=\S)", "; ", text)
    if ";" in text:  # "Halvorsen-Tate, Brianna; Oduya, Samuel": "Last, First" each
        # (not a semicolon inside brackets: "me (chair; Grade 7, Devolution Deals North)")
        text = re.sub(r";(?=[^()]*\))", ",", text)
        text = "; ".join(
            f"{m[2]} {m[1]}" if (m := _LAST_FIRST.fullmatch(piece.strip())) else piece
            for piece in text.split(";")
        )
    text = re.sub(r"\b[lL]['\u2019](?=(?:Ing|Dott|Avv|Arch|Prof)\b)", "", text)  # "l'Ing. Rossi"
    text = re.sub(r"\b[dD]e\s+heer\s+(?=[A-Z])", "", text)  # Dutch "de heer Gerrit-Jan Hoogvliet"
    # Finnish posts in lower case before the name, the employer's genitive before them:
    # "Merisataman kuljetuspäällikkö Juha-Pekka Oksanen", "kehittämispäällikkö Heikki Vartiainen"
    text = re.sub(
        r"(?:\b(?-i:[A-ZÄÖÅ])[\w-]*n\s+)?\b[a-zäöå-]*(?:päällikkö|johtaja|asiantuntija|suunnittelija"
        r"|sihteeri|vetäjä|konsultti|esimies|insinööri|analyytikko|kehittäjä)\s+(?=(?-i:[A-ZÄÖÅ]))",
        "",
        text,
    )
    # Greek articles before a form of address: "ο κ. Μάρκος Χατζηπατέρας", "η κα Ρένα ..."
    text = re.sub(r"(?<!\w)(?:ο|η|τον|την|του|της)\s+(?=(?:κ\.|κα\.?|Δρ\.?|Καθ\.)\s)", "", text)
    # Romanian "eu și colegul meu Sorin Talpă": a colleague, named
    text = re.sub(r"\b(?:colegul|colega)\s+(?:meu|mea|nostru|noastră)\s+(?=[A-ZĂÂÎȘȚ])", "", text)
    # ... and before a name after "and": "εγώ και η Ιουλία Σταθοπούλου"
    # (not before a post: "εγώ και ο Διευθυντής Λειτουργίας Δικτύου, Σπύρος Αλεξίου")
    text = re.sub(
        r"(?<=\bκαι\s)(?:ο|η|τον|την)\s+(?=(?-i:[Α-ΩΆ-Ώ])(?!\w*(?:ύθυν|ευθυ|ευθύ|ϊστ|όεδρ|έλεχ|ύμβουλ)))",
        "",
        text,
    )
    # posts in lower case before a name in the languages that write them so: "direktor
    # operacija Dario Jelenić i ...", "директор продаје Милош Ђурић" (see `_POSTS_BEFORE_NAMES`)
    for post in _POSTS_BEFORE_NAMES:
        text = post.sub(lambda m: ", " if m.groupdict().get("joined") else "", text)
    # Bulgarian forms of address before a name: "г-н Димитър Колев", "г-жа Милена Ангелова"
    text = re.sub(r"(?<![\w-])(?:г-н|г-жа|г-ца|д-р)\s+(?=[А-ЯЁ])", "", text)
    # Catalan "la senyora Neus Aragall i Prat"
    text = re.sub(r"\b(?:la|el)\s+(?:senyora|senyor)\s+(?=[A-Z])", "", text)
    # a German office between the form of address and the name: "Herr Zweiter Bürgermeister
    # Anton Greimel"
    text = re.sub(
        r"\b(Herr|Frau)\s+(?:(?:Erste|Zweite|Dritte|Stellvertretende)[rn]?\s+)?[\w-]*(?:[Bb]ürgermeister"
        r"|[Vv]orsitzende|[Dd]irektor|[Pp]räsident|[Ll]andrat|[Ss]tadtrat)(?:in|r)?\s+(?=[A-Z])",
        r"\1 ",
        text,
    )
    # Spanish "D. Tomás Rebollo Cidoncha" (Don): the title before a name and two surnames
    text = re.sub(r"(?<![\w.])D\.\s+(?=(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+\s+){2}[A-ZÁÉÍÓÚÑ])", "", text)
    # French: "de Mme Élodie Favre-Bulle, directrice financière, de M. Karim Benslimane, ..."
    # "X, Directora de Personas, junto con Tomás Benítez, ...", "..., y con Luis Ferrer-Vidal"
    text = re.sub(
        # (and Dutch: "de heer Geert Van Renterghem, CFO, en met mevrouw Marijke Bossuyt")
        r",?\s+(?:(?:junto\s+con|y\s+con)\s+(?=(?:la\s+|el\s+)?[A-ZÁÉÍÓÚ])"
        r"|en\s+met\s+(?=(?:mevrouw|de\s+heer|dhr\.|mevr\.)\s+[A-Z]))",
        " y ",
        text,
    )
    # Czech "a" (and) straight after a name, before a title: "Kubištová a Ing. Dana ..." (not
    # the Portuguese article: "e a Dra. Helena")
    text = re.sub(
        r"(?<=[a-záčďéěíňóřšťúůýž])\s+a\s+(?=(?:naše\s|náš\s|(?:Ing|Mgr|Bc|PhDr|JUDr|doc|Dr)\.\s))",
        " and ",
        text,
    )
    # Czech: "Simona Kubištová a naše obchodní ředitelka Ing. Dana Pospíchalová": "our" and a
    # lower-case post before the name
    text = re.sub(
        r"\b(?:naše|náš|naši|našeho)\s+(?:[a-záčďéěíňóřšťúůýž]+\s+){1,3}"
        r"(?=(?:Ing|Mgr|Bc|Dr|PhDr|JUDr|doc)\.\s|[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])",
        "",
        text,
    )
    # the writer last, after the others: "pela Dra. Helena Quintão (Geóloga) e por mim, que
    # também farei algumas perguntas" (the writer is not a name on the list)
    text = re.sub(r",?\s+(?:e|y)\s+por\s+(?:mim|mí)\b.*$", "", text, flags=re.S)
    # (and "reçu(e) par M. Patrick Desmeules, ..., et par Mme Joëlle Kohler"; right after a
    # name, "et par" parts two people: "par M. Laurent Ehrhart et par Mme Isabelle Wenger")
    text = re.sub(r"(?<=[a-zà-ÿ])\s+et\s+par\s+(?=(?:M\.|Mme|Mlle|Dr|Pr|Me)\s)", ", ", text)
    text = re.sub(r"(?:(?<=\s)|^)(?:et\s+)?(?:de|par)\s+(?=(?:M\.|Mme|Mlle|Dr|Pr|Me)\s)", "", text)
    # Swiss "Hr. Beat Nussbaumer und Fr. Sandra Tschudin": Herr and Frau, written short
    text = re.sub(r"(?<![\w.])Hr\.\s+(?=[A-ZÄÖÜ])", "Herr ", text)
    text = re.sub(r"(?<![\w.])Fr\.\s+(?=[A-ZÄÖÜ])", "Frau ", text)
    # a Uruguayan systems analyst's "el A/S Pablo Giménez": the degree before the name
    text = re.sub(r"\b(?:el|la)\s+A/S\s+(?=[A-ZÁÉÍÓÚ])", "", text)
    # "el Lic. Efraín Ávalos", "la Ing. Fernanda Zúñiga", "o Eng. Rui Costa"
    text = re.sub(
        # (and Italian "dal Dott. Giuseppe Cafiero ... e dalla Dott.ssa Lucia Sicignano")
        r"\b(?:el|la|los|las|o|a|il|lo|pel[oa]|dal|dalla|dallo)\s+(?=(?i:Lic|Licda|Licdo|Lcdo|Lcda|Ing|Dr|Dra"
        # (and Portugal's and Mozambique's "a Eng.ª Gércia Nhantumbo", "o Eng.º Tiago ...")
        r"|Mtro|Mtra|Arq|Sr|Sra|Srta|Prof|Profa|Eng|Dott|Dott\.ssa|Avv|Ec|Econ|Cr|Cra|Abg|Soc|Mg|Psic)\.?[ºª]?\s)",
        "",
        text,
    )
    # What is inside brackets is the title's: "Niamh Ferris (Clinical Lead, MSK)", "Fenella
    # Drury (Director of Finance & Resources)". It is set aside while the list is split.
    brackets: list[str] = []

    def aside(found: re.Match[str]) -> str:
        brackets.append(found.group(0))
        return f"\x00{len(brackets) - 1}\x00"

    def restored(piece: str) -> str:
        return re.sub(r"\x00(\d+)\x00", lambda m: brackets[int(m.group(1))], piece)

    text = re.sub(r"\([^)]*\)", aside, text)
    # ... and so is a team joined by "&" after "from": "Jesús Herrera from Relay & Protection"
    text = re.sub(
        r"\s+from\s+(?:the\s+|our\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:&|and)\s+(?-i:[A-Z])[\w'’-]*)+",
        aside,
        text,
    )
    # ... and a field joined by "&" after a head's "of": "Dr. Katrin Thalheimer, Head of EU
    # Regulatory & Market Access" (one post, not a person called Market Access)
    text = re.sub(
        r"(?:(?<=\bHead\s)|(?<=\bLead\s)|(?<=\bChief\s))of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
        r"\s+&\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
        # (not a person with a post of their own after the "&": "Head of Lifecycle Marketing &
        # Tomás Harrington-Liu, CRM & Automation Lead")
        r"(?![\w'’-])(?!\s+(?-i:[A-Z]))(?!\s*,\s*[^,]*\b(?:Lead|Manager|Director|Head|Officer|Partner|Engineer|Analyst"
        r"|Specialist|Coordinator|Consultant|VP|Chief)\b)",
        aside,
        text,
    )
    pairs: list[tuple[str, str, str]] = []
    # (Spanish "en" is where someone works, Dutch "en" joins two people: "Engineering
    # Manager de Data Platform en Pembrook Freight" is one title)
    split = _LIST_SPLIT_ES if _SPANISH.search(text) else _LIST_SPLIT
    pieces = split.split(text)
    for index in range(0, len(pieces), 2):
        raw = pieces[index]
        joined = pieces[index - 1].strip() if index else ""
        if joined == ";":  # "...; and Trinh Nakamura-Ellis, AGPA": the last of the list
            raw = re.sub(r"^(?:and|und|et|y|e|en|og)\s+", "", raw)
        # "Head of Policy & Partnerships", "Director of Fundraising and Communications"
        # ... and "Director de Administración y Finanzas", "Directeur des Ventes et Marketing"
        # ... and "Director, Decision Support and Health Records": a group of work after "and"
        grouped = bool(_GROUP_OF_PEOPLE.search(raw))  # (whatever joins it)
        # ... but not a person from a team set aside above: "and Ana Lolohea from our People
        # and Capability team"
        aside = re.search(r"\x00(\d+)\x00", raw)
        before_aside = raw.split("\x00", 1)[0].strip()
        if (
            grouped
            and aside
            and re.match(r"\s*from\b", brackets[int(aside.group(1))], re.I)
            and _leading_name(before_aside) == before_aside
        ):
            grouped = False
        # (a title in closed brackets goes on no further: "Sophie Kernow (Head of Commercial
        # Analytics, EMEA) and Luca Morstabilini (...)")
        closed = index >= 2 and bool(re.search(r"\x00\d+\x00\s*$", pieces[index - 2]))
        in_title = not closed and (
            joined == "&"
            or (
                joined in ("and", "y", "e", "et", "und")
                and bool(pairs)
                and (
                    bool(re.search(r"\b(?:of|de|del|da|do|des|du|di|für|der)\b", pairs[-1][1]))
                    or (grouped and bool(pairs[-1][1]))
                )
            )
        )
        # "Head of the Power Electronics & Drives Group": after "&", a title goes on when
        # what follows names a group, not a person
        # ... and, at the end of the list, when the title ends in a department after a comma:
        # "Senior Manager, Risk & Control Self-Assessment"
        after_unit = (
            index == len(pieces) - 1
            and bool(pairs)
            and is_department(pairs[-1][1].rsplit(",", 1)[-1])
        )
        # (a word and its bracket set aside is one word: "... Performance & Improvement (Chair)")
        # ... and so is a word before where the post is held: "Responsable Pilotage & Données
        # chez Monceau-Vivienne"
        held = re.split(
            r"\s+(?:at|chez|bei|@)\s+", re.sub(r"\x00\d+\x00", " ", raw).strip(), maxsplit=1
        )
        one_word = len(held[0].split()) == 1
        if in_title and pairs and pairs[-1][1] and (one_word or grouped or after_unit):
            # "Gwendolyn Asante-Marsh, Head of Policy & Partnerships": the title goes on
            name, old, known = pairs[-1]
            raw = restored(raw)
            pairs[-1] = (name, f"{old} & {raw}", known)
            continue
        words = _words(re.sub(r"\x00\d+\x00", " ", raw))
        if (
            joined == "&"
            and len(pairs) >= 2
            and not pairs[-1][1]
            and not pairs[-1][2]
            and not pairs[-2][1]
            and words
            and words[-1].casefold() in TITLE_WORDS
        ):
            # "Dr Kavita Nilakantan, Regional Evidence & Learning Adviser": two fields of one
            # post after a name, not one more person
            name, _, known = pairs[-2]
            raw = restored(raw)
            pairs[-2] = (name, f"{pairs[-1][0]} & {raw}", known)
            pairs.pop()
            continue
        after = pieces[index + 1].strip() if index + 1 < len(pieces) else ""
        if (
            joined == ","
            and pairs
            and pairs[-1][1]
            # (right after a title of its own, not after a name with its title in brackets:
            # "Arpine Haroutunian (our Chief Compliance Officer), Bernard and me")
            and index >= 2
            and _titleish(pieces[index - 2])
            and "\x00" not in pieces[index - 2]
            and re.fullmatch(r"(?-i:[A-Z])[a-z]{3,}", raw.strip())
            and (not after or after in (";", "and") or after.endswith("and"))
        ):
            # "Shahriar Kabir, Supply Chain Director, Bangladesh, and Tasnuva Ahmed": the country
            # a post covers, one word after it, before the next person
            name, old, known = pairs[-1]
            pairs[-1] = (name, f"{old}, {raw.strip()}", known)
            continue
        first_word = raw.strip().split()[0] if raw.strip() else ""
        titled = _POST_THEN_NAME.match(raw.strip())
        if titled and joined.lower() in ("ja", "och", "og", "and"):
            # Finnish and Nordic posts in lower case before the name: "toimitusjohtaja Kari
            # Laaksonen ja talousjohtaja Mervi Ojala" (one more person, not a post)
            raw = titled["name"]
            first_word = raw.split()[0]
        if (
            pairs
            and joined != ";"
            # ("HR-verantwoordelijke van Zandvliet Forwarding": a post after its initials)
            and (first_word[:1].islower() or re.match(r"[A-Z]{2,4}-[a-zà-ÿ]", first_word))
            and not first_word.endswith(".")
            and first_word.casefold() not in PARTICLES | HONORIFICS | _LOWER_CASE_ADDRESS
            and not _ADDRESS.search(raw)
        ):
            # "Bastiaan Ketelaar, manager IT Risk & Compliance", "mr. Hester Brinkgreve,
            # afdelingshoofd Digitale Weerbaarheid en voorzitter van de commissie": a piece
            # that opens in lower case after a name is that person's post, not a name
            name, old, known = pairs[-1]
            pairs[-1] = (name, f"{old}, {raw.strip()}".strip(", "), known)
            continue
        department = is_department(raw) or bool(_UNIT_AT_END.search(raw.strip()))
        if joined in _AND_OR_COMMA and pairs and pairs[-1][1] and department:
            # "Ravindra Senaratne, Deputy Commissioner, Policy and Strategy", "directeur
            # général, Politiques": a piece of nothing but a department's words is where the
            # titled person works, not one more person
            name, old, known = pairs[-1]
            pairs[-1] = (name, f"{old}, {raw.strip()}", known)
            continue
        if (
            joined == ","
            and ";" in text
            and pairs
            and (pairs[-1][1] or len(raw.split()) == 1 or re.search(r"\s[a-z]{4,}", raw))
            and not _ADDRESS.search(raw)
        ):
            # "Mr. Amit Chawla – VP, Key Accounts; Ms. Neha Bhasin – AGM": where semicolons
            # part the people, a comma after a titled name goes on with the title, and so
            # does what is no name ("Marcus Tiedemann, Counselor/Coordinator, EOPS; Lupe
            # Santangelo, Classified Senate representative")
            name, old, known = pairs[-1]
            pairs[-1] = (name, f"{old}, {raw.strip()}", known)
            continue
        raw = restored(raw)
        found = _ADDRESS.search(raw)
        email = found.group(0).lower() if found else ""
        piece = _ADDRESS.sub(" ", raw).replace("<>", " ").replace("()", " ").strip()
        if not piece:
            if email and pairs and not pairs[-1][2]:
                pairs[-1] = (*pairs[-1][:2], email)
            continue
        title = ""
        paren = re.search(r"\(([^)]*)\)", piece)
        if paren:
            title = paren.group(1).strip()
        dash = re.split(r"\s+[-\u2013\u2014|]\s+", piece, maxsplit=1)
        if len(dash) == 2:
            piece, title = dash[0], title or dash[1]
        piece = _PRONOUNS.sub(" ", piece)
        piece = re.sub(r"\([^)]*\)", " ", piece)
        # "eu e o Henrique Abdalla Sayão", "y la Ana Paz": an article before a name
        # (and "la sig.ra Ornella Fantuzzi", "il Dott. Rossi": an Italian article before a title)
        piece = re.sub(
            r"^\s*(?:o|a|el|la)\s+(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])"
            r"|^\s*(?:la|il)\s+(?=(?i:sig|dott|ing|arch|prof|avv)\.?(?:ra|na|ssa)?\.?\s)",
            "",
            piece,
        )
        if _is_credential_list(piece):
            # "Jane Doe, MSN, RN": letters after a name are hers, never another person
            if pairs:
                name, old, known = pairs[-1]
                pairs[-1] = (name, old or piece, known or email)
            continue
        # Turkish puts "our" on the title before a name: "Kalite Müdürümüz Burak Çağlayan"
        piece = _OUR_TITLE.sub("", piece.strip())
        # a title in lower case before the name: "tiiminvetäjä Juho Saarinen", "senior-
        # kehittäjä Venla Korhonen"
        before = _TITLE_BEFORE.fullmatch(piece)
        if (
            before
            and looks_like_name(before["name"])
            and not PARTICLES & set(before["title"].casefold().split())
        ):
            piece, title = before["name"], title or before["title"].strip()
        lead = _leading_name(piece)
        if (
            joined == ","
            and pairs
            and not pairs[-1][1]
            and lead == piece.strip()
            and _english_name_after(pairs[-1][0], lead)
        ):
            # "Mr. Chan Tai Man, Peter - Head of Treasury Risk": one person, two names
            pairs[-1] = (f"{pairs[-1][0]}, {lead}", title, pairs[-1][2] or email)
            continue
        if lead and " " not in lead and len(piece.split()) > 1 and _titleish(piece):
            lead = ""  # "TSA chef d'équipe": a title after a comma, not a person
        if lead and _A_PLACE.match(piece[piece.find(lead) + len(lead) :]):
            lead = ""  # "Rehab Gym conference room": where, not who
        han = lead and _HAN_AFTER.match(piece[piece.find(lead) + len(lead) :])
        if han and len([w for w in lead.split() if not is_title_word(w)]) == 1:
            lead = f"{lead} {han[1]}"  # "Ms. Grace 沈佳怡": her English name, then her own
        if lead:
            pairs.append((lead, title, email))
        elif pairs and _titleish(piece):
            name, old, known = pairs[-1]
            # ("Nadine Arsenault-Gillis, P.Eng., Director of ...": the title, not the letters)
            title = piece if not old or _is_credential_list(old) else old
            pairs[-1] = (name, title, known or email)
    return pairs


# A Chinese name after an English given name: "Ms. Grace 沈佳怡 - HR Director".
_HAN_AFTER = re.compile(r"\s+([\u3400-\u4dbf\u4e00-\u9fff]{2,4})(?=\s|$|[(（,，])")
_AND_OR_COMMA = (",", "and", "et", "y", "e", "und", "en")
# A piece that ends as a part of an organisation does: "District Cooling Business".
_UNIT_AT_END = re.compile(
    r"^(?-i:[A-Z])[\w&'-]*(?:\s+[\w&'-]+){0,4}\s+(?:business|division|unit|department|practice"
    r"|segment|region|team|group"
    # a field after a titled person: "Desmond Achterberg, Director, Market Risk"
    r"|risk|compliance|treasury|audit|analytics|reporting|finance|operations|strategy)$",
    re.IGNORECASE,
)
# What follows a name that makes it a place: "Rehab Gym conference room", "Oak boardroom".
_A_PLACE = re.compile(
    r"\s*(?:conference\s+room|meeting\s+room|room|boardroom|suite|lobby|auditorium)\b", re.I
)
_GROUP_OF_PEOPLE = re.compile(
    r"\b(?:group|team|department|unit|division|lab|laboratory|centre|center|institute|office"
    r"|services|operations"
    # what a head is of: "Director of Engineering and Public Works"
    r"|works|resources|communications|partnerships|planning|policy|development|infrastructure"
    r"|engineering|finance|marketing|sales|strategy|research|innovation|compliance|risk|safety"
    r"|quality|administration|governance|facilities|procurement|environment|sustainability"
    r"|transport|utilities|maintenance|records|support|analytics|systems|data|information"
    # "Director of Development and Alumni Relations"
    r"|relations|alumni|advancement|fundraising|giving|philanthropy|income|engagement|outreach)\b",
    re.I,
)
# Words a department is named with, beyond those above: "Public Equities", "Institutional
# Banking", "Politiques des paiements".
_DEPARTMENT_WORDS = frozenset(
    {"public", "private", "global", "corporate", "institutional", "retail", "commercial",
     "investment", "investments", "equities", "equity", "markets", "capital", "credit",
     "payments", "banking", "treasury", "audit", "legal", "tax", "people", "culture",
     "conduct", "reform", "regulation", "regulatory", "supervision", "programs", "programmes",
     "politiques", "politique", "stratégie", "finances", "conformité", "affaires", "paiements",
     "ressources", "humaines", "opérations", "healthcare", "distribution", "supply", "chain",
     "patient", "access", "clinical", "revenue", "cycle", "customer", "success", "product",
     "platform", "products", "produits", "internet", "wi-fi", "wifi", "digital", "numérique",
     "mobile", "mobility", "network", "networks", "réseau", "réseaux", "business",
     # a lender's and a fintech's desks: "Sr PM - Collections", "Product Analyst - Growth"
     "collections", "growth", "lending", "underwriting", "pricing", "fraud", "claims",
     # a bank's risk functions: "Helen Nakamura-Fox, Senior Manager, Model Validation"
     "model", "models", "validation", "risk", "analytics", "compliance", "assurance",
     "controls", "governance", "reporting", "insights",
     # "diensthoofd Data en Informatie": a Flemish city's service
     "informatie", "information", "informatique", "informática", "informatica", "data",
     # a region a title covers: "General Manager, South-East Asia"
     "asia", "pacific", "europe", "emea", "apac", "americas", "asean", "anz", "latam", "nordics",
     "dach", "africa", "america", "north", "south", "east", "west", "central", "south-east",
     "southeast", "north-east", "northeast", "south-west", "southwest", "north-west",
     "northwest", "middle",
     "of", "the", "and", "&", "et", "des", "de", "du", "la", "le", "les"}
)  # fmt: skip


def is_department(piece: str) -> bool:
    """Whether a comma piece is nothing but a department's name (capitalised, no address)."""
    words = [w.strip(".,:;") for w in re.sub(r"\x00\d+\x00", " ", piece).split()]
    if not words or len(words) > 6 or not words[0][:1].isupper() or "@" in piece:
        return False
    return all(w.casefold() in _DEPARTMENT_WORDS or _GROUP_OF_PEOPLE.fullmatch(w) for w in words)


_TITLE_BEFORE = re.compile(
    # a word of five letters or more, not "ons"; or the Vietnamese "anh", "chị", "ông", "bà"
    r"(?P<title>(?:(?:(?-i:[a-zß-ÿ])[\w-]{4,}|anh|chị|ông|bà|cô)\s+){1,2})"
    r"(?P<name>(?:(?-i:[A-ZÀ-ÞĐ])[\w'’-]+\s+){1,3}(?-i:[A-ZÀ-ÞĐ])[\w'’-]+)"
)
_OUR_TITLE = re.compile(r"^(?:\S+\s+){0,3}?\S{2,}(?:ımız|imiz|umuz|ümüz)\s+(?=\S)")


def _leading_name(piece: str) -> str:
    """The run of capitalised words a piece starts with ("Dr. Jane Doe from ..." -> the name)."""
    taken: list[str] = []
    for word in piece.split():
        bare = word.strip(".,:;!?\"'")
        if not bare:
            break
        if (bare.casefold() in HONORIFICS or is_title_word(word)) and (
            not taken or all(is_title_word(w) for w in taken)
        ):
            taken.append(word)  # "Dr. sc. techn.", "Prof. Dr.-Ing.": titles before the name
            continue
        if taken and word.strip('.,:;!?"').casefold() in PARTICLES:  # "van 't"
            taken.append(word.strip('.,:;!?"'))
            continue
        if bare[:1].isupper() or (taken and bare.casefold() in PARTICLES):
            taken.append(bare if bare.casefold() not in HONORIFICS else word)
            if word.endswith(".") and len(bare) > 2 and bare.casefold() not in HONORIFICS:
                break  # "Jane Doe. Ik schuif ...": a sentence ends with the name
            if word.endswith(":"):
                break  # "Fallstudie: Sie bekommen ...": a label, then what it is about
            continue
        break
    while len(taken) > 1 and taken[-1].islower() and taken[-1] in PARTICLES:
        taken.pop()  # "Presentes el case study": a name ends in no particle ("... AB" is a firm)
    name = " ".join(taken).strip()
    return name if looks_like_name(name) else ""


# The capitals a sentence may start with, Cyrillic among them ("... Богдан Захарченко.
# Орієнтовна тривалість ...").
_SENTENCE_CAPS = "A-ZÀ-ÞА-ЯЁІЇЄҐЂЈЉЊЋЏ"


def first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence: not "Dr.", "l'Ing." nor an initial.

    "Jane Doe (architect) and I. We'll start with Spark" ends after "I";
    "Officine Brambati S.p.A. La incontrerà" after "S.p.A.".
    """
    exclaimed = re.search(rf"[!?]\s+(?=[{_SENTENCE_CAPS}])", text)  # "... Marsh! You'll meet"
    if exclaimed:
        text = text[: exclaimed.start()]
    # a bracket closes the sentence before a number: "Dr. Samir Haddad (Research Data Team). 10
    # min presentation of ..."
    numbered = re.search(r"\)\.\s+(?=\d)", text)
    if numbered:
        text = text[: numbered.start() + 1]
    for stop in re.finditer(rf"(\S+)\.\s+(?=[{_SENTENCE_CAPS}])", text):
        word = re.sub(r"^\w['\u2019]", "", stop.group(1).strip("(").casefold())
        # ("Ch. Srinivasa Rao": a Telugu initial of two letters, no vowel in it, that starts a
        # name; "Pat Ng. The ..." ends a sentence with a surname)
        before = text[: stop.start(1)].split()
        initial = (
            len(word) <= 3
            and stop.group(1)[:1].isupper()
            and not re.search("[aeiouy]", word)
            and not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha())
        )
        if (
            len(word) > 1
            and not initial
            and word not in HONORIFICS
            and word != "ma"  # Philippine "Ma. Theresa Villanueva-Dizon" (María)
            and not is_title_word(stop.group(1) + ".")
        ):
            return text[: stop.start(1) + len(stop.group(1))]
    return text


def canonical_address(email: str) -> str:
    """Lower-case, with any +tag dropped: casey+jobs@example.com is casey@example.com.

    Gmail also ignores dots in the local part: c.asey@gmail.com is casey@gmail.com.
    """
    local, at, domain = email.strip().lower().partition("@")
    local = local.partition("+")[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
    return f"{local}{at}{domain}"
