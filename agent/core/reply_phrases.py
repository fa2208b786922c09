"""The wording employers and their systems use, by what it means.

Modelled on the default templates of applicant-tracking systems (Greenhouse's
"Default Candidate Rejection", Workday and Lever application notifications),
on HR template collections (manatal.com's rejection and acknowledgement
templates, The Balance's application acknowledgement letter) and on the
recruiter mails quoted in public rejection-email datasets. Each pattern is a
phrase, matched case-insensitively after curly quotes are made straight;
`reply_classify` decides what a match means in its sentence (negated, or inside
"if you are not selected").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.core.alternation import by_first_letter, split_branches

# A list is searched as a plain alternation until it has been searched this often: writing
# and compiling the grouped form costs about as much as 100 searches of a long list save, so a
# `run --once` that reads a few messages never pays for it, and a daemon or a big inbox soon
# does (bench/reply_reading.py measures both).
_GROUP_AFTER = 64
_MANY_BRANCHES = 20  # (fewer: the grouped form saves too little, or is slower)


class Phrases:
    """An alternation of phrases, compiled on first use: a command that reads no mail does
    not pay for compiling the vocabulary. A long one that is searched often is compiled
    again one group per first letter (`alternation.by_first_letter`): the same matches,
    found several times faster."""

    __slots__ = ("_compiled", "_flags", "_lead", "_pattern", "_uses")

    def __init__(self, pattern: str, flags: int = re.IGNORECASE, *, lead: str = "") -> None:
        """The alternation `pattern`, each branch after `lead`."""
        self._pattern, self._flags, self._lead = pattern, flags, lead
        self._compiled: re.Pattern[str] | None = None
        self._uses = 0

    @property
    def compiled(self) -> re.Pattern[str]:
        self._uses += 1
        if self._uses == _GROUP_AFTER and len(split_branches(self._pattern)) >= _MANY_BRANCHES:
            self._compiled = re.compile(self.grouped(), self._flags)
        elif self._compiled is None:
            self._compiled = re.compile(self.plain(), self._flags)
        return self._compiled

    def plain(self) -> str:
        return f"{self._lead}(?:{self._pattern})"

    def grouped(self) -> str:
        return f"{self._lead}(?:{by_first_letter(self._pattern, self._flags)})"

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


def phrases(*patterns: str) -> Phrases:
    # A phrase starts a word, or follows a Thai, Japanese, Chinese or Korean character, as
    # those languages put no space between words ("今回はご期待に添えない").
    return Phrases(
        "|".join(patterns),
        lead=r"(?:\b|(?<=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))",
    )


_NOT_A_GROUP = r"(?!(?:few|small|handful|couple|number|group|select|shortlist|short)\b)"
_SOMEONE = (
    r"(?:(?:an|one|some)\s+)?(?:other|another|a\s+different|an?|the\s+other|different|other"
    r"\s+qualified|a\s+more\s+(?:qualified|experienced|suitable)|more\s+qualified|internal)"
    r"\s+" + _NOT_A_GROUP + r"(?:\w+\s+)?"
    r"(?:candidates?|applicants?|persons?|individuals?|profiles?|finalists?)"
    # ("offering the support operations role to someone based in Eastern time")
    r"|someone\s+(?:else|whose|who|with|based|located|closer|local|already|more)\b"
    r"|candidates?\s+(?:whose|who|with)"
    # "we're going to go with a field engineer who's already been through a hospital job"
    r"|an?\s+(?:[\w-]+\s+){1,3}(?:who(?:'s|\s+is|\s+has|\s+had)?|whose)\s"
    r"|(?:a|another)\s+(?:candidate|applicant)"
)
# ("They have gone ahead with a candidate who is already in the UAE")
_GO = (
    r"(?:move|moving|moved|go|going|gone|went|proceed|proceeding|continue|continuing|progress"
    r"|progressing)"
)

REJECTION = phrases(
    r"regret\s+to\s+(?:inform|let\s+you\s+know|tell|say|share)",
    # Armenian: "որոշեցինք ընտրել մեկ այլ թեկնածուի" (we decided to choose another candidate),
    # "Ձեր թեկնածությունը չի ընտրվել" (your candidacy was not chosen)
    r"(?<!\w)(?:ընտրել|ընտրեցինք)\s+(?:մեկ\s+)?այլ\s+թեկնածու\w*|(?<!\w)թեկնածությունը\s+չի\s+ընտրվել",
    # Amharic: "ሌላ ተወዳዳሪ መርጠናል" (we chose another candidate), "... እንዳልተመረጡ ስናሳውቅዎ
    # እናዝናለን" (we regret to tell you that you were not selected)
    r"(?<!\w)ሌላ\s+(?:ተወዳዳሪ|አመልካች|እጩ)\s+መርጠናል|(?<!\w)እንዳልተመረጡ(?!\w)",
    # "they have decided to promote their own farm supervisor into the post, so your
    # application won't go any further there"
    r"(?:your\s+application|your\s+candidacy|you)\s+(?:won't|will\s+not)\s+go\s+any\s+further",
    # Georgian: "შენს კანდიდატურას აღარ განვიხილავთ" (we no longer consider your candidacy),
    # "შენი კანდიდატურა ამ პოზიციაზე აღარ განიხილება"
    r"(?<!\w)აღარ\s+(?:განვიხილავთ|განიხილება|განიხილავენ|განიხილავს)(?!\w)",
    # ... and Russian: "к сожалению, мы не готовы пригласить вас на следующий этап отбора"
    r"(?<!\w)(?:не\s+готовы|не\s+можем|не\s+сможем)\s+пригласить\s+(?:Вас|вас|тебя)\s+на\s+"
    r"(?:\S+\s+){0,2}?(?:этап|собеседование|интервью)",
    # (Teamtailor's "we have decided to move on with other candidates for this position")
    r"(?:decided|chosen|chose|elected|opted)\s+to\s+" + _GO + r"\s+(?:forward\s+|ahead\s+|on\s+)?"
    r"with\s+(?:" + _SOMEONE + r")",
    _GO + r"\s+(?:forward\s+|ahead\s+)?with\s+(?:" + _SOMEONE + r")",
    r"(?:selected|chosen|chose|hire|hired|hiring|appoint|appointed|appointing|offer(?:ed|ing)?\s+(?:it\s+|the\s+(?:\w+\s+){0,5}(?:role"
    r"|position|job)\s+)?to|extend(?:ed)?\s+(?:an|the|our)\s+offer\s+(?:for\s+(?:this|the)\s+(?:role|position|job)\s+)?to|identified|found|went\s+with|go\s+with"
    r"|going\s+with|gone\s+with)\s+(?:" + _SOMEONE + r")",
    r"pursu(?:e|ing)\s+(?:other|another|different)\s+(?:candidates|applicants|profiles|candidate)",
    # a public service's merit list: "you were not identified as the preferred candidate"
    r"not\s+(?:been\s+)?(?:identified|selected|chosen|recommended)\s+as\s+the\s+preferred\s+"
    r"(?:candidate|applicant)",
    r"pursu(?:e|ing)\s+candidates\s+(?:whose|who|with)",
    # an Australian public service's "you have not been assessed as suitable for the role at
    # this time, and you will not be placed in the merit pool"
    r"(?:have|has)\s+not\s+been\s+assessed\s+as\s+suitable",
    r"(?:will|would)\s+not\s+be\s+placed\s+(?:in|on)\s+(?:the|a|our)\s+merit\s+(?:pool|list)",
    # Reed's relay: "has decided not to take it further this time", "decided to progress
    # candidates whose experience more closely matches our requirements"
    r"decided\s+not\s+to\s+take\s+(?:it|this|your\s+(?:application|candidacy))\s+(?:any\s+)?further",
    r"(?:decided|chosen|opted)\s+to\s+progress\s+(?:other\s+)?(?:candidates|applicants)\s+(?:whose|who|with)",
    # "we've decided to focus on people with more hands-on marketplace pricing experience"
    r"decided\s+to\s+focus\s+on\s+(?:other\s+)?(?:people|candidates|applicants|profiles|someone)\s+"
    r"(?:with|who|whose)\b",
    r"pursu(?:e|ing)\s+(?:" + _SOMEONE + r")",
    r"(?:your\s+)?(?:candidacy|application)\s+(?:for\s+(?:[\w()./-]+\s+){1,8})?(?:has\s+been|was|is)"
    r"\s+(?:now\s+)?(?:closed|declined|archived|rejected)",
    r"decided\s+not\s+to\s+(?:" + _GO + r"|pursue|proceed|advance|invite|offer|extend|continue|fill"
    r"|hire)",
    r"(?:not|\w+n't|no\s+longer)\s+(?:be\s+)?(?:moving|move|going|proceeding|proceed|progressing"
    r"|advancing|taking)\s+(?:you\s+|your\s+(?:application|candidacy|profile|CV|resume)\s+)?"
    r"(?:any\s+)?(?:forward"
    r"|further|ahead)",
    r"(?:going\s+to|decided\s+to|we(?:'ll|\s+will)|have\s+to|need\s+to|must|'re\s+going\s+to)"
    r"\s+pass\b(?!\s+(?:it|this|that|them|your\s+\w+|the\s+\w+|along)\s*(?:along|on\s+to|to))",
    r"(?:not|\w+n't)\s+(?:be\s+)?(?:moving|move|proceeding|proceed|progressing|progress)"
    r"\s+(?:with\s+)?your\s+(?:application|candidacy)",
    r"(?:will\s+not|won't|not)\s+be\s+proceeding",
    # "we are therefore unable to consider your application further"; a post "reserved for UAE
    # Nationals", as Gulf employers write under their nationalisation programmes
    # "we're going to hold off on moving you forward for the ... role"
    r"hold\s+off\s+on\s+(?:moving|bringing|taking)\s+you\s+(?:forward|further|ahead)",
    r"(?:unable|not\s+able)\s+to\s+consider\s+your\s+(?:application|candidacy|profile)\s+"
    r"(?:any\s+)?further",
    r"(?:position|role|vacancy|post|job)\s+(?:has\s+been|is|was)\s+reserved\s+for\s+"
    r"(?:\w+\s+)?(?:nationals|citizens)",
    # (Indian English says "requirement": "the requirement has been closed internally")
    r"(?:position|role|job|vacancy|opening|requisition|requirement)\s+(?:has\s+(?:now\s+)?been|was|is\s+now"
    r"|is|has)\s+(?:now\s+)?(?:been\s+)?(?:filled|closed|cancell?ed|withdrawn)",
    r"filled\s+the\s+(?:position|role|opening|vacancy)",
    r"fill(?:ing|ed)?\s+(?:the|this)\s+(?:\w+\s+)?(?:role|position|opening|vacancy)\s+with\s+"
    r"(?:" + _SOMEONE + r")",
    r"fill(?:ing|ed)?\s+(?:the|this)\s+(?:\w+\s+)?(?:role|position)\s+internally",
    r"(?:hire|hiring|hired|fill|filling|filled)\s+(?:\w+\s+){0,3}internal(?:ly|\s+candidate)",
    r"(?:decided|chosen|choose|going|opted)\s+to\s+promote\s+(?:\w+\s+){0,2}(?:from\s+within"
    r"|internally|from\s+their\s+own|from\s+our\s+own)",
    # "so they will not take your application further"
    r"(?:won't|will\s+not|cannot|can't)\s+take\s+your\s+(?:application|candidacy)\s+(?:any\s+)?further",
    # Khmer: "... មិនត្រូវបានជ្រើសរើស ..." (was not selected)
    r"មិនត្រូវបានជ្រើសរើស",
    # Said of the person, not of "candidates who are not selected" in a receipt.
    r"(?:you|your\s+(?:application|candidacy|profile))\s+(?:\w+\s+)?(?:(?:were|was|are|is|have|has)"
    r"\s+not|weren't|wasn't|aren't|isn't|haven't|hasn't)\s+(?:been\s+)?(?:selected|chosen|successful"
    r"|shortlisted)",
    # a merit list's "you were not the preferred candidate ... and will not be offered this
    # position": suitable, and still not chosen
    r"(?:you|your\s+application)\s+(?:were|was|are|is)\s+not\s+(?:the\s+)?(?:preferred"
    r"|recommended|successful)\s+(?:candidate|applicant)",
    r"(?:will\s+not|won't)\s+be\s+offered\s+(?:the|this)\s+(?:position|role|job|post)",
    r"(?:you|your\s+application)\s+(?:were|was|has\s+been|have\s+been|is)\s+unsuccessful"
    r"|unsuccessful\s+on\s+this\s+occasion",
    r"no\s+longer\s+(?:under\s+consideration|being\s+considered|considering\s+your)",
    r"(?:not|isn't|wasn't|aren't|weren't)\s+(?:quite\s+)?(?:the\s+right\s+|a\s+(?:good\s+|strong\s+"
    r"|great\s+)?)(?:fit|match)",
    r"(?:unable|not\s+able|can't|cannot)\s+to\s+(?:offer\s+you|move\s+forward|proceed|progress)",
    # "I've thought about it a good bit and I don't think we're going to move forward"
    r"(?:\w+n't|not)\s+think\s+(?:we(?:'re|\s+are|'ll|\s+will)|I(?:'m|\s+am|'ll|\s+will))\s+"
    r"(?:going\s+to\s+)?(?:be\s+)?(?:move|moving|go|going|proceed|proceeding|progress|progressing)"
    r"\s+(?:any\s+)?(?:forward|further|ahead)",
    r"(?:go|going|went|gone|move|moving|moved|take|taking|head|heading)\s+(?:in\s+|with\s+)?"
    r"(?:a\s+different|another)\s+(?:direction|way|route)",
    r"(?:it's|it\s+is)\s+a\s+(?:no|pass)\b",
    # "I wanted to let you know personally that we're going to keep looking"
    r"(?:we're|we\s+are|we'll|we\s+will)\s+(?:going\s+to\s+)?(?:keep|continue)\s+(?:looking|searching)\b",
    r"(?:other|another)\s+(?:candidates?|applicants?)\s+(?:are|is|were|was)\s+(?:a\s+)?(?:closer"
    r"|better|stronger)\s+(?:match|fit)",
    # "other candidates more closely meet the needs of the department"; "you will not be
    # invited to the interview stage"
    r"(?:other|another)\s+(?:candidates?|applicants?)\s+(?:more\s+closely|better|more\s+fully)\s+"
    r"(?:meet|meets|match|matches|fit|fits|align)",
    r"(?:will\s+not|won't)\s+be\s+(?:invited|moving|progressing)\s+to\s+(?:the\s+|an?\s+)?(?:interview"
    r"|next|final)",
    r"(?:not|isn't|wasn't|aren't|weren't)\s+(?:quite\s+|exactly\s+)?what\s+(?:we|they|the\s+team)"
    r"(?:'re|\s+are|\s+were|\s+is)?\s+looking\s+for",
    r"decided\s+to\s+close\s+(?:the|this)\s+(?:role|position|search)",
    # "We are closing all applications", not "we're closing applications this week" (a
    # deadline for others, said while the person is still being considered).
    r"(?:closing|closed|cancel(?:l?ed|l?ing))\s+(?:(?:out\s+)?all\s+(?:the\s+)?(?:open\s+)?"
    r"(?:applications|candidacies)|(?:out\s+)?your\s+(?:application|candidacy)"
    r"|(?:the|this)\s+(?:role|position|requisition|search|vacancy))",
    r"(?:role|position|requisition|vacancy)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:cancel\w*|withdrawn|eliminated|closed)",
    r"(?:must|have\s+to|will)\s+decline\s+your\s+(?:application|candidacy)",
    r"not\s+(?:be\s+)?(?:extending|making|offering)\s+(?:you\s+)?an?\s+offer",
    # (not a job board's "for more success with your job search")
    r"(?<!more\s)(?:best|luck|success)\s+(?:of\s+luck\s+)?(?:in|with)\s+your\s+(?:job\s+)?"
    r"(?:search|future)",
    # German, French, Spanish, Italian, Dutch, Portuguese
    r"(?:für\s+(?:einen\s+|eine\s+)?(?:anderen|andere)\s+(?:Kandidat|Bewerber|Person))"
    # "den Prozess ... mit anderen Kandidat:innen fortzusetzen", "mit anderen Bewerberinnen
    # und Bewerbern fortzusetzen"
    r"|\bmit\s+anderen\s+(?:Kandidat|Bewerber|Person)\w*(?:[:*_]innen)?(?:\s+und\s+Bewerber\w*)?\s+"
    r"(?:fortzusetzen|fortsetzen|fortzuführen|fortführen|weiterzugehen|weiterzumachen)\b",
    r"(?:leider\s+)?(?:eine\s+)?absage\s+(?:erteilen|mitteilen)|nicht\s+(?:weiter\s+|mehr\s+)?(?:zu\s+)?berücksichtig",
    # "Wir haben uns nach langem Abwägen für eine Kandidatin entschieden, die ...": someone else
    r"(?:haben|hat)\s+(?:wir\s+|sie\s+)?(?:uns|sich)\s+(?:[\w-]+\s+){0,4}für\s+(?:eine|einen|die|den)\s+"
    r"(?:andere[nr]?\s+)?"
    r"(?:Kandidatin|Kandidaten|Bewerberin|Bewerber|Mitbewerberin|Mitbewerber|Person)\s+entschieden"
    # "Wir können Ihnen die Stelle daher nicht anbieten" (the verb last, its "nicht" before it)
    r"|(?:können|könnten|werden)\s+(?:Ihnen|dir)\s+(?:die|diese)\s+(?:Stelle|Position)\s+(?:\w+\s+){0,2}"
    r"nicht\s+anbieten"
    # "Wir haben uns für jemanden entschieden, der schon ...", "die Position mit einem
    # langjährigen internen Kollegen zu besetzen ... Ihre Kandidatur nicht weiterverfolgen"
    # ("am Ende haben wir uns für jemanden entschieden, der schon länger mit Flutter arbeitet")
    r"|(?:haben|hat)\s+(?:wir\s+|sie\s+)?(?:uns|sich)\s+(?:[\w-]+\s+){0,3}für\s+jemand(?:en)?"
    r"(?:\s+anderen)?\s+entschieden"
    r"|(?:Position|Stelle)\s+(?:\w+\s+){0,4}mit\s+(?:einem|einer)\s+(?:\w+\s+){0,2}(?:internen|anderen)\s+"
    r"\w+\s+zu\s+besetzen|Kandidatur\s+(?:\w+\s+){0,2}nicht\s+weiter\s?(?:verfolgen|führen)"
    # a headhunter relays it: "Der Mandant hat sich entschieden, die Position Leitung
    # Werkzeugbau intern zu besetzen, und wird den Prozess mit externen Kandidaten daher
    # nicht fortsetzen"
    # (Austrian: "die Position Leitung Kreditrisiko-Reporting intern nachzubesetzen")
    r"|(?:Position|Stelle)\s+(?:[\w-]+\s+){0,4}intern\s+(?:zu\s+)?(?:nach(?:zu)?)?(?:besetzen|besetzt)"
    r"|(?:Prozess|Verfahren)\s+(?:[\w-]+\s+){0,5}nicht\s+(?:weiter\s+)?fortsetzen",
    r"ne\s+(?:pas\s+)?(?:pouvons|pourrons)\s+pas\s+donner\s+(?:une\s+)?suite"
    # ("Votre candidature n'est donc pas retenue pour ce poste")
    r"|pas\s+été\s+retenue?|n['’]est\s+(?:donc\s+|malheureusement\s+|finalement\s+)?pas\s+retenue?\b"
    # a Québec exam: "vous n'avez pas atteint la note de passage (60 %) ... votre candidature
    # ne sera pas retenue pour la suite du processus"
    # (not a condition after it: "ne sera pas retenue si le dossier est incomplet")
    r"|\bne\s+sera\s+(?:donc\s+|malheureusement\s+|finalement\s+)?pas\s+retenue?\b(?!\s*,?\s*(?:si|sans|à\s+moins|faute)\b)"
    # "Ils ne retiendront donc pas votre candidature", "ont choisi de promouvoir en interne"
    r"|\bne\s+(?:retiendront|retiendrons|retiendra)\s+(?:donc\s+|malheureusement\s+)?pas\s+(?:votre|ta)\s+candidature"
    # "Je ne retiens donc pas votre candidature", "Votre candidature s'arrête donc là", "Nous
    # clôturons donc votre candidature", "ont décidé de confier le poste à l'adjoint de ..."
    r"|\bne\s+retiens\s+(?:donc\s+)?pas\s+(?:votre|ta)\s+candidature"
    r"|\b(?:votre|ta)\s+candidature\s+s['’]arrête\b|\bclôturons\s+(?:donc\s+)?(?:votre|ta)\s+candidature"
    r"|\b(?:choisi|décidé)\s+de\s+confier\s+le\s+poste\s+à\s+(?:un|une|l['’]|leur|notre)"
    # Spanish: "el Consejo Directivo decidió ofrecer la coordinación a una colega que ..."
    r"|\bdecidi(?:ó|eron|mos)\s+(?:ofrecer|dar|asignar)\s+(?:la|el)\s+(?:plaza|puesto|posición|cargo"
    r"|coordinación|vacante)\s+a\s+(?:un|una|otro|otra)\s+(?:colega|candidat[oa]|persona|compañer[oa])"
    r"|\b(?:choisi|décidé)\s+de\s+promouvoir\s+en\s+interne\b|n['’](?:avez|as)\s+pas\s+(?:atteint|obtenu)\s+la\s+note\s+de\s+passage"
    # "on est finalement partis sur quelqu'un qui a déjà monté une boucle de collecte"
    r"|(?:sommes|est|suis)\s+(?:finalement\s+)?partie?s?\s+sur\s+(?:quelqu['’]un|une?\s+autre|un\s+(?:autre\s+)?profil)"
    # ... and said now: "au final, on part sur quelqu'un qui a déjà monté la chaîne d'appro"
    r"|\b(?:on\s+part|nous\s+partons)\s+(?:finalement\s+)?sur\s+(?:quelqu['’]un|une?\s+autre|un\s+(?:autre\s+)?profil)"
    r"|(?:retenu|choisi|sélectionné|privilégié|poursuivre|continuer"
    r"|orienté\w*(?:\s+vers)?)\s+(?:\w+\s+){0,3}(?:avec\s+)?(?:d'autres|un\s+autre|une\s+autre)"
    r"\s+(?:candidat\w*|profil\w*|personne)"
    r"|regrettons\s+de\s+vous\s+(?:informer|annoncer)|regret\s+de\s+(?:vous\s+informer|ne\s+pas)"
    r"|ne\s+pas\s+(?:pouvoir\s+)?(?:y\s+)?donner\s+(?:une\s+)?suite"
    r"|pas\s+en\s+mesure\s+de\s+donner\s+(?:une\s+)?suite|avons\s+retenu\s+(?:un|une)\s+(?:autre\s+)?"
    r"(?:profil|candidat\w*|personne)"
    # "nous ne donnerons pas suite", "le client ne donnera pas suite", "le poste ... a
    # entre-temps été pourvu"
    r"|ne\s+(?:donnerons|donnera|donneront|donnons|donne)\s+(?:donc\s+)?pas\s+suite"
    # "Nous avons décidé de retenir une candidate qui a déjà piloté ..."
    r"|décidé\s+de\s+retenir\s+(?:une?|la|le)\s+(?:autre\s+)?(?:candidat\w*|personne|profil)\s+"
    r"(?:qui|dont|ayant)\b"
    # "nous avons dû faire un choix et ne pouvons pas retenir votre dossier"
    r"|ne\s+(?:pouvons|pourrons|pouvions)\s+pas\s+retenir\s+(?:votre|ta)\s+(?:dossier|candidature|profil)"
    r"|poste\b[^.!?\n]{0,80}?\ba\s+(?:entre-temps\s+|déjà\s+|désormais\s+)?été\s+pourvu"
    # "Nous avons finalement décidé de pourvoir ce poste en interne"
    r"|pourvoir\s+(?:ce|le|cet)\s+(?:poste|emploi)\s+en\s+interne|poste\s+(?:a\s+été\s+|est\s+)?pourvu\s+en"
    r"\s+interne"
    # Portuguese: "você não seguirá para as próximas etapas do processo seletivo"
    r"|\bnão\s+(?:seguirá|seguira|avançará|avancara|continuará|passará)\s+(?:para|a|à|às)\s+(?:as\s+)?"
    r"próximas?\s+etapas?"
    # Gupy: "neste momento você não seguirá no processo seletivo para a vaga"; a public
    # competition's "Situação: NÃO CLASSIFICADO(A)", "não classificados estão eliminados"
    r"|\bnão\s+(?:seguirá|seguira|continuará|continuara)\s+no\s+processo"
    r"|\bsituação\s*:\s*não\s+classificad[oa]|\bestão\s+eliminad[oa]s\s+do\s+(?:certame|concurso)"
    # "nous avons décidé de ne pas poursuivre le processus avec vous", "nous nous orientons
    # vers un profil ayant davantage d'expérience"
    r"|ne\s+pas\s+poursuivre\s+(?:avec\s+)?(?:le\s+processus|votre\s+candidature|vous)"
    # a client's internal hire relayed: "ont décidé de poursuivre avec une candidate interne",
    # "Pour ce poste, nous n'irons donc pas plus loin"
    r"|(?:poursuivre|continuer|avancer)\s+avec\s+(?:une?|la|le)\s+(?:candidat\w*|personne|profil)\s+"
    r"interne\b|\bn['’](?:irons|ira|iront|allons)\s+(?:donc\s+)?pas\s+plus\s+loin\b"
    r"|nous\s+(?:nous\s+)?orient\w+\s+vers\s+(?:un|une|d'autres)\s+(?:autres?\s+)?(?:profil|candidat)"
    # Québec: "l'équipe a décidé d'aller de l'avant avec une autre personne", "nous avons
    # choisi de poursuivre avec une personne dont le profil correspond davantage", "j'ai
    # décidé d'aller de l'avant avec un candidat qui a déjà de l'expérience"
    r"|aller\s+de\s+l['’]avant\s+avec\s+(?:une?\s+autre|d['’]autres)\s+(?:candidat\w*|profil\w*|personne)"
    # (and written for both: "poursuivre avec un(e) candidat(e) dont l'expérience ...")
    r"|(?:poursuivre|continuer|aller\s+de\s+l['’]avant)\s+avec\s+(?:une?(?:\(e\))?\s+)?(?:personne"
    r"|candidat\w*(?:\(e\))?|profil)\s+(?:dont|qui|ayant|à\s+l['’]interne)\b"
    # "ils ne poursuivront pas avec ta candidature", "on a choisi quelqu'un qui a déjà travaillé"
    r"|ne\s+poursuivr\w+\s+pas\s+(?:avec\s+)?(?:ta|votre)\s+candidature"
    r"|(?:avons|avions|a|ont|ai)\s+(?:finalement\s+)?(?:choisi|retenu|sélectionné|engagé|embauché)\s+"
    r"quelqu['’]un\s+(?:qui|dont|d['’]autre|avec)\b"
    # "j'ai finalement choisi de confier ce premier poste de consultant à une personne qui",
    # "Nous avons finalement retenu une candidate qui connaît déjà ...", "la direction a décidé
    # de suspendre ce recrutement ... Le poste ne sera donc pas pourvu"
    r"|choisi\s+de\s+confier\s+(?:ce|le|cet)\s+(?:\w+\s+){0,2}poste\s+(?:\w+\s+){0,3}?à\s+(?:une?|un\s+autre)\s+"
    r"|(?:avons|ai)\s+(?:finalement\s+)?retenu\s+(?:une?|un\s+autre)\s+(?:candidat\w*|personne|profil)\s+(?:qui|dont|ayant)\b"
    r"|poste\s+ne\s+sera\s+(?:donc\s+)?pas\s+pourvu|(?:suspendre|annuler|geler)\s+(?:ce|le|cet)\s+recrutement",
    r"no\s+(?:ha|has)\s+sido\s+seleccionad[oa]|(?:continuar|seguir|avanzar|proceder|optado"
    r"|elegido|seleccionado|decidido|quedado|apostado)\s+(?:\w+\s+){0,3}(?:con|por|a)\s+"
    r"otr[oa]s?\s+(?:candidat\w+|perfil\w*|personas?)"
    r"|lamentamos\s+(?:informar|comunicar)"
    # InfoJobs' "Estado: Descartado"; "Finalmente hemos optado por un perfil con más experiencia"
    r"|\bestado:\s*descartad[oa]\b|hemos\s+optado\s+por\s+(?:un|otro)\s+perfil"
    # "no vamos a seguir adelante con ella" (your application); Catalan "hem decidit
    # continuar amb altres perfils"
    r"|no\s+(?:(?:vamos|voy)\s+a\s+seguir|seguiremos|(?:vamos|voy)\s+a\s+continuar|continuaremos"
    r"|(?:vamos|voy)\s+a\s+avanzar"
    r"|avanzaremos)\s+(?:adelante\s+)?con\s+(?:ella|él|tu\s+candidatura|su\s+candidatura|tu\s+perfil"
    r"|su\s+perfil)"
    r"|(?:continuar|seguir|avançar|optat\s+per|triat)\s+(?:\w+\s+){0,2}(?:amb|per)\s+(?:altres|un\s+altre"
    r"|una\s+altra)\s+(?:perfils?|candidat\w*|persones?)"
    # the post filled: "hemos cubierto la posición de Pricing Analyst con una persona del
    # equipo"; Catalan "hem cobert la posició"
    r"|(?:hemos|han|ha)\s+(?:cubierto|ocupado)\s+(?:finalmente\s+)?(?:la|el)\s+(?:posición|puesto"
    r"|vacante|plaza)|(?:hem|han)\s+cobert\s+(?:la|el)\s+(?:posició|lloc|plaça)"
    # "la posición de Analista BI se cubrió con una persona de adentro de la empresa"
    r"|(?:posición|puesto|vacante|plaza|búsqueda)\b[^.!?\n]{0,60}?\bse\s+(?:cubrió|ha\s+cubierto|cerró)"
    r"\s+(?:internamente|con\s+(?:una\s+persona|alguien|un\s+candidato|una\s+candidata))"
    # "decidió no continuar con tu candidatura"; "el comité decidió ofrecerle la plaza de
    # Analista ... a otra persona"
    r"|decidi(?:ó|o|mos|eron)\s+no\s+(?:continuar|seguir|avanzar)\s+con\s+(?:tu|su)\s+"
    r"(?:candidatura|postulación|solicitud)"
    r"|(?:ofrecerle|ofrecer|ofrecerte|ofrecido)\s+(?:la|el)\s+(?:plaza|posición|puesto|vacante)"
    r"\b[^.!?\n]{0,80}?\ba\s+otr[oa]\s+(?:persona|candidat[oa])"
    # "no continuarás en el proceso de selección", "no seguirás avanzando en el proceso"
    r"|no\s+(?:continuar[áa]s?|seguir[áa]s?|avanzar[áa]s?)\s+(?:\w+\s+)?(?:en|con)\s+(?:el|este|nuestro)"
    r"\s+proceso"
    # "Su postulación, por lo tanto, no seguirá adelante en este llamado"
    r"|(?:su|tu)\s+(?:postulación|candidatura|solicitud)(?:\s*,\s*por\s+lo\s+tanto\s*,|\s+ya)?\s+no"
    r"\s+(?:seguirá|continuará|avanzará)\s+(?:adelante|avanzando)?"
    r"|(?:seguir|continuar|avanzar)\s+(?:adelante\s+)?(?:(?:en\s+)?el\s+proceso\s+)?con\s+otr[oa]s\s+"
    r"(?:perfiles|personas|postulantes|candidat[oa]s)"
    # "resolvimos seguir el proceso con candidatos que tienen más experiencia en pagos"
    r"|(?:resolvimos|decidimos|optamos\s+por)\s+(?:seguir|continuar|avanzar)\s+(?:adelante\s+)?"
    r"(?:(?:en\s+)?el\s+proceso\s+)?con\s+(?:candidat[oa]s|perfiles|personas|postulantes)\s+que\b"
    # "Así que no seguimos adelante con tu candidatura", "no van a seguir con tu postulación"
    r"|\bno\s+(?:seguimos|seguiremos|vamos\s+a\s+seguir|van\s+a\s+seguir|continuamos"
    r"|continuaremos|vamos\s+a\s+continuar|van\s+a\s+continuar)\s+(?:adelante\s+)?con\s+(?:tu|su)\s+"
    r"(?:candidatura|postulación|postulacion|solicitud|perfil)"
    # "Coral Wharf se decidió por otra persona del pipeline", "se decidieron por una persona que"
    r"|\bse\s+decidi(?:ó|o|eron)\s+por\s+(?:otra\s+persona|otr[oa]\s+candidat[oa]|una\s+persona\s+que)",
    r"non\s+(?:è\s+stata|sei\s+stato)\s+selezionat[oa]|(?:proseguire|procedere|continuare"
    # ("proseguire l'iter di selezione con altri candidati")
    r"|scelto|selezionato|optato|orientati|orientato)\s+(?:[\w'’]+\s+){0,3}(?:con|per|su)\s+"
    r"(?:un\s+)?altr[oiae]\s+(?:candidat\w+|profil\w+)"
    r"|siamo\s+spiacenti",
    r"(?:voor\s+een\s+andere\s+kandida\w+|(?:gekozen|verder|door)\s+(?:\w+\s+){0,3}met\s+"
    r"(?:een\s+)?andere\s+kandida\w+|niet\s+(?:verder\s+)?(?:te\s+)?(?:gaan|door)"
    # Pnet's relayed "unfortunately it was not successful on this occasion"
    r"|\b(?:it|your\s+application)\s+was\s+not\s+successful\s+(?:on\s+this\s+occasion|at\s+this\s+time)"
    # "al final nos decidimos por alguien con más experiencia en telemetría"
    r"|nos\s+decidimos\s+por\s+(?:alguien|otra\s+persona|otro\s+perfil|otr[oa]\s+candidat[oa])"
    # "we zijn uiteindelijk met iemand anders in zee gegaan"
    r"|met\s+iemand\s+anders\s+in\s+zee\s+(?:gegaan|gaan)|gekozen\s+voor\s+iemand\s+anders"
    r"|gekozen\s+voor\s+(?:\w+\s+){0,2}kandida\w+|(?:je|jou|u)\s+niet\s+(?:uitnodigen|uit\s+te"
    r"\s+nodigen)"
    # "besloten om andere kandidaten uit te nodigen voor een gesprek"
    r"|andere\s+kandida\w+\s+uit\s+te\s+nodigen|andere\s+kandida\w+\s+(?:zijn\s+)?uitgenodigd)",
    # "dass die Position inzwischen besetzt werden konnte"
    r"(?:Position|Stelle)\s+(?:\w+\s+){0,3}(?:besetzt|vergeben)\s+(?:werden\s+konnte|wurde|worden)",
    # "Die ausgeschriebene Position konnte zwischenzeitlich besetzt werden"
    r"(?:Position|Stelle)\s+(?:konnte|wurde|ist)\s+(?:\w+\s+){0,2}(?:besetzt|vergeben)\b",
    # "não daremos continuidade à sua candidatura"
    r"não\s+(?:daremos|vamos\s+dar|poderemos\s+dar)\s+continuidade"
    r"|não\s+foi\s+selecionad[oa]|(?:seguir|prosseguir|continuar|avançar|optamos|escolhemos"
    r"|selecionamos|decidimos)\s+(?:\w+\s+){0,3}(?:com|por)\s+outr[oa]s?\s+(?:candidat\w+"
    r"|perf[ií]s?|perfil|pessoas?)|lamentamos\s+informar"
    # a Portuguese public competition's draft decision: "é intenção do júri excluí-la do
    # procedimento", "não sendo considerada na lista unitária de ordenação final"
    r"|intenção\s+do\s+júri\s+(?:\w+\s+)?exclu[ií]-l[ao]|exclu[ií]d[ao]\s+do\s+procedimento",
    r"(?:für|zugunsten)\s+(?:\w+\s+){0,2}(?:anderen|andere)\s+(?:Kandidat\w*|Bewerber\w*)"
    # One other person ("mit einer anderen Kandidatin", "con otra candidata", "con un altro
    # candidato", "com outro candidato", "avec une autre candidate"): someone was chosen.
    r"|mit\s+(?:einer|einem)\s+(?:\w+\s+)?anderen\s+(?:Kandidat\w*|Bewerber\w*)"
    r"|uns\s+für\s+(?:eine[nr]?|einen)\s+(?:andere[nr]?\s+)?(?:Kandidat\w*|Bewerber\w*)"
    r"|keine\s+positiver?e?\s+Nachricht|keinen\s+positive(?:re)?n\s+Bescheid"
    # Swiss "den Prozess mit Kandidierenden weiterzuführen, deren Profil ..."
    r"|mit\s+(?:anderen\s+)?(?:Kandidierenden|Kandidat\w*|Bewerber\w*)\s+(?:weiter|fortzu)\w*"
    # "den Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen"
    r"|mit\s+anderen\s+Kandidatinnen\s+und\s+Kandidaten\s+(?:weiter|fortzu)\w*"
    r"|(?:Position|Stelle)\s+mit\s+(?:einer|einem)\s+(?:anderen\s+)?(?:Bewerber\w*|Kandidat\w*)"
    r"\s+(?:zu\s+)?besetz"
    # ("el último case study con otra persona" is someone else's round: a person is chosen
    # only after a verb, above)
    # (nor "completiamo l'ultimo incontro con un'altra candidata": the round is theirs)
    # (nor "les falta la charla con otro candidato": a chat still to come is the other's)
    r"|(?<!incontro\s)(?<!colloquio\s)(?<!colloqui\s)(?<!entrevista\s)(?<!reunión\s)(?<!study\s)"
    r"(?<!charla\s)(?<!llamada\s)(?<!conversación\s)(?<!instancia\s)"
    r"con\s+(?:otr[oa]|un\s+altr[oa]|un'altra)\s+(?:candidat\w+|perfil|profilo)"
    r"|con\s+(?:un\s+altr[oa]|un'altra)\s+persona"
    r"|com\s+(?:outr[oa]|um\s+outr[oa])\s+(?:candidat\w+|perfil|pessoa)"
    # "optamos por seguir com uma pessoa que já atende ...", "seguir con alguien que"
    # ("decidimos fechar com uma pessoa que já trabalhou com open finance")
    r"|(?:seguir|continuar|avançar|avanzar|fechar)\s+(?:com|con)\s+(?:uma\s+pessoa|alguém|alguien"
    r"|una\s+persona|um\s+perfil|un\s+perfil|uma\s+candidata|um\s+candidato)\s+(?:que|con|com)\b"
    # "optamos por seguir com uma colaboradora interna que já conhece nossos processos"
    r"|(?:seguir|continuar|fechar|ficar)\s+com\s+(?:uma\s+colaboradora|um\s+colaborador|uma\s+pessoa"
    r"|alguém)\s+(?:interna|interno|da\s+casa)\b"
    # "tu perfil no fue seleccionado para continuar", a job board's "Estado: No seleccionado"
    r"|(?:tu|su)\s+(?:perfil|solicitud|postulación|postulacion|candidatura)\s+no\s+(?:fue|ha\s+sido)"
    r"\s+seleccionad[oa]|estado:\s*no\s+seleccionad[oa]"
    # "Luego de evaluar a los finalistas, decidimos continuar con una candidata que ya ha
    # manejado el S&OP de una planta de bebidas"
    r"|(?:decidimos|resolvimos|optamos\s+por)\s+(?:continuar|seguir|avanzar|quedarnos)\s+con\s+"
    r"(?:una\s+candidata|un\s+candidato|otra\s+candidata|otro\s+candidato|una\s+persona|alguien)"
    r"\s+(?:que|con)\b"
    r"|avec\s+(?:un\s+autre|une\s+autre)\s+(?:candidat\w*|profil)"
    r"|leider\s+(?:\w+\s+){0,6}absagen",
    # Swedish, Norwegian, Danish: "gå vidare med andra kandidater", "valgt en anden kandidat"
    r"(?:gå|går|gått|gaa)\s+vid(?:are|ere)\s+med\s+(?:en\s+|ei\s+)?(?:andra|annan|annen|andre"
    r"|anden)\s+(?:\w+\s+)?(?:kandidat\w*|sökande|søkere|ansøgere|profil\w*)",
    r"(?:valt|valgt|anställa|ansätta|ansette|ansætte)\s+(?:att\s+\w+\s+)?(?:en\s+)?(?:annan"
    r"|annen|anden|andra|andre)\s+(?:kandidat\w*|sökande|person)",
    # an agency's "de har valt en kandidat som har jobbat i deras affärssystem tidigare, så det
    # blir tyvärr inte du", a founder's "till slut landade vi i någon som har byggt upp ..."
    r"(?:valt|valgt)\s+en\s+kandidat\s+som\b|\bblir\s+(?:det\s+)?tyvärr\s+inte\s+du\b"
    r"|\blandade\s+vi\s+i\s+(?:någon|en\s+kandidat|en\s+person)\s+som\b",
    r"(?:inte|ikke)\s+(?:att\s+|å\s+|at\s+)?(?:kommer\s+att\s+|vil\s+)?(?:gå|går|gaa|gaar)\s+vid(?:are"
    r"|ere)\s+med\s+(?:dig|deg|din\s+ansökan|din\s+søknad|din\s+ansøgning|din\s+kandidatur"
    r"|dit\s+kandidatur|ditt\s+kandidatur)",
    r"(?:inte|ikke)\s+(?:blivit|blitt|blevet)\s+(?:utvald|utvalgt|udvalgt|vald|valgt)",
    # Polish: "kontynuować proces z innymi osobami", "wybraliśmy innego kandydata"
    r"(?:z|ze)\s+(?:innymi|innym|inną|pozostałymi)\s+(?:osobami|osobą|kandydat\w*)",
    r"(?:wybraliśmy|wybrano|zdecydowaliśmy\s+się\s+na)\s+(?:inn\w+|kogoś\s+innego)"
    # "tym razem nie zdecydowaliśmy się na kontynuowanie procesu z Pani kandydaturą"
    r"|nie\s+zdecydowaliśmy\s+się\s+na\s+kontynuowanie\s+procesu\s+z\s+(?:Pani|Pana|Twoją)\s+kandydaturą",
    r"nie\s+(?:będziemy\s+|możemy\s+)?(?:kontynuować|kontynuowała?|kontynuujemy)\s+"
    r"(?:współpracy|procesu|rozmów|(?:Pani|Pana|Twojej)\s+kandydatury)",
    r"nie\s+(?:została?\s+Pani|został\s+Pan|zostałaś|zostałeś|zostaje)\s+(?:\w+\s+)?"
    r"(?:wybran\w+|zakwalifikowan\w+)|nie\s+zakwalifikował\w*|nie\s+przeszł\w*\s+do\s+"
    r"(?:kolejnego|następnego)",
    # Czech and Slovak: "pokračovat s jiným kandidátem", "vybrali jsme jinou uchazečku",
    # "nepostoupil/a jste do dalšího kola", "pokračovať s iným uchádzačom"
    r"s\s+(?:jiným|jinou|jinými|iným|inou|inými)\s+(?:\w+\s+)?(?:kandidát\w*|uchazeč\w*"
    r"|uchádzač\w*)",
    r"(?:vybrali|zvolili)\s+(?:jsme|sme)\s+(?:si\s+)?(?:jiného|jinou|jiné|iného|inú|iné)",
    r"nepostoupil\w*|nepostúpil\w*|(?:nebudeme|nemůžeme|nebudeme\s+moci)\s+(?:s\s+Vámi\s+)?"
    r"(?:dále\s+)?pokračovat",
    # "rozhodli pokračovat s uchazeči, jejichž profil více odpovídá", "dát přednost jiným
    # uchazečům", "jste nebyla vybrána", "obsadit pozici ... interním kandidátem", "rozhodli
    # jít s někým, kdo má víc zkušeností"
    r"rozhodli\s+(?:\w+\s+){0,2}pokračovat\s+s\s+(?:uchazeči|uchazečkami|kandidáty),?\s+(?:jejichž|kteří)"
    r"|přednost\s+(?:jiným|jinému|jiné)\s+(?:uchazeč\w*|kandidát\w*)"
    r"|\bnebyl[ao]?\s+(?:jste\s+)?vybrán[ao]?\b|\bjste\s+nebyl[ao]?\s+vybrán[ao]?\b"
    r"|\binterním\s+(?:kandidátem|uchazečem|kolegou)|\bv\s+tomto\s+procesu\s+už\s+nepokračujeme"
    r"|rozhodli\s+(?:\w+\s+){0,2}(?:jít|pokračovat)\s+s\s+někým,?\s+(?:kdo|jiným)",
    # "rozhodli ... s Vámi dále nepokračovat" (decided not to go on with you)
    r"s\s+(?:Vámi|tebou)\s+(?:dále\s+|ďalej\s+)?(?:nepokračovat|nepokračovať)",
    # Finnish: "olemme valinneet toisen hakijan", "jatkamme prosessia muiden hakijoiden kanssa"
    r"(?:valinneet|valitsimme|päätyneet|päädyimme)\s+(?:\w+\s+){0,2}(?:toisen|toiseen|toista"
    r"|muita|muihin)\s+(?:hakija\w*|ehdokk\w*|kandidaat\w*)"
    r"|(?:toisen|muiden)\s+(?:hakija\w*|ehdokk\w*|kandidaat\w*)\s+kanssa"
    # ... "emmekä tällä kertaa voi tarjota sinulle jatkomahdollisuutta", a founder's
    # "päädyttiin lopulta ottamaan tiimiin henkilö, jolla on enemmän kokemusta"
    r"|emme(?:kä)?\s+(?:tällä\s+kertaa\s+)?(?:voi|pysty)\s+tarjo(?:amaan|ta)\s+(?:sinulle|teille)"
    r"\s+jatko\w*"
    r"|päädy(?:ttiin|imme)\s+(?:\w+\s+){0,2}(?:ottamaan|valitsemaan|palkkaamaan)\s+(?:\w+\s+){0,3}?"
    r"(?:henkilö\w*|toisen|jonkun)"
    # ... and "Emme siis jatka kanssasi tässä haussa" (so we do not go on with you)
    r"|emme\s+(?:\w+\s+){0,2}jatka\s+(?:kanssasi|kanssanne)",
    # "the panel has offered the post to another candidate"; German "uns für Bewerberinnen
    # und Bewerber entschieden, deren Profil ... näher kommt"; Portuguese "seu perfil não
    # seguirá para as próximas etapas"; "not the news you were hoping for"; Korean "좋은
    # 소식을 전해 드리지 못하게", "탈락"
    r"(?:offered|given|awarded)\s+(?:the\s+)?(?:post|position|role|job)\s+to\s+(?:another|a\s+different"
    r"|an\s+internal|an\s+external|the\s+other|a)\s+(?:\w+\s+)?(?:candidate|applicant|person)",
    r"uns\s+für\s+(?:andere\s+)?Bewerber(?:innen)?(?:\s+und\s+Bewerber)?\s+(?:\w+\s+){0,2}entschieden"
    # "Wir haben uns letztlich für eine Kandidatin entschieden, die bereits ..."
    r"|uns\s+(?:\w+\s+){0,2}für\s+(?:eine[n]?\s+)?(?:andere[n]?\s+)?(?:Kandidat(?:in|en|innen)?|Bewerber(?:in)?"
    r"|Person)\s+entschieden"
    r"|deren\s+Profil\s+(?:\w+\s+){0,5}(?:näher\s+kommt|besser\s+(?:passt|entspricht))"
    r"|deren\s+Profil\s+(?:[\w-]+\s+){0,10}?(?:näher|besser)\s+(?:an|zu)\b",
    # "decided to continue the process for the X role with candidates whose experience maps
    # more closely": someone else, never said outright
    r"(?:continue|proceed|progress|move\s+forward|go\s+forward)\s+[^.!?\n]{0,80}?\bwith\s+"
    r"(?:other\s+|the\s+)?(?:candidates|applicants|people)\s+(?:whose|who|that)\b",
    r"(?:perfil|candidatura)\s+não\s+(?:seguirá|avançará|prosseguirá|continuará)"
    r"|não\s+(?:seguiremos|avançaremos|prosseguiremos)\s+com\s+(?:a\s+)?(?:sua|tua)"
    r"|não\s+(?:vamos|iremos|podemos|poderemos)\s+(?:seguir|avançar|prosseguir|continuar)\s+com\s+"
    r"(?:a\s+)?(?:sua|tua)\s+candidatura",
    # Romanian "poziția a fost ocupată", "nu a fost selectată pentru etapa următoare"
    r"pozi[țţt]ia\s+a\s+fost\s+ocupat[ăa]|postul\s+a\s+fost\s+ocupat"
    r"|nu\s+a(?:[iu]|ți)?\s+fost\s+selectat\w*",
    r"not\s+the\s+news\s+you\s+(?:were\s+)?(?:hoping|hoped|expected|wanted)"
    r"|não\s+é\s+a\s+notícia\s+que\s+(?:você\s+)?esperava|no\s+es\s+la\s+noticia\s+que\s+esperabas",
    r"좋은\s*소식을\s*전해\s*드리지\s*못|선발되지\s*않|합격하지\s*못|탈락",
    # Polish "nie możemy zaproponować Panu dalszego udziału", Spanish "no continuaremos con tu
    # proceso", Turkish "başka bir adayla ilerlemeye karar verdik", "olumsuz sonuçlandı",
    # Korean "함께하지 못하게 되었습니다", "불합격", Afrikaans "met 'n ander kandidaat"
    r"nie\s+możemy\s+zaproponować\s+(?:\S+\s+){0,2}dalsz\w+\s+(?:udział\w*|etap\w*|współprac\w*)",
    r"nie\s+przechodzi(?:sz|\s+Pan|\s+Pani)?\s+do\s+(?:kolejnego|następnego|dalszego)"
    r"|zdecydowaliśmy\s+się\s+na\s+(?:\w+\s+)?(?:kandydat\w*|osob\w*)\s*,?\s+(?:których|które|którzy|która)",
    # Azerbaijani: "namizədliyinizlə bağlı prosesi davam etdirmirik", "sənin namizədliyinlə davam
    # etməyəcəklər", "... olan namizədi seçdik" (we chose a candidate who ...), "irəli çəkməyi
    # qərara alıblar" (they decided to promote someone)
    r"namizədliyiniz\w*\s+(?:\S+\s+){0,3}?davam\s+(?:etdirmirik|etməyəcə\w+)"
    r"|namizədliyin\w*\s+davam\s+etməyəcə\w+|namizədi\s+seçdik|irəli\s+çəkməyi\s+qərara\s+al\w*",
    # Uzbek "sizning nomzodingiz keyingi bosqichga oʻtkazilmadi" (not moved to the next stage),
    # an agency's "arizangizni davom ettirishmaydi" (they will not take your application on)
    r"nomzodingiz\s+(?:\S+\s+){0,2}?oʻtkazilmadi|arizangizni\s+davom\s+ettirishmaydi",
    r"no\s+(?:continuaremos|seguiremos|avanzaremos)\s+con\s+(?:tu|su)\s+(?:proceso|candidatura"
    r"|postulación|perfil)",
    # "hemos decidido no continuar con su postulación", "la vacante ya fue cubierta"
    r"(?:decidido|decidimos)\s+no\s+(?:continuar|seguir|avanzar)\s+con\s+(?:tu|su|la\s+tuya|la\s+suya)"
    r"(?:\s+(?:proceso|candidatura|postulación|perfil|aplicación))?"
    # "nos hemos decantado por una persona que ya conoce la campaña"; "la coordinación ... se la
    # vamos a dar a Maite"
    r"|(?:nos\s+hemos|nos\s+hemos\s+finalmente|finalmente\s+nos\s+hemos)\s+decantado\s+por\s+"
    r"(?:otra|otro|una\s+persona|un\s+perfil|alguien)"
    r"|\bse\s+(?:la|lo)\s+(?:vamos\s+a\s+dar|hemos\s+dado|damos)\s+a\s+(?-i:[A-Z])"
    r"|(?:vacante|posición|puesto)\s+(?:ya\s+)?(?:fue|ha\s+sido|está)\s+(?:cubiert[oa]|ocupad[oa])"
    # Chile: "decidió quedarse con un candidato interno", "al final nos fuimos con otra persona",
    # a public service's "usted no fue incluida en la terna propuesta a la autoridad"
    r"|(?:decidió|decidieron|decidimos|optó|optaron|optamos)\s+(?:por\s+)?quedar(?:se|nos)\s+con\s+"
    r"(?:un|una|otr[oa])\s+(?:\w+\s+)?(?:candidat[oa]|persona|postulante|perfil)"
    r"|\bnos\s+(?:fuimos|quedamos|vamos|iremos)\s+con\s+otr[oa]\s+(?:persona|candidat[oa]|postulante"
    r"|perfil)"
    r"|\bno\s+(?:fue|ha\s+sido)\s+incluid[oa](?:/a)?\s+en\s+la\s+(?:terna|quina|nómina)",
    # Polish: "kandydatura nie została zakwalifikowana do kolejnego etapu", "stanowisko zostało
    # obsadzone", "zdecydowaliśmy się kontynuować proces z osobą", "postawiliśmy na osobę"
    # an Australian public service merit pool: "assessed as suitable, you have not been
    # recommended for immediate engagement"
    r"not\s+been\s+recommended\s+for\s+(?:immediate\s+)?(?:engagement|appointment|the\s+(?:role"
    r"|position))",
    r"kandydatura\s+nie\s+została\s+(?:zakwalifikowana|wybrana|przyjęta)"
    r"|stanowisko\s+(?:zostało|jest\s+już)\s+obsadzone"
    r"|(?:zdecydowaliśmy\s+się\s+)?kontynuować\s+(?:proces|rekrutację)\s+z\s+(?:\w+\s+)?(?:osobą|kandydat\w*)"
    r"|postawiliśmy\s+na\s+(?:\w+\s+)?(?:osobę|kandydat\w*)",
    r"(?:başka|diğer)\s+(?:bir\s+)?aday(?:la|larla|ımızla|lardan)?\s+(?:\w+\s+)?(?:ilerle\w*|devam"
    r"\s+etme\w*)|olumsuz\s+(?:sonuçlan\w*|dönüş\w*|yanıt\w*|değerlendir\w*|olduğunu)"
    # "profili daha yakın eşleşen adaylarla ilerleme kararı aldık" (to go on with others)
    r"|aday(?:la|larla)\s+ilerleme\s+kararı\s+al\w*"
    # SuccessFactors in Turkish: "bu pozisyon için sizinle ilerleyemeyeceğimizi bildirmek isteriz"
    r"|\b(?:sizinle|seninle)\s+ilerleyemeyece\w*"
    # a founder's "ilk veri işe alımımızı backend tarafı daha güçlü bir arkadaşla yapmaya karar
    # verdik"
    r"|\bbir\s+(?:arkadaşla|adayla|isimle)\s+(?:\w+\s+){0,2}(?:yapmaya|ilerlemeye|devam\s+etmeye)\s+"
    r"karar\s+verdik"
    r"|(?:uygun\s+(?:bulun|görül)(?:madı|medi|mamış|memiş)\w*|olumlu\s+(?:bir\s+)?(?:sonuç|dönüş)\s+(?:veremi|sağlayama)\w*)",
    # (and a board relaying "이번 채용에서는 함께하기 어렵다는 결과": hard to go on together)
    # ("... 경험을 가진 분과 함께하기로 했습니다": to go on with someone else; a post "내부 충원으로
    # ... 마감": filled from inside)
    r"함께하지\s*못하|모시지\s*못하|불합격|다른\s*지원자|함께하기\s*어렵|분과\s*함께하기로|내부\s*충원",
    r"met\s+'?n\s+ander\s+(?:kandidaat|aansoeker)|(?:nie|onsuksesvol)\s+(?:suksesvol\s+)?(?:was\s+)?"
    r"nie\b|onsuksesvol",
    # Polish "tym razem nie zaprosimy Pani/Pana do kolejnego etapu", Argentine Spanish "no
    # vamos a avanzar con tu postulación", Finnish "emme tällä kertaa voi jatkaa kanssasi",
    # Italian "il Suo profilo non è stato selezionato", Hebrew "החלטנו להתקדם עם מועמד/ת
    # אחר/ת", "לא נוכל להתקדם", Vietnamese "chưa phù hợp" (not a fit this time)
    r"nie\s+(?:zaprosimy|zaprosi\w*|będziemy\s+kontynuować)\s+(?:\S+\s+){0,3}(?:do|na|z)\s+"
    r"(?:kolejn\w+|następn\w+|dalsz\w+|Pani|Pana|Tob\w+)",
    r"no\s+(?:vamos\s+a|podemos|podremos)\s+(?:avanzar|continuar|seguir)\s+(?:adelante\s+)?con\s+"
    r"(?:(?:tu|su)\s+(?:postulación|candidatura|proceso|perfil)|la\s+(?:tuya|suya))",
    r"emme\s+(?:\S+\s+){0,3}(?:voi|pysty)\s+(?:\S+\s+){0,2}jatka\w*|valinta\s+ei\s+kohdistunut"
    r"|olemme\s+päätyneet\s+(?:toiseen|muihin)",
    r"non\s+(?:è|e')\s+stat[oa]\s+selezionat[oa]|non\s+(?:potremo|possiamo)\s+(?:proseguire|procedere)"
    r"|abbiamo\s+(?:deciso\s+di\s+)?(?:scelto|selezionato)\s+(?:un|un'|altr)\w*\s+(?:candidat|profil)",
    r"(?:להתקדם|להמשיך)\s+עם\s+(?:מועמד|מועמדת|מועמדים)\s+(?:\S+\s+)?(?:אחר|אחרת|אחרים)"
    r"|לא\s+(?:נוכל\s+(?:להתקדם|להמשיך)|נמשיך|נתקדם)"
    # "הוחלט שלא להמשיך איתך בתהליך" (it was decided not to go on with you), "החלטנו שלא
    # להתקדם" (we decided not to move ahead), "המשרה אוישה" (the post is filled)
    r"|(?:הוחלט|החלטנו|החלטתי)\s+(?:\S+\s+)?(?:שלא|לא)\s+(?:להמשיך|להתקדם)|המשרה\s+אוישה",
    r"chưa\s+(?:thực\s+sự\s+)?phù\s+hợp|không\s+(?:được\s+)?(?:chọn|lựa\s+chọn)",
    # Vietnamese "vị trí này đã tuyển được ứng viên phù hợp" (the post found its candidate)
    r"đã\s+(?:tuyển|tìm|chọn)\s+(?:được\s+)?(?:ứng\s+viên|người)\s+(?:khác\s+|phù\s+hợp)",
    # a job board's status line: "has updated your application status ... to: Not selected"
    r"application\s+status\s+(?:\S+\s+){0,8}?to:?\s+(?:not\s+selected|rejected|unsuccessful"
    r"|not\s+shortlisted|declined)\b",
    # Indonesian "belum dapat melanjutkan ke tahap berikutnya", "memutuskan untuk tidak
    # melanjutkan", "tidak lolos"; Malay "permohonan anda tidak berjaya", "tidak dapat
    # meneruskan"; Spanish "no seguiremos adelante con"; Dutch "met een andere kandidaat
    # verder"; German "keine Zusage"; Swahili "hatukuweza kuendelea"; Japanese "ご期待に添えない"
    r"belum\s+(?:dapat|bisa)\s+(?:melanjutkan|lanjut)|(?:memutuskan|putuskan)\s+untuk\s+tidak\s+"
    r"(?:melanjutkan|meneruskan)|tidak\s+(?:lolos|berjaya|terpilih)|belum\s+(?:lolos|berhasil)",
    r"tidak\s+dapat\s+(?:melanjutkan|meneruskan)\s+(?:lamaran|permohonan|proses)",
    r"no\s+(?:seguiremos|continuaremos|avanzaremos)\s+adelante\s+con\s+(?:tu|su)",
    r"met\s+(?:een\s+)?andere?\s+kandida(?:at|ten)\s+(?:\w+\s+){0,2}(?:verder|door)",
    # (not "Das ist noch keine Zusage": not yet an offer, no rejection)
    r"(?<!noch\s)(?:keine|leider\s+keine)\s+(?:positive\s+)?Zusage|(?:nicht|keine)\s+(?:weiter\s+)?berücksichtig\w*"
    # "Leider sind Sie nach eingehender Prüfung nicht in die engere Auswahl gekommen, und wir
    # werden das Verfahren ohne Sie fortsetzen"
    r"|nicht\s+in\s+die\s+engere\s+Auswahl\s+(?:gekommen|genommen|einbezogen|aufgenommen)"
    r"|(?:Verfahren|Prozess|Auswahlverfahren)\s+ohne\s+(?:Sie|dich)\s+fort",
    r"hatukuweza\s+kuendelea|hatutaweza\s+kuendelea|hukufanikiwa",
    r"期待に(?:添え|沿え)(?:ない|かね)|見送らせて|不採用",
    # "本ポジションは社内異動により充足いたしました" (the position has been filled)
    r"(?:ポジション|求人|募集)[^。\n]{0,30}充足(?:いたしました|しました|致しました)",
    # "optamos por seguir com outro(a) candidato(a)"; "decided not to take your application
    # further"; "your application did not go through"; Swahili "hayakufanikiwa"
    r"(?:optamos|decidimos|escolhemos)\s+(?:por\s+)?(?:seguir|avançar|prosseguir|continuar)\s+com\s+"
    r"outr[oa]s?(?:\([ao]s?\))?\s+(?:candidat|perfi|profissiona)"
    # Kenoby's "optamos por seguir com candidatos cuja experiência está mais aderente"
    r"|(?:optamos|decidimos|escolhemos)\s+(?:por\s+)?(?:seguir|avançar|prosseguir|continuar)\s+com\s+"
    r"(?:candidat[oa]s|perfis|profissionais|pessoas)\s+(?:cuj[oa]s?|que|com)\b",
    r"not\s+to\s+(?:take|progress|carry)\s+your\s+application\s+(?:any\s+)?further",
    r"(?:application|candidacy)\s+(?:did\s+not|didn't|has\s+not|hasn't)\s+(?:go\s+through|succeed"
    r"|progress|been\s+successful)",
    r"hayakufanikiwa|hayajafanikiwa|haikufanikiwa",
    # Chinese, simplified and traditional: "很遗憾地通知您，您本次暂未通过", "暂不匹配，本次无法
    # 进入下一轮", "很遺憾這次未能錄取您"; Spanish "decidió continuar con otro(a) candidato(a)";
    # Thai "ไม่ผ่านการพิจารณา" (not passed), "ไม่สามารถพิจารณา"
    r"(?:暂未|未能|没有|沒有)(?:通过|通過|录取|錄取|进入下一轮|進入下一輪)|暂不匹配|暫不匹配"
    r"|无法进入下一轮|無法進入下一輪|很遗憾地通知|很遺憾地通知|不予录用|不予錄用",
    # "目前暫無適合您的職缺安排" (no post that suits you for now), as a bank's HR writes it
    r"(?:暂无|暫無|没有|沒有)(?:适合|適合)(?:您|你)的(?:职缺|職缺|职位|職位|岗位|崗位)",
    r"(?:decidió|decidimos|optamos\s+por|elegimos)\s+(?:continuar|seguir|avanzar)\s+con\s+"
    r"otr[oa]s?(?:\([ao]s?\))?\s+(?:candidat|perfil|postulante)",
    r"ไม่ผ่านการ(?:พิจารณา|คัดเลือก)|ไม่สามารถ(?:พิจารณา|รับ)|ยังไม่ตรงกับ|ไม่ได้รับการคัดเลือก",
    # Romanian "am decis să continuăm procesul cu un alt candidat", "să nu mergem mai departe
    # cu candidatura ta", "nu ați fost selectat"; Arabic "نأسف لإبلاغكم بأنه لم يتم اختياركم",
    # "قررنا المضي قدماً مع مرشح آخر"; Greek "προχωρήσαμε με άλλον υποψήφιο", "δεν
    # επιλεχθήκατε"; Hungarian "más jelölt mellett döntöttünk", "nem tudjuk továbbvinni"
    r"(?:continuăm|continuam|mergem\s+(?:mai\s+)?departe|merge\s+mai\s+departe)\s+(?:\w+\s+){0,4}cu\s+"
    r"(?:un\s+alt|o\s+altă|alți|alte|alt)\s+(?:candidat|candidați|candidată|profil)",
    r"nu\s+(?:mergem|continuăm|vom\s+continua|putem\s+continua|vom\s+merge)\s+(?:mai\s+departe\s+)?cu"
    r"\s+(?:candidatura|aplicarea|aplicația|dosarul)|nu\s+(?:ați|ai)\s+fost\s+(?:selectat|admis)",
    # "am decis să nu continuăm procesul de recrutare cu dumneavoastră", a headhunter's "au decis
    # să meargă mai departe cu un candidat intern ... nu mergem mai departe", a founder's "Până
    # la urmă am mers cu cineva care poate începe imediat"
    r"nu\s+continuăm\s+(?:\w+\s+){0,4}cu\s+(?:dumneavoastră|dumneavoastra|dvs\.?|tine)"
    r"|(?:meargă|mearga|merge|mergem)\s+mai\s+departe\s+cu\s+(?:un|o)\s+(?:alt\w*\s+)?candidat\w*"
    r"|proces\w*,?\s+nu\s+mergem\s+mai\s+departe|am\s+mers\s+(?:\w+\s+)?cu\s+(?:cineva|altcineva)"
    r"|am\s+ales\s+(?:pe\s+)?(?:altcineva|un\s+alt\s+candidat)",
    r"لم\s+يتم\s+(?:اختيارك|اختياركم|ترشيحك|ترشيحكم|قبولك|قبولكم)|نأسف\s+(?:لإبلاغك|لإبلاغكم|لإعلامك|لإعلامكم)"
    r"|(?:المضي|الاستمرار|التقدم)\s+(?:\S+\s+)?مع\s+(?:مرشح|مرشحة|مرشحين)\s+(?:آخر|أخرى|آخرين)",
    r"(?:με|σε)\s+(?:άλλον|άλλη|άλλους|άλλες|έναν\s+άλλο)\s+(?:\S+\s+)?υποψ[ηή]φ[ιί]|δεν\s+(?:έχετε\s+)?επιλεγ\w+"
    r"|δεν\s+επιλεχθήκατε",
    # "αποφασίσαμε να μην προχωρήσουμε με την υποψηφιότητά σας", "δεν συγκαταλέγεστε στους
    # επιλεγέντες υποψηφίους", "η υποψηφιότητά σας δεν θα προχωρήσει", a founder's "Τελικά
    # προχωρήσαμε με κάποιον που ..."
    r"να\s+μην\s+προχωρήσουμε\s+(?:\S+\s+){0,3}(?:υποψηφιότητ|αίτησ)\w*"
    r"|δεν\s+συγκαταλέγεστε\s+στους\s+(?:επιλεγέντες|επιτυχόντες)"
    r"|υποψηφιότητ[άα]\s+σ(?:ας|ου)\s+δεν\s+(?:θα\s+)?(?:προχωρ|προκρίν)\w*"
    r"|(?:τελικά\s+)?προχωρήσαμε\s+με\s+κάποι(?:ον|α)\b",
    r"más\s+(?:jelölt|pályázó)\w*\s+mellett\s+döntöttünk|nem\s+tudjuk\s+(?:továbbvinni|folytatni)"
    r"|nem\s+jutott\s+tovább"
    # "a kiválasztási folyamatot olyan jelöltekkel folytatjuk, akiknek ...", an agency's "egy
    # belső jelöltet választottak, így a folyamatot veled nem viszik tovább", "így sajnos nem
    # tudunk továbblépni veled"
    r"|jelöltekkel\s+folytatjuk|belső\s+jelöltet\s+választ\w*"
    r"|(?:veled|Önnel)\s+nem\s+(?:visszük|viszik|folytatjuk)|nem\s+tudunk\s+továbblépni\s+(?:veled|Önnel)",
    # Dutch "we hebben besloten om niet met jou verder te gaan"
    r"besloten\s+(?:om\s+)?niet\s+(?:met\s+(?:jou|je|u)\s+)?verder\s+te\s+gaan",
    # Flemish: "u niet geslaagd bent voor deze selectieprocedure", "niet opgenomen in de
    # wervingsreserve", "ik ga voor deze rol met iemand anders verder"
    r"niet\s+geslaagd\s+(?:bent|is|zijn)\s+voor\s+(?:deze|de)\s+(?:selectie\w*|proef|procedure)"
    r"|niet\s+opgenomen\s+in\s+de\s+wervingsreserve|met\s+iemand\s+anders\s+verder\b",
    # "het is helaas niet jouw naam geworden. De keuze is gevallen op een kandidaat met ..."
    # Catalan: "hem decidit tirar endavant amb una altra persona amb més experiència"
    r"(?:tirar\s+endavant|continuar|seguir)\s+amb\s+(?:una\s+altra\s+persona|un\s+altre\s+(?:candidat|perfil)"
    r"|altres\s+(?:candidat\w*|perfils|persones))",
    r"niet\s+(?:jouw|je|uw)\s+naam\s+geworden|(?:keuze|voorkeur)\s+is\s+(?:uiteindelijk\s+)?gevallen\s+op"
    r"\s+(?:een\s+)?(?:andere\s+)?(?:kandida\w+|sollicitant\w*)",
    # Dutch "gaan we niet met je verder", "de vacature is inmiddels vervuld"
    r"niet\s+met\s+(?:jou|je|u)\s+verder\b",
    r"(?:vacature|functie|positie)\s+(?:\S+\s+){0,4}?(?:is|werd)\s+(?:inmiddels\s+|al\s+)?"
    r"(?:vervuld|ingevuld|gesloten)",
    # Italian "il suo profilo non è stato ritenuto in linea", "la posizione ... è stata
    # chiusa", "abbiamo scelto di non proseguire con la tua"
    r"non\s+(?:è|e')\s+stat[oa]\s+ritenut[oa]\s+in\s+linea",
    r"(?:posizione|ricerca)\s+(?:\S+\s+){0,6}?(?:è|e')\s+stata\s+(?:chiusa|coperta|annullata)",
    r"(?:scelto|deciso)\s+di\s+non\s+(?:proseguire|procedere|continuare)",
    # an agency's "per questa missione non andremo avanti con la Sua candidatura", "il cliente
    # ha preferito una candidata che ...", a foundation's "abbiamo ritenuto di affidare
    # l'incarico a una professionista che ..."
    r"non\s+(?:andremo|andiamo|possiamo\s+andare|potremo\s+andare)\s+avanti\s+con\s+(?:la\s+)?"
    r"(?:Sua|tua|vostra)\s+candidatura",
    r"(?:ha|abbiamo|hanno)\s+preferito\s+(?:un['’]\s*|una\s+|un\s+)?(?:altr[oa]\s+)?(?:candidat[oa]"
    r"|profilo|professionista)\b",
    r"(?:ritenuto|deciso|scelto)\s+di\s+affidare\s+l['’]\s*incarico\s+a\s+(?:un|una|un['’]|altr)",
    # Portuguese "optámos por uma pessoa com mais experiência", "a posição foi entretanto
    # preenchida", "decidimos não avançar"; Spanish "decidimos no avanzar"
    r"opt[aá]mos\s+por\s+(?:uma\s+pessoa|um\s+perfil|alguém|outr[oa]s?\s)",
    r"(?:posição|vaga|função)\s+(?:\S+\s+){0,6}?foi\s+(?:entretanto\s+|já\s+)?(?:preenchida"
    r"|ocupada|fechada|encerrada)",
    r"decidimos\s+(?:não|no)\s+(?:avançar|prosseguir|continuar|seguir|avanzar)",
    # "... has now concluded and another candidate was selected"
    r"(?:another|a\s+different|other)\s+(?:candidate|applicant)s?\s+(?:was|were|has\s+been"
    r"|have\s+been)\s+(?:selected|chosen|appointed|hired|offered)",
    # a public body: "the selection committee has since made an appointment"
    r"(?:committee|panel|board)\s+(?:has|have)\s+(?:since\s+|now\s+)?made\s+an\s+appointment",
    # "we won't be taking yours further this time"
    r"(?:won't|will\s+not|not)\s+be\s+taking\s+(?:yours|your\s+application|it)\s+(?:any\s+)?further",
    # Swedish, Norwegian and Danish: "tjänsten ... är nu tillsatt", "stillingen er besatt"
    r"(?:tjänsten|stillingen|rollen|tjenesten)\s+(?:\S+\s+){0,6}?(?:är|er)\s+(?:nu\s+|nå\s+)?"
    r"(?:tillsatt|besat|besatt|besett)",
    # "the panel has decided to offer the fellowship to another candidate"
    r"offer\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,3}to\s+(?:another|a\s+different|an\s+other)\s+"
    r"(?:candidate|applicant|person)",
    # USAJOBS' notice of results: "you were found eligible ...; however, you were not referred
    # to the hiring manager for further consideration"
    r"\b(?:were|was)\s+not\s+referred\b|\b(?:have|has)\s+not\s+been\s+referred\b",
    # Dutch: "dat je niet wordt uitgenodigd voor een gesprek", a recruiter's "ga ... toch voor
    # iemand die al jaren met SAP TM werkt"
    r"niet\s+(?:wordt|bent|zal\s+worden)\s+uitgenodigd\s+voor\s+(?:een|het)\s+(?:\w+\s+)?gesprek"
    r"|\btoch\s+voor\s+iemand\s+(?:die|anders)\b",
    # "optámos por não a chamar para entrevista"
    r"opt(?:á|a)mos\s+por\s+não\s+(?:[ao]\s+|te\s+|lhe\s+)?(?:chamar|convidar|avançar|seguir)",
    # Croatian: "nismo u mogućnosti nastaviti selekcijski postupak s Vama", an agency's "klijent
    # se odlučio za kandidata s više iskustva ... s Vama neće nastaviti postupak"
    r"nismo\s+u\s+mogućnosti\s+(?:\w+\s+){0,2}nastaviti|(?:neće|nećemo|nećete)\s+nastaviti\s+"
    r"(?:\w+\s+){0,2}(?:postupak|proces|selekcij\w*)|s\s+Vama\s+neće\s+nastaviti"
    r"|odlučil[aio]?\s+(?:smo\s+)?(?:se\s+)?za\s+(?:drugog\s+|drugu\s+|jednog\s+)?kandidat\w*"
    r"|odabral[aio]?\s+(?:smo\s+)?(?:drugog|drugu|drugi)\s+kandidat\w*|niste\s+(?:odabran|izabran)\w*",
    # Serbian: "odlučili smo da u ovom trenutku ne nastavimo proces selekcije sa Vama",
    # "odlučili smo da nastavimo proces sa drugim kandidatima", an agency's "odlučili su se za
    # internog kandidata, tako da ... ne idemo dalje"
    r"ne\s+nastavimo\s+(?:\w+\s+){0,3}sa\s+(?:Vama|tobom)|nastavimo\s+(?:\w+\s+){0,2}sa\s+drugim\s+"
    r"kandidat\w*|odlučil[aio]?\s+su\s+se\s+za\s+(?:\w+\s+)?kandidat\w*|\bne\s+idemo\s+dalje",
    # Latvian: "esam izvēlējušies citu kandidātu", "izvēlējāmies cilvēku, kuram ir vairāk
    # pieredzes", an agency's "nolēmuši turpināt ar iekšējo kandidātu ... tālāk nevirzīsimies"
    r"izvēl\w*\s+(?:citu\s+)?(?:kandidāt\w*|cilvēk\w*)|nolēm\w*\s+turpināt\s+ar\s+(?:\w+\s+)?kandidāt\w*"
    r"|tālāk\s+nevirzīsimies|nevirzīsimies\s+tālāk",
    # Slovene: "smo se odločili, da bomo postopek nadaljevali z drugimi kandidati", an agency's
    # "so se odločili za kandidata z več izkušnjami ... v tem postopku ne boste nadaljevali"
    r"nadaljevali\s+z\s+drugimi\s+kandidat\w*|(?:ne\s+boste|ne\s+bomo)\s+nadaljevali"
    r"|odločili\s+za\s+(?:\w+\s+)?kandidat\w*",
    # Lithuanian: "nusprendė tęsti atranką su kitu kandidatu", "Jūsų kandidatūros toliau
    # nesvarstysime", "nusprendėme pasiūlyti šias pareigas kandidatui, turinčiam ...", a
    # founder's "nusprendėm eiti su kandidatu"
    r"nusprend\w*\s+(?:tęsti\s+(?:atranką\s+)?|eiti\s+)su\s+(?:kitu\s+|kitais\s+)?kandidat\w*"
    r"|(?:toliau\s+)?nesvarstysime|nusprend\w*\s+pasiūlyti\s+(?:šias\s+pareigas|šią\s+poziciją|darbą)\s+"
    r"(?:kitam\s+)?kandidat\w*|negalime\s+(?:Jums\s+|tau\s+)?pasiūlyti",
    # Bulgarian: "не можем да продължим с Вашата кандидатура", an agency's "клиентът избра
    # кандидат с по-дълъг опит и няма да продължи с Вашата кандидатура", "решихме да
    # продължим с колега, който ..."
    r"(?:не\s+можем|няма)\s+да\s+продълж\w*\s+(?:\S+\s+){0,2}с\s+(?:Вашата|твоята|Вас|теб)\b"
    r"|избра(?:ха|хме)?\s+(?:друг\s+)?кандидат|решихме\s+да\s+продължим\s+с\s+(?:друг\w*|колега"
    r"|кандидат\w*)|не\s+сте\s+(?:одобрен|избран)\w*",
    # Ukrainian: "не готові запропонувати Вам цю посаду", robota.ua's "компанія вирішила не
    # продовжувати розгляд вашої кандидатури", a founder's "зупинилися на кандидатці, яка ...";
    # Estonian: "ei saa me Teie kandidatuuri seekord edasi viia", "valisime kandidaadi, kelle
    # ...", "otsustasid ... võtta sisekandidaadi", "otsustasime lõpuks minna edasi inimesega"
    r"не\s+готові\s+запропонувати\s+(?:Вам|тобі)|вирішил\w*\s+не\s+продовжувати\s+(?:розгляд|співпрацю)"
    r"|зупинилися\s+на\s+(?:іншому\s+|іншій\s+)?кандидат\w*|обрали\s+(?:іншого\s+|іншу\s+)?кандидат\w*",
    r"kandidatuuri\s+(?:seekord\s+)?edasi\s+viia|valisime\s+(?:välja\s+)?(?:teise\s+)?kandidaadi"
    r"|võtta\s+sisekandidaadi|minna\s+edasi\s+(?:teise\s+)?(?:inimesega|kandidaadiga)"
    r"|(?:me\s+)?kahjuks\s+edasi\s+ei\s+lähe"
    # ... an agency's "nad valisid hankeanalüütiku kohale kandidaadi, kellel on ... ja Teie
    # kandidatuuriga nad edasi ei liigu", CV.ee's relayed "otsustanud jätkata nendega, kelle
    # kogemus vastab paremini"
    r"|valis(?:id|ime|is)\s+(?:\w+\s+){0,3}?kandidaadi,?\s+kell\w*"
    r"|kandidatuuriga\s+(?:\w+\s+){0,2}edasi\s+ei\s+(?:liigu|lähe)"
    r"|otsusta\w*\s+jätkata\s+(?:nendega|teiste\s+kandidaatidega|kandidaatidega),?\s+kelle",
    # Russian: "к сожалению, мы не можем предложить Вам эту должность", "мы выбрали другого
    # кандидата", "решили продолжить с другим кандидатом", "Ваша кандидатура не прошла",
    # "мы не готовы сделать Вам предложение"
    r"(?<!\w)(?:не\s+можем|не\s+сможем|не\s+готовы)\s+(?:\S+\s+){0,2}?(?:предложить|сделать)\s+"
    r"(?:Вам|тебе)\s+(?:\S+\s+)?(?:должность|позицию|работу|место|предложение|оффер)"
    r"|(?<!\w)(?:выбрали|остановились\s+на|отдали\s+предпочтение)\s+(?:\S+\s+){0,2}?"
    r"(?:друго\w+|ино\w+)\s+кандидат\w*"
    r"|(?<!\w)решили\s+(?:\S+\s+){0,2}?продолжить\s+(?:\S+\s+){0,2}?с\s+(?:друг|ины)\w+\s+кандидат\w*"
    r"|(?<!\w)(?:Ваша|твоя)\s+кандидатура\s+не\s+(?:прошла|подошла|была\s+выбрана)"
    r"|(?<!\w)не\s+(?:будем|сможем)\s+(?:\S+\s+)?продолж\w+\s+(?:\S+\s+){0,2}?с\s+(?:Вами|тобой)"
    # "дальше по этой вакансии мы с вами не продолжаем", an agency's "по ним мы дальше не
    # идём", "решили закрыть позицию ... внутренним кандидатом", "предложили позицию ... коллеге"
    r"|(?<!\w)мы\s+с\s+(?:Вами|вами|тобой)\s+не\s+продолжаем|(?<!\w)мы\s+дальше\s+не\s+идём"
    r"|(?<!\w)закрыть\s+(?:\S+\s+){0,6}?внутренним\s+кандидатом"
    r"|(?<!\w)предложили\s+(?:позицию|должность|вакансию)\s+(?:\S+\s+){0,6}?(?:коллеге"
    r"|другому\s+кандидату|кандидату)",
    # Slovak: "sme sa rozhodli pokračovať s uchádzačmi, ktorých ...", "rozhodli obsadiť miesto
    # interným kandidátom", "v tomto procese už pokračovať nebudeme", a founder's "sme sa
    # rozhodli pre človeka, ktorý ..."
    r"rozhodli\s+pokračovať\s+s\s+(?:inými\s+|iným\s+)?(?:uchádzač\w*|kandidát\w*)"
    r"|rozhodli\s+obsadiť\s+(?:miesto|pozíciu)\s+(?:\w+\s+)?(?:kandidát\w*|uchádzač\w*|kolegom)"
    r"|(?:už\s+)?pokračovať\s+nebudeme|rozhodli\s+pre\s+(?:iného\s+|inú\s+)?(?:človeka|uchádzač\w*"
    r"|kandidát\w*)",
    # Indonesian: "memutuskan untuk melanjutkan dengan kandidat lain", "proses Kakak di sana
    # tidak berlanjut", "dengan berat hati kami sampaikan"
    r"melanjutkan\s+(?:proses\s+)?dengan\s+kandidat\s+(?:lain|internal)"
    r"|proses\s+(?:\w+\s+){0,3}tidak\s+(?:berlanjut|dilanjutkan)|dengan\s+berat\s+hati\s+kami",
)
# "Unfortunately" alone is also how people say they are travelling: it counts only
# next to words about the application.
WEAK_REJECTION = Phrases(
    r"\b(?:unfortunately|we\s+are\s+sorry|we're\s+sorry|i'm\s+sorry\s+to(?!\s+hear)|sadly|leider"
    r"|malheureusement|lamentablemente|purtroppo|helaas|tyvärr|dessverre|desværre|niestety"
    r"|bohužel|bohužiaľ|valitettavasti|maalesef|ne\s+yazık\s+ki|ongelukkig|아쉽게도|안타깝게도)\b"
    r"[^.!?\n]{0,200}?\b(?:candida\w*|application|position|role|decid\w*|decision|forward"
    r"|offer|selected|consider\w*|someone\s+else|go\s+with|proceed\w*|bewerb\w*|stelle"
    r"|candidature|poste|puesto|posizione|sollicitatie|candidatura|kandidat\w*|ansökan|tjänst\w*"
    r"|søknad\w*|ansøgning\w*|stilling\w*|vidare|videre|stanowisk\w*|aplikacj\w*|rekrutacj\w*"
    r"|oferty|pozic\w*|kandidát\w*|uchazeč\w*|výběr\w*|hakemu\w*|hakij\w*|tehtäv\w*|valin\w*"
    r"|başvuru\w*|aday\w*|pozisyon\w*|aansoek\w*|kandidaat\w*|pos\b|지원\w*|채용\w*|합격\w*)",
    re.IGNORECASE,
)
OFFER = phrases(
    # Hebrew "אנו שמחים להציע לך את משרת ..." (we are glad to offer you the post of),
    # "הצעת עבודה" (a job offer)
    r"(?:שמחים|שמחה|שמח)\s+להציע\s+לך|הצעת\s+(?:עבודה|העסקה)",
    # Czech "posíláme nabídku na pozici", "Nabídka pracovní pozice"
    r"(?:posíláme|zasíláme|posílám)\s+(?:Vám\s+|ti\s+)?nabídku|nabídka\s+pracovní\s+pozice"
    # "Rádi bychom Vám nabídli pozici Financial Controller"
    r"|(?:rádi|rády|rád|ráda|chtěli|chtěla|chtěl)\s+bych(?:om)?\s+(?:Vám|vám|ti)\s+nabídnout\s+(?:pozici|místo)"
    r"|(?:rádi|rády|rád|ráda|chtěli)\s+bych(?:om)?\s+(?:Vám|vám|ti)\s+nabídli\s+(?:pozici|místo)",
    # Japanese "内定のご連絡をいたします" (we notify you of our offer), "内定通知"
    r"内定の(?:ご連絡|お知らせ)|内定通知|内定をお(?:伝え|知らせ)",
    # "we'd love to have you as Loppan's first data engineer! Here's our offer:"
    r"\bhere(?:'s|\s+is)\s+(?:our|the|my)\s+offer\b",
    r"(?:we'd|we\s+would|i'd|i\s+would)\s+love\s+to\s+have\s+you\s+(?:join|run|lead|on\s+board"
    r"|come\s+on|start|as\s+our)",
    r"we\s+can\s+(?:do|offer)\s+(?:you\s+)?[$£€]\s?\d",
    r"foi\s+aprovad[oa](?:\(a\))?\s+(?:\w+\s+){0,2}processo\s+seletivo|(?:segue|seguem)\s+(?:a\s+)?"
    r"(?:nossa\s+)?proposta"
    # Dutch: "bieden je graag de functie van Demand Planner aan", "of je ons aanbod aanneemt"
    r"|bieden\s+(?:je|u)\s+(?:graag\s+)?de\s+functie|ons\s+aanbod\s+aan(?:neemt|neem)"
    # "queremos que te unas a Terrat como Operations Analyst. Te resumo la oferta:"
    r"|queremos\s+que\s+te\s+unas\s+a|te\s+resumo\s+la\s+oferta"
    # "a gente queria muito você no time ... Então aqui vai a nossa proposta:"
    r"|aqui\s+(?:vai|está)\s+(?:a\s+)?nossa\s+proposta|queria(?:mos)?\s+muito\s+(?:você|vc|te\s+ter)"
    r"\s+no\s+(?:time|nosso\s+time|squad)"
    # European Portuguese: "queremos mesmo contar consigo na Solarengo. A proposta é esta:"
    r"|(?:queremos|gostaríamos\s+de)\s+(?:mesmo\s+|muito\s+)?contar\s+(?:consigo|contigo|com\s+você)"
    r"|\ba\s+(?:nossa\s+)?proposta\s+é\s+(?:esta|a\s+seguinte)"
    # "queremos muito que venhas trabalhar connosco. Fica aqui a nossa proposta:", "a Direção
    # aprovou esta manhã a sua contratação", "As condições que propomos são:"
    r"|(?:queremos|gostávamos|gostaríamos)\s+(?:muito\s+|mesmo\s+)?que\s+(?:venhas|venha)\s+trabalhar"
    r"|fica\s+aqui\s+a\s+nossa\s+proposta|aprov\w+\s+(?:\w+\s+){0,3}a\s+(?:sua|tua)\s+contratação"
    r"|as\s+condições\s+que\s+(?:lhe\s+|te\s+)?propomos"
    # Italian: "ci piacerebbe averti nel team! Ecco la proposta:"
    r"|(?:ci\s+piacerebbe|vorremmo)\s+averti\s+(?:nel\s+(?:nostro\s+)?team|con\s+noi|a\s+bordo)"
    r"|ecco\s+la\s+(?:nostra\s+)?proposta"
    # Flemish: "Hierbij ons aanbod voor de functie van ...", "we willen je heel graag aan boord
    # halen", an agency's "Zennevallei Huisvesting kiest voor jou!"
    r"|hierbij\s+(?:ons|mijn|het)\s+aanbod|ons\s+aanbod\s+voor\s+de\s+functie"
    # "Met genoegen bieden wij u de functie van Projectingenieur ... aan", "we willen je graag
    # aan boord als Analytics Engineer! Ons aanbod:"
    r"|bieden\s+(?:wij|we)\s+(?:u|je|jou)\s+(?:graag\s+)?de\s+functie|^\s*ons\s+aanbod\s*:"
    r"|willen\s+(?:je|jou|u)\s+(?:heel\s+)?graag\s+aan\s+boord\s+als\b"
    r"|(?:je|jou|u)\s+(?:\w+\s+){0,2}aan\s+boord\s+(?:te\s+)?halen|kiest\s+voor\s+(?:jou|u)\b"
    # "we willen je heel graag aanbieden om bij ons te komen werken als ...", an agency's
    # "Zeeheldenhof heeft voor jou gekozen! ... willen je graag plaatsen als ..."
    r"|(?:willen|wil)\s+(?:je|jou|u)\s+(?:heel\s+)?(?:graag\s+)?aanbieden\s+om\b"
    r"|(?:willen|wil)\s+(?:we\s+|wij\s+)?(?:je|jou|u)\s+(?:heel\s+)?(?:graag\s+)?aanwerven\s+als\b"
    r"|heeft\s+voor\s+(?:jou|je|u)\s+gekozen|(?:willen|wil)\s+(?:je|jou|u)\s+(?:heel\s+)?(?:graag\s+)?"
    r"plaatsen\s+als\b",
    r"(?:is|are|'s|'re)\s+offering\s+you\s+(?:the|a|this)\s+(?:[\w()/-]+\s+){0,6}(?:position|role"
    r"|job)",
    r"if\s+you\s+want\s+(?:the\s+job|it)[,\s]+(?:it'?s|its|it\s+is)\s+yours",
    # an agency's recruiter passing it on: "they want to bring you on! ... Here's what
    # they're offering:"
    r"(?:they|we)\s+(?:want|would\s+like|'d\s+like)\s+to\s+bring\s+you\s+(?:on\s*board|onboard|on)\b"
    r"|here(?:'s|\s+is)\s+what\s+(?:they|we)(?:'re|\s+are)\s+offering\b",
    r"(?:we'd|we\s+would|i'd|i\s+would)\s+love\s+(?:for\s+)?you\s+to\s+(?:be\s+our|join\s+(?:us|our|the)"
    r"\s+(?:\w+\s+)?team\s+as)\b",
    # "we'd love for you to join Mon Analytics as a Data Scientist II"
    r"(?:we'd|we\s+would|I'd|I\s+would)\s+love\s+(?:for\s+)?you\s+to\s+join\s+(?:[\w&'.-]+\s+){1,4}as\s+(?:(?:an?|our)\s"
    r"|(?-i:[A-Z])\w+)",  # "... join Auchenvorie as Operations Planning Manager"
    r"(?:farle|farti|fare|presentarle|presentarti|inviarle)\s+una\s+(?:\w+\s+)?proposta"
    r"|proposta\s+(?:di\s+assunzione|contrattuale|economica)",
    # "temos o prazer de te fazer uma proposta para ser Product Manager"
    r"(?:te|lhe|vos)\s+fazer\s+uma\s+proposta|fazer\s+uma\s+proposta\s+(?:para|de)\s+(?:ser|trabalhar|você)",
    # "tengo el placer de comunicarle que ha sido seleccionada para el puesto de ...";
    # Catalan "ens complau oferir-te la posició"
    r"(?<!no\s)(?:has|ha)\s+sido\s+seleccionad[oa]\s+para\s+(?:el|la|ocupar)\s+(?:\w+\s+)?(?:puesto"
    r"|posición|plaza|vacante|cargo)|propuesta\s+de\s+incorporación"
    r"|(?:ens\s+complau|tenim\s+el\s+plaer\s+de)\s+(?:oferir|proposar)-(?:te|vos|li)"
    r"|(?<!no\s)(?:has|ha)\s+estat\s+seleccionad[ae]\s+per\s+(?:a\s+)?(?:la|el)\s+(?:posició|lloc|plaça)",
    r"(?:queremos|nos\s+gustaría|quisiéramos)\s+(?:hacerte|ofrecerte|hacerle|ofrecerle)"
    r"|(?:proposta|oferta)\s+(?:de\s+(?:emprego|trabalho|contratação)|formal)",
    r"(?:pleased|happy|delighted|excited|thrilled|glad)\s+to\s+(?:formally\s+)?"
    r"(?:offer|extend\s+(?:you\s+)?an\s+offer)",
    r"offer\s+letter",
    # German's separable "anbieten": "(wir) bieten Ihnen die Stelle als Konstrukteur ... an"
    r"(?<!nicht\s)(?:bieten|biete)\s+(?:Ihnen|dir)\s+(?:gern(?:e)?\s+)?(?:die|diese)\s+(?:Stelle|Position)"
    r"\s+(?:als|zum|zur)\b",
    r"extend(?:ing)?\s+(?:you\s+)?an\s+offer",
    # an agency passing it on: "Seawall Bay just sent over an offer for the interim ..."
    r"(?:sent|passed|put)\s+(?:over|through|across|in)\s+(?:an?\s+)?offer\s+(?:for|to)\s+(?:you|the)\b",
    r"mak(?:e|ing)\s+(?:you\s+)?an\s+offer",
    # (not a careers page's "Beware of fraudulent job offers")
    r"(?<!fraudulent\s)(?<!fake\s)(?:formal|job|verbal|written|official)\s+offer(?!s)",
    r"offer\s+of\s+employment",
    # a university's "OFFER OF APPOINTMENT – LECTURER", "has offered you appointment as"
    r"offer\s+of\s+appointment|offered\s+you\s+(?:an?\s+)?appointment\b",
    # The offer confirmed after a call: "delighted to confirm our offer of the post of ..."
    r"confirm\w*\s+(?:our|my|the|your|this)\s+(?:\w+\s+)?offer\b(?!\s+(?:of|for)\s+(?:an?\s+)?"
    r"(?:interview|call|meeting))|(?:our|an?|the)\s+offer\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
    r"(?:role|position|post|job|place)\b",
    # Hiring in plain words: "we'd like to bring you on as a second-year apprentice",
    # "ready to take you on full-time", "we want to hire you as our new cook"
    r"(?:like|love|want|going|ready|happy|able|glad)\s+to\s+(?:bring|take)\s+you\s+(?:on\s*board\b"
    r"|on\s+(?:as\s+(?:an?|our)\b|full[-\s]time|permanently|staff))",
    r"(?:like|love|want|going|ready|happy|able|glad)\s+to\s+hire\s+you\s+(?:as\b|on\b|full[-\s]time"
    r"|for\s+(?:the|this)\s+(?:role|position|job))",
    r"(?:would|'d)\s+(?:like|love)\s+to\s+(?:formally\s+|officially\s+)?offer\s+you",
    r"offer\s+you\s+(?:the|this|a)\s+(?:\w+\s+){0,3}(?:position|role|job)",
    r"welcome\s+(?:you\s+)?(?:to\s+the\s+team|aboard)",
    r"(?:move|moving|go|going)\s+forward\s+with\s+an\s+offer",
    r"(?:you\s+have\s+been|you've\s+been|you\s+were|you\s+are)\s+(?:\w+\s+)?selected\s+for\s+the"
    r"\s+(?:position|role|job)",
    r"(?:attached|enclosed|here)\s+(?:is|are)\s+(?:your|the)\s+(?:\w+\s+)?offer",
    r"(?:received|have)\s+an\s+offer\s+(?:for|from)\s+(?:the|us)",
    r"(?:review|sign|accept)\s+(?:and\s+(?:accept|sign)\s+)?your\s+offer",
    r"your\s+offer\s+(?:letter|package|details|paperwork)",
    # (not "proof of experience (employment contracts, payslips)": the old jobs')
    r"(?:employment|job)\s+(?:agreement|contract)(?!s)",
    r"your\s+offer\b[^.!?\n]{0,80}\b(?:is|are)\s+(?:now\s+)?(?:ready|attached|available|waiting)",
    # "Zusage" as the offer given, not as "Eine Zusage ist das natürlich noch nicht"
    r"(?:Vertragsangebot|Arbeitsvertrag|Stellenangebot)|(?:Ihnen|dir|Dir)\s+(?:\w+\s+){0,3}Zusage"
    r"|Zusage\s+(?:für|zur|zu)\s+(?:die|der|dem)\s+(?:Stelle|Position)",
    r"(?:Position|Stelle)\s+(?:\w+\s+){0,4}anbieten",
    # a start-up's "Hier die Eckdaten unseres Angebots", "Was wir dir anbieten können:", "wir
    # möchten dich sehr gern als Senior Product Manager ... haben", "an Bord holen"
    r"(?:Eckdaten|Details|Konditionen)\s+(?:unseres|des|zu\s+unserem)\s+Angebots?"
    r"|was\s+wir\s+(?:dir|Dir|Ihnen)\s+anbieten\s+können"
    # an agency's "Recanvis Llinars quiere que seas su nuevo/a Jefe/a de Almacén"
    r"|quieren?\s+que\s+seas\s+(?:su|nuestr[oa])\s+nuev[oa]|vol(?:en)?\s+que\s+siguis\s+(?:el\s+seu|la\s+seva)"
    # "Wir würden dich wirklich gern ins Team holen! Unser Angebot: ..."
    r"|(?:dich|Dich|Sie)\s+(?:\w+\s+){0,2}gerne?\s+ins\s+Team\s+holen|^\s*(?:Unser|Mein)\s+Angebot\s*:"
    # "Wir möchten dir sehr gerne ein Angebot machen als Product Analyst"
    r"|(?:möchten|würden|wollen)\s+(?:dir|Dir|Ihnen)\s+(?:sehr\s+)?(?:gerne?\s+)?ein\s+Angebot\s+machen\b"
    r"|(?:möchten|würden|wollen)\s+(?:dich|Dich|Sie)\s+(?:sehr\s+)?(?:gerne?\s+)?als\s+[^.!?\n]{2,80}?"
    r"\s+(?:haben|einstellen|gewinnen|an\s+Bord\s+holen)\b",
    # "Hiermit bieten wir dir die Stelle als Data Analyst (Payments & Risk) an."
    r"\bbieten\s+(?:wir|ich)\s+(?:dir|Dir|Ihnen)\s+(?:hiermit\s+)?die\s+(?:Stelle|Position)\b"
    r"[^.!?\n]{0,80}?\ban\b",
    # "wir möchten dir die Stelle als Finance & BI Analyst (m/w/d) anbieten"
    r"(?:möchten|würden|wollen)\s+(?:Ihnen|dir|Dir)\s+(?:gerne?\s+)?die\s+(?:Position|Stelle)\s+"
    r"[^.!?\n]{0,80}?\banbieten",
    # (not a posting: "votre candidature à l'offre d'emploi suivante")
    # "Vous trouverez ci-joint notre proposition d'embauche"
    r"(?<!l')(?<!l’)offre\s+d'(?:emploi|embauche)|promesse\s+d'embauche|proposer\s+le\s+poste"
    r"|(?:notre|ma|la|une|cette)\s+proposition\s+d'embauche"
    # "j'ai le plaisir de vous proposer de rejoindre Brienne Ingénierie en qualité de ..."
    r"|plaisir\s+de\s+vous\s+proposer\s+de\s+(?:nous\s+)?rejoindre\b"
    # Québec's familiar "On t'offre le poste de Ops & Finance Lead"
    r"|(?:t['’]|vous\s+)offr(?:e|ons|ir)\s+le\s+poste\b"
    # "Nous souhaitons vous proposer un contrat à durée indéterminée", "la Clinique souhaite
    # vous engager comme Responsable facturation", "m'a confirmé ce matin une offre à 100%"
    r"|(?:souhaitons|souhaite|sommes\s+heureux\s+de|avons\s+le\s+plaisir\s+de)\s+vous\s+"
    r"(?:proposer\s+un\s+contrat|engager)\b"
    # an agency relays it: "Alzette Fund Services souhaite vous faire une offre pour le poste"
    r"|(?:souhaitons|souhaite|souhaitent|aimerait|aimerions|voudrait|voudrions)\s+vous\s+faire"
    r"\s+une\s+offre\b"
    r"|\bconfirmé\s+(?:\w+\s+){0,2}une\s+offre\b"
    # an agency's: "Carvin Distribution a retenu votre candidature pour la mission ... Nous
    # vous proposons donc un contrat de mission de 6 mois"
    r"|\bvous\s+proposons\s+(?:donc\s+|ainsi\s+)?un\s+contrat\s+(?:de\s+mission|à\s+durée|en\s+CD[ID])",
    r"oferta\s+(?:de\s+(?:trabajo|empleo)|formal|laboral)|ofrecerte\s+el\s+puesto"
    # "nos encantaría que te unieras a Rutas del Sur como Head of Operations. La propuesta:",
    # an ETT's "¡Envasadora ... quiere contar contigo como Técnico/a de Logística!"
    r"|nos\s+encantaría\s+que\s+te\s+unieras\s+(?:a|al)\b|quieren?\s+contar\s+contigo\s+como\b"
    # "nos encantaría que te sumaras a Kiltro Studio como Unity Developer Senior. Te ofrecemos
    # $3.100.000 brutos mensuales, contrato indefinido"
    r"|nos\s+encantaría\s+que\s+te\s+(?:sumaras|incorporaras|integraras)\s+(?:a|al)\b"
    # Polish: "mamy dla Ciebie ofertę! Chcemy, żebyś dołączyła do Krokusa jako ..."
    r"|\bmamy\s+dla\s+(?:Ciebie|Pani|Pana)\s+ofertę\b|\bchcemy,?\s+żebyś\s+dołączył[ao]?\s+do\b"
    # "Queremos que te sumes a Mishky como Data Analyst – Crecimiento. Te mando la propuesta:"
    r"|queremos\s+que\s+te\s+(?:sumes|unas|incorpores|integres)\s+(?:a|al)\b"
    # a university's: "el jurado acordó proponerla como docente ... Le ofrecemos dictar el curso"
    r"|\bacord[óo]\s+proponerl[ao]\s+como\b|(?:le|te)\s+ofrecemos\s+dictar\b"
    r"|(?:te|le)\s+ofrecemos\s+(?:una\s+renta\s+de\s+|un\s+sueldo\s+de\s+)?(?:\$|CLP\s?|USD\s?|€)\s?\d",
    # "te eligió para la posición de Gerente de Tienda", "Propuesta económica", "los
    # detalles de nuestra propuesta"
    r"(?:te|le)\s+(?:eligi[óo]|eligieron|seleccion[óo]|seleccionaron|escogi[óo]|escogieron)\s+"
    r"para\s+(?:la|el)\s+(?:posición|puesto|vacante|cargo)"
    r"|propuesta\s+(?:económica|laboral|de\s+trabajo)|detalles\s+de\s+(?:nuestra|la)\s+propuesta",
    # Italian, Portuguese, Dutch: "lieti di offrirti la posizione", "oferecer a vaga"
    r"(?:offrirti|offrirle|offrirvi)\s+(?:\w+\s+){0,2}(?:posizione|ruolo|lavoro|contratto)"
    r"|proposta\s+(?:di\s+(?:assunzione|lavoro)|contrattuale)|lettera\s+di\s+offerta",
    r"(?:oferecer|ofertar)\s+(?:\w+\s+){0,3}(?:vaga|cargo|posição|posto)"
    r"|proposta\s+(?:de\s+(?:emprego|trabalho|contratação)|formal)|carta\s+(?:de\s+)?oferta",
    # "fazer-lhe uma proposta para a vaga", "a carta-proposta": Brazilian offers say proposta
    r"(?:fazer|apresentar)(?:-lhe|-te)?\s+(?:uma\s+)?proposta\s+(?:para\s+(?:a|o)\s+"
    r"(?:vaga|cargo|posição)|de\s+contratação)|carta[-\s]proposta",
    r"(?:een\s+)?(?:arbeidsovereenkomst|contractvoorstel)|(?<!geen\s)aanbod\s+(?:te\s+)?doen"
    r"|(?:de\s+)?functie\s+(?:\w+\s+){0,3}aan\s*(?:te\s+)?bieden",
    # Swedish, Norwegian, Danish: "tilby deg fast stilling som tømrer", "tilbud om stilling",
    # "erbjuda dig en tillsvidaretjänst", "skriftlig arbeidsavtale"
    r"erbjud\w*\s+(?:dig|er)\s+(?:\w+\s+){0,2}(?:\w*tjänst\w*|anställning\w*|jobb\w*|roll\w*)"
    r"|anställningsavtal|erbjudande\s+om\s+anställning"
    r"|tilby\w*\s+(?:deg|dig)\s+(?:\w+\s+){0,2}(?:stilling\w*|jobb\w*|job(?:bet)?\b|ansettelse"
    r"|ansættelse|engasjement|kontrakt)|tilbud\s+om\s+(?:\w+\s+)?(?:stilling|ansettelse"
    r"|ansættelse|jobb|job)\b|arbeidskontrakt|arbeidsavtale|ansettelsesavtale|ansettelseskontrakt"
    r"|ansættelseskontrakt|ansættelsesaftale|jobbtilbud|jobtilbud",
    # ("oferta pracy" alone is a job advertisement: "dziękujemy za zainteresowanie ofertą pracy")
    r"(?:złoż\w*|przedstaw\w*|przesył\w*|przesłać|składa\w*)\s+(?:\w+\s+){0,2}ofert\w*\s+(?:pracy"
    r"|na\s+stanowisko)"  # "chcemy Ci złożyć ofertę na stanowisko Analityk systemowy"
    r"|ofert\w*\s+(?:zatrudnienia|współpracy)|umow\w*\s+o\s+pracę"
    r"|zaproponować\s+(?:Pani|Panu|Ci)\s+(?:\w+\s+)?(?:stanowisko|zatrudnienie|pracę)",
    # Czech, Turkish, Korean, Afrikaans: "nabízíme vám pozici", "iş teklifimizi", "최종 합격",
    # "'n aanbod van indiensneming"
    r"nabízíme\s+(?:Vám\s+|vám\s+|ti\s+)?(?:\w+\s+)?(?:pozici|místo|práci)|nabídk\w+\s+"
    r"(?:zaměstnání|práce|pracovního\s+místa)|pracovní\s+smlouv\w*",
    r"iş\s+teklif\w*|teklif\s+mektub\w*|size\s+(?:\w+\s+){0,4}(?:pozisyon\w*|görev\w*)\s+(?:\w+\s+)?"
    r"teklif\w*",
    # Azerbaijani "işə qəbul təklifini təqdim edirik", "İş təklifi"
    r"işə\s+qəbul\s+təklif\w*|\biş\s+təklifi\b",
    # Uzbek "Ishga taklif", "... lavozimini taklif qilishdan mamnunmiz"
    r"\bishga\s+taklif\b|lavozimini\s+taklif\s+qilishdan\s+mamnunmiz",
    # (not "최종 합격 여부는 ... 후 결정됩니다": whether, decided after the next round)
    r"최종\s*합격(?!\s*여부)|입사를\s*축하|채용\s*제안",
    r"aanbod\s+van\s+(?:indiensneming|werk|diens)|werksaanbod",
    # Indonesian "menawarkan posisi", "offering letter", "surat penawaran"; Malay "ditawarkan
    # jawatan", "surat tawaran"
    r"menawarkan\s+(?:posisi|jabatan|pekerjaan)|offering\s+letter|surat\s+penawaran(?:\s+kerja)?"
    r"|ditawarkan\s+(?:jawatan|posisi)|surat\s+tawaran(?:\s+kerja)?|tawaran\s+kerja",
    # Greek: "σας προσφέρει τη θέση", "θέλουμε να έρθεις στην ομάδα μας ως Product Analyst",
    # "Πρόταση εργασίας"
    r"σ(?:ας|ου)\s+προσφέρ(?:ει|ουμε|ουν)\s+(?:τη|την)\s+θέση"
    r"|θέλουμε\s+να\s+(?:έρθεις|έρθετε|γίνεις|γίνετε)\s+(?:μέλος\s+)?(?:στην\s+|της\s+)?ομάδα\s+μας"
    r"|πρόταση\s+(?:εργασίας|απασχόλησης)",
    # Hungarian: "szeretnénk neked ajánlatot tenni", "állásajánlat"
    r"ajánlatot\s+(?:tenni|teszünk|tennénk)|állásajánlat\w*",
    # Romanian: "Avem plăcerea să vă transmitem oferta noastră", "Ofertă de angajare", a
    # founder's "vrem să te avem în echipă ca Product Data Analyst"
    r"(?:vă|îți|iti|va)\s+transmit\w*\s+oferta|ofert[ăa]\s+de\s+angajare"
    r"|vrem\s+s[ăa]\s+te\s+avem\s+[îi]n\s+echip",
    # Finnish: "Meillä olisi sulle työtarjous", "haluaa tarjota sinulle logistiikka-analyytikon
    # tehtävää"
    # (not "Tämä ei vielä ole työtarjous": this is no offer yet)
    r"(?<!\bole\s)työtarjou\w*|tarjota\s+(?:sinulle|sulle|teille)\s+(?:[\w-]+\s+){0,2}(?:tehtävä\w*|työpaikka\w*"
    r"|paikka\w*|pestiä|työsuhde\w*)",
    # Latvian: "mēs gribētu Tev piedāvāt Product Analyst amatu", "darba piedāvājums"
    r"(?:gribētu|vēlamies|vēlētos)\s+(?:Tev|Jums)\s+piedāvāt\s+(?:\S+\s+){0,4}amatu"
    r"|darba\s+piedāvājum(?:s|u|a)\b",
    # Slovene: "z veseljem ti ponujamo zaposlitev", "Ponudba za zaposlitev"
    r"ponujamo\s+(?:ti\s+|vam\s+)?zaposlitev|ponudb\w+\s+za\s+zaposlitev",
    # Croatian: "nudimo posao na radnom mjestu", "Ponuda za posao"; Bulgarian "искаме да те
    # поканим в екипа", "офертата ни", "предложение за работа"
    r"nudimo\s+(?:Vam\s+|ti\s+)?(?:posao|radno\s+mjesto|zaposlenje)|ponud\w+\s+za\s+(?:posao|zaposlenje)",
    r"(?:искаме|бихме\s+искали|радваме\s+се)\s+да\s+(?:те|Ви)\s+поканим\s+(?:в|към)\s+екипа"
    r"|офертата\s+ни\b|предложение\s+за\s+работа|оферта\s+за\s+работа",
    # Ukrainian "хочемо запропонувати тобі позицію", "Офер від"; Estonian "teha Sulle pakkumine
    # Product Analysti kohale", "Pakkumine: ..."
    r"(?:хочемо|раді)\s+запропонувати\s+(?:тобі|Вам)\s+(?:позицію|посаду|роботу)|(?<!\w)офер\s+від"
    r"|teha\s+(?:Sulle|Teile)\s+(?:töö)?pakkumine|(?:töö)?pakkumine\s*:",
    # Russian "рады предложить Вам должность", "предложение о работе", "оффер"
    r"(?<!\w)(?:рады|хотим|хотели\s+бы)\s+предложить\s+(?:Вам|тебе)\s+(?:должность|позицию|работу"
    r"|место)|(?<!\w)предложение\s+о\s+работе|(?<!\w)оффер\b",
    # Slovak "Radi by sme ti ponúkli pozíciu Product Data Analyst", "ponuka na pracovnú pozíciu"
    r"(?:radi\s+by\s+sme|chceli\s+by\s+sme|chceme)\s+(?:ti|Vám)\s+ponúk\w*\s+(?:pozíciu|miesto|prácu)"
    r"|ponuk\w*\s+(?:na\s+)?pracovn\w+\s+(?:pozíci\w+|miest\w+)",
)
# Offering as a verb: negated ("we will not be extending an offer"), it is a rejection;
# a negated noun ("don't worry about the offer letter") is not.
OFFER_VERB = phrases(
    r"extend(?:ing)?\s+(?:you\s+)?an\s+offer",
    r"mak(?:e|ing)\s+(?:you\s+)?an\s+offer",
    r"offer(?:ing)?\s+you\s+(?:the|this|that|a)\s+(?:[\w-]+\s+){0,3}?(?:position|role|job|post"
    r"|assignment|placement|contract|vacancy)",
    # "not able to bring you on board", "not in a position to hire you" (but "can't wait to
    # bring you on board" is no refusal: the verb only after being able or going to)
    r"(?:able|going|in\s+a\s+position)\s+to\s+(?:(?:bring|take)\s+you\s+on\b|hire\s+you\b)",
    r"tilby\w*\s+(?:deg|dig)\b|erbjud\w*\s+(?:dig|er)\b",  # "ikke tilby deg stillingen"
)
OFFER_OF_INTERVIEW = (
    r"\s*(?:you\s+)?(?:an?|the)\s+(?:\w+\s+){0,2}(?:interview|call|meeting|chance|opportunity)"
)
# An assessment or interviewing platform named: its link is a next step, unless the mail
# prepares the person for a round already booked (`PREPARING`).
PLATFORMS = (
    r"(?:hackerrank|codesignal|codility|coderpad|hirevue|spark\s?hire|willo|karat|myinterview"
    r"|vidcruiter|hireflix|modern\s?hire|talview)\b"  # not "Willow", "karate"
)
# A round already booked, moved to another day: "your QAP interview ... has been RESCHEDULED
# to", "we moved your interview from Wednesday 16.12 to Thursday", "Leider müssen wir den
# Debrief verschieben". The same round, at a new time: nothing new to wait for.
MOVED_ROUND = Phrases(
    r"\b(?:has|have)\s+been\s+(?:rescheduled|moved|postponed|pushed(?:\s+back)?)\s+(?:to|from|until)\b"
    r"|\b(?:we(?:'ve|\s+have)?|I(?:'ve|\s+have)?)\s+(?:moved|rescheduled|pushed|postponed)\s+"
    r"(?:your|the|our)\s+(?:[\w-]+\s+){0,2}(?:interview|call|meeting|chat|debrief|onsite|session)\s+"
    r"(?:from|to)\b"
    r"|\b(?:müssen|möchten|mussten)\s+wir\s+(?:den|das|die|unser(?:en)?)\s+(?:[\w-]+\s+){0,2}"
    r"verschieben\b"
    # "Your interview has been rescheduled.", "we need to move your onsite from Wednesday",
    # "Change of date for your onsite", "Change of interview time"
    r"|\b(?:interview|onsite|call|meeting)\s+has\s+been\s+rescheduled\b"
    # "your interview for the role of Data Scientist II - Pricing has been rescheduled",
    # a system's subject "Interview Rescheduled | ..."
    r"|\byour\s+(?:interview|onsite|call|meeting)\b[^.!?\n]{1,80}\bhas\s+been\s+rescheduled\b"
    r"|\binterview\s+rescheduled\b"
    r"|\b(?:need|have|had)\s+to\s+(?:move|reschedule|push(?:\s+back)?|shift|postpone)\s+(?:your|the|our)\s+"
    r"(?:[\w-]+\s+){0,2}(?:interview|onsite|call|meeting|chat|session|debrief)\b"
    r"|\bchange\s+of\s+(?:date|time|interview\s+(?:date|time))\b",
    re.IGNORECASE,
)
# An interview named by how it is held: a next step, unless the mail prepares for it.
INTERVIEW_KINDS = (
    r"(?:video|recorded|one-way|on-demand|asynchronous|async|phone|virtual|in-person|panel|on-?site"
    r"|group|technical)\s+interview"
)
# "Ahead of your technical screen on Tuesday, here are a couple of things": about a round
# the person already has.
PREPARING = Phrases(
    r"\b(?:ahead\s+of|before|in\s+preparation\s+for|to\s+prepare\s+for|to\s+get\s+ready\s+for)\s+"
    r"(?:your|the|tomorrow's|next\s+week's)\s+(?:[\w-]+\s+){0,3}(?:interview|screen|call|round"
    r"|onsite|session|assessment)\s+(?:on\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*|tomorrow|today"
    r"|this\s+\w+|next\s+\w+)\b"
    # a platform's reminder that the booked interview is about to begin
    r"|\b(?:interview|screen|session|assessment|pad)\s+(?:with\s+[^.\n]{1,60}\s+)?(?:starts|begins"
    r"|is\s+starting)\s+(?:soon|in\s+\d+\s+min\w*|shortly)\b"
    # a scheduling tool's "Updated: Your interview schedule for Monday"
    r"|\b(?:updated:\s+your\s+interview|interview\s+schedule\b[^.!?\n]{0,80}\bhas\s+been\s+updated)"
    # "Reminder: your interview on Tuesday", "in preparation for your interview for ... on
    # Thursday, December 10"
    r"|\breminder\b[^.!?\n]{0,40}\byour\s+(?:\w+\s+)?interview\b"
    r"|\b(?:in\s+preparation\s+for|to\s+prepare\s+for|ahead\s+of)\s+(?:your|the)\s+(?:\w+\s+)?"
    r"interview\b[^.!?\n]{0,80}?\bon\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*"
    # ... in French and Spanish: "En vue de votre entretien final du lundi 14 décembre", "Antes
    # de su entrevista por Zoom del lunes 14 de diciembre"
    r"|\b(?:en\s+vue\s+de|avant|pour\s+préparer)\s+(?:votre|ton|l['’])\s*(?:[\w-]+\s+){0,2}?"
    r"entretien\s+(?:[\w-]+\s+){0,2}?du\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)"
    r"|\bantes\s+de\s+(?:su|tu)\s+entrevista\b[^.!?\n]{0,40}?\bdel\s+(?:lunes|martes|miércoles"
    r"|jueves|viernes|sábado|\d)"
    # ... and papers asked for it: "Documentos previo a su entrevista final – Telmaya"
    r"|\b(?:documentos|documentación|requisitos|papelería|documents|pièces)\s+(?:para|previo\s+a"
    r"|antes\s+de|pour|avant)\s+(?:su|tu|votre|ton|la|l['’])\s*(?:\w+\s+)?(?:entrevista|entretien)\b"
    # a platform's receipt for a test already taken: "Your solutions have been submitted"
    r"|\b(?:test|assessment|interview|solutions?|answers?|responses?)\s+(?:has|have)\s+been\s+"
    r"submitted\b"
    r"|\bthanks?(?:\s+you)?\s+for\s+completing\s+(?:the|your)\s+(?:\w+\s+)?(?:test|assessment"
    r"|interview)\s+(?:for|with)\b"
    # the journey to the round: "Travel arrangements - second interview in Mombasa", "your
    # travel arrangements for the second interview"
    r"|\btravel\s+arrangements\s+(?:for\s+(?:your|the)\s+|[-\u2013:]\s+)(?:[\w-]+\s+){0,2}(?:interview|round"
    r"|visit|assessment)\b"
    # German papers for the round: "Unterlagen für das Zweitgespräch", "zur Vorbereitung des
    # Hearings am 16.12.2026"
    r"|\bUnterlagen\s+für\s+(?:das|den|Ihr|dein)\s+(?:[\w-]+\s+)?(?:[\w-]*gespräch|Hearing|Interview"
    r"|Termin)\b|\bzur\s+Vorbereitung\s+(?:des|Ihres|deines)\s+(?:[\w-]+\s+)?(?:[\w-]*gesprächs"
    r"|Hearings|Interviews|Termins)\b",
    re.IGNORECASE,
)
# References and checks asked for: a next step when asked of the person, not when asked of
# everyone interviewed with a note that it means nothing yet (`ROUTINE_REQUEST`).
_REFERENCES = (
    r"(?:contact\s+details\s+for|provide|send|share|list\s+of|take\s+up)\s+(?:\w+\s+){0,2}"
    r"references",
    r"(?:names?|contacts?|details)\s+(?:\w+\s+){0,2}(?:referees|references)|referees\b",
    # References asked for by who they are: "put us in touch with two former managers"
    r"(?:in\s+touch\s+with|connect\s+(?:us|me)\s+with|introduce\s+(?:us|me)\s+to|(?:speak|talk)"
    r"\s+(?:with|to)|contact\s+details\s+(?:for|of))\s+(?:\w+\s+){0,4}(?:former|previous|past"
    r"|prior)\s+(?:\w+\s+)?(?:managers?|supervisors?|colleagues|bosses|employers|teammates)",
    r"(?:dos|tres|tus|sus)\s+referencias|(?:duas|três|suas)\s+referências|Referenzen",
    # Italian "i contatti di due referenze", "le sue referenze"
    r"(?:contatti|nominativi)\s+di\s+(?:\w+\s+){0,2}referenze|(?:due|tre|sue|tue)\s+referenze",
    # "la fase de validación de referencias laborales", "a verificação de referências"
    r"(?:verificaci[oó]n|validaci[oó]n|comprobaci[oó]n|verifica[cç][aã]o|valida[cç][aã]o)\s+de\s+"
    r"(?:(?:sus|tus|las|suas|as)\s+)?refer[eê]ncias|refer[eê]ncias\s+(?:laborales|profesionales"
    r"|profissionais)",
    # references asked for by who they are: "los datos de contacto de dos jefes anteriores"
    r"(?:datos\s+de\s+contacto|contactos?)\s+de\s+(?:\w+\s+){0,3}(?:jef[ae]s|supervisor[ae]s"
    r"|responsables|chefias|gestores)\b",
    r"reference\s+checks?",
    r"background\s+check",
)
REFERENCES = phrases(*_REFERENCES)
# References the employer already has or is checking, said right before them: "we're running
# reference checks", "recibimos sus referencias", "recebemos as suas referências". The
# employer's own work, no step of the person's.
REFERENCES_IN_HAND = Phrases(
    r"\b(?:(?:we(?:'re|\s+are)|(?:panel|committee|team)\s+(?:is|are))\s+(?:now\s+|currently\s+"
    r"|still\s+|also\s+)?(?:doing|running|carrying\s+out|completing|finali[sz]ing|conducting)|estamos\s+(?:haciendo|realizando|completando|fazendo|a\s+fazer"
    r"|a\s+realizar)|(?:received|recibimos|hemos\s+recibido|recebemos|recebido)"
    # "we still need to complete reference checks and get sign-off": the employer's to do
    r"|(?:we|I)\s+(?:still\s+)?(?:need|have)\s+to\s+(?:complete|finish|do|run|carry\s+out)"
    # ... and "We still have reference checks to complete"
    r"|(?:we|I)\s+still\s+(?:have|need)"
    # "The Department of Human Services expects to finish reference checks and make its
    # selection by 1/8/2027"
    r"|(?:expects?|expecting|hopes?|plans?|aims?)\s+to\s+(?:complete|finish|conclude|wrap\s+up)"
    # "I've now spoken to both of your referees": done
    r"|(?:spoken|talked|spoke)\s+(?:to|with)(?:\s+both(?:\s+of)?)?"
    # German: "die Personalabteilung holt gerade Referenzen ein"
    r"|(?:holt|holen|hole)(?:\s+(?:gerade|derzeit|noch|jetzt))?"
    # "The committee has now met with all of the finalists and is completing reference checks"
    r"|\band\s+(?:is|are)\s+(?:now\s+|currently\s+)?(?:doing|running|completing|conducting"
    r"|finali[sz]ing))"
    r"(?:\s+(?:the|your|all|some|sus|tus|las|as|suas|os|die|Ihre))?\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# References as this person's own next step, whatever the mail adds about no decision yet:
# "We'd like to move ahead with reference checks as the final step".
REFERENCES_AS_STEP = phrases(
    # "We'd like to progress your application to reference checks and our pre-employment
    # screening"
    r"(?:progress|advance|move|take)\s+your\s+application\s+(?:on\s+|forward\s+)?to\s+(?:\w+\s+){0,2}"
    r"(?:references|reference\s+checks?|referees)",
    r"(?:move|moving|go|going|proceed|proceeding)\s+(?:ahead|forward|on)?\s*(?:to|with)\s+"
    r"(?:\w+\s+){0,2}(?:references|reference\s+checks?|referees)",
    r"(?:references|reference\s+checks?|referees)\s+as\s+(?:the|our)\s+(?:final|last|next)\s+step",
    # ("Next step on our end is references - could you send me three")
    r"(?:next|final|last)\s+step\s+(?:on\s+(?:our|my)\s+(?:end|side)\s+)?(?:is|will\s+be)\s+"
    r"(?:to\s+(?:check|take\s+up)\s+)?(?:your\s+)?(?:references|reference\s+checks?|referees)",
    # "seguir con la etapa de verificación de referencias", "avançar para a verificação de
    # referências"
    r"(?:avanzar|seguir|continuar|pasar|proceder|avançar|passar|prosseguir)\s+(?:con|com|a|al|à"
    r"|para)\s+(?:\w+\s+){0,5}?refer[eê]ncias",
    # checks a finalist consents to before the decision: "we need your consent for credit,
    # criminal and qualification checks"; referees "the last step before we make a decision"
    r"(?:need|require)\s+your\s+(?:consent|authori[sz]ation)\s+(?:for|to)\s+(?:[\w-]+,?\s+){0,5}"
    r"(?:checks?|verification|screening)",
    r"(?:referees|references)\b[\s\S]{0,300}?\b(?:last|final)\s+step\s+before\s+(?:we|the\s+\w+)\s+"
    r"(?:make|makes|take|takes|reach|reaches)\s+(?:a|our|the|its|their)\s+decision",
    # "The next step is past work performance checks" (references, as a public service
    # calls them)
    r"next\s+step\s+(?:is|will\s+be)\s+(?:\w+\s+){0,4}(?:checks|references|referees)\b",
    # "As a next step, the committee would like to contact your references", "Come passo
    # successivo le chiederei i contatti di due referenze"
    r"(?:as\s+(?:a|the|our)\s+next\s+step|come\s+(?:passo|step)\s+successivo)[^.!?\n]{0,80}"
    r"\b(?:references|referees|referenze)",
    # "... take up two references ... Please do not read this as an offer; it is the next step
    # in our process"
    r"(?:referees|references)\b[\s\S]{0,300}?\b(?:it|this)\s+is\s+(?:the|our|a)\s+(?:next|last|final)"
    r"\s+step\b",
)
# Paperwork for a contract already offered: "To prepare your employment contract, please
# upload ...", "Pour préparer ton contrat de travail".
# An application sent back for what it lacks: "the following required items are missing",
# "Incomplete applications cannot be forwarded" (news to act on, however it thanks).
APPLICATION_INCOMPLETE = Phrases(
    r"\b(?:required\s+)?(?:items|documents|information|attachments)\s+(?:are|is)\s+missing\b"
    r"|\bincomplete\s+applications?\s+(?:cannot|can't|will\s+not|won't)\b"
    # Dutch: "Actie vereist: vul je gegevens aan"
    r"|\bvul\s+(?:je|uw)\s+gegevens\s+aan\b"
    # "Bitte vervollständigen Sie Ihre Bewerbung", "merci de compléter votre dossier"
    r"|\b(?:vervollständigen|ergänzen)\s+(?:Sie\s+)?(?:Ihre|deine)\s+Bewerbung\b"
    r"|\bcompléter\s+(?:votre|ton)\s+(?:dossier|candidature)\b"
    r"|\bcompletar\s+(?:tu|su)\s+(?:solicitud|candidatura|postulación)\b"
    # "we noticed that the required college transcript ... was not attached"; "Action
    # Required: Update your application"
    r"|\b(?:required|requested)\s+[\w\s(),-]{3,60}?\s+(?:was|were|is|are)\s+not\s+(?:attached|included"
    r"|uploaded|provided|received)\b"
    r"|\baction\s+required:?\s+(?:please\s+)?(?:update|complete)\s+your\s+application\b"
    # SuccessFactors in German: "Aufgabe: Unterlagen vervollständigen", "Bitte laden Sie ...
    # folgende Unterlagen in unserem Karriereportal hoch"
    r"|\bUnterlagen\s+vervollständigen\b|\bladen\s+Sie\s+(?:[\w-]+\s+){0,6}Unterlagen\s+(?:[\w-]+\s+){0,4}hoch\b"
    # "To complete your application file, please send me a copy of your degree"
    r"|\bto\s+complete\s+your\s+application\s+file\b"
    r"|\bwill\s+not\s+be\s+considered\s+further\s+until\s+(?:the\s+|these\s+)?documents\b"
    # Polish: "proszę o wypełnienie i podpisanie dwóch dokumentów w załączeniu"
    r"|\b(?:wypełnienie|podpisanie|przesłanie|dostarczenie)\s+(?:i\s+\w+\s+)?(?:\w+\s+){0,2}dokument\w*"
    # "upload your unofficial transcripts under 'Additional Documents' by Monday"
    r"|\b(?:upload|submit|provide|send)\s+(?:us\s+)?(?:your\s+|a\s+copy\s+of\s+your\s+)?(?:unofficial\s+|official\s+"
    r"|academic\s+)?transcripts?\b"
    # an EU agency before its written test: "we kindly ask you to upload the following
    # supporting documents to your e-Recruitment account by 30/11/2026"
    r"|\b(?:upload|submit|provide|send)\s+(?:us\s+)?(?:the\s+following\s+|your\s+)?supporting\s+documents\b"
    # "your academic transcript, which was not included with your application"
    r"|\b(?:which|that)\s+(?:was|were)\s+not\s+(?:attached|included|uploaded|provided)\s+(?:with|in|to)"
    r"\s+your\s+application\b"
)
# A portal's notice that a document waits in the person's account: "Neues Dokument in
# Ihrem Kandidatenkonto" (a case study for a round already booked, a form): news to read,
# not a round of its own.
NEW_DOCUMENT = Phrases(
    r"\bneues\s+Dokument\b|\bnew\s+document\s+(?:is\s+available|has\s+been\s+(?:added|shared"
    r"|uploaded|posted)|in\s+your)\b|\bnouveau\s+document\b|\bnuevo\s+documento\b"
    # Workday's "You have a new task in Candidate Home" (a declaration, a form)
    r"|\byou\s+have\s+(?:a\s+)?new\s+tasks?\b"
    # ... and in the candidate's language: "hai una nuova attività da completare", "tienes una
    # nueva tarea", "vous avez une nouvelle tâche", "Sie haben eine neue Aufgabe"
    r"|\b(?:hai|ha)\s+una\s+nuova\s+attivit[àa]\b|\b(?:tienes|tiene)\s+una\s+nueva\s+tarea\b"
    # "Tienes una tarea pendiente en tu perfil de candidato", "You have a pending task"
    r"|\b(?:tienes|tiene)\s+una\s+tarea\s+pendiente\b|\byou\s+have\s+(?:a\s+)?pending\s+tasks?\b"
    r"|\btens\s+una\s+tasca\s+pendent\b"
    r"|\b(?:vous\s+avez|tu\s+as)\s+une\s+nouvelle\s+t[âa]che\b|\b(?:Sie\s+haben|du\s+hast)\s+eine\s+neue"
    r"\s+Aufgabe\b|\b(?:você\s+tem|tens)\s+uma\s+nova\s+tarefa\b"
    # a public body's notice that a list is out: "Aviso de publicación: lista provisional de
    # admitidos y excluidos"
    r"|\blista\s+(?:provisional|definitiva)\s+de\s+(?:personas\s+)?admitid\w*"
    # "l'elenco dei candidati ammessi alla prova orale", "la liste des candidats admis"
    r"|\belenco\s+(?:dei\s+|degli\s+)?(?:candidati\s+)?ammessi\b|\bliste\s+des\s+candidat\w*\s+admis\b"
)
CONTRACT_PAPERWORK = (
    # Flemish: "Gegevens voor je arbeidsovereenkomst", "Om je arbeidsovereenkomst klaar te maken"
    r"\b(?:gegevens|documenten)\s+voor\s+(?:je|uw)\s+arbeidsovereenkomst\b"
    r"|\bom\s+(?:je|uw)\s+arbeidsovereenkomst\s+(?:klaar\s+te\s+maken|op\s+te\s+stellen)\b|"
    r"\b(?:(?:to\s+prepare|(?:pour|afin\s+de)\s+préparer)\s+(?:your|ton|votre)\s+(?:employment\s+|job\s+)?"
    r"(?:contract|contrat|promesse\s+d'embauche|agreement)\b|um\s+(?:Ihren|deinen)\s+Arbeitsvertrag\s+vorzubereiten\b"
    # after the yes: "Welcome to Hapenny! ... Sign your employment contract in Personio"
    r"|sign\s+your\s+(?:employment\s+)?contract\s+(?:in|on|via|through)\s+(?-i:[A-Z])"
    # "Dein Dienstvertrag liegt in Personio zur Ansicht und digitalen Signatur bereit"
    r"|(?:Dienstvertrag|Arbeitsvertrag)\s+(?:liegt|steht)\s+(?:[\w-]+\s+){0,6}(?:bereit|zur\s+(?:Ansicht"
    r"|Unterschrift|Signatur))|\bOnboarding-?Portal\b"
    # "Fill in the new starter form in Breathe", "Sign and return the offer letter and contract"
    r"|new\s+starter\s+(?:form|pack|checklist|paperwork)|sign\s+and\s+return\s+(?:the|your)\s+offer\s+letter"
    # "Your offer paperwork and pre-employment checks"
    r"|(?:your|the)\s+offer\s+paperwork"
    # an HR platform's onboarding: "to review your employment agreement and complete your
    # onboarding", "Review and sign your Individual Employment Agreement"
    r"|complete\s+your\s+onboarding|review\s+(?:and\s+sign\s+)?your\s+(?:individual\s+)?employment\s+"
    r"agreement"
    # Workday's tasks after the yes: "Personal Information (PESEL, address for the employment
    # contract)"
    r"|(?:address|details|information)\s+for\s+(?:the|your)\s+employment\s+contract"
    # "come facciamo sempre prima di preparare il contratto, ti chiederei ... due referenze"
    r"|(?:prima\s+di|per)\s+preparare\s+il\s+(?:tuo\s+|Suo\s+)?contratto"
    r"|para\s+(?:preparar|elaborar)\s+(?:tu|su|el|o\s+seu|o\s+teu)\s+contrato)"
)
# An offer made before, which a request finishes: "As part of finalizing your offer", "a
# background screening as part of your offer of employment".
OFFER_MADE_BEFORE = (
    r"\b(?:finali[sz]ing|finali[sz]e|as\s+part\s+of|following|after|congratulations\s+on)\s+your\s+"
    r"(?:conditional\s+|job\s+|formal\s+|verbal\s+)?offer(?:\s+of\s+employment)?\b"
    # "To avoid delays in your Employment Pass application should you accept our offer"
    r"|\b(?:should|once|when|after)\s+you\s+accept\s+(?:our|the|this|your)\s+offer\b"
    # "relacionadas con la propuesta de incorporación que has recibido de Banco Hispano"
    r"|\bpropuesta\s+de\s+incorporaci[oó]n\s+que\s+(?:has|ha)\s+recibido\b"
    # an employer of record's onboarding: "Kragholm Mobility ApS has started your onboarding
    # with Remote ... If you have not yet accepted the offer, you can ignore this message"
    r"|\bstarted\s+your\s+onboarding\b|\b(?:have|has)\s+not\s+yet\s+accepted\s+the\s+offer\b"
    # Flemish: "Tine liet ons weten dat je ons voorstel ontvangen hebt"
    r"|\b(?:je|u)\s+(?:ons|het)\s+(?:voorstel|aanbod)\s+ontvangen\s+(?:hebt|heeft)\b"
    # Austrian: "Damit wir deinen Dienstvertrag vorbereiten können, während du über unser
    # Angebot nachdenkst ... Das ändert nichts am Angebot"
    r"|\büber\s+(?:unser|das)\s+Angebot\s+nachdenk\w*|\bändert\s+nichts\s+(?:am|an\s+unserem)\s+Angebot\b"
    # "Wangui mentioned you're considering our offer ... This doesn't change anything in the offer"
    r"|\b(?:you're|you\s+are)\s+considering\s+(?:our|the|my)\s+offer\b"
    r"|\b(?:doesn't|does\s+not)\s+change\s+anything\s+(?:in|about)\s+(?:the|our|your)\s+offer\b"
    # "offer letter and contract as promised" (the offer made on the phone)
    r"|\boffer\s+letter\s+(?:and\s+(?:the\s+|your\s+)?contract\s+)?as\s+(?:promised|discussed|agreed)\b"
    # "Thank you for returning the signed offer letter"
    r"|\b(?:returning|signing|sending\s+back)\s+(?:the\s+|your\s+)?signed\s+offer(?:\s+letter)?\b"
    # "Thank you for accepting the conditional offer! As the next step, please complete ..."
    r"|\b(?:for\s+)?accept(?:ing|ed)\s+(?:the|our|your)\s+(?:conditional\s+|job\s+|formal\s+)?offer\b"
    # "a seguito della proposta di assunzione che Le è stata formulata", "suite à votre
    # promesse d'embauche"
    r"|\b(?:a\s+seguito\s+della|in\s+seguito\s+alla|dopo\s+la)\s+(?:Sua\s+|tua\s+)?proposta\s+di\s+"
    r"assunzione\b|\bsuite\s+à\s+(?:votre|ta|la)\s+(?:promesse|proposition)\s+d'embauche\b"
    # what is asked once the job is offered: "has booked a pre-employment medical assessment
    # for you", "here are the next steps for your pre-employment checks" (not "if you are
    # successful, you will be asked to complete pre-employment checks", nor "we'd like to
    # progress your application to ... our pre-employment screening")
    r"|\bpre-?employment\s+(?:medical|health|police|criminal|drug)\b"
    r"|\byour\s+pre-?employment\s+(?:checks|screening)\b"
)
# A request made of every candidate, said to decide nothing: "A request for referees does
# not indicate that you have been successful at interview", as public-service employers
# write to everyone they interviewed; Turkish "Bu talep, olumlu bir karar verildiği
# anlamına gelmemektedir" (this request does not mean a positive decision was made).
ROUTINE_REQUEST = Phrases(
    # Spanish "No significa que ya esté tomada la decisión" (after asking for documents)
    r"\b(?:referencias|documentos|antecedentes|referências|referenze|documenti|verifiche)\b[\s\S]{0,400}?"
    r"\b(?:no|não|non)\s+(?:significa|implica|indica)(?:\s+(?:que|che)\b|\s+(?:una|ninguna|uma|nenhuma"
    r"|alcuna)\s+decis)"
    r"|\b(?:referees|references|request|documents|authori[sz]ation|consent|check|screening"
    r"|paperwork|forms?)\b[\s\S]{0,400}?\b(?:does|do)(?:\s+not|n't)\s+"
    r"(?:necessarily\s+)?(?:indicate|mean|imply|signify|suggest|guarantee|reflect)\s+(?:that\s+)?(?:you"
    r"|your\s+(?:application|candidacy)|(?:a|any)\s+(?:\w+\s+)?decision|an\s+offer|the\s+outcome)"
    r"(?:\s+(?:have|has|are|is|were|was|will\s+be)\s+(?:been\s+)?(?:successful|selected"
    r"|shortlisted|chosen|offered|made|taken))?"
    r"|\b(?:talep|istek)\w*[^.!?\n]{0,80}\banlamına\s+gel(?:me|mi)\w*"
    # Dutch: "wil Bart-Jan graag twee referenten spreken. Dat is bij ons een standaardstap en
    # nog geen besluit."
    r"|\breferent(?:en|ies)\b[\s\S]{0,400}?\b(?:standaardstap|nog\s+geen\s+besluit|geen\s+garantie)"
    # German: "würde ich gern zwei Referenzen einholen ... Eine Entscheidung ist damit noch
    # nicht verbunden" (not "Das ist noch keine Zusage, aber ein gutes Zeichen": a step ahead)
    r"|\bReferenzen\b[\s\S]{0,400}?\b(?:Entscheidung\s+ist\s+damit\s+(?:noch\s+)?nicht\s+verbunden"
    r"|(?:ist|bedeutet)\s+(?:noch\s+)?keine\s+(?:Entscheidung|Vorentscheidung))"
    rf"|{CONTRACT_PAPERWORK}"
    # a clearance the employer sponsors: "Security clearance sponsorship - NV1 - action
    # required ... complete your security questionnaire (ePSQ)"
    r"|\bsecurity\s+clearance\s+(?:sponsorship|questionnaire|application|pack)\b|\bePSQ\b"
    # "As part of finalizing your offer ... we'd like to complete your reference checks"
    rf"|{OFFER_MADE_BEFORE}"
    # a screening company's form: "Harbourfront Dominion Bank has requested your background
    # screening", "to conduct a pre-employment background screening"
    r"|\b(?:has\s+)?requested\s+(?:your|a)\s+(?:pre-employment\s+)?background\s+(?:check|screening)\b"
    r"|\bpre-employment\s+background\s+(?:check|screening|verification)\b"
    # an application to put right before a round already booked: "While preparing for your
    # second stage interview ... please update your referee details"
    r"|\b(?:please\s+)?update\s+your\s+(?:referee|reference|application)(?:\s+details)?\b"
    # after the offer is signed: "Please be advised of your pre-employment requirements",
    # "Congratulations on your offer! ... please complete the following before your start date"
    # "Renée asked me to send the pre-employment information so you have it while you consider
    # your offer ... These are required for everyone ... and don't change anything about your offer"
    r"|\bpre-?employment\s+(?:information|steps|paperwork)\b"
    r"|\b(?:don't|do\s+not|doesn't|does\s+not)\s+change\s+anything\s+about\s+your\s+offer\b"
    r"|\bpre-?employment\s+requirements\b|\b(?:before|prior\s+to|ahead\s+of)\s+your\s+(?:start"
    r"\s+date|first\s+(?:day|shift))\b|\bthank\s+you\s+for\s+signing\s+(?:your\s+|the\s+)?"
    r"(?:JO|job\s+offer|offer|contract)\b"
    # "esta etapa no constituye una oferta", "não constitui uma oferta", "non costituisce
    # un'offerta"
    r"|\b(?:referencias|referências|referenze|documentos)\b[\s\S]{0,400}?\b(?:no|não|non)\s+"
    r"(?:constituye|constitui|costituisce|representa|implica)\s+(?:una?|uma|un'|ninguna|nenhuma)\s*"
    r"(?:oferta|offerta|decisi[oó]n|decis[aã]o|decisione)"
    # "Please note that this is a step in the process and not an offer of employment"
    r"|\b(?:this|it)\s+is\s+(?:a|one)\s+(?:standard\s+|routine\s+|normal\s+)?step\s+in\s+(?:the|our)\s+"
    r"(?:selection\s+|hiring\s+)?process\s+and\s+(?:is\s+)?not\s+an\s+offer\b"
    # a building's visitor system: "You have been pre-registered as a visitor"
    r"|\bpre-?registered\s+as\s+a\s+visitor\b|\bvisitor\s+pre-?registration\b"
    # ... or the papers a guarded site asks of a visitor: "Vous recevrez votre badge visiteur
    # au poste de garde" (a deadline for the person, "avant le vendredi 11/12", no decision's)
    r"|\bbadge\s+(?:visiteur|d['’]acc[eè]s\s+visiteur)\b|\bvisitor\s+(?:badge|pass)\b"
    r"|\bBesucher(?:ausweis|karte)\b|\bbezoekerspas\b|\bpase\s+de\s+visitante\b"
    # "candidates still under consideration for the role are required to complete
    # pre-employment screening"
    r"|\b(?:are|is)\s+required\s+to\s+complete\s+(?:the\s+|our\s+)?pre-?employment\s+(?:screening"
    r"|checks)\b"
    # "a standard request for all shortlisted candidates and is not an indication of the outcome"
    r"|\b(?:standard|routine|usual)\s+request\s+(?:for|of|to)\s+(?:all|every|each)\b"
    # "a background check consent ... This is standard for all shortlisted candidates and is
    # not a hiring decision."
    r"|\b(?:standard|routine|usual)\s+for\s+(?:all|every|each)\s+(?:\w+\s+)?(?:candidates?|applicants?)\b"
    # German: "dass diese Anforderung keine Vorentscheidung im Auswahlverfahren darstellt",
    # "stellt keine Entscheidung über die Besetzung der Planstelle dar"
    r"|\bkeine\s+(?:Vor)?[Ee]ntscheidung\b[^.!?\n]{0,80}?\bdar(?:stellt|stellen)?\b"
    r"|\bis\s+not\s+a\s+hiring\s+decision\b"
    # Swedish: "ber vi alla kandidater i slutskedet om ett utdrag ur belastningsregistret ...
    # innebär inget beslut i rekryteringen"
    r"|\binnebär\s+inget\s+beslut\b|\bber\s+vi\s+alla\s+kandidater\b"
    # Turkish: "Bu talep, işe alım kararına ilişkin bir bilgilendirme değildir", "Bu form
    # değerlendirme sürecinin sonucuyla ilgili değildir, tüm ziyaretçilerden istenmektedir"
    r"|\bkararına\s+ilişkin\s+bir\s+bilgilendirme\s+değildir|\bsonucuyla\s+ilgili\s+değildir"
    r"|\btüm\s+(?:adaylardan|ziyaretçilerden)\s+(?:\w+\s+){0,4}(?:istenmektedir|talep\s+edilmektedir)"
    # an agency asks before putting the person forward: "I need your written consent to
    # represent you for this role", "right to represent"
    r"|\b(?:consent|permission|right)\s+to\s+represent\s+you\b"
    # "we ask every finalist to complete a motor vehicle record authorization"
    r"|\bwe\s+ask\s+(?:all|every|each)\s+(?:of\s+our\s+)?(?:finalists?|candidates?|applicants?"
    r"|shortlisted\s+candidates?)\s+to\s+(?:complete|fill|sign|send|provide|submit)\b"
    r"|(?:\bnot|n't)\s+an?\s+indication\s+of\s+(?:the\s+|a\s+|any\s+)?(?:hiring\s+|final\s+)?"
    r"(?:outcome|decision)|(?:\bnot|n't)\s+an?\s+indication\s+either\s+way\b"
    # an Indian recruiter's details form for the client: "Current CTC (fixed + variable):",
    # "Expected CTC:", "Notice period:" (a deadline to "revert" is the person's)
    r"|(?m:^[ \t]*expected\s+ctc\b[^\n]{0,40}:)"
    # Spanish: "Es la documentación que pedimos a todos en esta etapa; no adelanta nada sobre el
    # resultado del proceso"
    r"|\bno\s+adelanta\s+nada\s+sobre\s+el\s+resultado\b|\bque\s+pedimos\s+a\s+todos\b"
    # French: "Nous demandons ces mêmes pièces à chaque candidat à ce stade, quelle que soit la
    # suite donnée au dossier"
    r"|\bquelle\s+que\s+soit\s+la\s+suite\b|\bdemandons\s+(?:ces\s+)?(?:mêmes\s+)?pièces\s+à\s+"
    r"(?:chaque|tous\s+les)\s+candidat"
    # "Jorien's team has asked all shortlisted candidates for a few documents"
    r"|\basked\s+(?:all|every|each)\s+(?:of\s+the\s+)?(?:shortlisted\s+)?(?:candidates?|finalists?)\s+for\b"
    # "References will not be contacted without further notice to you"
    r"|\breferences?\s+will\s+not\s+be\s+contacted\s+without\b"
    # "Please don't read this as an offer – no decision has been made yet."
    r"|\b(?:referees|references|documents|request)\b[\s\S]{0,400}?\b(?:don't|do\s+not)\s+(?:read|take"
    r"|see|treat)\s+(?:this|it)\s+as\s+(?:an\s+offer|a\s+(?:\w+\s+)?decision)"
    # "Please note that this is not yet a commitment – the decision will only be taken ..."
    r"|\b(?:referees|references|documents|request)\b[\s\S]{0,400}?\b(?:this|that|it)\s+is\s+not\s+"
    r"(?:yet\s+)?(?:a\s+commitment|an\s+offer|a\s+(?:\w+\s+)?decision)",
    re.IGNORECASE,
)
# A survey or a monitoring form asked for, no round: "to complete our voluntary equal
# opportunities survey".
_NO_SURVEY = (
    r"(?!(?:complete|fill\s+(?:in|out)|take|answer)\s+(?:(?:our|a|an|the|this|your)\s+)?"
    r"(?:[\w-]+\s+){0,4}(?:survey|questionnaire|monitoring\s+form)\b)"
)
NEXT_ROUND = phrases(
    r"next\s+(?:round|stage|interview)",
    # Armenian: "հրավիրվում եք հարցազրույցի" (you are invited to an interview), "Հրավեր
    # հարցազրույցի" (an invitation to one)
    r"(?<!\w)հրավիրվում\s+եք\s+(?:\S+\s+){0,2}?հարցազրույց\w*|(?<!\w)Հրավեր\s+(?:\S+\s+)?հարցազրույց\w*",
    # Amharic: "ለቃለ መጠይቅ ጥሪ" (a call to an interview), "ለመጨረሻው ዙር የፓናል ቃለ መጠይቅ
    # መመረጥዎን" (that you were chosen for the final round's panel interview), "ለቃለ መጠይቅ
    # ከተመረጡት አመልካቾች አንዱ" (one of the applicants chosen for interview)
    r"(?<!\w)(?:ለ)?ቃለ\s+መጠይቅ\s+ጥሪ|(?<!\w)ለቃለ\s+መጠይቅ\s+ከተመረጡት|(?<!\w)ቃለ\s+መጠይቅ\s+መመረጥዎን",
    # Georgian: "გადახვედით შერჩევის საბოლოო ეტაპზე" (you have moved on to the final stage),
    # "გასაუბრებაზე მოწვევა" (an invitation to an interview), "გიწვევთ გასაუბრებაზე"
    r"(?<!\w)გადახვედით?\s+(?:\S+\s+){0,3}?ეტაპზე(?!\w)|(?<!\w)გასაუბრებაზე\s+მოწვევა"
    r"|(?<!\w)გიწვევთ\s+(?:\S+\s+){0,2}?გასაუბრებაზე",
    # a Bangladeshi bank's or university's call: "you are (hereby) requested to appear before
    # the Viva Board", "Call for Viva Voce"
    r"(?:requested|invited|called)\s+to\s+appear\s+(?:before|for|in)\s+(?:the\s+|an?\s+)?(?:viva"
    r"|interview|selection|oral)\b|\bcall\s+for\s+(?:the\s+)?viva(?:\s+voce)?\b",
    # a university's letter: "you have been called for an interview before the Selection
    # Committee"
    r"(?:have\s+been|are\s+hereby|are\s+being)\s+called\s+for\s+(?:an?\s+|the\s+)?(?:\w+\s+)?interview",
    # "We'd like to take things to the next (and final) stage"
    r"next\s+\((?:and\s+)?final\)\s+(?:round|stage|step)",
    # "Last step is a 30 min chat with our co-founders ... I've popped an invite in your
    # calendar"
    r"(?:last|final|next)\s+step\s+(?:is|will\s+be)\s+(?:a|an)\s+(?:\d+[\s-]*min(?:ute)?s?\s+|quick\s+"
    r"|short\s+)?(?:chat|call|conversation|interview|meeting|coffee)\s+with\b",
    r"(?:popped|put|sent|dropped)\s+(?:an?\s+)?(?:calendar\s+)?invite\s+(?:in|into)\s+your\s+calendar",
    # Spanish: "te invita a continuar en su proceso de selección ... El siguiente paso es
    # responder la batería de evaluaciones"
    r"(?:te|le|los|las)\s+invita(?:mos)?\s+a\s+continuar\s+(?:en|con)\s+(?:su|el|tu|nuestro)\s+proceso"
    # "ha sido seleccionada para la segunda y última entrevista", "usted ha sido habilitada para
    # la Etapa IV – Entrevista" (a concurso's next stage)
    r"|(?:ha|has|han)\s+sido\s+(?:seleccionad|habilitad|convocad|preseleccionad)[oa]s?\s+(?:para|a)\s+"
    r"(?:la\s+|el\s+)?(?:etapa|entrevista|segunda|siguiente|próxima|instancia|fase|tercera|última)\b"
    r"|(?:el\s+)?siguiente\s+paso\s+(?:es|será|consiste)\b"
    # "usted pasa a la etapa final del proceso", "usted ha sido preseleccionado(a) y se le cita a
    # entrevista ante la Comisión Evaluadora", "CITACIÓN A ENTREVISTA"
    r"|\b(?:pasa|pasas|pasó|avanza|avanzas)\s+a\s+la\s+(?:etapa|fase|instancia|ronda)\s+(?:final|siguiente"
    r"|próxima|última)\b|\b(?:pasa|pasas|avanza)\s+a\s+la\s+(?:siguiente|próxima|última)\s+(?:etapa|fase"
    r"|instancia|ronda)\b|\bse\s+(?:le|te)\s+cita\s+a\s+(?:una\s+)?entrevista\b"
    r"|\bcitaci[oó]n\s+a\s+(?:la\s+)?entrevista\b"
    # an agency's "Exportadora de Café Pochuta quiere entrevistarle"
    r"|\bquiere(?:n)?\s+entrevistar(?:le|la|lo|te)\b",
    # after a test passed: "You are now scheduled for an ORAL INTERVIEW with the committee"
    r"(?:you\s+are|you're)\s+now\s+scheduled\s+for\s+(?:an?|your|the)\s+(?:[\w-]+\s+){0,3}interview",
    # "you have been selected to move forward to a Face-to-Face (F2F) interview"
    r"(?:selected|chosen)\s+to\s+(?:move|go|proceed|advance)\s+(?:forward\s+|on\s+)?to\s+(?:an?|the|your)\s+"
    r"(?:[\w()-]+\s+){0,4}(?:interview|round|stage|assessment)",
    # "Before they make it official they want you to have a quick 30 min call with their CFO"
    r"(?:they|we)\s+(?:want|would\s+like|'d\s+like)\s+you\s+to\s+(?:have|do|take)\s+(?:a|one\s+more|"
    r"another)\s+(?:quick\s+|short\s+|final\s+)?(?:\d+\s*-?\s*min(?:ute)?s?\s+)?(?:call|chat"
    r"|conversation|interview|meeting)\s+with\b",
    # "Yolanda shared her notes and I'd like to take the next step. Let's walk #22 together";
    # "we would like to move you to the last step: a half-day ride-along"
    r"(?:like|want|ready)\s+to\s+take\s+the\s+next\s+step\b"
    r"|move\s+you\s+(?:forward\s+|on\s+)?to\s+the\s+(?:next|last|final)\s+step\b",
    # Catalan: "Ens fa il·lusió convidar-te a una entrevista amb ...", "et convidem a"
    r"convidar-(?:te|vos|la|lo)\s+a\s+(?:una|la)\s+(?:\w+\s+)?entrevista"
    r"|(?:et|us|la|el)\s+convidem\s+a\s+(?:una|la)\s+(?:\w+\s+)?entrevista",
    # an assessment platform's "Mylapore Bytes has invited you to take the assessment"
    r"(?:has\s+)?invited\s+you\s+to\s+(?:take|complete|attempt)\s+(?:an?|the|this)\s+"
    r"(?:[\w'&|–-]+\s+){0,8}?(?:assessment|test|exercise|challenge)",
    # a public service's "you were successful at the interview stage ... and are invited to
    # the next steps", a "Part 2 interview"
    r"(?:you\s+were|you\s+have\s+been|you've\s+been)\s+successful\s+(?:at|in)\s+the\s+"
    r"(?:\w+\s+){0,2}(?:stage|round|step|assessment)",
    r"(?:are|were|be)\s+invited\s+to\s+the\s+next\s+(?:steps?|stages?|rounds?|phase)",
    r"part\s+(?:2|3|two|three)\s+(?:interview|assessment)",
    # Portuguese: a public process's "convocado(a) para a etapa de entrevista", "pré-selecionado",
    # "eles querem conversar com você", "quer te conhecer"
    r"(?:selecionad[oa]|aprovad[oa])(?:\(a\))?\s+para\s+(?:a\s+)?(?:etapa\s+de\s+)?entrevista"
    r"|agende\s+(?:o\s+melhor\s+horário|um\s+horário|sua\s+entrevista)",
    r"convocad[oa](?:\(a\))?\s+para\s+(?:a\s+)?(?:etapa|entrevista|próxima|prova)"
    r"|convoca[çc][ãa]o\s+para\s+(?:a\s+)?(?:entrevista|etapa|prova)|pré-?selecionad[oa]"
    # Mozambique's and Portugal's public calls: "Convocatória para a entrevista profissional",
    # "o seu nome consta da lista curta dos candidatos admitidos à entrevista"
    r"|convocatória\s+para\s+(?:a\s+)?(?:entrevista|etapa|prova)"
    r"|admitid[oa]s?(?:\(as?\))?\s+(?:à|a)\s+(?:entrevista|prova|etapa)",
    r"(?:querem|quer|gostariam\s+de|gostaria\s+de)\s+(?:conversar|falar|bater\s+um\s+papo)\s+com\s+"
    r"(?:você|vc)|(?:querem|quer)\s+te\s+conhecer",
    # European Portuguese: "passou à fase seguinte", "gostaria de o(a) conhecer pessoalmente",
    # "gostaríamos de avançar para uma segunda conversa"
    r"pass(?:ou|a)\s+(?:à|para\s+a)\s+(?:fase|etapa)\s+seguinte"
    r"|(?:gostaria|gostariam|gostaríamos)\s+de\s+(?:o\(a\)|a\(o\)|o|a|lhe|te)\s+conhecer"
    r"|avançar\s+para\s+uma\s+(?:segunda|próxima|nova)\s+(?:conversa|entrevista|fase)",
    # a phase of hiring, not of a project ("continuity into the next phase")
    r"next\s+phase\s+of\s+(?:the|our)\s+(?:hiring|interview\w*|recruit\w*|selection|application)"
    r"|(?:move|moving|advance|advancing|progress|progressing|invite|inviting)\s+(?:you\s+)?(?:on\s+)?"
    r"to\s+the\s+next\s+phase",
    # "you have been selected for an oral board interview", "shortlisted for interview"
    # (... "that you passed the aptitude test and have been shortlisted for an oral interview")
    r"(?:you(?:'ve|\s+have)\s+been|you\s+were|you're|you\s+are"
    r"|you\s+(?:passed|completed|cleared)\s+(?:\w+\s+){0,4}?and\s+have\s+been)\s+(?:\w+\s+)?(?:selected|shortlisted"
    r"|chosen)\s+(?:for|to\s+attend|to\s+participate\s+in)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}"
    r"interview",
    r"(?:second|third|2nd|3rd|final|follow-?up|another|onsite|on-site|panel|technical|virtual"
    r"|in-person)\s+(?:round|interview|conversation)|(?:second|third|2nd|3rd|another)\s+stage",
    r"(?:like|love|want)\s+(?:to\s+(?:have|see)\s+)?you\s+back\b",
    # "I shared my notes with Bettina, and she'd like to meet you"
    # "I'd like you to come see the plant and meet Yesenia"
    r"(?:'d|would)\s+(?:like|love)\s+(?:for\s+)?you\s+to\s+(?:come\s+(?:and\s+)?(?:in|by|over|see"
    r"|visit|meet|tour)|visit|meet|tour)\b",
    r"(?:'d|would)\s+(?:like|love)\s+to\s+(?:meet|speak\s+(?:with|to)|talk\s+(?:with|to)"
    r"|chat\s+with|meet\s+with)\s+you\b(?!\s+(?:again\s+)?(?:in\s+the\s+future|someday|one\s+day|sometime))",
    # "they'd like to take you through to stage 2", "progress you to the next stage"
    r"(?:take|put|move|progress|invite)\s+you\s+(?:through\s+)?to\s+(?:the\s+)?(?:stage\s+(?:2|3|two"
    r"|three)|(?:next|second|third|final|demo|onsite|panel|technical|case)\s+(?:stage|round))",
    # "would like to bring you back for a second-round panel", "bring you in for a tour"
    r"bring\s+you\s+(?:back|in|on\s*site)\s+for\s+(?:an?\s+|the\s+|a\s+final\s+)?(?:second|third"
    r"|next|final|another|follow-?up|\w+-round|panel|onsite|on-site|in-person|meeting|interview"
    r"|conversation|tour|visit|deeper\s+dive|deep\s+dive)",
    # "would like to move you forward to an onsite"
    r"move\s+you\s+forward\s+to\s+(?:an?\s+|the\s+)?(?:onsite|on-site|panel|final|next|second|interview"
    r"|in-person|case|technical|business\s+case|take-home|assessment|presentation|exercise"
    r"|assignment|work\s+sample)",
    # "Ana would like you to work through a short pricing case", "would like you to come to
    # the school for a demo lesson", "would like to move you forward"
    r"(?:'d|would)\s+like\s+you\s+to\s+(?:work\s+through|prepare|complete)\s+(?:our|an?|the|this)\s+"
    r"(?:[\w-]+\s+){0,3}(?:case|exercise|assignment|task|test|presentation|take-home)\b",
    # ... "Lick Creek wants you to come out to the Lebanon building", "I'd like you to come
    # out and see the plant"
    r"(?:'d\s+like|would\s+like|wants?)\s+you\s+to\s+come\s+(?:out|in|over|down|up|back|to|for"
    r"|and|see|visit)\b",
    r"(?:'d|would)\s+like\s+to\s+move\s+you\s+forward\b",
    # "Client round is fixed for 18th Dec", "your profile has been shortlisted" (by an agency's
    # client, or for the technical round): India's wording for a round to come
    r"(?:client|technical|managerial|hr|final|f2f|face-to-face|next|second|2nd|third|3rd)\s+round"
    r"\s+(?:is|has\s+been|got)\s+(?:fixed|scheduled|confirmed|arranged|lined\s+up|set\s+up)",
    r"shortlisted\s+your\s+(?:profile|cv|resume|application)"
    r"|(?:your\s+)?(?:profile|cv|resume)\s+(?:has\s+been|is|got)\s+shortlisted",
    # Portuguese "querem uma conversa final", "avançou para a etapa de entrevista"; Czech
    # "chtějí tě vidět" (they want to see you), "chce pohovor"
    r"(?:querem|quer|gostariam\s+de)\s+(?:uma\s+)?(?:conversa|entrevista|reunião)\s+final",
    r"(?:avançou|avançaram|passou)\s+(?:para\s+a|pra|pra\s+a|à)\s+(?:próxima\s+|última\s+)?etapa",
    # "Tenho o prazer de convidá-la para a etapa final", "queremos te convidar para uma
    # conversa"; a founder's "Bora bater um papo?"
    r"(?:convidá-l[ao]|convidar-te|convidá-l[ao]s|te\s+convidar|convidamos\s+(?:você|vc))\s+"
    r"(?:\w+\s+){0,2}?para\s+(?:a|uma|o|um)\s+(?:próxima\s+|segunda\s+|nova\s+)?(?:etapa|entrevista"
    r"|conversa|fase|papo|bate-papo|reunião|painel)"
    r"|\b(?:bora|vamos)\s+(?:bater\s+um\s+papo|marcar\s+um\s+papo|conversar)\b",
    # Peruvian Spanish: "pasaste a la última etapa", a public call's "queda convocado(a) a la
    # etapa de ENTREVISTA PERSONAL", a founder's "¿Te animas a una llamada de 30 min?", a
    # headhunter's client who "desea conocerla"
    r"pas(?:aste|ó|aron|ás)\s+a\s+la\s+(?:última|siguiente|próxima|segunda|tercera)\s+(?:etapa|fase"
    r"|instancia|ronda)|convocad[oa](?:\(a\))?\s+a\s+la\s+(?:etapa|fase)\s+de\b"
    r"|\bte\s+animas\s+a\s+(?:una|un)\s+(?:llamada|call|charla|reunión|entrevista|café|videollamada)\b"
    r"|\b(?:desea|desean|quiere|quieren|quisiera|quisieran)\s+conocer(?:la|lo|te|le|los|las)\b"
    # Rioplatense: "queda convocada a la instancia de Entrevista con el Tribunal", "queremos
    # avanzar a la última etapa", "queremos que pases a la última etapa", a founder's "me
    # encantaría charlar 30 min para contarte del proyecto ... y conocerte un poco"
    r"|convocad[oa](?:\(a\))?\s+a\s+la\s+instancia\s+de\b"
    r"|\b(?:queremos|quisiéramos)\s+(?:avanzar|pasar|seguir)\s+a\s+la\s+(?:última|siguiente|próxima)\s+"
    r"(?:etapa|instancia|fase)|\bque\s+pases\s+a\s+la\s+(?:última|siguiente|próxima)\s+(?:etapa|instancia|fase)"
    r"|\bme\s+encantaría\s+(?:charlar|conversar|hablar)\b[^.!?\n]{0,80}?\bconocerte\b",
    # Swiss German: "du bist eine Runde weiter!", "Sie in die engere Auswahl gekommen sind,
    # und laden Sie gerne zu einem Vorstellungsgespräch ... ein", a founder's "Hast du Lust
    # auf einen ersten Call"
    r"\b(?:du\s+bist|Sie\s+sind)\s+(?:eine\s+Runde|einen\s+Schritt)\s+weiter\b"
    r"|\bladen\s+(?:Sie|dich)\s+(?:gerne\s+|gern\s+)?zu\s+(?:einem|einer|dem)\s+(?:\w+\s+)?"
    r"(?:Vorstellungsgespräch|Gespräch|Interview|Kennenlernen)"
    r"|\bLust\s+auf\s+(?:einen|ein)\s+(?:ersten?\s+)?(?:Call|Gespräch|Kaffee|Kennenlernen|Austausch)\b"
    # Polish: "przechodzisz do finału", "Wskoczysz na 30 min calla, żebyśmy się poznali?", "Zarząd
    # ... chciałby spotkać się z Panią osobiście"
    r"|\bprzechodzisz\s+do\s+(?:finału|kolejnego\s+etapu|następnego\s+etapu)"
    r"|\bżebyśmy\s+się\s+poznali\b|\bchciał(?:by|aby|oby)\s+spotkać\s+się\s+z\s+(?:Panią|Panem|Tobą)"
    # a South African founder's "Keen for a first chat?"
    r"|\bkeen\s+(?:for|on)\s+a\s+(?:first\s+|quick\s+)?(?:chat|call|coffee)\b",
    # "nous aimerions donc vous proposer un second rendez-vous, au chai"
    r"vous\s+proposer\s+un\s+(?:second|deuxième|nouveau|dernier|troisième)\s+(?:rendez-vous|entretien"
    r"|échange)",
    r"(?:chtějí|chce|chtěli\s+by)\s+(?:tě|vás)\s+(?:vidět|poznat|pozvat)|\bchce\s+pohovor"
    r"|(?:tě|vás)\s+(?:chtějí|chce)\s+(?:vidět|poznat|pozvat)"
    # a ministry's "zveme Vás proto k pohovoru před výběrovou komisí"
    r"|\bzveme\s+(?:Vás|vás|tě)\s+(?:\w+\s+)?(?:k|na)\s+(?:\w+\s+)?(?:pohovor\w*|rozhovor\w*|kolo|AC\b|assessment)",
    # big tech's "approved you to move forward to team match"; "Congrats on passing the tech
    # screen! Your onsite is confirmed for Friday"
    r"(?:move|moving|go|going|advance|advancing)\s+(?:you\s+)?(?:forward\s+)?to\s+(?:the\s+)?"
    r"team[\s-]+match",
    r"approved\s+you\s+(?:to\s+)?(?:move|go|advance)\s+(?:forward|on)\b",
    r"congrat\w*\s+on\s+(?:passing|clearing|acing)\s+(?:the|your)\s+",
    r"\byour\s+(?:onsite|on-site|virtual\s+onsite|final\s+round|panel)\s+is\s+(?:now\s+)?"
    r"(?:confirmed|scheduled|booked|set)\b",
    # an agency's "my client Acme Freight wants to interview you"
    r"(?:wants?|would\s+like|'d\s+like)\s+to\s+interview\s+you\b",
    # Swedish, Norwegian and Danish: "Vi vill gärna gå vidare. Nästa steg är", "vil gjerne gå
    # videre med et case", "vill gärna träffa dig"
    r"(?:nästa|neste|næste)\s+(?:steg|skridt|trin)\s+(?:är|er|blir|bliver|i\s+processen)",
    r"(?:vill|vil)\s+(?:gärna|gjerne|gerne)\s+gå\s+(?:vidare|videre)(?!\s+med\s+(?:andra|andre|en\s+ann))",
    r"(?:vill|vil)\s+(?:gärna|gjerne|gerne)\s+(?:träffa|møte|møde)\s+(?:dig|deg)\b",
    # "du går vidare till slutintervjun", "Vi vill gärna ta dig vidare till sista steget", a
    # founder's "vill du ta en fika och prata mer?"
    r"(?:du\s+går|ta\s+dig)\s+vidare\s+till\b|\bvill\s+du\s+(?:ta\s+en\s+fika|träffas|ses)\b",
    # Italian "il cliente vuole conoscerti di persona", Portuguese "quer fazer entrevista",
    # "quer conhecer-te", "pedimos que faça o teste online", Spanish "convocarte a una
    # entrevista", "quiere conocerte"
    r"(?:vuole|vorrebbe|vogliono|vorrebbero)\s+(?:conoscerti|incontrarti|conoscerla|incontrarla)\b",
    r"(?:quer|querem|gostaria\s+de|gostariam\s+de)\s+(?:fazer\s+(?:uma\s+)?entrevista|conhecer-te"
    r"|conhecê-l[oa]|conhecer-vos)",
    r"(?:quiere|quieren|querría|querrían)\s+(?:conocerte|conocerle|entrevistarte)\b",
    r"pedimos\s+que\s+(?:faça|faças|realize|realizes|complete|completes)\s+(?:o|um|a|uma)\s+"
    r"(?:\w+\s+){0,2}(?:teste|exerc[ií]cio|case|desafio|avaliação)",
    r"convoca(?:rte|rle|rlo|rla)\s+a\s+(?:una|la)\s+(?:\w+\s+)?entrevista",
    # "We'd like you to do our case interview with Priyamvada"
    r"(?:'d|would)\s+like\s+you\s+to\s+(?:do|take|complete|join|attend)\s+(?:our|an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:interview|round|panel|case\s+study|assessment|exercise|take-?home)\b",
    # "We'd like to move to references as the last step"
    r"(?:like\s+to|'d\s+like\s+to|want\s+to|ready\s+to)\s+move\s+(?:on\s+)?to\s+(?:the\s+)?references",
    # (not the steps that come "once we've wrapped up the other conversations")
    r"next\s+steps?\b(?![^.?!;\n]{0,40}?\b(?:once|after|when)\s+(?:we|they|the\s+team)\b)"
    r"[^.?!;\n]{0,80}\b(?:schedul\w*|availab\w*|calendar|book|time\s+slot|invite"
    r"|interview|call|meet|chat|on-?site|round|panel|assessment|exercise|conversation|test|task"
    r"|challenge|assignment|take-?home|case|portfolio|visit|come\s+(?:in|by|over|down))",
    # A review of the person's work, in person or on a call: "come in for a portfolio review",
    # "walk us through a few of your projects", "come into the studio" (one already held,
    # "thanks for coming in for the portfolio review", is past)
    r"portfolio\s+(?:review|presentation|walk-?\s?through|session)",
    r"(?:walk|take)\s+(?:us|me|the\s+team)\s+through\s+(?:your|some\s+of\s+your|a\s+few\s+of\s+your"
    r"|one\s+of\s+your)\s+(?:\w+\s+)?(?:portfolio|projects?|work|reel|case\s+stud\w+)",
    r"come\s+(?:in|into|by|down\s+to|over\s+to|to)\s+(?:the|our)\s+(?:studio|office|shop|workshop"
    r"|kitchen|site|store|restaurant|salon|theatre|theater|warehouse|clinic|lab)\b",
    # (not the noun: "with the holiday schedule the panel interviews won't be set")
    r"(?:(?<!holiday\s)(?<!holidays\s)(?<!the\s)(?<!our\s)(?<!my\s)(?<!busy\s)schedule|set\s+up"
    r"|arrange|book|coordinate)\s+(?:a|an|the|your|some|a\s+time\s+for)"
    # ("set up a 30-minute phone screen with you")
    r"\s+(?:[\w-]+\s+){0,2}(?:interview|call|time|meeting|chat|conversation|onsite|session|screen)",
    r"(?<!/)reschedul\w*(?![/?=&])",  # (not a link's path: ".../interviews/reschedule?iid=")
    # (not a screening form's "a few quick questions about your availability and forklift
    # experience", which a receipt asks for)
    r"(?<!questions\sabout\s)(?<!question\sabout\s)(?<!confirming\s)(?<!confirmed\s)"
    r"(?:your|send\s+(?:me|us)\s+(?:your|some))\s+availability|availability\s+(?:for|over|this|next)",
    r"when\s+(?:are|would)\s+you\s+(?:be\s+)?(?:available|free)",
    r"(?:would|are|will)\s+you\s+(?:be\s+)?(?:available|free)\s+(?:for|to|on|next|this"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    r"can\s+you\s+(?:do|make|jump\s+on|hop\s+on)\s+(?:a\s+)?(?:\w+\s+)?(?:call|chat|meeting|interview)",
    r"present\s+(?:a|your|the)\s+(?:\w+\s+)?(?:case|presentation|portfolio|project|work)",
    r"cal\.com/|savvycal|chilipiper|hubspot\.com/meetings|bookwithme|zcal\.co"
    r"|(?:here's|here\s+is|grab\s+time\s+on|book\s+(?:a\s+)?time\s+on)\s+my\s+calendar|my\s+calendar\s*:",
    r"(?:virtual|final|full)\s+on-?site|on-?site\s+(?:interview|visit|loop|day)",
    r"(?:pick|select|choose|book|grab|find|propose)\s+(?:a|some|the)\s+(?:[\w-]+\s+)?"
    r"(?:time|times|slot|slots)",
    r"(?:what|which)\s+times?\s+(?:work|suit)",
    r"times?\s+that\s+(?:work|suit)",
    # (not to a survey: "we'd like to invite you to complete our voluntary equal
    # opportunities survey")
    rf"invite\s+you\s+(?:back|to)\s+(?!apply){_NO_SURVEY}",
    # "I'd like to invite you out to Raheen for an interview with myself and Joe"
    r"invite\s+you\s+(?:out|in|over|along|down|up)\s+to\s+[^.!?\n]{2,40}?\s+for\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:interview|assessment|meeting|visit)",
    r"invite\s+you\s+for\s+(?:an?|the|your)\s+(?:[\w-]+\s+){0,2}(?:interview|assessment|call"
    r"|conversation|meeting)",
    # Microsoft Bookings' page: "book/TYHLRecruitment@tyhl.com.hk"
    r"outlook\.office(?:365)?\.com/(?:owa/calendar/\S+/)?book(?:ings)?/|booking\s+page",
    r"(?:move|moving|advance|advancing|progress|progressing)\s+(?:you\s+)?(?:forward\s+)?to\s+the"
    r"\s+(?:next|final|onsite)",
    r"meet\s+(?:the|more\s+of\s+the|with\s+(?:the|our))\s+(?:\w+\s+)?team",
    r"calendly\.com|goodtime\.io|calendar\.app\.google|app\.greenhouse\.io/\S*schedul"
    r"|schedul(?:e|ing)\s+link|self-schedul\w*|booking\s+link",
    r"offer\s+(?:you\s+|of\s+)an?\s+(?:\w+\s+)?interview",
    r"(?:move|moving)\s+forward\s+with\s+you\b(?!r)|next\s+up\s+(?:is|will\s+be)",
    r"(?:push|move|shift|postpone)\s+(?:your|the|our)\s+(?:\w+\s+)?(?:interview|call|meeting|chat|onsite)",
    r"take-?\s?home\s+(?:\w+\s+)?(?:exercise|assignment|project|challenge|test|task)",
    # "Next step: could you send a writing sample (a brief or memo you drafted ...)?"
    r"next\s+step\s*[:\u2013\u2014-]\s*(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:send|share"
    r"|complete|prepare)\s+(?:me\s+|us\s+)?(?:an?\s+|your\s+)?(?:[\w-]+\s+){0,2}(?:sample|exercise"
    r"|assignment|case|presentation|portfolio)\b",
    # A work sample named by its craft: "a paid design test", "a short writing exercise".
    r"(?:coding|technical|case|skills?|online|design|writing|practical|paid|trial|work\s+sample)"
    r"\s+(?:exercise|assignment|assessment|challenge|test|study|task)",
    PLATFORMS,
    rf"invited\s+to\s+{_NO_SURVEY}(?:complete|schedule|take|participate|attend|book|join)",
    # a state's NEOGOV notice: "The department would like to schedule you for an oral interview"
    r"(?:like|want|wish|able|pleased|happy)\s+to\s+(?:schedule|invite|book)\s+you\s+(?:for|to|in)\s+"
    r"(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,3}(?:interview|assessment|panel|meeting|conversation"
    r"|call)\b",
    # "You are invited to an oral board interview on Tuesday"
    r"(?:are|been|be)\s+invited\s+to\s+(?:an?|the|your)\s+(?:[\w-]+\s+){0,3}(?:interview|assessment"
    r"|panel|meeting|conversation)",
    # an agency: "They loved your phone screen and want you down in Springfield next Wednesday"
    r"(?:want|wants|would\s+like)\s+(?:to\s+(?:meet|see)\s+)?you\s+(?:down|in|out|over|up|back)\s+"
    r"(?:in|at|to|for|next|on|this)\b|(?:wants?|would\s+(?:like|love))\s+to\s+meet\s+you\b",
    INTERVIEW_KINDS,
    r"record\s+(?:your|a\s+few|some|short)\s+(?:\w+\s+)?(?:answers|responses|video)",
    # "bring you in", "have you back in", "bring you onsite": a round in person
    # "we'd like to bring you to our New York office for a final-round onsite"
    r"(?:bring|fly|have)\s+you\s+(?:out\s+)?to\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:office|offices|campus"
    r"|hq|headquarters|studio)\b",
    # "you're moving on to team matching", as big tech's new-grad loops end
    r"(?:moving|moved|move|advancing|advanced)\s+(?:on|forward)\s+to\s+team\s+match\w*",
    r"(?:bring|have|get)\s+you\s+(?:back\s+)?(?:in|on-?site|into\s+the\s+office)\b"
    r"(?!\s+(?:mind|touch|the\s+loop|our\s+(?:system|database|records|pipeline)))"
    r"(?:\s+(?:for|to)\b)?",
    r"(?:join|do|schedule|arrange|set\s+up)\s+a\s+(?:\w+\s+)?panel\b",
    r"(?:what|which)\s+(?:days?|dates?)\s+(?:work|suit|would\s+work)",
    r"(?:days?|dates?)\s+that\s+(?:work|suit)|next\s+step\s+(?:would\s+be|will\s+be|is)\s+(?:an?|the)\s",
    r"when\s+(?:works|would\s+work|suits)\s+(?:best\s+)?(?:for\s+)?you\b|when\s+works\s+best",
    r"interview\s+(?:has\s+been|is|was)\s+(?:now\s+)?(?:scheduled|confirmed|booked|set)",
    # "I'd like to set up about an hour with me and two colleagues ... Would Thursday 12/10 at
    # 2:00 work?", "I'd love to have you out to Waltham for an onsite"
    r"(?:I'd|I\s+would|we'd|we\s+would)\s+(?:like|love)\s+to\s+(?:set\s+up\s+(?:about\s+|roughly\s+)?"
    r"(?:an?\s+)?(?:hour|\d+\s+min\w*|half\s+an\s+hour)|have\s+you\s+(?:out|in|over|come))\b"
    # "I'd like to set up a first 30-minute phone screen"
    r"|(?:I'd|I\s+would|we'd|we\s+would)\s+(?:like|love)\s+to\s+(?:set\s+up|schedule|arrange|book)\s+"
    r"(?:an?\s+|your\s+)?(?:first\s+|quick\s+|short\s+)?(?:[\w-]+\s+)?(?:phone\s+screen|video\s+call"
    r"|phone\s+call|interview|screening\s+call)\b"
    r"|\bwould\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.?!\n]{0,30}\bwork\s*\?"
    r"|\bfor\s+an\s+on-?site\b",
    # NHS Jobs: "Royal Docklands Hospitals NHS Trust has invited you to an interview for:",
    # "Sign in ... to choose an interview date and time"
    r"(?:has|have)\s+invited\s+you\s+to\s+(?:an?\s+)?(?:\w+\s+)?interview"
    r"|choose\s+(?:an?\s+|your\s+)?interview\s+(?:date|time|slot)",
    *_REFERENCES,
    r"(?:zweiten?|nächsten|weiteren|finalen)\s+(?:Gespräch|Runde|Interview|Vorstellungsgespräch)"
    # "Gerne möchten wir Sie im nächsten Schritt zu uns ins Werk Linz einladen"
    r"|(?:im|als)\s+nächsten\s+Schritt\s+(?:[\w-]+\s+){0,10}?einladen"
    # an Austrian federal office: "dass Sie zur nächsten Stufe des Aufnahmeverfahrens, dem
    # Hearing vor der Aufnahmekommission, eingeladen werden" ("Einladung zum Hearing")
    r"|zur\s+nächsten\s+(?:Stufe|Phase|Runde)\b|Einladung\s+zum\s+Hearing\b"
    # "dass Herr Weidinger Sie gerne zu einem persönlichen Gespräch an unserem Standort in
    # Vösendorf einladen möchte", "dass Sie zum Hearing vor der Auswahlkommission eingeladen
    # werden"
    r"|Zweitgespräch|Termine?\s+(?:\w+\s+){0,3}(?:passen|vorschlagen)|(?:Sie|dich)\s+(?:\w+\s+){0,10}"
    r"(?:ein(?:zu)?laden|eingeladen\s+(?:werden|sind|wirst|bist))"
    # "Wir möchten Sie daher zu einem Auswahlgespräch am Mittwoch, 16. Dezember 2026, um 10:00
    # Uhr einladen" (a date's dots inside), "Gern laden wir Sie zu einem persönlichen
    # Vorstellungsgespräch in unsere Niederlassung in Böblingen ein"
    r"|(?:Sie|dich)\s+(?:\w+\s+){0,3}zu\s+(?:einem|einer)\s+(?:[\w-]+\s+)?[\w-]*(?:gespräch|interview)\b"
    r"(?:[^.!?\n]|(?<=\d)\.){0,80}?\beinladen\b"
    r"|\blad(?:en|e)\s+(?:wir|ich)\s+(?:Sie|dich)\s+(?:\w+\s+){0,3}zu\s+(?:einem|einer)\s+"
    r"(?:[\w-]+\s+)?[\w-]*(?:gespräch|interview)\b[^.!?\n]{0,80}?\bein\b"
    # "Hast du Lust auf ein erstes Kennenlerngespräch mit mir und unserem Lead Engineer?"
    r"|\bLust\s+auf\s+ein(?:en)?\s+(?:erstes?\s+|kurzes?\s+)?(?:[\w-]*gespräch|Interview|Telefonat"
    r"|Kennenlernen|Call)\b"
    # "Gerne würde ich Sie für ein erstes Telefonat anrufen"
    r"|(?:Sie|dich)\s+(?:für|zu)\s+(?:ein(?:em)?\s+)?(?:erstes?\s+|kurzes?\s+)?(?:Telefonat"
    r"|Telefoninterview|Videointerview|Videogespräch)\s+an(?:zu)?rufen",
    # "möchte dich für die Stelle Controller (m/w/d) ... persönlich kennenlernen"
    # (an abbreviation's dot inside: "in einem ersten Telefoninterview (ca. 30 Minuten) näher")
    r"(?:möchte|möchten|würde|würden)\s+(?:Sie|dich)\s+(?:[^.!?\n]|\b(?:ca|bzw|ggf|z\.\s?B)\.){0,100}?"
    r"kennen(?:zu)?lernen",
    # (not the person's own, passed on: "Je transmets vos disponibilités à M. Wälti")
    r"(?:second|deuxième|prochain)\s+entretien|(?<!transmets\s)(?<!transmis\s)vos\s+disponibilités"
    r"|vous\s+inviter\s+à"
    # "nous aimerions donc vous faire rencontrer le Groupe pour l'étape finale", an agency's
    # "Notre client ... veut vous rencontrer", "ils veulent vous voir"
    r"|vous\s+faire\s+rencontrer\b|\bveu(?:t|lent)\s+vous\s+(?:voir|rencontrer)\b"
    # "nous avons le plaisir de vous convier à un entretien devant le jury", "Convocation –
    # entretien", "vous êtes convoqué(e) à un entretien"
    r"|(?:vous|te)\s+convier\s+à\s+(?:un|une|l['’])\s*(?:\w+\s+)?(?:entretien|épreuve|oral|rencontre)"
    r"|convocation\s+(?:à\s+(?:un|l['’])\s*|[-\u2013\u2014:]\s*)entretien"
    r"|convoqué(?:e|\(e\))?\s+à\s+(?:un|une|l['’])\s*(?:\w+\s+)?(?:entretien|épreuve|oral)",
    # "je te propose un 2e entretien d'1h15 en visio", "Tu pourrais passer au studio jeudi ?"
    r"\b(?:2e|3e|2ème|3ème|nouvel)\s+entretien|(?:je|nous)\s+(?:te|vous)\s+propos\w*\s+(?:un|une)\s+"
    r"(?:\w+\s+)?(?:entretien|échange|rencontre|visio)\b"
    r"|(?:tu\s+pourrais|pourrais-tu|pourriez-vous|vous\s+pourriez)\s+passer\s+(?:au|aux|à\s+l)",
    # Québec: "votre candidature a été retenue pour la prochaine étape du processus", "Vous
    # êtes convoqué(e) à une entrevue de sélection", "une deuxième entrevue"
    r"retenue?\s+pour\s+la\s+(?:prochaine|dernière)\s+étape"
    # "votre candidature a été retenue pour un entretien avec le jury de recrutement", "nous
    # souhaiterions vous rencontrer. Seriez-vous disponible le lundi 21 décembre"
    r"|retenue?\s+pour\s+(?:un|une|l['’])\s*(?:entretien|entrevue|épreuve)"
    r"|(?:souhaiterions|souhaitons|aimerions|voudrions)\s+vous\s+rencontrer"
    r"|seriez-vous\s+disponible"
    # Geneva's canton: "retenue pour la suite de la procédure", "Vous êtes convoqué·e à un
    # test écrit"
    r"|retenue?\s+pour\s+la\s+suite\s+(?:de\s+la\s+procédure|du\s+processus)"
    r"|convoqué(?:\(e\)|·e|e)?\s+à\s+(?:un|une|la|votre)\s+(?:entrevue|entretien|test|examen|épreuve"
    r"|mise\s+en\s+situation|journée)"
    # a federal selection office: "Vous êtes convoqué(e) à l'épreuve orale, un entretien"
    r"|convoqué(?:\(e\)|e)?\s+à\s+(?:l['’](?:épreuve\s+orale|entretien|entrevue)|une\s+épreuve\s+orale)"
    # an Ecuadorian concurso: "CONVOCATORIA A ENTREVISTA", "un puntaje que le habilita para la
    # fase de entrevista"
    r"|convocatoria\s+a\s+(?:la\s+)?entrevista|\bhabilita\s+para\s+la\s+(?:fase|etapa)\s+de\s+entrevista"
    # a Moroccan concours: "vous êtes admis(e) à passer l'entretien oral", "Convocation à
    # l'entretien oral"
    r"|admis(?:\(e\)|e)?\s+à\s+passer\s+l['’](?:entretien|épreuve\s+orale)"
    r"|convocation\s+à\s+l['’](?:entretien|épreuve\s+orale)"
    # (not "il nous reste une dernière entrevue à faire": the others')
    r"|(?:deuxième|seconde|prochaine)\s+entrevue",
    # "qui souhaite vous rencontrer", "le dernier tour de notre processus", "Je vous propose
    # de venir nous rencontrer", "Pouvez-vous me confirmer votre disponibilité ?"
    r"(?:souhaite|souhaitent|souhaiterait|souhaiteraient|aimerait|aimeraient|aimerions|voudrait"
    r"|voudraient|voudrions)\s+(?:vous|te)\s+rencontrer"
    r"|dernier\s+(?:tour|entretien)|(?:je|nous)\s+vous\s+propos(?:e|ons)\s+de\s+venir"
    r"|confirmer\s+(?:votre|ta)\s+disponibilité",
    # Québec French: "une deuxième entrevue", "vous rencontrer à nouveau"
    r"(?:deuxième|seconde|troisième|prochaine)\s+(?:entrevue|rencontre)|vous\s+rencontrer\s+(?:à|de)\s+nouveau",
    # French: "une deuxième étape : une mise en situation", "un cas pratique", "t'inviter à"
    r"(?:deuxième|seconde|troisième)\s+étape|mise\s+en\s+situation|(?:cas|test|exercice)\s+"
    r"(?:pratique|technique)|test\s+d'écriture|t'inviter\s+à|entretien\s+final",
    # The next step abroad, when it names what it is (as "next step" does above): "la
    # prochaine étape serait un test", "il passaggio successivo: una prova", "el siguiente
    # paso es una prueba", "de volgende stap: een opdracht"; not "the next step is our decision".
    r"(?:prochaine\s+étape|étape\s+suivante|passaggio\s+successivo|prossim[oa]\s+(?:passo|fase"
    r"|step|tappa)|(?:fase|step)\s+successiv[oa]|(?:siguiente|próximo)\s+paso|próximo\s+passo"
    r"|volgende\s+stap)\b[^.?!;\n]{0,80}\b(?:entretien|entrevue|rencontre|test|exercice|cas"
    r"|mise\s+en\s+situation|colloquio|prova|incontro|entrevista|prueba|reunión|teste|case"
    r"|desafio|gesprek|opdracht|ronde|assessment|disponib\w*|beschikbaar\w*|agend\w*|calend\w*)",
    r"(?:segunda|siguiente|próxima)\s+(?:entrevista|etapa|fase)|tu\s+disponibilidad"
    # Catalan: "ens agradaria que fessis l'última xerrada, amb la Clàudia (CEO)"
    r"|l'última\s+(?:xerrada|entrevista)|ens\s+agradaria\s+que\s+fessis"
    # Portuguese: "você avançou no processo", "passou para a próxima etapa"
    r"|(?:você|vc)\s+(?:avançou|passou)\s+(?:no\s+processo|para\s+a\s+próxima\s+etapa)"
    # a headhunter's "o cliente curtiu demais teu perfil ... e quer te ver"
    r"|\b(?:quer|querem|gostaria|gostariam)\s+(?:muito\s+)?(?:te|lhe)\s+(?:ver|conhecer|entrevistar)\b"
    r"|agendar\s+una"
    # "Nos gustaría coordinar una entrevista por Teams con Marcelo"
    r"|(?:coordinar|programar|concertar)\s+una\s+(?:\w+\s+)?(?:entrevista|llamada|reunión|charla)",
    # Argentine "queremos avanzar con vos a la instancia final", "la 2da entrevista"
    r"(?:avanzar|seguir)\s+(?:con\s+(?:vos|usted|ti|tu\s+candidatura)|contigo)\s+(?:a|hacia|en)\s+(?:la\s+)?"
    r"(?:instancia|etapa|fase|entrevista)|instancia\s+final|(?:siguiente|próxima|última)\s+instancia"
    r"|\b(?:2da|2ª|3ra|3ª)\s+(?:entrevista|etapa|instancia|ronda)|quiere\s+una\s+(?:2da|segunda)\b",
    # Spanish: "invitarte a la entrevista final", "una prueba técnica"
    r"(?:entrevista|ronda)\s+final|prueba\s+(?:técnica|práctica|escrita|de\s+(?:nivel|redacción"
    r"|traducción|código|programación|diseño|habilidades))"
    r"|invitar(?:te|le|lo|la)\s+a\s+(?:la|una|un)\s+(?:\w+\s+)?(?:entrevista|reunión|prueba|visita"
    r"|planta|oficina)"
    # Puerto Rican "para la última ronda", "la próxima ronda"
    r"|(?:última|siguiente|próxima|segunda|tercera)\s+ronda",
    r"secondo\s+colloquio|(?:tua|sua)\s+disponibilità|tweede\s+gesprek|beschikbaarheid",
    # Italian: "una prova di editing", "un colloquio finale", "invitarla a un incontro"
    # (not "un periodo di prova di sei mesi", a probation)
    r"prova\s+(?:pratica|tecnica|scritta|attitudinale|di\s+(?:editing|scrittura|traduzione"
    r"|redazione|correzione|lettura|codice|programmazione|progettazione|design|lingua|inglese))"
    r"|colloquio\s+(?:finale|tecnico)|(?:prossimo|nuovo)\s+colloquio"
    # "Vorrei approfondire di persona: le andrebbe bene mercoledì 16 dicembre alle 14:30?"
    r"|(?:le|ti|vi)\s+andrebbe\s+bene|approfondire\s+di\s+persona"
    r"|(?:mi|ci)\s+propong[ao]\s+(?:pure\s+)?un'alternativa"
    r"|invitar(?:la|ti|vi)\s+a\s+(?:un|una|al|alla)\b",
    # Dutch and Flemish: "uitnodigen voor de volgende stap: een schrijftest", "een proefopdracht"
    r"(?:tweede|derde|volgende|laatste)\s+(?:ronde|sollicitatiegesprek)|vervolggesprek"
    r"|(?:schrijf|proef|praktijk|vertaal|taal|programmeer|thuis)(?:test|opdracht|toets)\b"
    r"|(?:je|u)\s+(?:graag\s+)?uitnodigen\s+voor|nodigen\s+(?:je|u)\s+(?:graag\s+)?uit\s+voor"
    # an agency's "Deltaflux wil je graag spreken voor de rol van ..."
    r"|wil(?:len)?\s+(?:je|u)\s+(?:graag\s+)?(?:wat\s+)?(?:beter\s+)?(?:spreken|ontmoeten|leren\s+kennen)\b"
    # a Flemish city's "Graag nodigen wij u uit voor een selectiegesprek (mondelinge proef)"
    r"|\b(?:graag\s+)?nodigen\s+(?:wij|we)\s+(?:u|je|jou)\s+(?:graag\s+)?uit\s+voor\s+(?:een|het|de)\s+"
    r"(?:\w+\s+)?(?:selectiegesprek|sollicitatiegesprek|gesprek|assessment|proef)"
    # "geselecteerd bent voor het eindgesprek", "U wordt uitgenodigd voor het volgende
    # onderdeel: een selectiegesprek", a founder's "ik had meteen zin om je te leren kennen.
    # Zin in een babbel bij een koffie?"
    r"|geselecteerd\s+(?:bent|ben\s+je|werd)\s+voor\s+(?:het|de|een)\s+(?:\w+\s+)?(?:eindgesprek"
    r"|selectiegesprek|gesprek|assessment|ronde|proef)"
    # (not "laat ik je weten of je wordt uitgenodigd voor het tweede gesprek": whether)
    r"|(?<!\bof\s)(?:u|je)\s+wordt\s+uitgenodigd\s+voor|zin\s+om\s+je\s+te\s+leren\s+kennen"
    r"|zin\s+in\s+een\s+(?:babbel|koffie|gesprek)"
    # "Schikt woensdag 9 december om 16.00 uur voor een telefonisch kennismakingsgesprek?"
    r"|\bschikt\s+[^.?!\n]{0,60}\bvoor\s+een\s+(?:\w+\s+){0,3}(?:\w*gesprek|kennismaking)",
    r"segunda\s+entrevista|(?:sua|tua)\s+disponibilidade",
    # Portuguese: "um teste técnico", "um case prático"
    r"(?:teste|prova|case|desafio)\s+(?:técnic[oa]|prátic[oa])",
    # Norwegian "et andre intervju" is a second one; "andre intervjuer" are others' interviews.
    r"(?:nästa|andra|neste|næste|anden)\s+(?:intervju\w*|runda|runde|omgång|samtale|samtal)"
    r"|andre\s+(?:intervju|runde|samtale)\b|(?:invitere|innkalle)\w*\s+(?:deg|dig)\s+(?:\w+\s+)?til"
    r"|\b2\.\s*samtale|anden\s+samtale"
    r"|bjuda\s+in\s+dig\s+till|(?:hvilke|vilka)\s+(?:dager|dagar|dage|tider)\s+(?:som\s+)?pass"
    r"|(?:din|er)\s+tillgänglighet|når\s+passer\s+det|när\s+passar\s+det",
    # (not the qualified in general: "Kandydaci zakwalifikowani do kolejnego etapu zostaną
    # powiadomieni indywidualnie")
    r"(?<!zakwalifikowani\sdo\s)(?<!zakwalifikowane\sdo\s)(?:kolejn|następn|drug)\w*\s+"
    r"(?:etap\w*|rozmow\w*|spotkani\w*)"
    r"|zaprosić\s+(?:Panią|Pana|Cię)\s+na|(?:Pani|Pana|Twoją)\s+dostępność"
    # an agency's "Tarnhaven Re chce się z Tobą spotkać", "zaproszenie na rozmowę"
    r"|(?:chce|chcą|chciałby|chciałaby|chcielibyśmy)\s+się\s+z\s+(?:Tobą|Panią|Panem)\s+spotkać"
    # ... and "mój klient, Orrenby Pharma, po lekturze Pani/Pana CV chce się spotkać"
    r"|\bklient\w*,?\s+(?:[^.!?\n]{0,80}?\s)?(?:chce|chcą|chciałby|chciałaby)\s+się\s+spotkać"
    r"|zaproszenie\s+na\s+(?:\w+\s+)?rozmowę",
    # Czech and Slovak: "pozvali do druhého kola", "pozvánka do 2. kola", "ďalšie kolo"
    r"(?:druh|dalš|ďalš|následuj|finální|finálne|závěrečn|záverečn)\w*\s+kol[ao]\b|\b2\.\s*kol[ao]\b"
    r"|pozv\w*\s+(?:Vás|tě|ťa)\s+(?:\w+\s+)?(?:do|na)\b|(?:Vás|tě|ťa)\s+pozv\w*\s+(?:do|na)\b",
    # Finnish: "toiselle kierrokselle", "jatkohaastatteluun", "seuraavaan vaiheeseen"
    # (not those already there: "Pyydämme sitä kaikilta toiselle kierrokselle edenneiltä")
    r"(?:toise\w*|seuraava\w*)\s+(?:kierro\w*|vaihee\w*|haastattelu\w*)\b(?!\s+edenn\w*)"
    r"|jatkohaastattelu\w*|ennakkotehtäv\w*"
    # Romanian: "te invităm în runda finală", "dorim să vă invităm la un interviu", a test
    # passed ("ați fost declarat(ă) ADMIS(Ă)") before the interview, a founder's "Ai avea
    # timp de o discuție de 30 de minute?"
    r"|(?:te|vă|va)\s+invit\w*\s+(?:în|in|la)\s+(?:un\s+|o\s+)?(?:runda|etapa|interviu\w*|discuți\w*"
    r"|discuti\w*|întâlnire)|runda\s+(?:final[ăa]|a\s+doua|a\s+treia)"
    r"|declarat\(?[ăa]?\)?\s+admis|ai\s+avea\s+timp\s+de\s+o\s+(?:discuție|discutie|întâlnire|cafea)"
    # "Haluaisimme kutsua sinut haastatteluun", a headhunter's "toimitusjohtaja haluaa tavata
    # sinut henkilökohtaisesti", a founder's "haluttais jutella"
    r"|kutsu\w*\s+(?:sinut|teidät)\s+(?:\w+\s+)?haastatteluun|halua[a-z]*\s+tavata\s+(?:sinut|teidät)"
    r"|halu(?:ttais(?:iin)?|aisimme|aisin)\s+(?:\w+\s+)?(?:jutella|keskustella)",
    # Japanese: "二次面接のご案内", "最終面接", "二次選考", "面接にお進みいただきたく"
    r"[二三四]次(?:面接|選考)|最終(?:面接|選考)|面接にお進み",
    # a paid trial before the decision: "'n trial shift", "a working interview", Afrikaans
    # "proefdag"; Polish "zapraszamy na II etap"
    r"trial\s+(?:shift|day)|working\s+interview|proefdag|proefskof|werksdag\s+op\s+proef",
    r"\b(?:II|III|2\.|3\.)\s+etap\w*|zaprasza\w*\s+(?:\w+\s+)?na\s+(?:\S+\s+)?(?:etap\w*|rozmow\w*"
    r"|spotkani\w*)",
    # Turkish "ikinci görüşmeye davet", Korean "2차 면접", "합격하셨습니다" (a stage passed),
    # Afrikaans "tweede onderhoud"
    # (not what the next stage is about: "bir sonraki aşamayla ilgili size ay sonuna kadar
    # bilgi vermiş olacağız", news promised about it)
    r"(?:ikinci|sonraki|bir\s+sonraki|final|teknik|yüz\s+yüze)\s+(?:görüşme|mülakat|aşama)\w*(?!\w)"
    r"(?!\s+(?:ilgili|hakkında))"
    r"|(?:görüşme|mülakat)\w*\s+davet\w*",
    # an agency's "Müşterimiz Sarıyer Ödeme seninle görüşmek istiyor!"
    r"(?:seninle|sizinle)\s+(?:\w+\s+)?görüşmek\s+isti\w*",
    # "SÖZLÜ MÜLAKATA ÇAĞRILDINIZ", a headhunter's "müşterimiz ... sizinle tanışmak istiyor", a
    # founder's "Bir 30-40 dk online konuşalım mı?"
    r"mülakat\w*\s+çağr\w*|(?:seninle|sizinle)\s+tanışmak\s+isti\w*|\bkonuşalım\s+mı\b",
    # Azerbaijani "sizi final mərhələyə dəvət edirik", "Sizi müsahibə mərhələsinə dəvət edirik",
    # "MÜSAHİBƏYƏ DƏVƏT", "... səni müsahibəyə çağırır", "səninlə ... görüşmək istəyir"
    r"mərhələ\w*\s+dəvət\s+edir\w*|müsahibəyə\s+(?:dəvət|çağır\w*)"
    r"|(?:sizinlə|səninlə)\s+(?:\S+\s+){0,8}?görüşmək\s+istəyir\w*",
    # Uzbek "... ikkinchi bosqichi – suhbatga taklif etadi", "SUHBATGA TAKLIFNOMA", an agency's
    # "siz bilan suhbatlashmoqchi" (wants to talk with you)
    r"suhbatga\s+taklif\w*|siz\s+bilan\s+suhbatlashmoqchi",
    r"[2-5]차\s*(?:면접|전형)|(?:임원|최종|실무|기술)\s*면접|면접\s*일정|합격하셨습니다",
    # "서류전형 합격을 축하드립니다" (the papers passed), "1차 면접 합격 소식", "다음 단계는 과제
    # 전형입니다" (a take-home next), a headhunter's "면접을 보고 싶다는 연락이 왔습니다"
    r"서류\s*전형\s*합격|[1-4]차\s*(?:면접\s*)?합격|과제\s*전형|면접을\s*보고\s*싶",
    r"(?:tweede|volgende|finale)\s+(?:onderhoud|rondte|fase)",
    # a final chat with the owners; Hebrew "להתקדם איתך לשלב הבא/הסופי", Vietnamese "vòng tiếp
    # theo" (the next round), "vòng phỏng vấn cuối"
    r"(?:have|join|do)\s+a\s+final\s+(?:chat|meeting|catch-?up|conversation)\s+with",
    r"(?:להתקדם|להמשיך)\s+(?:\S+\s+)?לשלב\s+(?:הבא|הסופי|האחרון)|ראיון\s+(?:שני|סופי|המשך)",
    r"vòng\s+(?:phỏng\s+vấn\s+)?(?:tiếp\s+theo|hai|2)",
    # Hebrew "שעברת לשלב הבא בתהליך" (that you have passed to the next stage)
    r"[שו]?עבר\S*\s+לשלב\s+(?:הבא|הסופי|האחרון)",
    # Indonesian "lolos ke tahap selanjutnya", "wawancara tahap kedua", "wawancara user";
    # Malay "temu duga peringkat kedua", "dijemput ke temu duga"; Swahili "usaili wa pili"
    r"(?:lolos|lanjut|maju)\s+ke\s+tahap\s+(?:selanjutnya|berikutnya|akhir)|(?:wawancara|interview)"
    r"\s+(?:tahap\s+(?:kedua|ketiga|akhir|lanjutan)|user|lanjutan)|undangan\s+wawancara",
    r"(?:temu\s*duga|temuduga)\s+(?:peringkat\s+)?(?:kedua|ketiga|akhir|seterusnya)"
    r"|dijemput\s+(?:\w+\s+)?(?:ke|untuk|menghadiri)\s+(?:sesi\s+)?(?:temu\s*duga|temuduga)",
    r"usaili\s+wa\s+(?:pili|tatu|mwisho)|kukualika\s+(?:kwa|kwenye)\s+usaili",
    # Tagalog and Taglish: "Gusto ka sana naming makausap for a first chat" (we'd like to talk
    # with you), "Pwede ka ba next week", "ma-schedule ang final interview mo"
    r"gusto\s+(?:ka|kayo|po\s+kayo)\s+(?:sana\s+)?(?:naming|namin|kong|ko)\s+(?:makausap"
    r"|ma-?interview|makilala|makita)",
    # Mexican "te proponemos una entrevista con ...", "¿te acomoda el horario?"
    r"(?:te|le|les)\s+(?:proponemos|propongo|queremos\s+proponer)\s+(?:una|un)\s+(?:\w+\s+)?"
    r"(?:entrevista|reunión|llamada|videollamada|conversación)|(?:te|le)\s+acomoda\s+(?:el\s+)?horario"
    # "Te invitamos a una entrevista presencial con la Jefa de Enfermería"
    r"|(?:te|le|los|las)\s+invitamos\s+a\s+(?:una|un|la|el)\s+(?:\w+\s+)?(?:entrevista|reunión"
    r"|prueba|evaluación|visita|clase\s+muestra)",
    # Chinese "邀请您参加二面", "进入下一轮", "通过…一面"; Québec French "passer à la dernière
    # étape"; Spanish "el siguiente paso es una evaluación técnica"
    r"邀(?:请|請)(?:您|你)(?:来\S{0,12}|來\S{0,12})?(?:参加|參加)(?:二面|三面|终面|終面|复试|複試|第二|下一)|进入(?:下一轮|二面|终面)"
    r"|進入(?:下一輪|第二階段)",
    # a headhunter's "客户希望安排一面" (the client wants to arrange a first round)
    r"(?:希望|想|想要|准备|準備)安排(?:一面|二面|三面|终面|終面|面试|面試|复试|複試)",
    r"passer\s+à\s+(?:la\s+)?(?:dernière|prochaine|suivante)\s+étape",
    # Québec: "tu passes à la dernière ronde", "vous êtes invitée à l'étape finale du processus"
    r"(?:passes?|passez|passer)\s+à\s+la\s+(?:dernière|prochaine|deuxième|troisième|2e|3e)\s+"
    r"(?:ronde|étape)|invitée?s?\s+à\s+l['’]étape\s+(?:finale|suivante)"
    # a founder's "Aurais-tu 45 min la semaine prochaine pour qu'on jase, toi, moi pis notre CTO?"
    r"|(?:aurais-tu|auriez-vous)\s+(?:\d+\s*min\w*|quelques\s+minutes|un\s+moment|du\s+temps)\b"
    r"|pour\s+qu['’]on\s+jase\b",
    r"(?:el\s+)?siguiente\s+paso\s+(?:es|será|sería)\s+(?:una|un)\s+(?:evaluación|entrevista|prueba)",
    # Romanian "vă invităm în etapa a doua", "al doilea interviu"; Hungarian "a második
    # fordulóban", "következő kör"; Greek "δεύτερη συνέντευξη", "επόμενο στάδιο"; Arabic
    # "المرحلة التانية" (Egyptian), "المقابلة الثانية", "المرحلة التالية"
    # ... and a Tunisian public body's "استدعاء لاجتياز الاختبار الشفاهي" (a summons to the oral)
    r"استدعاء\s+ل(?:اجتياز|إجراء|اجراء)\s+(?:ال)?(?:اختبار|مقابلة)|اجتياز\s+الاختبار\s+الشفاهي",
    r"etapa\s+a\s+(?:doua|treia|II-a|III-a)|(?:următoarea|urmatoarea)\s+etapă|(?:al\s+doilea|al\s+treilea"
    r"|ultimul)\s+interviu|interviul\s+final",
    r"(?:második|harmadik|következő|utolsó)\s+(?:fordul\w*|kör(?:be|ben|re|ön)?\b|interjú\w*"
    r"|beszélgetés\w*)",
    # "mennénk tovább a final körrel", "Meghívás személyes interjúra", "online interjúra hívjuk",
    # "szeretnénk megismerni személyesen is"
    r"(?:mennénk|megyünk|lépnénk|lépünk)\s+tovább\s+a\s+(?:final|következő|második|utolsó)\s+kör\w*"
    r"|meghívás\s+(?:\w+\s+)?interjúra|interjúra\s+hívjuk|interjúmeghívó"
    r"|szeretné(?:nk|nénk)?\s+(?:\w+\s+)?megismerni",
    r"(?:δεύτερη|τρίτη|επόμενη|τελική)\s+(?:συνέντευξη|φάση|γύρο)|επόμενο\s+(?:στάδιο|γύρο)",
    # "να σας προσκαλέσω στο τελικό στάδιο", "πέρασες στο τελικό στάδιο", "καλείστε σε
    # δομημένη συνέντευξη", an agency's "θα ήθελε να σας γνωρίσει", a founder's "Θα ήθελες να
    # κάνουμε ένα πρώτο call;"
    r"(?:προσκαλ\w*|καλείστε|καλείσαι|πέρασ(?:ες|ατε))\s+(?:\S+\s+){0,2}(?:στο|στη|στην|σε)\s+"
    r"(?:\S+\s+){0,2}(?:στάδιο|συνέντευξη|φάση|γύρο)"
    r"|θα\s+ήθελ(?:ε|αν|α|αμε)\s+να\s+σ(?:ας|ε)\s+γνωρίσ\w*"
    r"|(?:θα\s+ήθελες|θέλεις|θα\s+θέλατε)\s+να\s+(?:κάνουμε|κανονίσουμε|έχουμε)\s+(?:ένα\s+)?(?:πρώτο\s+"
    r"|σύντομο\s+)?(?:call|τηλεφώνημα|κουβέντα|συνάντηση|βιντεοκλήση|συζήτηση)"
    r"|συμπεριλαμβάνεστε\s+στους\s+προεπιλεγέντες",
    r"(?:[وبلف]?ال|لل)?(?:مرحلة|مقابلة|جولة)\s+(?:ال)?(?:ثانية|تانية|تالية|ثالثة|تالتة|نهائية|أخيرة)",
    # "they'd like you to come through to the case interview stage"
    r"(?:like|want)\s+you\s+to\s+(?:come|go|move|progress)\s+(?:through\s+|forward\s+|on\s+)?to\s+the"
    r"\s+(?:[\w-]+\s+){0,3}(?:stage|round)\b",
    # Spanish: "nos gustaría invitarte a la fase final del proceso", "le comunico que ha sido
    # convocada a la fase de entrevista personal", "se le convoca a la entrevista personal",
    # "me gustaría tener una primera conversación telefónica contigo"
    r"invitar(?:te|le|la|lo)\s+a\s+la\s+(?:fase|etapa|siguiente\s+fase)\b"
    r"|(?:ha\s+sido|has\s+sido|queda)\s+convocad[oa]\s+a\s+la\s+(?:fase|entrevista|prueba)"
    r"|se\s+(?:le|te)\s+convoca\s+a\s+la\s+(?:entrevista|prueba|fase)"
    r"|(?:me|nos)\s+gustaría\s+(?:tener|hacer|mantener|concertar)\s+(?:una|un)\s+(?:primera\s+|breve\s+)?"
    r"(?:conversación|entrevista|llamada|charla)"
    # Mexico: "me gustaría que platiquemos en una primera entrevista", "fuiste una de las
    # personas seleccionadas para continuar a la entrevista individual"
    r"|(?:me|nos)\s+gustaría\s+que\s+(?:platiquemos|conversemos|hablemos|nos\s+reunamos)\b"
    r"|seleccionad[oa]s?\s+para\s+(?:continuar|avanzar|pasar)\s+(?:a|con)\s+(?:la|el)\s+"
    r"(?:entrevista|siguiente|próxima|fase|etapa)"
    # a public call's summons: "se le cita a la etapa de entrevista ante el Comité de Selección"
    r"|se\s+(?:le|te)\s+cita\s+a\s+la\s+(?:etapa\s+de\s+|fase\s+de\s+)?(?:entrevista|prueba)"
    # "ha resultado convocado/a a la fase de entrevista", "ha acordado convocarle a la fase de
    # entrevista"
    r"|(?:resultado\s+)?convocad[oa](?:/a)?\s+a\s+la\s+(?:fase\s+de\s+)?(?:entrevista|prueba)"
    r"|convoca(?:rle|rte|rla|rlo)\s+a\s+la\s+(?:fase\s+de\s+)?(?:entrevista|prueba)"
    # Chile: "pasaste a la final", "ha sido preseleccionada para la etapa de Entrevista de
    # Valoración Global", "¿Te tinca una primera conversación de 45 minutos?"
    r"|(?:pasaste|pasó|has\s+pasado|ha\s+pasado|quedaste|quedó)\s+(?:a|para)\s+la\s+(?:final\b"
    r"|etapa\s+(?:final|siguiente)|siguiente\s+etapa|próxima\s+etapa|entrevista)"
    r"|(?:ha|has)\s+sido\s+preseleccionad[oa](?:/a)?\s+para\s+(?:la|el)\s+(?:etapa|fase|entrevista)"
    # "quiere continuar el proceso contigo con una entrevista de panel"
    r"|continuar\s+(?:el\s+proceso\s+)?(?:contigo|con\s+usted)\s+con\s+(?:una|la)\s+(?:\w+\s+){0,2}"
    r"(?:entrevista|reunión|conversación)"
    r"|\b(?:te|le)\s+tinca\s+(?:una|un)\s+(?:primera\s+|primer\s+|breve\s+)?(?:conversación|llamada"
    r"|entrevista|reunión|café|charla|videollamada)",
    # Italian: "vorremmo farti fare il passo successivo: un case interview in sede", "la S.V. è
    # ammessa al colloquio", "mi piacerebbe fare una prima chiacchierata telefonica con te"
    # Catalan and Spanish: "la comissió de selecció t'ha seleccionat per a la segona fase",
    # "me gustaría que tuviéramos una primera entrevista telefónica"
    r"(?:t['’]ha|us\s+ha|l['’]ha)\s+(?:seleccionat|seleccionada|convocat|convocada)\s+per\s+a\s+la\s+"
    r"(?:segona|següent|propera)\s+(?:fase|prova|entrevista)"
    r"|(?:me|nos)\s+gustar[íi]a\s+que\s+tuvi[ée]ramos\s+una\s+(?:primera\s+|segunda\s+|breve\s+)?"
    r"(?:entrevista|llamada|charla|videollamada)",
    r"(?:farti\s+fare|fare|procedere\s+con)\s+il\s+passo\s+successivo"
    # (and "è ammessa a sostenere la prova orale, che si terrà giovedì 17/12/2026")
    r"|(?:è|sei|e')\s+ammess[oa]\s+(?:a\s+sostenere\s+)?(?:al(?:la)?|il|la)\s+(?:colloquio|prova\s+orale)"
    r"|(?:mi|ci)\s+piacerebbe\s+(?:fare|fissare|organizzare)\s+(?:una|un)\s+(?:prima\s+|breve\s+)?"
    r"(?:chiacchierata|colloquio|telefonata|call)"
    # "vorremmo invitarti alla nostra giornata di selezione", "vorrei proporLe una breve
    # telefonata conoscitiva", "il cliente desidera incontrarLa"
    r"|(?:vorremmo|vorrei)\s+(?:invitarti|invitarLa|invitarla)\s+(?:a|al|alla|allo)\b"
    # SuccessFactors in Italian: "La invitiamo all'assessment center del Graduate Program"
    r"|\b(?:La|la|ti|vi)\s+invitiamo\s+(?:a|al|alla|allo|all['’])\s*(?:\w+\s+){0,2}?(?:colloquio"
    r"|assessment|prova|incontro|giornata\s+di\s+selezione|selezione)"
    r"|(?:vorremmo|vorrei)\s+(?:proporti|proporLe|proporle)\s+(?:una|un)\s+(?:prima\s+|breve\s+)?"
    r"(?:chiacchierata|colloquio|telefonata|call|incontro|videochiamata)"
    r"|desidera\s+(?:incontrarLa|incontrarla|incontrarti|conoscerLa|conoscerla|conoscerti)\b",
    # Polish: "Hubert (tech lead zespołu TMS) chce Cię poznać na rozmowie technicznej"
    r"(?:chce|chcą|chcielibyśmy|chcemy|chciałby|chciałaby)\s+(?:Cię|Panią|Pana)\s+poznać"
    r"|na\s+rozmow\w+\s+techniczn\w+",
    # European Portuguese: "Queremos avançar contigo para a fase seguinte", "Gostaria de a
    # convidar para uma última conversa com a Madalena"
    r"avançar\s+(?:contigo|consigo|com\s+a\s+sua\s+candidatura)\s+para\s+(?:a\s+)?(?:fase|etapa)"
    r"\s+seguinte|convid\w*\s+para\s+uma\s+(?:última|segunda|nova|próxima)\s+(?:conversa|entrevista"
    r"|reunião)",
    # Croatian: "prošla si u završni krug", "Poziv na drugi krug razgovora", "rado bismo Vas
    # pozvali na razgovor", an agency's "klijent ... želi Vas upoznati"
    r"(?:prošl[aio]\s+(?:si|ste)\s+u|(?:si|ste)\s+prošl[aio]\s+u|pozivamo\s+(?:Vas|te)\s+na"
    r"|(?:Vas|te)\s+pozivamo\s+na)\s+"
    r"(?:\w+\s+){0,2}(?:krug|razgovor)\w*"
    r"|poziv\s+na\s+(?:drugi\s+|završni\s+|treći\s+)?(?:krug\s+)?razgovor\w*"
    r"|(?:pozvali|pozvati)\s+(?:Vas|te)\s+na\s+(?:\w+\s+){0,2}razgovor|želi\s+(?:Vas|te)\s+upoznati"
    r"|završn\w+\s+razgovor\w*\s+(?:je|će|bi)\b",
    # Serbian, in both scripts: "ušli ste u drugi krug", "Позив на други круг разговора",
    # "сте ушли у други круг селекције", a founder's "Ajde da se čujemo na pola sata"
    r"(?:ušl[aio]|ušao|prošl[aio])\s+(?:ste\s+|si\s+)?u\s+(?:drugi|treći|završni|sledeći|naredni)\s+krug"
    r"|(?:ушл[аио]|ушао|прошл[аио])\s+(?:сте\s+|си\s+)?у\s+(?:други|трећи|завршни|следећи|наредни)\s+круг"
    r"|позив\s+на\s+(?:други\s+|завршни\s+|трећи\s+)?(?:круг\s+)?разговор\w*"
    r"|(?:ajde|hajde)\s+da\s+se\s+čujemo|da\s+se\s+čujemo\s+na\s+(?:pola\s+sata|\d+\s*min)",
    # Latvian: "vēlamies Jūs aicināt uz otro interviju", "Uzaicinājums uz interviju", "esat
    # izvirzīta nākamajai atlases kārtai", "Tu esi finālā"
    r"aicināt\s+uz\s+(?:\w+\s+)?(?:interviju|kārtu|sarunu)|(?:uzaicinājums|ielūgums)\s+uz\s+(?:\w+\s+)?interviju"
    r"|izvirzīt\w*\s+nākamajai\s+(?:atlases\s+)?kārtai|esi\s+finālā",
    # Slovene: "ste se uvrstili v drugi krog izbora", "uvrstila si se v finalni krog", "Vabimo
    # vas na (zaposlitveni) razgovor", "vas vabim na razgovor", an agency's "vas želi spoznati"
    r"uvrstil[aio]?\s+(?:ste\s+|si\s+)?(?:se\s+)?v\s+(?:drugi|tretji|finalni|zaključni|naslednji)\s+krog"
    r"|(?:ste|si)\s+se\s+uvrstil\w*\s+v\s+(?:drugi|tretji|finalni|zaključni|naslednji)\s+krog"
    r"|vabi(?:mo|m)\s+(?:vas\s+|te\s+)?na\s+(?:\w+\s+)?razgovor|vas\s+(?:vabi(?:mo|m))\s+na\s+(?:\w+\s+)?razgovor"
    r"|vas\s+želi\s+spoznati|bi\s+te\s+rad[ai]?\s+spoznal\w*",
    # Lithuanian: "kviečiame Jus į baigiamąjį atrankos etapą", "Norim pakviesti į finalinį
    # etapą", an agency's "norėtų susitikti dėl ... pozicijos", "Kvietimas į baigiamąjį pokalbį"
    r"(?:kviečiame|pakviesti|kviečiu|kviesti)\s+(?:Jus\s+|tave\s+)?į\s+(?:\w+\s+){0,2}(?:etapą|pokalbį"
    r"|susitikimą)|kvietimas\s+į\s+(?:\w+\s+){0,2}(?:pokalbį|susitikimą|etapą)"
    r"|norėtų\s+(?:su\s+Jumis\s+)?susitikti",
    # Bulgarian: "минаваш на финалния етап", "одобрена за втория етап", "Второто интервю ще
    # бъде", an agency's "покана за интервю", "желае да се запознае с Вас", a founder's
    # "Искаш ли да се чуем"
    r"(?:минава(?:ш|те)|преминава(?:ш|те)|одобрен\w*)\s+(?:на|в|за)\s+(?:втор|трет|финалн|следващ"
    r"|последн)\w*\s+етап|покана\s+за\s+(?:\S+\s+)?интервю|(?:второто|финалното|третото)\s+интервю"
    r"\s+ще\s+бъде|(?:желае|иска|искат|бихме\s+искали)\s+да\s+се\s+запознае\w*\s+с\s+(?:Вас|теб)"
    r"|искаш\s+ли\s+да\s+се\s+чуем",
    # Ukrainian: "запрошуємо тебе у фінал", "Ви пройшли на другий етап", "рекомендовано до
    # фінального етапу", "запрошення на фінальну співбесіду", "Запрошуємо на співбесіду";
    # Estonian: "tahaksime Sind kutsuda finaalvooru", "otsustas Teid kutsuda konkursi teise
    # vooru", "kutse teise vooru", "Kutse vestlusele", "kutsuda Teid vestlusele"
    r"запрошуємо\s+(?:Вас|тебе)\s+(?:у|в|на)\s+(?:фінал|друг\w*|фінальн\w*|наступн\w*|співбесід\w*)"
    r"|запрошуємо\s+на\s+(?:\S+\s+)?співбесід\w*|пройшли\s+на\s+(?:друг|фінальн|наступн)\w*\s+етап"
    r"|рекомендовано\s+до\s+(?:друг|фінальн|наступн)\w*\s+етапу|запрошення\s+на\s+(?:друг|фінальн"
    r"|наступн)\w*\s+(?:етап|співбесід\w*)",
    r"kutsuda\s+(?:Sind\s+|Teid\s+)?(?:\w+,?\s+){0,2}(?:finaalvooru|vooru|vestlusele)"
    r"|kutse\s+(?:\w+\s+)?(?:vooru|vestlusele)"
    # ... an agency's "AS Kadaka Pagarid soovib Teiega kohtuda. Vestlus toimub teisipäeval"
    r"|soovi(?:b|vad)\s+(?:Teiega|Sinuga)\s+kohtuda",
    # Russian: "хотели бы пригласить Вас на собеседование", "Приглашение на собеседование",
    # "приглашаем Вас на второй этап", "Вы прошли на следующий этап"
    r"(?<!\w)(?:пригласить|приглашаем|приглашаю)\s+(?:Вас\s+|тебя\s+)?(?:на|во?)\s+"
    r"(?:\S+\s+){0,2}?(?:собеседование|интервью|встречу|этап)"
    r"|(?<!\w)приглашение\s+на\s+(?:\S+\s+)?(?:собеседование|интервью|этап)"
    r"|(?<!\w)прошли\s+на\s+(?:следующий|второй|финальный|последний)\s+этап"
    # an agency's "«Иле Вэлли Фудс» хотят познакомиться с вами лично"
    r"|(?<!\w)(?:хотят|хотел[иа]?\s+бы|хочет)\s+(?:познакомиться|встретиться)\s+с\s+(?:Вами|вами|тобой)",
    # Slovak: "si vo finále", "pozývame Vás na výberové konanie", "Pozvánka na pohovor",
    # "postupujete do druhého kola"
    r"(?:si|ste)\s+vo\s+finále|pozývame\s+(?:Vás|ťa)\s+na\s+(?:\w+\s+){0,2}(?:konanie|pohovor|kolo"
    r"|stretnutie)|pozvánka\s+na\s+(?:\w+\s+){0,2}(?:konanie|pohovor|kolo)"
    r"|postupuje(?:te|š)\s+do\s+(?:ďalšieho|druhého|záverečného|finálneho)\s+kola",
    # Indonesian: "lanjut ke tahap User Interview", "mengundang Saudari ... untuk mengikuti
    # interview", an agency's "ingin mengundang Kakak interview"
    r"(?:lolos|lanjut|maju)\s+ke\s+tahap\s+(?:user\s+interview|interview\s+user|wawancara\s+user"
    r"|interview\s+(?:kedua|akhir|lanjutan))|undangan\s+(?:user\s+)?interview"
    r"|mengundang\s+(?:\S+\s+){0,3}(?:untuk\s+)?(?:mengikuti\s+)?(?:interview|wawancara)",
)
# A round named as what already happened ("feedback from your final round"), or as the
# employer's own process with others ("we're finishing up final interviews").
PAST_ROUND = Phrases(
    r"(?:(?:from|after|in|during|following|about|on|since|attending|attended"
    r"|completing|completed|joining|joined)\s+(?:your|the|our|my)"
    # a round by when it was held: "after last week's phone interviews", "yesterday's panel"
    r"|\b(?:last\s+week's|yesterday's|last\s+\w+day's)"
    # "everyone who attended second stage"
    r"|\b(?:attended|completed)"
    # "for the work you put into the case study", "they mentioned the case study"
    r"|(?:work|effort|time|thought)\s+(?:you\s+)?(?:put|spent|invested)\s+(?:in|into|on)\s+(?:your|the)"
    r"|mentioned\s+(?:that\s+)?(?:your|the)"
    r"|(?:thank\w*|feedback|enjoyed|appreciated?|impressed|debrief\w*|recap|loved|liked|said"
    # (not past a new clause: "happy with Thursday's interview and want to get you out to
    # site for the second stage")
    # ... nor "loved the conversation and wants you to meet our founders for the final round")
    r"|thought|felt|(?:happy|pleased|delighted)\s+with)\b(?:(?!\s(?:and|so|but)\s+(?:we|they"
    r"|she|he|wants?|would|'d|like|are)\b)[^.!?\n]){0,60}"
    r"\b(?:your|the|our|my)"
    # A round already arranged, which the mail prepares: "to prepare for the final round".
    # a round tomorrow, in Korean and Chinese: "내일(26일) 2차 면접 관련해 ... 안내"
    r"|(?:내일|오늘|모레)\s*(?:\([^)]{0,8}\))?"
    r"|(?:(?:prepar\w*|prep|get\s+ready|ready)\s+(?:(?:you|us|them)\s+)?for|ahead\s+of|before"
    r"|in\s+advance\s+of)\s+(?:your|the|our|my|tomorrow's|today's|\w+day's|next\s+week's)"
    # "still need to meet to talk through the second interviews"
    r"|(?:talk|talking|talked|go|going|went)\s+(?:through|over)\s+(?:your|the|our|my|all)"
    r"|(?:finishing|wrapping|conducting|holding|working\s+through|going\s+through|middle\s+of"
    # "Our hiring managers are reviewing the on-demand interviews": ones held
    r"|reviewing)"
    r"(?:\s+up)?(?:\s+(?:the|our|all|some|a\s+few))?"
    # "Dopo il secondo colloquio", "nach dem zweiten Gespräch", "na het tweede gesprek"
    r"|(?:dopo|nach|après|después\s+de|tras|após|na|etter|efter)\s+(?:il|lo|la|dem|der|den|le|el|o|a"
    r"|het|de|det|du|do|da|del|della|dello|ditt|din|deres)"
    # Thanks for it, or something said of it, abroad: "bedankt voor je schrijftest", "lors
    # de la mise en situation de mercredi", "grazie per la prova tecnica"
    r"|(?:bedankt|dank\w*|tijdens|merci|lors|pendant|durant|suite\s+à|grazie|ringrazi\w*"
    r"|durante|gracias|obrigad[oa]|danke|während|takk|tak|tack|dziękuj\w*|podczas|děkuj\w*"
    r"|během|kiitos)\b[^.!?\n]{0,60}\b(?:je|jouw|uw|de|het|la|le|les|votre|vos|ta|ton|tes|tu"
    r"|tus|su|sus|il|lo|gli|sua|tua|o|a|os|as|seu|dein\w*|ihr\w*|die|der|den|das|dem|din|ditt"
    r"|dit|di|del|della|dello|des|du|twoj\w*|pani|pana|vaš\w*|tvůj|tvoj\w*)"
    # the results of a round held: "pubblicazione esiti prova scritta", "la votazione
    # conseguita nella prova scritta"
    r"|(?:esiti|esito|risultati)(?:\s+(?:della|dello|del))?|conseguit[aoie]\s+(?:nella|nel))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Rounds with other candidates, said without the person in the sentence: "we've got a
# couple more technical interviews on the calendar" (before the round's name).
OTHERS_ROUNDS = Phrases(
    r"\b(?:more|other|remaining)\s+(?:[\w-]+\s+)?$"
    # "we are completing the last of the panel interviews"
    r"|\b(?:complet(?:e|es|ing)|finish(?:es|ing)?|conclud(?:e|es|ing)|wrap(?:ping)?\s+up)\s+the\s+"
    r"(?:last|rest|remainder)\s+of\s+(?:the|our|its|their)\s+$"
    # "The board is continuing with final interviews for the rest of this week"
    # ... "there are still two final interviews on the calendar" (the person has one, not two)
    r"|\b(?:continuing|continues|still)\s+(?:with\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:two|three|four|five|a\s+few|a\s+couple\s+of|several|[2-9])\s+)?$"
    # "The committee completes its final interviews on December 17" (to all finalists)
    r"|\b(?:completes?|completing|finish(?:es|ing)?|conclud(?:es|ing))\s+(?:its|their)\s+$"
    # Hinglish "ek aur candidate ka final round": one more candidate's
    r"|\b(?:ek\s+aur|one\s+more|another)\s+(?:candidate|applicant|person)\w*\s+(?:ka|ki|ke|'s)\s+$"
    # Korean "같은 포지션의 2차 면접이 ... 남아 있어" (the same post's other rounds)
    r"|같은\s*(?:포지션|직무)의\s*$|다른\s*지원자(?:분)?들?의\s*$"
    # "en sidste kandidat til 2. samtale", "one last candidate for a final interview"
    r"|\b(?:candidates?|kandidat\w*|candidat[oa]s?|candidat(?:e|s)?)\s+(?:\w+\s+)?(?:to|til|for"
    r"|für|para|pour|per)\s+(?:the\s+|a\s+|an\s+)?$"
    # another candidate's own round: "The remaining candidate has had to move their second
    # stage interview to Monday"
    r"|\b(?:candidate|applicant|finalist)s?\b[^.!?\n]{0,60}\btheir\s+$"
    # "Harriet is finishing her last panel interview this week" (with someone else)
    r"|\b(?:finish(?:es|ing)?|complet(?:es|ing)|conclud(?:es|ing)|wrapping\s+up)\s+(?:her|his|their"
    r"|its|our)\s+(?:last|final|remaining|other)\s+$"
    # "have one more candidate to see for the case study"
    r"|\b(?:one|two|a)\s+(?:more|last|final|other)\s+(?:candidate|applicant|person)s?\s+to\s+"
    r"(?:see|meet|interview|hear\s+from)\s+(?:for|in|at)\s+(?:the\s+|a\s+|their\s+)?$"
    # a receipt's "we will only contact those qualified for the next stage", in Polish too
    r"|\b(?:osób|osoby|kandydatów|kandydatek)\s+(?:zakwalifikowanych|wybranych)\s+do\s+$"
    r"|\b(?:shortlisted|selected|successful)\s+(?:candidates|applicants)\s+(?:for|to)\s+(?:the\s+)?$"
    # "will confirm the shortlist for the final interviews by Monday": who goes on, not you
    r"|\b(?:shortlist|short-list|longlist)\s+(?:for|to)\s+(?:the\s+)?$"
    # "wants to speak to both finalists' referees first": the employer's work with everyone
    r"|\b(?:both|all|each|the\s+two|the)\s+(?:finalists|candidates|applicants)['’]\s+$"
    # "Shortlisted applicants will be contacted to arrange an interview": some, not "you"
    # ("Candidates who meet the minimum qualifications will be invited to the next phase")
    r"|\b(?:candidates|applicants)\s+(?:(?:who|whose|that)\b[^.!?\n]{0,60}?\s+)?will\s+(?:then\s+)?"
    r"(?:be\s+(?:(?:contacted|invited|asked|notified)\b[^.!?\n]{0,40})?)?$"
    # "the most qualified will be invited to participate in the next step": the best of
    # everyone who applied, said in a receipt, not the person
    r"|\b(?:the\s+(?:most|best|top|highest)[\s-](?:qualified|suited|suitable|ranked|scoring)"
    r"(?:\s+(?:candidates|applicants))?|those\s+(?:\w+\s+){0,3}?(?:selected|chosen|shortlisted"
    r"|qualified))\s+(?:will|may|might|could)\s+(?:then\s+|also\s+)?"
    r"(?:be\s+(?:(?:contacted|invited|asked|notified)\b[^.!?\n]{0,40})?)?$"
    # a process described, not booked: "the selection process, which may include a panel
    # interview", "Some roles include an online assessment or a technical interview"
    r"|\b(?:may|might|can|could)\s+(?:also\s+)?(?:include|involve|consist\s+of)\s+(?:an?\s+|the\s+)?$"
    r"|\bsome\s+(?:roles|positions|jobs|teams|openings|vacancies)\s+(?:\w+\s+)?(?:include|involve"
    r"|require)\b[^.!?\n]{0,60}$"
    # "No decision yet on who moves to the next round": a choice still to make
    r"|\bwho\s+(?:moves?|goes|advances?|progresses|gets)\s+(?:on\s+|through\s+)?to\s+(?:the\s+)?$"
    # German: "Wir führen diese Woche noch ein letztes Zweitgespräch" (the employer's own,
    # with whoever is left; one with the person says "mit Ihnen")
    r"|\bwir\s+führen\s+(?:\w+\s+){0,5}$"
    # a request made of everyone who goes on: "Lo solicitamos a todas las personas que avanzan
    # a la segunda etapa", "we ask this of all candidates who move to the final round"
    r"|\b(?:tod[oa]s\s+(?:las\s+personas|los\s+candidatos|las\s+candidatas|l[oa]s\s+postulantes)"
    r"\s+que|quienes)\s+(?:avanzan|pasan|llegan|continúan|siguen)\s+(?:a|hasta)\s+(?:la\s+|el\s+)?$"
    r"|\b(?:everyone|all\s+(?:the\s+)?(?:candidates|applicants|people))\s+(?:who|that)\s+(?:move|go"
    r"|advance|progress|get)\s+(?:on\s+|through\s+)?to\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# ... or said to be with the others: "entrevistas de segunda fase con otros candidatos".
WITH_OTHERS = Phrases(
    r"^[^.!?;\n]{0,40}?\b(?:with|con|mit|avec|com|met|med)\s+(?:the\s+|los\s+|las\s+|gli\s+|le\s+"
    r"|den\s+|les\s+|os\s+|as\s+|de\s+)?(?:other|otros|otras|altri|altre|anderen|d'autres|outros"
    r"|outras|andere|andra|andre)\b"
    # "hacemos el último case study con otra persona": one other, in Spanish
    r"|^[^.!?;\n]{0,40}?\bcon\s+otr[oa]\s+(?:persona|candidat[oa]|finalista)\b"
    # "resta la instancia final de otra persona candidata": another's round
    r"|^[^.!?;\n]{0,30}?\bde\s+otr[oa]s?\s+(?:personas?|candidat[oa]s?|finalistas?|postulantes?)\b"
    # "The final interviews of the remaining shortlisted candidates were held on Monday"
    r"|^[^.!?;\n]{0,40}?\bof\s+the\s+(?:remaining|other)\s+(?:\w+\s+)?(?:candidates|applicants"
    r"|finalists)\b"
    # "a second conversation with one more person next week"
    r"|^[^.!?;\n]{0,40}?\bwith\s+(?:one|two|three|a\s+few|some)\s+(?:more|other|last|final)\s+"
    r"(?:person|people|candidates?|applicants?|finalists?)\b"
    # "a second round for a couple of the candidates (not you)"
    r"|^[^.!?;\n]{0,40}?\bfor\s+(?:(?:a\s+couple|a\s+few|some|two|three|several|one)\s+of\s+the"
    r"|a\s+(?:couple\s+of|few)|some|two|three|several)\s+(?:other\s+|remaining\s+)?(?:candidates"
    r"|applicants|finalists|people)\b"
    # "Anneli vill göra en andra intervjuomgång med två kandidater, men det beror på ...": a
    # round for a number of candidates, the person not said to be one of them
    r"|^[^.!?;\n]{0,40}?\b(?:with|med|mit|avec|con|com|met)\s+(?:two|three|a\s+few|several|två|tre"
    r"|några|zwei|drei|einigen|deux|trois|quelques|dos|tres|dois|três|twee|drie|enkele)\s+"
    r"(?:candidates|applicants|finalists|kandidater|finalister|kandidaten|kandidatinnen|candidats"
    r"|candidates|candidatos|candidatas|finalistas|finalisten)\b"
    r"(?![^.!?;\n]*\b(?:you|dig|du|dich|Sie|vous|usted|você|jou|u)\b)",
    re.IGNORECASE,
)
# ... or said of whoever is chosen: "followed by a background check for the selected
# candidate", "references for the successful applicant".
FOR_THE_CHOSEN = Phrases(
    # ("reference checks need to be completed for all recommended candidates")
    r"^[^.!?;\n]{0,40}?\b(?:for|of|on|with)\s+(?:the|our|any|each|all)\s+(?:\w+\s+)?(?:selected"
    r"|successful|chosen|preferred|winning|top|strongest|leading|recommended)\s+(?:candidate|applicant"
    r"|finalist|person|hire)s?\b"
    # "after that we'll be doing reference checks for our finalists"
    r"|^[^.!?;\n]{0,40}?\b(?:for|of|with)\s+(?:the|our|all)\s+(?:remaining\s+)?finalists\b"
    r"|^[^.!?;\n]{0,40}?\bwhoever\s+(?:is|gets|we)\s+(?:selected|chosen|hired|picked|choose|pick)",
    re.IGNORECASE,
)
# Still seeing the others: the week it names is theirs, not the day of a decision.
OTHERS_INTERVIEWING = (
    # "The committee completes its final interviews on December 17"
    r"(?:completes?|completing|finish(?:es|ing)?|conclud(?:es|ing))\s+(?:its|their)\s+(?:\w+\s+)?"
    r"interviews\b|"
    r"(?:continuing|continues|still)\s+(?:with\s+)?(?:the\s+)?(?:\w+\s+){0,2}interviews\b"
)
ROUND_NAMED = phrases(
    r"next\s+(?:round|stage|interview)",
    r"(?:second|third|final|follow-?up|another|onsite|on-site|panel|technical)\s+(?:round|interview)",
    r"invite\s+you\s+to\s+(?!apply)",
)
STILL_DECIDING = phrases(
    # Armenian: "որոշում դեռ կայացված չէ" (no decision has been taken yet), "արդյունքները դեռ
    # ամփոփված չեն" (the results are not summed up yet)
    r"(?<!\w)(?:որոշում|արդյունքները)\s+դեռ\s+(?:կայացված|ամփոփված)\s+չ\w*",
    # Amharic: "የቃለ መጠይቁ ውጤት ገና አልተወሰነም" (the interview's result is not decided yet)
    r"(?<!\w)ገና\s+(?:አልተወሰነም|አልተወሰነ|አልተጠናቀቀም)(?!\w)",
    # Georgian: "საბოლოო გადაწყვეტილება ჯერ არ მიუღია" (has not yet taken the final decision),
    # "გადაწყვეტილება ჯერ არ არის მიღებული" (no decision has been taken yet)
    r"(?<!\w)გადაწყვეტილება\s+ჯერ\s+არ\s+(?:არის\s+მიღებული|მიუღია|მიუღიათ|მიგვიღია)(?!\w)",
    # "the final decision rests with our Chairman sahib, who is travelling ... The decision will
    # be taken after his return; at this point I am unable to commit any date"
    r"\b(?:the|a|our|their)\s+(?:final\s+)?decision\s+will\s+be\s+(?:taken|made)\s+(?:after|once|when)\b",
    r"(?:unable|not\s+able)\s+to\s+commit\s+(?:to\s+)?(?:any|a|an\s+exact)\s+(?:date|timeline)",
    # a university's result that waits on its Syndicate: "will be placed before the Syndicate
    # for approval ... I am not able to tell you when the result will be published"
    r"will\s+be\s+placed\s+before\s+the\s+(?:\w+\s+){1,3}?for\s+(?:its\s+)?(?:approval|decision)"
    r"|not\s+(?:able|in\s+a\s+position)\s+to\s+tell\s+you\s+when\s+the\s+(?:result|decision|outcome)",
    # "Management is yet to take a final decision on the Revenue Analyst position"
    r"(?:is|are)\s+yet\s+to\s+(?:take|make|reach|come\s+to)\s+(?:a|the|any|their|its)\s+(?:final\s+)?"
    r"decision",
    # "The panel hasn't finalised its recommendation yet", "we won't be in a position to
    # confirm anything until the new year"
    r"(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:yet\s+)?finali[sz]ed\s+(?:its|their|our|the)\s+"
    r"(?:recommendation|decision|selection|shortlist)",
    r"(?:won't|will\s+not)\s+be\s+in\s+a\s+position\s+to\s+(?:confirm|decide|make|share|offer)",
    # "The panel has completed all interviews and is now finalising its assessment"
    r"(?:is|are|'re)\s+(?:now\s+|currently\s+|still\s+)?finali[sz]ing\s+(?:its|their|our|the)\s+"
    r"(?:assessment|decision|recommendation|selection|shortlist|report)",
    # "I'm not in a position to give any indication of the outcome at this stage"
    r"not\s+in\s+a\s+position\s+to\s+(?:give|share|offer)\s+(?:you\s+)?(?:any\s+|an?\s+)?(?:indication"
    r"|update|feedback|date|timeline)",
    # the others' rounds: "The board is continuing with final interviews for the rest of
    # this week"
    OTHERS_INTERVIEWING,
    # "We're aiming to issue outcomes through Civil Service Jobs by Friday 18th December",
    # "We are aiming to let all candidates know the outcome by Wednesday 16th December"
    r"(?:aim|aiming|hope|hoping|expect|expecting|plan|planning)\s+to\s+(?:issue|send|share|confirm"
    r"|communicate|give|let\s+(?:all\s+)?(?:you|everyone|candidates|all\s+candidates)\s+know)\s+"
    r"(?:you\s+)?(?:the\s+|our\s+|any\s+)?(?:outcomes?|results?|decisions?|feedback)",
    # Spanish: "Está previsto que la resolución provisional ... se publique el 11 de enero"
    r"(?:está\s+previsto|se\s+prevé|esperamos)\s+que\s+la\s+(?:resolución|decisión|lista)",
    # "we won't be making a decision until we've seen them"
    r"(?:won't|will\s+not|aren't|are\s+not)\s+be\s+making\s+(?:a|our|the|any)\s+(?:final\s+)?decision",
    r"still\s+(?:deciding|reviewing|interviewing|evaluating|assessing|considering|in\s+the\s+process"
    r"|waiting|working\s+through|meeting|finishing|wrapping\s+up|completing|gathering"
    r"|seeing|talking\s+(?:to|with)|speaking\s+(?:to|with))",
    # "I won't have an answer for you until after our holiday shutdown"
    r"(?:won't|will\s+not)\s+have\s+(?:an\s+answer|a\s+decision|news|an\s+update)\s+(?:for\s+you\s+)?"
    r"(?:until|before)\b",
    r"(?:haven't|have\s+not|hasn't|has\s+not|not\s+yet|yet\s+to)\s+(?:yet\s+)?(?:made?|reach(?:ed)?)"
    r"\s+(?:a|our|the|any)\s+(?:final\s+)?decision",
    r"no\s+(?:final\s+)?decisions?\s+(?:yet|has\s+been|have\s+been)",
    # Manila's Taglish: "Unfortunately, wala pa po kaming update on the ... position" (we have
    # no update yet); "the hiring team hasn't met yet to discuss the shortlisted candidates"
    r"\bwala\s+pa\s+(?:po\s+)?(?:kaming|akong|kami|ako|tayong)\s+(?:\w+\s+)?(?:update|balita|news)",
    r"(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:yet\s+)?met\s+(?:yet\s+)?to\s+(?:discuss|decide"
    r"|review|go\s+over)",
    # ... and in English: "Unfortunately, we don't have an update on the position yet", "I
    # can't give you an exact date"
    r"(?:no|(?:don't|do\s+not|doesn't|does\s+not)\s+have\s+(?:an?|any))\s+(?:\w+\s+){0,2}(?:update|news)"
    r"\s+(?:yet\b|(?:on|about|regarding)\b[^.!?\n]{0,80}\byet\b)",
    r"(?:can't|cannot|can\s+not|(?:am|are)\s+unable\s+to|(?:am|are)\s+not\s+able\s+to)\s+give\s+"
    r"(?:you\s+)?an?\s+(?:exact\s+|firm\s+|definite\s+)?(?:date|timeline|timeframe)",
    # "after which the panel will meet to make a decision"
    r"(?:will|shall)\s+(?:then\s+)?meet\s+to\s+(?:make|reach|agree)\s+(?:a|the|their|our)\s+"
    r"(?:final\s+)?decision",
    r"nothing(?:'s|\s+is|\s+has\s+been)\s+(?:been\s+)?decided",
    # "it'll be a little longer than I'd hoped. You're very much still in it."
    r"(?:you're|you\s+are)\s+(?:very\s+much\s+|definitely\s+|absolutely\s+|certainly\s+)?still\s+in"
    r"\s+(?:it|the\s+(?:running|mix|frame)|contention)\b",
    r"(?:it'll|it\s+will|it's\s+going\s+to)\s+(?:be|take)\s+a\s+(?:little|bit|touch)\s+(?:bit\s+)?longer",
    # "they want to make the final call together, so it will be after that"
    r"(?:want|wants|need|needs|would\s+like|'d\s+like)\s+to\s+(?:make|take)\s+the\s+(?:final\s+)?"
    r"(?:call|decision)\s+together",
    r"(?:not|n't)\s+(?:yet\s+)?(?:ready|able)\s+to\s+(?:make|share|reach)\s+(?:a|our|the)"
    r"\s+(?:final\s+)?decision",
    r"still\s+(?:very\s+much\s+)?(?:in\s+the\s+running|in\s+consideration|under\s+consideration|under\s+review"
    r"|being\s+considered)",
    r"(?:won't|will\s+not|not)\s+(?:be\s+able\s+to\s+)?(?:make|have|reach)\s+(?:a|our|the)"
    r"\s+(?:final\s+)?decision\s+(?:until|before)",
    r"(?:we'll|we\s+will|we\s+should|should)\s+know\s+(?:more\s+)?by",
    r"(?:expect|hope|plan|aim)\s+to\s+(?:make|have|reach|finali[sz]e)\s+(?:a|our|the)\s+"
    r"(?:final\s+)?decision",
    # "The department hopes to complete its selection by Friday, January 8"
    r"(?:hopes?|expects?|plans?|aims?)\s+to\s+(?:complete|finali[sz]e|make)\s+(?:its|their|our|the|a)\s+"
    r"(?:final\s+)?(?:selection|decision)",
    r"need\s+(?:a\s+(?:bit|little)\s+)?more\s+time",
    r"taking\s+(?:a\s+(?:bit|little)\s+)?longer",
    r"(?:decision|process|search|timeline)\s+(?:is|has\s+been|was|will\s+be)\s+(?:delayed|paused"
    r"|on\s+hold|pushed)",
    r"(?:role|position|search|hiring)\s+(?:is|has\s+been)\s+(?:put\s+)?on\s+hold",
    r"timeline\s+(?:has\s+)?(?:shifted|slipped|changed|moved)",
    r"delay(?:ed)?\s+(?:in\s+)?(?:our|the|a)\s+decision",
    r"compar(?:e|ing)\s+notes|still\s+(?:discussing|debating|deliberating)",
    r"still\s+have\s+(?:a\s+(?:couple|few)\s+(?:of\s+)?|two\s+|three\s+|some\s+)?(?:more\s+)?(?:folks"
    r"|people|ppl|candidates|interviews|conversations)\s+to\s+(?:talk|speak|meet|see|go|hold)",
    r"(?:collecting|gathering|getting)\s+(?:\w+\s+)?feedback\s+from|(?:as\s+soon\s+as|once|when)\s+"
    r"(?:the\s+team|we|they|the\s+hiring\s+(?:team|manager))\s+(?:has|have|'ve)\s+(?:made|reached)"
    r"\s+(?:a|our|the|their)\s+(?:final\s+)?decision",
    # "Le comité d'évaluation évalue toujours les candidatures"
    r"(?:évalue|évaluons|examine|examinons|analyse|analysons)\s+toujours\s+(?:les|des)\s+candidat",
    r"(?:encore|toujours)\s+(?:d'autres|deux|trois|quelques)\s+candidat|vous\s+(?:ferons|ferai)"
    r"\s+(?:un\s+)?retour",
    # Québec: "Nous poursuivons les entrevues jusqu'à la mi-décembre", "Je ne peux pas encore
    # vous donner de date précise pour la décision"
    r"(?:poursuivons|continuons|terminons)\s+(?:les|nos)\s+(?:entrevues|entretiens|rencontres)"
    r"|(?:ne\s+peux|ne\s+pouvons)\s+pas\s+encore\s+vous\s+(?:donner|communiquer|confirmer)"
    r"|pas\s+encore\s+(?:pris\s+(?:de|notre|une)\s+)?décision"
    # "Je n'ai malheureusement pas encore de réponse à vous donner", "je ne suis pas en mesure
    # de vous indiquer une date pour l'instant"
    r"|pas\s+encore\s+de\s+réponse\s+à\s+vous\s+(?:donner|communiquer|apporter)"
    r"|pas\s+(?:encore\s+)?en\s+mesure\s+de\s+vous\s+(?:indiquer|donner|communiquer)\s+une\s+date"
    # "Pas de réponse pour l'instant ... je ne peux donc pas m'avancer sur une date"
    r"|pas\s+de\s+réponse\s+pour\s+l['’]instant|(?:ne\s+peux|ne\s+pouvons)\s+(?:donc\s+)?pas\s+"
    r"(?:m['’]|nous\s+)avancer\s+sur\s+une\s+date"
    # "Je dois encore en parler à mon associé ... Je vous donne une réponse entre le 15 et le
    # 22.12"
    r"|(?:je\s+dois|nous\s+devons|doit|doivent)\s+encore\s+en\s+(?:parler|discuter)"
    # "Aucune décision n'est encore prise"
    r"|aucune\s+décision\s+n['’](?:est|a\s+été)\s+encore\s+prise"
    r"|je\s+vous\s+(?:donne|donnerai|ferai\s+parvenir)\s+(?:une\s+)?(?:réponse|nouvelles)",
    # Interviews left to hold: "a couple more interviews to go", "flere intervjuer igjen".
    r"(?:a\s+few|a\s+couple|some|two|three|several)\s+more\s+(?:interviews|candidates|people)"
    r"\s+(?:left|to\s+(?:go|see|meet|speak\s+(?:to|with)))"
    # "we still have two first calls left this week"
    r"|still\s+have\s+(?:a\s+(?:few|couple)\s+(?:of\s+)?|two\s+|three\s+|several\s+|some\s+)?"
    r"(?:more\s+|other\s+|first\s+|initial\s+)?(?:calls|screens|interviews|conversations|meetings)"
    r"\s+(?:left|remaining|to\s+(?:go|do|hold))|(?:noen|nokre|et\s+par)\s+flere"
    r"\s+(?:intervju\w*|kandidat\w*)\s+igjen|(?:middle|midst)\s+of\s+(?:the|our)\s+(?:\w+\s+)?process",
    r"delays?\s+on\s+(?:our|my)\s+(?:end|side)|hop(?:e|ing)\s+to\s+have\s+(?:more\s+)?(?:information"
    r"|info|news|an\s+update|an\s+answer)",
    r"noch\s+(?:in\s+Gesprächen|keine\s+Entscheidung|nicht\s+entschieden)"
    # "Leider kann ich Ihnen noch nichts Konkretes sagen ... ohne ihn wird nichts entschieden"
    r"|noch\s+nichts\s+Konkretes|\bwird\s+(?:noch\s+)?nichts\s+entschieden"
    # "Eine Entscheidung, wie es weitergeht, haben wir noch nicht getroffen"
    r"|Entscheidung\b[^.!?\n]{0,60}?\bnoch\s+nicht\s+(?:getroffen|gefallen|gefällt)"
    # "Leider hat sich das Verfahren durch Krankheit im Team verzögert, und wir sind noch
    # nicht so weit, eine Entscheidung ... zu treffen"
    r"|\bnoch\s+nicht\s+so\s+weit,?\s+(?:eine\s+Entscheidung|zu\s+entscheiden|über)"
    r"|(?:Verfahren|Prozess|Auswahlprozess)\s+(?:hat\s+sich|ist)\s+(?:[\w-]+\s+){0,4}verzögert",
    # Austrian public service: "ist noch nicht abgeschlossen", "ist mit einer Entscheidung
    # daher erst im Laufe des Jänners zu rechnen"
    r"(?:Auswahlverfahren|Verfahren|Aufnahmeverfahren|Bewerbungsverfahren)\s+(?:\w+\s+){0,3}(?:noch\s+nicht"
    r"\s+abgeschlossen|ist\s+es\s+(?:allerdings\s+)?noch\s+nicht)"
    r"|mit\s+einer\s+Entscheidung\s+(?:\w+\s+){0,4}zu\s+rechnen",
    # Swedish "vi har ytterligare två intervjuer"; Japanese "選考を進めております" (the
    # selection is under way)
    r"(?:ytterligare|fler)\s+(?:\w+\s+)?intervjuer|選考を進めて|選考中",
    # Dutch: "we spreken deze week nog met twee andere kandidaten"
    r"(?:spreken|praten|zien)\s+(?:\w+\s+){0,3}nog\s+(?:met\s+)?(?:een\s+paar|enkele|twee|drie|\w+)"
    r"\s+(?:andere\s+)?kandidat\w*",
    # "Wir führen diese Woche noch ein weiteres Gespräch", "melden uns ... mit einer Entscheidung"
    r"noch\s+(?:ein|zwei|drei|einige|weitere)\s+(?:weiteres?\s+|weitere\s+)?Gespräch\w*"
    r"|melden\s+uns\s+(?:\w+\s+){0,6}mit\s+(?:einer|unserer|der)\s+Entscheidung",
    # Waiting on something before they can decide: "we can't extend any offers on this
    # program until the customer confirms funding", "no firm date for that yet"
    r"(?:can't|cannot|can\s+not|unable\s+to|won't\s+be\s+able\s+to)\s+(?:\w+\s+){0,3}(?:offers?"
    r"|decisions?|decide|hire|move\s+forward)\b[^.!?\n]{0,80}\buntil\b"
    r"|(?:don't|do\s+not)\s+have\s+a\s+(?:firm|set|final)\s+(?:date|timeline)",
    r"seguimos\s+(?:entrevistando|evaluando|revisando)|todavía\s+no\s+(?:hemos|tenemos)",
    # Chile: "El cliente aún no decide", "quieren cerrar el proceso antes del 23-12-2026"
    r"(?:aún|todavía)\s+no\s+(?:decide|deciden|decidimos|ha\s+decidido|han\s+decidido)\b"
    r"|(?:quieren|queremos|quiere|esperamos|esperan|espera)\s+cerrar\s+el\s+proceso\s+(?:antes|a\s+fines"
    r"|a\s+mediados|a\s+principios|durante|para|el|la|esta|la\s+próxima)\b",
    # "I've got two more interviews Monday"; "I'll be calling everyone back by next Wednesday"
    r"(?:'ve|have|has)\s+got\s+(?:two|three|four|a\s+few|a\s+couple(?:\s+of)?|several|some)\s+more"
    r"\s+interviews\b|\bcall(?:ing)?\s+(?:everyone|everybody|all\s+(?:the\s+)?candidates)\s+back\b",
    # "no tendremos una decisión hasta después de Reyes", "no tomará la decisión hasta la
    # primera quincena de enero"; Catalan "no hem pres cap decisió", "et donarem resposta"
    r"no\s+(?:tendremos|tendré|tendrán|tendrá|habrá|tomaremos|tomaré|tomará|tomarán)\s+(?:una\s+|la\s+"
    r"|ninguna\s+)?(?:decisión|respuesta)(?:\s+(?:final|definitiva))?\s+hasta",
    r"no\s+hem\s+(?:pres|decidit)\s+(?:cap|encara|la)|encara\s+no\s+hem\s+(?:pres|decidit)"
    r"|(?:et|us|li)\s+(?:donarem|direm)\s+(?:una\s+)?(?:resposta|alguna\s+cosa)"
    r"|encara\s+(?:tenim|ens\s+queden?)\s+(?:una|dues|tres|algunes)\s+(?:\w+\s+)?entrevist",
    r"(?:todavía|aún)\s+(?:nos\s+)?quedan|en\s+cuanto\s+(?:tengamos|sepamos|hayamos)",
    # "No hemos descartado tu perfil; ... todavía tenemos pendiente la autorización de la plaza"
    r"no\s+hemos\s+descartado\s+tu\s+(?:perfil|candidatura)|(?:todavía|aún)\s+(?:tenemos|está|sigue)"
    r"\s+pendiente",
    # Italian: "sta completando gli incontri", "stiamo ancora valutando"
    r"(?:sta|stanno|stiamo)\s+(?:ancora\s+)?(?:completando|valutando|incontrando|concludendo)"
    # "Non abbiamo ancora preso una decisione", "Il Suo profilo resta tra quelli che stiamo
    # considerando"
    r"|non\s+abbiamo\s+ancora\s+(?:preso|deciso|scelto)|(?:che\s+)?stiamo\s+(?:ancora\s+)?considerando"
    r"|(?:incontri|colloqui)\s+con\s+(?:gli\s+)?altri\s+candidati",
    # A process said to be under way: "the evaluation is in progress" (Indian English
    # "is still going on"), "seguimos en proceso", "ainda estamos em processo".
    r"(?:process|evaluation|review|assessment|selection|search|interviews?|discussions?)\s+"
    r"(?:is|are)\s+(?:still\s+)?(?:in\s+progress|ongoing|under\s?way|going\s+on)",
    r"still\s+(?:going\s+on|ongoing|in\s+progress)|(?:is|are)\s+under\s+(?:process|evaluation)",
    r"(?:seguimos|estamos|sigue|continúa|continua)\s+(?:todavía\s+|aún\s+)?en\s+(?:el\s+)?"
    r"proceso|(?:aún|todavía)\s+(?:no\s+(?:hemos|tenemos|contamos|hay|tomamos)|estamos\s+"
    r"(?:en|evaluando|revisando|entrevistando))|(?:proceso|evaluación)\s+(?:sigue|continúa)"
    r"\s+(?:abierto|en\s+curso|activo)",
    # (and Mozambique's "o júri ainda não concluiu a avaliação", "Ainda não há decisão", "ainda
    # não decidiram", "não lhe consigo indicar quando serão divulgados os resultados")
    r"ainda\s+(?:estamos|está|não\s+(?:tomamos|temos|houve|decidimos|definimos|fechamos|há"
    r"|existe|concluiu|concluíram|concluímos|decidiram|decidiu|tomaram|tomou)\b)"
    r"|não\s+(?:lhe\s+|te\s+)?(?:consigo|conseguimos|posso|podemos)\s+(?:ainda\s+)?(?:indicar|dizer"
    r"|precisar|confirmar)\s+quando"
    r"|(?:ainda\s+)?tem\s+de\s+ser\s+homologad[ao]"
    # "Você continua no processo, sim! ... vamos bater o martelo só no início de janeiro"
    r"|(?:você|vc)\s+continua\s+no\s+processo|bater\s+o\s+martelo"
    r"|(?:seguimos|estamos|está|segue|continua)\s+(?:ainda\s+)?em\s+(?:processo|andamento"
    r"|análise|avaliação|aberto)",
    r"toujours\s+en\s+cours|pas\s+encore\s+(?:pris|de\s+décision)"
    r"|aucune\s+décision\s+n'a\s+(?:encore\s+)?été\s+prise",
    # Czech and Finnish: "výběrové řízení stále probíhá", "haastattelut jatkuvat vielä"
    # "Rozhodnutí zatím nepadlo" (no decision has fallen yet), "zatím jsme se nerozhodli"
    r"rozhodnutí\s+(?:zatím\s+|ještě\s+)?nepadlo|(?:zatím|ještě)\s+jsme\s+se\s+nerozhodli|"
    # "rozhodneme až začátkem ledna", "Výběrové řízení ještě není uzavřené"
    r"\brozhodneme\s+(?:až|do|během|nejpozději)\b|řízení\s+(?:ještě|zatím)\s+není\s+(?:uzavřené|ukončené)|"
    r"stále\s+probíhá|ještě\s+(?:dva|tři|několik)\s+pohovor\w*|(?:haastattelut|rekrytointi"
    r"|prosessi)\s+jatku\w*|palaamme\s+asiaan",
    r"(?:inte|ikke)\s+(?:ännu\s+|enda\s+|endnu\s+)?(?:fattat|tagit|tatt|truffet|taget)\s+(?:\w+\s+)?beslut"
    r"|(?:intervjuar|träffar|intervjuer|interviewer)\s+(?:\w+\s+)?fortfarande|fortfarande\s+(?:mitt\s+)?i\s+"
    r"(?:processen|rekryterings\w*)|fortsatt\s+(?:midt\s+)?i\s+prosessen"
    r"|stadig\s+(?:midt\s+)?i\s+processen",
    r"(?:rozmowy|proces|rekrutacja)\s+(?:\w+\s+){0,3}(?:trwa|trwają|jest\s+w\s+toku)"
    r"|nie\s+podjęliśmy\s+(?:jeszcze\s+)?(?:\w+\s+)?decyzji"
    # "Decyzja w procesie jeszcze nie zapadła"
    r"|decyzj\w*\s+(?:[\w-]+\s+){0,3}?(?:jeszcze\s+)?nie\s+zapad\w*|(?:nadal|wciąż)\s+(?:prowadzimy"
    r"|analizujemy|rozmawiamy)|(?:decyzj\w*|odpowiedź|informacj\w*)\s+(?:\w+\s+)?(?:przekażemy"
    r"|podejmiemy|przekaże|prześlemy)"
    # "zespół jest w trakcie przeglądu rozwiązań" (in the middle of reviewing)
    r"|w\s+trakcie\s+(?:przeglądu|analizy|oceny|weryfikacji|rozmów|rekrutacji|procesu|wyboru)",
    # A choice that waits on someone else: "recommendations go to the director for approval"
    r"(?:go|goes|going|sent|forwarded|submitted|passed)\s+(?:on\s+)?to\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}for\s+(?:final\s+)?(?:approval|sign-?off)|(?:awaiting|pending)\s+(?:final\s+)?"
    r"(?:approval|sign-?off)|(?:is|are)\s+with\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}for\s+(?:final\s+)?"
    r"(?:approval|sign-?off)|until\s+(?:the\s+)?(?:final\s+)?approval",
    # Norwegian "vi har fortsatt noen intervjuer igjen", Turkish "değerlendirme sürecimiz
    # devam ediyor", Korean "전형이 진행 중", Afrikaans "nog besig met onderhoude"
    r"fortsatt\s+(?:\w+\s+){0,2}intervju\w*\s+igjen|(?:gir|gi)\s+(?:deg|dere)\s+(?:beskjed|svar"
    r"|tilbakemelding)\s+(?:innen|i\s+løpet\s+av|neste|på)",
    r"(?:süre[cç]\w*|değerlendirme\w*)\s+(?:\w+\s+)?devam\s+(?:ediyor|etmektedir)"
    r"|henüz\s+(?:bir\s+)?karar|henüz\s+(?:net\s+)?bir\s+(?:geri\s+)?(?:dönüş|haber)\s+yok"
    # Azerbaijani "qərar hələ qəbul edilməyib", "Hələ qərar yoxdur"
    r"|qərar\s+hələ\s+qəbul\s+edilməyib|hələ\s+qərar\s+(?:yoxdur|verilməyib|qəbul\s+edilməyib)"
    # Uzbek "Hali qaror yoʻq", "qaror hali qabul qilinmagan"
    r"|hali\s+qaror\s+yoʻq|qaror\s+hali\s+qabul\s+qilinmagan",
    r"진행\s*중|결과는\s*(?:\S+\s+){0,3}안내",
    r"nog\s+besig\s+(?:met|om)|nog\s+(?:geen\s+)?besluit",
    # Catalan: "Encara no hi ha cap resultat", "no ha pres cap decisió"
    r"encara\s+no\s+hi\s+ha\s+cap\s+(?:resultat|decisió)|(?:no\s+ha|no\s+hem|encara\s+no\s+hem)\s+pres"
    r"\s+cap\s+decisió|encara\s+no\s+hem\s+decidit",
    # Dutch and Flemish "nog geen definitieve keuze gemaakt", "nog geen beslissing genomen"
    # Rioplatense: "todavía no definieron", "La comisión asesora todavía no elevó su informe",
    # "no puedo darle una fecha", "la definición de la búsqueda quedó para principios de enero"
    r"(?:todavía|aún)\s+no\s+(?:definieron|definimos|decidieron|elevó|elevaron)"
    # a ministry's "aún no ha concluido la etapa de entrevistas ... Por el momento no es posible
    # indicarle una fecha"
    r"|(?:todavía|aún)\s+no\s+(?:ha|hemos|han)\s+concluido\b"
    r"|no\s+es\s+posible\s+(?:indicarle|indicarte|darle|darte)\s+una\s+fecha"
    # an agency relays the client: "Todavía no tomaron una decisión"
    r"|(?:todavía|aún)\s+no\s+(?:tomaron|tomamos|tomó|han\s+tomado|hemos\s+tomado|ha\s+tomado)"
    r"\s+(?:una\s+|la\s+|ninguna\s+)?decisión"
    r"|no\s+(?:le|te)\s+puedo\s+dar\s+una\s+fecha|no\s+puedo\s+dar(?:le|te)\s+una\s+fecha"
    r"|\bdefinición\s+(?:de\s+la\s+búsqueda|del\s+proceso)\s+quedó\s+para\b",
    r"nog\s+geen\s+(?:definitieve\s+|finale\s+)?(?:keuze|beslissing)\s+(?:gemaakt|genomen)"
    # "We zijn nog volop kandidaten aan het vergelijken", "kan ik je nog geen concrete datum geven"
    r"|nog\s+(?:volop\s+)?(?:kandidaten\s+)?aan\s+het\s+(?:vergelijken|beoordelen|evalueren)"
    r"|(?:kan|kunnen)\s+(?:ik|we|wij)\s+(?:je|jou|u)\s+nog\s+geen\s+(?:concrete\s+)?datum",
    # "We verwachten medio december een besluit te nemen": a decision to come
    r"(?:verwacht\w*|hopen|denken|willen)\s+(?:\w+\s+){0,4}?(?:een|het|ons|de)\s+(?:definitieve\s+)?"
    r"(?:besluit|beslissing|keuze)\s+te\s+(?:nemen|maken)",
    # Vietnamese "vẫn chưa có quyết định" (no decision yet), "đang xem xét" (reviewing);
    # Hebrew "עדיין לא התקבלה החלטה" (no decision has been made yet)
    r"chưa\s+có\s+quyết\s+định|đang\s+(?:xem\s+xét|cân\s+nhắc|đánh\s+giá)",
    r"(?:עדיין\s+)?לא\s+(?:התקבלה|קיבלנו)\s+(?:\S+\s+)?החלטה|נחזור\s+אלי(?:י)?ך",
    # Indonesian "belum ada keputusan", "masih (dalam) proses"; Malay "masih dalam proses
    # pemilihan", "masih dalam pertimbangan"
    r"belum\s+ada\s+keputusan|masih\s+(?:dalam\s+)?(?:proses|tahap)\s+(?:seleksi|pemilihan|penilaian"
    r"|evaluasi|pertimbangan)|proses\s+seleksi\s+masih|masih\s+dalam\s+pertimbangan",
    # Taglish "wala pa kaming final decision"
    r"wala\s+pa\s+(?:kaming|tayong|kami|ang)\s+(?:\w+\s+)?decision",
    # Chinese "还没有最后决定", "暂时未有结果", "仍在讨论"; Korean "아직 최종 결정이 나지 않았";
    # Thai "ยังไม่ได้ข้อสรุป", "อยู่ระหว่างพิจารณา"
    r"(?:还|還)没(?:有)?(?:最后|最後)?(?:决定|決定|定)|(?:做|進行|进行)(?:最后|最後)(?:比较|比較)|(?:暂时|暫時)(?:未有|没有|沒有)(?:结果|結果)"
    r"|(?:仍|还|還)在(?:讨论|討論|评估|評估|面见|面見)",
    r"결정이\s*(?:나지|되지)\s*않|아직\s*(?:최종\s*)?결정",
    r"ยังไม่ได้ข้อสรุป|อยู่ระหว่าง(?:การ)?พิจารณา",
    # Greek "η διαδικασία επιλογής δεν έχει ολοκληρωθεί ακόμη", "δεν έχουμε ακόμη κάποια
    # εξέλιξη", "η απόφαση ... μετατίθεται"; Romanian "nu am luat încă o decizie", "procesul
    # este încă în desfășurare"; Hungarian "a döntés még nem született meg"; Arabic "لم نتخذ
    # قراراً بعد", Egyptian "لسه ما أخدناش قرار"
    r"δεν\s+έχει\s+(?:ακόμη\s+|ακόμα\s+)?(?:ολοκληρωθεί|ληφθεί|παρθεί)|δεν\s+έχουμε\s+(?:ακόμη|ακόμα)"
    r"\s+(?:κάποια\s+)?(?:εξέλιξη|απόφαση|νέα)|απόφαση\s+(?:\S+\s+){0,6}(?:μετατίθεται|καθυστερεί)"
    # Finnish: "Me ei olla vielä tehty päätöstä", "päätöstä ei ole vielä tehty", "valinta on
    # vielä kesken", "ei ole vielä tehnyt päätöstä"
    r"|\bei\s+(?:olla|ole)\s+vielä\s+tehn?y?t?\w*\s+(?:päätöstä|esitystä|valintaa)"
    r"|\bpäätöstä\s+ei\s+ole\s+vielä\s+tehty|\bvalinta\s+on\s+vielä\s+kesken"
    # "Δεν έχουμε αποφασίσει ακόμα", "δεν έχουμε καταλήξει", an agency's "δεν έχουν πάρει
    # ακόμη απόφαση"
    r"|δεν\s+έχ(?:ουμε|ουν|ει)\s+(?:ακόμη\s+|ακόμα\s+)?(?:αποφασίσει|καταλήξει|πάρει\s+(?:ακόμη\s+"
    r"|ακόμα\s+)?(?:την\s+)?(?:τελική\s+)?απόφαση)",
    r"nu\s+(?:am\s+luat|s-a\s+luat)\s+(?:încă\s+)?(?:o\s+|nicio\s+)?decizie|(?:încă|inca)\s+în"
    r"\s+(?:desfășurare|curs)|decizia\s+(?:finală\s+)?nu\s+(?:a\s+fost\s+)?(?:încă\s+)?luată",
    r"(?:döntés|döntést)\s+(?:még\s+nem|nem\s+\w+\s+még)|még\s+nem\s+(?:született|hoztunk|döntöttünk"
    r"|döntött(?:ek)?)"
    r"|még\s+folyamatban",
    r"لم\s+(?:نتخذ|يتم\s+اتخاذ|نصل\s+إلى)\s+(?:ال)?قرار|(?:لسه|لسة)\s+(?:ما\s+)?(?:أخدناش|اخدناش|خدناش"
    r"|وصلناش)|(?:لا\s+)?(?:تزال|زالت)\s+(?:عملية\s+)?(?:الاختيار|المقابلات|التقييم)\s+(?:جارية|مستمرة)",
    # Swedish "innan vi bestämmer oss", "besked kommer någon gång nästa vecka"
    r"innan\s+vi\s+bestämmer\s+oss|besked\s+kommer|vi\s+har\s+inte\s+(?:bestämt|beslutat)",
    # "The debrief hasn't happened yet", "I don't have anything to share yet"
    r"(?:debrief|decision|discussion|review|wrap-?up)\s+(?:meeting\s+)?(?:hasn't|has\s+not|haven't"
    r"|have\s+not)\s+(?:happened|taken\s+place|been\s+(?:held|made))"
    r"|(?:don't|do\s+not)\s+have\s+(?:anything|any\s+news|an\s+update|news)\s+(?:to\s+share|for"
    r"\s+you|yet)",
    # Norwegian "vi har ikke bestemt oss ennå", Danish "vi har ikke besluttet os endnu"
    r"vi\s+har\s+(?:\w+\s+)?ikke\s+(?:\w+\s+)?(?:bestemt|besluttet|avgjort|afgjort)",
    # Spanish: "te diremos algo el viernes 11/12 como muy tarde", "el Tribunal Calificador está
    # terminando de valorar la fase de entrevista personal"
    r"(?:te|le|os)\s+(?:diremos|dirán|diré)\s+algo|está(?:n)?\s+terminando\s+de\s+(?:valorar|evaluar|revisar)",
    # Italian: "Il cliente deve però ancora incontrare un altro candidato e ... ci darà una
    # risposta entro la prossima settimana"
    r"deve\s+(?:\w+\s+){0,2}ancora\s+(?:incontrare|vedere|sentire)|(?:ci|vi|ti|Le)\s+(?:darà|daranno"
    r"|daremo|darò)\s+una\s+risposta",
    # Polish: "Wybór kandydata nie został jeszcze dokonany", "Rozstrzygnięcie konkursu
    # nastąpi na początku stycznia", "Jeszcze nic nie zdecydowałem"
    r"(?:wybór|wyboru)\s+(?:\w+\s+){0,2}nie\s+został\w*\s+(?:jeszcze\s+)?dokonan\w*"
    r"|rozstrzygnięcie\s+(?:\w+\s+){0,2}nastąpi|(?:jeszcze|nadal|wciąż)\s+(?:nic\s+)?nie\s+"
    r"(?:zdecydowa\w*|podjęli\w*)",
    # European Portuguese: "Ainda não tomámos nenhuma decisão", "só conseguiremos dar-lhe uma
    # resposta depois das festas", "Prevemos notificar todos os candidatos do resultado até ao
    # final do mês", "só conta tomar uma decisão no início de janeiro", "se encontra a
    # concluir a avaliação"
    r"ainda\s+não\s+tomámos|(?:dar-lhe|dar-te)\s+uma\s+resposta\s+(?:depois|após|até|no|em)"
    r"|prev\w+\s+(?:notificar|comunicar|informar)\s+(?:\w+\s+){0,3}?d[oa]s?\s+(?:resultados?|decisão)"
    r"|(?:conta|contamos|espera|esperamos|pretende|pretendemos|prevê|prevemos)\s+tomar\s+(?:uma|a)"
    r"\s+decisão|a\s+concluir\s+a\s+avaliação",
    # Croatian: "još nismo donijeli odluku", "odluku još nismo donijeli", "još nije donio
    # odluku", "Još nismo odlučili", "postupak još je u tijeku", "još razgovaramo s kandidatima"
    r"(?:nismo|nije|nisu)\s+(?:još\s+)?(?:donijel\w*|donio|donel[aio]|doneo)\s+(?:\w+\s+)?odluk\w*"
    r"|odluk\w+\s+(?:\w+\s+){0,3}"
    r"(?:još\s+)?(?:nismo\s+donijel\w*|nemamo)|još\s+(?:nismo|nisu|nije)\s+(?:\w+\s+)?odlučil\w*"
    r"|još\s+(?:je|su)\s+u\s+tijeku|(?:još|i\s+dalje)\s+(?:uvijek\s+)?razgovaramo\s+s\s+(?:\w+\s+)?kandidat",
    # Serbian: "Proces selekcije je još u toku", "Odluku o poziciji ... donećemo početkom
    # januara", "одлуку о томе ко улази у други круг донећемо до 10. децембра"
    r"(?:je|su)\s+još\s+u\s+toku|još\s+(?:je|su)\s+u\s+toku|odluk\w+\s+(?:\S+\s+){0,6}donećemo"
    r"|donećemo\s+odluk\w*|одлук\w+\s+(?:\S+\s+){0,8}донећемо|донећемо\s+одлук\w*"
    r"|још\s+нисмо\s+донел\w*|(?:је|су)\s+још\s+у\s+току",
    # Latvian: "atlases process vēl turpinās", "Process vēl nav noslēdzies", "Lēmums vēl nav
    # pieņemts", "lēmumu ... pieņemsim janvāra sākumā"
    r"(?:process|atlase)\s+(?:\S+\s+){0,3}vēl\s+(?:turpinās|nav\s+noslē\w*)|lēmums\s+vēl\s+nav\s+pieņemts"
    r"|lēmumu\s+(?:\S+\s+){0,5}pieņem(?:sim|s)\b",
    # Slovene: "Izbor še ni zaključen", "Izbor ... še poteka", "stranka se še ni odločila",
    # "odločitev bomo sprejeli v začetku januarja", "Odločitev vam bomo sporočili"
    r"(?:izbor|postopek)\s+(?:\S+\s+){0,6}še\s+(?:ni\s+zaključen|poteka|teče)|še\s+ni\s+odločil\w*"
    r"|se\s+še\s+ni\s+odločil\w*|odločitev\s+(?:\S+\s+){0,4}bomo\s+(?:sprejeli|sporočili)"
    r"|odločitev\s+pričakuj\w*",
    # Lithuanian: "sprendimo dar nepriėmėme", "galutinio sprendimo kol kas nėra", "Atranka dar
    # vyksta", "Su komanda dar tariamės", "ji vis dar vertinama", "Sprendimą priimsime per ..."
    r"(?:sprendimo|sprendimą)\s+(?:dar\s+)?nepriėmė\w*|dar\s+(?:sprendimo\s+)?nepriėmė\w*"
    r"|sprendimo\s+(?:kol\s+kas|dar)\s+nėra|atranka\s+(?:dar|vis\s+dar)\s+vyksta|dar\s+tariamės"
    r"|vis\s+dar\s+vertinama|sprendimą\s+(?:\S+\s+){0,2}(?:priimsime|priimsim|tikimės\s+priimti)",
    # Bulgarian: "Все още не сме взели решение", "все още нямаме решение", "решението ще
    # бъде взето в началото на януари"
    r"(?:все\s+още|още)\s+не\s+(?:сме|е|са)\s+взел\w*\s+(?:\S+\s+)?решение|(?:все\s+)?още\s+нямаме\s+"
    r"(?:\S+\s+)?решение|решението\s+ще\s+бъде\s+взето",
    # Ukrainian: "остаточного рішення немає", "Відбір ... ще триває", "Ще не вирішили",
    # "рішення ... поки немає"; Estonian "Otsust ei ole veel tehtud", "otsust veel ei ole",
    # "valikuprotsess on veel pooleli", "konkurss on veel pooleli", "Protsess on veel käimas"
    r"рішення\s+(?:\S+\s+){0,4}(?:поки\s+|ще\s+)?немає|(?:відбір|процес)\s+(?:\S+\s+){0,8}?ще\s+триває"
    r"|ще\s+не\s+(?:вирішили|ухвалили)|рішення\s+ухвалимо",
    # Russian: "Решение пока не принято", "мы ещё не приняли решение", "отбор ещё идёт"
    r"(?<!\w)решение\s+(?:\S+\s+){0,2}?(?:пока|ещё|еще)\s+не\s+принято"
    r"|(?<!\w)(?:пока|ещё|еще)\s+не\s+(?:приняли|приняла|принял)\s+(?:\S+\s+)?решени\w*"
    r"|(?<!\w)(?:отбор|процесс\s+отбора|конкурс)\s+(?:\S+\s+){0,3}?(?:ещё|еще|пока)\s+(?:идёт|идет"
    r"|продолжается)",
    r"otsus(?:t)?\s+(?:ei\s+ole|pole)\s+veel\s+tehtud|otsust\s+veel\s+(?:ei\s+ole|pole)"
    r"|(?:protsess|valikuprotsess|konkurss)\s+on\s+veel\s+(?:pooleli|käimas)"
    r"|lõpliku\s+otsuse\s+teeme|teeb\s+otsuse",
    # Slovak: "Ešte sme sa nerozhodli", "rozhodnutie však ešte nepadlo", "Výber na pozíciu ešte
    # nie je uzavretý", "výber stále prebieha", "komisia ešte neukončila vyhodnotenie", "výber
    # ... sa trochu predĺži", "O ďalšom kole rozhodneme"
    r"(?:ešte|zatiaľ)\s+sme\s+sa\s+nerozhodli|rozhodnutie\s+(?:však\s+)?(?:ešte\s+)?nepadlo"
    r"|výber\s+(?:\S+\s+){0,3}?(?:ešte\s+nie\s+je\s+uzavretý|stále\s+prebieha)|ešte\s+neukončila"
    r"|výber\s+(?:\S+\s+){0,5}?sa\s+(?:\w+\s+)?predĺži|rozhodneme\b|rozhodnutie\s+padne",
    # Indonesian: "proses seleksi untuk posisi ... masih berjalan", "keputusan baru akan
    # diambil awal Januari", "keputusan kelanjutan proses baru dapat kami sampaikan"
    r"proses\s+(?:seleksi|rekrutmen)\s+(?:\S+\s+){0,5}masih\s+(?:berjalan|berlangsung)"
    r"|keputusan\s+(?:\S+\s+){0,3}(?:baru\s+)?(?:akan|dapat)\s+(?:kami\s+)?(?:sampaikan|diambil|informasikan)",
)
# A promise to write again, with nothing else said: still deciding when it is all they
# say, an acknowledgement when they also thank the person for the note.
PROMISE = phrases(
    r"you(?:'ll|\s+will|\s+should|'d)\s+(?:\w+\s+)?hear\s+(?:back\s+)?from\s+(?:us|me)",
    r"(?:will|'ll)\s+have\s+(?:an?\s+)?(?:answer|decision|update|news)\s+for\s+you",
    r"(?:will|'ll|shall)\s+(?:get\s+back\s+to\s+you|update\s+you|let\s+you\s+know|be\s+in\s+touch"
    r"|follow\s+up|circle\s+back|reach\s+out|keep\s+you\s+(?:posted|updated|in\s+the\s+loop))",
    r"(?:and|then)\s+(?:get|come)\s+back\s+to\s+you",
    r"(?:will|'ll)\s+give\s+you\s+a\s+(?:call|ring|shout|bell)",
    r"(?:du|ni)\s+får\s+besked|ご連絡(?:いた)?します|お知らせ(?:いた)?します",
    r"(?:will|'ll|shall)\s+(?:get|come)\s+back\s+to\s+(?:everyone|all\s+(?:of\s+you|candidates)"
    r"|each\s+(?:of\s+you|candidate))",
    r"(?:will|shall)\s+(?:revert|intimate\s+you)|will\s+be\s+(?:communicated|intimated|shared)",
    # Everyone told at once: "all candidates will be notified of the outcome in writing"
    r"(?:all|every|each)\s+(?:of\s+the\s+)?(?:candidates?|applicants?|interviewees|finalists)\s+"
    r"will\s+be\s+(?:notified|informed|contacted|told|advised)",
    r"(?:te|le|los|las|lo|la)\s+mantendr\w+\s+informad|nos\s+pondremos\s+en\s+contacto"
    r"|te\s+(?:escribiré|escribiremos|contactaremos|avisaremos|avisaré)",
    r"(?:te|lhe|vos)?\s*manter(?:emos|ei)\s+(?:você\s+|vc\s+)?informad|entraremos\s+em\s+contato"
    # "Assim que ele me retornar, te ligo", "ficou de me dar uma posição até terça"
    r"|assim\s+que\s+(?:ele|ela|eles|elas|a\s+gente|eu)\s+(?:me\s+)?(?:retornar|tiver|souber)"
    # "no van a decidir nada hasta después de Reyes. En cuanto sepa algo te llamo"
    r"|\bno\s+(?:van|vamos)\s+a\s+decidir\s+(?:nada\s+)?hasta\b|\ben\s+cuanto\s+sepa\s+algo\b"
    r"|ficou\s+de\s+(?:me|nos|te)\s+dar\s+(?:uma\s+)?(?:posição|resposta|retorno|devolutiva)"
    r"|daremos\s+(?:um\s+)?retorno|voltaremos\s+a\s+(?:falar|entrar\s+em\s+contato)",
    r"melden\s+uns|(?:te|le)\s+daremos\s+una\s+respuesta|nous\s+reviendrons"
    r"|(?:je|nous)\s+vous\s+tien(?:s|drai|drons)\s+informée?|ti\s+faremo\s+sapere"
    r"|(?:te|se)\s+lo\s+(?:haré|haremos)\s+saber|(?:la|ti|vi)\s+aggiorn(?:o|eremo|erò)"
    r"|(?:le|ti)\s+(?:farò|faremo)\s+sapere|riscontro\s+(?:appena|al\s+più\s+presto)"
    r"|(?:we\s+)?laten\s+(?:je|u)\s+weten|laat\s+(?:ik|we|wij)\s+(?:je|u|jou)\s+weten",
    r"återkommer|hör\s+av\s+oss|vender\s+tilba\w+|kommer\s+tilbake|odezwiemy\s+się"
    r"|skontaktujemy\s+się|damy\s+(?:Pani|Panu|Ci)?\s*znać",
    # Norwegian (nynorsk and bokmål): "du vil høyre frå oss då"; "expects to notify every
    # candidate ... of their status"
    r"(?:du\s+vil|du\s+skal)\s+(?:høyre|høre)\s+(?:frå|fra)\s+oss",
    r"(?:expects?|plans?|aims?|intends?)\s+to\s+(?:notify|inform|contact|advise)\s+(?:all|every|each)?",
    r"babalikan\s+(?:kita|ka)|(?:i-?)?update\s+(?:kita|ka)",
    # "I'll circle back once we've wrapped up"; Greek "θα επικοινωνήσω μαζί σας", "θα σας
    # ενημερώσουμε"; Romanian "vă vom anunța", "revenim cu un răspuns"; Hungarian
    # "jelentkezünk"; Arabic "هنرد على حضرتك", "سنتواصل معك"
    r"once\s+we(?:'ve|\s+have)\s+wrapped\s+up",
    r"θα\s+(?:σας\s+)?(?:επικοινωνήσ\w+|ενημερώσ\w+)|vă\s+vom\s+(?:anunța|contacta|comunica)"
    r"|revenim\s+cu|jelentkez(?:ünk|ni\s+fogunk)|(?:هنرد|سنرد|هنتواصل|سنتواصل)\b",
    # Croatian "javit ćemo Vam se", "odluku ćemo Vam javiti"; Bulgarian "ще се свържем с Вас",
    # "ще Ви уведомя"; Indonesian "akan kami informasikan", "kami akan menghubungi"
    r"javit\s+ćemo\s+(?:Vam|ti)|ćemo\s+Vam\s+javiti|ćemo\s+Vas\s+obavijestiti"
    r"|javićemo\s+(?:Vam|ti)|javiću\s+(?:Vam|ti)|јавићемо\s+(?:Вам|ти)|јавићу\s+(?:Вам|ти)"
    r"|(?:Jus\s+)?informuosime|susisieksime|parašysiu|grįšiu\s+su\s+atsakymu"
    r"|vas\s+bom\s+obvestil\w*|vam\s+bomo\s+(?:poslali|sporočili)|vas\s+pokličem"
    r"|sazināsimies|došu\s+ziņu|uzrakstīšu"
    r"|atsakymą\s+(?:Jums\s+)?pateiksime"
    r"|ще\s+(?:се\s+свържем|Ви\s+уведом\w*|Ви\s+пиша|Ви\s+отговорим|Ви\s+дадем\s+отговор)"
    r"|akan\s+kami\s+(?:informasikan|sampaikan|kabarkan)|kami\s+akan\s+(?:menghubungi|mengabari)",
    # Ukrainian "Відповідь дамо до ...", "повідомимо Вас", "одразу Вам напишу"; Estonian
    # "Anname Teile kindlasti teada", "anname teada", "Teavitame Teid tulemusest"
    r"відповідь\s+дамо|повідомимо\s+(?:Вас|тебе)|(?:обов'язково|одразу)\s+(?:Вам|тобі)\s+напишу"
    r"|(?:anname|annan)\s+(?:Teile\s+|Sulle\s+)?(?:kindlasti\s+|kohe\s+)?teada"
    r"|teavitame\s+(?:Teid|Sind)|anname\s+(?:Teile\s+|Sulle\s+)?tagasisidet",
    # Russian "о результатах мы сообщим Вам", "свяжемся с Вами", "дадим ответ"
    r"(?<!\w)(?:мы\s+)?(?:сообщим|сообщу)\s+(?:Вам|тебе)|(?<!\w)свяжемся\s+с\s+(?:Вами|тобой)"
    r"|(?<!\w)дадим\s+(?:Вам\s+|тебе\s+)?(?:ответ|знать|обратную\s+связь)",
    # Slovak "ozvem sa Vám", "sa Vám ozveme", "Výsledok Vám oznámime", "pošlem"
    r"(?:ozvem|ozveme)\s+sa|sa\s+(?:Vám|ti)\s+ozve\w*|(?:Vám|ti)\s+(?:oznámime|pošlem|dám\s+vedieť)",
)
# "We've had a very high volume of applications": a receipt's hedge, which a wait answering
# the person's chase uses too ("... and the hiring manager is still working through them")
VOLUME_OF_APPLICATIONS = (
    r"(?:high|large|overwhelming)\s+(?:volume|number)\s+of\s+(?:applications|applicants|candidates)"
)
RECEIPT_HEDGE = phrases(VOLUME_OF_APPLICATIONS)

RECEIPT = phrases(
    # InfoJobs: "Te has inscrito correctamente en la oferta ...", "Inscripción realizada"
    r"\bte\s+has\s+inscrito\s+correctamente\b|^\s*inscripci[oó]n\s+realizada\b",
    # Werken voor Nederland: "Bevestiging van je sollicitatie", "Je sollicitatie is verstuurd"
    r"\b(?:je|uw)\s+sollicitatie\s+is\s+(?:verstuurd|verzonden|ontvangen|ingediend|goed\s+ontvangen)"
    r"|\bbevestiging\s+van\s+(?:je|uw)\s+sollicitatie",
    # Catalan: "Hem rebut la teva candidatura", "Gràcies per presentar la teva candidatura"
    r"hem\s+rebut\s+(?:la\s+teva|la\s+seva|la\s+vostra|el\s+teu|el\s+seu)\s+(?:candidatura|currículum|CV)"
    r"|gràcies\s+per\s+(?:presentar|enviar)\s+(?:la\s+teva|la\s+seva|la\s+vostra)\s+candidatura",
    # "Sua candidatura para a vaga ... foi registrada com sucesso"
    r"candidatura\s+(?:[^.!?\n]{0,120}?)(?:foi\s+)?(?:registrada|recebida|enviada)\s+com\s+sucesso",
    r"(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?)\s+(?:successfully\s+)?(?:received|got)\s+your\s+"
    r"(?:job\s+)?(?:application|resume|cv|submission)",
    # "We acknowledge receipt of your application for the position of ..."
    r"acknowledge\s+(?:the\s+)?receipt\s+of\s+your\s+(?:job\s+)?(?:application|cv|resume|candidacy)",
    r"(?:your\s+)?application\s+(?:for\s+(?:the\s+)?(?:[\w()#.,&/-]+\s+){1,10})?(?:has\s+been|was|is)\s+"
    r"(?:successfully\s+)?(?:received|submitted|complete)",
    r"thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+(?:job\s+)?application"
    r"|submitting\s+your\s+application)",
    r"thank(?:s|\s+you)\s+for\s+your\s+interest\s+in\s+(?:joining|working|the\s+\w+|our|a\s+career)",
    r"application\s+(?:received|confirmation|acknowledge?ment)",
    # Portuguese: "Candidatura recebida", "Sua candidatura ... foi recebida"
    r"candidatura\s+recebida|candidatura\s+(?:[^.\n]{0,80}?\s)?foi\s+recebida",
    # a job board's "Your application was sent to Acme"
    r"your\s+application\s+(?:was|has\s+been)\s+sent\s+to\b",
    r"(?:we|our\s+(?:\w+\s+)?team)\s+(?:will|are\s+(?:currently\s+)?)\s*(?:be\s+)?review(?:ing)?"
    r"\s+(?:your|all)\s+(?:application|resume|qualifications|materials|background|applications)",
    r"if\s+(?:your|you)\s+(?:skills|experience|background|qualifications|profile)\s+"
    r"(?:match|meet|align|are\s+a\s+match)",
    VOLUME_OF_APPLICATIONS,
    r"(?:respond|reply)\s+to\s+(?:every|each|all)\s+(?:applicant|application|candidate)",
    r"only\s+(?:successful|shortlisted|selected)\s+(?:candidates|applicants)\s+will\s+be\s+contacted",
    r"(?:candidates|applicants)\s+(?:who|that)\s+(?:are|have)\s+(?:not\s+)?(?:been\s+)?(?:selected"
    r"|shortlisted)",
    r"Bewerbung\s+(?:ist\s+)?(?:eingegangen|erhalten)|Unterlagen\s+(?:\w+\s+)?erhalten"
    r"|Danke?\s+für\s+(?:Ihre|deine|Deine)\s+Bewerbung|Eingangsbestätigung"
    # Swiss cantons: "Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle ..."
    r"|bestätigen\s+(?:Ihnen\s+|dir\s+)?(?:gerne\s+)?den\s+(?:Eingang|Erhalt)\s+(?:Ihrer|deiner"
    r"|Deiner)\s+(?:Bewerbung|Unterlagen)"
    r"|(?:Bewerbungs)?unterlagen\s+liegen\s+uns\s+(?:\w+\s+)?vor|freuen\s+uns\s+über\s+Ihre\s+Bewerbung",
    r"(?:avons\s+bien\s+reçu|a\s+bien\s+été\s+reçue)|votre\s+candidature\s+a\s+bien"
    # "Merci pour votre candidature", "Merci d'avoir postulé"
    r"|merci\s+(?:pour|de)\s+(?:votre|ta)\s+candidature|merci\s+d['’]avoir\s+postulé"
    # Québec's public service: "Nous confirmons la réception de votre candidature",
    # "Confirmation de dépôt de votre candidature"; Talentsoft's "Nous vous confirmons la bonne
    # réception de votre candidature" under "Confirmation de réception de votre candidature"
    r"|confirm\w*\s+(?:la\s+|de\s+)?(?:bonne\s+)?réception\s+de\s+(?:votre|ta)\s+candidature"
    # "Nous accusons réception de votre candidature", "Accusé de réception de votre candidature"
    r"|accus(?:ons|é|e)\s+(?:bonne\s+)?réception\s+de\s+(?:votre|ta)\s+candidature"
    r"|confirmation\s+de\s+dépôt\s+de\s+(?:votre|ta)\s+candidature"
    # a job board's: "Candidature envoyée", "Votre candidature a été envoyée à Harfang Finance"
    r"|(?:votre|ta)\s+candidature\s+a\s+été\s+(?:envoyée|transmise)\b",
    r"hemos\s+recibido\s+tu\s+(?:solicitud|candidatura|postulación)|gracias\s+por\s+postularte"
    # Personio in Spanish: "gracias por tu candidatura ... La hemos recibido correctamente";
    # InfoJobs: "Tu candidatura se ha enviado correctamente a la oferta"
    r"|(?:la|lo)\s+hemos\s+recibido\s+correctamente|(?:tu|su)\s+candidatura\s+se\s+ha\s+enviado\s+"
    r"correctamente|te\s+has\s+inscrito\s+en\s+la\s+oferta",
    r"(?:tack|takk|tak)\s+för\s+din\s+ansökan|(?:takk|tak)\s+for\s+din\s+(?:søknad|ansøgning)"
    r"|(?:mottagit|mottatt|modtaget)\s+(?:din\s+)?(?:ansökan|søknad|ansøgning)(?:en|a)?(?:\s+din)?"
    r"|(?:takk|tak|tack)\s+for\s+(?:at\s+du\s+har\s+søkt|søknaden|ansøgningen)"
    r"|dziękujemy\s+za\s+(?:Twoje\s+|Twoją\s+|Pani\s+|Pana\s+)?(?:przesłanie\s+)?(?:aplikacj\w*"
    r"|zgłoszeni\w*|CV)"
    r"|otrzymaliśmy\s+(?:Pani|Pana|Twoją)\s+(?:aplikacj\w*|zgłoszeni\w*|kandydatur\w*)"
    r"|potwierdzamy\s+otrzymanie|potwierdzenie\s+otrzymania\s+(?:aplikacji|zgłoszenia|CV)"
    # a university's competition: "potwierdzamy wpływ dokumentów w konkursie nr 27/ADM/2026"
    r"|potwierdzamy\s+wpływ|potwierdzenie\s+wpływu"
    # Teamtailor in Polish: "Dzięki za aplikację ... Dzięki, że aplikowałaś na stanowisko"
    r"|dzięki\s+za\s+(?:aplikację|zgłoszenie)|dzięki,?\s+że\s+aplikował(?:aś|eś)",
    # a Latin American job board: "Tu postulación fue enviada a:", "recibimos tu postulación"
    r"(?:tu|su)\s+postulación\s+(?:fue|ha\s+sido)\s+(?:enviada|recibida)|recibimos\s+tu\s+postulación"
    # Computrabajo: "¡Tu CV fue enviado! Te postulaste a:"
    # ... and in Peru: "Tu hoja de vida fue enviada correctamente", "Postulaste a: ..."
    r"|tu\s+(?:cv|hoja\s+de\s+vida)\s+(?:fue|ha\s+sido)\s+enviad[oa]|(?:te\s+)?postulaste\s+a\b"
    r"|tu\s+postulación\s+a\s+[^\n]{1,100}?\s+fue\s+enviada",
    # (not a referee's details: "ik heb de gegevens van beide referenten ontvangen")
    r"bedankt\s+voor\s+(?:je|jouw|uw)\s+sollicitatie|(?:sollicitatie|gegevens|cv)\s+"
    r"(?!van\s+(?:\w+\s+)?referent)(?:\w+\s+){0,4}ontvangen|in\s+goede\s+orde\s+ontvangen|obrigad[oa]\s+pela\s+(?:sua\s+)?candidatura"
    # Italian: "Le confermiamo di aver ricevuto la Sua candidatura"
    r"|(?:confermiamo|confermo)\s+di\s+aver\s+ricevuto\s+(?:la\s+)?(?:Sua|tua|vostra)\s+candidatura"
    r"|conferma\s+(?:di\s+)?ricezione\s+(?:della\s+)?candidatura"
    # Flemish: "Wij hebben uw kandidatuur voor de functie van ... goed ontvangen"
    r"|(?:uw|je|jouw)\s+kandidatuur\s+[^.!?\n]{0,160}?\bontvangen|ontvangstbevestiging"
    r"|recebemos\s+(?:a\s+)?(?:sua|tua)\s+candidatura|grazie\s+per\s+(?:la\s+tua\s+|la\s+sua\s+|la\s+|aver\s+"
    r"(?:inviato\s+(?:la\s+(?:tua\s+|sua\s+)?)?)?)candidat\w*|\bcandidatura\s+ricevuta\b",
    r"başvurunuz(?:\s+için\s+teşekkür|\s+(?:\w+\s+)?(?:alındı|alınmıştır|ulaşmıştır|ulaştı))"
    r"|접수되었습니다|접수\s*완료|지원서가\s*(?:정상적으로\s*)?접수",
    r"děkujeme\s+za\s+(?:zaslání|Vaši|vaši|Váš|váš)\s+(?:\w+\s+)?(?:životopis\w*|přihlášk\w*|CV"
    r"|žádost\w*|zájem)|(?:přihlášku|životopis|žádost)\s+jsme\s+(?:\w+\s+)?(?:obdrželi|přijali)",
    r"dankie\s+vir\s+(?:jou|u)\s+aansoek|(?:aansoek|CV)\s+(?:is\s+)?ontvang",
    # Indonesian "Lamaran Anda telah kami terima", "terima kasih telah melamar"; Malay
    # "permohonan anda telah diterima", "terima kasih kerana memohon"
    r"lamaran\s+anda\s+(?:telah|sudah)\s+(?:kami\s+)?(?:terima|diterima)|terima\s+kasih\s+(?:telah|sudah)"
    r"\s+melamar|permohonan\s+anda\s+(?:telah|sudah)\s+(?:diterima|kami\s+terima)"
    r"|terima\s+kasih\s+kerana\s+memohon",
    # Japanese "応募書類を確かに受領いたしました", "ご応募いただき誠にありがとうございます"; Korean
    # "지원서가 접수되었습니다"; Chinese "已收到您的申请"
    r"応募書類を(?:確かに)?受(?:領|け付け)|ご?応募(?:いただき)?、?(?:誠に)?ありがとう"
    r"|지원서가?\s*(?:정상적으로\s*)?접수|지원해\s*주셔서\s*감사|已收到您的(?:申请|简历)",
    # "Should your profile match the requirements"; Arabic "تم استلام طلبك", "شكراً
    # لتقديمك"; Romanian "am primit aplicația ta"; Greek "λάβαμε το βιογραφικό σας";
    # Hungarian "megkaptuk jelentkezését", "köszönjük jelentkezését"
    r"should\s+your\s+(?:skills|experience|background|qualifications|profile)\s+(?:match|meet|align)",
    r"(?:تم|لقد\s+تم)\s+استلام\s+(?:طلبك|طلبكم|سيرتك)|استلمنا\s+(?:طلبك|طلبكم)|شكر(?:اً|ا)?\s+"
    r"(?:لتقديمك|لتقدمك|على\s+تقديمك)",
    r"am\s+primit\s+(?:aplicația|aplicatia|candidatura|CV-ul)|(?:îți|vă)\s+mulțumim\s+pentru\s+aplicare",
    r"λάβαμε\s+(?:την\s+αίτησή|το\s+βιογραφικό)|ευχαριστούμε\s+για\s+την\s+αίτησή",
    r"megkaptuk\s+(?:az\s+)?(?:Ön\s+)?(?:jelentkezését|pályázatát|önéletrajzát)",
    # Finnish: Kuntarekry's "Hakemuksesi tehtävään ... on vastaanotettu", "olemme
    # vastaanottaneet hakemuksesi"
    r"hakemu(?:ksesi|s)\s+(?:[^.\n]{0,140}?\s)?on\s+vastaanotettu|vastaanottaneet\s+hakemuksesi",
    # Croatian "hvala ti na prijavi", "zaprimili smo Vašu prijavu"; Bulgarian "получихме Вашата
    # кандидатура", "благодарим Ви за кандидатурата"
    r"(?:hvala|zahvaljujemo)\s+(?:ti\s+|Vam\s+)?na\s+(?:Vašoj\s+|tvojoj\s+)?prijavi"
    r"|zaprimili\s+smo\s+(?:Vašu\s+|tvoju\s+)?prijavu",
    # Ukrainian "Ваш відгук отримано", "отримали Ваш відгук"; Estonian "Sinu kandideerimine on
    # kätte saadud"
    r"(?:ваш|твій)\s+відгук\s+(?:\S+\s+){0,3}?(?:отримано|надіслано)|отримали\s+(?:Ваш|твій)\s+відгук"
    r"|kandideerimine\s+(?:on\s+)?(?:kätte\s+saadud|edastatud)"
    r"|oleme\s+(?:Teie|Sinu)\s+kandideerimise\s+kätte\s+saanud",
    # Russian "Ваш отклик получен", "мы получили Ваше резюме", "спасибо за отклик"
    r"(?<!\w)(?:Ваш|твой)\s+отклик\s+(?:\S+\s+){0,3}?(?:получен|отправлен)"
    r"|(?<!\w)получили\s+(?:Ваш|Ваше|твой|твоё)\s+(?:отклик|резюме|заявку)",
    # Slovak Teamio "Potvrdenie prijatia Vašej reakcie", "Vaše podklady sme prijali", Profesia's
    # "Vaša reakcia bola odoslaná"
    r"potvrdenie\s+prijatia|(?:Vaše|Váš|Vašu)\s+(?:podklady|životopis|žiadosť|reakciu)\s+sme\s+(?:prijali"
    r"|dostali)|Vaša\s+reakcia\s+bola\s+(?:odoslaná|doručená)",
    # Latvian "Paldies par Jūsu pieteikumu", "Jūsu pieteikums saņemts"
    r"paldies\s+par\s+(?:Jūsu\s+|Tavu\s+)?pieteikumu|pieteikums\s+(?:ir\s+)?saņemts",
    # Lithuanian "Ačiū už paraišką", "dėkojame, kad pateikėte paraišką"
    r"(?:ačiū|dėkojame)\s+už\s+(?:Jūsų\s+)?paraišką|dėkojame,?\s+kad\s+pateikėte\s+paraišką",
    r"получихме\s+(?:Вашата\s+|твоята\s+)?кандидатура|благодарим\s+(?:Ви\s+|ти\s+)?за\s+"
    r"(?:Вашата\s+|твоята\s+)?кандидатура(?:та)?",
)
ACKNOWLEDGEMENT = phrases(
    r"thank(?:s|\s+you)\s+(?:so\s+much\s+)?(?:for\s+)?(?:your|the)\s+(?:\w+\s+)?"
    r"(?:note|email|e-mail|message|thank[-\s]you|words|follow[-\s]?up)",
    r"(?:share|shared|forward|forwarded)\s+(?:it|this|your\s+note)\s+with\s+the\s+(?:team|panel)",
    r"thank(?:s|\s+you)\s+for\s+(?:reaching\s+out|following\s+up|writing|the\s+update)",
    r"(?:it\s+)?was\s+(?:great|nice|lovely|a\s+pleasure|good)\s+(?:to\s+)?(?:meet|meeting|talk"
    r"|talking|speak|speaking|chat|chatting)",
    r"(?:appreciate|appreciated)\s+(?:your|the)\s+(?:note|email|message|follow[-\s]?up|thank)",
    r"glad\s+you\s+enjoyed",
    r"(?:enjoyed|loved)\s+(?:meeting|talking|speaking|chatting|our\s+(?:conversation|chat|talk))",
    r"appreciate\s+(?:it|that)\b|much\s+appreciated",
    r"(?:great|nice|good|lovely)\s+to\s+(?:connect|meet|chat|talk|speak|hear\s+about)",
    # "Thanks a million for that" (the person's note)
    r"thank(?:s|\s+you)\s+(?:a\s+million|so\s+much|very\s+much|a\s+lot)?\s*for\s+that\b",
    # the recruiter's own thanks after a call: "Thanks for chatting this morning"
    r"thank(?:s|\s+you)\s+for\s+(?:chatting|speaking|talking|the\s+(?:chat|call|conversation))\b",
    r"pass\s+(?:it|this|that|them|your\s+(?:note|email|message|thanks))\s+(?:along|on|to\s+the)",
    r"thanks?\s+(?:you\s+)?for\s+sending\s+(?:this|that|it|these)",
    r"(?:received|noted|got\s+it)[,!]\s+thank",
    r"^\s*likewise\b",
    r"(?:vielen\s+)?Dank\s+für\s+Ihre\s+(?:freundliche\s+|nette\s+)?(?:Nachricht|Mail|E-Mail|Zeilen)"
    r"|weitergeleitet",
    r"merci\s+pour\s+votre\s+(?:message|mot|mail)|gracias\s+por\s+(?:tu|su)\s+(?:mensaje|nota|correo)",
    r"obrigad[oa]\s+pel[ao]\s+(?:sua\s+)?(?:mensagem|nota|e-?mail|contato)",
    r"tack\s+för\s+(?:ditt|ert)\s+(?:mejl|mail|meddelande)|(?:takk|tak)\s+for\s+(?:din\s+|mailen"
    r"|meldingen|beskeden)|dziękuj\w*\s+za\s+(?:wiadomość|maila|miłe\s+słowa)"
    r"|(?:trevligt|roligt)\s+att\s+(?:träffas|ses|prata)|(?:hyggelig|koselig|rart)\s+(?:å|at)\s+møte"
    r"|miło\s+(?:było\s+)?(?:Panią|Pana|Cię)?\s*poznać",
    r"terima\s+kasih\s+(?:atas|untuk)\s+(?:email|emel|pesan|pesannya|emailnya|kabar|ucapan)\w*",
    # Greek "σας ευχαριστούμε για το μήνυμά σας"; Romanian "mulțumim pentru mesaj"; Hungarian
    # "köszönöm a levelét"; Arabic "شكراً على رسالتك"
    r"ευχαριστ\w*\s+για\s+το\s+(?:μήνυμά|email|e-mail)|mulțumi\w*\s+pentru\s+(?:mesaj|e-mail|email)\w*"
    r"|köszön\w*\s+a\s+(?:level\w*|üzenet\w*)|شكر(?:اً|ا)?\s+(?:على|ل)\s*(?:رسالتك|رسالتكم|إيميلك)",
)
# Out of office, said by a person's mail client without auto-reply headers.
OUT_OF_OFFICE = phrases(
    # Spanish: "Estoy disfrutando del puente y volveré a la oficina el miércoles 9"
    r"\bvolveré\s+a\s+la\s+oficina\b|\bestoy\s+(?:fuera\s+de\s+la\s+oficina|de\s+vacaciones)\b",
    # Turkish: "Yıllık izinde olduğum için e-postanıza geç dönüş yapabilirim", "ofis dışındayım"
    r"(?:yıllık\s+)?izinde\s+olduğum|izindeyim|ofis\s+dışında(?:yım|\s+olacağım)",
    # Finnish: "olen koulutuksessa 9.–11.12. enkä lue sähköpostia säännöllisesti", "olen
    # lomalla", "olen poissa toimistolta"
    r"\benkä\s+lue\s+sähköpost\w*|\bolen\s+(?:lomalla|poissa\s+toimistolta|vuosilomalla)\b",
    # Hungarian: "külföldi üzleti úton vagyok", "szabadságon vagyok"
    r"\büzleti\s+úton\s+vagyok|\bszabadságon\s+vagyok|\bházon\s+kívül\s+vagyok",
    # Greek: "Είμαι εκτός γραφείου έως και την Παρασκευή 11/12"
    r"(?:είμαι|θα\s+είμαι|βρίσκομαι)\s+εκτός\s+(?:γραφείου|έδρας)|είμαι\s+σε\s+άδεια",
    # Croatian "izvan ureda sam do 21.12.", Bulgarian "извън офиса съм", Indonesian "Saya
    # sedang cuti tahunan"
    r"izvan\s+ureda\s+sam|na\s+godišnjem\s+odmoru\s+sam|извън\s+офиса\s+съм|в\s+отпуск\s+съм"
    r"|na\s+službenom\s+(?:sam\s+)?putu|на\s+службеном\s+(?:сам\s+)?путу|van\s+kancelarije\s+sam"
    r"|esu\s+(?:atostogose|mokymuose|komandiruotėje)|esmu\s+(?:atvaļinājumā|komandējumā)"
    r"|saya\s+sedang\s+(?:cuti|di\s+luar\s+kantor)",
    # Ukrainian "я на конференції ... відповідаю із затримкою", "я у відпустці"; Estonian "loen
    # kirju harva", "olen puhkusel"
    r"(?<!\w)відповідаю\s+(?:із|з)\s+затримкою|(?<!\w)я\s+у\s+відпустці|(?<!\w)поза\s+офісом\s+до"
    r"|loen\s+kirju\s+harva|olen\s+(?:puhkusel|komandeeringus)|vastan\s+(?:kirjadele\s+)?viivitusega",
    # Russian "я в отпуске до 14.12", "нахожусь вне офиса", "в командировке"
    r"(?<!\w)я\s+(?:в\s+отпуске|в\s+командировке|вне\s+офиса)|(?<!\w)нахожусь\s+(?:в\s+отпуске"
    r"|в\s+командировке|вне\s+офиса)",
    # Slovak "som mimo kancelárie", "som na dovolenke", "e-maily čítam len výnimočne"
    r"som\s+mimo\s+kancelárie|som\s+na\s+dovolenke|e-?maily\s+čítam\s+(?:len\s+)?(?:výnimočne|obmedzene)",
    # "8-10 Aralık tarihleri arasında Bursa'da tedarikçi denetimindeyim; e-postalarınıza 11
    # Aralık Cuma günü dönüş yapacağım"
    r"e-?postalarınıza\s+(?:\w+\s+){0,4}dönüş\s+yapacağım",
    r"(?:i\s+am|i'm|i\s+will\s+be|i'll\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office"
    r"|away\s+from\s+(?:the\s+)?office|ooo|away\s+(?:on|until|from)|on\s+(?:annual\s+|parental\s+"
    r"|maternity\s+|paternity\s+|medical\s+|sick\s+)?leave|on\s+(?:vacation|holiday|pto|pat)"
    r"|travell?ing\s+(?:with|and\s+have)\s+limited|(?:currently\s+)?travell?ing\s+and\s+will"
    r"|offline\s+(?:until|till|through|from)|out\s+(?:until|till|through|today|this\s+week)"
    r"|at\s+a\s+conference\s+(?:until|till|through|and))",
    # Said of the writer: at the start of a sentence, not "Rupert is out of the office until ...".
    r"(?:(?m:^)|(?<=[.!?]\s))\s*(?:currently\s+)?out\s+of\s+(?:the\s+)?office\s+(?:until|from"
    r"|through|till|and|with|on)",
    r"(?m:^\s*(?:currently\s+)?out\s+of\s+(?:the\s+)?office\b)",
    r"(?:with\s+)?limited\s+(?:access\s+to\s+(?:e-?mail|my\s+(?:e-?mail|inbox))|connectivity)",
    r"this\s+is\s+an\s+auto(?:matic|mated)?\s+(?:reply|response)",
    # Away somewhere and answering later: "will reply when I'm back in the office on Monday",
    # "patchy signal", "for anything urgent please call".
    r"(?:reply|respond|get\s+back\s+to\s+you|answer)\s+(?:\w+\s+)?(?:when|once|as\s+soon\s+as)"
    r"\s+(?:(?:i\s+am|i['\u2019]m|i\s+get)\s+back|i\s+return)\b",
    r"(?:patchy|limited|intermittent|spotty)\s+(?:phone\s+)?(?:signal|reception|wi-?fi"
    r"|internet|e-?mail|access)",
    # "will reply to emails Thursday morning", "je réponds aux courriels jeudi matin"
    r"(?:will\s+|i'll\s+)(?:reply|respond)\s+to\s+(?:e-?mails?|messages)\s+(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b",
    r"je\s+(?:réponds|répondrai)\s+(?:aux|à\s+vos)\s+(?:courriels|messages|e-?mails)\s+"
    r"(?:dès\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|à\s+mon\s+retour)\b",
    # "I'm off for the holidays from Dec 16 and back Monday, January 4"
    r"(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be)\s+(?:off|away|out)\s+(?:for|over)\s+the\s+"
    r"(?:holidays|holiday\s+break|break|festive\s+season|christmas\s+break)",
    # "I'm out visiting clients today and back in the office on Tuesday"
    r"(?:i'm|i\s+am)\s+out\s+(?:\w+\s+){1,4}(?:today|this\s+week|until|till)\b",
    r"back\s+in\s+(?:the|my)\s+office\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday"
    r"|tomorrow|next\s+week)\b",
    # "I'm at a client site today ... and back at my desk Friday"
    r"(?:i(?:'m|\s+am|'ll\s+be|\s+will\s+be)\s+)?back\s+(?:at|to)\s+my\s+desk\b",
    r"(?:will\s+)?(?:respond|reply|get\s+back\s+to\s+you)\s+(?:to\s+your\s+(?:e-?mail|message)\s+)?"
    r"(?:when|upon|after|on)\s+(?:i|my)\s+return",
    r"(?:ich\s+bin|bin\s+ich)\s+(?:bis|vom|ab|derzeit|zurzeit|momentan)?[^\n]{0,60}?"
    r"(?:nicht\s+im\s+büro|abwesend|außer\s+haus|im\s+urlaub)",
    r"(?:keinen|eingeschränkten)\s+zugriff\s+auf\s+(?:meine\s+)?e-?mails",
    r"je\s+suis\s+(?:actuellement\s+)?(?:absente?|en\s+congés?|en\s+vacances)"
    r"|absente?\s+du\s+bureau"
    # "Je suis en déplacement chez nos fournisseurs au Portugal jusqu'au vendredi 11
    # décembre, avec un accès restreint à mes e-mails"
    r"|je\s+suis\s+(?:actuellement\s+)?en\s+déplacement\b[^.\n]{0,80}?\bjusqu['’]"
    r"|accès\s+(?:restreint|limité)\s+à\s+(?:mes|ma)\s+(?:e-?mails|courriels|messagerie|boîte)",
    r"(?:estoy|me\s+encuentro)\s+(?:actualmente\s+)?(?:fuera\s+de\s+la\s+oficina|de\s+vacaciones"
    r"|ausente)",
    r"(?:sono|sarò)\s+(?:attualmente\s+)?(?:fuori\s+(?:ufficio|sede)|assente|in\s+ferie)",
    r"(?:ik\s+ben|ben\s+ik)\s+(?:momenteel\s+|tot\s+en\s+met\s+[^.\n]{0,30})?(?:afwezig"
    r"|niet\s+op\s+kantoor|met\s+vakantie|met\s+verlof)"
    # "Afwezigheidsmelding: ...", "lees in die periode mijn mail niet"
    r"|^afwezigheidsmelding\b|\blees\s+(?:in\s+die\s+periode\s+|tijdens\s+\w+\s+)?(?:mijn\s+)?(?:e-?)?mail\s+niet\b",
    r"(?:estou|encontro-me)\s+(?:fora\s+do\s+escritório|de\s+férias|ausente)",
    r"estou\s+de\s+volta|(?:pouco|sem)\s+acesso\s+ao\s+e-?mail",
    # "Estou em atendimento externo ... respondendo com atraso"; Czech "čerpám dovolenou",
    # "zpět budu"
    r"(?:respondendo|responderei|respondo)\s+com\s+atraso|em\s+atendimento\s+externo",
    r"čerpám\s+dovolenou|jsem\s+na\s+dovolené|zpět\s+budu|mimo\s+kancelář",
    # (the writer's, not a colleague's: "Mathieu est en congé jusqu'à lundi")
    r"nicht\s+erreichbar|wieder\s+im\s+büro|wieder\s+am\s+schreibtisch|(?<!\bist\s)abwesend\s+bis|außer\s+haus\s+bis",
    r"(?<!\bsera\s)(?<!\bseront\s)de\s+retour\s+le|(?<!\best\s)(?<!\bsont\s)en\s+congés?\s+jusqu"
    r"|(?<!\best\s)(?<!\bsont\s)absente?\s+jusqu",
    r"estaré\s+(?:fuera|ausente|de\s+vacaciones)|regresaré\s+el",
    r"rientrerò|sarò\s+(?:fuori|assente)|niet\s+bereikbaar|(?<!\bis\s)afwezig\s+tot|weer\s+aanwezig",
    r"estarei\s+(?:ausente|fora)",
    # "ik ben op vakantie", "weer op kantoor", "sono in trasferta", "rispondo con ritardo",
    # "estou em formação", "responderei assim que regressar", "acceso limitado al correo"
    r"(?:ik\s+ben|ben\s+ik)\s+(?:\w+\s+)?op\s+vakantie|weer\s+op\s+kantoor",
    r"sono\s+in\s+(?:trasferta|fiera|viaggio)|rispond(?:o|erò)\s+con\s+ritardo"
    r"|risponderò\s+al\s+(?:mio\s+)?rientro|(?m:^\s*fuori\s+sede\b)",
    r"estou\s+em\s+(?:formação|viagem|deslocação|férias)|responderei\s+(?:assim\s+que|quando)"
    r"\s+regressar|acesso\s+limitado\s+ao\s+e-?mail|(?m:^\s*ausência\s*:)",
    r"acceso\s+limitado\s+al\s+(?:correo|e-?mail)|responderé\s+(?:a\s+mi\s+regreso|cuando\s+vuelva)",
    # "I'm away at a client's site and will be back on Thursday"
    r"(?:i'm|i\s+am)\s+away\s+(?:at|on|in|with)\b[^.!?\n]{0,60}?\bback\s+(?:on\s+)?(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+week)\b",
    # Korean: "메일 확인이 늦어집니다" (mail read late), "순차적으로 회신드리겠습니다", "(자동 응답
    # 메일입니다)"
    r"메일\s*확인이\s*늦어|순차적으로\s*회신|자동\s*응답",
    # Japanese: "出張のため不在にしております" (away on a business trip), "自動応答："
    r"不在にして(?:おります|います)|(?m:^\s*自動応答\s*[:：])",
    # Chinese: "自動回覆：", "我於12月14日至12月16日出差，回覆可能延遲", "休假中"
    r"(?m:^\s*(?:自動回覆|自动回复)\s*[:：])|回(?:覆|复)(?:可能)?(?:會|会)?(?:延遲|延迟)"
    r"|(?:正在|目前)?(?:休假|出差)中",
    # Norwegian and Danish: "Jeg har juleferie og er tilbake på kontoret", "Fravær:"
    r"(?:jeg|jag)\s+har\s+(?:jule|sommer|vinter|påske)?(?:ferie|semester)|tilbake\s+på\s+kontoret"
    r"|tilbage\s+på\s+kontoret|(?m:^\s*(?:fravær|frånvaro|poissa)\s*:)",
    r"(?:jag\s+är|jeg\s+er)\s+(?:\w+\s+)?(?:på\s+semester|på\s+ferie|ledig|tjänstledig|frånvarande"
    r"|fraværende|inte\s+på\s+kontoret|ikke\s+på\s+kontoret)|tillbaka\s+på\s+kontoret"
    r"|jestem\s+(?:\w+\s+)?(?:na\s+urlopie|poza\s+biurem|nieobecn\w*)|wracam\s+do\s+biura"
    # "Nieobecność w biurze: ...", "w dniach 14–18.12.2026 r. przebywam na urlopie"
    r"|nieobecność\s+w\s+biurze|przebywam\s+(?:\w+\s+)?na\s+urlopie"
    # Dutch: "Afwezig: ...", "Je mail wordt vanaf maandag 7 december beantwoord"
    r"|^afwezig\s*:|\b(?:je|uw)\s+(?:(?:e-?)?mail|bericht)\s+wordt\s+(?:vanaf|na)\s+[^.\n]{2,40}?\s+beantwoord",
    r"(?:sedang\s+)?(?:cuti|bercuti)\s+(?:sampai|hingga)|(?:sedang\s+)?(?:di\s+luar|tidak\s+berada\s+di)"
    r"\s+(?:kantor|pejabat)",
)
# "Even if", "although": hypothetical or conceded only up to the clause's end ("aunque tu
# experiencia es muy valiosa, decidimos no avanzar" decides in the clause after the comma).
CONCESSIVE = Phrases(r"\b(?:anche\s+se|aunque|mesmo\s+que)\b")
# A clause that makes what follows hypothetical: "if you are not selected, ...".
CONDITIONAL = Phrases(
    # (but "In English, just in case: you've moved to the next round" says it outright)
    r"\b(?:if|unless|should\s+(?:we|you|your|the\s+team|they|there\s+be)|in\s+(?:the\s+)?(?:event|case)(?!\s*:)"
    r"|whether|otherwise|once|sollten|wenn|falls|hvis|dersom|ifall|indien"
    # Slovak and Czech "Ak Váš profil zodpovedá ...", "Pokud Váš profil ..."
    r"|ak(?=\s+(?:Váš|váš|Vaš|vaš|by|sa|budete|ste|tvoj|tvoja))|pokud"
    # "Si votre profil correspond, nous vous contacterons; sinon, votre candidature ne sera
    # pas retenue": otherwise, in French, German, Spanish, Portuguese and Italian
    r"|sinon|andernfalls|ansonsten|sonst|de\s+lo\s+contrario|caso\s+contr[áa]rio|altrimenti"
    # Spanish and French "si" (not Italian's impersonal "si comunica che è ammessa alla prova
    # orale", which says it outright)
    r"|(?<!jsme\s)(?<!jste\s)(?<!sme\s)si(?!\s+(?:comunica|informa|prega|rende|ricorda|avvisa|precisa"
    r"|conferma|segnala|invita|porgono"
    # (nor Czech's and Slovak's reflexive "si": "Velice si vážíme Vašeho zájmu")
    r"|vážíme|vážím|vážime|ceníme|cením|přejeme|dovolujeme|dovoluji|ponecháme|uložíme|myslíme"
    r"|prohlédli|přečetli|prostudovali|promluvit|popovídat|domluvit|vybrali|vyberete|zvolili"
    r"|dovolím|dovolíme)\b)"
    # Portuguese "Caso seu perfil seja selecionado" (not the noun: "neste caso, decidimos")
    r"|caso(?=\s+(?:seu|sua|você|voce|vc|o\s+seu|a\s+sua|não|nao|tenha|queira|precise|deseje))"
    # "Se o seu perfil for selecionado para a próxima etapa" (not the pronoun: "se interessou")
    r"|se(?=\s+(?:o\s+seu|a\s+sua|seu|sua|você|voce|vc)\b)"
    # "Se não for selecionada para entrevista, não voltaremos a contactá-la"
    r"|se(?=\s+(?:não\s+|nao\s+)?(?:for|forem|tiver|receber)\b)"
    # Italian "Se non verrà contattata entro 30 giorni, la Sua candidatura non è stata
    # selezionata": silence as the condition, not a decision
    r"|se(?=\s+(?:non\s+)?(?:verr[àa]|sar[àa]|ricever[àa]|dovesse|dovessimo|avr[àa]|la\s+Sua|il\s+Suo)\b)"
    r"|qualora|contingent|subject\s+to|before\s+(?:we|they|I)(?=\s+(?:can\s+)?$)"
    # "some positions require testing before an interview is scheduled": what comes first
    r"|before\s+(?:an?|any)(?=\s+$)"
    # "ook als we niet verder gaan" (even if), "laten we je weten of we je uitnodigen", "ob",
    # "anche se", "aunque", "mesmo que"; "decide who moves on to the final conversation"
    r"|(?:ook\s+|zelfs\s+)?als\s+(?:we|wij|je|jij|u)|of\s+(?:we|wij|je|jij|u)|ob"
    # Portuguese "Caso você avance para a próxima etapa", Spanish "en caso de que"
    r"|caso\s+(?:você|voce|vocês|tu|seja|não|haja|o\s+seu|a\s+sua)|en\s+caso\s+de\s+que"
    # A choice still to make: "after which we will pick who goes on to the technical round",
    # "choose which candidates move forward" (not "choose which day suits you"); Czech
    # "pokud", Polish "jeśli", Finnish "jos"
    r"|(?:decid|pick|choos|chose|select|determin)\w*\s+(?:who|whether|which(?!\s+(?:days?|dates?"
    r"|times?|slots?)\b))|pokud(?!\s+jde\s+o)|jestliže|jeśli|jeżeli|jos"
    # Romanian "dacă", Greek "αν", "εάν", Arabic "إذا", "في حال", "لو"
    r"|dacă|daca|αν|εάν|إذا|اذا|في\s+حال|لو"
    # Silence as the condition: "Sans réponse de notre part dans un délai de quatre semaines,
    # vous pourrez considérer que ...", "à défaut de retour", "failing a reply within"
    r"|sans\s+(?:réponse|retour|nouvelles?)|à\s+défaut\s+de\s+(?:réponse|retour)"
    r"|en\s+l['’]absence\s+de\s+(?:réponse|retour)|failing\s+(?:a\s+|any\s+)?(?:reply|response)"
    r"|de\s+no\s+recibir"
    # Polish "W przypadku braku odpowiedzi w terminie 21 dni", "w razie braku kontaktu"
    r"|w\s+przypadku|w\s+razie"
    # Dutch "Mocht je binnen twee weken niets van ons horen", and who is still to be chosen:
    # "een besluit te nemen over wie er wordt uitgenodigd voor het tweede gesprek"
    r"|mocht(?:en)?|over\s+wie)\b"
    # A class of applicants the sentence opens with, not the person: "Applicants who are
    # not admitted to the next stage will be informed", "Kandidaten die weerhouden worden"
    # (not "we've looked at everyone who applied, and we won't be progressing yours")
    # A step that may come: "As part of our process, you may be invited to complete an
    # online situational judgement assessment"
    r"|\byou\s+(?:may|might)\s+(?:also\s+)?(?:then\s+)?be(?=\s*$|\s+(?:invited|asked)\b)"
    # ... or anywhere it limits who: "Please be advised that only applicants who are invited
    # to an assessment exercise and/or competency-based interview will be contacted"
    r"|\bonly\s+(?:those\s+)?(?:applicants|candidates|those)\s+(?:who|that|whose)\b"
    # ("only candidates under serious consideration will be contacted for the next steps")
    r"|\bonly\s+(?:those\s+)?(?:applicants|candidates)\s+(?:under|selected|shortlisted"
    r"|short-listed|retained|being)\b"
    r"|^\s*(?:the\s+|les\s+|de\s+)?(?:applicants|candidates|those|anyone|kandidaten|sollicitanten"
    r"|candidats|Bewerber(?:innen)?|Kandidatinnen),?\s+(?:who|that|die|qui|whose)\b"
    # Italian "Ai candidati ammessi sarà inviata la convocazione alla prova orale"
    r"|^\s*(?:ai|agli|alle|i|gli|le)\s+candidat[ie]\s+(?:ammess[ie]|che)\b",
    re.IGNORECASE,
)
# Nordic "ikke", "inte", "ikkje" too: "vi kan dessverre ikke tilby deg stillingen".
NEGATION = Phrases(
    r"\b(?:not|never|unable|cannot|ikke|inte|ikkje|keine?n?|nicht|geen|niet|tidak|belum|tak)\b"
    # (not Portuguese "no" for "in the": "você avançou no processo", "no escritório central")
    r"|\bno\b(?!\s+(?:processo|escrit[oó]rio|time|dia|momento|nosso|seu|final|caso|site|RH|LinkedIn)\b)"
    r"|n't\b"
    # "Cela ne constitue pas une promesse d'embauche", "non costituisce", "não constitui"
    # (not French "pas" alone: "n'hésitez pas à nous envoyer vos disponibilités")
    r"|\bne\s+constitue\s+pas\b|\bn'est\s+pas\b|\bne\s+s'agit\s+pas\b|\bnon\s+(?:costituisce|è)\b|\bnão\s+(?:constitui|é)\b"
    # "il s'agit d'une étape du processus et non d'une offre d'emploi"
    r"|\bet\s+non\s+(?:pas\s+)?(?:d['’]une?|une?|de)\b"
)
