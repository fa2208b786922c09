"""Invites and replies in Japanese, Korean and Chinese: no spaces between words, the
department and title beside a name, dates as 12月9日."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.core import cjk
from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, CalendarEvent, DetectRules

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
