"""The employer and the role an interview is for, and the application it belongs to.

The company comes from the best evidence there is, in this order: the notes
("company:", which the employer's own "Company:" line also fills), a domain
the person configured (`detect.companies`), a title segment that matches the
mail domain of the organiser or an attendee, the organiser's display name
("Acme Robotics Recruiting"), the title's structure ("Interview - <Company>
(<Role>)", "<Person> <> <Company>", "<Company> | <Role> | Onsite", Calendly's
"<Event> between <A> and <B>", "Acme: Technical Screen w/ Jane", "... at
<Company>"), and last the employer's domain split into words
(bluebirdhealth.com -> "Bluebird Health"; short labels are acronyms: ge.com ->
"GE"). It is never the person's name, an interviewer's name, a scheduling or
meeting tool, or a free-mail provider.

One application per employer (P11): rounds are joined by the employer's
registrable domain when one is known (careers.acme.com and acme.com, or
acme.co.uk, are one employer), else by the company name without its legal
form ("Acme" and "Acme Inc." are one). Both give the same key for the same
employer ("acme"), so a round with a domain and one without still meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from agent.core import cjk, roles
from agent.core.domains import city_government, company_from_domain, domain_label, registrable
from agent.core.model import CalendarEvent, DetectRules, Interviewer, Notes
from agent.core.names import (
    clean_name,
    first_sentence,
    fold_accents,
    inflected_alike,
    is_department,
    is_my_name_in_cyrillic,
    looks_like_name,
    loose_latin,
    name_key,
    romanised,
)
from agent.core.people import (
    PEOPLE_TEAM,
    canonical_address,
    is_group_address,
    is_mine,
    is_room_name,
    is_tool_address,
    not_a_person,
    zoom_host,
)
from agent.core.replies import is_free_mail
from agent.core.senders import WHOLE_GOVERNMENT_DOMAINS
from agent.core.spelled import (
    LEGAL_FORMS,
    compact,
    latin_initials,
    matches_label,
    recase,
    shortened_to,
    spelled_out,
)

# Tools and meeting services whose name can stand in a title but never names the employer.
TOOL_NAMES = frozenset(
    {
        "calendly", "greenhouse", "lever", "goodtime", "ashby", "workday", "smartrecruiters",
        "icims", "jobvite", "workable", "bamboohr", "teamtailor", "recruitee", "gem",
        "modernloop", "hirevue", "coderpad", "hackerrank", "codesignal", "karat", "zoom",
        "teams", "microsoft teams", "google meet", "meet", "webex", "skype", "hangouts",
        "bluejeans", "gotomeeting", "whereby", "slack", "discord", "phone", "video", "call",
        "cal.com", "doodle", "linkedin", "indeed", "hired", "wellfound", "angellist",
        # (not Rippling or Personio: companies people also apply to, whose own invites name them)
        "successfactors", "sap successfactors", "taleo", "avature", "cronofy", "pageup", "trac",
        "publicjobs", "calcareers",
        # job portals and a public service's own: "Entrevista Tribunal – AUEM (Uruguay Concursa)"
        "uruguay concursa", "paraguay concursa", "computrabajo", "buscojobs", "bumeran", "gupy",
    }
)  # fmt: skip
_RECRUITING_SUFFIX = re.compile(
    r"\s*(?:[-\u2013\u2014|:,]\s*)?(?:"
    # Chinese, run into the name: "驰澜汽车校园与社会招聘", "蓝溪招聘", "… 人力資源處"
    r"(?:校园与社会|校園與社會|校园|校園|社会|社會)?(?:招聘|招募)(?:团队|團隊|中心)?"
    r"|人力资源部?|人力資源處?|\b(?:recruiting|recruitment|talent(?:\s+acquisition)?|careers"
    r"|hiring|hr|people(?:\s+team)?|team|jobs|university\s+recruiting|campus\s+recruiting"
    r"|resourcing"
    # abroad: "Banco Mixcoac - Atracción de Talento", "– Personalabteilung", "Rekrutacja"
    r"|atracci[oó]n\s+de\s+talento|nábor|personální\s+oddělení|reclutamiento|recursos\s+humanos|rrhh|rr\.\s?hh\.?|recrutamento"
    # "Migdia – Equipo de Talento", Catalan "Equip de Talent", "Àrea de Persones"
    r"|equipo\s+de\s+talento|equip\s+de\s+talent|[àa]rea\s+de\s+persones|equipe\s+de\s+talentos"
    r"|recrutement|ressources\s+humaines|personalabteilung|personalgewinnung|personalmarketing"
    r"|rekrutacja"
    # Azerbaijani "İnsan Resursları" (human resources), Turkish "İnsan Kaynakları"
    r"|i̇?nsan\s+resursları|i̇?nsan\s+kaynakları|human\s+resources"
    # Dutch "P&O", "Werving & Selectie"; Italian "Selezione", "Risorse Umane"; Portuguese
    # "Recrutamento e Seleção"
    r"|p\s?&\s?o|werving(?:\s+(?:&|en)\s+selectie)?|(?:ricerca\s+e\s+)?selezione|risorse\s+umane"
    r"|recrutamento\s+e\s+sele[çc][ãa]o|sele[çc][ãa]o|selecci[oó]n"
    # ("Gasparilla Interview Scheduling", a GoodTime organiser's name)
    r"|interview(?:s|ing)?(?:\s+team)?|(?:(?:interviews?|recruiting|candidate)\s+)?(?:scheduling"
    r"|coordinator|coordination)"
    # a public body's personnel office: "Kenwick County Bureau of Human Resources"
    r"|(?:bureau|department|dept\.?|office|division)\s+of\s+human\s+resources))(?:\s+(?:team|bookings?))?\s*$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(
    r"\s+(?:[-\u2013\u2014|/~]|//|<>|<->|\u00d7|&lt;&gt;|\u2022|\u00b7)\s+|:\s+|\s*\|\s*"
)
# "Acme x Casey": a lower-case x between two short names, and nothing else in the title.
_CROSS = re.compile(r"^(\S+(?:\s\S+){0,3})\s+x\s+(\S+(?:\s\S+){0,3})$")
_AT = re.compile(
    # ("Ihr Vorstellungsgespräch bei der Lierenfelder Druck GmbH": the article is no name's)
    r"(?:^|\s)(?:at|@|chez|bei(?:\s+(?:der|dem|den))?|beim|hos|bij|presso)\s+(.+?)"
    r"(?=\s+(?:for|with|about|re|w/)\b|\s+[-\u2013\u2014|/]\s|:\s|\s*[(\[,;]|$)",
    re.IGNORECASE,
)
# A public process by its number, not its body: "konkurs nr 27/ADM/2026", "nabór nr 152488".
# ("Concorso ING-04/2026", "Selezione D-AMM-07/2026": an Italian body's code, without "n.")
_NUMBERED_PROCESS = re.compile(
    r"(?i)(?:konkurs|nab[óo]r|og[łl]oszenie|concurso|procedimento|competition|selection"
    r"|concorso|selezione|bando|avviso|concours|convocatoria|stellenausschreibung)\s+"
    # ("Concorso Rif. 2026/PTA/14")
    r"(?:(?:nr|n\.?[º°o]|no)\.?\s*\S*\d|(?:pubblico\s+)?(?:(?:rif|ref)\.?\s*)?[A-Z0-9]+"
    r"(?:[-/.][A-Z0-9]+)*[-/.]\d{2,4}\b"
    # ("Concurso PTA-INV 12/2026": its letters, then its number in the year)
    r"|[A-Z]{2,}(?:-[A-Z]{2,})*\s+\d{1,3}/\d{2,4}\b)"
)
# What a staffing firm is called in Czech and Spanish: "personální agentura", "agentura práce",
# "(empresa de) trabajo temporal"
_STAFFING_ABROAD = (
    r"personální\s+agentur\w*|agentur\w*\s+práce|(?:empresa\s+de\s+)?trabajo\s+temporal"
)
# A staffing firm's name: it arranges interviews for its clients.
_AGENCY = re.compile(
    r"\b(?:staffing|recruitment|recruiting|personnel|resourcing|headhunt\w*|executive\s+search"
    # (and Azerbaijani "Bayıl Kadr Həlləri", personnel solutions)
    r"|talento?\s+(?:partners|solutions|consultores|consultants)|kadr\s+həlləri|overseas\s+employment\s+promoters?"
    r"|selezione|personalberatung|personaldienstleist\w*|uitzend\w*"
    rf"|{_STAFFING_ABROAD}|(?-i:ETT)"
    # and as agencies call themselves in French, Italian, Dutch, Polish and German
    r"|cabinet\s+de\s+recrutement|agenzia\s+per\s+il\s+lavoro|werving\s+(?:en|&)\s+selectie"
    r"|agencja\s+(?:pracy|rekrutacyjna|zatrudnienia)|zeitarbeit\w*"
    # ... and in Estonian and Finnish, run into the name: "Värbamiskoda OÜ", "Rekrytointitalo"
    r"|värbamis\w+|rekrytointi\w+|henkilöstöpalvelu\w*"
    # a public employment service: "ADEM – Agence pour le développement de l'emploi"
    r"|d[ée]veloppement\s+de\s+l['’]emploi|agentur\s+für\s+arbeit|france\s+travail)\b",
    re.IGNORECASE,
)
# What an agency calls itself after its name ("Harcastle Finch Recruitment"), as against an
# employer's own team ("Huron Thumb Regional Health Recruiting")
_AGENCY_AFTER = re.compile(
    r"\b(?:staffing|recruitment|personnel|resourcing|executive\s+search|search\s+partners"
    r"|talent\s+partners|personalberatung|uitzend\w*|(?<=kadr\s)həlləri"
    # ... or after its legal form and a dash: "Avantis Personal s.r.o. – personální agentura"
    r"|(?:(?:s\.r\.o\.|a\.s\.|GmbH|S\.L\.|S\.A\.|Ltd\.?)\s+)?[-\u2013\u2014]\s+"
    rf"(?:{_STAFFING_ABROAD}|Personaldienstleister|Personalvermittlung|Zeitarbeit\w*"
    # ... or a public employment service's: "ADEM – Agence pour le développement de l'emploi"
    r"|Agence\s+pour\s+le\s+d[ée]veloppement\s+de\s+l['’]emploi))\b",
    re.IGNORECASE,
)
# A location that starts with a name before the street: "Maplecrest Dental Centre, 2250 ..."
_PLACE = re.compile(r"\s*([A-Z][^,\n;]{2,60}?)\s*,\s*\d")
# Calendly's "<event> between A and B", and in Spanish, Portuguese, French and German
_BETWEEN = re.compile(
    r"\b(?:between|entre|zwischen|tussen)\s+(.+?)\s+(?:and|y|e|et|und|en)\s+(.+)$"
    r"|\bmiędzy\s+(.+?)\s+a\s+(.+)$",  # Polish: "Rozmowa ... (30 min) między X a Casey"
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(r"\b(?i:on behalf of)\s+(?!(?i:the|our|my|your)\s)([^\n.]{2,80})")
# An agency names the employer it arranges the interview for: "our client Banksia Water",
# "on behalf of my client, Banksia Water".
_CLIENT = re.compile(
    # (not a post: "our Client Partner for North American insurance accounts")
    r"\b(?:(?i:our|my)\s+(?i:client)(?!\s+(?i:partners?|directors?|managers?|services|success"
    r"|leads?|team|relations|executives?|solutions)\b)|(?i:il\s+nostro|nostro|nuestro|notre|mon|ma|nosso|mi|unser(?:em|en|er|e)?"
    r"|mein(?:em|en|er|e)?|onze)\s+(?i:cliente|client|kunden?|kundin|mandant(?:en|in)?|klienten|klant"
    r"|opdrachtgever)"
    # Czech: "u našeho klienta, společnosti Aldermoor Financial Services Brno s.r.o."
    r"|(?i:našeho|našemu|náš)\s+(?i:klienta?|klientovi)"
    # Polish: "spotkanie z naszym Klientem – Centrum Logistyczne Puszcza sp. z o.o."
    r"|(?i:naszym|naszego|mojego|moim)\s+(?i:klient(?:em|a))"
    # a public employment service's: "le rendez-vous ... convenu avec l'employeur Findel Air
    # Logistics S.A."
    r"|(?i:avec|auprès\s+de|chez)\s+l['’](?i:employeur)"
    # Turkish: "müşterimiz Altınkum Sigorta A.Ş. ile", "müşterimiz Yelken Perakende A.Ş.'nin"
    r"|(?i:müşterimiz)"
    # Finnish "asiakkaamme Merisatama Logistiikka Oy:n", Greek "ο πελάτης μας, Saronic Bulk"
    r"|(?i:asiakkaamme)|(?i:ο\s+πελάτης\s+μας|τον\s+πελάτη\s+μας|του\s+πελάτη\s+μας)"
    # Romanian "interviul cu clientul nostru, Novaderm Pharma România"
    r"|(?i:clientul(?:ui)?\s+(?:nostru|meu))"
    # Croatian "s našim klijentom, Učka Logistika d.o.o.", Bulgarian "с нашия клиент Искър
    # Енерджи АД", Indonesian "dengan klien kami, PT Kirana Home Appliances Indonesia"
    r"|(?i:(?:naš|našeg|našem|našim)\s+klijent(?:a|u|om)?|klijent(?:a|u|om)?(?=\s+(?-i:[A-ZČĆŠŽĐ])))"
    r"|(?i:(?:нашия|нашият|наш)\s+клиент)|(?i:klien\s+kami)"
    # ... and a testing bureau's "Atas permintaan PT Agro Wangsa Lestari Tbk" (at the request of)
    r"|(?i:atas\s+permintaan|atas\s+nama)"
    # ... and Lithuanian "mūsų klientas UAB „Dūnų Transportas“"
    r"|(?i:mūsų\s+klient(?:as|o|ui|u))"
    # ... and Slovene "Naša stranka Solkan Transport d.o.o."
    r"|(?i:naš[aie]?\s+strank\w*)"
    # ... and Latvian "mans klients Lielupe Capital", "mūsu klients"
    r"|(?i:(?:mans|mūsu)\s+klients)"
    # ... and Estonian "meie kliendi Aegna Investi esindajatega", Ukrainian "у нашого
    # клієнта, ТОВ «...»", "з нашим клієнтом"
    r"|(?i:meie\s+klien[td]\w*)|(?i:(?:нашого|нашим|наш)\s+клієнт\w*)"
    # ... and Slovak "u nášho klienta Vydrica Business Services s.r.o."
    r"|(?i:(?:nášho|našom|náš)\s+klient(?:a|ovi)?))"
    r"(?:\s*,\s*|\s+[\u2013\u2014-]\s+|\s+\(?)"
    # ("bei unserem Kunden, der Nuthetal Energie GmbH", "chez notre client, les Fromageries")
    r"(?:(?:der|die|den|dem|les|la|le|el|la|the|společnosti|firmy|tvrtke|tvrtka|tvrtki|kompanijom"
    r"|kompanije|firmom|podjetju|podjetje)\s+)?(?:(?:UAB|AB)\s+)?„?"
    # ("les Papeteries du Vivarais": a particle inside the name)
    # (a capital beyond ASCII: "Sarıyer Ödeme ve Elektronik Para Hizmetleri A.Ş.", Māori's
    # "Ōhau Energy")
    r"([A-ZÀ-ÝĞİŞČĆŠŽĐĀĒĪŌŪА-ЯІЇЄҐ][\w&'’.-]*(?:\s+(?:&\s+|(?:du|des|de|del|della|di|do|da|dos|van"
    r"|von|of|ve)\s+)?[A-ZÀ-ÝĞİŞČĆŠŽĐĀĒĪŌŪА-ЯІЇЄҐ][\w&'’.-]*){0,4})"
)
# ... or after its name: "agendei sua entrevista com a Ventos do Agreste Energia, nossa cliente"
_CLIENT_AFTER = re.compile(
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:(?:do|da|de|des|du|del|dos|das|&)[ \t]+)?[A-Z][\w&'’.-]*){0,4}),"
    r"[ \t]+(?i:nossa|nosso|notre|nuestra|nuestro|our|my|minha|meu)[ \t]+(?i:cliente|client)\b"
)
# ... or that commissioned a firm's part of the process: "Mutual Quintay Seguros nos ha
# encargado la evaluación psicolaboral de las personas finalistas"
_COMMISSIONED = re.compile(
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:(?:de|del|y|&)[ \t]+)?[A-Z][\w&'’.-]*){0,4})[ \t]+"
    r"nos[ \t]+(?:ha|han)[ \t]+encargado\b"
)
# A firm that says the person would be its own employee, whatever client it staffs or
# interviews with ("you would be employed by Narikala Software in Tbilisi, not by
# Havelstrom", its client's invite says): "le poste
# est un CDI chez Tamaris Nearshore Services : vous serez salarié(e) de Tamaris, ...
# affecté(e) au centre de services que nous opérons pour notre client ..."
_EMPLOYED_BY = re.compile(
    r"\b(?i:(?:(?:you|the\s+successful\s+(?:candidate|applicant))\s+(?:will|would|'ll|’ll)\s+be\s+)"
    r"employed\s+(?:directly\s+)?by"
    r"|le\s+poste\s+est\s+un\s+(?:CDI|CDD)\s+chez|vous\s+serez\s+salarié(?:\(e\)|e)?\s+(?:de|chez)"
    # a group's director interviewing for its subsidiary: "Le poste reste bien rattaché à CMT"
    r"|le\s+poste\s+(?:reste|est|sera)\s+(?:bien\s+)?rattaché\s+à"
    r"|(?:serás|será)\s+contratad(?:o|a|o\(a\)|o/a)\s+(?:directamente\s+)?por"
    # an agency's "Te recuerdo que la plaza es de Distribuidora Cerro Punta, S.A.: el contrato
    # sería directamente con ellos"
    r"|la\s+(?:plaza|vacante|posición)\s+es\s+(?:de|con)"
    # ... and an agency's "The job is with Ammiq Foods S.A.L." (not "the role is with Sarah
    # Lee", whom it reports to)
    r"|the\s+job\s+is\s+with"
    # ... and Azerbaijani, "əmək müqaviləsi birbaşa Quba Meyvə ilə bağlanacaq" (the contract is
    # signed directly with ...)
    r"|əmək\s+müqaviləsi\s+birbaşa)\s+"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:(?:de|du|des|del|&)[ \t]+)?[A-Z][\w&'’.-]*){0,4})"
)
# The employer named beside the job in an invitation written by hand: "thanks for applying
# for the Operations Manager job at Hollis & Vine Bakehouse".
_JOB_AT = re.compile(
    r"\b(?i:job|role|position|opening|vacancy|post|opportunity)\s+(?i:here\s+)?(?i:at|with)\s+"
    r"([A-Z][\w'’.-]*(?:\s+(?:&|and|of|[A-Z][\w'’.-]*)){0,5})"
)


# A title opening with a client's initials, after a word for a meeting or not: "FMP – C.
# Candidate / G. Whitford", "Reunião TIE – Casey Candidate".
_INITIALS_OPENING = re.compile(
    r"\s*(?:(?i:reunião|reunion|reunión|meeting|treffen|rencontre|rdv|call|gesprek)\s+)?([A-Z]{3,6})"
    r"\s+[-\u2013\u2014|:]\s"
)


class _With:
    """Splits "Technical Screen w/ Jane" into the part before "with" and the one after."""

    pattern = re.compile(r"\s+(?:w/|with|avec|mit|con)\s+", re.IGNORECASE)

    def partition_of(self, text: str) -> tuple[str, str, str]:
        parts = self.pattern.split(text, maxsplit=1)
        return (parts[0], " with ", parts[1]) if len(parts) == 2 else (text, "", "")


_WITH = _With()


@dataclass(frozen=True)
class Employer:
    company: str
    domain: str  # registrable domain of the employer's mail, "" when none is known


def employer_of(
    event: CalendarEvent,
    interviewers: tuple[Interviewer, ...],
    notes: Notes,
    rules: DetectRules,
    me: str,
) -> Employer:
    domain = employer_domain(event, interviewers, rules, me)
    company = _initials_kept(company_of(event, interviewers, notes, rules, domain), event)
    if domain in WHOLE_GOVERNMENT_DOMAINS:
        company = _body_signed_before(company, event.description) or company
        if company:
            return Employer(company, "")  # (its department, by name: "Torrens Valley ...")
    label = compact(domain_label(domain)) if domain else ""
    texts = [event.title, event.organizer_name, event.description, event.location]
    # an agency's invite for its client: the client employs, and its own people's next
    # invite comes from its own domain, not the agency's
    if (
        label
        and company
        and not matches_label(company, label)
        and not shortened_to(company, label)  # "MRU Recruitment": Macarthur Ridge University's
        and (
            _is_agency(spelled_out(label, texts), texts)
            or _their_client(company, texts)
            # (or a group's director interviewing for its subsidiary, which the letter says
            # employs: "Le poste reste bien rattaché à CMT")
            or _employed_named(company, event.description)
        )
    ):
        domain = ""
    return Employer(company, domain)


def _employed_named(company: str, description: str) -> bool:
    """Whether the letter says in so many words that `company` employs."""
    employed = _EMPLOYED_BY.search(description)
    return employed is not None and compact(employed.group(1)) == compact(company)


def _subsidiary_invited(named: list[str], event: CalendarEvent, label: str) -> str:
    """The subsidiary the title names on its group's domain, its own people invited from the
    domain it names: "Sumaco – Entrevista ..." from grupochancay.pe with people at
    sumaco.com.ec ("Tolqyn KZ" with people at tolqyn.kz), or one whose domain its name opens
    ("Aramazd – final round" with people at aramazdsoft.am, from the parent's
    verdugocloud.com); "" when none is."""
    labels = _attendee_labels(event) - {label}
    for name in named:
        squeezed = compact(name)
        if any(a == squeezed or (len(squeezed) >= 5 and a.startswith(squeezed)) for a in labels):
            return name
        # ... or its name and its country's code: "Tolqyn KZ" with people at tolqyn.kz
        country = re.fullmatch(r"(.{3,}?)\s+(?-i:[A-Z]{2})", name.strip())
        if country and compact(country[1]) in labels:
            return name
        # ... or its first word the domain's first, a word of five letters or more: "Ulduz
        # Telekom" with people at ulduzmobile.az
        first = compact(name.split()[0]) if len(name.split()) >= 2 else ""
        if len(first) >= 5 and any(a.startswith(first) for a in labels):
            return name
    return ""


def _attendee_labels(event: CalendarEvent) -> set[str]:
    """The squeezed labels of the domains the invite's required attendees write from (not an
    agency's consultant copied as optional)."""
    return {
        compact(domain_label(registrable(a.email.partition("@")[2].lower())))
        for a in event.attendees
        if "@" in a.email and a.role != "opt-participant"
    }


def _body_signed_before(portfolio: str, description: str) -> str:
    """The body a signature names before the portfolio a government's directory gives:
    "Torrens Valley Local Health Network | SA Health" employs, not SA Health."""
    if not portfolio:
        return ""
    signed = re.search(
        rf"(?m)^[ \t]*((?-i:[A-Z])[^|\n]{{3,80}}?)[ \t]*\|[ \t]*{re.escape(portfolio)}[ \t]*$",
        description[:5000],
    )
    return signed[1] if signed and _A_BODY_AT_END.search(signed[1]) else ""


_A_BODY_AT_END = re.compile(
    r"\b(?:Network|Department|Agency|Hospital|Service|Services|Authority|Office|Commission"
    r"|Council|University|Institute|Board|Directorate|Trust)$"
)


def _initials_kept(company: str, event: CalendarEvent) -> str:
    """A body's initials as the letter writes them: "ICAER" (its "Concurso 03/ICAER/2026"),
    "UNORR" (its "(UNORR)"), where a name read in capitals was taken for shouting."""
    if len(company) < 5 or not company.isalpha() or not company.istitle():
        return company
    written = re.search(rf"(?<![^\W\d_]){company.upper()}(?![^\W\d_])", event.description[:5000])
    return company.upper() if written else company


def _entity_of(label: str, texts: list[str]) -> str:
    """A body under a short shared domain, by the name it writes with its own initials: "United
    Nations Centre for Disaster Resilience (UNCDR)" at un.org, not "UN"."""
    if not 2 <= len(label) <= 3:
        return ""
    for acronym in re.findall(r"\(([A-Z]{3,8})\)", "\n".join(texts)[:10_000]):
        if acronym.casefold().startswith(label) and acronym.casefold() != label:
            named = _named_by_initials(acronym, texts)
            if named:
                return named
    return ""


def _first_word_and_letters(label: str, texts: list[str]) -> str:
    """ "Graniteview Diagnostics" at graniteviewdx.com, "Corvane Therapeutics" at
    corvanetx.com: the name's first word whole, then two letters for the next word, the
    first of them its initial, as life-science firms shorten theirs."""
    head, tail = label[:-2], label[-2:]
    if len(head) < 4 or not tail.isalpha():
        return ""
    for text in texts:
        for found in re.finditer(r"\b([A-Z][\w'’-]+)\s+([A-Z][a-z]{5,})\b", text):
            first, second = found.groups()
            if compact(first) == head and second[0].casefold() == tail[0]:
                return f"{first} {second}"
    return ""


def _word_then_initials(label: str, texts: list[str]) -> str:
    """ "Cégep de la Petite-Patrie" at cegeplpp.qc.ca: the name's first word whole, then
    the initials of the rest (a joining word counted or skipped, a hyphen's parts each)."""
    for text in texts:
        for found in re.finditer(r"\b[A-ZÀ-Ý][\w'’]{2,}", text[:5000]):
            head = fold_accents(found[0]).casefold()
            if not (label.startswith(head) and 2 <= len(label) - len(head) <= 4):
                continue
            rest = text[found.end() : found.end() + 80].split("\n", 1)[0]
            tokens = list(re.finditer(r"[^\W\d_][\w'’]*", rest))
            end = _initials_through(tokens, 0, label[len(head) :])
            if end:
                return found[0] + rest[: tokens[end - 1].end()]
    return ""


def _initials_through(tokens: list[re.Match[str]], at: int, letters: str) -> int:
    """How many tokens spell `letters` by their initials from `at`, joining words skipped
    or counted; 0 when they do not."""
    if not letters:
        return at
    if at >= len(tokens) or at > 6:
        return 0
    word = tokens[at][0]
    if fold_accents(word[0]).casefold() == letters[0] and (
        word[0].isupper() or word.casefold() in _JOINING
    ):
        through = _initials_through(tokens, at + 1, letters[1:])
        if through:
            return through
    return _initials_through(tokens, at + 1, letters) if word.casefold() in _JOINING else 0


_GROUP_WORD = re.compile(r"\b(?:group|grupo|groupe|gruppe|gruppo|groep|holdings?)\b", re.IGNORECASE)


def _brand_of_the_group(spelled: str, segments: list[str]) -> str:
    """The group's company the title names, on the group's domain: "Xirico Mobile |
    Entrevista – ..." from xiricogroup.com, which its people sign "Grupo Xirico"; "Carlisle
    Jamaica – final round" from carlislebaygroup.com ("Carlisle Bay Communications Group"),
    the group's own first word then the country it works in."""
    own = _GROUP_WORD.sub(" ", spelled).split()
    if not spelled or not own or own == spelled.split():
        return ""
    return next(
        (
            s
            for s in segments
            if (
                (s.split()[: len(own)] == own and len(s.split()) > len(own))
                or (len(own[0]) >= 4 and s.split()[0] == own[0] and 1 < len(s.split()) < len(own))
            )
            and not _GROUP_WORD.search(s)
        ),
        "",
    )


def _as_signed(name: str, description: str) -> str:
    """The name as a signature writes it whole after the writer's title: "Senior Talent
    Partner | Lydgate Cruise Hospitality" for the "Lydgate Cruise" its domain
    lydgatecruises.co.uk spells (a word or two more; not a legal form, a team, a stage or a
    job: "Acme Robotics Recruiting" stays Acme Robotics)."""
    # (and "& Patio" after it: "Coquina Home & Patio")
    pattern = (
        rf"(?m)\|[ \t]*({re.escape(name)}(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]+){{1,2}})[ \t]*(?=$|\|)"
    )
    for found in re.finditer(pattern, description):
        more = found[1][len(name) :].strip()
        legal = re.search(rf"(?i)(?:^|\s)(?:{LEGAL_FORMS.pattern})\.?(?:\s|$)", more)
        if not (
            legal
            or _A_TEAM.fullmatch(more)
            or _AGENCY.search(more)
            or roles.has_job_noun(more)
            or roles.strip_stage_words(more).strip() != more
        ):
            return found[1]
    return name


_TWO_NAMES = re.compile(
    r"\b([A-Z][\w'’-]{3,})[ \t]+((?:de|del|di|du|van|von|of)[ \t]+)?([A-Z][\w'’-]{3,})\b"
)


def _abbreviated_first_word(label: str, texts: list[str]) -> str:
    """ "Hogeschool Laakdal" at hslaakdal.nl, "Universiteit Haaglanden" at uhaaglanden.nl:
    the first word cut to letters of its own (its initial first), then the name whole.

    A name that opens a line (a signature's "Zavarovalnica Kras d.d.") wins over one in
    the prose, where a language may inflect it ("v Zavarovalnici Kras" at zav-kras.si)."""
    named = ""
    for text in texts:
        # (a particle between: "Universitat de Montcada" at udmontcada.cat)
        for found in _TWO_NAMES.finditer(text):
            first, particle, second = found.groups()
            rest = compact(second)
            head = label.removesuffix(rest)
            if head == label or not 1 <= len(head) <= 3 or head[0] != compact(first)[0]:
                continue
            if roles.in_order(head, compact(first + (particle or ""))):  # in order, its own letters
                spelled = f"{first} {particle or ''}{second}"
                at_line_start = found.start() == 0 or text[found.start() - 1] == "\n"
                if at_line_start and (not named or inflected_alike(named, spelled)):
                    return spelled
                named = named or spelled
    return named


def _as_named_whole(name: str, texts: Iterable[str]) -> str:
    """The name as the texts write it with its legal form, where the prose inflects it: an
    Estonian agency's "meie kliendi Aegna Investi" beside the address "Aegna Invest AS"."""
    for text in texts:
        for found in _WITH_LEGAL_FORM.finditer(text[:5000]):
            if found[1] != name and inflected_alike(name, found[1]):
                return found[1]
    return name


# What a domain adds after the name for the trade or the seat: madriverrx.com for "Mad River
# Pharmacy Services", a bank's "...hq", a firm's "...inc".
_TRADE_SUFFIXES = ("rx", "hq", "inc", "grp", "usa")


def _before_trade_suffix(label: str, texts: list[str]) -> str:
    """ "Mad River" at madriverrx.com: the name the text spells, less the suffix."""
    for suffix in _TRADE_SUFFIXES:
        stem = label.removesuffix(suffix)
        if stem != label and len(stem) >= 5 and (found := spelled_out(stem, texts)):
            return found
    return ""


# An organisation's own meeting account: "https://sedgeley.zoom.us/j/...", not Zoom's own
# servers ("us02web.zoom.us").
_VANITY_MEETING = re.compile(
    r"https?://(?!us\d+web\.|www\.|zoom\.)([a-z][a-z0-9-]{2,30})\.(?:zoom\.us|webex\.com)/", re.I
)
# A unit of an organisation, not the organisation: "School of Nursing", "Office of Research".
_A_UNIT = re.compile(
    r"(?:School|Department|Dept\.?|Office|Division|Faculty|Institute|Center|Centre|Unit)\s+(?:of|for)\b"
)
# An institution's own office after its name: "Mahasthan University Registrar Office".
_ITS_OFFICE = re.compile(
    r"\s+(?:Registrar(?:['’]s)?|HR|Human\s+Resources|Personnel|Establishment)\s+(?:Office|Section"
    r"|Division|Department)$"
)
_A_UNIT_AT_END = re.compile(r"\b(?:Unit|Office|Section|Division|Department|Directorate|Cell)$")
_PUBLIC_BODY = re.compile(
    r"\b(?:department|dept(?=\.)|agency|authority|office|ministry|commission|council|board|bureau|service"
    r"|institute|administration|division|executive)\b",
    re.IGNORECASE,
)


# A brand the invite says is the employer's own: "Hearth & Fern is part of the Marlow Street
# Retail Group family of brands", "Casa Maritaca, part of Grupo Maritaca".
_PART_OF = re.compile(
    r"\b([A-Z][\w'’.-]*(?:[ \t]+(?:&|and|[A-Z][\w'’.-]*)){0,4}),?[ \t]+(?:is\s+)?(?:a\s+|one\s+)?"
    r"(?:part|member)\s+of\s+(?:the\s+)?[A-Z]"
)


# ... or the name it trades under: "Motu Energy Group Limited, trading as Nīkau Power"
_TRADING_AS = re.compile(
    r"\b(?:trading\s+as|t/a|operating\s+as|doing\s+business\s+as|d/b/a|dba)\s+"
    r"([A-Z][\w'’.-]*(?:[ \t]+(?:&|and|[A-Z][\w'’.-]*)){0,4})"
)


def brands_of(text: str) -> list[str]:
    """The brands a text says belong to the organisation it names: after "part of", or
    the name it trades under."""
    text = text[:5000]
    return [
        m[1]
        for m in (*_PART_OF.finditer(text), *_TRADING_AS.finditer(text))
        if m[1].split()[0] not in {"The", "This", "That", "Our", "Your", "You", "We", "It", "I"}
    ]


def brand_label(brand: str, label: str) -> bool:
    """Whether a domain's label is the brand's ("hearthandfern" for "Hearth & Fern")."""
    return matches_label(brand, label) or matches_label(brand.replace("&", " and "), label)


def is_agency_name(name: str) -> bool:
    """Whether a name is a recruitment agency's by its words ("Andorinha Executive Search")."""
    return bool(_AGENCY.search(name))


def _is_agency(name: str, texts: list[str]) -> bool:
    """Whether `name` is a recruitment agency's, as it is written or signs itself
    ("Harcastle Finch" in "Harcastle Finch Recruitment"; "Calumet Harbor Logistics
    Recruiting" is the employer's own team)."""
    if not name:
        return False
    joined = "\n".join(texts)
    return (
        is_agency_name(name)
        or (
            not _AN_EMPLOYERS_OWN_TEAM.search(name)
            and bool(
                re.search(
                    rf"{re.escape(name)}\s+(?:{_AGENCY_AFTER.pattern})", joined, re.IGNORECASE
                )
            )
        )
        # ("Entrevista Atabey – Supervisor(a) WFM (Casey Candidate) – vía Talento Insular": the
        # firm the interview comes through)
        or bool(re.search(rf"(?i:\b(?:via|vía|through)\s+){re.escape(name)}\b", joined))
    )


def _their_client(company: str, texts: list[str]) -> bool:
    """Whether the invite's writer calls the company their client: "your first interview with
    our client Nafoud Foods Co. (KSA)" comes from an agency, whatever it calls itself."""
    return bool(
        re.search(
            rf"\b(?:our|my)\s+client,?\s+{re.escape(company)}\b", "\n".join(texts), re.IGNORECASE
        )
    )


# A body whose "Recruitment" after its name is its own team, not an agency: "Kingsbury
# University Recruitment" on PageUp's invite for the university's own panel.
_AN_EMPLOYERS_OWN_TEAM = re.compile(
    r"\b(?:university|college|school|hospitals?|health|council|ministry|department|NHS|trust"
    r"|police|government)\b",
    re.IGNORECASE,
)


def employer_domain(
    event: CalendarEvent, interviewers: Iterable[Interviewer], rules: DetectRules, me: str
) -> str:
    """The registrable domain most of the employer's people write from, "" if none.

    The interviewers' domains count first: the employer is who interviews. An
    agency consultant who arranged the call, or a coordinator at a staffing
    firm, writes from another domain and only breaks a tie between them.
    """
    own = {registrable(d) for d in rules.work_domains}
    own |= {registrable(a.partition("@")[2]) for a in {me, *rules.my_addresses} if "@" in a}

    def counted(addresses: Iterable[str]) -> Counter[str]:
        counts: Counter[str] = Counter()
        for address in addresses:
            address = canonical_address(address)
            domain = address.partition("@")[2]
            if domain and not is_mine(address, me, rules) and not _useless_domain(address, own):
                counts[registrable(domain)] += 1
        return counts

    interviewing = counted(i.email for i in interviewers)
    everyone = counted([event.organizer_email, *(a.email for a in event.attendees)])
    organising = counted([event.organizer_email])
    if interviewing or everyone:
        # (a tie goes to the organiser's domain, then to the first in the alphabet: never to
        # the order a set happens to keep, which changes from run to run)
        return min(
            set(interviewing) | set(everyone),
            key=lambda d: (-interviewing[d], -everyone[d], -organising[d], d),
        )
    # Nobody on the invite writes from the employer (a tracking system sent it), but it
    # names where to write: "To request a different time, email careers@qushield.ca".
    written = counted(_ADDRESS.findall(event.description[:5000]))
    return next(iter(written)) if len(written) == 1 else ""


# (from the start of a word only: a run of 5,000 letters is tried once, not 5,000 times;
# a top-level name of letters, not a Teams link's "...@thread.v2")
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])(?!\.\w)")


def _useless_domain(address: str, own: set[str]) -> bool:
    domain = address.partition("@")[2]
    return (
        domain.endswith(".invalid")
        or is_free_mail(domain)
        or is_tool_address(address)
        or (is_group_address(address) and "calendar.google.com" in domain)
        or registrable(domain) in own
    )


# --------------------------------------------------------------------------- company


_TITLE_PARTS = re.compile(r"\s+[-\u2013\u2014|:]\s+|\s*[()]\s*")


def company_of(
    event: CalendarEvent,
    interviewers: tuple[Interviewer, ...],
    notes: Notes,
    rules: DetectRules,
    domain: str = "",
) -> str:
    if notes.company:
        named = clean(notes.company)
        # (and its address after it: "Bellamont Pharma Ireland, Unit 4 Airside Business Park")
        named = re.sub(r",\s+(?=[^,]*\d)[^\n]*$", "", named) or named
        # (or its town in brackets: "Mesilla Valley Regional Medical Center (Las Cruces, NM)")
        named = re.sub(r"\s*\((?-i:[A-Z])[\w .'’-]+,\s*(?-i:[A-Z]{2})\)$", "", named) or named
        # "Organization: Kilbourn Health System - Corporate Finance", the title ending
        # "- Kilbourn Health System": the employer, its department after the dash
        head = re.split(r"\s+[-\u2013\u2014|]\s+", named)[0]
        if head != named and compact(head) in {compact(t) for t in _TITLE_PARTS.split(event.title)}:
            return head
        return named
    for address in [event.organizer_email, *(i.email for i in interviewers)]:
        known = address.partition("@")[2].lower()
        for candidate in (known, registrable(known) if known else ""):
            if candidate and candidate in rules.companies:
                return rules.companies[candidate]
    people = _people_names(event, interviewers, rules)
    client = (
        _CLIENT.search(event.description)
        or _CLIENT_AFTER.search(event.description)
        or _COMMISSIONED.search(event.description)
    )
    employed = _EMPLOYED_BY.search(event.description)
    if employed and not is_agency_name(employed.group(1)):
        # (a firm's own hire, placed with a client or interviewed by it: the firm employs)
        return _as_named_whole(employed.group(1), [event.description])
    if client:  # an agency's invite: the employer is its client, not the agency
        # (a Turkish case ending after an apostrophe goes: "Yelken Perakende A.Ş.'nin")
        said = re.sub(r"['’][a-zçğıöşü]{1,4}\b.*$", "", client.group(1))
        # a name with its legal form is one name, its "et" and "and" with it: "notre client,
        # Moulins et Provenderies du Saloum SA (MPS)"
        whole = re.match(
            r"\s*((?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?:(?:et|and|&|de|du|des|of|the|la|le)\s+)?"
            r"(?-i:[A-ZÀ-Ý])[\w'’-]*){1,6})\s+(?i:" + LEGAL_FORMS.pattern + r")(?!\w)",
            client.string[client.start(1) : client.start(1) + 200],
        )
        if whole and re.search(r"\s(?:et|and|&)\s", whole[1]):
            return whole[1]
        named = [
            _as_named_whole(n, [event.location, event.description])
            for n in title_segments(first_sentence(said).rstrip("."), people, rules)
        ]
        if named and re.search(
            r"\b(?:der|dem)\s+$", client.string[client.start() : client.start(1)]
        ):
            # German in the dative, "bei unserer Mandantin, der Alpenländischen
            # Rückversicherung AG": the name as it is, "Alpenländische"
            return re.sub(r"(?<=\w)ischen\b", "ische", named[0])
        if named:
            return named[0]
    opening = re.match(_INITIALS_OPENING, event.title)
    if opening and _AGENCY_AFTER.search(event.description[:5000]):
        # a search firm's invite titled by its client's initials, spelled out in its letter:
        # "FMP – C. Candidate / G. Whitford & N. Petrosyan", "Fulton Market Provisions would
        # like you to meet with ..." ("Harlan Reeve Partners | Retained Executive Search")
        own = compact(domain_label(domain)) if domain else ""
        for initials in opening.groups():
            spelled = _named_by_initials(initials, [event.description])
            if (
                spelled
                and not _AGENCY.search(spelled)
                and not roles.has_job_noun(spelled)
                and not (own and compact(spelled).startswith(own))
            ):
                return spelled
    # "…株式会社" in the title, or in the description of a title written in CJK (a
    # recruiter's own 株式会社 signs an English title's "Thistlemoor Diagnostics Japan")
    written = cjk.company(event.title) or (
        cjk.company(event.description[:5000]) if cjk.has_cjk(event.title) else ""
    )
    if not written and _HEBREW.search(event.title):
        # "שוהם מערכות אלקטרוניות בע"מ" on a line of the signature: the name with its "Ltd."
        signed = _HEBREW_LTD.search(event.description[:5000])
        written = f"{signed[1]} {signed[2]}" if signed else ""
    if not written and domain:
        # a Ukrainian firm with its legal form and its name in quotes, which its domain spells
        # in Latin letters: "ТОВ «ПоштаРух»" at poshtarukh.ua, "АТ «Банк Оберіг»" at
        # oberigbank.ua (its words in either order)
        written = _ukrainian_firm(event.description[:5000], domain_label(domain))
    if written:
        return written
    segments = title_segments(clean(event.title), people, rules)
    # a job board's confirmation says whom the interview is with: "Tu entrevista con Sondea
    # Insights", "Mensaje de Sondea Insights:" (the title's last part is the job's field)
    told = [
        s
        for s in segments
        if re.search(
            r"(?i:\b(?:interview|entrevista|entretien|colloquio|gespräch)\s+(?:with|con|avec|mit|com)"
            r"|\b(?:message|mensaje|messaggio|nachricht|mensagem)\s+(?:from|de|di|von|da))\s+"
            + re.escape(s)
            + r"\b",
            event.description[:3000],
        )
    ]
    if told:
        segments = [told[0], *(s for s in segments if s != told[0])]
    employing = _job_with(event, segments) or _interviewers_of(event, segments)
    if employing:
        return employing
    # (not a team the letter names: "the Senior Analyst (C1) post in the Labour Market
    # Evidence team")
    segments = [
        s
        for s in segments
        if not re.search(
            rf"\bthe\s+{re.escape(s)}\s+(?:team|unit|division|directorate|branch)\b",
            event.description[:5000],
            re.IGNORECASE,
        )
        and not _NUMBERED_PROCESS.match(s)
    ]
    # (nor the part of town the location names after the building: "Final round – Rangdhanu
    # Group HR (Tejgaon)" at "Rangdhanu Tower, Tejgaon I/A, Dhaka")
    later_parts = event.location.split(",")[1:]
    segments = [
        s
        for s in segments
        if not any(p.strip().startswith(s + " ") or p.strip() == s for p in later_parts)
    ] or segments
    # (nor a site the note says it is: "Appel RH Lorraine Aciers Services (Thionville)" over
    # "usine de Thionville-Illange")
    segments = [
        s
        for s in segments
        if not re.search(
            rf"\b(?:usine|site|agence|sede|planta|plant|siège|Standort|Werk)\s+(?:de\s+|d['’]|du\s+)?"
            rf"{re.escape(s)}\b",
            event.description[:5000],
            re.IGNORECASE,
        )
    ] or segments
    # a body's initials in the title's brackets after a job, spelled out in the letter:
    # "Entrevista - Tècnic/a superior de planificació logística (AVLI)" and "l'Agència
    # Valenciana de Logística i Intermodalitat"
    for bracket in re.findall(r"\(([A-Z]{3,6})\)", event.title):
        spelled = _named_by_initials(bracket, [event.description])
        # (not a unit of the employer: "Statistician (IQAU)", the "Internal Quality Assurance
        # Unit" of the university the title's "NUH" stands for)
        # (nor the job's own kind: "MIS and M&E Specialist (NIC)", a National Individual
        # Consultant)
        if (
            bracket not in segments
            and spelled
            and not _A_UNIT_AT_END.search(spelled)
            and not roles.has_job_noun(spelled)
        ):
            segments = [bracket, *segments]
    label = compact(domain_label(domain)) if domain else ""
    texts = [event.title, event.organizer_name, event.description, event.location]
    if _SWISS_CANTON.fullmatch(domain):
        # a canton's own domain, etat.ge.ch: the canton its people sign ("République et
        # canton de Genève"), not "État" or "GE"
        signed = _A_CANTON.search("\n".join(texts[1:]))
        if signed:
            return signed[0]
    if label == "gov":
        # a government's own domain, gov.scot or gov.wales: the government its people sign;
        # gov.mt: the ministry the letter names ("in the Ministry for Maritime Affairs and
        # Heritage"), never "GOV"
        signed = _A_GOVERNMENT.search("\n".join(texts[1:])) or _A_MINISTRY.search(
            "\n".join(texts[1:])
        )
        if signed:
            return signed[0]
    # a state's shared domain, its directory tagging each name with the agency: "Boateng,
    # Efua (DCWR)" at mass.gov, the letter signed "Massachusetts Department of Community
    # Water Resilience"
    tags = {
        m[1]
        for name in [event.organizer_name, *(a.name for a in event.attendees if not a.is_self)]
        if (m := re.search(r"\(([A-Z]{3,6})\)\s*$", name or ""))
    }
    # ... or a health network's directory tagging each name with the organisation's initials:
    # "Élodie Vaillancourt (CIUSSS SOIM)" at Québec's shared ssss.gouv.qc.ca
    tagged = [
        m[1]
        for name in [event.organizer_name, *(a.name for a in event.attendees if not a.is_self)]
        if (m := re.search(r"\(([A-Z]{2,8}(?:\s+[A-Z]{2,8})+)\)\s*$", name or ""))
    ]
    if len(tagged) >= 2 and len(set(tagged)) == 1:
        return tagged[0]
    # (two tags: the interviewers' agency, not the personnel office that sends the invite:
    # "Etheridge, Marisol (DOA)" for "Rasmusson, Hollis J (DFG)" and "Kvasnikoff, Tatiana (DFG)")
    theirs = {
        m[1]
        for name in (
            a.name
            for a in event.attendees
            if not a.is_self and a.email.lower() != event.organizer_email.lower()
        )
        if (m := re.search(r"\(([A-Z]{3,6})\)\s*$", name or ""))
    }
    if len(tags) == 2 and len(theirs) == 1:
        tags = theirs
    unit = _named_by_initials(tags.pop(), texts[2:]) if len(tags) == 1 else ""
    state = (
        re.search(rf"\b({re.escape(label)})[ \t]+{re.escape(unit)}", "\n".join(texts[2:]), re.I)
        if unit and label
        else None
    )
    if state:  # ... with the state's name the letter writes before it: "Alaska Dept. of ..."
        unit = f"{state[1]} {unit}"
    if unit and not _RECRUITING_SUFFIX.sub("", unit).strip():
        unit = ""  # "Ibarra, Marisol (BHR)": the body's personnel bureau, not the employer
    # (a public body's, under a government's shared domain: not a bank's "(DWM)" team)
    if unit and _PUBLIC_BODY.search(unit) and re.search(r"\.(?:gov|gouv|gob|govt)(?:\.|$)", domain):
        return unit
    sub = _own_subdomain([event.organizer_email, *(i.email for i in interviewers)], domain)
    if sub:
        # a body under a department's domain writes from its own subdomain: the "Souhegan
        # State Public Health Laboratory" at sphl.nh-dhsp.gov is the employer, not the
        # department its signature also names
        named = next((g for g in segments if matches_label(g, sub)), "") or spelled_out(sub, texts)
        if named:
            return named
    if label:
        # "Canadian Federation of Beekeepers" at beekeepers.ca: a body named after its members,
        # in the title or a booking page's event name (Calendly's title is only "<invitee> and
        # <host>")
        booked = roles.EVENT_NAME_LINE.findall(event.description[:3000])[:1]
        for segment in [*segments, *(s for b in booked for s in title_segments(b, people, rules))]:
            squeezed = compact(segment)
            if squeezed != label and squeezed.endswith(label) and _MEMBERS_BODY.search(segment):
                return segment
        # a part of the title that spells the domain whole, though a word of it is also a
        # stage's: "Marina Loop | Product Analyst - Growth" from marinaloop.io
        spelled_whole = [
            p.strip()
            for p in _SEPARATORS.split(event.title)
            if compact(p) == label and " " in p.strip()
        ]
        if spelled_whole and not any(compact(s) == label for s in segments):
            return spelled_whole[0]
        for segment in segments:
            if matches_label(segment, label):
                named = _words_of_domain(_without_site(segment), domain)
                head, _, rest = named.partition(" ")
                if rest and head.isupper() and compact(head) == label:
                    # "KCPL Regulatory": the employer's initials, then its department
                    return spelled_out(label, texts) or head
                words = named.split()
                for end in range(1, len(words)):
                    if (
                        compact(" ".join(words[:end])) == label
                        and _A_TEAM.fullmatch(" ".join(words[end:]))
                        # (not the name a tracking system sends under: "Harborline
                        # Analytics" from Lever, at harborline.io)
                        and compact(event.organizer_name) != compact(named)
                    ):
                        # "Sawback Rail Network Ops" at sawbackrail.com: the name the domain
                        # spells, then the team (not "Mercy General Hospital")
                        return " ".join(words[:end])
                if label.startswith(compact(named)) and compact(named) != label:
                    # "Mactan Code" in the title, "Mactan Codeworks" in the address: the name
                    # written whole where the event writes it so
                    # (the title's last word cut short, not a word left off: "Harvest
                    # Commons" stays short of "Harvest Commons Food")
                    spelled = spelled_out(label, texts)
                    if (
                        spelled
                        and compact(spelled) == label
                        and len(spelled.split()) == len(named.split())
                    ):
                        return spelled
                return named
        # the name in a case of its own in the title, one word: Estonian "Tutvumisvestlus
        # Rahakratiga" (with Rahakratt) from rahakratt.ee: the name the domain spells
        for segment in segments:
            squeezed = compact(segment)
            if (
                " " not in segment.strip()
                and min(len(squeezed), len(label)) >= 6
                and not (squeezed.startswith(label) or label.startswith(squeezed))
                and inflected_alike(squeezed, label)
            ):
                return company_from_domain(domain, texts)
        # "QM Rev Analytics" from quillmate.com: letters of the domain's one word, in order and
        # its initial first, then a team: the employer is the domain's, by the name it writes
        for segment in segments:
            short = re.fullmatch(r"([A-Z]{2,4})\s+(.+)", segment)
            if (
                short
                and label.startswith(short[1][0].lower())
                # (not the domain's own first letters: "HDB Market Risk" at hdbfinancial.com)
                and not label.startswith(short[1].lower())
                and roles.in_order(short[1].lower(), label)
                and _A_TEAM.fullmatch(short[2])
            ):
                return spelled_out(label, texts) or company_from_domain(domain, texts)
        # "MRA OCC – onsite" from magnoliaair.com, the letter signed "Magnolia Regional
        # Airlines": the initials that open the title spelled out, their first word the
        # domain's (the unit after them, "OCC", is no part of the employer)
        for segment in segments:
            opening = re.match(r"([A-Z]{2,5})\s+[A-Z]{2,5}$", segment)
            spelled = _named_by_initials(opening[1], texts[2:]) if opening else ""
            if spelled and label.startswith(compact(spelled.split()[0])):
                return spelled
        # "DOTL | Managerial Round | DE (ADB)" from deccanorbit.com: the initials its domain's
        # words start ("Deccan Orbit"), not a project's in brackets
        initials = "".join(w[0] for w in company_from_domain(domain).split()).upper()
        for segment in segments:
            if len(initials) >= 2 and _ACRONYM.fullmatch(segment) and segment.startswith(initials):
                return segment
        # "KLS panel interview Sr. Demand Planner" from kls-litho.com: the initials that
        # open the title are the domain's first part
        head = domain_label(domain).split("-")[0].upper()
        if len(head) >= 3 and _ACRONYM.fullmatch(head) and head in event.title.split():
            return head
        # ... or that its letter signs with, in capitals: "ARCIM - Agenzia Regionale ..." from
        # arcim-campania.it (the region after the hyphen is no part of the name)
        if (
            "-" in domain_label(domain)
            and len(head) >= 4
            and _ACRONYM.fullmatch(head)
            and re.search(rf"(?m)^\s*{head}\s+[-\u2013\u2014|]\s+\S", event.description[:5000])
        ):
            return head
        # (the name a hyphenated label's initials stand for before the label spelled as
        # initials: "Public Accounts and Fiscal Analysis Canada" for pafac-apafc.gc.ca, not
        # a signature's "(PAFAC/APAFC)")
        spelled = (
            city_government(domain)
            or _entity_of(label, texts)
            or _initials_spelled(domain_label(domain), texts)
            or _regional_initials(domain, texts)
            or spelled_out(label, texts)
            # a body whose domain is its initials in Latin letters, its name written in
            # Greek: "Αρχή Αφαλάτωσης Κύπρου" at aak.org.cy
            or _named_in_greek(label, texts)
        )
        seen = f"{event.location}\n{event.description}".casefold()
        others = [s for s in segments if not matches_label(s, label) and s.casefold() in seen]
        if _is_agency(spelled, texts) and others:
            # "INTERVIEW CONFIRMATION - GREYHAVEN COLD STORAGE" from a staffing firm's
            # recruiter: the firm arranges, the company the title names employs.
            return others[0]
        # a group's subsidiary on the group's domain: "Interview – Commercial Analyst (Tea) –
        # Hatton Ridge Plantations PLC", "the position of ... at Hatton Ridge Plantations PLC"
        # from wijeratne.lk, the parent's
        firm = next(
            (
                o
                for o in others
                if re.search(
                    rf"\b(?:at|with|of)\s+{re.escape(o)}(?:\s+|\s*\(Pvt\)\s*)?(?:PLC|Ltd|Limited"
                    r"|Inc|LLC|GmbH)\b",
                    event.description[:5000],
                )
            ),
            "",
        ) or _subsidiary_invited(
            # (the title's segment alone may name it: "Tolqyn KZ – final round" from the
            # parent's director, with Tolqyn's own people invited)
            [s for s in segments if not matches_label(s, label)],
            event,
            label,
        )
        if firm and spelled and compact(firm) != compact(spelled):
            return firm
        brand = _brand_of_the_group(spelled, segments)
        if brand:
            return brand
        if spelled:
            whole = _quoted_whole(spelled, event.description[:5000])
            return whole or _as_signed(_its_city_hall(spelled, texts), event.description[:5000])
        shortened = (
            _first_word_and_letters(label, texts)
            or _word_then_initials(label, texts)
            or _before_trade_suffix(label, texts)
            or _abbreviated_first_word(label, texts)
        )
        if shortened:
            return shortened
        # "Usinas Hidrelétricas | Energética Serra do Espinhaço" from espinhacoenergia.com.br:
        # the segment with a word of the domain's, before a department named first
        sharing = [
            segment
            for segment in segments
            if any(len(w) >= 5 and w in label for w in map(compact, segment.split()))
        ]
        if sharing and sharing[0] != segments[0]:
            return sharing[0]
        signed = _named_with_legal_form(event.description, label)
        if signed:
            return signed
    by_tool = bool(event.organizer_email) and is_tool_address(event.organizer_email)
    if by_tool:
        # "District Manager, Austin Metro – Tallowmere Home Goods" from "Olivia at Tallowmere
        # Home": the segment the system's sender name begins, not the job's territory
        sender = _sender_business(event.organizer_name)
        for segment in segments:
            if sender and compact(segment).startswith(sender):
                return segment
        # "Intervju: HR-specialist – Öresundsfrakt AB" from "Tyra Rydahl via Teamtailor": the
        # title's name with its legal form, not the recruiter the system writes for
        for segment in segments:
            if re.search(
                rf"{re.escape(segment)}\s*,?\s+(?:{LEGAL_FORMS.pattern})", event.title, re.I
            ):
                return segment
    from_organizer = _from_organizer(
        event.organizer_name, people, label, by_tool, event.description, event.organizer_email
    )
    if from_organizer and _AGENCY.search(from_organizer):
        # "State Recruitment Service" sends a competition's invite for the "Marine Data
        # Office" its title and letter name: the service recruits, the office employs
        seen = f"{event.location}\n{event.description}".casefold()
        named = [s for s in segments if s.casefold() in seen and not _AGENCY.search(s)]
        if named:
            return named[0]
    if from_organizer:
        return from_organizer
    job_at = _JOB_AT.search(event.description[:5000])
    if job_at and not label:  # no employer domain to go by (free mail, a tool)
        named = title_segments(first_sentence(job_at.group(1)).rstrip("."), people, rules)
        if named:
            return named[0]
    at = _PLACE.match(event.location) if not label else None
    if (
        at
        and at.group(1).strip() in event.description
        and not is_room_name(at.group(1))
        and not _only_a_venue(at.group(1).strip(), event.description)
    ):
        # "Maplecrest Dental Centre, 2250 Bloor St W", signed the same way: the practice
        named = title_segments(at.group(1), people, rules)
        if named:
            return named[0]
    behalf = _ON_BEHALF.search(event.description)
    if behalf:
        named = title_segments(behalf.group(1), people, rules)
        if named:
            return named[0]
    # a university's own Zoom account ("sedgeley.zoom.us") when the title names only a unit of
    # it: "Search Committee Interview - Director of Finance & Administration, School of Nursing"
    vanity = _VANITY_MEETING.search(f"{event.location}\n{event.description[:5000]}")
    if vanity and not label and segments and _A_UNIT.match(segments[0]):
        return spelled_out(vanity[1], texts) or vanity[1].capitalize()
    # ... and a Zoom account named as its own address, whatever the title's brackets hold:
    # "UNDRP Ethiopia is inviting you to a scheduled Zoom meeting" from undrp.zoom.us over
    # "Interview – NPO (Data & Analytics), NOC – Ethiopia"
    host = zoom_host(event.description)
    if vanity and not label and host and compact(host).startswith(vanity[1].casefold()):
        return host
    if segments:
        # "PVSU Assistive Robotics Lab": the institution's initials, then its unit
        unit = _INITIALS_THEN_UNIT.fullmatch(segments[0])
        return unit[1] if unit else segments[0]
    # "Competition: Higher Executive Officer (Compliance) - Irish Payments Oversight Authority":
    # a public service's field gives the post, then the body it is for
    post, _, body = notes.role.rpartition(" - ")
    if post and _BODY_WORDS.search(body) and not roles.has_job_noun(body):
        return body.strip()
    # "SMEA Lineworker Apprentice Interview", the panel's header "(Sawtooth Mesa Electric
    # Association)": the title's initials, written out
    # (not a job's: "Pharmacist (CPS)", "Clinical Pharmacy Specialist")
    # "GBUH EDW Senior Data Engineer" on greatbasinhealth.zoom.us: the initials the Zoom
    # account's words start and end, not a department's ("EDW") the text spells out
    account = _account_initials(event) if not domain else ""
    if account:
        return account
    # a line typed above a Zoom copy's text, the employer between the round and the post:
    # "Entrevue SQÉÉ – poste Analyste principal(e), ... – avec M. Benoît Lessard-Hamelin"
    typed = _ROUND_EMPLOYER_POST.match(event.description) if not domain else None
    if typed and _could_be_company(typed["name"], people, rules):
        return typed["name"]
    for found in re.finditer(r"\b[A-Z]{3,6}\b", event.title) if not domain else ():
        initials = found.group(0)
        spelled = _named_by_initials(initials, [event.description, event.location])
        # (not a unit's: "ORS Budget Analyst" for "Budget Analyst, Office of Research Services"
        # on a university's Zoom)
        # (nor the field of the job they stand before: "MEL Manager" for "Monitoring,
        # Evaluation & Learning (MEL) Manager")
        if (
            spelled
            and not roles.has_job_noun(" ".join(event.title[found.end() :].split()[:1]))
            and not roles.has_job_noun(spelled)
            and not is_department(spelled)
            and not _A_UNIT_AT_END.search(spelled)
        ):
            return spelled
    # "Putah Creek College is inviting you to a scheduled Zoom meeting": the account is the
    # employer's, not a person's (nor its recruiting team's: "Research Services Recruitment")
    host = zoom_host(event.description)
    if host and _BUSINESSLIKE.search(host) and not domain and not _HIRING_TEAM.search(host):
        # (the body, not its unit: "Servicio de Investigación - Universidad de Marismas ...")
        body = next((h for h in reversed(host.split(" - ")) if _BUSINESSLIKE.search(h)), host)
        # (not its office that sends the link: "Mahasthan University Registrar Office")
        return _ITS_OFFICE.sub("", body) or body
    # ... or its branch in a country, the name the letter uses without it: "Dafatir UK is
    # inviting you" for Dafatir, "Programme Funding Lead, Dafatir UK"
    branch = re.fullmatch(r"([A-Z][\w'’-]{2,}(?:\s+[A-Z][\w'’-]+){0,2})\s+[A-Z]{2}", host or "")
    said = re.findall(rf"\b{re.escape(branch[1])}\b", event.description) if branch else []
    if branch and not domain and len(said) >= 2:
        return branch[1]
    texts = (event.title, event.description, event.location)
    if not domain:
        # a Zoom copy with nobody on it: the account's own address names the employer
        # ("https://bowfortenergy.zoom.us/j/..." is Bowfort Energy's)
        vanity = _ZOOM_ACCOUNT.search(f"{event.location}\n{event.description[:3000]}")
        if (  # (not Zoom's own regional hosts: us02web.zoom.us)
            vanity
            and vanity[1] not in _GENERIC_SUBDOMAINS
            and not re.fullmatch(r"[a-z]{2}\d{2}web|events|success|support|explore", vanity[1])
            # (nor a network's service shared by its members: Portugal's universities meet
            # on "videoconf-colibri.zoom.us")
            and not re.search(r"videoconf|video|webinar|conferenc", vanity[1], re.I)
        ):
            # a university's account, "newhope-edu.zoom.us": "New Hope University" as the text
            # writes it, or the title's initials for it ("SSU" for superstition-edu)
            # (or "twooceans-ac-za.zoom.us": a South African or British academic one)
            name, edu = re.subn(r"-?(?:edu|ac-[a-z]{2}|edu-[a-z]{2})$", "", vanity[1].lower())
            if edu:
                spelled = spelled_out(compact(name), texts)
                if spelled:
                    return spelled
                initials = re.search(rf"\b{name[:1].upper()}[A-Z]{{0,4}}U\b", event.title)
                # (else its name's words, without the "edu": "Salish Sea" for salishsea-edu)
                return initials[0] if initials else company_from_domain(f"{name}.edu", texts)
            return (
                _parts_written(vanity[1], texts)
                or _acronym_with_country(vanity[1], texts)
                or company_from_domain(f"{vanity[1]}.com", texts)
            )
    if not domain:
        # the person's own Zoom copy, no one's address on it: an Indonesian firm named with
        # its "PT" before it ("Interview posisi Supply Chain Analytics Lead, PT Tirta Bening
        # Nusantara")
        for found in _PT_NAMED.finditer(event.description[:3000]):
            name = re.sub(r"[ \t]+Tbk$", "", found[1])  # (a listed company's "Tbk" after it)
            if not roles.has_job_noun(name) and _could_be_company(name, people, rules):
                return name
    return company_from_domain(domain, texts) if domain else ""


_HIRING_TEAM = re.compile(
    r"\b(?:recruitment|recruiting|talent(?:\s+acquisition)?|hr|human\s+resources|careers|jobs|hiring"
    r"|resourcing)(?:\s+team)?$",
    re.IGNORECASE,
)
_PT_NAMED = re.compile(r"\bPT\.?[ \t]+((?-i:[A-Z][\w&'’-]+)(?:[ \t]+(?-i:[A-Z][\w&'’-]+)){1,4})")


_ROUND_EMPLOYER_POST = re.compile(
    r"\s*(?:Entrevue|Entretien|Interview|Entrevista|Colloquio|Gespräch|Gesprek)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,3})\s+[-\u2013\u2014]\s+"
    r"(?:poste|position|role|rôle|puesto|vaga|Stelle|posizione|functie|vacature)\b"
)


def _its_city_hall(name: str, texts: Iterable[str]) -> str:
    """ "Ville de Montréal" for montreal.ca: a city's domain is its government's, as the
    texts name it ("au Service de l'urbanisme ... de la Ville de Montréal")."""
    if " " in name.strip():
        return name
    for text in texts:
        found = re.search(
            r"\b(?:Ville\s+de|City\s+of|Town\s+of|Municipalité\s+de|Comune\s+di|Ciudad\s+de"
            rf"|Prefeitura\s+de|Stadt|Gemeente)\s+{re.escape(name)}\b",
            text[:5000],
        )
        if found:
            return found[0]
    return name


def _acronym_with_country(label: str, texts: Iterable[str]) -> str:
    """ "NTH" for a Zoom account nth-se: the initials before a country's code, as the texts
    write them ("ref. NTH-2026-0731")."""
    head, _, country = label.rpartition("-")
    if len(country) != 2 or not 2 <= len(head) <= 5 or not head.isalpha():
        return ""
    found = any(re.search(rf"\b{head.upper()}\b", text[:5000]) for text in texts)
    return head.upper() if found else ""


def _parts_written(label: str, texts: Iterable[str]) -> str:
    """ "Uni am Schottentor" for a Zoom account univ-schottentor: a label's two parts as the
    text writes the name, the first shortened and a small word between ("am", "of")."""
    parts = label.lower().split("-")
    if len(parts) != 2 or len(parts[0]) < 3 or len(parts[1]) < 4:
        return ""
    pattern = (
        rf"\b{re.escape(parts[0][:3])}[^\W\d_]{{0,{max(0, len(parts[0]) - 3)}}}\.?"
        r"(?:\s+(?:am|an|im|der|de|del|di|du|of|the|la|le|van|von))?"
        rf"\s+{re.escape(parts[1])}\b"
    )
    for text in texts:
        found = re.search(pattern, text[:5000], re.IGNORECASE)
        if found and found[0][:1].isupper():
            return found[0]
    return ""


def _only_a_venue(place: str, description: str) -> bool:
    """Whether the description writes the place only where it says where to go: "Venue:
    Public Appointments Service, Chapter House, 26/30 Abbey Street Upper" (a building the
    interview is held in, not the employer signing)."""
    lines = [line for line in description.splitlines() if place in line]
    # (its own address line in a signature says where too: "Chapter House, 26/30 Abbey ...")
    address = re.compile(rf"^\s*{re.escape(place)}\s*,\s*\d")
    return bool(lines) and all(_VENUE_LINE.match(line) or address.match(line) for line in lines)


_VENUE_LINE = re.compile(
    r"^\s*(?:venue|address|location|where|place|adresse|lieu|indirizzo|luogo|ort|adres|locatie"
    r"|dirección|lugar|endereço|local)\s*:",
    re.IGNORECASE,
)


def _account_initials(event: CalendarEvent) -> str:
    """The title's initials of the employer whose Zoom account hosts the meeting: "GBUH" for
    greatbasinhealth.zoom.us (Great Basin ... Health)."""
    vanity = _ZOOM_ACCOUNT.search(f"{event.location}\n{event.description[:3000]}")
    if not vanity or vanity[1] in _GENERIC_SUBDOMAINS:
        return ""
    words = company_from_domain(f"{vanity[1]}.com").split()
    if len(words) < 2:
        return ""
    letters = "".join(w[0] for w in words).upper()
    for initials in re.findall(r"\b[A-Z]{3,6}\b", event.title):
        if initials[:2] == letters[:2] and initials[-1] == letters[-1]:
            return initials
    return ""


# An institution's initials, then one of its units: "PVSU Assistive Robotics Lab".
_INITIALS_THEN_UNIT = re.compile(
    r"([A-Z]{2,6})\s+(?:[A-Z][\w&-]*\s+){0,4}(?:Lab|Laboratory|Center|Centre|Institute|Department"
    r"|School|Division)"
)
# A body of members: "Canadian Federation of Beekeepers", "Society of ...".
_MEMBERS_BODY = re.compile(
    r"\b(?:federation|association|society|institute|league|union|alliance|fédération|société)\b",
    re.IGNORECASE,
)


# A team after the employer's name: "Network Ops", "Regulatory", "Supply Chain Planning".
_A_TEAM = re.compile(
    r"(?:[A-Z][\w&-]*\s+){0,2}(?:Ops|Operations|Team|Regulatory|Finance|Planning|Analytics"
    r"|Engineering|Treasury|Risk|HR|IT|Technology|Strategy|Sales|Marketing|Procurement)"
)
# "Scottish Government", "Welsh Government", "Government of Jersey"
_SWISS_CANTON = re.compile(
    r"(?:ag|ai|ar|be|bl|bs|fr|ge|gl|gr|ju|lu|ne|nw|ow|sg|sh|so|sz|tg|ti|ur|vd|vs|zg|zh)\.ch"
)
_A_CANTON = re.compile(
    # ("Finanzdepartement des Kantons Basel-Stadt": the department its people sign)
    r"\b[A-ZÄÖÜ]\w*departement\s+des\s+Kantons\s+[A-ZÀ-Þ][\w-]+|"
    r"\b(?:République\s+et\s+[Cc]anton|[ÉE]tat|Canton|Repubblica\s+e\s+Cantone)\s+(?:de\s+|du\s+|d['’])"
    r"[A-ZÀ-Þ][\w-]+|\b(?:Kanton|Cantone)\s+[A-ZÀ-Þ][\w-]+"
)
_A_GOVERNMENT = re.compile(
    # (and two joined names: "Government of Newfoundland and Labrador", "... Trinidad and Tobago")
    r"\b(?:[A-Z][a-z]+[ \t]+Government|Government[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+"
    r"(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)\b"
)
_A_MINISTRY = re.compile(
    r"\b(?:Ministry|Department)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:(?:,?[ \t]+|[ \t]+(?:and|&|of|for|the)[ \t]+)[A-Z][\w'’-]*){0,6}"
)
_ZOOM_ACCOUNT = re.compile(r"https?://([a-z0-9][a-z0-9-]{2,40})\.zoom(?:gov)?\.(?:us|com)/", re.I)


# Subdomains that are a mail system's or a site's, not a body's own.
_GENERIC_SUBDOMAINS = frozenset(
    {"mail", "email", "e", "m", "careers", "career", "jobs", "job", "hr", "recruiting", "talent",
     "corp", "us", "uk", "eu", "en", "www", "global", "my", "apps", "group", "intl", "int",
     "staff", "people", "team", "info", "news", "notify", "notifications", "reply", "mx",
     # the kind of body, its name the domain's: comune.borgolavino.bo.it is Borgo Lavino's
     "comune", "gemeente", "gemeinde", "stadt", "mairie", "ville", "city", "ajuntament",
     "ayuntamiento", "prefeitura", "municipio", "council"}
)  # fmt: skip


def _own_subdomain(addresses: list[str], domain: str) -> str:
    """ "sphl" for ephraim@sphl.nh-dhsp.gov when the employer's domain is nh-dhsp.gov."""
    for address in addresses:
        host = address.rpartition("@")[2].lower()
        if domain and host.endswith("." + domain):
            sub = host[: -len(domain) - 1].rsplit(".", 1)[-1]
            if sub.isalpha() and 2 <= len(sub) <= 10 and sub not in _GENERIC_SUBDOMAINS:
                return sub
    return ""


def _initials_spelled(label: str, texts: list[str]) -> str:
    """ "Ontario Pension Stewardship Authority" for opsa-on.ca: a label's first part as the
    initials of a name the texts write (its other part a province's or a country's code).

    A Canadian federal body's label holds its initials in both languages, "snn-nns.gc.ca":
    either may be spelled out ("Secrétariat de la nutrition nordique | Northern Nutrition
    Secretariat"); when neither is, its initials as the texts write them ("CWDA Staffing /
    Dotation ACDBV") are its name, not the label's two halves glued.
    """
    parts = label.split("-")
    if len(parts) < 2:
        return ""
    for part in parts[:2]:
        named = _named_by_initials(part, texts) or _line_of_initials(part, texts)
        if named:
            return named
    first, second = parts[0].upper(), parts[1].upper()
    written = "\n".join(texts)
    if (  # ("CWDA Staffing / Dotation ACDBV")
        2 <= len(first) <= 6
        and first.isalpha()
        and re.search(rf"\b{re.escape(first)}\b", written)
        and re.search(rf"\b{re.escape(second)}\b", written)
    ):
        return first
    return ""


# Words a body's name joins its words with, which its initials skip: "Agence de transition
# énergétique de l'Outaouais" is ATÉO.
_JOINING = frozenset(
    {"de", "du", "des", "la", "le", "les", "et", "en", "of", "and", "the", "for", "pour", "à"}
)


def _regional_initials(domain: str, texts: Iterable[str]) -> str:
    """ "Urząd Miasta Krakowa" for um.krakow.pl: a label under a region's own suffix as the
    initials of a name its signature writes, the region's initial last (UMK), not the words
    a sentence declines ("Urzędu Miasta")."""
    label = domain_label(domain)
    parts = domain.lower().split(".")
    at = parts.index(label) if label in parts else -1
    if at < 0 or len(parts) - at < 3 or len(parts[at + 1]) <= 3:
        return ""  # (not a generic level: "co" of acme.co.uk, "gov", "org")
    return _line_of_initials(label + parts[at + 1][:1], texts)


def _line_of_initials(initials: str, texts: Iterable[str]) -> str:
    """A line (or a "|" part of one) of a signature whose words, lower-case ones too as
    French writes a body's name, start with `initials`: "Agence de transition énergétique de
    l'Outaouais" for ateo."""
    if not 3 <= len(initials) <= 6 or not initials.isalpha():
        return ""
    for text in texts:
        for line in re.split(r"\n|\s\|\s", text[:5000]):
            line = line.strip()
            words = re.sub(r"\b[ldLD]['’]", "", line).split()
            if not 2 <= len(words) <= 8 or not line[:1].isupper():
                continue
            kept = [w for w in words if w.casefold() not in _JOINING]
            if all(w[:1].isalpha() for w in kept) and len(kept) == len(initials):
                letters = fold_accents("".join(w[0] for w in kept))
                if letters.casefold() == initials.casefold():
                    return line
    return ""


def _named_by_initials(initials: str, texts: Iterable[str]) -> str:
    """The name of two to seven capitalised words that `initials` stand for in the texts."""
    if not 3 <= len(initials) <= 6 or not initials.isalpha():
        return ""
    for text in texts:
        for found in _CAPITALISED_RUN.finditer(text[:5000]):
            # (each part between commas too: "State of Alaska, Department of Fish and Game,
            # Division of Commercial Fisheries" holds DFG)
            pieces = found.group(0).split(", ")
            for run in (found.group(0), *(pieces if len(pieces) > 1 else ())):
                words = [w for w in run.split() if w[:1].isupper()]
                # (a compound's parts count each: "Leuchtenberg-Institut für Klimadaten", LIK)
                parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
                if initials.casefold() in {
                    "".join(w[0] for w in words).casefold(),
                    "".join(p[0] for p in parts).casefold(),
                }:
                    return run
                # ... or the run's end, after the state it belongs to: "Massachusetts
                # Department of Community Water Resilience" for DCWR
                start = run.find(" ")
                rest = run[start + 1 :] if start > 0 else ""
                kept = [w for w in rest.split() if w[:1].isupper()]
                if len(kept) >= 2 and "".join(w[0] for w in kept).casefold() == initials.casefold():
                    return rest
    return ""


def _named_in_greek(initials: str, texts: Iterable[str]) -> str:
    """The Greek name of three to six capitalised words whose initials, as Greek domains
    write them in Latin letters, are `initials` ("Αρχή Αφαλάτωσης Κύπρου" for aak)."""
    if not 3 <= len(initials) <= 6 or not initials.isalpha():
        return ""
    for text in texts:
        for run in _GREEK_RUN.finditer(text[:5000]):
            words = [w for w in run.group(0).split() if w[:1].isupper()]
            if latin_initials(words) == initials.casefold():
                return run.group(0)
    return ""


_GREEK_RUN = re.compile(
    r"(?<!\w)[\u0386-\u038f\u0391-\u03a9]\w*(?:[ \t]+(?:(?:της|του|των|και)[ \t]+)?"
    r"[\u0386-\u038f\u0391-\u03a9]\w*){2,5}"
)


# Two to seven capitalised words, "of", "and" or "the" between them: a body's name (a comma
# too: "Department of Lands, Water and Remote Infrastructure" for DLWRI).
_CAPITALISED_RUN = re.compile(
    # (a body's usual abbreviations keep their dot: "Alaska Dept. of Fish & Game")
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:,?[ \t]+(?:(?:of|and|&|the|for|de|du|des|la|für|und|der|zur"
    r"|zum|i|e|y|del|di)[ \t]+)?(?:(?:Dept|Div|Govt|Natl|Univ)\.|[A-Z][\w'’-]*))"
    r"{1,6}"
)


def _sender_business(name: str) -> str:
    """ "tallowmerehome" for "Olivia at Tallowmere Home" or "Tallowmere Home via Paradox"."""
    name = re.sub(r"\s+via\s+\S.*$", "", clean(name).strip("\"' "), flags=re.IGNORECASE)
    name = re.sub(r"^[\w'-]+\s+(?:at|from|@|for)\s+(?=\S)", "", name, flags=re.IGNORECASE)
    squeezed = compact(_RECRUITING_SUFFIX.sub("", name))
    return squeezed if len(squeezed) >= 5 and len(name.split()) >= 2 else ""


def _without_site(segment: str) -> str:
    """ "Maasbocht Logistics DC Venlo": the company, without the site it names after it."""
    return re.sub(
        r"\s+(?:DC|HQ|site|plant|branch|warehouse|campus|depot|factory)\b.*$", "", segment
    )


def _words_of_domain(segment: str, domain: str) -> str:
    """ "Tidal Labs" for "TidalLabs" when the domain is tidal-labs.com: the employer's
    own domain parts its name into words, so two rounds spelled either way read alike.
    """
    raw = domain_label(domain)
    parts = [p for p in raw.split("-") if p]
    if len(parts) < 2 or len(re.split(r"[\s-]+", segment.strip())) >= len(parts):
        return segment
    if compact(segment) != compact(raw):
        return segment
    return company_from_domain(domain) or segment


def _people_names(
    event: CalendarEvent, interviewers: Iterable[Interviewer], rules: DetectRules
) -> set[str]:
    # The person's full name, and each part of it on its own ("Acme x Casey").
    names = {name_key(part) for part in [rules.my_name, *rules.my_name.split()]}
    # (a tracking system's or a group's display name is the employer's, nobody's)
    known = [i.name for i in interviewers] + [
        a.name
        for a in event.attendees
        if not (is_tool_address(a.email) or is_group_address(a.email) or not_a_person(a))
    ]
    organizer = event.organizer_email
    if not (organizer and (is_tool_address(organizer) or is_group_address(organizer))):
        known.append(event.organizer_name)  # "Salt & Cedar Tavern via Harri" is nobody
    for name in filter(None, [rules.my_name, *known]):
        parts = name_key(name).split()
        names |= {name_key(name), *(p for p in parts if len(p) >= 3)}  # "w/ Jane"
        names |= _initialled(name)
    return {n for n in names if n}


def _initialled(name: str) -> set[str]:
    """ "C. Candidate" and "Casey C.": how a scheduler shortens a name it puts in a title."""
    words = clean_name(name).split()
    if len(words) < 2:
        return set()
    first, last = words[0], words[-1]
    return {name_key(f"{first[0]} {last}"), name_key(f"{first} {last[0]}")}


def _from_organizer(
    name: str,
    people: set[str],
    label: str,
    by_tool: bool = False,
    text: str = "",
    sender: str = "",
) -> str:
    """ "Acme Robotics" from "Acme Robotics Recruiting" or "Acme Robotics via Harri"; a
    person's name is not a company. A scheduling system's no-reply sender writes under the
    employer's name ("Hollowell Hospitality Group <no-reply@harri.com>")."""
    name = clean(name).strip("\"' ")
    if not name or "@" in name:
        return ""
    # NHS mail's "MORROW, Bethan (RAVENSBURY HOSPITALS NHS FOUNDATION TRUST)": the person,
    # then the organisation they work for
    affiliation = re.search(r"\(([^()]{6,80})\)\s*$", name)
    if affiliation and _BODY_WORDS.search(affiliation.group(1)):
        return recase(affiliation.group(1).strip())
    # "Natalia Furmanek (Bystrzyca Logistics)" from a tracking system: a person, then the
    # firm they write for (not their title, their team or their pronouns)
    firm = affiliation.group(1).strip() if affiliation else ""
    if (
        by_tool
        and firm[:1].isupper()
        and "/" not in firm
        and looks_like_name(name[: affiliation.start()].strip())
        and not roles.has_job_noun(firm)
        and _RECRUITING_SUFFIX.sub("", firm).strip() == firm
        and not _is_tool(firm)
    ):
        return firm
    stripped = re.sub(r"\s+via\s+\S.*$", "", name, flags=re.IGNORECASE)
    stripped = _RECRUITING_SUFFIX.sub("", stripped).strip(" -\u2013\u2014|:,")
    if not stripped or name_key(stripped) in people or _is_tool(stripped):
        return ""
    if stripped != name or (label and matches_label(stripped, label)):
        return stripped
    if by_tool:  # "Olivia at Hollis Creek Market": a system's assistant, then the employer
        stripped = re.sub(r"^[\w'-]+\s+(?:at|from|@|-|\u2013|\||for)\s+(?=\S)", "", stripped)
        # ... and NEOGOV's "Conemaugh County, PA": a public employer, then its state
        stripped = re.sub(r",\s*[A-Z]{2}$", "", stripped)
    # ("Rivelin Grid Storage <no-reply@ashbyhq.com>", whose letter says "at Rivelin Grid
    # Storage": a name the employer is written as, not a person's)
    # (or "your application to Maison Vérelle Japon K.K.")
    # (or "SenMall Vietnam Co., Ltd. would like to invite you to an interview")
    employing = re.search(
        # (and abroad: "bei der Ebelsberger Stahlwerke GmbH", "à la Banque Fleurimont",
        # "presso Orco Powertrain S.p.A.")
        rf"\b(?:at|with|join|application\s+to|applying\s+to|bei(?:\s+der|\s+dem|m)?|chez|à\s+la"
        rf"|au\s+sein\s+de|presso|bij)\s+{re.escape(stripped)}\b",
        text[:5000],
    ) or re.search(
        rf"\b{re.escape(stripped)}\s*,?\s+(?i:{LEGAL_FORMS.pattern})[\w.,& ]{{0,12}}?\s+"
        r"(?:would\s+like\s+to|is\s+pleased\s+to|is\s+delighted\s+to|has\s+invited|invites)"
        r"\s+(?:invite\s+)?you\b",
        text[:5000],
    )
    named_like_a_business = (
        not looks_like_name(stripped)
        or _BUSINESSLIKE.search(stripped)
        or employing
        or _tenant_named(sender, stripped)
    )
    if by_tool and named_like_a_business and _could_be_company(stripped, people, _NO_RULES):
        return stripped
    return ""


# Systems that write from an address named for the employer's own account with them:
# "dhowharbour@myworkday.com", "acme@taleo.net", "acme@talent.icims.com".
_TENANT_DOMAINS = ("myworkday.com", "taleo.net", "icims.com")


def tenant_of(sender: str) -> str:
    """The employer's account a system writes from ("fks" in fks@myworkday.com), or ""."""
    local, _, domain = sender.lower().partition("@")
    return re.sub(r"[^a-z0-9]", "", local) if domain.endswith(_TENANT_DOMAINS) else ""


def _tenant_named(sender: str, name: str) -> bool:
    """ "Dhow Harbour" sending as dhowharbour@myworkday.com: the employer's account, by
    its name, though two capitalised words could be a person's."""
    domain = sender.lower().partition("@")[2]
    if domain.endswith(".oraclecloud.com"):
        # Oracle Recruiting Cloud names the tenant in the host, "kordon.fa.ocs.oraclecloud.com"
        # for "Kordon Ev Aletleri": the name's first word, or all of it
        tenant = domain.split(".")[0]
        words = [compact(w) for w in name.split()]
        return len(tenant) >= 4 and bool(words) and tenant in (words[0], "".join(words))
    # ("ebelsberger@myworkday.com" for "Ebelsberger Stahlwerke": a word of the name, its
    # first or its own after a trade's, "ibitipoca@myworkday.com" for "Laticínios Ibitipoca")
    words = {w for w in map(compact, name.split()) if len(w) >= 5}
    # (or its first words run together: "crotonvalley@myworkday.com" for "Croton Valley
    # Medical")
    split = [compact(w) for w in name.split()]
    runs = {"".join(split[:n]) for n in range(2, len(split) + 1)}
    tenant = tenant_of(sender)
    return bool(tenant) and len(compact(name)) >= 4 and tenant in {compact(name), *words, *runs}


# An intermediary in a title's brackets: "(via Hays)", "(through Hays)", Estonian
# "(Värbamiskoda kaudu)", Finnish "(Barona kautta)".
_THROUGH = re.compile(r"(?i)(?:via|through)\s+\S.*|\S.*\s+(?:kaudu|kautta)")


def title_segments(title: str, people: set[str], rules: DetectRules) -> list[str]:
    """The parts of a title that could name the employer, best first."""
    title = title[: roles.MAX_TITLE]
    letters = [c for c in title if c.isalpha()]
    if len(letters) > 12 and all(c.isupper() for c in letters):  # a title in capitals
        title = " ".join(w.capitalize() if len(w) > 3 and w.isalpha() else w for w in title.split())
    title = re.sub(r"\[([^\]]*)\]", r" - \1 - ", title.translate(roles.FULL_WIDTH))
    candidates: list[str] = []
    between = _BETWEEN.search(title)
    if between:
        host, guest = [g for g in between.groups() if g is not None]
        candidates += [guest, host]
        title = title[: between.start()]
    at = _AT.search(title)
    if at:
        candidates.append(at.group(1))
        title = title[: at.start()]
    for found in re.finditer(r"\(([^)]*)\)", title):
        paren = found.group(1)
        if re.fullmatch(r"\s*\d+\s*(?:분|시간|分|分钟|時間|min\.?|mins|minutes|hrs?|h)\s*", paren):
            continue  # "라이브 코딩테스트 (60분)": how long it takes
        if re.search(r"(?:면접|面接|面试|面試)$", paren.strip()):
            continue  # "2차 면접(임원면접)": the round, an interview with the executives
        if paren.islower():  # "(bilingüe)", "(junior)": a qualifier, not a name
            continue
        if re.search(r"\s(?-i:calls|will\s+call|calling|rings|phones)$", paren.strip()):
            continue  # "Phone interview – Thorong Trails (MD calls)": who rings whom

        if _THROUGH.fullmatch(paren.strip()):
            continue  # "(Värbamiskoda kaudu)", "(via Hays)": who relays it, not the employer
        if paren.strip().casefold() in _FUNCTIONS:
            continue  # "Phone interview – Pikake Shores (Revenue)": the team, not the employer
        if _A_SITE.search(paren):  # "北浜精機（東大阪本社）": the head office, where it is
            continue
        if re.fullmatch(r"[^\W\d_]{1,8}\.?\s*/\s*\d{1,3}[a-z]?", paren.strip()):
            continue  # "(Präs/7)": a ministry's department by its code, not the employer
        if re.fullmatch(r"(?i)HPP|DPP|DPČ|CDI|CDD|\d{2,3}\s*%", paren.strip()):
            continue  # "Vedoucí varny / sládek (HPP)": the contract, not the employer
        if PEOPLE_TEAM.fullmatch(paren.strip()):
            # "Giulia Bernasconi (RH)", "Telefonát Stavona Engineering (HR)": who calls, not
            # the employer
            continue
        # "Software Backend (Python)", "Ing. de Manufactura Sr. (Ensambles)": the job's own
        # bracket, right after its name
        if not roles.has_job_noun(_SEPARATORS.split(title[: found.start()])[-1]):
            candidates.append(paren)
    # "Medewerker Financiële Dienst - boekhouding (m/v/x)": the words before a gender marker,
    # in lower case, are the post's field, not a firm written small ("tollo", "kugl")
    posts = {
        found[1].strip()
        for found in re.finditer(r"([^-\u2013\u2014|:()]+?)\s*(?=\()", title)
        if found[1].strip().islower() and roles.is_gender_marker(title[found.end() :])
    }
    title = re.sub(r"\([^)]*\)", " ", title)
    cross = _CROSS.match(title.strip())
    parts = [cross.group(1), cross.group(2)] if cross else _SEPARATORS.split(title)
    withs: list[str] = []
    later: list[str] = []
    given = rules.my_name.split()[0] if rules.my_name.split() else ""
    for part in parts:
        if given and not cross:  # "Pulau Ubin Labs x Casey – Data Scientist – Round 1"
            part = re.sub(rf"\s+[x×]\s+{re.escape(given)}\b.*$", "", part, flags=re.IGNORECASE)
            # ... and the other way round: "Casey x kugl – Case Study & Team"
            part = re.sub(rf"^\s*{re.escape(given)}\s+[x×]\s+", "", part, flags=re.IGNORECASE)
            # ... and the person's first name last: "SZH vervolggesprek Casey"
            part = re.sub(rf"(?<=\S)\s+{re.escape(given)}\s*$", "", part)
        # what the round adds after a "+": "2e gesprek HS Laakdal + presentatie"
        plus = re.search(r"\s+\+\s+([^+]+)$", part)
        if plus and not roles.strip_stage_words(plus[1]).strip(" -"):
            part = part[: plus.start()]
        head, _, tail = _WITH.partition_of(part)
        # "Interview with Ironbark Plumbing & Heating for Service Dispatcher": a role
        # follows "for", and the company is what comes before it.
        head, tail = _before_role(head), _before_role(tail)
        pieces = re.split(r",\s+", head)
        if len(pieces) > 1 and roles.has_job_noun(pieces[0]):
            # "Senior Policy Advisor, Pension Policy", "Conseiller(ère) principal(e),
            # conformité réglementaire": after a job, a comma goes on with its field; a
            # capitalised piece may still be the employer, but only after the rest
            later += [p for p in pieces[1:] if p[:1].isupper() and not _a_field(p)]
            pieces = pieces[:1]
        candidates += pieces
        # Korean titles run the firm into the post: "소담AI 머신러닝 엔지니어 기술 면접"
        # (the firm, then a post: not "라이브 코딩테스트", a live coding test)
        lead = re.match(r"\s*([\uac00-\ud7a3][\uac00-\ud7a3A-Za-z0-9]+)\s+(\S.*)", head)
        if lead and roles.has_job_noun(lead[2]):
            later.append(lead[1])
        if tail:  # "Phone screen with Northwind Traders": last, it is most often a person
            withs.append(tail)
    out: list[str] = []
    for candidate in [*candidates, *withs, *later][:16]:
        if candidate.strip() in posts:
            continue
        candidate = _trim(candidate, rules)
        # "Call – Lakandula Logistics HR": who calls, after the employer's name
        name, _, team = candidate.rpartition(" ")
        if name and team.isupper() and PEOPLE_TEAM.fullmatch(team):
            candidate = name
        # "Planeación Financiera BZ": a team, then the employer's initials
        head, _, last = candidate.rpartition(" ")
        if head.casefold() in _FUNCTIONS and re.fullmatch(r"[A-Z]{2,5}", last):
            candidate = last
        if candidate and _could_be_company(candidate, people, rules) and candidate not in out:
            out.append(candidate)
    return out


# A site of the employer's, in a title's brackets: a head office, a branch, a plant.
_A_SITE = re.compile(r"(?:本社|支社|支店|本店|工場|事業所|営業所|オフィス)\s*$")
# What a job's field ends in, where no employer's name does: "Freight Policy", "Financial
# Crimes", "Regulatory Compliance".
_FIELD_ENDINGS = frozenset(
    {"policy", "compliance", "risk", "strategy", "governance", "reform", "regulation",
     "assurance", "reporting", "planning", "crimes", "conduct", "integrity", "programs",
     "programmes", "controls", "treasury", "operations", "enhancement", "improvement"}
)  # fmt: skip


def _a_field(piece: str) -> bool:
    words = piece.split()
    return is_department(piece) or bool(words) and words[-1].casefold() in _FIELD_ENDINGS


def _before_role(text: str) -> str:
    before, _, after = text.partition(" for ")
    return before if after and roles.has_job_noun(after) else text


# A name's legal forms at its end: ", Inc.", "Pvt. Ltd.", "Private Limited".
_TRAILING_LEGAL_FORMS = re.compile(rf"(?:,?\s+{LEGAL_FORMS.pattern})+\s*$", re.IGNORECASE)


# Whom the job is with, as the letter says it: "the Senior Data Engineer position with
# Bagmati CodeWorks", "the ... position at Madhupur Pharmaceuticals PLC", "el puesto es en
# Guayabo" (a staffing firm's client round: the firm employs, the client interviews).
_JOB_WITH = re.compile(
    r"\b(?:position|role|job|post)\s+(?:is\s+)?(?:with|at)\s+(?P<en>(?-i:[A-Z])[\w&'’.-]*"
    # ("the Senior CVM Analyst role at Xirico Telecomunicações de Moçambique")
    r"(?:\s+(?:&\s+|and\s+|of\s+|(?:de|do|da|dos|das|du|des|di|del)\s+)?(?-i:[A-Z])[\w&'’.-]*){0,4})"
    # ("the Senior Analytics Engineer role on the Tatakua Software team that supports our data
    # platform: you'd be a Tatakua employee")
    r"|\b(?:role|position|job)\s+on\s+the\s+(?P<team>(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})"
    r"\s+team\b"
    r"|\bel\s+puesto\s+es\s+en\s+(?P<es>(?-i:[A-ZÁÉÍÓÚ])[\w&'’.-]*(?:\s+(?-i:[A-ZÁÉÍÓÚ])[\w&'’.-]*){0,4})",
    re.IGNORECASE,
)


def _job_with(event: CalendarEvent, segments: list[str]) -> str:
    """The employer the description says the job is with, when the title names it too (by name
    or by its initials) and someone on the invite writes from its domain; "" otherwise."""
    labels = {
        compact(domain_label(address.partition("@")[2]))
        for address in [event.organizer_email, *(a.email for a in event.attendees)]
        if "@" in address
    }
    for found in _JOB_WITH.finditer(event.description[:5000]):
        named = re.split(r"\.\s|['’]s\b", found["en"] or found["es"] or found["team"])[0]
        named = named.rstrip(".")
        named = _TRAILING_LEGAL_FORMS.sub("", named)
        # (its initials by word, or by capital: "BCW" for Bagmati CodeWorks)
        initials = {
            "".join(w[0] for w in named.split()).upper(),
            "".join(re.findall("[A-Z]", named)),
        }
        # (or its first word: "Chandrima – client interview ..." for Chandrima Softworks,
        # "Manager, Sales Analytics & MIS (Madhupur)" for Madhupur Pharmaceuticals)
        head = named.split()[0]
        in_title = any(
            compact(s) == compact(named) or (len(s) >= 2 and s in initials) for s in segments
        ) or (len(head) >= 4 and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", event.title))
        if in_title and any(matches_label(named, label) for label in labels if label):
            return named
    return ""


# Whose people interview, as an agency's letter says: "The interview will be taken by Mr.
# Rashed Al Mehairi (HR Manager) and Mr. Sreejith Kuttappan (CAFM Manager) of Dar Al Naseem
# Facilities Management LLC".
_INTERVIEWERS_OF = re.compile(
    r"\b(?:interview\s+(?:will|shall)\s+be\s+(?:taken|conducted)\s+by|(?:you\s+will\s+be\s+)?interviewed"
    r"\s+by)\s+(?:[^.\n]|(?<=\bMr|\bMs|\bDr)\.|(?<=\bMrs)\.){0,200}?\)\s+of\s+(?P<of>(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){1,6})"
)


def _interviewers_of(event: CalendarEvent, segments: list[str]) -> str:
    """The body the description says the interviewers are of, when a title segment starts
    with its first two words (the title may shorten the rest: "Dar Al Naseem FM")."""
    found = _INTERVIEWERS_OF.search(event.description[:5000])
    if found is None:
        return ""
    named = _TRAILING_LEGAL_FORMS.sub("", found["of"])
    head = " ".join(named.split()[:2]).casefold()
    if any(s.casefold().startswith(head) for s in segments):
        return named
    return ""


def _trim(text: str, rules: DetectRules) -> str:
    """A candidate without stage words at its edges or its legal form: "Tyrell Systems"."""
    text = roles.pictographs_off(clean(text)).strip(" -|:,.")
    text = roles.strip_duration(text)
    shop = re.match(r"^(.+?)\s+(?:store\s+)?#\s?\d.*$", text)  # "Greenlawn #22 Westerville"
    if shop and not _REQ_LABEL.fullmatch(shop.group(1)):  # (not "Req #4471")
        text = shop.group(1)
    edge = roles.edge_stage_words(rules.include)
    while True:  # (and what joins two stages: "Rondleiding + gesprek DC Botlek")
        trimmed = edge.sub("", text).strip(" -|:,.+&")
        if trimmed == text:
            break
        text = trimmed
    # "Appel RH Delespaul": the team that calls, before the employer's name
    text = re.sub(r"^(?-i:RH|HR|RRHH|RR\.HH\.?)\s+(?=[A-Z])", "", text)
    # "TDAA competition": a body's initials, then the civil service competition it holds
    text = re.sub(r"^((?-i:[A-Z]{2,6}))\s+(?:open\s+)?(?i:competition|recruitment)$", r"\1", text)
    # "Acme's CTO": the company is Acme (but "St Marlpit's Hospice" is a hospice's name)
    if not re.search(
        r"['\u2019]s\s+(?:hospice|hospital|school|college|church|home|centre|center"
        r"|academy|university|trust|foundation)\s*$",
        text,
        re.I,
    ):
        text = re.sub(r"['\u2019]s\s+\S.*$", "", text)
    text = _TRAILING_LEGAL_FORMS.sub("", text).strip(" ,")
    text = re.sub(r"\s+(?:is|are|has|was|will|on|for|to|and|at)$", "", text, flags=re.I)
    return recase(text)


_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_UKRAINIAN_FIRM = re.compile(r"\b(?:ТОВ|АТ|ПАТ|ПрАТ|ТзОВ|ДП|КП|ГО|БО)\s+«([^»\n]{2,60})»")


# A firm's legal form before its name in quotes, in Russian, Kazakh and Ukrainian usage: "ТОО
# «Тупкараган Марин Сервисез»", "АО «Тумар Банк»".
_QUOTED_FIRM = re.compile(
    r"(?<!\w)(?:ТОО|ООО|АО|ПАО|ОАО|ЗАО|НАО|ТОВ|АТ|ПАТ|ПрАТ)\s+«([^»\n]{2,60})»"
)


def _quoted_whole(name: str, text: str) -> str:
    """The whole registered name a firm's legal form puts in quotes, when it opens with the
    name found: "Тупкараган Марин Сервисез" for the "Тупкараган Марин" its domain spells."""
    for found in _QUOTED_FIRM.finditer(text):
        if found[1].startswith(name + " ") and len(found[1].split()) <= len(name.split()) + 2:
            return found[1]
    return ""


def _ukrainian_firm(text: str, label: str) -> str:
    """The quoted name after a Ukrainian legal form whose romanised words make the label."""
    wanted = loose_latin(label)
    for found in _UKRAINIAN_FIRM.finditer(text):
        words = [loose_latin(romanised(w)) for w in found[1].split()]
        if words and any("".join(order) == wanted for order in (words, words[::-1])):
            return found[1].strip()
    return ""


# A line that is a Hebrew company's name and its legal form, "בע"מ" (Ltd.).
_HEBREW_LTD = re.compile(
    r"^\s*([\u05d0-\u05ea][\u05d0-\u05ea\"'\u05f3\u05f4 -]{1,60}?)\s+(בע[\"\u05f4]מ)\s*$", re.M
)
_REQ_LABEL = re.compile(r"(?:req|ref|job|id|no|vacancy|posting|requisition|order)\.?", re.I)
_NO_RULES = DetectRules()
# Words that make a capitalised name a business's, not a person's ("Hollowell Hospitality
# Group" could otherwise be read as three names).
_BUSINESSLIKE = re.compile(
    r"\b(?:group|hospitality|foods?|hotels?|restaurants?|company|holdings|brands|partners"
    r"|services|solutions|systems|logistics|health|healthcare|care|bank|stores?|markets?|retail"
    r"|labs?|technologies|tech|software|industries|enterprises|energy|consulting|media"
    r"|studios?|collective|cooperative|cooperativa|coopérative|trust|university|universitat|universidad"
    r"|universit[àé]|universiteit"
    r"|college|school|clinic|hospital"
    r"|council|agency|inc|llc|ltd|llp|gmbh|advisory|associates|asociados|associados|abogados"
    # ... and in French: "Banque Fleurimont du Canada", "Mutuelle ...", "Groupe ..."
    r"|banque|caisse|groupe|société|mutuelle|assurances|université|ministère|laboratoires?"
    # ... in Italian, Spanish, Portuguese and German: "Gruppo Carcano", "Grupo Tepozán"
    r"|gruppo|grupo|gruppe|banca|banco|assicurazioni|seguros|sistemi|sistemas"
    # ... and in Latvian, Polish, Croatian and Estonian: "Kurzemes Ostu Grupa"
    r"|grupa|grupp"
    # ... and Estonian public bodies and banks: "Rahvastikuandmete Keskus", "Maksu- ja Tolliamet"
    r"|keskus|amet|ministeerium|pank|inspektsioon"
    # ... and a telecom's: "Kriváň Telekom is inviting you to a scheduled Zoom meeting"
    r"|telekom|telecom"
    # "Constructora Punta Angamos le está invitando a una reunión de Zoom programada"
    r"|constructora|construtora|distribuidora|inmobiliaria|minera|mineradora|compañía|companhia"
    r"|consultora|inversiones|comercial|industrias|s\.a\.?"
    # "Transports Lemaire-Dubrulle vous invite à une réunion Zoom planifiée"
    r"|transports?|textiles?|distribution"
    # Turkish: a bank, trade and industry, logistics, electronics, defence, home appliances
    r"|bankası|ticaret|sanayi|sanayii|lojistik|elektronik|savunma|aletleri|holding|teknoloji"
    r"|yazılım|bilişim|hizmetleri|sigorta|gıda|enerji|a\.ş\.?)(?!\w)",
    re.IGNORECASE,
)


# A courtesy written onto a name: Korean "Casey Candidate님", Japanese "キャンディデイト様".
_NAME_COURTESY = re.compile(r"(?<=\w)\s?(?:님|씨|さん|様)$")


# Who sits in a round, left alone in a title's part: "Entrevista Comisión – MLVN".
_A_PANEL_ALONE = frozenset(
    {"comisión", "comision", "comité", "comite", "tribunal", "committee", "panel", "board", "jury",
     "jurado", "commission", "commissione", "kommission"}
)  # fmt: skip


def _could_be_company(text: str, people: set[str], rules: DetectRules) -> bool:
    if text.strip().casefold() in _A_PANEL_ALONE:
        return False
    if name_key(_NAME_COURTESY.sub("", text)) in people or _is_tool(text) or len(text) > 80:
        return False
    if is_my_name_in_cyrillic(text, rules.my_name):
        return False  # "Интервю – Консултант – Кейси Кандидат": the candidate, in Bulgarian
    parts = re.split(r"\s+(?:and|&|und|et|y|e)\s+", text)
    mine = {name_key(rules.my_name), *(name_key(w) for w in rules.my_name.split())} - {""}
    named = [name_key(part) in people for part in parts]
    if len(parts) > 1 and (sum(named) > 1 or any(name_key(p) in mine for p in parts)):
        return False  # "Tom Reyes and Casey Candidate": two people, as Calendly names events
    if (
        len(parts) > 1
        and any(named)
        and all(len(p.split()) >= 2 and looks_like_name(p) for p in parts)
        and not _BUSINESSLIKE.search(text)
    ):
        return False  # "Shauna Whitebear and Devinder Gill": the host, and one more person
    # A firm named for its people: "Bayberry Pediatric Associates", "Holt Consulting Engineers".
    firm = _FIRM_OF.sub("", text)
    if roles.is_requisition(text) or (roles.has_job_noun(firm) and not _BODY_OF.match(text)):
        return False
    if re.fullmatch(r"[A-Z0-9][A-Z0-9/#_.-]*", text) and re.search(r"\d", text):
        return False  # "2611-POL": a vacancy's code
    if _PAY_GRADE.fullmatch(text):
        return False  # "(Band 7)", "Grade 7", "AfC Band 8a": a post's pay, not its employer
    if re.search(r"(?i)\b(?:job|role|position|opening|vacancy|opportunity)\s*$", text):
        return False  # "Phone call w/ Casey re: operations finance job": what it is about
    if _CLEARANCE_OR_TALK.match(text):
        return False  # "(Secret clr)", "Candidate Talk & Interview": the post's, the round's
    if len(compact(LEGAL_FORMS.sub(" ", text))) < 2:
        return False  # nothing, or a letter: "Gérant(e)"
    if not re.search(r"[^\W\d_]", text):
        return False  # no letter at all: "(80–100 %)", a share of full time
    if text.casefold() in _FUNCTIONS:
        return False  # "Product chat": a team's round, not a company
    if re.match(
        r"(?i)(?:comité|comite|committee|selection\s+committee|jury|panel|tribunal)\b", text
    ):
        return False  # "Entretien comité de sélection CJUE-2026-AT-041": whom, not the employer
    rest = roles.strip_stage_words(text, rules.include).strip(" -|:,.&+")
    # "Client Interview - Bensenville Freight Systems": whom an agency's round is with
    return bool(rest) and rest.casefold() not in _FUNCTIONS | {"client", "candidate"}


# A security clearance a post asks for, or an academic search's talk: "Phone screen – Bankhead
# Federal (Secret clr)", "FCRI Research Scientist II - Candidate Talk & Interview"
_CLEARANCE_OR_TALK = re.compile(
    r"(?:(?:active\s+|top\s+)?secret|ts(?:/sci)?|public\s+trust)(?:\s+(?:clr|clearance|cleared|req(?:uired)?"
    r"|w/\s*(?:full\s+scope\s+|ci\s+)?poly))?\s*$"
    r"|(?:candidate|job|research|teaching|chalk)\s+talk\b",
    re.IGNORECASE,
)
_PAY_GRADE = re.compile(
    r"(?:afc\s+)?(?:band|grade|level|pay\s+band|scale|step)\s+[0-9ivx]{1,3}[a-d]?(?:\s*[-/]\s*\d{1,2}[a-d]?)?",
    re.IGNORECASE,
)

# A function or team alone, as a round is named after it: "Product chat", "Engineering loop".
_FUNCTIONS = frozenset(
    {
        "product", "engineering", "design", "data", "marketing", "sales", "finance",
        "operations", "people", "tech", "technology", "growth", "strategy", "analytics",
        "platform", "security", "legal", "support", "research", "revenue",
        # Spanish: "Entrevista con gerente - Planeación | MCS Apodaca"
        "planeación", "planeacion", "planificación", "finanzas", "operaciones", "ventas",
        "compras", "logística", "mercadotecnia", "tecnología", "recursos humanos",
        "planeación financiera", "contraloría", "tesorería", "auditoría",
    }
)  # fmt: skip
_BODY_WORDS = re.compile(
    r"\b(?:NHS|trust|council|university|hospitals?|health\s+board|authority|ministry|department"
    r"|agency|commission)\b",
    re.IGNORECASE,
)
# A public body named for what it does, a job's name in it: "Office of the Fair Trade
# Registrar", "Office of the Chief Medical Examiner".
_BODY_OF = re.compile(
    r"(?:Office|Department|Ministry|Bureau|Commission|Secretariat|Directorate)\s+(?:of|for)\s+\S"
)
_FIRM_OF = re.compile(
    r"(?<=\w)\s+(?-i:Associates|Consultants|Advisors|Advisers|Architects|Engineers|Solicitors"
    r"|Attorneys|(?:Investment|Asset|Fund|Wealth|Portfolio)\s+Managers|Planners|Accountants)$"
)


_WITH_LEGAL_FORM = re.compile(
    # ("Energética Serra do Espinhaço S.A.": little words between the capitalised ones)
    r"((?-i:[A-Z])[\w'&-]+(?:[ \t]+(?:(?-i:[A-Z])[\w'&-]+|(?:do|da|dos|das|de|del|della|di|van"
    r"|von|der|den|des|du|la|le|y|e|i|&|and|of|und|et)(?=[ \t]+(?-i:[A-Z])))){0,5}),?[ \t]+(?=(?:"
    + LEGAL_FORMS.pattern
    + r")(?!\w))",
    re.IGNORECASE,
)


def _named_with_legal_form(text: str, label: str) -> str:
    """ "Imballaggi Idice S.p.A." in a signature at idice-pack.it: a name written with its
    legal form, one of its words in the domain (the rest of the domain a word of its own).

    A name whose words are all the domain's, in any order, first: "Logística Telfers, S.A."
    signs at telferslogistica.com, where a sister firm's "... Telfers Logistics USA, LLC" is
    named before it."""
    for found in _WITH_LEGAL_FORM.finditer(text[:5000]):
        words = [compact(w) for w in found.group(1).split()]
        if (
            len(words) >= 2
            and sorted("".join(words)) == sorted(label)
            and all(w in label for w in words)
        ):
            return found.group(1)
    for found in _WITH_LEGAL_FORM.finditer(text[:5000]):
        name = found.group(1)
        # ("Holzkirchner Fahrzeugelektrik GmbH" at hfe-holzkirchen.de: the town's name, an
        # ending of its own in the firm's)
        if any(len(w) >= 5 and compact(w) in label for w in name.split()):
            return name
        if not _AGENCY.search(name) and any(
            len(w) >= 9 and compact(w)[:8] in label for w in name.split()
        ):
            return name
    return ""


def _is_tool(text: str) -> bool:
    return text.casefold().strip() in TOOL_NAMES


# --------------------------------------------------------------------------- application


def application_key(company: str, uid: str, domain: str = "") -> str:
    """All rounds with one employer are one application (P11); nothing known: its own."""
    key = compact(domain_label(domain)) if domain else ""
    if not key:
        key = _stored_form(LEGAL_FORMS.sub(" ", company)) or _stored_form(company)
    return key or f"event-{uid}"


def _stored_form(text: str) -> str:
    """The squeezed company name as application keys have always been written: "ø" and
    "ł" dropped, not spelled as in addresses like `compact`. Replies and check-ins are
    stored under this key, so a new spelling would lose them."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    ascii_only = re.sub(r"[^a-z0-9]+", "", folded.encode("ascii", "ignore").decode())
    return ascii_only or re.sub(r"[\W_]+", "", folded)


def shared_names(rounds: Iterable[tuple[str, str]], label: str = "") -> tuple[str, str]:
    """One company and one role for all rounds of an application, from (company, role) pairs.

    The latest round speaks last, but a round that names less does not undo
    one that named more: "Cobalt" after "Cobalt Health" keeps "Cobalt Health",
    "Kruger" after "Krüger" keeps the umlaut, and a final round titled without
    the role keeps the role the first invite named. `label` is the employer's domain label,
    when known ("birsfeld").
    """
    pairs = list(rounds)
    company = next((c for c, _ in reversed(pairs) if c.strip()), "")
    if _ACRONYM.fullmatch(company):
        # "DOTL" after "Deccan Orbit Technologies": the name its initials stand for
        company = next((o for o, _ in pairs if _stands_for(company, o)), company)
    # ... and "HTV Estates" after "Hartshead and Tame Valley Hospitals NHS Foundation Trust"
    company = next((o for o, _ in pairs if opens_with_initials_of(company, o)), company)
    for other, _ in pairs:
        longer = compact(other).startswith(compact(company)) and len(compact(other)) > len(
            compact(company)
        )
        accented = compact(other) == compact(company) and not other.isascii() and company.isascii()
        if company and (longer or accented):
            company = other
    # "Tolqyn KZ" after "Tolqyn Mobile": the brand and its country's code, the whole name
    # written before
    coded = re.fullmatch(r"(.+?)\s+[A-Z]{2}", company)
    if coded:
        company = next(
            (
                o
                for o, _ in pairs
                if compact(o).startswith(compact(coded[1]))
                and not re.fullmatch(r".+?\s+[A-Z]{2}", o)
            ),
            company,
        )
    # a round that names no role is shorthand: one that does names the employer better
    if any(c == company and not r.strip() for c, r in pairs):
        company = next(
            (o for o, r in pairs if r.strip() and _better_named(company, o, label)), company
        )
    role = next((r for _, r in reversed(pairs) if r.strip()), "")
    # "Prog. Admin" after "Programme Administrator" keeps the name written out
    role = next((r for _, r in pairs if r.strip() and roles.shortens(role, r)), role)
    # "le poste d'analyste" after "Analyste Risques de Crédit Senior (H/F)" keeps the name whole
    role = next((r for _, r in pairs if r.strip() and roles.in_passing(role, r)), role)
    return company, role


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def _better_named(short: str, name: str, label: str) -> bool:
    """Whether `name`, from a round that names its role, names the employer better than a
    role-less round's `short`: "Birsfeld Pharma" over "Birsfeld Basel" (a site), "BSI Haifa
    DC" or "DVRT Service Planning" (a department), a county's unit "DHA", and "Wattlebird" as
    the invite writes it over the domain split "Wattle Bird" (but "K&L Revision" keeps its
    "&" over "KL Revision")."""
    if not name.strip() or name == short:
        return False
    written_whole = compact(name) == compact(short) and len(name.split()) < len(short.split())
    if written_whole and "&" not in short:
        return True
    if (
        label
        and (matches_label(name, label) or shortened_to(name, label))
        and not (matches_label(short, label) or shortened_to(short, label))
        # (not "RWS" over "Department of Regional Water ...", nor a domain split as one word,
        # "Mutuellebc", over the initials "MABC")
        and len(name.split()) >= 2
        and not _ACRONYM.fullmatch(short)
    ):
        # "Strathardle Distillers" at strathardle.co.uk over a site's "Corrieburn", "Hauraki
        # Plains Dairy Co-operative" at hpdairy.co.nz over "Kereone site"
        return True
    return (_same_head(short, name) or _a_units_initials(short, name, label)) and not (
        _adds_from_label(short, label, name)
    )


def _a_units_initials(short: str, name: str, label: str) -> bool:
    """ "DHA" for a county's Department of Human Assistance, after "County of Cosumnes": the
    initials of neither the name written out nor the domain (BPCR at bpcr.ca is the employer)."""
    return (
        _ACRONYM.fullmatch(short) is not None
        and " " in name.strip()
        and not label.startswith(short.casefold())
    )


def _adds_from_label(name: str, label: str, fuller: str = "") -> bool:
    """Whether a word after the first is of the domain's own ("Sharavathi InfoServices" at
    sharavathiinfo.com): more of the name, not a site or a department. A word the `fuller`
    name has too adds nothing ("Kabine" of "FKS SCM Kabine" at fks-kabine.de, after
    "Finkenwerder Kabinensysteme GmbH")."""
    theirs = [compact(w) for w in fuller.split()]
    return any(
        len(compact(w)) >= 4
        and compact(w)[:4] in label
        and not any(t.startswith(compact(w)) for t in theirs)
        for w in name.split()[1:]
    )


def _same_head(short: str, name: str) -> bool:
    """Whether `short` opens as `name` does and goes on with words of its own: with its
    first word, or with its initials ("BSI Haifa DC" for Brennholt Semiconductor)."""
    head, _, rest = short.strip().partition(" ")
    words = name.split()
    if not rest or not words:
        return False
    # ("Ashbourne's Store Support Centre" for Ashbourne Dray Retail Group: its possessive)
    if re.sub(r"['’]s$", "", head).casefold() == words[0].casefold():
        return True
    # (a legal form has no letter in them: "FKS" for Finkenwerder Kabinensysteme GmbH)
    initials = "".join(
        w[0] for w in words if w[:1].isupper() and not LEGAL_FORMS.fullmatch(w.rstrip("."))
    )
    return (
        re.fullmatch(r"[A-Z]{2,6}", head) is not None
        and len(initials) >= 2
        and (head.startswith(initials) or initials.startswith(head))
    )


def _stands_for(acronym: str, name: str) -> bool:
    words = [w for w in name.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return len(words) >= 2 and acronym.replace("&", "").startswith(initials)


def opens_with_initials_of(short: str, name: str) -> bool:
    """Whether `short` opens with initials of `name` and goes on with words of its own:
    "HTV Estates" for Hartshead and Tame Valley Hospitals NHS Foundation Trust (the
    employer's initials, then a department), not "HTV" alone (which `_stands_for` reads)."""
    head, _, rest = short.strip().partition(" ")
    # ("D&R CTLI search" for Delaware & Raritan University: two letters with their "&")
    if not rest or not re.fullmatch(r"[A-Z]{3,6}|[A-Z]&[A-Z]{1,2}", head):
        return False
    head = head.replace("&", "")
    words = [w for w in name.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    # ("KSTB SSC" for Kalayaan Savings and Trust Bank: every initial, then a department)
    return (len(words) >= len(head) and initials.startswith(head)) or _letters_of(head, words)


def _letters_of(short: str, words: list[str]) -> bool:
    """Whether `short` is made of the opening letters of every one of `words`, in order,
    one or more from each: "ISV" for Isartaler Versicherung ("ISV Kfz-Pricing")."""
    if not words:
        return not short
    word = words[0].casefold()
    return any(
        short[:n].casefold() == word[:n] and _letters_of(short[n:], words[1:])
        for n in range(1, min(len(short) - len(words) + 1, len(word)) + 1)
    )


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f]+", " ", text or "")).strip()
