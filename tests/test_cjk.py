"""Invites and replies in Japanese, Korean and Chinese: no spaces between words, the
department and title beside a name, dates as 12月9日."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core import cjk
from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, CalendarEvent, DetectRules
from agent.core.people import names_in_description

ME = "casey@example.com"
RULES = DetectRules(include=DetectRules().include, my_name="Casey Candidate")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("面接官：人事部 課長 田中 一郎、営業部 部長 森 さくら", ["田中 一郎", "森 さくら"]),
        ("면접관: 인사팀 박지훈 팀장, 이서연 책임연구원", ["박지훈", "이서연"]),
        ("面试官：王芳（技术总监）", ["王芳"]),
        ("所要時間：約60分", None),
    ],
)
def test_a_panel_line_names_each_person_without_department_or_title(
    line: str, names: list[str] | None
) -> None:
    assert cjk.panel(line) == names


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("よろしくお願いいたします。\nあおば物流株式会社\n人事部 鈴木", "あおば物流株式会社"),
        ("감사합니다.\n(주)한빛정밀 인사팀", "(주)한빛정밀"),
        ("Best,\nAcme Robotics", ""),
        ("【医療法人社団 淀川みどり会】一次面接のご案内", "医療法人社団 淀川みどり会"),
        ("この度は桐野商事株式会社の求人にご応募いただき", "桐野商事株式会社"),
    ],
)
def test_a_company_by_its_legal_form(text: str, company: str) -> None:
    assert cjk.company(text) == company


def test_a_japanese_invite_names_employer_role_and_panel() -> None:
    event = CalendarEvent(
        uid="jp-1",
        calendar_id="primary",
        title="一次面接（物流センター スーパーバイザー）Casey Candidate 様",
        start=datetime(2026, 11, 25, 5, tzinfo=UTC),
        end=datetime(2026, 11, 25, 6, tzinfo=UTC),
        description=(
            "Casey Candidate 様\n\n下記のとおり一次面接を実施いたします。\n\n"
            "面接官：人事部 課長 田中 一郎、センター長 森 さくら\n\n"
            "あおば物流株式会社\n人事部 採用担当 鈴木 花子"
        ),
        attendees=(Attendee(ME, "Casey Candidate"),),
        organizer_email="suzuki.hanako@aoba-butsuryu.example",
        organizer_name="鈴木 花子",
    )
    found = to_interview(event, ME, ZoneInfo("Asia/Tokyo"), RULES, "")
    assert found.company == "あおば物流株式会社"
    assert found.role == "物流センター スーパーバイザー"
    assert [p.name for p in found.interviewers] == ["田中 一郎", "森 さくら"]
    assert all(p.email.endswith("@address-unknown.invalid") for p in found.interviewers)


def test_a_japanese_panel_list_leaves_out_the_recruiter_who_sent_it() -> None:
    event = CalendarEvent(
        uid="jp-2",
        calendar_id="primary",
        title="【株式会社みなと精工】二次面接のご案内",
        start=datetime(2026, 11, 26, 1, tzinfo=UTC),
        end=datetime(2026, 11, 26, 2, tzinfo=UTC),
        description=(
            "二次面接をオンラインにて実施いたします。\n\n"
            "■面接官：技術部 部長 大野 修、品質保証課 課長 川村 由美\n\n"
            "株式会社みなと精工\n人事課 西田 結衣"
        ),
        attendees=(
            Attendee(ME, "Casey Candidate"),
            Attendee("ohno.osamu@minato-seiko.example", "大野 修"),
        ),
        organizer_email="nishida.yui@minato-seiko.example",
        organizer_name="西田 結衣",
    )
    found = to_interview(event, ME, ZoneInfo("Asia/Tokyo"), RULES, "")
    assert [p.name for p in found.interviewers] == ["大野 修", "川村 由美"]
    assert found.interviewers[0].email == "ohno.osamu@minato-seiko.example"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("結果につきましては、12月9日（水）までにメールにてご連絡いたします。", date(2026, 12, 9)),
        ("면접 결과는 12월 11일(금)까지 이메일로 안내드리겠습니다.", date(2026, 12, 11)),
        ("我们将于2026年12月10日前通知您面试结果。", date(2026, 12, 10)),
        # the day of the interview is no decision date
        ("二次面接は12月3日です。結果は追ってご連絡します。", None),
    ],
)
def test_decision_dates_in_japanese_korean_and_chinese(text: str, day: date | None) -> None:
    found = find_date(text, after=date(2026, 11, 27))
    assert (found.value if found else None) == day


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a foreign colleague after a Japanese title, the katakana reading in brackets
        ("面接官：技術部 部長 佐藤 健、同部 リードエンジニア Priya Raman（プリヤ・ラマン）",
         ["佐藤 健", "Priya Raman"]),
        # a title in English names no one
        ("面接官：人事部 HR Business Partner", []),
        ("面接官：人事部 Senior Manager", []),
        # "… and I": the writer, not a person called 私
        ("面接官：営業部 部長 石田、および私", ["石田"]),
    ],
)  # fmt: skip
def test_a_panel_line_reads_latin_names_and_leaves_out_the_writer(
    line: str, names: list[str]
) -> None:
    assert cjk.panel(line) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a bilingual header, one person per line, in either script
        ("面接官 / Interviewers:\n佐藤 健 - Head of Retail\nClaire Dubois - HR Partner\n",
         ["佐藤 健", "Claire Dubois"]),
        ("You will meet with:\n- Dr. Ingrid Holm, Director\n- 森 さくら, PMP, Senior Manager\n",
         ["Dr. Ingrid Holm", "森 さくら"]),
        ("Interviewers / 면접관:\n김민수 (Engineering Lead)\n", ["김민수"]),
        # the header alone, then each person with department and title
        ("面接官：\n人事部 課長 田中 一郎\n営業部 部長 森 さくら\n\n所要時間 約60分\n",
         ["田中 一郎", "森 さくら"]),
    ],
)  # fmt: skip
def test_a_panel_listed_line_by_line_in_japanese_or_korean(text: str, names: list[str]) -> None:
    assert [n for n, _ in names_in_description(text)[0]] == names


def _jp_event(description: str, *attendees: Attendee, organizer: str = "") -> CalendarEvent:
    return CalendarEvent(
        uid="jp-3",
        calendar_id="primary",
        title="【株式会社あけぼの】一次面接",
        start=datetime(2026, 12, 7, 1, tzinfo=UTC),
        end=datetime(2026, 12, 7, 2, tzinfo=UTC),
        description=description,
        attendees=(Attendee(ME, "Casey Candidate"), *attendees),
        organizer_email=organizer or "noreply@ats.example",
        organizer_name="採用担当",
    )


def _thanked(event: CalendarEvent) -> list[tuple[str, str]]:
    found = to_interview(event, ME, ZoneInfo("Asia/Tokyo"), RULES, "")
    return sorted((p.email, p.name) for p in found.interviewers)


def test_one_surname_in_kanji_is_the_one_attendee_spelled_in_latin_letters() -> None:
    """A panel's "課長 石田" and the invite's "ISHIDA Rie": no spelling joins them, but
    she is the only interviewer the panel leaves unmatched."""
    event = _jp_event(
        "■面接官：営業部 部長 長谷川、営業企画課 課長 石田\n",
        Attendee("hasegawa.jun@akebono.example", "長谷川 潤"),
        Attendee("ishida.rie@akebono.example", "ISHIDA Rie"),
    )
    assert _thanked(event) == [
        ("hasegawa.jun@akebono.example", "長谷川 潤"),
        ("ishida.rie@akebono.example", "Ishida Rie"),
    ]


def test_two_names_in_kanji_and_two_latin_attendees_are_not_paired_by_guess() -> None:
    event = _jp_event(
        "面接官：営業部 部長 長谷川、課長 石田\n",
        Attendee("j.hasegawa@akebono.example", "HASEGAWA Jun"),
        Attendee("ishida.rie@akebono.example", "ISHIDA Rie"),
        Attendee("kondo.mai@akebono.example", "KONDO Mai"),
    )
    # neither kanji name is paired with an address; nobody gets another's name
    thanked = _thanked(event)
    assert not any(name in {"長谷川", "石田"} and not email.endswith(".invalid")
                   for email, name in thanked)  # fmt: skip


def test_whom_a_japanese_clause_says_stays_away_is_read_from_its_topic() -> None:
    """The aside "（野口はご案内のみで面接には同席いたしません）" is about Noguchi, not
    the writer; a clause with no one as its topic ("当日は…") is the writer's."""
    writer = Attendee("omori.takumi@akebono.example", "大森 拓海")
    guide = Attendee("noguchi.emi@akebono.example", "野口 恵美")
    cfo = Attendee("kuga.masaomi@akebono.example", "久我 正臣")
    about_her = _jp_event(
        "桜川の大森でございます。\n面接：CFO 久我、経営企画部長 大森\n\n"
        "当日は受付にて人事部の野口をお呼びください（野口はご案内のみで面接には同席いたしません）。\n",
        writer, guide, cfo, organizer=writer.email,
    )  # fmt: skip
    assert [e for e, _ in _thanked(about_her)] == [cfo.email, writer.email]
    about_writer = _jp_event(
        "人事部の大森です。\n当日はご案内のみで、面接には参加いたしません。\n",
        writer, cfo, organizer=writer.email,
    )  # fmt: skip
    assert [e for e, _ in _thanked(about_writer)] == [cfo.email]


def korean_invite(title: str, organizer: str) -> CalendarEvent:
    return CalendarEvent(
        uid="kr-1",
        calendar_id="primary",
        title=title,
        start=datetime(2026, 12, 7, 5, tzinfo=UTC),
        end=datetime(2026, 12, 7, 6, tzinfo=UTC),
        attendees=(Attendee(ME, "Casey Candidate"), Attendee(organizer, "")),
        organizer_email=organizer,
    )


@pytest.mark.parametrize(
    ("title", "organizer", "company", "role"),
    [
        # the firm run into the post, spelled in the domain by Revised Romanization
        ("소담AI 머신러닝 엔지니어 기술 면접 - Casey Candidate", "taesung.eom@sodam.example",
         "소담AI", "머신러닝 엔지니어"),
        # ... its first syllables only, the rest put in English (해운, shipping)
        ("한바다해운 재무기획 매니저 면접 (Casey Candidate)", "sh.choi@hanbadashipping.example",
         "한바다해운", "재무기획 매니저"),
        # the person's name with "님" is never the employer
        ("[라온뷰티] 퍼포먼스 마케터 1차 면접 (Casey Candidate님)", "ebcho@raonbeauty.example",
         "라온뷰티", "퍼포먼스 마케터"),
        # "(60분)" is how long it takes, and "라이브" (live) no firm: the domain names it
        ("라이브 코딩테스트 (60분) - Casey Candidate", "woojin@mulgil.example", "Mulgil", ""),
    ],
)  # fmt: skip
def test_a_korean_title_names_the_firm_its_domain_spells(
    title: str, organizer: str, company: str, role: str
) -> None:
    found = to_interview(korean_invite(title, organizer), ME, ZoneInfo("Asia/Seoul"), RULES, "")
    assert (found.company, found.role) == (company, role)


def test_a_korean_panel_of_the_writer_and_a_director_without_those_who_stay_away() -> None:
    """ "면접관: 배명호 상무님과 저" (Director Bae and me); "정재훈 책임은 ... 참석하지 않습니다"
    and "윤서아 매니저는 ... 들어가지 않습니다" are about them, not the writer (our own names)."""
    event = _jp_event(
        "Casey님, 안녕하세요. 결제플랫폼팀 강도윤 팀장입니다.\n\n"
        "- 면접관: 배명호 상무님과 저, 두 명이 들어갑니다.\n\n"
        "정재훈 책임은 이번에는 참석하지 않습니다. 윤서아 매니저는 방문증과 안내만 도와드리고 "
        "면접에는 들어가지 않습니다.\n\n강도윤 드림",
        Attendee("myungho.bae@cheongram.example", "BAE Myungho"),
        Attendee("seoa.yoon@cheongram.example", "윤서아"),
        organizer="doyun.kang@cheongram.example",
    )
    event = replace(event, organizer_name="강도윤 (Doyun Kang)")
    assert [email for email, _ in _thanked(event)] == [
        "doyun.kang@cheongram.example", "myungho.bae@cheongram.example"]  # fmt: skip
    # (a panel entry with its title after the name: "데이터실 오현석 리드, 이다혜 님")
    assert cjk.panel("■ 면접관: 데이터실 오현석 리드, 이다혜 님") == ["오현석", "이다혜"]


def test_a_korean_tracking_systems_invite_names_the_panel_after_a_middle_dot() -> None:
    event = CalendarEvent(
        uid="kr-2",
        calendar_id="primary",
        title="[온새미바이오] 재무회계 담당 (IPO 준비) 면접 안내",
        start=datetime(2026, 12, 17, 1, 30, tzinfo=UTC),
        end=datetime(2026, 12, 17, 2, 30, tzinfo=UTC),
        description="(주)온새미바이오 [재무회계 담당 (IPO 준비)] 포지션 면접 일정을 "
        "안내드립니다.\n\n"
        "· 일시: 2026.12.17(목) 10:30 ~ 11:30\n"
        "· 면접관: 설지훈 이사(CFO), 하윤정 파트장(재무회계)\n· 준비물: 신분증\n",
        attendees=(Attendee(ME, "Casey Candidate"),),
        organizer_email="no-reply@ninehire.example",
    )
    found = to_interview(event, ME, ZoneInfo("Asia/Seoul"), RULES, "")
    assert found.role == "재무회계 담당"
    assert [p.name for p in found.interviewers] == ["설지훈", "하윤정"]
