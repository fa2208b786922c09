"""Invites and mail from Southeast Asia and Greater China, as their tools and people write.

Shapes from held-out sets 83 and 84: Ashby and SmartRecruiters invites sent under the
employer's name; Indonesian hiring's "user interview" (the hiring manager's round) and
"Tahap 2"; Thai "Khun" and Vietnamese "Anh"/"Chị" before names, surname first; people
with one name ("Dimas, Lead Engineer"); job boards' status lines (Kalibrr); Chinese
letters from recruiters, headhunters and Moka, whose names run into the words around them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agent.core import cjk
from agent.core.detect import detect
from agent.core.model import Attendee, CalendarEvent, ReplyKind
from agent.core.names import greeting_of, split_name_list
from agent.core.replies import Contacts, match_application, out_of_office
from agent.core.verdict import Outcome, judge
from tests.test_employer import RULES, read
from tests.test_reply_matching import mail as system_mail
from tests.test_reply_wording import kind, mail

ME = "casey@example.com"


def invite(
    title: str,
    *attendees: Attendee,
    organizer: str,
    organizer_name: str = "",
    description: str = "",
    day: int = 10,
) -> CalendarEvent:
    return CalendarEvent(
        uid=f"{title}-{day}",
        calendar_id="primary",
        title=title,
        start=datetime(2026, 12, day, 7, tzinfo=UTC),
        end=datetime(2026, 12, day, 8, tzinfo=UTC),
        description=description,
        attendees=(Attendee(ME, "Casey Candidate", is_self=True), *attendees),
        organizer_email=organizer,
        organizer_name=organizer_name,
    )


# --------------------------------------------------------------------------- detection


def test_an_invite_sent_under_the_employers_name_names_no_other_candidate() -> None:
    ashby = invite(
        "Kedai Awan: Senior Data Scientist, Pricing - Technical Interview",
        organizer="no-reply@ashbyhq.com",
        organizer_name="Kedai Awan",
        description="Hi Casey,\nYour technical interview for Senior Data Scientist, Pricing "
        "at Kedai Awan is confirmed.\n\nInterviewers:\nAiman Hakimi - Staff Data Scientist",
    )
    assert judge(ashby, ME, RULES).outcome is Outcome.INTERVIEW


BUDI = Attendee("budi.santoso@kilat.example", "Budi Santoso")
DIMAS = Attendee("dimas@kilat.example", "Dimas")


def test_an_indonesian_user_interview_is_the_hiring_managers_round() -> None:
    user = "PT Kilat - Senior Product Manager, Payments - Casey Candidate (User Interview)"
    described = (
        "Below are the details of your user interview (wawancara dengan hiring manager).\n\n"
        "Your interviewers:\n- Budi Santoso, Group Product Manager\n- Dimas, Lead Engineer, "
        "Payments Platform\n"
    )
    found, _ = detect(
        [invite(user, BUDI, DIMAS, organizer=BUDI.email, description=described)],
        me=ME,
        tz=UTC,
        rules=RULES,
    )
    # and "Dimas", who goes by one name, is on the panel the list names
    assert [i.email for i in found[0].interviewers] == [BUDI.email, DIMAS.email]
    research = invite("User interview", BUDI, organizer=BUDI.email, description="Our study")
    assert judge(research, ME, RULES).outcome is Outcome.NOT


def test_a_numbered_indonesian_stage_may_be_an_interview() -> None:
    stage = invite("Kilat | Tahap 2 - Casey", BUDI, organizer=BUDI.email)
    assert judge(stage, ME, RULES).outcome is not Outcome.NOT


# --------------------------------------------------------------------------- people


def test_forms_of_address_before_asian_names() -> None:
    listed = "Anh Võ Thanh Tùng - Director, Analytics; Chị Đặng Mai Hương - Senior Manager"
    assert [n for n, _, _ in split_name_list(listed)] == ["Võ Thanh Tùng", "Đặng Mai Hương"]
    assert split_name_list("Anh Tran, Engineering Manager")[0][0] == "Anh Tran"  # a given name
    assert greeting_of("Võ Thanh Tùng") == "Tùng"  # surname first: greeted by the given name
    assert greeting_of("Khun Thanakorn Limpichai") == "Thanakorn"


def test_a_bilingual_header_and_who_only_takes_notes() -> None:
    smart = read(
        "Interview invitation: Data Analytics Manager, Marketplace",
        organizer="noreply@smartrecruiters.com",
        organizer_name="SenMall Vietnam",
        description="SenMall Vietnam Co., Ltd. would like to invite you to an interview for "
        "Data Analytics Manager, Marketplace.\n\nNgười phỏng vấn / Interviewers:\n"
        "- Anh Võ Thanh Tùng - Director, Marketplace Analytics\n",
    )
    assert smart.company == "SenMall Vietnam"
    assert [p.name for p in smart.interviewers] == ["Võ Thanh Tùng"]
    notes = read(
        "Interview | Demand Planning Manager",
        "Rajesh Subramaniam <rajesh.s@meridian.example>",
        "Sharon Ong <sharon.ong@meridian.example>",
        organizer="sharon.ong@meridian.example",
        organizer_name="Sharon Ong",
        description="Rajesh will interview you. I'll sit in to take notes only.\n\nSharon Ong",
    )
    assert [p.email for p in notes.interviewers] == ["rajesh.s@meridian.example"]

    # a Vietnamese colleague goes by her given name, the last: "Chị Hà ..., chị không tham
    # gia phỏng vấn" (she takes no part in the interview) leaves Hoàng Thu Hà out
    helper = read(
        "Lúa Pay - Vòng 2",
        "Duc Pham <duc.pham@luapay.example>",
        "Hoàng Thu Hà <ha.hoang@luapay.example>",
        organizer="lan.nguyen@luapay.example",
        organizer_name="Lan Nguyen",
        description="Vòng 2 sẽ gồm anh Duc Pham (CEO) và mình.\n\nChị Hà (HR) được mời ở "
        "chế độ optional để hỗ trợ nếu có sự cố kỹ thuật, chị không tham gia phỏng vấn.\n\n"
        "Thanks,\nLan",
    )
    assert "ha.hoang@luapay.example" not in [p.email for p in helper.interviewers]


def test_an_indonesian_legal_form_before_the_name_is_not_the_name() -> None:
    signed = read(
        "Wawancara - Head of Corporate Planning",
        "Hendro Wibisono <hendro.wibisono@grahawirasena.co.id>",
        organizer="hendro.wibisono@grahawirasena.co.id",
        description="Salam,\nHendro Wibisono\nPT Graha Wirasena Tbk\n",
    )
    assert signed.company == "Graha Wirasena"


def test_chinese_names_run_into_the_letter_and_the_title() -> None:
    moka = read(
        "【視訊面試】沅晶半導體 資深軟體工程師（良率分析）",
        organizer="no-reply@104.com.tw",
        organizer_name="沅晶半導體股份有限公司",
        description="您好！感谢您关注沅晶半導體股份有限公司。",
    )
    assert moka.company == "沅晶半導體股份有限公司"
    assert moka.role.startswith("資深軟體工程師")


def test_two_rounds_named_in_chinese_one_inside_the_other_are_one_application() -> None:
    first = invite(
        "【一面】蓝溪互动 - 高级产品经理 - Casey Candidate",
        Attendee("fang.wang@lanxihd.example", "王芳"),
        organizer="fang.wang@lanxihd.example",
        description="感谢你投递上海蓝溪互动网络科技有限公司「高级产品经理」岗位。",
        day=3,
    )
    second = invite(
        "二面 | 蓝溪 | Casey Candidate",
        organizer="noreply@mokahr.com",
        organizer_name="蓝溪招聘",
        description="恭喜您通过一面。面试官：刘建国 副总裁",
        day=11,
    )
    found, _ = detect([first, second], me=ME, tz=UTC, rules=RULES)
    assert len(found) == 2 and found[0].application == found[1].application


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lakbay Travel Technologies, Inc. has updated your application status for Product "
         "Operations Manager to: Not selected.", ReplyKind.REJECTION),
        ("Chúng tôi xin thông báo vị trí này đã tuyển được ứng viên phù hợp.",
         ReplyKind.REJECTION),
        ("感謝您的應徵。經審慎評估，目前暫無適合您的職缺安排。", ReplyKind.REJECTION),
        ("想邀请你来深圳总部参加终面。This is not an offer yet, 终面后我们再一起决定。",
         ReplyKind.NEXT_ROUND),
        ("好消息，客户希望安排一面：12月22日（周二）晚上7:30，腾讯会议。", ReplyKind.NEXT_ROUND),
        ("We would like to invite you for an interview. Please choose a 60-minute slot via "
         "our booking page: https://outlook.office365.com/book/Recruitment@tyhl.example/",
         ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_asian_employers_wordings(body: str, expected: ReplyKind) -> None:
    assert kind(body, subject="") is expected


def test_a_chinese_decision_day() -> None:
    from agent.core.replies import classify

    body = "终面后我们还在和另外一位候选人做最后比较，还没有定。预计下周二（12月22日）前给你答复。"
    found, mention = classify(mail(body, "Re: 终面感谢"), after=date(2026, 12, 15))
    assert found is ReplyKind.STILL_DECIDING
    assert mention is not None and mention.value == date(2026, 12, 22)


def test_a_chinese_away_reply() -> None:
    away = mail("您好，我於12月14日至12月16日出差，回覆可能延遲。", "自動回覆：Re: 一面安排")
    assert out_of_office(away) is not None


BRIGHTKITE = Contacts(
    "brightkite",
    frozenset(),
    frozenset(),
    frozenset({"Brightkite Fintech (HK) Limited"}),
)
JINGYUN = Contacts("jingyun", frozenset(), frozenset(), frozenset({"鲸云视频"}))


def test_a_system_sending_under_a_short_or_chinese_name_is_matched() -> None:
    short = system_mail(
        "no-reply@ashbyhq.com", "Brightkite", subject="Next step", body="Hi Casey, ..."
    )
    assert match_application(short, [JINGYUN, BRIGHTKITE], {}, ME) == "brightkite"
    moka = system_mail(
        "noreply@mokahr.com", "鲸云视频招聘", subject="感谢您对鲸云视频的关注", body="很遗憾"
    )
    assert match_application(moka, [BRIGHTKITE, JINGYUN], {}, ME) == "jingyun"


def test_an_english_given_name_before_a_chinese_one_and_a_title_after() -> None:
    # A Taiwanese iCIMS invite: "協理" (assistant vice president) after the name is his title.
    assert cjk.name_first("黃建志 協理 (Procurement)") == "黃建志"
    # "Michael 周子豪": Shenzhen's panel line keeps the English name he goes by
    assert cjk.panel("面试官：李娜 经理（供应链计划部）、Michael 周子豪（电池采购高级经理）") == [
        "李娜",
        "Michael 周子豪",
    ]
    # ... but a title in English before a Japanese surname is no name
    line = "面接官：代表取締役社長 Olivier Dufresne、CRM & Clienteling Director 上野"
    assert cjk.panel(line) == [
        "Olivier Dufresne",
        "上野",
    ]
    # "Ms. Grace 沈佳怡": the English name she goes by, then her own; greeted as Grace
    found = split_name_list("Ms. Grace 沈佳怡 - HR Director, Greater China")
    assert found[0][0] == "Ms. Grace 沈佳怡"
    assert greeting_of("Grace 沈佳怡") == "Grace"
