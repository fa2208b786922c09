"""Who an invite says will not be there, though it lists them.

Coordinators put themselves on the invites they send, and recruiters write
the description of an interview others hold. What they write says so: "I'll
greet you but won't be interviewing", "Dana is copied for scheduling only",
"Eu não participarei", or a signature ("Priya Lindgren / Recruiting
Coordinator") under a description that names the panel. An attendee is left
out only on such positive evidence; one the description names as
interviewing never is.
"""

from __future__ import annotations

import itertools
import re

from agent.core import cjk
from agent.core.alternation import by_first_letter
from agent.core.model import Attendee
from agent.core.names import (
    HONORIFICS,
    PARTICLES,
    canonical_address,
    chinese_order,
    consonants,
    display_name,
    fold_accents,
    looks_like_name,
    name_key,
    surname_first,
)

# Someone will not be there, in the words coordinators use ("I won't be on the call",
# "Dana is copied for scheduling only", "Eu não participarei", "no estaré en la
# entrevista", "je ne serai pas présente", "ich nehme nicht teil", "ik neem niet deel",
# "jeg deltar ikke"). Who it is, is read from the clause (see `_absent`).
_STAYS_AWAY = (
    r"\b(?:won't|won’t|will\s+not|wont)\s+be\s+(?:there|interviewing|assessing|evaluating|scoring|rating"
    r"|coming\s+along)\b"
    # Dutch "ik ben er de eerste tien minuten bij om jullie aan elkaar voor te stellen en
    # verlaat daarna de call"; Hungarian "Én nem leszek bent a hívásban"
    r"|\bverla(?:at|ten)\s+(?:daarna|dan|vervolgens)\s+(?:de\s+(?:call|meeting|vergadering)"
    r"|het\s+gesprek)\b"
    r"|\bnem\s+leszek\s+(?:bent\s+|ott\s+)?(?:a\s+|az\s+)?(?:hívásban|beszélgetésen|interjún"
    r"|megbeszélésen)\b"
    # "Brynn is optional on this so she can get your badge printed; she isn't interviewing."
    r"|\b(?:isn't|isn’t|is\s+not|am\s+not)\s+interviewing(?=\s*(?:[.;!,)]|$))"
    # "Darnell is copied as optional so he can track it - he won't be on."
    r"|\b(?:won't|won’t|will\s+not)\s+be\s+on(?=\s*(?:[.;!]|$))"
    r"|\b(?:won't|won’t|will\s+not|wont|isn't|isn’t|is\s+not|am\s+not|not|can't|can’t|cannot)"
    r"\s+(?:be\s+)?(?:joining|attending|interviewing(?=\s+you\b)|join|attend|present|make\s+it"
    r"|take\s+part|taking\s+part"
    r"|(?:on|in|at)\s+(?:the\s+|this\s+)?(?:call|interview|meeting|session|room|one\b"
    r"|(?:interview\s+)?panel)"
    r"|part\s+of\s+the\s+(?:interviews?|panel|call|conversation|meeting|discussion)"
    # "I will not form part of the panel", "won't be sitting on the board"
    r"|form\s+part\s+of\s+the\s+(?:interviews?|panel|board|committee)"
    r"|sit(?:ting)?\s+(?:on|in)\s+(?:the\s+)?(?:panel|interview|board|committee))\b"
    # Polish: "nie dołączy do spotkania", "jest w zaproszeniu tylko do wiadomości", "nie będzie
    # uczestniczyć w samej rozmowie"
    # Flemish "zij vangt je op aan het onthaal, maar zit niet mee aan tafel"
    r"|\bniet\s+mee\s+aan\s+(?:tafel|het\s+gesprek)\b"
    # Italian "Io non sarò in call", "non sarò presente al colloquio"
    r"|\bnon\s+sar(?:ò|o|à)\s+(?:in\s+call|presente|al\s+colloquio|collegat[oa])\b"
    # Vietnamese: "chị không tham gia phỏng vấn", "sẽ không tham gia buổi phỏng vấn"
    r"|\bkhông\s+tham\s+gia\s+(?:buổi\s+|vào\s+)?phỏng\s+vấn\b"
    r"|\bnie\s+(?:dołączy|dołączę|weźmie\s+udziału|wezmę\s+udziału|będzie\s+uczestniczyć"
    r"|będę\s+uczestniczyć)\b|\btylko\s+do\s+wiadomości\b"
    # "Jolene from HR will sit in as an observer ...; she will not ask questions"
    r"|\b(?:sit\s+in|attend|join|be\s+there|be\s+present)\s+(?:only\s+)?as\s+an?\s+(?:silent\s+)?observer\b"
    # ... and abroad: "nehmen als Beobachterinnen teil", "en tant qu'observatrice", "como
    # observadora", "come osservatore"
    r"|\b(?:nehmen|nimmt|nehme)\s+(?:nur\s+|lediglich\s+)?als\s+Beobachter\w*\s+teil\b"
    # "nimmt als Vertreterin des Dienststellenausschusses (Personalvertretung) als
    # Beobachterin teil"
    r"|\b(?:nehmen|nimmt|nehme)\s+[^.\n]{0,120}?\bals\s+Beobachter\w*\s+teil\b"
    r"|\ben\s+tant\s+qu['’]observat(?:eur|rice)s?\b|\bcomo\s+observador(?:a|es|as)?\b"
    r"|\bcome\s+osservat(?:ore|rice|ori|rici)\b"
    r"|\b(?:will\s+not|won't|won’t|does\s+not|doesn't|doesn’t)\s+(?:be\s+)?ask(?:ing)?\s+(?:any\s+)?questions\b"
    # "I'll kick off the call and then leave you two to it", "then drop off"
    r"|\bthen\s+(?:I(?:'ll|’ll|\s+will)\s+)?(?:drop|hop|jump|duck|step)\s+(?:off|out|away)\b"
    # "Theo may pop in at the end to say hi and talk timing"
    r"|\b(?:pop|stop|drop|swing|duck)\s+(?:in|by)\s+(?:at\s+the\s+(?:end|start)\s+|briefly\s+)?to\s+say\s+"
    r"(?:hi|hello)\b"
    # "I'll open the call, do intros and hop off"; "I'll hop on for the first few minutes to
    # make intros"
    r"|\b(?:do|make)\s+(?:the\s+)?intro(?:duction)?s\s+and\s+(?:then\s+)?(?:drop|hop|jump|duck|step)"
    r"\s+(?:off|out|away)\b"
    r"|\b(?:hop|jump|be|stay)\s+on\s+(?:the\s+call\s+)?(?:for\s+)?(?:just\s+)?the\s+first\s+(?:few\s+|couple\s+of\s+"
    r"|\d+\s+|five\s+)?minutes\b"
    r"|\bthen\s+(?:I(?:'ll|’ll|\s+will)\s+)?hand\s+(?:you\s+)?over\s+to\b|\bleave\s+(?:you|them|the\s+(?:two|three)\s+of\s+(?:you|them))\s+(?:two\s+|both\s+|all\s+)?to\s+it\b"
    r"|\b(?:coordinate|coordinating|coordination|scheduling|visibility|information|awareness"
    r"|logistics)"
    r"\s+(?:purposes\s+)?only\b"
    r"|\bnão\s+(?:vou\s+|irei\s+|vai\s+|irá\s+)?(?:particip\w*|estar\w*|comparecer\w*)"
    # "ela não fica na conversa": she is there to let the person in, not to interview
    r"|\bnão\s+fica(?:rá)?\s+na\s+(?:conversa|entrevista|reunião)"
    r"|\bnão\s+(?:entro|entra|entrará)\s+na\s+(?:call|chamada|conversa|reunião|entrevista)"
    r"|\b(?:apenas|só|somente)\s+(?:para|pra)\s+(?:acompanhar|coordenar|organizar)"
    r"|\b(?:no|tampoco)\s+(?:voy\s+a\s+|va\s+a\s+)?(?:participar\w*|estar[éá]|asistir\w*)"
    # ("Kathia aparece como invitada opcional ...; no se va a conectar", "não vai se conectar")
    r"|\bno\s+(?:me|se)\s+(?:(?:voy|va|van)\s+a\s+conectar|conectar[áéa]n?|conectará)\b"
    r"|\bnão\s+(?:vou|vai|vão)\s+(?:me\s+|se\s+)?conectar\b"
    r"|\bno\s+se\s+(?:suma|une|conecta|sumará|unirá|conectará|incorporará)\b|\bdepois\s+(?:eu\s+)?saio\b"
    # "Eu abro a sala, faço as apresentações e saio"
    r"|\bfaço\s+as\s+apresentações\s+e\s+saio\b"
    # a session's host: "Lokendra Basnet (PMO) will host the meeting and admit candidates one by
    # one"
    r"|\badmit(?:s|ting)?\s+(?:the\s+|all\s+)?candidates\b"
    # ... and Rioplatense "Yo abro la llamada, los presento y me bajo"
    r"|\b(?:los|las|les)\s+presento\s+y\s+(?:me\s+bajo|me\s+voy|salgo|me\s+retiro|me\s+desconecto)\b"
    # "figura como opcional solo para tener visibilidad de la agenda"
    r"|\b(?:solo|sólo|solamente|únicamente)\s+para\s+(?:tener\s+)?visibilidad\b"
    # "Irene va como opcional, solo por si hay algún problema con la conexión"
    r"|\bva\s+como\s+opcional\b|\bsolo\s+por\s+si\s+hay\b"
    r"|\bsolo\s+entrar[áa]\s+al\s+principio\b|\b(?:luego|después)\s+se\s+desconectar[áa]\b"
    r"|\bno\s+(?:voy|va)\s+a\s+estar\b|\bno\s+particip[oa]\b|\bno\s+entra(?:rá)?\s+a\s+la\s+entrevista\b|\b(?:os|los|las)\s+dejo\s+sol[oa]s\b"
    # "no formaré parte de la entrevista", "não farei parte", "ne ferai pas partie", "non
    # farò parte"
    r"|\bno\s+formar[éá]\s+parte|\bnão\s+(?:farei|fará|vou\s+fazer)\s+parte"
    # a committee's secretary: "atuo apenas como secretária da comissão e não integro a banca"
    r"|\bnão\s+(?:integro|integra|componho|compõe|faço\s+parte\s+d)\w*"
    # ... and in Spanish: "La suscrita actúa como secretaria del llamado y no integra el Tribunal"
    r"|\bno\s+integr[oa]\s+(?:el|la)\s+(?:tribunal|comisión|comité|panel|jurado)\b"
    # "Quien suscribe actuará como Secretaria de la Comisión, sin voz ni voto"
    r"|\bsin\s+voz\s+ni\s+voto\b"
    # ... and in Polish: "pełnię funkcję sekretarza komisji i nie wchodzę w jej skład", "Mnie
    # nie będzie na callu"
    r"|\bnie\s+wchodz[ęi]\s+w\s+(?:jej\s+|jego\s+)?skład\b|\bmnie\s+nie\s+będzie\s+na\b"
    r"|\bne\s+fer(?:ai|a)\s+pas\s+partie|\bnon\s+far[òà]\s+parte"
    r"|\bn'y\s+(?:participerai|participera|assisterai|serai)\s+pas|\bne\s+(?:participerai|serai)\s+pas\s+(?:là|présente?)"
    r"|\b(?:solo|sólo|solamente|únicamente)\s+para\s+(?:coordinar|organizar|la\s+agenda)"
    r"|\bne\s+(?:participerai|participera|serai|sera|pourrai|pourra)\s+pas\b"
    # ("elle ne se connectera pas": she will not join the call)
    r"|\bne\s+(?:me|se)\s+(?:connecterai|connectera|connecteront)\s+pas\b"
    # ("elle ne rejoindra pas la visio", "De mon côté, je ne viens pas")
    r"|\bne\s+(?:rejoindra|rejoindrai|rejoindront|viens|viendra|viendrai)\s+pas\b"
    # "je ne participe pas aux entrevues", "je ne fais pas partie du comité"
    r"|\bne\s+(?:participe|participent)\s+pas\b|\bne\s+(?:fais|fait|font)\s+pas\s+partie\b"
    # "je n'assisterai pas à l'entretien"
    r"|\bn['’](?:assisterai|assistera|assiste)\s+pas\b"
    r"|\b(?:uniquement|seulement)\s+pour\s+(?:la\s+)?(?:coordination|planification|organisation)"
    # "Sana Ibrahim (HR Advisor) will join for the first few minutes only to verify your ID"
    r"|\bfor\s+the\s+first\s+(?:few\s+|couple\s+of\s+|\d+\s+|five\s+|ten\s+)?minutes\s+only\b"
    # "Maude est en copie pour info seulement"
    r"|\ben\s+copie\s+(?:pour\s+info(?:rmation)?\s+)?(?:seulement|uniquement)\b"
    r"|\bpour\s+info(?:rmation)?\s+(?:seulement|uniquement)\b"
    r"|\b(?:nehme|nimmt|neem|neemt)\b[^.!?;]*\b(?:nicht\s+teil|niet\s+deel)\b"
    # "Roosmarijn staat er alleen in voor de planning, zij schuift zelf niet aan"
    r"|\bschuift\s+(?:zelf\s+)?niet\s+aan\b|\balleen\s+(?:in\s+)?voor\s+de\s+planning\b"
    # "Lotte staat er optioneel bij om de planning te volgen, ze schuift niet mee aan"
    # ("Fenna staat er optioneel in voor praktische vragen aan het eind")
    r"|\bschuift\s+(?:zelf\s+)?niet\s+mee\s+aan\b|\bstaat\s+er\s+(?:enkel\s+|alleen\s+)?optioneel\s+(?:bij|in)\b"
    # "A Rita está no convite como opcional só para te abrir a porta", "O Tiago fica no
    # convite só para conhecimento"
    r"|\bno\s+convite\s+(?:como\s+opcional\s+)?(?:só|apenas|somente)\s+para\b|\bpara\s+conhecimento\b"
    # "ist nur informativ eingeladen und nicht vor Ort", "beratend und ohne Fragerecht"
    r"|\bnur\s+informativ\b|\bnicht\s+vor\s+Ort\b|\bohne\s+(?:Frage|Stimm)recht\b"
    # "Ich selbst begleite das Verfahren organisatorisch und führe das Protokoll"
    r"|\bbegleite\s+das\s+Verfahren\s+organisatorisch\b|\bführe\s+(?:das\s+)?Protokoll\b"
    # "Ich selbst gehöre der Auswahlkommission nicht an und bin nur für die Organisation
    # zuständig", "Ich bin bei dem Gespräch nicht dabei"
    r"|\b(?:gehöre|gehört)\s+(?:der|dem)\s+\w+\s+nicht\s+an\b|\bnur\s+für\s+die\s+Organisation\b"
    r"|\b(?:bin|ist)\s+(?:bei(?:m|\s+dem|\s+diesem)\s+(?:Gespräch|Termin)\s+)?nicht\s+dabei\b"
    # "Herr Heinsohn nimmt als Vertreter des Personalrats beobachtend teil", "Lea kommt kurz
    # dazu wegen Organisatorischem", "Frau Wolkow habe ich nur zur Information eingeladen, sie
    # ist beim Gespräch nicht dabei" (the clause with "sie": the first one's "ich" invited her)
    r"|\bbeobachtend\s+teil\b"
    r"|\bwegen\s+(?:des\s+)?Organisatorische[nm]\b"
    # Polish "ona już nie ocenia"; Spanish "no forma parte de la entrevista", "Amparo está en
    # copia solo para que tenga la cita en su calendario; no hace falta que venga"
    r"|\bnie\s+ocenia\b|\bno\s+forma\s+parte\b|\bno\s+hace\s+falta\s+que\s+venga\b"
    r"|\b(?:está|va|queda)\s+en\s+copia\s+(?:solo|sólo|solamente|únicamente)\s+para\b"
    # Italian: "Federica è in copia solo per l'accoglienza ...: non partecipa al colloquio",
    # "Giorgia Rinaudo è in copia per conoscenza"
    r"|\bnon\s+partecip(?:a|o|ano)\b|\bin\s+copia\s+(?:solo\s+)?per\b"
    # "zij neemt geen deel aan het gesprek", "não vai participar da entrevista"
    r"|\b(?:neem|neemt|nemen)\s+geen\s+deel\b|\bnão\s+(?:vai\s+|irá\s+)?participa\w*"
    # Swedish "lyssnar bara", "deltar inte i bedömningen", "lämnar sedan"; Finnish "ei
    # osallistu"; Danish and Norwegian "lytter kun", "bare lytter"
    r"|\blyssnar\s+bara\b|\bbara\s+lyssnar\b|\b(?:lytter\s+(?:kun|bare)|bare\s+lytter)\b"
    r"|\bdeltar\s+inte\s+i\s+bedömningen\b|\blämnar\s+(?:sedan|därefter)\b|\bei\s+osallistu\b"
    # "I am the HR Specialist and am not a rating panel member", "is optional and will meet
    # you at the lobby", "may drop for the last 10 minutes to cover logistics"
    r"|\bnot\s+a\s+(?:\w+\s+)?(?:panel|committee|board)\s+member\b"
    r"|\bis\s+optional\s+and\s+(?:will\s+)?(?:meet|greet|collect|welcome)\s+you\b"
    # "Mao is on the invite only to meet you at reception"; Japanese "面接には参加いたしません"
    r"|\bonly\s+to\s+(?:meet|greet|collect|welcome|escort|fetch|sign)\s+you\s+(?:in|at|from)\b"
    r"|(?:参加|同席|出席)(?:いた)?しません"
    # "she isn't one of the interviews"; a state HR analyst's "I will open the meeting,
    # facilitate and keep time, but I do not ask questions or score"
    r"|\b(?:isn't|isn’t|is\s+not|won't|won’t\s+be)\s+one\s+of\s+(?:the|your)\s+interview(?:s|ers)\b"
    r"|\b(?:I|she|he)\s+(?:do|does)(?:\s+not|n't|n’t)\s+(?:ask\s+(?:any\s+)?questions|score"
    r"|rate|evaluate|assess)\b"
    # "Natalia will meet you at the reception of building B at 9:50 and take you to the room"
    r"|\bwill\s+meet\s+you\s+(?:at|in)\s+(?:the\s+)?(?:reception|lobby|front\s+desk|entrance|security"
    r"|gate)\b"
    # "Yesenia is optional on here and usually doesn't join"
    r"|\busually\s+(?:doesn't|doesn’t|does\s+not|won't|won’t)\s+(?:join|attend|dial\s+in)\b"
    # French: "Geneviève vous accueillera à la réception du 4e étage et vous installera pour
    # l'exercice": at the desk, then gone
    r"|\bvous\s+accueillera\s+(?:à\s+(?:la\s+réception|l['’]accueil|l['’]entrée)|au\s+(?:hall"
    r"|comptoir|rez-de-chaussée))"
    r"|\bto\s+(?:cover|handle|sort\s+out)\s+(?:the\s+)?logistics\b"
    # "Kendra's on the invite just so it's on her calendar"
    r"|\b(?:just|only)\s+so\s+(?:it(?:'s|’s|\s+is|\s+shows|\s+sits)|(?:she|he|they)\s+(?:has|have)"
    r"\s+it)\s+(?:on|in)\s+(?:her|his|their)\s+(?:calendar|diary)\b"
    # "I'll sit in to take notes only": there to keep the record, not to interview
    r"|\bto\s+take\s+notes\s+only\b|\bonly\s+to\s+take\s+notes\b"
    # Hebrew, the writer of themselves: "לא אהיה בראיון עצמו" (I won't be in the interview
    # itself), "אני לא מגיעה לראיון" (I'm not coming to the interview); another person is
    # named in letters no attendee's name is written in, so only the writer is read
    r"|\bלא\s+(?:אהיה|אשתתף)\s+ב(?:ראיון|פגישה|שיחה)|\bאני\s+לא\s+(?:מגיע|מגיעה)\s+ל(?:ראיון|פגישה)"
    # Tagalog "Hindi na ako sasama sa call" (I won't come along to the call)
    r"|\bhindi\s+(?:na\s+)?ako\s+(?:sasama|kasama|makakasama|sasali)\b"
    # "HR does not participate in the interview", "I will open the meeting and then leave"
    r"|\b(?:does|do|will)\s+not\s+(?:participate|take\s+part)\b|\b(?:doesn't|don't|won't)\s+"
    r"(?:participate|take\s+part)\b|\bthen\s+(?:leave|drop\s+off|hop\s+off|log\s+off)"
    r"(?=\s*[;,.!]|\s*$|\s+(?:the\s+)?(?:call|meeting|room|interview)\b)"
    r"|\bnicht\s+(?:dabei|anwesend)\b|\bnur\s+zur\s+(?:Koordination|Terminplanung|Info)"
    # "Ich selbst werde nicht am Gespräch teilnehmen"
    r"|\bnicht\s+(?:am|beim|an\s+dem)\s+(?:Gespräch|Termin|Interview|Treffen)\s+teil"
    # "Ich selbst bin nicht Teil der Gesprächsrunde"; Dutch "zij doet niet mee aan het gesprek"
    r"|\bnot\s+(?:a\s+)?(?:member|part)\s+of\s+the\s+(?:board|panel|committee)\b"
    r"|\bnicht\s+Teil\s+(?:der|des|von)\b|\b(?:doe|doet|doen)\s+(?:zelf\s+)?niet\s+mee\b"
    r"|\bniet\s+(?:aanwezig|bij)\b|\balleen\s+(?:voor|ter)\s+(?:de\s+)?(?:planning|coördinatie)"
    r"|\b(?:deltar|blir)\s+ikke\b|\bikke\s+(?:være\s+)?(?:med|til\s+stede)\b"
    r"|\bkun\s+for\s+(?:koordinering|planlegging)"
    # Italian, Dutch ("ik schuif zelf niet aan"), Swedish
    r"|\bnon\s+(?:sarò|sarà|saremo)\s+present[ei]|\bnon\s+(?:parteciperò|parteciperà)"
    # "Io aprirò il collegamento e farò le presentazioni, poi lascerò la riunione"; French
    # "puis je quitterai la réunion"
    r"|\bpoi\s+(?:lascerò|lascio|uscirò|esco)\s+(?:dalla\s+|la\s+)?(?:riunione|collegamento|call|chiamata)"
    # Catalan and Spanish: "La Carme rep la convocatòria com a opcional ..., però no hi serà",
    # "Yo esta vez no puedo acompañarte"
    r"|\bno\s+hi\s+(?:serà|seré|seran|assistirà|assistiré)\b|\bno\s+(?:puedo|podré)\s+acompañarte\b"
    # Catalan and Spanish: "jo no formo part del tribunal", "no formo parte de la comisión"
    r"|\bno\s+(?:formo|forma)\s+part(?:e)?\s+(?:del|de\s+la)\s+(?:tribunal|comissió|comisión|panel)"
    # Dutch: "Ik loop aan het begin even mee naar binnen ... en ga daarna weer"
    r"|\ben\s+ga\s+daarna\s+(?:weer|weg)\b|\bdaarna\s+ga\s+ik\s+(?:weer|weg)\b"
    r"|\bpuis\s+je\s+(?:quitterai|quitte)\s+(?:la\s+)?(?:réunion|visio|call)"
    r"|\bschuif\w*\s+(?:zelf\s+)?niet\s+aan|\bniet\s+aanschuiven"
    r"|\b(?:deltar|närvarar)\s+(?:själv\s+)?inte\b|\binte\s+(?:med|närvarande)\b"
    # There only to open: "nur zu Beginn kurz dabei", "I'll drop off after the intros"
    r"|\bnur\s+zu\s+Beginn\b|\bverabschiede\s+mich\b|\bnicht\s+im\s+Haus\b|\b(?:drop|hop|head)\s+off\s+(?:after|once)\b"
    r"|\bonly\s+(?:for|at)\s+the\s+(?:start|beginning|first\s+\w+\s+minutes)\b"
    # the first minutes, to present the firm: "mi collegherò per i primi dieci minuti per una
    # breve presentazione dell'azienda", "for the first ten minutes to introduce the team"
    r"|\b(?:per\s+i\s+primi|for\s+the\s+first|pour\s+les|durante\s+los\s+primeros|nos\s+primeiros"
    r"|für\s+die\s+ersten)\s+(?:\w+\s+)?(?:minuti|minutes|minutos|Minuten)\s+(?:per|to|pour|para|um)"
    r"\s+(?:una\s+breve\s+|a\s+(?:short|brief|quick)\s+|une\s+brève\s+|una\s+breve\s+)?"
    r"(?:presenta\w*|introduc\w*|intro\b|présent\w*|apresenta\w*|vorzustellen|Vorstellung)"
    # "I'm only scheduling this one"; Turkish "katılmayacağım", Czech "se nezúčastním",
    # "neúčastním", Korean "참석하지 않습니다", "불참"
    r"|\b(?:only|just)\s+(?:be\s+|here\s+)?(?:scheduling|coordinating|organi[sz]ing)\b"
    # "I won't be sitting in on the interview"; Hinglish "main join nahi karungi"
    r"|\b(?:won't|won’t|will\s+not|not)\s+(?:be\s+)?sit(?:ting)?\s+in\b"
    r"|\b(?:join|attend)\s+nahi\s+kar(?:ungi|unga|enge|egi|ega)\b"
    # Turkish "Ayşegül Hanım İK tarafından isteğe bağlı katılımcı olarak eklidir" (added by
    # HR as an optional participant)
    r"|\bisteğe\s+bağlı\s+(?:katılımcı|davetli)"
    r"|\b(?:ben\s+)?(?:katılmayacağım|katılamayacağım|bulunmayacağım|yer\s+almayacağım"
    r"|katılmayacak|(?:görüşmede|mülakatta)\s+olmayacağım)"
    r"|\b(?:nezúčastním|neúčastním|nebudu\s+(?:přítomen|přítomna|účastn\w+))"
    # a committee's secretary: "Jsem tajemnicí výběrové komise ...; členkou komise nejsem"
    r"|\b(?:členkou|členem)\s+(?:výběrové\s+)?komise\s+nejsem\b|\bnejsem\s+(?:členkou|členem)\b"
    r"|참석하지\s*않|참여하지\s*않|불참|들어가지\s*않"
    # Chinese, simplified and traditional: "面试过程我不参加", "这轮就不参加了", "不會參與面試",
    # "這次面試我不會在線上", "確認沒問題後就會先離開"
    r"|不(?:会|會)?(?:参加|參加|参与|參與|出席|在场|在場|在线上|在線上)|(?:就会|就會)先(?:离开|離開)"
    # Thai "ไม่ได้เข้าร่วมสัมภาษณ์", "จากนั้นจะออกจากห้องประชุม"
    r"|ไม่(?:ได้)?เข้าร่วม|ออกจากห้อง"
    # Polish "w samej rozmowie nie biorę udziału", "nie będę obecna"; Hebrew "לא אשתתף"
    r"|\bnie\s+(?:biorę|bierze|wezmę|weźmie)\s+udziału|\bnie\s+będ(?:ę|zie)\s+(?:obecn[aey]|uczestniczy[ćł])"
    r"|לא\s+(?:אשתתף|תשתתף|ישתתף|אהיה\s+נוכח)|\bkhông\s+(?:tham\s+gia|có\s+mặt|dự)\b"
    # Finnish "Itse en osallistu haastatteluun", "en ole mukana"; Danish "deltager ikke"
    r"|\ben(?:kä)?\s+(?:itse\s+)?(?:osallistu|ole\s+(?:itse\s+)?(?:mukana|paikalla|läsnä))\b"
    r"|\bdeltager\s+(?:selv\s+)?ikke\b"
    # Indonesian and Malay "Saya tidak ikut", "tidak akan hadir", "hanya mengatur jadwal";
    # Afrikaans "Ek sal nie by die onderhoud wees nie"; Swahili "sitahudhuria", "sitashiriki"
    r"|\btidak\s+(?:akan\s+)?(?:ikut|hadir|bergabung|menyertai|turut\s+serta)\b"
    r"|\bhanya\s+(?:mengatur|menjadwalkan|mengkoordinasikan)\b"
    r"|\bsal\s+nie\s+(?:by|in)\s+(?:die\s+)?(?:onderhoud|gesprek|vergadering)\s+wees\s+nie\b"
    r"|\bnie\s+(?:self\s+)?(?:bywoon|deel\s+wees)\b|\bsita(?:hudhuria|shiriki|kuwepo)\b"
    # Romanian "nu voi participa la interviu", "Eu voi intra doar la început, ... apoi vă las
    # să discutați"; Hungarian "a beszélgetésen nem leszek jelen", "nem veszek részt"; Greek
    # "δεν θα συμμετάσχω"; Arabic "لن أحضر المقابلة", Egyptian "مش هحضر", "وبعدين هسيبكم"
    r"|\bnu\s+(?:voi\s+|vom\s+|va\s+)?(?:participa|particip[ăa]?|fi\s+prezent[ăa]?)\b"
    r"|\bdoar\s+la\s+(?:început|inceput)\b|\b(?:vă|va|te)\s+las\s+(?:să|sa)\b"
    r"|\bnem\s+(?:leszek|lesz|leszünk)\s+(?:jelen|ott)\b|\bnem\s+(?:veszek|vesz|veszünk)\s+részt\b"
    r"|δεν\s+θα\s+(?:συμμετάσχω|συμμετέχω|είμαι\s+(?:παρών|παρούσα))"
    # ... and Romanian "Eu nu voi fi prezentă la interviu", a secretary's "nu fac parte din
    # comisie"
    r"|\bnu\s+voi\s+fi\s+prezent[ăa]?\b|\bnu\s+fac\s+parte\s+din\s+comisie"
    # ... and a committee's secretary: "εκτελεί χρέη γραμματέα της Επιτροπής και δεν είναι
    # μέλος της"
    r"|δεν\s+(?:είναι|είμαι|θα\s+είναι)\s+μέλος|εκτελ\w+\s+χρέη\s+γραμματέα"
    r"|لن\s+(?:أحضر|أشارك|أكون\s+(?:حاضر|موجود))|مش\s+(?:هحضر|هكون\s+موجود|هشارك)"
    r"|هسيبكم|هسيبك|سأترككم|سأتركك"
    # Croatian "Ja neću sudjelovati u razgovoru", "samo koordiniram termin", "ona neće
    # sudjelovati"; Bulgarian "Аз няма да участвам в разговора", "е включена в поканата само за
    # информация и няма да участва"
    r"|\b(?:neću|neće|nećemo)\s+(?:biti\s+)?(?:sudjelovati|učestvovati|prisustvovati|prisutn\w+"
    r"|na\s+(?:razgovoru|sastanku|intervjuu|pozivu))"
    r"|\bsamo\s+(?:koordiniram|organiziram|dogovaram)\b"
    r"|няма\s+да\s+(?:участвам|участва|присъствам|присъства)|само\s+за\s+информация"
    # Lithuanian "Aš pati susitikime nedalyvausiu", "Austėja šįkart nedalyvaus", "įtraukta tik
    # informacijai"
    r"|\bnedalyvau\w*|\b(?:įtraukta|įtrauktas|pakviesta|pakviestas)\s+tik\s+informacijai"
    # Slovene "se razgovora ne bom udeležila", "ne bo udeležen"
    r"|\bne\s+bo(?:m|sta|do)?\s+udeleži\w*|\bne\s+bo(?:m|sta|do)?\s+(?:prisoten|prisotna)"
    # Latvian "pati intervijā nepiedalīšos", "tikai koordinēju laikus", "pievienota kā
    # neobligāta dalībniece tikai gadījumam"
    r"|\bnepiedalī\w*|\btikai\s+koordinēju\b|\bneobligāt\w+\s+dalībniek\w*"
    # Estonian "Mina vestlusel ei osale", "vestlusel ta ei osale", "on kutses vaid
    # teadmiseks"; Ukrainian "Я на дзвінку не буду", "участі у співбесіді не братиме", "додана
    # до запрошення лише для цього"
    r"|\b(?:ei|ega)\s+osale\b|\b(?:kutses|kutsel)\s+(?:vaid|ainult)\s+teadmiseks\b"
    # Russian "в самом собеседовании я не участвую", "не будет участвовать"
    r"|(?<!\w)не\s+(?:участвую|участвует|буду\s+участвовать|будет\s+участвовать)(?!\w)"
    r"|(?<!\w)на\s+(?:дзвінку|співбесіді|зустрічі|розмові)\s+не\s+(?:буду|буде)(?!\w)"
    r"|(?<!\w)участі\s+(?:у|в)\s+(?:співбесіді|зустрічі|розмові)\s+не\s+(?:братиме|братиму|бере|беру)(?!\w)"
    r"|(?<!\w)(?:не\s+(?:братиме|братиму)\s+участі)(?!\w)"
    # Russian "подключаться она не будет" (she won't join), "не будет подключаться"
    r"|(?<!\w)подключаться\s+(?:(?:она|он)\s+)?не\s+(?:будет|буду)(?!\w)"
    r"|(?<!\w)не\s+(?:будет|буду)\s+подключаться(?!\w)|(?<!\w)не\s+подключ(?:ится|усь)(?!\w)"
    # ... "на самом собеседовании присутствовать не буду" (I will not be there), "Я на встрече
    # не буду" (I will not be at the meeting)
    r"|(?<!\w)на\s+(?:встрече|собеседовании|звонке|интервью)\s+(?:меня\s+)?не\s+(?:буду|будет)(?!\w)"
    r"|(?<!\w)присутствовать\s+не\s+(?:буду|будет|будем)(?!\w)"
    # ... "в состав панели не входит" (is not on the panel)
    r"|(?<!\w)в\s+состав\s+(?:панели|комиссии)\s+не\s+вход(?:ит|ят|ишь)(?!\w)"
    r"|(?<!\w)не\s+вход(?:ит|ят)\s+в\s+состав\s+(?:панели|комиссии)(?!\w)"
    r"|(?<!\w)не\s+(?:буду|будет|будем)\s+присутствовать(?!\w)"
    # Georgian "გასაუბრებას არ დავესწრები" (I will not attend the interview), "გასაუბრებაში
    # მონაწილეობას არ მიიღებს" (will not take part in it), "მხოლოდ ... კალენდარს ვმართავ"
    # (I only manage ...'s calendar)
    r"|(?<!\w)არ\s+(?:დავესწრები|დაესწრება|დავესწრებით)(?!\w)"
    r"|(?<!\w)მონაწილეობას\s+არ\s+(?:მიიღებს|მივიღებ|მიიღებენ)(?!\w)"
    r"|(?<!\w)მხოლოდ\s+(?:\S+\s+){0,3}?კალენდარს\s+ვმართავ(?!\w)"
    # Armenian "հարցազրույցին չի մասնակցի" (will not take part), "ներկա չեմ լինի" (I will not
    # be there); Amharic "አትሳተፍም" (she will not take part), "አልገኝም" (I will not be there)
    r"|(?<!\w)չ(?:ի|եմ|են|ենք)\s+մասնակց\w*|(?<!\w)ներկա\s+չ(?:ի|եմ|են|ենք)\s+լինի(?!\w)"
    r"|(?<!\w)(?:አል|አት|አይ)(?:ሳተፍ|ሳተፉ|ገኝ|ገኙ)ም(?!\w)"
    # Azerbaijani "müsahibədə iştirak etməyəcəyəm" (I will not take part), "zəngdə iştirak
    # etməyəcəyəm", "Mən müsahibədə olmayacağam" (I will not be at it), "qoşulmayacaq"
    r"|(?<!\w)iştirak\s+etməyəcə(?:yəm|k|klər|yik)(?!\w)|(?<!\w)qoşulmayacağ?(?:am|ıq|aq)(?!\w)"
    r"|(?<!\w)(?:müsahibədə|zəngdə|görüşdə|iclasda)\s+(?:\S+\s+)?olmayacağ?(?:am|ıq|aq)(?!\w)"
    # "I shall be in attendance as Secretary to the panel but I am not a member of the
    # interviewing panel"
    r"|\b(?:am|is|are)\s+not\s+(?:a\s+)?(?:member|part)\s+of\s+the\s+(?:\w+\s+)?panel\b"
    # "I will not stay for the interview itself"
    r"|\b(?:won't|won’t|will\s+not|not|don't|do\s+not)\s+(?:be\s+)?stay(?:ing)?\s+(?:for|on|in)\b"
)
# (one group per first letter: the same matches, found about three times faster)
STAYS_AWAY = re.compile(by_first_letter(_STAYS_AWAY), re.IGNORECASE)
# The subject of such a clause: the writer ("I", "eu", "je"...), the candidate ("you":
# "if you can't attend" is about them), or someone already named ("she", "ela", "hij").
_SUBJECT = re.compile(
    # (Dutch "ik", not Turkish "İK" for HR)
    r"(?P<first>\b(?-i:I)\b|\b(?:eu|yo|je|ich|(?-i:[Ii]k)|jeg|io|jag|já|ek|minä|itse|ja|saya|aku|mimi"
    r"|én|аз|aš|mina|es(?=\s+(?:tikai|pati|pats)\b))\b|(?<!\w)я(?!\w)"
    # (Korean "저는" as a word of its own, not the end of "매니저는")
    r"|אני|我|ดิฉัน|ผม|(?<![\uac00-\ud7a3])(?:저는|제가)|私は|εγώ|أنا"
    # a Greek official letter's "the undersigned": "Η υπογράφουσα", "Ο υπογράφων"
    r"|\b[Ηη]\s+υπογράφουσα|\b[Οο]\s+υπογράφων|\b(?:[Ss]ubsemnat[au]l?)|(?<!\w)მე(?![\w-])"
    # Armenian, Amharic and Azerbaijani "I"
    r"|(?<!\w)(?:Ես|ես|እኔ|Mən|mən)(?!\w))"
    r"|(?P<second>\b(?:you|você|vous|usted|du)\b)"
    r"|(?P<third>\b(?:she|he|they|ela|ele|ella|él|elle|il|sie|hij|zij|ze|hon|han|hun|hän|beliau"
    r"|ona|тя|той|on(?=\s+(?:neće|nije|ne)\b)|viņa|viņš|ta(?=\s+ei\b)|tema)\b|(?<!\w)(?:вона|він|она|он)(?!\w)"
    # (Romanian "el nu va participa": "el" is also Spanish's article)
    r"|היא|הוא|הם|הן|\b(?:el|ea)(?=\s+nu\b)|(?<!\w)(?:նա|Նա|እሷ|እሱ)(?!\w))",
    re.IGNORECASE,
)
# (past the dot of a title: "Frau Dr. Nnamdi", "Prof. Hasselbach")
_CLAUSE = re.compile(
    # (Armenian "։" and Amharic "።" end a sentence)
    r"(?:[^.!?;\n\u0589\u1362]|(?<=\b(?:Dr|Mr|Ms|St))\.|(?<=\b(?:Mrs|Drs|Sra|Dra|Mme))\.|(?<=\bProf)\."
    # an Italian letter's titles: "l'Ing. Amitrano", "la Dott.ssa Iovine", "l'Avv. Mastellone"
    r"|(?<=\b(?:Ing|Avv|Sig))\.|(?<=\bDott)\.|(?<=\bArch|\bGeom)\."
    # Spanish human resources, "RR.HH." ("Alejandra Barboza, de RR.HH. de la planta, ...")
    r"|(?<=\bRR)\.(?=HH\.)|(?<=\bRR\.HH)\.(?=\s+(?-i:[a-z]))|(?<=\bRR\.\s)HH\.(?=\s+(?-i:[a-z])))+[.!?;\u0589\u1362]*"
)
# Titles of those who arrange interviews rather than hold them: a coordinator of interviews,
# not of a subject ("Special Education Coordinator" interviews).
ARRANGES = re.compile(
    # "Coordinator" alone as a title, or a recruiting one; "Coordinator Procurement (Chair)"
    # is a job in its own right
    r"^\s*coordinator\s*(?:$|[,|;])|\b(?:recruit\w*|interview\w*|candidate|experience|talent"
    r"|acquisition|hr|people|scheduling|hiring|recruitment|campus)\s+coordinator\b"
    # (not a team's name after a job: "Lead Analyst, Staffing & Scheduling")
    # (nor a post that runs schedules: "Marine Scheduling Supervisor")
    r"|\b(?:coordinatrice|koordinator\w*|scheduler|(?<!&\s)(?<!and\s)scheduling(?!\s+(?:supervisor|manager"
    r"|director|lead|superintendent|engineer|analyst))|scheduled\s+by"
    r"|recruiting\s+operations|interview\s+operations)\b"
    # an assistant who books for a manager: "Asistente de Gerencia Regional", "PA to the MD"
    # (not a city's "Assistant to the City Manager", a management post of its own)
    r"|\b(?:executive\s+|personal\s+)?assistant\s+to\b(?!\s+the\s+(?:city|county|town|village"
    r"|borough)\s+(?:manager|administrator|executive))|\bPA\s+to\b"
    r"|\basistente\s+de\s+(?:la\s+)?(?:gerencia|direcci[oó]n)|\bsecretar(?:y|ia|ía)\s+(?:to|de)\b"
    # on the panel list to keep the record, not to interview: "(convenor, note-taker only)"
    r"|\b(?:note|minute)[- ]?tak(?:er|ing)\s+only\b|\bnon[- ]interviewing\b"
    # a Spanish tribunal's secretary: "(con voz y sin voto; no formulará preguntas)"
    r"|\bno\s+formular[áa]\s+preguntas\b|\bsin\s+voto\b"
    # a recruiter at the door: "Renee Abercrombie-Tull, Recruiter (check-in only)"
    r"|\bcheck-?in\s+only\b"
    # a panel's observer for process or equity: "(observer, EE and process)"
    r"|^\s*\(?\s*observer\b|\bobserver\s*(?:only|,|\))",
    re.IGNORECASE,
)
# A post, then the team it heads: "Manager, Gas Scheduling" runs a desk of schedulers, and
# does not book others' interviews (but "Manager, Interview Scheduling" does)
_HEADS_A_TEAM = re.compile(
    r"\s*(?:senior\s+|general\s+|deputy\s+|assistant\s+)?(?:manager|director|head|supervisor|lead"
    r"|superintendent|vice\s+president|vp)\s*,\s*(?![^|]*\b(?:recruit|coordinat|interview|talent"
    r"|candidate|hiring|people|hr\b))",
    re.IGNORECASE,
)


def books_interviews(title: str) -> bool:
    """Whether a title is one of those who arrange interviews rather than sit in them."""
    return bool(ARRANGES.search(title)) and not _HEADS_A_TEAM.match(title)


# Titles of recruiters and HR, who often write an invite for a panel they are not on.
_RECRUITS = re.compile(
    # ("Talent @ Rambutan", "Talent team": a startup's recruiting)
    r"\b(?:talent\s+(?:acquisition|partner|sourcer|team)|recruit(?:er|ing|ment)|people\s+(?:partner"
    r"|operations|team)|hr|human\s+resources|personalabteilung|personalreferent\w*|rrhh|recursos\s+humanos"
    r"|ressources\s+humaines|risorse\s+umane|recrutamento|reclutamiento|recrutement|reclutamento)\b"
    r"|採用担当|人事部|인사팀|채용\s?담당|인사\s?담당|招聘|人力资源|\btalent\s+@\s",
    re.IGNORECASE,
)
# The panel given whole, to the person: "You'll be meeting with Dev Acharya, our Head of ..."
_MEETING_WITH = re.compile(
    r"\byou(?:'ll|’ll|\s+will)\s+(?:be\s+)?(?:meeting|speaking|chatting)\s+with\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# The writer says they take part: "Jane and I", "with me", "I'll join".
_WRITER_JOINS = re.compile(
    # "12:00 – 13:00  Hiring manager conversation – me": the writer as a slot's person; the
    # writer first in a list: "Będziemy we trójkę: ja, Michalina ... oraz nasz CTO"
    r"\s[-\u2013\u2014|]\s+(?:me|myself)\s*$|:\s*(?:me|myself|ja|ich|jag|jeg|ik|yo|eu|io|moi)\s*,|"
    # "The interview will be conducted by myself and Mr Marios Efthymiou"
    r"\bmyself\s+(?:and|&)\s+(?=(?:our|my|mr|ms|mrs|dr|prof)\b|(?-i:[A-Z]))|"
    # ... and Indonesian "Pewawancara: saya sendiri dan Ibu Sumarni", "bersama saya"
    r":\s*saya(?:\s+sendiri)?\s+(?:dan|,)|\b(?:bersama|dan)\s+saya\b(?!\s+(?:sendiri\s+)?(?:tidak|hanya))|"
    # someone "joins us": the writer is there ("Hélène ... se joindra à nous"), and "notre
    # entretien" is the writer's own
    # (not the candidate's invitation: "Please join us for a panel interview")
    r"\b(?:(?:joins|joining|will\s+(?:also\s+)?join)\s+us|se\s+joindra\s+à\s+nous|nous\s+rejoindra|notre\s+entretien"
    r"|se\s+unirá\s+a\s+nosotros|nos\s+acompañará|si\s+unirà\s+a\s+noi|vai\s+se\s+juntar\s+a\s+nós"
    r"|wird\s+uns\s+begleiten)\b|"
    # a list's item that is the writer: "- moi-même, pour le bureau du recrutement"
    r"^\s*[-*\u2022]\s*(?:moi-même|myself|me|ich\s+selbst|yo\s+mism[oa]|eu\s+mesm[oa]|io\s+stess[oa])\b|\((?:me|myself)\)|\b(?:with\s+me|me\s+and|and\s+(?:me|myself|the\s+undersigned)\b|and\s+(?-i:I)\b|(?-i:I)(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:be\s+)?"
    r"(?:join|there|on\s+the|interview|sit\s+in)"
    # Slovak and Czech "stretnete sa so mnou a s ...", "setkáte se se mnou a s ..."
    r"|\b(?:so|se)\s+mnou\b"
    # "Saremo presenti io e Luca", "Estaremos Ana y yo", "Jan en ik", "Lena und ich"
    r"|\b(?:io\s+e|e\s+io|yo\s+y|y\s+yo|i\s+jo|jo\s+i|moi\s+et|et\s+moi|ich\s+und|und\s+ich|ik\s+en|en\s+ik"
    r"|eu\s+e|e\s+eu|jag\s+och|och\s+jag|jeg\s+og|og\s+jeg|und\s+mir|mit\s+mir|(?:med\s+)?mig\s+(?:og|och)|(?:og|och)\s+mig"
    r"|meg\s+og|og\s+meg|en\s+mij|mij\s+en|met\s+mij|en\s+mezelf|en\s+mijzelf"
    # "Jeg er også med i hele intervjuet", "Intervjun hålls av mig", "Haastattelijoina minä"
    r"|(?:jeg|jag)\s+er\s+(?:også\s+)?med|jag\s+är\s+(?:också\s+)?med\s+(?:i|under|på)\b"
    # (held "by me", not any "av meg": "sendt av meg på vegne av" is who sent it)
    r"|(?:hålls|leds|genomförs|holdes|ledes|gjennomføres|gennemføres|afholdes)\s+(?:\w+\s+){0,2}"
    r"(?:av|af)\s+(?:mig|meg)|minä\s+ja|ja\s+minä|haastattelijoina\s+minä"
    # Greek "θα πραγματοποιήσουμε εγώ και η Ιουλία Σταθοπούλου"
    r"|εγώ\s+και|και\s+εγώ"
    # Romanian "Interviul îl vom susține eu și colegul meu Sorin Talpă"
    r"|\beu\s+și\b|\bși\s+eu\b"
    # Polish "oraz ja", Czech "a já", Turkish "ve ben", Korean "저와", Japanese "私と"
    r"|(?:oraz|i)\s+ja|ja\s+(?:oraz|i)|a\s+já|já\s+a|ve\s+ben|ben\s+ve|conmigo|comigo|ek\s+en|en\s+ek|is\s+ek"
    r"|(?:również|także|też)\s+ja|ja\s+(?:również|także|też)|wezmę\s+udział)\b"
    r"|저와|私と|(?:および|及び|並びに|と)\s*(?:私|わたくし)(?![たど])|[和與与]我(?![们們])|그리고\s*저)",
    re.IGNORECASE | re.MULTILINE,
)
# Words that stay away in the third person, where a language drops the pronoun: Portuguese
# "não participa", Dutch "neemt geen deel".
_THIRD_PERSON = re.compile(r"\b(?:participa|neemt|nimmt)\b", re.IGNORECASE)
# What a Japanese clause is about, marked "は": "野口は", "田中さんは".
_TOPIC = re.compile(r"([\u3400-\u9fff]{1,4})(?:さん|様|氏)?は")
# ... and Korean: "정재훈 책임은", "윤서아 매니저는", "하윤정 님은" (a name, its title, 은/는)
_KOREAN_TOPIC = re.compile(
    r"([\uac00-\ud7a3]{2,4})(\s+[\uac00-\ud7a3]{1,3}|\s?님)?\s?(?<=[\uac00-\ud7a3])[은는](?=\s|$)"
)
# A clause that opens with a name alone before what it says of them.
_SOMEONE_NAMED = re.compile(
    r"\s*(?-i:[A-ZÀ-Ý][\w'’]+(?:[ -][A-ZÀ-Ý][\w'’]+){0,2})"
    r"(?:\s+(?:from|of|at|in|de|van|von|da)\s+[^,]{1,40})?"  # "Guadalupe from HR"
    # "Linnea unfortunately can't make it"
    r"(?:\s+(?:unfortunately|sadly|also|now|still|currently|actually|probably|then))?\s*$"
)
# Someone named by a capitalised word inside a clause, after its first word.
_OPENS_WITH_A_NAME = re.compile(r"\s*(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]+)\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s*,")
_NAMED_IN_CLAUSE = re.compile(
    r"(?:^|\s)(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]{2,})\s+(?:is|was|will|has|'s|(?-i:on)(?!\s+(?:the|a|an)\b))\b"
)
# A mailbox, a team or the rest of a committee a clause is about: "The Talent team mailbox is
# copied ...; they won't be on the call" speaks of the mailbox, not of the last person named.
_GROUP = re.compile(
    r"\b(?:mailbox|inbox|team|department|alias|(?:distribution\s+)?list|hr|recruiting|personalabteilung"
    r"|rrhh|resourcing|recruitment|staffing|talent\s+acquisition"
    # a shared mailbox abroad: "La casella Selezione Personale è in copia solo per conoscenza"
    r"|casella|buzón|caixa\s+de\s+correio|postvak|postfach"
    # the rest of a committee: "other members will not attend"
    r"|members|others|the\s+rest|every(?:one|body)\s+else)\b",
    re.I,
)
# Some people the clause speaks of together: "the alternates", "other panel members".
_PLURAL_SUBJECT = re.compile(
    r"\b(?:the|other|our|these|those|all|any)\s+(?:[a-z]+\s+)?[a-z]{3,}s\s*$", re.IGNORECASE
)
_NAME_SPLIT = re.compile(r"\s*[,|–—(·•]\s*|\s+-\s+")


_OBJECT_FIRST = re.compile(
    r"^\s*(?:(?:Frau|Herrn?)\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+(?:habe|hab|hatte)\s+ich\b"
)


def absent(
    text: str,
    invited: list[Attendee],
    organizer: str,
    named: list[tuple[str, str]],
    listed: set[str] | None = None,
) -> set[str]:
    """The addresses of those the description says will not be there.

    A clause saying someone stays away is about whoever it names first: an
    attendee by name ("Dana Lee from HR is copied for scheduling only"), the
    writer ("I'm booking this for Sam and won't be on the call"; no subject at
    all, as in "Não participarei", is the writer too), someone named before it
    ("she won't be on the call"), or the candidate ("if you can't attend":
    nobody left out). A named interviewer is never left out.
    """
    interviewing = {(e or match_attendee(n, invited)).lower() for n, e in named}
    aside = _signed_aside(text, invited, named, interviewing, listed)
    if not STAYS_AWAY.search(text):  # the usual invite: one pass, no clause-by-clause reading
        return aside - interviewing - {""}
    people = [(a.email.lower(), display_name(a.name, a.email)) for a in invited if not a.is_self]
    firsts = [_given(name) for _, name in people if name]
    absent: set[str] = set()
    last = earlier = ""
    earlier_named = False  # whether the clause before named an attendee
    for clause in _CLAUSE.finditer(text):
        sentence = clause.group(0)
        mentions = _mentions(sentence, people, firsts)
        said = STAYS_AWAY.search(sentence)
        if said and not sentence[: said.start()].strip() and sentence.rstrip().endswith("?"):
            said = None  # "Can't make it? Let us know": a question to the reader, no one's news
        if said and re.search(r"\b(?:verabschiede\s+mich|ziehe\s+mich)\b", said.group(0)):
            # the writer, whatever "Sie" the clause also holds: "Ich hole Sie ... ab, stelle Sie
            # kurz vor und verabschiede mich dann"
            absent.add(_writer(text[clause.end() :], invited, organizer))
            said = None
        if said:
            head = sentence[: said.start()]
            # the subject right before the words, else the clause's first: "I've copied
            # Brandi so she has the details - she won't be there" is about Brandi; "I'll
            # meet you at reception but won't be interviewing" about the writer
            # (read up to the end of the words, as some subjects are known by the word after
            # them: Croatian "on neće", Estonian "ta ei", Latvian "Es tikai")
            subjects = [
                m for m in _SUBJECT.finditer(sentence[: said.end()]) if m.end() <= said.start()
            ]
            subject = subjects[0] if subjects else None
            between = head[subjects[-1].end() :] if subjects else ""
            if subjects and len(between) <= 12 and not re.search(r"[,;:\u2013\u2014]", between):
                subject = subjects[-1]  # ("introduce you, then hand over": "you" is no subject)
            by_name = [(pos, email) for pos, email in mentions if pos < said.start()]
            named_first = by_name and (not subject or by_name[0][0] < subjects[0].start())
            if subject and subject["third"] and by_name and by_name[-1][0] < subject.start():
                absent.add(by_name[-1][1])  # "she" is the one named last before it
            elif by_name and _OBJECT_FIRST.match(head):
                # German puts the object first: "Frau Wolkow habe ich nur zur Information
                # eingeladen" is about Frau Wolkow, not the writer who invited her
                absent.add(by_name[0][1])
            elif named_first and not (subject and subject["first"]):
                absent.add(by_name[0][1])
                if _JOINED_ONLY.fullmatch(_BRACKETS.sub(" ", head[by_name[0][0] :])):
                    # "Frau Krüger (Personalrat) und Frau Dr. Nnamdi (...) nehmen als
                    # Beobachterinnen teil": all of the subject
                    absent.update(email for _, email in by_name)
            elif subject and subject["third"]:
                # "Anirudh is travelling, so he won't be there": "he" is someone the clause
                # names who is not on the invite, not the last attendee named before
                # ... nor, when "they" opens a clause, a mailbox or team the one before
                # speaks of ("The Talent team mailbox is copied; they won't be on the call")
                # ("Bisi from HR is on the invite for her calendar; she won't be attending"
                # is about Bisi: the clause before names her, not only a team)
                lead = head[: subject.start()]
                # (or the clause before, joined to this one by a word or two: Estonian "Liis
                # on sel nädalal kahjuks puhkusel, nii et tema seekord ei osale")
                named_here = (
                    _NAMED_IN_CLAUSE.search(lead)
                    # ("Noelia Suárez, de Gestión Humana, coordinó la agenda; ella no estará en
                    # la entrevista": the one the clause before opens with, not on the invite)
                    or (
                        not lead.strip() and not earlier_named and _OPENS_WITH_A_NAME.match(earlier)
                    )
                    or (
                        len(lead.split()) <= 2
                        and bool(lead.strip())
                        and not earlier_named
                        and _NAMED_IN_CLAUSE.search(earlier)
                    )
                    or (
                        _GROUP.search(lead)
                        if lead.strip()
                        else _GROUP.search(earlier) and not earlier_named
                    )
                )
                if last and not named_here:
                    absent.add(last)
            elif not subject and _SOMEONE_NAMED.match(head):
                pass  # "Marie-Ève ne sera pas présente": someone not on the invite, not the writer
            elif not subject and (topical := _topics(head, invited, text)):
                # "（野口はご案内のみで面接には同席いたしません）": Noguchi, whom the clause is
                # about, not the writer
                absent |= topical - {""}
            elif not subject and (_GROUP.search(head) or _PLURAL_SUBJECT.search(head)):
                # "The interviewers' distribution list is on the invite for visibility only",
                # "the alternates will not attend unless a board member is unavailable"
                pass
            elif (
                not subject
                and earlier_named
                and earlier.rstrip().endswith(";")
                and (not _NO_SUBJECT_LEFT.sub("", head).strip(" ,–-"))
            ):
                # a language that drops the pronoun: "Lucía, de People, está en la
                # convocatoria para el seguimiento; no estará conectada" is about Lucía
                absent.add(last)
            elif not subject and _THIRD_PERSON.search(said.group(0)):
                # "A Thaís, do RH, não participa desta etapa": a verb that is not the
                # writer's, about whom the sentence names before it (if one attendee)
                start = clause.start() + said.start()
                opening = text[:start][max(text.rfind(c, 0, start) for c in ".!?\n") + 1 :]
                before = {email for _, email in _mentions(opening, people, firsts)}
                if len(before) == 1:
                    absent |= before
            elif not subject and _of_a_slot(head, line := _line_of(text, clause.start())):
                # whoever the slot names is not interviewing (see `_of_a_slot`)
                absent |= {email for _, email in _mentions(line, people, firsts)}
            elif not (subject and subject["second"]):
                absent.add(_writer(text[clause.end() :], invited, organizer))
        if mentions:
            last = mentions[-1][1]
        earlier, earlier_named = sentence, bool(mentions)
    return (absent | aside) - interviewing - {""}


# A line that opens with a time: "11:30 - 12:15  Tour of the control room ..."
_A_SLOT = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-\u2013\u2014]\s*\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:[ap]\.?m\.?)?)?\s+\S",
    re.IGNORECASE,
)


def _of_a_slot(head: str, line: str) -> bool:
    """Whether words with no subject are said of a slot, not of anyone: "11:30 lunch w/ the
    analysts (casual, not part of the interview)", "11:30 - 12:15 Tour of the yard with Wes.
    Not part of the interview" (but "Office tour with me (not part of the interview)" is
    the writer's own)."""
    return (head.rfind("(") > head.rfind(")") or bool(_A_SLOT.match(line))) and not re.search(
        r"\b(?:me|myself)\b", line, re.IGNORECASE
    )


def _line_of(text: str, position: int) -> str:
    """The line of `text` that `position` falls on."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _topics(head: str, invited: list[Attendee], text: str) -> set[str]:
    """The people a Japanese or Korean clause is about ("野口は", "정재훈 책임은"): their
    addresses, or "" for one not among `invited`. "当日は" and "이번에는" are topics too,
    but no one's: a topic is a person when it is an attendee or the text writes it as one
    ("人事部の野口", "野口さん", a Korean name with its title or "님")."""
    about = set()
    for topic, title in _KOREAN_TOPIC.findall(head):
        if title.strip() not in {"", *cjk.KOREAN_TITLES}:
            continue  # "면접에는": at the interview, no one's title
        if email := match_attendee(topic, invited):
            about.add(email.lower())
        elif title:
            about.add("")
    for topic in _TOPIC.findall(head):
        if email := match_attendee(topic, invited):
            about.add(email.lower())
        elif re.search(
            rf"の{re.escape(topic)}(?:を|に|が|へ|、)|{re.escape(topic)}(?:さん|様)", text
        ):
            about.add("")
    return about


def _signed_aside(
    text: str,
    invited: list[Attendee],
    named: list[tuple[str, str]],
    interviewing: set[str],
    listed: set[str] | None = None,
) -> set[str]:
    """Who signs the description with a title of one who arranges, not interviews.

    A coordinator ("Priya Lindgren / Recruiting Coordinator") is left out when
    someone else is there to interview. A recruiter or HR partner ("Marcia
    Delacroix | Talent Acquisition Partner") only when the description names
    the panel without them, and they do not write that they join it.
    """
    others = {a.email.lower() for a in invited if not a.is_self}
    # Only the organiser an invite does not list: on it as an attendee, a recruiter may well
    # sit in ("Nesta primeira conversa vamos falar...").
    unlisted = {a.email.lower() for a in invited if a.is_organizer} - (listed or set())
    # (or on it, as Google Calendar lists every organiser, when the text gives the panel whole
    # in a sentence of its own: "You'll be meeting with Dev Acharya, our Head of Risk
    # Operations, for 45 minutes" over "Jonah / Talent @ Tumbleweed Pay")
    if _MEETING_WITH.search(text):
        unlisted |= {a.email.lower() for a in invited if a.is_organizer}
    aside: set[str] = set()
    lines = text.splitlines()
    for index, line in enumerate(lines):
        head, *rest = _NAME_SPLIT.split(line.strip(), maxsplit=1)  # name, then their title
        before = _title_before_name(line, invited)  # "人事部 採用担当 山口 真理子"
        if before is not None:
            head, rest = before
        # ("Amanda" over "Talent @ Rambutan": the organiser the invite does not list, signing
        # with her first name)
        signed_first = [
            a.email.lower()
            for a in invited
            if a.email.lower() in unlisted
            and a.name.strip()
            and _given(display_name(a.name, a.email)) == head
        ]
        if len(head.split()) < 2 and len(signed_first) == 1:
            who = signed_first[0]
        elif (
            not 2 <= len(head.split()) <= 5  # (a name, not prose: "Setting up time for Casey
            # to meet with Oskar Wennberg (Plant Manager) and Shonda ... (Scheduling ...)")
            or not (who := match_attendee(head, invited).lower())
        ):
            continue
        # (a signature's lines run together: after a blank line, the prose says something else)
        block = list(itertools.takewhile(str.strip, lines[index + 1 : index + 3]))
        following = " | ".join(n.strip() for n in block)
        title = " | ".join(t for t in ((rest[0] if rest else "").strip(), following) if t)
        arranges = books_interviews(title) and bool((others | interviewing) - {who})
        recruits = bool(_RECRUITS.search(title)) and bool(interviewing - {who}) and who in unlisted
        if arranges or (recruits and not _WRITER_JOINS.search(text)):
            aside.add(who)
    return aside


def _title_before_name(line: str, invited: list[Attendee]) -> tuple[str, list[str]] | None:
    """(name, [title]) for a Japanese, Korean or Chinese signature line, which writes the
    department and title first and the name last."""
    line = line.strip()
    if not cjk.has_cjk(line):
        return None
    for attendee in invited:
        name = attendee.name.strip()
        if name and cjk.has_cjk(name) and line.endswith(name) and line != name:
            return name, [line[: -len(name)].strip()]
    return None


def _mentions(
    sentence: str, people: list[tuple[str, str]], firsts: list[str]
) -> list[tuple[int, str]]:
    """(position, address) of each attendee named in `sentence`, by full or unique first name.

    Case counts ("Will" is a name, "will" is not); a possessive ("on Sam's behalf")
    names who the clause is for, not who it is about, so it is not a mention.
    """
    found = []
    # "Agus" for Agustina, "Nico" for Nicolás: the start of a given name, four letters
    capitalised = re.findall(r"\b(?-i:[A-Z][a-zà-ÿ]{3,})\b", sentence)
    inside = [word for _, name in people for word in name.split()]
    for email, name in people:
        if not name:
            continue
        given, surname = _given(name), name.split()[-1]
        forms = [re.escape(name)] + ([re.escape(given)] if firsts.count(given) == 1 else [])
        if (
            firsts.count(given) == 1
            and len(given) >= 4
            and given[-1].lower() not in "aeiouy"
            and _SOUTH_SLAVIC.search(sentence)
        ):
            # Serbian and Croatian decline a given name: "Uroša sam stavio kao opcionog" (Uroš);
            # only in their sentences, as elsewhere "Daniela" is no form of Daniel
            forms.append(re.escape(given) + "(?:a|u|om)")
        for short in capitalised:
            starts = fold_accents(given).startswith(fold_accents(short))
            # "Zuzia" for Zuzanna, "Basia" for Barbara: a Polish pet form, the name's first
            # three letters and a diminutive ending (not "-ia" or "-ek" alone, which end
            # names of their own: Patricia is not Patrick, Derek not Dermot)
            pet = _DIMINUTIVE.search(short) and fold_accents(given)[:3] == fold_accents(short)[:3]
            stem = short if starts else short[:3]
            word = short.casefold() in _WORDS_NOT_SHORT_NAMES  # "Will you ...", not William
            if short != given and (starts or pet) and not word and _one_starts(stem, firsts):
                forms.append(re.escape(short))
        # "Aisyah" for Nur Aisyah Zulkifli: the name she is called by, inside the full one
        # (and no other attendee's)
        forms += [
            re.escape(word)
            for word in name.split()[1:-1]
            if len(word) >= 4 and word[0].isupper() and word != given and inside.count(word) == 1
        ]
        # "Frau Thiel", "Dr. Oehme": a surname after a title
        forms.append(rf"(?:(?:{_TITLED})\.?\s+){{1,2}}{re.escape(surname)}")  # "Frau Dr. Nnamdi"
        for form in forms:
            # (but "Kendra's on the invite" is "Kendra is", no possessive)
            hit = re.search(rf"(?<!\w){form}(?:(?![\w'’])|(?={_IS_CONTRACTED}))", sentence)
            if hit:
                found.append((hit.start(), email))
                break
        else:
            at = _in_cyrillic(name, sentence)
            if at >= 0:
                found.append((at, email))
    return sorted(found)


# (in Cyrillic, Armenian or Ethiopic letters)
_OTHER_SCRIPT = "\u0400-\u04ff\u0531-\u058f\u1200-\u137f"
_TWO_CYRILLIC_WORDS = re.compile(
    rf"(?<!\w)(?=([{_OTHER_SCRIPT}]{{2,}})\s+([{_OTHER_SCRIPT}]{{2,}})(?!\w))"
)


def _in_cyrillic(name: str, sentence: str) -> int:
    """Where a Latin name is written out in Cyrillic, Armenian or Ethiopic letters, given name
    and surname each sounding alike ("Натия Габуния" for Natia Gabunia on the invite, "Անուշ
    Գալստյանը" for Anush Galstyan, "ሕይወት ግርማ" for Hiwot Girma), or -1."""
    words = name.split()
    if len(words) < 2 or not re.search(f"[{_OTHER_SCRIPT}]", sentence):
        return -1
    wanted = (_sounds(words[0]), _sounds(words[-1]))
    # (an Azerbaijani "x" is Russian's "х" and its "q" Russian's "г": Xəyalə is Хаяля,
    # Qasımova Гасымова)
    also = tuple(
        _sounds(re.sub("(?i)q", "g", re.sub("(?i)x", "kh", word))) for word in (words[0], words[-1])
    )
    if min(map(len, wanted)) < 2:
        return -1
    for pair in _TWO_CYRILLIC_WORDS.finditer(sentence):
        if (_sounds(pair[1]), _sounds(pair[2])) in (wanted, also):
            return pair.start()
    return -1


def _sounds(word: str) -> str:
    """A word's consonants, with "g" and "h" one sound as romanisations of "г" differ."""
    return consonants(word).replace("kh", "h").replace("g", "h")


# Words only a Serbian, Croatian or Bosnian sentence holds: its auxiliaries, lower case.
_SOUTH_SLAVIC = re.compile(r"(?<!\w)(?:sam|smo|ste|će|neće|nije|nisam|ću|bih)(?!\w)")

_NO_SUBJECT_LEFT = re.compile(
    r"\b(?:no|não|ne|non|nicht|niet|ikke|inte|nie|pero|mas|mais|ma|aber|maar|y|e|et|und|en)\b"
    # (and words reported, about the one named before: "...; ya me ha dicho que no se conectará")
    r"|\b(?:ya\s+)?me\s+(?:ha\s+)?(?:dicho|dijo|confirmado|confirmó|avisado|avisó)\s+que\b"
    r"|\b(?:has\s+|already\s+)?told\s+me(?:\s+that)?\b",
    re.IGNORECASE,
)
_IS_CONTRACTED = (
    r"['’]s\s+(?:on|in|at|out|off|away|only|just|also|here|there|copied|cc'?d|been|not|going"
    r"|joining|booked|invited|added)\b"
)
_DIMINUTIVE = re.compile(r"(?:zia|sia|uś)$")
# A subject of names and nothing else: "Frau Krüger und Frau Dr. Nnamdi", "Ana, Luis y Marta"
_JOINED_ONLY = re.compile(
    r"(?:(?:Frau|Herr|Mr|Mrs|Ms|Dr|Prof|Mme|Sra|Sr|Dra)\.?\s+)*(?-i:[A-ZÀ-Þ])[\w'’-]+"
    r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+)?"
    r"(?:\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|&)\s*(?:(?:Frau|Herr|Mr|Mrs|Ms|Dr|Prof|Mme|Sra|Sr|Dra)"
    r"\.?\s+)*(?-i:[A-ZÀ-Þ])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+)?)+\s*",
)
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# (and an Italian letter's: "la Dott.ssa Iovine", "l'Ing. Amitrano", "l'Avv. Mastellone")
_TITLED = (
    r"Frau|Herr|Mr|Mrs|Ms|Dr|Prof|Mme|Sra|Sr|Dra|Mevrouw|Meneer|Pani|Pan"
    r"|Dott\.ssa|Dott|Prof\.ssa|Ing|Avv|Arch|Geom|Sig\.ra|Sig"
)


_WORDS_NOT_SHORT_NAMES = frozenset(
    {"will", "mark", "rose", "hope", "grace", "faith", "june", "april", "bill", "frank", "joy",
     "sunny", "dawn", "penny", "rich"}
)  # fmt: skip


def _one_starts(short: str, firsts: list[str]) -> bool:
    return sum(fold_accents(f).startswith(fold_accents(short)) for f in firsts) == 1


def _given(name: str) -> str:
    """The first word of a name that is no title: "Konstantin" of "Dr. Konstantin Oehme"
    (the last of a Vietnamese one: "Hà" of "Hoàng Thu Hà")."""
    words = name.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in HONORIFICS:
        words = words[1:]
    return words[-1] if surname_first(" ".join(words)) else words[0]


def _writer(after: str, invited: list[Attendee], organizer: str) -> str:
    """Who wrote the description: the attendee whose name starts a line after `after`
    begins (the signature), else the organiser, who writes the invite."""
    for line in after.splitlines():
        head = name_at_start(line)
        # a signature line is short: "Lucía Olmedo, encargada de ..., está invitada como
        # opcional" is a sentence about someone else
        signed = len(line.strip()) <= len(head) + 60
        if signed and len(head.split()) >= 2 and (writer := match_attendee(head, invited)):
            return writer.lower()
    return organizer.lower()


def name_at_start(line: str) -> str:
    """The words a signature line starts with, before its title ("Jane Doe | Recruiter")."""
    return _NAME_SPLIT.split(line.strip(), maxsplit=1)[0]


def match_attendee(name: str, attendees: list[Attendee]) -> str:
    """The address of the attendee `name` is, by display name or by address local part.

    An umlaut the address spells out counts as written: "Marten Lührs" is
    marten.luehrs@, "Kalyani Subbarayan-Lüth" k.subbarayan-lueth@; a name in Cyrillic,
    Armenian or Ethiopic letters is the attendee whose Latin name sounds as it does.
    """
    found = _match_attendee(name, attendees)
    if not found and re.search(r"[äöüÄÖÜß]", name):
        found = _match_attendee(name.translate(UMLAUTS_SPELLED_OUT), attendees)
    if not found and re.search(f"[{_OTHER_SCRIPT}]", name):
        # "Ашот Арутюнян" in a Russian letter, Ashot Harutyunyan on the invite
        found = next(
            (
                a.email
                for a in attendees
                if a.name and _in_cyrillic(display_name(a.name, a.email), name) == 0
            ),
            "",
        )
    return found


UMLAUTS_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def _match_attendee(name: str, attendees: list[Attendee]) -> str:
    if len(name) > 160:
        return ""  # no one's name is that long: a line of something else
    key = name_key(name)
    for attendee in attendees:
        if key and key == name_key(display_name(attendee.name, attendee.email)):
            return attendee.email
    # "Soo-ah Park-Lévesque" for sooah.park-levesque@: the same letters, hyphens aside; "Ng
    # Hui Wen" for huiwen.ng@: the family name first or last
    parts = [
        re.sub(r"[\W\d_]+", "", w)
        for w in fold_accents(name).casefold().split()
        if w.rstrip(".") not in HONORIFICS
    ]
    orders = {"".join(parts[k:] + parts[:k]) for k in range(len(parts))}
    if len("".join(parts)) >= 6 and len(parts) >= 2:
        same = [
            a.email
            for a in attendees
            if re.sub(r"[\W\d_]+", "", fold_accents(display_name(a.name, a.email)).casefold())
            in orders
        ]
        if len(same) == 1:
            return same[0]
        # "Zhi Xiang" for Goh Zhi Xiang: the given name of a Chinese name written surname first
        given = [
            a.email
            for a in attendees
            if chinese_order(words := display_name(a.name, a.email).split())
            and name_key(" ".join(words[1:])) == key
        ]
        if len(given) == 1:
            return given[0]
        # "Muhammad Firdaus bin Osman" for firdaus.osman@: each part of the address a word
        # of the name; "Siti Zulaikha" for Siti Zulaikha binti Rahman: the name's first words
        within = [
            a.email
            for a in attendees
            if _address_parts_in(canonical_address(a.email).partition("@")[0], parts)
            or _opens(parts, display_name(a.name, a.email))
        ]
        if len(within) == 1 and looks_like_name(name):
            return within[0]
    # "Nico Lanusse" for Nicolás Lanusse, "Caro Bustos" for Carolina: the surname, and the
    # start of a given name, when one attendee fits
    words = fold_accents(name).split()
    if len(words) >= 2 and len(words[0]) >= 3:
        shortened = [
            a.email
            for a in attendees
            if len(full := fold_accents(display_name(a.name, a.email)).split()) >= 2
            and full[-1] == words[-1]
            and full[0].startswith(words[0])
        ]
        if len(shortened) == 1:
            return shortened[0]
        # "Gus Wauneka" for Augustine Wauneka: the surname, and a short form found inside the
        # given name (one attendee of that surname)
        nicknamed = [
            a.email
            for a in attendees
            if len(full := fold_accents(display_name(a.name, a.email)).split()) >= 2
            and full[-1].casefold() == words[-1].casefold()
            and len(words[-1]) >= 4
            and words[0].casefold() in full[0].casefold()
        ]
        if len(nicknamed) == 1:
            return nicknamed[0]
    # "Ch. Srinivasa Rao" for Srinivasa Rao Chilukuri: the surname's initial letters first,
    # as Telugu names are written
    if (
        len(words) >= 2
        and len(words[0].strip(".")) <= 3
        and not re.search("[aeiouy]", words[0].casefold())
    ):
        initial = words[0].strip(".").casefold()
        initialled = [
            a.email
            for a in attendees
            if len(full := fold_accents(display_name(a.name, a.email)).split()) >= 2
            and full[:-1] == words[1:]
            and full[-1].casefold().startswith(initial)
        ]
        if len(initialled) == 1:
            return initialled[0]
    if key and " " not in key:  # "Du träffar Linnea och Johan": one first name, one attendee
        firsts = [
            a.email
            for a in attendees
            if name_key(display_name(a.name, a.email).split(" ")[0]) == key
        ]
        if len(firsts) == 1:
            return firsts[0]
        # "Marcus" for "Ho Ka Chun Marcus": an English name written after the others
        anywhere = [
            a.email for a in attendees if key in name_key(display_name(a.name, a.email)).split()
        ]
        if not firsts and len(anywhere) == 1:
            return anywhere[0]
    # "Park Ji-hoon" is jihoon.park@: a hyphenated given name is one word in an address
    squeezed = name.replace("'", "").replace("\u2019", "")  # "Fionn O'Shea" is f.oshea@
    for written in dict.fromkeys(
        (name, name.replace("-", ""), squeezed, squeezed.replace("-", ""))
    ):
        words = [fold_accents(w) for w in re.findall(r"[^\W\d_]+", written)]
        words = [w for w in words if w not in HONORIFICS] or words  # "Mr. S Raghavan"
        if len(words) < 2:
            continue
        first, last = words[0], words[-1]
        # "Faisal Al Ketbi" is faisal.alketbi@: a particle joined to the surname
        joined = f"{words[-2]}{last}" if len(words) >= 3 and words[-2] in PARTICLES else last
        forms = {first, f"{first}.{last}", f"{first}{last}", f"{first}_{last}", f"{first[0]}{last}",
                 f"{first}.{joined}", f"{first}{joined}", f"{first[0]}{joined}",
                 f"{first[0]}.{joined}",
                 f"{first}-{last}", f"{first}{last[0]}", f"{first}.{last[0]}", f"{last}.{first}",
                 f"{last}.{first[0]}",
                 f"{first[0]}.{last}"}  # fmt: skip
        # particles joined to the word after them: "Jeroen van der Berg" is j.vanderberg@,
        # "Ilse van Doorn-Bakker" i.vandoorn@ (the first half of her surname)
        for run in _particle_runs(words[1:]):
            forms |= {f"{first}.{run}", f"{first}{run}", f"{first[0]}{run}", f"{first[0]}.{run}"}
        # two surnames, and the address keeps the first: "Nurcan Gündoğdu Aksoy" is
        # n.gundogdu@, "Adilson Schroeder Kühl" adilson.kuhl@ (the last, as above)
        for other in words[1:-1]:
            forms |= {f"{first}.{other}", f"{first[0]}.{other}", f"{first[0]}{other}"}
        # a hyphenated surname the address keeps whole: "sramcharan-ellis@"
        surname = fold_accents(written.split()[-1])
        if "-" in surname:
            whole = re.sub(r"[^\w-]", "", surname)
            forms |= {f"{first}.{whole}", f"{first}{whole}", f"{first[0]}{whole}",
                      f"{first[0]}.{whole}"}  # fmt: skip
        # a hyphenated given name by its initials: "pjzuidema@" for Pieter-Jan Zuidema
        given_word = fold_accents(written.split()[0]) if written.split() else ""
        if given_word.count("-") == 1 and not given_word.startswith("-"):
            initials = "".join(part[:1] for part in given_word.split("-"))
            forms |= {f"{initials}{last}", f"{initials}.{last}"}
        # a given name of two words run together: "anhthu.nguyen-barker@" for Anh Thư
        # Nguyễn-Barker, "mariajose.paz@" for María José Paz
        given = [w for w in written.split()[:-1] if w.rstrip(".").casefold() not in HONORIFICS]
        if len(given) == 2:
            joined_given = "".join(re.sub(r"[^\w]", "", fold_accents(w)) for w in given)
            whole = re.sub(r"[^\w-]", "", surname)
            forms |= {f"{joined_given}.{whole}", f"{joined_given}.{whole.replace('-', '')}"}
        for attendee in attendees:
            if canonical_address(attendee.email).partition("@")[0] in forms:
                return attendee.email
        # "jw.moon@" for Jiwoo Moon: a given name of syllables written by their initials,
        # only when one attendee has that surname and nobody else's address fits
        short = [
            a.email
            for a in attendees
            if (parts := canonical_address(a.email).partition("@")[0].split("."))
            and len(parts) == 2
            and parts[1] == last
            and 2 <= len(parts[0]) <= 3
            and parts[0][0] == first[0]
        ]
        if len(short) == 1:
            return short[0]
    # "m.tjonafong@" for Ilse Tjon-A-Fong: the surname alone, written out, when one address
    # has it and the rest of the address is one letter; of two surnames, either one
    # ("icareaga@" for Citlali Careaga Montiel)
    written = [re.sub(r"[^\w]", "", fold_accents(w)) for w in name.split()[1:] or name.split()]
    for surname in [w for w in reversed(written) if len(w) >= 5][:2]:
        alone = [
            a.email
            for a in attendees
            if re.fullmatch(
                r"[a-z]\.?" + re.escape(surname), canonical_address(a.email).partition("@")[0]
            )
        ]
        if len(alone) == 1:
            return alone[0]
    # "dat@" for Ditte Abildgaard-Thorsen, "mkj@" for Mikkel Kærgaard Juhl: the initials of
    # every part of the name, as Danish and Norwegian firms write addresses
    parts = [fold_accents(w) for w in re.findall(r"[^\W\d_]+", name)]
    letters = "".join(w[0] for w in parts if w not in HONORIFICS)
    if 2 <= len(letters) <= 4:
        initialled = [
            a.email for a in attendees if canonical_address(a.email).partition("@")[0] == letters
        ]
        if len(initialled) == 1:
            return initialled[0]
    return ""


def _particle_runs(words: list[str]) -> set[str]:
    """Each run of particles with the word after it, joined: "vanderberg", "vandoorn"."""
    runs = set()
    for start, word in enumerate(words):
        if word not in PARTICLES or (start and words[start - 1] in PARTICLES):
            continue
        end = start
        while end < len(words) and words[end] in PARTICLES:
            end += 1
        if end < len(words):
            runs.add("".join(words[start : end + 1]))
    return runs


def _address_parts_in(local: str, words: list[str]) -> bool:
    pieces = [p for p in re.split(r"[._-]+", fold_accents(local).casefold()) if p]
    # (a middle initial between them is the name's too: "Eugene Tamura" for eugene.k.tamura@)
    if len(pieces) == 3 and len(pieces[1]) == 1:
        pieces = [pieces[0], pieces[2]]
    return len(pieces) >= 2 and all(len(p) >= 3 and p in words for p in pieces)


def _opens(words: list[str], invited: str) -> bool:
    full = [re.sub(r"[\W\d_]+", "", w) for w in fold_accents(invited).casefold().split()]
    return len(words) >= 2 and len(full) > len(words) and full[: len(words)] == words


def writer_joins(text: str) -> bool:
    """The writer says they take part: "Jane and I", "with me", "ek en Riaan"."""
    return bool(_WRITER_JOINS.search(text))
