"""How a rejection reaches across the rounds of one application (P8, P11)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from agent.core.actions import CreateDraft
from agent.core.model import ReplyKind
from agent.core.plan import plan, thank_you_key
from agent.textenv import make_environment
from tests.builders import JANE, interview, reply, situation

NEW_YORK = ZoneInfo("America/New_York")
FIRST = datetime(2026, 11, 10, 14, 0, tzinfo=NEW_YORK)
SECOND = datetime(2026, 11, 24, 14, 0, tzinfo=NEW_YORK)
ENV = make_environment()


def drafted(result) -> set[str]:
    return {a.draft.key for a in result.actions if isinstance(a, CreateDraft)}


def test_a_round_after_a_rejection_still_gets_its_thank_yous() -> None:
    first = interview(FIRST, uid="round-1", interviewers=(JANE,))
    second = interview(SECOND, uid="round-2", interviewers=(JANE,))
    declined = reply(ReplyKind.REJECTION, FIRST + timedelta(days=3))
    now = SECOND + timedelta(hours=1, minutes=5)

    result = plan(situation([first, second], now, NEW_YORK, replies=[declined]), ENV)

    assert thank_you_key(second, JANE) in drafted(result)  # they changed their mind
    assert thank_you_key(first, JANE) not in drafted(result)


def test_a_thank_you_never_drafted_before_a_rejection_shows_as_closed() -> None:
    only = interview(FIRST, uid="round-1", interviewers=(JANE,))
    declined = reply(ReplyKind.REJECTION, FIRST + timedelta(hours=1, minutes=2))
    now = FIRST + timedelta(hours=1, minutes=5)

    result = plan(situation([only], now, NEW_YORK, replies=[declined]), ENV)

    assert drafted(result) == set()
    assert [t.state for t in result.applications[0].thank_yous] == ["closed"]


def test_a_later_round_that_names_less_keeps_the_applications_names() -> None:
    """ "Interview: Cobalt final round" after "Cobalt Health - Recruiter Screen (Data Analyst)"."""
    first = interview(
        FIRST,
        uid="round-1",
        company="Cobalt Health",
        role="Data Analyst",
        application="cobalthealth",
        interviewers=(JANE,),
    )
    second = interview(
        SECOND,
        uid="round-2",
        company="Cobalt",
        role="",
        application="cobalthealth",
        interviewers=(JANE,),
    )
    now = SECOND + timedelta(hours=1, minutes=5)

    result = plan(situation([first, second], now, NEW_YORK), ENV)

    [status] = result.applications
    assert (status.company, status.role) == ("Cobalt Health", "Data Analyst")
    texts = [a.draft.text for a in result.actions if isinstance(a, CreateDraft)]
    assert texts and all("the Data Analyst role at Cobalt Health" in t for t in texts)
