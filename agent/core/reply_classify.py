"""What a reply means: offer, rejection, next round, still deciding, receipt, thanks, other.

Read from the subject (unless it is ours, behind "Re:") and the sender's own
words (`reply_text`), sentence by sentence, in this order:

1. a rejection, unless it sits in a conditional clause ("if you are not
   selected, we will keep your resume on file" is how receipts talk);
2. an offer, and a negated offer or round ("we will not be extending an
   offer") as a rejection;
3. a next step: a round, a scheduling link or "pick a time", a take-home
   exercise, reference checks; not a round named as past ("feedback from your
   final round") and not one promised only conditionally;
4. a receipt of an application: never a rejection, never a stop;
5. still deciding, with the date they give ("not until early January");
6. "unfortunately" next to words about the application, as a rejection;
7. an acknowledgement of the person's note ("thanks for your note"), even
   with a promise to be in touch;
8. a promise alone ("we'll be in touch"): still deciding, without a date;
9. anything else: OTHER, and the person is asked to read it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta, tzinfo

from agent.core.dates import find_date, states_its_week
from agent.core.model import DateMention, MailMessage, ReplyKind
from agent.core.reply_phrases import (
    ACKNOWLEDGEMENT,
    APPLICATION_INCOMPLETE,
    CONCESSIVE,
    CONDITIONAL,
    CONTRACT_PAPERWORK,
    FOR_THE_CHOSEN,
    INTERVIEW_KINDS,
    MOVED_ROUND,
    NEGATION,
    NEW_DOCUMENT,
    NEXT_ROUND,
    OFFER,
    OFFER_MADE_BEFORE,
    OFFER_OF_INTERVIEW,
    OFFER_VERB,
    OTHERS_INTERVIEWING,
    OTHERS_ROUNDS,
    PAST_ROUND,
    PLATFORMS,
    PREPARING,
    PROMISE,
    RECEIPT,
    RECEIPT_HEDGE,
    REFERENCES,
    REFERENCES_AS_STEP,
    REFERENCES_IN_HAND,
    REJECTION,
    ROUND_NAMED,
    ROUTINE_REQUEST,
    STILL_DECIDING,
    WEAK_REJECTION,
    WITH_OTHERS,
    Phrases,
)
from agent.core.reply_text import own_words
from agent.core.senders import is_screening, is_signing

# "Re:", and how mail programs abroad mark a reply or a forward: "AW:" and "WG:" (German),
# "SV:" (Nordic), "Odp:" (Polish, Czech), "VS:" (Finnish), "Antw:" (Dutch), "R:" (Italian),
# "RES:" and "ENC:" (Portuguese), "RV:" (Spanish), "TR:" (French), "PD:" (Polish).
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|fw|fwd|wg|tr|odp|vs|vl|antw|r|res|enc|rv|pd)\s*(?:\[\d+\])?\s*:\s*)+",
    re.I,
)
_CLAUSE_BREAK = ".!?\n;,:"
_WORDS_READ = 8_000  # a reply's own words beyond this are not what it is about
_MAX_MATCHES = 50  # of one pattern: enough for any real mail, bounded for hostile text


# A date's dot ends no sentence: "Sollten Sie bis am 4. Dezember nichts von uns hören",
# "bis 18.12. nichts", "den 18.12.2026".
_AFTER_A_DAY = (
    r"(?=\d|\s+[a-zäöüß]|\s+(?i:jan|feb|m[aä]r|apr|ma[iyj]|jun|jul|aug|sep|o[ck]t|nov|de[czs])"
    r"[a-zä]*\b)"
)
_DATE_DOT = re.compile(rf"(?:(?<=\b\d)|(?<=\b\d\d))\.{_AFTER_A_DAY}")


def _sentence_before(text: str, position: int) -> str:
    head = _DATE_DOT.sub("\u2024", text[:position])  # (a one-dot leader: same length)
    return head[max(head.rfind(c) for c in ".!?\n;") + 1 :]


def _clause_before(text: str, position: int) -> str:
    """The words leading up to `position` in its clause: "No worries, we'd like to
    schedule" puts no negation before "schedule"."""
    head = text[:position]
    head = head[max(head.rfind(c) for c in _CLAUSE_BREAK) + 1 :]
    return re.split(r"\s[-\u2013\u2014]\s|\u2014", head)[-1]  # "No worries - take your time"


def _sentence_after(text: str, position: int) -> str:
    return re.split(r"[.!?\n;]", text[position:], maxsplit=1)[0]


def _conditional(text: str, position: int) -> bool:
    """Inside "if ...", "unless ...", "should we not ..." (up to the sentence's start), or
    said of any such thing ("any offer of employment is contingent upon ...")."""
    before = _sentence_before(text, position)
    return bool(
        CONDITIONAL.search(before)
        or CONCESSIVE.search(_clause_before(text, position))
        or re.search(r"\b(?:any|every|all)\s+$", before, re.I)
        # what an offer would hang on: "conditional on a background check"
        or re.search(
            r"\b(?:(?:conditional|contingent|dependent)\s+(?:up)?on|subject\s+to)\s+(?:\w+\s+){0,3}$",
            before,
            re.I,
        )
    )


# A time clause before the match: "Applications will be accepted until the position is filled".
_UNTIL = re.compile(r"\b(?:until|till|unless|once)\s+(?:the\s+|this\s+|our\s+|a\s+)?$", re.I)


def _stated(pattern: Phrases, text: str, *, affirmed: bool = False) -> bool:
    """A match said outright, not inside a conditional clause; with `affirmed`, not
    negated either ("we haven't filled the role yet" says the opposite)."""
    for seen, match in enumerate(pattern.finditer(text)):
        if seen >= _MAX_MATCHES:
            break
        if _conditional(text, match.start()):
            continue
        if affirmed and NEGATION.search(_clause_before(text, match.start())):
            continue
        if affirmed and _UNTIL.search(_clause_before(text, match.start())):
            continue  # "open until the position is filled": when, not what happened
        return True
    return False


def _positive(
    pattern: Phrases,
    text: str,
    *,
    skip: str = "",
    not_yet_counts: bool = False,
    past_counts: bool = True,
) -> tuple[bool, bool]:
    """(a match with no negation before it in its clause, a negated match).

    "Not yet" is neither, or a plain match with `not_yet_counts` ("we haven't
    scheduled the next round yet" still announces one). A match followed by
    `skip` ("an interview" after "offer you"), inside a conditional clause, or
    (without `past_counts`) named as past ("from your final round") does not
    count at all.
    """
    plain = negated = False
    for seen, match in enumerate(pattern.finditer(text)):
        if (plain and negated) or seen >= _MAX_MATCHES:
            break
        if skip and re.match(skip, text[match.end() :], re.IGNORECASE):
            continue
        if _conditional(text, match.start()) or _A_TIP.match(
            text, text.rfind("\n", 0, match.start()) + 1
        ):
            continue
        before = _clause_before(text, match.start())
        if not past_counts and (
            PAST_ROUND.search(before)
            or _in_hand(text, match.start(), before)
            or _others(text, match.start())
            or _DONE.match(text, match.end())
            or (re.search(r"\byour\s+$", before, re.I) and _BOOKED.match(text, match.end()))
            or _LATER.match(_sentence_after(text, match.end()))
            or _QUESTIONS_ABOUT.search(before)
            or _MAY_DO.search(before)
            or _COUNTED_FROM.search(before)
        ):
            continue
        if not NEGATION.search(before):
            plain = True
        elif re.search(r"\byet\b", before + _sentence_after(text, match.end()), re.I):
            plain = plain or not_yet_counts
        elif re.search(r"\b(?:until|till)\b", before + _sentence_after(text, match.end()), re.I):
            continue  # "won't make a call on final rounds until after the holidays": when
        else:
            negated = True
    return plain, negated


# A round a count starts from: "a decision within 10 working days of the final interview"
_COUNTED_FROM = re.compile(
    r"\b(?:days?|weeks?)\s+(?:of|after|from|following)\s+(?:the|that|your|their)\s+$",
    re.IGNORECASE,
)
# A step the employer only may take: "In the meantime, we may contact your referees" (not the
# person's own "you may now book your interview")
_MAY_DO = re.compile(
    r"\b(?:we|they|I|the\s+(?:panel|team|committee))\s+(?:may|might)\s+(?:also\s+)?$", re.IGNORECASE
)
# A round only named as what questions are about: "any questions about your application or
# the next stage should be directed to Tarpon Ledger Bank" (an assessment vendor's results)
_QUESTIONS_ABOUT = re.compile(
    r"\b(?:questions?|queries|enquiries|inquiries)\s+(?:about|regarding|on|concerning)\s+"
    r"(?:[\w-]+\s+){0,4}(?:the|your)\s+$",
    re.IGNORECASE,
)


# A job board's advice on its own line: "Tip: Complete your Kalibrr profile and take a skills
# assessment to stand out to employers" (no round the employer asks for).
_A_TIP = re.compile(r"[ \t]*(?:pro[ \t]+)?tips?[ \t]*[:!\u2013-]", re.IGNORECASE)


# A round already booked, named with its day: "Your panel interview on Monday - a few
# things to know", "your final interview tomorrow".
_BOOKED = re.compile(
    r"\s+(?:on\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow|today|this\s+(?:morning|afternoon"
    r"|evening|week|(?:mon|tue|wed|thu|fri)\w*)|next\s+(?:mon|tue|wed|thu|fri)\w*)\b",
    re.IGNORECASE,
)
# A round said to come later in the process, not offered now: "Shortlisting for panel
# interviews won't happen until after the position closes".
_LATER = re.compile(
    # ("the final conversations, which realistically won't happen until after the new year")
    r"s?\s*(?:\w+\s+){0,2}?(?:,\s*which\s+(?:\w+\s+)?)?(?:won't|will\s+not|doesn't|does\s+not|don't|do\s+not)\s+(?:happen|start|begin"
    r"|take\s+place|be\s+(?:held|scheduled|arranged|set|booked))\s+(?:up\s+)?(?:until|till|before)\b",
    re.IGNORECASE,
)
# A round said to be over: "Die Zweitgespräche sind abgeschlossen", "final interviews are
# now complete", "as entrevistas foram concluídas".
_DONE = re.compile(
    # Korean: "최종면접에 참석해 주셔서" (thanks for attending), "최종면접결과" (its result)
    r"(?:에|을|를)?\s*(?:참석|참여|응)\w*\s*주셔서|\s*결과|"
    # "the accessibility case study went over well"
    # "a couple of our second conversations were pushed out": rounds moved, not offered
    r"\w*\s+(?:were|was|have\s+been|had\s+been|got)\s+(?:pushed|moved|delayed|postponed)\b|"
    r"\s+(?:went|was|were|has\s+gone|had\s+gone)\s+(?:over\s+|down\s+)?(?:really\s+|very\s+|so\s+)?"
    r"(?:well|great|brilliantly)\b|"
    # a recorded one sent in: "I can see your HireVue interview came through on Sunday"
    r"(?:\s+\w+)?\s+(?:came\s+through|(?:has|have)\s+come\s+through|(?:was|were|has\s+been"
    r"|have\s+been)\s+(?:received|submitted))\b|"
    # German, with when: "Die zweiten Gespräche sind in dieser Woche abgeschlossen worden"
    r"\w*\s+(?:sind|ist|wurden|wurde)\s+(?:\w+\s+){0,3}?(?:abgeschlossen|beendet)\b|"
    r"\w*\s+(?:sind|ist|are|is|have\s+been|has\s+been|were|was|foram|fueron|han\s+sido|zijn"
    r"|er|har\s+vært|är|har\s+varit|zostały|byly|byl[ay]?)\s+(?:now\s+|nun\s+|jetzt\s+|all\s+|alle\s+)?"
    r"(?:abgeschlossen|beendet|vorbei|angekommen|eingegangen|complete[d]?|finished|done|over|concluded|wrapped\s+up|concluíd[oa]s"
    r"|concluid[oa]s|terminad[oa]s|afgerond|ferdig|avsluttet|afsluttet|avslutade|klara|zakończon\w*"
    r"|ukončen\w*|tamamlan\w*)\b",
    re.IGNORECASE,
)


def _in_hand(text: str, position: int, before: str) -> bool:
    """References the employer already has or is checking ("we're running reference checks",
    "recibimos sus referencias"): its own work, no step of the person's."""
    return bool(REFERENCES_IN_HAND.search(before)) and bool(
        REFERENCES.compiled.match(text, position)
    )


_STILL_INTERVIEWING = re.compile(
    r"\bstill\s+interviewing\b"
    # "they're seeing their last two candidates w/c 14th December, with the final interview on
    # Wednesday 16th December"
    r"|\b(?:seeing|interviewing|meeting)\s+(?:their|the|our|its)\s+(?:last|final|remaining|other)"
    r"\s+(?:\w+\s+)?(?:candidates|applicants)\b"
    # ("they're seeing two more people, and their final interviews wrap up on Friday")
    r"|\b(?:seeing|interviewing|meeting)\s+(?:\w+\s+)?(?:more|other)\s+(?:people|candidates"
    r"|applicants)\b"
    # "they have two more candidates coming in next week"
    r"|\b(?:have|has|got)\s+(?:\w+\s+)?(?:more|other)\s+(?:people|candidates|applicants)\s+"
    r"(?:coming\s+in|to\s+(?:see|meet|interview))\b",
    re.IGNORECASE,
)
# A round being held now, which the mail reports rather than offers.
_UNDERWAY = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:taking\s+place|under\s?way|ongoing"
    r"|in\s+progress)\b",
    re.IGNORECASE,
)
# The person, addressed: a sentence that names them speaks of their own round.
_TO_THE_PERSON = re.compile(r"\b(?:you|du|dig|deg|dich|dir|ihnen|vous|usted|você)\b", re.IGNORECASE)


def _others(text: str, position: int) -> bool:
    """A round named as more of the employer's interviews, in a sentence without "you",
    as held with the other candidates, or as a step for whoever is chosen ("a background
    check for the selected candidate" tells the person nothing about their own)."""
    after = _sentence_after(text, position)
    if WITH_OTHERS.search(after) or FOR_THE_CHOSEN.search(after):
        return True
    if _OTHERS_DO.search(_clause_before(text, position)):
        return True  # "a couple of candidates needed to reschedule": theirs, not the person's
    if _WHO_GOES.search(_clause_before(text, position)):
        return True  # "a decision on who goes through to second interviews": not yet anyone
    if _AFTER_CHOOSING.search(_clause_before(text, position)):
        return True  # "will then make its selection and begin reference checks": the chosen's
    if _UNDERWAY.search(after) and not re.search(r"\byou", after, re.IGNORECASE):
        return True  # "the second round of interviews ... is taking place in our field office"
    if _STILL_TO_SEE.search(_clause_before(text, position)) and not re.search(
        r"\byou", after, re.IGNORECASE
    ):
        return True  # "we have one final interview on Friday, after which the panel will meet"
    if re.search(r"\b(?:their|its)\s+$", _clause_before(text, position), re.I) and re.match(
        r"(?:[\w-]+\s+){0,2}interviews\b", text[position:], re.I
    ):
        return True  # "and their final interviews wrap up Friday 12/18": the others'
    sentence = _sentence_before(text, position) + after
    if _TO_THE_PERSON.search(sentence):
        return False
    # "The panel is still interviewing – the final interviews take place on Thursday"
    return bool(
        _STILL_INTERVIEWING.search(_sentence_before(text, position))
        or OTHERS_ROUNDS.search(_clause_before(text, position))
    )


# Said of the round already arranged: "before your next interview", "vor Ihrem nächsten
# Gespräch", "avant votre entrevue".
_BEFORE_THE_BOOKED = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+your\s+(?:next\s+|upcoming\s+)?(?:interview|conversation"
    r"|meeting)|\bvor\s+Ihrem\s+(?:nächsten\s+)?(?:Gespräch|Interview|Termin)"
    r"|\bavant\s+votre\s+(?:prochaine?\s+)?(?:entrevue|entretien)"
    # "Afin de compléter votre dossier avant la deuxième étape"
    r"|\bavant\s+(?:la|le)\s+(?:deuxième|seconde?|prochaine?|troisième)\s+(?:étape|entretien|tour)"
    # Polish: "przed piątkową rozmową", "przed rozmową w dniu 18.12"
    r"|\bprzed\s+(?:\w+\s+)?rozmową",
    re.IGNORECASE,
)
# Documents asked of everyone, said to decide nothing.
_PAPERS_DISCLAIMED = re.compile(
    r"\b(?:documenten|documents|papers|Unterlagen|documentos|documenti|referee\s+details|a\s+few\s+things"
    # "A few questions I need answered for everyone coming in for final interviews - this
    # isn't a decision either way"
    r"|(?:a\s+few|some|quick|two|three|four|five)\s+(?:quick\s+|practical\s+)?questions"
    r"|formulaire|justificatifs|questionnaire|attestation|preenchimento|formulário|declaração"
    r"|nominativi\s+per\s+le\s+referenze|te\s+pedimos\s+que\s+nos\s+envíes|belgeler|formu?"
    # a right to work check, a train booked for the round, a Finnish consent form ("lomake"),
    # a Hungarian certificate ("bizonyítvány"), Indonesian papers ("dokumen", "SKCK")
    r"|check|train|logistics|lomake|bizonyítvány\w*|dokumen|SKCK"
    # Croatian and Bulgarian certificates ("uvjerenje o nekažnjavanju", "свидетелство за съдимост")
    r"|uvjerenj\w*|dokumentacij\w*|свидетелство|документ\w*|pažym\w*|dokument\w*|potrdil\w*"
    # Spanish data and questions: "necesitamos completar algunos datos de su postulación"
    r"|datos|preguntas|consultas|siguiente\s+información|quelques\s+questions|points\s+suivants)"
    # (five questions may come between: "I need to check a few things – ... 5. Could you send
    # me two referees ... This isn't a decision either way")
    r"\b[\s\S]{0,1200}?"
    r"(?:\bvaste\s+stap\s+in\s+(?:onze|de)\s+(?:procedure|selectieprocedure)"
    # "please don't take this as a sign that a decision has been made either way!"
    r"|\b(?:don't|do\s+not)\s+take\s+this\s+as\s+a\s+sign\b"
    r"|\bzegt\s+(?:nog\s+)?niets\s+over\s+de\s+uitkomst"
    r"|\b(?:says|tells)\s+(?:us\s+)?nothing\s+about\s+the\s+outcome"
    r"|\bsagt\s+(?:noch\s+)?nichts\s+über\s+(?:das\s+Ergebnis|den\s+Ausgang)"
    # "Ce remboursement est prévu pour tous les candidats invités et ne dit rien de la décision"
    r"|\bne\s+dit\s+rien\s+(?:de|sur)\s+(?:la\s+décision|l['’]issue|le\s+résultat)"
    # "Esto no es una decisión sobre su postulación, en ningún sentido"
    r"|\bno\s+es\s+una\s+decisión\s+sobre\s+su\s+(?:postulación|candidatura|proceso)"
    # "Ces questions sont posées à tous les candidats et ne préjugent en rien de la décision"
    r"|\bne\s+préjuge(?:nt)?\s+en\s+rien\s+de\s+(?:la\s+décision|l['’]issue|votre\s+candidature)"
    # "Non lo legga come una decisione già presa"
    r"|\bnon\s+(?:lo|la)\s+(?:legga|leggere|prenda)\s+come\s+(?:una\s+)?decisione"
    # "Esto es un trámite y no supone ninguna decisión sobre el proceso"
    # ("Esto no implica ninguna decisión sobre el proceso")
    r"|\bno\s+(?:supone|implica|significa|representa)\s+(?:ninguna|una)\s+decisión"
    # "Esto no significa que ya haya una decisión"
    r"|\bno\s+significa\s+que\s+(?:ya\s+)?(?:haya|exista)\s+una\s+decisión"
    # "Esta solicitação é padrão e não constitui decisão sobre sua candidatura"
    r"|\bnão\s+(?:constitui|representa|significa)\s+(?:uma\s+|nenhuma\s+)?decisão"
    # "Cette démarche est systématique ... et ne constitue pas une décision sur votre candidature"
    r"|\bne\s+constitue\s+pas\s+une\s+décision"
    # Turkish: "Bu talep, işe alım kararına ilişkin bir bilgilendirme değildir"
    r"|\bkararına\s+ilişkin\s+bir\s+bilgilendirme\s+değildir"
    # "Completing the check does not mean that a decision has been made", "this is purely
    # logistics – nothing has been decided"; Finnish "Lomake ei ole valintapäätös"
    # ("they are not part of the assessment and don't mean any decision has been made")
    # (the questions' own "don't", not a round's "a callback doesn't mean a decision has been
    # made")
    r"|\b(?:does\s+not|do\s+not|don't)\s+mean\s+(?:that\s+)?(?:a|any)\s+decision\s+has"
    r"\s+been\s+(?:made|taken)"
    r"|\bpurely\s+logistics\W+nothing\s+has\s+been\s+decided"
    # "This is only for planning – no decision has been made on your application"
    r"|\bonly\s+for\s+planning\W+no\s+decision\s+has\s+been\s+made\b"
    # ("This is not a decision on your application either way; it only helps us prepare")
    r"|\b(?:this|it)\s+(?:isn't|is\s+not|isn’t)\s+a\s+decision(?:\s+on\s+your\s+(?:application"
    r"|candidacy))?\s+either\s+way"
    # "This isn't an offer and they haven't decided anything yet - they just want to have
    # these details on file" (not "this isn't an offer" alone, which a next round says too)
    r"|\b(?:they|we)\s+(?:haven't|have\s+not|haven’t)\s+decided\s+anything\s+yet\b"
    r"|\bei\s+ole\s+valintapäätös"
    # Hungarian "Ez nem jelent döntést a folyamatban"; Indonesian "bukan merupakan keputusan
    # akhir atas proses seleksi"
    r"|\bnem\s+jelent\s+döntést|\bbukan\s+(?:merupakan\s+)?keputusan"
    # Croatian "ne predstavlja odluku u selekcijskom postupku", Bulgarian "не представлява
    # решение"
    r"|\bne\s+predstavlja\s+(?:\w+\s+)?odluk\w*|\bне\s+представлява\s+(?:\S+\s+)?решение"
    # Lithuanian "Tai standartinė procedūra ir ji nereiškia galutinio sprendimo"
    r"|\bnereiškia\s+(?:\w+\s+)?sprendimo"
    # Slovene "To ni odločitev o izbiri"
    r"|\bni\s+odločitev\b)",
    re.IGNORECASE,
)
# Questions for the person, said to be no offer and no decision: "a few questions from the
# client ... To be clear, this is not an offer and no decision has been made either way". Only
# where no round is offered: a next round says "this is not an offer" too.
_QUESTIONS_NO_DECISION = re.compile(
    r"\b(?:a\s+few|some|quick)\s+(?:questions|details|information)\b[\s\S]{0,1000}?"
    r"(?:\bno\s+decision\s+has\s+been\s+(?:made|taken)\s+either\s+way"
    # "This is only for the client's records – no decision has been made yet"
    r"|\b(?:only|just|purely)\s+for\s+(?:the\s+|our\s+|their\s+)?(?:client['’]s\s+)?records\b"
    r"|\b(?:this|it)\s+(?:isn't|is\s+not|isn’t)\s+an\s+offer\s+and\s+no\s+decision\s+has\s+been)",
    re.IGNORECASE,
)
# A screening service by the name it sends under: "CheckPoint Screening <noreply@...>".
_A_SCREENING_SERVICE = re.compile(
    r"\b(?:screening|background\s+checks?|vetting|police\s+checks?|vérifications?)\b", re.IGNORECASE
)
# A service's request in the employer's name: "… has requested your background check".
_CHECK_REQUESTED = re.compile(
    r"\brequested\s+(?:your|a)\s+(?:pre-employment\s+)?(?:background|pre-employment|DBS)\s+checks?\b",
    re.IGNORECASE,
)
# A step the employer takes once it has chosen: "the Budget Office will then make its
# selection and begin reference checks".
_AFTER_CHOOSING = re.compile(
    r"\b(?:make|makes|made|making)\s+(?:its|their|our|a|the)\s+(?:final\s+)?(?:selection|decision"
    r"|choice)\s+and\s+(?:then\s+)?(?:begin|start|conduct|run|complete|carry\s+out)\s*$",
    re.IGNORECASE,
)
# Rounds the employer still has to hold, counted: "we have one final interview on Friday".
_STILL_TO_SEE = re.compile(
    r"\b(?:we\s+have|we've\s+got|we\s+still\s+have)\s+(?:one|two|three|a\s+couple\s+of|a\s+few)"
    r"\s+(?:more\s+|last\s+)?$"
    # "The panel have a final interview to hold next week"
    r"|\b(?:the\s+panel|the\s+team|we|they)\s+(?:have|has|still\s+have)\s+(?:a|one)\s+$"
    # "we still need to take up a further interview that had to be rescheduled"
    r"|\b(?:we|they|the\s+panel)\s+still\s+(?:need|have)\s+to\s+(?:take\s+up|hold|do|complete|run)\s+"
    r"(?:a|one|two)\s+(?:further|more|final|last)\s+(?:[^.;!?]{0,40}?\b(?:that|which)\s+had\s+to\s+be\s+)?$",
    re.IGNORECASE,
)
# Whoever is chosen for the round, not yet named: "We'll make a decision on who goes through
# to second interviews by Wednesday 6th January".
_WHO_GOES = re.compile(
    r"\bwho(?:'s|\s+is|\s+will)?\s+(?:goes|go|going|moves?|moving|progress\w*|gets?|getting"
    r"|we\s+(?:take|bring|invite|move|progress))\s+(?:through\s+|forward\s+|on\s+|ahead\s+)?"
    r"(?:to|into)\s+(?:the\s+|a\s+)?$"
    # ... and abroad: "entscheiden, wen wir ins Zweitgespräch einladen", "wie we uitnodigen
    # voor het tweede gesprek", "qui nous retenons pour le second entretien", "a quién
    # invitamos a la segunda entrevista", "chi invitare al secondo colloquio"
    r"|\bwen\s+wir\s+(?:ins|zum|zur|in\s+(?:das|die|den))\s+$"
    r"|\bwie\s+(?:we|wij)\s+(?:uitnodigen\s+)?(?:voor|naar)\s+(?:het|de)\s+$"
    r"|\bqui\s+nous\s+(?:invitons|retenons|convoquons)\s+(?:pour|à)\s+(?:le|la|l['’])\s*$"
    r"|\ba\s+qui[eé]n(?:es)?\s+(?:invitamos|llamamos|pasamos)\s+a\s+(?:la\s+)?$"
    r"|\bchi\s+(?:invitare|convocare|far\s+passare)\s+(?:al|alla|allo)\s+$"
    # "Todavía no hemos decidido quién pasa a la segunda fase"
    r"|\bqui[eé]n(?:es)?\s+(?:pasa|pasan|continúa|continúan|sigue|siguen)\s+a\s+(?:la\s+)?$",
    re.IGNORECASE,
)
# Other candidates as the subject of the clause, right before the round's word.
_OTHERS_DO = re.compile(
    r"\b(?:other\s+|some\s+|two\s+|a\s+couple\s+of\s+|a\s+few\s+)(?:candidates|applicants"
    r"|finalists)\s+(?:\w+\s+){0,2}$"
    # everyone who took part: "o wyniku poinformujemy wszystkich uczestników II etapu"
    r"|\buczestnik(?:ów|om|ami|i)\s+$"
    # a published list: "l'elenco dei candidati ammessi alla prova orale"
    r"|\b(?:elenco|lista|list)\s+(?:dei|de|of|the)\s+(?:candidat[ioe]s?|applicants)\s+$",
    re.IGNORECASE,
)


def _about_the_booked(text: str) -> bool:
    """Mail about a round already booked: it prepares for it, reminds of it, or moves it."""
    return bool(PREPARING.search(text) or MOVED_ROUND.search(text))


# How a reminder offers to move the round it reminds of: "Reply RESCHEDULE to pick a new time".
_MOVE_IT = (
    r"\breschedul\w*|\b(?:pick|choose|select|book)\s+a\s+(?:new\s+|different\s+)?(?:time|slot)\b"
)

# News promised by a day: "will revert on the status by Tuesday, 08-Dec-2026".
# The person's own chase, which the mail answers.
_CHASED = re.compile(
    r"\b(?:Ihre|deine)\s+Nachfrage\b|\bthanks?\s+(?:you\s+)?for\s+(?:following\s+up|checking\s+in"
    r"|your\s+follow[- ]up)\b"
    # Romanian: "Vă mulțumim pentru aplicarea la poziția ... și pentru mesajul dumneavoastră"
    r"|\bși\s+pentru\s+mesajul\s+(?:dumneavoastră|dvs|tău)",
    re.IGNORECASE,
)
_NEWS_BY = re.compile(
    r"\b(?:revert|respond|reply|update\s+you|get\s+back\s+to\s+you|let\s+you\s+know|be\s+in\s+touch"
    r"|hear\s+from\s+us)\b[^.!?\n]{0,25}\bby\s+$",
    re.IGNORECASE,
)


# The day a decision is promised by: "We anticipate making a selection by Wednesday, January 6".
_DECISION_BY = re.compile(
    r"\b(?:decision|decide|selection|select|choice|offer)\b[^.!?\n]{0,30}\bby\s+(?:the\s+)?$", re.I
)


def _led_by(text: str, mention: DateMention | None, words: re.Pattern[str], reach: int) -> bool:
    """Whether a readable date comes right after `words` (within `reach` characters before
    it): the day news or a decision is promised by, not a deadline of the person's."""
    if mention is None or mention.value is None:
        return False
    at = text.find(mention.text)
    return at > 0 and bool(words.search(text[max(0, at - reach) : at]))


def _weakly_rejected(text: str) -> bool:
    """ "Unfortunately" next to the application, said outright: not in a question
    ("unfortunately the role is no longer remote; would you still be interested?"),
    and not about the person's own news ("sorry to hear you've accepted an offer")."""
    if re.search(r"\byou(?:'ve|\s+have)\s+(?:accepted|taken|signed)\b", text, re.IGNORECASE):
        return False
    for seen, match in enumerate(WEAK_REJECTION.finditer(text)):
        if seen >= _MAX_MATCHES:
            break
        rest = re.split(r"(?<=[.!?])\s|\n", text[match.start() :], maxsplit=1)[0]
        if _conditional(text, match.start()) or rest.rstrip().endswith("?"):
            continue
        return True
    return False


def reply_text(msg: MailMessage) -> str:
    """What is classified: the subject (unless it is ours, behind "Re:") and own words."""
    subject = "" if _REPLY_PREFIX.match(msg.subject or "") else (msg.subject or "")
    if _THANKS_FOR_THE_ROUND.search(subject):
        subject = ""  # "Portfolio review - gracias": the round just held, thanked for
    text = subject[:300] + "\n" + _unwrapped(own_words(msg.body or "")[:_WORDS_READ])
    return text.replace("\u2019", "'")


# A subject that thanks for a round: "Portfolio review - gracias", "Onsite - thank you!"
_THANKS_FOR_THE_ROUND = re.compile(
    r"[-\u2013\u2014|:,]\s*(?:many\s+)?(?:thanks|thank\s+you|gracias|merci|grazie|danke|bedankt|obrigad[oa]"
    r"|gràcies|dank\s*je(?:wel)?)\b[\s!.]*$",
    re.IGNORECASE,
)
# A line break inside a sentence, as plain-text mail wraps at 72 columns: "If your experience
# matches what we're\nlooking for, we'll be in touch" is one sentence, its "if" included.
_WRAPPED = re.compile(r"(?<=[\w,'\u2019)])\n(?=[^\W\d_])")


def _unwrapped(text: str) -> str:
    return _WRAPPED.sub(lambda m: " " if text[m.end()].islower() else "\n", text)


# A requisition closed for everyone: "the firm has put that requisition on hold, so we are
# not moving forward with any candidates for it" (in a mail on two roles, one going on).
_CLOSED_FOR_ALL = re.compile(
    r"\b(?:with|for)\s+(?:any|all)\s+(?:other\s+)?(?:candidates|applicants)\b"
    r"|\bon\s+hold\b|\b(?:requisition|posting|position|role)\s+(?:has\s+been|was|is)\s+"
    r"(?:cancell?ed|closed|withdrawn)",
    re.I,
)


def decisive(text: str) -> ReplyKind | None:
    """REJECTION, OFFER or NEXT_ROUND when the text says one outright (steps 1-3), else None."""
    if _stated(REJECTION, text, affirmed=True):
        closed_for_all = all(
            _CLOSED_FOR_ALL.search(
                _sentence_before(text, m.start()) + _sentence_after(text, m.start())
            )
            for m in REJECTION.finditer(text)
        )
        if not (closed_for_all and _stated(NEXT_ROUND, text)):
            return ReplyKind.REJECTION
        # (a role closed for all, and a round of the person's in another: the round)
    # references asked of everyone interviewed, "which does not indicate that you have been
    # successful", are no next round of the person's own
    routine = ROUTINE_REQUEST.search(text)
    # (the contract a request for papers prepares was offered before, and the offer letters
    # a background check asks for are the old employers')
    papers = f"{CONTRACT_PAPERWORK}|{OFFER_MADE_BEFORE}"
    papers += r"|\boffer\s+letters?\b" if routine else ""
    offer, _ = _positive(OFFER, re.sub(papers, " ", text, flags=re.I), skip=OFFER_OF_INTERVIEW)
    _, negated_offer = _positive(OFFER_VERB, text)
    rounds = REFERENCES.compiled.sub(" ", text) if routine else text
    if _about_the_booked(text):  # a platform's link for the round already booked, its kind
        rounds = re.sub(f"{PLATFORMS}|{INTERVIEW_KINDS}", " ", rounds, flags=re.IGNORECASE)
        # ... and what it asks before it: a check's form, a link to move it
        rounds = re.sub(_MOVE_IT, " ", REFERENCES.compiled.sub(" ", rounds), flags=re.I)
        rounds = MOVED_ROUND.compiled.sub(" ", rounds)  # "we need to move your onsite"
        rounds = PREPARING.compiled.sub(" ", rounds)  # "Unterlagen für das Zweitgespräch"
        rounds = re.sub(r"https?://\S+", " ", rounds)  # its links are the booked round's
    # (the others' rounds are no round of the person's: "The panel interviews with the
    # remaining candidates will conclude on Friday")
    rounds = _OTHERS_ROUNDS.sub(" ", rounds)
    # (not an aside about another matter: an agency's "Separately, the Linden Park interview
    # is set for Friday" under news of this application's decision; an aside that is the
    # mail's only news, "Separately, we'd like you to come in for a final round", still counts)
    if RECEIPT.search(text):
        # a receipt's account of the process: "Next, you will receive an invitation to complete
        # our online assessments" is no round offered yet
        rounds = _PROCESS_AHEAD.sub(" ", rounds)
    main = _ASIDE.sub(" ", rounds)
    if main != rounds and (
        _stated(STILL_DECIDING, main) or _stated(PROMISE, main) or _DECISION_NEWS.search(main)
    ):
        rounds = main
    next_round, _ = _positive(NEXT_ROUND, rounds, not_yet_counts=True, past_counts=False)
    if next_round and re.search(OFFER_MADE_BEFORE, text, re.IGNORECASE):
        next_round = False  # after the offer was made and taken: its papers, no more rounds
    if not next_round:  # "... move ahead with reference checks as the final step"
        next_round, _ = _positive(REFERENCES_AS_STEP, text, past_counts=False)
    named_round, negated_round = _positive(
        ROUND_NAMED, text, not_yet_counts=True, past_counts=False
    )
    if not offer and (negated_offer or (negated_round and not named_round)):
        return ReplyKind.REJECTION
    if offer:
        return ReplyKind.OFFER
    if next_round:
        return ReplyKind.NEXT_ROUND
    return None


# "If you have not heard from us within 15 days", "Si en un plazo de 15 días no recibe
# noticias nuestras": a day that means no news, not a decision's.
_IF_SILENT = re.compile(
    r"\b(?:if|si|sollten|falls|wenn|se)\b[^.!?\n]*?\b(?:no\s+(?:recibe|recibes|ha\s+recibido|tiene)"
    r"\s+noticias|(?:not|n't)\s+(?:heard|hear|received?)|nichts\s+(?:gehört|hören)|keine\s+"
    r"(?:Nachricht|Rückmeldung)|pas\s+de\s+(?:nouvelles|réponse)|não\s+receber|non\s+ricev\w+)",
    re.IGNORECASE,
)
# A receipt's next step, said of every applicant: "Next, you will receive an invitation to
# complete our online assessments".
_PROCESS_AHEAD = re.compile(
    r"(?:^|(?<=[.!?])\s)[^.!?\n]*?\byou\s+will\s+(?:then\s+|shortly\s+|soon\s+)?receive\s+an?\s+"
    r"invitation\s+to\s+(?:complete|take|attempt)\b[^.!?\n]*",
    re.IGNORECASE | re.MULTILINE,
)
_OTHERS_ROUNDS = re.compile(
    r"\b(?:[\w-]+\s+)?interviews\s+(?:with|for|of)\s+the\s+(?:remaining|other|last)\s+(?:\w+\s+)?"
    r"(?:candidates|applicants|finalists)\b"
    # ... and in French: "Nadim et Yassine ont encore deux finalistes à rencontrer, le dernier
    # entretien étant prévu le vendredi 18 décembre", "après ce dernier entretien"
    r"|\b(?:ont|a|avons|reste)\s+encore\s+(?:\w+\s+){0,2}(?:finalistes?|candidat\w*)\s+à\s+"
    r"(?:rencontrer|voir|recevoir)[^.!?\n]*|\b(?:après|suivant)\s+ce\s+dernier\s+entretien\b"
    # ... and "The panel is still meeting candidates, and our final interview is on Friday 18
    # December": the last of the others'
    r"|\bstill\s+(?:meeting|interviewing|seeing)\s+(?:other\s+)?candidates\b[^.!?\n]*",
    re.IGNORECASE,
)
# Words of a decision to come: "they'll make a final call by Thursday".
_DECISION_NEWS = re.compile(r"\b(?:decision|decide|final\s+call|make\s+a\s+call)\b", re.IGNORECASE)
# A sentence that says it turns to another matter: "Separately, ...", "On another note, ...".
_ASIDE = re.compile(
    r"(?im)(?:^|(?<=[.!?])\s)[ \t]*(?:separately|on\s+a\s+(?:separate|different)\s+note"
    r"|on\s+another\s+note|unrelated(?:ly)?|in\s+other\s+news)\b[^.!?\n]*"
)


# Mail in English sent from a US time zone (its Date header's offset, Eastern to Hawaii): the
# writer puts the month first, whatever the person's own locale does.
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|we|you|your|our|will|have|with|for|thanks)\b", re.I)
_ROMANCE_WORDS = re.compile(r"\b(?:que|los|las|para|por|usted|você|não|nous|vous|und|wir)\b", re.I)
# French, which never puts the month first: Québec's "au plus tard le 08/01" is 8 January,
# though Canada's English mail may write "12/15" for 15 December.
_FRENCH_WORDS = re.compile(r"\b(?:nous|vous|les|des|une|pour|avec|dans|pas|est|sera|notre)\b", re.I)


def _from_my_offset(msg: MailMessage, zone: tzinfo | None) -> bool:
    sent = msg.date
    return (
        zone is not None
        and sent is not None
        and sent.utcoffset() == sent.astimezone(zone).utcoffset()
    )


def _from_the_us(msg: MailMessage, text: str) -> bool:
    offset = msg.date.utcoffset() if msg.date is not None else None
    return (
        offset is not None
        and timedelta(hours=-10) <= offset <= timedelta(hours=-4)
        and len(_ENGLISH_WORDS.findall(text)) >= 5
        and not _ROMANCE_WORDS.search(text)
    )


def classify(
    msg: MailMessage,
    *,
    after: date,
    month_first: bool | None = None,
    holidays: Mapping[date, str] | None = None,
    zone: tzinfo | None = None,
    interviewed: date | None = None,
    weekend: frozenset[int] | None = None,
) -> tuple[ReplyKind, DateMention | None]:
    """What a reply means, and for STILL_DECIDING the date they now give (or None).

    Dates are read relative to `after`, the day the reply arrived, in the
    person's locale (`month_first`) and with their country's `holidays`; `zone`,
    the person's own, tells a writer next door from one in the US; `interviewed`, the
    day of the person's last interview before it, is where "10 business days of your
    interview" counts from; `weekend`, the days the person's country does not work, is the
    writer's too when they write from the person's own offset (a Riyadh firm's "5 working
    days" skips Friday and Saturday; a Dubai or London one's its own Saturday and Sunday).
    """
    if (
        is_screening(msg.sender.email.rpartition("@")[2])
        or _A_SCREENING_SERVICE.search(msg.sender.name)
        # "<Employer> has requested your background check": a service's request
        or _CHECK_REQUESTED.search(msg.subject or "")
    ):
        return ReplyKind.OTHER, None  # a background check's paperwork, whatever it says
    text = reply_text(msg)
    if month_first is not True and _from_the_us(msg, text):
        # a US manager's "by 1/8" to someone in Montevideo is 8 January; written from the
        # person's own offset (Lima's is New York's in winter) it may be either, and an
        # order that cannot be told is not guessed: "1/8" gives no date, "12/18" still does
        month_first = None if _from_my_offset(msg, zone) else True
    elif month_first is True and len(_FRENCH_WORDS.findall(text)) >= 5 > len(
        _ENGLISH_WORDS.findall(text)
    ):
        month_first = False
    if weekend is not None and not _from_my_offset(msg, zone):
        weekend = None
    if holidays and states_its_week(text) and zone is not None and not _from_my_offset(msg, zone):
        # a writer elsewhere who says how they count ("For us that means Monday to Friday; our
        # offices are closed on Friday, 25 December") counts their own days, not the person's
        # public holidays
        holidays = {}
    decided = decisive(text)
    if is_signing(msg.sender.email.rpartition("@")[2]) and decided is not ReplyKind.OFFER:
        # an envelope to sign that is no offer letter: an NDA, a form ("Please review and
        # sign by 12/15" is the person's deadline, not a decision's)
        return ReplyKind.OTHER, None
    if decided is ReplyKind.NEXT_ROUND and NEW_DOCUMENT.search(text):
        return ReplyKind.OTHER, None  # a document in the portal, for a round or a form
    if (
        decided is ReplyKind.NEXT_ROUND
        and APPLICATION_INCOMPLETE.search(text)
        and _BEFORE_THE_BOOKED.search(text)
    ):
        # "Bitte laden Sie vor Ihrem nächsten Gespräch folgende Unterlagen hoch": papers for
        # the round already arranged, no new one
        return ReplyKind.OTHER, None
    if decided is ReplyKind.NEXT_ROUND and _PAPERS_DISCLAIMED.search(text):
        # "vragen wij alle kandidaten in de tweede ronde om ... documenten aan te leveren. Dit
        # is een vaste stap in onze procedure en zegt nog niets over de uitkomst": papers
        # asked of everyone in a round already booked, said to decide nothing
        return ReplyKind.OTHER, None
    if decided is not None:
        return decided, None
    if _PAPERS_DISCLAIMED.search(text) or _QUESTIONS_NO_DECISION.search(text):
        # "Como hacemos con todas las personas finalistas, ... te pedimos que nos envíes ...
        # Esto es un trámite y no supone ninguna decisión": papers, whatever day they are for
        return ReplyKind.OTHER, None
    if APPLICATION_INCOMPLETE.search(text):
        return ReplyKind.OTHER, None  # sent back for what it lacks: theirs to act on
    if RECEIPT.search(text) and not (
        # a wait that only explains itself by the volume: "We've had a very high volume of
        # applications and the hiring manager is still working through them"; or an answer
        # to the person's chase that thanks for the application again: "vielen Dank für Ihre
        # Bewerbung ... und Ihre Nachfrage. ... wir sind noch nicht so weit, eine Entscheidung
        # ... zu treffen"
        _stated(STILL_DECIDING, text)
        and (not RECEIPT.search(RECEIPT_HEDGE.compiled.sub(" ", text)) or _CHASED.search(text))
    ):
        # "We received your application ... and will revert on the status by Tuesday,
        # 08-Dec-2026": a receipt that promises news by a day is news to wait for
        # (not "after the closing date of 27 November", nor "within 3 weeks")
        dated = find_date(
            text, after=after, month_first=month_first, holidays=holidays,
            interviewed=interviewed, weekend=weekend,
        )  # fmt: skip
        if dated is not None and _conditional(text, max(0, text.find(dated.text))):
            dated = None  # the day silence means no: "Sollten Sie bis am 4. Dezember nichts
            # von uns hören, ...", which promises no news
        if _led_by(text, dated, _NEWS_BY, 40) and _stated(PROMISE, text):
            return ReplyKind.STILL_DECIDING, dated
        return ReplyKind.RECEIPT, None
    # (the week the others are still seen is theirs: "continuing with final interviews for
    # the rest of this week")
    their_week = (
        rf"(?:{OTHERS_INTERVIEWING})\s+(?:for\s+the\s+rest\s+of\s+|through\s+)?(?:this|next)\s+week\b"
        # ... in Spanish, the week first: "la semana que viene Diego y Mirna entrevistan a dos
        # personas más"
        r"|\b(?:la\s+semana\s+que\s+viene|la\s+próxima\s+semana|esta\s+semana)(?=[^.!?\n]{0,60}?"
        r"\bentrevista(?:n|mos|rá|rán|remos)?\s+a\s+(?:dos|tres|otr[oa]s|\w+)\s+(?:personas|candidat[oa]s))"
    )
    dated = re.sub(their_week, " ", text, flags=re.I)
    mention = find_date(
        dated, after=after, month_first=month_first, holidays=holidays,
        interviewed=interviewed, weekend=weekend,
    )  # fmt: skip
    at = max(0, dated.find(mention.text)) if mention is not None else 0
    if mention is not None and _IF_SILENT.search(
        _sentence_before(dated, at) + _sentence_after(dated, at)
    ):
        # the day silence means no: "Si en un plazo de 15 días no recibe noticias nuestras,
        # entienda que su candidatura no ha sido seleccionada", which promises no news
        mention = None
    if ROUTINE_REQUEST.search(text) and not _led_by(dated, mention, _DECISION_BY, 60):
        return ReplyKind.OTHER, None  # something to send, asked of everyone: theirs to read
    if NEW_DOCUMENT.search(text) and not _stated(STILL_DECIDING, text):
        return ReplyKind.OTHER, None  # a task in the portal: "Due: 18/12/2026" is the person's
    if mention is not None and _about_the_booked(text) and not _stated(STILL_DECIDING, text):
        mention = None  # the day of the round already booked, which the mail prepares or moves
    if _stated(STILL_DECIDING, text) or mention is not None:
        return ReplyKind.STILL_DECIDING, mention
    if _weakly_rejected(text):
        return ReplyKind.REJECTION, None
    if ACKNOWLEDGEMENT.search(text):
        return ReplyKind.ACKNOWLEDGEMENT, None
    if MOVED_ROUND.search(text):
        return ReplyKind.OTHER, None  # a booked round moved: "the new invite will be shared"
    if _stated(PROMISE, text):
        return ReplyKind.STILL_DECIDING, None
    return ReplyKind.OTHER, None
