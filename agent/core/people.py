"""Who was met at an interview, and what to call them.

A thank-you goes to each person who interviewed, and to nobody else:

- never a room or a resource (CUTYPE=ROOM/RESOURCE, Google's `resource`
  flag, or an address or name that is plainly a room);
- never a group or a list (CUTYPE=GROUP, careers@/jobs@-style shared
  mailboxes, AcmeHRInterviews@-style booking mailboxes and the one a
  Microsoft Bookings link names, Google group addresses);
- never the person, under any of their addresses, plus-addressing included
  (casey+jobs@example.com is casey@example.com), nor their colleagues at the
  person's own work domains;
- never a no-reply or scheduling sender (Calendly, Greenhouse, Lever, GoodTime...);
- never someone who declined, nor someone copied for information only
  (ROLE=NON-PARTICIPANT: RFC 5545 defines it as "copied for information
  purposes only", which is how coordinators are put on an invite). Optional
  attendees (OPT-PARTICIPANT, Google's `optional`) are kept: shadowing and
  second interviewers are invited that way, and a description naming the
  panel settles the rest (below);
- never someone the description says will not be there, the writer ("I won't
  be on the call", "não participarei") or someone named ("Dana is copied for
  scheduling only"), in the languages employers write.

Interviewers the employer names in the description ("Interviewers: Jane Doe,
Engineering Manager", "You'll be meeting with ...", "Panel:", one per line)
are the panel: attendees they match keep their address, names without one
get a placeholder address in the reserved `.invalid` domain (RFC 2606), so
the draft is still written, its To: line visibly marked for the person to fill
in, and nothing can ever be delivered to a guessed address. The organiser is
an interviewer too (Outlook writes the organiser only as ORGANIZER, and it is
usually the person running the interview) unless the description or their
name marks them as the coordinator ("Priya is your recruiting coordinator").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.core import cjk, czech, russian
from agent.core.attendance import (
    STAYS_AWAY,
    UMLAUTS_SPELLED_OUT,
    absent,
    books_interviews,
    match_attendee,
    name_at_start,
    writer_joins,
)
from agent.core.boilerplate import is_tool_line
from agent.core.model import Attendee, CalendarEvent, DetectRules, Interviewer, Method, Notes
from agent.core.names import (
    HONORIFICS,
    PARTICLES,
    TITLE_WORDS,
    canonical_address,
    chinese_order,
    display_name,
    first_sentence,
    fold_accents,
    greeting_of,
    inflected_alike,
    is_title_word,
    looks_like_name,
    name_key,
    split_name_list,
    untitled,
)
from agent.core.roles import JOB_NOUNS
from agent.core.senders import is_free_mail

UNADDRESSED_DOMAIN = "address-unknown.invalid"

# Local parts of shared mailboxes: a thank-you to "careers@" reaches nobody in particular.
GROUP_LOCAL_PARTS = frozenset(
    {
        "careers", "jobs", "job", "recruiting", "recruitment", "recruiters", "talent",
        "talentacquisition", "talent-acquisition", "hiring", "hr", "people", "interviews",
        "interview", "team", "staff", "all", "everyone", "info", "admin", "office", "contact",
        "hello", "support", "calendar", "scheduling", "schedule", "invites", "invitations",
        "notifications", "notification", "events", "meetings", "rooms", "resources",
        "resourcing", "vacancies", "applications", "candidates", "onboarding",
        "apprenticeship", "apprenticeships", "admissions",
        # German, French, Spanish, Italian, Portuguese, Dutch and Nordic careers and HR boxes.
        "karriere", "bewerbung", "bewerbungen", "personal", "jobs-de", "carriere", "carrieres",
        "recrutement", "emploi", "rh", "rrhh", "empleo", "seleccion", "talento", "lavoro",
        "carriera", "risorseumane", "vagas", "recrutamento", "carreiras", "werkenbij",
        "vacatures", "sollicitaties", "jobb", "rekrytointi", "rekrutacja", "kariera",
        # Staffing offices, and "recruitment" in Afrikaans, Dutch, Swedish and Norwegian.
        "staffing", "werwing", "werving", "rekrytering", "rekruttering",
        # Reception desks and service boxes: "accueil.visiteurs@", "atendimentorh@"
        "accueil", "reception", "recepcao", "recepcion", "empfang", "frontdesk", "atendimento",
        "atendimentorh", "agenda",
        # A public body's calls for applications and competitions: "convocatorias@",
        # "concorsi@", "bandi@", "oposiciones@"
        "convocatorias", "convocatoria", "concorsi", "concorso", "bandi", "oposiciones",
        "concursos", "reclutamiento", "reclutamento", "selezione", "selecao", "selezioni",
    }
)  # fmt: skip
_NO_REPLY_LOCAL = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|noreply|mailer-daemon|postmaster"
    r"|bounces?|notifications?|calendar|scheduling|scheduler|automated|auto-?confirm"
    # "Do not reply" abroad: naoresponda@ (Gupy), ne-pas-repondre@, nicht-antworten@
    r"|nao-?responda|no-?responder|ne-?pas-?repondre|nepasrepondre|nicht-?antworten"
    r"|keine-?antwort|niet-?beantwoorden|noantwoord|svara-?inte|ikke-?svar|nie-?odpowiadaj"
    # notifications abroad: powiadomienia@ (eRecruiter), benachrichtigungen@, notificaciones@
    r"|powiadomienia|benachrichtigung(?:en)?|notificaciones|notificacoes|notifiche)"
    r"(?:$|[._+-])"
)
_GROUP_LOCAL = re.compile(
    r"(?:^|[._-])(?:team|group|list|all|panel|committee|staff|dl|services|desk)$"
    # a desk or an assistants' pool first: "accueil.visiteurs@", "assistanat.associes@"
    r"|^(?:accueil|reception|recepcao|atendimento|assistanat|frontdesk|empfang)(?:[._-]|$)"
)
# Shared mailboxes named after what they hold, run together with the employer's or a
# department's name (AcmeHRInterviews@, nursingcareers@): nobody's own address ends so.
_MAILBOX_SUFFIX = re.compile(
    r"(?:interviews|bookings|careers|recruiting|recruitment|staffing|recrutamento|reclutamiento)$"
)
# A Microsoft Bookings page ("Manage your booking: .../owa/calendar/<mailbox>/bookings/")
# names the booking mailbox, which organises the appointment and is nobody's inbox.
_BOOKING_PAGE = re.compile(r"/owa/calendar/([^/\s@]+@[^/\s]+)/bookings", re.IGNORECASE)
# Domains of scheduling and applicant-tracking tools: on a candidate's invite their
# addresses send on an employer's behalf and read nobody's thanks. Tools whose
# staff write from the same domain as their product's mail (zoom.us, webex.com,
# workday.com) are left out: their automated senders are caught by local part.
TOOL_DOMAINS = frozenset(
    {
        "calendly.com", "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co",
        "goodtime.io", "ashbyhq.com", "ashby.io", "myworkday.com", "myworkdayjobs.com",
        "smartrecruiters.com", "icims.com", "jobvite.com", "workable.com", "workablemail.com",
        "bamboohr.com", "teamtailor.com", "teamtailor-mail.com", "recruitee.com", "breezy.hr",
        "jazzhr.com", "applytojob.com", "paradox.ai", "modernloop.io", "prelude.co",
        "rippling-ats.com", "hirevue.com", "youcanbook.me", "acuityscheduling.com",
        "chilipiper.com", "savvycal.com", "zcal.co", "gupy.com.br", "gupy.io", "harri.com",
        "trac.jobs", "karat.io", "karat.com", "taleo.net", "pageuppeople.com", "mokahr.com",
        "beisen.com", "successfactors.eu", "successfactors.com", "sapsf.com", "sapsf.eu",
        "avature.net", "cronofy.com", "phenompeople.com", "tal.net", "jobtrain.co.uk",
        "snaphire.com", "njoyn.com", "applitrack.com", "k12jobspot.com", "schoolspring.com",
        "peopleadmin.com", "interfolio.com", "talentedk12.com", "inrecruiting.com", "otys.nl",
        "oleeo.com", "tribepad.com", "inhire.app", "recrutei.com.br", "solides.com.br",
        "kenoby.com", "flatchr.io", "greetinghr.com", "ninehire.com",
        "teamio.com", "darwinbox.in", "keka.com", "freshteam.com",
        # Personio's mail service, its default recruiting sender "<account>-jobs@m-personio.de"
        "m-personio.de", "m-personio.com",
        # public services' own recruitment systems, which name the body hiring in the text
        "publicjobs.ie", "calcareers.ca.gov", "civilservicejobs.service.gov.uk",
        "place-emploi-public.gouv.fr", "talent-soft.com",
        # Oracle Recruiting Cloud's workflow sender, on Oracle's own domain
        "cloud.oracle.com", "oraclecloud.com",
        # job boards: their addresses apply and alert, and read no thanks
        "indeed.com", "linkedin.com", "naukrigulf.com", "bayt.com",
        "gulftalent.com", "jobstreet.com",
        # interviewing platforms that send the invite themselves
        "hackerrank.com", "hackerearth.com", "codesignal.com", "codility.com", "coderpad.io",
    }
)  # fmt: skip
GROUP_DOMAINS = frozenset({"group.calendar.google.com", "resource.calendar.google.com"})
_ROOM_NAME = re.compile(
    r"\b(?:room|rm|boardroom|conference|huddle|auditorium|lobby|bldg|building"
    r"|desk|phone ?booth|zoom room|meeting space|resource|projector)\b|\(\d+\)"
    # a floor by its number ("Floor 5", "3rd floor", "Ground Floor"), as Floor is also a
    # Dutch given name ("Floor Hollebeek")
    r"|\bfloor\s*\d|\b(?:\d+(?:st|nd|rd|th)?|ground|first|second|third|top|upper|lower|main)"
    r"\s+floor\b",
    re.IGNORECASE,
)
_GROUP_NAME = re.compile(
    r"\b(?:team|group|list|committee|panel|all hands|recruiting|talent(?: acquisition)?"
    r"|careers|hiring|mailing|interviews|bookings"
    # a recruiting office's mailbox abroad: "Selezione Brenta Assicurazioni"
    r"|selezione|reclutamento|recrutement|selecci[oó]n|reclutamiento|recrutamento"
    # a shared office, not "Jane Doe (Recruitment)": "DLWET Recruitment Services"
    r"|(?:recruitment|resourcing|staffing)\s+(?:services|team|office|desk|hub|inbox|mailbox))\b"
    # a shared box that names the office: "PVJATC Apprenticeship Office"
    r"|\b(?:apprenticeship|admissions|training|personnel|employment)\s+(?:office|desk|center|centre)\s*$",
    re.IGNORECASE,
)

# Lines that introduce the people who interview.
# ("面接官 / Interviewers:", "Interviewers / 면접관:", "Người phỏng vấn / Interviewers:": a
# bilingual header, either way round)
_LIST_HEADER = re.compile(
    r"^\s*(?:[-*\u2022]\s*)?(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,6}\s*/\s*"
    r"|[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*/\s*(?=interviewers?\b"
    # ("Comité de sélection / Selection committee:", either way round)
    r"|(?:selection|search|interview|hiring|assessment)\s+(?:committee|panel|board)\b"
    r"|comité\b|jury\b))?"
    r"(?:your\s+|ihre?\s+|deine?\s+|je\s+|jouw\s+|uw\s+|votre\s+|vos\s+|ton\s+|ta\s+|tes\s+|de\s+|the\s+)?"
    r"(?:interviewers?|interviewer\(s\)|interview\s+panel"
    r"|面接官|面接担当者?|면접관|面试官|面試官"
    r"|panel(?:ists)?|interviewing(?:\s+with)?\s+you|interviewing|who\s+you(?:'ll|\s+will)\s+meet|you(?:'ll|\s+will)\s+meet"
    # a county's "Your oral board panel:", "Oral board members:"; a viva's "Board:"
    r"|(?:oral\s+)?board\s+panel|oral\s+board(?:\s+members)?|(?:viva\s+|selection\s+)board"
    # (a bare "Board:" only before a titled person: NHS Scotland's "Board: NHS Lammermuir and
    # Tweed" is the employer)
    r"|board(?=\s*:\s*(?:Prof|Dr|Mr|Ms|Mrs|Er|Engr)\.?\s)"
    r"|(?:meeting|interview(?:ing)?|speaking|talking)\s+with|host(?:ed\s+by)?|with"
    r"|(?:the\s+)?(?:interview\s+|selection\s+)?panel\s+(?:will\s+be|is|members?(?:\s+are)?)"
    r"|you(?:'ll|\s+will)\s+be\s+(?:meeting(?:\s+with)?|(?:speaking|chatting|talking)\s+(?:with|to))"
    # Paradox's confirmation: "You'll get a call from: Renata Heitkamp, ..."
    r"|you(?:'ll|\s+will)\s+(?:get|receive)\s+a\s+(?:phone\s+)?call\s+from"
    r"|interview\s+engineer|interviewer\s+name|entrevistador(?:a|es)?|entrevistadora?s?"
    # a Nepali bank's "Interview by: Mr. Bikash Raj Tuladhar, Head – ..., and Ms. ..."
    r"|interview\s+(?:conducted\s+|taken\s+)?by"
    # Québec's Workday: "Intervieweurs : Geneviève Laplante-Rioux (...); Mathieu ..."
    r"|intervieweu(?:r|se)s?"
    # Turkish: "Mülakat Komisyonu:", "Görüşmeciler:"
    r"|(?:mülakat|sınav|değerlendirme)\s+komisyonu|görüşmeciler|komisyon"
    # "Te entrevistan: Claudia Ibarrola Vergara (CTO) y Abraham Lozoya Fierro (...)"
    r"|te\s+entrevistan?|ti\s+intervisteranno|participan|participam|rozmawiają"
    # an agency's "Ze strony Klienta w rozmowie udział wezmą:", "w spotkaniu uczestniczyć będą:"
    r"|(?:ze\s+strony\s+\w+\s+)?w\s+(?:rozmowie|spotkaniu)\s+(?:udział\s+wezmą|uczestniczyć\s+będą)"
    # "Rozmawiać będą z Tobą:"
    r"|rozmawiać\s+będą\s+z\s+(?:Tobą|Panią|Panem)"
    r"|entrevistador(?:\(a\)|/a|\(es\))"
    # "Panel de entrevista:", "Comité de selección:", "Banca examinadora:"
    r"|panel\s+de\s+(?:entrevista|selecci[oó]n)|comit[eé]\s+de\s+(?:selecci[oó]n|entrevista)"
    # Azerbaijani "Müsahibə komissiyası:", "Kimlə:", "Sizinlə görüşəcəklər:"
    r"|müsahibə\s+komissiyası|kimlə|(?:sizinlə|səninlə)\s+görüşəcəklər"
    r"|comisi[oó]n\s+(?:de\s+selecci[oó]n|evaluadora|calificadora|de\s+evaluaci[oó]n)|comit[eé]\s+evaluador|integran\s+(?:el|la)\s+(?:comit[eé]|comisi[oó]n)"
    # Québec: "Comité : Audrey-Anne Charest (...)", "Comité de sélection :", "Votre comité
    # d'entrevue :"
    r"|(?:votre\s+)?comité(?:\s+(?:de\s+sélection|d['’]entrevue))?"
    r"|intervistator[ei]|intervistatric[ei]|gesprächspartner(?:in|innen|:innen|\*innen)?|intervjuare"
    # French "Interlocutrice : Capucine Desforges", "Avec : Laurine Dubosc (...) et ..."
    r"|interlocut(?:eur|rice)s?|interlocuteur\(?rice\)?s?|avec"
    # Workday in French: "Intervenants : Hélène Verstraete (...) ; Grégoire Dhellemmes (...)"
    r"|intervenant(?:e|s|es|\(e\)s|·e·s)?"
    # "Entretien avec : Sophie Chabanis, ...", "Vous échangerez avec : Mathilde Peyrache, ..."
    r"|(?:entretien|échange|rendez-vous|rencontre)\s+avec|vous\s+échangerez\s+avec"
    # a Spanish public body's "Composición del Tribunal para esta fase:"
    r"|composici[oó]n\s+del\s+tribunal(?:\s+(?:para|de)\s+(?:esta|la)\s+\w+)?|tribunal\s+calificador"
    # ... and a note's "Tribunal: Soc. Beatriz Larrosa (presidenta), Ec. Gonzalo Firpo y ..."
    r"|tribunal"
    # Italian "Referente: Ludovica Scarabelli - Talent Acquisition Specialist"
    r"|referente"
    # German "Mit: Lukas Hinterberger (CTO) und ...", "Am Telefon: Jörg Kochertal (...)"
    r"|mit|am\s+telefon|on\s+the\s+phone|au\s+téléphone"
    # "Ihre Interviewpartner:innen:", as German invites write both genders
    r"|interviewpartner(?:in|innen|:innen|\*innen)?|interviewpanel|auswahlkommission|kommission"
    # who the invite says takes part: "Attendees:", "Participants:", "Interview team:",
    # "Joining from our side:", "On the call from Acme:", and the same abroad
    r"|(?:attendees|participants)(?:\s+from\s+(?:our|the\s+\w+)\s+side)?|(?:the\s+)?panel|interview\s+team"
    r"|hosts?|meet\s+with"
    r"|joining(?:\s+(?:from\s+our\s+side|us|the\s+call))?"
    r"|on\s+the\s+call(?:\s+from\s+[\w&.' -]{1,40})?|on\s+(?:their|our)\s+side"
    r"|participantes|participar[aá]n|estar[aã]o\s+presentes|seront\s+présents|teilnehmer(?:innen)?"
    # ... and the gender-neutral participle: "Gesprächsteilnehmende:", "Teilnehmende:"
    r"|gesprächsteilnehmer(?:innen)?|(?:gesprächs)?teilnehmende|deltakere|deltagare|deltagere|uczestnicy"
    r"|osoby\s+prowadzące(?:\s+rozmowę)?|katılımcılar|mülakatçı(?:lar)?|görüşmeci(?:ler)?"
    r"|účastníci|komise|intervjuer(?:e)?|zúčastní\s+se"
    r"|(?:interview\s+|selection\s+|competition\s+)?commission"
    # a Polish competition's "Skład komisji konkursowej:", a Portuguese "Júri:"
    r"|skład\s+komisji(?:\s+(?:konkursowej|rekrutacyjnej|kwalifikacyjnej))?|j[úu]ri|jury"
    # "Quem vai conversar com você:", "Quiénes te van a entrevistar:"
    r"|quem\s+vai\s+(?:conversar|falar)\s+com\s+(?:você|vc)|quién(?:es)?\s+te\s+va(?:n)?\s+a\s+entrevistar"
    r"|quiénes"
    # "Con quién: el Sr. Baltasar Candanedo (Gerente General) y la Lcda. Edith Morcillo (...)"
    r"|con\s+qui[eé]n(?:es)?"
    # Vietnamese "Người phỏng vấn:", "Hội đồng phỏng vấn:" (a Hebrew list names people in
    # letters no attendee's address can be matched to, so it is not read as the panel)
    r"|người\s+phỏng\s+vấn|hội\s+đồng\s+phỏng\s+vấn|ผู้สัมภาษณ์|คณะกรรมการสัมภาษณ์"
    # Indonesian "Pewawancara:", Malay "Panel temu duga:", "Penemuduga:", Swahili "Wahojaji:"
    r"|pewawancara|(?:panel\s+)?(?:temu\s*duga|penemuduga|penemu\s+duga)|wahojaji|jopo\s+la\s+usaili"
    # Romanian "Intervievatori:", "Intervievează:", "Cu cine:", "Comisia de concurs este formată
    # din:"
    r"|intervievează|intervieveaza|intervievatori(?:i)?|intervievator|cu\s+cine"
    r"|comisia(?:\s+de\s+(?:concurs|interviu|selecție|selectie))?(?:\s+(?:este|va\s+fi)\s+format[ăa]"
    r"\s+din)?"
    # Hungarian "Interjúztatók:", "Az interjún részt vesz:"
    r"|interjúztatók|interjúztató|interjúztatja|(?:az\s+)?interjún\s+részt\s+(?:vesz|vesznek)"
    # Croatian "Razgovor vode:", "Na razgovoru će sudjelovati:"; Bulgarian "Интервюиращи:",
    # "Участници:"
    r"|razgovor\s+vod(?:e|i)|(?:na\s+razgovoru\s+)?(?:će\s+)?(?:sudjelovati|učestvovati)|sudjeluju"
    r"|učestvuju|intervjueri|разговор\s+воде|sodelujeta|sodelujejo"
    # Latvian "Intervijā piedalīsies:", "Intervētāji:"
    r"|(?:intervijā\s+)?piedalīsies|intervētāji"
    r"|интервюиращи|интервюиращ|участници|участват"
    # Greek "Θα συναντήσετε:", "Συνεντευκτές:", "Επιτροπή Αξιολόγησης:", "Συμμετέχοντες:"
    r"|θα\s+συναντήσ(?:ετε|εις)|συνεντευκτ(?:ές|ής|ριες|ρια)|επιτροπή(?:\s+(?:αξιολόγησης|συνέντευξης"
    r"|επιλογής))?|συμμετέχοντες|συμμετέχουν"
    # "Von unserer Seite sind dabei:", "Seitens Acme nehmen teil:", "Auf unserer Seite:"
    r"|(?:von|auf)\s+unserer\s+seite(?:\s+(?:sind|ist)\s+dabei|\s+nehmen\s+teil)?"
    r"|seitens\s+[\w&.' -]{1,40}?\s+(?:sind\s+dabei|nehmen\s+teil)"
    r"|(?:search\s+|selection\s+|interview\s+|hiring\s+)?(?:committee|panel)\s+members?"
    # "Description: Candidate: Casey Candidate. Committee: Prof. Annelise Wachowski (chair), ..."
    r"|committee"
    # a civil-service panel's "Raters:", "Rating panel:", "Evaluators:"
    r"|raters|rating\s+panel|evaluators|assessors"
    r"|(?:selection|hiring|search|recruitment|screening|interview|assessment)\s+(?:panel|committee)"
    # "Search committee for this interview: Dr. Philippa Goodroe (Chair; ...), ...", "Search
    # committee for Senior Budget Analyst, University Budget Office (Req 2026-1187):"
    r"(?:\s+for\s+(?:this|the|your)\s+(?:interview|round|call|meeting|visit)"
    r"|(?<=committee)\s+for\s+[^:\n]{2,120}?(?=\s*:))?"
    # Dutch "Je gesprekspartners:", Italian "Incontrerà:", "Commissione:", "Sarà ricevuto
    # da:", Portuguese "Vais conversar com:", "Vai ser entrevistado(a) por:", Spanish "Te
    # entrevistarán:"
    # Catalan "Comissió de selecció:", "Tribunal qualificador:"
    r"|comissió(?:\s+de\s+selecció)?|tribunal\s+qualificador"
    # "Selectiecommissie Hogeschool Stuivenberg, Dienst Financiën:" (whose committee it is)
    r"|(?:selectie|sollicitatie)commissie\s+(?-i:[A-Z])[^:\n]{2,80}"
    # German "Der Auswahlkommission gehören an:", "Die Auswahlkommission:"
    # ("Das Auswahlgremium setzt sich zusammen aus:")
    # (Polish: "Komisja rekrutacyjna w składzie:")
    r"|komisja(?:\s+rekrutacyjna)?(?:\s+w\s+składzie)?"
    # a Slovak selection board's lines, each member by their place on it: "predseda: Ing.
    # Marek Šimko, PhD., riaditeľ odboru ...", "členka: Mgr. Zuzana Blahová, ..."
    r"|predseda|predsedníčka|podpredseda|podpredsedníčka|člen|členka"
    # ... and a Greek board's, its members listed below: "Τη συνέντευξη θα διεξαγάγουν τα μέλη
    # του Συμβουλίου:"
    r"|(?:τη\s+συνέντευξη\s+)?θα\s+(?:τη\s+)?διεξαγάγουν(?:\s+τα\s+μέλη\s+(?:του|της)\s+[^:\n]{2,40})?"
    r"|(?:der\s+|die\s+|das\s+)?(?:auswahl|prüfungs|berufungs)?(?:kommission|gremium)(?:\s+gehören\s+an"
    r"|\s+besteht\s+aus|\s+setzt\s+sich\s+(?:wie\s+folgt\s+)?zusammen(?:\s+aus)?)?"
    r"|gesprekspartners?|gespreksleid(?:er|ers|ster|sters)|(?:selectie|sollicitatie)?commissie|incontrer(?:à|ai|ete)|commissione(?:\s+(?:di\s+)?"
    r"(?:selezione|esaminatrice))?|sar(?:à|ai)\s+ricevut[oa](?:\([oa]\))?\s+da|interlocutori"
    r"|selezionatori|(?:vais|vai|irá|irás)\s+(?:conversar|falar)\s+com"
    r"|(?:(?:vai|irá|vais)\s+ser|será|serás)\s+entrevistad[oa](?:\([oa]\))?\s+por"
    r"|te\s+entrevistar[áa]n?|conocer[áa]s\s+a"
    # Portuguese "Comissão de Seleção:", "Banca examinadora:", "Entrevistadores:"
    r"|comiss[ãa]o\s+de\s+(?:sele[çc][ãa]o|avalia[çc][ãa]o)|banca(?:\s+examinadora)?"
    # an Irish or British civil-service "Interview board:", "Selection board members:"
    r"|(?:interview|selection|assessment)\s+board(?:\s+members?)?|(?:board\s+|panel\s+)?members"
    # Microsoft Bookings' confirmation: "Service: Engineering phone screen", "Staff: Lyle ..."
    r"|staff(?:\s+members?)?)"
    r"(?:\s*/\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,6})?"
    # an agency's "Gesprächspartner beim Kunden:", "Interviewers at the client:"
    r"(?:\s+(?:beim|bei\s+(?:unserem|meinem)|at\s+the|chez\s+le|du)\s+(?:kunden|client))?"
    # "Panel for Casey Candidate - Lineworker Apprentice (Sawtooth Mesa Electric Association):"
    r"(?:(?<=panel)\s+(?:for|[-\u2013\u2014])\s+[^:\n]{2,120})?"
    # "Júri da entrevista - Técnico(a) Superior - Analista de Dados, Gabinete ... (Ref.ª ...):"
    r"(?:(?<=j[úu]ri)\s+d[aoe]\s+(?:entrevista|sele[çc][ãa]o|procedimento|concurso)[^:\n]{0,160})?"
    # "Uw gesprekspartners zijn:", "Your interviewers are:", "Selectiecommissie (Faculteit
    # Governance & Maatschappij, Universiteit Haaglanden):"
    r"(?:\s*\([^()\n]{1,120}\))?(?:\s+(?:zijn|sind|are|will\s+be|sont|serán|saranno|são"
    r"|is\s+samengesteld\s+als\s+volgt))?"
    r"\s*[:：]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Wie: ek en Riaan van der Westhuizen", "Who: Jane Doe and me": on the same line only,
# as Cal.com writes "Who:" above every attendee, the candidate too, up to its next field.
_WHO_HEADER = re.compile(r"^\s*(?:who|wie|quién|quem|wer)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
# The writer and a colleague, said in German and Swedish: "Das Gespräch führe ich gemeinsam
# mit Herrn DI Markus Trnka", "Vi blir jag och förvaltningens digitaliseringschef Patrik
# Holm" (a sentence that names the panel, and says the writer is on it).
_WRITER_WITH = (
    r"\bführe\s+ich\s+(?:gemeinsam\s+|zusammen\s+)?mit(?=\s)|\b[Vv]i\s+blir\s+jag\s+och(?=\s)"
)
_SENTENCE = re.compile(
    r"(?:\b(?:you(?:'ll|\s+will)|we(?:'ll|\s+will))\s+(?:be\s+)?(?:(?:meeting|meet)(?:\s+with)?"
    r"|(?:speaking|talking|chatting|speak|talk|chat|interviewing|interview)\s+(?:with|to)"
    r"|(?:pair|pairing)\s+with)"
    # a search firm's "Fulton Market Provisions would like you to meet with Graham Whitford,
    # Chief Executive Officer, and Nadia Petrosyan, Chief People Officer, for the ... search"
    r"|\bwould\s+like\s+you\s+to\s+meet(?:\s+with)?(?=\s+(?-i:[A-Z]))"
    # "You'll be interviewed by Nazia Chowdhury-Pryce, Head of Student Services, and ..."
    r"|\byou(?:'ll|’ll|\s+will)\s+be\s+interviewed\s+by"
    # an agency's "You will be met by Mr Irakli Gugushvili, CFO of Saguramo Foods, and Ms ...,
    # Commercial Director" (not someone who meets the person at the door: "You will be met by
    # Ms Shah at reception")
    r"|\byou(?:'ll|’ll|\s+will)\s+be\s+met\s+by(?![^.!?\n]*\b(?:reception|gate|lobby|front\s+desk"
    r"|security|entrance|door|car\s+park|parking|station)\b)"
    # "This first conversation is a 30-minute video call with Keaton Brimhall, Senior ..."
    r"|\b(?:conversation|round|interview|call|step)\s+(?:is|will\s+be)\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:call|conversation|chat|interview|meeting)\s+with"
    # "with Martin Greenhalgh (...), who will be joined by Lisa Fairclough (...)"
    r"|\bwho\s+will\s+be\s+joined\s+by"
    # Pakistani and Indian "Your interview will be taken by Mr. ..."; Romanian "Interviul va
    # fi susținut de", "Veți discuta cu"
    r"|\b(?:interview|round|call)\s+(?:will|shall)\s+be\s+taken\s+by"
    r"|\bva\s+fi\s+(?:susținut|susţinut|sustinut|condus|realizat)[ăa]?\s+de"
    # Indonesian "Interview akan dipandu oleh Bapak ... dan Ibu ...", "akan dihadiri oleh";
    # Croatian "Razgovor vodimo ja i kolegica ..."; Bulgarian "Интервюто ще проведат г-н ..."
    r"|\b(?:akan\s+)?(?:dipandu|dihadiri|dilakukan|dipimpin)\s+oleh"
    r"|\b(?:razgovor|intervju)\s+(?:vode|vodi|će\s+voditi)(?=\s)|(?<!\w)разговор\s+(?:воде|води)(?=\s)"
    # Lithuanian "Pokalbį ves ...", "Pokalbyje dalyvaus ..."
    r"|\b(?:pokalbį\s+ves|pokalbyje\s+dalyvaus)(?=\s)"
    # Slovene "Razgovor bosta vodila direktor logistike Boštjan Černe in ..."
    r"|\brazgovor\s+(?:bosta|bodo)\s+vodil[aio]?(?=\s)"
    # Latvian "Interviju vadīs valdes loceklis Jānis Ozoliņš un ..."
    r"|\binterviju\s+vadīs(?=\s)"
    # Ukrainian "Співбесіду проведуть ...", "Співбесіду проводитимемо я та ...", "З нашого
    # боку будуть: ..."; Estonian "Vestluse viivad läbi ...", "Vestlusel osalevad lisaks
    # minule ...", "Komisjon: ..."
    r"|(?<!\w)співбесіду\s+(?:проведуть|проводитимуть|проводитимемо|проведемо|проведу|проводитиму)(?=\s)"
    r"|(?<!\w)з\s+нашого\s+боку\s+будуть(?=\s*:?\s)"
    r"|\bvestlus[et]?\s+(?:viivad|viime|viib)\s+läbi(?:\s+(?:konkursi)?komisjon)?(?=\s*:?\s)"
    r"|\b(?:vestlusel|voorus|intervjuul)\s+osalevad(?:\s+lisaks\s+minule)?(?=\s*:?\s)"
    # ... and the person's own note: "Meeting Kamrul Hasan Talukder (Group CFO) + Nusrat ..."
    r"|(?:^|(?<=[.!?]\s))(?-i:Meeting)(?=\s+(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))"
    # ... "With Thibaud Decazes (Group General Manager) + Hout Sovath (...)"
    r"|(?:^|(?<=[.!?)]\s))(?-i:With)(?=\s+(?:(?:Dr|Mr|Ms|Mrs|Prof|M|Mme)\.?\s+)?(?-i:[A-Z])[a-z]+\s+"
    r"(?-i:[A-Z])[\w-]+\s*\()"
    # ... and the person's own note: "Vestlevad Kairi Lõhmus (värbamispartner) ja ..."
    r"|(?:^|(?<=[.!?]\s))[Vv]estlevad(?=\s)"
    r"|(?:^|(?<=[.!?]\s))[Kk]omisjon(?=\s*:\s)"
    r"|(?<!\w)(?:интервюто|разговорът)\s+ще\s+(?:проведат|проведе|водят|води)"
    r"|\b(?:veți|veti|vei)\s+(?:discuta|vorbi|sta\s+de\s+vorbă)\s+cu"
    # "Your interviewers will be", "The interview will be conducted by", and abroad: "La
    # entrevista será con", "Rozmowę poprowadzą", "w spotkaniu wezmą udział", "será
    # conduzida por", "Das Gespräch führen", "Ihre Gesprächspartner sind", "gjennomføres
    # av", "wordt gevoerd door", "se déroulera avec", "parteciperanno", "condotto da",
    # "hålls av", "Pohovoru se zúčastní", "Pohovor povede"
    r"|\byour\s+(?:interviewers?|assessors?)\s+(?:on\s+the\s+day\s+)?(?:will\s+be|are|is)"
    # "Your interview panel will include Yvette Spainhour, Risk Manager; Ricky Furches, ..."
    r"|\byour\s+(?:interview\s+)?panel\s+(?:will\s+include|includes)"
    # "The panel will be chaired by Mr. Khaled Momani, Deputy CEO, and will also include ..."
    r"|\b(?:the\s+)?(?:interview\s+)?panel\s+will\s+be\s+chaired\s+by"
    # "The interview board will be chaired by me and the other board members are Dr ..."
    r"|\b(?:other\s+)?(?:board|panel|committee|interview\s+board)\s+members\s+(?:are|will\s+be)"
    # "then take questions from the panel, which will be me and our Chief Digital & Information
    # Officer, Martin Ferreira-Hale"
    r"|\b(?:interview\s+)?panel,?\s+(?:which|who)\s+(?:will\s+be|is|are)(?=\s)"
    # "On the panel are", Afrikaans "Op die panel is ek, ...", Dutch "In het panel zitten"
    r"|\b(?:on\s+the|op\s+die|in\s+het)\s+panel\s+(?:is|are|will\s+be|sal\s+wees|sit|zitten|zit)"
    r"|\b(?:will\s+be\s+|is\s+being\s+)?(?:conducted|led|run|hosted|facilitated)\s+by"
    # ("Te van a entrevistar el Ing. Agr. Marcos Sarasola, ...", "Nos reuniremos con la Ec.
    # Mariela Dalmao, Gerenta de Riesgos, y conmigo", "La entrevista la hacemos con el Ing.
    # Rodolfo Burgueño, Gerente de Planta, y yo")
    r"|\b(?:te|le|lo|la)\s+van\s+a\s+entrevistar(?=\s)|\b[Nn]os\s+reuniremos\s+con(?=\s)"
    r"|\b(?:la|lo)\s+hacemos\s+con(?=\s)"
    r"|\b(?:te|le|lo|la)\s+(?:recibir[áa]n?|van\s+a\s+recibir)|\b(?:será|sera)\s+(?:conmigo\s+y\s+)?con(?:\s+(?:el|la))?"
    # "Te van a entrevistar Nico Lanusse (...) y ...", "La charla es conmigo y con Martín ..."
    r"|\b(?:a\s+)?banca\s+(?:será|vai\s+ser|é|sera)(?:\s+compost[oa]\s+(?:por|pel[oa]s?)(?=\s+(?:Eng|Dr|Dra|Sr|Sra|Prof|Profa)\.))?(?=\s)|\bte\s+van?\s+a\s+entrevistar|\b(?:it|this)(?:'ll|’ll|\s+will)\s+be(?=\s+(?:(?:me|myself)(?:\s*\([^()]{1,60}\))?\s+and\s|(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])))|\bvas\s+a\s+(?:conversar|hablar|platicar)\s+con"
    # "Os reuniréis con Gonzalo Peñalver Montalvo, ..., y con la Dra. Sonsoles Villarroya"
    r"|\b(?:os|te|se)\s+reunir(?:éis|ás|á|án)\s+(?:en\s+[^,.;:]{2,50}?\s+)?con|\bvas\s+a\s+reunirte\s+con"
    # "Os evaluarán Araceli Moya, Jefa de Operaciones SVQ, y Daniel Ortiz"; "estará compuesto
    # por Dña. ...; D. ...; y Dña. ..."
    r"|\b(?:os|te|le|la|lo)\s+evaluar(?:á|án)(?=\s+(?-i:[A-ZÁÉÍÓÚ]))"
    # "Te evaluaremos yo y nuestro Gerente Comercial, Felipe Contreras"
    r"|\b(?:os|te|le|la|lo)\s+evaluaremos(?=\s+yo\b)"
    # "Conversaremos yo y nuestro Gerente Comercial, Víctor Hugo Salazar Arbulú"
    r"|\b(?:[Cc]onversaremos|[Hh]ablaremos|[Ee]ntrevistaremos)(?=\s+yo\s+y\s)"
    # "Te entrevistarán el Ing. Martín Loayza Effio, ..., y la Srta. Fiorella Castañeda Ruiz";
    # a note typed above Zoom's text: "Entrevista con el Sr. Rodrigo Chávez Málaga (...) y la
    # Sra. Cynthia Olaechea (...)"
    r"|\b[Tt]e\s+entrevistar(?:á|án)(?=\s)"
    r"|(?:^|(?<=[.!?]\s))Entrevista\s+con(?=\s+(?:el|la)\s+(?:Sr|Sra|Srta|Dr|Dra|Ing|Lic)\.\s)"
    # "Vamos a estar yo y nuestra productora, la Feña (Fernanda Olave)"
    r"|\bvamos\s+a\s+estar(?=\s+yo\s+y\s)"
    # "Na callu budu já a naše producentka Johana Pilařová"
    r"|\bna\s+(?:callu|hovoru|pohovoru|schůzce)\s+(?:budu|budeme)\s+(?:já\s+a|my\s+s)(?=\s)"
    # the person's own note of a call in Czech: "Volá Zuzana Jedličková z HR na mobil"
    r"|(?:^|(?<=[.!?]\s))(?:volá|zavolá|zavolají)(?=\s+(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]))"
    # ... and Ukrainian "Телефонуватиме Оксана Литвиненко з відділу персоналу", Estonian
    # "Helistab Väinamere Liinide personalijuht Kerli Mets"
    r"|(?:^|(?<=[.!?]\s))(?:Телефонуватиме|Зателефонує|Подзвонить|Helistab)(?=\s)"
    # ... and Polish: "Dzwoni p. Justyna Pławecka z HR Lumea BPO"
    r"|(?:^|(?<=[.!?]\s))(?:Dzwoni|Zadzwoni)(?:\s+p\.)?(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))"
    # a note's "Avec M. Didier Lemaire-Dubrulle (gérant) et Mme Justine Vasseur (...)"
    r"|(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=[\u2013\u2014]\s))(?:Entretien\s+avec|Avec|avec)"
    r"(?=\s+(?:M\.|Mme|Mlle|Monsieur|Madame|Dr\.?)\s)"
    # ... and in Portuguese: "Entrevista vaga ... – com o Sr. Rivaldo Santana (Diretor de
    # Operações) e a Sra. Aline Cabral (RH)"
    r"|\bcom\s+(?:o|a)(?=\s+(?:Sr|Sra|Dr|Dra|Prof|Profa)\.\s+[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý])"
    # Swiss German: "Sie treffen Herrn Dr. Felix Brodbeck, ..., und Frau Monika Hasler", a
    # line typed above a Zoom copy: "Gespräch mit Hr. Beat Nussbaumer (...) und Fr. Sandra ..."
    r"|\bSie\s+treffen(?:\s+(?:dort|dann|vor\s+Ort))?(?=\s+(?:Herrn?|Frau|Dr\.)\s)"
    # ... and the people before the verb that they receive you or take part: "Sizi CEO'ları
    # Sayın Volkan Demirci ve İK Direktörü Nazlı Sezer Hanım karşılayacak", "Görüşmede
    # müşterimiz adına Ticari Analitik Direktörü Levent Çakır ve İK Müdürü Sibel Yalın yer alacak"
    r"|\b(?:Sizi|Görüşmede(?:\s+müşterimiz\s+adına)?)(?=\s[^.\n]{4,200}?\s(?:karşılayacak\w*|yer\s+alacak\w*"
    r"|katılacak\w*))"
    # Turkish, the people between "Görüşmeyi" and the verb: "Görüşmeyi Mali İşler Grup
    # Başkanımız Sayın Haluk Sarıgül ve ... Direktörümüz Aslı Günaydın gerçekleştirecektir."
    r"|\b(?:Görüşmeyi|Mülakatı)(?=\s[^.\n]{4,160}?\s(?:birlikte\s+)?(?:yapacağız|yapacaktır|yapacaklar"
    r"|gerçekleştirecek\w*))"
    # Swedish: "Rekryteringsgruppen består av Karin Sjöberg, enhetschef ..., och Omid Rahimi",
    # "Vid intervjun deltar Anneli Backman, avdelningschef ..., och Oskar Nilsson", "Vi blir
    # jag och förvaltningens digitaliseringschef Patrik Holm"
    r"|\b(?:[Rr]ekryteringsgruppen|[Ii]ntervjupanelen|[Pp]anelen)\s+består\s+av(?=\s)"
    r"|\b[Vv]id\s+intervjun\s+deltar(?=\s)|" + _WRITER_WITH +
    # a note typed above Zoom's text: "Interview for Operations Analytics Manager – with Mr.
    # Hassan Abdalla Mwinyi (General Manager, Operations) and Ms. Mwanajuma Bakari Salim";
    # "The session will be with me and our Managing Director, Mr. Karim Jaffer Ladha."
    r"|(?<=[\u2013\u2014-]\s)with(?=\s+(?:Mr|Mrs|Ms|Dr|Prof)\.?\s)"
    r"|\b(?:session|meeting)\s+will\s+be\s+with(?=\s)"
    # "The interview panel is composed of Dr. Tesfaye Alemu Bekele, Chief, ...; Ms. ..."
    r"|\b(?:panel|board|committee)\s+(?:is|will\s+be)\s+(?:composed|made\s+up)\s+of(?=\s)"
    # Québec: "Tu rencontreras M. Raymond Côté-Lavallée, ing., vice-président ..., et Mme ..."
    r"|\b(?:[Tt]u\s+rencontreras|[Vv]ous\s+rencontrerez)(?=\s+(?:M\.|Mme|Mlle|Dr|Dre|la\s+Dre|le\s+Dr)\s)"
    r"|(?:^|(?<=[.!?]\s))Gespräch\s+mit(?=\s+(?:Hr\.|Fr\.|Herrn?|Frau|Dr\.)\s)"
    # French: "L'entretien sera mené par moi-même et par ma consœur Nathalie Feltgen, Partner",
    # "On sera moi et Thibault Lejeune, notre CTO"; German: "Das Gespräch führe ich gemeinsam
    # mit unserem Geschäftsführer, Herrn Andreas Kowalski"
    r"|\b(?:entretien|entrevue|échange|rencontre|rendez-vous)\s+sera\s+(?:mené|conduit|animé)e?\s+par"
    r"(?:\s+moi(?:-même)?\s+et"
    r"(?:\s+par)?)?(?:\s+(?:ma|mon|notre)\s+(?:consœur|confrère|collègue|associée?))?(?=\s)"
    r"|\b(?:on|nous)\s+(?:sera|serons)\s+moi\s+et(?=\s)"
    # "Nous serons deux : mon père, Henri Lestonnac, gérant de la maison, et moi-même"
    r"|\b(?:[Oo]n|[Nn]ous)\s+(?:sera|serons)\s+(?:deux|trois|quatre)\s*:(?:\s+(?:mon|ma|notre)\s+[a-zé]+,)?(?=\s)"
    # Dutch: "Je spreekt met de heer Geert Van Renterghem, CFO, en met mevrouw ...", a line
    # typed above Zoom's text: "Gesprek vacature ... – met dhr. Bart Lemmens (zaakvoerder) en
    # mevr. Nele Moerman (HR)"
    r"|\b[Jj]e\s+spreekt\s+met(?=\s+(?:de\s+heer|mevrouw|dhr\.|mevr\.)\s)"
    r"|(?:^|(?<=[.!?]\s)|(?<=[-\u2013\u2014]\s))met(?=\s+(?:dhr|mevr|de\s+heer|mevrouw)\.?\s)"
    # "A conversa vai ser comigo e com a nossa Diretora de Operações, Sandra Tavares Aragão"
    r"|\b(?:conversa|entrevista|reunião|ligação|papo)\s+(?:vai\s+ser|será|é)\s+(?:comigo\s+e\s+)?com(?=\s)"
    # "Nous vous recevrons avec notre Directrice générale, Bénédicte Vandamme-Lecomte"
    r"|\b(?:nous\s+vous\s+recevrons|je\s+vous\s+recevrai)\s+avec(?=\s)"
    # "Der Auswahlkommission gehören Herr Dr. Stefan Kienzle (...), Frau Carmen Nägele (...)
    # und Herr Timo Feucht (...) an."
    r"|\b(?:Auswahl)?(?:kommission|gremium)\s+gehören(?=\s+(?:Herrn?|Frau|Dr\.)\s)"
    # a note's "Entrevistan: don Luis Rojas Castillo (...) y la Sra. Carolina Vega (...)"
    r"|(?:^|(?<=[.!?]\s))(?:Entrevistan|Entrevistarán)\s*:(?=\s)"
    # ... and without the colon, before a titled name: "Entrevistan Lic. Gerson Tuyuc (...) y
    # Licda. Siomara Pirir (...)"
    r"|(?:^|(?<=[.!?]\s))(?:Entrevistan|Entrevistarán)(?=\s+(?:Lic|Licda|Ing|Inga|Dr|Dra|Sr|Sra|Mgter)\.\s)"
    # ... and in Spanish: "Me llama Javiera Moraga de RR.HH. al celu"
    r"|(?:^|(?<=[.!?]\s))(?:me\s+llama|me\s+llamará|me\s+va\s+a\s+llamar)(?=\s+(?-i:[A-ZÁÉÍÓÚ]))"
    # Czech: "Hodnotit Vás budu já, Simona Kubištová a naše obchodní ředitelka Ing. Dana ..."
    r"|\bhodnotit\s+(?:Vás|vás|tě)\s+(?:budu|budeme|bude|budou)(?:\s+já,?)?"
    r"|\b(?:estará|está|queda|quedará)\s+(?:compuest[oa]|formad[oa]|integrad[oa])\s+por"
    # "a cargo del Comité Evaluador, compuesto por el Dr. ..."
    r"|\b(?:comité|comisión|tribunal|panel)(?:\s+de\s+\w+|\s+\w+)?\s*,?\s+(?:está\s+|es\s+)?(?:compuest[oa]"
    r"|formad[oa]|integrad[oa])"
    r"\s+por(?=\s)"
    # Portuguese: "A banca examinadora será composta por Prof. Dr. ..."
    r"|\b(?:será|está|é)\s+(?:compost[oa]|formad[oa]|integrad[oa])\s+(?:por|pel[oa]s?)(?=\s)"
    r"|\b(?:conversarás|hablarás|platicarás)\s+con|\b(?:será|serão)\s+(?:conduzida|conduzido)\s+pel[oa]s?"
    # Indonesian "akan diwawancarai oleh", Malay "akan ditemu duga oleh", Swahili "Usaili
    # utafanywa na", Afrikaans "Jy sal met ... gesels"
    r"|\b(?:akan\s+)?(?:diwawancarai|ditemu\s*duga|ditemuduga)\s+oleh|\butafanywa\s+na"
    r"|\bjy\s+(?:sal\s+)?(?:met|gesels\s+met)(?=\s+[A-Zd])|\b(?:la|lo)\s+(?:hará|harán|realizará|realizarán|llevará"
    r"|llevarán)(?=\s+[A-ZÁÉÍÓÚ])|\b(?:charla|entrevista|reunión|llamada|conversación)\s+es"
    r"\s+(?:conmigo\s+y\s+)?con|\b(?:poprowadzą|poprowadzi|przeprowadzą|przeprowadzi)"
    # "Rozmowę poprowadzę ja wraz z Dorotą Kubisztal", "udział weźmie ... – dr Ewa Rogalska"
    r"|\bpoprowadzę\s+ja\s+(?:wraz\s+)?z(?=\s)|\budział\s+(?:wezmą|weźmie)(?=\s)"
    r"|\b(?:wezmą|weźmie)\s+udział|\b(?:será|serão)\s+(?:conduzida|conduzido|realizada)\s+por"
    r"|\bSie\s+lernen(?:\s+(?:diesmal|dabei|heute|auch|zunächst))?(?=\s+(?:Frau\s+|Herrn?\s+)?(?-i:[A-Z]))"
    # "Diesmal sind wir zu dritt: Frau Aydemir, Herr Brandes und ich"
    r"|\bsind\s+wir\s+zu\s+(?:zweit|dritt|viert|fünft)\b"
    # A note that opens with whom the round is: "Colloquio con Ivano Bocchi (Direttore di
    # Stabilimento) e Valentina Corradi." (two people, so not "Colloquio con Rosselli Alimentare")
    r"|(?:^|(?<=[.!?]\s))(?:(?:second|final|first|2nd|secondo|deuxième)\s+)?"
    r"(?:colloquio|incontro|interview|entretien|entrevista|Gespräch|gesprek)"
    r"\s+(?:con|with|avec|mit|met|com)(?=\s+(?-i:[A-Z])[^.\n]{2,100}?\s(?:e|and|et|und|y|en)\s+"
    r"(?:l['’]|la\s+|il\s+)?(?-i:[A-Z]))"
    # "This will be an informal conversation with me and Harlan": the writer and who else
    r"|\b(?:conversation|chat|interview|call|meeting|discussion)\s+with(?=\s+(?:me|myself)\s+and\s+"
    r"(?-i:[A-Z]))"
    # a note that starts with who will be there: "Me (Ravi, CEO) and Jess Okonedo (COO)."
    r"|(?:^|(?<=[.!?]\s))(?-i:Me|Myself)(?:\s*\([^()]{1,40}\))?\s+(?:and|&)(?=\s+(?-i:[A-Z]))"
    # Polish "Będziemy we trójkę: ja, Michalina Dąbrowska-Fuchs (...) oraz nasz CTO, ..."
    r"|\bbędziemy\s+we?\s+(?:dwójkę|trójkę|czwórkę|piątkę)\b"
    # ("Ihre Gesprächspartner vor Ort sind Herr Markus Schwenk (...) und Frau Anja Ziegler")
    r"|\bGespräch\s+(?:führen|führt)|\bIhre?\s+Gesprächspartner(?:in)?\s+(?:vor\s+Ort\s+)?"
    r"(?:sind|ist|werden|wird)"
    # "Im Gespräch sind Thilo Gerstenberger (CPO) und ich."
    r"|\b[Ii]m\s+Gespräch\s+(?:sind|ist|werden\s+sein)"
    # "Das Gespräch führen Herr Wolfgang Riesch (...) und Frau Sandra Unterholzner"
    r"|\b(?:[Dd]as|[Dd]ieses)\s+Gespräch\s+führen(?=\s+(?:Herr|Frau|Dr\.?|[A-Z]))"
    # "Mit dabei sind Pit Hombergs (...) und ich", "Tu seras en entretien avec Lucie ...",
    # "Te entrevistan Martina Berruti (...) y Diego Arismendi (...)" (no colon)
    # a note typed above Zoom's text: "Bewerbungsgespräch Uni am Schottentor – Datenmanager*in
    # ... mit Dr. Klaus Matejka (Leiter Stabsstelle QM) und Mag.a Barbara Reischl (...)"
    r"|(?:^|(?<=[.!?]\s))[\w-]*gespräch\b[^.\n]{0,120}?\s+mit(?=\s+(?:Dr\.|Mag\.(?:a\b)?|Herrn?\s|Frau\s"
    r"|DI\s|Ing\.|Prof\.)[^.\n]{2,100}?\sund\s)"
    r"|\b[Mm]it\s+dabei\s+(?:sind|ist)|\b[Dd]abei\s+(?:sind|ist)\s+neben\s+mir|\b(?:tu\s+seras|vous\s+serez)\s+en\s+entretien\s+avec"
    r"|\b[Tt]e\s+entrevistan?(?=\s+(?-i:[A-ZÁÉÍÓÚ]))"
    # "Seitens Pollak & Wiesinger sind meine Kollegin Daniela Koller (...) und ich im Gespräch."
    r"|\b[Ss]eitens\s+[\w&.' -]{1,40}?\s+sind(?:\s+meine?\s+Kolleg(?:in|e|innen|en))?(?=\s)"
    r"|\bgjennomføres\s+av|\b(?:wordt|worden)\s+gevoerd\s+door|\bse\s+déroulera\s+avec"
    # "Annelies neemt haar collega Youssef Ait Lahcen mee, senior jurist huurrecht"
    r"|\bneemt\s+(?:haar|zijn)\s+collega(?=\s+(?-i:[A-Z])[^.\n]{2,60}?\smee\b)"
    r"|\bparticipar(?:ão|á|ao)\s+(?:da|desta|na)\s+(?:entrevista|conversa|reunião)|\bparteciperanno|\bparteciperà|\bsaranno\s+presenti|\b(?:condotto|condotta|condotti)\s+da(?:l|lla|llo|i|lle)?(?=\s)"
    # the writer and a colleague: "Al colloquio parteciperemo io e l'Ing. Daniela Pietrosanti"
    r"|\bparteciperemo"
    # "Je mènerai cet entretien avec Sophie Lambotte, Group Controller"
    r"|\b(?:mènerai|conduirai|ferai|mènerons)\s+(?:cet|l['’]|ce\s+second)\s*entretien\s+avec"
    # a Catalan tribunal: "L'entrevista la farà el tribunal qualificador, format per la senyora
    # Neus Aragall i Prat (presidenta), el senyor Ramon Ollé i Casals (vocal) i ..."
    r"|\b(?:tribunal|comissió)(?:\s+\w+)?\s*,?\s*format\s+per(?=\s)"
    r"|\b(?:hålls|leds)\s+av|\bse\s+zúčastní|\bpovede|\bpovedou"
    # Finnish "Haastattelijoina toimivat", "Haastattelijat ovat", "Haastatteluun osallistuvat"
    r"|\bhaastattelij(?:oina|ana|at)\s+(?:toimivat|toimii|ovat|on)|\bhaastatteluun\s+osallistu(?:vat|u)"
    # ... a headhunter's "Asiakkaan puolelta tapaamiseen osallistuvat toimitusjohtaja Kari ..."
    r"|\b(?:tapaamiseen|keskusteluun|haastatteluun)\s+osallistu(?:vat|u)"
    # "Haastatteluryhmään kuuluvat kehittämispäällikkö Heikki Vartiainen, ..."
    r"|\bhaastatteluryhmään\s+kuulu(?:vat|u)"
    # Greek: "Από την πλευρά της εταιρείας θα είναι παρόντες ο κ. Μάρκος Χατζηπατέρας, ...",
    # "θα συμμετέχουν", "Στη συνάντηση θα είμαστε εγώ και ..."
    r"|θα\s+είναι\s+παρόντ(?:ες|ος|ούσα)|θα\s+συμμετ(?:έχουν|άσχουν)|θα\s+είμαστε(?=\s+εγώ\s+και)"
    # Romanian "Interviul îl vom susține eu și colegul meu Sorin Talpă, Director Daune"
    r"|\b(?:interviul|discuția|discutia)\s+(?:îl|o)\s+vom\s+(?:susține|susţine|sustine|face|avea)"
    r"(?=\s+eu\s+și)"
    # "Τη συνέντευξη θα πραγματοποιήσουμε εγώ και η Ιουλία Σταθοπούλου"
    r"|θα\s+(?:πραγματοποιήσουμε|κάνουμε|διεξαγάγουμε)(?=\s+εγώ\s+και)"
    r"|\bhaastattelij(?:oina|ana)(?=\s+(?:minä\b|(?-i:[A-ZÅÄÖ])))"
    # A panel said to consist of people: "De selectiecommissie bestaat uit", "The panel
    # is made up of", "Das Gremium besteht aus"; those who will be there: "Saremo presenti
    # io e", "Fra vores side deltager", "Seitens Acme nehmen ... teil"
    r"|\b\w*(?:panel|committee|board|commissie|jury|gremium|comité|commissione|kommission|j[úu]ri)"
    r"\s+(?:\w+\s+){0,2}?(?:bestaat\s+uit|consists\s+of|is\s+made\s+up\s+of|includes|besteht\s+aus"
    r"|(?:é|será)\s+compost[oa]\s+por"
    r"|(?:est|sera)\s+composée?\s+de|se\s+compose(?:ra)?\s+de|will\s+be\s+made\s+up\s+of"
    r"|will\s+be(?!\s+chaired\b)|will\s+consist\s+of|(?:will\s+)?comprises?"
    r"|estará\s+formado\s+por|è\s+composta\s+da)"
    # ("estaremos desde la sala de juntas en Rionegro" says where, not who)
    r"|\b(?:saremo\s+presenti|estaremos(?:\s+presentes)?(?=\s*(?::|(?-i:[A-ZÁÉÍÓÚ])))|deltager"
    r"|estarão\s+presentes)"
    # "la entrevista la haremos Santiago Echeverri Vélez (...) y yo"
    r"|\b(?:la|lo)\s+(?:haremos|realizaremos)(?=\s+(?:(?:el|la)\s+)?(?-i:[A-ZÁÉÍÓÚ]))"
    r"|\bdu\s+møder|\bdu\s+møter|\bdu\s+skal\s+(?:mødes|møde|møte|tale|snakke)\s+med"
    r"|\bdu\s+(?:kommer\s+att\s+)?(?:träffa|prata\s+med)"
    # "L'entretien sera mené par M. Laurent Pidoux, ..., accompagné de Mme ..."
    r"|\b(?:sera|seront)\s+(?:mené|menée|menés|conduit|conduite|conduits)\s+par"
    # "Je spreekt met", "La incontrerà l'Ing.", "Du träffar", "Vous rencontrerez",
    # "Sie treffen", "Te atenderá", "Você vai conversar com"
    r"|\b(?:je|u)\s+spreekt\s+(?:met|met\s+onder\s+andere)|\b(?:la|ti|vi|lo)\s+incontrer(?:à|anno)"
    # "Durante il colloquio incontrerà Anna Bassi (HR) e l'Arch. Paolo Rota"
    # (or "incontrerà la Dott.ssa ...")
    r"|\bincontrer(?:à|ai|ete)(?=\s+(?:l['’])?(?-i:[A-Z])|\s+(?:la|il)\s+(?:sig|dott|ing|arch|prof|avv)\.)"
    # the person's own note of a call: "Mi chiama la sig.ra Ornella Fantuzzi (resp. personale)"
    r"|\bmi\s+(?:chiama|chiamerà|telefona|telefonerà|richiama)(?=\s+(?:(?:la|il)\s+)?(?:sig\.?(?:ra)?|dott\.?(?:ssa)?|(?-i:[A-Z])))"
    r"|\bdu\s+träffar|\bvous\s+rencontrerez|\bvous\s+(?:échangerez|discuterez|parlerez)\s+avec|\bvous\s+serez\s+reçue?(?:\(e\))?\s+par|\bSie\s+treffen"
    r"|\bte\s+(?:atenderá|atenderán|entrevistará|entrevistarán)"
    r"|\bvocê\s+(?:vai\s+)?(?:conversar|falar)(?:\s+com|(?=\s+comigo\b))"
    # "Vão entrevistá-la o Eng.º Tiago Sottomayor Brandão, ..., e a Eng.ª Gércia Nhantumbo"
    r"|\b(?:vão|irão)\s+entrevist[áa]-l[oa](?:\(a\))?(?:\s+(?:o|a|os|as)(?=\s))?)"
    # the people on the same line, or a list below a line that ends in a colon
    r"(?:\s*:?\s+(?P<rest>.+)|\s*:\s*)$",
    re.IGNORECASE,
)
# The dot of a title inside a run of names, which ends no sentence: "Eng. Turki Al-Mutlaq
# (...) and Mr. Joseph Mathew", "Prof. Jaime Teles", "M. Arnaud Rocheron".
_TITLE_DOT = (
    r"(?<=\b(?:Dr|Mr|Ms|St|Sr|Er))\.|(?<=\b(?:Mrs|Drs|Ing|Lic|Dra|Eng|Sra))\."
    r"|(?<=\b(?:Prof|Engr|Dott))\.|(?<=\bM)\."
)
# Someone named as joining: "Dr. Farid Nazari (owner) will join us", "... and Bronwyn
# Keogh (NUM) will interview you", "O Rui Monteiro (...) também vai estar presente".
_WILL_JOIN = re.compile(
    # ("Cal Rasmussen, who leads our analysts, is marked optional – he'll hop on for ...";
    # "Eng. Turki Al-Mutlaq (...) and Mr. Joseph Mathew (...) will interview you")
    # (after a label of whose side they are on: "From the client: W/ro Yeshi Gebreyes (...) and
    # Ato Dereje Fikadu (...) will interview you")
    rf"(?:^|[.!?]\s+)(?:(?:O|A|El|La|Il|Der|Die|De)\s+)?(?:(?:From|On)\s+[\w' ]{{1,30}}:\s+)?"
    rf"(?P<rest>[A-Z](?:[^.!?]|{_TITLE_DOT})*?)\s+"
    r"(?:(?:he|she|they)(?=['’]ll))?(?:will|'ll|’ll|vai|vão"
    r"|irá|va|wird|zal)\s+(?:also\s+|também\s+|auch\s+|ook\s+)?(?:join|interview|entrevistar|be\s+joining"
    r"|be\s+interviewing|sit\s+(?:in|on|with)|estar\s+presente|participar|teilnehmen|dabei\s+sein"
    r"|aanwezig\s+zijn|aanschuiven|take\s+you\s+(?:through|out)|hop\s+on\s+for|dial\s+in"
    # ("She said Mr. Ashan de Mel, Director of Revenue, will also be on the line")
    r"|be\s+on\s+the\s+(?:line|call)"
    # "Harjit Sandhu-Morales (...) and Owen Falconbridge, CPA (...) will meet with you"
    r"|(?:be\s+)?meet(?:ing)?\s+with\s+you|speak\s+with\s+you"
    # a phone screen: "Nurse Recruiter Tameka Okparaeke, BSN, RN will call you at the mobile
    # number on your application" (not "Lisa will call you if anything changes")
    r"|(?:call|phone|ring)\s+you\s+(?:at|on)(?=\s)"
    # ... and the person's own note of it: "Sr. Valdir Peixoto (...) vai me ligar no celular"
    r"|me\s+ligar|(?:call|phone|ring)\s+me\s+(?:at|on)(?=\s))\b"
    # "Vanuit Buurtwerk zitten Sevda Yıldırım (...), Henk Oudshoorn (...) en ik aan tafel"
    r"|\bzitten\s+(?P<tafel>[A-Z][^.!?]*?)\s+aan\s+tafel\b"
    # "Daan (creative director) en ik voeren het gesprek samen", "Ayşe Beckers (...) en ik doen
    # het samen"
    r"|(?:^|[.!?]\s+)(?P<samen>[A-Z][^.!?]*?)\s+(?:voeren|doen|houden|leiden)\s+(?:het|dit)\s+"
    r"(?:(?:sollicitatie)?gesprek\b|interview\b|samen\b)"
    # German: "Reto (CCO/MLRO) und ich gehen mit dir deine Risikobewertung durch", "Frau Lüthi
    # und ich führen das Gespräch"
    r"|(?:^|[.!?]\s+)(?P<undich>[A-Z][^.!?]*?\s+und\s+ich)\s+(?:gehen\s+mit\s+(?:dir|Ihnen)"
    r"|führen\s+(?:das|dieses)\s+Gespräch|sprechen\s+mit\s+(?:dir|Ihnen))\b"
    # a German phone screen: "Herr Quirin Eisenreich (Leiter Einkauf) wird Sie unter der von
    # Ihnen angegebenen Telefonnummer anrufen"
    # ... and the person's own note of it: "Frau Yvonne Staiger (Recruiting) ruft an."
    # (Austrian, titled: "Fr. Mag. Doris Holzer (Leitung Rechnungswesen) ruft an")
    r"|(?:^|[.!?]\s+)(?P<anruf>(?:Herr|Frau|Hr\.|Fr\.)\s+(?:(?:Mag|MMag|Dr|DI|Ing|Prof)\.?(?:a|in)?\s+)*"
    r"[A-Z][^.!?]*?)\s+(?:wird\s+(?:Sie|dich)\s+[^.!?]{0,80}?\banrufen"
    r"|ruft\s+(?:mich\s+)?(?:[^.!?]{0,40}\s)?an)\b"
    # the person's own note: "Lindsey Ashurst (Head of BI) ringing me on my mobile"
    # (and in French: "Soraya Benali (RH) m'appelle sur le portable")
    r"|(?:^|[.!?]\s+)(?P<ringing>[A-ZА-Я][^.!?]*?)\s+(?:(?:is\s+)?(?:ringing|calling|phoning|phones|rings|calls)\s+"
    r"(?:me|my\s+(?:cell|mobile|phone))"
    # ("Ms. Rhea Tolentino (HR) will call on my Globe number", Swedish "Malin Svärd
    # (rekryterare) ringer mig")
    r"|will\s+(?:call|ring|phone)\s+(?:me\b|on\s+my\b)|ringer\s+(?:upp\s+)?mig"
    # ("Julia Brennan (Senior Talent Advisor) calling re Environmental Data Analyst")
    r"|(?:ringing|calling|phoning|calls|rings)\s+re:?\s"
    # Turkish: "Burcu Şahin (İK) cepten arayacak"
    r"|(?:cepten\s+|beni\s+)?arayacak"
    r"|m['’]appelle(?:ra)?|me\s+rappelle(?:ra)?|me\s+téléphone(?:ra)?"
    # ... and in Portuguese: "Joelma Freitas do RH me liga no celular"
    r"|me\s+liga(?:rá)?|vai\s+me\s+ligar"
    # ... and in Dutch: "Ann Maes (HR) belt me op gsm"; Finnish "Jenni Mustonen Kotipihan
    # HR:stä soittaa kännykkään"
    r"|belt\s+(?:me|mij)|soittaa(?:\s+(?:minulle|kännykkään|puhelimeeni))?"
    # ... and Hungarian: "Hegedűs Bálint (HR, Körte Webshop) hív mobilon"
    r"|(?:hív|felhív)\s+(?:mobilon|telefonon)"
    # ... and Romanian: "Elena Dumitru de la HR Cireșica mă sună pe mobil"
    r"|m[ăa]\s+(?:sun[ăa]|va\s+suna)"
    # ... and Bulgarian "Галина Тодорова от ЧР на Емона ще ми звънне на мобилния",
    # Indonesian "Bu Ratna Wulandari (HRD) telepon ke HP"
    r"|ще\s+ми\s+(?:звънне|се\s+обади)|(?:akan\s+)?(?:telepon|menelepon|telp)\s+(?:ke\s+)?(?:HP|hp|saya))\b"
    # ... and Greek, the verb first: "Με παίρνει η Κατερίνα Μπούρα από το HR"
    r"|(?:^|[.!?]\s+)(?:(?:Με\s+παίρνει|Θα\s+με\s+πάρει)\s+(?:ο|η)"
    # ... and Croatian: "Zove Snježana Bošnjak iz HR-a Vinodol Trgovine na mobitel"
    r"|(?:Zove(?:\s+me)?|Nazvat\s+će\s+me|Zvat\s+će\s+me|Zvaće\s+me)(?=\s+(?-i:[A-ZČĆŠŽĐ]))"
    # ... and Lithuanian: "Skambins Rūta Vaitkutė (Lūšis prodiuserė) į mobilų"
    r"|Skambins(?:\s+man)?(?=\s+(?-i:[A-ZĄČĘĖĮŠŲŪŽ]))"
    # ... and Slovene: "Kliče me Simona Rozman iz kadrovske službe"
    r"|Kliče(?:\s+me)?(?=\s+(?-i:[A-ZČŠŽ]))"
    # ... and Latvian: "Zvanīs Līga Bērziņa no Baltā Kāpa ..."
    r"|Zvanīs(?:\s+man)?(?=\s+(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])))"
    r"\s+(?P<greekcall>[^\W\d_][^.!?]*?)(?:\s+(?:από|iz|sa|s|no)\b|[.!?]|$)"
    # "Seitens Wendelstein nehmen Dr. Henrike Albers und Deniz Yılmaz teil"
    r"|\bnehmen\s+(?P<teil>(?:Dr\.\s+|Frau\s+|Herr\s+)?[A-Z][^.!?]*?)\s+teil\b"
    # "Nadia Ouellet-Barbeau, gérante de la succursale, et moi mènerons l'entrevue"
    r"|(?:^|[.!?]\s+)(?P<menons>[A-Z][^.!?]*?)\s+(?:mènerons|mènera|conduirons|conduira"
    r"|animerons|animera)\s+l['’](?:entrevue|entretien)"
    # "Jane Doe (...) and Raj Patel (...) will be conducting the interview", "Jane Doe, our
    # Director of Sales, will lead the conversation"
    # "Priya Halvorsen (Senior Planner) and I will be the panel"
    r"|(?:^|[.!?]\s+)(?P<panelists>[A-Z][^.!?]*?\s+and\s+I)\s+(?:will|'ll|’ll)\s+be\s+(?:the|your)\s+"
    r"(?:panel|interviewers)\b"
    r"|(?:^|[.!?]\s+)(?P<lead>[A-Z][^.!?]*?)\s+will\s+(?:be\s+)?(?:conduct(?:ing)?|lead(?:ing)?"
    r"|run(?:ning)?|host(?:ing)?)\s+(?:the|your|this)\s+(?:interview|conversation|call|session|meeting)"
    # a clause after ", and": "..., and Gugu Mkhize from our Terminal Operations team may
    # dial in for the last 15 minutes"
    r"|,\s+and\s+(?P<andjoin>[A-Z][^.!?,;]*?)\s+(?:may|might|will|'ll|’ll)\s+(?:also\s+)?(?:dial\s+in"
    r"|join|hop\s+on|sit\s+in)\b"
    # Spanish "también va a estar Valentina Arango", "nos acompañará ..."
    r"|\b(?:también\s+)?(?:va|van)\s+a\s+estar\s+(?P<estar>(?-i:[A-ZÁÉÍÓÚ])[^.!?,(;]*)"
    # French, Italian and Spanish without a "will": "Arnaud Rocheron, trésorier, se joindra
    # à nous", "Giulia Ferri ci raggiungerà", "Marta Gil se unirá a la llamada"
    r"|(?:^|[.!?]\s+)(?P<joins>[A-Z][^.!?]*?)\s+(?:se\s+joindr(?:a|ont)|nous\s+rejoindr(?:a|ont)"
    # Danish, Norwegian and Swedish: "... og Sam Lee (Lead Developer) gennemfører samtalen"
    r"|(?:gennemfører|gjennomfører|genomför|leder|håller)\s+(?:samtalen|intervjuet|intervjun"
    r"|interviewet)"
    r"|participer(?:a|ont)\s+(?:à|a)\s+l['’](?:entretien|entrevue)|si\s+unir(?:à|anno)"
    r"|ci\s+raggiunger(?:à|anno)|se\s+unir(?:á|án)|nos\s+acompañar(?:á|án))\b"
    # Spanish, the name after the verb: "luego se conecta el Lic. Jorge Alberto Íñiguez",
    # "y se suma el Ing. Rogelio Cantú Elizondo, nuestro Director"
    r"|\bse\s+(?:conecta|conectará|suma|sumará|une|unirá|incorpora|incorporará)\s+(?:el\s+|la\s+)?"
    r"(?P<after>(?:(?:Lic|Ing|Dr|Dra|Mtro|Mtra|Arq|C\.P)\.?\s+)?(?-i:[A-ZÁÉÍÓÚ])[^.,;:!?(]*)"
    # Turkish: "Görüşmeye Ayşe Yılmaz ve Mehmet Demir katılacaktır", "Mülakatı ... yapacaktır"
    r"|\b(?:Görüşmeye|Mülakata|Toplantıya|Mülakatı|Görüşmeyi|Görüşmede|Mülakatta|Toplantıda)\s+"
    r"(?P<turk>[A-ZÇĞİÖŞÜ][^.!?]*?)\s+"
    r"(?:katılaca[kğ]|yapaca[kğ]|gerçekleştirece[kğ]|yer\s+alaca[kğ]|bulunaca[kğ]|olaca[kğ])"
    # the person's own note of a visit: "Ask for Fiona Tregenza (Head of Commercial) at
    # reception - also meeting Dev Malhotra (Pricing Manager)."
    # (with a post in brackets: who receives the person at the desk, "Ask for Jasmine Obuya at
    # the front desk", is no interviewer)
    r"|(?:^|[.!?]\s+)(?-i:Ask)\s+for\s+(?P<askfor>(?-i:[A-Z])[^.!?\n()]*?\([^()\n]{2,60}\))"
    r"\s+at\s+(?:the\s+)?"
    r"(?:reception|front\s+desk|desk|security|gate)\b"
    r"|\b(?-i:also)\s+meeting\s+(?:with\s+)?(?P<alsomeet>(?-i:[A-Z])[^.!?\n]*?)(?=\s*[.!?\n]|$)",
)
_CLAUSE_BEFORE_JOIN = re.compile(r",\s+(?:and\s+)?(?:so|which\s+means|therefore|but)\s+|;\s+")
# When someone joins, said before their name: "At 11:00 Priya Venkatesan-Cole (...) will
# join us", "After lunch, Tom Reyes will ...".
_WHEN_FIRST = re.compile(
    r"^(?:(?:at|from|around|by|after)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|after\s+(?:lunch|that|this|the\s+\w+)|then|later|afterwards|finally)\s*,?\s+",
    re.IGNORECASE,
)
# Prose that names the people of an interview: "a Teams video interview with Tremaine
# Osgood (Head of Finance) and Fenella Drury (Director of Finance)". Only those given a
# title or an address count: "your interview with Acme Robotics" names a company.
# What a firm's name is followed by, not a person's: "your technical interview with
# Gasparilla Digital, the Tampa technology hub of Gasparilla Cruise Line"
_A_PART_OF_THE_FIRM = re.compile(
    r"the\s+(?:[\w-]+\s+){0,3}(?:hub|office|site|campus|division|subsidiary|branch|studio"
    r"|headquarters|arm)\s+of\b",
    re.IGNORECASE,
)
# A company an agency works for, not a person: "with our client Nafoud Foods Co." (but "our
# client's CFO, Jane Doe" names her)
_A_CLIENT = re.compile(r"(?:our|the|a|an|your)\s+(?:client|customer)\b(?!['’])", re.IGNORECASE)
_INTERVIEW_WITH = re.compile(
    # ("Case study presentation and discussion with Brendan Scollard, Director, Technology Risk")
    r"\b(?:interview|conversation|call|meeting|chat|round|session|scheduled|minutes|an\s+hour"
    r"|hours|discussion)"
    # (the job between dashes: "Interview – Commercial Data Analyst – with Hamish Urquhart")
    r"(?:\s+[-\u2013\u2014]\s+[^-\u2013\u2014\n]{2,80}?\s+[-\u2013\u2014])?"
    r"\s+(?:is\s+|will\s+be\s+|'ll\s+be\s+)?with\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# A sentence that names the whole panel: "Your interview committee will be ...", and one
# that names the writer on it ("The interview panel will be me, ...").
_PANEL_IS = (
    # (one group: the patterns below go on after it)
    r"(?:\b(?:panel|committee|board|comité|jury|júri|kommission|gremium|banca)\s+(?:will\s+be|(?:will\s+)?consists?\s+of|is\s+made"
    r"\s+up\s+of|(?:will\s+)?comprises?|(?:sera|est)\s+composée?\s+de|se\s+compose(?:ra)?\s+de"
    # "Die Auswahlkommission besteht aus Herrn Mag. Ferdinand Pruckner (...)", "O júri é
    # composto por"
    r"|besteht\s+aus|(?:é|será)\s+compost[oa]\s+(?:por|pel[oa]s?)"
    # "Your interview panel will include Yvette Spainhour, Risk Manager; ..."
    r"|will\s+include|includes)(?!\w)"
    # ... and who conducts it, said whole: Serbian and Croatian "Razgovor vode Goran Simić ... i
    # Mirjana Bogdanović", "Разговор воде ...", Bulgarian "Интервюто ще проведат ...",
    # Indonesian "Interview akan dipandu oleh ... dan ...", Lithuanian, Slovene and Latvian
    r"|(?<!\w)(?:razgovor|intervju|разговор)\s+(?:vode|vodi|воде|води)(?!\w)"
    r"|(?<!\w)интервюто\s+ще\s+проведат(?!\w)|\b(?:akan\s+)?(?:dipandu|dihadiri)\s+oleh(?!\w)"
    r"|\b(?:pokalbį\s+ves|pokalbyje\s+dalyvaus)(?!\w)|\brazgovor\s+(?:bosta|bodo)\s+vodil[aio]?(?!\w)"
    r"|\binterviju\s+vadīs(?!\w)"
    # South Asian "The interview will be taken by our Chief Executive Officer ... and ...",
    # "You will be interviewed by our Director – Merchandising, Mr. ..., and our GM – ..."
    r"|\b(?:interview|round)\s+(?:will|shall)\s+be\s+(?:taken\s+by|conducted\s+by(?=\s+(?:our|Mr|Ms|Mrs"
    r"|Dr|Prof)\b))(?!\w)|\byou(?:'ll|’ll|\s+will)\s+be\s+interviewed\s+by(?!\w))"
)
_PANEL_WILL_BE = re.compile(_PANEL_IS + r"\s+\S", re.IGNORECASE)
# (to the sentence's end, past the dot of "Dr." or "Mrs.")
# "L'entretien sera mené par moi-même et par M. Laurent Ehrhart": the writer leads, with them
_LED_BY_THE_WRITER = (
    r"\b(?:entretien|entrevue)\s+sera\s+men[ée]e?\s+par\s+moi(?:-même)?(?![\w-])|\bpoprowadzę\s+ja(?![\w-])"
    # German: "Das Gespräch führe ich gemeinsam mit Herrn DI Markus Trnka", "Dabei sind neben
    # mir unsere Bereichsleiterin ..."
    r"|\b[Dd]abei\s+(?:sind|ist)\s+neben\s+mir(?![\w-])|" + _WRITER_WITH +
    # Turkish: "Görüşmeyi ben ve Fabrika Müdürümüz Cengiz Oktay Ünal birlikte yapacağız"
    r"|\bGörüşmeyi\s+ben\s+ve(?=\s)"
    # Indonesian "akan dilakukan oleh Bapak Benny Tanuwijaya (...) bersama saya"; Croatian
    # "Razgovor vodimo ja i kolegica ..."; Bulgarian "Интервюто ще проведем аз и г-жа ..."
    r"|\b(?:dipandu|dihadiri|dilakukan|dipimpin)\s+oleh\s+[^.\n]{0,160}?\b(?:bersama|dan)\s+saya(?![\w-])"
    r"|\bvodimo\s+ja\s+i(?=\s)|(?<!\w)ще\s+проведем\s+аз(?=\s)"
    # Serbian "Bićemo ja i Marija (Marija Janković, naša CEO)", Croatian "Bit ćemo ja i ..."
    r"|\b(?:bićemo|bit\s+ćemo)\s+ja\s+i(?=\s)"
    # Lithuanian "Pokalbį vesime aš ir finansų kontrolierė ...", "Kalbėsimės trise: aš ir ...",
    # "Pokalbį ves Justė Mikalauskaitė (...) ir aš"
    r"|\bpokalbį\s+vesime\s+aš(?=\s)|\bkalbėsimės\s+(?:dviese|trise|keturiese)\b"
    r"|\bpokalbį\s+ves\s+[^.\n]{0,120}?\bir\s+aš(?![\w-])"
    # Latvian "Interviju vadīšu es kopā ar personāla vadītāju ..."
    r"|\binterviju\s+vadīšu\s+es(?=\s)|\binterviju\s+vadīsim\s+es(?=\s)"
    r"|\binterviju\s+vadīs\s+[^.\n]{0,120}?\bun\s+es(?![\w-])"
    # Ukrainian "Співбесіду проводитимемо я та ...", "проведу я разом із ..."; Estonian
    # "Vestluse viime läbi mina ja meie COO ...", "Vestluse viin läbi mina koos Anuga",
    # "Vestlusel osalevad lisaks minule ..."
    r"|(?<!\w)(?:проводитимемо|проведемо|проведу|проводитиму)\s+я(?!\w)"
    r"|\bvestlus[et]?\s+(?:viime|viin)\s+läbi\s+mina\b|\bosalevad\s+lisaks\s+minule\b"
)
_WRITER_ON_PANEL = re.compile(
    _PANEL_IS + rf"(?:[^.\n]|{_TITLE_DOT})*"
    # (Portuguese "... e por mim, que também farei algumas perguntas")
    r"\b(?:me|myself|moi(?:-même)?|mim)(?![\w-])|" + _LED_BY_THE_WRITER,
    re.IGNORECASE,
)
_SELF_INTRODUCED = re.compile(
    r"(?:^|[.!?\"“]\s*)(?P<rest>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+here\s*[,.!–-]\s*(?:I'm|I\s+am)"
)
_COORDINATOR_LINE = re.compile(
    r"^\s*(?:[-*\u2022]\s*)?(?:recruiting\s+|interview\s+)?(?:coordinator|scheduled\s+by)"
    r"\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# A header on a line of its own, without a colon ("Interview Panel", "Your interviewers").
_BARE_HEADER = re.compile(
    # (Workday in Portuguese and Spanish: "Entrevistadores" above the list)
    r"^\s*(?:your\s+)?(?:interviewers?|entrevistador(?:es|as)?|interview\s+(?:panel|team|schedule)|panel(?:ists)?"
    r"|(?:selection|interview|hiring)\s+(?:panel|committee)"
    r"|who\s+you(?:'ll|\s+will)\s+(?:be\s+)?meet(?:ing)?)\s*(?P<rest>)$",
    re.IGNORECASE,
)
# A sentence that ends in a colon before the list of the people: "Your interview will be
# conducted by a panel of three:", "You will be interviewed by:".
_LIST_INTRO = re.compile(
    r"^.*\b(?:conducted\s+by|interviewed\s+by|(?:a|the|our)\s+panel(?:\s+of\s+\w+)?"
    r"|consists?\s+of|made\s+up\s+of|comprises?|will\s+comprise|will\s+consist\s+of"
    r"|will\s+include|(?:panel|committee|board)(?:\s+members)?\s+(?:is|are|will\s+be)"
    # Greek "η οποία έχει την ακόλουθη σύνθεση:", "αποτελείται από:"
    r"|ακόλουθη\s+σύνθεση|αποτελείται\s+από|απαρτίζεται\s+από)\s*:\s*(?P<rest>)$",
    re.IGNORECASE,
)
# What a slot of an itinerary says before its people: "Interview with", "Data modeling
# with", "Live coding (Python + SQL) with".
_WITH_PREFIX = re.compile(
    r"^\s*(?:[\w+/&',\u2019-]+\s+|\d:\d\s+|\([^)]*\)\s+){0,7}?(?:with|mit|avec|con|com|met|med)\s+",
    re.IGNORECASE,
)
_COORDINATOR_SENTENCE = re.compile(
    r"(?:^|[.!]\s+)(?P<rest>(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*)\s+(?:is|will\s+be)\s+your\s+"
    r"(?:recruiting\s+|interview\s+|scheduling\s+)?coordinator"
    r"|\b[Yy]our\s+(?:recruiting\s+|interview\s+)?coordinator(?:\s+for\s+the\s+day)?\s+is\s+"
    r"(?P<after>.+)$"
)
# "Agenda:", and "your first-round schedule for the Analyst role:" (a noun after "your" or
# "the", so "please schedule a time that suits:" is no schedule).
_SCHEDULE = re.compile(
    r"^(?:.*\b(?:schedule|agenda|itinerary|interview\s+plan|line-?up|ablauf|zeitplan|tagesablauf"
    r"|programma|dagprogramma)\s*"
    r"|\s*(?:programme|program|timetable)\s+for\s+(?:the|your)\s+(?:day|visit|interview)\s*"
    r"|.*\b(?:your|the)\s+(?:[\w-]+\s+){0,3}(?:schedule|agenda|itinerary|programme|program"
    r"|timetable)\b[^:]{0,60})"
    r":\s*(?P<rest>)$",
    re.I,
)
# A line that starts with a time range: a slot of an itinerary.
_RANGE_LINE = re.compile(
    # ("2.00pm - 2.15pm: Arrival + intro", as Singapore and Britain write the hour)
    r"^\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-\u2013\u2014]\s*\d{1,2}(?:[:.h]\d{2})?"
    # or one time, a dash, and the slot: "10:30 - Lunch prep and 20 minutes with Chef ..."
    r"|^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-\u2013\u2014|]\s+|\s{2,}|\t)(?=[^\W\d])"
    # ... as French writes it: "10h30 : accueil par Maëlle (badge visiteur)"
    r"|^\s*\d{1,2}h\d{2}\s*(?:[-\u2013\u2014|:]\s+|\s{2,}|\t)(?=[^\W\d])",
    re.I,
)
# Zoom's invitation text: "Brynn Tsosie-Larsen is inviting you to a scheduled Zoom meeting."
_ZOOM_HOST = re.compile(
    # ("Kessington & Rao Advisory is inviting you": an account's name with its ampersand)
    # ("Servicio de Investigación - Universidad de Marismas del Guadalquivir le está invitando":
    # an account named for a unit and its body, with their small words)
    # ("Cooperativa de Ahorro y Crédito Alli Tarpuy Ltda.": its "y")
    # ("Tejeira, Bethancourt & Asociados": a firm of partners' names, a comma between)
    r"^(?P<name>(?-i:[A-ZÀ-Ý][\w'’.-]+)(?:(?:\s(?:(?:de|del|la|of|and|di|du|des|da|do|y|e|et)\s|&\s|-\s)?|,\s)"
    r"(?-i:[A-ZÀ-Ý][\w'’.-]+)){1,8}"
    # ("Cervecería Higüamo, S.A. is inviting you": its legal form after a comma)
    r"(?:,\s(?-i:S\.A\.(?:S\.)?|S\.R\.L\.|S\.L\.|S\.A\.C\.|Inc\.|Ltd\.|LLC))?)"
    r"(?: is inviting you to a scheduled Zoom meeting| le está invitando a una reunión de Zoom"
    r"| te está invitando a una reunión de Zoom| está convidando você para uma reunião Zoom"
    r"| vous invite à une réunion Zoom| lädt Sie zu einem geplanten Zoom-Meeting ein"
    # ... in Italian and Dutch, and German's "du": "Marco Tuccillo ti sta invitando a una
    # riunione Zoom programmata", "nodigt u uit voor een geplande Zoom-vergadering"
    r"| (?:ti|La|vi) sta invitando a una riunione Zoom"
    r"| lädt dich zu einem geplanten Zoom-Meeting ein"
    r"| nodigt (?:u|je|jou) uit voor een geplande Zoom-vergadering)",
    re.MULTILINE,
)


# The writer in the meeting ("Me (Ravi, CEO) and Jess", "I'll lead it"), as against one who
# only asks to be told ("let me know", "email me").
_WRITER_TAKES_PART = re.compile(r"\b(?:[Mm]e|I(?:'ll|’ll|\s+will))\b")
_ASIDES_TO_ME = re.compile(r"\b(?:let|contact|email|call|text|ring|tell|ask)\s+me\b", re.I)


# The team a person in a title is from: "Giulia Bernasconi (RH)", "Jane Doe (HR)".
PEOPLE_TEAM = re.compile(
    r"(?i)HR|RH|RRHH|RR\.\s?HH\.?|RU|TA|HR\s+team|talent(?:\s+acquisition)?|recruiting|recruitment|recrutement"
    r"|ressources\s+humaines|human\s+resources|personale|personal|recursos\s+humanos"
    # "Me llama Yessenia Palomino de Selección al celular"
    r"|selección|seleção"
    # Turkish "İK" (insan kaynakları): "Paketçi İK telefon", "Burcu Şahin (İK)"
    r"|İK|insan\s+kaynakları"
    # Bulgarian "ЧР" (човешки ресурси), Indonesian "HRD", Croatian "ljudski potencijali"
    r"|ЧР|човешки\s+ресурси|HRD|ljudski\s+potencijali|kadrovska(?:\s+služba)?"
)
_NAME_AND_TEAM = re.compile(
    # (not a call's title: "Poziv Mlekara Lipovac (HR)")
    r"(?:^|[-\u2013\u2014|:]\s*)(?!(?:Poziv|Позив|Обаждане|Klic|Zvans|Skambutis|Puhelu|Telefon|Call|Appel|Kõne|Дзвінок)\s)(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s*\(\s*(?i:"
    + PEOPLE_TEAM.pattern.removeprefix("(?i)")
    + r")\s*\)\s*$"
)


def zoom_host(description: str) -> str:
    """Who Zoom's invitation text says invites: a person, or the account's organisation."""
    host = _ZOOM_HOST.search(description[:2000])
    if not host:
        return ""
    name = host["name"]
    # (a comma inside only in a firm of partners' names: "Tejeira, Bethancourt & Asociados";
    # "Hi, Brynn ..." is a greeting before the host)
    parts = re.split(r",\s(?!S\.A\.|S\.R\.L\.|S\.L\.|Inc\.|Ltd\.|LLC)", name)
    if len(parts) > 1 and not re.search(r"\s(?:&|and|y|e|et)\s", name):
        return parts[-1]
    return name


# A slot of a schedule the description heads as one ("Schedule:"), its time and item apart
# by a single space: "10:45 Interview with Ole and me".
# ("09h30 acolhimento na receção (Sandra)", as Portugal and France write the hour)
_TIMED_LINE = re.compile(r"^\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s(?=[^\W\d])", re.I)
# The writer as the last item of a panel list: "- und ich", "- and me", "- e eu"
_WRITER_ITEM = re.compile(
    r"^\s*(?:[-*\u2013\u2014\u2022]\s*|\d{1,2}[.)]\s*)?(?:(?:and|und|y|e|et|og|och|en|i|a|ve|sowie)\s+)?(?:me|myself"
    r"|ich(?:\s+selbst)?|mir|yo|eu|moi(?:-même)?|meg|mig|jeg|ja|já|ben|ik|mij|jag)(?:\s*[.!]?\s*|\s*[,(].*)$",
    re.I | re.M,
)
_ARROW = re.compile(r"^\s*(?:->|→|=>|⇒)\s*")
_BULLET = re.compile(r"^\s*(?:->|→|=>|⇒|[-*\u2013\u2014\u2022\u25aa\u25cf]|\d{1,2}[.)])\s+")
_TIME_PREFIX = re.compile(
    r"^\s*(?:[-*\u2022]\s*)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-\u2013\u2014]|to)\s*"
    # (and the zone after it: "3:00 - 3:30 PM (Arizona): Priya Anantharaman, ...")
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4}\b)?\s*(?:\([^()\n]{2,30}\)\s*)?"
    r"[:|\-\u2013\u2014]?\s*"
    # one time alone: "13:15  Formal interview with ..."
    r"|^\s*(?:[-*\u2022]\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:[|\-\u2013\u2014]\s*)?"
    r"|^\s*(?:[-*\u2022]\s*)?\d{1,2}h\d{2}\s*(?:[|:\-\u2013\u2014]\s*)?",
    re.IGNORECASE,
)


# Two to four capitalised words, a title before them or not: a name in a sentence.
_NAME_IN_PROSE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mtra|Mtro|Lic|Ing|Sra|Sr)\.?[ \t]+)?"
    r"(?<![\w'’-])(?-i:[A-ZÀ-Ý][\w'’-]+)(?:[ \t]+(?-i:[A-ZÀ-Ý][\w'’-]+)){1,3}"
)
# A schedule's fields that name no interviewer, whatever follows them.
_FIELD_LABEL = re.compile(
    r"(?:candidate|candidat|candidate\s+name|kandidat(?:in)?|role|position|job|job\s+title|title"
    r"|poste|stelle|vacancy|requisition|req|reference|ref|location|address|venue|date|time"
    r"|duration|format|dress\s+code|parking)\s*:",
    re.IGNORECASE,
)
_READ_LIMIT = 20_000
# The writer set apart from those who interview: "Yo te recibo en la caseta ..., pero la
# entrevista es con el Ing. Ulises Mancera y el Dr. Kenji Murakami" names the whole panel.
_BUT_THE_INTERVIEW = re.compile(
    r"\b(?:pero|but|mais|aber|maar|mas|ma)\s+(?:la|the|l'|o|a|das|het)\s*(?:entrevista|interview"
    r"|entretien|entrevue|gesprek|gespräch|colloquio)\s+(?:es|is|will\s+be|est|sera|ist|wird|será"
    r"|é|è|sarà)\s+(?:con|with|avec|mit|met|com)\b",
    re.IGNORECASE,
)
# A list's header after a sentence on the same line: "... for the SDE-2 position. Panel:
# Aniket Paranjpe (Tech Lead) and Sudhir Venkataraman (Engineering Manager)."
_HEADER_IN_LINE = re.compile(
    # (or after a dash, in a note: "Interview for Finance Reporting Analyst (R2R) –
    # interviewers: Mr. Joaquin Arcega (...) and Ms. Pia Concepcion (...)")
    r"[ \t][-\u2013\u2014][ \t]+(?=(?i:interviewers?|panel(?:ists)?)\s*:)"
    # (a viva before a board that a note names mid-line: "Viva before the Selection Board:")
    r"|(?<=[.!?])[ \t]+(?:(?:Viva(?:\s+voce)?|Interview)\s+before\s+the\s+)?"
    r"(?=(?:Panel|Interview\s+panel|Interviewers?|Your\s+interviewers?|Panell?ists"
    r"|Your\s+(?:interview\s+)?panel|Raters|(?:Search\s+|Selection\s+)?Committee"
    # a university's viva typed above Zoom's text: "... (Memo No. ...). Board: Prof. Dr. ..."
    r"|(?:Viva\s+|Selection\s+|Interview\s+)?Board"
    # ... and its members, after a line that names the board: "Selection Board – Manager, ...
    # (Advt. No. ICU/HR/2026/19). Members: Prof. Dr. ..."
    r"|(?:Board\s+|Panel\s+|Committee\s+)?Members"
    # "... dauert ca. 60 Minuten. Der Auswahlkommission gehören an: Herr ..."
    r"|(?:Der|Die)\s+Auswahlkommission(?:\s+gehören\s+an)?"
    r"|De\s+selectiecommissie\s+is\s+samengesteld\s+als\s+volgt"
    # a note typed above a Zoom copy: "Entrevista ... (Terminal ...). Participan: Diego ..."
    # ("Concurso 03/ICAER/2026, Técnico Superior N1 (Estatística). Júri: Dr. Aurélio ...",
    # "... spécialité Statistique. Jury : M. Abdelkrim Sefrioui (président, ...)")
    r"|J[úu]ri|Jury|Comit[ée](?:\s+de\s+(?:selecci[oó]n|sélection))?"
    # a civil service competition's "Commission: Revaz Dolidze (chair, Deputy Director), ..."
    r"|(?:Interview\s+|Selection\s+|Competition\s+)?Commission"
    r"|Participan|Participam|Entrevistadores|Rozmawiają|Komisyon|Συνεντευκτές|Haastattelijat|Tribunal"
    # a concurso's "Comisión de Selección:", a university's "Integran el Comité:"
    r"|Comisi[oó]n\s+de\s+Selecci[oó]n|Integran\s+(?:el|la)\s+(?:Comit[eé]|Comisi[oó]n)"
    # ("Comisión evaluadora: Mgter. Eyra Ducruet (preside, ...), Lic. ... e Ing. ...")
    r"|Comisi[oó]n\s+(?:evaluadora|calificadora|de\s+evaluaci[oó]n)|Comit[eé]\s+evaluador"
    r"|Müsahibə\s+komissiyası|Kimlə"
    r"|Intervievează|Intervievatori"
    # Croatian "Na razgovoru će sudjelovati:", Bulgarian "Интервюиращи:"
    r"|Na\s+razgovoru\s+(?:će\s+)?(?:sudjel|učestv)\w+|Razgovor\s+vod[ei]|Интервюиращи|Intervjueri"
    r"|Sodelujeta|Sodelujejo"
    r"|Ze\s+strony\s+\w+\s+w\s+(?:rozmowie|spotkaniu)\s+(?:udział\s+wezmą|uczestniczyć\s+będą)"
    r"|Rozmawiać\s+będą\s+z\s+(?:Tobą|Panią|Panem))\s*:)"
)

# --------------------------------------------------------------------------- addresses


def my_addresses(me: str, rules: DetectRules) -> frozenset[str]:
    return frozenset(canonical_address(a) for a in {me, *rules.my_addresses} if a.strip())


def is_mine(email: str, me: str, rules: DetectRules) -> bool:
    return bool(email) and canonical_address(email) in my_addresses(me, rules)


def is_unaddressed(email: str) -> bool:
    """A placeholder for an interviewer named without an address (the person fills it in)."""
    return email.lower().endswith("@" + UNADDRESSED_DOMAIN)


def _domain_in(domain: str, domains: Iterable[str]) -> bool:
    """`domain` is one of `domains` or under one of them (jane@hire.lever.co: lever.co)."""
    known = domains if isinstance(domains, frozenset) else frozenset(domains)
    labels = domain.split(".")
    return any(".".join(labels[i:]) in known for i in range(len(labels)))


def is_tool_address(email: str) -> bool:
    """A no-reply, notification or scheduling-tool sender."""
    local, _, domain = email.lower().partition("@")
    return bool(_NO_REPLY_LOCAL.search(local)) or _domain_in(domain, TOOL_DOMAINS)


def is_group_address(email: str) -> bool:
    local, _, domain = email.lower().partition("@")
    return (
        not domain
        or local in GROUP_LOCAL_PARTS
        or bool(_GROUP_LOCAL.search(local) or _MAILBOX_SUFFIX.search(local))
        or _domain_in(domain, GROUP_DOMAINS)
        or domain.startswith(("groups.", "lists."))
    )


def is_room_name(name: str) -> bool:
    """ "Boardroom", "NYC-12-Hudson (8)": a room's name, not a person's or a company's."""
    return bool(_ROOM_NAME.search(name))


def not_a_person(attendee: Attendee) -> bool:
    """A room, resource or group, by what the calendar says or what it is plainly called."""
    if attendee.is_resource or attendee.kind in ("room", "resource", "group"):
        return True
    local = attendee.email.partition("@")[0]
    if re.match(r"^(?:rooms?|conf|conference|mtg|resource)(?:[-._][\w.-]*)?\d", local):
        return True
    name = attendee.name.strip()
    return bool(name) and bool(_ROOM_NAME.search(name) or _GROUP_NAME.search(name))


# --------------------------------------------------------------------------- interviewers


def interviewers_of(
    event: CalendarEvent, me: str, notes: Notes, rules: DetectRules, extra_notes: str = ""
) -> tuple[Interviewer, ...]:
    """Everyone who interviewed the person at `event` (see the module docstring).

    `extra_notes` are lines added with `followup note`: "interviewer: Jane Doe"
    there names someone as the description would.
    """
    method = notes.method or Method.EMAIL
    # Who takes part is said near the top: a description is read to 20,000 characters, so
    # an oversized one costs what a long invite does.
    text = "\n".join(
        line for line in event.description[:_READ_LIMIT].splitlines() if not is_tool_line(line)
    )
    text = _as_lists(text)
    booking = {m.lower() for m in _BOOKING_PAGE.findall(event.description)}

    def excluded(email: str) -> bool:
        domain = email.partition("@")[2]
        return (
            is_mine(email, me, rules)
            or email.lower() in booking
            or is_group_address(email)
            or is_tool_address(email)
            or _domain_in(domain, rules.work_domains)
        )

    named, coordinators = names_in_description(text)
    named = [(n, e) for n, e in named if not _ROOM_NAME.search(n)]  # "Ormond Boardroom"
    # someone the invite shows declining is not there, whatever the prose says of them
    declined = [a for a in event.attendees if a.response == "declined" and not a.is_self]
    named = [(n, e) for n, e in named if e or not match_attendee(n, declined)]
    added, _ = names_in_description(extra_notes)  # the person's own: added, never a panel
    mine = {name_key(rules.my_name)} if rules.my_name else set()
    named = [(n, e) for n, e in named if name_key(n) not in mine and not (e and excluded(e))]
    added = [(n, e) for n, e in added if name_key(n) not in mine and not (e and excluded(e))]

    organizer = event.organizer_email.strip().lower()
    invited = list(event.attendees)
    if organizer and not any(a.email.lower() == organizer for a in invited):
        # Outlook never lists the organiser as an attendee; they usually run the interview.
        invited.append(Attendee(organizer, event.organizer_name, is_organizer=True))
    # A group session's invite may list the other candidates, from their own mail
    group = bool(_GROUP_SESSION.search(f"{event.title}\n{text}"))
    present = [
        a
        for a in invited
        if not (a.is_self or not_a_person(a) or a.response == "declined")
        and a.role != "non-participant"
        and not excluded(a.email)
        and not _is_coordinator(a, coordinators)
        and not (group and is_free_mail(a.email.rpartition("@")[2].lower()))
    ]
    on_invite = {a.email.lower() for a in event.attendees}
    # (a declined attendee is still someone the text may name: "Janani Sivapalan (HRBP) is
    # added for information only and won't be joining" is about her, not the writer)
    declined = [a for a in invited if a.response == "declined" and not a.is_self]
    away = absent(text, present + declined, organizer, named, on_invite)
    away |= _only_at_the_door(text.splitlines(), present)
    attendees = [a for a in present if a.email.lower() not in away]
    people = [(name, email or match_attendee(name, attendees)) for name, email in named]
    if any(not email for _, email in people) and cjk.has_cjk(text):
        # "何家俊先生（Marcus）": the Latin name in brackets is the one the invite uses
        latin = cjk.aliases(text)
        people = [
            (name, email or (match_attendee(latin[name], attendees) if name in latin else ""))
            for name, email in people
        ]
    romanised = bool(named) and not any(e for _, e in people) and _romanised_panel(named, attendees)
    if romanised:
        # "면접관: 권태준 CTO, 남궁현우 팀장" and the invite's "Kwon, Taejun", "Namgung,
        # Hyunwoo": the same people, their names in two scripts; the attendees are the
        # panel, those required on it
        named, people = [], []
        attendees = [a for a in attendees if a.role != "opt-participant"]
    elif named:
        people = _paired_across_scripts(people, attendees, organizer)
    lines = text.splitlines()
    # A list is a header, or an itinerary of two or more slots that name their people.
    listed = any(
        _LIST_HEADER.match(line)
        or _WHO_HEADER.match(line)
        or _SCHEDULE.match(line)
        or _PANEL_WILL_BE.search(line)
        or re.search(_LED_BY_THE_WRITER, line, re.IGNORECASE)
        or cjk.panel(line)
        or ((said := _SENTENCE.search(line)) is not None and not said["rest"])
        or _BUT_THE_INTERVIEW.search(line)
        for line in lines
    ) or (sum(1 for line in lines if _slot_names(line)) >= 2)
    scheduled = any(_SCHEDULE.match(line) for line in lines)
    if not (named and listed):
        # A list ("Interviewers:", a schedule) is the panel; a sentence ("you'll be
        # meeting with Jane") may name only some of the people invited.
        matched = {email for _, email in people}
        # ... but an optional attendee it does not name is there to watch or to know, and
        # so is one left out where the others are named by first name: "product sense
        # (Beatriz) + analytical (Anand)"
        unnamed_optional = bool(named) or _others_named(attendees, text, organizer)
        # ... and a Zoom copy's sender, with no one else on it, only hosts the meeting: "You'll
        # be meeting Catriona Blakey and Rupert Wilberforce" over "Hollie Tasker is inviting
        # you to a scheduled Zoom meeting"
        only_hosts = (
            bool(people)
            and not any(not a.is_self for a in event.attendees)
            and organizer not in {e.lower() for _, e in people}
            # (not one who writes that they take part: "I'll lead it", "joining me", "Me (Ravi,
            # CEO) and Jess Okonedo")
            and not writer_joins(text)
            and not _WRITER_TAKES_PART.search(_ASIDES_TO_ME.sub(" ", text))
            and bool(host := zoom_host(event.description))
            and match_attendee(host, attendees).lower() == organizer
        )
        people += [
            (a.name, a.email)
            for a in attendees
            if a.email not in matched
            and not (unnamed_optional and a.role == "opt-participant")
            and not (only_hosts and a.email.lower() == organizer)
        ]
    elif (
        _WRITER_ON_PANEL.search(text)
        or _WRITER_ITEM.search(text)
        or any(
            (_RANGE_LINE.match(line) or _LIST_HEADER.match(line) or _WHO_HEADER.match(line))
            and writer_joins(line)
            # (not a slot that opens or closes the day: "4.15pm - 4.30pm: Wrap-up, I'll walk
            # you out")
            and not _DAYS_EDGE.match(_TIME_PREFIX.sub("", line))
            # a slot that is the writer's own: "9:30   me (quick intro + walk of the floor)"
            or (
                (_RANGE_LINE.match(line) or (scheduled and _TIMED_LINE.match(line)))
                and re.match(r"(?:me|myself)\b", _TIME_PREFIX.sub("", line).strip(), re.I)
                is not None
            )
            or (scheduled and _TIMED_LINE.match(line) and writer_joins(line))
            or writer_joins(_naming_sentence(line))
            # "Herr Brandstetter (...) und ich führen das Gespräch" above an itinerary
            or _writer_and_named(line)
            # "면접관: 배명호 상무님과 저" (Director Bae and me)
            or cjk.lists_the_writer(line)
            for line in lines
        )
    ):  # "The interview panel will be me, ...", "9:00 - Coffee with me in the lobby",
        # "Panel: Mr. Anurag Bhatnagar, Zonal Sales Head, along with me.", "You will meet
        # with the committee: myself, Prof. Anselm Vandergrift ..." (a panel said to be the
        # writer's own: their HR signature does not leave them out)
        pool = present if _WRITER_ON_PANEL.search(text) else attendees
        people += [(a.name, a.email) for a in pool if a.email.lower() == organizer]
    if named and listed:
        # "9:30 - 10:15  Perpetua - readout of your case study": a slot that names an
        # attendee by first name alone is theirs (a first name in prose proves too little)
        slotted = _slot_first_names(lines, scheduled)
        matched = {email for _, email in people}
        people += [
            (a.name, a.email)
            for a in attendees
            if a.email not in matched and _first_name(a) in slotted
        ]
    people += [(name, email or match_attendee(name, attendees)) for name, email in added]
    people += [(name, email) for name, email in notes.interviewers if not excluded(email)]
    alone = not organizer and not any(not a.is_self for a in event.attendees)
    if alone and (not people or writer_joins(text)):
        # Zoom's own copy of a meeting, with nobody on it: its host is who invited the person
        # (and one the host names with them: "Al colloquio parteciperemo io e l'Ing. Daniela
        # Pietrosanti")
        host = zoom_host(event.description)
        if (
            host
            and looks_like_name(host)
            and name_key(host) not in {name_key(n) for n, _ in people}
        ):
            people.append((host, ""))
            # ... and whoever the meeting's name gives with them: "Commodity Risk Analyst -
            # Interview with Shauna Whitebear and Devinder Gill"
            # (or in the title's last brackets: "... - Senior PM Subscriptions (Mehdi Aït Lahcen,
            # Tamara Groeneveld)")
            named_with = re.search(r"\bwith\s+([^-\u2013\u2014|(]+)$", event.title) or re.search(
                r"\(([^()]+)\)\s*$", event.title
            )
            if named_with and name_key(host) in name_key(named_with[1]):
                people += [
                    (name, "")
                    for name, _, _ in split_name_list(named_with[1])
                    if looks_like_name(name) and name_key(name) != name_key(host)
                ]

    if alone and not people:
        # the person's own note of a call, the caller in its title with their team: "Appel
        # Aramis Grains – Giulia Bernasconi (RH)"
        tagged = _NAME_AND_TEAM.search(event.title)
        if tagged and looks_like_name(tagged["name"]):
            people.append((tagged["name"], ""))

    found: dict[str, Interviewer] = {}
    invite_names = {a.email.lower(): display_name(a.name, a.email) for a in attendees if a.name}
    for name, email in people:
        # an invite that gives only the address: the name as the description writes it
        unnamed = not name.strip() or name.strip().lower() == email.strip().lower()
        if unnamed and organizer and email.strip().lower() == organizer and event.organizer_name:
            # listed by address alone, named as the organiser: "benjamin@quillaylabs.com"
            # among the attendees, ORGANIZER;CN=Benjamín Ortúzar
            name = event.organizer_name
            unnamed = name.strip().lower() == email.strip().lower()
        display = (unnamed and _signed_as(email, text)) or display_name(name, email)
        fuller = invite_names.get(email.strip().lower(), "")
        if _shortened(display, fuller):
            display = fuller  # "... and Imogen again", "Nico Lanusse": the invite's whole name
        elif untitled(display) != display and name_key(untitled(display)) == name_key(fuller):
            display = fuller  # "Professor Helena Carrodus" on the panel list, as invited
        elif fuller and _initialled(display, fuller):
            display = fuller  # "Ch. Srinivasa Rao" is Srinivasa Rao Chilukuri, as invited
        elif fuller and (_declined(display, fuller) or _stems_alike(display, fuller)):
            # "wraz z Dorotą Kubisztal" is Dorota Kubisztal, as invited; Slovak "s kolegom
            # Mgr. Petrom Dobšom", put back as "Petr Dobš", is Peter Dobša
            display = fuller
        if not email.strip():
            display = untitled(display)  # known only by name: "Marek Wiśniowski", no "Dr"
        if any(w.isupper() and len(w) > 2 for w in re.split(r"[\s,-]+", name)):
            display = _accented(display, text)  # a directory's capitals lose the accents
        display = _signed_in_order(display, email, text)
        email = email.strip().lower() or _placeholder(display)
        if not email or email in found or (not display and is_unaddressed(email)):
            continue
        if display and name_key(display) in mine:
            continue
        greeting = greeting_of(display, "" if is_unaddressed(email) else email)
        found[email] = Interviewer(email, display, greeting, method)
    # A name whose address the person added (`interviewer: Jane Doe <jane@...>`) is
    # that person: the placeholder goes.
    addressed = {name_key(p.name) for p in found.values() if p.name and not is_unaddressed(p.email)}
    people_met = [
        p for p in found.values() if not (is_unaddressed(p.email) and name_key(p.name) in addressed)
    ]
    # Addressed people first: a check-in goes to the first one, and it should reach someone.
    return tuple(sorted(people_met, key=lambda p: is_unaddressed(p.email)))


def _initialled(said: str, invited: str) -> bool:
    """ "Srinivasa Rao Ch" for "Srinivasa Rao Chilukuri": a surname by its initial letters."""
    words, full = said.split(), invited.split()
    short = [w for w in words if len(w.strip(".")) <= 3 and not re.search("[aeiouy]", w.lower())]
    rest = [w for w in words if w not in short]
    return len(short) == 1 and bool(rest) and all(w in full for w in rest)


# A slot said to be no part of the interview: "lunch with Lotte from HR - not part of the
# interview", "rondleiding met Kees (geen onderdeel van het gesprek)".
_NOT_PART = re.compile(
    r"\bnot\s+(?:an?\s+|part\s+of\s+(?:the|your)\s+)?(?:interview|evaluation|assessment)\b"
    r"|\bnot\s+(?:being\s+)?(?:evaluated|assessed|scored)\b|\bnot\s+assessing\s+you\b"
    r"|\bkein\s+Teil\s+der\s+Bewertung\b"
    r"|\bcheck-?in\s+only\b"
    r"|\bgeen\s+(?:onderdeel|deel)\s+van\s+het\s+gesprek\b|\bnon\s+fa\s+parte\s+del\s+colloquio\b"
    r"|\bno\s+forma\s+parte\s+de\s+la\s+entrevista\b|\bnão\s+faz\s+parte\s+da\s+entrevista\b",
    re.IGNORECASE,
)
# A slot that only frames the day, hosted by recruiting: "Welcome & overview of the Analyst
# Program (Bree Kowalczyk, Campus Recruiting)", "Wrap-up with Recruiting". The recruiter who
# opens and closes a loop is not one of its interviewers.
_RECRUITING_FRAME = re.compile(
    r"^\W*(?:welcome|arrival|check-?in|wrap-?up|overview|orientation|introductions?|tour|lunch"
    r"|break)\b(?=.*\b(?:recruit\w*|talent|HR|human\s+resources|people\s+(?:team|partner)"
    r"|coordinator)\b)",
    re.IGNORECASE,
)
# A session with other candidates: "Olá, candidatos(as)!", "Dinâmica de grupo", "insieme ad
# altri candidati", "group assessment".
_GROUP_SESSION = re.compile(
    # (not a word for the others alone: "we're seeing other candidates" in one's own invite)
    r"\b(?:candidatos\(as\)|din[âa]mica\s+de\s+grupo|din[áa]mica\s+grupal"
    r"|group\s+(?:assessment|exercise|interview|session)|assessment\s+cent(?:re|er)"
    r"|(?:insieme\s+ad|con)\s+altri\s+candidati|(?:prova|colloquio|assessment)\s+di\s+gruppo"
    r"|entretien\s+collectif|Gruppen(?:gespräch|übung|interview))\b",
    re.IGNORECASE,
)
# A slot that opens or closes a day of interviews, whoever runs it.
_DAYS_EDGE = re.compile(
    r"^\W*(?:welcome|arrival|check[\s-]?in|wrap[\s-]?up|closing)\b", re.IGNORECASE
)
# The people of a slot, after "with" or a colon: "gesprek met Eva en mij", "case
# presentation to the panel: Eva, Joost Hendrikx (Lead) and me".
# ("Case presentation for Joost and Marek": whom a slot is for)
_SLOT_PEOPLE = re.compile(
    r"^.*?(?:\b(?:with|met|mit|avec|con|com|for|voor|für|pour|para)\s+|:\s+)(?P<rest>.+)$", re.I
)


def _slot_first_names(lines: list[str], scheduled: bool) -> set[str]:
    """First names alone in itinerary slots: before a dash or a comma, or among the people
    a slot names after "with" or a colon (`scheduled`: the description heads a schedule,
    so a line with one time is a slot too)."""
    found = set()
    for line in lines:
        if not (_RANGE_LINE.match(line) or (scheduled and _TIMED_LINE.match(line))):
            continue
        item = _BULLET.sub("", _TIME_PREFIX.sub("", line)).strip()
        if _NOT_PART.search(item):
            continue
        alone = re.match(r"([A-Z][\w'’]+)(?:\s+[-\u2013\u2014,(]|\s*$)", item)
        if alone:
            found.add(alone.group(1).casefold())
        people = _SLOT_PEOPLE.match(item)
        if people:
            rest = re.sub(r"\([^)]*\)", " ", people["rest"])
            for piece in re.split(r",|\s+(?:and|en|und|e|y|et|og|och)\s+|\s+&\s+", rest):
                if re.fullmatch(r"(?-i:[A-Z])[\w'’]+(?:-(?-i:[A-Z])[\w'’]+)?", piece.strip()):
                    found.add(piece.strip().casefold())
    return found


# A slot of the day that is not the interview: signing in, a tour, lunch, the way out.
# (not "security", "coffee": a round's topic, a round's name)
_DOOR_SLOT = re.compile(
    r"\b(?:sign(?:ing)?[\s-]+in|induction|badge|reception|lobby|tour|walk\s+(?:of|around|through)"
    r"|lunch|parking|welcome|check[\s-]*in|arrival|wrap[\s-]*up"
    # French, German and Spanish: "accueil par Maëlle", "Empfang", "bienvenida"
    r"|accueil|visite|déjeuner|empfang|rundgang|mittagessen|bienvenida|recepción|recorrido"
    # Italian: "accoglienza in portineria con Elisa e giro delle linee", "pranzo in mensa"
    r"|accoglienza|portineria|giro|pranzo|registrazione"
    # Portuguese: "acolhimento na receção (Sandra)", "visita à fábrica", "almoço"
    r"|acolhimento|receção|recepção|visita|almoço|boas-vindas)\b",
    re.IGNORECASE,
)


def _only_at_the_door(lines: list[str], present: list[Attendee]) -> set[str]:
    """Optional attendees an itinerary names only in slots that are not the interview:
    "10:00 - 10:15  Sign in at security, visitor induction (Deirdre will have your pass)"."""
    # (a slot is a time range, or one time when two lines or more open so: "10:00
    # accoglienza in portineria con Elisa", "11:00 colloquio con me e con Monica Bocchi")
    timed = sum(1 for line in lines if _TIMED_LINE.match(line) or _RANGE_LINE.match(line)) >= 2
    slots = [
        _BULLET.sub("", _TIME_PREFIX.sub("", line))
        for line in lines
        if _RANGE_LINE.match(line) or (timed and _TIMED_LINE.match(line))
    ]
    away = set()
    for attendee in present:
        first = _first_name(attendee)
        if attendee.role != "opt-participant" or len(first) < 3:
            continue
        theirs = [s for s in slots if re.search(rf"(?<!\w){re.escape(first)}(?!\w)", s, re.I)]
        if theirs and all(_DOOR_SLOT.search(s) for s in theirs):
            away.add(attendee.email.lower())
    return away


def _writer_and_named(line: str) -> bool:
    """Whether the line names the panel as someone "and I": "X und ich führen das Gespräch",
    "X en ik voeren het gesprek", "X et moi mènerons l'entretien", "X and I will be the panel"."""
    found = _WILL_JOIN.finditer(line)
    return any(m["undich"] or m["samen"] or m["panelists"] or m["menons"] for m in found)


def _others_named(attendees: list[Attendee], text: str, organizer: str) -> bool:
    """Whether the description names, by first name, a required attendee who does not send
    the invite, and no optional one: then the optional attendees were left out of it."""

    def said(attendee: Attendee) -> bool:
        first = _first_name(attendee)
        return len(first) >= 3 and any(
            m[0][0].isupper()
            for m in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", text, re.IGNORECASE)
        )

    optional = [a for a in attendees if a.role == "opt-participant"]
    required = [a for a in attendees if a not in optional and a.email.lower() != organizer]
    if any(map(said, required)) and not any(map(said, optional)):
        return True
    # "Daniel (our GBS CFO) and I will meet you": the writer's own panel, named whole; an
    # optional attendee said elsewhere only to arrange ("Thanusha will arrange the flight")
    sentences = re.split(r"(?<=[.!?])\s+|\n", text)
    firsts = {_first_name(a) for a in required}
    # (the clause of the sentence that names them: "As Joanna mentioned, this round is a case
    # study: ... you present ... to Siddharth and me")
    clauses = [c for s in sentences for c in re.split(r"[,;:]\s+(?![^()]*\))", s)]
    panel = [c for c in clauses if any(m.casefold() in firsts for m in _WRITER_AND.findall(c))]

    def mentioned(a: Attendee, part: str) -> bool:
        return (
            re.search(rf"(?<!\w){re.escape(_first_name(a))}(?!\w)", part, re.IGNORECASE) is not None
        )

    # (or given a slot of the day: "12:00  Commercial conversation with Niall")
    return bool(panel) and not any(
        mentioned(a, c) and (c in panel or _TAKES_PART.search(c) or _TIMED_LINE.match(c))
        for a in optional
        if len(_first_name(a)) >= 3
        for c in clauses
    )


# The writer and one other as the panel: "Sandeep (S&OP Manager, SEA) and I would like to".
_WRITER_AND = re.compile(
    # ("present your recommendation for 20 minutes to Siddharth and me")
    r"(?<![\w'’])((?-i:[A-Z])[\w'’-]+)(?:\s*\([^)]{0,80}\))?\s+and\s+(?:(?-i:I)\b|me\b(?!\s+know))"
)
# What an attendee does who takes part: joins, interviews, sits in, asks.
_TAKES_PART = re.compile(
    r"\b(?:join\w*|interview\w*|panel\w*|sit\w*\s+in|ask\w*|meet\w*|present\w*|assess\w*)\b",
    re.IGNORECASE,
)


def _first_name(attendee: Attendee) -> str:
    """The attendee's first name, from the display name or a bare local part ("perpetua")."""
    if attendee.name.strip():
        return greeting_of(display_name(attendee.name, attendee.email), attendee.email).casefold()
    # ("joost.van.heeswijk": the first part of an address written first.last)
    local = re.split(r"[._]", attendee.email.partition("@")[0])[0]
    return local.casefold() if local.isalpha() and len(local) >= 3 else ""


# A sentence's end, past the dot of "Dr." or "Prof.".
_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)"
    # ... nor an Austrian degree before a name: "Frau Mag. Haslinger", "DI Dr. techn."
    r"(?<!\bMag)(?<!\bIng)(?<!\bDipl)(?<!\btechn)(?<!\bDott)"
    # ... nor Spanish human resources, "(RR. HH.)"
    r"(?<!\bRR)\.\s+(?=[A-Z])"
)


# A public competition's commission in one sentence, each member behind a title: "dinanzi
# alla Commissione esaminatrice ..., presieduta dal Dott. Saverio Pietrangeli, Dirigente ...,
# e composta dalla Prof.ssa Marcella D'Ottavi, ..., e dall'Ing. Claudio Santarelli", "el
# comité de selección, integrado por la Mtra. Rosaura Tepale Nava, el Lic. ...".
_COMMISSION = re.compile(
    r"\b(?:commissione|comit[eé]|comisi[oó]n|tribunal|jurado|gremium|kommission|commissie)\b", re.I
)
_MEMBER_TITLE = (
    r"(?:Dott\.ssa|Dott\.|Dr\.ssa|Dra\.|Dr\.|Prof\.ssa|Profa\.|Prof\.|Ing\.|Avv\.|Arch\.|Sig\.ra"
    r"|Sig\.|Lic\.|Licda\.|Mtra\.|Mtro\.|Mag\.|Arq\.|C\.P\."
    # Uruguay's economist, accountant and systems analyst: "la Ec.", "la Cra.", "el A/S"
    r"|Ec\.|Cr\.|Cra\.|A/S)"
)
_TITLED_MEMBER = re.compile(
    rf"(?<!\w){_MEMBER_TITLE}\s*(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{1,3}})"
)
_KEEPS_MINUTES = re.compile(r"segretari|verbalizzant|secretari[oa]|protokoll|minutes", re.I)


def _commission(line: str) -> list[str]:
    """The members of a commission one sentence names, each behind a title ("Dott.",
    "Prof.ssa", "Lic."), less whoever keeps the minutes; [] for anything else."""
    masked = re.sub(_MEMBER_TITLE, lambda m: m[0].replace(".", "\u2024"), line)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", masked):
        if not _COMMISSION.search(sentence):
            continue
        members = []
        for member in _TITLED_MEMBER.finditer(sentence.replace("\u2024", ".")):
            before = re.split(r"[,;]", sentence[max(0, member.start() - 80) : member.start()])[-1]
            after = re.split(r"[,;.]", sentence[member.end() : member.end() + 80])[0]
            if not (_KEEPS_MINUTES.search(before) or _KEEPS_MINUTES.search(after)):
                members.append(member["name"])
        if len(members) >= 2:
            return members
    return []


def _naming_sentence(line: str) -> str:
    """The sentence of `line` that names who the person meets ("You will meet with the
    committee: myself, ..."), to its end: the next one ("I will be joining only to take
    notes") says something else."""
    said = _SENTENCE.search(line)
    if said is None:
        return ""
    rest = line[said.start() :]
    end = _SENTENCE_END.search(rest)
    return rest[: end.start()] if end else rest


def _romanised_panel(named: list[tuple[str, str]], attendees: list[Attendee]) -> bool:
    """Whether the description names as many people as the invite has in Latin letters,
    only in another script (Korean, Chinese, Japanese, Thai), so that no name matches."""
    latin = [a for a in attendees if a.name and a.name.isascii()]
    return all(not n.isascii() and not fold_accents(n).isascii() for n, _ in named) and len(
        latin
    ) >= len(named)


def _paired_across_scripts(
    people: list[tuple[str, str]], attendees: list[Attendee], organizer: str
) -> list[tuple[str, str]]:
    """The panel with its one name in another script matched to its one attendee left.

    "■面接官：経営企画部 部長 大森、財務グループ 課長 三上" beside an invite's "大森 拓海" and
    "MIKAMI Yukiko": 大森 matches, and 三上, which no Latin spelling can be matched to, is
    the one invited interviewer left. Only one and one: with two of each, which is which
    would be a guess. The organiser is left out, as the one who may only have sent it.
    """
    unmatched = [i for i, (name, email) in enumerate(people) if not email and not name.isascii()]
    taken = {email for _, email in people if email}
    left = [
        a
        for a in attendees
        if a.email not in taken
        and a.email.lower() != organizer
        and a.role != "opt-participant"
        and (not a.name or fold_accents(a.name).isascii())
    ]
    if len(unmatched) != 1 or len(left) != 1:
        return people
    at = unmatched[0]
    return [*people[:at], (people[at][0], left[0].email), *people[at + 1 :]]


def _accented(display: str, text: str) -> str:
    """The name as the description spells it, when the invite lost its accents: the
    directory's "TRAORE-MERCIER Awa" signs her invitation "Awa Traoré-Mercier"."""
    words = display.split()
    if len(words) < 2 or not display.isascii():
        return display
    spelled = r"\s+".join(rf"(?<![\w'’-])[\w'’-]{{{len(w)}}}(?![\w'’-])" for w in words)
    for said in re.finditer(spelled, text[:_READ_LIMIT]):
        if not said[0].isascii() and fold_accents(said[0]).casefold() == display.casefold():
            return re.sub(r"\s+", " ", said[0])
    return display


def _shortened(said: str, invited: str) -> bool:
    """Whether a description names someone by less than the invite does: a first name
    alone ("Imogen"), or a short given name ("Nico Lanusse" for Nicolás Lanusse)."""
    short, full = fold_accents(said).split(), fold_accents(invited).split()
    if len(full) < 2 or not short:
        return False
    if chinese_order(invited.split()) and short == full[1:]:
        return True  # "Zhi Xiang" for Goh Zhi Xiang: the given name, the surname first
    if len(short) == 1:
        return True
    given = [w for w in short if w.rstrip(".") not in HONORIFICS]
    full_given = [w for w in full if w.rstrip(".") not in HONORIFICS]
    if short[-1] == full[-1] and len(given) < len(short) and given[0] != full_given[0]:
        return True  # "Dr. Oehme", "Geschäftsführer Herr Brandes": a title and the surname
    return short[-1] == full[-1] and short[0] != full[0] and full[0].startswith(short[0])


def _signed_in_order(display: str, email: str, text: str) -> str:
    """The name as its owner signs it on a line of its own: Exchange's "Stöger Verena"
    (the directory's surname first, no comma) signs "Verena Stöger", and is greeted
    "Dear Verena", when her address starts so too (verena.stoeger@; not a Hungarian
    "Kovács Anna" signature under an invite's "Anna Kovács" at anna.kovacs@)."""
    words = display.split()
    if len(words) != 2:
        return display
    turned = f"{words[1]} {words[0]}"
    signed = re.search(rf"(?m)^[ \t]*{re.escape(turned)}[ \t]*$", text[:_READ_LIMIT])
    local = email.partition("@")[0].casefold()
    first = words[1].casefold()
    spelled = {fold_accents(first), first.translate(UMLAUTS_SPELLED_OUT)}
    return turned if signed and any(local.startswith(f) for f in spelled if f) else display


def _declined(said: str, invited: str) -> bool:
    """Whether prose names someone in another grammatical case than the invite: Polish
    "z Dorotą Kubisztal" (with Dorota), "poznać Ewę" (to meet Ewa); a name in the
    nominative never ends in ą or ę."""
    short, full = said.split(), invited.split()
    return (
        len(short) == len(full)
        and short != full
        and all(
            s == f or (s[:-1] == f[:-1] and s[-1] in "ąę" and f[-1] == "a")
            for s, f in zip(short, full, strict=True)
        )
    )


def _stems_alike(said: str, invited: str) -> bool:
    """Whether a name read from prose is the invite's put back from a case ("Pavl Struhár" for
    Pavol Struhár); not one the prose only writes with its accents ("Hélène Castagné" for
    "Helene Castagne")."""
    if fold_accents(said).casefold() == fold_accents(invited).casefold():
        return False
    return inflected_alike(said, invited, spread=2)


def _is_coordinator(attendee: Attendee, coordinators: list[str]) -> bool:
    if attendee.name and books_interviews(attendee.name):
        return True
    keys = {name_key(c) for c in coordinators}
    return bool(keys) and name_key(display_name(attendee.name, attendee.email)) in keys


def _signed_as(email: str, text: str) -> str:
    """The name a description gives the one `email` is made of, for an invite sent
    without a display name: signed with ("Declan Cavanaugh" for dcavanaugh@), or named
    in its prose ("the Head of Science, Mrs Nkechi Ferreira-Holt" for n.ferreira-holt@)."""
    if not email:
        return ""
    only = [Attendee(email, "")]
    head_text = text[:5000]
    for line in head_text.splitlines():
        head = name_at_start(line)
        if 2 <= len(head.split()) <= 3 and looks_like_name(head) and match_attendee(head, only):
            return head
    for match in _NAME_IN_PROSE.finditer(head_text):
        said = match.group()
        if looks_like_name(untitled(said)) and match_attendee(said, only):
            return display_name(said, email) or said  # "Nkechi Ferreira-Holt", without "Mrs"
    # sven@flonay.ch, and "13:30 lab session with Sven (robotics lead)": the given name the
    # address is, written with a capital in the description
    local = email.partition("@")[0]
    if re.fullmatch(r"[a-z]{3,12}", local) and local not in _NOT_GIVEN_NAMES:
        given = local.capitalize()
        if re.search(rf"(?<![\w@.]){given}(?![\w@])", head_text):
            return given
        # aditya@, who signs "Adit" on a line of its own: the name he goes by
        for end in range(len(local) - 1, 2, -1):
            short = local[:end].capitalize()
            if re.search(rf"(?m)^[ \t]*{short}[ \t]*$", head_text):
                return short
    return ""


# Mailbox names a description may write with a capital ("Careers", "Talent"): no one's.
_NOT_GIVEN_NAMES = GROUP_LOCAL_PARTS | {"career", "sales", "finance", "legal", "ops"}


def _placeholder(display: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", ".", fold_accents(display)).strip(".")  # "johan.akerblom"
    if not slug:  # "佐々木 健一", "Ελευθερία Ζαχαροπούλου": the name's own characters
        slug = re.sub(r"[\W_]+", ".", display.lower()).strip(".")
    return f"{slug}@{UNADDRESSED_DOMAIN}" if slug else ""


# --------------------------------------------------------------------------- descriptions


# A slot's time alone on its line, its person on the next (GoodTime's itinerary):
# "9:00 AM - 9:45 AM EST" then "Renata Solberg, PhD - VP, Program & Portfolio Management".
_TIME_ALONE = re.compile(
    r"^[ \t]*(\d{1,2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*[-\u2013\u2014][ \t]*\d{1,2}(?::\d{2})?"
    r"[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+(?-i:[A-Z]{2,4}))?)[ \t]*\n[ \t]*(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)


def _as_lists(text: str) -> str:
    """A description with its in-line headers on lines of their own ("... Panel: Jane Doe"),
    its slots on one line each, and no "Er." before a name (a South Asian engineer's, whose
    full stop ends no sentence)."""
    text = _slots_on_one_line(_HEADER_IN_LINE.sub("\n", text))
    return re.sub(r"(?<![\w.])Er\.\s+(?=(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))", "", text)


def _slots_on_one_line(text: str) -> str:
    return _TIME_ALONE.sub(lambda m: m.group(1) + "  ", text) if "\n" in text else text


_ONE_INTERVIEWER = re.compile(r"\s*(?:[-*\u2022]\s*)?(?:your\s+)?interviewer\s*:", re.IGNORECASE)


def names_in_description(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """([(name, address or "")], coordinators) the employer names in an event description.

    Reads "Interviewers: Jane Doe, Engineering Manager; Raj Patel", a header
    followed by one name per line (as Greenhouse and GoodTime itineraries list
    a panel, with or without a time slot before each), and "You'll be meeting
    with Jane Doe (Engineering Manager) and Raj Patel." Titles after a name are
    dropped; a person marked as the coordinator is not an interviewer.
    """
    text = _as_lists(text)
    # a semicolon inside brackets parts no people: "me (chair; Grade 7, Devolution Deals North)"
    text = re.sub(r";(?=[^()\n]*\))", ",", text)
    interviewers: list[tuple[str, str]] = []
    coordinators: list[str] = []

    def take(found: list[tuple[str, str, str]]) -> bool:
        found = [p for p in found if not _NUMBERED_THING.search(p[0].strip())]
        for name, title, email in found:
            if books_interviews(title):
                coordinators.append(name)
            else:
                interviewers.append((name, email))
        return bool(found)

    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        listed = cjk.panel(line)  # "面接官：人事部 課長 佐々木 健一、…"
        if listed is not None:
            take([(name, "", "") for name in listed])
            continue
        # (a Czech one declines its names: "z Ing. Radky Holubové", "s panem Robertem Dvořákem")
        members = _commission(line) or czech.panel(line) or russian.panel(line)
        if members:
            take([(name, "", "") for name in members])
            continue
        coordinator = _COORDINATOR_LINE.match(line) or _COORDINATOR_SENTENCE.search(line)
        if coordinator:
            who = coordinator.groupdict().get("rest") or coordinator.groupdict().get("after")
            coordinators += [name for name, _, _ in split_name_list(who or "")]
            continue
        found = (
            _LIST_HEADER.match(line)
            or _WHO_HEADER.match(line)
            or _BARE_HEADER.match(line)
            or _SENTENCE.search(line)
            or _SCHEDULE.match(line)
            or _LIST_INTRO.match(line)
        )
        for here in _SELF_INTRODUCED.finditer(line):
            take(_full_names(here["rest"]))
        for joining in _WILL_JOIN.finditer(line):
            if STAYS_AWAY.search(re.split(r"[.!?](?:\s|$)", line[joining.end() :], maxsplit=1)[0]):
                continue  # "... will host the meeting and take notes but is not a member of"
            said = (
                joining["rest"]
                or joining["teil"]
                or joining["menons"]
                or joining["tafel"]
                or joining["samen"]
                or joining["undich"]
                or joining["anruf"]
                or joining["ringing"]
                or joining["greekcall"]
                or joining["panelists"]
                or joining["lead"]
                or joining["turk"]
                or joining["joins"]
                or joining["estar"]
                or joining["after"]
                or joining["andjoin"]
                or joining["askfor"]
                or joining["alsomeet"]
            )
            # (the clause that joins: "Dr Oyebanji-Clegg has had to send her apologies, so
            # Marcus Whitworth will be joining me instead")
            said = _CLAUSE_BEFORE_JOIN.split(said or "")[-1]
            # who reported it: "She said Mr. Ashan de Mel, Director of Revenue, will also be on
            # the line"
            said = re.sub(
                r"^(?:she|he|they|I|we)\s+(?:said|says|mentioned|told\s+me|noted|added)(?:\s+that)?\s+",
                "",
                said,
                flags=re.IGNORECASE,
            )
            # a field's label and value before the name: "Where: Phone - Marnie Okoro, Talent
            # Acquisition Partner, will call you on the mobile number"
            said = re.sub(
                r"^[A-Z][a-z]{1,12}:\s+(?:[^-\u2013\u2014:]{1,20}\s[-\u2013\u2014]\s+)?", "", said
            )
            # "from <company>'s HR" after the name: Finnish "Jenni Mustonen Kotipihan HR:stä",
            # Romanian "Elena Dumitru de la HR Cireșica"
            said = re.sub(
                r"\s+(?:\S+n\s+)?HR:(?:stä|sta)$|\s+de\s+la\s+(?:HR|RU|resurse\s+umane)\b.*$",
                "",
                said,
            )
            named = _full_names(_titles_off(_WHEN_FIRST.sub("", said)))
            if joining["rest"]:
                # (a title and a surname alone name someone the letter named before: "On behalf
                # of Dr. Yolanda Chavis-Kemp ... Dr. Chavis-Kemp and Aaron Lindquist-Mays will
                # interview you")
                named = [p for p in named if not _titled_surname(p[0])]
            take(named)
        for meeting in _INTERVIEW_WITH.finditer(line):
            if _A_CLIENT.match(meeting["rest"]):
                continue  # an agency's "interview with our client Nafoud Foods Co. (KSA)"
            named = _full_names(_people_part(meeting["rest"]))
            take([p for p in named if (p[1] or p[2]) and not _A_PART_OF_THE_FIRM.match(p[1])])
        if not found:
            if _RANGE_LINE.match(line):  # an itinerary without a header: "1:00 – 1:45 PM ..."
                take(_item_names(line))
            elif _ARROW.match(line):  # its person on the next line: "   -> Jane Doe, Lead"
                take(_full_names(_ARROW.sub("", line)))
            continue
        rest = _people_part(found["rest"] or "")
        listed = split_name_list(rest)
        if _ONE_INTERVIEWER.match(line) and len(listed) > 1 and listed[0][1]:
            # one, with a title and the team after it: "Interviewer: Sebastian Cojocaru,
            # Analytics Manager, Consumer Mobile" (but "Interviewer: Fiona Deverill - Corporate
            # Policy Manager, and Dele Adeyemi - Performance & Intelligence Lead" is two)
            listed = listed[:1] + [p for p in listed[1:] if p[1] or p[2]]
        if rest and take(listed):
            # "Interviewers: ISHIKAWA Kenta (...)" and the next on an indented line below
            while index < len(lines) and re.match(r"\s{2,}\S", lines[index]):
                take(_item_names(lines[index]))
                index += 1
            continue
        if rest and not rest.endswith(":"):
            continue  # "... meeting with the following people:" introduces a list
        if index + 1 < len(lines) and not lines[index].strip():
            index += 1  # "Your schedule:", a blank line, then the list
        while index < len(lines) and lines[index].strip():  # one per line, to a blank line
            if _LIST_HEADER.match(lines[index]):
                break  # "Interviewers: ..." among a schedule's fields is a list of its own
            take(_item_names(lines[index]))
            index += 1
    seen: set[str] = set()
    unique = [p for p in interviewers if not (name_key(p[0]) in seen or seen.add(name_key(p[0])))]
    return unique, coordinators


def _titled_surname(name: str) -> bool:
    """ "Dr. Chavis-Kemp", "Prof. Khumalo-Barnard": a title and one word."""
    words = name.split()
    return len(words) == 2 and words[0].casefold().rstrip(".") in HONORIFICS


def _people_part(rest: str) -> str:
    """The people a sentence names after its lead-in, without what it says next."""
    # a Polish post (its "ds." ends no sentence), then a dash and the name: "Zastępca
    # Dyrektora ds. Ekonomiczno-Finansowych – dr Ewa Rogalska"
    rest = re.sub(
        r"^(?:Zastępc[ay]|Dyrektor(?:ka)?|Kierownik|Prezes|Członek|Główn[ya]|Specjalist(?:k)?a)"
        r"\b[^\u2013\u2014]{0,80}?\s[\u2013\u2014]\s+(?=\S)",
        "",
        rest,
    )
    # "You'll meet Tobias Wren (...) for a 60 minute session on SQL": what follows the
    # people is about the session.
    # ("Te recibirán don Sergio Lagos Montt, ..., y Alejandra Pizarro, ..., en sus oficinas
    # de Isidora Goyenechea 3000, piso 21, Las Condes": where, not who)
    after = re.search(
        r"\s+(?:for|about|to\s+discuss|on)\s+(?:a|an|the|your|our|\d)\b"
        r"|,?\s+(?:en|in|at)\s+(?:sus|nuestras|las|our|their)\s+(?:oficinas|offices|instalaciones)\b"
        # ("Katja Ylönen, joka vetää Azure- ja Databricks-tiimiämme": who she is, in Finnish)
        r"|,\s+(?:joka|jotka)\s"
        # ("... and Lesley Kidd (Head of Pricing) at Ferrytoll's office in South Queensferry")
        r"|\s+at\s+(?:the\s+|their\s+|our\s+|[\w&.-]+['\u2019]s\s+)(?:office|offices|site|plant|HQ"
        r"|headquarters)\b"
        # ("... et Mme Sandra Pereira (Responsable RH) – poste Responsable Planification": the
        # post after a dash)
        r"|\s+[-\u2013\u2014]\s+(?=(?:poste|puesto|vaga|cargo|position|role|rôle|job|Stelle)\b)"
        # ("me and Naliaka (Naliaka Wafula, our COO) - an informal chat about ... Uganda and
        # Tanzania": what the round is, after a dash)
        r"|\s+[-\u2013\u2014]\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:chat|conversation|discussion|session"
        r"|interview|call|meeting)\b)"
        # ("me and Taras again – we'll walk you through how finance and RevOps work together":
        # what they will do, after a dash)
        # (or who the writer is: "and me – I'm the People & Culture Business Partner")
        r"|\s+[-\u2013\u2014]\s+(?=(?i:we|they|you|i|she|he)(?:'ll|\u2019ll|\s+will|'re|\u2019re"
        r"|\s+are|\s+can|'m|\u2019m|\s+am)\s)",
        # (not inside brackets: "me first (I'm the hiring partner for the group), then ...")
        re.sub(r"\([^()]*\)", lambda m: "(" + " " * (len(m.group(0)) - 2) + ")", rest),
    )
    rest = first_sentence(
        (rest[: after.start()] if after else rest).strip()
    )  # "... y yo. Empezaremos con Spark y Airflow"
    # "... (Vicepresidente de Operaciones) y yo; nosotros estaremos desde la sala en Rionegro"
    # (but "; you will also meet Ms. Farah Qureshi-Menon" names one more)
    rest = re.split(r";\s+(?=(?:nosotros|nosotras|nós|we|they|ellos|wir|nous|noi)\b)", rest)[0]
    # ("Justyna Pławecka z HR Lumea BPO": the team and its employer after the name)
    rest = re.sub(r"\s+z\s+(?:HR|kadr)\b.*$", "", rest)
    # the team after the name: "Javiera Moraga de RR.HH. al celu"
    rest = re.sub(
        r"\s+(?:de|del|z|from|von|di|du)\s+(?:"
        + PEOPLE_TEAM.pattern.removeprefix("(?i)")
        + r")(?!\w)\.?",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    # Spanish "don"/"doña" before a name, as a title in lower case: "don Sergio Lagos Montt"
    rest = re.sub(r"(?<![\w])(?:don|doña)\s+(?=[A-ZÁÉÍÓÚÑ])", "", rest)
    # "Your panel interview will be with Dr. Tanvir Alam, ...": the people after "with"
    rest = re.sub(r"^(?:with|avec|mit|con|com|met)\s+(?=\S)", "", rest, flags=re.IGNORECASE)
    # "The panel will be chaired by Mr. Khaled Momani, Deputy CEO, and will also include Sheikh
    # Dr. Anas Bani Hani, ...": who chairs it, and who else is on it
    # (", with Dr Aisling Costigan, Research IT Manager": one more)
    rest = re.sub(r"^chaired\s+by\s+(?=\S)", "", rest, flags=re.IGNORECASE)
    rest = re.sub(
        r",\s+(?:and\s+will\s+(?:also\s+)?include|with)\s+(?=(?:Dr|Mr|Ms|Mrs|Prof|Sheikh)\b|(?-i:[A-Z]))",
        ", and ",
        rest,
        flags=re.IGNORECASE,
    )
    # "The oral board will consist of three raters: Ms. Loretta Haynes, Deputy Budget Director; ..."
    rest = re.sub(
        r"^(?:two|three|four|five|[2-5])\s+(?:[a-z]+\s+){0,2}[a-z]+:\s*(?=\S)",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    # "You'll meet our search committee: Cordelia Vance, chair of our board; ..."
    rest = re.sub(r"^(?:our|the|my|your)\s+[^:]{1,40}:\s*(?=\S)", "", rest, flags=re.IGNORECASE)
    # "comigo e com o Dr. Rogério Penna", "conmigo y con la Ing. Ana Paz": the writer, then who
    rest = re.sub(
        r"^(?:comigo|conmigo)\s+(?:e|y)\s+(?:com|con)\s+(?:(?:o|a|el|la)\s+)?", "", rest, flags=re.I
    )
    # "M. Laurent Pidoux, Head of Compliance, accompagné de Mme Nathalie Gay-Balmaz"
    rest = re.sub(r",?\s+accompagnée?s?\s+(?:de|par)\s+", ", ", rest)
    # "Mr. Sandeep Mahadevan (...); you will also meet Ms. Farah Qureshi-Menon (...)"
    rest = re.sub(
        r"\byou(?:'ll|\s+will)\s+(?:also\s+)?(?:meet|be\s+meeting|speak\s+(?:with|to))(?:\s+with)?\s+",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    # ... and Turkish, the verb last and each post with "our" before its name: "ben ve
    # Fabrika Müdürümüz Cengiz Oktay Ünal birlikte yapacağız", "Sayın Haluk Sarıgül"
    rest = re.split(
        r"\s+(?:birlikte\s+)?(?:yapacağız|yapacaktır|yapacaklar|gerçekleştirecek\w*|karşılayacak\w*"
        r"|yer\s+alacak\w*|katılacak\w*)",
        rest,
    )[0]
    rest = re.sub(r"^\s*(?:ben\s+ve|müşterimiz\s+adına)\s+", "", rest)
    rest = re.sub(
        r"(?:(?<=^)|(?<=\sve\s))(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]*\s+){0,4}[\wçğıöşü]*(?:ımız|imiz|umuz|ümüz)\s+"
        r"(?:Sayın\s+)?",
        "",
        rest.strip(),
    )
    # (a post before each name, "their" on it: "İK Direktörü", "CEO'ları"; "Hanım" and "Bey"
    # after a name)
    rest = re.sub(
        r"(?:(?<=^)|(?<=\sve\s))(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]*\s+){0,3}(?:Direktörü|Müdürü|Başkanı"
        r"|Yardımcısı|Koordinatörü|Uzmanı|Sorumlusu|Şefi|Yöneticisi|Ortağı|Lideri"
        r"|(?:CEO|CFO|COO|CTO)['’](?:su|ları|sı))\s+(?=(?:Sayın\s+)?[A-ZÇĞİÖŞÜ])",
        "",
        rest,
    )
    rest = re.sub(r"\s+(?:Hanım|Bey)\b", "", rest)
    # ... and in English: "me and our Managing Director, Mr. Karim Jaffer Ladha"
    rest = re.sub(
        r"(?<![\w])(?:our|my)\s+(?:[\w&-]+\s+){0,3}[\w-]+,\s+(?=(?:Mr|Mrs|Ms|Dr|Prof)\.?\s)",
        "",
        rest,
    )
    # German, the post and a comma before "Frau" or "Herr": "unsere Bereichsleiterin
    # Digitalisierung & Netzservices, Frau Mag.a Dr.in Ulrike Pfannhauser"
    rest = re.sub(
        r"(?<![\w])(?:unser|unsere|unseren|unserem|unserer)\s+(?:[\w&-]+\s+){0,4}[\w-]+,\s+"
        r"(?=(?:Frau|Herrn?|Dr\.|Mag\.)\s)",
        "",
        rest,
    )
    # "me, our deputy principal Rosalind Fairweather-Nguyen, and ...", "vår HR-chef Linnea
    # Bergqvist-Ahl": who they are goes
    rest = re.sub(
        r"(?<![\w])(?:vår|vårt|våra|vores|vor|unser|unsere|unseren)\s+(?:[\w-]+\s+){1,3}?(?=[A-Z])",
        "",
        rest,
    )
    # ... and in Spanish and French, the post and a comma: "nuestro Gerente Comercial, Felipe
    # Contreras", "notre Directrice générale, Bénédicte Vandamme-Lecomte",
    # "nuestra productora, la Feña (Fernanda Olave)" (by the name in the brackets, not the
    # nickname)
    rest = re.sub(
        r"(?<![\w])(?:nuestro|nuestra|notre)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+"
        # (and the post's field after it: "notre vice-présidente, Risque de crédit, Catherine")
        r"(?:(?-i:[A-ZÀ-Ý])[\w-]*\s+(?:de|du|des|d['’])\s*[\w'’-]+(?:\s+[\w'’-]+)?,\s+)?"
        r"(?=[A-Z]|(?:la|el)\s+[A-Z])",
        "",
        rest,
    )
    rest = re.sub(
        r"(?<![\w])(?:la|el)\s+[A-ZÁÉÍÓÚÑ][\wñáéíóú]+\s+\(((?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]+"
        r"(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]+){1,3})\)",
        r"\1",
        rest,
    )
    # "Inflight Recruiters Shayla Nakai and Devon Achterberg", "Ramp Supervisor Teodoro
    # Lucero": their post before their names
    post = re.match(
        r"^(?:(?-i:[A-Z])[\w-]*\s+){0,2}((?-i:[A-Z])[\w-]*)\s+(?=(?-i:[A-Z])\S*\s+[\"'“(]?(?-i:[A-Z]))",
        rest,
    )
    if post and post[1].casefold().removesuffix("s") in JOB_NOUNS:
        rest = rest[post.end() :]
    return re.sub(r"(?<![\w])(?:our|my|the)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])", "", rest)


def _slot_names(line: str) -> list[tuple[str, str, str]]:
    """Who an itinerary line names: a time slot's people, or those on an arrow line."""
    if _RANGE_LINE.match(line):
        return _item_names(line)
    return _full_names(_ARROW.sub("", line)) if _ARROW.match(line) else []


def _item_names(line: str) -> list[tuple[str, str, str]]:
    """Who one line of a schedule names: one person, or everyone after "interview with";
    after an agenda line's dash, the person ("Embedded C – Hemant Thakkar (Lead)")."""
    item = _BULLET.sub("", _TIME_PREFIX.sub("", line))
    if _NOT_PART.search(item) or _RECRUITING_FRAME.search(item):
        return []  # "Wrap-up with your recruiter, Lena Nowacka (not an interview - ...)"
    if native := cjk.name_first(item):
        return [(native, "", "")]  # "上野 沙織 - CRM & Clienteling Director"
    if item.lstrip().startswith("("):
        return []  # "9:00 AM – 10:00 AM PST (11:00 AM – 12:00 PM CST, Mexico City)": the time
    bare = _WITH_PREFIX.sub("", item)  # "Interview with Jane Doe (Hiring Manager)"
    # "Data modelling: Dimitri Stavrianos, Staff Data Engineer": the session, then who
    topic = re.match(r"^[^:]{2,60}:\s+(?=\S)", bare)
    if topic and _FIELD_LABEL.fullmatch(bare[: topic.end()].strip()):
        return []  # "Role: Senior Manager, Operational Risk", "Candidate: ...": a field, no one
    if topic and not _full_names(bare[: topic.end()]) and _full_names(bare[topic.end() :]):
        bare = item = bare[topic.end() :]
    names = split_name_list(bare)
    parts = re.split(r"\s+[-\u2013\u2014\u00b7]\s+|\s*\|\s*", bare)  # and a table's cells
    # the last part that names someone: "Pairing · Sunniva Ekholm (Senior Engineer) – Sunniva
    # is stepping in for Jonah"
    opening = parts[0].split()[0] if parts[0].split() else ""
    lead = opening.rstrip(".").casefold()
    first = _full_names(parts[0])
    # what follows the name is its title when it starts with one ("General Manager, Columbus
    # Cross-Dock"), whatever capitalised words come after
    titled = len(parts) > 1 and any(
        w.casefold().strip(".,") in TITLE_WORDS for w in parts[1].split(",")[0].split()
    )
    # ("Colm Ferriter, Maintenance Superintendent – Edmonton Terminal": a title after a comma
    # says the person came first, and the dash goes on with where they work)
    described = bool(first) and bool(first[0][1]) and "," in parts[0]
    if first and (
        lead in HONORIFICS
        or is_title_word(opening)  # "Dr.-Ing. Benedikt Hollerith – Teamleiter ...", "DI ..."
        or titled
        or described
        or (len(parts) > 1 and not _full_names(parts[1]))
    ):
        # "Dr. Iñaki Echeverría - Director, ...", "Mariana Heliodoro – Staff Engineer,
        # Plataforma de Risco": the person first, then what they do (and their address)
        addresses = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", item)
        names = [
            (n, t, e or (addresses[0].lower() if len(addresses) == 1 else "")) for n, t, e in first
        ]
    else:
        names = next(
            (found for part in reversed(parts[1:]) if (found := _full_names(part, addressed=True))),
            names,
        )
    if len(names) == 1 and len(parts) > 1 and not names[0][1] and _full_names(parts[0]) == names:
        # "Thuy Nguyen - Talent Acquisition Partner (convenor, note-taker only)": the title
        # after the dash is the person's
        names = [(names[0][0], " - ".join(parts[1:]), names[0][2])]
    if bare == item:
        # one person per line, or more joined by "and": "Competency interview - Andrzej
        # Kowalczyk-Reid (Manager) and Iona Sutherland ACA (Finance Business Partner)"; a
        # title's comma pieces ("Partner, Commercial Litigation") are no more people
        names = names[:1] + [p for p in names[1:] if _joined(p[0]).search(item)]
    # (one word is a name only with a title after it: "Dimas, Lead Engineer", as Indonesians
    # with one name write it)
    found = [
        p
        for p in names
        if (" " in p[0] or _by_address(p) or (bare == item and _mononym(p, names)))
        and not _ACRONYM_INSIDE.search(p[0])  # "Excel and Power BI Desktop": a product
    ]
    if not found and (who := _WHO_IN_BRACKETS.search(item)):
        # "Technical interview #1 - coding (Priyanka Venkataraman, VP, Core Banking)": the
        # session, then who runs it in brackets
        said = _full_names(who["name"])
        if len(said) == 1 and said[0][0] == who["name"].strip():
            found = [(said[0][0], (who["title"] or "").strip(), said[0][2])]
    return found


# An acronym between two words, which a person's name has not: "Power BI Desktop"; and
# Microsoft's Power products, whose first word is also a surname ("sketch a Power BI report").
_ACRONYM_INSIDE = re.compile(
    r"(?-i:\S\s+[A-Z]{2,3}\s+\S|\bPower\s+(?:BI|Apps|Automate|Pivot|Query)\b)"
)
# The bracket that ends a slot, a name first: "(Priyanka Venkataraman, VP, Core Banking)"
_WHO_IN_BRACKETS = re.compile(r"\((?P<name>[^(),]+)(?:,(?P<title>[^()]*))?\)\s*$")


def _mononym(person: tuple[str, str, str], names: list[tuple[str, str, str]]) -> bool:
    name, title, _ = person
    words = title.split(",")[0].split()
    # (a job's name after the comma, ending in its noun: "Lead Engineer", not "on the data
    # set follow-up")
    return (
        len(names) == 1
        and looks_like_name(name)
        and bool(words)
        and words[0][:1].isupper()
        and words[-1].casefold().strip(".,") in TITLE_WORDS
    )


def _joined(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:and|und|et|y|e|en|og|och)|&|\+)\s+{re.escape(name)}")


def _titles_off(said: str) -> str:
    """The one who joins without the titles before their name, in capitals as a sentence's
    subject writes them: "Nurse Recruiter Tameka Okparaeke, BSN, RN will call you"."""
    words = said.split()
    titled = next((k for k, w in enumerate(words) if w.casefold() not in TITLE_WORDS), 0)
    rest = " ".join(words[titled:]).split(",")[0]
    if 1 <= titled <= 3 and 2 <= len(rest.split()) <= 3 and looks_like_name(rest):
        return " ".join(words[titled:])
    return said


def _full_names(text: str, *, addressed: bool = False) -> list[tuple[str, str, str]]:
    """The people `text` names by first and last name: a first name alone, in prose or on
    an agenda, is too often a word ("Embedded", "Lunch"), and so is one with a particle
    ("Per la seconda parte"). `addressed`: a first name with its own address counts too
    ("Eduard (eduard.tresserras@rumbora.com)")."""
    return [
        p
        for p in split_name_list(text)
        if len(_named_words(p[0])) >= 2 or (addressed and _by_address(p))
    ]


# A numbered thing, not a person: "a portfolio reforecast for a Phase II programme", "Stage 3".
_NUMBERED_THING = re.compile(
    r"^(?:phase|stage|round|part|level|tier|step|grade|band|module|unit|series|class)\s+"
    r"(?:[ivx]{1,4}|\d{1,2}|[a-d])$"
    # a form's label for a number: "Roll No.: RCB-RMD-0187", "Ref No", "Memo No"
    r"|^\w+\s+(?:no|nr|num)\.?$",
    re.I,
)


def _by_address(person: tuple[str, str, str]) -> bool:
    """A first name given with an address that starts with it: "Eduard (eduard.t...@)"."""
    name, _, email = person
    first = fold_accents(name.split()[0]) if name.split() else ""
    local = fold_accents(email.partition("@")[0])
    return len(first) >= 3 and re.match(rf"{re.escape(first)}(?:[._-]|$)", local) is not None


def _named_words(name: str) -> list[str]:
    return [w for w in name.split() if w.casefold() not in PARTICLES]
