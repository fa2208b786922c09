"""Invites written in Japanese, Korean and Chinese.

These scripts put no spaces between words and write a person's department and
title beside their name ("人事部 課長 佐々木 健一", "인사팀 김민수 팀장"), so the
readers for Latin-script invites, which look for capitalised words, find
nothing. What is here reads the three things such an invite says in its own
way: the panel after "面接官：" or "면접관:", the employer by its legal form
("みなと臨海ロジスティクス株式会社", "(주)한빛엔지니어링"), and job titles that end
a compound ("スーパーバイザー職", "연구원").
"""

from __future__ import annotations

import re

from agent.core.names import TITLE_WORDS, is_title_word, looks_like_name

CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
_CJK = re.compile(f"[{CJK_CHARS}]")

# Job nouns that end a compound in Japanese, Korean and Chinese postings.
JOB_NOUNS = (
    # Japanese
    "スーパーバイザー", "マネージャー", "マネジャー", "エンジニア", "デザイナー", "アナリスト",
    "コンサルタント", "リーダー", "ディレクター", "スペシャリスト", "アシスタント",
    "コーディネーター", "プランナー", "プロデューサー", "ドライバー", "技術者", "研究員",
    "看護師", "薬剤師", "事務", "営業", "担当者", "職", "モニター", "技師", "医師", "研究者",
    "アクチュアリー", "会計士", "税理士", "監査役",
    # Korean
    "매니저", "엔지니어", "개발자", "디자이너", "연구원", "기술자", "설계자", "담당자",
    "전문가", "컨설턴트", "분석가", "간호사", "교수", "연구교수", "기사", "사원", "직",
    "마케터", "기획자", "담당",
    # Chinese, simplified and traditional
    "工程师", "经理", "专员", "主管", "设计师", "分析师", "顾问", "助理", "总监",
    "工程師", "經理", "專員", "設計師", "分析師", "顧問", "總監", "開發者", "开发者",
)  # fmt: skip
# (the lookahead lets every other position of a long Latin text fail at once)
JOB = f"(?=[{CJK_CHARS}])[{CJK_CHARS}]*?(?:" + "|".join(JOB_NOUNS) + ")"

# The line that names the panel: "面接官：", "면접관:", "面试官："
_PANEL = re.compile(
    r"^\s*(?:[-*\u2022\u00b7・■□▶▪●○◆◇※]\s*)?(?:面接官|面接担当者?|担当面接官|면접관|면접위원|面试官|面試官|面試主管)\s*[:：]\s*(?P<rest>.+)$"
)
# Titles and departments written around a name.
# (Korean ones also mark whom a clause is about: "정재훈 책임은", see attendance.py)
KOREAN_TITLES = frozenset(
    {"팀장", "과장", "부장", "차장", "대리", "이사", "상무", "전무", "대표", "본부장", "실장",
     "매니저", "책임", "수석", "선임", "주임", "교수", "센터장", "소장", "님", "팀장님",
     "리드", "상무님", "이사님", "대표님", "파트장", "그룹장", "프로"}
)  # fmt: skip
_TITLES = KOREAN_TITLES | frozenset(
    {
        # Japanese
        "課長", "部長", "次長", "係長", "主任", "社長", "副社長", "取締役", "常務", "専務",
        "室長", "所長", "店長", "センター長", "マネージャー", "リーダー", "採用担当",
        "人事担当", "代表取締役",
        # Chinese, simplified and traditional ("黃建志 協理": an assistant vice president)
        "经理", "总监", "主管", "总经理", "副总裁", "經理", "總監", "總經理", "副總裁", "協理",
        "协理", "副理", "副總", "副总", "處長", "处长", "科長", "科长", "執行長", "执行长",
    }
)  # fmt: skip
_DEPARTMENT = re.compile(r"(?:部|課|室|グループ|センター|팀|부|실|본부|센터|학과|部门)$")
# A company by its legal form, before or after the name.
_LEGAL = (
    r"(?:株式会社|有限会社|合同会社|医療法人社団|医療法人|社会福祉法人|一般社団法人|一般財団法人"
    r"|公益社団法人|公益財団法人|学校法人|独立行政法人|주식회사|유한회사|\(株\)|（株）|㈱|\(주\)|（주）|㈜)"
)
# A name is at most 40 characters either side of its legal form: bounded, so a long run
# without spaces costs one pass, not one per starting point.
_COMPANY = re.compile(
    rf"{_LEGAL}\s?[^\s、。,，:：()（）【】「」『』\[\]]{{1,40}}"
    rf"|[^\s、。,，:：()（）【】「」『』\[\]]{{1,40}}?(?:{_LEGAL}|股份有限公司|有限公司|集团)"
)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def panel(line: str) -> list[str] | None:
    """The names a "面接官：" line lists, surname first as written; None for any other line."""
    found = _PANEL.match(line)
    if not found:
        return None
    # (Korean joins two with "과"/"와" on the first: "배명호 상무님과 저", Director Bae and me)
    pieces = re.split(
        r"[、，,;；/]|および|並びに|及|和|與|与|(?<=[\uac00-\ud7a3])(?:과|와)(?=\s)|\s및\s",
        found["rest"],
    )
    # (and what it goes on to say is no name: "두 명이 들어갑니다", two of us go in)
    return [name for piece in pieces if not _A_SENTENCE.search(piece) and (name := _named(piece))]


# A Korean sentence's polite ending: "들어갑니다", "참석합니다", "진행해요".
_A_SENTENCE = re.compile(r"[\uac00-\ud7a3](?:니다|어요|아요|해요)[.!]?\s*$")


def lists_the_writer(line: str) -> bool:
    """Whether a "면접관:" line names the writer among the panel: "배명호 상무님과 저"."""
    found = _PANEL.match(line)
    return bool(found) and any(
        _WRITER.fullmatch(w.strip(".,、，"))
        for w in re.split(r"\s|(?<=과)|(?<=와)", found["rest"])
        if w
    )


def _named(piece: str) -> str:
    """The name in one entry of a panel, without its department and title."""
    piece = re.sub(r"[(（][^)）]*[)）]", " ", piece)
    words = [
        w
        for w in piece.split()
        # a department is three characters or more: "人事部", not the surname "岡部"
        if w not in _TITLES
        and not (len(w) >= 3 and _DEPARTMENT.search(w))
        and not re.fullmatch(JOB, w)
    ]
    words = [re.sub(r"(?:様|さん|님|氏|先生|女士|小姐|博士|經理|经理)$", "", w) for w in words]
    words = [w for w in words if not _WRITER.fullmatch(w)]  # "…、および私": the writer
    name = [w for w in words[-2:] if w and _CJK.search(w) and len(w) <= 5]
    if (
        name == words[-1:]
        and len(words) >= 2
        and _LATIN_WORD.fullmatch(words[-2])
        and looks_like_name(words[-2])  # not "CRM & Clienteling Director 上野"
    ):
        name = words[-2:]  # "Michael 周子豪": the English name he goes by, then his own
    if not name and _latin_name(words):
        name = words[-2:]  # "同部 シニアマネージャー Ajay Menon（アジャイ・メノン）"
    return " ".join(name)


# The writer, in a panel that names them: "私", "わたくし", Korean "저", Chinese "我".
_WRITER = re.compile(r"(?:と|および)?(?:私|わたくし|저|제|我)")
# A given name or surname written in Latin letters, as a foreign colleague's is.
_LATIN_WORD = re.compile(r"[A-Z][a-zà-ÿ'’-]+")


def _latin_name(words: list[str]) -> bool:
    """Whether a panel entry ends in a name in Latin letters after its Japanese title:
    two such words, not three ("HR Business Partner" is a title), none of them a title."""
    if len(words) < 2 or (len(words) >= 3 and not _CJK.search(words[-3])):
        return False
    return all(
        _LATIN_WORD.fullmatch(w) and not is_title_word(w) and w.casefold() not in TITLE_WORDS
        for w in words[-2:]
    )


# A list item that opens with a name in Han, kana or Hangul, then what the person does:
# "上野 沙織 - CRM Director", "清水 香織, PMP, Senior Manager", "김민수 (Engineering Lead)".
_NAME_FIRST = re.compile(
    r"^(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{1,3}\s[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,4}"
    r"|[\uac00-\ud7af]{2,4}|[\u3400-\u4dbf\u4e00-\u9fff]{2,3})"
    r"(?:様|さん|님|氏|先生|女士|小姐|博士)?\s*(?:[-\u2013\u2014,，、|(（]|$)"
)


def name_first(item: str) -> str:
    """The name a panel list's line opens with, in Han, kana or Hangul; "" for none.

    Bilingual invites list a Japanese or Korean colleague among English ones, one
    per line under "Interviewers:"; a line that opens with a department or a title
    ("人事部 - ...", "팀장") names no one.
    """
    found = _NAME_FIRST.match(item.strip())
    if not found:
        # "人事部 課長 田中 一郎" on a line of its own, as under "面接官："
        native = has_cjk(item) and not re.search(r"[A-Za-z0-9０-９]", item)
        return _named(item) if native else ""
    name = found["name"]
    words = name.split()
    if len(words) == 2 and words[1] in _TITLES and len(words[0]) >= 2:
        return words[0]  # "黃建志 協理 (Procurement)": the name, its title after it
    if any(w in _TITLES or _DEPARTMENT.search(w) or re.fullmatch(JOB, w) for w in name.split()):
        return ""
    return name


_ALIAS = re.compile(
    rf"([{CJK_CHARS}]{{2,4}})(?:先生|女士|小姐|博士)?\s*[(（]\s*"
    r"([A-Za-z][A-Za-z .'-]{1,30}?)\s*[)）]"
)


def aliases(text: str) -> dict[str, str]:
    """The Latin names a panel line gives in brackets: {"何家俊": "Marcus"} for
    "面試官：開發主管 何家俊先生（Marcus）及 …", as Hong Kong and Taiwan offices write them."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not _PANEL.match(line):
            continue
        for name, latin in _ALIAS.findall(line):
            found[re.sub(r"(?:先生|女士|小姐|博士)$", "", name)] = latin
    return found


def company(text: str) -> str:
    """The first company a text names with a Japanese, Korean or Chinese legal form."""
    found = _COMPANY.search(text) if has_cjk(text) else None
    # "この度は桐山商事株式会社の…": the greeting before the name is not part of it, nor
    # what follows a legal form before it ("株式会社星影インタラクティブの田辺です": Tanabe of)
    name = _GREETING.sub("", found.group(0).strip()) if found else ""
    # "您好感谢您关注深圳驰澜汽车科技有限公司": a Chinese letter's greeting, run into the name
    cut = max((name.rfind(m) + len(m) for m in _LEAD_INS if m in name), default=0)
    if len(name) - cut >= 4:
        name = name[cut:]
    return _OF_WHOM.sub("", name) if name.startswith(_LEGAL_STARTS) else name


# Chinese words that lead up to a firm's name in a letter: "thank you for following",
# "applying to", "from", "welcome to", "we are"
_LEAD_INS = (
    "您好", "你好", "关注", "關注", "应聘", "應徵", "应征", "投递", "投遞", "申请", "申請",
    "来自", "來自", "欢迎", "歡迎", "加入", "我们是", "我們是", "这里是", "這裡是", "感谢您对",
    "感謝您對",
)  # fmt: skip

# "の" (of) and what follows it, after a name the legal form opens.
_OF_WHOM = re.compile(r"の.*$")
_LEGAL_STARTS = ("株式会社", "有限会社", "合同会社")
_GREETING = re.compile(r"^(?:この度は|このたびは|先日は|本日は|弊社|当社|貴社|私ども|わたくしども)")
